"""itinerance:exportcontractmap through processing.run, read back from the PDF with poppler."""

import re

import pdf_checks
import processing
import pytest
from feedback_log import Log
from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerMetadata,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from itinerance.processing.database import stored_texts
from itinerance.processing.logic.reports import page_layout

A4, A3 = (210.0, 297.0), (297.0, 420.0)
ATLAS_OUTLINE = ("#1f6f78", 0.8)  # colour and width (mm) of the page's feature outline
SAMPLE_CREDIT = " · ".join((stored_texts.SAMPLE_RIGHTS, stored_texts.SAMPLE_DEM_RIGHTS))


def export(project, **params):
    context = QgsProcessingContext()
    context.setProject(project)
    params.setdefault("TITLE", "Réseau cyclable et aires")
    params.setdefault("DPI", 100)
    return processing.run("itinerance:exportcontractmap", params, context=context)


def assert_drawn_at_a_round_scale(pdf, page, template, box_m, outline, folder):
    """The page's numeric scale is a round one, its scale bar draws that scale, and the map is
    drawn at it: a rectangle of known size ``box_m`` (xmin, ymin, xmax, ymax, metres) drawn in
    the ``outline`` (colour, width in mm) measures on paper what the scale says, and lies
    inside the map. Returns the scale."""
    scale = pdf_checks.numeric_scale(pdf_checks.text(pdf, page))
    assert page_layout.round_scale(scale) == scale, scale
    assert pdf_checks.scale_bar_scale(pdf, page) == pytest.approx(scale, rel=0.01)
    x, y, width, height = pdf_checks.map_rect(template)
    colour, line_mm = outline
    drawn = pdf_checks.colour_box_mm(pdf_checks.render(pdf, page, 100, folder), 100, colour,
                                     (x + 1, y + 1, width - 2, height - 2), tolerance=30)
    assert drawn is not None, f"page {page}: the outline is not drawn"
    assert x + 1.2 < drawn[0] and drawn[2] < x + width - 1.2, (page, drawn)  # whole, inside
    assert y + 1.2 < drawn[1] and drawn[3] < y + height - 1.2, (page, drawn)
    # the scale bar or the north arrow may hide an end of the outline, which then looks
    # shorter (a larger scale): the smaller of the two measures is the map's scale
    measured = [metres * 1000.0 / paper_mm for metres, paper_mm in (
        (box_m[2] - box_m[0], drawn[2] - drawn[0] - line_mm),
        (box_m[3] - box_m[1], drawn[3] - drawn[1] - line_mm))]
    assert min(measured) == pytest.approx(scale, rel=0.015), (page, measured)
    assert max(measured) > scale * 0.985, (page, measured)
    return scale


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
                     "CC de Flandre Intérieure", "Legend", f"Sources: {stored_texts.SAMPLE_RIGHTS}",
                     # the airesgap style, its bands from the MAX_DISTANCE read back (3 km)
                     "up to 1.5 km", "1.5 to 3 km", "over 6 km (not served)",
                     "Suggested sites for new aires",
                     # a data-model layer of the project, under its title
                     "Cyclist rest areas", "Equipped rest area", "km"):
        assert expected in words
    assert "OpenStreetMap" not in words  # the sample is generated, and says so
    scale = pdf_checks.numeric_scale(words)
    # one page on all the layers: the scale is rounded (1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5…)
    assert page_layout.round_scale(scale) == scale
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
    # each page framed whole on its own EPCI, at a round scale its scale bar draws
    boxes = [f.geometry().boundingBox() for f in sorted(epci(sample).getFeatures(),
                                                         key=lambda f: f.id())]
    for page, (words, box) in enumerate(zip((first, second), boxes), start=1):
        pdf_checks.assert_round_scale_bar(words)
        assert_drawn_at_a_round_scale(
            pdf, page, "contract_a4_portrait",
            (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), ATLAS_OUTLINE,
            tmp_path)


def test_every_page_of_the_sample_atlas_is_at_a_round_scale(project, sample, tmp_path):
    """The 23 perimetres of the sample (2 EPCI, 21 communes) as make demo exports them: every
    page at a round scale, the scale bar and the map drawn at that scale, the whole
    perimeter in view."""
    coverage = QgsVectorLayer(f"{sample['gpkg']}|layername=perimetres", "perimetres", "ogr")
    pdf = tmp_path / "perimetres.pdf"
    result = export(project, LAYOUT=1, COVERAGE=coverage, LAYERS=["troncons"], DPI=72,
                    OUTPUT=str(pdf))
    features = sorted(coverage.getFeatures(), key=lambda f: f.id())
    assert result["PAGE_COUNT"] == len(features) == pdf_checks.page_count(pdf) == 23
    scales = set()
    for page, feature in enumerate(features, start=1):
        assert feature["name"] in pdf_checks.text(pdf, page)
        box = feature.geometry().boundingBox()
        scales.add(assert_drawn_at_a_round_scale(
            pdf, page, "contract_a4_landscape",
            (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), ATLAS_OUTLINE,
            tmp_path))
    assert len(scales) > 3  # each page at the scale of its own perimeter


