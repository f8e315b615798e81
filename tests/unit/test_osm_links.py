"""The links of node networks and their integrity facts (pure logic), on OSM relations built in
code for each fact: a broken route, an unused segment, redundant nodes, a roundabout with
oneway:bicycle=no, a one-way route, forward/backward roles, a loop 45-45, a 30-30 route,
missing nodes, a name that does not match; and random routes against networkx (paths,
lengths, unused pieces)."""

import networkx as nx
import numpy as np
import pytest
from osm_extract import OsmExtract, two_modes
from shapely.geometry import LineString
from test_osm_network import build, project

from itinerance.processing.logic.osm import extract as osm_network
from itinerance.processing.logic.osm import reader as osm_reader
from itinerance.processing.logic.osm import relations as osm_relations
from itinerance.processing.logic.osm.links import FACTS
from itinerance.processing.logic.osm.links import route_nodes as link_nodes
from itinerance.processing.logic.osm.links.fragments import one_way
from itinerance.processing.logic.osm.reader import Tags


def links(osm, tmp_path, **options):
    """{relation id: (attributes, line)} of the extract's links."""
    result = build(osm, tmp_path / "liaisons.osm", **options)
    return {int(a["source_id"].split("/")[1]): (a, xy) for xy, a in result.liaisons}


def straight(osm, way, points, first_id, numbers=None, **tags):
    """A way through new nodes at ``points`` (numbers: {position: rcn_ref})."""
    ids = osm.line(way, points, first_id, **tags)
    for position, number in (numbers or {}).items():
        lon, lat, old = osm.nodes[ids[position]]
        osm.nodes[ids[position]] = (lon, lat, {**old, "rcn_ref": number})
    return ids


def test_a_link_without_fault(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (400, 300), (1000, 0)], 1, {0: "17", 2: "19"}, highway="path")
    osm.link(10, [1], "17-19")
    attributes, line = links(osm, tmp_path)[10]
    assert (attributes["ref"], attributes["from_number"], attributes["to_number"]) == (
        "17-19", 17, 19)
    assert attributes["facts"] is None and attributes["unused_segment_count"] == 0
    assert attributes["redundant_numbers"] is None and attributes["state"] is None
    assert attributes["length_m"] == pytest.approx(LineString(line).length)
    assert attributes["length_m"] == pytest.approx(500 + np.hypot(600, 300), abs=0.02)


def test_a_broken_route_is_its_ways_merged(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (400, 0)], 1, {0: "17"})
    straight(osm, 2, [(600, 0), (1000, 0)], 3, {1: "19"})
    osm.link(10, [1, 2], "17-19")
    attributes, line = links(osm, tmp_path)[10]
    assert attributes["facts"] == "broken" and attributes["unused_segment_count"] is None
    # the two ways and the straight join across the 200 m gap
    assert attributes["length_m"] == pytest.approx(1000, abs=0.02)
    assert LineString(line).length == pytest.approx(attributes["length_m"])


def test_unused_segments_are_counted_as_pieces(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (500, 0)], 1, {0: "17"})
    straight(osm, 2, [2, (1000, 0)], 3, {1: "19"})
    straight(osm, 3, [2, (500, 300)], 5)  # a spur to a dead end, in two ways
    straight(osm, 4, [6, (500, 600)], 7)
    straight(osm, 5, [(2000, 0), (2300, 0)], 9)  # and a way apart
    osm.link(10, [1, 2, 3, 4, 5], "17-19")
    attributes, _ = links(osm, tmp_path)[10]
    assert attributes["facts"] == "unused_segments"
    assert attributes["unused_segment_count"] == 2
    assert attributes["length_m"] == pytest.approx(1000, abs=0.02)


def test_redundant_nodes_keep_their_numbers_as_tagged(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (500, 0), (1000, 0), (1500, 0)], 1,
             {0: "17", 1: "08", 2: "42", 3: "19"})
    osm.link(10, [1], "17-19")
    attributes, _ = links(osm, tmp_path)[10]
    assert attributes["facts"] == "redundant_nodes"
    assert attributes["redundant_numbers"] == "08,42"


def roundabout(osm, exception=None, network="rcn", route_type="bicycle"):
    """Route "1-2": way 1 from node 1 to the roundabout, way 2 a part of the roundabout
    (junction=roundabout, drawn in its direction), way 3 from it to node 2."""
    tag = {"rcn": "rcn_ref", "rwn": "rwn_ref"}[network]
    osm.node(1, 0, 0, **{tag: "1"})
    osm.node(2, 400, 0)
    osm.node(3, 500, 60)
    osm.node(4, 600, 0)
    osm.node(5, 1000, 0, **{tag: "2"})
    osm.way(1, [1, 2], highway="residential")
    osm.way(2, [2, 3, 4], highway="residential", junction="roundabout", **(exception or {}))
    osm.way(3, [4, 5], highway="residential")
    osm.link(10, [1, 2, 3], "1-2", network=network, route_type=route_type)
    return osm


