"""The report of itinerance:auditnetwork (HTML, and a PDF page), in the user's language."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QDate

from ..database.project_db import model_text
from ..layers.audit_rows import AuditLabels
from ..logic.audit import classes
from ..logic.audit.node_facts import FACTS
from ..logic.inventory.data_model import MODES
from ..logic.reports import audit_html
from ..logic.reports.indicator_html import ReportTexts
from ..translate import user_locale
from .audit_pdf import write_audit_pdf
from .indicator_reports import IndicatorReports, temp_folder

# the facts of a link derived from the sections that stops where a rider finds no number
LOOSE_ENDS = ("unnumbered_junction", "open_end", "no_node")


class AuditReports:
    @staticmethod
    def tr(text):
        return QCoreApplication.translate("AuditReports", text)

    @staticmethod
    def check_outputs(report, pdf):
        """Refuse, before any work, a report or PDF that cannot be written."""
        IndicatorReports().check_outputs(report, pdf)

    def labels(self):
        classes_of = AuditLabels().class_labels()
        return {
            **{key: classes_of[key] for key in classes.LENGTH_CLASSES},
            **{f"face_{key}": classes_of["ideal_face" if key == "ideal" else key]
               for key in classes.FACE_CLASSES},
            "network_km": self.tr("Length of the sections (km)"), "link_count": self.tr("Links"),
            "ideal_length_pct": self.tr("Length of the links in the ideal range, 1–5 km (%)"),
            "broken_count": self.tr("Broken links"), "node_count": self.tr("Numbered nodes"),
            "node_fact_count": self.tr("Facts on the nodes"),
            "dead_end_count": self.tr("Dead ends"),
            "component_count": self.tr("Connected parts"), "face_count": self.tr("Faces"),
            "family_loop_count": self.tr("Family loops"),
            "family_loop_node_pct": self.tr("Nodes offering a family loop (%)"),
            "sport_loop_count": self.tr("Sporty loops"),
            "sport_loop_node_pct": self.tr("Nodes offering a sporty loop (%)"),
            "dem_covered_pct": self.tr("Sections the DEM covers (%)"),
            "crossing_link_count": self.tr("Links crossing between two networks"),
            "grade_0_2": self.tr("0 to 2 %"), "grade_2_4": self.tr("2 to 4 %"),
            "grade_4_6": self.tr("4 to 6 %"), "grade_6_plus": self.tr("Over 6 %"),
            "orphan": self.tr("Orphan nodes, on no section"), "dead_end": self.tr("Dead ends"),
            "expected_links_mismatch": self.tr("Expected links differ"),
            "number_clash": self.tr("Number clashes"), "broken": self.tr("Broken links"),
        }

    def texts(self, title, mode, has_dem, settings_note):
        locale = user_locale()  # qgis_process in French keeps the system locale
        label = next((value.label for value in MODES.values if value.code == mode), mode)
        subtitle = self.tr("{} · {}").format(
            model_text(label),
            locale.toString(QDate.currentDate(), "d MMMM yyyy"))
        return ReportTexts(
            title=title or self.tr("Audit of the node network"), subtitle=subtitle,
            comparison="", language=self.tr("en"),
            number=lambda value, decimals: locale.toString(float(value), "f", decimals),
            labels=self.labels(),
            headings={"figures": self.tr("The network in figures"), "map": self.tr("Map"),
                      "charts": self.tr("Charts"), "indicator": self.tr("Figure"),
                      "value": self.tr("Value"),
                      "places": self.tr("Places to look at first"),
                      "no_place": self.tr("Nothing to report: no broken link, no link over "
                                          "10 km nor ending without a number, no fact on the "
                                          "nodes."),
                      "seams": self.tr("Where two networks meet"),
                      "no_seam": self.tr("The networks meet without a problem found."),
                      "more": self.tr("… and {} more (see the output layers)."),
                      "place": self.tr("{}: {}")},
            chart_titles=[self.tr("Links by length"), self.tr("Sections by grade per 100 m"),
                          self.tr("Faces by perimeter"), self.tr("Facts"),
                          self.tr("Nodes offering a loop")],
            legend={"nodes": self.tr("Numbered node"), "facts": self.tr("Node with a fact"),
                    "aires": self.tr("Aire (water)"), "faces": self.tr("Faces: {}"),
                    "page": self.tr("Network {}")},
            notes=[settings_note] + ([] if has_dem else [self.tr(
                "No DEM was given: no grades, and the loops are not limited by their "
                "grade.")]))

    def settings_note(self, settings, with_aires):
        note = self.tr(
            "Family loops: {} to {} km, no 100 m steeper than {} %; sporty loops: {} to {} km, "
            "up to {} %; at most {} numbered nodes in a loop.").format(
            settings.family.min_km, settings.family.max_km, settings.family.max_grade_pct,
            settings.sport.min_km, settings.sport.max_km, settings.sport.max_grade_pct,
            settings.max_loop_nodes)
        if with_aires:
            note += " " + self.tr("No stretch over {} km without an aire.").format(
                settings.max_without_water_km)
        return note + " " + self.tr(
            "Link lengths and faces as BikeNodePlanner rates them: links of 1 to 5 km and "
            "faces of 8 to 20 km round are ideal.")

    # --- places ------------------------------------------------------------------------------

    def link_places(self, texts, audit, refs):
        number, links = texts.number, audit.links
        km = links.length / 1000.0
        ref, length = self.tr("Link"), self.tr("Length (km)")
        tables = [audit_html.places(self.tr("Broken links"), [ref, length, self.tr("Facts")], [
            [refs[k], f"{number(km[k], 1)} km", ", ".join(links.facts[k])]
            for k in audit_html.worst_first(km, links.broken)])]
        loose = np.array([any(f in LOOSE_ENDS for f in facts) for facts in links.facts], bool)
        tables.append(audit_html.places(self.tr("Links ending where no number is"), [
            ref, length, self.tr("Facts")], [
            [refs[k], f"{number(km[k], 1)} km", ", ".join(links.facts[k])]
            for k in audit_html.worst_first(km, loose)]))
        too_long = links.length_class == classes.LENGTH_CLASSES.index("too_long")
        tables.append(audit_html.places(self.tr("Links over 10 km"), [ref, length], [
            [refs[k], f"{number(km[k], 1)} km"] for k in audit_html.worst_first(km, too_long)]))
        if audit.grade_known:
            steep = links.grade_lengths[:, 3] / np.maximum(links.grade_lengths[:, :4].sum(1),
                                                           1e-9) * 100.0
            tables.append(audit_html.places(self.tr("Steepest links"), [
                ref, self.tr("Steepest 100 m"), self.tr("Share of the link over 6 %")], [
                [refs[k], f"{number(links.max_grade[k], 1)} %", f"{number(steep[k], 0)} %"]
                for k in audit_html.worst_first(np.nan_to_num(links.max_grade, nan=-1.0),
                                                links.max_grade > 6.0)]))
        return tables

    def node_places(self, texts, audit, numbers, networks):
        labels, nodes = texts.labels, audit.nodes
        weight = np.array([sum(10 ** (len(FACTS) - FACTS.index(f)) for f in facts)
                           for facts in nodes.facts], dtype=float)
        rows = [[numbers[i], networks[i] or "", str(int(nodes.degree[i])),
                 ", ".join(labels[f] for f in nodes.facts[i])]
                for i in audit_html.worst_first(weight, weight > 0)]
        tables = [audit_html.places(self.tr("Nodes with facts"), [
            self.tr("Node"), self.tr("Network"), self.tr("Sections"), self.tr("Facts")], rows)]
        large = audit.face_class == classes.FACE_CLASSES.index("large")
        km = audit.faces.perimeter / 1000.0
        tables.append(audit_html.places(self.tr("Faces over 20 km round"), [
            self.tr("Face"), self.tr("Perimeter (km)")],
            [[str(k + 1), f"{texts.number(km[k], 1)} km"]
             for k in audit_html.worst_first(km, large)]))
        return tables

    def seam_places(self, texts, audit, refs, numbers, networks, xy):
        if len({n for n in networks}) < 2:
            return []
        seams, links = audit.seams, audit.links
        crossing = [[refs[k], networks[links.from_node[k]] or "",
                     networks[links.to_node[k]] or ""] for k in seams.crossing_links.tolist()]
        network_a, network_b = self.tr("Network"), self.tr("Other network")
        a, b = seams.clash_pairs
        distance = np.hypot(*(xy[a] - xy[b]).T) / 1000.0 if len(a) else np.zeros(0)
        clashes = [[numbers[i], networks[i] or "", networks[j] or "", f"{texts.number(d, 1)} km"]
                   for i, j, d in zip(a.tolist(), b.tolist(), distance)]
        stops = [[numbers[i], networks[i] or ""] for i in seams.border_stops.tolist()]
        return [
            audit_html.places(self.tr("Links crossing between networks"),
                              [self.tr("Link"), network_a, network_b], crossing),
            audit_html.places(self.tr("Numbers clashing near the border"),
                              [self.tr("Number"), network_a, network_b,
                               self.tr("Distance (km)")], clashes),
            audit_html.places(self.tr("Routes stopping at the border"),
                              [self.tr("Node"), network_a], stops)]

    # --- writing -----------------------------------------------------------------------------

    def write(self, outputs, title, settings, audit, rows, results, credit_layers, context,
              feedback):
        """Write the HTML report and the PDF (``outputs``: their paths, either may be empty);
        returns the results (REPORT, PDF)."""
        report, pdf = outputs
        texts = self.texts(title, rows.mode, audit.grade_known,
                           self.settings_note(settings, rows.read.aires is not None))
        data = self.report_data(texts, audit, rows, results)
        chart = audit_html.chart_png(texts, audit)
        out = {}
        if report:
            out["REPORT"] = IndicatorReports().write_html(report, audit_html.report_html(
                texts, data, audit_html.map_png(texts, data), chart))
        if pdf:
            chart_path = temp_folder("audit") / "chart.png"
            chart_path.write_bytes(chart)
            out["PDF"] = str(write_audit_pdf(pdf, texts, data, rows, chart_path, credit_layers,
                                             context, feedback))
        return out

    def report_data(self, texts, audit, rows, results):
        read = rows.read.nodes
        numbers = [str(n) for n in read.nodes.number]
        networks = read.nodes.network
        refs = [values[0] or "" for values in rows.link_values()]
        figures = {name: results[name.upper()] for name in audit_html.FIGURES
                   if results.get(name.upper()) == results.get(name.upper())}  # NaN: left out
        lines = audit_html_lines(audit, rows)
        aires = rows.read.aires
        return audit_html.ReportData(
            figures=figures, audit=audit,
            places=self.link_places(texts, audit, refs) + self.node_places(
                texts, audit, numbers, networks),
            seams=self.seam_places(texts, audit, refs, numbers, networks, read.nodes.xy),
            aire_xy=aires.xy if aires is not None else np.zeros((0, 2)),
            node_xy=read.nodes.xy, link_lines=lines)


def audit_html_lines(audit, rows):
    """The links' lines as (k, 2) arrays, for the report's map."""
    links = audit.links
    if rows.read.links is None:
        return np.split(links.xy, links.ptr[1:-1]) if len(links) else []
    given = rows.read.links.links
    parts = np.split(given.xy, given.ptr[1:-1]) if given.count else []
    lines = [np.zeros((0, 2))] * len(links)
    for part, owner in zip(parts, given.owner.tolist()):
        lines[owner] = np.concatenate([lines[owner], part]) if len(lines[owner]) else part
    return lines
