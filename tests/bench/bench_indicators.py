"""`make bench`, territory indicators: every indicator for 50 perimeters on a 50,000-edge network
in one run of itinerance:territoryindicators, against what a planner would otherwise run, per
perimeter, in the same QGIS and the same run: native:clip of the network, the routes and the
green network, then itinerance:airesgap, itinerance:accueilvelocoverage and
itinerance:trameconnectivity on the clipped layers, native:extractbylocation for the aires, the
establishments and the climbs' tops (itinerance:slopeprofile once on the climbs). Both sides
inside QGIS (processing.run, memory outputs), so that qgis_process's start-up, paid per call by
the single algorithms, does not inflate the ratio; the figures of both sides are compared."""

import argparse
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import ogr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests/: synthetic_network
import synthetic_network  # noqa: E402
from bench_common import prepare, random_walks, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

ROOT = HERE.parent.parent
CATEGORIES = ("hebergement", "restauration", "loueur", "reparateur", "site_visite")


def cpu_timed(label, call):
    """``timed`` that also gives the CPU time of this process: on a machine shared with other
    work, the wall times swell but the ratio of CPU times stays put."""
    started = time.process_time()
    seconds, result = timed(label, call)
    cpu = time.process_time() - started
    print(f"    ({cpu:.2f} s of CPU)", flush=True)
    return seconds, cpu, result


def polygon_wkt(ring):
    return "POLYGON((" + ",".join(f"{x:.3f} {y:.3f}" for x, y in ring) + "))"


def perimeters(low, high, count, seed, vertices_per_side=40):
    """``count`` irregular cells (Voronoi) tiling the box, each side densified like a real
    commune boundary."""
    from shapely.geometry import MultiPoint, box
    from shapely.ops import voronoi_diagram

    rng = np.random.default_rng(seed)
    frame = box(*low, *high)
    seeds = MultiPoint([tuple(p) for p in rng.uniform(low, high, (count, 2))])
    cells = []
    for cell in voronoi_diagram(seeds, envelope=frame).geoms:
        ring = np.asarray(cell.intersection(frame).exterior.coords)
        steps = np.linspace(0, 1, vertices_per_side, endpoint=False)[:, None]
        dense = np.concatenate([a + steps * (b - a) for a, b in zip(ring[:-1], ring[1:])])
        cells.append(np.vstack([dense, dense[:1]]))
    return cells


def write_data(work, edges, perimeter_count):
    gpkg = work / "territoire.gpkg"
    network = synthetic_network.grid_lines(edges, seed=1)
    every = np.concatenate(network)
    low, high = every.min(axis=0), every.max(axis=0)
    write_layer(gpkg, "troncons", ogr.wkbLineString,
                [(linestring_wkt(xy), {}) for xy in network])
    aires = synthetic_network.points_along(network, 2000, seed=2)
    write_layer(gpkg, "aires", ogr.wkbPoint,
                [(f"POINT({x:.3f} {y:.3f})", {"kind": "aire_amenagee"}) for x, y in aires],
                (("kind", ogr.OFTString),))
    routes = random_walks(1500, 30, 5, 200, 0.25, low, high)
    write_layer(gpkg, "itineraires", ogr.wkbLineString,
                [(linestring_wkt(xy), {"name": f"route {i}"}) for i, xy in enumerate(routes)],
                (("name", ogr.OFTString),))
    rng = random.Random(9)
    establishments = synthetic_network.points_along(routes, 3000, seed=3, max_offset=6000)
    write_layer(gpkg, "etablissements", ogr.wkbPoint,
                [(f"POINT({x:.3f} {y:.3f})", {"category": rng.choice(CATEGORIES),
                                              "accueil_velo": int(rng.random() < 0.4)})
                 for x, y in establishments],
                (("category", ogr.OFTString), ("accueil_velo", ogr.OFTInteger)))
    trame = synthetic_network.grid_lines(10000, seed=4, spacing=400.0, origin=tuple(low))
    write_layer(gpkg, "trame", ogr.wkbLineString, [(linestring_wkt(xy), {}) for xy in trame])
    poles = synthetic_network.points_along(trame, 200, seed=6, max_offset=200)
    write_layer(gpkg, "poles", ogr.wkbPolygon, [
        (polygon_wkt([(x - 50, y - 50), (x + 50, y - 50), (x + 50, y + 50), (x - 50, y + 50),
                      (x - 50, y - 50)]), {}) for x, y in poles])
    starts = np.random.default_rng(7).uniform(low, high, (200, 2))
    climbs = [np.array([p, p + [1500.0, 0.0]]) for p in starts]  # eastwards, uphill
    write_layer(gpkg, "ascensions", ogr.wkbLineString,
                [(linestring_wkt(xy), {}) for xy in climbs])
    write_layer(gpkg, "perimetres", ogr.wkbPolygon,
                [(polygon_wkt(ring), {"name": f"commune {i}"})
                 for i, ring in enumerate(perimeters(low, high, perimeter_count, 8))],
                (("name", ogr.OFTString),))
    dem = write_dem(work / "dem.tif", low - 2000, high + 2000)
    return gpkg, dem, len(network)


