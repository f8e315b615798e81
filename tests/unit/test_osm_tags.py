"""OpenStreetMap tags mapped to the data model (pure logic): modes and levels of route
relations, node-to-node names, itineraries and their kinds, network names, surfaces, node
numbers, green links."""

import numpy as np
import pytest

from itinerance.processing.logic.inventory import data_model as dm
from itinerance.processing.logic.osm import modes, tags


def route(route_type="bicycle", **more):
    return {"type": "route", "route": route_type, **more}


def classified(route_tags):
    found = modes.classify_route(route_tags)
    return None if found is None else (found.mode, found.level, found.network)


@pytest.mark.parametrize("route_tags, expected", [
    (route(network="rcn"), ("velo", "r", "rcn")),
    (route(network="icn"), ("velo", "i", "icn")),
    (route("mtb", network="lcn"), ("velo", "l", "lcn")),
    (route("hiking", network="iwn", name="Via Francigena"), ("marche", "i", "iwn")),
    (route("foot", network="nwn", ref="GR 128"), ("marche", "n", "nwn")),
    (route("hiking", network="lwn"), ("marche", "l", "lwn")),
    (route("horse", network="rhn"), ("cheval", "r", "rhn")),
    (route("canoe", network="rpn"), ("canoe", "r", "rpn")),
    (route("motorboat", network="rmn"), ("bateau", "r", "rmn")),
    (route("boat", network="nmn"), ("bateau", "n", "nmn")),
    (route("inline_skates", network="rin"), ("roller", "r", "rin")),
    # a network code of another mode names no level of this one
    (route("hiking", network="rcn"), ("marche", None, None)),
    (route(network="FR:Véloroutes"), ("velo", None, None)),
    ({"type": "route", "network": "rwn"}, ("marche", "r", "rwn")),  # no route tag
    (route("bus", network="rcn"), None),
    ({"type": "multipolygon", "network": "rcn"}, None),
])
def test_modes_and_levels_of_route_relations(route_tags, expected):
    assert classified(route_tags) == expected
    assert expected is None or expected[0] in dm.MODES.codes


def test_node_to_node_routes_and_their_names():
    assert modes.classify_route(route(network="rcn", ref="17-19")).link
    assert modes.classify_route(route(network="rcn", **{"network:type": "node_network"})).link
    assert not modes.classify_route(route(network="ncn", ref="17-19")).link  # no node network
    assert not modes.classify_route(route(network="rcn", name="Lille-Roubaix")).link
    assert modes.route_name({"note": "07-8", "name": "x"}) == "07-8"
    assert modes.route_name({"ref": "17-19", "note": "x"}) == "17-19"
    for name, numbers in (("17-19", ("17", "19")), ("17 - 19", ("17", "19")),
                          ("17–19", ("17", "19")), ("17-19 a", ("17", "19")),
                          ("07-7", ("07", "7")), ("Lille-Roubaix", None), ("V31", None),
                          (None, None)):
        assert modes.name_numbers(name) == numbers, name


def test_lifecycle_states():
    assert modes.classify_route(route(network="rcn", state="proposed")).state == "proposed"
    proposed = modes.classify_route({"type": "route", "proposed:route": "hiking",
                                     "network": "rwn"})
    assert (proposed.mode, proposed.state) == ("marche", "proposed")
    assert modes.classify_route(route(network="rcn")).state is None


def route_class(route_tags):
    return modes.classify_route(route_tags)


def test_itineraries_are_named_routes_of_every_level():
    for route_tags in (route(network="icn", name="EuroVelo 5"), route(network="rcn", ref="V31"),
                       route(network="lcn", name="Boucle locale"),
                       route("hiking", network="nwn", name="GR 128")):
        assert tags.is_itinerary(route_tags, route_class(route_tags)), route_tags
    for route_tags in (route(network="ncn"),  # no name, no ref
                       route(network="rcn", name="12-34", **{"network:type": "node_network"}),
                       route(network="rcn", name="12-34"),
                       route(network="FR:Véloroutes", name="Sans niveau")):
        assert not tags.is_itinerary(route_tags, route_class(route_tags)), route_tags
    assert tags.itinerary_name(route(ref="V31")) == "V31"
    assert tags.itinerary_name(route(name="La Vélomaritime", ref="EV4")) == "La Vélomaritime"


@pytest.mark.parametrize("route_tags, closed, kind", [
    (route(network="icn", name="EuroVelo 5 - Via Romea Francigena"), False, "eurovelo"),
    (route(network="ncn", ref="EV5", name="Partie France"), False, "eurovelo"),
    (route(network="ncn", name="La Scandibérique"), False, "veloroute"),
    (route(network="rcn", name="Voie verte de la Deûle"), False, "voie_verte"),
    (route(network="rcn", name="Véloroute de la Lys"), False, "veloroute"),
    (route(network="lcn", name="Boucle des Monts"), False, "boucle"),
    (route(network="lcn", name="Autour du lac"), True, "boucle"),
    (route("hiking", network="iwn", name="Via Francigena"), False, "veloroute"),
    (route("hiking", network="lwn", name="Circuit des moulins"), False, "boucle"),
])
def test_itinerary_kinds(route_tags, closed, kind):
    assert tags.itinerary_kind(route_tags, route_class(route_tags), closed) == kind
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
