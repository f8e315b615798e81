"""Project GeoPackages written at schema version 1 brought up to date by createprojectdb (and by
the importers, before they write): the new fields, keys and version are added in one
transaction, the user's data and style are kept, a second run changes nothing, and what is
not a project database is refused untouched.

The version-1 files are written by tests/old_schema.py; they are inspected with sqlite3 and OGR,
independently of the migration code."""

import sqlite3
from contextlib import nullcontext
from dataclasses import replace

import processing
import pytest
from feedback_log import Log
from gdal_modes import gdal_exceptions
from old_schema import write_version1_gpkg
from osgeo import gdal, ogr
from osm_extract import points_noeuds
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from itinerance.processing.database import project_db
from itinerance.processing.logic.inventory import data_model as dm


def upgrade(path):
    return processing.run("itinerance:createprojectdb", {
        "OUTPUT": str(path), "ADD_TO_PROJECT": False})


def layer(path, name):
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid()
    return result


def add_aire(path, name, **values):
    aires = layer(path, "aires")
    feature = QgsFeature(aires.fields())
    feature.setGeometry(QgsGeometry.fromWkt("Point(664000 7078000)"))
    feature["name"] = name
    values = {"kind": "aire_amenagee", "status": "existing", **values}
    for key, value in values.items():
        feature[key] = value
    ok, _ = aires.dataProvider().addFeatures([feature])
    return ok


def query(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def schema_and_data(path):
    """Everything a migration could change: table definitions, rows, styles, metadata."""
    with sqlite3.connect(path) as db:
        tables = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        rows = {name: db.execute(f'SELECT * FROM "{name}"').fetchall()
                for kind, name, _ in tables if kind == "table" and not name.startswith("rtree")}
    return tables, rows


def customise_alias(path, name, alias):
    """The user renamed a field in the layer properties and saved the style as default."""
    aires = layer(path, "aires")
    aires.setFieldAlias(aires.fields().indexFromName(name), alias)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE layer_styles SET styleQML = ? WHERE f_table_name = 'aires'",
                   (project_db.style_document(aires),))


@pytest.fixture
def version1(tmp_path):
    path = write_version1_gpkg(tmp_path / "inventaire_2024.gpkg")
    assert add_aire(path, "Aire du Mont Cassel", kind="aire_ludique", pump=True)
    customise_alias(path, "name", "Nom de l'aire")
    return path


