"""itinerance:planstages through processing.run: analytic routes, stations and lodgings."""

import math

import processing
import pytest
from dem_tiles import write_l93
from feedback_log import Log
from qgis.core import QgsProcessingException
from test_accueil_velo_coverage import layer

from itinerance.processing.layers.sinks import TYPES

CRS = "EPSG:2154"
X0, Y0 = 650000.0, 7050000.0
LODGING_FIELDS = (("name", TYPES["text"]), ("category", TYPES["text"]),
                  ("accueil_velo", TYPES["bool"]), ("commune", TYPES["text"]))


def route(*pieces):
    """A route along y = Y0 made of pieces (km from X0), in the order given."""
    return layer("LineString", CRS, [
        (f"LineString({X0 + a * 1000} {Y0}, {X0 + b * 1000} {Y0})", {}) for a, b in pieces])


def lodgings(*rows):
    """(name, km along, metres off the route, accueil vélo[, category])."""
    return layer("Point", CRS, [
        (f"Point({X0 + km * 1000} {Y0 + off})",
         {"name": name, "category": rest[0] if rest else "hebergement", "accueil_velo": lab,
          "commune": f"Commune {name}"}) for name, km, off, lab, *rest in rows],
        LODGING_FIELDS)


def stations(*rows):
    return layer("Point", CRS, [(f"Point({X0 + km * 1000} {Y0 + off})", {"name": name})
                                for name, km, off in rows], (("name", TYPES["text"]),))


def run(route_layer, lodging_layer, feedback=None, **extra):
    params = {"ROUTE": route_layer, "LODGINGS": lodging_layer, "STAGES": "memory:",
              "LODGING_OPTIONS": "memory:"}
    params.update(extra)
    return processing.run("itinerance:planstages", params, feedback=feedback)


def stages_of(result):
    return [f for f in result["STAGES"].getFeatures()]


def test_four_days_of_fifty_km_between_two_stations():
    result = run(route((0, 200)), lodgings(("A", 50, 300, False), ("B", 100, -200, True),
                                           ("C", 150, 100, False), ("Far", 120, 5000, True)),
                 STATIONS=stations(("Gare ouest", -1, 400), ("Gare est", 201, 0)))
    assert result["STAGE_COUNT"] == 4
    assert result["TOTAL_KM"] == pytest.approx(200)
    assert result["ACCUEIL_VELO_NIGHTS"] == 1
    assert result["CANDIDATE_COUNT"] == 3  # Far is 5 km off: out of reach
    rows = stages_of(result)
    assert [(f["day"], f["from"], f["to"]) for f in rows] == [
        (1, "Gare ouest", "A"), (2, "A", "B"), (3, "B", "C"), (4, "C", "Gare est")]
    assert [f["length_km"] for f in rows] == pytest.approx([50, 50, 50, 50])
    assert [f["detour_m"] for f in rows[:3]] == pytest.approx([300, 200, 100])
    assert not rows[3]["lodging"]  # the last day ends at the station
    assert rows[0].geometry().length() == pytest.approx(50000)


def test_an_accueil_velo_night_is_preferred_by_its_weight():
    lodging_layer = lodgings(("Plain", 55, 0, False), ("Labelled", 50, 0, True))
    for weight, expected in ((40, "Plain"), (60, "Labelled")):
        result = run(route((0, 110)), lodging_layer, ACCUEIL_VELO_WEIGHT=weight)
        assert stages_of(result)[0]["lodging"] == expected


def test_the_plan_rides_from_start_to_end_even_against_the_route():
    result = run(route((0, 100)), lodgings(("Mid", 40, 0, False)),
                 STATIONS=stations(("West", 0, 0), ("East", 100, 0)), START="east", END="WEST")
    rows = stages_of(result)
    assert [(f["from"], f["to"], f["start_km"], f["end_km"]) for f in rows] == [
        ("East", "Mid", 0, pytest.approx(60)), ("Mid", "West", pytest.approx(60),
                                                pytest.approx(100))]
    # the first day's line starts in the east
    first = rows[0].geometry().constGet().geometryN(0)
    assert first.startPoint().x() == pytest.approx(X0 + 100000)


def test_the_options_of_a_night_keep_both_days_within_the_bounds():
    result = run(route((0, 110)), lodgings(("A", 35, 0, False), ("B", 45, 0, False),
                                           ("C", 55, 0, False), ("D", 72, 0, False)))
    options = {f["lodging"]: f for f in result["LODGING_OPTIONS"].getFeatures()}
    # days x and 110 - x both in [40, 70]: x in [40, 70]
    assert sorted(options) == ["B", "C"]
    assert options["C"]["chosen"] and not options["B"]["chosen"]
    assert (options["B"]["day_km"], options["B"]["next_day_km"]) == pytest.approx((45, 65))


def test_a_route_in_unordered_pieces_is_assembled_and_its_break_reported():
    log = Log()
    result = run(route((60, 110), (0, 30), (31, 60)), lodgings(("A", 55, 0, False)),
                 feedback=log)
    assert result["TOTAL_KM"] == pytest.approx(109)  # the 1 km break is not ridden
    assert any("break" in line for line in log.warnings)
    assert "at km 30.0: 1000 m" in log.text


