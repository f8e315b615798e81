"""itinerance:importosmnetwork on small OSM extracts built in code (tests/osm_extract.py, every
length known): counts, numbers, lengths, splitting at the nodes, the update on re-import, the
replace mode, the perimeter, PBF as XML, a failure rolled back, and bad input; the modes
(MODES, counts per mode), the links, the grid of the issue, files without the usual extension,
the stations, campsites and motorhome areas (POIS). The database is read back with OGR and
sqlite3, independently of the importer."""

import sqlite3
from contextlib import nullcontext

import processing
import pytest
from feedback_log import Log
from gdal_modes import gdal_exceptions
from osgeo import ogr
from osm_extract import OsmExtract, grid, points_noeuds, two_modes
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from itinerance.processing.algorithms.import_osm_network import OSM_RIGHTS
from itinerance.processing.logic.inventory import data_model

LAYERS = ("noeuds", "troncons", "itineraires", "trame", "liaisons")
MODES = ("velo", "marche", "cheval", "canoe", "bateau", "roller")  # MODES' order


def create(path):
    processing.run("itinerance:createprojectdb", {"OUTPUT": str(path), "ADD_TO_PROJECT": False})
    return path


def run(extract, database, **extra):
    return processing.run("itinerance:importosmnetwork",
                          {"INPUT": str(extract), "DATABASE": str(database), **extra})


def rows(database, sql):
    with sqlite3.connect(database) as db:
        return db.execute(sql).fetchall()


def execute(database, *statements):
    """Statements run through OGR, whose SQLite has the GeoPackage's functions (the spatial
    index triggers call them)."""
    dataset = ogr.Open(str(database), 1)
    for sql in statements:
        dataset.ExecuteSQL(sql)
    dataset = None


def features(database, layer):
    """{source_id: (attributes, OGR geometry)} of the layer, read by OGR."""
    dataset = ogr.Open(str(database))
    result = {}
    for feature in dataset.GetLayerByName(layer):
        result[feature.GetField("source_id")] = (feature.items(),
                                                 feature.GetGeometryRef().Clone())
    return result


@pytest.fixture
def extract(tmp_path):
    return points_noeuds().write(tmp_path / "coeur_de_flandre.osm")


@pytest.fixture
def database(tmp_path):
    return create(tmp_path / "inventaire.gpkg")


@pytest.fixture
def imported(extract, database):
    return run(extract, database), database


def test_counts_and_figures_of_the_import(imported):
    result, database = imported
    assert result["NODE_COUNT"] == 5  # 12, 34, 56, 78 and the lcn node 5; "12a" is left out
    # the cycling square, and the hiking route 203 over way 1 (600 m of walking)
    assert result["SECTION_COUNT"] == 5
    assert result["NETWORK_LENGTH_M"] == pytest.approx(4600, abs=0.1)
    assert result["ITINERARY_COUNT"] == 2
    assert result["TRAME_COUNT"] == 2
    assert result["LINK_COUNT"] == 2 and result["BROKEN_LINK_COUNT"] == 0  # 100 and 101
    assert (result["STATION_COUNT"], result["CAMPSITE_COUNT"],
            result["MOTORHOME_AREA_COUNT"]) == (0, 0, 0)
    # relation 202 (no way), way 5 (no geometry), node 90 ("12a")
    assert result["SKIPPED_COUNT"] == 3
    for layer, count in zip(LAYERS, (5, 5, 2, 2, 2)):
        assert rows(database, f"SELECT count(*) FROM {layer} WHERE source = 'osm'") == [(count,)]


def test_the_figures_per_mode(imported):
    result, database = imported
    assert (result["NODE_COUNT_VELO"], result["SECTION_COUNT_VELO"],
            result["ITINERARY_COUNT_VELO"], result["LINK_COUNT_VELO"]) == (5, 4, 2, 2)
    assert result["NETWORK_LENGTH_M_VELO"] == pytest.approx(4000, abs=0.1)
    assert (result["NODE_COUNT_MARCHE"], result["SECTION_COUNT_MARCHE"]) == (0, 1)
    assert result["NETWORK_LENGTH_M_MARCHE"] == pytest.approx(600, abs=0.05)
    for mode in MODES[2:]:
        assert result[f"SECTION_COUNT_{mode.upper()}"] == 0
    figures = {"noeuds": "NODE", "troncons": "SECTION", "itineraires": "ITINERARY",
               "liaisons": "LINK"}
    for layer, figure in figures.items():
        for mode, count in rows(database, f"SELECT mode, count(*) FROM {layer} GROUP BY mode"):
            assert result[f"{figure}_COUNT_{mode.upper()}"] == count, (layer, mode)


