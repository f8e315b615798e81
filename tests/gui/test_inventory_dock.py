"""The Inventory dock driven as a user would, on a copy of the sample territory.

Independent oracles: the GeoPackage is read back with sqlite3 and fiona (not QGIS), the snapped
point is recomputed with shapely, and counts come from the sample territory's own constants.
"""

import sqlite3
from pathlib import Path

import fiona
import pytest
from dock_helpers import click_map, form_widget, type_in_form
from fake_iface import FakeIface
from qgis.core import (
    QgsPointXY,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication
from shapely.geometry import Point, shape
from shapely.ops import nearest_points, unary_union

from itinerance.plugin.dock import layer_roles
from itinerance.plugin.dock.inventory_dock import InventoryDock
from itinerance.plugin.dock.map_zoom import POINT_SCALE
from itinerance.plugin.editing.feature_list_model import FID_ROLE
from itinerance.plugin.itinerance_plugin import ItinerancePlugin, project_inputs
from itinerance.processing.logic.sample import territory as sample_territory


def sql(gpkg, query, *args):
    with sqlite3.connect(gpkg) as connection:
        return connection.execute(query, args).fetchall()


def choose_role(dock, role):
    dock.layerCombo.setCurrentIndex(dock.layerCombo.findData(role))
    assert dock.layer.name() == role


def click_row(qtbot, dock, row):
    view = dock.list_panel.featureView
    index = dock.list_panel.proxy.index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    return index.data(FID_ROLE)


def network_lines(gpkg):
    with fiona.open(str(gpkg), layer="troncons") as source:
        return unary_union([shape(f["geometry"]) for f in source])


def read_back(gpkg, layer):
    """{name: (x, y)} of a GeoPackage layer, read with fiona (not QGIS)."""
    with fiona.open(str(gpkg), layer=layer) as source:
        return {f["properties"]["name"]: tuple(f["geometry"]["coordinates"][:2])
                for f in source}


def message_texts(dock):
    return [f"{item.title()} {item.text()}" for item in dock.message_bar.items()]


# --- layers and roles ------------------------------------------------------------------------

def test_the_dock_recognises_the_data_model_layers_and_lists_the_chosen_one(dock):
    roles = [dock.layerCombo.itemData(i) for i in range(dock.layerCombo.count())]
    assert roles == list(layer_roles.ROLES)
    assert dock.role == "aires"
    assert dock.list_panel.model.rowCount() == sample_territory.AIRE_COUNT
    choose_role(dock, "noeuds")
    count = sql(dock.project.mapLayersByName("noeuds")[0].source().split("|")[0],
                "SELECT count(*) FROM noeuds")[0][0]
    assert dock.list_panel.model.rowCount() == count
    assert dock.list_panel.model.columns[0] == "number"
    choose_role(dock, "etablissements")
    assert list(dock.list_panel.filter_combos) == ["category", "accueil_velo"]


def test_search_ignores_case_and_accents_and_filters_use_the_value_lists(qtbot, dock, inventory):
    gpkg = inventory["gpkg"]
    panel = dock.list_panel
    qtbot.keyClicks(panel.searchEdit, "CASSEL")
    expected = {fid for (fid,) in sql(gpkg, "SELECT fid FROM aires WHERE name LIKE '%cassel%' "
                                            "OR commune LIKE '%cassel%'")}
    assert set(panel.visible_fids()) == expected and len(expected) == 2
    assert panel.countLabel.text() == f"2 of {sample_territory.AIRE_COUNT} features"
    panel.searchEdit.clear()
    qtbot.keyClicks(panel.searchEdit, "meteren")  # the name is spelt Méteren
    assert [panel.proxy.index(0, 0).data()] == ["Aire de Méteren"]
    assert panel.proxy.rowCount() == 1
    panel.searchEdit.clear()

    status = panel.filter_combos["status"]
    assert [status.itemText(i) for i in range(status.count())] == ["All", "Existing", "Planned"]
    status.setCurrentIndex(status.findText("Planned"))
    assert len(panel.visible_fids()) == sample_territory.PLANNED_AIRE_COUNT

    choose_role(dock, "etablissements")  # a new layer starts unfiltered
    panel.filter_combos["accueil_velo"].setCurrentIndex(1)  # Yes
    assert len(panel.visible_fids()) == sample_territory.ACCUEIL_VELO_COUNT
    category = panel.filter_combos["category"]
    category.setCurrentIndex(category.findData("hebergement"))
    expected = {fid for (fid,) in sql(gpkg, "SELECT fid FROM etablissements "
                                            "WHERE accueil_velo = 1 AND category = 'hebergement'")}
    assert set(panel.visible_fids()) == expected and expected


def test_selecting_a_row_selects_the_feature_and_brings_it_into_view(qtbot, dock):
    canvas = dock.canvas
    before = canvas.extent()
    qtbot.keyClicks(dock.list_panel.searchEdit, "Mont des Cats")
    fid = click_row(qtbot, dock, 0)
    layer = dock.layer
    assert layer.selectedFeatureIds() == [fid]
    assert layer.getFeature(fid)["name"] == "Aire du Mont des Cats"
    assert dock.form_panel.fid == fid and dock.editor.current_fid == fid
    assert canvas.extent() != before
    point = layer.getFeature(fid).geometry().asPoint()
    assert canvas.extent().contains(point)
    assert canvas.scale() <= POINT_SCALE * 1.001
    assert abs(canvas.center().x() - point.x()) < 1 and abs(canvas.center().y() - point.y()) < 1


def test_selecting_on_the_map_shows_the_feature_in_the_list_and_form(dock):
    layer = dock.layer
    fid = sorted(layer.allFeatureIds())[5]
    layer.selectByIds([fid])
    assert dock.list_panel.current_fid() == fid
    assert dock.form_panel.fid == fid


# --- editing: the whole story, then read back from disk ---------------------------------------

def test_edit_add_with_snapping_undo_save_and_read_back_from_disk(qtbot, dock, inventory):
    gpkg = inventory["gpkg"]
    layer = dock.layer
    canvas = dock.canvas
    editor = dock.editor

    # edit a name through the form
    qtbot.keyClicks(dock.list_panel.searchEdit, "Hondeghem")
    fid = click_row(qtbot, dock, 0)
    editor.actions["edit"].trigger()
    assert layer.isEditable()
    type_in_form(qtbot, dock, "name", "Aire d'Hondeghem (2025)")
    assert layer.getFeature(fid)["name"] == "Aire d'Hondeghem (2025)"
    assert not dock.form_panel.dirty
    dock.list_panel.searchEdit.clear()

    # add a point far from the network: not snapped, then undo it
    lines = network_lines(gpkg)
    minx, miny, maxx, maxy = lines.bounds
    canvas.setExtent(QgsRectangle(minx, miny, maxx, maxy))
    editor.actions["add"].trigger()
    assert canvas.mapTool() is editor.add_tool
    far_target = QgsPointXY(minx + 0.37 * (maxx - minx), miny + 0.41 * (maxy - miny))
    for _ in range(50):  # step away from the lines until no line is within the tolerance
        if lines.distance(Point(far_target.x(), far_target.y())) > 300:
            break
        far_target = QgsPointXY(far_target.x() + 150, far_target.y() + 90)
    clicked = click_map(qtbot, canvas, far_target)
    assert lines.distance(Point(clicked.x(), clicked.y())) > layer_roles.DEFAULT_SNAP_TOLERANCE_M
    assert layer.featureCount() == sample_territory.AIRE_COUNT + 1
    added = dock.list_panel.current_fid()
    assert added < 0 and dock.form_panel.fid == added  # the new feature, in the form
    point = layer.getFeature(added).geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((clicked.x(), clicked.y()), abs=1e-6)
    editor.actions["undo"].trigger()
    assert layer.featureCount() == sample_territory.AIRE_COUNT
    assert not layer.getFeature(added).isValid()
    editor.actions["redo"].trigger()
    assert layer.featureCount() == sample_territory.AIRE_COUNT + 1
    editor.actions["undo"].trigger()
    assert layer.featureCount() == sample_territory.AIRE_COUNT

    # add a point 20 m off a network line, zoomed in: it lands on the line
    line = next(iter(lines.geoms)) if hasattr(lines, "geoms") else lines
    a, b = line.coords[0], line.coords[1]
    middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    normal = (-(b[1] - a[1]) / length, (b[0] - a[0]) / length)
    near = QgsPointXY(middle[0] + 20 * normal[0], middle[1] + 20 * normal[1])
    canvas.setCenter(near)
    canvas.zoomScale(5000)
    clicked = click_map(qtbot, canvas, near)
    click = Point(clicked.x(), clicked.y())
    expected = nearest_points(lines, click)[0]
    assert 15 < lines.distance(click) < layer_roles.DEFAULT_SNAP_TOLERANCE_M
    new_fid = dock.list_panel.current_fid()
    snapped = layer.getFeature(new_fid).geometry().asPoint()
    assert (snapped.x(), snapped.y()) == pytest.approx((expected.x, expected.y), abs=1e-6)
    assert any("Placed on the network" in text for text in message_texts(dock))

    # Save with the new aire still unnamed: refused before writing anything, every edit is kept
    dock.message_bar.clearWidgets()
    editor.actions["save"].trigger()
    [message] = message_texts(dock)
    assert message.startswith("Not saved") and "the new feature, Name: value is NULL" in message
    assert layer.isEditable() and layer.isModified()
    assert layer.getFeature(fid)["name"] == "Aire d'Hondeghem (2025)"
    assert layer.getFeature(new_fid).isValid()
    assert sql(gpkg, "SELECT name FROM aires WHERE fid = ?", fid) == [("Aire d'Hondeghem",)]
    assert sql(gpkg, "SELECT count(*) FROM aires") == [(sample_territory.AIRE_COUNT,)]

    # name it through the form and save again
    assert dock.form_panel.fid == new_fid
    type_in_form(qtbot, dock, "name", "Aire du pont")
    dock.message_bar.clearWidgets()
    editor.actions["save"].trigger()
    assert not layer.isModified() and layer.isEditable()
    assert any(text.startswith("Saved") for text in message_texts(dock))
    saved_fid = dock.form_panel.fid
    assert saved_fid > 0 and layer.getFeature(saved_fid)["name"] == "Aire du pont"

    on_disk = read_back(gpkg, "aires")
    assert len(on_disk) == sample_territory.AIRE_COUNT + 1
    assert "Aire d'Hondeghem (2025)" in on_disk and "Aire d'Hondeghem" not in on_disk
    assert on_disk["Aire du pont"] == pytest.approx((expected.x, expected.y), abs=1e-6)
    assert sql(gpkg, "SELECT kind, status FROM aires WHERE name = 'Aire du pont'") == [
        ("aire_amenagee", "existing")]  # the data model's defaults


def test_the_snapping_distance_is_a_project_setting_the_tool_follows(qtbot, dock, inventory):
    gpkg = inventory["gpkg"]
    lines = network_lines(gpkg)
    line = lines.geoms[0] if hasattr(lines, "geoms") else lines
    a, b = line.coords[0], line.coords[1]
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    offset = (-(b[1] - a[1]) / length * 20, (b[0] - a[0]) / length * 20)
    near = QgsPointXY((a[0] + b[0]) / 2 + offset[0], (a[1] + b[1]) / 2 + offset[1])
    dock.canvas.setCenter(near)
    dock.canvas.zoomScale(5000)
    dock.editor.actions["add"].trigger()
    dock.roles_panel.snapToleranceSpin.setValue(10)  # the click will be about 20 m away
    assert layer_roles.snap_tolerance(inventory["project"]) == 10
    clicked = click_map(qtbot, dock.canvas, near)
    assert lines.distance(Point(clicked.x(), clicked.y())) > 10
    point = dock.layer.getFeature(dock.list_panel.current_fid()).geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((clicked.x(), clicked.y()), abs=1e-6)
    assert any("No network line within 10 m" in text for text in message_texts(dock))


def test_save_refuses_values_breaking_a_rule_writes_nothing_and_keeps_every_edit(
        qtbot, dock, inventory):
    gpkg = inventory["gpkg"]
    layer = dock.layer
    editor = dock.editor
    first, second, third = sorted(layer.allFeatureIds())[:3]
    editor.actions["edit"].trigger()
    name = layer.fields().indexFromName("name")
    commune = layer.fields().indexFromName("commune")
    # as from the attribute table, which does not check the form's constraints
    layer.changeAttributeValue(first, name, None)
    layer.changeAttributeValue(second, commune, "Wormhout")
    dock.list_panel.select_fid(third)
    editor.actions["delete"].trigger()
    undo_count = layer.undoStack().count()
    on_disk = sql(gpkg, "SELECT fid, name, commune FROM aires ORDER BY fid")

    dock.message_bar.clearWidgets()
    editor.actions["save"].trigger()
    [message] = message_texts(dock)
    assert message.startswith("Not saved") and f"feature {first}, Name: value is NULL" in message
    assert sql(gpkg, "SELECT fid, name, commune FROM aires ORDER BY fid") == on_disk
    buffer = layer.editBuffer()
    assert set(buffer.changedAttributeValues()) == {first, second}
    assert buffer.changedAttributeValues()[second][commune] == "Wormhout"
    assert buffer.deletedFeatureIds() == [third]
    assert layer.undoStack().count() == undo_count
    assert editor.actions["save"].isEnabled() and editor.actions["undo"].isEnabled()

    # fix the name through the form and save: every edit reaches the file
    dock.list_panel.select_fid(first)
    type_in_form(qtbot, dock, "name", "Aire Wormhout")
    editor.actions["save"].trigger()
    assert not layer.isModified()
    assert sql(gpkg, "SELECT name FROM aires WHERE fid = ?", first) == [("Aire Wormhout",)]
    assert sql(gpkg, "SELECT commune FROM aires WHERE fid = ?", second) == [("Wormhout",)]
    assert sql(gpkg, "SELECT count(*) FROM aires WHERE fid = ?", third) == [(0,)]


def test_a_locked_database_fails_the_commit_shows_why_and_keeps_every_edit(
        qtbot, dock, inventory):
    gpkg = inventory["gpkg"]
    layer = dock.layer
    editor = dock.editor
    first, second = sorted(layer.allFeatureIds())[:2]
    editor.actions["edit"].trigger()
    dock.list_panel.select_fid(first)
    type_in_form(qtbot, dock, "name", "Aire du verrou")
    dock.list_panel.select_fid(second)
    editor.actions["delete"].trigger()
    added = editor.add_point(QgsPointXY(670000, 7070000), False)
    dock.list_panel.select_fid(added)
    type_in_form(qtbot, dock, "name", "Nouvelle aire")
    on_disk = sql(gpkg, "SELECT fid, name FROM aires ORDER BY fid")

    other_user = sqlite3.connect(gpkg)  # another program holds the file
    other_user.execute("BEGIN EXCLUSIVE")
    try:
        dock.message_bar.clearWidgets()
        editor.actions["save"].trigger()
        [message] = message_texts(dock)
        assert message.startswith("Not saved") and "database is locked" in message
        buffer = layer.editBuffer()
        assert layer.isEditable() and layer.isModified()
        assert list(buffer.changedAttributeValues()) == [first]
        assert buffer.deletedFeatureIds() == [second]
        assert [f["name"] for f in buffer.addedFeatures().values()] == ["Nouvelle aire"]
    finally:
        other_user.rollback()
        other_user.close()
    assert sql(gpkg, "SELECT fid, name FROM aires ORDER BY fid") == on_disk

    editor.actions["save"].trigger()
    assert not layer.isModified()
    names = {name for (name,) in sql(gpkg, "SELECT name FROM aires")}
    assert {"Aire du verrou", "Nouvelle aire"} <= names
    assert sql(gpkg, "SELECT count(*) FROM aires WHERE fid = ?", second) == [(0,)]
    assert dock.form_panel.fid > 0  # the form follows the saved feature to its new id
    assert layer.getFeature(dock.form_panel.fid)["name"] == "Nouvelle aire"


def test_the_form_refuses_values_that_break_a_hard_constraint(qtbot, dock):
    layer = dock.layer
    fid = click_row(qtbot, dock, 0)
    dock.editor.actions["edit"].trigger()
    old = layer.getFeature(fid)["name"]
    widget = form_widget(dock, "name")
    widget.clearValue()  # the line edit's clear button: NULL, against the NOT NULL constraint
    assert dock.form_panel.dirty
    qtbot.mouseClick(dock.form_panel.applyButton, Qt.LeftButton)
    assert layer.getFeature(fid)["name"] == old
    assert dock.form_panel.dirty and not dock.editor.save()
    dock.form_panel.reset()
    assert not dock.form_panel.dirty


def test_move_and_delete_go_through_the_undo_stack(qtbot, dock):
    layer = dock.layer
    canvas = dock.canvas
    fid = click_row(qtbot, dock, 0)
    before = layer.getFeature(fid).geometry().asPoint()
    dock.editor.actions["move"].trigger()
    assert canvas.mapTool() is dock.editor.move_tool
    target = QgsPointXY(before.x() + 400, before.y() - 300)
    canvas.setCenter(target)
    # the map tool's release handler, with an event built as QgsMapCanvas builds it
    pixel = canvas.getCoordinateTransform().transform(target)
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease,
                             QPoint(round(pixel.x()), round(pixel.y())), Qt.LeftButton)
    dock.editor.move_tool.canvasReleaseEvent(event)
    moved = layer.getFeature(fid).geometry().asPoint()
    assert moved.distance(before) > 300
    dock.editor.actions["undo"].trigger()
    assert layer.getFeature(fid).geometry().asPoint() == before
    dock.editor.actions["delete"].trigger()
    assert not layer.getFeature(fid).isValid()
    qtbot.waitUntil(lambda: fid not in dock.list_panel.visible_fids())
    dock.editor.actions["undo"].trigger()
    assert layer.getFeature(fid).isValid()


