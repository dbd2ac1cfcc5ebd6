"""Numbered sessions of multilateral bodies, read as dates.

"على هامش الدورة 150 للاتحاد البرلماني الدولي" dates a meeting as surely as a day would:
the 150th IPU Assembly sat in Tashkent from 5 to 9 April 2025. The body's names, the words
for one of its sessions and each session's days and city come from
``resources/extract/gatherings.tsv``; a mention is a session number near a session word or
the body's name, with the name close by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.extract.mentions import DateMention, Gathering
from timeline.domain.extract.patterns import ANY_ENDING, alternation, phrase_pattern
from timeline.domain.extract.tables import forms, table
from timeline.domain.folding import FoldedText
from timeline.domain.languages import LANGUAGES

#: How far from the body's name a session number may be, before and after it (characters).
BEFORE, AFTER = 60, 40
#: How close a session number must be to a session word (characters).
NEAR = 12
_NUMBER = re.compile(r"(?<!\d)(\d{1,3})(?:st|nd|rd|th|eme|er|e)?(?!\w)")

Range = tuple[int, int]  # start, end


def _gap(first: Range, second: Range) -> int:
    return max(0, max(first[0], second[0]) - min(first[1], second[1]))


class GatheringRecogniser:
    """Finds the sessions of one gatherings table in folded text."""

    def __init__(self, rows: Iterable[tuple[str, ...]]) -> None:
        self._series: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
        self._sessions: dict[tuple[str, int], Gathering] = {}
        for row in rows:
            if row[0] == "series":
                names = alternation([phrase_pattern(name) for name in forms(row[2])])
                words = alternation([phrase_pattern(word, ANY_ENDING) for word in forms(row[3])])
                self._series[row[1]] = (names, words)
            else:
                self._add_session(row)

    def _add_session(self, row: tuple[str, ...]) -> None:
        _, series, number, first, last, cities, host = row
        start, end = FuzzyDate.parse(first), FuzzyDate.parse(last)
        when = EventDate(start) if start == end else EventDate(start, end)
        names = tuple(zip(LANGUAGES, forms(cities), strict=True))  # the city in ar, en, fr
        self._sessions[series, int(number)] = Gathering(series, int(number), when, names, host)

    def find(self, text: FoldedText) -> list[DateMention]:
        """Every session named, in text order, none overlapping another."""
        found: list[tuple[Range, Gathering]] = []
        for series, (names, words) in self._series.items():
            for name in names.finditer(text.text):
                low, high = max(0, name.start() - BEFORE), name.end() + AFTER
                anchors = [match.span() for match in words.finditer(text.text, low, high)]
                for number in _NUMBER.finditer(text.text, low, high):
                    gathering = self._sessions.get((series, int(number.group(1))))
                    near = [span for span in anchors if _gap(number.span(), span) <= NEAR]
                    if gathering is not None and near:
                        ends = (*number.span(), *near[0], *name.span())
                        found.append(((min(ends), max(ends)), gathering))
        # The shortest reading first: "150th Assembly of the Inter-Parliamentary Union",
        # not the same up to the "(IPU)" after it.
        found.sort(key=lambda item: (item[0][0], item[0][1]))
        mentions, reach = [], 0
        for (start, end), gathering in found:
            if start >= reach:
                mentions.append(DateMention(text.span(start, end), gathering.date, gathering))
                reach = end
        return mentions


@cache
def default_gatherings() -> GatheringRecogniser:
    return GatheringRecogniser(table("gatherings.tsv"))
