"""Axis ticks for a scale: two Gregorian tiers chosen by zoom, and Umm al-Qura months."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum

from timeline.domain.datetext import DateFormat
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import FIRST_GREGORIAN, LAST_GREGORIAN, from_hijri, to_hijri
from timeline.domain.period import day_number, day_of
from timeline.render.scale import TimeScale


class Unit(Enum):
    DAY = 1.0
    MONTH = 30.44
    YEAR = 365.24
    DECADE = 3652.4
    CENTURY = 36524.0

    @property
    def days(self) -> float:
        return self.value


_UNITS = (Unit.DAY, Unit.MONTH, Unit.YEAR, Unit.DECADE, Unit.CENTURY)


@dataclass(frozen=True, slots=True)
class Interval:
    """One labelled stretch of an axis tier, from ``start`` to ``end`` (day numbers)."""

    start: float
    end: float
    label: str
    shorter: tuple[str, ...] = ()  # fallbacks, longest first, when the label does not fit


def _floor(value: date, unit: Unit) -> date:
    if unit is Unit.DAY:
        return value
    if unit is Unit.MONTH:
        return value.replace(day=1)
    if unit is Unit.YEAR:
        return date(value.year, 1, 1)
    step = 10 if unit is Unit.DECADE else 100
    return date(max(1, value.year - value.year % step), 1, 1)


def _next(value: date, unit: Unit) -> date:
    if unit is Unit.DAY:
        return date.fromordinal(value.toordinal() + 1)
    if unit is Unit.MONTH:
        return date(value.year + value.month // 12, value.month % 12 + 1, 1)
    step = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100}[unit]
    return date(min(value.year + step, 9999), 1, 1)


def _labels(value: date, unit: Unit, fmt: DateFormat, major: bool) -> tuple[str, ...]:
    """The label of an interval, then shorter forms for when it does not fit."""
    if unit is Unit.DAY:
        return (fmt.digits(str(value.day)),)
    if unit is Unit.MONTH:
        if major:
            return (fmt.month_year(value.year, value.month),)
        # Levantine names (كانون الثاني) are long: months fall back to their numbers.
        return (fmt.month_name(value.month, short=True), fmt.digits(str(value.month)))
    return (fmt.year(value.year),)


def intervals(scale: TimeScale, unit: Unit, fmt: DateFormat, major: bool) -> Iterator[Interval]:
    """The unit's intervals that touch the visible period, with their labels."""
    current = _floor(day_of(scale.period.start), unit)
    limit = scale.period.end
    while day_number(current) < limit:
        following = _next(current, unit)
        label, *shorter = _labels(current, unit, fmt, major)
        yield Interval(day_number(current), day_number(following), label, tuple(shorter))
        if following <= current:
            break
        current = following


def _widest_label(unit: Unit, fmt: DateFormat, text_width: Callable[[str], float]) -> float:
    if unit is Unit.DAY:
        return text_width(fmt.digits("28"))
    if unit is Unit.MONTH:  # the number, the shortest form a month label falls back to
        return text_width(fmt.digits("12"))
    return text_width(fmt.year(2000))


def choose_units(
    pixels_per_day: float, fmt: DateFormat, text_width: Callable[[str], float], padding: float
) -> tuple[Unit, Unit]:
    """The finest unit whose every label fits its interval, and the next one up."""
    for index, unit in enumerate(_UNITS[:-1]):
        if unit.days * pixels_per_day >= _widest_label(unit, fmt, text_width) + padding:
            return unit, _UNITS[index + 1]
    return Unit.CENTURY, Unit.CENTURY


def hijri_months(scale: TimeScale, fmt: DateFormat) -> Iterator[Interval]:
    """Umm al-Qura months touching the visible period (within the calendar's range)."""
    first = max(day_of(scale.period.start), FIRST_GREGORIAN)
    last = min(day_of(scale.period.end), LAST_GREGORIAN)
    if first > last:
        return
    hijri = to_hijri(first)
    year, month = hijri.year, hijri.month
    language = "ar" if fmt.language == "ar" else "en"
    while True:
        try:
            start = from_hijri(year, month, 1)
        except ValidationError:
            return
        if start > last:
            return
        year_next, month_next = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            end = from_hijri(year_next, month_next, 1)
        except ValidationError:
            end = date.fromordinal(LAST_GREGORIAN.toordinal() + 1)  # intervals are half-open
        probe = to_hijri(start)
        name = probe.month_name(language)
        label = fmt.digits(f"{name} {year}")
        yield Interval(day_number(start), day_number(end), label, (name, fmt.digits(str(month))))
        year, month = year_next, month_next
