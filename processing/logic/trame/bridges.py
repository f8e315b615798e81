"""Bridges of the itinerary network and the pairs of hubs each would disconnect.

*Bridges*: an edge whose removal increases the number of components (never a self-loop, never
one of parallel edges). Found by one iterative depth-first search, O(V + E), no recursion.
``cut_hub_pairs`` of a bridge is ``a * b``, the number of pairs of *attached* hubs it would
disconnect, with ``a`` hubs on one side and ``b`` on the other (hubs attached at the same node
count separately), from subtree hub counts of the same search.
"""

from __future__ import annotations

from typing import NamedTuple, Tuple, Union

import numpy as np

from ..arrays import ArrayLike, BoolArray, IntArray
from ..network.graph import Network
from .hubs import component_hub_counts


class Bridges(NamedTuple):
    """Bridges and the depth-first forest that found them.

    ``is_bridge`` (m,) bool; ``child`` (m,) the node below each tree edge of the forest, -1 for
    other edges; ``preorder`` (n,) discovery rank of each node; ``subtree_size`` (n,): the
    subtree of node x holds the nodes of ranks ``preorder[x] .. preorder[x] + size - 1``.
    ``node_component``/``edge_component``/``component_count`` are the network's.
    """

    is_bridge: BoolArray
    child: IntArray
    preorder: IntArray
    subtree_size: IntArray
    node_component: IntArray
    edge_component: IntArray
    component_count: int


def _dfs_lowpoints(n: int, ptr: IntArray, edges: IntArray,
                   nbr: IntArray) -> Tuple[IntArray, IntArray, IntArray, IntArray]:
    """Iterative depth-first search (Hopcroft-Tarjan low points), O(V + E), no recursion.

    ``ptr``/``edges``/``nbr``: incident edges of each node and the node across each. The parent
    edge is skipped by its index, so a parallel edge back to the parent is a back edge.
    Returns int64 arrays (preorder, low, parent_edge, size); the search runs on lists.
    """
    nxt = ptr[:-1].tolist()
    end = ptr[1:].tolist()
    edge_at = edges.tolist()
    node_at = nbr.tolist()
    pre = [-1] * n
    low = [0] * n
    pedge = [-1] * n
    size = [1] * n
    t = 0
    for root in range(n):
        if pre[root] >= 0:
            continue
        pre[root] = low[root] = t
        t += 1
        stack = [root]
        while stack:
            x = stack[-1]
            i, stop = nxt[x], end[x]
            descended = False
            while i < stop:
                e = edge_at[i]
                i += 1
                if e == pedge[x]:
                    continue
                y = node_at[i - 1]
                py = pre[y]
                if py < 0:
                    pedge[y] = e
                    pre[y] = low[y] = t
                    t += 1
                    stack.append(y)
                    descended = True
                    break
                if py < low[x]:
                    low[x] = py
            nxt[x] = i
            if descended:
                continue
            stack.pop()
            if stack:
                p = stack[-1]
                if low[x] < low[p]:
                    low[p] = low[x]
                size[p] += size[x]
    pre_a, low_a, pedge_a, size_a = (np.array(v, dtype=np.int64) for v in (pre, low, pedge, size))
    return pre_a, low_a, pedge_a, size_a


def components_and_bridges(network: Network) -> Bridges:
    """Bridges of the network's multigraph (see :class:`Bridges`); components are the
    network's own (numbered by decreasing length)."""
    n, m = network.node_count, network.edge_count
    ptr, edges = network.incidence
    owner = np.repeat(np.arange(n, dtype=np.int64), np.diff(ptr))
    nbr = network.edge_u[edges] + network.edge_v[edges] - owner
    pre, low, pedge, size = _dfs_lowpoints(n, ptr, edges, nbr)
    child = np.full(m, -1, dtype=np.int64)
    tree = np.flatnonzero(pedge >= 0)
    child[pedge[tree]] = tree
    is_bridge = np.zeros(m, dtype=bool)
    is_bridge[pedge[tree]] = low[tree] == pre[tree]
    return Bridges(is_bridge=is_bridge, child=child, preorder=pre,
                   subtree_size=size,
                   node_component=network.node_component,
                   edge_component=network.edge_component,
                   component_count=int(network.component_count))


def bridge_cut_pairs(network: Network, bridges: Union[Bridges, BoolArray],
                     hub_nodes: ArrayLike) -> IntArray:
    """Pairs of attached hubs each bridge would disconnect, (m,) int (0 for other edges).

    ``bridges`` is the :class:`Bridges` of this network (a bool array is accepted: the search
    is then run again). ``hub_nodes``: one node per hub, -1 for isolated hubs (ignored).
    """
    if not isinstance(bridges, Bridges):
        bridges = components_and_bridges(network)
    n, m = network.node_count, network.edge_count
    nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
    nodes = nodes[nodes >= 0]
    out = np.zeros(m, dtype=np.int64)
    if len(nodes) == 0 or not bridges.is_bridge.any():
        return out
    count = np.bincount(nodes, minlength=n)
    by_rank = np.zeros(n, dtype=np.int64)
    by_rank[bridges.preorder] = count
    cum = np.concatenate([[0], np.cumsum(by_rank)])
    e = np.flatnonzero(bridges.is_bridge)
    x = bridges.child[e]
    r = bridges.preorder[x]
    below = cum[r + bridges.subtree_size[x]] - cum[r]
    total = component_hub_counts(network, nodes)[network.edge_component[e]]
    out[e] = below * (total - below)
    return out

