"""DEM preparation: tiles of a known function in three CRSs (ASCII grid and GeoTIFF) become one
seamless, tiled, compressed GeoTIFF with overviews whose cells hold the function."""

import math
from contextlib import contextmanager

import dem_tiles
import numpy as np
import pytest
from dem_tiles import A_BOUNDS, B_BOUNDS, CELL, L93, plane
from gdal_modes import gdal_exceptions
from osgeo import gdal
from pyproj import Geod, Transformer
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from itinerance.processing.logic.relief import dem_mosaic as dp


@pytest.fixture(scope="module")
def layout(tmp_path_factory):
    return dem_tiles.write_layout(tmp_path_factory.mktemp("tiles"))


@pytest.fixture(scope="module")
def prepared(layout, tmp_path_factory):
    output = tmp_path_factory.mktemp("out") / "dem.tif"
    messages = []
    result = dp.prepare_dem(list(layout.values()), output, L93,
                            log=lambda code, **details: messages.append((code, details)))
    return result, messages


def inside(bounds, x, y, margin):
    xmin, ymin, xmax, ymax = bounds
    return (x > xmin + margin) & (x < xmax - margin) & (y > ymin + margin) & (y < ymax - margin)


def foreign_footprints(layout):
    """The WGS84 and UTM tiles' outlines in Lambert-93, computed with pyproj."""
    shapes = []
    for name, crs in (("north", "EPSG:4326"), ("east", "EPSG:32631")):
        dataset = gdal.Open(layout[name])
        g, w, h = dataset.GetGeoTransform(), dataset.RasterXSize, dataset.RasterYSize
        t = np.linspace(0, 1, 50)
        cols = np.r_[t * w, np.full(50, w), (1 - t) * w, np.zeros(50)]
        rows = np.r_[np.zeros(50), t * h, np.full(50, h), (1 - t) * h]
        x, y = Transformer.from_crs(crs, L93, always_xy=True).transform(
            g[0] + cols * g[1], g[3] + rows * g[5])
        shapes.append(Polygon(zip(x, y)))
    return shapes


def test_the_mosaic_holds_the_function_across_tiles_of_three_crs(prepared, layout):
    result, _ = prepared
    z, x, y = dem_tiles.read(result.path)
    error = np.abs(z - plane(x, y))
    # the Lambert-93 tiles are read on their own grid: exact, across their seam too
    same_grid = inside((A_BOUNDS[0], A_BOUNDS[1], B_BOUNDS[2], B_BOUNDS[3]), x, y, CELL)
    north, east = foreign_footprints(layout)
    in_foreign = np.array([north.contains(Point(p)) or east.contains(Point(p))
                           for p in zip(x[same_grid], y[same_grid])])
    own = np.zeros_like(same_grid)
    own[same_grid] = ~in_foreign
    assert np.nanmax(error[own]) < 1e-3
    seam = own & (np.abs(x - B_BOUNDS[0]) < CELL)
    assert seam.sum() > 150 and not np.isnan(z[seam]).any()
    assert np.max(error[seam]) < 1e-3
    # everywhere: within GDAL's bilinear resampling of a cell about 22 m across (its kernel
    # widens when it shrinks cells), and half a cell along the borders of a CRS
    assert np.nanmax(error) < dem_tiles.PLANE_GRADIENT * 22.0 / 2
    assert np.nanpercentile(error, 90) < 0.1


def test_no_hole_inside_the_tiles(prepared, layout):
    result, _ = prepared
    z, x, y = dem_tiles.read(result.path)
    tiles = unary_union([box(*A_BOUNDS), box(*B_BOUNDS), *foreign_footprints(layout)])
    # every cell whose centre lies more than half a source cell inside the tiles has data
    core = tiles.buffer(-12.0)
    missing = [p for p in zip(x[np.isnan(z)], y[np.isnan(z)]) if core.contains(Point(p))]
    assert not missing
    # and the nodata share is the share of the grid outside the tiles
    grid = box(x.min() - CELL / 2, y.min() - CELL / 2, x.max() + CELL / 2, y.max() + CELL / 2)
    outside_pct = 100 * (1 - tiles.intersection(grid).area / grid.area)
    assert result.nodata_pct == pytest.approx(100 * np.isnan(z).mean())
    assert result.nodata_pct == pytest.approx(outside_pct, abs=0.5)


