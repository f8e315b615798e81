from fake_iface import FakeIface
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import itinerance
from itinerance.plugin.itinerance_plugin import ItinerancePlugin


def toolbars(window):
    return [bar for bar in window.findChildren(QToolBar) if bar.objectName() == "ItineranceToolbar"]


def test_init_gui_adds_menu_toolbar_and_provider_and_unload_removes_them(qtbot, qgis_app):
    registry = QgsApplication.processingRegistry()
    session_plugin = qgis_app.itinerance_plugin
    registry.removeProvider(session_plugin.provider)  # the plugin under test registers its own
    session_plugin.provider = None
    try:
        iface = FakeIface()
        plugin = itinerance.classFactory(iface)
        assert isinstance(plugin, ItinerancePlugin)
        plugin.initGui()
        assert registry.providerById("itinerance") is not None
        [toolbar] = toolbars(iface.window)
        assert [a.objectName() for a in toolbar.actions()] == ["itinerance_createprojectdb"]
        assert list(iface.submenus) == ["&Itinérance"]
        menu_actions = iface.submenus["&Itinérance"].actions()
        assert [a.objectName() for a in menu_actions] == ["itinerance_createprojectdb"]
        assert not menu_actions[0].icon().isNull()

        plugin.unload()
        assert registry.providerById("itinerance") is None
        assert toolbars(iface.window) == [] or not toolbars(iface.window)[0].actions()
        assert iface.submenus == {}
    finally:
        session_plugin.initProcessing()  # the plugin object keeps the provider alive
        assert registry.providerById("itinerance").name() == "Itinérance"


def test_menu_action_opens_the_algorithm_dialog(qtbot, monkeypatch):
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda alg_id, params: opened.append(alg_id))
    iface = FakeIface()
    plugin = ItinerancePlugin(iface)
    plugin.initGui()
    try:
        plugin.actions[0].trigger()
        assert opened == ["itinerance:createprojectdb"]
    finally:
        plugin.unload()