def test_nodes_keep_their_number_network_and_osm_id(imported):
    _, database = imported
    assert sorted(rows(database, "SELECT number, network, source_id FROM noeuds")) == [
        (5, "lcn", "node/91"),  # on no network way: its tag's level
        (12, "Points-nœuds Cœur de Flandre", "node/1"),
        (34, "Points-nœuds Cœur de Flandre", "node/3"),
        (56, "Points-nœuds Cœur de Flandre", "node/5"),  # named rather than "56-12"'s rcn
        (78, "rcn", "node/6")]  # only on relation 101, which has no network name


def test_every_section_runs_from_node_to_node_with_its_length_and_surface(imported):
    _, database = imported
    nodes = {f[0]["number"]: f[1].GetPoint_2D() for f in features(database, "noeuds").values()}
    ends = {}
    for source_id, (attributes, line) in features(database, "troncons").items():
        if attributes["mode"] != "velo":
            continue
        assert line.GetGeometryName() == "LINESTRING"
        assert line.Length() == pytest.approx(1000, abs=0.05), source_id
        numbers = []
        for point in (line.GetPoint_2D(0), line.GetPoint_2D(line.GetPointCount() - 1)):
            [number] = [n for n, xy in nodes.items()
                        if abs(xy[0] - point[0]) < 0.01 and abs(xy[1] - point[1]) < 0.01]
            numbers.append(number)
        ends[frozenset(numbers)] = (attributes["surface"], attributes["status"], source_id)
    assert ends == {
        frozenset({12, 34}): ("enrobe", "existing", "way/1@0"),  # 600 m asphalt, 400 m ground
        frozenset({34, 56}): ("terre", "existing", "way/2@1"),  # way 2 cut at node 34
        frozenset({56, 78}): (None, "existing", "way/4@0"),
        frozenset({78, 12}): (None, "existing", "way/4@1")}


def test_itineraries_are_one_line_per_named_relation(imported):
    _, database = imported
    found = features(database, "itineraires")
    lys, ev5 = found["relation/200"], found["relation/201"]
    assert (lys[0]["name"], lys[0]["kind"]) == ("Véloroute de la Lys", "veloroute")
    assert lys[1].GetGeometryName() == "LINESTRING"
    assert lys[1].Length() == pytest.approx(2000, abs=0.05)  # ways 7 and 6; way 999 missing
    assert (ev5[0]["name"], ev5[0]["kind"]) == ("EuroVelo 5", "eurovelo")
    # ways 6 and 9, 1000 m each, joined across the 2000 m between them
    assert ev5[1].GetGeometryName() == "LINESTRING"
    assert ev5[1].Length() == pytest.approx(4000, abs=0.05)


def test_green_links_from_former_railways_and_voies_vertes(imported):
    _, database = imported
    found = features(database, "trame")
    assert set(found) == {"way/20", "way/21"}  # the track and the road are not
    assert (found["way/20"][0]["name"], found["way/20"][0]["kind"]) == (
        "Cavalier de Pinchonvalles", "cavalier")
    assert (found["way/21"][0]["name"], found["way/21"][0]["kind"]) == (
        "Greenway (OpenStreetMap way/21)", "voie_verte")
    assert found["way/20"][1].Length() == pytest.approx(800, abs=0.05)


def test_the_layers_credit_openstreetmap_in_their_metadata(imported):
    _, database = imported
    for layer in LAYERS:
        loaded = QgsVectorLayer(f"{database}|layername={layer}", layer, "ogr")
        assert OSM_RIGHTS in loaded.metadata().rights(), layer
    aires = QgsVectorLayer(f"{database}|layername=aires", "aires", "ogr")
    assert OSM_RIGHTS not in aires.metadata().rights()


