"""Missing links of the green network, ranked greedily.

*Missing links* are straight segments no longer than ``max_link_length``: (i) for each pair of
components, the shortest segment between them, searched exactly (between every vertex and every
segment interior of the other component, and crossings, which give 0 m links:
:func:`component_links`); (ii) for each isolated hub, the segment from the hub to the nearest
network point, which would attach it (its length then becomes the hub's access distance). They
are ranked greedily: at each step the candidate that puts the most pairs of hubs (attached, or
attached by the candidate) into one component for the first time, whatever their distance, ties
broken by the larger IIC gain, then the shorter link; after each choice components merge, the
link becomes an edge of its straight length, and gains are recomputed. ``d_iic_pct`` of a link
is its IIC gain in percent of the IIC before it (links ranked before it included). The greedy
is myopic: a link to a component without hubs adds no pair and is never proposed on its own.
"""

from __future__ import annotations

from typing import List, NamedTuple, Optional, Sequence, Tuple, TypedDict

import numpy as np
from scipy import sparse

from ..arrays import ArrayLike, FloatArray, IntArray, SparseMatrix
from ..network.graph import Locations, Network, split_at
from .component_links import component_links
from .hub_distances import NodeDistances, dijkstra_columns
from .hubs import Geometry, HubAttachment, NearestPoints, nearest_on_network
from .indices import hub_weights, iic

IIC_DECIMALS = 12  # IIC gains compared to 1e-12 (IIC is in [0, 1]) so equal gains tie exactly
ZERO_LINK = 1e-9  # metres: graph weight of a 0 m link (a crossing), so that it is an edge


class MissingLink(TypedDict):
    """One ranked link (see :func:`missing_links`)."""

    rank: int
    kind: str  # "components" or "hub"
    length_m: float
    from_xy: Tuple[float, ...]
    to_xy: Tuple[float, ...]
    from_component: int
    to_component: int
    hub: int
    gain_hub_pairs: int
    d_iic_pct: float
    iic_after: float


class _Candidates(NamedTuple):
    """Candidate links, one value per candidate: links between components, then isolated hubs.

    ``node_a`` is the network-side end's node in the network split at every end, ``node_b`` the
    other end's (-1 for a hub); ``hub`` the hub a candidate attaches (-1 for a component link);
    ``comp_to`` is -1 for a hub.
    """

    node_a: IntArray
    node_b: IntArray
    length: FloatArray
    hub: IntArray
    comp_from: IntArray
    comp_to: IntArray
    from_xy: FloatArray
    to_xy: FloatArray


def _graph_with_links(base: SparseMatrix, links: List[Tuple[int, int, float]],
                      n: int) -> SparseMatrix:
    """csr graph: the network's adjacency plus links (p, q, metres) as edges."""
    if not links:
        return base
    coo = base.tocoo()
    p, q, w = (np.array(c, dtype=float) for c in zip(*links))
    w = np.maximum(w, ZERO_LINK)
    rows = np.concatenate([coo.row, p, q]).astype(np.int64)
    cols = np.concatenate([coo.col, q, p]).astype(np.int64)
    return sparse.csr_matrix((np.concatenate([coo.data, w, w]), (rows, cols)), shape=(n, n))


