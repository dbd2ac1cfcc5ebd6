"""What the app writes, the reader reads back: every language, date style and digit system."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import event_dates, fuzzy_dates

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.extract.dates import read_dates
from timeline.domain.extract.vocabulary import default_vocabulary
from timeline.domain.hijri import FIRST_GREGORIAN, LAST_GREGORIAN

PUBLISHED = date(2025, 4, 8)


@pytest.fixture(autouse=True, scope="module")
def _vocabulary_loaded() -> None:
    """Read the month names once before Hypothesis times its first example."""
    default_vocabulary()


formats = st.builds(
    DateFormat,
    language=st.sampled_from(["ar", "en", "fr"]),
    style=st.sampled_from(list(DateStyle)),
    arabic_digits=st.sampled_from([None, True, False]),
)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def read_one(text: str):
    mentions = read_dates(text, PUBLISHED)
    assert len(mentions) == 1, (text, mentions)
    assert mentions[0].span.text == text
    return mentions[0]


@given(formats, fuzzy_dates(1900, 2100))
def test_a_written_date_reads_back(fmt: DateFormat, value: FuzzyDate):
    assert read_one(fmt.fuzzy(value)).date == EventDate(value)


@given(formats, event_dates(1900, 2100, apart=True))
def test_a_written_event_date_reads_back(fmt: DateFormat, when: EventDate):
    assert read_one(fmt.event_date(when)).date == when


@given(formats, st.dates(min_value=FIRST_GREGORIAN, max_value=LAST_GREGORIAN))
def test_a_written_hijri_day_reads_back(fmt: DateFormat, value: date):
    assert read_one(fmt.hijri(value)).date == EventDate.on(value)


@given(
    formats,
    st.dates(min_value=FIRST_GREGORIAN, max_value=LAST_GREGORIAN - timedelta(days=90)),
    st.integers(min_value=1, max_value=90),
)
def test_a_written_hijri_span_reads_back(fmt: DateFormat, first: date, length: int):
    last = first + timedelta(days=length)
    when = EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last))
    assert read_one(fmt.hijri_span(first, last)).date == when