def test_a_reimport_updates_and_keeps_what_the_user_wrote(imported, tmp_path):
    _, database = imported
    execute(database, "UPDATE troncons SET status = 'planned' WHERE source_id = 'way/1@0'",
            "UPDATE noeuds SET commune = 'Cassel' WHERE source_id = 'node/1'")
    drawn = QgsVectorLayer(f"{database}|layername=troncons", "troncons", "ogr")
    feature = QgsFeature(drawn.fields())  # a section drawn by hand: no source
    feature.setGeometry(next(drawn.getFeatures()).geometry())
    feature["network"], feature["status"] = "Points-nœuds Cœur de Flandre", "planned"
    feature["mode"] = "velo"  # as the form fills it in QGIS (the data model's default)
    assert drawn.dataProvider().addFeatures([feature])[0]
    before = {layer: dict(rows(database, f"SELECT source_id, fid FROM {layer} "
                                         "WHERE source = 'osm'")) for layer in LAYERS}

    osm = points_noeuds()
    lon, lat, tags = osm.nodes[3]
    osm.nodes[3] = (lon + 0.0001, lat, tags)  # node 34 moved about 7 m east
    osm.relations[200][1]["name"] = "Véloroute de la vallée de la Lys"
    result = run(osm.write(tmp_path / "v2.osm"), database)
    assert (result["NODE_COUNT"], result["SECTION_COUNT"]) == (5, 5)
    for layer in LAYERS:  # the same features, updated in place: no duplicate
        assert dict(rows(database, f"SELECT source_id, fid FROM {layer} "
                                   "WHERE source = 'osm'")) == before[layer]
    assert rows(database, "SELECT status FROM troncons WHERE source_id = 'way/1@0'") == [
        ("planned",)]
    assert rows(database, "SELECT commune FROM noeuds WHERE source_id = 'node/1'") == [
        ("Cassel",)]
    assert rows(database, "SELECT name FROM itineraires WHERE source_id = 'relation/200'") == [
        ("Véloroute de la vallée de la Lys",)]
    moved = features(database, "troncons")["way/1@0"][1]
    assert moved.Length() == pytest.approx(1007, abs=1)
    assert rows(database, "SELECT count(*) FROM troncons WHERE source IS NULL") == [(1,)]


def test_replace_deletes_what_the_earlier_import_wrote_and_nothing_else(imported, tmp_path):
    _, database = imported
    execute(database, "UPDATE itineraires SET source = NULL, source_id = NULL "
                      "WHERE source_id = 'relation/200'")  # now as if drawn by hand
    smaller = points_noeuds()
    del smaller.relations[201]  # EuroVelo 5 no longer in the extract
    path = smaller.write(tmp_path / "sans_ev5.osm")
    run(path, database)  # append: the EuroVelo 5 of the first import stays
    assert rows(database, "SELECT count(*) FROM itineraires WHERE source_id = 'relation/201'") \
        == [(1,)]
    run(path, database, MODE=1)
    assert sorted(rows(database, "SELECT name, source FROM itineraires"), key=str) == [
        ("Véloroute de la Lys", "osm"), ("Véloroute de la Lys", None)]
    assert rows(database, "SELECT count(*) FROM troncons") == [(5,)]


def test_the_perimeter_keeps_what_intersects_it(extract, database, tmp_path):
    perimeter = tmp_path / "perimetre.geojson"
    perimeter.write_text(
        '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
        '"urn:ogc:def:crs:EPSG::2154"}}, "features": [{"type": "Feature", "properties": {}, '
        '"geometry": {"type": "Polygon", "coordinates": [[[649900, 7058900], [650500, 7058900], '
        '[650500, 7061100], [649900, 7061100], [649900, 7058900]]]}}]}')
    result = run(extract, database, PERIMETER=str(perimeter))
    assert result["NODE_COUNT"] == 2  # 12 and 78 (x from -100 to 500 m)
    # 12-34, 56-78, 78-12 and the walking section on way 1; not 34-56 at x = 1000 m
    assert result["SECTION_COUNT"] == 4
    assert result["NETWORK_LENGTH_M"] == pytest.approx(3600, abs=0.1)
    assert result["LINK_COUNT"] == 2  # both links reach into it
    assert result["ITINERARY_COUNT"] == 0 and result["TRAME_COUNT"] == 2
    # the three of before, and 3 nodes, 1 section and 2 itineraries outside
    assert result["SKIPPED_COUNT"] == 3 + 6


