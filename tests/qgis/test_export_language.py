"""The map exports in the user's language on every page: legend (layer titles, value lists,
the analysis outputs' styles), captions, labels and credits, in French when QGIS is in French
and in English when it is in English, whatever language the project database was written
in. The expected texts are read from the .ts as plain XML (ts_catalog)."""

import re

import pdf_checks
import processing
import pytest
import ts_catalog
from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QLocale

from itinerance.plugin import translation
from itinerance.processing.database import stored_texts

FRENCH_DATE = re.compile(r"\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|"
                         r"septembre|octobre|novembre|décembre) \d{4}\b")
ENGLISH_DATE = re.compile(r"\b\d{1,2} (January|February|March|April|May|June|July|August|"
                          r"September|October|November|December) \d{4}\b")


def model_fr(text):
    return ts_catalog.french("DataModel", text)


def sample_fr(text):
    return ts_catalog.french(stored_texts.SAMPLE_CONTEXT, text)


def in_language(language):
    """Switch the plugin's translator and the locale (dates, numbers), as QGIS does when it
    starts in that language."""
    translation.remove_translators()
    if language == "fr":
        assert translation.install_translator("fr")
    QLocale.setDefault(QLocale("fr_FR" if language == "fr" else "en_GB"))


@pytest.fixture
def french():
    previous = QLocale()
    in_language("fr")
    yield
    translation.remove_translators()
    QLocale.setDefault(previous)


@pytest.fixture(scope="module")
def french_sample(qgis_app, tmp_path_factory):
    """The sample territory written by QGIS in French: titles, value lists and credits stored
    in French."""
    from itinerance.processing.database.sample_writer import write_sample

    previous = QLocale()
    in_language("fr")
    try:
        written = write_sample(tmp_path_factory.mktemp("echantillon"))
    finally:
        translation.remove_translators()
        QLocale.setDefault(previous)
    project = QgsProject()
    assert project.read(str(written["project"]))
    return written, project


def without_names(words, sample):
    """The page's text without the names of the sample's features (labels on the map, page
    names): proper names such as "Parc de la Loisne" are data, not texts of the plugin."""
    names = set()
    for layer in ("poles", "aires", "ascensions", "perimetres", "itineraires"):
        source = QgsVectorLayer(f"{sample['gpkg']}|layername={layer}", layer, "ogr")
        names.update(str(feature["name"]) for feature in source.getFeatures())
    for name in sorted(names, key=len, reverse=True):
        words = words.replace(name, " ")
    return words


def contract_atlas(project, sample, analysis_files, pdf, relief):
    context = QgsProcessingContext()
    context.setProject(project)
    coverage = QgsVectorLayer(f"{sample['gpkg']}|layername=perimetres|subset=\"kind\" = 'epci'",
                              "perimetres", "ogr")
    result = processing.run("itinerance:exportcontractmap", {
        "TITLE": "Schéma cyclable", "LAYOUT": 1, "COVERAGE": coverage, "DPI": 72,
        "LAYERS": [analysis_files["stretches"], analysis_files["suggestions"], "aires",
                   "troncons", "itineraires", "poles", relief],
        "OUTPUT": str(pdf)}, context=context)
    assert result["PAGE_COUNT"] == 2
    return [pdf_checks.text(pdf, page) for page in (1, 2)]


def climb_sheets(project, sample, pdf):
    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.run("itinerance:exportclimbsheets", {
        "LINES": f"{sample['gpkg']}|layername=ascensions", "DEM": str(sample["dem"]),
        "DPI": 72, "OUTPUT": str(pdf)}, context=context)
    assert result["PAGE_COUNT"] == 4
    return [pdf_checks.text(pdf, page) for page in range(1, 5)]


def test_contract_atlas_in_french_over_a_database_written_in_english(
        project, sample, analysis_files, french, tmp_path):
    first, second = contract_atlas(project, sample, analysis_files, tmp_path / "atlas.pdf",
                                   stored_texts.RELIEF)  # the layer's name in this project
    legend = ts_catalog.french("ExportContractMap", "Legend")
    for words in (first, second):
        assert legend in words and FRENCH_DATE.search(words), words[:200]
        assert f"Sources : {sample_fr(stored_texts.SAMPLE_RIGHTS)}" in words
        assert sample_fr(stored_texts.RELIEF) in words
        assert ts_catalog.leftovers(without_names(words, sample), "fr") == []
        assert not ENGLISH_DATE.search(words)
    # the data model's titles and value lists, stored in English, shown in French
    # (the sections drawn per mode since schema 4: their legend names the sample's, cycling)
    for text in ("Cyclist rest areas", "Equipped rest area", "Network sections", "Cycling"):
        assert model_fr(text) in first, text
    assert model_fr("Itineraries") in second and model_fr("EuroVelo route") in second
    # the analysis outputs, styled by their algorithm in French
    assert ts_catalog.french("AiresGap", "Suggested sites for new aires") in first
    assert "1,5 km" in first  # the distance bands, in French numbers


def test_climb_sheets_in_french(project, sample, french, tmp_path):
    pages = climb_sheets(project, sample, tmp_path / "fiches.pdf")
    for words in pages:
        for caption in ("Length", "Elevation gain", "Foot → top", "Average grade", "Category",
                        "Foot", "Top", "Surface"):
            assert ts_catalog.french("ExportClimbSheets", caption) in words, caption
        assert ts_catalog.french("ExportClimbSheets", "Steepest {} m").format(100) in words
        assert ts_catalog.leftovers(without_names(words, sample), "fr") == [], words
        assert FRENCH_DATE.search(words)
    assert "Cassel Cassel inconnu" in pages[0]
    assert ts_catalog.french("ExportClimbSheets", "km {} to {}").format("0,84", "0,94") \
        in pages[0]


def test_english_over_a_database_written_in_french(french_sample, analysis_files, tmp_path):
    sample, project = french_sample
    assert project.mapLayersByName("aires")[0].metadata().title() == model_fr(
        "Cyclist rest areas")  # stored in French
    first, second = contract_atlas(project, sample, analysis_files, tmp_path / "atlas.pdf",
                                   sample_fr(stored_texts.RELIEF))
    for words in (first, second):
        assert "Legend" in words and ENGLISH_DATE.search(words)
        assert f"Sources: {stored_texts.SAMPLE_RIGHTS}" in words
        assert ts_catalog.leftovers(without_names(words, sample), "en") == []
    for text in ("Cyclist rest areas", "Equipped rest area", "Network sections", "Relief (DEM)"):
        assert text in first, text
    pages = climb_sheets(project, sample, tmp_path / "fiches.pdf")
    for words in pages:
        assert "Elevation gain" in words
        assert ts_catalog.leftovers(without_names(words, sample), "en") == []
