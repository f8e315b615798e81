"""`make guide-pictures`: a picture of each analysis for the user guide, into docs/images/.

Everything is drawn by the plugin itself, from the outputs `make demo` wrote: the maps are
single PNG pages of itinerance:exportcontractmap (which styles analysis outputs as their
algorithms do), the profile chart is the one itinerance:slopeprofile drew, and the contract map
and climb sheet pages are the demo's exports run again with QGIS set to French (their titles
are French: so are their legends and captions), as are the circuit sheet and the indicators
report, rasterised with pdftoppm.
"""

import argparse
import base64
import re
import shutil
import subprocess
import sys
from pathlib import Path

import fiona
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_demo import fresh_qgis, run_exports, run_indicators, run_products  # noqa: E402

WIDTH_PX = 1000
# an A4 landscape page (297 mm) WIDTH_PX wide
MAP_DPI = round(WIDTH_PX * 25.4 / 297)
CONTEXT = ["Relief (DEM)", "Hillshade"]  # the sample project's relief, under the analyses


def extent(paths, margin=0.04):
    """The bounds of the layers in ``paths`` (GeoPackages), widened by ``margin``, as
    qgis_process writes an extent."""
    boxes = []
    for path in paths:
        with fiona.open(path) as layer:
            boxes.append(layer.bounds)
    xmin, ymin = min(b[0] for b in boxes), min(b[1] for b in boxes)
    xmax, ymax = max(b[2] for b in boxes), max(b[3] for b in boxes)
    dx, dy = (xmax - xmin) * margin, (ymax - ymin) * margin
    return f"{xmin - dx:.0f},{xmax + dx:.0f},{ymin - dy:.0f},{ymax + dy:.0f} [EPSG:2154]"


def map_page(qgis, project, target, title, subtitle, layers, frame):
    """One A4 landscape page of the contract map export, WIDTH_PX wide, framed on ``frame``."""
    result = qgis.run("itinerance:exportcontractmap", PROJECT_PATH=project, TITLE=title,
                      SUBTITLE=subtitle, ORGANISATION="Itinérance, sample territory",
                      LAYOUT=1, LAYERS=[str(layer) for layer in layers], EXTENT=extent(frame),
                      DPI=MAP_DPI, OUTPUT=target)["results"]
    if int(result["PAGE_COUNT"]) != 1:
        raise SystemExit(f"{target}: {result['PAGE_COUNT']} pages, not 1")
    return target


def pdf_page(pdf, page, target):
    """Page ``page`` of ``pdf`` as a PNG WIDTH_PX wide (poppler's pdftoppm)."""
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    "-scale-to-x", str(WIDTH_PX), "-scale-to-y", "-1", str(pdf), str(stem)],
                   check=True)
    return target


def scaled(picture, target):
    """``picture`` WIDTH_PX wide (slopeprofile draws its charts for print)."""
    image = QImage(str(picture))
    if image.isNull():
        raise SystemExit(f"cannot read {picture}")
    if not image.scaledToWidth(WIDTH_PX, Qt.SmoothTransformation).save(str(target)):
        raise SystemExit(f"cannot write {target}")
    return target


def report_map(report, target):
    """The first perimeter's small map of the HTML report (its pictures are embedded)."""
    pictures = re.findall(r'src="data:image/png;base64,([^"]+)"',
                          report.read_text(encoding="utf-8"))
    if not pictures:
        raise SystemExit(f"{report} has no picture")
    target.write_bytes(base64.b64decode(pictures[0]))
    return target


def trame_with_missing_links(qgis, gpkg, work, max_link_length):
    """trameconnectivity with links long enough to reach the hub that is cut off: with the
    default 1,000 m the sample has no missing link to show."""
    outputs = {name: work / f"trame_{name.lower()}.gpkg"
               for name in ("OUTPUT", "HUBS_OUT", "MISSING_LINKS")}
    for path in outputs.values():
        path.unlink(missing_ok=True)
    qgis.run("itinerance:trameconnectivity", ITINERARIES=f"{gpkg}|layername=trame",
             HUBS=f"{gpkg}|layername=poles", HUB_NAME_FIELD="name",
             MAX_LINK_LENGTH=max_link_length, **outputs)
    return outputs


def pictures(sample, demo, out, work):
    needed = [demo / "airesgap_output.gpkg", demo / "airesgap_suggestions.gpkg",
              demo / "profils" / "Rue_d_Aire.png"]
    missing = [str(path) for path in needed if not path.exists()]
    if missing:
        raise SystemExit(f"run `make demo` first: missing {', '.join(missing)}")
    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    qgis = fresh_qgis(work)
    project = sample / "itinerance_sample.qgz"
    gpkg = sample / "itinerance_sample.gpkg"
    written = []

    stretches = demo / "airesgap_output.gpkg"
    written.append(map_page(
        qgis, project, work / "aires_lacunes.png", "Gaps between aires along the network",
        "itinerance:airesgap · distance bands, gaps and the 3 suggested sites",
        [stretches, demo / "airesgap_gaps.gpkg", demo / "airesgap_suggestions.gpkg", "aires",
         *CONTEXT], [stretches]))

    coverage = demo / "accueilvelocoverage_output.gpkg"
    written.append(map_page(
        qgis, project, work / "couverture_accueil_velo.png", "Accueil Vélo coverage of routes",
        "itinerance:accueilvelocoverage · 5 km from a labelled establishment",
        [coverage, demo / "accueilvelocoverage_gaps.gpkg",
         demo / "accueilvelocoverage_establishments_out.gpkg", *CONTEXT],
        [coverage, demo / "accueilvelocoverage_establishments_out.gpkg"]))

    trame = trame_with_missing_links(qgis, gpkg, work, 6000)
    written.append(map_page(
        qgis, project, work / "trame_connectivite.png", "Green network connectivity",
        "itinerance:trameconnectivity · critical links, hubs, missing links up to 6 km",
        # the project's poles under the analysis output, for their names
        [trame["OUTPUT"], trame["HUBS_OUT"], "poles", trame["MISSING_LINKS"], *CONTEXT],
        [trame["OUTPUT"], trame["HUBS_OUT"]]))

    written.append(scaled(demo / "profils" / "Rue_d_Aire.png", work / "profil_rue_d_aire.png"))
    french = fresh_qgis(work / "fr")
    french.set_locale("fr_FR")
    contract, sheets, circuits = run_exports(french, sample, demo, work)
    written.append(pdf_page(contract, 1, work / "carte_contrat.png"))
    written.append(pdf_page(sheets, 1, work / "fiche_ascension.png"))
    written.append(pdf_page(circuits, 1, work / "fiche_circuit.png"))
    stay = run_products(french, sample, work)
    written.append(pdf_page(stay, 1, work / "fiche_sejour.png"))
    _results, report, pdf = run_indicators(french, gpkg, sample / "dem.tif", work)
    written.append(pdf_page(pdf, 1, work / "rapport_indicateurs.png"))
    written.append(report_map(report, work / "rapport_indicateurs_carte.png"))

    for picture in written:
        target = out / picture.name
        shutil.copyfile(picture, target)
        print(f"{target} ({target.stat().st_size // 1024} KB)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=Path, required=True)
    parser.add_argument("--demo", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args(argv)
    pictures(args.sample.resolve(), args.demo.resolve(), args.out.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