@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal returns", "gdal raises"])
def test_an_import_that_fails_writes_nothing(extract, database, exceptions):
    with sqlite3.connect(database) as db:  # a layer written after the others refuses its rows
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON trame "
                   "BEGIN SELECT RAISE(ABORT, 'trame en lecture seule'); END")
    with gdal_exceptions() if exceptions else nullcontext(), pytest.raises(
            QgsProcessingException, match="trame en lecture seule"):
        run(extract, database)
    for layer in LAYERS:
        assert rows(database, f"SELECT count(*) FROM {layer}") == [(0,)], layer


def test_pbf_gives_what_xml_gives(tmp_path):
    osm = points_noeuds()
    xml, pbf = osm.write(tmp_path / "extrait.osm"), osm.write_pbf(tmp_path / "extrait.osm.pbf")
    first, second = create(tmp_path / "xml.gpkg"), create(tmp_path / "pbf.gpkg")
    assert run(xml, first) == {**run(pbf, second), "DATABASE": str(first)}
    for layer in LAYERS:
        a, b = features(first, layer), features(second, layer)
        assert set(a) == set(b), layer
        for key, (attributes, geometry) in a.items():
            assert attributes == b[key][0]
            # PBF stores degrees to 1e-7: a centimetre
            assert geometry.Distance(b[key][1]) < 0.02 and b[key][1].Distance(geometry) < 0.02


@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal returns", "gdal raises"])
def test_a_file_that_is_not_osm_is_refused(database, tmp_path, exceptions):
    text = tmp_path / "reseau.osm"
    text.write_text("numero;nom\n12;Cassel\n")
    gpx = tmp_path / "trace.osm"
    gpx.write_text('<?xml version="1.0"?><gpx version="1.1"><trk/></gpx>')
    # XML that starts like OSM but is not: only GDAL can tell
    broken = tmp_path / "casse.osm"
    broken.write_text('<?xml version="1.0"?>\n<osm version="0.6">\n<node id="1" lat=')
    with gdal_exceptions() if exceptions else nullcontext():
        for path in (text, gpx, broken):
            with pytest.raises(QgsProcessingException, match="is not an OpenStreetMap extract"):
                run(path, database)


def test_a_mode_the_extract_does_not_hold_says_which_it_holds(database, tmp_path):
    osm = OsmExtract()
    osm.node(1, 0, 0, rcn_ref="12")
    osm.node(2, 100, 0)
    osm.way(1, [1, 2], highway="path")
    osm.relation(10, [("way", 1, "")], type="route", route="hiking", network="lwn")
    osm.relation(11, [("way", 1, "")], type="multipolygon", landuse="grass")
    path = osm.write(tmp_path / "randonnee.osm")
    with pytest.raises(QgsProcessingException, match=r"no route relation of the modes asked "
                       r"\(Cycling \(velo\), Horse riding \(cheval\)\) among its 2 relations.*"
                       r"It holds: Walking \(marche\) \(1 route relations\)"):
        run(path, database, MODES=[0, 2])
    assert rows(database, "SELECT count(*) FROM noeuds") == [(0,)]
    log = Log()
    result = processing.run("itinerance:importosmnetwork", {
        "INPUT": str(path), "DATABASE": str(database), "MODES": [0, 1]}, feedback=log)
    assert result["SECTION_COUNT_MARCHE"] == 1 and result["SECTION_COUNT"] == 1
    assert "holds no route relation of Cycling (velo); it holds Walking (marche)" in log.text


def test_a_database_that_is_not_a_project_is_refused(extract, tmp_path):
    other = tmp_path / "autre.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    dataset.CreateLayer("routes", geom_type=ogr.wkbLineString)
    dataset = None
    with pytest.raises(QgsProcessingException, match="not an Itinérance project database"):
        run(extract, other)
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(extract, tmp_path / "absente.gpkg")


def test_a_version_1_database_is_brought_up_to_date_then_filled(extract, tmp_path):
    from old_schema import write_version1_gpkg

    database = write_version1_gpkg(tmp_path / "ancienne.gpkg")
    result = run(extract, database)
    assert (result["SECTION_COUNT"], result["LINK_COUNT"]) == (5, 2)
    assert dict(rows(database, "SELECT key, value FROM itinerance_meta"))["schema_version"] \
        == str(data_model.SCHEMA_VERSION)


