"""A briefing's title and the relationship at a glance: what the first page of a briefing
says before any detail — how many events of each kind, in which years, the latest of each
kind, the agreements and the busiest year."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum

from timeline.domain.countries import country_name
from timeline.domain.dates import EventDate
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus, took_place

_TITLES = {
    "pair": {"ar": "العلاقات بين {a} و{b}: التسلسل الزمني",
             "en": "{a} – {b}: timeline of relations",
             "fr": "{a} – {b}\u00a0: chronologie des relations"},
    "one": {"ar": "علاقات {a} مع الشركاء: التسلسل الزمني",
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
    latest: dict[EventKind, Event]  # the most recent event of each kind that took place
    agreements: tuple[Event, ...]  # signatures and entries into force that took place
    as_of: date  # the day the briefing is prepared
    #: What the summary counts by: "year", or for a selection of a year and a half at most
    #: "month", for one of a month at most "day" (see :func:`period_unit`).
    unit: str
    #: Every period of ``unit`` from the first to the last, by its first day: the events
    #: known to have begun in it.
    by_period: dict[date, dict[EventKind, int]]
    #: The periods begun by the day the briefing is prepared with the most events taken
    #: place by then, in date order, and how many each has: its count in :attr:`by_period`
    #: (its row in a briefing's table, its bar in the chart), every event counted in it and
    #: none of :attr:`by_span`, but the cancelled (:attr:`cancelled_by_period`) and, in the
    #: period under way, those still to come (see :attr:`still_to_come`). Every one of a
    #: tie: Qatar's "Busiest year: 1983 (10 events)" left out 2022, with ten too.
    busiest_periods: tuple[date, ...]
    busiest_count: int
    #: Counted by month or day, the events whose beginning is known only to a longer span
    #: (one known only as "2023" by month, as "March 2023" by day; one day within a
    #: spring), by the whole years (by month) or months (by day) it may have begun in (the
    #: first day and the last, see :func:`unknown_span`), in date order: in no period, where
    #: its first would be a wrong month that a minister reads; a few rows in a briefing's
    #: table, not one for each window of two months. Each event is counted once, here or in
    #: :attr:`by_period`. Empty by year.
    by_span: dict[tuple[date, date], dict[EventKind, int]] = field(default_factory=dict)
    #: The events of a period begun (the one under way) still to come after the day the
    #: briefing is prepared, by kind: counted in its row, paler on its bar, and not in the
    #: busiest count. Prepared on 30 June 2022, 2022 was "the busiest year (8 events)"
    #: with 3 held against 5 in each year before.
    still_to_come: dict[date, dict[EventKind, int]] = field(default_factory=dict)
    #: The signatures and entries into force that have not taken place by the day the
    #: briefing is prepared but may yet (planned, announced, postponed; not cancelled): a
    #: selection of years to come counts agreements, none of them in :attr:`agreements`.
    agreements_pending: int = 0
    #: Of :attr:`by_kind`, the cancelled events of each kind that has some (shown only when
    #: asked for): "Agreement signed: 1" beside "Agreements: None took place" read as
    #: signed.
    cancelled: dict[EventKind, int] = field(default_factory=dict)
    #: The events known to have begun before the selection, which starts on :attr:`since`
    #: (a visit of 17–29 December in a week from the 28th), by kind: in no period, where
    #: the first would read as theirs (that week's "Busiest day: 28 December 2020 (6
    #: events)" counted four begun before it and two on the day); a row of their own in a
    #: briefing's table, said under its chart. One that may have begun before or within it
    #: (known only to 2015, from 15 June 2015) is its first period's, and so is any begun
    #: before by year: a visit of a few days before weighs nothing in a year, and its line
    #: under the chart took a portrait briefing's timeline onto a second page. Each event
    #: is counted once, here, in :attr:`by_period` or in :attr:`by_span`.
    begun_before: dict[EventKind, int] = field(default_factory=dict)
    since: date | None = None
    #: Of :attr:`by_period`, the cancelled events of each period (shown only when asked
    #: for), by kind: counted in its row, drawn apart on its bar, never in the busiest
    #: count: three visits cancelled made 2025 "the busiest year (8 events)" with five held.
    cancelled_by_period: dict[date, dict[EventKind, int]] = field(default_factory=dict)

    @property
    def kinds(self) -> list[EventKind]:
        return list(self.by_kind)

    @property
    def busiest_so_far(self) -> bool:
        """Whether a busiest period is under way with events still to come: "so far"."""
        return any(start in self.still_to_come for start in self.busiest_periods)

    @property
    def agreements_counted(self) -> int:
        """The signatures and entries into force counted, whatever became of them."""
        return sum(self.by_kind.get(kind, 0) for kind in AGREEMENT_KINDS)

    def cancelled_in(self, start: date) -> int:
        """How many of the events of the period that starts on ``start`` were cancelled."""
        return sum(self.cancelled_by_period.get(start, {}).values())

    def in_summary_order(self, events: Sequence[Event]) -> list[Event]:
        """``events`` (in date order) in the order of the summary's rows: those begun before
        the selection, those of a period, then those whose period is not known. A briefing
        on 15 June 2020 listed 37 events known only to 2020 before that day's own three."""
        return sorted(events, key=lambda event: _place(event.date, self.unit, self.since)[0])

    def in_table_order(self, events: Sequence[Event]) -> list[Event]:
        """``events`` (in date order) in the order of the table that lists each one: those
        begun before the selection, then by date those of a period and those that may have
        begun in two periods but within one period's length of days, then those whose
        period is not known, the narrower their days the sooner. Without the summary's
        headings, its order read as a jump back: "one day within 23 April – 1 May 2020"
        came after 28 December and the events known only to 2020, and in March 2021 three
        windows of a few days came after the events of "2021"."""
        unit, since = self.unit, self.since

        def key(event: Event) -> tuple[Place, int, date]:
            place, _span = _place(event.date, unit, since)
            first, last = beginning(event.date)
            days = (last - first).days + 1
            if place is Place.PERIOD_NOT_KNOWN and days <= _PERIOD_DAYS[unit]:
                place = Place.IN_ITS_PERIOD
            narrowness = days if place is Place.PERIOD_NOT_KNOWN else 0
            return place, narrowness, event.date.earliest()

        return sorted(events, key=key)

    def to_come(self, start: date) -> bool:
        """Whether the period of :attr:`unit` that starts on ``start`` begins after the day
        the briefing is prepared: its events are planned, and it is never the busiest (the
        United Arab Emirates and Nigeria's 2028, taller than any year begun, is no busiest
        year of 2025's briefing)."""
        return not _begun(start, self.as_of)


