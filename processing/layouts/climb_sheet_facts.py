"""What a climb sheet shows besides ``slopeprofile``'s figures: the names of the foot and the
top, and the surface. QGIS glue around ``logic.climb_facts``.

Each comes from the climb's own fields when it has them (``foot_name``, ``top_name``,
``surface``), else from the project's data-model layers: the pôle (``poles``) and the commune
(``perimetres`` of kind commune) a foot or top lies in and the point-nœud (``noeuds``) within
150 m; the surface of the network sections (``troncons``) the climb runs along. What cannot be
found is not made up: a foot or top without a name is left out, a surface is "unknown".
"""

import re

from qgis.core import NULL, QgsProcessingFeatureSource, QgsVectorLayer
from shapely import wkb as shapely_wkb

from ..database.project_db import model_text
from ..layers.geometry_io import features, line_parts, read_lines, read_points
from ..logic.inventory import data_model
from ..logic.inventory.checks import LinesIndex
from ..logic.relief import climbs as climb_facts
from ..translate import tr

FOOT_FIELD, TOP_FIELD, SURFACE_FIELD = "foot_name", "top_name", "surface"
# the fields a climb sheet adds to slopeprofile's climbs, for the template's labels
SHEET_FIELDS = (("chart_png", "text"), ("steepest_end_m", "real"), ("foot_text", "text"),
                ("top_text", "text"), ("surface_text", "text"))
SURFACE_LABELS = {value.code: value.label for value in data_model.SURFACES.values}


def _plain(value):
    """A field value, None for NULL or blank text."""
    if value is None or value == NULL or (isinstance(value, str) and not value.strip()):
        return None
    return value


def model_layer(project, name, context):
    """The project's vector layer ``name`` (a data-model layer: ``perimetres``, ``poles``…)
    with the data model's fields, as a feature source, or None."""
    if project is None:
        return None
    wanted = set(data_model.LAYERS_BY_NAME[name].field_names)
    for layer in project.mapLayersByName(name):
        if isinstance(layer, QgsVectorLayer) and layer.isValid() \
                and wanted <= set(layer.fields().names()):
            return QgsProcessingFeatureSource(layer, context)
    return None


def _areas(layer, crs, context, kind=None):
    """(name, shapely polygon) of the features of ``layer`` in ``crs`` (of ``kind`` only)."""
    if layer is None:
        return []
    areas = []
    for feature in features(layer, crs, context, ["name", "kind"]):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty() or _plain(feature["name"]) is None:
            continue
        if kind is None or feature["kind"] == kind:
            areas.append((str(feature["name"]), shapely_wkb.loads(bytes(geometry.asWkb()))))
    return areas


class Surroundings:
    """The project's named places and network sections, read once in the climbs' CRS."""

    def __init__(self, project, crs, context):
        self.poles = _areas(model_layer(project, "poles", context), crs, context)
        self.communes = _areas(model_layer(project, "perimetres", context), crs, context,
                               "commune")
        nodes = model_layer(project, "noeuds", context)
        points = read_points(nodes, crs, context, "number") if nodes is not None else None
        self.nodes = [] if points is None else [
            (number, x, y) for number, (x, y) in zip(points.values, points.xy.tolist())
            if _plain(number) is not None]
        sections = model_layer(project, "troncons", context)
        lines = read_lines(sections, crs, context, None, SURFACE_FIELD) \
            if sections is not None else None
        # indexed once for every climb of the export
        self.sections = LinesIndex([] if lines is None else lines.parts)
        self.surfaces = [] if lines is None else [_plain(v) for v in lines.values]

    def place(self, xy):
        """The name of a foot or top, e.g. "Cassel, node 35"; None when nothing names it."""
        pole, commune, node = climb_facts.place(xy, self.poles, self.communes, self.nodes)
        if node is not None:
            number = int(node) if float(node).is_integer() else node
            node = tr("node {}").format(number)
        names = [name for name in (pole, commune, node) if name]
        return ", ".join(names) if names else None

    def surface(self, xy):
        """The surfaces along the climb, e.g. "Asphalt 72 %, unknown 28 %"."""
        lengths = climb_facts.surface_lengths(xy, self.sections, self.surfaces)
        return climb_facts.surface_summary(lengths, surface_labels(), tr("unknown"))


def surface_labels():
    return {code: model_text(label) for code, label in SURFACE_LABELS.items()}


def own_values(source, id_field, context):
    """The climbs' own ``foot_name``, ``top_name`` and ``surface``, by the name slopeprofile
    gives each line (the ID field's value, else the feature id); {} when LINES has none of
    these fields."""
    names = source.fields().names()
    fields = [f for f in (FOOT_FIELD, TOP_FIELD, SURFACE_FIELD) if f in names]
    if not fields:
        return {}
    values = {}
    for feature in features(source, source.sourceCrs(), context, fields + [id_field]):
        key = _plain(feature[id_field]) if id_field else None
        key = str(feature.id() if key is None else key)
        values.setdefault(key, {f: _plain(feature[f]) for f in fields})
    return values


def sheet_values(climb, own, surroundings, window):
    """The values of ``SHEET_FIELDS`` (chart_png aside) for one of slopeprofile's climbs."""
    line_id = str(climb["line_id"])
    # a multi-part feature's parts are named "name (1/2)"…: they share its fields
    mine = own.get(line_id) or own.get(re.sub(r" \(\d+/\d+\)$", "", line_id)) or {}
    xy = line_parts(climb.geometry())[0]
    section = climb_facts.steepest_section(_plain(climb["max_grade_at_m"]), window,
                                           _plain(climb["length_m"]))
    surface = mine.get(SURFACE_FIELD)
    return {
        "steepest_end_m": section[1] * 1000.0 if section else None,
        "foot_text": mine.get(FOOT_FIELD) or surroundings.place(tuple(xy[0])),
        "top_text": mine.get(TOP_FIELD) or surroundings.place(tuple(xy[-1])),
        "surface_text": surface_labels().get(surface, surface) if surface
        else surroundings.surface(xy),
    }
