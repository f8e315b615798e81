"""Circuits on a points-nœuds network: a sequence of node numbers becomes a route.

Pure numpy (no QGIS). Coordinates and distances are metres in a metric CRS.

A circuit is written as node numbers in riding order, ``12-45-3-78-12`` (any separator:
dashes, en dashes, spaces, commas, arrows), a number perhaps naming its network,
``12 (Westhoek)``. Each number names a point of the nodes layer, attached to the network graph
(``network.split_at``) and resolved as ``circuit_nodes`` says (the node of that number nearest
along the network to the one before, so that a circuit may cross from one network into
another); between consecutive nodes the circuit takes the shortest path along the network
(``network_paths``). A loop ends on its first node. Everything wrong with a sequence raises
:class:`CircuitError`, whose ``kind`` and ``values`` let the caller say it in the user's
language, naming the number at fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Hashable, List, Optional, Sequence, Tuple, Union

import numpy as np

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from ..relief import profile
from . import graph as network_engine
from . import paths as network_paths
from .circuit_nodes import (  # noqa: F401 - the circuit's API: its nodes and their errors
    CircuitError,
    NodeTable,
    Token,
    as_tokens,
    format_sequence,
    node_key,
    node_table,
    parse_sequence,
    qualified_tokens,
    resolve,
    sequence_numbers,
    sequence_tokens,
)
from .graph import Network

if TYPE_CHECKING:  # rasterio and pyproj load when a DEM is read, not with the plugin
    from ..relief.dem_sampling import DemSampler

SAME_PLACE_M = 1e-6  # metres: two numbers on one graph node
TIE_M = 1e-3  # metres: a point this much farther from a later passage counts at the first one


@dataclass(eq=False)
class Circuit:
    """A built circuit. ``tokens`` are the sequence's numbers as written (with the networks
    they name), ``numbers`` their node keys, ``rows`` the nodes resolved (rows of the
    NodeTable) and ``networks`` their networks; ``leg_length`` (m) and ``leg_start`` (m from
    the start) the legs between consecutive nodes; ``xy`` the route and ``chainage`` (m) its
    vertices' distance from the start; ``edges``/``forward`` the network edges travelled in
    order; ``leg_xy``/``leg_ptr`` the line of each leg, leg k's being
    ``leg_xy[leg_ptr[k]:leg_ptr[k + 1]]``."""

    name: str
    tokens: List[Token]
    rows: List[int]
    networks: List[Optional[str]]
    node_xy: FloatArray
    leg_length: FloatArray
    xy: FloatArray
    chainage: FloatArray
    edges: IntArray
    forward: BoolArray
    leg_xy: FloatArray
    leg_ptr: IntArray

    @property
    def numbers(self) -> List[str]:
        return [token.number for token in self.tokens]

    @property
    def network(self) -> Optional[str]:
        """The networks the circuit runs through, in riding order (None when not known)."""
        seen = [n for n in dict.fromkeys(self.networks) if n is not None]
        return ", ".join(seen) if seen else None

    @property
    def sequence(self) -> str:
        return format_sequence(self.tokens)

    @property
    def length(self) -> float:
        return float(self.leg_length.sum())

    @property
    def leg_start(self) -> FloatArray:
        return np.concatenate([[0.0], np.cumsum(self.leg_length)[:-1]])

    @property
    def is_loop(self) -> bool:
        return self.rows[0] == self.rows[-1]


@dataclass
class Request:
    """A circuit to build: its name, its numbers (:func:`parse_sequence`; plain numbers are
    taken too), the network of the numbers that name none (None: any, the nearest) and the
    rows already known (``pinned``: a node clicked on the map; None for the others)."""

    name: str
    numbers: List[Token]
    network: Optional[str] = None
    pinned: Optional[List[Optional[int]]] = None

    def __post_init__(self) -> None:
        self.numbers = as_tokens(self.numbers)


def _resolved(graph: Network, table: NodeTable, request: Request) -> List[int]:
    """The rows of the request's nodes; raises a CircuitError."""
    rows = resolve(graph, table, request.numbers, request.network, request.pinned)
    nodes = table.graph_node[rows]
    for k in range(len(nodes) - 1):
        if nodes[k] == nodes[k + 1]:
            raise CircuitError("same_place", number=request.numbers[k].number,
                               other=request.numbers[k + 1].number)
    return rows


