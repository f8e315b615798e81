"""itinerance:importstations: the SNCF list of passenger stations (CSV) into the gares of the
project database, in one transaction; a re-import updates what it imported before."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..database import import_target
from ..inputs.place_inputs import feature_source, has_field
from ..layers.geometry_io import features
from ..logic.inventory import accueil_velo_list as av
from ..logic.inventory import station_list
from .project_import import DATABASE_PARAMETERS, ProjectImport

LAYER = "gares"
SOURCE = "sncf"
SHOWN = 50  # rows listed in the log per reason; the rest are counted


class ImportStations(ProjectImport):
    PARAMETERS_OF = {"ProjectImport": DATABASE_PARAMETERS}
    INPUT = "INPUT"
    PERIMETER = "PERIMETER"
    COMMUNES = "COMMUNES"
    ENCODING = "ENCODING"
    ICON = "importstations.svg"

    def name(self):
        return "importstations"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import the SNCF stations")

    def group(self):
        return self.tr("Import")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("SNCF list of passenger stations (CSV)"),
            fileFilter=self.tr("CSV files (*.csv *.txt);;All files (*)")))
        self.add_database_parameters(self.tr(
            "Project database (GeoPackage, or a PostgreSQL connection)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"),
            [self.tr("Append: add new stations only"),
             self.tr("Update: also update those imported before")], defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETER, self.tr("Perimeter (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes with their INSEE code (default: the communes of "
                                   "the database's perimetres)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, self.tr("Encoding of the CSV (default UTF-8)"), optional=True))
        self.add_number_outputs({
            "IMPORTED_COUNT": self.tr("Stations imported"),
            "UPDATED_COUNT": self.tr("Stations updated"),
            "OUTSIDE_COUNT": self.tr("Stations outside the perimeter"),
            "SKIPPED_COUNT": self.tr("Rows skipped (named in the log)"),
        })

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        update = self.parameterAsEnum(parameters, self.MODE, context) == 1
        stations, skipped = self.read(parameters, context)
        target = self.open_database(parameters, context, feedback)
        crs = target.crs(LAYER)
        places = [av.Place(s.line, s.name, s.uic, (), s.lon, s.lat) for s in stations]
        failed = {id(p) for p in av.project(places, crs.toWkt())}
        skipped += [(p.row, p.name, "no_coordinates", "") for p in places if id(p) in failed]
        kept = [(s, p) for s, p in zip(stations, places) if id(p) not in failed]
        perimeter = self.perimeter_wkbs(parameters, self.PERIMETER, context, crs)
        outside = 0
        if perimeter:
            inside = av.inside_perimeter([p for _, p in kept], perimeter)
            outside = len(kept) - sum(inside)
            kept = [pair for pair, ok in zip(kept, inside) if ok]
        named = station_list.name_communes([s for s, _ in kept],
                                           self.communes(parameters, context, target))
        feedback.pushInfo(self.tr("{} station(s) read, {} outside the perimeter; {} commune(s) "
                                  "named from their INSEE code.").format(
            len(stations), outside, named))
        by_row = {p.row: s for s, p in kept}
        existing = [av.Existing(fid, v["name"] or "", v["source"], v["source_id"],
                                geometry.asPoint().x(), geometry.asPoint().y())
                    for fid, v, geometry in target.read(LAYER, ["name", "source", "source_id"])
                    if geometry is not None and not geometry.isEmpty()]
        plan = av.plan_import([p for _, p in kept], existing, SOURCE, update)
        if feedback.isCanceled():
            return {}
        target.write(
            LAYER,
            [(self.values(by_row[p.row], True), import_target.point_wkb(p.x, p.y))
             for p in plan.inserts],
            [(match.fid, self.values(by_row[p.row], False), import_target.point_wkb(p.x, p.y))
             for match, p in plan.updates])
        self.report(feedback, skipped, plan, target)
        return {"IMPORTED_COUNT": len(plan.inserts), "UPDATED_COUNT": len(plan.updates),
                "OUTSIDE_COUNT": outside, "SKIPPED_COUNT": len(skipped)}

    def read(self, parameters, context):
        """The stations of the CSV and the rows set aside."""
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(self.tr("The file {} does not exist.").format(path))
        encoding = self.parameterAsString(parameters, self.ENCODING, context).strip() or None
        try:
            read = station_list.read_stations(Path(path).read_bytes(), encoding=encoding)
        except av.InputError as error:
            raise QgsProcessingException(self.input_message(Path(path).name, error)) from None
        return read.stations, list(read.skipped)

    def communes(self, parameters, context, target):
        """{INSEE code: commune name}: COMMUNES (fields code or insee, and name or nom), else the
        communes of the database's perimetres."""
        source = feature_source(self, parameters, self.COMMUNES, context, required=False)
        if source is None:
            return {v["code"]: v["name"] for _, v, _ in target.read(
                "perimetres", ["name", "kind", "code"]) if v["kind"] == "commune" and v["code"]}
        code = next((f for f in ("code", "insee", "code_insee", "INSEE_COM")
                     if has_field(source, f)), None)
        name = next((f for f in ("name", "nom", "NOM") if has_field(source, f)), None)
        if code is None or name is None:
            raise QgsProcessingException(self.tr(
                "COMMUNES needs a code field (code, insee) and a name field (name, nom); {} has "
                "{}.").format(source.sourceName(), ", ".join(source.fields().names())))
        return {str(f[code]): str(f[name]) for f in features(source, source.sourceCrs(),
                                                             context, [code, name])}

    @staticmethod
    def values(station, new):
        values = {"name": station.name, "uic": station.uic, "kind": station.kind,
                  "commune": station.commune}
        if new:
            values.update({"source": SOURCE, "source_id": station.uic})
        return values

    def report(self, feedback, skipped, plan, target):
        reasons = {"no_coordinates": self.tr("no coordinates"), "no_name": self.tr("no name"),
                   "no_uic": self.tr("no UIC code")}
        for reason, label in reasons.items():
            rows = [s for s in skipped if s[2] == reason]
            if not rows:
                continue
            feedback.reportError(self.tr("{} row(s) skipped: {}.").format(len(rows), label))
            for line, name, _, detail in rows[:SHOWN]:
                feedback.pushInfo(self.tr("  line {}: {} {}").format(line, name, detail)
                                  .rstrip())
            if len(rows) > SHOWN:
                feedback.pushInfo(self.tr("  … and {} more.").format(len(rows) - SHOWN))
        for match, place in plan.kept:
            feedback.pushInfo(self.tr(
                "Already in the database, left as it is: {} (line {}) is the station {} ({})."
            ).format(place.name, place.row, match.fid, match.source or self.tr("drawn by hand")))
        feedback.pushInfo(self.tr("{}: {} station(s) imported, {} updated, {} row(s) skipped.")
                          .format(target.describe(), len(plan.inserts), len(plan.updates),
                                  len(skipped)))

    def input_message(self, name, error):
        if error.code == "missing_columns":
            return self.tr("{} has no column {}: is it the SNCF list (columns Nom, Position "
                           "géographique, Code(s) UIC)? Its columns are: {}.").format(
                name, ", ".join(column for _, column in error.details["missing"]),
                ", ".join(error.details["columns"]))
        if error.code == "encoding":
            return self.tr("{} is not {} text (line {}): give its encoding in ENCODING.").format(
                name, error.details["encoding"], error.details["line"])
        if error.code == "unknown_encoding":
            return self.tr("Python does not know the encoding {}.").format(
                error.details["encoding"])
        return self.tr("{} is empty or has one column only.").format(name)
