"""The audit of a node network: classes, grades per 100 m on analytic DEMs, node facts on small
networks whose facts are known, faces against shapely's polygonize, seams between networks,
loops through the whole engine."""

import math

import numpy as np
import pytest
from shapely.geometry import MultiLineString
from shapely.ops import polygonize, unary_union

from itinerance.processing.logic.audit import audit as engine
from itinerance.processing.logic.audit import classes
from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.network.node_network import faces as network_faces
from itinerance.processing.logic.relief import grade_pieces as grades


def flat(lines):
    lines = [np.asarray(line, dtype=float) for line in lines]
    ptr = np.concatenate([[0], np.cumsum([len(line) for line in lines])]).astype(np.int64)
    return np.concatenate(lines), ptr


def nodes_at(points, numbers, networks=None, expected=None):
    return engine.NodeInput(np.asarray(points, dtype=float), [str(n) for n in numbers],
                            list(networks or [None] * len(numbers)),
                            np.asarray(expected if expected is not None
                                       else [np.nan] * len(numbers), dtype=float))


def run(lines, nodes, **options):
    xy, ptr = flat(lines)
    settings = options.pop("settings", engine.AuditSettings())
    return engine.audit_network(engine.AuditInputs(xy, ptr, nodes, **options), settings)


# --------------------------------------------------------------------------------------------
# Classes
# --------------------------------------------------------------------------------------------


def test_length_and_face_classes_keep_their_bounds_in_the_ideal_range():
    km = np.array([0.5, 0.999, 1.0, 5.0, 5.001, 10.0, 10.001])
    assert [classes.LENGTH_CLASSES[c] for c in classes.length_class(km * 1000)] == [
        "short", "short", "ideal", "ideal", "long", "long", "too_long"]
    km = np.array([7.99, 8.0, 20.0, 20.01])
    assert [classes.FACE_CLASSES[c] for c in classes.face_class(km * 1000)] == [
        "small", "ideal", "ideal", "large"]


# --------------------------------------------------------------------------------------------
# Grades per 100 m
# --------------------------------------------------------------------------------------------


def plane(gx, gy, z0=50.0):
    """A plane rising gx % along x and gy % along y."""
    return lambda xy: z0 + gx / 100.0 * xy[:, 0] + gy / 100.0 * xy[:, 1]


def test_pieces_on_a_plane_have_the_plane_s_grade_along_each_line():
    lines = [[(0, 0), (1000, 0)], [(0, 0), (0, 500)], [(0, 0), (600, 600)],
             [(1000, 0), (0, 0)], [(0, 0), (100, 0), (100, 150)]]
    pieces = grades.grade_pieces(grades.lines_network(*flat(lines)), plane(3.0, 0.0))
    by_line = [pieces.grade[pieces.edge == k] for k in range(len(lines))]
    assert by_line[0] == pytest.approx([3.0] * 10)
    assert by_line[1] == pytest.approx([0.0] * 5)
    assert by_line[2] == pytest.approx([3.0 / math.sqrt(2)] * 9)  # 849 m in 9 pieces
    assert by_line[3] == pytest.approx([3.0] * 10)  # downhill: the same grade
    # the bent line: 250 m in 3 pieces of 83.3 m; the middle one spans the bend
    assert len(by_line[4]) == 3
    assert by_line[4][0] == pytest.approx(3.0)
    assert by_line[4][1] == pytest.approx(3.0 * 16.667 / 83.333, rel=1e-3)
    assert by_line[4][2] == pytest.approx(0.0)
    assert pieces.length[pieces.edge == 4] == pytest.approx([250 / 3] * 3)
    assert [grades.GRADE_CLASS_KEYS[c] for c in pieces.grade_class[pieces.edge == 2]] == [
        "2_4"] * 9


