"""Grades per 100 m of many lines at once, and their grade classes.

Pure numpy (no QGIS). Lengths are metres, grades percent.

BikeNodePlanner (Denmark) rates a node network's relief by the slope of each 100 m: 0–2, 2–4,
4–6 and over 6 %. Each edge of a :class:`network.graph.Network` is cut into equal pieces of at
most ``step`` metres (ceil(length / step) pieces, so no tiny remainder gets a noisy grade); a
piece's grade is the absolute difference of elevation between its ends over its length (a 5 %
descent is in the 4–6 % class like a 5 % climb). Its ends are placed along the edge by the
network's linear referencing and their elevations come from a sampler (the DEM's bilinear
sampling); a piece with an end on no data has no grade (NaN): the DEM does not cover it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..network.graph import Network, interpolate, make_network, ranges

PIECE_M = 100.0
# classes by the absolute grade, bounds [low, high): exactly 2 % is "2–4 %"
GRADE_BOUNDS_PCT = (2.0, 4.0, 6.0)
GRADE_CLASS_KEYS = ("0_2", "2_4", "4_6", "6_plus")


@dataclass(eq=False)
class GradePieces:
    """Pieces of the edges (one value per piece): the edge, the piece's length, its absolute
    grade (NaN off the DEM) and its grade class (index into ``GRADE_CLASS_KEYS``, -1 off the
    DEM)."""

    edge: np.ndarray
    length: np.ndarray
    grade: np.ndarray

    @property
    def grade_class(self) -> np.ndarray:
        codes = np.searchsorted(np.asarray(GRADE_BOUNDS_PCT), self.grade, side="right")
        return np.where(np.isfinite(self.grade), codes, -1)


def lines_network(xy: np.ndarray, ptr: np.ndarray) -> Network:
    """Polylines stored flat (line k is ``xy[ptr[k]:ptr[k + 1]]``) as a network whose edge k is
    line k, its ends nodes of their own (nothing joined): for linear referencing."""
    ptr = np.asarray(ptr, dtype=np.int64)
    count = len(ptr) - 1
    ends = np.concatenate([xy[ptr[:-1]], xy[ptr[1:] - 1]]) if count else np.zeros((0, 2))
    return make_network(ends, np.arange(count), count + np.arange(count), np.asarray(xy, float),
                        ptr, np.arange(count))


def grade_pieces(network: Network, sample: Callable[[np.ndarray], np.ndarray],
                 step: float = PIECE_M) -> GradePieces:
    """The pieces of every edge of ``network`` and their grades; ``sample`` gives the
    elevations (metres, NaN on no data) of an (n, 2) array of points."""
    length = network.edge_length
    count = np.maximum(np.ceil(length / step - 1e-9), 1).astype(np.int64)
    count[length <= 0] = 0
    edge = np.repeat(np.arange(network.edge_count), count + (count > 0))
    k = ranges(np.zeros(len(count), dtype=np.int64), count + (count > 0))
    offset = length[edge] * k / np.maximum(count[edge], 1)
    z = sample(interpolate(network, edge, offset)) if len(edge) else np.zeros(0)
    # every piece but an edge's first ends where the previous one starts
    ends = np.flatnonzero(k > 0)
    piece_length = length[edge[ends]] / count[edge[ends]]
    with np.errstate(invalid="ignore"):
        grade = np.abs(z[ends] - z[ends - 1]) / piece_length * 100.0
    return GradePieces(edge=edge[ends], length=piece_length, grade=grade)


def steepest_per_edge(pieces: GradePieces, edge_count: int) -> np.ndarray:
    """Each edge's steepest piece grade (NaN where none of its pieces has a grade)."""
    known = np.isfinite(pieces.grade)
    steepest = np.full(edge_count, -np.inf)
    np.maximum.at(steepest, pieces.edge[known], pieces.grade[known])
    return np.where(np.isfinite(steepest), steepest, np.nan)


def class_lengths(owner: np.ndarray, length: np.ndarray, grade_class: np.ndarray,
                  owner_count: int) -> np.ndarray:
    """(owner_count, classes + 1) metres per grade class of each owner's pieces; the last column
    is the length off the DEM."""
    column = np.where(grade_class >= 0, grade_class, len(GRADE_CLASS_KEYS))
    out = np.zeros((owner_count, len(GRADE_CLASS_KEYS) + 1))
    np.add.at(out, (owner, column), length)
    return out


def class_shares(lengths: np.ndarray) -> np.ndarray:
    """Per row of :func:`class_lengths`: the share (%) of each grade class in the length the
    DEM covers (NaN without any), then the share covered of the whole length (%; NaN for a
    row of no length)."""
    covered = lengths[:, :-1].sum(axis=1)
    total = covered + lengths[:, -1]
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = lengths[:, :-1] / covered[:, None] * 100.0
        covered_pct = covered / total * 100.0
    return np.column_stack([shares, covered_pct])
