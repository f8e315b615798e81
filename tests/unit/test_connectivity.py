"""Trame connectivity engine: hubs, bridges, hub distances, IIC, PC, missing links.

Analytic cases carry their arithmetic in comments; property tests compare with independent
oracles: networkx (components, bridges on the multigraph, shortest paths, hub-graph hops),
shapely (distances between hubs, components and the network), brute force (pairs cut by each
bridge, IIC without each hub).
"""

import gc
import itertools
import math
import weakref

import networkx as nx
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiLineString, Point, Polygon, box

from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.trame.bridges import bridge_cut_pairs, components_and_bridges
from itinerance.processing.logic.trame.component_links import HEAVY_VERTICES, component_links
from itinerance.processing.logic.trame.hub_distances import (
    NodeDistances,
    dijkstra_columns,
    hub_distances,
)
from itinerance.processing.logic.trame.hubs import attach_hubs
from itinerance.processing.logic.trame.indices import d_iic_pct, iic, pc, reachable_hubs, summary
from itinerance.processing.logic.trame.missing_links import missing_links

ORIGIN = np.array([650000.0, 7030000.0])  # Lambert-93 sized coordinates
SPACING = 100.0


def arr(*pts):
    return np.array(pts, dtype=float)


def network_lines(net):
    return MultiLineString([c.tolist() for c in net.edge_coords])


# ------------------------------------------------------------------------------------------
# Hub attachment
# ------------------------------------------------------------------------------------------


def test_attachment_of_points_and_polygons():
    net = network.build_network([arr((0, 0), (10000, 0))], 1.0)
    hubs = [
        Point(0, 0),  # on the line end
        Point(2000, 50),  # 50 m off
        box(3900, -100, 4100, 100),  # crossed by the line: entered nearest to its centroid
        box(6000, 30, 6200, 230),  # a side parallel to the line, 30 m off: the middle wins
        Point(0, 5000),  # too far: isolated
        Polygon(),  # empty: isolated, infinitely far
    ]
    att = attach_hubs(net, hubs, 100)
    assert att.access_m.tolist() == [0, 50, 0, 30, pytest.approx(5000), math.inf]
    assert att.isolated.tolist() == [False, False, False, False, True, True]
    assert att.component.tolist() == [0, 0, 0, 0, -1, -1]
    xy = att.network.node_xy[att.node[:4]]
    assert xy.tolist() == [[0, 0], [2000, 0], [4000, 0], [6100, 0]]
    assert att.hub_xy[:4].tolist() == [[0, 0], [2000, 50], [4000, 0], [6100, 30]]
    assert att.network.node_count == 5  # the two line ends and three new nodes
    assert att.source is net and att.network.component_count == 1


def test_polygon_around_the_network_and_polygon_with_a_hole():
    net = network.build_network([arr((0, 0), (100, 0))], 1.0)
    around = box(-50, -50, 150, 50)  # the whole network inside: distance 0
    ring = Polygon([(-500, -500), (500, -500), (500, 500), (-500, 500)],
                   [[(-100, -100), (200, -100), (200, 100), (-100, 100)]])  # network in the hole
    att = attach_hubs(net, [around, ring], 10)
    assert att.access_m.tolist() == [0, 100]
    assert att.isolated.tolist() == [False, True]
    # inside the park, the network point nearest to its centroid (50, 0)
    assert att.network.node_xy[att.node[0]].tolist() == [50, 0]


def test_hubs_do_not_join_components():
    # a terril between two cavaliers that end 40 m apart: touching both, joining neither
    lines = [arr((0, 0), (1000, 0)), arr((1040, 0), (1500, 0))]
    net = network.build_network(lines, 1.0)
    terril = box(990, -30, 1060, 30)
    att = attach_hubs(net, [terril], 100)
    assert att.network.component_count == 2 and att.access_m.tolist() == [0]
    # the larger component wins the tie, although (1040, 0) is nearer to the centroid
    assert att.component.tolist() == [0]
    assert att.network.node_xy[att.node[0]].tolist() == [1000, 0]


def test_point_between_two_components_goes_to_the_larger():
    lines = [arr((0, 0), (0, 100)), arr((20, 0), (20, 500))]  # the second is the longer
    net = network.build_network(lines, 1.0)
    att = attach_hubs(net, [Point(10, 50)], 100)
    assert att.access_m.tolist() == [10] and att.component.tolist() == [0]
    assert att.network.node_xy[att.node[0]].tolist() == [20, 50]