#: A selection of at most this many months (begun or not) is counted month by month: a year
#: counted by year was one row and one bar that only repeated the counts by kind. Longer
#: ones (the sample's nineteen months) keep their years: two dozen rows of months would
#: take a briefing's summary table onto a page more.
MOST_MONTHS = 18
#: A selection of at most this many days is counted day by day.
MOST_DAYS = 31


def period_unit(first: date, last: date) -> str:
    """What a selection from ``first`` to ``last`` is counted by: "day", "month", "year"."""
    if (last - first).days < MOST_DAYS:
        return "day"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month" if months <= MOST_MONTHS else "year"


def period_of(day: date, unit: str) -> date:
    """The first day of the period of ``unit`` that ``day`` falls in."""
    if unit == "year":
        return date(day.year, 1, 1)
    return date(day.year, day.month, 1) if unit == "month" else day


def next_period(start: date, unit: str) -> date:
    """The first day of the period of ``unit`` after the one that starts on ``start``."""
    if unit == "year":
        return date(start.year + 1, 1, 1)
    if unit == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def period_end(start: date, unit: str) -> date:
    """The last day of the period of ``unit`` that starts on ``start``."""
    return next_period(start, unit) - timedelta(days=1)


def beginning(when: EventDate) -> tuple[date, date]:
    """The first and last day an event of ``when`` may have begun on: its start's (a
    forum that lasted from a day of March 2023 began in March), or, for one that happened
    on one day within a span, the whole span."""
    if when.within or when.end is None:
        return when.earliest(), when.latest()
    return when.start.earliest(), when.start.latest()


class Place(IntEnum):
    """Where a summary counts an event, in the order its rows come: in a row of those begun
    before the selection, in its period's, or in one of a span whose period is not known."""

    BEGUN_BEFORE = 0
    IN_ITS_PERIOD = 1
    PERIOD_NOT_KNOWN = 2