def test_modes_asked_and_the_other_modes_left_as_they_are(database, tmp_path):
    path = two_modes().write(tmp_path / "deux_modes.osm")
    walking = run(path, database, MODES=[1])
    assert (walking["NODE_COUNT"], walking["SECTION_COUNT"], walking["LINK_COUNT"]) == (3, 3, 3)
    assert walking["NODE_COUNT_VELO"] == 0
    assert rows(database, "SELECT DISTINCT mode FROM troncons") == [("marche",)]
    run(path, database)  # every mode: the cycling network joins the walking one
    assert sorted(rows(database, "SELECT mode, count(*) FROM noeuds GROUP BY mode")) == [
        ("marche", 3), ("velo", 3)]
    # one OSM node on both networks is a node of each, with its number there
    assert sorted(rows(database, "SELECT mode, number, source_id FROM noeuds "
                                 "WHERE source_id LIKE '%node/1'")) == [
        ("marche", 3, "marche:node/1"), ("velo", 12, "node/1")]
    before = dict(rows(database, "SELECT source_id, fid FROM troncons WHERE mode = 'velo'"))
    smaller = two_modes()
    del smaller.relations[22]  # the walkers no longer use the cycleway
    result = run(smaller.write(tmp_path / "v2.osm"), database, MODE=1, MODES=[1])
    assert result["SECTION_COUNT"] == 2
    # replacing the walking network leaves the cycling one as it was
    assert dict(rows(database, "SELECT source_id, fid FROM troncons WHERE mode = 'velo'")) \
        == before
    assert rows(database, "SELECT count(*) FROM troncons WHERE mode = 'marche'") == [(2,)]


def test_the_links_are_written_and_updated(database, tmp_path):
    path = two_modes().write(tmp_path / "deux_modes.osm")
    result = run(path, database)
    assert result["LINK_COUNT"] == 5 and result["LINK_COUNT_MARCHE"] == 3
    found = features(database, "liaisons")
    attributes, line = found["relation/22"]
    assert (attributes["ref"], attributes["from_number"], attributes["to_number"],
            attributes["mode"], attributes["network"], attributes["facts"]) == (
        "3-4", 3, 4, "marche", "rwn", None)
    assert attributes["length_m"] == pytest.approx(line.Length(), abs=0.01)
    assert attributes["length_m"] == pytest.approx(2000, abs=0.05)
    before = dict(rows(database, "SELECT source_id, fid FROM liaisons"))
    broken = two_modes()
    broken.relations[22] = ([("way", 1, "")], broken.relations[22][1])  # half of it
    run(broken.write(tmp_path / "v2.osm"), database)
    assert dict(rows(database, "SELECT source_id, fid FROM liaisons")) == before
    assert rows(database, "SELECT facts, unused_segment_count FROM liaisons "
                          "WHERE source_id = 'relation/22'") == [("end_node_missing", None)]


def test_the_grid_of_the_issue_gives_its_40_sections(database, tmp_path):
    result = run(grid().write(tmp_path / "grille.osm"), database)
    assert (result["NODE_COUNT"], result["SECTION_COUNT"]) == (25, 40)
    lengths = [f[1].Length() for f in features(database, "troncons").values()]
    assert len(lengths) == 40 and min(lengths) > 999  # no section without length


@pytest.mark.parametrize("name", ["interpreter", "export_overpass.xml"])
def test_a_file_is_told_by_its_content_not_its_name(database, tmp_path, name):
    path = tmp_path / name
    path.write_text(points_noeuds().xml(), encoding="utf-8")
    assert run(path, database)["SECTION_COUNT"] == 5
    pbf = points_noeuds().write_pbf(tmp_path / "extrait.osm.pbf")
    renamed = tmp_path / f"{name}.bin"
    renamed.write_bytes(pbf.read_bytes())
    assert run(renamed, database)["SECTION_COUNT"] == 5


def stations_and_campsites():
    osm = points_noeuds()
    osm.node(500, 2000, 3000, railway="station", name="Hazebrouck", uic_ref="87286005")
    osm.node(501, 2500, 3000, railway="halt")  # no name
    osm.node(502, 3000, 3000, railway="station", station="subway", name="Métro")
    osm.node(503, 3500, 3000, tourism="camp_site", name="Camping du Mont Noir",
             website="https://camping.example")
    osm.node(504, 4000, 3000, tourism="caravan_site", name="Aire de Cassel",
             drinking_water="yes")
    corners = [osm.node(505 + k, x, y) for k, (x, y) in enumerate(
        [(5000, 3000), (5100, 3000), (5100, 3100), (5000, 3100)])]
    osm.way(505, corners + corners[:1], tourism="caravan_site", area="yes",
            name="Aire des Sternes")  # GDAL makes it a polygon
    return osm


