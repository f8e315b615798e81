"""Print layouts from the templates in ``resources/layouts``: load, fill in, export to PDF or PNG.

The templates are ordinary QGIS print layout templates (in QGIS: Project ▸ New Print Layout,
then Add Items from Template), so a planner can restyle them. The exports find their items by
id: ``main_map``, ``locator_map``, ``legend``, ``logos`` (the zone where partner logos go),
``profile_chart`` and ``figure_*_caption`` (climb sheets); scale bars and the north arrow follow
``main_map``. Texts are expressions on layout variables (``@itinerance_title``,
``@itinerance_subtitle``, ``@itinerance_sources``, ``@itinerance_organisation_date``) and
atlas variables, so an edited template keeps working.
"""

import os
from pathlib import Path

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsProperty,
    QgsRasterDataProvider,
    QgsRasterLayer,
    QgsRasterPipe,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSingleBandPseudoColorRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QSize, Qt
from qgis.PyQt.QtGui import QFont, QImageReader
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtXml import QDomDocument

from ..database.stored_texts import in_user_language
from ..layers import output_styles
from ..logic.inventory import data_model
from ..logic.reports import page_layout
from ..translate import tr, user_locale

LAYOUTS = Path(__file__).resolve().parents[2] / "resources" / "layouts"
MM = QgsUnitTypes.LayoutMillimeters
MODEL_LAYERS = {layer.name for layer in data_model.LAYERS}


def template_path(name):
    return LAYOUTS / f"{name}.qpt"


def load_template(project, name):
    """A print layout of ``project`` made from the template ``resources/layouts/<name>.qpt``."""
    path = template_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QgsProcessingException(tr(
            "The layout template {} cannot be read ({}): reinstall the plugin.")
            .format(path, error)) from error
    document = QDomDocument()
    parsed = document.setContent(text)
    layout = QgsPrintLayout(project)
    _, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not (parsed[0] if isinstance(parsed, tuple) else parsed) or not loaded:
        raise QgsProcessingException(tr(
            "The layout template {} is not a valid QGIS template: reinstall the plugin.")
            .format(path))
    return layout


def item(layout, item_id, kind):
    """The item ``item_id`` of ``layout`` if it is a ``kind``, else None (edited templates may
    lack optional items)."""
    found = layout.itemById(item_id)
    return found if isinstance(found, kind) else None


def set_texts(layout, title, subtitle, organisation, sources):
    """The layout variables the templates' labels show."""
    date = user_locale().toString(QDate.currentDate(), "d MMMM yyyy")
    values = {
        # for format_number() in the templates: numbers in the user's language
        "itinerance_language": user_locale().name()[:2],
        "itinerance_title": title,
        "itinerance_subtitle": subtitle,
        "itinerance_sources": tr("Sources: {}").format(sources) if sources else "",
        "itinerance_organisation_date": " · ".join(t for t in (organisation, date) if t),
    }
    for name, value in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    layout.setName(title)


def visible_layers(project):
    """The project's visible layers, in the layer tree's order (top first)."""
    if project is None:
        return []
    return [node.layer() for node in project.layerTreeRoot().findLayers()
            if node.isVisible() and node.layer() is not None and node.layer().isValid()]


def map_layers(given, loaded, project, feedback):
    """The layers to draw: ``loaded`` (from the ``given`` list of layer references) points over
    lines over areas over rasters, or, when nothing was given, the project's visible layers in
    the Layers panel's order; tables (no geometry) are left out and named in the log. Raises
    when a given layer did not load."""
    if given:
        wanted = given if isinstance(given, (list, tuple)) else [given]
        if len(loaded) < len(wanted):
            raise QgsProcessingException(tr(
                "{} of the {} LAYERS could not be loaded: check the paths and layer names.")
                .format(len(wanted) - len(loaded), len(wanted)))
        kinds = [layer_kind(layer) for layer in loaded]
        layers = [loaded[i] for i in page_layout.drawing_order(kinds)]
    else:
        layers = visible_layers(project)
    for layer in layers:
        if layer_kind(layer) == "table":
            feedback.pushWarning(tr("{}: a table without geometry, left out of the map.")
                                 .format(layer.name()))
    return [layer for layer in layers if layer_kind(layer) != "table"]


