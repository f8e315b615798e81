"""itinerance:slopeprofile: elevation profiles, grades and climbs of lines from a DEM."""

from typing import NamedTuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..layers import output_styles
from ..layers.geometry_io import LAMBERT_93, line_geometry, read_lines, working_crs
from ..layers.profile_io import (
    POINT_FIELDS,
    open_dem,
    profile_point_rows,
    style_points,
    write_chart,
)
from ..logic.relief import profile
from ..translate import format_number
from .base import ItineranceAlgorithm

DIRECTIONS = ("as_digitised", "reverse")
SUMMARY_KEYS = profile.SUMMARY_KEYS
CLIMB_KEYS = profile.CLIMB_KEYS
LINE_FIELDS = (("line_id", "text"), ("direction", "text")) + tuple(
    (key, "text" if key == "category" else "real") for key in SUMMARY_KEYS)
PROFILE_FIELDS = (("line_id", "text"), ("direction", "text")) + POINT_FIELDS
CLIMB_FIELDS = (("line_id", "text"), ("direction", "text")) + tuple(
    (key, "text" if key == "category" else "real") for key in CLIMB_KEYS)


def directed(way, chainage, points, z):
    """(chainage, points, z) of a profile as digitised, or reversed."""
    if way == "reverse":
        return chainage[-1] - chainage[::-1], points[::-1], z[::-1]
    return chainage, points, z


def climb_rows(line_id, way, chainage, points, z):
    """The CLIMBS rows of one profile: each climb's stretch of line with its figures."""
    rows = []
    for climb in profile.detect_climbs(chainage, z):
        inside = (chainage >= climb["start_m"]) & (chainage <= climb["end_m"])
        rows.append((line_geometry(points[inside], z[inside]),
                     [line_id, way] + [climb[key] for key in CLIMB_KEYS]))
    return rows


class ProfileRows(NamedTuple):
    """The rows of OUTPUT, PROFILE and CLIMBS, the total gain and the steepest grade."""

    line_rows: list
    point_rows: list
    climb_rows: list
    total_gain: float
    steepest: float

    def adding(self, figures):
        """With the gain and steepest grade of one more profile's ``figures``."""
        steepest = self.steepest
        if figures["max_grade_pct"] is not None and not steepest >= figures["max_grade_pct"]:
            steepest = figures["max_grade_pct"]
        return self._replace(total_gain=self.total_gain + (figures["gain_m"] or 0.0),
                             steepest=steepest)


