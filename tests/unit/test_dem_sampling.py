"""DEM sampling: bilinear between cell centres, nodata, CRSs, windows only (never the raster)."""

import math
import tracemalloc

import numpy as np
import pytest
import rasterio
from hypothesis import given
from hypothesis import strategies as st
from rasterio.transform import from_origin
from rasterio.windows import Window

from itinerance.processing.logic.relief import dem_sampling
from itinerance.processing.logic.relief.dem_sampling import DemSampler, transform_points

# A plane over a small Lambert-93 grid: bilinear interpolation is exact on it.
X0, Y0, CELL = 663000.0, 7079000.0, 5.0  # north-west corner
ROWS, COLS = 120, 160
A, B, C = 0.04, -0.07, 80.0  # z = A (x - X0) + B (y - Y0) + C


def plane(x, y):
    return A * (np.asarray(x) - X0) + B * (np.asarray(y) - Y0) + C


def centres(rows=ROWS, cols=COLS, x0=X0, y0=Y0, cell=CELL):
    x = x0 + (np.arange(cols) + 0.5) * cell
    y = y0 - (np.arange(rows) + 0.5) * cell
    return x[np.newaxis, :], y[:, np.newaxis]


def write_dem(path, array, x0=X0, y0=Y0, cell=CELL, crs="EPSG:2154", nodata=None, **options):
    array = np.asarray(array)
    if array.ndim == 2:
        array = array[np.newaxis]
    profile = dict(driver="GTiff", width=array.shape[2], height=array.shape[1],
                   count=array.shape[0], dtype=array.dtype.name,
                   transform=from_origin(x0, y0, cell, cell), nodata=nodata)
    if crs is not None:
        profile["crs"] = crs
    profile.update(options)
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(array)
    return str(path)


@pytest.fixture
def plane_dem(tmp_path):
    x, y = centres()
    return write_dem(tmp_path / "plane.tif", np.broadcast_to(plane(x, y), (ROWS, COLS)))


