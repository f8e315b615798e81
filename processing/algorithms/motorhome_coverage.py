"""itinerance:motorhomecoverage: which tourist sites and town centres have a motorhome area near
them, and where new areas would cover the most of those that do not."""

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

from ..inputs.place_inputs import feature_source, read_places
from ..layers import output_styles
from ..layers.geometry_io import LAMBERT_93, point_wkbs, working_crs
from ..layers.sinks import Columns
from ..logic.products import place_coverage
from .base import ItineranceAlgorithm

SITE_CATEGORIES = ("site_visite", "office_tourisme")  # of etablissements: the default sites
# the motorhome areas of a layer with a kind field: the aires' code, OpenStreetMap's tag
AREA_KINDS = ("aire_camping_car", "tourism=caravan_site")
PLACE_FIELDS = (("name", "text"), ("kind", "text"), ("reach_m", "real"), ("distance_m", "real"),
                ("nearest_area", "text"), ("covered", "bool"))
SUGGESTION_FIELDS = (("rank", "int"), ("name", "text"), ("gain", "int"),
                     ("covered_after_pct", "real"), ("places", "text"))


class MotorhomeCoverage(ItineranceAlgorithm):
    SITES = "SITES"
    CENTRES = "CENTRES"
    AREAS = "AREAS"
    SITE_DISTANCE_M = "SITE_DISTANCE_M"
    CENTRE_DISTANCE_M = "CENTRE_DISTANCE_M"
    SUGGEST_COUNT = "SUGGEST_COUNT"
    CANDIDATES = "CANDIDATES"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    SUGGESTIONS = "SUGGESTIONS"
    ICON = "motorhomecoverage.svg"

    def name(self):
        return "motorhomecoverage"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Motorhome areas near sites and town centres")

    def group(self):
        return self.tr("Itinerance products")

    def groupId(self):  # noqa: N802 - QGIS API
        return "products"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        points_or_polygons = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, self.tr("Tourist sites (points or polygons)"), points_or_polygons,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CENTRES, self.tr("Town centres (points, or polygons such as communes)"),
            points_or_polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Motorhome areas (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterNumber(
            self.SITE_DISTANCE_M, self.tr("Distance from a site, straight line (m)"),
            QgsProcessingParameterNumber.Double, 5000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CENTRE_DISTANCE_M, self.tr("Distance from a town centre, straight line (m)"),
            QgsProcessingParameterNumber.Double, 1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SUGGEST_COUNT, self.tr("New areas to suggest"),
            QgsProcessingParameterNumber.Integer, 5, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate places for new areas (default: the uncovered "
                                     "sites and centres)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Sites and centres with their nearest area"),
            QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUGGESTIONS, self.tr("Suggested new areas"), QgsProcessing.TypeVectorPoint,
            optional=True, createByDefault=False))
        self.add_number_outputs({
            "PLACE_COUNT": self.tr("Sites and centres"),
            "COVERED_PCT": self.tr("Covered share of them (%)"),
            "UNCOVERED_COUNT": self.tr("Sites and centres without an area near"),
            "SUGGESTED_COUNT": self.tr("New areas suggested"),
            "SKIPPED_COUNT": self.tr("Features skipped (no point)"),
        })

    def aliases(self):
        return {"name": self.tr("Name"), "kind": self.tr("Kind of place"),
                "reach_m": self.tr("Distance asked (m)"),
                "distance_m": self.tr("Distance to the nearest area (m)"),
                "nearest_area": self.tr("Nearest area"), "covered": self.tr("Covered"),
                "rank": self.tr("Rank"), "gain": self.tr("Places newly covered"),
                "covered_after_pct": self.tr("Covered after it (%)"),
                "places": self.tr("Places it covers")}

    def styles(self):
        return {self.OUTPUT: lambda layer: output_styles.covered_flag(
                    layer, "covered", self.tr("Motorhome area within reach"),
                    self.tr("No motorhome area within reach")),
                self.SUGGESTIONS: lambda layer: output_styles.ranked_points(layer, "rank")}

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        sites = feature_source(self, parameters, self.SITES, context, required=False)
        centres = feature_source(self, parameters, self.CENTRES, context, required=False)
        areas = feature_source(self, parameters, self.AREAS, context)
        if sites is None and centres is None:
            raise QgsProcessingException(self.tr(
                "Give the tourist sites (SITES), the town centres (CENTRES) or both."))
        crs = working_crs(areas.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        places = self.read_places(sites, centres, parameters, context, crs, feedback)
        area_points = read_places(areas, crs, context, ("kind", AREA_KINDS))
        self.report_reading(feedback, self.tr("areas"), area_points)
        candidates = feature_source(self, parameters, self.CANDIDATES, context, required=False)
        candidate_points = read_places(candidates, crs, context) if candidates else None
        count = self.parameterAsInt(parameters, self.SUGGEST_COUNT, context)
        result = place_coverage.analyse(
            places["xy"], places["reach"], area_points.xy, count,
            candidate_points.xy if candidate_points is not None else None)
        outputs = self.write(parameters, context, crs, places, area_points, candidate_points,
                             result)
        self.style_outputs(context, outputs)
        skipped = places["skipped"] + area_points.skipped + (
            candidate_points.skipped if candidate_points is not None else 0)
        uncovered = int((~result.coverage.covered).sum())
        feedback.pushInfo(self.tr(
            "{} place(s), {:.1f} % with a motorhome area within reach, {} without; {} new "
            "area(s) suggested.").format(len(places["names"]), result.covered_pct, uncovered,
                                         len(result.suggestions)))
        return {"PLACE_COUNT": len(places["names"]), "COVERED_PCT": result.covered_pct,
                "UNCOVERED_COUNT": uncovered, "SUGGESTED_COUNT": len(result.suggestions),
                "SKIPPED_COUNT": skipped, **outputs}

    def read_places(self, sites, centres, parameters, context, crs, feedback):
        """The sites then the centres: xy, names, kinds, each one's reach, features skipped."""
        parts = []
        for source, kind, keep, reach_name in (
                (sites, "site", ("category", SITE_CATEGORIES), self.SITE_DISTANCE_M),
                (centres, "centre", ("kind", ("commune",)), self.CENTRE_DISTANCE_M)):
            if source is None:
                continue
            read = read_places(source, crs, context, keep)
            self.report_reading(feedback, self.tr("sites") if kind == "site"
                                else self.tr("centres"), read)
            reach = self.parameterAsDouble(parameters, reach_name, context)
            parts.append((read, kind, reach))
        return {"xy": np.concatenate([p[0].xy for p in parts]),
                "names": [n for p in parts for n in p[0].names],
                "kinds": [p[1] for p in parts for _ in p[0].names],
                "reach": np.concatenate([np.full(len(p[0].names), p[2]) for p in parts]),
                "skipped": sum(p[0].skipped for p in parts)}

    def report_reading(self, feedback, label, read):
        if read.skipped:
            feedback.reportError(self.tr("{}: {} feature(s) without a point skipped.")
                                 .format(label, read.skipped))
        if read.filtered:
            feedback.pushInfo(self.tr("{}: {} feature(s) of another category or kind left "
                                      "out.").format(label, read.filtered))

    def write(self, parameters, context, crs, places, areas, candidates, result):
        cover = result.coverage
        nearest = [areas.names[i] if i >= 0 else None for i in cover.nearest.tolist()]
        rows = Columns(point_wkbs(places["xy"]), [
            places["names"], places["kinds"], places["reach"], cover.distance_m, nearest,
            cover.covered])
        names = candidates.names if candidates is not None else \
            [places["names"][i] for i in result.candidate_index.tolist()]
        covered, total, suggestion_rows = int(cover.covered.sum()), len(places["names"]), []
        for rank, (candidate, gain, new) in enumerate(result.suggestions, start=1):
            covered += gain
            suggestion_rows.append((point_wkbs(result.candidates_xy[candidate])[0], [
                rank, names[candidate], gain, 100.0 * covered / total if total else 0.0,
                "; ".join(places["names"][i] for i in new.tolist())[:254]]))
        return self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (PLACE_FIELDS, QgsWkbTypes.Point, rows),
            self.SUGGESTIONS: (SUGGESTION_FIELDS, QgsWkbTypes.Point, suggestion_rows)})
