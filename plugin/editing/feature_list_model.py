"""The features of an inventory layer as a table, with text search and value filters.

A light model rather than QgsAttributeTableModel: inventories hold tens to a few thousand
features, and the list shows a handful of columns (label, kind, category, status, label...)
rendered with the layer's own widgets (value-map labels, not codes). It reads the layer through
its edit buffer, so uncommitted edits show at once.
"""

from qgis.core import QgsApplication, QgsFeatureRequest
from qgis.PyQt.QtCore import QAbstractTableModel, QMetaType, QSortFilterProxyModel, Qt, QVariant

from ...processing.logic.inventory.text_search import haystack, matches, query_words

LABEL_FIELDS = ("name", "number")  # the first one the layer has labels its features
FILTER_FIELDS = ("kind", "category", "status", "accueil_velo")
EXTRA_FIELDS = ("network", "commune")  # shown when present, searched like every field
FID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_UNIQUE_CHOICES = 200


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def is_boolean_field(layer, index):
    field = layer.fields().at(index)
    # QgsField.type() is a QVariant.Type on Qt 5, a QMetaType.Type on Qt 6: equal for Bool
    return (field.type() == QMetaType.Type.Bool
            or layer.editorWidgetSetup(index).type() == "CheckBox")


def value_map_items(config):
    """(label, code) pairs of a ValueMap widget configuration, in its order."""
    entries = config.get("map", [])
    if isinstance(entries, dict):
        return list(entries.items())
    return [item for entry in entries for item in entry.items()]


class FieldRenderer:
    """Shows a field's values as the layer's edit widget does (labels of value maps, dates...)."""

    def __init__(self, layer, index, yes, no):
        self.layer, self.index = layer, index
        self.boolean = is_boolean_field(layer, index)
        self.yes, self.no = yes, no
        setup = layer.editorWidgetSetup(index)
        self.config = setup.config()
        self.formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
        self.cache = self.formatter.createCache(layer, index, self.config)

    def text(self, value):
        if is_null(value):
            return ""
        if self.boolean:
            return self.yes if value in (True, 1, "1", "true") else self.no
        return self.formatter.representValue(self.layer, self.index, self.config, self.cache,
                                             value)


class FeatureRow:
    __slots__ = ("fid", "texts", "sort_keys", "filter_values", "search_text")

    def __init__(self, fid, texts, sort_keys, filter_values, search_text):
        self.fid, self.texts, self.sort_keys = fid, texts, sort_keys
        self.filter_values, self.search_text = filter_values, search_text


class FeatureListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer = None
        self.columns = []  # field names shown
        self.filter_fields = []  # field names offered as filters
        self.rows = []
        self._renderers = {}

    def set_layer(self, layer):
        self.beginResetModel()
        self.layer = layer
        self.columns, self.filter_fields, self._renderers = [], [], {}
        if layer is not None:
            names = layer.fields().names()
            label = next((name for name in LABEL_FIELDS if name in names), None)
            self.filter_fields = [name for name in FILTER_FIELDS if name in names]
            extras = [name for name in EXTRA_FIELDS if name in names]
            self.columns = ([label] if label else []) + self.filter_fields + extras
            yes, no = self.tr("Yes"), self.tr("No")
            self._renderers = {i: FieldRenderer(layer, i, yes, no)
                               for i in range(layer.fields().count())}
        self.rows = self._read_rows()
        self.endResetModel()

    def reload(self):
        self.beginResetModel()
        self.rows = self._read_rows()
        self.endResetModel()

    def _read_rows(self):
        if self.layer is None:
            return []
        fields = self.layer.fields()
        shown = [fields.indexFromName(name) for name in self.columns]
        filters = [fields.indexFromName(name) for name in self.filter_fields]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        rows = []
        for feature in self.layer.getFeatures(request):
            attributes = feature.attributes()
            texts = [self._renderers[i].text(value) for i, value in enumerate(attributes)]
            rows.append(FeatureRow(
                feature.id(),
                [texts[i] for i in shown],
                [_sort_key(attributes[i], texts[i]) for i in shown],
                {fields.at(i).name(): attributes[i] for i in filters},
                haystack(texts + [v for v in attributes if isinstance(v, str)]),  # codes too
            ))
        return rows

    def row_of(self, fid):
        for number, row in enumerate(self.rows):
            if row.fid == fid:
                return number
        return -1

    def filter_choices(self, field_name):
        """(label, value) pairs offered by the filter on ``field_name``."""
        index = self.layer.fields().indexFromName(field_name)
        setup = self.layer.editorWidgetSetup(index)
        if is_boolean_field(self.layer, index):
            return [(self.tr("Yes"), True), (self.tr("No"), False)]
        if setup.type() == "ValueMap":
            return value_map_items(setup.config())
        values = sorted((v for v in self.layer.uniqueValues(index, MAX_UNIQUE_CHOICES)
                         if not is_null(v)), key=str)
        return [(self._renderers[index].text(v), v) for v in values]

    def field_title(self, field_name):
        return self.layer.fields().field(field_name).displayName()

    # Qt model API
    def rowCount(self, parent=None):  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.texts[index.column()]
        if role == FID_ROLE:
            return row.fid
        if role == SORT_ROLE:
            return row.sort_keys[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and self.layer is not None):
            return self.field_title(self.columns[section])
        return None


def _sort_key(value, text):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return text.casefold()


class FeatureFilterProxy(QSortFilterProxyModel):
    """Keeps the rows matching the search words and every chosen filter value."""

    ANY = object()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words = []
        self.filters = {}
        self.setSortRole(SORT_ROLE)

    def set_query(self, text):
        self.words = query_words(text)
        self.invalidateFilter()

    def set_filter(self, field_name, value):
        if value is self.ANY:
            self.filters.pop(field_name, None)
        else:
            self.filters[field_name] = value
        self.invalidateFilter()

    def clear_filters(self):
        self.words, self.filters = [], {}
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt API
        row = self.sourceModel().rows[source_row]
        if not matches(self.words, row.search_text):
            return False
        return all(field in row.filter_values and row.filter_values[field] == value
                   for field, value in self.filters.items())