def build_circuits(graph: Network, table: NodeTable,
                   requests: Sequence[Request]) -> List[Union[Circuit, CircuitError]]:
    """Build every request: a list with a :class:`Circuit` or a :class:`CircuitError` each.

    Every leg of every circuit is searched in one :func:`network_paths.shortest_paths` call
    (the nodes resolved first, each number from the one before).
    """
    results: List[Any] = [None] * len(requests)  # each filled below
    rows_of: Dict[int, List[int]] = {}
    for i, request in enumerate(requests):
        try:
            rows_of[i] = _resolved(graph, table, request)
        except CircuitError as error:
            results[i] = error
    ok = list(rows_of)
    nodes_of = {i: table.graph_node[rows_of[i]] for i in ok}
    counts = np.array([len(nodes_of[i]) - 1 for i in ok], dtype=np.int64)
    sources = np.concatenate([nodes_of[i][:-1] for i in ok]) if ok else np.zeros(0, int)
    targets = np.concatenate([nodes_of[i][1:] for i in ok]) if ok else np.zeros(0, int)
    paths = network_paths.shortest_paths(graph, sources, targets)
    leg_ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    xy, ptr, chainage = network_paths.join_paths(graph, paths.edges, paths.forward,
                                                 paths.edge_ptr[leg_ptr])
    leg_xy, leg_vertex_ptr, _ = network_paths.join_paths(graph, paths.edges, paths.forward,
                                                         paths.edge_ptr)
    for c, i in enumerate(ok):
        request = requests[i]
        lengths = paths.length[leg_ptr[c]:leg_ptr[c + 1]]
        missing = np.flatnonzero(~np.isfinite(lengths))
        if len(missing):
            k = int(missing[0])
            results[i] = CircuitError("no_path", number=request.numbers[k].number,
                                      other=request.numbers[k + 1].number)
            continue
        edges = slice(paths.edge_ptr[leg_ptr[c]], paths.edge_ptr[leg_ptr[c + 1]])
        vertices = leg_vertex_ptr[leg_ptr[c]:leg_ptr[c + 1] + 1]
        results[i] = Circuit(
            name=request.name, tokens=list(request.numbers), rows=list(rows_of[i]),
            networks=[table.network_of(row) for row in rows_of[i]],
            node_xy=graph.node_xy[nodes_of[i]], leg_length=lengths.copy(),
            xy=xy[ptr[c]:ptr[c + 1]], chainage=chainage[ptr[c]:ptr[c + 1]],
            edges=paths.edges[edges], forward=paths.forward[edges],
            leg_xy=leg_xy[vertices[0]:vertices[-1]], leg_ptr=vertices - vertices[0])
    return results


def stops_along(circuits: Sequence[Circuit], points: ArrayLike,
                radius: float) -> Tuple[IntArray, IntArray, FloatArray, FloatArray]:
    """Points within ``radius`` metres (straight line) of each circuit, where the circuit
    passes them first.

    Returns (circuit, point, chainage, distance) arrays sorted by circuit then chainage:
    ``chainage`` (m from the circuit's start) of the nearest point of the circuit, at its first
    passage when the circuit passes the point several times (an out-and-back, a figure of
    eight); ``distance`` (m) to it.
    """
    xy_points = np.asarray(points, dtype=float).reshape(-1, 2)
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))
    lines = [c.xy for c in circuits]
    if not lines or len(xy_points) == 0:
        return empty
    counts = np.array([len(xy) for xy in lines], dtype=np.int64)
    ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    xy = np.concatenate(lines)
    vertex_chainage = np.concatenate([c.chainage for c in circuits])
    index = network_engine.SegmentIndex(xy, ptr)
    pt, seg = index.candidates(xy_points, radius)
    t, _, dist = network_engine.project(xy_points[pt], index.a[seg], index.b[seg])
    near = dist <= radius
    pt, seg, t, dist = pt[near], seg[near], t[near], dist[near]
    if len(pt) == 0:
        return empty
    start = index.start[seg]
    at = vertex_chainage[start] + t * (vertex_chainage[start + 1] - vertex_chainage[start])
    circuit = index.owner[seg]
    pair = circuit * len(xy_points) + pt
    # the nearest passage of each (circuit, point), then the first of those as near as it
    order = np.lexsort((dist, pair))
    head = np.ones(len(order), dtype=bool)
    head[1:] = pair[order][1:] != pair[order][:-1]
    best = np.repeat(dist[order][head], np.diff(np.append(np.flatnonzero(head), len(order))))
    keep = order[dist[order] <= best + TIE_M]
    keep = keep[np.lexsort((at[keep], pair[keep]))]
    first = np.ones(len(keep), dtype=bool)
    first[1:] = pair[keep][1:] != pair[keep][:-1]
    keep = keep[first]
    keep = keep[np.lexsort((at[keep], circuit[keep]))]
    return circuit[keep], pt[keep], at[keep], dist[keep]


def length_by_value(graph: Network, circuit: Circuit,
                    edge_values: Sequence[Hashable]) -> List[Tuple[Hashable, float]]:
    """Metres of the circuit per value of its edges (``edge_values[e]`` for graph edge e),
    longest first: a list of (value, metres)."""
    totals: Dict[Hashable, float] = {}
    for value, metres in zip([edge_values[e] for e in circuit.edges.tolist()],
                             graph.edge_length[circuit.edges].tolist()):
        totals[value] = totals.get(value, 0.0) + metres
    return sorted(totals.items(), key=lambda item: (-item[1], str(item[0])))


def route_profile(xy: ArrayLike, dem: DemSampler, step: float, grade_window: float,
                  work_wkt: Optional[str] = None) -> Tuple[FloatArray, FloatArray, FloatArray,
                                                           profile.Summary]:
    """The elevation profile of a route from a DEM (a ``dem_sampling.DemSampler``), as
    ``slopeprofile`` reads it: (chainage, points, z, figures of ``profile.summarise``).
    ``work_wkt`` is the CRS of ``xy`` when the DEM may be in another one."""
    chainage, points = profile.densify(xy, step)
    z = dem.sample_from(points, work_wkt)
    return chainage, points, z, profile.summarise(chainage, z, grade_window)
