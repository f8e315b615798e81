"""itinerance:auditnetwork through processing.run: grids whose loops networkx lists, a DEM that is
a plane (and one that covers part of the network), a links layer with facts, nodes without a
number, modes, the sample territory against QGIS's own polygonize, the report and its PDF."""

import networkx as nx
import numpy as np
import processing
import pytest
import rasterio
from feedback_log import Log
from pdf_checks import page_count
from pdf_checks import text as pdf_text
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from rasterio.transform import from_origin
from test_build_circuit import layer

X0, Y0 = 650000.0, 6860000.0  # Lambert-93, the grid's south-west corner
STEP = 2500.0  # 2.5 km sections: unit squares of 10 km round


def grid_edges(size=3):
    """The grid's sections as pairs of (column, row) nodes."""
    edges = []
    for i in range(size):
        for j in range(size - 1):
            edges += [((i, j), (i, j + 1)), ((j, i), (j + 1, i))]
    return edges


def xy(node):
    return X0 + node[0] * STEP, Y0 + node[1] * STEP


def number(node, size=3):
    return node[1] * size + node[0] + 1


def sections_layer(size=3, mode=None):
    fields = [("network", "text")] + ([("mode", "text")] if mode else [])
    rows = [(f"LineString({xy(a)[0]} {xy(a)[1]}, {xy(b)[0]} {xy(b)[1]})",
             dict(network="ouest", **({"mode": mode} if mode else {})))
            for a, b in grid_edges(size)]
    return layer("LineString", "troncons", fields, rows)


def nodes_layer(size=3, numbers=None, mode=None):
    fields = [("number", "int"), ("network", "text")] + ([("mode", "text")] if mode else [])
    rows = []
    for j in range(size):
        for i in range(size):
            value = numbers[(i, j)] if numbers and (i, j) in numbers else number((i, j), size)
            rows.append((f"Point({xy((i, j))[0]} {xy((i, j))[1]})",
                         dict(number=value, network="ouest", **({"mode": mode} if mode else {}))))
    return layer("Point", "noeuds", fields, rows)


def run(sections, nodes, log=None, **extra):
    params = {"NODES": nodes, "SECTIONS": sections, "OUTPUT_LINKS": "memory:",
              "OUTPUT_NODES": "memory:", "OUTPUT_LOOPS": "memory:"}
    params.update(extra)
    return processing.run("itinerance:auditnetwork", params, feedback=log)


def by_number(output):
    return {f["number"]: f for f in output.getFeatures()}


def networkx_loops(size, low_km, high_km):
    """Loops through each node number of the grid by networkx: every directed simple cycle of
    three nodes or more, each undirected one once."""
    graph = nx.Graph(grid_edges(size))
    seen, through = set(), {number(n, size): 0 for n in graph}
    for cycle in nx.simple_cycles(graph.to_directed()):
        key = frozenset(frozenset(pair) for pair in zip(cycle, cycle[1:] + cycle[:1]))
        if len(cycle) < 3 or key in seen:
            continue
        seen.add(key)
        if low_km <= len(cycle) * STEP / 1000.0 <= high_km:
            for node in cycle:
                through[number(node, size)] += 1
    return through


def test_loops_of_a_grid_are_those_networkx_lists():
    result = run(sections_layer(), nodes_layer(), FAMILY_MAX_KM=15, SPORT_MIN_KM=12)
    nodes = by_number(result["OUTPUT_NODES"])
    family, sport = networkx_loops(3, 5, 15), networkx_loops(3, 12, 40)
    assert {n: f["family_loops"] for n, f in nodes.items()} == family
    assert {n: f["sport_loops"] for n, f in nodes.items()} == sport
    assert family[5] == 8 and sport[1] == 6  # not all zeros
    assert result["FAMILY_LOOP_COUNT"] == 8 and result["SPORT_LOOP_COUNT"] == 9
    assert result["FAMILY_LOOP_NODE_PCT"] == pytest.approx(100.0)
    assert result["NODE_COUNT"] == 9 and result["COMPONENT_COUNT"] == 1
    assert result["DEAD_END_COUNT"] == 0 and result["NODE_FACT_COUNT"] == 0


def test_links_derived_from_the_sections_and_the_integrity_part_skipped_with_a_message():
    log = Log()
    result = run(sections_layer(), nodes_layer(), log=log)
    links = list(result["OUTPUT_LINKS"].getFeatures())
    assert result["LINK_COUNT"] == len(links) == 12 and result["BROKEN_COUNT"] == 0
    assert {f["length_class"] for f in links} == {"ideal"}
    assert result["IDEAL_LENGTH_PCT"] == pytest.approx(100.0)
    assert sorted(f["ref"] for f in links)[:3] == ["1-2", "1-4", "2-3"]
    assert all(f["facts"] == NULL and f["length_m"] == pytest.approx(STEP) for f in links)
    assert any("No links layer" in w and "integrity facts are skipped" in w
               for w in log.warnings)


