"""The node graph: a section graph contracted between the vertices that matter.

Pure numpy (no QGIS). Lengths are metres.

A points-nœuds network is drawn as sections (the edges of a :class:`graph.Network`), but a rider
reads it as links between numbered nodes. :func:`contract` walks the edges into maximal chains
between *kept* vertices (numbered nodes, say; every vertex whose degree is not 2 is kept too),
and gives each chain the figures the audit needs: its length, its steepest grade and where
along it riders find water. Chains can be contracted again as edges (after dead ends are
peeled off, :func:`two_core`): their figures compose.

Water lies at vertices (aires attached to the network become vertices, see ``graph.split_at``)
and inside contracted edges (:class:`Water`). Water at a kept vertex stays the vertex's.

A closed ring of edges without any kept vertex becomes a chain from one of its vertices back to
itself, flagged ``ring``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

import numpy as np

from ..graph import chains, flatten_walks


@dataclass(eq=False)
class Water:
    """Where water is along edges walked from their ``edge_u`` to their ``edge_v`` (one value
    per edge): whether there is any (``wet``), metres from the start to the first water point
    (``dry_in``), from the last one to the end (``dry_out``), the longest stretch between two of
    its water points (``gap``). A dry edge has ``dry_in = dry_out = length`` and ``gap = 0``."""

    wet: np.ndarray
    dry_in: np.ndarray
    dry_out: np.ndarray
    gap: np.ndarray

    @classmethod
    def dry(cls, length: np.ndarray) -> Water:
        length = np.asarray(length, dtype=float)
        return cls(np.zeros(len(length), dtype=bool), length.copy(), length.copy(),
                   np.zeros(len(length)))

    def take(self, index: np.ndarray) -> Water:
        return Water(self.wet[index], self.dry_in[index], self.dry_out[index], self.gap[index])


@dataclass(eq=False)
class Chains:
    """Maximal chains of edges between kept vertices (arrays of one value per chain).

    Chain k walks the edges ``step_edge[ptr[k]:ptr[k + 1]]`` in order, each reversed (walked
    from its ``edge_v`` to its ``edge_u``) where ``step_reversed`` says so, from the vertex
    ``start[k]`` to ``end[k]``. ``max_grade`` is the steepest known grade of its edges (NaN when
    none is known); ``water`` is walked from ``start`` to ``end``.
    """

    start: np.ndarray
    end: np.ndarray
    ring: np.ndarray
    length: np.ndarray
    max_grade: np.ndarray
    water: Water
    step_edge: np.ndarray
    step_reversed: np.ndarray
    ptr: np.ndarray

    def __len__(self) -> int:
        return len(self.start)

    @property
    def step_chain(self) -> np.ndarray:
        """The chain of every step."""
        return np.repeat(np.arange(len(self.start)), np.diff(self.ptr))


def _walks(edge_u: np.ndarray, edge_v: np.ndarray, kept: np.ndarray) -> List[list]:
    """:func:`graph.chains` stopping at kept vertices: each end of an edge at a kept vertex gets
    an id of its own (a point of degree 1, where a chain stops)."""
    ends = np.concatenate([edge_u, edge_v]).astype(np.int64)
    at_kept = kept[ends]
    ends[at_kept] = len(kept) + np.flatnonzero(at_kept)
    return chains(ends[:len(edge_u)], ends[len(edge_u):])


def _water_events(walk: np.ndarray, edge: np.ndarray, rev: np.ndarray, position: np.ndarray,
                  step_length: np.ndarray, exit_wet: np.ndarray,
                  edge_water: Water) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every water point of the walks in walking order, as (walk, metres from its start,
    whether it is the last water point inside a step), and the longest stretch inside each
    step."""
    wet = edge_water.wet[edge]
    first = np.where(rev, edge_water.dry_out[edge], edge_water.dry_in[edge])
    last = np.where(rev, edge_water.dry_in[edge], edge_water.dry_out[edge])
    begin = position - step_length
    # per step: its first and last water point, then the vertex where it ends
    at = np.column_stack([begin + first, position - last, position])
    has = np.column_stack([wet, wet, exit_wet])
    walks = np.repeat(walk, 3).reshape(-1, 3)
    closes_step = np.zeros_like(has)
    closes_step[:, 1] = True
    return walks[has], at[has], closes_step[has], np.where(wet, edge_water.gap[edge], 0.0)


