"""The relationship at a glance as of the day a briefing is prepared: what took place by then
is the latest of its kind; what is dated after it is still to come, whatever its status."""

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.glance import (
    beginning,
    briefing_title,
    glance,
    period_end,
    period_of,
    period_unit,
)
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
    assert summary.busiest_periods == (date(2025, 1, 1),)
    assert glance(planned, AS_OF).busiest_periods == ()


def test_the_year_under_way_is_the_busiest_only_for_what_has_taken_place_so_far():
    """Kazakhstan's 2020–2025 prepared on 30 June 2022: "Busiest year: 2022 (8 events)",
    three held by then and five planned, against five in 2020 and in 2021. The sample
    prepared on 15 January 2025 named 2025, none of whose events had taken place."""

    def visits(year: int, months: range) -> list[Event]:
        return [held(EventKind.OFFICIAL_VISIT, date(year, m, 3), f"{year}-{m}") for m in months]

    events = visits(2020, range(1, 6)) + visits(2021, range(2, 7)) + visits(2022, range(3, 11))
    summary = glance(events, date(2022, 6, 30))
    assert sum(summary.by_period[date(2022, 1, 1)].values()) == 8, "its row still counts all"
    assert summary.busiest_periods == (date(2020, 1, 1), date(2021, 1, 1))
    assert (summary.busiest_count, summary.busiest_so_far) == (5, False)
    summary = glance(events, date(2022, 8, 30))  # six taken place: the busiest so far
    assert summary.busiest_periods == (date(2022, 1, 1),)
    assert (summary.busiest_count, summary.busiest_so_far) == (6, True)
    summary = glance(events, date(2022, 12, 31))
    assert (summary.busiest_count, summary.busiest_so_far) == (8, False)


def test_no_period_is_the_busiest_when_those_begun_have_no_event():
    """A year of events all planned after June, prepared on 1 June: "Busiest month: January
    2025 (0 events)", a "0" over January's empty bar on the chart."""
    planned = [held(EventKind.OFFICIAL_VISIT, date(2025, m, 10), f"visit {m}") for m in (8, 9, 10)]
    year = (date(2025, 1, 1), date(2025, 12, 31))
    summary = glance(planned, date(2025, 6, 1), year[0], year)
    assert summary.unit == "month" and date(2025, 1, 1) in summary.by_period
    assert (summary.busiest_periods, summary.busiest_count) == ((), 0)


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
    # Every month of the selection, the quiet ones at its ends too (the chart stopped at
    # April, as if the year had ended there).
    assert list(summary.by_period) == [date(2025, month, 1) for month in range(1, 13)]
    assert summary.by_period[date(2025, 3, 1)] == summary.by_period[date(2025, 12, 1)] == {}
    assert summary.busiest_periods == (date(2025, 4, 1),)


def known_only(kind: EventKind, when: str, title: str) -> Event:
    """An event whose date is ``when`` in EDTF: "2023", "2023-03", "[2023-03..2023-05]"."""
    return replace(held(kind, AS_OF, title), date=EventDate.from_edtf(when))


def test_the_busiest_day_is_not_named_for_events_on_no_day():
    """March 2023 day by day: six events known only to the month, then counted on its
    first day, made 1 March "the busiest day" with six events (they are on no day now: see
    the next tests)."""
    month = [known_only(EventKind.STATEMENT, "2023-03", f"s{n}") for n in range(6)]
    days = [held(EventKind.PHONE_CALL, date(2023, 3, 9), f"c{n}") for n in range(2)]
    summary = glance(month + days, AS_OF, days=(date(2023, 3, 1), date(2023, 3, 31)))
    assert summary.unit == "day"
    assert (summary.busiest_periods, summary.busiest_count) == ((date(2023, 3, 9),), 2)


def test_the_busiest_month_counts_the_events_of_its_row():
    """2023 month by month, a forum of 27 February – 2 March: February's row counted it
    (it began then) and the busiest month did not, "Busiest month: February 2023 (2
    events)" over February's row of 3. One begun before the selection is in none of its
    months: counted apart (see the next test)."""
    forum = known_only(EventKind.MULTILATERAL_GATHERING, "2023-02-27/2023-03-02", "forum")
    calls = [held(EventKind.PHONE_CALL, date(2023, month, 9), "call") for month in (2, 2, 3, 3)]
    year = (date(2023, 1, 1), date(2023, 12, 31))
    summary = glance([forum, *calls], AS_OF, days=year)
    assert sum(summary.by_period[date(2023, 2, 1)].values()) == 3
    assert (summary.busiest_periods, summary.busiest_count) == ((date(2023, 2, 1),), 3)
    earlier = known_only(EventKind.SIDELINE_MEETING, "2022-12-30/2023-01-02", "summit")
    new_year = [earlier, held(EventKind.PHONE_CALL, date(2023, 1, 5), "call")] * 2
    summary = glance([*new_year, *calls], AS_OF, year[0], year)
    assert sum(summary.by_period[date(2023, 1, 1)].values()) == 2
    assert summary.begun_before == {EventKind.SIDELINE_MEETING: 2}
    months = (date(2023, 1, 1), date(2023, 2, 1), date(2023, 3, 1))
    assert (summary.busiest_periods, summary.busiest_count) == (months, 2)


