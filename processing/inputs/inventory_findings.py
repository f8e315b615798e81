"""The inventory checks run on QGIS layers: read each layer in one metric CRS, run the checks of
``logic.inventory.checks`` and word the findings, each with a place to zoom to.

``find_inventory_issues`` is the entry point the "Contrôles" dock panel calls directly (no
Processing); the ``checkinventory`` algorithm wraps it for the toolbox, models, batches and
qgis_process. Layers are read through QGIS (GeoPackage, PostGIS, anything QGIS opens).
"""

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QVariant

from ..layers.geometry_io import LAMBERT_93, working_crs
from ..logic.inventory import checks as logic
from .modes import MODAL_ROLES, has_mode_field, mode_request

TR_CONTEXT = "CheckInventory"

# Roles of the inventory layers, as named in the data model.
ROLES = ("aires", "etablissements", "noeuds", "troncons", "itineraires", "trame", "poles",
         "ascensions")
POINT_ROLES = ("aires", "etablissements", "noeuds")
NETWORK_ROLES = ("troncons", "itineraires", "trame")  # the lines cyclists ride
NAMED_ROLES = ("aires", "etablissements", "itineraires", "trame", "poles", "ascensions")


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    return text


class Check(NamedTuple):
    """One check: ``name`` is stable (option key, ``Finding.check``, output value); ``label``
    is in the user's language."""

    name: str
    source_label: str

    @property
    def label(self):
        return QCoreApplication.translate(TR_CONTEXT, self.source_label)


CHECKS = (
    Check("duplicate_numbers",
          QT_TRANSLATE_NOOP("CheckInventory", "Duplicate node numbers in one network")),
    Check("off_network",
          QT_TRANSLATE_NOOP("CheckInventory", "Aires, nodes, establishments far from the network")),
    Check("label_without_date",
          QT_TRANSLATE_NOOP("CheckInventory", "Accueil Vélo establishments without a label date")),
    Check("missing_names", QT_TRANSLATE_NOOP("CheckInventory", "Missing names")),
    Check("invalid_geometries",
          QT_TRANSLATE_NOOP("CheckInventory", "Invalid or empty geometries")),
    Check("near_misses",
          QT_TRANSLATE_NOOP("CheckInventory", "Network near misses (lines almost touching)")),
)
CHECK_NAMES = tuple(check.name for check in CHECKS)

DEFAULT_TOLERANCE = 25.0  # metres from the network, for aires and nodes
# Accueil Vélo establishments must lie within 5 km of a cycle route (the label's rule): they
# are hotels and cafés, not street furniture, so the 25 m tolerance would flag them all.
DEFAULT_ESTABLISHMENT_DISTANCE = 5000.0
DEFAULT_NEAR_MISS = 5.0  # metres between a line end and another line

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Finding:
    """One problem. ``x``, ``y`` are in the CRS of the layer given for ``layer_role`` (None when
    the feature has no usable geometry); ``severity`` is "error" or "warning"."""

    check: str
    layer_role: str
    feature_id: Optional[int]
    severity: str
    message: str
    x: Optional[float]
    y: Optional[float]


def default_options():
    """Every check on, with the default distances (metres)."""
    options = {name: True for name in CHECK_NAMES}
    options.update(tolerance=DEFAULT_TOLERANCE, near_miss=DEFAULT_NEAR_MISS,
                   establishment_distance=DEFAULT_ESTABLISHMENT_DISTANCE)
    return options


def find_inventory_issues(layers, options=None, feedback=None):
    """Findings of the checks turned on in ``options`` on ``layers`` (role -> QgsVectorLayer;
    missing roles and None are skipped), in CHECKS order, then layer, then feature order.

    ``options`` maps check names to bool and may set "tolerance", "near_miss",
    "establishment_distance" (metres), "target_crs" (a metric CRS for geographic layers) and
    "mode" (a mode code: only that mode's features of the layers with a mode field are
    checked; None: all); what it leaves out takes :func:`default_options`. Coordinates of the
    findings are in each layer's own CRS, ready to zoom to."""
    layers = {role: layer for role, layer in layers.items()
              if role in ROLES and layer is not None}
    if not layers:
        return []
    transform_context = QgsProject.instance().transformContext()
    crs = inventory_crs(layers, (options or {}).get("target_crs"))
    checker = InventoryChecker(options, feedback)
    mode = (options or {}).get("mode")
    data = {role: read_layer(layer, role, crs, transform_context, mode=mode)
            for role, layer in layers.items()}
    findings = checker.run(data)
    return [to_layer_crs(finding, crs, layers[finding.layer_role].crs(), transform_context)
            for finding in findings]


def without_mode_field(layers):
    """The roles among nodes, sections and itineraries whose layer has no mode field: read
    whole whatever the mode."""
    return [role for role in MODAL_ROLES
            if role in layers and not has_mode_field(layers[role].fields())]


