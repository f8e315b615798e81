"""The loop census: how many loops a rider can ride through each numbered node.

Pure numpy/scipy (no QGIS). Lengths are metres.

A loop is a simple cycle of the graph (no vertex passed twice; two parallel edges form one, a
self-loop edge is one), counted once whatever its direction, that passes at least one numbered
vertex. :func:`loop_census` counts, for every numbered vertex, the loops through it that keep
to :class:`LoopRules`: a length between two bounds, at most so many numbered vertices, and,
with water points, no stretch longer than a bound between two of them (a loop with no water at
all is one stretch, its whole length). It is exact: every loop is enumerated.

Enumeration. Vertices are ranked, numbered ones first (in Morton order of their position, so
that starts near each other are ranked near each other); each loop is found once, from its
lowest-ranked vertex s (numbered, since numbered vertices come first), through vertices ranked
above s only, in the direction where its first edge has a lower id than its last. Paths are
pruned by length: a path from s along first edge e_k at vertex w, of length l, goes on only if
l plus the shortest way from w back to s through higher-ranked vertices, arriving by an edge of
higher id than e_k, fits in the maximum length (one Dijkstra per neighbour of s, in the disc of
half the maximum length around s, which holds every loop through s). The paths of a batch of
nearby starts are extended all at once, one edge a round, as numpy arrays (the vertices a path
has passed as bits), depth-first by chunks to bound the memory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, List, NamedTuple, Tuple

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..graph import ranges, subgraph
from ..paths import _z_order as z_order  # Morton keys: the ranking of nearby starts
from .node_graph import Water

LENGTH_EPS_M = 1e-6  # metres: a loop this close to a length bound keeps to it
BATCH_STARTS = 48  # start vertices whose paths are extended together
CHUNK_BITS = 1 << 24  # visited bits held by one chunk of paths (16 Mbit, 2 MB)


@dataclass(frozen=True)
class LoopRules:
    """What a loop must keep to: its length (metres) between ``min_length_m`` and
    ``max_length_m``, at most ``max_nodes`` numbered vertices, and no stretch longer than
    ``max_dry_m`` without water (infinite: no water rule)."""

    min_length_m: float
    max_length_m: float
    max_nodes: int = 30
    max_dry_m: float = math.inf

    @property
    def water_rule(self) -> bool:
        return math.isfinite(self.max_dry_m)


@dataclass(eq=False)
class LoopGraph:
    """The graph the census runs on: vertices (position, numbered, water) and edges (ends,
    length, water inside them, walked from ``edge_u`` to ``edge_v``)."""

    vertex_xy: np.ndarray
    numbered: np.ndarray
    water: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    edge_water: Water

    @property
    def vertex_count(self) -> int:
        return len(self.numbered)


@dataclass(eq=False)
class Census:
    """``loops_through[v]``: the loops through numbered vertex v (0 for the others);
    ``loop_count``: the distinct loops."""

    loops_through: np.ndarray
    loop_count: int


class _Paths(NamedTuple):
    """Paths being extended, one row each: the (start, first edge) row of the batch, the
    vertex reached, the length so far, the numbered vertices passed, the metres since the last
    water point (since the start before the first), the metres from the start to the first
    water point (inf: none yet) and the vertices passed, as bits."""

    row: np.ndarray
    cur: np.ndarray
    length: np.ndarray
    nodes: np.ndarray
    dry: np.ndarray
    first_dry: np.ndarray
    mask: np.ndarray

    def take(self, index: np.ndarray | slice) -> _Paths:
        return _Paths(*(array[index] for array in self))


@dataclass(eq=False)
class _Arcs:
    """The edges as arcs both ways, sorted by tail (CSR): head, edge id, length, water."""

    ptr: np.ndarray
    head: np.ndarray
    edge: np.ndarray
    length: np.ndarray
    wet: np.ndarray
    dry_in: np.ndarray
    dry_out: np.ndarray


@dataclass(eq=False)
class _Batch:
    """A batch of starts on its region: local vertices (ranked), arcs, and per (start, first
    edge) row its start, first edge and return bounds (metres, inf where unreachable)."""

    rank: np.ndarray
    arcs: _Arcs
    numbered: np.ndarray
    water: np.ndarray
    row_start: np.ndarray
    row_first: np.ndarray
    bound: np.ndarray
    first_arc: np.ndarray
    words: int

    @cached_property
    def is_start(self) -> np.ndarray:
        flags = np.zeros(len(self.rank), dtype=bool)
        flags[self.row_start] = True
        return flags


# --------------------------------------------------------------------------------------------
# Set-up: ranks, arcs, return bounds
# --------------------------------------------------------------------------------------------


def _ranking(graph: LoopGraph) -> np.ndarray:
    """The vertices in rank order: numbered ones first, near ones near each other."""
    xy = graph.vertex_xy
    if len(xy) == 0:
        return np.zeros(0, dtype=np.int64)
    cell = max(float(np.ptp(xy, axis=0).max()) / 65536.0, 1e-9)
    key = np.floor((xy - xy.min(axis=0)) / cell).astype(np.int64)
    morton = z_order(key[:, 0], key[:, 1])
    return np.lexsort((morton, ~graph.numbered)).astype(np.int64)


def _arcs(tail: np.ndarray, head: np.ndarray, edge: np.ndarray, length: np.ndarray,
          water: Water, vertex_count: int) -> _Arcs:
    """Arcs both ways of the (non-loop) edges, sorted by tail."""
    both = np.concatenate
    arc_tail, arc_head = both([tail, head]), both([head, tail])
    order = np.argsort(arc_tail, kind="stable")
    counts = np.bincount(arc_tail, minlength=vertex_count)
    return _Arcs(
        ptr=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
        head=arc_head[order], edge=both([edge, edge])[order],
        length=both([length, length])[order], wet=both([water.wet, water.wet])[order],
        dry_in=both([water.dry_in, water.dry_out])[order],
        dry_out=both([water.dry_out, water.dry_in])[order])


def _shortest_adjacency(tail: np.ndarray, head: np.ndarray, length: np.ndarray,
                        vertex_count: int) -> sparse.csr_matrix:
    """Symmetric csr of the shortest edge between adjacent vertices (for Dijkstra)."""
    lo, hi = np.minimum(tail, head), np.maximum(tail, head)
    order = np.lexsort((length, hi, lo))
    lo, hi, length = lo[order], hi[order], length[order]
    first = np.ones(len(lo), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    lo, hi, length = lo[first], hi[first], length[first]
    return sparse.csr_matrix((np.concatenate([length, length]),
                              (np.concatenate([lo, hi]), np.concatenate([hi, lo]))),
                             shape=(vertex_count, vertex_count))


def _return_bounds(start: int, region: np.ndarray, arcs: _Arcs, adjacency: sparse.csr_matrix,
                   max_length: float, slot: np.ndarray
                   ) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each first edge of loops from ``start`` but the last (by edge id): the shortest way
    back from each vertex of ``region`` (ranked above ``start``) to ``start``, through the
    region, arriving by a later edge. Returns (first arcs, their edge ids, bounds rows)."""
    lo, hi = arcs.ptr[start], arcs.ptr[start + 1]
    own = np.arange(lo, hi)
    own = own[np.isin(arcs.head[own], region)]
    own = own[np.argsort(arcs.edge[own], kind="stable")]
    if len(own) < 2:
        return own[:0], own[:0], np.zeros((0, len(region)))
    neighbours, which = np.unique(arcs.head[own], return_inverse=True)
    local = np.searchsorted(region, neighbours)
    sub = subgraph(adjacency, region, slot)  # scratch slot: no pass over the whole graph
    dist = csgraph.dijkstra(sub, directed=False, indices=local, limit=max_length)
    via = dist[which] + arcs.length[own][:, None]  # back to start by each of its edges
    later = np.minimum.accumulate(via[::-1], axis=0)[::-1]  # min over this edge and after
    return own[:-1], arcs.edge[own[:-1]], later[1:]


