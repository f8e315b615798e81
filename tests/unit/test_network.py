"""The network engine: noding and snapping, linear referencing, splitting, diagnostics.

Analytic cases check each noding rule; property tests compare with independent oracles:
networkx on the intended graph of random networks, brute-force projection onto every segment,
shapely for positions along lines.
"""

import dataclasses
import math

import networkx as nx
import numpy as np
import pytest
import synthetic_network
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.spatial import cKDTree
from shapely.geometry import LineString, Point

from itinerance.processing.logic.network import graph as network


def arr(*pts):
    return np.array(pts, dtype=float)


def node_at(net, x, y):
    """Index of the node exactly at (x, y)."""
    hit = np.flatnonzero((net.node_xy[:, 0] == x) & (net.node_xy[:, 1] == y))
    assert len(hit) == 1, f"no single node at {(x, y)}: {net.node_xy.tolist()}"
    return int(hit[0])


def edge_between(net, a, b):
    """Edges joining nodes a and b, either way round."""
    u, v = net.edge_u, net.edge_v
    return np.flatnonzero(((u == a) & (v == b)) | ((u == b) & (v == a)))


def check_invariants(net):
    """Structural promises of every Network."""
    assert net.edge_ptr[0] == 0 and net.edge_ptr[-1] == len(net.edge_xy)
    for k, c in enumerate(net.edge_coords):
        assert len(c) >= 2
        assert np.array_equal(c[0], net.node_xy[net.edge_u[k]])
        assert np.array_equal(c[-1], net.node_xy[net.edge_v[k]])
        assert not (c[1:] == c[:-1]).all(axis=1).any(), "repeated vertex"
        assert net.edge_length[k] == pytest.approx(LineString(c).length, rel=1e-12, abs=1e-9)
    assert (net.edge_length > 0).all()
    degree = np.bincount(np.concatenate([net.edge_u, net.edge_v]), minlength=net.node_count)
    assert np.array_equal(net.node_degree, degree)
    assert (degree > 0).all(), "isolated node"
    assert np.array_equal(net.node_component[net.edge_u], net.edge_component)
    assert np.array_equal(net.node_component[net.edge_v], net.edge_component)
    assert net.total_length == pytest.approx(net.component_length.sum())
    assert (np.diff(net.component_length) <= 1e-9).all(), "components not by decreasing length"


# ------------------------------------------------------------------------------------------
# Noding: analytic cases
# ------------------------------------------------------------------------------------------


def test_straight_line_is_one_edge():
    net = network.build_network([arr((0, 0), (3, 4), (6, 8))])
    check_invariants(net)
    assert net.node_xy.tolist() == [[0, 0], [6, 8]]
    assert (net.edge_u.tolist(), net.edge_v.tolist()) == ([0], [1])
    assert net.edge_length.tolist() == [10.0]
    assert net.edge_coords[0].tolist() == [[0, 0], [3, 4], [6, 8]]
    assert net.node_degree.tolist() == [1, 1]
    assert net.component_count == 1 and net.total_length == 10.0


def test_repeated_vertices_and_z_are_dropped():
    line = np.array([[0, 0, 5], [0, 0, 6], [1, 0, 7], [1, 0, 7], [2, 0, 8]], dtype=float)
    net = network.build_network([line])
    assert net.edge_coords[0].tolist() == [[0, 0], [1, 0], [2, 0]]
    assert net.edge_length.tolist() == [2.0]


def test_shared_interior_vertex_joins_lines():
    # two ways crossing at a common vertex, as OpenStreetMap draws a junction
    net = network.build_network([arr((-10, 0), (0, 0), (10, 0)), arr((0, -5), (0, 0), (0, 5))])
    check_invariants(net)
    centre = node_at(net, 0, 0)
    assert net.node_degree[centre] == 4
    assert net.edge_count == 4 and net.component_count == 1
    assert sorted(net.edge_length.tolist()) == [5, 5, 10, 10]
    assert sorted(net.edge_line.tolist()) == [0, 0, 1, 1]


def test_crossing_without_shared_vertex_is_not_a_junction():
    net = network.build_network([arr((-10, 0), (10, 0)), arr((0, -5), (0, 5))])
    assert net.edge_count == 2 and net.node_count == 4
    assert net.component_count == 2
    assert net.component_length.tolist() == [20, 10]


