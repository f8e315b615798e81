"""A minimal QGIS interface on a real QMainWindow, so GUI tests check real menus and toolbars.

The map canvas is a real QgsMapCanvas: docks zoom it and map tools receive its mouse events.
"""

from qgis.gui import QgsGui, QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QAction, QMainWindow, QMenu


class FakeIface:
    def __init__(self):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.bar = QgsMessageBar(self.window)
        self.plugin_menu = QMenu("Plugins", self.window)
        self.window.menuBar().addMenu(self.plugin_menu)
        self.submenus = {}
        self.active_layer = None
        # QGIS's own digitising tools, which docks may hand over to
        self.add_feature_action = QAction("Add Feature", self.window)
        self.move_feature_action = QAction("Move Feature", self.window)
        # QGIS registers the edit widgets (value maps, check boxes...) at start-up; forms need them
        if not QgsGui.editorWidgetRegistry().factories():
            QgsGui.editorWidgetRegistry().initEditors(self.canvas)

    def mainWindow(self):  # noqa: N802 - QGIS API
        return self.window

    def mapCanvas(self):  # noqa: N802 - QGIS API
        return self.canvas

    def messageBar(self):  # noqa: N802 - QGIS API
        return self.bar

    def addToolBar(self, name):  # noqa: N802 - QGIS API
        return self.window.addToolBar(name)

    def addPluginToMenu(self, name, action):  # noqa: N802 - QGIS API
        if name not in self.submenus:
            self.submenus[name] = self.plugin_menu.addMenu(name)
        self.submenus[name].addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802 - QGIS API
        menu = self.submenus.get(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugin_menu.removeAction(menu.menuAction())
            del self.submenus[name]

    def addDockWidget(self, area, dock):  # noqa: N802 - QGIS API
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802 - QGIS API
        self.window.removeDockWidget(dock)

    def setActiveLayer(self, layer):  # noqa: N802 - QGIS API
        self.active_layer = layer
        return True

    def activeLayer(self):  # noqa: N802 - QGIS API
        return self.active_layer

    def actionAddFeature(self):  # noqa: N802 - QGIS API
        return self.add_feature_action

    def actionMoveFeature(self):  # noqa: N802 - QGIS API
        return self.move_feature_action

    def browserModel(self):  # noqa: N802 - QGIS API; the Processing dialogs ask for it
        return None
