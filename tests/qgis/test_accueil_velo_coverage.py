"""itinerance:accueilvelocoverage through processing.run: analytic cases and geometry oracles."""

import processing
import pytest
from feedback_log import Log
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from shapely import wkt as shapely_wkt
from shapely.ops import unary_union

from itinerance.processing.layers.sinks import TYPES


def layer(kind, crs, rows, fields=()):
    """A memory layer; rows are (wkt or None, {field: value})."""
    result = QgsVectorLayer(f"{kind}?crs={crs}", "test", "memory")
    provider = result.dataProvider()
    provider.addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    result.updateFields()
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(result.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in attributes.items():
            feature[key] = value
        features.append(feature)
    provider.addFeatures(features)
    return result


ESTABLISHMENT_FIELDS = (("name", TYPES["text"]), ("category", TYPES["text"]),
                        ("accueil_velo", TYPES["bool"]))


def run(routes, establishments, **extra):
    params = {"ROUTES": routes, "ESTABLISHMENTS": establishments, "OUTPUT": "memory:",
              "GAPS": "memory:", "ESTABLISHMENTS_OUT": "memory:", "SUMMARY": "memory:"}
    params.update(extra)
    return processing.run("itinerance:accueilvelocoverage", params)


def test_one_establishment_beside_a_straight_route_covers_2_sqrt_r2_h2():
    routes = layer("LineString", "EPSG:2154", [("LineString(0 0, 20000 0)", {})])
    establishments = layer("Point", "EPSG:2154", [
        ("Point(5000 3000)", {"name": "Gîte", "category": "hebergement", "accueil_velo": True}),
        ("Point(15000 4000)", {"name": "Café", "category": "restauration",
                               "accueil_velo": False}),
        ("Point(15000 6000)", {"name": "Loin", "category": "loueur", "accueil_velo": False}),
    ], ESTABLISHMENT_FIELDS)
    result = run(routes, establishments, CATEGORY_FIELD="category", LABEL_FIELD="accueil_velo")
    assert result["ROUTE_LENGTH_M"] == pytest.approx(20000)
    assert result["COVERED_PCT"] == pytest.approx(100 * 8000 / 20000)  # 2·sqrt(5000²−3000²)
    assert result["LONGEST_GAP_M"] == pytest.approx(11000)
    assert result["ELIGIBLE_COUNT"] == 2 and result["PROSPECT_COUNT"] == 1
    out = {f["name"]: f for f in result["ESTABLISHMENTS_OUT"].getFeatures()}
    assert out["Café"]["prospect"] and not out["Gîte"]["prospect"]
    assert out["Loin"]["dist_to_route_m"] == pytest.approx(6000)
    assert out["Café"]["chainage_m"] == pytest.approx(15000)
    assert not out["Loin"]["eligible"]
    gaps = {(f["category"], round(f["start_m"]), round(f["end_m"]))
            for f in result["GAPS"].getFeatures()}
    assert ("all", 0, 1000) in gaps and ("all", 9000, 20000) in gaps
    assert ("restauration", 0, 20000) in gaps  # no labelled restaurant at all
    covered = [f for f in result["OUTPUT"].getFeatures() if f["covered"]]
    assert sum(f["length_m"] for f in covered) == pytest.approx(8000)
    assert all(f["n_hebergement"] == 1 for f in covered)
    summary = {(f["route"], f["category"]): f for f in result["SUMMARY"].getFeatures()}
    assert summary[("test", "all")]["covered_pct"] == pytest.approx(40)
    assert summary[("test", "hebergement")]["n_labelled"] == 1


def test_unordered_reversed_pieces_make_one_route():
    routes = layer("LineString", "EPSG:2154", [
        ("LineString(10000 0, 20000 0)", {}), ("LineString(10000 0, 0 0)", {}),
        ("LineString(30000 0, 20000 0)", {})])
    establishments = layer("Point", "EPSG:2154", [("Point(25000 0)", {})])
    result = run(routes, establishments, ACCESS_DISTANCE=1000)
    assert result["ROUTE_LENGTH_M"] == pytest.approx(30000)
    [gap_a, gap_b] = sorted((f["start_m"], f["end_m"]) for f in result["GAPS"].getFeatures())
    # one continuous chainage: the covered kilometre is 24 000..26 000 from one end or the other
    assert {round(gap_a[1]), round(gap_b[0])} in ({24000, 26000}, {4000, 6000})


def test_sample_coverage_matches_shapely_buffers(sample):
    gpkg = sample["gpkg"]
    result = run(f"{gpkg}|layername=itineraires", f"{gpkg}|layername=etablissements",
                 ROUTE_NAME_FIELD="name", CATEGORY_FIELD="category",
                 LABEL_FIELD="accueil_velo")
    routes = QgsVectorLayer(f"{gpkg}|layername=itineraires", "r", "ogr")
    etabs = QgsVectorLayer(f"{gpkg}|layername=etablissements", "e", "ogr")
    labelled = [shapely_wkt.loads(f.geometry().asWkt()) for f in etabs.getFeatures()
                if f["accueil_velo"]]
    discs = unary_union([p.buffer(5000, 512) for p in labelled])
    total = covered = 0.0
    for f in routes.getFeatures():
        line = shapely_wkt.loads(f.geometry().asWkt())
        total += line.length
        covered += line.intersection(discs).length
    assert result["ROUTE_LENGTH_M"] == pytest.approx(total, rel=1e-6)
    assert result["COVERED_PCT"] == pytest.approx(100 * covered / total, abs=0.05)
    eligible = sum(1 for f in etabs.getFeatures()
                   if min(f.geometry().distance(r.geometry()) for r in routes.getFeatures())
                   <= 5000)
    assert result["ELIGIBLE_COUNT"] == eligible
    assert result["PROSPECT_COUNT"] == sum(
        1 for f in result["ESTABLISHMENTS_OUT"].getFeatures()
        if f["eligible"] and not f["accueil_velo"])


def test_without_label_field_all_count_and_empty_geometries_are_kept():
    routes = layer("LineString", "EPSG:2154", [("LineString(0 0, 10000 0)", {})])
    establishments = layer("Point", "EPSG:2154", [("Point(5000 0)", {}), (None, {})])
    result = run(routes, establishments)
    assert result["PROSPECT_COUNT"] == 0
    assert result["SKIPPED_COUNT"] == 1
    assert result["ESTABLISHMENTS_OUT"].featureCount() == 2  # nothing dropped
    assert result["COVERED_PCT"] == pytest.approx(100)


def test_points_as_routes_is_a_clear_error():
    points = layer("Point", "EPSG:2154", [("Point(0 0)", {})])
    with pytest.raises(QgsProcessingException):
        run(points, points)


def test_outputs_are_styled_when_loaded(sample):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    gpkg = sample["gpkg"]
    processing.runAndLoadResults("itinerance:accueilvelocoverage", {
        "ROUTES": f"{gpkg}|layername=itineraires", "ROUTE_NAME_FIELD": "name",
        "ESTABLISHMENTS": f"{gpkg}|layername=etablissements", "CATEGORY_FIELD": "category",
        "LABEL_FIELD": "accueil_velo", "OUTPUT": "TEMPORARY_OUTPUT",
        "GAPS": "TEMPORARY_OUTPUT", "ESTABLISHMENTS_OUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT"})
    by_field = {}
    for layer in project.mapLayers().values():
        for name in ("n_establishments", "prospect", "category"):
            if layer.fields().indexFromName(name) >= 0 and name not in by_field:
                by_field[name] = layer
    assert by_field["n_establishments"].renderer().type() == "categorizedSymbol"
    rules = by_field["prospect"].renderer().rootRule().children()
    assert ['"labelled"', '"prospect"'] == [r.filterExpression() for r in rules[:2]]
    gap_rules = [layer for layer in project.mapLayers().values()
                 if layer.name() == "Coverage gaps"][0].renderer().rootRule().children()
    assert [r.active() for r in gap_rules] == [True, False]
    project.clear()


def test_broken_route_is_reported_and_its_breaks_not_counted():
    routes = layer("LineString", "EPSG:2154", [
        ("LineString(0 0, 1000 0)", {}), ("LineString(1300 0, 2000 0)", {})])
    establishments = layer("Point", "EPSG:2154", [("Point(500 0)", {})])
    feedback = Log()
    result = processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": routes, "ESTABLISHMENTS": establishments, "ACCESS_DISTANCE": 200,
        "OUTPUT": "memory:", "GAPS": "memory:", "ESTABLISHMENTS_OUT": "memory:",
        "SUMMARY": "memory:"}, feedback=feedback)
    assert result["ROUTE_LENGTH_M"] == pytest.approx(1700)
    assert any("2 separate pieces" in w and "300 m" in w for w in feedback.warnings)


