"""itinerance:territoryindicators: the contract's indicators per EPCI or commune, year on year."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.ops import unary_union

from ..inputs.indicator_inputs import (
    InventoryReader,
    Sources,
    database_sources,
    is_project_database,
    numeric,
    perimeter_shapes,
)
from ..inputs.indicator_labels import IndicatorLabels
from ..layers import output_styles
from ..layers.geometry_io import LAMBERT_93, field_or_default, working_crs
from ..layers.profile_io import dem_file
from ..layouts.indicator_pdf import MAP_STYLES as MAP_INPUTS
from ..layouts.indicator_reports import IndicatorReports
from ..logic.reports import territory_figures as ti
from .base import ItineranceAlgorithm

# the headline figures: the indicators of the union of the perimeters
TOTALS = ("network_km", "node_count", "aire_count", "served_pct", "accueil_velo_count",
          "veloroute_km", "veloroute_covered_pct", "prospect_count", "climb_count", "trame_km",
          "trame_component_count", "bridge_count", "pole_count", "pole_connected_count")
# what each group of figures needs, to say so when a figure cannot be computed
GROUP_TOTALS = {"network_value_km": "network_km", "surface_value_km": "network_km",
                "mode_value_km": "network_km", "mode_node_count": "node_count",
                "aire_kind_count": "aire_count",
                "accueil_velo_category_count": "accueil_velo_count",
                "climb_category_count": "climb_count"}


class TerritoryIndicators(ItineranceAlgorithm):
    PERIMETERS = "PERIMETERS"
    NAME_FIELD = "NAME_FIELD"
    CODE_FIELD = "CODE_FIELD"
    NETWORK = "NETWORK"
    AIRES = "AIRES"
    ESTABLISHMENTS = "ESTABLISHMENTS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    LABEL_FIELD = "LABEL_FIELD"
    ITINERARIES = "ITINERARIES"
    TRAME = "TRAME"
    POLES = "POLES"
    ASCENSIONS = "ASCENSIONS"
    DEM = "DEM"
    BAND = "BAND"
    MAX_DISTANCE = "MAX_DISTANCE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    MAX_ATTACH_DISTANCE = "MAX_ATTACH_DISTANCE"
    ACCESS_DISTANCE = "ACCESS_DISTANCE"
    TRAME_SNAP_TOLERANCE = "TRAME_SNAP_TOLERANCE"
    HUB_ACCESS_DISTANCE = "HUB_ACCESS_DISTANCE"
    COMPARE_WITH = "COMPARE_WITH"
    TITLE = "TITLE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    PDF = "PDF"
    ICON = "territoryindicators.svg"

    def name(self):
        return "territoryindicators"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Territory indicators per perimeter")

    def group(self):
        return self.tr("Project")

    def groupId(self):  # noqa: N802 - QGIS API
        return "project"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETERS, self.tr("Perimeters (polygons: EPCI, communes)"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Perimeter name field (default: name)"),
            parentLayerParameterName=self.PERIMETERS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Perimeter code field (default: code, if present)"),
            parentLayerParameterName=self.PERIMETERS, optional=True))
        for name, description, kinds in (
                (self.NETWORK, self.tr("Cycling network (lines)"),
                 [QgsProcessing.TypeVectorLine]),
                (self.AIRES, self.tr("Aires (points)"), [QgsProcessing.TypeVectorPoint]),
                (self.ESTABLISHMENTS, self.tr("Establishments (points)"),
                 [QgsProcessing.TypeVectorPoint])):
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, description, kinds, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, self.tr("Establishment category field"),
            parentLayerParameterName=self.ESTABLISHMENTS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Label field (which establishments are labelled)"),
            parentLayerParameterName=self.ESTABLISHMENTS, optional=True))
        for name, description, kinds in (
                (self.ITINERARIES, self.tr("Itineraries: véloroutes (lines)"),
                 [QgsProcessing.TypeVectorLine]),
                (self.TRAME, self.tr("Green network, trame verte (lines)"),
                 [QgsProcessing.TypeVectorLine]),
                (self.POLES, self.tr("Hubs, pôles (points or polygons)"),
                 [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
                (self.ASCENSIONS, self.tr("Climbs, ascensions (lines)"),
                 [QgsProcessing.TypeVectorLine])):
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, description, kinds, optional=True))
        self.add_mode_parameter(self.tr("Mode (the network and itineraries of this mode)"))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("DEM (for the climbs)"), optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Band"), 1, parentLayerParameterName=self.DEM, optional=True))
        defaults = ti.Settings()
        for name, description, default in (
                (self.MAX_DISTANCE, self.tr("Maximum distance to an aire along the network (m)"),
                 defaults.max_distance),
                (self.SNAP_TOLERANCE, self.tr("Snap tolerance for network line ends (m)"),
                 defaults.snap_tolerance),
                (self.MAX_ATTACH_DISTANCE,
                 self.tr("Maximum distance from an aire to the network (m)"),
                 defaults.max_attach_distance),
                (self.ACCESS_DISTANCE,
                 self.tr("Accueil Vélo access distance, straight line (m)"),
                 defaults.access_distance),
                (self.TRAME_SNAP_TOLERANCE,
                 self.tr("Snap tolerance for green network line ends (m)"),
                 defaults.trame_snap_tolerance),
                (self.HUB_ACCESS_DISTANCE, self.tr("Hub access distance (m)"),
                 defaults.hub_access_distance)):
            self.addParameter(QgsProcessingParameterNumber(
                name, description, QgsProcessingParameterNumber.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterFile(
            self.COMPARE_WITH,
            self.tr("Compare with: an earlier project database or indicator table"),
            optional=True, fileFilter=self.tr(
                "GeoPackage (*.gpkg);;Tables (*.gpkg *.csv *.xlsx *.ods *.dbf);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title of the report"), self.tr("Territory indicators"),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Indicators per perimeter"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.PDF, self.tr("Report (PDF, one page per perimeter)"),
            self.tr("PDF files (*.pdf)"), optional=True, createByDefault=False))
        self.add_number_outputs({
            "PERIMETER_COUNT": self.tr("Perimeters"),
            "NETWORK_KM": self.tr("All perimeters: cycling network (km)"),
            "NODE_COUNT": self.tr("All perimeters: network nodes"),
            "AIRE_COUNT": self.tr("All perimeters: aires"),
            "SERVED_PCT": self.tr("All perimeters: network served by an aire (%)"),
            "ACCUEIL_VELO_COUNT": self.tr("All perimeters: Accueil Vélo establishments"),
            "VELOROUTE_KM": self.tr("All perimeters: véloroutes (km)"),
            "VELOROUTE_COVERED_PCT": self.tr(
                "All perimeters: véloroutes covered by Accueil Vélo (%)"),
            "PROSPECT_COUNT": self.tr("All perimeters: prospects"),
            "CLIMB_COUNT": self.tr("All perimeters: climbs"),
            "TRAME_KM": self.tr("All perimeters: green network (km)"),
            "TRAME_COMPONENT_COUNT": self.tr("All perimeters: green network parts"),
            "BRIDGE_COUNT": self.tr("All perimeters: critical links of the green network"),
            "POLE_COUNT": self.tr("All perimeters: hubs"),
            "POLE_CONNECTED_COUNT": self.tr("All perimeters: hubs on the green network"),
            "UNMATCHED_COUNT": self.tr("Perimeters without a previous value"),
            "SKIPPED_COUNT": self.tr("Features skipped (empty or degenerate geometry)"),
        })

    def flags(self):
        # the PDF renders a print layout, on the main thread in QGIS
        return super().flags() | self.FlagNoThreading

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        pdf = self.parameterAsFileOutput(parameters, self.PDF, context)
        IndicatorReports().check_outputs(report, pdf)
        perimeters, crs = self.perimeters(parameters, context, feedback)
        settings = self.settings(parameters, context)
        sources = self.checked_sources(parameters, context, feedback)
        feedback.setProgressText(self.tr("Reading the layers and building the networks"))
        reader = InventoryReader(self, crs, context, feedback, settings)
        inventory = reader.read(sources)
        feedback.setProgress(20)
        rows, maps = self.perimeter_rows(inventory, perimeters.shapes, bool(report), feedback)
        if rows is None:
            return {}
        totals = inventory.row(unary_union([s for s in perimeters.shapes if not s.is_empty]))
        compare_with = self.parameterAsFile(parameters, self.COMPARE_WITH, context)
        fields, rows, unmatched = inventory.fields(), rows, 0
        if compare_with:
            fields, rows, unmatched = self.compare(compare_with, fields, rows, perimeters,
                                                   sources, reader, feedback)
        self.report_missing(fields, rows, feedback)
        outputs = self.write_indicators(parameters, context, crs, fields, rows, perimeters)
        results = {"PERIMETER_COUNT": len(rows), "UNMATCHED_COUNT": unmatched,
                   "SKIPPED_COUNT": reader.skipped}
        results.update({key.upper(): totals[key] for key in TOTALS})
        results.update(outputs)
        feedback.setProgress(75)
        if report or pdf:
            results.update(self.write_reports(
                parameters, context, feedback, report, pdf, fields, rows, perimeters, maps,
                totals, crs, compare_with))
        self.log_results(feedback, results)
        return results

    # --- inputs ----------------------------------------------------------------------------

    def settings(self, parameters, context):
        value = self.parameterAsDouble
        return ti.Settings(
            max_distance=value(parameters, self.MAX_DISTANCE, context),
            snap_tolerance=value(parameters, self.SNAP_TOLERANCE, context),
            max_attach_distance=value(parameters, self.MAX_ATTACH_DISTANCE, context),
            access_distance=value(parameters, self.ACCESS_DISTANCE, context),
            trame_snap_tolerance=value(parameters, self.TRAME_SNAP_TOLERANCE, context),
            hub_access_distance=value(parameters, self.HUB_ACCESS_DISTANCE, context))

    def perimeters(self, parameters, context, feedback):
        """(the perimeters read in the working CRS, that CRS)."""
        source = self.parameterAsSource(parameters, self.PERIMETERS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PERIMETERS))
        crs = working_crs(source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        name_field = field_or_default(
            source, self.parameterAsString(parameters, self.NAME_FIELD, context), "name")
        code_field = field_or_default(
            source, self.parameterAsString(parameters, self.CODE_FIELD, context), "code")
        return perimeter_shapes(source, crs, context, name_field, code_field, feedback), crs

    def checked_sources(self, parameters, context, feedback):
        """The inventory layers given; at least one is needed, and the climbs need a DEM."""
        sources = self.sources(parameters, context)
        if all(getattr(sources, key.lower()) is None for key in (
                self.NETWORK, self.AIRES, self.ESTABLISHMENTS, self.ITINERARIES, self.TRAME,
                self.POLES, self.ASCENSIONS)):
            raise QgsProcessingException(self.tr(
                "No inventory layer is given: give at least one of NETWORK, AIRES, "
                "ESTABLISHMENTS, ITINERARIES, TRAME, POLES or ASCENSIONS."))
        if sources.ascensions is not None and not sources.dem_path:
            feedback.pushWarning(self.tr(
                "ASCENSIONS is given without a DEM: the climbs cannot be found, their figures "
                "stay empty. Give a DEM."))
        return sources

    def sources(self, parameters, context):
        sources = Sources()
        for name in (self.NETWORK, self.AIRES, self.ESTABLISHMENTS, self.ITINERARIES,
                     self.TRAME, self.POLES, self.ASCENSIONS):
            if parameters.get(name) is None:
                continue
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            setattr(sources, name.lower(), source)
        sources.category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD,
                                                        context)
        sources.mode = self.parameter_as_mode(parameters, context)
        sources.label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context) \
            if parameters.get(self.DEM) else None
        if dem is not None:
            sources.dem_path = dem_file(dem)
            sources.dem_band = self.parameterAsInt(parameters, self.BAND, context) or 1
        return sources

    def report_missing(self, fields, rows, feedback):
        """Say which figures stay empty because their layer is missing."""
        missing = [spec.name for spec in fields
                   if not spec.name.endswith(("_prev", "_change"))
                   and rows and all(row.get(spec.name) is None for row in rows)]
        if missing:
            feedback.pushInfo(self.tr(
                "Not computed (their layer is not given): {}.").format(", ".join(missing)))

    # --- figures and output ---------------------------------------------------------------

    def perimeter_rows(self, inventory, shapes, want_maps, feedback):
        """(the figures of each perimeter, their maps or None); (None, None) when cancelled."""
        feedback.setProgressText(self.tr("Figures per perimeter"))
        rows = []
        maps = [] if want_maps else None
        for index, geometry in enumerate(shapes):
            if feedback.isCanceled():
                return None, None
            drawn = ti.Shapes() if want_maps else None
            rows.append(inventory.row(geometry, drawn))
            if want_maps:
                maps.append(drawn)
            feedback.setProgress(20 + 50 * (index + 1) / len(shapes))
        return rows, maps

    def write_indicators(self, parameters, context, crs, fields, rows, perimeters):
        """OUTPUT: a polygon per perimeter with its name, code and figures."""
        output_fields = ([ti.Field("name", "text", "name"), ti.Field("code", "text", "code")]
                         + fields)
        sink_rows = [(geometry, [name, code] + [row.get(spec.name) for spec in fields])
                     for geometry, name, code, row in zip(
                         perimeters.geometries, perimeters.names, perimeters.codes, rows)]
        outputs = self.write_outputs(parameters, context, crs, {
            self.OUTPUT: ([(spec.name, spec.kind) for spec in output_fields],
                          QgsWkbTypes.MultiPolygon, sink_rows)})
        aliases = IndicatorLabels(self.parameter_as_mode(parameters, context)).aliases(fields)
        for destination in outputs.values():
            output_styles.apply_on_load(context, destination, None, aliases)
        return outputs

    # --- comparison ------------------------------------------------------------------------

    def compare(self, path, fields, rows, perimeters, sources, reader, feedback):
        """Fields and rows with ``<field>_prev`` and ``<field>_change``, and the number of
        perimeters left without a previous value."""
        if is_project_database(path):
            feedback.pushInfo(self.tr("Comparing with the project database {}: the same "
                                      "indicators on its layers.").format(path))
            earlier, missing = database_sources(path, sources, reader.context)
            for layer_name in missing:
                feedback.pushWarning(self.tr(
                    "{} has no layer {}: its previous figures stay empty.").format(
                    path, layer_name))
            previous_inventory = reader.read(earlier)
            previous = ti.indicator_rows(previous_inventory, perimeters.shapes)
            fields = merged_fields(fields, previous_inventory.fields())
            rows = [complete(row, fields) for row in rows]
            previous = [complete(row, fields) for row in previous]
            unmatched = 0
        else:
            table = QgsVectorLayer(path, "previous", "ogr")
            if not table.isValid() or table.fields().indexFromName("name") < 0:
                raise QgsProcessingException(self.tr(
                    "COMPARE_WITH: {} is neither a project database nor an indicator table "
                    "with a name field; give an earlier OUTPUT of this algorithm or an earlier "
                    "project GeoPackage.").format(path))
            previous_rows = self.read_table(table, fields)
            names = perimeters.names
            previous, left = ti.match_previous(list(zip(names, perimeters.codes)),
                                               previous_rows)
            unmatched = sum(row is None for row in previous)
            if unmatched:
                feedback.pushWarning(self.tr(
                    "{} perimeter(s) have no row in {} (matched by code, else by name): {}.")
                    .format(unmatched, path, ", ".join(
                        n for n, row in zip(names, previous) if row is None)))
            if left:
                feedback.pushWarning(self.tr(
                    "{} row(s) of {} match no perimeter: {}.").format(
                    len(left), path, ", ".join(str(row.get("name")) for row in left)))
        return (ti.change_fields(fields),
                [ti.with_changes(row, before) for row, before in zip(rows, previous)],
                unmatched)

    def read_table(self, table, fields):
        """The rows of an earlier indicator table: name, code and the indicator fields it has
        (numbers)."""
        names = [spec.name for spec in fields
                 if table.fields().indexFromName(spec.name) >= 0]
        has_code = table.fields().indexFromName("code") >= 0
        rows = []
        for feature in table.getFeatures(QgsFeatureRequest().setFlags(
                QgsFeatureRequest.NoGeometry)):
            row = {name: numeric(feature[name]) for name in names}
            row["name"] = feature["name"]
            row["code"] = feature["code"] if has_code else None
            rows.append(row)
        return rows

    # --- reports ---------------------------------------------------------------------------

    def write_reports(self, parameters, context, feedback, report, pdf, fields, rows,
                      perimeters, maps, totals, crs, compare_with):
        labels = IndicatorLabels(self.parameter_as_mode(parameters, context))
        aliases = labels.aliases(fields)
        base = [spec.name for spec in fields if spec.label not in ("prev", "change")]
        reports = IndicatorReports()
        texts = reports.texts(self.parameterAsString(parameters, self.TITLE, context),
                              aliases, self.settings(parameters, context), compare_with,
                              len(rows))
        layers = {name: self.parameterAsVectorLayer(parameters, name, context)
                  for name in MAP_INPUTS if parameters.get(name)}
        feedback.setProgressText(self.tr("Writing the report"))
        return reports.write(report, pdf, texts, base, rows, perimeters.names, perimeters.codes,
                             perimeters.shapes, perimeters.geometries, maps, totals,
                             bool(compare_with), crs,
                             {name: layer for name, layer in layers.items() if layer},
                             context.project(), feedback)

    def log_results(self, feedback, results):
        feedback.pushInfo(self.tr(
            "{} perimeter(s). All of them together: network {} km, served {} %, {} aire(s), "
            "{} Accueil Vélo establishment(s), véloroutes {} km ({} % covered), {} "
            "prospect(s), {} climb(s), green network {} km in {} part(s).").format(
            results["PERIMETER_COUNT"], _shown(results["NETWORK_KM"], 1),
            _shown(results["SERVED_PCT"], 1), _shown(results["AIRE_COUNT"]),
            _shown(results["ACCUEIL_VELO_COUNT"]), _shown(results["VELOROUTE_KM"], 1),
            _shown(results["VELOROUTE_COVERED_PCT"], 1), _shown(results["PROSPECT_COUNT"]),
            _shown(results["CLIMB_COUNT"]), _shown(results["TRAME_KM"], 1),
            _shown(results["TRAME_COMPONENT_COUNT"])))


def _shown(value, decimals=0):
    return "—" if value is None else f"{value:.{decimals}f}"


def merged_fields(current, previous):
    """The fields of two inventories, each once, in the current order (a breakdown value seen
    only earlier goes after the current ones)."""
    names = {spec.name for spec in current}
    return list(current) + [spec for spec in previous if spec.name not in names]


def complete(row, fields):
    """``row`` with a value for every field: a breakdown value the row lacks is 0 when its
    group was computed, None when not."""
    out = dict(row)
    for spec in fields:
        if spec.name not in out:
            total = GROUP_TOTALS.get(spec.label)
            out[spec.name] = 0 if total is not None and row.get(total) is not None else None
    return out