def test_events_begun_before_a_week_are_counted_apart_not_on_its_first_day():
    """The Emirates' week from 28 December 2020 read "Busiest day: 28 December 2020 (6
    events)": two began that day, four on 17, 23 and 27 December, lasting into the week,
    were counted on its first day too. Those four are counted apart, and the busiest day
    is 3 January, when four began."""
    lasting = [
        known_only(EventKind.OFFICIAL_VISIT, f"2020-12-{day}/2020-12-29", "visit")
        for day in (17, 23, 27)
    ]  # and one begun on a day of November, a row "November 2020, day not known" else
    lasting.append(known_only(EventKind.OFFICIAL_VISIT, "2020-11/2020-12-29", "visit"))
    first_day = [held(EventKind.PHONE_CALL, date(2020, 12, 28), "call")] * 2
    last_day = [held(EventKind.STATEMENT, date(2021, 1, 3), "statement")] * 4
    week = (date(2020, 12, 28), date(2021, 1, 3))
    summary = glance([*lasting, *first_day, *last_day], AS_OF, week[0], week)
    assert summary.unit == "day"
    assert summary.begun_before == {EventKind.OFFICIAL_VISIT: 4}
    assert summary.by_period[week[0]] == {EventKind.PHONE_CALL: 2}
    assert (summary.busiest_periods, summary.busiest_count) == ((week[1],), 4)


@pytest.mark.parametrize(
    ("edtf", "days", "unit"),
    [
        ("2025-02", (date(2025, 2, 10), date(2025, 4, 9)), "month"),
        ("2014-12-29/2015-01-02", (date(2015, 1, 1), date(2024, 12, 31)), "year"),
    ],
)
def test_only_an_event_known_to_have_begun_before_a_selection_by_month_is_apart(edtf, days, unit):
    """Uzbekistan from 10 February 2025, by month: a visit known only to February 2025 was
    counted apart as begun before, its February row a count short. It may have begun in the
    selection: February's. By year, one begun a few days before is the first year's."""
    visit = known_only(EventKind.OFFICIAL_VISIT, edtf, "visit")
    summary = glance([visit], AS_OF, days[0], days)
    assert summary.unit == unit
    assert not summary.begun_before
    first = date(days[0].year, days[0].month if unit == "month" else 1, 1)
    assert summary.by_period[first] == {EventKind.OFFICIAL_VISIT: 1}


def test_by_month_an_event_known_only_to_its_year_is_in_no_month():
    """2023 month by month: a visit known only to 2023 was counted in January, its first
    month (the table's row "January 2023", January's bar): a wrong month that a minister
    reads. It is counted once, under 2023, as the month not known; so is each year's."""
    calls = [held(EventKind.PHONE_CALL, date(2023, month, 9), "call") for month in (3, 5)]
    visits = [known_only(EventKind.OFFICIAL_VISIT, year, year) for year in ("2023", "2024")]
    summary = glance([*visits, *calls], AS_OF, days=(date(2023, 1, 1), date(2024, 4, 30)))
    assert summary.unit == "month"
    months = [date(2023, month, 1) for month in range(1, 13)]
    assert list(summary.by_period) == [*months, *(date(2024, month, 1) for month in range(1, 5))]
    assert summary.by_period[date(2023, 1, 1)] == {}
    assert EventKind.OFFICIAL_VISIT not in summary.by_period[date(2023, 3, 1)]
    assert summary.by_span == {
        (date(2023, 1, 1), date(2023, 12, 31)): {EventKind.OFFICIAL_VISIT: 1},
        (date(2024, 1, 1), date(2024, 12, 31)): {EventKind.OFFICIAL_VISIT: 1},
    }


