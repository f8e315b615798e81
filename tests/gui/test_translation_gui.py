"""The plugin as a French user sees it: QGIS set to French the way its Options dialog does it
(locale/overrideFlag and locale/userLocale), the plugin loaded as QGIS loads it (classFactory,
initGui), its menu, provider and Inventory dock in French; in English once it is unloaded.

Oracle: the expected texts are read from i18n/itinerance_fr.ts as plain XML (ts_catalog), not
through Qt's translator, and the main ones are spelled out here.
"""

import pytest
import ts_catalog
from fake_iface import FakeIface
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QAction,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

import itinerance
from itinerance.plugin.dock import layer_roles
from itinerance.plugin.dock.inventory_dock import InventoryDock
from itinerance.processing.logic.inventory import data_model

# The dock's own texts. Field aliases and value-list labels are not among them: they are stored
# in the layers by createprojectdb, in the language QGIS had then (the sample is built in English).
DOCK_CONTEXTS = {"InventoryDock", "FeatureListPanel", "FeatureFormPanel", "ChecksPanel",
                 "LayerRolesPanel", "InventoryEditor", "FeatureListModel", "CheckInventory",
                 "CircuitPanel", "AuditPanel"}


def shown_texts(dock):
    """Every text the dock shows: titles, labels, buttons, tabs, headers, tooltips, items."""
    texts = {dock.windowTitle()}
    for widget in [dock, *dock.findChildren(QWidget)]:
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "suffix"):
            texts.add(widget.suffix())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts.update(header.text(i) for i in range(header.columnCount()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
    for action in dock.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    texts.discard("")
    return texts


def texts_that_change(contexts):
    """(English, French) of the catalogue's messages in ``contexts`` whose French differs."""
    return {(m.source, m.translation) for m in ts_catalog.messages()
            if m.context in contexts and m.translation != m.source}


@pytest.fixture
def sample_project(sample):
    project = QgsProject.instance()
    assert project.read(str(sample["project"]))
    yield project
    project.clear()


@pytest.fixture
def french_qgis():
    """QGIS set to French as Settings > Options > General > Override system locale does."""
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    yield
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")


@pytest.fixture
def loaded_plugin(qtbot, qgis_app, sample_project):
    """Loads the plugin as QGIS does, with its own provider; gives a function doing it."""
    registry = QgsApplication.processingRegistry()
    session_plugin = qgis_app.itinerance_plugin
    registry.removeProvider(session_plugin.provider)
    session_plugin.provider = None
    loaded = []

    def load():
        iface = FakeIface()
        qtbot.addWidget(iface.window)
        plugin = itinerance.classFactory(iface)
        plugin.initGui()
        plugin.dock_action.trigger()  # the Inventory dock, as the user opens it
        loaded.append(plugin)
        return plugin, iface

    yield load
    for plugin in loaded:
        if plugin.actions:
            plugin.unload()
    session_plugin.initProcessing()
    assert registry.providerById("itinerance") is not None


def test_qgis_in_french_shows_the_plugin_in_french(french_qgis, loaded_plugin):
    plugin, iface = loaded_plugin()
    try:
        # the provider and the menu
        provider = QgsApplication.processingRegistry().providerById("itinerance")
        create = provider.algorithm("createprojectdb")
        assert (create.displayName(), create.group()) == ("Créer la base du projet", "Projet")
        assert provider.algorithm("airesgap").displayName() == (
            "Écarts entre aires le long du réseau")
        climbs = provider.algorithm("exportclimbsheets")
        assert (climbs.displayName(), climbs.group()) == (
            ts_catalog.french("ExportClimbSheets", "Climb sheets (PDF)"),
            ts_catalog.french("ExportClimbSheets", "Map exports"))
        menu = [action.text() for action in iface.submenus["&Itinérance"].actions()]
        assert "Contrôler l'inventaire…" in menu and "Fiches ascensions (PDF)…" in menu
        assert plugin.dock_action.toolTip() == (
            "Inventaire : lister, modifier et contrôler l'inventaire du projet")

        # the dock, its .ui forms translated by uic at run time, and its panels' code
        dock = plugin.dock
        assert dock.windowTitle() == "Inventaire"
        assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == [
            "Entités", "Contrôles", "Couches", "Circuit", "Audit"]
        assert dock.circuit_panel.saveButton.text() == "Enregistrer dans la base du projet"
        assert dock.audit_panel.runButton.text() == "Auditer le réseau"
        assert dock.audit_panel.modeCombo.itemText(0) == "Vélo"
        assert dock.layerCombo.toolTip() == "La couche d'inventaire à lister et à modifier"
        assert dock.editor.actions["save"].toolTip() == "Enregistrer"
        assert dock.checks_panel.runButton.text() == "Lancer les contrôles"
        assert dock.list_panel.searchEdit.placeholderText() == (
            "Rechercher : nom, numéro, commune…")
        assert dock.layerCombo.currentText().startswith("Aires de services vélo — ")

        # the "New territory from open data" dialog, the other .ui form
        [new_territory] = [a for a in iface.submenus["&Itinérance"].actions()
                           if a.objectName() == "itinerance_newterritory"]
        assert new_territory.text() == "Nouveau territoire à partir des données ouvertes…"
        new_territory.trigger()
        dialog = plugin.new_territory_dialog
        assert dialog.windowTitle() == "Nouveau territoire à partir des données ouvertes"
        assert dialog.run_button.text() == "Créer le territoire"
        dialog.close()

        shown = shown_texts(dock) | shown_texts(dialog)
        role_titles = {ts_catalog.french(data_model.TR_CONTEXT, data_model.layer(role).title)
                       for role in layer_roles.ROLES}
        assert role_titles <= shown  # the roles panel and the layer chooser
        untranslated_forms = {m.translation for m in ts_catalog.from_forms()} - shown
        assert not untranslated_forms, "texts of the .ui forms not shown in French"
        english_left = {english for english, _ in texts_that_change(DOCK_CONTEXTS)} & shown
        assert not english_left, "English texts left in the French dock"
    finally:
        plugin.unload()

    # unloading removes the translator: a dock made now is English again
    english_dock = InventoryDock(iface, QgsProject.instance())
    try:
        assert english_dock.windowTitle() == "Inventory"
        assert english_dock.tabs.tabText(0) == "Features"
    finally:
        english_dock.cleanup()
        english_dock.deleteLater()


def test_qgis_in_english_shows_the_plugin_in_english(loaded_plugin):
    assert not QgsSettings().value("locale/overrideFlag", False, type=bool)
    plugin, iface = loaded_plugin()
    provider = QgsApplication.processingRegistry().providerById("itinerance")
    assert provider.algorithm("createprojectdb").displayName() == "Create project database"
    menu = [action.text() for action in iface.submenus["&Itinérance"].actions()]
    assert "Check the inventory…" in menu
    dock = plugin.dock
    assert dock.windowTitle() == "Inventory"
    assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == [
        "Features", "Checks", "Layers", "Circuit", "Audit"]
    assert dock.audit_panel.runButton.text() == "Audit the network"
    assert dock.editor.actions["save"].toolTip() == "Save"
    plugin.show_new_territory()
    dialog = plugin.new_territory_dialog
    assert dialog.run_button.text() == "Create the territory"
    shown = shown_texts(dock) | shown_texts(dialog)
    dialog.close()
    forms = ts_catalog.from_forms()
    assert len({m.context for m in forms}) == 8 and len(forms) > 20  # the eight .ui forms
    assert {m.source for m in forms} <= shown
    french_left = {french for _, french in texts_that_change(DOCK_CONTEXTS)} & shown
    assert not french_left, "French texts in the English dock"
