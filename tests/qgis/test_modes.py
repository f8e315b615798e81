"""Every analysis per mode (MODE): a project database with a French and a Belgian cycling network
and a walking network (border_networks), each analysis run for one mode against what the
mode's own features give (QGIS's extract by attribute, shapely's lengths)."""

import shutil

import border_networks
import processing
import pytest
from feedback_log import Log
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from shapely.geometry import LineString, box
from shapely.ops import unary_union

from itinerance.processing.inputs.indicator_labels import IndicatorLabels
from itinerance.processing.logic.reports import territory_figures as ti

X0, Y0 = 650000.0, 6860000.0
FRANCE = box(X0 - 5000, Y0 - 5000, X0 + 5000, Y0 + 9000)  # west of the middle of the border
BELGIUM = box(X0 + 5000, Y0 - 5000, X0 + 15000, Y0 + 9000)


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    path = tmp_path_factory.mktemp("modes") / "modes.gpkg"
    border_networks.write_project(path, origin=(X0, Y0))
    return str(path)


def uri(gpkg, name):
    return f"{gpkg}|layername={name}"


def mode_lines(mode):
    lines = border_networks.cycling((X0, Y0))[0] if mode == "velo" else \
        border_networks.walking((X0, Y0))[0]
    return unary_union([LineString(line) for line in lines])


def only(layer_uri, mode):
    """The features of one mode, by QGIS's own extract (the oracle of the filter)."""
    return processing.run("native:extractbyattribute", {
        "INPUT": layer_uri, "FIELD": "mode", "OPERATOR": 0, "VALUE": mode,
        "OUTPUT": "memory:"})["OUTPUT"]


def aires_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=name:string", "aires", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 2000, Y0 + 2000)))
    feature["name"] = "Aire du 5"
    layer.dataProvider().addFeatures([feature])
    return layer


FIGURES = ("NETWORK_LENGTH_M", "COVERED_LENGTH_M", "COVERAGE_PCT", "MAX_DIST_M", "GAP_COUNT",
           "COMPONENT_COUNT", "AIRE_COUNT", "OFF_NETWORK_COUNT")


@pytest.mark.parametrize("mode", ["velo", "marche"])
def test_airesgap_on_one_modes_network_is_airesgap_on_its_sections(gpkg, mode):
    aires = aires_layer()
    by_mode = processing.run("itinerance:airesgap", {
        "NETWORK": uri(gpkg, "troncons"), "MODE": mode, "AIRES": aires, "MAX_ATTACH_DISTANCE":
        5000, "OUTPUT": "memory:"})
    extracted = processing.run("itinerance:airesgap", {
        "NETWORK": only(uri(gpkg, "troncons"), mode), "MODE": mode, "AIRES": aires,
        "MAX_ATTACH_DISTANCE": 5000, "OUTPUT": "memory:"})
    for figure in FIGURES:
        assert by_mode[figure] == pytest.approx(extracted[figure]), figure
    assert by_mode["NETWORK_LENGTH_M"] == pytest.approx(mode_lines(mode).length)


def test_airesgap_without_a_mode_is_cycling_and_a_layer_without_the_field_is_whole(gpkg):
    aires = aires_layer()
    default = processing.run("itinerance:airesgap", {
        "NETWORK": uri(gpkg, "troncons"), "AIRES": aires, "OUTPUT": "memory:"})
    assert default["NETWORK_LENGTH_M"] == pytest.approx(mode_lines("velo").length)
    whole = processing.run("native:deletecolumn", {
        "INPUT": uri(gpkg, "troncons"), "COLUMN": ["mode"], "OUTPUT": "memory:"})["OUTPUT"]
    log = Log()
    result = processing.run("itinerance:airesgap", {
        "NETWORK": whole, "MODE": "marche", "AIRES": aires, "OUTPUT": "memory:"}, feedback=log)
    assert result["NETWORK_LENGTH_M"] == pytest.approx(
        mode_lines("velo").length + mode_lines("marche").length)
    assert "has no mode field: all its features are read" in log.text


def test_a_mode_without_sections_and_a_wrong_mode_are_named(gpkg):
    with pytest.raises(QgsProcessingException, match=r"no feature of the mode Canoe \(canoe\)"):
        processing.run("itinerance:airesgap", {
            "NETWORK": uri(gpkg, "troncons"), "MODE": "canoe", "AIRES": aires_layer(),
            "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="MODE: kayak is not a mode; give one of "
                                                     "velo, marche, cheval, canoe, bateau"):
        processing.run("itinerance:airesgap", {
            "NETWORK": uri(gpkg, "troncons"), "MODE": "kayak", "AIRES": aires_layer(),
            "OUTPUT": "memory:"})


@pytest.fixture(scope="module")
def gpkg_with_duplicate(gpkg, tmp_path_factory):
    """The project with a second walking node 6, 3 km from any line."""
    path = tmp_path_factory.mktemp("duplicate") / "modes.gpkg"
    shutil.copy(gpkg, path)
    nodes = QgsVectorLayer(uri(path, "noeuds"), "noeuds", "ogr")
    feature = QgsFeature(nodes.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 1400, Y0 - 6000)))
    feature["number"], feature["network"] = 6, border_networks.WALKING
    feature["mode"] = "marche"
    assert nodes.dataProvider().addFeatures([feature])[0]
    return str(path)