def test_vertices_within_tolerance_are_merged_on_the_first_one():
    # the second line's shared vertex is 0.3 m off: snapped onto the first line's vertex
    net = network.build_network([arr((-10, 0), (0, 0), (10, 0)), arr((0.3, -5), (0.3, 0.0),
                                                                      (0, 5))], 1.0)
    check_invariants(net)
    centre = node_at(net, 0, 0)
    assert net.node_degree[centre] == 4
    spur = [k for k in range(net.edge_count) if net.edge_line[k] == 1]
    assert sorted(net.edge_length[spur].tolist()) == pytest.approx(
        [5.0, math.hypot(0.3, 5)])


def test_snap_tolerance_zero_joins_exact_vertices_only():
    lines = [arr((0, 0), (10, 0)), arr((10, 0), (20, 0)), arr((10.001, 0.001), (10, 9))]
    net = network.build_network(lines, 0.0)
    assert net.component_count == 2
    net = network.build_network(lines, 0.01)
    assert net.component_count == 1 and net.node_degree.max() == 3


def test_t_junction_without_vertex_within_tolerance():
    # the spur ends 0.4 m beside the main line's only segment: a vertex is added there
    net = network.build_network([arr((0, 0), (10, 0)), arr((5, 0.4), (5, 8))], 1.0)
    check_invariants(net)
    t = node_at(net, 5, 0)
    assert net.node_degree[t] == 3
    assert sorted(net.edge_length.tolist()) == [5, 5, 8]
    assert net.collapsed_edges == 0


def test_t_junction_beyond_tolerance_is_not_joined():
    net = network.build_network([arr((0, 0), (10, 0)), arr((5, 1.5), (5, 8))], 1.0)
    assert net.component_count == 2
    diag = network.network_diagnostics(net, 2.0)
    near = [d for d in diag if d.kind == "near_miss"]
    assert len(near) == 1
    assert (near[0].x, near[0].y) == (5, 1.5) and near[0].distance_m == pytest.approx(1.5)
    assert "1.50 m" in near[0].detail and "not joined" in near[0].detail
    # reported once: not also as a dangle
    assert not [d for d in diag if d.kind == "dangle" and d.node == near[0].node]


def test_t_junction_on_the_later_line_moves_the_new_vertex_onto_the_end():
    # the spur comes first: its end is the node; the main line bends 0.4 m to meet it
    net = network.build_network([arr((5, 0.4), (5, 8)), arr((0, 0), (10, 0))], 1.0)
    check_invariants(net)
    t = node_at(net, 5, 0.4)
    assert net.node_degree[t] == 3
    main = net.edge_line == 1
    assert net.edge_length[main].sum() == pytest.approx(2 * math.hypot(5, 0.4))


def test_line_touching_itself_is_noded():
    # a lasso: the line's end comes back onto its own first segment
    lasso = arr((0, 0), (10, 0), (10, 10), (5, 10), (5, 0.5))
    net = network.build_network([lasso], 1.0)
    check_invariants(net)
    t = node_at(net, 5, 0)
    assert net.node_degree[t] == 3  # the tail, and the loop twice
    assert net.edge_count == 2
    assert sorted(net.edge_length.tolist()) == [5, 5 + 10 + 5 + 10]
    loop = np.flatnonzero(net.edge_u == net.edge_v)
    assert net.edge_u[loop].tolist() == [t]


def test_line_passing_twice_through_a_vertex_is_noded_there():
    # a figure of eight drawn as one way through (10, 0) twice, the second time 0.3 m off
    line = arr((0, 0), (10, 0), (20, 0), (20, 10), (10.3, 0), (10.3, -10))
    net = network.build_network([line], 1.0)
    check_invariants(net)
    x = node_at(net, 10, 0)
    assert net.node_degree[x] == 4 and net.edge_count == 3
    loop = np.flatnonzero(net.edge_u == net.edge_v)
    assert net.edge_length[loop].tolist() == pytest.approx([10 + 10 + math.hypot(10, 10)])
    # consecutive vertices closer than the tolerance along the line are not junctions
    net = network.build_network([arr((0, 0), (0.4, 0), (0.8, 0.1), (5, 0))], 1.0)
    assert net.edge_count == 1 and net.node_count == 2


def test_short_piece_between_merged_nodes_collapses():
    # a 0.5 m link between two lines shorter than the tolerance: its ends merge, it vanishes
    lines = [arr((0, 0), (10, 0)), arr((10, 0), (10.5, 0)), arr((10.5, 0), (20, 0))]
    net = network.build_network(lines, 1.0)
    check_invariants(net)
    assert net.collapsed_edges == 1
    assert net.collapsed_line.tolist() == [1]
    assert net.collapsed_length.tolist() == [0.5]
    assert net.edge_count == 2 and net.component_count == 1
    assert sorted(net.edge_length.tolist()) == [10, 10]  # the third line now starts at 10
    diag = [d for d in network.network_diagnostics(net, 0) if d.kind == "collapsed"]
    assert len(diag) == 1 and diag[0].distance_m == 0.5 and diag[0].line == 1


