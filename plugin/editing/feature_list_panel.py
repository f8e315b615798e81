"""The list of an inventory layer's features, with a search box and filters."""

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from ..forms import form_path
from ..signal_connections import SignalConnections
from .feature_list_model import FID_ROLE, FeatureFilterProxy, FeatureListModel

FORM_CLASS, _ = uic.loadUiType(form_path("feature_list_panel.ui"))
FILTERS_PER_ROW = 2


class FeatureListPanel(QWidget, FORM_CLASS):
    # (feature id or None, chosen by the user in the list rather than by the program or the map)
    featureActivated = pyqtSignal(object, bool)  # noqa: N815 - Qt signal naming

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.layer = None
        self.model = FeatureListModel(self)
        self.proxy = FeatureFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.featureView.setModel(self.proxy)
        self.featureView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.featureView.selectionModel().currentRowChanged.connect(self._row_changed)
        self.searchEdit.textChanged.connect(self._search)
        self.filter_combos = {}
        self._connections = SignalConnections()
        self._notify_user = True
        # edits arrive feature by feature (field calculator, undo of a macro): reload once
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

    def set_layer(self, layer):
        self._connections.disconnect_all()
        self._reload_timer.stop()
        self.layer = layer
        self.searchEdit.blockSignals(True)
        self.searchEdit.clear()
        self.searchEdit.blockSignals(False)
        self.proxy.clear_filters()
        self.model.set_layer(layer)
        self._build_filters()
        if layer is not None:
            for signal in (layer.featureAdded, layer.featuresDeleted, layer.attributeValueChanged,
                           layer.afterRollBack, layer.afterCommitChanges, layer.dataChanged):
                self._connections.connect(signal, self._schedule_reload)
            self._connections.connect(layer.selectionChanged, self._follow_map_selection)
        self.featureView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.featureView.resizeColumnsToContents()
        self._update_count()

    def _build_filters(self):
        while self.filtersLayout.count():
            widget = self.filtersLayout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # deleted later: hide it now, the next layer's filters take its place
                widget.deleteLater()
        self.filter_combos = {}
        if self.layer is None:
            return
        for number, field_name in enumerate(self.model.filter_fields):
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{field_name}")
            combo.addItem(self.tr("All"), FeatureFilterProxy.ANY)
            for label, value in self.model.filter_choices(field_name):
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(
                lambda _index, name=field_name, box=combo: self._filter(name, box))
            row, column = divmod(number, FILTERS_PER_ROW)
            label = QLabel(self.model.field_title(field_name), self)
            label.setBuddy(combo)
            self.filtersLayout.addWidget(label, row, 2 * column)
            self.filtersLayout.addWidget(combo, row, 2 * column + 1)
            self.filter_combos[field_name] = combo

    def _search(self, text):
        self.proxy.set_query(text)
        self._update_count()

    def _filter(self, field_name, combo):
        self.proxy.set_filter(field_name, combo.currentData())
        self._update_count()

    def _update_count(self):
        self.countLabel.setText(self.tr("{shown} of {total} features").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def _schedule_reload(self, *_args):
        self._reload_timer.start()

    def reload(self):
        """Read the layer again (through its edit buffer), keeping the current feature."""
        self._reload_timer.stop()
        fid = self.current_fid()
        self._notify_user = False
        try:
            self.model.reload()
            if fid is not None:
                self._select_row(fid)
        finally:
            self._notify_user = True
        self._update_count()

    def current_fid(self):
        index = self.featureView.selectionModel().currentIndex()
        if not index.isValid() or not self.featureView.selectionModel().isSelected(index):
            return None
        return index.data(FID_ROLE)

    def visible_fids(self):
        return [self.proxy.index(row, 0).data(FID_ROLE) for row in range(self.proxy.rowCount())]

    def select_fid(self, fid):
        """Make ``fid`` the current feature (not as a user choice: the map does not move)."""
        if self._reload_timer.isActive():
            self.reload()
        self._notify_user = False
        try:
            found = self._select_row(fid)
        finally:
            self._notify_user = True
        if not found:
            self.featureActivated.emit(fid, False)  # filtered out of the list: still the current
        return found

    def _select_row(self, fid):
        row = self.model.row_of(fid)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        selection = self.featureView.selectionModel()
        if index is None or not index.isValid():
            selection.clear()
            return False
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
                                  QItemSelectionModel.SelectionFlag.Rows)
        self.featureView.scrollTo(index)
        return True

    def _row_changed(self, current, _previous):
        fid = current.data(FID_ROLE) if current.isValid() else None
        self.featureActivated.emit(fid, self._notify_user)

    def _follow_map_selection(self, *_args):
        if self.layer is None or self.layer.selectedFeatureCount() != 1:
            return
        fid = self.layer.selectedFeatureIds()[0]
        if fid != self.current_fid():
            self.select_fid(fid)
