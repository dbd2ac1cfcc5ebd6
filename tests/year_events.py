"""A week's few events known to the day under many known only to their month or year: the
view whose badges counted those as a crowd on its first day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number


def _call(when: EventDate, title: str) -> Event:
    return Event(
        kind=EventKind.PHONE_CALL, countries=("MA", "KZ"), date=when, title_en=title
    ).ensure_valid()


def week_with_years() -> list[Event]:
    """Two calls on each day of 29 December 2019 – 4 January 2020, under thirty events known
    only as 2019, ten as December 2019, ten as January 2020 and thirty as 2020: far more
    than the week's rows hold."""
    known = [
        _call(EventDate(FuzzyDate(2019)), "year 2019"),
        _call(EventDate(FuzzyDate(2019, 12)), "December 2019"),
        _call(EventDate(FuzzyDate(2020, 1)), "January 2020"),
        _call(EventDate(FuzzyDate(2020)), "year 2020"),
    ]
    events = [known[0]] * 30 + [known[1]] * 10 + [known[2]] * 10 + [known[3]] * 30
    for offset in range(7):
        day = date.fromordinal(date(2019, 12, 29).toordinal() + offset)
        events += [_call(EventDate.on(day), f"call {offset} {n}") for n in range(2)]
    events.sort(key=lambda event: event.date.earliest())
    return [replace(event, id=number) for number, event in enumerate(events, start=1)]


WEEK = Period(day_number(date(2019, 12, 29)), day_number(date(2020, 1, 5)))
