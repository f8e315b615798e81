"""A line network as a graph: noding, snapping, linear referencing and diagnostics.

Pure numpy/scipy (no QGIS). Coordinates and every distance are metres in a metric CRS.

Noding rules of :func:`build_network` (``tol`` is ``snap_tolerance``):

1. Consecutive duplicate vertices of a line are removed. A line left with a single distinct
   vertex has zero length: it is reported as collapsed and ignored; an empty line is counted in
   ``empty_lines``.
2. Candidate node points are
   (a) both ends of every line;
   (b) every vertex that lies within ``tol`` of a vertex of another line (exact coincidence when
       ``tol`` is 0): OpenStreetMap ways join at shared interior vertices. A line touching itself
       counts too, when the two vertices are more than ``tol`` apart along the line;
   (c) (unless ``t_junctions`` is false)
       for a line end that lies within ``tol`` of the interior of a segment of another line (a
       T-junction digitised without a vertex), the projection of that end onto the segment, which
       becomes a new vertex of that line. Only the nearest segment of each other line counts, and
       not when the end is already within ``tol`` of that segment's own vertices (rule (b)
       joins them). The line itself counts when the touching point is more than ``tol`` away
       along the line.
3. Candidates within ``tol`` of each other are merged into one node, transitively (union-find
   over the pairs found by a k-d tree). The node sits on its first candidate in input order
   (line order, then along the line), and the end vertices of edges are moved onto it exactly.
4. Lines that cross without a shared vertex are not connected.
5. Each line is split at its node vertices into edges, oriented like the line. An edge that
   collapses when its ends are merged (zero length, or a loop lying entirely within ``tol`` of
   its node) is dropped and recorded (``collapsed_*``). Nodes left without an edge are dropped.

Node and edge numbering is deterministic: nodes in order of their first candidate, edges in line
order then along the line. Components are numbered by decreasing total length.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from typing import List, NamedTuple, Optional, Sequence, Tuple, cast

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray, SparseMatrix, as_points

SPLIT_TOLERANCE = 1e-6  # metres: located points this close to a node (or each other) share it

# pieces dropped while building: (where (k, 2), length before snapping, input line)
Collapsed = Tuple[FloatArray, FloatArray, IntArray]


# --------------------------------------------------------------------------------------------
# Flat polyline storage helpers: many polylines in one (V, 2) array delimited by ``ptr``.
# --------------------------------------------------------------------------------------------


def ranges(starts: ArrayLike, counts: ArrayLike) -> IntArray:
    """Concatenation of ``arange(s, s + c)`` for every pair, without a Python loop."""
    first = np.asarray(starts, dtype=np.int64)
    count = np.asarray(counts, dtype=np.int64)
    total = int(count.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(count) - count
    return np.arange(total, dtype=np.int64) + np.repeat(first - offsets, count)


def split_flat(xy: FloatArray, ptr: IntArray) -> List[FloatArray]:
    """The polylines stored flat as a list of views (``np.split`` costs a few microseconds a
    piece more: seconds for the pieces of a region)."""
    bounds = np.asarray(ptr).tolist()
    return [xy[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def chainage(xy: FloatArray, ptr: IntArray) -> FloatArray:
    """Distance (metres) of every vertex from the start of its polyline.

    Summed row by row for polylines of equal vertex count, so that each polyline's chainage is
    exact to its own magnitude (a global cumulative sum would carry the error of the whole
    network's length).
    """
    ch = np.zeros(len(xy))
    if len(xy) < 2:
        return ch
    seg = np.hypot(xy[1:, 0] - xy[:-1, 0], xy[1:, 1] - xy[:-1, 1])
    counts = np.diff(ptr)
    starts = ptr[:-1]
    for k in np.unique(counts):
        if k < 2:
            continue
        rows = starts[counts == k][:, None] + np.arange(k - 1)
        ch[rows + 1] = np.cumsum(seg[rows], axis=1)
    return ch


def _owner(ptr: IntArray) -> IntArray:
    """Index of the polyline owning each flat vertex."""
    return np.repeat(np.arange(len(ptr) - 1, dtype=np.int64), np.diff(ptr))


def _drop_repeats(xy: FloatArray, ptr: IntArray) -> Tuple[FloatArray, IntArray]:
    """Remove consecutive duplicate vertices inside each polyline; returns (xy, ptr)."""
    if len(xy) == 0:
        return xy, ptr
    first = np.zeros(len(xy), dtype=bool)
    first[ptr[:-1][np.diff(ptr) > 0]] = True
    points = as_points(xy)
    repeat = np.zeros(len(xy), dtype=bool)
    np.equal(points[1:], points[:-1], out=repeat[1:])
    keep = first | ~repeat
    if keep.all():
        return xy, ptr
    counts = np.bincount(_owner(ptr)[keep], minlength=len(ptr) - 1)
    return xy[keep], np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


def project(points: FloatArray, a: FloatArray,
            b: FloatArray) -> Tuple[FloatArray, FloatArray, FloatArray]:
    """Orthogonal projection of points onto segments [a, b] (row-wise).

    Returns (t, xy, distance): the parameter in [0, 1], the projected point, and its distance
    (metres). ``a * (1 - t) + b * t`` gives the segment ends exactly at t = 0 and t = 1.
    """
    d = b - a
    rel = points - a  # small numbers: the distance keeps its precision far from the origin
    den = (d * d).sum(axis=1)
    num = (rel * d).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(den > 0, num / den, 0.0)
    t = np.clip(t, 0.0, 1.0)
    xy = a * (1.0 - t)[:, None] + b * t[:, None]
    off = rel - d * t[:, None]
    return t, xy, np.hypot(off[:, 0], off[:, 1])


def fast_tree(xy: FloatArray) -> cKDTree:
    """A k-d tree built for a few queries: unbalanced, uncompacted nodes build twice as fast
    and query as fast on map coordinates."""
    return cKDTree(xy, balanced_tree=False, compact_nodes=False)


class SegmentIndex:
    """Spatial index of the segments of flat polylines, for nearest-segment queries.

    Each segment is cut into chunks no longer than the mean segment length; a k-d tree holds
    the chunk centres. Every point of a segment lies within ``reach`` metres of one of its
    chunk centres, so a ball of radius r + reach around a point finds every segment within r.
    """

    def __init__(self, xy: FloatArray, ptr: IntArray) -> None:
        last = np.zeros(len(xy), dtype=bool)
        last[ptr[1:][np.diff(ptr) > 0] - 1] = True
        start = np.flatnonzero(~last)
        self.start = start  # flat index of each segment's first vertex
        self.owner = _owner(ptr)[start]  # polyline of each segment
        self.a = xy[start]
        self.b = xy[start + 1]
        self.length = np.hypot(*(self.b - self.a).T) if len(start) else np.zeros(0)

    # chunks and tree are built on first use: many callers need only the segment arrays
    @cached_property
    def _chunks(self) -> Tuple[IntArray, FloatArray, FloatArray, FloatArray, float]:
        chunk = max(float(self.length.mean()), 1e-9)
        n = np.maximum(np.ceil(self.length / chunk), 1).astype(np.int64)
        seg = np.repeat(np.arange(len(self.start), dtype=np.int64), n)
        k = np.arange(len(seg)) - np.repeat(np.cumsum(n) - n, n)
        frac = ((k + 0.5) / n[seg])[:, None]
        xy = self.a[seg] * (1.0 - frac) + self.b[seg] * frac
        # chunk extent as a fraction of its segment
        return seg, k / n[seg], (k + 1) / n[seg], xy, float((self.length / (2 * n)).max())

    @property
    def chunk_seg(self) -> IntArray:
        return self._chunks[0]

    @property
    def chunk_lo(self) -> FloatArray:
        return self._chunks[1]

    @property
    def chunk_hi(self) -> FloatArray:
        return self._chunks[2]

    @property
    def chunk_xy(self) -> FloatArray:
        return self._chunks[3]

    @property
    def reach(self) -> float:
        return self._chunks[4]

    @cached_property
    def tree(self) -> Optional[cKDTree]:
        return fast_tree(self.chunk_xy) if len(self.start) else None

    def candidates(self, points: FloatArray, radius: ArrayLike) -> Tuple[IntArray, IntArray]:
        """(point, segment) pairs with the segment possibly within ``radius`` of the point.

        ``radius`` is a scalar or one value per point (metres). Pairs are unique.
        """
        if self.tree is None or len(points) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        r = np.asarray(radius, dtype=float) + self.reach * (1 + 1e-9) + 1e-9
        if r.ndim == 0:
            # one radius: a dual-tree search in C, no Python list per point
            pairs = fast_tree(points).sparse_distance_matrix(self.tree, float(r),
                                                           output_type="ndarray")
            pt, chunks = pairs["i"].astype(np.int64), pairs["j"].astype(np.int64)
        else:
            hits = self.tree.query_ball_point(points, r=r, return_sorted=False)
            counts = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
            chunks = np.fromiter(
                (c for h in hits for c in h), dtype=np.int64, count=int(counts.sum())
            )
            pt = np.repeat(np.arange(len(points), dtype=np.int64), counts)
        key = np.unique(pt * len(self.start) + self.chunk_seg[chunks])
        return key // len(self.start), key % len(self.start)

    def near(self, points: ArrayLike, radius: float) -> Tuple[IntArray, IntArray]:
        """:meth:`candidates` for one small radius, on a grid instead of a tree: no chunk
        centres and no tree to build, for a single query such as the T-junction search.

        The points mark the cells of a grid (a byte per cell); a segment whose box, grown by
        ``radius``, touches no marked cell is left at once, and the others are paired with
        the points of the marked cells they touch. For few points, the polylines' boxes are
        looked up first, and only the segments of those near a point.
        """
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if len(self.start) == 0 or len(points) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        r = float(radius) + 1e-6  # a micrometre more: rounding at the cells' edges
        first, stop, low, high = self._polylines
        if 4 * len(points) < len(first):
            pt, box = _grid_pairs(points, low, high, r, 2.0 * float((high - low).mean()))
            count = stop[box] - first[box]
            seg = ranges(first[box], count)
            pt = np.repeat(pt, count)
            p = points[pt]
            a, b = self.a[seg], self.b[seg]
            inside = ((p >= np.minimum(a, b) - r) & (p <= np.maximum(a, b) + r)).all(axis=1)
            pt, seg = pt[inside], seg[inside]
        else:
            pt, seg = _grid_pairs(points, self.a, self.b, r, 2.0 * float(self.length.mean()))
        return pt, seg  # unique: a point lies in one cell, a box lists a cell once

    @cached_property
    def _polylines(self) -> Tuple[IntArray, IntArray, FloatArray, FloatArray]:
        """(first segment, end of the segments, low corner, high corner) of each polyline
        that has segments (the segments come polyline by polyline)."""
        first = np.flatnonzero(np.diff(self.owner, prepend=-1))
        stop = np.append(first[1:], len(self.owner))
        if len(first) == 0:
            return first, stop, np.zeros((0, 2)), np.zeros((0, 2))
        low = np.minimum.reduceat(np.minimum(self.a, self.b), first)
        high = np.maximum.reduceat(np.maximum(self.a, self.b), first)
        return first, stop, low, high

    def nearest(self, points: FloatArray) -> Tuple[IntArray, FloatArray, FloatArray, FloatArray]:
        """Nearest segment of each point: (segment, t, xy, distance). Ties: lowest segment.

        A few points (fewer than a quarter of the polylines) with a segment within a few mean
        segment lengths (then 4 and 16 times as far) are answered on a grid of the polylines'
        boxes; the others by the k-d tree of the chunks, built for them only (at region scale
        the tree costs seconds)."""
        if len(self.start) == 0:
            raise ValueError("nearest segment of an index without segments")
        seg_out = np.zeros(len(points), dtype=np.int64)
        t_out, dist_out, xy_out = np.zeros(len(points)), np.zeros(len(points)), np.zeros(
            (len(points), 2))
        todo = np.arange(len(points))
        radius = 4.0 * max(float(self.length.mean()), 1e-6)
        # the grid for a few points (aires on a region's network); a tree, for many points or
        # once built, serves them all
        few = "tree" not in self.__dict__ and 4 * len(points) < len(self._polylines[0])
        for _ in range(3 if few else 0):
            if len(todo) == 0:
                return seg_out, t_out, xy_out, dist_out
            pt, seg = self.near(points[todo], radius)
            t, xy, dist = project(points[todo[pt]], self.a[seg], self.b[seg])
            best = _group_argmin(pt, dist, seg)
            found = best[dist[best] <= radius]  # every segment within radius was a candidate
            at = todo[pt[found]]
            seg_out[at], t_out[at], xy_out[at], dist_out[at] = seg[found], t[found], xy[
                found], dist[found]
            todo = np.setdiff1d(todo, at)
            radius *= 4.0
        if len(todo):
            tree = self.tree
            assert tree is not None
            d0, _ = tree.query(points[todo])
            pt, seg = self.candidates(points[todo], d0)
            t, xy, dist = project(points[todo[pt]], self.a[seg], self.b[seg])
            first = _group_argmin(pt, dist, seg)
            at = todo[pt[first]]
            seg_out[at], t_out[at], xy_out[at], dist_out[at] = seg[first], t[first], xy[
                first], dist[first]
        return seg_out, t_out, xy_out, dist_out


MAX_GRID_CELLS = 1 << 26  # cells of a point grid (a byte each): coarser cells beyond


class _PointGrid:
    """Points in the cells of a square grid covering them and the points ``low`` and ``high``
    (rows: box corners or segment ends) grown by ``margin`` (metres); cells at least ``size``
    wide, and fewer than MAX_GRID_CELLS.
    ``marked`` flags the cells holding a point; ``keys`` are the points' cells, sorted, and
    ``order`` the points in that order."""

    def __init__(self, points: FloatArray, low: FloatArray, high: FloatArray, margin: float,
                 size: float) -> None:
        lowest = np.minimum(low.min(axis=0), high.min(axis=0))
        highest = np.maximum(low.max(axis=0), high.max(axis=0))
        self.origin = np.minimum(points.min(axis=0), lowest) - margin
        extent = np.maximum(points.max(axis=0), highest) + margin - self.origin
        self.size = max(size, 2.0 * margin, float(np.sqrt(extent[0] * extent[1]
                                                            / MAX_GRID_CELLS)), 1e-9)
        self.rows = int(extent[1] // self.size) + 1
        cells = (int(extent[0] // self.size) + 1) * self.rows
        key = self.key(_cell(points, self.origin, self.size))
        self.order = np.argsort(key, kind="stable")
        self.keys = key[self.order]
        self.marked = np.zeros(cells, dtype=bool)
        self.marked[key] = True

    def key(self, cell: IntArray) -> IntArray:
        """The index of cells (column, row)."""
        return cell[:, 0] * self.rows + cell[:, 1]

    def _column(self, values: FloatArray, axis: int, shift: float) -> IntArray:
        """Grid column (axis 0) or row (axis 1) of coordinates moved by ``shift``, as int32: a
        region's boxes make arrays of millions, and their memory is what they cost."""
        cell = values + (shift - self.origin[axis])
        cell /= self.size
        return np.floor(cell, out=cell).astype(np.int32)

    def marked_cells(self, a: FloatArray, b: FloatArray,
                     margin: float) -> Tuple[IntArray, IntArray]:
        """(box, cell) pairs of the marked cells each box touches: the boxes of the segments
        ``a``-``b`` (rows of points), grown by ``margin``."""
        lx = self._column(np.minimum(a[:, 0], b[:, 0]), 0, -margin)
        ly = self._column(np.minimum(a[:, 1], b[:, 1]), 1, -margin)
        wide = self._column(np.maximum(a[:, 0], b[:, 0]), 0, margin) - lx
        tall = self._column(np.maximum(a[:, 1], b[:, 1]), 1, margin) - ly
        key = lx * np.int32(self.rows) + ly
        del lx, ly
        small = (wide <= 1) & (tall <= 1)
        # a box of at most 2 x 2 cells touches its corners' cells: the lower left one, and
        # the others where it is wider or taller than one cell
        boxes = [np.flatnonzero(small & self.marked[key])]
        cells = [key[boxes[0]].astype(np.int64)]
        right, up = np.flatnonzero(small & (wide == 1)), np.flatnonzero(small & (tall == 1))
        both = right[tall[right] == 1]
        for box, shift in ((right, self.rows), (up, 1), (both, self.rows + 1)):
            corner = key[box].astype(np.int64) + shift
            hit = self.marked[corner]
            boxes.append(box[hit])
            cells.append(corner[hit])
        large = np.flatnonzero(~small)
        span_x, span_y = wide[large].astype(np.int64) + 1, tall[large].astype(np.int64) + 1
        count = span_x * span_y
        box = np.repeat(np.arange(len(large)), count)
        j = np.arange(len(box)) - np.repeat(np.cumsum(count) - count, count)
        cell = key[large[box]].astype(np.int64) + (j % span_x[box]) * self.rows + j // span_x[
            box]
        hit = self.marked[cell]
        return (np.concatenate(boxes + [large[box[hit]]]), np.concatenate(cells + [cell[hit]]))

    def points_in(self, cell: IntArray, box: IntArray) -> Tuple[IntArray, IntArray]:
        """(point, box) pairs of the points in each listed (box, cell)."""
        first = np.searchsorted(self.keys, cell, side="left")
        hits = np.searchsorted(self.keys, cell, side="right") - first
        return self.order[ranges(first, hits)], np.repeat(box, hits)


