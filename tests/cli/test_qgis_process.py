"""The plugin as users script it: qgis_process.bin in a throwaway profile."""

import zipfile

from build_zip import build_zip
from qgis_runner import QgisProcess


def test_provider_is_listed(qgis):
    listing = qgis.call("list").stdout
    assert "itinerance:createprojectdb" in listing


def test_run_createprojectdb_json(qgis, tmp_path):
    target = tmp_path / "inventaire.gpkg"
    output = qgis.run("itinerance:createprojectdb", OUTPUT=target, CRS="EPSG:2154")
    assert output["results"]["LAYER_COUNT"] == 12
    assert output["results"]["OUTPUT"] == str(target)
    assert target.stat().st_size > 50_000  # twelve tables, domains and styles


def test_bad_input_is_a_clear_error_and_a_failing_exit(qgis, tmp_path):
    existing = tmp_path / "deja.gpkg"
    existing.write_bytes(b"keep me")
    failed = qgis.run("itinerance:createprojectdb", check=False, OUTPUT=existing)
    assert failed["returncode"] != 0
    assert "OVERWRITE" in failed["stdout"] + failed["stderr"]
    assert existing.read_bytes() == b"keep me"


def test_help_describes_the_parameters(qgis):
    text = qgis.call("help", "itinerance:createprojectdb").stdout
    for name in ("OUTPUT", "CRS", "OVERWRITE", "ADD_TO_PROJECT", "LAYER_COUNT"):
        assert name in text


def test_zip_installs_into_a_fresh_profile_and_runs(tmp_path):
    archive = build_zip(tmp_path / "itinerance.zip")
    names = zipfile.ZipFile(archive).namelist()
    assert "itinerance/metadata.txt" in names and "itinerance/__init__.py" in names
    assert "itinerance/i18n/itinerance_fr.qm" in names
    assert not [n for n in names if n.startswith(("itinerance/tests/", "itinerance/.ci/"))]
    assert "itinerance/Makefile" not in names
    assert all(n.startswith("itinerance/") for n in names)

    # Plugins > Install from ZIP unpacks into the profile's python/plugins folder
    profile = tmp_path / "config"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(archive).extractall(plugins)
    fresh = QgisProcess(profile, plugin_path=None)
    fresh.enable_plugin()
    target = tmp_path / "from_zip.gpkg"
    output = fresh.run("itinerance:createprojectdb", OUTPUT=target)
    assert output["results"]["LAYER_COUNT"] == 12