def test_discard_asks_then_drops_every_edit_and_keeps_editing(qtbot, dock, monkeypatch):
    layer = dock.layer
    fid = click_row(qtbot, dock, 0)
    dock.editor.actions["edit"].trigger()
    old = layer.getFeature(fid)["name"]
    type_in_form(qtbot, dock, "name", "Provisoire")
    monkeypatch.setattr(dock.editor, "confirm", lambda title, text: False)
    dock.editor.actions["discard"].trigger()
    assert layer.getFeature(fid)["name"] == "Provisoire"
    monkeypatch.setattr(dock.editor, "confirm", lambda title, text: True)
    dock.editor.actions["discard"].trigger()
    assert layer.getFeature(fid)["name"] == old
    assert layer.isEditable() and not layer.isModified()


def test_leaving_edit_mode_asks_to_save_discard_or_cancel(qtbot, dock, inventory, monkeypatch):
    gpkg = inventory["gpkg"]
    layer = dock.layer
    editor = dock.editor
    fid = click_row(qtbot, dock, 0)
    old = layer.getFeature(fid)["name"]
    editor.actions["edit"].trigger()
    type_in_form(qtbot, dock, "name", "Aire du canal")
    answers = []

    def answer(choice):
        monkeypatch.setattr(editor, "ask_save_or_discard", lambda: answers.append(choice) or choice)

    answer("cancel")
    editor.actions["edit"].trigger()
    assert layer.isEditable() and layer.isModified() and editor.actions["edit"].isChecked()
    answer("discard")
    editor.actions["edit"].trigger()
    assert not layer.isEditable() and layer.getFeature(fid)["name"] == old
    editor.actions["edit"].trigger()
    type_in_form(qtbot, dock, "name", "Aire du canal")
    answer("save")
    editor.actions["edit"].trigger()
    assert not layer.isEditable() and not editor.actions["edit"].isChecked()
    assert answers == ["cancel", "discard", "save"]
    assert sql(gpkg, "SELECT name FROM aires WHERE fid = ?", fid) == [("Aire du canal",)]


