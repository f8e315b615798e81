"""The circuit algorithms as users script them: qgis_process.bin, with files or with the
project (--PROJECT_PATH)."""

import re

import pdf_checks
from qgis_runner import QgisProcess
from test_export_qgis_process import run  # qgis_process --json run, its results

from itinerance.processing.logic.sample import territory as sample_territory


def test_buildcircuit_gives_its_figures_in_json(qgis, sample, tmp_path):
    gpkg = sample["gpkg"]
    results = run(qgis, "itinerance:buildcircuit", f"--NETWORK={gpkg}|layername=troncons",
                  f"--NODES={gpkg}|layername=noeuds", "--NETWORK_FIELD=network",
                  f"--SEQUENCE={gpkg}|layername=circuits", f"--DEM={sample['dem']}",
                  f"--AIRES={gpkg}|layername=aires",
                  f"--ESTABLISHMENTS={gpkg}|layername=etablissements",
                  f"--OUTPUT={tmp_path / 'circuits.gpkg'}", f"--LEGS={tmp_path / 'legs.gpkg'}",
                  f"--STOPS={tmp_path / 'stops.gpkg'}")
    assert results["CIRCUIT_COUNT"] == len(sample_territory.CIRCUITS)
    assert results["SKIPPED_COUNT"] == 0 and results["GAIN_M"] > 0
    assert results["LEG_COUNT"] == sum(len(s.split("-")) - 1
                                       for _, s in sample_territory.CIRCUITS)
    assert (tmp_path / "legs.gpkg").is_file()


def test_a_bad_sequence_fails_naming_the_number(qgis, sample, tmp_path):
    gpkg = sample["gpkg"]
    failed = run(qgis, "itinerance:buildcircuit", f"--NETWORK={gpkg}|layername=troncons",
                 f"--NODES={gpkg}|layername=noeuds", "--SEQUENCE=25-777-35",
                 f"--OUTPUT={tmp_path / 'c.gpkg'}", f"--LEGS={tmp_path / 'l.gpkg'}",
                 f"--STOPS={tmp_path / 's.gpkg'}", check=False)
    assert failed.returncode != 0
    assert "Node number 777 is not in the nodes layer" in failed.stdout + failed.stderr


def test_circuit_sheets_from_the_project(qgis, sample, tmp_path):
    pdf = tmp_path / "fiches_circuit.pdf"
    results = run(qgis, "itinerance:exportcircuitsheet", f"--PROJECT_PATH={sample['project']}",
                  "--NETWORK=troncons", "--NODES=noeuds", "--NETWORK_FIELD=network",
                  "--SEQUENCE=circuits", f"--DEM={sample['dem']}", "--AIRES=aires",
                  "--ESTABLISHMENTS=etablissements", "--DPI=72", f"--OUTPUT={pdf}")
    assert results["PAGE_COUNT"] == len(sample_territory.CIRCUITS) == pdf_checks.page_count(pdf)
    for page, (name, sequence) in enumerate(sample_territory.CIRCUITS, start=1):
        words = pdf_checks.text(pdf, page)
        assert words.startswith(name) and " → ".join(sequence.split("-")) in words


def test_a_circuit_sheet_in_french_writes_french_numbers(pkg_dir, sample, tmp_path):
    """qgis_process keeps the system's locale for QLocale(), which the layout's expressions
    (format_number) and the map items use: set to French, the sheet still writes "36,5 km",
    never "36.5 km", as QGIS desktop in French does."""
    french = QgisProcess(tmp_path / "profil", pkg_dir)
    french.enable_plugin()
    french.set_locale("fr_FR")
    pdf = tmp_path / "fiche.pdf"
    run(french, "itinerance:exportcircuitsheet", f"--PROJECT_PATH={sample['project']}",
        "--NETWORK=troncons", "--NODES=noeuds", "--NETWORK_FIELD=network",
        "--SEQUENCE=25-35-44-25", f"--DEM={sample['dem']}", "--DPI=72", f"--OUTPUT={pdf}")
    words = pdf_checks.text(pdf, 1)
    decimals = re.findall(r"\b\d+[.,]\d\b", words)
    assert decimals and all("," in number for number in decimals), decimals