def test_figures_grid_and_file_format(prepared):
    result, messages = prepared
    assert result.tile_count == 4 and result.group_count == 3  # Lambert-93, WGS84, UTM
    # the finest tile: UTM's 20 m cells (20.01 m in Lambert-93), then WGS84's 21-22 m
    assert result.resolution == 20.0
    assert ("resolution", {"resolution": 20.0}) in messages
    dataset = gdal.Open(result.path)
    g = dataset.GetGeoTransform()
    assert g[1] == 20.0 and g[5] == -20.0 and g[0] % 20 == 0 and g[3] % 20 == 0
    assert (dataset.RasterXSize, dataset.RasterYSize) == (result.width, result.height)
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "2154"
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32 and band.GetNoDataValue() == dp.NODATA
    assert band.GetBlockSize() == [512, 512]
    structure = dataset.GetMetadata("IMAGE_STRUCTURE")
    assert structure["COMPRESSION"] == "DEFLATE" and structure["PREDICTOR"] == "3"
    z, x, y = dem_tiles.read(result.path)
    assert result.min_elevation == pytest.approx(np.nanmin(z))
    assert result.max_elevation == pytest.approx(np.nanmax(z))


def test_default_resolution_is_the_finest_tile_in_the_target_crs(layout):
    tiles = dp.inspect_tiles(list(layout.values()))
    target = dp.spatial_reference(L93)
    sizes = {t.path: dp.cell_size_in(t, target) for t in tiles}
    assert sizes[layout["a"]] == pytest.approx(CELL)
    assert sizes[layout["east"]] == pytest.approx(20.0, rel=0.002)  # UTM metres ≈ L93 metres
    # a WGS84 cell: its area on the ellipsoid (pyproj), to the scale error of Lambert-93
    dataset = gdal.Open(layout["north"])
    g = dataset.GetGeoTransform()
    lon = g[0] + g[1] * dataset.RasterXSize / 2
    lat = g[3] + g[5] * dataset.RasterYSize / 2
    area, _ = Geod(ellps="GRS80").polygon_area_perimeter(
        [lon, lon + g[1], lon + g[1], lon], [lat, lat, lat + g[5], lat + g[5]])
    assert sizes[layout["north"]] == pytest.approx(math.sqrt(abs(area)), rel=0.002)
    assert dp.default_resolution(tiles, target) == 20.0  # 20.01 rounded down


@pytest.mark.parametrize("finest, expected", [(20.0114, 20.0), (24.037, 24.0), (1.0, 1.0),
                                              (0.99999999, 1.0), (137.9, 137.0), (5.0, 5.0)])
def test_default_resolution_rounds_down_to_three_figures(finest, expected, monkeypatch):
    monkeypatch.setattr(dp, "cell_size_in", lambda tile, target: finest)
    assert dp.default_resolution([None], None) == expected


def test_finer_resolution_gives_overviews_and_exact_values(layout, tmp_path):
    result = dp.prepare_dem([layout["a"], layout["b"]], tmp_path / "fine.tif", L93,
                            resolution=5.0)
    assert (result.width, result.height) == (1000, 500)
    dataset = gdal.Open(result.path)
    band = dataset.GetRasterBand(1)
    assert band.GetOverviewCount() == 1  # 500 x 250 fits in one 512 block
    assert band.GetOverview(0).XSize == 500
    z, x, y = dem_tiles.read(result.path)
    core = inside((A_BOUNDS[0], A_BOUNDS[1], B_BOUNDS[2], B_BOUNDS[3]), x, y, CELL / 2)
    assert np.nanmax(np.abs(z - plane(x, y))[core]) < 1e-3  # bilinear is exact on a plane
    assert result.nodata_pct == 0


