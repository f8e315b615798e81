"""`make bench`: the coverage algorithms against QGIS's own, measured in the same run.

(a) itinerance:airesgap on OpenStreetMap-like networks (lines chained into ways, the vertex
    density of the real EuroVelo 5) of 5k, 17k, 20k, 50k and 200k edges with 800 aires, end to
    end through qgis_process.bin (start-up, reading, writing the four GeoPackages), against
    native:savefeatures copying the same network to a GeoPackage (the floor) and
    native:serviceareafromlayer with the same aires (through qgis_process.bin too, which in 3.22
    needs --PROJECT_PATH for it; stopped after --native-timeout seconds, reported as "> N");
(b) where airesgap's time goes, timed inside those runs (phase_timer.py), and the floors;
    each run's processor time (user and system) is measured beside its wall time: on a machine
    shared with other work the wall time swings, the processor time much less;
(c) itinerance:accueilvelocoverage with 9,000 establishments along 25,000 km of routes;
(d) accueilvelocoverage on the real EuroVelo 5 and Accueil Vélo list.
Machines are noisy: read the ratios, which are measured side by side, rather than the seconds.

--region: region scale (issue 23), 200,000 and 1,000,000 edges with 4,000 aires, one run each:
airesgap writing every stretch, then merged (STRETCHES=1), then merged without a SUGGESTIONS
output (the sites are then not ranked), then merged with aires as dense as at the first size
(20,000 at 1,000,000 edges), beside the copy of the network, each with its wall
and processor time, peak memory and phases; the growth exponent from one size to the next;
then accueilvelocoverage from 5,000 km and 1,800 establishments to 25,000 km and 9,000.
"""

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests/: synthetic_network
import phase_timer  # noqa: E402
import synthetic_network  # noqa: E402
from bench_common import (  # noqa: E402
    copy_floor,
    growth,
    prepare,
    random_walks,
    run_measured,
    timed,
)

ROOT = HERE.parent.parent
DEFAULT_SIZES = "5000,17000,20000,50000,200000"


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


def network_layers(work, n_edges, aire_count):
    """A GeoPackage with an OpenStreetMap-like network of ``n_edges`` edges and aires along it."""
    gpkg = work / f"network_{n_edges}.gpkg"
    gpkg.unlink(missing_ok=True)
    lines = synthetic_network.grid_lines(
        n_edges, seed=n_edges, vertices_per_edge=synthetic_network.OSM_VERTICES_PER_EDGE)
    write_layer(gpkg, "network", ogr.wkbLineString, [(linestring_wkt(xy), {}) for xy in lines])
    aires = synthetic_network.points_along(lines, aire_count, seed=1)
    write_layer(gpkg, "aires", ogr.wkbPoint, [(f"POINT({x:.3f} {y:.3f})", {}) for x, y in aires])
    return gpkg, lines


def bench_airesgap(qgis, work, sizes, aire_count, repeat, native_timeout):
    """Each size: airesgap (with its phases), the copy of the network, the copy of our
    stretches, and the native service area, all through qgis_process.bin in the same run."""
    return [bench_size(qgis, work, n_edges, aire_count, repeat, native_timeout)
            for n_edges in sizes]


