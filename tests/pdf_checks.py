"""What a reader of an exported PDF sees, read back with poppler-utils (pdfinfo, pdftotext,
pdftoppm, pdfimages): an oracle independent of QGIS."""

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

    from itinerance.processing.algorithms import print_layouts

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
