"""Circuits from node numbers: parsing, numbers across networks, lengths against networkx, stops
along the route, and every bad sequence named."""

import border_networks
import networkx as nx
import numpy as np
import pytest
import synthetic_network
from shapely.geometry import LineString

from itinerance.processing.logic.network import circuits
from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.network.circuit_nodes import NEAR_TIE
from itinerance.processing.logic.network.circuits import CircuitError, Request


def grid(origin=(0.0, 0.0), size=3, step=1000.0):
    """A size x size grid of straight 1 km lines: node (i, j) at origin + (i, j) * step."""
    return border_networks.grid(origin, size, step)


def numbered_grid(size=3, step=1000.0):
    """Node numbers 1..size² row by row from the south-west: number k at its grid point."""
    xy = np.array([(j * step, i * step) for i in range(size) for j in range(size)], float)
    return xy, [str(k + 1) for k in range(len(xy))]


def build(lines, node_xy, keys, networks=None, max_distance=25.0):
    graph = network.build_network(lines, 1.0)
    return circuits.node_table(graph, node_xy, keys, networks, max_distance)


def one(graph, table, text, network=None, name="c"):
    result = circuits.build_circuits(graph, table, [
        Request(name, circuits.parse_sequence(text), network)])[0]
    if isinstance(result, CircuitError):
        raise result
    return result


def error_of(graph, table, text, network=None):
    """The CircuitError the sequence raises."""
    with pytest.raises(CircuitError) as caught:
        one(graph, table, text, network)
    return caught.value


# --- parsing ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["12-45-3-78-12", "12 – 45 – 3 – 78 – 12", "12, 45, 3, 78, 12",
                                  "12 > 45 > 3 > 78 > 12", " 012-45.3 -78→12 "])
def test_any_separator_gives_the_same_numbers(text):
    assert circuits.parse_sequence(text) == [(n, None) for n in ("12", "45", "3", "78", "12")]


@pytest.mark.parametrize("text", ["5-12 (Westhoek)-7", "5 – 12(Westhoek) – 7",
                                  "5 12 ( Westhoek ) 7"])
def test_a_number_names_its_network_in_brackets(text):
    tokens = circuits.parse_sequence(text)
    assert tokens == [("5", None), ("12", "Westhoek"), ("7", None)]
    assert circuits.format_sequence(tokens) == "5-12 (Westhoek)-7"


def test_network_names_with_spaces_accents_and_dashes_are_read_whole():
    tokens = circuits.parse_sequence("3 (Cœur de Flandre)-45 (Heuvelland-Ouest) - 3")
    assert tokens == [("3", "Cœur de Flandre"), ("45", "Heuvelland-Ouest"), ("3", None)]
    assert circuits.parse_sequence(circuits.format_sequence(tokens)) == tokens


@pytest.mark.parametrize("text, kind, number", [("", "empty", None), ("  - ", "empty", None),
                                                ("12", "too_short", "12"),
                                                ("12-45-45-3", "repeated", "45")])
def test_sequences_that_are_no_circuit_are_named(text, kind, number):
    with pytest.raises(CircuitError) as caught:
        circuits.parse_sequence(text)
    assert caught.value.kind == kind
    assert caught.value.values.get("number") == number


def test_node_keys_match_numbers_stored_as_text_or_reals():
    assert [circuits.node_key(v) for v in (12, 12.0, " 12 ", "12", None, "  ")] == \
        ["12", "12", "12", "12", None, None]


# --- lengths ------------------------------------------------------------------------------------

def test_grid_circuit_has_the_length_we_know_and_loops_back():
    xy, keys = numbered_grid()
    graph, table = build(grid(), xy, keys)
    # 1 (0,0) -> 3 (2000,0) -> 9 (2000,2000) -> 7 (0,2000) -> 1: the outer square
    circuit = one(graph, table, "1-3-9-7-1", name="Tour")
    assert circuit.length == pytest.approx(8000)
    assert circuit.leg_length.tolist() == pytest.approx([2000] * 4)
    assert circuit.leg_start.tolist() == pytest.approx([0, 2000, 4000, 6000])
    assert circuit.is_loop and circuit.sequence == "1-3-9-7-1" and circuit.name == "Tour"
    assert circuit.xy[0].tolist() == circuit.xy[-1].tolist() == [0, 0]
    assert LineString(circuit.xy).length == pytest.approx(8000)
    assert circuit.chainage[-1] == pytest.approx(8000)


