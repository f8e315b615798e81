"""`make demo` and `make smoke`: the plugin's algorithms run through qgis_process.

The demo runs on the sample territory and writes to the folder it is given; the smoke run only
proves that a throwaway QGIS profile sees the provider and runs an algorithm.
"""

import argparse
import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_runner import QgisProcess, qgis_process_command  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent


def plugin_path(out):
    """A folder with an ``itinerance`` link to the working tree, for QGIS_PLUGINPATH."""
    folder = out / ".plugins"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "itinerance"
    if not link.is_symlink():
        link.symlink_to(ROOT, target_is_directory=True)
    return folder


def fresh_qgis(out):
    profile = out / ".qgis-profile"
    shutil.rmtree(profile, ignore_errors=True)
    qgis = QgisProcess(profile, plugin_path(out))
    qgis.enable_plugin()
    return qgis


def sample_figures(gpkg):
    """Feature counts per layer of the sample GeoPackage."""
    with sqlite3.connect(gpkg) as db:
        tables = [row[0] for row in db.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY 1")]
        return {table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in tables}


def run_createprojectdb(qgis, target):
    from itinerance.processing.logic.inventory import data_model

    target.unlink(missing_ok=True)
    result = qgis.run("itinerance:createprojectdb", OUTPUT=target, CRS="EPSG:2154",
                      ADD_TO_PROJECT=False)
    results = result["results"]
    if int(results["LAYER_COUNT"]) != len(data_model.LAYERS):
        raise SystemExit(f"createprojectdb wrote {results['LAYER_COUNT']} layers, not "
                         f"{len(data_model.LAYERS)}")
    return results


def run_analysis(qgis, out, algorithm, inputs, outputs, figures):
    """Run ``algorithm`` writing each output to ``out/<algorithm>_<output>.gpkg``; print."""
    paths = {name: out / f"{algorithm}_{name.lower()}.gpkg" for name in outputs}
    for path in paths.values():
        path.unlink(missing_ok=True)
    results = qgis.run(f"itinerance:{algorithm}", **inputs, **paths)["results"]
    print(f"itinerance:{algorithm}")
    for name, path in paths.items():
        print(f"  {name} -> {path}")
    for figure in figures:
        print(f"  {figure}: {results[figure]:.6g}" if isinstance(results[figure], float)
              else f"  {figure}: {results[figure]}")
    return results


def demo(sample, out):
    out.mkdir(parents=True, exist_ok=True)
    qgis = fresh_qgis(out)
    gpkg = sample / "itinerance_sample.gpkg"
    print(f"Sample territory: {sample}")
    for table, count in sample_figures(gpkg).items():
        print(f"  {table}: {count} features")
    blank = run_createprojectdb(qgis, out / "inventaire_vierge.gpkg")
    print(f"itinerance:createprojectdb -> {blank['OUTPUT']}")
    print(f"  LAYER_COUNT: {int(blank['LAYER_COUNT'])} ({blank['LAYERS']})")
    run_analysis(qgis, out, "airesgap",
                 {"NETWORK": f"{gpkg}|layername=troncons", "AIRES": f"{gpkg}|layername=aires",
                  "MAX_DISTANCE": 2500, "SUGGEST_COUNT": 3},
                 ("OUTPUT", "GAPS", "SUGGESTIONS", "DIAGNOSTICS"),
                 ("NETWORK_LENGTH_M", "COVERED_LENGTH_M", "COVERAGE_PCT", "MAX_DIST_M",
                  "GAP_COUNT", "OFF_NETWORK_COUNT", "COMPONENT_COUNT"))
    run_analysis(qgis, out, "accueilvelocoverage",
                 {"ROUTES": f"{gpkg}|layername=itineraires", "ROUTE_NAME_FIELD": "name",
                  "ESTABLISHMENTS": f"{gpkg}|layername=etablissements",
                  "CATEGORY_FIELD": "category", "LABEL_FIELD": "accueil_velo",
                  "ACCESS_DISTANCE": 5000},
                 ("OUTPUT", "GAPS", "ESTABLISHMENTS_OUT", "SUMMARY"),
                 ("ROUTE_LENGTH_M", "COVERED_PCT", "LONGEST_GAP_M", "ELIGIBLE_COUNT",
                  "PROSPECT_COUNT"))
    charts = out / "profils"
    shutil.rmtree(charts, ignore_errors=True)
    run_analysis(qgis, out, "slopeprofile",
                 {"LINES": f"{gpkg}|layername=ascensions", "ID_FIELD": "name",
                  "DEM": sample / "dem.tif", "GRADE_WINDOW": 100, "CHARTS_FOLDER": charts},
                 ("OUTPUT", "PROFILE", "CLIMBS"),
                 ("LINE_COUNT", "TOTAL_GAIN_M", "MAX_GRADE_PCT", "SKIPPED_COUNT"))
    print(f"  charts -> {charts}/ ({len(list(charts.glob('*.png')))} PNG, "
          f"{len(list(charts.glob('*.svg')))} SVG)")
    run_analysis(qgis, out, "trameconnectivity",
                 {"ITINERARIES": f"{gpkg}|layername=trame", "HUBS": f"{gpkg}|layername=poles",
                  "HUB_NAME_FIELD": "name", "SNAP_TOLERANCE": 5, "HUB_ACCESS_DISTANCE": 100,
                  "MAX_LINK_LENGTH": 1000, "DISTANCE_THRESHOLD": 10000},
                 ("OUTPUT", "HUBS_OUT", "MISSING_LINKS"),
                 ("COMPONENT_COUNT", "BRIDGE_COUNT", "ISOLATED_HUB_COUNT", "IIC", "PC",
                  "LARGEST_COMPONENT_KM"))
    run_analysis(qgis, out, "checkinventory",
                 {role.upper(): f"{gpkg}|layername={role}" for role in (
                     "aires", "etablissements", "noeuds", "troncons", "itineraires", "trame",
                     "poles", "ascensions")},
                 ("OUTPUT",),
                 ("FINDING_COUNT", "ERROR_COUNT", "OFF_NETWORK_COUNT", "FEATURE_COUNT"))
    circuit_charts = out / "profils_circuits"
    shutil.rmtree(circuit_charts, ignore_errors=True)
    run_analysis(qgis, out, "buildcircuit",
                 {"NETWORK": f"{gpkg}|layername=troncons", "NODES": f"{gpkg}|layername=noeuds",
                  "NETWORK_FIELD": "network", "SEQUENCE": f"{gpkg}|layername=circuits",
                  "DEM": sample / "dem.tif", "AIRES": f"{gpkg}|layername=aires",
                  "ESTABLISHMENTS": f"{gpkg}|layername=etablissements",
                  "CHARTS_FOLDER": circuit_charts, "OUTPUT_GPX": out / "circuits.gpx"},
                 ("OUTPUT", "LEGS", "STOPS", "PROFILE"),
                 ("CIRCUIT_COUNT", "LENGTH_M", "GAIN_M", "LEG_COUNT", "AIRE_COUNT",
                  "ACCUEIL_VELO_COUNT", "SKIPPED_COUNT"))
    print(f"  charts -> {circuit_charts}/ ({len(list(circuit_charts.glob('*.png')))} PNG)")
    print(f"  OUTPUT_GPX -> {out / 'circuits.gpx'}")
    run_exports(qgis, sample, out)
    run_indicators(qgis, gpkg, sample / "dem.tif", out)
    run_products(qgis, sample, out)
    run_audit(qgis, gpkg, sample / "dem.tif", out)
    print(f"Demo outputs are in {out}/; open {sample / 'itinerance_sample.qgz'} in QGIS "
          "to see the sample territory.")


def run_products(qgis, sample, out):
    """Issue 22's itinerance products on the sample: the EuroVelo 5 in family days from a
    station to a station (stages, options, stay sheet, GPX), the stations' access, the
    motorhome areas near the sites and communes."""
    gpkg = sample / "itinerance_sample.gpkg"
    files = {"OUTPUT_SHEET": out / "sejour_ev5.pdf", "OUTPUT_GPX": out / "sejour_ev5.gpx"}
    for path in files.values():
        path.unlink(missing_ok=True)
    stages = {name: out / f"planstages_{name.lower()}.gpkg"
              for name in ("STAGES", "LODGING_OPTIONS")}
    for path in stages.values():
        path.unlink(missing_ok=True)
    results = qgis.run(
        "itinerance:planstages", PROJECT_PATH=sample / "itinerance_sample.qgz",
        ROUTE=f"{gpkg}|layername=itineraires|subset=\"name\" = 'EuroVelo 5'",
        STATIONS=f"{gpkg}|layername=gares", LODGINGS=f"{gpkg}|layername=etablissements",
        AIRES=f"{gpkg}|layername=aires", PROFILE=1, DEM=sample / "dem.tif", **stages,
        **files)["results"]
    print("itinerance:planstages (the sample's EuroVelo 5, family days)")
    for name, path in {**stages, **files}.items():
        print(f"  {name} -> {path}")
    for figure in ("STAGE_COUNT", "TOTAL_KM", "ACCUEIL_VELO_NIGHTS", "CANDIDATE_COUNT"):
        print(f"  {figure}: {results[figure]:.6g}")
    run_analysis(qgis, out, "stationaccess",
                 {"STATIONS": f"{gpkg}|layername=gares", "NETWORK": f"{gpkg}|layername=troncons",
                  "NODES": f"{gpkg}|layername=noeuds",
                  "ITINERARIES": f"{gpkg}|layername=itineraires",
                  "ESTABLISHMENTS": f"{gpkg}|layername=etablissements"},
                 ("OUTPUT",), ("STATION_COUNT", "FAR_COUNT"))
    run_analysis(qgis, out, "motorhomecoverage",
                 {"SITES": f"{gpkg}|layername=etablissements",
                  "CENTRES": f"{gpkg}|layername=perimetres", "AREAS": f"{gpkg}|layername=aires"},
                 ("OUTPUT", "SUGGESTIONS"),
                 ("PLACE_COUNT", "COVERED_PCT", "UNCOVERED_COUNT", "SUGGESTED_COUNT"))
    return files["OUTPUT_SHEET"]


def run_exports(qgis, sample, demo, out=None):
    """A contract map atlas over the sample's perimetres (the airesgap outputs of ``demo`` on
    the project's layers), the climb sheets and the circuit sheets, as PDF into ``out``
    (default ``demo``). The credit line is the default one: what the sample's layers declare
    (generated, not survey data)."""
    out = out or demo
    project = sample / "itinerance_sample.qgz"
    contract, sheets = out / "contrat_perimetres.pdf", out / "fiches_ascension.pdf"
    results = qgis.run(
        "itinerance:exportcontractmap", PROJECT_PATH=project,
        TITLE="Réseau points-nœuds : distance aux aires", LAYOUT=1,
        SUBTITLE="Contrat de destination touristique · bilan annuel",
        ORGANISATION="Cœur de Flandre (territoire exemple)",
        LAYERS=[demo / "airesgap_output.gpkg", demo / "airesgap_suggestions.gpkg", "aires",
                "itineraires", "Relief (DEM)", "Hillshade"],
        COVERAGE=f"{sample / 'itinerance_sample.gpkg'}|layername=perimetres",
        PAGE_NAME_FIELD="name", OUTPUT=contract)["results"]
    print(f"itinerance:exportcontractmap -> {contract}")
    print(f"  PAGE_COUNT: {int(results['PAGE_COUNT'])} (one per EPCI and commune)")
    results = qgis.run(
        "itinerance:exportclimbsheets", PROJECT_PATH=project, LINES="ascensions",
        ID_FIELD="name", DEM=sample / "dem.tif", TITLE="Fiches ascension · Monts de Flandre",
        ORGANISATION="Cœur de Flandre (territoire exemple)", OUTPUT=sheets)["results"]
    print(f"itinerance:exportclimbsheets -> {sheets}")
    print(f"  PAGE_COUNT: {int(results['PAGE_COUNT'])}, "
          f"SKIPPED_COUNT: {int(results['SKIPPED_COUNT'])}")
    circuit_sheets = out / "fiches_circuit.pdf"
    results = qgis.run(
        "itinerance:exportcircuitsheet", PROJECT_PATH=project, NETWORK="troncons",
        NODES="noeuds", NETWORK_FIELD="network", SEQUENCE="circuits", DEM=sample / "dem.tif",
        AIRES="aires", ESTABLISHMENTS="etablissements",
        TITLE="Circuits points-nœuds · Cœur de Flandre",
        ORGANISATION="Cœur de Flandre (territoire exemple)", OUTPUT=circuit_sheets)["results"]
    print(f"itinerance:exportcircuitsheet -> {circuit_sheets}")
    print(f"  PAGE_COUNT: {int(results['PAGE_COUNT'])} (one per circuit of the sample), "
          f"SKIPPED_COUNT: {int(results['SKIPPED_COUNT'])}")
    return contract, sheets, circuit_sheets


def run_indicators(qgis, gpkg, dem, out):
    """The contract's indicators for the sample's EPCI and communes, table, HTML and PDF,
    compared with last year's: a table made the same way when the planned sections and aires
    were not there yet. Returns the results and the HTML report and PDF."""
    layers = {"PERIMETERS": "perimetres", "NETWORK": "troncons", "AIRES": "aires",
              "ESTABLISHMENTS": "etablissements", "ITINERARIES": "itineraires", "TRAME": "trame",
              "POLES": "poles", "ASCENSIONS": "ascensions"}
    inputs = {name: f"{gpkg}|layername={layer}" for name, layer in layers.items()}
    inputs.update(CATEGORY_FIELD="category", LABEL_FIELD="accueil_velo", DEM=dem)
    last_year, table = out / "indicateurs_2024.gpkg", out / "indicateurs.gpkg"
    report, pdf = out / "indicateurs.html", out / "indicateurs.pdf"
    for path in (last_year, table, report, pdf):
        path.unlink(missing_ok=True)
    existing = {name: f"{inputs[name]}|subset=status = 'existing'" for name in ("NETWORK",
                                                                                "AIRES")}
    qgis.run("itinerance:territoryindicators", **{**inputs, **existing}, OUTPUT=last_year)
    results = qgis.run("itinerance:territoryindicators", **inputs, COMPARE_WITH=last_year,
                       TITLE="Indicateurs du contrat de destination", OUTPUT=table,
                       REPORT=report, PDF=pdf)["results"]
    print("itinerance:territoryindicators (compared with the same table a year before, "
          "without the planned sections and aires)")
    for path in (table, report, pdf):
        print(f"  -> {path}")
    for figure in ("PERIMETER_COUNT", "NETWORK_KM", "SERVED_PCT", "AIRE_COUNT",
                   "ACCUEIL_VELO_COUNT", "VELOROUTE_COVERED_PCT", "PROSPECT_COUNT",
                   "CLIMB_COUNT", "TRAME_COMPONENT_COUNT", "UNMATCHED_COUNT"):
        value = results[figure]
        print(f"  {figure}: {value:.6g}" if isinstance(value, float) else f"  {figure}: {value}")
    return results, report, pdf


def run_audit(qgis, gpkg, dem, out):
    """The audit of the sample's points-nœuds network: its links (liaisons), nodes, faces, and
    its report as HTML and PDF. Returns the results and the report and PDF."""
    inputs = {name: f"{gpkg}|layername={layer}" for name, layer in (
        ("NODES", "noeuds"), ("SECTIONS", "troncons"), ("LINKS", "liaisons"),
        ("AIRES", "aires"))}
    outputs = {name: out / f"auditnetwork_{name.lower()}.gpkg"
               for name in ("OUTPUT_LINKS", "OUTPUT_NODES", "OUTPUT_LOOPS")}
    report, pdf = out / "audit_reseau.html", out / "audit_reseau.pdf"
    for path in (*outputs.values(), report, pdf):
        path.unlink(missing_ok=True)
    results = qgis.run("itinerance:auditnetwork", **inputs, DEM=dem, **outputs,
                       TITLE="Audit du réseau points-nœuds", REPORT=report, PDF=pdf)["results"]
    print("itinerance:auditnetwork")
    for path in (*outputs.values(), report, pdf):
        print(f"  -> {path}")
    for figure in ("LINK_COUNT", "BROKEN_COUNT", "NODE_FACT_COUNT", "IDEAL_LENGTH_PCT",
                   "FAMILY_LOOP_NODE_PCT", "SPORT_LOOP_NODE_PCT", "COMPONENT_COUNT",
                   "DEAD_END_COUNT", "FAMILY_LOOP_COUNT", "SPORT_LOOP_COUNT", "FACE_COUNT"):
        value = results[figure]
        print(f"  {figure}: {value:.6g}" if isinstance(value, float) else f"  {figure}: {value}")
    return results, report, pdf


def smoke(out):
    out.mkdir(parents=True, exist_ok=True)
    qgis = fresh_qgis(out)
    listing = qgis.call("list").stdout
    if "itinerance:createprojectdb" not in listing:
        raise SystemExit(f"{qgis_process_command()} does not list itinerance:createprojectdb")
    results = run_createprojectdb(qgis, out / "smoke.gpkg")
    print(f"smoke: OK, {qgis_process_command()} ran itinerance:createprojectdb "
          f"({int(results['LAYER_COUNT'])} layers)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.smoke:
        smoke(out)
    else:
        demo(args.sample.resolve(), out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
