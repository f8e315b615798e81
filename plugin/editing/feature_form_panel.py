"""The selected feature's form: the layer's own edit widgets and constraints (QgsAttributeForm).

Values typed in the form go into the layer's edit buffer on Apply, or when another feature is
chosen (as in QGIS's attribute table form view), as one undoable command. The form refuses values
that break a hard constraint (an empty name, a code outside the value list) and says why.
"""

from qgis.core import QgsFeature
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QWidget

from ..forms import form_path
from ..signal_connections import SignalConnections

FORM_CLASS, _ = uic.loadUiType(form_path("feature_form_panel.ui"))


class FeatureFormPanel(QWidget, FORM_CLASS):
    def __init__(self, canvas=None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.canvas = canvas
        self.layer = None
        self.fid = None
        self.form = None
        self.dirty = False
        self.changed_fields = set()
        self._connections = SignalConnections()
        self.applyButton.clicked.connect(self.save_pending)
        self.resetButton.clicked.connect(self.reset)
        self._update_state()

    def set_layer(self, layer):
        self.save_pending()
        self._connections.disconnect_all()
        self._drop_form()
        self.layer, self.fid = layer, None
        if layer is not None:
            context = QgsAttributeEditorContext()
            if self.canvas is not None:
                context.setMapCanvas(self.canvas)
            self.form = QgsAttributeForm(layer, QgsFeature(layer.fields()), context,
                                         self.formContainer)
            self.form.setObjectName("attributeForm")
            self.form.hideButtonBox()
            self.form.setMode(QgsAttributeEditorContext.SingleEditMode)
            self.form.setEditCommandMessage(self.tr("Attributes changed in the Inventory dock"))
            self.form.widgetValueChanged.connect(self._value_changed)
            self.formLayout.addWidget(self.form)
            for signal in (layer.editingStarted, layer.editingStopped):
                self._connections.connect(signal, self._update_state)
        self._update_state()

    def _drop_form(self):
        if self.form is not None:
            self.formLayout.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None

    def set_feature(self, fid):
        """Show feature ``fid`` (None: no feature), after applying the pending changes."""
        self.save_pending()
        self.fid = None
        if self.layer is not None and fid is not None:
            feature = self.layer.getFeature(fid)
            if feature.isValid():
                self.fid = fid
                self.form.setFeature(feature)
        self.dirty = False
        self.changed_fields = set()
        self._update_state()

    def refresh(self):
        """Show the current feature's values again (after undo, redo or a commit)."""
        if self.fid is not None and not self.dirty:
            self.set_feature(self.fid)

    def save_pending(self):
        """Apply the values typed in the form to the layer; False if the form refused them."""
        if self.form is None or self.fid is None or not self.dirty:
            return True
        if not self.layer.isEditable():
            return False
        saved = self.form.save()
        # QgsAttributeForm.save() returns True even when a hard constraint stops it: compare
        stored, typed = self.layer.getFeature(self.fid), self.form.currentFormFeature()
        refused = {name for name in self.changed_fields if stored[name] != typed[name]}
        self.changed_fields = refused
        self.dirty = bool(refused) or not saved
        self._update_state()
        return not self.dirty

    def reset(self):
        """Forget the values typed but not applied: show the feature's values again."""
        if self.fid is not None:
            self.form.resetValues()  # reports each restored value as a change: clear after
        self.dirty = False
        self.changed_fields = set()
        self._update_state()

    def _value_changed(self, attribute, _value, attribute_changed):
        if attribute_changed and self.fid is not None:
            self.dirty = True
            self.changed_fields.add(attribute)
            self._update_state()

    def _update_state(self, *_args):
        has_feature = self.form is not None and self.fid is not None
        if self.form is not None:
            self.form.setVisible(has_feature)
        editable = has_feature and self.layer.isEditable()
        self.applyButton.setEnabled(editable and self.dirty)
        self.resetButton.setEnabled(has_feature and self.dirty)
        if not has_feature:
            self.titleLabel.setText(self.tr("Select a feature in the list or on the map."))
        elif not editable:
            self.titleLabel.setText(self.tr("Read only: press Edit to change the values."))
        elif self.dirty:
            self.titleLabel.setText(self.tr("Changed: press Apply to keep the new values."))
        else:
            self.titleLabel.setText(self.tr("Editing: values go into the layer's edits."))