def test_a_cone_gives_its_slope_down_a_radius_and_none_round_it():
    def cone(xy):
        return 200.0 - 0.05 * np.hypot(xy[:, 0], xy[:, 1])

    angle = np.linspace(0, np.pi / 2, 40)
    lines = [[(0, 0), (700, 0)], np.column_stack([np.cos(angle), np.sin(angle)]) * 1500.0]
    pieces = grades.grade_pieces(grades.lines_network(*flat(lines)), cone)
    assert pieces.grade[pieces.edge == 0] == pytest.approx([5.0] * 7)
    # round the cone the pieces' ends lie on the circle's chords, at most a sagitta (0.3 m)
    # inside it: 0.05 x 0.3 m over 83 m, under 0.02 %
    assert pieces.grade[pieces.edge == 1] == pytest.approx(0.0, abs=0.02)
    steepest = grades.steepest_per_edge(pieces, 2)
    assert steepest == pytest.approx([5.0, 0.0], abs=0.02)


def test_pieces_off_the_dem_have_no_grade_and_the_share_covered_is_reported():
    def half_dem(xy):
        z = 0.06 * xy[:, 0]
        return np.where(xy[:, 0] <= 400.0, z, np.nan)

    pieces = grades.grade_pieces(grades.lines_network(*flat([[(0, 0), (1000, 0)]])), half_dem)
    assert np.isfinite(pieces.grade).sum() == 4 and (pieces.grade_class == -1).sum() == 6
    lengths = grades.class_lengths(pieces.edge, pieces.length, pieces.grade_class, 1)
    assert lengths[0].tolist() == pytest.approx([0, 0, 0, 400.0, 600.0])
    shares = grades.class_shares(lengths)[0]
    assert shares.tolist() == pytest.approx([0, 0, 0, 100.0, 40.0])


# --------------------------------------------------------------------------------------------
# Node facts, links, seams
# --------------------------------------------------------------------------------------------

# a square of 3 km with nodes 1 to 4 at its corners, a spur from node 2 to node 5, a branch at
# an unnumbered junction J on the spur, an orphan 6 far away, and a second node numbered 1
# 4 km from the first (a clash)
SQUARE = [[(0, 0), (3000, 0)], [(3000, 0), (3000, 3000)], [(3000, 3000), (0, 3000)],
          [(0, 3000), (0, 0)], [(3000, 0), (5000, 0)], [(5000, 0), (8000, 0)],
          [(5000, 0), (5000, -2000)], [(0, 0), (0, -4000)]]


def square_nodes(expected=None, networks=None):
    points = [(0, 0), (3000, 0), (3000, 3000), (0, 3000), (8000, 0), (50_000, 0), (0, -4000)]
    return nodes_at(points, [1, 2, 3, 4, 5, 6, 1], networks, expected)


def test_node_facts_on_a_small_network():
    expected = [3, 3, 2, np.nan, 1, np.nan, np.nan]
    audit = run(SQUARE, square_nodes(expected))
    facts = audit.nodes.facts
    assert audit.nodes.degree.tolist() == [3, 3, 2, 2, 1, 0, 1]
    assert facts == [["number_clash"], [], [], [], ["dead_end"], ["orphan"],
                     ["dead_end", "number_clash"]]
    audit = run(SQUARE, square_nodes([2, 3, 2, np.nan, 1, np.nan, np.nan]))
    assert audit.nodes.facts[0] == ["expected_links_mismatch", "number_clash"]
    assert audit.nodes.component.tolist() == [0] * 5 + [-1, 0]
    figures = engine.headline(audit)
    assert figures["DEAD_END_COUNT"] == 2 and figures["NODE_FACT_COUNT"] == 6
    assert figures["COMPONENT_COUNT"] == 1 and figures["NODE_COUNT"] == 7


