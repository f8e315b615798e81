"""Profile charts in the style of Tour de France climb profiles: PNG and SVG, ready for print.

Pure matplotlib (no QGIS, no pyplot): a ``matplotlib.figure.Figure`` drawn on an Agg canvas, so
nothing touches pyplot's global state or the application's backend. Texts are drawn with
mathtext off ("$" in a name is fine); the SVG keeps them as editable text.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Iterable,
    List,
    Mapping,
    MutableSet,
    Optional,
    Sequence,
    Tuple,
    Union,
)

import numpy as np

from ..arrays import ArrayLike, FloatArray
from .profile import GRADE_CLASSES, NODATA_COLOUR, grade_class, interpolate_at

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (see _new_chart)
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

WIDTH_PX, HEIGHT_PX, DPI = 1600, 700, 200
MAX_DRAW_POINTS = 4000  # the outline is resampled to about this many points (1600 px wide)
MAX_SEGMENTS = 1500  # coloured segments; longer lines get longer segments
MAX_LABELLED_SEGMENTS = 30  # grades are printed in the segments up to this many segments
BOTTOM_PX, HEADER_PX, TOP_PX = 154, 196, 30  # margins around the axes
OUTLINE_COLOUR = "#212121"
TEXT_COLOUR = "#212121"
MUTED_COLOUR = "#616161"
TO_KM = 1.0 / 1000.0

_TRANSLIT = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o",
                           "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th"})
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT")
                                                     for i in range(1, 10)}


def safe_file_stem(text: object, taken: Optional[MutableSet[str]] = None,
                   max_length: int = 60) -> str:
    """A file name stem made of ASCII letters, digits, '-' and '_' (no spaces, no slashes).

    Accents are stripped ("Mont-Cassel, rue d'Aire" -> "Mont-Cassel_rue_d_Aire"); an empty
    result becomes "profile". When ``taken`` (a set) is given, the stem is made unique in it
    ignoring case ("x", "x_2", "x_3"...) and added to it.
    """
    stem = unicodedata.normalize("NFKD", str(text).translate(_TRANSLIT))
    stem = stem.encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9-]+", "_", stem).strip("_-")
    stem = stem[:max_length].strip("_-") or "profile"
    if stem.upper() in _WINDOWS_RESERVED:
        stem += "_"
    if taken is not None:
        used = {name.lower() for name in taken}
        base, number = stem, 2
        while stem.lower() in used:
            stem = f"{base}_{number}"
            number += 1
        taken.add(stem)
    return stem


def _nice_step(span: float) -> float:
    """A round step (1, 2, 5 x 10^k) giving about 5 intervals over span."""
    raw = max(span, 1e-9) / 5.0
    power = 10.0 ** np.floor(np.log10(raw))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if raw <= factor * power:
            return factor * power
    return 10.0 * power


def _y_limits(z_min: float, z_max: float) -> Tuple[float, float]:
    """Lower limit a round number below the lowest point (not 0 for a high profile, never
    below 0 for a profile above sea level); headroom above the highest point."""
    span = max(z_max - z_min, 10.0)
    step = _nice_step(span)
    low = np.floor((z_min - 0.12 * span) / step) * step
    if z_min >= 0:
        low = max(low, 0.0)
    high = z_max + 0.12 * span
    return float(low), float(high)


def _draw_points(s: FloatArray, z: FloatArray,
                 boundaries: FloatArray) -> Tuple[FloatArray, FloatArray]:
    """Chainages to draw (samples, or a resampling for long profiles) and z there."""
    if s.size > MAX_DRAW_POINTS:
        grid = np.linspace(s[0], s[-1], MAX_DRAW_POINTS)
        valid = np.isfinite(z)
        extremes: List[float] = []
        if valid.any():
            idx = np.flatnonzero(valid)
            extremes = [s[idx[np.argmax(z[idx])]], s[idx[np.argmin(z[idx])]]]
        # keep the edges of the nodata gaps, so that gaps stay gaps
        edges = np.flatnonzero(np.diff(valid.astype(np.int8)) != 0)
        ds = np.unique(np.concatenate((grid, boundaries, extremes, s[edges], s[edges + 1])))
    else:
        ds = np.unique(np.concatenate((s, boundaries)))
    return ds, interpolate_at(s, z, ds)


def _segment_boundaries(s0: float, s1: float, seg: float) -> FloatArray:
    boundaries = np.arange(s0, s1, seg)
    if boundaries.size > 1 and s1 - boundaries[-1] < 0.25 * seg:
        boundaries = boundaries[:-1]  # no sliver at the end: the last segment is longer
    return np.append(boundaries, s1)


# a drawable piece of the profile: (x, z, grade %, whole segment)
_Piece = Tuple[FloatArray, FloatArray, float, bool]


def _pieces(ds: FloatArray, dz: FloatArray, boundaries: FloatArray) -> List[_Piece]:
    """(x, z, grade %) of the drawable pieces: each segment, split where z is NaN."""
    pieces: List[_Piece] = []
    cut = np.searchsorted(ds, boundaries)
    for k in range(boundaries.size - 1):
        xs = ds[cut[k]:cut[k + 1] + 1]
        zs = dz[cut[k]:cut[k + 1] + 1]
        valid = np.isfinite(zs)
        if valid.all():
            runs: Iterable[Tuple[int, int]] = [(0, xs.size)]
        else:
            edges = np.diff(np.concatenate(([False], valid, [False])).astype(np.int8))
            runs = zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1))
        for a, b in runs:
            if b - a < 2 or xs[b - 1] <= xs[a]:
                continue
            grade = (zs[b - 1] - zs[a]) / (xs[b - 1] - xs[a]) * 100.0
            pieces.append((xs[a:b], zs[a:b], grade, (a, b) == (0, xs.size)))
    return pieces


def render_profile(chainage: ArrayLike, z: ArrayLike, path_stem: Union[str, os.PathLike],
                   title: Optional[str], figures: Optional[Mapping[str, str]],
                   grade_window: float = 100.0, x_label: str = "km", y_label: str = "m",
                   class_labels: Optional[Sequence[str]] = None, nodata_label: str = "no data",
                   grade_format: Optional[Callable[[float], str]] = None,
                   height_px: int = HEIGHT_PX, decimal_separator: str = ".") -> Tuple[str, str]:
    """Draw a profile chart; write ``<path_stem>.png`` (1600 x ``height_px`` px, 200 dpi) and
    ``<path_stem>.svg``. Returns (png_path, svg_path) as strings.

    The elevation profile is filled down to the bottom of the chart and coloured, segment by
    segment of ``grade_window`` metres (longer segments beyond 1,500 of them), by the grade
    class of the segment's mean grade (``profile.GRADE_CLASSES``: green, yellow, orange, red;
    by absolute value). Up to 30 segments, each one's grade is printed at its foot, formatted
    by ``grade_format`` (a callable, default "9.5" with ``decimal_separator``, which the axes'
    numbers use too: "," in French). Nodata stretches are left as grey gaps.
    ``title`` is printed at the top, ``figures`` (an ordered dict label -> formatted value,
    already translated) as a row of label / value blocks under it; with neither (a climb
    sheet prints them itself), the profile takes their room. ``x_label`` / ``y_label``,
    ``class_labels`` (4 legend texts, default the labels of ``GRADE_CLASSES``) and
    ``nodata_label`` are the translatable texts. Parent folders are created.
    """
    s, zz = _profile_arrays(chainage, z)
    labels = _class_labels(class_labels)
    grade_window = float(grade_window)
    if not grade_window > 0:
        raise ValueError(f"grade_window must be > 0 m, got {grade_window!r}")
    height_px = int(height_px)
    if height_px < 200:
        raise ValueError(f"a chart needs at least 200 px of height, got {height_px}")
    fmt = grade_format or (lambda value: f"{value:.1f}".replace(".", decimal_separator))
    fig, ax = _new_chart(height_px, bool(title) or bool(figures))
    if np.isfinite(zz).any() and s[-1] > s[0]:
        handles = _draw_graded(ax, s, zz, grade_window, labels, fmt, nodata_label)
    else:
        handles = _draw_without_grades(ax, s, zz, nodata_label)
    _style_axes(ax, x_label, y_label, decimal_separator)
    _draw_header(fig, title, figures, height_px)
    if handles:
        fig.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 0.0),
                   ncol=len(handles), fontsize=7, frameon=False, handlelength=1.6,
                   columnspacing=1.6)
    return _save(fig, path_stem)


def _profile_arrays(chainage: ArrayLike, z: ArrayLike) -> Tuple[FloatArray, FloatArray]:
    s = np.asarray(chainage, dtype=np.float64).reshape(-1)
    zz = np.asarray(z, dtype=np.float64).reshape(-1)
    if s.shape != zz.shape or s.size == 0:
        raise ValueError("chainage and z must be non-empty arrays of the same length")
    return s, zz


def _class_labels(class_labels: Optional[Sequence[str]]) -> List[str]:
    labels = list(class_labels) if class_labels is not None else [lab for lab, _ in GRADE_CLASSES]
    if len(labels) != len(GRADE_CLASSES):
        raise ValueError(f"class_labels needs {len(GRADE_CLASSES)} labels, got {len(labels)}")
    return labels


def _new_chart(height_px: int, header: bool) -> Tuple[Figure, Axes]:
    """A figure on its own Agg canvas and the axes of the profile, with margins in pixels: the
    legend and the x axis below, the title and figures above (when there is a header)."""
    # matplotlib is imported here, when a chart is drawn: at module level it would add 0.2 s
    # to every QGIS start and every qgis_process call
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_PX / DPI, height_px / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    bottom, top = BOTTOM_PX / height_px, (HEADER_PX if header else TOP_PX) / height_px
    ax = fig.add_axes((0.075, bottom, 0.905, 1.0 - bottom - top))
    return fig, ax


def _draw_graded(ax: Axes, s: FloatArray, zz: FloatArray, grade_window: float,
                 labels: List[str], fmt: Callable[[float], str],
                 nodata_label: str) -> List[Any]:
    """The profile coloured by grade class, its grades printed, its gaps shaded; returns the
    legend's handles."""
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    colours = [colour for _, colour in GRADE_CLASSES]
    s0, s1 = float(s[0]), float(s[-1])
    seg = max(grade_window, (s1 - s0) / MAX_SEGMENTS)
    boundaries = _segment_boundaries(s0, s1, seg)
    ds, dz = _draw_points(s, zz, boundaries)
    low, high = _y_limits(float(np.nanmin(zz)), float(np.nanmax(zz)))
    pieces = _pieces(ds, dz, boundaries)
    polygons, faces = [], []
    for xs, zs, grade, _ in pieces:
        x_km = xs * TO_KM
        polygons.append(np.column_stack((
            np.concatenate(([x_km[0]], x_km, [x_km[-1]])),
            np.concatenate(([low], zs, [low])))))
        faces.append(colours[grade_class(grade)])
    ax.add_collection(PolyCollection(polygons, facecolors=faces, edgecolors=faces,
                                     linewidths=0.3, zorder=2))
    ax.plot(ds * TO_KM, dz, color=OUTLINE_COLOUR, linewidth=1.0, zorder=3)
    if boundaries.size - 1 <= MAX_LABELLED_SEGMENTS:
        for xs, _, grade, whole in pieces:
            if whole:
                ax.text((xs[0] + xs[-1]) / 2 * TO_KM, low + 0.04 * (high - low), fmt(grade),
                        ha="center", va="bottom", fontsize=5.5, color=TEXT_COLOUR,
                        zorder=4, parse_math=False)
    gaps = _valid_gaps(ds, dz)
    for a, b in gaps:
        ax.axvspan(a * TO_KM, b * TO_KM, facecolor=NODATA_COLOUR, alpha=0.35,
                   edgecolor="none", zorder=1)
    used = sorted({grade_class(p[2]) for p in pieces})
    handles = [Patch(facecolor=colours[c], edgecolor="none", label=labels[c]) for c in used]
    if gaps:
        handles.append(Patch(facecolor=NODATA_COLOUR, alpha=0.35, edgecolor="none",
                             label=nodata_label))
    ax.set_xlim(s0 * TO_KM, s1 * TO_KM)
    ax.set_ylim(low, high)
    return handles


