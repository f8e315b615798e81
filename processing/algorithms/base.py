"""What every Itinérance algorithm shares: translation, icon, instance creation."""

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingOutputNumber
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"


class ItineranceAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ICON`` and call ``self.tr()`` only with literal strings in their own body,
    so that pylupdate5 files each string under the class that translates it at run time."""

    ICON = "itinerance.svg"

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def icon(self):
        return QIcon(str(ICONS / self.ICON))

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return str(ICONS / self.ICON)

    def add_number_outputs(self, outputs):
        """Declare the headline figures (name -> description) returned in the results."""
        for name, description in outputs.items():
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def skip_reasons(self):
        """Why a feature was skipped, in the user's language (keys used by geometry_io)."""
        # translate() with this class's name: self.tr() here would look the texts up under
        # the subclass's name, where pylupdate5 does not file them
        return {"empty": QCoreApplication.translate("ItineranceAlgorithm", "empty geometry"),
                "degenerate": QCoreApplication.translate("ItineranceAlgorithm",
                                                         "degenerate geometry"),
                "invalid": QCoreApplication.translate("ItineranceAlgorithm",
                                                      "invalid geometry")}
