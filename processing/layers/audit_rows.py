"""The outputs of itinerance:auditnetwork: fields, rows, aliases and styles of its links, nodes and
faces; the report and the dock's panel read the same rows."""

import math

import numpy as np
from qgis.core import QgsRenderContext, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..inputs.audit_inputs import LINK_FIELDS
from ..logic.audit import classes
from ..logic.relief import grade_pieces as grades
from . import output_styles
from .geometry_io import line_wkbs, point_wkbs
from .sinks import column

GRADE_FIELDS = tuple(f"grade_{key}_pct" for key in grades.GRADE_CLASS_KEYS)
LINK_OUTPUT_FIELDS = LINK_FIELDS + (("length_class", "text"),) + tuple(
    (name, "real") for name in GRADE_FIELDS) + (
    ("dem_covered_pct", "real"), ("max_grade_pct", "real"), ("link_fid", "long"))
NODE_OUTPUT_FIELDS = (("network", "text"), ("degree", "int"), ("expected_links", "int"),
                      ("facts", "text"), ("family_loops", "long"), ("sport_loops", "long"),
                      ("component", "int"), ("node_fid", "long"))
LOOP_OUTPUT_FIELDS = (("loop_id", "int"), ("perimeter_km", "real"), ("area_km2", "real"),
                      ("face_class", "text"))
LENGTH_COLOURS = {"short": "#fdae61", "ideal": "#1a9641", "long": "#f46d43",
                  "too_long": "#d7191c"}
FACE_COLOURS = {"small": "#fee08b", "ideal": "#a6d96a", "large": "#abd9e9"}


def number_kind(source, node_field):
    """The field type of the node numbers as the nodes layer has them."""
    index = source.fields().indexFromName(node_field)
    if index < 0 or not source.fields().at(index).isNumeric():
        return "text"
    # QVariant and QMetaType number their types alike: 6 double, 4 and 5 64-bit integers
    kind = int(source.fields().at(index).type())
    return "real" if kind == 6 else "long" if kind in (4, 5) else "int"


def _whole(key):
    """A node number as an integer (liaisons store them so), None when it is not one."""
    return int(key) if key is not None and key.isdigit() else None


def _ref(a, b):
    """``17-19``: the two numbers, the smaller first; ``?`` (last) for an end without one."""
    keys = sorted([a, b], key=lambda k: (k is None, not (k or "").isdigit(),
                                         int(k) if (k or "").isdigit() else 0, k or ""))
    return "-".join(k if k is not None else "?" for k in keys)


def _fact_text(facts):
    return ",".join(facts) if facts else None


class AuditRows:
    """The rows of the three outputs of an ``audit.Audit`` (``read``: ``AuditRead``)."""

    def __init__(self, audit, read, mode, crs):
        self.audit, self.read, self.mode, self.crs = audit, read, mode, crs

    def node_number(self, node):
        return self.read.nodes.nodes.number[node] if node >= 0 else None

    def link_values(self):
        """Per link, the values of ``LINK_OUTPUT_FIELDS`` (without link_fid)."""
        links = self.audit.links
        shares = grades.class_shares(links.grade_lengths)
        if not self.audit.grade_known:
            shares[:, -1] = np.nan
        names = [name for name, _ in LINK_FIELDS]
        rows = []
        for k in range(len(links)):
            if links.source[k] >= 0:
                given = self.read.links.values[links.source[k]]
                values = {name: given.get(name) for name in names}
                values["mode"] = values.get("mode") or self.mode
            else:
                a, b = self.node_number(links.from_node[k]), self.node_number(links.to_node[k])
                values = dict.fromkeys(names)
                values.update(ref=_ref(a, b), from_number=_whole(a), to_number=_whole(b),
                              mode=self.mode, network=links.network[k])
            values.update(length_m=float(links.length[k]), facts=_fact_text(links.facts[k]))
            rows.append([values[name] for name in names]
                        + [classes.LENGTH_CLASSES[links.length_class[k]]]
                        + column(shares[k]) + column(links.max_grade[k:k + 1]))
        return rows

    def link_rows(self):
        links = self.audit.links
        given = self.read.links
        wkbs = line_wkbs(links.xy, links.ptr) if given is None else None
        return [((given.geometries[links.source[k]] if given is not None else wkbs[k]),
                 values + [given.fids[links.source[k]] if given is not None else None])
                for k, values in enumerate(self.link_values())]

    def node_rows(self):
        read, audited = self.read.nodes, self.audit.nodes
        expected = read.nodes.expected
        rows = []
        for i, wkb in enumerate(point_wkbs(read.nodes.xy)):
            rows.append((wkb, [
                read.numbers[i], read.nodes.network[i], int(audited.degree[i]),
                int(expected[i]) if math.isfinite(expected[i]) else None,
                _fact_text(audited.facts[i]), int(audited.family_loops[i]),
                int(audited.sport_loops[i]),
                int(audited.component[i]) if audited.component[i] >= 0 else None,
                read.fids[i]]))
        return rows

    def loop_rows(self):
        faces = self.audit.faces
        return [(polygon.wkb, [k + 1, float(perimeter) / 1000.0, float(area) / 1e6,
                               classes.FACE_CLASSES[self.audit.face_class[k]]])
                for k, (polygon, perimeter, area) in enumerate(zip(
                    faces.polygons, faces.perimeter, faces.area))]

    def specs(self, links_name, nodes_name, loops_name, number_type):
        """What ``ItineranceAlgorithm.write_outputs`` writes."""
        return {
            links_name: (LINK_OUTPUT_FIELDS, QgsWkbTypes.LineString, self.link_rows()),
            nodes_name: ((("number", number_type),) + NODE_OUTPUT_FIELDS, QgsWkbTypes.Point,
                         self.node_rows()),
            loops_name: (LOOP_OUTPUT_FIELDS, QgsWkbTypes.Polygon, self.loop_rows()),
        }


