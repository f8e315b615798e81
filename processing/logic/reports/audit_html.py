"""The report of a node network's audit: one self-contained HTML page (pictures embedded) with
the network's figures, a map, charts of its length, grade and face classes and of its facts,
then the places to look at first, worst first, and where two networks meet.

Pure Python and matplotlib, on the indicators report's machinery (``indicator_html``: its
texts, figures table, styles and picture embedding). Every text comes in translated
(``indicator_html.ReportTexts``: ``labels`` names the figures, classes and facts, ``headings``
the sections and columns, ``legend`` the map), numbers are formatted by the caller's
``number`` function, and every text is escaped.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

import numpy as np

from ..audit import classes
from ..audit.audit import Audit, fact_counts
from ..audit.node_facts import FACTS
from ..relief.grade_pieces import GRADE_CLASS_KEYS
from .indicator_html import (
    CHART_DPI,
    CHART_SIZE_IN,
    MAP_DPI,
    STYLE,
    TEXT_COLOUR,
    ReportTexts,
    figures_table,
    label_blocks,
)
from .indicator_html import _image as image_tag
from .indicator_html import _png as png_bytes

# the figures of the report's table, in order (result names in lower case)
FIGURES = ("network_km", "link_count", "ideal_length_pct", "broken_count", "node_count",
           "node_fact_count", "dead_end_count", "component_count", "face_count",
           "family_loop_count", "family_loop_node_pct", "sport_loop_count",
           "sport_loop_node_pct", "dem_covered_pct", "crossing_link_count")
LENGTH_COLOURS = ("#fdae61", "#1a9641", "#f46d43", "#d7191c")
GRADE_COLOURS = ("#1a9641", "#a6d96a", "#fdae61", "#d7191c")
FACE_COLOURS = ("#fee08b", "#a6d96a", "#abd9e9")
FACT_COLOUR, LOOP_COLOUR, NODE_COLOUR, AIRE_COLOUR = "#762a83", "#1f6f78", "#636363", "#2b83ba"
PLACES_SHOWN = 15  # rows of each table of places


@dataclass
class Places:
    """A table of places, worst first: its title, column headings and rows of texts."""

    title: str
    headings: List[str]
    rows: List[List[str]]
    more: int = 0  # rows left out of the table


@dataclass
class ReportData:
    """What the report shows, besides its texts."""

    figures: Dict[str, float]
    audit: Audit
    places: List[Places] = field(default_factory=list)
    seams: List[Places] = field(default_factory=list)
    aire_xy: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    node_xy: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    link_lines: List[np.ndarray] = field(default_factory=list)


def worst_first(values: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """The indices where ``keep`` holds, largest value first (ties: lowest index)."""
    index = np.flatnonzero(keep)
    return index[np.lexsort((index, -np.asarray(values, dtype=float)[index]))]


def places(title: str, headings: Sequence[str], rows: List[List[str]]) -> Places:
    """A table of the first ``PLACES_SHOWN`` rows."""
    return Places(title, list(headings), rows[:PLACES_SHOWN], max(0, len(rows) - PLACES_SHOWN))


# --------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------


def chart_blocks(texts: ReportTexts, audit: Audit) -> List[Tuple[str, List[tuple]]]:
    """The chart's blocks: (title, bars of (label, value, text, colour, scale))."""
    number, labels = texts.number, texts.labels
    links = audit.links
    total_km = max(float(links.length.sum()) / 1000.0, 1e-9)
    km = classes.lengths_by_class(links.length_class, links.length, 4) / 1000.0
    blocks = [(texts.chart_titles[0], [
        (labels[key], value, f"{number(value, 1)} km · {number(100 * value / total_km, 0)} %",
         colour, max(km.max(), 1e-9))
        for key, value, colour in zip(classes.LENGTH_CLASSES, km, LENGTH_COLOURS)])]
    grade_km = audit.section_grade_lengths / 1000.0
    covered = max(float(grade_km[:-1].sum()), 1e-9)
    if audit.grade_known:
        blocks.append((texts.chart_titles[1], [
            (labels[f"grade_{key}"], value,
             f"{number(value, 1)} km · {number(100 * value / covered, 0)} %", colour,
             max(grade_km[:-1].max(), 1e-9))
            for key, value, colour in zip(GRADE_CLASS_KEYS, grade_km[:-1], GRADE_COLOURS)]))
    faces = np.bincount(audit.face_class, minlength=3)
    blocks.append((texts.chart_titles[2], [
        (labels[f"face_{key}"], count, number(count, 0), colour, max(faces.max(), 1))
        for key, count, colour in zip(classes.FACE_CLASSES, faces, FACE_COLOURS)]))
    found = fact_counts(audit.nodes.facts, FACTS)
    found["broken"] = int(links.broken.sum())
    top = max(max(found.values()), 1)
    blocks.append((texts.chart_titles[3], [
        (labels[key], count, number(count, 0), FACT_COLOUR, top)
        for key, count in found.items()]))
    shares = [(labels["family_loop_node_pct"], audit.nodes.family_loops),
              (labels["sport_loop_node_pct"], audit.nodes.sport_loops)]
    blocks.append((texts.chart_titles[4], [
        (label, 100.0 * (loops > 0).mean() if len(loops) else 0.0,
         f"{number(100.0 * (loops > 0).mean() if len(loops) else 0.0, 1)} %", LOOP_COLOUR,
         100.0) for label, loops in shares]))
    return blocks


