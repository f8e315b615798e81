"""The data model in PostgreSQL/PostGIS: createprojectdb into a schema, two users editing the
same layer, a commit that fails, and the inventory checks on PostGIS layers.

A real server from the Debian packages, started by the fixture on a loopback port and removed
afterwards (tests/pg_cluster.py). The database is inspected with psycopg2, independently of
QGIS; QGIS edits it as users do, through layers and their edit buffers.
"""

import pg_layers
import processing
import pytest
from pg_cluster import PASSWORD, SUPERUSER
from psycopg2 import errors
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from itinerance.processing.inputs.inventory_findings import ROLES, find_inventory_issues
from itinerance.processing.logic.inventory import data_model as dm

DB = "itinerance"
PG_TYPES = {dm.INTEGER: "integer", dm.REAL: "double precision", dm.BOOLEAN: "boolean",
            dm.DATE: "date", dm.STRING: "character varying"}


def create(cluster, schema, **extra):
    params = {"DATABASE": cluster.uri(DB), "SCHEMA": schema, "CRS": "EPSG:2154",
              "ADD_TO_PROJECT": False}
    params.update(extra)
    return processing.run("itinerance:createprojectdb", params)


@pytest.fixture(scope="module")
def model(cluster):
    """The data model created once in the schema "territoire"."""
    return create(cluster, "territoire")


def pg_layer(cluster, schema, name, user=SUPERUSER, password=PASSWORD):
    return pg_layers.pg_layer(cluster, DB, schema, name, user, password)


def rows(cluster, sql, params=None):
    return cluster.execute(DB, sql, params)


# --- the schema -------------------------------------------------------------------------------

def test_results_name_the_twelve_tables(model):
    assert model["LAYER_COUNT"] == 12
    assert model["LAYERS"].split(",") == [d.name for d in dm.LAYERS]


def test_columns_types_not_null_and_defaults_follow_the_model(cluster, model):
    for layer_def in dm.LAYERS:
        columns = rows(cluster, (
            "SELECT column_name, data_type, is_nullable, column_default, "
            "character_maximum_length FROM information_schema.columns "
            "WHERE table_schema = 'territoire' AND table_name = %s ORDER BY ordinal_position"),
            (layer_def.name,))
        assert [c[0] for c in columns] == ["fid", "geom", *layer_def.field_names]
        for (name, kind, nullable, default, length), field in zip(columns[2:],
                                                                   layer_def.fields):
            assert kind == PG_TYPES[field.type], (layer_def.name, name)
            assert (nullable == "NO") == field.not_null, (layer_def.name, name)
            if field.type == dm.STRING:
                assert length == field.length
            if field.default is None:
                assert default is None
            elif isinstance(field.default, bool):
                assert default == str(field.default).lower()
            else:
                assert default.startswith(f"'{field.default}'")
        [(geometry_type, srid)] = rows(cluster, (
            "SELECT type, srid FROM geometry_columns WHERE f_table_schema = 'territoire' "
            "AND f_table_name = %s"), (layer_def.name,))
        assert (geometry_type, srid) == (layer_def.geometry.upper(), 2154)
        indexes = rows(cluster, "SELECT indexdef FROM pg_indexes WHERE schemaname = "
                       "'territoire' AND tablename = %s", (layer_def.name,))
        assert any("USING gist (geom)" in i[0] for i in indexes), layer_def.name


def test_value_lists_and_required_names_are_enforced_by_the_database(cluster, model):
    insert = ("INSERT INTO territoire.aires (name, kind, geom) "
              "VALUES (%s, %s, ST_SetSRID(ST_MakePoint(700000, 7000000), 2154))")
    with pytest.raises(errors.CheckViolation):
        rows(cluster, insert, ("Aire", "aire_inconnue"))
    with pytest.raises(errors.NotNullViolation):
        rows(cluster, insert, (None, "aire_ludique"))
    rows(cluster, "INSERT INTO territoire.troncons (network, geom) VALUES ('R', "
         "ST_GeomFromText('LINESTRING(0 0, 1 1)', 2154))")
    rows(cluster, "INSERT INTO territoire.troncons (network, surface, geom) VALUES ('R', "
         "NULL, ST_GeomFromText('LINESTRING(1 1, 2 2)', 2154))")  # an optional value list
    assert rows(cluster, "SELECT surface, status FROM territoire.troncons ORDER BY fid") == [
        ("enrobe", "existing"), (None, "existing")]  # the defaults
    rows(cluster, "DELETE FROM territoire.troncons")


