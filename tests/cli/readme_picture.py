"""The README's one picture, docs/images/apercu.png: a contract map page, a page of the
indicators report and the dock's Circuit panel side by side, at the same height, from the
pictures `make guide-pictures` and `make screenshot` wrote into the same folder."""

import argparse
import sys
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

PARTS = ("carte_contrat.png", "rapport_indicateurs.png", "panneau_circuit.png")
HEIGHT_PX = 560
GAP_PX = 16


def compose(folder, target):
    images = []
    for name in PARTS:
        image = QImage(str(folder / name))
        if image.isNull():
            raise SystemExit(f"cannot read {folder / name}: run `make guide-pictures` and "
                             "`make screenshot` first")
        images.append(image.scaledToHeight(HEIGHT_PX, Qt.SmoothTransformation))
    width = sum(image.width() for image in images) + GAP_PX * (len(images) + 1)
    picture = QImage(width, HEIGHT_PX + 2 * GAP_PX, QImage.Format_RGB32)
    picture.fill(QColor("#d9dee3"))  # a light frame that sets the white pages apart
    painter = QPainter(picture)
    x = GAP_PX
    for image in images:
        painter.drawImage(x, GAP_PX, image)
        x += image.width() + GAP_PX
    painter.end()
    if not picture.save(str(target)):
        raise SystemExit(f"cannot write {target}")
    print(f"{target} ({target.stat().st_size // 1024} KB)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    compose(args.folder, args.folder / "apercu.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
