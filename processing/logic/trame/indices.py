"""Connectivity indices of the hubs: IIC, PC, each hub's share of IIC, and the headline
figures of ``trameconnectivity``. ``d`` is the (h, h) matrix of :func:`hub_distances`.

*IIC*, the integral index of connectivity (Pascual-Hortal & Saura 2006, Landscape Ecology 21):
``IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L**2``. The hub graph links two hubs when they
are connected (``d_ij <= distance_threshold``); ``nl_ij`` is the number of links on the shortest
path from i to j in that graph (``nl_ii = 0``; pairs without a path contribute 0). The double
sum includes ``i = j``: every hub, isolated or not, contributes ``a_i**2``. ``A_L``, the
"landscape attribute" (the study area in the ecological original), is taken as the total weight
of all hubs (isolated ones included), so that IIC lies in [0, 1]: 1 only when all the weight is
in one hub, and ``sum a_i**2 / A_L**2`` when no two hubs are connected.

*PC*, the probability of connectivity (Saura & Pascual-Hortal 2007, Landscape and Urban
Planning 83): ``PC = sum_i sum_j a_i a_j p*_ij / A_L**2`` with ``p_ij = exp(-k d_ij)`` and
``k = ln 2 / distance_threshold``: the probability halves every ``distance_threshold`` metres
(0.5 at the threshold, 1 for ``i = j``, 0 across components). ``p*_ij`` is the largest product
of probabilities over all paths through other hubs; network distances obey the triangle
inequality and access distances are non-negative, so ``d_ij <= d_ik + d_kj`` and the direct
pair is always the best path: ``p*_ij = p_ij``.

*dIIC_k*, the importance of hub k: ``100 * (IIC - IIC_without_k) / IIC`` (percent of IIC lost
when hub k disappears). Removing k removes its weight from the sums and its links from the hub
graph (a stepping stone lost lengthens ``nl``), while ``A_L`` stays the original total
(Conefor's convention: the landscape does not shrink when a patch is lost).
"""

from __future__ import annotations

import math
from typing import Dict, Optional, Union

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..arrays import ArrayLike, FloatArray, IntArray
from ..network.graph import Network
from .bridges import Bridges
from .hubs import HubAttachment


def hub_weights(weights: ArrayLike, h: int) -> FloatArray:
    """The weights of h hubs as a float array, checked (finite, non-negative)."""
    a = np.asarray(weights, dtype=float).reshape(-1)
    if len(a) != h:
        raise ValueError(f"{len(a)} weights for {h} hubs")
    if not (np.isfinite(a) & (a >= 0)).all():
        raise ValueError("hub weights must be finite non-negative numbers")
    return a


def _hops(d: FloatArray, threshold: float) -> FloatArray:
    """nl_ij: links on the shortest path of the hub graph (d <= threshold), inf if none."""
    h = len(d)
    adj = d <= threshold
    np.fill_diagonal(adj, False)
    if h == 0:
        return np.zeros((0, 0))
    return csgraph.shortest_path(sparse.csr_matrix(adj.astype(float)), directed=False,
                                 unweighted=True)


def _total(a: FloatArray, total_weight: Optional[float]) -> float:
    return float(a.sum()) if total_weight is None else float(total_weight)


def iic(weights: ArrayLike, d: ArrayLike, threshold: float,
        total_weight: Optional[float] = None) -> float:
    """Integral index of connectivity (see the module notes); 0 without hubs or weight."""
    d = np.asarray(d, dtype=float)
    a = hub_weights(weights, len(d))
    total = _total(a, total_weight)
    if len(a) == 0 or total <= 0:
        return 0.0
    nl = _hops(d, threshold)
    return float((np.outer(a, a) / (1.0 + nl)).sum() / total**2)