def test_a_stretch_without_lodging_is_named_with_the_lodging_beyond_it():
    lodging_layer = lodgings(("Gîte du début", 50, 0, False), ("Hôtel lointain", 190, 0, False),
                             ("Ferme isolée", 120, 4000, False))
    with pytest.raises(QgsProcessingException) as error:
        run(route((0, 240)), lodging_layer)
    message = str(error.value)
    assert "between km 90.0 and km 120.0" in message
    assert "Hôtel lointain at km 190.0" in message
    assert "Ferme isolée, 4000 m from the route" in message


def test_day_bounds_that_cannot_hold_are_refused_with_the_reason():
    with pytest.raises(QgsProcessingException, match="DAY_MIN_KM = 80 km.*DAY_MAX_KM = 60 km"):
        run(route((0, 100)), lodgings(("A", 50, 0, False)), DAY_MIN_KM=80, DAY_MAX_KM=60)


def test_the_detour_along_a_network_can_put_a_lodging_out_of_reach():
    # 1500 m straight north of km 50, but the path to it leaves the route at km 48
    network = layer("LineString", CRS, [
        (f"LineString({X0 + 48000} {Y0}, {X0 + 48000} {Y0 + 1500}, {X0 + 50000} {Y0 + 1500})",
         {})])
    lodging_layer = lodgings(("Nord", 50, 1500, False), ("Sud", 62, -100, False))
    straight = run(route((0, 110)), lodging_layer, MAX_DETOUR_M=2000)
    along = run(route((0, 110)), lodging_layer, MAX_DETOUR_M=2000, NETWORK=network)
    assert stages_of(straight)[0]["lodging"] == "Nord"
    assert stages_of(straight)[0]["detour_m"] == pytest.approx(1500)
    assert along["CANDIDATE_COUNT"] == 1
    assert stages_of(along)[0]["lodging"] == "Sud"


def test_with_a_dem_each_day_has_its_gain_and_the_gain_bounds_the_days(tmp_path):
    def rising(x, y):
        return (x - X0) / 1000.0  # one metre a kilometre, eastward

    dem = tmp_path / "rise.tif"
    write_l93(dem, (X0 - 1000, Y0 - 1000, X0 + 121000, Y0 + 1000), rising)
    lodging_layer = lodgings(("A", 40, 0, False), ("B", 60, 0, False), ("C", 80, 0, False))
    result = run(route((0, 120)), lodging_layer, DEM=str(dem))
    assert [f["gain_m"] for f in stages_of(result)] == pytest.approx([60, 60], abs=0.5)
    limited = run(route((0, 120)), lodging_layer, DEM=str(dem), MAX_DAY_GAIN_M=45)
    assert [f["gain_m"] for f in stages_of(limited)] == pytest.approx([40, 40, 40], abs=0.5)
    with pytest.raises(QgsProcessingException, match="climbs more than MAX_DAY_GAIN_M"):
        run(route((0, 120)), lodging_layer, DEM=str(dem), MAX_DAY_GAIN_M=30)


def test_aires_and_accueil_velo_stops_are_listed_on_their_day():
    aires = layer("Point", CRS, [(f"Point({X0 + 20000} {Y0 + 50})", {"name": "Aire 20"}),
                                 (f"Point({X0 + 80000} {Y0 - 50})", {"name": "Aire 80"}),
                                 (f"Point({X0 + 30000} {Y0 + 9000})", {"name": "Loin"})],
                  (("name", TYPES["text"]),))
    lodging_layer = lodgings(("Gîte", 55, 0, False), ("Café", 10, 100, True, "restauration"),
                             ("Loueur", 90, 100, True, "loueur"))
    rows = stages_of(run(route((0, 110)), lodging_layer, AIRES=aires))
    assert [(f["aire_count"], f["aires"]) for f in rows] == [(1, "Aire 20"), (1, "Aire 80")]
    assert [f["accueil_velo_stops"] for f in rows] == ["Café", "Loueur"]
    assert rows[0]["lodging"] == "Gîte"  # the café is no lodging


def test_the_gpx_has_one_track_per_day(tmp_path):
    from lxml import etree

    path = tmp_path / "etapes.gpx"
    result = run(route((0, 110)), lodgings(("Gîte", 55, 0, False)), OUTPUT_GPX=str(path))
    tree = etree.parse(str(path))
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    tracks = tree.findall("g:trk", ns)
    assert len(tracks) == result["STAGE_COUNT"] == 2
    lon = [float(p.get("lon")) for p in tracks[1].findall(".//g:trkpt", ns)]
    assert min(lon) > 2 and max(lon) < 4 and not math.isnan(lon[0])
    assert tree.find("g:wpt/g:name", ns).text == "Gîte"


def test_the_stay_sheet_has_a_page_per_day_with_its_night_and_stops(tmp_path):
    import pdf_checks

    pdf = tmp_path / "sejour.pdf"
    lodging_layer = lodgings(("Gîte de la Lys", 55, 0, True), ("Café du canal", 20, 100, True,
                                                                "restauration"))
    result = run(route((0, 110)), lodging_layer, OUTPUT_SHEET=str(pdf),
                 STATIONS=stations(("Aire-sur-la-Lys", 0, 0), ("Armentières", 110, 0)))
    assert result["OUTPUT_SHEET"] == str(pdf)
    assert pdf_checks.page_count(pdf) == result["STAGE_COUNT"] == 2
    first, second = pdf_checks.text(pdf, 1), pdf_checks.text(pdf, 2)
    assert "Day 1: Aire-sur-la-Lys → Gîte de la Lys" in first
    assert "Café du canal" in first and "Café du canal" not in second
    assert "Day 2: Gîte de la Lys → Armentières" in second
    assert "The last day ends at the station." in second