def _grid_pairs(points: FloatArray, a: FloatArray, b: FloatArray, margin: float, size: float,
                extent: Optional[Tuple[FloatArray, FloatArray]] = None) -> Tuple[IntArray,
                                                                                IntArray]:
    """(point, box) pairs, each once, of the points in the cells of a grid (cells at least
    ``size`` wide) that the boxes of ``a[i]``-``b[i]`` grown by ``margin`` touch. ``extent``:
    the (low, high) corners the grid must cover besides the points, the boxes by default."""
    low, high = extent if extent is not None else (a, b)
    grid = _PointGrid(points, low, high, margin, size)
    box, cell = grid.marked_cells(a, b, margin)
    return grid.points_in(cell, box)


def _cell(xy: FloatArray, origin: FloatArray, size: float) -> IntArray:
    """Grid cell (column, row) of points."""
    xy = xy - origin
    xy /= size
    return np.floor(xy, out=xy).astype(np.int64)


def _group_argmin(group: IntArray, value: FloatArray, tiebreak: IntArray) -> IntArray:
    """Index of the smallest value in each group (groups sorted ascending in the result)."""
    order = np.lexsort((tiebreak, value, group))
    g = group[order]
    head = np.ones(len(order), dtype=bool)
    head[1:] = g[1:] != g[:-1]
    return order[head]


