"""DEM tiles of a known function, written by the tests: ESRI ASCII grids and GeoTIFFs in
Lambert-93, WGS84 or UTM 31N, each cell holding the function at its centre computed in
Lambert-93 (pyproj, independent of the code under test)."""

import numpy as np
from osgeo import gdal, osr
from pyproj import Transformer

L93 = "EPSG:2154"
# The layout of the tests: two Lambert-93 tiles side by side (an ASCII grid, a GeoTIFF), a
# WGS84 tile north of both and a UTM 31N tile east of them, each foreign tile overlapping its
# neighbours by a few cells (as tiles of two products do).
A_BOUNDS = (650000.0, 7050000.0, 652500.0, 7052500.0)
B_BOUNDS = (652500.0, 7050000.0, 655000.0, 7052500.0)
NORTH_BOUNDS = (650000.0, 7052440.0, 655000.0, 7054500.0)  # in Lambert-93, covered in WGS84
EAST_BOUNDS = (654940.0, 7050000.0, 657000.0, 7052500.0)  # in Lambert-93, covered in UTM 31N
CELL = 25.0
WGS84_CELL = (0.0003, 0.0002)  # degrees: about 21 m by 22 m at 50.6° N
UTM_CELL = 20.0


def plane(x, y):
    return 50.0 + 0.04 * (np.asarray(x) - 650000.0) + 0.03 * (np.asarray(y) - 7050000.0)


PLANE_GRADIENT = 0.05  # |grad| of plane


def cone(x, y, apex=(652512.5, 7051512.5), top=300.0, slope=0.08):
    return top - slope * np.hypot(np.asarray(x) - apex[0], np.asarray(y) - apex[1])


def _to_l93(crs, x, y):
    if crs == L93:
        return x, y
    return Transformer.from_crs(crs, L93, always_xy=True).transform(x, y)


def covering_grid(bounds_l93, crs, cell):
    """(x0, y_top, nx, ny) of a grid in ``crs`` with ``cell`` (dx, dy) covering the Lambert-93
    rectangle ``bounds_l93``."""
    xmin, ymin, xmax, ymax = bounds_l93
    xs = np.r_[np.linspace(xmin, xmax, 20), np.full(20, xmax), np.linspace(xmin, xmax, 20),
               np.full(20, xmin)]
    ys = np.r_[np.full(20, ymin), np.linspace(ymin, ymax, 20), np.full(20, ymax),
               np.linspace(ymin, ymax, 20)]
    x, y = Transformer.from_crs(L93, crs, always_xy=True).transform(xs, ys)
    dx, dy = cell
    x0, y1 = np.floor(x.min() / dx) * dx, np.ceil(y.max() / dy) * dy
    nx = int(np.ceil((x.max() - x0) / dx))
    ny = int(np.ceil((y1 - y.min()) / dy))
    return x0, y1, nx, ny


def write_tile(path, crs, x0, y_top, nx, ny, cell, function=plane, driver="GTiff",
               with_crs=True, nodata=None, hole=None, data_type=gdal.GDT_Float32):
    """A tile of ``function``; ``hole`` (col0, row0, col1, row1) holds ``nodata``."""
    dx, dy = (cell, cell) if np.isscalar(cell) else cell
    cx = x0 + dx * (np.arange(nx) + 0.5)
    cy = y_top - dy * (np.arange(ny) + 0.5)
    gx, gy = np.meshgrid(cx, cy)
    z = function(*_to_l93(crs, gx, gy))
    if hole is not None:
        c0, r0, c1, r1 = hole
        z[r0:r1, c0:c1] = nodata
    memory = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, data_type)
    memory.SetGeoTransform((x0, dx, 0.0, y_top, 0.0, -dy))
    if with_crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        memory.SetProjection(srs.ExportToWkt())
    band = memory.GetRasterBand(1)
    band.WriteArray(z)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    options = ["DECIMAL_PRECISION=4"] if driver == "AAIGrid" else []
    assert gdal.GetDriverByName(driver).CreateCopy(str(path), memory, options=options)
    return str(path)


def write_l93(path, bounds, function=plane, driver="GTiff", **options):
    xmin, ymin, xmax, ymax = bounds
    return write_tile(path, L93, xmin, ymax, int(round((xmax - xmin) / CELL)),
                      int(round((ymax - ymin) / CELL)), CELL, function, driver, **options)


def write_foreign(path, bounds_l93, crs, cell, function=plane, **options):
    cell = (cell, cell) if np.isscalar(cell) else cell
    x0, y_top, nx, ny = covering_grid(bounds_l93, crs, cell)
    return write_tile(path, crs, x0, y_top, nx, ny, cell, function, **options)


def write_layout(folder, function=plane):
    """The four tiles of the layout: {name: path}."""
    return {
        "a": write_l93(folder / "a.asc", A_BOUNDS, function, driver="AAIGrid"),
        "b": write_l93(folder / "b.tif", B_BOUNDS, function),
        "north": write_foreign(folder / "north.tif", NORTH_BOUNDS, "EPSG:4326", WGS84_CELL,
                               function),
        "east": write_foreign(folder / "east.tif", EAST_BOUNDS, "EPSG:32631", UTM_CELL,
                              function),
    }


def read(path):
    """(values with NaN for no data, cell-centre x, cell-centre y) of a single-band raster."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    g = dataset.GetGeoTransform()
    x = g[0] + g[1] * (np.arange(dataset.RasterXSize) + 0.5)
    y = g[3] + g[5] * (np.arange(dataset.RasterYSize) + 0.5)
    gx, gy = np.meshgrid(x, y)
    return values, gx, gy
