"""Straight-line Accueil Vélo coverage of routes, checked against independent oracles.

Oracles: closed-form chords of a circle, shapely (buffers at high resolution, interpolate,
substring, distance) and brute-force numpy. A shapely buffer with QUAD segments per quarter is a
polygon inscribed in its circle, so it contains the circle of radius R·cos(π / 4·QUAD): the exact
covered length at R·SHRINK and at R bracket the shapely figure, whatever the angles of crossing.
"""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point
from shapely.ops import substring, unary_union

from itinerance.processing.logic.network import route_coverage as rc

QUAD = 256
SHRINK = math.cos(math.pi / (4 * QUAD))
EPS = 1e-6  # metres: rounding of shapely's overlay and of our chainage sums
CATS = ["hebergement", "restauration", "loueur"]

# Coordinates on a millimetre grid, as in real data: hypothesis otherwise loves 1e-300 offsets.
coord = st.integers(0, 1_000_000).map(lambda v: v / 1000.0)
xy = st.tuples(coord, coord)
polyline = st.lists(xy, min_size=2, max_size=8).filter(
    lambda pts: rc._clean_part(np.array(pts)) is not None
)
radius = st.integers(5_000, 400_000).map(lambda v: v / 1000.0)


def route_of(*pieces):
    return rc.Route([np.asarray(p, dtype=float) for p in pieces])


def all_labelled(n):
    return np.ones(n, dtype=bool)


def covered_length(route, centres, r, labelled=None):
    """Our covered length (metres) of the route by the labelled centres."""
    centres = np.asarray(centres, dtype=float).reshape(-1, 2)
    labelled = all_labelled(len(centres)) if labelled is None else labelled
    intervals = rc.establishment_intervals(route, centres, r)
    stretches = rc.coverage_stretches(route, intervals, None, [], labelled)
    return float(stretches.length_m[stretches.covered].sum())


def shapely_covered_length(route, centres, r, by_segment=True):
    """Route length inside the union of buffers; by segment, retraced parts count twice."""
    if len(centres) == 0:
        return 0.0
    area = unary_union([Point(c).buffer(r, QUAD) for c in centres])
    if not by_segment:
        return sum(LineString(p).intersection(area).length for p in route.pieces)
    return sum(
        LineString([a, b]).intersection(area).length for a, b in zip(route.seg_a, route.seg_b)
    )


def assert_bracketed(route, centres, r, by_segment=True):
    exact, inner = covered_length(route, centres, r), covered_length(route, centres, r * SHRINK)
    oracle = shapely_covered_length(route, centres, r, by_segment)
    slack = EPS * (1.0 + route.length)
    assert inner - slack <= oracle <= exact + slack


def intervals_list(route, centres, r):
    idx, start, end = rc.establishment_intervals(route, np.asarray(centres, dtype=float), r)
    return [(int(i), s, e) for i, s, e in zip(idx, start, end)]


# --- exact geometry: analytic cases ----------------------------------------------------------


@pytest.mark.parametrize("h", [0.0, 30.0, 60.0, 99.9])
def test_chord_of_a_straight_route(h):
    route = route_of([(0, 0), (1000, 0)])
    half = math.sqrt(100.0**2 - h**2)
    [(i, start, end)] = intervals_list(route, [(400, h)], 100.0)
    assert i == 0
    assert start == pytest.approx(400 - half, abs=1e-9)
    assert end == pytest.approx(400 + half, abs=1e-9)
    assert covered_length(route, [(400, h)], 100.0) == pytest.approx(2 * half, abs=1e-9)


def test_chord_in_lambert93_coordinates():
    """Real coordinates (~7e6 m) lose nothing: the quadratic works on differences."""
    x0, y0 = 650_123.456, 7_060_987.654
    route = route_of([(x0, y0), (x0 + 30_000, y0 + 40_000)])  # a 50 km diagonal
    along, off = 20_000.0, 3_000.0  # centre 3 km off the route, 20 km along it
    ux, uy = 0.6, 0.8
    centre = (x0 + along * ux - off * uy, y0 + along * uy + off * ux)
    half = math.sqrt(5000.0**2 - off**2)
    [(_, start, end)] = intervals_list(route, [centre], 5000.0)
    assert start == pytest.approx(along - half, abs=1e-6)
    assert end == pytest.approx(along + half, abs=1e-6)


