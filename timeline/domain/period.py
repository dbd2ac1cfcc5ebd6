"""The visible period: a small immutable value, moved only by pure functions.

Time is a float day number (``date.toordinal()``; fractions are parts of a day). Every
change goes through :func:`navigate`, the one place that clamps span and bounds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.domain.dates import EventDate

MIN_SPAN_DAYS = 1.0
MAX_SPAN_DAYS = 200 * 365.2425
EARLIEST_DAY = float(date(1800, 1, 1).toordinal())
LATEST_DAY = float(date(2200, 12, 31).toordinal())


def day_number(value: date) -> float:
    return float(value.toordinal())


def days_held(when: EventDate) -> tuple[float, float]:
    """The day numbers an event's date holds, from its first day to the day after its last:
    as the timeline's index keeps them, and as a view or a frame asks whether it runs on."""
    return day_number(when.earliest()), day_number(when.latest()) + 1


def day_of(number: float) -> date:
    """The calendar day containing a day number."""
    clamped = min(max(number, 1.0), float(date.max.toordinal()))
    return date.fromordinal(int(clamped))


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open stretch of time [start, end) in day numbers."""

    start: float
    end: float

    def touches(self, starts: Any, ends: Any) -> Any:
        """Whether spans ``[starts, ends)`` in day numbers share time with the period: for
        one span, or element-wise for columns of them (numpy arrays). The rule the screen's
        and the exports' views use; :meth:`EventDate.overlaps` says it in calendar days."""
        return (starts < self.end) & (ends > self.start)

    @property
    def span(self) -> float:
        return self.end - self.start

    def days(self) -> tuple[date, date]:
        """The first and last calendar days the period touches (inclusive)."""
        return day_of(self.start), day_of(math.ceil(self.end) - 1)

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2

    @classmethod
    def around(cls, first: date, last: date, margin: float = 0.08) -> Period:
        """A period showing ``first`` to ``last`` with a margin on each side."""
        start, end = day_number(first), day_number(last) + 1
        pad = max((end - start) * margin, 3.0)
        return navigate(cls(start - pad, end + pad))


def days_of_part(
    start: float, end: float, after_a_part: bool, covered_from: float | None
) -> tuple[date, date]:
    """The first and last days a part of a timeline printed several pages wide holds, from
    ``start`` to ``end``: a day a join cuts is the part's where its middle lies, as a day's
    event, a point there, is drawn (``after_a_part``: a part before it is taped over its
    start; ``covered_from``: where the next part is taped over it, None for none)."""
    first = math.floor(start - 0.5) + 1 if after_a_part else math.floor(start)
    last = math.floor(covered_from - 0.5) if covered_from is not None else math.ceil(end) - 1
    return day_of(first), day_of(last)


def asked_days(since: date | None, until: date | None) -> Period | None:
    """The days from ``since`` to ``until`` (either open), or None for every day: those a
    selection's period asks for, which "fit all" keeps to on screen and on paper."""
    if since is None and until is None:
        return None
    start = day_number(since) if since is not None else -math.inf
    return Period(start, day_number(until) + 1 if until is not None else math.inf)


def navigate(period: Period) -> Period:
    """Clamp a wished-for period to what the view can show, keeping its middle."""
    span = min(max(period.span, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
    start = period.middle - span / 2
    start = min(max(start, EARLIEST_DAY), LATEST_DAY - span)
    return Period(start, start + span)


def zoom(period: Period, factor: float, anchor: float) -> Period:
    """Zoom by ``factor`` (> 1 zooms in) keeping the day ``anchor`` where it is on screen."""
    span = min(max(period.span / factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
    fraction = (anchor - period.start) / period.span if period.span else 0.5
    start = anchor - fraction * span
    start = min(max(start, EARLIEST_DAY), LATEST_DAY - span)
    return Period(start, start + span)


def pan(period: Period, days: float) -> Period:
    """Move later by ``days`` (earlier when negative), keeping the span."""
    return navigate(Period(period.start + days, period.end + days))
