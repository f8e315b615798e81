import pytest
from qgis_env import start_qgis

start_qgis()  # before the test modules import QGIS's processing


@pytest.fixture(scope="module")
def project(sample):
    """The sample territory's project, opened in a QgsProject of its own."""
    from qgis.core import QgsProject

    project = QgsProject()
    assert project.read(str(sample["project"]))
    return project
