"""The dock's Circuit panel driven as a user would, on a copy of the sample territory: click
nodes on the map, undo, type numbers, save into the project database and read it back (sqlite3,
not QGIS), export. The oracle of the figures is itinerance:buildcircuit on the same layers."""

import sqlite3
from pathlib import Path

import processing
import pytest
from lxml import etree
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog
from test_inventory_dock import click_map

from itinerance.processing.logic.sample import territory as sample_territory

TOUR = dict(sample_territory.CIRCUITS)["Tour du Mont Noir"]
XSD = Path(__file__).resolve().parent.parent / "data" / "gpx-1.1.xsd"


@pytest.fixture
def panel(dock):  # the dock on a private copy of the sample (conftest)
    dock.tabs.setCurrentWidget(dock.circuit_panel)
    return dock.circuit_panel


def node_points(project):
    nodes = project.mapLayersByName("noeuds")[0]
    return {str(f["number"]): f.geometry().asPoint() for f in nodes.getFeatures()}


def oracle(project, sequence, dem=True):
    """buildcircuit's figures for the sequence on the project's layers."""
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    context.setProject(project)
    dem_layer = next(layer for layer in project.mapLayers().values()
                     if isinstance(layer, QgsRasterLayer))
    result = processing.run("itinerance:buildcircuit", {
        "NETWORK": "troncons", "NODES": "noeuds", "NETWORK_FIELD": "network",
        "SEQUENCE": sequence, "DEM": dem_layer.source() if dem else None, "AIRES": "aires",
        "ESTABLISHMENTS": "etablissements", "OUTPUT": "memory:", "LEGS": "memory:",
        "STOPS": "memory:", "PROFILE": None}, context=context)
    return next(result["OUTPUT"].getFeatures())


def zoom_to(canvas, points):
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    from qgis.core import QgsRectangle

    canvas.setExtent(QgsRectangle(min(xs) - 800, min(ys) - 800, max(xs) + 800, max(ys) + 800))
    canvas.refresh()


def rows(gpkg, query):
    with sqlite3.connect(gpkg) as connection:
        return connection.execute(query).fetchall()


def test_click_nodes_see_the_figures_grow_undo_save_and_read_back(qtbot, panel, inventory):
    project, gpkg = inventory["project"], inventory["gpkg"]
    points = node_points(project)
    numbers = TOUR.split("-")
    zoom_to(panel.canvas, [points[n] for n in numbers])
    qtbot.mouseClick(panel.pickButton, Qt.LeftButton)
    assert panel.canvas.mapTool() is panel.tool
    lengths = []
    for count, number in enumerate(numbers, start=1):
        offset = QgsPointXY(points[number].x() + 3, points[number].y() - 2)  # near, not on
        click_map(qtbot, panel.canvas, offset)
        assert panel.sequenceEdit.text() == "-".join(numbers[:count])
        lengths.append(panel.lengthValue.text())
    assert lengths[0] == "–"  # one node is no circuit yet
    expected = oracle(project, TOUR)
    assert panel.lengthValue.text() == f"{expected['length_km']:.1f} km"
    assert panel.gainValue.text() == f"{expected['gain_m']:.0f} m"
    assert panel.legsValue.text() == "4"
    assert panel.stopsValue.text() == f"{expected['n_aires']} aire(s), " \
                                      f"{expected['n_accueil_velo']} Accueil Vélo"
    assert len({*lengths[1:]}) == len(numbers) - 1  # the length changed at every click
    assert panel.band.asGeometry().length() == pytest.approx(expected.geometry().length())

    qtbot.mouseClick(panel.undoButton, Qt.LeftButton)
    assert panel.sequenceEdit.text() == "-".join(numbers[:-1])
    shorter = oracle(project, "-".join(numbers[:-1]))
    assert panel.lengthValue.text() == f"{shorter['length_km']:.1f} km"
    click_map(qtbot, panel.canvas, points[numbers[-1]])  # and back again
    assert panel.sequenceEdit.text() == TOUR

    qtbot.keyClicks(panel.nameEdit, "Tour du Mont Noir par les bois")
    qtbot.mouseClick(panel.saveButton, Qt.LeftButton)
    circuits = project.mapLayersByName("circuits")[0]
    assert not circuits.isEditable()  # committed
    saved = rows(gpkg, "SELECT name, sequence, network, length_km, gain_m FROM circuits "
                       "WHERE name = 'Tour du Mont Noir par les bois'")
    assert saved == [("Tour du Mont Noir par les bois", TOUR, "Cœur de Flandre",
                      pytest.approx(expected["length_km"], abs=1e-3),
                      pytest.approx(expected["gain_m"], abs=1e-6))]
    assert "saved" in panel.messageLabel.text()
    # saving again updates the circuit of that name instead of adding a second one
    count = rows(gpkg, "SELECT count(*) FROM circuits")[0][0]
    qtbot.mouseClick(panel.undoButton, Qt.LeftButton)
    qtbot.mouseClick(panel.saveButton, Qt.LeftButton)
    assert rows(gpkg, "SELECT count(*) FROM circuits")[0][0] == count
    assert rows(gpkg, "SELECT sequence FROM circuits WHERE name = "
                      "'Tour du Mont Noir par les bois'") == [("-".join(numbers[:-1]),)]
    assert "updated" in panel.messageLabel.text()


