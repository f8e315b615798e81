"""The numbered nodes (``noeuds``) and the sections from node to node (``troncons``) of one
mode's network: the ways of its r- and l-level route relations, noded where they share an OSM
node, cut at the numbered nodes, then chained through the nodes that are neither numbered nor
junctions. It composes the graph engine (``network.graph``); one graph per mode and run.

Records are (coordinates, attributes) in the project CRS; identifiers as docs/data-model.md
says: a cycling node ``node/<id>``, a cycling section ``way/<id>@<k>``; the other modes prefix
their code (``marche:node/<id>``), so that one OSM node on two networks is two nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

import numpy as np

from ..network.graph import (
    Network,
    build_network_flat,
    chains,
    flatten_walks,
    locate_points,
    ranges,
    split_at,
    walks_xy,
)
from . import tags as osm_tags
from .modes import CYCLING, NETWORK_CODES, NODE_REF_TAGS
from .reader import Nodes, Ways

SNAP_TOLERANCE = 0.05  # metres: ways of OSM share their nodes, so their ends are equal
NODE_TOLERANCE = 1.0  # metres: a numbered node farther than this from the network is off it
LEVEL_CODES = np.array(sorted(NETWORK_CODES))
Record = Tuple[np.ndarray, dict]


def source_id(mode: str, element: str) -> str:
    """The identifier of a node or section of ``mode``: the OSM element for cycling (as every
    earlier version wrote it, so a re-import updates it), prefixed with the mode otherwise."""
    return element if mode == CYCLING else f"{mode}:{element}"


@dataclass(eq=False)
class NumberedNodes:
    """The nodes numbered in one mode's network: their index in Nodes, number (-1 when the tag
    is no whole number), tag as written and the level code of that tag (``rcn``, ``lwn``)."""

    index: np.ndarray
    number: np.ndarray
    ref: np.ndarray
    level: np.ndarray


@dataclass(eq=False)
class ModeNetwork:
    """What one mode's network gives: its records and what the log counts."""

    noeuds: List[Record]
    troncons: List[Record]
    bad_numbers: List[str]  # "node/<id> (<tag>)" of numbers that are no whole number
    zero_length: List[str]  # identifiers of sections without length, left out
    nodes_off_network: int
    open_section_ends: int


def has_numbers(nodes: Nodes, mode: str) -> bool:
    """Some node carries a number of ``mode``'s networks."""
    return any(nodes.tags.present(tag).any() for tag in NODE_REF_TAGS[mode])


def numbered_nodes(nodes: Nodes, mode: str) -> NumberedNodes:
    """The nodes carrying a number of ``mode``'s networks; the regional tag (``rcn_ref``)
    goes before the local one (``lcn_ref``) on the same node."""
    regional, local = NODE_REF_TAGS[mode]
    has_r, has_l = nodes.tags.present(regional), nodes.tags.present(local)
    index = np.flatnonzero(has_r | has_l)
    ref = np.where(has_r[index], nodes.tags.rows(regional, index),
                   nodes.tags.rows(local, index))
    level = np.where(has_r[index], regional[:-4], local[:-4])
    number = np.array([osm_tags.node_number(r) for r in ref.tolist()], dtype=object)
    number = np.where(number == None, -1, number).astype(np.int64)  # noqa: E711
    return NumberedNodes(index, number, ref, level)


def mode_network(mode: str, nodes: Nodes, ways: Ways, xy: np.ndarray, network_ways: np.ndarray,
                 way_network: np.ndarray,
                 project: Callable[[np.ndarray], np.ndarray]) -> ModeNetwork:
    """The nodes and sections of ``mode``: ``network_ways`` (indices of its network's ways with
    a length, ``xy`` their projected vertices), ``way_network`` the network name of each way."""
    numbered = numbered_nodes(nodes, mode)
    good = numbered.number >= 0
    ids = nodes.ids[numbered.index]
    bad = [f"{source_id(mode, f'node/{i}')} ({r})"
           for i, r in zip(ids[~good], numbered.ref[~good])]
    node_xy = project(nodes.lonlat[numbered.index[good]]) if good.any() else np.zeros((0, 2))
    refined, node_net = _noded(ways, xy, network_ways, node_xy)
    network = _node_networks(numbered.level[good].astype(object), node_net, refined,
                             network_ways, way_network)
    noeuds = [(node_xy[k], {"number": int(n), "network": network[k], "mode": mode,
                            "source": "osm", "source_id": source_id(mode, f"node/{i}")})
              for k, (n, i) in enumerate(zip(numbered.number[good], ids[good]))]
    result = ModeNetwork(noeuds, [], bad, [], int((node_net < 0).sum()), 0)
    if refined is not None and refined.edge_count:
        _sections(mode, ways, network_ways, way_network, refined, node_net, result)
    return result


