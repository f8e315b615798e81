"""Distances along a network from points to targets: lines (itineraries, a route) and points
(numbered nodes, establishments). Pure numpy/scipy (no QGIS); metres.

The graph is built once from the network's lines together with the target lines
(:func:`network.build_network_flat`: lines join at shared vertices, within the snap tolerance,
and at T-junctions), so a target line is reached where it meets the network. Every point (the
origins and the target points) is attached to the graph at its nearest point, by a straight
approach, and becomes a node (:func:`network.split_at`). The distance from an origin to a kind
of target is then

    approach of the origin + shortest path along the graph + approach of the target

(a target line has no approach), from one multi-source Dijkstra per kind of target over the
graph built once: each target point hangs from its node by an edge as long as its approach, and
the search starts from all of them at once. Unreachable targets (another component) give inf.
"""

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..network import graph as network_engine
from ..network.graph import ranges

ZERO_EDGE_M = 1e-9  # metres: an approach of 0 as an edge the sparse graph keeps


@dataclass
class Attached:
    """The graph with every point attached: ``network`` (split at the points), ``node`` (the
    node of each point, −1 when the network is empty), ``approach_m`` (straight distance from
    each point to the network), ``target_edge`` (whether each edge lies on a target line)."""

    network: network_engine.Network
    node: np.ndarray
    approach_m: np.ndarray
    target_edge: np.ndarray


