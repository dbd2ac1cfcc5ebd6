"""What a briefing counts its events by: a year of more than 150 events had a table "by year"
of one row repeating the counts by kind, a "Busiest year" line and a chart of one bar. A
selection of a year and a half at most is counted month by month, one of a month at most
day by day, in the reader's month names and digits."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from keyed_events import add_in_bulk
from pdf_readers import PAIR

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.kinds import EventKind
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, export_file, plan_briefing
from timeline.export.briefing_words import word

pytestmark = pytest.mark.usefixtures("qapp")

#: The reader of each language: Levant month names and Arabic-Indic digits in Arabic.
FORMATS = {
    "ar": DateFormat(language="ar", style=DateStyle.LEVANT),
    "en": DateFormat(language="en"),
    "fr": DateFormat(language="fr"),
}


def _busy(store, first: date, count: int, every: float = 1) -> None:
    """The pair's first event again ``count`` times from ``first``, one every ``every``
    days, phone calls every other one: more than a table of events lists."""
    event = store.find(PAIR)[0]
    add_in_bulk(
        store,
        (
            replace(
                event,
                id=None,
                date=EventDate.on(first + timedelta(days=int(n * every))),
                kind=EventKind.PHONE_CALL if n % 2 else event.kind,
            )
            for n in range(count)
        ),
    )


def _request(language: str, first: date, last: date) -> ExportRequest:
    fmt = FORMATS[language]
    selection = replace(PAIR, start=first, end=last)
    return ExportRequest(ViewState(selection, fmt, order=("MA", "KZ")), generated=date(2026, 6, 1))


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_busy_year_is_summarised_month_by_month(sample_store, poppler, tmp_path, language):
    _busy(sample_store, date(2023, 1, 1), 180, every=2)  # January to early December
    fmt = FORMATS[language]
    request = _request(language, date(2023, 1, 1), date(2023, 12, 31))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert briefing.mode == "summary"
    assert [row.cells[0][0] for row in briefing.rows] == [
        fmt.month_year(2023, month) for month in range(1, 13)
    ]
    path = tmp_path / f"{language}.pdf"
    export_file(sample_store, path, request)
    text = re.sub("[\u202a-\u202c]", "", poppler.text(path)).replace("\xa0", " ")
    assert word("per_month", fmt) in text and word("per_year", fmt) not in text
    assert word("month", fmt) in text
    busiest, yearly = (
        word(key, fmt, period="", count="") for key in ("busiest_month", "busiest_year")
    )
    assert busiest.split(":")[0].strip() in text and yearly.split(":")[0].strip() not in text
    if language == "ar":
        assert "كانون الثاني ٢٠٢٣" in text  # the Levant's names, Arabic-Indic digits
        assert "2023" not in text


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_busy_month_is_summarised_day_by_day(sample_store, poppler, tmp_path, language):
    _busy(sample_store, date(2023, 3, 1), 31 * 6, every=1 / 6)  # six a day
    fmt = FORMATS[language]
    request = _request(language, date(2023, 3, 1), date(2023, 3, 31))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert briefing.mode == "summary" and briefing.glance.unit == "day"
    assert len(briefing.rows) == 31
    assert briefing.rows[0].cells[0][0] == fmt.day(date(2023, 3, 1))
    path = tmp_path / f"{language}.pdf"
    export_file(sample_store, path, request)
    assert word("per_day", fmt) in poppler.text(path)


def test_a_long_selection_keeps_its_years(sample_store):
    """Three years and more: the table by year as it was."""
    _busy(sample_store, date(2021, 1, 1), 200, every=6)
    request = _request("en", date(2021, 1, 1), date(2024, 6, 30))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert briefing.glance.unit == "year"
    assert [row.cells[0][0] for row in briefing.rows][:4] == ["2021", "2022", "2023", "2024"]
