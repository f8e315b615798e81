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
from ..logic.inventory.data_model import is_true
from ..logic.network import route_coverage
from .base import ItineranceAlgorithm

JOIN_TOLERANCE_M = 1.0  # route pieces whose ends are this close are one continuous line
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
            QgsProcessingParameterNumber.Double, 5000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_GAP_LENGTH, self.tr("Report gaps at least this long (m)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Route stretches with their coverage"),
            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GAPS, self.tr("Coverage gaps"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ESTABLISHMENTS_OUT, self.tr("Establishments with their distance to the routes"),
            QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Summary per route and category"),
            QgsProcessing.TypeVector))
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
        route_field = self.parameterAsString(parameters, self.ROUTE_NAME_FIELD, context)
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        radius = self.parameterAsDouble(parameters, self.ACCESS_DISTANCE, context)
        min_gap = self.parameterAsDouble(parameters, self.MIN_GAP_LENGTH, context)
        crs = working_crs(routes_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))

        lines = read_lines(routes_source, crs, context, feedback, route_field or None)
        skipped = self.report_skipped(feedback, self.tr("routes"), lines)
        if not lines.parts:
            raise QgsProcessingException(self.tr(
                "The route layer has no usable line ({} features read). Choose a layer of lines "
                "with geometries.").format(lines.features))
        names, routes = self.assemble(lines, route_field, routes_source, feedback)

        establishments = self.read_establishments(
            establishments_source, crs, context, category_field, label_field)
        skipped += establishments["skipped"]
        if establishments["skipped"]:
            feedback.reportError(self.tr(
                "establishments: {} feature(s) have no usable point; they are kept in the output "
                "with no distance.").format(establishments["skipped"]))
        categories = establishments["categories"]
        category_names = sorted({c for c in categories if c is not None}) \
            if category_field else []
        valid = establishments["valid"]
        labelled = establishments["labelled"]
        centres = establishments["xy"]

        stretch_rows, gap_rows, summary_rows = [], [], []
        total_length = covered_length = longest_gap = 0.0
        # the same for every route: the labelled establishments and their categories
        index_map = np.flatnonzero(valid & labelled)
        labelled_centres = centres[index_map]
        cats = np.array(categories, dtype=object) if category_field else None
        for route_name, route in zip(names, routes):
            if feedback.isCanceled():
                return {}
            intervals = route_coverage.establishment_intervals(route, labelled_centres, radius)
            intervals = (index_map[intervals[0]], intervals[1], intervals[2])
            stretches = route_coverage.coverage_stretches(
                route, intervals, cats, category_names, labelled)
            every_gap = route_coverage.gaps(route, stretches, category_names)
            gap_list = [gap for gap in every_gap if gap.length_m >= min_gap]
            n_labelled = route_coverage.labelled_counts(intervals, cats, category_names, labelled)
            # the summary's longest gaps ignore MIN_GAP_LENGTH, which only filters the GAPS layer
            for row in route_coverage.summary_rows(route_name, route, stretches, every_gap,
                                                   category_names, n_labelled):
                summary_rows.append((None, [row["route"], row["category"], row["length_km"],
                                            row["covered_pct"], row["n_labelled"],
                                            row["max_gap_km"]]))
            geometries = route.sub_lines(stretches.start_m, stretches.end_m)
            for i, parts in enumerate(geometries):
                stretch_rows.append((
                    multiline_geometry(parts),
                    [route_name, stretches.start_m[i], stretches.end_m[i],
                     stretches.length_m[i], stretches.n_establishments[i]]
                    + [stretches.n_by_category[c][i] for c in category_names]
                    + [bool(stretches.covered[i])]))
            gap_geometries = route.sub_lines([g.start_m for g in gap_list],
                                             [g.end_m for g in gap_list])
            for gap, parts in zip(gap_list, gap_geometries):
                gap_rows.append((multiline_geometry(parts),
                                 [route_name, gap.category, gap.start_m, gap.end_m,
                                  gap.length_m]))
            longest_gap = max([longest_gap] + [gap.length_m for gap in every_gap
                                               if gap.category == route_coverage.ALL])
            total_length += route.length
            covered_length += float(np.sum(np.asarray(stretches.length_m)[
                np.asarray(stretches.covered, dtype=bool)]))

        distance = np.full(len(centres), np.nan)
        route_index = np.full(len(centres), -1)
        chainage = np.full(len(centres), np.nan)
        if valid.any():
            d, r, c = route_coverage.nearest_on_routes(routes, centres[valid])
            distance[valid], route_index[valid], chainage[valid] = d, r, c
        eligible = valid & (distance <= radius)
        prospect = eligible & ~labelled

        stretch_specs = ([("route", "text"), ("start_m", "real"), ("end_m", "real"),
                          ("length_m", "real"), ("n_establishments", "int")]
                         + [(category_field_name(c), "int") for c in category_names]
                         + [("covered", "bool")])
        outputs = self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (stretch_specs, QgsWkbTypes.MultiLineString, stretch_rows),
            self.GAPS: (GAP_FIELDS, QgsWkbTypes.MultiLineString, gap_rows),
            self.SUMMARY: (SUMMARY_FIELDS, QgsWkbTypes.NoGeometry, summary_rows)})
        nearest_names = [names[i] if i >= 0 else None for i in route_index.tolist()]
        destination = self.write_input_features(
            parameters, self.ESTABLISHMENTS_OUT, context, crs, establishments_source,
            establishments["features"], NEW_ESTABLISHMENT_FIELDS,
            zip(distance, nearest_names, chainage, eligible, labelled, prospect))
        if destination:
            outputs[self.ESTABLISHMENTS_OUT] = destination
        self.style_outputs(context, outputs)

        results = {
            "ROUTE_LENGTH_M": total_length,
            "COVERED_PCT": 100.0 * covered_length / total_length if total_length else 0.0,
            "LONGEST_GAP_M": longest_gap,
            "ELIGIBLE_COUNT": int(eligible.sum()),
            "PROSPECT_COUNT": int(prospect.sum()),
            "SKIPPED_COUNT": skipped,
        }
        feedback.pushInfo(self.tr(
            "{} route(s), {:.1f} km, {:.1f} % covered, longest gap {:.1f} km; {} eligible "
            "establishment(s), {} prospect(s).").format(
            len(routes), total_length / 1000, results["COVERED_PCT"], longest_gap / 1000,
            results["ELIGIBLE_COUNT"], results["PROSPECT_COUNT"]))
        results.update(outputs)
        return results

    # --- helpers ---------------------------------------------------------------------------

    def assemble(self, lines, route_field, source, feedback):
        """Group the line parts into named routes and chain each one."""
        groups = {}
        for i, part in enumerate(lines.parts):
            if route_field:
                raw = lines.values[i]
                key = None if raw is None or (hasattr(raw, "isNull") and raw.isNull()) \
                    else str(raw)
                if key is None:
                    key = self.tr("(no name)")
            else:
                key = source.sourceName() or self.tr("route")
            groups.setdefault(key, []).append(part)
        names, routes = [], []
        for key, parts in groups.items():
            route = route_coverage.assemble_route(parts, JOIN_TOLERANCE_M)
            if route.jumps:
                feedback.pushWarning(self.tr(
                    "Route {}: its lines form {} separate pieces; the {} break(s) (longest "
                    "{:.0f} m) are not counted in its length.").format(
                    key, len(route.pieces), len(route.jumps),
                    max(jump.length_m for jump in route.jumps)))
            names.append(key)
            routes.append(route)
        return names, routes

    def read_establishments(self, source, crs, context, category_field, label_field):
        xy, valid, categories, labelled, feature_list = [], [], [], [], []
        skipped = 0
        for feature in features(source, crs, context):
            feature_list.append(feature)
            geometry = feature.geometry()
            point = None
            if not geometry.isNull() and not geometry.isEmpty():
                points = geometry.asMultiPoint() if geometry.isMultipart() \
                    else [geometry.asPoint()]
                point = points[0] if points else None
            if point is None or not np.isfinite([point.x(), point.y()]).all():
                skipped += 1
                xy.append((np.nan, np.nan))
                valid.append(False)
            else:
                xy.append((point.x(), point.y()))
                valid.append(True)
            raw = feature[category_field] if category_field else None
            categories.append(None if raw is None or (hasattr(raw, "isNull") and raw.isNull())
                              else str(raw))
            labelled.append(is_true(feature[label_field]) if label_field else True)
        return {"xy": np.array(xy, dtype=float).reshape(-1, 2),
                "valid": np.array(valid, dtype=bool), "categories": categories,
                "labelled": np.array(labelled, dtype=bool), "features": feature_list,
                "skipped": skipped}

    def style_outputs(self, context, outputs):
        aliases = self.aliases()
        styles = self.styles()
        for name, destination in outputs.items():
            output_styles.apply_on_load(context, destination, styles[name], aliases)

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
