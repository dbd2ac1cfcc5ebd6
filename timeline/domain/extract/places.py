"""Cities named in prose, from the places table the editor completes cities from.

Every spelling of a row of ``resources/data/places.csv`` (its three forms and the others
people use) is looked for, Arabic taking its clitics (بالرباط, وطشقند). A name that is also
a country's where the text names a country (تونس, الجزائر, Djibouti) is taken for the
country: the sentence says where, not which city.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.domain.event import Place
from timeline.domain.extract.countries import CountryMention
from timeline.domain.extract.patterns import alternation, longest_apart, phrase_pattern
from timeline.domain.folding import FoldedText, Span
from timeline.domain.places import KnownPlace, known_places


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A city of the places table and where the text names it."""

    place: KnownPlace
    span: Span

    def in_language(self, language: str) -> Place:
        """The city as the sentence's language names it, in its country: the other forms
        are completed as the event is saved, as a typed city's are."""
        forms = self.place.forms
        return Place(forms.of(language) or forms.first(), self.place.country)


class PlaceRecogniser:
    """Finds the cities of a places table in folded text."""

    def __init__(self, places: Iterable[KnownPlace]) -> None:
        self._patterns = [
            (place, alternation([phrase_pattern(name, article=True) for name in names]))
            for place in places
            if (names := [name for name in place.spellings() if name])
        ]

    def find(
        self, text: FoldedText, countries: Iterable[CountryMention] = ()
    ) -> list[PlaceMention]:
        """Every city named, in text order, the longest where two overlap; none where the
        text names a country (the same word, or a longer one around it)."""
        taken = [(mention.span.start, mention.span.end) for mention in countries]
        mentions: list[PlaceMention] = []
        for start, end, place in longest_apart(self._patterns, text.text):
            span = text.span(start, end)
            if not any(first < span.end and span.start < last for first, last in taken):
                mentions.append(PlaceMention(place, span))
        return mentions


@cache
def default_places() -> PlaceRecogniser:
    return PlaceRecogniser(known_places())
