import subprocess
import xml.etree.ElementTree as ET

from qgis.core import QgsApplication

from itinerance.plugin import translation
from itinerance.processing.project_db import model_text

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
