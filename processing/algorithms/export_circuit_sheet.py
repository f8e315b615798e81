"""itinerance:exportcircuitsheet: one A4 fiche circuit per circuit (map with the node numbers to
follow, profile chart, distance table, stops, figures), PDF or PNG."""

import uuid
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from .. import output_styles
from ..logic import profile_chart
from . import map_credits, print_layouts
from .base import ItineranceAlgorithm, advanced
from .build_circuit import BuildCircuit
from .sinks import TYPES

TEMPLATES = ("circuit_sheet_a4",)
ON_PAGE = "\"circuit\" = attribute(@atlas_feature, 'name')"  # rows of the page's circuit
# the inputs of buildcircuit this export passes on to it
CIRCUIT_INPUTS = ("NETWORK", "NODES", "NODE_FIELD", "NETWORK_FIELD", "NETWORK_NAME",
                  "SEQUENCE", "NAME", "SEQUENCE_FIELD", "NAME_FIELD", "DEM", "BAND", "AIRES",
                  "ESTABLISHMENTS", "LABEL_FIELD", "ACCESS_DISTANCE", "SURFACE_FIELD",
                  "MAX_NODE_DISTANCE", "SNAP_TOLERANCE", "STEP", "GRADE_WINDOW", "TARGET_CRS")