def _place(
    when: EventDate, unit: str, since: date | None
) -> tuple[Place, tuple[date, date] | None]:
    """Where an event of ``when`` is counted by ``unit`` in a selection from ``since``, and
    the span it is counted in if its period is not known. One known to have begun before
    is of no period; one known only to 2015, from 15 June 2015, may have begun within."""
    span = None if unit == "year" else unknown_span(when, unit)
    if unit != "year" and since and beginning(when)[1] < since:
        return Place.BEGUN_BEFORE, span
    return (Place.IN_ITS_PERIOD if span is None else Place.PERIOD_NOT_KNOWN), span


#: The most days a period of each unit holds: a window of days no longer, across two of
#: them, is listed by its date (:meth:`Glance.in_table_order`).
_PERIOD_DAYS = {"day": 1, "month": 31, "year": 366}

# What the events whose month (day) is not known are counted by: the years (months) they
# may have begun in.
_WHOLE = {"month": "year", "day": "month"}


def unknown_span(when: EventDate, unit: str) -> tuple[date, date] | None:
    """For an event of ``when`` that may have begun in more than one period of ``unit``
    (its period is not known), the whole years (by month) or months (by day) it may have
    begun in, by the first day of the first and the last day of the last: one known to
    June or July 2023 is of "2023, month not known", beside those known only to 2023,
    one of 28 December 2023 – 3 January 2024 of "2023–2024". None for one known to have
    begun in a single period."""
    first, last = (period_of(day, unit) for day in beginning(when))
    if first == last:
        return None
    whole = _WHOLE[unit]
    return period_of(first, whole), period_end(period_of(last, whole), whole)


AGREEMENT_KINDS = (EventKind.AGREEMENT_SIGNED, EventKind.AGREEMENT_IN_FORCE)


def glance(
    events: Sequence[Event],
    as_of: date,
    since: date | None = None,
    days: tuple[date, date] | None = None,
) -> Glance:
    """Counts by kind and by period of ``events`` (each counted once, in the period it
    began, or, by month or day, apart for one known to have begun before a selection from
    ``since``, by year in its first year: a briefing on 2015–2024 has no 2014 in its chart
    or its table; by month or day, one whose period is not known in its span's count
    instead), and, among those that took place by ``as_of`` (the day the briefing is
    prepared), the latest of each kind and the agreements. An announced event is no
    "latest visit" and no agreement signed until it is confirmed (a briefing lists it as
    announced), nor is a postponed or cancelled one, nor one recorded as held for a day
    after ``as_of``: a minister would read a visit of 2030 as the latest one (it is
    counted, and a briefing's table lists it under its date). The busiest period is one
    begun by ``as_of``, not a year still to come, counted by its events begun by then (see
    :attr:`Glance.still_to_come`). The periods are years, or months or days for a
    selection of ``days`` (by default the events' own) short enough for them (see
    :func:`period_unit`)."""
    kinds: Counter[EventKind] = Counter(event.kind for event in events)
    latest: dict[EventKind, Event] = {}
    for event in events:
        if not took_place(event, as_of):
            continue
        known = latest.get(event.kind)
        if known is None or event.date.earliest() >= known.date.earliest():
            latest[event.kind] = event
    agreements = tuple(
        sorted(
            (
                event
                for event in events
                if event.kind in AGREEMENT_KINDS and took_place(event, as_of)
            ),
            key=lambda event: event.date.earliest(),
        )
    )
    pending = sum(
        1
        for event in events
        if event.kind in AGREEMENT_KINDS
        and not took_place(event, as_of)
        and event.status is not EventStatus.CANCELLED
    )
    order = list(EventKind)
    cancelled = Counter(event.kind for event in events if event.status is EventStatus.CANCELLED)
    unit, by_period, busiest, most, by_span, under_way, before, called_off = _by_period(
        events, as_of, since, days
    )
    return Glance(
        len(events),
        {kind: kinds[kind] for kind in order if kinds[kind]},
        {kind: latest[kind] for kind in order if kind in latest},
        agreements,
        as_of,
        unit,
        by_period,
        busiest,
        most,
        by_span,
        under_way,
        agreements_pending=pending,
        cancelled={kind: cancelled[kind] for kind in order if cancelled[kind]},
        begun_before={kind: before[kind] for kind in order if before.get(kind)},
        since=since,
        cancelled_by_period=called_off,
    )