def test_degenerate_and_empty_lines_are_counted():
    net = network.build_network([arr((3, 3), (3, 3)), np.zeros((0, 2)), arr((0, 0), (9, 0))])
    assert net.edge_count == 1 and net.edge_line.tolist() == [2]
    assert net.collapsed_edges == 1 and net.collapsed_xy.tolist() == [[3, 3]]
    assert net.empty_lines == 1
    diag = network.network_diagnostics(net, 1.0)
    assert [d.kind for d in diag] == ["dangle", "dangle", "collapsed"]
    assert "zero length" in diag[-1].detail


def test_empty_network():
    net = network.build_network([])
    assert net.node_count == 0 and net.edge_count == 0 and net.component_count == 0
    assert net.total_length == 0 and net.adjacency().shape == (0, 0)
    loc = network.locate_points(net, [[0, 0]])
    assert loc.edge.tolist() == [-1] and loc.distance.tolist() == [math.inf]
    refined, point_node = network.split_at(net, loc)
    assert refined.edge_count == 0 and point_node.tolist() == [-1]
    assert network.network_diagnostics(net, 5.0) == []


def test_closed_ring_is_a_self_loop():
    ring = arr((0, 0), (10, 0), (10, 10), (0, 10), (0, 0))
    net = network.build_network([ring, arr((0, 0), (-5, 0))])
    check_invariants(net)
    loops = np.flatnonzero(net.edge_u == net.edge_v)
    assert len(loops) == 1 and net.edge_length[loops[0]] == 40
    assert net.node_degree[node_at(net, 0, 0)] == 3  # the loop counts twice
    assert net.adjacency().diagonal().sum() == 0


def test_tiny_loop_collapses():
    # a closed line lying within the tolerance of its node
    net = network.build_network([arr((0, 0), (10, 0)), arr((20, 0), (20.2, 0.2), (20.4, 0),
                                                           (20, 0))], 1.0)
    assert net.edge_count == 1 and net.collapsed_edges == 1
    assert net.collapsed_length[0] == pytest.approx(0.4 + 2 * math.hypot(0.2, 0.2))
    # near another line's vertex, its vertices are shared ones: both halves collapse
    net = network.build_network([arr((0, 0), (10, 0)), arr((10, 0), (10.3, 0.3), (10, 0))], 1.0)
    assert net.edge_count == 1 and net.collapsed_edges == 2


def test_parallel_edges_keep_the_shortest_in_the_adjacency():
    # three routes between (0, 0) and (10, 0): 10 m straight, 2 * hypot(5, 5), 30 m
    lines = [arr((0, 0), (5, 5), (10, 0)), arr((0, 0), (10, 0)), arr((0, 0), (0, 10),
                                                                         (10, 10), (10, 0))]
    net = network.build_network(lines)
    check_invariants(net)
    assert net.edge_count == 3 and net.node_count == 2
    adj = net.adjacency().toarray()
    assert adj.tolist() == [[0, 10], [10, 0]]  # not the sum of the three


def test_components_ordered_by_length_then_first_edge():
    lines = [arr((0, 0), (5, 0)), arr((100, 0), (120, 0)), arr((200, 0), (205, 0))]
    net = network.build_network(lines)
    assert net.edge_component.tolist() == [1, 0, 2]  # 20 m first, then the 5 m tie by edge
    assert net.component_length.tolist() == [20, 5, 5]


def test_numbering_follows_input_order():
    lines = [arr((0, 0), (10, 0), (20, 0)), arr((10, 0), (10, 10))]
    net = network.build_network(lines)
    assert net.node_xy.tolist() == [[0, 0], [10, 0], [20, 0], [10, 10]]
    assert net.edge_u.tolist() == [0, 1, 1] and net.edge_v.tolist() == [1, 2, 3]
    assert net.edge_line.tolist() == [0, 0, 1]


def test_negative_tolerance_is_refused():
    with pytest.raises(ValueError, match="snap_tolerance"):
        network.build_network([arr((0, 0), (1, 0))], -1)


# ------------------------------------------------------------------------------------------
# Noding: property test against the intended graph
# ------------------------------------------------------------------------------------------


def _clear_of(lines, geom, margin):
    """True when geom stays farther than margin from every line, and its ends from them."""
    return all(LineString(line).distance(geom) > margin for line in lines)


