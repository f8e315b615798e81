"""itinerance:exportcontractmap through processing.run, read back from the PDF with poppler."""

import re

import pdf_checks
import processing
import pytest
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

A4, A3 = (210.0, 297.0), (297.0, 420.0)


@pytest.fixture(scope="module")
def analysis_files(sample, tmp_path_factory):
    """airesgap and accueilvelocoverage outputs written to GeoPackages, as qgis_process does."""
    folder = tmp_path_factory.mktemp("analyses")
    gpkg = sample["gpkg"]
    files = {name: str(folder / f"{name}.gpkg") for name in (
        "stretches", "gaps", "suggestions", "diagnostics", "coverage", "av_gaps", "prospects")}
    processing.run("itinerance:airesgap", {
        "NETWORK": f"{gpkg}|layername=troncons", "AIRES": f"{gpkg}|layername=aires",
        "MAX_DISTANCE": 3000, "OUTPUT": files["stretches"], "GAPS": files["gaps"],
        "SUGGESTIONS": files["suggestions"], "DIAGNOSTICS": files["diagnostics"]})
    processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": f"{gpkg}|layername=itineraires", "ROUTE_NAME_FIELD": "name",
        "ESTABLISHMENTS": f"{gpkg}|layername=etablissements", "CATEGORY_FIELD": "category",
        "LABEL_FIELD": "accueil_velo", "OUTPUT": files["coverage"], "GAPS": files["av_gaps"],
        "ESTABLISHMENTS_OUT": files["prospects"], "SUMMARY": "memory:"})
    return files


def export(project, **params):
    context = QgsProcessingContext()
    context.setProject(project)
    params.setdefault("TITLE", "Réseau cyclable et aires")
    params.setdefault("DPI", 100)
    return processing.run("itinerance:exportcontractmap", params, context=context)


def assert_map_drawn(pdf, page, template, folder):
    pixels = pdf_checks.render(pdf, page, 40, folder)
    inside = pdf_checks.region(pixels, pdf_checks.map_rect(template), 40)
    assert inside.std() > 12, "the map area is (nearly) uniform"
    assert pdf_checks.distinct_colours(inside) > 60


def epci(sample):
    layer = QgsVectorLayer(f"{sample['gpkg']}|layername=perimetres|subset=\"kind\" = 'epci'",
                           "perimetres", "ogr")
    assert layer.featureCount() == 2
    return layer


def test_one_page_with_analysis_outputs_styled_and_legend(project, analysis_files, tmp_path):
    pdf = tmp_path / "reseau.pdf"
    result = export(project, SUBTITLE="Contrat de destination touristique, bilan 2025",
                    ORGANISATION="CC de Flandre Intérieure", LAYOUT=1,
                    LAYERS=[analysis_files["stretches"], analysis_files["suggestions"], "aires"],
                    OUTPUT=str(pdf))
    assert result["PAGE_COUNT"] == 1 and result["OUTPUT"] == str(pdf)
    assert pdf_checks.page_count(pdf) == 1
    assert pdf_checks.page_size_mm(pdf) == pytest.approx(A4[::-1], abs=0.5)
    words = pdf_checks.text(pdf)
    for expected in ("Réseau cyclable et aires", "Contrat de destination touristique, bilan 2025",
                     "CC de Flandre Intérieure", "Legend", "© OpenStreetMap contributors",
                     # the airesgap style, its bands from the MAX_DISTANCE read back (3 km)
                     "up to 1.5 km", "1.5 to 3 km", "over 6 km (not served)",
                     "Suggested sites for new aires",
                     # a data-model layer of the project, under its title
                     "Cyclist rest areas", "Equipped rest area", "km"):
        assert expected in words
    scale = re.search(r"1:(\d{1,3}(?:,\d{3})+)", words)
    assert scale, "no numeric scale"
    # one page on all the layers: the scale is rounded (1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5…)
    assert int(scale.group(1).replace(",", "")) % 25000 == 0
    pdf_checks.assert_round_scale_bar(words)
    assert not re.search(r"\b1 ?/ ?1\b", words)  # no page number without an atlas
    assert_map_drawn(pdf, 1, "contract_a4_landscape", tmp_path)


def test_legend_lists_only_what_the_map_shows(project, tmp_path):
    """The Monts de Flandre in the north: no pôle (they lie around Béthune and Lens)."""
    pdf = tmp_path / "monts.pdf"
    export(project, LAYERS=["aires", "poles", "troncons"], LAYOUT=0,
           EXTENT="660000,685000,7070000,7085000 [EPSG:2154]", OUTPUT=str(pdf))
    words = pdf_checks.text(pdf)
    assert "Cyclist rest areas" in words and "Network sections" in words
    assert "Hubs (pôles)" not in words and "Leisure hub" not in words
    assert pdf_checks.page_size_mm(pdf) == pytest.approx(A4, abs=0.5)
    everything = tmp_path / "tout.pdf"
    export(project, LAYERS=["aires", "poles", "troncons"], LAYOUT=0, OUTPUT=str(everything))
    assert "Hubs (pôles)" in pdf_checks.text(everything)


