"""itinerance:accueilvelocoverage: stretches of véloroutes with no labelled establishment near."""

import re
import unicodedata

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

from ..layers import output_styles
from ..layers.geometry_io import LAMBERT_93, features, multiline_geometry, read_lines, working_crs
from ..logic.network import route_service
from ..logic.network.route_service import JOIN_TOLERANCE_M
from .base import ItineranceAlgorithm

NEW_ESTABLISHMENT_FIELDS = (("dist_to_route_m", "real"), ("nearest_route", "text"),
                            ("chainage_m", "real"), ("eligible", "bool"), ("labelled", "bool"),
                            ("prospect", "bool"))
GAP_FIELDS = (("route", "text"), ("category", "text"), ("start_m", "real"), ("end_m", "real"),
              ("length_m", "real"))
SUMMARY_FIELDS = (("route", "text"), ("category", "text"), ("length_km", "real"),
                  ("covered_pct", "real"), ("n_labelled", "int"), ("max_gap_km", "real"))


def category_field_name(category):
    """``n_<category>`` as a safe field name (ascii, lower case, underscores)."""
    ascii_text = unicodedata.normalize("NFKD", str(category)).encode("ascii", "ignore").decode()
    return "n_" + (re.sub(r"[^0-9a-zA-Z]+", "_", ascii_text).strip("_").lower() or "other")


def _text(raw):
    """A field value as text, None for NULL."""
    return None if raw is None or (hasattr(raw, "isNull") and raw.isNull()) else str(raw)


def _first_point(geometry):
    """(x, y) of a point geometry (its first point if multipart); NaNs when it has none."""
    if geometry.isNull() or geometry.isEmpty():
        return np.nan, np.nan
    points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
    return (points[0].x(), points[0].y()) if points else (np.nan, np.nan)


def stretch_features(service, category_names):
    """(geometry, attributes) of each stretch of one route (a route_service.RouteService)."""
    stretches = service.stretches
    geometries = service.route.sub_lines(stretches.start_m, stretches.end_m)
    return [(multiline_geometry(parts),
             [service.name, stretches.start_m[i], stretches.end_m[i], stretches.length_m[i],
              stretches.n_establishments[i]]
             + [stretches.n_by_category[c][i] for c in category_names]
             + [bool(stretches.covered[i])]) for i, parts in enumerate(geometries)]


def gap_features(service, min_gap):
    """(geometry, attributes) of each gap of one route at least ``min_gap`` metres long."""
    gap_list = service.gaps_at_least(min_gap)
    geometries = service.route.sub_lines([gap.start_m for gap in gap_list],
                                         [gap.end_m for gap in gap_list])
    return [(multiline_geometry(parts),
             [service.name, gap.category, gap.start_m, gap.end_m, gap.length_m])
            for gap, parts in zip(gap_list, geometries)]


