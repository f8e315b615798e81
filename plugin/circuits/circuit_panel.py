"""The "Circuit" panel: click nodes on the map (or type their numbers) to build a circuit, see
its length and gain as it grows, save it in the project database, export its sheet.

The circuit itself is ``circuit_session.CircuitSession``; this module is the widget, the map
tool and the line drawn on the map.
"""

from contextlib import suppress

from qgis.core import QgsMapLayerProxyModel, QgsRasterLayer, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QFileDialog, QWidget

from ...processing.logic.relief.profile_chart import safe_file_stem
from ..dock import layer_roles
from ..dock.mode_combo import current_mode, fill_modes
from ..forms import form_path, plugin_icon, qgis_icon
from ..signal_connections import SignalConnections
from .circuit_session import ROLES, CircuitSession
from .node_pick_tool import NodePickTool

FORM_CLASS, _ = uic.loadUiType(form_path("circuit_panel.ui"))
CIRCUITS_ROLE = "circuits"


class CircuitPanel(QWidget, FORM_CLASS):
    circuitChanged = pyqtSignal()  # noqa: N815 - Qt signal naming

    def __init__(self, iface, project, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = project
        self.session = CircuitSession(project)
        self.tool = NodePickTool(self.canvas, project)
        self.band = QgsRubberBand(self.canvas, QgsWkbTypes.LineGeometry)
        self.band.setColor(QColor(215, 25, 28, 200))
        self.band.setWidth(4)
        self.pickButton.setIcon(plugin_icon("buildcircuit.svg"))
        self.undoButton.setIcon(qgis_icon("mActionUndo.svg"))
        self.clearButton.setIcon(qgis_icon("mActionDeleteSelected.svg"))
        self.demCombo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.demCombo.setAllowEmptyLayer(True)
        self.demCombo.setLayer(self.default_dem())
        fill_modes(self.modeCombo)
        self._watched = []  # the network and nodes layers whose edits rebuild the circuit
        self._project_signals = SignalConnections()
        for signal in (project.layersAdded, project.readProject, project.cleared):
            self._project_signals.connect(signal, self.refresh_layers)
        self._project_signals.connect(project.layersWillBeRemoved, self.layers_leaving)
        # a timer the panel owns, stopped on cleanup: a bare singleShot could fire after unload
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_layers)

        self._closed = False
        self.tool.nodePicked.connect(self.add_node)
        self.tool.deactivated.connect(self.tool_deactivated)
        self.pickButton.toggled.connect(self.pick_on_map)
        self.undoButton.clicked.connect(self.undo)
        self.clearButton.clicked.connect(self.clear)
        self.sequenceEdit.textEdited.connect(self.sequence_typed)
        self.nameEdit.editingFinished.connect(self.update_circuit)
        self.demCombo.layerChanged.connect(self.dem_changed)
        self.modeCombo.currentIndexChanged.connect(self.mode_changed)
        self.saveButton.clicked.connect(self.save)
        self.exportButton.clicked.connect(self.export_sheet)
        self.gpxButton.clicked.connect(self.export_gpx)
        self.refresh_layers()

    # --- layers ------------------------------------------------------------------------------

    def default_dem(self):
        """The first raster layer read by GDAL in the layer tree, one drawn as elevations
        rather than as a hillshade if there is one (the sample's "Relief (DEM)" before its
        "Hillshade" of the same file), or None."""
        rasters = [node.layer() for node in self.project.layerTreeRoot().findLayers()
                   if isinstance(node.layer(), QgsRasterLayer)
                   and node.layer().providerType() == "gdal"]
        return next((layer for layer in rasters if layer.renderer() is None
                     or layer.renderer().type() != "hillshade"),
                    rasters[0] if rasters else None)

    def refresh_layers(self, *_args):
        """Follow the layers playing the network, nodes, aires and establishments roles."""
        if self._closed:
            return
        layers = {role: layer_roles.role_layer(self.project, role) for role in ROLES}
        self.unwatch()
        self._watched = [layers[role] for role in ("troncons", "noeuds")
                         if layers[role] is not None]
        for layer in self._watched:
            layer.dataChanged.connect(self.layer_edited)
        self.session.set_layers(layers, self.demCombo.currentLayer())
        self.session.invalidate()
        self.tool.set_layer(layers["noeuds"])
        self.tool.set_mode(self.session.mode)
        self.update_circuit()

    def unwatch(self):
        for layer in self._watched:
            if not sip.isdeleted(layer):  # a layer already gone took its connection along
                with suppress(RuntimeError, TypeError):
                    layer.dataChanged.disconnect(self.layer_edited)
        self._watched = []

    def layers_leaving(self, _layer_ids):
        # the layers are still in the project while this signal runs: look again afterwards
        self.unwatch()
        self._refresh_timer.start()

    def dem_changed(self, _layer):
        self.update_circuit()

    def mode_changed(self, _index):
        self.session.set_mode(current_mode(self.modeCombo))
        self.tool.set_mode(self.session.mode)
        self.update_circuit()

    def tool_deactivated(self):
        if not self._closed:
            self.pickButton.setChecked(False)

    def layer_edited(self):
        self.session.invalidate()
        self.update_circuit()

    def circuits_layer(self):
        return layer_roles.role_layer(self.project, CIRCUITS_ROLE)

    # --- the sequence ----------------------------------------------------------------------

    def pick_on_map(self, checked):
        if checked:
            if self.session.nodes_layer() is None:
                self.show_message(self.tr("The project has no nodes layer (noeuds) to pick "
                                          "from: add the project database's layers."))
                self.pickButton.setChecked(False)
                return
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    def add_node(self, fid):
        problem = self.session.add_node(fid)
        if problem is not None:
            self.show_message(problem)
            return
        self.update_circuit()

    def sequence_typed(self, text):
        self.session.set_text(text)
        self.update_circuit(keep_text=True)

    def undo(self):
        self.session.undo()
        self.update_circuit()

    def clear(self):
        self.session.clear()
        self.nameEdit.clear()
        self.update_circuit()

    # --- the circuit --------------------------------------------------------------------------

    def update_circuit(self, keep_text=False):
        """Build the circuit again and show it: figures, line on the map, message."""
        if self._closed:  # the dock is going: its project may be clearing
            return
        self.session.dem_layer = self.demCombo.currentLayer()
        if not keep_text:
            self.sequenceEdit.setText(self.session.sequence)
        circuit = self.session.build(self.nameEdit.text())
        figures = self.session.figures
        dash = "–"
        self.lengthValue.setText(self.tr("{:.1f} km").format(figures["length_km"])
                                 if circuit else dash)
        gain = figures.get("gain_m")
        self.gainValue.setText(self.tr("{:.0f} m").format(gain) if gain is not None else dash)
        self.legsValue.setText(str(figures["legs"]) if circuit else dash)
        self.stopsValue.setText(self.tr("{} aire(s), {} Accueil Vélo").format(
            figures["n_aires"], figures["n_accueil_velo"]) if circuit else dash)
        self.show_message(self.session.error or "")
        self.undoButton.setEnabled(bool(self.session.numbers))
        self.saveButton.setEnabled(circuit is not None)
        self.exportButton.setEnabled(circuit is not None)
        self.gpxButton.setEnabled(circuit is not None)
        self.draw()
        self.circuitChanged.emit()

    def draw(self):
        self.band.reset(QgsWkbTypes.LineGeometry)
        geometry = self.session.geometry_in(self.canvas.mapSettings().destinationCrs())
        if geometry is not None:
            self.band.setToGeometry(geometry, None)

    def show_message(self, text):
        self.messageLabel.setText(text)
        self.messageLabel.setVisible(bool(text))

    def save(self):
        layer = self.circuits_layer()
        if layer is None:
            self.show_message(self.tr(
                "The project has no circuits layer: run Create project database on the "
                "project database (it adds the layer), then add it to the project."))
            return False
        ok, message = self.session.save(layer, self.nameEdit.text())
        self.show_message(message)
        return ok

    def export_sheet(self):
        import processing  # QGIS's own package: we never put our root on sys.path

        processing.execAlgorithmDialog("itinerance:exportcircuitsheet",
                                       self.session.export_parameters(self.nameEdit.text()))

    def export_gpx(self):
        """Ask where, then write the circuit as a GPX file."""
        name = self.nameEdit.text().strip() or self.session.sequence
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the circuit as GPX"), safe_file_stem(name) + ".gpx",
            self.tr("GPX files (*.gpx)"))
        if not path:
            return False
        if not path.lower().endswith(".gpx"):
            path += ".gpx"
        ok, message = self.session.write_gpx(path, self.nameEdit.text())
        self.show_message(message)
        return ok

    # --- life cycle ---------------------------------------------------------------------------

    def cleanup(self):
        """Leave the map as it was (the plugin is unloading or the dock closing)."""
        self._closed = True
        self.demCombo.layerChanged.disconnect(self.dem_changed)
        self.modeCombo.currentIndexChanged.disconnect(self.mode_changed)
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.band.reset(QgsWkbTypes.LineGeometry)
        self.canvas.scene().removeItem(self.band)
        self.unwatch()
        self._project_signals.disconnect_all()
        self._refresh_timer.stop()
        self.tool.deleteLater()  # a child of the canvas, not of the panel: it would outlive it
