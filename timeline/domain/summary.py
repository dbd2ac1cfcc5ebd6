"""The current filter in words, as the window shows it and every export prints it
("المغرب – كازاخستان · 2024–2025 · 6 أحداث"), a briefing's title, and the relationship at
a glance: the counts and landmarks a briefing's first page opens with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from babel import Locale

from timeline.domain.countries import country_name
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind

SEPARATOR = " · "

# CLDR plural categories of each language (Arabic has six).
_EVENTS = {
    "ar": {
        "zero": "لا أحداث",
        "one": "حدث واحد",
        "two": "حدثان",
        "few": "{n} أحداث",
        "many": "{n} حدثًا",
        "other": "{n} حدث",
    },
    "en": {"one": "{n} event", "other": "{n} events"},
    "fr": {"one": "{n} événement", "other": "{n} événements"},
}
_WORDS = {
    "all": {"ar": "كل البلدان", "en": "All countries", "fr": "Tous les pays"},
    "partners": {"ar": "{country} وكل شركائه", "en": "{country} and all partners",
                 "fr": "{country} et tous ses partenaires"},
    "since": {"ar": "منذ {start}", "en": "since {start}", "fr": "depuis {start}"},
    "until": {"ar": "حتى {end}", "en": "until {end}", "fr": "jusqu’à {end}"},
}  # fmt: skip


def _word(key: str, language: str) -> str:
    return _WORDS[key].get(language, _WORDS[key]["en"])


def count_words(count: int, language: str) -> str:
    """``6 أحداث``, ``11 حدثًا``, ``1 event``, ``2 événements``: the right plural form."""
    forms = _EVENTS.get(language, _EVENTS["en"])
    category = Locale.parse(language if language in _EVENTS else "en").plural_form(count)
    return forms.get(category, forms["other"]).format(n=count)


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
        return first if first == last else f"{first}–{last}"
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
) -> str:
    """Who, when, what and how many, in the reader's language. ``order`` is the order in
    which the user picked the countries (a pair is unordered, its name is not)."""
    language = fmt.language
    countries = [code for code in order if code in event_filter.countries]
    countries += sorted(event_filter.countries - set(countries))
    if len(countries) == 2:
        who = " – ".join(country_name(code, language) for code in countries)
    elif countries:
        who = _word("partners", language).format(country=country_name(countries[0], language))
    else:
        who = _word("all", language)
    parts = [who, period_words(event_filter, fmt)]
    if event_filter.kinds:
        kinds = sorted(event_filter.kinds, key=list(EventKind).index)
        comma = "، " if language == "ar" else ", "
        parts.append(comma.join(kind.info.name(language) for kind in kinds))
    if event_filter.text.strip():
        parts.append(f"«{event_filter.text.strip()}»")
    parts.append(fmt.digits(count_words(count, language)))
    return SEPARATOR.join(part for part in parts if part)


_TITLES = {
    "pair": {"ar": "العلاقات بين {a} و{b}: التسلسل الزمني",
             "en": "{a} – {b}: timeline of relations",
             "fr": "{a} – {b}\u00a0: chronologie des relations"},
    "one": {"ar": "علاقات {a} مع شركائه: التسلسل الزمني",
            "en": "{a} and its partners: timeline of relations",
            "fr": "{a} et ses partenaires\u00a0: chronologie des relations"},
    "all": {"ar": "العلاقات الدبلوماسية: التسلسل الزمني",
            "en": "Diplomatic relations: a timeline",
            "fr": "Relations diplomatiques\u00a0: chronologie"},
}  # fmt: skip


def briefing_title(event_filter: EventFilter, language: str, order: Sequence[str] = ()) -> str:
    """A briefing's default title, a sentence in its language: "Morocco – Kazakhstan:
    timeline of relations", "العلاقات بين المغرب وكازاخستان: التسلسل الزمني"."""
    countries = [code for code in order if code in event_filter.countries]
    countries += sorted(event_filter.countries - set(countries))
    names = [country_name(code, language) for code in countries]
    key = "pair" if len(names) == 2 else "one" if names else "all"
    forms = _TITLES[key]
    first, last = (names[0], names[-1]) if names else ("", "")
    return forms.get(language, forms["en"]).format(a=first, b=last)


@dataclass(frozen=True)
class Glance:
    """The relationship at a glance: what a briefing's first page says before any detail."""

    total: int
    by_kind: dict[EventKind, int]  # kinds that occur, in the kinds' order
    by_year: dict[int, dict[EventKind, int]]  # every year from the first to the last
    latest: dict[EventKind, Event]  # the most recent event of each kind
    agreements: tuple[Event, ...]  # signed or entering into force, in time order
    busiest_year: int | None  # the earliest of the years with the most events

    @property
    def kinds(self) -> list[EventKind]:
        return list(self.by_kind)


AGREEMENT_KINDS = (EventKind.AGREEMENT_SIGNED, EventKind.AGREEMENT_IN_FORCE)


def glance(events: Sequence[Event]) -> Glance:
    """Counts by kind and by year, the latest of each kind and the agreements of
    ``events`` (each counted once, in the year it began)."""
    kinds: Counter[EventKind] = Counter(event.kind for event in events)
    years: dict[int, Counter[EventKind]] = {}
    latest: dict[EventKind, Event] = {}
    for event in events:
        years.setdefault(event.date.earliest().year, Counter())[event.kind] += 1
        known = latest.get(event.kind)
        if known is None or event.date.earliest() >= known.date.earliest():
            latest[event.kind] = event
    by_year = (
        {year: dict(years.get(year, Counter())) for year in range(min(years), max(years) + 1)}
        if years
        else {}
    )
    totals = {year: sum(counts.values()) for year, counts in by_year.items()}
    busiest = max(totals, key=lambda year: (totals[year], -year)) if totals else None
    agreements = tuple(
        sorted(
            (event for event in events if event.kind in AGREEMENT_KINDS),
            key=lambda event: event.date.earliest(),
        )
    )
    order = list(EventKind)
    return Glance(
        len(events),
        {kind: kinds[kind] for kind in order if kinds[kind]},
        by_year,
        {kind: latest[kind] for kind in order if kind in latest},
        agreements,
        busiest,
    )