def smooth_rasters(layers):
    """The layers, rasters replaced by copies read with bilinear resampling by GDAL: a 25 m DEM
    and its hillshade stay smooth at the 1:10,000 of a climb sheet. Returns (layers, copies)."""
    result, copies = [], []
    for layer in layers:
        provider = layer.dataProvider() if isinstance(layer, QgsRasterLayer) else None
        if provider is None or not provider.providerCapabilities() \
                & QgsRasterDataProvider.ProviderHintCanPerformProviderResampling:
            result.append(layer)
            continue
        copy = layer.clone()
        copy.setResamplingStage(QgsRasterPipe.ResamplingStage.Provider)
        copy.dataProvider().enableProviderResampling(True)
        copy.dataProvider().setZoomedInResamplingMethod(
            QgsRasterDataProvider.ResamplingMethod.Bilinear)
        copy.dataProvider().setZoomedOutResamplingMethod(
            QgsRasterDataProvider.ResamplingMethod.Bilinear)
        result.append(copy)
        copies.append(copy)
    return result, copies


def unloadable(values, context):
    """The layer references among ``values`` (paths, names, ids) that load no layer."""
    if not values:
        return []
    values = values if isinstance(values, (list, tuple)) else [values]
    return [str(value) for value in values if isinstance(value, str)
            and QgsProcessingUtils.mapLayerFromString(value, context) is None]


def layer_kind(layer):
    if isinstance(layer, QgsRasterLayer):
        return "raster"
    if isinstance(layer, QgsVectorLayer):
        if not layer.isSpatial():
            return "table"
        return {QgsWkbTypes.PointGeometry: "point", QgsWkbTypes.LineGeometry: "line",
                QgsWkbTypes.PolygonGeometry: "polygon"}.get(layer.geometryType(), "other")
    return "other"  # mesh, vector tiles, point clouds: drawn, between areas and rasters


def combined_extent(layers, crs, project):
    """The union of the layers' extents in ``crs``; layers with no features are left out."""
    extent = QgsRectangle()
    extent.setMinimal()
    context = project.transformContext() if project is not None \
        else QgsCoordinateTransformContext()
    for layer in layers:
        box = layer.extent()
        if box.isNull() or isinstance(layer, QgsVectorLayer) and layer.featureCount() == 0:
            continue
        if layer.crs() != crs and layer.crs().isValid() and crs.isValid():
            box = QgsCoordinateTransform(layer.crs(), crs, context).transformBoundingBox(box)
        extent.combineExtentWith(box)
    return extent


def padded(extent, factor):
    """``extent`` grown by ``factor`` around its centre; a point becomes a 1 km square."""
    if extent.isNull():
        return extent
    result = QgsRectangle(extent)
    if result.width() == 0 and result.height() == 0:
        result.grow(500.0)
    result.scale(factor)
    return result


def show_layers(map_item, layers, crs, extent=None):
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setKeepLayerStyles(False)
    if extent is not None and not extent.isNull():
        if map_item.extent().isEmpty():  # zoomToExtent keeps the current, unset, ratio
            map_item.setExtent(fitted(extent, map_item.rect().width() / map_item.rect().height()))
        map_item.zoomToExtent(extent)


def fitted(extent, ratio):
    """``extent`` grown to the width / height ``ratio`` around its centre."""
    centre, width, height = extent.center(), extent.width(), extent.height()
    width, height = max(width, height * ratio), max(height, width / ratio)
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def quiet_copies(layers):
    """Copies of the polygon and line layers (and rasters as they are) for a locator map."""
    copies = []
    for layer in layers:
        kind = layer_kind(layer)
        if kind in ("polygon", "line"):
            copy = layer.clone()
            output_styles.plain_background(copy)
            copies.append(copy)
        elif kind == "raster":
            copies.append(layer)
    # areas under lines, rasters at the bottom
    kinds = [layer_kind(layer) for layer in copies]
    return [copies[i] for i in page_layout.drawing_order(kinds)]


def show_locator(locator, layers, crs, territory):
    """The locator map: quiet copies of ``layers`` over the whole ``territory``; returns the
    copies (keep them alive until the export is done)."""
    background = quiet_copies(layers)
    show_layers(locator, background, crs, padded(territory, 1.08))
    return background


