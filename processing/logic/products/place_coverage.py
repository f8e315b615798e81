"""Straight-line coverage of places by facilities, and new facilities chosen greedily: what
``itinerance:motorhomecoverage`` computes for motorhome areas near tourist sites and town
centres.

Pure numpy/scipy (no QGIS); metres. A place p is covered when a facility lies within its own
distance r_p (a site and a town centre each have theirs). Distances come from a k-d tree.

Suggestions: the candidate that covers the most places still uncovered is added, then the next,
up to the number asked, stopping early when no candidate covers any more (a suggestion that
covers nothing is no suggestion). Ties go to the lowest candidate index. The coverage is a sparse
candidate × place matrix built once from ball queries; after each choice only the gains of the
candidates that covered the newly covered places go down, so the whole run is O(nnz + k·m), m
candidates, k suggestions.
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from ..network.graph import ranges


@dataclass
class Coverage:
    """Per place: ``distance_m`` to the nearest facility (inf without any), ``nearest`` (its
    index, −1), ``covered`` (distance_m ≤ the place's own distance)."""

    distance_m: np.ndarray
    nearest: np.ndarray
    covered: np.ndarray


def coverage(places_xy: np.ndarray, reach_m: np.ndarray, facilities_xy: np.ndarray) -> Coverage:
    """Which places have a facility within their reach (``reach_m``: one distance per place)."""
    places = np.asarray(places_xy, dtype=float).reshape(-1, 2)
    facilities = np.asarray(facilities_xy, dtype=float).reshape(-1, 2)
    if not len(facilities) or not len(places):
        return Coverage(np.full(len(places), np.inf), np.full(len(places), -1, dtype=np.int64),
                        np.zeros(len(places), dtype=bool))
    distance, nearest = cKDTree(facilities).query(places)
    return Coverage(distance, nearest.astype(np.int64),
                    distance <= np.asarray(reach_m, dtype=float))


def coverage_matrix(places_xy: np.ndarray, reach_m: np.ndarray,
                    candidates_xy: np.ndarray) -> sparse.csr_matrix:
    """Boolean (candidates × places) matrix: candidate c covers place p (|c − p| ≤ r_p). One
    ball query per distinct reach."""
    places = np.asarray(places_xy, dtype=float).reshape(-1, 2)
    candidates = np.asarray(candidates_xy, dtype=float).reshape(-1, 2)
    reach = np.asarray(reach_m, dtype=float)
    rows: List[np.ndarray] = []
    cols: List[np.ndarray] = []
    if len(candidates) and len(places):
        tree = cKDTree(candidates)
        for r in np.unique(reach):
            group = np.flatnonzero(reach == r)
            pairs = cKDTree(places[group]).sparse_distance_matrix(
                tree, float(r), output_type="ndarray")
            rows.append(pairs["j"].astype(np.int64))
            cols.append(group[pairs["i"]])
    r_all = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c_all = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    return sparse.csr_matrix((np.ones(len(r_all), dtype=np.int8), (r_all, c_all)),
                             shape=(len(candidates), len(places)))


def greedy_suggestions(matrix: sparse.csr_matrix, uncovered: np.ndarray,
                       count: int) -> List[Tuple[int, int, np.ndarray]]:
    """Up to ``count`` candidates, each covering the most places still uncovered (ties: the
    lowest index): a list of (candidate, gain, places it newly covers)."""
    open_places = np.asarray(uncovered, dtype=bool).copy()
    csr = matrix.tocsr()
    csc = matrix.tocsc()
    gain = np.asarray(csr[:, open_places].sum(axis=1)).ravel().astype(np.int64) \
        if csr.shape[0] else np.zeros(0, dtype=np.int64)
    chosen: List[Tuple[int, int, np.ndarray]] = []
    while len(chosen) < count and len(gain) and gain.max() > 0:
        best = int(np.argmax(gain))
        row = csr.indices[csr.indptr[best]:csr.indptr[best + 1]]
        new = np.sort(row[open_places[row]])
        chosen.append((best, len(new), new))
        open_places[new] = False
        # the candidates that covered those places lose one per place
        hit = csc.indices[ranges(csc.indptr[new], csc.indptr[new + 1] - csc.indptr[new])]
        np.subtract.at(gain, hit, 1)
    return chosen


@dataclass
class Analysis:
    """:func:`analyse`'s result: the places' ``coverage``, the ``candidates_xy`` used and the
    ``suggestions`` (candidate, gain, places newly covered)."""

    coverage: Coverage
    candidates_xy: np.ndarray
    candidate_index: np.ndarray  # index of each candidate in the caller's list (or place)
    suggestions: List[Tuple[int, int, np.ndarray]]

    @property
    def covered_pct(self) -> float:
        n = len(self.coverage.covered)
        return 100.0 * float(self.coverage.covered.sum()) / n if n else 0.0


def analyse(places_xy: np.ndarray, reach_m: np.ndarray, facilities_xy: np.ndarray,
            count: int, candidates_xy: Optional[np.ndarray] = None) -> Analysis:
    """Coverage of the places, then up to ``count`` suggestions among ``candidates_xy``
    (default: the uncovered places themselves)."""
    cover = coverage(places_xy, reach_m, facilities_xy)
    if candidates_xy is None:
        index = np.flatnonzero(~cover.covered)
        candidates = np.asarray(places_xy, dtype=float).reshape(-1, 2)[index]
    else:
        candidates = np.asarray(candidates_xy, dtype=float).reshape(-1, 2)
        index = np.arange(len(candidates))
    chosen = greedy_suggestions(coverage_matrix(places_xy, reach_m, candidates),
                                ~cover.covered, count) if count > 0 else []
    return Analysis(cover, candidates, index, chosen)


__all__ = ["Analysis", "Coverage", "analyse", "coverage", "coverage_matrix",
           "greedy_suggestions"]
