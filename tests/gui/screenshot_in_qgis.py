"""Run inside QGIS by ``screenshot_dock.py`` (``qgis --code``): open the Inventory dock on the
sample project, show an aire in the list and its form, grab the main window; then the checks'
findings, grab again; then a circuit in the Circuit panel, grab again; quit.

Writes to $ITINERANCE_SCREENSHOT; anything that goes wrong goes to screenshot.log in the
profile folder, and QGIS quits in every case.
"""

import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface, plugins

OUT = Path(os.environ["ITINERANCE_SCREENSHOT"])
CHECKS_OUT = OUT.with_name("inventaire_controles.png")
CIRCUIT_OUT = OUT.with_name("panneau_circuit.png")
CIRCUIT = ("Boucle des Monts", "25-35-44-41-40-45-31-29-32-21-23-34-25")  # a sample circuit
LOG = Path(os.environ["QGIS_CUSTOM_CONFIG_PATH"]) / "screenshot.log"
SEARCH = "Mont"
SHOWN = "Aire du Mont des Cats"  # among the search results; not hidden under a node symbol
WINDOW = (1600, 1000)  # the virtual screen; no window manager there to maximise the window
DOCK_WIDTH = 620
HALF_VIEW_M = 6000  # the map shows this far around the selected aire


def log(text):
    with LOG.open("a", encoding="utf-8") as stream:
        stream.write(text + "\n")


def quit_qgis():
    QgsProject.instance().setDirty(False)  # nothing to save: no question on the way out
    QgsApplication.exit(0)


def step(function, delay_ms=1000):
    def run():
        try:
            function()
        except Exception:  # report and leave: a screenshot script must never hang QGIS
            log(traceback.format_exc())
            quit_qgis()
    QTimer.singleShot(delay_ms, run)


def open_dock():
    if "itinerance" not in plugins or not QgsProject.instance().mapLayersByName("aires"):
        step(open_dock)  # the plugin or the project is still loading
        return
    window = iface.mainWindow()
    window.setGeometry(0, 0, *WINDOW)
    iface.messageBar().clearWidgets()  # start-up notices (fonts...) are not the subject
    plugin = plugins["itinerance"]
    plugin.dock_action.setChecked(True)
    dock = plugin.dock
    window.resizeDocks([dock], [DOCK_WIDTH], Qt.Horizontal)
    dock.layerCombo.setCurrentIndex(dock.layerCombo.findData("aires"))
    dock.editor.actions["edit"].trigger()
    dock.list_panel.searchEdit.setText(SEARCH)
    fids = dock.list_panel.visible_fids()
    row = [dock.layer.getFeature(fid)["name"] for fid in fids].index(SHOWN)
    dock.list_panel.featureView.selectRow(row)
    point = dock.layer.getFeature(fids[row]).geometry().asPoint()
    step(lambda: show_map_around(dock, point))  # once the window has its final size


def show_map_around(dock, point):
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(point.x() - HALF_VIEW_M, point.y() - HALF_VIEW_M,
                                  point.x() + HALF_VIEW_M, point.y() + HALF_VIEW_M))
    canvas.refresh()
    step(lambda: wait_and_grab(OUT, lambda: show_checks(dock)), 2000)


def show_checks(dock):
    dock.tabs.setCurrentIndex(1)
    dock.checks_panel.run_checks()
    items = dock.checks_panel.finding_items()
    if items:
        dock.checks_panel.findingsTree.setCurrentItem(items[0])
    iface.messageBar().clearWidgets()
    step(lambda: wait_and_grab(CHECKS_OUT, lambda: show_circuit(dock)), 2000)


def show_circuit(dock):
    panel = dock.circuit_panel
    dock.tabs.setCurrentWidget(panel)
    panel.nameEdit.setText(CIRCUIT[0])
    panel.sequenceEdit.setText(CIRCUIT[1])
    panel.sequence_typed(CIRCUIT[1])  # as if typed
    panel.pickButton.setChecked(True)
    box = panel.band.asGeometry().boundingBox()
    box.grow(1500)
    iface.mapCanvas().setExtent(box)
    iface.mapCanvas().refresh()
    iface.messageBar().clearWidgets()
    step(lambda: wait_and_grab(CIRCUIT_OUT, quit_qgis), 2000)


def wait_and_grab(path, then, tries=40):
    if iface.mapCanvas().isDrawing() and tries:
        step(lambda: wait_and_grab(path, then, tries - 1), 500)
        return
    if not iface.mainWindow().grab().save(str(path)):
        log(f"could not write {path}")
    then()


step(open_dock, 2000)
