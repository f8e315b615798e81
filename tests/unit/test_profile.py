"""Profile logic: densify, smoothing, gain and loss, grades, climbs, scores; analytic DEMs."""

import math

import numpy as np
import pytest
import rasterio
from hypothesis import given
from hypothesis import strategies as st
from rasterio.transform import from_origin

from itinerance.processing.logic.relief import profile
from itinerance.processing.logic.relief.dem_sampling import DemSampler
from itinerance.processing.logic.sample import monts as relief


def piecewise(knots, step=1.0):
    """A profile through (chainage, z) knots, sampled every ``step`` metres and at the knots."""
    ks, kz = np.asarray(knots, dtype=float).T
    s = np.union1d(np.arange(ks[0], ks[-1], step), ks)
    return s, np.interp(s, ks, kz)


finite = st.floats(-500.0, 500.0, allow_nan=False, allow_infinity=False)
elevations = st.lists(finite, min_size=2, max_size=60)


# --- densify --------------------------------------------------------------------------------


def test_densify_keeps_corners_and_spacing():
    chainage, points = profile.densify([(0.0, 0.0), (10.0, 0.0), (10.0, 7.0)], 2.5)
    np.testing.assert_allclose(chainage, [0, 2.5, 5, 7.5, 10, 10 + 7 / 3, 10 + 14 / 3, 17])
    np.testing.assert_allclose(points[4], (10.0, 0.0))
    np.testing.assert_allclose(points[-1], (10.0, 7.0))
    np.testing.assert_allclose(points[5], (10.0, 7 / 3))


def test_densify_special_lines():
    chainage, points = profile.densify([(5.0, 5.0), (5.0, 5.0)], 1.0)  # zero length
    assert chainage.tolist() == [0.0] and points.tolist() == [[5.0, 5.0]]
    chainage, points = profile.densify([(0, 0), (0, 0), (3, 4)], 10.0)
    assert chainage.tolist() == [0.0, 5.0]  # duplicate vertex dropped, one segment shorter
    chainage, _ = profile.densify(np.array([(0.0, 0.0, 10.0), (0.0, 3.0, 12.0)]), 1.0)
    assert chainage.tolist() == [0.0, 1.0, 2.0, 3.0]  # Z column ignored
    with pytest.raises(ValueError, match="step"):
        profile.densify([(0, 0), (1, 1)], 0.0)
    with pytest.raises(ValueError, match="NaN"):
        profile.densify([(0, 0), (np.nan, 1)], 1.0)
    with pytest.raises(ValueError):
        profile.densify(np.zeros((0, 2)), 1.0)


@given(st.lists(st.tuples(finite, finite), min_size=2, max_size=8),
       st.floats(0.5, 80.0))
def test_densify_properties(vertices, step):
    xy = np.array(vertices)
    chainage, points = profile.densify(xy, step)
    assert chainage[0] == 0.0
    gaps = np.diff(chainage)
    assert np.all(gaps >= 0)  # > 0 but for vertices closer than the float resolution
    assert np.all(gaps <= step * (1 + 1e-9))
    # chainage is the distance along the points, and the total length of the line
    np.testing.assert_allclose(gaps, np.hypot(*np.diff(points, axis=0).T), atol=1e-6)
    seg = np.hypot(*np.diff(xy, axis=0).T)
    assert chainage[-1] == pytest.approx(seg.sum(), abs=1e-6)
    # every vertex is kept, exactly
    for vertex in xy:
        assert np.any(np.all(points == vertex, axis=1))


def test_auto_step():
    assert profile.auto_step((5.0, 5.0)) == 2.5
    assert profile.auto_step(1.0) == 1.0
    assert profile.auto_step((19.5, 30.9)) == pytest.approx(9.75)
    assert profile.auto_step(25.0) == 12.5
    assert profile.auto_step((float("nan"), 0.0)) == 1.0


# --- smoothing ------------------------------------------------------------------------------


