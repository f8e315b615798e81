"""Styles of the analysis outputs, applied when Processing loads them into the project.

Each style is a function ``style(layer, options)`` that sets a renderer (and labels) on the
layer; :func:`apply_on_load` attaches it to an output through a layer post-processor, the way
QGIS's own algorithms style their outputs. Aliases (translated) are set at the same time.
"""

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsHillshadeRenderer,
    QgsInvertedPolygonRenderer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..translate import format_number


def _marker_shape(shape):
    """A marker shape given by its number (0 square, 2 pentagon, 9 cross…, the same in every
    version). QGIS 3.22 has no Qgis.MarkerShape and takes the number; QGIS 3.40 refuses the
    number and wants that enum (it exists since 3.24, and setShape takes it wherever it does)."""
    marker_shape = getattr(Qgis, "MarkerShape", None)
    return shape if marker_shape is None else marker_shape(shape)


def _symbol(layer, colour, width=None, size=None, shape=None, dash=False):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(colour))
    if layer.geometryType() == QgsWkbTypes.LineGeometry:
        symbol.setWidth(width or 0.8)
        if dash:
            symbol.symbolLayer(0).setPenStyle(Qt.PenStyle.DashLine)
    elif layer.geometryType() == QgsWkbTypes.PointGeometry:
        symbol.setSize(size or 3.0)
        if shape is not None:
            symbol.symbolLayer(0).setShape(_marker_shape(shape))
        symbol.symbolLayer(0).setStrokeColor(QColor("white"))
    return symbol


def _rules(layer, rules, inactive=()):
    """A rule-based renderer from (label, expression, symbol) triples, in drawing order;
    the rules whose position is in ``inactive`` start switched off in the legend."""
    root = QgsRuleBasedRenderer.Rule(None)
    for position, (label, expression, symbol) in enumerate(rules):
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        rule.setActive(position not in inactive)
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _categories(layer, field, items):
    """A categorized renderer from (value, label, symbol) triples."""
    categories = [QgsRendererCategory(value, symbol, label) for value, label, symbol in items]
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))


