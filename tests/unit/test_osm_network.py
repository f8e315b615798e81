"""An OSM extract made into records (pure logic): the sections against networkx's graph of the
same ways, cut at the numbered nodes and junctions; nodes, itineraries, green links and the
elements left out on the hand-made extract of tests/osm_extract.py."""

import networkx as nx
import numpy as np
import pytest
from osm_extract import ORIGIN, OsmExtract, points_noeuds
from pyproj import Transformer

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


def build(osm, path):
    osm.write(path)
    nodes, ways = osm_reader.read_nodes_and_ways(path)
    relations, _ = osm_relations.read_relations(path)
    return osm_network.build_extract(nodes, ways, relations, project)


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


def oracle_sections(osm):
    """Section lengths by networkx: the ways' segments, cut at numbered nodes and at nodes
    whose degree is not 2."""
    graph = nx.MultiGraph()
    for refs, _ in osm.ways.values():
        lonlat = np.array([osm.nodes[n][:2] for n in refs])
        xy = project(lonlat)
        for k in range(len(refs) - 1):
            graph.add_edge(refs[k], refs[k + 1], length=float(np.hypot(*(xy[k + 1] - xy[k]))))
    numbered = {n for n, (_, _, tags) in osm.nodes.items() if "rcn_ref" in tags}
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


def test_the_hand_made_extract(tmp_path):
    result = build(points_noeuds(), tmp_path / "extrait.osm")
    assert sorted((a["number"], a["network"]) for _, a in result.noeuds) == [
        (5, "lcn"), (12, "Points-nœuds Cœur de Flandre"), (34, "Points-nœuds Cœur de Flandre"),
        (56, "Points-nœuds Cœur de Flandre"), (78, "rcn")]
    assert sorted(a["source_id"] for _, a in result.troncons) == [
        "way/1@0", "way/2@1", "way/4@0", "way/4@1"]
    assert result.open_section_ends == 0 and result.nodes_off_network == 1
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


def test_no_cycling_relation(tmp_path):
    osm = OsmExtract()
    osm.node(1, 0, 0)
    osm.node(2, 10, 0)
    osm.way(1, [1, 2])
    osm.relation(5, [("way", 1, "")], type="multipolygon")
    with pytest.raises(osm_network.NoCyclingRelationError) as caught:
        build(osm, tmp_path / "vide.osm")
    assert caught.value.relation_count == 1