def fill_legend(legend, entries, title):
    """The legend lists ``entries`` ((layer, name or None) pairs), nothing else (rasters with
    nothing to show, like a hillshade, are left out); the template filters it by the map's
    content."""
    legend.setTitle(title)
    legend.setAutoUpdateModel(False)
    legend.setWrapString("\n")  # long layer names are wrapped (not stored in templates)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer, name in entries:
        if isinstance(layer, QgsRasterLayer) and not layer.renderer().legendSymbologyItems():
            continue
        node = QgsLayerTreeLayer(layer)
        node.setCustomProperty(TITLE_PROPERTY, name or legend_title(layer)
                               or in_user_language(layer.name()))
        items = [item.data(Qt.DisplayRole) for item in
                 layer.legend().createLayerTreeModelLegendNodes(node)] \
            if layer.legend() is not None else []
        for index, text in enumerate(items):
            # value-list labels stored in the language the database was written in
            if in_user_language(text) != text:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index,
                                                              in_user_language(text))
        if isinstance(layer, QgsRasterLayer) and isinstance(
                layer.renderer(), QgsSingleBandPseudoColorRenderer) and len(items) > 1:
            # the ramp without its "Band 1 (Gray)" heading: the layer's name says what it is
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(items))))
        root.addChildNode(node)
    wrap_titles(legend, 1.0, 1)
    legend.updateLegend()


TITLE_PROPERTY = "itinerance/legend-title"


def wrap_titles(legend, scale, columns):
    """Layer titles on lines that fit a column (about 0.2 mm per point of type and
    character)."""
    width = _mm_rect(legend.layout(), legend)[2] / columns
    size = legend.styleFont(QgsLegendStyle.Group).pointSizeF() * scale
    max_chars = max(12, int(width / (0.2 * size)))
    for node in legend.model().rootGroup().findLayers():
        title = node.customProperty(TITLE_PROPERTY)
        if title:
            node.setCustomProperty("legend/title-label", page_layout.wrap_label(title, max_chars))


def legend_title(layer):
    """The title of a data-model layer named after its table (``aires``…): the GeoPackage's
    title for it (Cyclist rest areas…), in the user's language if the plugin wrote it; None
    for any other layer."""
    if layer.name() in MODEL_LAYERS and layer.metadata().title():
        return in_user_language(layer.metadata().title())
    return None


LEGEND_FONTS = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                QgsLegendStyle.SymbolLabel)
# tried in turn until the legend fits: text size factor, columns
LEGEND_FITS = tuple((scale, columns) for scale in (1.0, 0.9, 0.8, 0.7, 0.6)
                    for columns in (1, 2, 3))


def fit_legend(layout, legend, atlas=None):
    """Shrink the legend's text and spread it over columns until it fits its frame on every
    page (the template's sizes at most). Returns False when even the smallest does not fit."""
    frame = legend.sizeWithUnits()
    width, height = _mm_rect(layout, legend)[2:]
    fonts = {style: QFont(legend.styleFont(style)) for style in LEGEND_FONTS}
    symbol_size = legend.symbolWidth(), legend.symbolHeight()
    exporter = QgsLayoutExporter(layout)

    def apply(scale, columns):
        for style, font in fonts.items():
            scaled = QFont(font)
            scaled.setPointSizeF(font.pointSizeF() * scale)
            legend.setStyleFont(style, scaled)
        legend.setSymbolWidth(symbol_size[0] * scale)
        legend.setSymbolHeight(symbol_size[1] * scale)
        legend.setColumnCount(columns)
        wrap_titles(legend, scale, columns)

    def fits():
        legend.setResizeToContents(True)
        legend.adjustBoxSize()
        size = layout.convertToLayoutUnits(legend.sizeWithUnits())
        legend.setResizeToContents(False)
        legend.attemptResize(frame)
        return size.width() <= width + 0.01 and size.height() <= height + 0.01

    def fitting_options():
        # painting the legend filters it by the map's content on this page
        exporter.renderRegionToImage(legend.sceneBoundingRect(), QSize(), 96)
        fitting = set()
        for index, option in enumerate(LEGEND_FITS):
            apply(*option)
            if fits():
                fitting.add(index)
        return fitting

    # per option, on how many pages it fits; the largest type that fits them all wins
    pages = atlas.count() if atlas is not None else 1
    counts = [0] * len(LEGEND_FITS)
    if atlas is not None:
        atlas.beginRender()
    for page in range(pages):
        if atlas is not None:
            atlas.seekTo(page)
        for index in fitting_options():
            counts[index] += 1
    if atlas is not None:
        atlas.endRender()
    best = max(range(len(LEGEND_FITS)), key=lambda index: (counts[index], -index))
    apply(*LEGEND_FITS[best])
    return counts[best] == pages