def test_tangent_circle_covers_nothing():
    route = route_of([(0, 0), (1000, 0)])
    assert intervals_list(route, [(500, 100.0)], 100.0) == []
    assert intervals_list(route, [(500, 100.0 + 1e-9)], 100.0) == []
    [(_, start, end)] = intervals_list(route, [(500, 100.0 - 1e-4)], 100.0)
    assert end - start == pytest.approx(2 * math.sqrt(100.0**2 - (100.0 - 1e-4) ** 2), rel=1e-6)


def test_establishment_beyond_either_end():
    route = route_of([(0, 0), (1000, 0)])
    [(_, start, end)] = intervals_list(route, [(1060, 30)], 100.0)
    assert (start, end) == (pytest.approx(1060 - math.sqrt(100**2 - 30**2)), 1000.0)
    [(_, start, end)] = intervals_list(route, [(-50, 0)], 100.0)
    assert (start, end) == (0.0, pytest.approx(50.0))
    assert intervals_list(route, [(1101, 0)], 100.0) == []


def test_circle_containing_the_whole_route_gives_one_interval():
    route = route_of([(0, 0), (10, 0), (10, 10), (0, 10), (2, 3)])
    assert intervals_list(route, [(5, 5)], 100.0) == [(0, 0.0, route.length)]


def test_route_coming_back_gives_two_intervals():
    route = route_of([(0, 0), (1000, 0), (1000, 300), (0, 300)])
    half = math.sqrt(200.0**2 - 150.0**2)
    got = intervals_list(route, [(500, 150)], 200.0)
    assert [i for i, _, _ in got] == [0, 0]
    assert got[0][1:] == (pytest.approx(500 - half), pytest.approx(500 + half))
    assert got[1][1:] == (pytest.approx(1300 + 500 - half), pytest.approx(1300 + 500 + half))


@pytest.mark.parametrize("angle", [0.0, 0.3, 1.0, 2.2, 4.0])
def test_corner_on_the_circle_stays_one_interval(angle):
    """Both sides of a vertex lying on the circle are inside: rounding must not cut there."""
    r, c = 5.0, np.array([123.456, 789.012])
    u = np.array([math.cos(angle), math.sin(angle)])
    v = np.array([-u[1], u[0]])
    pts = [c + 3 * v, c + r * u, c - 3 * v]  # the corner (c + r·u) is on the circle
    route = route_of(pts)
    [(_, start, end)] = intervals_list(route, [c], r)
    assert start == 0.0
    assert end == pytest.approx(route.length, abs=1e-9)


def test_long_segment_is_handled_exactly():
    """A 100 km segment is cut for the search; the chords stay exact and in one piece."""
    route = route_of([(0, 0), (100_000, 0), (100_000, 10)])
    centres = [(12_345.0, 200.0), (99_990.0, 5.0), (50_000.0, 499.0), (70_000.0, 600.0)]
    got = intervals_list(route, centres, 500.0)
    half0, half2 = math.sqrt(500**2 - 200**2), math.sqrt(500**2 - 499**2)
    assert [i for i, _, _ in got] == [0, 1, 2]
    assert got[0][1:] == (pytest.approx(12_345 - half0), pytest.approx(12_345 + half0))
    assert got[1][1:] == (pytest.approx(99_990 - math.sqrt(500**2 - 25)), route.length)
    assert got[2][1:] == (pytest.approx(50_000 - half2), pytest.approx(50_000 + half2))


def test_overlapping_circles_give_constant_count_stretches():
    route = route_of([(0, 0), (1000, 0)])
    centres = np.array([(300, 0), (400, 0), (800, 0)], dtype=float)
    intervals = rc.establishment_intervals(route, centres, 100.0)
    s = rc.coverage_stretches(route, intervals, None, [], all_labelled(3))
    np.testing.assert_allclose(s.start_m, [0, 200, 300, 400, 500, 700, 900])
    np.testing.assert_allclose(s.end_m, [200, 300, 400, 500, 700, 900, 1000])
    np.testing.assert_allclose(s.length_m, s.end_m - s.start_m)
    assert s.n_establishments.tolist() == [0, 1, 2, 1, 0, 1, 0]
    assert s.covered.tolist() == [False, True, True, True, False, True, False]
    assert s.n_by_category == {}


