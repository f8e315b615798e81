"""Exact network distance fields: stretches, gaps and greedy site suggestions.

Pure numpy/scipy (no QGIS); distances in metres along the undirected network.

The field is exact, not sampled. One multi-source Dijkstra gives d at the nodes; on an edge
(u, v) of length L, the point at offset x from u lies at min(d(u) + x, d(v) + L - x). The two
fronts meet at the peak x* = (d(v) + L - d(u)) / 2; on either side of it the field is linear
with slope +1 or -1. Sources inside an edge must first become nodes (``network.split_at``).

Coverage within a radius R has a simple shape: on an edge, the covered offsets are a prefix
[0, R - d(u)] and a suffix [L - (R - d(v)), L], so the uncovered part is one middle interval
whose length depends only on d(u) and d(v). Adding a site c changes d to min(d, dc), which
gives exact gains by interval arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Dict, List, NamedTuple, Optional, Tuple, Union

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from .graph import Network, SegmentIndex, chains, cut_edges, flatten_walks, ranges, walks_xy

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
        return np.split(self.xy, self.ptr[1:-1]) if len(self.edge) else []


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
    result = []
    for g in np.lexsort((first, -length)).tolist():
        members = by_label[bounds[g]:bounds[g + 1]]
        idx = unc[members]
        walk, piece, rev = flatten_walks(chains(st.start_point[idx], st.end_point[idx]))
        xy, ptr = walks_xy(st.xy, st.ptr, walk, idx[piece], rev)
        coords = np.split(xy, ptr[1:-1])
        result.append(Gap(coords=coords, length=float(length[g]), worst_dist=float(worst[g]),
                          component=int(st.component[idx[0]]), stretch_index=idx))
    return result


# --------------------------------------------------------------------------------------------
# Greedy suggestions
# --------------------------------------------------------------------------------------------


@dataclass
class Suggestion:
    """A proposed site. ``gain_m``: uncovered metres it brings within reach, given the sites
    ranked before it; ``covered_after_m``/``coverage_after_pct``: network coverage with it."""

    rank: int
    node: int
    candidate: int  # index into candidate_nodes
    x: float
    y: float
    gain_m: float
    covered_after_m: float
    coverage_after_pct: float


def _reach(d: FloatArray, r: float) -> FloatArray:
    """How far beyond a node at distance d from a site its coverage extends along an edge:
    max(R - d, 0), and 0 where d is inf (metres)."""
    if np.isfinite(r):
        out = np.subtract(r, d)  # inf gives -inf, clipped to 0
        return np.maximum(out, 0.0, out=out)
    return np.where(np.isfinite(d), np.inf, 0.0)


def _uncovered(length: FloatArray, du: FloatArray, dv: FloatArray, r: float) -> FloatArray:
    """Uncovered metres of edges whose ends are at du, dv from the nearest site."""
    return np.maximum(length - _reach(du, r) - _reach(dv, r), 0.0)


# the distances from one candidate: (nodes, distances within R)
_Row = Tuple[IntArray, FloatArray]


class _ChunkGrid(NamedTuple):
    """The uncovered edges' chunks on a grid, for the gains' upper bounds (see ``_grid``)."""

    edges: IntArray
    owner: IntArray
    chunk_lo: FloatArray
    chunk_hi: FloatArray
    cell: IntArray
    chunk_ptr: IntArray
    origin: FloatArray
    size: float
    nx: int
    reach: float


class _Greedy:
    """State of the greedy ranking: node distances to the nearest site, and exact gains."""

    def __init__(self, network: Network, dist: ArrayLike, r: float) -> None:
        self.net = network
        self.r = r
        self.d = np.array(dist, dtype=float)
        self.adj = network.adjacency()
        self.tree = cKDTree(network.node_xy)

    def uncovered(self) -> FloatArray:
        net = self.net
        return _uncovered(net.edge_length, self.d[net.edge_u], self.d[net.edge_v], self.r)

    def reach_uncovered(self, cand: IntArray) -> IntArray:
        """Candidates that can reach an uncovered point within R (one Dijkstra).

        A super-source is linked to both ends of every edge's uncovered interval, at the
        distance from that end into the interval plus a constant (csgraph ignores zero
        weights).
        """
        net, r = self.net, self.r
        unc = self.uncovered()
        e = np.flatnonzero(unc > 0)
        if len(e) == 0:
            return cand[:0]
        into_u = _reach(self.d[net.edge_u[e]], r)
        into_v = _reach(self.d[net.edge_v[e]], r)
        n = net.node_count
        shift = 1.0
        ends = np.concatenate([net.edge_u[e], net.edge_v[e]])
        w = np.concatenate([into_u, into_v]) + shift
        order = np.lexsort((w, ends))  # shortest link per node: csr would sum duplicates
        ends, w = ends[order], w[order]
        head = np.ones(len(ends), dtype=bool)
        head[1:] = ends[1:] != ends[:-1]
        link = sparse.csr_matrix((w[head], (np.full(head.sum(), n), ends[head])),
                                 shape=(n + 1, n + 1))
        graph = sparse.bmat([[self.adj, None], [None, sparse.csr_matrix((1, 1))]]).tocsr()
        g = csgraph.dijkstra(graph + link, directed=True, indices=n)[:n] - shift
        return cand[g[cand] < r]

    def gains(self, cand: IntArray) -> FloatArray:
        """Exact gains (metres) of candidate nodes."""
        return self._gains(cand, False)[0]

    def _gains(self, cand: IntArray, keep_row: bool) -> Tuple[FloatArray, Optional[_Row]]:
        """Exact gains (metres) of candidate nodes; with keep_row, also the distances from a
        single candidate as (nodes, distances) within R (else None).

        Candidates are grouped in square tiles; each group runs a limited Dijkstra on the nodes
        within R (plus the tile's half diagonal) of its tile centre, which holds every path of
        length <= R from its candidates.
        """
        net, r = self.net, self.r
        out = np.zeros(len(cand))
        row = None
        xy = net.node_xy[cand]
        span = np.ptp(net.node_xy, axis=0).max() if net.node_count else 0.0
        whole = not np.isfinite(r) or r >= span
        tile = max(r * TILE_FRACTION, 1e-9) if not whole else 1.0
        if not whole and len(cand):
            area = max(np.prod(np.ptp(xy, axis=0)), tile * tile)
            tile = max(tile, float(np.sqrt(area * TILE_CANDIDATES / len(cand))))
        cell = np.zeros((len(cand), 2), np.int64) if whole else np.floor(xy / tile).astype(
            np.int64)
        order = np.lexsort((cell[:, 1], cell[:, 0]))
        head = np.ones(len(order), dtype=bool)
        head[1:] = (cell[order][1:] != cell[order][:-1]).any(axis=1)
        bounds = np.concatenate([np.flatnonzero(head), [len(order)]])
        for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            group = order[lo:hi]
            if whole:
                sub = np.arange(net.node_count)
            else:
                centre = (cell[group[0]] + 0.5) * tile
                sub = np.sort(self.tree.query_ball_point(centre, r + tile * 0.7072 + 1e-6))
            res = self._tile_gains(cand[group], sub, keep_row)
            out[group] = res[0]
            if keep_row:
                row = res[1]
        return out, row

    def _tile_gains(self, cand: IntArray, sub: IntArray,
                    keep_row: bool) -> Tuple[FloatArray, Optional[_Row]]:
        """Gains of candidates whose R-balls lie within the node set ``sub`` (sorted)."""
        r = self.r
        net = self.net
        adj = self.adj[sub][:, sub]
        iptr, iedge = net.incidence
        edges = np.unique(iedge[ranges(iptr[sub], iptr[sub + 1] - iptr[sub])])
        eu, ev, le = net.edge_u[edges], net.edge_v[edges], net.edge_length[edges]
        # the edges' ends: sub first, then a fringe of nodes out of reach of these candidates
        fringe = np.setdiff1d(np.concatenate([eu, ev]), sub, assume_unique=False)
        ends = np.concatenate([sub, fringe])
        sorter = np.argsort(ends)
        pu = sorter[np.searchsorted(ends, eu, sorter=sorter)]
        pv = sorter[np.searchsorted(ends, ev, sorter=sorter)]
        reach_now = _reach(self.d[ends], r)
        before = np.maximum(le - reach_now[pu] - reach_now[pv], 0.0).sum()
        gains = np.zeros(len(cand))
        row = None
        step = max(1, int(2_000_000 // max(len(ends), len(edges), 1)))
        ns = len(sub)
        for k in range(0, len(cand), step):
            idx = np.searchsorted(sub, cand[k:k + step])
            dk = csgraph.dijkstra(adj, directed=True, indices=idx, limit=r)
            if keep_row:
                row = (sub, dk[0].copy())
            # reach after adding the site: the larger of the current one and R - dc
            reach = np.repeat(reach_now[None, :], len(idx), axis=0)
            np.maximum(reach[:, :ns], _reach(dk, r), out=reach[:, :ns])
            unc = le - reach[:, pu]
            unc -= reach[:, pv]
            np.maximum(unc, 0.0, out=unc)
            gains[k:k + step] = before - unc.sum(axis=1)
        return gains, row

    def add_site(self, node: int) -> float:
        """Make ``node`` a site; returns its exact gain."""
        gain, row = self._gains(np.array([node]), True)
        assert row is not None  # one candidate, keep_row: its row
        sub, dk = row
        self.d[sub] = np.minimum(self.d[sub], dk)
        return float(gain[0])

    def bounds(self, cand: IntArray) -> FloatArray:
        """Upper bounds of the gains of candidates, cheap: the uncovered length of their
        component, and, for more than FIRST_BATCH candidates (fewer cost less to compute
        exactly than the grid), of the network's chunks whose centres lie within R (plus the
        chunks' reach) of them, summed over grid cells (a square holds the disk, and network
        distance is at least the straight-line distance)."""
        net, r = self.net, self.r
        unc = self.uncovered()
        comp = np.bincount(net.edge_component, weights=unc, minlength=net.component_count)
        ub = comp[net.node_component[cand]]
        grid = self._grid if np.isfinite(r) and len(cand) > FIRST_BATCH else None
        if grid is not None:
            ub = np.minimum(ub, self._grid_bounds(cand, grid))
        return ub

    def _intervals(self, edges: IntArray) -> Tuple[FloatArray, FloatArray]:
        """The uncovered interval [lo, hi] of ``edges``, offsets in metres (empty: hi <= lo).
        Intervals only shrink as sites are added: d only decreases."""
        net, r = self.net, self.r
        return (_reach(self.d[net.edge_u[edges]], r),
                net.edge_length[edges] - _reach(self.d[net.edge_v[edges]], r))

    @cached_property
    def _grid(self) -> Optional[_ChunkGrid]:
        """What the grid bounds keep from one pick to the next, for the edges uncovered now
        (the only ones that can be later): their chunks (``net.segment_index`` of those edges
        alone; edge ``edges[k]``'s are ``chunk_ptr[k]:chunk_ptr[k + 1]``), each chunk's
        offsets on its edge and grid cell, and the grid's origin, cell size and width. None
        when the network is covered."""
        net, r = self.net, self.r
        lo, hi = self._intervals(np.arange(net.edge_count))
        edges = np.flatnonzero(hi > lo)
        if len(edges) == 0:
            return None
        ptr = net.edge_ptr
        vertices = ranges(ptr[edges], ptr[edges + 1] - ptr[edges])
        index = SegmentIndex(net.edge_xy[vertices],
                             np.concatenate([[0], np.cumsum(ptr[edges + 1] - ptr[edges])]))
        seg = index.chunk_seg
        s0 = net.vertex_chainage[vertices[index.start[seg]]]
        sl = index.length[seg]
        reach = r + index.reach
        lowest = np.minimum(net.node_xy.min(axis=0), index.chunk_xy.min(axis=0))
        highest = np.maximum(net.node_xy.max(axis=0), index.chunk_xy.max(axis=0))
        origin = lowest - reach
        extent = (highest - lowest).max() + 2 * reach
        size = max(reach / 2, extent / 1000)
        nx = int(extent // size) + 2
        cxy = np.floor((index.chunk_xy - origin) / size).astype(np.int64)
        chunk_ptr = np.searchsorted(index.owner[seg], np.arange(len(edges) + 1))
        return _ChunkGrid(edges, index.owner[seg], s0 + index.chunk_lo * sl,
                          s0 + index.chunk_hi * sl, cxy[:, 0] * nx + cxy[:, 1], chunk_ptr,
                          origin, size, nx, reach)

    def _grid_bounds(self, cand: IntArray, chunks: _ChunkGrid) -> FloatArray:
        net = self.net
        edges, owner, c_lo, c_hi, cell, chunk_ptr, origin, size, nx, reach = chunks
        # uncovered interval of each edge, intersected with each chunk's offsets: only the
        # chunks of edges with an uncovered part weigh anything
        lo_e, hi_e = self._intervals(edges)
        open_ = np.flatnonzero(hi_e > lo_e)
        ch = ranges(chunk_ptr[open_], chunk_ptr[open_ + 1] - chunk_ptr[open_])
        ce = owner[ch]
        w = np.maximum(np.minimum(hi_e[ce], c_hi[ch]) - np.maximum(lo_e[ce], c_lo[ch]), 0.0)
        w = np.ceil(w * 10.0**GAIN_DECIMALS)  # whole micrometres: exact integer sums below
        hist = np.bincount(cell[ch], weights=w, minlength=nx * nx)
        hist = np.rint(hist).astype(np.int64)
        sat = np.zeros((nx + 1, nx + 1), dtype=np.int64)
        sat[1:, 1:] = hist.reshape(nx, nx).cumsum(axis=0).cumsum(axis=1)
        pxy = net.node_xy[cand]
        lo = np.floor((pxy - reach - origin) / size).astype(np.int64).clip(0, nx)
        hi = (np.floor((pxy + reach - origin) / size).astype(np.int64) + 1).clip(0, nx)
        grid = (sat[hi[:, 0], hi[:, 1]] - sat[lo[:, 0], hi[:, 1]] - sat[hi[:, 0], lo[:, 1]]
                + sat[lo[:, 0], lo[:, 1]])
        return grid / 10.0**GAIN_DECIMALS


def _rounded(x: FloatArray) -> FloatArray:
    return np.round(x, GAIN_DECIMALS)


def suggest_sites(network: Network, dist: ArrayLike, max_distance: float,
                  candidate_nodes: ArrayLike, count: int) -> List[Suggestion]:
    """Rank up to ``count`` candidate nodes greedily by the uncovered metres they bring within
    ``max_distance`` of a site, given the existing sources (node distances ``dist``) and the
    sites ranked before. Ties go to the lowest candidate index; stops when no gain is left.

    Lazy greedy: gains only decrease as sites are added, so a stale gain (or a cheap upper
    bound) is an upper bound; the best candidate is picked once its fresh exact gain beats
    every other bound. Exact gains are computed in batches (growing while a pick needs more
    of them); a pick leaves the gains of candidates more than 2R away (straight line)
    unchanged.
    """
    r = float(max_distance)
    n = network.node_count
    cand = np.asarray(candidate_nodes, dtype=np.int64).reshape(-1)
    if count <= 0 or network.edge_count == 0 or not r > 0 or len(cand) == 0:
        return []
    valid = np.flatnonzero((cand >= 0) & (cand < n))
    nodes, first = np.unique(cand[valid], return_index=True)
    index = valid[first]  # candidate index of each distinct node (first occurrence)
    order = np.argsort(index)
    nodes, index = nodes[order], index[order]
    state = _Greedy(network, dist, r)
    useful = state.reach_uncovered(nodes)
    keep = np.isin(nodes, useful)
    nodes, index = nodes[keep], index[keep]
    bound = _rounded(state.bounds(nodes))
    fresh = np.zeros(len(nodes), dtype=bool)
    total = network.total_length
    batch = FIRST_BATCH
    result: List[Suggestion] = []
    while len(result) < count and len(nodes):
        key = np.lexsort((index, -bound))
        top = key[0]
        if bound[top] <= 0:
            break
        if not fresh[top]:
            stale = key[:np.argmax(fresh[key])] if fresh.any() else key
            todo = stale[:batch]
            bound[todo] = _rounded(state.gains(nodes[todo]))
            fresh[todo] = True
            batch = min(batch * 4, 32768)
            continue
        node = int(nodes[top])
        gain = state.add_site(node)
        batch = FIRST_BATCH  # the next pick most often needs only a few exact gains
        covered = total - float(state.uncovered().sum())
        x, y = network.node_xy[node].tolist()
        result.append(Suggestion(
            rank=len(result) + 1, node=node, candidate=int(index[top]), x=x, y=y, gain_m=gain,
            covered_after_m=covered,
            coverage_after_pct=100.0 * covered / total if total > 0 else 0.0,
        ))
        rest = np.arange(len(nodes)) != top
        nodes, index, bound, fresh = nodes[rest], index[rest], bound[rest], fresh[rest]
        gap = np.hypot(*(network.node_xy[nodes] - network.node_xy[node]).T)
        fresh &= gap > 2 * r * (1 + 1e-9) + 1e-6  # farther ones keep their exact gains
        stale = np.flatnonzero(~fresh)  # their last gain stays a bound: gains only decrease
        bound[stale] = np.minimum(bound[stale], _rounded(state.bounds(nodes[stale])))
    return result
