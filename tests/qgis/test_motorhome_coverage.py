"""itinerance:motorhomecoverage through processing.run: sites, communes taken at their inner
point, areas, greedy suggestions."""

import processing
import pytest
from qgis.core import QgsProcessingException
from test_accueil_velo_coverage import layer

from itinerance.processing.layers.sinks import TYPES

CRS = "EPSG:2154"
X0, Y0 = 650000.0, 7050000.0


def sites():
    return layer("Point", CRS, [
        (f"Point({X0} {Y0})", {"name": "Musée", "category": "site_visite"}),
        (f"Point({X0 + 20000} {Y0})", {"name": "Office", "category": "office_tourisme"}),
        (f"Point({X0 + 21000} {Y0})", {"name": "Gîte", "category": "hebergement"}),
        (f"Point({X0 + 40000} {Y0})", {"name": "Beffroi", "category": "site_visite"})],
        (("name", TYPES["text"]), ("category", TYPES["text"])))


def communes():
    """Two square communes and an EPCI over them (left out: only communes are centres)."""
    def square(x, y, size=2000):
        return (f"Polygon(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, "
                f"{x} {y}))")
    return layer("Polygon", CRS, [
        (square(X0 + 39000, Y0 - 1000), {"name": "Bourg", "kind": "commune"}),
        (square(X0 + 60000, Y0 - 1000), {"name": "Village", "kind": "commune"}),
        (square(X0 + 39000, Y0 - 1000, 30000), {"name": "CC", "kind": "epci"})],
        (("name", TYPES["text"]), ("kind", TYPES["text"])))


def areas():
    return layer("Point", CRS, [
        (f"Point({X0 + 3000} {Y0 + 4000})", {"name": "Aire A", "kind": "aire_camping_car"}),
        (f"Point({X0 + 40500} {Y0})", {"name": "Aire B", "kind": "aire_camping_car"}),
        (f"Point({X0 + 20000} {Y0 + 100})", {"name": "Pique-nique", "kind": "aire_ludique"})],
        (("name", TYPES["text"]), ("kind", TYPES["text"])))


def run(**params):
    params.setdefault("OUTPUT", "memory:")
    return processing.run("itinerance:motorhomecoverage", params)


def test_each_place_is_covered_within_its_own_distance():
    result = run(SITES=sites(), CENTRES=communes(), AREAS=areas(), SUGGESTIONS="memory:")
    out = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(out) == ["Beffroi", "Bourg", "Musée", "Office", "Village"]
    assert out["Musée"]["distance_m"] == pytest.approx(5000) and out["Musée"]["covered"]
    assert not out["Office"]["covered"]  # the picnic area is no motorhome area
    assert out["Bourg"]["kind"] == "centre" and out["Bourg"]["distance_m"] == pytest.approx(500)
    assert out["Bourg"]["covered"] and not out["Village"]["covered"]
    assert result["PLACE_COUNT"] == 5 and result["UNCOVERED_COUNT"] == 2
    assert result["COVERED_PCT"] == pytest.approx(60)
    suggestions = [(f["rank"], f["name"], f["gain"]) for f in result["SUGGESTIONS"].getFeatures()]
    assert suggestions == [(1, "Office", 1), (2, "Village", 1)]


def test_candidates_given_are_taken_greedily_ties_to_the_first():
    candidates = layer("Point", CRS, [(f"Point({X0 + 50000} {Y0})", {"name": "Parking 1"}),
                                      (f"Point({X0 + 60500} {Y0 + 500})", {"name": "Parking 2"}),
                                      (f"Point({X0 + 21000} {Y0})", {"name": "Parking 3"})],
                       (("name", TYPES["text"]),))
    result = run(SITES=sites(), CENTRES=communes(), AREAS=areas(), CANDIDATES=candidates,
                 SUGGEST_COUNT=5, SUGGESTIONS="memory:")
    rows = [(f["name"], f["gain"], f["covered_after_pct"])
            for f in result["SUGGESTIONS"].getFeatures()]
    # Parking 1 covers nothing; 2 and 3 one place each: 2 comes first in the layer
    assert rows == [("Parking 2", 1, pytest.approx(80)), ("Parking 3", 1, pytest.approx(100))]


def test_without_sites_and_centres_it_says_what_to_give():
    with pytest.raises(QgsProcessingException, match="SITES"):
        run(AREAS=areas())


def test_the_openstreetmap_export_counts_its_caravan_sites_not_its_campsites():
    osm = layer("Point", CRS, [
        (f"Point({X0 + 1000} {Y0})", {"name": "Aire du port", "kind": "tourism=caravan_site"}),
        (f"Point({X0 + 20000} {Y0})", {"name": "Camping", "kind": "tourism=camp_site"})],
        (("name", TYPES["text"]), ("kind", TYPES["text"])))
    out = {f["name"]: f for f in run(SITES=sites(), AREAS=osm)["OUTPUT"].getFeatures()}
    assert out["Musée"]["nearest_area"] == "Aire du port" and out["Musée"]["covered"]
    assert out["Office"]["distance_m"] == pytest.approx(19000)  # the campsite does not count
