"""The Inventory dock on a shared PostGIS database, as on a GeoPackage: the layers are
recognised by their tables, a name edited through the form and a point added with the map tool
(snapped onto the network) reach the database on Save, and a commit the database refuses keeps
every edit. A throwaway server (tests/pg_cluster.py); the database is read back with psycopg2."""

import pg_layers
import processing
import pytest
from dock_helpers import dock_window
from qgis.core import QgsPointXY, QgsProject
from shapely import wkt
from shapely.geometry import Point
from shapely.ops import nearest_points
from test_inventory_dock import click_map, click_row, message_texts, type_in_form

DB = "dock_tests"
SCHEMA = "dock"
ROLES = ("aires", "troncons")


def pg_layer(cluster, role):
    # not named after the role: the dock must recognise the table
    return pg_layers.pg_layer(cluster, DB, SCHEMA, role, name=f"{role} (PostGIS)")


@pytest.fixture
def database(cluster, sample):
    """The data model in a schema, with the sample's aires and sections copied in."""
    processing.run("itinerance:createprojectdb", {
        "DATABASE": cluster.uri(DB), "SCHEMA": SCHEMA, "CRS": "EPSG:2154", "OVERWRITE": True,
        "ADD_TO_PROJECT": False})
    pg_layers.copy_into(cluster, DB, SCHEMA, sample["gpkg"], ROLES)
    return cluster


@pytest.fixture
def dock(qtbot, database):
    project = QgsProject.instance()
    for role in ROLES:
        project.addMapLayer(pg_layer(database, role))
    with dock_window(qtbot, project, project.crs(), project.mapLayers().values()) as widget:
        yield widget


def names(cluster):
    return {row[0] for row in cluster.execute(DB, f"SELECT name FROM {SCHEMA}.aires")}


def test_the_dock_edits_postgis_layers_through_their_edit_buffer(qtbot, dock, database):
    assert dock.layerCombo.findData("aires") >= 0 and dock.layerCombo.findData("troncons") >= 0
    dock.layerCombo.setCurrentIndex(dock.layerCombo.findData("aires"))
    layer, editor = dock.layer, dock.editor
    assert layer.providerType() == "postgres"
    before = names(database)

    qtbot.keyClicks(dock.list_panel.searchEdit, "Hondeghem")
    fid = click_row(qtbot, dock, 0)
    editor.actions["edit"].trigger()
    type_in_form(qtbot, dock, "name", "Aire d'Hondeghem (PostGIS)")
    assert names(database) == before  # nothing written before Save
    dock.list_panel.searchEdit.clear()

    # a point clicked 20 m beside a section lands on it
    [(line_wkt,)] = database.execute(DB, f"SELECT ST_AsText(geom) FROM {SCHEMA}.troncons "
                                         "ORDER BY fid LIMIT 1")
    line = wkt.loads(line_wkt)
    (ax, ay), (bx, by) = line.coords[0], line.coords[1]
    length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
    near = QgsPointXY((ax + bx) / 2 - 20 * (by - ay) / length,
                      (ay + by) / 2 + 20 * (bx - ax) / length)
    dock.canvas.setCenter(near)
    dock.canvas.zoomScale(5000)
    editor.actions["add"].trigger()
    clicked = click_map(qtbot, dock.canvas, near)
    type_in_form(qtbot, dock, "name", "Aire du canal")
    dock.message_bar.clearWidgets()
    editor.actions["save"].trigger()
    assert any(text.startswith("Saved") for text in message_texts(dock))
    assert not layer.isModified()

    rows = dict(database.execute(DB, f"SELECT name, ST_AsText(geom) FROM {SCHEMA}.aires"))
    assert "Aire d'Hondeghem (PostGIS)" in rows and len(rows) == len(before) + 1
    stored = wkt.loads(rows["Aire du canal"])
    [(network_wkt,)] = database.execute(DB, f"SELECT ST_AsText(ST_Union(geom)) FROM "
                                            f"{SCHEMA}.troncons")
    expected = nearest_points(wkt.loads(network_wkt), Point(clicked.x(), clicked.y()))[0]
    assert (stored.x, stored.y) == pytest.approx((expected.x, expected.y), abs=1e-6)
    assert layer.getFeature(fid)["name"] == "Aire d'Hondeghem (PostGIS)"


def test_a_commit_the_database_refuses_shows_why_and_keeps_every_edit(qtbot, dock, database):
    dock.layerCombo.setCurrentIndex(dock.layerCombo.findData("aires"))
    layer, editor = dock.layer, dock.editor
    fid = click_row(qtbot, dock, 0)
    editor.actions["edit"].trigger()
    type_in_form(qtbot, dock, "name", "Renamed before the failure")
    # another user restricts the table meanwhile: the database refuses the write
    database.execute(DB, f"ALTER TABLE {SCHEMA}.aires ADD CONSTRAINT no_renaming "
                         "CHECK (name <> 'Renamed before the failure') NOT VALID")
    try:
        dock.message_bar.clearWidgets()
        editor.actions["save"].trigger()
        assert any("no_renaming" in text for text in message_texts(dock))
        assert layer.isEditable() and layer.isModified()
        assert layer.getFeature(fid)["name"] == "Renamed before the failure"
        assert "Renamed before the failure" not in names(database)
    finally:
        database.execute(DB, f"ALTER TABLE {SCHEMA}.aires DROP CONSTRAINT no_renaming")
    dock.message_bar.clearWidgets()
    editor.actions["save"].trigger()
    assert not layer.isModified()
    assert "Renamed before the failure" in names(database)