def inventory_crs(layers, target_crs=None):
    """The metric CRS the checks run in: the network's (or the first layer's) if projected,
    else ``target_crs`` (a CRS or an authority id; default EPSG:2154)."""
    reference = next(layers[role] for role in ("troncons", *ROLES) if role in layers)
    if not isinstance(target_crs, QgsCoordinateReferenceSystem):
        target_crs = QgsCoordinateReferenceSystem(target_crs or LAMBERT_93)
    return working_crs(reference.crs(), target_crs)


def to_layer_crs(finding, crs, layer_crs, transform_context):
    """``finding`` with its coordinates moved from ``crs`` to ``layer_crs``."""
    if finding.x is None or crs == layer_crs:
        return finding
    try:
        point = QgsCoordinateTransform(crs, layer_crs, transform_context).transform(
            QgsPointXY(finding.x, finding.y))
        x, y = point.x(), point.y()
    except QgsCsException:
        x = y = None
    return Finding(finding.check, finding.layer_role, finding.feature_id, finding.severity,
                   finding.message, x, y)


# --- reading ---------------------------------------------------------------------------------

FIELDS_READ = {
    "aires": ("name",),
    "etablissements": ("name", "accueil_velo", "label_date"),
    "noeuds": ("number", "network"),
    "itineraires": ("name",), "trame": ("name",), "poles": ("name",), "ascensions": ("name",),
}


@dataclass
class LayerData:
    """One layer's features as the checks need them: WKB in the working CRS, plain values."""

    role: str
    name: str
    feature_ids: list = field(default_factory=list)
    wkbs: list = field(default_factory=list)
    values: dict = field(default_factory=dict)  # field name -> list of values
    missing_fields: tuple = ()

    def __len__(self):
        return len(self.feature_ids)