# --------------------------------------------------------------------------------------------
# Extension
# --------------------------------------------------------------------------------------------


def _walk_water(rules: LoopRules, dry: np.ndarray, first_dry: np.ndarray, length: np.ndarray,
                arc_length: np.ndarray, wet: np.ndarray, dry_in: np.ndarray,
                dry_out: np.ndarray, at_water: np.ndarray
                ) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The water state after walking arcs: (dry, first_dry, ok), ``ok`` false where a stretch
    without water runs over the rule. ``length`` is the path's length before the arc."""
    if not rules.water_rule:
        return dry, first_dry, np.ones(len(dry), dtype=bool)
    limit = rules.max_dry_m + LENGTH_EPS_M
    reach = np.where(wet, dry + dry_in, dry + arc_length)
    ok = reach <= limit
    first_dry = np.where(np.isinf(first_dry) & wet, length + dry_in, first_dry)
    dry = np.where(wet, dry_out, reach)
    end = length + arc_length
    first_dry = np.where(np.isinf(first_dry) & at_water, end, first_dry)
    dry = np.where(at_water, 0.0, dry)
    return dry, first_dry, ok


def _closed(rules: LoopRules, batch: _Batch, paths: _Paths, parent: np.ndarray,
            arc: np.ndarray, length: np.ndarray) -> np.ndarray:
    """Which closing arcs (back to the start) make a loop that keeps to the water rule."""
    if not rules.water_rule:
        return np.ones(len(arc), dtype=bool)
    arcs = batch.arcs
    dry, first_dry, ok = _walk_water(
        rules, paths.dry[parent], paths.first_dry[parent], paths.length[parent],
        arcs.length[arc], arcs.wet[arc], arcs.dry_in[arc], arcs.dry_out[arc],
        batch.water[batch.row_start[paths.row[parent]]])
    # the stretch across the start: from the last water point round to the first
    wrap = np.where(np.isinf(first_dry), length, dry + first_dry)
    return ok & (wrap <= rules.max_dry_m + LENGTH_EPS_M)


