"""itinerance:exportclimbsheets: one sheet per climb (map, profile chart, figures), PDF."""

import uuid
from pathlib import Path

import numpy as np
from qgis.core import (
    NULL,
    QgsExpression,
    QgsFeatureRequest,
    QgsField,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from ..layers import output_styles
from ..layers.geometry_io import field_or_default
from ..layers.profile_io import render_chart
from ..layers.sinks import TYPES
from ..layouts import climb_sheet_facts, print_layouts
from ..logic.relief import profile_chart
from ..translate import format_number
from .layout_export import SHEET_PARAMETERS, LayoutExport

TEMPLATES = ("climb_sheet_a4",)


class ExportClimbSheets(LayoutExport):
    # the page parameters LayoutExport declares (and translates)
    PARAMETERS_OF = {"LayoutExport": SHEET_PARAMETERS}
    LINES = "LINES"
    ID_FIELD = "ID_FIELD"
    DEM = "DEM"
    BAND = "BAND"
    GRADE_WINDOW = "GRADE_WINDOW"
    TEMPLATES = TEMPLATES
    ICON = "exportclimbsheets.svg"

    def name(self):
        return "exportclimbsheets"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Climb sheets (PDF)")

    def group(self):
        return self.tr("Map exports")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINES, self.tr("Climbs (lines, e.g. ascensions)"),
            [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Climb name field (default: name)"),
            parentLayerParameterName=self.LINES, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM")))
        # optional: QGIS 3.22 refuses a missing band even though it has a default
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Band"), 1, parentLayerParameterName=self.DEM, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRADE_WINDOW, self.tr("Window of the steepest grade (m)"),
            QgsProcessingParameterNumber.Double, 100.0, minValue=1.0))
        self.add_sheet_parameters(self.tr("Climb sheets"), self.tr("Climb sheets"))
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", self.tr("Sheets")))
        self.addOutput(QgsProcessingOutputNumber(
            "SKIPPED_COUNT", self.tr("Climbs skipped (outside the DEM, empty or degenerate)")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def layout_names(self):
        return [self.tr("A4 portrait climb sheet")]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        output = self.output_file(parameters, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        window = self.parameterAsDouble(parameters, self.GRADE_WINDOW, context)
        climbs, skipped, points = self.profile(parameters, context, steps, window)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)

        background, keep_alive = self.shown_layers(parameters, context, feedback)
        crs = self.page_crs(project, climbs)
        layout = self.start_layout(
            parameters, context, "", background + [
                self.parameterAsVectorLayer(parameters, self.LINES, context),
                self.parameterAsRasterLayer(parameters, self.DEM, context)], feedback)
        self.set_captions(layout, window)
        self.add_sheet_values(parameters, context, climbs, points, window,
                              self.chart_height(layout), feedback)
        if feedback.isCanceled():
            return {}
        for name, field in (("figure_foot", "foot_text"), ("figure_top", "top_text")):
            print_layouts.leave_out_when_null(layout, name, field)
        output_styles.climb_focus(climbs)
        main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
        print_layouts.show_layers(main, [climbs] + background, crs)
        atlas = print_layouts.start_atlas(layout, climbs, '"line_id"', 0.35)
        locator = print_layouts.item(layout, "locator_map", QgsLayoutItemMap)
        if locator is not None:
            territory = print_layouts.combined_extent(background + [climbs], crs, project)
            keep_alive.extend(print_layouts.show_locator(locator, background, crs, territory))
        results = self.render(layout, output, parameters, context, atlas, steps)
        results["SKIPPED_COUNT"] = skipped
        return results

    def default_layers(self, parameters, context):
        """Nothing to show around the climbs: the relief itself."""
        relief = self.parameterAsRasterLayer(parameters, self.DEM, context).clone()
        output_styles.hillshade(relief)
        return [relief]

    # --- helpers ---------------------------------------------------------------------------

    def id_field(self, parameters, context, source):
        return field_or_default(
            source, self.parameterAsString(parameters, self.ID_FIELD, context), "name")

    def profile(self, parameters, context, feedback, window):
        """Run itinerance:slopeprofile: its profiled lines (figures) and profile points."""
        import processing  # QGIS's own package: the plugin's root is never on sys.path

        source = self.parameterAsSource(parameters, self.LINES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINES))
        results = processing.run("itinerance:slopeprofile", {
            "LINES": parameters[self.LINES],
            "ID_FIELD": self.id_field(parameters, context, source), "DEM": parameters[self.DEM],
            "BAND": parameters.get(self.BAND), "GRADE_WINDOW": window, "DIRECTION": 0,
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT, "PROFILE": QgsProcessing.TEMPORARY_OUTPUT,
            "CLIMBS": QgsProcessing.TEMPORARY_OUTPUT,
        }, context=context, feedback=feedback, is_child_algorithm=True)
        climbs = QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context)
        points = QgsProcessingUtils.mapLayerFromString(results["PROFILE"], context)
        if climbs is None or climbs.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "No climb could be profiled: check that LINES has lines over the DEM."))
        return climbs, int(results["SKIPPED_COUNT"]), points

    def chart_height(self, layout):
        """The chart's height in pixels for the template's frame (1600 px wide)."""
        frame = print_layouts.item(layout, "profile_chart", QgsLayoutItemPicture)
        if frame is None:
            return profile_chart.HEIGHT_PX
        size = frame.sizeWithUnits()
        return max(200, round(profile_chart.WIDTH_PX * size.height() / size.width()))

    def add_sheet_values(self, parameters, context, climbs, points, window, height_px,
                         feedback):
        """Each climb's chart (drawn from slopeprofile's profile, without the figures the
        sheet prints) and the facts of ``SHEET_FIELDS``, as fields of ``climbs``."""
        source = self.parameterAsSource(parameters, self.LINES, context)
        own = climb_sheet_facts.own_values(
            source, self.id_field(parameters, context, source), context)
        surroundings = climb_sheet_facts.Surroundings(context.project(), climbs.crs(), context)
        provider = climbs.dataProvider()
        provider.addAttributes([QgsField(name, TYPES[kind])
                                for name, kind in climb_sheet_facts.SHEET_FIELDS])
        climbs.updateFields()
        index = {name: climbs.fields().indexFromName(name)
                 for name, _ in climb_sheet_facts.SHEET_FIELDS}
        charts = Path(QgsProcessingUtils.tempFolder()) / f"climb_charts_{uuid.uuid4().hex}"
        profiles = self.profiles(points)
        if len(profiles) != climbs.featureCount():
            raise QgsProcessingException(self.tr(
                "slopeprofile returned {} profiles for {} climbs: report this error.")
                .format(len(profiles), climbs.featureCount()))
        changes = {}
        for number, climb in enumerate(sorted(climbs.getFeatures(), key=lambda f: f.id())):
            if feedback.isCanceled():
                return
            chainage, z = profiles[number]
            png, _ = render_chart(chainage, z, charts / f"{number + 1:03d}", None, None, window,
                                  height_px=height_px)
            values = climb_sheet_facts.sheet_values(climb, own, surroundings, window)
            values["chart_png"] = png
            changes[climb.id()] = {index[name]: value for name, value in values.items()}
        provider.changeAttributeValues(changes)

    def profiles(self, points):
        """slopeprofile's profile points as (chainage, z) arrays, one per line in the order it
        wrote the lines (a line starts again at chainage 0)."""
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(["chainage_m", "z_m"], points.fields())
        rows = sorted(((f.id(), f["chainage_m"], f["z_m"]) for f in points.getFeatures(request)),
                      key=lambda row: row[0])
        chainage = np.array([row[1] for row in rows], dtype=float)
        z = np.array([np.nan if row[2] in (None, NULL) else row[2] for row in rows],
                     dtype=float)
        starts = np.flatnonzero(np.diff(chainage) <= 0) + 1
        return list(zip(np.split(chainage, starts), np.split(z, starts)))

    def set_captions(self, layout, window):
        """The figures' captions, in the user's language."""
        captions = {
            "length": self.tr("Length"), "gain": self.tr("Elevation gain"),
            "elevation": self.tr("Foot → top"), "avg_grade": self.tr("Average grade"),
            "max_grade": self.tr("Steepest {} m").format(format_number(window)),
            "category": self.tr("Category"), "foot": self.tr("Foot"), "top": self.tr("Top"),
            "surface": self.tr("Surface"),
        }
        self.set_figure_captions(layout, captions)
        position = print_layouts.item(layout, "figure_max_grade_position", QgsLayoutItemLabel)
        if position is not None:  # where the steepest section lies, nothing when unknown
            text = QgsExpression.quotedString(self.tr("km {} to {}").format("%1", "%2"))
            position.setText(
                f'[% if("steepest_end_m" IS NULL, \'\', format({text}, '
                'format_number("max_grade_at_m" / 1000, 2, @itinerance_language), '
                'format_number("steepest_end_m" / 1000, 2, @itinerance_language))) %]')