def test_radius_must_be_positive():
    route = route_of([(0, 0), (10, 0)])
    for bad in (0.0, -5.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="access distance"):
            rc.establishment_intervals(route, [(0, 0)], bad)


def test_no_establishment_or_empty_route():
    route = route_of([(0, 0), (10, 0)])
    idx, start, end = rc.establishment_intervals(route, np.empty((0, 2)), 5.0)
    assert len(idx) == len(start) == len(end) == 0
    s = rc.coverage_stretches(route, (idx, start, end), None, [], np.zeros(0, dtype=bool))
    assert s.start_m.tolist() == [0.0] and s.end_m.tolist() == [10.0]
    assert s.n_establishments.tolist() == [0] and not s.covered.any()
    empty = rc.Route([])
    assert len(rc.establishment_intervals(empty, [(0, 0)], 5.0)[0]) == 0
    assert len(rc.coverage_stretches(empty, (idx, start, end), None, ["a"], [True])) == 0


# --- exact geometry against shapely, on random routes ----------------------------------------


@settings(max_examples=80, deadline=None)
@given(polyline, st.lists(xy, min_size=1, max_size=6), radius)
def test_covered_length_matches_shapely_buffers(points, centres, r):
    route = route_of(points)
    assert_bracketed(route, centres, r)
    for c in centres:  # and each establishment alone, through its merged intervals
        _, start, end = rc.establishment_intervals(route, [c], r)
        alone = float((end - start).sum())
        inner = covered_length(route, [c], r * SHRINK)
        oracle = shapely_covered_length(route, [c], r)
        slack = EPS * (1.0 + route.length)
        assert inner - slack <= oracle <= alone + slack


@settings(max_examples=60, deadline=None)
@given(st.lists(polyline, min_size=2, max_size=3), st.lists(xy, min_size=1, max_size=5), radius)
def test_covered_length_of_a_route_with_breaks(pieces, centres, r):
    assert_bracketed(route_of(*pieces), centres, r)


@settings(max_examples=80, deadline=None)
@given(
    polyline,
    st.lists(st.tuples(xy, st.sampled_from(CATS + ["autre"]), st.booleans()), max_size=8),
    radius,
)
def test_stretch_counts_match_distances_at_their_middle(points, establishments, r):
    """Counts are constant on a stretch: at its middle they are plain point-distance counts."""
    route = route_of(points)
    centres = np.array([e[0] for e in establishments], dtype=float).reshape(-1, 2)
    cats = np.array([e[1] for e in establishments], dtype=object)
    labelled = np.array([e[2] for e in establishments], dtype=bool)
    intervals = rc.establishment_intervals(route, centres, r)
    s = rc.coverage_stretches(route, intervals, cats, CATS, labelled)

    assert s.start_m[0] == 0.0 and s.end_m[-1] == route.length
    np.testing.assert_array_equal(s.start_m[1:], s.end_m[:-1])  # they tile the route
    assert (s.length_m > 0).all()
    table = np.vstack([s.n_establishments] + [s.n_by_category[c] for c in CATS])
    assert np.any(table[:, 1:] != table[:, :-1], axis=0).all()  # adjacent stretches differ
    np.testing.assert_array_equal(s.covered, s.n_establishments > 0)

    middles = route.points_at(0.5 * (s.start_m + s.end_m))
    for k, m in enumerate(middles):
        d = np.hypot(*(centres - m).T) if len(centres) else np.zeros(0)
        for name, count in [(None, s.n_establishments[k])] + [
            (c, s.n_by_category[c][k]) for c in CATS
        ]:
            mask = labelled & ((cats == name) if name else True)
            assert np.count_nonzero(mask & (d < r - 1e-6)) <= count
            assert count <= np.count_nonzero(mask & (d <= r + 1e-6))


