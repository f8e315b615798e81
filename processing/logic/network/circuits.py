"""Circuits on a points-nœuds network: a sequence of node numbers becomes a route.

Pure numpy (no QGIS). Coordinates and distances are metres in a metric CRS.

A circuit is written as node numbers in riding order, ``12-45-3-78-12`` (any separator:
dashes, en dashes, spaces, commas, arrows). Each number names a point of the nodes layer,
attached to the network graph (``network.split_at``); between consecutive numbers the circuit
takes the shortest path along the network (``network_paths``). A loop ends on its first number.

Numbers repeat across networks (each EPCI numbers its own points-nœuds from 1): with the
nodes' network known, a circuit is taken in the one network that has all its numbers, or in the
network it names. Everything wrong with a sequence raises :class:`CircuitError`, whose ``kind``
and ``values`` let the caller say it in the user's language, naming the number at fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, Hashable, List, Optional, Sequence, Tuple, Union

import numpy as np

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from ..inventory.checks import is_blank, number_key
from ..relief import profile
from . import graph as network_engine
from . import paths as network_paths
from .graph import Network

if TYPE_CHECKING:  # rasterio and pyproj load when a DEM is read, not with the plugin
    from ..relief.dem_sampling import DemSampler

SAME_PLACE_M = 1e-6  # metres: two numbers on one graph node
TIE_M = 1e-3  # metres: a point this much farther from a later passage counts at the first one


class CircuitError(ValueError):
    """A sequence that cannot become a circuit. ``kind`` is one of:

    empty (no number), too_short (one number: ``number``), repeated (``number`` twice in a
    row), unknown (``number`` in no node, or not in ``network``), ambiguous (``number`` on
    ``count`` nodes and no network field), duplicate (``number`` on ``count`` nodes of
    ``network``), unknown_network (no node in ``network``), no_common_network (``number`` and
    ``other`` in no network together: ``networks``/``other_networks``), several_networks (every
    number is in each of ``networks``), off_network (``number`` ``distance`` m from the
    network), same_place (``number`` and ``other`` on one point), no_path (no path from
    ``number`` to ``other``).
    """

    def __init__(self, kind: str, **values: Any) -> None:
        self.kind = kind
        self.values = values
        details = ", ".join(f"{key}={value!r}" for key, value in values.items())
        super().__init__(f"{kind}: {details}")


def node_key(value: Any) -> Optional[str]:
    """The text a node number is matched by: ``12``, ``12.0`` and ``" 12 "`` are all ``"12"``;
    None for NULL or blank."""
    if is_blank(value) or (hasattr(value, "isNull") and value.isNull()):
        return None
    return str(number_key(value))


def sequence_numbers(text: Optional[str]) -> List[str]:
    """The node numbers written in ``text``, as keys (:func:`node_key`), unchecked."""
    return [str(number_key(token)) for token in re.findall(r"\w+", str(text or ""))]


def parse_sequence(text: Optional[str]) -> List[str]:
    """The node numbers of a sequence, as keys (:func:`node_key`). Raises CircuitError for
    fewer than two numbers or a number repeated twice in a row."""
    tokens = sequence_numbers(text)
    if not tokens:
        raise CircuitError("empty")
    if len(tokens) == 1:
        raise CircuitError("too_short", number=tokens[0])
    for a, b in zip(tokens, tokens[1:]):
        if a == b:
            raise CircuitError("repeated", number=a)
    return tokens


def format_sequence(numbers: Sequence[str]) -> str:
    return "-".join(numbers)


@dataclass(eq=False)
class NodeTable:
    """The numbered nodes: per node its key (:func:`node_key`), its network (None when the
    networks are not known), its graph node (-1 off the network) and its distance to the
    network (metres)."""

    keys: List[Optional[str]]
    networks: Optional[List[Optional[str]]]
    graph_node: IntArray
    distance: FloatArray
    _rows: Dict[str, List[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rows = {}
        for row, key in enumerate(self.keys):
            if key is not None:
                self._rows.setdefault(key, []).append(row)
        self._networks = set(self.networks or ())

    def resolve(self, numbers: Sequence[str],
                network: Optional[str] = None) -> Tuple[List[int], Optional[str]]:
        """(rows of the nodes, in sequence order; the network taken or None)."""
        if self.networks is None:
            rows = []
            for number in numbers:
                found = self._rows.get(number, [])
                if not found:
                    raise CircuitError("unknown", number=number)
                if len(found) > 1:
                    raise CircuitError("ambiguous", number=number, count=len(found))
                rows.append(found[0])
            return self._attached(numbers, rows), None
        if is_blank(network):
            network = self._common_network(numbers)
        else:
            network = str(network).strip()
            if network not in self._networks:
                raise CircuitError("unknown_network", network=network)
        rows = []
        for number in numbers:
            found = [r for r in self._rows.get(number, []) if self.networks[r] == network]
            if not found:
                raise CircuitError("unknown", number=number, network=network)
            if len(found) > 1:
                raise CircuitError("duplicate", number=number, network=network,
                                   count=len(found))
            rows.append(found[0])
        return self._attached(numbers, rows), network

    def _common_network(self, numbers: Sequence[str]) -> Optional[str]:
        networks_of = self.networks or []
        common: Optional[set] = None
        first = None
        for number in numbers:
            networks = {networks_of[r] for r in self._rows.get(number, [])}
            if not networks:
                raise CircuitError("unknown", number=number)
            if common is None:
                common, first = networks, number
                continue
            if not common & networks:
                raise CircuitError("no_common_network", number=first, other=number,
                                   networks=sorted(common, key=str),
                                   other_networks=sorted(networks, key=str))
            common &= networks
        if common is None:
            raise CircuitError("empty")
        if len(common) > 1:
            raise CircuitError("several_networks", networks=sorted(common, key=str))
        return next(iter(common))

    def _attached(self, numbers: Sequence[str], rows: List[int]) -> List[int]:
        for number, row in zip(numbers, rows):
            if self.graph_node[row] < 0:
                raise CircuitError("off_network", number=number,
                                   distance=float(self.distance[row]))
        return rows


def node_table(graph: Network, node_xy: ArrayLike, keys: Sequence[Optional[str]],
               networks: Optional[Sequence[Any]],
               max_distance: float) -> Tuple[Network, NodeTable]:
    """Attach the numbered points to the graph: (graph split at the points, NodeTable).

    ``networks`` is None when the nodes' networks are not known; blank networks are None.
    """
    located = network_engine.locate_points(graph, node_xy, max_distance)
    refined, point_node = network_engine.split_at(graph, located)
    names = None if networks is None else [None if is_blank(n) else str(n).strip()
                                           for n in networks]
    distance = np.where(np.isfinite(located.distance), located.distance, np.nan)
    return refined, NodeTable(list(keys), names, point_node, distance)


@dataclass(eq=False)
class Circuit:
    """A built circuit. ``numbers`` are the sequence's node keys; ``leg_length`` (m) and
    ``leg_start`` (m from the start) the legs between consecutive numbers; ``xy`` the route
    and ``chainage`` (m) its vertices' distance from the start; ``edges``/``forward`` the
    network edges travelled in order; ``leg_xy``/``leg_ptr`` the line of each leg, leg k's
    being ``leg_xy[leg_ptr[k]:leg_ptr[k + 1]]``."""

    name: str
    numbers: List[str]
    network: Optional[str]
    node_xy: FloatArray
    leg_length: FloatArray
    xy: FloatArray
    chainage: FloatArray
    edges: IntArray
    forward: BoolArray
    leg_xy: FloatArray
    leg_ptr: IntArray

    @property
    def sequence(self) -> str:
        return format_sequence(self.numbers)

    @property
    def length(self) -> float:
        return float(self.leg_length.sum())

    @property
    def leg_start(self) -> FloatArray:
        return np.concatenate([[0.0], np.cumsum(self.leg_length)[:-1]])

    @property
    def is_loop(self) -> bool:
        return self.numbers[0] == self.numbers[-1]


@dataclass
class Request:
    """A circuit to build: its name, its numbers (:func:`parse_sequence`) and the network it
    is in (None: the one that has all its numbers)."""

    name: str
    numbers: List[str]
    network: Optional[str] = None


def build_circuits(graph: Network, table: NodeTable,
                   requests: Sequence[Request]) -> List[Union[Circuit, CircuitError]]:
    """Build every request: a list with a :class:`Circuit` or a :class:`CircuitError` each.

    Every leg of every circuit is searched in one :func:`network_paths.shortest_paths` call.
    """
    results: List[Any] = [None] * len(requests)  # each filled below
    rows_of: Dict[int, Tuple[IntArray, Optional[str]]] = {}
    for i, request in enumerate(requests):
        try:
            rows, network = table.resolve(request.numbers, request.network)
        except CircuitError as error:
            results[i] = error
            continue
        nodes = table.graph_node[rows]
        for k in range(len(nodes) - 1):
            if nodes[k] == nodes[k + 1]:
                results[i] = CircuitError("same_place", number=request.numbers[k],
                                          other=request.numbers[k + 1])
                break
        else:
            rows_of[i] = (nodes, network)
    ok = list(rows_of)
    counts = np.array([len(rows_of[i][0]) - 1 for i in ok], dtype=np.int64)
    sources = np.concatenate([rows_of[i][0][:-1] for i in ok]) if ok else np.zeros(0, int)
    targets = np.concatenate([rows_of[i][0][1:] for i in ok]) if ok else np.zeros(0, int)
    paths = network_paths.shortest_paths(graph, sources, targets)
    leg_ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    xy, ptr, chainage = network_paths.join_paths(graph, paths.edges, paths.forward,
                                                 paths.edge_ptr[leg_ptr])
    leg_xy, leg_vertex_ptr, _ = network_paths.join_paths(graph, paths.edges, paths.forward,
                                                         paths.edge_ptr)
    for c, i in enumerate(ok):
        request, (nodes, network) = requests[i], rows_of[i]
        legs = slice(leg_ptr[c], leg_ptr[c + 1])
        lengths = paths.length[legs]
        missing = np.flatnonzero(~np.isfinite(lengths))
        if len(missing):
            k = int(missing[0])
            results[i] = CircuitError("no_path", number=request.numbers[k],
                                      other=request.numbers[k + 1])
            continue
        edges = slice(paths.edge_ptr[leg_ptr[c]], paths.edge_ptr[leg_ptr[c + 1]])
        vertices = leg_vertex_ptr[leg_ptr[c]:leg_ptr[c + 1] + 1]
        results[i] = Circuit(
            name=request.name, numbers=list(request.numbers), network=network,
            node_xy=graph.node_xy[nodes], leg_length=lengths.copy(),
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
