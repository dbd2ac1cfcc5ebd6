"""The visible period: clamping, zooming about an anchor, panning, fitting two dates."""

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import event_dates

from timeline.domain.period import (
    EARLIEST_DAY,
    LATEST_DAY,
    MAX_SPAN_DAYS,
    MIN_SPAN_DAYS,
    Period,
    day_number,
    navigate,
    pan,
    zoom,
)

TOLERANCE = 1e-6  # days; about a tenth of a millisecond


@st.composite
def periods(draw, min_span=MIN_SPAN_DAYS, max_span=MAX_SPAN_DAYS):
    """A period the view could show: span within the limits, inside the bounds."""
    span = draw(st.floats(min_span, max_span))
    start = draw(st.floats(EARLIEST_DAY, LATEST_DAY - span))
    return Period(start, start + span)


def within_limits(period: Period) -> bool:
    return (
        MIN_SPAN_DAYS - TOLERANCE <= period.span <= MAX_SPAN_DAYS + TOLERANCE
        and period.start >= EARLIEST_DAY - TOLERANCE
        and period.end <= LATEST_DAY + TOLERANCE
    )


# --- navigate -------------------------------------------------------------------------------


def test_navigate_widens_a_span_below_one_day_about_its_middle():
    middle = day_number(date(2025, 3, 1)) + 0.5
    result = navigate(Period(middle - 0.1, middle + 0.1))
    assert result.span == pytest.approx(MIN_SPAN_DAYS)
    assert result.middle == pytest.approx(middle)


def test_navigate_narrows_a_span_above_two_hundred_years_about_its_middle():
    middle = day_number(date(2000, 1, 1))
    result = navigate(Period(middle - 150 * 365.25, middle + 150 * 365.25))
    assert result.span == pytest.approx(MAX_SPAN_DAYS)
    assert result.middle == pytest.approx(middle)


def test_navigate_moves_a_period_before_1800_to_start_at_1800():
    result = navigate(Period(day_number(date(1750, 1, 1)), day_number(date(1760, 1, 1))))
    assert result.start == EARLIEST_DAY
    assert result.span == pytest.approx(day_number(date(1760, 1, 1)) - day_number(date(1750, 1, 1)))


def test_navigate_moves_a_period_after_2200_to_end_at_2200():
    result = navigate(Period(day_number(date(2300, 1, 1)), day_number(date(2310, 1, 1))))
    assert result.end == pytest.approx(LATEST_DAY)
    assert result.span == pytest.approx(day_number(date(2310, 1, 1)) - day_number(date(2300, 1, 1)))


def test_navigate_leaves_a_valid_period_alone():
    period = Period(day_number(date(2024, 1, 1)), day_number(date(2025, 1, 1)))
    assert navigate(period) == period


@given(
    st.floats(-1e7, 1e7),
    st.floats(0.0, 1e6),
)
def test_navigate_always_returns_a_period_within_the_limits(start, span):
    assert within_limits(navigate(Period(start, start + span)))


# --- zoom -----------------------------------------------------------------------------------


@settings(max_examples=200)
@given(periods(), st.floats(0.1, 10.0), st.floats(0.0, 1.0))
def test_zoom_keeps_the_anchor_at_the_same_fraction_of_the_view(period, factor, where):
    anchor = period.start + where * period.span
    zoomed = zoom(period, factor, anchor)
    # Only the 1800..2200 bounds may move the anchor; the span limits never do.
    assume(zoomed.start > EARLIEST_DAY and zoomed.end < LATEST_DAY)
    before = (anchor - period.start) / period.span
    after = (anchor - zoomed.start) / zoomed.span
    assert after == pytest.approx(before, abs=1e-9)


@settings(max_examples=200)
@given(periods(), st.floats(0.1, 10.0), st.floats(0.0, 1.0))
def test_zoom_always_returns_a_period_within_the_limits(period, factor, where):
    assert within_limits(zoom(period, factor, period.start + where * period.span))


@settings(max_examples=200)
@given(periods(), st.floats(0.1, 10.0), st.floats(0.0, 1.0))
def test_zoom_in_then_out_by_the_same_factor_returns_the_period(period, factor, where):
    anchor = period.start + where * period.span
    zoomed = zoom(period, factor, anchor)
    unclamped_span = period.span / factor
    assume(MIN_SPAN_DAYS < unclamped_span < MAX_SPAN_DAYS)
    assume(zoomed.start > EARLIEST_DAY and zoomed.end < LATEST_DAY)
    back = zoom(zoomed, 1 / factor, anchor)
    assert back.start == pytest.approx(period.start, abs=TOLERANCE)
    assert back.end == pytest.approx(period.end, abs=TOLERANCE)


def test_zoom_in_by_two_about_the_middle_halves_the_span():
    period = Period(day_number(date(2024, 1, 1)), day_number(date(2025, 1, 1)))
    zoomed = zoom(period, 2.0, period.middle)
    assert zoomed.span == pytest.approx(period.span / 2)
    assert zoomed.middle == pytest.approx(period.middle)


# --- pan ------------------------------------------------------------------------------------


@settings(max_examples=200)
@given(periods(), st.floats(-1e5, 1e5))
def test_pan_keeps_the_span(period, days):
    assert pan(period, days).span == pytest.approx(period.span, abs=TOLERANCE)


@given(periods(max_span=3650.0), st.floats(-365.0, 365.0))
def test_pan_moves_by_the_given_days_away_from_the_bounds(period, days):
    moved = pan(period, days)
    assume(moved.start > EARLIEST_DAY and moved.end < LATEST_DAY)
    assert moved.start == pytest.approx(period.start + days, abs=TOLERANCE)


# --- around ---------------------------------------------------------------------------------


@given(
    st.dates(date(1800, 1, 1), date(2200, 12, 30)),
    st.integers(0, 150 * 365),
)
def test_around_contains_the_first_and_the_last_day(first, length):
    last = date.fromordinal(min(first.toordinal() + length, date(2200, 12, 30).toordinal()))
    period = Period.around(first, last)
    assert period.start <= day_number(first)
    assert period.end >= day_number(last) + 1  # the whole of the last day


def test_around_one_day_leaves_a_margin_on_both_sides():
    day = date(2025, 2, 28)
    period = Period.around(day, day)
    assert period.start < day_number(day)
    assert period.end > day_number(day) + 1


@given(
    event_dates(1900, 2100),
    st.floats(float(date(1900, 1, 1).toordinal()), float(date(2100, 1, 1).toordinal())),
    st.floats(0.01, 4000),
)
def test_a_date_is_in_a_period_when_some_day_of_it_is(when, start, span):
    """One rule for "in this period", in calendar days (the filter, the briefing's table) and
    in day numbers (what the screen and the exports draw): the two agree."""
    period = Period(start, start + span)
    first, last = period.days()
    touches = period.touches(day_number(when.earliest()), day_number(when.latest()) + 1)
    assert when.overlaps(first, last) == touches
    assert when.overlaps(None, None)
