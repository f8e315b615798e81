import subprocess
import xml.etree.ElementTree as ET

import pytest
import ts_catalog
from qgis.core import QgsApplication

from itinerance.plugin import translation
from itinerance.processing.database.project_db import model_text

ALGORITHM_IDS = {"createprojectdb", "airesgap", "accueilvelocoverage", "slopeprofile",
                 "trameconnectivity", "checkinventory", "exportcontractmap", "exportclimbsheets",
                 "preparedem", "importaccueilvelo", "importosmnetwork",
                 "territoryindicators", "buildcircuit", "exportcircuitsheet",
                 "importstations", "planstages", "stationaccess", "motorhomecoverage"}

TS = translation.I18N_DIR / "itinerance_fr.ts"


def sources(ts_path):
    root = ET.parse(ts_path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_no_unfinished_or_empty_french_translation():
    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        translated = message.find("translation")
        assert translated.get("type") != "unfinished", message.findtext("source")
        assert (translated.text or "").strip(), message.findtext("source")


def test_every_extractable_string_of_the_code_is_in_the_ts(tmp_path):
    files = subprocess.run(["git", "ls-files", "*.py"], cwd=translation.I18N_DIR.parent,
                           capture_output=True, text=True, check=True).stdout.split()
    files = [f for f in files if not f.startswith("tests/")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", *files, "-ts", str(fresh)], cwd=translation.I18N_DIR.parent,
                   check=True, capture_output=True)
    missing = sources(fresh) - sources(TS)
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:5]}"


def test_french_locale_translates_algorithms_and_data_model():
    algorithm = QgsApplication.processingRegistry().algorithmById("itinerance:createprojectdb")
    assert algorithm.displayName() == "Create project database"
    assert translation.install_translator("fr")
    try:
        assert algorithm.displayName() == "Créer la base du projet"
        assert algorithm.group() == "Projet"
        assert model_text("Equipped rest area") == "Aire aménagée"
    finally:
        translation.remove_translators()
    assert algorithm.displayName() == "Create project database"


def _texts(algorithm):
    """What the toolbox and the dialog show of an algorithm; parameters and outputs are
    described when an instance is made, so a fresh one is made in the current language."""
    instance = algorithm.create()
    return {
        "name": algorithm.displayName(), "group": algorithm.group(),
        "help": algorithm.shortHelpString(),
        **{f"parameter {p.name()}": p.description() for p in instance.parameterDefinitions()},
        **{f"output {o.name()}": o.description() for o in instance.outputDefinitions()},
    }


@pytest.fixture
def provider():
    provider = QgsApplication.processingRegistry().providerById("itinerance")
    assert {algorithm.name() for algorithm in provider.algorithms()} == ALGORITHM_IDS
    return provider


def test_french_locale_translates_every_text_of_every_algorithm(provider):
    english = {alg.id(): _texts(alg) for alg in provider.algorithms()}
    assert translation.install_translator("fr")
    try:
        assert provider.longName() == ("Itinérance : planification des réseaux cyclables et "
                                       "touristiques")
        slope = QgsApplication.processingRegistry().algorithmById("itinerance:slopeprofile")
        assert slope.displayName() == "Profils altimétriques et ascensions"
        assert slope.group() == "Relief"
        for algorithm in provider.algorithms():
            context = type(algorithm).__name__
            # an algorithm that takes parameters of another as they are (exportcircuitsheet
            # those of buildcircuit) shows them translated in that one's context; parameters
            # declared by a shared base class (the map exports' LayoutExport), in its own
            owners = {other.name(): type(other).__name__ for other in provider.algorithms()}
            composed = {name: owners.get(owner, owner) for owner, names in
                        getattr(algorithm, "PARAMETERS_OF", {}).items() for name in names}
            french = _texts(algorithm)
            assert french.keys() == english[algorithm.id()].keys()
            for key, text in english[algorithm.id()].items():
                where = composed.get(key.partition(" ")[2], context) \
                    if key.startswith("parameter ") else context
                expected = ts_catalog.french(where, text)  # KeyError: an untranslatable text
                assert french[key] == expected, (algorithm.id(), key)
            for key in ("name", "help"):  # these always differ from the English
                assert french[key] != english[algorithm.id()][key], (algorithm.id(), key)
    finally:
        translation.remove_translators()
    assert {alg.id(): _texts(alg) for alg in provider.algorithms()} == english


def test_the_language_comes_from_qgis_override_setting_else_the_system():
    from qgis.core import QgsSettings

    settings = QgsSettings()
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "fr_FR")
        assert translation.user_language() == "fr"
        settings.setValue("locale/overrideFlag", False)
        assert translation.user_language() == "C"  # the tests run with LC_ALL=C.UTF-8
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