class AccueilVeloCoverage(ItineranceAlgorithm):
    ROUTES = "ROUTES"
    ROUTE_NAME_FIELD = "ROUTE_NAME_FIELD"
    ESTABLISHMENTS = "ESTABLISHMENTS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    LABEL_FIELD = "LABEL_FIELD"
    ACCESS_DISTANCE = "ACCESS_DISTANCE"
    MIN_GAP_LENGTH = "MIN_GAP_LENGTH"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    GAPS = "GAPS"
    ESTABLISHMENTS_OUT = "ESTABLISHMENTS_OUT"
    SUMMARY = "SUMMARY"
    ICON = "accueilvelocoverage.svg"

    def name(self):
        return "accueilvelocoverage"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Accueil Vélo coverage of routes")

    def group(self):
        return self.tr("Network coverage")

    def groupId(self):  # noqa: N802 - QGIS API
        return "coverage"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROUTES, self.tr("Routes (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.ROUTE_NAME_FIELD, self.tr("Route name field (groups lines into routes)"),
            parentLayerParameterName=self.ROUTES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ESTABLISHMENTS, self.tr("Establishments (points)"),
            [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, self.tr("Category field"),
            parentLayerParameterName=self.ESTABLISHMENTS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Label field (which establishments are labelled)"),
            parentLayerParameterName=self.ESTABLISHMENTS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_DISTANCE, self.tr("Access distance, straight line (m)"),
            QgsProcessingParameterNumber.Double, route_service.DEFAULT_ACCESS_DISTANCE_M,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_GAP_LENGTH, self.tr("Report gaps at least this long (m)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Route stretches with their coverage"),
            QgsProcessing.TypeVectorLine))
        # the secondary outputs: proposed in the dialog, written only when asked elsewhere
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GAPS, self.tr("Coverage gaps"), QgsProcessing.TypeVectorLine, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ESTABLISHMENTS_OUT, self.tr("Establishments with their distance to the routes"),
            QgsProcessing.TypeVectorPoint, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Summary per route and category"),
            QgsProcessing.TypeVector, optional=True, createByDefault=True))
        self.add_number_outputs({
            "ROUTE_LENGTH_M": self.tr("Route length (m)"),
            "COVERED_PCT": self.tr("Covered share of the routes (%)"),
            "LONGEST_GAP_M": self.tr("Longest gap (m)"),
            "ELIGIBLE_COUNT": self.tr("Establishments within the access distance"),
            "PROSPECT_COUNT": self.tr("Eligible establishments not labelled"),
            "SKIPPED_COUNT": self.tr("Features skipped (empty or degenerate geometry)"),
        })

    def aliases(self):
        return {
            "route": self.tr("Route"),
            "start_m": self.tr("Start (m along the route)"),
            "end_m": self.tr("End (m along the route)"),
            "length_m": self.tr("Length (m)"),
            "n_establishments": self.tr("Labelled establishments within reach"),
            "covered": self.tr("Covered"),
            "category": self.tr("Category"),
            "dist_to_route_m": self.tr("Distance to the route (m)"),
            "nearest_route": self.tr("Nearest route"),
            "chainage_m": self.tr("Position along the route (m)"),
            "eligible": self.tr("Eligible (within reach)"),
            "labelled": self.tr("Labelled"),
            "prospect": self.tr("Prospect (eligible, not labelled)"),
            "length_km": self.tr("Length (km)"),
            "covered_pct": self.tr("Covered (%)"),
            "n_labelled": self.tr("Labelled establishments"),
            "max_gap_km": self.tr("Longest gap (km)"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        routes_source, establishments_source = self.sources(parameters, context)
        crs = working_crs(routes_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        named_routes, skipped = self.read_routes(parameters, context, routes_source, crs,
                                                 feedback)
        establishments, feature_list, no_point = self.read_establishments(
            parameters, context, establishments_source, crs, feedback)
        service = route_service.serve_routes(
            named_routes, establishments,
            self.parameterAsDouble(parameters, self.ACCESS_DISTANCE, context),
            feedback.isCanceled)
        if service is None:
            return {}
        outputs = self.write_coverage(parameters, context, crs, service)
        outputs.update(self.write_establishments(
            parameters, context, crs, establishments_source, feature_list, service))
        self.style_outputs(context, outputs)
        return self.results(feedback, service, skipped + no_point, outputs)

    # --- inputs ----------------------------------------------------------------------------

    def sources(self, parameters, context):
        """The routes and the establishments (points), checked."""
        routes_source = self.parameterAsSource(parameters, self.ROUTES, context)
        establishments_source = self.parameterAsSource(parameters, self.ESTABLISHMENTS, context)
        if routes_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ROUTES))
        if establishments_source is None:
            raise QgsProcessingException(
                self.invalidSourceError(parameters, self.ESTABLISHMENTS))
        if QgsWkbTypes.geometryType(establishments_source.wkbType()) != \
                QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr(
                "The establishments must be a layer of points."))
        return routes_source, establishments_source

    def read_routes(self, parameters, context, source, crs, feedback):
        """((name, route) pairs, features skipped): the lines grouped into named routes, each
        chained; a route in several pieces is reported."""
        route_field = self.parameterAsString(parameters, self.ROUTE_NAME_FIELD, context)
        lines = read_lines(source, crs, context, feedback, route_field or None)
        skipped = self.report_skipped(feedback, self.tr("routes"), lines)
        if not lines.parts:
            raise QgsProcessingException(self.tr(
                "The route layer has no usable line ({} features read). Choose a layer of lines "
                "with geometries.").format(lines.features))
        if route_field:
            no_name = self.tr("(no name)")
            names = [_text(raw) for raw in lines.values]
            names = [no_name if name is None else name for name in names]
        else:
            names = [source.sourceName() or self.tr("route")] * len(lines.parts)
        named_routes = route_service.group_routes(lines.parts, names, JOIN_TOLERANCE_M)
        for name, route in named_routes:
            if route.jumps:
                feedback.pushWarning(self.tr(
                    "Route {}: its lines form {} separate pieces; the {} break(s) (longest "
                    "{:.0f} m) are not counted in its length.").format(
                    name, len(route.pieces), len(route.jumps),
                    max(jump.length_m for jump in route.jumps)))
        return named_routes, skipped

    def read_establishments(self, parameters, context, source, crs, feedback):
        """(route_service.Establishments, every feature, how many have no usable point)."""
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        feature_list = list(features(source, crs, context))
        xy = np.array([_first_point(f.geometry()) for f in feature_list],
                      dtype=float).reshape(-1, 2)
        labels = [f[label_field] for f in feature_list] if label_field else None
        categories = [_text(f[category_field]) for f in feature_list] \
            if category_field else None
        establishments = route_service.Establishments(
            xy, route_service.labelled_flags(labels, len(feature_list)), categories)
        no_point = int((~establishments.valid).sum())
        if no_point:
            feedback.reportError(self.tr(
                "establishments: {} feature(s) have no usable point; they are kept in the output "
                "with no distance.").format(no_point))
        return establishments, feature_list, no_point

    # --- outputs ---------------------------------------------------------------------------

    def write_coverage(self, parameters, context, crs, service):
        """The stretches, the gaps and the summary of every route."""
        min_gap = self.parameterAsDouble(parameters, self.MIN_GAP_LENGTH, context)
        category_names = service.establishments.category_names
        stretch_specs = ([("route", "text"), ("start_m", "real"), ("end_m", "real"),
                          ("length_m", "real"), ("n_establishments", "int")]
                         + [(category_field_name(c), "int") for c in category_names]
                         + [("covered", "bool")])
        stretch_rows, gap_rows, summary_rows = [], [], []
        for route in service.routes:
            stretch_rows += stretch_features(route, category_names)
            gap_rows += gap_features(route, min_gap)
            # the summary's longest gaps ignore MIN_GAP_LENGTH, which only filters the GAPS layer
            summary_rows += [(None, [row[key] for key, _ in SUMMARY_FIELDS])
                             for row in route.summary_rows()]
        return self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (stretch_specs, QgsWkbTypes.MultiLineString, stretch_rows),
            self.GAPS: (GAP_FIELDS, QgsWkbTypes.MultiLineString, gap_rows),
            self.SUMMARY: (SUMMARY_FIELDS, QgsWkbTypes.NoGeometry, summary_rows)})

    def write_establishments(self, parameters, context, crs, source, feature_list, service):
        """Every establishment with its distance to the routes, eligible, labelled, prospect."""
        reach = service.reach
        names = [route.name for route in service.routes]
        nearest_names = [names[i] if i >= 0 else None for i in reach.route_index.tolist()]
        destination = self.write_input_features(
            parameters, self.ESTABLISHMENTS_OUT, context, crs, source, feature_list,
            NEW_ESTABLISHMENT_FIELDS,
            zip(reach.distance_m, nearest_names, reach.chainage_m, reach.eligible,
                service.establishments.labelled, reach.prospect))
        return {self.ESTABLISHMENTS_OUT: destination} if destination else {}

    def results(self, feedback, service, skipped, outputs):
        reach = service.reach
        results = {
            "ROUTE_LENGTH_M": service.length_m,
            "COVERED_PCT": service.covered_pct,
            "LONGEST_GAP_M": service.longest_gap_m,
            "ELIGIBLE_COUNT": int(reach.eligible.sum()),
            "PROSPECT_COUNT": int(reach.prospect.sum()),
            "SKIPPED_COUNT": skipped,
        }
        feedback.pushInfo(self.tr(
            "{} route(s), {:.1f} km, {:.1f} % covered, longest gap {:.1f} km; {} eligible "
            "establishment(s), {} prospect(s).").format(
            len(service.routes), results["ROUTE_LENGTH_M"] / 1000, results["COVERED_PCT"],
            results["LONGEST_GAP_M"] / 1000, results["ELIGIBLE_COUNT"],
            results["PROSPECT_COUNT"]))
        results.update(outputs)
        return results

    def styles(self):
        """The style function of each output (the map export reuses them)."""
        return {
            self.OUTPUT: lambda layer: output_styles.covered_flag(
                layer, "covered", self.tr("Labelled establishment within reach"),
                self.tr("No labelled establishment within reach")),
            self.GAPS: lambda layer: output_styles.gaps(
                layer, "category", self.tr("Gap (all categories)"),
                self.tr("Gap for one category")),
            self.ESTABLISHMENTS_OUT: lambda layer: output_styles.establishments(
                layer, [self.tr("Labelled Accueil Vélo"),
                        self.tr("Prospect: eligible, not labelled"), self.tr("Other")]),
            self.SUMMARY: None,
        }
