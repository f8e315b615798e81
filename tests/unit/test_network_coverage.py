"""Exact network distance fields, stretches, gaps and suggestions.

Analytic cases with known answers, then property tests against networkx: the oracle graph is
the built network with the sources and every stretch end (and middle) inserted as nodes, so
its Dijkstra distances are exact values of the field at those points.
"""

import math

import networkx as nx
import numpy as np
import pytest
import synthetic_network
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString
from shapely.ops import linemerge

from itinerance.processing.logic.network import coverage as network_coverage
from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.network import site_ranking


def arr(*pts):
    return np.array(pts, dtype=float)


def analyse(lines, aires, max_distance, tol=1.0):
    """The whole chain on a small case: (refined network, point nodes, dist, nearest, st)."""
    net = network.build_network(lines, tol)
    loc = network.locate_points(net, np.asarray(aires, dtype=float).reshape(-1, 2), 50.0)
    refined, point_node = network.split_at(net, loc)
    dist, nearest = network_coverage.distance_field(refined, point_node)
    st_ = network_coverage.stretches(refined, dist, nearest, max_distance)
    return refined, point_node, dist, nearest, st_


def table(st_):
    """Stretches as rows (edge, start, end, dist_min, dist_max, covered), for comparisons."""
    return [(int(e), a, z, lo, hi, bool(c)) for e, a, z, lo, hi, c in zip(
        st_.edge, st_.start_offset, st_.end_offset, st_.dist_min, st_.dist_max, st_.covered)]


# ------------------------------------------------------------------------------------------
# Analytic cases
# ------------------------------------------------------------------------------------------


def test_straight_line_with_an_aire_inside_an_edge():
    net, point_node, dist, nearest, st_ = analyse([arr((0, 0), (1000, 0))], [(300, 10)], 500)
    assert point_node.tolist() == [2]
    assert dist.tolist() == [300, 700, 0] and nearest.tolist() == [0, 0, 0]
    assert table(st_) == [(0, 0, 300, 0, 300, True), (1, 0, 500, 0, 500, True),
                          (1, 500, 700, 500, 700, False)]
    assert st_.coords[2].tolist() == [[800, 0], [1000, 0]]
    assert st_.length.tolist() == [300, 500, 200]
    gaps = network_coverage.gaps(net, st_)
    assert len(gaps) == 1 and gaps[0].length == 200 and gaps[0].worst_dist == 700
    assert [c.tolist() for c in gaps[0].coords] == [[[800, 0], [1000, 0]]]
    totals = network_coverage.coverage_totals(net, st_)
    assert totals == {"network_length_m": 1000, "covered_length_m": 800, "coverage_pct": 80,
                      "max_dist_m": 700, "component_count": 1}


def test_two_aires_on_one_edge_meet_at_the_peak():
    net, _, dist, nearest, st_ = analyse([arr((0, 0), (1000, 0))], [(600, 0), (200, 0)], 1000)
    # new nodes by offset: 200 m (second aire) then 600 m (first aire)
    assert dist.tolist() == [200, 400, 0, 0]
    middle = [r for r in table(st_) if r[0] == 1]
    assert middle == [(1, 0, 200, 0, 200, True), (1, 200, 400, 0, 200, True)]
    assert st_.nearest[st_.edge == 1].tolist() == [1, 0]  # each half has its own aire


def test_aire_on_a_node_reuses_it():
    net, point_node, dist, _, _ = analyse([arr((0, 0), (100, 0)), arr((100, 0), (100, 50))],
                                          [(100.0000001, 0)], 10)
    assert net.node_count == 3 and point_node.tolist() == [1]
    assert dist.tolist() == [100, 0, 50]


