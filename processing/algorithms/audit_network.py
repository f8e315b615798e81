"""itinerance:auditnetwork: is a node network mapped soundly, well designed, and can a family find
a loop on it?"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..inputs.audit_inputs import (
    AuditRead,
    expected_field,
    of_mode,
    read_links,
    read_nodes,
)
from ..inputs.circuit_inputs import DEFAULT_NODE_FIELD
from ..inputs.modes import mode_parameter, parameter_as_mode
from ..layers.audit_rows import AuditLabels, AuditRows, number_kind
from ..layers.geometry_io import LAMBERT_93, field_or_default, read_lines, read_points, working_crs
from ..layers.profile_io import open_dem
from ..layouts.audit_reports import AuditReports
from ..logic.audit import audit as engine
from .base import ItineranceAlgorithm, advanced

# (parameter, default) of the loop profiles and the water rule, as BikeNodePlanner's study
LOOP_PARAMETERS = (("FAMILY_MIN_KM", 5.0), ("FAMILY_MAX_KM", 20.0),
                   ("FAMILY_MAX_GRADE_PCT", 4.0), ("SPORT_MIN_KM", 10.0),
                   ("SPORT_MAX_KM", 40.0), ("SPORT_MAX_GRADE_PCT", 6.0),
                   ("MAX_WITHOUT_WATER_KM", 10.0))


class AuditNetwork(ItineranceAlgorithm):
    NODES = "NODES"
    NODE_FIELD = "NODE_FIELD"
    NETWORK_FIELD = "NETWORK_FIELD"
    EXPECTED_FIELD = "EXPECTED_FIELD"
    SECTIONS = "SECTIONS"
    LINKS = "LINKS"
    MODE = "MODE"
    DEM = "DEM"
    BAND = "BAND"
    AIRES = "AIRES"
    MAX_LOOP_NODES = "MAX_LOOP_NODES"
    CLASH_DISTANCE_M = "CLASH_DISTANCE_M"
    MAX_NODE_DISTANCE = "MAX_NODE_DISTANCE"
    MAX_ATTACH_DISTANCE = "MAX_ATTACH_DISTANCE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    TITLE = "TITLE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_NODES = "OUTPUT_NODES"
    OUTPUT_LOOPS = "OUTPUT_LOOPS"
    REPORT = "REPORT"
    PDF = "PDF"
    ICON = "auditnetwork.svg"

    def name(self):
        return "auditnetwork"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Audit of a node network")

    def group(self):
        return self.tr("Circuits")

    def groupId(self):  # noqa: N802 - QGIS API
        return "circuits"

    def flags(self):
        # the PDF renders a print layout, on the main thread in QGIS
        return super().flags() | self.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NODES, self.tr("Numbered nodes (points-nœuds)"),
            [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.NODE_FIELD, self.tr("Node number field"), DEFAULT_NODE_FIELD,
            parentLayerParameterName=self.NODES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTIONS, self.tr("Network sections (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links between nodes, with their integrity facts (liaisons)"),
            [QgsProcessing.TypeVectorLine], optional=True))
        mode = mode_parameter(self.tr("Mode (the network audited)"))
        self.addParameter(mode)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("DEM (grades per 100 m)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AIRES, self.tr("Aires: points with water or services"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        descriptions = (self.tr("Family loops: shortest (km)"),
                        self.tr("Family loops: longest (km)"),
                        self.tr("Family loops: steepest 100 m (%)"),
                        self.tr("Sporty loops: shortest (km)"),
                        self.tr("Sporty loops: longest (km)"),
                        self.tr("Sporty loops: steepest 100 m (%)"),
                        self.tr("Longest stretch without water, with aires (km)"))
        for (name, default), description in zip(LOOP_PARAMETERS, descriptions):
            self.addParameter(QgsProcessingParameterNumber(
                name, description, QgsProcessingParameterNumber.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASH_DISTANCE_M, self.tr("Same number within this distance: a clash (m)"),
            QgsProcessingParameterNumber.Double, 5000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title of the report"), self.tr("Audit of the node network"),
            optional=True))
        for parameter in self.advanced_parameters():
            self.addParameter(advanced(parameter))
        self.add_outputs()

    def advanced_parameters(self):
        return [
            QgsProcessingParameterField(
                self.NETWORK_FIELD, self.tr("Network field of the nodes (default: network)"),
                parentLayerParameterName=self.NODES, optional=True),
            QgsProcessingParameterField(
                self.EXPECTED_FIELD, self.tr("Expected links field of the nodes (default: "
                                             "expected_links or expected_rcn_route_relations)"),
                parentLayerParameterName=self.NODES, optional=True),
            # optional: QGIS 3.22 refuses a missing band even though it has a default
            QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1,
                                       parentLayerParameterName=self.DEM, optional=True),
            QgsProcessingParameterNumber(
                self.MAX_LOOP_NODES, self.tr("Numbered nodes in a loop, at most"),
                QgsProcessingParameterNumber.Integer, 30, minValue=1),
            QgsProcessingParameterNumber(
                self.MAX_NODE_DISTANCE, self.tr("Maximum distance from a node to the network "
                                                "(m)"),
                QgsProcessingParameterNumber.Double, 25.0, minValue=0.0),
            QgsProcessingParameterNumber(
                self.MAX_ATTACH_DISTANCE, self.tr("Maximum distance from an aire to the "
                                                  "network (m)"),
                QgsProcessingParameterNumber.Double, 200.0, minValue=0.0),
            QgsProcessingParameterNumber(
                self.SNAP_TOLERANCE, self.tr("Snap tolerance for line ends (m)"),
                QgsProcessingParameterNumber.Double, 1.0, minValue=0.0),
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
                optional=True),
        ]

    def add_outputs(self):
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINKS, self.tr("Links with their facts and classes"),
            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_NODES, self.tr("Numbered nodes with their facts and loops"),
            QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LOOPS, self.tr("Faces of the network (loops round them)"),
            QgsProcessing.TypeVectorPolygon, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.PDF, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=False))
        self.add_number_outputs({
            "LINK_COUNT": self.tr("Links"),
            "BROKEN_COUNT": self.tr("Broken links"),
            "NODE_FACT_COUNT": self.tr("Facts on the nodes"),
            "IDEAL_LENGTH_PCT": self.tr("Length of the links in the ideal range, 1 to 5 km (%)"),
            "FAMILY_LOOP_NODE_PCT": self.tr("Nodes offering a family loop (%)"),
            "SPORT_LOOP_NODE_PCT": self.tr("Nodes offering a sporty loop (%)"),
            "COMPONENT_COUNT": self.tr("Connected parts of the network"),
            "DEAD_END_COUNT": self.tr("Dead-end nodes"),
            "NETWORK_KM": self.tr("Length of the sections (km)"),
            "NODE_COUNT": self.tr("Numbered nodes audited"),
            "FAMILY_LOOP_COUNT": self.tr("Family loops"),
            "SPORT_LOOP_COUNT": self.tr("Sporty loops"),
            "FACE_COUNT": self.tr("Faces of the network"),
            "DEM_COVERED_PCT": self.tr("Sections the DEM covers (%)"),
            "CROSSING_LINK_COUNT": self.tr("Links crossing between two networks"),
            "SKIPPED_COUNT": self.tr("Features left out (no number, no geometry)"),
        })

    def aliases(self):
        return AuditLabels().aliases()

    # --- running -----------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        pdf = self.parameterAsFileOutput(parameters, self.PDF, context)
        AuditReports.check_outputs(report, pdf)
        sources = {name: self.source(parameters, name, context, name in (self.NODES,
                                                                        self.SECTIONS))
                   for name in (self.NODES, self.SECTIONS, self.LINKS, self.AIRES)}
        mode = parameter_as_mode(self, parameters, context)
        crs = working_crs(sources[self.SECTIONS].sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}. Mode audited: {}.").format(
            crs.authid(), mode))
        feedback.setProgressText(self.tr("Reading the network"))
        read = self.read(parameters, context, feedback, sources, crs, mode)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        settings = self.settings(parameters, context)
        feedback.setProgressText(self.tr("Building the network, its links and its loops"))
        audit = self.run_audit(parameters, context, feedback, read, crs, dem_layer, settings)
        if feedback.isCanceled():
            return {}
        rows = AuditRows(audit, read, mode, crs)
        outputs = self.write_outputs(parameters, context, crs, rows.specs(
            self.OUTPUT_LINKS, self.OUTPUT_NODES, self.OUTPUT_LOOPS,
            number_kind(sources[self.NODES], read.node_field)))
        self.style_outputs(context, outputs)
        results = dict(engine.headline(audit), SKIPPED_COUNT=read.skipped)
        results.update(outputs)
        self.log_results(feedback, audit, results, read)
        if report or pdf:
            feedback.setProgressText(self.tr("Writing the report"))
            title = self.parameterAsString(parameters, self.TITLE, context)
            credit_layers = [self.parameterAsVectorLayer(parameters, name, context)
                             for name in (self.SECTIONS, self.NODES, self.LINKS, self.AIRES)
                             if parameters.get(name) is not None]
            results.update(AuditReports().write((report, pdf), title, settings, audit, rows,
                                                results, credit_layers, context, feedback))
        return results

    def source(self, parameters, name, context, required):
        if not required and parameters.get(name) is None:
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def read(self, parameters, context, feedback, sources, crs, mode):
        """Every input of the mode, in the working CRS, with what was left out."""
        nodes_source = sources[self.NODES]
        node_field = self.parameterAsString(parameters, self.NODE_FIELD, context) \
            or DEFAULT_NODE_FIELD
        network_field = field_or_default(nodes_source, self.parameterAsString(
            parameters, self.NETWORK_FIELD, context), "network")
        expected = expected_field(nodes_source, self.parameterAsString(
            parameters, self.EXPECTED_FIELD, context), mode)
        nodes = read_nodes(nodes_source, crs, context, node_field, network_field, expected,
                           mode)
        sections, keep_alive, other = of_mode(sources[self.SECTIONS], mode, context)
        section_network = field_or_default(sources[self.SECTIONS], None, "network")
        lines = read_lines(sections, crs, context, feedback, section_network)
        del keep_alive
        links = read_links(sources[self.LINKS], crs, context, mode) \
            if sources[self.LINKS] is not None else None
        aires = read_points(sources[self.AIRES], crs, context) \
            if sources[self.AIRES] is not None else None
        skipped = self.report_left_out(feedback, nodes, lines, links, aires, other)
        if not lines.feature_ids:
            raise QgsProcessingException(self.tr(
                "SECTIONS has no usable line of the mode {} ({} features read, {} of other "
                "modes): choose the sections layer, or the mode of its network.").format(
                mode, lines.features, other))
        if not nodes.fids:
            feedback.pushWarning(self.tr(
                "NODES has no numbered node of the mode {}: no node facts and no loops. Check "
                "NODE_FIELD and the nodes' mode.").format(mode))
        if links is None:
            feedback.pushWarning(self.tr(
                "No links layer (LINKS): the integrity facts are skipped; the links are the "
                "chains of sections between numbered nodes."))
        return AuditRead(nodes, lines, links, aires, node_field, expected,
                         section_network is not None, skipped)

    def report_left_out(self, feedback, nodes, lines, links, aires, other_sections):
        """Log what was left out; returns how many features."""
        skipped = 0
        for label, count in nodes.skipped.items():
            feedback.reportError(self.tr("Nodes: {} {} left out.").format(count, label))
            skipped += count
        skipped += self.report_skipped(feedback, self.tr("sections"), lines)
        if links is not None and links.skipped:
            feedback.reportError(self.tr("Links: {} without a geometry left out.").format(
                links.skipped))
            skipped += links.skipped
        if aires is not None:
            skipped += self.report_skipped(feedback, self.tr("aires"), aires)
        others = nodes.other_modes + other_sections + (links.other_modes if links else 0)
        if others:
            feedback.pushInfo(self.tr("{} nodes, sections and links of other modes left "
                                      "aside.").format(others))
        return skipped

    def settings(self, parameters, context):
        value = {name: self.parameterAsDouble(parameters, name, context)
                 for name, _ in LOOP_PARAMETERS}
        return engine.AuditSettings(
            family=engine.LoopProfile(value["FAMILY_MIN_KM"], value["FAMILY_MAX_KM"],
                                      value["FAMILY_MAX_GRADE_PCT"]),
            sport=engine.LoopProfile(value["SPORT_MIN_KM"], value["SPORT_MAX_KM"],
                                     value["SPORT_MAX_GRADE_PCT"]),
            max_without_water_km=value["MAX_WITHOUT_WATER_KM"],
            max_loop_nodes=self.parameterAsInt(parameters, self.MAX_LOOP_NODES, context),
            snap_tolerance_m=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            max_node_distance_m=self.parameterAsDouble(parameters, self.MAX_NODE_DISTANCE,
                                                       context),
            max_aire_distance_m=self.parameterAsDouble(parameters, self.MAX_ATTACH_DISTANCE,
                                                       context),
            clash_distance_m=self.parameterAsDouble(parameters, self.CLASH_DISTANCE_M,
                                                    context))

    def run_audit(self, parameters, context, feedback, read, crs, dem_layer, settings):
        """The audit, with the DEM's elevations when one is given."""
        lines = read.lines
        inputs = engine.AuditInputs(
            section_xy=lines.xy, section_ptr=lines.ptr, nodes=read.nodes.nodes,
            section_network=lines.values if read.section_network else None,
            links=read.links.links if read.links is not None else None,
            aire_xy=read.aires.xy if read.aires is not None else None)
        progress = lambda share: feedback.setProgress(10 + 80 * share)  # noqa: E731
        if dem_layer is None:
            feedback.pushInfo(self.tr("No DEM: no grades, and the loops are not limited by "
                                      "their grade."))
            return engine.audit_network(inputs, settings, progress, feedback.isCanceled)
        work_wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
        with open_dem(dem_layer, self.parameterAsInt(parameters, self.BAND, context)) as dem:
            inputs.sample = lambda points: dem.sample_from(points, work_wkt)
            return engine.audit_network(inputs, settings, progress, feedback.isCanceled)

    # --- outputs -----------------------------------------------------------------------------

    def styles(self):
        return AuditLabels().styles(self.OUTPUT_LINKS, self.OUTPUT_NODES, self.OUTPUT_LOOPS)

    def log_results(self, feedback, audit, results, read):
        feedback.pushInfo(self.tr(
            "{} links ({:.1f} % of their length ideal, 1 to 5 km), {} broken; {} numbered "
            "nodes with {} facts, {} dead ends; {} part(s); nodes offering a family loop "
            "{:.1f} %, a sporty loop {:.1f} %; {} faces.").format(
            results["LINK_COUNT"], results["IDEAL_LENGTH_PCT"], results["BROKEN_COUNT"],
            results["NODE_COUNT"], results["NODE_FACT_COUNT"], results["DEAD_END_COUNT"],
            results["COMPONENT_COUNT"], results["FAMILY_LOOP_NODE_PCT"],
            results["SPORT_LOOP_NODE_PCT"], results["FACE_COUNT"]))
        if audit.grade_known and results["DEM_COVERED_PCT"] < 100.0 - 1e-9:
            feedback.pushWarning(self.tr(
                "The DEM covers {:.1f} % of the sections: grades only where it covers, and "
                "the loops are not limited by their grade elsewhere.").format(
                results["DEM_COVERED_PCT"]))
        if read.aires is not None and audit.aires_off:
            feedback.pushWarning(self.tr(
                "{} aire(s) farther than MAX_ATTACH_DISTANCE from the network do not count as "
                "water points.").format(audit.aires_off))
