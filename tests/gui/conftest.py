"""The GUI tests' fixtures: QGIS started first, and the Inventory dock on a private copy of the
sample territory (tests/gui/test_inventory_dock.py, test_circuit_panel.py)."""

import shutil

import pytest
from qgis_env import start_qgis

start_qgis()  # before the test modules import QGIS's processing

from dock_helpers import dock_window  # noqa: E402
from qgis.core import QgsProject  # noqa: E402

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
    project = inventory["project"]
    with dock_window(qtbot, project, project.crs(),
                     [layer for layer in project.mapLayers().values()
                      if layer.type() == layer.VectorLayer],
                     project.mapLayersByName("troncons")[0].extent()) as widget:
        yield widget
