"""itinerance:importosmnetwork: the cycling network of an OpenStreetMap extract into the
project database (noeuds, troncons, itineraires, trame), in one transaction."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
)

from ..database import import_target
from ..database.project_db import model_text
from ..layers.geometry_io import linestring_wkb
from ..logic.inventory import data_model
from ..logic.osm import extract as osm_network
from ..logic.osm import reader as osm_reader
from ..logic.osm import relations as osm_relations
from .project_import import DATABASE_PARAMETERS, ProjectImport

OSM_RIGHTS = "© OpenStreetMap contributors, ODbL 1.0"
OSM_LICENCE = "Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/"
APPEND, REPLACE = 0, 1


class ImportOsmNetwork(ProjectImport):
    # the database parameters ProjectImport declares (and translates)
    PARAMETERS_OF = {"ProjectImport": DATABASE_PARAMETERS}
    INPUT = "INPUT"
    PERIMETER = "PERIMETER"
    ICON = "importosmnetwork.svg"

    def name(self):
        return "importosmnetwork"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import an OpenStreetMap cycling network")

    def group(self):
        return self.tr("Import")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("OpenStreetMap extract (.osm, .osm.pbf)"),
            fileFilter=self.tr("OpenStreetMap (*.osm *.pbf)")))
        self.add_database_parameters(self.tr(
            "Project database (GeoPackage, or a PostgreSQL connection with its schema)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETER, self.tr("Perimeter (keep what intersects it)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"), [
                self.tr("Append: update what was imported before, add the rest"),
                self.tr("Replace what earlier OpenStreetMap imports wrote")], defaultValue=APPEND))
        self.add_number_outputs({
            "NODE_COUNT": self.tr("Numbered nodes written"),
            "SECTION_COUNT": self.tr("Sections written"),
            "NETWORK_LENGTH_M": self.tr("Length of the sections written (m)"),
            "ITINERARY_COUNT": self.tr("Itineraries written"),
            "TRAME_COUNT": self.tr("Green links written"),
            "SKIPPED_COUNT": self.tr("OpenStreetMap elements left out"),
        })
        self.addOutput(QgsProcessingOutputString(self.DATABASE, self.tr("Project database")))

    def skip_labels(self):
        return {
            osm_network.RELATION_WITHOUT_WAYS: self.tr(
                "relation incomplete in the extract: none of its ways is in it (or it holds "
                "only other relations)"),
            osm_network.WAY_WITHOUT_GEOMETRY: self.tr(
                "way without nodes in the extract, or with all its nodes at one place"),
            osm_network.NODE_NUMBER: self.tr("node whose number is not a whole number"),
            osm_network.OUTSIDE: self.tr("outside the perimeter"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        replace = self.parameterAsEnum(parameters, self.MODE, context) == REPLACE
        target = self.open_database(parameters, context, feedback)
        crs = target.crs(osm_network.LAYERS[0])
        perimeter = self.perimeter_wkbs(parameters, self.PERIMETER, context, crs)
        cancelled = feedback.isCanceled

        feedback.pushInfo(self.tr("Reading {}…").format(path))
        try:
            relations, relation_total = osm_relations.read_relations(
                path, keep=lambda tags: tags.get("type") == "route")
            feedback.setProgress(10)
            nodes, ways = osm_reader.read_nodes_and_ways(path, cancelled)
        except osm_relations.NotOsmError as error:
            raise QgsProcessingException(self.tr(
                "{} is not an OpenStreetMap extract that can be read ({}). Give a .osm (XML) "
                "or .osm.pbf file, e.g. from download.geofabrik.de or the Overpass API.")
                .format(path, error)) from None
        if cancelled():
            return {}
        feedback.setProgress(40)
        feedback.pushInfo(self.tr("{} numbered nodes, {} ways and {} route relations read.")
                          .format(len(nodes.ids), len(ways), len(relations)))
        # pyproj, rasterio and shapely's operations load here, not with the plugin
        from ..logic.relief.dem_mosaic import area_of_interest
        from ..logic.relief.dem_sampling import transform_points

        wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
        try:
            extract = osm_network.build_extract(
                nodes, ways, relations, lambda lonlat: transform_points(lonlat, "EPSG:4326", wkt))
        except osm_network.NoCyclingRelationError:
            raise QgsProcessingException(self.tr(
                "{} holds no cycling route relation (type=route, route=bicycle, network=icn, "
                "ncn, rcn or lcn) among its {} relations: there is nothing to import. Check "
                "that the extract covers a cycling network and that it kept its relations "
                "(osmium extract --strategy complete_ways or smart).")
                .format(path, relation_total)) from None
        if perimeter:
            extract.keep_in(area_of_interest(perimeter, 0.0))
        self.name_green_links(extract)
        if cancelled():
            return {}
        feedback.setProgress(70)
        changes = [self.changes(target, layer, getattr(extract, layer), replace)
                   for layer in osm_network.LAYERS]
        if cancelled():
            return {}
        target.write_all(changes)
        feedback.setProgress(95)
        problem = target.declare_source(osm_network.LAYERS, OSM_RIGHTS, OSM_LICENCE)
        if problem:
            feedback.pushWarning(self.tr(
                "The layers could not be given the credit {} in their metadata ({}); give it "
                "in the sources of the map exports.").format(OSM_RIGHTS, problem))
        self.report(feedback, extract, changes)
        return {"NODE_COUNT": len(extract.noeuds), "SECTION_COUNT": len(extract.troncons),
                "NETWORK_LENGTH_M": extract.section_length(),
                "ITINERARY_COUNT": len(extract.itineraires), "TRAME_COUNT": len(extract.trame),
                "SKIPPED_COUNT": extract.skipped_count, self.DATABASE: target.describe()}

    def name_green_links(self, extract):
        """A green link needs a name: its kind and OSM id when OpenStreetMap has none."""
        kinds = {value.code: value.label for value in data_model.TRAME_KINDS.values}
        for _, attributes in extract.trame:
            if not attributes["name"]:
                attributes["name"] = self.tr("{} (OpenStreetMap {})").format(
                    model_text(kinds[attributes["kind"]]), attributes["source_id"])

    @staticmethod
    def changes(target, layer, records, replace):
        """The layer's inserts and updates by OSM id; with ``replace``, what earlier OSM
        imports wrote is deleted first and everything inserted."""
        existing = target.source_fids(layer, osm_network.SOURCE)
        to_wkb = point_wkb if layer == "noeuds" else linestring_wkb
        layer_def = data_model.layer(layer)
        inserts, updates = [], []
        for coords, values in records:
            values = data_model.fit_lengths(layer_def, values)
            fid = None if replace else existing.get(values["source_id"])
            if fid is None:
                inserts.append((values, to_wkb(coords)))
            else:
                updates.append((fid, values, to_wkb(coords)))
        return import_target.LayerChanges(layer, inserts, updates,
                                          list(existing.values()) if replace else [])

    def report(self, feedback, extract, changes):
        labels = self.skip_labels()
        for reason, count in sorted(extract.skipped.items()):
            feedback.pushWarning(self.tr("{} left out: {} (e.g. {}).").format(
                count, labels[reason], ", ".join(extract.examples.get(reason, [])[:5])))
        for relation in extract.incomplete:
            feedback.pushWarning(self.tr(
                "Relation relation/{} {} is incomplete in the extract: {} of its {} ways are "
                "missing; imported from the others.").format(
                relation.relation, relation.name, relation.missing, relation.total))
        for line in extract.itinerary_lines:
            if line.jumps:
                feedback.pushInfo(self.tr(
                    "Itinerary {} (relation/{}): its {} ways do not all touch; {} straight "
                    "joins ({:.0f} m in all) make it one line.").format(
                    line.name, line.relation, line.ways, line.jumps, line.jump_m))
        if extract.nodes_off_network:
            feedback.pushInfo(self.tr(
                "{} numbered nodes lie on no way of the extract's rcn or lcn relations: "
                "imported, with their tag's level as network.").format(extract.nodes_off_network))
        if extract.open_section_ends:
            feedback.pushInfo(self.tr(
                "{} section ends are at a junction or a dead end without a numbered node.")
                .format(extract.open_section_ends))
        for change in changes:
            feedback.pushInfo(self.tr("{}: {} added, {} updated, {} deleted first.").format(
                change.name, len(change.inserts), len(change.updates), len(change.deletes)))


def point_wkb(xy):
    return import_target.point_wkb(float(xy[0]), float(xy[1]))