def test_overview_factors_until_one_block():
    assert dp.overview_factors(512, 300) == []
    assert dp.overview_factors(513, 10) == [2]
    assert dp.overview_factors(4000, 4000) == [2, 4, 8]
    assert dp.overview_factors(20000, 1000) == [2, 4, 8, 16, 32, 64]


def test_aligned_grid_snaps_outwards():
    assert dp.aligned_grid((10.0, 20.0, 61.0, 49.0), 25.0) == (0.0, 0.0, 75.0, 50.0, 3, 2)


def test_perimeter_cuts_with_its_margin(layout, tmp_path):
    perimeter = box(651000, 7050800, 653000, 7051800)
    result = dp.prepare_dem([layout["a"], layout["b"]], tmp_path / "cut.tif", L93,
                            perimeter_wkbs=[perimeter.wkb], margin=100.0)
    z, x, y = dem_tiles.read(result.path)
    assert (x.min(), x.max(), y.min(), y.max()) == (650912.5, 653087.5, 7050712.5, 7051887.5)
    grown = perimeter.buffer(100.0)
    within = np.array([grown.contains(Point(p)) for p in zip(x.ravel(), y.ravel())])
    assert not np.isnan(z.ravel()[within]).any()
    assert np.isnan(z.ravel()[~within]).all()  # the rounded corners beyond the margin
    assert result.nodata_pct < 1.0  # the tiles cover the perimeter and its margin


def test_perimeter_beyond_the_tiles_counts_what_has_no_data(layout, tmp_path):
    perimeter = box(653000, 7050000, 657000, 7052000)  # half over B, half over nothing
    result = dp.prepare_dem([layout["b"]], tmp_path / "half.tif", L93,
                            perimeter_wkbs=[perimeter.wkb])
    assert result.nodata_pct == pytest.approx(50.0, abs=0.5)
    assert result.width == 80  # cut to where there are tiles: 653000-655000


def test_perimeter_far_from_the_tiles_is_refused(layout, tmp_path):
    with pytest.raises(dp.DemPreparationError) as error:
        dp.prepare_dem([layout["a"]], tmp_path / "far.tif", L93,
                       perimeter_wkbs=[box(700000, 7000000, 701000, 7001000).wkb])
    assert error.value.code == "no_overlap"


def test_tiles_without_crs_are_named_or_take_the_crs_given(tmp_path):
    bare = dem_tiles.write_l93(tmp_path / "bare.asc", A_BOUNDS, driver="AAIGrid",
                               with_crs=False)
    fine = dem_tiles.write_l93(tmp_path / "fine.tif", B_BOUNDS)
    with pytest.raises(dp.DemPreparationError) as error:
        dp.prepare_dem([bare, fine], tmp_path / "x.tif", L93)
    assert error.value.code == "no_crs" and error.value.details["paths"] == [bare]
    assert not (tmp_path / "x.tif").exists()
    messages = []
    result = dp.prepare_dem([bare, fine], tmp_path / "x.tif", L93, default_crs="EPSG:2154",
                            log=lambda code, **details: messages.append((code, details)))
    assert ("assigned_crs", {"paths": [bare]}) in messages
    assert result.group_count == 1  # the bare tile joins the Lambert-93 one: no seam
    z, x, y = dem_tiles.read(result.path)
    assert np.nanmax(np.abs(z - plane(x, y))) < 1e-3 and result.nodata_pct == 0


def test_unreadable_tile_is_named(tmp_path):
    text = tmp_path / "notes.asc"
    text.write_text("not a grid\n")
    with pytest.raises(dp.DemPreparationError) as error:
        dp.prepare_dem([str(text)], tmp_path / "x.tif", L93)
    assert error.value.code == "unreadable" and error.value.details["path"] == str(text)
    with pytest.raises(dp.DemPreparationError) as error:
        dp.prepare_dem([], tmp_path / "x.tif", L93)
    assert error.value.code == "no_tiles"


def test_geographic_target_is_refused(layout, tmp_path):
    with pytest.raises(dp.DemPreparationError) as error:
        dp.prepare_dem([layout["a"]], tmp_path / "x.tif", "EPSG:4326")
    assert error.value.code == "geographic_target"


