"""The Inventory dock's edit tools: every change goes through the layer's edit buffer.

Edit, Save, Discard, Undo, Redo, Add, Move, Delete and Zoom act on the dock's current layer and
feature. Each change is one command on the layer's undo stack. Save first checks the buffer
against the layer's hard constraints (edit_constraints) and writes nothing if one is broken;
then it commits and keeps editing. When the data source refuses the commit (a CHECK constraint,
a locked or unreachable database) QGIS keeps in the buffer every edit it could not write, and
the dock shows the provider's own errors so the user can fix the cause and save again.
"""

from qgis.core import Qgis, QgsGeometry, QgsMessageLog, QgsVectorLayerUtils, QgsWkbTypes
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QMessageBox, QToolBar

try:  # Qt 6 (QGIS 4) has QAction in QtGui, and so has qgis.PyQt in later QGIS 3 versions
    from qgis.PyQt.QtGui import QAction
except ImportError:  # QGIS 3.22's qgis.PyQt: Qt 5's QtWidgets only
    from qgis.PyQt.QtWidgets import QAction

from ..dock.map_zoom import zoom_to_features
from ..forms import qgis_icon
from ..signal_connections import SignalConnections
from .edit_constraints import buffer_violations
from .point_map_tool import PointMapTool

LOG_TAG = "Itinérance"
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def point_geometry(layer, point):
    """A geometry for ``point`` that ``layer`` accepts (single or multi point)."""
    geometry = QgsGeometry.fromPointXY(point)
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        geometry.convertToMultiType()
    return geometry


