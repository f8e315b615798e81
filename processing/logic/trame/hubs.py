"""Hubs attached to the itinerary network: each hub's nearest network point, exact.

Pure numpy/scipy (no QGIS, no shapely import: hub geometries are read through the attributes
common to shapely 1.8 and 2.x). Coordinates and distances are metres in one metric CRS.

*Network.* The itineraries (cavaliers, voies vertes, chemins, véloroutes) are the graph of
:func:`network.build_network`: lines that cross without a shared vertex are **not** connected
(a cavalier on a bridge over a road is no junction), line ends and vertices closer than the snap
tolerance are. Components are numbered by decreasing total length.

*Hubs* (pôles de loisirs, terrils, parcs) are points or polygons with a weight ``a_i`` (the glue
passes the area for polygons, 1 for points, or a user field). A hub is attached to the network
at one point: the network point nearest to it (for a polygon, nearest to its boundary; distance
0 when the network touches, crosses or runs inside the polygon) if that distance, its *access*
distance, is at most ``access_distance``; otherwise the hub is *isolated* (not an error). When
several network points are equally near (a path across a park, an edge parallel to a side), the
one in the largest component wins, then the one nearest to the hub's centroid. Each hub has one
attachment, so **hubs never join components**: a terril between two cavaliers is not a cycling
connection, and two paths entering the same park stay apart unless they meet.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from typing import Any, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from ..network.graph import Locations, Network, SegmentIndex, locate_points, project, split_at
from .segments import BLOCK_CELLS, intersections, segment_offset

TIE_DISTANCE = 1e-6  # metres: attachment candidates this close to the nearest are ties

# A shapely geometry, 1.8 or 2.x (neither gives type information): read through the attributes
# both have (geom_type, coords, exterior, interiors, geoms, centroid).
Geometry = Any


class _Shape(NamedTuple):
    points: FloatArray  # (k, 2): points, and every vertex of lines and rings
    lines_xy: FloatArray  # flat polylines (lines, polygon rings), for distances
    lines_ptr: IntArray
    rings: List[FloatArray]  # closed rings bounding the area (even-odd rule); [] without area
    centre: FloatArray  # (2,) centroid, for ties


def _coords(geom: Geometry) -> FloatArray:
    return np.array([c[:2] for c in geom.coords], dtype=float).reshape(-1, 2)


def _collect(geom: Geometry, points: List[FloatArray], lines: List[FloatArray],
             rings: List[FloatArray]) -> None:
    if geom is None or geom.is_empty:
        return
    kind = geom.geom_type
    if kind == "Point":
        points.append(_coords(geom))
    elif kind in ("LineString", "LinearRing"):
        lines.append(_coords(geom))
    elif kind == "Polygon":
        for ring in [geom.exterior, *geom.interiors]:
            c = _coords(ring)
            if len(c):
                if not (c[0] == c[-1]).all():
                    c = np.concatenate([c, c[:1]])
                lines.append(c)
                rings.append(c)
    elif kind.startswith("Multi") or kind == "GeometryCollection":
        for part in geom.geoms:
            _collect(part, points, lines, rings)
    else:
        raise ValueError(f"unsupported hub geometry type: {kind}")


def _shape(geom: Geometry) -> Optional[_Shape]:
    """The parts of a hub geometry, or None when it is missing or empty."""
    points: List[FloatArray] = []
    lines: List[FloatArray] = []
    rings: List[FloatArray] = []
    _collect(geom, points, lines, rings)
    allpts = points + lines
    if not allpts:
        return None
    pts = np.concatenate(allpts)
    pts = pts[np.isfinite(pts).all(axis=1)]
    if len(pts) == 0:
        return None
    lines = [c for c in lines if len(c) >= 2]
    counts = [len(c) for c in lines]
    xy = np.concatenate(lines) if lines else np.zeros((0, 2))
    ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    centre = pts.mean(axis=0)
    try:
        c = geom.centroid
        if not c.is_empty and math.isfinite(c.x) and math.isfinite(c.y):
            centre = np.array([c.x, c.y])
    except (AttributeError, ValueError):  # pragma: no cover - exotic geometries
        pass
    return _Shape(pts, xy, ptr, rings, centre)


def _in_rings(pts: FloatArray, rings: List[FloatArray]) -> BoolArray:
    """Even-odd point-in-area test of points against closed rings (boundary: undefined)."""
    inside = np.zeros(len(pts), dtype=bool)
    for ring in rings:
        origin = ring[0]
        a, b = ring[:-1] - origin, ring[1:] - origin
        step = max(1, BLOCK_CELLS // max(len(a), 1))
        for k in range(0, len(pts), step):
            p = pts[k:k + step] - origin
            px, py = p[:, 0:1], p[:, 1:2]
            straddle = (a[:, 1] > py) != (b[:, 1] > py)
            with np.errstate(invalid="ignore", divide="ignore"):
                x = a[:, 0] + (py - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
            odd = (straddle & (px < x)).sum(axis=1) % 2 == 1
            inside[k:k + step] ^= odd
    return inside


class NearestPoints(NamedTuple):
    """Nearest network point of each hub (arrays of one value per hub).

    ``edge``/``offset`` place it on the network (-1/NaN for a missing or empty geometry, or an
    empty network); ``distance`` (metres, inf then) is the hub's distance to the network;
    ``network_xy`` is the network point and ``hub_xy`` the point of the hub nearest to it.
    """

    edge: IntArray
    offset: FloatArray
    distance: FloatArray
    network_xy: FloatArray
    hub_xy: FloatArray


# candidate nearest points of one hub: (edge, offset, distance, network xy, hub xy)
_Candidates = Tuple[IntArray, FloatArray, FloatArray, FloatArray, FloatArray]


def _nearest_shape(net: Network,
                   shape: _Shape) -> Tuple[int, float, float, FloatArray, FloatArray]:
    """(edge, offset, distance, network xy, hub xy) of one hub shape, exact."""
    index = net.segment_index
    loc = locate_points(net, shape.points)
    ok = loc.edge >= 0
    cands: List[_Candidates] = [(loc.edge[ok], loc.offset[ok], loc.distance[ok], loc.xy[ok],
                                  shape.points[ok])]
    if len(shape.lines_xy) > 1 and ok.any():
        hub = SegmentIndex(shape.lines_xy, shape.lines_ptr)
        if hub.tree is not None:
            cands += _area_candidates(net, index, hub, shape, float(loc.distance[ok].min()))
    edge, off, dist, nxy, hxy = (np.concatenate(c) for c in zip(*cands))
    tied = np.flatnonzero(dist <= dist.min() + TIE_DISTANCE)
    comp = net.edge_component[edge[tied]]
    to_centre = np.hypot(*(nxy[tied] - shape.centre).T)
    best = tied[np.lexsort((off[tied], edge[tied], to_centre, comp))[0]]
    return int(edge[best]), float(off[best]), float(dist[best]), nxy[best], hxy[best]


def _to_hub(hub: SegmentIndex, shape: _Shape,
            xy: FloatArray) -> Tuple[FloatArray, FloatArray]:
    """Distance from points to a hub and the hub point reached: its nearest line point, or
    the point itself (0 m) inside its area. ``hub`` indexes the hub's lines."""
    _, _, hxy, dist = hub.nearest(xy)
    hxy = hxy.copy()
    if shape.rings:
        inside = _in_rings(xy, shape.rings)
        dist = np.where(inside, 0.0, dist)
        hxy[inside] = xy[inside]
    return dist, hxy