def test_ring_peak_opposite_the_aire_and_merged_gap():
    ring = arr((0, 0), (250, 0), (250, 250), (0, 250), (0, 0))
    net, _, dist, _, st_ = analyse([ring], [(0, 0)], 400)
    assert net.edge_count == 1 and dist.tolist() == [0]
    assert table(st_) == [(0, 0, 400, 0, 400, True), (0, 400, 500, 400, 500, False),
                          (0, 500, 600, 400, 500, False), (0, 600, 1000, 0, 400, True)]
    gaps = network_coverage.gaps(net, st_)
    assert len(gaps) == 1 and gaps[0].length == 200 and gaps[0].worst_dist == 500
    # the two halves chain through the peak: one polyline
    assert [c.tolist() for c in gaps[0].coords] == [[[250, 150], [250, 250], [150, 250]]]


def test_star_gives_separate_gaps_by_decreasing_length():
    arms = [arr((0, 0), (100, 0)), arr((0, 0), (0, 200)), arr((0, 0), (-300, 0))]
    net, _, _, _, st_ = analyse(arms, [(0, 0)], 150)
    gaps = network_coverage.gaps(net, st_)
    assert [g.length for g in gaps] == [150, 50]
    assert [g.worst_dist for g in gaps] == [300, 200]
    assert gaps[0].coords[0].tolist() == [[-150, 0], [-300, 0]]


def test_uncovered_junction_is_one_gap_of_three_polylines():
    arms = [arr((0, 0), (100, 0)), arr((0, 0), (0, 100)), arr((0, 0), (-100, 0)),
            arr((100, 0), (1000, 0))]
    net, _, _, _, st_ = analyse(arms, [(1000, 0)], 850)
    gaps = network_coverage.gaps(net, st_)
    assert len(gaps) == 1
    # the three arms, and the 50 m beyond the east node that ends 900 m from the aire
    assert gaps[0].length == 350
    assert sorted(LineString(c).length for c in gaps[0].coords) == [100, 100, 150]
    assert gaps[0].worst_dist == 1100


def test_two_components_one_without_aire():
    net, _, dist, nearest, st_ = analyse([arr((0, 0), (100, 0)), arr((500, 0), (500, 300))],
                                         [(0, 0)], 60)
    assert net.component_count == 2
    assert dist[2:].tolist() == [math.inf, math.inf] and nearest[2:].tolist() == [-1, -1]
    lost = st_.component == 0  # the 300 m line is the larger component
    assert np.isnan(st_.dist_min[lost]).all() and np.isnan(st_.dist_max[lost]).all()
    assert (st_.nearest[lost] == -1).all() and not st_.covered[lost].any()
    gaps = network_coverage.gaps(net, st_)
    assert [g.length for g in gaps] == [300, 40]
    assert math.isnan(gaps[0].worst_dist) and gaps[0].component == 0
    totals = network_coverage.coverage_totals(net, st_)
    assert totals["max_dist_m"] == 100 and totals["covered_length_m"] == 60
    assert totals["component_count"] == 2


def test_parallel_edges_of_different_lengths():
    # 10 m straight and 14 m bent between the same two nodes; the aire at the west node
    lines = [arr((0, 0), (10, 0)), arr((0, 0), (5, math.sqrt(24)), (10, 0))]
    net, _, dist, _, st_ = analyse(lines, [(0, 0)], 11)
    assert dist.tolist() == [0, 10]
    bent = [r for r in table(st_) if r[0] == 1]
    assert [r[1:3] for r in bent] == pytest.approx([(0, 11), (11, 12), (12, 13), (13, 14)])
    assert [r[5] for r in bent] == [True, False, False, True]
    assert max(r[4] for r in bent) == pytest.approx(12)
    gaps = network_coverage.gaps(net, st_)
    assert len(gaps) == 1 and gaps[0].length == pytest.approx(2) and len(gaps[0].coords) == 1


def test_self_loop_peaks_halfway_round():
    lines = [arr((0, 0), (-5, 0)), arr((0, 0), (10, 0), (10, 10), (0, 10), (0, 0))]
    net, _, dist, _, st_ = analyse(lines, [(-5, 0)], 100)
    loop = [r for r in table(st_) if net.edge_u[r[0]] == net.edge_v[r[0]]]
    assert loop == [(1, 0, 20, 5, 25, True), (1, 20, 40, 5, 25, True)]


