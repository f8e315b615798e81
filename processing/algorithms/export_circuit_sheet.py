"""itinerance:exportcircuitsheet: one A4 fiche circuit per circuit (map with the node numbers to
follow, profile chart, distance table, stops, figures), PDF or PNG."""

import uuid
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..layers import output_styles
from ..layers.sinks import TYPES
from ..layouts import print_layouts
from ..layouts.sheet_symbols import ON_PAGE, circuit_on_page, nodes_on_page, stops_on_page
from ..logic.relief import profile_chart
from .build_circuit import BuildCircuit
from .layout_export import SHEET_PARAMETERS, LayoutExport

TEMPLATES = ("circuit_sheet_a4",)
# the inputs of buildcircuit this export passes on to it
CIRCUIT_INPUTS = ("NETWORK", "MODE", "NODES", "NODE_FIELD", "NETWORK_FIELD", "NETWORK_NAME",
                  "SEQUENCE", "NAME", "SEQUENCE_FIELD", "NAME_FIELD", "DEM", "BAND", "AIRES",
                  "ESTABLISHMENTS", "LABEL_FIELD", "ACCESS_DISTANCE", "SURFACE_FIELD",
                  "MAX_NODE_DISTANCE", "SNAP_TOLERANCE", "STEP", "GRADE_WINDOW", "TARGET_CRS")


class ExportCircuitSheet(LayoutExport):
    # buildcircuit's inputs, declared (and translated) by buildcircuit itself, and the page
    # parameters LayoutExport declares
    PARAMETERS_OF = {"buildcircuit": CIRCUIT_INPUTS, "LayoutExport": SHEET_PARAMETERS}
    TEMPLATES = TEMPLATES
    ICON = "exportcircuitsheet.svg"

    def name(self):
        return "exportcircuitsheet"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Circuit sheets (PDF)")

    def group(self):
        return self.tr("Map exports")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        # the circuit's inputs, as buildcircuit declares them
        circuit = BuildCircuit()
        circuit.initAlgorithm()
        for name in CIRCUIT_INPUTS:
            self.addParameter(circuit.parameterDefinition(name).clone())
        self.add_sheet_parameters(self.tr("Circuit sheets"), self.tr("Circuit sheets"),
                                  advanced_dpi=True)
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", self.tr("Sheets")))
        self.addOutput(QgsProcessingOutputNumber(
            "SKIPPED_COUNT", self.tr("Circuits left out (named in the log)")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def layout_names(self):
        return [self.tr("A4 portrait circuit sheet")]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        output = self.output_file(parameters, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        built, with_dem = self.build(parameters, context, steps)
        circuits, legs, stops = built["OUTPUT"], built["LEGS"], built["STOPS"]
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)

        background, keep_alive = self.shown_layers(parameters, context, feedback)
        crs = self.page_crs(project, circuits)
        layout = self.start_layout(
            parameters, context, "", background + [
                self.parameterAsVectorLayer(parameters, "NETWORK", context),
                self.parameterAsRasterLayer(parameters, "DEM", context)], feedback)
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
        results = self.render(layout, output, parameters, context, atlas, steps)
        results["SKIPPED_COUNT"] = built["SKIPPED_COUNT"]
        return results

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

    def default_layers(self, parameters, context):
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
        self.set_figure_captions(layout, captions)

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
            print_layouts.fill_table(layout, item_id, layer, columns, caption, empty, ON_PAGE)