def test_styles_are_stored_in_the_database_and_load_with_the_layers(cluster, model):
    stored = rows(cluster, "SELECT f_table_name, stylename, useasdefault FROM "
                  "public.layer_styles WHERE f_table_schema = 'territoire' ORDER BY 1")
    assert stored == sorted((d.name, d.name, True) for d in dm.LAYERS)
    layer = pg_layer(cluster, "territoire", "etablissements")
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == "category"
    fields = layer.fields()
    assert layer.editorWidgetSetup(fields.indexFromName("category")).type() == "ValueMap"
    assert layer.editorWidgetSetup(fields.indexFromName("accueil_velo")).type() == "CheckBox"
    assert fields.field("label_date").alias() == "Label date"


def test_add_to_project_loads_the_styled_postgis_layers(cluster):
    project = QgsProject.instance()
    project.clear()
    try:
        processing.runAndLoadResults("itinerance:createprojectdb", {
            "DATABASE": cluster.uri(DB), "SCHEMA": "charge", "ADD_TO_PROJECT": True})
        layers = {layer.name(): layer for layer in project.mapLayers().values()}
        assert set(layers) == {d.name for d in dm.LAYERS}
        assert all(layer.providerType() == "postgres" for layer in layers.values())
        assert layers["aires"].renderer().type() == "categorizedSymbol"
        assert layers["noeuds"].labelsEnabled()
    finally:
        project.clear()


def test_an_existing_schema_is_untouched_without_overwrite(cluster, model):
    rows(cluster, "CREATE TABLE territoire.notes_du_service (texte text)")
    rows(cluster, "INSERT INTO territoire.aires (name, geom) "
         "VALUES ('Gardée', ST_SetSRID(ST_MakePoint(1, 1), 2154))")
    try:
        # a project schema already up to date: nothing to do (tests/qgis/test_migration_postgis
        # has the schemas of earlier versions)
        assert create(cluster, "territoire")["SCHEMA_VERSION"] == dm.SCHEMA_VERSION
        assert rows(cluster, "SELECT name FROM territoire.aires") == [("Gardée",)]
        create(cluster, "territoire", OVERWRITE=True)
        assert rows(cluster, "SELECT count(*) FROM territoire.aires") == [(0,)]
        # the user's own table in the schema survives; styles are not duplicated
        assert rows(cluster, "SELECT count(*) FROM territoire.notes_du_service") == [(0,)]
        assert rows(cluster, "SELECT count(*) FROM public.layer_styles WHERE "
                    "f_table_schema = 'territoire'") == [(12,)]
    finally:
        rows(cluster, "DROP TABLE IF EXISTS territoire.notes_du_service")
        rows(cluster, "DELETE FROM territoire.aires")


def test_a_saved_connection_and_a_service_name_work_too(cluster, tmp_path, monkeypatch):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(cluster.conninfo(DB),
                                           {"saveUsername": True, "savePassword": True})
    metadata.saveConnection(connection, "Serveur SIG du territoire")
    try:
        create(cluster, "par_nom", DATABASE="Serveur SIG du territoire")
    finally:
        metadata.deleteConnection("Serveur SIG du territoire")
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[itinerance_test]\nhost={cluster.host}\nport={cluster.port}\n"
                       f"dbname={DB}\nuser={SUPERUSER}\npassword={PASSWORD}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    create(cluster, "par_service", DATABASE="service=itinerance_test")
    for schema in ("par_nom", "par_service"):
        assert rows(cluster, "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = %s", (schema,)) == [(13,)]  # and itinerance_meta


