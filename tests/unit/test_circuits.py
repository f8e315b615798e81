"""Circuits from node numbers: parsing, numbers across networks, lengths against networkx, stops
along the route, and every bad sequence named."""

import networkx as nx
import numpy as np
import pytest
import synthetic_network
from shapely.geometry import LineString

from itinerance.processing.logic.network import circuits
from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.network.circuits import CircuitError, Request


def grid(origin=(0.0, 0.0), size=3, step=1000.0):
    """A size x size grid of straight 1 km lines: node (i, j) at origin + (i, j) * step."""
    x0, y0 = origin
    lines = []
    for i in range(size):
        for j in range(size - 1):
            lines.append(np.array([[x0 + i * step, y0 + j * step],
                                   [x0 + i * step, y0 + (j + 1) * step]]))
            lines.append(np.array([[x0 + j * step, y0 + i * step],
                                   [x0 + (j + 1) * step, y0 + i * step]]))
    return lines


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
    assert circuits.parse_sequence(text) == ["12", "45", "3", "78", "12"]


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


def test_numbers_repeated_in_two_networks_resolve_in_the_network_that_has_them_all():
    lines, node_xy, keys, networks = two_networks()
    graph, table = build(lines, node_xy, keys, networks)
    circuit = one(graph, table, "1-10-3-1")  # 10 is only in ouest
    assert circuit.network == "ouest"
    assert circuit.xy[0].tolist() == [0, 0]
    assert circuit.length == pytest.approx(1000 + 500 + 500 + 1000 + 2000)
    east = one(graph, table, "1-3-1", network="est")
    assert east.network == "est" and east.xy[0].tolist() == [3000, 0]
    assert east.length == pytest.approx(4000)


def test_numbers_in_both_networks_need_the_network_named():
    lines, node_xy, keys, networks = two_networks()
    graph, table = build(lines, node_xy, keys, networks)
    error = error_of(graph, table, "1-3-9")
    assert error.kind == "several_networks" and error.values["networks"] == ["est", "ouest"]
    error = error_of(graph, table, "1-3", network="nord")
    assert error.kind == "unknown_network" and error.values["network"] == "nord"
    error = error_of(graph, table, "1-10", network="est")
    assert error.kind == "unknown" and error.values == {"number": "10", "network": "est"}


def test_without_the_network_field_a_repeated_number_is_ambiguous():
    lines, node_xy, keys, _ = two_networks()
    graph, table = build(lines, node_xy, keys, None)
    error = error_of(graph, table, "10-3")
    assert error.kind == "ambiguous" and error.values == {"number": "3", "count": 2}


def test_numbers_in_no_common_network_are_named_with_their_networks():
    lines, node_xy, keys, networks = two_networks()
    networks = networks[:-1] + ["nord"]
    graph, table = build(lines, node_xy, keys, networks)
    error = error_of(graph, table, "1-2-10")
    assert error.kind == "no_common_network"
    assert error.values["number"] == "1" and error.values["other"] == "10"
    assert error.values["other_networks"] == ["nord"]


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