def pc(weights: ArrayLike, d: ArrayLike, threshold: float,
       total_weight: Optional[float] = None) -> float:
    """Probability of connectivity with p_ij = exp(-ln 2 d_ij / threshold) (module notes)."""
    threshold = float(threshold)
    if not threshold > 0:
        raise ValueError("the distance threshold of PC must be positive")
    d = np.asarray(d, dtype=float)
    a = hub_weights(weights, len(d))
    total = _total(a, total_weight)
    if len(a) == 0 or total <= 0:
        return 0.0
    k = math.log(2.0) / threshold
    with np.errstate(invalid="ignore", over="ignore"):
        p = np.where(np.isfinite(d), np.exp(-k * d), 0.0)
    np.fill_diagonal(p, 1.0)
    return float((np.outer(a, a) * p).sum() / total**2)


def reachable_hubs(d: ArrayLike, threshold: float) -> IntArray:
    """Number of other hubs within ``threshold`` metres of each hub, (h,) int."""
    d = np.asarray(d, dtype=float)
    near = d <= threshold
    np.fill_diagonal(near, False)
    return near.sum(axis=1).astype(np.int64)


def d_iic_pct(weights: ArrayLike, d: ArrayLike, threshold: float) -> FloatArray:
    """Percent of IIC lost when each hub disappears, (h,) (A_L kept at the original total).

    Without hub k, nl_ij can only grow when every shortest hub-graph path from i to j passes
    through k. That never happens when every two non-adjacent neighbours of k have another
    common neighbour (a detour of the same length); otherwise nl is recomputed, within k's
    hub-graph component, from the hubs having k on a shortest path.
    """
    d = np.asarray(d, dtype=float)
    h = len(d)
    a = hub_weights(weights, h)
    total = float(a.sum())
    out = np.zeros(h)
    if h == 0 or total <= 0:
        return out
    nl = _hops(d, threshold)
    contrib = np.outer(a, a) / (1.0 + nl)
    whole = contrib.sum()
    if whole <= 0:
        return out
    adj = d <= threshold
    np.fill_diagonal(adj, False)
    adj_f = adj.astype(float)
    common = adj_f @ adj_f  # common neighbours of each pair
    graph = sparse.csr_matrix(adj_f)
    for k in range(h):
        # hub k's own row and column
        lost = contrib[k].sum() + contrib[:, k].sum() - contrib[k, k]
        nbr = np.flatnonzero(adj[k])
        if len(nbr) >= 2:
            far = ~adj[np.ix_(nbr, nbr)]
            np.fill_diagonal(far, False)
            needed = (far & (common[np.ix_(nbr, nbr)] < 2)).any()
        else:
            needed = False
        if needed:
            members = np.flatnonzero(np.isfinite(nl[k]))
            members = members[members != k]
            via = nl[members, k][:, None] + nl[k, members][None, :]
            rows = np.flatnonzero((via == nl[np.ix_(members, members)]).any(axis=1))
            sub = graph[members][:, members]
            sub_nl = csgraph.shortest_path(sub, method="D", directed=True, unweighted=True,
                                           indices=rows)
            aa = np.outer(a[members[rows]], a[members])
            before = contrib[np.ix_(members[rows], members)].sum()
            lost += before - (aa / (1.0 + sub_nl)).sum()
        out[k] = 100.0 * lost / whole
    return out


def summary(network: Network, bridges: Bridges, attachment: HubAttachment, weights: ArrayLike,
            d: FloatArray, threshold: float) -> Dict[str, Union[int, float]]:
    """Headline figures of ``trameconnectivity``: results names to numbers.

    ``d`` must be the exact distances (``hub_distances`` without limit) for PC.
    ``ISOLATED_HUB_COUNT`` counts every hub not attached (empty geometries included).
    """
    lengths = network.component_length
    return {
        "COMPONENT_COUNT": int(network.component_count),
        "BRIDGE_COUNT": int(np.count_nonzero(bridges.is_bridge)),
        "ISOLATED_HUB_COUNT": int(np.count_nonzero(attachment.node < 0)),
        "IIC": iic(weights, d, threshold),
        "PC": pc(weights, d, threshold) if len(d) else 0.0,
        "LARGEST_COMPONENT_KM": float(lengths[0]) / 1000.0 if len(lengths) else 0.0,
    }

