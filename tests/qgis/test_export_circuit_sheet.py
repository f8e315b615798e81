"""itinerance:exportcircuitsheet through processing.run: one fiche circuit per circuit of the
sample, read back with poppler and checked against itinerance:buildcircuit's own figures."""

import re

import pdf_checks
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)

from itinerance.processing.logic.sample import territory as sample_territory

INPUTS = {"NETWORK": "troncons", "NODES": "noeuds", "NETWORK_FIELD": "network",
          "AIRES": "aires", "ESTABLISHMENTS": "etablissements"}


@pytest.fixture(scope="module")
def sequences(project):
    """The sample's circuits as a layer of sequences in the project."""
    layer = QgsVectorLayer("NoGeometry?field=name:string&field=sequence:string", "sequences",
                           "memory")
    for name, sequence in sample_territory.CIRCUITS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, sequence])
        layer.dataProvider().addFeature(feature)
    project.addMapLayer(layer, False)
    return layer


def context_of(project):
    context = QgsProcessingContext()
    context.setProject(project)
    return context


@pytest.fixture(scope="module")
def built(project, sample, sequences):
    """buildcircuit's circuits, legs and stops: the oracle of the sheets."""
    result = processing.run("itinerance:buildcircuit", {
        **INPUTS, "SEQUENCE": sequences.id(), "DEM": str(sample["dem"]), "OUTPUT": "memory:",
        "LEGS": "memory:", "STOPS": "memory:", "PROFILE": None}, context=context_of(project))
    return {name: list(result[name].getFeatures()) for name in ("OUTPUT", "LEGS", "STOPS")}


def export(project, **params):
    return processing.run("itinerance:exportcircuitsheet", {**INPUTS, "DPI": 100, **params},
                          context=context_of(project))


def test_one_sheet_per_circuit_with_its_numbers_figures_tables_and_chart(
        project, sample, sequences, built, tmp_path):
    pdf = tmp_path / "fiches.pdf"
    result = export(project, SEQUENCE=sequences.id(), DEM=str(sample["dem"]),
                    TITLE="Circuits points-nœuds · Cœur de Flandre",
                    ORGANISATION="Office de tourisme Cœur de Flandre", OUTPUT=str(pdf))
    count = len(sample_territory.CIRCUITS)
    assert result["PAGE_COUNT"] == count and result["SKIPPED_COUNT"] == 0
    assert pdf_checks.page_count(pdf) == count
    for page, circuit in enumerate(built["OUTPUT"], start=1):
        assert pdf_checks.page_size_mm(pdf, page) == pytest.approx((210, 297), abs=0.5)
        words = pdf_checks.text(pdf, page)
        assert words.startswith(circuit["name"]), words[:80]
        assert " → ".join(circuit["sequence"].split("-")) in words  # the numbers, in order
        # the six figures, in their boxes' order (pdftotext may glue "8 m" into "8m")
        figures = (f"{circuit['length_km']:.1f} km {circuit['gain_m']:.0f} m "
                   f"{circuit['loss_m']:.0f} m {circuit['max_grade_pct']:.1f} % "
                   f"{circuit['n_aires']} {circuit['n_accueil_velo']}")
        assert figures.replace(" ", "") in words.replace(" ", ""), (circuit["name"], figures)
        for expected in ("Distances between the nodes", "Circuits points-nœuds · Cœur de Flandre",
                         "Office de tourisme Cœur de Flandre", "generated, not survey data"):
            assert expected in words, (circuit["name"], expected)
        assert "OpenStreetMap" not in words  # the sample is generated: no false attribution
        for leg in (f for f in built["LEGS"] if f["circuit"] == circuit["name"]):
            assert (f"{leg['from_node']} → {leg['to_node']} {leg['length_m'] / 1000:.1f} "
                    f"{leg['end_km']:.1f}") in words
        stops = [f for f in built["STOPS"] if f["circuit"] == circuit["name"]]
        assert len(stops) == circuit["n_aires"] + circuit["n_accueil_velo"]
        for stop in stops:
            assert f"{stop['chainage_m'] / 1000:.1f} {stop['name']}" in words
        assert re.search(rf"\b{page} ?/ ?{count}\b", words)
        # the profile chart, drawn at 200 dpi
        assert (1600, 700) in pdf_checks.images(pdf, page)
    assert sum(f["n_accueil_velo"] for f in built["OUTPUT"]) > 0  # some stops are Accueil Vélo


def test_a_single_sequence_without_dem_has_no_chart_and_no_gain(project, tmp_path):
    pdf = tmp_path / "une.pdf"
    result = export(project, SEQUENCE="33-37-38-36-33", NAME="Tour du Mont Noir",
                    OUTPUT=str(pdf))
    assert result["PAGE_COUNT"] == 1
    words = pdf_checks.text(pdf, 1)
    assert words.startswith("Tour du Mont Noir")
    assert "33 → 37 → 38 → 36 → 33" in words
    assert "4.7 km – – – 1 0" in words  # length, no gain, loss nor grade, one aire
    assert (1600, 700) not in pdf_checks.images(pdf, 1)  # no profile chart


def test_png_output_is_one_file_per_sheet(project, sequences, tmp_path):
    result = export(project, SEQUENCE=sequences.id(), OUTPUT=str(tmp_path / "fiche.png"))
    files = result["FILES"].split(";")
    assert len(files) == result["PAGE_COUNT"] == len(sample_territory.CIRCUITS)
    assert all(re.search(r"fiche_0\d\.png$", f) for f in files)


def test_a_bad_sequence_stops_the_export_naming_the_number(project, tmp_path):
    with pytest.raises(QgsProcessingException, match="Node number 999 is not in"):
        export(project, SEQUENCE="33-999", OUTPUT=str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_the_export_runs_on_the_main_thread():
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(
        "itinerance:exportcircuitsheet")
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading
