"""Checks of the inventory: what a planner should fix before the data goes into a contract.

Pure Python on numpy, scipy and shapely (no QGIS). Geometries come in as WKB (``None`` for a
feature without geometry), attributes as lists with ``None`` for NULL, coordinates and distances
in metres of one metric CRS. Every function returns positions in its input, so the caller maps
them back to feature ids; messages are the caller's job (they are translated).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Dict, Hashable, Iterable, List, Optional, Sequence, Tuple, Union

import numpy as np
from shapely import wkb as shapely_wkb
from shapely.validation import explain_validity

from ..arrays import ArrayLike, FloatArray, IntArray
from ..network import graph as network
from .data_model import is_true

# Line ends closer than this (metres) share a vertex: coordinates written by the same tool,
# up to rounding. A gap above it and within the near-miss distance is a digitising error.
SHARED_VERTEX_TOLERANCE = 1e-3

Geometry = Any  # a shapely geometry (shapely 1.8 gives no type information)
Wkb = Optional[Union[bytes, bytearray, memoryview]]  # None: a feature without geometry


# --- geometries -------------------------------------------------------------------------------

@dataclass(frozen=True)
class GeometryReport:
    """One feature's geometry: ``status`` is "ok", "null" (no geometry), "empty" or
    "invalid" (``reason`` from GEOS); ``x``, ``y`` locate the feature (a point on it) or the
    problem (where GEOS found it), None when there is nothing to locate."""

    status: str
    reason: str = ""
    x: Optional[float] = None
    y: Optional[float] = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


_LOCATION = re.compile(r"\[\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)")


def _first_finite_xy(geometry: Geometry) -> Optional[Tuple[float, float]]:
    """The first finite vertex of any (multi)geometry, or None."""
    parts = getattr(geometry, "geoms", [geometry])
    for part in parts:
        rings = [part.exterior, *part.interiors] if hasattr(part, "exterior") else [part]
        for ring in rings:
            for coordinate in ring.coords:
                if all(math.isfinite(c) for c in coordinate[:2]):
                    return float(coordinate[0]), float(coordinate[1])
    return None


def _all_finite(geometry: Geometry) -> bool:
    parts = getattr(geometry, "geoms", [geometry])
    for part in parts:
        rings = [part.exterior, *part.interiors] if hasattr(part, "exterior") else [part]
        if not all(np.isfinite(np.asarray(ring.coords, dtype=float)).all() for ring in rings):
            return False
    return True


def inspect_geometry(data: Wkb) -> GeometryReport:
    """A :class:`GeometryReport` for one WKB geometry (bytes, or None for no geometry)."""
    if data is None or len(data) == 0:
        return GeometryReport("null")
    try:
        geometry = shapely_wkb.loads(bytes(data))
    except Exception as error:  # noqa: BLE001 - GEOS raises several types for unreadable WKB
        return GeometryReport("invalid", f"unreadable geometry ({error})")
    if geometry.is_empty:
        return GeometryReport("empty")
    first = _first_finite_xy(geometry)
    if not _all_finite(geometry):
        return GeometryReport("invalid", "non-finite coordinate", *(first or (None, None)))
    if not geometry.is_valid:
        reason = explain_validity(geometry)
        found = _LOCATION.search(reason)
        where: Optional[Tuple[float, float]]
        if found:
            where = (float(found.group(1)), float(found.group(2)))
            reason = reason[:found.start()].strip()
        else:
            where = first
        return GeometryReport("invalid", reason, *(where or (None, None)))
    point = geometry.representative_point()
    return GeometryReport("ok", "", float(point.x), float(point.y))


def inspect_geometries(wkbs: Iterable[Wkb]) -> List[GeometryReport]:
    return [inspect_geometry(data) for data in wkbs]


def _parts(geometry: Geometry) -> List[Geometry]:
    return list(getattr(geometry, "geoms", [geometry]))


def point_parts(wkbs: Sequence[Wkb],
                reports: Sequence[GeometryReport]) -> Tuple[FloatArray, List[int]]:
    """Points (p, 2) of the features whose geometry is ok, and the position of the feature
    owning each point (a multipoint gives several)."""
    xy: List[Tuple[float, float]] = []
    owners: List[int] = []
    for i, (data, report) in enumerate(zip(wkbs, reports)):
        if not report.ok or data is None:
            continue
        for part in _parts(shapely_wkb.loads(bytes(data))):
            if part.geom_type == "Point":
                xy.append((part.x, part.y))
                owners.append(i)
    return np.array(xy, dtype=float).reshape(-1, 2), owners


def line_parts(wkbs: Sequence[Wkb],
               reports: Sequence[GeometryReport]) -> Tuple[List[FloatArray], List[int]]:
    """Single-part polylines ((k, 2) arrays) of the features whose geometry is ok, and the
    position of the feature owning each part. Polygons give their rings."""
    lines: List[FloatArray] = []
    owners: List[int] = []
    for i, (data, report) in enumerate(zip(wkbs, reports)):
        if not report.ok or data is None:
            continue
        for part in _parts(shapely_wkb.loads(bytes(data))):
            rings = ([part.exterior, *part.interiors] if part.geom_type == "Polygon"
                     else [part] if part.geom_type == "LineString" else [])
            for ring in rings:
                lines.append(np.asarray(ring.coords, dtype=float)[:, :2])
                owners.append(i)
    return lines, owners


# --- attributes -------------------------------------------------------------------------------

def is_blank(value: object) -> bool:
    """NULL, or text made only of spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def missing_values(values: Iterable[object]) -> List[int]:
    """Positions of NULL or blank values."""
    return [i for i, value in enumerate(values) if is_blank(value)]


def labelled_without_date(labelled: Iterable[object],
                          label_dates: Iterable[object]) -> List[int]:
    """Positions of features labelled (true) with a NULL or blank label date."""
    return [i for i, (flag, date) in enumerate(zip(labelled, label_dates))
            if is_true(flag) and is_blank(date)]


def duplicate_numbers(numbers: Iterable[object], networks: Iterable[object]
                      ) -> List[Tuple[Optional[str], Hashable, List[int]]]:
    """Groups of positions sharing one node number within one network, as
    (network, number, positions) in order of first appearance. NULL numbers are left out (the
    missing-names check reports them); NULL or blank networks form one network, ``None``.
    Text networks are compared trimmed, numbers as integers when they are whole."""
    groups: Dict[Tuple[Optional[str], Hashable], List[int]] = {}
    for i, (number, network_name) in enumerate(zip(numbers, networks)):
        if is_blank(number):
            continue
        key_network = None if is_blank(network_name) else str(network_name).strip()
        key_number = number_key(number)
        groups.setdefault((key_network, key_number), []).append(i)
    return [(net, number, positions) for (net, number), positions in groups.items()
            if len(positions) > 1]


def number_key(number: Any) -> Hashable:
    """A node number as compared: whole numbers as int (12, 12.0 and " 12 " alike), other text
    trimmed."""
    if isinstance(number, str):
        text = number.strip()
        try:
            number = float(text)
        except ValueError:
            return text
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


# --- distances to the network -----------------------------------------------------------------

def _flat(lines: Sequence[FloatArray]) -> Tuple[FloatArray, IntArray]:
    """Polylines (list of (k, 2) arrays) as flat vertices and pointers, dropping those with
    fewer than two vertices."""
    kept = [np.asarray(line, dtype=float)[:, :2] for line in lines if len(line) >= 2]
    if not kept:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    counts = [len(line) for line in kept]
    return np.concatenate(kept), np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


class LinesIndex:
    """The segments of polylines (list of (k, 2) arrays), indexed once for exact
    point-to-line distances however many point layers are measured against them."""

    def __init__(self, lines: Sequence[FloatArray]) -> None:
        xy, ptr = _flat(lines)
        self.index = network.SegmentIndex(xy, ptr) if len(xy) >= 2 else None
        # position in ``lines`` of each indexed polyline (those of one vertex are left out)
        self.kept = np.array([i for i, line in enumerate(lines) if len(line) >= 2],
                             dtype=np.int64)

    @property
    def empty(self) -> bool:
        return self.index is None

    def distance(self, points: ArrayLike) -> FloatArray:
        """Exact distance (metres) from each point (p, 2) to the nearest segment; infinity
        when there is no line, NaN for a non-finite point."""
        xy = np.asarray(points, dtype=float).reshape(-1, 2)
        distance = np.full(len(xy), np.inf)
        finite = np.isfinite(xy).all(axis=1)
        distance[~finite] = np.nan
        if self.index is None or not finite.any():
            return distance
        _, _, _, nearest = self.index.nearest(xy[finite])
        distance[finite] = nearest
        return distance

    def nearest_line(self, points: ArrayLike) -> Tuple[IntArray, FloatArray, FloatArray]:
        """(position in ``lines`` of the nearest polyline, exact distance, unit direction of
        the nearest segment (p, 2)) of each point (p, 2); (-1, infinity, NaN) when there is no
        line."""
        xy = np.asarray(points, dtype=float).reshape(-1, 2)
        line = np.full(len(xy), -1, dtype=np.int64)
        distance = np.full(len(xy), np.inf)
        direction = np.full((len(xy), 2), np.nan)
        if self.index is None or len(xy) == 0:
            return line, distance, direction
        segment, _, _, distance = self.index.nearest(xy)
        vector = self.index.b[segment] - self.index.a[segment]
        with np.errstate(invalid="ignore", divide="ignore"):
            direction = vector / np.hypot(vector[:, 0], vector[:, 1])[:, None]
        return self.kept[self.index.owner[segment]], distance, direction


def distance_to_lines(points: ArrayLike, lines: Sequence[FloatArray]) -> FloatArray:
    """Exact distance (metres) from each point (p, 2) to the nearest segment of ``lines``;
    infinity when there is no line, NaN for a non-finite point."""
    return LinesIndex(lines).distance(points)


def far_from_lines(points: ArrayLike, owners: ArrayLike, lines_index: LinesIndex,
                   tolerance: float) -> List[Tuple[int, float, float, float]]:
    """Features whose points lie farther than ``tolerance`` from every line of
    ``lines_index`` (a :class:`LinesIndex`).

    ``points`` (p, 2) are the points of the features, ``owners[i]`` the position of the
    feature owning point i (a multipoint has several). Returns (owner, distance, x, y) of each
    such feature, at its farthest point, in owner order. With no line at all, nothing is
    returned (there is no network to be far from)."""
    xy = np.asarray(points, dtype=float).reshape(-1, 2)
    owner_of = np.asarray(owners, dtype=np.int64)
    if len(xy) == 0 or lines_index.empty:
        return []
    distance = lines_index.distance(xy)
    far: Dict[int, Tuple[float, float, float]] = {}
    for i in np.flatnonzero(distance > tolerance).tolist():
        owner = int(owner_of[i])
        if owner not in far or distance[i] > far[owner][0]:
            far[owner] = (float(distance[i]), float(xy[i, 0]), float(xy[i, 1]))
    return [(owner, *far[owner]) for owner in sorted(far)]


# --- near misses ------------------------------------------------------------------------------

@dataclass(frozen=True)
class NearMiss:
    line: int  # position of the input line whose end almost touches another line
    x: float
    y: float
    gap_m: float


def near_misses(lines: Sequence[ArrayLike], near_miss_distance: float,
                shared_tolerance: float = SHARED_VERTEX_TOLERANCE) -> List[NearMiss]:
    """Line ends within ``near_miss_distance`` of another line without sharing a vertex
    with it (nor touching it within ``shared_tolerance``).

    The lines are noded by :func:`network.build_network` with ``shared_tolerance`` as the snap
    tolerance, and its diagnostics give the dangles that almost touch a line. Two ends facing
    each other across one gap (each the other's nearest point) are one finding: the first in
    network node order."""
    parts = [np.asarray(line, dtype=float)[:, :2] for line in lines]
    if not parts or not near_miss_distance > shared_tolerance:
        return []
    graph = network.build_network(parts, shared_tolerance)
    found = [d for d in network.network_diagnostics(graph, near_miss_distance)
             if d.kind == "near_miss"]
    node_line = _node_line(graph)
    kept: List[Tuple[float, float, float]] = []
    out: List[NearMiss] = []
    for diagnostic in found:
        if any(_same_gap(diagnostic, x, y, gap) for x, y, gap in kept):
            continue  # the other end of a gap already reported
        kept.append((diagnostic.x, diagnostic.y, diagnostic.distance_m))
        out.append(NearMiss(int(node_line[diagnostic.node]), diagnostic.x, diagnostic.y,
                            float(diagnostic.distance_m)))
    return out


def _same_gap(diagnostic: network.Diagnostic, x: float, y: float, gap: float) -> bool:
    """True when this end and the reported one at (x, y) are each other's nearest point."""
    between = math.hypot(diagnostic.x - x, diagnostic.y - y)
    slack = 1e-6 * max(1.0, between)
    return abs(between - gap) <= slack and abs(between - diagnostic.distance_m) <= slack


def _node_line(graph: network.Network) -> IntArray:
    """The input line of an edge at each node (any one: dangles have a single edge)."""
    node_line = np.full(graph.node_count, -1, dtype=np.int64)
    node_line[graph.edge_v] = graph.edge_line
    node_line[graph.edge_u] = graph.edge_line
    return node_line
