"""Axis tiers for a scale: two Gregorian tiers chosen by zoom, and an Umm al-Qura tier.

Every label names exactly the span it stands over: a decade reads "1980s", never "1980"
over 1980-1989 (a reader takes a bare year for that year alone). A tier that would only
repeat the one below is left out. Months too narrow for their names (Arabic's are long:
شتنبر, تشرين الثاني) are marked as a ruler marks them, under their year: J F M … or
their numbers in the reader's digits (:meth:`DateFormat.month_mark`); narrower still, the
axis falls back to years. Decades too narrow for "1980s" are marked "80" under their century.
In print, days too narrow for their numbers are named by their month's weeks ("8–14").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import cache, lru_cache

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import rtl
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import (
    FIRST_GREGORIAN,
    FIRST_HIJRI_YEAR,
    LAST_GREGORIAN,
    LAST_HIJRI_YEAR,
    from_hijri,
    to_hijri,
)
from timeline.domain.languages import is_right_to_left
from timeline.domain.period import day_number, day_of
from timeline.render.scale import TimeScale

TextWidth = Callable[[str], float]


class Unit(Enum):
    DAY = 1.0
    WEEK = 7.0  # a month's days 1–7, 8–14, 15–21 and 22 to its end
    MONTH = 30.44
    YEAR = 365.24
    DECADE = 3652.4
    CENTURY = 36524.0

    @property
    def days(self) -> float:
        return self.value


_UNITS = (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR, Unit.DECADE, Unit.CENTURY)
_SCREEN_UNITS = tuple(unit for unit in _UNITS if unit is not Unit.WEEK)
#: The first day of a month's last week, which runs to its end (7 to 10 days): no week of
#: a day or two, too narrow for its label, where a month ends.
_LAST_WEEK = 22

#: Hijri months in a few letters, for when their names do not fit (as library catalogues
#: abbreviate them).
_HIJRI_SHORT = {
    "ar": (
        "محرم",
        "صفر",
        "ربيع 1",
        "ربيع 2",
        "جمادى 1",
        "جمادى 2",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "القعدة",
        "الحجة",
    ),
    "en": (
        "Muh.",
        "Saf.",
        "Rab. I",
        "Rab. II",
        "Jum. I",
        "Jum. II",
        "Raj.",
        "Sha.",
        "Ram.",
        "Shaw.",
        "Qa'd.",
        "Hij.",
    ),
    "fr": (  # CLDR's French abbreviations
        "mouh.",
        "saf.",
        "rab. aw.",
        "rab. th.",
        "joum. oul.",
        "joum. tha.",
        "raj.",
        "chaa.",
        "ram.",
        "chaw.",
        "dhou q.",
        "dhou h.",
    ),
}


@dataclass(frozen=True, slots=True)
class Interval:
    """One labelled stretch of an axis tier, from ``start`` to ``end`` (day numbers)."""

    start: float
    end: float
    label: str
    shorter: tuple[str, ...] = ()  # fallbacks, longest first, when the label does not fit
    #: A Hijri span cut by the view's edge whose year a label beside it names: its form
    #: without its year, where none with it has room (see :func:`hijri_months`).
    bare: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.label, *self.shorter)


def _floor(value: date, unit: Unit) -> date:
    if unit is Unit.DAY:
        return value
    if unit is Unit.WEEK:
        return value.replace(day=min(value.day - (value.day - 1) % 7, _LAST_WEEK))
    if unit is Unit.MONTH:
        return value.replace(day=1)
    if unit is Unit.YEAR:
        return date(value.year, 1, 1)
    step = 10 if unit is Unit.DECADE else 100
    return date(max(1, value.year - value.year % step), 1, 1)


def _next(value: date, unit: Unit) -> date:
    if unit is Unit.DAY:
        return date.fromordinal(value.toordinal() + 1)
    if unit is Unit.WEEK and value.day < _LAST_WEEK:
        return value.replace(day=value.day + 7)
    if unit in (Unit.WEEK, Unit.MONTH):
        return date(value.year + value.month // 12, value.month % 12 + 1, 1)
    step = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100}[unit]
    return date(min(value.year + step, 9999), 1, 1)


def _range(fmt: DateFormat, first: int, last: int) -> str:
    """Years, or a month's days, from ``first`` to ``last``; in Arabic read from the right,
    as the rest of the window: in Latin digits the Arabic ruler showed "2020–2029" with its
    first year on the left (in Arabic-Indic ones, which Unicode reads from the right, on
    the right)."""
    text = fmt.digits(f"{first}–{last}")
    return rtl(text) if is_right_to_left(fmt.language) else text


def _span_labels(first: int, years: int, fmt: DateFormat, marked: bool) -> tuple[str, ...]:
    """A decade or century named by its years: "1980s", "années 1980", "1980–1989"; a
    ``marked`` decade last of all by its two digits ("80"), for a ruler of decades under
    their century's name, as a month's mark stands under its year (two centuries across
    800 pixels named their centuries over an empty row: no decade had room for "1980s").
    Only under its century: a decade cut by the view's edge in the top row read "30"."""
    last = first + years - 1
    short = _range(fmt, first, last)
    if years == 100:
        return (short,)
    if fmt.language == "en":
        names: tuple[str, ...] = (fmt.digits(f"{first}s"),)
    elif fmt.language == "fr":
        names = (fmt.digits(f"années {first}"), short)
    else:
        names = (short,)
    return (*names, fmt.digits(f"{first % 100:02d}")) if marked else names


