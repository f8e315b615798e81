"""An OpenStreetMap extract made into records of the data model: numbered nodes (``noeuds``),
network sections from node to node (``troncons``), one line per named itinerary
(``itineraires``) and green-network links (``trame``).

It composes the engines: the graph engine of ``network`` (noding the ways, locating the
numbered nodes on them, splitting there, chaining the pieces through the other nodes) and the
route assembly of ``route_coverage`` (ordering an itinerary's ways into one line). Pure
numpy/scipy: the glue reads the file (``osm_reader``, ``osm_relations``), projects with
``project`` and writes the records.

Records are (coordinates, attributes): an (x, y) pair for a node, a (k, 2) array for a line, in
the metres of the project CRS; the attributes are data-model fields, with ``source`` "osm" and
``source_id`` the OSM element (``node/…``, ``way/…@k``, ``relation/…``), see
docs/data-model.md.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import List

import numpy as np
from shapely.geometry import LineString, Point
from shapely.prepared import prep

from ..network.graph import (
    build_network_flat,
    chains,
    flatten_walks,
    locate_points,
    ranges,
    split_at,
    walks_xy,
)
from ..network.route_coverage import assemble_route
from . import tags as osm_tags

SOURCE = "osm"
SNAP_TOLERANCE = 0.05  # metres: ways of OSM share their nodes, so their ends are equal
NODE_TOLERANCE = 1.0  # metres: a numbered node farther than this from the network is off it
JOIN_TOLERANCE = 1.0  # metres: an itinerary's parts closer than this join without a jump
EXAMPLES = 5  # element ids kept per skip reason, for the log

# why an element was not imported (the glue words them in the user's language)
RELATION_WITHOUT_WAYS = "relation_without_ways"
WAY_WITHOUT_GEOMETRY = "way_without_geometry"
NODE_NUMBER = "node_number"
OUTSIDE = "outside"
LAYERS = ("noeuds", "troncons", "itineraires", "trame")


class NoCyclingRelationError(ValueError):
    """The extract holds no cycling route relation."""

    def __init__(self, relation_count):
        self.relation_count = relation_count
        super().__init__(f"no cycling route relation among {relation_count} relations")


@dataclass(eq=False)
class Incomplete:
    """A relation some of whose ways are not in the extract (imported from the others)."""

    relation: int
    name: str
    missing: int
    total: int


@dataclass(eq=False)
class ItineraryLine:
    """How an itinerary's ways became one line: ``jumps`` straight joins between parts that do
    not touch (``jump_m`` metres in all, not counted as ways)."""

    relation: int
    name: str
    ways: int
    jumps: int
    jump_m: float


@dataclass(eq=False)
class Extract:
    noeuds: List[tuple] = field(default_factory=list)
    troncons: List[tuple] = field(default_factory=list)
    itineraires: List[tuple] = field(default_factory=list)
    trame: List[tuple] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    examples: dict = field(default_factory=dict)  # reason -> a few OSM elements
    incomplete: List[Incomplete] = field(default_factory=list)
    itinerary_lines: List[ItineraryLine] = field(default_factory=list)
    nodes_off_network: int = 0  # numbered nodes on no way of the network's relations
    open_section_ends: int = 0  # section ends at a junction or dead end without a number
    relation_count: int = 0  # cycling route relations in the extract

    def skip(self, reason, elements):
        elements = list(elements)
        if elements:
            self.skipped[reason] += len(elements)
            self.examples.setdefault(reason, []).extend(elements[:EXAMPLES])

    @property
    def skipped_count(self):
        return sum(self.skipped.values())

    def section_length(self):
        """Metres of network sections."""
        if not self.troncons:
            return 0.0
        xy = np.concatenate([coords for coords, _ in self.troncons])
        steps = np.hypot(*np.diff(xy, axis=0).T)
        ends = np.cumsum([len(coords) for coords, _ in self.troncons])[:-1]
        steps[ends - 1] = 0.0  # from the end of a section to the start of the next
        return float(steps.sum())

    def keep_in(self, area):
        """Leave out (counted as OUTSIDE) the records that do not intersect ``area`` (a shapely
        geometry in the records' CRS; None keeps everything)."""
        if area is None:
            return
        prepared = prep(area)
        x0, y0, x1, y1 = area.bounds
        for layer in LAYERS:
            kept, outside = [], []
            for coords, values in getattr(self, layer):
                xy = np.asarray(coords, dtype=float).reshape(-1, 2)
                lo, hi = xy.min(axis=0), xy.max(axis=0)
                near = lo[0] <= x1 and hi[0] >= x0 and lo[1] <= y1 and hi[1] >= y0
                shape = Point(xy[0]) if len(xy) == 1 else LineString(xy)
                (kept if near and prepared.intersects(shape) else outside).append(
                    (coords, values))
            setattr(self, layer, kept)
            self.skip(OUTSIDE, [values["source_id"] for _, values in outside])


def build_extract(nodes, ways, relations, project):
    """The records of an extract: ``nodes`` and ``ways`` from ``osm_reader``, ``relations``
    from ``osm_relations``, ``project(lonlat)`` giving (n, 2) project coordinates of (n, 2)
    longitudes and latitudes. Raises NoCyclingRelationError without a cycling route."""
    cycling = sorted((r for r in relations if osm_tags.cycling_level(r.tags)), key=lambda r: r.id)
    if not cycling:
        raise NoCyclingRelationError(len(relations))
    result = Extract(relation_count=len(cycling))
    members = _members(ways, cycling, result)
    valid = _has_length(ways)

    # the points-nœuds network: ways of rcn/lcn routes, named by the first route holding them
    way_network = np.full(len(ways), None, dtype=object)
    for relation in reversed([r for r in cycling if osm_tags.is_node_network_route(r.tags)]):
        way_network[members.get(relation.id, [])] = osm_tags.network_name(relation.tags)
    in_network = way_network != None  # noqa: E711 - elementwise
    itineraries = [r for r in cycling if osm_tags.is_itinerary(r.tags) and r.id in members]
    trame = osm_tags.trame_kinds(*(ways.tags[name] for name in (
        "highway", "railway", "name", "bicycle", "foot")))
    in_trame = trame != None  # noqa: E711

    used = in_network | in_trame
    for relation in itineraries:
        used[members[relation.id]] = True
    result.skip(WAY_WITHOUT_GEOMETRY, [f"way/{i}" for i in ways.ids[used & ~valid]])
    xy = _project_ways(ways, used & valid, project)

    number, network_of = _numbered_nodes(nodes, result)
    node_xy = project(nodes.lonlat[number >= 0]) if (number >= 0).any() else np.zeros((0, 2))
    _sections(ways, xy, np.flatnonzero(in_network & valid), way_network, node_xy, result,
              nodes, number, network_of)
    for relation in itineraries:
        _itinerary(ways, xy, relation, members[relation.id], valid, result)
    for k in np.flatnonzero(in_trame & valid):
        name = ways.tags["name"][k] or ways.tags["ref"][k] or None
        result.trame.append((xy[ways.ptr[k]:ways.ptr[k + 1]],
                             _attributes(f"way/{ways.ids[k]}", name=name, kind=trame[k])))
    return result


def _attributes(source_id, **values):
    return {**values, "source": SOURCE, "source_id": source_id}


def _members(ways, relations, result):
    """{relation id: indices of its ways present in the extract (each once)}; relations with
    none are skipped, those with some missing are listed as incomplete."""
    order = np.argsort(ways.ids, kind="stable")
    sorted_ids = ways.ids[order]
    member = np.concatenate([r.ways for r in relations] + [np.zeros(0, np.int64)])
    owner = np.repeat(np.arange(len(relations)), [len(r.ways) for r in relations])
    at = np.minimum(np.searchsorted(sorted_ids, member), max(len(sorted_ids) - 1, 0))
    found = sorted_ids[at] == member if len(sorted_ids) else np.zeros(len(member), bool)
    # a way listed twice in a relation (there and back) counts once
    present = np.unique(owner[found] * len(ways) + order[at[found]])
    present_owner, present_way = present // max(len(ways), 1), present % max(len(ways), 1)
    bounds = np.searchsorted(present_owner, np.arange(len(relations) + 1))
    missing = np.unique(np.column_stack([owner[~found], member[~found]]), axis=0)[:, 0]
    missing_count = np.bincount(missing, minlength=len(relations))
    members = {}
    for k, relation in enumerate(relations):
        ways_k = present_way[bounds[k]:bounds[k + 1]]
        if len(ways_k) == 0:
            result.skip(RELATION_WITHOUT_WAYS, [f"relation/{relation.id}"])
            continue
        members[relation.id] = ways_k
        if missing_count[k]:
            result.incomplete.append(Incomplete(
                relation.id, osm_tags.itinerary_name(relation.tags) or "",
                int(missing_count[k]), int(missing_count[k]) + len(ways_k)))
    return members


def _has_length(ways):
    """Ways with at least two distinct vertices."""
    owner = np.repeat(np.arange(len(ways)), np.diff(ways.ptr))
    moves = (owner[1:] == owner[:-1]) & (ways.lonlat[1:] != ways.lonlat[:-1]).any(axis=1)
    return np.bincount(owner[1:][moves], minlength=len(ways)) > 0


def _project_ways(ways, wanted, project):
    """Project coordinates of the vertices of the ``wanted`` ways (NaN elsewhere)."""
    xy = np.full(ways.lonlat.shape, np.nan)
    take = ranges(ways.ptr[:-1][wanted], np.diff(ways.ptr)[wanted])
    if len(take):
        xy[take] = project(ways.lonlat[take])
    return xy


def _numbered_nodes(nodes, result):
    """(number or -1, the tag's network level) of each numbered node; a ``rcn_ref`` goes
    before a ``lcn_ref`` on the same node."""
    rcn = np.asarray(nodes.tags["rcn_ref"], dtype=str)
    lcn = np.asarray(nodes.tags["lcn_ref"], dtype=str)
    ref = np.where(rcn != "", rcn, lcn)
    level = np.where(rcn != "", "rcn", "lcn")
    number = np.array([osm_tags.node_number(r) if r else None for r in ref], dtype=object)
    number = np.where(number == None, -1, number).astype(np.int64)  # noqa: E711
    bad = (number < 0) & (ref != "")
    result.skip(NODE_NUMBER, [f"node/{i} ({r})" for i, r in zip(nodes.ids[bad], ref[bad])])
    return number, level


def _way_lines(ways, xy, indices):
    return [xy[ways.ptr[k]:ways.ptr[k + 1]] for k in indices]


def _sections(ways, xy, network_ways, way_network, node_xy, result, nodes, number, level):
    """Sections from node to node: the network's ways noded where they meet, split at the
    numbered nodes, then chained through the nodes that are neither numbered nor junctions."""
    numbered_ids = nodes.ids[number >= 0]
    if len(network_ways) == 0:
        node_net = np.full(len(numbered_ids), -1, dtype=np.int64)
        refined = None
    else:
        take = ranges(ways.ptr[network_ways], np.diff(ways.ptr)[network_ways])
        ptr = np.concatenate([[0], np.cumsum(np.diff(ways.ptr)[network_ways])])
        # OSM ways join where they share a node: no T-junction without one
        net = build_network_flat(xy[take], ptr, SNAP_TOLERANCE, t_junctions=False)
        located = locate_points(net, node_xy, NODE_TOLERANCE)
        refined, node_net = split_at(net, located)
    _nodes(result, numbered_ids, node_xy, number[number >= 0], level[number >= 0], node_net,
           refined, network_ways, way_network)
    if refined is None or refined.edge_count == 0:
        return
    way = network_ways[refined.edge_line]  # the way of each piece
    edge_count, node_count = refined.edge_count, refined.node_count
    # k: the piece's position along its way (pieces come in way order, then along the way)
    first = np.searchsorted(refined.edge_line, refined.edge_line, side="left")
    piece_rank = np.arange(edge_count) - first
    surface = osm_tags.surface_codes(ways.tags["surface"][way])
    numbered = np.zeros(node_count, dtype=bool)
    numbered[node_net[node_net >= 0]] = True
    # a numbered node stops a chain even where only two pieces meet: give each piece end
    # there a node of its own
    a = np.where(numbered[refined.edge_u], node_count + 2 * np.arange(edge_count),
                 refined.edge_u)
    b = np.where(numbered[refined.edge_v], node_count + 2 * np.arange(edge_count) + 1,
                 refined.edge_v)
    walks = chains(a, b)
    walk, piece, rev = flatten_walks(walks)
    line_xy, line_ptr = walks_xy(refined.edge_xy, refined.edge_ptr, walk, piece, rev,
                                 len(walks))
    head = np.concatenate([[True], walk[1:] != walk[:-1]])
    tail = np.concatenate([walk[1:] != walk[:-1], [True]])
    start = np.where(rev[head], refined.edge_v[piece[head]], refined.edge_u[piece[head]])
    end = np.where(rev[tail], refined.edge_u[piece[tail]], refined.edge_v[piece[tail]])
    result.open_section_ends += int((~numbered[start]).sum() + (~numbered[end]).sum())
    # the identifier: the way (lowest id) it runs on, and its first piece of that way
    way_id = ways.ids[way[piece]]
    order = np.lexsort((piece_rank[piece], way_id, walk))
    named_by = order[np.searchsorted(walk[order], np.arange(len(walks)))]
    length = refined.edge_length[piece]
    network = _longest(walk, way_network[way[piece]], length, len(walks))
    surfaces = _longest(walk, surface[piece], length, len(walks))
    for k in range(len(walks)):
        result.troncons.append((line_xy[line_ptr[k]:line_ptr[k + 1]], _attributes(
            f"way/{way_id[named_by[k]]}@{piece_rank[piece[named_by[k]]]}",
            network=network[k], surface=surfaces[k])))


def _longest(group, values, lengths, count):
    """Per group, the value covering the greatest length (None values left out; None when a
    group has no other; ties: the first value in sorted order)."""
    known = np.array([v is not None for v in values], dtype=bool)
    result = np.full(count, None, dtype=object)
    if not known.any():
        return result
    names, inverse = np.unique(values[known].astype(str), return_inverse=True)
    totals = np.bincount(group[known] * len(names) + inverse, weights=lengths[known],
                         minlength=count * len(names)).reshape(count, len(names))
    best = np.argmax(totals, axis=1)
    has = totals.max(axis=1) > 0
    result[has] = names[best[has]]
    return result


def _nodes(result, ids, xy, number, level, node_net, refined, network_ways, way_network):
    """The numbered nodes, in the network of the pieces they touch (a named network rather
    than a bare level when they touch several); nodes off the network keep their tag's level
    (rcn, lcn) as network."""
    network = level.astype(object)
    on = np.flatnonzero(node_net >= 0)
    if refined is not None and len(on):
        ptr, edges = refined.incidence
        for k in on:
            touching = edges[ptr[node_net[k]]:ptr[node_net[k] + 1]]
            names = way_network[network_ways[refined.edge_line[touching]]]
            named = [n for n in names if n not in osm_tags.NETWORK_LEVELS]
            network[k] = named[0] if named else names[0]
    result.nodes_off_network += len(ids) - len(on)
    for k in range(len(ids)):
        result.noeuds.append((xy[k], _attributes(
            f"node/{ids[k]}", number=int(number[k]), network=network[k])))


def _itinerary(ways, xy, relation, member_ways, valid, result):
    """One line for a named route: its ways ordered and oriented into a route (route_coverage),
    the parts that do not touch joined by straight jumps."""
    parts = _way_lines(ways, xy, member_ways[valid[member_ways]])
    if not parts:
        return  # its ways are counted as ways without geometry
    route = assemble_route(parts, JOIN_TOLERANCE)
    name = osm_tags.itinerary_name(relation.tags)
    line = np.concatenate(route.pieces)
    result.itinerary_lines.append(ItineraryLine(
        relation.id, name, len(parts), len(route.jumps),
        float(sum(jump.length_m for jump in route.jumps))))
    result.itineraires.append((line, _attributes(
        f"relation/{relation.id}", name=name, kind=osm_tags.itinerary_kind(relation.tags))))