def _count_bits(mask: np.ndarray, size: int) -> np.ndarray:
    """How many of the masks (rows of 64-bit words) have each bit set."""
    counts = np.zeros(size, dtype=np.int64)
    for lo in range(0, len(mask), 65536):
        words = np.ascontiguousarray(mask[lo:lo + 65536], dtype="<u8")
        bits = np.unpackbits(words.view(np.uint8), axis=1, bitorder="little")
        counts += bits.sum(axis=0, dtype=np.int64)[:size]
    return counts


def _extend(rules: LoopRules, batch: _Batch, paths: _Paths) -> Tuple[np.ndarray, _Paths]:
    """One edge more on every path: (visited bits of the loops closed, the paths going on)."""
    arcs = batch.arcs
    degree = arcs.ptr[paths.cur + 1] - arcs.ptr[paths.cur]
    parent = np.repeat(np.arange(len(paths.cur)), degree)
    arc = ranges(arcs.ptr[paths.cur], degree)
    head, row = arcs.head[arc], paths.row[parent]
    length = paths.length[parent] + arcs.length[arc]
    top = rules.max_length_m + LENGTH_EPS_M
    close = np.flatnonzero(batch.is_start[head])  # few: then the exact test on those
    close = close[(head[close] == batch.row_start[row[close]])
                  & (arcs.edge[arc[close]] > batch.row_first[row[close]])
                  & (length[close] >= rules.min_length_m - LENGTH_EPS_M)
                  & (length[close] <= top)]
    close = close[_closed(rules, batch, paths, parent[close], arc[close], length[close])]
    closed = paths.mask[parent[close]]
    go = np.flatnonzero(length + batch.bound[row, head] <= top)
    parent, arc, head, length = parent[go], arc[go], head[go], length[go]
    word, bit = head >> 6, (head & 63).astype(np.uint64)
    fresh = ((paths.mask[parent, word] >> bit) & np.uint64(1)) == 0
    nodes = paths.nodes[parent] + batch.numbered[head]
    dry, first_dry, wet_ok = _walk_water(
        rules, paths.dry[parent], paths.first_dry[parent], paths.length[parent],
        arcs.length[arc], arcs.wet[arc], arcs.dry_in[arc], arcs.dry_out[arc],
        batch.water[head])
    keep = np.flatnonzero(fresh & (nodes <= rules.max_nodes) & wet_ok)
    parent, word, bit = parent[keep], word[keep], bit[keep]
    mask = paths.mask[parent]
    mask[np.arange(len(keep)), word] |= np.uint64(1) << bit
    return closed, _Paths(paths.row[parent], head[keep], length[keep], nodes[keep], dry[keep],
                          first_dry[keep], mask)