def test_bad_targets_say_what_to_fix(cluster, tmp_path):
    with pytest.raises(QgsProcessingException, match="No PostgreSQL connection named"):
        create(cluster, "x", DATABASE="serveur inconnu")
    cluster.create_database("sans_postgis", postgis=False)
    with pytest.raises(QgsProcessingException, match="no PostGIS extension"):
        create(cluster, "x", DATABASE=cluster.uri("sans_postgis"))
    with pytest.raises(QgsProcessingException, match="Cannot connect"):
        create(cluster, "x", DATABASE=cluster.uri(DB, password="faux"))
    with pytest.raises(QgsProcessingException, match="geographic"):
        create(cluster, "x", CRS="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="not both"):
        create(cluster, "x", OUTPUT=str(tmp_path / "aussi.gpkg"))
    assert rows(cluster, "SELECT count(*) FROM information_schema.schemata "
                "WHERE schema_name = 'x'") == [(0,)]


def test_a_user_without_the_rights_is_told_before_anything_is_written(cluster, model):
    rows(cluster, "CREATE ROLE stagiaire LOGIN PASSWORD 'stagiaire'")
    rows(cluster, "CREATE SCHEMA ouvert AUTHORIZATION stagiaire")
    try:
        as_trainee = cluster.uri(DB, user="stagiaire", password="stagiaire")
        with pytest.raises(QgsProcessingException, match="may not create tables in the schema"):
            create(cluster, "nouveau", DATABASE=as_trainee)
        # their own schema is fine, but the styles table belongs to someone else
        with pytest.raises(QgsProcessingException, match="public.layer_styles"):
            create(cluster, "ouvert", DATABASE=as_trainee)
        assert rows(cluster, "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema IN ('nouveau', 'ouvert')") == [(0,)]
        rows(cluster, "GRANT INSERT, UPDATE, DELETE ON public.layer_styles TO stagiaire")
        rows(cluster, "GRANT USAGE ON SEQUENCE public.layer_styles_id_seq TO stagiaire")
        with pytest.raises(QgsProcessingException, match="SELECT, INSERT"):
            create(cluster, "ouvert", DATABASE=as_trainee)  # QGIS reads the styles too
        rows(cluster, "GRANT SELECT ON public.layer_styles TO stagiaire")
        create(cluster, "ouvert", DATABASE=as_trainee)
        assert rows(cluster, "SELECT count(*) FROM public.layer_styles "
                    "WHERE f_table_schema = 'ouvert'") == [(12,)]
    finally:
        cluster.drop_schema(DB, "ouvert")
        rows(cluster, "DROP OWNED BY stagiaire")
        rows(cluster, "DROP ROLE stagiaire")


def test_a_failing_script_leaves_nothing_behind(cluster):
    rows(cluster, "CREATE SCHEMA bloque; CREATE TABLE bloque.notes (x int)")
    # a table named like the last index the script creates: it fails near its end
    rows(cluster, 'CREATE TABLE bloque."perimetres_geom_idx" (x int)')
    try:
        with pytest.raises(QgsProcessingException, match="refused"):
            create(cluster, "bloque")
        tables = rows(cluster, "SELECT table_name FROM information_schema.tables "
                      "WHERE table_schema = 'bloque' ORDER BY 1")
        assert tables == [("notes",), ("perimetres_geom_idx",)]  # nothing of the model
    finally:
        rows(cluster, "DROP SCHEMA bloque CASCADE")


# --- two users --------------------------------------------------------------------------------

@pytest.fixture
def aires(cluster, model):
    """Four aires in the table, fids 1 to 4; emptied afterwards."""
    rows(cluster, "TRUNCATE territoire.aires RESTART IDENTITY")
    rows(cluster, "INSERT INTO territoire.aires (name, geom) SELECT 'Aire ' || i, "
         "ST_SetSRID(ST_MakePoint(700000 + 100 * i, 7000000), 2154) "
         "FROM generate_series(1, 4) AS i ORDER BY i")
    yield
    rows(cluster, "TRUNCATE territoire.aires RESTART IDENTITY")


class User:
    """One user: a project of their own with the layer in it, editing started."""

    def __init__(self, cluster, user=SUPERUSER, password=PASSWORD):
        self.project = QgsProject()
        self.layer = pg_layer(cluster, "territoire", "aires", user, password)
        self.project.addMapLayer(self.layer)
        assert self.layer.startEditing()


def user_layer(cluster, user=SUPERUSER, password=PASSWORD):
    """The layer of a new user; the layer keeps its project alive."""
    person = User(cluster, user, password)
    person.layer.owner = person  # the project owns the layer: keep it as long as the layer
    return person.layer


def table(cluster):
    return rows(cluster, "SELECT fid, name, kind, status, ST_AsText(geom) "
                "FROM territoire.aires ORDER BY fid")


def set_value(layer, fid, field, value):
    assert layer.changeAttributeValue(fid, layer.fields().indexFromName(field), value)


def test_two_users_editing_different_features_both_keep_their_edits(cluster, aires):
    alice = user_layer(cluster)
    bruno = user_layer(cluster)
    set_value(alice, 1, "name", "Aire du Mont Cassel")
    set_value(bruno, 2, "kind", "aire_ludique")
    assert bruno.changeGeometry(3, QgsGeometry.fromWkt("Point(700350 7000010)"))
    assert alice.commitChanges() and bruno.commitChanges()
    assert table(cluster)[:3] == [
        (1, "Aire du Mont Cassel", "aire_amenagee", "existing", "POINT(700100 7000000)"),
        (2, "Aire 2", "aire_ludique", "existing", "POINT(700200 7000000)"),
        (3, "Aire 3", "aire_amenagee", "existing", "POINT(700350 7000010)")]


def test_same_feature_is_merged_field_by_field_and_the_last_commit_wins(cluster, aires):
    alice = user_layer(cluster)
    bruno = user_layer(cluster)
    set_value(alice, 1, "name", "Nom d'Alice")
    set_value(bruno, 1, "status", "planned")  # another field of the same feature: both kept
    set_value(alice, 2, "name", "Alice")
    set_value(bruno, 2, "name", "Bruno")  # the same field: whoever commits last wins
    assert alice.commitChanges() and bruno.commitChanges()
    assert table(cluster)[:2] == [
        (1, "Nom d'Alice", "aire_amenagee", "planned", "POINT(700100 7000000)"),
        (2, "Bruno", "aire_amenagee", "existing", "POINT(700200 7000000)")]


def test_an_edit_to_a_feature_another_user_deleted_is_lost_without_error(cluster, aires):
    # documented limitation of QGIS: the UPDATE finds no row and the commit still succeeds
    alice = user_layer(cluster)
    bruno = user_layer(cluster)
    assert alice.deleteFeature(4)
    set_value(bruno, 4, "name", "Renommée")
    assert alice.commitChanges() and bruno.commitChanges()
    assert [row[0] for row in table(cluster)] == [1, 2, 3]


# --- a commit that fails ----------------------------------------------------------------------

def edits(layer):
    buffer = layer.editBuffer()
    return (dict(buffer.changedAttributeValues()),
            {fid: g.asWkt() for fid, g in buffer.changedGeometries().items()},
            sorted(f["name"] for f in buffer.addedFeatures().values()))


def new_aire(layer, name):
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("Point(700050 7000050)"))
    feature["name"] = name
    feature["kind"] = "aire_bivouac"
    feature["status"] = "planned"
    assert layer.addFeature(feature)