def test_by_day_an_event_known_only_to_its_month_or_a_window_is_on_no_day():
    """March 2023 day by day: a statement known only to March, a meeting on one day of
    10–12 March are on no day, both of March's count; a forum that lasted 8–10 March
    began on the 8th."""
    statement = known_only(EventKind.STATEMENT, "2023-03", "statement")
    meeting = known_only(EventKind.SIDELINE_MEETING, "[2023-03-10..2023-03-12]", "meeting")
    forum = known_only(EventKind.MULTILATERAL_GATHERING, "2023-03-08/2023-03-10", "forum")
    summary = glance([statement, meeting, forum], AS_OF, days=(date(2023, 3, 1), date(2023, 3, 31)))
    assert summary.unit == "day"
    assert len(summary.by_period) == 31  # the chart's days, every one of March
    counted = {day: counts for day, counts in summary.by_period.items() if counts}
    assert counted == {date(2023, 3, 8): {EventKind.MULTILATERAL_GATHERING: 1}}
    assert summary.by_span == {
        (date(2023, 3, 1), date(2023, 3, 31)): {
            EventKind.STATEMENT: 1,
            EventKind.SIDELINE_MEETING: 1,
        },
    }


def test_by_month_a_window_across_months_is_in_its_years_count():
    """A meeting on one day of 28 February – 2 March, by month: February or March, so 2023
    with the month not known, as a spring's statement; one of 28 December – 3 January
    2023 or 2024. A row for each window of two months took a briefing's table onto a page
    more (the 50,000 events' Emirates and Nigeria in 2023: 15 events in 8 rows)."""
    meeting = known_only(EventKind.SIDELINE_MEETING, "[2023-02-28..2023-03-02]", "meeting")
    spring = known_only(EventKind.STATEMENT, "[2023-03..2023-05]", "spring")
    new_year = known_only(EventKind.STATEMENT, "[2023-12-28..2024-01-03]", "new year")
    events = [new_year, meeting, spring]
    summary = glance(events, AS_OF, days=(date(2023, 1, 1), date(2023, 12, 31)))
    assert summary.by_period == {}
    assert summary.by_span == {
        (date(2023, 1, 1), date(2023, 12, 31)): {
            EventKind.SIDELINE_MEETING: 1,
            EventKind.STATEMENT: 1,
        },
        (date(2023, 1, 1), date(2024, 12, 31)): {EventKind.STATEMENT: 1},
    }
    assert summary.busiest_periods == ()


def test_by_year_every_event_is_in_the_year_it_began_as_before():
    """Year by year nothing changes: an event known only to 2023 is in 2023's count."""
    visit = known_only(EventKind.OFFICIAL_VISIT, "2023", "visit")
    window = known_only(EventKind.STATEMENT, "[2022..2023]", "window")
    summary = glance([visit, window, VISIT], AS_OF)
    assert summary.unit == "year"
    assert summary.by_span == {}
    assert summary.by_period[date(2022, 1, 1)] == {EventKind.STATEMENT: 1}
    assert summary.by_period[date(2023, 1, 1)] == {EventKind.OFFICIAL_VISIT: 1}
    assert sum(sum(counts.values()) for counts in summary.by_period.values()) == 3


@st.composite
def vague_events(draw) -> Event:
    """An event of 2022–2024 known to a day, a month or a year, on its own, lasting a span
    or on one day within it."""

    def fuzzy(day: date) -> FuzzyDate:
        known = draw(st.sampled_from(("day", "month", "year")))
        if known == "year":
            return FuzzyDate(day.year)
        return FuzzyDate(day.year, day.month) if known == "month" else FuzzyDate.from_date(day)

    first = draw(st.dates(date(2022, 1, 1), date(2024, 12, 31)))
    start = fuzzy(first)
    when = EventDate(start)
    if draw(st.booleans()):
        end = fuzzy(start.latest() + timedelta(days=draw(st.integers(1, 90))))
        when = EventDate(start, end, within=draw(st.booleans()))
    kind = draw(st.sampled_from(EventKind))
    return replace(held(kind, first, "event"), date=when)


