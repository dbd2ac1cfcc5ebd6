from datetime import date

import pytest

from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind

IPU_150 = Event(
    kind=EventKind.MULTILATERAL_GATHERING,
    countries=("UZ", "MA", "KZ", "AZ", "KH"),
    host="UZ",
    date=EventDate.from_edtf("2025-04-05/2025-04-09"),
    title_en="150th Assembly of the Inter-Parliamentary Union",
)
VISA_SIGNED = Event(
    kind=EventKind.AGREEMENT_SIGNED,
    countries=("MA", "AZ"),
    date=EventDate.from_edtf("2024-05"),
    title_en="Morocco–Azerbaijan visa waiver agreement signed",
)


def test_pair_is_symmetric():
    assert EventFilter.pair("MA", "KZ") == EventFilter.pair("KZ", "MA")
    assert EventFilter.pair("MA", "KZ").countries == {"MA", "KZ"}


def test_pair_of_one_country_twice_is_rejected():
    with pytest.raises(ValidationError) as raised:
        EventFilter.pair("MA", "MA")
    assert raised.value.field == "countries"


def test_more_than_two_countries_are_rejected():
    with pytest.raises(ValidationError):
        EventFilter(countries=frozenset({"MA", "KZ", "AZ"}))


def test_multilateral_event_matches_any_pair_of_its_countries():
    assert EventFilter.pair("KZ", "MA").matches(IPU_150)
    assert EventFilter.pair("AZ", "KH").matches(IPU_150)
    assert not EventFilter.pair("MA", "FR").matches(IPU_150)


def test_one_country_matches_all_its_partners():
    assert EventFilter(countries=frozenset({"AZ"})).matches(VISA_SIGNED)
    assert EventFilter(countries=frozenset({"AZ"})).matches(IPU_150)
    assert not EventFilter(countries=frozenset({"KZ"})).matches(VISA_SIGNED)


def test_the_empty_filter_matches_everything():
    assert EventFilter().matches(IPU_150) and EventFilter().matches(VISA_SIGNED)


def test_kinds():
    signings = EventFilter(kinds=frozenset({EventKind.AGREEMENT_SIGNED}))
    assert signings.matches(VISA_SIGNED)
    assert not signings.matches(IPU_150)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2025, 4, 9), None, True),  # the last day of the assembly
        (date(2025, 4, 10), None, False),
        (None, date(2025, 4, 5), True),  # its first day
        (None, date(2025, 4, 4), False),
        (date(2025, 4, 6), date(2025, 4, 7), True),  # a period inside the span
        (date(2025, 1, 1), date(2025, 12, 31), True),  # a period around it
        (date(2025, 4, 10), date(2025, 4, 30), False),
    ],
)
def test_period_matches_when_it_overlaps_the_span(start, end, expected):
    assert EventFilter(start=start, end=end).matches(IPU_150) is expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 5, 31), None, True),  # "May 2024" may be its last day
        (None, date(2024, 5, 1), True),  # or its first
        (date(2024, 6, 1), None, False),
        (None, date(2024, 4, 30), False),
    ],
)
def test_a_month_counts_as_every_day_it_may_be(start, end, expected):
    assert EventFilter(start=start, end=end).matches(VISA_SIGNED) is expected


def test_period_ending_before_it_starts_is_rejected():
    with pytest.raises(ValidationError) as raised:
        EventFilter(start=date(2025, 4, 9), end=date(2025, 4, 5))
    assert raised.value.field == "period"


def test_a_one_day_period_is_allowed():
    assert EventFilter(start=date(2025, 4, 7), end=date(2025, 4, 7)).matches(IPU_150)
