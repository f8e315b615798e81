"""itinerance:exportcontractmap: contract maps from the plugin's print layout templates."""

from qgis.core import (
    QgsExpression,
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
)

from .. import output_styles
from ..logic import page_layout
from . import print_layouts
from .base import field_or_default
from .layout_export import LayoutExport
from .output_recognition import style_analysis_output

TEMPLATES = ("contract_a4_portrait", "contract_a4_landscape", "contract_a3_landscape")


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

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "A map for a contract document (contrat de destination touristique, yearly review) "
            "from the plugin's print layout templates: title, subtitle, main map at a round "
            "scale (1:10,000, 1:12,500, 1:15,000, 1:20,000, 1:25,000… on every page), locator "
            "map, legend limited to what the map shows and in the user's language, scale bar "
            "with round segments, north arrow, sources and credits, organisation and date, "
            "partner logos, page numbers. With a coverage layer, an atlas: one page per "
            "territory (EPCI, commune).\n\n"
            "Parameters\n"
            "- Title (TITLE): required.\n"
            "- Subtitle (SUBTITLE), Organisation (ORGANISATION, shown with the date at the foot "
            "of the page): optional.\n"
            "- Layout (LAYOUT): 0 A4 portrait, 1 A4 landscape (default), 2 A3 landscape.\n"
            "- Layers (LAYERS): layers of the project (by name or id) or files. Default: the "
            "project's visible layers, in the order of the Layers panel. Given layers are drawn "
            "points over lines over areas over rasters, in the given order within each kind. "
            "Analysis outputs read from files (airesgap, accueilvelocoverage, slopeprofile, "
            "trameconnectivity) get their algorithm's style and name in the legend; the "
            "project's layers keep their own style.\n"
            "- Coverage (COVERAGE): a polygon layer, e.g. perimetres: one page per feature, the "
            "map framed on it, the rest veiled. Default: none, a single page.\n"
            "- Page name field (PAGE_NAME_FIELD): names each page in its header. Default: name "
            "when the coverage has it, else the feature id.\n"
            "- Extent (EXTENT): the extent of the single page, without coverage. Default: all "
            "the layers.\n"
            "- Resolution (DPI): of the rasters in the PDF and of PNG pages. Default 300, print "
            "quality.\n"
            "- Sources and credits (SOURCES): default: the rights, licences and attribution "
            "the layers shown declare in their metadata (Layer Properties, Metadata, Access), "
            "each once; nothing for a layer that declares nothing.\n"
            "- Partner logos (LOGOS): PNG, JPEG or SVG files. Default: none; the legend then "
            "takes their place.\n"
            "- Map (OUTPUT): a .pdf file (every page in one file) or a .png file (one file per "
            "page, numbered _01, _02… for an atlas).\n\n"
            "Results: OUTPUT (the PDF, or the first PNG), PAGE_COUNT, FILES (every file written, "
            "separated by ;).\n"
            "From qgis_process, give the project with --PROJECT_PATH so that LAYERS can name its "
            "layers, and repeat --LAYERS= and --LOGOS= for each layer or logo.\n\n"
            "Example on the sample territory (make demo writes it to build/sample and the "
            "analyses to build/demo):\n"
            "qgis_process.bin --json run itinerance:exportcontractmap "
            "--PROJECT_PATH=build/sample/itinerance_sample.qgz "
            "--TITLE='Réseau points-nœuds : distance aux aires' --LAYOUT=1 "
            "--LAYERS=build/demo/airesgap_output.gpkg "
            "--LAYERS=build/demo/airesgap_suggestions.gpkg "
            "--LAYERS=aires --LAYERS=itineraires '--LAYERS=Relief (DEM)' --LAYERS=Hillshade "
            "--COVERAGE='build/sample/itinerance_sample.gpkg|layername=perimetres' "
            "--PAGE_NAME_FIELD=name --OUTPUT=contrat_perimetres.pdf\n"
            "It writes 23 A4 landscape pages, one per EPCI and commune, in about 12 s.\n\n"
            "More: the Help button opens the page of this algorithm in the plugin's "
            "documentation, docs/algorithms/exportcontractmap.md.")

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
        legend_entries = []
        for layer in layers:
            in_project = project is not None and project.mapLayer(layer.id()) is not None
            name = None if in_project else style_analysis_output(layer)
            legend_entries.append((layer, name))
        layout = self.start_layout(
            parameters, context, self.parameterAsString(parameters, self.SUBTITLE, context),
            layers + [coverage], feedback)

        main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
        all_layers = layers + ([coverage] if coverage is not None else [])
        territory = print_layouts.combined_extent(all_layers, crs, project)
        atlas = None
        if coverage is not None:
            focus = coverage.clone()
            output_styles.atlas_focus(focus)
            keep_alive.append(focus)
            print_layouts.show_layers(main, [focus] + layers, crs)
            atlas = print_layouts.start_atlas(layout, coverage,
                                              self.page_name(parameters, context, coverage), 0.08)
            if parameters.get(self.EXTENT):
                feedback.pushWarning(self.tr("EXTENT is ignored: the coverage frames each page."))
        else:
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs) \
                if parameters.get(self.EXTENT) else print_layouts.padded(territory, 1.05)
            if extent.isNull() or extent.isEmpty():
                raise QgsProcessingException(self.tr(
                    "The layers have no features to show: give an EXTENT or other LAYERS."))
            print_layouts.show_layers(main, layers, crs, extent)
            print_layouts.round_map_scale(layout)
        locator = print_layouts.item(layout, "locator_map", QgsLayoutItemMap)
        legend = print_layouts.item(layout, "legend", QgsLayoutItemLegend)
        if locator is not None:
            shown = main.extent()
            if atlas is None and page_layout.covered_share(
                    (shown.xMinimum(), shown.yMinimum(), shown.xMaximum(), shown.yMaximum()),
                    (territory.xMinimum(), territory.yMinimum(), territory.xMaximum(),
                     territory.yMaximum())) > 0.8:
                # the map shows (nearly) all there is: the locator would repeat it
                if legend is not None:
                    print_layouts.merge_into(layout, legend, locator)
                else:
                    locator.setVisibility(False)
            else:
                keep_alive.extend(print_layouts.show_locator(
                    locator, [coverage] if coverage else layers, crs, territory))
        zone = print_layouts.item(layout, "logos", QgsLayoutItemShape)
        if legend is not None and zone is not None and not self.logos(parameters, context):
            print_layouts.merge_into(layout, legend, zone, avoid=[locator])
        if legend is not None:
            print_layouts.fill_legend(legend, legend_entries, self.tr("Legend"))
            if not print_layouts.fit_legend(layout, legend, atlas):
                feedback.pushWarning(self.tr(
                    "The legend does not fit in its frame even in small type: show fewer "
                    "layers or choose a larger layout (A3)."))
        return self.render(layout, output, parameters, context, atlas, feedback)

    def rendering_message(self):
        return self.tr("Rendering {} page(s) at {} dpi…")

    # --- helpers ---------------------------------------------------------------------------

    def default_layers(self, parameters, context):
        raise QgsProcessingException(self.tr(
            "No layer to show: LAYERS is empty and the project shows no layer. Give LAYERS, "
            "or a project with visible layers (qgis_process: --PROJECT_PATH=project.qgz)."))

    def page_name(self, parameters, context, coverage):
        field = field_or_default(
            coverage, self.parameterAsString(parameters, self.PAGE_NAME_FIELD, context), "name")
        return QgsExpression.quotedColumnRef(field) if field else ""
