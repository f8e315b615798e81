"""Disabling or reloading the plugin (Plugin Reloader) leaves nothing of it behind.

The plugin is loaded as QGIS loads it (classFactory, initGui), used (the Inventory dock on the
sample project: layers, a feature selected and edited, the add and move map tools, the checks,
the help button, an algorithm dialog), unloaded, and all of that twice in the same main window.
Then QGIS emits every signal the plugin listened to, and a profiler records any call into the
plugin's code: there must be none. Oracle for "nothing left": the main window's and the
canvas's children, the Processing registry, the translators, and the garbage collector's list
of live objects of the plugin's classes.
"""

import gc
import sys
from contextlib import contextmanager

import processing
import pytest
from dock_helpers import click_map, type_in_form
from fake_iface import FakeIface
from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsMapTool, QgsMapToolPan, QgsProcessingAlgorithmDialogBase
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget, QToolBar

import itinerance
from itinerance.plugin import translation

PLUGIN_PACKAGES = ("itinerance.plugin", "itinerance.processing")


def plugin_code(frame):
    name = frame.f_globals.get("__name__") or ""
    return name == "itinerance" or name.startswith(PLUGIN_PACKAGES)


@contextmanager
def calls_into_the_plugin():
    """Records (module, function) of every call into the plugin's code in the block."""
    calls = []

    def profile(frame, event, _arg):
        if event == "call" and plugin_code(frame):
            calls.append((frame.f_globals["__name__"], frame.f_code.co_name))

    sys.setprofile(profile)
    try:
        yield calls
    finally:
        sys.setprofile(None)


def live_plugin_objects():
    """ids of the live Python objects whose class is one of the plugin's."""
    gc.collect()
    # str(): Python 3.14 gives some built-in types a descriptor as __module__, not a string
    return {id(obj) for obj in gc.get_objects()
            if str(type(obj).__module__).startswith(PLUGIN_PACKAGES)}


