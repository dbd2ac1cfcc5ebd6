"""Countries named in prose: names and adjectives in three languages, from a data table.

The table (``resources/extract/countries.tsv``) lists each form once; :mod:`.patterns` adds
what Arabic glues on (الكازاخي, بالمغرب, والمغربية). Where two readings overlap the longest
wins, so جنوب السودان is South Sudan and not Sudan, and phrases listed as "not a country"
(المغرب العربي, Latin America) hide the name inside them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.domain.extract.patterns import (
    adjective_ending,
    alternation,
    longest_apart,
    phrase_pattern,
)
from timeline.domain.extract.tables import forms, table
from timeline.domain.folding import FoldedText, Span

NOT_A_COUNTRY = "-"


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country (ISO alpha-2) and where the text names it."""

    code: str
    span: Span


class CountryRecogniser:
    """Finds the countries of one table in folded text."""

    def __init__(self, rows: Iterable[tuple[str, ...]]) -> None:
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for row in rows:
            code, names = row[0], forms(row[1])
            adjectives = forms(row[2]) if len(row) > 2 else ()
            patterns = [phrase_pattern(name) for name in names]
            patterns += [
                phrase_pattern(stem, adjective_ending(stem), article=True) for stem in adjectives
            ]
            self._patterns.append((code, alternation(patterns)))

    def find(self, text: FoldedText) -> list[CountryMention]:
        """Every country mention, in text order, none overlapping another."""
        return [
            CountryMention(code, text.span(start, end))
            for start, end, code in longest_apart(self._patterns, text.text)
            if code != NOT_A_COUNTRY
        ]


@cache
def default_recogniser() -> CountryRecogniser:
    return CountryRecogniser(table("countries.tsv"))


def ranked(mentions: Iterable[CountryMention]) -> list[str]:
    """Codes by how often they are named, the first named first among equals: the head
    of this list is what an article is about."""
    mentions = list(mentions)
    counts = Counter(mention.code for mention in mentions)
    first: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        first.setdefault(mention.code, index)
    return sorted(counts, key=lambda code: (-counts[code], first[code]))
