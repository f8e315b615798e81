"""The Accueil Vélo list (a DATAtourisme export, or any table of places) as establishments of
the data model: reading the CSV, the columns, the categories, and which rows are the same place.

Pure Python (csv, shapely, numpy; no QGIS): the QGIS glue reads layers, reprojects, and writes
the database in one transaction.

Categories
    DATAtourisme describes a place by its ``Type`` (Lieu, Produit…) and two ``Sous-type``
    columns holding comma-separated lists ("Restauration,Hébergement" / "Restaurant,Hôtellerie").
    Each word found maps to a category of the data model (``CATEGORY_WORDS``, documented in
    docs/algorithms/importaccueilvelo.md); when a place has words of several categories, the
    first of ``PRIORITY`` wins: a hotel-restaurant is an hébergement, a tourist office with a
    shop an office de tourisme, a rental shop that also repairs a réparateur (the rarer
    service). Shops and transport without any other word (``FALLBACK_WORDS``) are bike shops in
    this list: loueur. Words that say nothing of the category (``NEUTRAL_WORDS``: Lieu,
    Produit, Prestataire de service…) are ignored; a row with no known category word is
    skipped and named. A table of another origin may give the category codes themselves
    (hebergement…) or their French or English names.

Same place
    Two rows are one establishment when they share an identifier, or when they have the same
    name (case, accents and spaces aside) within ``MERGE_DISTANCE`` metres. The shared
    Hauts-de-France list holds ten such places (475 rows, 464 establishments): "QG du Cycliste"
    as a restaurant and as a shop, "Paul et Maria" three times at one spot…
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import (
    Any,
    Dict,
    FrozenSet,
    Iterable,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
)

import numpy as np

from . import data_model

MERGE_DISTANCE = 50.0  # metres
CATEGORIES = ("hebergement", "restauration", "loueur", "reparateur", "site_visite",
              "office_tourisme")
# When a place's words name several categories, the first of these wins.
PRIORITY = ("office_tourisme", "hebergement", "reparateur", "loueur", "restauration",
            "site_visite")
DELIMITERS = (",", ";", "\t", "|")


def normalise(text: Optional[object]) -> str:
    """Lower case, no accents, single spaces, straight apostrophes: how words and names are
    compared."""
    text = unicodedata.normalize("NFKD", str(text or "")).replace("’", "'")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def _words(*items: str) -> FrozenSet[str]:
    return frozenset(normalise(item) for item in items)


# DATAtourisme's words (types and sub-types) and the category each one means.
CATEGORY_WORDS = {
    "hebergement": _words(
        "Hébergement", "Produit d'hébergement", "Hébergement collectif", "Hébergement locatif",
        "Hôtellerie", "Hôtellerie de plein air", "Camping", "Chambre d'hôtes", "Gîte",
        "Maison", "Cabane", "Tente", "Caravane", "Tipi",
        "hebergement", "Accommodation"),
    "restauration": _words(
        "Restauration", "Restaurant", "Bar, bar à thème", "Café ou salon de thé",
        "Restauration rapide", "Boulangerie", "Fournisseur de dégustation", "Brasseur",
        "Maison de pays, produits du terroir",
        "restauration", "Food and drink"),
    "loueur": _words(
        "Location de matériel", "Loueur de matériel",
        "loueur", "Bike rental", "Loueur de vélos"),
    "reparateur": _words(
        "Réparateur de matériel",
        "reparateur", "Bike repair", "Réparateur de vélos"),
    "site_visite": _words(
        "Site culturel", "Site naturel", "Site sportif, récréatif et de loisirs", "Visite",
        "Pratique", "Itinéraire cyclable", "Musée", "Centre d'interprétation",
        "Bâtiment civil remarquable", "Lieu de mémoire", "Parc et jardin",
        "Site archéologique", "Site religieux", "Artisan d'art", "Location de salle",
        "Patrimoine industriel, artisanal, rural, agricole et technique",
        "Parc de loisirs, parc à thème", "Complexe de loisirs (loisirs regroupés)",
        "Aire de jeux", "Mini golf", "Terrain de golf", "Club enfants", "Piscine", "Casino",
        "Centre équestre", "Ferme pédagogique", "Base nautique / centre nautique",
        "Sentier de découverte et d'interprétation",
        "site_visite", "Place to visit", "Site de visite"),
    "office_tourisme": _words(
        "Service d'information touristique", "Office de tourisme",
        "office_tourisme", "Tourist office"),
}
# Words that say nothing of the category.
NEUTRAL_WORDS = _words(
    "Lieu", "Produit", "Itinéraire touristique", "Prestataire de service", "Location",
    "Boutique, commerce de proximité", "Accompagnement", "Multiactivités", "Pratique libre",
    "Cours", "Culture", "Guide professionnel", "Organisme réceptif",
    "Zone ou port de mouillage", "Port de plaisance", "Halte et port fluvial", "Port maritime")
# Words that give a category only when no other word does: in the Accueil Vélo list a shop or
# a transport business without any other word is a bike shop.
FALLBACK_WORDS = {normalise("Commerce de détail"): "loueur", normalise("Transport"): "loueur"}
WORD_CATEGORY = {word: category for category, words in CATEGORY_WORDS.items() for word in words}
# "Restauration,Hébergement" (and ; or | in other tables), but not "Bar, bar à thème"
_SPLIT = re.compile(r",(?=\S)|[;|]")


def split_words(text: Optional[str]) -> List[str]:
    """The words of a DATAtourisme list ("Restaurant,Hôtellerie"), normalised."""
    return [word for word in (normalise(part) for part in _SPLIT.split(text or "")) if word]


def categorise(texts: Iterable[str]) -> Tuple[Optional[str], List[str]]:
    """(category or None, unknown words) of the type and sub-type texts of a place."""
    found = set()
    fallback: Optional[str] = None
    unknown: List[str] = []
    for text in texts:
        for word in split_words(text):
            if word in WORD_CATEGORY:
                found.add(WORD_CATEGORY[word])
            elif word in FALLBACK_WORDS:
                fallback = fallback or FALLBACK_WORDS[word]
            elif word not in NEUTRAL_WORDS:
                unknown.append(word)
    for category in PRIORITY:
        if category in found:
            return category, unknown
    return fallback, unknown


# --- reading a CSV ------------------------------------------------------------------------------

class InputError(ValueError):
    """What is wrong with the input, as a ``code`` and ``details`` the glue words for the user.

    Codes: ``empty``, ``encoding`` (encoding, line, byte), ``one_column`` (header),
    ``missing_columns`` (missing: [(parameter, column)], columns), ``unknown_encoding``
    (encoding)."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(f"{code}: {details}")
        self.code = code
        self.details = details