def bench_size(qgis, work, n_edges, aire_count, repeat, native_timeout):
    gpkg, lines = network_layers(work, n_edges, aire_count)
    network, aires = f"{gpkg}|layername=network", f"{gpkg}|layername=aires"
    outputs = {name: work / f"{name.lower()}.gpkg"
               for name in ("OUTPUT", "GAPS", "SUGGESTIONS", "DIAGNOSTICS")}

    def ours():
        for path in outputs.values():
            path.unlink(missing_ok=True)
        os.environ["PYQGIS_STARTUP"] = str(HERE / "phase_timer.py")  # qgis_process runs it
        try:
            completed = qgis.call(
                "--json", "run", "itinerance:airesgap", f"--NETWORK={network}",
                f"--AIRES={aires}", "--SUGGEST_COUNT=3",
                *(f"--{name}={path}" for name, path in outputs.items()))
        finally:
            del os.environ["PYQGIS_STARTUP"]
        return (json.loads(completed.stdout[completed.stdout.find("{"):])["results"],
                phase_timer.phases(completed.stderr))

    def copy(source, target):
        target.unlink(missing_ok=True)
        qgis.call("run", "native:savefeatures", f"--INPUT={source}", f"--OUTPUT={target}")

    print(f"{n_edges} edges ({len(lines)} lines, "
          f"{synthetic_network.vertices_per_km(lines):.1f} vertices per km), "
          f"{aire_count} aires:", flush=True)
    # interleaved, so that a change of load on the machine weighs on all three alike
    runs = [(measured(ours), measured(lambda: copy(network, work / "copy.gpkg")),
             measured(lambda: copy(outputs["OUTPUT"], work / "copy2.gpkg")))
            for _ in range(repeat)]
    best = [min((run[k] for run in runs), key=lambda m: m[0]) for k in range(3)]
    least = [min((run[k] for run in runs), key=lambda m: m[1]) for k in range(3)]
    cpu = [m[1] for m in least]
    print(f"  itinerance:airesgap: {best[0][0]:.2f} s; native:savefeatures copying the network: "
          f"{best[1][0]:.2f} s, copying our stretches: {best[2][0]:.2f} s (best of {repeat}; "
          f"processor time {cpu[0]:.2f} s, {cpu[1]:.2f} s, {cpu[2]:.2f} s)", flush=True)
    native = None
    if native_timeout:
        try:
            native = measured(lambda: qgis.call(
                "run", "native:serviceareafromlayer", f"--PROJECT_PATH={work / 'empty.qgz'}",
                f"--INPUT={network}", "--STRATEGY=0", f"--START_POINTS={aires}",
                "--TRAVEL_COST2=2500", "--TOLERANCE=1",
                f"--OUTPUT_LINES={work / 'native_lines.gpkg'}", timeout=native_timeout))[0]
            print(f"  native:serviceareafromlayer: {native:.2f} s", flush=True)
        except subprocess.TimeoutExpired:
            print(f"  native:serviceareafromlayer: stopped after {native_timeout:.0f} s")
            native = -native_timeout  # "more than"
    results, phases = least[0][2]  # the phases of the run with the least processor time
    row = dict(edges=n_edges, lines=len(lines), stretches=layer_size(outputs["OUTPUT"]),
               ours=best[0][0], floor=best[1][0], stretch_copy=best[2][0], ours_cpu=cpu[0],
               floor_cpu=cpu[1], native=native, coverage=results["COVERAGE_PCT"], phases=phases)
    for path in [*outputs.values(), work / "copy.gpkg", work / "copy2.gpkg",
                 work / "native_lines.gpkg", gpkg]:
        path.unlink(missing_ok=True)
    return row


def measured(call):
    """(wall seconds, processor seconds of the child processes, result) of ``call``. The
    processor time (user and system) of a qgis_process run hardly changes when other
    processes share the machine; the wall time does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, result = timed(None, call)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
            result)


def layer_size(path):
    dataset = ogr.Open(str(path))
    return dataset.GetLayer(0).GetFeatureCount()


# the phases phase_timer.py reports, as (label, the timers they add up, the timers they take off)
PHASES = (
    ("qgis_process start-up and exit", ("total",), ("processAlgorithm",)),
    ("reading the network", ("read_lines",), ()),
    ("reading the aires", ("read_points",), ()),
    ("building the graph", ("build_network_flat",), ()),
    ("attaching the aires", ("locate_points", "split_at"), ()),
    ("distance field", ("distance_field",), ()),
    ("stretches", ("stretches",), ()),
    ("merged runs", ("stretch_runs",), ()),
    ("gaps", ("gaps",), ()),
    ("suggestions", ("suggest_sites",), ()),
    ("diagnostics", ("diagnostic_rows",), ()),
    ("output geometries (WKB)", ("line_wkbs",), ()),
    ("creating the 4 GeoPackages", ("add_sink",), ()),
    ("writing the features", ("write",), ()),
    ("closing them (spatial indexes)", ("write_outputs",), ("add_sink", "write")),
)


def phase_table(row):
    """(label, processor seconds) of each phase of airesgap's best run."""
    timers = dict(row["phases"] or {}, total=row["ours_cpu"])
    table = []
    for label, plus, minus in PHASES:
        table.append((label, sum(timers.get(k, 0.0) for k in plus)
                      - sum(timers.get(k, 0.0) for k in minus)))
    counted = sum(seconds for _, seconds in table)
    table.append(("the rest of processAlgorithm", row["ours_cpu"] - counted))
    return table