class _HubState:
    """Distances from the hubs to key nodes (hub nodes, link ends), limited to the threshold,
    kept exact as links are added (a shortest path uses a new edge at most once)."""

    def __init__(self, net: Network, node: IntArray, access: FloatArray, key_nodes: IntArray,
                 threshold: float, node_distances: Optional[NodeDistances] = None) -> None:
        self.net = net
        self.base = net.adjacency()
        self.links: List[Tuple[int, int, float]] = []
        self.graph = self.base
        self.node = node.copy()
        self.access = access.copy()
        self.key = key_nodes  # sorted unique
        self.threshold = threshold
        h = len(node)
        self.dist = np.full((h, len(key_nodes)), np.inf)
        ok = np.flatnonzero(node >= 0)
        if len(ok):
            uniq, inv = np.unique(node[ok], return_inverse=True)
            if node_distances is None:
                rows = dijkstra_columns(self.graph, uniq, key_nodes, threshold)
            else:
                rows = node_distances.on_split(net, key_nodes, threshold)[
                    node_distances.rows(uniq)]
            self.dist[ok] = rows[inv]

    def col(self, nodes: ArrayLike) -> IntArray:
        return np.searchsorted(self.key, nodes)

    def hub_matrix(self) -> FloatArray:
        """Hub-to-hub distances (h, h) of the network and the links added so far."""
        node, access = self.node, self.access
        h = len(node)
        d = np.full((h, h), np.inf)
        ok = np.flatnonzero(node >= 0)
        if len(ok):
            sub = self.dist[np.ix_(ok, self.col(node[ok]))]
            sub = np.minimum(sub, sub.T)
            d[np.ix_(ok, ok)] = access[ok][:, None] + sub + access[ok][None, :]
        np.fill_diagonal(d, 0.0)
        return d

    def with_link(self, d: FloatArray, p: int, q: int, length: float) -> FloatArray:
        """Hub matrix d after adding the link p-q (metres)."""
        ok = np.flatnonzero(self.node >= 0)
        if len(ok) == 0:
            return d
        dp, dq = self.dist[ok, self.col(p)], self.dist[ok, self.col(q)]
        via = np.minimum(dp[:, None] + dq[None, :], dq[:, None] + dp[None, :]) + length
        acc = self.access[ok]
        via = acc[:, None] + via + acc[None, :]
        out = d.copy()
        out[np.ix_(ok, ok)] = np.minimum(d[np.ix_(ok, ok)], via)
        np.fill_diagonal(out, 0.0)
        return out

    def with_hub(self, d: FloatArray, k: int, x: int, length: float) -> FloatArray:
        """Hub matrix d after attaching hub k at node x by a link of ``length`` metres."""
        out = d.copy()
        ok = np.flatnonzero(self.node >= 0)
        row = np.full(len(d), np.inf)
        row[ok] = length + self.dist[ok, self.col(x)] + self.access[ok]
        out[k, :], out[:, k] = row, row
        out[k, k] = 0.0
        return out

    def add_link(self, p: int, q: int, length: float) -> None:
        t = self.threshold
        rows = dijkstra_columns(self.graph, np.array([p, q]), self.key, t)
        dp_key, dq_key = rows[0], rows[1]
        cp, cq = self.col(p), self.col(q)
        via_p = self.dist[:, cp][:, None] + length + dq_key[None, :]
        via_q = self.dist[:, cq][:, None] + length + dp_key[None, :]
        self.dist = np.minimum(self.dist, np.minimum(via_p, via_q))
        self.dist[self.dist > t] = np.inf
        self.links.append((p, q, length))
        self.graph = _graph_with_links(self.base, self.links, self.net.node_count)

    def add_hub(self, k: int, x: int, length: float) -> None:
        self.dist[k] = dijkstra_columns(self.graph, np.array([x]), self.key, self.threshold)[0]
        self.node[k] = x
        self.access[k] = length

    def trial(self, d: FloatArray, cand: _Candidates, c: int) -> FloatArray:
        """Hub matrix d after building candidate c (nothing is kept)."""
        if cand.hub[c] >= 0:
            return self.with_hub(d, int(cand.hub[c]), int(cand.node_a[c]), float(cand.length[c]))
        return self.with_link(d, int(cand.node_a[c]), int(cand.node_b[c]),
                              float(cand.length[c]))

    def build(self, cand: _Candidates, c: int) -> None:
        """Add candidate c to the network for good."""
        if cand.hub[c] >= 0:
            self.add_hub(int(cand.hub[c]), int(cand.node_a[c]), float(cand.length[c]))
        else:
            self.add_link(int(cand.node_a[c]), int(cand.node_b[c]), float(cand.length[c]))


