"""`make bench`: the coverage algorithms against QGIS's own, measured in the same run.

(a) itinerance:airesgap on synthetic networks of 5k, 20k and 50k edges with 2,000 aires, end to
    end through qgis_process.bin, against native:serviceareafromlayer on the same network and
    aires (also through qgis_process.bin, which in 3.22 needs --PROJECT_PATH for it);
(b) how airesgap's time grows with the network's size;
(c) itinerance:accueilvelocoverage with 9,000 establishments along 25,000 km of routes.
Machines are noisy: read the ratios, which are measured side by side, rather than the seconds.
"""

import argparse
import csv
import random
import sys
from pathlib import Path

from osgeo import ogr, osr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_common import prepare, random_walks, timed  # noqa: E402

from itinerance.processing.logic import synthetic_network  # noqa: E402

ROOT = HERE.parent.parent


def write_layer(path, name, geometry_type, geometries, fields=(), epsg=2154):
    """Write geometries (WKT strings) with attribute rows to a GeoPackage layer."""
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(name, srs, geometry_type)
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for wkt, attributes in geometries:
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for key, value in attributes.items():
            feature.SetField(key, value)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None


def linestring_wkt(xy):
    return "LINESTRING(" + ",".join(f"{x:.3f} {y:.3f}" for x, y in xy) + ")"


def random_routes(total_km, count, seed):
    """``count`` meandering routes adding up to ``total_km``."""
    return random_walks(total_km, count, seed, 200, 0.25, (600000, 6700000), (1000000, 7100000))


def bench_airesgap(qgis, work, sizes, aire_count, with_native):
    rows = []
    empty_project = work / "empty.qgz"
    for n_edges in sizes:
        gpkg = work / f"network_{n_edges}.gpkg"
        gpkg.unlink(missing_ok=True)
        lines = synthetic_network.grid_lines(n_edges, seed=n_edges)
        write_layer(gpkg, "network", ogr.wkbLineString,
                    [(linestring_wkt(xy), {}) for xy in lines])
        aires = synthetic_network.points_along(lines, aire_count, seed=1)
        write_layer(gpkg, "aires", ogr.wkbPoint,
                    [(f"POINT({x:.3f} {y:.3f})", {}) for x, y in aires])
        print(f"{n_edges} edges ({len(lines)} lines), {aire_count} aires:", flush=True)
        ours, results = timed("itinerance:airesgap", lambda g=gpkg: qgis.run(
            "itinerance:airesgap", NETWORK=f"{g}|layername=network",
            AIRES=f"{g}|layername=aires", SUGGEST_COUNT=3,
            OUTPUT=work / "stretches.gpkg", GAPS=work / "gaps.gpkg",
            SUGGESTIONS=work / "suggestions.gpkg", DIAGNOSTICS=work / "diagnostics.gpkg"))
        coverage = results["results"]["COVERAGE_PCT"]
        native = float("nan")
        if with_native:
            native, _ = timed("native:serviceareafromlayer", lambda g=gpkg: qgis.call(
                "run", "native:serviceareafromlayer", f"--PROJECT_PATH={empty_project}",
                f"--INPUT={g}|layername=network", "--STRATEGY=0",
                f"--START_POINTS={g}|layername=aires", "--TRAVEL_COST2=2500",
                "--TOLERANCE=1", f"--OUTPUT_LINES={work / 'native_lines.gpkg'}",
                timeout=7200))
        rows.append((n_edges, ours, native, coverage))
        for name in ("stretches", "gaps", "suggestions", "diagnostics", "native_lines"):
            (work / f"{name}.gpkg").unlink(missing_ok=True)
    return rows


def bench_accueilvelo(qgis, work, total_km, establishment_count):
    gpkg = work / "routes.gpkg"
    gpkg.unlink(missing_ok=True)
    routes = random_routes(total_km, 250, seed=5)
    write_layer(gpkg, "routes", ogr.wkbLineString,
                [(linestring_wkt(xy), {"name": f"route {i}"}) for i, xy in enumerate(routes)],
                (("name", ogr.OFTString),))
    rng = random.Random(9)
    categories = ("hebergement", "restauration", "loueur", "reparateur", "site_visite")
    establishments = [
        (f"POINT({x:.3f} {y:.3f})",
         {"category": rng.choice(categories), "label": int(rng.random() < 0.3)})
        for x, y in synthetic_network.points_along(routes, establishment_count, seed=3,
                                                   max_offset=6000)]
    write_layer(gpkg, "establishments", ogr.wkbPoint, establishments,
                (("category", ogr.OFTString), ("label", ogr.OFTInteger)))
    print(f"{total_km} km of routes, {establishment_count} establishments:", flush=True)
    seconds, results = timed("itinerance:accueilvelocoverage", lambda: qgis.run(
        "itinerance:accueilvelocoverage", ROUTES=f"{gpkg}|layername=routes",
        ROUTE_NAME_FIELD="name", ESTABLISHMENTS=f"{gpkg}|layername=establishments",
        CATEGORY_FIELD="category", LABEL_FIELD="label",
        OUTPUT=work / "av_stretches.gpkg", GAPS=work / "av_gaps.gpkg",
        ESTABLISHMENTS_OUT=work / "av_establishments.gpkg", SUMMARY=work / "av_summary.gpkg"))
    return seconds, results["results"]


