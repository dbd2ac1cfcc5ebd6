"""Cities named in prose, from the places table the editor completes cities from.

Every spelling of a row of ``resources/data/places.csv`` (its three forms and the others
people use) is looked for, Arabic taking its clitics (بالرباط, وطشقند). A city is told from
a word by what surrounds it, so as to propose no place rather than a wrong one:
- a name that is also a country's (تونس, الجزائر, Monaco, Mexico) is the country's;
- in Latin letters, a city's name begins with a capital ("were nice and useful"), after
  its article if it has one (the Hague);
- in Arabic, where a city's name is often a word (العيون, الداخلة), it is one after a
  preposition, clitic or not (في العيون, وفي العيون, بالداخلة), or after a word of visiting
  (زار);
- a city whose name holds its country's (Kuwait City, مدينة الكويت) is the city.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from timeline.domain.countries import country_codes, country_name, short_name
from timeline.domain.event import Place
from timeline.domain.extract.countries import CountryMention
from timeline.domain.extract.patterns import alternation, is_arabic, longest_apart, phrase_pattern
from timeline.domain.folding import FoldedText, Span, fold
from timeline.domain.languages import LANGUAGES
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
        countries = list(countries)
        taken = [(mention.span.start, mention.span.end) for mention in countries]
        mentions: list[PlaceMention] = []
        for start, end, place in longest_apart(self._patterns, text.text):
            span = text.span(start, end)
            named = any(_across(span, first, last) for first, last in taken)
            if not named and _reads_as_a_city(text, start, span, place):
                mentions.append(_in_its_country(PlaceMention(place, span), text, countries))
        return mentions


#: Between a city and the country after it that says which one it is: "Tripoli, Lebanon".
_COUNTRY_AFTER = re.compile(r"\s*[,،]\s*")
#: After a country, what makes it the first of the parties ("In Tripoli, Morocco and
#: Libya signed"), not the city's country.
_AND_NEXT = re.compile(r"\s*(?:and\b|et\b|&|و)", re.IGNORECASE)


def _listed(country: CountryMention, text: str, starts: set[int]) -> bool:
    """Whether ``country`` begins a list of countries: "and" after it, or another country
    after a comma ("In Rabat, Morocco, Kazakhstan and Tunisia signed …")."""
    if _AND_NEXT.match(text, country.span.end):
        return True
    comma = _COUNTRY_AFTER.match(text, country.span.end)
    return comma is not None and comma.end() in starts


def _in_its_country(
    mention: PlaceMention, text: FoldedText, countries: list[CountryMention]
) -> PlaceMention:
    """``mention`` with the country named right after it, if any ("Tripoli, Lebanon",
    "طرابلس، لبنان"), as its country and inside its span: the table's Tripoli is Libya's,
    and a country that says where is not a party to what happened there. Not a country
    that begins a list of parties ("In Tripoli, Morocco and Libya signed …")."""
    original = text.original
    between = _COUNTRY_AFTER.match(original, mention.span.end)
    if between is None:
        return mention
    starts = {country.span.start for country in countries}
    for country in countries:
        if country.span.start == between.end() and not _listed(country, original, starts):
            place = replace(mention.place, country=country.code)
            first, last = mention.span.start, country.span.end
            return PlaceMention(place, Span(first, last, original[first:last]))
    return mention


def _across(span: Span, first: int, last: int) -> bool:
    """Whether a country named from ``first`` to ``last`` is named across ``span``: the
    same words or more, not a part of a longer name of the city's own ("Kuwait City",
    مدينة الكويت, الجزائر العاصمة: the city)."""
    overlaps = first < span.end and span.start < last
    inside = span.start <= first and last <= span.end and (first, last) != (span.start, span.end)
    return overlaps and not inside


#: Words after which an Arabic name is a place: prepositions, and those of visiting.
_BEFORE_A_PLACE = frozenset(
    fold(word)
    for word in (
        "في", "إلى", "الى", "من", "بين", "نحو", "عن", "لدى", "عند", "قرب",
        "مدينة", "بمدينة", "لمدينة", "العاصمة", "بالعاصمة", "للعاصمة",
        "زار", "يزور", "تزور", "زيارة", "وصل", "يصل", "حل",
    )
)  # fmt: skip
#: The clitics that make an Arabic word a place's complement (بالرباط, للداخلة).
_PLACE_CLITICS = ("ب", "ل")
_WORD = re.compile(r"\w+")
#: How far back the word before a name is looked for: longer than any of those words.
_WORD_REACH = 24


def _reads_as_a_city(text: FoldedText, start: int, span: Span, place: KnownPlace) -> bool:
    """Whether the name at ``span`` (``start`` in the folded text) reads as the city's."""
    if fold(span.text) in _country_names():
        return False
    if not is_arabic(span.text):  # its name's own first letter: "the Hague", "la Havane"
        words = _WORD.findall(span.text)
        return bool(words) and words[-1][:1].isupper()
    bare = span.text.lstrip("وف")
    named = {fold(name) for name in place.spellings() if is_arabic(name)}
    if bare.startswith(_PLACE_CLITICS) and fold(bare) not in named:
        return True  # a clitic the name does not begin with
    before = _WORD.findall(text.text[max(0, start - _WORD_REACH) : start])
    # "وفي الرباط", "ومن الرباط": the conjunction glued to the preposition.
    return bool(before) and (before[-1] in _BEFORE_A_PLACE or before[-1][1:] in _BEFORE_A_PLACE)


@cache
def _country_names() -> frozenset[str]:
    """Every country's name in Arabic, English and French, folded."""
    return frozenset(
        fold(name)
        for code in country_codes()
        for language in LANGUAGES
        for name in (country_name(code, language), short_name(code, language))
        if name
    )


@cache
def default_places() -> PlaceRecogniser:
    return PlaceRecogniser(known_places())