def test_no_source_at_all():
    net = network.build_network([arr((0, 0), (100, 0)), arr((100, 0), (100, 100))])
    dist, nearest = network_coverage.distance_field(net, [])
    assert np.isinf(dist).all() and (nearest == -1).all()
    st_ = network_coverage.stretches(net, dist, nearest, 50)
    assert len(st_) == 2 and not st_.covered.any() and np.isnan(st_.dist_max).all()
    gaps = network_coverage.gaps(net, st_)
    assert len(gaps) == 1 and gaps[0].length == 200 and len(gaps[0].coords) == 1
    totals = network_coverage.coverage_totals(net, st_)
    assert totals["coverage_pct"] == 0 and math.isnan(totals["max_dist_m"])


def test_negative_sources_are_ignored_and_duplicates_map_to_the_first():
    net = network.build_network([arr((0, 0), (100, 0))])
    dist, nearest = network_coverage.distance_field(net, [-1, 1, 1, 0])
    assert dist.tolist() == [0, 0] and nearest.tolist() == [3, 1]


def test_empty_network_everywhere():
    net = network.build_network([])
    dist, nearest = network_coverage.distance_field(net, [0])
    st_ = network_coverage.stretches(net, dist, nearest, 10)
    assert len(st_) == 0 and st_.coords == []
    assert network_coverage.gaps(net, st_) == []
    assert network_coverage.suggest_sites(net, dist, 10, [], 3) == []
    assert network_coverage.coverage_totals(net, st_)["coverage_pct"] == 0


def chain(n, step=1000.0):
    """A straight line of n pieces of ``step`` metres: nodes 0..n in order along x."""
    return [arr((i * step, 0), ((i + 1) * step, 0)) for i in range(n)]


def test_suggestions_on_a_line_without_aires():
    net = network.build_network(chain(10))
    dist, _ = network_coverage.distance_field(net, [])
    got = network_coverage.suggest_sites(net, dist, 2500, np.arange(net.node_count), 5)
    # 3000 covers [500, 5500]; then 8000 covers [5500, 10000]; then 0 covers [0, 500]
    assert [(s.rank, s.node, s.gain_m) for s in got] == [(1, 3, 5000), (2, 8, 4500),
                                                         (3, 0, 500)]
    assert [s.covered_after_m for s in got] == [5000, 9500, 10000]
    assert [s.coverage_after_pct for s in got] == [50, 95, 100]
    assert (got[0].x, got[0].y) == (3000, 0)


def test_suggestion_ties_go_to_the_lowest_candidate_index():
    net = network.build_network(chain(10))
    dist, _ = network_coverage.distance_field(net, [])
    got = network_coverage.suggest_sites(net, dist, 2500, np.arange(10, -1, -1), 1)
    assert (got[0].node, got[0].candidate, got[0].gain_m) == (7, 3, 5000)


def test_suggestions_respect_existing_aires():
    net = network.build_network(chain(10))
    dist, _ = network_coverage.distance_field(net, [0])
    got = network_coverage.suggest_sites(net, dist, 2500, np.arange(net.node_count), 3)
    # 5000 and 6000 both cover 5000 m: the lower index wins; then 7500..10000 is left
    assert [(s.node, s.gain_m) for s in got] == [(5, 5000), (8, 2500)]
    covered = network_coverage.suggest_sites(net, np.zeros(net.node_count), 2500,
                                             np.arange(net.node_count), 3)
    assert covered == []


def test_suggestions_with_unlimited_reach_pick_whole_components():
    lines = chain(3) + [arr((10_000, 0), (10_000, 500))]
    net = network.build_network(lines)
    dist, _ = network_coverage.distance_field(net, [])
    got = network_coverage.suggest_sites(net, dist, math.inf, np.arange(net.node_count), 3)
    assert [(s.node, s.gain_m) for s in got] == [(0, 3000), (4, 500)]


