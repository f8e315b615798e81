"""`make bench`, circuits: itinerance:buildcircuit on 1,000 circuits of 20 legs each (a layer of
sequences, one run) on a 50,000-edge network, against native:shortestpathpointtopoint for the
same legs, measured in the same run; then the same circuits with their numbers repeated across
networks (the engine alone), each number resolved to its node nearest along the network.

The native algorithm finds one path per call (and builds its graph each time): running it for
all 20,000 legs would take hours, so it runs on the first ``--native-legs`` legs, inside QGIS
(processing.run, no start-up per call), and its time per leg is scaled to the 20,000 legs. Its
lengths are checked against ours on those legs. Machines are noisy: read the ratio.

--region: the 1,000 circuits on networks of 200,000 and 1,000,000 edges (4,000 aires), through
qgis_process.bin beside the copy of the network (native:savefeatures): time, growth exponent,
peak memory.
"""

import argparse
import sys
from pathlib import Path

import numpy as np
from osgeo import ogr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests/: synthetic_network
import synthetic_network  # noqa: E402
from bench_common import beside_copy, copy_floor, growth, prepare, run_measured, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

from itinerance.processing.logic.network import graph as network  # noqa: E402

ROOT = HERE.parent.parent


def numbered_walks(graph, numbered, circuits, legs, seed):
    """``circuits`` sequences of ``legs`` legs: each leg goes from a numbered node to the
    numbered node met after a walk of 1 to 3 sections (never straight back)."""
    rng = np.random.default_rng(seed)
    ptr, incident = graph.incidence
    is_numbered = np.zeros(graph.node_count, dtype=bool)
    is_numbered[numbered] = True
    walks = []
    while len(walks) < circuits:
        node = int(rng.choice(numbered))
        stops, previous = [node], -1
        for _ in range(legs):
            hops = int(rng.integers(1, 4))
            while hops > 0 or not is_numbered[node]:
                edges = incident[ptr[node]:ptr[node + 1]]
                edges = edges[edges != previous] if len(edges) > 1 else edges
                previous = int(rng.choice(edges))
                node = int(graph.edge_v[previous] if graph.edge_u[previous] == node
                           else graph.edge_u[previous])
                hops -= 1
            if node == stops[-1]:
                break
            stops.append(node)
        if len(stops) == legs + 1:
            walks.append(stops)
    return walks