@lru_cache(maxsize=8192)
def _labels(value: date, unit: Unit, fmt: DateFormat, major: bool) -> tuple[str, ...]:
    """The label of an interval, then shorter forms for when it does not fit (remembered:
    zooming and panning ask for the same ones frame after frame)."""
    if unit is Unit.DAY:
        return (fmt.digits(str(value.day)),)
    if unit is Unit.WEEK:
        last = date.fromordinal(_next(value, unit).toordinal() - 1)
        return (_range(fmt, value.day, last.day),)
    if unit is Unit.MONTH:
        # Every month has the same three forms (name, abbreviation, number), so that one
        # form index is the same kind of label across a tier (the Levant's January "ك٢"
        # beside its March "آذار"). The name in full where every month has room for it:
        # 195 pixels a month read "Sep" over the Hijri row's "Rabi' al-Awwal 1446".
        if major:
            long, short = (fmt.month_year(value.year, value.month, s) for s in (False, True))
            return (long, short, fmt.month_year_abbreviated(value.year, value.month))
        month = value.month
        return (
            fmt.month_name(month),
            fmt.month_abbreviation(month),
            fmt.month_mark(month),
        )
    if unit is Unit.YEAR:
        return (fmt.year(value.year),)
    return _span_labels(value.year, 10 if unit is Unit.DECADE else 100, fmt, marked=not major)


def intervals(scale: TimeScale, unit: Unit, fmt: DateFormat, major: bool) -> Iterator[Interval]:
    """The unit's intervals that touch the visible period, with their labels."""
    current = _floor(day_of(scale.period.start), unit)
    limit = scale.period.end
    while True:
        interval, following = _interval(current, unit, fmt, major)
        if interval.start >= limit:
            return
        yield interval
        if following <= current:
            return
        current = following


@lru_cache(maxsize=8192)
def _interval(value: date, unit: Unit, fmt: DateFormat, major: bool) -> tuple[Interval, date]:
    """The interval of ``unit`` from ``value``, and the first day of the next one
    (remembered: every frame asks for the same ones, whatever its zoom within a level)."""
    following = _next(value, unit)
    label, *shorter = _labels(value, unit, fmt, major)
    return Interval(day_number(value), day_number(following), label, tuple(shorter)), following


