import pytest
from qgis_runner import QgisProcess


@pytest.fixture(scope="module")
def qgis(pkg_dir, tmp_path_factory):
    """qgis_process with the plugin enabled, in a throwaway profile of the test module's own."""
    runner = QgisProcess(tmp_path_factory.mktemp("profile"), pkg_dir)
    runner.enable_plugin()
    return runner