# --------------------------------------------------------------------------------------------
# The network
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Network:
    """An undirected graph of polyline edges (metres).

    ``edge_xy`` holds every edge's vertices flat; edge k is ``edge_xy[edge_ptr[k]:edge_ptr[k+1]]``
    (also ``edge_coords[k]``), oriented from ``edge_u`` to ``edge_v``, its ends exactly on the
    nodes. ``edge_parent``/``edge_start_offset``/``edge_end_offset`` place each edge on the edge
    of the network it was split from (itself, 0 and its length, for a freshly built network).
    Components are numbered 0.. by decreasing ``component_length`` (ties: lowest edge first).
    ``collapsed_xy``/``_length``/``_line`` describe the pieces dropped while building (zero-
    length lines, edges collapsed by snapping: where, how long before snapping, which input
    line); ``empty_lines`` counts input lines without any vertex.
    """

    node_xy: FloatArray
    edge_u: IntArray
    edge_v: IntArray
    edge_xy: FloatArray = field(repr=False)
    edge_ptr: IntArray = field(repr=False)
    edge_line: IntArray = field(repr=False)
    edge_length: FloatArray = field(repr=False)
    vertex_chainage: FloatArray = field(repr=False)
    edge_parent: IntArray = field(repr=False)
    edge_start_offset: FloatArray = field(repr=False)
    edge_end_offset: FloatArray = field(repr=False)
    node_degree: IntArray = field(repr=False)
    node_component: IntArray = field(repr=False)
    edge_component: IntArray = field(repr=False)
    component_count: int
    component_length: FloatArray
    snap_tolerance: float = 0.0
    collapsed_xy: FloatArray = field(default_factory=lambda: np.zeros((0, 2)), repr=False)
    collapsed_length: FloatArray = field(default_factory=lambda: np.zeros(0), repr=False)
    collapsed_line: IntArray = field(
        default_factory=lambda: np.zeros(0, dtype=np.int64), repr=False
    )
    empty_lines: int = 0

    @property
    def node_count(self) -> int:
        return len(self.node_xy)

    @property
    def edge_count(self) -> int:
        return len(self.edge_u)

    @property
    def total_length(self) -> float:
        """Sum of edge lengths, metres."""
        return float(self.edge_length.sum())

    @property
    def collapsed_edges(self) -> int:
        """Number of zero-length lines and edges collapsed by snapping (dropped)."""
        return len(self.collapsed_length)

    @cached_property
    def edge_coords(self) -> List[FloatArray]:
        """Per-edge (k, 2) vertex arrays (views into ``edge_xy``)."""
        return split_flat(self.edge_xy, self.edge_ptr)

    @cached_property
    def vertex_edge(self) -> IntArray:
        """Edge of each vertex of ``edge_xy``."""
        return _owner(self.edge_ptr)

    @cached_property
    def _chainage_keys(self) -> np.ndarray:
        # complex numbers sort lexicographically: (edge, chainage) keys for searchsorted
        return self.vertex_edge + 1j * self.vertex_chainage

    @cached_property
    def segment_index(self) -> SegmentIndex:
        return SegmentIndex(self.edge_xy, self.edge_ptr)

    @cached_property
    def _adjacency(self) -> SparseMatrix:
        n = self.node_count
        u, v, w = self.edge_u, self.edge_v, self.edge_length
        keep = u != v  # self-loops never shorten a path
        lo, hi, w = np.minimum(u, v)[keep], np.maximum(u, v)[keep], w[keep]
        # csr construction sums duplicates: keep only the shortest of parallel edges
        order = np.lexsort((w, hi, lo))
        lo, hi, w = lo[order], hi[order], w[order]
        first = np.ones(len(lo), dtype=bool)
        first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
        lo, hi, w = lo[first], hi[first], w[first]
        rows, cols = np.concatenate([lo, hi]), np.concatenate([hi, lo])
        return sparse.csr_matrix((np.concatenate([w, w]), (rows, cols)), shape=(n, n))

    def adjacency(self) -> SparseMatrix:
        """Symmetric csr matrix of the shortest edge length (metres) between adjacent nodes."""
        return self._adjacency

    @cached_property
    def incidence(self) -> Tuple[IntArray, IntArray]:
        """(ptr, edges): edges incident to node i are ``edges[ptr[i]:ptr[i+1]]`` (loops once)."""
        ends = np.concatenate([self.edge_u, self.edge_v])
        edges = np.concatenate([np.arange(self.edge_count)] * 2)
        loop = np.concatenate([np.zeros(self.edge_count, bool), self.edge_u == self.edge_v])
        ends, edges = ends[~loop], edges[~loop]
        order = np.argsort(ends, kind="stable")
        counts = np.bincount(ends, minlength=self.node_count)
        return np.concatenate([[0], np.cumsum(counts)]), edges[order]


