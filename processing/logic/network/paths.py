"""Shortest paths between pairs of nodes of a :class:`network.Network`, and the lines they make.

Pure numpy/scipy (no QGIS). Distances are metres.

:func:`shortest_paths` finds the path of many (source, target) pairs with scipy's Dijkstra
(``scipy.sparse.csgraph.dijkstra`` with predecessors), one call per chunk of sources rather than
one per pair, and reconstructs every path at once (one numpy step per hop, for all the pairs
together). Points-nœuds legs are short next to the network, so each search is bounded:

* a path of length d from s never leaves the disc of radius d around s, so the search of a leg
  whose straight distance is D runs first on the nodes within ``detour`` × D of its source (the
  bounding boxes of its chunk of sources), with that limit; a target found within it has its exact
  shortest distance;
* the legs not found that way (a long detour round a river) are searched again with a larger
  detour, then on the whole graph without limit; a target still not reached has no path (inf).

:func:`join_paths` turns groups of consecutive paths (the legs of a circuit) into one polyline
each, the edges oriented in travel order.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np
from scipy.sparse import csgraph

from ..arrays import AnyArray, ArrayLike, BoolArray, FloatArray, IntArray, SparseMatrix
from .graph import Network, chainage, fast_tree, ranges

DETOURS = (2.0, 8.0)  # search radius of a leg, as a multiple of its straight distance
CHUNK = 256  # sources per Dijkstra call: bounds the (sources x nodes) arrays it returns
SLACK_M = 1.0  # metres added to every search radius (legs between nodes a few metres apart)
# network -> its edges by node pair, built once
_PAIR_KEYS: weakref.WeakKeyDictionary[Network, Tuple[IntArray, IntArray]] = (
    weakref.WeakKeyDictionary())


@dataclass(eq=False)
class Paths:
    """Shortest paths of pairs of nodes.

    ``length[k]`` (metres) is inf when pair k has no path. The path of pair k is the edges
    ``edges[edge_ptr[k]:edge_ptr[k + 1]]`` in travel order, ``forward`` telling whether each
    is travelled from its ``edge_u`` to its ``edge_v``; it is empty when the two nodes are the
    same or not joined. ``nodes``/``node_ptr`` list the nodes passed, source and target
    included (empty when there is no path).
    """

    length: FloatArray
    edges: IntArray
    forward: BoolArray
    edge_ptr: IntArray
    nodes: IntArray
    node_ptr: IntArray

    @property
    def found(self) -> BoolArray:
        return np.isfinite(self.length)


def shortest_paths(network: Network, sources: ArrayLike, targets: ArrayLike,
                   detours: Iterable[float] = DETOURS, chunk: int = CHUNK) -> Paths:
    """Shortest paths from ``sources[k]`` to ``targets[k]`` (node indices) along ``network``."""
    sources = np.asarray(sources, dtype=np.int64).reshape(-1)
    targets = np.asarray(targets, dtype=np.int64).reshape(-1)
    if sources.shape != targets.shape:
        raise ValueError("as many sources as targets are needed")
    n = network.node_count
    if len(sources) and (min(sources.min(), targets.min()) < 0
                         or max(sources.max(), targets.max()) >= n):
        raise ValueError(f"node indices must be between 0 and {n - 1}")
    length = np.full(len(sources), np.inf)
    found_legs, found_nodes = [], []  # per search: leg of each path node, the nodes in order
    same = sources == targets
    length[same] = 0.0
    found_legs.append(np.flatnonzero(same))
    found_nodes.append(sources[same])
    todo = np.flatnonzero(~same)
    graph = network.adjacency()
    for detour in tuple(detours) + (np.inf,):
        if len(todo) == 0:
            break
        dist, legs, nodes = _search(network, graph, sources[todo], targets[todo], detour, chunk)
        hit = np.isfinite(dist)
        length[todo[hit]] = dist[hit]
        found_legs.append(todo[legs])
        found_nodes.append(nodes)
        todo = todo[~hit]
    leg_of = np.concatenate(found_legs)
    order = np.argsort(leg_of, kind="stable")  # each search gives its paths in travel order
    nodes = np.concatenate(found_nodes)[order]
    node_ptr = np.concatenate([[0], np.cumsum(np.bincount(leg_of, minlength=len(sources)))])
    return _with_edges(network, length, nodes, node_ptr.astype(np.int64))


def _search(network: Network, graph: SparseMatrix, sources: IntArray, targets: IntArray,
            detour: float, chunk: int) -> Tuple[FloatArray, IntArray, IntArray]:
    """One round: (distance per leg, inf when not found within this round's radius; leg index
    and node of every node of the found paths, in travel order)."""
    xy = network.node_xy
    bounded = bool(np.isfinite(detour))
    straight = np.hypot(*(xy[sources] - xy[targets]).T)
    radius = straight * detour + SLACK_M if bounded else np.full(len(sources), np.inf)
    unique, inverse = np.unique(sources, return_inverse=True)
    reach = np.zeros(len(unique))
    np.maximum.at(reach, inverse, radius)
    order = _z_ordered(xy[unique], reach) if bounded else np.arange(len(unique))
    rank = np.empty(len(unique), dtype=np.int64)
    rank[order] = np.arange(len(unique))
    leg_rank = rank[inverse]
    legs_by_rank = np.argsort(leg_rank, kind="stable")
    bounds = np.searchsorted(leg_rank[legs_by_rank], np.arange(0, len(unique) + chunk, chunk))

    dist = np.full(len(sources), np.inf)
    path_legs, path_nodes = [], []
    for c in range(len(bounds) - 1):
        legs = legs_by_rank[bounds[c]:bounds[c + 1]]
        if len(legs) == 0:
            continue
        pick = order[c * chunk:(c + 1) * chunk]
        ok, leg_d, steps_leg, steps_node = _search_chunk(
            xy, graph, unique[pick], reach[pick] if bounded else None, sources[legs],
            targets[legs], radius[legs])
        legs = legs[ok]
        dist[legs] = leg_d
        path_legs.append(legs[steps_leg])
        path_nodes.append(steps_node)
    if not path_legs:
        return dist, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return dist, np.concatenate(path_legs), np.concatenate(path_nodes)


def nearest_distances(network: Network, source: int, targets: ArrayLike,
                      tie_ratio: float = 0.0, detours: Sequence[float] = DETOURS) -> FloatArray:
    """Distances (m) along ``network`` from the node ``source`` to each node of ``targets``,
    for choosing the nearest: exact for every target within (1 + ``tie_ratio``) times the
    nearest one's distance, inf for the farther ones and those not joined (see
    :func:`nearest_pairs`)."""
    ends = np.asarray(targets, dtype=np.int64).reshape(-1)
    dist = np.full(len(ends), np.inf)
    for _, j, d in nearest_pairs(network, [source], ends, tie_ratio, detours):
        dist[j] = d
    return dist


def nearest_pairs(network: Network, sources: ArrayLike, targets: ArrayLike,
                  tie_ratio: float = 0.0, detours: Sequence[float] = DETOURS
                  ) -> List[Tuple[int, int, float]]:
    """The pairs (i, j, metres) of ``sources[i]`` and ``targets[j]`` joined along ``network``
    by a path at most (1 + ``tie_ratio``) times the shortest of all the pairs' (+ SLACK_M),
    with their exact distance; [] when no pair is joined.

    One Dijkstra from all the sources at once (each node gets its nearest source), bounded
    first to ``detours[0]`` times the straight distance of the nearest pair, then wider (the
    next detours, then the whole graph) while no target is reached, and once more to (1 +
    ``tie_ratio``) times the shortest distance when that reaches farther; then, with several
    sources, one search back from each target that near, for every source as near. The searches
    run on the whole graph, stopped at their radius: their cost is that of the nodes within it.
    """
    starts = np.asarray(sources, dtype=np.int64).reshape(-1)
    ends = np.asarray(targets, dtype=np.int64).reshape(-1)
    if len(starts) == 0 or len(ends) == 0:
        return []
    xy, graph = network.node_xy, network.adjacency()
    straight = float(fast_tree(xy[starts]).query(xy[ends])[0].min())
    radii = [straight * detour + SLACK_M for detour in detours] + [float(np.inf)]
    radius = radii.pop(0)
    while True:
        dist = _from_sources(graph, starts, radius)
        reached = dist[ends]
        if not np.isfinite(reached).any():
            if not radii:
                return []
            radius = radii.pop(0)
            continue
        needed = float(reached.min()) * (1.0 + tie_ratio) + SLACK_M
        if needed <= radius:
            break
        radius, radii = needed, []
    near = np.flatnonzero(reached <= needed)
    if len(starts) == 1:
        return [(0, int(j), float(reached[j])) for j in near.tolist()]
    pairs = []
    for j in near.tolist():  # every source that near to this target, not only the nearest
        back = _from_sources(graph, ends[j:j + 1], needed)
        pairs += [(int(i), j, float(back[starts[i]]))
                  for i in np.flatnonzero(back[starts] <= needed).tolist()]
    return pairs


def _from_sources(graph: SparseMatrix, sources: IntArray, limit: float) -> FloatArray:
    """Distance of every node to its nearest node of ``sources`` (inf beyond ``limit``)."""
    return csgraph.dijkstra(graph, directed=True, indices=sources, limit=limit, min_only=True)


def _z_ordered(xy: FloatArray, reach: FloatArray) -> IntArray:
    """Sources near each other share a chunk (Z-order of cells), so that its box stays small."""
    cell = max(float(np.median(reach)), SLACK_M) * 2.0
    key = np.floor((xy - xy.min(axis=0)) / cell).astype(np.int64)
    return np.argsort(_z_order(key[:, 0], key[:, 1]), kind="stable")


def _search_chunk(xy: FloatArray, graph: SparseMatrix, chunk_sources: IntArray,
                  reach: Optional[FloatArray], sources: IntArray, targets: IntArray,
                  radius: FloatArray) -> Tuple[BoolArray, FloatArray, IntArray, IntArray]:
    """One Dijkstra from a chunk of sources, on the nodes in the box of their discs (``reach``:
    their radii; None: on the whole graph), for the legs from those sources. Returns (which
    legs were found, their distances, then (found leg, node) of every node of their paths)."""
    if reach is None:
        src, tgt, sub_graph, limit, to_global = chunk_sources, targets, graph, np.inf, None
    else:
        lo = (xy[chunk_sources] - reach[:, None]).min(axis=0)
        hi = (xy[chunk_sources] + reach[:, None]).max(axis=0)
        sub = np.flatnonzero(((xy >= lo) & (xy <= hi)).all(axis=1))
        local = np.full(len(xy), -1, dtype=np.int64)
        local[sub] = np.arange(len(sub))
        src, tgt, to_global = local[chunk_sources], local[targets], sub
        sub_graph, limit = graph[sub][:, sub], float(reach.max())
    row_of = np.full(len(xy), -1, dtype=np.int64)
    row_of[chunk_sources] = np.arange(len(chunk_sources))
    d, pred = csgraph.dijkstra(sub_graph, directed=True, indices=src,
                               return_predecessors=True, limit=limit)
    rows = row_of[sources]
    inside = tgt >= 0
    leg_d = np.full(len(sources), np.inf)
    leg_d[inside] = d[rows[inside], tgt[inside]]
    # exact only within the leg's own radius: its disc lies inside the searched box
    ok = np.isfinite(leg_d) & (leg_d <= radius)
    rows, tgt = rows[ok], tgt[ok]
    steps_leg, steps_node = _walk_back(pred, rows, tgt, src[rows])
    if to_global is not None:
        steps_node = to_global[steps_node]
    return ok, leg_d[ok], steps_leg, steps_node


def _z_order(i: IntArray, j: IntArray) -> AnyArray:
    """Morton key of cell (i, j), both below 2^32: near cells get near keys."""
    def spread(values: IntArray) -> AnyArray:  # bit k of v goes to bit 2k
        v = np.asarray(values, dtype=np.uint64) & np.uint64(0xFFFFFFFF)
        for shift, mask in ((16, 0x0000FFFF0000FFFF), (8, 0x00FF00FF00FF00FF),
                            (4, 0x0F0F0F0F0F0F0F0F), (2, 0x3333333333333333),
                            (1, 0x5555555555555555)):
            v = (v | (v << np.uint64(shift))) & np.uint64(mask)
        return v
    return spread(i) | (spread(j) << np.uint64(1))


def _walk_back(pred: IntArray, rows: IntArray, targets: IntArray,
               sources: IntArray) -> Tuple[IntArray, IntArray]:
    """Paths from the predecessor rows, all pairs one hop at a time: (pair, node) of every node
    of every path, pairs in input order and each path from its source to its target."""
    pairs = [np.arange(len(rows))]
    nodes = [targets]
    alive = np.flatnonzero(targets != sources)
    current = targets.copy()
    while len(alive):
        current[alive] = pred[rows[alive], current[alive]]
        pairs.append(alive)
        nodes.append(current[alive])
        alive = alive[current[alive] != sources[alive]]
    pair = np.concatenate(pairs)
    hop = np.concatenate([np.full(len(p), -k) for k, p in enumerate(pairs)])
    order = np.lexsort((hop, pair))  # by pair, then from the source (last hop) forwards
    return pair[order], np.concatenate(nodes)[order]


def _with_edges(network: Network, length: FloatArray, nodes: IntArray,
                node_ptr: IntArray) -> Paths:
    """The edge of every hop: the shortest edge between the two nodes (as in the adjacency)."""
    hop_from = np.ones(len(nodes), dtype=bool)
    hop_from[node_ptr[1:][np.diff(node_ptr) > 0] - 1] = False  # a path's last node
    a = nodes[hop_from]
    b = nodes[np.flatnonzero(hop_from) + 1]
    edges = edge_between(network, a, b)
    forward = network.edge_u[edges] == a
    hops = np.maximum(np.diff(node_ptr) - 1, 0)
    edge_ptr = np.concatenate([[0], np.cumsum(hops)]).astype(np.int64)
    return Paths(length=length, edges=edges, forward=forward, edge_ptr=edge_ptr, nodes=nodes,
                 node_ptr=node_ptr)


def edge_between(network: Network, a: ArrayLike, b: ArrayLike) -> IntArray:
    """The shortest edge joining nodes a[k] and b[k] (either way round); -1 where none."""
    keys, edges = _edge_keys(network)
    n = max(network.node_count, 1)
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    want = np.minimum(a, b) * n + np.maximum(a, b)
    if len(keys) == 0:
        return np.full(len(want), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
    return np.where(keys[at] == want, edges[at], -1)


def _edge_keys(network: Network) -> Tuple[IntArray, IntArray]:
    """Sorted node-pair keys of the edges (self-loops left out), the shortest edge of each."""
    cached = _PAIR_KEYS.get(network)
    if cached is not None:
        return cached
    u, v = network.edge_u, network.edge_v
    n = max(network.node_count, 1)
    edge = np.flatnonzero(u != v)
    key = np.minimum(u[edge], v[edge]) * n + np.maximum(u[edge], v[edge])
    order = np.lexsort((edge, network.edge_length[edge], key))
    key, edge = key[order], edge[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    _PAIR_KEYS[network] = key[first], edge[first]
    return _PAIR_KEYS[network]


def join_paths(network: Network, edges: ArrayLike, forward: ArrayLike,
               group_ptr: ArrayLike) -> Tuple[FloatArray, IntArray, FloatArray]:
    """One polyline per group of travelled edges (group g: ``edges[group_ptr[g]:group_ptr[g +
    1]]``): the edges' vertices in travel order, each junction vertex once.

    Returns (xy, ptr, chainage): group g's polyline is ``xy[ptr[g]:ptr[g + 1]]`` and
    ``chainage`` is the distance (m) of every vertex from its group's start. An empty group
    gives no vertex.
    """
    edges = np.asarray(edges, dtype=np.int64)
    forward = np.asarray(forward, dtype=bool)
    group_ptr = np.asarray(group_ptr, dtype=np.int64)
    eptr = network.edge_ptr
    first = np.zeros(len(edges), dtype=bool)
    first[group_ptr[:-1][np.diff(group_ptr) > 0]] = True
    skip = (~first).astype(np.int64)  # a junction vertex is the previous edge's last
    counts = eptr[edges + 1] - eptr[edges] - skip
    within = ranges(np.zeros(len(edges), dtype=np.int64), counts)
    start = np.repeat(np.where(forward, eptr[edges] + skip, eptr[edges + 1] - 1 - skip), counts)
    step = np.repeat(np.where(forward, 1, -1), counts)
    xy = network.edge_xy[start + step * within]
    group_of_edge = np.repeat(np.arange(len(group_ptr) - 1), np.diff(group_ptr))
    per_group = np.bincount(group_of_edge, weights=counts, minlength=len(group_ptr) - 1)
    ptr = np.concatenate([[0], np.cumsum(per_group)]).astype(np.int64)
    return xy, ptr, chainage(xy, ptr)