def flush_deletions():
    """Run what QGIS's event loop would run next: timers due, then deferred deletions."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def close_algorithm_dialogs(closed):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QgsProcessingAlgorithmDialogBase) and widget.isVisible():
            closed.append(widget.algorithm().id())
            widget.reject()


def use_the_plugin(qtbot, plugin, iface, project, opened):
    """What a user does in a session: the dock, layers, a feature, edits, tools, checks, help,
    an algorithm dialog."""
    canvas = iface.mapCanvas()
    plugin.dock_action.trigger()
    dock = plugin.dock
    assert dock is not None and dock.isUserVisible()
    dock.layerCombo.setCurrentIndex(dock.layerCombo.findData("noeuds"))
    dock.layerCombo.setCurrentIndex(dock.layerCombo.findData("aires"))
    layer = dock.layer
    fid = sorted(layer.allFeatureIds())[3]
    layer.selectByIds([fid])  # chosen on the map: the list and the form follow
    assert dock.form_panel.fid == fid
    dock.editor.actions["edit"].trigger()
    assert layer.isEditable()
    type_in_form(qtbot, dock, "name", "Aire du pont neuf")  # through the form
    assert layer.getFeature(fid)["name"] == "Aire du pont neuf"
    canvas.setExtent(project.mapLayersByName("troncons")[0].extent())
    count = layer.featureCount()
    dock.editor.actions["add"].trigger()
    assert canvas.mapTool() is dock.editor.add_tool
    click_map(qtbot, canvas, canvas.extent().center())
    assert layer.featureCount() == count + 1
    dock.list_panel.select_fid(fid)
    dock.editor.actions["move"].trigger()
    assert canvas.mapTool() is dock.editor.move_tool
    before = layer.getFeature(fid).geometry().asPoint()
    click_map(qtbot, canvas, QgsPointXY(before.x() + 500, before.y()))
    assert layer.getFeature(fid).geometry().asPoint() != before
    assert dock.checks_panel.run_checks()  # the sample has findings
    dock.helpButton.click()
    shown = len(opened)
    plugin.actions[0].trigger()  # Create project database…, a real Processing dialog
    assert opened[shown:] == ["itinerance:createprojectdb"]  # shown, then closed
    dock.editor.actions["add"].trigger()  # unload with a map tool of the plugin active
    assert canvas.mapTool() is dock.editor.add_tool
    extra = QgsVectorLayer("Point?crs=EPSG:2154", "extra", "memory")
    project.addMapLayer(extra)  # and with the dock's look at the layers after a removal due
    project.removeMapLayer(extra.id())


@pytest.fixture
def qgis_with_iface(qgis_app, monkeypatch):
    """The session's provider set aside (the plugin under test registers its own), and the
    Processing dialogs given the iface they expect; put back afterwards."""
    registry = QgsApplication.processingRegistry()
    session_plugin = qgis_app.itinerance_plugin
    registry.removeProvider(session_plugin.provider)
    session_plugin.provider = None
    iface = FakeIface()
    import processing.gui.AlgorithmDialog  # noqa: F401 - with the modules it imports
    import qgis.utils

    monkeypatch.setattr(qgis.utils, "iface", iface)
    for name, module in list(sys.modules.items()):  # their copies of qgis.utils.iface (None)
        if name.startswith("processing.") and getattr(module, "iface", False) is None:
            monkeypatch.setattr(module, "iface", iface)
    yield iface
    session_plugin.initProcessing()
    assert registry.providerById("itinerance") is not None


def test_load_use_unload_twice_then_nothing_of_the_plugin_is_left_or_called(
        qtbot, qgis_with_iface, inventory, monkeypatch):
    iface = qgis_with_iface
    project = inventory["project"]
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(project.crs())
    canvas.setLayers(list(project.mapLayers().values()))
    iface.window.resize(1200, 800)
    iface.window.show()
    qtbot.addWidget(iface.window)
    urls, opened = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)

    def dialog_closed_at_once(alg_id, parameters):
        # the real dialog, modal as in QGIS; closed as soon as it shows
        closer = QTimer()
        closer.timeout.connect(lambda: close_algorithm_dialogs(opened))
        closer.start(20)
        try:
            return real_exec(alg_id, parameters)
        finally:
            closer.stop()

    real_exec = processing.execAlgorithmDialog
    monkeypatch.setattr(processing, "execAlgorithmDialog", dialog_closed_at_once)
    before = live_plugin_objects()
    registry = QgsApplication.processingRegistry()

    for _ in range(2):  # load, use, unload; then again, as Plugin Reloader does
        plugin = itinerance.classFactory(iface)
        plugin.initGui()
        assert registry.providerById("itinerance") is not None
        use_the_plugin(qtbot, plugin, iface, project, opened)
        plugin.dock.layer.rollBack()  # the user's edits of this round
        plugin.unload()
        del plugin
        # from the moment unload returns, before Qt has deleted anything
        with calls_into_the_plugin() as calls:
            qgis_goes_on(project, canvas)
            flush_deletions()
        assert calls == []
    assert len(urls) == 2 and urls[0].toLocalFile().endswith("inventory-dock.md")

    # nothing of the plugin in the window, the canvas, Processing or the translators
    window = iface.mainWindow()
    assert not [d for d in window.findChildren(QDockWidget)
                if d.objectName() == "ItineranceInventoryDock"]
    assert not [b for b in window.findChildren(QToolBar)
                if b.objectName() in ("ItineranceToolbar", "InventoryToolbar")]
    assert not [a for a in window.findChildren(QAction)
                if a.objectName().startswith(("itinerance_", "inventory_"))]
    assert iface.submenus == {}
    assert not [t for t in canvas.findChildren(QgsMapTool)
                if type(t).__module__.startswith("itinerance")]
    assert registry.providerById("itinerance") is None
    assert translation._translators == []
    assert live_plugin_objects() - before == set()

    # QGIS goes on, another project is opened: nothing of the plugin runs
    with calls_into_the_plugin() as calls:
        qgis_goes_on(project, canvas)
        project.clear()
        assert project.read(str(inventory["folder"] / "itinerance_sample.qgz"))
        qgis_goes_on(project, canvas)
        flush_deletions()
        qtbot.wait(50)  # timers the plugin might have left
    assert calls == []


def qgis_goes_on(project, canvas):
    """Every signal the plugin listened to: map tool and extent of the canvas, layers added
    and removed, selection, editing, undo and redo, commit."""
    canvas.setMapTool(QgsMapToolPan(canvas))
    aires = project.mapLayersByName("aires")[0]
    canvas.setExtent(aires.extent())
    canvas.refresh()
    canvas.waitWhileRendering()
    aires.selectByIds(sorted(aires.allFeatureIds())[:2])
    aires.removeSelection()
    assert aires.startEditing()
    feature = QgsVectorLayerUtils.createFeature(  # with the data model's defaults
        aires, QgsGeometry.fromPointXY(aires.extent().center()),
        {aires.fields().indexFromName("name"): "Aire après le déchargement"})
    assert aires.addFeature(feature)
    aires.undoStack().undo()
    aires.undoStack().redo()
    assert aires.commitChanges()
    extra = QgsVectorLayer("Point?crs=EPSG:2154", "extra", "memory")
    project.addMapLayer(extra)
    project.removeMapLayer(extra.id())


def test_the_stand_in_for_missing_libraries_unloads_its_translation_too(qtbot, monkeypatch):
    from itinerance.plugin.missing_dependencies_plugin import MissingDependenciesPlugin

    # QGIS in French: classFactory installs the plugin's translation
    monkeypatch.setattr(translation, "user_language", lambda: "fr")
    monkeypatch.setitem(sys.modules, "rasterio", None)
    iface = FakeIface()
    plugin = itinerance.classFactory(iface)
    assert isinstance(plugin, MissingDependenciesPlugin)
    assert len(translation._translators) == 1
    assert QCoreApplication.translate("InventoryDock", "Inventory") == "Inventaire"
    plugin.initGui()
    plugin.unload()
    assert translation._translators == []
    assert QCoreApplication.translate("InventoryDock", "Inventory") == "Inventory"
