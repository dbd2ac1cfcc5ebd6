"""Where a briefing's table goes: in one piece after the timeline rather than around it."""

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
from timeline.export.page_setup import PageSetup

pytestmark = pytest.mark.usefixtures("qapp")

#: Morocco's year 2023 in the benchmarks' 50,000 events: twelve events of seven kinds.
YEAR = (
    (
        "phone-call",
        "2022-12-28/2023-01-04",
        "اتصال هاتفي بين المغرب وقطر",
        "QA",
        "Phone call: Morocco–Qatar on health",
    ),
    (
        "phone-call",
        "2023",
        "اتصال هاتفي بين المغرب وأوزبكستان",
        "UZ",
        "Phone call: Morocco–Uzbekistan on security",
    ),
    (
        "official-visit",
        "2023-02",
        "زيارة رسمية بين المغرب وأوزبكستان",
        "UZ",
        "Official visit: Morocco–Uzbekistan on visas",
    ),
    (
        "multilateral-gathering",
        "2023-06-13",
        "منتدى الحوار البرلماني بين المغرب وقطر",
        "QA",
        "Multilateral gathering: Morocco–Qatar on culture",
    ),
    (
        "agreement-in-force",
        "2023-06-27/2023-07-07",
        "دخول اتفاق حيز التنفيذ بين المغرب وأوزبكستان",
        "UZ",
        "Agreement in force: Morocco–Uzbekistan on culture",
    ),
    (
        "bilateral-meeting",
        "2023-07",
        "مباحثات ثنائية بين المغرب وقطر",
        "QA",
        "Bilateral meeting: Morocco–Qatar on trade",
    ),
    (
        "official-visit",
        "2023-07-20",
        "زيارة رسمية بين المغرب والسنغال",
        "SN",
        "Official visit: Morocco–Senegal on visas",
    ),
    (
        "phone-call",
        "2023-08-13",
        "اتصال هاتفي بين المغرب وأوزبكستان",
        "UZ",
        "Phone call: Morocco–Uzbekistan on security",
    ),
    (
        "statement",
        "2023-10",
        "بيان مشترك بين المغرب وأوزبكستان",
        "UZ",
        "Statement: Morocco–Uzbekistan on health",
    ),
    (
        "agreement-signed",
        "2023-11",
        "توقيع اتفاق تعاون بين المغرب وأوزبكستان",
        "UZ",
        "Agreement signed: Morocco–Uzbekistan on security",
    ),
    (
        "official-visit",
        "2023-11-11/2023-11-14",
        "زيارة رسمية بين المغرب وقطر",
        "QA",
        "Official visit: Morocco–Qatar on culture",
    ),
    (
        "official-visit",
        "2023-11-22/2023-11-30",
        "زيارة رسمية بين المغرب والسنغال",
        "SN",
        "Official visit: Morocco–Senegal on visas",
    ),
)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_sparse_year_keeps_its_table_in_one_piece_after_the_timeline(empty_store, language):
    """Morocco's 2023, one page wide: the summary had page 1 with some rows of the table
    under it (eight in Arabic, six in English and French), the timeline page 2 to itself,
    the other rows on page 3, the table read around the timeline. The band now goes under
    the summary (which names the latest events of two kinds of seven, "and 5 more in the
    table"; in English and French its labels on one line, laid out under that summary, not
    under the shortest one naming none), the table whole on page 2: a page less."""
    empty_store.add_many(
        Event(EventKind(kind), ("MA", partner), EventDate.from_edtf(when), title_ar=ar, title_en=en)
        for kind, when, ar, partner, en in YEAR
    )
    selection = EventFilter(countries=frozenset({"MA"}))
    selection = replace(selection, start=date(2023, 1, 1), end=date(2023, 12, 31))
    fmt = DateFormat(language=language)  # Moroccan months in Arabic
    request = ExportRequest(ViewState(selection, fmt), generated=date(2025, 6, 1))
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    holding = [number for number, page in enumerate(plan.pages) if page.rows]
    parts = [number for number, page in enumerate(plan.pages) if page.part is not None]
    assert plan.page_count == 2
    assert holding == [1] and parts == [0]
    assert plan.block.latest_named >= 2


def _busy_years(first: int, last: int, per_year: int) -> list[Event]:
    """The Emirates and Nigeria, ``per_year`` events a year of every kind, each month."""
    kinds = list(EventKind)
    return [
        Event(
            kinds[number % len(kinds)],
            ("AE", "NG"),
            EventDate.from_edtf(f"{year}-{number % 12 + 1:02d}-{number % 27 + 1:02d}"),
            title_ar=f"لقاء بين الإمارات ونيجيريا رقم {number}",
            title_en=f"Meeting of the Emirates and Nigeria no. {number}",
            title_fr=f"Rencontre des Émirats et du Nigeria no {number}",
        )
        for year in range(first, last + 1)
        for number in range(per_year)
    ]


@pytest.mark.parametrize(("language", "pages_wide"), [("ar", 3), ("en", 3), ("fr", 2)])
def test_a_table_of_a_page_follows_a_wide_timeline_whole(empty_store, language, pages_wide):
    """Seven busy years several pages wide: the summary had page 1 with three of the year
    table's seven rows under it, the others after the timeline's parts on a page left more
    than half empty. The table now follows the parts whole, on as many pages, and page 1's
    summary lists the agreements its page holds."""
    empty_store.add_many(_busy_years(2008, 2014, 60))
    selection = EventFilter.pair("AE", "NG")
    selection = replace(selection, start=date(2008, 1, 1), end=date(2014, 12, 31))
    request = ExportRequest(
        ViewState(selection, DateFormat(language=language)),
        generated=date(2026, 12, 4),
        pages_wide=pages_wide,
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    holding = [number for number, page in enumerate(plan.pages) if page.rows]
    parts = [number for number, page in enumerate(plan.pages) if page.part is not None]
    assert len(plan.rows) == 7
    assert holding == [plan.page_count - 1] and parts == list(range(1, pages_wide + 1))
    assert plan.page_count == pages_wide + 2


def test_a_table_whole_under_the_summary_once_set_closer_stays_there(empty_store):
    """Eleven years three pages wide on portrait paper: the table began under the summary
    and went on after the parts, and its rows set closer fit whole under the summary, the
    briefing on 4 pages. Moved after the parts it took a fifth."""
    empty_store.add_many(_busy_years(2005, 2015, 30))
    selection = EventFilter.pair("AE", "NG")
    selection = replace(selection, start=date(2005, 1, 1), end=date(2015, 12, 31))
    request = ExportRequest(
        ViewState(selection, DateFormat(language="en")),
        generated=date(2026, 12, 4),
        pages_wide=3,
        page=PageSetup("A4", landscape=False),
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    holding = [number for number, page in enumerate(plan.pages) if page.rows]
    assert plan.page_count == 4 and holding == [0]
