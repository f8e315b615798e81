"""itinerance:buildcircuit through processing.run: networks built here whose distances are known
(networkx as the oracle), numbers repeated across networks, a DEM that is a known function, a
layer of sequences, and every bad sequence named."""

import functools
import subprocess
from pathlib import Path

import border_networks
import networkx as nx
import numpy as np
import processing
import pytest
import rasterio
from feedback_log import Log
from lxml import etree
from qgis.core import (
    NULL,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from rasterio.transform import from_origin

from itinerance.processing.layers.sinks import TYPES

X0, Y0 = 650000.0, 6860000.0  # Lambert-93, the grids' south-west corner
STEP = 1000.0


def layer(kind, name, fields, rows):
    """A memory layer in Lambert-93; ``rows`` are (wkt, {field: value})."""
    result = QgsVectorLayer(f"{kind}?crs=EPSG:2154", name, "memory")
    result.dataProvider().addAttributes([QgsField(f, TYPES[t]) for f, t in fields])
    result.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(result.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    assert result.dataProvider().addFeatures(features)[0]
    return result


def grid_lines(x0=X0, size=3, surface="enrobe"):
    """The lines of a size x size grid of 1 km sections (vertical ones are stabilise)."""
    rows = []
    for i in range(size):
        for j in range(size - 1):
            x, y = x0 + i * STEP, Y0 + j * STEP
            rows.append((f"LineString({x} {y}, {x} {y + STEP})", {"surface": "stabilise"}))
            x, y = x0 + j * STEP, Y0 + i * STEP
            rows.append((f"LineString({x} {y}, {x + STEP} {y})", {"surface": surface}))
    return rows


def grid_nodes(x0=X0, size=3, network="ouest"):
    """Numbers 1..size² row by row from the south-west."""
    return [(f"Point({x0 + j * STEP} {Y0 + i * STEP})",
             {"number": i * size + j + 1, "network": network})
            for i in range(size) for j in range(size)]


def network_layer(rows):
    return layer("LineString", "troncons", [("surface", "text")], rows)


def nodes_layer(rows):
    return layer("Point", "noeuds", [("number", "int"), ("network", "text")], rows)


def run(network, nodes, sequence, **extra):
    params = {"NETWORK": network, "NODES": nodes, "SEQUENCE": sequence, "OUTPUT": "memory:",
              "LEGS": "memory:", "STOPS": "memory:"}
    params.update(extra)
    return processing.run("itinerance:buildcircuit", params)


def features(output):
    return list(output.getFeatures())


def test_grid_circuit_has_the_lengths_we_know():
    result = run(network_layer(grid_lines()), nodes_layer(grid_nodes()), "1-3-9-7-1",
                 NAME="Tour")
    [circuit] = features(result["OUTPUT"])
    assert circuit["name"] == "Tour" and circuit["sequence"] == "1-3-9-7-1"
    assert circuit["length_km"] == pytest.approx(8.0)
    assert circuit["leg_count"] == 4
    assert circuit["network"] == NULL  # no network field
    assert circuit["gain_m"] == NULL and circuit["max_grade_pct"] == NULL  # no DEM
    assert circuit["surfaces"] == "Asphalt 50 %, Stabilised gravel 50 %"
    line = circuit.geometry()
    assert line.length() == pytest.approx(8000)
    assert line.asPolyline()[0] == line.asPolyline()[-1] == QgsPointXY(X0, Y0)  # a loop
    legs = features(result["LEGS"])
    assert [(f["leg"], f["from_node"], f["to_node"]) for f in legs] == [
        (1, "1", "3"), (2, "3", "9"), (3, "9", "7"), (4, "7", "1")]
    assert [f["length_m"] for f in legs] == pytest.approx([2000] * 4)
    assert [f["end_km"] for f in legs] == pytest.approx([2, 4, 6, 8])
    assert all(f.geometry().length() == pytest.approx(2000) for f in legs)
    assert result["LENGTH_M"] == pytest.approx(8000) and result["LEG_COUNT"] == 4
    assert result["CIRCUIT_COUNT"] == 1 and result["SKIPPED_COUNT"] == 0
    assert np.isnan(result["GAIN_M"])  # no DEM, no gain


def test_circuit_length_is_the_sum_of_networkx_shortest_paths():
    # a 5 x 5 grid with some sections missing and a diagonal: the shortest paths detour
    rows = [r for k, r in enumerate(grid_lines(size=5)) if k % 7 != 3]
    rows.append((f"LineString({X0} {Y0}, {X0 + 2 * STEP} {Y0 + 2 * STEP})", {"surface": None}))
    graph = nx.Graph()
    for wkt, _ in rows:
        geometry = QgsGeometry.fromWkt(wkt)
        a, b = geometry.asPolyline()[0], geometry.asPolyline()[-1]
        graph.add_edge((a.x(), a.y()), (b.x(), b.y()), weight=geometry.length())
    nodes = grid_nodes(size=5)
    at = {values["number"]: QgsGeometry.fromWkt(wkt).asPoint() for wkt, values in nodes}
    sequence = [1, 25, 5, 21, 13, 1]
    expected = [nx.shortest_path_length(graph, (at[a].x(), at[a].y()), (at[b].x(), at[b].y()),
                                        weight="weight")
                for a, b in zip(sequence[:-1], sequence[1:])]
    result = run(network_layer(rows), nodes_layer(nodes), " – ".join(map(str, sequence)))
    [circuit] = features(result["OUTPUT"])
    assert circuit["length_km"] * 1000 == pytest.approx(sum(expected), rel=1e-9)
    assert [f["length_m"] for f in features(result["LEGS"])] == pytest.approx(expected)
    assert circuit.geometry().length() == pytest.approx(sum(expected), rel=1e-9)


def test_numbers_repeated_across_two_networks():
    lines = network_layer(grid_lines() + grid_lines(X0 + 3 * STEP) + [
        (f"LineString({X0 + 2 * STEP} {Y0}, {X0 + 3 * STEP} {Y0})", {"surface": "terre"})])
    nodes = nodes_layer(grid_nodes() + grid_nodes(X0 + 3 * STEP, network="est")
                        + [(f"Point({X0 + 1000} {Y0 + 500})", {"number": 10,
                                                                "network": "ouest"})])
    # without the network field: the 3 nearest to 10 along the network (ouest, 1.5 km)
    [circuit] = features(run(lines, nodes, "10-3")["OUTPUT"])
    assert circuit["length_km"] == pytest.approx(1.5) and circuit["network"] == NULL
    # 10 is only in ouest, and the 1 and 3 of ouest are the nearest: the circuit stays there
    result = run(lines, nodes, "1-10-3-1", NETWORK_FIELD="network")
    [circuit] = features(result["OUTPUT"])
    assert circuit["network"] == "ouest" and circuit["length_km"] == pytest.approx(5.0)
    assert circuit.geometry().asPolyline()[0] == QgsPointXY(X0, Y0)
    # 3 then 2: a pair in each network, as near: the message lists them, with the way out
    with pytest.raises(QgsProcessingException, match=(
            r"Node number 3 names 2 nodes at nearly the same distance along the network from "
            r"node 2: 3 \(est\) at 1.0 km; 3 \(ouest\) at 1.0 km. Write the network after "
            r"the number, such as 3 \(est\)")):
        run(lines, nodes, "3-2", NETWORK_FIELD="network")
    [circuit] = features(run(lines, nodes, "3 (est)-2", NETWORK_FIELD="network")["OUTPUT"])
    assert circuit["network"] == "est" and circuit["sequence"] == "3 (est)-2"
    assert circuit.geometry().asPolyline()[0] == QgsPointXY(X0 + 5 * STEP, Y0)
    # the network of the whole circuit (NETWORK_NAME) is every number's network
    result = run(lines, nodes, "1-3-9", NETWORK_FIELD="network", NETWORK_NAME="est")
    [circuit] = features(result["OUTPUT"])
    assert circuit["network"] == "est" and circuit["length_km"] == pytest.approx(4.0)
    assert circuit.geometry().asPolyline()[0] == QgsPointXY(X0 + 3 * STEP, Y0)


@pytest.fixture(scope="module")
def border_project(tmp_path_factory):
    """The French and Belgian cycling networks and the walking network (border_networks) in a
    project database."""
    path = tmp_path_factory.mktemp("border") / "frontiere.gpkg"
    border_networks.write_project(path, origin=(X0, Y0))
    return str(path)


@pytest.mark.parametrize("sequence", ["5-6-4-2-6-5", "6-4-8-1-4-6"])
def test_a_cross_border_circuit_of_one_mode_against_networkx(border_project, sequence):
    gpkg = border_project
    result = processing.run("itinerance:buildcircuit", {
        "NETWORK": f"{gpkg}|layername=troncons", "NODES": f"{gpkg}|layername=noeuds",
        "NETWORK_FIELD": "network", "SEQUENCE": sequence, "OUTPUT": "memory:",
        "LEGS": "memory:"})
    lines, xy, keys, _ = border_networks.cycling((X0, Y0))
    rows, lengths = border_networks.oracle(lines, xy, keys, sequence.split("-"))
    [circuit] = features(result["OUTPUT"])
    assert circuit["length_km"] * 1000 == pytest.approx(sum(lengths), rel=1e-9)
    assert [f["length_m"] for f in features(result["LEGS"])] == pytest.approx(lengths)
    assert circuit["network"] == f"{border_networks.FRENCH}, {border_networks.BELGIAN}"
    assert circuit["mode"] == "velo"
    line = circuit.geometry().asPolyline()
    assert (line[0].x(), line[0].y()) == tuple(xy[rows[0]])


def test_the_walking_network_is_another_mode(border_project):
    """Read whole, the walking network's 5 and 6 (400 m apart) would be the nearest pair and
    the cycling circuit would break; by mode, each network builds its own."""
    gpkg = border_project
    common = {"NETWORK": f"{gpkg}|layername=troncons", "NODES": f"{gpkg}|layername=noeuds",
              "NETWORK_FIELD": "network", "OUTPUT": "memory:"}
    [cycling] = features(processing.run("itinerance:buildcircuit", dict(
        common, SEQUENCE="5-6-4", MODE="velo"))["OUTPUT"])
    assert cycling["length_km"] * 1000 == pytest.approx(2000 + border_networks.BORDER_M)
    [walking] = features(processing.run("itinerance:buildcircuit", dict(
        common, SEQUENCE="5-6-4-2", MODE="marche"))["OUTPUT"])
    assert walking["length_km"] == pytest.approx(1.2)
    assert walking["network"] == border_networks.WALKING and walking["mode"] == "marche"
    [by_index] = features(processing.run("itinerance:buildcircuit", dict(
        common, SEQUENCE="5-6-4-2", MODE=1))["OUTPUT"])
    assert by_index["length_km"] == pytest.approx(1.2)
    # the same layers without their mode field are read whole: the walking nodes win
    whole = {name: processing.run("native:deletecolumn", {
        "INPUT": common[name], "COLUMN": ["mode"], "OUTPUT": "memory:"})["OUTPUT"]
        for name in ("NETWORK", "NODES")}
    [mixed] = features(processing.run("itinerance:buildcircuit", dict(
        common, SEQUENCE="5-6-4-2-6-5", **whole))["OUTPUT"])
    assert mixed["network"] == border_networks.WALKING
    assert mixed["length_km"] == pytest.approx(0.4 * 3 + 0.8 + 0.4)
    with pytest.raises(QgsProcessingException, match="no feature of the mode Horse riding"):
        processing.run("itinerance:buildcircuit", dict(common, SEQUENCE="5-6", MODE="cheval"))


def test_only_the_circuits_output_is_needed(border_project):
    gpkg = border_project
    result = processing.run("itinerance:buildcircuit", {
        "NETWORK": f"{gpkg}|layername=troncons", "NODES": f"{gpkg}|layername=noeuds",
        "SEQUENCE": "5-6-4-2-6-5", "OUTPUT": "memory:"})
    assert set(result) & {"LEGS", "STOPS", "PROFILE"} == set()
    assert result["CIRCUIT_COUNT"] == 1 and result["LEG_COUNT"] == 5


@pytest.mark.parametrize("sequence, message", [
    ("1-99-3", r"Node number 99 is not in the nodes layer"),
    ("5", r"single number \(5\)"),
    ("1-2-2-3", r"Node 2 follows itself"),
    ("1-20", r"No path along the network joins node 1 to node 20"),
    ("1-30", r"Node 30 is 5000 m from the network"),
])
def test_bad_sequences_are_refused_naming_the_number(sequence, message):
    lines = network_layer(grid_lines() + [(f"LineString({X0 + 9000} {Y0}, {X0 + 9500} {Y0})",
                                           {"surface": None})])
    nodes = nodes_layer(grid_nodes() + [(f"Point({X0 + 9000} {Y0})", {"number": 20}),
                                        (f"Point({X0 + 9200} {Y0 + 5000})", {"number": 30})])
    with pytest.raises(QgsProcessingException, match=message):
        run(lines, nodes, sequence)


def test_neither_numbers_nor_a_layer_is_refused():
    with pytest.raises(QgsProcessingException, match="neither node numbers"):
        run(network_layer(grid_lines()), nodes_layer(grid_nodes()), "/no/such/file.gpkg")


def write_plane(path, columns):
    """z = 10 + 0.01 (x − X0) + 0.02 (y − Y0), float64, 10 m cells from X0 − 500 eastwards
    (``columns`` of them) and Y0 + 2500 southwards (300 rows)."""
    x = X0 - 500 + 5 + 10 * np.arange(columns)
    y = Y0 + 2500 - 5 - 10 * np.arange(300)
    z = 10 + 0.01 * (x[None, :] - X0) + 0.02 * (y[:, None] - Y0)
    with rasterio.open(path, "w", driver="GTiff", width=z.shape[1], height=z.shape[0],
                       count=1, dtype="float64", crs="EPSG:2154",
                       transform=from_origin(X0 - 500, Y0 + 2500, 10, 10)) as dataset:
        dataset.write(z, 1)
    return str(path)


@pytest.fixture(scope="module")
def plane(tmp_path_factory):
    """The plane over the grids."""
    return write_plane(tmp_path_factory.mktemp("dem") / "plane.tif", 800)


def test_a_dem_that_is_a_plane_gives_the_exact_gain(plane, tmp_path):
    result = run(network_layer(grid_lines()), nodes_layer(grid_nodes()), "1-3-9-7-1",
                 DEM=plane, PROFILE="memory:", CHARTS_FOLDER=str(tmp_path / "charts"))
    [circuit] = features(result["OUTPUT"])
    # east 2 km at 1 %, north 2 km at 2 %, then back down: 20 + 40 m up, as much down
    assert circuit["gain_m"] == pytest.approx(60, abs=1e-9)
    assert circuit["loss_m"] == pytest.approx(60, abs=1e-9)
    assert circuit["max_grade_pct"] == pytest.approx(2, abs=1e-9)
    assert result["GAIN_M"] == pytest.approx(60, abs=1e-9)
    profile = features(result["PROFILE"])
    assert profile[0]["z_m"] == pytest.approx(10) and profile[-1]["chainage_m"] == \
        pytest.approx(8000)
    top = max(profile, key=lambda f: f["z_m"])
    assert top["z_m"] == pytest.approx(70) and top["chainage_m"] == pytest.approx(4000)
    assert {f["circuit"] for f in profile} == {"1-3-9-7-1"}
    assert (tmp_path / "charts" / "1-3-9-7-1.png").is_file()
    assert result["CHARTS_FOLDER"] == str(tmp_path / "charts")


def test_aires_and_accueil_velo_along_the_circuit_with_their_chainage():
    aires = layer("Point", "aires", [("name", "text"), ("kind", "text")], [
        (f"Point({X0 + 1500} {Y0 + 300})", {"name": "Aire A", "kind": "aire_ludique"}),
        (f"Point({X0 + 1000} {Y0 + 1000})", {"name": "Aire du centre", "kind": "aire_amenagee"}),
    ])
    establishments = layer("Point", "etablissements", [
        ("name", "text"), ("category", "text"), ("accueil_velo", "bool")], [
        (f"Point({X0 + 2100} {Y0 + 1200})", {"name": "Gîte", "category": "hebergement",
                                              "accueil_velo": True}),
        (f"Point({X0 + 2050} {Y0 + 1500})", {"name": "Café", "category": "restauration",
                                              "accueil_velo": False}),
    ])
    result = run(network_layer(grid_lines()), nodes_layer(grid_nodes()), "1-3-9",
                 AIRES=aires, ESTABLISHMENTS=establishments, ACCESS_DISTANCE=400)
    stops = features(result["STOPS"])
    assert [(f["name"], f["kind"], f["category"]) for f in stops] == [
        ("Aire A", "aire", "aire_ludique"), ("Gîte", "accueil_velo", "hebergement")]
    assert [f["chainage_m"] for f in stops] == pytest.approx([1500, 3200])
    assert [f["distance_m"] for f in stops] == pytest.approx([300, 100])
    [circuit] = features(result["OUTPUT"])
    assert (circuit["n_aires"], circuit["n_accueil_velo"]) == (1, 1)
    assert (result["AIRE_COUNT"], result["ACCUEIL_VELO_COUNT"]) == (1, 1)


def test_a_layer_of_sequences_builds_each_circuit_and_names_the_bad_ones():
    sequences = layer("NoGeometry", "circuits", [("name", "text"), ("sequence", "text")], [
        ("", {"name": "Carré", "sequence": "1-3-9-7-1"}),
        ("", {"name": "Perdu", "sequence": "1-99"}),
        ("", {"name": "Court", "sequence": "4"}),
        ("", {"name": "Ligne", "sequence": "1 2 3"}),
        ("", {"name": "Carré", "sequence": "3-9"}),  # a name given twice
    ])
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(sequences)
    try:
        result = run(network_layer(grid_lines()), nodes_layer(grid_nodes()), sequences.id())
    finally:
        QgsProject.instance().removeMapLayer(sequences.id())
    circuits = {f["name"]: f for f in features(result["OUTPUT"])}
    assert set(circuits) == {"Carré", "Ligne", "Carré (2)"}
    assert circuits["Ligne"]["length_km"] == pytest.approx(2)
    assert circuits["Carré (2)"]["length_km"] == pytest.approx(2)
    assert result["CIRCUIT_COUNT"] == 3 and result["SKIPPED_COUNT"] == 2
    assert result["LENGTH_M"] == pytest.approx(12000) and result["LEG_COUNT"] == 7
    legs = features(result["LEGS"])
    assert {f["circuit"] for f in legs} == {"Carré", "Ligne", "Carré (2)"}
    assert [f["leg"] for f in legs if f["circuit"] == "Carré (2)"] == [1]


# --- GPX ----------------------------------------------------------------------------------------

GPX = {"g": "http://www.topografix.com/GPX/1/1"}
XSD = Path(__file__).resolve().parent.parent / "data" / "gpx-1.1.xsd"


@functools.cache
def wgs84_to_lambert():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)


def to_lambert(lon, lat):
    """WGS84 to Lambert-93 by pyproj, apart from the plugin's own transformation."""
    return wgs84_to_lambert().transform(lon, lat)


def plane_z(x, y):
    return 10 + 0.01 * (x - X0) + 0.02 * (y - Y0)


def read_gpx(path):
    tree = etree.parse(str(path))
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(tree), schema.error_log
    points = [(float(p.get("lon")), float(p.get("lat")), p.findtext("g:ele", namespaces=GPX))
              for p in tree.findall("g:trk/g:trkseg/g:trkpt", GPX)]
    waypoints = [(w.findtext("g:name", namespaces=GPX), w.findtext("g:ele", namespaces=GPX))
                 for w in tree.findall("g:wpt", GPX)]
    return tree, points, waypoints


def test_the_gpx_validates_and_its_elevations_are_the_dems(plane, tmp_path):
    aires = layer("Point", "aires", [("name", "text"), ("kind", "text")], [
        (f"Point({X0 + 1500} {Y0 + 300})", {"name": "Aire A", "kind": "aire_ludique"})])
    path = tmp_path / "circuit.gpx"
    result = run(network_layer(grid_lines()), nodes_layer(grid_nodes()), "1-3-9-7-1",
                 NAME="Tour", DEM=plane, AIRES=aires, OUTPUT_GPX=str(path))
    assert result["OUTPUT_GPX"] == str(path)
    tree, points, waypoints = read_gpx(path)
    assert tree.findtext("g:trk/g:name", namespaces=GPX) == "Tour"
    assert len(points) > 8 * 1000 / 10  # a point every sampling step at least (5 m)
    with rasterio.open(plane) as dem:
        for (lon, lat, ele), cell in zip(points, dem.sample([to_lambert(lon, lat)
                                                            for lon, lat, _ in points])):
            x, y = to_lambert(lon, lat)
            assert float(ele) == pytest.approx(plane_z(x, y), abs=0.051)  # written to 0.1 m
            assert float(ele) == pytest.approx(float(cell[0]), abs=0.2)  # the cell's value
    first, last = to_lambert(*points[0][:2]), to_lambert(*points[-1][:2])
    assert first == pytest.approx((X0, Y0), abs=0.02) and last == pytest.approx(first)
    nodes = [(name, float(ele)) for name, ele in waypoints[:4]]
    assert nodes == [("1", pytest.approx(10)), ("3", pytest.approx(30)),
                     ("9", pytest.approx(70)), ("7", pytest.approx(50))]
    assert [name for name, _ in waypoints[4:]] == ["Aire A"]
    # QGIS's GPX provider and gpsbabel read it
    track = QgsVectorLayer(f"{path}?type=track", "track", "gpx")
    assert track.isValid() and track.featureCount() == 1
    assert next(track.getFeatures()).geometry().length() > 0
    assert QgsVectorLayer(f"{path}?type=waypoint", "w", "gpx").featureCount() == 5
    listed = subprocess.run(["gpsbabel", "-t", "-i", "gpx", "-f", str(path), "-o", "unicsv",
                             "-F", "-"], capture_output=True, text=True, check=True)
    assert len(listed.stdout.strip().splitlines()) == len(points) + 1  # and a header


@pytest.fixture(scope="module")
def half_plane(tmp_path_factory):
    """The plane over the west half of the grid only (x up to X0 + 1000)."""
    return write_plane(tmp_path_factory.mktemp("dem") / "half.tif", 150)


def test_a_dem_that_covers_part_of_the_circuit_leaves_the_rest_without_elevation(
        half_plane, tmp_path):
    path = tmp_path / "half.gpx"
    log = Log()
    processing.run("itinerance:buildcircuit", {
        "NETWORK": network_layer(grid_lines()), "NODES": nodes_layer(grid_nodes()),
        "SEQUENCE": "1-3-9-7-1", "DEM": half_plane, "OUTPUT": "memory:",
        "OUTPUT_GPX": str(path)}, feedback=log)
    _, points, waypoints = read_gpx(path)
    with_ele = [(to_lambert(lon, lat), float(ele)) for lon, lat, ele in points if ele]
    without = [to_lambert(lon, lat) for lon, lat, ele in points if not ele]
    assert with_ele and without
    assert all(plane_z(x, y) == pytest.approx(z, abs=0.051) for (x, y), z in with_ele)
    assert min(x for x, _ in without) > X0 + 990, without  # only beyond the DEM's last cells
    assert max(x for (x, _), _ in with_ele) <= X0 + 1000.01  # the edge of the last cell
    assert dict(waypoints)["1"] == "10.0" and dict(waypoints)["9"] is None
    # from the first point without an elevation (just past km 1) to the last (just before 5)
    assert "Circuit 1-3-9-7-1: no elevation from the DEM from km 1.00 to km 5.00 (outside the " \
           "DEM or no data): the GPX has none there." in log.warnings


@pytest.mark.parametrize("language, length, grade", [("fr", "8,0 km", "2,0 %"),
                                                      ("en", "8.0 km", "2.0 %")])
def test_the_chart_speaks_the_users_numbers(plane, tmp_path, language, length, grade):
    """The chart's figures and axes in the plugin's language, as the sheet beside it."""
    from qgis.PyQt.QtCore import QLocale

    from itinerance.plugin import translation

    previous = QLocale()
    translation.remove_translators()
    if language == "fr":
        assert translation.install_translator("fr")
    try:
        run(network_layer(grid_lines()), nodes_layer(grid_nodes()), "1-3-9-7-1", DEM=plane,
            CHARTS_FOLDER=str(tmp_path))
    finally:
        translation.remove_translators()
        QLocale.setDefault(previous)
    svg = (tmp_path / "1-3-9-7-1.svg").read_text(encoding="utf-8")
    other = "8.0 km" if language == "fr" else "8,0 km"
    assert length in svg and grade in svg and other not in svg
