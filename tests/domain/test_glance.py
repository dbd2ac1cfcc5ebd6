"""The relationship at a glance as of the day a briefing is prepared: what took place by then
is the latest of its kind; what is dated after it is still to come, whatever its status."""

from dataclasses import replace
from datetime import date

from timeline.domain.dates import EventDate
from timeline.domain.event import Event
from timeline.domain.glance import glance, period_unit
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus

AS_OF = date(2026, 12, 3)


def held(kind: EventKind, day: date, title: str) -> Event:
    """An event recorded as held (the default status), whatever its date."""
    return Event(kind=kind, countries=("MA", "KZ"), date=EventDate.on(day), title_en=title)


VISIT = held(EventKind.OFFICIAL_VISIT, date(2025, 11, 26), "Koshanov in Rabat")
PLANNED = held(EventKind.OFFICIAL_VISIT, date(2030, 9, 18), "a visit of 2030")
SIGNED = held(EventKind.AGREEMENT_SIGNED, date(2024, 9, 26), "visa exemption signed")
IN_FORCE_LATER = held(EventKind.AGREEMENT_IN_FORCE, date(2027, 1, 1), "in force in 2027")


def test_an_event_recorded_as_held_for_a_later_day_is_not_the_latest_of_its_kind():
    summary = glance([SIGNED, VISIT, IN_FORCE_LATER, PLANNED], AS_OF)
    assert summary.latest == {EventKind.OFFICIAL_VISIT: VISIT, EventKind.AGREEMENT_SIGNED: SIGNED}
    assert summary.agreements == (SIGNED,), "an entry into force of 2027 has not happened"
    assert summary.by_kind == {
        EventKind.OFFICIAL_VISIT: 2,
        EventKind.AGREEMENT_SIGNED: 1,
        EventKind.AGREEMENT_IN_FORCE: 1,
    }, "every event is counted"


def test_an_event_on_the_day_itself_has_taken_place():
    today = held(EventKind.OFFICIAL_VISIT, AS_OF, "today's visit")
    assert glance([VISIT, today, PLANNED], AS_OF).latest == {EventKind.OFFICIAL_VISIT: today}
    announced = replace(today, status=EventStatus.ANNOUNCED)
    assert glance([VISIT, announced, PLANNED], AS_OF).latest == {EventKind.OFFICIAL_VISIT: VISIT}


def test_the_busiest_year_is_not_one_still_to_come():
    """Four events planned for 2030 against two held in 2025: 2030 was named the busiest."""
    planned = [
        held(EventKind.OFFICIAL_VISIT, date(2030, 1, n), f"planned {n}") for n in (1, 2, 3, 4)
    ]
    summary = glance(
        [SIGNED, VISIT, held(EventKind.PHONE_CALL, date(2025, 3, 1), "call"), *planned], AS_OF
    )
    assert sum(summary.by_period[date(2030, 1, 1)].values()) == 4, "the chart still counts them"
    assert summary.busiest_period == date(2025, 1, 1)
    assert glance(planned, AS_OF).busiest_period is None


def test_a_selection_is_counted_by_year_month_or_day_as_its_length_reads_best():
    """A year counted by year was one row and one bar: months for a year and a half at most,
    days for a month at most; longer selections keep their years."""
    assert period_unit(date(2025, 3, 1), date(2025, 3, 31)) == "day"
    assert period_unit(date(2025, 3, 1), date(2025, 4, 1)) == "month"
    assert period_unit(date(2025, 1, 1), date(2025, 12, 31)) == "month"
    assert period_unit(date(2024, 5, 1), date(2025, 10, 31)) == "month"
    assert period_unit(date(2024, 5, 1), date(2025, 11, 26)) == "year"  # the sample's 19 months
    calls = [held(EventKind.PHONE_CALL, date(2025, month, 9), "call") for month in (2, 4, 4)]
    summary = glance(calls, AS_OF, days=(date(2025, 1, 1), date(2025, 12, 31)))
    assert summary.unit == "month"
    assert list(summary.by_period) == [date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1)]
    assert summary.by_period[date(2025, 3, 1)] == {}
    assert summary.busiest_period == date(2025, 4, 1)


def test_a_day_is_the_busiest_for_the_events_held_within_it():
    """March 2023 day by day: six events known only to the month, counted on its first day
    in the chart and the table, made 1 March "the busiest day" with six events."""
    from timeline.domain.dates import FuzzyDate

    month = [
        replace(
            held(EventKind.STATEMENT, date(2023, 3, 1), f"s{n}"), date=EventDate(FuzzyDate(2023, 3))
        )
        for n in range(6)
    ]
    days = [held(EventKind.PHONE_CALL, date(2023, 3, 9), f"c{n}") for n in range(2)]
    summary = glance(month + days, AS_OF, days=(date(2023, 3, 1), date(2023, 3, 31)))
    assert summary.unit == "day"
    assert sum(summary.by_period[date(2023, 3, 1)].values()) == 6
    assert (summary.busiest_period, summary.busiest_count) == (date(2023, 3, 9), 2)
