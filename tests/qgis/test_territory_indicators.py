"""itinerance:territoryindicators through processing.run: the figures worked out by hand, the
cross-check against QGIS's Clip followed by the single algorithms, other CRSs, bad input."""

import base64
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pdf_checks
import processing
import pytest
import ts_catalog
from feedback_log import Log
from indicator_scenario import ACCESS_DISTANCE, EXPECTED, MAX_DISTANCE, write_dem, write_geopackage
from osgeo import ogr
from qgis.core import (
    NULL,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

INPUTS = {"NETWORK": "troncons", "AIRES": "aires", "ESTABLISHMENTS": "etablissements",
          "ITINERARIES": "itineraires", "TRAME": "trame", "POLES": "poles",
          "ASCENSIONS": "ascensions"}


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    folder = tmp_path_factory.mktemp("indicators")
    return {"gpkg": write_geopackage(folder / "territoire.gpkg"),
            "dem": write_dem(folder / "dem.tif"), "folder": folder}


def parameters(gpkg, dem=None, **extra):
    values = {"PERIMETERS": f"{gpkg}|layername=perimetres", "CATEGORY_FIELD": "category",
              "LABEL_FIELD": "accueil_velo", "OUTPUT": "memory:"}
    values.update({name: f"{gpkg}|layername={layer}" for name, layer in INPUTS.items()})
    if dem is not None:
        values["DEM"] = str(dem)
    values.update(extra)
    return values


def scenario_parameters(scenario, **extra):
    return parameters(scenario["gpkg"], scenario["dem"], MAX_DISTANCE=MAX_DISTANCE,
                      ACCESS_DISTANCE=ACCESS_DISTANCE, **extra)


def run(values, feedback=None):
    result = processing.run("itinerance:territoryindicators", values, feedback=feedback)
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer)
    rows = {f["name"]: {k: (None if v == NULL else v) for k, v in zip(
        layer.fields().names(), f.attributes())} for f in layer.getFeatures()}
    return result, rows, layer


def test_each_perimeter_gets_the_figures_worked_out_by_hand(scenario):
    result, rows, layer = run(scenario_parameters(scenario))
    assert list(rows) == ["West", "East", "EPCI", "Nowhere"]  # the empty one has its row
    for name, expected in EXPECTED.items():
        for field, value in expected.items():
            assert rows[name][field] == pytest.approx(value, abs=1e-9), (name, field)
    assert rows["West"]["code"] == "W1"
    assert result["PERIMETER_COUNT"] == 4
    # the totals are the figures of all the perimeters together: here the EPCI's
    for field in ("network_km", "served_pct", "veloroute_covered_pct", "bridge_count",
                  "climb_count", "pole_connected_count"):
        assert result[field.upper()] == pytest.approx(rows["EPCI"][field]), field
    assert layer.geometryType() == 2 and layer.crs().authid() == "EPSG:2154"


def clipped(layer, perimeter):
    return processing.run("native:clip", {"INPUT": layer, "OVERLAY": perimeter,
                                          "OUTPUT": "memory:"})["OUTPUT"]


def extracted(layer, perimeter):
    return processing.run("native:extractbylocation", {
        "INPUT": layer, "PREDICATE": [0], "INTERSECT": perimeter, "OUTPUT": "memory:"})["OUTPUT"]


