"""The SNCF list of passenger stations ("gares de voyageurs") as ``gares`` of the data model.

Pure Python (csv; no QGIS). The file, as the SNCF open-data portal exports it: UTF-8 with a BOM,
CRLF, ';' separated, columns ``Nom``, ``Trigramme``, ``Segment(s) DRG``, ``Position
géographique`` ("lat, lon" in one field, WGS84), ``Code commune`` (INSEE), ``Code(s) UIC``. A
station of several services lists several segments and UIC codes in one quoted field
("A;A;B", "87271031;87271007;87271023").

- ``uic`` and ``source_id``: the first UIC code (the station's main one); the others are kept in
  :attr:`Station.other_uic` for the log.
- ``kind``: ``gare`` when a segment is A or B (national and regional stations), ``halte`` when
  every segment is C (stops), ``gare`` when the column is empty.
- ``commune``: the name the caller finds for the INSEE code (the communes of ``perimetres``),
  else the code itself.
- Rows without coordinates (empty, unreadable, outside ±90/±180, or 0, 0) are set aside, each
  with its line and name, never dropped silently.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from . import data_model
from .accueil_velo_list import InputError, decode, find_columns, number

# The columns of the SNCF file (their parameters' defaults), matched case and accents aside.
COLUMNS: Dict[str, str] = {"name": "Nom", "segment": "Segment(s) DRG",
                           "position": "Position géographique", "insee": "Code commune",
                           "uic": "Code(s) UIC"}
REQUIRED = ("name", "position", "uic")
GARES = data_model.layer("gares")
_LISTED = re.compile(r"[;,|/ ]+")


@dataclass
class Station:
    """One row of the list, read: ``lat``/``lon`` in WGS84 (x, y once projected)."""

    line: int
    name: str
    uic: str
    kind: str
    insee: Optional[str]
    lat: float
    lon: float
    other_uic: List[str] = field(default_factory=list)
    commune: Optional[str] = None


@dataclass
class StationList:
    """The stations read and the rows set aside: ``skipped`` (line, name, reason, value),
    reason one of no_coordinates, no_name, no_uic."""

    stations: List[Station]
    skipped: List[Tuple[int, str, str, str]]
    columns: List[str]


def parse_position(text: str) -> Optional[Tuple[float, float]]:
    """(lat, lon) of "50.95, 1.85" (also with ';' or spaces between); None when unreadable,
    out of range or 0, 0."""
    parts = [p for p in re.split(r"[,;\s]+", (text or "").strip()) if p]
    if len(parts) != 2:
        return None
    lat, lon = number(parts[0]), number(parts[1])
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180 or (lat == 0 and lon == 0):
        return None
    return lat, lon


def station_kind(segments: str) -> str:
    """gare when a segment is A or B (or none is given), halte when all are C."""
    codes = {s.strip().upper() for s in _LISTED.split(segments or "") if s.strip()}
    return "halte" if codes and codes <= {"C"} else "gare"


def split_codes(text: str) -> List[str]:
    """The UIC codes of a field ("87271031;87271007"), in order, without repeats."""
    codes: List[str] = []
    for code in _LISTED.split(text or ""):
        code = code.strip()
        if code and code not in codes:
            codes.append(code)
    return codes


def resolve(header: List[str], names: Dict[str, str]) -> Dict[str, Optional[int]]:
    """{role: column index or None}; raises ``missing_columns`` when a required one is
    missing."""
    found: Dict[str, Optional[int]] = {}
    for role in COLUMNS:
        columns = find_columns(header, names.get(role) or "")
        found[role] = columns[0] if columns else None
    missing = [(role, names.get(role) or "") for role in REQUIRED if found[role] is None]
    if missing:
        raise InputError("missing_columns", missing=missing, columns=list(header))
    return found


def read_stations(data: bytes, names: Optional[Dict[str, str]] = None,
                  encoding: Optional[str] = None) -> StationList:
    """The stations of the bytes of an SNCF-format CSV (columns named by ``names``, default
    :data:`COLUMNS`)."""
    text, _ = decode(data, encoding)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError("empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header: Optional[List[str]] = None
    stations: List[Station] = []
    skipped: List[Tuple[int, str, str, str]] = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        if header is None:
            header = [v.strip() for v in values]
            if len(header) < 2:
                raise InputError("one_column", header=lines[0][:120])
            columns = resolve(header, {**COLUMNS, **(names or {})})
            continue
        station, issue = station_from_row(reader.line_num, values, columns)
        if station is None:
            skipped.append(issue)
        else:
            stations.append(station)
    return StationList(stations, skipped, header or [])


def station_from_row(line: int, values: List[str],
                     columns: Dict[str, Optional[int]]) -> Tuple[Optional[Station], tuple]:
    """(Station, ()) or (None, (line, name, reason, value)) for one row."""
    def value(role: str) -> str:
        i = columns[role]
        return values[i].strip() if i is not None and i < len(values) else ""

    name = value("name")
    if not name:
        return None, (line, "", "no_name", "")
    codes = split_codes(value("uic"))
    if not codes:
        return None, (line, name, "no_uic", "")
    position = parse_position(value("position"))
    if position is None:
        return None, (line, name, "no_coordinates", value("position"))
    fitted = data_model.fit_lengths(GARES, {"name": name, "uic": codes[0]})
    return Station(line, fitted["name"], fitted["uic"], station_kind(value("segment")),
                   value("insee") or None, position[0], position[1], codes[1:]), ()


def name_communes(stations: List[Station], communes: Dict[str, str]) -> int:
    """Each station's commune: the name ``communes`` ({INSEE code: name}) gives its code, else
    the code. Returns how many were named."""
    named = 0
    for station in stations:
        name = communes.get(station.insee or "")
        named += name is not None
        station.commune = data_model.fit_lengths(GARES, {"commune": name or station.insee})[
            "commune"]
    return named


__all__ = ["COLUMNS", "Station", "StationList", "name_communes", "parse_position",
           "read_stations", "split_codes", "station_kind"]
