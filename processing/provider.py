"""The ``itinerance`` Processing provider."""

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithms.accueil_velo_coverage import AccueilVeloCoverage
from .algorithms.aires_gap import AiresGap
from .algorithms.build_circuit import BuildCircuit
from .algorithms.check_inventory import CheckInventory
from .algorithms.create_project_db import CreateProjectDb
from .algorithms.export_circuit_sheet import ExportCircuitSheet
from .algorithms.export_climb_sheets import ExportClimbSheets
from .algorithms.export_contract_map import ExportContractMap
from .algorithms.import_accueil_velo import ImportAccueilVelo
from .algorithms.import_osm_network import ImportOsmNetwork
from .algorithms.import_stations import ImportStations
from .algorithms.motorhome_coverage import MotorhomeCoverage
from .algorithms.plan_stages import PlanStages
from .algorithms.prepare_dem import PrepareDem
from .algorithms.slope_profile import SlopeProfile
from .algorithms.station_access import StationAccess
from .algorithms.territory_indicators import TerritoryIndicators
from .algorithms.trame_connectivity import TrameConnectivity

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "itinerance.svg"


class ItineranceProvider(QgsProcessingProvider):
    def id(self):
        return "itinerance"

    def name(self):
        return QCoreApplication.translate("ItineranceProvider", "Itinérance")

    def longName(self):  # noqa: N802 - QGIS API
        return QCoreApplication.translate(
            "ItineranceProvider", "Itinérance: cycling and tourism network planning")

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return str(ICON)

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm_class in (CreateProjectDb, AiresGap, AccueilVeloCoverage, SlopeProfile,
                                TrameConnectivity, CheckInventory, ExportContractMap,
                                ExportClimbSheets, PrepareDem, ImportAccueilVelo,
                                ImportOsmNetwork, TerritoryIndicators, BuildCircuit,
                                ExportCircuitSheet, PlanStages, StationAccess,
                                MotorhomeCoverage, ImportStations):
            self.addAlgorithm(algorithm_class())
