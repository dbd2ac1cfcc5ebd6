"""The current filter in words, as the window shows it and every export prints it:
"Morocco – Kazakhstan · 2024–2025 · 6 events", "المغرب – كازاخستان، 2024–2025، 6 أحداث"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from timeline.domain.countries import country_name
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.direction import isolate
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.languages import field_separator, quoted

_WORDS = {
    "all": {"ar": "كل البلدان", "en": "All countries", "fr": "Tous les pays"},
    "partners": {"ar": "{country} مع كل الشركاء", "en": "{country} and all partners",
                 "fr": "{country} et tous ses partenaires"},
    "since": {"ar": "منذ {start}", "en": "since {start}", "fr": "depuis {start}"},
    "until": {"ar": "حتى {end}", "en": "until {end}", "fr": "jusqu’à {end}"},
}  # fmt: skip


def _word(key: str, language: str) -> str:
    return _WORDS[key].get(language, _WORDS[key]["en"])


def _when(day: date, fmt: DateFormat, first: bool) -> str:
    """A bound of the period as briefly as it is true: a year, a month or a day."""
    if (day.month, day.day) == ((1, 1) if first else (12, 31)):
        return fmt.year(day.year)
    next_month = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    whole_month = day.day == 1 if first else (next_month - day).days == 1
    return fmt.month_year(day.year, day.month) if whole_month else fmt.day(day)


def period_words(event_filter: EventFilter, fmt: DateFormat) -> str:
    start, end = event_filter.start, event_filter.end
    if start and end:
        first, last = _when(start, fmt, True), _when(end, fmt, False)
        if fmt.day(start) in (first, last) or fmt.day(end) in (first, last):
            # One bound a day, both days: "1–7 March 2021", not "March 2021–7 March 2021".
            if start >= end:
                return fmt.day(start)
            days = EventDate(FuzzyDate.from_date(start), FuzzyDate.from_date(end))
            return fmt.event_date(days)
        # One bound a month, both months: January 2017 read "2017–January 2017".
        months = fmt.month_year(start.year, start.month), fmt.month_year(end.year, end.month)
        if first in months or last in months:
            return fmt.month_span(start, end)
        return fmt.year_span(start.year, end.year)
    if start:
        return _word("since", fmt.language).format(start=_when(start, fmt, True))
    if end:
        return _word("until", fmt.language).format(end=_when(end, fmt, False))
    return ""


def describe(
    event_filter: EventFilter,
    count: int,
    fmt: DateFormat,
    order: Sequence[str] = (),
    when: bool = True,
) -> str:
    """Who, when, what and how many, in the reader's language. ``order`` is the order in
    which the user picked the countries (a pair is unordered, its name is not); ``when``
    False leaves the period out (a briefing names the days it covers after the count)."""
    language = fmt.language
    countries = [code for code in order if code in event_filter.countries]
    countries += sorted(event_filter.countries - set(countries))
    if len(countries) == 2:
        who = " – ".join(country_name(code, language) for code in countries)
    elif countries:
        who = _word("partners", language).format(country=country_name(countries[0], language))
    else:
        who = _word("all", language)
    parts = [who, period_words(event_filter, fmt) if when else ""]
    if event_filter.kinds:
        kinds = sorted(event_filter.kinds, key=list(EventKind).index)
        comma = "، " if language == "ar" else ", "
        parts.append(comma.join(kind.info.name(language) for kind in kinds))
    if event_filter.text.strip():
        # Isolated: Arabic words in a French line took the count and quotes with them
        # ("Tous les pays · «0 · «قمة événement"). Its numbers in the reader's digits, as
        # the titles it finds show them.
        words = isolate(in_digits(event_filter.text.strip(), fmt))
        parts.append(quoted(words, language))
    parts.append(fmt.count(count))
    return field_separator(language).join(part for part in parts if part)