def test_min_gap_length_filters_the_gaps_layer_only():
    routes = layer("LineString", "EPSG:2154", [("LineString(0 0, 20000 0)", {})])
    establishments = layer("Point", "EPSG:2154", [("Point(5000 3000)", {})])
    result = run(routes, establishments, MIN_GAP_LENGTH=5000)
    assert [(round(f["start_m"]), round(f["end_m"])) for f in result["GAPS"].getFeatures()] == [
        (9000, 20000)]
    assert result["LONGEST_GAP_M"] == pytest.approx(11000)
    [row] = list(result["SUMMARY"].getFeatures())
    assert row["max_gap_km"] == pytest.approx(11) and row["n_labelled"] == 1


def test_zero_access_distance_covers_nothing_and_counts_only_establishments_on_the_route():
    routes = layer("LineString", "EPSG:2154", [("LineString(0 0, 10000 0)", {})])
    establishments = layer("Point", "EPSG:2154", [
        ("Point(5000 0)", {"name": "On", "accueil_velo": False}),
        ("Point(7000 10)", {"name": "Beside", "accueil_velo": True})], ESTABLISHMENT_FIELDS)
    result = run(routes, establishments, LABEL_FIELD="accueil_velo", ACCESS_DISTANCE=0)
    assert result["COVERED_PCT"] == 0.0
    assert result["LONGEST_GAP_M"] == pytest.approx(10000)
    assert result["ELIGIBLE_COUNT"] == 1 and result["PROSPECT_COUNT"] == 1
    out = {f["name"]: f for f in result["ESTABLISHMENTS_OUT"].getFeatures()}
    assert out["On"]["prospect"] and not out["Beside"]["eligible"]
    assert out["Beside"]["dist_to_route_m"] == pytest.approx(10)
