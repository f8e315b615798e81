"""createprojectdb into PostGIS as users script it: qgis_process.bin --json and a libpq URI."""

DB = "territoire"


def test_createprojectdb_into_a_schema_by_uri(qgis, cluster):
    output = qgis.run("itinerance:createprojectdb", DATABASE=cluster.uri(DB), SCHEMA="cli")
    assert output["results"]["LAYER_COUNT"] == 12
    tables = cluster.execute(DB, "SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_schema = 'cli'")
    assert tables == [(13,)]  # the twelve layers and itinerance_meta
    styles = cluster.execute(DB, "SELECT count(*) FROM public.layer_styles "
                                 "WHERE f_table_schema = 'cli' AND useasdefault")
    assert styles == [(12,)]


def test_no_target_is_a_clear_error(qgis):
    failed = qgis.run("itinerance:createprojectdb", check=False)
    assert failed["returncode"] != 0
    assert "GeoPackage file (OUTPUT) or a PostgreSQL database (DATABASE)" in (
        failed["stdout"] + failed["stderr"])
