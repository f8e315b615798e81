"""Circuits as GPX: the stretches without elevation, the nodes once each, the stops, against the
GPX 1.1 schema."""

from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from pyproj import Transformer

from itinerance.processing.logic.network import circuits
from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.reports import circuit_gpx, gpx

XSD = Path(__file__).resolve().parent.parent / "data" / "gpx-1.1.xsd"
NS = {"g": gpx.NAMESPACE}
L93 = "EPSG:2154"


def test_missing_elevation_gives_each_stretch_without_one():
    chainage = np.arange(10) * 100.0
    z = np.array([1, np.nan, np.nan, 4, 5, 6, np.nan, 8, np.nan, np.nan])
    assert circuit_gpx.missing_elevation(chainage, z) == [(100, 200), (600, 600), (800, 900)]
    assert circuit_gpx.missing_elevation(chainage, np.arange(10.0)) == []


def square_loop():
    """A 1 km square near Cassel (Lambert-93), nodes 1..4 at its corners, ridden 1-2-3-4-1."""
    x0, y0 = 650000.0, 7070000.0
    corners = np.array([[x0, y0], [x0 + 1000, y0], [x0 + 1000, y0 + 1000], [x0, y0 + 1000]])
    lines = [np.array([corners[k], corners[(k + 1) % 4]]) for k in range(4)]
    graph, table = circuits.node_table(network.build_network(lines, 1.0), corners,
                                       ["1", "2", "3", "4"], ["Monts"] * 4, 5.0)
    [circuit] = circuits.build_circuits(graph, table, [circuits.Request(
        "Carré", circuits.parse_sequence("1-2-3-4-1"))])
    return circuit


def test_a_loop_is_one_track_and_each_node_one_waypoint():
    circuit = square_loop()
    chainage, points = np.array([0, 500, 1000, 2000, 3000, 4000.0]), np.array(
        [circuit.xy[0], (circuit.xy[0] + circuit.xy[1]) / 2, *circuit.xy[1:]])
    z = np.array([10, np.nan, 30, 40, 50, 10.0])
    track = circuit_gpx.circuit_track(circuit, "4 km", (chainage, points, z))
    stop = circuit_gpx.Stop(650500.0, 7069900.0, "Aire du carré", "aire", "aire_ludique", "Aire")
    data = gpx.write(circuit_gpx.document("Carré", [track], [stop], L93))
    tree = etree.fromstring(data)
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(tree)
    waypoints = [(w.findtext("g:name", namespaces=NS), w.findtext("g:ele", namespaces=NS),
                  w.findtext("g:desc", namespaces=NS), w.findtext("g:sym", namespaces=NS))
                 for w in tree.findall("g:wpt", NS)]
    flag = "Flag, Blue"
    assert waypoints == [("1", "10.0", "Monts", flag), ("2", "30.0", "Monts", flag),
                         ("3", "40.0", "Monts", flag), ("4", "50.0", "Monts", flag),
                         ("Aire du carré", None, "Aire", "Picnic Area")]
    points_out = tree.findall("g:trk/g:trkseg/g:trkpt", NS)
    assert [p.findtext("g:ele", namespaces=NS) for p in points_out] == [
        "10.0", None, "30.0", "40.0", "50.0", "10.0"]
    assert tree.findtext("g:trk/g:desc", namespaces=NS) == "4 km"


def test_without_a_dem_the_track_is_the_route_and_has_no_elevation():
    circuit = square_loop()
    track = circuit_gpx.circuit_track(circuit)
    tree = etree.fromstring(gpx.write(circuit_gpx.document("Carré", [track], [], L93)))
    points = tree.findall("g:trk/g:trkseg/g:trkpt", NS)
    assert len(points) == len(circuit.xy) == 5
    assert tree.find("g:trk/g:trkseg/g:trkpt/g:ele", NS) is None
    lon, lat = float(points[0].get("lon")), float(points[0].get("lat"))
    expected = Transformer.from_crs(L93, "EPSG:4326", always_xy=True).transform(*circuit.xy[0])
    assert (lon, lat) == pytest.approx(expected, abs=1e-7)  # longitude first, 7 decimals
