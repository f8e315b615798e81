"""itinerance:stationaccess through processing.run: a grid network, against networkx."""

import itertools

import networkx as nx
import numpy as np
import processing
import pytest
from qgis.core import QgsProcessingException
from test_accueil_velo_coverage import layer

from itinerance.processing.layers.sinks import TYPES

CRS = "EPSG:2154"
X0, Y0 = 650000.0, 7050000.0
STEP = 1000.0
NAMED = (("name", TYPES["text"]),)


def grid():
    """A 4 x 4 grid of 1 km segments, one per feature, with its networkx graph."""
    rows, graph = [], nx.Graph()
    for i, j in itertools.product(range(4), range(4)):
        for di, dj in ((1, 0), (0, 1)):
            if i + di < 4 and j + dj < 4:
                a, b = (X0 + i * STEP, Y0 + j * STEP), (X0 + (i + di) * STEP, Y0 + (j + dj) * STEP)
                rows.append((f"LineString({a[0]} {a[1]}, {b[0]} {b[1]})", {}))
                graph.add_edge(a, b, weight=STEP)
    return layer("LineString", CRS, rows), graph


def run(**params):
    params.setdefault("OUTPUT", "memory:")
    return processing.run("itinerance:stationaccess", params)


def test_distances_along_the_grid_are_networkx_ones():
    network, graph = grid()
    # stations and targets on grid vertices: no approach, networkx alone is the oracle
    stations = layer("Point", CRS, [(f"Point({X0} {Y0})", {"name": "Gare SO"}),
                                    (f"Point({X0 + 3000} {Y0 + 3000})", {"name": "Gare NE"})],
                     NAMED)
    nodes = layer("Point", CRS, [(f"Point({X0 + 2000} {Y0 + 1000})", {"number": 12}),
                                 (f"Point({X0 + 3000} {Y0 + 2000})", {"number": 7})],
                  (("number", TYPES["int"]),))
    itinerary = layer("LineString", CRS, [
        (f"LineString({X0 + 1000} {Y0 + 3000}, {X0 + 2000} {Y0 + 3000})", {"name": "EV5"})],
        NAMED)
    result = run(STATIONS=stations, NETWORK=network, NODES=nodes, ITINERARIES=itinerary,
                 MAX_DISTANCE_M=1500)
    out = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    for name, xy in (("Gare SO", (X0, Y0)), ("Gare NE", (X0 + 3000, Y0 + 3000))):
        lengths = nx.single_source_dijkstra_path_length(graph, xy)
        to_node = min(lengths[(X0 + 2000, Y0 + 1000)], lengths[(X0 + 3000, Y0 + 2000)])
        to_itinerary = min(lengths[(X0 + 1000, Y0 + 3000)], lengths[(X0 + 2000, Y0 + 3000)])
        assert out[name]["node_distance_m"] == pytest.approx(to_node)
        assert out[name]["itinerary_distance_m"] == pytest.approx(to_itinerary)
        assert out[name]["network_distance_m"] == pytest.approx(0)
        assert out[name]["far"] == (to_itinerary > 1500)
    assert out["Gare NE"]["nearest_node"] == "7"
    assert out["Gare SO"]["nearest_itinerary"] == "EV5"
    assert out["Gare SO"]["itinerary_measure"] == "network"
    assert result["FAR_COUNT"] == 1 and result["STATION_COUNT"] == 2


def test_a_station_off_the_network_counts_its_approach_and_a_separate_itinerary_is_straight():
    network, _ = grid()
    stations = layer("Point", CRS, [(f"Point({X0 + 500} {Y0 - 300})", {"name": "Halte"})], NAMED)
    itinerary = layer("LineString", CRS, [
        (f"LineString({X0 + 10000} {Y0}, {X0 + 12000} {Y0})", {"name": "Loin"})], NAMED)
    establishments = layer("Point", CRS, [
        (f"Point({X0 + 1000} {Y0 + 1200})", {"name": "Gîte", "accueil_velo": True}),
        (f"Point({X0 + 500} {Y0 + 10})", {"name": "Café", "accueil_velo": False})],
        (("name", TYPES["text"]), ("accueil_velo", TYPES["bool"])))
    out = next(run(STATIONS=stations, NETWORK=network, ITINERARIES=itinerary,
                   ESTABLISHMENTS=establishments)["OUTPUT"].getFeatures())
    assert out["network_distance_m"] == pytest.approx(300)
    # 300 approach + 500 to the corner + 1000 north + 200 east... to the Gîte at (1000, 1200):
    # it hangs 200 m north of the vertex (1000, 1000)? no: it lies on the segment x = 1000
    assert out["establishment_distance_m"] == pytest.approx(300 + 500 + 1200)
    assert out["nearest_establishment"] == "Gîte"  # the unlabelled café does not count
    assert out["itinerary_measure"] == "straight"
    assert out["itinerary_distance_m"] == pytest.approx(np.hypot(9500, 300))
    assert out["far"]


def test_a_station_layer_of_lines_is_refused():
    network, _ = grid()
    with pytest.raises(QgsProcessingException):
        run(STATIONS=network, NETWORK=network)