@dataclass
class Table:
    columns: List[str]
    rows: List[List[str]]  # each as long as ``columns``
    delimiter: str
    encoding: str
    row_numbers: List[int]  # the line of each row in the file (header = 1)
    # (line, field count) of rows set aside
    malformed: List[Tuple[int, int]] = field(default_factory=list)


def decode(data: bytes, encoding: Optional[str] = None) -> Tuple[str, str]:
    """(text, encoding used): the given encoding, else UTF-8 (with or without BOM, or UTF-16
    with its BOM). Text that is not UTF-8 is an error saying where, never guessed."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError("unknown_encoding", encoding=encoding) from None
        except UnicodeDecodeError as error:
            raise _encoding_error(data, error, encoding) from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as error:
        raise _encoding_error(data, error, "utf-8") from None


def _encoding_error(data: bytes, error: UnicodeDecodeError, encoding: str) -> InputError:
    line = data.count(b"\n", 0, error.start) + 1
    return InputError("encoding", encoding=encoding, line=line,
                        byte=f"0x{data[error.start]:02X}")


def sniff_delimiter(header_line: str) -> Optional[str]:
    """The delimiter among , ; tab | that splits the header into the most columns."""
    best: Optional[str] = None
    best_count = 1
    for delimiter in DELIMITERS:
        count = len(next(csv.reader([header_line], delimiter=delimiter), []))
        if count > best_count:
            best, best_count = delimiter, count
    return best


def read_csv(data: bytes, encoding: Optional[str] = None) -> Table:
    """A ``Table`` from the bytes of a CSV file. Rows with more fields than the header are set
    aside (``malformed``); shorter ones are padded with empty fields; blank lines are
    ignored."""
    text, used = decode(data, encoding)
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), None)
    if header_line is None:
        raise InputError("empty")
    delimiter = sniff_delimiter(header_line)
    if delimiter is None:
        raise InputError("one_column", header=header_line[:120])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns: Optional[List[str]] = None
    rows: List[List[str]] = []
    numbers: List[int] = []
    malformed: List[Tuple[int, int]] = []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if columns is None:
            columns = [v.strip() for v in values]
            continue
        if len(values) > len(columns):
            malformed.append((line, len(values)))
            continue
        rows.append(values + [""] * (len(columns) - len(values)))
        numbers.append(line)
    return Table(columns or [], rows, delimiter, used, numbers, malformed)


def find_columns(columns: Sequence[str], wanted: Optional[str]) -> List[int]:
    """Indexes of the columns called ``wanted`` (case and accents aside), also as QGIS and OGR
    rename a repeated name (``Sous-type_2``, ``Sous-type2``): DATAtourisme repeats
    ``Sous-type``."""
    if not wanted:
        return []
    key = normalise(wanted)
    pattern = re.compile(re.escape(key) + r"(_?\d+)?")
    return [i for i, name in enumerate(columns) if pattern.fullmatch(normalise(name))]


# --- rows as places ------------------------------------------------------------------------------

# The lengths of the text fields of etablissements (PostGIS refuses a longer value)
ETABLISSEMENTS = data_model.layer("etablissements")
LENGTHS = {name: ETABLISSEMENTS.field(name).length for name in ("website", "source_id")}
# The roles of the input's columns, and DATAtourisme's names for them (the parameters'
# defaults). type and subtype may each match several columns (DATAtourisme has two Sous-type).
ROLES = ("name", "identifier", "type", "subtype", "latitude", "longitude", "commune",
         "website", "label_date")
DATATOURISME_COLUMNS = {"name": "Nom", "identifier": "Identifiant", "type": "Type",
                        "subtype": "Sous-type", "latitude": "Latitude",
                        "longitude": "Longitude", "commune": "Commune",
                        "website": "Site internet", "label_date": "Date de labellisation"}


def resolve_columns(columns: Sequence[str], names: Mapping[str, Optional[str]],
                    coordinates: bool = True) -> Dict[str, List[int]]:
    """{role: [column indexes]} for the column ``names`` ({role: name}) of a table whose
    columns are ``columns``. Raises ``missing_columns`` naming what is missing: the name, the
    category (type or subtype) and, when ``coordinates``, latitude and longitude. Optional
    roles not found get an empty list."""
    found = {role: find_columns(columns, names.get(role)) for role in ROLES}
    required = ["name"] + (["latitude", "longitude"] if coordinates else [])
    missing = [(role, names.get(role) or "") for role in required if not found[role]]
    if not found["type"] and not found["subtype"]:
        missing.append(("subtype", names.get("subtype") or names.get("type") or ""))
    if missing:
        raise InputError("missing_columns", missing=missing, columns=list(columns))
    return found

@dataclass
class Place:
    """One row of the input, read."""

    row: int  # line in the file, or feature id
    name: str
    source_id: Optional[str]
    texts: Tuple[str, ...]  # the type and sub-type texts
    x: float = math.nan  # in the project CRS once projected
    y: float = math.nan
    commune: Optional[str] = None
    website: Optional[str] = None
    label_date: Optional[date] = None
    category: Optional[str] = None
    # type words not in CATEGORY_WORDS
    unknown_words: List[str] = field(default_factory=list)
    bad_date: Optional[str] = None  # the label date's text when it could not be read
    # fields cut to their length in the model
    shortened: List[str] = field(default_factory=list)


def number(text: Optional[object]) -> Optional[float]:
    """A coordinate from text: decimal point or comma; None when it is not a finite number."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        written = str(text).strip().replace(",", ".")
        if not written:
            return None
        try:
            value = float(written)
        except ValueError:
            return None
    return value if math.isfinite(value) else None


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(text: Optional[object]) -> Union[date, None, Literal[False]]:
    """A date from ISO (2024-05-01, 2024-05-01T00:00:00.000Z) or French (01/05/2024) text;
    None when empty, False when unreadable."""
    if text is None:
        return None
    if isinstance(text, (date, datetime)):
        return text.date() if isinstance(text, datetime) else text
    written = str(text).strip()
    if not written:
        return None
    head = written[:10]
    for form in DATE_FORMATS:
        try:
            return datetime.strptime(head, form).date()
        except ValueError:
            continue
    return False


