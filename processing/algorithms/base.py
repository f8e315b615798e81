"""What every Itinérance algorithm shares: translation, icon, instance creation."""

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm
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
