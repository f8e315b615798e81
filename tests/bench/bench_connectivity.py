"""`make bench`, trame verte connectivity: 100,000 edges end to end through qgis_process.bin,
our components and bridges against networkx's on the same graph in the same run, and the real
UNESCO mining-basin layers (cavaliers and terrils) as the example."""

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
from bench_common import prepare, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

from itinerance.processing.logic.network import graph as network  # noqa: E402
from itinerance.processing.logic.trame.bridges import components_and_bridges  # noqa: E402

ROOT = HERE.parent.parent
REAL = ROOT.parent / "shared" / "data" / "real" / "bassin_minier_unesco"


def seconds(call):
    return timed(None, call)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_connectivity")
    parser.add_argument("--edges", type=int, default=100_000)
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)

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