def test_smooth_zero_window_is_a_copy():
    s, z = piecewise([(0, 0), (100, 10)])
    out = profile.smooth(s, z, 0)
    assert out is not z
    np.testing.assert_array_equal(out, z)


def test_smooth_keeps_a_line_and_flattens_noise():
    s = np.arange(0.0, 1001.0, 2.0)
    line = 0.05 * s + 20.0
    noise = 0.5 * (-1.0) ** np.arange(s.size)
    out = profile.smooth(s, line + noise, 50.0)
    inner = (s > 30) & (s < 970)
    np.testing.assert_allclose(out[inner], line[inner], atol=0.03)
    np.testing.assert_allclose(profile.smooth(s, line, 50.0)[inner], line[inner], atol=1e-9)


def test_smooth_nan_aware():
    s = np.arange(0.0, 100.0, 1.0)
    z = np.full(s.size, 42.0)
    z[40:45] = np.nan
    out = profile.smooth(s, z, 20.0)
    assert np.isnan(out[40:45]).all()
    np.testing.assert_allclose(np.delete(out, range(40, 45)), 42.0)


def test_smooth_weighs_irregular_spacing_by_length():
    s = np.union1d(np.arange(0.0, 101.0, 10.0), np.arange(60.0, 70.0, 0.1))
    z = s.copy()  # z = s: the centred mean at 50 is 50
    out = profile.smooth(s, z, 40.0)
    unweighted = z[(s >= 30) & (s <= 70)].mean()
    assert abs(unweighted - 50.0) > 10.0  # a plain mean of samples is dragged to the cluster
    assert out[s == 50.0][0] == pytest.approx(50.0, abs=1.5)


# --- gain and loss --------------------------------------------------------------------------


def test_gain_loss_simple_and_across_a_gap():
    assert profile.gain_loss([0.0, 5.0, 3.0, 8.0]) == (10.0, 2.0)
    assert profile.gain_loss([0.0, 10.0, np.nan, 0.0, 5.0]) == (15.0, 0.0)
    assert profile.gain_loss([np.nan, np.nan]) == (0.0, 0.0)
    assert profile.gain_loss([7.0]) == (0.0, 0.0)
    gain, loss = profile.gain_loss([0.0, 10.0, np.nan, 0.0, 5.0], hysteresis=1.0)
    assert (gain, loss) == (15.0, 0.0)


def test_hysteresis_ignores_small_changes():
    assert profile.gain_loss([0.0, 10.0, 4.0, 12.0], 5.0) == (18.0, 6.0)
    assert profile.gain_loss([0.0, 10.0, 4.0, 12.0], 7.0) == (12.0, 0.0)
    assert profile.gain_loss([0.0, 3.0, 1.0, 4.0], 5.0) == (0.0, 0.0)
    # a climb of 100 m with +-0.4 m of noise: 100.7 m (from the lowest to the highest sample)
    i = np.arange(1001)
    z = 0.1 * i + 0.4 * (-1.0) ** i
    assert profile.gain_loss(z)[0] == pytest.approx(450.0)  # 500 x 0.9 m without hysteresis
    gain, loss = profile.gain_loss(z, 1.0)
    assert gain == pytest.approx(100.7) and loss == 0.0
    with pytest.raises(ValueError):
        profile.gain_loss(z, -1.0)


def test_hysteresis_on_a_long_noisy_profile_is_fast_enough_and_sane():
    rng = np.random.default_rng(4)
    s = np.arange(0.0, 200_000.0, 2.5)  # 80,000 samples
    z = 50.0 + 40.0 * np.sin(s / 3000.0) + rng.normal(0.0, 0.3, s.size)
    gain, loss = profile.gain_loss(z, 2.0)
    swings = 200_000.0 / (2 * math.pi * 3000.0)  # about 10.6 periods of 80 m up and down
    assert gain == pytest.approx(80.0 * swings, rel=0.1)
    assert gain - loss == pytest.approx(z[-1] - z[0], abs=4.0)


