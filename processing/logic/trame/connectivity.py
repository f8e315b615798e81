"""Connectivity of an itinerary network between hubs: components, bridges, IIC, PC, missing links.

Pure numpy/scipy (no QGIS, no shapely import: hub geometries are read through the attributes
common to shapely 1.8 and 2.x). Coordinates and distances are metres in one metric CRS.

The model
---------
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

*Hub-to-hub distance* ``d_ij = access_i + D(node_i, node_j) + access_j``, with D the shortest
network distance between the attachment points; ``d_ii = 0``; ``d_ij = inf`` when the hubs are
in different components or one is isolated. Two hubs are *connected* when
``d_ij <= distance_threshold``.

*IIC*, the integral index of connectivity (Pascual-Hortal & Saura 2006, Landscape Ecology 21):
``IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L**2``. The hub graph links two hubs when they
are connected (above); ``nl_ij`` is the number of links on the shortest path from i to j in
that graph (``nl_ii = 0``; pairs without a path contribute 0). The double sum includes
``i = j``: every hub, isolated or not, contributes ``a_i**2``. ``A_L``, the "landscape
attribute" (the study area in the ecological original), is taken as the total weight of all
hubs (isolated ones included), so that IIC lies in [0, 1]: 1 only when all the weight is in
one hub, and ``sum a_i**2 / A_L**2`` when no two hubs are connected.

*PC*, the probability of connectivity (Saura & Pascual-Hortal 2007, Landscape and Urban
Planning 83): ``PC = sum_i sum_j a_i a_j p*_ij / A_L**2`` with ``p_ij = exp(-k d_ij)`` and
``k = ln 2 / distance_threshold``: the probability halves every ``distance_threshold`` metres
(0.5 at the threshold, 1 for ``i = j``, 0 across components). ``p*_ij`` is the largest product
of probabilities over all paths through other hubs; network distances obey the triangle
inequality and access distances are non-negative, so ``d_ij <= d_ik + d_kj`` and the direct
pair is always the best path: ``p*_ij = p_ij``.

*dIIC_k*, the importance of hub k: ``100 * (IIC - IIC_without_k) / IIC`` (percent of IIC lost
when hub k disappears). Removing k removes its weight from the sums and its links from the hub
graph (a stepping stone lost lengthens ``nl``), while ``A_L`` stays the original total
(Conefor's convention: the landscape does not shrink when a patch is lost).

*Bridges*: an edge whose removal increases the number of components (never a self-loop, never
one of parallel edges). Found by one iterative depth-first search, O(V + E), no recursion.
``cut_hub_pairs`` of a bridge is ``a * b``, the number of pairs of *attached* hubs it would
disconnect, with ``a`` hubs on one side and ``b`` on the other (hubs attached at the same node
count separately), from subtree hub counts of the same search.

*Missing links* are straight segments no longer than ``max_link_length``: (i) for each pair of
components, the shortest segment between them, searched exactly (between every vertex and every
segment interior of the other component, and crossings, which give 0 m links); (ii) for each
isolated hub, the segment from the hub to the nearest network point, which would attach it
(its length then becomes the hub's access distance). They are ranked greedily: at each step
the candidate that puts the most pairs of hubs (attached, or attached by the candidate) into
one component for the first time, whatever their distance, ties broken by the larger IIC
gain, then the shorter link; after each choice components merge, the link becomes an edge of
its straight length, and gains are recomputed. ``d_iic_pct`` of a link is its IIC gain in
percent of the IIC before it (links ranked before it included). The greedy is myopic: a link
to a component without hubs adds no pair and is never proposed on its own.

Typical use (the glue)::

    net = network.build_network(lines, snap_tolerance)
    att = attach_hubs(net, hubs, access_distance)             # att.network: split at hubs
    br = components_and_bridges(att.network)                  # output edges: att.network's
    cut = bridge_cut_pairs(att.network, br, att.node)
    d = hub_distances(att.network, att.node, att.access_m)   # exact, no limit (PC needs all)
    figures = summary(att.network, br, att, weights, d, threshold)
    reach, loss = reachable_hubs(d, threshold), d_iic_pct(weights, d, threshold)
    links = missing_links(att.network, att, hubs, weights, max_link, threshold, count)
"""

import math
from dataclasses import dataclass
from typing import List, NamedTuple, Optional

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..network.graph import Locations, SegmentIndex, locate_points, project, split_at

TIE_DISTANCE = 1e-6  # metres: attachment candidates this close to the nearest are ties
IIC_DECIMALS = 12  # IIC gains compared to 1e-12 (IIC is in [0, 1]) so equal gains tie exactly
HEAVY_VERTICES = 2000  # components with more vertices are searched against, not through
MAX_HEAVY = 16
ZERO_LINK = 1e-9  # metres: graph weight of a 0 m link (a crossing), so that it is an edge
DIJKSTRA_CELLS = 4_000_000  # rows x nodes of one Dijkstra block (memory bound)
FULL_TABLE_CELLS = 16_000_000  # hub-to-node distances kept whole up to 128 MB


# --------------------------------------------------------------------------------------------
# Hub geometries and their nearest network points
# --------------------------------------------------------------------------------------------


class _Shape(NamedTuple):
    points: np.ndarray  # (k, 2): points, and every vertex of lines and rings
    lines_xy: np.ndarray  # flat polylines (lines, polygon rings), for distances
    lines_ptr: np.ndarray
    rings: List[np.ndarray]  # closed rings bounding the area (even-odd rule); [] without area
    centre: np.ndarray  # (2,) centroid, for ties


def _coords(geom):
    return np.array([c[:2] for c in geom.coords], dtype=float).reshape(-1, 2)


