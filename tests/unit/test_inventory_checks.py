"""The inventory checks on hand-built cases; shapely is the oracle for distances."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiLineString, MultiPoint, Point, Polygon

from itinerance.processing.logic.inventory import checks

# --- geometries -------------------------------------------------------------------------------

def test_a_valid_point_is_located_on_itself():
    report = checks.inspect_geometry(Point(3, 4).wkb)
    assert report.ok and (report.x, report.y) == (3.0, 4.0)


def test_a_valid_line_is_located_on_the_line():
    report = checks.inspect_geometry(LineString([(0, 0), (10, 0)]).wkb)
    assert report.ok and report.y == 0.0 and 0.0 <= report.x <= 10.0


def test_no_geometry_and_empty_geometry_are_told_apart():
    assert checks.inspect_geometry(None).status == "null"
    assert checks.inspect_geometry(b"").status == "null"
    empty = checks.inspect_geometry(Polygon().wkb)
    assert empty.status == "empty" and empty.x is None


def test_a_bow_tie_is_invalid_and_located_where_it_crosses_itself():
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    report = checks.inspect_geometry(bow_tie.wkb)
    assert report.status == "invalid"
    assert report.reason == "Self-intersection"
    assert (report.x, report.y) == pytest.approx((5.0, 5.0))


def test_a_line_with_one_distinct_vertex_is_invalid_at_that_vertex():
    report = checks.inspect_geometry(LineString([(7, 8), (7, 8)]).wkb)
    assert report.status == "invalid"
    assert (report.x, report.y) == (7.0, 8.0)


def test_unreadable_wkb_is_invalid_not_a_crash():
    report = checks.inspect_geometry(b"\x01\x02\x00\x00")
    assert report.status == "invalid" and report.x is None


def test_non_finite_coordinates_are_invalid():
    report = checks.inspect_geometry(LineString([(0, 0), (math.nan, 1), (2, 2)]).wkb)
    assert report.status == "invalid" and report.reason == "non-finite coordinate"
    assert (report.x, report.y) == (0.0, 0.0)


# --- attributes -------------------------------------------------------------------------------

def test_missing_values_are_null_or_blank():
    assert checks.missing_values(["Aire du Mont", None, "", "   ", "x", 0]) == [1, 2, 3]


@pytest.mark.parametrize("value, expected", [
    (True, True), (False, False), (1, True), (0, False), (None, False),
    ("true", True), ("Oui", True), ("f", False), ("0", False)])
def test_boolean_values_from_any_provider(value, expected):
    assert checks.is_true(value) is expected


def test_labelled_establishments_without_date():
    labelled = [True, True, False, 1, True, None]
    dates = ["2020-01-01", None, None, "", "  ", None]
    assert checks.labelled_without_date(labelled, dates) == [1, 3, 4]


def test_duplicate_numbers_within_one_network_only():
    numbers = [1, 2, 1, 1, 3, None, None, 2.0, "2"]
    networks = ["A", "A", "A", "B", "A", "A", "A", " A ", "C"]
    assert checks.duplicate_numbers(numbers, networks) == [
        ("A", 1, [0, 2]), ("A", 2, [1, 7])]


def test_nodes_without_network_form_one_network():
    assert checks.duplicate_numbers([5, 5, 5], [None, "", "X"]) == [(None, 5, [0, 1])]


# --- distance to the network ------------------------------------------------------------------

def test_distance_to_a_segment_interior_end_and_nothing():
    lines = [np.array([(0.0, 0.0), (100.0, 0.0)]), np.array([(200.0, 0.0), (200.0, 50.0)])]
    points = np.array([(50.0, 30.0), (-30.0, -40.0), (200.0, 80.0), (np.nan, 0.0)])
    distance = checks.distance_to_lines(points, lines)
    assert distance[:3] == pytest.approx([30.0, 50.0, 30.0])
    assert math.isnan(distance[3])
    assert np.isinf(checks.distance_to_lines(points[:1], [])).all()


def test_far_points_reported_once_per_feature_at_the_farthest_part():
    lines = [np.array([(0.0, 0.0), (1000.0, 0.0)])]
    points = np.array([(10.0, 5.0), (20.0, 40.0), (30.0, 60.0), (500.0, 25.0), (600.0, -26.0)])
    owners = [0, 1, 1, 2, 3]
    far = checks.far_from_lines(points, owners, checks.LinesIndex(lines), 25.0)
    assert far == [(1, 60.0, 30.0, 60.0), (3, 26.0, 600.0, -26.0)]  # 25 m is within


def test_without_lines_no_point_is_far():
    assert checks.far_from_lines(np.array([(0.0, 0.0)]), [0], checks.LinesIndex([]),
                                25.0) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(-500, 500), st.floats(-500, 500)), min_size=2, max_size=8),
       st.lists(st.tuples(st.floats(-800, 800), st.floats(-800, 800)), min_size=1, max_size=20))
def test_distance_matches_shapely(vertices, points):
    line = LineString(vertices)
    if line.length == 0:
        return
    expected = [line.distance(Point(p)) for p in points]
    got = checks.distance_to_lines(np.array(points), [np.array(vertices)])
    assert got == pytest.approx(expected, abs=1e-6)


# --- near misses ------------------------------------------------------------------------------

def _lines(*coords):
    return [np.array(c, dtype=float) for c in coords]


def test_a_t_junction_three_metres_short_is_a_near_miss():
    lines = _lines([(0, 0), (100, 0)], [(50, 3), (50, 80)])
    found = checks.near_misses(lines, 5.0)
    assert len(found) == 1
    assert (found[0].line, found[0].x, found[0].y) == (1, 50.0, 3.0)
    assert found[0].gap_m == pytest.approx(3.0)


def test_joined_lines_are_not_near_misses():
    shared_vertex = _lines([(0, 0), (100, 0)], [(100, 0), (100, 80)])
    t_on_segment = _lines([(0, 0), (100, 0)], [(50, 0), (50, 80)])
    assert checks.near_misses(shared_vertex, 5.0) == []
    assert checks.near_misses(t_on_segment, 5.0) == []


def test_a_gap_wider_than_the_near_miss_distance_is_not_reported():
    assert checks.near_misses(_lines([(0, 0), (100, 0)], [(50, 6), (50, 80)]), 5.0) == []


def test_two_ends_facing_across_one_gap_are_one_finding():
    found = checks.near_misses(_lines([(0, 0), (100, 0)], [(102, 0), (200, 0)]), 5.0)
    assert len(found) == 1 and found[0].gap_m == pytest.approx(2.0)
    # offset ends, each the other's nearest point: still one gap
    found = checks.near_misses(_lines([(0, 10), (20, 10)], [(21, 11), (21, 50)]), 5.0)
    assert len(found) == 1 and found[0].gap_m == pytest.approx(math.sqrt(2))


def test_two_near_misses_close_together_are_both_reported():
    # both short of line 0; line 2's end is nearest to line 1, line 1's to line 0
    lines = _lines([(0, 0), (100, 0)], [(20, 2), (20, 50)], [(22, 3), (60, 50)])
    found = sorted(checks.near_misses(lines, 5.0), key=lambda m: m.line)
    assert [(m.line, m.x, m.y) for m in found] == [(1, 20.0, 2.0), (2, 22.0, 3.0)]
    assert [m.gap_m for m in found] == pytest.approx([2.0, 2.0])


def test_multipart_input_lines_keep_their_position():
    lines = _lines([(0, 0), (100, 0)], [(300, 0), (400, 0)], [(350, 4), (350, 90)])
    assert [m.line for m in checks.near_misses(lines, 5.0)] == [2]
    assert MultiLineString([lines[0], lines[1]]).is_valid  # the caller splits parts


def test_point_and_line_parts_skip_bad_geometries_and_keep_owners():
    wkbs = [MultiPoint([(0, 0), (1, 1)]).wkb, None, Point(5, 6).wkb]
    reports = checks.inspect_geometries(wkbs)
    xy, owners = checks.point_parts(wkbs, reports)
    assert xy.tolist() == [[0, 0], [1, 1], [5, 6]] and owners == [0, 0, 2]
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    wkbs = [MultiLineString([[(0, 0), (1, 0)], [(2, 0), (3, 0)]]).wkb, bow_tie.wkb,
            LineString([(0, 0), (0, 4)]).wkb]
    lines, owners = checks.line_parts(wkbs, checks.inspect_geometries(wkbs))
    assert [line.tolist() for line in lines] == [[[0, 0], [1, 0]], [[2, 0], [3, 0]],
                                                 [[0, 0], [0, 4]]]
    assert owners == [0, 0, 2]
