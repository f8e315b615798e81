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

from .logic import data_model, postgis_schema
from .project_db import check_crs, model_text, style_all_layers
from .translate import tr

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


def check_database(conn, schema, overwrite):
    """Raise a QgsProcessingException saying what to fix before the schema can be written;
    returns whether the schema exists already."""
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
    if existing and not overwrite:
        raise QgsProcessingException(
            tr("The schema {} already has the tables {} and was left untouched. Choose another "
               "schema, or set OVERWRITE to true to replace these tables (nothing else in the "
               "schema is touched).").format(schema, ", ".join(row[0] for row in existing)))
    return check_privileges(conn, schema)


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
    """Create the styled data model in ``schema`` of ``database``; returns
    (layer names, connection) for loading the layers."""
    srid = postgis_srid(crs)
    conn = connection(database)
    exists = check_database(conn, schema, overwrite)
    try:
        statements = postgis_schema.create_schema(schema, srid, overwrite=overwrite,
                                                  label=model_text, new_schema=not exists)
    except ValueError as error:
        raise QgsProcessingException(str(error)) from None
    execute(conn, postgis_schema.script(statements))
    style_all_layers(lambda layer_def: open_layer(conn, schema, layer_def, srid), feedback)
    return [layer_def.name for layer_def in data_model.LAYERS], conn
