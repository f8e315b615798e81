"""itinerance:territoryindicators as users script it each year: qgis_process.bin, no project,
the table, the report and the PDF, then next year's run compared with this one."""

import pdf_checks
import pytest
import ts_catalog
from indicator_scenario import ACCESS_DISTANCE, EXPECTED, MAX_DISTANCE, write_dem, write_geopackage
from qgis_runner import QgisProcess

LAYERS = {"PERIMETERS": "perimetres", "NETWORK": "troncons", "AIRES": "aires",
          "ESTABLISHMENTS": "etablissements", "ITINERARIES": "itineraires", "TRAME": "trame",
          "POLES": "poles", "ASCENSIONS": "ascensions"}


def test_a_yearly_run_through_qgis_process_writes_table_report_and_pdf(qgis, tmp_path):
    gpkg = write_geopackage(tmp_path / "territoire.gpkg")
    inputs = {name: f"{gpkg}|layername={layer}" for name, layer in LAYERS.items()}
    inputs.update(DEM=write_dem(tmp_path / "dem.tif"), CATEGORY_FIELD="category",
                  LABEL_FIELD="accueil_velo", MAX_DISTANCE=MAX_DISTANCE,
                  ACCESS_DISTANCE=ACCESS_DISTANCE)
    first = tmp_path / "indicateurs_2024.gpkg"
    results = qgis.run("itinerance:territoryindicators", **inputs, OUTPUT=first)["results"]
    assert results["PERIMETER_COUNT"] == 4
    assert results["SERVED_PCT"] == pytest.approx(EXPECTED["EPCI"]["served_pct"])
    assert results["BRIDGE_COUNT"] == EXPECTED["EPCI"]["bridge_count"]

    report, pdf = tmp_path / "bilan.html", tmp_path / "bilan.pdf"
    results = qgis.run("itinerance:territoryindicators", **inputs, COMPARE_WITH=first,
                       OUTPUT=tmp_path / "indicateurs_2025.gpkg", REPORT=report,
                       PDF=pdf)["results"]
    assert results["UNMATCHED_COUNT"] == 0
    assert (results["REPORT"], results["PDF"]) == (str(report), str(pdf))
    assert "East (E1)" in report.read_text(encoding="utf-8")
    assert pdf_checks.page_count(pdf) == 4
    assert "Previous" in pdf_checks.text(pdf, 1)


def test_qgis_process_in_french_writes_french_texts_and_numbers(pkg_dir, tmp_path):
    """qgis_process set to French in its profile keeps the system's locale: the report's
    numbers and date must follow the plugin's language all the same (75,0 %, not 75.0)."""
    french = QgisProcess(tmp_path / "profile", pkg_dir)
    french.enable_plugin()
    french.set_locale("fr_FR")
    gpkg = write_geopackage(tmp_path / "territoire.gpkg")
    inputs = {name: f"{gpkg}|layername={layer}" for name, layer in LAYERS.items()}
    report, pdf = tmp_path / "bilan.html", tmp_path / "bilan.pdf"
    french.run("itinerance:territoryindicators", **inputs, MAX_DISTANCE=MAX_DISTANCE,
               ACCESS_DISTANCE=ACCESS_DISTANCE, OUTPUT=tmp_path / "indicateurs.gpkg",
               REPORT=report, PDF=pdf)
    served = ts_catalog.french("IndicatorLabels", "Network served by an aire (%)")
    assert EXPECTED["West"]["served_pct"] == 75.0
    first_page = " ".join(pdf_checks.text(pdf, 1).split())
    assert served in first_page and "75,0" in first_page and "75.0" not in first_page
    html = report.read_text(encoding="utf-8")
    assert '<html lang="fr"' in html and ">75,0<" in html and ">75.0<" not in html


def test_help_lists_the_contract_fields_and_results(qgis):
    text = qgis.call("help", "itinerance:territoryindicators").stdout
    for name in ("network_km", "node_count", "aire_count", "served_pct", "accueil_velo_count",
                 "veloroute_km", "veloroute_covered_pct", "prospect_count", "climb_count",
                 "trame_km", "trame_component_count", "bridge_count", "COMPARE_WITH",
                 "PERIMETER_COUNT", "UNMATCHED_COUNT"):
        assert name in text