def merge_into(layout, keep, drop, avoid=()):
    """Hide ``drop`` and let ``keep`` take its place too (their bounding rectangle), unless
    that rectangle would run over a visible item of ``avoid``. Returns whether it did."""
    x0, y0, w0, h0 = _mm_rect(layout, keep)
    x1, y1, w1, h1 = _mm_rect(layout, drop)
    left, top = min(x0, x1), min(y0, y1)
    right, bottom = max(x0 + w0, x1 + w1), max(y0 + h0, y1 + h1)
    for other in avoid:
        if other is not None and other.isVisible():
            x, y, w, h = _mm_rect(layout, other)
            if x < right and left < x + w and y < bottom and top < y + h:
                return False
    drop.setVisibility(False)
    keep.attemptMove(QgsLayoutPoint(left, top, MM))
    keep.attemptResize(QgsLayoutSize(right - left, bottom - top, MM))
    return True


def _mm_rect(layout, layout_item):
    position = layout.convertToLayoutUnits(layout_item.positionWithUnits())
    size = layout.convertToLayoutUnits(layout_item.sizeWithUnits())
    return position.x(), position.y(), size.width(), size.height()


def _aspect_ratio(path):
    if str(path).lower().endswith(".svg"):
        size = QSvgRenderer(str(path)).defaultSize()
    else:
        size = QImageReader(str(path)).size()
    if size.width() <= 0 or size.height() <= 0:
        raise QgsProcessingException(tr(
            "The logo {} cannot be read: give PNG, JPEG or SVG files.").format(path))
    return size.width() / size.height()


def place_logos(layout, paths):
    """Partner logos side by side (or in rows) inside the template's ``logos`` zone."""
    zone = item(layout, "logos", QgsLayoutItemShape)
    if zone is None:
        return 0
    zone.setVisibility(False)
    ratios = [_aspect_ratio(path) for path in paths]
    boxes = page_layout.logo_boxes(_mm_rect(layout, zone), ratios)
    for path, (x, y, width, height) in zip(paths, boxes):
        picture = QgsLayoutItemPicture(layout)
        picture.setPicturePath(str(path))
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        layout.addLayoutItem(picture)
        picture.attemptMove(QgsLayoutPoint(x, y, MM))
        picture.attemptResize(QgsLayoutSize(width, height, MM))
    return len(boxes)


def round_scale_bar(layout):
    """Segments of 1, 2, 2.5 or 5 × 10^k m or km on the ``scalebar`` for the main map's scale
    (QGIS's own fitting gives segments like 0.19 km)."""
    bar = item(layout, "scalebar", QgsLayoutItemScaleBar)
    main = item(layout, "main_map", QgsLayoutItemMap)
    if bar is None or main is None or not main.scale() > 0:
        return
    segment, count, unit = page_layout.scale_bar(main.scale())
    kilometres = unit == "km"
    bar.setUnits(QgsUnitTypes.DistanceKilometers if kilometres else QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel(unit)
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(count)
    bar.setUnitsPerSegment(segment / 1000.0 if kilometres else segment)
    for scale_item in (bar, item(layout, "scale_numeric", QgsLayoutItemScaleBar)):
        if scale_item is not None:
            localise_numbers(scale_item)
    bar.refreshItemSize()


def localise_numbers(scale_item):
    """The scale bar's numbers (2,5 km; 1:25 000) with the separators of the user's language,
    which qgis_process, set to French, would otherwise print the English way."""
    number_format = scale_item.numericFormat().clone()
    if isinstance(number_format, QgsBasicNumericFormat):
        locale = user_locale()
        number_format.setDecimalSeparator(locale.decimalPoint())
        number_format.setThousandsSeparator(locale.groupSeparator())
        scale_item.setNumericFormat(number_format)


def fill_table(layout, item_id, layer, columns, caption, empty, feature_filter):
    """The attribute table ``item_id`` shows the features of ``layer`` that pass
    ``feature_filter`` (an expression, e.g. the page's), ``columns`` ((heading, expression)
    pairs) and ``empty`` when there is none; its label ``<item_id>_caption`` says
    ``caption``."""
    label = item(layout, f"{item_id}_caption", QgsLayoutItemLabel)
    if label is not None:
        label.setText(caption)
    frame = layout.itemById(item_id)
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemAttributeTable):
        return
    table.setVectorLayer(layer)
    table.setFilterFeatures(True)
    table.setFeatureFilter(feature_filter)
    table.setMaximumNumberOfFeatures(1000)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage(empty)
    table_columns = []
    for heading, expression in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        table_columns.append(column)
    table.setColumns(table_columns)
    table.refreshAttributes()


