"""What a reader of an exported PDF sees, read back with poppler-utils (pdfinfo, pdftotext,
pdftoppm, pdfimages): an oracle independent of QGIS."""

import html
import math
import re
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

MM_PER_PT = 25.4 / 72


def _run(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_count(pdf):
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.M).group(1))


def page_size_mm(pdf, page=1):
    """(width, height) of a page in millimetres."""
    info = _run("pdfinfo", "-f", str(page), "-l", str(page), str(pdf))
    width, height = re.search(r"Page\s+\d*\s*size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width) * MM_PER_PT, float(height) * MM_PER_PT


def text(pdf, page=None):
    """The text of one page (or all), words joined by single spaces, ligatures (ﬁ, ﬃ) undone."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(unicodedata.normalize("NFKC", _run("pdftotext", *pages, str(pdf), "-"))
                    .split())


def images(pdf, page=None):
    """(width, height) in pixels of the images embedded in a page (or all)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    listing = _run("pdfimages", "-list", *pages, str(pdf)).splitlines()[2:]
    return [(int(line.split()[3]), int(line.split()[4])) for line in listing]


def render(pdf, page, dpi, folder):
    """The page as an RGB numpy array (rows, columns, 3), rendered by pdftoppm."""
    stem = Path(folder) / f"{Path(pdf).stem}_page{page}"
    _run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png",
         str(pdf), str(stem))
    return read_png(f"{stem}.png")


def read_png(path):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format_RGB888)
    assert not image.isNull(), path
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    rows = np.frombuffer(bits, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def region(pixels, rect_mm, dpi, inset_mm=3.0):
    """The pixels inside ``rect_mm`` (x, y, width, height from the page's top left), ``inset_mm``
    in from its edges (off the frame)."""
    x, y, width, height = rect_mm
    scale = dpi / 25.4
    return pixels[int((y + inset_mm) * scale):int((y + height - inset_mm) * scale),
                  int((x + inset_mm) * scale):int((x + width - inset_mm) * scale)]


def distinct_colours(pixels):
    return len(np.unique(pixels.reshape(-1, 3), axis=0))


def map_rect(template, item_id="main_map"):
    """The rectangle (mm) where a plugin template places one of its items."""
    from qgis.core import QgsProject

    from itinerance.processing.layouts import print_layouts

    project = QgsProject()
    layout = print_layouts.load_template(project, template)  # owns the item: keep it alive
    item = layout.itemById(item_id)
    position, size = item.positionWithUnits(), item.sizeWithUnits()
    return position.x(), position.y(), size.width(), size.height()


def assert_round_scale_bar(words):
    """The scale bar's labels: 0 then even steps of 1, 2, 2.5 or 5 × 10^k."""
    labels = re.search(r"\b0 ([\d.]+) ([\d.]+)(?: ([\d.]+))?(?: ([\d.]+))? (km|m)\b", words)
    assert labels, "no scale bar labels"
    values = [float(v) for v in labels.groups()[:-1] if v is not None]
    step = values[0]
    assert values == pytest.approx([step * (i + 1) for i in range(len(values))])
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(mantissa == pytest.approx(m) for m in (1, 2, 2.5, 5)), values


def words(pdf, page):
    """The words of a page with their boxes: (text, x0, y0, x1, y1) in millimetres from the
    page's top left corner (pdftotext -bbox)."""
    xhtml = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">([^<]*)</word>', xhtml)
    return [(unicodedata.normalize("NFKC", html.unescape(word)),
             *(float(v) * MM_PER_PT for v in box)) for *box, word in found]


# 1:250,000 in English, 1:250 000 in French (a no-break space, or a narrow one)
NUMERIC_SCALE = re.compile(r"\b1:(\d{1,3}(?:[,\u00a0\u202f ]\d{3})*)\b")


def numeric_scale(page_text):
    """The denominator of the numeric scale printed on a page (1:250,000 -> 250000)."""
    found = NUMERIC_SCALE.search(page_text)
    assert found, "no numeric scale"
    return int(re.sub(r"\D", "", found.group(1)))


def scale_bar_scale(pdf, page):
    """The scale the scale bar draws: the distance it labels (its first and last labels,
    centred on its ends) over its length on paper."""
    boxes = words(pdf, page)
    for i, (word, x0, y0, x1, _) in enumerate(boxes):
        if word != "0":
            continue
        row = [b for b in boxes[i + 1:i + 8] if abs(b[2] - y0) < 0.5]
        numbers = [b for b in row if re.fullmatch(r"[\d.]+", b[0])]
        units = [b[0] for b in row if b[0] in ("m", "km")]
        if len(numbers) >= 1 and units:
            last = numbers[-1]
            metres = float(last[0]) * (1000.0 if units[0] == "km" else 1.0)
            paper_mm = (last[1] + last[3]) / 2 - (x0 + x1) / 2
            return metres * 1000.0 / paper_mm
    raise AssertionError("no scale bar labels")


def colour_box_mm(pixels, dpi, colour, rect_mm, tolerance=40):
    """The bounding box (x0, y0, x1, y1, mm from the page's top left) of the pixels of
    ``colour`` ("#rrggbb") inside ``rect_mm`` (x, y, width, height); None when there is none."""
    x, y, width, height = rect_mm
    scale = dpi / 25.4
    left, top = int(math.ceil(x * scale)), int(math.ceil(y * scale))
    inside = pixels[top:int((y + height) * scale), left:int((x + width) * scale)].astype(int)
    target = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    rows, cols = np.nonzero(np.abs(inside - target).max(axis=2) <= tolerance)
    if len(rows) == 0:
        return None
    return ((left + cols.min()) / scale, (top + rows.min()) / scale,
            (left + cols.max() + 1) / scale, (top + rows.max() + 1) / scale)