def week_shown(span: Interval, first: date, last: date, fmt: DateFormat) -> Interval:
    """A month's week named by its days from ``first`` to ``last`` where those cut it: a
    part of a print several pages wide begun on the 4th read "1–7" over its 4th to 7th
    (its part line "4 April"), and where the next part goes on from the 12th, "8–14"
    over the 8th to the 11th, "8–14" again on the next page. None of its days there:
    unnamed, the part beside it names it."""
    start, end = day_of(span.start), day_of(span.end - 1)
    shown_first, shown_last = max(start, first), min(end, last)
    if (shown_first, shown_last) == (start, end):
        return span
    if shown_first > shown_last:
        label = ""
    elif shown_first == shown_last:
        label = fmt.digits(str(shown_first.day))
    else:
        label = _range(fmt, shown_first.day, shown_last.day)
    return replace(span, label=label)


def _widest_number(fmt: DateFormat, text_width: TextWidth, numbers: range) -> float:
    """The widest of ``numbers`` written in the reader's digits: Arabic-Indic digits differ
    in width (٠ is a dot, ٨ is not), so that ٢٠٠٠ fits where ١٩٨٨ does not."""
    return max(text_width(fmt.digits(str(number))) for number in numbers)


#: Each month's days, February's fewest: a month's mark must fit the month it stands over.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@lru_cache(maxsize=256)
def _least_scale(unit: Unit, fmt: DateFormat, text_width: TextWidth, padding: float) -> float:
    """The fewest pixels a day at which every shortest label of a unit fits its interval
    with ``padding`` to spare (every label of the tier, or the ruler would show some years
    and leave others out), so that two labels are never nearer than that. Each month's mark
    is measured against its own month: against an average month's 30.44 days, the widest
    (Arabic-Indic ١٢, of December's 31) missed by a fraction of a pixel, and two years on a
    portrait page showed no months at all, though every mark fitted its month."""
    if unit is Unit.MONTH:
        return max(
            (text_width(fmt.month_mark(month)) + padding) / days
            for month, days in enumerate(_MONTH_DAYS, start=1)
        )
    if unit is Unit.WEEK:  # each week's days named over them: the last has 7 to 10
        weeks = ((1, 7), (8, 14), (15, 21), *((_LAST_WEEK, end) for end in range(28, 32)))
        return max(
            (text_width(_range(fmt, first, last)) + padding) / (last - first + 1)
            for first, last in weeks
        )
    if unit is Unit.DAY:
        widest = _widest_number(fmt, text_width, range(1, 32))
    elif unit is Unit.YEAR:
        widest = _widest_number(fmt, text_width, range(1900, 2100))
    elif unit is Unit.DECADE:  # the widest mark: Arabic-Indic ٠٠ is two dots, ٨٠ is not
        marks = (_span_labels(year, 10, fmt, marked=True)[-1] for year in range(0, 100, 10))
        widest = max(text_width(mark) for mark in marks)
    else:
        widest = text_width(_span_labels(1990, 100, fmt, marked=False)[-1])
    return (widest + padding) / unit.days


def choose_units(
    pixels_per_day: float,
    fmt: DateFormat,
    text_width: TextWidth,
    padding: float,
    weeks: bool = False,
) -> tuple[Unit, Unit]:
    """The finest unit whose every label fits its interval, and the next one up (over days,
    their month). ``weeks``: a month's weeks between its days and the month (print): two
    months across a landscape page named their months alone, and a reader could not tell
    on which day of June an event fell; the screen zooms in to its days."""
    units = _UNITS if weeks else _SCREEN_UNITS
    for index, unit in enumerate(units[:-1]):
        if pixels_per_day >= _least_scale(unit, fmt, text_width, padding):
            return unit, Unit.MONTH if unit is Unit.DAY else units[index + 1]
    return Unit.CENTURY, Unit.CENTURY


def _hijri_language(fmt: DateFormat) -> str:
    return fmt.language if fmt.language in _HIJRI_SHORT else "en"


#: The longest an Umm al-Qura month lasts, in days.
_LONGEST_HIJRI_MONTH = 30