def leave_out_when_null(layout, prefix, field):
    """The items ``prefix``, ``prefix_caption``, ``prefix_bar`` and ``prefix_box`` (a figure
    and its frame) left out of the pages where ``field`` is NULL."""
    hidden = QgsProperty.fromExpression(f"{QgsExpression.quotedColumnRef(field)} IS NULL")
    for suffix in ("", "_caption", "_bar", "_box"):
        found = layout.itemById(prefix + suffix)
        if found is not None:
            found.dataDefinedProperties().setProperty(QgsLayoutObject.ExcludeFromExports,
                                                      hidden)


def start_atlas(layout, coverage, page_name_expression, margin):
    """One page per feature of ``coverage``; ``main_map`` follows the page's feature."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression(page_name_expression or "")
    atlas.setHideCoverage(False)
    atlas.setEnabled(True)
    main = item(layout, "main_map", QgsLayoutItemMap)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(margin)
    if not atlas.updateFeatures():
        raise QgsProcessingException(tr("The coverage layer {} has no features: give a layer "
                                        "with at least one polygon.").format(coverage.name()))
    # the map is framed on the page's feature first (it connected first), then its scale is
    # rounded up, which keeps the whole feature in view, and the bar follows
    atlas.featureChanged.connect(lambda _feature: round_map_scale(layout))
    return atlas


def round_map_scale(layout):
    """The main map at the round scale at or just above its own (the same centre, so all it
    was framed on stays in view), and the scale bar in round segments for it."""
    main = item(layout, "main_map", QgsLayoutItemMap)
    if main is not None and main.scale() > 0:
        main.setScale(page_layout.round_scale(main.scale()))
    round_scale_bar(layout)


def check_output(path):
    """Refuse before rendering an output that cannot be written."""
    if page_layout.output_format(path) is None:
        raise QgsProcessingException(tr(
            "The output {} must end in .pdf or .png.").format(path))
    folder = Path(path).resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise QgsProcessingException(tr(
            "Cannot write {}: the folder {} does not exist or is not writable; choose another "
            "output file.").format(path, folder))


def _raise_for(result, error, path):
    if result == QgsLayoutExporter.Success:
        return
    if result == QgsLayoutExporter.FileError:
        raise QgsProcessingException(tr(
            "Cannot write {}: check that the folder exists, that you may write there and that "
            "the file is not open in another program.").format(path))
    if result == QgsLayoutExporter.Canceled:
        raise QgsProcessingException(tr("The export was cancelled."))
    raise QgsProcessingException(tr("The export of {} failed ({}).").format(path, error or
                                                                           result))


def export(layout, output, dpi, atlas=None, feedback=None):
    """Write the layout (every atlas page when ``atlas``) to ``output``, a PDF (one file) or
    PNG (one file per page). Returns the files written."""
    check_output(output)
    if page_layout.output_format(output) == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable text
        if atlas is not None:
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(output), settings, feedback)
        else:
            result, error = QgsLayoutExporter(layout).exportToPdf(str(output), settings), ""
        _raise_for(result, error, output)
        return [Path(output)]
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.appendGeoreference = False  # GDAL cannot update a PNG: it would only log an error
    if atlas is None:
        _raise_for(QgsLayoutExporter(layout).exportToImage(str(output), settings), "", output)
        return [Path(output)]
    files = page_layout.page_files(output, atlas.count())
    atlas.beginRender()
    try:
        for number, path in enumerate(files):
            if feedback is not None:
                if feedback.isCanceled():
                    _raise_for(QgsLayoutExporter.Canceled, "", path)
                feedback.setProgress(100.0 * number / len(files))
            atlas.seekTo(number)
            _raise_for(QgsLayoutExporter(layout).exportToImage(str(path), settings), "", path)
    finally:
        atlas.endRender()
    return files