# ------------------------------------------------------------------------------------------
# Property tests against networkx
# ------------------------------------------------------------------------------------------


def random_case(seed, n_edges, n_sources):
    """A random network with parallel edges and loops, and sources near it."""
    rng = np.random.default_rng(seed)
    lines = synthetic_network.grid_lines(n_edges, seed=seed, spacing=100.0, vertices_per_edge=3)
    extra = []
    for line in lines[:int(rng.integers(0, 3))]:  # a bent twin between the same two ends
        a, b = line[0], line[-1]
        normal = np.array([-(b - a)[1], (b - a)[0]])
        extra.append(np.array([a, (a + b) / 2 + rng.uniform(0.1, 0.3) * normal, b]))
    for line in lines[len(lines) - int(rng.integers(0, 2)):]:
        p = line[0]  # a small loop hanging on a line end
        extra.append(np.array([p, p + (9, 4), p + (4, 9), p]))
    lines = lines + extra
    aires = synthetic_network.points_along(lines, n_sources, seed=seed + 1, max_offset=20.0)
    return lines, aires


def random_field(seed, n_edges, n_sources):
    """:func:`random_case`'s network split at its sources, with their distance field:
    (network, dist, nearest)."""
    lines, aires = random_case(seed, n_edges, n_sources)
    base = network.build_network(lines, 0.5)
    net, point_node = network.split_at(base, network.locate_points(base, aires, 25.0))
    return (net, *network_coverage.distance_field(net, point_node))


def oracle_graph(net, inserts):
    """Our network in networkx with extra points inserted as nodes.

    ``inserts``: (edge, offset, label) triples; edges are chained through their points.
    Node labels are ("n", i) for network nodes and the given labels for inserted points.
    """
    g = nx.MultiGraph()
    g.add_nodes_from(("n", i) for i in range(net.node_count))
    by_edge = {}
    for e, x, label in inserts:
        by_edge.setdefault(int(e), []).append((float(x), label))
    for k in range(net.edge_count):
        length = float(net.edge_length[k])
        stops = [(0.0, ("n", int(net.edge_u[k])))]
        stops += sorted((min(max(x, 0.0), length), lab) for x, lab in by_edge.get(k, []))
        stops.append((length, ("n", int(net.edge_v[k]))))
        for (x0, a), (x1, b) in zip(stops[:-1], stops[1:]):
            g.add_edge(a, b, weight=x1 - x0)
    return g