class _HubGroups:
    """Which hubs are together as links are chosen: a union-find over the elements 0..C-1 (the
    components) and C + k (isolated hub k alone), with the number of hubs of each group."""

    def __init__(self, att: HubAttachment, cand: _Candidates, n_comp: int) -> None:
        h = att.hub_count
        self.elem_a = cand.comp_from
        self.elem_b = np.where(cand.comp_to >= 0, cand.comp_to, n_comp + cand.hub)
        hub_elem = np.where(att.node >= 0, att.component, n_comp + np.arange(h))
        self.label = np.arange(n_comp + h)
        self.size = np.bincount(hub_elem, minlength=n_comp + h).astype(np.int64)
        self.alive = np.ones(len(cand.length), dtype=bool)

    def gains(self) -> IntArray:
        """Pairs of hubs each candidate would put together for the first time (0: none)."""
        ra, rb = self.label[self.elem_a], self.label[self.elem_b]
        self.alive &= ra != rb
        return np.where(self.alive, self.size[ra] * self.size[rb], 0)

    def join(self, c: int) -> None:
        """Merge the two groups candidate c links."""
        ka, kb = self.label[self.elem_a[c]], self.label[self.elem_b[c]]
        self.label[self.label == kb] = ka
        self.size[ka] += self.size[kb]
        self.size[kb] = 0
        self.alive[c] = False


def _checked_lengths(max_link_length: float, distance_threshold: float) -> Tuple[float, float]:
    max_len = float(max_link_length)
    threshold = float(distance_threshold)
    if not max_len >= 0:
        raise ValueError("max_link_length must be a non-negative number of metres")
    if not threshold >= 0:
        raise ValueError("distance_threshold must be a non-negative number of metres")
    return max_len, threshold


def _candidates(net: Network, att: HubAttachment, hubs: Sequence[Geometry],
                max_len: float) -> Optional[Tuple[Network, _Candidates]]:
    """The candidates (links between components, isolated hubs within reach) and the network
    split at each of their ends; None without any."""
    links = component_links(net, max_len)
    iso = np.flatnonzero((att.node < 0) & (att.access_m <= max_len))
    near = nearest_on_network(net, [hubs[k] for k in iso.tolist()])
    keep = near.distance <= max_len
    iso = iso[keep]
    near = NearestPoints(near.edge[keep], near.offset[keep], near.distance[keep],
                         near.network_xy[keep], near.hub_xy[keep])
    nl_, ni = links.link_count, len(iso)
    if nl_ + ni == 0:
        return None
    # every link end becomes a node
    edge = np.concatenate([links.edge_a, links.edge_b, near.edge])
    offset = np.concatenate([links.offset_a, links.offset_b, near.offset])
    loc = Locations(edge=edge, offset=offset, distance=np.zeros(len(edge)),
                    xy=np.concatenate([links.xy_a, links.xy_b, near.network_xy]))
    net2, end_node = split_at(net, loc)
    return net2, _Candidates(
        node_a=np.concatenate([end_node[:nl_], end_node[2 * nl_:]]),
        node_b=np.concatenate([end_node[nl_:2 * nl_], np.full(ni, -1, dtype=np.int64)]),
        length=np.concatenate([links.length, near.distance]),
        hub=np.concatenate([np.full(nl_, -1, dtype=np.int64), iso]),
        comp_from=np.concatenate([links.comp_a, net2.node_component[end_node[2 * nl_:]]]),
        comp_to=np.concatenate([links.comp_b, np.full(ni, -1, dtype=np.int64)]),
        from_xy=np.concatenate([links.xy_a, near.network_xy]),
        to_xy=np.concatenate([links.xy_b, near.hub_xy]),
    )


