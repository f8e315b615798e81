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
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from .. import output_styles
from ..logic import profile_chart
from ..translate import format_number, user_locale
from . import climb_sheet_facts, map_credits, print_layouts
from .base import ItineranceAlgorithm
from .sinks import TYPES

TEMPLATES = ("climb_sheet_a4",)


class ExportClimbSheets(ItineranceAlgorithm):
    LINES = "LINES"
    ID_FIELD = "ID_FIELD"
    DEM = "DEM"
    BAND = "BAND"
    GRADE_WINDOW = "GRADE_WINDOW"
    LAYOUT = "LAYOUT"
    LAYERS = "LAYERS"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    DPI = "DPI"
    SOURCES = "SOURCES"
    LOGOS = "LOGOS"
    OUTPUT = "OUTPUT"
    ICON = "exportclimbsheets.svg"

    def name(self):
        return "exportclimbsheets"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Climb sheets (PDF)")

    def group(self):
        return self.tr("Map exports")

    def groupId(self):  # noqa: N802 - QGIS API
        return "exports"

    def flags(self):
        # layouts render on the main thread in QGIS (qgis_process has no threads anyway)
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "One A4 page per climb (fiche ascension): the climb on a map at a round scale, its "
            "foot and top marked, with a locator map; its elevation profile chart coloured by "
            "grade; six figures, each shown once: length, elevation gain, foot and top "
            "elevations, average grade, steepest grade (with where that section lies, from km "
            "to km) and category; and what a rider wants to know: the names of the foot and the "
            "top, and the surface. The profiles and figures are those of Slope profiles and "
            "climbs (itinerance:slopeprofile), run on LINES and DEM.\n"
            "Names and surface: from the climb's own fields foot_name, top_name and surface "
            "when it has them; else the pôle and the commune (poles, perimetres of the project) "
            "the foot or top lies in, and the point-nœud (noeuds) within 150 m; the surface of "
            "the network sections (troncons) the climb runs along, else unknown. A foot or top "
            "that nothing names is left out.\n\n"
            "Parameters\n"
            "- Climbs (LINES): lines, e.g. the ascensions layer, digitised uphill.\n"
            "- Climb name field (ID_FIELD): names each sheet. Default: name when the layer has "
            "it, else the feature id.\n"
            "- DEM (DEM) and Band (BAND, default 1): as in Slope profiles and climbs; a DEM in "
            "any CRS GDAL reads.\n"
            "- Window of the steepest grade (GRADE_WINDOW, m): default 100 m.\n"
            "- Layout (LAYOUT): 0, the A4 portrait climb sheet (default).\n"
            "- Background layers (LAYERS): layers of the project (by name or id) or files. "
            "Default: the project's visible layers; with neither, a hillshade of the DEM.\n"
            "- Title of the collection (TITLE): shown under each climb's name. Default: Climb "
            "sheets.\n"
            "- Organisation (ORGANISATION), Sources and credits (SOURCES, default: the rights, "
            "licences and attribution the layers shown, the climbs and the DEM declare in their "
            "metadata), Partner logos (LOGOS: PNG, JPEG or SVG files), Resolution (DPI, default "
            "300): as in Contract map.\n"
            "- Climb sheets (OUTPUT): a .pdf file (every sheet) or a .png file (one file per "
            "sheet, numbered _01, _02…).\n\n"
            "Results: OUTPUT (the PDF, or the first PNG), PAGE_COUNT, SKIPPED_COUNT (lines "
            "outside the DEM or with an empty or degenerate geometry, named in the log), FILES "
            "(every file written, separated by ;). If no line can be profiled, the export stops "
            "with an error.\n\n"
            "Example on the sample territory (make demo writes it to build/sample):\n"
            "qgis_process.bin --json run itinerance:exportclimbsheets "
            "--PROJECT_PATH=build/sample/itinerance_sample.qgz --LINES=ascensions --ID_FIELD=name "
            "--DEM=build/sample/dem.tif --TITLE='Fiches ascension · Monts de Flandre' "
            "--OUTPUT=fiches_ascension.pdf\n"
            "It writes 4 sheets in about 4 s; on the rue d'Aire sheet: 1.30 km, 125 m gained, "
            "51 to 176 m, 9.6 % on average, 17.7 % over the steepest 100 m (km 0.84 to 0.94), "
            "category 4, foot and top in Cassel.\n\n"
            "More: the Help button opens the page of this algorithm in the plugin's "
            "documentation, docs/algorithms/exportclimbsheets.md.")

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
        self.addParameter(QgsProcessingParameterEnum(
            self.LAYOUT, self.tr("Layout"), [self.tr("A4 portrait climb sheet")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Background layers (default: the project's visible layers)"),
            QgsProcessing.TypeMapLayer, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title of the collection"), self.tr("Climb sheets"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, self.tr("Organisation"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, 300,
            minValue=72, maxValue=1200))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources and credits (default: those the layers declare)"),
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LOGOS, self.tr("Partner logos (PNG, JPEG or SVG files)"),
            QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Climb sheets"),
            self.tr("PDF files (*.pdf);;PNG images (*.png)")))
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", self.tr("Sheets")))
        self.addOutput(QgsProcessingOutputNumber(
            "SKIPPED_COUNT", self.tr("Climbs skipped (outside the DEM, empty or degenerate)")))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        layout = parameters.get(self.LAYOUT)
        if layout is not None and str(layout) not in {str(i) for i in range(len(TEMPLATES))}:
            return False, self.tr("Unknown layout {}: choose 0 (A4 portrait climb sheet).") \
                .format(layout)
        missing = print_layouts.unloadable(parameters.get(self.LAYERS), context)
        if missing:
            return False, self.tr("LAYERS: cannot load {}; check the paths and layer names.") \
                .format(", ".join(missing))
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        print_layouts.check_output(output)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        window = self.parameterAsDouble(parameters, self.GRADE_WINDOW, context)
        climbs, skipped, points = self.profile(parameters, context, steps, window)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(1)

        background = print_layouts.map_layers(
            parameters.get(self.LAYERS),
            self.parameterAsLayerList(parameters, self.LAYERS, context), project,
            feedback)
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        background, keep_alive = print_layouts.smooth_rasters(background)
        if not background:  # nothing to show around the climbs: the relief itself
            relief = dem.clone()
            output_styles.hillshade(relief)
            background = [relief]
            keep_alive.append(relief)
        crs = project.crs() if project is not None and project.crs().isValid() \
            else climbs.crs()
        layout = print_layouts.load_template(
            project, TEMPLATES[self.parameterAsEnum(parameters, self.LAYOUT, context)])
        lines = self.parameterAsVectorLayer(parameters, self.LINES, context)
        print_layouts.set_texts(
            layout, self.parameterAsString(parameters, self.TITLE, context), "",
            self.parameterAsString(parameters, self.ORGANISATION, context),
            map_credits.credit_line(self.parameterAsString(parameters, self.SOURCES, context),
                                    background + [lines, dem], feedback))
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
        print_layouts.place_logos(layout, [path for path in self.parameterAsFileList(
            parameters, self.LOGOS, context) if path])

        dpi = self.parameterAsInt(parameters, self.DPI, context)
        feedback.pushInfo(self.tr("Rendering {} sheet(s) at {} dpi…").format(atlas.count(), dpi))
        files = print_layouts.export(layout, output, dpi, atlas, steps)
        feedback.pushInfo(self.tr("Wrote {}.").format(", ".join(str(f) for f in files)))
        return {self.OUTPUT: str(files[0]), "PAGE_COUNT": atlas.count(),
                "SKIPPED_COUNT": skipped, "FILES": ";".join(str(f) for f in files)}

    # --- helpers ---------------------------------------------------------------------------

    def id_field(self, parameters, context, source):
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        if not id_field and source.fields().indexFromName("name") >= 0:
            id_field = "name"
        return id_field

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
            png, _ = profile_chart.render_profile(
                chainage, z, str(charts / f"{number + 1:03d}"), None, None,
                grade_window=window, x_label=self.tr("km"), y_label=self.tr("m"),
                nodata_label=self.tr("no data"), height_px=height_px,
                decimal_separator=user_locale().decimalPoint())
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
        for key, caption in captions.items():
            label = print_layouts.item(layout, f"figure_{key}_caption", QgsLayoutItemLabel)
            if label is not None:
                label.setText(caption)
        position = print_layouts.item(layout, "figure_max_grade_position", QgsLayoutItemLabel)
        if position is not None:  # where the steepest section lies, nothing when unknown
            text = QgsExpression.quotedString(self.tr("km {} to {}").format("%1", "%2"))
            position.setText(
                f'[% if("steepest_end_m" IS NULL, \'\', format({text}, '
                'format_number("max_grade_at_m" / 1000, 2, @itinerance_language), '
                'format_number("steepest_end_m" / 1000, 2, @itinerance_language))) %]')