def single_perimeter(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername=perimetres", "perimetres")
    layer.setSubsetString(f"name = '{name}'")
    assert layer.featureCount() == 1
    return layer


def oracle(gpkg, perimeter, max_distance, access_distance, dem):
    """The figures of one perimeter from QGIS's Clip and the single algorithms."""
    figures = {}
    network = clipped(f"{gpkg}|layername=troncons", perimeter)
    if network.featureCount():
        aires = processing.run("itinerance:airesgap", {
            "NETWORK": network, "AIRES": f"{gpkg}|layername=aires",
            "MAX_DISTANCE": max_distance, "OUTPUT": "memory:", "GAPS": "memory:",
            "SUGGESTIONS": "memory:", "DIAGNOSTICS": "memory:"})
        figures["network_km"] = aires["NETWORK_LENGTH_M"] / 1000
        figures["served_pct"] = aires["COVERAGE_PCT"]
    else:
        figures["network_km"] = figures["served_pct"] = 0.0
    routes = clipped(f"{gpkg}|layername=itineraires", perimeter)
    if routes.featureCount():
        coverage = processing.run("itinerance:accueilvelocoverage", {
            "ROUTES": routes, "ROUTE_NAME_FIELD": "name",
            "ESTABLISHMENTS": f"{gpkg}|layername=etablissements",
            "LABEL_FIELD": "accueil_velo", "ACCESS_DISTANCE": access_distance,
            "OUTPUT": "memory:", "GAPS": "memory:", "ESTABLISHMENTS_OUT": "memory:",
            "SUMMARY": "memory:"})
        figures["veloroute_km"] = coverage["ROUTE_LENGTH_M"] / 1000
        figures["veloroute_covered_pct"] = coverage["COVERED_PCT"]
    else:
        figures["veloroute_km"] = figures["veloroute_covered_pct"] = 0.0
    # prospects: eligible by the whole véloroutes (accueilvelocoverage's own flag), inside
    whole = processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": f"{gpkg}|layername=itineraires",
        "ESTABLISHMENTS": f"{gpkg}|layername=etablissements", "LABEL_FIELD": "accueil_velo",
        "ACCESS_DISTANCE": access_distance, "OUTPUT": "memory:", "GAPS": "memory:",
        "ESTABLISHMENTS_OUT": "memory:", "SUMMARY": "memory:"})
    inside = extracted(whole["ESTABLISHMENTS_OUT"], perimeter)
    figures["prospect_count"] = sum(1 for f in inside.getFeatures() if f["prospect"])
    figures["accueil_velo_count"] = sum(1 for f in inside.getFeatures() if f["labelled"])
    figures["aire_count"] = extracted(f"{gpkg}|layername=aires", perimeter).featureCount()
    trame = clipped(f"{gpkg}|layername=trame", perimeter)
    if trame.featureCount():
        links = processing.run("itinerance:trameconnectivity", {
            "ITINERARIES": trame, "OUTPUT": "memory:", "HUBS_OUT": None,
            "MISSING_LINKS": "memory:"})
        figures["trame_component_count"] = links["COMPONENT_COUNT"]
        figures["bridge_count"] = links["BRIDGE_COUNT"]
        figures["trame_km"] = sum(f["length_m"] for f in links["OUTPUT"].getFeatures()) / 1000
    else:
        figures.update(trame_component_count=0, bridge_count=0, trame_km=0.0)
    if dem is not None:
        climbs = processing.run("itinerance:slopeprofile", {
            "LINES": f"{gpkg}|layername=ascensions", "DEM": str(dem), "OUTPUT": "memory:",
            "PROFILE": None, "CLIMBS": "memory:"})["CLIMBS"]
        tops = processing.run("native:extractspecificvertices", {
            "INPUT": climbs, "VERTICES": "-1", "OUTPUT": "memory:"})["OUTPUT"]
        figures["climb_count"] = extracted(tops, perimeter).featureCount()
    return figures


def check_against_oracle(gpkg, dem, names, max_distance, access_distance, rows):
    for name in names:
        expected = oracle(gpkg, single_perimeter(gpkg, name), max_distance, access_distance,
                          dem)
        for field, value in expected.items():
            assert rows[name][field] == pytest.approx(value, rel=1e-9, abs=1e-9), (name, field)


def test_figures_equal_clip_then_the_single_algorithms_on_the_scenario(scenario):
    _, rows, _ = run(scenario_parameters(scenario))
    check_against_oracle(scenario["gpkg"], scenario["dem"], ["West", "East", "EPCI"],
                         MAX_DISTANCE, ACCESS_DISTANCE, rows)


def test_figures_equal_clip_then_the_single_algorithms_on_the_sample(sample):
    _, rows, _ = run(parameters(sample["gpkg"], sample["dem"]))
    # both EPCI and communes with network, véloroutes, trame and climbs
    check_against_oracle(sample["gpkg"], sample["dem"],
                         ["CC de Flandre Intérieure", "CA de Béthune-Bruay, Artois-Lys Romane",
                          "Cassel", "Merville", "Béthune", "Lens"], 2500, 5000, rows)