def test_the_fixture_is_a_version_1_file(version1):
    assert "itinerance_meta" not in {row[0] for row in query(version1, (
        "SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert [f.name() for f in layer(version1, "troncons").fields()] == [
        "fid", "network", "surface", "status"]


def test_a_version_1_file_gets_the_new_fields_keys_and_version(version1):
    result = upgrade(version1)
    assert result["SCHEMA_VERSION"] == dm.SCHEMA_VERSION
    assert result["LAYER_COUNT"] == len(dm.LAYERS)
    for layer_def in dm.LAYERS:
        assert [f.name() for f in layer(version1, layer_def.name).fields()][1:] == list(
            layer_def.field_names), layer_def.name
    current = str(dm.SCHEMA_VERSION)
    assert dict(query(version1, "SELECT key, value FROM itinerance_meta")) == {
        "schema_version": current, "style_version": current}
    indexes = {row[0] for row in query(version1, (
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%UNIQUE%'"))}
    assert {f"{d.name}_source_source_id_key" for d in dm.LAYERS} <= indexes
    # the user's aire is there as it was, with no source
    assert query(version1, "SELECT name, kind, pump, source, source_id FROM aires") == [
        ("Aire du Mont Cassel", "aire_ludique", 1, None, None)]


def test_the_new_fields_join_the_stored_style_and_the_users_changes_stay(version1):
    upgrade(version1)
    aires = layer(version1, "aires")
    fields = aires.fields()
    assert fields.field("name").alias() == "Nom de l'aire"  # the user's
    assert fields.field("source").alias() == "Source"
    assert fields.field("source_id").alias() == "Identifier in the source"
    assert aires.renderer().type() == "categorizedSymbol"
    troncons = layer(version1, "troncons")
    assert troncons.fields().field("source_id").alias() == "Identifier in the source"
    assert troncons.fields().field("surface").alias() == "Surface"


def test_a_source_identifier_is_unique_once_migrated(version1):
    upgrade(version1)
    assert add_aire(version1, "Aire OSM", source="osm", source_id="node/1")
    assert not add_aire(version1, "Aire OSM en double", source="osm", source_id="node/1")
    assert add_aire(version1, "Autre source", source="datatourisme", source_id="node/1")
    assert add_aire(version1, "Dessinée à la main")  # NULLs never collide
    assert add_aire(version1, "Dessinée aussi")


def test_a_second_run_changes_nothing(version1):
    upgrade(version1)
    before = schema_and_data(version1)
    assert upgrade(version1)["SCHEMA_VERSION"] == dm.SCHEMA_VERSION
    assert schema_and_data(version1) == before


@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal returns", "gdal raises"])
def test_a_file_that_is_not_a_project_database_is_refused_untouched(tmp_path, exceptions):
    other = tmp_path / "routes.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    dataset.CreateLayer("routes", geom_type=ogr.wkbLineString)
    dataset = None
    before = other.read_bytes()
    with gdal_exceptions() if exceptions else nullcontext():
        with pytest.raises(QgsProcessingException, match=r"not an Itinérance project database.*"
                           r"missing: aires, etablissements.*OVERWRITE"):
            upgrade(other)
        text = tmp_path / "notes.gpkg"
        text.write_text("pas une base")
        with pytest.raises(QgsProcessingException, match="not an Itinérance project database"):
            upgrade(text)
    assert other.read_bytes() == before
    assert text.read_text() == "pas une base"


def test_a_database_of_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "futur.gpkg"
    upgrade(path)  # created
    with sqlite3.connect(path) as db:
        db.execute("UPDATE itinerance_meta SET value = '7' WHERE key = 'schema_version'")
    with pytest.raises(QgsProcessingException, match="newer Itinérance.*version 7"):
        upgrade(path)


@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal returns", "gdal raises"])
def test_a_failing_migration_leaves_the_file_as_it_was(version1, exceptions):
    # the user had made fields of the same names, with two aires sharing a value: the unique
    # key cannot be made, and the whole migration is rolled back
    dataset = gdal.OpenEx(str(version1), gdal.OF_VECTOR | gdal.OF_UPDATE)
    aires = dataset.GetLayerByName("aires")
    for name in ("source", "source_id"):
        aires.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    dataset = None
    for name in ("Aire A", "Aire B"):
        assert add_aire(version1, name, source="relevé", source_id="1")
    before = schema_and_data(version1)
    with gdal_exceptions() if exceptions else nullcontext(), pytest.raises(
            QgsProcessingException, match="refused"):
        upgrade(version1)
    assert schema_and_data(version1) == before
    assert "source" not in layer(version1, "troncons").fields().names()


def test_a_later_version_adding_a_layer_and_a_field_migrates_from_version_1(version1,
                                                                            monkeypatch):
    """What the next issues do: one entry in the model, and the databases of every earlier
    version get it."""
    later = dm.SCHEMA_VERSION + 1
    kinds = dm._values("parking_kind", ("arceaux", "Hoops", "#1a9641"),
                       ("abri", "Shelter", "#d7191c"))
    parkings = dm.Layer("parkings", "Point", "Bike parkings", (
        dm.Field("name", dm.STRING, "Name", 120, not_null=True),
        dm.Field("kind", dm.STRING, "Kind", 32, not_null=True, default="arceaux",
                 values=kinds),
        *dm._source_fields()), since=later, style_field="kind", unique=(dm.SOURCE_KEY,))
    aires = dm.layer("aires")
    later_aires = replace(aires, fields=aires.fields + (
        dm.Field("toilets", dm.BOOLEAN, "Toilets", since=later),))
    monkeypatch.setattr(dm, "LAYERS", (later_aires,) + dm.LAYERS[1:] + (parkings,))
    monkeypatch.setattr(dm, "SCHEMA_VERSION", later)

    assert upgrade(version1)["SCHEMA_VERSION"] == later
    new = layer(version1, "parkings")
    assert new.fields().names() == ["fid", "name", "kind", "source", "source_id"]
    assert new.renderer().type() == "categorizedSymbol"  # its style is stored as default
    assert new.editorWidgetSetup(new.fields().indexFromName("kind")).type() == "ValueMap"
    dataset = gdal.OpenEx(str(version1), gdal.OF_VECTOR)
    assert set(dataset.GetFieldDomain("parking_kind").GetEnumeration()) == {"arceaux", "abri"}
    assert layer(version1, "aires").fields().field("toilets").alias() == "Toilets"
    assert query(version1, "SELECT name, toilets FROM aires") == [("Aire du Mont Cassel", None)]
    assert dict(query(version1, "SELECT key, value FROM itinerance_meta")) == {
        "schema_version": str(later), "style_version": str(later)}


def test_a_version_2_file_gets_the_circuits_layer_styled_and_editable(tmp_path):
    from old_schema import write_version2_gpkg

    path = write_version2_gpkg(tmp_path / "inventaire_2025.gpkg")
    assert add_aire(path, "Aire du Mont des Cats")
    assert "circuits" not in {row[0] for row in query(path, (
        "SELECT table_name FROM gpkg_contents"))}
    before = query(path, "SELECT fid, name, kind FROM aires")
    assert upgrade(path)["SCHEMA_VERSION"] == dm.SCHEMA_VERSION == 4
    circuits = layer(path, "circuits")
    assert circuits.fields().names() == ["fid", *dm.layer("circuits").field_names]
    assert circuits.wkbType() == QgsVectorLayer(f"{path}|layername=troncons").wkbType()
    assert circuits.fields().field("sequence").alias() == "Node numbers in riding order"
    assert circuits.fields().field("sequence").constraints().constraints()  # NOT NULL
    assert query(path, "SELECT fid, name, kind FROM aires") == before  # the user's data stays
    feature = QgsFeature(circuits.fields())
    feature.setGeometry(QgsGeometry.fromWkt("LineString(664000 7078000, 666000 7079000)"))
    feature.setAttributes([None, "Boucle des Monts", "25-35-44-25", "Cœur de Flandre", 2.2,
                           40.0, None, None, "velo"])
    assert circuits.dataProvider().addFeatures([feature])[0]
    assert query(path, "SELECT name, sequence, length_km FROM circuits") == [
        ("Boucle des Monts", "25-35-44-25", 2.2)]
    assert dict(query(path, "SELECT key, value FROM itinerance_meta")) == {
        "schema_version": "4", "style_version": "4"}


def test_a_version_3_file_gets_modes_links_and_stations_its_rows_cycling(tmp_path):
    from old_schema import write_version_gpkg

    path = write_version_gpkg(tmp_path / "inventaire_2026.gpkg", 3)
    nodes = layer(path, "noeuds")
    assert "mode" not in nodes.fields().names()
    feature = QgsFeature(nodes.fields())
    feature.setGeometry(QgsGeometry.fromWkt("Point(664000 7078000)"))
    feature["number"], feature["network"] = 17, "Cœur de Flandre"
    assert nodes.dataProvider().addFeatures([feature])[0]
    assert upgrade(path)["SCHEMA_VERSION"] == 4
    assert query(path, "SELECT number, network, mode FROM noeuds") == [
        (17, "Cœur de Flandre", "velo")]  # what version 3 wrote knew cycling only
    for name in ("liaisons", "gares"):
        added = layer(path, name)
        assert added.fields().names() == ["fid", *dm.layer(name).field_names]
        assert added.renderer().type() == "categorizedSymbol"  # styled as a new database is
    assert layer(path, "troncons").fields().field("mode").alias() == "Mode"
    assert dict(query(path, "SELECT key, value FROM itinerance_meta")) == {
        "schema_version": "4", "style_version": "4"}


@pytest.mark.parametrize("importer", ["importosmnetwork", "importaccueilvelo"])
def test_an_importer_brings_an_older_database_up_to_date_first(version1, tmp_path, importer):
    if importer == "importosmnetwork":
        source = points_noeuds().write(tmp_path / "extrait.osm")
    else:
        source = tmp_path / "accueil_velo.csv"
        source.write_text("Nom,Identifiant,Type,Sous-type,Latitude,Longitude\n"
                          "Hôtel du Mont,H1,Lieu,Hébergement,50.8006,2.4857\n", encoding="utf-8")
    log = Log()
    result = processing.run(f"itinerance:{importer}", {
        "INPUT": str(source), "DATABASE": str(version1)}, feedback=log)
    current = dm.SCHEMA_VERSION
    assert f"{version1} was brought from version 1 to version {current} of the data model." \
        in log.text
    assert dict(query(version1, "SELECT key, value FROM itinerance_meta")) == {
        "schema_version": str(current), "style_version": str(current)}
    assert query(version1, "SELECT name, kind FROM aires") == [
        ("Aire du Mont Cassel", "aire_ludique")]  # the user's aire stays
    written = result["NODE_COUNT"] if importer == "importosmnetwork" \
        else result["IMPORTED_COUNT"]
    assert written == (5 if importer == "importosmnetwork" else 1)
