"""Where a briefing's table goes: in one piece after the timeline rather than around it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, export_file, plan_briefing
from timeline.export.page_setup import PageSetup
from timeline.store.repository import EventStore

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


def _quarter() -> list[Event]:
    """The Emirates and Nigeria in January to March 2020: eight events a month, of every
    kind, a visit begun in December and one of 2020 whose month is not known: a summary
    table of five rows, by month."""
    kinds = list(EventKind)
    events = [
        Event(
            kinds[(number + month) % len(kinds)],
            ("AE", "NG"),
            EventDate.from_edtf(f"2020-{month:02d}-{number * 3 + 1:02d}"),
            title_ar=f"لقاء بين الإمارات ونيجيريا رقم {month}{number}",
            title_en=f"Meeting of the Emirates and Nigeria no. {month}{number}",
            title_fr=f"Rencontre des Émirats et du Nigeria no {month}{number}",
        )
        for month in (1, 2, 3)
        for number in range(8)
    ]
    return [
        *events,
        *(
            Event(
                EventKind.OFFICIAL_VISIT, ("AE", "NG"), EventDate.from_edtf(when), title_en="Visit"
            )
            for when in ("2019-12-28/2020-01-03", "2020")
        ),
    ]


def _quarter_request(store: EventStore, language: str, **options: Any) -> ExportRequest:
    """The quarter (:func:`_quarter`) added to ``store``, and its briefing with a summary
    table, in ``language``."""
    store.add_many(_quarter())
    selection = EventFilter.pair("AE", "NG")
    selection = replace(selection, start=date(2020, 1, 1), end=date(2020, 3, 31))
    return ExportRequest(
        ViewState(selection, DateFormat(language=language)),
        generated=date(2026, 12, 7),
        table="summary",
        **options,
    )


#: A summary table's heading, its first row and its last, as a page's text reads them.
QUARTER_TABLE = {
    "ar": ("الشهر", "الشهرمابدأقبل1يناير2020", "2020،الشهرغيرمعروف"),
    "en": ("MonthTotal", "Begunbefore1January2020", "2020,monthnotknown"),
    "fr": ("MoisTotal", "Débutantérieurau1erjanvier2020", "2020,moisinconnu"),
}


@pytest.mark.parametrize(
    ("language", "pages", "table_page"), [("ar", 2, 0), ("en", 2, 0), ("fr", 2, 0)]
)
def test_a_short_table_is_not_read_around_the_timeline(
    empty_store, poppler, tmp_path, language, pages, table_page
):
    """A quarter's summary table of five rows had two under the summary on page 1 ("The
    table continues on page 3"), the timeline on page 2 and its last three rows on page 3,
    two thirds blank (the French summary of January to March 2020 on 10,000 events): it
    stayed so as page 1 would have been left more than a fifth empty. A table whole on a
    page now follows the timeline whole, on as many pages, the summary listing what page
    1 holds; in Arabic, whole under the summary (its rows set closer), it stays there; in
    English, whole under a summary listing fewer agreements, a page shorter (see
    test_a_short_table_fits_under_a_shorter_summary_for_a_page_less), and in French so
    with its rows set closer."""
    request = _quarter_request(empty_store, language)
    path = tmp_path / "quarter.pdf"
    export_file(empty_store, path, request)
    texts = [poppler.squeezed(text) for text in poppler.pages(path)]
    heading, first, last = QUARTER_TABLE[language]
    assert len(texts) == pages
    assert [number for number, text in enumerate(texts) if heading in text] == [table_page]
    assert first in texts[table_page] and last in texts[table_page]


@pytest.mark.parametrize(
    ("language", "page"), [("en", "A4"), ("en", "Letter"), ("fr", "Letter"), ("fr", "A4")]
)
def test_a_short_table_fits_under_a_shorter_summary_for_a_page_less(empty_store, language, page):
    """The quarter's five rows did not all fit under the summary on page 1: they followed
    the timeline, on a third page two thirds blank, page 1 half empty (the Arabic summary
    of January to March 2020 on 10,000 events two pages wide: 4 pages, the fourth holding
    the five rows). A summary listing fewer agreements (and the latest events of four
    kinds at least) leaves them room there: the timeline follows, a page less. In French
    on A4, as they were spaced they left a shorter summary room to name the latest events
    of two kinds alone (3 pages): set closer, they go under one naming four at least."""
    request = _quarter_request(empty_store, language, page=PageSetup(page))
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert plan.page_count == 2
    assert plan.pages[0].glance and plan.pages[0].rows == range(5)
    assert plan.pages[1].part == 0
    assert plan.block.latest_named >= 4


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_six_years_table_goes_under_a_shorter_summary_for_a_page_less(empty_store, language):
    """Six busy years one page wide: a summary listing agreements down page 1, the timeline
    on page 2 and the table's six rows on page 3, half of it blank (the years 2018 to 2023
    on 10,000 events). A summary listing fewer leaves the six rows room on page 1."""
    empty_store.add_many(_busy_years(2018, 2023, 60))
    selection = EventFilter.pair("AE", "NG")
    selection = replace(selection, start=date(2018, 1, 1), end=date(2023, 12, 31))
    request = ExportRequest(
        ViewState(selection, DateFormat(language=language)), generated=date(2026, 12, 4)
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert len(plan.rows) == 6
    assert plan.page_count == 2
    assert plan.pages[0].rows == range(6) and plan.pages[1].part == 0
    assert plan.block.latest_named >= 4


@pytest.mark.parametrize(
    ("language", "pages_wide", "landscape"),
    [("ar", 3, True), ("en", 3, True), ("fr", 2, True), ("fr", 2, False)],
)
def test_a_table_of_a_page_is_not_read_around_a_wide_timeline(
    empty_store, language, pages_wide, landscape
):
    """Seven busy years several pages wide: the summary had page 1 with three of the year
    table's seven rows under it, the others after the timeline's parts on a page left more
    than half empty. Where a summary listing fewer agreements leaves the seven rows room
    under it (in English and French on landscape paper set closer), they go whole on page
    1, a page less. In French on portrait paper they followed the parts, the summary
    listing the agreements its whole page held: it lists those the rows leave room for."""
    empty_store.add_many(_busy_years(2008, 2014, 60))
    selection = EventFilter.pair("AE", "NG")
    selection = replace(selection, start=date(2008, 1, 1), end=date(2014, 12, 31))
    request = ExportRequest(
        ViewState(selection, DateFormat(language=language)),
        generated=date(2026, 12, 4),
        pages_wide=pages_wide,
        page=PageSetup(landscape=landscape),
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    holding = [number for number, page in enumerate(plan.pages) if page.rows]
    parts = [number for number, page in enumerate(plan.pages) if page.part is not None]
    assert len(plan.rows) == 7
    assert holding == [0] and parts == list(range(1, pages_wide + 1))
    assert plan.page_count == pages_wide + 1


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_summary_keeping_its_page_lists_no_more_than_the_table_under_it_leaves_room_for(
    empty_store, language
):
    """A busy decade two pages wide on A3 portrait paper: the summary and the whole table
    under it on page 1, the band too tall for the room left, the summary kept its page and
    listed the agreements that room holds, the whole page's: the table went after the parts,
    alone on page 4, two thirds blank (2010-2019 on 10,000 events). It lists those the rows
    under it leave room for: 3 pages."""
    empty_store.add_many(_busy_years(2010, 2019, 100))
    selection = EventFilter.pair("AE", "NG")
    selection = replace(selection, start=date(2010, 1, 1), end=date(2019, 12, 31))
    request = ExportRequest(
        ViewState(selection, DateFormat(language=language)),
        generated=date(2026, 12, 4),
        pages_wide=2,
        page=PageSetup("A3", landscape=False),
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    holding = [number for number, page in enumerate(plan.pages) if page.rows]
    assert len(plan.rows) == 10
    assert plan.page_count == 3 and holding == [0]


#: April 2024 in the benchmarks' 10,000 events: 21 events of every country.
APRIL = (
    ("official-visit", "2024", ("BR", "SA"), "Official visit: Brazil–Saudi Arabia on security"),
    ("statement", "2024", ("AE", "NG"), "Statement: United Arab Emirates–Nigeria on security"),
    ("phone-call", "2024", ("AE", "UZ"), "Phone call: United Arab Emirates–Uzbekistan on energy"),
    (
        "agreement-in-force",
        "2024-03-24/2024-04-05",
        ("AZ", "NG"),
        "Agreement in force: Azerbaijan–Nigeria on energy",
    ),
    ("statement", "2024-04", ("AZ", "TR"), "Statement: Azerbaijan–Türkiye on security"),
    ("phone-call", "2024-04", ("AZ", "TR"), "Phone call: Azerbaijan–Türkiye on culture"),
    (
        "sideline-meeting",
        "2024-04-03",
        ("JP", "KZ"),
        "Sideline meeting: Japan–Kazakhstan on energy",
    ),
    (
        "sideline-meeting",
        "2024-04-07",
        ("AE", "NG"),
        "Sideline meeting: United Arab Emirates–Nigeria on water",
    ),
    (
        "agreement-in-force",
        "2024-04-07",
        ("AE", "NG"),
        "Agreement in force: United Arab Emirates–Nigeria on transport",
    ),
    (
        "agreement-in-force",
        "[2024-04-09..2024-04-10]",
        ("AE", "UZ"),
        "Agreement in force: United Arab Emirates–Uzbekistan on security",
    ),
    (
        "bilateral-meeting",
        "2024-04-10/2024-04-14",
        ("AE", "NG"),
        "Bilateral meeting: United Arab Emirates–Nigeria on water",
    ),
    (
        "multilateral-gathering",
        "2024-04-13",
        ("BR", "LB"),
        "Multilateral gathering: Brazil–Lebanon on energy",
    ),
    (
        "bilateral-meeting",
        "2024-04-14",
        ("IN", "RU"),
        "Bilateral meeting: India–Russia on security",
    ),
    (
        "official-visit",
        "2024-04-15",
        ("AE", "NG"),
        "Official visit: United Arab Emirates–Nigeria on transport",
    ),
    (
        "bilateral-meeting",
        "2024-04-15",
        ("BR", "LB"),
        "Bilateral meeting: Brazil–Lebanon on health",
    ),
    ("phone-call", "2024-04-16", ("AZ", "TR"), "Phone call: Azerbaijan–Türkiye on transport"),
    (
        "agreement-in-force",
        "2024-04-16",
        ("AE", "NG"),
        "Agreement in force: United Arab Emirates–Nigeria on health",
    ),
    (
        "official-visit",
        "[2024-04-17..2024-04-24]",
        ("BR", "LB"),
        "Official visit: Brazil–Lebanon on security",
    ),
    ("phone-call", "2024-04-25", ("CN", "EG"), "Phone call: China–Egypt on trade"),
    ("official-visit", "2024-04-27", ("AZ", "NG"), "Official visit: Azerbaijan–Nigeria on health"),
    (
        "multilateral-gathering",
        "2024-04-27/2024-04-30",
        ("AZ", "TR"),
        "Multilateral gathering: Azerbaijan–Türkiye on trade",
    ),
)


def test_a_part_of_a_wide_timeline_leaves_no_row_alone_on_the_last_page(empty_store):
    """April 2024's summary by day two pages wide on Letter portrait paper: nine rows under
    the summary, two under the second part on page 3, and the last row alone on page 4,
    seven eighths blank. The two under the part go on with it."""
    empty_store.add_many(
        Event(EventKind(kind), countries, EventDate.from_edtf(when), title_en=title)
        for kind, when, countries, title in APRIL
    )
    selection = replace(EventFilter(), start=date(2024, 4, 1), end=date(2024, 4, 30))
    request = ExportRequest(
        ViewState(selection, DateFormat(language="en")),
        generated=date(2026, 12, 7),
        pages_wide=2,
        page=PageSetup("Letter", landscape=False),
        table="summary",
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert len(plan.pages[-1].rows) >= 2


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


#: Morocco and Uzbekistan in the benchmarks' 10,000 events: 37 over five decades.
DECADES = (
    ("phone-call", "[1980-02-28..1980-03-05]"),
    ("multilateral-gathering", "1981-08-01"),
    ("bilateral-meeting", "1982-04-02"),
    ("bilateral-meeting", "1983-02-01"),
    ("agreement-in-force", "1986"),
    ("multilateral-gathering", "1987-06-10"),
    ("bilateral-meeting", "1987-09-27"),
    ("agreement-in-force", "1988-02"),
    ("statement", "1988-03"),
    ("sideline-meeting", "1988-11-19/1988-11-25"),
    ("sideline-meeting", "1988-11-26"),
    ("sideline-meeting", "1990-08-10/1990-08-21"),
    ("bilateral-meeting", "1994-08-30"),
    ("sideline-meeting", "1995-11-14/1995-11-21"),
    ("official-visit", "1997-10"),
    ("bilateral-meeting", "2000-08-17"),
    ("agreement-signed", "2000-09"),
    ("statement", "2001-12-09"),
    ("official-visit", "2002-12-09"),
    ("phone-call", "2003-07"),
    ("official-visit", "2005"),
    ("bilateral-meeting", "2007-04"),
    ("bilateral-meeting", "2009-05-10"),
    ("phone-call", "2010-11"),
    ("sideline-meeting", "2012-07"),
    ("bilateral-meeting", "2014-05-30/2014-06-02"),
    ("official-visit", "2015-05-25"),
    ("official-visit", "[2017-06-01..2017-06-05]"),
    ("statement", "2017-11-13/2017-11-18"),
    ("official-visit", "[2018-03-07..2018-03-08]"),
    ("sideline-meeting", "2021-10-14/2021-10-22"),
    ("agreement-in-force", "2022-07-14"),
    ("official-visit", "2023-02"),
    ("phone-call", "2023-08-13"),
    ("official-visit", "2024-09-12"),
    ("bilateral-meeting", "2025-09-04"),
    ("multilateral-gathering", "2028-12-11"),
)
#: Their titles, one per kind.
DECADES_TITLES = {
    "phone-call": "اتصال هاتفي بين المغرب وأوزبكستان",
    "multilateral-gathering": "منتدى الحوار البرلماني بين المغرب وأوزبكستان",
    "bilateral-meeting": "مباحثات ثنائية بين المغرب وأوزبكستان",
    "agreement-in-force": "دخول اتفاق حيز التنفيذ بين المغرب وأوزبكستان",
    "statement": "بيان مشترك بين المغرب وأوزبكستان",
    "sideline-meeting": "لقاء على هامش الدورة بين المغرب وأوزبكستان",
    "official-visit": "زيارة رسمية بين المغرب وأوزبكستان",
    "agreement-signed": "توقيع اتفاق تعاون بين المغرب وأوزبكستان",
}


def test_a_summary_keeps_no_page_1_half_empty_for_a_table_after_a_wide_timeline(empty_store):
    """Five decades two pages wide in Arabic: the table was moved whole after the parts,
    as it then held fewer pages, and left the summary alone on page 1, more than half of it
    empty. It starts under the summary again, on a page less (5, not 6)."""
    empty_store.add_many(
        Event(EventKind(kind), ("MA", "UZ"), EventDate.from_edtf(when), title_ar=title)
        for kind, when in DECADES
        for title in [DECADES_TITLES[kind]]
    )
    request = ExportRequest(
        ViewState(EventFilter.pair("MA", "UZ"), DateFormat(language="ar")),
        generated=date(2026, 12, 5),
        pages_wide=2,
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    holding = [number for number, page in enumerate(plan.pages) if page.rows]
    parts = [number for number, page in enumerate(plan.pages) if page.part is not None]
    assert parts == [1, 2] and holding[0] == 0
    assert plan.page_count == 5


#: March 2019 in the benchmarks' 10,000 events: 28 events, six of them known only to 2019.
MARCH = (
    ("phone-call", "2019", ("AE", "NG"), "Phone call: United Arab Emirates–Nigeria on security"),
    ("agreement-signed", "2019", ("ES", "IN"), "Agreement signed: Spain–India on culture"),
    ("phone-call", "2019", ("AE", "NG"), "Phone call: United Arab Emirates–Nigeria on visas"),
    (
        "agreement-in-force",
        "2019",
        ("AE", "NG"),
        "Agreement in force: United Arab Emirates–Nigeria on energy",
    ),
    (
        "agreement-in-force",
        "2019",
        ("AE", "NG"),
        "Agreement in force: United Arab Emirates–Nigeria on energy",
    ),
    ("agreement-signed", "2019", ("AZ", "NG"), "Agreement signed: Azerbaijan–Nigeria on transport"),
    (
        "multilateral-gathering",
        "2019-02-28/2019-03-06",
        ("ES", "UZ"),
        "Multilateral gathering: Spain–Uzbekistan on culture",
    ),
    (
        "multilateral-gathering",
        "2019-03-01",
        ("AE", "NG"),
        "Multilateral gathering: United Arab Emirates–Nigeria on transport",
    ),
    (
        "bilateral-meeting",
        "2019-03-01/2019-03-08",
        ("DE", "SY"),
        "Bilateral meeting: Germany–Syria on visas",
    ),
    (
        "multilateral-gathering",
        "2019-03",
        ("IQ", "TN"),
        "Multilateral gathering: Iraq–Tunisia on water",
    ),
    (
        "sideline-meeting",
        "2019-03-02",
        ("AE", "UZ"),
        "Sideline meeting: United Arab Emirates–Uzbekistan on security",
    ),
    (
        "bilateral-meeting",
        "2019-03-04/2019-03-07",
        ("AE", "NG"),
        "Bilateral meeting: United Arab Emirates–Nigeria on energy",
    ),
    (
        "multilateral-gathering",
        "2019-03-05/2019-03-11",
        ("AZ", "TR"),
        "Multilateral gathering: Azerbaijan–Türkiye on visas",
    ),
    (
        "phone-call",
        "2019-03-10",
        ("AE", "UZ"),
        "Phone call: United Arab Emirates–Uzbekistan on visas",
    ),
    (
        "multilateral-gathering",
        "2019-03-11",
        ("IN", "RU"),
        "Multilateral gathering: India–Russia on water",
    ),
    ("statement", "2019-03-14", ("AZ", "NG"), "Statement: Azerbaijan–Nigeria on visas"),
    (
        "sideline-meeting",
        "2019-03-14",
        ("AZ", "TR"),
        "Sideline meeting: Azerbaijan–Türkiye on energy",
    ),
    (
        "bilateral-meeting",
        "2019-03-14",
        ("BR", "SA"),
        "Bilateral meeting: Brazil–Saudi Arabia on culture",
    ),
    (
        "phone-call",
        "2019-03-14/2019-03-26",
        ("AE", "NG"),
        "Phone call: United Arab Emirates–Nigeria on water",
    ),
    (
        "agreement-signed",
        "2019-03-15",
        ("ES", "GB"),
        "Agreement signed: Spain–United Kingdom on culture",
    ),
    (
        "multilateral-gathering",
        "2019-03-18",
        ("AE", "UZ"),
        "Multilateral gathering: United Arab Emirates–Uzbekistan on trade",
    ),
    (
        "phone-call",
        "2019-03-21/2019-03-30",
        ("AE", "NG"),
        "Phone call: United Arab Emirates–Nigeria on water",
    ),
    (
        "official-visit",
        "2019-03-24/2019-04-02",
        ("AZ", "NG"),
        "Official visit: Azerbaijan–Nigeria on security",
    ),
    (
        "bilateral-meeting",
        "2019-03-25",
        ("CN", "TN"),
        "Bilateral meeting: China–Tunisia on transport",
    ),
    (
        "agreement-in-force",
        "2019-03-26",
        ("JP", "KZ"),
        "Agreement in force: Japan–Kazakhstan on energy",
    ),
    ("statement", "2019-03-31", ("CN", "TN"), "Statement: China–Tunisia on energy"),
    (
        "agreement-in-force",
        "2019-03-31",
        ("BR", "SA"),
        "Agreement in force: Brazil–Saudi Arabia on trade",
    ),
    (
        "agreement-signed",
        "[2019-03-31..2019-04-08]",
        ("BR", "LB"),
        "Agreement signed: Brazil–Lebanon on security",
    ),
)


def test_a_summary_over_the_tables_first_rows_lists_fewer_for_a_page_less(empty_store):
    """March 2019 in French two pages wide on Letter portrait paper: seven rows under the
    summary, the two parts, and the other 21 rows on pages 4 and 5, each two fifths blank
    (20 of them fit a page set closer, 21 do not). The summary lists two agreements fewer
    (those known only to 2019, in the table), a row more goes under it, the other 20 on
    page 4: a page less, the latest events of every kind still named."""
    empty_store.add_many(
        Event(EventKind(kind), countries, EventDate.from_edtf(when), title_en=title)
        for kind, when, countries, title in MARCH
    )
    selection = replace(EventFilter(), start=date(2019, 3, 1), end=date(2019, 3, 31))
    request = ExportRequest(
        ViewState(selection, DateFormat(language="fr")),
        generated=date(2026, 12, 7),
        pages_wide=2,
        page=PageSetup("Letter", landscape=False),
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert len(plan.rows) == 28
    assert plan.page_count == 4
    assert [n for page in plan.pages for n in page.rows] == list(range(28))
    assert plan.block.latest_named == len(plan.glance.latest)


#: February 2022 in the benchmarks' 10,000 events: 26 events, seven known only to 2022.
FEBRUARY = (
    (
        "agreement-in-force",
        "2022",
        ("AE", "UZ"),
        "Agreement in force: United Arab Emirates–Uzbekistan on transport",
    ),
    (
        "agreement-signed",
        "2022",
        ("AE", "NG"),
        "Agreement signed: United Arab Emirates–Nigeria on water",
    ),
    ("phone-call", "2022", ("AE", "UZ"), "Phone call: United Arab Emirates–Uzbekistan on health"),
    ("phone-call", "2022", ("AZ", "NG"), "Phone call: Azerbaijan–Nigeria on health"),
    (
        "multilateral-gathering",
        "2022",
        ("BR", "TR"),
        "Multilateral gathering: Brazil–Türkiye on visas",
    ),
    ("phone-call", "2022", ("CN", "IT"), "Phone call: China–Italy on water"),
    ("agreement-signed", "2022", ("DE", "IN"), "Agreement signed: Germany–India on trade"),
    (
        "statement",
        "2022-01-26/2022-02-02",
        ("AE", "NG"),
        "Statement: United Arab Emirates–Nigeria on water",
    ),
    (
        "agreement-in-force",
        "2022-02-01",
        ("AE", "UZ"),
        "Agreement in force: United Arab Emirates–Uzbekistan on visas",
    ),
    (
        "official-visit",
        "2022-02-01",
        ("AE", "NG"),
        "Official visit: United Arab Emirates–Nigeria on energy",
    ),
    ("phone-call", "2022-02", ("IN", "RU"), "Phone call: India–Russia on culture"),
    (
        "multilateral-gathering",
        "2022-02",
        ("AE", "UZ"),
        "Multilateral gathering: United Arab Emirates–Uzbekistan on energy",
    ),
    (
        "agreement-in-force",
        "2022-02-03",
        ("AZ", "NG"),
        "Agreement in force: Azerbaijan–Nigeria on visas",
    ),
    (
        "official-visit",
        "[2022-02-04..2022-02-11]",
        ("AE", "UZ"),
        "Official visit: United Arab Emirates–Uzbekistan on transport",
    ),
    ("phone-call", "2022-02-06", ("BR", "SA"), "Phone call: Brazil–Saudi Arabia on trade"),
    (
        "agreement-in-force",
        "2022-02-08",
        ("MA", "QA"),
        "Agreement in force: Morocco–Qatar on transport",
    ),
    (
        "official-visit",
        "2022-02-09",
        ("AE", "NG"),
        "Official visit: United Arab Emirates–Nigeria on energy",
    ),
    ("statement", "2022-02-12", ("AZ", "NG"), "Statement: Azerbaijan–Nigeria on culture"),
    (
        "bilateral-meeting",
        "2022-02-15",
        ("AE", "UZ"),
        "Bilateral meeting: United Arab Emirates–Uzbekistan on water",
    ),
    ("phone-call", "2022-02-18", ("AE", "NG"), "Phone call: United Arab Emirates–Nigeria on water"),
    (
        "multilateral-gathering",
        "[2022-02-19..2022-03-03]",
        ("BR", "LB"),
        "Multilateral gathering: Brazil–Lebanon on energy",
    ),
    (
        "statement",
        "[2022-02-21..2022-03-05]",
        ("AZ", "NG"),
        "Statement: Azerbaijan–Nigeria on health",
    ),
    (
        "sideline-meeting",
        "2022-02-24/2022-03-01",
        ("CN", "ES"),
        "Sideline meeting: China–Spain on culture",
    ),
    (
        "bilateral-meeting",
        "2022-02-24/2022-03-01",
        ("AE", "UZ"),
        "Bilateral meeting: United Arab Emirates–Uzbekistan on health",
    ),
    (
        "sideline-meeting",
        "2022-02-26/2022-03-04",
        ("AE", "UZ"),
        "Sideline meeting: United Arab Emirates–Uzbekistan on culture",
    ),
    (
        "agreement-signed",
        "2022-02-28/2022-03-02",
        ("AE", "UZ"),
        "Agreement signed: United Arab Emirates–Uzbekistan on health",
    ),
)


def test_a_summary_is_not_shortened_for_a_page_that_fewer_pages_wide_spare(empty_store):
    """February 2022 three pages wide on A3 portrait paper: its parts leave their pages
    empty under their rows, and two wide take a page less (3 pages, the table whole after
    the parts). A summary listing fewer, the table's rows going on under the three parts,
    made three wide as short: the timeline still takes two, the summary naming the latest
    events of every kind, the table whole."""
    empty_store.add_many(
        Event(EventKind(kind), countries, EventDate.from_edtf(when), title_en=title)
        for kind, when, countries, title in FEBRUARY
    )
    selection = replace(EventFilter(), start=date(2022, 2, 1), end=date(2022, 2, 28))
    request = ExportRequest(
        ViewState(selection, DateFormat(language="en")),
        generated=date(2026, 12, 7),
        pages_wide=3,
        page=PageSetup("A3", landscape=False),
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert plan.timeline_pages == 2 and plan.page_count == 3
    assert [number for number, page in enumerate(plan.pages) if page.rows] == [2]
    assert plan.block.latest_named == len(plan.glance.latest)
