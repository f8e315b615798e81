"""The GUI tests' fixtures: QGIS started first, and the Inventory dock on a private copy of the
sample territory (tests/gui/test_inventory_dock.py, test_circuit_panel.py)."""

import shutil

import pytest
from qgis_env import start_qgis

start_qgis()  # before the test modules import QGIS's processing

from fake_iface import FakeIface  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402

from itinerance.plugin.inventory_dock import InventoryDock  # noqa: E402
from itinerance.processing.database.sample_writer import GPKG_NAME, PROJECT_NAME  # noqa: E402


@pytest.fixture
def inventory(sample, tmp_path):
    """A private copy of the sample territory, opened in the project (tests write to it)."""
    for key in ("gpkg", "project", "dem"):  # the project refers to them by relative paths
        shutil.copy(sample[key], tmp_path / sample[key].name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / PROJECT_NAME))
    yield {"project": project, "gpkg": tmp_path / GPKG_NAME, "folder": tmp_path}
    for layer in project.mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    project.clear()


@pytest.fixture
def dock(qtbot, inventory):
    iface = FakeIface()
    canvas = iface.mapCanvas()
    project = inventory["project"]
    canvas.setDestinationCrs(project.crs())
    canvas.setLayers([layer for layer in project.mapLayers().values()
                      if layer.type() == layer.VectorLayer])
    widget = InventoryDock(iface, project)
    iface.addDockWidget(Qt.RightDockWidgetArea, widget)
    iface.window.resize(1400, 900)
    iface.window.show()
    qtbot.addWidget(iface.window)
    canvas.setExtent(project.mapLayersByName("troncons")[0].extent())
    canvas.refresh()
    canvas.waitWhileRendering()
    yield widget
    widget.cleanup()
    canvas.waitWhileRendering()  # no drawing of this test's layers once the project is cleared
    canvas.setLayers([])