def test_long_dense_routes_against_shapely():
    """Thousands of short segments and a large radius: whole runs of segments lie inside."""
    rng = np.random.default_rng(11)
    pieces = []
    for k in range(3):
        heading = np.cumsum(rng.normal(0, 0.08, 1500)) + k
        steps = rng.uniform(10, 40, (1500, 1)) * np.c_[np.cos(heading), np.sin(heading)]
        pieces.append(np.cumsum(steps, axis=0) + (k * 9000.0, k * 4000.0))
    route = route_of(*pieces)
    centres = np.vstack(pieces)[rng.integers(0, 4500, 40)] + rng.normal(0, 2000, (40, 2))
    for r in (300.0, 3000.0):
        assert_bracketed(route, centres, r, by_segment=False)
        for c in centres[:8]:
            _, start, end = rc.establishment_intervals(route, [c], r)
            inner = covered_length(route, [c], r * SHRINK)
            oracle = shapely_covered_length(route, [c], r, by_segment=False)
            assert inner - 1e-5 <= oracle <= float((end - start).sum()) + 1e-5


def test_unlabelled_and_uncategorised_establishments():
    route = route_of([(0, 0), (1000, 0)])
    centres = np.array([(100, 0), (300, 0), (500, 0), (700, 0)], dtype=float)
    cats = np.array(["hebergement", "loueur", None, "hebergement"], dtype=object)
    labelled = np.array([True, True, True, False])
    intervals = rc.establishment_intervals(route, centres, 50.0)
    s = rc.coverage_stretches(route, intervals, cats, ["hebergement", "loueur"], labelled)
    assert s.n_establishments.tolist() == [0, 1, 0, 1, 0, 1, 0]
    assert s.n_by_category["hebergement"].tolist() == [0, 1, 0, 0, 0, 0, 0]
    assert s.n_by_category["loueur"].tolist() == [0, 0, 0, 1, 0, 0, 0]
    # the unlabelled one at 700 m changes nothing: one uncovered stretch from 550 m to the end
    assert s.start_m[-1] == pytest.approx(550.0) and s.end_m[-1] == 1000.0


def test_many_establishments_match_one_at_a_time():
    """Batches of the KD-tree queries give what each establishment alone gives."""
    rng = np.random.default_rng(7)
    route = route_of(np.cumsum(rng.normal(0, 50, (400, 2)), axis=0))
    centres = rng.uniform(-800, 800, (1300, 2))
    idx, start, end = rc.establishment_intervals(route, centres, 150.0)
    assert (np.diff(idx) >= 0).all()
    for i in range(0, 1300, 37):
        _, s1, e1 = rc.establishment_intervals(route, centres[i : i + 1], 150.0)
        np.testing.assert_array_equal(start[idx == i], s1)
        np.testing.assert_array_equal(end[idx == i], e1)
    assert len(np.unique(idx)) > 100


# --- gaps and summary ------------------------------------------------------------------------


def make_stretches():
    """A 10 km route: restaurants at 1 and 2.5 km, a lodging at 6 km, R = 1 km."""
    route = route_of([(0, 0), (10_000, 0)])
    centres = np.array([(1000, 0), (2500, 0), (6000, 0), (9000, 0)], dtype=float)
    cats = np.array(["restauration", "restauration", "hebergement", "hebergement"], dtype=object)
    labelled = np.array([True, True, True, False])
    intervals = rc.establishment_intervals(route, centres, 1000.0)
    names = ["hebergement", "restauration"]
    return route, intervals, cats, names, labelled


def test_gaps_overall_and_per_category():
    route, intervals, cats, names, labelled = make_stretches()
    s = rc.coverage_stretches(route, intervals, cats, names, labelled)
    found = rc.gaps(route, s, names)
    assert found == [
        rc.Gap("all", 3500.0, 5000.0, 1500.0),
        rc.Gap("all", 7000.0, 10_000.0, 3000.0),
        rc.Gap("hebergement", 0.0, 5000.0, 5000.0),  # across stretches with 0, 1, 2 and 0 others
        rc.Gap("hebergement", 7000.0, 10_000.0, 3000.0),
        rc.Gap("restauration", 3500.0, 10_000.0, 6500.0),
    ]
    assert rc.gaps(route, s, names, min_gap_length=3000.0) == [
        found[1],
        found[2],
        found[3],
        found[4],
    ]
    assert rc.gaps(route, s, names, min_gap_length=7000.0) == []


