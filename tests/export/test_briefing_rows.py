"""How tall a briefing's timeline rows are: two lines for a label, one where that shows more."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, plan_briefing

pytestmark = pytest.mark.usefixtures("qapp")

#: Three days of the Emirates' relations in the benchmarks' 50,000 events: most known only
#: by their year or month, each a bar across the whole timeline, on a row of its own.
THREE_DAYS = (
    *(("2016", partner) for partner in ("NG", "UZ") * 5 + ("NG",)),
    *(("2016-08", partner) for partner in ("NG", "UZ", "NG", "NG", "NG")),
    ("2016-08-10", "UZ"),
    *(("2016-08-11", partner) for partner in ("UZ", "NG", "UZ", "NG", "UZ")),
    ("2016-08-11/2016-08-12", "UZ"),
)


def _plan(store, language: str, first: date, last: date):
    selection = replace(EventFilter(countries=frozenset({"AE"})), start=first, end=last)
    request = ExportRequest(ViewState(selection, DateFormat(language)), generated=date(2026, 1, 15))
    return plan_briefing(store, request, request.page.page_layout())


def _shown(plan) -> int:
    return sum(len(part.events) for part in plan.drawing.layouts)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_rows_one_line_tall_show_more_where_two_line_rows_hide_events(empty_store, language):
    """Three days of the Emirates' relations: 9 of 23 events drawn, a "+14" badge for the
    rest, in rows as tall as two lines that no label took. Rows one line tall in the same
    band draw more of them, no label numbered: 13, over the key's line that says what the
    badge counts."""
    kinds = list(EventKind)
    empty_store.add_many(
        Event(
            kinds[number % len(kinds)],
            ("AE", partner),
            EventDate.from_edtf(when),
            title_ar=f"لقاء الإمارات {number}",
            title_en=f"Emirates meeting {number}",
            title_fr=f"Rencontre des Émirats {number}",
        )
        for number, (when, partner) in enumerate(THREE_DAYS)
    )
    plan = _plan(empty_store, language, date(2016, 8, 10), date(2016, 8, 12))
    assert plan.label_lines == 1
    assert _shown(plan) >= 13  # these events: 10 drawn in rows two lines tall
    assert not [s for part in plan.drawing.layouts for s in part.events if s.callout is not None]


def test_rows_keep_two_lines_where_those_show_every_event(empty_store):
    """A quiet year: every event drawn in rows two lines tall, which it keeps."""
    empty_store.add_many(
        Event(
            EventKind.OFFICIAL_VISIT,
            ("AE", "NG"),
            EventDate.from_edtf(f"2016-{month:02d}-14"),
            title_en=f"Official visit of the Emirates' delegation to Abuja, round {month}",
        )
        for month in range(1, 13, 2)
    )
    plan = _plan(empty_store, "en", date(2016, 1, 1), date(2016, 12, 31))
    assert plan.label_lines == 2
    assert _shown(plan) == 6