# --------------------------------------------------------------------------------------------
# Batches
# --------------------------------------------------------------------------------------------


def _region(tree: cKDTree, xy: np.ndarray, starts: np.ndarray, radius: float) -> List[np.ndarray]:
    """Per start, the vertices ranked above it within ``radius`` (straight line): a loop of
    twice that length through the start lies within."""
    hits = tree.query_ball_point(xy[starts], radius + LENGTH_EPS_M)
    return [np.sort(np.asarray(h, dtype=np.int64)[np.asarray(h, dtype=np.int64) > s])
            for s, h in zip(starts.tolist(), hits)]


def _local_arcs(arcs: _Arcs, vertices: np.ndarray) -> _Arcs:
    """The arcs between ``vertices`` (sorted ranks), renumbered 0.. in their order."""
    local = np.full(len(arcs.ptr) - 1, -1, dtype=np.int64)
    local[vertices] = np.arange(len(vertices))
    degree = arcs.ptr[vertices + 1] - arcs.ptr[vertices]
    arc = ranges(arcs.ptr[vertices], degree)
    tail = np.repeat(np.arange(len(vertices)), degree)
    inside = local[arcs.head[arc]] >= 0
    arc, tail = arc[inside], tail[inside]
    counts = np.bincount(tail, minlength=len(vertices))
    return _Arcs(ptr=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
                 head=local[arcs.head[arc]], edge=arcs.edge[arc], length=arcs.length[arc],
                 wet=arcs.wet[arc], dry_in=arcs.dry_in[arc], dry_out=arcs.dry_out[arc])


