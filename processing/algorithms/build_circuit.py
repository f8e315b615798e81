"""itinerance:buildcircuit: a sequence of points-nœuds numbers becomes a route, its profile, the
aires and Accueil Vélo establishments along it."""

import re
from typing import NamedTuple

import numpy as np
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
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..database.project_db import model_text
from ..inputs.circuit_inputs import (
    DEFAULT_NODE_FIELD,
    error_message,
    read_circuit_network,
    read_stops,
    text_value,
)
from ..inputs.modes import mode_request
from ..layers import circuit_gpx_io, output_styles
from ..layers.geometry_io import (
    LAMBERT_93,
    field_or_default,
    line_geometries,
    line_geometry,
    point_geometry,
    working_crs,
)
from ..layers.profile_io import (
    POINT_FIELDS,
    open_dem,
    profile_point_rows,
    style_points,
    write_chart,
)
from ..logic.inventory.data_model import SURFACES
from ..logic.network import circuits
from ..logic.relief import profile
from ..translate import format_number
from .base import ItineranceAlgorithm, advanced

CIRCUIT_FIELDS = (("name", "text"), ("sequence", "text"), ("network", "text"),
                  ("mode", "text"), ("leg_count", "int"), ("length_km", "real"), ("gain_m", "real"),
                  ("loss_m", "real"), ("max_grade_pct", "real"), ("n_aires", "int"),
                  ("n_accueil_velo", "int"), ("surfaces", "text"))
LEG_FIELDS = (("circuit", "text"), ("leg", "int"), ("from_node", "text"), ("to_node", "text"),
              ("length_m", "real"), ("start_km", "real"), ("end_km", "real"))
STOP_FIELDS = (("circuit", "text"), ("kind", "text"), ("name", "text"), ("category", "text"),
               ("chainage_m", "real"), ("distance_m", "real"), ("feature_fid", "long"))
PROFILE_FIELDS = (("circuit", "text"),) + POINT_FIELDS
# a sequence written out: numbers (each with a digit, perhaps its network in brackets) between
# separators
SEPARATORS = r"[\s\-–—,;>→/.]+"
NUMBERS_ONLY = re.compile(rf"\s*\d+(?:{SEPARATORS}\d+)*\s*")
TOKEN = r"\w*\d\w*(?:\s*\([^()]*\))?"
SEQUENCE_TEXT = re.compile(rf"\s*{TOKEN}(?:{SEPARATORS}{TOKEN})*\s*")


class StopsAlong(NamedTuple):
    """The stops read (circuit_inputs.Stops) and those along a circuit: per pair, the
    circuit's index, the stop's index, its chainage on the circuit and its distance to it."""

    stops: object
    circuit: np.ndarray
    point: np.ndarray
    chainage: np.ndarray
    distance: np.ndarray

    def counts(self, kind, circuit_count):
        """Per circuit, how many stops of ``kind`` (aire, accueil_velo) are along it."""
        kinds = np.array(self.stops.kind, dtype=object)[self.point] if len(self.point) \
            else np.zeros(0, dtype=object)
        return np.bincount(self.circuit[kinds == kind], minlength=circuit_count)

    def rows(self, built):
        """The STOPS rows."""
        stops = self.stops
        return [(point_geometry(*stops.xy[p]), [
            built[c].name, stops.kind[p], stops.name[p], stops.category[p], at, distance,
            stops.fid[p]]) for c, p, at, distance in zip(
            self.circuit.tolist(), self.point.tolist(), self.chainage.tolist(),
            self.distance.tolist())]