@given(
    st.lists(vague_events(), min_size=1, max_size=12),
    st.dates(date(2022, 1, 1), date(2024, 12, 31)),
    st.integers(0, 700),
    st.booleans(),
)
def test_every_event_is_counted_once_in_a_period_or_its_span(events, first, length, since):
    """Whatever the unit, each event is counted exactly once: in a period, or (by month or
    day) in the whole years (months) its period is not known within, more than one period,
    or apart where it is known to have begun before the selection. By month or day a
    period counts only events known to have begun in it."""
    last = first + timedelta(days=length)
    summary = glance(events, AS_OF, first if since else None, (first, last))
    counted: Counter[EventKind] = Counter()
    for counts in [*summary.by_period.values(), *summary.by_span.values()]:
        counted.update(counts)
    counted.update(summary.begun_before)
    assert counted == Counter(event.kind for event in events)

    # Apart, by month or day: those known to have begun before the selection, only them.
    def is_apart(event) -> bool:
        return bool(since) and summary.unit != "year" and beginning(event.date)[1] < first

    assert summary.begun_before == Counter(event.kind for event in events if is_apart(event))
    assert not since or min(summary.by_period, default=first) >= period_of(first, summary.unit)
    if summary.unit == "year":
        assert not summary.by_span
        return
    whole = "year" if summary.unit == "month" else "month"
    for start, end in summary.by_span:
        assert period_of(start, summary.unit) != period_of(end, summary.unit)
        assert (start, end) == (period_of(start, whole), period_end(period_of(end, whole), whole))
    assert list(summary.by_span) == sorted(summary.by_span)
    placed = sum(sum(counts.values()) for counts in summary.by_period.values())
    assert placed == sum(
        1
        for event in events
        if not is_apart(event)
        and period_of(event.date.start.earliest(), summary.unit)
        == period_of(
            (event.date.end if event.date.within else event.date.start).latest(), summary.unit
        )
    )


@given(
    st.lists(vague_events(), min_size=1, max_size=12),
    st.dates(date(2022, 1, 1), date(2024, 12, 31)),
    st.integers(0, 700),
    st.booleans(),
    st.dates(date(2021, 6, 1), date(2025, 6, 1)),
)
def test_the_busiest_periods_are_those_counted_most(events, first, length, since, as_of):
    """The busiest periods are every one of those begun by ``as_of`` counted most, in date
    order, with their count, as the same selection's rows count the events begun by then: a
    briefing's row and bar for each period ended say the same number as its busiest line,
    and the period under way says "so far" where events are still to come in it."""
    last = first + timedelta(days=length)
    summary = glance(events, as_of, first if since else None, (first, last))
    begun = [event for event in events if event.date.earliest() <= as_of]
    taken = glance(begun, as_of, first if since else None, (first, last))
    totals = {
        start: total
        for start, counts in taken.by_period.items()
        if start <= as_of and (total := sum(counts.values()))
    }
    if not totals:
        assert (summary.busiest_periods, summary.busiest_count) == ((), 0)
        assert not summary.busiest_so_far
        return
    assert summary.busiest_count == max(totals.values())
    assert summary.busiest_periods == tuple(
        sorted(start for start, total in totals.items() if total == summary.busiest_count)
    )
    rows = [sum(summary.by_period[start].values()) for start in summary.busiest_periods]
    assert summary.busiest_so_far == (max(rows) > summary.busiest_count)


def test_a_selection_to_the_last_year_there_is_ends_its_chart_there():
    """Charted to the selection's end, a selection to 9999 asked for the year after it."""
    summary = glance([VISIT], AS_OF, days=(date(9990, 1, 1), date(9999, 12, 31)))
    assert list(summary.by_period)[-1] == date(9999, 1, 1)


def test_cancelled_events_count_in_their_period_but_never_in_the_busiest():
    """Three of 2025's visits cancelled: 2025 was "the busiest year (5 events)" with two
    held against three in 2024."""
    cancelled = [
        replace(held(EventKind.OFFICIAL_VISIT, date(2025, 5, n), f"off {n}"),
                status=EventStatus.CANCELLED)
        for n in (1, 2, 3)
    ]  # fmt: skip
    held_2024 = [held(EventKind.PHONE_CALL, date(2024, 2, n), f"call {n}") for n in (1, 2, 3)]
    held_2025 = [VISIT, held(EventKind.PHONE_CALL, date(2025, 1, 9), "call")]
    summary = glance([*held_2024, *held_2025, *cancelled], AS_OF)
    assert sum(summary.by_period[date(2025, 1, 1)].values()) == 5, "its row counts them"
    assert summary.cancelled_by_period == {date(2025, 1, 1): {EventKind.OFFICIAL_VISIT: 3}}
    assert (summary.busiest_periods, summary.busiest_count) == ((date(2024, 1, 1),), 3)
    planned = replace(PLANNED, status=EventStatus.CANCELLED)  # cancelled, so not to come
    assert glance([VISIT, planned], AS_OF).still_to_come == {}


