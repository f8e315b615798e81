"""Exact clipping of polylines by perimeters (EPCI, communes): the parts of each line inside,
as intervals of distance along the line, and which points lie inside.

Pure numpy/scipy; shapely (1.8 or 2.x) only holds the perimeter polygon and answers point
tests. Coordinates and distances are metres in one metric CRS.

The rule is QGIS's Clip (a GEOS intersection): a point is inside when the closed polygon covers
it, boundary included. A line is cut exactly where it crosses the boundary (segment against
segment, no buffer, no sampling), so the lengths inside adjacent perimeters add up to the
length of the line; a stretch lying along a shared boundary counts in both, like a point on
it. Every line is indexed once (:class:`Polylines`) and clipped by as many perimeters as
needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, List, Optional, Sequence, Tuple, cast

import numpy as np

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from .graph import SegmentIndex, chainage, project, ranges

try:  # shapely 2
    from shapely import intersects_xy as _intersects_xy
    from shapely import prepare as _prepare
except ImportError:  # shapely 1.8 (Debian bookworm)
    _intersects_xy = _prepare = None
    from shapely import vectorized as _vectorized

CUT_EPS = 1e-9  # metres: cut points closer than this along a line are one
PARAM_EPS = 1e-9  # crossings found up to this far beyond a segment's ends (extra cuts are harmless)


@dataclass(eq=False)
class Intervals:
    """Parts of lines: line ``line[i]`` from ``start[i]`` to ``end[i]`` metres along it, sorted
    by line then start, disjoint and not touching."""

    line: IntArray
    start: FloatArray
    end: FloatArray

    @property
    def length(self) -> float:
        return float((self.end - self.start).sum())

    def __len__(self) -> int:
        return len(self.line)


def no_intervals() -> Intervals:
    return Intervals(np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))


def polygon_rings(geometry: Geometry) -> List[FloatArray]:
    """Every ring (exterior and holes) of a shapely Polygon, MultiPolygon or collection of them,
    as (k, 2) arrays."""
    if geometry is None or geometry.is_empty:
        return []
    kind = geometry.geom_type
    if kind == "Polygon":
        return [np.asarray(ring.coords, dtype=float)[:, :2]
                for ring in (geometry.exterior, *geometry.interiors)]
    if kind in ("MultiPolygon", "GeometryCollection"):
        return [ring for part in geometry.geoms for ring in polygon_rings(part)]
    return []


Geometry = Any  # a shapely geometry (shapely 1.8 gives no type information)


class Perimeter:
    """A perimeter polygon (shapely Polygon or MultiPolygon; empty is allowed) with its
    boundary indexed for crossings."""

    def __init__(self, geometry: Geometry) -> None:
        self.geometry = geometry
        rings = polygon_rings(geometry)
        self.empty = not rings
        if self.empty:
            return
        if _prepare is not None:
            _prepare(geometry)
        xy = np.concatenate(rings)
        counts = [len(ring) for ring in rings]
        self.boundary = SegmentIndex(xy, np.concatenate([[0], np.cumsum(counts)]))
        self.low, self.high = xy.min(axis=0), xy.max(axis=0)

    def covers(self, points: ArrayLike) -> BoolArray:
        """Whether each point (n, 2) lies inside or on the boundary."""
        xy = np.asarray(points, dtype=float).reshape(-1, 2)
        inside = self.contains(xy)
        if self.empty:
            return inside
        # on the boundary: within rounding of a boundary segment (GEOS's touches is slow); only
        # points of the bounding box can be
        out = np.flatnonzero(~inside & self.near(xy, CUT_EPS))
        if len(out):
            pt, seg = self.boundary.candidates(xy[out], CUT_EPS)
            _, _, distance = project(xy[out][pt], self.boundary.a[seg], self.boundary.b[seg])
            inside[out[pt[distance <= CUT_EPS]]] = True
        return inside

    def near(self, points: ArrayLike, margin: float) -> BoolArray:
        """Whether each point (n, 2) lies within ``margin`` of the perimeter's bounding box."""
        xy = np.asarray(points, dtype=float).reshape(-1, 2)
        if self.empty:
            return np.zeros(len(xy), dtype=bool)
        return ((xy >= self.low - margin) & (xy <= self.high + margin)).all(axis=1)

    def contains(self, points: ArrayLike) -> BoolArray:
        """Whether each point (n, 2) lies strictly inside (boundary points: either way)."""
        xy = np.asarray(points, dtype=float).reshape(-1, 2)
        inside = np.zeros(len(xy), dtype=bool)
        if self.empty or not len(xy):
            return inside
        box = np.flatnonzero(((xy >= self.low) & (xy <= self.high)).all(axis=1))
        if len(box):
            test = _intersects_xy if _intersects_xy is not None else _vectorized.contains
            inside[box] = test(self.geometry, xy[box, 0], xy[box, 1])
        return inside


