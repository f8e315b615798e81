"""The French catalogue ``i18n/itinerance_fr.ts`` read as plain XML: an oracle for the texts the
plugin shows in French that does not go through Qt (the .qm and QTranslator are under test)."""

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "i18n" / "itinerance_fr.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    files: tuple  # where pylupdate5 found the source, relative to i18n/


@functools.cache
def messages(path=TS):
    root = ET.parse(path).getroot()
    return tuple(
        Message(context.findtext("name"), message.findtext("source"),
                message.findtext("translation") or "",
                tuple(loc.get("filename") for loc in message.iter("location")))
        for context in root.iter("context") for message in context.iter("message"))


def french(context, source):
    """The translation of ``source`` in ``context``; KeyError if the catalogue lacks it."""
    for message in messages():
        if message.context == context and message.source == source:
            return message.translation
    raise KeyError(f"[{context}] {source[:80]!r} is not in {TS.name}: run make translations")


def from_forms():
    """Messages pylupdate5 found in the .ui forms (uic translates them at run time)."""
    return [m for m in messages() if any(f.endswith(".ui") for f in m.files)]
