"""The modes of itinerance as OpenStreetMap tags them: route relations (``route=bicycle``,
``hiking``, ``horse``…), network levels (``icn`` … ``lwn``, ``rhn``, ``rpn``, ``rmn``, ``rin``),
node numbers (``rcn_ref``, ``rwn_ref``…), one-way rules per mode, a route's lifecycle state.

The OSM network code is a level letter (``i`` international, ``n`` national, ``r`` regional,
``l`` local), the mode's letter and ``n`` (network): ``rcn`` a regional cycling network,
``lwn`` a local walking one. Node networks (numbered nodes, node-to-node routes) exist at the
``r`` and ``l`` levels. Pure Python, no QGIS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Tuple

# the data model's mode codes (data_model.MODES), in its order
MODES: Tuple[str, ...] = ("velo", "marche", "cheval", "canoe", "bateau", "roller")
CYCLING = MODES[0]
# the letter of each mode in OSM network codes: rcn, rwn, rhn, rpn (paddling), rmn, rin
NETWORK_LETTERS: Dict[str, str] = {"velo": "c", "marche": "w", "cheval": "h", "canoe": "p",
                                   "bateau": "m", "roller": "i"}
ROUTE_MODES: Dict[str, str] = {
    "bicycle": "velo", "mtb": "velo", "hiking": "marche", "foot": "marche",
    "walking": "marche", "horse": "cheval", "canoe": "canoe", "motorboat": "bateau",
    "boat": "bateau", "inline_skates": "roller"}
LEVELS: Tuple[str, ...] = ("i", "n", "r", "l")
NODE_LEVELS: Tuple[str, ...] = ("r", "l")  # the levels that have numbered nodes
NETWORK_CODES: Dict[str, Tuple[str, str]] = {
    f"{level}{letter}n": (level, mode)
    for mode, letter in NETWORK_LETTERS.items() for level in LEVELS}
# the tag that numbers a node of each node network, by mode, the regional level first
NODE_REF_TAGS: Dict[str, Tuple[str, ...]] = {
    mode: tuple(f"{level}{letter}n_ref" for level in NODE_LEVELS)
    for mode, letter in NETWORK_LETTERS.items()}
ALL_NODE_REF_TAGS: Tuple[str, ...] = tuple(t for tags in NODE_REF_TAGS.values() for t in tags)
# the key of the one-way exception of each mode (oneway:bicycle=no lifts a oneway for cycling)
ONEWAY_KEYS: Dict[str, str] = {"velo": "bicycle", "marche": "foot", "cheval": "horse",
                               "canoe": "canoe", "bateau": "boat", "roller": "inline_skates"}
# ways where a general oneway binds walkers too (on a road it binds vehicles only)
WALKING_HIGHWAYS = ("footway", "pedestrian", "steps", "path")
ROUNDABOUTS = ("roundabout", "circular")
YES, NO, REVERSE = ("yes", "true", "1"), ("no", "false", "0"), ("-1", "reverse")
LIFECYCLE = re.compile(r"^(proposed|construction|planned|disused|abandoned):(route|network)$")
# "17-19", "17 - 19", "17-19 a", "07-7": a node number has up to 3 digits (a letter after it
# in some networks); "Lille-Roubaix" is no node-to-node name
NODE_TO_NODE = re.compile(r"^\s*(\d{1,3}[A-Za-z]?)\s*[-–]\s*(\d{1,3}[A-Za-z]?)(?:\s.*)?$")


@dataclass(frozen=True)
class RouteClass:
    """A route relation of a mode: its level (``i``/``n``/``r``/``l``, None when its network
    tag names no level of the mode), its network code (``rcn``…), its lifecycle state
    (``proposed``… or None) and whether it is a node-to-node route of a node network."""

    mode: str
    level: Optional[str]
    network: Optional[str]
    state: Optional[str]
    node_to_node: bool

    @property
    def sections(self) -> bool:
        """Its ways are sections of the mode's network (the r and l levels, as for cycling
        since the first version)."""
        return self.level in NODE_LEVELS

    @property
    def link(self) -> bool:
        """A node-network link (``liaisons``): a node-to-node route of the r or l level."""
        return self.node_to_node and self.level in NODE_LEVELS

    @property
    def node_ref_tag(self) -> Optional[str]:
        """The tag numbering the nodes of its network (``rcn_ref`` for a rcn route)."""
        return f"{self.network}_ref" if self.level in NODE_LEVELS else None


def _lifecycle(tags: Mapping[str, str]) -> Tuple[str, str, Optional[str]]:
    """(route value, network value, state): a lifecycle prefix (``proposed:route=bicycle``)
    gives the value its plain key lacks and the state; ``state=proposed`` gives the state."""
    route, network = tags.get("route", ""), tags.get("network", "")
    state = (tags.get("state") or "").strip() or None
    for key, value in tags.items():
        found = LIFECYCLE.match(key) if ":" in key else None
        if found:
            prefix, name = found.groups()
            state = state or prefix
            if name == "route" and not route:
                route = value
            elif name == "network" and not network:
                network = value
    return route.strip(), network.strip(), state


def route_name(tags: Mapping[str, str]) -> Optional[str]:
    """The name a node-to-node route goes by: ``ref``, else ``note``, else ``name``."""
    for key in ("ref", "note", "name"):
        value = (tags.get(key) or "").strip()
        if value:
            return value
    return None


def name_numbers(name: Optional[str]) -> Optional[Tuple[str, str]]:
    """The start and end node numbers of a node-to-node name (``"17-19"``, ``"17 - 19"``,
    ``"17-19 a"``, ``"07-7"``), as tagged; None for any other name."""
    found = NODE_TO_NODE.match(name or "")
    return (found.group(1), found.group(2)) if found else None


def classify_route(tags: Mapping[str, str]) -> Optional[RouteClass]:
    """The mode and level of a route relation; None for a relation that is no route of a
    mode of itinerance. The mode comes from ``route`` (its network code when it has none); the
    level from ``network`` when that is a code of the same mode."""
    if tags.get("type") != "route":
        return None
    route, network, state = _lifecycle(tags)
    coded = NETWORK_CODES.get(network)
    mode = ROUTE_MODES.get(route) or (coded[1] if coded and not route else None)
    if mode is None:
        return None
    level = coded[0] if coded and coded[1] == mode else None
    node_to_node = (tags.get("network:type") == "node_network"
                    or name_numbers(route_name(tags)) is not None)
    return RouteClass(mode, level, network if level else None, state, node_to_node)


def normalised_number(value: str) -> str:
    """A node number as compared: ``"07"`` and ``"7"`` are one number."""
    text = str(value).strip()
    return str(int(text)) if text.isdigit() else text


def one_way(tags: Mapping[str, str], mode: str) -> int:
    """How a way may be travelled in ``mode``: 1 only along it, -1 only against it, 0 both.
    ``oneway`` (a roundabout is one-way unless ``oneway=no``) binds every mode but walking,
    where it binds only on footways, paths and steps; ``oneway:<mode>`` (``oneway:bicycle=no``)
    overrides it."""
    own = (tags.get(f"oneway:{ONEWAY_KEYS[mode]}") or "").strip().lower()
    if own:
        return _direction(own)
    general = (tags.get("oneway") or "").strip().lower()
    if mode == "marche" and tags.get("highway") not in WALKING_HIGHWAYS:
        return 0
    if not general and tags.get("junction") in ROUNDABOUTS:
        return 1
    return _direction(general)


def _direction(value: str) -> int:
    return 1 if value in YES else -1 if value in REVERSE else 0


def route_one_way(tags: Mapping[str, str]) -> bool:
    """The relation itself is tagged one-way (``oneway=yes``, ``direction=forward|backward``)."""
    return (tags.get("oneway") or "").lower() in YES or tags.get("direction") in (
        "forward", "backward")


def modes_from_codes(codes: List[str]) -> Tuple[str, ...]:
    """The modes of ``codes`` in the data model's order; ValueError names an unknown one."""
    unknown = [c for c in codes if c not in MODES]
    if unknown:
        raise ValueError(f"unknown mode {', '.join(unknown)}; the modes are {', '.join(MODES)}")
    return tuple(m for m in MODES if m in codes)