class AuditLabels:
    """The names people read for the audit's outputs (field aliases, classes, legends), in the
    user's language, and the outputs' styles."""

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("AuditLabels", text)

    def aliases(self):
        return {
            "ref": self.tr("Link reference"), "from_number": self.tr("From node number"),
            "to_number": self.tr("To node number"), "mode": self.tr("Mode"),
            "network": self.tr("Network"), "length_m": self.tr("Length (m)"),
            "state": self.tr("State"), "facts": self.tr("Facts"),
            "redundant_numbers": self.tr("Redundant node numbers"),
            "unused_segment_count": self.tr("Unused segments"),
            "length_class": self.tr("Length class"),
            "grade_0_2_pct": self.tr("Grade 0–2 % (% of length)"),
            "grade_2_4_pct": self.tr("Grade 2–4 % (% of length)"),
            "grade_4_6_pct": self.tr("Grade 4–6 % (% of length)"),
            "grade_6_plus_pct": self.tr("Grade over 6 % (% of length)"),
            "dem_covered_pct": self.tr("Covered by the DEM (%)"),
            "max_grade_pct": self.tr("Steepest 100 m (%)"), "link_fid": self.tr("Link feature"),
            "number": self.tr("Node number"), "degree": self.tr("Sections leaving the node"),
            "expected_links": self.tr("Expected links"), "family_loops": self.tr("Family loops"),
            "sport_loops": self.tr("Sporty loops"), "component": self.tr("Network part"),
            "node_fid": self.tr("Node feature"), "loop_id": self.tr("Face"),
            "perimeter_km": self.tr("Perimeter (km)"), "area_km2": self.tr("Area (km²)"),
            "face_class": self.tr("Face class"),
        }

    def styles(self, links_name, nodes_name, loops_name):
        """The style function of each output when it is loaded."""
        return {links_name: self.style_links, nodes_name: self.style_nodes,
                loops_name: self.style_faces}

    def class_labels(self):
        return {"short": self.tr("Short, under 1 km"), "ideal": self.tr("Ideal, 1 to 5 km"),
                "long": self.tr("Long, 5 to 10 km"), "too_long": self.tr("Too long, over 10 km"),
                "small": self.tr("Small, under 8 km round"),
                "large": self.tr("Large, over 20 km round"),
                "ideal_face": self.tr("Ideal, 8 to 20 km round")}

    def style_links(self, layer):
        labels = self.class_labels()
        output_styles.diagnostics(layer, "length_class", [
            (name, labels[name], LENGTH_COLOURS[name], None) for name in classes.LENGTH_CLASSES])

    def style_faces(self, layer):
        labels = self.class_labels()
        output_styles.diagnostics(layer, "face_class", [
            (name, labels["ideal_face" if name == "ideal" else name], FACE_COLOURS[name], None)
            for name in classes.FACE_CLASSES])
        for symbol in layer.renderer().symbols(QgsRenderContext()):
            symbol.setOpacity(0.45)

    def style_nodes(self, layer):
        symbol = output_styles._symbol  # the styles' own helpers
        # drawn in this order: the worst on top
        output_styles._rules(layer, [
            (self.tr("No fact"), "\"facts\" IS NULL", symbol(layer, "#969696", size=2.0)),
            (self.tr("Dead end"), "\"facts\" LIKE '%dead_end%'",
             symbol(layer, "#b2182b", size=3.2, shape=0)),
            (self.tr("Expected links differ"), "\"facts\" LIKE '%expected_links_mismatch%'",
             symbol(layer, "#ef8a62", size=3.6, shape=2)),
            (self.tr("Number clash"), "\"facts\" LIKE '%number_clash%'",
             symbol(layer, "#762a83", size=3.6, shape=5)),
            (self.tr("Orphan, on no section"), "\"facts\" LIKE '%orphan%'",
             symbol(layer, "#d7191c", size=3.8, shape=9)),
        ])
