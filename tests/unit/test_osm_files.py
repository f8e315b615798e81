"""Reading OpenStreetMap files: relations with their members and roles (our reader, XML and
PBF), nodes and ways with their tags (GDAL), checked against the extract as written and
against OGR's own WKB reader; files told by their content, whatever their name (an Overpass
download saved as .xml or without extension)."""

import numpy as np
import pytest
from osgeo import ogr
from osm_extract import OsmExtract, points_noeuds, two_modes

from itinerance.processing.logic.osm import reader as osm_reader
from itinerance.processing.logic.osm import relations as osm_relations


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("osm")
    osm = with_roles_and_node_members()
    return osm, osm.write(folder / "extrait.osm"), osm.write_pbf(folder / "extrait.osm.pbf")


def summary(relations):
    return [(r.id, r.tags, r.ways.tolist(), r.relations, r.nodes,
             [r.role(k) for k in range(len(r.ways))], r.node_ids.tolist(),
             r.node_places.tolist()) for r in relations]


def expected_summary(osm):
    result = []
    for ident, (members, tags) in sorted(osm.relations.items()):
        ways = [(ref, role) for kind, ref, role in members if kind == "way"]
        nodes = [(ref, sum(kind == "way" for kind, _, _ in members[:k]))
                 for k, (kind, ref, _) in enumerate(members) if kind == "node"]
        result.append((ident, tags, [w for w, _ in ways],
                       sum(kind == "relation" for kind, _, _ in members), len(nodes),
                       [role for _, role in ways], [n for n, _ in nodes], [p for _, p in nodes]))
    return result


def with_roles_and_node_members():
    osm = points_noeuds()
    osm.relation(300, [("node", 1, ""), ("way", 1, "forward"), ("way", 2, "backward"),
                       ("node", 3, "stop"), ("way", 3, ""), ("relation", 100, "")],
                 type="route", route="bicycle", network="rcn", ref="12-56")
    return osm


def test_relations_with_their_members_from_xml_and_from_pbf(files):
    osm, xml, pbf = files
    relations, total = osm_relations.read_relations(xml)
    assert total == 7
    expected = expected_summary(osm)
    assert summary(relations) == expected
    assert list(expected[-1][5:]) == [["forward", "backward", ""], [1, 3], [0, 2]]
    from_pbf, pbf_total = osm_relations.read_relations(pbf)
    assert (summary(from_pbf), pbf_total) == (expected, 7)  # osmium wrote it
    kept, _ = osm_relations.read_relations(xml, keep=lambda tags: tags["network"] == "icn")
    assert [r.id for r in kept] == [201, 202]


OVERPASS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" '
                 'generator="Overpass API 0.7.62.1 084b4234">\n<note>The data included in this '
                 'document is from www.openstreetmap.org. The data is made available under '
                 'ODbL.</note>\n<meta osm_base="2026-05-02T10:00:00Z"/>\n')


def test_an_overpass_download_is_read_whatever_its_name(files, tmp_path):
    osm, xml, _ = files
    text = xml.read_text(encoding="utf-8").split("\n", 2)[2]  # after <osm …>
    for name in ("interpreter", "export.xml", "reseau.osm"):
        path = tmp_path / name
        path.write_text(OVERPASS_HEAD + text, encoding="utf-8")
        assert osm_relations.file_format(path) == "xml"
        relations, _ = osm_relations.read_relations(path)
        assert summary(relations) == expected_summary(osm)
        nodes, ways = osm_reader.read_nodes_and_ways(path)
        assert sorted(ways.ids.tolist()) == sorted(osm.ways)


def test_the_format_is_told_by_the_content(files, tmp_path):
    _, xml, pbf = files
    assert osm_relations.file_format(xml) == "xml"
    assert osm_relations.file_format(pbf) == "pbf"
    for name, source in (("sans_extension", pbf), ("extrait.xml", pbf), ("donnees", xml)):
        (tmp_path / name).write_bytes(source.read_bytes())
        assert osm_relations.file_format(tmp_path / name) == osm_relations.file_format(source)
    for content in (b"numero;nom\n12;Cassel\n", b"", b'<?xml version="1.0"?><gpx/>',
                    b"\x00\x00\x00\x0d\x0a\x09OSMData"):
        other = tmp_path / "autre.osm"
        other.write_bytes(content)
        with pytest.raises(osm_relations.NotOsmError):
            osm_relations.file_format(other)


def test_broken_relations_xml_is_refused(tmp_path):
    broken = tmp_path / "casse.osm"
    broken.write_text('<?xml version="1.0"?>\n<osm version="0.6">\n<relation id="1">'
                      '<member type="way" ref="2"</relation>\n</osm>\n')
    with pytest.raises(osm_relations.NotOsmError, match="broken"):
        osm_relations.read_relations(broken)


@pytest.mark.parametrize("values", [[0, 1, 127, 128, 300, 16384, 2 ** 35, 2 ** 63 + 5]])
def test_packed_varints_decode_at_once(values):
    def encode(value):
        out = bytearray()
        while True:
            byte, value = value & 0x7F, value >> 7
            out.append(byte | (0x80 if value else 0))
            if not value:
                return bytes(out)
    data = b"".join(encode(v) for v in values)
    assert osm_relations.packed_varints(data).tolist() == values


