"""The report of the territory indicators: one self-contained HTML file (its pictures embedded),
with the table of every perimeter, then for each one a small map, the table of its figures
(previous value and change beside each when comparing) and bar charts.

Pure Python and matplotlib (a Figure on an Agg canvas, never pyplot). Every text comes in
translated (``ReportTexts``), numbers are formatted by the caller's ``number`` function (the
user's locale), and every text is escaped.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Sequence

import numpy as np

from ..arrays import FloatArray

if TYPE_CHECKING:  # matplotlib is imported when a picture is drawn
    from matplotlib.figure import Figure

    from .territory_figures import Shapes

# one perimeter's figures (and their previous values and changes): numbers, None when not
# computed
Row = Mapping[str, Any]

# the figures of the table of all perimeters and of the charts (lengths, counts, shares)
OVERVIEW = ("network_km", "node_count", "aire_count", "served_pct", "accueil_velo_count",
            "veloroute_km", "veloroute_covered_pct", "prospect_count", "climb_count", "trame_km",
            "trame_component_count", "bridge_count")
CHART_GROUPS = (("network_km", "veloroute_km", "trame_km"),
                ("aire_count", "accueil_velo_count", "prospect_count", "climb_count",
                 "pole_count", "bridge_count"),
                ("served_pct", "veloroute_covered_pct"))
COLOURS = {"current": "#1f6f78", "previous": "#bdbdbd", "served": "#1a9641",
           "unserved": "#d7191c", "network": "#636363", "routes": "#e7298a",
           "trame": "#8c510a", "aires": "#2b83ba", "labelled": "#ff7f00", "outline": "#212121"}
TEXT_COLOUR = "#212121"
CHART_SIZE_IN, CHART_DPI = (3.7, 3.95), 200  # the PDF's chart frame, 94 x 100 mm
MAP_SIZE_IN, MAP_DPI = (4.8, 4.8), 100


@dataclass
class ReportTexts:
    """Every text of the report, translated; ``number(value, decimals)`` formats a number."""

    title: str
    subtitle: str
    comparison: str  # what the figures are compared with ("" without a comparison)
    language: str
    number: Callable[[float, int], str]
    labels: Dict[str, str]  # field name -> its name for people
    headings: Dict[str, str]  # perimeters, indicator, value, previous, change, all, figures
    chart_titles: List[str]  # one per CHART_GROUPS
    legend: Dict[str, str]  # COLOURS keys -> legend text, plus "perimeter"
    notes: List[str] = field(default_factory=list)  # paragraphs at the end (thresholds…)
    not_computed: str = "—"


def decimals(name: str) -> int:
    """How a figure is shown: shares and km with one decimal, counts whole."""
    return 1 if name.endswith(("_km", "_pct")) or "_km_" in name or "_pct_" in name else 0


def shown(texts: ReportTexts, name: str, value: Optional[float], signed: bool = False) -> str:
    if value is None:
        return texts.not_computed
    text = texts.number(value, decimals(name))
    return f"+{text}" if signed and value > 0 else text


# --------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------


def _png(figure: Figure, dpi: int) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


class _Bars(NamedTuple):
    """The bars of a chart, top first: a title row per group (no bar, ``name`` None), then a
    row per figure with its bar length (share of the group's longest bar) and value."""

    labels: List[str]
    lengths: List[float]
    previous: List[float]
    values: List[Optional[float]]
    names: List[Optional[str]]
    titles: List[int]  # rows that are group titles


def _bars(texts: ReportTexts, row: Row, compare: bool) -> _Bars:
    bars = _Bars([], [], [], [], [], [])
    for title, names in zip(texts.chart_titles, CHART_GROUPS):
        group = [name for name in names if row.get(name) is not None]
        if not group:
            continue
        current = [float(row[name]) for name in group]
        before = [row.get(f"{name}_prev") for name in group] if compare else []
        top = 100.0 if group[0].endswith("_pct") else max(
            current + [float(v) for v in before if v is not None] + [1e-9])
        bars.titles.append(len(bars.labels))
        bars.labels.append(title)
        bars.lengths.append(0.0)
        bars.previous.append(0.0)
        bars.values.append(None)
        bars.names.append(None)
        for name, value, old in zip(group, current, before or [None] * len(group)):
            bars.labels.append(textwrap.fill(texts.labels[name], 30))
            bars.lengths.append(value / top)
            bars.previous.append(float(old) / top if old is not None else 0.0)
            bars.values.append(value)
            bars.names.append(name)
    return bars


def chart_png(texts: ReportTexts, row: Row, compare: bool) -> bytes:
    """Bar charts of one perimeter's figures: a block per group of CHART_GROUPS that has
    figures (lengths, counts, shares), each block scaled to its own largest bar (shares to
    100 %), every value printed; the previous values beside them when ``compare``. One axes
    for all blocks: a chart per perimeter must stay cheap to draw."""
    from matplotlib.figure import Figure

    bars = _bars(texts, row, compare)
    figure = Figure(figsize=CHART_SIZE_IN)
    axes = figure.add_axes([0.45, 0.02, 0.42, 0.96])
    y = -np.arange(len(bars.labels), dtype=float)
    height = 0.38 if compare else 0.62
    lift = height / 2 if compare else 0.0
    axes.barh(y + lift, bars.lengths, height=height, color=COLOURS["current"],
              label=texts.headings["value"])
    if compare:
        axes.barh(y - lift, bars.previous, height=height, color=COLOURS["previous"],
                  label=texts.headings["previous"])
        axes.legend(fontsize=5.5, frameon=False, loc="upper right")
    for yy, length, value, name in zip(y, bars.lengths, bars.values, bars.names):
        if name is not None:
            axes.text(length + 0.02, yy + lift, shown(texts, name, value), va="center",
                      fontsize=5.5, color=TEXT_COLOUR, parse_math=False)
    axes.set_xlim(0, 1.25)
    axes.set_ylim(y[-1] - 0.7 if len(y) else -1, 0.7)
    axes.set_yticks(y)
    axes.set_yticklabels(bars.labels, fontsize=5.5)
    for index, label in enumerate(axes.get_yticklabels()):
        label.set_parse_math(False)
        if index in bars.titles:
            label.set_fontweight("bold")
            label.set_fontsize(7)
    # each bar has its value printed: no x axis to draw
    axes.set_xticks([])
    axes.tick_params(axis="y", length=0)
    for side in ("top", "right", "bottom", "left"):
        axes.spines[side].set_visible(False)
    if not bars.labels:
        figure.text(0.5, 0.5, texts.not_computed, ha="center", va="center", parse_math=False)
    return _png(figure, CHART_DPI)


def map_png(texts: ReportTexts, rings: Sequence[FloatArray], shapes: Shapes) -> bytes:
    """A small map of one perimeter: its outline (``rings``, (k, 2) arrays) and what lies
    inside (``territory_indicators.Shapes``)."""
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    figure = Figure(figsize=MAP_SIZE_IN)
    axes = figure.add_axes([0.02, 0.1, 0.96, 0.88])
    axes.set_axis_off()
    axes.set_aspect("equal")
    handles: List[Any] = []
    for ring in rings:
        axes.plot(ring[:, 0], ring[:, 1], color=COLOURS["outline"], linewidth=1.0)
    handles.append(Line2D([], [], color=COLOURS["outline"], linewidth=1.0,
                          label=texts.legend["perimeter"]))
    for key, lines, width in (("trame", shapes.trame, 1.6), ("network", shapes.network, 0.9),
                              ("served", shapes.served, 1.1), ("unserved", shapes.unserved, 1.1),
                              ("routes", shapes.routes, 2.0)):
        if lines:
            axes.add_collection(LineCollection(lines, colors=COLOURS[key], linewidths=width))
            handles.append(Line2D([], [], color=COLOURS[key], linewidth=width,
                                  label=texts.legend[key]))
    for key, points, marker in (("aires", shapes.aires, "o"), ("labelled", shapes.labelled, "^")):
        if len(points):
            axes.scatter(points[:, 0], points[:, 1], s=18, marker=marker, color=COLOURS[key],
                         edgecolors="white", linewidths=0.5, zorder=3)
            handles.append(Line2D([], [], color=COLOURS[key], marker=marker, linestyle="",
                                  label=texts.legend[key]))
    if rings:
        every = np.concatenate(rings)
        low, high = every.min(axis=0), every.max(axis=0)
        pad = 0.03 * max(high - low)
        axes.set_xlim(low[0] - pad, high[0] + pad)
        axes.set_ylim(low[1] - pad, high[1] + pad)
    figure.legend(handles=handles, loc="lower center", ncol=3, fontsize=6.5, frameon=False)
    return _png(figure, MAP_DPI)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #212121; margin: 2em auto;
       max-width: 1100px; padding: 0 1em; }
