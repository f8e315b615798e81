"""Loads the plugin's compiled translation for the language QGIS is set to."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_translators = []  # kept alive for as long as the plugin is loaded


def user_language():
    """Two-letter language QGIS uses: its override setting, else the system locale."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or QLocale().name()
    else:
        locale = QLocale.system().name()
    return (locale or "en")[:2]


def install_translator(language=None):
    """Install ``i18n/itinerance_<language>.qm`` if it exists; returns whether one was loaded."""
    language = language or user_language()
    qm_file = I18N_DIR / f"itinerance_{language}.qm"
    if not qm_file.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return False
    QCoreApplication.installTranslator(translator)
    _translators.append(translator)
    return True


def remove_translators():
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