def _noded(ways: Ways, xy: np.ndarray, network_ways: np.ndarray, node_xy: np.ndarray
           ) -> Tuple[Optional[Network], np.ndarray]:
    """The network's ways noded and split at the numbered nodes: (network, the network node of
    each numbered node, -1 when it is on no way)."""
    if len(network_ways) == 0:
        return None, np.full(len(node_xy), -1, dtype=np.int64)
    counts = np.diff(ways.ptr)[network_ways]
    take = ranges(ways.ptr[network_ways], counts)
    ptr = np.concatenate([[0], np.cumsum(counts)])
    # OSM ways join where they share a node: no T-junction without one
    net = build_network_flat(xy[take], ptr, SNAP_TOLERANCE, t_junctions=False)
    return split_at(net, locate_points(net, node_xy, NODE_TOLERANCE))


def _node_networks(network: np.ndarray, node_net: np.ndarray, refined: Optional[Network],
                   network_ways: np.ndarray, way_network: np.ndarray) -> np.ndarray:
    """The network of each numbered node: that of the pieces it touches, a named network
    rather than a bare level code (``rcn``) when it touches several; a node on no way keeps
    its tag's level."""
    on = np.flatnonzero(node_net >= 0)
    if refined is None or len(on) == 0:
        return network
    ptr, edges = refined.incidence
    counts = ptr[node_net[on] + 1] - ptr[node_net[on]]
    owner = np.repeat(np.arange(len(on)), counts)
    names = way_network[network_ways[refined.edge_line[edges[ranges(ptr[node_net[on]],
                                                                     counts)]]]]
    bare = np.isin(names.astype(str), LEVEL_CODES)
    order = np.lexsort((np.arange(len(owner)), bare, owner))
    first = order[np.searchsorted(owner[order], np.arange(len(on)))]
    network[on] = names[first]
    return network


def _sections(mode: str, ways: Ways, network_ways: np.ndarray, way_network: np.ndarray,
              refined: Network, node_net: np.ndarray, result: ModeNetwork) -> None:
    """Sections from node to node: the pieces chained through the nodes that are neither
    numbered nor junctions; a section without length (none is expected) is left out."""
    way = network_ways[refined.edge_line]  # the way of each piece
    # the piece's position along its way (pieces come in way order, then along the way)
    first = np.searchsorted(refined.edge_line, refined.edge_line, side="left")
    piece_rank = np.arange(refined.edge_count) - first
    walk, piece, rev, line_xy, line_ptr, count = _walks(refined, node_net, result)
    # the identifier: the way (lowest id) it runs on, and its first piece of that way
    way_id = ways.ids[way[piece]]
    order = np.lexsort((piece_rank[piece], way_id, walk))
    named_by = order[np.searchsorted(walk[order], np.arange(count))]
    length = refined.edge_length[piece]
    network = _longest(walk, way_network[way[piece]], length, count)
    surface = osm_tags.surface_codes(ways.tags.rows("surface", way[piece]))
    surfaces = _longest(walk, surface, length, count)
    walk_length = np.bincount(walk, weights=length, minlength=count)
    for k in range(count):
        ident = source_id(mode, f"way/{way_id[named_by[k]]}@{piece_rank[piece[named_by[k]]]}")
        if not walk_length[k] > 0:
            result.zero_length.append(ident)
            continue
        result.troncons.append((line_xy[line_ptr[k]:line_ptr[k + 1]], {
            "network": network[k], "surface": surfaces[k], "mode": mode, "source": "osm",
            "source_id": ident}))


def _walks(refined: Network, node_net: np.ndarray, result: ModeNetwork
           ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """The pieces chained into sections: (walk, piece, reversed) of each step, the sections'
    vertices and ptr, their count; the section ends at no numbered node are counted."""
    edge_count, node_count = refined.edge_count, refined.node_count
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
    return walk, piece, rev, line_xy, line_ptr, len(walks)


def _longest(group: np.ndarray, values: np.ndarray, lengths: np.ndarray, count: int
             ) -> np.ndarray:
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