class SlopeProfile(ItineranceAlgorithm):
    LINES = "LINES"
    ID_FIELD = "ID_FIELD"
    DEM = "DEM"
    BAND = "BAND"
    STEP = "STEP"
    SMOOTHING = "SMOOTHING"
    GRADE_WINDOW = "GRADE_WINDOW"
    HYSTERESIS = "HYSTERESIS"
    DIRECTION = "DIRECTION"
    CHARTS_FOLDER = "CHARTS_FOLDER"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    PROFILE = "PROFILE"
    CLIMBS = "CLIMBS"
    ICON = "slopeprofile.svg"

    def name(self):
        return "slopeprofile"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Slope profiles and climbs")

    def group(self):
        return self.tr("Relief")

    def groupId(self):  # noqa: N802 - QGIS API
        return "relief"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINES, self.tr("Lines (climbs, routes)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Line name field"), parentLayerParameterName=self.LINES,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM")))
        # optional: QGIS 3.22 refuses a missing band even though it has a default
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Band"), 1, parentLayerParameterName=self.DEM, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.STEP, self.tr("Sampling interval (m; 0 = half a DEM cell)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SMOOTHING, self.tr("Smoothing window (m; 0 = none)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRADE_WINDOW, self.tr("Window of the steepest grade (m)"),
            QgsProcessingParameterNumber.Double, 100.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.HYSTERESIS, self.tr("Hysteresis of gain and loss (m)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, self.tr("Direction"),
            [self.tr("As digitised"), self.tr("Reverse"), self.tr("Both")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.CHARTS_FOLDER, self.tr("Folder for the profile charts (PNG and SVG)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic lines"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Profiled lines"), QgsProcessing.TypeVectorLine))
        # optional: a point every STEP is a big layer (400,000 points for 1,000 km at 2.5 m)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROFILE, self.tr("Profile points"), QgsProcessing.TypeVectorPoint,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CLIMBS, self.tr("Climbs"), QgsProcessing.TypeVectorLine, optional=True,
            createByDefault=True))
        self.add_number_outputs({
            "LINE_COUNT": self.tr("Profiled lines"),
            "TOTAL_GAIN_M": self.tr("Total elevation gain (m)"),
            "MAX_GRADE_PCT": self.tr("Steepest grade (%)"),
            "SKIPPED_COUNT": self.tr("Lines skipped (outside the DEM, empty or degenerate)"),
        })

    def aliases(self):
        return {
            "line_id": self.tr("Line"), "direction": self.tr("Direction"),
            "length_m": self.tr("Length (m)"), "z_start_m": self.tr("Start elevation (m)"),
            "z_end_m": self.tr("End elevation (m)"), "z_min_m": self.tr("Lowest elevation (m)"),
            "z_max_m": self.tr("Highest elevation (m)"), "gain_m": self.tr("Elevation gain (m)"),
            "loss_m": self.tr("Elevation loss (m)"),
            "avg_grade_pct": self.tr("Average grade (%)"),
            "max_grade_pct": self.tr("Steepest grade (%)"),
            "max_grade_at_m": self.tr("Steepest grade starts at (m)"),
            "strava_score": self.tr("Climb score (Strava)"),
            "category": self.tr("Climb category"), "fiets_index": self.tr("FIETS index"),
            "nodata_m": self.tr("Length without DEM data (m)"),
            "chainage_m": self.tr("Distance from the start (m)"),
            "z_m": self.tr("Elevation (m)"), "grade_pct": self.tr("Grade (%)"),
            "grade_class": self.tr("Grade class"), "start_m": self.tr("Start (m)"),
            "end_m": self.tr("End (m)"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsSource(parameters, self.LINES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINES))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        crs = working_crs(source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        lines = read_lines(source, crs, context, None, id_field or None)
        skipped = self.report_skipped(feedback, self.tr("lines"), lines)
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        directions = DIRECTIONS if direction == 2 else (DIRECTIONS[direction],)
        profiles, outside = self.sample(parameters, context, lines, crs, directions, feedback)
        if profiles is None:
            return {}
        found = self.profile_rows(parameters, context, profiles, directions)
        outputs = self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (LINE_FIELDS, QgsWkbTypes.LineStringZ, found.line_rows),
            self.PROFILE: (PROFILE_FIELDS, QgsWkbTypes.PointZ, found.point_rows),
            self.CLIMBS: (CLIMB_FIELDS, QgsWkbTypes.LineStringZ, found.climb_rows)})
        self.style_outputs(context, outputs)
        return self.results(parameters, context, feedback, found, skipped + outside, outputs)

    # --- profiles --------------------------------------------------------------------------

    def sample(self, parameters, context, lines, crs, directions, feedback):
        """(profiles: (line id, direction, chainage, points, z) for each line and direction,
        how many lines lie outside the DEM); (None, count) when cancelled."""
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        step = self.parameterAsDouble(parameters, self.STEP, context)
        profiles, outside = [], 0
        with open_dem(dem_layer, self.parameterAsInt(parameters, self.BAND, context)) as dem:
            if dem.crs_wkt is None:
                feedback.pushWarning(self.tr(
                    "The DEM has no CRS: it is taken to be in the lines' CRS ({}).")
                    .format(crs.authid()))
            if step <= 0:
                step = profile.auto_step(dem.approx_cell_size_m)
            feedback.pushInfo(self.tr("Sampling every {:.2f} m.").format(step))
            work_wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
            ids = self.line_ids(lines)
            for index, xy in enumerate(lines.parts):
                if feedback.isCanceled():
                    return None, outside
                feedback.setProgress(80.0 * index / max(len(lines.parts), 1))
                chainage, points = profile.densify(xy, step)
                z = dem.sample_from(points, work_wkt)
                if np.isnan(z).all():
                    outside += 1
                    feedback.reportError(self.tr("Line {} lies outside the DEM (or on no data): "
                                                 "skipped.").format(ids[index]))
                    continue
                profiles += [(ids[index], way) + directed(way, chainage, points, z)
                             for way in directions]
        return profiles, outside

    def profile_rows(self, parameters, context, profiles, directions):
        """The rows of each output, the total gain and the steepest grade (a
        :class:`ProfileRows`); the charts are written on the way."""
        smoothing = self.parameterAsDouble(parameters, self.SMOOTHING, context)
        window = self.parameterAsDouble(parameters, self.GRADE_WINDOW, context)
        hysteresis = self.parameterAsDouble(parameters, self.HYSTERESIS, context)
        charts = self.parameterAsString(parameters, self.CHARTS_FOLDER, context)
        want_points = parameters.get(self.PROFILE) is not None
        found = ProfileRows([], [], [], 0.0, float("nan"))
        chart_stems = set()  # two lines of the same name get two charts
        for line_id, way, chainage, points, raw_z in profiles:
            z = profile.smooth(chainage, raw_z, smoothing)
            figures = profile.summarise(chainage, z, window, hysteresis)
            found = found.adding(figures)
            found.line_rows.append((line_geometry(points, z),
                                    [line_id, way] + [figures[key] for key in SUMMARY_KEYS]))
            if want_points:
                found.point_rows.extend(profile_point_rows((line_id, way), chainage, points, z,
                                                           window))
            found.climb_rows.extend(climb_rows(line_id, way, chainage, points, z))
            if charts:
                self.chart(charts, line_id, way, chainage, z, figures, window, directions,
                           chart_stems)
        return found

    def results(self, parameters, context, feedback, found, skipped, outputs):
        charts = self.parameterAsString(parameters, self.CHARTS_FOLDER, context)
        results = {"LINE_COUNT": len(found.line_rows), "TOTAL_GAIN_M": found.total_gain,
                   "MAX_GRADE_PCT": found.steepest, "SKIPPED_COUNT": skipped}
        if charts:
            results[self.CHARTS_FOLDER] = charts
        feedback.pushInfo(self.tr("{} profile(s), total gain {:.0f} m, steepest grade {:.1f} %, "
                                  "{} line(s) skipped.").format(
            len(found.line_rows), found.total_gain, found.steepest, skipped))
        results.update(outputs)
        return results

    # --- helpers ---------------------------------------------------------------------------

    def line_ids(self, lines):
        """A name per line part: the ID field's value (or the feature id), numbered when a
        feature has several parts."""
        raw = [str(v) if v is not None and str(v) != "NULL" else str(fid)
               for v, fid in zip(lines.values or lines.feature_ids, lines.feature_ids)]
        counts = {}
        for fid in lines.feature_ids:
            counts[fid] = counts.get(fid, 0) + 1
        seen, ids = {}, []
        for name, fid in zip(raw, lines.feature_ids):
            seen[fid] = seen.get(fid, 0) + 1
            ids.append(name if counts[fid] == 1 else f"{name} ({seen[fid]}/{counts[fid]})")
        return ids

    def chart(self, folder, line_id, way, chainage, z, figures, window, directions, taken):
        shown = {
            self.tr("Length"): f"{format_number(figures['length_m'] / 1000, 2)} km",
            self.tr("Gain"): f"{format_number(figures['gain_m'] or 0, 0)} m",
            self.tr("Average grade"): f"{format_number(figures['avg_grade_pct'] or 0, 1)} %",
            self.tr("Steepest {} m").format(format_number(window)):
                f"{format_number(figures['max_grade_pct'] or 0, 1)} %",
        }
        if figures["category"]:
            shown[self.tr("Category")] = figures["category"]
        title = line_id
        if len(directions) > 1 and way == "reverse":
            title = self.tr("{} (reverse)").format(line_id)
        write_chart(folder, line_id if len(directions) == 1 else f"{line_id}_{way}", taken,
                    chainage, z, title, shown, window)

    def styles(self):
        """The style function of each output (the map export reuses them)."""
        return {
            self.OUTPUT: lambda layer: output_styles.single_line(layer, "#d7191c", 1.2),
            self.PROFILE: style_points,
            self.CLIMBS: lambda layer: output_styles.single_line(layer, "#7b3294", 2.0),
        }