class BuildCircuit(ItineranceAlgorithm):
    NETWORK = "NETWORK"
    NODES = "NODES"
    NODE_FIELD = "NODE_FIELD"
    NETWORK_FIELD = "NETWORK_FIELD"
    NETWORK_NAME = "NETWORK_NAME"
    SEQUENCE = "SEQUENCE"
    NAME = "NAME"
    SEQUENCE_FIELD = "SEQUENCE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    DEM = "DEM"
    BAND = "BAND"
    AIRES = "AIRES"
    ESTABLISHMENTS = "ESTABLISHMENTS"
    LABEL_FIELD = "LABEL_FIELD"
    ACCESS_DISTANCE = "ACCESS_DISTANCE"
    SURFACE_FIELD = "SURFACE_FIELD"
    MAX_NODE_DISTANCE = "MAX_NODE_DISTANCE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    STEP = "STEP"
    GRADE_WINDOW = "GRADE_WINDOW"
    CHARTS_FOLDER = "CHARTS_FOLDER"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    LEGS = "LEGS"
    STOPS = "STOPS"
    PROFILE = "PROFILE"
    OUTPUT_GPX = "OUTPUT_GPX"
    ICON = "buildcircuit.svg"

    def name(self):
        return "buildcircuit"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Circuit from node numbers")

    def group(self):
        return self.tr("Circuits")

    def groupId(self):  # noqa: N802 - QGIS API
        return "circuits"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Cycling network (lines)"), [QgsProcessing.TypeVectorLine]))
        self.add_mode_parameter(self.tr("Mode (the sections, nodes and sequences of this "
                                        "mode)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NODES, self.tr("Numbered nodes (points-nœuds)"),
            [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.NODE_FIELD, self.tr("Node number field"), DEFAULT_NODE_FIELD,
            parentLayerParameterName=self.NODES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NETWORK_FIELD, self.tr("Network field of the nodes (numbers repeat across "
                                        "networks)"),
            parentLayerParameterName=self.NODES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NETWORK_NAME, self.tr("Network of every number that names none (default: "
                                       "the nearest node of each number)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SEQUENCE, self.tr("Sequence of node numbers (such as 12-45-3-78-12 or "
                                   "5-12 (Westhoek)-7), or a layer of sequences")))
        self.addParameter(QgsProcessingParameterString(
            self.NAME, self.tr("Circuit name"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("DEM"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AIRES, self.tr("Aires (points)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ESTABLISHMENTS, self.tr("Establishments (points)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_DISTANCE, self.tr("Distance along the circuit, straight line (m)"),
            QgsProcessingParameterNumber.Double, 500.0, minValue=0.0))
        advanced_parameters = [
            QgsProcessingParameterString(
                self.SEQUENCE_FIELD, self.tr("Sequence field of a layer of sequences"),
                "sequence", optional=True),
            QgsProcessingParameterString(
                self.NAME_FIELD, self.tr("Name field of a layer of sequences"), "name",
                optional=True),
            # optional: QGIS 3.22 refuses a missing band even though it has a default
            QgsProcessingParameterBand(
                self.BAND, self.tr("Band"), 1, parentLayerParameterName=self.DEM,
                optional=True),
            QgsProcessingParameterField(
                self.LABEL_FIELD, self.tr("Label field (which establishments are labelled)"),
                parentLayerParameterName=self.ESTABLISHMENTS, optional=True),
            QgsProcessingParameterField(
                self.SURFACE_FIELD, self.tr("Surface field of the network"),
                parentLayerParameterName=self.NETWORK, optional=True),
            QgsProcessingParameterNumber(
                self.MAX_NODE_DISTANCE, self.tr("Maximum distance from a node to the network "
                                                "(m)"),
                QgsProcessingParameterNumber.Double, 25.0, minValue=0.0),
            QgsProcessingParameterNumber(
                self.SNAP_TOLERANCE, self.tr("Snap tolerance for line ends (m)"),
                QgsProcessingParameterNumber.Double, 1.0, minValue=0.0),
            QgsProcessingParameterNumber(
                self.STEP, self.tr("Sampling interval (m; 0 = half a DEM cell)"),
                QgsProcessingParameterNumber.Double, 0.0, minValue=0.0),
            QgsProcessingParameterNumber(
                self.GRADE_WINDOW, self.tr("Window of the steepest grade (m)"),
                QgsProcessingParameterNumber.Double, 100.0, minValue=1.0),
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
                optional=True),
        ]
        for parameter in advanced_parameters:
            self.addParameter(advanced(parameter))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.CHARTS_FOLDER, self.tr("Folder for the profile charts (PNG and SVG)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Circuits"), QgsProcessing.TypeVectorLine))
        # the secondary outputs: proposed in the dialog, written only when asked elsewhere
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LEGS, self.tr("Legs between nodes"), QgsProcessing.TypeVectorLine,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.STOPS, self.tr("Aires and Accueil Vélo along the circuits"),
            QgsProcessing.TypeVectorPoint, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROFILE, self.tr("Profile points"), QgsProcessing.TypeVectorPoint,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_GPX, self.tr("GPX file (tracks, nodes, aires and Accueil Vélo)"),
            self.tr("GPX files (*.gpx)"), optional=True, createByDefault=False))
        self.add_number_outputs({
            "LENGTH_M": self.tr("Length of the circuits (m)"),
            "GAIN_M": self.tr("Elevation gain of the circuits (m)"),
            "AIRE_COUNT": self.tr("Aires along the circuits"),
            "ACCUEIL_VELO_COUNT": self.tr("Accueil Vélo establishments along the circuits"),
            "LEG_COUNT": self.tr("Legs between nodes"),
            "CIRCUIT_COUNT": self.tr("Circuits built"),
            "SKIPPED_COUNT": self.tr("Circuits left out (named in the log)"),
        })

    def aliases(self):
        return {
            "name": self.tr("Name"), "sequence": self.tr("Node numbers"),
            "network": self.tr("Network"), "mode": self.tr("Mode"),
            "leg_count": self.tr("Legs"),
            "length_km": self.tr("Length (km)"), "gain_m": self.tr("Elevation gain (m)"),
            "loss_m": self.tr("Elevation loss (m)"),
            "max_grade_pct": self.tr("Steepest grade (%)"),
            "n_aires": self.tr("Aires along the circuit"),
            "n_accueil_velo": self.tr("Accueil Vélo along the circuit"),
            "surfaces": self.tr("Surfaces"), "circuit": self.tr("Circuit"),
            "leg": self.tr("Leg"), "from_node": self.tr("From node"),
            "to_node": self.tr("To node"), "length_m": self.tr("Length (m)"),
            "start_km": self.tr("Start (km)"), "end_km": self.tr("End (km)"),
            "kind": self.tr("Kind"), "category": self.tr("Category"),
            "chainage_m": self.tr("Distance from the start (m)"),
            "distance_m": self.tr("Distance to the circuit (m)"),
            "feature_fid": self.tr("Feature"), "z_m": self.tr("Elevation (m)"),
            "grade_pct": self.tr("Grade (%)"), "grade_class": self.tr("Grade class"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        nodes_source = self.parameterAsSource(parameters, self.NODES, context)
        if network_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NETWORK))
        if nodes_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NODES))
        network_field = self.parameterAsString(parameters, self.NETWORK_FIELD, context)
        crs = working_crs(network_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        mode = self.parameter_as_mode(parameters, context, feedback)
        requests, failures, single = self.requests(parameters, context, network_field, mode)
        inputs = self.read_network(parameters, context, network_source, nodes_source,
                                   network_field, crs, feedback, mode)
        if feedback.isCanceled():
            return {}
        feedback.setProgressText(self.tr("Finding the paths between the nodes"))
        feedback.setProgress(40)
        built = self.build(inputs, requests, failures, single, feedback)
        stops = self.stops_along(parameters, context, built, crs, feedback)
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        profiles = self.profiles(parameters, context, feedback, built, crs)
        if feedback.isCanceled():
            return {}
        outputs = self.write_results(parameters, context, crs, inputs, built, stops, profiles)
        outputs.update(self.write_gpx(parameters, context, crs, built, stops, profiles,
                                      feedback))
        self.style_outputs(context, {name: destination for name, destination in outputs.items()
                                     if name != self.OUTPUT_GPX})
        return self.results(parameters, context, feedback, built, stops, profiles, failures,
                            outputs)

    # --- inputs ------------------------------------------------------------------------------

    def read_network(self, parameters, context, network_source, nodes_source, network_field,
                     crs, feedback, mode):
        """The network graph split at the numbered nodes (circuit_inputs.CircuitNetwork), of
        ``mode`` where the layers have a mode field."""
        feedback.setProgressText(self.tr("Building the network graph"))
        inputs = read_circuit_network(
            network_source, nodes_source,
            self.parameterAsString(parameters, self.NODE_FIELD, context) or DEFAULT_NODE_FIELD,
            network_field,
            field_or_default(network_source, self.parameterAsString(
                parameters, self.SURFACE_FIELD, context), "surface"),
            crs, context, self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            self.parameterAsDouble(parameters, self.MAX_NODE_DISTANCE, context), feedback,
            mode)
        inputs.mode = mode
        for label, count in inputs.skipped.items():
            feedback.reportError(self.tr("{}: {} left out.").format(label, count))
        return inputs

    def stops_along(self, parameters, context, built, crs, feedback):
        """The aires and labelled establishments within ACCESS_DISTANCE of the circuits."""
        stops = read_stops(self.parameterAsSource(parameters, self.AIRES, context),
                           self.parameterAsSource(parameters, self.ESTABLISHMENTS, context),
                           self.parameterAsString(parameters, self.LABEL_FIELD, context),
                           crs, context)
        if stops.skipped:
            feedback.reportError(self.tr(
                "Aires and establishments: {} without a geometry left out.").format(
                stops.skipped))
        access = self.parameterAsDouble(parameters, self.ACCESS_DISTANCE, context)
        return StopsAlong(stops, *circuits.stops_along(built, stops.xy, access))

    # --- sequences ---------------------------------------------------------------------------

    def requests(self, parameters, context, network_field, mode):
        """(requests, failures, single): the circuits to build, the sequences that cannot be
        read ((name, error) pairs), and whether SEQUENCE was one sequence (else a layer, whose
        sequences of ``mode`` are read when it has a mode field)."""
        text = self.parameterAsString(parameters, self.SEQUENCE, context).strip()
        network_name = self.parameterAsString(parameters, self.NETWORK_NAME, context) or None
        if not text:
            raise QgsProcessingException(self.tr(
                "Give a SEQUENCE: node numbers in riding order such as 12-45-3-78-12, or a "
                "layer of sequences."))
        # plain numbers are a sequence; else a layer if one loads; else numbers with letters
        layer = None if NUMBERS_ONLY.fullmatch(text) else \
            QgsProcessingUtils.mapLayerFromString(text, context)
        if layer is None and SEQUENCE_TEXT.fullmatch(text):
            name = self.parameterAsString(parameters, self.NAME, context) or None
            try:
                numbers = circuits.parse_sequence(text)
            except circuits.CircuitError as error:
                raise QgsProcessingException(error_message(error)) from error
            return [circuits.Request(name or circuits.format_sequence(numbers), numbers,
                                     network_name)], [], True
        if not isinstance(layer, QgsVectorLayer):
            raise QgsProcessingException(self.tr(
                "SEQUENCE: {} is neither node numbers such as 12-45-3-78-12 nor a layer of "
                "sequences that could be loaded (check the path or the layer name).")
                .format(text))
        sequence_field = self.parameterAsString(parameters, self.SEQUENCE_FIELD, context) \
            or "sequence"
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or "name"
        fields = layer.fields()
        if fields.indexFromName(sequence_field) < 0:
            raise QgsProcessingException(self.tr(
                "The layer of sequences {} has no field {}: set SEQUENCE_FIELD to the field "
                "holding the node numbers.").format(layer.name(), sequence_field))
        has_name = fields.indexFromName(name_field) >= 0
        has_network = bool(network_field) and fields.indexFromName(network_field) >= 0
        requests, failures, seen = [], [], {}
        for feature in layer.getFeatures(mode_request(fields, mode)):
            name = (text_value(feature[name_field]) if has_name else None) \
                or self.tr("Circuit {}").format(feature.id())
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:  # the legs and stops name their circuit: names must differ
                name = f"{name} ({seen[name]})"
            network = (text_value(feature[network_field]) if has_network else None) \
                or network_name
            try:
                numbers = circuits.parse_sequence(text_value(feature[sequence_field]))
            except circuits.CircuitError as error:
                failures.append((name, error))
                continue
            requests.append(circuits.Request(name, numbers, network))
        return requests, failures, False

    def build(self, inputs, requests, failures, single, feedback):
        """The circuits built; a single sequence that fails raises, a failure in a layer of
        sequences is logged and counted."""
        built = []
        for request, result in zip(requests, circuits.build_circuits(
                inputs.graph, inputs.table, requests)):
            if isinstance(result, circuits.CircuitError):
                failures.append((request.name, result))
            else:
                built.append(result)
        if single and failures:
            raise QgsProcessingException(error_message(failures[0][1]))
        for name, error in failures:
            feedback.reportError(self.tr("Circuit {}: {} It is left out.").format(
                name, error_message(error)))
        if not built:
            raise QgsProcessingException(self.tr(
                "No circuit could be built from the {} sequence(s): see the reasons above.")
                .format(len(failures)))
        return built

    # --- figures -----------------------------------------------------------------------------

    def profiles(self, parameters, context, feedback, built, crs):
        """Per circuit (chainage, points, z, figures) from the DEM; [] without a DEM."""
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            return []
        feedback.setProgressText(self.tr("Reading the DEM along the circuits"))
        dem = open_dem(dem_layer, self.parameterAsInt(parameters, self.BAND, context))
        window = self.parameterAsDouble(parameters, self.GRADE_WINDOW, context)
        charts = self.parameterAsString(parameters, self.CHARTS_FOLDER, context)
        work_wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
        results, taken = [], set()
        with dem:
            step = self.parameterAsDouble(parameters, self.STEP, context) or \
                profile.auto_step(dem.approx_cell_size_m)
            for index, circuit in enumerate(built):
                if feedback.isCanceled():
                    break
                feedback.setProgress(60 + 30 * index / len(built))
                result = circuits.route_profile(circuit.xy, dem, step, window, work_wkt)
                if result[3]["gain_m"] is None:
                    feedback.reportError(self.tr(
                        "Circuit {} lies outside the DEM (or on no data): no elevation figures.")
                        .format(circuit.name))
                results.append(result)
                if charts:
                    self.chart(charts, circuit, result, window, taken)
        return results

    def chart(self, folder, circuit, result, window, taken):
        chainage, _, z, figures = result
        shown = {
            self.tr("Length"): f"{format_number(circuit.length / 1000, 1)} km",
            self.tr("Gain"): f"{format_number(figures['gain_m'] or 0, 0)} m",
            self.tr("Loss"): f"{format_number(figures['loss_m'] or 0, 0)} m",
            self.tr("Steepest {} m").format(format_number(window)):
                f"{format_number(figures['max_grade_pct'] or 0, 1)} %",
        }
        write_chart(folder, circuit.name, taken, chainage, z, circuit.name, shown, window)

    def surfaces(self, inputs, circuit):
        """``Asphalt 62 %, Stabilised gravel 30 %…``: the share of each surface."""
        if inputs.edge_surface is None or circuit.length <= 0:
            return None
        labels = {value.code: model_text(value.label) for value in SURFACES.values}
        parts = []
        for value, metres in circuits.length_by_value(inputs.graph, circuit,
                                                      inputs.edge_surface):
            code = text_value(value)
            label = labels.get(code, code) if code is not None else self.tr("unknown")
            parts.append(f"{label} {100.0 * metres / circuit.length:.0f} %")
        return ", ".join(parts)

    def leg_rows(self, circuit):
        return [(geometry, [circuit.name, k + 1, circuit.numbers[k], circuit.numbers[k + 1],
                            length, start / 1000.0, (start + length) / 1000.0])
                for k, (geometry, length, start) in enumerate(zip(
                    line_geometries(circuit.leg_xy, circuit.leg_ptr),
                    circuit.leg_length.tolist(), circuit.leg_start.tolist()))]

    # --- outputs -----------------------------------------------------------------------------

    def write_results(self, parameters, context, crs, inputs, built, stops, profiles):
        window = self.parameterAsDouble(parameters, self.GRADE_WINDOW, context)
        n_aires, n_labelled = stops.counts("aire", len(built)), \
            stops.counts("accueil_velo", len(built))
        circuit_rows, leg_rows, profile_rows = [], [], []
        for c, circuit in enumerate(built):
            figures = profiles[c][3] if profiles else {}
            circuit_rows.append((line_geometry(circuit.xy), [
                circuit.name, circuit.sequence, circuit.network, inputs.mode,
                len(circuit.leg_length),
                circuit.length / 1000.0, figures.get("gain_m"), figures.get("loss_m"),
                figures.get("max_grade_pct"), int(n_aires[c]), int(n_labelled[c]),
                self.surfaces(inputs, circuit)]))
            leg_rows.extend(self.leg_rows(circuit))
            if profiles and parameters.get(self.PROFILE) is not None:
                profile_rows.extend(profile_point_rows((circuit.name,), *profiles[c][:3],
                                                       window))
        specs = {self.OUTPUT: (CIRCUIT_FIELDS, QgsWkbTypes.LineString, circuit_rows),
                 self.LEGS: (LEG_FIELDS, QgsWkbTypes.LineString, leg_rows),
                 self.STOPS: (STOP_FIELDS, QgsWkbTypes.Point, stops.rows(built))}
        if profiles:
            specs[self.PROFILE] = (PROFILE_FIELDS, QgsWkbTypes.PointZ, profile_rows)
        return self.write_outputs(parameters, context, crs, specs)

    def write_gpx(self, parameters, context, crs, built, stops, profiles, feedback):
        """OUTPUT_GPX when asked: a track per circuit, its nodes and stops as waypoints."""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_GPX, context)
        if not path:
            return {}
        tracks = circuit_gpx_io.circuit_tracks(built, profiles)
        for message in circuit_gpx_io.missing_elevation_messages(tracks):
            feedback.pushWarning(message)
        title = built[0].name if len(built) == 1 else self.tr("Circuits")
        circuit_gpx_io.write_circuits_gpx(
            path, title, tracks, circuit_gpx_io.gpx_stops(stops.stops, stops.point.tolist()),
            crs)
        return {self.OUTPUT_GPX: path}

    def results(self, parameters, context, feedback, built, stops, profiles, failures,
                outputs):
        gains = [p[3]["gain_m"] for p in profiles if p[3]["gain_m"] is not None]
        results = {
            "LENGTH_M": float(sum(c.length for c in built)),
            "GAIN_M": float(sum(gains)) if gains else float("nan"),
            "AIRE_COUNT": int(stops.counts("aire", len(built)).sum()),
            "ACCUEIL_VELO_COUNT": int(stops.counts("accueil_velo", len(built)).sum()),
            "LEG_COUNT": int(sum(len(c.leg_length) for c in built)),
            "CIRCUIT_COUNT": len(built),
            "SKIPPED_COUNT": len(failures),
        }
        charts = self.parameterAsString(parameters, self.CHARTS_FOLDER, context)
        if charts and profiles:
            results[self.CHARTS_FOLDER] = charts
        feedback.pushInfo(self.tr(
            "{} circuit(s), {:.1f} km in all, {} gained; {} aire(s) and {} Accueil Vélo "
            "establishment(s) along them; {} circuit(s) left out.").format(
            len(built), results["LENGTH_M"] / 1000,
            f"{results['GAIN_M']:.0f} m" if gains else "—", results["AIRE_COUNT"],
            results["ACCUEIL_VELO_COUNT"], results["SKIPPED_COUNT"]))
        results.update(outputs)
        return results

    # --- styles ------------------------------------------------------------------------------

    def styles(self):
        """The style function of each output (the sheet export reuses them)."""
        return {
            self.OUTPUT: lambda layer: output_styles.single_line(layer, "#d7191c", 1.4),
            self.LEGS: lambda layer: output_styles.single_line(layer, "#fdae61", 0.6),
            self.STOPS: lambda layer: output_styles.diagnostics(layer, "kind", [
                ("aire", self.tr("Aire"), "#1f78b4", 0),
                ("accueil_velo", self.tr("Accueil Vélo establishment"), "#1a9641", 2)]),
            self.PROFILE: style_points,
        }