def _hub_state(net2: Network, att: HubAttachment, cand: _Candidates, threshold: float,
               node_distances: Optional[NodeDistances]) -> _HubState:
    """Distances from the hubs to their nodes and the candidates' ends on the split network;
    ``node_distances`` serves when it was computed on the attachment's network."""
    na, nb = cand.node_a, cand.node_b
    key = np.unique(np.concatenate([att.node[att.node >= 0], na, nb[nb >= 0]]))
    if node_distances is not None and node_distances.network is not att.network:
        node_distances = None
    return _HubState(net2, att.node, att.access_m, key, threshold, node_distances)


def _choose(state: _HubState, d: FloatArray, cand: _Candidates, tied: IntArray,
            weights: FloatArray, threshold: float, total: float) -> int:
    """Among tied candidates, the one with the largest IIC after it, then the shortest."""
    after = np.array([iic(weights, state.trial(d, cand, c), threshold, total)
                      for c in tied.tolist()])
    pick = np.lexsort((tied, cand.length[tied], -np.round(after, IIC_DECIMALS)))[0]
    return int(tied[pick])


def _record(rank: int, cand: _Candidates, c: int, gain: int, before: float,
            after: float) -> MissingLink:
    return {
        "rank": rank,
        "kind": "hub" if cand.hub[c] >= 0 else "components",
        "length_m": float(cand.length[c]),
        "from_xy": tuple(cand.from_xy[c].tolist()),
        "to_xy": tuple(cand.to_xy[c].tolist()),
        "from_component": int(cand.comp_from[c]),
        "to_component": int(cand.comp_to[c]),
        "hub": int(cand.hub[c]),
        "gain_hub_pairs": gain,
        "d_iic_pct": 100.0 * (after - before) / before if before > 0 else 0.0,
        "iic_after": after,
    }


def missing_links(network: Network, hub_attachment: HubAttachment, hubs: Sequence[Geometry],
                  weights: ArrayLike, max_link_length: float, distance_threshold: float,
                  count: Optional[int] = None,
                  node_distances: Optional[NodeDistances] = None) -> List[MissingLink]:
    """Straight links worth building, ranked greedily (see the module notes): a list of dicts.

    ``network`` is ``hub_attachment.network`` (the network given to :func:`attach_hubs` is
    accepted too: the attachment's refined network is used). Each dict: ``rank`` (1..),
    ``kind`` ("components" or "hub"), ``length_m``, ``from_xy``/``to_xy`` (tuples, metres),
    ``from_component``/``to_component`` (from is the network side with the lower number; to is
    -1 for an isolated hub), ``hub`` (index of the hub attached, -1), ``gain_hub_pairs``,
    ``d_iic_pct`` (IIC gain in percent of the IIC before this link, the links ranked before it
    built), ``iic_after``. Stops when no candidate adds a hub pair, or after ``count`` links
    (None: all). ``node_distances`` (a :class:`NodeDistances` of the hub nodes on ``network``)
    saves a Dijkstra.
    """
    att = hub_attachment
    if network is not att.network and network is not att.source:
        raise ValueError("missing_links: pass the network the hubs were attached to")
    net = att.network
    a = hub_weights(weights, att.hub_count)
    max_len, threshold = _checked_lengths(max_link_length, distance_threshold)
    if (count is not None and count <= 0) or net.edge_count == 0 or att.hub_count < 2:
        return []
    found = _candidates(net, att, hubs, max_len)
    if found is None:
        return []
    net2, cand = found
    total = float(a.sum())
    state = _hub_state(net2, att, cand, threshold, node_distances)
    groups = _HubGroups(att, cand, int(net.component_count))
    d = state.hub_matrix()
    current = iic(a, d, threshold, total)
    result: List[MissingLink] = []
    while count is None or len(result) < count:
        gain = groups.gains()
        best = int(gain.max())
        if best <= 0:
            break
        c = _choose(state, d, cand, np.flatnonzero(gain == best), a, threshold, total)
        state.build(cand, c)
        d = state.hub_matrix()
        new = iic(a, d, threshold, total)
        groups.join(c)
        result.append(_record(len(result) + 1, cand, c, best, current, new))
        current = new
    return result