def subgraph(adjacency: SparseMatrix, nodes: IntArray, slot: IntArray) -> SparseMatrix:
    """The csr matrix between ``nodes`` (sorted, distinct) of a square csr ``adjacency``,
    renumbered in their order, in time proportional to their rows: scipy's fancy indexing
    takes time proportional to the whole matrix at each call, which a region's thousands of
    local searches cannot afford. ``slot``: scratch, -1 for every node of the matrix,
    given back so."""
    count = adjacency.indptr[nodes + 1] - adjacency.indptr[nodes]
    at = ranges(adjacency.indptr[nodes], count)
    slot[nodes] = np.arange(len(nodes))
    column = slot[adjacency.indices[at]]
    slot[nodes] = -1
    keep = column >= 0
    kept = np.bincount(np.repeat(np.arange(len(nodes)), count)[keep], minlength=len(nodes))
    return sparse.csr_matrix(
        (adjacency.data[at][keep], column[keep], np.concatenate([[0], np.cumsum(kept)])),
        shape=(len(nodes), len(nodes)))


def _components(n: int, edge_u: IntArray, edge_v: IntArray,
                edge_length: FloatArray) -> Tuple[IntArray, IntArray, int, FloatArray]:
    """Connected components numbered by decreasing length (ties: lowest edge index first)."""
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), 0, np.zeros(0)
    graph = sparse.coo_matrix((np.ones(len(edge_u)), (edge_u, edge_v)), shape=(n, n))
    count, label = csgraph.connected_components(graph, directed=False)
    edge_label = label[edge_u]
    # float: bincount with weights (numpy's stubs say int)
    length = cast(FloatArray, np.bincount(edge_label, weights=edge_length, minlength=count))
    first_edge = np.full(count, len(edge_u), dtype=np.int64)
    order_e = np.argsort(edge_label, kind="stable")
    head = np.ones(len(order_e), dtype=bool)
    head[1:] = edge_label[order_e][1:] != edge_label[order_e][:-1]
    first_edge[edge_label[order_e][head]] = order_e[head]
    rank = np.empty(count, dtype=np.int64)
    rank[np.lexsort((first_edge, -length))] = np.arange(count)
    return rank[label], rank[edge_label], int(count), length[np.argsort(rank)]


def make_network(node_xy: ArrayLike, edge_u: ArrayLike, edge_v: ArrayLike, edge_xy: FloatArray,
                 edge_ptr: ArrayLike, edge_line: ArrayLike, *, snap_tolerance: float = 0.0,
                 edge_parent: Optional[ArrayLike] = None,
                 edge_start_offset: Optional[ArrayLike] = None,
                 edge_end_offset: Optional[ArrayLike] = None,
                 edge_component: Optional[ArrayLike] = None,
                 component_length: Optional[ArrayLike] = None,
                 collapsed: Optional[Collapsed] = None, empty_lines: int = 0,
                 vertex_chainage: Optional[FloatArray] = None) -> Network:
    """Assemble a :class:`Network`, deriving lengths, degrees and components.

    Passing ``edge_component`` and ``component_length`` keeps a parent's component numbering
    (used by :func:`split_at`). ``collapsed`` is (xy, length, line) of dropped pieces.
    ``vertex_chainage``: the chainage of ``edge_xy`` when known (else computed).
    """
    nodes = np.asarray(node_xy, dtype=float).reshape(-1, 2)
    u = np.asarray(edge_u, dtype=np.int64)
    v = np.asarray(edge_v, dtype=np.int64)
    ptr = np.asarray(edge_ptr, dtype=np.int64)
    n, m = len(nodes), len(u)
    ch = chainage(edge_xy, ptr) if vertex_chainage is None else vertex_chainage
    length = ch[ptr[1:] - 1] if m else np.zeros(0)
    degree = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    if edge_component is None:
        node_comp, edge_comp, count, comp_len = _components(n, u, v, length)
    else:
        edge_comp = np.asarray(edge_component, dtype=np.int64)
        node_comp = np.full(n, -1, dtype=np.int64)
        node_comp[u] = edge_comp
        node_comp[v] = edge_comp
        comp_len = np.asarray(component_length, dtype=float)
        count = len(comp_len)
    if edge_parent is None:
        edge_parent = np.arange(m, dtype=np.int64)
        edge_start_offset = np.zeros(m)
        edge_end_offset = length.copy()
    if collapsed is None:
        collapsed = (np.zeros((0, 2)), np.zeros(0), np.zeros(0, dtype=np.int64))
    return Network(
        node_xy=nodes, edge_u=u, edge_v=v, edge_xy=edge_xy, edge_ptr=ptr,
        edge_line=np.asarray(edge_line, dtype=np.int64), edge_length=length,
        vertex_chainage=ch, edge_parent=np.asarray(edge_parent, dtype=np.int64),
        edge_start_offset=np.asarray(edge_start_offset, dtype=float),
        edge_end_offset=np.asarray(edge_end_offset, dtype=float), node_degree=degree,
        node_component=node_comp, edge_component=edge_comp, component_count=count,
        component_length=comp_len, snap_tolerance=float(snap_tolerance),
        collapsed_xy=collapsed[0], collapsed_length=collapsed[1], collapsed_line=collapsed[2],
        empty_lines=int(empty_lines),
    )


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------


def _as_xy(line: ArrayLike) -> FloatArray:
    """A line as a (k, 2) float array (extra columns such as Z are ignored)."""
    a = np.asarray(line, dtype=float)
    return np.zeros((0, 2)) if a.size == 0 else a.reshape(len(a), -1)[:, :2]


