"""itinerance:trameconnectivity: components, critical links, hub reachability, missing links."""

from typing import NamedTuple

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from shapely import wkb as shapely_wkb

from ..layers import output_styles
from ..layers.geometry_io import (
    LAMBERT_93,
    features,
    line_geometries,
    line_geometry,
    read_lines,
    working_crs,
)
from ..layers.sinks import column, value
from ..logic.network import graph as network
from ..logic.trame.bridges import bridge_cut_pairs, components_and_bridges
from ..logic.trame.hub_distances import NodeDistances, hub_distances
from ..logic.trame.hubs import attach_hubs, component_hub_counts
from ..logic.trame.indices import d_iic_pct, reachable_hubs, summary
from ..logic.trame.missing_links import missing_links
from .base import ItineranceAlgorithm

EDGE_FIELDS = (("line_fid", "long"), ("length_m", "real"), ("component", "int"),
               ("component_length_km", "real"), ("component_hubs", "int"),
               ("is_bridge", "bool"), ("cut_hub_pairs", "int"))
HUB_FIELDS = (("component", "int"), ("access_m", "real"), ("reachable_hubs", "int"),
              ("d_iic_pct", "real"))
LINK_FIELDS = (("rank", "int"), ("length_m", "real"), ("from_component", "int"),
               ("to_component", "int"), ("hub", "text"), ("gain_hub_pairs", "int"),
               ("d_iic_pct", "real"))


class Connectivity(NamedTuple):
    """What trameconnectivity finds: the network split at the hubs (``attachment``), its
    bridges with the hub pairs each would separate, the hubs on each part, the headline
    figures, per attached hub the hubs within reach and its dIIC, and the missing links."""

    attachment: object  # connectivity.HubAttachment
    bridges: object
    cut_pairs: object
    hub_counts: object
    figures: dict
    reachable: object
    d_iic: object
    links: list


