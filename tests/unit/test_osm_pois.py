"""Railway stations, campsites and motorhome areas of an OpenStreetMap extract (pure logic):
which tags make one (passenger trains only), the fields they fill, the point of an area
(inside it, checked with shapely), from nodes, closed ways and multipolygon relations."""

import numpy as np
import pytest
from osm_extract import OsmExtract
from shapely.geometry import Point, Polygon
from test_osm_network import project

from itinerance.processing.logic.inventory import data_model as dm
from itinerance.processing.logic.osm import extract as osm_network
from itinerance.processing.logic.osm import pois
from itinerance.processing.logic.osm import reader as osm_reader
from itinerance.processing.logic.osm import relations as osm_relations


def build(osm, path, **options):
    """The extract's records, the areas GDAL makes polygons of read too (as the import does)."""
    osm.write(path)
    nodes, ways, areas = osm_reader.read_layers(path, areas=options.get("pois", True))
    relations, _ = osm_relations.read_relations(path, keep=osm_network.wanted_relation)
    return osm_network.build_extract(nodes, ways, relations, project, areas=areas, **options)


def tags_of(text):
    """Tags as the real campsite file writes them ("k=v; k=v")."""
    return dict(item.split("=", 1) for item in text.split("; "))


# from ../shared/data/real/campings_aires_camping_car_59_62_osm.geojson (OSM, ODbL)
BRAY_DUNES = tags_of("caravan_site=motorhome_stopover; caravan_site:type=beach; "
                     "name=Aire de Camping-Cars de Bray-Dunes; power_supply=yes; "
                     "sanitary_dump_station=yes; tourism=caravan_site; water_point=yes; "
                     "website=https://www.campingcarpark.com/fr_FR/sejour")
MONT_NOIR = tags_of("name=Camping du Mont Noir; stars=3; tents=yes; tourism=camp_site; "
                    "contact:website=https://www.camping-montnoir.fr; addr:city=Saint-Jans-Cappel")


@pytest.mark.parametrize("tags, kind", [
    ({"railway": "station", "name": "Hazebrouck"}, pois.STATION),
    ({"railway": "halt", "name": "Strazeele"}, pois.STATION),
    ({"railway": "station", "station": "subway", "name": "Gare Lille Flandres"}, None),
    ({"railway": "station", "station": "light_rail"}, None),
    ({"railway": "halt", "tram": "yes"}, None),
    ({"railway": "station", "subway": "yes", "train": "yes"}, pois.STATION),
    ({"railway": "station", "usage": "freight"}, None),
    ({"railway": "station", "passenger": "no"}, None),
    ({"railway": "station", "disused": "yes"}, None),
    ({"railway": "yard"}, None),
    (MONT_NOIR, pois.CAMPSITE),
    (BRAY_DUNES, pois.MOTORHOME),
    ({"shop": "bakery"}, None),
])
def test_what_makes_a_station_a_campsite_or_a_motorhome_area(tags, kind):
    assert pois.poi_kind(tags) == kind


def test_the_fields_they_fill():
    station = pois.attributes(pois.STATION, {"railway": "halt", "name": "Strazeele",
                                             "uic_ref": "87286542"}, "node/5")
    assert station == {"name": "Strazeele", "kind": "halte", "uic": "87286542",
                       "source": "osm", "source_id": "node/5"}
    campsite = pois.attributes(pois.CAMPSITE, MONT_NOIR, "way/7")
    assert campsite == {"name": "Camping du Mont Noir", "category": "hebergement",
                        "website": "https://www.camping-montnoir.fr",
                        "commune": "Saint-Jans-Cappel", "source": "osm", "source_id": "way/7"}
    area = pois.attributes(pois.MOTORHOME, BRAY_DUNES, "node/3")
    assert (area["kind"], area["water"], area["name"]) == (
        "aire_camping_car", True, "Aire de Camping-Cars de Bray-Dunes")
    assert "accueil_velo" not in campsite and "status" not in area  # what the planner sets
    for layer, values in (("gares", station), ("etablissements", campsite), ("aires", area)):
        assert dm.validate_record(dm.layer(layer), values) == [], layer