def _stack_lines(lines: Sequence[ArrayLike]) -> Tuple[FloatArray, IntArray, int]:
    """Flat vertices of the lines: (xy, ptr, empty count)."""
    arrays = [_as_xy(line) for line in lines]
    counts = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
    xy = np.concatenate(arrays) if int(counts.sum()) else np.zeros((0, 2))
    ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return xy, ptr, int((counts == 0).sum())


def _shared_vertices(xy: FloatArray, line: IntArray, ch: FloatArray, tol: float) -> BoolArray:
    """Rule (b): vertices within tol of a vertex of another line (or far along the same one)."""
    shared = np.zeros(len(xy), dtype=bool)
    if len(xy) < 2:
        return shared
    pairs = fast_tree(xy).query_pairs(tol, output_type="ndarray")
    if len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        ok = (line[i] != line[j]) | (np.abs(ch[i] - ch[j]) > tol)
        shared[i[ok]] = True
        shared[j[ok]] = True
    return shared


def _t_junctions(xy: FloatArray, ptr: IntArray, line: IntArray, ch: FloatArray,
                 tol: float) -> Tuple[IntArray, FloatArray, FloatArray]:
    """Rule (c): projections of line ends onto the interior of nearby segments.

    Returns (segment start vertex, t, xy) of the points to insert.
    """
    full = np.diff(ptr) > 0
    last = ptr[1:][full] - 1
    ends = np.unique(np.concatenate([ptr[:-1][full], last]))
    # the lines meeting at a junction end at the same point: each point is looked up once
    spot, first, count, members = _same_points(xy[ends])
    # segment i runs from vertex i to vertex i + 1 (a region has millions: no segment index);
    # the pair from a line's last vertex to the next line's first, which can be far apart, is
    # made a point, then dropped once paired
    segments = len(xy) - len(last)
    mean_length = float(ch[last].sum()) / max(segments, 1)
    r = tol + 1e-6  # a micrometre more: rounding at the cells' edges
    b = xy[1:].copy()
    joins = last[last < len(b)]
    b[joins] = xy[joins]
    pt, seg = _grid_pairs(spot, xy[:-1], b, r, 2.0 * mean_length,
                          (xy.min(axis=0, keepdims=True), xy.max(axis=0, keepdims=True)))
    del b
    # most pairs are a junction and the segments leaving it: dropped before the projections
    far = line[seg] == line[seg + 1]
    far &= np.hypot(*(spot[pt] - xy[seg]).T) > tol
    far &= np.hypot(*(spot[pt] - xy[seg + 1]).T) > tol
    pt, seg = pt[far], seg[far]
    e = ends[members[ranges(first[pt], count[pt])]]
    seg = np.repeat(seg, count[pt])
    a, b = xy[seg], xy[seg + 1]
    t, proj, dist = project(xy[e], a, b)
    seg_line = line[seg]
    along = np.abs(ch[seg] + t * np.hypot(*(b - a).T) - ch[e])
    ok = (dist <= tol) & (t > 0) & (t < 1)
    ok &= (seg_line != line[e]) | (along > tol)
    e, seg, t, proj, dist, seg_line = e[ok], seg[ok], t[ok], proj[ok], dist[ok], seg_line[ok]
    # the nearest segment of each other line only
    best = _group_argmin(e * (line.max() + 1) + seg_line, dist, seg)
    return seg[best], t[best], proj[best]


def _same_points(points: FloatArray) -> Tuple[FloatArray, IntArray, IntArray, IntArray]:
    """The distinct points of ``points``: (points, first, count, members), the points at
    distinct point k being ``members[first[k]:first[k] + count[k]]`` (in input order)."""
    whole = as_points(points)
    members = np.argsort(whole, kind="stable")  # by x, then y
    ordered = whole[members]
    head = np.ones(len(members), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=head[1:])
    first = np.flatnonzero(head)
    count = np.diff(np.append(first, len(members)))
    return points[members[first]], first, count, members


def _merge_nodes(points: FloatArray, tol: float) -> Tuple[IntArray, IntArray]:
    """Union-find of points within tol: (label per point, first point of each label)."""
    n = len(points)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    pairs = fast_tree(points).query_pairs(tol, output_type="ndarray") if n > 1 else np.zeros((0, 2))
    graph = sparse.coo_matrix(
        (np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])) if len(pairs) else ([], ([], [])),
        shape=(n, n),
    )
    _, label = csgraph.connected_components(graph, directed=False)
    # renumber labels in order of their first point, so node numbering follows input order
    _, first = np.unique(label, return_index=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first)] = np.arange(len(first))
    return rank[label], np.sort(first)


def build_network(lines: Sequence[ArrayLike], snap_tolerance: float = 1.0,
                  t_junctions: bool = True) -> Network:
    """Network of single-part polylines (list of (k, 2) arrays, metres); see the module rules.
    ``t_junctions=False`` leaves out rule (c), for lines that join only at shared vertices
    (OpenStreetMap ways: an end on another way without a shared node is no junction)."""
    xy, ptr, empty = _stack_lines(lines)
    return build_network_flat(xy, ptr, snap_tolerance, t_junctions, empty)


def build_network_flat(xy: ArrayLike, ptr: ArrayLike, snap_tolerance: float = 1.0,
                       t_junctions: bool = True, empty: int = 0) -> Network:
    """:func:`build_network` of polylines stored flat (line k is ``xy[ptr[k]:ptr[k+1]]``),
    without a list of arrays to make; ``empty`` counts input lines without any vertex."""
    tol = float(snap_tolerance)
    if not tol >= 0:
        raise ValueError("snap_tolerance must be a non-negative number of metres")
    flat, line_ptr, line, degenerate = _usable_lines(np.asarray(xy, dtype=float).reshape(-1, 2),
                                                     np.asarray(ptr, dtype=np.int64))
    if len(flat) == 0:
        return _empty_network(tol, degenerate, empty)
    all_xy, all_line, all_cand = _node_candidates(flat, line_ptr, line, tol, t_junctions)
    cand_idx = np.flatnonzero(all_cand)
    label, first = _merge_nodes(all_xy[cand_idx], tol)
    node_xy = all_xy[cand_idx[first]]

    # edges join consecutive node vertices of the same line
    s, e = cand_idx[:-1], cand_idx[1:]
    same = all_line[s] == all_line[e]
    s, e = s[same], e[same]
    u, v = label[:-1][same], label[1:][same]
    n_vert = e - s + 1
    edge_ptr = np.concatenate([[0], np.cumsum(n_vert)]).astype(np.int64)
    edge_xy = all_xy[ranges(s, n_vert)]
    edge_xy[edge_ptr[:-1]] = node_xy[u]
    edge_xy[edge_ptr[1:] - 1] = node_xy[v]
    edge_xy, edge_ptr = _drop_repeats(edge_xy, edge_ptr)
    return _drop_collapsed(node_xy, u, v, edge_xy, edge_ptr, all_line[s], (all_xy, s, n_vert),
                           tol, degenerate, empty)


def _usable_lines(xy: FloatArray,
                  ptr: IntArray) -> Tuple[FloatArray, IntArray, IntArray, Collapsed]:
    """Rule 1: (xy, ptr, line of each vertex, degenerate lines) without repeated vertices and
    without the lines of one distinct vertex (those are the degenerate ones, kept line
    numbers: ``ptr`` keeps an empty range for them)."""
    xy, ptr = _drop_repeats(xy, ptr)
    counts = np.diff(ptr)
    line = _owner(ptr)
    single = np.flatnonzero(counts == 1)
    degenerate = (xy[ptr[single]], np.zeros(len(single)), single)
    # lines of one distinct vertex are dropped before noding
    keep_v = np.repeat(counts >= 2, counts)
    counts = np.where(counts >= 2, counts, 0)
    ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return xy[keep_v], ptr, line[keep_v], degenerate