def field_checks(seed, n_edges, n_sources, max_distance):
    lines, aires = random_case(seed, n_edges, n_sources)
    base = network.build_network(lines, 0.5)
    loc = network.locate_points(base, aires, 25.0)
    net, point_node = network.split_at(base, loc)
    dist, nearest = network_coverage.distance_field(net, point_node)
    st_ = network_coverage.stretches(net, dist, nearest, max_distance)

    # the oracle: the unsplit network, aires and stretch points inserted at parent offsets
    inserts = [(e, x, ("aire", i)) for i, (e, x) in enumerate(zip(loc.edge, loc.offset))
               if e >= 0]
    parent = net.edge_parent[st_.edge]
    shift = net.edge_start_offset[st_.edge]
    for i in range(len(st_)):
        for tag, x in (("a", st_.start_offset[i]), ("m", None), ("z", st_.end_offset[i])):
            x = (st_.start_offset[i] + st_.end_offset[i]) / 2 if x is None else x
            inserts.append((parent[i], shift[i] + x, (tag, i)))
    g = oracle_graph(base, inserts)
    sources = [("aire", i) for i in range(len(aires)) if loc.edge[i] >= 0]
    exact = nx.multi_source_dijkstra_path_length(g, sources) if sources else {}
    per_source = {s: nx.single_source_dijkstra_path_length(g, s) for s in sources}

    def oracle(label):
        return exact.get(label, math.inf)

    # node distances and nearest sources
    for i in range(base.node_count):
        assert dist[i] == pytest.approx(oracle(("n", i)), abs=1e-6)
        if nearest[i] >= 0:
            assert per_source[("aire", int(nearest[i]))][("n", i)] == pytest.approx(dist[i],
                                                                                    abs=1e-6)
    # stretches: exact ends, linear in between, one nearest source, coverage
    r = max_distance
    for i in range(len(st_)):
        fa, fm, fz = oracle(("a", i)), oracle(("m", i)), oracle(("z", i))
        if math.isinf(fa):
            assert math.isnan(st_.dist_min[i]) and st_.nearest[i] == -1 and not st_.covered[i]
            continue
        assert st_.dist_min[i] == pytest.approx(min(fa, fz), abs=1e-6)
        assert st_.dist_max[i] == pytest.approx(max(fa, fz), abs=1e-6)
        assert fm == pytest.approx((fa + fz) / 2, abs=1e-6), "field not linear on a stretch"
        src = ("aire", int(st_.nearest[i]))
        assert per_source[src][("m", i)] == pytest.approx(fm, abs=1e-6)
        if st_.covered[i]:
            assert max(fa, fz) <= r + 1e-6
        else:
            assert min(fa, fz) >= r - 1e-6 and fm > r
    # pieces tile each edge, and their geometry is the edge's
    for k in range(net.edge_count):
        rows = np.flatnonzero(st_.edge == k)
        assert st_.start_offset[rows[0]] == 0
        assert st_.end_offset[rows[-1]] == net.edge_length[k]
        assert (st_.start_offset[rows[1:]] == st_.end_offset[rows[:-1]]).all()
    line = [LineString(c) for c in base.edge_coords]
    for i in range(len(st_)):
        c = st_.coords[i]
        assert LineString(c).length == pytest.approx(st_.length[i], abs=1e-6)
        on = line[parent[i]]
        assert np.allclose(c[0], on.interpolate(shift[i] + st_.start_offset[i]).coords[0],
                           atol=1e-6)
        assert np.allclose(c[-1], on.interpolate(shift[i] + st_.end_offset[i]).coords[0],
                           atol=1e-6)
    return base, net, dist, st_, g, exact


def oracle_coverage(g, exact, r):
    """Covered length and largest distance, from the oracle's distances on each of its edges."""
    covered, worst = 0.0, -math.inf
    for a, b, w in g.edges(data="weight"):
        da, db = exact.get(a, math.inf), exact.get(b, math.inf)
        if math.isinf(da):
            continue
        covered += min(w, max(0.0, r - da) + max(0.0, r - db))
        x = min(max((db + w - da) / 2, 0.0), w)
        worst = max(worst, min(da + x, db + w - x))
    return covered, worst


@settings(max_examples=70, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 50),
       n_sources=st.integers(0, 8), max_distance=st.sampled_from([25.0, 90.0, 250.0, 1e4]))
def test_field_stretches_and_totals_match_networkx(seed, n_edges, n_sources, max_distance):
    base, net, dist, st_, g, exact = field_checks(seed, n_edges, n_sources, max_distance)
    totals = network_coverage.coverage_totals(net, st_)
    covered, worst = oracle_coverage(g, exact, max_distance)
    assert totals["covered_length_m"] == pytest.approx(covered, abs=1e-6 * g.size())
    assert totals["network_length_m"] == pytest.approx(base.total_length)
    if math.isinf(worst):
        assert math.isnan(totals["max_dist_m"])
    else:
        assert totals["max_dist_m"] == pytest.approx(worst, abs=1e-6)


@settings(max_examples=70, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 50),
       n_sources=st.integers(0, 6), max_distance=st.sampled_from([25.0, 90.0, 250.0]))