def test_multipart_and_line_hubs():
    net = network.build_network([arr((0, 0), (1000, 0))], 1.0)
    from shapely.geometry import MultiPoint, MultiPolygon

    hubs = [MultiPoint([(500, 300), (200, 40)]), MultiPolygon([box(0, 500, 10, 510),
                                                                box(900, 20, 950, 60)]),
            LineString([(100, 80), (300, 70)])]
    att = attach_hubs(net, hubs, 100)
    assert att.access_m.tolist() == [40, 20, 70]
    # the multipolygon's side y = 20 is parallel to the line: of its nearest points, the one
    # nearest to the (area-weighted) centroid (881.0, 62.6), i.e. the corner above x = 900
    assert att.network.node_xy[att.node].tolist() == [[200, 0], [900, 0], [300, 0]]


def test_no_hubs_and_empty_network():
    net = network.build_network([arr((0, 0), (100, 0))], 1.0)
    att = attach_hubs(net, [], 100)
    assert len(att.node) == 0 and att.network.edge_count == 1
    d = hub_distances(att.network, att.node, att.access_m)
    assert d.shape == (0, 0)
    assert iic([], d, 100) == 0 and pc([], d, 100) == 0
    assert d_iic_pct([], d, 100).tolist() == []
    br = components_and_bridges(att.network)
    assert br.is_bridge.tolist() == [True]
    assert bridge_cut_pairs(att.network, br, att.node).tolist() == [0]
    assert missing_links(att.network, att, [], [], 1000, 100) == []
    figures = summary(att.network, br, att, [], d, 100)
    assert figures == {"COMPONENT_COUNT": 1, "BRIDGE_COUNT": 1, "ISOLATED_HUB_COUNT": 0,
                       "IIC": 0, "PC": 0, "LARGEST_COMPONENT_KM": 0.1}

    empty = network.build_network([], 1.0)
    att = attach_hubs(empty, [Point(0, 0)], 100)
    assert att.node.tolist() == [-1] and att.access_m.tolist() == [math.inf]
    br = components_and_bridges(att.network)
    assert br.is_bridge.shape == (0,)
    d = hub_distances(att.network, att.node, att.access_m)
    assert d.tolist() == [[0]]
    assert iic([2.0], d, 100) == 1.0  # a single hub is its own clique
    assert missing_links(empty, att, [Point(0, 0)], [1], 1000, 100) == []
    figures = summary(att.network, br, att, [2.0], d, 100)
    assert figures["COMPONENT_COUNT"] == 0 and figures["ISOLATED_HUB_COUNT"] == 1
    assert figures["LARGEST_COMPONENT_KM"] == 0


def test_bad_parameters():
    net = network.build_network([arr((0, 0), (100, 0))], 1.0)
    with pytest.raises(ValueError):
        attach_hubs(net, [Point(0, 0)], -1)
    att = attach_hubs(net, [Point(0, 0)], 10)
    d = hub_distances(att.network, att.node, att.access_m)
    with pytest.raises(ValueError):
        pc([1], d, 0)
    with pytest.raises(ValueError):
        iic([1, 2], d, 10)
    with pytest.raises(ValueError):
        iic([math.nan], d, 10)
    other = network.build_network([arr((0, 0), (100, 0))], 1.0)
    with pytest.raises(ValueError):
        missing_links(other, att, [Point(0, 0)], [1], 100, 100)


# ------------------------------------------------------------------------------------------
# IIC, PC, dIIC, reachable hubs: hand-computed
# ------------------------------------------------------------------------------------------


def test_indices_by_hand():
    # one 10 km line; hubs A (0, 0) weight 1, B 50 m off at x = 2000 weight 2, C a square
    # crossed by the line at x = 4000 weight 3, D isolated weight 4. Threshold 2500 m.
    net = network.build_network([arr((0, 0), (10000, 0))], 1.0)
    hubs = [Point(0, 0), Point(2000, 50), box(3900, -100, 4100, 100), Point(0, 5000)]
    a = np.array([1.0, 2.0, 3.0, 4.0])
    att = attach_hubs(net, hubs, 100)
    d = hub_distances(att.network, att.node, att.access_m)
    # d_AB = 0 + 2000 + 50, d_BC = 50 + 2000 + 0, d_AC = 4000; D is isolated
    inf = math.inf
    assert d.tolist() == [[0, 2050, 4000, inf], [2050, 0, 2050, inf], [4000, 2050, 0, inf],
                          [inf, inf, inf, 0]]
    t = 2500
    # hub graph A - B - C (A-C is 4000 > 2500, so nl_AC = 2); A_L = 1 + 2 + 3 + 4 = 10
    # IIC = (1 + 4 + 9 + 16 + 2*1*2/2 + 2*2*3/2 + 2*1*3/3) / 10**2 = (30 + 2 + 6 + 2) / 100
    assert iic(a, d, t) == pytest.approx(0.40, abs=1e-15)
    # PC: p = 2 ** (-d / 2500): p_AB = p_BC = 2 ** -0.82, p_AC = 2 ** -1.6
    expected = (30 + 2 * 1 * 2 * 2**-0.82 + 2 * 2 * 3 * 2**-0.82 + 2 * 1 * 3 * 2**-1.6) / 100
    assert pc(a, d, t) == pytest.approx(expected, rel=1e-14)
    # without A: 40 - 1 - 2 - 2 = 35 (12.5 %); without B: A and C fall apart,
    # 40 - 4 - 2 - 6 - 2 = 26 (35 %); without C: 40 - 9 - 6 - 2 = 23 (42.5 %);
    # without D: 40 - 16 = 24 (40 %)
    assert d_iic_pct(a, d, t) == pytest.approx([12.5, 35, 42.5, 40], abs=1e-12)
    assert reachable_hubs(d, t).tolist() == [1, 2, 1, 0]
    # A_L given explicitly (e.g. a study area of 20): IIC scales by (10 / 20) ** 2
    assert iic(a, d, t, total_weight=20) == pytest.approx(0.10)
    # at the threshold p = 0.5 exactly: two hubs 2500 m apart, weights 1 and 1
    two = np.array([[0, 2500.0], [2500.0, 0]])
    assert pc([1, 1], two, 2500) == pytest.approx((1 + 1 + 2 * 0.5) / 4)
    assert iic([1, 1], two, 2500) == pytest.approx((1 + 1 + 2 * 0.5) / 4)
    limited = hub_distances(att.network, att.node, att.access_m, limit=3000)
    assert limited[0, 2] == inf and limited[0, 1] == 2050