def test_summary_rows():
    route, intervals, cats, names, labelled = make_stretches()
    s = rc.coverage_stretches(route, intervals, cats, names, labelled)
    counts = rc.labelled_counts(intervals, cats, names, labelled)
    assert counts == {"all": 3, "hebergement": 1, "restauration": 2}
    rows = rc.summary_rows("EV5", route, s, rc.gaps(route, s, names), names, counts)
    assert rows == [
        {"route": "EV5", "category": "all", "length_km": 10.0, "covered_pct": pytest.approx(55.0),
         "n_labelled": 3, "max_gap_km": 3.0},
        {"route": "EV5", "category": "hebergement", "length_km": 10.0,
         "covered_pct": pytest.approx(20.0), "n_labelled": 1, "max_gap_km": 5.0},
        {"route": "EV5", "category": "restauration", "length_km": 10.0,
         "covered_pct": pytest.approx(35.0), "n_labelled": 2, "max_gap_km": 6.5},
    ]  # fmt: skip


def test_summary_of_an_uncovered_and_of_an_empty_route():
    route = route_of([(0, 0), (2000, 0)])
    idx = (np.zeros(0, dtype=int), np.zeros(0), np.zeros(0))
    s = rc.coverage_stretches(route, idx, None, [], np.zeros(0, dtype=bool))
    [row] = rc.summary_rows("x", route, s, rc.gaps(route, s, []), [], {"all": 0})
    assert row["covered_pct"] == 0.0 and row["max_gap_km"] == 2.0 and row["n_labelled"] == 0
    empty = rc.Route([])
    s = rc.coverage_stretches(empty, idx, None, [], np.zeros(0, dtype=bool))
    [row] = rc.summary_rows("y", empty, s, rc.gaps(empty, s, []), [], {})
    assert row == {"route": "y", "category": "all", "length_km": 0.0, "covered_pct": None,
                   "n_labelled": 0, "max_gap_km": 0.0}  # fmt: skip


# --- route assembly ---------------------------------------------------------------------------


def monotone_walk(steps):
    """A polyline going east at every step, so that it never meets itself."""
    pts = np.cumsum(np.array([(0.0, 0.0)] + steps), axis=0)
    return pts + (650_000.0, 7_050_000.0)


step = st.tuples(st.integers(10_000, 200_000), st.integers(-200_000, 200_000)).map(
    lambda t: (t[0] / 1000.0, t[1] / 1000.0)
)


@settings(max_examples=80, deadline=None)
@given(st.lists(step, min_size=3, max_size=25), st.data())
def test_shuffled_reversed_parts_give_back_the_polyline(steps, data):
    line = monotone_walk(steps)
    n = len(line) - 1
    cuts = sorted(data.draw(st.sets(st.integers(1, n - 1), max_size=n - 1)))
    parts = [line[a : b + 1] for a, b in zip([0] + cuts, cuts + [n])]
    flips = data.draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
    parts = [p[::-1] if f else p for p, f in zip(parts, flips)]
    parts = data.draw(st.permutations(parts))

    route = rc.assemble_route(parts)
    assert len(route.pieces) == 1 and route.jumps == [] and route.n_chains == 1
    assert route.n_parts == len(parts) and route.n_skipped_parts == 0
    np.testing.assert_array_equal(route.pieces[0], line)  # from the west end
    assert route.length == pytest.approx(LineString(line).length, rel=1e-12)


@settings(max_examples=80, deadline=None)
@given(st.lists(polyline, min_size=1, max_size=7), st.data())
def test_assembly_ignores_part_order_and_direction(lines, data):
    """Any parts (crossing, touching, branching, looping): same route whatever their order."""
    parts = [np.array(p, dtype=float) for p in lines]
    route = rc.assemble_route(parts, join_tolerance=1.0)
    flips = data.draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
    shuffled = data.draw(st.permutations([p[::-1] if f else p for p, f in zip(parts, flips)]))
    again = rc.assemble_route(shuffled, join_tolerance=1.0)
    assert len(again.pieces) == len(route.pieces)
    for a, b in zip(route.pieces, again.pieces):
        np.testing.assert_array_equal(a, b)
    assert again.length == route.length

    # Nothing lost, nothing invented but the short connectors of joined ends.
    total = sum(LineString(rc._clean_part(p)).length for p in parts)
    assert total - EPS <= route.length <= total + 1.0 * len(parts) + EPS
    assert len(route.jumps) == len(route.pieces) - 1
    for jump, start in zip(route.jumps, route.piece_start[1:]):
        assert jump.length_m > 1.0 and jump.chainage_m == start