def test_links_derived_from_the_sections_stop_at_numbered_nodes_junctions_and_line_ends():
    audit = run(SQUARE, square_nodes())
    links = audit.links
    assert len(links) == 8
    by_ends = {(min(a, b), max(a, b)): f for a, b, f in zip(
        links.from_node.tolist(), links.to_node.tolist(), links.facts)}
    assert by_ends[(-1, 1)] == ["unnumbered_junction"]
    assert by_ends[(-1, 4)] == ["unnumbered_junction"]
    assert by_ends[(-1, -1)] == ["unnumbered_junction", "open_end"]
    assert by_ends[(0, 1)] == [] and by_ends[(0, 6)] == []
    assert sorted(links.length.tolist()) == [2000.0, 2000.0, 3000.0, 3000.0, 3000.0, 3000.0,
                                             3000.0, 4000.0]
    assert [classes.LENGTH_CLASSES[c] for c in links.length_class] == ["ideal"] * 8
    assert engine.headline(audit)["IDEAL_LENGTH_PCT"] == pytest.approx(100.0)


def test_given_links_keep_their_facts_and_broken_ones_are_counted():
    given = engine.LinkInput(
        *flat([[(0, 0), (3000, 0)], [(3000, 0), (3000, 3000), (0, 3000)], [(0, 0), (0, 12000)]]),
        owner=np.array([0, 1, 2]), count=3,
        facts=[["broken"], [], ["broken", "unused_segments"]], network=[None] * 3)
    audit = run(SQUARE, square_nodes(), links=given)
    figures = engine.headline(audit)
    assert figures["LINK_COUNT"] == 3 and figures["BROKEN_COUNT"] == 2
    assert audit.links.length.tolist() == [3000.0, 6000.0, 12000.0]
    assert [classes.LENGTH_CLASSES[c] for c in audit.links.length_class] == [
        "ideal", "long", "too_long"]
    assert audit.links.from_node.tolist() == [0, 1, 0]
    assert audit.links.to_node.tolist() == [1, 3, -1]
    assert figures["IDEAL_LENGTH_PCT"] == pytest.approx(100 * 3 / 21)


def test_two_networks_meet_where_a_link_joins_them():
    # network A: nodes 1 (0, 0), 2 (3 km, 0), 5 (0, 3 km); network B: nodes 7 (6 km, 0) and
    # 5 (6 km, 2 km); A's dead end 5 lies 6 km from B's 5 (no clash at 5 km), B's 5 is a
    # dead end 3.6 km from A's 2
    lines = [[(0, 0), (3000, 0)], [(3000, 0), (6000, 0)], [(6000, 0), (6000, 2000)],
             [(0, 0), (0, 3000)]]
    nodes = nodes_at([(0, 0), (3000, 0), (0, 3000), (6000, 0), (6000, 2000)],
                     [1, 2, 5, 7, 5], ["A", "A", "A", "B", "B"])
    audit = run(lines, nodes)
    links = audit.links
    crossing = audit.seams.crossing_links.tolist()
    assert len(crossing) == 1
    k = crossing[0]
    assert {links.from_node[k], links.to_node[k]} == {1, 3}
    assert "crosses_networks" in links.facts[k]
    assert audit.seams.clash_pairs[0].tolist() == [] and audit.nodes.facts[2] == ["dead_end"]
    assert audit.seams.border_stops.tolist() == [4]
    nearer = run(lines, nodes, settings=engine.AuditSettings(clash_distance_m=7000.0))
    assert list(zip(*(p.tolist() for p in nearer.seams.clash_pairs))) == [(2, 4)]
    assert nearer.seams.border_stops.tolist() == [2, 4]
    assert engine.headline(audit)["CROSSING_LINK_COUNT"] == 1


# --------------------------------------------------------------------------------------------
# Faces
# --------------------------------------------------------------------------------------------


