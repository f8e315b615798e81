"""`make bench`, audit: itinerance:auditnetwork's loop census and the whole algorithm on synthetic
node networks, and how they grow.

(a) The loop census (both profiles, family 5-20 km and sporty 10-40 km, exact) and the whole
    audit engine, in this process, on networks of about 600 sections covering 850 km like Cœur
    de Flandre (830 km, about 600 links), from sparse to dense: a grid of 1.4 km cells keeping
    60, 70 and 80 % of its links. The census enumerates every loop, so its time follows the
    number of loops, which grows steeply with the density.
(b) The same on regional networks of 2.8 km cells (links of about 3 km, as BikeNodePlanner's
    ideal 1-5 km) from 1,300 to 10,000 km: the growth with the size.
(c) The whole algorithm through qgis_process.bin (reading GeoPackages, writing its outputs) on
    the 70 % network and the 5,000 km one, with an aire every 8 km; QGIS's own polygonize on
    the same sections, for the faces alone.

Nodes are numbered at every junction of three sections or more, as points-nœuds are.

--region: node networks of 200,000 and 1,000,000 edges, drawn like OpenStreetMap: links of
about 3 km (a grid of 2.8 km cells), each drawn as 14 ways of 200 m and 8 vertices, an aire every
8 km; the whole algorithm through qgis_process.bin (links, nodes, faces; no report) beside the
copy of the sections (native:savefeatures): time, growth exponent, peak memory.
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from osgeo import ogr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests/: synthetic_network
import synthetic_network  # noqa: E402
from bench_common import beside_copy, copy_floor, growth, prepare, run_measured, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

from itinerance.processing.logic.audit import audit as engine  # noqa: E402
from itinerance.processing.logic.network import graph as network  # noqa: E402
from itinerance.processing.logic.network.node_network import loops  # noqa: E402

ROOT = HERE.parent.parent
AIRE_EVERY_KM = 8.0


def synthetic(n_edges, spacing, keep):
    """Lines of a grid network, its graph and its numbered nodes (junctions)."""
    lines = synthetic_network.grid_lines(n_edges, seed=n_edges, spacing=spacing, keep=keep)
    graph = network.build_network(lines, 1.0)
    return lines, graph, np.flatnonzero(graph.node_degree >= 3)


def census_times(graph, numbered, settings):
    """(loops, seconds) of each profile's census alone, on the flat graph without water."""
    flags = np.zeros(graph.node_count, dtype=bool)
    flags[numbered] = True
    out = []
    for profile in (settings.family, settings.sport):
        loop_graph = engine.loop_graph(graph, flags, np.zeros(graph.node_count, bool),
                                       np.full(graph.edge_count, np.nan), 99.0, np.inf)
        rules = loops.LoopRules(profile.min_km * 1000, profile.max_km * 1000,
                                settings.max_loop_nodes)
        started = time.perf_counter()
        census = loops.loop_census(loop_graph, rules)
        out.append((census.loop_count, time.perf_counter() - started))
    return out


def engine_time(lines, graph, numbered, with_aires):
    xy = np.concatenate(lines)
    ptr = np.concatenate([[0], np.cumsum([len(line) for line in lines])]).astype(np.int64)
    nodes = engine.NodeInput(graph.node_xy[numbered], [str(k + 1) for k in range(len(numbered))],
                             [None] * len(numbered), np.full(len(numbered), np.nan))
    aires = synthetic_network.points_along(
        lines, max(1, int(graph.total_length / 1000 / AIRE_EVERY_KM)), seed=3) \
        if with_aires else None
    started = time.perf_counter()
    audit = engine.audit_network(engine.AuditInputs(xy, ptr, nodes, aire_xy=aires))
    return time.perf_counter() - started, engine.headline(audit)


def bench_row(label, n_edges, spacing, keep):
    lines, graph, numbered = synthetic(n_edges, spacing, keep)
    (family, family_s), (sport, sport_s) = census_times(graph, numbered,
                                                        engine.AuditSettings())
    seconds, figures = engine_time(lines, graph, numbered, with_aires=False)
    watered, watered_figures = engine_time(lines, graph, numbered, with_aires=True)
    print(f"| {label} | {graph.total_length / 1000:.0f} | {figures['LINK_COUNT']} | "
          f"{len(numbered)} | {figures['FACE_COUNT']} | {family:,} | {sport:,} | "
          f"{family_s + sport_s:.2f} | {seconds:.2f} | {watered_figures['SPORT_LOOP_COUNT']:,} "
          f"| {watered:.2f} |", flush=True)
    return lines, graph, numbered


