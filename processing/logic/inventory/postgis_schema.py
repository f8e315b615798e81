"""The data model as PostgreSQL/PostGIS DDL, and PostgreSQL connection strings.

Pure Python (no QGIS, no database driver): the statements are built from ``data_model`` (the one
description the GeoPackage writer reads too) and executed by the QGIS glue.

PostgreSQL has no GDAL field domains: each value list becomes a CHECK constraint on its column
(NULL passes a CHECK, so optional coded fields stay optional); NOT NULL and defaults are the
same as in the GeoPackage.
"""

from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence
from urllib.parse import parse_qsl, unquote, urlsplit

from . import data_model, migrations
from .data_model import Field, Layer

Label = Callable[[str], str]  # a title or an alias as the database stores it (a translator)

DOLLAR_TAG = "$itinerance$"  # quotes the body of DO blocks

PG_TYPES = {
    data_model.INTEGER: "integer",
    data_model.REAL: "double precision",
    data_model.BOOLEAN: "boolean",
    data_model.DATE: "date",
}


def quote_identifier(name: str) -> str:
    """``name`` as a PostgreSQL identifier, always quoted (case and any character kept)."""
    if not name or "\x00" in name:
        raise ValueError("an identifier cannot be empty or hold a NUL character")
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: object) -> str:
    """A Python value as an SQL literal (text, bool, number)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def qualified(schema: str, table: str) -> str:
    return f"{quote_identifier(schema)}.{quote_identifier(table)}"


def column_type(field: Field) -> str:
    if field.type == data_model.STRING:
        return f"varchar({field.length})" if field.length else "text"
    return PG_TYPES[field.type]


def column_definition(field: Field) -> str:
    """``"name" type [NOT NULL] [DEFAULT value]``."""
    parts = [quote_identifier(field.name), column_type(field)]
    if field.not_null:
        parts.append("NOT NULL")
    if field.default is not None:
        parts.append(f"DEFAULT {quote_literal(field.default)}")
    return " ".join(parts)


def check_constraint(layer_def: Layer, field: Field) -> str:
    """The CHECK constraint holding ``field`` to its value list."""
    if field.values is None:
        raise ValueError(f"{layer_def.name}.{field.name} has no value list to check")
    codes = ", ".join(quote_literal(code) for code in field.values.codes)
    name = quote_identifier(f"{layer_def.name}_{field.name}_check")
    return f"CONSTRAINT {name} CHECK ({quote_identifier(field.name)} IN ({codes}))"


def create_table(schema: str, layer_def: Layer, srid: int, label: Label = str) -> List[str]:
    """Statements creating one layer's table, its spatial index and its comments (titles and
    aliases through ``label``, e.g. a translator)."""
    table = qualified(schema, layer_def.name)
    items = ['"fid" serial PRIMARY KEY',
             f'"geom" geometry({layer_def.geometry}, {int(srid)})']
    items += [column_definition(field) for field in layer_def.fields]
    items += [check_constraint(layer_def, field) for field in layer_def.fields
              if field.values is not None]
    body = ",\n  ".join(items)
    statements = [
        f"CREATE TABLE {table} (\n  {body}\n)",
        f"CREATE INDEX {quote_identifier(layer_def.name + '_geom_idx')} ON {table} "
        'USING gist ("geom")',
        f"COMMENT ON TABLE {table} IS {quote_literal(label(layer_def.title))}",
    ]
    statements += [column_comment(table, field, label) for field in layer_def.fields]
    statements += unique_keys(schema, layer_def, layer_def.unique)
    return statements


def column_comment(table: str, field: Field, label: Label = str) -> str:
    return (f"COMMENT ON COLUMN {table}.{quote_identifier(field.name)} IS "
            f"{quote_literal(label(field.alias))}")


def unique_keys(schema: str, layer_def: Layer, keys: Iterable[Sequence[str]]) -> List[str]:
    """Unique indexes on the fields of each key (IF NOT EXISTS: a re-run adds nothing)."""
    table = qualified(schema, layer_def.name)
    return [f"CREATE UNIQUE INDEX IF NOT EXISTS {quote_identifier(layer_def.key_name(key))} "
            f"ON {table} ({', '.join(quote_identifier(name) for name in key)})"
            for key in keys]


def add_column(schema: str, layer_def: Layer, field: Field, label: Label = str) -> List[str]:
    """Statements adding ``field`` to an existing table, with its value list and comment."""
    table = qualified(schema, layer_def.name)
    statements = [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column_definition(field)}"]
    if field.values is not None:
        statements.append(f"ALTER TABLE {table} ADD {check_constraint(layer_def, field)}")
    statements.append(column_comment(table, field, label))
    return statements


def write_meta(schema: str, values: Mapping[str, object], label: Label = str) -> List[str]:
    """Statements storing ``values`` ({key: value}) in the schema's itinerance_meta table,
    creating it."""
    table = qualified(schema, migrations.META_TABLE)
    statements = [
        f"CREATE TABLE IF NOT EXISTS {table} (\n  \"key\" varchar(64) PRIMARY KEY,\n"
        '  "value" text NOT NULL\n)',
        f"COMMENT ON TABLE {table} IS {quote_literal(label(data_model.META_TITLE))}"]
    statements += [f'INSERT INTO {table} ("key", "value") VALUES ({quote_literal(key)}, '
                   f"{quote_literal(str(value))}) "
                   'ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value"'
                   for key, value in values.items()]
    return statements


def migrate_schema(schema: str, srid: int, steps: Iterable[migrations.Step], style_version: int,
                   label: Label = str) -> List[str]:
    """Every statement of the migration ``steps`` (logic/migrations.py), then the new schema
    version; ``style_version``: the version the styles are at (brought up to date after)."""
    steps = list(steps)
    statements: List[str] = []
    for step in steps:
        for layer_def in step.layers:
            statements += create_table(schema, layer_def, srid, label)
        for layer_def, field in step.fields:
            statements += add_column(schema, layer_def, field, label)
        for layer_def, key in step.keys:
            statements += unique_keys(schema, layer_def, [key])
    statements += write_meta(schema, {migrations.SCHEMA_VERSION_KEY: data_model.SCHEMA_VERSION,
                                      migrations.STYLE_VERSION_KEY: style_version}, label)
    new_layers = [layer_def for step in steps for layer_def in step.layers]
    if new_layers:
        statements.append(delete_styles(schema, new_layers))
    return statements


def delete_styles(schema: str, layers: Iterable[Layer] = data_model.LAYERS) -> str:
    """Remove the model's default styles (named after their tables) left in QGIS's
    ``public.layer_styles`` for these tables: QGIS asks in a dialog before replacing a style of
    the same name, which would block a run without a user."""
    tables = ", ".join(quote_literal(layer_def.name) for layer_def in layers)
    schema_literal = quote_literal(schema)
    if DOLLAR_TAG in schema_literal:
        raise ValueError(f"a schema name cannot contain {DOLLAR_TAG}")
    return (f"DO {DOLLAR_TAG} BEGIN IF to_regclass('public.layer_styles') IS NOT NULL THEN "
            "DELETE FROM public.layer_styles WHERE f_table_catalog = current_database() "
            f"AND f_table_schema = {schema_literal} AND f_table_name IN ({tables}) "
            f"AND stylename = f_table_name; END IF; END {DOLLAR_TAG}")


def create_schema(schema: str, srid: int, layers: Sequence[Layer] = data_model.LAYERS,
                  overwrite: bool = False, label: Label = str, new_schema: bool = True,
                  version: Optional[int] = data_model.SCHEMA_VERSION) -> List[str]:
    """Every statement creating the data model in ``schema``, in order. With ``overwrite``,
    the model's own tables are dropped first (nothing else in the schema is touched).
    ``new_schema``: the schema does not exist yet (creating one needs a privilege on the
    database that a user of an existing schema may lack, even with IF NOT EXISTS)."""
    statements = [f"CREATE SCHEMA {quote_identifier(schema)}"] if new_schema else []
    if overwrite:
        statements += [f"DROP TABLE IF EXISTS {qualified(schema, layer_def.name)}"
                       for layer_def in layers]
    for layer_def in layers:
        statements += create_table(schema, layer_def, srid, label)
    if version is not None:  # None: none recorded, as the schemas of version 1
        statements += write_meta(schema, {migrations.SCHEMA_VERSION_KEY: version,
                                          migrations.STYLE_VERSION_KEY: version}, label)
    statements.append(delete_styles(schema, layers))
    return statements


def script(statements: Iterable[str]) -> str:
    """One SQL script from statements: sent as one query, PostgreSQL runs it as one
    transaction (all or nothing)."""
    return ";\n".join(statements) + ";"


# --- connection strings -----------------------------------------------------------------------

def is_connection_string(text: str) -> bool:
    """True for a libpq URI (postgresql://...) or key=value string (service=..., host=...);
    anything else is taken for the name of a connection saved in QGIS."""
    text = text.strip()
    return text.startswith(("postgresql://", "postgres://")) or "=" in text


def parse_connection_string(text: str) -> Dict[str, str]:
    """libpq connection parameters (dict) from a postgresql:// URI or a key=value string.

    Raises ValueError with a readable message for what cannot be parsed."""
    text = text.strip()
    if text.startswith(("postgresql://", "postgres://")):
        return _parse_url(text)
    return _parse_keywords(text)


def _parse_url(text: str) -> Dict[str, str]:
    parts = urlsplit(text)
    params: Dict[str, str] = {}
    if parts.hostname:
        params["host"] = parts.hostname
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"the port in {text!r} is not a number") from None
    if port:
        params["port"] = str(port)
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    if parts.path.strip("/"):
        params["dbname"] = unquote(parts.path.lstrip("/"))
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        params[key] = value
    return params


def _parse_keywords(text: str) -> Dict[str, str]:
    """key=value pairs separated by spaces; values may be single-quoted with \\' and \\\\."""
    params: Dict[str, str] = {}
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        equal = text.find("=", i)
        if equal < 0:
            raise ValueError(f"expected key=value in {text[i:]!r}")
        key = text[i:equal].strip()
        if not key or any(c.isspace() for c in key):
            raise ValueError(f"bad key {key!r} in the connection string")
        i = equal + 1
        while i < n and text[i].isspace():
            i += 1
        value: List[str] = []
        if i < n and text[i] == "'":
            i += 1
            while i < n and text[i] != "'":
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                value.append(text[i])
                i += 1
            if i >= n:
                raise ValueError("unterminated quoted value in the connection string")
            i += 1
        else:
            while i < n and not text[i].isspace():
                value.append(text[i])
                i += 1
        params[key] = "".join(value)
    return params


def keyword_string(params: Mapping[str, object]) -> str:
    """A key=value connection string, every value single-quoted (what QgsDataSourceUri reads)."""
    def quoted(value: object) -> str:
        return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"
    return " ".join(f"{key}={quoted(value)}" for key, value in params.items())
