"""The network audit as users script it: qgis_process.bin, its figures in JSON, its report in the
profile's language."""

import pdf_checks
import ts_catalog
from qgis_runner import QgisProcess
from test_export_qgis_process import run  # qgis_process --json run, its results


def sample_inputs(sample):
    gpkg = sample["gpkg"]
    return [f"--NODES={gpkg}|layername=noeuds", f"--SECTIONS={gpkg}|layername=troncons",
            f"--LINKS={gpkg}|layername=liaisons", f"--AIRES={gpkg}|layername=aires",
            f"--DEM={sample['dem']}"]


def test_auditnetwork_gives_its_figures_in_json(qgis, sample, tmp_path):
    results = run(qgis, "itinerance:auditnetwork", *sample_inputs(sample),
                  f"--OUTPUT_LINKS={tmp_path / 'links.gpkg'}",
                  f"--OUTPUT_NODES={tmp_path / 'nodes.gpkg'}")
    for name in ("LINK_COUNT", "BROKEN_COUNT", "NODE_FACT_COUNT", "IDEAL_LENGTH_PCT",
                 "FAMILY_LOOP_NODE_PCT", "SPORT_LOOP_NODE_PCT", "COMPONENT_COUNT",
                 "DEAD_END_COUNT"):
        assert name in results
    assert results["LINK_COUNT"] == 132 and results["COMPONENT_COUNT"] == 2
    assert 0 < results["FAMILY_LOOP_NODE_PCT"] < 100
    assert (tmp_path / "links.gpkg").is_file() and "OUTPUT_LOOPS" not in results


def test_a_mode_without_sections_fails_saying_why(qgis, sample, tmp_path):
    failed = run(qgis, "itinerance:auditnetwork", *sample_inputs(sample), "--MODE=cheval",
                 f"--OUTPUT_LINKS={tmp_path / 'l.gpkg'}", f"--OUTPUT_NODES={tmp_path / 'n.gpkg'}",
                 check=False)
    assert failed.returncode != 0
    assert "SECTIONS has no usable line of the mode cheval" in failed.stdout + failed.stderr


def test_the_report_of_qgis_process_in_french_is_in_french(pkg_dir, sample, tmp_path):
    french = QgisProcess(tmp_path / "profile", pkg_dir)
    french.enable_plugin()
    french.set_locale("fr_FR")
    report, pdf = tmp_path / "audit.html", tmp_path / "audit.pdf"
    results = run(french, "itinerance:auditnetwork", *sample_inputs(sample),
                  f"--OUTPUT_LINKS={tmp_path / 'l.gpkg'}", f"--OUTPUT_NODES={tmp_path / 'n.gpkg'}",
                  f"--REPORT={report}", f"--PDF={pdf}")
    html = report.read_text(encoding="utf-8")
    share = f"{results['FAMILY_LOOP_NODE_PCT']:.1f}"
    assert '<html lang="fr"' in html
    assert ts_catalog.french("AuditReports", "Places to look at first") in html
    assert f">{share.replace('.', ',')}<" in html and f">{share}<" not in html
    first_page = " ".join(pdf_checks.text(pdf, 1).split())
    assert ts_catalog.french("AuditReports", "Nodes offering a family loop (%)") in first_page
    assert "Réseau Cœur de Flandre" in first_page
