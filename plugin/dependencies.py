"""Which of the plugin's Python libraries are missing, and how to install them.

No QGIS import: the check runs before anything else of the plugin is imported.
"""

import importlib.util
from collections import namedtuple

Dependency = namedtuple("Dependency", "module debian_package pip_package")

DEPENDENCIES = (
    Dependency("numpy", "python3-numpy", "numpy"),
    Dependency("scipy", "python3-scipy", "scipy"),
    Dependency("shapely", "python3-shapely", "shapely"),
    Dependency("pyproj", "python3-pyproj", "pyproj"),
    Dependency("rasterio", "python3-rasterio", "rasterio"),
    Dependency("fiona", "python3-fiona", "fiona"),
    Dependency("matplotlib", "python3-matplotlib", "matplotlib"),
    Dependency("osgeo.ogr", "python3-gdal", "gdal"),
)


def missing_dependencies(dependencies=DEPENDENCIES):
    """The dependencies that cannot be found, each with the reason.

    Found, not imported: importing matplotlib, rasterio, fiona and pyproj here would add 0.3 s
    to every QGIS start and every qgis_process call; the algorithms import them when they run.
    """
    missing = []
    for dep in dependencies:
        try:
            found = importlib.util.find_spec(dep.module) is not None
            reason = "" if found else f"No module named '{dep.module}'"
        except (ImportError, ValueError) as error:  # a broken parent package, a bad spec
            found, reason = False, str(error)
        if not found:
            missing.append((dep, reason))
    return missing


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    return text


HINT = QT_TRANSLATE_NOOP(
    "Dependencies",
    "Itinérance needs these Python libraries, which QGIS's Python cannot import: {names}.\n"
    "On Debian or Ubuntu: sudo apt install {debian}\n"
    "On Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}\n"
    "Then restart QGIS.")


def install_hint(missing, translate=lambda context, text: text):
    """Instructions naming each missing library and how to install it.

    ``translate`` is ``QCoreApplication.translate`` in QGIS; the default keeps English.
    """
    return translate("Dependencies", HINT).format(
        names=", ".join(dep.module for dep, _ in missing),
        debian=" ".join(dep.debian_package for dep, _ in missing),
        pip=" ".join(dep.pip_package for dep, _ in missing))
