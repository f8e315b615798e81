"""itinerance:airesgap: how far riders are from an aire along the network, gaps, new sites."""

from typing import NamedTuple, Optional

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..inputs.modes import check_not_empty, for_mode
from ..layers import output_styles
from ..layers.geometry_io import (
    LAMBERT_93,
    line_wkbs,
    multiline_wkb,
    point_geometry,
    read_lines,
    read_points,
    working_crs,
)
from ..layers.sinks import Columns
from ..logic.network import coverage as network_coverage
from ..logic.network import graph as network
from .background import InBackground
from .base import ItineranceAlgorithm

STRETCH_FIELDS = (("network_fid", "long"), ("length_m", "real"), ("dist_min_m", "real"),
                  ("dist_max_m", "real"), ("nearest_aire", "text"), ("covered", "bool"),
                  ("component", "int"))
GAP_FIELDS = (("gap_id", "int"), ("length_m", "real"), ("worst_dist_m", "real"),
              ("component", "int"))
# exact stretches beyond which the log proposes the merged ones (a département's network
# gives over a million: minutes of writing, and more than a map can draw at once)
MANY_STRETCHES = 250_000
SUGGESTION_FIELDS = (("rank", "int"), ("gain_m", "real"), ("coverage_after_pct", "real"),
                     ("candidate_fid", "long"))
DIAGNOSTIC_FIELDS = (("kind", "text"), ("detail", "text"), ("distance_m", "real"),
                     ("feature_fid", "long"))


class Attached(NamedTuple):
    """The aires and candidate sites on the network split at them."""

    network: object  # graph.Network
    source_nodes: np.ndarray  # node of each aire on the network
    source_names: list  # their names
    aire_on: np.ndarray  # per aire: attached (within MAX_ATTACH_DISTANCE)
    candidate_nodes: np.ndarray
    candidate_fids: list  # the feature of each candidate node (None: a node of the network)
    diagnostics: list  # DIAGNOSTICS rows


class Analysis(NamedTuple):
    attached: Attached
    stretches: object  # coverage.Stretches
    runs: object  # coverage.Runs when the stretches are merged, else None
    gaps: list
    totals: dict
    suggestions: Optional[InBackground]  # the list of coverage.Suggestion; None: not asked
    max_distance: float