@pytest.mark.parametrize("field, bad, cause, good", [
    ("kind", "aire_inconnue", 'violates check constraint "aires_kind_check"', "aire_ludique"),
    ("name", None, 'null value in column "name"', "Aire 2 bis"),
])
def test_a_refused_value_fails_the_commit_and_loses_nothing(cluster, aires, field, bad, cause,
                                                            good):
    before = table(cluster)
    layer = user_layer(cluster)
    index = layer.fields().indexFromName(field)
    name = layer.fields().indexFromName("name")
    set_value(layer, 1, "name", "Aire corrigée")
    set_value(layer, 2, field, bad)  # refused by the database
    assert layer.changeGeometry(3, QgsGeometry.fromWkt("Point(700300 7000040)"))
    new_aire(layer, "Aire nouvelle")
    pending = edits(layer)

    assert not layer.commitChanges(False)
    assert any(cause in error for error in layer.commitErrors()), layer.commitErrors()
    assert layer.isEditable()
    assert edits(layer) == pending == (
        {1: {name: "Aire corrigée"}, 2: {index: bad}},
        {3: "Point (700300 7000040)"}, ["Aire nouvelle"])
    assert table(cluster) == before  # all or nothing: no edit half-written

    set_value(layer, 2, field, good)
    assert layer.commitChanges(), layer.commitErrors()
    assert not layer.isEditable()
    after = table(cluster)
    second = {"kind": (2, "Aire 2", good), "name": (2, good, "aire_amenagee")}[field]
    assert after[:3] == [
        (1, "Aire corrigée", "aire_amenagee", "existing", "POINT(700100 7000000)"),
        (*second, "existing", "POINT(700200 7000000)"),
        (3, "Aire 3", "aire_amenagee", "existing", "POINT(700300 7000040)")]
    assert after[4][1:] == ("Aire nouvelle", "aire_bivouac", "planned", "POINT(700050 7000050)")