def chart_png(texts: ReportTexts, audit: Audit) -> bytes:
    """Bar charts of the audit, block by block (each scaled to its largest bar, shares to
    100 %), every value printed; the size of the PDF's chart frame."""
    from matplotlib.figure import Figure

    rows: List[Tuple[str, float, str, str, float]] = []
    titles: List[int] = []
    for title, bars in chart_blocks(texts, audit):
        titles.append(len(rows))
        rows.append((title, 0.0, "", "white", 1.0))
        rows += [(textwrap.fill(label, 28), value, text, colour, scale)
                 for label, value, text, colour, scale in bars]
    figure = Figure(figsize=CHART_SIZE_IN)
    axes = figure.add_axes([0.42, 0.01, 0.45, 0.98])
    y = -np.arange(len(rows), dtype=float)
    lengths = [value / scale for _, value, _, _, scale in rows]
    axes.barh(y, lengths, height=0.62, color=[colour for _, _, _, colour, _ in rows])
    for yy, length, (_, _, text, _, _) in zip(y, lengths, rows):
        axes.text(length + 0.02, yy, text, va="center", fontsize=5.2, color=TEXT_COLOUR,
                  parse_math=False)
    axes.set_xlim(0, 1.5)
    label_blocks(axes, y, [label for label, _, _, _, _ in rows], titles, 5.2, 6.5)
    return png_bytes(figure, CHART_DPI)


def _face_patches(audit: Audit) -> list:
    from matplotlib.patches import Polygon as Patch

    return [Patch(np.asarray(polygon.exterior.coords)[:, :2], closed=True,
                  facecolor=FACE_COLOURS[cls], edgecolor="none", alpha=0.45)
            for polygon, cls in zip(audit.faces.polygons, audit.face_class.tolist())]


