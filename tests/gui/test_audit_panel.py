"""The dock's Audit panel driven as a user would, on a copy of the sample territory: run the
audit, read its figures, open its report. The oracle is itinerance:auditnetwork run on the same
layers by their names."""

from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingContext
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QDesktopServices

from itinerance.plugin.dock.audit_panel import FIGURES
from itinerance.processing.translate import format_number


@pytest.fixture
def panel(dock):  # the dock on a private copy of the sample (conftest)
    dock.tabs.setCurrentWidget(dock.audit_panel)
    return dock.audit_panel


def oracle(project, dem, aires=True):
    context = QgsProcessingContext()
    context.setProject(project)
    parameters = {"NODES": "noeuds", "SECTIONS": "troncons", "LINKS": "liaisons",
                  "DEM": dem.source(), "OUTPUT_LINKS": "memory:", "OUTPUT_NODES": "memory:"}
    if aires:
        parameters["AIRES"] = "aires"
    return processing.run("itinerance:auditnetwork", parameters, context=context)


def test_the_panel_audits_the_project_s_layers_and_opens_the_report(
        qtbot, panel, inventory, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not panel.reportButton.isEnabled()
    dem = panel.demCombo.currentLayer()
    assert dem is not None  # the sample's relief, as the Circuit panel offers it
    qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    expected = oracle(inventory["project"], dem)
    for name, decimals in FIGURES:
        assert panel.values[name].text() == format_number(expected[name], decimals), name
    assert panel.results["FAMILY_LOOP_COUNT"] == expected["FAMILY_LOOP_COUNT"] > 0
    assert str(expected["NODE_COUNT"]) in panel.summaryLabel.text()
    assert panel.reportButton.isEnabled()
    qtbot.mouseClick(panel.reportButton, Qt.MouseButton.LeftButton)
    [url] = opened
    assert url.toLocalFile() == panel.results["REPORT"]
    assert "<h1>" in Path(url.toLocalFile()).read_text(encoding="utf-8")


def test_without_the_aires_the_loops_need_no_water(qtbot, panel, inventory):
    panel.waterCheck.setChecked(False)
    qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    dry = oracle(inventory["project"], panel.demCombo.currentLayer(), aires=False)
    watered = oracle(inventory["project"], panel.demCombo.currentLayer())
    assert panel.results["SPORT_LOOP_COUNT"] == dry["SPORT_LOOP_COUNT"]
    assert dry["SPORT_LOOP_COUNT"] > watered["SPORT_LOOP_COUNT"]


def test_without_nodes_the_panel_says_what_to_add(qtbot, panel, inventory):
    project = inventory["project"]
    project.removeMapLayer(project.mapLayersByName("noeuds")[0])
    qtbot.mouseClick(panel.runButton, Qt.MouseButton.LeftButton)
    assert panel.results == {} and not panel.reportButton.isEnabled()
    assert "no nodes (noeuds)" in panel.summaryLabel.text()
    assert panel.values["LINK_COUNT"].text() == "–"