def _begun(start: date, as_of: date) -> bool:
    """Whether the period starting on ``start`` has begun by ``as_of``: only such a period
    can be the busiest; the others are still to come."""
    return start <= as_of


def _by_period(
    events: Sequence[Event], as_of: date, since: date | None, days: tuple[date, date] | None
) -> tuple[
    str,
    dict[date, dict[EventKind, int]],
    tuple[date, ...],
    int,
    dict[tuple[date, date], dict[EventKind, int]],
    dict[date, dict[EventKind, int]],
    dict[EventKind, int],
    dict[date, dict[EventKind, int]],
]:
    """The unit, the counts of each period of it (each event in the period it began), the
    busiest periods begun by ``as_of`` and their count of events begun by then and not
    cancelled, (by month or day) the counts of the spans of those whose period is not
    known (see :attr:`Glance.by_span`), those of the period under way still to come, those
    begun before ``since`` (see :attr:`Glance.begun_before`), and the cancelled ones of
    each period."""
    if not events:
        return "year", {}, (), 0, {}, {}, {}, {}
    began = [event.date.earliest() for event in events]
    earliest = max(min(began), since) if since else min(began)
    first, last = days or (earliest, max(event.date.latest() for event in events))
    unit = period_unit(first, last)
    counted: dict[date, Counter[EventKind]] = {}
    to_come: dict[date, Counter[EventKind]] = {}  # each period's events begun after as_of
    called_off: dict[date, Counter[EventKind]] = {}  # each period's cancelled events
    spans: dict[tuple[date, date], Counter[EventKind]] = {}
    before: Counter[EventKind] = Counter()
    for event, day in zip(events, began, strict=True):
        place, span = _place(event.date, unit, since)
        if place is Place.BEGUN_BEFORE:
            before[event.kind] += 1
        elif span is None:
            period = period_of(max(day, since) if since else day, unit)
            counted.setdefault(period, Counter())[event.kind] += 1
            if event.status is EventStatus.CANCELLED:  # neither held nor to come
                called_off.setdefault(period, Counter())[event.kind] += 1
            elif day > as_of:
                to_come.setdefault(period, Counter())[event.kind] += 1
        else:
            spans.setdefault(span, Counter())[event.kind] += 1
    by_period: dict[date, dict[EventKind, int]] = {}
    # Every period of the selection, the quiet ones at its ends too: a week's chart stopped
    # at its sixth day, a spring's at April, where nothing happened after. None where no
    # event is known to have begun in one (all begun before, or their periods not known).
    start, end = first, date.min  # none, where no event's period is known
    if counted:
        start = min(period_of(first, unit), min(counted))
        end = max(period_of(last, unit), max(counted))
    last_of_all = period_of(date.max, unit)  # a selection to 9999 ends there, no later
    while start <= end:
        by_period[start] = dict(counted.get(start, Counter()))
        if start == last_of_all:
            break
        start = next_period(start, unit)
    # The busiest is a period's count as its row and its bar show it: a month that a forum
    # of 27 February – 2 March began in counts it (none known to have begun before). In
    # the period under way, only the events begun by as_of: those to come are planned. A
    # period with none is no busiest: a year of events all planned after June read "Busiest
    # month: January 2025 (0 events)", a "0" over January's empty bar.
    under_way = {start: dict(to_come[start]) for start in to_come if _begun(start, as_of)}
    totals = {
        start: total
        for start, counts in by_period.items()
        if _begun(start, as_of)
        and (
            total := sum(counts.values())
            - sum(under_way.get(start, {}).values())
            - sum(called_off.get(start, Counter()).values())
        )
    }
    most = max(totals.values(), default=0)
    busiest = tuple(start for start, total in totals.items() if total == most)
    by_span = {span: dict(spans[span]) for span in sorted(spans)}
    cancelled = {start: dict(called_off[start]) for start in sorted(called_off)}
    return unit, by_period, busiest, most, by_span, under_way, dict(before), cancelled
