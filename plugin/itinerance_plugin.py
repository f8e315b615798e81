"""The plugin object QGIS loads: Processing provider, menu and toolbar."""

from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

try:  # Qt 6 (QGIS 4) has QAction in QtGui, and so has qgis.PyQt in later QGIS 3 versions
    from qgis.PyQt.QtGui import QAction
except ImportError:  # QGIS 3.22's qgis.PyQt: Qt 5's QtWidgets only
    from qgis.PyQt.QtWidgets import QAction

from ..processing.provider import ItineranceProvider
from .dock import layer_roles
from .translation import remove_translators

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
# Inputs filled in from the layers playing the inventory roles (layer_roles), when there are.
PROJECT_INPUTS = {
    "airesgap": {"NETWORK": "troncons", "AIRES": "aires"},
    "accueilvelocoverage": {"ROUTES": "itineraires", "ESTABLISHMENTS": "etablissements"},
    "slopeprofile": {"LINES": "ascensions"},
    "exportclimbsheets": {"LINES": "ascensions"},
    "trameconnectivity": {"ITINERARIES": "trame", "HUBS": "poles"},
    "checkinventory": {role.upper(): role for role in layer_roles.ROLES},
    "territoryindicators": {"PERIMETERS": "perimetres", "NETWORK": "troncons", "AIRES": "aires",
                            "ESTABLISHMENTS": "etablissements", "ITINERARIES": "itineraires",
                            "TRAME": "trame", "POLES": "poles", "ASCENSIONS": "ascensions"},
    "buildcircuit": {"NETWORK": "troncons", "NODES": "noeuds", "AIRES": "aires",
                     "ESTABLISHMENTS": "etablissements"},
}
PROJECT_INPUTS["exportcircuitsheet"] = PROJECT_INPUTS["buildcircuit"]
FIELD_INPUTS = {  # per layer parameter: the field parameters it fills
    "ROUTES": {"ROUTE_NAME_FIELD": "name"},
    "ESTABLISHMENTS": {"CATEGORY_FIELD": "category", "LABEL_FIELD": "accueil_velo"},
    "LINES": {"ID_FIELD": "name"},
    "HUBS": {"HUB_NAME_FIELD": "name"},
    "PERIMETERS": {"NAME_FIELD": "name", "CODE_FIELD": "code"},
    "NODES": {"NETWORK_FIELD": "network"},
}


class ItinerancePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.menu = None
        self.toolbar = None
        self.dock = None
        self.dock_action = None
        self.new_territory_dialog = None

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("ItinerancePlugin", text)

    def initProcessing(self):  # noqa: N802 - QGIS API; runs in qgis_process too, iface is None
        if self.provider is None:
            provider = ItineranceProvider()
            # on failure (a provider of that id is already there) the registry deletes it
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        self.menu = self.tr("&Itinérance")
        self.toolbar = self.iface.addToolBar(self.tr("Itinérance"))
        self.toolbar.setObjectName("ItineranceToolbar")
        self._add_algorithm_action(
            "createprojectdb", "createprojectdb.svg", self.tr("Create project database…"))
        self._add_action("itinerance_newterritory", "newterritory.svg",
                         self.tr("New territory from open data…"), self.show_new_territory)
        self._add_dock_action()
        self._add_algorithm_action(
            "airesgap", "airesgap.svg", self.tr("Gaps between aires along the network…"))
        self._add_algorithm_action(
            "accueilvelocoverage", "accueilvelocoverage.svg",
            self.tr("Accueil Vélo coverage of routes…"))
        self._add_algorithm_action(
            "slopeprofile", "slopeprofile.svg", self.tr("Slope profiles and climbs…"))
        self._add_algorithm_action(
            "trameconnectivity", "trameconnectivity.svg",
            self.tr("Green network connectivity…"))
        self._add_algorithm_action(
            "checkinventory", "checkinventory.svg", self.tr("Check the inventory…"))
        self._add_algorithm_action(
            "exportcontractmap", "exportcontractmap.svg", self.tr("Contract map (PDF)…"))
        self._add_algorithm_action(
            "exportclimbsheets", "exportclimbsheets.svg", self.tr("Climb sheets (PDF)…"))
        self._add_algorithm_action(
            "territoryindicators", "territoryindicators.svg", self.tr("Indicators report…"))
        self._add_algorithm_action(
            "buildcircuit", "buildcircuit.svg", self.tr("Circuit from node numbers…"))
        self._add_algorithm_action(
            "exportcircuitsheet", "exportcircuitsheet.svg", self.tr("Circuit sheets (PDF)…"))

    def _add_dock_action(self):
        action = QAction(QIcon(str(ICONS / "inventory.svg")), self.tr("Inventory"),
                         self.iface.mainWindow())
        action.setObjectName("itinerance_inventory")
        action.setCheckable(True)
        action.setToolTip(self.tr("Inventory: list, edit and check the project's inventory"))
        action.toggled.connect(self.show_inventory_dock)
        self.iface.addPluginToMenu(self.menu, action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        self.dock_action = action

    def show_inventory_dock(self, visible=True):
        """Show (creating it the first time) or hide the Inventory dock."""
        if self.dock is None:
            if not visible:
                return
            from .dock.inventory_dock import InventoryDock

            self.dock = InventoryDock(self.iface, QgsProject.instance(), self.iface.mainWindow())
            self.dock.setToggleVisibilityAction(self.dock_action)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.setUserVisible(visible)

    def _add_algorithm_action(self, algorithm_id, icon_name, text):
        return self._add_action(f"itinerance_{algorithm_id}", icon_name, text,
                                lambda _checked=False: self.open_algorithm(algorithm_id))

    def _add_action(self, name, icon_name, text, slot):
        action = QAction(QIcon(str(ICONS / icon_name)), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(self.menu, action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def show_new_territory(self, _checked=False):
        """The "New territory from open data" dialog: the importers chained into a new
        project GeoPackage, opened styled."""
        from .new_territory import NewTerritoryDialog

        dialog = NewTerritoryDialog(self.iface, QgsProject.instance(), self.iface.mainWindow())
        dialog.show()
        self.new_territory_dialog = dialog  # kept alive while it is open

    def open_algorithm(self, algorithm_id):
        """Open the algorithm's dialog, with the project's inventory layers filled in."""
        import processing  # QGIS's own package: we never put our root on sys.path

        processing.execAlgorithmDialog(f"itinerance:{algorithm_id}",
                                       project_inputs(algorithm_id, QgsProject.instance()))

    def unload(self):
        if self.new_territory_dialog is not None:
            self.new_territory_dialog.dispose()  # cancels a territory being made
            self.new_territory_dialog = None
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        self.dock_action = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()


def project_inputs(algorithm_id, project):
    """Parameters naming the project's layers that play the inventory roles (layer_roles)."""
    params = {}
    algorithm = QgsApplication.processingRegistry().algorithmById(f"itinerance:{algorithm_id}")

    def has(parameter):  # only the algorithm's own parameters
        return algorithm is None or algorithm.parameterDefinition(parameter) is not None

    for parameter, role in PROJECT_INPUTS.get(algorithm_id, {}).items():
        layer = layer_roles.role_layer(project, role)  # assigned in the dock, else by name
        if layer is not None and has(parameter):
            params[parameter] = layer.id()
            for field_param, field in FIELD_INPUTS.get(parameter, {}).items():
                if layer.fields().indexFromName(field) >= 0 and has(field_param):
                    params[field_param] = field
    return params
