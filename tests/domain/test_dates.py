from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.dates import MAX_YEAR, EventDate, FuzzyDate, Precision
from timeline.domain.errors import ValidationError


@st.composite
def fuzzy_dates(draw, min_year=1, max_year=MAX_YEAR):
    day = draw(st.dates(date(min_year, 1, 1), date(max_year, 12, 31)))
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.YEAR:
        return FuzzyDate(day.year)
    if precision is Precision.MONTH:
        return FuzzyDate(day.year, day.month)
    return FuzzyDate.from_date(day)


@st.composite
def event_dates(draw):
    start = draw(fuzzy_dates())
    if not draw(st.booleans()):
        return EventDate(start)
    end = draw(
        fuzzy_dates(min_year=start.year).filter(
            lambda end: end != start and end.latest() >= start.earliest()
        )
    )
    return EventDate(start, end, within=draw(st.booleans()))


@pytest.mark.parametrize(
    ("text", "precision"),
    [("2025-02-28", Precision.DAY), ("2024-05", Precision.MONTH), ("2025", Precision.YEAR)],
)
def test_parse_gives_the_precision_written(text, precision):
    value = FuzzyDate.parse(text)
    assert value.precision is precision
    assert value.isoformat() == text


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (FuzzyDate(2025, 2, 28), date(2025, 2, 28), date(2025, 2, 28)),
        (FuzzyDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (FuzzyDate(2025, 2), date(2025, 2, 1), date(2025, 2, 28)),
        (FuzzyDate(1900, 2), date(1900, 2, 1), date(1900, 2, 28)),  # not a leap year
        (FuzzyDate(2000, 2), date(2000, 2, 1), date(2000, 2, 29)),  # a leap year
        (FuzzyDate(2024, 4), date(2024, 4, 1), date(2024, 4, 30)),
        (FuzzyDate(2024), date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_earliest_and_latest_bound_the_date(value, earliest, latest):
    assert (value.earliest(), value.latest()) == (earliest, latest)


@pytest.mark.parametrize(
    "text", ["", "25", "2025-2-28", "28/02/2025", "2025-02-28T10:00", "0000", "2025-13", "x"]
)
def test_parse_rejects_what_is_not_a_date(text):
    with pytest.raises(ValidationError) as raised:
        FuzzyDate.parse(text)
    assert raised.value.field == "date"


def test_30_february_is_rejected():
    with pytest.raises(ValidationError) as raised:
        FuzzyDate.parse("2025-02-30")
    assert raised.value.field == "date"
    assert "28 days" in raised.value.message


def test_29_february_exists_only_in_leap_years():
    assert FuzzyDate(2024, 2, 29).latest() == date(2024, 2, 29)
    with pytest.raises(ValidationError):
        FuzzyDate(2025, 2, 29)


def test_a_day_without_a_month_is_rejected():
    with pytest.raises(ValidationError, match="needs a month"):
        FuzzyDate(2025, None, 3)


def test_end_before_start_is_rejected():
    with pytest.raises(ValidationError) as raised:
        EventDate(FuzzyDate(2025, 4, 9), FuzzyDate(2025, 4, 5))
    assert raised.value.field == "end"


def test_end_equal_to_start_is_rejected():
    with pytest.raises(ValidationError) as raised:
        EventDate(FuzzyDate(2025, 4), FuzzyDate(2025, 4))
    assert raised.value.field == "end"


def test_within_needs_an_end():
    with pytest.raises(ValidationError) as raised:
        EventDate(FuzzyDate(2025, 4, 5), within=True)
    assert raised.value.field == "end"


def test_span_reaches_from_the_first_to_the_last_possible_day():
    value = EventDate(FuzzyDate(2024, 5), FuzzyDate(2024, 8, 28))
    assert (value.earliest(), value.latest()) == (date(2024, 5, 1), date(2024, 8, 28))
    assert not value.is_exact_day()
    assert EventDate.on(date(2025, 2, 28)).is_exact_day()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-02-28", EventDate(FuzzyDate(2025, 2, 28))),
        ("2024-05", EventDate(FuzzyDate(2024, 5))),
        ("2025", EventDate(FuzzyDate(2025))),
        (
            "2025-04-28/2025-04-29",
            EventDate(FuzzyDate(2025, 4, 28), FuzzyDate(2025, 4, 29)),
        ),
        ("2024-05/2024-08", EventDate(FuzzyDate(2024, 5), FuzzyDate(2024, 8))),
        (
            "[2025-04-05..2025-04-09]",
            EventDate(FuzzyDate(2025, 4, 5), FuzzyDate(2025, 4, 9), within=True),
        ),
        ("[2024..2025]", EventDate(FuzzyDate(2024), FuzzyDate(2025), within=True)),
    ],
)
def test_edtf_round_trip_of_every_form(text, expected):
    assert EventDate.from_edtf(text) == expected
    assert expected.to_edtf() == text


@pytest.mark.parametrize(
    "text", ["[2025-04-05..]", "[..2025-04-09]", "[2025-04-05/2025-04-09]", "2025/", "/2025"]
)
def test_malformed_edtf_is_a_validation_error(text):
    with pytest.raises(ValidationError):
        EventDate.from_edtf(text)


def test_a_window_means_one_day_within_not_a_span():
    window = EventDate.from_edtf("[2025-04-05..2025-04-09]")
    span = EventDate.from_edtf("2025-04-05/2025-04-09")
    assert window.within and not span.within
    assert window != span
    assert (window.earliest(), window.latest()) == (span.earliest(), span.latest())


@given(event_dates())
def test_edtf_round_trip_property(value):
    assert EventDate.from_edtf(value.to_edtf()) == value


@given(st.one_of(st.text(), st.text(alphabet="0123456789-/[]. ²٣")))
def test_from_edtf_on_any_text_raises_only_validation_error(text):
    try:
        value = EventDate.from_edtf(text)
    except ValidationError:
        return
    assert EventDate.from_edtf(value.to_edtf()) == value
