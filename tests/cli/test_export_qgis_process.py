"""The map exports as users script them: qgis_process.bin with the project (--PROJECT_PATH)."""

import json

import pdf_checks
import ts_catalog
from qgis_runner import QgisProcess


def run(qgis, algorithm, *args, check=True):
    completed = qgis.call("--json", "run", algorithm, *args, check=check)
    if not check:
        return completed
    return json.loads(completed.stdout[completed.stdout.find("{"):])["results"]


def test_contract_atlas_over_the_project_perimetres(qgis, sample, tmp_path):
    pdf = tmp_path / "contrat_epci.pdf"
    results = run(qgis, "itinerance:exportcontractmap", f"--PROJECT_PATH={sample['project']}",
                  "--TITLE=Schéma cyclable", "--SUBTITLE=Bilan annuel", "--LAYOUT=0",
                  f"--COVERAGE={sample['gpkg']}|layername=perimetres|subset=\"kind\" = 'epci'",
                  "--LAYERS=aires", "--LAYERS=troncons", "--LAYERS=perimetres", "--DPI=100",
                  f"--OUTPUT={pdf}")
    assert results["PAGE_COUNT"] == 2 and results["OUTPUT"] == str(pdf)
    assert pdf_checks.page_count(pdf) == 2
    words = pdf_checks.text(pdf, 2)
    assert "Schéma cyclable" in words and "CA de Béthune-Bruay, Artois-Lys Romane" in words


def test_default_layers_are_the_project_visible_ones(qgis, sample, tmp_path):
    pdf = tmp_path / "territoire.pdf"
    results = run(qgis, "itinerance:exportcontractmap", f"--PROJECT_PATH={sample['project']}",
                  "--TITLE=Territoire", "--DPI=72", f"--OUTPUT={pdf}")
    assert results["PAGE_COUNT"] == 1
    words = pdf_checks.text(pdf)
    assert "Cyclist rest areas" in words and "Green network (trame verte)" in words


def test_climb_sheets(qgis, sample, tmp_path):
    pdf = tmp_path / "fiches.pdf"
    results = run(qgis, "itinerance:exportclimbsheets", f"--PROJECT_PATH={sample['project']}",
                  "--LINES=ascensions", f"--DEM={sample['dem']}", "--DPI=72", f"--OUTPUT={pdf}")
    assert results["PAGE_COUNT"] == 4 and results["SKIPPED_COUNT"] == 0
    words = pdf_checks.text(pdf, 1)
    assert words.startswith("Rue d'Aire") and "Foot Top Surface Cassel Cassel unknown" in words


def test_qgis_in_french_exports_french_maps(pkg_dir, sample, tmp_path):
    """QGIS set to French (Options > General > Override system locale): the legend, the
    captions, the credits and the date of the maps in French, over the sample written in
    English."""
    french = QgisProcess(tmp_path / "profil", pkg_dir)
    french.enable_plugin()
    french.set_locale("fr_FR")
    pdf = tmp_path / "carte.pdf"
    run(french, "itinerance:exportcontractmap", f"--PROJECT_PATH={sample['project']}",
        "--TITLE=Aires", "--LAYERS=aires", "--LAYERS=troncons", "--DPI=72", f"--OUTPUT={pdf}")
    words = pdf_checks.text(pdf)
    for expected in (ts_catalog.french("ExportContractMap", "Legend"),
                     ts_catalog.french("DataModel", "Cyclist rest areas"),
                     ts_catalog.french("DataModel", "Equipped rest area"),
                     ts_catalog.french("DataModel", "Network sections"),
                     "Sources : " + ts_catalog.french("SampleTerritory", "Itinérance sample "
                                                      "territory: generated, not survey data")):
        assert expected in words
    assert ts_catalog.leftovers(words, "fr") == []
    month = words.split("·")[-1] if "·" in words else words
    assert any(m in month for m in ("janvier", "février", "mars", "avril", "mai", "juin",
                                    "juillet", "août", "septembre", "octobre", "novembre",
                                    "décembre"))


def test_bad_input_fails_with_a_clear_message(qgis, sample, tmp_path):
    failed = run(qgis, "itinerance:exportcontractmap", f"--PROJECT_PATH={sample['project']}",
                 "--TITLE=x", "--LAYOUT=9", f"--OUTPUT={tmp_path / 'x.pdf'}", check=False)
    assert failed.returncode != 0
    assert "Unknown layout 9: choose 0 (A4 portrait)" in failed.stdout + failed.stderr
    failed = run(qgis, "itinerance:exportcontractmap", "--TITLE=x",
                 f"--OUTPUT={tmp_path / 'x.pdf'}", check=False)
    assert failed.returncode != 0
    assert "No layer to show" in failed.stdout + failed.stderr
    assert not (tmp_path / "x.pdf").exists()
