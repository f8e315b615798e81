"""itinerance:exportcontractmap: contract maps from the plugin's print layout templates."""

from qgis.core import (
    QgsExpression,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemShape,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .. import output_styles
from ..logic import page_layout
from . import map_credits, print_layouts
from .base import ItineranceAlgorithm
from .output_recognition import style_analysis_output

TEMPLATES = ("contract_a4_portrait", "contract_a4_landscape", "contract_a3_landscape")


class ExportContractMap(ItineranceAlgorithm):
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    ORGANISATION = "ORGANISATION"
    LAYOUT = "LAYOUT"
    LAYERS = "LAYERS"
    COVERAGE = "COVERAGE"
    PAGE_NAME_FIELD = "PAGE_NAME_FIELD"
    EXTENT = "EXTENT"
    DPI = "DPI"
    SOURCES = "SOURCES"
    LOGOS = "LOGOS"
    OUTPUT = "OUTPUT"
    ICON = "exportcontractmap.svg"

    def name(self):
        return "exportcontractmap"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Contract map (PDF, atlas per territory)")

    def group(self):
        return self.tr("Map exports")

    def groupId(self):  # noqa: N802 - QGIS API
        return "exports"

    def flags(self):
        # layouts render on the main thread in QGIS (qgis_process has no threads anyway)
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

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
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LAYOUT, self.tr("Layout"), self.layout_names(), defaultValue=1))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers (default: the project's visible layers)"),
            QgsProcessing.TypeMapLayer, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.COVERAGE, self.tr("Coverage: one page per feature (e.g. perimetres)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PAGE_NAME_FIELD, self.tr("Page name field (default: name)"),
            parentLayerParameterName=self.COVERAGE, optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (without coverage; default: all the layers)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, 300,
            minValue=72, maxValue=1200))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources and credits (default: those the layers declare)"),
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LOGOS, self.tr("Partner logos (PNG, JPEG or SVG files)"),
            QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map"), self.tr("PDF files (*.pdf);;PNG images (*.png)")))
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", self.tr("Pages")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def layout_names(self):
        return [self.tr("A4 portrait"), self.tr("A4 landscape"), self.tr("A3 landscape")]

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        layout = parameters.get(self.LAYOUT)
        if layout is not None and str(layout) not in {str(i) for i in range(len(TEMPLATES))}:
            choices = ", ".join(f"{i} ({name})" for i, name in enumerate(self.layout_names()))
            return False, self.tr("Unknown layout {}: choose {}.").format(layout, choices)
        missing = print_layouts.unloadable(parameters.get(self.LAYERS), context)
        if missing:
            return False, self.tr("LAYERS: cannot load {}; check the paths and layer names.") \
                .format(", ".join(missing))
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        print_layouts.check_output(output)
        layers = self.map_layers(parameters, context, project, feedback)
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context)
        if parameters.get(self.COVERAGE) and coverage is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.COVERAGE))
        logos = [path for path in self.parameterAsFileList(parameters, self.LOGOS, context)
                 if path]
        dpi = self.parameterAsInt(parameters, self.DPI, context)

        layout = print_layouts.load_template(
            project, TEMPLATES[self.parameterAsEnum(parameters, self.LAYOUT, context)])
        crs = project.crs() if project is not None and project.crs().isValid() \
            else (coverage or layers[0]).crs()
        layers, keep_alive = print_layouts.smooth_rasters(layers)
        legend_entries = []
        for layer in layers:
            in_project = project is not None and project.mapLayer(layer.id()) is not None
            name = None if in_project else style_analysis_output(layer)
            legend_entries.append((layer, name))
        print_layouts.set_texts(
            layout, self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.SUBTITLE, context),
            self.parameterAsString(parameters, self.ORGANISATION, context),
            map_credits.credit_line(self.parameterAsString(parameters, self.SOURCES, context),
                                    layers + [coverage], feedback))

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
        if legend is not None and zone is not None and not logos:
            print_layouts.merge_into(layout, legend, zone, avoid=[locator])
        if legend is not None:
            print_layouts.fill_legend(legend, legend_entries, self.tr("Legend"))
            if not print_layouts.fit_legend(layout, legend, atlas):
                feedback.pushWarning(self.tr(
                    "The legend does not fit in its frame even in small type: show fewer "
                    "layers or choose a larger layout (A3)."))
        print_layouts.place_logos(layout, logos)

        page_count = atlas.count() if atlas is not None else 1
        feedback.pushInfo(self.tr("Rendering {} page(s) at {} dpi…").format(page_count, dpi))
        files = print_layouts.export(layout, output, dpi, atlas, feedback)
        feedback.pushInfo(self.tr("Wrote {}.").format(", ".join(str(f) for f in files)))
        return {self.OUTPUT: str(files[0]), "PAGE_COUNT": page_count,
                "FILES": ";".join(str(f) for f in files)}

    # --- helpers ---------------------------------------------------------------------------

    def map_layers(self, parameters, context, project, feedback):
        layers = print_layouts.map_layers(
            parameters.get(self.LAYERS),
            self.parameterAsLayerList(parameters, self.LAYERS, context), project,
            feedback)
        if not layers:
            raise QgsProcessingException(self.tr(
                "No layer to show: LAYERS is empty and the project shows no layer. Give LAYERS, "
                "or a project with visible layers (qgis_process: --PROJECT_PATH=project.qgz)."))
        return layers

    def page_name(self, parameters, context, coverage):
        field = self.parameterAsString(parameters, self.PAGE_NAME_FIELD, context)
        if not field and coverage.fields().indexFromName("name") >= 0:
            field = "name"
        return QgsExpression.quotedColumnRef(field) if field else ""
