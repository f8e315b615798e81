"""`make bench`, itinerance products: planstages on a 2,000 km route in 400 unordered pieces with
5,000 lodgings; stationaccess on a 50,000-edge network with 200 stations; motorhomecoverage on
the communes of two departments' size with 20,000 candidates. Each through qgis_process.bin
(what a user waits for, QGIS's start included) and its engine alone, beside a plain oracle
measured in the same run: the dynamic programme over every pair of stops (O(n²)), networkx's
multi-source Dijkstra, the textbook greedy loop. Machines are noisy: read the ratios.
"""

import argparse
import sys
from pathlib import Path

import networkx as nx
import numpy as np
from osgeo import ogr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests/: synthetic_network
import synthetic_network  # noqa: E402
from bench_common import prepare, random_walks, timed  # noqa: E402
from bench_coverage import linestring_wkt, write_layer  # noqa: E402

from itinerance.processing.logic.network import route_coverage  # noqa: E402
from itinerance.processing.logic.products import place_coverage, stage_plan, stages  # noqa: E402
from itinerance.processing.logic.products import station_access as access  # noqa: E402

ROUTE_KM, PIECES, LODGINGS = 2000, 400, 5000


def stage_inputs(work, seed=22):
    """One meandering 2,000 km route cut into unordered, randomly reversed pieces; lodgings up
    to 4 km off it (a tenth Accueil Vélo); a station at each end."""
    rng = np.random.default_rng(seed)
    (walk,) = random_walks(ROUTE_KM, 1, seed, 200, 0.12, (600000, 6600000), (600001, 6600001))
    cuts = np.sort(rng.choice(np.arange(1, len(walk) - 1), PIECES - 1, replace=False))
    ends = np.concatenate([[0], cuts, [len(walk) - 1]])
    # consecutive pieces share their end vertex, as the ways of an OSM route do
    pieces = [walk[a:b + 1] if rng.random() < 0.5 else walk[a:b + 1][::-1]
              for a, b in zip(ends[:-1], ends[1:])]
    order = rng.permutation(len(pieces))
    along = rng.integers(0, len(walk), LODGINGS)
    offset = rng.normal(0, 1500, (LODGINGS, 2))
    lodgings = walk[along] + offset
    labelled = rng.random(LODGINGS) < 0.1
    gpkg = work / "stages.gpkg"
    write_layer(gpkg, "route", ogr.wkbLineString,
                [(linestring_wkt(pieces[k]), {}) for k in order])
    write_layer(gpkg, "lodgings", ogr.wkbPoint, [
        (f"POINT({x:.2f} {y:.2f})", {"name": f"L{k}", "accueil_velo": int(lab)})
        for k, ((x, y), lab) in enumerate(zip(lodgings, labelled))],
        (("name", ogr.OFTString), ("accueil_velo", ogr.OFTInteger)))
    write_layer(gpkg, "stations", ogr.wkbPoint, [
        (f"POINT({walk[0][0]:.2f} {walk[0][1]:.2f})", {"name": "Départ"}),
        (f"POINT({walk[-1][0]:.2f} {walk[-1][1]:.2f})", {"name": "Arrivée"})],
        (("name", ogr.OFTString),))
    return gpkg, pieces, lodgings, labelled


def full_dp(points, bounds):
    """The same optimum over every pair of stops: O(n²), the oracle of the windowed DP."""
    c = points.chainage_m
    best = np.full(len(c), np.inf)
    best[0] = 0.0
    bonus = np.where(points.labelled, bounds.labelled_weight, 0.0)
    bonus[-1] = 0.0
    for j in range(1, len(c)):
        total = best[:j] + stages.day_cost(c[j] - c[:j], bounds)
        best[j] = total.min() - bonus[j]
    return best[-1]


def bench_stages(work, qgis):
    print(f"planstages: a {ROUTE_KM} km route in {PIECES} unordered pieces, {LODGINGS} lodgings",
          flush=True)
    gpkg, pieces, xy, labelled = stage_inputs(work)
    seconds, result = timed("qgis_process.bin (start, read, plan, write)", lambda: qgis.run(
        "itinerance:planstages", ROUTE=f"{gpkg}|layername=route",
        LODGINGS=f"{gpkg}|layername=lodgings", STATIONS=f"{gpkg}|layername=stations",
        STAGES=work / "stages_out.gpkg", LODGING_OPTIONS=work / "options_out.gpkg")["results"])
    print(f"  {int(result['STAGE_COUNT'])} days, {result['TOTAL_KM']:.0f} km, "
          f"{int(result['CANDIDATE_COUNT'])} lodgings within reach")
    _, route = timed("engine: assemble the route", lambda: route_coverage.assemble_route(
        pieces, 1.0))
    detour, _, _ = route_coverage.nearest_on_routes([route], xy)
    lodgings = stage_plan.Lodgings(xy, labelled, detour, [f"L{k}" for k in range(len(xy))])
    bounds = stages.DayBounds(40, 70, 55, 25.0)
    timed("engine: stop points, cut, options", lambda: stage_plan.plan(
        route, lodgings, 0.0, route.length, 2000.0, bounds))
    _, _, chainage = route_coverage.nearest_on_routes([route], xy)
    within = detour <= 2000
    points = stages.stop_points(chainage[within], detour[within], labelled[within], 0.0,
                                route.length, True)
    window, cut = timed("windowed DP alone", lambda: stages.cut_days(points, bounds))
    full, cost = timed("DP over every pair (O(n²))", lambda: full_dp(points, bounds))
    assert abs(cost - cut.cost) < 1e-6 * max(1.0, abs(cost))
    print(f"  same optimum ({cut.cost:.1f} km²) over {len(points)} stops; windowed "
          f"{full / window:.0f}x faster")