def test_a_roundabout_binds_cyclists_unless_oneway_bicycle_no(tmp_path):
    assert links(roundabout(OsmExtract()), tmp_path)[10][0]["facts"] == "broken"
    lifted = roundabout(OsmExtract(), {"oneway:bicycle": "no"})
    assert links(lifted, tmp_path)[10][0]["facts"] is None
    walking = roundabout(OsmExtract(), network="rwn", route_type="hiking")
    assert links(walking, tmp_path)[10][0]["facts"] is None  # walkers go both ways


def test_a_whole_roundabout_is_ridden_round(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (400, 0)], 1, {0: "1"})
    osm.node(3, 500, 100)
    osm.node(4, 600, 0)
    osm.node(5, 500, -100)
    osm.way(2, [2, 3, 4, 5, 2], junction="roundabout")
    straight(osm, 3, [4, (1000, 0)], 6, {1: "2"})
    osm.link(10, [1, 2, 3], "1-2")
    attributes, _ = links(osm, tmp_path)[10]
    # forward by its north half, back by its south half: nothing unused
    assert attributes["facts"] is None and attributes["unused_segment_count"] == 0
    osm.ways[2][1]["oneway:bicycle"] = "no"
    attributes, _ = links(osm, tmp_path)[10]
    assert attributes["facts"] == "unused_segments"  # back by the north half: south unused
    assert attributes["unused_segment_count"] == 1


def one_way_route(osm, tagged):
    straight(osm, 1, [(0, 0), (500, 0), (1000, 0)], 1, {0: "1", 2: "2"}, oneway="yes")
    osm.link(10, [1], "1-2", **({"direction": "forward"} if tagged else {}))
    return osm


def test_a_one_way_route(tmp_path):
    attributes, _ = links(one_way_route(OsmExtract(), tagged=True), tmp_path)[10]
    assert attributes["facts"] == "one_way" and attributes["unused_segment_count"] == 0
    attributes, _ = links(one_way_route(OsmExtract(), tagged=False), tmp_path)[10]
    assert attributes["facts"] == "broken"


def test_forward_and_backward_roles(tmp_path):
    osm = OsmExtract()
    osm.node(1, 0, 0, rcn_ref="1")
    osm.node(2, 1000, 0, rcn_ref="2")
    osm.node(3, 500, 200)
    osm.node(4, 500, -200)
    osm.way(1, [1, 3, 2])  # north, drawn from 1 to 2, ridden from 1 to 2
    osm.way(2, [1, 4, 2])  # south, drawn from 1 to 2, ridden from 2 to 1
    osm.route(10, [1, 2], "rcn", {"ref": "1-2", "network:type": "node_network"},
              roles={1: "forward", 2: "backward"})
    attributes, line = links(osm, tmp_path)[10]
    assert attributes["facts"] is None and attributes["unused_segment_count"] == 0
    assert np.allclose(line[1] - line[0], project(np.array([osm.nodes[3][:2]]))[0], atol=0.01)
    osm.relations[10] = ([("way", 1, "forward"), ("way", 2, "forward")], osm.relations[10][1])
    assert links(osm, tmp_path)[10][0]["facts"] == "broken"


def test_a_loop_45_45(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (500, 0), (500, 500)], 1, {0: "45"})
    straight(osm, 2, [3, (0, 500), 1], 4)
    straight(osm, 3, [1, (-300, 0)], 5)  # a spur out and back: no cycle by itself
    osm.link(10, [1, 2, 3], "45-45")
    attributes, line = links(osm, tmp_path)[10]
    assert (attributes["from_number"], attributes["to_number"]) == (45, 45)
    assert attributes["facts"] == "unused_segments" and attributes["unused_segment_count"] == 1
    assert attributes["length_m"] == pytest.approx(2000, abs=0.05)
    assert np.allclose(line[0], line[-1])
    osm.relations[10] = ([("way", 3, "")], osm.relations[10][1])
    attributes, _ = links(osm, tmp_path)[10]
    assert attributes["facts"] == "broken"  # out along the spur and back is no cycle


