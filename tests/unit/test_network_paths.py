"""Shortest paths between node pairs: against networkx, on networks whose distances are known."""

import networkx as nx
import numpy as np
import pytest
import synthetic_network
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString

from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.network import paths as network_paths


def as_networkx(net):
    """The network as a networkx graph, the shortest of parallel edges kept."""
    graph = nx.Graph()
    graph.add_nodes_from(range(net.node_count))
    for e in range(net.edge_count):
        u, v, w = int(net.edge_u[e]), int(net.edge_v[e]), float(net.edge_length[e])
        if u != v and (not graph.has_edge(u, v) or graph[u][v]["weight"] > w):
            graph.add_edge(u, v, weight=w)
    return graph


def nx_length(graph, s, t):
    try:
        return nx.shortest_path_length(graph, int(s), int(t), weight="weight")
    except nx.NetworkXNoPath:
        return np.inf


def check_paths(net, paths, sources, targets):
    """Every path found runs from its source to its target along joined edges, and its edges
    add up to its length."""
    for k, (s, t) in enumerate(zip(sources, targets)):
        edges = paths.edges[paths.edge_ptr[k]:paths.edge_ptr[k + 1]]
        forward = paths.forward[paths.edge_ptr[k]:paths.edge_ptr[k + 1]]
        nodes = paths.nodes[paths.node_ptr[k]:paths.node_ptr[k + 1]]
        if not np.isfinite(paths.length[k]):
            assert len(edges) == 0 and len(nodes) == 0
            continue
        assert nodes[0] == s and nodes[-1] == t
        assert len(edges) == len(nodes) - 1
        start = np.where(forward, net.edge_u[edges], net.edge_v[edges])
        end = np.where(forward, net.edge_v[edges], net.edge_u[edges])
        assert np.array_equal(start, nodes[:-1]) and np.array_equal(end, nodes[1:])
        assert net.edge_length[edges].sum() == pytest.approx(paths.length[k], abs=1e-6)


def test_a_square_with_a_diagonal_has_the_distances_we_know():
    # unit square of 1 km sides and one diagonal from (0, 0) to (1000, 1000)
    lines = [np.array([[0, 0], [1000, 0]]), np.array([[1000, 0], [1000, 1000]]),
             np.array([[1000, 1000], [0, 1000]]), np.array([[0, 1000], [0, 0]]),
             np.array([[0, 0], [1000, 1000]])]
    net = network.build_network([np.asarray(line, float) for line in lines], 0.0)
    at = {tuple(xy): i for i, xy in enumerate(net.node_xy.tolist())}
    a, b, c, d = at[(0, 0)], at[(1000, 0)], at[(1000, 1000)], at[(0, 1000)]
    paths = network_paths.shortest_paths(net, [a, a, b, a], [c, b, d, a])
    assert paths.length.tolist() == pytest.approx([1000 * 2 ** 0.5, 1000, 2000, 0])
    check_paths(net, paths, [a, a, b, a], [c, b, d, a])
    assert len(paths.edges[paths.edge_ptr[0]:paths.edge_ptr[1]]) == 1  # the diagonal


def test_a_long_detour_is_found_beyond_the_first_search_radius():
    # two nodes 10 m apart across a river, joined only by a 10 km loop round it
    loop = np.array([[0, 0], [0, -5000], [10, -5000], [10, 0]], float)
    net = network.build_network([loop[:2], loop[1:3], loop[2:]], 0.0)
    a = int(np.flatnonzero((net.node_xy == [0, 0]).all(axis=1))[0])
    b = int(np.flatnonzero((net.node_xy == [10, 0]).all(axis=1))[0])
    paths = network_paths.shortest_paths(net, [a, b], [b, a])
    assert paths.length.tolist() == pytest.approx([10010, 10010])
    check_paths(net, paths, [a, b], [b, a])


def test_nodes_in_two_parts_of_the_network_have_no_path():
    net = network.build_network([np.array([[0, 0], [100, 0]], float),
                                 np.array([[500, 0], [600, 0]], float)], 0.0)
    paths = network_paths.shortest_paths(net, [0, 0], [1, 2])
    assert paths.length[0] == pytest.approx(100) and paths.length[1] == np.inf
    assert not paths.found[1]
    check_paths(net, paths, [0, 0], [1, 2])


def test_bad_node_indices_are_refused():
    net = network.build_network([np.array([[0, 0], [100, 0]], float)], 0.0)
    with pytest.raises(ValueError, match="node indices"):
        network_paths.shortest_paths(net, [0], [5])
    with pytest.raises(ValueError, match="as many"):
        network_paths.shortest_paths(net, [0, 1], [1])


def random_network(seed, n_edges):
    """A random grid network of about ``n_edges`` edges, and a generator seeded alike."""
    lines = synthetic_network.grid_lines(n_edges, seed=seed, keep=0.55)
    return network.build_network(lines, 1.0), np.random.default_rng(seed)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), n_edges=st.integers(20, 400), pairs=st.integers(1, 60),
       chunk=st.sampled_from([1, 7, 256]))
