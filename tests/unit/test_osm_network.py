"""An OSM extract made into records (pure logic): the sections against networkx's graph of the
same ways, cut at the numbered nodes and junctions, for each mode; nodes, itineraries, green
links and the elements left out on the hand-made extracts of tests/osm_extract.py (a
cycling network, the grid of the issue, walking and cycling sharing nodes, a horse network
and a GR, two countries' networks with a border link)."""

import networkx as nx
import numpy as np
import pytest
from osm_extract import ORIGIN, OsmExtract, border, grid, horse_and_gr, points_noeuds, two_modes
from pyproj import Transformer
from shapely.geometry import LineString

from itinerance.processing.logic.osm import (
    extract as osm_network,
)
from itinerance.processing.logic.osm import (
    reader as osm_reader,
)
from itinerance.processing.logic.osm import (
    relations as osm_relations,
)

TO_L93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)


def project(lonlat):
    x, y = TO_L93.transform(lonlat[:, 0], lonlat[:, 1])
    return np.column_stack([x, y]) - ORIGIN


def build(osm, path, **options):
    osm.write(path)
    nodes, ways = osm_reader.read_nodes_and_ways(path)
    relations, _ = osm_relations.read_relations(path)
    return osm_network.build_extract(nodes, ways, relations, project, **options)


