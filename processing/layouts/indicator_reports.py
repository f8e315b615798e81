"""The HTML report and the PDF of itinerance:territoryindicators, in the user's language."""

import os
import uuid
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication, QDate

from ..logic.network.perimeter_clip import polygon_rings
from ..logic.reports import indicator_html as indicator_report
from ..translate import user_locale
from . import print_layouts
from .indicator_pdf import write_pdf


class IndicatorReports:
    @staticmethod
    def tr(text):
        return QCoreApplication.translate("IndicatorReports", text)

    def texts(self, title, labels, settings, compare_with, count):
        locale = user_locale()  # qgis_process in French keeps the system locale
        subtitle = self.tr("{} perimeter(s) · {}").format(
            count, locale.toString(QDate.currentDate(), "d MMMM yyyy"))
        comparison = self.tr("compared with {}").format(Path(compare_with).name) \
            if compare_with else ""
        return indicator_report.ReportTexts(
            title=title or self.tr("Territory indicators"),
            subtitle=" · ".join(t for t in (subtitle, comparison) if t), comparison=comparison,
            # the language the texts are in: "fr" once translated
            language=self.tr("en"),
            number=lambda value, decimals: locale.toString(float(value), "f", decimals),
            labels=labels,
            headings={"perimeters": self.tr("Perimeters"), "indicator": self.tr("Indicator"),
                      "value": self.tr("Value"), "previous": self.tr("Previous"),
                      "change": self.tr("Change"), "all": self.tr("All perimeters together"),
                      "figures": self.tr("Figures of")},
            chart_titles=[self.tr("Lengths (km)"), self.tr("Counts"), self.tr("Shares (%)")],
            legend={"perimeter": self.tr("Perimeter"),
                    "served": self.tr("Network served by an aire"),
                    "unserved": self.tr("Network not served"),
                    "network": self.tr("Cycling network"), "routes": self.tr("Véloroutes"),
                    "trame": self.tr("Green network"), "aires": self.tr("Aires"),
                    "labelled": self.tr("Accueil Vélo establishments")},
            notes=[self.tr(
                "Each perimeter's figures are computed on the layers clipped exactly at its "
                "boundary; the totals are those of all the perimeters together. Served: "
                "within {:g} m of an aire along the network (aires attached up to {:g} m from "
                "it). Véloroutes covered: a labelled establishment within {:g} m in a straight "
                "line. Green network: line ends joined within {:g} m; hubs on it within {:g} "
                "m.").format(settings.max_distance, settings.max_attach_distance,
                             settings.access_distance, settings.trame_snap_tolerance,
                             settings.hub_access_distance)])

    def check_outputs(self, report, pdf):
        """Refuse, before any work, a report or PDF that cannot be written."""
        if pdf:
            print_layouts.check_output(pdf)
        if report:
            folder = Path(report).resolve().parent
            if not folder.is_dir() or not os.access(folder, os.W_OK):
                raise QgsProcessingException(self.tr(
                    "Cannot write {}: the folder {} does not exist or is not writable; choose "
                    "another report file.").format(report, folder))

    def write_html(self, report, text):
        """Write the HTML report ``text`` to ``report``; returns its path."""
        try:
            Path(report).write_text(text, encoding="utf-8")
        except OSError as error:
            raise QgsProcessingException(self.tr(
                "Cannot write the report {} ({}): choose another file.").format(
                report, error)) from error
        return report

    def write(self, report, pdf, texts, fields, rows, names, codes, shapes, geometries, maps,
              totals, compare, crs, inventory_layers, project, feedback):
        """Write the HTML ``report`` and the ``pdf`` (either may be empty); returns the
        results (REPORT, PDF, PAGE_COUNT)."""
        charts = []
        for index, row in enumerate(rows):
            if feedback.isCanceled():
                return {}
            charts.append(indicator_report.chart_png(texts, row, compare))
            feedback.setProgress(75 + 15 * (index + 1) / len(rows))
        results = {}
        if report:
            pictures = [indicator_report.map_png(texts, polygon_rings(shape), drawn)
                        for shape, drawn in zip(shapes, maps)]
            text = indicator_report.report_html(texts, fields, rows, names, codes, totals,
                                                pictures, charts, compare)
            results["REPORT"] = self.write_html(report, text)
        if pdf:
            folder = temp_folder("indicators")
            paths = []
            for index, png in enumerate(charts, start=1):
                paths.append(folder / f"chart_{index:04d}.png")
                paths[-1].write_bytes(png)
            results["PDF"], _ = write_pdf(pdf, texts, fields, rows, names, codes, geometries,
                                          paths, crs, inventory_layers, project, compare,
                                          feedback)
            results["PDF"] = str(results["PDF"])
        return results


def temp_folder(prefix):
    """A new folder of Processing's temporary folder, for a report's pictures."""
    folder = Path(QgsProcessingUtils.tempFolder()) / f"{prefix}_{uuid.uuid4().hex}"
    folder.mkdir(parents=True)
    return folder