def _drawn(lines, p, q):
    """True when some line has both p and q exactly among its vertices (not nudged)."""
    return any((line == p).all(axis=1).any() and (line == q).all(axis=1).any()
               for line in lines)


def _way_line(way, owned, tol, rng):
    """A line through consecutive links; an end at a node drawn before may be nudged."""
    coords = np.concatenate([way[0][2]] + [w[2][1:] for w in way[1:]])
    for i, node in ((0, way[0][0]), (-1, way[-1][1])):
        if node in owned and rng.random() < 0.5:
            angle = rng.uniform(0, 2 * np.pi)
            coords[i] = coords[i] + tol / 3 * np.array([np.cos(angle), np.sin(angle)])
    owned.update(n for w in way for n in w[:2])
    return coords[::-1].copy() if rng.random() < 0.3 else coords


def intended_network(seed, tol):
    """Random lines and the graph they are meant to draw (networkx, nodes keyed by (x, y)).

    A jittered grid; links between neighbours are polylines with random bends, chained into
    ways (lines) that share interior vertices, some reversed. A later line's end at an
    existing node may be nudged by tol / 3 (it must snap back). Spurs end exactly on the
    middle of a segment of an existing line (T-junction without a vertex), and free diagonals
    cross lines without a shared vertex (no junction).
    """
    rng = np.random.default_rng(seed)
    rows, cols, spacing = int(rng.integers(2, 5)), int(rng.integers(2, 5)), 100.0
    xy = {(r, c): np.array([c * spacing + rng.uniform(-15, 15),
                            r * spacing + rng.uniform(-15, 15)])
          for r in range(rows) for c in range(cols)}

    def polyline(a, b):
        pa, pb = xy[a], xy[b]
        normal = np.array([-(pb - pa)[1], (pb - pa)[0]]) / np.linalg.norm(pb - pa)
        frac = np.sort(rng.uniform(0.15, 0.85, rng.integers(0, 3)))
        bends = [pa + f * (pb - pa) + rng.uniform(3, 12) * rng.choice([-1, 1]) * normal
                 for f in frac]
        return np.array([pa, *bends, pb])

    links = []  # (start key, end key, coords)
    lines = []
    owned = set()
    chains = [[((r, c), (r, c + 1)) for c in range(cols - 1)] for r in range(rows)]
    chains += [[((r, c), (r + 1, c)) for r in range(rows - 1)] for c in range(cols)]
    for chain in chains:
        way = []
        for a, b in chain:
            present = rng.random() < 0.8
            if way and (not present or rng.random() < 0.35):
                lines.append(_way_line(way, owned, tol, rng))
                way = []
            if present:
                links.append((a, b, polyline(a, b)))
                way.append(links[-1])
        if way:
            lines.append(_way_line(way, owned, tol, rng))
    # spurs: a new line ending on the interior of a link's segment
    for _ in range(int(rng.integers(0, 3))):
        if not links:
            break
        i = int(rng.integers(len(links)))
        a, b, coords = links[i]
        k = int(rng.integers(len(coords) - 1))
        seg = coords[k + 1] - coords[k]
        t = rng.uniform(0.3, 0.7)
        foot = coords[k] * (1 - t) + coords[k + 1] * t
        normal = np.array([-seg[1], seg[0]]) / np.linalg.norm(seg)
        far = foot + normal * rng.uniform(20, 40) * rng.choice([-1, 1])
        spur = LineString([far, foot])
        ends = [Point(p) for line in lines for p in (line[0], line[-1])]
        if (np.linalg.norm(seg) < 10 or not _drawn(lines, coords[k], coords[k + 1])
                or not _clear_of(lines, Point(far), 2 * tol)
                or any(spur.distance(e) <= 2 * tol for e in ends)):
            continue
        lines.append(np.array([far, foot]))
        links[i:i + 1] = [(a, ("foot", len(lines)), np.vstack([coords[:k + 1], foot])),
                          (("foot", len(lines)), b, np.vstack([foot, coords[k + 1:]]))]
        xy[("foot", len(lines))] = foot
        xy[("far", len(lines))] = far
        links.append((("far", len(lines)), ("foot", len(lines)), np.array([far, foot])))
    # free diagonals crossing the network without touching it
    for _ in range(int(rng.integers(0, 3))):
        p, q = rng.uniform(-10, spacing * max(rows, cols), (2, 2))
        diag = LineString([p, q])
        ends = [Point(e) for line in lines for e in (line[0], line[-1])]
        if (diag.length < 10 or not _clear_of(lines, Point(p), 2 * tol)
                or not _clear_of(lines, Point(q), 2 * tol)
                or any(diag.distance(e) <= 2 * tol for e in ends)):
            continue
        lines.append(np.array([p, q]))
        xy[("d0", len(lines))], xy[("d1", len(lines))] = p, q
        links.append((("d0", len(lines)), ("d1", len(lines)), np.array([p, q])))
    graph = nx.MultiGraph()
    for a, b, coords in links:
        graph.add_edge(tuple(xy[a]), tuple(xy[b]), weight=LineString(coords).length)
    return lines, graph