def _node_candidates(xy: FloatArray, ptr: IntArray, line: IntArray, tol: float,
                     t_junctions: bool) -> Tuple[FloatArray, IntArray, BoolArray]:
    """Rule 2: every vertex with the inserted T points, in line order then along the line
    (the vertices alone already are): (xy, line, whether it is a candidate node point)."""
    ch = chainage(xy, ptr)
    counts = np.diff(ptr)
    is_end = np.zeros(len(xy), dtype=bool)
    is_end[ptr[:-1][counts > 0]] = True
    is_end[ptr[1:][counts > 0] - 1] = True
    if not t_junctions:
        return xy, line, is_end | _shared_vertices(xy, line, ch, tol)
    # two independent searches over every vertex: the k-d tree's search lets go of Python's
    # lock, so the shared vertices are found in a thread while the T-junctions are
    with ThreadPoolExecutor(max_workers=1) as pool:
        shared = pool.submit(_shared_vertices, xy, line, ch, tol)
        t_start, t_par, t_xy = _t_junctions(xy, ptr, line, ch, tol)
        cand = is_end | shared.result()
    if not len(t_xy):
        return xy, line, cand
    all_xy = np.concatenate([xy, t_xy])
    all_line = np.concatenate([line, line[t_start]])
    vidx = np.arange(len(xy)) - ptr[line]
    all_v = np.concatenate([vidx, vidx[t_start]])
    all_t = np.concatenate([np.zeros(len(xy)), t_par])
    all_cand = np.concatenate([cand, np.ones(len(t_xy), dtype=bool)])
    order = np.lexsort((all_t, all_v, all_line))
    return all_xy[order], all_line[order], all_cand[order]


def _empty_network(tol: float, collapsed: Collapsed, empty: int) -> Network:
    return make_network(np.zeros((0, 2)), [], [], np.zeros((0, 2)), np.zeros(1, np.int64), [],
                        snap_tolerance=tol, collapsed=collapsed, empty_lines=empty)


def _drop_collapsed(node_xy: FloatArray, u: IntArray, v: IntArray, edge_xy: FloatArray,
                    edge_ptr: IntArray, edge_line: IntArray,
                    raw: Tuple[FloatArray, IntArray, IntArray], tol: float,
                    degenerate: Collapsed, empty: int) -> Network:
    """Drop edges collapsed by merging (and the nodes left without edges), then assemble.

    ``raw`` is (vertices, first vertex, vertex count) of the edges before their ends were
    moved onto the nodes: their length then (metres) is what the collapsed pieces report.
    """
    counts = np.diff(edge_ptr)
    # a loop collapses when it lies within tol of its node
    loop = np.flatnonzero(u == v)
    off = np.hypot(*(edge_xy[ranges(edge_ptr[loop], counts[loop])]
                     - node_xy[np.repeat(u[loop], counts[loop])]).T)
    spread = np.maximum.reduceat(off, np.cumsum(counts[loop]) - counts[loop]) if len(
        loop) else np.zeros(0)
    bad = counts < 2
    bad[loop[spread <= tol]] = True
    raw_xy, first, n_vert = raw
    raw_ptr = np.concatenate([[0], np.cumsum(n_vert[bad])]).astype(np.int64)
    bad_len = chainage(raw_xy[ranges(first[bad], n_vert[bad])], raw_ptr)[raw_ptr[1:] - 1]
    collapsed = (
        np.concatenate([degenerate[0], edge_xy[edge_ptr[:-1][bad]]]),
        np.concatenate([degenerate[1], bad_len]),
        np.concatenate([degenerate[2], edge_line[bad]]).astype(np.int64),
    )
    good = ~bad
    keep_v = np.repeat(good, counts)
    edge_xy = edge_xy[keep_v]
    edge_ptr = np.concatenate([[0], np.cumsum(counts[good])]).astype(np.int64)
    u, v, edge_line = u[good], v[good], edge_line[good]
    used = np.zeros(len(node_xy), dtype=bool)
    used[u] = used[v] = True
    new_id = np.cumsum(used) - 1
    return make_network(node_xy[used], new_id[u], new_id[v], edge_xy, edge_ptr, edge_line,
                        snap_tolerance=tol, collapsed=collapsed, empty_lines=empty)


# --------------------------------------------------------------------------------------------
# Linear referencing
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Locations:
    """Points referenced on a network (arrays of one value per point).

    ``edge`` is -1 when the point lies farther than the maximum distance (or is not finite, or
    the network is empty); ``offset`` (metres from the edge's u node) is then NaN. ``distance``
    (metres to the network) and ``xy`` (nearest point of the network) are given for every finite
    point whatever its distance.
    """

    edge: IntArray
    offset: FloatArray
    distance: FloatArray
    xy: FloatArray


def interpolate(network: Network, edge: ArrayLike, offset: ArrayLike) -> FloatArray:
    """Points at ``offset`` metres along ``edge`` (arrays) from its u node."""
    edge = np.asarray(edge, dtype=np.int64)
    offset = np.asarray(offset, dtype=float)
    j = np.searchsorted(network._chainage_keys, edge + 1j * offset, side="right") - 1
    return _point_on(network, edge, j, offset)


def _point_on(network: Network, edge: IntArray, j: IntArray, offset: FloatArray) -> FloatArray:
    """Point at ``offset`` on segment j of ``edge`` (j clamped to the edge's segments)."""
    ptr, ch, xy = network.edge_ptr, network.vertex_chainage, network.edge_xy
    j = np.clip(j, ptr[edge], ptr[edge + 1] - 2)
    seg = ch[j + 1] - ch[j]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(seg > 0, (offset - ch[j]) / seg, 0.0), 0.0, 1.0)
    return xy[j] * (1.0 - t)[:, None] + xy[j + 1] * t[:, None]


def cut_edges(network: Network, edge: ArrayLike, start: ArrayLike,
              end: ArrayLike) -> Tuple[FloatArray, IntArray]:
    """Sub-polylines of edges between two offsets (metres): (xy, ptr), flat like edge_xy.

    Each piece is its interpolated start point, the edge vertices strictly between the offsets
    and its interpolated end point; consecutive duplicates are removed (at least two points
    are kept). A piece of a whole edge is the edge's vertices.
    """
    edge = np.asarray(edge, dtype=np.int64)
    start = np.asarray(start, dtype=float)
    end = np.asarray(end, dtype=float)
    if len(edge) == 0:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    # a whole edge is its vertices (most pieces, at region scale): no search, no interpolation
    lo = network.edge_ptr[edge] + 1  # first vertex past start
    hi = network.edge_ptr[edge + 1] - 1  # first vertex at/after end
    part = np.flatnonzero((start != 0) | (end != network.edge_length[edge]))
    if len(part):
        keys = network._chainage_keys
        lo[part] = np.searchsorted(keys, edge[part] + 1j * start[part], side="right")
        hi[part] = np.searchsorted(keys, edge[part] + 1j * end[part], side="left")
    inner = np.maximum(hi - lo, 0)
    total = inner + 2
    ptr = np.concatenate([[0], np.cumsum(total)]).astype(np.int64)
    out = np.empty((int(ptr[-1]), 2))
    out[ptr[:-1]] = network.edge_xy[lo - 1]
    out[ptr[:-1][part]] = _point_on(network, edge[part], lo[part] - 1, start[part])
    out[ptr[1:] - 1] = network.edge_xy[hi]
    out[ptr[1:][part] - 1] = _point_on(network, edge[part], hi[part] - 1, end[part])
    out[ranges(ptr[:-1] + 1, inner)] = network.edge_xy[ranges(lo, inner)]
    # drop repeated points, but never below two per piece: only an interpolated end can
    # repeat its neighbour (an edge has no repeated vertices)
    second, last = ptr[:-1][part] + 1, ptr[1:][part] - 1
    drop = np.zeros(len(out), dtype=bool)
    drop[second] = (out[second] == out[second - 1]).all(axis=1)
    apart = np.flatnonzero(last > second)
    drop[last[apart]] = (out[last[apart]] == out[last[apart] - 1]).all(axis=1)
    kept = total[part] - drop[second] - (drop[last] & (last > second))
    drop[last[kept < 2]] = False
    if drop.any():
        counts = total.copy()
        counts[part] -= drop[second].astype(np.int64) + (drop[last] & (last > second))
        out = out[~drop]
        ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return out, ptr