h1 { margin-bottom: 0.2em; } p.subtitle { color: #616161; margin-top: 0; }
h2 { border-bottom: 2px solid #1f6f78; padding-bottom: 0.2em; margin-top: 2em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 1em 0; }
th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #e0e0e0; }
th { background: #f3f6f6; text-align: left; } td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #1f6f78; }
div.pictures { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
div.pictures img { max-width: 100%; border: 1px solid #e0e0e0; }
p.note { color: #616161; font-size: 0.85em; }
"""


def _image(png: bytes, alt: str, width: int) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}" width="{width}">'


def _cell(texts: ReportTexts, name: str, value: Optional[float], signed: bool = False) -> str:
    return f'<td class="n">{html.escape(shown(texts, name, value, signed))}</td>'


def overview_table(texts: ReportTexts, rows: Sequence[Row], names: Sequence[str],
                   codes: Sequence[Optional[str]], totals: Row) -> str:
    columns = [name for name in OVERVIEW if name in rows[0]] if rows else []
    head = "".join(f"<th>{html.escape(texts.labels[c])}</th>" for c in columns)
    out = [f"<table><tr><th>{html.escape(texts.headings['perimeters'])}</th>{head}</tr>"]
    for k, (row, name, code) in enumerate(zip(rows, names, codes)):
        title = f"{name} ({code})" if code else name
        cells = "".join(_cell(texts, c, row[c]) for c in columns)
        out.append(f'<tr><td><a href="#p{k + 1}">{html.escape(title)}</a></td>{cells}</tr>')
    cells = "".join(_cell(texts, c, totals.get(c)) for c in columns)
    out.append(f'<tr class="total"><td>{html.escape(texts.headings["all"])}</td>{cells}</tr>')
    out.append("</table>")
    return "\n".join(out)


def figures_table(texts: ReportTexts, row: Row, fields: Sequence[str], compare: bool) -> str:
    """The table of one perimeter: every figure, with its previous value and change."""
    head = [texts.headings["indicator"], texts.headings["value"]]
    if compare:
        head += [texts.headings["previous"], texts.headings["change"]]
    out = ["<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for name in fields:
        cells = _cell(texts, name, row.get(name))
        if compare:
            cells += _cell(texts, name, row.get(f"{name}_prev"))
            cells += _cell(texts, name, row.get(f"{name}_change"), signed=True)
        out.append(f"<tr><td>{html.escape(texts.labels[name])}</td>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def report_html(texts: ReportTexts, fields: Sequence[str], rows: Sequence[Row],
                names: Sequence[str], codes: Sequence[Optional[str]], totals: Row,
                maps: Optional[Sequence[Optional[bytes]]], charts: Sequence[bytes],
                compare: bool) -> str:
    """The whole report as a string. ``fields``: the base figures shown per perimeter, in
    order; ``maps`` and ``charts``: PNG bytes per perimeter (a map may be None)."""
    parts = [f'<!DOCTYPE html>\n<html lang="{html.escape(texts.language)}">\n<head>\n'
             f'<meta charset="utf-8">\n<title>{html.escape(texts.title)}</title>\n'
             f"<style>{STYLE}</style>\n</head>\n<body>",
             f"<h1>{html.escape(texts.title)}</h1>",
             f'<p class="subtitle">{html.escape(texts.subtitle)}</p>',
             f"<h2>{html.escape(texts.headings['perimeters'])}</h2>",
             overview_table(texts, rows, names, codes, totals)]
    for k, (row, name, code) in enumerate(zip(rows, names, codes)):
        title = f"{name} ({code})" if code else name
        parts.append(f'<h2 id="p{k + 1}">{html.escape(title)}</h2>')
        pictures = []
        small_map = maps[k] if maps is not None else None
        if small_map is not None:
            pictures.append(_image(small_map, texts.legend["perimeter"] + " " + name, 420))
        pictures.append(_image(charts[k], texts.headings["figures"] + " " + name, 420))
        parts.append('<div class="pictures">' + "".join(pictures) + "</div>")
        parts.append(figures_table(texts, row, fields, compare))
    parts += [f'<p class="note">{html.escape(note)}</p>' for note in texts.notes]
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