def test_rights_withdrawn_while_editing_fail_the_commit_and_lose_nothing(cluster, aires):
    rows(cluster, "CREATE ROLE agent LOGIN PASSWORD 'agent'")
    rows(cluster, "GRANT USAGE ON SCHEMA territoire TO agent")
    rows(cluster, "GRANT SELECT, UPDATE ON territoire.aires TO agent")
    try:
        layer = user_layer(cluster, user="agent", password="agent")
        set_value(layer, 1, "name", "Aire de l'agent")
        rows(cluster, "REVOKE UPDATE ON territoire.aires FROM agent")
        assert not layer.commitChanges(False)
        assert any("permission denied" in error for error in layer.commitErrors())
        assert layer.isEditable()
        assert edits(layer)[0] == {1: {layer.fields().indexFromName("name"): "Aire de l'agent"}}
        assert table(cluster)[0][1] == "Aire 1"

        rows(cluster, "GRANT UPDATE ON territoire.aires TO agent")
        assert layer.commitChanges(), layer.commitErrors()
        assert table(cluster)[0][1] == "Aire de l'agent"
    finally:
        rows(cluster, "DROP OWNED BY agent")
        rows(cluster, "DROP ROLE agent")


# --- the checks on PostGIS layers -------------------------------------------------------------

def copy_sample(cluster, sample, schema):
    """The sample territory's inventory layers copied into ``schema``, with the same ids."""
    create(cluster, schema)
    pg_layers.copy_into(cluster, DB, schema, sample["gpkg"], ROLES, keep_ids=True)
    return {role: pg_layer(cluster, schema, role) for role in ROLES}


def test_the_checks_run_on_postgis_layers(cluster, sample):
    layers = copy_sample(cluster, sample, "controles")
    gpkg_layers = {role: QgsVectorLayer(f"{sample['gpkg']}|layername={role}", role, "ogr")
                   for role in ROLES}
    expected = [(f.check, f.layer_role, f.feature_id, round(f.x, 3), round(f.y, 3))
                for f in find_inventory_issues(gpkg_layers)]
    assert len(expected) == 2  # the two aires off the network

    def found():
        return [(f.check, f.layer_role, f.feature_id, round(f.x, 3), round(f.y, 3))
                for f in find_inventory_issues(layers)]

    assert found() == expected
    # problems made in the database itself
    rows(cluster, "UPDATE controles.noeuds SET number = (SELECT number FROM controles.noeuds "
         "WHERE fid = 1) WHERE fid = 2")
    rows(cluster, "UPDATE controles.trame SET name = ' ' WHERE fid = 3")
    rows(cluster, "UPDATE controles.etablissements SET accueil_velo = true, label_date = NULL "
         "WHERE fid = 2")
    rows(cluster, "UPDATE controles.poles SET geom = ST_GeomFromText("
         "'POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))', 2154) WHERE fid = 2")
    for layer in layers.values():
        layer.dataProvider().reloadData()
    checks = sorted((f[0], f[1], f[2]) for f in found())
    assert checks == sorted(
        [("duplicate_numbers", "noeuds", 1), ("duplicate_numbers", "noeuds", 2),
         ("missing_names", "trame", 3), ("label_without_date", "etablissements", 2),
         ("invalid_geometries", "poles", 2)] + [(e[0], e[1], e[2]) for e in expected])
    result = processing.run("itinerance:checkinventory", {
        **{role.upper(): layer for role, layer in layers.items()}, "OUTPUT": "memory:"})
    assert result["FINDING_COUNT"] == len(checks)
    assert QgsCoordinateReferenceSystem("EPSG:2154") == result["OUTPUT"].crs()
