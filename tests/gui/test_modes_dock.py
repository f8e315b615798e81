"""The dock's panels per mode and across borders, as a user drives them: the Circuit panel on a
French and a Belgian network reusing numbers and a walking network (border_networks), and the
Checks panel for one mode. Oracles: networkx's resolution of the numbers, the layers' own
features."""

import sqlite3

import border_networks
import networkx as nx
import pytest
from dock_helpers import click_map, dock_window
from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer, edit
from qgis.PyQt.QtCore import Qt

X0, Y0 = 650000.0, 6860000.0


@pytest.fixture
def border_dock(qtbot, tmp_path):
    gpkg = tmp_path / "frontiere.gpkg"
    border_networks.write_project(gpkg, origin=(X0, Y0))
    project = QgsProject.instance()
    for name in ("troncons", "noeuds", "circuits"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
    network = project.mapLayersByName("troncons")[0]
    with dock_window(qtbot, project, network.crs(), project.mapLayers().values(),
                     network.extent()) as dock:
        yield {"dock": dock, "gpkg": gpkg, "project": project}


def cycling_node(index):
    _, xy, _, _ = border_networks.cycling((X0, Y0))
    return QgsPointXY(*xy[index])


def test_clicked_nodes_cross_the_border_and_keep_the_nodes_clicked(qtbot, border_dock):
    panel = border_dock["dock"].circuit_panel
    border_dock["dock"].tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.pickButton, Qt.LeftButton)
    # French 5, French 6, over the border to the Belgian 4, then back to the French 4, which
    # the number 4 alone would not name (the Belgian 4 is nearer)
    for index in (4, 5, 9 + 3, 3):
        click_map(qtbot, panel.canvas, cycling_node(index))
    assert panel.sequenceEdit.text() == "5-6-4-4 (Cœur de Flandre)"
    lines, xy, keys, _ = border_networks.cycling((X0, Y0))
    graph = border_networks.as_networkx(lines)
    expected = sum(nx.shortest_path_length(graph, tuple(xy[a]), tuple(xy[b]), weight="weight")
                   for a, b in ((4, 5), (5, 12), (12, 3)))
    assert panel.lengthValue.text() == f"{expected / 1000:.1f} km"
    assert panel.band.asGeometry().length() == pytest.approx(expected)
    # the text typed back gives the same circuit (set, then edited: QTest types no "œ")
    text = panel.sequenceEdit.text()
    qtbot.mouseClick(panel.clearButton, Qt.LeftButton)
    panel.sequenceEdit.setText(text[:-1])
    qtbot.keyClicks(panel.sequenceEdit, ")")
    assert panel.band.asGeometry().length() == pytest.approx(expected)
    qtbot.keyClicks(panel.nameEdit, "Boucle transfrontaliere")
    qtbot.mouseClick(panel.saveButton, Qt.LeftButton)
    with sqlite3.connect(border_dock["gpkg"]) as connection:
        saved = connection.execute("SELECT sequence, network, mode FROM circuits").fetchall()
    assert saved == [(text, f"{border_networks.FRENCH}, {border_networks.BELGIAN}", "velo")]


def test_the_mode_chosen_is_the_network_built_on(qtbot, border_dock):
    panel = border_dock["dock"].circuit_panel
    qtbot.keyClicks(panel.sequenceEdit, "5-6-4-2")
    cycling = panel.band.asGeometry().length()
    assert cycling == pytest.approx(2000 + border_networks.BORDER_M + 2000)
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("marche"))
    assert panel.modeCombo.currentText() == "Walking"
    assert panel.band.asGeometry().length() == pytest.approx(1200)
    assert panel.lengthValue.text() == "1.2 km"
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("cheval"))
    assert "no feature of the mode Horse riding" in panel.messageLabel.text()
    assert panel.band.asGeometry().isEmpty()


def test_the_pick_tool_takes_the_nodes_of_the_mode(qtbot, border_dock):
    panel = border_dock["dock"].circuit_panel
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("marche"))
    qtbot.mouseClick(panel.pickButton, Qt.LeftButton)
    walk = border_networks.walking((X0, Y0))[1]
    for point in walk:
        click_map(qtbot, panel.canvas, QgsPointXY(*point))
    assert panel.sequenceEdit.text() == "5-6-4-2"
    assert panel.lengthValue.text() == "1.2 km"
    panel.modeCombo.setCurrentIndex(panel.modeCombo.findData("velo"))
    qtbot.mouseClick(panel.clearButton, Qt.LeftButton)
    click_map(qtbot, panel.canvas, QgsPointXY(*walk[0]))  # no cycling node there
    assert panel.sequenceEdit.text() == ""


def test_the_checks_panel_checks_one_mode(qtbot, border_dock):
    checks = border_dock["dock"].checks_panel
    nodes = border_dock["project"].mapLayersByName("noeuds")[0]
    walking = [f.id() for f in nodes.getFeatures() if f["mode"] == "marche"]
    with edit(nodes):  # two walking nodes share a number
        nodes.changeAttributeValue(walking[1], nodes.fields().indexFromName("number"), 5)
    checks.check_boxes["off_network"].setChecked(False)
    findings = checks.run_checks()
    assert [f for f in findings if f.check == "duplicate_numbers"] == []
    checks.modeCombo.setCurrentIndex(checks.modeCombo.findData("marche"))
    findings = checks.run_checks()
    duplicates = [f for f in findings if f.check == "duplicate_numbers"]
    assert sorted(f.feature_id for f in duplicates) == sorted(walking[:2])