def test_circuit_length_is_the_sum_of_networkx_shortest_paths():
    lines = synthetic_network.grid_lines(600, seed=11, keep=0.6)
    graph = network.build_network(lines, 1.0)
    rng = np.random.default_rng(11)
    chosen = rng.choice(graph.node_count, 30, replace=False)
    keys = [str(100 + k) for k in range(len(chosen))]
    refined, table = circuits.node_table(graph, graph.node_xy[chosen], keys, None, 1.0)
    g = nx.Graph()
    for e in range(refined.edge_count):
        u, v, w = int(refined.edge_u[e]), int(refined.edge_v[e]), refined.edge_length[e]
        if u != v and (not g.has_edge(u, v) or g[u][v]["weight"] > w):
            g.add_edge(u, v, weight=w)
    requests, expected = [], []
    for c in range(12):
        picks = rng.choice(len(keys), 6, replace=False).tolist()
        numbers = [keys[p] for p in picks] + [keys[picks[0]]]  # a loop
        requests.append(Request(f"c{c}", numbers))
        nodes = table.graph_node[picks + [picks[0]]]
        legs = []
        for a, b in zip(nodes[:-1], nodes[1:]):
            try:
                legs.append(nx.shortest_path_length(g, int(a), int(b), weight="weight"))
            except nx.NetworkXNoPath:
                legs.append(np.inf)
        expected.append(legs)
    results = circuits.build_circuits(refined, table, requests)
    built = 0
    for result, legs in zip(results, expected):
        if np.isinf(legs).any():
            assert isinstance(result, CircuitError) and result.kind == "no_path"
            continue
        built += 1
        assert result.leg_length.tolist() == pytest.approx(legs, rel=1e-12)
        assert result.length == pytest.approx(sum(legs), rel=1e-12)
        assert LineString(result.xy).length == pytest.approx(sum(legs), rel=1e-9)
        assert result.xy[0].tolist() == result.xy[-1].tolist()
    assert built >= 6


def test_a_node_in_the_middle_of_a_section_splits_it():
    line = [np.array([[0, 0], [1000, 0]], float), np.array([[1000, 0], [1000, 1000]], float)]
    graph, table = build(line, np.array([[400, 3], [1000, 1000]], float), ["5", "6"])
    circuit = one(graph, table, "5-6")
    assert circuit.length == pytest.approx(600 + 1000)
    assert circuit.xy[0].tolist() == [400, 0]


# --- numbers across networks ------------------------------------------------------------------

def two_networks():
    """Two joined 3 x 3 grids numbered 1..9 each ("ouest" and "est", 1 km apart), and one more
    node 10 in "ouest" only."""
    xy, keys = numbered_grid()
    east = xy + [3000.0, 0.0]
    lines = grid() + grid((3000.0, 0.0)) + [np.array([[2000, 0], [3000, 0]], float)]
    node_xy = np.vstack([xy, east, [[1000.0, 500.0]]])
    lines.append(np.array([[1000, 0], [1000, 500]], float))
    keys = keys + keys + ["10"]
    networks = ["ouest"] * 9 + ["est"] * 9 + ["ouest"]
    return lines, node_xy, keys, networks


def test_a_sequence_in_one_network_gives_the_same_circuit_as_before():
    lines, node_xy, keys, networks = two_networks()
    graph, table = build(lines, node_xy, keys, networks)
    circuit = one(graph, table, "1-10-3-1")  # 1 nearer 10 in ouest; 3 nearer 10 in ouest
    assert circuit.network == "ouest" and circuit.is_loop
    assert circuit.xy[0].tolist() == [0, 0]
    assert circuit.length == pytest.approx(1000 + 500 + 500 + 1000 + 2000)
    east = one(graph, table, "1-3-1", network="est")
    assert east.network == "est" and east.xy[0].tolist() == [3000, 0]
    assert east.length == pytest.approx(4000)


