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

from typing import List, Optional, Sequence, Tuple

import numpy as np

from ...network.graph import walks_xy
from ...network.route_coverage import assemble_route
from .. import tags as osm_tags
from ..modes import (
    ROUNDABOUTS,
    RouteClass,
    name_numbers,
    normalised_number,
    route_name,
    route_one_way,
)
from ..reader import Nodes, Ways
from ..relations import Relation
from . import fragments, route_nodes, route_paths

FACTS = ("broken", "unused_segments", "redundant_nodes", "one_way", "start_node_missing",
         "end_node_missing", "name_mismatch")
JOIN_TOLERANCE = 1.0  # metres: parts of a route closer than this join without a jump
Record = Tuple[np.ndarray, dict]


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


def _network_node_refs(nodes: Nodes, met: fragments.NetworkNodes, ref_tags: Sequence[str]
                       ) -> np.ndarray:
    """The number as tagged of each network node met (its route's tag)."""
    refs = np.full(len(met.node), "", dtype=object)
    tag_of = np.asarray(ref_tags, dtype=object)[met.route] if len(met.route) else refs
    for tag in set(ref_tags):
        rows = np.flatnonzero(tag_of == tag)
        if len(rows):
            refs[rows] = nodes.tags.rows(tag, met.node[rows])
    return refs.astype(str)


def _normalised(refs: np.ndarray) -> np.ndarray:
    """:func:`modes.normalised_number` of each number ("07" and "7" are "7"), worked out once
    per distinct number."""
    unique, inverse = np.unique(refs.astype(str), return_inverse=True)
    return np.array([normalised_number(r) for r in unique.tolist()], dtype=object)[inverse]


