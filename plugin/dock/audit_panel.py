"""The "Audit" panel: audits the project's node network with itinerance:auditnetwork, shows its
headline figures and opens its report.

The algorithm runs through Processing (its registry, by id): the GUI never imports the
algorithm's module. Its inputs are the layers playing the inventory roles (``layer_roles``): the
nodes (noeuds), the sections (troncons), the links (liaisons, recognised by name) and the aires.
"""

import uuid
from pathlib import Path

from qgis.core import (
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QLabel, QWidget

from ...processing.translate import format_number
from ..forms import form_path
from . import layer_roles
from .mode_combo import current_mode, fill_modes

FORM_CLASS, _ = uic.loadUiType(form_path("audit_panel.ui"))
ALGORITHM = "itinerance:auditnetwork"
# (result, decimals) shown, in order; their names come from figure_labels()
FIGURES = (("LINK_COUNT", 0), ("BROKEN_COUNT", 0), ("NODE_FACT_COUNT", 0),
           ("IDEAL_LENGTH_PCT", 1), ("FAMILY_LOOP_NODE_PCT", 1), ("SPORT_LOOP_NODE_PCT", 1),
           ("COMPONENT_COUNT", 0), ("DEAD_END_COUNT", 0))


class AuditPanel(QWidget, FORM_CLASS):
    def __init__(self, project, dem_layer=None, parent=None):
        """``dem_layer``: the DEM offered first (the dock's default relief)."""
        super().__init__(parent)
        self.setupUi(self)
        self.project = project
        self.report = None
        self.results = {}
        fill_modes(self.modeCombo)
        self.demCombo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.demCombo.setAllowEmptyLayer(True)
        self.demCombo.setLayer(dem_layer)
        self.values = {}
        labels = self.figure_labels()
        for name, _ in FIGURES:
            value = QLabel("–", self)
            value.setObjectName(f"figure_{name}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figuresLayout.addRow(labels[name], value)
            self.values[name] = value
        self.runButton.clicked.connect(self.run_audit)
        self.reportButton.clicked.connect(self.open_report)

    def figure_labels(self):
        return {"LINK_COUNT": self.tr("Links"), "BROKEN_COUNT": self.tr("Broken links"),
                "NODE_FACT_COUNT": self.tr("Facts on the nodes"),
                "IDEAL_LENGTH_PCT": self.tr("Links of ideal length, 1–5 km (% of km)"),
                "FAMILY_LOOP_NODE_PCT": self.tr("Nodes offering a family loop (%)"),
                "SPORT_LOOP_NODE_PCT": self.tr("Nodes offering a sporty loop (%)"),
                "COMPONENT_COUNT": self.tr("Connected parts"),
                "DEAD_END_COUNT": self.tr("Dead ends")}

    def parameters(self, report):
        """The algorithm's inputs from the project's layers; None without nodes or sections."""
        layers = {role: layer_roles.role_layer(self.project, role)
                  for role in ("noeuds", "troncons", "liaisons", "aires")}
        if layers["noeuds"] is None or layers["troncons"] is None:
            return None
        parameters = {"NODES": layers["noeuds"], "SECTIONS": layers["troncons"],
                      "LINKS": layers["liaisons"], "MODE": current_mode(self.modeCombo),
                      "DEM": self.demCombo.currentLayer(), "REPORT": report,
                      "OUTPUT_LINKS": "memory:", "OUTPUT_NODES": "memory:"}
        if self.waterCheck.isChecked() and layers["aires"] is not None:
            parameters["AIRES"] = layers["aires"]
        return {name: value for name, value in parameters.items() if value is not None}

    def run_audit(self):
        """Run the audit and show its figures; returns its results ({} when it could not
        run)."""
        import processing  # QGIS's own package: we never put our root on sys.path

        report = str(Path(QgsProcessingUtils.tempFolder()) / f"audit_{uuid.uuid4().hex}.html")
        parameters = self.parameters(report)
        self.results, self.report = {}, None
        self.reportButton.setEnabled(False)
        if parameters is None:
            self.summaryLabel.setText(self.tr(
                "The project has no nodes (noeuds) or sections (troncons): add the project "
                "database's layers, or assign layers to the roles in the Layers tab."))
            self.show_figures({})
            return {}
        context = QgsProcessingContext()
        context.setProject(self.project)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.results = processing.run(ALGORITHM, parameters, context=context,
                                          feedback=QgsProcessingFeedback())
        except QgsProcessingException as error:
            QgsMessageLog.logMessage(str(error), "Itinérance")
            self.summaryLabel.setText(self.tr("The audit failed: {}").format(error))
        finally:
            QApplication.restoreOverrideCursor()
        self.show_figures(self.results)
        if self.results:
            self.report = self.results.get("REPORT")
            self.reportButton.setEnabled(bool(self.report))
            self.summaryLabel.setText(self.tr(
                "{} km of sections, {} numbered nodes, {} family and {} sporty loops.")
                .format(format_number(self.results["NETWORK_KM"], 1),
                        self.results["NODE_COUNT"], self.results["FAMILY_LOOP_COUNT"],
                        self.results["SPORT_LOOP_COUNT"]))
        return self.results

    def show_figures(self, results):
        for name, decimals in FIGURES:
            value = results.get(name)
            self.values[name].setText("–" if value is None or value != value
                                      else format_number(value, decimals))

    def open_report(self):
        if self.report:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.report))