def random_network(seed):
    """A 4 x 4 grid of numbered nodes, each link one to three ways with bends, some links
    carrying a junction without a number and a dead-end spur; two route relations."""
    rng = np.random.default_rng(seed)
    osm = OsmExtract()
    ident = iter(range(1000, 100000))
    grid = {}
    for i in range(4):
        for j in range(4):
            grid[i, j] = osm.node(next(ident), 1000 * i, 1000 * j, rcn_ref=str(10 * i + j))
    ways, way_id = [], 1
    links = [((i, j), (i + 1, j)) for i in range(3) for j in range(4)]
    links += [((i, j), (i, j + 1)) for i in range(4) for j in range(3)]
    for a, b in links:
        if rng.random() < 0.15:
            continue  # a missing link: the grid is not complete
        xa, ya = 1000 * np.array(a)
        xb, yb = 1000 * np.array(b)
        count = int(rng.integers(3, 9))
        t = np.linspace(0, 1, count)
        bend = rng.normal(0, 40) * np.sin(np.pi * t)
        chain = [grid[a]] + [osm.node(next(ident), xa + (xb - xa) * s + bend[k] * (yb != ya),
                                      ya + (yb - ya) * s + bend[k] * (xb != xa))
                             for k, s in enumerate(t[1:-1], start=1)] + [grid[b]]
        inner = np.arange(1, count - 1)  # ways end at inner vertices of the link
        cuts = sorted(rng.choice(inner, size=min(len(inner), int(rng.integers(0, 3))),
                                 replace=False).tolist())
        bounds = [0] + cuts + [count - 1]
        for lo, hi in zip(bounds[:-1], bounds[1:]):
            osm.way(way_id, chain[lo:hi + 1], highway="cycleway")
            ways.append(way_id)
            way_id += 1
        if rng.random() < 0.3 and count > 2:  # a spur from an inner vertex: a junction
            start = chain[count // 2]
            x, y, _ = osm.nodes[start]
            end = osm.node(next(ident), 0, 0)
            osm.nodes[end] = (x + 0.002, y + 0.001, {})
            osm.way(way_id, [start, end], highway="track")
            ways.append(way_id)
            way_id += 1
    half = len(ways) // 2
    osm.route(1, ways[:half], "rcn", {"cycle_network": "FR:Réseau A"})
    osm.route(2, ways[half:], "rcn", {"cycle_network": "FR:Réseau B"})
    return osm


def oracle_sections(osm, ways=None, ref_tags=("rcn_ref",)):
    """Section lengths by networkx: the segments of ``ways`` (default: all), cut at nodes
    numbered by one of ``ref_tags`` and at nodes whose degree is not 2."""
    graph = nx.MultiGraph()
    for ident, (refs, _) in osm.ways.items():
        if ways is not None and ident not in ways:
            continue
        lonlat = np.array([osm.nodes[n][:2] for n in refs])
        xy = project(lonlat)
        for k in range(len(refs) - 1):
            graph.add_edge(refs[k], refs[k + 1], length=float(np.hypot(*(xy[k + 1] - xy[k]))))
    numbered = {n for n, (_, _, tags) in osm.nodes.items()
                if any(tag in tags for tag in ref_tags)}
    stops = numbered | {n for n in graph if graph.degree(n) != 2}
    pieces = nx.Graph()  # one node per segment; segments meeting at a non-stop node are joined
    edges = list(graph.edges(keys=True, data="length"))
    pieces.add_nodes_from(range(len(edges)))
    at = {}
    for index, (u, v, _, _) in enumerate(edges):
        for n in (u, v):
            if n not in stops:
                at.setdefault(n, []).append(index)
    for indices in at.values():
        pieces.add_edges_from(zip(indices[:-1], indices[1:]))
    return sorted(round(sum(edges[i][3] for i in group), 2)
                  for group in nx.connected_components(pieces))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sections_are_networkx_sections_cut_at_numbered_nodes_and_junctions(seed, tmp_path):
    osm = random_network(seed)
    result = build(osm, tmp_path / "reseau.osm")
    lengths = sorted(round(float(np.hypot(*np.diff(xy, axis=0).T).sum()), 2)
                     for xy, _ in result.troncons)
    assert lengths == pytest.approx(oracle_sections(osm), abs=0.02)
    numbered = np.array([xy for xy, _ in result.noeuds])
    ends = np.array([xy[[0, -1]] for xy, _ in result.troncons]).reshape(-1, 2)
    at_node = np.hypot(*(ends[:, None, :] - numbered[None, :, :]).transpose(2, 0, 1)).min(1) < 0.01
    assert (~at_node).sum() == result.open_section_ends  # the others are junctions, dead ends
    assert len({a["source_id"] for _, a in result.troncons}) == len(result.troncons)
    assert {a["network"] for _, a in result.troncons} <= {"Réseau A", "Réseau B"}


def lengths_of(records):
    return sorted(round(LineString(xy).length, 2) for xy, _ in records)


def test_the_hand_made_extract(tmp_path):
    result = build(points_noeuds(), tmp_path / "extrait.osm")
    assert sorted((a["number"], a["network"]) for _, a in result.noeuds) == [
        (5, "lcn"), (12, "Points-nœuds Cœur de Flandre"), (34, "Points-nœuds Cœur de Flandre"),
        (56, "Points-nœuds Cœur de Flandre"), (78, "rcn")]
    # the hiking route 203 (lwn) over way 1 is a walking section of its own
    assert sorted(a["source_id"] for _, a in result.troncons) == [
        "marche:way/1@0", "way/1@0", "way/2@1", "way/4@0", "way/4@1"]
    assert {a["source_id"]: a["mode"] for _, a in result.troncons}["marche:way/1@0"] == "marche"
    # the walking section runs from node 12 (no walking number) to the junction at (600, 0)
    assert result.open_section_ends == 2 and result.nodes_off_network == 1
    assert dict(result.skipped) == {osm_network.RELATION_WITHOUT_WAYS: 1,
                                    osm_network.WAY_WITHOUT_GEOMETRY: 1,
                                    osm_network.NODE_NUMBER: 1}
    assert result.examples[osm_network.NODE_NUMBER] == ["node/90 (12a)"]
    [incomplete] = result.incomplete
    assert (incomplete.relation, incomplete.missing, incomplete.total) == (200, 1, 3)
    lines = {line.relation: line for line in result.itinerary_lines}
    assert (lines[201].jumps, round(lines[201].jump_m)) == (1, 2000)
    assert lines[200].jumps == 0
    assert [(a["source_id"], a["kind"], a["name"]) for _, a in result.trame] == [
        ("way/20", "cavalier", "Cavalier de Pinchonvalles"), ("way/21", "voie_verte", None)]


def test_no_route_relation_of_the_modes_asked(tmp_path):
    osm = OsmExtract()
    osm.node(1, 0, 0)
    osm.node(2, 10, 0)
    osm.way(1, [1, 2])
    osm.relation(5, [("way", 1, "")], type="multipolygon")
    osm.route(6, [1], "lwn", route_type="hiking")
    with pytest.raises(osm_network.NoRouteError) as caught:
        build(osm, tmp_path / "vide.osm", modes=("velo", "cheval"))
    assert caught.value.relation_count == 2
    assert (caught.value.held, caught.value.asked) == ({"marche": 1}, ("velo", "cheval"))
    assert build(osm, tmp_path / "vide.osm", modes=("marche",)).count("troncons") == 1


def test_the_grid_gives_its_40_sections_each_with_its_length(tmp_path):
    osm = grid()
    result = build(osm, tmp_path / "grille.osm")
    assert len(result.troncons) == 40 and len(result.noeuds) == 25
    assert lengths_of(result.troncons) == pytest.approx(oracle_sections(osm), abs=0.02)
    assert min(LineString(xy).length for xy, _ in result.troncons) > 999
    assert result.open_section_ends == 0 and not result.skipped
    graph = nx.Graph()  # each section joins two numbered nodes, as the grid's links do
    where = {tuple(np.round(xy, 2)): a["number"] for xy, a in result.noeuds}
    for xy, _ in result.troncons:
        graph.add_edge(where[tuple(np.round(xy[0], 2))], where[tuple(np.round(xy[-1], 2))])
    expected = nx.relabel_nodes(nx.grid_2d_graph(5, 5), lambda n: 5 * n[1] + n[0] + 1)
    assert nx.utils.graphs_equal(graph, expected)


def by_mode(records, mode):
    return [(xy, a) for xy, a in records if a["mode"] == mode]


def test_walking_and_cycling_sharing_nodes(tmp_path):
    osm = two_modes()
    result = build(osm, tmp_path / "deux_modes.osm")
    nodes = {(a["mode"], a["source_id"]): a["number"] for _, a in result.noeuds}
    assert nodes == {("velo", "node/1"): 12, ("velo", "node/2"): 13, ("velo", "node/3"): 14,
                     ("marche", "marche:node/1"): 3, ("marche", "marche:node/3"): 4,
                     ("marche", "marche:node/4"): 5}
    cycling, walking = by_mode(result.troncons, "velo"), by_mode(result.troncons, "marche")
    assert lengths_of(cycling) == pytest.approx(oracle_sections(osm, {1, 2}), abs=0.02)
    assert lengths_of(walking) == pytest.approx(
        oracle_sections(osm, {1, 2, 3, 4}, ("rwn_ref",)), abs=0.02)
    assert len(walking) == 3  # 3-5, 5-4 and 3-4 over both cycleways (node 2 is no walker's)
    assert {a["network"] for _, a in cycling} == {"Réseau vélo"}
    assert {a["network"] for _, a in walking} == {"rwn"}
    assert result.section_length("marche") == pytest.approx(
        sum(oracle_sections(osm, {1, 2, 3, 4}, ("rwn_ref",))), abs=0.05)
    links = {a["source_id"]: (a["mode"], a["from_number"], a["to_number"], a["facts"])
             for _, a in result.liaisons}
    assert links == {"relation/10": ("velo", 12, 13, None), "relation/11": ("velo", 13, 14, None),
                     "relation/20": ("marche", 3, 5, None), "relation/21": ("marche", 5, 4, None),
                     "relation/22": ("marche", 3, 4, None)}
    only_walking = build(osm, tmp_path / "deux_modes.osm", modes=("marche",))
    assert {a["mode"] for _, a in only_walking.noeuds + only_walking.troncons} == {"marche"}
    assert only_walking.modes_held == {"velo": 2, "marche": 3}


def test_a_horse_network_and_a_gr(tmp_path):
    osm = horse_and_gr()
    result = build(osm, tmp_path / "cheval.osm")
    assert [(a["number"], a["mode"]) for _, a in result.noeuds] == [(1, "cheval"), (2, "cheval")]
    [section] = result.troncons
    assert section[1]["mode"] == "cheval" and section[1]["source_id"] == "cheval:way/1@0"
    assert LineString(section[0]).length == pytest.approx(oracle_sections(osm, {1}, (
        "rhn_ref",))[0], abs=0.02)
    itineraries = {a["name"]: (a["mode"], a["kind"], LineString(xy).length)
                   for xy, a in result.itineraires}
    assert itineraries["GR 128"][:2] == ("marche", "veloroute")
    assert itineraries["GR 128"][2] == pytest.approx(4000, abs=0.05)
    assert itineraries["Route équestre de la Lys"][0] == "cheval"
    [link] = result.liaisons
    assert (link[1]["mode"], link[1]["facts"], link[1]["network"]) == ("cheval", None, "rhn")


def test_two_countries_reusing_numbers_and_a_border_link(tmp_path):
    osm = border()
    result = build(osm, tmp_path / "frontiere.osm")
    nodes = {a["source_id"]: (a["number"], a["network"]) for _, a in result.noeuds}
    # France's 2 is on both networks (its own link and the border link): either names it
    assert nodes.pop("node/2") in ((2, "Points-nœuds Flandre"), (2, "Westhoek"))
    assert nodes == {"node/1": (1, "Points-nœuds Flandre"), "node/3": (1, "Westhoek"),
                     "node/4": (2, "Westhoek")}
    graph = nx.Graph()  # the sections join both networks into one, through the border link
    for xy, _ in result.troncons:
        graph.add_edge(tuple(np.round(xy[0], 2)), tuple(np.round(xy[-1], 2)))
    assert nx.number_connected_components(graph) == 1 and graph.number_of_edges() == 3
    links = {a["source_id"]: (a["ref"], a["from_number"], a["to_number"], a["network"],
                              a["facts"], round(a["length_m"])) for _, a in result.liaisons}
    assert links == {"relation/50": ("1-2", 1, 2, "Points-nœuds Flandre", None, 1000),
                     "relation/51": ("1-2", 1, 2, "Westhoek", None, 1000),
                     "relation/52": ("2-1", 2, 1, "Westhoek", None, 2000)}
