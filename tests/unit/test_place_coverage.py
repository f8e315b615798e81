"""Straight-line coverage of places and the greedy suggestions, against a k-d tree count and a
plain greedy loop over dense distances."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.spatial import cKDTree

from itinerance.processing.logic.products import place_coverage as pc


def plain_greedy(places, reach, candidates, uncovered, count):
    """The textbook greedy loop on a dense distance table."""
    d = np.hypot(*(candidates[:, None, :] - places[None, :, :]).transpose(2, 0, 1))
    covers = d <= reach[None, :]
    open_places = uncovered.copy()
    chosen = []
    for _ in range(count):
        gains = (covers & open_places[None, :]).sum(axis=1)
        if not len(gains) or gains.max() == 0:
            break
        best = int(np.argmax(gains))  # the first of the best: the lowest index
        chosen.append((best, int(gains[best])))
        open_places &= ~covers[best]
    return chosen


def test_a_place_within_its_own_distance_is_covered():
    places = np.array([[0.0, 0.0], [10000.0, 0.0], [20000.0, 0.0]])
    reach = np.array([5000.0, 1000.0, 1000.0])
    result = pc.coverage(places, reach, np.array([[3000.0, 4000.0], [11500.0, 0.0]]))
    assert result.distance_m.tolist() == pytest.approx([5000.0, 1500.0, 8500.0])
    assert result.covered.tolist() == [True, False, False]
    assert result.nearest.tolist() == [0, 1, 1]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 100_000), st.integers(1, 60), st.integers(0, 12),
       st.integers(1, 40), st.integers(0, 8))
def test_coverage_and_suggestions_match_the_plain_loops(seed, n_places, n_areas, n_cand,
                                                         count):
    rng = np.random.default_rng(seed)
    # a coarse grid makes ties and places exactly on candidates
    places = rng.integers(0, 40, size=(n_places, 2)) * 500.0
    reach = np.where(rng.random(n_places) < 0.5, 5000.0, 1000.0)
    areas = rng.integers(0, 40, size=(n_areas, 2)) * 500.0
    candidates = np.concatenate([rng.integers(0, 40, size=(n_cand, 2)) * 500.0, places[:3]])
    result = pc.coverage(places, reach, areas)
    if n_areas:
        tree = cKDTree(areas)
        counts = np.array([len(tree.query_ball_point(p, r)) for p, r in zip(places, reach)])
        assert result.covered.tolist() == (counts > 0).tolist()
    else:
        assert not result.covered.any()
    matrix = pc.coverage_matrix(places, reach, candidates)
    dense = np.hypot(*(candidates[:, None, :] - places[None, :, :]).transpose(2, 0, 1))
    assert (matrix.toarray() > 0).tolist() == (dense <= reach[None, :]).tolist()
    got = pc.greedy_suggestions(matrix, ~result.covered, count)
    assert [(c, g) for c, g, _ in got] == plain_greedy(places, reach, candidates,
                                                      ~result.covered, count)
    newly = np.concatenate([new for _, _, new in got]) if got else np.zeros(0, int)
    assert len(newly) == len(set(newly.tolist()))
    assert not result.covered[newly].any()


def test_by_default_the_uncovered_places_are_the_candidates():
    places = np.array([[0.0, 0.0], [400.0, 0.0], [800.0, 0.0], [9000.0, 0.0]])
    reach = np.full(4, 500.0)
    analysis = pc.analyse(places, reach, np.array([[9000.0, 100.0]]), 5)
    assert analysis.coverage.covered.tolist() == [False, False, False, True]
    # the middle place covers all three; nothing is left for a second suggestion
    assert [(analysis.candidate_index[c], g) for c, g, _ in analysis.suggestions] == [(1, 3)]
    assert analysis.covered_pct == pytest.approx(25.0)
