"""A minimal QGIS interface on a real QMainWindow, so GUI tests check real menus and toolbars."""

from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow, QMenu


class FakeIface:
    def __init__(self):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.bar = QgsMessageBar(self.window)
        self.plugin_menu = QMenu("Plugins", self.window)
        self.window.menuBar().addMenu(self.plugin_menu)
        self.submenus = {}

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
