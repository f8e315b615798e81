"""`make bench`, slope profiles: itinerance:slopeprofile against QGIS's own three-step pipeline
(densify → set Z from raster → climb along line) on the same lines and DEM, same run, both
through qgis_process.bin. The DEM is the sample territory's relief at 5 m cells."""

import argparse
import sys
from pathlib import Path

import numpy as np
import rasterio
from osgeo import ogr
from rasterio.transform import from_origin
from rasterio.windows import Window

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_common import prepare, random_walks, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

from itinerance.processing.logic.sample import monts as relief  # noqa: E402

ROOT = HERE.parent.parent
AREA = (660000.0, 7060000.0, 685000.0, 7085000.0)  # the Monts de Flandre, 25 km square


def write_dem(path, cell):
    """The analytic relief at ``cell`` metres, written block by block (never whole in memory)."""
    xmin, ymin, xmax, ymax = AREA
    cols, rows = int((xmax - xmin) / cell), int((ymax - ymin) / cell)
    profile = {"driver": "GTiff", "width": cols, "height": rows, "count": 1, "dtype": "float32",
               "crs": "EPSG:2154", "transform": from_origin(xmin, ymax, cell, cell),
               "tiled": True, "blockxsize": 512, "blockysize": 512, "compress": "deflate",
               "predictor": 3, "nodata": -9999.0}
    x = xmin + cell * (np.arange(cols) + 0.5)
    with rasterio.open(path, "w", **profile) as dataset:
        for row in range(0, rows, 512):
            height = min(512, rows - row)
            y = ymax - cell * (np.arange(row, row + height) + 0.5)
            block = relief.elevation(x[None, :], y[:, None]).astype("float32")
            dataset.write(block, 1, window=Window(0, row, cols, height))
    return cols, rows


def random_lines(total_km, count, seed):
    xmin, ymin, xmax, ymax = AREA
    walks = random_walks(total_km, count, seed, 50, 0.15, (xmin + 2000, ymin + 2000),
                         (xmax - 2000, ymax - 2000))
    return [np.clip(xy, (xmin + 10, ymin + 10), (xmax - 10, ymax - 10)) for xy in walks]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_profile")
    parser.add_argument("--km", type=float, default=1000)
    parser.add_argument("--cell", type=float, default=5)
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)

    dem = work / "dem5m.tif"
    cols, rows = write_dem(dem, args.cell)
    lines_path = work / "lines.gpkg"
    lines = random_lines(args.km, 100, seed=4)
    write_layer(lines_path, "lines", ogr.wkbLineString,
                [(linestring_wkt(xy), {"name": f"line {i}"}) for i, xy in enumerate(lines)],
                (("name", ogr.OFTString),))
    step = args.cell / 2
    print(f"{args.km:.0f} km of lines (100 lines), DEM {cols} x {rows} at {args.cell:g} m, "
          f"a sample every {step:g} m:", flush=True)
    source = f"{lines_path}|layername=lines"
    def ours_run(**outputs):
        return qgis.run("itinerance:slopeprofile", LINES=source, ID_FIELD="name", DEM=dem,
                        STEP=step, **outputs)

    ours, result = timed("itinerance:slopeprofile (lines with Z, figures, climbs)",
                         lambda: ours_run(OUTPUT=work / "ours.gpkg",
                                          CLIMBS=work / "ours_climbs.gpkg"))
    with_points, _ = timed("itinerance:slopeprofile (and a PROFILE point every step)",
                           lambda: ours_run(OUTPUT=work / "ours2.gpkg",
                                            PROFILE=work / "ours_points.gpkg",
                                            CLIMBS=work / "ours_climbs2.gpkg"))
    native = 0.0
    for label, algorithm, params in (
            ("native:densifygeometriesgivenaninterval", "native:densifygeometriesgivenaninterval",
             {"INPUT": source, "INTERVAL": step, "OUTPUT": work / "dense.gpkg"}),
            ("native:setzfromraster", "native:setzfromraster",
             {"INPUT": work / "dense.gpkg", "RASTER": dem, "BAND": 1,
              "OUTPUT": work / "draped.gpkg"}),
            ("qgis:climbalongline", "qgis:climbalongline",
             {"INPUT": work / "draped.gpkg", "OUTPUT": work / "climb.gpkg"})):
        seconds, native_result = timed(label, lambda a=algorithm, p=params: qgis.run(a, **p))
        native += seconds
    ours_gain = result["results"]["TOTAL_GAIN_M"]
    native_gain = native_result["results"]["TOTALCLIMB"]
    print(f"\nthrough qgis_process.bin: slopeprofile {ours:.2f} s, native pipeline {native:.2f} s: "
          f"ratio {native / ours:.1f} (native / ours); with the PROFILE points written too: "
          f"{with_points:.2f} s, ratio {native / with_points:.1f}")
    print(f"total gain: ours {ours_gain:.0f} m (bilinear), native {native_gain:.0f} m "
          f"(nearest cell)")
    startup, _ = timed("qgis_process.bin start and exit (native:centroids on 1 feature)",
                       lambda: qgis.run("native:centroids", INPUT=source + "|subset=fid=1",
                                        OUTPUT=work / "one.gpkg"))
    inside_qgis(work, source, dem, step, lines, startup)
    return 0


def inside_qgis(work, source, dem, step, lines, startup):
    """The same comparison inside one QGIS process (no start-up per step), and the floor no
    profile tool can go under: reading the DEM cells under the lines."""
    sys.path.insert(0, str(HERE.parent))
    from qgis_env import start_qgis

    start_qgis()
    import processing

    from itinerance.processing.logic.relief import dem_sampling, profile

    def ours():
        return processing.run("itinerance:slopeprofile", {
            "LINES": source, "ID_FIELD": "name", "DEM": str(dem), "STEP": step,
            "OUTPUT": str(work / "in_ours.gpkg"), "CLIMBS": str(work / "in_climbs.gpkg"),
            "PROFILE": None})

    def native():
        processing.run("native:densifygeometriesgivenaninterval",
                       {"INPUT": source, "INTERVAL": step, "OUTPUT": str(work / "in_d.gpkg")})
        processing.run("native:setzfromraster",
                       {"INPUT": str(work / "in_d.gpkg"), "RASTER": str(dem), "BAND": 1,
                        "OUTPUT": str(work / "in_z.gpkg")})
        processing.run("qgis:climbalongline",
                       {"INPUT": str(work / "in_z.gpkg"), "OUTPUT": str(work / "in_c.gpkg")})

    def read_dem():
        with dem_sampling.DemSampler(str(dem)) as sampler:
            for xy in lines:
                _, points = profile.densify(xy, step)
                sampler.sample(points[:, 0], points[:, 1])

    best = {}
    for label, call in (("ours", ours), ("native", native), ("read", read_dem)) * 2:
        for name in ("in_ours", "in_climbs", "in_d", "in_z", "in_c"):
            (work / f"{name}.gpkg").unlink(missing_ok=True)
        seconds, _ = timed(None, call)
        best[label] = min(seconds, best.get(label, seconds))
    print(f"inside QGIS (processing.run, best of 2): slopeprofile {best['ours']:.2f} s, native "
          f"pipeline {best['native']:.2f} s: ratio {best['native'] / best['ours']:.1f}")
    print(f"floors: reading the DEM cells under the lines {best['read']:.2f} s (a 5x target "
          f"inside QGIS would need {best['native'] / 5:.2f} s); qgis_process start {startup:.2f} s"
          f" per call (native pays it 3 times, ours once: at most "
          f"{(3 * startup + best['native']) / (startup + best['read']):.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
