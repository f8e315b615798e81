"""The French catalogue ``i18n/itinerance_fr.ts`` read as plain XML: an oracle for the texts the
plugin shows in French that does not go through Qt (the .qm and QTranslator are under test)."""

import functools
import re
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


def _pattern(text):
    """A regex finding ``text`` as words in a page's text, each ``{}`` placeholder standing for
    one word; None for a text too short to look for, or a help text."""
    fragments = re.split(r"\{[^}]*\}", text)
    if len("".join(fragments).strip()) < 4 or "\n" in text:
        return None
    body = r"\S+".join(r"\s+".join(re.escape(word) for word in fragment.split(" "))
                       for fragment in fragments)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def leftovers(page_text, language):
    """The plugin's texts found in ``page_text`` in the wrong language: English sources when
    the page is in French (``language`` "fr"), French translations when it is in English.
    Texts the same in both languages (Commune, km…), or that the right one contains (Terril in
    "Terril (spoil tip)"), are not looked for."""
    found = []
    for message in messages():
        right, wrong = (message.translation, message.source) if language == "fr" \
            else (message.source, message.translation)
        if wrong.strip() in right:
            continue
        pattern = _pattern(wrong)
        if pattern is not None and pattern.search(page_text):
            found.append(f"[{message.context}] {wrong}")
    return found
