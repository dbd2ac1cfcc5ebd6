"""The ends of a date expression as written, and how one end completes another.

"28–29 April 2025" has two ends: 28, and 29 April 2025; the first takes its month and year
from the second. Keeping this apart from the grammar keeps both small.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from timeline.domain.hijri import HijriDate, from_hijri

GREGORIAN = "gregorian"
HIJRI = "hijri"


@dataclass(frozen=True, slots=True)
class Point:
    """One end of a date expression; missing parts come from the other end, a relative
    word or the publication year."""

    begin: int  # token indexes, end exclusive
    end: int
    day: int | None = None
    month: int | None = None
    key: str | None = None  # the month's name as dateutil's parserinfo knows it
    year: int | None = None
    calendar: str | None = None  # GREGORIAN, HIJRI, or None: only numbers


def filled(points: list[Point]) -> list[Point] | None:
    """Give the earlier ends what the last one says (``28`` of ``28–29 April 2025`` takes
    April 2025); None when the ends do not fit together."""
    last = points[-1]
    if last.month is None and last.year is None:
        return None
    calendars = {point.calendar for point in points} - {None}
    if len(calendars) > 1:
        return None
    calendar = calendars.pop() if calendars else None
    result = []
    for point in points[:-1]:
        if point.month is None and point.year is None:  # a bare day
            if last.day is None or last.month is None:
                return None
            point = replace(point, month=last.month, key=last.key, year=last.year)
        elif point.year is None:  # its month: "February – 10 March", "5 April – May 2025"
            if last.month is None:
                return None
            point = replace(point, year=last.year)
        result.append(replace(point, calendar=calendar))
    return [*result, replace(last, calendar=calendar)]


def hijri_days(point: Point) -> tuple[date, date]:
    """The first and last Gregorian days of a Hijri day, month or year (Umm al-Qura); a
    ValidationError or ValueError outside the calendar's tables."""
    assert point.year is not None
    if point.day is not None:
        assert point.month is not None
        day = from_hijri(point.year, point.month, point.day)
        return day, day
    first_month, last_month = (point.month, point.month) if point.month else (1, 12)
    length = HijriDate(point.year, last_month, 1).month_length()
    return from_hijri(point.year, first_month, 1), from_hijri(point.year, last_month, length)