def test_checkinventory_checks_one_modes_nodes_and_sections(gpkg_with_duplicate):
    gpkg = gpkg_with_duplicate
    common = {"NOEUDS": uri(gpkg, "noeuds"), "TRONCONS": uri(gpkg, "troncons"),
              "OUTPUT": "memory:"}
    cycling = processing.run("itinerance:checkinventory", dict(common))  # cycling by default
    walking = processing.run("itinerance:checkinventory", dict(common, MODE="marche"))
    assert cycling["FEATURE_COUNT"] == 18 + 25  # nodes and sections
    assert walking["FEATURE_COUNT"] == 5 + 3
    assert cycling["DUPLICATE_NUMBERS_COUNT"] == 0 and cycling["OFF_NETWORK_COUNT"] == 0
    assert walking["DUPLICATE_NUMBERS_COUNT"] == 2 and walking["OFF_NETWORK_COUNT"] == 1
    findings = [f["message"] for f in walking["OUTPUT"].getFeatures()]
    assert any("Sentiers des Monts" in message for message in findings)


def run_indicators(gpkg, **extra):
    perimeters = QgsVectorLayer("Polygon?crs=EPSG:2154&field=name:string", "p", "memory")
    rows = []
    for name, shape in (("France", FRANCE), ("Belgique", BELGIUM)):
        feature = QgsFeature(perimeters.fields())
        feature.setGeometry(QgsGeometry.fromWkt(shape.wkt))
        feature["name"] = name
        rows.append(feature)
    perimeters.dataProvider().addFeatures(rows)
    result = processing.run("itinerance:territoryindicators", dict({
        "PERIMETERS": perimeters, "NETWORK": uri(gpkg, "troncons"), "OUTPUT": "memory:"},
        **extra))
    return result, {f["name"]: f for f in result["OUTPUT"].getFeatures()}


def endpoints(mode, shape):
    """The nodes of a mode's network inside ``shape``: its lines' ends (they meet only there)."""
    lines = border_networks.cycling((X0, Y0))[0] if mode == "velo" else \
        border_networks.walking((X0, Y0))[0]
    ends = {tuple(line[k]) for line in lines for k in (0, -1)}
    return sum(shape.covers(LineString([p, p]).centroid) for p in ends)


def test_territoryindicators_gives_lengths_and_nodes_per_mode(gpkg):
    result, rows = run_indicators(gpkg)
    for name, shape in (("France", FRANCE), ("Belgique", BELGIUM)):
        row = rows[name]
        for mode in ("velo", "marche"):
            inside = mode_lines(mode).intersection(shape).length / 1000
            assert row[f"mode_{mode}_km"] == pytest.approx(inside, abs=1e-9), (name, mode)
            assert row[f"mode_{mode}_node_count"] == endpoints(mode, shape), (name, mode)
        for mode in ("cheval", "canoe", "bateau", "roller"):
            assert row[f"mode_{mode}_km"] == 0 and row[f"mode_{mode}_node_count"] == 0
        # the network figures are the cycling network's (the default mode)
        assert row["network_km"] == pytest.approx(row["mode_velo_km"], abs=1e-9)
        assert row["node_count"] == row["mode_velo_node_count"]
    assert result["NETWORK_KM"] == pytest.approx(mode_lines("velo").length / 1000)


def test_territoryindicators_for_walking(gpkg):
    result, rows = run_indicators(gpkg, MODE="marche")
    assert result["NETWORK_KM"] == pytest.approx(1.2)
    assert rows["France"]["network_km"] == pytest.approx(1.2)
    assert rows["Belgique"]["network_km"] == 0
    assert rows["France"]["mode_velo_km"] == pytest.approx(
        mode_lines("velo").intersection(FRANCE).length / 1000)
    fields = [ti.Field("network_km", "real", "network_km"),
              ti.Field("mode_marche_km", "real", "mode_value_km", "marche")]
    aliases = IndicatorLabels("marche").aliases(fields)
    assert aliases["network_km"] == "Network: Walking (km)"
    assert aliases["mode_marche_km"] == "Network by mode: Walking (km)"
    assert IndicatorLabels().aliases(fields)["network_km"] == "Cycling network (km)"