def test_a_network_named_for_the_circuit_or_a_number_settles_the_nodes():
    lines, node_xy, keys, networks = two_networks()
    graph, table = build(lines, node_xy, keys, networks)
    # alone, 1 and 3 make the shortest pair across the border: 1 of est, 3 of ouest
    across = one(graph, table, "1-3")
    assert across.xy[0].tolist() == [3000, 0] and across.xy[-1].tolist() == [2000, 0]
    assert across.network == "est, ouest" and across.length == pytest.approx(1000)
    inside = one(graph, table, "1-3 (EST)")  # case ignored
    assert inside.xy[-1].tolist() == [5000, 0] and inside.network == "est"
    assert one(graph, table, "1-3", network="ouest").length == pytest.approx(2000)
    error = error_of(graph, table, "1-3", network="nord")
    assert error.kind == "unknown_network" and error.values["network"] == "nord"
    error = error_of(graph, table, "1-10", network="est")
    assert error.kind == "unknown" and error.values == {"number": "10", "network": "est"}
    error = error_of(graph, table, "1-10 (est)")
    assert error.kind == "unknown" and error.values == {"number": "10", "network": "est"}


def crossing(networks):
    """A line of nodes 5 -- 7 -- [8] -- 7: 5 in the middle, a 7 one kilometre each side (the
    networks given for 5, the west 7 and the east 7), and an 8 of the west 7's network 500 m
    beyond the east one."""
    lines = [np.array([[-1000, 0], [0, 0]], float), np.array([[0, 0], [1000, 0]], float),
             np.array([[1000, 0], [1500, 0]], float)]
    xy = np.array([[0, 0], [-1000, 0], [1000, 0], [1500, 0]], float)
    return build(lines, xy, ["5", "7", "7", "8"], networks)


def test_candidates_as_near_are_ambiguous_and_the_error_lists_them():
    graph, table = crossing(["nord", "ouest", "est", "ouest"])
    error = error_of(graph, table, "5-7")
    assert error.kind == "ambiguous" and error.values["number"] == "7"
    assert error.values["other"] == "5" and error.values["count"] == 2
    assert sorted(error.values["candidates"]) == [("est", pytest.approx(1000)),
                                                  ("ouest", pytest.approx(1000))]
    assert one(graph, table, "5-7 (est)").xy[-1].tolist() == [1000, 0]
    # the first number is settled with the second: 7 then 8 is the east 7
    assert one(graph, table, "7-8").length == pytest.approx(500)
    error = error_of(graph, table, "7-5")  # the first number, as near to the second
    assert error.kind == "ambiguous" and error.values["other"] == "5"


def test_the_network_of_the_node_before_breaks_a_tie():
    graph, table = crossing(["ouest", "ouest", "est", "ouest"])
    circuit = one(graph, table, "5-7")
    assert circuit.networks == ["ouest", "ouest"] and circuit.xy[-1].tolist() == [-1000, 0]


def test_numbers_repeated_in_one_network_as_near_are_duplicates():
    graph, table = crossing(["nord", "est", "est", "est"])
    error = error_of(graph, table, "5-7")
    assert error.kind == "duplicate"
    assert error.values == {"number": "7", "network": "est", "count": 2, "other": "5"}


def test_without_the_network_field_the_nearest_number_is_taken_or_the_tie_named():
    lines, node_xy, keys, _ = two_networks()
    graph, table = build(lines, node_xy, keys, None)
    circuit = one(graph, table, "10-3")  # the 3 of the west grid, 1.5 km along the network
    assert circuit.length == pytest.approx(1500) and circuit.network is None
    graph, table = crossing(None)
    error = error_of(graph, table, "5-7")
    assert error.kind == "ambiguous"
    assert error.values["candidates"] == [(None, pytest.approx(1000))] * 2
    error = error_of(graph, table, "5-7 (est)")
    assert error.kind == "no_networks" and error.values == {"network": "est"}


def as_networkx(net):
    g = nx.Graph()
    for e in range(net.edge_count):
        u, v, w = int(net.edge_u[e]), int(net.edge_v[e]), net.edge_length[e]
        if u != v and (not g.has_edge(u, v) or g[u][v]["weight"] > w):
            g.add_edge(u, v, weight=w)
    return g


