"""The plugin object QGIS loads: Processing provider, menu and toolbar."""

from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..processing.provider import ItineranceProvider
from .translation import remove_translators

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
# Inputs filled in from the project's inventory layers (data-model names) when they are there.
PROJECT_INPUTS = {
    "airesgap": {"NETWORK": "troncons", "AIRES": "aires"},
    "accueilvelocoverage": {"ROUTES": "itineraires", "ESTABLISHMENTS": "etablissements"},
    "slopeprofile": {"LINES": "ascensions"},
    "trameconnectivity": {"ITINERARIES": "trame", "HUBS": "poles"},
}
FIELD_INPUTS = {  # per layer parameter: the field parameters it fills
    "ROUTES": {"ROUTE_NAME_FIELD": "name"},
    "ESTABLISHMENTS": {"CATEGORY_FIELD": "category", "LABEL_FIELD": "accueil_velo"},
    "LINES": {"ID_FIELD": "name"},
    "HUBS": {"HUB_NAME_FIELD": "name"},
}


class ItinerancePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.menu = None
        self.toolbar = None

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

    def _add_algorithm_action(self, algorithm_id, icon_name, text):
        action = QAction(QIcon(str(ICONS / icon_name)), text, self.iface.mainWindow())
        action.setObjectName(f"itinerance_{algorithm_id}")
        action.triggered.connect(lambda _checked=False: self.open_algorithm(algorithm_id))
        self.iface.addPluginToMenu(self.menu, action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def open_algorithm(self, algorithm_id):
        """Open the algorithm's dialog, with the project's inventory layers filled in."""
        import processing  # QGIS's own package: we never put our root on sys.path

        processing.execAlgorithmDialog(f"itinerance:{algorithm_id}",
                                       project_inputs(algorithm_id, QgsProject.instance()))

    def unload(self):
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
    """Parameters naming the project's layers that play the data model's roles."""
    params = {}
    for parameter, layer_name in PROJECT_INPUTS.get(algorithm_id, {}).items():
        layers = project.mapLayersByName(layer_name)
        if layers:
            params[parameter] = layers[0].id()
            for field_param, field in FIELD_INPUTS.get(parameter, {}).items():
                if layers[0].fields().indexFromName(field) >= 0:
                    params[field_param] = field
    return params