def _water_summary(walk: np.ndarray, length: np.ndarray, events_walk: np.ndarray,
                   events_at: np.ndarray, closes_step: np.ndarray,
                   step_gap: np.ndarray) -> Water:
    """The water of each walk from its water points (in walking order) and the longest stretch
    inside each of its steps. Between a step's first and last water points lie its own, whose
    longest stretch is the step's gap: that span is no stretch without water."""
    count = len(length)
    wet = np.bincount(events_walk, minlength=count) > 0
    dry_in, dry_out = length.copy(), length.copy()
    first, last = np.full(count, np.inf), np.full(count, -np.inf)
    np.minimum.at(first, events_walk, events_at)
    np.maximum.at(last, events_walk, events_at)
    dry_in[wet], dry_out[wet] = first[wet], length[wet] - last[wet]
    gap = np.zeros(count)
    np.maximum.at(gap, walk, step_gap)
    follows = np.flatnonzero((events_walk[1:] == events_walk[:-1]) & ~closes_step[1:])
    np.maximum.at(gap, events_walk[follows + 1], events_at[follows + 1] - events_at[follows])
    return Water(wet, dry_in, dry_out, gap)


def _steepest(walk: np.ndarray, count: int, grade: np.ndarray) -> np.ndarray:
    """The largest known grade of each walk's steps, NaN where none is known."""
    known = np.isfinite(grade)
    steepest = np.full(count, -np.inf)
    np.maximum.at(steepest, walk[known], grade[known])
    return np.where(np.isfinite(steepest), steepest, np.nan)


def contract(edge_u: np.ndarray, edge_v: np.ndarray, edge_length: np.ndarray,
             keep: np.ndarray, water: np.ndarray | None = None,
             edge_grade: np.ndarray | None = None,
             edge_water: Water | None = None) -> Chains:
    """Chains of the edges between kept vertices (``keep``: a flag per vertex; vertices of
    degree other than 2 are kept whatever it says). ``water`` flags the vertices with water;
    ``edge_grade`` (NaN: unknown) and ``edge_water`` describe the edges themselves."""
    edge_u = np.asarray(edge_u, dtype=np.int64)
    edge_v = np.asarray(edge_v, dtype=np.int64)
    edge_length = np.asarray(edge_length, dtype=float)
    n = len(keep)
    degree = np.bincount(np.concatenate([edge_u, edge_v]), minlength=n)
    kept = np.asarray(keep, dtype=bool) | (degree != 2)
    water = np.zeros(n, dtype=bool) if water is None else np.asarray(water, dtype=bool)
    grade = np.full(len(edge_u), np.nan) if edge_grade is None else np.asarray(edge_grade,
                                                                               dtype=float)
    edge_water = Water.dry(edge_length) if edge_water is None else edge_water
    walks = _walks(edge_u, edge_v, kept)
    if not walks:
        empty = np.zeros(0, dtype=np.int64)
        return Chains(empty, empty, np.zeros(0, bool), np.zeros(0), np.zeros(0),
                      Water.dry(np.zeros(0)), empty, np.zeros(0, bool), np.zeros(1, np.int64))
    walk, edge, rev = flatten_walks(walks)
    count = len(walks)
    ptr = np.concatenate([[0], np.cumsum(np.bincount(walk, minlength=count))]).astype(np.int64)
    exit_vertex = np.where(rev, edge_u[edge], edge_v[edge])
    step_length = edge_length[edge]
    length = np.bincount(walk, weights=step_length, minlength=count)
    position = np.cumsum(step_length) - np.repeat(np.cumsum(length) - length, np.diff(ptr))
    last_step = np.zeros(len(walk), dtype=bool)
    last_step[ptr[1:] - 1] = True
    events = _water_events(walk, edge, rev, position, step_length,
                           water[exit_vertex] & ~last_step, edge_water)
    start = np.where(rev, edge_v[edge], edge_u[edge])[ptr[:-1]]
    return Chains(start=start, end=exit_vertex[ptr[1:] - 1], ring=~kept[start], length=length,
                  max_grade=_steepest(walk, count, grade[edge]),
                  water=_water_summary(walk, length, *events), step_edge=edge,
                  step_reversed=rev, ptr=ptr)


def two_core(edge_u: np.ndarray, edge_v: np.ndarray, vertex_count: int) -> np.ndarray:
    """The edges that can lie on a cycle: what is left once line ends are peeled off, again
    and again (the edges of the 2-core). A flag per edge. Meant for a contracted graph: each
    round peels one edge off every dead-end branch."""
    edge_u = np.asarray(edge_u, dtype=np.int64)
    edge_v = np.asarray(edge_v, dtype=np.int64)
    alive = np.ones(len(edge_u), dtype=bool)
    while True:
        degree = np.bincount(edge_u[alive], minlength=vertex_count) + np.bincount(
            edge_v[alive], minlength=vertex_count)
        peel = alive & ((degree[edge_u] == 1) | (degree[edge_v] == 1))
        if not peel.any():
            return alive
        alive &= ~peel