@pytest.mark.parametrize("sequence", ["5-6-4-2-6-5", "8-5-6-4-9-8", "6-4-8-1-4-6", "3-6-4-2-3"])
def test_a_circuit_crosses_the_border_with_numbers_alone_as_networkx_resolves_it(sequence):
    lines, node_xy, keys, networks = border_networks.cycling()
    graph, table = build(lines, node_xy, keys, networks)
    circuit = one(graph, table, sequence)
    rows, lengths = border_networks.oracle(lines, node_xy, keys, sequence.split("-"))
    assert circuit.rows == rows
    assert circuit.leg_length.tolist() == pytest.approx(lengths, rel=1e-12)
    assert {"Cœur de Flandre", "Westhoek"} <= set(circuit.networks)
    assert LineString(circuit.xy).length == pytest.approx(sum(lengths), rel=1e-9)
    assert circuit.network == ", ".join(dict.fromkeys(circuit.networks))


def random_numbered(seed, n_edges=300, node_count=40, numbers=12):
    """A random grid network whose nodes carry numbers 1..``numbers``, each in two networks
    (west and east halves): the numbers repeat."""
    lines = synthetic_network.grid_lines(n_edges, seed=seed, keep=0.7)
    graph = network.build_network(lines, 1.0)
    rng = np.random.default_rng(seed)
    picked = rng.choice(graph.node_count, min(node_count, graph.node_count), replace=False)
    xy = graph.node_xy[picked]
    keys = [str(1 + k % numbers) for k in range(len(picked))]
    networks = np.where(xy[:, 0] < np.median(xy[:, 0]), "ouest", "est").tolist()
    refined, table = circuits.node_table(graph, xy, keys, networks, 1.0)
    return refined, table, rng


def unique_nearest(dist):
    """The index of the only candidate within the tie margin of the nearest, else None."""
    best = int(np.argmin(dist))
    near = dist <= dist[best] * (1 + NEAR_TIE) + 1.0
    return best if near.sum() == 1 and np.isfinite(dist[best]) else None


def test_numbers_resolve_as_networkx_distances_say_on_random_networks():
    compared = sum(compare_with_networkx(seed) for seed in range(12))
    assert compared >= 20  # sequences without a tie, checked


def compare_with_networkx(seed):
    """Random sequences of repeated numbers resolved against a brute force on networkx's exact
    distances (those where it sees no tie); returns how many were compared."""
    graph, table, rng = random_numbered(seed)
    g = as_networkx(graph)
    node = table.graph_node
    compared = 0
    for _ in range(8):
        numbers = [str(n) for n in rng.integers(1, 13, size=5)]
        if any(a == b for a, b in zip(numbers, numbers[1:])):
            continue
        rows_of = [[r for r, key in enumerate(table.keys) if key == n] for n in numbers]
        lengths = {a: nx.single_source_dijkstra_path_length(g, int(node[a]), weight="weight")
                   for rows in rows_of for a in rows}

        def dist(a, b, lengths=lengths):
            return lengths[a].get(int(node[b]), np.inf)

        pair = np.array([[dist(a, b) for b in rows_of[1]] for a in rows_of[0]])
        first = unique_nearest(pair.min(axis=1))
        if first is None:
            continue
        second = unique_nearest(pair[first])
        if second is None:
            continue
        expected = [rows_of[0][first], rows_of[1][second]]
        for k in range(2, len(numbers)):
            pick = unique_nearest(np.array([dist(expected[-1], r) for r in rows_of[k]]))
            if pick is None:
                break
            expected.append(rows_of[k][pick])
        else:
            found = circuits.resolve(graph, table, circuits.parse_sequence("-".join(numbers)))
            assert found == expected
            compared += 1
    return compared


def test_the_border_circuit_we_know():
    lines, node_xy, keys, networks = border_networks.cycling()
    graph, table = build(lines, node_xy, keys, networks)
    # French 5 (2000, 2000) -> French 6 (4000, 2000) -> over the border to the Belgian 4
    # (7000, 2000), nearer than the French 4 (4 km back) -> Belgian 2 (7000, 0) -> Belgian 6
    # (9000, 0), nearer than the French 6 -> back to the French 5, the loop's first node
    circuit = one(graph, table, "5-6-4-2-6-5")
    border = border_networks.BORDER_M
    assert circuit.networks == ["Cœur de Flandre"] * 2 + ["Westhoek"] * 3 + ["Cœur de Flandre"]
    assert circuit.leg_length.tolist() == pytest.approx(
        [2000, border, 2000, 2000, 2000 + 2000 + border + 2000])
    assert circuit.is_loop and circuit.xy[0].tolist() == circuit.xy[-1].tolist() == [2000, 2000]


