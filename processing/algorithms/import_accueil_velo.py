"""itinerance:importaccueilvelo: the Accueil Vélo list (DATAtourisme CSV, or any table or layer
of places) into the etablissements of the project database, in one transaction."""

from collections import Counter
from pathlib import Path

from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..database import import_target
from ..logic.inventory import accueil_velo_list as av
from .project_import import DATABASE_PARAMETERS, ProjectImport

LAYER = "etablissements"
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
SHOWN = 50  # rows listed in the log per reason; the rest are counted


class ImportAccueilVelo(ProjectImport):
    # the database parameters ProjectImport declares (and translates)
    PARAMETERS_OF = {"ProjectImport": DATABASE_PARAMETERS}
    INPUT = "INPUT"
    PERIMETER = "PERIMETER"
    SOURCE = "SOURCE"
    ENCODING = "ENCODING"
    FIELDS = {"name": "NAME_FIELD", "identifier": "ID_FIELD", "type": "TYPE_FIELD",
              "subtype": "SUBTYPE_FIELD", "latitude": "LATITUDE_FIELD",
              "longitude": "LONGITUDE_FIELD", "commune": "COMMUNE_FIELD",
              "website": "WEBSITE_FIELD", "label_date": "LABEL_DATE_FIELD"}
    ICON = "importaccueilvelo.svg"

    def name(self):
        return "importaccueilvelo"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import the Accueil Vélo list")

    def group(self):
        return self.tr("Import")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Accueil Vélo list (CSV file or layer)"),
            [QgsProcessing.TypeVector]))
        self.add_database_parameters(self.tr(
            "Project database (GeoPackage, or a PostgreSQL connection)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"),
            [self.tr("Append: add new establishments only"),
             self.tr("Update: also update those imported before")], defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETER, self.tr("Perimeter (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, self.tr("Source code of the identifiers"), "datatourisme"))
        labels = {"name": self.tr("Name column"), "identifier": self.tr("Identifier column"),
                  "type": self.tr("Type column"), "subtype": self.tr("Sub-type column"),
                  "latitude": self.tr("Latitude column"),
                  "longitude": self.tr("Longitude column"),
                  "commune": self.tr("Commune column"), "website": self.tr("Website column"),
                  "label_date": self.tr("Label date column")}
        for role, parameter in self.FIELDS.items():
            self.addParameter(QgsProcessingParameterString(
                parameter, labels[role], av.DATATOURISME_COLUMNS[role], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of the CSV (default UTF-8)"), optional=True))
        self.add_number_outputs({
            "IMPORTED_COUNT": self.tr("Establishments imported"),
            "UPDATED_COUNT": self.tr("Establishments updated"),
            "MERGED_COUNT": self.tr("Rows merged"),
            "SKIPPED_COUNT": self.tr("Rows skipped"),
        })

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """QGIS checks a source by opening it with OGR, which fails on the very CSV files
        whose faults our reader explains (empty, another delimiter): a CSV path is checked
        when it is read."""
        if not self.csv_path(parameters):
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name != self.INPUT and not definition.checkValueIsAcceptable(
                    parameters.get(name), context):
                return False, self.tr("Incorrect parameter value for {}").format(name)
        return True, ""

    def csv_path(self, parameters):
        """The INPUT as a CSV file path, or None (a layer)."""
        raw = parameters.get(self.INPUT)
        if isinstance(raw, str) and Path(raw).suffix.lower() in CSV_SUFFIXES:
            return raw
        return None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        update = self.parameterAsEnum(parameters, self.MODE, context) == 1
        source = self.parameterAsString(parameters, self.SOURCE, context).strip()
        if not source:
            raise QgsProcessingException(self.tr(
                "Give the source code of the identifiers (SOURCE), e.g. datatourisme."))
        names = {role: self.parameterAsString(parameters, parameter, context).strip()
                 for role, parameter in self.FIELDS.items()}

        target = self.open_database(parameters, context, feedback)
        crs = target.crs(LAYER)
        feedback.setProgress(10)
        places, skipped, columns = self.read_input(parameters, context, names, crs)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)
        perimeter = self.perimeter_wkbs(parameters, self.PERIMETER, context, crs)
        if perimeter:
            inside = av.inside_perimeter(places, perimeter)
            skipped += [(p.row, p.name, "outside", "") for p, ok in zip(places, inside)
                        if not ok]
            places = [p for p, ok in zip(places, inside) if ok]

        existing = [av.Existing(fid, v["name"] or "", v["source"], v["source_id"],
                                geometry.asPoint().x(), geometry.asPoint().y())
                    for fid, v, geometry in target.read(LAYER, ["name", "source", "source_id"])
                    if geometry is not None and not geometry.isEmpty()]
        plan = av.plan_import(places, existing, source, update)
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        filled = [role for role in ("commune", "website", "label_date") if columns[role]]
        target.write(
            LAYER,
            [(self.values(place, filled, source), import_target.point_wkb(place.x, place.y))
             for place in plan.inserts],
            [(match.fid, self.values(place, filled), import_target.point_wkb(place.x, place.y))
             for match, place in plan.updates])
        feedback.setProgress(100)
        return self.report(feedback, plan, skipped, places, target)

    # --- reading ---------------------------------------------------------------------------

    def read_input(self, parameters, context, names, crs):
        """(places in ``crs``, skipped rows, resolved columns) of the CSV file or layer."""
        path = self.csv_path(parameters)
        if path:
            return self.read_csv(path, self.parameterAsString(parameters, self.ENCODING,
                                                              context).strip(), names, crs)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        return self.read_layer(source, context, names, crs)

    def read_csv(self, path, encoding, names, crs):
        if not Path(path).is_file():
            raise QgsProcessingException(self.tr("The file {} does not exist.").format(path))
        try:
            table = av.read_csv(Path(path).read_bytes(), encoding or None)
            columns = av.resolve_columns(table.columns, names)
        except av.InputError as error:
            raise QgsProcessingException(self.input_message(Path(path).name, error)) from None
        places, skipped = [], [(line, "", "malformed", str(count))
                               for line, count in table.malformed]
        for row, values in zip(table.row_numbers, table.rows):
            place, issue = av.place_from_values(row, values, columns)
            self.sort_row(place, issue, row, values, columns, places, skipped)
        return self.projected(places, places, skipped, crs), skipped, columns

    def read_layer(self, source, context, names, crs):
        fields = source.fields().names()
        point = QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.NullGeometry
        try:
            columns = av.resolve_columns(fields, names, coordinates=not point)
        except av.InputError as error:
            raise QgsProcessingException(self.input_message(source.sourceName(), error)) \
                from None
        if point:  # the geometry places them; latitude and longitude fields are not read
            columns["latitude"] = columns["longitude"] = []
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        places, skipped, geographic = [], [], []
        for feature in source.getFeatures(request):
            values = [plain(v) for v in feature.attributes()]
            place, issue = av.place_from_values(feature.id(), values, columns)
            if place is not None and point:
                geometry = feature.geometry()
                if geometry.isNull() or geometry.isEmpty():
                    place, issue = None, ("no_coordinates", "")
                else:
                    xy = geometry.pointOnSurface().asPoint()
                    place.x, place.y = xy.x(), xy.y()
            elif place is not None:
                geographic.append(place)
            self.sort_row(place, issue, feature.id(), values, columns, places, skipped)
        return self.projected(places, geographic, skipped, crs), skipped, columns

    @staticmethod
    def sort_row(place, issue, row, values, columns, places, skipped):
        """Put one read row among the places or, with its reason, the skipped rows."""
        if place is None:
            name = next((av.clean(values[i]) for i in columns["name"]
                         if av.clean(values[i])), "")
            skipped.append((row, name or "", *issue))
        else:
            places.append(place)

    @staticmethod
    def projected(places, geographic, skipped, crs):
        """``places`` once those of ``geographic`` (longitude, latitude) are in ``crs``; those
        that cannot be moved there join the skipped rows."""
        failed = {id(place) for place in av.project(geographic, crs.toWkt())}
        skipped += [(p.row, p.name, "no_coordinates", "") for p in places if id(p) in failed]
        return [p for p in places if id(p) not in failed]

    # --- writing ---------------------------------------------------------------------------

    @staticmethod
    def values(place, filled, source=None):
        """The fields an import writes: always name, category and the label; commune, website
        and label date when the input has them; source and identifier for a new one (an
        update keeps the identifier the establishment has)."""
        values = {"name": place.name, "category": place.category, "accueil_velo": True}
        for role in filled:
            values[role] = getattr(place, role)
        if source is not None:
            values.update({"source": source, "source_id": place.source_id})
        return values

    # --- the log ---------------------------------------------------------------------------

    def report(self, feedback, plan, skipped, places, target):
        reasons = self.skip_reasons_texts()
        for reason, label in reasons.items():
            rows = [s for s in skipped if s[2] == reason]
            if not rows:
                continue
            feedback.reportError(self.tr("{} row(s) skipped: {}.").format(len(rows), label))
            for row, name, _, detail in rows[:SHOWN]:
                feedback.pushInfo(self.tr("  row {}: {} {}").format(row, name, detail).rstrip())
            if len(rows) > SHOWN:
                feedback.pushInfo(self.tr("  … and {} more.").format(len(rows) - SHOWN))
        for place, rows in plan.merged:
            feedback.pushInfo(self.tr("Merged, one place: {} (rows {})").format(
                place.name, ", ".join(f"{r.row}: {r.source_id or '-'}" for r in rows)))
        for match, place in plan.kept:
            feedback.pushInfo(self.tr(
                "Already in the database, left as it is: {} (row {}) is the establishment {} "
                "({}).").format(place.name, place.row, match.fid,
                                match.source or self.tr("drawn by hand")))
        for place in places:
            if place.bad_date:
                feedback.pushWarning(self.tr("Row {} ({}): unreadable label date {}; left "
                                             "empty.").format(place.row, place.name,
                                                              place.bad_date))
        shortened = Counter(role for place in places for role in place.shortened)
        if shortened:
            feedback.pushWarning(self.tr(
                "Values too long for the project database, shortened (a website to its address "
                "without the query, else left empty): {}").format(
                ", ".join(f"{role} ({count})" for role, count in shortened.items())))
        unknown = Counter(word for place in places for word in place.unknown_words)
        if unknown:
            feedback.pushWarning(self.tr("Words of the types not in the table of categories "
                                         "(ignored): {}").format(
                ", ".join(f"{word} ({count})" for word, count in unknown.most_common())))
        written = Counter(p.category for p in plan.inserts) + Counter(
            p.category for _, p in plan.updates)
        merged_rows = plan.merged_rows + len(plan.kept)
        feedback.pushInfo(self.tr(
            "{}: {} establishment(s) imported, {} updated, {} row(s) merged, {} skipped. By "
            "category: {}.").format(
            target.describe(), len(plan.inserts), len(plan.updates), merged_rows, len(skipped),
            ", ".join(f"{category} {written[category]}" for category in av.CATEGORIES)))
        return {"IMPORTED_COUNT": len(plan.inserts), "UPDATED_COUNT": len(plan.updates),
                "MERGED_COUNT": merged_rows, "SKIPPED_COUNT": len(skipped)}

    def skip_reasons_texts(self):
        return {"no_name": self.tr("no name"),
                "no_coordinates": self.tr("no coordinates (empty, not numbers, or 0, 0)"),
                "outside": self.tr("outside the perimeter"),
                "unknown_category": self.tr("unknown category (the type words are shown)"),
                "long_identifier": self.tr("an identifier longer than 64 characters"),
                "malformed": self.tr("more fields than the header (the count is shown): a "
                                     "delimiter inside a value without quotes?")}

    def input_message(self, name, error):
        """The words for an InputError of ``name`` (a file or layer)."""
        details = error.details
        if error.code == "encoding":
            return self.tr(
                "{} is not {} text (byte {} on line {}). Save it as CSV UTF-8, or give its "
                "encoding in ENCODING (cp1252 for a file saved by Excel).").format(
                name, details["encoding"], details["byte"], details["line"])
        if error.code == "unknown_encoding":
            return self.tr("Python does not know the encoding {}; give one such as utf-8, "
                           "cp1252 or latin-1.").format(details["encoding"])
        if error.code == "one_column":
            return self.tr(
                "{} has one column only (its first line: {}): its delimiter is not a comma, a "
                "semicolon, a tab or |. Save it as CSV.").format(name, details["header"])
        if error.code == "missing_columns":
            missing = ", ".join(f"{self.FIELDS[role]}={column or '?'}"
                                for role, column in details["missing"])
            return self.tr(
                "{} has no column {}. Its columns are: {}. Give the names of its columns in "
                "these parameters.").format(name, missing, ", ".join(details["columns"]))
        return self.tr("{} is empty.").format(name)


def plain(value):
    """A feature's attribute as Python: None for NULL, dates as datetime.date."""
    if value is None or value == NULL or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime()
    return value
