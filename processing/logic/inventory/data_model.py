"""The project data model: the inventory layers every territory starts from.

Pure data, no QGIS import: the GeoPackage writer, the PostGIS writer, the styles, the sample
territory and the tests all read this one description.

Labels are English and marked with ``QT_TRANSLATE_NOOP`` so that ``pylupdate5`` extracts them;
the QGIS glue translates them (context ``DataModel``) when it writes aliases and value maps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Mark ``text`` for extraction by pylupdate5 without importing Qt."""
    return text


TR_CONTEXT = "DataModel"
# the title of the table that holds the schema version (logic/migrations.py)
META_TITLE = QT_TRANSLATE_NOOP("DataModel", "Itinérance: version of the data model")

# Field types, mapped to OGR / PostgreSQL types by the writers.
STRING, INTEGER, REAL, BOOLEAN, DATE = "string", "integer", "real", "boolean", "date"
TRUE_WORDS = {"1", "true", "t", "yes", "y", "oui", "o", "vrai", "x"}


def is_true(value: Any) -> bool:
    """A boolean field's value as GeoPackage (0/1), PostgreSQL (bool) or a text field (true,
    1, oui…) stores it; NULL (None or QGIS's NULL) and any other word are false."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return False
    if isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS
    return bool(value)


@dataclass(frozen=True)
class Value:
    code: str
    label: str
    colour: str  # "#rrggbb", used by the default style


@dataclass(frozen=True)
class ValueList:
    name: str  # also the name of the GeoPackage field domain
    values: Tuple[Value, ...]

    @property
    def codes(self) -> Tuple[str, ...]:
        return tuple(v.code for v in self.values)


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    alias: str
    length: int = 0
    not_null: bool = False
    default: Optional[object] = None
    values: Optional[ValueList] = None
    since: int = 1  # the schema version that added the field (see SCHEMA_VERSION)


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: str  # "Point", "LineString" or "Polygon"
    title: str
    fields: Tuple[Field, ...]
    style_field: Optional[str] = None  # field the default style is categorised on
    colour: str = "#555555"  # single-symbol colour when there is no style field
    since: int = 1  # the schema version that added the layer
    unique: Tuple[Tuple[str, ...], ...] = ()  # sets of fields no two features share

    def key_name(self, key: Sequence[str]) -> str:
        """The name of the unique index on the fields ``key``."""
        return f"{self.name}_{'_'.join(key)}_key"

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def field_names(self) -> Tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _values(name: str, *items: Tuple[str, str, str]) -> ValueList:
    return ValueList(name, tuple(Value(*item) for item in items))


AIRE_KINDS = _values(
    "aire_kind",
    ("aire_amenagee", QT_TRANSLATE_NOOP("DataModel", "Equipped rest area"), "#1f78b4"),
    ("aire_ludique", QT_TRANSLATE_NOOP("DataModel", "Play area"), "#33a02c"),
    ("aire_bivouac", QT_TRANSLATE_NOOP("DataModel", "Bivouac area"), "#b15928"),
    ("aire_camping_car", QT_TRANSLATE_NOOP("DataModel", "Motorhome area"), "#6a3d9a"),
)
STATUSES = _values(
    "status",
    ("existing", QT_TRANSLATE_NOOP("DataModel", "Existing"), "#1a9641"),
    ("planned", QT_TRANSLATE_NOOP("DataModel", "Planned"), "#fdae61"),
)
CATEGORIES = _values(
    "etablissement_category",
    ("hebergement", QT_TRANSLATE_NOOP("DataModel", "Accommodation"), "#e31a1c"),
    ("restauration", QT_TRANSLATE_NOOP("DataModel", "Food and drink"), "#ff7f00"),
    ("loueur", QT_TRANSLATE_NOOP("DataModel", "Bike rental"), "#1f78b4"),
    ("reparateur", QT_TRANSLATE_NOOP("DataModel", "Bike repair"), "#6a3d9a"),
    ("site_visite", QT_TRANSLATE_NOOP("DataModel", "Place to visit"), "#33a02c"),
    ("office_tourisme", QT_TRANSLATE_NOOP("DataModel", "Tourist office"), "#b15928"),
)
SURFACES = _values(
    "surface",
    ("enrobe", QT_TRANSLATE_NOOP("DataModel", "Asphalt"), "#4d4d4d"),
    ("beton", QT_TRANSLATE_NOOP("DataModel", "Concrete"), "#878787"),
    ("stabilise", QT_TRANSLATE_NOOP("DataModel", "Stabilised gravel"), "#bf812d"),
    ("pave", QT_TRANSLATE_NOOP("DataModel", "Cobbles"), "#8c510a"),
    ("terre", QT_TRANSLATE_NOOP("DataModel", "Earth"), "#dfc27d"),
)
ITINERARY_KINDS = _values(
    "itineraire_kind",
    ("eurovelo", QT_TRANSLATE_NOOP("DataModel", "EuroVelo route"), "#003399"),
    ("veloroute", QT_TRANSLATE_NOOP("DataModel", "Véloroute"), "#e7298a"),
    ("voie_verte", QT_TRANSLATE_NOOP("DataModel", "Greenway"), "#1b9e77"),
    ("boucle", QT_TRANSLATE_NOOP("DataModel", "Loop"), "#d95f02"),
)
TRAME_KINDS = _values(
    "trame_kind",
    ("cavalier", QT_TRANSLATE_NOOP("DataModel", "Cavalier (former mining railway)"), "#8c510a"),
    ("voie_verte", QT_TRANSLATE_NOOP("DataModel", "Greenway"), "#1b9e77"),
    ("chemin", QT_TRANSLATE_NOOP("DataModel", "Path"), "#a6761d"),
    ("veloroute", QT_TRANSLATE_NOOP("DataModel", "Véloroute"), "#e7298a"),
)
POLE_KINDS = _values(
    "pole_kind",
    ("pole_loisirs", QT_TRANSLATE_NOOP("DataModel", "Leisure hub"), "#66c2a5"),
    ("terril", QT_TRANSLATE_NOOP("DataModel", "Terril (spoil tip)"), "#4d4d4d"),
    ("parc", QT_TRANSLATE_NOOP("DataModel", "Park"), "#a6d854"),
    ("site_minier", QT_TRANSLATE_NOOP("DataModel", "Mining heritage site"), "#e5c494"),
)
DIRECTIONS = _values(
    "direction",
    ("as_digitised", QT_TRANSLATE_NOOP("DataModel", "As digitised"), "#d7191c"),
    ("reverse", QT_TRANSLATE_NOOP("DataModel", "Reverse"), "#2c7bb6"),
    ("both", QT_TRANSLATE_NOOP("DataModel", "Both ways"), "#7b3294"),
)
# the modes of itinerance, as OpenStreetMap's node networks and routes know them (rcn/rwn/rhn/
# rpn/rmn/rin and route=bicycle|hiking|foot|horse|canoe|boat|inline_skates)
MODES = _values(
    "mode",
    ("velo", QT_TRANSLATE_NOOP("DataModel", "Cycling"), "#e41a1c"),
    ("marche", QT_TRANSLATE_NOOP("DataModel", "Walking"), "#4daf4a"),
    ("cheval", QT_TRANSLATE_NOOP("DataModel", "Horse riding"), "#a65628"),
    ("canoe", QT_TRANSLATE_NOOP("DataModel", "Canoe"), "#377eb8"),
    ("bateau", QT_TRANSLATE_NOOP("DataModel", "Boat"), "#084594"),
    ("roller", QT_TRANSLATE_NOOP("DataModel", "Roller skating"), "#984ea3"),
)
STATION_KINDS = _values(
    "gare_kind",
    ("gare", QT_TRANSLATE_NOOP("DataModel", "Station"), "#252525"),
    ("halte", QT_TRANSLATE_NOOP("DataModel", "Halt"), "#737373"),
)
PERIMETER_KINDS = _values(
    "perimetre_kind",
    ("epci", QT_TRANSLATE_NOOP("DataModel", "Intercommunality (EPCI)"), "#6a3d9a"),
    ("commune", QT_TRANSLATE_NOOP("DataModel", "Commune"), "#999999"),
)

VALUE_LISTS = (AIRE_KINDS, STATUSES, CATEGORIES, SURFACES, ITINERARY_KINDS, TRAME_KINDS,
               POLE_KINDS, DIRECTIONS, MODES, STATION_KINDS, PERIMETER_KINDS)


def _name() -> Field:
    return Field("name", STRING, QT_TRANSLATE_NOOP("DataModel", "Name"), 120, not_null=True)


def _commune() -> Field:
    return Field("commune", STRING, QT_TRANSLATE_NOOP("DataModel", "Commune"), 80)


def _source_fields() -> Tuple[Field, Field]:
    """Where an imported feature comes from: the source (``osm``, ``datatourisme``…) and its
    identifier there, so that a re-import updates the feature instead of adding it again.
    Both are NULL for features drawn by hand."""
    return (Field("source", STRING, QT_TRANSLATE_NOOP("DataModel", "Source"), 32, since=2),
            Field("source_id", STRING, QT_TRANSLATE_NOOP("DataModel", "Identifier in the source"),
                  64, since=2))


SOURCE_KEY = ("source", "source_id")


def _mode() -> Field:
    """The mode of a node, section, itinerary or circuit (schema 4); cycling for what an earlier
    version wrote, which knew cycling only."""
    return Field("mode", STRING, QT_TRANSLATE_NOOP("DataModel", "Mode"), 32, not_null=True,
                 default=MODES.codes[0], values=MODES, since=4)


def _amenity(name: str, alias: str) -> Field:
    return Field(name, BOOLEAN, alias)


def _coded(name: str, alias: str, values: ValueList, default: Optional[str] = None,
           not_null: bool = True) -> Field:
    return Field(name, STRING, alias, 32, not_null=not_null,
                 default=default if default is not None else values.codes[0], values=values)


LAYERS = (
    Layer("aires", "Point", QT_TRANSLATE_NOOP("DataModel", "Cyclist rest areas"), (
        _name(),
        _coded("kind", QT_TRANSLATE_NOOP("DataModel", "Kind of area"), AIRE_KINDS),
        _amenity("pump", QT_TRANSLATE_NOOP("DataModel", "Pump")),
        _amenity("repair_kit", QT_TRANSLATE_NOOP("DataModel", "Repair kit")),
        _amenity("water", QT_TRANSLATE_NOOP("DataModel", "Drinking water")),
        _amenity("shelter", QT_TRANSLATE_NOOP("DataModel", "Shelter")),
        _amenity("ebike_charging", QT_TRANSLATE_NOOP("DataModel", "E-bike charging")),
        _amenity("picnic", QT_TRANSLATE_NOOP("DataModel", "Picnic table")),
        _amenity("map_panel", QT_TRANSLATE_NOOP("DataModel", "Map panel")),
        _coded("status", QT_TRANSLATE_NOOP("DataModel", "Status"), STATUSES),
        _commune(),
        *_source_fields(),
    ), style_field="kind", unique=(SOURCE_KEY,)),
    Layer("etablissements", "Point",
          QT_TRANSLATE_NOOP("DataModel", "Establishments (Accueil Vélo)"), (
              _name(),
              _coded("category", QT_TRANSLATE_NOOP("DataModel", "Category"), CATEGORIES),
              Field("accueil_velo", BOOLEAN, QT_TRANSLATE_NOOP("DataModel", "Accueil Vélo label"),
                    not_null=True, default=False),
              Field("label_date", DATE, QT_TRANSLATE_NOOP("DataModel", "Label date")),
              _commune(),
              Field("website", STRING, QT_TRANSLATE_NOOP("DataModel", "Website"), 254),
              *_source_fields(),
          ), style_field="category", unique=(SOURCE_KEY,)),
    Layer("noeuds", "Point", QT_TRANSLATE_NOOP("DataModel", "Network nodes (points-nœuds)"), (
        Field("number", INTEGER, QT_TRANSLATE_NOOP("DataModel", "Node number"), not_null=True),
        Field("network", STRING, QT_TRANSLATE_NOOP("DataModel", "Network"), 80, not_null=True),
        _commune(),
        *_source_fields(),
        _mode(),
    ), style_field="mode", unique=(SOURCE_KEY,)),
    Layer("troncons", "LineString", QT_TRANSLATE_NOOP("DataModel", "Network sections"), (
        Field("network", STRING, QT_TRANSLATE_NOOP("DataModel", "Network"), 80, not_null=True),
        _coded("surface", QT_TRANSLATE_NOOP("DataModel", "Surface"), SURFACES, not_null=False),
        _coded("status", QT_TRANSLATE_NOOP("DataModel", "Status"), STATUSES),
        *_source_fields(),
        _mode(),
    ), style_field="mode", unique=(SOURCE_KEY,)),
    Layer("itineraires", "LineString", QT_TRANSLATE_NOOP("DataModel", "Itineraries"), (
        _name(),
        _coded("kind", QT_TRANSLATE_NOOP("DataModel", "Kind of itinerary"), ITINERARY_KINDS),
        *_source_fields(),
        _mode(),
    ), style_field="kind", unique=(SOURCE_KEY,)),
    Layer("trame", "LineString", QT_TRANSLATE_NOOP("DataModel", "Green network (trame verte)"), (
        _name(),
        _coded("kind", QT_TRANSLATE_NOOP("DataModel", "Kind of link"), TRAME_KINDS),
        *_source_fields(),
    ), style_field="kind", unique=(SOURCE_KEY,)),
    Layer("poles", "Polygon", QT_TRANSLATE_NOOP("DataModel", "Hubs (pôles)"), (
        _name(),
        _coded("kind", QT_TRANSLATE_NOOP("DataModel", "Kind of hub"), POLE_KINDS),
        *_source_fields(),
    ), style_field="kind", unique=(SOURCE_KEY,)),
    Layer("ascensions", "LineString", QT_TRANSLATE_NOOP("DataModel", "Climbs"), (
        _name(),
        _coded("direction", QT_TRANSLATE_NOOP("DataModel", "Direction"), DIRECTIONS),
        *_source_fields(),
    ), colour="#d7191c", unique=(SOURCE_KEY,)),
    Layer("perimetres", "Polygon", QT_TRANSLATE_NOOP("DataModel", "Perimeters"), (
        _name(),
        _coded("kind", QT_TRANSLATE_NOOP("DataModel", "Kind of perimeter"), PERIMETER_KINDS),
        Field("code", STRING, QT_TRANSLATE_NOOP("DataModel", "Official code (INSEE, SIREN)"), 16),
        *_source_fields(),
    ), style_field="kind", unique=(SOURCE_KEY,)),
    # circuits of the points-nœuds network, as itinerance:buildcircuit and the dock's Circuit
    # panel build them from their node numbers
    Layer("circuits", "LineString", QT_TRANSLATE_NOOP("DataModel", "Circuits"), (
        _name(),
        Field("sequence", STRING,
              QT_TRANSLATE_NOOP("DataModel", "Node numbers in riding order"), 254,
              not_null=True),
        Field("network", STRING, QT_TRANSLATE_NOOP("DataModel", "Network"), 80),
        Field("length_km", REAL, QT_TRANSLATE_NOOP("DataModel", "Length (km)")),
        Field("gain_m", REAL, QT_TRANSLATE_NOOP("DataModel", "Elevation gain (m)")),
        *_source_fields(),
        _mode(),
    ), colour="#e66101", since=3, unique=(SOURCE_KEY,)),
    # the links of a node network, one per node-to-node route relation of OpenStreetMap
    # ("17-19"), with the route's integrity as the network's monitor (knooppuntnet) reports it
    Layer("liaisons", "LineString", QT_TRANSLATE_NOOP("DataModel", "Node network links"), (
        Field("ref", STRING, QT_TRANSLATE_NOOP("DataModel", "Link reference"), 32),
        Field("from_number", INTEGER, QT_TRANSLATE_NOOP("DataModel", "From node number")),
        Field("to_number", INTEGER, QT_TRANSLATE_NOOP("DataModel", "To node number")),
        _mode(),
        Field("network", STRING, QT_TRANSLATE_NOOP("DataModel", "Network"), 80),
        Field("length_m", REAL, QT_TRANSLATE_NOOP("DataModel", "Length (m)")),
        Field("state", STRING, QT_TRANSLATE_NOOP("DataModel", "State (e.g. proposed)"), 32),
        Field("facts", STRING, QT_TRANSLATE_NOOP("DataModel", "Integrity facts"), 254),
        Field("redundant_numbers", STRING,
              QT_TRANSLATE_NOOP("DataModel", "Redundant node numbers"), 254),
        Field("unused_segment_count", INTEGER,
              QT_TRANSLATE_NOOP("DataModel", "Unused segments")),
        *_source_fields(),
    ), style_field="mode", since=4, unique=(SOURCE_KEY,)),
    # railway stations and halts with passenger service: where an itinerance product starts
    Layer("gares", "Point", QT_TRANSLATE_NOOP("DataModel", "Railway stations"), (
        _name(),
        Field("uic", STRING, QT_TRANSLATE_NOOP("DataModel", "UIC code"), 16),
        _coded("kind", QT_TRANSLATE_NOOP("DataModel", "Kind of station"), STATION_KINDS),
        _commune(),
        *_source_fields(),
    ), style_field="kind", since=4, unique=(SOURCE_KEY,)),
)

# The version of the data model: each layer, field and unique key says the version that added
# it, so a database of any earlier version is brought up to date from this one description
# (logic/migrations.py). Adding a layer or a field is one entry above with ``since`` set to
# SCHEMA_VERSION + 1.
SCHEMA_VERSION = max([layer.since for layer in LAYERS]
                     + [f.since for layer in LAYERS for f in layer.fields])


def key_version(layer_def: Layer, key: Sequence[str]) -> int:
    """The schema version that added the unique key ``key`` (when its last field came)."""
    return max(layer_def.field(name).since for name in key)


def layers_at(version: int) -> Tuple[Layer, ...]:
    """The data model as it was at schema ``version``: its layers, fields and unique keys."""
    layers: List[Layer] = []
    for layer_def in LAYERS:
        if layer_def.since > version:
            continue
        layers.append(replace(
            layer_def, fields=tuple(f for f in layer_def.fields if f.since <= version),
            unique=tuple(k for k in layer_def.unique if key_version(layer_def, k) <= version)))
    return tuple(layers)


LAYERS_BY_NAME = {layer.name: layer for layer in LAYERS}


def layer(name: str) -> Layer:
    """The layer description called ``name`` (KeyError names the known layers)."""
    try:
        return LAYERS_BY_NAME[name]
    except KeyError:
        known = ", ".join(LAYERS_BY_NAME)
        raise KeyError(f"unknown layer {name!r}; the data model has {known}") from None


@cache
def _text_lengths(layer_def: Layer) -> Dict[str, int]:
    return {f.name: f.length for f in layer_def.fields if f.type == STRING and f.length}


def fit_lengths(layer_def: Layer, values: Mapping[str, Any]) -> Mapping[str, Any]:
    """``values`` ({field: value}) with every text longer than its field cut to fit, ending
    in "…" (a PostgreSQL varchar refuses a longer text, a GeoPackage only warns); the same
    dict when nothing is too long."""
    fitted: Optional[Dict[str, Any]] = None  # a copy, made at the first text too long
    for name, length in _text_lengths(layer_def).items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > length:
            fitted = dict(values) if fitted is None else fitted
            fitted[name] = value[:length - 1] + "…"
    return values if fitted is None else fitted


def validate_record(layer_def: Layer, attributes: Mapping[str, Any]) -> List[str]:
    """Problems of one record against the model: unknown fields, missing names, bad codes.

    Returns a list of English messages (empty when the record is valid). Used by the sample
    generator's tests and later by the inventory checks.
    """
    problems: List[str] = []
    known = set(layer_def.field_names)
    for key in attributes:
        if key not in known:
            problems.append(f"unknown field {key!r}")
    for f in layer_def.fields:
        value = attributes.get(f.name, f.default)
        if value is None:
            if f.not_null:
                problems.append(f"{f.name} is required")
            continue
        if f.values is not None and value not in f.values.codes:
            problems.append(f"{f.name}={value!r} is not one of {', '.join(f.values.codes)}")
    return problems