def simple_labeling(field, size=8.0, colour="#1a1a1a", halo=1.0):
    """Labels showing ``field``, with a white halo so they read over any map."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text_format = QgsTextFormat()
    text_format.setSize(size)
    text_format.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    return QgsVectorLayerSimpleLabeling(settings)


def _label(layer, field, size=8.0, colour="#1a1a1a"):
    layer.setLabeling(simple_labeling(field, size, colour))
    layer.setLabelsEnabled(True)


def distance_bands(layer, field, max_distance, labels):
    """Network stretches coloured by distance to the nearest aire, in bands of MAX_DISTANCE.

    ``labels``: translated texts for no aire, the four bands (formatted with km figures).
    """
    half, limit, double = max_distance / 2, max_distance, 2 * max_distance
    km = [format_number(v / 1000) for v in (half, limit, double)]  # 1,5 in French
    _rules(layer, [
        (labels[0], f'"{field}" IS NULL', _symbol(layer, "#969696", 0.6, dash=True)),
        (labels[1].format(km[0]), f'"{field}" <= {half}', _symbol(layer, "#1a9641", 1.0)),
        (labels[2].format(km[0], km[1]), f'"{field}" > {half} AND "{field}" <= {limit}',
         _symbol(layer, "#a6d96a", 1.0)),
        (labels[3].format(km[1], km[2]), f'"{field}" > {limit} AND "{field}" <= {double}',
         _symbol(layer, "#fdae61", 1.2)),
        (labels[4].format(km[2]), f'"{field}" > {double}', _symbol(layer, "#d7191c", 1.4)),
    ])


def covered_flag(layer, field, covered_label, uncovered_label):
    _categories(layer, field, [
        (True, covered_label, _symbol(layer, "#1a9641", 1.0)),
        (False, uncovered_label, _symbol(layer, "#d7191c", 1.4)),
    ])


def gaps(layer, category_field=None, overall_label=None, category_label=None):
    symbol = _symbol(layer, "#d7191c", 2.4)
    symbol.setOpacity(0.6)
    if category_field is None:
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        return
    # per-category gaps would hide the overall picture: listed in the legend, off at first
    _rules(layer, [
        (overall_label, f"\"{category_field}\" = 'all'", symbol),
        (category_label, f"\"{category_field}\" <> 'all'",
         _symbol(layer, "#fdae61", 0.6, dash=True)),
    ], inactive=(1,))


def ranked_points(layer, rank_field):
    symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": "#7b3294",
                                           "outline_color": "white", "size": "6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    _label(layer, rank_field, 9.0, "#40004b")


def diagnostics(layer, field, kinds):
    """``kinds``: (value, translated label, colour, shape) of each diagnostic kind."""
    _categories(layer, field, [
        (value, label, _symbol(layer, colour, size=3.2, shape=shape))
        for value, label, colour, shape in kinds])


def establishments(layer, labels):
    """Labelled establishments, prospects (eligible, not labelled), the others."""
    _rules(layer, [
        (labels[0], '"labelled"', _symbol(layer, "#1a9641", size=3.4)),
        (labels[1], '"prospect"', QgsMarkerSymbol.createSimple(
            {"name": "star", "color": "#ff7f00", "outline_color": "white", "size": "5"})),
        (labels[2], 'NOT "labelled" AND NOT "prospect"', _symbol(layer, "#bdbdbd", size=2.2)),
    ])


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a style function and aliases to an output when Processing loads it."""

    _alive = []  # Processing keeps only a C++ pointer: the Python object must outlive the run

    def __init__(self, style, aliases):
        super().__init__()
        self.style = style
        self.aliases = aliases

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        for name, alias in self.aliases.items():
            index = layer.fields().indexFromName(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        if self.style is not None and layer.isSpatial():
            self.style(layer)
        layer.triggerRepaint()


def apply_on_load(context, destination_id, style, aliases):
    """Style ``destination_id`` when (and only if) it is loaded on completion."""
    if not destination_id or not context.willLoadLayerOnCompletion(destination_id):
        return
    post_processor = StyleOnLoad(style, aliases)
    StyleOnLoad._alive.append(post_processor)
    context.layerToLoadOnCompletionDetails(destination_id).setPostProcessor(post_processor)


def single_line(layer, colour, width):
    layer.setRenderer(QgsSingleSymbolRenderer(_symbol(layer, colour, width)))


def classed_points(layer, field, classes):
    """Points coloured by a text class; ``classes``: (value, colour) pairs, value = label."""
    _categories(layer, field, [(value, value, _symbol(layer, colour, size=1.6))
                               for value, colour in classes])


def bridges(layer, bridge_label, other_label):
    _categories(layer, "is_bridge", [
        (True, bridge_label, _symbol(layer, "#d7191c", 1.4)),
        (False, other_label, _symbol(layer, "#1b9e77", 0.8)),
    ])


def hubs(layer, isolated_label, attached_label):
    isolated = QgsSymbol.defaultSymbol(layer.geometryType())
    isolated.setColor(QColor("#d7191c"))
    attached = QgsSymbol.defaultSymbol(layer.geometryType())
    attached.setColor(QColor("#66c2a5"))
    _rules(layer, [(isolated_label, '"component" IS NULL', isolated),
                   (attached_label, '"component" IS NOT NULL', attached)])


def missing_links(layer, rank_field):
    layer.setRenderer(QgsSingleSymbolRenderer(_symbol(layer, "#ff7f00", 1.2, dash=True)))
    _label(layer, rank_field, 9.0, "#7f2704")


# --- map exports -------------------------------------------------------------------------------

def atlas_focus(layer, veil="255,255,255,140", outline="#1f6f78"):
    """The atlas page's area in focus: everything outside the current feature veiled and the
    feature outlined (one page per EPCI or commune)."""
    veiled = QgsFillSymbol.createSimple({"color": veil, "outline_color": outline,
                                         "outline_width": "0.8"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(veiled, 0, 0, "$id = @atlas_featureid"))
    layer.setRenderer(QgsInvertedPolygonRenderer(QgsRuleBasedRenderer(root)))
    layer.setLabelsEnabled(False)


def plain_background(layer, fill="#e4e7e8", stroke="#ffffff", line="#8c9599"):
    """A quiet style for a locator map: light areas, thin grey lines, points hidden."""
    kind = layer.geometryType()
    if kind == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": stroke,
                                             "outline_width": "0.15"})
    elif kind == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple({"line_color": line, "line_width": "0.2"})
    else:
        symbol = QgsMarkerSymbol.createSimple({"size": "0"})
        symbol.setOpacity(0.0)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def climb_focus(layer, colour="#c51b1b"):
    """Climb lines for climb sheets: the page's climb bold with its start and top marked, the
    other climbs thin."""
    current = QgsLineSymbol.createSimple({"line_color": "white", "line_width": "2.2"})
    current.appendSymbolLayer(QgsSimpleLineSymbolLayer(QColor(colour), 1.3))
    for placement, marker in (("firstvertex", "circle"), ("lastvertex", "triangle")):
        # by its properties: the same in QGIS 3.22 and 3.40, where setPlacement() is deprecated
        ends = QgsMarkerLineSymbolLayer.create({"placement": placement})
        ends.setSubSymbol(QgsMarkerSymbol.createSimple(
            {"name": marker, "color": colour, "outline_color": "white", "size": "3.2",
             "outline_width": "0.5"}))
        current.appendSymbolLayer(ends)
    other = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.6",
                                        "line_style": "dash"})
    other.setOpacity(0.7)
    _rules(layer, [("current", "$id = @atlas_featureid", current),
                   ("other", "$id <> @atlas_featureid OR @atlas_featureid IS NULL", other)])


def hillshade(layer):
    """A grey hillshade of a DEM: the relief under a climb sheet when nothing else is shown."""
    layer.setRenderer(QgsHillshadeRenderer(layer.dataProvider(), 1, 315, 45))
    layer.setOpacity(0.6)