def test_a_30_30_route_between_two_nodes_numbered_30(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (700, 0)], 1, {0: "30", 1: "30"})
    osm.link(10, [1], "30-30")
    attributes, _ = links(osm, tmp_path)[10]
    assert (attributes["from_number"], attributes["to_number"]) == (30, 30)
    assert attributes["facts"] is None and attributes["length_m"] == pytest.approx(700, abs=0.02)


def test_missing_nodes_and_a_name_that_does_not_match(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (1000, 0)], 1, {0: "17"})  # no node 19 on its way
    osm.link(10, [1], "17-19")
    straight(osm, 2, [(0, 500), (1000, 500)], 3, {0: "17", 1: "21"})
    osm.link(11, [2], "17-19")
    straight(osm, 3, [(0, 900), (1000, 900)], 5, {0: "07", 1: "19"})
    osm.link(12, [3], "7-19 a")  # numbers compare normalised, a variant letter after them
    found = links(osm, tmp_path)
    assert found[10][0]["facts"] == "end_node_missing"
    assert found[11][0]["facts"] == "redundant_nodes,end_node_missing,name_mismatch"
    assert found[11][0]["redundant_numbers"] == "21"
    assert (found[12][0]["facts"], found[12][0]["from_number"]) == (None, 7)


def test_proposed_routes(tmp_path):
    osm = OsmExtract()
    straight(osm, 1, [(0, 0), (1000, 0)], 1, {0: "1", 1: "2"})
    osm.link(10, [1], "1-2", state="proposed")
    osm.relation(11, [("way", 1, "")], {"type": "route", "proposed:route": "bicycle",
                                       "network": "rcn", "ref": "2-1"})
    found = links(osm, tmp_path)
    assert found[10][0]["state"] == found[11][0]["state"] == "proposed"
    assert found[11][0]["facts"] is None


@pytest.mark.parametrize("tags, mode, direction", [
    ({"oneway": "yes"}, "velo", 1), ({"oneway": "-1"}, "velo", -1),
    ({"oneway": "yes", "oneway:bicycle": "no"}, "velo", 0),
    ({"junction": "roundabout"}, "velo", 1),
    ({"junction": "roundabout", "oneway:bicycle": "no"}, "velo", 0),
    ({"junction": "roundabout", "oneway": "no"}, "velo", 0),
    ({"oneway": "yes", "highway": "residential"}, "marche", 0),
    ({"oneway": "yes", "highway": "footway"}, "marche", 1),
    ({"oneway:foot": "-1", "highway": "residential"}, "marche", -1),
    ({"oneway": "yes", "oneway:horse": "no"}, "cheval", 0),
    ({"oneway": "true"}, "roller", 1), ({}, "canoe", 0),
])
def test_one_way_rules_per_mode(tags, mode, direction):
    fields = ("oneway", "junction", "highway", "oneway:bicycle", "oneway:foot",
              "oneway:horse", "oneway:canoe", "oneway:boat", "oneway:inline_skates")
    table = Tags({f: np.array([tags.get(f, "").encode()], dtype="S20") for f in fields})
    assert one_way(table, np.array([0]), mode).tolist() == [direction]


def test_node_roles_without_a_name():
    nodes = [link_nodes.RouteNode(k, ref, True) for k, ref in enumerate(["12", "3", "07"])]
    roles = link_nodes.node_roles(nodes, None)
    assert (roles.from_number, roles.to_number, roles.redundant) == ("3", "12", ("07",))
    assert roles.start == (1,) and roles.end == (0,) and not roles.name_mismatch


def random_route(seed, tree=False):
    """Ways between the nodes of a jittered 4 x 4 grid, each way a grid edge taken at
    random (``tree``: the edges of a random spanning tree, one path between two nodes), with
    random one-way tags and roles; node 1 (a corner) and node 2 (the other)."""
    rng = np.random.default_rng(seed)
    osm = OsmExtract()
    position = {}
    for i in range(4):
        for j in range(4):
            ident = 100 + 4 * i + j
            tags = {(0, 0): {"rcn_ref": "1"}, (3, 3): {"rcn_ref": "2"}}.get((i, j), {})
            position[ident] = (500 * i + rng.uniform(-120, 120), 500 * j + rng.uniform(-120, 120))
            osm.node(ident, *position[ident], **tags)
    edges = [(100 + 4 * i + j, 100 + 4 * i + j + 1) for i in range(4) for j in range(3)]
    edges += [(100 + 4 * i + j, 100 + 4 * (i + 1) + j) for i in range(3) for j in range(4)]
    if tree:
        weighted = nx.Graph()
        weighted.add_weighted_edges_from((a, b, rng.random()) for a, b in edges)
        kept = set(map(frozenset, nx.minimum_spanning_tree(weighted).edges()))
    ways, roles, way = [], {}, 0
    for a, b in edges:
        if (frozenset((a, b)) not in kept) if tree else rng.random() < 0.15:
            continue
        way += 1
        a, b = (a, b) if rng.random() < 0.5 else (b, a)
        oneway = rng.choice(["", "", "", "", "", "", "yes", "-1"])
        osm.way(way, [a, b], **({"oneway": oneway} if oneway else {}))
        ways.append(way)
        role = rng.choice(["", "", "", "", "", "", "", "", "forward", "backward"])
        if role:
            roles[way] = role
    osm.route(10, ways, "rcn", {"ref": "1-2", "network:type": "node_network"}, roles=roles)
    return osm, roles


