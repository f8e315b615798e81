"""`make bench`, DEM preparation: itinerance:preparedem through qgis_process.bin against GDAL's
own command-line tools doing the same work (gdalwarp with the same options, gdaladdo for the
overviews, gdalinfo -stats for the statistics) on the same tiles, same run.

The tiles: 16 ESRI ASCII grids of 1000 x 1000 cells at 5 m without .prj, like IGN's RGE ALTI
5 m, holding the sample territory's relief (the Monts de Flandre); then the same tiles as
GeoTIFFs reprojected to UTM 31N."""

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_common import prepare, timed  # noqa: E402

from itinerance.processing.logic.relief import dem_mosaic as dem_preparation  # noqa: E402
from itinerance.processing.logic.sample import monts as relief  # noqa: E402

ROOT = HERE.parent.parent
ORIGIN = (660000.0, 7065000.0)  # south-west corner of the 4 x 4 tiles (Lambert-93)


def write_tiles(folder, side, cell, driver, extension, cells=1000):
    """side x side tiles of cells x cells; returns their paths."""
    folder.mkdir()
    paths = []
    memory = gdal.GetDriverByName("MEM")
    for i in range(side):
        for j in range(side):
            x0 = ORIGIN[0] + i * cells * cell
            y_top = ORIGIN[1] + (j + 1) * cells * cell
            x = x0 + cell * (np.arange(cells) + 0.5)
            y = y_top - cell * (np.arange(cells) + 0.5)
            z = relief.elevation(x[None, :], y[:, None]).astype("float32")
            dataset = memory.Create("", cells, cells, 1, gdal.GDT_Float32)
            dataset.SetGeoTransform((x0, cell, 0.0, y_top, 0.0, -cell))
            dataset.GetRasterBand(1).WriteArray(z)
            dataset.GetRasterBand(1).SetNoDataValue(-9999.0)
            path = folder / f"tile_{i}_{j}.{extension}"
            options = ["DECIMAL_PRECISION=2"] if driver == "AAIGrid" else []
            gdal.GetDriverByName(driver).CreateCopy(str(path), dataset, options=options)
            paths.append(str(path))
    return paths


def gdal_tools(tiles, output, crs, cell):
    """The same work with GDAL's command-line tools: warp, overviews, statistics."""
    creation = [arg for option in dem_preparation.CREATION_OPTIONS for arg in ("-co", option)]
    subprocess.run(["gdalwarp", "-q", "-overwrite", "-s_srs", "EPSG:2154", "-t_srs", crs,
                    "-tr", str(cell), str(cell), "-tap", "-r", "bilinear", "-ot", "Float32",
                    "-wt", "Float32", "-dstnodata", str(dem_preparation.NODATA),
                    "-et", str(dem_preparation.ERROR_THRESHOLD), "-multi", "-wm",
                    str(dem_preparation.WARP_MEMORY_MB), "-of", "GTiff", *creation, *tiles,
                    str(output)], check=True)
    warped = gdal.Open(str(output))
    factors = dem_preparation.overview_factors(warped.RasterXSize, warped.RasterYSize)
    warped = None
    config = [arg for option in dem_preparation.OVERVIEW_OPTIONS
              for arg in ("--config", *option.split("="))]
    subprocess.run(["gdaladdo", "-q", "-r", "average", *config, str(output),
                    *map(str, factors)], check=True)
    subprocess.run(["gdalinfo", "-stats", str(output)], check=True, stdout=subprocess.DEVNULL)


def compare(ours, theirs):
    """Largest difference between two DEMs on their common grid, and cells with data in one
    only (the GDAL tools warp tile by tile: no bilinear across the seams)."""
    a, b = gdal.Open(str(ours)), gdal.Open(str(theirs))
    if a.GetGeoTransform() != b.GetGeoTransform() or a.RasterXSize != b.RasterXSize:
        return None
    za = a.GetRasterBand(1).ReadAsArray()
    zb = b.GetRasterBand(1).ReadAsArray()
    valid_a, valid_b = za != dem_preparation.NODATA, zb != dem_preparation.NODATA
    both = valid_a & valid_b
    return float(np.abs(za[both] - zb[both]).max()), int((valid_a != valid_b).sum())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_dem")
    parser.add_argument("--side", type=int, default=4, help="tiles per side (side² tiles)")
    parser.add_argument("--cell", type=float, default=5.0)
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    count = args.side ** 2
    print(f"{count} tiles of 1000 x 1000 cells at {args.cell:g} m "
          f"({args.side * 5:g} km square at 5 m):", flush=True)
    asc = write_tiles(work / "asc", args.side, args.cell, "AAIGrid", "asc")
    tif = write_tiles(work / "tif", args.side, args.cell, "GTiff", "tif")
    for label, tiles, crs in (("ASCII grids, Lambert-93 to Lambert-93", asc, "EPSG:2154"),
                              ("GeoTIFFs, Lambert-93 to UTM 31N", tif, "EPSG:32631")):
        print(f"\n{label}:", flush=True)
        ours_path, theirs_path = work / f"ours_{crs[5:]}.tif", work / f"gdal_{crs[5:]}.tif"
        ours, result = timed("itinerance:preparedem (qgis_process.bin)", lambda t=tiles, c=crs,
                             o=ours_path: qgis.run(
            "itinerance:preparedem", INPUT=t, SOURCE_CRS="EPSG:2154", TARGET_CRS=c,
            RESOLUTION=args.cell, OUTPUT=o))
        theirs, _ = timed("gdalwarp + gdaladdo + gdalinfo -stats",
                          lambda t=tiles, o=theirs_path, c=crs: gdal_tools(t, o, c, args.cell))
        warp_only, _ = timed("gdalwarp alone", lambda t=tiles, c=crs: subprocess.run(
            ["gdalwarp", "-q", "-overwrite", "-s_srs", "EPSG:2154", "-t_srs", c, "-tr",
             str(args.cell), str(args.cell), "-tap", "-r", "bilinear", "-ot", "Float32",
             "-dstnodata", str(dem_preparation.NODATA), "-multi", "-wm",
             str(dem_preparation.WARP_MEMORY_MB), "-co", "TILED=YES", "-co",
             "COMPRESS=DEFLATE", "-co", "PREDICTOR=3", "-co", "NUM_THREADS=ALL_CPUS", *t,
             str(work / "warp_only.tif")], check=True))
        figures = result["results"]
        difference = compare(ours_path, theirs_path)
        print(f"  {figures['WIDTH']:.0f} x {figures['HEIGHT']:.0f} cells, "
              f"{figures['MIN_ELEVATION_M']:.1f}-{figures['MAX_ELEVATION_M']:.1f} m, "
              f"no data {figures['NODATA_PCT']:.2f} %")
        if difference:
            print(f"  same grid as GDAL's tools; largest difference {difference[0]:.4f} m, "
                  f"{difference[1]} cells with data in one only")
        print(f"  ratio ours / GDAL tools doing the same: {ours / theirs:.2f}; "
              f"ours / gdalwarp alone: {ours / warp_only:.2f}", flush=True)
    small = write_tiles(work / "small", 1, args.cell, "GTiff", "tif", cells=10)
    timed("\nitinerance:preparedem on one tile of 10 x 10 cells (qgis_process start-up and "
          "plugin load, nearly no work)", lambda: qgis.run(
              "itinerance:preparedem", INPUT=small, SOURCE_CRS="EPSG:2154",
              OUTPUT=work / "small.tif"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
