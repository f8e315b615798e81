"""Schema versions and migration steps, worked out from the data model alone (the databases are
migrated in tests/qgis/test_migration.py)."""

from dataclasses import replace

import pytest

from itinerance.processing.logic.inventory import data_model as dm
from itinerance.processing.logic.inventory import migrations


def columns_at(version):
    return {d.name: set(d.field_names) | {"fid", "geom"} for d in dm.layers_at(version)}


def test_version_2_adds_the_source_and_its_identifier_to_every_layer():
    step = migrations.additions(2)
    assert step.layers == ()
    assert {(d.name, f.name) for d, f in step.fields} == {
        (d.name, name) for d in dm.layers_at(2) for name in ("source", "source_id")}
    assert {(d.name, key) for d, key in step.keys} == {
        (d.name, ("source", "source_id")) for d in dm.layers_at(2)}
    assert [d.field_names[-2:] for d in dm.layers_at(3)] == [("source", "source_id")] * len(
        dm.layers_at(3))


def test_version_3_adds_the_circuits_layer():
    assert dm.SCHEMA_VERSION >= 3
    step = migrations.additions(3)
    assert [d.name for d in step.layers] == ["circuits"]
    assert step.fields == () and step.keys == ()  # the layer's key comes with its table
    circuits = {d.name: d for d in dm.layers_at(3)}["circuits"]
    assert circuits.field_names == (
        "name", "sequence", "network", "length_km", "gain_m", "source", "source_id")
    assert [d.name for d in dm.layers_at(2)] == [d.name for d in dm.layers_at(3)[:-1]]


def test_version_4_adds_the_modes_the_links_and_the_stations():
    assert dm.SCHEMA_VERSION == 4
    step = migrations.additions(4)
    assert [d.name for d in step.layers] == ["liaisons", "gares"]
    assert {(d.name, f.name) for d, f in step.fields} == {
        (name, "mode") for name in ("noeuds", "troncons", "itineraires", "circuits")}
    assert step.keys == ()  # the new layers' keys come with their tables
    assert [d.name for d in dm.layers_at(3)] == [d.name for d in dm.LAYERS[:-2]]


def test_the_version_1_description_is_the_model_without_them():
    old = dm.layers_at(1)
    assert [d.name for d in old] == [d.name for d in dm.layers_at(2)]
    for before, now in zip(old, dm.layers_at(2)):
        assert before.field_names == now.field_names[:-2]
        assert before.unique == ()
    assert dm.layers_at(dm.SCHEMA_VERSION) == dm.LAYERS


def test_fields_added_later_can_be_added_to_tables_that_have_rows():
    for layer_def in dm.LAYERS:
        for field in layer_def.fields:
            if field.since > 1:
                assert not field.not_null or field.default is not None, field.name


def test_a_database_without_a_version_is_version_1_when_it_has_the_layers():
    assert migrations.detect_version(columns_at(1)) == 1
    assert migrations.detect_version(columns_at(2), "2") == 2
    extra = columns_at(1) | {"notes": {"fid", "texte"}}
    assert migrations.detect_version(extra) == 1


def test_a_database_that_is_not_a_project_says_what_it_lacks():
    columns = columns_at(1)
    del columns["poles"]
    columns["aires"].discard("kind")
    with pytest.raises(migrations.NotAProjectDatabaseError) as caught:
        migrations.detect_version(columns)
    assert caught.value.missing == ["aires.kind", "poles"]
    with pytest.raises(migrations.NotAProjectDatabaseError):
        migrations.detect_version({})


def test_a_newer_or_a_broken_version_is_refused():
    with pytest.raises(migrations.NewerDatabaseError) as caught:
        migrations.detect_version(columns_at(2), str(dm.SCHEMA_VERSION + 1))
    assert caught.value.version == dm.SCHEMA_VERSION + 1
    for bad in ("deux", "0"):
        with pytest.raises(ValueError):
            migrations.detect_version(columns_at(2), bad)


def test_the_plan_leaves_out_what_the_database_has_already():
    [step] = migrations.plan(columns_at(1), 1, 2)
    assert step.version == 2 and len(step.fields) == 18
    half = columns_at(1)
    half["aires"] |= {"source", "source_id"}
    [step] = migrations.plan(half, 1, 2)
    assert len(step.fields) == 16 and "aires" not in step.fields_by_layer()
    assert len(step.keys) == 9  # indexes are created IF NOT EXISTS
    assert migrations.plan(columns_at(2), 2, 2) == []
    [step] = migrations.plan(columns_at(2), 2, 3)
    assert [d.name for d in step.layers] == ["circuits"]
    assert [d.name for d in migrations.plan(columns_at(3), 2)[0].layers] == []  # it has them
    assert migrations.plan(columns_at(dm.SCHEMA_VERSION), dm.SCHEMA_VERSION) == []


def test_a_later_layer_and_field_are_one_entry_each(monkeypatch):
    later = dm.SCHEMA_VERSION + 1
    parkings = dm.Layer("parkings", "Point", "Bike parkings", (
        dm.Field("name", dm.STRING, "Name", 120, not_null=True),
        dm.Field("places", dm.INTEGER, "Places"),
        *dm._source_fields()), since=later, unique=(dm.SOURCE_KEY,))
    aires = dm.layer("aires")
    later_aires = replace(aires, fields=aires.fields + (
        dm.Field("toilets", dm.BOOLEAN, "Toilets", since=later),))
    monkeypatch.setattr(dm, "LAYERS", (later_aires,) + dm.LAYERS[1:] + (parkings,))
    monkeypatch.setattr(dm, "SCHEMA_VERSION", later)
    steps = migrations.plan(columns_at(1), 1)
    assert [s.version for s in steps] == list(range(2, later + 1))
    assert steps[-1].layers == (parkings,)
    assert [(d.name, f.name) for d, f in steps[-1].fields] == [("aires", "toilets")]
    assert steps[-1].keys == ()  # the new layer's key comes with its table
    assert [d.name for d in dm.layers_at(later - 1)] == [d.name for d in dm.LAYERS[:-1]]