def liaisons(rows):
    fields = [("ref", "text"), ("from_number", "int"), ("to_number", "int"), ("mode", "text"),
              ("network", "text"), ("length_m", "real"), ("state", "text"), ("facts", "text"),
              ("redundant_numbers", "text"), ("unused_segment_count", "int")]
    return layer("LineString", "liaisons", fields, rows)


def test_a_links_layer_gives_the_links_their_facts_are_kept_and_broken_ones_counted():
    rows = [(f"LineString({X0} {Y0}, {X0 + STEP} {Y0})",
             {"ref": "01-02", "from_number": 1, "to_number": 2, "facts": "broken",
              "mode": "velo"}),
            (f"LineString({X0} {Y0}, {X0} {Y0 + 12000})",
             {"ref": "01-99", "from_number": 1, "to_number": 99,
              "facts": "broken,unused_segments", "unused_segment_count": 2, "mode": "velo"}),
            (f"LineString({X0} {Y0}, {X0 + STEP} {Y0 + STEP})",
             {"ref": "01-05", "facts": None, "mode": "marche"})]
    result = run(sections_layer(), nodes_layer(), LINKS=liaisons(rows))
    links = {f["ref"]: f for f in result["OUTPUT_LINKS"].getFeatures()}
    assert set(links) == {"01-02", "01-99"}  # the walking link is another mode's
    assert result["LINK_COUNT"] == 2 and result["BROKEN_COUNT"] == 2
    assert links["01-99"]["facts"] == "broken,unused_segments"
    assert links["01-99"]["unused_segment_count"] == 2
    assert links["01-99"]["length_class"] == "too_long"
    assert links["01-99"]["length_m"] == pytest.approx(12000.0)
    assert links["01-02"]["link_fid"] is not None


def test_nodes_without_a_number_are_counted_and_left_out():
    result = run(sections_layer(), nodes_layer(numbers={(0, 0): None, (2, 2): None}))
    assert result["NODE_COUNT"] == 7 and result["SKIPPED_COUNT"] == 2
    assert set(by_number(result["OUTPUT_NODES"])) == {2, 3, 4, 5, 6, 7, 8}


def test_number_clash_dead_end_orphan_and_expected_links_on_the_nodes():
    # the grid with a spur west of node 1 ending at node 21, node 20 far from any section, the
    # centre numbered 1 like the corner 3.5 km away; nodes 2 and 3 expect three links
    sections = sections_layer()
    spur = QgsFeature(sections.fields())
    spur.setGeometry(QgsGeometry.fromWkt(f"LineString({X0 - 1000} {Y0}, {X0} {Y0})"))
    assert sections.dataProvider().addFeatures([spur])[0]
    fields = [("number", "int"), ("network", "text"), ("expected_rcn_route_relations", "int")]
    rows = [(f"Point({xy((i, j))[0]} {xy((i, j))[1]})",
             {"number": 1 if (i, j) == (1, 1) else number((i, j)), "network": "ouest",
              "expected_rcn_route_relations": 3 if (i, j) in ((1, 0), (2, 0)) else None})
            for j in range(3) for i in range(3)]
    rows += [(f"Point({X0 + 9000} {Y0})", {"number": 20, "network": "ouest"}),
             (f"Point({X0 - 1000} {Y0})", {"number": 21, "network": "ouest"})]
    result = run(sections, layer("Point", "noeuds", fields, rows))
    nodes = list(result["OUTPUT_NODES"].getFeatures())
    facts = {(f["number"], f["degree"]): f["facts"] for f in nodes}
    assert facts[(20, 0)] == "orphan" and facts[(21, 1)] == "dead_end"
    assert facts[(1, 3)] == facts[(1, 4)] == "number_clash"  # the corner and the centre
    assert facts[(2, 3)] == NULL  # expects 3 links, and three sections leave it
    assert facts[(3, 2)] == "expected_links_mismatch"
    expected = {f["number"]: f["expected_links"] for f in nodes}
    assert expected[2] == expected[3] == 3 and expected[4] == NULL
    assert result["DEAD_END_COUNT"] == 1 and result["NODE_FACT_COUNT"] == 5


def test_the_mode_filters_nodes_and_sections():
    walking = run(sections_layer(mode="marche"), nodes_layer(mode="marche"), MODE="marche")
    assert walking["NODE_COUNT"] == 9 and walking["LINK_COUNT"] == 12
    with pytest.raises(QgsProcessingException, match="no usable line of the mode velo"):
        run(sections_layer(mode="marche"), nodes_layer(mode="marche"))


