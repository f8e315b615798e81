"""PostGIS project schemas written at schema version 1 brought up to date by createprojectdb,
in one transaction; inspected with psycopg2, independently of QGIS."""

import pg_layers
import processing
import pytest
from old_schema import write_version1_postgis
from qgis.core import QgsProcessingException

from itinerance.processing.logic.inventory import data_model as dm

DB = "migrations"


def rows(cluster, sql, params=None):
    return cluster.execute(DB, sql, params)


def upgrade(cluster, schema):
    return processing.run("itinerance:createprojectdb", {
        "DATABASE": cluster.uri(DB), "SCHEMA": schema, "ADD_TO_PROJECT": False})


def columns(cluster, schema, table):
    return [row[0] for row in rows(cluster, (
        "SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
        "AND table_name = %s ORDER BY ordinal_position"), (schema, table))]


def dump(cluster, schema):
    """Columns, constraints, indexes, rows and styles of ``schema``."""
    return (rows(cluster, "SELECT table_name, column_name, data_type FROM "
                 "information_schema.columns WHERE table_schema = %s ORDER BY 1, 2", (schema,)),
            rows(cluster, "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON "
                 "n.oid = c.connamespace WHERE nspname = %s ORDER BY 1", (schema,)),
            rows(cluster, "SELECT indexname FROM pg_indexes WHERE schemaname = %s ORDER BY 1",
                 (schema,)),
            rows(cluster, f'SELECT fid, name, kind FROM "{schema}".aires ORDER BY fid'),
            rows(cluster, "SELECT f_table_name, styleqml::text FROM public.layer_styles "
                 "WHERE f_table_schema = %s ORDER BY 1", (schema,)))


@pytest.fixture
def version1(cluster, request):
    schema = request.node.name[5:40].lower()
    write_version1_postgis(cluster, DB, schema)
    rows(cluster, f'INSERT INTO "{schema}".aires (name, kind, geom) VALUES (%s, %s, '
         "ST_SetSRID(ST_MakePoint(664000, 7078000), 2154))", ("Aire de Cassel", "aire_ludique"))
    yield schema
    cluster.drop_schema(DB, schema)


def test_a_version_1_schema_gets_the_new_fields_keys_version_and_styles(cluster, version1):
    assert "source" not in columns(cluster, version1, "aires")
    result = upgrade(cluster, version1)
    assert result["SCHEMA_VERSION"] == dm.SCHEMA_VERSION
    for layer_def in dm.LAYERS:
        assert columns(cluster, version1, layer_def.name) == [
            "fid", "geom", *layer_def.field_names]
    current = str(dm.SCHEMA_VERSION)
    assert dict(rows(cluster, f'SELECT key, value FROM "{version1}".itinerance_meta')) == {
        "schema_version": current, "style_version": current}
    assert rows(cluster, f'SELECT name, kind, source FROM "{version1}".aires') == [
        ("Aire de Cassel", "aire_ludique", None)]
    rows(cluster, f'INSERT INTO "{version1}".noeuds (number, network, source, source_id, geom) '
         "VALUES (12, 'R', 'osm', 'node/5', ST_SetSRID(ST_MakePoint(1, 1), 2154))")
    with pytest.raises(Exception, match="noeuds_source_source_id_key"):
        rows(cluster, f'INSERT INTO "{version1}".noeuds (number, network, source, source_id, '
             "geom) VALUES (13, 'R', 'osm', 'node/5', ST_SetSRID(ST_MakePoint(2, 2), 2154))")
    layer = pg_layers.pg_layer(cluster, DB, version1, "noeuds")
    assert layer.fields().field("source_id").alias() == "Identifier in the source"
    assert layer.fields().field("number").alias() == "Node number"  # the style is kept
    assert layer.labelsEnabled()


def test_a_second_run_changes_nothing(cluster, version1):
    upgrade(cluster, version1)
    before = dump(cluster, version1)
    upgrade(cluster, version1)
    assert dump(cluster, version1) == before


def test_a_failing_migration_is_rolled_back_entirely(cluster, version1):
    rows(cluster, f'ALTER TABLE "{version1}".aires ADD COLUMN source text, '
         "ADD COLUMN source_id text")
    rows(cluster, f'UPDATE "{version1}".aires SET source = %s, source_id = %s', ("relevé", "1"))
    rows(cluster, f'INSERT INTO "{version1}".aires (name, source, source_id, geom) VALUES '
         "('Aire B', 'relevé', '1', ST_SetSRID(ST_MakePoint(1, 1), 2154))")
    before = dump(cluster, version1)
    with pytest.raises(QgsProcessingException, match="refused"):
        upgrade(cluster, version1)
    assert dump(cluster, version1) == before
    assert "source" not in columns(cluster, version1, "troncons")


def test_a_schema_with_only_some_of_the_tables_is_refused(cluster):
    rows(cluster, "CREATE SCHEMA partiel; CREATE TABLE partiel.aires (fid serial, nom text)")
    try:
        with pytest.raises(QgsProcessingException, match=r"not an Itinérance project "
                           r"database.*aires\.name.*OVERWRITE"):
            upgrade(cluster, "partiel")
        assert columns(cluster, "partiel", "aires") == ["fid", "nom"]
    finally:
        rows(cluster, "DROP SCHEMA partiel CASCADE")