def test_nodata_cells_are_never_blended_into_elevations(tmp_path):
    holed = dem_tiles.write_l93(tmp_path / "holed.tif", A_BOUNDS, nodata=-9999.0,
                                hole=(40, 40, 60, 60))
    result = dp.prepare_dem([holed], tmp_path / "out.tif", L93, resolution=10.0)
    z, x, y = dem_tiles.read(result.path)
    valid = ~np.isnan(z)
    assert np.nanmax(np.abs(z - plane(x, y))[valid]) < dem_tiles.PLANE_GRADIENT * CELL
    hole = inside((651000, 7051000, 651500, 7051500), x, y, CELL)
    assert np.isnan(z[hole]).all()
    assert result.nodata_pct == pytest.approx(100 * (20 * 20) / (100 * 100), abs=1.0)


@contextmanager
def ascii_grids_as(data_type):
    """GDAL's type for ASCII grids with decimals (QGIS sets Float64, GDAL alone Float32)."""
    before = gdal.GetConfigOption("AAIGRID_DATATYPE")
    gdal.SetConfigOption("AAIGRID_DATATYPE", data_type)
    try:
        yield
    finally:
        gdal.SetConfigOption("AAIGRID_DATATYPE", before)


def test_mixed_types_colour_interpretations_and_nodata_values_in_one_grid(tmp_path):
    # a Float32 ASCII grid ("undefined") beside a Float64 GeoTIFF ("gray") with another nodata
    # value: gdalbuildvrt alone would skip the GeoTIFF
    asc = dem_tiles.write_l93(tmp_path / "a.asc", A_BOUNDS, driver="AAIGrid", nodata=-9999.0)
    tif = dem_tiles.write_l93(tmp_path / "b.tif", B_BOUNDS, nodata=-32768.0,
                              data_type=gdal.GDT_Float64)
    with ascii_grids_as("Float32"):  # QGIS sets Float64
        assert [t.data_type for t in dp.inspect_tiles([asc, tif])] == [gdal.GDT_Float32,
                                                                       gdal.GDT_Float64]
    with ascii_grids_as("Float32"):
        result = dp.prepare_dem([asc, tif], tmp_path / "out.tif", L93)
    z, x, y = dem_tiles.read(result.path)
    assert result.group_count == 1 and result.nodata_pct == 0
    assert np.nanmax(np.abs(z - plane(x, y))) < 1e-3


def test_cancel_leaves_no_file(layout, tmp_path):
    output = tmp_path / "cancelled.tif"
    with pytest.raises(dp.CanceledError):
        dp.prepare_dem(list(layout.values()), output, L93, resolution=5.0,
                       progress=lambda fraction: fraction < 0.2)
    assert not output.exists()


def test_progress_rises_to_the_end(layout, tmp_path):
    seen = []
    dp.prepare_dem([layout["a"]], tmp_path / "p.tif", L93, resolution=2.0,
                   progress=lambda fraction: seen.append(fraction) or True)
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and len(seen) > 10


def test_the_same_errors_when_gdal_raises_exceptions(layout, tmp_path):
    bare = dem_tiles.write_l93(tmp_path / "bare.asc", A_BOUNDS, driver="AAIGrid",
                               with_crs=False)
    text = tmp_path / "notes.asc"
    text.write_text("not a grid\n")
    with gdal_exceptions():
        for paths, code in (([str(text)], "unreadable"), ([bare], "no_crs")):
            with pytest.raises(dp.DemPreparationError) as error:
                dp.prepare_dem(paths, tmp_path / "x.tif", L93)
            assert error.value.code == code
        with pytest.raises(dp.CanceledError):
            dp.prepare_dem(list(layout.values()), tmp_path / "c.tif", L93, resolution=5.0,
                           progress=lambda fraction: fraction < 0.2)
        assert not (tmp_path / "c.tif").exists()
        result = dp.prepare_dem([bare, layout["b"]], tmp_path / "ok.tif", L93,
                                default_crs="EPSG:2154")
    assert result.nodata_pct == 0 and result.group_count == 1
