"""The algorithms' help texts: complete, readable in the dialog, with examples that run and
figures that are the algorithms' own results on the sample territory."""

import re
import shlex
from pathlib import Path

import processing
import pytest
from qgis.core import (
    NULL,
    QgsApplication,
    QgsProcessingDestinationParameter,
    QgsProcessingParameterDefinition,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl

import itinerance

ALGORITHM_IDS = ("createprojectdb", "airesgap", "accueilvelocoverage", "slopeprofile",
                 "trameconnectivity", "checkinventory", "exportcontractmap", "exportclimbsheets",
                 "preparedem", "importaccueilvelo", "importosmnetwork", "territoryindicators",
                 "buildcircuit", "exportcircuitsheet", "importstations", "planstages",
                 "stationaccess", "motorhomecoverage")
# options of qgis_process itself, not parameters of the algorithm
QGIS_PROCESS_OPTIONS = {"PROJECT_PATH", "ELLIPSOID", "DISTANCE_UNITS", "AREA_UNITS"}


def algorithm(alg_id):
    return QgsApplication.processingRegistry().algorithmById(f"itinerance:{alg_id}")


def examples(alg_id):
    """The qgis_process command lines of the help (one a line, perhaps after "Example: "):
    (algorithm id, {parameter: [values]})."""
    commands = []
    for line in algorithm(alg_id).shortHelpString().splitlines():
        if "qgis_process" not in line or " run itinerance:" not in line:
            continue
        words = shlex.split(line[line.index("qgis_process"):])
        run = words.index("run")
        parameters = {}
        for word in words[run + 2:]:
            assert word.startswith("--") and "=" in word, (alg_id, word)
            key, value = word[2:].split("=", 1)
            parameters.setdefault(key, []).append(value)
        commands.append((words[run + 1], parameters))
    return commands


def test_the_list_covers_every_algorithm_of_the_provider():
    provider = QgsApplication.processingRegistry().providerById("itinerance")
    assert {alg.name() for alg in provider.algorithms()} == set(ALGORITHM_IDS)


@pytest.mark.parametrize("alg_id", ALGORITHM_IDS)
def test_help_names_every_parameter_and_result_and_has_an_example(alg_id):
    alg = algorithm(alg_id)
    text = alg.shortHelpString()
    assert "qgis_process" in text and f"run itinerance:{alg_id}" in text
    # each parameter by its name (what qgis_process users type) or its description (what the
    # dialog shows); each result by its name (what qgis_process --json prints)
    missing = [p.name() for p in alg.parameterDefinitions()
               if not re.search(rf"\b{p.name()}\b", text)
               and p.description().lower() not in text.lower()]
    missing += [o.name() for o in alg.outputDefinitions()
                if not re.search(rf"\b{o.name()}\b", text)]
    assert not missing, f"{alg_id}: the help does not mention {missing}"


def test_every_algorithm_has_its_page_and_its_help_button_opens_it():
    docs = Path(itinerance.__file__).resolve().parent / "docs" / "algorithms"
    provider = QgsApplication.processingRegistry().providerById("itinerance")
    for alg in provider.algorithms():
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile(), (alg.name(), url.toString())
        page = Path(url.toLocalFile())
        # the .md of the working tree, or the .html the zip adds next to it
        assert page.is_file() and page.parent.resolve() == docs, page
        assert page.stem == alg.name() and page.suffix in (".md", ".html")
        assert (docs / f"{alg.name()}.md").is_file()
        # the help text's last line names the page
        last_line = alg.shortHelpString().splitlines()[-1]
        assert f"docs/algorithms/{alg.name()}.md" in last_line and "Help" in last_line


def test_the_help_button_prefers_the_html_page_of_the_zip(tmp_path):
    from itinerance.processing.help.pages import help_page, help_url

    (tmp_path / "algorithms").mkdir()
    (tmp_path / "algorithms" / "airesgap.md").write_text("# airesgap")
    assert help_page("algorithms/airesgap.md", tmp_path) == tmp_path / "algorithms/airesgap.md"
    (tmp_path / "algorithms" / "airesgap.html").write_text("<h1>airesgap</h1>")
    assert QUrl(help_url("algorithms/airesgap.md", tmp_path)).toLocalFile() == str(
        tmp_path / "algorithms" / "airesgap.html")
    assert help_url("algorithms/missing.md", tmp_path) == ""


@pytest.mark.parametrize("alg_id", ALGORITHM_IDS)
def test_help_has_nothing_the_dialog_would_read_as_html(alg_id):
    # the dialog shows each line of the help as an HTML paragraph: "n_<category>" would lose
    # "<category>", "&amp;" would show as "&"
    text = algorithm(alg_id).shortHelpString()
    assert not re.findall(r"<[A-Za-z/!?]|&#?\w+;", text)


@pytest.mark.parametrize("alg_id", ALGORITHM_IDS)
def test_examples_give_only_parameters_of_the_algorithm_and_every_required_input(alg_id):
    alg = algorithm(alg_id)
    commands = examples(alg_id)
    assert commands, f"{alg_id}: no qgis_process example"
    names = {p.name() for p in alg.parameterDefinitions()}
    for example_id, parameters in commands:
        assert example_id == f"itinerance:{alg_id}"
        assert set(parameters) <= names | QGIS_PROCESS_OPTIONS, set(parameters) - names
        required = {p.name() for p in alg.parameterDefinitions()
                    if not p.flags() & QgsProcessingParameterDefinition.FlagOptional
                    and p.defaultValue() is None
                    and not isinstance(p, QgsProcessingDestinationParameter)}
        assert required <= set(parameters), required - set(parameters)


def run_example(alg_id, sample, tmp_path):
    """Run the help's example through processing.run: the sample's paths for build/sample,
    outputs into ``tmp_path``."""
    ((_, parameters),) = examples(alg_id)
    folder = Path(sample["gpkg"]).parent
    alg = algorithm(alg_id)
    values = {}
    for key, (value,) in parameters.items():
        definition = alg.parameterDefinition(key)
        if isinstance(definition, QgsProcessingDestinationParameter):
            value = str(tmp_path / value)
        values[key] = value.replace("build/sample/", f"{folder}/")
    return processing.run(f"itinerance:{alg_id}", values), values


def help_of(alg_id):
    return " ".join(algorithm(alg_id).shortHelpString().split())


def test_airesgap_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, _ = run_example("airesgap", sample, tmp_path)
    best = next(QgsVectorLayer(result["SUGGESTIONS"]).getFeatures())
    for figure in (f"{result['NETWORK_LENGTH_M'] / 1000:.0f} km of network",
                   f"in {result['COMPONENT_COUNT']} parts and {result['AIRE_COUNT']} aires",
                   f"{result['COVERAGE_PCT']:.1f} % of the network is served within 2.5 km",
                   f"{result['GAP_COUNT']} gaps remain",
                   f"{result['MAX_DIST_M'] / 1000:.1f} km from an aire",
                   f"would serve {best['gain_m'] / 1000:.1f} km more"):
        assert figure in help_of("airesgap")


def test_accueilvelocoverage_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, _ = run_example("accueilvelocoverage", sample, tmp_path)
    establishments = QgsVectorLayer(result["ESTABLISHMENTS_OUT"])
    labelled = sum(1 for f in establishments.getFeatures() if f["labelled"])
    summary = {(f["route"], f["category"]): f
               for f in QgsVectorLayer(result["SUMMARY"]).getFeatures()}
    assert summary[("Véloroute de la Lys", "all")]["covered_pct"] == pytest.approx(100.0)
    longest = max(summary.values(), key=lambda f: f["max_gap_km"] if f["category"] == "all"
                  else -1)
    for figure in (f"Of the {result['ROUTE_LENGTH_M'] / 1000:.1f} km",
                   f"{result['COVERED_PCT']:.1f} % have one of the {labelled} labelled",
                   "(the véloroute de la Lys all of it)",
                   f"the longest gap, on the {longest['route']}, is "
                   f"{result['LONGEST_GAP_M'] / 1000:.1f} km",
                   f"{result['ELIGIBLE_COUNT']} establishments lie within 5 km, "
                   f"{result['PROSPECT_COUNT']} of them prospects"):
        assert figure in help_of("accueilvelocoverage")


def rue_d_aire_figures(line):
    return (f"{line['length_m'] / 1000:.2f} km long",
            f"climbs {line['gain_m']:.0f} m ({line['z_start_m']:.0f} to {line['z_end_m']:.0f} m)",
            f"averages {line['avg_grade_pct']:.1f} %",
            f"reaches {line['max_grade_pct']:.1f} % over its steepest 100 m",
            f"category {line['category']}")


def test_slopeprofile_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, values = run_example("slopeprofile", sample, tmp_path)
    assert len(list(Path(values["CHARTS_FOLDER"]).glob("*.png"))) == result["LINE_COUNT"]
    lines = {f["line_id"]: f for f in QgsVectorLayer(result["OUTPUT"]).getFeatures()}
    text = help_of("slopeprofile")
    for figure in rue_d_aire_figures(lines["Rue d'Aire"]):
        assert figure in text
    assert f"The {result['LINE_COUNT']} climbs gain {result['TOTAL_GAIN_M']:.0f} m" in text
    # the climb sheets quote the same figures
    line = lines["Rue d'Aire"]
    steepest = line["max_grade_at_m"] / 1000, (line["max_grade_at_m"] + 100) / 1000
    assert (f"{line['length_m'] / 1000:.2f} km, {line['gain_m']:.0f} m gained, "
            f"{line['z_start_m']:.0f} to {line['z_end_m']:.0f} m, "
            f"{line['avg_grade_pct']:.1f} % on average, "
            f"{line['max_grade_pct']:.1f} % over the steepest 100 m (km {steepest[0]:.2f} to "
            f"{steepest[1]:.2f}), category {line['category']}") in help_of("exportclimbsheets")


def test_trameconnectivity_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, _ = run_example("trameconnectivity", sample, tmp_path)
    hubs = list(QgsVectorLayer(result["HUBS_OUT"]).getFeatures())
    cut_off = [f for f in hubs if f["component"] == NULL]
    assert len(cut_off) == result["ISOLATED_HUB_COUNT"] == 1
    for figure in (f"form {result['COMPONENT_COUNT']} parts, the largest "
                   f"{result['LARGEST_COMPONENT_KM']:.1f} km, with {result['BRIDGE_COUNT']} "
                   "critical links",
                   f"{result['ISOLATED_HUB_COUNT']} of the {len(hubs)} hubs is cut off (the "
                   f"{cut_off[0]['name']}, {cut_off[0]['access_m'] / 1000:.1f} km away)",
                   f"IIC {result['IIC']:.3f}, PC {result['PC']:.3f}"):
        assert figure in help_of("trameconnectivity")


def test_territoryindicators_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    ((_, parameters),) = examples("territoryindicators")
    folder = Path(sample["gpkg"]).parent
    values = {key: value.replace("build/sample/", f"{folder}/") for key, (value,) in
              parameters.items() if key not in ("REPORT", "PDF")}  # tested apart, slower
    values["OUTPUT"] = str(tmp_path / values["OUTPUT"])
    result = processing.run("itinerance:territoryindicators", values)
    kinds = [f["kind"] for f in QgsVectorLayer(values["PERIMETERS"]).getFeatures()]
    cassel = next(f for f in QgsVectorLayer(result["OUTPUT"]).getFeatures()
                  if f["name"] == "Cassel")
    for figure in (f"a row for each of the {result['PERIMETER_COUNT']} perimeters "
                   f"({kinds.count('epci')} EPCI, {kinds.count('commune')} communes)",
                   f"{result['NETWORK_KM']:.1f} km of network, {result['SERVED_PCT']:.1f} % "
                   f"served, {result['AIRE_COUNT']} aires, {result['ACCUEIL_VELO_COUNT']} "
                   f"Accueil Vélo establishments",
                   f"{result['VELOROUTE_KM']:.1f} km of véloroutes "
                   f"{result['VELOROUTE_COVERED_PCT']:.1f} % covered, "
                   f"{result['PROSPECT_COUNT']} prospects, {result['CLIMB_COUNT']} climbs",
                   f"{result['TRAME_KM']:.1f} km of green network in "
                   f"{result['TRAME_COMPONENT_COUNT']} parts with {result['BRIDGE_COUNT']} "
                   "critical links",
                   f"Cassel: {cassel['network_km']:.1f} km of network, "
                   f"{cassel['served_pct']:.1f} % served, {cassel['aire_count']} aires, "
                   f"{cassel['climb_count']} climbs"):
        assert figure in help_of("territoryindicators")
def test_buildcircuit_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, values = run_example("buildcircuit", sample, tmp_path)
    [circuit] = QgsVectorLayer(result["OUTPUT"]).getFeatures()
    stops = sorted(QgsVectorLayer(result["STOPS"]).getFeatures(), key=lambda f: f["chainage_m"])
    text = help_of("buildcircuit")
    figures = (f"The {values['NAME']} is {result['LENGTH_M'] / 1000:.1f} km long in "
               f"{result['LEG_COUNT']} legs and climbs {result['GAIN_M']:.0f} m, "
               f"{circuit['max_grade_pct']:.1f} % over its steepest 100 m; "
               f"{result['AIRE_COUNT']} aires lie within 500 m of it, the first at km "
               f"{stops[0]['chainage_m'] / 1000:.1f}")
    assert figures in text
    # the whole circuits layer of the sample, as the help says
    every = processing.run("itinerance:buildcircuit", {
        **values, "SEQUENCE": f"{sample['gpkg']}|layername=circuits", "NAME": None,
        "OUTPUT": "memory:", "LEGS": "memory:", "STOPS": "memory:", "PROFILE": None})
    assert (f"it builds its {every['CIRCUIT_COUNT']} circuits, "
            f"{every['LENGTH_M'] / 1000:.1f} km in all") in text
    # the circuit sheet quotes the same figures
    assert (f"on the Boucle des Monts sheet: {circuit['length_km']:.1f} km, "
            f"{circuit['gain_m']:.0f} m gained and lost, {circuit['max_grade_pct']:.1f} % over "
            f"the steepest 100 m, {circuit['n_aires']} aires along it, {circuit['leg_count']} "
            "legs") in help_of("exportcircuitsheet")


def test_export_examples_count_the_sample_pages(sample):
    def count(layer):
        return QgsVectorLayer(f"{sample['gpkg']}|layername={layer}").featureCount()

    assert f"It writes {count('perimetres')} A4 landscape pages, one per EPCI and commune" \
        in help_of("exportcontractmap")
    assert f"It writes {count('ascensions')} sheets" in help_of("exportclimbsheets")
    assert f"It writes the {count('circuits')} sheets of the sample's circuits layer" in \
        help_of("exportcircuitsheet")


def test_planstages_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, _ = run_example("planstages", sample, tmp_path)
    days = list(QgsVectorLayer(result["STAGES"]).getFeatures())
    lengths = " and ".join(f"{f['length_km']:.1f}" for f in days)
    for figure in (f"from {days[0]['from']} to {days[-1]['to']}, {result['TOTAL_KM']:.1f} km",
                   f"{result['STAGE_COUNT']} days of {lengths} km",
                   f"the night at the {days[0]['lodging']} (Accueil Vélo)",
                   f"among {result['CANDIDATE_COUNT']} lodgings within reach"):
        assert figure in help_of("planstages")
    assert days[0]["accueil_velo"] and result["ACCUEIL_VELO_NIGHTS"] == 1


def test_stationaccess_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, _ = run_example("stationaccess", sample, tmp_path)
    assert (f"Of the sample's {result['STATION_COUNT']} stations, {result['FAR_COUNT']} lie "
            "farther than 2 km") in help_of("stationaccess")


def test_motorhomecoverage_example_runs_and_gives_the_figures_of_its_help(sample, tmp_path):
    result, _ = run_example("motorhomecoverage", sample, tmp_path)
    first = next(QgsVectorLayer(result["SUGGESTIONS"]).getFeatures())
    covered = result["PLACE_COUNT"] - result["UNCOVERED_COUNT"]
    for figure in (f"{covered} of the {result['PLACE_COUNT']} sites and communes "
                   f"({result['COVERED_PCT']:.1f} %)",
                   f"the first suggested area, at {first['name']}, would bring one to "
                   f"{first['gain']} of them"):
        assert figure in help_of("motorhomecoverage")
