"""The network nodes of a node-to-node route ("17-19"): which are its start and end, which are
redundant, which are missing, and whether its name matches its nodes, after the definitions of
knooppuntnet (the open-source monitor of OSM node networks: RouteNodeMissingInWays,
RouteRedundantNodes, RouteNodeNameMismatch).

A route's network nodes are the nodes of its ways and its node members that carry its
network's number tag (``rcn_ref`` for a ``rcn`` route), in member order. Numbers compare
normalised ("7" is "07"). Pure Python, no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from ..modes import normalised_number


@dataclass(frozen=True)
class RouteNode:
    """A network node of a route: its key (the same place is the same node), its number as
    tagged, and whether it lies on one of the route's ways (else it is only a node member)."""

    key: int
    ref: str
    in_way: bool


@dataclass(frozen=True)
class NodeRoles:
    """The route's start and end nodes (keys of nodes on its ways), its redundant nodes'
    numbers as tagged, the missing ends, the name mismatch and the link's numbers."""

    start: Tuple[int, ...]
    end: Tuple[int, ...]
    redundant: Tuple[str, ...]
    start_missing: bool
    end_missing: bool
    name_mismatch: bool
    from_number: Optional[str]
    to_number: Optional[str]

    @property
    def loop(self) -> bool:
        """One node is both start and end (a loop such as "45-45")."""
        return len(self.start) == 1 and self.start == self.end


def _sort_key(number: str) -> Tuple[int, int, str]:
    return (0, int(number), "") if number.isdigit() else (1, 0, number)


def _ends_of(nodes: Sequence[RouteNode], names: Optional[Tuple[str, str]]
             ) -> Tuple[Optional[str], Optional[str]]:
    """The start and end numbers (normalised): the name's, else the lowest and highest
    numbers of the route's nodes."""
    if names is not None:
        return normalised_number(names[0]), normalised_number(names[1])
    numbers = sorted({normalised_number(n.ref) for n in nodes}, key=_sort_key)
    if not numbers:
        return None, None
    return numbers[0], numbers[-1] if len(numbers) > 1 or _repeated(nodes, numbers[0]) else None


def _repeated(nodes: Sequence[RouteNode], number: str) -> bool:
    return sum(normalised_number(n.ref) == number for n in nodes) > 1


def name_mismatch(nodes: Sequence[RouteNode], names: Optional[Tuple[str, str]]) -> bool:
    """The route is named "a-b" but its nodes say otherwise: it holds two numbers (or those of
    more that are in its name) and they are not a and b."""
    if names is None:
        return False
    named = {normalised_number(names[0]), normalised_number(names[1])}
    found = {normalised_number(n.ref) for n in nodes}
    if len(found) > 2:
        found &= named
    if len(found) == 2 or (len(found) == 1 and len(named) == 1):
        return found != named
    return False


def node_roles(nodes: Sequence[RouteNode], names: Optional[Tuple[str, str]]) -> NodeRoles:
    """The roles of the route's network nodes ``nodes`` (distinct, in member order) for a
    route named ``names`` (start and end numbers as tagged; None without a node-to-node
    name): start nodes are those numbered as the start, end nodes those numbered as the end;
    when both numbers are one ("30-30", a loop "45-45"), the last node so numbered is the end
    and the others the start (a loop: its one node both). Every other node is redundant."""
    first, last = _ends_of(nodes, names)
    numbered = [normalised_number(n.ref) for n in nodes]
    starts = [n for n, number in zip(nodes, numbered) if number == first]
    ends = [n for n, number in zip(nodes, numbered) if number == last]
    if first is not None and first == last:
        ends = ends[-1:]
        starts = starts[:-1] or ends
    chosen = {n.key for n in starts + ends}
    redundant = tuple(n.ref for n in nodes if n.key not in chosen)
    start_keys = tuple(n.key for n in starts if n.in_way)
    end_keys = tuple(n.key for n in ends if n.in_way)
    return NodeRoles(start_keys, end_keys, redundant, not start_keys, not end_keys,
                     name_mismatch(nodes, names), first, last)


def distinct_nodes(keys: List[int], refs: List[str], in_way: List[bool]) -> List[RouteNode]:
    """The route's network nodes, each once, in the order they first come; a node met on a
    way and as a member is on a way."""
    on_way: Dict[int, bool] = {}
    for key, flag in zip(keys, in_way):
        on_way[key] = on_way.get(key, False) or flag
    seen, result = set(), []
    for key, ref in zip(keys, refs):
        if key not in seen:
            seen.add(key)
            result.append(RouteNode(key, ref, on_way[key]))
    return result