@given(elevations)
def test_gain_minus_loss_is_the_net_rise_without_hysteresis(z):
    gain, loss = profile.gain_loss(z)
    assert gain >= 0 and loss >= 0
    assert gain - loss == pytest.approx(z[-1] - z[0], abs=1e-6)


@given(elevations, st.floats(0.0, 100.0), st.lists(st.integers(0, 59), max_size=5))
def test_reversing_swaps_gain_and_loss(z, h, holes):
    z = np.array(z)
    z[[i for i in holes if i < z.size]] = np.nan
    gain, loss = profile.gain_loss(z, h)
    back_gain, back_loss = profile.gain_loss(z[::-1], h)
    assert back_gain == pytest.approx(loss, abs=1e-6)
    assert back_loss == pytest.approx(gain, abs=1e-6)


@given(elevations, st.floats(0.01, 100.0))
def test_hysteresis_only_removes(z, h):
    z = np.array(z)
    gain, loss = profile.gain_loss(z, h)
    raw_gain, raw_loss = profile.gain_loss(z)
    assert gain <= raw_gain + 1e-6 and loss <= raw_loss + 1e-6
    # the net rise is kept up to the unconfirmed moves at both ends (less than h each)
    assert abs((gain - loss) - (z[-1] - z[0])) < 2 * h + 1e-6


# --- grades ---------------------------------------------------------------------------------


def test_max_grade_of_a_ramp():
    s, z = piecewise([(0, 10), (500, 10), (700, 40), (1500, 40)], 2.5)
    grade, at = profile.max_grade(s, z, 100.0)
    assert grade == pytest.approx(15.0)
    assert 500.0 - 1e-9 <= at <= 600.0 + 1e-9
    grade, at = profile.max_grade(s, z, 400.0)
    assert grade == pytest.approx(7.5)
    assert 300.0 - 1e-9 <= at <= 500.0 + 1e-9
    # descending line: the "steepest" is the least steep descent
    assert profile.max_grade(s, z[::-1], 100.0)[0] == pytest.approx(0.0)


def test_max_grade_short_line_and_nan():
    s, z = piecewise([(0, 0), (60, 6)], 1.0)
    assert profile.max_grade(s, z, 100.0) == pytest.approx((10.0, 0.0))
    s, z = piecewise([(0, 10), (500, 10), (700, 40), (1500, 40)], 2.5)
    z[(s > 595) & (s < 605)] = np.nan  # a hole in the middle of the ramp
    grade, at = profile.max_grade(s, z, 100.0)
    assert grade == pytest.approx(14.25)  # 95 m of the ramp and 5 m of flat
    assert at == pytest.approx(495.0) or at == pytest.approx(605.0)
    assert np.isnan(profile.max_grade(s, np.full(s.size, np.nan), 100.0)[0])
    # only short valid stretches: the longest one is used
    z = 0.1 * s
    z[::20] = np.nan
    grade, _ = profile.max_grade(s, z, 100.0)
    assert grade == pytest.approx(10.0)


@given(st.lists(st.tuples(st.floats(0.5, 40.0), st.floats(-20.0, 20.0)), min_size=2,
                max_size=40), st.floats(5.0, 300.0))
def test_max_grade_is_the_exact_maximum(steps, window):
    s = np.concatenate(([0.0], np.cumsum([d for d, _ in steps])))
    z = np.concatenate(([0.0], np.cumsum([d * g / 100 for d, g in steps])))
    grade, at = profile.max_grade(s, z, window)
    w = min(window, s[-1])
    fine = np.linspace(0.0, s[-1] - w, 3001)
    brute = (np.interp(fine + w, s, z) - np.interp(fine, s, z)) / w * 100
    assert grade >= brute.max() - 1e-6
    attained = (np.interp(at + w, s, z) - np.interp(at, s, z)) / w * 100
    assert attained == pytest.approx(grade, abs=1e-6)


