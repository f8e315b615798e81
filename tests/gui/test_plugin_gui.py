from fake_iface import FakeIface
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import itinerance
from itinerance.plugin.itinerance_plugin import ItinerancePlugin

ACTIONS = ["itinerance_createprojectdb", "itinerance_newterritory", "itinerance_inventory",
           "itinerance_airesgap",
           "itinerance_accueilvelocoverage", "itinerance_slopeprofile",
           "itinerance_trameconnectivity", "itinerance_checkinventory",
           "itinerance_exportcontractmap", "itinerance_exportclimbsheets",
           "itinerance_territoryindicators",
           "itinerance_buildcircuit", "itinerance_exportcircuitsheet"]


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
        assert [a.objectName() for a in toolbar.actions()] == ACTIONS
        assert list(iface.submenus) == ["&Itinérance"]
        menu_actions = iface.submenus["&Itinérance"].actions()
        assert [a.objectName() for a in menu_actions] == ACTIONS
        assert not any(a.icon().isNull() for a in menu_actions)

        plugin.unload()
        assert registry.providerById("itinerance") is None
        assert toolbars(iface.window) == [] or not toolbars(iface.window)[0].actions()
        assert iface.submenus == {}
    finally:
        session_plugin.initProcessing()  # the plugin object keeps the provider alive
        assert registry.providerById("itinerance").name() == "Itinérance"


def test_new_territory_action_opens_its_dialog(qtbot):
    from itinerance.plugin.new_territory import NewTerritoryDialog

    iface = FakeIface()
    plugin = ItinerancePlugin(iface)
    plugin.initGui()
    try:
        [action] = [a for a in plugin.actions if a.objectName() == "itinerance_newterritory"]
        assert action.text() == "New territory from open data…"
        action.trigger()
        assert isinstance(plugin.new_territory_dialog, NewTerritoryDialog)
        assert plugin.new_territory_dialog.isVisible()
        plugin.new_territory_dialog.close()
    finally:
        plugin.unload()


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


def test_analysis_actions_fill_in_the_project_inventory_layers(qtbot, monkeypatch, sample):
    import processing
    from qgis.core import QgsProject

    project = QgsProject.instance()
    assert project.read(str(sample["project"]))
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda alg_id, params: opened.append((alg_id, params)))
    iface = FakeIface()
    plugin = ItinerancePlugin(iface)
    plugin.initGui()
    analyses = [a for a in plugin.actions[1:]
                if a.objectName() not in ("itinerance_inventory", "itinerance_newterritory")]
    try:
        for action in analyses:
            action.trigger()
    finally:
        plugin.unload()
    troncons = project.mapLayersByName("troncons")[0].id()
    aires = project.mapLayersByName("aires")[0].id()
    assert opened[0] == ("itinerance:airesgap", {"NETWORK": troncons, "AIRES": aires})
    alg_id, params = opened[1]
    assert params["ESTABLISHMENTS"] == project.mapLayersByName("etablissements")[0].id()
    assert params["LABEL_FIELD"] == "accueil_velo" and params["ROUTE_NAME_FIELD"] == "name"
    assert opened[2] == ("itinerance:slopeprofile", {
        "LINES": project.mapLayersByName("ascensions")[0].id(), "ID_FIELD": "name"})
    assert opened[3] == ("itinerance:trameconnectivity", {
        "ITINERARIES": project.mapLayersByName("trame")[0].id(),
        "HUBS": project.mapLayersByName("poles")[0].id(), "HUB_NAME_FIELD": "name"})
    alg_id, params = opened[4]
    assert alg_id == "itinerance:checkinventory"
    assert params == {role.upper(): project.mapLayersByName(role)[0].id() for role in (
        "aires", "etablissements", "noeuds", "troncons", "itineraires", "trame", "poles",
        "ascensions")}
    assert opened[5] == ("itinerance:exportcontractmap", {})
    assert opened[6] == ("itinerance:exportclimbsheets", {
        "LINES": project.mapLayersByName("ascensions")[0].id(), "ID_FIELD": "name"})
    # the indicators report: every inventory layer and the perimeters, with their fields
    assert opened[7] == ("itinerance:territoryindicators", {
        **{parameter: project.mapLayersByName(layer)[0].id() for parameter, layer in (
            ("PERIMETERS", "perimetres"), ("NETWORK", "troncons"), ("AIRES", "aires"),
            ("ESTABLISHMENTS", "etablissements"), ("ITINERARIES", "itineraires"),
            ("TRAME", "trame"), ("POLES", "poles"), ("ASCENSIONS", "ascensions"))},
        "NAME_FIELD": "name", "CODE_FIELD": "code", "CATEGORY_FIELD": "category",
        "LABEL_FIELD": "accueil_velo"})
    circuit_inputs = {
        "NETWORK": troncons, "NODES": project.mapLayersByName("noeuds")[0].id(),
        "NETWORK_FIELD": "network", "AIRES": aires,
        "ESTABLISHMENTS": project.mapLayersByName("etablissements")[0].id(),
        "LABEL_FIELD": "accueil_velo"}  # no CATEGORY_FIELD: these algorithms have none
    assert opened[8] == ("itinerance:buildcircuit", circuit_inputs)
    assert opened[9] == ("itinerance:exportcircuitsheet", circuit_inputs)
    project.clear()
