"""OpenStreetMap tags mapped to the data model (pure logic)."""

import numpy as np
import pytest

from itinerance.processing.logic.inventory import data_model as dm
from itinerance.processing.logic.osm import tags


def route(**more):
    return {"type": "route", "route": "bicycle", **more}


def test_cycling_routes_and_their_level():
    assert tags.cycling_level(route(network="rcn")) == "rcn"
    assert tags.cycling_level(route(network="icn")) == "icn"
    assert tags.cycling_level(route(network="lwn")) is None
    assert tags.cycling_level({"type": "route", "route": "hiking", "network": "rcn"}) is None
    assert tags.cycling_level({"type": "multipolygon", "network": "rcn"}) is None


def test_itineraries_are_named_routes_of_the_wider_networks():
    assert tags.is_itinerary(route(network="icn", name="EuroVelo 5"))
    assert tags.is_itinerary(route(network="rcn", ref="V31"))
    assert not tags.is_itinerary(route(network="ncn"))  # no name, no ref
    assert not tags.is_itinerary(route(network="lcn", name="Boucle locale"))
    assert not tags.is_itinerary(route(network="rcn", name="12-34",
                                       **{"network:type": "node_network"}))
    assert tags.itinerary_name(route(ref="V31")) == "V31"
    assert tags.itinerary_name(route(name="La Vélomaritime", ref="EV4")) == "La Vélomaritime"


@pytest.mark.parametrize("route_tags, kind", [
    (route(network="icn", name="EuroVelo 5 - Via Romea Francigena"), "eurovelo"),
    (route(network="ncn", ref="EV5", name="Partie France"), "eurovelo"),
    (route(network="ncn", name="La Scandibérique"), "veloroute"),
    (route(network="rcn", name="Voie verte de la Deûle"), "voie_verte"),
    (route(network="rcn", name="Véloroute de la Lys"), "veloroute"),
])
def test_itinerary_kinds(route_tags, kind):
    assert tags.itinerary_kind(route_tags) == kind
    assert kind in dm.ITINERARY_KINDS.codes


def test_the_network_name_of_a_points_noeuds_route():
    assert tags.network_name(route(network="rcn", cycle_network="FR:Points-nœuds Cœur de "
                                   "Flandre")) == "Points-nœuds Cœur de Flandre"
    assert tags.network_name(route(network="rcn", name="Réseau points-nœuds")) == \
        "Réseau points-nœuds"
    assert tags.network_name(route(network="rcn", name="12-34")) == "rcn"
    assert tags.network_name(route(network="lcn", name="07 - 45")) == "lcn"


@pytest.mark.parametrize("value, code", [
    ("asphalt", "enrobe"), ("concrete:plates", "beton"), ("fine_gravel", "stabilise"),
    ("compacted", "stabilise"), ("sett", "pave"), ("paving_stones", "pave"), ("ground", "terre"),
    ("dirt", "terre"), ("Asphalt", "enrobe"), ("wood", None), ("", None), (None, None),
    ("metal;asphalt", "enrobe"),
])
def test_surfaces(value, code):
    assert tags.surface_code(value) == code
    assert code is None or code in dm.SURFACES.codes


def test_surfaces_of_many_ways_at_once():
    values = np.array(["asphalt", "", "ground", "asphalt", "wood"])
    assert tags.surface_codes(values).tolist() == ["enrobe", None, "terre", "enrobe", None]


@pytest.mark.parametrize("value, number", [("12", 12), ("07", 7), (" 5 ", 5), ("12a", None),
                                           ("?", None), ("", None), ("-3", None)])
def test_node_numbers(value, number):
    assert tags.node_number(value) == number


def test_green_links():
    highway = ["path", "cycleway", "track", "residential", "cycleway", "path", "footway"]
    railway = ["abandoned", "", "disused", "abandoned", "", "", "abandoned"]
    name = ["", "", "", "", "Voie verte du canal", "Cavalier de la fosse 9", ""]
    bicycle = ["", "designated", "", "", "", "", ""]
    foot = ["", "designated", "", "", "", "", ""]
    kinds = tags.trame_kinds(np.array(highway), np.array(railway), np.array(name),
                             np.array(bicycle), np.array(foot))
    assert kinds.tolist() == ["cavalier", "voie_verte", "cavalier", None, "voie_verte",
                              "cavalier", None]
