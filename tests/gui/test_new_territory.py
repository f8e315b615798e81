"""The "New territory from open data…" dialog (pytest-qt): the importers chained in a background
task into a new project GeoPackage, opened styled; cancel and failure keep nothing."""

import csv

import numpy as np
import pytest
import rasterio
from fake_iface import FakeIface
from osm_extract import ORIGIN, points_noeuds
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from rasterio.transform import from_origin

from itinerance.plugin.new_territory import NewTerritoryDialog, TerritorySources, territory_steps

HEADER = ["Nom", "Identifiant", "Type", "Sous-type", "Sous-type", "Commune", "Code postal",
          "Code INSEE", "Département", "Région", "Latitude", "Longitude", "Site internet",
          "Créateur", "Mise à jour", "Mise à jour DATAtourisme"]


@pytest.fixture
def project():
    project = QgsProject()
    yield project
    project.clear()


@pytest.fixture
def dialog(qtbot, project):
    iface = FakeIface()
    dialog = NewTerritoryDialog(iface, project)
    qtbot.addWidget(dialog)
    dialog.iface_ref = iface
    return dialog


def accueil_velo_csv(path):
    rows = [["Gîte du Mont", "GITE1", "Lieu", "Hébergement", "Gîte", "Cassel", "59670", "59135",
             "Nord", "Hauts-de-France", "50.6360", "2.2980", "", "OT", "2025-01-01", "2026-01-01"],
            ["Vélos de Flandre", "LOC1", "Produit,Lieu", "Location", "Location de matériel",
             "Cassel", "59670", "59135", "Nord", "Hauts-de-France", "50.6380", "2.3000", "", "OT",
             "2025-01-01", "2026-01-01"]]
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def dem_tile(path):
    x0, y0 = ORIGIN[0] - 1000, ORIGIN[1] + 2000
    with rasterio.open(path, "w", driver="GTiff", width=200, height=200, count=1,
                       dtype="float32", crs="EPSG:2154",
                       transform=from_origin(x0, y0, 20, 20)) as raster:
        raster.write(np.full((200, 200), 42.0, dtype="float32"), 1)
    return path


def run(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished_territory, timeout=120_000):
        qtbot.mouseClick(dialog.run_button, Qt.LeftButton)


def test_the_steps_are_those_the_sources_ask_for_and_the_provider_has():
    sources = TerritorySources("/tmp/t.gpkg", osm="a.osm", dem_tiles=["a.tif", "b.asc"])
    every = {"createprojectdb", "importosmnetwork", "importaccueilvelo", "preparedem"}
    steps, left_out = territory_steps(sources, every)
    assert [alg_id for alg_id, _ in steps] == ["createprojectdb", "importosmnetwork",
                                               "preparedem"]
    assert steps[2][1] == {"INPUT": ["a.tif", "b.asc"], "TARGET_CRS": "EPSG:2154",
                           "SOURCE_CRS": "EPSG:2154", "OUTPUT": "/tmp/t_mnt.tif"}
    assert left_out == []
    steps, left_out = territory_steps(sources, {"createprojectdb", "importosmnetwork"})
    assert [alg_id for alg_id, _ in steps] == ["createprojectdb", "importosmnetwork"]
    assert left_out == ["preparedem"]