def test_grades_per_sample():
    s = np.array([0.0, 10.0, 20.0, 40.0, 50.0])
    z = np.array([0.0, 1.0, 2.0, 2.0, np.nan])
    g = profile.grades(s, z)
    np.testing.assert_allclose(g[:4], [10.0, 10.0, 1 / 30 * 100, 0.0])  # one-sided at 40
    assert np.isnan(g[4])
    s, z = piecewise([(0, 0), (300, 30), (600, 0)], 5.0)
    g = profile.grades(s, z, window_m=100.0)
    assert g[s == 100][0] == pytest.approx(10.0)
    assert g[s == 300][0] == pytest.approx(0.0)
    assert g[s == 0][0] == pytest.approx(10.0)  # cut at the start: [0, 50]


def test_grade_classes():
    codes = profile.grade_class([0, 2.99, 3, -4, 6, 9.99, 10, 25, -12, np.nan])
    assert codes.tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 3, profile.NODATA_CLASS]
    assert profile.grade_class(-7.0) == 2 and isinstance(profile.grade_class(1.0), int)
    assert [label for label, _ in profile.GRADE_CLASSES] == ["0–3 %", "3–6 %", "6–10 %",
                                                             ">10 %"]
    table = profile.grade_class_table()
    assert [c.low_pct for c in table] == [0.0, 3.0, 6.0, 10.0]
    assert all(c.colour.startswith("#") for c in table)


# --- scores and summary ---------------------------------------------------------------------


def test_scores():
    assert profile.strava_score(1300.0, 9.5) == pytest.approx(12350.0)
    cats = [(79_999, "1"), (80_000, "HC"), (64_000, "1"), (63_999, "2"), (32_000, "2"),
            (16_000, "3"), (15_999, "4"), (8_000, "4"), (7_999, ""), (-5, ""), (None, "")]
    for score, category in cats:
        assert profile.strava_category(score) == category
    # Mont Ventoux from Bédoin: 1617 m over 21.5 km to 1912 m, FIETS about 13
    assert profile.fiets_index(1617, 21_500, 1912) == pytest.approx(
        1617 ** 2 / 215_000 + 0.912)
    assert profile.fiets_index(120, 1300, 176) == pytest.approx(120 ** 2 / 13_000)
    assert math.isnan(profile.fiets_index(10, 0, 50))


def test_summary_of_a_ramp():
    s, z = piecewise([(0, 20), (1000, 20), (1500, 80), (2000, 60)], 2.5)
    out = profile.summarise(s, z, 100.0, 0.0)
    assert tuple(out) == profile.SUMMARY_KEYS
    assert out["length_m"] == 2000.0
    assert (out["z_start_m"], out["z_end_m"], out["z_min_m"], out["z_max_m"]) == (20, 60, 20, 80)
    assert out["gain_m"] == pytest.approx(60.0) and out["loss_m"] == pytest.approx(20.0)
    assert out["avg_grade_pct"] == pytest.approx(2.0)
    assert out["max_grade_pct"] == pytest.approx(12.0)
    assert 1000.0 - 1e-9 <= out["max_grade_at_m"] <= 1400.0 + 1e-9
    assert out["strava_score"] == pytest.approx(4000.0) and out["category"] == ""
    assert out["fiets_index"] == pytest.approx(40 ** 2 / 20_000)
    assert out["nodata_m"] == 0.0


def test_summary_with_nodata():
    s, z = piecewise([(0, 0), (1000, 50)], 10.0)
    z[(s >= 300) & (s <= 400)] = np.nan  # 11 samples: 110 m of line
    z[-1] = np.nan
    out = profile.summarise(s, z, 100.0, 0.0)
    assert out["nodata_m"] == pytest.approx(110.0 + 5.0)
    assert out["z_end_m"] is None and out["z_start_m"] == 0.0
    assert out["avg_grade_pct"] == pytest.approx(5.0)  # between the first and last valid
    assert out["gain_m"] == pytest.approx(49.5 - 6.0)  # the 290-410 jump is not counted
    empty = profile.summarise(s, np.full(s.size, np.nan))
    assert empty["nodata_m"] == empty["length_m"] == 1000.0
    assert all(empty[k] is None for k in profile.SUMMARY_KEYS
               if k not in ("length_m", "nodata_m"))
    point = profile.summarise([0.0], [12.0])
    assert point["length_m"] == 0.0 and point["z_max_m"] == 12.0
    assert point["avg_grade_pct"] is None and point["category"] == ""