def test_lengths_equal_networkx_on_random_networks(seed, n_edges, pairs, chunk):
    net, rng = random_network(seed, n_edges)
    sources = rng.integers(net.node_count, size=pairs)
    targets = rng.integers(net.node_count, size=pairs)
    paths = network_paths.shortest_paths(net, sources, targets, chunk=chunk)
    graph = as_networkx(net)
    expected = [nx_length(graph, s, t) for s, t in zip(sources, targets)]
    assert paths.length.tolist() == pytest.approx(expected, rel=1e-12)
    check_paths(net, paths, sources, targets)


def test_join_paths_gives_one_continuous_line_per_group():
    lines = synthetic_network.grid_lines(300, seed=3)
    net = network.build_network(lines, 1.0)
    rng = np.random.default_rng(3)
    stops = rng.integers(net.node_count, size=9)
    sources, targets = stops[:-1], stops[1:]
    paths = network_paths.shortest_paths(net, sources, targets)
    groups = paths.edge_ptr[[0, 4, 8]]  # legs 0-3, then legs 4-7
    xy, ptr, chainage = network_paths.join_paths(net, paths.edges, paths.forward, groups)
    for g, (first, last) in enumerate(((0, 4), (4, 8))):
        line = xy[ptr[g]:ptr[g + 1]]
        assert line[0].tolist() == net.node_xy[sources[first]].tolist()
        assert line[-1].tolist() == net.node_xy[targets[last - 1]].tolist()
        total = paths.length[first:last].sum()
        assert LineString(line).length == pytest.approx(total, rel=1e-9)
        assert chainage[ptr[g + 1] - 1] == pytest.approx(total, rel=1e-9)
        assert chainage[ptr[g]] == 0
        # every leg's end node is a vertex of the line, in order
        ends = chainage[ptr[g]:ptr[g + 1]]
        for k in range(first, last):
            assert np.isclose(ends, paths.length[first:k + 1].sum()).any()


def test_edge_between_picks_the_shortest_of_parallel_edges():
    straight = np.array([[0, 0], [100, 0]], float)
    bent = np.array([[0, 0], [50, 40], [100, 0]], float)
    net = network.build_network([bent, straight], 0.0)
    edge = network_paths.edge_between(net, [0, 1, 0], [1, 0, 0])
    assert net.edge_length[edge[0]] == pytest.approx(100)
    assert edge[0] == edge[1]
    assert edge[2] == -1  # no edge from a node to itself


# --- the nearest of several targets (circuits resolve their numbers with it) ----------------

@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), n_edges=st.integers(20, 400), count=st.integers(1, 8),
       tie=st.sampled_from([0.0, 0.1, 0.5]))
def test_nearest_distances_are_exact_as_far_as_a_choice_needs(seed, n_edges, count, tie):
    net, rng = random_network(seed, n_edges)
    source = int(rng.integers(net.node_count))
    targets = rng.integers(net.node_count, size=count)
    found = network_paths.nearest_distances(net, source, targets, tie)
    graph = as_networkx(net)
    expected = np.array([nx_length(graph, source, t) for t in targets])
    if not np.isfinite(expected).any():
        assert not np.isfinite(found).any()
        return
    bound = expected.min() * (1 + tie)
    within = expected <= bound
    assert found[within].tolist() == pytest.approx(expected[within].tolist(), rel=1e-12)
    # the others are either exact or left out (inf), never wrong
    others = found[~within]
    assert all(d == np.inf or d == pytest.approx(e, rel=1e-12)
               for d, e in zip(others.tolist(), expected[~within].tolist()))


def test_nearest_distances_search_round_a_long_detour():
    # the nearer target in a straight line is 10 m away across a river (a 10 km loop round
    # it); the other is 2 km along the bank
    loop = np.array([[0, 0], [0, -5000], [10, -5000], [10, 0]], float)
    bank = np.array([[0, 0], [0, 2000]], float)
    net = network.build_network([loop[:2], loop[1:3], loop[2:], bank], 0.0)
    at = {tuple(xy): i for i, xy in enumerate(net.node_xy.tolist())}
    found = network_paths.nearest_distances(net, at[(0, 0)], [at[(10, 0)], at[(0, 2000)]], 0.1)
    assert found.tolist() == [np.inf, pytest.approx(2000)]
    alone = network_paths.nearest_distances(net, at[(0, 0)], [at[(10, 0)]], 0.1)
    assert alone.tolist() == [pytest.approx(10010)]


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), n_edges=st.integers(20, 400), count=st.integers(1, 6),
       tie=st.sampled_from([0.0, 0.1, 0.5]))
def test_nearest_pairs_are_every_pair_as_near_as_networkx_says(seed, n_edges, count, tie):
    net, rng = random_network(seed, n_edges)
    sources = rng.integers(net.node_count, size=count)
    targets = rng.integers(net.node_count, size=count + 1)
    graph = as_networkx(net)
    expected = np.array([[nx_length(graph, s, t) for t in targets] for s in sources])
    found = network_paths.nearest_pairs(net, sources, targets, tie)
    if not np.isfinite(expected).any():
        assert found == []
        return
    bound = expected.min() * (1 + tie) + network_paths.SLACK_M
    within = {(i, j) for i, j in zip(*np.nonzero(expected <= bound))}
    assert {(i, j) for i, j, _ in found} == within
    for i, j, metres in found:
        assert metres == pytest.approx(expected[i, j], rel=1e-12)