def test_summary_figures():
    lines = [arr((0, 0), (3000, 0)), arr((0, 100), (0, 500)), arr((0, 500), (0, 900))]
    net = network.build_network(lines, 1.0)
    att = attach_hubs(net, [Point(0, 0), Point(3000, 0), Point(0, 700),
                                         Point(9000, 9000)], 50)
    br = components_and_bridges(att.network)
    d = hub_distances(att.network, att.node, att.access_m)
    fig = summary(att.network, br, att, [1, 1, 1, 1], d, 5000)
    # components: the 3 km line, the 800 m line (2 edges, split again at the hub)
    assert fig["COMPONENT_COUNT"] == 2 and fig["LARGEST_COMPONENT_KM"] == 3.0
    assert fig["BRIDGE_COUNT"] == 4 and fig["ISOLATED_HUB_COUNT"] == 1
    # one hub pair connected at 3000 m: IIC = (4 + 2 * 1/2) / 16, PC = (4 + 2 * 2**-0.6) / 16
    assert fig["IIC"] == pytest.approx(5 / 16)
    assert fig["PC"] == pytest.approx((4 + 2 * 2**-0.6) / 16)


# ------------------------------------------------------------------------------------------
# Bridges: analytic cases
# ------------------------------------------------------------------------------------------


def test_crossing_lines_are_not_connected():
    net = network.build_network([arr((0, 0), (100, 100)), arr((0, 100), (100, 0))], 1.0)
    assert net.component_count == 2
    br = components_and_bridges(net)
    assert br.is_bridge.tolist() == [True, True]  # a lone edge splits its component


def test_parallel_edges_and_loops_are_never_bridges():
    lines = [arr((0, 0), (100, 0)), arr((0, 0), (50, 40), (100, 0)),  # parallel pair
             arr((100, 0), (200, 0)),  # a bridge
             arr((200, 0), (220, 30), (180, 30), (200, 0))]  # a loop
    net = network.build_network(lines, 1.0)
    br = components_and_bridges(net)
    assert br.is_bridge.tolist() == [False, False, True, False]
    hubs = [0, 1, 2, 2, -1]  # node indices: (0,0), (100,0), (200,0) twice, one isolated hub
    assert bridge_cut_pairs(net, br, hubs).tolist() == [0, 0, 4, 0]
    # a bool array is accepted too (the search runs again)
    assert bridge_cut_pairs(net, br.is_bridge, hubs).tolist() == [0, 0, 4, 0]


def test_deep_path_needs_no_recursion():
    # 3000 edges in a row: a recursive search would pass Python's recursion limit (1000)
    n = 3000
    lines = [arr((10.0 * i, 0), (10.0 * (i + 1), 0)) for i in range(n)]
    net = network.build_network(lines, 0.1)
    assert net.edge_count == n
    ends = [int(np.argmin(net.node_xy[:, 0])), int(np.argmax(net.node_xy[:, 0]))]
    br = components_and_bridges(net)
    assert br.is_bridge.all()
    assert (bridge_cut_pairs(net, br, ends) == 1).all()
    # closed into a ring by a detour: no bridge left
    ring = network.build_network(lines + [arr((0, 0), (0, 100), (10.0 * n, 100), (10.0 * n, 0))],
                                 0.1)
    assert not components_and_bridges(ring).is_bridge.any()


# ------------------------------------------------------------------------------------------
# Components and bridges against networkx on random planar-ish networks
# ------------------------------------------------------------------------------------------


def grid_xy(i, j):
    return ORIGIN + SPACING * np.array([i, j], dtype=float)


