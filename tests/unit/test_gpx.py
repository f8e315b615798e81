"""GPX 1.1 files validated against the GPX 1.1 schema (tests/data/gpx-1.1.xsd, written from the
published specification: the tests run offline) and read back."""

from pathlib import Path

import numpy as np
import pytest
from lxml import etree

from itinerance.processing.logic.reports import gpx

XSD = Path(__file__).resolve().parent.parent / "data" / "gpx-1.1.xsd"
NS = {"g": gpx.NAMESPACE}


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD)))


def document():
    day1 = [np.array([[1.85, 50.95], [1.90, 50.93]]), np.array([[1.95, 50.90], [2.0, 50.85]])]
    day2 = [np.array([[2.0, 50.85], [2.3, 50.7]])]
    tracks = gpx.tracks_of(["Jour 1 : Calais → Gîte « Les Saules »", "Jour 2"], [day1, day2])
    tracks[1].elevations = [np.array([12.0, np.nan])]
    waypoints = [gpx.Waypoint(2.0, 50.85, "Gîte & Co <Lys>", "Nuit 1", "Lodging", 20.5)]
    return gpx.Document("EuroVelo 5", "Calais → Lille", waypoints, tracks)


def test_a_plan_validates_against_the_gpx_1_1_schema(schema):
    data = gpx.write(document())
    tree = etree.fromstring(data)
    assert schema.validate(tree), schema.error_log
    assert data.startswith(b"<?xml")


def test_it_reads_back_tracks_segments_points_and_elevations():
    tree = etree.fromstring(gpx.write(document()))
    tracks = tree.findall("g:trk", NS)
    assert [t.findtext("g:name", namespaces=NS) for t in tracks] == [
        "Jour 1 : Calais → Gîte « Les Saules »", "Jour 2"]
    assert [len(t.findall("g:trkseg", NS)) for t in tracks] == [2, 1]
    points = tracks[1].findall("g:trkseg/g:trkpt", NS)
    assert [(float(p.get("lon")), float(p.get("lat"))) for p in points] == [(2.0, 50.85),
                                                                            (2.3, 50.7)]
    assert [p.findtext("g:ele", namespaces=NS) for p in points] == ["12.0", None]
    waypoint = tree.find("g:wpt", NS)
    assert waypoint.findtext("g:name", namespaces=NS) == "Gîte & Co <Lys>"
    assert [child.tag.split("}")[1] for child in waypoint] == ["ele", "name", "desc", "sym"]


def test_projected_coordinates_are_refused():
    bad = gpx.Document(tracks=gpx.tracks_of(["x"], [[np.array([[650000.0, 7060000.0],
                                                               [651000.0, 7061000.0]])]]))
    with pytest.raises(ValueError, match="WGS84"):
        gpx.write(bad)


def test_the_schema_itself_refuses_what_gpx_1_1_forbids(schema):
    """The oracle can fail: a name after the elevation's place, a latitude out of range."""
    wrong_order = (f'<gpx xmlns="{gpx.NAMESPACE}" version="1.1" creator="t">'
                   '<wpt lat="50" lon="2"><name>a</name><ele>1</ele></wpt></gpx>')
    out_of_range = (f'<gpx xmlns="{gpx.NAMESPACE}" version="1.1" creator="t">'
                    '<wpt lat="95" lon="2"/></gpx>')
    assert not schema.validate(etree.fromstring(wrong_order))
    assert not schema.validate(etree.fromstring(out_of_range))