@lru_cache(maxsize=64)
def _hijri_short_widths(fmt: DateFormat, text_width: TextWidth) -> tuple[float, float]:
    """The narrowest and the widest of the Hijri months' short names."""
    widths = [text_width(fmt.digits(short)) for short in _HIJRI_SHORT[_hijri_language(fmt)]]
    return min(widths), max(widths)


def hijri_months_may_fit(
    scale: TimeScale, fmt: DateFormat, text_width: TextWidth, padding: float
) -> bool:
    """Whether every whole Hijri month in view can be wide enough for its shortest label (a
    view of fourteen months shows all twelve whole): where not, the tier shows years, and
    its forty to sixty months are not worth making frame after frame (three to five years
    across 1,600 pixels: they were a third to a half of the axis's time)."""
    narrowest, widest = _hijri_short_widths(fmt, text_width)
    first = max(scale.period.start, day_number(FIRST_GREGORIAN))
    last = min(scale.period.end, day_number(LAST_GREGORIAN))
    every_name = last - first >= 14 * _LONGEST_HIJRI_MONTH
    needed = (widest if every_name else narrowest) + padding
    return _LONGEST_HIJRI_MONTH * scale.pixels_per_day >= needed


#: How many forms a Hijri month's label has where each Muharram may be named by its year
#: alone (:func:`hijri_months`): the last one a whole tier's only, never a cut month's.
HIJRI_RULER_FORMS = 4


def hijri_months(scale: TimeScale, fmt: DateFormat, alone: bool = True) -> Iterator[Interval]:
    """Umm al-Qura months touching the visible period (within the calendar's range).

    Forms: name and year; then the name alone, or a short name, with the year kept on the
    first whole month shown, on every Muharram, and on one cut by the view's start or end,
    so no month is read without its year: at 800 pixels over 120 days the row began
    "Rabi' al-Thani" beside "Jumada al-Ula 1439" (a reader who does not know the months'
    order could not tell its year), or ended "Dhu al-Hijjah" after four months with
    theirs. A month cut there that a month of its year says beside it in view (not before
    a Muharram, nor alone) keeps its short name alone as a last resort
    (:attr:`Interval.bare`). Shortest, where a whole Muharram is in view: the short names
    alone, each Muharram by its year ("1446 AH"), as a ruler names January by its year:
    the months before it end the year before. 20 months across 1,366 pixels (the sample
    at "fit all"), "Muh. 1446" had no room in its 65 pixels, and the row named years only.
    Not ``alone`` (a part taped beside another): never (each part of a timeline several
    pages wide decides between months and years alone, and one part named months by their
    new year beside another naming years); and a month cut by its edge is named as before,
    the part beside it naming it too.
    """
    language = _hijri_language(fmt)
    months = list(_months_in_view(scale, language))
    period = scale.period
    new_year_in_view = alone and any(
        month == 1 and period.start <= day_number(start) and day_number(end) <= period.end
        for _year, month, start, end, _name in months
    )
    leading, found_whole = True, False
    for year, month, start, end, name in months:
        short = _HIJRI_SHORT[language][month - 1]
        whole = day_number(start) >= period.start
        cut_at_end = day_number(end) > period.end
        alone_in_its_year = month == 12 or day_number(end) >= period.end
        at_an_edge = alone and (not whole or cut_at_end)
        named = (
            month == 1
            or (whole and not found_whole)
            or (leading and alone_in_its_year)
            or at_an_edge
        )
        found_whole = found_whole or whole
        forms = [f"{name} {year}", f"{name} {year}" if named else name]
        forms.append(_short_with_year(short, year) if named else short)
        if new_year_in_view:
            forms.append(f"{year} {fmt.hijri_era}" if month == 1 else short)
        # Its year said by a month after it in view, or before it (of its year too).
        told = at_an_edge and (
            not (whole or alone_in_its_year) or (cut_at_end and not leading and month != 1)
        )
        bare = fmt.digits(short) if told else ""
        label, *shorter = (fmt.digits(form) for form in forms)
        yield Interval(day_number(start), day_number(end), label, tuple(shorter), bare)
        leading = False


