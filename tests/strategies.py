"""Hypothesis strategies the tests share: dates known to a day, a month or a year, and the
dates of events (one date, a span, or one day within a span)."""

from __future__ import annotations

import calendar
from functools import cache

from hypothesis import strategies as st

from timeline.domain.dates import EventDate, FuzzyDate

# Each strategy is made once (for its arguments): made again at each date drawn, Hypothesis
# looked it over again, a third of the time of the tests that draw events.
PRECISIONS = st.sampled_from(["year", "month", "day"])


@cache
@st.composite
def fuzzy_dates(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> FuzzyDate:
    year = draw(st.integers(min_year, max_year))
    precision = draw(PRECISIONS)
    if precision == "year":
        return FuzzyDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return FuzzyDate(year, month)
    return FuzzyDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


@cache
@st.composite
def event_dates(
    draw: st.DrawFn, min_year: int = 1, max_year: int = 9999, apart: bool = False
) -> EventDate:
    """One date, or a span (lasting, or one day within) whose end is not before its start;
    ``apart``: the end begins after the start is over (as text can say "from … to …")."""
    start = draw(fuzzy_dates(min_year, max_year))
    if not draw(st.booleans()):
        return EventDate(start)
    ends = fuzzy_dates(start.year, max_year).filter(
        lambda end: (
            end != start
            and (end.earliest() > start.latest() if apart else end.latest() >= start.earliest())
        )
    )
    return EventDate(start, draw(ends), within=draw(st.booleans()))
