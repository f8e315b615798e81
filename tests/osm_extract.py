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

    def route(self, ident, ways, network, tags=None, relations=(), route_type="bicycle",
              roles=None, **more):
        """A route relation (cycling unless ``route_type`` says otherwise) over ``ways`` (and
        sub-relations); ``roles`` {way: role} gives some ways a role (forward, backward)."""
        roles = roles or {}
        members = [("way", w, roles.get(w, "")) for w in ways] + [
            ("relation", r, "") for r in relations]
        return self.relation(ident, members, {"type": "route", "route": route_type,
                                              "network": network, **(tags or {})}, **more)

    def link(self, ident, ways, name, network="rcn", route_type="bicycle", **more):
        """A node-to-node route of a node network ("17-19")."""
        return self.route(ident, ways, network, {"ref": name, "network:type": "node_network"},
                          route_type=route_type, **more)

    def line(self, way, points, first_id, **tags):
        """A way through new nodes at ``points`` (metres), ids from ``first_id``; returns
        the node ids. A point may be an existing node id instead."""
        ids = []
        for k, point in enumerate(points):
            if isinstance(point, int):
                ids.append(point)
            else:
                ids.append(self.node(first_id + k, *point))
        self.way(way, ids, **tags)
        return ids

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


def grid(size=5, spacing=1000.0, bend=40.0):
    """The grid of the issue: ``size`` x ``size`` numbered nodes ``spacing`` metres apart in one
    rcn relation; one way per row through its nodes, with bent vertices between them; one way
    per vertical pair of nodes. Its sections: 2 x size x (size - 1) (40 for 5 x 5), from node
    to node."""
    osm = OsmExtract()
    ident = iter(range(1000, 10**6))
    node = {}
    for i in range(size):
        for j in range(size):
            node[i, j] = osm.node(next(ident), spacing * i, spacing * j,
                                  rcn_ref=str(size * j + i + 1))
    ways = []
    for j in range(size):
        chain = []
        for i in range(size):
            chain.append(node[i, j])
            if i < size - 1:
                for t in (0.3, 0.6):
                    chain.append(osm.node(next(ident), spacing * (i + t),
                                          spacing * j + bend * (1 if i % 2 else -1)))
        ways.append(osm.way(len(ways) + 1, chain, highway="cycleway"))
    for i in range(size):
        for j in range(size - 1):
            ways.append(osm.way(len(ways) + 1, [node[i, j], node[i, j + 1]], highway="path"))
    osm.route(1, ways, "rcn", {"network:type": "node_network"})
    return osm


def two_modes():
    """A walking and a cycling node network sharing nodes and ways (metres):

    - nodes 1 (0, 0) rcn_ref 12 and rwn_ref 3, 2 (1000, 0) rcn_ref 13, 3 (2000, 0) rcn_ref 14
      and rwn_ref 4, 4 (1000, 800) rwn_ref 5, 5 (1000, 400) unnumbered;
    - ways 1 (1-2) and 2 (2-3): a cycleway; way 3 (1-5-4) and 4 (4-3): footpaths;
    - cycling: relations 10 "12-13" (way 1) and 11 "13-14" (way 2) of "FR:Réseau vélo";
      walking: relation 20 "03-05" (way 3) and 21 "5-4" (way 4), rwn, route=hiking, and 22
      "3-4" (ways 1 and 2: the walkers' network uses the cycleway too).
    Cycling: 3 nodes, 2 sections of 1000 m. Walking: 3 nodes (1, 3 and 4; node 2 has no
    rwn_ref), sections 3-5 (way 3, 1280.6 m), 5-4 (way 4), 3-4 (ways 1 and 2, 2000 m).
    """
    osm = OsmExtract()
    osm.node(1, 0, 0, rcn_ref="12", rwn_ref="3")
    osm.node(2, 1000, 0, rcn_ref="13")
    osm.node(3, 2000, 0, rcn_ref="14", rwn_ref="4")
    osm.node(4, 1000, 800, rwn_ref="5")
    osm.node(5, 1000, 400)
    osm.way(1, [1, 2], highway="cycleway")
    osm.way(2, [2, 3], highway="cycleway")
    osm.way(3, [1, 5, 4], highway="path")
    osm.way(4, [4, 3], highway="path")
    cycling = {"cycle_network": "FR:Réseau vélo"}
    osm.link(10, [1], "12-13", cycle_network=cycling["cycle_network"])
    osm.link(11, [2], "13-14", cycle_network=cycling["cycle_network"])
    osm.link(20, [3], "03-05", network="rwn", route_type="hiking")
    osm.link(21, [4], "5-4", network="rwn", route_type="hiking")
    osm.link(22, [1, 2], "3-4", network="rwn", route_type="foot")
    return osm


def horse_and_gr():
    """A horse node network (rhn) and a GR itinerary (route=hiking, network=nwn):

    - nodes 1 (0, 0) rhn_ref 1, 2 (3000, 0) rhn_ref 2, a bridleway 1 through (1500, 500);
      relation 30 "1-2", route=horse, network=rhn; relation 31 "Route équestre de la Lys",
      route=horse, network=rhn over way 1 (a regional horse route: its ways are sections).
    - the GR: ways 2 (0, -1000)-(2000, -1000) and 3 (2000, -1000)-(2000, -3000), listed in
      the reverse order, in relation 40 "GR 128", route=hiking, network=nwn: one line of
      4000 m.
    """
    osm = OsmExtract()
    osm.node(1, 0, 0, rhn_ref="1")
    osm.node(2, 1500, 500)
    osm.node(3, 3000, 0, rhn_ref="2")
    osm.way(1, [1, 2, 3], highway="bridleway")
    osm.link(30, [1], "1-2", network="rhn", route_type="horse")
    osm.route(31, [1], "rhn", {"name": "Route équestre de la Lys"}, route_type="horse")
    osm.line(2, [(0, -1000), (2000, -1000)], 10, highway="path")
    osm.line(3, [11, (2000, -3000)], 12, highway="path")
    osm.route(40, [3, 2], "nwn", {"name": "GR 128", "ref": "GR 128"}, route_type="hiking")
    return osm


def border():
    """Two countries' cycling node networks reusing the same numbers, joined by a border link:

    - France ("FR:Points-nœuds Flandre"): nodes 1 (0, 0) "1", 2 (1000, 0) "2", link "1-2"
      (relation 50, way 1);
    - Belgium ("BE:Westhoek"): nodes 3 (3000, 0) "1", 4 (4000, 0) "2", link "1-2"
      (relation 51, way 3);
    - the border link "2-1" (relation 52, way 2 from France's 2 to Belgium's 1, 2000 m) of
      the Belgian network.
    """
    osm = OsmExtract()
    for ident, x, number in ((1, 0, "1"), (2, 1000, "2"), (3, 3000, "1"), (4, 4000, "2")):
        osm.node(ident, x, 0, rcn_ref=number)
    osm.way(1, [1, 2], highway="cycleway")
    osm.way(2, [2, 3], highway="cycleway")
    osm.way(3, [3, 4], highway="cycleway")
    osm.link(50, [1], "1-2", cycle_network="FR:Points-nœuds Flandre")
    osm.link(51, [3], "1-2", cycle_network="BE:Westhoek")
    osm.link(52, [2], "2-1", cycle_network="BE:Westhoek")
    return osm