HEADER = ("| network | km | links | nodes | faces | family loops | sporty loops | census (s) | "
          "audit (s) | sporty loops, water every 10 km | audit with aires (s) |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def write_inputs(gpkg, lines, graph, numbered):
    write_layer(gpkg, "sections", ogr.wkbLineString,
                [(linestring_wkt(xy), {}) for xy in lines])
    write_layer(gpkg, "nodes", ogr.wkbPoint, [
        (f"POINT({graph.node_xy[n, 0]:.3f} {graph.node_xy[n, 1]:.3f})", {"number": k + 1})
        for k, n in enumerate(numbered.tolist())], (("number", ogr.OFTInteger),))
    count = max(1, int(graph.total_length / 1000 / AIRE_EVERY_KM))
    write_layer(gpkg, "aires", ogr.wkbPoint, [
        (f"POINT({x:.3f} {y:.3f})", {}) for x, y in synthetic_network.points_along(
            lines, count, seed=3)])


def bench_qgis_process(qgis, work, label, built):
    gpkg = work / f"{label}.gpkg"
    write_inputs(gpkg, *built)
    inputs = {"NODES": f"{gpkg}|layername=nodes", "SECTIONS": f"{gpkg}|layername=sections",
              "AIRES": f"{gpkg}|layername=aires"}
    seconds, result = timed(None, lambda: qgis.run(
        "itinerance:auditnetwork", **inputs, OUTPUT_LINKS=work / f"{label}_links.gpkg",
        OUTPUT_NODES=work / f"{label}_nodes.gpkg", OUTPUT_LOOPS=work / f"{label}_faces.gpkg",
        REPORT=work / f"{label}.html"))
    native, faces = timed(None, lambda: qgis.run(
        "native:polygonize", INPUT=inputs["SECTIONS"], OUTPUT=work / f"{label}_native.gpkg"))
    figures = result["results"]
    print(f"| {label} | {figures['NETWORK_KM']:.0f} | {figures['LINK_COUNT']} | "
          f"{figures['FAMILY_LOOP_COUNT']:,} | {figures['SPORT_LOOP_COUNT']:,} | "
          f"{seconds:.1f} | {native:.1f} | {figures['FACE_COUNT']} / "
          f"{faces['results']['NUM_POLYGONS']} |", flush=True)


def region_lines(n_edges, ways_per_link=14, segments_per_way=7):
    """Sections of a regional node network of about ``n_edges`` edges: grid links of 2.8 km,
    each cut into ``ways_per_link`` ways of ``segments_per_way`` segments."""
    links = synthetic_network.grid_lines(
        n_edges // ways_per_link, seed=n_edges, spacing=2800.0,
        vertices_per_edge=ways_per_link * segments_per_way + 1, keep=0.8)
    return [line[k:k + segments_per_way + 1] for line in links
            for k in range(0, len(line) - 1, segments_per_way)]


def region(qgis, work, sizes):
    """auditnetwork at region scale (see the module)."""
    print("| edges | sections (links) | numbered nodes | family loops | sporty loops | "
          "auditnetwork (s) | copy (s) | ratio | growth exponent | peak memory (MB) | "
          "copy's peak (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    first = None
    for n_edges in sizes:
        lines = region_lines(n_edges)
        graph = network.build_network(lines, 1.0)
        numbered = np.flatnonzero(graph.node_degree >= 3)
        gpkg = work / "region_audit.gpkg"
        gpkg.unlink(missing_ok=True)
        write_inputs(gpkg, lines, graph, numbered)
        copy = copy_floor(qgis, work, f"{gpkg}|layername=sections")
        outputs = {name: work / f"region_{name.lower()}.gpkg"
                   for name in ("OUTPUT_LINKS", "OUTPUT_NODES", "OUTPUT_LOOPS")}
        for path in outputs.values():
            path.unlink(missing_ok=True)
        ours = run_measured(
            qgis, "--json", "run", "itinerance:auditnetwork",
            *(f"--{k}={gpkg}|layername={k.lower()}" for k in ("NODES", "SECTIONS", "AIRES")),
            *(f"--{name}={path}" for name, path in outputs.items()))
        figures = ours.results
        exponent = f"{growth(first, ours.wall, sizes[0], n_edges):.2f}" if first else ""
        first = first or ours.wall
        print(f"| {graph.edge_count:,} | {figures['LINK_COUNT']:,} | {len(numbered):,} | "
              f"{figures['FAMILY_LOOP_COUNT']:,} | {figures['SPORT_LOOP_COUNT']:,} | "
              f"{beside_copy(ours, copy, exponent)}", flush=True)
        for path in [gpkg, *outputs.values()]:
            path.unlink(missing_ok=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_audit")
    parser.add_argument("--regional", default="450,900,1800,3600",
                        help="sizes (sections) of the regional networks of (b)")
    parser.add_argument("--region", action="store_true", help="200,000 and 1,000,000 edges")
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    if args.region:
        region(qgis, work, [200_000, 1_000_000])
        return 0
    print("(a) about 600 sections, 850 km (grid of 1.4 km cells), sparse to dense\n" + HEADER)
    kept = {}
    for keep in (0.6, 0.7, 0.8):
        kept[keep] = bench_row(f"{keep:.0%} of the grid", 600, 1400.0, keep)
    print("\n(b) regional networks, links of about 3 km (grid of 2.8 km cells)\n" + HEADER)
    regional = {}
    for size in (int(s) for s in args.regional.split(",")):
        regional[size] = bench_row(f"{size} sections", size, 2800.0, 0.8)
    print("\n(c) the whole algorithm through qgis_process.bin (GeoPackages in and out, an aire "
          "every 8 km, report written)\n"
          "| network | km | links | family loops | sporty loops | auditnetwork (s) | "
          "native:polygonize (s) | faces (ours / native) |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|")
    bench_qgis_process(qgis, work, "cdf_70pct", kept[0.7])
    bench_qgis_process(qgis, work, "regional_5000km", regional.get(1800) or synthetic(
        1800, 2800.0, 0.8))
    return 0


if __name__ == "__main__":
    sys.exit(main())
