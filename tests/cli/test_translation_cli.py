"""qgis_process.bin in French: the plugin follows QGIS's language setting (locale/overrideFlag
and locale/userLocale in the profile's QGIS3.ini, as the Options dialog writes them), else the
system locale (LC_ALL, LANG). The expected texts are read from the .ts as plain XML."""

import pytest
import ts_catalog
from qgis_runner import QgisProcess

ALGORITHM = "itinerance:slopeprofile"


def profile_runner(folder, pkg_dir, locale=None):
    runner = QgisProcess(folder, pkg_dir)
    runner.enable_plugin()
    if locale is not None:
        runner.set_locale(locale)
    return runner


@pytest.fixture(scope="module")
def english_qgis(pkg_dir, tmp_path_factory):
    return profile_runner(tmp_path_factory.mktemp("english"), pkg_dir)


@pytest.fixture(scope="module")
def french_qgis(pkg_dir, tmp_path_factory):
    return profile_runner(tmp_path_factory.mktemp("french"), pkg_dir, locale="fr_FR")


def help_text(runner):
    return runner.call("help", ALGORITHM).stdout


def slope_profile_texts():
    """(English, French) of the name, a parameter, and the help's first line."""
    name = ("Slope profiles and climbs", ts_catalog.french("SlopeProfile",
                                                           "Slope profiles and climbs"))
    window = "Window of the steepest grade (m)"
    parameter = (window, ts_catalog.french("SlopeProfile", window))
    help_message = max((m for m in ts_catalog.messages() if m.context == "SlopeProfile"),
                       key=lambda m: len(m.source))
    first_line = (help_message.source.split("\n")[0], help_message.translation.split("\n")[0])
    return name, parameter, first_line


def test_qgis_set_to_french_shows_the_help_in_french(french_qgis):
    (english_name, french_name), parameter, first_line = slope_profile_texts()
    assert french_name == "Profils altimétriques et ascensions"
    text = help_text(french_qgis)
    assert f"{french_name} ({ALGORITHM})" in text
    assert parameter[1] in text and first_line[1] in text
    assert english_name not in text and parameter[0] not in text and first_line[0] not in text


def test_english_without_the_setting(english_qgis):
    (english_name, french_name), parameter, first_line = slope_profile_texts()
    text = help_text(english_qgis)
    assert f"{english_name} ({ALGORITHM})" in text
    assert parameter[0] in text and first_line[0] in text
    assert french_name not in text and parameter[1] not in text


def test_french_system_locale_without_the_setting(english_qgis, monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    (_, french_name), _, _ = slope_profile_texts()
    assert f"{french_name} ({ALGORITHM})" in help_text(english_qgis)
