"""Search of inventory features by text, the way planners type: any case, with or without accents.

"coeur", "Cœur" and "COEUR" find "Cœur de Flandre"; every word of the query must appear somewhere
in the feature's texts (name, commune, number...), in any order. Pure Python, no QGIS import.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable, List, Optional, Sequence

# Letters that Unicode does not decompose into a base letter plus an accent.
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})


def normalise(text: Optional[object]) -> str:
    """``text`` folded for comparison: case-folded, accents removed, ligatures spelt out."""
    if text is None:
        return ""
    folded = str(text).casefold().translate(LIGATURES)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: Optional[str]) -> List[str]:
    """The normalised words of a search query (an empty query has none and matches everything)."""
    return normalise(query).split()


def matches(words: Sequence[str], haystack: str) -> bool:
    """Whether every word of ``words`` (from :func:`query_words`) is in the normalised haystack."""
    return all(word in haystack for word in words)


def haystack(texts: Iterable[Optional[object]]) -> str:
    """One normalised string holding all ``texts`` of a feature, to search many times cheaply."""
    return " | ".join(normalise(t) for t in texts if t is not None)
