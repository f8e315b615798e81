"""Paths of the plugin's Qt Designer forms and icons, loaded at run time (no compiled resources)."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def form_path(name):
    return str(RESOURCES / "forms" / name)


def plugin_icon(name):
    return QIcon(str(RESOURCES / "icons" / name))


def qgis_icon(name):
    """One of QGIS's own icons (``mActionSaveEdits.svg``...), so edit tools look as in QGIS."""
    return QgsApplication.getThemeIcon(f"/{name}")
