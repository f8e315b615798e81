"""Facts on the numbered nodes of a network, and where two networks meet.

Pure numpy/scipy. Distances are metres.

Node facts, as a network's monitor (knooppuntnet) states them:

* ``orphan``: the node is on no section (farther than the attach distance from the network);
* ``dead_end``: one section leaves it;
* ``expected_links_mismatch``: its expected number of links (OpenStreetMap's
  ``expected_rcn_route_relations`` and the like) differs from the sections leaving it;
* ``number_clash``: another node of the same network has its number within the clash
  distance (a rider cannot tell them apart on the signs).

Networks are told apart by the nodes' network (a node without one is in the network "None"
with the others that have none). Where two networks meet (a French and a Belgian one, two
EPCI): the links joining nodes of two networks cross the seam; the same number on nodes of two
networks within the clash distance clashes near the seam; a dead end near a node of another
network is a route stopping at the border.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np
from scipy.spatial import cKDTree

FACTS = ("orphan", "dead_end", "expected_links_mismatch", "number_clash")


def _pairs_within(xy: np.ndarray, distance: float) -> Tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of points within ``distance`` of each other."""
    if len(xy) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    pairs = cKDTree(xy).query_pairs(distance, output_type="ndarray")
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)


def codes(values: Sequence) -> np.ndarray:
    """An integer per value, equal for equal values (None included)."""
    index: dict = {}
    return np.fromiter((index.setdefault(value, len(index)) for value in values),
                       dtype=np.int64, count=len(values))


def same_number_pairs(xy: np.ndarray, number: np.ndarray, network: np.ndarray,
                      distance: float, same_network: bool) -> Tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of nodes with the same number (codes) within ``distance``: of one network
    (codes; ``same_network``) or of two."""
    i, j = _pairs_within(np.asarray(xy, dtype=float).reshape(-1, 2), distance)
    keep = (number[i] == number[j]) & ((network[i] == network[j]) == same_network)
    return i[keep], j[keep]


def node_facts(degree: np.ndarray, attached: np.ndarray, expected: np.ndarray,
               clash: np.ndarray) -> List[List[str]]:
    """The facts of each node (in the order of ``FACTS``): ``degree`` sections leaving it,
    ``attached`` to the network, ``expected`` links (NaN: not known), in a number ``clash``."""
    expected = np.asarray(expected, dtype=float)
    mismatch = np.isfinite(expected) & (expected != degree)
    flags = np.column_stack([~attached, attached & (degree == 1), mismatch, clash])
    return [[fact for fact, on in zip(FACTS, row) if on] for row in flags.tolist()]


def clash_flags(count: int, pairs: Tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """A flag per node: in one of the ``pairs``."""
    flags = np.zeros(count, dtype=bool)
    flags[pairs[0]] = flags[pairs[1]] = True
    return flags


def border_stops(xy: np.ndarray, network: np.ndarray, dead_end: np.ndarray,
                 distance: float) -> np.ndarray:
    """The dead-end nodes with a node of another network (codes) within ``distance``: routes
    that stop at the border."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    i, j = _pairs_within(xy, distance)
    other = network[i] != network[j]
    near_other = np.zeros(len(xy), dtype=bool)
    near_other[i[other]] = near_other[j[other]] = True
    return np.flatnonzero(near_other & np.asarray(dead_end, dtype=bool))


def crossing(from_node: np.ndarray, to_node: np.ndarray, network: np.ndarray) -> np.ndarray:
    """The links whose ends are nodes (indices, -1: no node) of two networks (codes per
    node)."""
    known = np.flatnonzero((from_node >= 0) & (to_node >= 0))
    return known[network[from_node[known]] != network[to_node[known]]]
