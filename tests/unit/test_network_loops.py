"""The loop census and the node graph: against an exhaustive search on small multigraphs.

The oracle knows nothing of the census's ranks, pruning or bits: it tries every set of edges
and keeps those that form one simple cycle (every vertex of degree 2, connected: networkx), then
walks each cycle to measure it.
"""

import itertools
import math
from collections import Counter

import networkx as nx
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from itinerance.processing.logic.network.node_network import loops, node_graph
from itinerance.processing.logic.network.node_network.node_graph import Water


def all_cycles(edge_u, edge_v):
    """Every simple cycle of the multigraph, as a set of edge indices (self-loops alone)."""
    found = []
    m = len(edge_u)
    for size in range(1, m + 1):
        for edges in itertools.combinations(range(m), size):
            degree = Counter()
            for e in edges:
                degree[edge_u[e]] += 1
                degree[edge_v[e]] += 1
            if any(d != 2 for d in degree.values()):
                continue
            graph = nx.MultiGraph()
            graph.add_edges_from((edge_u[e], edge_v[e]) for e in edges)
            if nx.is_connected(graph):
                found.append(edges)
    return found


def walk(edges, edge_u, edge_v, edge_length):
    """A cycle's vertices in walking order, with the metres from the first to each."""
    first = edges[0]
    order, at, position = [edge_u[first]], edge_v[first], [0.0, edge_length[first]]
    left = set(edges[1:])
    while left:
        e = next(e for e in left if at in (edge_u[e], edge_v[e]))
        left.remove(e)
        order.append(at)
        at = edge_v[e] if edge_u[e] == at else edge_u[e]
        position.append(position[-1] + edge_length[e])
    return order, position


def longest_dry(order, position, water):
    """The longest stretch of the cycle between two water points, round the cycle."""
    total = position[-1]
    wet = [p for v, p in zip(order, position) if water[v]]
    if not wet:
        return total
    gaps = [b - a for a, b in zip(wet, wet[1:])] + [total - wet[-1] + wet[0]]
    return max(gaps)


def oracle(edge_u, edge_v, edge_length, numbered, water, rules):
    """Loops through each vertex, and their number, by exhaustive search."""
    through = np.zeros(len(numbered), dtype=np.int64)
    count = 0
    for edges in all_cycles(edge_u, edge_v):
        order, position = walk(edges, edge_u, edge_v, edge_length)
        length = position[-1]
        nodes = [v for v in order if numbered[v]]
        if not nodes or len(nodes) > rules.max_nodes:
            continue
        if not rules.min_length_m <= length <= rules.max_length_m:
            continue
        if longest_dry(order, position, water) > rules.max_dry_m:
            continue
        count += 1
        for v in nodes:
            through[v] += 1
    return through, count


def random_multigraph(rng, vertices, edges):
    """Random vertices in a 10 km square and edges between them (parallel edges and
    self-loops included), each at least as long as the straight line, in whole metres."""
    xy = rng.uniform(0, 10_000, (vertices, 2))
    u = rng.integers(0, vertices, edges)
    v = np.where(rng.random(edges) < 0.1, u, rng.integers(0, vertices, edges))
    straight = np.hypot(*(xy[u] - xy[v]).T)
    length = np.ceil(straight) + rng.integers(0, 3000, edges) + np.where(u == v, 500, 0)
    return xy, u, v, length.astype(float)


def census_graph(xy, u, v, length, numbered, water):
    return loops.LoopGraph(xy, numbered, water, u, v, length, Water.dry(length))


def random_case(seed):
    """A random multigraph with numbered and water vertices, and rules for it."""
    rng = np.random.default_rng(seed)
    vertices = int(rng.integers(1, 9))
    xy, u, v, length = random_multigraph(rng, vertices, int(rng.integers(1, 14)))
    numbered = rng.random(vertices) < 0.7
    water = rng.random(vertices) < 0.4
    low = float(rng.integers(0, 10)) * 1000.0
    rules = loops.LoopRules(low, low + float(rng.integers(0, 50)) * 1000.0,
                            int(rng.integers(1, 9)),
                            float(rng.choice([math.inf, 6000.0, 12_000.0, 20_000.0])))
    return census_graph(xy, u, v, length, numbered, water), rules