def test_stations_campsites_and_motorhome_areas(database, tmp_path):
    path = stations_and_campsites().write(tmp_path / "poi.osm")
    result = run(path, database)
    assert (result["STATION_COUNT"], result["CAMPSITE_COUNT"],
            result["MOTORHOME_AREA_COUNT"]) == (2, 1, 2)
    assert sorted(rows(database, "SELECT name, kind, uic, source_id FROM gares")) == [
        ("Hazebrouck", "gare", "87286005", "node/500"),
        ("Railway station (OpenStreetMap node/501)", "halte", None, "node/501")]
    assert rows(database, "SELECT name, category, accueil_velo, website FROM etablissements") \
        == [("Camping du Mont Noir", "hebergement", 0, "https://camping.example")]
    assert rows(database, "SELECT name, kind, status, water, source_id FROM aires "
                          "ORDER BY name") == [
        ("Aire de Cassel", "aire_camping_car", "existing", 1, "node/504"),
        ("Aire des Sternes", "aire_camping_car", "existing", None, "way/505")]
    execute(database, "UPDATE etablissements SET accueil_velo = 1, commune = 'Saint-Jans-Cappel'")
    run(path, database)  # a re-import updates them, keeps what the planner set
    assert rows(database, "SELECT count(*), accueil_velo, commune FROM etablissements") == [
        (1, 1, "Saint-Jans-Cappel")]
    assert rows(database, "SELECT count(*) FROM gares") == [(2,)]
    for layer in ("gares", "etablissements", "aires"):
        loaded = QgsVectorLayer(f"{database}|layername={layer}", layer, "ogr")
        assert OSM_RIGHTS in loaded.metadata().rights(), layer


def test_without_pois_the_layers_stay_as_they_were(database, tmp_path):
    result = run(stations_and_campsites().write(tmp_path / "poi.osm"), database, POIS=False)
    assert (result["STATION_COUNT"], result["CAMPSITE_COUNT"]) == (0, 0)
    for layer in ("gares", "etablissements", "aires"):
        assert rows(database, f"SELECT count(*) FROM {layer}") == [(0,)]


def test_a_database_filled_by_the_cycling_only_importer_is_updated_in_place(extract, tmp_path):
    """Rows as the importer of schema version 3 wrote them (cycling only, no mode field): the
    import of every mode updates them, by the same identifiers, and adds the rest."""
    from old_schema import write_version_gpkg

    database = write_version_gpkg(tmp_path / "v3.gpkg", 3)
    execute(database, *(
        f"INSERT INTO noeuds (geom, number, network, source, source_id) VALUES "
        f"(NULL, {number}, 'rcn', 'osm', 'node/{ident}')" for ident, number in (
            (1, 12), (3, 34), (5, 56), (6, 78))), *(
        f"INSERT INTO troncons (geom, network, status, source, source_id) VALUES "
        f"(NULL, 'rcn', 'planned', 'osm', '{ident}')" for ident in (
            "way/1@0", "way/2@1", "way/4@0", "way/4@1")))
    before = {layer: dict(rows(database, f"SELECT source_id, fid FROM {layer}"))
              for layer in ("noeuds", "troncons")}
    result = run(extract, database)
    assert result["NODE_COUNT_VELO"] == 5 and result["SECTION_COUNT_VELO"] == 4
    for layer, fids in before.items():
        now = dict(rows(database, f"SELECT source_id, fid FROM {layer} WHERE mode = 'velo'"))
        assert {k: now[k] for k in fids} == fids, layer  # the same rows, updated
    assert rows(database, "SELECT count(*) FROM noeuds") == [(5,)]  # node/91 added
    assert rows(database, "SELECT DISTINCT status FROM troncons WHERE mode = 'velo'") == [
        ("planned",)]  # what the planner set stays
    assert rows(database, "SELECT count(*) FROM troncons WHERE geom IS NULL") == [(0,)]
