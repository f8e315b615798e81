"""The ways of every node-to-node route as one graph of fragments, built at once for all
routes: each route's ways cut where they join one another, where they end and at its network
nodes; a fragment knows the directions its mode may travel it (the way's one-way tags, the
member's ``forward``/``backward`` role). A place is one graph node per route: routes never
share graph nodes, so one search serves them all.

Pure numpy; no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import List, Sequence, Tuple

import numpy as np

from ...network.graph import ranges
from ..modes import ONEWAY_KEYS, REVERSE, ROUNDABOUTS, WALKING_HIGHWAYS, YES
from ..reader import Nodes, Tags, Ways
from ..relations import Relation


@dataclass(eq=False)
class Members:
    """The way members of the routes, each (route, way) once: ``forward``/``backward`` say
    whether the member may be travelled along / against the way (its role, the way's one-way
    tags for the route's mode); ``place`` is its first position among the way members."""

    route: np.ndarray
    way: np.ndarray
    forward: np.ndarray
    backward: np.ndarray
    place: np.ndarray


@dataclass(eq=False)
class Fragments:
    """Pieces of member ways between split points: route, graph nodes ``u`` -> ``v``, length
    (metres), allowed directions, the way they are on, and their vertices (flat, ``ptr``)."""

    route: np.ndarray
    u: np.ndarray
    v: np.ndarray
    length: np.ndarray
    forward: np.ndarray
    backward: np.ndarray
    way: np.ndarray
    xy: np.ndarray
    ptr: np.ndarray
    node_count: int


@dataclass(eq=False)
class NetworkNodes:
    """The network nodes met by each route, in member order (a node may come more than once):
    route, graph node, index in Nodes, whether met on a way (else as a node member)."""

    route: np.ndarray
    key: np.ndarray
    node: np.ndarray
    in_way: np.ndarray


def one_way(tags: Tags, rows: np.ndarray, mode: str) -> np.ndarray:
    """How each way ``rows`` may be travelled in ``mode``: 1 only along it, -1 only against
    it, 0 both. ``oneway`` binds every mode but walking, where it binds only on footways,
    paths and steps; a roundabout is one-way unless ``oneway`` says otherwise;
    ``oneway:<mode>`` (``oneway:bicycle=no``) overrides both. Only the ways with one of these
    tags are looked at."""
    own_key = f"oneway:{ONEWAY_KEYS[mode]}"
    direction = np.zeros(len(rows), dtype=np.int64)
    tagged = np.flatnonzero(tags.present(own_key)[rows] | tags.present("oneway")[rows]
                            | tags.present("junction")[rows])
    if len(tagged) == 0:
        return direction
    at = rows[tagged]
    own = np.char.lower(tags.rows(own_key, at))
    general = np.char.lower(tags.rows("oneway", at))
    general_way = _direction(general)
    roundabout = (general == "") & np.isin(tags.rows("junction", at), ROUNDABOUTS)
    general_way[roundabout] = 1
    if mode == "marche":
        walking = np.isin(tags.rows("highway", at), WALKING_HIGHWAYS)
        general_way[~walking] = 0
    direction[tagged] = np.where(own != "", _direction(own), general_way)
    return direction


def _direction(values: np.ndarray) -> np.ndarray:
    return np.where(np.isin(values, YES), 1, np.where(np.isin(values, REVERSE), -1, 0))


def members(ways: Ways, relations: Sequence[Relation], modes: Sequence[str],
            usable: np.ndarray) -> Members:
    """The way members of ``relations`` (routes of ``modes``) that are in the extract and
    ``usable`` (with a length)."""
    ids = np.concatenate([r.ways for r in relations] + [np.zeros(0, np.int64)])
    route = np.repeat(np.arange(len(relations)), [len(r.ways) for r in relations])
    place = np.concatenate([np.arange(len(r.ways)) for r in relations] + [np.zeros(0, int)])
    roles = np.array(list(chain.from_iterable(
        r.roles or ("",) * len(r.ways) for r in relations)), dtype=str)
    order = np.argsort(ways.ids, kind="stable")
    at = np.minimum(np.searchsorted(ways.ids[order], ids), max(len(ways) - 1, 0))
    found = (ways.ids[order][at] == ids) if len(ways) else np.zeros(len(ids), bool)
    way = order[at]
    keep = found & usable[way] if len(ways) else found
    route, way, place, roles = route[keep], way[keep], place[keep], roles[keep]
    forward, backward = roles != "backward", roles != "forward"
    direction = np.zeros(len(way), dtype=np.int64)
    mode_of = np.asarray(modes, dtype=object)[route] if len(route) else np.zeros(0, object)
    for mode in set(modes):
        rows = np.flatnonzero(mode_of == mode)
        direction[rows] = one_way(ways.tags, way[rows], mode)
    return _unique_members(route, way, forward & (direction >= 0), backward & (direction <= 0),
                           place)


def _unique_members(route: np.ndarray, way: np.ndarray, forward: np.ndarray,
                    backward: np.ndarray, place: np.ndarray) -> Members:
    """Each (route, way) once: a way listed twice (there and back) may be travelled in the
    directions either listing allows."""
    order = np.lexsort((place, way, route))
    route, way, forward, backward, place = (a[order] for a in (route, way, forward, backward,
                                                                place))
    head = np.ones(len(route), dtype=bool)
    head[1:] = (route[1:] != route[:-1]) | (way[1:] != way[:-1])
    starts = np.flatnonzero(head)
    if len(starts) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Members(empty, empty, empty.astype(bool), empty.astype(bool), empty)
    any_forward = np.maximum.reduceat(forward.astype(np.int8), starts).astype(bool)
    any_backward = np.maximum.reduceat(backward.astype(np.int8), starts).astype(bool)
    result = Members(route[starts], way[starts], any_forward, any_backward, place[starts])
    by_place = np.lexsort((result.place, result.route))
    return Members(*(getattr(result, f)[by_place] for f in (
        "route", "way", "forward", "backward", "place")))


def _node_members(nodes: Nodes, relations: Sequence[Relation], ref_tags: Sequence[str]
                  ) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(route, index in Nodes, place) of the node members carrying their route's number tag."""
    route = np.repeat(np.arange(len(relations)), [len(r.node_ids) for r in relations])
    ids = np.concatenate([r.node_ids for r in relations] + [np.zeros(0, np.int64)])
    place = np.concatenate([r.node_places for r in relations] + [np.zeros(0, np.int64)])
    order = np.argsort(nodes.ids, kind="stable")
    at = np.minimum(np.searchsorted(nodes.ids[order], ids), max(len(nodes) - 1, 0))
    node = order[at] if len(nodes) else at
    keep = (nodes.ids[node] == ids) if len(nodes) else np.zeros(len(ids), bool)
    for k in np.flatnonzero(keep):
        keep[k] = nodes.tags.raw[ref_tags[route[k]]][node[k]] != b""
    return route[keep], node[keep], place[keep]


def _on_osm_grid(lonlat: np.ndarray) -> np.ndarray:
    """Places in OSM's own units (1e-7 degree): GDAL's points and its ways' vertices may
    differ in the last bits of the same node's coordinates (PBF)."""
    return np.round(np.asarray(lonlat, dtype=float) * 1e7).astype(np.int64).reshape(-1, 2)


def _tagged_nodes_at(nodes: Nodes, lonlat: np.ndarray, route: np.ndarray,
                     ref_tags: Sequence[str]) -> np.ndarray:
    """For each point (of ``route``), the index of a node at that very place carrying the
    route's number tag ``ref_tags[route]`` (-1 when none)."""
    found = np.full(len(lonlat), -1, dtype=np.int64)
    tag_of_point = np.asarray(ref_tags, dtype=object)[route]
    for tag in set(ref_tags):
        if tag not in nodes.tags:
            continue
        tagged = np.flatnonzero(nodes.tags.present(tag))
        points = np.flatnonzero(tag_of_point == tag)
        if len(tagged) == 0 or len(points) == 0:
            continue
        grid = _on_osm_grid(nodes.lonlat[tagged])
        keys = grid[:, 0] * np.int64(4_000_000_000) + grid[:, 1]
        order = np.argsort(keys)
        wanted_grid = _on_osm_grid(lonlat[points])
        wanted = wanted_grid[:, 0] * np.int64(4_000_000_000) + wanted_grid[:, 1]
        at = np.minimum(np.searchsorted(keys[order], wanted), len(order) - 1)
        hit = keys[order][at] == wanted
        found[points[hit]] = tagged[order[at[hit]]]
    return found


def _place_keys(route: np.ndarray, lonlat: np.ndarray) -> Tuple[np.ndarray, int]:
    """One graph node per (route, place): the same OSM node in two ways of a route is one."""
    lonlat = _on_osm_grid(lonlat)
    order = np.lexsort((lonlat[:, 1], lonlat[:, 0], route))
    head = np.ones(len(order), dtype=bool)
    head[1:] = (route[order][1:] != route[order][:-1]) | (
        lonlat[order][1:] != lonlat[order][:-1]).any(axis=1)
    key = np.empty(len(order), dtype=np.int64)
    key[order] = np.cumsum(head) - 1
    return key, int(head.sum())


def build(nodes: Nodes, ways: Ways, xy: np.ndarray, relations: Sequence[Relation],
          member: Members, ref_tags: Sequence[str]) -> Tuple[Fragments, NetworkNodes]:
    """The fragments of the routes' member ways (``xy``: the ways' projected vertices) and the
    network nodes they meet (``ref_tags``: the number tag of each route's network)."""
    counts = np.diff(ways.ptr)[member.way]
    vertex = ranges(ways.ptr[member.way], counts)  # index in ways.lonlat
    row = np.repeat(np.arange(len(member.way)), counts)
    node_route, node_index, node_place = _node_members(nodes, relations, ref_tags)
    points_route = np.concatenate([member.route[row], node_route])
    points = np.concatenate([ways.lonlat[vertex], nodes.lonlat[node_index]])
    key, node_count = _place_keys(points_route, points)
    network_node = _tagged_nodes_at(nodes, ways.lonlat[vertex], member.route[row], ref_tags)
    vertex_key = key[:len(vertex)]
    fragments = _fragments(member, counts, vertex, vertex_key, network_node, xy, node_count,
                           ways)
    met = _network_nodes(member, row, vertex_key, network_node, node_route,
                         key[len(vertex):], node_index, node_place)
    return fragments, met


def _fragments(member: Members, counts: np.ndarray, vertex: np.ndarray, key: np.ndarray,
               network_node: np.ndarray, xy: np.ndarray, node_count: int, ways: Ways
               ) -> Fragments:
    """The member ways cut at their ends, where they meet (a place met twice in the route)
    and at network nodes; fragments without length are left out."""
    first = np.cumsum(counts) - counts
    split = np.bincount(key, minlength=node_count)[key] >= 2
    split[first] = split[first + counts - 1] = True
    split |= network_node >= 0
    at = np.flatnonzero(split)
    row = np.repeat(np.arange(len(counts)), counts)
    same = row[at[:-1]] == row[at[1:]]
    start, end = at[:-1][same], at[1:][same]
    points = xy[vertex]
    step = np.zeros(len(vertex))
    step[1:] = np.hypot(*np.diff(points, axis=0).T)
    step[first] = 0.0
    chainage = np.cumsum(step)
    length = chainage[end] - chainage[start]
    keep = length > 0
    start, end, length = start[keep], end[keep], length[keep]
    frag_row = row[start]
    take = ranges(start, end - start + 1)
    ptr = np.concatenate([[0], np.cumsum(end - start + 1)]).astype(np.int64)
    return Fragments(member.route[frag_row], key[start], key[end], length,
                     member.forward[frag_row], member.backward[frag_row],
                     member.way[frag_row], points[take], ptr, node_count)


def _network_nodes(member: Members, row: np.ndarray, vertex_key: np.ndarray,
                   network_node: np.ndarray, node_route: np.ndarray, node_key: np.ndarray,
                   node_index: np.ndarray, node_place: np.ndarray) -> NetworkNodes:
    """The network nodes each route meets, in member order: a node member before the way
    members that follow it, the nodes of a way in the way's order."""
    on_way = np.flatnonzero(network_node >= 0)
    route = np.concatenate([member.route[row[on_way]], node_route])
    place = np.concatenate([member.place[row[on_way]], node_place])
    kind = np.concatenate([np.ones(len(on_way)), np.zeros(len(node_route))])
    rank = np.concatenate([on_way, np.arange(len(node_route))])
    order = np.lexsort((rank, kind, place, route))
    key = np.concatenate([vertex_key[on_way], node_key])[order]
    node = np.concatenate([network_node[on_way], node_index])[order]
    return NetworkNodes(route[order], key, node, kind[order].astype(bool))


def split_by_route(route: np.ndarray, count: int) -> List[np.ndarray]:
    """The indices of each route's rows (``route`` sorted)."""
    bounds = np.searchsorted(route, np.arange(count + 1))
    return [np.arange(bounds[k], bounds[k + 1]) for k in range(count)]