def _distinct(met: fragments.NetworkNodes, refs: np.ndarray
              ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each route's network nodes once, in the order they first come: (route, graph node,
    number as tagged, on a way) of each."""
    pair = met.route * np.int64(max(int(met.key.max(initial=0)) + 1, 1)) + met.key
    unique, first, inverse = np.unique(pair, return_index=True, return_inverse=True)
    in_way = np.zeros(len(unique), dtype=bool)
    np.logical_or.at(in_way, inverse, met.in_way)
    order = np.argsort(first)
    rows = first[order]
    return met.route[rows], met.key[rows], refs[rows], in_way[order]


def _roles(relations: Sequence[Relation], names: Sequence[Optional[Tuple[str, str]]],
           met: fragments.NetworkNodes, refs: np.ndarray) -> List[route_nodes.NodeRoles]:
    """The node roles of each route, from the network nodes it meets in member order; a
    route named "a-b" (a and b different) whose two nodes are a and b, on its ways, at once."""
    route, key, ref, in_way = _distinct(met, refs)
    count = len(relations)
    bounds = np.searchsorted(route, np.arange(count + 1)).tolist()
    first = [normalised_number(n[0]) if n else "" for n in names]
    last = [normalised_number(n[1]) if n else "" for n in names]
    simple = _simple_routes(first, last, np.array(bounds), _normalised(ref), in_way).tolist()
    keys, refs_list, ways_list = key.tolist(), ref.tolist(), in_way.tolist()
    roles = []
    for k in range(count):
        a, b = bounds[k], bounds[k + 1]
        if simple[k]:
            start, end = (a, a + 1) if simple[k] == 1 else (a + 1, a)
            roles.append(route_nodes.NodeRoles((keys[start],), (keys[end],), (), False, False,
                                              False, first[k], last[k]))
            continue
        distinct = [route_nodes.RouteNode(*node) for node in zip(
            keys[a:b], refs_list[a:b], ways_list[a:b])]
        roles.append(route_nodes.node_roles(distinct, names[k]))
    return roles


def _simple_routes(first: List[str], last: List[str], bounds: np.ndarray, number: np.ndarray,
                   in_way: np.ndarray) -> np.ndarray:
    """Per route: 1 when it is named "a-b" (a and b different: ``first`` and ``last``, '' for
    no name) and its two network nodes, both on its ways, are a then b; 2 when b then a; 0
    otherwise (worked out node by node)."""
    start, end = np.array(first, dtype=object), np.array(last, dtype=object)
    if len(number) == 0:
        return np.zeros(len(start), dtype=np.int8)
    two = (np.diff(bounds) == 2) & (start != "") & (start != end)
    at = np.minimum(bounds[:-1], len(number) - 1)
    after = np.minimum(at + 1, len(number) - 1)
    ok = two & in_way[at] & in_way[after]
    one, other = number[at].astype(object), number[after].astype(object)
    along = ok & (one == start) & (other == end)
    against = ok & (one == end) & (other == start)
    return np.where(along, 1, np.where(against, 2, 0)).astype(np.int8)


def _ends(roles: Sequence[route_nodes.NodeRoles], loops: np.ndarray
          ) -> Tuple[Tuple[np.ndarray, np.ndarray], Tuple[np.ndarray, np.ndarray]]:
    """((route, graph node) of the start nodes, the same of the end nodes) of the routes with
    both ends found, loops left out."""
    starts: Tuple[List[int], List[int]] = ([], [])
    ends: Tuple[List[int], List[int]] = ([], [])
    for k, role in enumerate(roles):
        if role.start and role.end and not loops[k]:
            starts[0].extend([k] * len(role.start))
            starts[1].extend(role.start)
            ends[0].extend([k] * len(role.end))
            ends[1].extend(role.end)
    return ((np.array(starts[0], np.int64), np.array(starts[1], np.int64)),
            (np.array(ends[0], np.int64), np.array(ends[1], np.int64)))


def _paths(frag: fragments.Fragments, roles: Sequence[route_nodes.NodeRoles]
           ) -> Tuple[route_paths.Paths, route_paths.Paths]:
    """The forward and backward paths of every route (a loop's cycle as its forward path)."""
    arcs = route_paths.arcs(frag)
    trees = route_paths.tree_routes(frag, len(roles))
    loop = np.array([len(r.start) == 1 and r.start == r.end for r in roles], dtype=bool)
    starts, ends = _ends(roles, loop)
    forward = route_paths.shortest_paths(frag, arcs, *starts, *ends, trees)
    backward = route_paths.shortest_paths(frag, arcs, *ends, *starts, trees)
    loops = np.flatnonzero(loop).tolist()
    if loops:
        rows = fragments.split_by_route(frag.route, len(roles))
        cycles = {k: route_paths.loop_cycle(frag, rows[k].tolist(), roles[k].start[0])
                  for k in loops}
        forward = forward.extended({k: c for k, c in cycles.items() if c is not None})
    return forward, backward


def _single_roundabouts(ways: Ways, member: fragments.Members, count: int) -> np.ndarray:
    """The routes made of one way, a roundabout."""
    roundabout = np.isin(ways.tags.rows("junction", member.way), ROUNDABOUTS)
    ways_of = np.bincount(member.route, minlength=count)
    return (ways_of == 1) & (np.bincount(member.route, weights=roundabout, minlength=count) > 0)


def facts_of(role: route_nodes.NodeRoles, forward: bool, backward: bool, unused: int,
             one_way_route: bool, single_roundabout: bool) -> Tuple[List[str], Optional[int]]:
    """The route's facts (in FACTS order) and its unused piece count (None when its paths
    could not be looked for, or are missing)."""
    if forward and backward and not (unused or one_way_route or role.redundant
                                     or role.name_mismatch or role.loop):
        return [], unused  # the common case: a sound route (its ends were found)
    checked = bool(role.start and role.end)
    backward = backward or (role.loop and forward)  # a loop needs its one cycle
    complete = (forward and backward) or (one_way_route and (forward or backward))
    pieces = unused if checked and complete else None
    found = (checked and not complete and not single_roundabout, bool(pieces),
             bool(role.redundant), checked and one_way_route and forward != backward,
             role.start_missing, role.end_missing, role.name_mismatch)
    return [fact for fact, present in zip(FACTS, found) if present], pieces


def _lines(frag: fragments.Fragments, ways: Ways, xy: np.ndarray,
           member: fragments.Members, forward: route_paths.Paths, count: int
           ) -> Tuple[List[Optional[np.ndarray]], np.ndarray]:
    """Each route's line and its length: its forward path, else its ways merged."""
    lines: List[Optional[np.ndarray]] = [None] * count
    length = np.bincount(forward.route, weights=frag.length[forward.fragment], minlength=count)
    routes, walk = np.unique(forward.route, return_inverse=True)
    if len(routes):
        line_xy, ptr = walks_xy(frag.xy, frag.ptr, walk, forward.fragment, forward.reverse,
                                len(routes))
        bounds = ptr.tolist()
        for i, k in enumerate(routes.tolist()):
            lines[k] = line_xy[bounds[i]:bounds[i + 1]]
    bounds = np.searchsorted(member.route, np.arange(count + 1))
    for k in np.flatnonzero(~forward.found(count)).tolist():
        parts = [xy[ways.ptr[w]:ways.ptr[w + 1]] for w in member.way[bounds[k]:bounds[k + 1]]]
        lines[k] = merged_line(parts)[0]
        if lines[k] is not None:
            length[k] = float(np.hypot(*np.diff(lines[k], axis=0).T).sum())
    return lines, length


def _number(value: Optional[str]) -> Optional[int]:
    return int(value) if value is not None and value.isdigit() else None


def _record(relation: Relation, route: RouteClass, name: Optional[str],
            role: route_nodes.NodeRoles, line: np.ndarray, length: float, facts: List[str],
            unused: Optional[int]) -> Record:
    return (line, {
        "ref": name, "from_number": _number(role.from_number),
        "to_number": _number(role.to_number), "mode": route.mode,
        "network": osm_tags.network_name(relation.tags), "length_m": length,
        "state": route.state, "facts": ",".join(facts) or None,
        "redundant_numbers": ",".join(role.redundant) or None,
        "unused_segment_count": unused, "source": "osm",
        "source_id": f"relation/{relation.id}"})


def build_links(nodes: Nodes, ways: Ways, xy: np.ndarray, usable: np.ndarray,
                routes: Sequence[Tuple[Relation, RouteClass]]) -> List[Record]:
    """The ``liaisons`` records of the node-to-node ``routes`` (relations sorted by id with
    their class); ``xy`` the projected vertices of the ways (at least of theirs), ``usable``
    the ways with a length. A route none of whose ways is usable gives no record."""
    relations = [relation for relation, _ in routes]
    count = len(relations)
    member = fragments.members(ways, relations, [r.mode for _, r in routes], usable)
    ref_tags = [r.node_ref_tag or "" for _, r in routes]  # a link's level has numbers
    frag, met = fragments.build(nodes, ways, xy, relations, member, ref_tags)
    route_names = [route_name(r.tags) for r in relations]
    roles = _roles(relations, [name_numbers(n) for n in route_names], met,
                   _network_node_refs(nodes, met, ref_tags))
    forward, backward = _paths(frag, roles)
    used = np.zeros(len(frag.route), dtype=bool)
    used[forward.fragment] = used[backward.fragment] = True
    unused = route_paths.unused_pieces(frag, used, count).tolist()
    lines, length = _lines(frag, ways, xy, member, forward, count)
    has_forward, has_backward = forward.found(count).tolist(), backward.found(count).tolist()
    roundabout = _single_roundabouts(ways, member, count).tolist()
    records = []
    for k, (relation, route) in enumerate(routes):
        line = lines[k]
        if line is None:
            continue
        facts, pieces = facts_of(roles[k], has_forward[k], has_backward[k], unused[k],
                                 route_one_way(relation.tags), roundabout[k])
        records.append(_record(relation, route, route_names[k], roles[k], line,
                               float(length[k]), facts, pieces))
    return records
