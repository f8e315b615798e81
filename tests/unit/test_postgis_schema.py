"""The data model as PostgreSQL DDL, and connection strings (no database here: the DDL runs in
tests/qgis/test_postgis.py)."""

import pytest

from itinerance.processing.logic.inventory import data_model as dm
from itinerance.processing.logic.inventory import postgis_schema as pg


def test_identifiers_and_literals_are_quoted():
    assert pg.quote_identifier("aires") == '"aires"'
    assert pg.quote_identifier('Mon "schéma"') == '"Mon ""schéma"""'
    assert pg.qualified("a b", "t") == '"a b"."t"'
    assert pg.quote_literal("l'Aire") == "'l''Aire'"
    assert pg.quote_literal(False) == "false" and pg.quote_literal(3) == "3"
    with pytest.raises(ValueError):
        pg.quote_identifier("")


def test_columns_carry_type_not_null_and_default():
    aires = dm.layer("aires")
    assert pg.column_definition(aires.field("name")) == '"name" varchar(120) NOT NULL'
    assert (pg.column_definition(aires.field("kind"))
            == "\"kind\" varchar(32) NOT NULL DEFAULT 'aire_amenagee'")
    assert pg.column_definition(aires.field("pump")) == '"pump" boolean'
    etablissements = dm.layer("etablissements")
    assert (pg.column_definition(etablissements.field("accueil_velo"))
            == '"accueil_velo" boolean NOT NULL DEFAULT false')
    assert pg.column_definition(etablissements.field("label_date")) == '"label_date" date'
    assert pg.column_definition(dm.layer("noeuds").field("number")) == '"number" integer NOT NULL'


def test_every_value_list_becomes_a_check_constraint():
    for layer_def in dm.LAYERS:
        create = pg.create_table("s", layer_def, 2154)[0]
        for field in layer_def.fields:
            constraint = f'"{layer_def.name}_{field.name}_check"'
            if field.values is None:
                assert constraint not in create
            else:
                codes = ", ".join(f"'{code}'" for code in field.values.codes)
                assert f'CONSTRAINT {constraint} CHECK ("{field.name}" IN ({codes}))' in create


def test_table_geometry_index_and_comments():
    statements = pg.create_table("territoire", dm.layer("poles"), 2154, label=str.upper)
    assert statements[0].startswith('CREATE TABLE "territoire"."poles" (\n  "fid" serial '
                                    'PRIMARY KEY,\n  "geom" geometry(Polygon, 2154),')
    assert statements[1] == ('CREATE INDEX "poles_geom_idx" ON "territoire"."poles" '
                             'USING gist ("geom")')
    assert statements[2] == "COMMENT ON TABLE \"territoire\".\"poles\" IS 'HUBS (PÔLES)'"
    assert statements[3] == "COMMENT ON COLUMN \"territoire\".\"poles\".\"name\" IS 'NAME'"


def test_the_schema_script_creates_every_layer_and_drops_only_with_overwrite():
    plain = pg.create_schema("s", 2154)
    assert plain[0] == 'CREATE SCHEMA "s"'
    assert pg.create_schema("s", 2154, new_schema=False)[0].startswith("CREATE TABLE")
    assert not [s for s in plain if s.startswith("DROP")]
    created = [s.split('"')[3] for s in plain if s.startswith("CREATE TABLE")]
    assert created == [d.name for d in dm.LAYERS] + ["itinerance_meta"]
    assert ("INSERT INTO \"s\".\"itinerance_meta\" (\"key\", \"value\") VALUES "
            f"('schema_version', '{dm.SCHEMA_VERSION}')") in "\n".join(plain)
    assert "DELETE FROM public.layer_styles" in plain[-1]
    old = pg.create_schema("s", 2154, dm.layers_at(1), version=None)
    assert not [s for s in old if "itinerance_meta" in s or "UNIQUE" in s]
    dropped = [s for s in pg.create_schema("s", 2154, overwrite=True) if s.startswith("DROP")]
    assert dropped == [f'DROP TABLE IF EXISTS "s"."{d.name}"' for d in dm.LAYERS]
    assert pg.script(["SELECT 1", "SELECT 2"]) == "SELECT 1;\nSELECT 2;"


@pytest.mark.parametrize("text, expected", [
    ("postgresql://sig:s%40cret@serveur.local:5433/territoire?sslmode=require",
     {"host": "serveur.local", "port": "5433", "user": "sig", "password": "s@cret",
      "dbname": "territoire", "sslmode": "require"}),
    ("postgres://serveur/base", {"host": "serveur", "dbname": "base"}),
    ("service=itinerance", {"service": "itinerance"}),
    ("host=localhost dbname='Mon territoire' password='l\\'été'",
     {"host": "localhost", "dbname": "Mon territoire", "password": "l'été"}),
])
def test_connection_strings_are_parsed(text, expected):
    assert pg.is_connection_string(text)
    assert pg.parse_connection_string(text) == expected


def test_a_connection_name_is_not_a_connection_string():
    assert not pg.is_connection_string("Serveur SIG du territoire")


@pytest.mark.parametrize("text", ["postgresql://serveur:port/base", "host=x dbname='open",
                                  "host=x nonsense"])
def test_unreadable_connection_strings_are_refused(text):
    with pytest.raises(ValueError):
        pg.parse_connection_string(text)


def test_keyword_string_round_trips():
    params = {"host": "serveur", "dbname": "Mon territoire", "password": "l'été \\ x"}
    assert pg.parse_connection_string(pg.keyword_string(params)) == params
