"""OpenStreetMap tags mapped to the data model: cycling route relations, surfaces, kinds of
itinerary and of green-network link, node numbers, network names.

Pure Python (no QGIS). The mappings follow the French OpenStreetMap tagging of cycling
networks (wiki pages "France/Vélo" and "Points-nœuds"); anything not listed maps to None, and
the importer counts it.
"""

import re

import numpy as np

# route relations: the network level of a cycling route, from the widest to the narrowest
NETWORK_LEVELS = ("icn", "ncn", "rcn", "lcn")
NODE_NETWORK_LEVELS = ("rcn", "lcn")  # the points-nœuds networks: sections and numbered nodes
ITINERARY_LEVELS = ("icn", "ncn", "rcn")  # named routes: EuroVelo, véloroutes
NODE_REF_TAGS = ("rcn_ref", "lcn_ref")  # the number of a node, by network level

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
NODE_TO_NODE_NAME = re.compile(r"^\s*\d+\s*[-–>]+\s*\d+\s*$")  # "12-34": a node network route
COUNTRY_PREFIX = re.compile(r"^[A-Z]{2}:")


def cycling_level(tags):
    """The network level (icn, ncn, rcn, lcn) of a cycling route relation; None for any other
    relation."""
    if tags.get("type") != "route" or tags.get("route") != "bicycle":
        return None
    level = tags.get("network", "").strip()
    return level if level in NETWORK_LEVELS else None


def is_node_network_route(tags):
    """A route of a points-nœuds network (its ways are sections, it is no itinerary)."""
    return cycling_level(tags) in NODE_NETWORK_LEVELS


def is_itinerary(tags):
    """A named route (EuroVelo, véloroute): a level of ITINERARY_LEVELS, a name or a ref, and
    not a node-to-node route of a points-nœuds network."""
    if cycling_level(tags) not in ITINERARY_LEVELS:
        return False
    if tags.get("network:type") == "node_network":
        return False
    return bool(itinerary_name(tags))


def itinerary_name(tags):
    return (tags.get("name") or tags.get("ref") or "").strip() or None


def itinerary_kind(tags):
    """The data model's kind of itinerary of a route relation."""
    level = cycling_level(tags)
    label = " ".join(filter(None, (tags.get("ref"), tags.get("name"))))
    if level == "icn" or EUROVELO.match(tags.get("ref") or "") or EUROVELO.match(
            tags.get("name") or ""):
        return "eurovelo"
    if "voie verte" in label.lower():
        return "voie_verte"
    return "veloroute"


def network_name(tags):
    """The name of the points-nœuds network a route belongs to: its ``cycle_network`` (without
    a country prefix such as ``FR:``), else its name unless that is a node-to-node name such as
    "12-34", else the network level (``rcn``, ``lcn``)."""
    named = (tags.get("cycle_network") or "").strip()
    if named:
        return COUNTRY_PREFIX.sub("", named).strip() or named
    name = (tags.get("name") or "").strip()
    if name and not NODE_TO_NODE_NAME.match(name):
        return name
    return cycling_level(tags) or tags.get("network") or "rcn"


def surface_code(value):
    """The data model's surface for an OSM ``surface`` value; None for no or an unknown value
    (several values ``a;b``: the first known one)."""
    if not value:
        return None
    for part in str(value).split(";"):
        code = SURFACE_CODES.get(part.strip().lower())
        if code:
            return code
    return None


def node_number(value):
    """A node's number from its ``rcn_ref``/``lcn_ref`` (``"07"`` -> 7); None when it is not a
    whole number (``"12a"``, ``"?"``)."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None


def surface_codes(values):
    """:func:`surface_code` of each value of an array (object array of codes or None)."""
    unique, inverse = np.unique(np.asarray(values, dtype=str), return_inverse=True)
    return np.array([surface_code(v) for v in unique], dtype=object)[inverse]


def trame_kinds(highway, railway, name, bicycle, foot):
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
