"""itinerance:exportclimbsheets through processing.run: one sheet per climb, read back with
poppler and checked against itinerance:slopeprofile's own figures."""

import re

import pdf_checks
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from itinerance.processing.database import stored_texts
from itinerance.processing.logic.inventory import data_model
from itinerance.processing.logic.reports import page_layout

CLIMBS = ("Rue d'Aire", "Montée du Mont Cassel par Oxelaëre", "Montée du Mont des Cats",
          "Montée du Mont Noir")
SURFACES = {value.code: value.label for value in data_model.SURFACES.values}


def chart_size():
    """The size in pixels of the chart a sheet embeds: 1600 px across its frame."""
    _, _, width, height = pdf_checks.map_rect("climb_sheet_a4", "profile_chart")
    return 1600, round(1600 * height / width)


class Places:
    """What names a point of the sample, found with QGIS's own geometry tests: the pôle and
    the commune it lies in, the point-nœud within 150 m (the oracle of the sheets' names)."""

    def __init__(self, gpkg):
        def layer(name):
            return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")

        self.poles = list(layer("poles").getFeatures())
        self.communes = [f for f in layer("perimetres").getFeatures() if f["kind"] == "commune"]
        self.nodes = list(layer("noeuds").getFeatures())

    def name(self, point):
        here = QgsGeometry.fromPointXY(QgsPointXY(*point))
        names = [f["name"] for f in self.poles if f.geometry().intersects(here)][:1]
        names += [f["name"] for f in self.communes if f.geometry().intersects(here)][:1]
        near = [(f.geometry().distance(here), f["number"]) for f in self.nodes]
        if near and min(near)[0] <= 150:
            names.append(f"node {min(near)[1]}")
        return ", ".join(names)


def ends(geometry):
    line = geometry.constGet()
    return (line.xAt(0), line.yAt(0)), (line.xAt(line.numPoints() - 1),
                                        line.yAt(line.numPoints() - 1))


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
    places = Places(sample["gpkg"])
    lines = {f["name"]: f for f in QgsVectorLayer(
        f"{sample['gpkg']}|layername=ascensions", "ascensions", "ogr").getFeatures()}
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
        # each figure and caption once: the chart shows the profile only
        for expected in (
                f"{figures['length_m'] / 1000:.2f} km", f"{figures['gain_m']:.0f} m",
                f"{figures['z_start_m']:.0f} → {figures['z_max_m']:.0f} m",
                f"{figures['avg_grade_pct']:.1f} %", f"{figures['max_grade_pct']:.1f} %",
                "Length", "Elevation gain", "Average grade", "Steepest 100 m", "Category"):
            assert len(re.findall(rf"(?<![\w.]){re.escape(expected)}(?![\w.])", words)) == 1, \
                (name, expected)
        assert [w for w in words.split() if "/" not in w].count(figures["category"]) == 1
        for expected in ("Fiches ascension · Monts de Flandre",
                         "Office de tourisme Cœur de Flandre",
                         f"Sources: {stored_texts.SAMPLE_RIGHTS} · "
                         f"{stored_texts.SAMPLE_DEM_RIGHTS}"):
            assert expected in words, (name, expected)
        assert "OpenStreetMap" not in words
        # where the steepest 100 m lie, then the foot, the top and the surface
        start = figures["max_grade_at_m"]
        end = start + min(100.0, figures["length_m"])
        assert f"km {start / 1000:.2f} to {end / 1000:.2f}" in words
        foot, top = (places.name(point) for point in ends(lines[name].geometry()))
        assert f"Foot Top Surface {foot} {top} unknown" in words, (foot, top)
        assert re.search(rf"\b{page} ?/ ?4\b", words)
        scale = pdf_checks.numeric_scale(words)
        assert page_layout.round_scale(scale) == scale
        assert pdf_checks.scale_bar_scale(pdf, page) == pytest.approx(scale, rel=0.01)
        pdf_checks.assert_round_scale_bar(words)
        # the chart drawn for this climb from slopeprofile's profile, at the frame's size
        assert chart_size() in pdf_checks.images(pdf, page)
        pixels = pdf_checks.render(pdf, page, 40, tmp_path)
        inside = pdf_checks.region(pixels, pdf_checks.map_rect("climb_sheet_a4"), 40)
        assert inside.std() > 8 and pdf_checks.distinct_colours(inside) > 60
    # the figures the documentation gives for the rue d'Aire
    rue = pdf_checks.text(pdf, 1)
    assert "1.30 km" in rue and "125 m" in rue and "17.7 %" in rue and "km 0.84 to 0.94" in rue
    assert "Foot Top Surface Cassel Cassel unknown" in rue  # no section runs along it


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
    # no project: nothing names the foot and the top (left out), no section gives a surface
    assert "Foot Top" not in words and "Top" not in words.split()
    assert "Surface unknown" in words
    pixels = pdf_checks.render(pdf, 1, 40, tmp_path)
    inside = pdf_checks.region(pixels, pdf_checks.map_rect("climb_sheet_a4"), 40)
    assert inside.std() > 8


def climbs_layer(rows, own_fields=False):
    """A memory layer of climbs: (name, geometry[, foot_name, top_name, surface]) rows."""
    extra = "&field=foot_name:string&field=top_name:string&field=surface:string" \
        if own_fields else ""
    layer = QgsVectorLayer(f"LineString?crs=EPSG:2154&field=name:string{extra}", "climbs",
                           "memory")
    features = []
    for name, geometry, *own in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, *own])
        feature.setGeometry(geometry)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def test_a_climb_along_the_network_and_a_climb_with_its_own_names(project, sample, tmp_path):
    """A climb drawn along a section of the sample network gets the section's surface and the
    points-nœuds at its ends; a climb with its own foot_name, top_name and surface keeps
    them."""
    places = Places(sample["gpkg"])
    sections = QgsVectorLayer(f"{sample['gpkg']}|layername=troncons", "troncons", "ogr")
    section = max((f for f in sections.getFeatures() if f["surface"]),
                  key=lambda f: f.geometry().length())
    geometry = QgsGeometry(section.geometry().constGet().geometryN(0).clone()) \
        if section.geometry().isMultipart() else QgsGeometry(section.geometry())
    foot, top = (places.name(point) for point in ends(geometry))
    assert "node" in foot and "node" in top  # the network joins points-nœuds
    elsewhere = QgsGeometry.fromWkt("LineString(663000 7077300, 663700 7078250)")
    lines = climbs_layer([("Le long du réseau", geometry, None, None, None),
                          ("Côte du Mont", elsewhere, "Pont de la Becque", "Belvédère", "pave")],
                         own_fields=True)
    pdf = tmp_path / "reseau.pdf"
    result = export(project, sample, LINES=lines, OUTPUT=str(pdf), DPI=72)
    assert result["PAGE_COUNT"] == 2
    along = pdf_checks.text(pdf, 1)
    assert along.startswith("Le long du réseau")
    assert f"Foot Top Surface {foot} {top} {SURFACES[section['surface']]}" in along
    own = pdf_checks.text(pdf, 2)
    assert "Foot Top Surface Pont de la Becque Belvédère Cobbles" in own


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
