"""itinerance:airesgap through processing.run, against analytic cases and QGIS's service area."""

import processing
import pytest
from feedback_log import Log
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from itinerance.processing.algorithms import aires_gap


def memory_layer(kind, crs, wkts, fields=""):
    layer = QgsVectorLayer(f"{kind}?crs={crs}{fields}", "test", "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(network, aires, **extra):
    params = {"NETWORK": network, "AIRES": aires, "OUTPUT": "memory:", "GAPS": "memory:",
              "SUGGESTIONS": "memory:", "DIAGNOSTICS": "memory:"}
    params.update(extra)
    return processing.run("itinerance:airesgap", params)


def straight_line(crs="EPSG:2154"):
    return memory_layer("LineString", crs, ["LineString(0 0, 4000 0, 10000 0)"])


def test_straight_line_with_one_aire_is_exact():
    aires = memory_layer("Point", "EPSG:2154", ["Point(2000 30)"])
    result = run(straight_line(), aires)
    assert result["NETWORK_LENGTH_M"] == pytest.approx(10000)
    assert result["COVERED_LENGTH_M"] == pytest.approx(4500)  # 0 .. 2000 + 2500
    assert result["MAX_DIST_M"] == pytest.approx(8000)
    assert result["GAP_COUNT"] == 1
    stretches = list(result["OUTPUT"].getFeatures())
    assert sum(f["length_m"] for f in stretches) == pytest.approx(10000)
    for f in stretches:
        xs = [v.x() for v in f.geometry().vertices()]
        assert f["dist_min_m"] == pytest.approx(min(abs(x - 2000) for x in (xs[0], xs[-1]))
                                                if not min(xs) < 2000 < max(xs) else 0)
        assert f["dist_max_m"] == pytest.approx(max(abs(xs[0] - 2000), abs(xs[-1] - 2000)))
        assert f["covered"] == (f["dist_max_m"] <= 2500 + 1e-9)
    [gap] = list(result["GAPS"].getFeatures())
    assert gap["length_m"] == pytest.approx(5500)
    assert gap["worst_dist_m"] == pytest.approx(8000)


def test_suggestions_cover_the_gap_greedily():
    aires = memory_layer("Point", "EPSG:2154", ["Point(2000 0)"])
    candidates = memory_layer("Point", "EPSG:2154",
                              ["Point(5000 0)", "Point(7500 0)", "Point(9900 0)"])
    result = run(straight_line(), aires, CANDIDATES=candidates, SUGGEST_COUNT=2)
    ranked = sorted(result["SUGGESTIONS"].getFeatures(), key=lambda f: f["rank"])
    # 7500 covers 5000..10000 (all 5000 m of it unserved); then 5000 covers 4500..5000
    assert [round(f.geometry().asPoint().x()) for f in ranked] == [7500, 5000]
    assert ranked[0]["gain_m"] == pytest.approx(5000)
    assert ranked[1]["gain_m"] == pytest.approx(500)
    assert ranked[1]["coverage_after_pct"] == pytest.approx(100)


def test_sites_are_ranked_only_for_a_suggestions_output(monkeypatch):
    """The ranking costs seconds on a region: without a SUGGESTIONS output it is not run, and
    every other figure stays the same."""
    from itinerance.processing.logic.network import coverage

    calls = []
    ranking = coverage.suggest_sites
    monkeypatch.setattr(coverage, "suggest_sites",
                        lambda *args: calls.append(args) or ranking(*args))
    aires = memory_layer("Point", "EPSG:2154", ["Point(2000 0)"])
    full = run(straight_line(), aires)
    assert len(calls) == 1 and full["SUGGESTIONS"].featureCount() == 1
    alone = processing.run("itinerance:airesgap", {
        "NETWORK": straight_line(), "AIRES": aires, "OUTPUT": "memory:"})
    assert len(calls) == 1 and "SUGGESTIONS" not in alone
    assert {k: v for k, v in alone.items() if k != "OUTPUT"} == {
        k: v for k, v in full.items() if k not in ("OUTPUT", "GAPS", "SUGGESTIONS", "DIAGNOSTICS")}


def test_no_aire_at_all_gives_uncovered_network_with_null_distances():
    aires = memory_layer("Point", "EPSG:2154", [])
    result = run(straight_line(), aires)
    assert result["COVERAGE_PCT"] == 0
    assert result["GAP_COUNT"] == 1
    stretches = list(result["OUTPUT"].getFeatures())
    assert all(f["dist_max_m"] is None or f["dist_max_m"] != f["dist_max_m"]
               or str(f["dist_max_m"]) == "NULL" for f in stretches)
    assert not any(f["covered"] for f in stretches)


def test_geographic_multipart_zm_and_empty_input():
    # about 1.1 km at 50.8 N, as a MultiLineStringZM with an empty feature beside it
    network = memory_layer("MultiLineStringZM", "EPSG:4326", [
        "MultiLineStringZM((2.50 50.80 10 0, 2.51 50.80 12 0),(2.51 50.80 12 0, 2.52 50.80 9 0))",
        None])
    aires = memory_layer("Point", "EPSG:4326", ["Point(2.50 50.80)", None])
    result = run(network, aires, MAX_DISTANCE=1000)
    assert result["SKIPPED_COUNT"] == 2
    assert 1300 < result["NETWORK_LENGTH_M"] < 1500  # metres in Lambert-93, not degrees
    assert result["COVERED_LENGTH_M"] == pytest.approx(1000, abs=1)
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"


def test_off_network_aires_and_near_misses_are_diagnosed():
    network = memory_layer("LineString", "EPSG:2154", [
        "LineString(0 0, 1000 0)", "LineString(1000.5 0, 2000 0)",  # joined (snap 1 m)
        "LineString(2000 4, 2000 1000)",  # 4 m gap: a near miss, not joined
    ])
    aires = memory_layer("Point", "EPSG:2154", ["Point(100 0)", "Point(1500 900)"])
    result = run(network, aires)
    assert result["OFF_NETWORK_COUNT"] == 1
    assert result["COMPONENT_COUNT"] == 2
    kinds = [f["kind"] for f in result["DIAGNOSTICS"].getFeatures()]
    assert kinds.count("off_network_aire") == 1
    assert kinds.count("near_miss") >= 1
    near = [f for f in result["DIAGNOSTICS"].getFeatures() if f["kind"] == "near_miss"]
    assert near[0]["distance_m"] == pytest.approx(4, abs=0.01)


def test_empty_network_is_a_clear_error():
    with pytest.raises(QgsProcessingException, match="no usable line"):
        run(memory_layer("LineString", "EPSG:2154", [None]),
            memory_layer("Point", "EPSG:2154", ["Point(0 0)"]))


def test_sample_territory(sample):
    gpkg = sample["gpkg"]
    result = run(f"{gpkg}|layername=troncons", f"{gpkg}|layername=aires")
    assert result["NETWORK_LENGTH_M"] == pytest.approx(
        sample["summary"]["network_km"] * 1000, rel=1e-4)
    assert result["COMPONENT_COUNT"] == 2
    assert result["AIRE_COUNT"] == 24 and result["OFF_NETWORK_COUNT"] == 0
    assert 20 < result["COVERAGE_PCT"] < 100
    assert result["GAP_COUNT"] >= 1
    names = {f["nearest_aire"] for f in result["OUTPUT"].getFeatures()} - {None}
    assert "Aire du Mont des Cats" in names or len(names) > 10


def test_merged_stretches_cover_the_same_length_per_band(sample):
    """STRETCHES merged: one feature per run of a line within a distance band; per band (as
    the output style draws them) and per line the same metres as the exact stretches, with
    the same fields, fewer features, and each run's distances those of its stretches."""
    gpkg = sample["gpkg"]
    network, aires = f"{gpkg}|layername=troncons", f"{gpkg}|layername=aires"
    exact = list(run(network, aires)["OUTPUT"].getFeatures())
    merged_result = run(network, aires, STRETCHES=1)
    merged = list(merged_result["OUTPUT"].getFeatures())
    assert merged_result["OUTPUT"].fields().names() == exact[0].fields().names()
    assert len(merged) < len(exact)

    def band(feature):
        d = feature["dist_max_m"]
        if d is None or d != d or str(d) == "NULL":
            return 0
        return 1 + sum(d > limit for limit in (1250, 2500, 5000))

    def totals(features, key):
        out = {}
        for f in features:
            out[key(f)] = out.get(key(f), 0.0) + f["length_m"]
        return out

    for key in (band, lambda f: (f["network_fid"], band(f)), lambda f: f["covered"]):
        want, got = totals(exact, key), totals(merged, key)
        assert got.keys() == want.keys()
        assert all(got[k] == pytest.approx(want[k], abs=1e-6) for k in want)
    for f in merged:
        assert f.geometry().length() == pytest.approx(f["length_m"], abs=1e-6)
        assert not f.geometry().isMultipart()
        same = [g for g in exact if g["network_fid"] == f["network_fid"] and band(g) == band(f)
                and g.geometry().within(f.geometry().buffer(1e-6, 4))]
        assert sum(g["length_m"] for g in same) == pytest.approx(f["length_m"], abs=1e-6)
        if band(f):
            assert f["dist_min_m"] == pytest.approx(min(g["dist_min_m"] for g in same))
            assert f["dist_max_m"] == pytest.approx(max(g["dist_max_m"] for g in same))
            nearest = min(same, key=lambda g: g["dist_min_m"])
            assert f["nearest_aire"] == nearest["nearest_aire"]


def network_vertices(path):
    layer = QgsVectorLayer(path, "n", "ogr")
    return {(round(v.x(), 3), round(v.y(), 3))
            for f in layer.getFeatures() for v in f.geometry().vertices()}


def covered_vertices(result, vertices):
    """The network vertices lying on a covered stretch of our output."""
    covered = [f.geometry() for f in result["OUTPUT"].getFeatures() if f["covered"]]
    index = QgsSpatialIndex()
    for i, geometry in enumerate(covered):
        feature = QgsFeature(i)
        feature.setGeometry(geometry)
        index.addFeature(feature)
    found = set()
    for x, y in vertices:
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        near = index.intersects(QgsRectangle(x - 0.01, y - 0.01, x + 0.01, y + 0.01))
        if any(covered[i].distance(point) < 1e-3 for i in near):
            found.add((x, y))
    return found


def test_reachable_vertices_match_qgis_service_area(sample):
    """Oracle: native:serviceareafromlayer's reachable vertices within 2,500 m of an aire.

    QGIS may measure on the ellipsoid, we measure in the projection (Lambert-93 distorts by
    well under 0.1 % here): what we cover within 0.99 × 2,500 m it must reach, and what it
    reaches we must cover within 1.01 × 2,500 m.
    """
    gpkg = sample["gpkg"]
    network = f"{gpkg}|layername=troncons"
    aires = f"{gpkg}|layername=aires"
    vertices = network_vertices(network)
    native = processing.run("native:serviceareafromlayer", {
        "INPUT": network, "STRATEGY": 0, "START_POINTS": aires, "TRAVEL_COST2": 2500,
        "TOLERANCE": 0, "INCLUDE_BOUNDS": False, "OUTPUT": "memory:"})["OUTPUT"]
    reached = {(round(v.x(), 3), round(v.y(), 3))
               for f in native.getFeatures() for v in f.geometry().vertices()} & vertices
    inner = covered_vertices(run(network, aires, MAX_DISTANCE=2500 * 0.99), vertices)
    outer = covered_vertices(run(network, aires, MAX_DISTANCE=2500 * 1.01), vertices)
    assert len(reached) > 100
    assert inner <= reached
    assert reached <= outer
    assert len(outer) - len(inner) < 0.05 * len(reached)  # the sandwich is tight


def test_outputs_are_styled_and_aliased_when_loaded(sample):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    gpkg = sample["gpkg"]
    processing.runAndLoadResults("itinerance:airesgap", {
        "NETWORK": f"{gpkg}|layername=troncons", "AIRES": f"{gpkg}|layername=aires",
        "MAX_DISTANCE": 2000, "OUTPUT": "TEMPORARY_OUTPUT", "GAPS": "TEMPORARY_OUTPUT",
        "SUGGESTIONS": "TEMPORARY_OUTPUT", "DIAGNOSTICS": "TEMPORARY_OUTPUT"})
    layers = {layer.fields().names()[0]: layer for layer in project.mapLayers().values()}
    stretches = layers["network_fid"]
    assert stretches.renderer().type() == "RuleRenderer"
    expressions = [r.filterExpression() for r in stretches.renderer().rootRule().children()]
    assert '"dist_max_m" IS NULL' in expressions
    assert '"dist_max_m" > 2000.0 AND "dist_max_m" <= 4000.0' in expressions
    assert stretches.attributeAlias(stretches.fields().indexFromName("covered")) == "Served"
    assert layers["kind"].renderer().type() == "categorizedSymbol"
    assert layers["rank"].labelsEnabled()
    project.clear()


def test_a_large_exact_output_proposes_the_merged_stretches(sample, monkeypatch):
    """Beyond MANY_STRETCHES exact stretches the log proposes STRETCHES=1 (lowered here to
    the sample's size); merged, or under the limit, it says nothing of it."""
    gpkg = sample["gpkg"]
    network, aires = f"{gpkg}|layername=troncons", f"{gpkg}|layername=aires"
    params = {"NETWORK": network, "AIRES": aires, "OUTPUT": "memory:"}
    said = {}
    for limit, stretches in ((10, 0), (10, 1), (10**9, 0)):
        monkeypatch.setattr(aires_gap, "MANY_STRETCHES", limit)
        log = Log()
        result = processing.run("itinerance:airesgap", dict(params, STRETCHES=stretches),
                                feedback=log)
        said[limit, stretches] = [line for line in log.lines if "STRETCHES=1" in line]
        if (limit, stretches) == (10, 0):
            count = result["OUTPUT"].featureCount()
    assert said[10, 0] == [said[10, 0][0]] and said[10, 0][0].startswith(f"{count} stretches")
    assert said[10, 1] == [] and said[10**9, 0] == []
