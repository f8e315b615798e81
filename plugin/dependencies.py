"""Which of the plugin's Python libraries are missing, and how to install them.

No QGIS import: the check runs before anything else of the plugin is imported.
"""

import importlib
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
    """The dependencies whose module cannot be imported, each with the import error text."""
    missing = []
    for dep in dependencies:
        try:
            importlib.import_module(dep.module)
        except Exception as error:  # a broken install raises more than ImportError
            missing.append((dep, str(error)))
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