def test_atlas_one_page_per_epci(project, sample, tmp_path):
    pdf = tmp_path / "contrat.pdf"
    result = export(project, LAYOUT=0, COVERAGE=epci(sample), OUTPUT=str(pdf),
                    LAYERS=["aires", "troncons", "itineraires", "perimetres"])
    assert result["PAGE_COUNT"] == 2
    assert pdf_checks.page_count(pdf) == 2
    first, second = pdf_checks.text(pdf, 1), pdf_checks.text(pdf, 2)
    assert "CC de Flandre Intérieure" in first and re.search(r"\b1 ?/ ?2\b", first)
    assert "CA de Béthune-Bruay, Artois-Lys Romane" in second and re.search(r"\b2 ?/ ?2\b", second)
    for words in (first, second):
        assert "Réseau cyclable et aires" in words and "Legend" in words
    # Flandre Intérieure holds the points-nœuds network; the Béthune page shows EV5 and the Lys
    assert "Network sections" in first and "Itineraries" in second
    for page in (1, 2):
        assert pdf_checks.page_size_mm(pdf, page) == pytest.approx(A4, abs=0.5)
        assert_map_drawn(pdf, page, "contract_a4_portrait", tmp_path)
    scales = [re.search(r"1:([\d,]+)", words).group(1) for words in (first, second)]
    assert scales[0] != scales[1]  # each page framed on its own EPCI
    for words in (first, second):  # and its scale bar in round segments
        pdf_checks.assert_round_scale_bar(words)



def test_a3_landscape_and_default_layers_are_the_visible_ones(project, tmp_path):
    pdf = tmp_path / "a3.pdf"
    export(project, LAYOUT=2, OUTPUT=str(pdf), DPI=72)
    assert pdf_checks.page_size_mm(pdf) == pytest.approx(A3[::-1], abs=0.5)
    words = pdf_checks.text(pdf)
    for title in ("Cyclist rest areas", "Network sections", "Itineraries", "Perimeters",
                  "Relief (DEM)"):
        assert title in words
    assert "Band 1" not in words  # the relief's ramp, without GDAL's band heading
    assert_map_drawn(pdf, 1, "contract_a3_landscape", tmp_path)


def test_png_pages_and_logos(project, sample, tmp_path):
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format_RGB32)
    image.fill(QColor("#1f6f78"))
    assert image.save(str(logo))
    result = export(project, LAYOUT=1, COVERAGE=epci(sample), OUTPUT=str(tmp_path / "carte.png"),
                    LAYERS=["troncons"], DPI=72, LOGOS=[str(logo)])
    pages = [tmp_path / "carte_01.png", tmp_path / "carte_02.png"]
    assert result["PAGE_COUNT"] == 2 and result["FILES"].split(";") == [str(p) for p in pages]
    for page in pages:
        pixels = pdf_checks.read_png(page)
        assert pixels.shape[:2] == pytest.approx((210 / 25.4 * 72, 297 / 25.4 * 72), abs=1)
    assert not (tmp_path / "carte.png").exists()
    pdf = tmp_path / "logos.pdf"
    export(project, LAYOUT=1, LAYERS=["troncons"], OUTPUT=str(pdf), LOGOS=[str(logo), str(logo)])
    assert pdf_checks.images(pdf).count((120, 40)) == 2


def test_runs_on_the_main_thread_in_qgis():
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("itinerance:exportcontractmap")
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading


@pytest.mark.parametrize("params, message", [
    ({"LAYOUT": 7}, "Unknown layout 7"),
    ({"OUTPUT": "/nonexistent/folder/carte.pdf"}, "does not exist or is not writable"),
    ({"OUTPUT": "carte.jpg"}, "must end in .pdf or .png"),
])
def test_bad_parameters_say_what_to_fix(project, tmp_path, params, message):
    params = {"LAYERS": ["aires"], "OUTPUT": str(tmp_path / "carte.pdf"), **params}
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        export(project, **params)


def test_empty_coverage_is_refused(project, sample, tmp_path):
    empty = QgsVectorLayer(f"{sample['gpkg']}|layername=perimetres|subset=\"kind\" = 'region'",
                           "perimetres", "ogr")
    assert empty.isValid() and empty.featureCount() == 0
    with pytest.raises(QgsProcessingException, match="perimetres has no features"):
        export(project, LAYERS=["aires"], COVERAGE=empty, OUTPUT=str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_nothing_to_show_is_refused(tmp_path):
    with pytest.raises(QgsProcessingException, match="No layer to show"):
        export(QgsProject(), OUTPUT=str(tmp_path / "vide.pdf"))
    hidden = QgsProject()
    layer = QgsVectorLayer("Point?crs=EPSG:2154", "points", "memory")
    hidden.addMapLayer(layer)
    hidden.layerTreeRoot().findLayer(layer).setItemVisibilityChecked(False)
    with pytest.raises(QgsProcessingException, match="No layer to show"):
        export(hidden, OUTPUT=str(tmp_path / "vide.pdf"))


class Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)


def test_a_table_is_left_out_and_named(project, tmp_path):
    table = QgsVectorLayer("None?field=name:string", "tableau des aires", "memory")
    feedback = Warnings()
    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.run("itinerance:exportcontractmap", {
        "TITLE": "Aires", "LAYERS": [table, "aires"], "DPI": 72,
        "OUTPUT": str(tmp_path / "aires.pdf")}, context=context, feedback=feedback)
    assert result["PAGE_COUNT"] == 1
    assert any("tableau des aires" in w and "without geometry" in w for w in feedback.warnings)
    assert "Cyclist rest areas" in pdf_checks.text(tmp_path / "aires.pdf")


def test_a_layer_that_does_not_load_is_refused(project, tmp_path):
    with pytest.raises(QgsProcessingException, match="LAYERS: cannot load .*absent.gpkg"):
        export(project, LAYERS=["aires", str(tmp_path / "absent.gpkg")],
               OUTPUT=str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