def plain(value):
    """A field value as plain Python: NULL as None, dates as ISO text."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime)):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    return value


def _wkb(geometry):
    """WKB of a QGIS geometry that shapely reads: curves segmentised, M dropped."""
    if geometry.isNull():
        return None
    abstract = geometry.constGet().clone()
    if QgsWkbTypes.isCurvedType(abstract.wkbType()):
        abstract = abstract.segmentize()
    abstract.dropMValue()
    return bytes(abstract.asWkb())


def read_layer(layer, role, crs, transform_context, name=None, mode=None):
    """Every feature of ``layer`` in ``crs`` (with ``mode``, only those of that mode when the
    layer has a mode field); messages call the layer ``name`` (default: its name in the
    project). QGIS does not check validity on the way: invalid geometries are what one check
    looks for."""
    names = [n for n in FIELDS_READ.get(role, ()) if layer.fields().indexFromName(n) >= 0]
    data = LayerData(role, name or layer.name(), values={n: [] for n in names},
                     missing_fields=tuple(n for n in FIELDS_READ.get(role, ()) if n not in names))
    request = mode_request(layer.fields(), mode)
    request.setDestinationCrs(crs, transform_context)
    request.setSubsetOfAttributes(names, layer.fields())
    for feature in layer.getFeatures(request):
        data.feature_ids.append(feature.id())
        data.wkbs.append(_wkb(feature.geometry()) if feature.hasGeometry() else None)
        for name in names:
            data.values[name].append(plain(feature[name]))
    return data


# --- the checks -------------------------------------------------------------------------------

class InventoryChecker:
    """Runs the checks on LayerData and words the findings (coordinates in the working CRS)."""

    def __init__(self, options=None, feedback=None):
        self.options = default_options()
        self.options.update(options or {})
        self.feedback = feedback

    def tr(self, text):
        return QCoreApplication.translate("InventoryChecker", text)

    def enabled(self, name):
        return bool(self.options.get(name, True))

    def canceled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def run(self, data):
        self.reports = {role: logic.inspect_geometries(d.wkbs) for role, d in data.items()}
        steps = {
            "duplicate_numbers": self.duplicate_numbers,
            "off_network": self.off_network,
            "label_without_date": self.label_without_date,
            "missing_names": self.missing_names,
            "invalid_geometries": self.invalid_geometries,
            "near_misses": self.near_misses,
        }
        findings = []
        for step, check in enumerate(CHECKS):
            if self.canceled():
                break
            if not self.enabled(check.name):
                continue
            if self.feedback is not None:
                self.feedback.setProgressText(check.label)
            findings.extend(steps[check.name](data))
            if self.feedback is not None:
                self.feedback.setProgress(100.0 * (step + 1) / len(CHECKS))
        return findings

    # helpers

    def describe(self, data, i):
        """How a message names a feature: layer, id and name (or node number)."""
        label = data.values.get("name") or data.values.get("number")
        text = "" if label is None or logic.is_blank(label[i]) else f" «{label[i]}»"
        return f"{data.name} {data.feature_ids[i]}{text}"

    def finding(self, check, data, i, severity, message, x=None, y=None):
        if x is None and i is not None:
            report = self.reports[data.role][i]
            x, y = report.x, report.y
        fid = data.feature_ids[i] if i is not None else None
        return Finding(check, data.role, fid, severity, message, x, y)

    def field_missing(self, check, data, names):
        """A finding saying that a check could not run on ``data`` for want of fields."""
        return Finding(check, data.role, None, WARNING, self.tr(
            "{} has no field {}: this check was not run on it.").format(
            data.name, ", ".join(names)), None, None)

    # checks

    def duplicate_numbers(self, data):
        nodes = data.get("noeuds")
        if nodes is None:
            return []
        if nodes.missing_fields:
            return [self.field_missing("duplicate_numbers", nodes, nodes.missing_fields)]
        out = []
        for network_name, number, positions in logic.duplicate_numbers(
                nodes.values["number"], nodes.values["network"]):
            ids = ", ".join(str(nodes.feature_ids[i]) for i in positions)
            for i in positions:
                out.append(self.finding("duplicate_numbers", nodes, i, ERROR, self.tr(
                    "Node number {} is used {} times in the network {} (features {}).").format(
                    number, len(positions),
                    network_name if network_name is not None else self.tr("(none)"), ids)))
        return out

    def off_network(self, data):
        lines = []
        for role in NETWORK_ROLES:
            if role in data:
                lines.extend(logic.line_parts(data[role].wkbs, self.reports[role])[0])
        points = [role for role in POINT_ROLES if role in data]
        if not points:
            return []
        if not lines:
            if self.feedback is not None:
                self.feedback.pushInfo(self.tr(
                    "No network layer (troncons, itineraires, trame) with lines: the distance "
                    "of aires, nodes and establishments to the network was not checked."))
            return []
        network_index = logic.LinesIndex(lines)  # one index for every point layer
        out = []
        for role in points:
            layer = data[role]
            limit = float(self.options["establishment_distance"] if role == "etablissements"
                          else self.options["tolerance"])
            xy, owners = logic.point_parts(layer.wkbs, self.reports[role])
            for i, distance, x, y in logic.far_from_lines(xy, owners, network_index,
                                                           limit):
                out.append(self.finding("off_network", layer, i, WARNING, self.tr(
                    "{} is {:.0f} m from the network (more than {:g} m). Move it onto the "
                    "network or check its position.").format(
                    self.describe(layer, i), distance, limit), x, y))
        return out

    def label_without_date(self, data):
        layer = data.get("etablissements")
        if layer is None:
            return []
        if "accueil_velo" in layer.missing_fields or "label_date" in layer.missing_fields:
            return [self.field_missing("label_without_date", layer, [
                n for n in ("accueil_velo", "label_date") if n in layer.missing_fields])]
        return [self.finding("label_without_date", layer, i, WARNING, self.tr(
            "{} has the Accueil Vélo label but no label date.").format(self.describe(layer, i)))
            for i in logic.labelled_without_date(layer.values["accueil_velo"],
                                                 layer.values["label_date"])]

    def missing_names(self, data):
        out = []
        for role in ROLES:
            layer = data.get(role)
            if layer is None or role not in (*NAMED_ROLES, "noeuds"):
                continue
            name = "number" if role == "noeuds" else "name"
            if name in layer.missing_fields:
                out.append(self.field_missing("missing_names", layer, [name]))
                continue
            for i in logic.missing_values(layer.values[name]):
                message = (self.tr("Node {} of {} has no number.") if role == "noeuds"
                           else self.tr("Feature {} of {} has no name."))
                out.append(self.finding("missing_names", layer, i, ERROR,
                                        message.format(layer.feature_ids[i], layer.name)))
        return out

    def invalid_geometries(self, data):
        out = []
        for role in ROLES:
            if role not in data:
                continue
            layer = data[role]
            for i, report in enumerate(self.reports[role]):
                if report.ok:
                    continue
                if report.status == "null":
                    message = self.tr("{} has no geometry.")
                elif report.status == "empty":
                    message = self.tr("{} has an empty geometry.")
                else:
                    message = self.tr("{} has an invalid geometry: {}.")
                out.append(self.finding("invalid_geometries", layer, i, ERROR,
                                        message.format(self.describe(layer, i), report.reason)))
        return out

    def near_misses(self, data):
        out = []
        distance = float(self.options["near_miss"])
        for role in NETWORK_ROLES:
            if role not in data:
                continue
            layer = data[role]
            lines, owners = logic.line_parts(layer.wkbs, self.reports[role])
            for miss in logic.near_misses(lines, distance):
                i = owners[miss.line]
                out.append(self.finding("near_misses", layer, i, WARNING, self.tr(
                    "A line end of {} is {:.3g} m from another line of {} but not joined to "
                    "it: snap the end onto that line, or move it away if they must not "
                    "meet.").format(self.describe(layer, i), miss.gap_m, layer.name),
                    miss.x, miss.y))
        return out