def _flat(lines: Sequence[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    sizes = np.array([len(line) for line in lines], dtype=np.int64)
    xy = np.concatenate([np.asarray(line, dtype=float)[:, :2] for line in lines]) \
        if len(lines) and sizes.sum() else np.zeros((0, 2))
    return xy, np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)


def attach(network_lines: Sequence[np.ndarray], points: np.ndarray,
           target_lines: Optional[Sequence[np.ndarray]] = None,
           snap_tolerance: float = 1.0) -> Attached:
    """The graph of ``network_lines`` and ``target_lines`` with ``points`` ((p, 2)) attached.
    Without target lines, every network edge is a target edge (the network is the target)."""
    targets = list(target_lines) if target_lines is not None else []
    xy, ptr = _flat(list(network_lines) + targets)
    built = network_engine.build_network_flat(xy, ptr, snap_tolerance=snap_tolerance)
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    located = network_engine.locate_points(built, pts)
    refined, node = network_engine.split_at(built, located)
    line = refined.edge_line
    on_target = line >= len(network_lines) if target_lines is not None \
        else np.ones(len(line), dtype=bool)
    approach = np.where(node >= 0, located.distance, np.inf)
    return Attached(refined, node, approach, on_target)


def distances(attached: Attached, origins: np.ndarray, targets: np.ndarray,
              target_approach_m: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Distance from each origin (indices of attached points) to its nearest target point
    (indices of attached points, each with its approach unless ``target_approach_m`` is
    given), and which target (index into ``targets``, −1 when none is reachable)."""
    targets = np.asarray(targets, dtype=np.int64)
    approach = attached.approach_m[targets] if target_approach_m is None \
        else np.asarray(target_approach_m, dtype=float)
    usable = np.flatnonzero(attached.node[targets] >= 0)
    return _search(attached, origins, attached.node[targets[usable]], approach[usable], usable)


def distances_to_lines(attached: Attached, origins: np.ndarray) -> np.ndarray:
    """Distance from each origin to the nearest target line (inf when none is reachable)."""
    return _nearest_target_line(attached, origins, 0)[0]


def _search(attached: Attached, origins: np.ndarray, source_nodes: np.ndarray,
            source_approach: np.ndarray, labels: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """One multi-source Dijkstra from virtual sources hung from ``source_nodes`` by edges of
    their approach; returns (distance, label of the nearest source, −1 when none) per origin,
    each origin's approach added."""
    origins = np.asarray(origins, dtype=np.int64)
    dist = np.full(len(origins), np.inf)
    nearest = np.full(len(origins), -1, dtype=np.int64)
    net = attached.network
    if not len(source_nodes) or not net.node_count:
        return dist, nearest
    n, k = net.node_count, len(source_nodes)
    # every hanging edge is ZERO_EDGE_M longer than its approach (a sparse graph drops an edge
    # of 0), and every path from a virtual source takes exactly one
    hang = sparse.csr_matrix(
        (np.asarray(source_approach, dtype=float) + ZERO_EDGE_M, (np.arange(k), source_nodes)),
        shape=(k, n))
    graph = sparse.bmat([[net.adjacency(), hang.T], [hang, None]], format="csr")
    field, _, source = csgraph.dijkstra(graph, directed=False, indices=n + np.arange(k),
                                        min_only=True, return_predecessors=True)
    ok = attached.node[origins] >= 0
    at = attached.node[origins[ok]]
    dist[ok] = field[at] - ZERO_EDGE_M + attached.approach_m[origins[ok]]
    reached = np.isfinite(field[at]) & (source[at] >= 0)
    nearest[np.flatnonzero(ok)[reached]] = np.asarray(labels)[source[at][reached] - n]
    return dist, nearest


def straight_to_lines(lines: List[np.ndarray], points: np.ndarray) -> Tuple[np.ndarray,
                                                                             np.ndarray]:
    """Straight distance from each point to the nearest of ``lines`` and that line's index
    (inf and −1 without lines)."""
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    dist = np.full(len(pts), np.inf)
    which = np.full(len(pts), -1, dtype=np.int64)
    xy, ptr = _flat(lines)
    xy, ptr, kept = _usable(xy, ptr)
    if not len(kept) or not len(pts):
        return dist, which
    index = network_engine.SegmentIndex(xy, ptr)
    seg, _, _, d = index.nearest(pts)
    return d, kept[index.owner[seg]]


def _usable(xy: np.ndarray, ptr: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lines of at least two vertices (xy, ptr, their indices)."""
    sizes = np.diff(ptr)
    kept = np.flatnonzero(sizes >= 2)
    keep = np.repeat(sizes >= 2, sizes)
    return xy[keep], np.concatenate([[0], np.cumsum(sizes[kept])]).astype(np.int64), kept


@dataclass
class StationAccess:
    """Per station (metres; inf and −1 where there is nothing to reach): ``network_m`` straight
    to the network; ``node_m``/``node`` and ``establishment_m``/``establishment`` along it
    to the nearest point of each kind (index into its list); ``itinerary_m``/``itinerary``
    to the nearest itinerary (index into its lines), along the network where one is
    reachable (``along``), else straight; ``far``: ``itinerary_m`` > the threshold."""

    network_m: np.ndarray
    node_m: np.ndarray
    node: np.ndarray
    establishment_m: np.ndarray
    establishment: np.ndarray
    itinerary_m: np.ndarray
    itinerary: np.ndarray
    along: np.ndarray
    far: np.ndarray


def station_access(network_lines: Sequence[np.ndarray], stations: np.ndarray,
                   itinerary_lines: Optional[Sequence[np.ndarray]], nodes: np.ndarray,
                   establishments: np.ndarray, max_distance_m: float,
                   snap_tolerance: float = 1.0) -> StationAccess:
    """What ``itinerance:stationaccess`` gives each station (see :class:`StationAccess`).
    Without itinerary lines the network itself is the itinerary: the distance is the straight
    approach to it."""
    s, k = len(stations), len(nodes)
    points = np.concatenate([np.asarray(a, dtype=float).reshape(-1, 2)
                             for a in (stations, nodes, establishments)])
    attached = attach(network_lines, points, itinerary_lines, snap_tolerance)
    origins = np.arange(s)
    node_m, node = distances(attached, origins, s + np.arange(k))
    est_m, est = distances(attached, origins, s + k + np.arange(len(points) - s - k))
    first_line = len(network_lines) if itinerary_lines is not None else 0
    along_m, on_line = _nearest_target_line(attached, origins, first_line)
    if itinerary_lines is None:
        straight_m, which = attached.approach_m[origins], np.full(s, -1, dtype=np.int64)
    else:
        straight_m, nearest_line = straight_to_lines(list(itinerary_lines), stations)
        which = np.where(np.isfinite(along_m), on_line, nearest_line)
    along = np.isfinite(along_m)
    itinerary_m = np.where(along, along_m, straight_m)
    return StationAccess(attached.approach_m[origins], node_m, node, est_m, est, itinerary_m,
                         which, along, itinerary_m > max_distance_m)


def _nearest_target_line(attached: Attached, origins: np.ndarray,
                         first_target_line: int) -> Tuple[np.ndarray, np.ndarray]:
    """Distance along the network to the nearest target line and that line (index among the
    target lines): the line of the target edge at the node reached first. An origin attached
    where a target line runs (on a network line the itinerary follows: within the snap
    tolerance of a target edge) is on it: its distance is its approach."""
    net = attached.network
    edges = np.flatnonzero(attached.target_edge)
    ends = np.concatenate([net.edge_u[edges], net.edge_v[edges]])
    lines = np.concatenate([net.edge_line[edges]] * 2) - first_target_line
    order = np.lexsort((lines, ends))
    first = np.ones(len(order), dtype=bool)
    first[1:] = ends[order][1:] != ends[order][:-1]
    nodes, labels = ends[order][first], lines[order][first]
    dist, nearest = _search(attached, origins, nodes, np.zeros(len(nodes)), labels)
    at = attached.node[np.asarray(origins, dtype=np.int64)]
    if len(edges) and (at >= 0).any():
        xy, ptr = net.edge_xy, net.edge_ptr
        keep = ranges(ptr[edges], ptr[edges + 1] - ptr[edges])
        sizes = ptr[edges + 1] - ptr[edges]
        index = network_engine.SegmentIndex(xy[keep], np.concatenate([[0], np.cumsum(sizes)]))
        ok = np.flatnonzero(at >= 0)
        seg, _, _, gap = index.nearest(net.node_xy[at[ok]])
        on = gap <= max(net.snap_tolerance, 1e-6)
        dist[ok[on]] = attached.approach_m[np.asarray(origins)[ok[on]]]
        nearest[ok[on]] = net.edge_line[edges[index.owner[seg[on]]]] - first_target_line
    return dist, nearest


__all__ = ["Attached", "StationAccess", "attach", "distances", "distances_to_lines",
           "station_access", "straight_to_lines"]