def map_png(texts: ReportTexts, data: ReportData, size_in: Tuple[float, float] = (6.0, 6.0),
            dpi: int = MAP_DPI) -> bytes:
    """A map of the network: faces by class, links by length class, nodes (those with a fact
    marked), aires."""
    from matplotlib.collections import LineCollection, PatchCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    audit = data.audit
    figure = Figure(figsize=size_in)
    axes = figure.add_axes([0.01, 0.14, 0.98, 0.85])
    axes.set_axis_off()
    axes.set_aspect("equal")
    axes.add_collection(PatchCollection(_face_patches(audit), match_original=True))
    handles = []
    for k, (key, colour) in enumerate(zip(classes.LENGTH_CLASSES, LENGTH_COLOURS)):
        lines = [line for line, cls in zip(data.link_lines, audit.links.length_class.tolist())
                 if cls == k]
        if lines:
            axes.add_collection(LineCollection(lines, colors=colour, linewidths=1.1))
            handles.append(Line2D([], [], color=colour, linewidth=1.6, label=texts.labels[key]))
    flagged = np.array([bool(f) for f in audit.nodes.facts], dtype=bool)
    for xy, colour, size, marker, label in (
            (data.node_xy[~flagged], NODE_COLOUR, 6, "o", texts.legend["nodes"]),
            (data.node_xy[flagged], FACT_COLOUR, 22, "D", texts.legend["facts"]),
            (data.aire_xy, AIRE_COLOUR, 14, "^", texts.legend["aires"])):
        if len(xy):
            axes.scatter(xy[:, 0], xy[:, 1], s=size, marker=marker, color=colour,
                         edgecolors="white", linewidths=0.4, zorder=3)
            handles.append(Line2D([], [], color=colour, marker=marker, linestyle="",
                                  label=label))
    every = [line for line in data.link_lines if len(line)]
    if every:
        points = np.concatenate(every)
        low, high = points.min(axis=0), points.max(axis=0)
        pad = 0.03 * float(max(high - low)) + 1.0
        axes.set_xlim(low[0] - pad, high[0] + pad)
        axes.set_ylim(low[1] - pad, high[1] + pad)
    for key, colour in zip(classes.FACE_CLASSES, FACE_COLOURS):
        handles.append(Patch(facecolor=colour, alpha=0.45, edgecolor="none",
                             label=texts.legend["faces"].format(texts.labels[f"face_{key}"])))
    figure.legend(handles=handles, loc="lower center", ncol=3, fontsize=6.2, frameon=False)
    return png_bytes(figure, dpi)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def places_table(table: Places, texts: ReportTexts) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headings)
    out = [f"<h3>{html.escape(table.title)}</h3>", f"<table><tr>{head}</tr>"]
    for row in table.rows:
        cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    if table.more:
        out.append(f'<p class="note">{html.escape(texts.headings["more"].format(table.more))}'
                   "</p>")
    return "\n".join(out)


def report_html(texts: ReportTexts, data: ReportData, map_image: bytes,
                chart_image: bytes) -> str:
    """The whole report as a string."""
    parts = [f'<!DOCTYPE html>\n<html lang="{html.escape(texts.language)}">\n<head>\n'
             f'<meta charset="utf-8">\n<title>{html.escape(texts.title)}</title>\n'
             f"<style>{STYLE}</style>\n</head>\n<body>",
             f"<h1>{html.escape(texts.title)}</h1>",
             f'<p class="subtitle">{html.escape(texts.subtitle)}</p>',
             f"<h2>{html.escape(texts.headings['figures'])}</h2>",
             '<div class="pictures">' + image_tag(map_image, texts.headings["map"], 560)
             + image_tag(chart_image, texts.headings["charts"], 420) + "</div>",
             figures_table(texts, data.figures, [n for n in FIGURES if n in data.figures],
                           False),
             f"<h2>{html.escape(texts.headings['places'])}</h2>"]
    shown = [places_table(table, texts) for table in data.places if table.rows]
    parts += shown or [f"<p>{html.escape(texts.headings['no_place'])}</p>"]
    if data.seams:
        parts.append(f"<h2>{html.escape(texts.headings['seams'])}</h2>")
        seams = [places_table(table, texts) for table in data.seams if table.rows]
        parts += seams or [f"<p>{html.escape(texts.headings['no_seam'])}</p>"]
    parts += [f'<p class="note">{html.escape(note)}</p>' for note in texts.notes]
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
