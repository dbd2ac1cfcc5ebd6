"""Axis ticks: the units chosen for a zoom, Gregorian intervals, Umm al-Qura months."""

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import rtl
from timeline.domain.hijri import FIRST_GREGORIAN, LAST_GREGORIAN, to_hijri
from timeline.domain.period import (
    EARLIEST_DAY,
    LATEST_DAY,
    MAX_SPAN_DAYS,
    Period,
    day_number,
    day_of,
)
from timeline.render.axis import Unit, choose_units, hijri_days, hijri_months, intervals
from timeline.render.scale import TimeScale

UNITS = [Unit.DAY, Unit.MONTH, Unit.YEAR, Unit.DECADE, Unit.CENTURY]
PADDING = 12.0
WIDTH = 1000.0


def text_width(text: str) -> float:
    return 7.0 * len(text)


def scale_of(start: float, span: float, rtl: bool = False) -> TimeScale:
    return TimeScale(Period(start, start + span), 0.0, WIDTH, rtl)


# --- choose_units ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_finer_units_as_pixels_per_day_grow(language):
    fmt = DateFormat(language=language)
    sweep = [10 ** (exponent / 8) for exponent in range(-6 * 8, 3 * 8 + 1)]  # 1e-6 .. 1e3
    chosen = [UNITS.index(choose_units(ppd, fmt, text_width, PADDING)[0]) for ppd in sweep]
    assert chosen == sorted(chosen, reverse=True)
    assert chosen[0] == UNITS.index(Unit.CENTURY)
    assert chosen[-1] == UNITS.index(Unit.DAY)


@pytest.mark.parametrize(
    ("pixels_per_day", "minor", "major"),
    [
        (100.0, Unit.DAY, Unit.MONTH),
        (3.0, Unit.MONTH, Unit.YEAR),
        (0.3, Unit.YEAR, Unit.DECADE),
        (0.03, Unit.DECADE, Unit.CENTURY),
        (0.0001, Unit.CENTURY, Unit.CENTURY),
    ],
)
def test_choose_units_at_typical_zooms(pixels_per_day, minor, major):
    assert choose_units(pixels_per_day, DateFormat(), text_width, PADDING) == (minor, major)


@pytest.mark.parametrize("style", list(DateStyle))
def test_months_too_narrow_for_their_names_are_still_months(style):
    """Nineteen months across 800 pixels: no Arabic name fits ("تشرين الثاني", "شتنبر"),
    their numbers do; each month offers its name first, then its abbreviation (the Levant's
    ت١), then its number."""
    fmt = DateFormat("ar", style)
    pixels_per_day = 800 / (19 * Unit.MONTH.days)
    assert choose_units(pixels_per_day, fmt, text_width, PADDING) == (Unit.MONTH, Unit.YEAR)
    march, october = (
        next(intervals(scale_of(day_number(date(2024, month, 2)), 1.0), Unit.MONTH, fmt, False))
        for month in (3, 10)
    )
    for interval, month in ((march, 3), (october, 10)):
        name, abbreviated = fmt.month_name(month, short=True), fmt.month_abbreviation(month)
        assert interval.forms == (name, abbreviated, fmt.digits(str(month)))


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_in_print_days_too_narrow_for_their_numbers_are_named_by_their_weeks(language):
    """June and July 2019 across a landscape page, 12 points a day: too narrow for "30",
    the axis named the months alone and a reader could not tell on which day an event
    fell. In print a month's weeks come between its days and the month, under it; the
    screen, which zooms in to the days, keeps to days and months."""
    fmt = DateFormat(language=language)
    sweep = [10 ** (exponent / 8) for exponent in range(-6 * 8, 3 * 8 + 1)]  # 1e-6 .. 1e3
    printed = [choose_units(ppd, fmt, text_width, PADDING, weeks=True) for ppd in sweep]
    order = [Unit.DAY, Unit.WEEK, *UNITS[1:]]
    chosen = [order.index(minor) for minor, _major in printed]
    assert chosen == sorted(chosen, reverse=True)
    assert (Unit.WEEK, Unit.MONTH) in printed and (Unit.DAY, Unit.MONTH) in printed
    on_screen = [choose_units(ppd, fmt, text_width, PADDING)[0] for ppd in sweep]
    assert Unit.WEEK not in on_screen
    assert choose_units(12.0, fmt, text_width, PADDING, weeks=True) == (Unit.WEEK, Unit.MONTH)
    assert choose_units(12.0, fmt, text_width, PADDING) == (Unit.MONTH, Unit.YEAR)