def _draw_without_grades(ax: Axes, s: FloatArray, zz: FloatArray,
                         nodata_label: str) -> List[Any]:
    """A profile without length or without data: its one point, or the no-data label."""
    valid = np.isfinite(zz)
    s0 = float(s[0])
    ax.text(0.5, 0.5, nodata_label if not valid.any() else "", transform=ax.transAxes,
            ha="center", va="center", color=MUTED_COLOUR, parse_math=False)
    if valid.any():
        z_only = float(zz[valid][0])
        ax.plot([s0 * TO_KM], [z_only], "o", color=OUTLINE_COLOUR)
        ax.set_ylim(*_y_limits(z_only, z_only))
    ax.set_xlim(s0 * TO_KM - 0.05, s0 * TO_KM + 0.05)
    return []


def _style_axes(ax: Axes, x_label: str, y_label: str, decimal_separator: str) -> None:
    if decimal_separator != ".":
        from matplotlib.ticker import FuncFormatter

        for axis in (ax.xaxis, ax.yaxis):
            axis.set_major_formatter(FuncFormatter(
                lambda value, _, axis=axis: _tick(value, axis, decimal_separator)))
    ax.set_xlabel(x_label, fontsize=8, color=TEXT_COLOUR)
    ax.set_ylabel(y_label, fontsize=8, color=TEXT_COLOUR)
    ax.tick_params(labelsize=7, colors=TEXT_COLOUR)
    ax.grid(True, color="#9e9e9e", linewidth=0.4, alpha=0.6, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _draw_header(fig: Figure, title: Optional[str], figures: Optional[Mapping[str, str]],
                 height_px: int) -> None:
    """The title, and the figures as a row of label / value blocks under it."""

    def from_top(pixels: float) -> float:
        return 1.0 - pixels / height_px

    if title:
        fig.text(0.075, from_top(31.5), str(title), fontsize=13, fontweight="bold",
                 color=TEXT_COLOUR, va="top", ha="left", parse_math=False)
    items = list(dict(figures).items()) if figures else []
    if items:
        spacing = min(0.18, 0.905 / len(items))
        for k, (label, value) in enumerate(items):
            x = 0.075 + k * spacing
            fig.text(x, from_top(101.5), str(label), fontsize=6.5, color=MUTED_COLOUR,
                     va="top", ha="left", parse_math=False)
            fig.text(x, from_top(129.5), str(value), fontsize=10.5, fontweight="bold",
                     color=TEXT_COLOUR, va="top", ha="left", parse_math=False)


def _save(fig: Figure, path_stem: Union[str, os.PathLike]) -> Tuple[str, str]:
    """Write the PNG and the SVG (texts kept as text, no date: the same chart, the same file)."""
    from matplotlib import rc_context

    stem = os.fspath(path_stem)
    Path(stem).parent.mkdir(parents=True, exist_ok=True)
    png_path, svg_path = stem + ".png", stem + ".svg"
    fig.savefig(png_path, dpi=DPI, format="png")
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "itinerance"}):
        fig.savefig(svg_path, format="svg", metadata={"Date": None})
    return png_path, svg_path


def _tick(value: float, axis: Axis, separator: str) -> str:
    """A tick label with as many decimals as the ticks' step needs, ``separator`` between."""
    ticks = axis.get_majorticklocs()
    step = float(np.min(np.diff(ticks))) if len(ticks) > 1 else 1.0
    decimals = max(0, -int(np.floor(np.log10(step) + 1e-9))) if step > 0 else 0
    return f"{value:.{decimals}f}".replace(".", separator).replace("-", "\u2212")


def _valid_gaps(ds: FloatArray, dz: FloatArray) -> List[Tuple[float, float]]:
    """(start, end) chainages of the nodata gaps, from the last valid to the next valid point
    (to the line's ends for a gap at an end)."""
    valid = np.isfinite(dz)
    if valid.all():
        return []
    edges = np.diff(np.concatenate(([True], valid, [True])).astype(np.int8))
    starts = np.flatnonzero(edges == -1)  # first NaN of each gap
    stops = np.flatnonzero(edges == 1)  # first valid after each gap
    gaps: List[Tuple[float, float]] = []
    for a, b in zip(starts, stops):
        gaps.append((ds[max(a - 1, 0)], ds[min(b, ds.size - 1)]))
    return gaps