def test_gaps_are_the_connected_uncovered_parts(seed, n_edges, n_sources, max_distance):
    net, dist, nearest = random_field(seed, n_edges, n_sources)
    st_ = network_coverage.stretches(net, dist, nearest, max_distance)
    gaps = network_coverage.gaps(net, st_)
    # oracle: uncovered pieces joined at the same node (by coordinates) or the same point of
    # the same edge (by offset)
    def key(i, x):
        e = st_.edge[i]
        if x == 0:
            return tuple(net.node_xy[net.edge_u[e]])
        if x == net.edge_length[e]:
            return tuple(net.node_xy[net.edge_v[e]])
        return (int(e), float(x))

    g = nx.MultiGraph()
    for i in np.flatnonzero(~st_.covered):
        g.add_edge(key(i, st_.start_offset[i]), key(i, st_.end_offset[i]), piece=int(i))
    parts = list(nx.connected_components(g))
    assert len(gaps) == len(parts)
    assert sum(x.length for x in gaps) == pytest.approx(st_.length[~st_.covered].sum())
    assert [x.length for x in gaps] == sorted((x.length for x in gaps), reverse=True)
    for gap in gaps:
        pieces = sorted(gap.stretch_index.tolist())
        part = next(p for p in parts if key(pieces[0], st_.start_offset[pieces[0]]) in p)
        sub = g.subgraph(part)
        assert sorted(d["piece"] for *_, d in sub.edges(data=True)) == pieces
        assert gap.length == pytest.approx(st_.length[pieces].sum())
        assert sum(LineString(c).length for c in gap.coords) == pytest.approx(gap.length)
        # chains through degree-2 points: one polyline per piece, less one per such point,
        # plus one per closed ring
        deg2 = sum(1 for _, d in sub.degree if d == 2)
        rings = sum(1 for comp in nx.connected_components(sub)
                    if all(d == 2 for _, d in sub.degree(comp)))
        assert len(gap.coords) == len(pieces) - deg2 + rings
        expected_worst = np.nanmax(st_.dist_max[pieces]) if not np.isnan(
            st_.dist_max[pieces]).all() else math.nan
        assert gap.worst_dist == pytest.approx(expected_worst, nan_ok=True)
        assert gap.component == st_.component[pieces[0]]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 50),
       n_sources=st.integers(0, 6), max_distance=st.sampled_from([25.0, 90.0, 250.0]))
def test_runs_merge_the_stretches_of_a_line_band_by_band(seed, n_edges, n_sources,
                                                         max_distance):
    """The runs (the merged output) hold every stretch once, in line order: per line and
    band, the same metres; each run a single polyline (shapely's line merge of its
    stretches), its distances and nearest source those of its stretches."""
    net, dist, nearest = random_field(seed, n_edges, n_sources)
    st_ = network_coverage.stretches(net, dist, nearest, max_distance)
    runs = network_coverage.stretch_runs(net, st_)
    band = network_coverage.distance_band(st_.dist_max, max_distance)
    r = max_distance
    expected = np.select([np.isnan(st_.dist_max), st_.dist_max <= r / 2, st_.dist_max <= r,
                          st_.dist_max <= 2 * r], [0, 1, 2, 3], 4)
    assert (band == expected).all()
    assert runs.stretch_count.sum() == len(st_)
    assert (np.diff(runs.first) == runs.stretch_count[:-1]).all()
    line = net.edge_line[st_.edge]
    want, got = {}, {}
    for key, length in zip(zip(line.tolist(), band.tolist()), st_.length.tolist()):
        want[key] = want.get(key, 0.0) + length
    for key, length in zip(zip(runs.line.tolist(), runs.band.tolist()), runs.length.tolist()):
        got[key] = got.get(key, 0.0) + length
    assert got.keys() == want.keys()
    assert all(got[k] == pytest.approx(want[k], abs=1e-9) for k in want)
    # the runs take the stretches in storage order: walks_xy's shortcut, the same vertices as
    # its general gather
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(network, "_stored_in_order", lambda *args: False)
        general = network_coverage.stretch_runs(net, st_)
    assert np.array_equal(general.xy, runs.xy) and np.array_equal(general.ptr, runs.ptr)
    coords = runs.xy, runs.ptr
    for k in range(len(runs)):
        members = np.arange(runs.first[k], runs.first[k] + runs.stretch_count[k])
        assert (line[members] == runs.line[k]).all() and (band[members] == runs.band[k]).all()
        geometry = LineString(coords[0][coords[1][k]:coords[1][k + 1]])
        merged = linemerge([LineString(st_.coords[i]) for i in members])
        assert geometry.length == pytest.approx(runs.length[k], abs=1e-6)
        assert merged.geom_type == "LineString" and geometry.equals_exact(merged, 1e-9)
        if runs.band[k] == 0:
            assert np.isnan(runs.dist_min[k]) and runs.nearest[k] == -1
            continue
        assert runs.dist_min[k] == st_.dist_min[members].min()
        assert runs.dist_max[k] == st_.dist_max[members].max()
        assert runs.nearest[k] == st_.nearest[members[np.argmin(st_.dist_min[members])]]
        assert runs.covered[k] == (runs.band[k] <= 2) == st_.covered[members].all()
    # a run ends where the next stretch leaves the line, the band or the continuity
    ends = runs.first[1:]
    assert ((line[ends] != line[ends - 1]) | (band[ends] != band[ends - 1])
            | (st_.start_point[ends] != st_.end_point[ends - 1])).all()