def test_lines_zoom_to_their_extent_and_are_drawn_with_qgis_own_tools(qtbot, dock):
    choose_role(dock, "troncons")
    assert dock.form_panel.form.layer() is dock.layer
    fid = click_row(qtbot, dock, 0)
    box = dock.layer.getFeature(fid).geometry().boundingBox()
    extent = dock.canvas.extent()
    assert extent.contains(box)
    assert extent.width() < 2 * max(box.width(), box.height())  # zoomed in on it
    added = []
    dock.iface.actionAddFeature().triggered.connect(lambda: added.append(True))
    dock.editor.actions["add"].trigger()
    assert added == [True] and dock.iface.activeLayer() is dock.layer
    assert dock.layer.isEditable() and dock.canvas.mapTool() is not dock.editor.add_tool


# --- checks ------------------------------------------------------------------------------------

def test_checks_list_findings_and_a_click_shows_the_feature(qtbot, dock):
    dock.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dock.checks_panel.runButton, Qt.LeftButton)
    findings = dock.checks_panel.findings
    items = dock.checks_panel.finding_items()
    assert len(items) == len(findings) > 0
    off_network = [f for f in findings if f.check == "off_network" and f.layer_role == "aires"]
    assert len(off_network) == sample_territory.OFF_NETWORK_AIRE_COUNT

    choose_role(dock, "troncons")  # the click brings the finding's layer into the dock
    finding = off_network[0]
    item = next(i for i in items if i.text(0) == finding.message)
    dock.checks_panel.findingsTree.setCurrentItem(item)
    assert dock.role == "aires"
    assert dock.layer.selectedFeatureIds() == [finding.feature_id]
    assert dock.list_panel.current_fid() == finding.feature_id
    assert dock.form_panel.fid == finding.feature_id
    centre = dock.canvas.center()
    assert (centre.x(), centre.y()) == pytest.approx((finding.x, finding.y), abs=1)