def _collect(geom, points, lines, rings):
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


def _shape(geom):
    """The parts of a hub geometry, or None when it is missing or empty."""
    points, lines, rings = [], [], []
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


def _in_rings(pts, rings):
    """Even-odd point-in-area test of points against closed rings (boundary: undefined)."""
    inside = np.zeros(len(pts), dtype=bool)
    for ring in rings:
        origin = ring[0]
        a, b = ring[:-1] - origin, ring[1:] - origin
        step = max(1, DIJKSTRA_CELLS // max(len(a), 1))
        for k in range(0, len(pts), step):
            p = pts[k:k + step] - origin
            px, py = p[:, 0:1], p[:, 1:2]
            straddle = (a[:, 1] > py) != (b[:, 1] > py)
            with np.errstate(invalid="ignore", divide="ignore"):
                x = a[:, 0] + (py - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
            odd = (straddle & (px < x)).sum(axis=1) % 2 == 1
            inside[k:k + step] ^= odd
    return inside


def _cross(a, b):
    return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]


def _intersections(p0, p1, q0, q1):
    """Proper or touching intersections of segments [p0, p1] and [q0, q1] (row-wise).

    Returns (ok, t, u): the point is p0 + t (p1 - p0) = q0 + u (q1 - q0). Parallel segments are
    never reported (their nearest points are ends, found by the vertex searches).
    """
    r, s, w = p1 - p0, q1 - q0, q0 - p0
    den = _cross(r, s)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = _cross(w, s) / den
        u = _cross(w, r) / den
    ok = (den != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
    return ok, np.clip(np.nan_to_num(t), 0, 1), np.clip(np.nan_to_num(u), 0, 1)


def _seg_offset(net, seg, t):
    """Offset (metres from the edge's u node) of parameter t on segments of segment_index."""
    index = net.segment_index
    edge = index.owner[seg]
    ch = net.vertex_chainage
    start = index.start[seg]
    off = ch[start] + t * (ch[start + 1] - ch[start])
    return edge, np.clip(off, 0.0, net.edge_length[edge])


class NearestPoints(NamedTuple):
    """Nearest network point of each hub (arrays of one value per hub).

    ``edge``/``offset`` place it on the network (-1/NaN for a missing or empty geometry, or an
    empty network); ``distance`` (metres, inf then) is the hub's distance to the network;
    ``network_xy`` is the network point and ``hub_xy`` the point of the hub nearest to it.
    """

    edge: np.ndarray
    offset: np.ndarray
    distance: np.ndarray
    network_xy: np.ndarray
    hub_xy: np.ndarray


def _nearest_shape(net, shape):
    """(edge, offset, distance, network xy, hub xy) of one hub shape, exact."""
    index = net.segment_index
    loc = locate_points(net, shape.points)
    ok = loc.edge >= 0
    cands = [(loc.edge[ok], loc.offset[ok], loc.distance[ok], loc.xy[ok], shape.points[ok])]
    if len(shape.lines_xy) > 1 and ok.any():
        hub = SegmentIndex(shape.lines_xy, shape.lines_ptr)
        if hub.tree is not None:
            cands += _area_candidates(net, index, hub, shape, float(loc.distance[ok].min()))
    edge, off, dist, nxy, hxy = (np.concatenate(c) for c in zip(*cands))
    tied = np.flatnonzero(dist <= dist.min() + TIE_DISTANCE)
    comp = net.edge_component[edge[tied]]
    to_centre = np.hypot(*(nxy[tied] - shape.centre).T)
    best = tied[np.lexsort((off[tied], edge[tied], to_centre, comp))[0]]
    return edge[best], off[best], dist[best], nxy[best], hxy[best]


def _to_hub(hub, shape, xy):
    """Distance from points to a hub and the hub point reached: its nearest line point, or
    the point itself (0 m) inside its area. ``hub`` indexes the hub's lines."""
    _, _, hxy, dist = hub.nearest(xy)
    hxy = hxy.copy()
    if shape.rings:
        inside = _in_rings(xy, shape.rings)
        dist = np.where(inside, 0.0, dist)
        hxy[inside] = xy[inside]
    return dist, hxy


def _area_candidates(net, index, hub, shape, upper):
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
    out = []
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
        ok, t, _ = _intersections(np.zeros_like(origin), b[pt] - origin, hub.a[hseg] - origin,
                                  hub.b[hseg] - origin)
        if ok.any():
            s, t = seg[pt[ok]], t[ok]
            pxy = index.a[s] * (1 - t)[:, None] + index.b[s] * t[:, None]
            e, o = _seg_offset(net, s, t)
            out.append((e, o, np.zeros(len(s)), pxy, pxy))
    # projections of the centroid
    t, pxy, _ = project(np.repeat(shape.centre[None, :], len(seg), axis=0), a, b)
    dist, hxy = _to_hub(hub, shape, pxy)
    e, o = _seg_offset(net, seg, t)
    out.append((e, o, dist, pxy, hxy))
    return out


def _nearest_points(net, pts):
    """Nearest network point of finite points: (edge, offset, distance, xy); equally near
    segments (within TIE_DISTANCE) go to the largest component, then the lowest edge."""
    loc = locate_points(net, pts)
    index = net.segment_index
    pt, seg = index.candidates(pts, loc.distance + TIE_DISTANCE)
    t, xy, dist = project(pts[pt], index.a[seg], index.b[seg])
    ok = dist <= loc.distance[pt] + TIE_DISTANCE
    pt, seg, t, xy, dist = pt[ok], seg[ok], t[ok], xy[ok], dist[ok]
    edge, offset = _seg_offset(net, seg, t)
    order = np.lexsort((offset, edge, net.edge_component[edge], pt))
    head = np.ones(len(order), dtype=bool)
    head[1:] = pt[order][1:] != pt[order][:-1]
    best = order[head]  # one per point, in point order
    return edge[best], offset[best], dist[best], xy[best]


def nearest_on_network(network, hubs):
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
    single = [k for k, s in enumerate(shapes)
              if s is not None and len(s.points) == 1 and len(s.lines_xy) == 0]
    if single:
        k = np.array(single)
        pts = np.concatenate([shapes[i].points for i in single])
        edge, offset, dist, xy = _nearest_points(network, pts)
        out.edge[k], out.offset[k], out.distance[k] = edge, offset, dist
        out.network_xy[k], out.hub_xy[k] = xy, pts
    done = set(single)
    for k, s in enumerate(shapes):
        if s is None or k in done:
            continue
        e, o, d, nxy, hxy = _nearest_shape(network, s)
        out.edge[k], out.offset[k], out.distance[k] = e, o, d
        out.network_xy[k], out.hub_xy[k] = nxy, hxy
    return out


# --------------------------------------------------------------------------------------------
# Attachment
# --------------------------------------------------------------------------------------------


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

    node: np.ndarray
    access_m: np.ndarray
    component: np.ndarray
    network: object
    source: object
    network_xy: np.ndarray
    hub_xy: np.ndarray
    access_distance: float

    @property
    def isolated(self):
        return self.node < 0

    @property
    def hub_count(self):
        return len(self.node)


def attach_hubs(network, hubs, access_distance):
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
                         source=network, network_xy=near.network_xy, hub_xy=near.hub_xy,
                         access_distance=access_distance)


def component_hub_counts(network, hub_nodes):
    """Number of attached hubs in each component, (component_count,) int."""
    nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
    nodes = nodes[nodes >= 0]
    return np.bincount(network.node_component[nodes], minlength=network.component_count)


# --------------------------------------------------------------------------------------------
# Bridges
# --------------------------------------------------------------------------------------------


class Bridges(NamedTuple):
    """Bridges and the depth-first forest that found them.

    ``is_bridge`` (m,) bool; ``child`` (m,) the node below each tree edge of the forest, -1 for
    other edges; ``preorder`` (n,) discovery rank of each node; ``subtree_size`` (n,): the
    subtree of node x holds the nodes of ranks ``preorder[x] .. preorder[x] + size - 1``.
    ``node_component``/``edge_component``/``component_count`` are the network's.
    """

    is_bridge: np.ndarray
    child: np.ndarray
    preorder: np.ndarray
    subtree_size: np.ndarray
    node_component: np.ndarray
    edge_component: np.ndarray
    component_count: int


def _dfs_lowpoints(n, ptr, edges, nbr):
    """Iterative depth-first search (Hopcroft-Tarjan low points), O(V + E), no recursion.

    ``ptr``/``edges``/``nbr``: incident edges of each node and the node across each. The parent
    edge is skipped by its index, so a parallel edge back to the parent is a back edge.
    Returns lists (preorder, low, parent_edge, size).
    """
    nxt = ptr[:-1].tolist()
    end = ptr[1:].tolist()
    edges = edges.tolist()
    nbr = nbr.tolist()
    pre = [-1] * n
    low = [0] * n
    pedge = [-1] * n
    size = [1] * n
    t = 0
    for root in range(n):
        if pre[root] >= 0:
            continue
        pre[root] = low[root] = t
        t += 1
        stack = [root]
        while stack:
            x = stack[-1]
            i, stop = nxt[x], end[x]
            descended = False
            while i < stop:
                e = edges[i]
                i += 1
                if e == pedge[x]:
                    continue
                y = nbr[i - 1]
                py = pre[y]
                if py < 0:
                    pedge[y] = e
                    pre[y] = low[y] = t
                    t += 1
                    stack.append(y)
                    descended = True
                    break
                if py < low[x]:
                    low[x] = py
            nxt[x] = i
            if descended:
                continue
            stack.pop()
            if stack:
                p = stack[-1]
                if low[x] < low[p]:
                    low[p] = low[x]
                size[p] += size[x]
    return pre, low, pedge, size


def components_and_bridges(network):
    """Bridges of the network's multigraph (see :class:`Bridges`); components are the
    network's own (numbered by decreasing length)."""
    n, m = network.node_count, network.edge_count
    ptr, edges = network.incidence
    owner = np.repeat(np.arange(n, dtype=np.int64), np.diff(ptr))
    nbr = network.edge_u[edges] + network.edge_v[edges] - owner
    pre, low, pedge, size = _dfs_lowpoints(n, ptr, edges, nbr)
    pre = np.array(pre, dtype=np.int64)
    low = np.array(low, dtype=np.int64)
    pedge = np.array(pedge, dtype=np.int64)
    child = np.full(m, -1, dtype=np.int64)
    tree = np.flatnonzero(pedge >= 0)
    child[pedge[tree]] = tree
    is_bridge = np.zeros(m, dtype=bool)
    is_bridge[pedge[tree]] = low[tree] == pre[tree]
    return Bridges(is_bridge=is_bridge, child=child, preorder=pre,
                   subtree_size=np.array(size, dtype=np.int64),
                   node_component=network.node_component,
                   edge_component=network.edge_component,
                   component_count=int(network.component_count))


def bridge_cut_pairs(network, bridges, hub_nodes):
    """Pairs of attached hubs each bridge would disconnect, (m,) int (0 for other edges).

    ``bridges`` is the :class:`Bridges` of this network (a bool array is accepted: the search
    is then run again). ``hub_nodes``: one node per hub, -1 for isolated hubs (ignored).
    """
    if not isinstance(bridges, Bridges):
        bridges = components_and_bridges(network)
    n, m = network.node_count, network.edge_count
    nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
    nodes = nodes[nodes >= 0]
    out = np.zeros(m, dtype=np.int64)
    if len(nodes) == 0 or not bridges.is_bridge.any():
        return out
    count = np.bincount(nodes, minlength=n)
    by_rank = np.zeros(n, dtype=np.int64)
    by_rank[bridges.preorder] = count
    cum = np.concatenate([[0], np.cumsum(by_rank)])
    e = np.flatnonzero(bridges.is_bridge)
    x = bridges.child[e]
    r = bridges.preorder[x]
    below = cum[r + bridges.subtree_size[x]] - cum[r]
    total = component_hub_counts(network, nodes)[network.edge_component[e]]
    out[e] = below * (total - below)
    return out


# --------------------------------------------------------------------------------------------
# Hub distances and indices
# --------------------------------------------------------------------------------------------


def _dijkstra_columns(graph, sources, columns, limit):
    """Network distances from source nodes to column nodes (None: every node), (s, c), in
    memory-bound blocks."""
    n = graph.shape[0]
    out = np.full((len(sources), n if columns is None else len(columns)), np.inf)
    step = max(1, DIJKSTRA_CELLS // max(n, 1))
    for k in range(0, len(sources), step):
        d = csgraph.dijkstra(graph, directed=True, indices=sources[k:k + step], limit=limit)
        out[k:k + step] = d.reshape(-1, n) if columns is None else d.reshape(-1, n)[:, columns]
    return out


class NodeDistances:
    """Network distances from the hubs' nodes to every node, one Dijkstra per run, kept whole
    when it fits in ``FULL_TABLE_CELLS`` (the missing-link ranking reads it again); columns are
    recomputed in blocks otherwise."""

    def __init__(self, network, hub_nodes):
        self.network = network
        nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
        self.sources = np.unique(nodes[nodes >= 0])
        self.table = None
        n = network.node_count
        if len(self.sources) and len(self.sources) * n <= FULL_TABLE_CELLS:
            self.table = _dijkstra_columns(network.adjacency(), self.sources, None, np.inf)

    def rows(self, nodes):
        """Row of each hub node (nodes must be among the sources)."""
        return np.searchsorted(self.sources, nodes)

    def columns(self, columns, limit=np.inf):
        """(sources, columns) distances, inf beyond ``limit``."""
        if self.table is None:
            return _dijkstra_columns(self.network.adjacency(), self.sources, columns, limit)
        out = self.table[:, columns]
        out[out > limit] = np.inf
        return out

    def on_split(self, split, nodes, limit=np.inf):
        """(sources, nodes) distances to nodes of ``split`` (the network split by
        :func:`split_at`): a new node on edge u-v at offset o is reached through u or v."""
        nodes = np.asarray(nodes, dtype=np.int64)
        n = self.network.node_count
        old = nodes < n
        out = np.empty((len(self.sources), len(nodes)))
        out[:, old] = self.columns(nodes[old], np.inf)
        new = np.flatnonzero(~old)
        if len(new):
            # a piece of the split network at each new node, and the node's offset on its parent
            offset_at = np.full(split.node_count, np.nan)
            parent_at = np.full(split.node_count, -1, dtype=np.int64)
            offset_at[split.edge_u], parent_at[split.edge_u] = (split.edge_start_offset,
                                                                split.edge_parent)
            offset_at[split.edge_v], parent_at[split.edge_v] = (split.edge_end_offset,
                                                                split.edge_parent)
            e, off = parent_at[nodes[new]], offset_at[nodes[new]]
            net = self.network
            du = self.columns(net.edge_u[e], np.inf)
            dv = self.columns(net.edge_v[e], np.inf)
            out[:, new] = np.minimum(du + off, dv + (net.edge_length[e] - off))
        out[out > limit] = np.inf
        return out


def hub_distances(network, hub_nodes, access_m, limit=np.inf, node_distances=None):
    """Hub-to-hub distances d_ij = access_i + D + access_j (metres), (h, h).

    One Dijkstra per distinct attached node (in blocks), limited to ``limit``; entries larger
    than ``limit`` (and pairs in different components, or with an isolated hub: node -1) are
    inf; the diagonal is 0. PC needs exact distances: keep ``limit`` inf for it.
    ``node_distances`` (a :class:`NodeDistances` of these hub nodes) saves the Dijkstra.
    """
    nodes = np.asarray(hub_nodes, dtype=np.int64).reshape(-1)
    access = np.asarray(access_m, dtype=float).reshape(-1)
    h = len(nodes)
    d = np.full((h, h), np.inf)
    ok = np.flatnonzero(nodes >= 0)
    if len(ok):
        uniq, inv = np.unique(nodes[ok], return_inverse=True)
        if node_distances is None:
            dn = _dijkstra_columns(network.adjacency(), uniq, uniq, limit)
        else:
            dn = node_distances.columns(uniq, limit)[node_distances.rows(uniq)]
        dn = np.minimum(dn, dn.T)  # the same path both ways: remove rounding asymmetry
        sub = access[ok][:, None] + dn[np.ix_(inv, inv)] + access[ok][None, :]
        sub[sub > limit] = np.inf
        d[np.ix_(ok, ok)] = sub
    np.fill_diagonal(d, 0.0)
    return d


def _weights(weights, h):
    a = np.asarray(weights, dtype=float).reshape(-1)
    if len(a) != h:
        raise ValueError(f"{len(a)} weights for {h} hubs")
    if not (np.isfinite(a) & (a >= 0)).all():
        raise ValueError("hub weights must be finite non-negative numbers")
    return a


def _hops(d, threshold):
    """nl_ij: links on the shortest path of the hub graph (d <= threshold), inf if none."""
    h = len(d)
    adj = np.asarray(d) <= threshold
    np.fill_diagonal(adj, False)
    if h == 0:
        return np.zeros((0, 0))
    return csgraph.shortest_path(sparse.csr_matrix(adj.astype(float)), directed=False,
                                 unweighted=True)


def _total(a, total_weight):
    return float(a.sum()) if total_weight is None else float(total_weight)


def iic(weights, d, threshold, total_weight=None):
    """Integral index of connectivity (see the module notes); 0 without hubs or weight."""
    d = np.asarray(d, dtype=float)
    a = _weights(weights, len(d))
    total = _total(a, total_weight)
    if len(a) == 0 or total <= 0:
        return 0.0
    nl = _hops(d, threshold)
    return float((np.outer(a, a) / (1.0 + nl)).sum() / total**2)


def pc(weights, d, threshold, total_weight=None):
    """Probability of connectivity with p_ij = exp(-ln 2 d_ij / threshold) (module notes)."""
    threshold = float(threshold)
    if not threshold > 0:
        raise ValueError("the distance threshold of PC must be positive")
    d = np.asarray(d, dtype=float)
    a = _weights(weights, len(d))
    total = _total(a, total_weight)
    if len(a) == 0 or total <= 0:
        return 0.0
    k = math.log(2.0) / threshold
    with np.errstate(invalid="ignore", over="ignore"):
        p = np.where(np.isfinite(d), np.exp(-k * d), 0.0)
    np.fill_diagonal(p, 1.0)
    return float((np.outer(a, a) * p).sum() / total**2)


def reachable_hubs(d, threshold):
    """Number of other hubs within ``threshold`` metres of each hub, (h,) int."""
    d = np.asarray(d, dtype=float)
    near = d <= threshold
    np.fill_diagonal(near, False)
    return near.sum(axis=1).astype(np.int64)


def d_iic_pct(weights, d, threshold):
    """Percent of IIC lost when each hub disappears, (h,) (A_L kept at the original total).

    Without hub k, nl_ij can only grow when every shortest hub-graph path from i to j passes
    through k. That never happens when every two non-adjacent neighbours of k have another
    common neighbour (a detour of the same length); otherwise nl is recomputed, within k's
    hub-graph component, from the hubs having k on a shortest path.
    """
    d = np.asarray(d, dtype=float)
    h = len(d)
    a = _weights(weights, h)
    total = float(a.sum())
    out = np.zeros(h)
    if h == 0 or total <= 0:
        return out
    nl = _hops(d, threshold)
    contrib = np.outer(a, a) / (1.0 + nl)
    whole = contrib.sum()
    if whole <= 0:
        return out
    adj = d <= threshold
    np.fill_diagonal(adj, False)
    adj_f = adj.astype(float)
    common = adj_f @ adj_f  # common neighbours of each pair
    graph = sparse.csr_matrix(adj_f)
    for k in range(h):
        # hub k's own row and column
        lost = contrib[k].sum() + contrib[:, k].sum() - contrib[k, k]
        nbr = np.flatnonzero(adj[k])
        if len(nbr) >= 2:
            far = ~adj[np.ix_(nbr, nbr)]
            np.fill_diagonal(far, False)
            needed = (far & (common[np.ix_(nbr, nbr)] < 2)).any()
        else:
            needed = False
        if needed:
            members = np.flatnonzero(np.isfinite(nl[k]))
            members = members[members != k]
            via = nl[members, k][:, None] + nl[k, members][None, :]
            rows = np.flatnonzero((via == nl[np.ix_(members, members)]).any(axis=1))
            sub = graph[members][:, members]
            sub_nl = csgraph.shortest_path(sub, method="D", directed=True, unweighted=True,
                                           indices=rows)
            aa = np.outer(a[members[rows]], a[members])
            before = contrib[np.ix_(members[rows], members)].sum()
            lost += before - (aa / (1.0 + sub_nl)).sum()
        out[k] = 100.0 * lost / whole
    return out


def summary(network, bridges, attachment, weights, d, threshold):
    """Headline figures of ``trameconnectivity``: results names to numbers.

    ``d`` must be the exact distances (``hub_distances`` without limit) for PC.
    ``ISOLATED_HUB_COUNT`` counts every hub not attached (empty geometries included).
    """
    lengths = network.component_length
    return {
        "COMPONENT_COUNT": int(network.component_count),
        "BRIDGE_COUNT": int(np.count_nonzero(bridges.is_bridge)),
        "ISOLATED_HUB_COUNT": int(np.count_nonzero(attachment.node < 0)),
        "IIC": iic(weights, d, threshold),
        "PC": pc(weights, d, threshold) if len(d) else 0.0,
        "LARGEST_COMPONENT_KM": float(lengths[0]) / 1000.0 if len(lengths) else 0.0,
    }


# --------------------------------------------------------------------------------------------
# Candidate links between components
# --------------------------------------------------------------------------------------------


class ComponentLinks(NamedTuple):
    """Shortest straight link between each pair of components closer than the maximum.

    Side a is the component with the lower number (``comp_a < comp_b``); ``edge``/``offset``
    place each end on the network, ``xy`` gives it. Ordered by (comp_a, comp_b).
    """

    comp_a: np.ndarray
    comp_b: np.ndarray
    length: np.ndarray
    xy_a: np.ndarray
    xy_b: np.ndarray
    edge_a: np.ndarray
    offset_a: np.ndarray
    edge_b: np.ndarray
    offset_b: np.ndarray

    @property
    def count(self):
        """Number of links."""
        return len(self.comp_a)


class _Group(NamedTuple):
    segs: np.ndarray  # segments of network.segment_index, ascending
    verts: np.ndarray  # vertices of edge_xy
    index: Optional[SegmentIndex]
    single: bool  # one component only


def _group(net, seg_mask, vert_mask, single):
    segs = np.flatnonzero(seg_mask)
    index = None
    if len(segs):
        si = net.segment_index
        xy = np.empty((2 * len(segs), 2))
        xy[0::2], xy[1::2] = si.a[segs], si.b[segs]
        index = SegmentIndex(xy, np.arange(0, 2 * len(segs) + 1, 2, dtype=np.int64))
    return _Group(segs, np.flatnonzero(vert_mask), index, single)


def _best_per_pair(rows, n_comp):
    """Keep the shortest row of each component pair, sides oriented so that comp_a < comp_b."""
    if not rows:
        return None
    ca, cb, ln, xa, xb, ea, oa, eb, ob = (np.concatenate(c) for c in zip(*rows))
    swap = ca > cb
    ca, cb = np.where(swap, cb, ca), np.where(swap, ca, cb)
    xa, xb = np.where(swap[:, None], xb, xa), np.where(swap[:, None], xa, xb)
    ea, eb = np.where(swap, eb, ea), np.where(swap, ea, eb)
    oa, ob = np.where(swap, ob, oa), np.where(swap, oa, ob)
    key = ca * n_comp + cb
    order = np.lexsort((ob, eb, oa, ea, ln, key))
    head = np.ones(len(order), dtype=bool)
    head[1:] = key[order][1:] != key[order][:-1]
    k = order[head]
    return [ca[k], cb[k], ln[k], xa[k], xb[k], ea[k], oa[k], eb[k], ob[k]]


def _vertex_rows(net, src, dst, max_len, n_comp):
    """Vertices of group ``src`` to the segments of group ``dst`` within max_len, other
    components only, reduced to the shortest per component pair."""
    if len(src.verts) == 0 or dst.index is None:
        return []
    si = net.segment_index
    seg_comp = net.edge_component[si.owner]
    vcomp = net.edge_component[net.vertex_edge]
    rows = []
    step = 20000
    for k in range(0, len(src.verts), step):
        v = src.verts[k:k + step]
        pts = net.edge_xy[v]
        if dst.single:
            d0, _ = dst.index.tree.query(pts, distance_upper_bound=max_len + dst.index.reach
                                         + 1e-6)
            vi = np.flatnonzero(np.isfinite(d0))
            if len(vi) == 0:
                continue
            s, t, xy, dist = dst.index.nearest(pts[vi])
        else:
            vi, s = dst.index.candidates(pts, max_len)
            t, xy, dist = project(pts[vi], dst.index.a[s], dst.index.b[s])
        s = dst.segs[s]
        ok = (dist <= max_len) & (vcomp[v[vi]] != seg_comp[s])
        vi, s, t, xy, dist = vi[ok], s[ok], t[ok], xy[ok], dist[ok]
        if len(vi) == 0:
            continue
        eb, ob = _seg_offset(net, s, t)
        vv = v[vi]
        part = _best_per_pair([(vcomp[vv], seg_comp[s], dist, net.edge_xy[vv], xy,
                                net.vertex_edge[vv], net.vertex_chainage[vv], eb, ob)], n_comp)
        rows.append(tuple(part))
    return rows


def _crossing_rows(net, x, y):
    """Crossings between segments of groups x and y in different components (0 m links)."""
    if x.index is None or y.index is None:
        return []
    if len(x.segs) > len(y.segs):
        x, y = y, x
    si = net.segment_index
    seg_comp = net.edge_component[si.owner]
    chunk, ys = y.index.candidates(x.index.chunk_xy, x.index.reach * (1 + 1e-9) + 1e-9)
    if len(chunk) == 0:
        return []
    xs = x.segs[x.index.chunk_seg[chunk]]
    ys = y.segs[ys]
    pair = np.unique(np.column_stack([xs, ys]), axis=0)
    xs, ys = pair[:, 0], pair[:, 1]
    keep = seg_comp[xs] != seg_comp[ys]
    xs, ys = xs[keep], ys[keep]
    if len(xs) == 0:
        return []
    origin = si.a[xs]
    ok, t, u = _intersections(np.zeros_like(origin), si.b[xs] - origin, si.a[ys] - origin,
                              si.b[ys] - origin)
    xs, ys, t, u = xs[ok], ys[ok], t[ok], u[ok]
    if len(xs) == 0:
        return []
    pxy = si.a[xs] * (1 - t)[:, None] + si.b[xs] * t[:, None]
    ea, oa = _seg_offset(net, xs, t)
    eb, ob = _seg_offset(net, ys, u)
    return [(seg_comp[xs], seg_comp[ys], np.zeros(len(xs)), pxy, pxy, ea, oa, eb, ob)]


def component_links(network, max_link_length, heavy_vertices=HEAVY_VERTICES):
    """Shortest straight link (metres) between every pair of components at most
    ``max_link_length`` apart, exact: every vertex against every segment of the other
    component (the shortest segment between two polylines that do not cross has a vertex at
    one end) and every crossing (0 m). Spatial queries only (k-d trees), never all pairs.

    The largest components (more than ``heavy_vertices`` vertices, at most 16) are searched by
    their own trees, so that their dense interiors are never compared with themselves.
    """
    net = network
    max_len = float(max_link_length)
    n_comp = int(net.component_count)
    empty = ComponentLinks(*(np.zeros(0, dtype=np.int64),) * 2, np.zeros(0), np.zeros((0, 2)),
                           np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros(0),
                           np.zeros(0, dtype=np.int64), np.zeros(0))
    if not max_len >= 0 or n_comp < 2:
        return empty
    si = net.segment_index
    seg_comp = net.edge_component[si.owner]
    vcomp = net.edge_component[net.vertex_edge]
    vcount = np.bincount(vcomp, minlength=n_comp)
    by_size = np.argsort(-vcount, kind="stable")[:MAX_HEAVY]
    heavy = [int(c) for c in by_size if vcount[c] > heavy_vertices]
    groups = [_group(net, seg_comp == c, vcomp == c, True) for c in heavy]
    light_seg = ~np.isin(seg_comp, heavy)
    light = _group(net, light_seg, ~np.isin(vcomp, heavy), len(heavy) == n_comp - 1)
    if len(light.segs):
        groups.append(light)
    rows = []
    for i, gi in enumerate(groups):
        for j, gj in enumerate(groups):
            if i == j and gi.single:
                continue
            rows += _vertex_rows(net, gi, gj, max_len, n_comp)
            if j >= i:
                rows += _crossing_rows(net, gi, gj)
    best = _best_per_pair(rows, n_comp)
    if best is None:
        return empty
    return ComponentLinks(*best)


# --------------------------------------------------------------------------------------------
# Missing links, ranked greedily
# --------------------------------------------------------------------------------------------


def _graph_with_links(base, links, n):
    """csr graph: the network's adjacency plus links (p, q, metres) as edges."""
    if not links:
        return base
    coo = base.tocoo()
    p, q, w = (np.array(c, dtype=float) for c in zip(*links))
    w = np.maximum(w, ZERO_LINK)
    rows = np.concatenate([coo.row, p, q]).astype(np.int64)
    cols = np.concatenate([coo.col, q, p]).astype(np.int64)
    return sparse.csr_matrix((np.concatenate([coo.data, w, w]), (rows, cols)), shape=(n, n))


class _HubState:
    """Distances from the hubs to key nodes (hub nodes, link ends), limited to the threshold,
    kept exact as links are added (a shortest path uses a new edge at most once)."""

    def __init__(self, net, node, access, key_nodes, threshold, node_distances=None):
        self.net = net
        self.base = net.adjacency()
        self.links = []
        self.graph = self.base
        self.node = node.copy()
        self.access = access.copy()
        self.key = key_nodes  # sorted unique
        self.threshold = threshold
        h = len(node)
        self.dist = np.full((h, len(key_nodes)), np.inf)
        ok = np.flatnonzero(node >= 0)
        if len(ok):
            uniq, inv = np.unique(node[ok], return_inverse=True)
            if node_distances is None:
                rows = _dijkstra_columns(self.graph, uniq, key_nodes, threshold)
            else:
                rows = node_distances.on_split(net, key_nodes, threshold)[
                    node_distances.rows(uniq)]
            self.dist[ok] = rows[inv]

    def col(self, nodes):
        return np.searchsorted(self.key, nodes)

    def hub_matrix(self, dist=None, node=None, access=None):
        dist = self.dist if dist is None else dist
        node = self.node if node is None else node
        access = self.access if access is None else access
        h = len(node)
        d = np.full((h, h), np.inf)
        ok = np.flatnonzero(node >= 0)
        if len(ok):
            sub = dist[np.ix_(ok, self.col(node[ok]))]
            sub = np.minimum(sub, sub.T)
            d[np.ix_(ok, ok)] = access[ok][:, None] + sub + access[ok][None, :]
        np.fill_diagonal(d, 0.0)
        return d

    def with_link(self, d, p, q, length):
        """Hub matrix d after adding the link p-q (metres)."""
        ok = np.flatnonzero(self.node >= 0)
        if len(ok) == 0:
            return d
        dp, dq = self.dist[ok, self.col(p)], self.dist[ok, self.col(q)]
        via = np.minimum(dp[:, None] + dq[None, :], dq[:, None] + dp[None, :]) + length
        acc = self.access[ok]
        via = acc[:, None] + via + acc[None, :]
        out = d.copy()
        out[np.ix_(ok, ok)] = np.minimum(d[np.ix_(ok, ok)], via)
        np.fill_diagonal(out, 0.0)
        return out

    def with_hub(self, d, k, x, length):
        """Hub matrix d after attaching hub k at node x by a link of ``length`` metres."""
        out = d.copy()
        ok = np.flatnonzero(self.node >= 0)
        row = np.full(len(d), np.inf)
        row[ok] = length + self.dist[ok, self.col(x)] + self.access[ok]
        out[k, :], out[:, k] = row, row
        out[k, k] = 0.0
        return out

    def add_link(self, p, q, length):
        t = self.threshold
        rows = _dijkstra_columns(self.graph, np.array([p, q]), self.key, t)
        dp_key, dq_key = rows[0], rows[1]
        cp, cq = self.col(p), self.col(q)
        via_p = self.dist[:, cp][:, None] + length + dq_key[None, :]
        via_q = self.dist[:, cq][:, None] + length + dp_key[None, :]
        self.dist = np.minimum(self.dist, np.minimum(via_p, via_q))
        self.dist[self.dist > t] = np.inf
        self.links.append((p, q, length))
        self.graph = _graph_with_links(self.base, self.links, self.net.node_count)

    def add_hub(self, k, x, length):
        self.dist[k] = _dijkstra_columns(self.graph, np.array([x]), self.key, self.threshold)[0]
        self.node[k] = x
        self.access[k] = length


def missing_links(network, hub_attachment, hubs, weights, max_link_length, distance_threshold,
                  count=None, node_distances=None):
    """Straight links worth building, ranked greedily (see the module notes): a list of dicts.

    ``network`` is ``hub_attachment.network`` (the network given to :func:`attach_hubs` is
    accepted too: the attachment's refined network is used). Each dict: ``rank`` (1..),
    ``kind`` ("components" or "hub"), ``length_m``, ``from_xy``/``to_xy`` (tuples, metres),
    ``from_component``/``to_component`` (from is the network side with the lower number; to is
    -1 for an isolated hub), ``hub`` (index of the hub attached, -1), ``gain_hub_pairs``,
    ``d_iic_pct`` (IIC gain in percent of the IIC before this link, the links ranked before it
    built), ``iic_after``. Stops when no candidate adds a hub pair, or after ``count`` links
    (None: all). ``node_distances`` (a :class:`NodeDistances` of the hub nodes on ``network``)
    saves a Dijkstra.
    """
    att = hub_attachment
    if network is not att.network and network is not att.source:
        raise ValueError("missing_links: pass the network the hubs were attached to")
    net = att.network
    h = att.hub_count
    a = _weights(weights, h)
    max_len = float(max_link_length)
    threshold = float(distance_threshold)
    if not max_len >= 0:
        raise ValueError("max_link_length must be a non-negative number of metres")
    if not threshold >= 0:
        raise ValueError("distance_threshold must be a non-negative number of metres")
    if (count is not None and count <= 0) or net.edge_count == 0 or h < 2:
        return []
    total = float(a.sum())
    n_comp = int(net.component_count)

    links = component_links(net, max_len)
    iso = np.flatnonzero((att.node < 0) & (att.access_m <= max_len))
    near = nearest_on_network(net, [hubs[k] for k in iso.tolist()])
    keep = near.distance <= max_len
    iso = iso[keep]
    near = NearestPoints(*(f[keep] for f in near))
    nl_, ni = links.count, len(iso)
    if nl_ + ni == 0:
        return []

    # every link end becomes a node
    edge = np.concatenate([links.edge_a, links.edge_b, near.edge])
    offset = np.concatenate([links.offset_a, links.offset_b, near.offset])
    loc = Locations(edge=edge, offset=offset, distance=np.zeros(len(edge)),
                    xy=np.concatenate([links.xy_a, links.xy_b, near.network_xy]))
    net2, end_node = split_at(net, loc)
    na = np.concatenate([end_node[:nl_], end_node[2 * nl_:]])
    nb = np.concatenate([end_node[nl_:2 * nl_], np.full(ni, -1, dtype=np.int64)])
    length = np.concatenate([links.length, near.distance])
    hub_of = np.concatenate([np.full(nl_, -1, dtype=np.int64), iso])
    comp_from = np.concatenate([links.comp_a, net2.node_component[end_node[2 * nl_:]]])
    comp_to = np.concatenate([links.comp_b, np.full(ni, -1, dtype=np.int64)])
    from_xy = np.concatenate([links.xy_a, near.network_xy])
    to_xy = np.concatenate([links.xy_b, near.hub_xy])
    # union-find elements: components 0..C-1, then one per hub (for isolated hubs)
    elem_a = comp_from
    elem_b = np.where(comp_to >= 0, comp_to, n_comp + hub_of)
    hub_elem = np.where(att.node >= 0, att.component, n_comp + np.arange(h))
    label = np.arange(n_comp + h)
    size = np.bincount(hub_elem, minlength=n_comp + h).astype(np.int64)

    key = np.unique(np.concatenate([att.node[att.node >= 0], na, nb[nb >= 0]]))
    if node_distances is not None and node_distances.network is not net:
        node_distances = None
    state = _HubState(net2, att.node, att.access_m, key, threshold, node_distances)
    d = state.hub_matrix()
    current = iic(a, d, threshold, total)

    def trial(c):
        if hub_of[c] >= 0:
            return state.with_hub(d, hub_of[c], na[c], length[c])
        return state.with_link(d, na[c], nb[c], length[c])

    alive = np.ones(nl_ + ni, dtype=bool)
    result = []
    while count is None or len(result) < count:
        ra, rb = label[elem_a], label[elem_b]
        alive &= ra != rb
        gain = np.where(alive, size[ra] * size[rb], 0)
        best = int(gain.max())
        if best <= 0:
            break
        tied = np.flatnonzero(gain == best)
        after = np.array([iic(a, trial(c), threshold, total) for c in tied.tolist()])
        pick = np.lexsort((tied, length[tied], -np.round(after, IIC_DECIMALS)))[0]
        c = int(tied[pick])
        if hub_of[c] >= 0:
            state.add_hub(int(hub_of[c]), int(na[c]), float(length[c]))
        else:
            state.add_link(int(na[c]), int(nb[c]), float(length[c]))
        d = state.hub_matrix()
        new = iic(a, d, threshold, total)
        ka, kb = label[elem_a[c]], label[elem_b[c]]
        label[label == kb] = ka
        size[ka] += size[kb]
        size[kb] = 0
        alive[c] = False
        result.append({
            "rank": len(result) + 1,
            "kind": "hub" if hub_of[c] >= 0 else "components",
            "length_m": float(length[c]),
            "from_xy": tuple(from_xy[c].tolist()),
            "to_xy": tuple(to_xy[c].tolist()),
            "from_component": int(comp_from[c]),
            "to_component": int(comp_to[c]),
            "hub": int(hub_of[c]),
            "gain_hub_pairs": best,
            "d_iic_pct": 100.0 * (new - current) / current if current > 0 else 0.0,
            "iic_after": new,
        })
        current = new
    return result
