"""itinerance:exportclimbsheets through processing.run: one sheet per climb, read back with
poppler and checked against itinerance:slopeprofile's own figures."""

import re

import pdf_checks
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

CLIMBS = ("Rue d'Aire", "Montée du Mont Cassel par Oxelaëre", "Montée du Mont des Cats",
          "Montée du Mont Noir")


@pytest.fixture(scope="module")
def profiles(sample):
    """slopeprofile's figures for each climb of the sample: the oracle of the sheets."""
    result = processing.run("itinerance:slopeprofile", {
        "LINES": f"{sample['gpkg']}|layername=ascensions", "ID_FIELD": "name",
        "DEM": str(sample["dem"]), "OUTPUT": "memory:", "PROFILE": None, "CLIMBS": "memory:"})
    return {f["line_id"]: f for f in result["OUTPUT"].getFeatures()}


def export(project, sample, **params):
    context = QgsProcessingContext()
    context.setProject(project)
    params = {"LINES": f"{sample['gpkg']}|layername=ascensions", "DEM": str(sample["dem"]),
              "DPI": 100, **params}
    return processing.run("itinerance:exportclimbsheets", params, context=context)


def test_one_sheet_per_climb_with_its_map_chart_and_figures(project, sample, profiles,
                                                            tmp_path):
    pdf = tmp_path / "ascensions.pdf"
    result = export(project, sample, TITLE="Fiches ascension · Monts de Flandre",
                    ORGANISATION="Office de tourisme Cœur de Flandre", OUTPUT=str(pdf))
    assert result["PAGE_COUNT"] == 4 and result["SKIPPED_COUNT"] == 0
    assert pdf_checks.page_count(pdf) == 4
    for page, name in enumerate(CLIMBS, start=1):
        assert pdf_checks.page_size_mm(pdf, page) == pytest.approx((210, 297), abs=0.5)
        words = pdf_checks.text(pdf, page)
        assert words.startswith(name), words[:80]
        figures = profiles[name]
        for expected in (
                f"{figures['length_m'] / 1000:.2f} km", f"{figures['gain_m']:.0f} m",
                f"{figures['z_start_m']:.0f} → {figures['z_max_m']:.0f} m",
                f"{figures['avg_grade_pct']:.1f} %", f"{figures['max_grade_pct']:.1f} %",
                "Steepest 100 m", "Fiches ascension · Monts de Flandre",
                "Office de tourisme Cœur de Flandre", "© OpenStreetMap contributors"):
            assert expected in words, (name, expected)
        assert re.search(rf"\b{page} ?/ ?4\b", words)
        assert re.search(r"1:\d{1,3}(,\d{3})*", words)
        pdf_checks.assert_round_scale_bar(words)
        # the chart slopeprofile drew for this climb (1600 × 700 px), embedded as it is
        assert (1600, 700) in pdf_checks.images(pdf, page)
        pixels = pdf_checks.render(pdf, page, 40, tmp_path)
        inside = pdf_checks.region(pixels, pdf_checks.map_rect("climb_sheet_a4"), 40)
        assert inside.std() > 8 and pdf_checks.distinct_colours(inside) > 60
    # the README's figures for the rue d'Aire
    rue = pdf_checks.text(pdf, 1)
    assert "1.30 km" in rue and "125 m" in rue and "17.7 %" in rue


def test_lines_off_the_dem_are_counted_and_left_out(sample, tmp_path):
    lines = QgsVectorLayer("LineString?crs=EPSG:2154&field=name:string", "climbs", "memory")
    rows = [("Rue d'Aire", "LineString(663000 7077300, 663700 7078250)"),
            ("Ailleurs", "LineString(100000 6000000, 101000 6001000)")]
    features = []
    for name, wkt in rows:
        feature = QgsFeature(lines.fields())
        feature["name"] = name
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    lines.dataProvider().addFeatures(features)
    pdf = tmp_path / "une.pdf"
    # no project, no background layer: the DEM's hillshade is the background
    result = export(QgsProject(), sample, LINES=lines, GRADE_WINDOW=50, OUTPUT=str(pdf))
    assert result["PAGE_COUNT"] == 1 and result["SKIPPED_COUNT"] == 1
    words = pdf_checks.text(pdf)
    assert words.startswith("Rue d'Aire") and "Steepest 50 m" in words
    assert "Ailleurs" not in words and "Climb sheets" in words
    pixels = pdf_checks.render(pdf, 1, 40, tmp_path)
    inside = pdf_checks.region(pixels, pdf_checks.map_rect("climb_sheet_a4"), 40)
    assert inside.std() > 8


def test_png_sheets(project, sample, tmp_path):
    result = export(project, sample, OUTPUT=str(tmp_path / "fiche.png"), DPI=72)
    files = result["FILES"].split(";")
    assert [f.rsplit("/", 1)[1] for f in files] == [f"fiche_0{n}.png" for n in range(1, 5)]
    assert pdf_checks.read_png(files[0]).shape[:2] == pytest.approx((842, 595), abs=1)


def test_runs_on_the_main_thread_in_qgis():
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("itinerance:exportclimbsheets")
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading


def test_bad_input_says_what_to_fix(project, sample, tmp_path):
    with pytest.raises(QgsProcessingException, match="Unknown layout 3"):
        export(project, sample, LAYOUT=3, OUTPUT=str(tmp_path / "x.pdf"))
    with pytest.raises(QgsProcessingException, match="does not exist or is not writable"):
        export(project, sample, OUTPUT="/nonexistent/folder/x.pdf")
    off = QgsVectorLayer("LineString?crs=EPSG:2154&field=name:string", "off", "memory")
    feature = QgsFeature(off.fields())
    feature.setGeometry(QgsGeometry.fromWkt("LineString(100000 6000000, 101000 6001000)"))
    off.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="No climb could be profiled"):
        export(project, sample, LINES=off, OUTPUT=str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