# --- climbs ---------------------------------------------------------------------------------


TWO_CLIMBS = [(0, 20), (1000, 20), (2000, 70), (2500, 40), (3500, 100), (4500, 100)]


def test_two_climbs_separated_by_a_descent():
    s, z = piecewise(TWO_CLIMBS, 2.5)
    climbs = profile.detect_climbs(s, z)
    assert [(c["start_m"], c["end_m"]) for c in climbs] == [(1000.0, 2000.0), (2500.0, 3500.0)]
    first, second = climbs
    assert tuple(first) == profile.CLIMB_KEYS
    assert first["gain_m"] == pytest.approx(50.0) and first["avg_grade_pct"] == pytest.approx(5)
    assert second["max_grade_pct"] == pytest.approx(6.0)
    assert second["strava_score"] == pytest.approx(6000.0) and second["category"] == ""
    assert (second["z_start_m"], second["z_end_m"]) == (40.0, 100.0)


def test_climbs_are_found_within_one_step():
    s = np.arange(0.0, 4501.0, 7.0)  # the corners fall between samples
    z = np.interp(s, *np.array(TWO_CLIMBS, dtype=float).T)
    climbs = profile.detect_climbs(s, z)
    assert len(climbs) == 2
    for climb, (a, b) in zip(climbs, [(1000, 2000), (2500, 3500)]):
        assert abs(climb["start_m"] - a) <= 7.0 and abs(climb["end_m"] - b) <= 7.0


def test_no_climb_on_flat_or_descending_profiles():
    s = np.arange(0.0, 5000.0, 2.5)
    assert profile.detect_climbs(s, np.full(s.size, 30.0)) == []
    assert profile.detect_climbs(s, 100.0 - 0.02 * s) == []
    noisy = 30.0 + np.random.default_rng(1).normal(0.0, 0.3, s.size)
    assert profile.detect_climbs(s, noisy) == []
    assert profile.detect_climbs(s, 30.0 + 0.025 * s) == []  # 2.5 %: below 3 %


def test_short_dips_are_merged_long_flats_split():
    s, z = piecewise([(0, 0), (1000, 60), (1050, 57), (2050, 117)], 2.5)
    assert len(profile.detect_climbs(s, z)) == 1  # 50 m losing 3 m: 3 + 1.5 < 10 m
    s, z = piecewise([(0, 0), (1000, 60), (1600, 60), (2600, 120)], 2.5)
    climbs = profile.detect_climbs(s, z)
    assert [(c["start_m"], c["end_m"]) for c in climbs] == [(0, 1000), (1600, 2600)]
    s, z = piecewise([(0, 0), (1000, 60), (1200, 45), (2200, 105)], 2.5)
    assert len(profile.detect_climbs(s, z)) == 2  # a real descent of 15 m


def test_gentle_approach_is_included_and_flat_ends_trimmed():
    # 500 m of 2 % approach, 1 km at 8 %, 300 m at 2 % to the top, then a flat plateau
    s, z = piecewise([(0, 0), (500, 0), (1000, 10), (2000, 90), (2300, 96), (3500, 96)], 2.5)
    (climb,) = profile.detect_climbs(s, z)
    assert (climb["start_m"], climb["end_m"]) == (500.0, 2300.0)
    assert climb["gain_m"] == pytest.approx(96.0)
    assert climb["max_grade_pct"] == pytest.approx(8.0)


