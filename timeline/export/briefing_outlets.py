"""Where an event was reported, in the briefing's language.

An outlet is stored as it was typed or imported — "Public reporting", "وكالة المغرب العربي
للأنباء", "AFP" — and a briefing is written in one language. The bundled table
``resources/data/outlets.csv`` gives the frequent sources of diplomatic news (news agencies,
the generic "public reporting") in Arabic, English and French; any of its spellings, folded as
search folds text, finds the others. An outlet the table does not know is a name printed as
stored, as places and people are. A researcher adds an outlet by adding a row.
"""

from __future__ import annotations

import csv
from functools import cache

from timeline.domain.normalize import normalize
from timeline.locations import resources_dir


@cache
def _outlets() -> dict[str, dict[str, str]]:
    """Every spelling of every outlet, folded -> its forms by language."""
    found: dict[str, dict[str, str]] = {}
    path = resources_dir() / "data" / "outlets.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            forms = {language: row[language].strip() for language in ("ar", "en", "fr")}
            also = [part.strip() for part in row["also"].split("|") if part.strip()]
            for spelling in (*forms.values(), *also):
                found.setdefault(normalize(spelling), forms)
    return found


def outlet_in(name: str, language: str) -> str:
    """``name`` in ``language`` when the table knows the outlet; else as stored."""
    forms = _outlets().get(normalize(name))
    return forms[language] if forms and forms.get(language) else name