@st.composite
def planar_networks(draw):
    """Lines on a grid (ends on grid nodes): straight or bent links, diagonals that cross
    without a shared vertex, self-loops, multi-link lines sharing their vertices, and line
    ends off their node by less than the snap tolerance."""
    cols, rows = draw(st.integers(2, 5)), draw(st.integers(2, 5))
    links = []
    for i, j in itertools.product(range(cols), range(rows)):
        if i + 1 < cols:
            links.append(((i, j), (i + 1, j)))
        if j + 1 < rows:
            links.append(((i, j), (i, j + 1)))
        if i + 1 < cols and j + 1 < rows:
            links += [((i, j), (i + 1, j + 1)), ((i + 1, j), (i, j + 1))]
    lines = []
    chosen = draw(st.lists(st.tuples(st.sampled_from(links), st.sampled_from([0, 1, -1]),
                                     st.booleans()), max_size=30))
    bent_done = set()
    for (p, q), bend, shifted in chosen:
        a, b = grid_xy(*p), grid_xy(*q)
        diagonal = p[0] != q[0] and p[1] != q[1]
        if bend and not diagonal and (p, q, bend) not in bent_done:
            bent_done.add((p, q, bend))
            normal = np.array([-(b - a)[1], (b - a)[0]]) / SPACING
            lines.append(np.array([a, (a + b) / 2 + 0.3 * SPACING * bend * normal, b]))
        else:
            start = a + (np.array([0.3, 0.2]) if shifted else 0.0)  # 0.36 m < 0.5 m
            lines.append(np.array([start, b]))
    for i, j in draw(st.lists(st.tuples(st.integers(0, cols - 1), st.integers(0, rows - 1)),
                              max_size=3, unique=True)):
        o = grid_xy(i, j)
        lines.append(np.array([o, o + (10, 20), o + (-10, 20), o]))  # a self-loop
    for _ in range(draw(st.integers(0, 3))):  # multi-link lines through grid nodes
        i, j = draw(st.integers(0, cols - 1)), draw(st.integers(0, rows - 1))
        walk = [(i, j)]
        for step in draw(st.lists(st.sampled_from([(1, 0), (-1, 0), (0, 1), (0, -1)]),
                                  min_size=2, max_size=4)):
            nxt = (walk[-1][0] + step[0], walk[-1][1] + step[1])
            back = len(walk) > 1 and nxt == walk[-2]
            if 0 <= nxt[0] < cols and 0 <= nxt[1] < rows and not back:
                walk.append(nxt)
        if len(walk) >= 2:
            lines.append(np.array([grid_xy(*w) for w in walk]))
    draw(st.randoms()).shuffle(lines)
    return lines


def grid_key(xy):
    """Grid node of a point within 1 m of one, else None."""
    g = np.round((np.asarray(xy) - ORIGIN) / SPACING)
    if np.hypot(*(ORIGIN + g * SPACING - xy)) > 1.0:
        return None
    return int(g[0]), int(g[1])


def intended_graph(lines):
    """The multigraph the lines mean: consecutive grid-node vertices of a line are linked."""
    g = nx.MultiGraph()
    for line in lines:
        keys = [k for k in (grid_key(p) for p in line) if k is not None]
        g.add_edges_from(zip(keys[:-1], keys[1:]))
    return g


@settings(max_examples=100, deadline=None)
@given(planar_networks())
def test_components_and_bridges_equal_networkx(lines):
    assume(lines)
    net = network.build_network(lines, 0.5)
    oracle = intended_graph(lines)
    keys = [grid_key(xy) for xy in net.node_xy]
    assert None not in keys and len(set(keys)) == len(keys)
    # components: the same partition of the nodes
    ours = {frozenset(k for k, c in zip(keys, net.node_component) if c == label)
            for label in range(net.component_count)}
    theirs = {frozenset(c) & set(keys) for c in nx.connected_components(oracle)}
    assert ours == theirs and net.component_count == nx.number_connected_components(oracle)
    # bridges: each edge (a chain of links through degree-2 grid nodes) against its first
    # link; parallel links and self-loops are never bridges in networkx's multigraph either
    bridges = {frozenset(e) for e in nx.bridges(oracle)}
    br = components_and_bridges(net)
    for e, coords in enumerate(net.edge_coords):
        first = keys[net.edge_u[e]]
        second = next(k for k in (grid_key(p) for p in coords[1:]) if k is not None)
        assert br.is_bridge[e] == (frozenset((first, second)) in bridges), e
    assert br.node_component is net.node_component