@pytest.fixture(scope="module")
def plane(tmp_path_factory):
    """z = 100 + 0.03 (x − X0): 3 % east, 10 m cells over the grid (x up to X0 + 2600 only
    for the partial one)."""
    folder = tmp_path_factory.mktemp("dem")
    paths = {}
    for name, width_m in (("whole", 6000), ("part", 3100)):
        x = X0 - 500 + 5 + 10 * np.arange(width_m // 10)
        z = np.tile(100 + 0.03 * (x - X0), (600, 1))
        paths[name] = str(folder / f"{name}.tif")
        with rasterio.open(paths[name], "w", driver="GTiff", width=z.shape[1],
                           height=z.shape[0], count=1, dtype="float64", crs="EPSG:2154",
                           transform=from_origin(X0 - 500, Y0 + 5500, 10, 10)) as dataset:
            dataset.write(z, 1)
    return paths


def test_grades_per_100_m_on_a_plane_dem(plane):
    result = run(sections_layer(), nodes_layer(), DEM=plane["whole"])
    links = list(result["OUTPUT_LINKS"].getFeatures())
    east = [f for f in links if f["to_number"] - f["from_number"] == 1]
    north = [f for f in links if f["to_number"] - f["from_number"] == 3]
    assert len(east) == len(north) == 6
    assert all(f["grade_2_4_pct"] == pytest.approx(100.0) and f["grade_0_2_pct"] == 0
               and f["max_grade_pct"] == pytest.approx(3.0) for f in east)
    assert all(f["grade_0_2_pct"] == pytest.approx(100.0) for f in north)
    assert all(f["dem_covered_pct"] == pytest.approx(100.0) for f in links)
    assert result["DEM_COVERED_PCT"] == pytest.approx(100.0)
    strict = run(sections_layer(), nodes_layer(), DEM=plane["whole"], FAMILY_MAX_GRADE_PCT=2)
    assert strict["FAMILY_LOOP_COUNT"] == 0 and strict["SPORT_LOOP_COUNT"] > 0


def test_a_dem_that_misses_part_of_the_network_grades_only_where_it_covers(plane):
    log = Log()
    result = run(sections_layer(), nodes_layer(), DEM=plane["part"], log=log)
    links = {f["ref"]: f for f in result["OUTPUT_LINKS"].getFeatures()}
    # the DEM ends at x = X0 + 2600: the western column and the first east sections are in
    assert links["1-2"]["dem_covered_pct"] == pytest.approx(100.0)
    assert links["1-4"]["dem_covered_pct"] == pytest.approx(100.0)
    assert links["2-3"]["dem_covered_pct"] == pytest.approx(0.0, abs=5.0)
    assert links["3-6"]["dem_covered_pct"] == 0 and links["3-6"]["grade_0_2_pct"] == NULL
    assert result["DEM_COVERED_PCT"] == pytest.approx(100 * 7 / 12, abs=1.0)
    assert any("The DEM covers" in w for w in log.warnings)


def test_faces_of_the_sample_are_those_of_qgis_polygonize(sample):
    gpkg = sample["gpkg"]
    result = processing.run("itinerance:auditnetwork", {
        "NODES": f"{gpkg}|layername=noeuds", "SECTIONS": f"{gpkg}|layername=troncons",
        "LINKS": f"{gpkg}|layername=liaisons", "OUTPUT_LINKS": "memory:",
        "OUTPUT_NODES": "memory:", "OUTPUT_LOOPS": "memory:"})
    native = processing.run("native:polygonize", {
        "INPUT": f"{gpkg}|layername=troncons", "KEEP_FIELDS": False,
        "OUTPUT": "memory:"})["OUTPUT"]
    ours = list(result["OUTPUT_LOOPS"].getFeatures())
    theirs = list(native.getFeatures())
    assert result["FACE_COUNT"] == len(ours) == len(theirs) > 10
    assert sorted(f.geometry().area() for f in ours) == pytest.approx(
        sorted(f.geometry().area() for f in theirs), rel=1e-9)
    assert all(f["face_class"] in ("small", "ideal", "large") for f in ours)
    liaisons = QgsVectorLayer(f"{gpkg}|layername=liaisons").featureCount()
    nodes = QgsVectorLayer(f"{gpkg}|layername=noeuds").featureCount()
    assert result["LINK_COUNT"] == liaisons and result["NODE_COUNT"] == nodes


def test_the_output_fields_are_those_of_the_contract():
    result = run(sections_layer(), nodes_layer())
    assert [f.name() for f in result["OUTPUT_LINKS"].fields()] == [
        "ref", "from_number", "to_number", "mode", "network", "length_m", "state", "facts",
        "redundant_numbers", "unused_segment_count", "length_class", "grade_0_2_pct",
        "grade_2_4_pct", "grade_4_6_pct", "grade_6_plus_pct", "dem_covered_pct",
        "max_grade_pct", "link_fid"]
    assert [f.name() for f in result["OUTPUT_NODES"].fields()] == [
        "number", "network", "degree", "expected_links", "facts", "family_loops",
        "sport_loops", "component", "node_fid"]
    assert [f.name() for f in result["OUTPUT_LOOPS"].fields()] == [
        "loop_id", "perimeter_km", "area_km2", "face_class"]
    for name in ("LINK_COUNT", "BROKEN_COUNT", "NODE_FACT_COUNT", "IDEAL_LENGTH_PCT",
                 "FAMILY_LOOP_NODE_PCT", "SPORT_LOOP_NODE_PCT", "COMPONENT_COUNT",
                 "DEAD_END_COUNT"):
        assert name in result


def test_the_report_and_its_pdf_are_written(sample, tmp_path):
    gpkg = sample["gpkg"]
    report, pdf = tmp_path / "audit.html", tmp_path / "audit.pdf"
    result = processing.run("itinerance:auditnetwork", {
        "NODES": f"{gpkg}|layername=noeuds", "SECTIONS": f"{gpkg}|layername=troncons",
        "LINKS": f"{gpkg}|layername=liaisons", "DEM": str(sample["dem"]),
        "AIRES": f"{gpkg}|layername=aires", "TITLE": "Audit test", "OUTPUT_LINKS": "memory:",
        "OUTPUT_NODES": "memory:", "REPORT": str(report), "PDF": str(pdf)})
    assert result["REPORT"] == str(report) and result["PDF"] == str(pdf)
    page = report.read_text(encoding="utf-8")
    assert "<h1>Audit test</h1>" in page and "Places to look at first" in page
    assert page.count("data:image/png;base64,") == 2
    assert f"<td class=\"n\">{result['LINK_COUNT']}</td>" in page
    assert page_count(pdf) == 1
    words = pdf_text(pdf)
    assert "Network Cœur de Flandre" in words and "Audit test" in words
    assert f"Length of the sections (km) {result['NETWORK_KM']:.1f}" in words
    assert f"Broken links {result['BROKEN_COUNT']}" in words


def test_the_report_lists_where_two_networks_meet(tmp_path):
    # the grid's eastern column is another network ("est"), where a node is numbered 1 like
    # the western corner 5 km away, and a spur stops 1.5 km short of the western network
    fields = [("number", "int"), ("network", "text")]
    rows = [(f"Point({xy((i, j))[0]} {xy((i, j))[1]})",
             {"number": 1 if (i, j) == (2, 0) else number((i, j)),
              "network": "est" if i == 2 else "ouest"}) for j in range(3) for i in range(3)]
    rows.append((f"Point({X0 + 6500} {Y0 + 5000})", {"number": 30, "network": "est"}))
    sections = sections_layer()
    spur = QgsFeature(sections.fields())
    spur.setGeometry(QgsGeometry.fromWkt(
        f"LineString({X0 + 5000} {Y0 + 5000}, {X0 + 6500} {Y0 + 5000})"))
    assert sections.dataProvider().addFeatures([spur])[0]
    report = tmp_path / "audit.html"
    result = run(sections, layer("Point", "noeuds", fields, rows), REPORT=str(report))
    assert result["CROSSING_LINK_COUNT"] == 3  # 2-1(est), 5-6, 8-9
    page = report.read_text(encoding="utf-8")
    assert "Where two networks meet" in page
    assert "Links crossing between networks" in page and "<td>1-2</td>" in page
    assert "Numbers clashing near the border" in page
    assert "<td>1</td><td>ouest</td><td>est</td><td>5.0 km</td>" in page
    assert "Routes stopping at the border" in page and "<td>30</td><td>est</td>" in page
    crossing = [f for f in result["OUTPUT_LINKS"].getFeatures()
                if f["facts"] and "crosses_networks" in f["facts"]]
    assert sorted(f["ref"] for f in crossing) == ["1-2", "5-6", "8-9"]


def test_the_report_lists_the_links_ending_where_no_number_is(tmp_path):
    # the grid without its centre's number: four links end at a junction without a number
    report = tmp_path / "audit.html"
    result = run(sections_layer(), nodes_layer(numbers={(1, 1): None}), REPORT=str(report))
    page = report.read_text(encoding="utf-8")
    assert "Links ending where no number is" in page
    assert page.count("<td>unnumbered_junction</td>") == 4
    assert "<td>2-?</td>" in page and result["SKIPPED_COUNT"] == 1
