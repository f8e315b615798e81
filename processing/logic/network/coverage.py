"""Exact network distance fields: stretches and gaps (the suggested sites: ``site_ranking``).

Pure numpy/scipy (no QGIS); distances in metres along the undirected network.

The field is exact, not sampled. One multi-source Dijkstra gives d at the nodes; on an edge
(u, v) of length L, the point at offset x from u lies at min(d(u) + x, d(v) + L - x). The two
fronts meet at the peak x* = (d(v) + L - d(u)) / 2; on either side of it the field is linear
with slope +1 or -1. Sources inside an edge must first become nodes (``network.split_at``).

Coverage within a radius R has a simple shape: on an edge, the covered offsets are a prefix
[0, R - d(u)] and a suffix [L - (R - d(v)), L], so the uncovered part is one middle interval
whose length depends only on d(u) and d(v). Adding a site c changes d to min(d, dc), which
gives exact gains by interval arithmetic (``site_ranking``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Dict, List, Tuple, Union, cast

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from .graph import Network, chains, cut_edges, flatten_walks, split_flat, walks_xy
from .site_ranking import Suggestion, suggest_sites  # noqa: F401 - importable from here too

PIECE_EPS = 1e-6  # metres: breakpoints closer than this are merged (pieces stay this long)
GAIN_DECIMALS = 6  # gains compared to the micrometre, so that equal gains tie exactly
TILE_FRACTION = 0.5  # candidate tiles are this fraction of R wide
TILE_CANDIDATES = 32  # at least about this many candidates a tile, on average
FIRST_BATCH = 256  # exact gains computed first; the grid bounds only more candidates than this


# --------------------------------------------------------------------------------------------
# Distance field
# --------------------------------------------------------------------------------------------


def distance_field(network: Network, source_nodes: ArrayLike) -> Tuple[FloatArray, IntArray]:
    """Network distance (metres) from every node to its nearest source node.

    Returns (dist, nearest): ``dist`` (n,) float, inf where no source is reachable; ``nearest``
    (n,) int, index into ``source_nodes`` of the nearest source (its first occurrence if a node
    is listed twice), -1 where unreachable. Negative entries of ``source_nodes`` are ignored.
    """
    n = network.node_count
    dist = np.full(n, np.inf)
    nearest = np.full(n, -1, dtype=np.int64)
    sources = np.asarray(source_nodes, dtype=np.int64).reshape(-1)
    valid = np.flatnonzero(sources >= 0)
    if n == 0 or len(valid) == 0:
        return dist, nearest
    nodes, first = np.unique(sources[valid], return_index=True)
    dist, _, src = csgraph.dijkstra(network.adjacency(), directed=True, indices=nodes,
                                    min_only=True, return_predecessors=True)
    reached = src >= 0
    slot = np.searchsorted(nodes, src[reached])
    nearest[reached] = valid[first[slot]]
    return dist, nearest


# --------------------------------------------------------------------------------------------
# Stretches
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Stretches:
    """Pieces of edges on which the field is linear and coverage constant (parallel arrays).

    Offsets and lengths in metres; ``dist_min``/``dist_max`` are NaN and ``nearest`` -1 on
    components without a source. Ordered by edge, then offset. ``xy``/``ptr`` hold the
    geometries flat; ``coords[i]`` is piece i as a (k, 2) array. ``start_point``/``end_point``
    identify the pieces' ends (a node index, or n + k for the k-th interior split point) and
    tell which pieces touch.
    """

    edge: IntArray
    start_offset: FloatArray
    end_offset: FloatArray
    length: FloatArray
    dist_min: FloatArray
    dist_max: FloatArray
    nearest: IntArray
    covered: BoolArray
    component: IntArray
    start_point: IntArray
    end_point: IntArray
    xy: FloatArray
    ptr: IntArray
    max_distance: float

    def __len__(self) -> int:
        return len(self.edge)

    @cached_property
    def coords(self) -> List[FloatArray]:
        return split_flat(self.xy, self.ptr)


def _field(du: FloatArray, dv: FloatArray, length: FloatArray, x: FloatArray) -> FloatArray:
    """min(d(u) + x, d(v) + L - x): the field at offset x (inf - inf gives NaN: no source)."""
    return np.minimum(du + x, dv + length - x)


def _breakpoints(du: FloatArray, dv: FloatArray, length: FloatArray,
                 max_distance: float) -> FloatArray:
    """Sorted (m, 5) breakpoints per edge: 0, the peak, the two crossings of R, L.

    Breakpoints that do not apply are set to L (duplicates of the end).
    """
    r = max_distance
    finite = np.isfinite(du) & np.isfinite(dv)
    with np.errstate(invalid="ignore"):
        peak = np.where(finite, np.clip((dv + length - du) / 2, 0.0, length), length)
        up = r - du  # where d(u) + x reaches R, on [0, peak]
        down = length - (r - dv)  # where d(v) + L - x falls to R, on [peak, L]
    up = np.where(finite & (up > 0) & (up < peak), up, length)
    down = np.where(finite & (down > peak) & (down < length), down, length)
    b = np.column_stack([np.zeros(len(du)), peak, up, down, length])
    return np.sort(b, axis=1)


def stretches(network: Network, dist: FloatArray, nearest: IntArray,
              max_distance: float) -> Stretches:
    """Split every edge at its peak and where the field crosses ``max_distance`` (metres)."""
    r = float(max_distance)
    u, v, length = network.edge_u, network.edge_v, network.edge_length
    du, dv = dist[u], dist[v]
    b = _breakpoints(du, dv, length, r)
    keep = np.ones(b.shape, dtype=bool)
    keep[:, 1:4] = (b[:, 1:4] - b[:, 0:3] > PIECE_EPS) & (b[:, 4:5] - b[:, 1:4] > PIECE_EPS)
    rows = np.repeat(np.arange(len(u)), keep.sum(axis=1))
    vals = b[keep]
    cols = np.nonzero(keep)[1]
    link = rows[1:] == rows[:-1]  # position j starts a piece ending at j + 1
    j = np.flatnonzero(link)
    e, a, z = rows[j], vals[j], vals[j + 1]
    # ends: a node at column 0 or 4, else an interior point numbered after the nodes
    n = network.node_count
    point = np.where(cols == 0, u[rows], np.where(cols == 4, v[rows], n + np.arange(len(vals))))
    start_point, end_point = point[j], point[j + 1]

    du, dv, le = du[e], dv[e], length[e]
    with np.errstate(invalid="ignore"):
        fa, fz = _field(du, dv, le, a), _field(du, dv, le, z)
        mid = (a + z) / 2
        from_u = du + mid <= dv + le - mid
        covered = _field(du, dv, le, mid) <= r
    no_source = ~np.isfinite(du)
    dmin = np.where(no_source, np.nan, np.minimum(fa, fz))
    dmax = np.where(no_source, np.nan, np.maximum(fa, fz))
    # analytically exact at a crossing of R: remove rounding noise there
    dmax = np.where(covered, np.minimum(dmax, r), dmax)
    dmin = np.where(~covered & ~no_source, np.maximum(dmin, r), dmin)
    near = np.where(no_source, -1, np.where(from_u, nearest[u[e]], nearest[v[e]]))
    xy, ptr = cut_edges(network, e, a, z)
    return Stretches(
        edge=e, start_offset=a, end_offset=z, length=z - a, dist_min=dmin, dist_max=dmax,
        nearest=near.astype(np.int64), covered=covered, component=network.edge_component[e],
        start_point=start_point, end_point=end_point, xy=xy, ptr=ptr, max_distance=r,
    )


def coverage_totals(network: Network, st: Stretches) -> Dict[str, Union[int, float]]:
    """Headline figures: lengths in metres, coverage in percent of the network length."""
    total = network.total_length
    covered = float(st.length[st.covered].sum())
    finite = np.isfinite(st.dist_max)
    return {
        "network_length_m": total,
        "covered_length_m": covered,
        "coverage_pct": 100.0 * covered / total if total > 0 else 0.0,
        "max_dist_m": float(st.dist_max[finite].max()) if finite.any() else float("nan"),
        "component_count": int(network.component_count),
    }


# --------------------------------------------------------------------------------------------
# Runs: the stretches merged along each input line, band by band
# --------------------------------------------------------------------------------------------


def distance_band(dist_max: FloatArray, max_distance: float) -> IntArray:
    """The band of stretches' largest distance (metres), as the stretches' style draws them:
    0 without a source, 1 up to R / 2, 2 up to R, 3 up to 2 R, 4 beyond."""
    r = float(max_distance)
    band = np.searchsorted(np.array([r / 2, r, 2 * r]), dist_max, side="left") + 1
    return np.where(np.isnan(dist_max), 0, band).astype(np.int64)


@dataclass(eq=False)
class Runs:
    """Maximal runs of consecutive stretches of one input line within one distance band
    (:func:`distance_band`): a region's network in a number of features that follows its
    lines, not its stretches. ``first``: the run's first stretch; ``dist_min``/``dist_max``
    over the run; ``nearest``: the source nearest the run (of its stretch nearest a source);
    ``xy``/``ptr`` hold the merged geometries flat."""

    line: IntArray
    band: IntArray
    first: IntArray
    stretch_count: IntArray
    length: FloatArray
    dist_min: FloatArray
    dist_max: FloatArray
    nearest: IntArray
    covered: BoolArray
    component: IntArray
    xy: FloatArray
    ptr: IntArray

    def __len__(self) -> int:
        return len(self.first)


def stretch_runs(network: Network, st: Stretches) -> Runs:
    """The stretches merged into :class:`Runs`: a run ends where the line, the band or the
    continuity (one stretch ending where the next starts) changes. Lengths per band are the
    stretches' own."""
    line = network.edge_line[st.edge]
    band = distance_band(st.dist_max, st.max_distance)
    head = np.ones(len(st), dtype=bool)
    head[1:] = ((line[1:] != line[:-1]) | (band[1:] != band[:-1])
                | (st.start_point[1:] != st.end_point[:-1]))
    first = np.flatnonzero(head)
    run = np.cumsum(head) - 1
    count = np.diff(np.append(first, len(st)))
    no_source = band[first] == 0
    with np.errstate(invalid="ignore"):
        dist_min = np.minimum.reduceat(st.dist_min, first) if len(first) else np.zeros(0)
        dist_max = np.maximum.reduceat(st.dist_max, first) if len(first) else np.zeros(0)
    # the nearest source: that of the run's stretch nearest a source (the first such)
    nearest_at = np.lexsort((np.nan_to_num(st.dist_min, nan=np.inf), run))[first]
    xy, ptr = walks_xy(st.xy, st.ptr, run, np.arange(len(st)), np.zeros(len(st), dtype=bool),
                       count=len(first))
    return Runs(
        line=line[first], band=band[first], first=first, stretch_count=count,
        length=cast(FloatArray, np.bincount(run, weights=st.length, minlength=len(first))),
        dist_min=np.where(no_source, np.nan, dist_min),
        dist_max=np.where(no_source, np.nan, dist_max),
        nearest=np.where(no_source, -1, st.nearest[nearest_at]), covered=st.covered[first],
        component=st.component[first], xy=xy, ptr=ptr,
    )