def _batch(graph: LoopGraph, arcs: _Arcs, adjacency: sparse.csr_matrix, tree: cKDTree,
           starts: np.ndarray, rules: LoopRules, slot: np.ndarray) -> _Batch:
    """The batch of ``starts`` (ranks): its region, arcs and return bounds."""
    regions = _region(tree, graph.vertex_xy, starts, rules.max_length_m / 2.0)
    vertices = np.unique(np.concatenate([starts] + regions))
    rows_start, rows_first, first_arcs, bounds = [], [], [], []
    for start, region in zip(starts.tolist(), regions):
        first_arc, first_edge, bound = _return_bounds(start, region, arcs, adjacency,
                                                      rules.max_length_m, slot)
        where = np.searchsorted(vertices, region)
        full = np.full((len(first_arc), len(vertices)), np.inf)
        full[:, where] = bound
        rows_start += [start] * len(first_arc)
        rows_first.append(first_edge)
        first_arcs.append(first_arc)
        bounds.append(full)
    local = _local_arcs(arcs, vertices)
    return _Batch(
        rank=vertices, arcs=local, numbered=graph.numbered[vertices].astype(np.int64),
        water=graph.water[vertices], row_start=np.searchsorted(vertices, rows_start),
        row_first=np.concatenate(rows_first), bound=np.concatenate(bounds),
        first_arc=np.concatenate(first_arcs), words=(len(vertices) + 63) // 64)


def _first_paths(rules: LoopRules, batch: _Batch, arcs: _Arcs) -> _Paths:
    """The paths of one edge from each start, one per row (first edge) that can close."""
    rows = np.arange(len(batch.row_start))
    start = batch.row_start
    arc = batch.first_arc
    head = np.searchsorted(batch.rank, arcs.head[arc])
    length = arcs.length[arc]
    nodes = batch.numbered[start] + batch.numbered[head]
    at_start = batch.water[start]
    dry0 = np.zeros(len(rows))
    first0 = np.where(at_start, 0.0, np.inf)
    dry, first_dry, ok = _walk_water(rules, dry0, first0, dry0, length, arcs.wet[arc],
                                     arcs.dry_in[arc], arcs.dry_out[arc], batch.water[head])
    mask = np.zeros((len(rows), batch.words), dtype=np.uint64)
    for vertex in (start, head):
        mask[rows, vertex >> 6] |= np.uint64(1) << (vertex & 63).astype(np.uint64)
    keep = (length + batch.bound[rows, head] <= rules.max_length_m + LENGTH_EPS_M) & ok & (
        nodes <= rules.max_nodes)
    return _Paths(rows, head, length, nodes, dry, first_dry, mask).take(np.flatnonzero(keep))


def _run_batch(rules: LoopRules, batch: _Batch, arcs: _Arcs,
               cancelled: Callable[[], bool]) -> Tuple[np.ndarray, int]:
    """Loops of the batch: (per local vertex the loops through it, the number of loops)."""
    through = np.zeros(len(batch.rank), dtype=np.int64)
    total = 0
    chunk = max(1024, CHUNK_BITS // (64 * batch.words))
    stack = [_first_paths(rules, batch, arcs)]
    while stack:
        if cancelled():
            break
        closed, going = _extend(rules, batch, stack.pop())
        if len(closed):
            through += _count_bits(closed, len(batch.rank))
            total += len(closed)
        stack += [going.take(slice(lo, lo + chunk)) for lo in range(0, len(going.row), chunk)]
    return through, total


# --------------------------------------------------------------------------------------------
# The census
# --------------------------------------------------------------------------------------------


def _self_loops(graph: LoopGraph, rules: LoopRules) -> Tuple[np.ndarray, np.ndarray]:
    """The self-loop edges that are loops under the rules: (their vertex, a flag per edge)."""
    loop = graph.edge_u == graph.edge_v
    length, water = graph.edge_length, graph.edge_water
    ok = loop & graph.numbered[graph.edge_u] & (rules.max_nodes >= 1)
    ok &= (length >= rules.min_length_m - LENGTH_EPS_M)
    ok &= (length <= rules.max_length_m + LENGTH_EPS_M)
    if rules.water_rule:
        at_vertex = graph.water[graph.edge_u]
        across = np.where(at_vertex, np.maximum(water.dry_in, water.dry_out),
                          np.where(water.wet, water.dry_in + water.dry_out, length))
        ok &= np.maximum(across, water.gap) <= rules.max_dry_m + LENGTH_EPS_M
    return graph.edge_u, ok


def loop_census(graph: LoopGraph, rules: LoopRules,
                progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> Census:
    """Count the loops through every numbered vertex (see the module's notes)."""
    n = graph.vertex_count
    through = np.zeros(n, dtype=np.int64)
    vertex, own_loop = _self_loops(graph, rules)
    np.add.at(through, vertex[own_loop], 1)
    total = int(own_loop.sum())
    order = _ranking(graph)
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    plain = np.flatnonzero(graph.edge_u != graph.edge_v)
    if rules.water_rule:  # an edge with too long a stretch inside is never ridden
        plain = plain[graph.edge_water.gap[plain] <= rules.max_dry_m + LENGTH_EPS_M]
    tail, head = rank[graph.edge_u[plain]], rank[graph.edge_v[plain]]
    ranked = LoopGraph(graph.vertex_xy[order], graph.numbered[order], graph.water[order],
                       tail, head, graph.edge_length[plain], graph.edge_water.take(plain))
    arcs = _arcs(tail, head, plain, ranked.edge_length, ranked.edge_water, n)
    adjacency = _shortest_adjacency(tail, head, ranked.edge_length, n)
    tree = cKDTree(ranked.vertex_xy) if n else None
    starts = np.flatnonzero(ranked.numbered)
    slot = np.full(n, -1, dtype=np.int64)
    for lo in range(0, len(starts), BATCH_STARTS):
        if cancelled():
            break
        batch = _batch(ranked, arcs, adjacency, tree, starts[lo:lo + BATCH_STARTS], rules,
                       slot)
        if len(batch.row_start):
            counts, found = _run_batch(rules, batch, arcs, cancelled)
            through[order[batch.rank]] += counts
            total += found
        if progress is not None:
            progress(min(1.0, (lo + BATCH_STARTS) / len(starts)))
    through[~graph.numbered] = 0
    return Census(loops_through=through, loop_count=total)