def write_dem(path, low, high, cell=25.0):
    """Rolling hills rising eastwards: z = 0.04 x + 30 sin(y / 1500)."""
    import rasterio
    from rasterio.transform import from_origin

    width, height = int((high[0] - low[0]) / cell), int((high[1] - low[1]) / cell)
    x = (np.arange(width) + 0.5) * cell
    y = high[1] - (np.arange(height) + 0.5) * cell
    z = (0.04 * x[None, :] + 30 * np.sin(y[:, None] / 1500.0)).astype("float32")
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                       dtype="float32", crs="EPSG:2154", compress="deflate", tiled=True,
                       transform=from_origin(low[0], high[1], cell, cell)) as raster:
        raster.write(z, 1)
    return path


def single_algorithms(processing, gpkg, dem, perimeters):
    """What a planner would run per perimeter; returns the figures per perimeter's name."""
    layer = f"{gpkg}|layername="
    climbs = processing.run("itinerance:slopeprofile", {
        "LINES": layer + "ascensions", "DEM": str(dem), "OUTPUT": "memory:", "PROFILE": None,
        "CLIMBS": "memory:"})["CLIMBS"]
    tops = processing.run("native:extractspecificvertices", {
        "INPUT": climbs, "VERTICES": "-1", "OUTPUT": "memory:"})["OUTPUT"]
    figures = {}
    for fid, name in perimeters:
        perimeter = f"{layer}perimetres|subset=fid = {fid}"
        row = {}

        def clip(name, perimeter=perimeter):
            return processing.run("native:clip", {"INPUT": layer + name, "OVERLAY": perimeter,
                                                  "OUTPUT": "memory:"})["OUTPUT"]

        def count(source, perimeter=perimeter):
            return processing.run("native:extractbylocation", {
                "INPUT": source, "PREDICATE": [0], "INTERSECT": perimeter,
                "OUTPUT": "memory:"})["OUTPUT"].featureCount()

        network = clip("troncons")
        if network.featureCount():
            row["served_pct"] = processing.run("itinerance:airesgap", {
                "NETWORK": network, "AIRES": layer + "aires", "SUGGEST_COUNT": 0,
                "OUTPUT": "memory:", "GAPS": "memory:", "SUGGESTIONS": "memory:",
                "DIAGNOSTICS": "memory:"})["COVERAGE_PCT"]
        routes = clip("itineraires")
        if routes.featureCount():
            row["veloroute_covered_pct"] = processing.run("itinerance:accueilvelocoverage", {
                "ROUTES": routes, "ROUTE_NAME_FIELD": "name",
                "ESTABLISHMENTS": layer + "etablissements", "CATEGORY_FIELD": "category",
                "LABEL_FIELD": "accueil_velo", "OUTPUT": "memory:", "GAPS": "memory:",
                "ESTABLISHMENTS_OUT": "memory:", "SUMMARY": "memory:"})["COVERED_PCT"]
        trame = clip("trame")
        if trame.featureCount():
            row["bridge_count"] = processing.run("itinerance:trameconnectivity", {
                "ITINERARIES": trame, "OUTPUT": "memory:", "HUBS_OUT": None,
                "MISSING_LINKS": "memory:"})["BRIDGE_COUNT"]
        row["aire_count"] = count(layer + "aires")
        row["accueil_velo_count"] = count(layer + "etablissements|subset=accueil_velo = 1")
        row["climb_count"] = count(tops)
        figures[name] = row
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_indicators")
    parser.add_argument("--edges", type=int, default=50_000)
    parser.add_argument("--perimeters", type=int, default=50)
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    gpkg, dem, lines = write_data(work, args.edges, args.perimeters)
    print(f"{args.edges} network edges ({lines} lines), 2,000 aires, 1,500 km of routes, 3,000 "
          f"establishments, 10,000 green network edges, 200 hubs, 200 climbs, "
          f"{args.perimeters} perimeters", flush=True)
    inputs = {name: f"{gpkg}|layername={layer}" for name, layer in (
        ("PERIMETERS", "perimetres"), ("NETWORK", "troncons"), ("AIRES", "aires"),
        ("ESTABLISHMENTS", "etablissements"), ("ITINERARIES", "itineraires"),
        ("TRAME", "trame"), ("POLES", "poles"), ("ASCENSIONS", "ascensions"))}
    inputs.update(CATEGORY_FIELD="category", LABEL_FIELD="accueil_velo", DEM=str(dem))

    end_to_end, _ = timed("itinerance:territoryindicators through qgis_process.bin",
                          lambda: qgis.run("itinerance:territoryindicators", **inputs,
                                           OUTPUT=work / "indicateurs.gpkg"))
    sys.path.insert(0, str(HERE.parent))
    from qgis_env import start_qgis

    start_qgis()
    import processing
    from qgis.core import QgsVectorLayer

    ours, ours_cpu, result = cpu_timed(
        "itinerance:territoryindicators inside QGIS", lambda: processing.run(
            "itinerance:territoryindicators", {**inputs, "OUTPUT": "memory:"}))
    with_report, _ = timed("  the same with the HTML report", lambda: processing.run(
        "itinerance:territoryindicators", {**inputs, "OUTPUT": "memory:",
                                           "REPORT": str(work / "rapport.html")}))
    names = [(f.id(), f["name"]) for f in QgsVectorLayer(inputs["PERIMETERS"]).getFeatures()]
    theirs, theirs_cpu, expected = cpu_timed(
        f"the single algorithms, {len(names)} perimeters",
        lambda: single_algorithms(processing, gpkg, dem, names))
    rows = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    differences = 0
    for name, row in expected.items():
        for field, value in row.items():
            # shares to 10^-6 %: where Clip and the network's snapping place a node a few
            # nanometres apart, the served metres differ by as much
            tolerance = 1e-6 if field.endswith("_pct") else 1e-9
            if not math.isclose(rows[name][field], value, rel_tol=1e-9, abs_tol=tolerance):
                differences += 1
                print(f"  {name}: {field} {rows[name][field]} against {value}")
    print(f"figures compared with the single algorithms: {differences} difference(s)")
    print(f"\n{len(names)} perimeters, {args.edges} edges: territoryindicators {ours:.2f} s inside "
          f"QGIS ({end_to_end:.2f} s through qgis_process.bin, {with_report:.2f} s with the "
          f"HTML report); the single algorithms per perimeter {theirs:.2f} s; ratio "
          f"{theirs / ours:.1f}x (CPU: {ours_cpu:.2f} s against {theirs_cpu:.2f} s, "
          f"{theirs_cpu / ours_cpu:.1f}x)")
    return 0 if differences == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
