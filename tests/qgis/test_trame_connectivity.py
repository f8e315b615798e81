"""itinerance:trameconnectivity through processing.run: oracles and built examples."""

import networkx as nx
import processing
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer

from itinerance.processing.layers.sinks import TYPES


def layer(kind, crs, rows):
    result = QgsVectorLayer(f"{kind}?crs={crs}", "test", "memory")
    result.dataProvider().addAttributes([QgsField("name", TYPES["text"])])
    result.updateFields()
    features = []
    for name, wkt in rows:
        feature = QgsFeature(result.fields())
        feature["name"] = name
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def run(itineraries, hubs=None, **extra):
    params = {"ITINERARIES": itineraries, "HUBS": hubs, "HUB_NAME_FIELD": "name" if hubs else None,
              "OUTPUT": "memory:", "HUBS_OUT": "memory:", "MISSING_LINKS": "memory:"}
    params.update(extra)
    return processing.run("itinerance:trameconnectivity", params)


def test_sample_trame_and_poles(sample):
    gpkg = sample["gpkg"]
    result = run(f"{gpkg}|layername=trame", f"{gpkg}|layername=poles")
    assert result["COMPONENT_COUNT"] == 2
    assert result["ISOLATED_HUB_COUNT"] == 1
    hubs = {f["name"]: f for f in result["HUBS_OUT"].getFeatures()}
    assert hubs["Parc départemental d'Olhain"]["component"] is None or \
        str(hubs["Parc départemental d'Olhain"]["component"]) == "NULL"
    assert 0 < result["IIC"] <= 1 and 0 < result["PC"] <= 1
    assert result["LARGEST_COMPONENT_KM"] > 20


def test_bridges_and_components_match_networkx(sample):
    result = run(f"{sample['gpkg']}|layername=trame", f"{sample['gpkg']}|layername=poles")
    graph = nx.MultiGraph()
    ours = set()
    for feature in result["OUTPUT"].getFeatures():
        line = feature.geometry().constGet()
        u = (round(line.startPoint().x(), 3), round(line.startPoint().y(), 3))
        v = (round(line.endPoint().x(), 3), round(line.endPoint().y(), 3))
        graph.add_edge(u, v, key=feature.id())
        if feature["is_bridge"]:
            ours.add(frozenset((u, v)))
    expected = {frozenset((u, v)) for u, v in nx.bridges(graph)}
    assert ours == expected
    assert result["BRIDGE_COUNT"] == len(expected)
    assert result["COMPONENT_COUNT"] == nx.number_connected_components(graph)


def test_missing_link_between_two_pieces_joins_their_hubs():
    itineraries = layer("LineString", "EPSG:2154", [
        ("west", "LineString(0 0, 1000 0)"), ("east", "LineString(1400 0, 3000 0)")])
    hubs = layer("Point", "EPSG:2154", [("a", "Point(0 50)"), ("b", "Point(500 -50)"),
                                        ("c", "Point(3000 20)"), ("far", "Point(9000 0)")])
    result = run(itineraries, hubs, MAX_LINK_LENGTH=1000, DISTANCE_THRESHOLD=10000)
    assert result["COMPONENT_COUNT"] == 2 and result["ISOLATED_HUB_COUNT"] == 1
    # west is cut at b (500 0), a and c sit on line ends: 3 edges, each one a bridge
    assert result["BRIDGE_COUNT"] == 3
    [link] = list(result["MISSING_LINKS"].getFeatures())
    assert link["rank"] == 1
    assert link["length_m"] == pytest.approx(400)
    assert link["gain_hub_pairs"] == 2  # a–c and b–c
    assert link["d_iic_pct"] > 0
    cuts = sorted(f["cut_hub_pairs"] for f in result["OUTPUT"].getFeatures())
    assert max(cuts) == 1  # the west edge between a and b separates that one pair


def test_no_hub_still_gives_components_and_bridges():
    itineraries = layer("MultiLineString", "EPSG:4326", [
        ("multi", "MultiLineString((2.50 50.50, 2.51 50.50),(2.51 50.50, 2.51 50.51))"),
        ("empty", None)])
    result = run(itineraries)
    assert result["COMPONENT_COUNT"] == 1
    assert result["BRIDGE_COUNT"] == 2
    assert result["SKIPPED_COUNT"] == 1
    assert result["IIC"] == 0
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"


def test_points_as_itineraries_is_a_clear_error():
    with pytest.raises(QgsProcessingException):
        run(layer("Point", "EPSG:2154", [("p", "Point(0 0)")]))
