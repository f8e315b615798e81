"""The "Checks" panel: runs the inventory checks and lists the findings, each one a click away.

The checks themselves are ``find_inventory_issues`` of the ``checkinventory`` algorithm's module,
called directly (no Processing), on the layers playing the inventory roles in the project.
"""

from qgis.core import QgsMessageLog, QgsProcessingFeedback
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QApplication, QCheckBox, QHeaderView, QTreeWidgetItem, QWidget

from ...processing.inputs.inventory_findings import CHECKS, default_options, find_inventory_issues
from ..forms import form_path, qgis_icon
from .layer_roles import role_title
from .mode_combo import current_mode, fill_modes

FORM_CLASS, _ = uic.loadUiType(form_path("checks_panel.ui"))
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKS_PER_ROW = 2
SEVERITY_ICONS = {"error": "mIconCritical.svg", "warning": "mIconWarning.svg"}


class ChecksPanel(QWidget, FORM_CLASS):
    # (role, feature id or None, x, y in the role layer's CRS or None): the user picked a finding
    findingActivated = pyqtSignal(str, object, object, object)  # noqa: N815 - Qt naming

    def __init__(self, layers_provider, parent=None):
        """``layers_provider()`` gives the {role: layer} to check when the user runs them."""
        super().__init__(parent)
        self.setupUi(self)
        self.layers_provider = layers_provider
        self.findings = []
        defaults = default_options()
        self.check_boxes = {}
        for number, check in enumerate(CHECKS):
            box = QCheckBox(check.label, self)
            box.setObjectName(f"check_{check.name}")
            box.setChecked(bool(defaults[check.name]))
            row, column = divmod(number, CHECKS_PER_ROW)
            self.checksLayout.addWidget(box, row, column)
            self.check_boxes[check.name] = box
        for spin, key in ((self.toleranceSpin, "tolerance"),
                          (self.establishmentSpin, "establishment_distance"),
                          (self.nearMissSpin, "near_miss")):
            spin.setClearValue(defaults[key])
            spin.setValue(defaults[key])
        fill_modes(self.modeCombo)
        header = self.findingsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the message gets the room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.runButton.clicked.connect(self.run_checks)
        self.findingsTree.currentItemChanged.connect(self._item_changed)

    def options(self):
        options = {name: box.isChecked() for name, box in self.check_boxes.items()}
        options.update(tolerance=self.toleranceSpin.value(),
                       establishment_distance=self.establishmentSpin.value(),
                       near_miss=self.nearMissSpin.value(), mode=current_mode(self.modeCombo))
        return options

    def run_checks(self):
        layers = self.layers_provider()
        self.findingsTree.clear()
        self.findings = []
        if not layers:
            self.summaryLabel.setText(self.tr(
                "No inventory layer in the project: add the project database's layers, or "
                "assign layers to the roles in the Layers tab."))
            return self.findings
        feedback = QgsProcessingFeedback()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.findings = find_inventory_issues(layers, self.options(), feedback)
        except Exception as error:  # a bad layer must not take the dock down: say what failed
            QgsMessageLog.logMessage(str(error), "Itinérance")
            self.summaryLabel.setText(self.tr("The checks failed: {}").format(error))
            return self.findings
        finally:
            QApplication.restoreOverrideCursor()
        self._show(self.findings, len(layers))
        return self.findings

    def _show(self, findings, layer_count):
        for check in CHECKS:
            found = [(i, f) for i, f in enumerate(findings) if f.check == check.name]
            if not found:
                continue
            group = QTreeWidgetItem(self.findingsTree,
                                    [f"{check.label} ({len(found)})", ""])
            group.setFirstColumnSpanned(True)
            for number, finding in found:
                item = QTreeWidgetItem(group, [finding.message, role_title(finding.layer_role)])
                item.setToolTip(0, finding.message)
                item.setIcon(0, qgis_icon(SEVERITY_ICONS.get(finding.severity,
                                                             "mIconInfo.svg")))
                item.setData(0, FINDING_ROLE, number)
            group.setExpanded(len(found) <= 20)
        errors = sum(f.severity == "error" for f in findings)
        if findings:
            self.summaryLabel.setText(self.tr(
                "{count} findings ({errors} errors) in {layers} layers. Click one to show it."
            ).format(count=len(findings), errors=errors, layers=layer_count))
        else:
            self.summaryLabel.setText(self.tr("No problem found in {layers} layers.").format(
                layers=layer_count))

    def finding_items(self):
        """The tree's finding items (not the check groups), in display order."""
        return [self.findingsTree.topLevelItem(i).child(j)
                for i in range(self.findingsTree.topLevelItemCount())
                for j in range(self.findingsTree.topLevelItem(i).childCount())]

    def _item_changed(self, item, _previous):
        if item is None or item.data(0, FINDING_ROLE) is None:
            return
        finding = self.findings[item.data(0, FINDING_ROLE)]
        self.findingActivated.emit(finding.layer_role, finding.feature_id, finding.x, finding.y)