def test_layers_in_other_crss_give_the_same_figures(scenario):
    gpkg = scenario["gpkg"]

    def reprojected(layer, crs):
        return processing.run("native:reprojectlayer", {
            "INPUT": f"{gpkg}|layername={layer}", "TARGET_CRS": crs,
            "OUTPUT": "memory:"})["OUTPUT"]

    _, rows, layer = run(scenario_parameters(
        scenario, PERIMETERS=reprojected("perimetres", "EPSG:4326"),
        NETWORK=reprojected("troncons", "EPSG:3857"),
        AIRES=reprojected("aires", "EPSG:4326"), TRAME=reprojected("trame", "EPSG:32631")))
    assert layer.crs().authid() == "EPSG:2154"  # geographic perimeters: Lambert-93
    for name, expected in EXPECTED.items():
        for field in ("network_km", "served_pct", "node_count", "aire_count", "trame_km",
                      "bridge_count", "veloroute_covered_pct"):
            assert rows[name][field] == pytest.approx(expected[field], rel=1e-6, abs=1e-6), \
                (name, field)


def test_a_missing_layer_leaves_its_figures_empty_and_says_so(scenario):
    values = scenario_parameters(scenario)
    for name in ("AIRES", "DEM"):
        del values[name]
    log = Log()
    result, rows, _ = run(values, log)
    assert rows["West"]["aire_count"] is None and rows["West"]["served_pct"] is None
    assert rows["West"]["climb_count"] is None
    assert rows["West"]["network_km"] == pytest.approx(1.2)
    assert result["AIRE_COUNT"] is None
    assert "without a DEM" in log.text and "aire_count" in log.text