def report_airesgap(rows, aire_count):
    print(f"\n(a) airesgap with {aire_count} aires, through qgis_process.bin (airesgap and the "
          "copies: best of the runs)")
    print("edges    lines  stretches  airesgap s  copy s  service area s  airesgap/copy  "
          "(processor time)  service area/airesgap  copy of stretches s")
    for r in rows:
        native = r["native"]
        shown = "—" if native is None else (f"> {-native:.0f}" if native < 0 else f"{native:.1f}")
        speedup = "—" if native is None else (
            f"> {-native / r['ours']:.1f}" if native < 0 else f"{native / r['ours']:.1f}")
        print(f"{r['edges']:>6} {r['lines']:>8} {r['stretches']:>10} {r['ours']:>11.2f} "
              f"{r['floor']:>7.2f} {shown:>15} {r['ours'] / r['floor']:>14.2f} "
              f"{r['ours_cpu'] / r['floor_cpu']:>17.2f} {speedup:>22} {r['stretch_copy']:>20.2f}")
    print("\n(b) where airesgap's time goes, processor seconds (phase_timer.py, inside its run "
          "with the least processor time)")
    tables = [phase_table(r) for r in rows]
    print(f"{'':34}" + "".join(f"{r['edges']:>9}" for r in rows))
    for i, (label, _) in enumerate(tables[0]):
        print(f"{label:34}" + "".join(f"{t[i][1]:>9.3f}" for t in tables))
    print("\nfloors: what no analysis can go under, measured in the same run")
    for r, table in zip(rows, tables):
        analysis = sum(seconds for label, seconds in table if label in ANALYSIS)
        rest = r["ours_cpu"] - analysis
        print(f"{r['edges']:>6} edges: analysis {analysis:.2f} s; airesgap with its analysis "
              f"taking no time: {rest:.2f} processor s = {rest / r['floor_cpu']:.2f} x the copy "
              f"of the network; QGIS copying our {r['stretches']} stretches alone: "
              f"{r['stretch_copy'] / r['floor']:.2f} x it (wall)")


ANALYSIS = ("building the graph", "attaching the aires", "distance field", "stretches",
            "merged runs", "gaps", "suggestions", "diagnostics", "output geometries (WKB)")


def bench_region(qgis, work, sizes, aire_count):
    """Region scale: each size's network and aires written once, then the copy of the
    network and airesgap exact, merged and merged with aires in proportion, one run each."""
    rows = []
    for n_edges in sizes:
        gpkg, lines = network_layers(work, n_edges, aire_count)
        scaled = int(round(aire_count * n_edges / sizes[0]))
        write_layer(gpkg, "aires_scaled", ogr.wkbPoint, [
            (f"POINT({x:.3f} {y:.3f})", {})
            for x, y in synthetic_network.points_along(lines, scaled, seed=1)])
        network = f"{gpkg}|layername=network"
        print(f"{n_edges} edges ({len(lines)} lines), {aire_count} aires "
              f"({scaled} in proportion):", flush=True)
        copy = copy_floor(qgis, work, network)
        print(f"  copy of the network: {copy.wall:.1f} s, {copy.peak_mb:.0f} MB", flush=True)
        for label, aires, mode, suggest in (
                ("exact", "aires", 0, True), ("merged", "aires", 1, True),
                ("merged, no SUGGESTIONS output", "aires", 1, False),
                ("merged, aires in proportion", "aires_scaled", 1, True)):
            run = region_airesgap(qgis, work, network, f"{gpkg}|layername={aires}", mode,
                                  suggest)
            run.update(edges=n_edges, lines=len(lines), label=label, copy=copy.wall,
                       copy_cpu=copy.cpu, copy_peak=copy.peak_mb,
                       aires=scaled if aires == "aires_scaled" else aire_count)
            rows.append(run)
            print(f"  airesgap {label}: {run['wall']:.1f} s ({run['wall'] / copy.wall:.2f} x "
                  f"the copy), {run['features']} features, {run['peak']:.0f} MB, "
                  f"{run['coverage']:.1f} % served, {run['gaps']} gaps", flush=True)
        for path in (gpkg, work / "copy.gpkg"):
            path.unlink(missing_ok=True)
    return rows


