"""Pure helpers of the map exports: output format, page files, drawing order, credits, logos.

No QGIS import: layout coordinates are millimetres from the page's top left corner.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple, Union

Box = Tuple[float, float, float, float]  # x, y, width, height (mm), or xmin, ymin, xmax, ymax

FORMATS = {".pdf": "pdf", ".png": "png"}
# Drawing order of the main map, top first: points over lines over areas over rasters.
KIND_RANK = {"point": 0, "line": 1, "polygon": 2, "other": 3, "raster": 4}


def output_format(path: Union[str, Path]) -> Optional[str]:
    """'pdf' or 'png' from the file name's extension (any case), None for anything else."""
    return FORMATS.get(Path(str(path)).suffix.lower())


def page_files(output: Union[str, Path], page_count: int) -> List[Path]:
    """The files a PNG export writes: ``output`` itself for one page, else one file per page
    numbered from 1 (``carte_01.png``, ``carte_02.png``...; three digits from 100 pages)."""
    path = Path(str(output))
    if page_count <= 1:
        return [path]
    digits = max(2, len(str(page_count)))
    return [path.with_name(f"{path.stem}_{number:0{digits}d}{path.suffix}")
            for number in range(1, page_count + 1)]


def drawing_order(kinds: Sequence[str]) -> List[int]:
    """Positions of ``kinds`` ('point', 'line', 'polygon', 'raster', 'other') sorted top
    first, points to rasters; the given order is kept within a kind."""
    return sorted(range(len(kinds)), key=lambda i: KIND_RANK.get(kinds[i], KIND_RANK["other"]))


def credits_line(items: Iterable[Optional[object]], separator: str = " · ") -> str:
    """The credits joined once each, in order of first appearance, blanks dropped; a credit
    that repeats a longer one (same text, any case) is dropped too."""
    kept: List[str] = []
    for item in items:
        text = " ".join(str(item or "").split())
        if not text:
            continue
        lowered = text.lower()
        if any(lowered in other.lower() for other in kept):
            continue
        kept = [other for other in kept if other.lower() not in lowered]
        kept.append(text)
    return separator.join(kept)


def _rows(count: int, row_count: int) -> List[List[int]]:
    """Split ``count`` items into ``row_count`` consecutive rows as even as possible."""
    base, extra = divmod(count, row_count)
    sizes = [base + (1 if r < extra else 0) for r in range(row_count)]
    rows: List[List[int]] = []
    start = 0
    for size in sizes:
        rows.append(list(range(start, start + size)))
        start += size
    return rows


def logo_boxes(zone: Box, ratios: Iterable[float], gap: float = 2.0) -> List[Box]:
    """Boxes (x, y, width, height) for logos of aspect ``ratios`` (width / height) in the
    ``zone`` (x, y, width, height): all logos the same height, in the number of rows that
    makes them largest, rows and logos centred. Empty when there is no logo or no room."""
    x, y, width, height = zone
    ratios = [float(r) for r in ratios]
    if not ratios or width <= 0 or height <= 0 or any(not r > 0 for r in ratios):
        return []
    best: Optional[Tuple[float, List[List[int]]]] = None
    for row_count in range(1, len(ratios) + 1):
        rows = _rows(len(ratios), row_count)
        by_height = (height - gap * (row_count - 1)) / row_count
        by_width = min((width - gap * (len(row) - 1)) / sum(ratios[i] for i in row)
                       for row in rows)
        size = min(by_height, by_width)
        if best is None or size > best[0] + 1e-9:
            best = (size, rows)
    assert best is not None  # one row at least: ratios is not empty
    size, rows = best
    if not size > 0 or not math.isfinite(size):
        return []
    boxes: List[Box] = [(0.0, 0.0, 0.0, 0.0)] * len(ratios)  # each set below
    top = y + (height - (len(rows) * size + (len(rows) - 1) * gap)) / 2
    for row_number, row in enumerate(rows):
        row_width = sum(ratios[i] for i in row) * size + gap * (len(row) - 1)
        left = x + (width - row_width) / 2
        row_top = top + row_number * (size + gap)
        for i in row:
            boxes[i] = (left, row_top, ratios[i] * size, size)
            left += ratios[i] * size + gap
    return boxes


ROUND_SCALES = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0)


def round_scale(scale: float) -> float:
    """The round scale denominator (1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7.5, 8 × 10^k) at or
    just above ``scale``, so that the map still shows all it was framed on."""
    if not scale > 0 or not math.isfinite(scale):
        raise ValueError(f"a scale must be a positive number, got {scale!r}")
    power = 10.0 ** math.floor(math.log10(scale))
    for mantissa in ROUND_SCALES:
        if mantissa * power >= scale * (1 - 1e-9):
            return mantissa * power
    return 10.0 * power


def covered_share(inner: Box, outer: Box) -> float:
    """Share of the box ``outer`` (xmin, ymin, xmax, ymax) that the box ``inner`` covers."""
    width = min(inner[2], outer[2]) - max(inner[0], outer[0])
    height = min(inner[3], outer[3]) - max(inner[1], outer[1])
    area = (outer[2] - outer[0]) * (outer[3] - outer[1])
    if width <= 0 or height <= 0 or area <= 0:
        return 0.0
    return width * height / area


def wrap_label(text: object, max_chars: int) -> str:
    """``text`` on lines of at most ``max_chars`` characters, broken between words (a longer
    word keeps its own line), joined by newlines."""
    words = str(text).split()
    lines: List[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= max_chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


SEGMENT_STEPS = (1.0, 2.0, 2.5, 5.0)


def scale_bar(scale: float, min_mm: float = 20.0,
              max_mm: float = 50.0) -> Tuple[float, int, str]:
    """A scale bar of round segments for a map at 1:``scale``: (segment length in metres,
    number of segments, 'km' or 'm'). Four segments if they fit between ``min_mm`` and
    ``max_mm`` of paper, else three, five or two; segments of 1, 2, 2.5 or 5 × 10^k metres,
    the longest bar that fits; kilometres from a 1 km bar."""
    if not scale > 0 or not math.isfinite(scale):
        raise ValueError(f"a scale must be a positive number, got {scale!r}")
    metres_per_mm = scale / 1000.0
    first = math.floor(math.log10(min_mm * metres_per_mm / 5)) - 1
    steps = [step * 10.0 ** power for power in range(first, first + 4)
             for step in SEGMENT_STEPS]
    for count in (4, 3, 5, 2):
        fitting = [s for s in steps if min_mm <= count * s / metres_per_mm <= max_mm]
        if fitting:
            segment = max(fitting)
            return segment, count, "km" if segment * count >= 1000 else "m"
    raise ValueError(f"no round scale bar between {min_mm} and {max_mm} mm")  # cannot happen
