import sys

from qgis.core import QgsApplication

ALGORITHMS = {"createprojectdb", "importstations", "planstages", "stationaccess",
              "motorhomecoverage"}


def test_provider_is_registered_with_its_algorithms():
    provider = QgsApplication.processingRegistry().providerById("itinerance")
    assert provider is not None
    assert provider.name() == "Itinérance"
    ids = {alg.name() for alg in provider.algorithms()}
    assert ALGORITHMS <= ids
    for alg in provider.algorithms():
        assert alg.id() == f"itinerance:{alg.name()}"
        assert alg.shortHelpString()
        assert not alg.icon().isNull()


def test_our_processing_folder_does_not_shadow_qgis_processing():
    import processing

    assert hasattr(processing, "run"), processing.__file__
    assert "/usr/share/qgis/python/plugins" in processing.__file__


def test_missing_library_gives_a_message_not_a_traceback(monkeypatch):
    import itinerance
    from itinerance.plugin.missing_dependencies_plugin import MissingDependenciesPlugin

    monkeypatch.setitem(sys.modules, "rasterio", None)
    pushed = []

    class Bar:
        def pushMessage(self, title, text, level=None, duration=None):  # noqa: N802
            pushed.append((title, text))

    class Iface:
        def messageBar(self):  # noqa: N802
            return Bar()

    plugin = itinerance.classFactory(Iface())
    assert isinstance(plugin, MissingDependenciesPlugin)
    plugin.initProcessing()  # registers nothing, raises nothing
    plugin.initGui()
    assert len(pushed) == 1
    assert "rasterio" in pushed[0][1] and "python3-rasterio" in pushed[0][1]
    plugin.unload()


def test_loading_the_provider_leaves_the_heavy_libraries_for_when_they_are_used(pkg_dir):
    """QGIS loads the plugin at every start and every qgis_process call: the libraries only
    some algorithms need (the DEM's rasterio and pyproj, matplotlib's charts, fiona) load when
    those algorithms run."""
    import os
    import subprocess

    code = ("import sys\n"
            "from qgis.core import QgsApplication\n"
            "import itinerance.processing.provider as provider\n"
            "provider.ItineranceProvider().loadAlgorithms()\n"
            "print(sorted(m for m in ('rasterio', 'pyproj', 'matplotlib', 'fiona')"
            " if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(pkg_dir)), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