def region_airesgap(qgis, work, network, aires, mode, suggest=True):
    outputs = {name: work / f"region_{name.lower()}.gpkg"
               for name in ("OUTPUT", "GAPS", "SUGGESTIONS", "DIAGNOSTICS")
               if suggest or name != "SUGGESTIONS"}
    for path in outputs.values():
        path.unlink(missing_ok=True)
    measured = run_measured(
        qgis, "--json", "run", "itinerance:airesgap", f"--NETWORK={network}",
        f"--AIRES={aires}", "--SUGGEST_COUNT=3", f"--STRETCHES={mode}",
        *(f"--{name}={path}" for name, path in outputs.items()),
        extra_env={"PYQGIS_STARTUP": str(HERE / "phase_timer.py")})
    results = measured.results
    row = dict(wall=measured.wall, cpu=measured.cpu, peak=measured.peak_mb,
               features=layer_size(outputs["OUTPUT"]), coverage=results["COVERAGE_PCT"],
               gaps=results["GAP_COUNT"], phases=phase_timer.phases(measured.stderr))
    for path in outputs.values():
        path.unlink(missing_ok=True)
    return row


def report_region(rows):
    print("\n(a) airesgap at region scale, through qgis_process.bin, one run each, side by "
          "side with the copy of the network (native:savefeatures)")
    print("| run | edges | aires | features written | airesgap (s) | copy (s) | ratio | "
          "growth exponent | processor (s) | peak memory (MB) | copy's peak (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    previous = {}
    for r in rows:
        before = previous.get(r["label"])
        exponent = (f"{growth(before['wall'], r['wall'], before['edges'], r['edges']):.2f}"
                    if before else "")
        print(f"| {r['label']} | {r['edges']:,} | {r['aires']:,} | {r['features']:,} | "
              f"{r['wall']:.1f} | {r['copy']:.1f} | {r['wall'] / r['copy']:.2f} | {exponent} | "
              f"{r['cpu']:.1f} | {r['peak']:.0f} | {r['copy_peak']:.0f} |")
        previous[r["label"]] = r
    print("\n(b) where the time goes, processor seconds (phase_timer.py), and each step's "
          "growth exponent from the first size to the last")
    labels = sorted({r["label"] for r in rows}, key=[r["label"] for r in rows].index)
    for label in labels:
        runs = [r for r in rows if r["label"] == label]
        tables = [phase_table(dict(r, ours_cpu=r["cpu"])) for r in runs]
        print(f"\n{label}\n| step | " + " | ".join(f"{r['edges']:,}" for r in runs)
              + " | exponent |\n|---|" + "---:|" * (len(runs) + 1))
        for i, (step, _) in enumerate(tables[0]):
            seconds = [t[i][1] for t in tables]
            sizes = runs[0]["edges"], runs[-1]["edges"]
            exponent = (f"{growth(seconds[0], seconds[-1], *sizes):.2f}"
                        if len(runs) > 1 and min(seconds[0], seconds[-1]) > 0.005 else "")
            print(f"| {step} | " + " | ".join(f"{v:.2f}" for v in seconds) + f" | {exponent} |")


def bench_accueilvelo(qgis, work, total_km, establishment_count, measure=False):
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
    parameters = dict(
        ROUTES=f"{gpkg}|layername=routes", ROUTE_NAME_FIELD="name",
        ESTABLISHMENTS=f"{gpkg}|layername=establishments", CATEGORY_FIELD="category",
        LABEL_FIELD="label", OUTPUT=work / "av_stretches.gpkg", GAPS=work / "av_gaps.gpkg",
        ESTABLISHMENTS_OUT=work / "av_establishments.gpkg", SUMMARY=work / "av_summary.gpkg")
    if measure:
        for name in ("av_stretches", "av_gaps", "av_establishments", "av_summary"):
            (work / f"{name}.gpkg").unlink(missing_ok=True)
        measured = run_measured(qgis, "--json", "run", "itinerance:accueilvelocoverage",
                                *(f"--{k}={v}" for k, v in parameters.items()))
        return measured, measured.results
    seconds, results = timed("itinerance:accueilvelocoverage", lambda: qgis.run(
        "itinerance:accueilvelocoverage", **parameters))
    return seconds, results["results"]


def region_accueilvelo(qgis, work):
    """accueilvelocoverage from 5,000 km of routes and 1,800 establishments to the issue's
    25,000 km and 9,000, with its time and peak memory."""
    print("\n(c) accueilvelocoverage at region scale\n| routes (km) | establishments | "
          "time (s) | growth exponent | peak memory (MB) |\n|---:|---:|---:|---:|---:|")
    before = None
    for km, count in ((5000, 1800), (25000, 9000)):
        measured, _ = bench_accueilvelo(qgis, work, km, count, measure=True)
        exponent = f"{growth(before[0], measured.wall, before[1], km):.2f}" if before else ""
        print(f"| {km:,} | {count:,} | {measured.wall:.1f} | {exponent} | "
              f"{measured.peak_mb:.0f} |", flush=True)
        before = (measured.wall, km)


REAL = ROOT.parent / "shared" / "data" / "real"


def real_vertices_per_km():
    """Vertices per km of the real OpenStreetMap EuroVelo 5 in Lambert-93, if it is there."""
    gpx = REAL / "ev5_hdf_calais_wattrelos_osm.gpx"
    if not gpx.exists():
        return None
    wgs84, lambert = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    lambert.ImportFromEPSG(2154)
    for srs in (wgs84, lambert):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, lambert)
    lines = []
    dataset = ogr.Open(str(gpx))  # kept: its layer dies with it
    for feature in dataset.GetLayerByName("tracks"):
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        for i in range(geometry.GetGeometryCount()):
            lines.append(np.array(geometry.GetGeometryRef(i).GetPoints())[:, :2])
    return synthetic_network.vertices_per_km(lines)


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
    parser.add_argument("--sizes", default=DEFAULT_SIZES)
    parser.add_argument("--aires", type=int, default=800)
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs of airesgap and of the copies (the best is kept)")
    parser.add_argument("--native-timeout", type=float, default=600,
                        help="seconds after which the native service area is stopped "
                             "(reported as more than that); 0: not run")
    parser.add_argument("--route-km", type=float, default=25000)
    parser.add_argument("--establishments", type=int, default=9000)
    parser.add_argument("--only-real", action="store_true", help="run (d) only")
    parser.add_argument("--only-airesgap", action="store_true", help="run (a) and (b) only")
    parser.add_argument("--region", action="store_true",
                        help="region scale: 200,000 and 1,000,000 edges (see above)")
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    if args.region:
        sizes = [int(s) for s in (args.sizes if args.sizes != DEFAULT_SIZES
                                  else "200000,1000000").split(",")]
        report_region(bench_region(qgis, work, sizes, 4000))
        if not args.only_airesgap:
            region_accueilvelo(qgis, work)
        return 0
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
    real = real_vertices_per_km()
    if real:
        print(f"vertex density of the real OpenStreetMap EuroVelo 5 (../shared/data/real): "
              f"{real:.1f} vertices per km")
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = bench_airesgap(qgis, work, sizes, args.aires, args.repeat, args.native_timeout)
    report_airesgap(rows, args.aires)
    if args.only_airesgap:
        return 0
    seconds, results = bench_accueilvelo(qgis, work, args.route_km, args.establishments)
    print("\n(c) accueilvelocoverage")
    print(f"{args.route_km:.0f} km, {args.establishments} establishments: {seconds:.2f} s "
          f"({results['COVERED_PCT']:.1f} % covered, {results['PROSPECT_COUNT']} prospects)")
    bench_real_ev5(qgis, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
