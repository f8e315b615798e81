"""Small OpenStreetMap extracts written by the tests: nodes placed in Lambert-93 metres (so that
the lengths the import measures are known), ways, relations, as OSM XML; as PBF through
osmium-tool (Debian package osmium-tool), an independent writer of the format."""

import shutil
import subprocess
from xml.sax.saxutils import quoteattr

from pyproj import Transformer

TO_WGS84 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
ORIGIN = (650_000.0, 7_060_000.0)  # Lambert-93, near Hazebrouck


def _tags(tags):
    return "".join(f'<tag k={quoteattr(k)} v={quoteattr(str(v))}/>' for k, v in tags.items())


class OsmExtract:
    def __init__(self):
        self.nodes, self.ways, self.relations = {}, {}, {}

    def node(self, ident, x, y, **tags):
        """A node at (x, y) metres east and north of ORIGIN (Lambert-93)."""
        lon, lat = TO_WGS84.transform(ORIGIN[0] + x, ORIGIN[1] + y)
        self.nodes[ident] = (lon, lat, tags)
        return ident

    def way(self, ident, nodes, tags=None, **more):
        self.ways[ident] = (list(nodes), {**(tags or {}), **more})
        return ident

    def relation(self, ident, members, tags=None, **more):
        """``members``: (type, ref, role) triples."""
        self.relations[ident] = (list(members), {**(tags or {}), **more})
        return ident

    def route(self, ident, ways, network, tags=None, relations=(), **more):
        """A cycling route relation over ``ways`` (and sub-relations)."""
        members = [("way", w, "") for w in ways] + [("relation", r, "") for r in relations]
        return self.relation(ident, members, {"type": "route", "route": "bicycle",
                                              "network": network, **(tags or {})}, **more)

    def xml(self):
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<osm version="0.6" generator="itinerance tests">']
        for ident, (lon, lat, tags) in sorted(self.nodes.items()):
            lines.append(f'<node id="{ident}" version="1" lat="{lat:.7f}" lon="{lon:.7f}">'
                         f"{_tags(tags)}</node>")
        for ident, (nodes, tags) in sorted(self.ways.items()):
            refs = "".join(f'<nd ref="{n}"/>' for n in nodes)
            lines.append(f'<way id="{ident}" version="1">{refs}{_tags(tags)}</way>')
        for ident, (members, tags) in sorted(self.relations.items()):
            items = "".join(f'<member type="{t}" ref="{r}" role={quoteattr(role)}/>'
                            for t, r, role in members)
            lines.append(f'<relation id="{ident}" version="1">{items}{_tags(tags)}</relation>')
        lines.append("</osm>")
        return "\n".join(lines) + "\n"

    def write(self, path):
        path.write_text(self.xml(), encoding="utf-8")
        return path

    def write_pbf(self, path):
        """The extract as .osm.pbf, written by osmium-tool from the XML."""
        if shutil.which("osmium") is None:
            raise RuntimeError("osmium-tool is not installed: run make setup")
        xml = self.write(path.with_name(path.name.replace(".osm.pbf", "") + ".osm"))
        subprocess.run(["osmium", "cat", str(xml), "-o", str(path), "--overwrite"], check=True,
                       capture_output=True)
        return path


def points_noeuds():
    """A small points-nœuds network (every length known, metres), two itineraries, green
    links and the oddities the import must count:

    - nodes 12 (0, 0), 34 (1000, 0), 56 (1000, 1000), 78 (0, 1000) on a square of ways of the
      route relation 100 (cycle_network "FR:Points-nœuds Cœur de Flandre"): way 1 (0,0)-(600,0)
      asphalt; way 2 (600,0)-(1000,0)-(1000,500) ground, through node 34; way 3
      (1000,500)-(1000,1000); way 4 (1000,1000)-(0,1000)-(0,0), through node 78, in relation
      101 ("56-12", a node-to-node name). Sections: 12-34 (1000 m: 600 asphalt, 400 ground),
      34-56 (1000 m), 56-78 (1000 m), 78-12 (1000 m): 4000 m.
    - way 5: both its nodes at one place, in relation 100: a way without geometry.
    - node 90 "12a" (not a number) and node 91 lcn_ref 5 at (5000, 5000), off the network.
    - relation 200, "Véloroute de la Lys" (ncn): ways 7 then 6, (2000,0)-(3000,0)-(4000,0), and
      way 999 missing from the extract: incomplete, one line of 2000 m.
    - relation 201, "EuroVelo 5" (icn): ways 6 and 9 (5000,0)-(6000,0): one line, one jump of
      2000 m.
    - relation 202 (icn, a super-route of relations only): no way in the extract.
    - relation 203, a hiking route over way 1: not cycling, ignored.
    - ways 20 (path on a former railway, "Cavalier de Pinchonvalles", (0,-500)-(800,-500)) and
      21 (cycleway, bicycle and foot designated, no name, (0,-800)-(300,-800)): green links;
      ways 22 (a track) and 23 (a road on a former railway): not.
    """
    osm = OsmExtract()
    osm.node(1, 0, 0, rcn_ref="12")
    osm.node(2, 600, 0)
    osm.node(3, 1000, 0, rcn_ref="34")
    osm.node(4, 1000, 500)
    osm.node(5, 1000, 1000, rcn_ref="56")
    osm.node(6, 0, 1000, rcn_ref="78")
    osm.node(7, 2000, 2000)
    osm.node(8, 2000, 2000)
    osm.node(90, 300, 300, rcn_ref="12a")
    osm.node(91, 5000, 5000, lcn_ref="5")
    osm.way(1, [1, 2], highway="cycleway", surface="asphalt")
    osm.way(2, [2, 3, 4], highway="track", surface="ground")
    osm.way(3, [4, 5])
    osm.way(4, [5, 6, 1], highway="unclassified", name="Rue du Mont")
    osm.way(5, [7, 8])
    for ident, x in ((10, 2000), (11, 3000), (12, 4000), (13, 5000), (14, 6000)):
        osm.node(ident, x, 0)
    osm.way(6, [10, 11], highway="cycleway")
    osm.way(7, [11, 12], highway="cycleway")
    osm.way(9, [13, 14], highway="cycleway")
    for ident, (x, y) in {20: (0, -500), 21: (800, -500), 22: (0, -800), 23: (300, -800),
                          24: (0, -900), 25: (400, -900), 26: (0, -950), 27: (500, -950)}.items():
        osm.node(ident, x, y)
    osm.way(20, [20, 21], highway="path", railway="abandoned",
            name="Cavalier de Pinchonvalles")
    osm.way(21, [22, 23], highway="cycleway", bicycle="designated", foot="designated")
    osm.way(22, [24, 25], highway="track")
    osm.way(23, [26, 27], highway="residential", railway="abandoned")
    network = {"cycle_network": "FR:Points-nœuds Cœur de Flandre",
               "network:type": "node_network"}
    osm.route(100, [1, 2, 3, 5], "rcn", network)
    osm.route(101, [4], "rcn", {"name": "56-12", "network:type": "node_network"})
    osm.route(200, [7, 999, 6], "ncn", name="Véloroute de la Lys", ref="V31")
    osm.relation(201, [("way", 6, "forward"), ("way", 9, "")], type="route", route="bicycle",
                 network="icn", name="EuroVelo 5", ref="EV5")
    osm.route(202, [], "icn", name="EuroVelo", relations=[201])
    osm.relation(203, [("way", 1, "")], type="route", route="hiking", network="lwn")
    return osm
