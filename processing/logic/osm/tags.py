"""OpenStreetMap tags mapped to the data model: itineraries and their kind, network names,
surfaces, node numbers, kinds of green-network link.

Pure Python (no QGIS). The mappings follow the French OpenStreetMap tagging of cycling
networks (wiki pages "France/Vélo" and "Points-nœuds"); the modes and levels of route relations
are in ``modes``. Anything not listed maps to None, and the importer counts it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Mapping, Optional

import numpy as np

from .modes import CYCLING, LEVELS, NETWORK_CODES, RouteClass, name_numbers

SURFACES = {
    "enrobe": ("asphalt", "paved", "chipseal"),
    "beton": ("concrete", "concrete:plates", "concrete:lanes"),
    "stabilise": ("compacted", "fine_gravel", "gravel", "pebblestone", "rock"),
    "pave": ("paving_stones", "sett", "cobblestone", "unhewn_cobblestone", "bricks",
             "paving_stones:30", "grass_paver"),
    "terre": ("unpaved", "dirt", "earth", "ground", "grass", "mud", "sand", "soil", "woodchips"),
}
SURFACE_CODES = {osm: code for code, values in SURFACES.items() for osm in values}

TRAME_HIGHWAYS = ("cycleway", "path", "track")
FORMER_RAILWAYS = ("abandoned", "disused")
EUROVELO = re.compile(r"^\s*(ev\s*\d+|eurovelo)", re.I)
LOOP = re.compile(r"\b(boucle|circuit)\b", re.I)
COUNTRY_PREFIX = re.compile(r"^[A-Z]{2}:")


def is_itinerary(tags: Mapping[str, str], route: RouteClass) -> bool:
    """A named route of any level (EuroVelo, véloroute, GR, a local loop): a level, a name or
    a ref, and not a node-to-node route of a node network (``network:type=node_network``, or
    a name such as "12-34")."""
    return route.level in LEVELS and not route.node_to_node and bool(itinerary_name(tags))


def itinerary_name(tags: Mapping[str, str]) -> Optional[str]:
    return (tags.get("name") or tags.get("ref") or "").strip() or None


def itinerary_kind(tags: Mapping[str, str], route: RouteClass, closed: bool = False) -> str:
    """The data model's kind of itinerary: ``eurovelo`` for a cycling ``icn`` route or a ref or
    name starting with EV or EuroVelo, ``voie_verte`` for a name with "voie verte", ``boucle``
    for a loop (a name with "boucle" or "circuit", or a line that closes), else ``veloroute``
    (the model's kind of a long-distance route, also for the other modes' routes)."""
    label = " ".join(filter(None, (tags.get("ref"), tags.get("name"))))
    if route.mode == CYCLING and (route.level == "i" or EUROVELO.match(tags.get("ref") or "")
                                  or EUROVELO.match(tags.get("name") or "")):
        return "eurovelo"
    if "voie verte" in label.lower():
        return "voie_verte"
    if closed or LOOP.search(label):
        return "boucle"
    return "veloroute"


def network_name(tags: Mapping[str, str]) -> str:
    """The name of the node network a route belongs to: its ``cycle_network`` (without a
    country prefix such as ``FR:``), else its name unless that is a node-to-node name such as
    "12-34", else its network code (``rcn``, ``lwn``)."""
    named = (tags.get("cycle_network") or "").strip()
    if named:
        return _without_country(named)
    name = (tags.get("name") or "").strip()
    if name and name_numbers(name) is None:
        return name
    network = (tags.get("network") or "").strip()
    return network if network in NETWORK_CODES else "rcn"


@cache
def _without_country(named: str) -> str:
    """A network name without its country prefix (``FR:``); the same few names again and
    again, once per route."""
    return COUNTRY_PREFIX.sub("", named).strip() or named


def surface_code(value: Optional[str]) -> Optional[str]:
    """The data model's surface for an OSM ``surface`` value; None for no or an unknown value
    (several values ``a;b``: the first known one)."""
    if not value:
        return None
    for part in str(value).split(";"):
        code = SURFACE_CODES.get(part.strip().lower())
        if code:
            return code
    return None


def node_number(value: Optional[str]) -> Optional[int]:
    """A node's number from its ``rcn_ref``/``lcn_ref`` (``"07"`` -> 7); None when it is not a
    whole number (``"12a"``, ``"?"``)."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None


def surface_codes(values: np.ndarray) -> np.ndarray:
    """:func:`surface_code` of each value of an array (object array of codes or None)."""
    unique, inverse = np.unique(np.asarray(values, dtype=str), return_inverse=True)
    return np.array([surface_code(v) for v in unique], dtype=object)[inverse]


def trame_kinds(highway: np.ndarray, railway: np.ndarray, name: np.ndarray, bicycle: np.ndarray,
                foot: np.ndarray) -> np.ndarray:
    """The kind of green-network link of each way (arrays of tag values, '' when absent):
    ``cavalier`` for a former railway (``railway=abandoned|disused``, which in Hauts-de-France
    is mostly a mining cavalier) or a way named "cavalier…", ``voie_verte`` for a way tagged as
    a voie verte (``bicycle=designated`` with ``foot=designated``, or named so); None for a way
    that is neither, or not a cycleway, path or track."""
    lower = np.char.lower(np.asarray(name, dtype=str))
    track = np.isin(highway, TRAME_HIGHWAYS)
    former = np.isin(railway, FORMER_RAILWAYS) | (np.char.find(lower, "cavalier") >= 0)
    green = ((np.asarray(bicycle) == "designated") & (np.asarray(foot) == "designated")) | (
        np.char.find(lower, "voie verte") >= 0)
    kinds = np.full(len(lower), None, dtype=object)
    kinds[track & green] = "voie_verte"
    kinds[track & former] = "cavalier"
    return kinds
