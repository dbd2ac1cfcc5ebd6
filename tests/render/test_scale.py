"""TimeScale: day <-> x in both reading directions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.period import EARLIEST_DAY, LATEST_DAY, MAX_SPAN_DAYS, MIN_SPAN_DAYS, Period
from timeline.render.scale import TimeScale


@st.composite
def scales(draw, rtl=None):
    span = draw(st.floats(MIN_SPAN_DAYS, MAX_SPAN_DAYS))
    start = draw(st.floats(EARLIEST_DAY, LATEST_DAY - span))
    left = draw(st.floats(0.0, 500.0))
    width = draw(st.floats(50.0, 5000.0))
    mirrored = draw(st.booleans()) if rtl is None else rtl
    return TimeScale(Period(start, start + span), left, width, mirrored)


def day_inside(scale: TimeScale, where: float) -> float:
    return scale.period.start + where * scale.period.span


def x_inside(scale: TimeScale, where: float) -> float:
    return scale.left + where * scale.width


@given(scales(), st.floats(-0.5, 1.5))
def test_day_of_x_of_a_day_is_that_day(scale, where):
    day = day_inside(scale, where)
    assert scale.day(scale.x(day)) == pytest.approx(day, abs=1e-6)


@given(scales(), st.floats(-0.5, 1.5))
def test_x_of_day_of_an_x_is_that_x(scale, where):
    x = x_inside(scale, where)
    # Day numbers near 740 000 carry ~1e-10 days of rounding; at 5000 px/day that is ~1e-6 px.
    assert scale.x(scale.day(x)) == pytest.approx(x, abs=1e-5)


@given(scales(rtl=False), st.floats(0.0, 1.0))
def test_rtl_mirrors_ltr_about_the_middle_of_the_width(ltr, where):
    rtl = TimeScale(ltr.period, ltr.left, ltr.width, rtl=True)
    day = day_inside(ltr, where)
    mirrored = ltr.left + ltr.width - (ltr.x(day) - ltr.left)
    assert rtl.x(day) == pytest.approx(mirrored, abs=1e-6)


@given(scales(rtl=False), st.floats(0.0, 1.0), st.floats(1e-3, 1.0))
def test_later_days_are_further_right_in_ltr(scale, where, later_by):
    day = day_inside(scale, where)
    assert scale.x(day + later_by * scale.period.span) > scale.x(day)


@given(scales(rtl=True), st.floats(0.0, 1.0), st.floats(1e-3, 1.0))
def test_later_days_are_further_left_in_rtl(scale, where, later_by):
    day = day_inside(scale, where)
    assert scale.x(day + later_by * scale.period.span) < scale.x(day)


@pytest.mark.parametrize("rtl", [False, True])
def test_the_period_fills_the_width_exactly(rtl):
    scale = TimeScale(Period(730000.0, 730100.0), 10.0, 1000.0, rtl)
    first, last = (scale.x(730000.0), scale.x(730100.0))
    assert sorted((first, last)) == pytest.approx([10.0, 1010.0])
    assert scale.pixels_per_day == pytest.approx(10.0)