class InventoryEditor(QObject):
    # a feature the user just placed on the map, to show in the list and form
    featureAdded = pyqtSignal(object)  # noqa: N815 - Qt signal naming
    # after a commit: {old id: new id} of the features the commit added
    featuresCommitted = pyqtSignal(dict)  # noqa: N815 - Qt signal naming

    def __init__(self, iface, message_bar, form_panel, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.message_bar = message_bar
        self.form_panel = form_panel
        self.layer = None
        self.current_fid = None
        self.network_layer = None
        self.snap_tolerance_m = 0.0
        self._layer_signals = SignalConnections()
        self.add_tool = PointMapTool(self.canvas)
        self.move_tool = PointMapTool(self.canvas)
        self.add_tool.pointPicked.connect(self.add_point)
        self.move_tool.pointPicked.connect(self.move_to)
        self.actions = {}
        self._make_actions()

    # --- actions ---------------------------------------------------------------------------

    def _action(self, name, icon, text, slot, checkable=False):
        action = QAction(qgis_icon(icon), text, self)
        action.setObjectName(f"inventory_{name}")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.actions[name] = action
        return action

    def _make_actions(self):
        self._action("edit", "mActionToggleEditing.svg", self.tr("Edit"), self.toggle_editing,
                     checkable=True)
        self._action("save", "mActionSaveEdits.svg", self.tr("Save"), self.save)
        self._action("discard", "mActionCancelEdits.svg", self.tr("Discard changes"),
                     self.discard)
        self._action("undo", "mActionUndo.svg", self.tr("Undo"), self.undo)
        self._action("redo", "mActionRedo.svg", self.tr("Redo"), self.redo)
        self._action("add", "mActionCapturePoint.svg", self.tr("Add a feature on the map"),
                     self.start_adding, checkable=True)
        self._action("move", "mActionMoveFeaturePoint.svg",
                     self.tr("Move the feature: click its new place on the map"),
                     self.start_moving, checkable=True)
        self._action("delete", "mActionDeleteSelectedFeatures.svg",
                     self.tr("Delete the feature"), self.delete_current)
        self._action("zoom", "mActionZoomToSelected.svg", self.tr("Zoom to the feature"),
                     self.zoom_to_current)
        self.add_tool.setAction(self.actions["add"])
        self.move_tool.setAction(self.actions["move"])

    def toolbar(self, parent):
        bar = QToolBar(parent)
        bar.setObjectName("InventoryToolbar")
        for names in (("edit", "save", "discard"), ("undo", "redo"),
                      ("add", "move", "delete", "zoom")):
            if bar.actions():
                bar.addSeparator()
            for name in names:
                bar.addAction(self.actions[name])
        return bar

    def update_actions(self, *_args):
        layer = self.layer
        has_layer = layer is not None
        editable = has_layer and layer.isEditable()
        has_feature = has_layer and self.current_fid is not None
        stack = layer.undoStack() if editable else None
        self.actions["edit"].setEnabled(has_layer and layer.supportsEditing())
        self.actions["edit"].setChecked(editable)
        self.actions["save"].setEnabled(editable and layer.isModified())
        self.actions["discard"].setEnabled(editable and layer.isModified())
        self.actions["undo"].setEnabled(stack is not None and stack.canUndo())
        self.actions["redo"].setEnabled(stack is not None and stack.canRedo())
        self.actions["add"].setEnabled(has_layer and layer.supportsEditing())
        self.actions["move"].setEnabled(has_feature and layer.supportsEditing())
        self.actions["delete"].setEnabled(has_feature and layer.supportsEditing())
        self.actions["zoom"].setEnabled(has_feature)

    # --- layer -----------------------------------------------------------------------------

    def set_layer(self, layer, network_layer=None, snap_tolerance_m=0.0):
        self.stop_map_tools()
        self.layer, self.current_fid = layer, None
        self.network_layer, self.snap_tolerance_m = network_layer, snap_tolerance_m
        self._connect_layer()
        self.update_actions()

    def set_snapping(self, network_layer, snap_tolerance_m):
        self.network_layer, self.snap_tolerance_m = network_layer, snap_tolerance_m
        for tool in (self.add_tool, self.move_tool):
            if self.canvas.mapTool() is tool:  # in use: the next click follows the new setting
                tool.configure(self.layer, network_layer, snap_tolerance_m)

    def _connect_layer(self):
        self._layer_signals.disconnect_all()
        if self.layer is None:
            return
        layer, stack = self.layer, self.layer.undoStack()
        for signal in (layer.editingStarted, layer.editingStopped, layer.layerModified,
                       stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            self._layer_signals.connect(signal, self.update_actions)

    def set_current(self, fid):
        self.current_fid = fid
        self.update_actions()

    def ensure_editing(self):
        """Start editing the layer if needed; False (and a message) if the source is read-only."""
        if self.layer.isEditable():
            return True
        if not self.layer.startEditing():
            self.message_bar.pushMessage(
                self.tr("Cannot edit"),
                self.tr("{} cannot be edited: its data source is read-only.").format(
                    self.layer.name()), Qgis.MessageLevel.Warning, 8)
            return False
        self.update_actions()
        return True

    # --- edit buffer ----------------------------------------------------------------------

    def toggle_editing(self, checked):
        if self.layer is None:
            return
        if checked:
            self.ensure_editing()
        elif self.layer.isEditable():
            self.stop_editing()
        self.update_actions()

    def stop_editing(self):
        """Leave edit mode, asking whether to save; False if the user or the source says no."""
        self.form_panel.save_pending()
        if self.layer.isModified() or self.form_panel.dirty:
            answer = self.ask_save_or_discard()
            if answer == CANCEL or (answer == SAVE and not self.save()):
                return False
            if answer == DISCARD:
                self.form_panel.reset()
                self.layer.rollBack()
        self.stop_map_tools()
        if self.layer.isEditable():
            self.layer.commitChanges()  # nothing left to write: just leaves edit mode
        self.form_panel.refresh()
        return True

    def ask_save_or_discard(self):
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop editing"),
                          self.tr("Save the changes to {}?").format(self.layer.name()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel,
                          self.iface.mainWindow())
        return {QMessageBox.StandardButton.Save: SAVE,
                QMessageBox.StandardButton.Discard: DISCARD}.get(box.exec(), CANCEL)

    def confirm(self, title, text):
        answer = QMessageBox.question(
            self.iface.mainWindow(), title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self):
        """Commit the layer's edits and keep editing; on failure show why and keep the edits."""
        layer = self.layer
        if layer is None or not layer.isEditable():
            return False
        if not self.form_panel.save_pending():
            self.message_bar.pushMessage(
                self.tr("Not saved"),
                self.tr("The form holds values the layer refuses; correct them or press Reset."),
                Qgis.MessageLevel.Warning, 8)
            return False
        violations = buffer_violations(layer)
        if violations:
            self.show_violations(violations)
            return False
        added = {}

        def remember(_layer_id, features):
            added.update({f.id(): f.geometry().asWkt() for f in features})

        old_geometries = {fid: f.geometry().asWkt()
                          for fid, f in layer.editBuffer().addedFeatures().items()}
        layer.committedFeaturesAdded.connect(remember)
        try:
            ok = layer.commitChanges(False)
        finally:
            layer.committedFeaturesAdded.disconnect(remember)
        if not ok:
            self.show_commit_errors(layer.commitErrors())
            self.update_actions()
            return False
        self.message_bar.pushMessage(self.tr("Saved"), self.tr("{} saved.").format(layer.name()),
                                     Qgis.MessageLevel.Success, 4)
        self.featuresCommitted.emit(_match_new_ids(old_geometries, added))
        self.update_actions()
        return True

    def show_commit_errors(self, errors):
        text = "\n".join(line.strip() for line in errors if line.strip())
        QgsMessageLog.logMessage(f"{self.layer.name()}: {text}", LOG_TAG,
                                 Qgis.MessageLevel.Critical)
        self.message_bar.pushMessage(
            self.tr("Not saved"),
            self.tr("{layer} refused the changes. What it did not write is kept in the edits: "
                    "fix the cause and save again. {errors}").format(
                layer=self.layer.name(), errors=text),
            Qgis.MessageLevel.Critical, 0)

    def show_violations(self, violations):
        lines = [f"{label}, {field}: {errors}" for label, field, errors in violations]
        self.message_bar.pushMessage(
            self.tr("Not saved"),
            self.tr("Nothing was written: {count} values break the layer's rules; every edit "
                    "is kept, correct them and save again. {lines}").format(
                count=len(violations), lines="; ".join(lines)),
            Qgis.MessageLevel.Critical, 0)

    def discard(self):
        layer = self.layer
        if layer is None or not layer.isEditable() or not layer.isModified():
            return False
        if not self.confirm(self.tr("Discard changes"),
                            self.tr("Discard every change to {} since the last save? This "
                                    "cannot be undone.").format(layer.name())):
            return False
        self.form_panel.reset()
        layer.rollBack()
        layer.startEditing()  # as QGIS's "Cancel edits": keep editing
        self.form_panel.refresh()
        self.update_actions()
        return True

    def undo(self):
        if self.layer is not None and self.layer.isEditable():
            self.form_panel.reset()
            self.layer.undoStack().undo()
            self.form_panel.refresh()

    def redo(self):
        if self.layer is not None and self.layer.isEditable():
            self.form_panel.reset()
            self.layer.undoStack().redo()
            self.form_panel.refresh()

    # --- features ---------------------------------------------------------------------------

    def is_point_layer(self):
        return self.layer is not None and self.layer.geometryType() == QgsWkbTypes.PointGeometry

    def start_adding(self, checked=True):
        if not checked:
            self.stop_map_tools()
            return
        if self.layer is None or not self.ensure_editing():
            self.actions["add"].setChecked(False)
            return
        if not self.is_point_layer():
            # lines and polygons: QGIS's own digitising, on the same edit buffer
            self.actions["add"].setChecked(False)
            self.iface.setActiveLayer(self.layer)
            self.iface.actionAddFeature().trigger()
            return
        self.add_tool.configure(self.layer, self.network_layer, self.snap_tolerance_m)
        self.canvas.setMapTool(self.add_tool)

    def start_moving(self, checked=True):
        if not checked:
            self.stop_map_tools()
            return
        if self.layer is None or self.current_fid is None or not self.ensure_editing():
            self.actions["move"].setChecked(False)
            return
        if not self.is_point_layer():
            self.actions["move"].setChecked(False)
            self.layer.selectByIds([self.current_fid])
            self.iface.setActiveLayer(self.layer)
            self.iface.actionMoveFeature().trigger()
            return
        self.move_tool.configure(self.layer, self.network_layer, self.snap_tolerance_m)
        self.canvas.setMapTool(self.move_tool)

    def cleanup(self):
        """No tool, layer signal or map tool left behind (the plugin is being unloaded)."""
        self.set_layer(None)
        for tool in (self.add_tool, self.move_tool):
            tool.deleteLater()  # a child of the canvas, not of the dock: it would outlive it

    def stop_map_tools(self):
        for tool in (self.add_tool, self.move_tool):
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)
        for name in ("add", "move"):
            self.actions[name].setChecked(False)

    def _snap_message(self, snapped):
        if self.add_tool.snapper is None:
            return ""
        if snapped:
            return self.tr("Placed on the network.")
        return self.tr("No network line within {:g} m: placed where you clicked.").format(
            self.snap_tolerance_m)

    def add_point(self, point, snapped):
        """Add a feature at ``point`` (layer CRS) with the layer's default values."""
        if self.layer is None or not self.ensure_editing():
            return None
        layer = self.layer
        feature = QgsVectorLayerUtils.createFeature(
            layer, point_geometry(layer, point), {}, layer.createExpressionContext())
        layer.beginEditCommand(self.tr("Add a feature"))
        if not layer.addFeature(feature):
            layer.destroyEditCommand()
            self.message_bar.pushMessage(self.tr("Not added"),
                                         self.tr("{} refused the new feature.").format(
                                             layer.name()), Qgis.MessageLevel.Warning, 8)
            return None
        layer.endEditCommand()
        self.message_bar.pushMessage(
            self.tr("Added"),
            " ".join(filter(None, [self.tr("Fill in its form, then Save."),
                                   self._snap_message(snapped)])),
            Qgis.MessageLevel.Info, 6)
        self.featureAdded.emit(feature.id())
        return feature.id()

    def move_to(self, point, snapped):
        """Move the current feature to ``point`` (layer CRS)."""
        if self.layer is None or self.current_fid is None or not self.ensure_editing():
            return False
        layer = self.layer
        layer.beginEditCommand(self.tr("Move a feature"))
        if not layer.changeGeometry(self.current_fid, point_geometry(layer, point)):
            layer.destroyEditCommand()
            return False
        layer.endEditCommand()
        message = self._snap_message(snapped)
        if message:
            self.message_bar.pushMessage(self.tr("Moved"), message, Qgis.MessageLevel.Info, 4)
        self.canvas.refresh()
        return True

    def delete_current(self):
        if self.layer is None or self.current_fid is None or not self.ensure_editing():
            return False
        layer = self.layer
        layer.beginEditCommand(self.tr("Delete a feature"))
        if not layer.deleteFeature(self.current_fid):
            layer.destroyEditCommand()
            return False
        layer.endEditCommand()
        self.message_bar.pushMessage(self.tr("Deleted"),
                                     self.tr("Undo brings it back until you save."),
                                     Qgis.MessageLevel.Info, 4)
        return True

    def zoom_to_current(self):
        if self.layer is not None and self.current_fid is not None:
            zoom_to_features(self.canvas, self.layer, [self.current_fid])
            self.canvas.flashFeatureIds(self.layer, [self.current_fid])


def _match_new_ids(old_geometries, committed):
    """{temporary id: saved id} pairing each added feature with its saved copy by geometry."""
    pairs = {}
    unused = dict(committed)
    for old_id, wkt in old_geometries.items():
        match = next((new_id for new_id, new_wkt in unused.items() if new_wkt == wkt), None)
        if match is not None:
            pairs[old_id] = match
            del unused[match]
    return pairs
