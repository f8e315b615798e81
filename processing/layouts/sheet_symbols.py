"""How a sheet's map draws its page: the page's circuit (or day) bold with arrows in riding order,
its node numbers in points-nœuds discs, its stops. Shared by the circuit sheets and the stay
sheets; rows are on a page when their ``circuit`` is the atlas feature's name."""

from qgis.core import (
    Qgis,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
)
from qgis.PyQt.QtGui import QColor

from ..layers import output_styles

ON_PAGE = "\"circuit\" = attribute(@atlas_feature, 'name')"  # rows of the page's circuit


def circuit_on_page(layer, colour="#d7191c"):
    """The page's circuit bold, with arrows in riding order; the other circuits not drawn."""
    symbol = QgsLineSymbol.createSimple({"line_color": "white", "line_width": "2.4"})
    symbol.appendSymbolLayer(QgsSimpleLineSymbolLayer(QColor(colour), 1.4))
    arrows = QgsMarkerLineSymbolLayer.create({"placement": "interval", "interval": "18",
                                              "rotate": "1"})
    arrows.setSubSymbol(QgsMarkerSymbol.createSimple(
        {"name": "arrowhead", "color": "white", "outline_color": "white", "size": "2.6",
         "outline_width": "0.5", "angle": "0"}))
    symbol.appendSymbolLayer(arrows)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def nodes_on_page(layer, colour="#1b7837"):
    """The page's node numbers in points-nœuds discs: white, outlined, the start filled."""
    start = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour,
                                          "outline_color": "white", "size": "6",
                                          "outline_width": "0.5"})
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "white",
                                          "outline_color": colour, "size": "5.4",
                                          "outline_width": "0.6"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(start, 0, 0, f"{ON_PAGE} AND \"rank\" = 1"))
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, f"{ON_PAGE} AND \"rank\" > 1"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    labels = []
    for expression, text_colour in ((f"{ON_PAGE} AND \"rank\" = 1", "white"),
                                    (f"{ON_PAGE} AND \"rank\" > 1", colour)):
        settings = output_styles.simple_labeling("number", 6.5, text_colour, 0.0).settings()
        # Qgis.LabelPlacement since 3.26 (the QgsPalLayerSettings enum is gone in QGIS 4)
        placement = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings)
        settings.placement = placement.OverPoint
        text_format = settings.format()
        text_format.buffer().setEnabled(False)
        font = text_format.font()
        font.setBold(True)
        text_format.setFont(font)
        settings.setFormat(text_format)
        show_all(settings)  # every number shows, even where discs touch
        settings.priority = 10
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(expression)
        labels.append(rule)
    root_rule = QgsRuleBasedLabeling.Rule(None)
    for rule in labels:
        root_rule.appendChild(rule)
    layer.setLabeling(QgsRuleBasedLabeling(root_rule))
    layer.setLabelsEnabled(True)


def show_all(settings):
    """Labels drawn even where they overlap: placement settings since QGIS 3.26, displayAll
    before (deprecated since, gone in QGIS 4)."""
    if hasattr(settings, "placementSettings"):
        placement = settings.placementSettings()
        placement.setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
        placement.setAllowDegradedPlacement(True)
        settings.setPlacementSettings(placement)
    else:
        settings.displayAll = True


def stops_on_page(layer, aire_label, accueil_label):
    """The page's aires (blue squares) and Accueil Vélo establishments (green diamonds)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for kind, label, shape, colour in (("aire", aire_label, "square", "#1f78b4"),
                                       ("accueil_velo", accueil_label, "diamond", "#1a9641")):
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour,
                                               "outline_color": "white", "size": "3.4"})
        root.appendChild(QgsRuleBasedRenderer.Rule(
            symbol, 0, 0, f"{ON_PAGE} AND \"kind\" = '{kind}'", label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setLabelsEnabled(False)