def clean(value: Optional[object]) -> Optional[str]:
    """A text field's value: stripped, None when empty. DATAtourisme repeats some websites
    ("https://a.fr/,https://a.fr/"): the first is kept."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def first_url(value: Optional[object]) -> Optional[str]:
    text = clean(value)
    if text is None:
        return None
    return text.split(",http")[0].strip() or None


def fit_url(url: Optional[str], length: int) -> Optional[str]:
    """``url`` if it fits in ``length`` characters, else without its query and fragment (a
    booking site's link of 500 characters still leads to the place), else None."""
    if url is None or len(url) <= length:
        return url
    short = url.split("?")[0].split("#")[0]
    return short if len(short) <= length else None


def place_from_values(row: int, values: Sequence[Any], indexes: Mapping[str, List[int]]
                      ) -> Tuple[Optional[Place], Optional[Tuple[str, str]]]:
    """A Place from one row's ``values`` (indexable by the column indexes of
    ``resolve_columns``); x, y are longitude and latitude when the table has them. Returns
    (place, None) or (None, (reason, detail)) for a row to skip. An unreadable label date
    leaves the date empty and its text in ``bad_date``."""
    def value(role: str) -> Optional[str]:
        for i in indexes[role]:
            text = clean(values[i])
            if text is not None:
                return text
        return None

    name = value("name")
    if name is None:
        return None, ("no_name", "")
    identifier = value("identifier")
    if identifier is not None and len(identifier) > LENGTHS["source_id"]:
        return None, ("long_identifier", identifier)
    texts = tuple(clean(values[i]) or "" for i in indexes["type"] + indexes["subtype"])
    website = first_url(value("website"))
    fitted = data_model.fit_lengths(ETABLISSEMENTS, {"name": name, "commune": value("commune")})
    place = Place(row, fitted["name"], identifier, texts, commune=fitted["commune"],
                  website=fit_url(website, LENGTHS["website"]))
    place.shortened = [role for role, before, after in (
        ("name", name, place.name), ("commune", value("commune"), place.commune),
        ("website", website, place.website)) if before != after]
    label = parse_date(value("label_date"))
    place.label_date = label or None
    if label is False:
        place.bad_date = value("label_date")
    if indexes["latitude"] or indexes["longitude"]:
        lat, lon = number(value("latitude")), number(value("longitude"))
        if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180 \
                or (lat == 0 and lon == 0):
            return None, ("no_coordinates", f"{value('latitude') or ''} "
                                            f"{value('longitude') or ''}".strip())
        place.x, place.y = lon, lat
    place.category, place.unknown_words = categorise(texts)
    if place.category is None:
        return None, ("unknown_category", " / ".join(t for t in texts if t) or "")
    return place, None


# --- merging and matching ---------------------------------------------------------------------

def same_place_groups(places: Sequence[Place]) -> List[List[int]]:
    """Lists of indexes into ``places`` that are one establishment: same identifier, or same
    name within MERGE_DISTANCE (chained: A near B near C is one place). In input order."""
    parent = list(range(len(places)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_id: Dict[str, int] = {}
    by_name: Dict[str, List[int]] = {}
    for i, place in enumerate(places):
        if place.source_id:
            if place.source_id in by_id:
                join(by_id[place.source_id], i)
            else:
                by_id[place.source_id] = i
        by_name.setdefault(normalise(place.name), []).append(i)
    for indexes in by_name.values():
        for a, i in enumerate(indexes):
            for j in indexes[a + 1:]:
                if _distance(places[i], places[j]) <= MERGE_DISTANCE:
                    join(i, j)
    groups: Dict[int, List[int]] = {}
    for i in range(len(places)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _distance(a: Place, b: Place) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def merge(places: Sequence[Place]) -> Place:
    """One Place from the rows of one establishment: the first row's name, identifier and
    position, the first non-empty commune, website and label date, the category of all their
    words together."""
    first = places[0]
    texts = tuple(text for place in places for text in place.texts)
    merged = Place(first.row, first.name, first.source_id, texts, first.x, first.y)
    merged.commune = next((p.commune for p in places if p.commune), None)
    merged.website = next((p.website for p in places if p.website), None)
    merged.label_date = next((p.label_date for p in places if p.label_date), None)
    merged.category = categorise(texts)[0]
    return merged


@dataclass
class Existing:
    """An establishment already in the database, in the same CRS as the places."""

    fid: int
    name: str
    source: Optional[str]
    source_id: Optional[object]  # text, or a number as a database may give it
    x: float
    y: float


@dataclass
class Plan:
    """What an import does. ``inserts``: new Places; ``updates``: (Existing, Place);
    ``kept``: (Existing, Place) already in the database and left as they are (append mode, or
    an establishment drawn by hand or from another source: importers never change those);
    ``merged``: (Place written, [its rows]) for every establishment of several rows, and
    (Place, rows) folded into an establishment matched by an earlier one."""

    inserts: List[Place] = field(default_factory=list)
    updates: List[Tuple[Existing, Place]] = field(default_factory=list)
    kept: List[Tuple[Existing, Place]] = field(default_factory=list)
    merged: List[Tuple[Place, List[Place]]] = field(default_factory=list)
    merged_rows: int = 0  # rows folded into another row: every row but one of each group


def plan_import(places: Sequence[Place], existing: Iterable[Existing], source: str,
                update: bool) -> Plan:
    """The Plan of importing ``places`` (one per row kept) into a database holding
    ``existing`` establishments; ``source`` names where the identifiers come from
    (datatourisme); ``update``: matched establishments of that source are updated, else left
    as they are (those drawn by hand or from another source always are).

    A place is an existing establishment when one of its rows has the identifier of one from
    the same source, else when one of the same name lies within MERGE_DISTANCE (the
    nearest)."""
    by_id: Dict[Tuple[Optional[str], str], Existing] = {}
    by_name: Dict[str, List[Existing]] = {}
    for item in existing:
        if item.source_id:
            by_id[(item.source, str(item.source_id))] = item
        by_name.setdefault(normalise(item.name), []).append(item)
    plan = Plan()
    claimed: Dict[int, Tuple[Place, List[Place]]] = {}
    for indexes in same_place_groups(places):
        rows = [places[i] for i in indexes]
        place = merge(rows) if len(rows) > 1 else rows[0]
        plan.merged_rows += len(rows) - 1
        match = _match(place, rows, source, by_id, by_name)
        if match is not None and match.fid in claimed:
            # an earlier place of the input is this establishment already: these are more of
            # its rows (two spots 60 m apart, both within 50 m of the one in the database)
            entry = claimed[match.fid]
            if len(entry[1]) == 1:
                plan.merged.append(entry)
            entry[1].extend(rows)
            plan.merged_rows += len(rows)
            continue
        entry = (place, rows)
        if len(rows) > 1:
            plan.merged.append(entry)
        if match is None:
            plan.inserts.append(place)
            continue
        claimed[match.fid] = entry
        ours = update and match.source == source
        (plan.updates if ours else plan.kept).append((match, place))
    return plan


def _match(place: Place, rows: Sequence[Place], source: str,
           by_id: Mapping[Tuple[Optional[str], str], Existing],
           by_name: Mapping[str, List[Existing]]) -> Optional[Existing]:
    for row in rows:
        if row.source_id and (source, str(row.source_id)) in by_id:
            return by_id[(source, str(row.source_id))]
    best: Optional[Existing] = None
    best_distance = MERGE_DISTANCE
    for candidate in by_name.get(normalise(place.name), ()):
        d = math.hypot(candidate.x - place.x, candidate.y - place.y)
        if d <= best_distance:
            best, best_distance = candidate, d
    return best


# --- where ---------------------------------------------------------------------------------------

def project(places: Sequence[Place], crs_wkt: str) -> List[Place]:
    """Move the places from longitude/latitude (WGS84) into ``crs_wkt``, at once (pyproj).
    Returns the places that could not be moved (left out by the caller)."""
    from ..relief.dem_sampling import transform_points  # pyproj, the one reprojection of the logic

    if not places:
        return []
    xy = transform_points(np.array([(p.x, p.y) for p in places], dtype=float),
                          "EPSG:4326", crs_wkt)
    failed: List[Place] = []
    for place, (x, y) in zip(places, xy.tolist()):
        place.x, place.y = x, y
        if not (math.isfinite(x) and math.isfinite(y)):
            failed.append(place)
    return failed


def inside_perimeter(places: Sequence[Place],
                     perimeter_wkbs: Iterable[Optional[bytes]]) -> List[bool]:
    """Whether each place lies in the perimeter polygons (WKB in the places' CRS; on the
    boundary counts as inside)."""
    from shapely.geometry import Point
    from shapely.prepared import prep

    from ..relief.dem_mosaic import area_of_interest

    area = area_of_interest(perimeter_wkbs, 0.0)
    if area is None:
        return [True] * len(places)
    prepared = prep(area)
    return [prepared.covers(Point(p.x, p.y)) for p in places]