def bench_station_access(work, qgis, n_edges=50000, n_stations=200):
    print(f"stationaccess: {n_edges} edges, {n_stations} stations, 2000 nodes, 1000 "
          "establishments, 20 itineraries", flush=True)
    lines = synthetic_network.grid_lines(n_edges, seed=7)
    rng = np.random.default_rng(7)
    stations = synthetic_network.points_along(lines, n_stations, seed=1, max_offset=800)
    nodes = synthetic_network.points_along(lines, 2000, seed=2, max_offset=0)
    shops = synthetic_network.points_along(lines, 1000, seed=3, max_offset=200)
    itineraries = [lines[k] for k in rng.choice(len(lines), 20, replace=False)]
    gpkg = work / "stations.gpkg"
    write_layer(gpkg, "network", ogr.wkbLineString, [(linestring_wkt(xy), {}) for xy in lines])
    write_layer(gpkg, "itineraries", ogr.wkbLineString,
                [(linestring_wkt(xy), {}) for xy in itineraries])
    for name, points in (("stations", stations), ("nodes", nodes), ("shops", shops)):
        write_layer(gpkg, name, ogr.wkbPoint,
                    [(f"POINT({x:.2f} {y:.2f})", {}) for x, y in points])
    timed("qgis_process.bin", lambda: qgis.run(
        "itinerance:stationaccess", STATIONS=f"{gpkg}|layername=stations",
        NETWORK=f"{gpkg}|layername=network", NODES=f"{gpkg}|layername=nodes",
        ITINERARIES=f"{gpkg}|layername=itineraries", ESTABLISHMENTS=f"{gpkg}|layername=shops",
        OUTPUT=work / "stations_out.gpkg"))
    engine, result = timed("engine (graph built once, one Dijkstra per kind)", lambda:
                           access.station_access(lines, stations, itineraries, nodes, shops,
                                                 2000.0))
    attached = access.attach(lines, np.concatenate([stations, nodes]))
    net = attached.network

    def networkx_nodes():
        graph = nx.Graph()
        graph.add_weighted_edges_from(zip(net.edge_u.tolist(), net.edge_v.tolist(),
                                          net.edge_length.tolist()))
        return nx.multi_source_dijkstra_path_length(graph, set(
            attached.node[n_stations:].tolist()))

    oracle, lengths = timed("networkx on our attached graph, the nodes only", networkx_nodes)
    ours = np.array([lengths.get(int(n), np.inf) for n in attached.node[:n_stations]])
    ours += attached.approach_m[:n_stations]
    assert np.allclose(ours, result.node_m, atol=1e-6)
    print(f"  node distances equal to networkx's; the engine's three searches and its graph in "
          f"{engine:.2f} s, networkx's one search (graph given) in {oracle:.2f} s")


def plain_greedy(places, reach, candidates, uncovered, count):
    d = np.hypot(*(candidates[:, None, :] - places[None, :, :]).transpose(2, 0, 1))
    covers = d <= reach[None, :]
    open_places, chosen = uncovered.copy(), []
    for _ in range(count):
        gains = (covers & open_places[None, :]).sum(axis=1)
        if gains.max() == 0:
            break
        best = int(np.argmax(gains))
        chosen.append((best, int(gains[best])))
        open_places &= ~covers[best]
    return chosen


def bench_motorhome(work, qgis, n_places=2200, n_candidates=20000, count=20):
    print(f"motorhomecoverage: {n_places} sites and centres, 60 areas, {n_candidates} "
          f"candidates, {count} suggestions", flush=True)
    rng = np.random.default_rng(62)
    places = rng.uniform((600000, 6950000), (760000, 7110000), (n_places, 2))
    reach = np.where(rng.random(n_places) < 0.3, 5000.0, 1000.0)
    areas = rng.uniform((600000, 6950000), (760000, 7110000), (60, 2))
    candidates = rng.uniform((600000, 6950000), (760000, 7110000), (n_candidates, 2))
    gpkg = work / "motorhome.gpkg"
    for name, points in (("sites", places[reach > 1000]), ("centres", places[reach <= 1000]),
                         ("areas", areas), ("candidates", candidates)):
        write_layer(gpkg, name, ogr.wkbPoint,
                    [(f"POINT({x:.2f} {y:.2f})", {}) for x, y in points])
    timed("qgis_process.bin", lambda: qgis.run(
        "itinerance:motorhomecoverage", SITES=f"{gpkg}|layername=sites",
        CENTRES=f"{gpkg}|layername=centres", AREAS=f"{gpkg}|layername=areas",
        CANDIDATES=f"{gpkg}|layername=candidates", SUGGEST_COUNT=count,
        OUTPUT=work / "motorhome_out.gpkg", SUGGESTIONS=work / "suggestions_out.gpkg"))
    engine, analysis = timed("engine (k-d tree, sparse matrix, lazy gains)", lambda:
                             place_coverage.analyse(places, reach, areas, count, candidates))
    oracle, chosen = timed("plain greedy loop (dense distances)", lambda: plain_greedy(
        places, reach, candidates, ~analysis.coverage.covered, count))
    assert [(c, g) for c, g, _ in analysis.suggestions] == chosen
    print(f"  the same {len(chosen)} suggestions; {oracle / engine:.1f}x faster")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)
    bench_stages(work, qgis)
    bench_station_access(work, qgis)
    bench_motorhome(work, qgis)
    return 0


if __name__ == "__main__":
    sys.exit(main())
