"""Network distances between hubs, shared by the indices and the missing-link ranking.

*Hub-to-hub distance* ``d_ij = access_i + D(node_i, node_j) + access_j``, with D the shortest
network distance between the attachment points; ``d_ii = 0``; ``d_ij = inf`` when the hubs are
in different components or one is isolated. Two hubs are *connected* when
``d_ij <= distance_threshold``.
"""

from __future__ import annotations

from typing import Optional

import numpy as np
from scipy.sparse import csgraph

from ..arrays import ArrayLike, FloatArray, IntArray, SparseMatrix
from ..network.graph import Network
from .segments import BLOCK_CELLS

FULL_TABLE_CELLS = 16_000_000  # hub-to-node distances kept whole up to 128 MB


def dijkstra_columns(graph: SparseMatrix, sources: IntArray, columns: Optional[IntArray],
                     limit: float) -> FloatArray:
    """Network distances from source nodes to column nodes (None: every node), (s, c), in
    memory-bound blocks."""
    n = graph.shape[0]
    out = np.full((len(sources), n if columns is None else len(columns)), np.inf)
    step = max(1, BLOCK_CELLS // max(n, 1))
    for k in range(0, len(sources), step):
        d = csgraph.dijkstra(graph, directed=True, indices=sources[k:k + step], limit=limit)
        out[k:k + step] = d.reshape(-1, n) if columns is None else d.reshape(-1, n)[:, columns]
    return out


class NodeDistances:
    """Network distances from the hubs' nodes to every node, one Dijkstra per run, kept whole
    when it fits in ``FULL_TABLE_CELLS`` (the missing-link ranking reads it again); columns are
    recomputed in blocks otherwise."""

    def __init__(self, network: Network, hub_nodes: ArrayLike) -> None:
        self.network = network
        nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
        self.sources = np.unique(nodes[nodes >= 0])
        self.table: Optional[FloatArray] = None
        n = network.node_count
        if len(self.sources) and len(self.sources) * n <= FULL_TABLE_CELLS:
            self.table = dijkstra_columns(network.adjacency(), self.sources, None, np.inf)

    def rows(self, nodes: IntArray) -> IntArray:
        """Row of each hub node (nodes must be among the sources)."""
        return np.searchsorted(self.sources, nodes)

    def columns(self, columns: IntArray, limit: float = np.inf) -> FloatArray:
        """(sources, columns) distances, inf beyond ``limit``."""
        if self.table is None:
            return dijkstra_columns(self.network.adjacency(), self.sources, columns, limit)
        out = self.table[:, columns]
        out[out > limit] = np.inf
        return out

    def on_split(self, split: Network, nodes: ArrayLike, limit: float = np.inf) -> FloatArray:
        """(sources, nodes) distances to nodes of ``split`` (the network split by
        :func:`split_at`): a new node on edge u-v at offset o is reached through u or v.
        Distances beyond ``limit`` are inf: the Dijkstras stop there (one round for all the
        columns needed)."""
        nodes = np.asarray(nodes, dtype=np.int64)
        n = self.network.node_count
        old = nodes < n
        new = np.flatnonzero(~old)
        net = self.network
        e = off = np.zeros(0, dtype=np.int64)
        if len(new):
            # a piece of the split network at each new node, and the node's offset on its parent
            offset_at = np.full(split.node_count, np.nan)
            parent_at = np.full(split.node_count, -1, dtype=np.int64)
            offset_at[split.edge_u], parent_at[split.edge_u] = (split.edge_start_offset,
                                                                split.edge_parent)
            offset_at[split.edge_v], parent_at[split.edge_v] = (split.edge_end_offset,
                                                                split.edge_parent)
            e, off = parent_at[nodes[new]], offset_at[nodes[new]]
        wanted = np.concatenate([nodes[old], net.edge_u[e], net.edge_v[e]])
        columns, at = np.unique(wanted, return_inverse=True)
        found = self.columns(columns, limit)[:, at]
        k = int(old.sum())
        out = np.empty((len(self.sources), len(nodes)))
        out[:, old] = found[:, :k]
        if len(new):
            du, dv = found[:, k:k + len(new)], found[:, k + len(new):]
            out[:, new] = np.minimum(du + off, dv + (net.edge_length[e] - off))
        out[out > limit] = np.inf
        return out


def hub_distances(network: Network, hub_nodes: ArrayLike, access_m: ArrayLike,
                  limit: float = np.inf,
                  node_distances: Optional[NodeDistances] = None) -> FloatArray:
    """Hub-to-hub distances d_ij = access_i + D + access_j (metres), (h, h).

    One Dijkstra per distinct attached node (in blocks), limited to ``limit``; entries larger
    than ``limit`` (and pairs in different components, or with an isolated hub: node -1) are
    inf; the diagonal is 0. PC needs exact distances: keep ``limit`` inf for it.
    ``node_distances`` (a :class:`NodeDistances` of these hub nodes) saves the Dijkstra.
    """
    nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
    access = np.asarray(access_m, dtype=float).reshape(-1)
    h = len(nodes)
    d = np.full((h, h), np.inf)
    ok = np.flatnonzero(nodes >= 0)
    if len(ok):
        uniq, inv = np.unique(nodes[ok], return_inverse=True)
        if node_distances is None:
            dn = dijkstra_columns(network.adjacency(), uniq, uniq, limit)
        else:
            dn = node_distances.columns(uniq, limit)[node_distances.rows(uniq)]
        dn = np.minimum(dn, dn.T)  # the same path both ways: remove rounding asymmetry
        sub = access[ok][:, None] + dn[np.ix_(inv, inv)] + access[ok][None, :]
        sub[sub > limit] = np.inf
        d[np.ix_(ok, ok)] = sub
    np.fill_diagonal(d, 0.0)
    return d