def test_clicked_nodes_are_written_with_a_network_only_where_the_number_needs_it():
    lines, node_xy, keys, networks = border_networks.cycling()
    graph, table = build(lines, node_xy, keys, networks)
    # French 5, French 6, Belgian 4, then the French 4, which "4" alone would not reach
    rows = [4, 5, 9 + 3, 3]
    tokens = circuits.qualified_tokens(graph, table, rows)
    assert circuits.format_sequence(tokens) == "5-6-4-4 (Cœur de Flandre)"
    assert circuits.resolve(graph, table, tokens) == rows
    pinned = circuits.build_circuits(graph, table, [Request("c", tokens, pinned=rows)])[0]
    assert pinned.rows == rows


# --- bad input ---------------------------------------------------------------------------------

def test_unknown_off_network_unjoined_and_same_place_numbers_are_named():
    lines = grid() + [np.array([[9000, 0], [9500, 0]], float)]
    xy, keys = numbered_grid()
    node_xy = np.vstack([xy, [[9000, 0], [1000, 300]], [[5000, 5000]], [[0.0, 0.0]]])
    keys = keys + ["20", "21", "30", "31"]
    graph, table = build(lines, node_xy, keys)
    cases = {"1-99": ("unknown", {"number": "99"}),
             "1-30": ("off_network", {"number": "30"}),
             "2-1-20": ("no_path", {"number": "1", "other": "20"}),
             "2-1-31": ("same_place", {"number": "1", "other": "31"})}
    requests = [Request(text, circuits.parse_sequence(text)) for text in cases]
    results = circuits.build_circuits(graph, table, requests)
    for result, (kind, values) in zip(results, cases.values()):
        assert isinstance(result, CircuitError), result
        assert result.kind == kind
        for key, value in values.items():
            assert result.values[key] == value
    assert results[1].values["distance"] == pytest.approx(np.hypot(3000, 3000))


def test_one_bad_circuit_does_not_stop_the_others():
    xy, keys = numbered_grid()
    graph, table = build(grid(), xy, keys)
    results = circuits.build_circuits(graph, table, [
        Request("bad", ["1", "99"]), Request("good", ["1", "9"])])
    assert isinstance(results[0], CircuitError)
    assert results[1].length == pytest.approx(4000)


# --- along the circuit --------------------------------------------------------------------------

def test_stops_are_found_within_reach_at_their_first_passage():
    xy, keys = numbered_grid()
    graph, table = build(grid(), xy, keys)
    # out and back: 1 -> 3 -> 1 along the bottom row
    circuit = one(graph, table, "1-3-1")
    points = np.array([[1500, 100], [500, -400], [1500, 600], [2100, 0]], float)
    circuit_index, point, chainage, distance = circuits.stops_along([circuit], points, 500)
    assert point.tolist() == [1, 0, 3]  # by chainage; the point 600 m away is left out
    assert chainage.tolist() == pytest.approx([500, 1500, 2000])
    assert distance.tolist() == pytest.approx([400, 100, 100])
    assert circuit_index.tolist() == [0, 0, 0]


def test_stops_of_several_circuits_are_given_per_circuit():
    xy, keys = numbered_grid()
    graph, table = build(grid(), xy, keys)
    results = circuits.build_circuits(graph, table, [
        Request("a", ["1", "3"]), Request("b", ["7", "9"])])
    points = np.array([[1000, 50], [1000, 1950], [1000, 1000]], float)
    circuit_index, point, chainage, _ = circuits.stops_along(results, points, 100)
    assert circuit_index.tolist() == [0, 1]
    assert point.tolist() == [0, 1]
    assert chainage.tolist() == pytest.approx([1000, 1000])


def test_length_by_value_adds_the_edges_of_each_value():
    xy, keys = numbered_grid()
    graph, table = build(grid(), xy, keys)
    circuit = one(graph, table, "1-3-9")
    # input lines alternate vertical / horizontal: call them by direction
    values = ["vertical" if i % 2 == 0 else "horizontal" for i in range(len(grid()))]
    edge_values = [values[line] for line in graph.edge_line.tolist()]
    assert circuits.length_by_value(graph, circuit, edge_values) == [
        ("horizontal", pytest.approx(2000)), ("vertical", pytest.approx(2000))]
