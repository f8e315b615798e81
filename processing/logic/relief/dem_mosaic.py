"""One DEM from many tiles: a mosaic warped into the project CRS as a tiled, compressed GeoTIFF
with overviews, the file ``slopeprofile`` and the exports read fastest.

Pure GDAL/shapely (no QGIS). The steps:

1. Each tile is opened and described (size, geotransform, CRS, type, nodata). A tile without a
   CRS (an IGN ``.asc`` without its ``.prj``) takes the CRS the caller gives for such tiles, or
   is an error naming it.
2. Tiles in the same CRS become one VRT each (in a data type holding all their values): inside
   a VRT the tiles are one grid, so the bilinear resampling of the warp reads across their
   seams (the mosaic is seamless). Gaps between tiles of a VRT are no data.
3. ``gdal.Warp`` reprojects the VRTs (bilinear, right for elevations) onto one grid in the target
   CRS, aligned on multiples of the resolution, cut to the area of interest (the perimeter with
   its margin) when there is one, and writes the GeoTIFF: 512 x 512 tiles, DEFLATE with the
   floating-point predictor, Float32, nodata -99999. Where two VRTs in different CRSs meet, the
   cells within half a source cell of the seam are interpolated from one side only.
4. Overviews (average) are added inside the file until the smallest fits in one tile, and the
   exact statistics are computed and stored in it (QGIS then opens it with its range known).

Errors are ``DemPreparationError`` with a ``code`` and details, which the QGIS glue turns into
translated messages; cancelling (the progress callback returns False) raises ``CanceledError`` and
removes the partial file.
"""

from __future__ import annotations

import math
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple, Union

import numpy as np
from osgeo import gdal, ogr, osr
from shapely import wkb as shapely_wkb
from shapely.geometry import Polygon
from shapely.ops import unary_union

from ..gdal_calls import call