def graph_of(net):
    """Our network as a networkx multigraph keyed by node coordinates."""
    g = nx.MultiGraph()
    for u, v, w in zip(net.edge_u.tolist(), net.edge_v.tolist(), net.edge_length.tolist()):
        g.add_edge(tuple(net.node_xy[u]), tuple(net.node_xy[v]), weight=w)
    return g


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_noding_matches_the_intended_graph(seed):
    tol = 0.5
    lines, intended = intended_network(seed, tol)
    net = network.build_network(lines, tol)
    check_invariants(net)
    assert net.collapsed_edges == 0
    assert net.total_length == pytest.approx(intended.size(weight="weight"), rel=1e-9)
    assert net.component_count == nx.number_connected_components(intended)
    # every node of ours is an intended node (junctions, line ends, T feet), to 1e-6 m
    keys = np.array(list(intended.nodes))
    ours = graph_of(net)
    if net.node_count == 0:
        return
    dist, which = cKDTree(keys).query(net.node_xy)
    assert dist.max() <= 1e-6
    rename = {tuple(net.node_xy[i]): tuple(keys[which[i]]) for i in range(net.node_count)}
    ours = nx.relabel_nodes(ours, rename)
    # every intended junction (degree other than 2) is a node of ours
    for node, degree in intended.degree:
        if degree != 2:
            assert node in ours, f"missing junction or end at {node}"
    # and network distances agree between all our nodes
    for source in list(ours.nodes)[:8]:
        expected = nx.single_source_dijkstra_path_length(intended, source)
        got = nx.single_source_dijkstra_path_length(ours, source)
        assert set(got) == {n for n in expected if n in ours}
        for target, d in got.items():
            assert d == pytest.approx(expected[target], rel=1e-9, abs=1e-6)


def test_synthetic_grid_has_the_requested_edges():
    lines = synthetic_network.grid_lines(300, seed=3, vertices_per_edge=5)
    net = network.build_network(lines)
    check_invariants(net)
    assert net.edge_count == 300 and net.collapsed_edges == 0
    assert {len(c) for c in net.edge_coords} == {5}
    assert lines == [] or len(lines) < 300  # lines span several edges, like OSM ways
    again = synthetic_network.grid_lines(300, seed=3, vertices_per_edge=5)
    assert all(np.array_equal(a, b) for a, b in zip(lines, again))


def test_synthetic_vertex_density_is_like_openstreetmap():
    assert synthetic_network.vertices_per_km([arr((0, 0), (500, 0), (1000, 0))]) == 3
    assert np.isnan(synthetic_network.vertices_per_km([]))
    lines = synthetic_network.grid_lines(
        2000, seed=1, vertices_per_edge=synthetic_network.OSM_VERTICES_PER_EDGE)
    # the OpenStreetMap EuroVelo 5 across Hauts-de-France: 35.2 vertices per km
    assert 30 < synthetic_network.vertices_per_km(lines) < 42


def test_flat_polylines_build_the_same_network_as_a_list():
    lines = synthetic_network.grid_lines(400, seed=5, vertices_per_edge=6)
    lines += [np.zeros((0, 2)), arr((3, 3)), arr((5, 5), (5, 5)), arr((0, 0), (0, 0), (1, 0))]
    sizes = [len(line) for line in lines]
    xy, ptr = np.concatenate(lines), np.cumsum([0] + sizes)
    for tol in (0.0, 1.0, 25.0):
        a, b = network.build_network(lines, tol), network.build_network_flat(xy, ptr, tol, empty=1)
        for f in dataclasses.fields(a):
            x, y = getattr(a, f.name), getattr(b, f.name)
            assert np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y, f.name
        assert a.empty_lines == 1 and a.collapsed_edges >= 2


# ------------------------------------------------------------------------------------------
# Linear referencing
# ------------------------------------------------------------------------------------------


def corner():
    """An L: (0, 0) -> (10, 0) -> (10, 10), one edge of 20 m."""
    return network.build_network([arr((0, 0), (10, 0), (10, 10))])