def locate_points(network: Network, points: ArrayLike,
                  max_distance: float = np.inf) -> Locations:
    """Reference points (p, 2) on their nearest edge by orthogonal projection (metres).

    Ties between equally near segments go to the lowest edge (then segment) index.
    """
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    p = len(pts)
    loc = Locations(
        edge=np.full(p, -1, dtype=np.int64), offset=np.full(p, np.nan),
        distance=np.full(p, np.inf), xy=np.full((p, 2), np.nan),
    )
    finite = np.isfinite(pts).all(axis=1)
    loc.distance[~finite] = np.nan
    if network.edge_count == 0 or not finite.any():
        return loc
    index = network.segment_index
    ok = np.flatnonzero(finite)
    seg, t, xy, dist = index.nearest(pts[ok])
    edge = index.owner[seg]
    start = index.start[seg]
    ch = network.vertex_chainage
    offset = np.clip(ch[start] + t * (ch[start + 1] - ch[start]), 0.0,
                     network.edge_length[edge])
    loc.distance[ok] = dist
    loc.xy[ok] = xy
    within = dist <= max_distance
    loc.edge[ok[within]] = edge[within]
    loc.offset[ok[within]] = offset[within]
    return loc


def split_at(network: Network, locations: Locations,
             tolerance: float = SPLIT_TOLERANCE) -> Tuple[Network, IntArray]:
    """Network where every located point is a node: (network, point_node).

    Points within ``tolerance`` metres (along the edge) of an edge's end reuse that node; points
    of one edge within ``tolerance`` of each other share one node, placed at the first of them.
    Original nodes keep their indices; new nodes follow, ordered by edge then offset. Each new
    edge keeps ``edge_line`` and the component of its parent, and records the parent edge and
    its start/end offsets on it. ``point_node`` is -1 for unlocated points.
    """
    edge = np.asarray(locations.edge, dtype=np.int64)
    point_node = np.full(len(edge), -1, dtype=np.int64)
    sel = np.flatnonzero(edge >= 0)
    length = network.edge_length[edge[sel]]
    off = np.clip(np.asarray(locations.offset, dtype=float)[sel], 0.0, length)
    at_u = off <= tolerance
    at_v = ~at_u & (length - off <= tolerance)
    point_node[sel[at_u]] = network.edge_u[edge[sel[at_u]]]
    point_node[sel[at_v]] = network.edge_v[edge[sel[at_v]]]
    inner = ~(at_u | at_v)
    pts, e, o = sel[inner], edge[sel[inner]], off[inner]
    order = np.lexsort((o, e))
    pts, e, o = pts[order], e[order], o[order]
    head = np.ones(len(e), dtype=bool)
    head[1:] = (e[1:] != e[:-1]) | (o[1:] - o[:-1] > tolerance)
    group = np.cumsum(head) - 1
    g_edge, g_off = e[head], o[head]
    n, m = network.node_count, network.edge_count
    g_node = n + np.arange(len(g_edge), dtype=np.int64)
    point_node[pts] = g_node[group]
    node_xy = np.concatenate([network.node_xy, interpolate(network, g_edge, g_off)])

    # every edge becomes (splits + 1) pieces; a split closes one piece and opens the next
    splits = np.bincount(g_edge, minlength=m)
    base = np.cumsum(splits + 1) - (splits + 1)
    piece_edge = np.repeat(np.arange(m, dtype=np.int64), splits + 1)
    start = np.zeros(len(piece_edge))
    end = network.edge_length[piece_edge].copy()
    pu, pv = network.edge_u[piece_edge].copy(), network.edge_v[piece_edge].copy()
    rank = np.arange(len(g_edge)) - (np.cumsum(splits) - splits)[g_edge]
    before = base[g_edge] + rank
    end[before], pv[before] = g_off, g_node
    start[before + 1], pu[before + 1] = g_off, g_node

    xy, ptr = cut_edges(network, piece_edge, start, end)
    xy[ptr[:-1]] = node_xy[pu]  # ends exactly on the nodes
    xy[ptr[1:] - 1] = node_xy[pv]
    refined = make_network(
        node_xy, pu, pv, xy, ptr, network.edge_line[piece_edge],
        snap_tolerance=network.snap_tolerance, edge_parent=piece_edge, edge_start_offset=start,
        edge_end_offset=end, edge_component=network.edge_component[piece_edge],
        component_length=network.component_length,
        collapsed=(network.collapsed_xy, network.collapsed_length, network.collapsed_line),
        empty_lines=network.empty_lines,
        vertex_chainage=_piece_chainage(network, piece_edge, start, end, xy, ptr),
    )
    return refined, point_node


def _piece_chainage(network: Network, edge: IntArray, start: FloatArray, end: FloatArray,
                    xy: FloatArray, ptr: IntArray) -> FloatArray:
    """The chainage of pieces of edges (:func:`cut_edges`): a whole edge's is its own, the
    others' computed (the same sums, vertex by vertex, as :func:`chainage` makes)."""
    counts = np.diff(ptr)
    whole = (start == 0) & (end == network.edge_length[edge])
    ch = np.empty(len(xy))
    w, p = np.flatnonzero(whole), np.flatnonzero(~whole)
    ch[ranges(ptr[w], counts[w])] = network.vertex_chainage[ranges(network.edge_ptr[edge[w]],
                                                                   counts[w])]
    at = ranges(ptr[p], counts[p])
    ch[at] = chainage(xy[at], np.concatenate([[0], np.cumsum(counts[p])]).astype(np.int64))
    return ch


# --------------------------------------------------------------------------------------------
# Chains
# --------------------------------------------------------------------------------------------