NODATA = -99999.0
BLOCK = 512
CREATION_OPTIONS = ("TILED=YES", f"BLOCKXSIZE={BLOCK}", f"BLOCKYSIZE={BLOCK}", "COMPRESS=DEFLATE",
                    "PREDICTOR=3", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS")
OVERVIEW_OPTIONS = ("COMPRESS_OVERVIEW=DEFLATE", "PREDICTOR_OVERVIEW=3")
WARP_MEMORY_MB = 256
# GDAL approximates the reprojection to 0.125 pixel by default: 3 m on a 25 m grid, 0.15 m of
# elevation on a 5 % slope. 0.01 pixel costs no measurable time (tests: 90 % of the cells of
# foreign tiles within 0.002 m of the function instead of 0.007 m).
ERROR_THRESHOLD = 0.01
# Share of the work each step takes, for the progress bar.
WARP_SHARE, OVERVIEW_SHARE = 0.75, 0.15
# A VRT's fill value where no tile of it has data, when its tiles declare no nodata value.
FILL_BY_TYPE: Dict[int, float] = {
    gdal.GDT_Byte: 255, gdal.GDT_UInt16: 65535, gdal.GDT_Int16: -32768,
    gdal.GDT_UInt32: 4294967295, gdal.GDT_Int32: -2147483648}


PathLike = Union[str, "os.PathLike[str]"]
Geometry = Any  # a shapely geometry (shapely 1.8 gives no type information)
ProgressReport = Callable[[float], Optional[bool]]  # False cancels
Log = Callable[..., None]  # log(code, **details)
GdalProgress = Callable[[float, Optional[str], Any], int]


class DemPreparationError(Exception):
    """What is wrong, as a ``code`` and ``details`` the glue words for the user.

    Codes: ``no_tiles``, ``unreadable`` (path, detail), ``no_crs`` (paths), ``bad_crs`` (what),
    ``geographic_target``, ``no_overlap``, ``no_data``, ``too_large`` (width, height),
    ``gdal`` (step, detail)."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(f"{code}: {details}")
        self.code = code
        self.details = details


class CanceledError(Exception):
    """The progress callback asked to stop; nothing is left on disk."""


@dataclass(frozen=True)
class Tile:
    path: str
    width: int
    height: int
    geotransform: Tuple[float, float, float, float, float, float]
    srs: osr.SpatialReference
    data_type: int
    nodata: Optional[float]
    own_crs: bool  # False when the CRS was given by the caller


@dataclass(frozen=True)
class PreparedDem:
    path: str
    tile_count: int
    width: int
    height: int
    resolution: float
    min_elevation: float
    max_elevation: float
    nodata_pct: float
    group_count: int  # VRTs, one per CRS and data type


def spatial_reference(text: Optional[str]) -> osr.SpatialReference:
    """An osr.SpatialReference (x/easting first) from WKT, ``EPSG:n`` or anything GDAL reads."""
    srs = osr.SpatialReference()
    if not text or call(srs.SetFromUserInput, text) != 0:
        raise DemPreparationError("bad_crs", what=text)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def inspect_tiles(paths: Sequence[PathLike], default_crs: Optional[str] = None) -> List[Tile]:
    """``Tile`` of each path (duplicates once). Tiles without a CRS take ``default_crs``
    (WKT or ``EPSG:n``); without it, ``no_crs`` names every such tile."""
    if not paths:
        raise DemPreparationError("no_tiles")
    default = spatial_reference(default_crs) if default_crs else None
    tiles: List[Tile] = []
    without_crs: List[str] = []
    seen = set()
    for given in paths:
        path = os.fspath(given)
        key = os.path.realpath(path) if os.path.exists(path) else path
        if key in seen:
            continue
        seen.add(key)
        dataset = call(gdal.OpenEx, path, gdal.OF_RASTER)
        if dataset is None:
            detail = gdal.GetLastErrorMsg() or "not a raster"
            raise DemPreparationError("unreadable", path=path, detail=detail)
        if dataset.RasterCount < 1:
            raise DemPreparationError("unreadable", path=path, detail="no band")
        srs = dataset.GetSpatialRef()
        if srs is None:
            if default is None:
                without_crs.append(path)
                continue
            srs, own = default, False
        else:
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            own = True
        band = dataset.GetRasterBand(1)
        tiles.append(Tile(path, dataset.RasterXSize, dataset.RasterYSize,
                          tuple(dataset.GetGeoTransform()), srs, band.DataType,
                          band.GetNoDataValue(), own))
    if without_crs:
        raise DemPreparationError("no_crs", paths=without_crs)
    return tiles


def _transformer(source: osr.SpatialReference,
                 target: osr.SpatialReference) -> osr.CoordinateTransformation:
    return osr.CoordinateTransformation(source, target)


def _pixel_to_map(geotransform: Sequence[float], col: float, row: float) -> Tuple[float, float]:
    g = geotransform
    return g[0] + col * g[1] + row * g[2], g[3] + col * g[4] + row * g[5]


def cell_size_in(tile: Tile, target: osr.SpatialReference) -> float:
    """The side (target units) of the square with the area of the tile's centre cell once in
    ``target``: 25 for a 25 m Lambert-93 tile; about 24 m for a 1" SRTM tile at 50° N."""
    transform = _transformer(tile.srs, target)
    col, row = tile.width / 2.0, tile.height / 2.0
    corners = [_pixel_to_map(tile.geotransform, col + dc, row + dr)
               for dc, dr in ((0, 0), (1, 0), (0, 1))]
    (x0, y0, _), (x1, y1, _), (x2, y2, _) = transform.TransformPoints(corners)
    area = abs((x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0))
    return math.sqrt(area)


def footprint(tile: Tile, target: osr.SpatialReference, points_per_edge: int = 16) -> Geometry:
    """The tile's outline in ``target``, each edge densified (a geographic tile's edges curve
    in a projection)."""
    steps = [i / points_per_edge for i in range(points_per_edge)]
    w, h = tile.width, tile.height
    ring = ([(w * s, 0) for s in steps] + [(w, h * s) for s in steps]
            + [(w * (1 - s), h) for s in steps] + [(0, h * (1 - s)) for s in steps])
    points = [_pixel_to_map(tile.geotransform, c, r) for c, r in ring]
    projected = _transformer(tile.srs, target).TransformPoints(points)
    return Polygon([(x, y) for x, y, _ in projected]).buffer(0)


def group_tiles(tiles: Iterable[Tile]) -> List[List[Tile]]:
    """Lists of tiles sharing a CRS (compared by meaning, not by WKT text: an ESRI .prj and an
    EPSG code of Lambert-93 are one group), in input order."""
    groups: List[List[Tile]] = []
    for tile in tiles:
        for group in groups:
            if group[0].srs.IsSame(tile.srs):
                group.append(tile)
                break
        else:
            groups.append([tile])
    return groups


def group_type(group: Sequence[Tile]) -> int:
    """The data type holding every tile's values (QGIS reads ASCII grids as Float64, GDAL
    alone as Float32; a GeoTIFF beside them may be Int16)."""
    data_type = group[0].data_type
    for tile in group[1:]:
        data_type = gdal.DataTypeUnion(data_type, tile.data_type)
    return data_type


def default_resolution(tiles: Iterable[Tile], target: osr.SpatialReference) -> float:
    """The finest cell size of the tiles in ``target`` units, rounded down to three
    significant figures: 20 m UTM cells are 20.01 m in Lambert-93 and give 20 m, a 1"
    SRTM tile at 50° N 24.0 m, a 1 m RGE ALTI tile 1 m."""
    finest = min(cell_size_in(tile, target) for tile in tiles)
    unit = 10.0 ** (math.floor(math.log10(finest)) - 2)
    return round(math.floor(finest / unit * (1 + 1e-6)) * unit, 12)  # 0.99999999 m is 1 m


def area_of_interest(perimeter_wkbs: Iterable[Optional[bytes]],
                     margin: float) -> Optional[Geometry]:
    """The union of the perimeter polygons (WKB, in the target CRS) grown by ``margin``; None
    without polygons."""
    shapes = [shapely_wkb.loads(bytes(blob)) for blob in perimeter_wkbs if blob]
    shapes = [shape for shape in shapes if not shape.is_empty]
    if not shapes:
        return None
    union = unary_union([shape.buffer(0) for shape in shapes])
    return union.buffer(margin) if margin > 0 else union


def aligned_grid(bounds: Sequence[float],
                 resolution: float) -> Tuple[float, float, float, float, int, int]:
    """(xmin, ymin, xmax, ymax, width, height) covering ``bounds`` with cells on multiples of
    ``resolution``: two runs over the same area give the same grid."""
    xmin, ymin, xmax, ymax = bounds
    xmin = math.floor(xmin / resolution) * resolution
    ymin = math.floor(ymin / resolution) * resolution
    xmax = math.ceil(xmax / resolution) * resolution
    ymax = math.ceil(ymax / resolution) * resolution
    width = max(1, int(round((xmax - xmin) / resolution)))
    height = max(1, int(round((ymax - ymin) / resolution)))
    return xmin, ymin, xmin + width * resolution, ymin + height * resolution, width, height


def overview_factors(width: int, height: int, block: int = BLOCK) -> List[int]:
    """2, 4, 8… until the overview fits in one block."""
    factors: List[int] = []
    factor = 2
    while max(width, height) / (factor // 2) > block:
        factors.append(factor)
        factor *= 2
    return factors


class _Progress:
    """GDAL progress callbacks over one share of the whole work; False from ``report`` (the
    caller's) makes GDAL stop."""

    def __init__(self, report: Optional[ProgressReport]) -> None:
        self.report = report
        self.done = 0.0
        self.canceled = False

    def step(self, share: float) -> GdalProgress:
        start = self.done
        self.done += share

        def callback(complete: float, _message: Optional[str], _data: Any) -> int:
            if self.report is not None and self.report(start + share * complete) is False:
                self.canceled = True
                return 0
            return 1
        return callback


def _vrt_sources(group: Sequence[Tile], name: str,
                 data_type: int) -> Tuple[List[str], List[str]]:
    """The paths the group's VRT reads. gdalbuildvrt skips a tile whose band count, data type
    or colour interpretation differs from the first's (an ASCII grid is "undefined", a GeoTIFF
    "gray"): such a tile is read through a VRT of its first band in ``data_type`` with the
    first tile's interpretation. Returns (paths, the wrapping VRTs to unlink)."""
    def shape(path: str) -> Tuple[int, int, int]:
        dataset = gdal.Open(path)
        band = dataset.GetRasterBand(1)
        return dataset.RasterCount, band.DataType, band.GetColorInterpretation()

    interpretation = shape(group[0].path)[2]
    wanted = (1, data_type, interpretation)
    sources: List[str] = []
    wrappers: List[str] = []
    for index, tile in enumerate(group):
        if shape(tile.path) == wanted:
            sources.append(tile.path)
            continue
        wrapper = f"{name}_{index}.vrt"
        options = (f"-of VRT -b 1 -ot {gdal.GetDataTypeName(data_type)} -colorinterp_1 "
                   f"{gdal.GetColorInterpretationName(interpretation).lower()}")
        if call(gdal.Translate, wrapper, tile.path, options=options) is None:
            raise DemPreparationError("gdal", step="vrt", detail=gdal.GetLastErrorMsg())
        sources.append(wrapper)
        wrappers.append(wrapper)
    return sources, wrappers


def _build_vrt(group: Sequence[Tile], name: str, temporary: List[str]) -> Any:
    """One VRT of the group's tiles (every tile in it, checked); names of the temporary files
    made are appended to ``temporary``."""
    data_type = group_type(group)
    nodata = next((t.nodata for t in group if t.nodata is not None), None)
    if nodata is None:
        nodata = FILL_BY_TYPE.get(data_type, NODATA)
    sources, wrappers = _vrt_sources(group, name, data_type)
    temporary.extend(wrappers)
    # the group shares one CRS by meaning (group_tiles): its WKT is given to the VRT, whose
    # check of the tiles' WKT texts is skipped (it would refuse an ESRI .prj beside an EPSG
    # GeoTIFF, and tiles given the CRS for tiles without one)
    options = gdal.BuildVRTOptions(resolution="highest", resampleAlg="bilinear",
                                   VRTNodata=nodata, outputSRS=group[0].srs.ExportToWkt(),
                                   allowProjectionDifference=True)
    vrt = call(gdal.BuildVRT, name, sources, options=options)
    temporary.append(name)
    if vrt is None:
        raise DemPreparationError("gdal", step="vrt", detail=gdal.GetLastErrorMsg())
    read = set(vrt.GetFileList() or ())
    missing = [tile.path for tile, source in zip(group, sources) if source not in read]
    if missing:  # never dropped silently
        raise DemPreparationError("gdal", step="vrt",
                                  detail=f"{', '.join(missing)}: {gdal.GetLastErrorMsg()}")
    return vrt


def _write_cutline(name: str, area: Geometry, target: osr.SpatialReference) -> None:
    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(name)
    layer = source.CreateLayer("cutline", target, ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(area.wkb)))
    layer.CreateFeature(feature)
    source = None  # flushed and closed


def _remove(path: str) -> None:
    for suffix in ("", ".aux.xml", ".ovr"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def prepare_dem(paths: Sequence[PathLike], output: PathLike, target_crs: str,
                resolution: float = 0.0, perimeter_wkbs: Iterable[Optional[bytes]] = (),
                margin: float = 0.0, default_crs: Optional[str] = None,
                progress: Optional[ProgressReport] = None, log: Optional[Log] = None,
                max_cells: int = 2 ** 34) -> PreparedDem:
    """Mosaic, reproject and write the DEM; returns a ``PreparedDem``.

    ``target_crs``: WKT or ``EPSG:n`` of a projected CRS; ``resolution`` in its units (0: the
    finest tile); ``perimeter_wkbs``: polygons in the target CRS to cut to, grown by ``margin``;
    ``default_crs``: the CRS of tiles that have none; ``progress(fraction)`` returning False
    cancels; ``log(code, **details)`` hears what the run decided."""
    say: Log = log or (lambda code, **details: None)

    # GDAL's warnings go to the log, not stderr
    def gdal_message(level: int, _number: int, message: str) -> None:
        if level == gdal.CE_Warning:
            say("gdal_warning", message=message)

    gdal.PushErrorHandler(gdal_message)
    try:
        return _prepare(paths, output, target_crs, resolution, perimeter_wkbs, margin,
                        default_crs, progress, say, max_cells)
    finally:
        gdal.PopErrorHandler()


def _prepare(paths: Sequence[PathLike], output: PathLike, target_crs: str, resolution: float,
             perimeter_wkbs: Iterable[Optional[bytes]], margin: float,
             default_crs: Optional[str], progress: Optional[ProgressReport], log: Log,
             max_cells: int) -> PreparedDem:
    target = spatial_reference(target_crs)
    if target.IsGeographic():
        raise DemPreparationError("geographic_target")
    tiles = inspect_tiles(paths, default_crs)
    assigned = [tile.path for tile in tiles if not tile.own_crs]
    if assigned:
        log("assigned_crs", paths=assigned)
    if resolution <= 0:
        resolution = default_resolution(tiles, target)
        log("resolution", resolution=resolution)
    covered = unary_union([footprint(tile, target) for tile in tiles])
    area = area_of_interest(perimeter_wkbs, margin)
    grid = _output_grid(covered, area, resolution, max_cells)
    groups = group_tiles(tiles)
    path = os.fspath(output)
    minimum, maximum, valid_cells = _write(path, groups, target, area, grid, _Progress(progress))
    wanted_cells = grid.width * grid.height if area is None else area.area / resolution ** 2
    nodata_pct = min(100.0, max(0.0, 100.0 * (1.0 - valid_cells / wanted_cells)))
    return PreparedDem(path, len(tiles), grid.width, grid.height, resolution, minimum, maximum,
                       nodata_pct, len(groups))


class _Grid(NamedTuple):
    """The output grid: its bounds (xmin, ymin, xmax, ymax), size in cells, cell size."""

    bounds: Tuple[float, float, float, float]
    width: int
    height: int
    resolution: float


def _output_grid(covered: Geometry, area: Optional[Geometry], resolution: float,
                 max_cells: int) -> _Grid:
    """The grid over what the tiles cover, cut to the area of interest when there is one."""
    extent = covered if area is None else covered.intersection(area)
    if extent.is_empty:
        raise DemPreparationError("no_overlap")
    xmin, ymin, xmax, ymax, width, height = aligned_grid(extent.bounds, resolution)
    if width * height > max_cells:
        raise DemPreparationError("too_large", width=width, height=height)
    return _Grid((xmin, ymin, xmax, ymax), width, height, resolution)


def _write(output: str, groups: List[List[Tile]], target: osr.SpatialReference,
           area: Optional[Geometry], grid: _Grid, steps: _Progress) -> Tuple[float, float, int]:
    """Warp the groups' VRTs into ``output``, then add its overviews and statistics: (min, max,
    cells with data). A failed or cancelled run leaves no file, and no temporary one."""
    run = f"/vsimem/itinerance_dem_{uuid.uuid4().hex}"
    temporary: List[str] = []  # /vsimem files, unlinked at the end
    cutline = f"{run}_cutline.gpkg" if area is not None else None
    _remove(output)  # a file left by an earlier run is replaced, never updated
    try:
        vrts: Optional[List[Any]] = [_build_vrt(group, f"{run}_{i}.vrt", temporary)
                                     for i, group in enumerate(groups)]
        if cutline:
            temporary.append(cutline)
            _write_cutline(cutline, area, target)
        options = gdal.WarpOptions(
            format="GTiff", dstSRS=target.ExportToWkt(), outputBounds=grid.bounds,
            xRes=grid.resolution, yRes=grid.resolution, resampleAlg="bilinear",
            outputType=gdal.GDT_Float32, workingType=gdal.GDT_Float32, dstNodata=NODATA,
            errorThreshold=ERROR_THRESHOLD,
            creationOptions=list(CREATION_OPTIONS), multithread=True,
            warpMemoryLimit=WARP_MEMORY_MB * 1024 * 1024, cutlineDSName=cutline,
            callback=steps.step(WARP_SHARE))
        warped = call(gdal.Warp, output, vrts, options=options)
        vrts = None
        if steps.canceled:
            raise CanceledError()
        if warped is None:
            raise DemPreparationError("gdal", step="warp", detail=gdal.GetLastErrorMsg())
        warped = None  # written and closed before the overviews
        minimum, maximum, valid_cells = _finish(output, grid.width, grid.height, steps)
        if not valid_cells:
            raise DemPreparationError("no_data")
        return minimum, maximum, valid_cells
    except BaseException:
        warped = None
        _remove(output)
        raise
    finally:
        for name in temporary:
            gdal.Unlink(name)


def _finish(output: str, width: int, height: int,
            steps: _Progress) -> Tuple[float, float, int]:
    """Overviews and exact statistics, stored in the file; (min, max, cells with data)."""
    dataset = call(gdal.Open, output, gdal.GA_Update)
    if dataset is None:
        raise DemPreparationError("gdal", step="open", detail=gdal.GetLastErrorMsg())
    factors = overview_factors(width, height)
    callback = steps.step(OVERVIEW_SHARE)
    if factors:
        done = call(dataset.BuildOverviews, "AVERAGE", factors, callback, None,
                     list(OVERVIEW_OPTIONS))
        if steps.canceled:
            raise CanceledError()
        if done != 0:
            raise DemPreparationError("gdal", step="overviews", detail=gdal.GetLastErrorMsg())
    statistics = _statistics(dataset.GetRasterBand(1), width, height,
                             steps.step(1.0 - WARP_SHARE - OVERVIEW_SHARE))
    if steps.canceled:
        raise CanceledError()
    return statistics


def _statistics(band: Any, width: int, height: int,
                callback: GdalProgress) -> Tuple[float, float, int]:
    """Exact (min, max, valid cell count), read block row by block row with numpy, stored in
    the file as its statistics (GDAL's own round the valid share to 0.01 %: a few holes in a
    large DEM would read 0)."""
    count, total, squares = 0, 0.0, 0.0
    minimum, maximum = math.inf, -math.inf
    for row in range(0, height, BLOCK):
        rows = min(BLOCK, height - row)
        values = band.ReadAsArray(0, row, width, rows)
        values = values[(values != NODATA) & ~np.isnan(values)].astype(np.float64)
        if values.size:
            count += values.size
            total += values.sum()
            squares += np.square(values).sum()
            minimum, maximum = min(minimum, values.min()), max(maximum, values.max())
        if not callback((row + rows) / height, None, None):
            return math.nan, math.nan, 0
    if not count:
        return math.nan, math.nan, 0
    mean = total / count
    band.SetStatistics(float(minimum), float(maximum), mean,
                       math.sqrt(max(squares / count - mean * mean, 0.0)))
    band.SetMetadataItem("STATISTICS_VALID_PERCENT", f"{100.0 * count / (width * height):.6g}")
    return float(minimum), float(maximum), count
