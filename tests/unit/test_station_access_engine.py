"""Distances along a network to points and lines, and the station access, against networkx.

The oracle builds its own graph: a node per vertex of the lines (shared vertices join them),
each point hung by its straight approach from a new node on its nearest segment (shapely's
projection), Dijkstra from networkx."""

import itertools

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point

from itinerance.processing.logic.products import station_access as access

GRID = 6
STEP = 500.0


def grid_lines(rng, keep=0.75):
    """A grid of segments (STEP apart), some left out: lines that share their end vertices."""
    lines = []
    for i, j in itertools.product(range(GRID), range(GRID)):
        for di, dj in ((1, 0), (0, 1)):
            if i + di < GRID and j + dj < GRID and rng.random() < keep:
                lines.append(np.array([[i * STEP, j * STEP],
                                       [(i + di) * STEP, (j + dj) * STEP]]))
    return lines


def oracle_graph(lines, points):
    """networkx graph of the lines, with each point attached by its approach at the foot of
    the perpendicular on its nearest segment (the feet of a segment chained along it);
    returns (graph, point node names, the feet as shapely points)."""
    segments = [(tuple(a), tuple(b)) for line in lines for a, b in zip(line[:-1], line[1:])]
    feet = {s: [] for s in segments}
    graph = nx.Graph()
    names, feet_at = [], []
    for k, p in enumerate(points):
        dist = [LineString(s).distance(Point(p)) for s in segments]
        s = segments[int(np.argmin(dist))]
        feet[s].append((LineString(s).project(Point(p)), ("foot", k)))
        graph.add_edge(("foot", k), ("point", k), weight=float(min(dist)))
        names.append(("point", k))
        feet_at.append(LineString(s).interpolate(feet[s][-1][0]))
    for (a, b), on in feet.items():
        chain = [(0.0, a)] + sorted(on) + [(LineString([a, b]).length, b)]
        for (t0, u), (t1, v) in zip(chain[:-1], chain[1:]):
            if u != v:
                graph.add_edge(u, v, weight=t1 - t0)
    return graph, names, feet_at


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 4), st.integers(1, 5))
def test_distances_to_points_are_networkx_shortest_paths(seed, n_origins, n_targets):
    rng = np.random.default_rng(seed)
    lines = grid_lines(rng)
    if not lines:
        return
    pts = rng.uniform(-100, GRID * STEP, size=(n_origins + n_targets, 2))
    attached = access.attach(lines, pts)
    dist, nearest = access.distances(attached, np.arange(n_origins),
                                     n_origins + np.arange(n_targets))
    graph, names, _ = oracle_graph(lines, pts)
    for o in range(n_origins):
        lengths = nx.single_source_dijkstra_path_length(graph, names[o], weight="weight")
        expected = [lengths.get(names[n_origins + t], np.inf) for t in range(n_targets)]
        assert dist[o] == pytest.approx(min(expected), abs=1e-6)
        if np.isfinite(dist[o]):
            assert expected[nearest[o]] == pytest.approx(min(expected), abs=1e-6)
        else:
            assert nearest[o] == -1


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000))
def test_distances_to_target_lines_are_networkx_paths_to_their_vertices(seed):
    rng = np.random.default_rng(seed)
    lines = grid_lines(rng, keep=0.8)
    if len(lines) < 4:
        return
    targets = [line for line, pick in zip(lines, rng.random(len(lines)) < 0.2) if pick]
    network = lines  # the itineraries run on network lines, as on the ground
    if not targets:
        return
    pts = rng.uniform(0, (GRID - 1) * STEP, size=(4, 2))
    attached = access.attach(network, pts, targets)
    got = access.distances_to_lines(attached, np.arange(len(pts)))
    graph, names, feet_at = oracle_graph(network + targets, pts)
    target_vertices = {tuple(v) for line in targets for v in line}
    for k in range(len(pts)):
        lengths = nx.single_source_dijkstra_path_length(graph, names[k], weight="weight")
        # on a target segment the foot itself is on the itinerary
        foot = ("foot", k)
        on_target = any(LineString(t).distance(Point(attached.network.node_xy[
            attached.node[k]])) < 1e-6 for t in targets)
        best = min([lengths[v] for v in target_vertices if v in lengths] or [np.inf])
        if on_target:
            best = min(best, lengths[foot])
        assert got[k] == pytest.approx(best, abs=1e-6)


def test_station_access_on_a_small_network_by_hand():
    network = [np.array([[0, 0], [1000, 0]]), np.array([[1000, 0], [1000, 1000]]),
               np.array([[0, 0], [0, 1000], [1000, 1000]]),
               np.array([[5000, 5000], [6000, 5000]])]
    stations = np.array([[500, 10], [1000, 990], [5500, 5100]])
    itinerary = [np.array([[1000, 1000], [2000, 1000]])]
    result = access.station_access(network, stations, itinerary, np.array([[0, 0]]),
                                   np.array([[1000, -50]]), 1200)
    assert result.network_m.tolist() == pytest.approx([10, 0, 100])
    assert result.node_m.tolist() == pytest.approx([510, 1990, np.inf])
    assert result.establishment_m.tolist() == pytest.approx([560, 1040, np.inf])
    # along the network, then straight for the station of the separate component
    straight = float(np.hypot(5500 - 2000, 5100 - 1000))
    assert result.itinerary_m.tolist() == pytest.approx([1510, 10, straight])
    assert result.along.tolist() == [True, True, False]
    assert result.far.tolist() == [True, False, True]


def test_without_itineraries_the_network_is_the_itinerary():
    network = [np.array([[0, 0], [1000, 0]])]
    result = access.station_access(network, np.array([[300, 2500], [800, 40]]), None,
                                   np.zeros((0, 2)), np.zeros((0, 2)), 2000)
    assert result.itinerary_m.tolist() == pytest.approx([2500, 40])
    assert result.far.tolist() == [True, False]
    assert np.isinf(result.node_m).all() and (result.node == -1).all()


def test_straight_to_lines_matches_shapely():
    rng = np.random.default_rng(3)
    lines = [rng.uniform(0, 1000, size=(5, 2)) for _ in range(4)]
    pts = rng.uniform(0, 1000, size=(30, 2))
    dist, which = access.straight_to_lines(lines, pts)
    for p, d, w in zip(pts, dist, which):
        expected = [LineString(line).distance(Point(p)) for line in lines]
        assert d == pytest.approx(min(expected), abs=1e-6)
        assert expected[w] == pytest.approx(min(expected), abs=1e-6)
