"""The cut of a route into days, against an exhaustive search over every set of nights.

Oracles: every subset of the stop points (a few hundred to some thousands of plans) costed by
a plain loop of its own (not the engine's ``plan_cost``); the bounds checked on each day of
random plans; analytic cases."""

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerance.processing.logic.products import stages


def points_of(chainage_km, labelled=None, end_km=None):
    c = np.sort(np.asarray(chainage_km, dtype=float) * 1000)
    lab = np.zeros(len(c), dtype=bool) if labelled is None else np.asarray(labelled)
    end = (end_km * 1000) if end_km is not None else c[-1] + 1.0
    return stages.stop_points(c, np.zeros(len(c)), lab, 0.0, end, True)


def exhaustive(c_m, labelled, bounds, gain=None):
    """The least cost over every subset of the inner points, and one plan that has it."""
    n = len(c_m)
    best, best_plan = math.inf, None
    for size in range(n - 1):
        for inner in itertools.combinations(range(1, n - 1), size):
            plan = (0, *inner, n - 1)
            total = 0.0
            for i, j in zip(plan[:-1], plan[1:]):
                km = (c_m[j] - c_m[i]) / 1000.0
                if km < bounds.min_km - 1e-9 or km > bounds.max_km + 1e-9:
                    break
                if gain is not None and gain[j] - gain[i] > bounds.max_gain_m + 1e-9:
                    break
                total += (km - bounds.target_km) ** 2
                if j != n - 1 and labelled[j]:
                    total -= bounds.labelled_weight
            else:
                if total < best:
                    best, best_plan = total, plan
    return best, best_plan


def test_a_route_of_two_target_days_stops_at_the_lodging_half_way():
    points = points_of([30, 55, 70], end_km=110)
    cut = stages.cut_days(points, stages.DayBounds(40, 70, 55))
    assert cut.feasible
    assert [points.chainage_m[i] for i in cut.stops()] == [0, 55000, 110000]
    assert cut.cost == pytest.approx(0.0)


def test_an_accueil_velo_night_wins_when_its_weight_beats_the_extra_cost():
    # 55 (unlabelled) gives 0 + 0; 50 (labelled) gives 25 + 25 - weight
    for weight, expected in ((40.0, 55000), (60.0, 50000)):
        points = stages.stop_points(np.array([50000.0, 55000.0]), np.zeros(2),
                                    np.array([True, False]), 0.0, 110000.0, True)
        cut = stages.cut_days(points, stages.DayBounds(40, 70, 55, labelled_weight=weight))
        assert points.chainage_m[cut.stops()[1]] == expected


def test_lodgings_at_one_route_point_share_a_stop_the_labelled_or_nearest_first():
    points = stages.stop_points(np.array([50000.0, 50000.4, 50000.2, 80000.0]),
                                np.array([300.0, 100.0, 900.0, 50.0]),
                                np.array([False, False, True, False]), 0.0, 100000.0, True)
    assert points.chainage_m.tolist() == [0.0, 50000.2, 80000.0, 100000.0]
    assert points.lodging.tolist() == [-1, 2, 3, -1]
    plain = stages.stop_points(np.array([50000.0, 50000.4, 50000.2]),
                               np.array([300.0, 100.0, 900.0]),
                               np.array([False, False, True]), 0.0, 100000.0, False)
    assert plain.lodging.tolist() == [-1, 1, -1]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(1, 2400), min_size=1, max_size=11, unique=True),
       st.integers(100, 2600), st.lists(st.booleans(), min_size=11, max_size=11),
       st.sampled_from([(4, 7, 5.5), (2.5, 4.5, 3.5), (3, 3.5, 3.2), (6, 11, 8.5), (0, 3, 1.5)]),
       st.sampled_from([0.0, 0.5, 4.0]))
def test_the_cut_has_the_least_cost_of_every_plan(hundreds_m, end_hm, labels, bound, weight):
    """Tens of stop points at 100 m steps, day bounds of a few km: the DP's cost is the
    exhaustive search's, its plan keeps every bound and costs what it says."""
    end = max(end_hm, max(hundreds_m) + 1) * 100.0
    chainage = np.array(hundreds_m, dtype=float) * 100.0
    labelled = np.array(labels[:len(chainage)])
    bounds = stages.DayBounds(*bound, labelled_weight=weight)
    points = stages.stop_points(chainage, np.zeros(len(chainage)), labelled, 0.0, end, True)
    cut = stages.cut_days(points, bounds)
    expected, _ = exhaustive(points.chainage_m, points.labelled, bounds)
    if math.isinf(expected):
        assert not cut.feasible
        return
    assert cut.feasible
    assert cut.cost == pytest.approx(expected, abs=1e-9)
    stops = cut.stops()
    days = np.diff(points.chainage_m[stops]) / 1000
    assert np.all(days >= bound[0] - 1e-9) and np.all(days <= bound[1] + 1e-9)
    assert stages.plan_cost(points, stops, bounds) == pytest.approx(cut.cost, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 1500), min_size=2, max_size=10, unique=True),
       st.lists(st.integers(0, 60), min_size=12, max_size=12), st.integers(20, 150))