class ExportCircuitSheet(ItineranceAlgorithm):
    # buildcircuit's inputs, declared (and translated) by buildcircuit itself
    PARAMETERS_OF = {"buildcircuit": CIRCUIT_INPUTS}
    LAYOUT = "LAYOUT"
    LAYERS = "LAYERS"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    DPI = "DPI"
    SOURCES = "SOURCES"
    LOGOS = "LOGOS"
    OUTPUT = "OUTPUT"
    ICON = "exportcircuitsheet.svg"

    def name(self):
        return "exportcircuitsheet"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Circuit sheets (PDF)")

    def group(self):
        return self.tr("Map exports")

    def groupId(self):  # noqa: N802 - QGIS API
        return "exports"

    def flags(self):
        # layouts render on the main thread in QGIS (qgis_process has no threads anyway)
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "One A4 page per circuit (fiche circuit), for a tourist office or a rider: the "
            "circuit on a map with the node numbers to follow in order, the numbers written "
            "out (12 → 45 → 3 → 78 → 12), six figures (length, elevation gain and loss, "
            "steepest grade, aires and Accueil Vélo establishments along it), the profile chart "
            "coloured by grade, the distance table between the nodes and the aires and Accueil "
            "Vélo stops with their km. The circuits, figures and charts are those of Circuit "
            "from node numbers (itinerance:buildcircuit), run on the same inputs.\n\n"
            "Parameters\n"
            "- The circuit: NETWORK, NODES, NODE_FIELD, NETWORK_FIELD, NETWORK_NAME, SEQUENCE "
            "(node numbers such as 12-45-3-78-12, or a layer of sequences for one sheet per "
            "circuit), NAME, SEQUENCE_FIELD, NAME_FIELD, DEM and BAND (optional: without a DEM, "
            "no profile and no gain), AIRES, ESTABLISHMENTS, LABEL_FIELD, ACCESS_DISTANCE, "
            "SURFACE_FIELD, MAX_NODE_DISTANCE, SNAP_TOLERANCE, STEP, GRADE_WINDOW and "
            "TARGET_CRS: as in Circuit from node numbers.\n"
            "- Layout (LAYOUT): 0, the A4 portrait circuit sheet (default).\n"
            "- Background layers (LAYERS): layers of the project (by name or id) or files. "
            "Default: the project's visible layers; with neither, the network (and a hillshade "
            "of the DEM when there is one).\n"
            "- Title of the collection (TITLE): shown under each circuit's name. Default: "
            "Circuit sheets.\n"
            "- Organisation (ORGANISATION), Sources and credits (SOURCES, default: the rights, "
            "licences and attribution the layers shown, the network and the DEM declare in "
            "their metadata), Partner logos (LOGOS: PNG, JPEG or SVG files), Resolution (DPI, "
            "default 300): as in Contract map.\n"
            "- Circuit sheets (OUTPUT): a .pdf file (every sheet) or a .png file (one file per "
            "sheet, numbered _01, _02…).\n\n"
            "Results: OUTPUT (the PDF, or the first PNG), PAGE_COUNT, SKIPPED_COUNT (sequences "
            "of a layer that could not be built, named in the log), FILES (every file written, "
            "separated by ;). A single sequence that cannot be built stops the export with a "
            "message naming the number at fault.\n\n"
            "Example on the sample territory (make demo writes it to build/sample):\n"
            "qgis_process.bin --json run itinerance:exportcircuitsheet "
            "--PROJECT_PATH=build/sample/itinerance_sample.qgz --NETWORK=troncons "
            "--NODES=noeuds --NETWORK_FIELD=network --SEQUENCE=circuits "
            "--DEM=build/sample/dem.tif --AIRES=aires --ESTABLISHMENTS=etablissements "
            "--TITLE='Circuits points-nœuds · Cœur de Flandre' --OUTPUT=fiches_circuit.pdf\n"
            "It writes the 3 sheets of the sample's circuits layer in a few seconds; on the "
            "Boucle des Monts sheet: 36.5 km, 173 m gained and lost, 8.5 % over the steepest "
            "100 m, 5 aires along it, 12 legs in the distance table.\n\n"
            "More: the Help button opens the page of this algorithm in the plugin's "
            "documentation, docs/algorithms/exportcircuitsheet.md.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        # the circuit's inputs, as buildcircuit declares them
        circuit = BuildCircuit()
        circuit.initAlgorithm()
        for name in CIRCUIT_INPUTS:
            self.addParameter(circuit.parameterDefinition(name).clone())
        self.addParameter(QgsProcessingParameterEnum(
            self.LAYOUT, self.tr("Layout"), [self.tr("A4 portrait circuit sheet")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Background layers (default: the project's visible layers)"),
            QgsProcessing.TypeMapLayer, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title of the collection"), self.tr("Circuit sheets"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation"), optional=True))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, 300,
            minValue=72, maxValue=1200)))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources and credits (default: those the layers declare)"),
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LOGOS, self.tr("Partner logos (PNG, JPEG or SVG files)"),
            QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Circuit sheets"),
            self.tr("PDF files (*.pdf);;PNG images (*.png)")))
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", self.tr("Sheets")))
        self.addOutput(QgsProcessingOutputNumber(
            "SKIPPED_COUNT", self.tr("Circuits left out (named in the log)")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        layout = parameters.get(self.LAYOUT)
        if layout is not None and str(layout) not in {str(i) for i in range(len(TEMPLATES))}:
            return False, self.tr("Unknown layout {}: choose 0 (A4 portrait circuit sheet).") \
                .format(layout)
        missing = print_layouts.unloadable(parameters.get(self.LAYERS), context)
        if missing:
            return False, self.tr("LAYERS: cannot load {}; check the paths and layer names.") \
                .format(", ".join(missing))
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        print_layouts.check_output(output)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        built, with_dem = self.build(parameters, context, steps)
        circuits, legs, stops = built["OUTPUT"], built["LEGS"], built["STOPS"]
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)

        background = print_layouts.map_layers(
            parameters.get(self.LAYERS),
            self.parameterAsLayerList(parameters, self.LAYERS, context), project, feedback)
        background, keep_alive = print_layouts.smooth_rasters(background)
        if not background:
            background = self.default_background(parameters, context)
            keep_alive.extend(background)
        crs = project.crs() if project is not None and project.crs().isValid() \
            else circuits.crs()
        layout = print_layouts.load_template(
            project, TEMPLATES[self.parameterAsEnum(parameters, self.LAYOUT, context)])
        print_layouts.set_texts(
            layout, self.parameterAsString(parameters, self.TITLE, context), "",
            self.parameterAsString(parameters, self.ORGANISATION, context),
            map_credits.credit_line(
                self.parameterAsString(parameters, self.SOURCES, context),
                background + [self.parameterAsVectorLayer(parameters, "NETWORK", context),
                              self.parameterAsRasterLayer(parameters, "DEM", context)],
                feedback))
        self.set_captions(layout, self.parameterAsDouble(parameters, "GRADE_WINDOW", context))
        self.fill_tables(layout, legs, stops,
                         self.parameterAsDouble(parameters, "ACCESS_DISTANCE", context))
        chart = print_layouts.item(layout, "profile_chart", QgsLayoutItemPicture)
        if chart is not None and not with_dem:
            chart.setVisibility(False)  # no DEM, no profile
        nodes = self.node_layer(legs)
        keep_alive.append(nodes)
        circuit_on_page(circuits)
        nodes_on_page(nodes)
        stops_on_page(stops, self.tr("Aire"), self.tr("Accueil Vélo"))
        main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
        print_layouts.show_layers(main, [nodes, stops, circuits] + background, crs)
        atlas = print_layouts.start_atlas(layout, circuits, '"name"', 0.12)
        print_layouts.place_logos(layout, [path for path in self.parameterAsFileList(
            parameters, self.LOGOS, context) if path])

        dpi = self.parameterAsInt(parameters, self.DPI, context)
        feedback.pushInfo(self.tr("Rendering {} sheet(s) at {} dpi…").format(atlas.count(), dpi))
        files = print_layouts.export(layout, output, dpi, atlas, steps)
        feedback.pushInfo(self.tr("Wrote {}.").format(", ".join(str(f) for f in files)))
        return {self.OUTPUT: str(files[0]), "PAGE_COUNT": atlas.count(),
                "SKIPPED_COUNT": built["SKIPPED_COUNT"],
                "FILES": ";".join(str(f) for f in files)}

    # --- the circuits ------------------------------------------------------------------------

    def build(self, parameters, context, feedback):
        """Run itinerance:buildcircuit: its circuits (each with the path of its chart in
        ``chart_png``), legs and stops as layers, SKIPPED_COUNT; and whether a DEM was given."""
        import processing  # QGIS's own package: the plugin's root is never on sys.path

        charts = Path(QgsProcessingUtils.tempFolder()) / f"circuit_charts_{uuid.uuid4().hex}"
        with_dem = parameters.get("DEM") not in (None, "")
        child = {name: parameters[name] for name in CIRCUIT_INPUTS if name in parameters}
        child.update({"CHARTS_FOLDER": str(charts) if with_dem else None,
                      "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
                      "LEGS": QgsProcessing.TEMPORARY_OUTPUT,
                      "STOPS": QgsProcessing.TEMPORARY_OUTPUT, "PROFILE": None})
        results = processing.run("itinerance:buildcircuit", child, context=context,
                                 feedback=feedback, is_child_algorithm=True)
        built = {name: QgsProcessingUtils.mapLayerFromString(results[name], context)
                 for name in ("OUTPUT", "LEGS", "STOPS")}
        built["SKIPPED_COUNT"] = int(results["SKIPPED_COUNT"])
        circuits = built["OUTPUT"]
        provider = circuits.dataProvider()
        provider.addAttributes([QgsField("chart_png", TYPES["text"])])
        circuits.updateFields()
        if with_dem:
            # buildcircuit names each chart after its circuit, in the order it writes them
            index = circuits.fields().indexFromName("chart_png")
            taken, changes = set(), {}
            for feature in circuits.getFeatures():
                chart = charts / f"{profile_chart.safe_file_stem(feature['name'], taken)}.png"
                if chart.is_file():
                    changes[feature.id()] = {index: str(chart)}
            provider.changeAttributeValues(changes)
        return built, with_dem

    def node_layer(self, legs):
        """The numbers to follow: a point at the start of each leg (and at the end of the last
        one when the circuit does not loop back), with its rank and number."""
        nodes = QgsVectorLayer(f"Point?crs={legs.crs().authid()}", self.tr("Nodes"), "memory")
        nodes.dataProvider().addAttributes([QgsField("circuit", TYPES["text"]),
                                            QgsField("rank", TYPES["int"]),
                                            QgsField("number", TYPES["text"])])
        nodes.updateFields()
        rows, last = [], {}
        for leg in legs.getFeatures():
            line = leg.geometry().asPolyline()
            rows.append((leg["circuit"], leg["leg"], leg["from_node"], line[0]))
            last[leg["circuit"]] = (leg["leg"] + 1, leg["to_node"], line[-1])
        firsts = {circuit: number for circuit, rank, number, _ in rows if rank == 1}
        for circuit, (rank, number, point) in last.items():
            if number != firsts.get(circuit):
                rows.append((circuit, rank, number, point))
        features = []
        for circuit, rank, number, point in rows:
            feature = QgsFeature(nodes.fields())
            feature.setAttributes([circuit, rank, number])
            feature.setGeometry(QgsGeometry.fromPointXY(point))
            features.append(feature)
        nodes.dataProvider().addFeatures(features)
        return nodes

    def default_background(self, parameters, context):
        """The network in grey, over a hillshade of the DEM when there is one."""
        layers = []
        network = self.parameterAsVectorLayer(parameters, "NETWORK", context)
        if network is not None:
            network = network.clone()
            output_styles.plain_background(network)
            layers.append(network)
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        if dem is not None:
            relief = dem.clone()
            output_styles.hillshade(relief)
            layers.append(relief)
        return layers

    # --- the page ----------------------------------------------------------------------------

    def set_captions(self, layout, window):
        """The figures' captions, in the user's language."""
        captions = {
            "length": self.tr("Length"), "gain": self.tr("Elevation gain"),
            "loss": self.tr("Elevation loss"),
            "max_grade": self.tr("Steepest {} m").format(f"{window:g}"),
            "aires": self.tr("Aires"), "accueil_velo": self.tr("Accueil Vélo"),
        }
        for key, caption in captions.items():
            label = print_layouts.item(layout, f"figure_{key}_caption", QgsLayoutItemLabel)
            if label is not None:
                label.setText(caption)

    def fill_tables(self, layout, legs, stops, access_distance):
        """The distance table between the nodes and the stops' table, each showing the rows of
        the page's circuit, with headings in the user's language."""
        legs_columns = [
            (self.tr("Leg"), "\"from_node\" || '  →  ' || \"to_node\""),
            (self.tr("km"), "format_number(\"length_m\" / 1000, 1)"),
            (self.tr("At km"), "format_number(\"end_km\", 1)"),
        ]
        stops_columns = [
            (self.tr("At km"), "format_number(\"chainage_m\" / 1000, 1)"),
            (self.tr("Stop"), "coalesce(\"name\", if(\"kind\" = 'aire', '{}', '{}'))".format(
                self.tr("Aire").replace("'", "''"), self.tr("Accueil Vélo").replace("'", "''"))),
        ]
        for item_id, layer, columns, caption, empty in (
                ("legs_table", legs, legs_columns, self.tr("Distances between the nodes"), ""),
                ("stops_table", stops, stops_columns,
                 self.tr("Aires and Accueil Vélo along the circuit"),
                 self.tr("No aire or Accueil Vélo establishment within {:.0f} m.")
                 .format(access_distance))):
            label = print_layouts.item(layout, f"{item_id}_caption", QgsLayoutItemLabel)
            if label is not None:
                label.setText(caption)
            frame = layout.itemById(item_id)
            table = frame.multiFrame() if frame is not None else None
            if not isinstance(table, QgsLayoutItemAttributeTable):
                continue
            table.setVectorLayer(layer)
            table.setFilterFeatures(True)
            table.setFeatureFilter(ON_PAGE)
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