def test_locate_projects_orthogonally():
    loc = network.locate_points(corner(), [(3, 2), (12, 5), (-3, -4), (10, 0)], 4.0)
    assert loc.edge.tolist() == [0, 0, -1, 0]
    assert loc.offset[[0, 1, 3]].tolist() == [3, 15, 10]
    assert np.isnan(loc.offset[2])
    assert loc.distance.tolist() == [2, 2, 5, 0]  # also beyond the maximum distance
    assert loc.xy.tolist() == [[3, 0], [10, 5], [0, 0], [10, 0]]


def test_locate_handles_no_points_and_non_finite_points():
    loc = network.locate_points(corner(), np.zeros((0, 2)))
    assert len(loc.edge) == 0
    loc = network.locate_points(corner(), [(np.nan, 0), (1, 1)])
    assert loc.edge.tolist() == [-1, 0] and np.isnan(loc.distance[0])


def random_lines(seed, n_edges):
    return synthetic_network.grid_lines(n_edges, seed=seed, spacing=100.0, vertices_per_edge=4)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 80),
       n_points=st.integers(1, 300), spread=st.sampled_from([5.0, 60.0, 2000.0]))
def test_locate_finds_the_nearest_point_of_the_network(seed, n_edges, n_points, spread):
    net = network.build_network(random_lines(seed, n_edges))
    pts = synthetic_network.points_along(random_lines(seed, n_edges), n_points, seed + 1,
                                         max_offset=spread)
    loc = network.locate_points(net, pts, max_distance=30.0)
    edges = [LineString(c) for c in net.edge_coords]
    for i, p in enumerate(pts):
        dists = np.array([e.distance(Point(p)) for e in edges])
        # coordinates near 7e6 m carry about 1e-9 m of rounding, here and in GEOS
        assert loc.distance[i] == pytest.approx(dists.min(), abs=1e-8)
        assert (loc.edge[i] >= 0) == (dists.min() <= 30.0)
        assert math.hypot(*(loc.xy[i] - p)) == pytest.approx(loc.distance[i], abs=1e-8)
        if loc.edge[i] >= 0:
            e = edges[loc.edge[i]]
            assert dists[loc.edge[i]] == pytest.approx(dists.min(), abs=1e-8)
            assert np.allclose(e.interpolate(loc.offset[i]).coords[0], loc.xy[i], atol=1e-7)


def test_locate_many_points_on_a_large_network():
    net = network.build_network(synthetic_network.grid_lines(5000, seed=7))
    pts = synthetic_network.points_along(synthetic_network.grid_lines(5000, seed=7), 50_000,
                                         seed=8, max_offset=80.0)
    loc = network.locate_points(net, pts)
    assert (loc.edge >= 0).all()
    # exact nearest distances on a sample, by brute force over every segment
    idx = net.segment_index
    for i in range(0, 50_000, 997):
        _, _, d = network.project(np.repeat(pts[i:i + 1], len(idx.a), axis=0), idx.a, idx.b)
        assert loc.distance[i] == pytest.approx(d.min(), abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 60),
       n_points=st.integers(1, 200), radius=st.sampled_from([0.0, 0.5, 3.0, 40.0]))
def test_grid_search_finds_every_segment_within_the_radius(seed, n_edges, n_points, radius):
    """Oracle: the distance from every point to every segment (brute force)."""
    rng = np.random.default_rng(seed)
    lines = random_lines(seed, n_edges)
    lines.append(rng.uniform(0, 3000, (2, 2)) + lines[0][0])  # a long segment
    lines.append(arr((0, 0), (1e-7, 0), (5, 5)) + lines[0][0])  # a tiny one
    xy = np.concatenate(lines)
    ptr = np.cumsum([0] + [len(line) for line in lines])
    index = network.SegmentIndex(xy, ptr)
    pts = synthetic_network.points_along(lines, n_points, seed + 1, max_offset=radius + 2.0)
    pts = np.concatenate([pts, xy[rng.integers(0, len(xy), 5)]])  # some on vertices
    pt, seg = index.near(pts, radius)
    assert len(set(zip(pt.tolist(), seg.tolist()))) == len(pt)  # unique pairs
    for i, p in enumerate(pts):
        _, _, d = network.project(np.repeat(p[None], len(index.a), axis=0), index.a, index.b)
        assert set(np.flatnonzero(d <= radius).tolist()) <= set(seg[pt == i].tolist())


# ------------------------------------------------------------------------------------------
# Splitting at points
# ------------------------------------------------------------------------------------------