class Polylines:
    """Polylines stored flat (line k is ``xy[ptr[k]:ptr[k + 1]]``, at least two distinct
    vertices each), indexed once for clipping by many perimeters. ``vertex_m`` is the distance
    of every vertex from the start of its line (computed if not given)."""

    def __init__(self, xy: ArrayLike, ptr: ArrayLike,
                 vertex_m: Optional[FloatArray] = None) -> None:
        self.xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        self.ptr = np.asarray(ptr, dtype=np.int64)
        self.vertex_m = chainage(self.xy, self.ptr) if vertex_m is None else vertex_m
        self.index = SegmentIndex(self.xy, self.ptr)
        seg_m = self.vertex_m[self.index.start]
        self.seg_m0, self.seg_m1 = seg_m, self.vertex_m[self.index.start + 1]
        low = np.minimum(self.index.a, self.index.b)
        high = np.maximum(self.index.a, self.index.b)
        # contiguous columns: the box test of every perimeter reads them
        self.seg_box = tuple(np.ascontiguousarray(c) for c in (*low.T, *high.T))

    def in_box(self, low: FloatArray, high: FloatArray) -> IntArray:
        """Segments whose bounding box meets the box ``low``–``high``."""
        x0, y0, x1, y1 = self.seg_box
        return np.flatnonzero((x1 >= low[0]) & (y1 >= low[1]) & (x0 <= high[0])
                              & (y0 <= high[1]))

    @classmethod
    def from_parts(cls, parts: Sequence[FloatArray]) -> Polylines:
        """From a list of (k, 2) arrays."""
        counts = [len(part) for part in parts]
        xy = np.concatenate(parts) if parts else np.zeros((0, 2))
        return cls(xy, np.concatenate([[0], np.cumsum(counts)]).astype(np.int64))

    @property
    def line_count(self) -> int:
        return len(self.ptr) - 1

    @cached_property
    def line_length(self) -> FloatArray:
        nonempty = np.diff(self.ptr) > 0
        length = np.zeros(self.line_count)
        length[nonempty] = self.vertex_m[self.ptr[1:][nonempty] - 1]
        return length

    @cached_property
    def _keys(self) -> np.ndarray:
        # (line, distance) keys sorted lexicographically, as complex numbers
        owner = np.repeat(np.arange(self.line_count), np.diff(self.ptr))
        return owner + 1j * self.vertex_m

    def points_at(self, line: ArrayLike, m: ArrayLike) -> FloatArray:
        """Points at ``m`` metres along lines ``line`` (arrays)."""
        lines = np.asarray(line, dtype=np.int64)
        at = np.asarray(m, dtype=float)
        j = np.searchsorted(self._keys, lines + 1j * at, side="right") - 1
        j = np.clip(j, self.ptr[lines], self.ptr[lines + 1] - 2)
        m0, m1 = self.vertex_m[j], self.vertex_m[j + 1]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(m1 > m0, (at - m0) / (m1 - m0), 0.0), 0.0, 1.0)[:, None]
        return self.xy[j] * (1.0 - t) + self.xy[j + 1] * t

    def pieces(self, intervals: Intervals) -> List[FloatArray]:
        """The geometry of each interval: a list of (k, 2) arrays, ends interpolated, the
        vertices between them kept (all the intervals at once)."""
        if not len(intervals):
            return []
        line = intervals.line
        lo = np.searchsorted(self._keys, line + 1j * intervals.start, side="right")
        hi = np.searchsorted(self._keys, line + 1j * intervals.end, side="left")
        inner = np.maximum(hi - lo, 0)
        ptr = np.concatenate([[0], np.cumsum(inner + 2)])
        out = np.empty((int(ptr[-1]), 2))
        out[ptr[:-1]] = self.points_at(line, intervals.start)
        out[ptr[1:] - 1] = self.points_at(line, intervals.end)
        out[ranges(ptr[:-1] + 1, inner)] = self.xy[ranges(lo, inner)]
        return np.split(out, ptr[1:-1])