class AiresGap(ItineranceAlgorithm):
    NETWORK = "NETWORK"
    AIRES = "AIRES"
    AIRE_NAME_FIELD = "AIRE_NAME_FIELD"
    MAX_DISTANCE = "MAX_DISTANCE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    MAX_ATTACH_DISTANCE = "MAX_ATTACH_DISTANCE"
    SUGGEST_COUNT = "SUGGEST_COUNT"
    CANDIDATES = "CANDIDATES"
    TARGET_CRS = "TARGET_CRS"
    STRETCHES = "STRETCHES"
    OUTPUT = "OUTPUT"
    GAPS = "GAPS"
    SUGGESTIONS = "SUGGESTIONS"
    DIAGNOSTICS = "DIAGNOSTICS"
    ICON = "airesgap.svg"

    def name(self):
        return "airesgap"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Gaps between aires along the network")

    def group(self):
        return self.tr("Network coverage")

    def groupId(self):  # noqa: N802 - QGIS API
        return "coverage"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Cycling network (lines)"),
            [QgsProcessing.TypeVectorLine]))
        self.add_mode_parameter(self.tr("Mode (the network's sections of this mode)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AIRES, self.tr("Aires (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.AIRE_NAME_FIELD, self.tr("Aire name field (default: name, if present)"),
            parentLayerParameterName=self.AIRES, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, self.tr("Maximum distance to an aire along the network (m)"),
            QgsProcessingParameterNumber.Double, 2500.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snap tolerance for line ends (m)"),
            QgsProcessingParameterNumber.Double, 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_ATTACH_DISTANCE, self.tr("Maximum distance from an aire to the network (m)"),
            QgsProcessingParameterNumber.Double, 200.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SUGGEST_COUNT, self.tr("Number of new sites to suggest"),
            QgsProcessingParameterNumber.Integer, 3, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate sites (points; default: the network's nodes)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.STRETCHES, self.tr("Stretches written"),
            [self.tr("Exact: every stretch"),
             self.tr("Merged: one feature per run of a line within a distance band")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Network stretches with distance to the nearest aire"),
            QgsProcessing.TypeVectorLine))
        # the secondary outputs: proposed in the dialog, written only when asked elsewhere
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GAPS, self.tr("Gaps (unserved stretches)"), QgsProcessing.TypeVectorLine,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUGGESTIONS, self.tr("Suggested sites for new aires"),
            QgsProcessing.TypeVectorPoint, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DIAGNOSTICS, self.tr("Diagnostics (aires off the network, network errors)"),
            QgsProcessing.TypeVectorPoint, optional=True, createByDefault=True))
        self.add_number_outputs({
            "NETWORK_LENGTH_M": self.tr("Network length (m)"),
            "COVERED_LENGTH_M": self.tr("Served length (m)"),
            "COVERAGE_PCT": self.tr("Served share of the network (%)"),
            "MAX_DIST_M": self.tr("Largest distance to an aire (m)"),
            "GAP_COUNT": self.tr("Number of gaps"),
            "OFF_NETWORK_COUNT": self.tr("Aires off the network"),
            "COMPONENT_COUNT": self.tr("Connected parts of the network"),
            "AIRE_COUNT": self.tr("Aires on the network"),
            "SKIPPED_COUNT": self.tr("Features skipped (empty or degenerate geometry)"),
        })

    def aliases(self):
        return {
            "network_fid": self.tr("Network feature"),
            "length_m": self.tr("Length (m)"),
            "dist_min_m": self.tr("Smallest distance to an aire (m)"),
            "dist_max_m": self.tr("Largest distance to an aire (m)"),
            "nearest_aire": self.tr("Nearest aire"),
            "covered": self.tr("Served"),
            "component": self.tr("Network part"),
            "gap_id": self.tr("Gap"),
            "worst_dist_m": self.tr("Worst distance to an aire (m)"),
            "rank": self.tr("Rank"),
            "gain_m": self.tr("Newly served length (m)"),
            "coverage_after_pct": self.tr("Served share after this site (%)"),
            "candidate_fid": self.tr("Candidate feature"),
            "kind": self.tr("Kind"),
            "detail": self.tr("Detail"),
            "distance_m": self.tr("Distance (m)"),
            "feature_fid": self.tr("Feature"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        aires_source = self.parameterAsSource(parameters, self.AIRES, context)
        if network_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NETWORK))
        if aires_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AIRES))
        crs = working_crs(network_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        lines, aires, candidates, skipped = self.read_inputs(
            parameters, context, network_source, aires_source, crs, feedback)
        found = self.analyse(parameters, context, lines, aires, candidates, feedback)
        if found is None:
            return {}
        results = self.figures(found, skipped)
        outputs = self.write_results(parameters, context, crs, lines, found, feedback)
        self.style_outputs(context, outputs, found.max_distance)
        results.update(outputs)
        self.log_results(feedback, results)
        return results

    # --- inputs ----------------------------------------------------------------------------

    def aire_name_field(self, parameters, context, source):
        field = self.parameterAsString(parameters, self.AIRE_NAME_FIELD, context)
        if field:
            return field
        return "name" if source.fields().indexFromName("name") >= 0 else None

    def read_inputs(self, parameters, context, network_source, aires_source, crs, feedback):
        """(network lines, aires, candidates or None, features skipped) in ``crs``."""
        candidates_source = self.parameterAsSource(parameters, self.CANDIDATES, context)
        name_field = self.aire_name_field(parameters, context, aires_source)
        feedback.setProgressText(self.tr("Reading the network"))
        mode = self.parameter_as_mode(parameters, context, feedback)
        network_source = for_mode(network_source, mode, feedback)
        lines = read_lines(network_source, crs, context, feedback)
        check_not_empty(network_source, lines.features)
        aires = read_points(aires_source, crs, context, name_field)
        candidates = (read_points(candidates_source, crs, context)
                      if candidates_source is not None else None)
        skipped = sum(self.report_skipped(feedback, label, read) for label, read in (
            (self.tr("network"), lines), (self.tr("aires"), aires),
            (self.tr("candidates"), candidates)) if read is not None)
        if not lines.feature_ids:
            raise QgsProcessingException(
                self.tr("The network layer has no usable line ({} features read). Choose a "
                        "layer of lines with geometries.").format(lines.features))
        return lines, aires, candidates, skipped

    # --- analysis --------------------------------------------------------------------------

    def analyse(self, parameters, context, lines, aires, candidates, feedback):
        """The network's distance to the aires, its stretches, gaps and the sites suggested
        (an :class:`Analysis`); None when cancelled."""
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        snap = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        max_attach = self.parameterAsDouble(parameters, self.MAX_ATTACH_DISTANCE, context)
        feedback.setProgressText(self.tr("Building the network graph"))
        graph = network.build_network_flat(lines.xy, lines.ptr, snap)
        if feedback.isCanceled():
            return None
        attached = self.attach(graph, aires, candidates, snap, max_attach)
        del graph  # the diagnostics were all the rest needs of the unsplit graph: free it
        refined = attached.network
        feedback.setProgressText(self.tr("Computing distances along the network"))
        dist, nearest = network_coverage.distance_field(refined, attached.source_nodes)
        stretches = network_coverage.stretches(refined, dist, nearest, max_distance)
        merged = self.parameterAsEnum(parameters, self.STRETCHES, context) == 1
        runs = network_coverage.stretch_runs(refined, stretches) if merged else None
        if not merged and len(stretches) > MANY_STRETCHES:
            feedback.pushInfo(self.tr(
                "{} stretches, written one feature each: for a network this large, choose "
                "merged stretches (STRETCHES=1): one feature per run of a line within a "
                "distance band, the same metres per band and the same figures, with about a "
                "third as many features to write and to draw.").format(len(stretches)))
        gap_list = network_coverage.gaps(refined, stretches)
        totals = network_coverage.coverage_totals(refined, stretches)
        feedback.setProgress(70)
        if feedback.isCanceled():
            return None
        # ranked only for a SUGGESTIONS output (seconds at region scale), while the stretches
        # are closed (see write_results)
        suggestions = None
        if parameters.get(self.SUGGESTIONS) is not None:
            suggestions = InBackground(
                network_coverage.suggest_sites, refined, dist, max_distance,
                attached.candidate_nodes,
                self.parameterAsInt(parameters, self.SUGGEST_COUNT, context))
        return Analysis(attached, stretches, runs, gap_list, totals, suggestions, max_distance)

    def attach(self, graph, aires, candidates, snap, max_attach):
        """The aires and candidates attached to the network split at them (an
        :class:`Attached`), with the diagnostics of the unsplit network."""
        points = aires.xy if candidates is None else np.vstack([aires.xy, candidates.xy])
        located = network.locate_points(graph, points, max_attach)
        n_aires = len(aires.xy)
        aire_on = located.edge[:n_aires] >= 0
        refined, point_node = network.split_at(graph, located)
        diagnostics = self.diagnostic_rows(graph, snap, located, aires, n_aires, max_attach)
        source_names = [str(v) if v is not None else str(fid) for v, fid in zip(
            aires.values or aires.feature_ids, aires.feature_ids)]
        source_names = [name for name, on in zip(source_names, aire_on) if on]
        if candidates is None:
            candidate_nodes = np.arange(graph.node_count)
            candidate_fids = [None] * len(candidate_nodes)
        else:
            cand_on = located.edge[n_aires:] >= 0
            candidate_nodes = point_node[n_aires:][cand_on]
            candidate_fids = [fid for fid, on in zip(candidates.feature_ids, cand_on) if on]
        return Attached(refined, point_node[:n_aires][aire_on], source_names, aire_on,
                        candidate_nodes, candidate_fids, diagnostics)

    # --- outputs ---------------------------------------------------------------------------

    def figures(self, found, skipped):
        totals = found.totals
        return {
            "NETWORK_LENGTH_M": totals["network_length_m"],
            "COVERED_LENGTH_M": totals["covered_length_m"],
            "COVERAGE_PCT": totals["coverage_pct"],
            "MAX_DIST_M": totals["max_dist_m"],
            "GAP_COUNT": len(found.gaps),
            "OFF_NETWORK_COUNT": int((~found.attached.aire_on).sum()),
            "COMPONENT_COUNT": totals["component_count"],
            "AIRE_COUNT": int(found.attached.aire_on.sum()),
            "SKIPPED_COUNT": skipped,
        }

    def write_results(self, parameters, context, crs, lines, found, feedback):
        """Write the outputs. The sites are ranked in a thread from the moment the stretches
        are written: closing them, GDAL builds their spatial index (as long as the ranking, at
        region scale) without holding Python's lock."""
        attached = found.attached

        def rank_meanwhile():
            if found.suggestions is not None:
                feedback.setProgressText(self.tr("Ranking sites for new aires"))
                found.suggestions.start()

        def suggestion_rows():
            ranked = found.suggestions.result() if found.suggestions is not None else []
            return [(point_geometry(s.x, s.y), [s.rank, s.gain_m, s.coverage_after_pct,
                                                attached.candidate_fids[s.candidate]])
                    for s in ranked]

        return self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (STRETCH_FIELDS, QgsWkbTypes.LineString,
                          self.stretch_columns(lines, found)),
            self.GAPS: (GAP_FIELDS, QgsWkbTypes.MultiLineString, [
                (multiline_wkb(gap.coords), [rank, gap.length, gap.worst_dist, gap.component])
                for rank, gap in enumerate(found.gaps, start=1)]),
            self.DIAGNOSTICS: (DIAGNOSTIC_FIELDS, QgsWkbTypes.Point, attached.diagnostics),
            self.SUGGESTIONS: (SUGGESTION_FIELDS, QgsWkbTypes.Point, suggestion_rows),
        }, before_closing={self.OUTPUT: rank_meanwhile})

    def stretch_columns(self, lines, found):
        """The OUTPUT features: every stretch, or their runs (STRETCHES merged)."""
        attached = found.attached
        line_fids = np.asarray(lines.feature_ids, dtype=np.int64)
        names = np.array(attached.source_names + [None], dtype=object)  # nearest -1: None
        if found.runs is not None:
            runs = found.runs
            return Columns(line_wkbs(runs.xy, runs.ptr), [
                line_fids[runs.line], runs.length, runs.dist_min, runs.dist_max,
                names[runs.nearest], runs.covered, runs.component])
        stretches = found.stretches
        return Columns(line_wkbs(stretches.xy, stretches.ptr), [
            line_fids[attached.network.edge_line[stretches.edge]], stretches.length,
            stretches.dist_min, stretches.dist_max, names[stretches.nearest],
            stretches.covered, stretches.component])

    def diagnostic_rows(self, graph, snap, located, aires, n_aires, max_attach):
        rows = []
        for i in range(n_aires):
            if located.edge[i] < 0:
                distance = float(located.distance[i])
                rows.append((point_geometry(*aires.xy[i]), [
                    "off_network_aire",
                    self.tr("Aire {} is {:.0f} m from the network (more than {:.0f} m): "
                            "not counted. Move it onto the network or raise "
                            "MAX_ATTACH_DISTANCE.").format(
                        aires.values[i] if aires.values else aires.feature_ids[i],
                        distance, max_attach),
                    distance, aires.feature_ids[i]]))
        near_miss = max(10.0, 10.0 * snap)
        for diagnostic in network.network_diagnostics(graph, near_miss):
            rows.append((point_geometry(diagnostic.x, diagnostic.y),
                         [diagnostic.kind, diagnostic.detail, diagnostic.distance_m, None]))
        return rows

    def styles(self, max_distance):
        """The style function of each output (the map export reuses them)."""
        bands = [self.tr("No aire in this part of the network"), self.tr("up to {} km"),
                 self.tr("{} to {} km"), self.tr("{} to {} km (not served)"),
                 self.tr("over {} km (not served)")]
        kinds = [("off_network_aire", self.tr("Aire off the network"), "#2b83ba", 2),
                 ("near_miss", self.tr("Near miss (lines almost touching)"), "#d7191c", 9),
                 ("dangle", self.tr("Line end joined to nothing"), "#969696", 0),
                 ("collapsed", self.tr("Line shorter than the snap tolerance"), "#000000", 0)]
        return {
            self.OUTPUT: lambda layer: output_styles.distance_bands(
                layer, "dist_max_m", max_distance, bands),
            self.GAPS: output_styles.gaps,
            self.SUGGESTIONS: lambda layer: output_styles.ranked_points(layer, "rank"),
            self.DIAGNOSTICS: lambda layer: output_styles.diagnostics(layer, "kind", kinds),
        }

    def log_results(self, feedback, results):
        feedback.pushInfo(self.tr(
            "Network {:.1f} km, served {:.1f} km ({:.1f} %), largest distance to an aire {} m, "
            "{} gap(s), {} part(s), {} aire(s) off the network.").format(
            results["NETWORK_LENGTH_M"] / 1000, results["COVERED_LENGTH_M"] / 1000,
            results["COVERAGE_PCT"],
            "—" if results["MAX_DIST_M"] != results["MAX_DIST_M"]
            else f"{results['MAX_DIST_M']:.0f}",
            results["GAP_COUNT"], results["COMPONENT_COUNT"], results["OFF_NETWORK_COUNT"]))
