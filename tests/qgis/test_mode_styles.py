"""The styles of the layers drawn per mode (noeuds, troncons, liaisons): a planner tells a
walking section from a cycling one on the map (checked on a rendered image, pixel colours
against the value list's), a planned section is dashed, a faulty link dotted; a database of an
earlier version gets them when it is brought up to date, unless the user changed the style."""

import sqlite3

import processing
import pytest
from old_schema import write_version_gpkg
from osm_extract import OsmExtract
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRectangle,
    QgsRendererCategory,
    QgsSymbol,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from itinerance.processing.database import project_db
from itinerance.processing.logic.inventory import data_model as dm

MODE_COLOURS = {v.code: v.colour for v in dm.MODES.values}


def create(path):
    processing.run("itinerance:createprojectdb", {"OUTPUT": str(path), "ADD_TO_PROJECT": False})
    return path


def layer(path, name):
    loaded = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert loaded.isValid()
    return loaded


def categories(loaded):
    renderer = loaded.renderer()
    kept = renderer.categories()
    return renderer.classAttribute(), [(c.value(), c.symbol().color().name()) for c in kept]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    return create(tmp_path_factory.mktemp("styles") / "inventaire.gpkg")


def test_nodes_sections_and_links_are_drawn_per_mode(database):
    expected = ("mode", [(code, colour) for code, colour in MODE_COLOURS.items()])
    for name in ("noeuds", "troncons", "liaisons"):
        assert categories(layer(database, name)) == expected, name
    nodes = layer(database, "noeuds")  # the layer owns its renderer: keep it
    kept = nodes.renderer().categories()
    shapes = {c.value(): c.symbol().symbolLayer(0).shape() for c in kept}
    assert len(set(shapes.values())) == len(shapes)  # two networks at one place stay apart
    assert categories(layer(database, "gares"))[0] == "kind"


def stroke_style(loaded, **attributes):
    """The stroke style the symbol of the feature with ``attributes`` is drawn with."""
    feature = QgsFeature(loaded.fields())
    for name, value in attributes.items():
        feature[name] = value
    renderer = loaded.renderer()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(loaded))
    context.setFeature(feature)
    kept = renderer.categories()  # copies, which own their symbols: keep them
    symbol = kept[renderer.categoryIndexForValue(attributes["mode"])].symbol()
    prop = symbol.symbolLayer(0).dataDefinedProperties().property(
        QgsSymbolLayer.PropertyStrokeStyle)
    return prop.valueAsString(context, "solid")[0]


def test_planned_sections_are_dashed_and_faulty_links_dotted(database):
    sections = layer(database, "troncons")
    assert stroke_style(sections, mode="marche", status="planned") == "dash"
    assert stroke_style(sections, mode="marche", status="existing") == "solid"
    links = layer(database, "liaisons")
    assert stroke_style(links, mode="velo", facts="broken,redundant_nodes") == "dot"
    assert stroke_style(links, mode="velo", facts="one_way") == "solid"
    assert stroke_style(links, mode="velo", facts=None) == "solid"


def rendered(loaded, extent):
    settings = QgsMapSettings()
    settings.setLayers([loaded])
    settings.setDestinationCrs(loaded.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(200, 200))
    settings.setBackgroundColor(QColor("white"))
    image = QImage(settings.outputSize(), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QgsMapRendererCustomPainterJob(settings, painter).renderSynchronously()
    painter.end()
    return image


def test_a_walking_section_and_a_cycling_one_look_apart_on_the_map(tmp_path):
    osm = OsmExtract()
    osm.line(1, [(0, 0), (1000, 0)], 1, highway="cycleway")
    osm.line(2, [(0, 600), (1000, 600)], 3, highway="path")
    osm.route(10, [1], "rcn")
    osm.route(11, [2], "rwn", route_type="hiking")
    database = create(tmp_path / "inventaire.gpkg")
    processing.run("itinerance:importosmnetwork", {
        "INPUT": str(osm.write(tmp_path / "deux.osm")), "DATABASE": str(database)})
    sections = layer(database, "troncons")
    extent = QgsRectangle(650_000 - 100, 7_060_000 - 300, 650_000 + 1100, 7_060_000 + 900)
    image = rendered(sections, extent)
    # the sections run at y = 0 and 600 m: rows 150 and 50 of the 200 pixels (6 m each)
    for row, mode in ((150, "velo"), (50, "marche")):
        colours = {image.pixelColor(100, r).name() for r in range(row - 2, row + 3)}
        assert MODE_COLOURS[mode] in colours, (mode, colours)
    assert MODE_COLOURS["velo"] != MODE_COLOURS["marche"]


def test_an_earlier_database_gets_the_styles_per_mode_unless_changed(tmp_path):
    untouched = write_version_gpkg(tmp_path / "v3.gpkg", 3)
    assert layer(untouched, "noeuds").renderer().type() == "singleSymbol"
    assert categories(layer(untouched, "troncons"))[0] == "status"
    changed = write_version_gpkg(tmp_path / "v3_modifie.gpkg", 3)
    sections = layer(changed, "troncons")
    sections.setRenderer(QgsCategorizedSymbolRenderer("network", [QgsRendererCategory(
        "Cœur de Flandre", QgsSymbol.defaultSymbol(sections.geometryType()), "CCFI")]))
    qml = project_db.style_document(sections)
    del sections
    with sqlite3.connect(changed) as db:  # the planner's own style, stored as the default
        db.execute("UPDATE layer_styles SET styleQML = ? WHERE f_table_name = 'troncons'",
                   (qml,))
    create(untouched)  # brought up to date
    create(changed)
    for name in ("noeuds", "troncons"):
        assert categories(layer(untouched, name))[0] == "mode", name
    assert categories(layer(changed, "troncons"))[0] == "network"  # the user's choice stays
    assert categories(layer(changed, "noeuds"))[0] == "mode"