def test_checks_see_an_aire_moved_off_the_network_before_it_is_saved(qtbot, dock):
    layer = dock.layer
    fid = sorted(layer.allFeatureIds())[0]
    dock.editor.actions["edit"].trigger()
    point = layer.getFeature(fid).geometry().asPoint()
    dock.list_panel.select_fid(fid)
    dock.editor.move_to(QgsPointXY(point.x() + 3000, point.y() + 3000), False)
    findings = dock.checks_panel.run_checks()
    flagged = {f.feature_id for f in findings if f.check == "off_network"
               and f.layer_role == "aires"}
    assert fid in flagged
    assert len(flagged) == sample_territory.OFF_NETWORK_AIRE_COUNT + 1


# --- roles saved in the project ----------------------------------------------------------------

def test_a_role_assigned_to_another_layer_is_saved_in_the_project(qtbot, dock, inventory):
    project = inventory["project"]
    source = QgsVectorLayer("Point?crs=EPSG:2154&field=name:string(80)", "mes_aires", "memory")
    path = inventory["folder"] / "mes_aires.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        source, str(path), project.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    mine = QgsVectorLayer(str(path), "Mes aires 2024", "ogr")
    assert mine.isValid()
    project.addMapLayer(mine)

    combo = dock.roles_panel.combos["aires"]
    combo.setLayer(mine)
    combo.activated.emit(combo.currentIndex())  # as Qt does when the user picks an item
    assert layer_roles.assigned_layer_id(project, "aires") == mine.id()
    assert dock.roles_panel.states["aires"].text() == "chosen"
    assert dock.roles_panel.states["noeuds"].text() == "by name"
    assert dock.layerCombo.itemText(0).endswith("Mes aires 2024")
    assert dock.role == "aires" and dock.layer.id() == mine.id()
    assert project_inputs("airesgap", project)["AIRES"] == mine.id()

    saved = inventory["folder"] / "roles.qgz"
    assert project.write(str(saved))
    project.clear()
    assert layer_roles.role_layers(project) == {}
    assert project.read(str(saved))
    assert layer_roles.role_layer(project, "aires").name() == "Mes aires 2024"
    assert layer_roles.role_layer(project, "troncons").name() == "troncons"
    QApplication.processEvents()
    assert dock.layer is not None and dock.layer.name() == "Mes aires 2024"

    dock.roles_panel.resetButton.click()
    assert layer_roles.role_layer(project, "aires").name() == "aires"


