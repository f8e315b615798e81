"""Stand-in plugin loaded when a Python library is missing: explains, never crashes."""

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

from .dependencies import install_hint
from .translation import remove_translators


class MissingDependenciesPlugin:
    def __init__(self, iface, missing):
        self.iface = iface
        self.missing = missing
        self.message = install_hint(missing, QCoreApplication.translate)
        for dep, error in missing:
            QgsMessageLog.logMessage(f"{dep.module}: {error}", "Itinérance", Qgis.Critical)
        QgsMessageLog.logMessage(self.message, "Itinérance", Qgis.Critical)

    def initProcessing(self):  # noqa: N802 - QGIS API; nothing to register without the libraries
        pass

    def initGui(self):  # noqa: N802 - QGIS API
        title = QCoreApplication.translate("MissingDependenciesPlugin",
                                           "Itinérance cannot start")
        self.iface.messageBar().pushMessage(title, self.message, level=Qgis.Critical, duration=0)

    def unload(self):
        remove_translators()  # classFactory installed the plugin's translation all the same