def test_split_at_points_inside_an_edge_and_at_nodes():
    net = corner()
    pts = [(3, 1), (15, 5), (0, -1), (10.5, 12), (5, 1), (5, -1), (50, 50)]
    loc = network.locate_points(net, pts, 10.0)
    refined, point_node = network.split_at(net, loc)
    check_invariants(refined)
    # original nodes keep their indices; new ones follow by offset
    assert refined.node_xy[:2].tolist() == net.node_xy.tolist()
    assert refined.node_xy[2:].tolist() == [[3, 0], [5, 0], [10, 5]]
    assert point_node.tolist() == [2, 4, 0, 1, 3, 3, -1]
    assert refined.edge_u.tolist() == [0, 2, 3, 4] and refined.edge_v.tolist() == [2, 3, 4, 1]
    assert refined.edge_length.tolist() == [3, 2, 10, 5]
    assert refined.edge_parent.tolist() == [0, 0, 0, 0]
    assert refined.edge_start_offset.tolist() == [0, 3, 5, 15]
    assert refined.edge_end_offset.tolist() == [3, 5, 15, 20]
    assert refined.edge_coords[2].tolist() == [[5, 0], [10, 0], [10, 5]]
    assert refined.component_count == 1 and refined.component_length.tolist() == [20]


def test_split_merges_points_closer_than_the_tolerance():
    loc = network.locate_points(corner(), [(4, 1), (4 + 5e-7, -1), (4 + 3e-6, 0), (1e-7, 0)])
    refined, point_node = network.split_at(corner(), loc)
    assert point_node.tolist() == [2, 2, 3, 0]
    assert refined.node_count == 4


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 60), n_points=st.integers(0, 120))
def test_split_preserves_the_network(seed, n_edges, n_points):
    lines = random_lines(seed, n_edges)
    net = network.build_network(lines)
    rng = np.random.default_rng(seed)
    pts = synthetic_network.points_along(lines, n_points, seed + 2, max_offset=20.0)
    # some points exactly on nodes, and some twice
    pts = np.concatenate([pts, net.node_xy[rng.integers(0, net.node_count, 3)], pts[:3]])
    loc = network.locate_points(net, pts, 15.0)
    refined, point_node = network.split_at(net, loc)
    check_invariants(refined)
    assert np.array_equal(refined.node_xy[:net.node_count], net.node_xy)
    assert ((point_node >= 0) == (loc.edge >= 0)).all()
    located = point_node >= 0
    assert np.allclose(refined.node_xy[point_node[located]], loc.xy[located], atol=2e-6)
    # children tile their parent exactly
    for parent in range(net.edge_count):
        kids = np.flatnonzero(refined.edge_parent == parent)
        assert refined.edge_start_offset[kids[0]] == 0
        assert refined.edge_end_offset[kids[-1]] == net.edge_length[parent]
        assert (refined.edge_start_offset[kids[1:]] == refined.edge_end_offset[kids[:-1]]).all()
        assert refined.edge_length[kids].sum() == pytest.approx(net.edge_length[parent],
                                                                rel=1e-12, abs=1e-9)
        assert (refined.edge_component[kids] == net.edge_component[parent]).all()
        assert (refined.edge_line[kids] == net.edge_line[parent]).all()
    # distances between the original nodes do not change
    before, after = graph_of(net), graph_of(refined)
    for source in list(before.nodes)[:5]:
        d0 = nx.single_source_dijkstra_path_length(before, source)
        d1 = nx.single_source_dijkstra_path_length(after, source)
        for target, d in d0.items():
            assert d1[target] == pytest.approx(d, rel=1e-9, abs=1e-6)


# ------------------------------------------------------------------------------------------
# Diagnostics
# ------------------------------------------------------------------------------------------


def test_dangles_and_near_misses():
    lines = [
        arr((0, 0), (100, 0)),
        arr((50, 3), (50, 40)),  # 3 m short of the first line: near miss
        arr((0, 0), (0, 50)),
        arr((200, 0), (210, 0), (210, 2), (201, 2)),  # hooks back 2 m from its own edge
    ]
    net = network.build_network(lines, 1.0)
    diag = network.network_diagnostics(net, 5.0)
    dangles = np.flatnonzero(net.node_degree == 1)
    assert sorted(d.node for d in diag) == sorted(dangles.tolist())
    kinds = {(d.x, d.y): (d.kind, d.distance_m) for d in diag}
    assert kinds[(50, 3)] == ("near_miss", 3.0)
    assert kinds[(201, 2)][0] == "dangle"  # its own edge does not count
    assert kinds[(100, 0)][0] == "dangle" and kinds[(50, 40)][0] == "dangle"
    # a line overshooting the junction it is joined to is a dangle, not a near miss
    crossing = [arr((0, 0), (0, 20), (0, 50)), arr((-3, 20), (0, 20), (4, 20))]
    net = network.build_network(crossing, 1.0)
    assert net.node_degree[node_at(net, 0, 20)] == 4
    assert [d.kind for d in network.network_diagnostics(net, 5.0)] == ["dangle"] * 4
    # with a smaller search distance, the near miss is a plain dangle
    net = network.build_network(lines, 1.0)
    kinds = {(d.x, d.y): d.kind for d in network.network_diagnostics(net, 2.5)}
    assert kinds[(50, 3)] == "dangle"
    assert all(d.detail for d in diag)


