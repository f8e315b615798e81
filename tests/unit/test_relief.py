"""The analytic relief: summits, the DEM grid convention, the rue d'Aire."""

import math

import numpy as np
import pytest
from shapely.geometry import LineString

from itinerance.processing.logic.sample import monts as relief

EXPECTED_SUMMITS = {
    "Mont Cassel": (663800.0, 7078321.0, 176.0),
    "Mont des Cats": (676161.0, 7076582.0, 164.0),
    "Mont Noir": (681309.0, 7075760.0, 152.0),
}


def profile(coords, step=1.0):
    """Distances along the line every ``step`` metres (and its end) and the elevations there."""
    line = LineString(coords)
    distances = np.append(np.arange(0.0, line.length, step), line.length)
    points = np.array([line.interpolate(d).coords[0] for d in distances])
    return distances, relief.elevation(points[:, 0], points[:, 1])


def max_grade(distances, elevations, window=100.0, step=1.0):
    """Steepest mean grade over any stretch of ``window`` metres (profile sampled every step)."""
    n = int(round(window / step))
    rises = elevations[n:] - elevations[:-n]
    runs = distances[n:] - distances[:-n]
    return float(np.max(rises / runs))


def test_summits_are_the_three_monts():
    assert [name for name, *_ in relief.SUMMITS] == list(EXPECTED_SUMMITS)
    for name, x, y, z in relief.SUMMITS:
        assert (x, y, z) == EXPECTED_SUMMITS[name]


@pytest.mark.parametrize("name", list(EXPECTED_SUMMITS))
def test_summit_height_and_position(name):
    x0, y0, z0 = EXPECTED_SUMMITS[name]
    assert relief.elevation(x0, y0) == pytest.approx(z0, abs=0.01)
    # Highest point of a fine local grid: the stated height, at the stated place.
    xs = np.arange(x0 - 1000.0, x0 + 1000.0 + 1, 2.0)
    ys = np.arange(y0 - 1000.0, y0 + 1000.0 + 1, 2.0)
    grid = relief.elevation(xs[np.newaxis, :], ys[:, np.newaxis])
    row, col = np.unravel_index(np.argmax(grid), grid.shape)
    assert grid[row, col] == pytest.approx(z0, abs=1.0)
    assert math.hypot(xs[col] - x0, ys[row] - y0) <= 50.0
    # And it is a real summit: 1 km away the ground is much lower.
    assert grid.max() - grid[0, 0] > 50.0


def test_mont_cassel_is_the_highest_point_of_the_sample():
    dem, (xmin, cell, _, ymax, _, _) = relief.dem_grid()
    row, col = np.unravel_index(np.argmax(dem), dem.shape)
    x, y = xmin + (col + 0.5) * cell, ymax - (row + 0.5) * cell
    assert math.hypot(x - 663800.0, y - 7078321.0) < 2 * cell
    assert dem.max() == pytest.approx(176.0, abs=1.0)


def test_terrils_stay_below_the_monts():
    for terril in relief.TERRILS:
        xs = np.arange(terril.x - 500.0, terril.x + 501.0, 5.0)
        ys = np.arange(terril.y - 500.0, terril.y + 501.0, 5.0)
        top = relief.elevation(xs[np.newaxis, :], ys[:, np.newaxis]).max()
        assert 60.0 < top < 150.0, terril.name


def test_plain_and_mining_basin_heights():
    dem, _ = relief.dem_grid()
    assert 10.0 < dem.min() < 25.0
    # The Lys valley is the low ground; the mining basin sits on the gentle Artois rise.
    assert 12.0 < relief.elevation(674600.0, 7060500.0) < 25.0  # Merville, on the Lys
    for x, y in ((674492.0, 7048174.0), (684994.0, 7039858.0)):  # Béthune, Loos-en-Gohelle
        assert 30.0 <= relief.elevation(x, y) <= 70.0
    # Most of the territory is plain: the median is far below the monts.
    assert 20.0 < float(np.median(dem)) < 60.0


def test_elevation_accepts_scalars_and_broadcasts():
    assert isinstance(relief.elevation(670000.0, 7060000.0), float)
    xs = np.linspace(660000.0, 690000.0, 7)
    ys = np.linspace(7040000.0, 7080000.0, 5)
    broadcast = relief.elevation(xs[np.newaxis, :], ys[:, np.newaxis])
    mx, my = np.meshgrid(xs, ys)
    assert broadcast.shape == (5, 7)
    np.testing.assert_allclose(broadcast, relief.elevation(mx, my), rtol=0, atol=1e-9)
    assert relief.elevation(mx[2, 3], my[2, 3]) == pytest.approx(broadcast[2, 3], abs=1e-9)


