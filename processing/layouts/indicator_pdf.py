"""The PDF of the territory indicators: one A4 page per perimeter from the print layout template
``resources/layouts/indicators_a4.qpt`` (an atlas over the perimeters): the perimeter on a map
with the inventory layers, its bar charts (the report's, item ``indicator_chart``), and the
table of its figures in the zone ``figures_table``, in two columns."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutItemShape,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsMarkerSymbol,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..layers import output_styles
from ..layers.sinks import TYPES
from ..logic.reports.indicator_html import COLOURS, shown
from . import map_credits, print_layouts

TEMPLATE = "indicators_a4"
TABLE_FONT_PT = 6.5
# how each inventory layer is drawn on the pages: (kind, colour, width or size)
MAP_STYLES = {"NETWORK": ("line", COLOURS["network"], 0.5),
              "ITINERARIES": ("line", COLOURS["routes"], 1.0),
              "TRAME": ("line", COLOURS["trame"], 0.8),
              "POLES": ("polygon", "#a6d854", 0.3),
              "AIRES": ("point", COLOURS["aires"], 2.2),
              "ESTABLISHMENTS": ("point", COLOURS["labelled"], 1.8)}


def styled_copies(layers):
    """Copies of the inventory layers ({parameter: layer}) in the report's colours, points
    over lines over areas."""
    copies = []
    for name in ("POLES", "TRAME", "NETWORK", "ITINERARIES", "ESTABLISHMENTS", "AIRES"):
        layer = layers.get(name)
        if layer is None:
            continue
        copy = layer.clone()
        kind, colour, size = MAP_STYLES[name]
        if kind == "line":
            output_styles.single_line(copy, colour, size)
        elif kind == "point":
            copy.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
                "name": "circle", "color": colour, "size": str(size),
                "outline_color": "white", "outline_width": "0.2"})))
        else:
            copy.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
                "color": colour, "outline_color": "#4d4d4d", "outline_width": str(size)})))
        copies.insert(0, copy)
    return copies


def memory_layer(uri, name, fields, rows):
    """A memory layer with ``fields`` ((name, type) pairs) and rows of (geometry, values)."""
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([QgsField(field, TYPES[kind]) for field, kind in fields])
    layer.updateFields()
    features = []
    for geometry, values in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def figure_rows(texts, fields, rows, compare):
    """The table's rows: (page, indicator, value, previous, change) for every figure."""
    out = []
    for page, row in enumerate(rows, start=1):
        for name in fields:
            values = [page, texts.labels[name], shown(texts, name, row.get(name))]
            if compare:
                values += [shown(texts, name, row.get(f"{name}_prev")),
                           shown(texts, name, row.get(f"{name}_change"), signed=True)]
            out.append((None, values))
    return out


def add_table(layout, figures, texts, compare):
    """The figures of the atlas page's perimeter, flowing over two frames in the template's
    ``figures_table`` zone."""
    zone = print_layouts.item(layout, "figures_table", QgsLayoutItemShape)
    position = layout.convertToLayoutUnits(zone.positionWithUnits())
    size = layout.convertToLayoutUnits(zone.sizeWithUnits())
    x, y, width, height = position.x(), position.y(), size.width(), size.height()
    zone.setVisibility(False)
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setVectorLayer(figures)
    table.setMaximumNumberOfFeatures(1000)
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"page\" = attribute(@atlas_feature, 'page')")
    text_format = QgsTextFormat()
    font = QFont("DejaVu Sans")
    text_format.setFont(font)
    text_format.setSize(TABLE_FONT_PT)
    text_format.setColor(QColor("#212121"))
    table.setContentTextFormat(text_format)
    header = QgsTextFormat(text_format)
    bold = QFont(font)
    bold.setBold(True)
    header.setFont(bold)
    table.setHeaderTextFormat(header)
    table.setCellMargin(0.6)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bdbdbd"))
    table.setVerticalGrid(False)
    # long names (in French above all) wrap onto a second line rather than being cut
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    gap = 4.0
    column_width = (width - gap) / 2
    headings = [("indicator", texts.headings["indicator"]), ("value", texts.headings["value"])]
    if compare:
        headings += [("previous", texts.headings["previous"]),
                     ("change", texts.headings["change"])]
    number_width = 14.0 if compare else 18.0
    # the indicator's name takes what the numbers leave (cell margins on both sides)
    label_width = column_width - (len(headings) - 1) * number_width - 2 * 0.6 * len(headings)
    columns = []
    for attribute, heading in headings:
        column = QgsLayoutTableColumn()
        column.setAttribute(f'"{attribute}"')
        column.setHeading(heading)
        if attribute == "indicator":
            column.setWidth(label_width)
        else:
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            column.setWidth(number_width)
        columns.append(column)
    table.setColumns(columns)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    for left in (x, x + column_width + gap):
        frame = QgsLayoutFrame(layout, table)
        frame.attemptSetSceneRect(QRectF(left, y, column_width, height))
        table.addFrame(frame)
    return table


def write_pdf(path, texts, fields, rows, names, codes, geometries, charts, crs, inventory,
              project, compare, feedback, dpi=150):
    """Write the PDF: one page per perimeter (``geometries``, QgsGeometry in ``crs``), with
    ``charts`` (PNG paths) and the ``inventory`` layers ({parameter: QgsVectorLayer})."""
    print_layouts.check_output(path)
    coverage = memory_layer(
        f"MultiPolygon?crs={crs.authid()}", "perimeters",
        [("page", "int"), ("name", "text"), ("code", "text"), ("chart_png", "text")],
        [(geometry if not geometry.isEmpty() else None,
          [page, name, code, str(chart)])
         for page, (geometry, name, code, chart) in enumerate(
             zip(geometries, names, codes, charts), start=1)])
    table_fields = [("page", "int"), ("indicator", "text"), ("value", "text")]
    if compare:
        table_fields += [("previous", "text"), ("change", "text")]
    figures = memory_layer("None", "figures", table_fields,
                           figure_rows(texts, fields, rows, compare))
    # qgis_process without --PROJECT_PATH has no project: a layout needs one, so a blank one
    # serves (kept alive until the export is done)
    project = project if project is not None else QgsProject()
    layout = print_layouts.load_template(project, TEMPLATE)
    background = styled_copies(inventory)
    # the date is in the footer and each page's number says how many there are
    print_layouts.set_texts(layout, texts.title, texts.comparison, "",
                            map_credits.credit_line("", list(inventory.values())))
    focus = coverage.clone()
    output_styles.atlas_focus(focus)
    main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
    print_layouts.show_layers(main, [focus] + background, crs)
    atlas = print_layouts.start_atlas(layout, coverage, '"name"', 0.08)
    add_table(layout, figures, texts, compare)
    files = print_layouts.export(layout, path, dpi, atlas, feedback)
    return files[0], atlas.count()