@settings(max_examples=60, deadline=None)
@given(planar_networks(), st.lists(st.integers(0, 10**6), max_size=8))
def test_cut_hub_pairs_by_brute_force(lines, picks):
    assume(lines)
    net = network.build_network(lines, 0.5)
    hub_nodes = np.array([p % net.node_count for p in picks] + [-1], dtype=np.int64)
    br = components_and_bridges(net)
    cut = bridge_cut_pairs(net, br, hub_nodes)
    g = nx.MultiGraph()
    g.add_nodes_from(range(net.node_count))
    for e, (u, v) in enumerate(zip(net.edge_u.tolist(), net.edge_v.tolist())):
        g.add_edge(u, v, key=e)
    attached = [int(n) for n in hub_nodes if n >= 0]
    for e, (u, v) in enumerate(zip(net.edge_u.tolist(), net.edge_v.tolist())):
        h = g.copy()
        h.remove_edge(u, v, key=e)
        label = {n: i for i, c in enumerate(nx.connected_components(h)) for n in c}
        split = sum(1 for x, y in itertools.combinations(attached, 2)
                    if net.node_component[x] == net.node_component[y] and label[x] != label[y])
        assert cut[e] == split, e
        assert br.is_bridge[e] == (nx.number_connected_components(h)
                                   > nx.number_connected_components(g))


# ------------------------------------------------------------------------------------------
# Distances to hubs and between components against shapely and networkx
# ------------------------------------------------------------------------------------------


