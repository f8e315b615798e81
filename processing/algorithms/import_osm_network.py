"""itinerance:importosmnetwork: the node networks and itineraries of every mode of an
OpenStreetMap extract, with the links' integrity, and its railway stations, campsites and
motorhome areas, into the project database, in one transaction."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
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
from ..logic.osm.modes import MODES
from ..logic.osm.pois import WORDS as POI_WORDS
from .project_import import DATABASE_PARAMETERS, ProjectImport

OSM_RIGHTS = "© OpenStreetMap contributors, ODbL 1.0"
OSM_LICENCE = "Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/"
APPEND, REPLACE = 0, 1
POINT_LAYERS = ("noeuds",) + osm_network.POI_LAYERS


class ImportOsmNetwork(ProjectImport):
    # the database parameters ProjectImport declares (and translates)
    PARAMETERS_OF = {"ProjectImport": DATABASE_PARAMETERS}
    INPUT = "INPUT"
    PERIMETER = "PERIMETER"
    MODES = "MODES"
    POIS = "POIS"
    ICON = "importosmnetwork.svg"

    def name(self):
        return "importosmnetwork"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import OpenStreetMap networks")

    def group(self):
        return self.tr("Import")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        # "All files": an Overpass download saved as .xml or without extension is read too,
        # the content tells whether it is OpenStreetMap
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("OpenStreetMap extract (.osm, .osm.pbf, Overpass .xml)"),
            fileFilter=self.tr("OpenStreetMap (*.osm *.pbf *.xml);;All files (*)")))
        self.add_database_parameters(self.tr(
            "Project database (GeoPackage, or a PostgreSQL connection with its schema)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETER, self.tr("Perimeter (keep what intersects it)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"), [
                self.tr("Append: update what was imported before, add the rest"),
                self.tr("Replace what earlier OpenStreetMap imports wrote")], defaultValue=APPEND))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODES, self.tr("Modes to import (node networks, itineraries, links)"),
            [self.mode_label(mode) for mode in MODES], allowMultiple=True,
            defaultValue=list(range(len(MODES)))))
        self.addParameter(QgsProcessingParameterBoolean(
            self.POIS, self.tr("Also import railway stations, campsites and motorhome areas"),
            defaultValue=True))
        self.add_number_outputs(self.number_outputs())
        self.addOutput(QgsProcessingOutputString(self.DATABASE, self.tr("Project database")))

    @staticmethod
    def mode_label(mode):
        """The data model's label of a mode code, in the user's language, with its code."""
        [value] = [v for v in data_model.MODES.values if v.code == mode]
        return f"{model_text(value.label)} ({mode})"

    def number_outputs(self):
        outputs = {
            "NODE_COUNT": self.tr("Numbered nodes written"),
            "SECTION_COUNT": self.tr("Sections written"),
            "NETWORK_LENGTH_M": self.tr("Length of the sections written (m)"),
            "ITINERARY_COUNT": self.tr("Itineraries written"),
            "LINK_COUNT": self.tr("Node network links written"),
            "BROKEN_LINK_COUNT": self.tr("Links that are broken"),
            "TRAME_COUNT": self.tr("Green links written"),
            "STATION_COUNT": self.tr("Railway stations written"),
            "CAMPSITE_COUNT": self.tr("Campsites written"),
            "MOTORHOME_AREA_COUNT": self.tr("Motorhome areas written"),
            "SKIPPED_COUNT": self.tr("OpenStreetMap elements left out"),
        }
        outputs.update(self.mode_outputs())
        return outputs

    def mode_outputs(self):
        """The figures of each mode (literal texts, each translated)."""
        return {
            "NODE_COUNT_VELO": self.tr("Numbered nodes written, cycling"),
            "SECTION_COUNT_VELO": self.tr("Sections written, cycling"),
            "NETWORK_LENGTH_M_VELO": self.tr("Length of the sections written (m), cycling"),
            "ITINERARY_COUNT_VELO": self.tr("Itineraries written, cycling"),
            "LINK_COUNT_VELO": self.tr("Links written, cycling"),
            "NODE_COUNT_MARCHE": self.tr("Numbered nodes written, walking"),
            "SECTION_COUNT_MARCHE": self.tr("Sections written, walking"),
            "NETWORK_LENGTH_M_MARCHE": self.tr("Length of the sections written (m), walking"),
            "ITINERARY_COUNT_MARCHE": self.tr("Itineraries written, walking"),
            "LINK_COUNT_MARCHE": self.tr("Links written, walking"),
            "NODE_COUNT_CHEVAL": self.tr("Numbered nodes written, horse riding"),
            "SECTION_COUNT_CHEVAL": self.tr("Sections written, horse riding"),
            "NETWORK_LENGTH_M_CHEVAL": self.tr("Length of the sections written (m), horse riding"),
            "ITINERARY_COUNT_CHEVAL": self.tr("Itineraries written, horse riding"),
            "LINK_COUNT_CHEVAL": self.tr("Links written, horse riding"),
            "NODE_COUNT_CANOE": self.tr("Numbered nodes written, canoe"),
            "SECTION_COUNT_CANOE": self.tr("Sections written, canoe"),
            "NETWORK_LENGTH_M_CANOE": self.tr("Length of the sections written (m), canoe"),
            "ITINERARY_COUNT_CANOE": self.tr("Itineraries written, canoe"),
            "LINK_COUNT_CANOE": self.tr("Links written, canoe"),
            "NODE_COUNT_BATEAU": self.tr("Numbered nodes written, boat"),
            "SECTION_COUNT_BATEAU": self.tr("Sections written, boat"),
            "NETWORK_LENGTH_M_BATEAU": self.tr("Length of the sections written (m), boat"),
            "ITINERARY_COUNT_BATEAU": self.tr("Itineraries written, boat"),
            "LINK_COUNT_BATEAU": self.tr("Links written, boat"),
            "NODE_COUNT_ROLLER": self.tr("Numbered nodes written, roller skating"),
            "SECTION_COUNT_ROLLER": self.tr("Sections written, roller skating"),
            "NETWORK_LENGTH_M_ROLLER": self.tr(
                "Length of the sections written (m), roller skating"),
            "ITINERARY_COUNT_ROLLER": self.tr("Itineraries written, roller skating"),
            "LINK_COUNT_ROLLER": self.tr("Links written, roller skating"),
        }

    def skip_labels(self):
        return {
            osm_network.RELATION_WITHOUT_WAYS: self.tr(
                "relation incomplete in the extract: none of its ways is in it (or it holds "
                "only other relations)"),
            osm_network.WAY_WITHOUT_GEOMETRY: self.tr(
                "way without nodes in the extract, or with all its nodes at one place"),
            osm_network.NODE_NUMBER: self.tr("node whose number is not a whole number"),
            osm_network.OUTSIDE: self.tr("outside the perimeter"),
            osm_network.ROUTE_NOT_IMPORTED: self.tr(
                "route relation neither of a node network (network=rcn, lcn, rwn, lwn…) nor a "
                "named itinerary (its network tag names no level of its mode, or it has no "
                "name or ref)"),
            osm_network.SECTION_WITHOUT_LENGTH: self.tr("section without length"),
            osm_network.AREA_WITHOUT_WAYS: self.tr(
                "station, campsite or motorhome area mapped as a relation none of whose ways "
                "is in the extract"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        replace = self.parameterAsEnum(parameters, self.MODE, context) == REPLACE
        modes = [MODES[k] for k in self.parameterAsEnums(parameters, self.MODES, context)]
        pois = self.parameterAsBoolean(parameters, self.POIS, context)
        target = self.open_database(parameters, context, feedback)
        crs = target.crs("noeuds")
        perimeter = self.perimeter_wkbs(parameters, self.PERIMETER, context, crs)
        extract = self.read_extract(path, modes, pois, crs, feedback)
        if extract is None:
            return {}
        if perimeter:
            from ..logic.relief.dem_mosaic import area_of_interest
            extract.keep_in(area_of_interest(perimeter, 0.0))
        self.name_unnamed(extract)
        feedback.setProgress(70)
        changes = self.changes(target, extract, replace, pois)
        if feedback.isCanceled():
            return {}
        target.write_all(changes)
        feedback.setProgress(95)
        problem = target.declare_source([c.name for c in changes if c.inserts or c.updates],
                                        OSM_RIGHTS, OSM_LICENCE)
        if problem:
            feedback.pushWarning(self.tr(
                "The layers could not be given the credit {} in their metadata ({}); give it "
                "in the sources of the map exports.").format(OSM_RIGHTS, problem))
        results = self.results(extract)
        self.report(feedback, extract, changes, results)
        return {**results, self.DATABASE: target.describe()}

    def read_extract(self, path, modes, pois, crs, feedback):
        """The extract's records (None when cancelled), its reading told in the log."""
        if not modes:
            raise QgsProcessingException(self.tr(
                "Choose at least one mode in MODES (0 cycling … 5 roller skating)."))
        feedback.pushInfo(self.tr("Reading {}…").format(path))
        try:
            relations, relation_total, words = osm_relations.read_relations_and_words(
                path, osm_network.wanted_relation, POI_WORDS if pois else ())
            feedback.setProgress(10)
            # the areas (closed ways GDAL makes polygons of) only where one can be a station,
            # a campsite or a motorhome area
            nodes, ways, areas = osm_reader.read_layers(path, feedback.isCanceled, bool(words))
        except osm_relations.NotOsmError as error:
            raise QgsProcessingException(self.tr(
                "{} is not an OpenStreetMap extract that can be read ({}). Give an OSM XML "
                "file (.osm, or .xml and files without extension from the Overpass API) or an "
                ".osm.pbf file, e.g. from download.geofabrik.de.").format(path, error)) from None
        if feedback.isCanceled():
            return None
        feedback.setProgress(40)
        feedback.pushInfo(self.tr("{} tagged nodes, {} ways and {} route relations read.")
                          .format(len(nodes.ids), len(ways), len(relations)))
        # pyproj, rasterio and shapely's operations load here, not with the plugin
        from ..logic.relief.dem_sampling import transform_points

        wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
        try:
            return osm_network.build_extract(
                nodes, ways, relations, lambda lonlat: transform_points(lonlat, "EPSG:4326", wkt),
                modes, pois, areas)
        except osm_network.NoRouteError as error:
            raise QgsProcessingException(self.tr(
                "{} holds no route relation of the modes asked ({}) among its {} relations: "
                "there is nothing to import. It holds: {}. Choose MODES among the modes it "
                "holds; check that the extract covers a network and that it kept its relations "
                "(osmium extract --strategy complete_ways or smart).")
                .format(path, self.modes_text(error.asked), relation_total,
                        self.held_text(error.held) or self.tr("no route of any mode"))) from None

    def modes_text(self, modes):
        return ", ".join(self.mode_label(m) for m in modes)

    def held_text(self, held):
        return ", ".join(self.tr("{} ({} route relations)").format(self.mode_label(m), held[m])
                         for m in MODES if held.get(m))

    def name_unnamed(self, extract):
        """A green link, station, campsite or motorhome area needs a name: its kind and OSM id
        when OpenStreetMap has none."""
        kinds = {value.code: value.label for value in data_model.TRAME_KINDS.values}
        for _, attributes in extract.trame:
            if not attributes["name"]:
                attributes["name"] = self.tr("{} (OpenStreetMap {})").format(
                    model_text(kinds[attributes["kind"]]), attributes["source_id"])
        unnamed = {"gares": self.tr("Railway station (OpenStreetMap {})"),
                   "etablissements": self.tr("Campsite (OpenStreetMap {})"),
                   "aires": self.tr("Motorhome area (OpenStreetMap {})")}
        for layer, text in unnamed.items():
            for _, attributes in getattr(extract, layer):
                if not attributes["name"]:
                    attributes["name"] = text.format(attributes["source_id"])

    def changes(self, target, extract, replace, pois):
        """The changes of every layer the import fills: inserts and updates by OSM id; with
        ``replace``, what earlier OSM imports wrote (of the modes imported) deleted first."""
        layers = osm_network.NETWORK_LAYERS + (osm_network.POI_LAYERS if pois else ())
        return [self.layer_changes(target, layer, getattr(extract, layer), replace,
                                   extract.modes if layer in osm_network.MODE_LAYERS else None)
                for layer in layers]

    @staticmethod
    def layer_changes(target, layer, records, replace, modes):
        """The layer's inserts and updates by OSM id; with ``replace``, the features earlier
        OSM imports wrote (of ``modes``, for a layer with modes) are deleted first and every
        record is inserted, unless its id is that of a feature kept."""
        existing = target.source_fids(layer, osm_network.SOURCE)
        deleted = target.source_fids(layer, osm_network.SOURCE, modes) if replace else {}
        to_wkb = point_wkb if layer in POINT_LAYERS else linestring_wkb
        layer_def = data_model.layer(layer)
        too_long = set()  # the records with a text longer than its field, found field by field
        for f in layer_def.fields:
            if f.type == data_model.STRING and f.length:
                lengths = [len(values.get(f.name) or "") for _, values in records]
                too_long.update(k for k, n in enumerate(lengths) if n > f.length)
        inserts, updates = [], []
        for k, (coords, values) in enumerate(records):
            if k in too_long:
                values = data_model.fit_lengths(layer_def, values)
            source_id = values["source_id"]
            fid = None if source_id in deleted else existing.get(source_id)
            if fid is None:
                inserts.append((values, to_wkb(coords)))
            else:
                updates.append((fid, values, to_wkb(coords)))
        return import_target.LayerChanges(layer, inserts, updates, list(deleted.values()))

    def results(self, extract):
        """The headline figures: totals, then per mode."""
        lengths = extract.section_lengths_by_mode()
        results = {
            "NODE_COUNT": len(extract.noeuds), "SECTION_COUNT": len(extract.troncons),
            "NETWORK_LENGTH_M": sum(lengths.values()),
            "ITINERARY_COUNT": len(extract.itineraires), "LINK_COUNT": len(extract.liaisons),
            "BROKEN_LINK_COUNT": extract.count_with_fact("broken"),
            "TRAME_COUNT": len(extract.trame), "STATION_COUNT": len(extract.gares),
            "CAMPSITE_COUNT": len(extract.etablissements),
            "MOTORHOME_AREA_COUNT": len(extract.aires), "SKIPPED_COUNT": extract.skipped_count}
        counts = {figure: extract.counts_by_mode(layer) for figure, layer in (
            ("NODE_COUNT", "noeuds"), ("SECTION_COUNT", "troncons"),
            ("ITINERARY_COUNT", "itineraires"), ("LINK_COUNT", "liaisons"))}
        for mode in MODES:
            code = mode.upper()
            for figure, by_mode in counts.items():
                results[f"{figure}_{code}"] = by_mode[mode]
            results[f"NETWORK_LENGTH_M_{code}"] = lengths.get(mode, 0.0)
        return results

    def report(self, feedback, extract, changes, results):
        self.report_modes(feedback, extract, results)
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
                "{} numbered nodes lie on no way of their network's relations: imported, with "
                "their tag's level as network.").format(extract.nodes_off_network))
        if extract.open_section_ends:
            feedback.pushInfo(self.tr(
                "{} section ends are at a junction or a dead end without a numbered node.")
                .format(extract.open_section_ends))
        self.report_links(feedback, extract)
        for change in changes:
            feedback.pushInfo(self.tr("{}: {} added, {} updated, {} deleted first.").format(
                change.name, len(change.inserts), len(change.updates), len(change.deletes)))

    def report_modes(self, feedback, extract, results):
        """The modes the extract holds, those left out, those asked that it lacks, and what
        was made of each mode imported (``results``: the figures per mode)."""
        held = extract.modes_held
        feedback.pushInfo(self.tr("The extract holds route relations of: {}.").format(
            self.held_text(held) or self.tr("no mode")))
        left = {m: n for m, n in held.items() if m not in extract.modes}
        if left:
            feedback.pushInfo(self.tr("Not imported (not in MODES): {}.").format(
                self.held_text(left)))
        lacking = [m for m in extract.modes if not held.get(m)]
        if lacking and len(lacking) < len(MODES):
            feedback.pushWarning(self.tr(
                "The extract holds no route relation of {}; it holds {}.").format(
                self.modes_text(lacking), self.held_text(held) or self.tr("none")))
        for mode in extract.modes:
            if held.get(mode):
                code = mode.upper()
                feedback.pushInfo(self.tr(
                    "{}: {} numbered nodes, {} sections ({:.1f} km), {} itineraries, {} links.")
                    .format(self.mode_label(mode), results[f"NODE_COUNT_{code}"],
                            results[f"SECTION_COUNT_{code}"],
                            results[f"NETWORK_LENGTH_M_{code}"] / 1000,
                            results[f"ITINERARY_COUNT_{code}"], results[f"LINK_COUNT_{code}"]))

    def report_links(self, feedback, extract):
        """How many links have each integrity fact."""
        from ..logic.osm.links import FACTS

        counts = {fact: extract.count_with_fact(fact) for fact in FACTS}
        found = ", ".join(f"{fact} {count}" for fact, count in counts.items() if count)
        if extract.liaisons:
            feedback.pushInfo(self.tr("Links: {} written; their facts: {}.").format(
                len(extract.liaisons), found or self.tr("none")))


def point_wkb(xy):
    return import_target.point_wkb(float(xy[0]), float(xy[1]))