def test_gap_between_parts_is_a_jump():
    west = np.array([(0.0, 0.0), (400.0, 10.0), (1000.0, 0.0)])
    east = np.array([(1050.0, 0.0), (2000.0, 0.0)])
    route = rc.assemble_route([east[::-1], west[::-1]])
    assert len(route.pieces) == 2 and route.n_chains == 2
    np.testing.assert_array_equal(route.pieces[0], west)
    np.testing.assert_array_equal(route.pieces[1], east)
    [jump] = route.jumps
    assert jump.length_m == pytest.approx(50.0)
    assert jump.chainage_m == pytest.approx(LineString(west).length)
    assert (jump.from_xy, jump.to_xy) == ((1000.0, 0.0), (1050.0, 0.0))
    assert route.length == pytest.approx(LineString(west).length + 950.0)


def test_join_tolerance():
    a = np.array([(0.0, 0.0), (100.0, 0.0)])
    b = np.array([(100.5, 0.0), (200.0, 0.0)])
    joined = rc.assemble_route([b, a], join_tolerance=1.0)
    assert len(joined.pieces) == 1 and joined.jumps == []
    assert joined.length == pytest.approx(200.0)  # the 0.5 m connector counts
    apart = rc.assemble_route([b, a], join_tolerance=0.1)
    assert len(apart.pieces) == 2 and apart.length == pytest.approx(199.5)
    assert apart.jumps[0].length_m == pytest.approx(0.5)


def test_spur_is_walked_there_and_back_not_left_for_the_end():
    main_w = np.array([(0.0, 0.0), (1000.0, 0.0)])
    main_e = np.array([(1000.0, 0.0), (2000.0, 0.0)])
    spur = np.array([(1000.0, 0.0), (1000.0, 100.0)])
    route = rc.assemble_route([spur, main_e, main_w])
    assert route.n_chains == 3 and route.length == pytest.approx(2100.0)
    [jump] = route.jumps  # from the spur's tip back to the junction
    assert jump.length_m == pytest.approx(100.0)
    assert route.point_at(0) == (0.0, 0.0) and route.point_at(route.length) == (2000.0, 0.0)


def test_split_carriageway_needs_one_jump():
    """The route forks into two ways that meet again (OSM's split carriageways)."""
    west = np.array([(0.0, 0.0), (1000.0, 0.0)])
    north = np.array([(1000.0, 0.0), (1500.0, 50.0), (2000.0, 0.0)])
    south = np.array([(2000.0, 0.0), (1500.0, -50.0), (1000.0, 0.0)])
    east = np.array([(3000.0, 0.0), (2000.0, 0.0)])
    route = rc.assemble_route([east, south, west, north])
    assert route.n_chains == 4
    assert route.length == pytest.approx(2000.0 + 4 * math.hypot(500.0, 50.0))
    # Four dead ends or forks: one 1 km hop between two of them is the least any order needs.
    [jump] = route.jumps
    assert jump.length_m == pytest.approx(1000.0)
    assert route.point_at(0) == (0.0, 0.0)