def test_faces_are_those_shapely_polygonizes_from_the_same_lines_noded_alone():
    # two squares side by side, a T-junction digitised without a vertex, a dead end, and an
    # island ring inside the first square
    lines = [[(0, 0), (2000, 0), (4000, 0)], [(4000, 0), (4000, 2000)],
             [(4000, 2000), (0, 2000)], [(0, 2000), (0, 0)], [(2000, 2000), (2000, 0)],
             [(2000, 1000), (3000, 1000)], [(3000, 1000), (3500, 1500)],
             [(500, 500), (1500, 500), (1500, 1500), (500, 1500), (500, 500)],
             [(4000, 2000), (4500, 2500)]]
    ours = network_faces.faces(network.build_network([np.asarray(a, float) for a in lines],
                                                     1.0))
    theirs = list(polygonize(unary_union(MultiLineString(lines))))
    assert len(ours) == len(theirs) == 3
    assert sorted(ours.area.tolist()) == pytest.approx(sorted(p.area for p in theirs))
    assert sorted(ours.perimeter.tolist()) == pytest.approx(
        sorted(p.exterior.length for p in theirs))
    holes = sorted(len(p.interiors) for p in ours.polygons)
    assert holes == [0, 0, 1]
    assert sorted(ours.perimeter.tolist()) == pytest.approx([4000.0, 8000.0, 8000.0])


# --------------------------------------------------------------------------------------------
# Loops through the whole engine
# --------------------------------------------------------------------------------------------


def loop_square(side_m=2500.0):
    s = side_m
    return ([[(0, 0), (s, 0)], [(s, 0), (s, s)], [(s, s), (0, s)], [(0, s), (0, 0)]],
            nodes_at([(0, 0), (s, 0), (s, s), (0, s)], [1, 2, 3, 4]))


def test_a_square_of_10_km_is_a_family_and_a_sporty_loop_on_flat_ground():
    lines, nodes = loop_square()
    audit = run(lines, nodes)
    assert audit.nodes.family_loops.tolist() == [1, 1, 1, 1]
    assert audit.nodes.sport_loops.tolist() == [1, 1, 1, 1]
    assert audit.loop_counts == (1, 1)
    figures = engine.headline(audit)
    assert figures["FAMILY_LOOP_NODE_PCT"] == figures["SPORT_LOOP_NODE_PCT"] == 100.0


def test_a_5_percent_side_bars_family_loops_not_sporty_ones():
    lines, nodes = loop_square()
    audit = run(lines, nodes, sample=plane(5.0, 0.0))
    assert audit.nodes.family_loops.tolist() == [0, 0, 0, 0]
    assert audit.nodes.sport_loops.tolist() == [1, 1, 1, 1]
    assert engine.headline(audit)["DEM_COVERED_PCT"] == pytest.approx(100.0)


def test_the_water_rule_counts_the_stretch_between_aires_round_the_loop():
    lines, nodes = loop_square()
    one_aire = np.array([[1250.0, 0.0]])
    assert run(lines, nodes, aire_xy=one_aire).loop_counts == (1, 1)  # one stretch of 10 km
    strict = engine.AuditSettings(max_without_water_km=9.0)
    assert run(lines, nodes, aire_xy=one_aire, settings=strict).loop_counts == (0, 0)
    two = np.array([[1250.0, 0.0], [1250.0, 2500.0]])  # two stretches of 5 km
    assert run(lines, nodes, aire_xy=two, settings=strict).loop_counts == (1, 1)
    far = np.array([[1250.0, 900.0]])  # 900 m off the sections: not a water point
    audit = run(lines, nodes, aire_xy=far, settings=strict)
    assert audit.loop_counts == (0, 0) and audit.aires_off == 1


def test_a_ring_without_numbered_node_is_a_link_without_node_and_no_one_s_loop():
    ring = [[(0, 0), (3000, 0), (3000, 3000), (0, 0)]]
    audit = run(ring, nodes_at(np.zeros((0, 2)), []))
    assert audit.links.facts == [["no_node"]] and audit.loop_counts == (0, 0)
    figures = engine.headline(audit)
    assert figures["NODE_COUNT"] == 0 and math.isnan(figures["FAMILY_LOOP_NODE_PCT"])
    # one numbered node on it: the ring closes on that node, a loop of 10.2 km
    audit = run(ring, nodes_at([(0, 0)], [1]))
    assert audit.links.facts == [[]] and audit.loop_counts == (1, 1)
    assert audit.nodes.family_loops.tolist() == [1] and audit.nodes.degree.tolist() == [2]