def test_the_census_counts_the_loops_an_exhaustive_search_finds():
    found = dry_rule_bit = 0
    for seed in range(150):
        graph, rules = random_case(seed)
        census = loops.loop_census(graph, rules)
        args = (graph.edge_u.tolist(), graph.edge_v.tolist(), graph.edge_length.tolist(),
                graph.numbered, graph.water)
        through, count = oracle(*args, rules)
        assert census.loop_count == count, seed
        assert census.loops_through.tolist() == through.tolist(), seed
        found += count > 0
        if rules.water_rule:
            dry_rule_bit += oracle(*args, loops.LoopRules(
                rules.min_length_m, rules.max_length_m, rules.max_nodes))[1] > count
    # the cases are not all empty, and the water rule made a difference in some
    assert found > 50 and dry_rule_bit > 5


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(150, 2**32 - 1))
def test_the_census_counts_the_loops_an_exhaustive_search_finds_on_more_graphs(seed):
    graph, rules = random_case(seed)
    census = loops.loop_census(graph, rules)
    through, count = oracle(graph.edge_u.tolist(), graph.edge_v.tolist(),
                            graph.edge_length.tolist(), graph.numbered, graph.water, rules)
    assert census.loop_count == count
    assert census.loops_through.tolist() == through.tolist()


def test_parallel_sections_and_a_self_loop_are_loops_counted_once():
    # 0 =(two sections)= 1, and a self-loop at 1; all numbered
    xy = np.array([[0.0, 0.0], [1000.0, 0.0]])
    u, v = np.array([0, 1, 1]), np.array([1, 0, 1])
    length = np.array([1000.0, 1500.0, 3000.0])
    rules = loops.LoopRules(0.0, 10_000.0)
    census = loops.loop_census(census_graph(xy, u, v, length, np.ones(2, bool),
                                            np.zeros(2, bool)), rules)
    assert census.loop_count == 2
    assert census.loops_through.tolist() == [1, 2]


def test_a_cycle_without_a_numbered_node_is_no_ones_loop():
    xy = np.array([[0.0, 0.0], [1000.0, 0.0], [0.0, 1000.0], [5000.0, 5000.0]])
    u, v = np.array([0, 1, 2]), np.array([1, 2, 0])
    length = np.array([1000.0, 1500.0, 1000.0])
    census = loops.loop_census(census_graph(
        xy, u, v, length, np.array([False, False, False, True]), np.zeros(4, bool)),
        loops.LoopRules(0.0, 10_000.0))
    assert census.loop_count == 0 and census.loops_through.sum() == 0


def test_the_numbered_node_bound_counts_numbered_vertices_only():
    # a ring of 6 vertices, 3 of them numbered: within a bound of 3 numbered nodes
    n = 6
    angle = np.arange(n) * 2 * np.pi / n
    xy = np.column_stack([np.cos(angle), np.sin(angle)]) * 1000.0
    u, v = np.arange(n), (np.arange(n) + 1) % n
    length = np.full(n, 1100.0)
    numbered = np.arange(n) % 2 == 0
    graph = census_graph(xy, u, v, length, numbered, np.zeros(n, bool))
    assert loops.loop_census(graph, loops.LoopRules(0.0, 1e5, 3)).loop_count == 1
    assert loops.loop_census(graph, loops.LoopRules(0.0, 1e5, 2)).loop_count == 0


def test_the_water_rule_measures_the_stretch_across_the_start():
    # a ring of 4 x 3 km, water at vertex 2 only: one stretch of 12 km
    xy = np.array([[0.0, 0.0], [2000.0, 0.0], [2000.0, 2000.0], [0.0, 2000.0]])
    u, v = np.arange(4), (np.arange(4) + 1) % 4
    length = np.full(4, 3000.0)
    water = np.array([False, False, True, False])
    graph = census_graph(xy, u, v, length, np.ones(4, bool), water)
    assert loops.loop_census(graph, loops.LoopRules(0.0, 1e5, 30, 12_000.0)).loop_count == 1
    assert loops.loop_census(graph, loops.LoopRules(0.0, 1e5, 30, 11_999.0)).loop_count == 0
    water[0] = True  # two stretches of 6 km
    assert loops.loop_census(graph, loops.LoopRules(0.0, 1e5, 30, 6000.0)).loop_count == 1


# --------------------------------------------------------------------------------------------
# The node graph
# --------------------------------------------------------------------------------------------