def test_typed_numbers_build_the_circuit_and_a_wrong_one_is_named(qtbot, panel, inventory):
    sequence = dict(sample_territory.CIRCUITS)["Boucle des Monts"]
    qtbot.keyClicks(panel.sequenceEdit, sequence)
    expected = oracle(inventory["project"], sequence)
    assert panel.lengthValue.text() == f"{expected['length_km']:.1f} km"
    assert panel.saveButton.isEnabled() and panel.exportButton.isEnabled()
    panel.sequenceEdit.clear()
    qtbot.keyClicks(panel.sequenceEdit, "25-999-35")
    assert "Node number 999 is not in" in panel.messageLabel.text()
    assert panel.lengthValue.text() == "–" and not panel.saveButton.isEnabled()
    assert panel.band.asGeometry().isEmpty()
    qtbot.mouseClick(panel.clearButton, Qt.LeftButton)
    assert panel.sequenceEdit.text() == "" and panel.messageLabel.text() == ""


def test_a_circuit_saved_while_the_layer_is_edited_joins_the_users_edits(qtbot, panel,
                                                                         inventory):
    circuits = inventory["project"].mapLayersByName("circuits")[0]
    before = rows(inventory["gpkg"], "SELECT count(*) FROM circuits")
    assert circuits.startEditing()
    qtbot.keyClicks(panel.sequenceEdit, TOUR)
    qtbot.mouseClick(panel.saveButton, Qt.LeftButton)
    assert circuits.isEditable() and circuits.isModified()
    assert rows(inventory["gpkg"], "SELECT count(*) FROM circuits") == before  # not written
    assert "save them" in panel.messageLabel.text()
    circuits.undoStack().undo()  # one undoable command
    assert not circuits.isModified()


def test_export_opens_the_sheet_dialog_with_the_circuit(qtbot, panel, inventory, monkeypatch):
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda alg_id, params: opened.append((alg_id, params)))
    qtbot.keyClicks(panel.sequenceEdit, TOUR)
    qtbot.keyClicks(panel.nameEdit, "Tour du Mont Noir")
    qtbot.mouseClick(panel.exportButton, Qt.LeftButton)
    project = inventory["project"]
    [(alg_id, params)] = opened
    assert alg_id == "itinerance:exportcircuitsheet"
    assert params["SEQUENCE"] == TOUR and params["NAME"] == "Tour du Mont Noir"
    assert params["NODES"] == project.mapLayersByName("noeuds")[0].id()
    assert params["NETWORK"] == project.mapLayersByName("troncons")[0].id()
    assert params["NETWORK_FIELD"] == "network" and "DEM" in params


def test_the_dem_offered_is_the_relief_not_its_hillshade(panel, inventory):
    """The sample draws dem.tif twice: "Hillshade" (first in the layer tree) and "Relief (DEM)".
    The panel offers the layer drawn as elevations, so the name the user sees is the DEM's."""
    project = inventory["project"]
    tree = [node.layer().name() for node in project.layerTreeRoot().findLayers()
            if isinstance(node.layer(), QgsRasterLayer)]
    assert tree.index("Hillshade") < tree.index("Relief (DEM)")
    assert panel.demCombo.currentLayer().name() == "Relief (DEM)"


def test_export_gpx_writes_the_circuit_where_the_user_says(qtbot, panel, inventory,
                                                           monkeypatch):
    path = inventory["folder"] / "tour"  # the dialog's answer, without the extension
    asked = []

    def save_dialog(parent, caption, proposed, filters):
        asked.append((caption, proposed, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert not panel.gpxButton.isEnabled()  # no circuit yet
    qtbot.keyClicks(panel.sequenceEdit, TOUR)
    qtbot.keyClicks(panel.nameEdit, "Tour du Mont Noir")
    qtbot.mouseClick(panel.gpxButton, Qt.LeftButton)
    [(_, proposed, filters)] = asked
    assert proposed == "Tour_du_Mont_Noir.gpx" and "*.gpx" in filters
    written = path.with_suffix(".gpx")
    assert str(written) in panel.messageLabel.text()
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    tree = etree.parse(str(written))
    assert schema.validate(tree), schema.error_log
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    assert tree.findtext("g:trk/g:name", namespaces=ns) == "Tour du Mont Noir"
    assert [w.findtext("g:name", namespaces=ns) for w in tree.findall("g:wpt", ns)][:4] == \
        TOUR.split("-")[:4]
    assert all(p.find("g:ele", ns) is not None for p in tree.findall("g:trk/g:trkseg/g:trkpt",
                                                                      ns))
    # the same track as buildcircuit's: its length, read back by QGIS's GPX provider
    track = QgsVectorLayer(f"{written}?type=track", "track", "gpx")
    expected = oracle(inventory["project"], TOUR)
    line = next(track.getFeatures()).geometry()
    line.transform(QgsCoordinateTransform(track.crs(), QgsCoordinateReferenceSystem(
        "EPSG:2154"), QgsProject.instance()))
    assert line.length() == pytest.approx(expected.geometry().length(), rel=1e-4)
