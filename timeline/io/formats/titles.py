"""Titles for imported events, which the event data sets do not have.

An event needs a title; GDELT and ICEWS rows have codes and actor names. Each imported event
gets a title in Arabic, English and French built from its kind and its countries, so it reads
naturally in every language of the app; the data set's own words go to the summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from timeline.domain.countries import country_name
from timeline.domain.direction import is_rtl_text
from timeline.domain.kinds import EventKind
from timeline.domain.languages import LANGUAGES

_COLON = {"fr": "\u202f: "}  # French sets a (narrow no-break) space before the colon


@lru_cache(maxsize=4096)
def generic_titles(kind: EventKind, countries: Sequence[str]) -> tuple[str, str, str]:
    """``(ar, en, fr)``: "Official visit: Morocco – Azerbaijan" and its translations."""
    return tuple(  # type: ignore[return-value]
        kind.info.name(language)
        + _COLON.get(language, ": ")
        + " – ".join(country_name(code, language) for code in countries)
        for language in LANGUAGES
    )


def titles_with(text: str, generic: tuple[str, str, str]) -> tuple[str, str, str]:
    """The generic titles with a data set's own ``text`` in its language's place (Arabic
    script as the Arabic title, anything else as the English one)."""
    if not text:
        return generic
    if is_rtl_text(text):
        return text, generic[1], generic[2]
    return generic[0], text, generic[2]
