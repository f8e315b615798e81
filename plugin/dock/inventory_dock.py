"""The "Inventory" dock: list, form, edit tools, checks and layer roles of the project inventory.

Panels (each its own module and .ui form): the feature list with search and filters, the
selected feature's form, the checks, the layer roles, the circuit and the network's audit. The
dock follows the project: layers added or removed, another project opened, roles reassigned.
"""

from qgis.core import QgsPointXY, QgsProject
from qgis.gui import QgsDockWidget, QgsMessageBar
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QToolButton

from ...processing.help.pages import help_url
from ..circuits.circuit_panel import CircuitPanel
from ..editing.feature_form_panel import FeatureFormPanel
from ..editing.feature_list_panel import FeatureListPanel
from ..editing.inventory_editing import InventoryEditor
from ..forms import form_path, qgis_icon
from ..signal_connections import SignalConnections
from . import layer_roles
from .audit_panel import AuditPanel
from .checks_panel import ChecksPanel
from .layer_roles_panel import LayerRolesPanel
from .map_zoom import zoom_to_features, zoom_to_point

FORM_CLASS, _ = uic.loadUiType(form_path("inventory_dock.ui"))
HELP_PAGE = "inventory-dock.md"


class InventoryDock(QgsDockWidget, FORM_CLASS):
    def __init__(self, iface, project=None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("ItineranceInventoryDock")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = project or QgsProject.instance()
        self.role = None
        self.layer = None

        self.message_bar = QgsMessageBar(self)
        self.messageLayout.addWidget(self.message_bar)
        self.list_panel = FeatureListPanel(self)
        self.form_panel = FeatureFormPanel(self.canvas, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.form_panel)
        self.editor = InventoryEditor(iface, self.message_bar, self.form_panel, self)
        self.toolbarLayout.addWidget(self.editor.toolbar(self))
        self.checks_panel = ChecksPanel(lambda: layer_roles.role_layers(self.project), self)
        self.checksLayout.addWidget(self.checks_panel)
        self.roles_panel = LayerRolesPanel(self.project, self)
        self.rolesLayout.addWidget(self.roles_panel)
        self.helpButton = QToolButton(self)
        self.helpButton.setObjectName("helpButton")
        self.helpButton.setIcon(qgis_icon("mActionHelpContents.svg"))
        self.helpButton.setAutoRaise(True)
        self.helpButton.setToolTip(self.tr("Help: the Inventory dock's page of the documentation"))
        self.layerLayout.addWidget(self.helpButton)
        self.circuit_panel = CircuitPanel(iface, self.project, self)
        self.tabs.addTab(self.circuit_panel, self.tr("Circuit"))
        self.audit_panel = AuditPanel(self.project, self.circuit_panel.default_dem(), self)
        self.tabs.addTab(self.audit_panel, self.tr("Audit"))
        self.roles_panel.rolesChanged.connect(self.circuit_panel.refresh_layers)

        self.layerCombo.currentIndexChanged.connect(self._combo_changed)
        self.list_panel.featureActivated.connect(self._feature_activated)
        self.editor.featureAdded.connect(self.list_panel.select_fid)
        self.editor.featuresCommitted.connect(self._features_committed)
        self.checks_panel.findingActivated.connect(self.show_finding)
        self.roles_panel.rolesChanged.connect(self.refresh_roles)
        self.roles_panel.snapToleranceChanged.connect(lambda _value: self._update_snapping())
        self.helpButton.clicked.connect(self.show_help)
        # a timer of the dock's own, stopped on unload (a QTimer.singleShot would still fire)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_roles)
        self._project_signals = SignalConnections()
        for signal, slot in ((self.project.layersAdded, self._layers_added),
                             (self.project.layersWillBeRemoved, self._layers_removed),
                             (self.project.readProject, self._project_read),
                             (self.project.cleared, self._project_read)):
            self._project_signals.connect(signal, slot)
        self.refresh_roles()

    # --- roles and layers -------------------------------------------------------------------

    def refresh_roles(self):
        """Fill the layer chooser with the roles that have a layer; keep the current role."""
        layers = layer_roles.role_layers(self.project)
        self.layerCombo.blockSignals(True)
        self.layerCombo.clear()
        for role in layer_roles.ROLES:
            if role in layers:
                self.layerCombo.addItem(
                    f"{layer_roles.role_title(role)} — {layers[role].name()}", role)
        self.layerCombo.blockSignals(False)
        self.roles_panel.refresh()
        role = self.role if self.role in layers else next(iter(layers), None)
        if role is not None:
            self.layerCombo.setCurrentIndex(self.layerCombo.findData(role))
        self.set_role(role)

    def _combo_changed(self, index):
        self.set_role(self.layerCombo.itemData(index) if index >= 0 else None)

    def set_role(self, role):
        """Show and edit the layer playing ``role`` (None: no layer)."""
        layer = layer_roles.role_layer(self.project, role) if role else None
        if role == self.role and _same_layer(layer, self.layer):
            self._update_snapping()  # the network or the tolerance may have changed
            return
        self.form_panel.save_pending()
        self.role, self.layer = role, layer
        if role is not None and self.layerCombo.currentData() != role:
            self.layerCombo.blockSignals(True)
            self.layerCombo.setCurrentIndex(self.layerCombo.findData(role))
            self.layerCombo.blockSignals(False)
        network, tolerance = self._snapping()
        self.editor.set_layer(layer, network, tolerance)
        self.form_panel.set_layer(layer)
        self.list_panel.set_layer(layer)

    def _snapping(self):
        """(network layer, tolerance in m) for points of the current role, or (None, 0)."""
        if self.role not in layer_roles.SNAPPED_ROLES:
            return None, 0.0
        network = layer_roles.role_layer(self.project, layer_roles.NETWORK_ROLE)
        if network is None or network is self.layer:
            return None, 0.0
        return network, layer_roles.snap_tolerance(self.project)

    def _update_snapping(self):
        self.editor.set_snapping(*self._snapping())

    def _layers_added(self, _layers):
        self.refresh_roles()

    def _layers_removed(self, layer_ids):
        if self.layer is not None and (sip.isdeleted(self.layer) or self.layer.id() in layer_ids):
            self.editor.set_layer(None)
            self.form_panel.set_layer(None)
            self.list_panel.set_layer(None)
            self.role, self.layer = None, None
        # the layers are still in the project while this signal runs: look again afterwards
        self._refresh_timer.start()

    def _project_read(self, *_args):
        self.role = None
        self.refresh_roles()

    # --- features ----------------------------------------------------------------------------

    def _feature_activated(self, fid, by_user):
        self.editor.set_current(fid)
        self.form_panel.set_feature(fid)
        if self.layer is None or fid is None:
            return
        if self.layer.selectedFeatureIds() != [fid]:
            self.layer.selectByIds([fid])
        if by_user:
            zoom_to_features(self.canvas, self.layer, [fid])

    def _features_committed(self, new_ids):
        current = self.editor.current_fid
        self.list_panel.reload()
        if current in new_ids:
            self.list_panel.select_fid(new_ids[current])
        else:
            self.form_panel.refresh()

    def show_finding(self, role, fid, x, y):
        """Show a finding of the checks: its layer and feature in the dock, on the map."""
        layer = layer_roles.role_layer(self.project, role)
        if layer is None:
            return
        if fid is not None:
            self.set_role(role)  # the list and form follow; the findings stay in view
            self.list_panel.select_fid(fid)
            layer.selectByIds([fid])
        if x is not None and y is not None:
            zoom_to_point(self.canvas, QgsPointXY(x, y), layer.crs())
        elif fid is not None:
            zoom_to_features(self.canvas, layer, [fid])

    def show_help(self):
        """Open the dock's documentation page (HTML in the installed plugin) in the browser."""
        QDesktopServices.openUrl(QUrl(help_url(HELP_PAGE)))

    # --- life cycle ---------------------------------------------------------------------------

    def cleanup(self):
        """Disconnect from the project, its layers and the canvas (the plugin is being
        unloaded)."""
        self.editor.stop_map_tools()
        self.circuit_panel.cleanup()
        self.editor.cleanup()
        self.form_panel.set_layer(None)
        self.list_panel.set_layer(None)
        self._project_signals.disconnect_all()
        self._refresh_timer.stop()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.editor.stop_map_tools()
        super().closeEvent(event)


def _same_layer(a, b):
    if a is None or b is None or sip.isdeleted(a) or sip.isdeleted(b):
        return a is None and b is None
    return a.id() == b.id()