@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Democratic Republic of the Congo – Saint Vincent and the Grenadines: "
            "timeline of relations"),
     ("ar", "العلاقات بين جمهورية الكونغو الديمقراطية وسانت فنسنت وجزر غرينادين: "
            "التسلسل الزمني")],
)  # fmt: skip
def test_a_briefings_title_names_each_country_formally(language, title):
    """It read "Congo - Kinshasa – St. Vincent & Grenadines": three countries, it seemed."""
    pair = EventFilter.pair("CD", "VC")
    assert briefing_title(pair, language, ("CD", "VC")) == title


@pytest.mark.parametrize(
    ("code", "name"), [("MA", "المغرب"), ("KZ", "كازاخستان")], ids=["MA", "KZ"]
)
def test_an_arabic_title_of_a_country_and_its_partners_agrees_with_any_country(code, name):
    """Kazakhstan was given a masculine pronoun ("علاقات كازاخستان مع شركائه"): most
    countries' names are feminine in Arabic, Morocco's masculine. The title needs none."""
    title = briefing_title(EventFilter(countries=frozenset({code})), "ar")
    assert title == f"علاقات {name} مع الشركاء: التسلسل الزمني"


def test_a_days_table_lists_its_own_events_before_those_known_only_to_their_year():
    """A briefing on 15 June 2020 listed 37 events known only to 2020 before that day's own
    three, on its last page. Its rows follow the summary's: begun before the day, the day's,
    then those whose day is not known, each in date order."""
    of_the_year = known_only(EventKind.STATEMENT, "2020", "of 2020")
    of_the_month = known_only(EventKind.STATEMENT, "2020-06", "of June 2020")
    lasting = known_only(EventKind.OFFICIAL_VISIT, "2020-06-06/2020-06-15", "visit")
    calls = [held(EventKind.PHONE_CALL, date(2020, 6, 15), f"call {n}") for n in (1, 2)]
    day = date(2020, 6, 15)
    in_date_order = [of_the_year, of_the_month, lasting, *calls]
    summary = glance(in_date_order, AS_OF, day, (day, day))
    assert summary.in_summary_order(in_date_order) == [lasting, *calls, of_the_year, of_the_month]


def test_the_table_of_every_event_lists_a_window_across_two_months_by_its_date():
    """A year of the Emirates, counted by month: "one day within 23 April – 1 May 2020",
    its month not known, came after 28 December and the events known only to 2020, in a
    table with no headings to say why. A window no longer than a month goes by its date;
    what is known only to the year follows the rest."""
    april = held(EventKind.PHONE_CALL, date(2020, 4, 21), "call of 21 April")
    window = known_only(EventKind.SIDELINE_MEETING, "[2020-04-23..2020-05-01]", "window")
    window = replace(window, date=replace(window.date, within=True))
    may = held(EventKind.PHONE_CALL, date(2020, 5, 1), "call of 1 May")
    december = held(EventKind.STATEMENT, date(2020, 12, 28), "statement of 28 December")
    of_the_year = known_only(EventKind.STATEMENT, "2020", "of 2020")
    in_date_order = [of_the_year, april, window, may, december]
    summary = glance(in_date_order, AS_OF, date(2020, 1, 1), (date(2020, 1, 1), date(2020, 12, 31)))
    assert summary.unit == "month"
    assert summary.in_table_order(in_date_order) == [april, window, may, december, of_the_year]
    # The summary's own rows keep its headings' order: the window under "2020, month not known".
    assert summary.in_summary_order(in_date_order)[-2:] == [of_the_year, window]


def test_the_table_of_a_month_lists_the_less_known_the_later():
    """March 2021 day by day: three windows of a few days came after the events known only
    to 2021 and to March. Those whose day is not known follow the month's own, the
    narrower their days the sooner."""
    day_of_march = held(EventKind.PHONE_CALL, date(2021, 3, 10), "call of 10 March")
    of_the_year = known_only(EventKind.STATEMENT, "2021", "of 2021")
    of_the_month = known_only(EventKind.STATEMENT, "2021-03", "of March 2021")
    window = known_only(EventKind.SIDELINE_MEETING, "[2021-03-03..2021-03-06]", "window")
    window = replace(window, date=replace(window.date, within=True))
    in_date_order = [of_the_year, of_the_month, window, day_of_march]
    month = (date(2021, 3, 1), date(2021, 3, 31))
    summary = glance(in_date_order, AS_OF, month[0], month)
    assert summary.unit == "day"
    assert summary.in_table_order(in_date_order) == [
        day_of_march,
        window,
        of_the_month,
        of_the_year,
    ]
