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


@pytest.fixture(scope="session")
def analysis_files(sample, tmp_path_factory):
    """airesgap and accueilvelocoverage outputs written to GeoPackages, as qgis_process does."""
    import processing

    folder = tmp_path_factory.mktemp("analyses")
    gpkg = sample["gpkg"]
    files = {name: str(folder / f"{name}.gpkg") for name in (
        "stretches", "gaps", "suggestions", "diagnostics", "coverage", "av_gaps", "prospects")}
    processing.run("itinerance:airesgap", {
        "NETWORK": f"{gpkg}|layername=troncons", "AIRES": f"{gpkg}|layername=aires",
        "MAX_DISTANCE": 3000, "OUTPUT": files["stretches"], "GAPS": files["gaps"],
        "SUGGESTIONS": files["suggestions"], "DIAGNOSTICS": files["diagnostics"]})
    processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": f"{gpkg}|layername=itineraires", "ROUTE_NAME_FIELD": "name",
        "ESTABLISHMENTS": f"{gpkg}|layername=etablissements", "CATEGORY_FIELD": "category",
        "LABEL_FIELD": "accueil_velo", "OUTPUT": files["coverage"], "GAPS": files["av_gaps"],
        "ESTABLISHMENTS_OUT": files["prospects"], "SUMMARY": "memory:"})
    return files