def _days_in_calendar(scale: TimeScale) -> tuple[date, date] | None:
    """The first and last visible days within the Umm al-Qura calendar's range (None: the
    view lies outside it)."""
    first = max(day_of(scale.period.start), FIRST_GREGORIAN)
    last = min(day_of(scale.period.end), LAST_GREGORIAN)
    return None if first > last else (first, last)


def _months_in_view(scale: TimeScale, language: str) -> Iterator[tuple[int, int, date, date, str]]:
    """The Umm al-Qura months touching the visible period (within the calendar's range):
    year, month, first day, the day after its last, and name."""
    days = _days_in_calendar(scale)
    if days is None:
        return
    first, last = days
    year, month = _hijri_month_of(first)
    while (found := _hijri_month(year, month, language)) is not None and found[0] <= last:
        yield year, month, *found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def hijri_days_may_fit(
    scale: TimeScale, fmt: DateFormat, text_width: TextWidth, padding: float
) -> bool:
    """Whether a day can be as wide as the shortest label the first whole day in view may
    take: its number, a short month name and the year. Where not, the tier names months,
    and the twenty to sixty days in view are not worth making."""
    narrowest, _widest = _hijri_short_widths(fmt, text_width)
    numbers = text_width(fmt.digits("1 1111"))  # the narrowest a day and a year may be
    return scale.pixels_per_day >= narrowest + numbers + padding


def hijri_days(scale: TimeScale, fmt: DateFormat, alone: bool = True) -> Iterator[Interval]:
    """Umm al-Qura days touching the visible period, each under the Gregorian day it is.

    Forms: day, month and year ("29 Sha'ban 1446"); then the day and its month's name; then
    its short name. The first whole day, the first of each month, and one cut by the view's
    start or end keep their year in every form, so no day is read without its month and
    year (as :func:`hijri_months`). A day cut there beside a day of its year in view takes
    its number and short name where none with its year has room (:attr:`Interval.bare`):
    it kept its year in every form, found no room for one, and went unnamed beside a
    "22 Ramadan" at the other edge. Not ``alone``: as :func:`hijri_months`.
    """
    days = _days_in_calendar(scale)
    if days is None:
        return
    first, last = (day.toordinal() for day in days)
    leading, found_whole = True, False
    for year, month, start_day, end_day, _name in _months_in_view(scale, _hijri_language(fmt)):
        start, end = start_day.toordinal(), end_day.toordinal()
        for ordinal in range(max(start, first), min(end, last + 1)):
            whole = ordinal >= scale.period.start
            cut_at_end = ordinal + 1 > scale.period.end
            year_ends = month == 12 and ordinal + 1 == end
            alone_in_its_year = year_ends or ordinal + 1 >= scale.period.end
            at_an_edge = alone and (not whole or cut_at_end)
            named = (
                ordinal == start
                or (whole and not found_whole)
                or (leading and alone_in_its_year)
                or at_an_edge
            )
            found_whole = found_whole or whole
            number = ordinal - start + 1
            label, shorter = _hijri_day_forms(number, year, month, fmt, named)
            # Its year said by a day after it in view, or before it (of its month too).
            told = at_an_edge and (
                not (whole or alone_in_its_year)
                or (cut_at_end and not leading and ordinal != start)
            )
            bare = _hijri_day_forms(number, year, month, fmt, False)[1][-1] if told else ""
            yield Interval(float(ordinal), float(ordinal + 1), label, shorter, bare)
            leading = False


@lru_cache(maxsize=4096)
def _hijri_day_forms(
    number: int, year: int, month: int, fmt: DateFormat, named: bool
) -> tuple[str, tuple[str, ...]]:
    """A Hijri day's label and its shorter forms (see :func:`hijri_days`), remembered: a
    frame at day zoom names a few dozen of them."""
    language = _hijri_language(fmt)
    found = _hijri_month(year, month, language)
    assert found is not None  # the day was found in it
    name, short = found[2], _HIJRI_SHORT[language][month - 1]
    day = fmt.day_of_month(number)
    forms = [f"{day} {name} {year}", f"{day} {name} {year}" if named else f"{day} {name}"]
    forms.append(_short_with_year(f"{day} {short}", year) if named else f"{day} {short}")
    label, *shorter = (fmt.digits(form) for form in forms)
    return label, tuple(shorter)