@pytest.mark.parametrize(
    ("month", "names"),
    [
        (date(2019, 6, 1), ["1–7", "8–14", "15–21", "22–30"]),
        (date(2023, 2, 1), ["1–7", "8–14", "15–21", "22–28"]),
        (date(2024, 2, 1), ["1–7", "8–14", "15–21", "22–29"]),
        (date(2024, 12, 1), ["1–7", "8–14", "15–21", "22–31"]),
    ],
)
def test_a_months_weeks_name_their_days_and_the_last_runs_to_its_end(month, names):
    """Each week names exactly the days it stands over; the last runs to the month's end
    (no "29–31" of three days, too narrow for its name)."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    scale = scale_of(day_number(month), day_number(following) - day_number(month))
    weeks = list(intervals(scale, Unit.WEEK, DateFormat(), major=False))
    assert [week.label for week in weeks] == names
    for week, name in zip(weeks, names, strict=True):
        first, last = (int(day) for day in name.split("–"))
        assert day_of(week.start) == month.replace(day=first)
        assert day_of(week.end - 1) == month.replace(day=last)


@pytest.mark.parametrize(
    ("style", "days"), [(DateStyle.MAGHREB, "8–14"), (DateStyle.EGYPT, "٨–١٤")]
)
def test_an_arabic_weeks_days_are_read_from_the_right(style, days):
    """As a decade's years: its first day on the right, in the reader's digits."""
    scale = scale_of(day_number(date(2019, 6, 8)), 7.0, rtl=True)
    (week,) = intervals(scale, Unit.WEEK, DateFormat("ar", style), major=False)
    assert week.label == rtl(days)


@given(st.floats(1e-6, 1e3))
def test_the_major_unit_is_the_next_one_up(pixels_per_day):
    minor, major = choose_units(pixels_per_day, DateFormat(), text_width, PADDING)
    if minor is Unit.CENTURY:
        assert major is Unit.CENTURY
    else:
        assert UNITS.index(major) == UNITS.index(minor) + 1


# --- Gregorian intervals --------------------------------------------------------------------


@st.composite
def unit_scales(draw):
    """A unit and a period showing between a fraction of one and a few hundred of it."""
    unit = draw(st.sampled_from([*UNITS, Unit.WEEK]))
    span = draw(st.floats(1.0, min(300 * unit.days, MAX_SPAN_DAYS)))
    start = draw(st.floats(EARLIEST_DAY, LATEST_DAY - span))
    return unit, scale_of(start, span, rtl=draw(st.booleans()))


@settings(max_examples=60)
@given(unit_scales())
def test_intervals_are_contiguous(case):
    unit, scale = case
    spans = list(intervals(scale, unit, DateFormat(), major=False))
    for before, after in pairwise(spans):
        assert before.end == after.start
        assert before.start < before.end


@settings(max_examples=60)
@given(unit_scales())
def test_intervals_cover_the_visible_period(case):
    unit, scale = case
    spans = list(intervals(scale, unit, DateFormat(), major=True))
    assert spans[0].start <= scale.period.start
    assert spans[-1].end >= scale.period.end


@settings(max_examples=60)
@given(unit_scales())
def test_intervals_only_touch_the_visible_period(case):
    unit, scale = case
    spans = list(intervals(scale, unit, DateFormat(), major=False))
    assert all(s.start < scale.period.end and s.end > scale.period.start for s in spans)


@pytest.mark.parametrize(
    ("unit", "first", "second"),
    [
        (Unit.DAY, date(2025, 2, 28), date(2025, 3, 1)),
        (Unit.WEEK, date(2025, 2, 22), date(2025, 3, 1)),
        (Unit.MONTH, date(2025, 2, 1), date(2025, 3, 1)),
        (Unit.YEAR, date(2025, 1, 1), date(2026, 1, 1)),
        (Unit.DECADE, date(2020, 1, 1), date(2030, 1, 1)),
        (Unit.CENTURY, date(2000, 1, 1), date(2100, 1, 1)),
    ],
)
def test_intervals_begin_on_calendar_boundaries(unit, first, second):
    scale = scale_of(day_number(date(2025, 2, 28)) + 0.5, 0.25)
    spans = list(intervals(scale, unit, DateFormat(), major=False))
    assert len(spans) == 1
    assert (spans[0].start, spans[0].end) == (day_number(first), day_number(second))


# --- Umm al-Qura months ---------------------------------------------------------------------


@st.composite
def hijri_scales(draw):
    """Periods inside the Umm al-Qura tables, short of their last month (tested apart)."""
    span = draw(st.floats(1.0, 3 * 365.0))
    start = draw(st.floats(day_number(FIRST_GREGORIAN), day_number(LAST_GREGORIAN) - 31 - span))
    return scale_of(start, span, rtl=draw(st.booleans()))


@settings(max_examples=40)
@given(hijri_scales())
def test_hijri_months_begin_on_the_first_of_an_umm_al_qura_month(scale):
    for month in hijri_months(scale, DateFormat()):
        assert to_hijri(day_of(month.start)).day == 1
        assert to_hijri(day_of(month.end)).day == 1


@settings(max_examples=40)
@given(hijri_scales())
def test_hijri_months_are_contiguous_and_cover_the_visible_period(scale):
    months = list(hijri_months(scale, DateFormat()))
    assert months[0].start <= scale.period.start
    assert months[-1].end >= scale.period.end
    for before, after in pairwise(months):
        assert before.end == after.start


@settings(max_examples=40)
@given(hijri_scales())
def test_each_hijri_month_lasts_its_umm_al_qura_length(scale):
    # Not always 29 or 30: the tables give Ramadan 1343 (1925) 28 days.
    for month in hijri_months(scale, DateFormat()):
        first = to_hijri(day_of(month.start))
        assert month.end - month.start == first.month_length()


def test_ramadan_1446_begins_on_1_march_2025():
    scale = scale_of(day_number(date(2025, 2, 1)), 90.0)
    ramadan = [m for m in hijri_months(scale, DateFormat()) if m.label == "Ramadan 1446"]
    assert len(ramadan) == 1
    assert day_of(ramadan[0].start) == date(2025, 3, 1)
    assert day_of(ramadan[0].end) == date(2025, 3, 30)  # 29 days


def test_a_french_axis_names_hijri_months_in_french():
    scale = scale_of(day_number(date(2025, 2, 1)), 90.0)
    months = list(hijri_months(scale, DateFormat("fr")))
    assert [m.label for m in months][:3] == ["chaabane 1446", "ramadan 1446", "chawwal 1446"]
    assert months[2].shorter == ("chawwal", "chaw.")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (DateStyle.MAGHREB, ("جمادى 1، 1446", "جمادى 2، 1446", "جمادى 1")),
        (DateStyle.LEVANT, ("جمادى ١، ١٤٤٦", "جمادى ٢، ١٤٤٦", "جمادى ١")),
    ],
)
def test_a_numbered_short_hijri_month_stands_apart_from_its_year(style, expected):
    """ "جمادى 1 1446" read as one run of numbers: the year follows a comma."""
    scale = scale_of(day_number(date(2024, 11, 5)), 90.0)
    cut, whole, later = list(hijri_months(scale, DateFormat("ar", style)))[:3]
    # The first whole month is named with the year, and so is the one cut by the edge
    # before it where there is room; where not, the month after it says it (it went
    # unnamed for want of room for its year).
    assert (cut.shorter[-1], whole.shorter[-1], cut.bare) == expected
    assert not whole.bare
    assert later.shorter[-1] == "رجب"  # no year: the months before it said it


def test_a_hijri_month_cut_by_the_edge_before_a_new_year_keeps_its_own():
    """Dhu al-Hijjah 1445 cut by the view's start, Muharram 1446 after it: without its year
    the cut month would read as 1446's. Only where Muharram is named by its year alone, as a
    ruler names January, do the months before it go without theirs."""
    scale = scale_of(day_number(date(2024, 7, 1)), 90.0)
    cut, whole = list(hijri_months(scale, DateFormat("en")))[:2]
    assert all(form.endswith("1445") for form in cut.shorter[:-1])
    assert all(form.endswith("1446") for form in whole.shorter[:-1])
    assert (cut.shorter[-1], whole.shorter[-1]) == ("Hij.", "1446 AH")


@pytest.mark.parametrize(
    ("first", "span", "spans"),
    [
        (date(2025, 3, 20), 0.5, hijri_days),  # half a day: one day, cut at both ends
        (date(2025, 3, 5), 20.0, hijri_months),  # twenty days of Ramadan 1446
    ],
)
def test_a_hijri_day_or_month_cut_by_the_edge_and_alone_in_view_keeps_its_year(first, span, spans):
    """No other day (month) in view says the year: in every form the one shown does."""
    scale = scale_of(day_number(first) + 0.25, span)
    (alone,) = list(spans(scale, DateFormat("en")))
    assert all(form.endswith("1446") for form in (alone.label, *alone.shorter))


def test_hijri_months_are_empty_before_the_umm_al_qura_tables():
    scale = scale_of(day_number(date(1900, 1, 1)), 365.0)
    assert list(hijri_months(scale, DateFormat())) == []


# Intervals are half-open, so the last month of the tables ends the day after LAST_GREGORIAN.
def test_the_last_month_of_the_tables_includes_its_last_day():
    scale = scale_of(day_number(date(2077, 11, 1)), 10.0)
    last = list(hijri_months(scale, DateFormat()))[-1]
    assert last.label == "Dhu al-Hijjah 1500"
    assert day_of(last.start) == date(2077, 10, 18)
    assert last.end - last.start == 30  # Dhu al-Hijjah 1500 has 30 days
    assert last.end == day_number(LAST_GREGORIAN) + 1
