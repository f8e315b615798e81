import shutil

import pytest
from qgis_env import start_qgis

start_qgis()  # before the test modules import QGIS's processing


@pytest.fixture
def inventory(sample, tmp_path):
    """A private copy of the sample territory, opened in the project (tests write to it)."""
    from qgis.core import QgsProject

    from itinerance.processing.sample_writer import GPKG_NAME, PROJECT_NAME

    for key in ("gpkg", "project", "dem"):  # the project refers to them by relative paths
        shutil.copy(sample[key], tmp_path / sample[key].name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / PROJECT_NAME))
    yield {"project": project, "gpkg": tmp_path / GPKG_NAME, "folder": tmp_path}
    for layer in project.mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    project.clear()