def test_a_territory_from_the_three_sources_opens_styled(qtbot, dialog, project, tmp_path):
    database = tmp_path / "coeur_de_flandre.gpkg"
    dialog.databaseWidget.setFilePath(str(database))
    dialog.osmWidget.setFilePath(str(points_noeuds().write(tmp_path / "extrait.osm")))
    dialog.accueilVeloWidget.setFilePath(str(accueil_velo_csv(tmp_path / "accueil_velo.csv")))
    dialog.demWidget.setFilePath(f'"{dem_tile(tmp_path / "dalle.tif")}"')
    run(qtbot, dialog)
    assert dialog.progressBar.value() == 100
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    vectors = {name: layer for name, layer in layers.items() if isinstance(layer, QgsVectorLayer)}
    assert set(vectors) == {"aires", "etablissements", "noeuds", "troncons", "itineraires",
                            "trame", "poles", "ascensions", "perimetres", "circuits",
                            "liaisons", "gares"}
    # the cycling square and the walking section of the hiking route over its way 1
    assert vectors["troncons"].featureCount() == 5 and vectors["noeuds"].featureCount() == 5
    assert vectors["etablissements"].featureCount() == 2
    assert vectors["troncons"].renderer().type() == "categorizedSymbol"  # the stored style
    assert vectors["noeuds"].labelsEnabled()
    rasters = [layer for layer in layers.values() if isinstance(layer, QgsRasterLayer)]
    assert len(rasters) == 2 and all(r.source() == str(tmp_path / "coeur_de_flandre_mnt.tif")
                                     for r in rasters)
    [group] = project.layerTreeRoot().children()[:1]
    assert group.name() == "coeur_de_flandre" and len(group.findLayers()) == len(vectors) + 2
    text = dialog.statusLabel.text()
    assert "SECTION_COUNT 5" in text and "IMPORTED_COUNT 2" in text and "TILE_COUNT 1" in text
    assert not dialog.iface_ref.canvas.extent().isEmpty()


def test_cancel_keeps_nothing(qtbot, dialog, project, tmp_path):
    database = tmp_path / "annule.gpkg"
    dialog.databaseWidget.setFilePath(str(database))
    dialog.osmWidget.setFilePath(str(points_noeuds().write(tmp_path / "extrait.osm")))
    with qtbot.waitSignal(dialog.finished_territory, timeout=60_000):
        qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
        assert dialog.close_button.text() == "Cancel"
        qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert "Cancelled" in dialog.statusLabel.text()
    assert not database.exists() and not project.mapLayers()
    assert dialog.run_button.isEnabled()


def test_a_failing_step_keeps_nothing_and_says_why(qtbot, dialog, project, tmp_path):
    database = tmp_path / "echec.gpkg"
    not_osm = tmp_path / "reseau.osm"
    not_osm.write_text("numero;nom\n")
    dialog.databaseWidget.setFilePath(str(database))
    dialog.osmWidget.setFilePath(str(not_osm))
    run(qtbot, dialog)
    assert "importosmnetwork failed" in dialog.statusLabel.text()
    assert "is not an OpenStreetMap extract" in dialog.statusLabel.text()
    assert not database.exists() and not project.mapLayers()


def test_what_to_fix_before_anything_runs(qtbot, dialog, tmp_path):
    qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    assert dialog.statusLabel.text() == "Choose the project GeoPackage to create."
    existing = tmp_path / "deja.gpkg"
    existing.write_bytes(b"")
    dialog.databaseWidget.setFilePath(str(existing))
    qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    assert "already exists" in dialog.statusLabel.text()
    dialog.databaseWidget.setFilePath(str(tmp_path / "neuf.gpkg"))
    dialog.osmWidget.setFilePath(str(tmp_path / "absent.osm"))
    qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    assert "absent.osm does not exist" in dialog.statusLabel.text()
    assert dialog.task is None and QgsApplication.taskManager().count() == 0


def test_unloading_the_plugin_cancels_the_territory_and_removes_the_dialog(qtbot, tmp_path):
    from itinerance.plugin.itinerance_plugin import ItinerancePlugin

    iface = FakeIface()
    plugin = ItinerancePlugin(iface)
    plugin.initGui()
    plugin.show_new_territory()
    dialog = plugin.new_territory_dialog
    database = tmp_path / "interrompu.gpkg"
    dialog.databaseWidget.setFilePath(str(database))
    dialog.osmWidget.setFilePath(str(points_noeuds().write(tmp_path / "extrait.osm")))
    qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    task = dialog.task
    with qtbot.waitSignal(task.done, timeout=60_000) as made:
        plugin.unload()
    assert made.args == [False]
    qtbot.waitUntil(lambda: not iface.window.findChildren(NewTerritoryDialog), timeout=5_000)
    assert not database.exists() and plugin.new_territory_dialog is None