def territory():
    """A station node, a subway station node (left out), a campsite node, a campsite as a
    closed way (an L-shaped area), a motorhome area as a closed way tagged area=yes (a polygon
    for GDAL), a motorhome area as a multipolygon of two ways, and one whose ways are not in
    the extract."""
    osm = OsmExtract()
    osm.node(1, 0, 0, railway="station", name="Hazebrouck", uic_ref="87286005")
    osm.node(2, 50, 0, railway="station", station="subway", name="Métro")
    osm.node(3, 500, 0, **MONT_NOIR)
    corners = [(1000, 0), (1400, 0), (1400, 100), (1100, 100), (1100, 400), (1000, 400)]
    ids = [osm.node(10 + k, x, y) for k, (x, y) in enumerate(corners)]
    osm.way(1, ids + ids[:1], tourism="camp_site", name="Camping de la Lys")
    for k, (x, y) in enumerate([(2000, 0), (2200, 0), (2200, 200), (2000, 200)]):
        osm.node(20 + k, x, y)
    osm.way(2, [20, 21, 22])
    osm.way(3, [22, 23, 20])
    osm.relation(30, [("way", 2, "outer"), ("way", 3, "outer")], type="multipolygon",
                 tourism="caravan_site", name="Aire de Cassel")
    osm.relation(31, [("way", 99, "outer")], type="multipolygon", tourism="camp_site")
    ids = [osm.node(40 + k, x, y) for k, (x, y) in enumerate(
        [(3000, 0), (3100, 0), (3100, 100), (3000, 100)])]
    osm.way(4, ids + ids[:1], tourism="caravan_site", area="yes", name="Aire des Sternes")
    return osm, Polygon(corners), Polygon([(2000, 0), (2200, 0), (2200, 200), (2000, 200)])


def test_points_of_nodes_areas_and_multipolygons(tmp_path):
    osm, lshape, square = territory()
    result = build(osm, tmp_path / "poi.osm")
    assert [(a["name"], a["kind"], a["source_id"]) for _, a in result.gares] == [
        ("Hazebrouck", "gare", "node/1")]
    campsites = {a["source_id"]: (xy, a["name"]) for xy, a in result.etablissements}
    assert set(campsites) == {"node/3", "way/1"}
    inside = campsites["way/1"][0]
    assert lshape.contains(Point(inside))
    assert not lshape.contains(lshape.centroid)  # a centroid would not do
    areas = {a["source_id"]: xy for xy, a in result.aires}
    assert set(areas) == {"relation/30", "way/4"}
    assert square.contains(Point(areas["relation/30"]))
    assert Polygon([(3000, 0), (3100, 0), (3100, 100), (3000, 100)]).contains(
        Point(areas["way/4"]))  # area=yes: a polygon in GDAL's multipolygons, read there
    assert np.allclose(result.gares[0][0], project(np.array([osm.nodes[1][:2]]))[0], atol=0.02)
    assert dict(result.skipped) == {osm_network.AREA_WITHOUT_WAYS: 1}
    assert result.examples[osm_network.AREA_WITHOUT_WAYS] == ["relation/31"]


def test_without_pois_nothing_of_them(tmp_path):
    osm, _, _ = territory()
    with pytest.raises(osm_network.NoRouteError):  # no route either: nothing to import
        build(osm, tmp_path / "poi.osm", pois=False)
    osm.node(90, 0, 1000, rcn_ref="1")
    osm.node(91, 1000, 1000, rcn_ref="2")
    osm.way(90, [90, 91])
    osm.link(90, [90], "1-2")
    result = build(osm, tmp_path / "poi.osm", pois=False)
    assert not (result.gares or result.etablissements or result.aires or result.skipped)
    assert len(result.liaisons) == 1
