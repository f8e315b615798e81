"""Paths through the fragments of node-to-node routes (``link_graph``): from a route's start
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

from .link_graph import Fragments

Step = Tuple[int, bool]  # (fragment, travelled from v to u)


@dataclass(eq=False)
class Arcs:
    """The directed arcs of the fragments, at most one (the shortest) per ordered pair of
    graph nodes: ``tail`` -> ``head`` over ``fragment``, ``reverse`` when against it."""

    tail: np.ndarray
    head: np.ndarray
    fragment: np.ndarray
    reverse: np.ndarray
    length: np.ndarray


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
    return Arcs(tail[keep], head[keep], fragment[keep], reverse[keep], length[keep])


def shortest_paths(frag: Fragments, graph_arcs: Arcs, source_route: np.ndarray,
                   sources: np.ndarray, target_route: np.ndarray, targets: np.ndarray,
                   route_count: int) -> Dict[int, List[Step]]:
    """{route: its shortest path, steps from a source to a target} for every route one of
    whose ``targets`` can be reached from one of its ``sources`` (graph nodes, with the route
    of each)."""
    if len(sources) == 0 or len(targets) == 0 or len(graph_arcs.tail) == 0:
        return {}
    n = frag.node_count
    graph = sparse.csr_matrix((graph_arcs.length, (graph_arcs.tail, graph_arcs.head)),
                              shape=(n, n))
    dist, pred, _ = csgraph.dijkstra(graph, directed=True, indices=np.unique(sources),
                                     min_only=True, return_predecessors=True)
    reached = np.isfinite(dist[targets])
    if not reached.any():
        return {}
    order = np.lexsort((dist[targets][reached], target_route[reached]))
    routes, at = np.unique(target_route[reached][order], return_index=True)
    best = targets[reached][order][at]
    return _trace(graph_arcs, pred, best, routes, n)


def _trace(graph_arcs: Arcs, pred: np.ndarray, ends: np.ndarray, routes: np.ndarray, n: int
           ) -> Dict[int, List[Step]]:
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
    paths: Dict[int, List[Step]] = {int(r): [] for r in routes}
    for k in order.tolist():
        paths[int(owner[k])].append((int(graph_arcs.fragment[arc[k]]),
                                     bool(graph_arcs.reverse[arc[k]])))
    return paths


def loop_cycle(frag: Fragments, rows: Sequence[int], node: int) -> Optional[List[Step]]:
    """The shortest cycle from ``node`` back to it through the fragments ``rows`` of one
    route: a closed fragment at the node, or a fragment out and a path back by others."""
    best: Tuple[float, Optional[List[Step]]] = (np.inf, None)
    outgoing: Dict[int, List[Tuple[int, int, bool, float]]] = {}
    for f in rows:
        u, v, length = int(frag.u[f]), int(frag.v[f]), float(frag.length[f])
        if u == v == node and (frag.forward[f] or frag.backward[f]):
            best = min(best, (length, [(f, not bool(frag.forward[f]))]), key=lambda c: c[0])
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
    steps, at = [], goal
    while done[at][1] is not None:
        before, f, reverse = done[at][1]
        steps.append((f, reverse))
        at = before
    return steps[::-1]


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
