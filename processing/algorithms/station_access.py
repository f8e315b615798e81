"""itinerance:stationaccess: how far each railway station is from the network, its numbered
nodes, the itineraries and the Accueil Vélo establishments ("connexion avec les gares")."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..inputs.place_inputs import feature_source, has_field, no_places, read_places
from ..layers import output_styles
from ..layers.geometry_io import LAMBERT_93, point_wkbs, read_lines, working_crs
from ..layers.sinks import Columns
from ..logic.products import station_access as access
from .base import ItineranceAlgorithm, advanced

OUTPUT_FIELDS = (("name", "text"), ("commune", "text"), ("network_distance_m", "real"),
                 ("node_distance_m", "real"), ("nearest_node", "text"),
                 ("itinerary_distance_m", "real"), ("nearest_itinerary", "text"),
                 ("itinerary_measure", "text"), ("establishment_distance_m", "real"),
                 ("nearest_establishment", "text"), ("far", "bool"))


class StationAccess(ItineranceAlgorithm):
    STATIONS = "STATIONS"
    NETWORK = "NETWORK"
    NODES = "NODES"
    ITINERARIES = "ITINERARIES"
    ESTABLISHMENTS = "ESTABLISHMENTS"
    MAX_DISTANCE_M = "MAX_DISTANCE_M"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    ICON = "stationaccess.svg"

    def name(self):
        return "stationaccess"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Station access to the network")

    def group(self):
        return self.tr("Itinerance products")

    def groupId(self):  # noqa: N802 - QGIS API
        return "products"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STATIONS, self.tr("Railway stations (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Network (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NODES, self.tr("Numbered nodes (points-nœuds)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ITINERARIES, self.tr("Itineraries (lines)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ESTABLISHMENTS, self.tr("Establishments (the labelled Accueil Vélo ones "
                                         "count)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE_M, self.tr("Farthest acceptable distance to an itinerary (m)"),
            QgsProcessingParameterNumber.Double, 2000.0, minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snap tolerance between lines (m)"),
            QgsProcessingParameterNumber.Double, 1.0, minValue=0.0)))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Stations with their access"), QgsProcessing.TypeVectorPoint))
        self.add_number_outputs({
            "STATION_COUNT": self.tr("Stations"),
            "FAR_COUNT": self.tr("Stations farther than the distance from any itinerary"),
            "SKIPPED_COUNT": self.tr("Features skipped (no usable geometry)"),
        })

    def aliases(self):
        return {"name": self.tr("Name"), "commune": self.tr("Commune"),
                "network_distance_m": self.tr("Distance to the network (m)"),
                "node_distance_m": self.tr("Distance to the nearest node (m)"),
                "nearest_node": self.tr("Nearest node"),
                "itinerary_distance_m": self.tr("Distance to the nearest itinerary (m)"),
                "nearest_itinerary": self.tr("Nearest itinerary"),
                "itinerary_measure": self.tr("Measured (network or straight)"),
                "establishment_distance_m": self.tr("Distance to Accueil Vélo (m)"),
                "nearest_establishment": self.tr("Nearest Accueil Vélo establishment"),
                "far": self.tr("Far from the itineraries")}

    def styles(self):
        return {self.OUTPUT: lambda layer: output_styles.covered_flag(
            layer, "far", self.tr("Farther than the distance"), self.tr("Within the distance"))}

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        stations_source = feature_source(self, parameters, self.STATIONS, context)
        network_source = feature_source(self, parameters, self.NETWORK, context)
        crs = working_crs(network_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        stations = read_places(stations_source, crs, context, extra_fields=("commune",))
        network = read_lines(network_source, crs, context, feedback)
        skipped = stations.skipped + self.report_skipped(feedback, self.tr("network"), network)
        if not network.parts:
            raise QgsProcessingException(self.tr(
                "The network layer has no usable line ({} features read): choose a layer of "
                "lines.").format(network.features))
        itineraries, names = self.itineraries(parameters, context, crs, feedback)
        nodes = self.optional_points(parameters, self.NODES, context, crs, ("number",))
        establishments = self.optional_points(parameters, self.ESTABLISHMENTS, context, crs)
        labelled = establishments.labelled if has_field(
            self.parameterAsSource(parameters, self.ESTABLISHMENTS, context), "accueil_velo") \
            else np.ones(len(establishments.names), dtype=bool)
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE_M, context)
        result = access.station_access(
            network.parts, stations.xy, itineraries.parts if itineraries else None, nodes.xy,
            establishments.xy[labelled], max_distance,
            self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context))
        if itineraries:
            skipped += self.report_skipped(feedback, self.tr("itineraries"), itineraries)
        node_names = [str(v) if v is not None else n
                      for v, n in zip(nodes.values["number"], nodes.names)]
        est_names = [n for n, ok in zip(establishments.names, labelled.tolist()) if ok]
        rows = Columns(point_wkbs(stations.xy), [
            stations.names, stations.values["commune"], result.network_m, result.node_m,
            pick(node_names, result.node), result.itinerary_m, pick(names, result.itinerary),
            ["network" if a else "straight" for a in result.along.tolist()],
            result.establishment_m, pick(est_names, result.establishment), result.far])
        outputs = self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (OUTPUT_FIELDS, QgsWkbTypes.Point, rows)})
        self.style_outputs(context, outputs)
        far = int(result.far.sum())
        feedback.pushInfo(self.tr("{} station(s); {} farther than {:.0f} m from any "
                                  "itinerary.").format(len(stations.names), far, max_distance))
        for name, metres in zip(stations.names, result.itinerary_m.tolist()):
            if metres > max_distance:
                feedback.pushInfo(self.tr("  {}: {:.0f} m").format(name, metres))
        return {"STATION_COUNT": len(stations.names), "FAR_COUNT": far,
                "SKIPPED_COUNT": skipped, **outputs}

    def itineraries(self, parameters, context, crs, feedback):
        """The itinerary lines (None when not given) and each part's name."""
        source = feature_source(self, parameters, self.ITINERARIES, context, required=False)
        if source is None:
            feedback.pushInfo(self.tr("No itineraries given: the network's lines are the "
                                      "itineraries."))
            return None, []
        name_field = "name" if has_field(source, "name") else None
        lines = read_lines(source, crs, context, feedback, name_field)
        names = [str(v) if v is not None and not (hasattr(v, "isNull") and v.isNull())
                 else f"#{fid}" for v, fid in zip(lines.values or [None] * len(lines.parts),
                                                 lines.feature_ids)]
        return lines, names

    def optional_points(self, parameters, name, context, crs, extra_fields=()):
        source = feature_source(self, parameters, name, context, required=False)
        if source is None:
            return no_places(extra_fields)
        return read_places(source, crs, context, extra_fields=extra_fields)


def pick(names, index):
    """``names[i]`` for each index (None for −1)."""
    return [names[i] if i >= 0 else None for i in np.asarray(index).tolist()]