def greedy_oracle_gain(net, d_now, r, site):
    """Uncovered metres a site at node ``site`` brings within r (networkx Dijkstra)."""
    g = nx.MultiGraph()
    g.add_nodes_from(range(net.node_count))
    for u, v, w in zip(net.edge_u.tolist(), net.edge_v.tolist(), net.edge_length.tolist()):
        g.add_edge(u, v, weight=w)
    dc = nx.single_source_dijkstra_path_length(g, int(site), cutoff=r)
    d_after = d_now.copy()
    for node, d in dc.items():
        d_after[node] = min(d_after[node], d)
    return uncovered_total(net, d_now, r) - uncovered_total(net, d_after, r), d_after


def uncovered_total(net, d, r):
    total = 0.0
    for u, v, w in zip(net.edge_u.tolist(), net.edge_v.tolist(), net.edge_length.tolist()):
        reach_u = r - d[u] if d[u] < r else 0.0
        reach_v = r - d[v] if d[v] < r else 0.0
        total += max(0.0, w - reach_u - reach_v)
    return total


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 45),
       n_sources=st.integers(0, 4), max_distance=st.sampled_from([30.0, 120.0, 400.0, 5000.0]),
       count=st.integers(1, 4), share=st.sampled_from([0.3, 1.0]),
       first_batch=st.sampled_from([site_ranking.FIRST_BATCH, 1, 3]))
