"""The Accueil Vélo service of routes (logic/network/route_service.py), against independent
oracles: closed-form chords of a circle, shapely (high-resolution buffers, distances,
substrings) and counts made by hand.

A shapely buffer with QUAD segments per quarter is a polygon inscribed in its circle: the exact
covered length lies between shapely's figure at R and at R / SHRINK, whatever the crossings."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point
from shapely.ops import substring, unary_union

from itinerance.processing.logic.network import route_service as rs
from itinerance.processing.logic.network.route_coverage import ALL, Route

QUAD = 256
SHRINK = math.cos(math.pi / (4 * QUAD))
EPS = 1e-6

coord = st.integers(0, 200_000).map(lambda v: v / 100.0)  # centimetres, a 2 km square
point = st.tuples(coord, coord)
polyline = st.lists(point, min_size=2, max_size=6, unique=True).filter(
    lambda pts: LineString(pts).length > 1.0)


def straight(x0, x1, y=0.0):
    return Route([np.array([[x0, y], [x1, y]], dtype=float)])


def establishments(points, labelled=None, categories=None):
    xy = np.array([(np.nan, np.nan) if p is None else p for p in points],
                  dtype=float).reshape(-1, 2)
    flags = np.ones(len(xy), dtype=bool) if labelled is None else np.array(labelled, bool)
    return rs.Establishments(xy, flags, categories)


def discs(centres, radius):
    return unary_union([Point(c).buffer(radius, QUAD) for c in centres])


def shapely_covered(line, centres, radius):
    """(lower, upper) bounds of the exact covered length of ``line``."""
    if not centres:
        return 0.0, 0.0
    return (line.intersection(discs(centres, radius)).length,
            line.intersection(discs(centres, radius / SHRINK)).length)


# --- which establishments count -----------------------------------------------------------


def test_labelled_flags_read_the_label_values_or_count_everyone_without_a_field():
    values = [1, 0, True, False, None, "oui", "non", "true", "1", " Yes ", ""]
    assert rs.labelled_flags(values, len(values)).tolist() == [
        True, False, True, False, False, True, False, True, True, True, False]
    assert rs.labelled_flags(None, 3).tolist() == [True, True, True]
    assert rs.labelled_flags([], 0).shape == (0,)


def test_establishments_without_a_point_are_not_valid_and_categories_are_sorted():
    est = establishments([(0, 0), None, (5, 5)], categories=["loueur", None, "gite"])
    assert est.valid.tolist() == [True, False, True]
    assert est.category_names == ["gite", "loueur"]
    assert establishments([(0, 0)]).category_names == []
    assert establishments([(0, 0)]).category_array is None


# --- one route ----------------------------------------------------------------------------


def test_one_establishment_beside_a_straight_route_covers_its_chord():
    route = straight(0, 20000)
    est = establishments([(5000, 3000), (15000, 4000)], labelled=[True, False],
                         categories=["hebergement", "restauration"])
    service = rs.serve_route(route, est, 5000.0, "EV5")
    chord = 2 * math.sqrt(5000 ** 2 - 3000 ** 2)  # 8000 m
    assert service.covered_length_m == pytest.approx(chord)
    assert service.longest_gap_m == pytest.approx(11000)
    overall = [m for g in service.gaps if g.category == ALL for m in (g.start_m, g.end_m)]
    assert overall == pytest.approx([0, 1000, 9000, 20000])
    # no labelled restaurant: the whole route is a gap for that category
    assert [m for g in service.gaps if g.category == "restauration"
            for m in (g.start_m, g.end_m)] == pytest.approx([0, 20000])
    # overall, then per category (the hebergement is the only labelled one)
    long_gaps = service.gaps_at_least(5000)
    assert [g.category for g in long_gaps] == [ALL, "hebergement", "restauration"]
    assert [m for g in long_gaps for m in (g.start_m, g.end_m)] == pytest.approx(
        [9000, 20000, 9000, 20000, 0, 20000])
    rows = {row["category"]: row for row in service.summary_rows()}
    assert set(rows) == {ALL, "hebergement", "restauration"}
    assert rows[ALL]["covered_pct"] == pytest.approx(40) and rows[ALL]["n_labelled"] == 1
    assert rows["hebergement"]["n_labelled"] == 1 and rows["restauration"]["n_labelled"] == 0
    assert rows["restauration"]["max_gap_km"] == pytest.approx(20)
    assert all(row["route"] == "EV5" for row in rows.values())


def test_unlabelled_or_pointless_establishments_and_a_zero_access_distance_cover_nothing():
    route = straight(0, 1000)
    est = establishments([(500, 0), None], labelled=[False, True])
    assert rs.serve_route(route, est, 300.0).covered_length_m == 0.0
    labelled_on_route = establishments([(500, 0)])
    service = rs.serve_route(route, labelled_on_route, 0.0)
    assert service.covered_length_m == 0.0 and service.longest_gap_m == pytest.approx(1000)
    # at distance 0 exactly, the establishment is eligible even so
    reach = rs.establishment_reach([route], labelled_on_route, 0.0)
    assert reach.eligible.tolist() == [True] and reach.prospect.tolist() == [False]


@settings(max_examples=40, deadline=None)
@given(polyline, st.lists(point, min_size=1, max_size=5),
       st.integers(50, 800).map(float), st.data())
def test_covered_length_and_covered_between_match_shapely(points, centres, radius, data):
    line = LineString(points)
    route = Route([np.array(points, dtype=float)])
    labelled = data.draw(st.lists(st.booleans(), min_size=len(centres), max_size=len(centres)))
    service = rs.serve_route(route, establishments(centres, labelled), radius)
    counted = [c for c, lab in zip(centres, labelled) if lab]
    low, high = shapely_covered(line, counted, radius)
    assert low - EPS <= service.covered_length_m <= high + EPS
    a, b = sorted(data.draw(st.tuples(st.floats(0, 1), st.floats(0, 1))))
    start, end = a * route.length, b * route.length
    part = substring(line, start, end)
    low, high = shapely_covered(part, counted, radius) if end > start else (0.0, 0.0)
    covered = service.covered_between(np.array([start]), np.array([end]))
    assert low - 1e-5 <= covered <= high + 1e-5


def test_covered_between_sums_pairs_and_is_zero_for_nothing():
    route = straight(0, 1000)
    service = rs.serve_route(route, establishments([(500, 0)]), 100.0)  # covers 400..600
    assert service.covered_between(np.array([0.0, 550.0]), np.array([450.0, 1000.0])) == \
        pytest.approx(50 + 50)
    assert service.covered_between(np.array([]), np.array([])) == 0.0
    empty = rs.serve_route(Route([]), establishments([(0, 0)]), 100.0)
    assert empty.covered_between(np.array([0.0]), np.array([0.0])) == 0.0


# --- every route, every establishment ----------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(st.lists(polyline, min_size=1, max_size=3), st.lists(st.one_of(point, st.none()),
                                                           max_size=8),
       st.integers(10, 600).map(float))
def test_reach_matches_shapely_distances(lines, points, access):
    routes = [Route([np.array(p, dtype=float)]) for p in lines]
    shapes = [LineString(p) for p in lines]
    est = establishments(points, labelled=[i % 2 == 0 for i in range(len(points))])
    reach = rs.establishment_reach(routes, est, access)
    for i, p in enumerate(points):
        if p is None:
            assert np.isnan(reach.distance_m[i]) and reach.route_index[i] == -1
            assert not reach.eligible[i] and not reach.prospect[i]
            continue
        distances = [shape.distance(Point(p)) for shape in shapes]
        assert reach.distance_m[i] == pytest.approx(min(distances), abs=1e-6)
        assert distances[reach.route_index[i]] == pytest.approx(min(distances), abs=1e-6)
        nearest = shapes[reach.route_index[i]]
        assert nearest.interpolate(reach.chainage_m[i]).distance(Point(p)) == pytest.approx(
            min(distances), abs=1e-6)
        # away from the threshold, where rounding cannot decide
        if abs(min(distances) - access) > 1e-6:
            assert reach.eligible[i] == (min(distances) <= access)
        assert reach.prospect[i] == (reach.eligible[i] and i % 2 == 1)


def test_serve_routes_adds_up_the_routes():
    named = [("north", straight(0, 10000, 0)), ("south", straight(0, 4000, 50000))]
    est = establishments([(2000, 1000), (3000, 50000), (9000, 20000)], labelled=[True, True,
                                                                                 False])
    service = rs.serve_routes(named, est, 2000.0)
    chord = 2 * math.sqrt(2000 ** 2 - 1000 ** 2)
    assert [r.name for r in service.routes] == ["north", "south"]
    assert service.length_m == pytest.approx(14000)
    # south: [1000, 4000] covered (the establishment sits on it at 3000)
    assert service.covered_m == pytest.approx(chord + 3000)
    assert service.covered_pct == pytest.approx(100 * (chord + 3000) / 14000)
    assert service.longest_gap_m == pytest.approx(10000 - 2000 - chord / 2)
    assert service.reach.route_index.tolist() == [0, 1, 0]
    assert service.reach.eligible.tolist() == [True, True, False]
    assert service.establishments is est


def test_serve_routes_stops_when_cancelled_and_handles_no_length():
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1

    named = [("a", straight(0, 100)), ("b", straight(0, 100, 500))]
    assert rs.serve_routes(named, establishments([(0, 0)]), 50.0, cancelled) is None
    assert len(asked) == 2
    nothing = rs.serve_routes([], establishments([(0, 0)]), 50.0)
    assert nothing.length_m == 0 and nothing.covered_pct == 0.0 and nothing.longest_gap_m == 0
    assert nothing.reach.route_index.tolist() == [-1] and not nothing.reach.eligible.any()


def test_group_routes_keeps_the_order_of_first_names_and_chains_each_group():
    parts = [np.array([[1000.0, 0], [2000, 0]]), np.array([[0.0, 500], [300, 500]]),
             np.array([[1000.0, 0], [0, 0]]), np.array([[300.0, 500], [900, 500]])]
    named = rs.group_routes(parts, ["EV5", "Lys", "EV5", "Lys"])
    assert [name for name, _ in named] == ["EV5", "Lys"]
    ev5, lys = (route for _, route in named)
    assert ev5.length == pytest.approx(2000) and len(ev5.pieces) == 1 and not ev5.jumps
    assert lys.length == pytest.approx(900) and len(lys.pieces) == 1
    # beyond the join tolerance the pieces stay apart, with a jump between them
    [(_, broken)] = rs.group_routes([parts[0], np.array([[2005.0, 0], [2100, 0]])], ["x", "x"])
    assert len(broken.jumps) == 1 and broken.jumps[0].length_m == pytest.approx(5)
