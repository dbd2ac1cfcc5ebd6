"""The words of dates: a dateutil ``parserinfo`` that knows every region's month names, and
the little words around dates, matched as phrases over tokens.

Month names come from the same places the app writes them from: CLDR through Babel for
every Arabic locale (غشت in Morocco, أوت in Algeria, آب in the Levant, أغسطس in Egypt),
French and English, and hijridate for the Hijri months; ``resources/extract/dates.tsv`` adds
the spellings those leave out. dateutil's parser then reads the dates these names make.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.localedata import locale_identifiers
from dateutil import parser

from timeline.domain.extract.tables import forms, table
from timeline.domain.folding import fold
from timeline.domain.hijri import HijriDate

_WORD = re.compile(r"\w+")
#: Punctuation a phrase may contain between its words: Rabi' al-Awwal, A.H, avant-hier.
_JOINERS = frozenset("'’‘-.")
#: Roles whose first word may carry an Arabic conjunction or preposition (وفبراير, بأبريل).
_CLITIC_ROLES = frozenset(("month", "hijri-month", "weekday", "unit"))
_CLITICS = frozenset("وبلف")


@dataclass(frozen=True, slots=True)
class Token:
    """A run of digits, of letters, or one other character, in folded text."""

    text: str
    start: int
    end: int

    @property
    def number(self) -> int | None:
        return int(self.text) if self.text.isdecimal() else None


_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")


def tokenize(folded: str) -> list[Token]:
    return [Token(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(folded)]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A word or words of one role; ``value`` is the table's (a month key for months)."""

    words: tuple[str, ...]
    role: str
    value: str


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    end: int  # the token index after the phrase


def words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def name_key(text: str) -> str:
    """One token for a month or weekday name, however many words it has (كانون الثاني):
    dateutil's lexer splits on spaces."""
    return "".join(words_of(text))


class NewsParserInfo(parser.parserinfo):  # type: ignore[misc]  # dateutil ships no types
    """dateutil's parserinfo with the month and weekday names of Arabic, French and English
    news, day first as everywhere these are read."""

    def __init__(self, months: Sequence[Iterable[str]], weekdays: Sequence[Iterable[str]]) -> None:
        self.MONTHS = [tuple(sorted({name_key(name) for name in names})) for names in months]
        self.WEEKDAYS = [tuple(sorted({name_key(name) for name in names})) for names in weekdays]
        super().__init__(dayfirst=True)


class Vocabulary:
    """Every phrase the date reader looks for, and the parserinfo that reads months."""

    def __init__(self, rows: Iterable[tuple[str, ...]], locales: Iterable[str]) -> None:
        months = _cldr_months(locales)
        weekdays: list[set[str]] = [set() for _ in range(7)]
        hijri = [set(_hijri_names(month)) for month in range(1, 13)]
        self._phrases: dict[str, list[Phrase]] = {}
        for role, value, cell in rows:
            for form in forms(cell):
                if role == "month":
                    months[int(value) - 1].add(form)
                elif role == "hijri-month":
                    hijri[int(value) - 1].add(form)
                elif role == "weekday":
                    weekdays[int(value)].add(form)
                else:
                    self._add(form, role, value)
        self.info = NewsParserInfo(months, weekdays)
        for names in months:
            for name in names:
                self._add(name, "month", name_key(name))
        for number, names in enumerate(hijri, start=1):
            for name in names:
                self._add(name, "hijri-month", str(number))
        for names in weekdays:
            for name in names:
                self._add(name, "weekday", name_key(name))
        french = {name_key(name) for name in _locale_months("fr")}
        self.english_only = {name_key(name) for name in _locale_months("en")} - french
        for phrases in self._phrases.values():
            phrases.sort(key=lambda phrase: len(phrase.words), reverse=True)

    def _add(self, form: str, role: str, value: str) -> None:
        words = words_of(form) or (fold(form),)  # a dash is a phrase too
        phrase = Phrase(words, role, value)
        bucket = self._phrases.setdefault(words[0], [])
        if phrase not in bucket:
            bucket.append(phrase)

    def match(self, tokens: Sequence[Token], index: int, *roles: str) -> Match | None:
        """The longest phrase of one of ``roles`` starting at token ``index``."""
        if index >= len(tokens):
            return None
        first = tokens[index].text
        candidates = list(self._phrases.get(first, ()))
        if len(first) > 3 and first[0] in _CLITICS:  # not باب, "door", as ب + آب
            candidates += [
                phrase
                for phrase in self._phrases.get(first[1:], ())
                if phrase.role in _CLITIC_ROLES
            ]
        for phrase in candidates:
            if phrase.role in roles:
                end = _match_rest(tokens, index + 1, phrase.words[1:])
                if end is not None:
                    return Match(phrase, end)
        return None


def _match_rest(tokens: Sequence[Token], index: int, words: Sequence[str]) -> int | None:
    for word in words:
        while index < len(tokens) and tokens[index].text in _JOINERS:
            index += 1
        if index >= len(tokens) or tokens[index].text != word:
            return None
        index += 1
    return index


def _locale_months(name: str) -> list[str]:
    """The wide and abbreviated names, in and out of context, twelve by twelve."""
    months = Locale.parse(name).months
    names = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names += [months[context][width][number] for number in range(1, 13)]
    return names


def _cldr_months(locales: Iterable[str]) -> list[set[str]]:
    months: list[set[str]] = [set() for _ in range(12)]
    for name in locales:
        for index, month in enumerate(_locale_months(name)):
            months[index % 12].add(month)
    return months


def _hijri_names(month: int) -> list[str]:
    day = HijriDate(1446, month, 1)
    return [day.month_name(language) for language in ("ar", "en", "fr")]


def reader_locales() -> list[str]:
    """Every Arabic locale CLDR has, French and English."""
    arabic = sorted(name for name in locale_identifiers() if name.split("_")[0] == "ar")
    return [*arabic, "fr", "en"]


@cache
def default_vocabulary() -> Vocabulary:
    return Vocabulary(table("dates.tsv"), reader_locales())
