"""`make bench`, trame verte connectivity: 100,000 edges end to end through qgis_process.bin,
our components and bridges against networkx's on the same graph in the same run, and the real
UNESCO mining-basin layers (cavaliers and terrils) as the example.

--region: 200,000 and 1,000,000 edges (the OpenStreetMap-like networks of bench_coverage), with
50 hubs and with a hub per 2,000 edges, through qgis_process.bin beside the copy of the network
(native:savefeatures): time, growth exponent, peak memory."""

import argparse
import subprocess
import sys
from pathlib import Path

import networkx as nx
from osgeo import ogr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests/: synthetic_network
import synthetic_network  # noqa: E402
from bench_common import beside_copy, copy_floor, growth, prepare, run_measured, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

from itinerance.processing.logic.network import graph as network  # noqa: E402
from itinerance.processing.logic.trame.bridges import components_and_bridges  # noqa: E402

ROOT = HERE.parent.parent
REAL = ROOT.parent / "shared" / "data" / "real" / "bassin_minier_unesco"


def seconds(call):
    return timed(None, call)


def region(qgis, work, sizes):
    """trameconnectivity at region scale (see the module)."""
    print("| edges | hubs | trameconnectivity (s) | copy (s) | ratio | growth exponent | "
          "peak memory (MB) | copy's peak (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|")
    before = {}
    for n_edges in sizes:
        lines = synthetic_network.grid_lines(
            n_edges, seed=n_edges, vertices_per_edge=synthetic_network.OSM_VERTICES_PER_EDGE)
        gpkg = work / "region_trame.gpkg"
        gpkg.unlink(missing_ok=True)
        write_layer(gpkg, "lines", ogr.wkbLineString, [(linestring_wkt(xy), {}) for xy in lines])
        copy = copy_floor(qgis, work, f"{gpkg}|layername=lines")
        for hub_count in (50, n_edges // 2000):
            layer = f"hubs_{hub_count}"
            hubs = synthetic_network.points_along(lines, hub_count, seed=2, max_offset=80)
            write_layer(gpkg, layer, ogr.wkbPoint,
                        [(f"POINT({x:.3f} {y:.3f})", {}) for x, y in hubs])
            outputs = [work / f"region_{name}.gpkg" for name in ("edges", "hubs", "links")]
            for path in outputs:
                path.unlink(missing_ok=True)
            ours = run_measured(
                qgis, "run", "itinerance:trameconnectivity",
                f"--ITINERARIES={gpkg}|layername=lines", f"--HUBS={gpkg}|layername={layer}",
                *(f"--{name}={path}" for name, path in zip(
                    ("OUTPUT", "HUBS_OUT", "MISSING_LINKS"), outputs)))
            key = "50" if hub_count == 50 else "proportional"
            exponent = (f"{growth(before[key], ours.wall, sizes[0], n_edges):.2f}"
                        if key in before else "")
            before.setdefault(key, ours.wall)
            print(f"| {n_edges:,} | {hub_count} | {beside_copy(ours, copy, exponent)}",
                  flush=True)
        gpkg.unlink(missing_ok=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_connectivity")
    parser.add_argument("--edges", type=int, default=100_000)
    parser.add_argument("--region", action="store_true", help="200,000 and 1,000,000 edges")
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    if args.region:
        region(qgis, work, [200_000, 1_000_000])
        return 0

    lines = synthetic_network.grid_lines(args.edges, seed=1)
    hubs = synthetic_network.points_along(lines, 50, seed=2, max_offset=80)
    gpkg = work / "trame.gpkg"
    write_layer(gpkg, "lines", ogr.wkbLineString, [(linestring_wkt(xy), {}) for xy in lines])
    write_layer(gpkg, "hubs", ogr.wkbPoint, [(f"POINT({x:.3f} {y:.3f})", {}) for x, y in hubs])

    build, graph = seconds(lambda: network.build_network(lines, 5.0))
    ours, bridges = seconds(lambda: components_and_bridges(graph))
    multigraph = nx.MultiGraph()
    multigraph.add_edges_from(zip(graph.edge_u.tolist(), graph.edge_v.tolist()))
    theirs, expected = seconds(lambda: (nx.number_connected_components(multigraph),
                                        set(map(frozenset, nx.bridges(multigraph)))))
    found = {frozenset((u, v)) for u, v in zip(graph.edge_u[bridges.is_bridge].tolist(),
                                                graph.edge_v[bridges.is_bridge].tolist())}
    assert found == expected[1] and graph.component_count == expected[0]
    print(f"{graph.edge_count} edges: build_network {build:.2f} s; components and bridges "
          f"{ours:.3f} s, networkx {theirs:.3f} s (same result): {theirs / ours:.0f}x")

    end_to_end, result = seconds(lambda: qgis.run(
        "itinerance:trameconnectivity", ITINERARIES=f"{gpkg}|layername=lines",
        HUBS=f"{gpkg}|layername=hubs", OUTPUT=work / "edges.gpkg",
        HUBS_OUT=work / "hubs_out.gpkg", MISSING_LINKS=work / "links.gpkg"))
    figures = result["results"]
    print(f"itinerance:trameconnectivity through qgis_process.bin, {args.edges} edges and 50 "
          f"hubs: {end_to_end:.2f} s ({figures['COMPONENT_COUNT']} parts, "
          f"{figures['BRIDGE_COUNT']} bridges)")
    sys.path.insert(0, str(HERE.parent))
    from qgis_env import start_qgis

    start_qgis()
    import processing

    inside, _ = seconds(lambda: processing.run("itinerance:trameconnectivity", {
        "ITINERARIES": f"{gpkg}|layername=lines", "HUBS": f"{gpkg}|layername=hubs",
        "OUTPUT": "TEMPORARY_OUTPUT", "HUBS_OUT": "TEMPORARY_OUTPUT",
        "MISSING_LINKS": "TEMPORARY_OUTPUT"}))
    print(f"the same inside QGIS (processing.run, memory outputs): {inside:.2f} s")

    if (REAL / "zt-cavaliers.geojson").exists():
        # the 162 terrils: 51 inside the UNESCO property and 111 in its buffer zone, one layer
        terrils = work / "terrils.gpkg"
        for name, mode in (("terrils", []), ("zt-terrils", ["-update", "-append"])):
            subprocess.run(["ogr2ogr", "-f", "GPKG", *mode, "-nln", "terrils", "-nlt",
                            "MULTIPOLYGON", "-dialect", "SQLite", "-sql",
                            f'SELECT nom, geometry FROM "{name}"', str(terrils),
                            str(REAL / f"{name}.geojson")], check=True)
        for snap in (5, 20):
            real, result = seconds(lambda s=snap: qgis.run(
                "itinerance:trameconnectivity", ITINERARIES=REAL / "zt-cavaliers.geojson",
                HUBS=f"{terrils}|layername=terrils", HUB_NAME_FIELD="nom", SNAP_TOLERANCE=s,
                OUTPUT=work / f"real_edges_{s}.gpkg", HUBS_OUT=work / f"real_hubs_{s}.gpkg",
                MISSING_LINKS=work / f"real_links_{s}.gpkg"))
            f = result["results"]
            print(f"real mining basin (cavaliers + terrils), SNAP_TOLERANCE={snap} m: "
                  f"{real:.2f} s; {f['COMPONENT_COUNT']} parts (largest "
                  f"{f['LARGEST_COMPONENT_KM']:.1f} km), {f['BRIDGE_COUNT']} bridges, "
                  f"{f['ISOLATED_HUB_COUNT']} of 162 terrils cut off, IIC {f['IIC']:.4f}, "
                  f"PC {f['PC']:.4f}, {f['SKIPPED_COUNT']} feature(s) skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
