"""Bringing a project database written by an earlier version up to the current data model.

Pure Python: the version and the steps are worked out from the one description in
``data_model`` (every layer, field and unique key says the schema version that added it); the
GeoPackage and PostGIS writers apply the steps, all of them in one transaction.

A project database stores its schema version in the table ``itinerance_meta`` (key, value). A
database written before that table existed (schema version 1) is recognised by its layers and
fields. Migrations only add (layers, fields, unique keys): nothing the user wrote is changed.
A step leaves out what the database has already, so running it twice is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Dict, Iterable, List, Mapping, Optional, Tuple

from . import data_model

META_TABLE = "itinerance_meta"
SCHEMA_VERSION_KEY = "schema_version"
# styles and forms are brought up to date after the schema (QGIS writes them, outside the
# schema's transaction): the version they are at, so that a failure there is retried
STYLE_VERSION_KEY = "style_version"

Columns = Mapping[str, Collection[str]]  # {table: its column names}


class NotAProjectDatabaseError(ValueError):
    """The database lacks layers or fields every project database has."""

    def __init__(self, missing: Iterable[str]) -> None:
        self.missing = list(missing)
        super().__init__("not a project database; missing: " + ", ".join(self.missing))


class NewerDatabaseError(ValueError):
    """The database was written by a newer Itinérance than this one."""

    def __init__(self, version: int) -> None:
        self.version = version
        super().__init__(f"schema version {version} is newer than {data_model.SCHEMA_VERSION}")


@dataclass(frozen=True)
class Step:
    """What schema ``version`` adds to the one before: new layers (as they were at that
    version), new fields of older layers as (layer, field), new unique keys as (layer, key)."""

    version: int
    layers: Tuple[data_model.Layer, ...]
    fields: Tuple[Tuple[data_model.Layer, data_model.Field], ...]
    keys: Tuple[Tuple[data_model.Layer, Tuple[str, ...]], ...]

    @property
    def empty(self) -> bool:
        return not (self.layers or self.fields or self.keys)

    def fields_by_layer(self) -> Dict[str, Tuple[data_model.Layer, List[data_model.Field]]]:
        """{layer name: (layer, [fields])} of the fields this step adds."""
        grouped: Dict[str, Tuple[data_model.Layer, List[data_model.Field]]] = {}
        for layer_def, field in self.fields:
            grouped.setdefault(layer_def.name, (layer_def, []))[1].append(field)
        return grouped


def parse_version(value: object) -> int:
    """A stored version (text or number) as an int; ValueError for anything else."""
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        raise ValueError(f"the stored schema version {value!r} is not a number") from None


def detect_version(columns: Columns, stored: Optional[object] = None) -> int:
    """The schema version of a database whose tables have ``columns`` ({table: column names}),
    given the version stored in its ``itinerance_meta`` table (None when it has none).

    Raises NewerDatabaseError for a version this code does not know, NotAProjectDatabaseError naming
    what is missing when the database has no version and is not a version-1 project.
    """
    if stored is not None:
        version = parse_version(stored)
        if version > data_model.SCHEMA_VERSION:
            raise NewerDatabaseError(version)
        if version < 1:
            raise ValueError(f"the stored schema version {version} is not valid")
        return version
    missing: List[str] = []
    for layer_def in data_model.layers_at(1):
        have = columns.get(layer_def.name)
        if have is None:
            missing.append(layer_def.name)
        else:
            missing += [f"{layer_def.name}.{name}" for name in layer_def.field_names
                        if name not in have]
    if missing:
        raise NotAProjectDatabaseError(missing)
    return 1


def additions(version: int) -> Step:
    """Everything schema ``version`` added (a Step), whatever a database holds."""
    layers: List[data_model.Layer] = []
    fields: List[Tuple[data_model.Layer, data_model.Field]] = []
    keys: List[Tuple[data_model.Layer, Tuple[str, ...]]] = []
    for layer_def in data_model.layers_at(version):
        if layer_def.since == version:
            layers.append(layer_def)
            continue
        fields += [(layer_def, f) for f in layer_def.fields if f.since == version]
        keys += [(layer_def, key) for key in layer_def.unique
                 if data_model.key_version(layer_def, key) == version]
    return Step(version, tuple(layers), tuple(fields), tuple(keys))


def plan(columns: Columns, from_version: int, to_version: Optional[int] = None) -> List[Step]:
    """The steps from ``from_version`` to ``to_version`` (default: the current one), leaving
    out layers and fields the database has already (``columns``: {table: column names})."""
    last = data_model.SCHEMA_VERSION if to_version is None else to_version
    steps: List[Step] = []
    for version in range(from_version + 1, last + 1):
        step = additions(version)
        steps.append(Step(
            version,
            tuple(d for d in step.layers if d.name not in columns),
            tuple((d, f) for d, f in step.fields if f.name not in columns.get(d.name, ())),
            step.keys))  # created with IF NOT EXISTS
    return steps
