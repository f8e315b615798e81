"""itinerance:exportcontractmap: contract maps from the plugin's print layout templates."""

from qgis.core import (
    NULL,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemShape,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from ..layers import output_styles
from ..layers.geometry_io import field_or_default
from ..layouts import print_layouts
from ..logic.reports import page_layout
from ..logic.reports.output_signatures import recognise, served_distance
from .accueil_velo_coverage import AccueilVeloCoverage
from .aires_gap import AiresGap
from .layout_export import LayoutExport
from .slope_profile import SlopeProfile
from .trame_connectivity import TrameConnectivity

TEMPLATES = ("contract_a4_portrait", "contract_a4_landscape", "contract_a3_landscape")


# Analysis outputs read from files get their algorithm's own style and legend name: a
# GeoPackage written by qgis_process carries no style, so the export recognises it by its fields
# (logic.reports.output_signatures) and calls the style function its algorithm applies when
# Processing loads the output into a project: one renderer code path.

ALGORITHMS = {"airesgap": AiresGap, "accueilvelocoverage": AccueilVeloCoverage,
              "slopeprofile": SlopeProfile, "trameconnectivity": TrameConnectivity}


def analysis_output(layer):
    """(algorithm id, output name) if ``layer`` is a spatial analysis output, else None."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
        return None
    return recognise(layer.fields().names())


def _plain(value):
    return None if value is None or value == NULL else value


def _max_distance(layer):
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(["dist_max_m", "covered"], layer.fields())
    pairs = [(_plain(f["dist_max_m"]), bool(_plain(f["covered"])))
             for f in layer.getFeatures(request)]
    return served_distance([d for d, _ in pairs], [c for _, c in pairs])


def style_analysis_output(layer):
    """Style ``layer`` as its algorithm does when it is an analysis output; returns the
    output's translated description (for the legend), or None when not recognised."""
    found = analysis_output(layer)
    if found is None:
        return None
    algorithm_id, output = found
    algorithm = ALGORITHMS[algorithm_id]()
    if algorithm_id == "airesgap":  # the distance bands need MAX_DISTANCE, read back
        styles = algorithm.styles(_max_distance(layer) if output == "OUTPUT" else None)
    else:
        styles = algorithm.styles()
    if styles.get(output) is None:
        return None
    styles[output](layer)
    algorithm.initAlgorithm()
    return algorithm.parameterDefinition(output).description()


class ExportContractMap(LayoutExport):
    # the page parameters LayoutExport declares (and translates)
    PARAMETERS_OF = {"LayoutExport": ("LAYOUT", "ORGANISATION", "DPI", "SOURCES", "LOGOS")}
    SUBTITLE = "SUBTITLE"
    COVERAGE = "COVERAGE"
    PAGE_NAME_FIELD = "PAGE_NAME_FIELD"
    EXTENT = "EXTENT"
    TEMPLATES = TEMPLATES
    ICON = "exportcontractmap.svg"

    def name(self):
        return "exportcontractmap"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Contract map (PDF, atlas per territory)")

    def group(self):
        return self.tr("Map exports")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title")))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, self.tr("Subtitle"), optional=True))
        self.addParameter(self.organisation_parameter())
        self.addParameter(self.layout_parameter(1))
        self.addParameter(self.layers_parameter(
            self.tr("Layers (default: the project's visible layers)")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.COVERAGE, self.tr("Coverage: one page per feature (e.g. perimetres)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PAGE_NAME_FIELD, self.tr("Page name field (default: name)"),
            parentLayerParameterName=self.COVERAGE, optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (without coverage; default: all the layers)"),
            optional=True))
        self.add_rendering_parameters(self.tr("Map"))
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", self.tr("Pages")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def layout_names(self):
        return [self.tr("A4 portrait"), self.tr("A4 landscape"), self.tr("A3 landscape")]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        output = self.output_file(parameters, context)
        layers, keep_alive = self.shown_layers(parameters, context, feedback)
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context)
        if parameters.get(self.COVERAGE) and coverage is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COVERAGE))
        crs = self.page_crs(project, coverage or layers[0])
        legend_entries = [(layer, self.legend_name(project, layer)) for layer in layers]
        layout = self.start_layout(
            parameters, context, self.parameterAsString(parameters, self.SUBTITLE, context),
            layers + [coverage], feedback)
        territory = print_layouts.combined_extent(
            layers + ([coverage] if coverage is not None else []), crs, project)
        atlas = self.frame_pages(parameters, context, layout, layers, coverage, crs, territory,
                                 keep_alive, feedback)
        self.place_locator(layout, atlas, layers, coverage, crs, territory, keep_alive)
        self.place_legend(parameters, context, layout, legend_entries, atlas, feedback)
        return self.render(layout, output, parameters, context, atlas, feedback)

    def rendering_message(self):
        return self.tr("Rendering {} page(s) at {} dpi…")

    # --- the page ------------------------------------------------------------------------

    def legend_name(self, project, layer):
        """The legend name of an analysis output read from a file (styled as its algorithm
        styles it); None for a layer of the project, which keeps its own."""
        in_project = project is not None and project.mapLayer(layer.id()) is not None
        return None if in_project else style_analysis_output(layer)

    def frame_pages(self, parameters, context, layout, layers, coverage, crs, territory,
                    keep_alive, feedback):
        """The main map: an atlas page per coverage feature (the atlas returned), else one
        page on EXTENT or on all the layers (None returned)."""
        main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
        if coverage is not None:
            focus = coverage.clone()
            output_styles.atlas_focus(focus)
            keep_alive.append(focus)
            print_layouts.show_layers(main, [focus] + layers, crs)
            atlas = print_layouts.start_atlas(layout, coverage,
                                              self.page_name(parameters, context, coverage), 0.08)
            if parameters.get(self.EXTENT):
                feedback.pushWarning(self.tr("EXTENT is ignored: the coverage frames each page."))
            return atlas
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs) \
            if parameters.get(self.EXTENT) else print_layouts.padded(territory, 1.05)
        if extent.isNull() or extent.isEmpty():
            raise QgsProcessingException(self.tr(
                "The layers have no features to show: give an EXTENT or other LAYERS."))
        print_layouts.show_layers(main, layers, crs, extent)
        print_layouts.round_map_scale(layout)
        return None

    def place_locator(self, layout, atlas, layers, coverage, crs, territory, keep_alive):
        """The locator map shows where the page lies; a page that shows (nearly) all there is
        needs none: the legend (else nothing) takes its place."""
        main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
        locator = print_layouts.item(layout, "locator_map", QgsLayoutItemMap)
        legend = print_layouts.item(layout, "legend", QgsLayoutItemLegend)
        if locator is None:
            return
        shown = main.extent()
        if atlas is None and page_layout.covered_share(
                (shown.xMinimum(), shown.yMinimum(), shown.xMaximum(), shown.yMaximum()),
                (territory.xMinimum(), territory.yMinimum(), territory.xMaximum(),
                 territory.yMaximum())) > 0.8:
            if legend is not None:
                print_layouts.merge_into(layout, legend, locator)
            else:
                locator.setVisibility(False)
        else:
            keep_alive.extend(print_layouts.show_locator(
                locator, [coverage] if coverage else layers, crs, territory))

    def place_legend(self, parameters, context, layout, legend_entries, atlas, feedback):
        """The legend, in the logos' place too when there are no logos, fitted to its
        frame."""
        legend = print_layouts.item(layout, "legend", QgsLayoutItemLegend)
        if legend is None:
            return
        zone = print_layouts.item(layout, "logos", QgsLayoutItemShape)
        if zone is not None and not self.logos(parameters, context):
            locator = print_layouts.item(layout, "locator_map", QgsLayoutItemMap)
            print_layouts.merge_into(layout, legend, zone, avoid=[locator])
        print_layouts.fill_legend(legend, legend_entries, self.tr("Legend"))
        if not print_layouts.fit_legend(layout, legend, atlas):
            feedback.pushWarning(self.tr(
                "The legend does not fit in its frame even in small type: show fewer "
                "layers or choose a larger layout (A3)."))

    # --- helpers ---------------------------------------------------------------------------

    def default_layers(self, parameters, context):
        raise QgsProcessingException(self.tr(
            "No layer to show: LAYERS is empty and the project shows no layer. Give LAYERS, "
            "or a project with visible layers (qgis_process: --PROJECT_PATH=project.qgz)."))

    def page_name(self, parameters, context, coverage):
        field = field_or_default(
            coverage, self.parameterAsString(parameters, self.PAGE_NAME_FIELD, context), "name")
        return QgsExpression.quotedColumnRef(field) if field else ""