def test_a_layer_renamed_in_the_project_is_recognised_by_its_table(dock, inventory):
    project = inventory["project"]
    project.mapLayersByName("noeuds")[0].setName("Points-nœuds du réseau")
    assert layer_roles.role_layer(project, "noeuds").name() == "Points-nœuds du réseau"
    assert layer_roles.source_table(layer_roles.role_layer(project, "noeuds")) == "noeuds"


def test_a_postgis_layer_is_recognised_by_its_table():
    uri = "dbname='inventaire' host=127.0.0.1 port=1 table=\"flandre\".\"noeuds\" (geom)"
    layer = QgsVectorLayer(uri, "Points-nœuds", "postgres")  # no server: only the source
    assert layer_roles.source_table(layer) == "noeuds"


# --- the plugin's action -------------------------------------------------------------------------

def test_the_inventory_action_toggles_the_dock_and_unload_removes_it(qtbot, inventory):
    iface = FakeIface()
    iface.window.show()
    qtbot.addWidget(iface.window)
    plugin = ItinerancePlugin(iface)
    plugin.initGui()
    action = next(a for a in plugin.actions if a.objectName() == "itinerance_inventory")
    action.trigger()
    docks = iface.window.findChildren(InventoryDock)
    assert len(docks) == 1 and docks[0].isUserVisible()
    assert docks[0].layerCombo.count() == len(layer_roles.ROLES)
    action.trigger()
    assert not docks[0].isUserVisible()
    action.trigger()
    assert docks[0].isUserVisible()
    plugin.unload()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert iface.window.findChildren(InventoryDock) == []
    assert plugin.dock is None


# --- help -----------------------------------------------------------------------------------------

def test_the_help_button_opens_the_dock_page_html_in_the_zip_else_markdown(
        qtbot, dock, monkeypatch, tmp_path):
    from itinerance.processing.help import pages as help_pages

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dock.helpButton, Qt.LeftButton)
    [url] = opened
    page = Path(url.toLocalFile())
    assert url.isLocalFile() and page.is_file()
    assert page == Path(help_pages.__file__).resolve().parents[2] / "docs" / "inventory-dock.md"
    assert "# The Inventory dock" in page.read_text(encoding="utf-8")

    # the installed plugin: the zip puts the page's HTML next to it, which a browser shows
    (tmp_path / "inventory-dock.md").write_text("# Inventory dock")
    (tmp_path / "inventory-dock.html").write_text("<h1>Inventory dock</h1>")
    monkeypatch.setattr(help_pages, "DOCS", tmp_path)
    qtbot.mouseClick(dock.helpButton, Qt.LeftButton)
    assert opened[1].toLocalFile() == str(tmp_path / "inventory-dock.html")
