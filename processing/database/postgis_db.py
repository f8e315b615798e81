"""Writes the project data model into a schema of a PostgreSQL/PostGIS database.

Through QGIS's own database connections API (QgsAbstractDatabaseProviderConnection), not
psycopg2: it needs no extra Python library, and it reaches the database exactly as the user's
QGIS does, with the saved connections, their authentication configurations (passwords kept in
QGIS's encrypted store), service files and SSL settings.

The tables come from ``logic.postgis_schema`` (the same ``data_model`` as the GeoPackage), in one
SQL script that PostgreSQL runs as one transaction: a failure leaves no half-made schema. The
styles and edit forms are the GeoPackage's, stored by QGIS in ``public.layer_styles``.
"""

from qgis.core import (
    QgsDataSourceUri,
    QgsException,
    QgsProcessingException,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..logic.inventory import data_model, migrations, postgis_schema
from ..translate import tr
from .project_db import check_crs, model_text, project_version, style_all_layers, upgrade_styles

# What executeSql raises when the database refuses: QgsException in QGIS 3.22,
# QgsProviderConnectionException (no subclass of it) in QGIS 3.40.
DATABASE_ERRORS = (QgsException, QgsProviderConnectionException)
WKB_TYPES = {"Point": QgsWkbTypes.Point, "LineString": QgsWkbTypes.LineString,
             "Polygon": QgsWkbTypes.Polygon}


def _metadata():
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise QgsProcessingException(
            tr("This QGIS has no PostgreSQL provider; install it (on Debian: qgis-providers)."))
    return metadata


def connection(database):
    """A QgsAbstractDatabaseProviderConnection for ``database``: the name of a PostgreSQL
    connection saved in QGIS, a postgresql:// URI or a key=value string (service=...)."""
    text = (database or "").strip()
    metadata = _metadata()
    saved = metadata.connections()
    if text in saved:
        return saved[text]
    if not postgis_schema.is_connection_string(text):
        names = ", ".join(sorted(saved)) or tr("none")
        raise QgsProcessingException(
            tr("No PostgreSQL connection named {} is saved in QGIS (saved: {}). Give the name "
               "of a saved connection, a URI such as postgresql://user@host:5432/database, or "
               "service=name.").format(text, names))
    try:
        params = postgis_schema.parse_connection_string(text)
    except ValueError as error:
        raise QgsProcessingException(
            tr("Cannot read the database connection string: {}.").format(error)) from None
    uri = QgsDataSourceUri(postgis_schema.keyword_string(params))
    return metadata.createConnection(uri.uri(False), {})


def execute(conn, sql):
    """Rows of ``sql``; a database error becomes a QgsProcessingException that says it."""
    try:
        return conn.executeSql(sql)
    except DATABASE_ERRORS as error:
        raise QgsProcessingException(
            tr("The database refused: {}").format(_database_message(error))) from None


def _database_message(error):
    text = str(error)
    if "[" in text and text.rstrip().endswith("]"):  # "SQL error: <sql> returned 0 [message]"
        text = text[text.index("[") + 1:text.rstrip().rindex("]")]
    return text.strip()


def check_database(conn, schema):
    """Raise a QgsProcessingException saying what to fix before the schema can be written;
    returns (whether the schema exists, the data model's tables already in it)."""
    if not schema or not schema.strip():
        raise QgsProcessingException(tr("Give the schema to create the layers in (SCHEMA)."))
    try:
        rows = conn.executeSql(
            "SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
    except DATABASE_ERRORS as error:
        raise QgsProcessingException(
            tr("Cannot connect to the database: {}").format(_database_message(error))) from None
    if not rows:
        raise QgsProcessingException(
            tr("The database has no PostGIS extension. Ask its administrator to run "
               "CREATE EXTENSION postgis; in it, or choose another database."))
    names = ", ".join(postgis_schema.quote_literal(d.name) for d in data_model.LAYERS)
    in_schema = postgis_schema.quote_literal(schema)
    existing = execute(conn, (
        "SELECT table_name FROM information_schema.tables "
        f"WHERE table_schema = {in_schema} AND table_name IN ({names}) ORDER BY 1"))
    return check_privileges(conn, schema), [row[0] for row in existing]


def check_privileges(conn, schema):
    """Refuse before writing anything when the user may not create the tables or store the
    styles (PostgreSQL 15 lets only the database owner create in ``public``, where QGIS keeps
    ``layer_styles``). Returns whether the schema exists."""
    name = postgis_schema.quote_literal(schema)
    [(exists, tables_ok, styles_ok)] = execute(conn, (
        f"SELECT to_regnamespace({name}) IS NOT NULL, CASE WHEN to_regnamespace({name}) IS NULL "
        "THEN has_database_privilege(current_database(), 'CREATE') "
        f"ELSE has_schema_privilege({name}, 'CREATE') END, "
        "CASE WHEN to_regclass('public.layer_styles') IS NULL "
        "THEN has_schema_privilege('public', 'CREATE') "
        "ELSE has_table_privilege('public.layer_styles', 'SELECT') "
        "AND has_table_privilege('public.layer_styles', 'INSERT') "
        "AND has_table_privilege('public.layer_styles', 'UPDATE') "
        "AND has_table_privilege('public.layer_styles', 'DELETE') END"))
    if not tables_ok:
        raise QgsProcessingException(
            tr("Your database user may not create tables in the schema {}. Ask the database "
               "administrator for the CREATE privilege, or choose another schema.")
            .format(schema))
    if not styles_ok:
        raise QgsProcessingException(
            tr("Your database user may not write QGIS's style table public.layer_styles. Ask "
               "the database administrator to create it or to grant you SELECT, INSERT, UPDATE "
               "and DELETE on it."))
    return bool(exists)


def layer_uri(conn, schema, layer_def, srid):
    uri = QgsDataSourceUri(conn.uri())
    uri.setDataSource(schema, layer_def.name, "geom", "", "fid")
    uri.setSrid(str(srid))
    uri.setWkbType(WKB_TYPES[layer_def.geometry])
    return uri.uri(False)


def open_layer(conn, schema, layer_def, srid):
    layer = QgsVectorLayer(layer_uri(conn, schema, layer_def, srid), layer_def.name, "postgres")
    if not layer.isValid():
        raise QgsProcessingException(
            tr("QGIS cannot open the table {}.{} it has just created.")
            .format(schema, layer_def.name))
    return layer


def postgis_srid(crs):
    """The SRID PostGIS knows ``crs`` by (an EPSG code)."""
    check_crs(crs)
    authority, _, code = crs.authid().partition(":")
    if authority != "EPSG" or not code.isdigit():
        raise QgsProcessingException(
            tr("PostGIS needs an EPSG CRS; {} is not one. Choose an EPSG projected CRS such as "
               "EPSG:2154.").format(crs.authid() or crs.description()))
    return int(code)


def create_postgis_database(database, schema, crs, overwrite=False, feedback=None):
    """Create the styled data model in ``schema`` of ``database``, or bring the project schema
    there up to date when it exists and ``overwrite`` is false. Returns (layer names,
    connection, (schema version before, now) or None when created)."""
    conn = connection(database)
    exists, existing = check_database(conn, schema)
    if existing and not overwrite:
        return [d.name for d in data_model.LAYERS], conn, migrate_postgis_schema(conn, schema)
    srid = postgis_srid(crs)
    try:
        statements = postgis_schema.create_schema(schema, srid, overwrite=overwrite,
                                                  label=model_text, new_schema=not exists)
    except ValueError as error:
        raise QgsProcessingException(str(error)) from None
    execute(conn, postgis_schema.script(statements))
    style_all_layers(lambda layer_def: open_layer(conn, schema, layer_def, srid), feedback)
    return [layer_def.name for layer_def in data_model.LAYERS], conn, None


# --- migration of an existing project schema ------------------------------------------------

def schema_state(conn, schema):
    """({table: column names}, {meta key: value}) of ``schema``."""
    columns = {}
    for table, column in execute(conn, (
            "SELECT table_name, column_name FROM information_schema.columns "
            f"WHERE table_schema = {postgis_schema.quote_literal(schema)}")):
        columns.setdefault(table, set()).add(column)
    meta = {}
    if migrations.META_TABLE in columns:
        meta = dict(execute(conn, 'SELECT "key", "value" FROM '
                                  f"{postgis_schema.qualified(schema, migrations.META_TABLE)}"))
    return columns, meta


def schema_srid(conn, schema):
    """The SRID of the project's layers in ``schema``."""
    rows = execute(conn, (
        "SELECT srid FROM geometry_columns WHERE f_table_schema = "
        f"{postgis_schema.quote_literal(schema)} AND f_table_name = "
        f"{postgis_schema.quote_literal(data_model.LAYERS[0].name)}"))
    return int(rows[0][0]) if rows else None


def migrate_postgis_schema(conn, schema):
    """Bring the project schema ``schema`` up to the current data model (one SQL script: one
    transaction), then its styles and forms. Returns (version before, version now)."""
    columns, meta = schema_state(conn, schema)
    label = tr("the schema {}").format(schema)
    version = project_version(label, columns, meta)
    style_version = int(meta.get(migrations.STYLE_VERSION_KEY) or version)
    srid = schema_srid(conn, schema)
    steps = migrations.plan(columns, version)
    if steps:
        execute(conn, postgis_schema.script(postgis_schema.migrate_schema(
            schema, srid, steps, style_version, label=model_text)))
    if style_version < data_model.SCHEMA_VERSION:
        upgrade_styles(style_version, lambda d: open_layer(conn, schema, d, srid),
                       lambda d, qml: _store_style(conn, schema, d, qml))
        execute(conn, postgis_schema.script(postgis_schema.write_meta(
            schema, {migrations.STYLE_VERSION_KEY: data_model.SCHEMA_VERSION}, model_text)))
    return version, data_model.SCHEMA_VERSION


def _store_style(conn, schema, layer_def, qml):
    quote = postgis_schema.quote_literal
    if execute(conn, "SELECT to_regclass('public.layer_styles') IS NOT NULL")[0][0]:
        execute(conn, (
            f"UPDATE public.layer_styles SET styleqml = {quote(qml)} "
            "WHERE f_table_catalog = current_database() "
            f"AND f_table_schema = {quote(schema)} AND f_table_name = {quote(layer_def.name)} "
            "AND useasdefault"))
