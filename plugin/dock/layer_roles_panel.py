"""The "Layers" panel: which project layer plays each inventory role, and the snapping distance."""

from qgis.core import QgsMapLayerProxyModel, QgsWkbTypes
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt import uic
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QWidget

from ..forms import form_path
from . import layer_roles

FORM_CLASS, _ = uic.loadUiType(form_path("layer_roles_panel.ui"))
LAYER_FILTERS = {
    QgsWkbTypes.PointGeometry: QgsMapLayerProxyModel.PointLayer,
    QgsWkbTypes.LineGeometry: QgsMapLayerProxyModel.LineLayer,
    QgsWkbTypes.PolygonGeometry: QgsMapLayerProxyModel.PolygonLayer,
}


class LayerRolesPanel(QWidget, FORM_CLASS):
    rolesChanged = pyqtSignal()  # noqa: N815 - Qt signal naming
    snapToleranceChanged = pyqtSignal(float)  # noqa: N815 - Qt signal naming

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.project = project
        self.combos, self.states = {}, {}
        for row, role in enumerate(layer_roles.ROLES):
            label = QLabel(layer_roles.role_title(role), self)
            combo = QgsMapLayerComboBox(self)
            combo.setObjectName(f"role_{role}")
            combo.setFilters(LAYER_FILTERS[layer_roles.role_geometry_type(role)])
            combo.setAllowEmptyLayer(True)
            label.setBuddy(combo)
            state = QLabel(self)
            self.rolesLayout.addWidget(label, row, 0)
            self.rolesLayout.addWidget(combo, row, 1)
            self.rolesLayout.addWidget(state, row, 2)
            # only the user's choices: the combo also changes when its layer leaves the project
            combo.activated.connect(lambda _index, role=role: self._chosen(role))
            self.combos[role], self.states[role] = combo, state
        self.rolesLayout.setColumnStretch(1, 1)
        self.snapToleranceSpin.setClearValue(layer_roles.DEFAULT_SNAP_TOLERANCE_M)
        self.snapToleranceSpin.valueChanged.connect(self._snap_tolerance_changed)
        self.resetButton.clicked.connect(self.reset)
        self.refresh()

    def refresh(self):
        """Show the project's current roles (after a project is read or layers come and go)."""
        for role, combo in self.combos.items():
            layer = layer_roles.role_layer(self.project, role)
            assigned = layer is not None and layer.id() == layer_roles.assigned_layer_id(
                self.project, role)
            combo.blockSignals(True)
            combo.setLayer(layer)
            combo.blockSignals(False)
            if layer is None:
                self.states[role].setText(self.tr("none"))
            else:
                self.states[role].setText(self.tr("chosen") if assigned else self.tr("by name"))
        self.snapToleranceSpin.blockSignals(True)
        self.snapToleranceSpin.setValue(layer_roles.snap_tolerance(self.project))
        self.snapToleranceSpin.blockSignals(False)

    def _chosen(self, role):
        layer_roles.assign(self.project, role, self.combos[role].currentLayer())
        self.refresh()
        self.rolesChanged.emit()

    def reset(self):
        layer_roles.clear_assignments(self.project)
        self.refresh()
        self.rolesChanged.emit()

    def _snap_tolerance_changed(self, value):
        layer_roles.set_snap_tolerance(self.project, value)
        self.snapToleranceChanged.emit(value)