def _crossings(lines: Polylines, perimeter: Perimeter, seg: IntArray) -> Tuple[
        IntArray, FloatArray, Tuple[IntArray, FloatArray, FloatArray]]:
    """Where the boundary meets segments ``seg`` of ``lines``: (segment, t) cut parameters,
    and the (segment, t0, t1) stretches lying along the boundary."""
    boundary = perimeter.boundary
    boundary_tree, line_tree = boundary.tree, lines.index.tree
    if boundary_tree is None or line_tree is None:  # a side without segments: no crossing
        none = np.zeros(0, dtype=np.int64)
        return none, np.zeros(0), (none, np.zeros(0), np.zeros(0))
    radius = (boundary.reach + lines.index.reach) * (1 + 1e-9) + 1e-6
    pairs = boundary_tree.sparse_distance_matrix(line_tree, radius, output_type="ndarray")
    total = len(lines.index.start)
    key = np.unique(boundary.chunk_seg[pairs["i"]].astype(np.int64) * total
                    + lines.index.chunk_seg[pairs["j"]])
    b_seg, l_seg = key // total, key % total
    keep = np.zeros(total, dtype=bool)
    keep[seg] = True
    b_seg, l_seg = b_seg[keep[l_seg]], l_seg[keep[l_seg]]
    p0, p1 = lines.index.a[l_seg], lines.index.b[l_seg]
    q0, q1 = boundary.a[b_seg], boundary.b[b_seg]
    r, s, w = p1 - p0, q1 - q0, q0 - p0
    den = r[:, 0] * s[:, 1] - r[:, 1] * s[:, 0]
    r_len, s_len = np.hypot(*r.T), np.hypot(*s.T)
    parallel = np.abs(den) <= 1e-12 * r_len * s_len
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        t = (w[:, 0] * s[:, 1] - w[:, 1] * s[:, 0]) / den
        u = (w[:, 0] * r[:, 1] - w[:, 1] * r[:, 0]) / den
    hit = ~parallel & (t >= -PARAM_EPS) & (t <= 1 + PARAM_EPS) & (u >= -PARAM_EPS) \
        & (u <= 1 + PARAM_EPS)
    cut_seg, cut_t = [l_seg[hit]], [np.clip(t[hit], 0.0, 1.0)]
    # collinear overlaps: both ends of the boundary segment on the line of the segment
    rr = np.maximum(r_len * r_len, 1e-300)
    off0 = np.abs(w[:, 0] * r[:, 1] - w[:, 1] * r[:, 0]) / np.maximum(r_len, 1e-300)
    w1 = q1 - p0
    off1 = np.abs(w1[:, 0] * r[:, 1] - w1[:, 1] * r[:, 0]) / np.maximum(r_len, 1e-300)
    along = parallel & (off0 <= CUT_EPS) & (off1 <= CUT_EPS)
    ta = (w[along] * r[along]).sum(axis=1) / rr[along]
    tb = (w1[along] * r[along]).sum(axis=1) / rr[along]
    lo = np.clip(np.minimum(ta, tb), 0.0, 1.0)
    hi = np.clip(np.maximum(ta, tb), 0.0, 1.0)
    overlap = hi > lo
    on_seg, on_t0, on_t1 = l_seg[along][overlap], lo[overlap], hi[overlap]
    cut_seg += [on_seg, on_seg]
    cut_t += [on_t0, on_t1]
    return np.concatenate(cut_seg), np.concatenate(cut_t), (on_seg, on_t0, on_t1)


def clip(lines: Polylines, perimeter: Perimeter) -> Intervals:
    """The parts of ``lines`` (:class:`Polylines`) inside ``perimeter`` (:class:`Perimeter`),
    as :class:`Intervals`."""
    if perimeter.empty or not len(lines.index.start):
        return no_intervals()
    in_box = lines.in_box(perimeter.low, perimeter.high)
    if not len(in_box):
        return no_intervals()
    owner = lines.index.owner
    cut_seg, cut_t, (on_seg, on_t0, on_t1) = _crossings(lines, perimeter, in_box)

    def along(seg: IntArray, t: FloatArray) -> FloatArray:
        return lines.seg_m0[seg] + t * (lines.seg_m1[seg] - lines.seg_m0[seg])

    # pieces of each line between its cuts (its ends included): inside or out as a whole
    touched = np.unique(owner[in_box])
    line = np.concatenate([owner[cut_seg], touched, touched])
    m = np.concatenate([along(cut_seg, cut_t), np.zeros(len(touched)),
                        lines.line_length[touched]])
    order = np.lexsort((m, line))
    line, m = line[order], m[order]
    piece = (line[1:] == line[:-1]) & (m[1:] - m[:-1] > CUT_EPS)
    p_line, p0, p1 = line[:-1][piece], m[:-1][piece], m[1:][piece]
    mid = (p0 + p1) / 2
    inside = perimeter.contains(lines.points_at(p_line, mid))
    if len(on_seg):  # along the boundary: inside, whatever rounding says of the midpoint
        on_line = owner[on_seg]
        a, b = along(on_seg, on_t0), along(on_seg, on_t1)
        hit = np.zeros(len(p_line), dtype=bool)
        for k in range(len(on_line)):  # few: the boundary rarely runs along a line
            hit |= (p_line == on_line[k]) & (mid > a[k]) & (mid < b[k])
        inside |= hit
    p_line, p0, p1 = p_line[inside], p0[inside], p1[inside]
    if not len(p_line):
        return no_intervals()
    # merge touching pieces of the same line
    head = np.ones(len(p_line), dtype=bool)
    head[1:] = (p_line[1:] != p_line[:-1]) | (p0[1:] - p1[:-1] > CUT_EPS)
    first = np.flatnonzero(head)
    last = np.append(first[1:], len(p_line)) - 1
    return Intervals(p_line[first].astype(np.int64), p0[first], p1[last])


def lengths_by_line(intervals: Intervals, line_count: int) -> FloatArray:
    """Length inside per line, (line_count,) metres."""
    # float: bincount with weights (numpy's stubs say int)
    return cast(FloatArray, np.bincount(intervals.line, weights=intervals.end - intervals.start,
                                        minlength=line_count))