def oracle(osm, roles):
    """networkx: the directed graph of the route's ways, its paths 1 -> 2 and back, the
    pieces on neither (unused edges joined where only they two meet)."""
    graph, undirected = nx.DiGraph(), nx.MultiGraph()
    # the places as the XML holds them, to 1e-7 degrees
    xy = {n: project(np.round(np.array([osm.nodes[n][:2]]), 7))[0] for n in osm.nodes}
    for way, ([a, b], tags) in osm.ways.items():
        length = float(np.hypot(*(xy[b] - xy[a])))
        role, oneway = roles.get(way, ""), tags.get("oneway", "")
        undirected.add_edge(a, b, key=way)
        graph.add_nodes_from((a, b))
        if role != "backward" and oneway != "-1":
            graph.add_edge(a, b, weight=length, way=way)
        if role != "forward" and oneway != "yes":
            graph.add_edge(b, a, weight=length, way=way)
    start, end = 100, 115
    if start not in graph or end not in graph:
        return None
    paths = {}
    for name, (a, b) in {"forward": (start, end), "backward": (end, start)}.items():
        if nx.has_path(graph, a, b):
            paths[name] = nx.dijkstra_path(graph, a, b, weight="weight")
    used = {graph[u][v]["way"] for path in paths.values() for u, v in zip(path, path[1:])}
    unused = [w for w in osm.ways if w not in used]
    pieces = nx.Graph()
    pieces.add_nodes_from(unused)
    ends = {}
    for way in unused:
        for n in osm.ways[way][0]:
            ends.setdefault(n, []).append(way)
    for n, touching in ends.items():
        if undirected.degree(n) == 2 and len(touching) == 2:
            pieces.add_edge(*touching)
    length = (nx.dijkstra_path_length(graph, start, end, weight="weight")
              if "forward" in paths else None)
    return set(paths), length, nx.number_connected_components(pieces)


@pytest.mark.parametrize("tree", [False, True], ids=["grid", "tree"])
@pytest.mark.parametrize("seed", range(12))
def test_random_routes_against_networkx(seed, tree, tmp_path):
    osm, roles = random_route(seed, tree)
    expected = oracle(osm, roles)
    attributes, _ = links(osm, tmp_path)[10]
    facts = (attributes["facts"] or "").split(",")
    assert set(facts) <= set(FACTS) | {""}
    if expected is None:
        assert "start_node_missing" in facts or "end_node_missing" in facts
        return
    paths, length, pieces = expected
    assert ("broken" in facts) == (paths != {"forward", "backward"})
    if "forward" in paths:
        assert attributes["length_m"] == pytest.approx(length, abs=0.01)
    if paths == {"forward", "backward"}:
        assert attributes["unused_segment_count"] == pieces
        assert ("unused_segments" in facts) == (pieces > 0)


def test_pbf_gives_the_links_xml_gives(tmp_path):
    """GDAL gives a node of a PBF file and the same node in a way coordinates that may differ
    in their last bits: places compare in OSM's 1e-7 degree."""
    osm = two_modes()
    from_xml = links(osm, tmp_path)
    pbf = osm.write_pbf(tmp_path / "deux_modes.osm.pbf")
    nodes, ways = osm_reader.read_nodes_and_ways(pbf)
    relations, _ = osm_relations.read_relations(pbf)
    from_pbf = osm_network.build_extract(nodes, ways, relations, project).liaisons
    assert len(from_pbf) == len(from_xml) == 5
    for line, attributes in from_pbf:
        expected, expected_line = from_xml[int(attributes["source_id"].split("/")[1])]
        assert LineString(line).hausdorff_distance(LineString(expected_line)) < 0.02
        assert {k: v for k, v in attributes.items() if k != "length_m"} == {
            k: v for k, v in expected.items() if k != "length_m"}
        assert attributes["length_m"] == pytest.approx(expected["length_m"], abs=0.02)
        assert attributes["facts"] is None