REAL = ROOT.parent / "shared" / "data" / "real"


def bench_real_ev5(qgis, work):
    """(d) The real EuroVelo 5 (OpenStreetMap, 60 unordered segments, WGS84) against the real
    Accueil Vélo list of Hauts-de-France (CSV, WGS84): both reprojected to Lambert-93."""
    gpx = REAL / "ev5_hdf_calais_wattrelos_osm.gpx"
    csv_path = REAL / "accueil_velo_hauts_de_france.csv"
    if not gpx.exists() or not csv_path.exists():
        print("(d) skipped: ../shared/data/real is not there")
        return None
    gpkg = work / "accueil_velo_hdf.gpkg"
    gpkg.unlink(missing_ok=True)
    rows = []
    with csv_path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        name, kind = header.index("Nom"), header.index("Type")
        lat, lon = header.index("Latitude"), header.index("Longitude")
        for row in reader:
            rows.append((f"POINT({float(row[lon])} {float(row[lat])})",
                         {"name": row[name], "category": row[kind].split(",")[0]}))
    write_layer(gpkg, "accueil_velo", ogr.wkbPoint, rows,
                (("name", ogr.OFTString), ("category", ogr.OFTString)), epsg=4326)
    seconds, results = timed("itinerance:accueilvelocoverage (real EV5)", lambda: qgis.run(
        "itinerance:accueilvelocoverage", ROUTES=f"{gpx}|layername=tracks",
        ESTABLISHMENTS=f"{gpkg}|layername=accueil_velo", CATEGORY_FIELD="category",
        OUTPUT=work / "ev5_stretches.gpkg", GAPS=work / "ev5_gaps.gpkg",
        ESTABLISHMENTS_OUT=work / "ev5_establishments.gpkg", SUMMARY=work / "ev5_summary.gpkg"))
    figures = results["results"]
    print(f"\n(d) real EV5 ({figures['ROUTE_LENGTH_M'] / 1000:.1f} km) and {len(rows)} Accueil "
          f"Vélo establishments: {seconds:.2f} s, {figures['COVERED_PCT']:.1f} % covered within "
          f"5 km, longest gap {figures['LONGEST_GAP_M'] / 1000:.1f} km, "
          f"{figures['ELIGIBLE_COUNT']} establishments within 5 km")
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--sizes", default="5000,20000,50000")
    parser.add_argument("--aires", type=int, default=2000)
    parser.add_argument("--no-native", action="store_true")
    parser.add_argument("--route-km", type=float, default=25000)
    parser.add_argument("--establishments", type=int, default=9000)
    parser.add_argument("--only-real", action="store_true", help="run (d) only")
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    # an empty project: qgis_process 3.22 runs the native service area only within a project
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    project.write(str(work / "empty.qgz"))

    if args.only_real:
        bench_real_ev5(qgis, work)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = bench_airesgap(qgis, work, sizes, args.aires, not args.no_native)
    print("\n(a) airesgap against native:serviceareafromlayer (qgis_process.bin, end to end)")
    print("edges    airesgap s   native s   native/airesgap   coverage %")
    for edges, ours, native, coverage in rows:
        print(f"{edges:>6} {ours:>11.2f} {native:>10.2f} {native / ours:>16.1f} "
              f"{coverage:>12.1f}")
    print("\n(b) growth of airesgap with the network's size")
    base_edges, base_time = rows[0][0], rows[0][1]
    for edges, ours, _, _ in rows:
        print(f"{edges:>6} edges: x{edges / base_edges:.0f} size -> x{ours / base_time:.2f} time")
    seconds, results = bench_accueilvelo(qgis, work, args.route_km, args.establishments)
    print("\n(c) accueilvelocoverage")
    print(f"{args.route_km:.0f} km, {args.establishments} establishments: {seconds:.2f} s "
          f"({results['COVERED_PCT']:.1f} % covered, {results['PROSPECT_COUNT']} prospects)")
    bench_real_ev5(qgis, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