def _area_candidates(net: Network, index: SegmentIndex, hub: SegmentIndex, shape: _Shape,
                     upper: float) -> List[_Candidates]:
    """Candidates from the network side: its vertices near the hub (distance to the hub's
    lines, 0 inside its area), crossings of the hub's boundary, and the projections of the
    hub's centroid (so that a path across a park is entered near its middle). ``upper`` is a
    distance already reached: nothing farther matters."""
    lo, hi = shape.lines_xy.min(axis=0), shape.lines_xy.max(axis=0)
    centre, half = (lo + hi) / 2, float(np.hypot(*(hi - lo)) / 2)
    _, seg = index.candidates(centre[None, :], half + upper)
    a, b = index.a[seg], index.b[seg]
    near = ((np.minimum(a, b) <= hi + upper + 1e-9) & (np.maximum(a, b) >= lo - upper - 1e-9))
    seg = seg[near.all(axis=1)]
    if len(seg) == 0:
        return []
    a, b = index.a[seg], index.b[seg]
    out: List[_Candidates] = []
    # network vertices
    vert = np.unique(np.concatenate([index.start[seg], index.start[seg] + 1]))
    vxy = net.edge_xy[vert]
    dist, hxy = _to_hub(hub, shape, vxy)
    out.append((net.vertex_edge[vert], net.vertex_chainage[vert], dist, vxy, hxy))
    # crossings of the hub's lines
    mid, half_len = (a + b) / 2, np.hypot(*(b - a).T) / 2
    pt, hseg = hub.candidates(mid, half_len)
    if len(pt):
        origin = a[pt]
        ok, t, _ = intersections(np.zeros_like(origin), b[pt] - origin, hub.a[hseg] - origin,
                                  hub.b[hseg] - origin)
        if ok.any():
            s, t = seg[pt[ok]], t[ok]
            pxy = index.a[s] * (1 - t)[:, None] + index.b[s] * t[:, None]
            e, o = segment_offset(net, s, t)
            out.append((e, o, np.zeros(len(s)), pxy, pxy))
    # projections of the centroid
    t, pxy, _ = project(np.repeat(shape.centre[None, :], len(seg), axis=0), a, b)
    dist, hxy = _to_hub(hub, shape, pxy)
    e, o = segment_offset(net, seg, t)
    out.append((e, o, dist, pxy, hxy))
    return out