def test_contraction_keeps_numbered_nodes_and_sums_what_it_merges():
    # 0 -a- 1 -b- 2 -c- 3, 3 -d- 4, 3 -e- 5 (3 is a junction); numbered: 0; water at 1 and 2
    u, v = np.array([0, 2, 2, 3, 3]), np.array([1, 1, 3, 4, 5])
    length = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    keep = np.zeros(6, bool)
    keep[0] = True
    water = np.zeros(6, bool)
    water[[1, 2]] = True
    chains = node_graph.contract(u, v, length, keep, water, np.array([1, np.nan, 3, 2, np.nan]))
    assert chains.start.tolist() == [0, 3, 3] and chains.end.tolist() == [3, 4, 5]
    assert chains.length.tolist() == [6.0, 4.0, 5.0]
    assert chains.max_grade[:2].tolist() == [3.0, 2.0] and np.isnan(chains.max_grade[2])
    assert chains.water.wet.tolist() == [True, False, False]
    assert chains.water.dry_in.tolist() == [1.0, 4.0, 5.0]
    assert chains.water.dry_out.tolist() == [3.0, 4.0, 5.0]
    assert chains.water.gap.tolist() == [2.0, 0.0, 0.0]
    assert chains.step_edge[:3].tolist() == [0, 1, 2]
    assert chains.step_reversed[:3].tolist() == [False, True, False]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
@example(seed=32179)  # a piece with several water points inside, ridden backwards (found on 3.40)
def test_contracting_twice_gives_the_water_of_contracting_once(seed):
    """A path of sections with water here and there: its water figures whether contracted at
    once or first into pieces and then those pieces again, against a walk along it."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 12))
    length = rng.integers(1, 50, n - 1).astype(float)
    u, v = np.arange(n - 1), np.arange(1, n)
    flip = rng.random(n - 1) < 0.5
    u, v = np.where(flip, v, u), np.where(flip, u, v)
    water = rng.random(n) < 0.4
    position = np.concatenate([[0.0], np.cumsum(length)])
    inner = position[1:-1][water[1:-1]]
    total = position[-1]
    once = node_graph.contract(u, v, length, np.zeros(n, bool), water)
    pieces = node_graph.contract(u, v, length, rng.random(n) < 0.4, water)
    twice = node_graph.contract(pieces.start, pieces.end, pieces.length, np.zeros(n, bool),
                                water, pieces.max_grade, pieces.water)
    for chains in (once, twice):
        assert len(chains) == 1
        forward = chains.start[0] == 0
        dry_in, dry_out = (chains.water.dry_in[0], chains.water.dry_out[0]) if forward else (
            chains.water.dry_out[0], chains.water.dry_in[0])
        assert chains.length[0] == total
        assert chains.water.wet[0] == bool(len(inner))
        if len(inner):
            assert dry_in == pytest.approx(inner[0])
            assert dry_out == pytest.approx(total - inner[-1])
            gaps = np.diff(inner)
            assert chains.water.gap[0] == pytest.approx(gaps.max() if len(gaps) else 0.0)


def test_the_census_on_contracted_sections_counts_the_loops_of_the_sections():
    """Sections with water and numbered nodes, contracted between the numbered nodes and
    junctions: the loops of the contracted graph are those of the sections."""
    rng = np.random.default_rng(4)
    for _ in range(15):
        xy, u, v, length = random_multigraph(rng, 9, 12)
        numbered = rng.random(9) < 0.5
        water = rng.random(9) < 0.3
        rules = loops.LoopRules(2000.0, 30_000.0, 4, 9000.0)
        through, count = oracle(u.tolist(), v.tolist(), length.tolist(), numbered, water,
                                rules)
        chains = node_graph.contract(u, v, length, numbered, water)
        graph = loops.LoopGraph(xy, numbered, water, chains.start, chains.end, chains.length,
                                chains.water)
        census = loops.loop_census(graph, rules)
        assert census.loop_count == count
        assert census.loops_through.tolist() == through.tolist()


def test_two_core_peels_dead_ends_and_keeps_cycles():
    # a triangle 0-1-2 with a tail 2-3-4 and a self-loop at 4
    u, v = np.array([0, 1, 2, 2, 3, 4]), np.array([1, 2, 0, 3, 4, 4])
    assert node_graph.two_core(u, v, 5).tolist() == [True] * 3 + [True, True, True]
    u, v = np.array([0, 1, 2, 2, 3]), np.array([1, 2, 0, 3, 4])
    assert node_graph.two_core(u, v, 5).tolist() == [True, True, True, False, False]