class TrameConnectivity(ItineranceAlgorithm):
    ITINERARIES = "ITINERARIES"
    HUBS = "HUBS"
    HUB_NAME_FIELD = "HUB_NAME_FIELD"
    HUB_WEIGHT_FIELD = "HUB_WEIGHT_FIELD"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    HUB_ACCESS_DISTANCE = "HUB_ACCESS_DISTANCE"
    MAX_LINK_LENGTH = "MAX_LINK_LENGTH"
    DISTANCE_THRESHOLD = "DISTANCE_THRESHOLD"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    HUBS_OUT = "HUBS_OUT"
    MISSING_LINKS = "MISSING_LINKS"
    ICON = "trameconnectivity.svg"

    def name(self):
        return "trameconnectivity"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Green network connectivity")

    def group(self):
        return self.tr("Network coverage")

    def groupId(self):  # noqa: N802 - QGIS API
        return "coverage"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ITINERARIES, self.tr("Itineraries (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HUBS, self.tr("Hubs (points or polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.HUB_NAME_FIELD, self.tr("Hub name field"), parentLayerParameterName=self.HUBS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.HUB_WEIGHT_FIELD, self.tr("Hub weight field (default: area, or 1 for points)"),
            parentLayerParameterName=self.HUBS, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snap tolerance for line ends (m)"),
            QgsProcessingParameterNumber.Double, 5.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.HUB_ACCESS_DISTANCE, self.tr("Hub access distance (m)"),
            QgsProcessingParameterNumber.Double, 100.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_LINK_LENGTH, self.tr("Longest missing link to propose (m)"),
            QgsProcessingParameterNumber.Double, 1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE_THRESHOLD, self.tr("Distance along the network joining two hubs (m)"),
            QgsProcessingParameterNumber.Double, 10000.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Network edges with components and bridges"),
            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HUBS_OUT, self.tr("Hubs with their connectivity"),
            QgsProcessing.TypeVectorAnyGeometry, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MISSING_LINKS, self.tr("Missing links worth building"),
            QgsProcessing.TypeVectorLine, optional=True, createByDefault=True))
        self.add_number_outputs({
            "COMPONENT_COUNT": self.tr("Connected parts of the network"),
            "BRIDGE_COUNT": self.tr("Critical links (bridges)"),
            "ISOLATED_HUB_COUNT": self.tr("Hubs cut off from the network"),
            "IIC": self.tr("Integral index of connectivity (IIC)"),
            "PC": self.tr("Probability of connectivity (PC)"),
            "LARGEST_COMPONENT_KM": self.tr("Largest connected part (km)"),
            "SKIPPED_COUNT": self.tr("Features skipped (empty or degenerate geometry)"),
        })

    def aliases(self):
        return {
            "line_fid": self.tr("Itinerary feature"), "length_m": self.tr("Length (m)"),
            "component": self.tr("Network part"),
            "component_length_km": self.tr("Length of the part (km)"),
            "component_hubs": self.tr("Hubs on the part"),
            "is_bridge": self.tr("Critical link"),
            "cut_hub_pairs": self.tr("Hub pairs it would separate"),
            "access_m": self.tr("Distance to the network (m)"),
            "reachable_hubs": self.tr("Hubs within reach"),
            "d_iic_pct": self.tr("Share of IIC (%)"), "rank": self.tr("Rank"),
            "from_component": self.tr("From part"), "to_component": self.tr("To part"),
            "hub": self.tr("Hub"), "gain_hub_pairs": self.tr("Hub pairs joined"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        lines_source = self.parameterAsSource(parameters, self.ITINERARIES, context)
        if lines_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ITINERARIES))
        hubs_source = self.parameterAsSource(parameters, self.HUBS, context)
        crs = working_crs(lines_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        lines = self.read_itineraries(lines_source, crs, context, feedback)
        hubs = self.read_hubs(
            hubs_source, crs, context,
            self.parameterAsString(parameters, self.HUB_NAME_FIELD, context),
            self.parameterAsString(parameters, self.HUB_WEIGHT_FIELD, context), feedback)
        found = self.analyse(parameters, context, lines, hubs, feedback)
        if found is None:
            return {}
        outputs = self.write_network(parameters, context, crs, lines, hubs, found)
        outputs.update(self.write_hubs(parameters, context, crs, hubs_source, hubs, found))
        self.style_outputs(context, outputs)
        figures = found.figures
        figures["SKIPPED_COUNT"] = lines.skipped_count + hubs["skipped"]
        self.log_results(feedback, figures, len(found.links))
        figures.update(outputs)
        return figures

    # --- analysis --------------------------------------------------------------------------

    def analyse(self, parameters, context, lines, hubs, feedback):
        """The network's parts, critical links, hub distances and missing links (a
        :class:`Connectivity`); None when cancelled."""
        value = self.parameterAsDouble
        threshold = value(parameters, self.DISTANCE_THRESHOLD, context)
        feedback.setProgressText(self.tr("Building the network graph"))
        graph = network.build_network(lines.parts, value(parameters, self.SNAP_TOLERANCE,
                                                          context))
        valid = hubs["valid"]
        shapes = [hubs["shapes"][i] for i in valid]
        attachment = attach_hubs(
            graph, shapes, value(parameters, self.HUB_ACCESS_DISTANCE, context))
        refined = attachment.network
        del graph  # the hubs are attached: free the unsplit network and its indexes
        bridges = components_and_bridges(refined)
        cut_pairs = bridge_cut_pairs(refined, bridges, attachment.node)
        hub_counts = component_hub_counts(refined, attachment.node)
        feedback.setProgress(40)
        if feedback.isCanceled():
            return None
        weights = hubs["weights"][valid]
        node_distances = NodeDistances(refined, attachment.node)
        distances = hub_distances(refined, attachment.node, attachment.access_m,
                                  node_distances=node_distances)
        figures = summary(refined, bridges, attachment, weights, distances, threshold)
        figures["ISOLATED_HUB_COUNT"] += len(hubs["features"]) - len(valid)  # no geometry
        feedback.setProgressText(self.tr("Ranking missing links"))
        links = missing_links(
            refined, attachment, shapes, weights,
            value(parameters, self.MAX_LINK_LENGTH, context), threshold,
            node_distances=node_distances)
        feedback.setProgress(80)
        return Connectivity(
            attachment, bridges, cut_pairs, hub_counts, figures,
            reachable_hubs(distances, threshold),
            d_iic_pct(weights, distances, threshold) if len(valid) else [], links)

    # --- outputs ---------------------------------------------------------------------------

    def write_network(self, parameters, context, crs, lines, hubs, found):
        """OUTPUT (the edges, with their part and whether each is a bridge) and MISSING_LINKS."""
        refined, bridges = found.attachment.network, found.bridges
        component = refined.edge_component
        line_fids = np.asarray(lines.feature_ids, dtype=np.int64)[refined.edge_line]
        edge_rows = zip(line_geometries(refined.edge_xy, refined.edge_ptr), zip(
            column(line_fids), column(refined.edge_length), column(component),
            column(refined.component_length[component] / 1000.0),
            column(found.hub_counts[component]), column(bridges.is_bridge),
            column(found.cut_pairs)))
        names = [hubs["names"][i] for i in hubs["valid"]]
        link_rows = [(line_geometry(np.array([link["from_xy"], link["to_xy"]])), [
            link["rank"], link["length_m"], link["from_component"], link["to_component"],
            names[link["hub"]] if link["hub"] >= 0 else None, link["gain_hub_pairs"],
            link["d_iic_pct"]]) for link in found.links]
        return self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (EDGE_FIELDS, QgsWkbTypes.LineString, edge_rows),
            self.MISSING_LINKS: (LINK_FIELDS, QgsWkbTypes.LineString, link_rows)})

    def write_hubs(self, parameters, context, crs, source, hubs, found):
        """HUBS_OUT: every hub with its part, access distance, reachable hubs and dIIC."""
        if source is None:
            return {}
        attachment = found.attachment
        per_hub = {index: (attachment.component[k] if attachment.component[k] >= 0 else None,
                           attachment.access_m[k], found.reachable[k], found.d_iic[k])
                   for k, index in enumerate(hubs["valid"].tolist())}
        destination = self.write_input_features(
            parameters, self.HUBS_OUT, context, crs, source, hubs["features"], HUB_FIELDS,
            [per_hub.get(index, (None, None, 0, None))
             for index in range(len(hubs["features"]))])
        return {self.HUBS_OUT: destination} if destination else {}

    def log_results(self, feedback, figures, link_count):
        feedback.pushInfo(self.tr(
            "{} part(s), the largest {:.1f} km; {} critical link(s); {} hub(s) cut off; "
            "IIC {:.4f}, PC {:.4f}; {} missing link(s) proposed.").format(
            figures["COMPONENT_COUNT"], figures["LARGEST_COMPONENT_KM"],
            figures["BRIDGE_COUNT"], figures["ISOLATED_HUB_COUNT"], figures["IIC"],
            figures["PC"], link_count))

    # --- inputs ----------------------------------------------------------------------------

    def read_itineraries(self, source, crs, context, feedback):
        lines = read_lines(source, crs, context, feedback)
        self.report_skipped(feedback, self.tr("itineraries"), lines)
        if not lines.parts:
            raise QgsProcessingException(self.tr(
                "The itinerary layer has no usable line ({} features read). Choose a layer of "
                "lines with geometries.").format(lines.features))
        return lines

    def read_hubs(self, source, crs, context, name_field, weight_field, feedback):
        """Hub features, their shapely geometries in ``crs``, names and weights."""
        hubs = {"features": [], "shapes": [], "names": [], "weights": [], "valid": [],
                "skipped": 0}
        if source is None:
            hubs["weights"] = np.zeros(0)
            hubs["valid"] = np.zeros(0, dtype=int)
            return hubs
        for feature in features(source, crs, context):
            index = len(hubs["features"])
            hubs["features"].append(feature)
            geometry = feature.geometry()
            name = feature[name_field] if name_field else None
            hubs["names"].append(str(feature.id()) if value(name) is None or str(name) == "NULL"
                                 else str(name))
            if geometry.isNull() or geometry.isEmpty():
                hubs["shapes"].append(None)
                hubs["weights"].append(0.0)
                hubs["skipped"] += 1
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            shape = shapely_wkb.loads(bytes(geometry.asWkb()))
            if weight_field:
                raw = value(feature[weight_field])
                weight = float(raw) if raw is not None and str(raw) != "NULL" else None
            else:
                weight = geometry.area() if geometry.type() == QgsWkbTypes.PolygonGeometry \
                    else 1.0
            if weight is None or not np.isfinite(weight) or weight < 0:
                feedback.reportError(self.tr("Hub {} has no usable weight: left out.")
                                     .format(hubs["names"][-1]))
                hubs["shapes"].append(None)
                hubs["weights"].append(0.0)
                hubs["skipped"] += 1
                continue
            hubs["shapes"].append(shape)
            hubs["weights"].append(weight)
            hubs["valid"].append(index)
        if hubs["skipped"]:
            feedback.reportError(self.tr(
                "{} hub(s) without a usable geometry or weight are kept in the output as "
                "isolated.").format(hubs["skipped"]))
        hubs["weights"] = np.asarray(hubs["weights"], dtype=float)
        hubs["valid"] = np.asarray(hubs["valid"], dtype=int)
        return hubs

    def styles(self):
        """The style function of each output (the map export reuses them)."""
        return {
            self.OUTPUT: lambda layer: output_styles.bridges(
                layer, self.tr("Critical link (bridge)"), self.tr("Link with an alternative")),
            self.HUBS_OUT: lambda layer: output_styles.hubs(
                layer, self.tr("Cut off from the network"), self.tr("On the network")),
            self.MISSING_LINKS: lambda layer: output_styles.missing_links(layer, "rank"),
        }
