"""The nodes of a circuit: its sequence read, and each number resolved to a node of the network.

Pure numpy (no QGIS). Distances are metres.

A sequence is node numbers in riding order, ``12-45-3-78-12``; a number may name its network in
brackets, ``12 (Westhoek)``, when the number alone would not say which node it is. Numbers
repeat across networks (each EPCI, each country numbers its own points-nœuds from 1), and a
circuit may cross from one network into a neighbour (a French and a Belgian network, two EPCI):

* a number after the first is the node of that number nearest along the network to the node
  before it (one bounded Dijkstra from that node, :func:`paths.nearest_distances`);
* the first number, when several nodes have it, is resolved with the second: the pair joined
  by the shortest path;
* a loop ends on its first node;
* candidates at nearly the same distance (within :data:`NEAR_TIE`) are ambiguous, unless
  exactly one of them is in the network of the node before it (the network is a tie-breaker):
  the error lists them with their networks and distances, and a qualifier settles it. Nodes of
  one network with the same number at nearly the same distance are duplicates, which no
  qualifier can settle.

A network given for the whole circuit (``Request.network``, buildcircuit's NETWORK_NAME) is the
qualifier of every number that has none. Everything wrong raises :class:`CircuitError`, whose
``kind`` and ``values`` let the caller say it in the user's language.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np

from ..inventory.checks import is_blank, number_key
from . import graph as network_engine
from . import paths as network_paths

NEAR_TIE = 0.1  # a candidate at most 10 % (+ 1 m) farther than the nearest is as near
NEAR_TIE_M = 1.0
# a number, then perhaps its network in brackets: "12", "12 (Westhoek)", "12(Cœur de Flandre)"
TOKEN = re.compile(r"(\w+)(?:\s*\(([^()]*)\))?")


class CircuitError(ValueError):
    """A sequence that cannot become a circuit. ``kind`` is one of:

    empty (no number), too_short (one number: ``number``), repeated (``number`` twice in a
    row), unknown (``number`` in no node, or not in ``network``), unknown_network (no node in
    ``network``), no_networks (the sequence names ``network`` but the nodes' networks are not
    known), ambiguous (``number`` on ``count`` nodes as near to (or from) ``other``: the
    ``candidates``, (network, metres) pairs), duplicate (``number`` on ``count`` nodes of
    ``network`` as near to ``other``), off_network (``number`` ``distance`` m from the
    network), same_place (``number`` and ``other`` on one point), no_path (no path from
    ``number`` to ``other``).
    """

    def __init__(self, kind: str, **values: object) -> None:
        self.kind = kind
        self.values = values
        details = ", ".join(f"{key}={value!r}" for key, value in values.items())
        super().__init__(f"{kind}: {details}")


class Token(NamedTuple):
    """A number of a sequence (its key, :func:`node_key`) and the network it names, if any."""

    number: str
    network: Optional[str] = None

    def __str__(self) -> str:
        return self.number if self.network is None else f"{self.number} ({self.network})"


def node_key(value: object) -> Optional[str]:
    """The text a node number is matched by: ``12``, ``12.0`` and ``" 12 "`` are all ``"12"``;
    None for NULL or blank."""
    if is_blank(value) or (hasattr(value, "isNull") and value.isNull()):
        return None
    return str(number_key(value))


def network_key(name: object) -> Optional[str]:
    """A network name as matched: spaces trimmed, case ignored; None when blank."""
    return None if is_blank(name) else str(name).strip().casefold()


def sequence_tokens(text: object) -> List[Token]:
    """The numbers written in ``text`` with the networks they name, unchecked."""
    tokens = []
    for match in TOKEN.finditer(str(text or "")):
        network = match.group(2)
        tokens.append(Token(str(node_key(match.group(1))),
                            network.strip() if network and network.strip() else None))
    return tokens


def sequence_numbers(text: object) -> List[str]:
    """The node numbers written in ``text``, as keys (:func:`node_key`), unchecked."""
    return [token.number for token in sequence_tokens(text)]


def parse_sequence(text: object) -> List[Token]:
    """The numbers of a sequence (:class:`Token`). Raises CircuitError for fewer than two
    numbers or a number repeated twice in a row."""
    tokens = sequence_tokens(text)
    if not tokens:
        raise CircuitError("empty")
    if len(tokens) == 1:
        raise CircuitError("too_short", number=tokens[0].number)
    for a, b in zip(tokens, tokens[1:]):
        if a.number == b.number and network_key(a.network) == network_key(b.network):
            raise CircuitError("repeated", number=a.number)
    return tokens


def as_tokens(numbers: Sequence[object]) -> List[Token]:
    """Tokens from tokens, numbers or written tokens (``"12 (Westhoek)"``)."""
    out = []
    for number in numbers:
        if isinstance(number, Token):
            out.append(number)
        else:
            found = sequence_tokens(number)
            out.append(found[0] if len(found) == 1 else Token(str(number)))
    return out


def format_sequence(tokens: Sequence[object]) -> str:
    """The sequence written back: ``12-45 (Westhoek)-3``."""
    return "-".join(str(token) for token in tokens)


@dataclass(eq=False)
class NodeTable:
    """The numbered nodes: per node its key (:func:`node_key`), its network (None when the
    networks are not known), its graph node (-1 off the network) and its distance to the
    network (metres)."""

    keys: list
    networks: Optional[list]
    graph_node: np.ndarray
    distance: np.ndarray
    _rows: Dict[str, List[int]] = field(init=False, repr=False)
    _network_names: Dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rows = {}
        for row, key in enumerate(self.keys):
            if key is not None:
                self._rows.setdefault(key, []).append(row)
        self._network_names = {}
        for name in self.networks or ():
            if network_key(name) is not None:
                self._network_names.setdefault(str(network_key(name)), name)

    def network_of(self, row: int) -> Optional[str]:
        return None if self.networks is None else self.networks[row]

    def same_network(self, a: int, b: int) -> bool:
        return self.networks is not None and network_key(self.networks[a]) is not None \
            and network_key(self.networks[a]) == network_key(self.networks[b])

    def candidates(self, token: Token, network: Optional[str] = None) -> List[int]:
        """The rows ``token`` may name on the network (``network``: the qualifier of a token
        without one). Raises for a number, or a network, in no node, or off the network."""
        wanted = token.network or (None if is_blank(network) else str(network).strip())
        rows = self._rows.get(token.number, [])
        if wanted is not None:
            rows = self._in_network(rows, wanted)
        if not rows:
            raise CircuitError("unknown", number=token.number, **(
                {"network": wanted} if wanted is not None else {}))
        attached = [row for row in rows if self.graph_node[row] >= 0]
        if not attached:
            nearest = min(rows, key=lambda row: float(self.distance[row]))
            raise CircuitError("off_network", number=token.number,
                               distance=float(self.distance[nearest]))
        return attached

    def _in_network(self, rows: List[int], wanted: str) -> List[int]:
        if self.networks is None:
            raise CircuitError("no_networks", network=wanted)
        key = network_key(wanted)
        if key not in self._network_names:
            raise CircuitError("unknown_network", network=wanted)
        return [row for row in rows if network_key(self.networks[row]) == key]


def node_table(graph: network_engine.Network, node_xy: np.ndarray, keys: Sequence,
               networks: Optional[Sequence], max_distance: float
               ) -> Tuple[network_engine.Network, NodeTable]:
    """Attach the numbered points to the graph: (graph split at the points, NodeTable).

    ``networks`` is None when the nodes' networks are not known; blank networks are None.
    """
    located = network_engine.locate_points(graph, node_xy, max_distance)
    refined, point_node = network_engine.split_at(graph, located)
    names = None if networks is None else \
        [None if is_blank(n) else str(n).strip() for n in networks]
    distance = np.where(np.isfinite(located.distance), located.distance, np.nan)
    return refined, NodeTable(list(keys), names, point_node, distance)


# --- resolution ------------------------------------------------------------------------------

def resolve(graph: network_engine.Network, table: NodeTable, tokens: Sequence[Token],
            network: Optional[str] = None, pinned: Optional[Sequence[Optional[int]]] = None
            ) -> List[int]:
    """The row of each token, in sequence order. ``pinned[k]``, when given and not None, is
    the row of token k already known (a node clicked on the map)."""
    pinned = list(pinned) if pinned is not None else [None] * len(tokens)
    candidates = [[_attached(table, token, pin)] if pin is not None
                  else table.candidates(token, network) for token, pin in zip(tokens, pinned)]
    rows: List[int] = []
    if len(candidates[0]) == 1:
        rows.append(candidates[0][0])
    else:
        rows.extend(_first_pair(graph, table, tokens, candidates))
    for k in range(len(rows), len(tokens)):
        if k == len(tokens) - 1 and _closes_loop(tokens, candidates, rows[0]):
            rows.append(rows[0])
        elif len(candidates[k]) == 1:
            rows.append(candidates[k][0])
        else:
            rows.append(_nearest(graph, table, tokens, k, rows[k - 1], candidates[k]))
    return rows


def _attached(table: NodeTable, token: Token, row: int) -> int:
    if table.graph_node[row] < 0:
        raise CircuitError("off_network", number=token.number, distance=float(table.distance[row]))
    return row


def _closes_loop(tokens: Sequence[Token], candidates: List[List[int]], first: int) -> bool:
    """Whether the last token is the first node again: the same number, and that node is
    among its candidates."""
    return tokens[-1].number == tokens[0].number and first in candidates[-1]


def _nearest(graph: network_engine.Network, table: NodeTable, tokens: Sequence[Token], k: int,
             previous: int, rows: List[int]) -> int:
    """The candidate ``rows`` of token k nearest along the network to the row ``previous``."""
    dist = network_paths.nearest_distances(graph, table.graph_node[previous],
                                           table.graph_node[rows], NEAR_TIE)
    if not np.isfinite(dist).any():
        raise CircuitError("no_path", number=tokens[k - 1].number, other=tokens[k].number)
    return _chosen(table, rows, dist, previous, tokens[k], tokens[k - 1])


def _chosen(table: NodeTable, rows: List[int], dist: np.ndarray, previous: int,
            token: Token, other: Token) -> int:
    """The row of the nearest candidate, unless others are as near (see the module)."""
    best = int(np.argmin(dist))
    near = [i for i in np.flatnonzero(dist <= dist[best] * (1 + NEAR_TIE) + NEAR_TIE_M).tolist()
            if table.graph_node[rows[i]] != table.graph_node[rows[best]] or i == best]
    if len(near) == 1:
        return rows[best]
    home = [i for i in near if table.same_network(rows[i], previous)]
    if len(home) == 1:
        return rows[home[0]]
    raise _ambiguity(table, [rows[i] for i in near], [float(dist[i]) for i in near], token,
                     other)


def _ambiguity(table: NodeTable, rows: List[int], distances: List[float], token: Token,
               other: Token) -> CircuitError:
    networks = {network_key(table.network_of(row)) for row in rows}
    order = sorted(range(len(rows)),
                   key=lambda i: (distances[i], str(table.network_of(rows[i]) or "")))
    if len(networks) == 1 and None not in networks:
        return CircuitError("duplicate", number=token.number, network=table.network_of(rows[0]),
                            count=len(rows), other=other.number)
    return CircuitError("ambiguous", number=token.number, count=len(rows), other=other.number,
                        candidates=[(table.network_of(rows[i]), distances[i]) for i in order])


def _first_pair(graph: network_engine.Network, table: NodeTable, tokens: Sequence[Token],
                candidates: List[List[int]]) -> List[int]:
    """The rows of the first two tokens when the first has several candidates: the first is
    the candidate joined to a candidate of the second by the shortest path (one search from
    all of them at once); the second, the candidate nearest to it."""
    firsts, seconds = candidates[0], candidates[1]
    pairs = network_paths.nearest_pairs(graph, table.graph_node[firsts],
                                        table.graph_node[seconds], NEAR_TIE)
    if not pairs:
        raise CircuitError("no_path", number=tokens[0].number, other=tokens[1].number)
    to_second = np.full(len(firsts), np.inf)  # each first's distance to its nearest second
    partner = np.zeros(len(firsts), dtype=np.int64)
    for i, j, metres in pairs:
        if metres < to_second[i]:
            to_second[i], partner[i] = metres, j
    first = _chosen_first(table, firsts, [seconds[j] for j in partner.tolist()], to_second,
                          tokens)
    return [first, _nearest(graph, table, tokens, 1, first, seconds)]


def _chosen_first(table: NodeTable, firsts: List[int], partners: List[int],
                  to_second: np.ndarray, tokens: Sequence[Token]) -> int:
    """The first token's row: the candidate nearest to a second one; as near ones are broken
    by their nearest second being in the same network (the network as tie-breaker)."""
    best = int(np.argmin(to_second))
    near = [i for i in np.flatnonzero(
        to_second <= to_second[best] * (1 + NEAR_TIE) + NEAR_TIE_M).tolist()
        if table.graph_node[firsts[i]] != table.graph_node[firsts[best]] or i == best]
    if len(near) == 1:
        return firsts[best]
    home = [i for i in near if table.same_network(firsts[i], partners[i])]
    if len(home) == 1:
        return firsts[home[0]]
    raise _ambiguity(table, [firsts[i] for i in near], [float(to_second[i]) for i in near],
                     tokens[0], tokens[1])


def qualified_tokens(graph: network_engine.Network, table: NodeTable, rows: Sequence[int],
                     network: Optional[str] = None) -> List[Token]:
    """The tokens that name the nodes ``rows`` (a circuit clicked on the map): each number
    alone, with its network only where the number alone would resolve to another node."""
    tokens = [Token(str(table.keys[row])) for row in rows]
    for _ in range(len(rows)):
        k = _first_wrong(graph, table, tokens, rows, network)
        if k is None or table.network_of(rows[k]) is None:
            return tokens
        tokens[k] = Token(tokens[k].number, table.network_of(rows[k]))
    return tokens


def _first_wrong(graph: network_engine.Network, table: NodeTable, tokens: List[Token],
                 rows: Sequence[int], network: Optional[str]) -> Optional[int]:
    """The first token without a network that does not resolve to its row (the one an error
    names first); None when every token does, or none can be qualified."""
    plain = [k for k, token in enumerate(tokens) if token.network is None]
    try:
        found = resolve(graph, table, tokens, network)
    except CircuitError as error:
        named = [k for k in plain if tokens[k].number == error.values.get("number")]
        first = named or plain
        return first[0] if first else None
    return next((k for k in plain if found[k] != rows[k]), None)