def write_inputs(gpkg, n_edges, circuits, legs, aires):
    lines = synthetic_network.grid_lines(n_edges, seed=n_edges)
    graph = network.build_network(lines, 1.0)
    rng = np.random.default_rng(7)
    # points-nœuds at two junctions in three, numbered 1..N
    junctions = np.flatnonzero(graph.node_degree >= 3)
    numbered = np.sort(rng.choice(junctions, size=2 * len(junctions) // 3, replace=False))
    number_of = {int(node): k + 1 for k, node in enumerate(numbered.tolist())}
    walks = numbered_walks(graph, numbered, circuits, legs, seed=8)
    write_layer(gpkg, "network", ogr.wkbLineString, [(linestring_wkt(xy), {}) for xy in lines])
    write_layer(gpkg, "nodes", ogr.wkbPoint, [
        (f"POINT({graph.node_xy[n, 0]:.3f} {graph.node_xy[n, 1]:.3f})", {"number": number_of[n]})
        for n in numbered.tolist()], (("number", ogr.OFTInteger),))
    write_table(gpkg, "sequences", [
        {"name": f"circuit {i + 1}", "sequence": "-".join(str(number_of[n]) for n in walk)}
        for i, walk in enumerate(walks)])
    write_layer(gpkg, "aires", ogr.wkbPoint, [
        (f"POINT({x:.3f} {y:.3f})", {}) for x, y in synthetic_network.points_along(
            lines, aires, seed=1)])
    return graph, walks, numbered


def write_table(gpkg, name, rows):
    """A table without geometry of text fields (the keys of the first row)."""
    dataset = ogr.Open(str(gpkg), 1)
    table = dataset.CreateLayer(name, None, ogr.wkbNone)
    for key in rows[0]:
        table.CreateField(ogr.FieldDefn(key, ogr.OFTString))
    table.StartTransaction()
    for row in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for key, value in row.items():
            feature.SetField(key, value)
        table.CreateFeature(feature)
    table.CommitTransaction()
    dataset = None


def networks_numbering(xy, block_m, seed=3):
    """Numbers repeated across networks: square blocks of ``block_m`` metres, each numbering its
    nodes from 1 in a random order. Returns (numbers, networks)."""
    block = np.floor((xy - xy.min(axis=0)) / block_m).astype(int)
    network_of = [f"network {i}-{j}" for i, j in block.tolist()]
    numbers, count = [None] * len(xy), {}
    for k in np.random.default_rng(seed).permutation(len(xy)).tolist():
        count[network_of[k]] = count.get(network_of[k], 0) + 1
        numbers[k] = str(count[network_of[k]])
    return numbers, network_of


def resolution(graph, numbered, walks):
    """The engine on the walks with unique numbers, then with numbers repeated in 4 networks
    and in 2 km networks: time (best of 2), circuits built on the walked nodes, errors."""
    from itinerance.processing.logic.network import circuits

    xy = graph.node_xy[numbered]
    row_of = {int(n): k for k, n in enumerate(numbered.tolist())}
    span = float((xy.max(axis=0) - xy.min(axis=0)).max())
    cases = [("unique numbers", [str(k + 1) for k in range(len(xy))], None)]
    for block_m in (span / 2 + 1, 2000.0):
        numbers, networks = networks_numbering(xy, block_m)
        cases.append((f"{len(set(networks))} networks numbering 1..{max(map(int, numbers))}",
                      numbers, networks))
    for label, numbers, networks in cases:
        refined, table = circuits.node_table(graph, xy, numbers, networks, 1.0)
        requests = [circuits.Request(f"c{i}", [numbers[row_of[n]] for n in walk])
                    for i, walk in enumerate(walks)]
        def build(refined=refined, table=table, requests=requests):
            return circuits.build_circuits(refined, table, requests)

        seconds, results = min((timed(None, build) for _ in range(2)), key=lambda run: run[0])
        errors = [r.kind for r in results if isinstance(r, circuits.CircuitError)]
        right = sum(not isinstance(r, circuits.CircuitError)
                    and r.rows == [row_of[n] for n in walk] for r, walk in zip(results, walks))
        print(f"  {label}: {seconds:.2f} s; {len(results) - len(errors)} built, {right} on the "
              f"walked nodes; errors {dict((k, errors.count(k)) for k in set(errors))}")


def native_legs(work, gpkg, graph, walks, count):
    """native:shortestpathpointtopoint on the first ``count`` legs inside QGIS: (seconds,
    lengths)."""
    import processing

    points = [(graph.node_xy[a], graph.node_xy[b]) for walk in walks
              for a, b in zip(walk[:-1], walk[1:])][:count]
    lengths = []

    def run():
        lengths.clear()
        for (ax, ay), (bx, by) in points:
            result = processing.run("native:shortestpathpointtopoint", {
                "INPUT": f"{gpkg}|layername=network", "STRATEGY": 0, "TOLERANCE": 0.0,
                "START_POINT": f"{ax:.3f},{ay:.3f} [EPSG:2154]",
                "END_POINT": f"{bx:.3f},{by:.3f} [EPSG:2154]", "OUTPUT": "memory:"})
            # the length of its path (its "cost" is measured on the ellipsoid, ours in the plane)
            lengths.append(next(result["OUTPUT"].getFeatures()).geometry().length())

    seconds, _ = timed(f"native:shortestpathpointtopoint, {len(points)} legs", run)
    return seconds, np.array(lengths)


def region(qgis, work, sizes, circuits, legs):
    """buildcircuit at region scale (see the module)."""
    print("| edges | circuits | buildcircuit (s) | copy (s) | ratio | growth exponent | "
          "peak memory (MB) | copy's peak (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|")
    first = None
    for n_edges in sizes:
        gpkg = work / "region_circuits.gpkg"
        gpkg.unlink(missing_ok=True)
        write_inputs(gpkg, n_edges, circuits, legs, 4000)
        copy = copy_floor(qgis, work, f"{gpkg}|layername=network")
        outputs = {name: work / f"region_{name.lower()}.gpkg" for name in ("OUTPUT", "LEGS",
                                                                          "STOPS")}
        for path in outputs.values():
            path.unlink(missing_ok=True)
        ours = run_measured(
            qgis, "--json", "run", "itinerance:buildcircuit",
            *(f"--{k}={gpkg}|layername={v}" for k, v in (
                ("NETWORK", "network"), ("NODES", "nodes"), ("SEQUENCE", "sequences"),
                ("AIRES", "aires"))), "--SNAP_TOLERANCE=0",
            *(f"--{name}={path}" for name, path in outputs.items()))
        exponent = f"{growth(first, ours.wall, sizes[0], n_edges):.2f}" if first else ""
        first = first or ours.wall
        print(f"| {n_edges:,} | {circuits:,} | {beside_copy(ours, copy, exponent)}", flush=True)
        for path in [gpkg, *outputs.values()]:
            path.unlink(missing_ok=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_circuits")
    parser.add_argument("--edges", type=int, default=50000)
    parser.add_argument("--circuits", type=int, default=1000)
    parser.add_argument("--legs", type=int, default=20)
    parser.add_argument("--aires", type=int, default=2000)
    parser.add_argument("--native-legs", type=int, default=20)
    parser.add_argument("--region", action="store_true", help="200,000 and 1,000,000 edges")
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    if args.region:
        region(qgis, work, [200_000, 1_000_000], args.circuits, args.legs)
        return 0
    gpkg = work / "circuits.gpkg"
    graph, walks, numbered = write_inputs(gpkg, args.edges, args.circuits, args.legs,
                                          args.aires)
    total_legs = args.circuits * args.legs
    print(f"{graph.edge_count} edges, {args.circuits} circuits of {args.legs} legs "
          f"({total_legs} legs), {args.aires} aires:", flush=True)
    inputs = {"NETWORK": f"{gpkg}|layername=network", "NODES": f"{gpkg}|layername=nodes",
              "SEQUENCE": f"{gpkg}|layername=sequences", "AIRES": f"{gpkg}|layername=aires",
              "SNAP_TOLERANCE": 0.0}
    end_to_end, result = timed("itinerance:buildcircuit through qgis_process.bin", lambda: qgis.run(
        "itinerance:buildcircuit", **inputs, OUTPUT=work / "circuits_out.gpkg",
        LEGS=work / "legs.gpkg", STOPS=work / "stops.gpkg"))
    figures = result["results"]
    assert figures["CIRCUIT_COUNT"] == args.circuits and figures["LEG_COUNT"] == total_legs, \
        figures

    sys.path.insert(0, str(HERE.parent))
    from qgis_env import start_qgis

    start_qgis()
    import processing

    def ours():
        return processing.run("itinerance:buildcircuit", {
            **inputs, "OUTPUT": "memory:", "LEGS": "memory:", "STOPS": "memory:"})

    inside = min(timed(None, ours)[0] for _ in range(2))
    legs = list(ours()["LEGS"].getFeatures())
    native, native_lengths = native_legs(work, gpkg, graph, walks, args.native_legs)
    ours_lengths = np.array([f["length_m"] for f in legs[:len(native_lengths)]])
    worst = float(np.max(np.abs(ours_lengths - native_lengths)))
    per_leg = native / len(native_lengths)
    print(f"\nbuildcircuit, {args.circuits} circuits of {args.legs} legs on {graph.edge_count} "
          f"edges: {end_to_end:.2f} s through qgis_process.bin (writing GeoPackages), "
          f"{inside:.2f} s inside QGIS (processing.run, best of 2)")
    print(f"native:shortestpathpointtopoint inside QGIS: {per_leg:.3f} s per leg over "
          f"{len(native_lengths)} legs, so {per_leg * total_legs:.0f} s for the {total_legs} "
          f"legs: ratio {per_leg * total_legs / inside:.0f} (native / ours inside QGIS), "
          f"{per_leg * total_legs / end_to_end:.0f} (against ours end to end)")
    print(f"the same paths on those legs: largest difference of length {worst:.2e} m (native's "
          "start and end given to the millimetre)")
    print(f"\nthe engine alone (circuits.build_circuits), the {args.circuits} circuits:")
    resolution(graph, numbered, walks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