@st.composite
def random_lines(draw, count=8, extent=1000.0):
    """Lines of 2-4 vertices; vertices often on a 100 m lattice, so that lines share some."""
    coord = st.one_of(st.integers(0, int(extent) // 100).map(lambda v: 100.0 * v),
                      st.floats(0, extent, allow_nan=False).map(lambda v: round(v, 3)))
    lines = draw(st.lists(st.lists(st.tuples(coord, coord), min_size=2, max_size=4),
                          min_size=2, max_size=count))
    return [ORIGIN + np.array(line) for line in lines]


@st.composite
def hub_geometries(draw, extent=1000.0):
    coord = st.floats(-200, extent + 200, allow_nan=False).map(lambda v: round(v, 3))
    x, y = draw(coord), draw(coord)
    ox, oy = ORIGIN
    kind = draw(st.sampled_from(["point", "box", "holed", "triangle"]))
    if kind == "point":
        return Point(ox + x, oy + y)
    w, h = draw(st.floats(5, 400)), draw(st.floats(5, 400))
    if kind == "box":
        return box(ox + x, oy + y, ox + x + w, oy + y + h)
    if kind == "holed":
        outer = [(ox + x, oy + y), (ox + x + w, oy + y), (ox + x + w, oy + y + h),
                 (ox + x, oy + y + h)]
        inner = [(ox + x + w * 0.25, oy + y + h * 0.25), (ox + x + w * 0.75, oy + y + h * 0.25),
                 (ox + x + w * 0.75, oy + y + h * 0.75), (ox + x + w * 0.25, oy + y + h * 0.75)]
        return Polygon(outer, [inner])
    poly = Polygon([(ox + x, oy + y), (ox + x + w, oy + y + h / 3), (ox + x + w / 3, oy + y + h)])
    return poly


@settings(max_examples=100, deadline=None)
@given(random_lines(), st.lists(hub_geometries(), min_size=1, max_size=4),
       st.floats(0, 300))
def test_attachment_against_shapely(lines, hubs, access):
    net = network.build_network(lines, 0.0)
    assume(net.edge_count)
    whole = network_lines(net)
    att = attach_hubs(net, hubs, access)
    refined = network_lines(att.network)
    for k, hub in enumerate(hubs):
        true = hub.distance(whole)
        assert att.access_m[k] == pytest.approx(true, abs=1e-6)
        nxy, hxy = att.network_xy[k], att.hub_xy[k]
        assert whole.distance(Point(*nxy)) < 1e-6  # on the network
        assert hub.distance(Point(*hxy)) < 1e-6  # on (or in) the hub
        assert np.hypot(*(nxy - hxy)) == pytest.approx(true, abs=1e-6)
        assume(abs(true - access) > 1e-6)
        assert (att.node[k] >= 0) == (true <= access)
        if att.node[k] >= 0:
            assert np.hypot(*(att.network.node_xy[att.node[k]] - nxy)) < 1e-6
            assert att.component[k] == att.network.node_component[att.node[k]]
    assert refined.length == pytest.approx(whole.length)
    assert att.network.component_count == net.component_count


@settings(max_examples=80, deadline=None)
@given(random_lines(), st.lists(hub_geometries(), min_size=1, max_size=5),
       st.floats(100, 3000))
def test_hub_distances_and_pc_against_networkx(lines, hubs, threshold):
    net = network.build_network(lines, 1.0)
    assume(net.edge_count)
    att = attach_hubs(net, hubs, 150)
    d = hub_distances(att.network, att.node, att.access_m)
    g = nx.Graph()
    g.add_nodes_from(range(att.network.node_count))
    for u, v, w in zip(att.network.edge_u.tolist(), att.network.edge_v.tolist(),
                       att.network.edge_length.tolist()):
        if u != v and (not g.has_edge(u, v) or g[u][v]["weight"] > w):
            g.add_edge(u, v, weight=w)
    h = len(hubs)
    acc = att.access_m
    for i, j in itertools.product(range(h), repeat=2):
        ni, nj = int(att.node[i]), int(att.node[j])
        if i == j:
            expected = 0.0
        elif ni < 0 or nj < 0 or not nx.has_path(g, ni, nj):
            expected = math.inf
        else:
            expected = acc[i] + nx.dijkstra_path_length(g, ni, nj) + acc[j]
        assert d[i, j] == pytest.approx(expected, abs=1e-6), (i, j)
    limited = hub_distances(att.network, att.node, att.access_m, limit=threshold)
    assert np.array_equal(limited, np.where(d <= threshold, d, math.inf))
    # p*: the best product of probabilities over all hub paths is the direct pair's
    k = math.log(2) / threshold
    hg = nx.Graph()
    hg.add_nodes_from(range(h))
    for i, j in itertools.combinations(range(h), 2):
        if np.isfinite(d[i, j]):
            hg.add_edge(i, j, weight=k * d[i, j])  # -ln p
    best = dict(nx.all_pairs_dijkstra_path_length(hg))
    p_star = np.array([[math.exp(-best[i][j]) if j in best[i] else 0.0 for j in range(h)]
                       for i in range(h)])
    a = np.arange(1.0, h + 1)
    assert pc(a, d, threshold) == pytest.approx(
        (np.outer(a, a) * p_star).sum() / a.sum() ** 2, rel=1e-9)


@st.composite
def hub_matrices(draw):
    h = draw(st.integers(1, 7))
    values = st.one_of(st.just(math.inf), st.floats(0, 3000).map(lambda v: round(v, 1)))
    d = np.zeros((h, h))
    for i, j in itertools.combinations(range(h), 2):
        d[i, j] = d[j, i] = draw(values)
    a = np.array(draw(st.lists(st.floats(0.1, 100), min_size=h, max_size=h)))
    return d, a


def brute_iic(d, a, threshold, keep, total):
    g = nx.Graph()
    g.add_nodes_from(keep)
    g.add_edges_from((i, j) for i, j in itertools.combinations(keep, 2) if d[i, j] <= threshold)
    nl = dict(nx.all_pairs_shortest_path_length(g))
    return sum(a[i] * a[j] / (1 + nl[i][j]) for i in keep for j in keep if j in nl[i]) / total**2


@settings(max_examples=100, deadline=None)
@given(hub_matrices(), st.sampled_from([500.0, 1000.0, 2000.0]))
def test_iic_and_d_iic_against_networkx(matrix, threshold):
    d, a = matrix
    h = len(a)
    total = a.sum()
    whole = brute_iic(d, a, threshold, list(range(h)), total)
    assert iic(a, d, threshold) == pytest.approx(whole, rel=1e-12)
    loss = [100 * (whole - brute_iic(d, a, threshold, [i for i in range(h) if i != k], total))
            / whole for k in range(h)]
    assert d_iic_pct(a, d, threshold) == pytest.approx(loss, rel=1e-9, abs=1e-9)
    expected = [sum(1 for j in range(h) if j != i and d[i, j] <= threshold) for i in range(h)]
    assert reachable_hubs(d, threshold).tolist() == expected


@settings(max_examples=100, deadline=None)
@given(random_lines(count=10), st.sampled_from([50.0, 300.0, 5000.0]),
       st.sampled_from([0, 3, HEAVY_VERTICES]))
def test_component_links_against_shapely(lines, max_len, heavy):
    net = network.build_network(lines, 0.0)
    links = component_links(net, max_len, heavy_vertices=heavy)
    parts = [MultiLineString([c.tolist() for c, k in zip(net.edge_coords, net.edge_component)
                              if k == comp]) for comp in range(net.component_count)]
    found = {(int(x), int(y)): k for k, (x, y) in enumerate(zip(links.comp_a, links.comp_b))}
    for x, y in itertools.combinations(range(net.component_count), 2):
        true = parts[x].distance(parts[y])
        if abs(true - max_len) < 1e-6:
            continue
        assert ((x, y) in found) == (true <= max_len), (x, y, true)
        if (x, y) in found:
            k = found[(x, y)]
            assert links.length[k] == pytest.approx(true, abs=1e-6)
            assert parts[x].distance(Point(*links.xy_a[k])) < 1e-6
            assert parts[y].distance(Point(*links.xy_b[k])) < 1e-6
            assert np.hypot(*(links.xy_a[k] - links.xy_b[k])) == pytest.approx(true, abs=1e-6)
            for side, e, o in (("a", links.edge_a[k], links.offset_a[k]),
                               ("b", links.edge_b[k], links.offset_b[k])):
                xy = links.xy_a[k] if side == "a" else links.xy_b[k]
                assert net.edge_component[e] == (x if side == "a" else y)
                assert np.hypot(*(network.interpolate(net, [e], [o])[0] - xy)) < 1e-6


# ------------------------------------------------------------------------------------------
# Missing links: a built example
# ------------------------------------------------------------------------------------------


def missing_example():
    """Four components and six hubs (weights 1):

    L1 (0,0)-(5000,0), 5000 m, component 0: hubs A (0,0) and B (5000,0)
    L2 (5300,0)-(8000,0), 2700 m, component 1: hub C (8000,0)
    L3 (1000,700)-(1000,3000), 2300 m, component 2: hub D (1000,1500)
    L4 (4000,-500)-(4000,500), 1000 m, component 3, crossing L1 without a vertex: hub F
    (4000,500); hub E (8000,600) is 600 m from L2's end, isolated (access 100 m).
    """
    lines = [arr((0, 0), (5000, 0)), arr((5300, 0), (8000, 0)), arr((1000, 700), (1000, 3000)),
             arr((4000, -500), (4000, 500))]
    hubs = [Point(0, 0), Point(5000, 0), Point(8000, 0), Point(1000, 1500), Point(8000, 600),
            Point(4000, 500)]
    net = network.build_network(lines, 1.0)
    att = attach_hubs(net, hubs, 100)
    return net, att, hubs


def test_missing_links_ranked_greedily():
    net, att, hubs = missing_example()
    assert att.component.tolist() == [0, 0, 1, 2, -1, 3]
    w = np.ones(6)
    links = missing_links(att.network, att, hubs, w, 1000, 6000)
    # candidates: L1-L4 0 m (the crossing), L1-L2 300 m, L1-L3 700 m (L3's end to L1's
    # interior), E-L2 600 m; L2-L3, L2-L4, L3-L4 are farther than 1000 m.
    # Before: hubs apart but A-B (5000 m <= 6000): IIC = (6 + 2 * 1/2) / 36 = 7/36.
    # Step 1: L1-L2, L1-L3, L1-L4 each join 2 * 1 = 2 hub pairs (E-L2 only 1). IIC after:
    #   L1-L4: F at 4500 m from A, 1500 from B: + 2 * (1/2 + 1/2) -> 9/36
    #   L1-L3: D at 2500 from A, 5500 from B:   + 2 * (1/2 + 1/2) -> 9/36
    #   L1-L2: C at 3000 from B, 8000 from A:   + 2 * (1/2 + 1/3) -> 8.67/36
    #   tie at 9/36: the shorter link wins, L1-L4 (0 m): +2/7 = 28.57 %
    # Step 2: {A, B, F} has 3 hubs: L1-L2 and L1-L3 join 3 pairs each.
    #   L1-L3: D to A 2500, B 5500, F 500 + 3000 + 700 + 800 = 5000: + 2 * 3/2 = 3
    #   L1-L2: C to B 3000, F 4500, A 8000 (nl 2): + 2 * (1/2 + 1/2 + 1/3) = 2.67
    #   L1-L3 (700 m): 9 -> 12 (in 36ths), +33.33 %
    # Step 3: L1-L2 joins 4 * 1 pairs (E-L2: 1): C to B 3000, F 4500, A 8000 and D 8500
    #   (nl 2 each): + 2 * (1/2 + 1/2 + 1/3 + 1/3) = 10/3, 12 -> 46/3, +27.78 %
    # Step 4: E joins the 5 others by 600 m: E to C 600, B 3600, F 5100, A and D (nl 2):
    #   + 2 * (3 * 1/2 + 2 * 1/3) = 13/3, 46/3 -> 59/3, +28.26 %
    got = [(r["kind"], r["length_m"], r["from_component"], r["to_component"], r["hub"],
            r["gain_hub_pairs"]) for r in links]
    assert got == [("components", 0, 0, 3, -1, 2), ("components", 700, 0, 2, -1, 3),
                   ("components", 300, 0, 1, -1, 4), ("hub", 600, 1, -1, 4, 5)]
    assert [r["rank"] for r in links] == [1, 2, 3, 4]
    assert [r["d_iic_pct"] for r in links] == pytest.approx(
        [100 * 2 / 7, 100 * 3 / 9, 100 * (10 / 3) / 12, 100 * (13 / 3) / (46 / 3)])
    assert [r["iic_after"] for r in links] == pytest.approx([9 / 36, 12 / 36, 46 / 108,
                                                             59 / 108])
    assert [(r["from_xy"], r["to_xy"]) for r in links] == [
        ((4000, 0), (4000, 0)), ((1000, 0), (1000, 700)), ((5000, 0), (5300, 0)),
        ((8000, 0), (8000, 600))]
    # the first two only; the original network is accepted too
    first = missing_links(net, att, hubs, w, 1000, 6000, count=2)
    assert [r["length_m"] for r in first] == [0, 700]
    # shorter links only: the crossing and L1-L2 remain, E is 600 m away
    short = missing_links(net, att, hubs, w, 500, 6000)
    assert [(r["length_m"], r["gain_hub_pairs"]) for r in short] == [(0, 2), (300, 3)]


def test_the_unsplit_network_can_be_freed_once_the_hubs_are_attached():
    """The attachment holds the network it was given weakly: a region's unsplit network and
    its spatial indexes (gigabytes) go as soon as the caller drops them, and the analysis
    goes on with the split network alone, to the same links."""
    net, att, hubs = missing_example()
    expected = missing_links(att.network, att, hubs, np.ones(6), 1000, 6000)
    gone = weakref.ref(net)
    del net
    gc.collect()
    assert gone() is None and att.source is None
    again = missing_links(att.network, att, hubs, np.ones(6), 1000, 6000)
    assert [(r["length_m"], r["from_xy"], r["to_xy"]) for r in again] == [
        (r["length_m"], r["from_xy"], r["to_xy"]) for r in expected] and len(again) == 4


def test_missing_link_weights_decide_ties():
    # two 1-hub components at 200 m and 100 m from a 2-hub line; equal pairs (2 each);
    # the heavier hub brings the larger IIC gain although its link is longer
    lines = [arr((0, 0), (1000, 0)), arr((0, 200), (0, 900)), arr((1000, 100), (1000, 900))]
    hubs = [Point(0, 0), Point(1000, 0), Point(0, 900), Point(1000, 900)]
    net = network.build_network(lines, 1.0)
    att = attach_hubs(net, hubs, 10)
    heavy_left = missing_links(net, att, hubs, [1, 1, 5, 1], 1000, 10000)
    assert [r["length_m"] for r in heavy_left] == [200, 100]
    heavy_right = missing_links(net, att, hubs, [1, 1, 1, 5], 1000, 10000)
    assert [r["length_m"] for r in heavy_right] == [100, 200]
    # a component without hubs gains no pair: never proposed on its own
    some = [hubs[0], hubs[1], hubs[3]]
    att = attach_hubs(net, some, 10)
    assert [r["length_m"] for r in missing_links(net, att, some, [1, 1, 1], 1000,
                                                               10000)] == [100]


@settings(max_examples=60, deadline=None)
@given(random_lines(), st.lists(hub_geometries(), min_size=1, max_size=5),
       st.lists(st.tuples(st.floats(0, 1000), st.floats(0, 1000)), min_size=1, max_size=6),
       st.floats(100, 3000))
def test_one_dijkstra_serves_hub_distances_and_split_networks(lines, hubs, points, threshold):
    """The node-distance table gives what a fresh Dijkstra gives: hub to hub, and to the new
    nodes of the network split at located points (where missing links end)."""
    net = network.build_network(lines, 1.0)
    assume(net.edge_count)
    att = attach_hubs(net, hubs, 150)
    table = NodeDistances(att.network, att.node)
    for limit in (np.inf, threshold):
        fresh = hub_distances(att.network, att.node, att.access_m, limit=limit)
        shared = hub_distances(att.network, att.node, att.access_m, limit=limit,
                                            node_distances=table)
        assert np.array_equal(np.isinf(fresh), np.isinf(shared))
        assert np.allclose(fresh[np.isfinite(fresh)], shared[np.isfinite(shared)], atol=1e-6)
    split, nodes = network.split_at(att.network, network.locate_points(att.network, points))
    nodes = np.unique(nodes[nodes >= 0])
    assume(len(table.sources))
    fresh = dijkstra_columns(split.adjacency(), table.sources, nodes, threshold)
    shared = table.on_split(split, nodes, threshold)
    finite = np.isfinite(fresh) & np.isfinite(shared)
    assert np.allclose(fresh[finite], shared[finite], atol=1e-6)
    # only values within a rounding error of the threshold may fall on different sides
    differ = np.isinf(fresh) != np.isinf(shared)
    assert np.all(np.abs(np.where(np.isinf(fresh), shared, fresh)[differ] - threshold) < 1e-6)


def test_missing_links_same_with_the_shared_table():
    net, att, hubs = missing_example()
    w = np.ones(6)
    table = NodeDistances(att.network, att.node)
    fresh = missing_links(att.network, att, hubs, w, 1000, 6000)
    shared = missing_links(att.network, att, hubs, w, 1000, 6000,
                                        node_distances=table)
    assert len(fresh) == len(shared) >= 3
    for a, b in zip(fresh, shared):
        assert a["from_xy"] == b["from_xy"] and a["to_xy"] == b["to_xy"]
        assert a["gain_hub_pairs"] == b["gain_hub_pairs"]
        assert a["d_iic_pct"] == pytest.approx(b["d_iic_pct"], abs=1e-9)