def test_a_nodata_gap_splits_a_climb():
    s, z = piecewise([(0, 0), (2000, 120)], 2.5)
    z[(s > 900) & (s < 1000)] = np.nan
    climbs = profile.detect_climbs(s, z)
    assert [(c["start_m"], c["end_m"]) for c in climbs] == [(0.0, 900.0), (1000.0, 2000.0)]


def test_rue_d_aire_is_one_climb():
    chainage, points = profile.densify(relief.RUE_D_AIRE, 2.5)
    z = relief.elevation(points[:, 0], points[:, 1])
    (climb,) = profile.detect_climbs(chainage, z)
    assert climb["length_m"] == pytest.approx(chainage[-1], abs=20.0)
    assert 115.0 <= climb["gain_m"] <= 130.0
    assert climb["z_end_m"] == pytest.approx(176.0, abs=0.2)
    assert climb["max_grade_pct"] == pytest.approx(17.7, abs=0.5)
    assert climb["category"] == "4"


profiles = st.lists(st.tuples(st.floats(5.0, 400.0), st.floats(-12.0, 15.0)),
                    min_size=1, max_size=25)


@given(profiles, st.floats(0.0, 20.0))
def test_climb_invariants(legs, max_dip):
    s = np.concatenate(([0.0], np.cumsum([d for d, _ in legs])))
    z = np.concatenate(([50.0], 50.0 + np.cumsum([d * g / 100 for d, g in legs])))
    s, z = piecewise(np.column_stack([s, z]), 5.0)
    climbs = profile.detect_climbs(s, z, 3.0, 300.0, max_dip)
    previous_end = -1.0
    for c in climbs:
        inside = (s >= c["start_m"]) & (s <= c["end_m"])
        zi = z[inside]
        assert c["start_m"] >= previous_end
        assert c["length_m"] >= 300.0 - 1e-6
        assert c["avg_grade_pct"] >= 3.0 - 1e-6
        assert zi[0] == zi.min() and zi[-1] == zi.max()  # from the lowest to the highest
        assert np.max(np.maximum.accumulate(zi) - zi) < max(max_dip, 1e-9)  # no big dip
        assert c["max_grade_pct"] >= c["avg_grade_pct"] - 1e-6
        previous_end = c["end_m"]


@given(profiles, st.integers(0, 25), st.floats(400.0, 1500.0), st.floats(5.0, 15.0))
def test_every_long_steady_ramp_is_inside_a_climb(legs, where, length, grade):
    """A straight stretch of 400 m at 5 % or more always lies in a detected climb."""
    legs = legs[:where] + [(length, grade)] + legs[where:]
    s = np.concatenate(([0.0], np.cumsum([d for d, _ in legs])))
    z = np.concatenate(([50.0], 50.0 + np.cumsum([d * g / 100 for d, g in legs])))
    ramps = [(s[i], s[i + 1]) for i, (d, g) in enumerate(legs) if d >= 400 and g >= 5]
    s, z = piecewise(np.column_stack([s, z]), 5.0)
    climbs = profile.detect_climbs(s, z)
    for a, b in ramps:
        assert any(c["start_m"] <= a + 5 and c["end_m"] >= b - 5 for c in climbs)


# --- analytic DEMs, end to end --------------------------------------------------------------


def write_grid(path, func, x0, y0, cell, rows, cols):
    x = x0 + (np.arange(cols) + 0.5) * cell
    y = y0 - (np.arange(rows) + 0.5) * cell
    z = np.broadcast_to(func(x[np.newaxis, :], y[:, np.newaxis]), (rows, cols))
    with rasterio.open(path, "w", driver="GTiff", width=cols, height=rows, count=1,
                       dtype="float64", crs="EPSG:2154",
                       transform=from_origin(x0, y0, cell, cell)) as ds:
        ds.write(np.ascontiguousarray(z)[np.newaxis])
    return str(path)


def sampled(dem_path, vertices, step):
    with DemSampler(dem_path) as dem:
        chainage, points = profile.densify(vertices, step or profile.auto_step(
            dem.approx_cell_size_m))
        return chainage, dem.sample(points[:, 0], points[:, 1])