def inner_points(n, seed=0, margin=0.5):
    """Random points between the outer cell centres (no clamping there)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(X0 + margin * CELL, X0 + (COLS - margin) * CELL, n)
    y = rng.uniform(Y0 - (ROWS - margin) * CELL, Y0 - margin * CELL, n)
    return x, y


# --- opening, attributes, errors ------------------------------------------------------------


def test_attributes(plane_dem):
    with DemSampler(plane_dem) as dem:
        assert dem.width == COLS and dem.height == ROWS
        assert dem.cell_size == (CELL, CELL)
        assert dem.approx_cell_size_m == pytest.approx((CELL, CELL))
        assert dem.bounds == pytest.approx((X0, Y0 - ROWS * CELL, X0 + COLS * CELL, Y0))
        assert dem.nodata is None
        assert not dem.is_geographic
        assert "Lambert" in dem.crs_wkt or "2154" in dem.crs_wkt
    with pytest.raises(ValueError, match="closed"):
        dem.sample([X0 + 10], [Y0 - 10])


def test_wrong_band_is_a_clear_error(tmp_path):
    path = write_dem(tmp_path / "two.tif", np.zeros((2, 4, 4), dtype=np.float32))
    with pytest.raises(ValueError, match=r"the DEM has 2 band\(s\); BAND=5 does not exist"):
        DemSampler(path, band=5)
    with pytest.raises(ValueError, match="BAND=0 does not exist"):
        DemSampler(path, band=0)
    with DemSampler(path, band=2) as dem:
        assert dem.band == 2


def test_not_a_raster_is_a_clear_error(tmp_path):
    text = tmp_path / "lines.geojson"
    text.write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(ValueError, match="not a raster"):
        DemSampler(text)
    with pytest.raises(ValueError, match="does not exist"):
        DemSampler(tmp_path / "missing.tif")


def test_dem_without_crs(tmp_path):
    x, y = centres()
    path = write_dem(tmp_path / "nocrs.tif", np.broadcast_to(plane(x, y), (ROWS, COLS)),
                     crs=None)
    with DemSampler(path) as dem:
        assert dem.crs_wkt is None
        assert not dem.is_geographic
        assert dem.approx_cell_size_m == (CELL, CELL)  # taken to be metres
        px, py = inner_points(50)
        np.testing.assert_allclose(dem.sample(px, py), plane(px, py), atol=1e-9)


# --- bilinear interpolation -----------------------------------------------------------------


def test_bilinear_is_exact_on_a_plane(plane_dem):
    px, py = inner_points(5000)
    with DemSampler(plane_dem) as dem:
        z = dem.sample(px, py)
    np.testing.assert_allclose(z, plane(px, py), rtol=0, atol=1e-9)


@given(st.floats(0.5, COLS - 0.5), st.floats(0.5, ROWS - 0.5))
def test_bilinear_exact_anywhere_between_centres(plane_dem_path, fc, fr):
    x, y = X0 + fc * CELL, Y0 - fr * CELL
    with DemSampler(plane_dem_path) as dem:
        assert dem.sample(x, y) == pytest.approx(plane(x, y), abs=1e-9)


@pytest.fixture(scope="module")
def plane_dem_path(tmp_path_factory):
    x, y = centres()
    return write_dem(tmp_path_factory.mktemp("dem") / "plane.tif",
                     np.broadcast_to(plane(x, y), (ROWS, COLS)))


def test_cell_centres_return_cell_values(tmp_path):
    rng = np.random.default_rng(3)
    values = rng.normal(50, 10, (9, 7))
    path = write_dem(tmp_path / "random.tif", values)
    x, y = centres(9, 7)
    with DemSampler(path) as dem:
        z = dem.sample(*np.broadcast_arrays(x, y))
    np.testing.assert_allclose(z, values, atol=1e-12)


def test_bilinear_weights_between_four_cells(tmp_path):
    values = np.array([[10.0, 20.0], [30.0, 50.0]])  # row 0 is north
    path = write_dem(tmp_path / "four.tif", values, x0=0.0, y0=10.0, cell=5.0)
    with DemSampler(path) as dem:
        # centres: (2.5, 7.5)=10, (7.5, 7.5)=20, (2.5, 2.5)=30, (7.5, 2.5)=50
        assert dem.sample(5.0, 5.0) == pytest.approx((10 + 20 + 30 + 50) / 4)
        assert dem.sample(3.75, 7.5) == pytest.approx(12.5)
        assert dem.sample(7.5, 3.75) == pytest.approx(42.5)


def test_edges_are_clamped_and_outside_is_nan(plane_dem):
    half = CELL / 2
    with DemSampler(plane_dem) as dem:
        # within half a cell of the west edge: the value on the first column of centres
        y = Y0 - 40.3 * CELL
        assert dem.sample(X0 + 0.1, y) == pytest.approx(plane(X0 + half, y), abs=1e-9)
        assert dem.sample(X0, y) == pytest.approx(plane(X0 + half, y), abs=1e-9)
        # north-east corner: the corner cell centre
        xe, yn = X0 + COLS * CELL, Y0
        assert dem.sample(xe - 0.2, yn - 0.2) == pytest.approx(
            plane(xe - half, yn - half), abs=1e-9)
        outside = dem.sample([X0 - 0.01, xe + 0.01, X0 + 100, X0 + 100, np.nan],
                             [y, y, Y0 + 0.01, Y0 - ROWS * CELL - 0.01, y])
        assert np.isnan(outside).all()


def test_shape_is_kept(plane_dem):
    px, py = inner_points(12)
    with DemSampler(plane_dem) as dem:
        z = dem.sample(px.reshape(3, 4), py.reshape(3, 4))
        assert z.shape == (3, 4)
        assert dem.sample_xy(np.column_stack([px, py])).shape == (12,)
        assert np.ndim(dem.sample(px[0], py[0])) == 0


# --- nodata ---------------------------------------------------------------------------------


def test_nodata_hole(tmp_path):
    x, y = centres()
    z = np.array(np.broadcast_to(plane(x, y), (ROWS, COLS)), dtype=np.float32)
    z[40:50, 60:70] = -9999.0
    path = write_dem(tmp_path / "hole.tif", z, nodata=-9999.0)
    with DemSampler(path) as dem:
        assert dem.nodata == -9999.0
        # the hole's cells span x in [X0 + 300, X0 + 350), y in (Y0 - 250, Y0 - 200]
        inside = dem.sample(X0 + 325.0, Y0 - 225.0)
        assert np.isnan(inside)
        # between a valid centre and a hole centre: NaN
        assert np.isnan(dem.sample(X0 + 298.0, Y0 - 225.0))
        # a valid centre next to the hole has weight 1: its own value
        assert dem.sample(X0 + 297.5, Y0 - 227.5) == pytest.approx(
            plane(X0 + 297.5, Y0 - 227.5), abs=1e-3)
        # away from the hole: exact (up to float32 storage)
        px, py = inner_points(500, seed=5)
        far = (np.abs(px - (X0 + 325)) > 40) | (np.abs(py - (Y0 - 225)) > 40)
        np.testing.assert_allclose(dem.sample(px[far], py[far]), plane(px[far], py[far]),
                                   atol=1e-3)


def test_nan_cells_without_nodata_value(tmp_path):
    z = np.full((5, 5), 10.0)
    z[2, 2] = np.nan
    path = write_dem(tmp_path / "nan.tif", z, x0=0.0, y0=25.0, cell=5.0)
    with DemSampler(path) as dem:
        assert dem.nodata is None
        assert np.isnan(dem.sample(12.5, 12.5))
        assert np.isnan(dem.sample(10.0, 12.0))
        assert dem.sample(2.5, 2.5) == 10.0


def test_integer_dem_with_nodata_and_scale(tmp_path):
    z = np.full((6, 6), 1234, dtype=np.int16)
    z[0, 0] = -32768
    path = tmp_path / "int.tif"
    write_dem(path, z, x0=0.0, y0=60.0, cell=10.0, nodata=-32768)
    with rasterio.open(path, "r+") as ds:
        ds.scales = (0.1,)
        ds.offsets = (5.0,)
    with DemSampler(path) as dem:
        assert dem.sample(30.0, 30.0) == pytest.approx(128.4)
        assert np.isnan(dem.sample(5.0, 55.0))


def test_internal_mask_band(tmp_path):
    path = tmp_path / "masked.tif"
    with rasterio.Env(GDAL_TIFF_INTERNAL_MASK=True), rasterio.open(
            path, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32",
            crs="EPSG:2154", transform=from_origin(0.0, 40.0, 10.0, 10.0)) as ds:
        ds.write(np.full((1, 4, 4), 7.0, dtype=np.float32))
        mask = np.full((4, 4), 255, dtype=np.uint8)
        mask[3, 3] = 0
        ds.write_mask(mask)
    with DemSampler(path) as dem:
        assert dem.sample(5.0, 35.0) == 7.0
        assert np.isnan(dem.sample(35.0, 5.0))


# --- CRSs -----------------------------------------------------------------------------------


def test_geographic_dem_sampled_from_lambert_93(tmp_path):
    # A plane in degrees over Cassel: z = 40 + 300 (lon - 2.48) + 500 (lat - 50.80).
    res = 1.0 / 3600.0  # one arc-second, like SRTM
    lon0, lat0, rows, cols = 2.40, 50.86, 400, 500

    def geo_plane(lon, lat):
        return 40.0 + 300.0 * (lon - 2.48) + 500.0 * (lat - 50.80)

    lon = lon0 + (np.arange(cols) + 0.5) * res
    lat = lat0 - (np.arange(rows) + 0.5) * res
    z = geo_plane(lon[np.newaxis, :], lat[:, np.newaxis])
    path = write_dem(tmp_path / "srtm.tif", z, x0=lon0, y0=lat0, cell=res, crs="EPSG:4326")
    with DemSampler(path) as dem:
        assert dem.is_geographic
        mx, my = dem.approx_cell_size_m
        lat_c = math.radians(lat0 - rows * res / 2)
        assert mx == pytest.approx(30.87 * math.cos(lat_c), rel=0.01)
        assert my == pytest.approx(30.87, rel=0.01)
        # The rue d'Aire (Lambert-93) to WGS84, sampled: exact on the plane.
        line = np.array([(662916.0, 7077437.0), (663303.0, 7077854.0), (663800.0, 7078321.0)])
        lonlat = transform_points(line, "EPSG:2154", dem.crs_wkt)
        assert lonlat[:, 0] == pytest.approx([2.47, 2.48, 2.49], abs=0.02)
        assert lonlat[:, 1] == pytest.approx([50.79, 50.80, 50.80], abs=0.02)
        z = dem.sample(lonlat[:, 0], lonlat[:, 1])
        np.testing.assert_allclose(z, geo_plane(lonlat[:, 0], lonlat[:, 1]), atol=1e-6)


def test_transform_points_identity_and_round_trip():
    xy = np.array([[663800.0, 7078321.0], [676161.0, 7076582.0]])
    same = transform_points(xy, "EPSG:2154", "EPSG:2154")
    assert same is not xy
    np.testing.assert_array_equal(same, xy)
    np.testing.assert_array_equal(transform_points(xy, "EPSG:2154", None), xy)
    wgs84 = transform_points(xy, "EPSG:2154", "EPSG:4326")
    back = transform_points(wgs84, "EPSG:4326", "EPSG:2154")
    np.testing.assert_allclose(back, xy, atol=1e-6)
    # the same CRS spelt differently is the identity too
    from pyproj import CRS
    np.testing.assert_array_equal(transform_points(xy, CRS("EPSG:2154").to_wkt(), "EPSG:2154"),
                                  xy)


def test_sample_from_moves_the_points_into_the_dem_crs(plane_dem, tmp_path):
    from pyproj import Transformer

    x, y = inner_points(50, seed=3, margin=2.0)
    lon, lat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True).transform(x, y)
    with DemSampler(plane_dem) as dem:
        z = dem.sample_from(np.column_stack([lon, lat]), "EPSG:4326")
        np.testing.assert_allclose(z, plane(x, y), atol=1e-6)
        for unknown in (None, ""):  # the points are taken to be in the DEM's CRS
            np.testing.assert_array_equal(dem.sample_from(np.column_stack([x, y]), unknown),
                                          dem.sample(x, y))
    cx, cy = centres()
    no_crs = write_dem(tmp_path / "sans_scr.tif", np.broadcast_to(plane(cx, cy), (ROWS, COLS)),
                       crs=None)
    with DemSampler(no_crs) as dem:
        np.testing.assert_allclose(dem.sample_from(np.column_stack([x, y]), "EPSG:4326"),
                                   plane(x, y), atol=1e-6)


# --- windows --------------------------------------------------------------------------------


class WindowSpy:
    """Records the windows a sampler reads."""

    def __init__(self, dem):
        self.windows = []
        read = dem._read_window

        def spy(window):
            self.windows.append(window)
            return read(window)

        dem._read_window = spy


def points_bbox_cells(dem, x, y):
    """(col_min, row_min, col_max, row_max) of the cells holding the points."""
    col, row = ~dem.transform * (np.asarray(x), np.asarray(y))
    return (math.floor(col.min()), math.floor(row.min()),
            math.floor(col.max()), math.floor(row.max()))


def assert_windows_within(spy, dem, x, y, margin=2):
    c0, r0, c1, r1 = points_bbox_cells(dem, x, y)
    for w in spy.windows:
        assert w.col_off >= c0 - margin and w.row_off >= r0 - margin
        assert w.col_off + w.width - 1 <= c1 + margin
        assert w.row_off + w.height - 1 <= r1 + margin
        assert w.width <= dem.tile + 1 and w.height <= dem.tile + 1
        assert max(w.width, w.height) <= dem_sampling.MAX_WINDOW


def test_one_small_window_for_a_short_line(plane_dem):
    x = np.linspace(X0 + 101.0, X0 + 180.0, 40)
    y = np.linspace(Y0 - 201.0, Y0 - 240.0, 40)
    with DemSampler(plane_dem) as dem:
        spy = WindowSpy(dem)
        np.testing.assert_allclose(dem.sample(x, y), plane(x, y), atol=1e-9)
    assert len(spy.windows) == 1
    w = spy.windows[0]
    assert (w.width, w.height) == (18, 10)  # the points' cells and one neighbour
    assert_windows_within(spy, dem, x, y)


def test_long_line_reads_a_corridor_of_tiles(plane_dem):
    # tile of 16 cells on a 160 x 120 grid: a diagonal reads tiles along it, not the bbox
    x = np.linspace(X0 + 3.0, X0 + COLS * CELL - 3.0, 2000)
    y = np.linspace(Y0 - 3.0, Y0 - ROWS * CELL + 3.0, 2000)
    with DemSampler(plane_dem, tile=16) as dem:
        spy = WindowSpy(dem)
        np.testing.assert_allclose(dem.sample(x, y), plane(x, y), atol=1e-9)
    assert len(spy.windows) > 10
    assert_windows_within(spy, dem, x, y)
    cells_read = sum(w.width * w.height for w in spy.windows)
    assert cells_read < 0.4 * ROWS * COLS


def test_unordered_points_in_many_tiles(plane_dem):
    px, py = inner_points(3000, seed=8)
    with DemSampler(plane_dem, tile=20) as dem:
        spy = WindowSpy(dem)
        np.testing.assert_allclose(dem.sample(px, py), plane(px, py), atol=1e-9)
    assert_windows_within(spy, dem, px, py)


def test_tile_must_fit_the_largest_window(plane_dem):
    with pytest.raises(ValueError, match="tile"):
        DemSampler(plane_dem, tile=dem_sampling.MAX_WINDOW)


def test_20000_by_20000_dem_is_read_by_windows_only(tmp_path):
    """A 400-million-cell DEM (1.6 GB as float32), sparse: only the blocks along a diagonal are
    written. Sampling the diagonal reads small windows and allocates little memory."""
    size, block, cell = 20_000, 256, 5.0
    x0, y0 = 600000.0, 7100000.0
    path = tmp_path / "huge.tif"
    with rasterio.open(path, "w", driver="GTiff", width=size, height=size, count=1,
                       dtype="float32", crs="EPSG:2154", nodata=-9999.0,
                       transform=from_origin(x0, y0, cell, cell), tiled=True,
                       blockxsize=block, blockysize=block, compress="deflate",
                       SPARSE_OK=True) as ds:
        for b in range(0, size, block):  # diagonal blocks and their right neighbours
            for c in (b, b + block):
                if c >= size:
                    continue
                rows, cols = min(block, size - b), min(block, size - c)
                xs = x0 + (c + np.arange(cols) + 0.5) * cell
                ys = y0 - (b + np.arange(rows) + 0.5) * cell
                z = 20.0 + 0.001 * (xs[np.newaxis, :] - x0) + 0.002 * (y0 - ys[:, np.newaxis])
                ds.write(z.astype(np.float32)[np.newaxis], window=Window(c, b, cols, rows))
    assert path.stat().st_size < 50_000_000
    # points along the diagonal, slightly right of it (inside the written blocks)
    t = np.linspace(0.0, 1.0, 200_000)
    x = x0 + 30.0 + t * (size * cell - 60.0)
    y = y0 - 10.0 - t * (size * cell - 60.0)
    expected = 20.0 + 0.001 * (x - x0) + 0.002 * (y0 - y)
    with DemSampler(path) as dem:
        spy = WindowSpy(dem)
        tracemalloc.start()
        z = dem.sample(x, y)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    np.testing.assert_allclose(z, expected, atol=0.01)  # float32 storage
    assert_windows_within(spy, dem, x, y)
    cells_read = sum(w.width * w.height for w in spy.windows)
    assert cells_read < 0.03 * size * size  # a corridor of 512-cell tiles along the diagonal
    assert peak < 100_000_000  # bytes: 200,000 points, never the raster (1.6 GB)