def chains(a_end: IntArray, b_end: IntArray) -> List[List[Tuple[int, bool]]]:
    """Order pieces (edges a_end -> b_end of a graph) into chains through degree-2 points.

    Returns a list of chains, each a list of (piece, reversed). A chain stops at points of
    degree other than 2; closed chains (cycles) are returned once, from their lowest piece.
    """
    k = len(a_end)
    ends = np.concatenate([a_end, b_end])
    uniq, inv, deg = np.unique(ends, return_inverse=True, return_counts=True)
    # partner[s] = the other piece-end at a degree-2 point, else -1 (slot s: piece s % k,
    # its start when s < k, its end otherwise)
    order = np.argsort(inv, kind="stable")
    partner = np.full(2 * k, -1, dtype=np.int64)
    two = deg[inv[order]] == 2
    pos = np.flatnonzero(two)
    pairs = order[pos].reshape(-1, 2)
    partner[pairs[:, 0]] = pairs[:, 1]
    partner[pairs[:, 1]] = pairs[:, 0]
    partner = partner.tolist()
    seen = [False] * k
    chains = []

    def walk(piece: int, rev: bool) -> List[Tuple[int, bool]]:
        chain: List[Tuple[int, bool]] = []
        while not seen[piece]:
            seen[piece] = True
            chain.append((piece, rev))
            exit_slot = piece if rev else piece + k  # the end we leave by
            nxt = partner[exit_slot]
            if nxt < 0:
                break
            piece, rev = nxt % k, nxt >= k  # entering by its end means walking it reversed
        return chain

    # open chains start at a piece end that is not a degree-2 point
    for s in range(2 * k):
        piece = s % k
        if partner[s] < 0 and not seen[piece]:
            chains.append(walk(piece, s >= k))
    for piece in range(k):  # what is left are cycles
        if not seen[piece]:
            chains.append(walk(piece, False))
    return chains


def flatten_walks(walks: Sequence[Sequence[Tuple[int, bool]]]) -> Tuple[IntArray, IntArray,
                                                                        BoolArray]:
    """(walk, piece, reversed) arrays of every step of ``walks`` (from :func:`chains`), in
    walking order."""
    steps = [step for walk in walks for step in walk]
    piece = np.fromiter((p for p, _ in steps), dtype=np.int64, count=len(steps))
    rev = np.fromiter((r for _, r in steps), dtype=bool, count=len(steps))
    walk = np.repeat(np.arange(len(walks)), [len(w) for w in walks])
    return walk, piece, rev


def walks_xy(xy: FloatArray, ptr: IntArray, walk: IntArray, piece: IntArray, rev: BoolArray,
             count: Optional[int] = None) -> Tuple[FloatArray, IntArray]:
    """The polylines of walks over pieces stored flat (piece k is ``xy[ptr[k]:ptr[k+1]]``),
    given their steps (:func:`flatten_walks`): (flat vertices, walk ptr), the vertex shared by
    two consecutive pieces kept once. ``count``: the number of walks (default: from ``walk``)."""
    count = int(walk.max()) + 1 if count is None else count
    size = ptr[piece + 1] - ptr[piece]
    first = np.ones(len(walk), dtype=bool)
    first[1:] = walk[1:] != walk[:-1]
    kept = np.bincount(walk, weights=size - ~first, minlength=count).astype(np.int64)
    walk_ptr = np.concatenate([[0], np.cumsum(kept)]).astype(np.int64)
    if _stored_in_order(ptr, walk, piece, rev):  # each piece once, in storage order
        keep = np.ones(len(xy), dtype=bool)
        keep[ptr[:-1][~first]] = False  # the first vertex of a walk's later pieces
        return xy[keep], walk_ptr
    step = np.repeat(np.arange(len(walk)), size)
    local = np.arange(len(step)) - np.repeat(np.cumsum(size) - size, size)
    index = np.where(rev[step], ptr[piece + 1][step] - 1 - local, ptr[piece][step] + local)
    keep = (local > 0) | first[step]
    return xy[index[keep]], walk_ptr


def _stored_in_order(ptr: IntArray, walk: IntArray, piece: IntArray, rev: BoolArray) -> bool:
    """Whether walks take every stored piece once, forwards, in storage order (merged runs
    of stretches): their vertices are then the storage's, less the shared ones."""
    return (len(piece) == len(ptr) - 1 and not rev.any()
            and bool((piece == np.arange(len(piece))).all())
            and bool((np.diff(walk) >= 0).all()))


# --------------------------------------------------------------------------------------------
# Diagnostics
# --------------------------------------------------------------------------------------------


class Diagnostic(NamedTuple):
    """A point worth a planner's look. ``distance_m`` is the gap (near_miss) or length."""

    kind: str  # "dangle", "near_miss" or "collapsed"
    x: float
    y: float
    distance_m: float
    detail: str
    node: int = -1  # network node, for dangles and near misses
    line: int = -1  # input line, for collapsed pieces


def _near_misses(network: Network, dangles: IntArray,
                 near_miss_distance: float) -> FloatArray:
    """Distance from each dangle to the nearest edge it is not joined to (inf if none near).

    Edges incident to the dangle do not count, nor, when the dangle's own edge is a short
    stub (at most twice the search distance), the edges at the stub's other end: a line that
    overshoots a junction it is joined to is not a near miss.
    """
    gap = np.full(len(dangles), np.inf)
    if len(dangles) == 0 or not near_miss_distance > 0:
        return gap
    u, v = network.edge_u, network.edge_v
    own = np.full(network.node_count, -1, dtype=np.int64)
    own[np.concatenate([u, v])] = np.concatenate([np.arange(len(u))] * 2)
    stub = own[dangles]
    other = np.where(u[stub] == dangles, v[stub], u[stub])
    other = np.where(network.edge_length[stub] <= 2 * near_miss_distance, other, -1)
    index = network.segment_index
    pt, seg = index.near(network.node_xy[dangles], near_miss_distance)
    e = index.owner[seg]
    node, near = dangles[pt], other[pt]
    ok = (u[e] != node) & (v[e] != node) & (u[e] != near) & (v[e] != near)
    pt, seg = pt[ok], seg[ok]
    if len(pt) == 0:
        return gap
    _, _, dist = project(network.node_xy[dangles[pt]], index.a[seg], index.b[seg])
    best = _group_argmin(pt, dist, seg)
    gap[pt[best]] = dist[best]
    return gap


def network_diagnostics(network: Network, near_miss_distance: float) -> List[Diagnostic]:
    """Dangles, near misses and collapsed pieces, in node order then input-line order.

    A dangle (a node of degree 1: a line end joined to nothing) is reported as a near miss
    instead when an edge it is not joined to lies within ``near_miss_distance`` metres but
    farther than the snap tolerance: a likely digitising error (``distance_m`` is the gap).
    """
    out = []
    dangles = np.flatnonzero(network.node_degree == 1)
    gap = _near_misses(network, dangles, near_miss_distance)
    tol = network.snap_tolerance
    for node, d in zip(dangles.tolist(), gap.tolist()):
        x, y = network.node_xy[node].tolist()
        if tol < d <= near_miss_distance:
            detail = (f"line end {d:.2f} m from another line but not joined to it "
                      f"(snap tolerance {tol:g} m): likely a digitising error")
            out.append(Diagnostic("near_miss", x, y, d, detail, node=node))
        else:
            out.append(Diagnostic("dangle", x, y, 0.0,
                                  "line end not connected to any other line", node=node))
    for (x, y), length, line in zip(network.collapsed_xy.tolist(),
                                    network.collapsed_length.tolist(),
                                    network.collapsed_line.tolist()):
        if length == 0:
            detail = f"input line {line} has zero length: ignored"
        else:
            detail = (f"piece of input line {line}, {length:.2f} m long, collapsed when points "
                      f"within the snap tolerance ({tol:g} m) were merged: removed")
        out.append(Diagnostic("collapsed", x, y, length, detail, line=line))
    return out