def _nearest_points(net: Network,
                    pts: FloatArray) -> Tuple[IntArray, FloatArray, FloatArray, FloatArray]:
    """Nearest network point of finite points: (edge, offset, distance, xy); equally near
    segments (within TIE_DISTANCE) go to the largest component, then the lowest edge."""
    loc = locate_points(net, pts)
    index = net.segment_index
    pt, seg = index.candidates(pts, loc.distance + TIE_DISTANCE)
    t, xy, dist = project(pts[pt], index.a[seg], index.b[seg])
    ok = dist <= loc.distance[pt] + TIE_DISTANCE
    pt, seg, t, xy, dist = pt[ok], seg[ok], t[ok], xy[ok], dist[ok]
    edge, offset = segment_offset(net, seg, t)
    order = np.lexsort((offset, edge, net.edge_component[edge], pt))
    head = np.ones(len(order), dtype=bool)
    head[1:] = pt[order][1:] != pt[order][:-1]
    best = order[head]  # one per point, in point order
    return edge[best], offset[best], dist[best], xy[best]


def nearest_on_network(network: Network, hubs: Sequence[Geometry]) -> NearestPoints:
    """Exact nearest network point of each hub geometry (see :class:`NearestPoints`).

    Points are located in one vectorised pass; other geometries one by one (their vertices
    against the network, the network's vertices near them against their lines and area, and
    crossings). Ties: the largest component, then the point nearest to the hub's centroid.
    """
    h = len(hubs)
    out = NearestPoints(
        edge=np.full(h, -1, dtype=np.int64), offset=np.full(h, np.nan),
        distance=np.full(h, np.inf), network_xy=np.full((h, 2), np.nan),
        hub_xy=np.full((h, 2), np.nan),
    )
    if h == 0 or network.edge_count == 0:
        return out
    shapes = [_shape(g) for g in hubs]
    single = {k: s.points for k, s in enumerate(shapes)
              if s is not None and len(s.points) == 1 and len(s.lines_xy) == 0}
    if single:
        rows = np.array(list(single))
        pts = np.concatenate(list(single.values()))
        edge, offset, dist, xy = _nearest_points(network, pts)
        out.edge[rows], out.offset[rows], out.distance[rows] = edge, offset, dist
        out.network_xy[rows], out.hub_xy[rows] = xy, pts
    done = set(single)
    for k, s in enumerate(shapes):
        if s is None or k in done:
            continue
        e, o, d, nxy, hxy = _nearest_shape(network, s)
        out.edge[k], out.offset[k], out.distance[k] = e, o, d
        out.network_xy[k], out.hub_xy[k] = nxy, hxy
    return out



@dataclass(eq=False)
class HubAttachment:
    """Hubs attached to a network (arrays of one value per hub).

    ``node`` is the hub's node in ``network`` (the given network split at the attachment
    points, :func:`network.split_at`: original nodes keep their indices, edges keep their
    component and record their parent edge), -1 for an isolated hub. ``access_m`` is the hub's
    distance to the network (metres; 0 when the network touches it; also given for isolated
    hubs; inf for a missing or empty geometry or an empty network). ``component`` is the
    component of ``node``, -1 when isolated. ``network_xy``/``hub_xy``: the nearest network
    point and the nearest point of the hub.
    """

    node: IntArray
    access_m: FloatArray
    component: IntArray
    network: Network
    source_ref: weakref.ReferenceType[Network]
    network_xy: FloatArray
    hub_xy: FloatArray
    access_distance: float

    @property
    def source(self) -> Optional[Network]:
        """The network given to :func:`attach_hubs`, while its caller keeps it: a weak
        reference, so that the caller can free the unsplit network and its spatial indexes
        (gigabytes at region scale) once the hubs are attached."""
        return self.source_ref()

    @property
    def isolated(self) -> BoolArray:
        return self.node < 0

    @property
    def hub_count(self) -> int:
        return len(self.node)


def attach_hubs(network: Network, hubs: Sequence[Geometry],
                access_distance: float) -> HubAttachment:
    """Attach each hub geometry (shapely Point, Polygon, Multi*, in the network's CRS) at its
    nearest network point when it lies within ``access_distance`` metres."""
    access_distance = float(access_distance)
    if not access_distance >= 0:
        raise ValueError("access_distance must be a non-negative number of metres")
    near = nearest_on_network(network, list(hubs))
    attached = near.distance <= access_distance
    loc = Locations(edge=np.where(attached, near.edge, -1), offset=near.offset,
                    distance=near.distance, xy=near.network_xy)
    if network.edge_count:
        refined, node = split_at(network, loc)
    else:
        refined, node = network, np.full(len(near.edge), -1, dtype=np.int64)
    comp = np.full(len(node), -1, dtype=np.int64)
    comp[node >= 0] = refined.node_component[node[node >= 0]]
    return HubAttachment(node=node, access_m=near.distance, component=comp, network=refined,
                         source_ref=weakref.ref(network), network_xy=near.network_xy,
                         hub_xy=near.hub_xy, access_distance=access_distance)


def component_hub_counts(network: Network, hub_nodes: ArrayLike) -> IntArray:
    """Number of attached hubs in each component, (component_count,) int."""
    nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
    nodes = nodes[nodes >= 0]
    return np.bincount(network.node_component[nodes], minlength=network.component_count)
