"""Texts the plugin writes into what it creates, shown again in the user's language.

A project database keeps its layer titles and value-list labels in the language QGIS spoke
when it was written, and the sample territory its relief layers' names and its credits. The map
exports show these texts in the user's language: a text the plugin wrote, in any language it
speaks, is replaced by its translation for the user; a text the user wrote stays as it is.
"""

import functools
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..logic.inventory import data_model
from ..logic.inventory.data_model import QT_TRANSLATE_NOOP

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
SAMPLE_CONTEXT = "SampleTerritory"

# The sample territory's relief layers and what its layers declare as their sources.
RELIEF = QT_TRANSLATE_NOOP("SampleTerritory", "Relief (DEM)")
HILLSHADE = QT_TRANSLATE_NOOP("SampleTerritory", "Hillshade")
SAMPLE_RIGHTS = QT_TRANSLATE_NOOP(
    "SampleTerritory", "Itinérance sample territory: generated, not survey data")
SAMPLE_DEM_RIGHTS = QT_TRANSLATE_NOOP(
    "SampleTerritory", "Itinérance sample relief: generated, not a survey DEM")
SAMPLE_TEXTS = (RELIEF, HILLSHADE, SAMPLE_RIGHTS, SAMPLE_DEM_RIGHTS)


def sample_text(text):
    """A text of the sample territory (one of ``SAMPLE_TEXTS``) in the user's language."""
    return QCoreApplication.translate(SAMPLE_CONTEXT, text)


def catalogue():
    """(context, English text) of every text the plugin stores: the data model's layer titles
    and value labels, the sample territory's texts."""
    model = [layer.title for layer in data_model.LAYERS]
    model += [value.label for values in data_model.VALUE_LISTS for value in values.values]
    return [(data_model.TR_CONTEXT, text) for text in model] + \
        [(SAMPLE_CONTEXT, text) for text in SAMPLE_TEXTS]


@functools.lru_cache(maxsize=1)
def _known():
    """Every stored text in every language the plugin speaks -> (context, English text)."""
    pairs = catalogue()
    known = {text: (context, text) for context, text in pairs}
    for compiled in sorted(I18N_DIR.glob("itinerance_*.qm")):
        translator = QTranslator()
        if not translator.load(str(compiled)):
            continue
        for context, text in pairs:
            known.setdefault(_translated(translator, context, text) or text, (context, text))
    return known


def _translated(translator, context, text):
    """``translator.translate()``: PyQt5 passes its texts as ``char *`` (ASCII from a str,
    so UTF-8 bytes for an accented text)."""
    try:
        return translator.translate(context, text)
    except UnicodeEncodeError:
        return translator.translate(context.encode("utf-8"), text.encode("utf-8"))


def in_user_language(text):
    """``text`` in the user's language if the plugin wrote it (in any language), else as it
    is."""
    found = _known().get(text) if isinstance(text, str) else None
    return QCoreApplication.translate(*found) if found else text