def test_no_inventory_layer_at_all_is_refused_with_the_names_to_give(scenario):
    values = {"PERIMETERS": f"{scenario['gpkg']}|layername=perimetres", "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="NETWORK, AIRES, ESTABLISHMENTS"):
        processing.run("itinerance:territoryindicators", values)


def test_a_perimeter_without_geometry_keeps_its_row_with_zeros(scenario, tmp_path):
    gpkg = tmp_path / "territoire.gpkg"
    shutil.copyfile(scenario["gpkg"], gpkg)
    dataset = ogr.Open(str(gpkg), 1)  # GDAL's SQLite has the GeoPackage's functions
    dataset.ExecuteSQL("UPDATE perimetres SET geom = NULL WHERE name = 'East'")
    dataset = None
    log = Log()
    _, rows, _ = run(scenario_parameters(scenario, PERIMETERS=f"{gpkg}|layername=perimetres"),
                     log)
    assert rows["East"]["network_km"] == 0 and rows["East"]["aire_count"] == 0
    assert rows["West"]["network_km"] == pytest.approx(1.2)
    assert "Perimeter East has no geometry" in log.text


def edited_copy(source, target, *statements):
    shutil.copyfile(source, target)
    dataset = ogr.Open(str(target), 1)
    for statement in statements:
        dataset.ExecuteSQL(statement)
    dataset = None
    return target


def test_comparison_with_an_earlier_indicator_table_gives_previous_values_and_changes(
        scenario, tmp_path):
    last_year = edited_copy(scenario["gpkg"], tmp_path / "2024.gpkg",
                            "DELETE FROM aires WHERE kind = 'aire_ludique'")
    table = tmp_path / "indicateurs_2024.gpkg"
    run(scenario_parameters(scenario, **{name: f"{last_year}|layername={layer}"
                                         for name, layer in INPUTS.items()},
                            OUTPUT=str(table)))
    result, rows, layer = run(scenario_parameters(scenario, COMPARE_WITH=str(table)))
    names = layer.fields().names()
    assert names[names.index("aire_count"):names.index("aire_count") + 3] == [
        "aire_count", "aire_count_prev", "aire_count_change"]
    east = rows["East"]
    assert (east["aire_count"], east["aire_count_prev"], east["aire_count_change"]) == (1, 0, 1)
    assert (east["served_pct_prev"], east["served_pct_change"]) == (0.0, 100.0)
    assert (east["aire_ludique_count_prev"], east["aire_ludique_count_change"]) == (0, 1)
    west = rows["West"]
    assert west["network_km_prev"] == pytest.approx(1.2) and west["network_km_change"] == 0
    assert result["UNMATCHED_COUNT"] == 0


def test_rows_are_matched_by_code_else_by_name_and_the_unmatched_are_named(scenario, tmp_path):
    table = tmp_path / "indicateurs.gpkg"
    run(scenario_parameters(scenario, OUTPUT=str(table)))
    edited_copy(table, tmp_path / "edited.gpkg",
                "UPDATE indicateurs SET code = NULL WHERE name <> 'West'",
                "UPDATE indicateurs SET name = 'Ouest (ancien nom)' WHERE name = 'West'",
                "UPDATE indicateurs SET name = 'Est' WHERE name = 'East'")
    log = Log()
    result, rows, _ = run(scenario_parameters(
        scenario, COMPARE_WITH=str(tmp_path / "edited.gpkg")), log)
    assert rows["West"]["network_km_prev"] == pytest.approx(1.2)  # its code, W1, is kept
    assert rows["EPCI"]["network_km_prev"] == pytest.approx(2.0)  # by name
    assert rows["East"]["network_km_prev"] is None  # renamed, no code: no match
    assert rows["East"]["network_km_change"] is None
    assert result["UNMATCHED_COUNT"] == 1
    assert "have no row in" in log.text and "East" in log.text
    assert "match no perimeter: Est" in log.text


def test_comparison_with_an_earlier_project_database_runs_the_same_indicators_on_it(
        scenario, tmp_path):
    earlier = edited_copy(scenario["gpkg"], tmp_path / "inventaire_2024.gpkg",
                          "UPDATE etablissements SET accueil_velo = 0 WHERE category = 'loueur'",
                          "DELETE FROM trame WHERE name = 'Lien 2'",
                          "UPDATE troncons SET surface = 'stabilise' WHERE surface = 'terre'")
    _, rows, _ = run(scenario_parameters(scenario, COMPARE_WITH=str(earlier)))
    _, direct, _ = run(scenario_parameters(scenario, **{
        name: f"{earlier}|layername={layer}" for name, layer in INPUTS.items()}))
    for name, row in rows.items():
        for field, value in direct[name].items():
            if field not in ("fid", "name", "code"):
                assert row[f"{field}_prev"] == pytest.approx(value, abs=1e-9), (name, field)
    west = rows["West"]
    assert (west["accueil_velo_count_prev"], west["accueil_velo_count"]) == (1, 2)
    assert west["surface_terre_km_prev"] == 0 and west["surface_stabilise_km_prev"] == \
        pytest.approx(0.4)
    assert rows["East"]["trame_component_count_change"] == 1


def test_comparison_with_a_file_that_is_neither_is_refused(scenario, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("bilan 2024\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="neither a project database nor"):
        processing.run("itinerance:territoryindicators",
                       scenario_parameters(scenario, COMPARE_WITH=str(notes)))


class ReportReader(HTMLParser):
    """The sections of the HTML report: heading -> rows of the tables (cell texts) and the
    pictures (their data, decoded)."""

    def __init__(self):
        super().__init__()
        self.sections, self.current, self.row, self.cell = {}, None, None, None
        self.heading = None
        self.language = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.language = attrs.get("lang")
        elif tag in ("h1", "h2"):
            self.heading = ""
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "img":
            data = attrs["src"].split(",", 1)[1]
            self.sections[self.current]["pictures"].append(base64.b64decode(data))

    def handle_endtag(self, tag):
        if tag in ("h1", "h2"):
            self.current = self.heading
            self.sections[self.current] = {"rows": [], "pictures": []}
            self.heading = None
        elif tag in ("td", "th"):
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr":
            self.sections[self.current]["rows"].append(self.row)

    def handle_data(self, data):
        if self.heading is not None:
            self.heading += data
        elif self.cell is not None:
            self.cell += data


def read_report(path):
    reader = ReportReader()
    reader.feed(Path(path).read_text(encoding="utf-8"))
    return reader


def test_the_report_and_the_pdf_show_each_perimeter_with_its_figures(scenario, tmp_path):
    last_year = edited_copy(scenario["gpkg"], tmp_path / "2024.gpkg",
                            "DELETE FROM aires WHERE kind = 'aire_ludique'")
    report, pdf = tmp_path / "bilan.html", tmp_path / "bilan.pdf"
    result, rows, _ = run(scenario_parameters(
        scenario, COMPARE_WITH=str(last_year), REPORT=str(report), PDF=str(pdf),
        TITLE="Bilan 2025"))
    assert (result["REPORT"], result["PDF"]) == (str(report), str(pdf))
    page = read_report(report)
    assert page.language == "en"
    assert list(page.sections) == ["Bilan 2025", "Perimeters", "West (W1)", "East (E1)",
                                   "EPCI (EP)", "Nowhere (NO)"]
    overview = page.sections["Perimeters"]["rows"]
    assert [row[0] for row in overview[1:]] == ["West (W1)", "East (E1)", "EPCI (EP)",
                                               "Nowhere (NO)", "All perimeters together"]
    served = overview[0].index("Network served by an aire (%)")
    assert [row[served] for row in overview[1:]] == ["75.0", "100.0", "85.0", "0.0", "85.0"]
    east = {row[0]: row[1:] for row in page.sections["East (E1)"]["rows"]}
    assert east["Indicator"] == ["Value", "Previous", "Change"]
    assert east["Aires"] == ["1", "0", "+1"]
    assert east["Aires: Play area"] == ["1", "0", "+1"]
    assert east["Network served by an aire (%)"] == ["100.0", "0.0", "+100.0"]
    assert east["Cycling network (km)"] == ["0.8", "0.8", "0.0"]
    for name in ("West (W1)", "East (E1)", "EPCI (EP)", "Nowhere (NO)"):
        pictures = page.sections[name]["pictures"]
        assert len(pictures) == 2 and all(p.startswith(b"\x89PNG") for p in pictures)

    assert pdf_checks.page_count(pdf) == 4
    second = pdf_checks.text(pdf, 2)
    for text in ("East", "Bilan 2025", "Network served by an aire (%)", "Aires: Play area",
                 "Previous", "Change", "+100.0"):
        assert text in second, text
    assert "West" not in second  # each page holds its own perimeter's figures only
    assert len(pdf_checks.images(pdf, 2)) >= 1  # the bar charts


@pytest.mark.parametrize("name", ["REPORT", "PDF"])
def test_a_report_that_cannot_be_written_is_refused_before_the_work(scenario, tmp_path, name):
    missing = tmp_path / "no such folder" / ("bilan.pdf" if name == "PDF" else "bilan.html")
    log = Log()
    with pytest.raises(QgsProcessingException, match="does not exist or is not writable"):
        processing.run("itinerance:territoryindicators",
                       scenario_parameters(scenario, **{name: str(missing)}), feedback=log)
    assert "Reading the layers" not in log.text


def test_the_report_speaks_french_when_qgis_does(scenario, tmp_path):
    from itinerance.plugin import translation

    report, pdf = tmp_path / "bilan.html", tmp_path / "bilan.pdf"
    last_year = edited_copy(scenario["gpkg"], tmp_path / "2024.gpkg",
                            "DELETE FROM aires WHERE kind = 'aire_ludique'")
    assert translation.install_translator("fr")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        run(scenario_parameters(scenario, REPORT=str(report)))
        run(scenario_parameters(scenario, PDF=str(pdf), COMPARE_WITH=str(last_year)))
    finally:
        translation.remove_translators()
        QLocale.setDefault(QLocale.c())
    page = read_report(report)
    assert page.language == "fr"
    heading = ts_catalog.french("IndicatorReports", "Perimeters")
    assert list(page.sections)[1:3] == [heading, "West (W1)"]
    west = {row[0]: row[1:] for row in page.sections["West (W1)"]["rows"]}
    served = ts_catalog.french("IndicatorLabels", "Network served by an aire (%)")
    assert west[served] == ["75,0"]  # the French decimal comma
    kind = ts_catalog.french("IndicatorLabels", "Aires: {}").format(
        ts_catalog.french("DataModel", "Equipped rest area"))
    assert west[kind] == ["1"]
    assert west[ts_catalog.french("IndicatorReports", "Indicator")] == [
        ts_catalog.french("IndicatorReports", "Value")]
    # the PDF's table in French, its longest names whole (wrapped onto two lines, not cut)
    words = " ".join(pdf_checks.text(pdf, 1).split())
    for label in ("Véloroutes covered by Accueil Vélo (%)", "Network served by an aire (%)",
                  "Prospects (eligible, not labelled)"):
        french = ts_catalog.french("IndicatorLabels", label)
        assert french != label and french in words, french
    for heading in ("Indicator", "Previous", "Change"):
        assert ts_catalog.french("IndicatorReports", heading) in words
    boxes = pdf_checks.words(pdf, 1)
    value = ts_catalog.french("IndicatorReports", "Value")
    _, _, header_y0, value_x1, _ = next(box for box in boxes if box[0] == value)
    # the names' column ends where the value's begins: 14 mm (with a comparison) left of the
    # right-aligned heading's end; a cut name's text still runs on, clipped, past it
    names_end = value_x1 - 14.0
    names = [box for box in boxes if box[2] > header_y0 and box[1] < names_end]
    assert len(names) > 40
    overflowing = [box[0] for box in names if box[3] > names_end]
    assert not overflowing, f"names running into the {value} column: {overflowing}"
