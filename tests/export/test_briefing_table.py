"""The briefing's table of events: the columns its events fill, and room for their dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event, Source
from timeline.domain.kinds import EventKind
from timeline.export.briefing_table import (
    LINE_PITCH,
    PADDING,
    Table,
    events_table,
    year_cells,
    year_columns,
)
from timeline.export.steps import Steps
from timeline.io.sample import sample_events
from timeline.render.theme import Theme

pytestmark = pytest.mark.usefixtures("qapp")

A4_ACROSS = 1032.0  # the content's width, A4 landscape inside its margins


def imported(count: int) -> list[Event]:
    """Events as a news feed gives them: a date (some a span across Hijri months), a kind
    and a title, no place, people or source."""
    first = date(2015, 1, 26)
    return [
        Event(
            EventKind.MULTILATERAL_GATHERING if n % 2 else EventKind.AGREEMENT_SIGNED,
            ("AE", "NG"),
            EventDate(
                FuzzyDate.from_date(first + timedelta(days=9 * n)),
                FuzzyDate.from_date(first + timedelta(days=9 * n + 25)),
            ),
            title_en=f"Agreement signed: United Arab Emirates–Nigeria on health ({n})",
        )
        for n in range(20)
    ]


def test_columns_no_event_fills_are_left_out_and_each_date_keeps_to_its_two_lines():
    """Place, participants and source, empty for every event, would squeeze "21 February –
    4 March 2015" and its Hijri span onto three or four lines: left out, each row is its
    date and its Hijri form, one line each."""
    events = imported(20)
    table, rows = events_table(events, A4_ACROSS, DateFormat("en"), Theme(), Steps(None, 20))
    assert table.keys == ("date", "kind", "title")
    assert {row.height for row in rows} == {2 * LINE_PITCH + 2 * PADDING}
    sourced = [*events[:-1], replace(events[-1], sources=(Source(outlet="Hespress"),))]
    table, _rows = events_table(sourced, A4_ACROSS, DateFormat("en"), Theme(), Steps(None, 20))
    assert table.keys == ("date", "kind", "title", "source")


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_sample_fills_every_column(language):
    events = sample_events()
    fmt = DateFormat(language)
    table, rows = events_table(events, A4_ACROSS, fmt, Theme(), Steps(None, len(events)))
    assert table.keys == ("date", "kind", "title", "place", "participants", "source")
    assert sum(width for _x, width in table.columns) == pytest.approx(A4_ACROSS)
    assert len(rows) == len(events)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_row_of_the_table_by_year_is_the_year_over_its_hijri_years(language):
    """A landscape page's column for each kind leaves the year a narrow column: 1981's
    Hijri days ("25 Safar 1401 – 5 Rabiʿ al-Awwal 1402 AH") made every row three lines
    tall, nine years to a page; its Hijri years keep it to two."""
    fmt = DateFormat(language)
    kinds = list(EventKind)
    table = Table(A4_ACROSS, fmt, Theme(), year_columns(kinds, False))
    assert table.headings_fit()
    row = table.row(None, year_cells(1981, {EventKind.PHONE_CALL: 2}, kinds, fmt, False))
    assert row.cells[0] == (fmt.year(1981), fmt.hijri_years(date(1981, 1, 1), date(1981, 12, 31)))
    assert row.height == 2 * LINE_PITCH + 2 * PADDING