# --------------------------------------------------------------------------------------------
# Gaps
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Gap:
    """A maximal connected set of uncovered stretches (metres)."""

    coords: List[FloatArray]  # polylines, merged where pieces chain through degree-2 points
    length: float
    worst_dist: float  # largest distance to a source over the gap; NaN without a source
    component: int
    stretch_index: IntArray  # indices into the Stretches


def gaps(network: Network, st: Stretches) -> List[Gap]:
    """Maximal connected uncovered parts of the network, by decreasing length."""
    unc = np.flatnonzero(~st.covered)
    if len(unc) == 0:
        return []
    a, b = st.start_point[unc], st.end_point[unc]
    ids, inv = np.unique(np.concatenate([a, b]), return_inverse=True)
    k = len(unc)
    graph = sparse.coo_matrix((np.ones(k), (inv[:k], inv[k:])), shape=(len(ids), len(ids)))
    _, label = csgraph.connected_components(graph, directed=False)
    piece_label = label[inv[:k]]
    count = piece_label.max() + 1
    length = np.bincount(piece_label, weights=st.length[unc], minlength=count)
    worst = np.full(count, -np.inf)
    np.maximum.at(worst, piece_label, np.nan_to_num(st.dist_max[unc], nan=-np.inf))
    worst[np.isinf(worst)] = np.nan
    by_label = np.argsort(piece_label, kind="stable")
    bounds = np.searchsorted(piece_label[by_label], np.arange(count + 1))
    first = by_label[bounds[:-1]]
    # one chaining for every gap at once: chains never leave a gap, and each gap's chains come
    # in the order a chaining of its pieces alone gives
    walk, piece, rev = flatten_walks(chains(a, b))
    xy, ptr = walks_xy(st.xy, st.ptr, walk, unc[piece], rev)
    coords = split_flat(xy, ptr)
    walk_start = np.flatnonzero(np.diff(walk, prepend=-1))
    walk_label = piece_label[piece[walk_start]]
    by_walk = np.argsort(walk_label, kind="stable")
    walk_bounds = np.searchsorted(walk_label[by_walk], np.arange(count + 1))
    result = []
    for g in np.lexsort((first, -length)).tolist():
        members = by_label[bounds[g]:bounds[g + 1]]
        idx = unc[members]
        result.append(Gap(coords=[coords[w] for w in by_walk[walk_bounds[g]:walk_bounds[g + 1]]],
                          length=float(length[g]), worst_dist=float(worst[g]),
                          component=int(st.component[idx[0]]), stretch_index=idx))
    return result