def test_inclined_plane_end_to_end(tmp_path):
    x0, y0 = 660000.0, 7080000.0
    a, b = 0.06, 0.02  # grade 6 % eastwards, 2 % northwards

    def plane(x, y):
        return 30.0 + a * (x - x0) + b * (y - (y0 - 2000.0))

    path = write_grid(tmp_path / "plane.tif", plane, x0, y0, 5.0, 400, 400)
    # east 1000 m, then north 600 m, then west 500 m: +60, +12, -30
    line = [(x0 + 300.0, y0 - 1800.0), (x0 + 1300.0, y0 - 1800.0), (x0 + 1300.0, y0 - 1200.0),
            (x0 + 800.0, y0 - 1200.0)]
    chainage, z = sampled(path, line, 0)
    out = profile.summarise(chainage, z, 100.0, 0.0)
    assert out["length_m"] == pytest.approx(2100.0)
    assert out["gain_m"] == pytest.approx(72.0, rel=0.005)
    assert out["loss_m"] == pytest.approx(30.0, rel=0.005)
    assert out["max_grade_pct"] == pytest.approx(6.0, abs=0.2)
    assert out["z_start_m"] == pytest.approx(plane(*line[0]), abs=1e-6)
    assert out["avg_grade_pct"] == pytest.approx(42.0 / 2100.0 * 100, abs=1e-6)
    # diagonal: grade along the direction (cos, sin) is (a cos + b sin)
    theta = math.radians(30.0)
    end = (x0 + 300.0 + 1500.0 * math.cos(theta), y0 - 1800.0 + 1500.0 * math.sin(theta))
    chainage, z = sampled(path, [line[0], end], 2.5)
    grade, _ = profile.max_grade(chainage, z, 100.0)
    assert grade == pytest.approx((a * math.cos(theta) + b * math.sin(theta)) * 100, abs=0.2)


def test_gaussian_hill_end_to_end(tmp_path):
    xc, yc, height, sigma, base = 5000.0, 5000.0, 150.0, 400.0, 30.0

    def hill(x, y):
        return base + height * np.exp(-((x - xc) ** 2 + (y - yc) ** 2) / (2 * sigma ** 2))

    path = write_grid(tmp_path / "hill.tif", hill, 2500.0, 7500.0, 5.0, 1000, 1000)
    # up from 1,900 m west of the summit to the summit, along a slanted line
    foot = (xc - 1900.0, yc - 300.0)
    chainage, z = sampled(path, [foot, (xc, yc)], 2.5)
    out = profile.summarise(chainage, z, 100.0, 0.0)
    exact_gain = hill(xc, yc) - hill(*foot)
    assert out["gain_m"] == pytest.approx(exact_gain, rel=0.005)
    assert out["z_max_m"] == pytest.approx(base + height, abs=0.05)
    length = math.hypot(1900.0, 300.0)
    fine = np.linspace(0.0, length - 100.0, 200_001)
    dx, dy = 1900.0 / length, 300.0 / length

    def along(d):
        return hill(foot[0] + d * dx, foot[1] + d * dy)

    exact_max = np.max(along(fine + 100.0) - along(fine))  # metres over 100 m = percent
    assert out["max_grade_pct"] == pytest.approx(exact_max, abs=0.2)
    # over the top and down the other side: up and down the same height
    chainage, z = sampled(path, [(xc - 1900.0, yc), (xc + 1900.0, yc)], 2.5)
    gain, loss = profile.gain_loss(z)
    assert gain == pytest.approx(hill(xc, yc) - hill(xc - 1900, yc), rel=0.005)
    assert loss == pytest.approx(gain, rel=0.005)
    climbs = profile.detect_climbs(chainage, z)
    assert len(climbs) == 1 and climbs[0]["end_m"] == pytest.approx(1900.0, abs=40.0)