def test_suggestions_match_a_brute_force_greedy(seed, n_edges, n_sources, max_distance, count,
                                                share, first_batch):
    """``first_batch`` 1 and 3: the grid bounds and the growing batches of exact gains at
    work on these small networks, as on a region's (with more candidates than a batch)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(site_ranking, "FIRST_BATCH", first_batch)
        check_suggestions(seed, n_edges, n_sources, max_distance, count, share)


def check_suggestions(seed, n_edges, n_sources, max_distance, count, share):
    net, dist, _ = random_field(seed, n_edges, n_sources)
    rng = np.random.default_rng(seed)
    cand = rng.permutation(net.node_count)[:max(1, int(share * net.node_count))]
    cand = np.concatenate([cand, cand[:2], [-1]])  # duplicates and an invalid entry
    got = network_coverage.suggest_sites(net, dist, max_distance, cand, count)
    d_now = dist.copy()
    total = net.total_length
    picked = set()
    for s in got:
        gains = {}
        for j, c in enumerate(cand.tolist()):
            if c >= 0 and c not in picked and c not in gains:
                gains[c] = (greedy_oracle_gain(net, d_now, max_distance, c)[0], j)
        best = max(v[0] for v in gains.values())
        assert s.gain_m == pytest.approx(best, abs=1e-6)
        oracle_gain, d_now = greedy_oracle_gain(net, d_now, max_distance, s.node)
        assert s.gain_m == pytest.approx(oracle_gain, abs=1e-6)
        # among (near) ties, the lowest candidate index
        tied = [j for g_, j in gains.values() if g_ >= best - 1e-7]
        assert s.candidate == min(tied) or abs(gains[s.node][0] - best) <= 1e-6
        assert cand[s.candidate] == s.node and s.gain_m > 0
        covered = total - uncovered_total(net, d_now, max_distance)
        assert s.covered_after_m == pytest.approx(covered, abs=1e-6)
        assert s.coverage_after_pct == pytest.approx(100 * covered / total)
        assert (s.x, s.y) == tuple(net.node_xy[s.node])
        picked.add(s.node)
    assert [s.rank for s in got] == list(range(1, len(got) + 1))
    if len(got) < count:  # stopped early: nothing more to gain
        for c in set(cand.tolist()) - picked - {-1}:
            assert greedy_oracle_gain(net, d_now, max_distance, c)[0] <= 1e-6


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_edges=st.integers(1, 60),
       n_sources=st.integers(0, 3), max_distance=st.sampled_from([40.0, 150.0, 600.0]))
def test_gain_bounds_stay_upper_bounds_as_sites_are_added(seed, n_edges, n_sources,
                                                          max_distance):
    """The lazy greedy is exact only if its cheap bounds never fall under an exact gain, also
    once sites are added (the grid keeps its chunks and cells from one pick to the next); the
    grid bounds more candidates than FIRST_BATCH only: 0 here, so that it bounds them all."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(site_ranking, "FIRST_BATCH", 0)
        check_bounds(seed, n_edges, n_sources, max_distance)


def check_bounds(seed, n_edges, n_sources, max_distance):
    net, dist, _ = random_field(seed, n_edges, n_sources)
    state = site_ranking._Greedy(net, dist, max_distance)
    nodes = np.arange(net.node_count)
    for site in np.random.default_rng(seed).permutation(net.node_count)[:3].tolist():
        bounds, discs = state.bounds(nodes), state.bounds(nodes, tight=True)
        d_now = state.d.copy()
        exact = [greedy_oracle_gain(net, d_now, max_distance, c)[0] for c in nodes.tolist()]
        assert (discs >= np.array(exact) - 1e-6).all()
        assert (discs <= bounds).all()  # a disc's cells are among its square's
        # what the state keeps from its distances follows every site added: the same as
        # computed again
        for name in state._FROM_D:
            state.__dict__.pop(name, None)
        assert np.array_equal(state.bounds(nodes, tight=True), discs)
        assert np.array_equal(state.bounds(nodes), bounds)
        assert state.gains(nodes) == pytest.approx(exact, abs=1e-6)
        state.add_site(site)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), nx_=st.integers(1, 12),
       radius=st.floats(0.1, 6.0))
def test_disc_sums_count_every_cell_that_meets_the_disc(seed, nx_, radius):
    """The disc bounds' cell sums against every cell tested one by one: a cell counts when
    its square comes within ``radius`` of the position (positions inside and outside)."""
    rng = np.random.default_rng(seed)
    hist = rng.integers(0, 1000, size=(nx_, nx_))
    cells = rng.uniform(-2, nx_ + 2, size=(30, 2))
    got = site_ranking._disc_sums(hist, cells, radius)
    cx, cy = np.meshgrid(np.arange(nx_), np.arange(nx_), indexing="ij")
    for (x, y), total in zip(cells, got):
        dx = np.maximum(np.maximum(cx - x, x - (cx + 1)), 0.0)
        dy = np.maximum(np.maximum(cy - y, y - (cy + 1)), 0.0)
        assert total == hist[np.hypot(dx, dy) <= radius].sum()
