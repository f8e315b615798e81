"""itinerance:importosmnetwork into a PostGIS project schema: the same records as in a
GeoPackage, the update on re-import, one transaction; inspected with psycopg2."""

import processing
import pytest
from osm_extract import points_noeuds
from qgis.core import QgsProcessingException

DB = "import_osm"
COUNTS = {"noeuds": 5, "troncons": 5, "itineraires": 2, "trame": 2, "liaisons": 2}


def rows(cluster, sql, params=None):
    return cluster.execute(DB, sql, params)


def run(cluster, extract, schema, **extra):
    return processing.run("itinerance:importosmnetwork", {
        "INPUT": str(extract), "DATABASE": cluster.uri(DB), "SCHEMA": schema, **extra})


@pytest.fixture
def schema(cluster, request):
    name = request.node.name[5:35].lower()
    processing.run("itinerance:createprojectdb", {
        "DATABASE": cluster.uri(DB), "SCHEMA": name, "ADD_TO_PROJECT": False})
    yield name
    cluster.drop_schema(DB, name)


def test_import_and_reimport_into_a_schema(cluster, schema, tmp_path):
    extract = points_noeuds().write(tmp_path / "extrait.osm")
    result = run(cluster, extract, schema)
    assert (result["NODE_COUNT"], result["SECTION_COUNT"], result["ITINERARY_COUNT"],
            result["TRAME_COUNT"], result["LINK_COUNT"], result["SKIPPED_COUNT"]) == (
        5, 5, 2, 2, 2, 3)
    assert result["NETWORK_LENGTH_M"] == pytest.approx(4600, abs=0.1)
    assert rows(cluster, f'SELECT mode, round(sum(ST_Length(geom))) FROM "{schema}".troncons '
                         "GROUP BY mode ORDER BY mode") == [("marche", 600), ("velo", 4000)]
    assert sorted(rows(cluster, f'SELECT source_id, surface, status FROM "{schema}".troncons'),
                  key=str) == [("marche:way/1@0", "enrobe", "existing"),
                               ("way/1@0", "enrobe", "existing"), ("way/2@1", "terre", "existing"),
                               ("way/4@0", None, "existing"), ("way/4@1", None, "existing")]
    assert sorted(rows(cluster, f'SELECT source_id, ref, facts, redundant_numbers, '
                                f'round(length_m) FROM "{schema}".liaisons'), key=str) == [
        ("relation/100", None, "redundant_nodes", "34", 2000),
        ("relation/101", "56-12", "redundant_nodes", "78", 2000)]
    rows(cluster, f"UPDATE \"{schema}\".troncons SET status = 'planned' "
                  "WHERE source_id = 'way/1@0'")
    before = {t: rows(cluster, f'SELECT fid, source_id FROM "{schema}"."{t}" ORDER BY fid')
              for t in COUNTS}
    assert run(cluster, extract, schema)["SECTION_COUNT"] == 5
    for table in COUNTS:  # updated in place
        assert rows(cluster, f'SELECT fid, source_id FROM "{schema}"."{table}" '
                             "ORDER BY fid") == before[table]
    assert rows(cluster, f'SELECT status FROM "{schema}".troncons '
                         "WHERE source_id = 'way/1@0'") == [("planned",)]
    assert rows(cluster, f'SELECT name FROM "{schema}".trame WHERE source_id = %s',
                ("way/21",)) == [("Greenway (OpenStreetMap way/21)",)]


def test_a_failing_import_into_a_schema_writes_nothing(cluster, schema, tmp_path):
    rows(cluster, f"""CREATE FUNCTION "{schema}".refuse() RETURNS trigger AS
        $$ BEGIN RAISE EXCEPTION 'trame en lecture seule'; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER refuse BEFORE INSERT ON "{schema}".trame
        FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse()""")
    with pytest.raises(QgsProcessingException, match="trame en lecture seule"):
        run(cluster, points_noeuds().write(tmp_path / "extrait.osm"), schema)
    for table in COUNTS:
        assert rows(cluster, f'SELECT count(*) FROM "{schema}"."{table}"') == [(0,)]


def test_a_schema_without_the_project_is_refused(cluster, tmp_path):
    with pytest.raises(QgsProcessingException, match="not an Itinérance project database"):
        run(cluster, points_noeuds().write(tmp_path / "extrait.osm"), "inconnu")


def test_a_name_longer_than_its_column_is_cut_to_fit(cluster, schema, tmp_path):
    osm = points_noeuds()
    osm.relations[200][1]["name"] = "Véloroute de la Lys, " + "de Aire-sur-la-Lys " * 10
    run(cluster, osm.write(tmp_path / "long.osm"), schema)  # varchar(120) refuses longer
    [(name,)] = rows(cluster, f'SELECT name FROM "{schema}".itineraires '
                              "WHERE source_id = 'relation/200'")
    assert len(name) == 120 and name.startswith("Véloroute de la Lys, de Aire") \
        and name.endswith("…")
