"""Test environment: the plugin as the package ``itinerance``, headless QGIS, throwaway profile.

Imported first by ``tests/conftest.py``. The package is a link to the repository root in a
temporary folder; the root itself stays off ``sys.path``, where our ``processing/`` would shadow
QGIS's own ``processing`` package.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TMP = Path(tempfile.mkdtemp(prefix="itinerance-tests-"))
PKG_DIR = TMP / "pkg"
PKG_DIR.mkdir()
(PKG_DIR / "itinerance").symlink_to(ROOT, target_is_directory=True)
QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
sys.path.insert(0, str(PKG_DIR))
sys.path.insert(0, str(ROOT / "tests" / "cli"))  # qgis_runner, build_zip
sys.path.append(QGIS_PYTHON_PLUGINS)  # QGIS's own processing package

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")  # pyproj in a venv looks in the venv
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"  # English messages; French is tested apart
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(TMP / "profile")
os.environ.setdefault("XDG_RUNTIME_DIR", str(TMP / "xdg"))
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

_app = None


def start_qgis():
    """One QgsApplication per test run, with Processing and our provider loaded as QGIS would."""
    global _app
    if _app is not None:
        return _app
    from qgis.core import QgsApplication

    _app = QgsApplication([], True)
    _app.initQgis()
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        registry.addProvider(QgsNativeAlgorithms())
    import itinerance

    plugin = itinerance.classFactory(None)
    plugin.initProcessing()
    _app.itinerance_plugin = plugin  # keep it alive
    return _app