def test_stray_bits_are_not_left_behind_a_long_jump_back():
    """EV5-like: shuffled parts, small gaps, short stray bits (OSM relations have them).

    Greedy chaining alone leaves strays for the end and jumps back across the route to them.
    Putting each stray at the nearest part end costs at most 2·d + its length (d: distance from
    the stray to that end), so an ordering never needs more jumping than that.
    """
    rng = np.random.default_rng(5)
    heading = np.cumsum(rng.normal(0, 0.05, 3000))
    line = np.cumsum(np.c_[np.cos(heading), 0.3 * np.sin(heading)] * 50.0, axis=0)
    cuts = np.sort(rng.choice(np.arange(1, 74), 40, replace=False)) * 40  # parts ≥ 40 vertices
    main = [p[:-1] if k % 3 == 0 else p for k, p in enumerate(np.split(line, cuts))]  # gaps
    true_gaps = sum(float(np.hypot(*(b[0] - a[-1]))) for a, b in zip(main, main[1:]))
    strays = [line[at : at + 4] + (0.0, 30.0) for at in (100, 1500, 2900)]
    part_ends = np.array([p[i] for p in main for i in (0, -1)])
    bound = true_gaps
    for stray in strays:
        d = min(np.hypot(*(part_ends - stray[i]).T).min() for i in (0, -1))
        bound += 2 * d + LineString(stray).length
    parts = [p[::-1] if k % 2 else p for k, p in enumerate(main + strays)]
    parts = [parts[i] for i in rng.permutation(len(parts))]

    route = rc.assemble_route(parts)
    assert route.n_chains == len(parts)
    assert route.point_at(0) == pytest.approx(tuple(line[0]))  # the west end
    assert route.length == pytest.approx(sum(LineString(p).length for p in parts))
    assert sum(j.length_m for j in route.jumps) <= bound
    assert max(j.length_m for j in route.jumps) < 0.1 * route.length


def test_closed_loop_and_degenerate_parts():
    square = np.array([(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0), (0.0, 0.0)])
    route = rc.assemble_route([square[:3], square[2:], [(5.0, 5.0), (5.0, 5.0)], [(7.0, 7.0)]])
    assert len(route.pieces) == 1 and route.length == pytest.approx(400.0)
    assert route.n_skipped_parts == 2 and route.n_parts == 2
    np.testing.assert_array_equal(route.pieces[0][0], route.pieces[0][-1])


def test_empty_input_and_bad_coordinates():
    route = rc.assemble_route([])
    assert route.length == 0.0 and route.pieces == [] and route.jumps == []
    with pytest.raises(ValueError, match="join tolerance"):
        rc.assemble_route([[(0.0, 0.0), (1.0, 1.0)]], join_tolerance=-1.0)
    with pytest.raises(ValueError, match="non-finite"):
        rc.assemble_route([[(0.0, 0.0), (float("nan"), 1.0)]])
    with pytest.raises(ValueError, match="empty"):
        route.point_at(0.0)


# --- linear referencing ------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(polyline, st.lists(st.floats(0, 1), min_size=2, max_size=6))
def test_point_at_and_sub_line_match_shapely(points, fractions):
    route = route_of(points)
    line = LineString(route.pieces[0])
    assert route.length == pytest.approx(line.length, rel=1e-12)
    for f in fractions:
        assert route.point_at(f * route.length) == pytest.approx(
            line.interpolate(f * line.length).coords[0], abs=1e-6
        )
    a, b = sorted(fractions[:2])
    got = route.sub_line(a * route.length, b * route.length)
    if b * route.length <= a * route.length:
        assert got == []
        return
    [part] = got
    oracle = substring(line, a * line.length, b * line.length)
    assert LineString(part).length == pytest.approx(oracle.length, abs=1e-6)
    if oracle.length > 1e-6:
        assert LineString(part).hausdorff_distance(oracle) < 1e-6


