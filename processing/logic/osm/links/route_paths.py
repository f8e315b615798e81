"""Paths through the fragments of node-to-node routes (``fragments``): from a route's start
nodes to its end nodes, every route in one multi-source Dijkstra (routes share no graph node,
so each target is reached from its own route's sources only); a loop's cycle from its node
back to it; and the pieces of a route on no path.

Each fragment is travelled in a direction its route allows. A shortest path never uses a
fragment twice; a loop's cycle starts by a fragment and comes back by another one.
Pure numpy/scipy (and heapq for the few loops); no QGIS.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from .fragments import Fragments

Step = Tuple[int, bool]  # (fragment, travelled from v to u)
NO_STEPS = np.zeros(0, dtype=np.int64)


@dataclass(eq=False)
class Arcs:
    """The directed arcs of the fragments, at most one (the shortest) per ordered pair of
    graph nodes: ``tail`` -> ``head`` (dense numbers of the graph nodes in ``nodes``) over
    ``fragment``, ``reverse`` when against it."""

    nodes: np.ndarray  # the graph nodes that have an arc, sorted
    tail: np.ndarray
    head: np.ndarray
    fragment: np.ndarray
    reverse: np.ndarray
    length: np.ndarray

    def dense(self, graph_nodes: np.ndarray) -> np.ndarray:
        """The dense number of each graph node (-1 for a node without arc)."""
        at = np.minimum(np.searchsorted(self.nodes, graph_nodes), max(len(self.nodes) - 1, 0))
        found = self.nodes[at] == graph_nodes if len(self.nodes) else np.zeros(
            len(graph_nodes), bool)
        return np.where(found, at, -1)


@dataclass(eq=False)
class Paths:
    """Paths of some routes, step by step: ``route``, ``fragment``, ``reverse`` (sorted by
    route, then from the path's start to its end)."""

    route: np.ndarray
    fragment: np.ndarray
    reverse: np.ndarray

    def found(self, count: int) -> np.ndarray:
        """Which of ``count`` routes have a path."""
        return np.bincount(self.route, minlength=count) > 0

    def extended(self, steps: Dict[int, List[Step]]) -> Paths:
        """These paths with those of ``steps`` ({route: steps}), still sorted by route."""
        if not steps:
            return self
        route = np.concatenate([self.route] + [np.full(len(s), k) for k, s in steps.items()])
        fragment = np.concatenate([self.fragment] + [np.array([f for f, _ in s], np.int64)
                                                     for s in steps.values()])
        reverse = np.concatenate([self.reverse] + [np.array([r for _, r in s], bool)
                                                   for s in steps.values()])
        order = np.argsort(route, kind="stable")
        return Paths(route[order], fragment[order], reverse[order])


def no_paths() -> Paths:
    return Paths(NO_STEPS, NO_STEPS, NO_STEPS.astype(bool))


def arcs(frag: Fragments) -> Arcs:
    """The arcs the fragments allow (self-loops left out: a shortest path has none)."""
    forward = np.flatnonzero(frag.forward & (frag.u != frag.v))
    backward = np.flatnonzero(frag.backward & (frag.u != frag.v))
    tail = np.concatenate([frag.u[forward], frag.v[backward]])
    head = np.concatenate([frag.v[forward], frag.u[backward]])
    fragment = np.concatenate([forward, backward])
    reverse = np.concatenate([np.zeros(len(forward), bool), np.ones(len(backward), bool)])
    length = frag.length[fragment]
    key = tail * np.int64(frag.node_count) + head
    order = np.lexsort((length, key))
    first = np.ones(len(order), dtype=bool)
    first[1:] = key[order][1:] != key[order][:-1]
    keep = order[first]
    nodes, dense = np.unique(np.concatenate([tail[keep], head[keep]]), return_inverse=True)
    return Arcs(nodes, dense[:len(keep)], dense[len(keep):], fragment[keep], reverse[keep],
                length[keep])


def tree_routes(frag: Fragments, count: int) -> np.ndarray:
    """The routes whose fragments hold no cycle (not even two fragments between the same
    places): between two of their places, one path at most, whatever the lengths."""
    graph = sparse.coo_matrix((np.ones(len(frag.u)), (frag.u, frag.v)),
                              shape=(frag.node_count, frag.node_count))
    _, label = csgraph.connected_components(graph, directed=False)
    ends = np.concatenate([frag.u, frag.v])
    route = np.concatenate([frag.route, frag.route])
    places = np.bincount(np.unique(route * np.int64(frag.node_count) + ends) //
                         frag.node_count, minlength=count)
    parts = np.bincount(np.unique(route * np.int64(frag.node_count) + label[ends]) //
                        frag.node_count, minlength=count)
    return np.bincount(frag.route, minlength=count) == places - parts


def shortest_paths(frag: Fragments, graph_arcs: Arcs, source_route: np.ndarray,
                   sources: np.ndarray, target_route: np.ndarray, targets: np.ndarray,
                   trees: np.ndarray) -> Paths:
    """The shortest path of every route one of whose ``targets`` can be reached from one of
    its ``sources`` (graph nodes, with the route of each). A route in ``trees`` with one source
    and one target has one path at most: a breadth-first search finds it (much faster than
    Dijkstra's, kept for the others)."""
    count = len(trees)
    single = (np.bincount(source_route, minlength=count) == 1) & (
        np.bincount(target_route, minlength=count) == 1)
    simple = trees & single
    arc_simple = simple[frag.route[graph_arcs.fragment]]
    found = [_search(graph_arcs, arc_simple == wanted, simple[source_route] == wanted,
                     sources, simple[target_route] == wanted, target_route, targets, wanted)
             for wanted in (True, False)]
    route = np.concatenate([p.route for p in found])
    order = np.argsort(route, kind="stable")
    return Paths(route[order], np.concatenate([p.fragment for p in found])[order],
                 np.concatenate([p.reverse for p in found])[order])


def _search(graph_arcs: Arcs, arc_kept: np.ndarray, source_kept: np.ndarray,
            sources: np.ndarray, target_kept: np.ndarray, target_route: np.ndarray,
            targets: np.ndarray, breadth_first: bool) -> Paths:
    """The paths over the kept arcs from the kept sources to the kept targets: by a
    breadth-first search from a node joined to every source, or by Dijkstra's."""
    sources = graph_arcs.dense(sources[source_kept])
    targets = graph_arcs.dense(targets[target_kept])
    target_route = target_route[target_kept]
    sources = np.unique(sources[sources >= 0])
    target_route, targets = target_route[targets >= 0], targets[targets >= 0]
    if len(sources) == 0 or len(targets) == 0:
        return no_paths()
    n = len(graph_arcs.nodes)
    tail, head = graph_arcs.tail[arc_kept], graph_arcs.head[arc_kept]
    if breadth_first:  # node n leads to every source
        graph = sparse.csr_matrix((np.ones(len(tail) + len(sources)), (
            np.concatenate([tail, np.full(len(sources), n)]), np.concatenate([head, sources]))),
            shape=(n + 1, n + 1))
        _, pred = csgraph.breadth_first_order(graph, n, directed=True,
                                              return_predecessors=True)
        pred[sources] = -1
        reached, dist = pred[targets] >= 0, np.zeros(len(targets))
    else:
        graph = sparse.csr_matrix((graph_arcs.length[arc_kept], (tail, head)), shape=(n, n))
        dist, pred, _ = csgraph.dijkstra(graph, directed=True, indices=sources,
                                         min_only=True, return_predecessors=True)
        dist = dist[targets]
        reached = np.isfinite(dist)
    if not reached.any():
        return no_paths()
    order = np.lexsort((dist[reached], target_route[reached]))
    routes, at = np.unique(target_route[reached][order], return_index=True)
    return _trace(graph_arcs, pred, targets[reached][order][at], routes, n)


def _trace(graph_arcs: Arcs, pred: np.ndarray, ends: np.ndarray, routes: np.ndarray, n: int
           ) -> Paths:
    """The paths back from ``ends`` through the predecessors, all routes at once."""
    tails, heads, owners, depths = [], [], [], []
    current, owner, depth = ends.astype(np.int64), routes, 0
    while len(current):
        before = pred[current]
        going = before >= 0
        current, before, owner = current[going], before[going], owner[going]
        tails.append(before)
        heads.append(current)
        owners.append(owner)
        depths.append(np.full(len(current), depth))
        current, depth = before, depth + 1
    tail, head = np.concatenate(tails), np.concatenate(heads)
    owner, depth = np.concatenate(owners), np.concatenate(depths)
    keys = graph_arcs.tail * np.int64(n) + graph_arcs.head
    sorter = np.argsort(keys)
    arc = sorter[np.searchsorted(keys[sorter], tail * np.int64(n) + head)]
    order = np.lexsort((-depth, owner))
    return Paths(owner[order], graph_arcs.fragment[arc[order]], graph_arcs.reverse[arc[order]])


def loop_cycle(frag: Fragments, rows: Sequence[int], node: int) -> Optional[List[Step]]:
    """The shortest cycle from ``node`` back to it through the fragments ``rows`` of one
    route: a closed fragment at the node, or a fragment out and a path back by others."""
    best: Tuple[float, Optional[List[Step]]] = (np.inf, None)
    outgoing: Dict[int, List[Tuple[int, int, bool, float]]] = {}
    for f in rows:
        u, v, length = int(frag.u[f]), int(frag.v[f]), float(frag.length[f])
        if u == v == node and (frag.forward[f] or frag.backward[f]) and length < best[0]:
            best = (length, [(f, not bool(frag.forward[f]))])
        if frag.forward[f]:
            outgoing.setdefault(u, []).append((v, f, False, length))
        if frag.backward[f]:
            outgoing.setdefault(v, []).append((u, f, True, length))
    for head, first, reverse, length in outgoing.get(node, []):
        if head == node:
            continue
        back = _dijkstra(outgoing, head, node, first)
        if back is not None and length + back[0] < best[0]:
            best = (length + back[0], [(first, reverse)] + back[1])
    return best[1]


def _dijkstra(outgoing: Dict[int, List[Tuple[int, int, bool, float]]], start: int,
              goal: int, without: int) -> Optional[Tuple[float, List[Step]]]:
    """The shortest path from ``start`` to ``goal`` not using the fragment ``without``."""
    queue: List[Tuple[float, int]] = [(0.0, start)]
    done: Dict[int, Tuple[float, Optional[Tuple[int, int, bool]]]] = {start: (0.0, None)}
    settled = set()
    while queue:
        cost, at = heapq.heappop(queue)
        if at in settled:
            continue
        settled.add(at)
        if at == goal:
            return cost, _steps_back(done, goal)
        for head, f, reverse, length in outgoing.get(at, []):
            if f != without and (head not in done or cost + length < done[head][0]):
                done[head] = (cost + length, (at, f, reverse))
                heapq.heappush(queue, (cost + length, head))
    return None


def _steps_back(done: Dict[int, Tuple[float, Optional[Tuple[int, int, bool]]]], goal: int
                ) -> List[Step]:
    steps: List[Step] = []
    at = goal
    while True:
        link = done[at][1]
        if link is None:
            return steps[::-1]
        before, f, reverse = link
        steps.append((f, reverse))
        at = before


def unused_pieces(frag: Fragments, used: np.ndarray, route_count: int) -> np.ndarray:
    """Per route, the pieces of its ways on no path: its unused fragments, those meeting at a
    place where only they two meet (no junction) counted as one."""
    unused = np.flatnonzero(~used)
    counts = np.zeros(route_count, dtype=np.int64)
    if len(unused) == 0:
        return counts
    degree = np.bincount(np.concatenate([frag.u, frag.v]), minlength=frag.node_count)
    ends = np.concatenate([frag.u[unused], frag.v[unused]])
    piece = np.concatenate([np.arange(len(unused))] * 2)
    plain = degree[ends] == 2
    ends, piece = ends[plain], piece[plain]
    order = np.argsort(ends, kind="stable")
    ends, piece = ends[order], piece[order]
    pair = np.flatnonzero(ends[1:] == ends[:-1])
    joins = sparse.coo_matrix((np.ones(len(pair)), (piece[pair], piece[pair + 1])),
                              shape=(len(unused), len(unused)))
    _, label = csgraph.connected_components(joins, directed=False)
    first = np.unique(label, return_index=True)[1]
    np.add.at(counts, frag.route[unused[first]], 1)
    return counts