def test_nodes_and_ways_as_written(files):
    osm, xml, pbf = files
    for path in (xml, pbf):
        nodes, ways = osm_reader.read_nodes_and_ways(path)
        numbered = {i: n for i, n in osm.nodes.items()
                    if "rcn_ref" in n[2] or "lcn_ref" in n[2]}
        assert sorted(nodes.ids.tolist()) == sorted(numbered)
        for k, ident in enumerate(nodes.ids):
            lon, lat, tags = numbered[ident]
            assert nodes.lonlat[k] == pytest.approx((lon, lat), abs=1e-7)
            assert nodes.tags["rcn_ref"][k] == tags.get("rcn_ref", "")
        assert sorted(ways.ids.tolist()) == sorted(osm.ways)
        for k, ident in enumerate(ways.ids):
            refs, tags = osm.ways[ident]
            expected = [osm.nodes[n][:2] for n in refs]
            np.testing.assert_allclose(ways.coords(k), expected, atol=1e-7)
            for name in osm_reader.WAY_FIELDS:
                assert ways.tags[name][k] == tags.get(name, ""), (ident, name)


def test_wkb_decoded_with_numpy_as_ogr_reads_it():
    lines = [ogr.CreateGeometryFromWkt(w) for w in (
        "LINESTRING (2.5 50.7,2.51 50.7)", "LINESTRING (1 2,3 4,5 6,7.5 8.25)",
        "LINESTRING (-1 -2,-3 -4)")]
    wkb = np.array([g.ExportToWkb(ogr.wkbNDR) for g in lines], dtype=object)
    xy, ptr = osm_reader.line_coordinates(wkb)
    for k, geometry in enumerate(lines):
        assert xy[ptr[k]:ptr[k + 1]].tolist() == [list(p) for p in geometry.GetPoints()]
    same_size = np.frombuffer(b"".join(bytes(g.ExportToWkb(ogr.wkbNDR)) for g in lines[::2]),
                              dtype="V41")
    xy, ptr = osm_reader.line_coordinates(same_size)  # what Arrow gives for equal sizes
    assert ptr.tolist() == [0, 2, 4] and xy[2:].tolist() == [[-1, -2], [-3, -4]]
    points = np.frombuffer(b"".join(
        bytes(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})").ExportToWkb(ogr.wkbNDR))
        for x, y in ((2.5, 50.7), (-1.25, 3))), dtype="V21")
    assert osm_reader.point_coordinates(points).tolist() == [[2.5, 50.7], [-1.25, 3]]
    as_objects = np.array([bytes(p) for p in points], dtype=object)  # what later GDALs give
    assert osm_reader.point_coordinates(as_objects).tolist() == [[2.5, 50.7], [-1.25, 3]]


def test_the_tags_the_import_reads_from_nodes_and_ways(tmp_path):
    osm = OsmExtract()
    osm.node(1, 0, 0, rwn_ref="3", rhn_ref="7")
    osm.node(2, 100, 0, railway="station", name="Hazebrouck", uic_ref="87286005")
    osm.node(3, 200, 0, tourism="camp_site", **{"contact:website": "https://camping.fr"})
    osm.node(4, 300, 0, shop="bakery")  # tagged, but nothing the import reads
    osm.node(5, 400, 0)
    osm.way(1, [1, 5], highway="cycleway", oneway="yes", junction="roundabout",
            **{"oneway:bicycle": "no", "oneway:foot": "-1"})
    osm.way(2, [2, 3, 4, 2], tourism="caravan_site", **{"addr:city": "Cassel"})
    for path in (osm.write(tmp_path / "etiquettes.osm"),
                 osm.write_pbf(tmp_path / "etiquettes.osm.pbf")):
        nodes, ways = osm_reader.read_nodes_and_ways(path)
        assert sorted(nodes.ids.tolist()) == [1, 2, 3]
        by_id = dict(zip(nodes.ids.tolist(), nodes.tags.dicts(np.arange(len(nodes)))))
        assert by_id[1] == {"rwn_ref": "3", "rhn_ref": "7"}
        assert by_id[2] == {"railway": "station", "name": "Hazebrouck", "uic_ref": "87286005"}
        assert by_id[3] == {"tourism": "camp_site", "contact:website": "https://camping.fr"}
        tags = dict(zip(ways.ids.tolist(), ways.tags.dicts(np.arange(len(ways)))))
        assert tags[1] == {"highway": "cycleway", "oneway": "yes", "junction": "roundabout",
                           "oneway:bicycle": "no", "oneway:foot": "-1"}
        assert tags[2] == {"tourism": "caravan_site", "addr:city": "Cassel"}


def test_the_gdal_configuration_asks_for_the_tags_the_reader_reads():
    sections = {}
    for line in osm_reader.CONFIG.read_text().splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif line.startswith("attributes="):
            sections[current] = tuple(line.split("=", 1)[1].split(","))
    assert sections["points"] == osm_reader.NODE_FIELDS
    assert sections["lines"] == osm_reader.WAY_FIELDS
    assert sections["multipolygons"] == osm_reader.AREA_FIELDS


def test_the_words_a_file_holds_tell_whether_it_can_hold_stations_or_campsites(files, tmp_path):
    """The import asks GDAL for its areas (every building made a polygon) only when the file
    mentions a campsite, a motorhome area or a station at all."""
    from itinerance.processing.logic.osm.pois import WORDS

    osm = two_modes()  # no railway, no tourism
    for path in (osm.write(tmp_path / "reseau.osm"), osm.write_pbf(tmp_path / "reseau.osm.pbf")):
        _, _, found = osm_relations.read_relations_and_words(path, None, WORDS)
        assert found == set(), path
    osm = with_roles_and_node_members()
    osm.node(700, 0, 2000, tourism="caravan_site")
    for path in (osm.write(tmp_path / "aire.osm"), osm.write_pbf(tmp_path / "aire.osm.pbf")):
        relations, total, found = osm_relations.read_relations_and_words(path, None, WORDS)
        # the extract's former railway (way 20) and the area's tourism
        assert found == {b"tourism", b"railway"} and total == 7, path
        assert summary(relations) == expected_summary(osm)