@settings(max_examples=60, deadline=None)
@given(
    st.lists(polyline, min_size=1, max_size=4), st.lists(st.floats(0, 1), min_size=2, max_size=8)
)
def test_sub_lines_across_breaks(pieces, fractions):
    route = route_of(*pieces)
    cuts = np.sort(np.array(fractions)) * route.length
    starts, ends = cuts[:-1], cuts[1:]
    batch = route.sub_lines(starts, ends)
    for s, e, lines in zip(starts, ends, batch):
        assert [x.tolist() for x in lines] == [x.tolist() for x in route.sub_line(s, e)]
        assert sum(LineString(x).length for x in lines) == pytest.approx(e - s, abs=1e-6)
        for x in lines:  # every polyline lies on the route
            assert min(LineString(p).distance(Point(x[len(x) // 2])) for p in route.pieces) < 1e-6


def test_sub_line_ends_and_errors():
    route = route_of([(0, 0), (100, 0)], [(200, 0), (300, 0), (300, 50)])
    [a, b] = route.sub_line(50, 175)
    np.testing.assert_allclose(a, [(50, 0), (100, 0)])
    np.testing.assert_allclose(b, [(200, 0), (275, 0)])
    np.testing.assert_allclose(route.sub_line(100, 250)[0], [(200, 0), (300, 0), (300, 50)])
    assert route.point_at(100) == (200.0, 0.0)  # at a break: the start of the next piece
    assert route.sub_line(120, 120) == [] and route.sub_line(120, 110) == []
    with pytest.raises(ValueError, match="outside"):
        route.sub_line(-1, 10)
    with pytest.raises(ValueError, match="outside"):
        route.point_at(251)


# --- nearest route of each establishment --------------------------------------------------------


def feet_at(route, chainage):
    """Points at a chainage, by shapely: two at a break (a piece's end, the next one's start)."""
    return [
        LineString(piece).interpolate(chainage - start).coords[0]
        for piece, start, end in zip(route.pieces, route.piece_start, route.piece_end)
        if start - 1e-9 <= chainage <= end + 1e-9
    ]


def closest_foot(route, chainage, p):
    return min(math.hypot(f[0] - p[0], f[1] - p[1]) for f in feet_at(route, chainage))


def brute_nearest(routes, points):
    """Distances to every segment of every route at once: O(points × segments)."""
    best = np.full(len(points), np.inf)
    for r in routes:
        if not len(r.seg_a):
            continue
        a, d = r.seg_a[None], (r.seg_b - r.seg_a)[None]
        w = points[:, None] - a
        t = np.clip((w * d).sum(-1) / (d * d).sum(-1), 0, 1)
        best = np.minimum(best, np.hypot(*(w - t[..., None] * d).transpose(2, 0, 1)).min(axis=1))
    return best


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(polyline, min_size=1, max_size=2), min_size=1, max_size=3),
       st.lists(xy, min_size=1, max_size=10))  # fmt: skip
def test_nearest_on_routes_matches_shapely(route_pieces, points):
    routes = [route_of(*pieces) for pieces in route_pieces]
    pts = np.array(points, dtype=float)
    dist, which, chainage = rc.nearest_on_routes(routes, pts)
    for k, p in enumerate(pts):
        per_route = [min(LineString(x).distance(Point(p)) for x in r.pieces) for r in routes]
        assert dist[k] == pytest.approx(min(per_route), abs=1e-6)
        assert per_route[which[k]] == pytest.approx(min(per_route), abs=1e-9)
        assert all(v > dist[k] - 1e-9 for v in per_route[: which[k]])  # ties: the first route
        assert closest_foot(routes[which[k]], chainage[k], p) == pytest.approx(dist[k], abs=1e-6)


def test_nearest_on_routes_many_points_and_long_segments():
    rng = np.random.default_rng(3)
    wiggly = route_of(np.cumsum(rng.normal(0, 30, (3000, 2)), axis=0))
    long = route_of([(-50_000, 20_000), (50_000, 20_000)], [(0, -30_000), (1, 30_000)])
    routes = [rc.Route([]), wiggly, long]
    pts = rng.uniform(-60_000, 60_000, (1500, 2))
    pts[:300] = rng.uniform(-2000, 2000, (300, 2))
    dist, which, chainage = rc.nearest_on_routes(routes, pts)
    np.testing.assert_allclose(dist, brute_nearest(routes, pts), atol=1e-6)
    assert set(np.unique(which)) == {1, 2}
    for k in range(0, 1500, 50):
        assert closest_foot(routes[which[k]], chainage[k], pts[k]) == pytest.approx(dist[k])


def test_nearest_without_routes_or_points():
    dist, which, chainage = rc.nearest_on_routes([rc.Route([])], [(0, 0), (1, 1)])
    assert np.isinf(dist).all() and (which == -1).all() and np.isnan(chainage).all()
    dist, which, chainage = rc.nearest_on_routes([route_of([(0, 0), (1, 0)])], np.empty((0, 2)))
    assert len(dist) == len(which) == len(chainage) == 0


def test_nearest_ties_go_to_the_first_route():
    a, b = route_of([(0, 0), (100, 0)]), route_of([(0, 20), (100, 20)])
    dist, which, chainage = rc.nearest_on_routes([a, b], [(40, 10), (40, 15)])
    assert dist.tolist() == [10.0, 5.0] and which.tolist() == [0, 1]
    assert chainage.tolist() == [40.0, 40.0]