def test_near_misses_start_beyond_the_snap_tolerance():
    # built without snapping, a line end 0.5 m from another line is a near miss; had a 1 m
    # tolerance been used (and somehow left it unjoined), it would be a plain dangle
    net = network.build_network([arr((0, 0), (10, 0)), arr((5, 0.5), (5, 8))], 0.0)
    kinds = {(d.x, d.y): d.kind for d in network.network_diagnostics(net, 5.0)}
    assert kinds[(5, 0.5)] == "near_miss"
    net = dataclasses.replace(net, snap_tolerance=1.0)
    kinds = {(d.x, d.y): d.kind for d in network.network_diagnostics(net, 5.0)}
    assert kinds[(5, 0.5)] == "dangle"


def t_junctions_one_by_one(lines, tol):
    """Rule (c) tried pair by pair: every line end against every segment, in plain Python."""
    found = {}
    starts = np.cumsum([0] + [len(line) for line in lines])
    for k, line in enumerate(lines):
        chain = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(line, axis=0).T))])
        for end_index in {0, len(line) - 1}:
            end = line[end_index]
            for j, other in enumerate(lines):
                best = None
                other_chain = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(other,
                                                                                 axis=0).T))])
                for i in range(len(other) - 1):
                    a, b = other[i], other[i + 1]
                    if math.dist(end, a) <= tol or math.dist(end, b) <= tol:
                        continue
                    t, _, dist = (v[0] for v in network.project(end[None], a[None], b[None]))
                    along = abs(other_chain[i] + t * math.dist(a, b) - chain[end_index])
                    if dist <= tol and 0 < t < 1 and (j != k or along > tol) and (
                            best is None or dist < best[0]):
                        best = (dist, int(starts[j] + i), float(t))
                if best is not None:
                    found[(int(starts[k] + end_index), j)] = best[1:]
    return sorted(found.values())


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_t_junctions_match_the_pair_by_pair_search(seed):
    """Ends moved near other lines' segments (onto, beside, near a vertex, beyond the
    tolerance), others left where several lines end at one point."""
    rng = np.random.default_rng(seed)
    tol = 0.5
    lines = [np.asarray(line, dtype=float) for line in synthetic_network.grid_lines(
        20, seed=int(rng.integers(1000)), spacing=20.0, vertices_per_edge=4)]
    for k in rng.choice(len(lines), size=len(lines) // 2, replace=False).tolist():
        j = int(rng.integers(len(lines)))
        other = lines[j]
        i = int(rng.integers(len(other) - 1))
        spot = other[i] + rng.uniform(0, 1) * (other[i + 1] - other[i])
        spot = spot + rng.uniform(-1.5 * tol, 1.5 * tol, 2)
        lines[k][0 if rng.uniform() < 0.5 else -1] = spot
    flat, ptr, line, _ = network._usable_lines(*network._stack_lines(lines)[:2])
    kept = [flat[a:b] for a, b in zip(ptr[:-1], ptr[1:]) if b > a]
    starts, t, _ = network._t_junctions(flat, ptr, line, network.chainage(flat, ptr), tol)
    got = sorted(zip(starts.tolist(), t.tolist()))
    expected = t_junctions_one_by_one(kept, tol)
    assert [s for s, _ in got] == [s for s, _ in expected]
    assert [t for _, t in got] == pytest.approx([t for _, t in expected], abs=1e-12)


def test_lines_far_apart_in_input_order_cost_no_memory_between_them():
    """One line's last vertex and the next line's first are no segment: lines stored 10 km
    apart (short segments, so a fine grid) must not make the T-junction search cover the
    ground between them (25 million cells listed, gigabytes)."""
    import tracemalloc

    lines = [np.column_stack([np.arange(5.0) + 10_000.0 * k, np.arange(5.0) + 10_000.0 * k])
             for k in range(3)]
    tracemalloc.start()
    try:
        net = network.build_network(lines, 0.5)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert net.edge_count == 3 and net.node_count == 6
    assert peak < 100e6  # the grid of line ends is at most MAX_GRID_CELLS bytes
