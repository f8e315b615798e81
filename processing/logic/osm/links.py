"""The links of node networks (``liaisons``): one record per node-to-node route relation
("17-19") of every mode, with the route's integrity as knooppuntnet, the open-source monitor of
OSM node networks, defines it:

- ``broken``: no path from the start node to the end node, or none back, through the route's
  ways in the directions its mode may travel them (a route tagged one-way needs one path; a
  route made of a single roundabout way is never broken); a loop ("45-45") needs a cycle;
- ``unused_segments``: the paths exist but some pieces of its ways are on neither
  (``unused_segment_count`` pieces, between places where ways join);
- ``redundant_nodes``: network nodes other than its start and end (``redundant_numbers``);
- ``one_way``: tagged one-way, and only one path exists;
- ``start_node_missing``, ``end_node_missing``: no node with that number on its ways;
- ``name_mismatch``: its name does not match the numbers of its nodes.

The link's line is its path from start to end (a loop: its cycle), else its ways merged into
one line; ``length_m`` is the line's length. Pure numpy/scipy; no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..network.graph import walks_xy
from ..network.route_coverage import assemble_route
from . import link_graph, link_nodes, link_paths
from . import tags as osm_tags
from .modes import ROUNDABOUTS, RouteClass, name_numbers, route_name, route_one_way
from .reader import Nodes, Ways
from .relations import Relation

FACTS = ("broken", "unused_segments", "redundant_nodes", "one_way", "start_node_missing",
         "end_node_missing", "name_mismatch")
JOIN_TOLERANCE = 1.0  # metres: parts of a route closer than this join without a jump
Record = Tuple[np.ndarray, dict]


@dataclass(frozen=True)
class Integrity:
    """What the paths say of one route."""

    forward: bool
    backward: bool
    paths_checked: bool  # both ends found, so paths were looked for
    unused: Optional[int]


def merged_line(parts: List[np.ndarray]) -> Tuple[Optional[np.ndarray], int, float]:
    """Lines ordered and oriented into one (the route assembly of ``route_coverage``), parts
    that do not touch joined by straight jumps: (line or None, jumps, metres of jumps)."""
    if not parts:
        return None, 0, 0.0
    route = assemble_route(parts, JOIN_TOLERANCE)
    if not route.pieces:
        return None, 0, 0.0
    return (np.concatenate(route.pieces), len(route.jumps),
            float(sum(jump.length_m for jump in route.jumps)))


def _network_node_refs(nodes: Nodes, met: link_graph.NetworkNodes, ref_tags: Sequence[str]
                       ) -> np.ndarray:
    """The number as tagged of each network node met (its route's tag)."""
    refs = np.full(len(met.node), "", dtype=object)
    tag_of = np.asarray(ref_tags, dtype=object)[met.route] if len(met.route) else refs
    for tag in set(ref_tags):
        rows = np.flatnonzero(tag_of == tag)
        if len(rows):
            refs[rows] = nodes.tags.rows(tag, met.node[rows])
    return refs


def _roles(relations: Sequence[Relation], met: link_graph.NetworkNodes, refs: np.ndarray
           ) -> List[link_nodes.NodeRoles]:
    """The node roles of each route, from the network nodes it meets in member order."""
    keys, in_way, refs = met.key.tolist(), met.in_way.tolist(), refs.tolist()
    bounds = np.searchsorted(met.route, np.arange(len(relations) + 1)).tolist()
    roles = []
    for k, relation in enumerate(relations):
        a, b = bounds[k], bounds[k + 1]
        distinct = link_nodes.distinct_nodes(keys[a:b], refs[a:b], in_way[a:b])
        roles.append(link_nodes.node_roles(distinct, name_numbers(route_name(relation.tags))))
    return roles


def _ends(roles: Sequence[link_nodes.NodeRoles], loops: set, pick: str
          ) -> Tuple[np.ndarray, np.ndarray]:
    """(route, graph node) of the start (``pick`` "start") or end nodes of the routes with
    both ends found, loops left out."""
    route, node = [], []
    for k, role in enumerate(roles):
        if role.start and role.end and k not in loops:
            for key in getattr(role, pick):
                route.append(k)
                node.append(key)
    return np.array(route, dtype=np.int64), np.array(node, dtype=np.int64)


def _paths(frag: link_graph.Fragments, roles: Sequence[link_nodes.NodeRoles]
           ) -> Tuple[Dict[int, List[link_paths.Step]], Dict[int, List[link_paths.Step]]]:
    """The forward and backward paths of every route (a loop's cycle as its forward path)."""
    count = len(roles)
    loops = {k for k, role in enumerate(roles) if role.loop}
    arcs = link_paths.arcs(frag)
    starts, ends = _ends(roles, loops, "start"), _ends(roles, loops, "end")
    forward = link_paths.shortest_paths(frag, arcs, *starts, *ends, count)
    backward = link_paths.shortest_paths(frag, arcs, *ends, *starts, count)
    rows = link_graph.split_by_route(frag.route, count)
    for k in sorted(loops):
        cycle = link_paths.loop_cycle(frag, rows[k].tolist(), roles[k].start[0])
        if cycle is not None:
            forward[k] = cycle
    return forward, backward


def _integrity(frag: link_graph.Fragments, roles: Sequence[link_nodes.NodeRoles],
               forward: Dict[int, list], backward: Dict[int, list]) -> List[Integrity]:
    used = np.zeros(len(frag.route), dtype=bool)
    for steps in list(forward.values()) + list(backward.values()):
        used[[f for f, _ in steps]] = True
    unused = link_paths.unused_pieces(frag, used, len(roles))
    result = []
    for k, role in enumerate(roles):
        checked = bool(role.start and role.end)
        has_forward = k in forward
        has_backward = k in backward or (role.loop and has_forward)
        result.append(Integrity(has_forward, has_backward, checked, int(unused[k])))
    return result


def _single_roundabouts(ways: Ways, member: link_graph.Members, count: int) -> np.ndarray:
    """The routes made of one way, a roundabout."""
    roundabout = np.isin(ways.tags.rows("junction", member.way), ROUNDABOUTS)
    ways_of = np.bincount(member.route, minlength=count)
    return (ways_of == 1) & (np.bincount(member.route, weights=roundabout, minlength=count) > 0)


def facts_of(role: link_nodes.NodeRoles, integrity: Integrity, one_way_route: bool,
             single_roundabout: bool) -> Tuple[List[str], Optional[int]]:
    """The route's facts (in FACTS order) and its unused piece count (None when its paths
    could not be looked for, or are missing)."""
    both = integrity.forward and integrity.backward
    either = integrity.forward or integrity.backward
    complete = both or (one_way_route and either)
    facts = set()
    if integrity.paths_checked and not complete and not single_roundabout:
        facts.add("broken")
    unused = integrity.unused if integrity.paths_checked and complete else None
    if unused:
        facts.add("unused_segments")
    if role.redundant:
        facts.add("redundant_nodes")
    if integrity.paths_checked and one_way_route and either and not both:
        facts.add("one_way")
    if role.start_missing:
        facts.add("start_node_missing")
    if role.end_missing:
        facts.add("end_node_missing")
    if role.name_mismatch:
        facts.add("name_mismatch")
    return [f for f in FACTS if f in facts], unused


def _lines(frag: link_graph.Fragments, ways: Ways, xy: np.ndarray,
           member: link_graph.Members, forward: Dict[int, list], count: int
           ) -> List[Optional[np.ndarray]]:
    """Each route's line: its forward path, else its ways merged."""
    lines: List[Optional[np.ndarray]] = [None] * count
    routes = sorted(forward)
    steps = [step for k in routes for step in forward[k]]
    if steps:
        walk = np.repeat(np.arange(len(routes)), [len(forward[k]) for k in routes])
        piece = np.array([f for f, _ in steps], dtype=np.int64)
        rev = np.array([r for _, r in steps], dtype=bool)
        line_xy, ptr = walks_xy(frag.xy, frag.ptr, walk, piece, rev, len(routes))
        for i, k in enumerate(routes):
            lines[k] = line_xy[ptr[i]:ptr[i + 1]]
    bounds = np.searchsorted(member.route, np.arange(count + 1))
    for k in range(count):
        if lines[k] is None:
            parts = [xy[ways.ptr[w]:ways.ptr[w + 1]] for w in member.way[bounds[k]:bounds[k + 1]]]
            lines[k] = merged_line(parts)[0]
    return lines


def _number(value: Optional[str]) -> Optional[int]:
    return int(value) if value is not None and value.isdigit() else None


def _record(relation: Relation, route: RouteClass, role: link_nodes.NodeRoles, line: np.ndarray,
            facts: List[str], unused: Optional[int]) -> Record:
    return (line, {
        "ref": route_name(relation.tags), "from_number": _number(role.from_number),
        "to_number": _number(role.to_number), "mode": route.mode,
        "network": osm_tags.network_name(relation.tags),
        "length_m": float(np.hypot(*np.diff(line, axis=0).T).sum()), "state": route.state,
        "facts": ",".join(facts) or None,
        "redundant_numbers": ",".join(role.redundant) or None,
        "unused_segment_count": unused, "source": "osm",
        "source_id": f"relation/{relation.id}"})


def build_links(nodes: Nodes, ways: Ways, xy: np.ndarray, usable: np.ndarray,
                routes: Sequence[Tuple[Relation, RouteClass]]) -> List[Record]:
    """The ``liaisons`` records of the node-to-node ``routes`` (relations sorted by id with
    their class); ``xy`` the projected vertices of the ways (at least of theirs), ``usable``
    the ways with a length. A route none of whose ways is usable gives no record."""
    relations = [relation for relation, _ in routes]
    member = link_graph.members(ways, relations, [r.mode for _, r in routes], usable)
    ref_tags = [r.node_ref_tag for _, r in routes]
    frag, met = link_graph.build(nodes, ways, xy, relations, member, ref_tags)
    roles = _roles(relations, met, _network_node_refs(nodes, met, ref_tags))
    forward, backward = _paths(frag, roles)
    integrity = _integrity(frag, roles, forward, backward)
    lines = _lines(frag, ways, xy, member, forward, len(relations))
    roundabout = _single_roundabouts(ways, member, len(relations))
    records = []
    for k, (relation, route) in enumerate(routes):
        if lines[k] is None:
            continue
        facts, unused = facts_of(roles[k], integrity[k], route_one_way(relation.tags),
                                 bool(roundabout[k]))
        records.append(_record(relation, route, roles[k], lines[k], facts, unused))
    return records