def test_the_cut_keeps_the_gain_of_every_day_under_its_limit(hundreds_m, rises, max_gain):
    end = (max(hundreds_m) + 5) * 100.0
    chainage = np.array(hundreds_m, dtype=float) * 100.0
    points = stages.stop_points(chainage, np.zeros(len(chainage)), np.zeros(len(chainage), bool),
                                0.0, end, False)
    gain = np.cumsum(np.asarray(rises[:len(points)], dtype=float))
    gain -= gain[0]
    bounds = stages.DayBounds(2, 6, 4, max_gain_m=float(max_gain))
    cut = stages.cut_days(points, bounds, gain)
    expected, _ = exhaustive(points.chainage_m, points.labelled, bounds, gain)
    assert cut.feasible == math.isfinite(expected)
    if cut.feasible:
        assert cut.cost == pytest.approx(expected, abs=1e-9)
        stops = cut.stops()
        assert np.all(np.diff(gain[stops]) <= max_gain + 1e-9)


def test_a_long_stretch_without_lodging_is_named_from_the_last_night_reached():
    # nights possible at 50 and 100; nothing from 130 to 250 km
    points = points_of([50, 100, 250, 300], end_km=320)
    bounds = stages.DayBounds(40, 70, 55)
    cut = stages.cut_days(points, bounds)
    assert not cut.feasible
    block = stages.blockage(points, cut, bounds)
    assert block.reason == "no_stop"
    assert block.reached_m == 100000
    assert (block.stretch_start_m, block.stretch_end_m) == (140000, 170000)
    assert block.next_m == 250000


def test_an_end_too_near_the_last_night_says_where_a_last_night_should_be():
    points = points_of([45], end_km=80)
    bounds = stages.DayBounds(40, 70, 55)
    cut = stages.cut_days(points, bounds)
    block = stages.blockage(points, cut, bounds)
    assert block.reason == "end"
    assert (block.stretch_start_m, block.stretch_end_m) == (10000, 40000)


@pytest.mark.parametrize("bounds, code", [((70, 40, 55), "bounds"), ((40, 70, 80), "target"),
                                          ((40, 70, 55, -1.0), "weight")])
def test_bounds_that_cannot_hold_are_refused(bounds, code):
    with pytest.raises(stages.StagesError) as error:
        stages.DayBounds(*bounds).check()
    assert error.value.code == code


def test_the_profiles_give_their_bounds_unless_one_is_given():
    assert stages.profile_bounds("family") == (25.0, 45.0, 35.0)
    assert stages.profile_bounds("sporty", target_km=90) == (60.0, 110.0, 90.0)


def test_the_alternatives_of_a_night_keep_both_its_days_within_the_bounds():
    bounds = stages.DayBounds(40, 70, 55)
    candidates = np.array([30.0, 45.0, 55.0, 60.0, 75.0, 100.0]) * 1000
    night, option = stages.lodging_options(candidates, np.array([55000.0]), 0.0, 110000.0,
                                           bounds)
    # day 1 in [40, 70] and day 2 = 110 - x in [40, 70]: x in [40, 70]
    assert night.tolist() == [0, 0, 0]
    assert candidates[option].tolist() == [45000.0, 55000.0, 60000.0]


def test_cumulative_gain_counts_every_rise_and_interpolates():
    s = np.array([0.0, 100.0, 200.0, 300.0])
    z = np.array([10.0, 30.0, 20.0, np.nan])
    assert stages.cumulative_gain(s, z, np.array([0, 50, 100, 250, 300])).tolist() == \
        [0.0, 10.0, 20.0, 20.0, 20.0]


def test_days_of_places_each_chainage_in_its_day():
    assert stages.days_of(np.array([-5.0, 0.0, 10.0, 55.0, 100.0, 120.0]),
                          np.array([0.0, 55.0, 100.0])).tolist() == [0, 1, 1, 2, 2, 0]