def rectangle_layer(box, colour="#ff00ff"):
    """A polygon layer of one rectangle drawn as an outline of ``colour``, 0.6 mm wide."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "cadre", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*box)))
    layer.dataProvider().addFeatures([feature])
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": colour, "outline_width": "0.6"})))
    return layer


def test_one_page_at_a_round_scale_that_the_bar_and_the_map_draw(project, tmp_path):
    box = (664000.0, 7066000.0, 675000.0, 7073000.0)  # 11 km by 7 km
    pdf = tmp_path / "cadre.pdf"
    export(project, LAYOUT=1, LAYERS=[rectangle_layer(box), "troncons"],
           EXTENT="664000,675000,7066000,7073000 [EPSG:2154]", OUTPUT=str(pdf))
    scale = assert_drawn_at_a_round_scale(pdf, 1, "contract_a4_landscape", box,
                                          ("#ff00ff", 0.6), tmp_path)
    # 11 km across the map's width (7 km fit in its height at that scale): 1:54,726 fitted,
    # then rounded up
    width_mm = pdf_checks.map_rect("contract_a4_landscape")[2]
    assert 11_000 * 1000 / width_mm == pytest.approx(54_726, abs=1) and scale == 60_000



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


def test_a_table_is_left_out_and_named(project, tmp_path):
    table = QgsVectorLayer("None?field=name:string", "tableau des aires", "memory")
    feedback = Log()
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


def declaring(layer, rights=(), licences=(), attribution=""):
    """``layer`` declaring its sources as a planner fills them in (Layer Properties ▸
    Metadata ▸ Access; QGIS Server ▸ Attribution)."""
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setRights(list(rights))
    metadata.setLicenses(list(licences))
    layer.setMetadata(metadata)
    server = layer.serverProperties()
    if hasattr(server, "setAttribution"):  # QGIS 3.38 and newer
        server.setAttribution(attribution)
    else:
        layer.setAttribution(attribution)
    return layer


def test_the_credit_names_what_the_layers_shown_declare(project, tmp_path):
    osm = declaring(rectangle_layer((664000.0, 7066000.0, 675000.0, 7073000.0)),
                    rights=["© OpenStreetMap contributors, ODbL"])
    region = declaring(QgsVectorLayer("LineString?crs=EPSG:2154", "schéma", "memory"),
                       licences=["Licence Ouverte 2.0"], attribution="Département du Nord")
    pdf = tmp_path / "credits.pdf"
    export(project, LAYERS=["aires", osm, region], OUTPUT=str(pdf))
    words = pdf_checks.text(pdf)
    # in drawing order (points over lines over areas), each once
    assert f"Sources: {stored_texts.SAMPLE_RIGHTS} · Licence Ouverte 2.0 · Département " \
           "du Nord · © OpenStreetMap contributors, ODbL" in words
    assert words.count("OpenStreetMap") == 1


def test_the_sample_is_credited_as_generated_never_as_openstreetmap(project, tmp_path):
    pdf = tmp_path / "exemple.pdf"
    export(project, DPI=72, OUTPUT=str(pdf))  # the project's visible layers, DEM included
    words = pdf_checks.text(pdf)
    assert f"Sources: {SAMPLE_CREDIT}" in words
    assert "OpenStreetMap" not in words and "©" not in words


def test_sources_given_replace_the_declared_ones(project, tmp_path):
    pdf = tmp_path / "sources.pdf"
    export(project, LAYERS=["aires"], SOURCES="IGN BD TOPO 2024, Région Hauts-de-France",
           OUTPUT=str(pdf))
    words = pdf_checks.text(pdf)
    assert "Sources: IGN BD TOPO 2024, Région Hauts-de-France" in words
    assert stored_texts.SAMPLE_RIGHTS not in words


def test_a_layer_that_declares_nothing_adds_no_source(tmp_path):
    feedback = Log()
    context, project = QgsProcessingContext(), QgsProject()
    context.setProject(project)
    pdf = tmp_path / "muet.pdf"
    processing.run("itinerance:exportcontractmap", {
        "TITLE": "Cadre", "DPI": 72, "OUTPUT": str(pdf),
        "LAYERS": [rectangle_layer((664000.0, 7066000.0, 675000.0, 7073000.0))]},
        context=context, feedback=feedback)
    assert "Sources" not in pdf_checks.text(pdf)
    assert any("declares its sources" in w and "Metadata" in w for w in feedback.warnings)