def _short_with_year(short: str, year: int) -> str:
    """A short month name and its year: after an Arabic comma where the name ends with
    its number ("جمادى 1، 1446"), which "جمادى 1 1446" ran into."""
    return f"{short}، {year}" if short[-1].isdigit() else f"{short} {year}"


@lru_cache(maxsize=4096)
def _hijri_month_of(day: date) -> tuple[int, int]:
    """The Umm al-Qura year and month of a day."""
    hijri = to_hijri(day)
    return hijri.year, hijri.month


@lru_cache(maxsize=4096)
def _hijri_month(year: int, month: int, language: str) -> tuple[date, date, str] | None:
    """A Hijri month's first day, the day after its last, and its name; None out of the
    calendar's range. Remembered: each costs two calendar conversions."""
    try:
        start = from_hijri(year, month, 1)
    except ValidationError:
        return None
    year_next, month_next = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        end = from_hijri(year_next, month_next, 1)
    except ValidationError:
        end = date.fromordinal(LAST_GREGORIAN.toordinal() + 1)  # intervals are half-open
    return start, end, to_hijri(start).month_name(language)


@cache
def _new_year(year: int) -> date:
    """1 Muharram of a Hijri year: a frame zoomed out asks for some sixty of them, and the
    calendar's checks made them a tenth of its time."""
    return from_hijri(year, 1, 1)


def hijri_years(scale: TimeScale, fmt: DateFormat) -> Iterator[Interval]:
    """Umm al-Qura years touching the visible period: "1446 هـ" / "1446 AH"."""
    days = _days_in_calendar(scale)
    if days is None:
        return
    first, last = days
    for year in range(_hijri_month_of(first)[0], _hijri_month_of(last)[0] + 1):
        yield _hijri_year(year, fmt)


def hijri_spans(scale: TimeScale, fmt: DateFormat, years: int) -> Iterator[Interval]:
    """Umm al-Qura decades (``years`` 10) or centuries (100) touching the visible period,
    "1420–1429 AH": for a view too wide to name every Hijri year, where the row had
    vanished from some eighteen years across a landscape page on; centuries for one too
    wide to name every decade, as a century across 800 pixels left it empty. The
    calendar's last year, 1500, a span of its own too short for a label, is left out."""
    days = _days_in_calendar(scale)
    if days is None:
        return
    first, last = days
    last_year = min(_hijri_month_of(last)[0], LAST_HIJRI_YEAR - 1)
    for start in range(_hijri_month_of(first)[0] // years * years, last_year + 1, years):
        yield _hijri_span(start, years, fmt)


@lru_cache(maxsize=256)
def _hijri_span(start: int, years: int, fmt: DateFormat) -> Interval:
    """An Umm al-Qura decade's or century's interval, remembered; the calendar's first
    starts at 1343."""
    first = max(start, FIRST_HIJRI_YEAR)
    label = f"{_range(fmt, first, start + years - 1)} {fmt.hijri_era}"
    return Interval(day_number(_new_year(first)), day_number(_new_year(start + years)), label)


@lru_cache(maxsize=4096)
def _hijri_year(year: int, fmt: DateFormat) -> Interval:
    """An Umm al-Qura year's interval, remembered: a frame zoomed out shows some sixty."""
    start = _new_year(year)
    if year < LAST_HIJRI_YEAR:
        end = _new_year(year + 1)
    else:
        end = date.fromordinal(LAST_GREGORIAN.toordinal() + 1)  # intervals are half-open
    return Interval(day_number(start), day_number(end), fmt.digits(f"{year} {fmt.hijri_era}"))
