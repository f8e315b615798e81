"""Reading OpenStreetMap files: relations with their members (our reader, XML and PBF), nodes
and ways (GDAL), checked against the extract as written and against OGR's own WKB reader."""

import numpy as np
import pytest
from osgeo import ogr
from osm_extract import points_noeuds

from itinerance.processing.logic.osm import reader as osm_reader
from itinerance.processing.logic.osm import relations as osm_relations


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("osm")
    osm = points_noeuds()
    return osm, osm.write(folder / "extrait.osm"), osm.write_pbf(folder / "extrait.osm.pbf")


def summary(relations):
    return [(r.id, r.tags, r.ways.tolist(), r.relations, r.nodes) for r in relations]


def test_relations_with_their_members_from_xml_and_from_pbf(files):
    osm, xml, pbf = files
    relations, total = osm_relations.read_relations(xml)
    assert total == 6
    expected = [(ident, tags, [ref for kind, ref, _ in members if kind == "way"],
                 sum(kind == "relation" for kind, _, _ in members),
                 sum(kind == "node" for kind, _, _ in members))
                for ident, (members, tags) in sorted(osm.relations.items())]
    assert summary(relations) == expected
    from_pbf, pbf_total = osm_relations.read_relations(pbf)
    assert (summary(from_pbf), pbf_total) == (expected, 6)  # osmium wrote it
    kept, _ = osm_relations.read_relations(xml, keep=lambda tags: tags["network"] == "icn")
    assert [r.id for r in kept] == [201, 202]


def test_the_format_is_told_by_the_content(files, tmp_path):
    _, xml, pbf = files
    assert osm_relations.file_format(xml) == "xml"
    assert osm_relations.file_format(pbf) == "pbf"
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