def test_default_grid_shape_transform_and_type():
    assert relief.MIN_CELL <= relief.DEFAULT_CELL <= relief.MAX_CELL
    assert (relief.MIN_CELL, relief.MAX_CELL) == (5.0, 25.0)
    dem, transform = relief.dem_grid()
    xmin, ymin, xmax, ymax = relief.SAMPLE_BOUNDS
    cell = relief.DEFAULT_CELL
    assert dem.dtype == np.float32
    assert dem.shape == (round((ymax - ymin) / cell), round((xmax - xmin) / cell))
    assert dem.shape[0] * dem.shape[1] < 4_000_000
    assert transform == (xmin, cell, 0.0, ymax, 0.0, -cell)
    assert np.isfinite(dem).all()


def test_grid_samples_cell_centres_from_the_north_edge():
    dem, (x0, cell, _, y0, _, neg_cell) = relief.dem_grid()
    assert neg_cell == -cell
    rows, cols = dem.shape
    # Corners, the Cassel summit cell and a few others: value = elevation at the cell centre.
    for row, col in ((0, 0), (0, cols - 1), (rows - 1, 0), (rows - 1, cols - 1),
                     (int((y0 - 7078321.0) // cell), int((663800.0 - x0) // cell)),
                     (1234, 567), (321, 1500)):
        x, y = x0 + (col + 0.5) * cell, y0 - (row + 0.5) * cell
        assert dem[row, col] == pytest.approx(relief.elevation(x, y), abs=1e-3)
    # Row 0 is the north edge: a column through Mont Cassel rises going north from the Lys.
    col = int((663800.0 - x0) // cell)
    lys_row = int((y0 - 7059500.0) // cell)
    summit_row = int((y0 - 7078321.0) // cell)
    assert summit_row < lys_row
    assert dem[summit_row, col] > dem[lys_row, col] + 100.0


def test_grid_over_bounds_that_are_not_a_multiple_of_the_cell():
    bounds = (663000.0, 7077000.0, 663110.0, 7077060.0)
    dem, transform = relief.dem_grid(bounds, 25.0)
    assert dem.shape == (3, 5)  # extends east and south to cover the bounds
    assert transform == (663000.0, 25.0, 0.0, 7077060.0, 0.0, -25.0)
    assert dem[2, 4] == pytest.approx(relief.elevation(663112.5, 7076997.5), abs=1e-3)


def test_grid_refuses_bad_or_huge_requests():
    with pytest.raises(ValueError):
        relief.dem_grid(relief.SAMPLE_BOUNDS, 0.0)
    with pytest.raises(ValueError):
        relief.dem_grid((10.0, 0.0, 0.0, 10.0), 1.0)
    with pytest.raises(ValueError, match="cells"):
        relief.dem_grid(relief.SAMPLE_BOUNDS, 5.0)


def test_rue_d_aire_geometry():
    line = LineString(relief.RUE_D_AIRE)
    assert line.is_simple
    assert 1200.0 <= line.length <= 2000.0
    assert math.dist(relief.RUE_D_AIRE[-1], (663800.0, 7078321.0)) <= 50.0
    # It comes up the south-west flank.
    x0, y0 = relief.RUE_D_AIRE[0]
    assert x0 < 663800.0 and y0 < 7078321.0


def test_rue_d_aire_reaches_18_percent():
    distances, elevations = profile(relief.RUE_D_AIRE)
    grade = max_grade(distances, elevations)
    assert 0.165 <= grade <= 0.195


def test_rue_d_aire_climbs_about_120_m():
    distances, elevations = profile(relief.RUE_D_AIRE)
    gain = elevations[-1] - elevations[0]
    assert 100.0 <= gain <= 135.0
    assert elevations[-1] == pytest.approx(176.0, abs=1.0)
    # Uphill all the way (as digitised), give or take a metre of noise.
    assert np.all(np.diff(elevations[::50]) > -1.0)


def test_mont_cassel_south_west_flank_is_the_steep_one():
    """Straight 1 km climbs from each side: the south-west one is the steepest."""
    def grade_from(bearing_deg):
        b = math.radians(bearing_deg)
        foot = (663800.0 + 1000.0 * math.sin(b), 7078321.0 + 1000.0 * math.cos(b))
        return max_grade(*profile([foot, (663800.0, 7078321.0)]))

    south_west = grade_from(225)
    assert all(south_west > grade_from(b) + 0.03 for b in (45, 135, 315))
