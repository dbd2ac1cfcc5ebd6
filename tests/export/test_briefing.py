"""A briefing a minister accepts, read back as a reader's software reads it: the title and
the marking on every page, every event's title whole, type never under 7.5 pt, a first page
with no empty band, dates and vowel marks in reading order for poppler and pypdf alike."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations, pairwise

import pytest
from keyed_events import add_in_bulk
from pdf_readers import PAIR, Poppler, pypdf_text

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.glance import briefing_title, glance
from timeline.domain.kinds import EventKind
from timeline.domain.languages import field_separator
from timeline.domain.period import day_number
from timeline.domain.status import EventStatus
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, export_file, plan_briefing
from timeline.export.drawing import lowest
from timeline.export.page_setup import PageSetup

from .conftest import MARKINGS, TITLES, busy, painted_page, write_planned

pytestmark = pytest.mark.usefixtures("qapp")

LANGUAGES = ("ar", "en", "fr")
#: With the bundled Noto fonts a 7.5-pt word box is about 10 pt tall.
SMALLEST_BOX = 9.9
#: The tallest band of a page with no words in it, as a share of the page.
MOST_EMPTY = 0.30
MARGIN_PT = 12 / 25.4 * 72


@pytest.mark.parametrize("pages_wide", [1, 2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_title_marking_and_every_event_on_paper(
    briefings, shared_sample, poppler, language, pages_wide
):
    path = briefings(language, pages_wide)
    pages = [poppler.squeezed(page) for page in poppler.pages(path)]
    for page in pages:
        assert poppler.squeezed(TITLES[language]) in page
        assert page.count(poppler.squeezed(MARKINGS[language])) == 2  # at its head and foot
    text = "".join(pages)
    events = shared_sample.find(PAIR)
    assert len(events) == 6
    for event in events:  # whole, not cut at a line or a page edge
        assert poppler.squeezed(event.title(language)) in text, event.title(language)
    if pages_wide > 1:  # a thin selection may take fewer (see test_a_thin_selection_...)
        assert all(f"{n}" in pages[n - 1] for n in range(1, min(pages_wide, len(pages)) + 1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_ellipsis_and_every_title_on_the_timeline_too(
    briefings, shared_sample, poppler, language
):
    text = poppler.text(briefings(language, 2))
    assert "…" not in text
    squeezed = poppler.squeezed(text)
    for event in shared_sample.find(PAIR):  # in the timeline and in the table
        assert squeezed.count(poppler.squeezed(event.title(language))) >= 2


def _tallest_gap(boxes, height: float) -> float:
    """The tallest band of a page between its top margin and its last word (or the
    bottom margin) with no word in it."""
    edge, gap = MARGIN_PT, 0.0
    for _x, top, _r, bottom, word in sorted(boxes, key=lambda box: box[1]):
        if word:
            gap, edge = max(gap, top - edge), max(edge, bottom)
    return max(gap, height - MARGIN_PT - edge)


@pytest.mark.parametrize("pages_wide", [1, 2, 3])
@pytest.mark.parametrize("portrait", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_type_under_7_5_pt_and_no_empty_band_but_on_the_last_page(
    briefings, poppler, language, portrait, pages_wide
):
    path = briefings(language, pages_wide, portrait)
    pages = poppler.words(path)
    for boxes in pages:
        heights = [bottom - top for _x, top, _r, bottom, word in boxes if word.strip()]
        assert min(heights) >= SMALLEST_BOX
    # The parts of a timeline several pages wide are as tall as the busiest one needs, so
    # that they tape into one strip: a quiet part leaves room inside its own band.
    part = {"ar": "الجزء", "en": "Part ", "fr": "Partie "}[language]
    texts = poppler.pages(path)
    for number, boxes in enumerate(pages[:-1], start=1):
        height = boxes[-1][3]  # the page's corner
        if pages_wide == 1 or part not in texts[number - 1]:
            assert _tallest_gap(boxes, height) <= MOST_EMPTY * height, f"page {number}"


@pytest.mark.parametrize(
    ("language", "date", "day", "hijri", "marked"),
    [
        ("ar", "26 شتنبر 2024 – 26 نونبر 2025", "19 مارس 2025", "19 رمضان 1446 هـ", "أُعدّ في"),
        ("en", "26 September 2024 – 26 November 2025", "19 March 2025", "19 Ramadan 1446 AH",
         "Prepared on"),
        ("fr", "26 septembre 2024 – 26 novembre 2025", "19 mars 2025", "23 rabia al-awal 1446",
         "Préparé le"),
    ],
)  # fmt: skip
def test_both_extractors_read_words_dates_and_vowels_in_order(
    briefings, shared_sample, poppler, language, date, day, hijri, marked
):
    path = briefings(language, 2)
    for text in (poppler.text(path), "".join(pypdf_text(path))):
        squeezed = poppler.squeezed(text)
        for expected in (TITLES[language], date, day, hijri, marked):
            assert poppler.squeezed(expected) in squeezed, expected
        for event in shared_sample.find(PAIR):
            assert poppler.squeezed(event.title(language)) in squeezed, event.title(language)


#: Handling markings longer than a portrait page is wide, as a ministry writes them out.
LONG_MARKINGS = {
    "en": "Restricted — for the Minister and the Secretary-General only: not to be copied,"
    " forwarded or discussed outside the Ministry of Foreign Affairs",
    "fr": "Diffusion restreinte — réservé au ministre et au secrétaire général\u00a0: ni"
    " copie, ni transmission, ni mention hors du ministère des Affaires étrangères",
}


@pytest.mark.parametrize("language", sorted(LONG_MARKINGS))
def test_a_long_marking_wraps_inside_the_page_over_the_title(
    shared_sample, pair_request, poppler, tmp_path, language
):
    """A marking longer than the page is wide was one line centred on it, cut at both
    edges: on portrait paper "Restricted — for the Minister …" lost its first word. Each of
    its words is now on the page, in order, all of them above the title. (poppler's boxes
    give Arabic lines in the order drawn, not read: the Arabic marking was looked at.)"""
    marking = LONG_MARKINGS[language]
    request = pair_request(
        language, title=TITLES[language], marking=marking, page=PageSetup("A4", landscape=False)
    )
    path = tmp_path / "marked.pdf"
    export_file(shared_sample, path, request)
    boxes = poppler.words(path)[0]
    width = boxes[-1][2]
    title = [box for box in boxes if _within(box[4], TITLES[language])]
    marked = [box for box in boxes if _within(box[4], marking)]
    head = [box for box in marked if box[3] <= min(box[1] for box in title)]
    foot = [box for box in marked if box not in head]  # the same words at the page's foot
    # Its words on the page only: poppler's boxes leave out those off its left edge.
    for words in (head, foot):
        assert "".join(Poppler.squeezed(box[4]) for box in words) == Poppler.squeezed(marking)
    for left, _top, right, _bottom, words in marked:
        assert left >= MARGIN_PT - 1 and right <= width - MARGIN_PT + 1, words


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_is_marked_over_its_title_and_under_its_page_number(
    briefings, poppler, language
):
    """A handling marking stands at the head and at the foot of a marked page, as such
    markings do: a page marked at its head only read as unmarked from its foot, where a
    stack of pages is read from. (poppler's boxes give Arabic lines in the order drawn:
    the Arabic pages are counted twice marked in test_title_marking_and_every_event_on_paper,
    and were looked at.)"""
    marking = MARKINGS[language]
    for boxes in poppler.words(briefings(language, 2)):
        marked = [box for box in boxes if _within(box[4], marking)]
        title = [box for box in boxes if _within(box[4], TITLES[language])]
        lowest = max(box[3] for box in boxes if box[4] and box not in marked)
        assert min(box[1] for box in marked) < min(box[1] for box in title)
        assert max(box[1] for box in marked) > lowest  # under the footer's line


def test_a_marked_briefings_timeline_page_is_filled_as_an_unmarked_one(shared_sample):
    """The marking under the footer too took 20 points from every page: the sample's band,
    on a page of its own with no row under it, left 134 points (19 % of the page, 23 % of
    its room) empty over the footer, under the fifth of the page that spreads its rows. A
    part's spare room is now weighed against the room its page gives it."""
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing import SPARE

    fmt = DateFormat("en", DateStyle.MAGHREB)
    for marking in ("", "Restricted"):
        request = ExportRequest(ViewState(EventFilter(), fmt), marking=marking)
        briefing = plan_briefing(shared_sample, request, request.page.page_layout())
        bottom = briefing.content.height() - briefing.footer_height
        (band,) = [page for page in briefing.pages if page.part is not None]
        left = bottom - briefing._end_of(band)  # under its band and the rows under it
        assert left < SPARE * (bottom - briefing.header_height), marking


def _within(words: str, text: str) -> bool:
    """Whether ``words``, a box of poppler's (a line of the text layer), are of ``text``."""
    squeezed = Poppler.squeezed(words)
    return bool(squeezed) and squeezed in Poppler.squeezed(text)


def test_arabic_lines_copy_as_written_from_poppler(briefings, poppler):
    """Line by line, not only once spaces are gone: the words of a line in order."""
    text = poppler.text(briefings("ar"))
    plain = poppler.squeezed(text)
    assert "أُعدّفي" in plain  # the damma on the alef, the shadda on the dal, in order
    assert "العلاقة في لمحة" in text  # a lam-alef ligature reads لا, in its place
    assert poppler.squeezed("23 ربيع الأول 1446 – 5 جمادى الآخرة 1447 هـ") in plain


def test_an_arabic_briefing_separates_with_the_arabic_comma_never_a_dot(briefings, poppler):
    """Beside Arabic-Indic digits a middle dot reads as their zero (٠)."""
    text = poppler.text(briefings("ar", 2))
    assert "·" not in text
    assert poppler.squeezed("العلاقة في لمحة، 6 أحداث") in poppler.squeezed(text)


def test_the_next_part_is_on_the_reading_end_side(briefings, poppler):
    # On portrait paper: in landscape the pair two wide takes one (its pages left emptier).
    arabic, english = briefings("ar", 2, portrait=True), briefings("en", 2, portrait=True)
    # poppler cannot put a neutral mark after the digit at a line's end: it reads the
    # mark before the digit. pypdf reads glyphs: in Arabic, "»" is drawn mirrored, as "«",
    # pointing left, the way the Arabic reader goes on.
    first = poppler.squeezed(poppler.pages(arabic)[0])
    assert "يتبعفيالصفحة»2" in first or "يتبعفيالصفحة2»" in first
    assert poppler.squeezed("يتبع في الصفحة 2«") in poppler.squeezed(pypdf_text(arabic)[0])
    # No lone "»" in English or French: there a closing quotation mark with none opened.
    assert "Continues on page 2\n" in poppler.pages(english)[0]
    assert "Continues on page 2" in pypdf_text(english)[0]
    assert "»" not in poppler.pages(english)[0]

    def x_of(path, needle: str) -> float:
        boxes = poppler.words(path)[0]
        return next(x for x, _t, _r, _b, word in boxes if needle in word)

    middle = poppler.words(arabic)[0][-1][0] / 2
    assert x_of(arabic, "»") < middle < x_of(english, "Continues")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_glyph_is_from_the_bundled_fonts(briefings, poppler, language):
    """Not a fallback of the machine's (DejaVu drew the arrows): a briefing looks the same
    wherever it is made."""
    fonts = poppler.fonts(briefings(language, 2)).splitlines()[2:]
    names = {line.split()[0].partition("+")[2] for line in fonts}
    assert names <= {"NotoSans-Regular", "NotoSans-Bold"} | {
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
    }


def test_the_summary_counts_what_the_store_counts(briefings, shared_sample, poppler):
    text = poppler.pages(briefings("en"))[0]
    counts = shared_sample.count_by_kind(PAIR)
    for kind, count in counts.items():
        assert f"{kind.info.name('en')}: {count}" in text
    assert f"The relationship at a glance · {shared_sample.count(PAIR)} events" in text
    # Fourteen months, counted month by month.
    assert "Busiest month: April 2025 (2 events)" in text
    summary = glance(shared_sample.find(PAIR), date(2025, 12, 1))
    assert summary.by_kind == {kind: n for kind, n in counts.items() if n}
    assert [event.kind for event in summary.agreements] == [
        EventKind.AGREEMENT_SIGNED,
        EventKind.AGREEMENT_IN_FORCE,
    ]
    assert sum(sum(counts.values()) for counts in summary.by_period.values()) == 6


def test_metadata_title_subject_author_language(briefings, poppler):
    from pypdf import PdfReader

    reader = PdfReader(briefings("ar"))
    info = reader.metadata
    assert info.title == TITLES["ar"]
    assert info.subject.startswith("المغرب – كازاخستان، 6 أحداث، 26 شتنبر 2024")
    assert info.author
    assert reader.trailer["/Root"]["/Lang"] == "ar"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ar", "العلاقات بين المغرب وكازاخستان: التسلسل الزمني"),
        ("en", "Morocco – Kazakhstan: timeline of relations"),
        ("fr", "Maroc – Kazakhstan\u00a0: chronologie des relations"),
    ],
)
def test_default_titles_are_sentences(language, title):
    assert briefing_title(EventFilter.pair("MA", "KZ"), language, ("MA", "KZ")) == title
    one = briefing_title(EventFilter(countries=frozenset({"MA"})), language)
    every = briefing_title(EventFilter(), language)
    assert len({title, one, every}) == 3
    assert briefing_title(EventFilter(), language) == every


def test_a_large_selection_gets_a_table_by_year(sample_store, pair_request, poppler, tmp_path):
    event = sample_store.find(pair_request("en").view.event_filter)[0]
    first = event.date.earliest()
    add_in_bulk(
        sample_store,
        (
            replace(event, id=None, date=EventDate.on(first + timedelta(days=3 * n)))
            for n in range(1, 200)
        ),
    )
    grouped, listed = tmp_path / "grouped.pdf", tmp_path / "listed.pdf"
    exported = export_file(sample_store, grouped, pair_request("en"))
    assert exported.events == 205 and exported.pages <= 3
    text = poppler.text(grouped)
    assert "Year" in text and "Agreement signed" in text and "Participants" not in text
    # The agreements the summary block leaves out are counted, not sent to a table: the
    # earlier ones, under the latest listed ("and 37 more" read as more still to come).
    assert re.search(r"and \d+ earlier\n", text)
    full = export_file(sample_store, listed, pair_request("en", table="all"))
    assert full.pages > exported.pages and "Participants" in poppler.text(listed)
    # Without a table: the summary, then the timeline, as a page of its own labels three
    # times as many events as the band under the summary.
    assert export_file(sample_store, grouped, pair_request("en", table="none")).pages == 2
    # A portrait page has no room for a column for each of the eight kinds: one says them
    # all, never breaking a word.
    sample_store.add_many(replace(event, id=None, kind=kind) for kind in EventKind)
    export_file(sample_store, grouped, pair_request("en", page=PageSetup("A4", False)))
    text = poppler.text(grouped)
    # Each kind's words and count tied by no-break spaces (\s is either).
    kinds = r"Agreement\ssigned:\s\d+\s·\sAgreement\sin\sforce"
    assert "By kind" in text and re.search(kinds, text)


def test_counts_in_a_briefing_are_grouped_by_thousands(
    sample_store, pair_request, poppler, tmp_path
):
    event = sample_store.find(pair_request("fr").view.event_filter)[0]
    add_in_bulk(sample_store, (replace(event, id=None) for _ in range(1000)))
    path = tmp_path / "grouped.pdf"
    export_file(sample_store, path, pair_request("fr", table="summary"))
    text = poppler.text(path)
    assert "La relation en bref · 1\u202f006 événements" in text
    assert "(1\u202f001 événements)" in text  # the busiest year


def test_long_titles_shorten_the_summary_not_the_timeline(
    sample_store, pair_request, poppler, tmp_path, monkeypatch
):
    from timeline.export import briefing as module
    from timeline.export.briefing_export import plan_briefing

    event = sample_store.find(PAIR)[0]
    long_title = " ".join(["A long title that a desk officer wrote in full"] * 6)
    sample_store.add_many(
        replace(event, id=None, kind=kind, title_en=f"{long_title} ({kind.value})")
        for kind in (*EventKind, EventKind.AGREEMENT_SIGNED, EventKind.AGREEMENT_IN_FORCE)
    )
    request = pair_request("en")
    path = tmp_path / "long.pdf"
    export_file(sample_store, path, request)
    first = poppler.pages(path)[0]
    assert "Latest event of each kind" in first and "2025" in first  # summary and band
    assert re.search(r"and \d+ earlier in the table", first)  # fewer agreements listed
    # A summary that still left no room for a band would have page 1 to itself.
    monkeypatch.setattr(module, "MIN_BAND", 10_000.0)
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    alone, timeline = briefing.pages[:2]
    assert alone.glance and alone.part is None  # the table starts under it, not below
    assert timeline.part == 0 and not timeline.glance


def test_the_chart_covers_the_years_asked_even_where_nothing_happened(sample_store, pair_request):
    """Morocco and Kazakhstan asked over 2024–2026: the chart stopped at 2025, the last
    year with an event, as if 2026 had not been asked about."""
    request = pair_request("en")
    asked = replace(request.view.event_filter, start=date(2024, 1, 1), end=date(2026, 12, 31))
    request = replace(request, view=replace(request.view, event_filter=asked))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert list(briefing.glance.by_period) == [date(year, 1, 1) for year in (2024, 2025, 2026)]
    assert briefing.glance.by_period[date(2026, 1, 1)] == {}


@pytest.mark.parametrize("table", ["auto", "none"])
def test_a_pair_with_no_events_says_so(sample_store, pair_request, poppler, tmp_path, table):
    """Without a table too: the page had an empty axis under "at a glance · 0 events" and
    nothing to say why. Where no period was asked, it says so under the title alone: the
    heading over nothing and an axis of the year to today, unasked, were gone too."""
    path = tmp_path / "none.pdf"
    request = pair_request("en", table=table, generated=date(2026, 12, 6))
    request = replace(
        request, view=replace(request.view, event_filter=EventFilter.pair("MA", "FR"))
    )
    assert export_file(sample_store, path, request) == (0, 1)
    text = poppler.text(path)
    assert "Morocco – France: timeline of relations" in text
    assert "No event matches this selection" in text and "Latest event" not in text
    assert "in this period" not in text, "no period was asked: the year to today is not why"
    assert "at a glance" not in text and "January" not in text and "2025" not in text
    # Asked three pages wide, it is one page still: the others were strips of an empty axis.
    assert export_file(sample_store, path, replace(request, pages_wide=3)) == (0, 1)
    asked = replace(request.view.event_filter, start=date(2025, 1, 1), end=date(2025, 3, 31))
    in_2025 = replace(request, view=replace(request.view, event_filter=asked))
    export_file(sample_store, path, in_2025)
    assert "No events in this period" in poppler.text(path), "a period asked for is why"


@pytest.mark.parametrize("pages_wide", [2, 3])
def test_one_event_is_one_page_however_many_wide(
    sample_store, pair_request, poppler, tmp_path, pages_wide
):
    """Morocco–Uzbekistan, one meeting: asked several pages wide, every part but the one
    with it was a page of an empty axis (three wide: the meeting between two such pages)."""
    request = pair_request("en", pages_wide=pages_wide)
    request = replace(
        request, view=replace(request.view, event_filter=EventFilter.pair("MA", "UZ"))
    )
    path = tmp_path / "one.pdf"
    assert export_file(sample_store, path, request) == (1, 1)
    assert "Part 1" not in poppler.text(path)


def test_parts_that_would_add_no_event_are_left_out():
    """A part is worth a page when it holds an event of its own (one starting before the
    next part covers it): two events twenty years apart asked three wide are two parts (the
    middle one was all gap), two a week apart stay two."""
    from timeline.export.drawing import pages_with_events
    from timeline.render.index import TimelineIndex

    def index(*days: float) -> TimelineIndex:
        return TimelineIndex.build(
            range(len(days)), days, [d + 1 for d in days], [0] * len(days), [10.0] * len(days)
        )

    apart = index(730_000.0, 737_300.0)
    assert pages_with_events(apart, None, 3) == 2
    assert pages_with_events(index(730_000.0, 730_007.0), None, 2) == 2
    assert pages_with_events(index(730_000.0), None, 3) == 1
    assert pages_with_events(index(), None, 3) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_portrait_table_never_breaks_a_kind_inside_a_word(language):
    from timeline.domain.datetext import DateFormat
    from timeline.export.briefing_table import Table, paragraph
    from timeline.export.page_setup import content_size
    from timeline.render.theme import Theme

    width = content_size(PageSetup("A4", landscape=False).page_layout()).width()
    table = Table(width, DateFormat(language), Theme())
    column = table.keys.index("kind")
    for kind in EventKind:
        name = kind.info.name(language)
        laid = paragraph(name, table.font, table._text_width(column), table.rtl).layout
        starts = [laid.lineAt(n).textStart() for n in range(laid.lineCount())]
        assert all(name[start - 1] == " " for start in starts[1:]), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_table_resumed_after_a_wide_timeline_says_on_which_page(
    sample_store, poppler, tmp_path, language
):
    """Every country three pages wide, twenty more meetings in one April week: page 1
    holds the summary and the table's first rows, the timeline's parts fill their pages,
    then the rest of the table; page 1 says where (and no page whose table goes on over
    the page says anything)."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    april = next(e for e in sample_store.find(EventFilter()) if e.date.earliest().month == 4)
    sample_store.add_many(replace(april, id=None) for _ in range(20))
    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(EventFilter(), fmt), pages_wide=3)
    plan = plan_briefing(sample_store, request, request.page.page_layout())
    holding = [n for n, page in enumerate(plan.pages) if page.rows]
    away = {a: b for a, b in pairwise(holding) if b != a + 1}
    path = tmp_path / "wide.pdf"
    write_planned(plan, request, path)
    pages = [poppler.squeezed(page) for page in poppler.pages(path)]
    said = {
        "en": "The table continues on page {n}",
        "fr": "Suite du tableau page {n}",
        "ar": "يتبع الجدول في الصفحة {n}",
    }[language]
    for number, page in enumerate(pages):
        if number in away:
            page_words = said.format(n=fmt.digits(str(away[number] + 1)))
            assert poppler.squeezed(page_words) in page
        else:
            assert poppler.squeezed(said.format(n="")) not in page
    assert away, "the table resumes after the parts"


@pytest.mark.parametrize(("pages_wide", "pages"), [(2, 4), (3, 4)])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_wide_timeline_shares_its_pages_with_the_table(
    shared_sample, language, pages_wide, pages
):
    """Every country two or three pages wide: the table goes on under each part, and the
    parts keep the height their rows need while the table
    goes on: 4 and 5 pages, not 5 and 6 with the parts' rows spread over empty room; three
    wide, 4: a quieter part ends under its own rows, not the busiest one's. A part's page
    the table does not go on to (it went on under the quieter part before it) is taken by
    the part's rows, spread down it, the table's last rows going on with the closing
    sections: that page was left a third empty. (On Letter paper: on A4 one page wide
    shows every event as well, on a page less, and the timeline takes one.)"""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing import SPARE
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    letter = PAPERS["Letter landscape"]
    request = ExportRequest(ViewState(EventFilter(), fmt), page=letter, pages_wide=pages_wide)
    plan = _planned(shared_sample, request)
    assert plan.page_count == pages
    ended = max(number for number, page in enumerate(plan.pages) if page.rows)
    for number, page in enumerate(plan.pages[:ended]):
        if page.part is not None and not page.rows:
            assert number == ended - 1 and plan.pages[ended].closing
            assert plan._left_under(page) <= SPARE * plan.content.height()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_timeline_that_hides_events_under_the_summary_takes_a_page_of_its_own(
    shared_sample, language
):
    """Every country on one page wide: under the summary the band has three rows, and the
    April 2025 assembly's five events would be one "+5" badge. A page of its own shows every
    one of them with its label, so the timeline takes page 2 (the table starts under the
    summary on page 1)."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(EventFilter(), fmt))
    plan = _planned(shared_sample, request)
    part = plan.drawing.layouts[0]
    assert not part.clusters
    assert len(part.events) == len(shared_sample.find(EventFilter()))
    assert all(shape.label_rect is not None for shape in part.events)
    assert plan.pages[0].glance and plan.pages[0].part is None and plan.pages[0].rows
    assert plan.pages[1].part == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_parts_of_a_wide_timeline_hide_no_event_under_the_summary_that_their_own_pages_show(
    shared_sample, language
):
    """Morocco's 2025 two pages wide: under the summary the first part had two sideline
    meetings of the assembly in a "+2" badge, where one page wide labelled every event. The
    parts take pages of their own (the table starts under the summary), every event
    labelled."""
    selection = EventFilter(
        countries=frozenset({"MA"}), start=date(2025, 1, 1), end=date(2025, 12, 31)
    )
    view = ViewState(selection, DateFormat(language, DateStyle.MAGHREB))
    request = ExportRequest(view, pages_wide=2, generated=date(2026, 12, 5))
    plan = _planned(shared_sample, request)
    assert len(plan.drawing.layouts) == 2
    shown = [shape for part in plan.drawing.layouts for shape in part.events]
    assert not any(part.clusters for part in plan.drawing.layouts)
    assert {shape.event.id for shape in shown} == {
        event.id for event in shared_sample.find(selection)
    }
    assert all(shape.label_rect is not None for shape in shown)


#: Two weeks of a pair in the 50,000-event database: eleven events known only as "2019", two
#: only as November, the rest days and spans within the fortnight.
FORTNIGHT = (
    ["2019"] * 11
    + ["2019-11", "2019-11", "2019-11-05/2019-11-13", "2019-11-07/2019-11-16"]
    + ["[2019-11-08..2019-11-13]", "2019-11-08/2019-11-19", "[2019-11-09..2019-11-13]"]
    + ["2019-11-11", "2019-11-12/2019-11-22", "2019-11-13", "2019-11-14/2019-11-21"]
    + ["2019-11-15", "2019-11-15", "2019-11-17"]
)


def test_parts_under_the_summary_each_show_what_their_own_pages_show(empty_store, pair_request):
    """Two weeks of 2019 three pages wide on A3 portrait in Arabic, without a table: the
    first part under the summary drew the year's events in rows it had free, and the parts
    after it, as short, hid them in "+3" badges; counted over all parts, every event was
    still drawn, so the parts stayed under a summary page, pages 2 and 3 a quarter empty
    under their badges. Each part shows what its own page shows (here the fortnight takes
    one page wide under the summary), every event drawn, none in a badge."""
    subjects = ["التجارة", "الطاقة", "الأمن", "النقل", "المياه", "الثقافة", "التأشيرات"]
    kinds = list(EventKind)
    events = [
        Event(
            kinds[number % len(kinds)],
            ("MA", "KZ"),
            EventDate.from_edtf(when),
            title_ar=f"اتصال هاتفي بين المغرب وكازاخستان حول {subjects[number % 7]} {number}",
        )
        for number, when in enumerate(FORTNIGHT)
    ]
    empty_store.add_many(events)
    request = pair_request(
        "ar", pages_wide=3, table="none", page=PageSetup("A3", landscape=False),
        generated=date(2025, 6, 1),
    )  # fmt: skip
    fortnight = replace(PAIR, start=date(2019, 11, 4), end=date(2019, 11, 17))
    request = replace(request, view=replace(request.view, event_filter=fortnight))
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert not [part.clusters for part in plan.drawing.layouts if part.clusters]
    drawn = {shape.event.id for part in plan.drawing.layouts for shape in part.events}
    assert drawn == {event.id for event in empty_store.find(fortnight)}


def test_a_thin_timeline_asked_two_pages_wide_takes_one_where_its_summary_says_more(
    shared_sample,
):
    """The French sample from August 2024 to July 2025, two pages wide without a table:
    one page wide shows every event under a summary that names one event more, and was
    refused for that longer summary, page 1 a band of two events three quarters empty
    before a second page. It takes one page."""
    selection = EventFilter(start=date(2024, 8, 1), end=date(2025, 7, 31))
    view = ViewState(selection, DateFormat("fr", DateStyle.MAGHREB))
    request = ExportRequest(view, pages_wide=2, table="none", generated=date(2025, 6, 1))
    plan = _planned(shared_sample, request)
    assert plan.page_count == 1 and len(plan.drawing.layouts) == 1
    (part,) = plan.drawing.layouts
    assert not part.clusters and len(part.events) == len(shared_sample.find(selection))
    assert all(shape.label_rect is not None for shape in part.events)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_without_a_table_runs_no_empty_months_past_its_last_event(
    shared_sample, language
):
    """The French sample without a table ran nine empty months into 2026 past its last
    event (26 November 2025): room made for the Mazhilis Chairman's visit on one line,
    taken only to keep a connector clear of two labels, which it ran clear of after a
    fortnight more. Every event is drawn with its label whole, unnumbered and uncrossed,
    and the timeline ends within fifty days of the last event (the margin "fit all"
    leaves is eighteen; the English room of 47 days stays: less would save too little to
    be worth setting a label before its marker)."""
    events = shared_sample.find(EventFilter())
    view = ViewState(EventFilter(), DateFormat(language, DateStyle.MAGHREB))
    request = ExportRequest(view, table="none", generated=date(2026, 12, 5))
    plan = _planned(shared_sample, request)
    (part,) = plan.drawing.layouts
    assert not part.clusters and len(part.events) == len(events)
    for shape in part.events:
        assert shape.label_rect is not None and shape.callout is None, shape.label
    assert not part.left_out
    last = max(day_number(event.date.latest()) for event in events)
    assert part.scale.period.end <= last + 50


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("table", ["auto", "none"])
def test_a_band_of_badges_under_the_summary_yields_to_a_page_showing_twice_as_many(
    empty_store, pair_request, language, table
):
    """A busy month (fifty-two events, a dozen known only to the month): under the summary the
    band had room for a row or two, and in Arabic kept its one page with most of the month
    in badges, though a page of its own labels more than twice as many events (hiding a few
    too). The timeline takes that page; the table starts under the summary. Without a
    table, the band kept page 1 in every language, a row of four to six labels over a row
    of thirteen badges, where a page of its own labels eighteen to twenty-five events."""
    from timeline.domain.dates import FuzzyDate

    def event(when: EventDate, number: int) -> Event:
        words = {
            "en": "Ministers' telephone conversation on trade and investment",
            "fr": "Entretien téléphonique des ministres sur le commerce",
            "ar": "اتصال هاتفي بين الوزيرين حول التجارة والاستثمار",
        }
        titles = {f"title_{lang}": f"{text} {number}" for lang, text in words.items()}
        kind = list(EventKind)[number % len(EventKind)]
        return Event(kind, ("MA", "KZ"), when, **titles)

    june = [date(2019, 6, 1) + timedelta(days=n % 30) for n in range(40)]
    events = [event(EventDate.on(day), number) for number, day in enumerate(june)]
    events += [event(EventDate(FuzzyDate(2019, 6)), 100 + number) for number in range(12)]
    empty_store.add_many(events)
    request = pair_request(language, table=table)
    request = replace(
        request,
        view=replace(
            request.view, event_filter=replace(PAIR, start=date(2019, 6, 1), end=date(2019, 6, 30))
        ),
    )
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert plan.pages[0].part is None and bool(plan.pages[0].rows) == (table == "auto")
    assert plan.pages[1].part == 0


@pytest.mark.parametrize("language", ["ar", "en"])
def test_one_line_rows_that_number_only_what_two_lines_number_show_the_year_bars(
    empty_store, pair_request, language
):
    """June 2015 of the 10,000 events, one page wide: its two-line rows hid its three bars
    of "2015" under "+3" and numbered the talks cut by the page's first edge; one-line rows
    showed all seventeen events, numbering those talks alone, and were refused for
    numbering a label. They are taken: every event shown, the bars labelled."""
    june = [
        (
            "agreement-signed",
            "2015",
            "توقيع اتفاق تعاون بين أذربيجان وتركيا",
            "Agreement signed: Azerbaijan–Türkiye on water",
        ),
        (
            "multilateral-gathering",
            "2015",
            "منتدى الحوار البرلماني بين الإمارات العربية المتحدة وأوزبكستان",
            "Multilateral gathering: United Arab Emirates–Uzbekistan on trade",
        ),
        (
            "agreement-signed",
            "2015",
            "توقيع اتفاق تعاون بين الصين وإسبانيا",
            "Agreement signed: China–Spain on security",
        ),
        (
            "bilateral-meeting",
            "2015-05-26/2015-06-01",
            "مباحثات ثنائية بين إسبانيا وروسيا",
            "Bilateral meeting: Spain–Russia on health",
        ),
        (
            "official-visit",
            "2015-06-03",
            "زيارة رسمية بين الإمارات العربية المتحدة ونيجيريا",
            "Official visit: United Arab Emirates–Nigeria on health",
        ),
        (
            "agreement-in-force",
            "2015-06-06",
            "دخول اتفاق حيز التنفيذ بين الصين وتونس",
            "Agreement in force: China–Tunisia on transport",
        ),
        (
            "bilateral-meeting",
            "2015-06-11",
            "مباحثات ثنائية بين الإمارات العربية المتحدة وأوزبكستان",
            "Bilateral meeting: United Arab Emirates–Uzbekistan on energy",
        ),
        (
            "sideline-meeting",
            "2015-06-18/2015-06-27",
            "لقاء على هامش الدورة بين الإمارات العربية المتحدة ونيجيريا",
            "Sideline meeting: United Arab Emirates–Nigeria on transport",
        ),
        (
            "multilateral-gathering",
            "2015-06-20/2015-06-23",
            "منتدى الحوار البرلماني بين الإمارات العربية المتحدة ونيجيريا",
            "Multilateral gathering: United Arab Emirates–Nigeria on water",
        ),
        (
            "phone-call",
            "2015-06-21/2015-06-29",
            "اتصال هاتفي بين الإمارات العربية المتحدة ونيجيريا",
            "Phone call: United Arab Emirates–Nigeria on trade",
        ),
        (
            "statement",
            "2015-06-22",
            "بيان مشترك بين البرازيل والمملكة العربية السعودية",
            "Statement: Brazil–Saudi Arabia on security",
        ),
        (
            "agreement-in-force",
            "2015-06-22",
            "دخول اتفاق حيز التنفيذ بين البرازيل والمملكة العربية السعودية",
            "Agreement in force: Brazil–Saudi Arabia on security",
        ),
        (
            "official-visit",
            "[2015-06-25..2015-07-03]",
            "زيارة رسمية بين الإمارات العربية المتحدة وأوزبكستان",
            "Official visit: United Arab Emirates–Uzbekistan on visas",
        ),
        (
            "agreement-in-force",
            "2015-06-26",
            "دخول اتفاق حيز التنفيذ بين أذربيجان ونيجيريا",
            "Agreement in force: Azerbaijan–Nigeria on energy",
        ),
        (
            "phone-call",
            "[2015-06-27..2015-06-29]",
            "اتصال هاتفي بين إسبانيا وأوزبكستان",
            "Phone call: Spain–Uzbekistan on health",
        ),
        (
            "multilateral-gathering",
            "2015-06-30",
            "منتدى الحوار البرلماني بين اليابان والولايات المتحدة",
            "Multilateral gathering: Japan–United States on water",
        ),
        (
            "official-visit",
            "[2015-06-30..2015-07-05]",
            "زيارة رسمية بين إسبانيا وروسيا",
            "Official visit: Spain–Russia on visas",
        ),
    ]
    events = [
        Event(EventKind(kind), ("MA", "KZ"), EventDate.from_edtf(when),
              title_ar=ar, title_en=en, title_fr=en)
        for kind, when, ar, en in june
    ]  # fmt: skip
    empty_store.add_many(events)
    request = pair_request(language)
    asked = replace(PAIR, start=date(2015, 6, 1), end=date(2015, 6, 30))
    request = replace(request, view=replace(request.view, event_filter=asked))
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    parts = plan.drawing.layouts
    assert [cluster.count for part in parts for cluster in part.clusters] == []
    assert {shape.event.id for part in parts for shape in part.events} == {
        event.id for event in empty_store.find(asked)
    }


@pytest.mark.parametrize("pages_wide", [1, 2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_band_ends_under_its_lowest_row_not_a_row_lower(shared_sample, language, pages_wide):
    """A band grows a whole row at a time until it shows every event, which left room for a
    row under the lowest label of every part (three pages wide, a lone row of the table on a
    page of its own). The fullest part now ends its padding under its lowest row or connector,
    and every part keeps all it showed."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing import BAND_PADDING
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(EventFilter(), fmt), pages_wide=pages_wide)
    plan = _planned(shared_sample, request)

    room = [part.body_bottom - _rows_bottom(part) for part in plan.drawing.layouts]
    assert min(room) == pytest.approx(BAND_PADDING, abs=1.0)
    _assert_taped(plan.drawing)
    shown = sum(len(part.events) for part in plan.drawing.layouts)
    assert shown >= len(shared_sample.find(EventFilter()))


def _rows_bottom(part) -> float:
    """The bottom of a part's rows: markers, labels, badges and the arcs between them."""
    bottoms = [shape.marker_rect.bottom for shape in part.events]
    bottoms += [shape.label_rect.bottom for shape in part.events if shape.label_rect]
    bottoms += [point[1] for connector in part.connectors for point in connector.points]
    return max(bottoms + [cluster.rect.bottom for cluster in part.clusters])


def _assert_taped(drawing) -> None:
    """The parts of a wide timeline line up taped: one axis, each row at one height."""
    assert len({part.axis_bottom for part in drawing.layouts}) == 1
    rows = {shape.row: shape.marker_rect.y for part in drawing.layouts for shape in part.events}
    for part in drawing.layouts:
        assert all(rows[shape.row] == shape.marker_rect.y for shape in part.events)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_quiet_part_ends_under_its_rows_where_the_table_takes_its_room(shared_sample, language):
    """Every country two pages wide: the first part has two rows, the second eight, and
    the first kept the second's height, its page half an empty band over a few of the
    table's rows. It ends under its own rows and the table takes the room; taped, the
    parts' axes and rows still line up."""
    from timeline.export.briefing import BAND_PADDING

    _request, plan = _every_country(shared_sample, language, "A4 landscape", pages_wide=2)
    for page in plan.pages:
        if page.part is not None and (page.rows or page.closing):
            part = plan.drawing.layouts[page.part]
            assert part.body_bottom - _rows_bottom(part) <= BAND_PADDING + 1
    _assert_taped(plan.drawing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_month_three_pages_wide_ends_with_its_table(shared_sample, language):
    """April 2025, every country, three pages wide (two parts hold events): the second
    part, one row, kept the first's four, and the announced forum went alone onto a page
    three quarters empty. Under a band as tall as its row, it follows the table."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    april = EventFilter(start=date(2025, 4, 1), end=date(2025, 4, 30))
    request = ExportRequest(ViewState(april, fmt), pages_wide=3)
    plan = _planned(shared_sample, request)
    assert plan.page_count == 2
    assert plan.pages[-1].part == 1 and plan.pages[-1].rows and plan.pages[-1].closing


@pytest.mark.parametrize("language", ["en", "fr"])  # in Arabic it all fits on page 1
def test_a_closing_row_alone_on_the_last_page_takes_the_tables_last_rows(shared_sample, language):
    """April 2025, every country, on portrait paper: page 1 held the summary, the timeline
    and the whole table, page 2 the announced forum's row alone, five sixths empty. The
    table's last rows go over with it, page 1 keeping two."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    april = EventFilter(start=date(2025, 4, 1), end=date(2025, 4, 30))
    request = ExportRequest(ViewState(april, fmt), page=PAPERS["A4 portrait"])
    plan = _planned(shared_sample, request)
    first, last = plan.pages
    assert len(first.rows) >= 2 and last.rows and last.closing
    assert len(last.rows) + sum(len(piece.rows) for piece in last.closing) >= 3


@pytest.fixture(scope="module")
def half_a_century(store_copy, tmp_path_factory):
    """The sample pair busy over half a century (2,000 more events from 1979) and one event
    in 2030: read only, by the tests of its numbered labels' key."""
    store = store_copy("sample", tmp_path_factory.mktemp("busy") / "busy.sqlite3")
    events = store.find(PAIR)
    busy(store, 3, 2000, date(1979, 1, 1), 52 * 365)
    store.add_many([replace(events[1], id=None, date=EventDate.on(date(2030, 12, 1)))])
    yield store
    store.database.close()


def test_the_key_of_numbered_labels_lies_under_the_rows_never_over_them(
    half_a_century, pair_request
):
    """Half a century of a busy pair in Arabic: the latest event's label has no room at the
    band's end and is numbered. Its key goes under the rows and the badges, inside the
    band, even where the summary leaves page 1 a short band (the layout keeps two rows)."""
    request = pair_request("ar")
    briefing = plan_briefing(half_a_century, request, request.page.page_layout())
    drawing = briefing.drawing
    keyed = [n for n, part in enumerate(drawing.layouts) if part.key]
    assert keyed
    for number in keyed:
        part = drawing.layouts[number]
        drawn = [shape.marker_rect for shape in part.events]
        drawn += [shape.label_rect for shape in part.events if shape.label_rect is not None]
        drawn += [cluster.rect for cluster in part.clusters]
        for entry in part.key:
            assert entry.rect.bottom <= drawing.heights[number]
            assert not [rect for rect in drawn if rect.intersects(entry.rect)]


@pytest.mark.parametrize("pages_wide", [2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_table_is_not_begun_before_the_timeline_to_go_on_after_it(
    half_a_century, pair_request, language, pages_wide
):
    """Morocco's 799 events two pages wide in French: the table by year had its header and
    its first years under the summary on page 1, two pages of the timeline, then the rest
    from page 4. Half a century of the pair, two or three wide, did the same in each
    language: the table now starts after the timeline, whole; page 1's summary lists the
    agreements that room holds."""
    request = pair_request(language, pages_wide=pages_wide)
    briefing = plan_briefing(half_a_century, request, request.page.page_layout())
    pages = briefing.pages
    parts = [number for number, page in enumerate(pages) if page.part is not None]
    assert len(parts) == pages_wide
    before = [number for number, page in enumerate(pages[: parts[0]]) if page.rows]
    after = [number for number, page in enumerate(pages) if number > parts[-1] and page.rows]
    assert not (before and after), f"rows on pages {before} and {after}"


def test_a_part_under_the_summary_never_lays_its_key_over_its_rows(empty_store, pair_request):
    """Long titles two pages wide in English: the band under the summary kept two rows
    however short, and the key to its numbered labels lay over its events' labels and a
    badge. Such a part takes a page of its own, as one page wide does."""
    from timeline.domain.event import Event

    title = (
        "Signature of the comprehensive strategic partnership agreement on renewable"
        " energy, green hydrogen, water desalination, agricultural research and"
        " vocational training between the two kingdoms' ministries"
    )
    days = ("2024-01-15", "2024-01-16", "2024-02-03", "2024-06-10", "2024-06-12", "2025-11-30")
    events = [
        Event(EventKind.AGREEMENT_SIGNED, ("MA", "KZ"), EventDate.from_edtf(day), title_en=title)
        for day in days
    ]
    events += [
        Event(
            EventKind.PHONE_CALL, ("MA", "KZ"), EventDate.from_edtf("2024-06-11"), title_en="Call"
        ),
        Event(
            EventKind.MULTILATERAL_GATHERING,
            ("MA", "KZ"),
            EventDate.from_edtf("2024-03/2024-09"),
            title_en="Intergovernmental commission on migration, mobility and consular affairs",
        ),
    ]
    empty_store.add_many(events)
    request = pair_request("en", pages_wide=2)
    drawing = plan_briefing(empty_store, request, request.page.page_layout()).drawing
    for part in drawing.layouts:
        drawn = [shape.marker_rect for shape in part.events]
        drawn += [shape.label_rect for shape in part.events if shape.label_rect is not None]
        drawn += [cluster.rect for cluster in part.clusters]
        for entry in part.key:
            assert not [rect for rect in drawn if rect.intersects(entry.rect)]


def test_the_today_line_passes_beneath_the_key_not_through_it(half_a_century, pair_request):
    """A briefing prepared on a day that falls under an entry of the key: the red line of
    today stops at the entry's box, as it does at a label's."""

    from timeline.render.theme import Theme

    request = pair_request("ar")
    briefing = plan_briefing(half_a_century, request, request.page.page_layout())
    number, part = next((n, p) for n, p in enumerate(briefing.drawing.layouts) if p.key)
    box = part.key[0].rect
    under = date.fromordinal(int(part.scale.day(box.x + box.width / 2)))
    request = replace(request, generated=under)
    briefing = plan_briefing(half_a_century, request, request.page.page_layout())
    page = next(n for n, plan in enumerate(briefing.pages) if plan.part == number)
    part = briefing.drawing.layouts[number]
    assert part.today_x is not None and box.x < part.today_x < box.right
    image = painted_page(briefing, page)
    top = briefing.pages[page].band_top
    box = part.key[0].rect
    red = Theme().today
    reddish = [
        y
        for y in range(round(top + box.y + 1), round(top + box.bottom - 1))
        for x in range(round(part.today_x) - 1, round(part.today_x) + 2)
        if abs(image.pixelColor(x, y).red() - red.red()) < 40
        and image.pixelColor(x, y).green() < 120
    ]
    assert reddish == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_today_line_leaves_no_tint_on_a_label_it_passes_beneath(shared_sample, language):
    """Prepared on 1 June 2025, the sample's red line of today passed beneath three Arabic
    labels as a pink bar through their words (the label's ground let an eighth through)."""

    view = ViewState(EventFilter(), DateFormat(language, DateStyle.MAGHREB))
    request = ExportRequest(view, generated=date(2025, 6, 1))
    briefing = plan_briefing(shared_sample, request, request.page.page_layout())
    number, part, crossed = next(
        (n, p, s.label_rect)
        for n, p in enumerate(briefing.drawing.layouts)
        for s in p.events
        if p.today_x is not None
        and s.label_rect is not None
        and s.label_rect.x + 2 < p.today_x < s.label_rect.right - 2
    )
    page = next(n for n, plan in enumerate(briefing.pages) if plan.part == number)
    image = painted_page(briefing, page)
    top = briefing.pages[page].band_top
    x = round(part.today_x)
    tints = [
        image.pixelColor(column, y).red() - image.pixelColor(column, y).green()
        for y in range(round(top + crossed.y + 1), round(top + crossed.bottom - 1))
        for column in range(x - 1, x + 2)
    ]
    assert max(tints) < 10


def _red_in_footer(briefing, page: int) -> list[int]:
    """The columns of page ``page``'s footer line where the red of the today line is."""

    image = painted_page(briefing, page)
    top = round(briefing.content.height() - briefing.footer_height)
    return sorted(
        {
            x
            for y in range(top + 4, top + 22)
            for x in range(image.width())
            if (colour := image.pixelColor(x, y)).red() - colour.green() > 100
        }
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_keys_the_red_line_on_each_page_that_draws_it(shared_sample, language):
    """A red line crossed the sample's timeline prepared on 1 June 2025, and nothing said
    what it was. Where a page draws it, its footer's "Prepared on 1 June 2025" begins with
    a short line of that red; on the others, and prepared after the timeline's end, none."""
    view = ViewState(EventFilter(), DateFormat(language, DateStyle.MAGHREB))
    for generated, drawn in ((date(2025, 6, 1), True), (date(2030, 6, 1), False)):
        request = ExportRequest(view, generated=generated)
        briefing = plan_briefing(shared_sample, request, request.page.page_layout())
        for number, page in enumerate(briefing.pages):
            layouts = briefing.drawing.layouts
            today = page.part is not None and layouts[page.part].today_x is not None
            assert today is (drawn and page.part is not None)
            red = _red_in_footer(briefing, number)
            if not today:
                assert red == []
                continue
            assert red and red[-1] - red[0] <= 3, "a short upright line"
            start = briefing.content.width() - red[-1] if language == "ar" else red[0]
            assert start < 4, "at the footer's reading start"


def test_a_briefing_that_matches_nothing_keys_no_red_line_in_its_footer(sample_store):
    """Morocco and France, who have no event, prepared on 1 June 2025: the page draws no
    timeline, and its footer began with the red key of a line drawn nowhere."""
    view = ViewState(EventFilter.pair("MA", "FR"), DateFormat("en", DateStyle.MAGHREB))
    request = ExportRequest(view, generated=date(2025, 6, 1))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert briefing.matches_nothing and briefing.page_count == 1
    assert _red_in_footer(briefing, 0) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_period_with_no_events_is_the_period_asked_about(
    sample_store, pair_request, poppler, tmp_path, language
):
    """The pair in 2019, when it had no events: the timeline is of 2019 and the subtitle
    says so in both calendars, not the year up to the day it was prepared (2026 under a
    filter saying 2019). The summary has no key to markers that nothing on paper shows."""
    from timeline.export.briefing_words import days_words
    from timeline.render.legend import MARKER_WORDS

    request = pair_request(language, generated=date(2026, 12, 3))
    view = request.view
    asked = replace(view.event_filter, start=date(2019, 1, 1), end=date(2019, 12, 31))
    request = replace(request, view=replace(view, event_filter=asked))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    shown = briefing.drawing.layouts[0].scale.period
    assert shown.days() == (date(2019, 1, 1), date(2019, 12, 31))
    path = tmp_path / "none.pdf"
    assert export_file(sample_store, path, request) == (0, 1)
    text = poppler.squeezed(poppler.text(path))
    assert poppler.squeezed(days_words(date(2019, 1, 1), date(2019, 12, 31), view.fmt)) in text
    assert text.count("2026") == 1  # the day it was prepared, in the footer
    for words in MARKER_WORDS.values():
        assert poppler.squeezed(words[language]) not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_names_no_announced_event_as_the_latest(
    shared_sample, poppler, tmp_path, language
):
    """Every country: the 3rd South-South forum of 28–29 April 2025 was announced, and the
    briefing lists it as "announced, not yet confirmed" (or "coming up"). The summary's
    latest multilateral gathering is the 150th Assembly, held, not the forum that may not
    have taken place."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.status import EventStatus
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(EventFilter(), fmt), generated=date(2025, 12, 1))
    events = shared_sample.find(EventFilter())
    (forum,) = [event for event in events if event.status is EventStatus.ANNOUNCED]
    assembly = next(
        event
        for event in events
        if event.kind is EventKind.MULTILATERAL_GATHERING and event is not forum
    )
    path = tmp_path / "all.pdf"
    export_file(shared_sample, path, request)
    first = poppler.squeezed(poppler.pages(path)[0])
    assert poppler.squeezed(assembly.title(language)) in first
    assert poppler.squeezed(forum.title(language)) not in first


def test_an_event_recorded_as_held_for_a_later_day_is_not_the_latest(
    sample_store, pair_request, poppler, tmp_path
):
    """A visit of 2030 recorded as held (the default status; synthetic data has thousands)
    was the summary's "latest official visit" of a briefing prepared in 2025. The latest
    visit is Koshanov's; the one of 2030 is counted and listed under its date."""
    visit = next(e for e in sample_store.find(PAIR) if e.kind is EventKind.OFFICIAL_VISIT)
    planned = replace(
        visit,
        id=None,
        date=EventDate.on(date(2030, 9, 18)),
        title_ar="",
        title_fr="",
        title_en="Senate speaker's visit to Astana, planned",
    )
    sample_store.add_many([planned])
    request = pair_request("en", table="all", generated=date(2025, 12, 1))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    latest = briefing.glance.latest[EventKind.OFFICIAL_VISIT]
    assert latest.date.earliest() == date(2025, 11, 26)
    assert briefing.glance.busiest_periods == (date(2025, 1, 1),)  # counted by year
    summary = [line.text for column in briefing.block.columns for _, section in column
               for line in section if line is not None]  # fmt: skip
    assert poppler.squeezed(latest.title_en) in poppler.squeezed(" ".join(summary))
    assert "Senate speaker" not in " ".join(summary)
    path = tmp_path / "planned.pdf"
    write_planned(briefing, request, path)
    assert poppler.squeezed(planned.title_en) in poppler.squeezed(poppler.text(path))


@pytest.mark.parametrize(
    ("language", "standing", "expected"),
    [
        ("en", "Signed, not yet in force", "19 March 2025 (expected)"),
        ("fr", "Signé, pas encore en vigueur", "19 mars 2025 (prévue)"),
        # (poppler takes the Arabic date's number out of its place beside the brackets)
        ("ar", "موقَّع، لم يدخل حيز التنفيذ بعد", "مرتقَب"),
    ],
)
def test_an_agreement_is_not_in_force_before_its_entry_into_force(
    sample_store, pair_request, poppler, tmp_path, language, standing, expected
):
    """Prepared on 15 January 2025, the briefing's agreements read the visa waiver (its
    entry into force recorded as held for 19 March 2025) as in force, 174 days after its
    signature: a minister would have told a counterpart that a treaty was in force."""
    request = pair_request(language, table="all", generated=date(2025, 1, 15))
    path = tmp_path / "before-in-force.pdf"
    export_file(sample_store, path, request)
    text = poppler.squeezed(poppler.text(path))
    assert poppler.squeezed(standing) in text
    assert poppler.squeezed(expected) in text


def _visits(count: int, **titles: Callable[[int], str]) -> list[Event]:
    """``count`` official visits of Morocco and Kazakhstan nine days apart from 2010, each
    titled (``title_en=``, ``title_fr=``…) by its number."""
    start = date(2010, 1, 1)
    return [
        Event(
            EventKind.OFFICIAL_VISIT,
            ("MA", "KZ"),
            EventDate.on(start + timedelta(days=9 * n)),
            **{field: title(n) for field, title in titles.items()},
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("pages_wide", [1, 2])
def test_no_table_ends_with_a_row_or_two_alone_on_its_last_page(
    empty_store, pair_request, pages_wide
):
    """The pair's visits one more at a time, each listed (as a decade of a busy pair is):
    the table's last page held its last row, or two, alone under its header; two pages
    wide, after the timeline's second part. Rows before them go over too: the last page
    holds three at least."""
    request = pair_request("en", table="all", generated=date(2025, 12, 1), pages_wide=pages_wide)
    visits = _visits(44, title_en=lambda n: f"Visit {n}")
    empty_store.add_many(visits[:14])
    alone = []
    for visit in visits[14:]:  # up to more than two pages of the table hold
        empty_store.add_many([visit])
        briefing = plan_briefing(empty_store, request, request.page.page_layout())
        table_pages = [len(page.rows) for page in briefing.pages if page.rows]
        if table_pages[-1] < 3:
            alone.append(table_pages)
    assert not alone


@pytest.mark.parametrize(("language", "visit"), [("en", "Visit"), ("fr", "Visite")])
def test_a_tables_last_page_is_not_left_near_empty_after_a_full_one(
    empty_store, pair_request, poppler, tmp_path, language, visit
):
    """79 visits listed: pages 2 to 6 held fifteen each and page 7 the last four, three
    quarters of it blank (the French summary of 2020 on 10,000 events had eleven months on
    page 3 and three on page 4). The last two pages share their rows, on as many pages."""
    empty_store.add_many(
        _visits(79, title_en=lambda n: f"Visit {n}", title_fr=lambda n: f"Visite {n}")
    )
    request = pair_request(language, table="all", generated=date(2025, 12, 1))
    path = tmp_path / "visits.pdf"
    export_file(empty_store, path, request)
    assert poppler.page_count(path) == 7
    # Page 1: the summary and the timeline; the table from page 2.
    listed = [len(re.findall(rf"{visit} \d+", page)) for page in poppler.pages(path)[1:]]
    assert sum(listed) == 79
    assert listed[:4] == [15] * 4
    assert listed[-2] - listed[-1] <= 1, listed  # [.., 15, 4] before


def test_the_page_before_the_tables_last_is_left_the_fuller(empty_store, pair_request):
    """Fifteen visits listed, every third with a title of four lines: evened with the last,
    page 2 kept seven rows and page 3 took eight, page 2 left 34 % blank and page 3, the
    last, 30 %. The last page takes rows while the page before stays the fuller: eight and
    seven, 28 % and 36 %."""
    subject = " on the joint commission for trade, investment and the transport of goods by rail"
    empty_store.add_many(
        _visits(15, title_en=lambda n: f"Visit {n}" + (subject * 4 if n % 3 == 0 else ""))
    )
    request = pair_request("en", table="all", generated=date(2025, 12, 1))
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    before, last = briefing.pages[-2:]
    assert before.part is last.part is None and before.rows and last.rows
    assert len(before.rows) + len(last.rows) == 15
    assert _left_empty(briefing, before) <= _left_empty(briefing, last)


@pytest.mark.parametrize("table", ["all", "summary"])
def test_an_event_begun_before_the_selection_is_counted_apart(sample_store, pair_request, table):
    """The pair from 2025 on, with a meeting of 30 December 2024 – 2 January 2025: the
    chart of events per year and the table by year had a 2024 in a briefing on 2025. It is
    in no period: counted apart, first in the table, said under the chart."""
    event = sample_store.find(PAIR)[0]
    straddling = EventDate.on(date(2024, 12, 30))
    straddling = EventDate(straddling.start, EventDate.on(date(2025, 1, 2)).start)
    sample_store.add_many([replace(event, id=None, date=straddling)])
    request = pair_request("en", table=table)
    view = request.view
    since = replace(view.event_filter, start=date(2025, 1, 1))
    request = replace(request, view=replace(view, event_filter=since))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert {start.year for start in briefing.glance.by_period} == {2025}
    assert [start.year for start in briefing.glance.busiest_periods] == [2025]
    # Eleven months, counted month by month from January.
    assert min(briefing.glance.by_period) == date(2025, 1, 1)
    assert briefing.glance.begun_before == {event.kind: 1}
    if table == "summary":
        assert briefing.rows[0].cells[0][0] == "Begun before 1 January 2025"
        assert briefing.rows[1].cells[0][0] == "February 2025"  # January: none begun


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_keys_only_the_markers_drawn(shared_sample, poppler, tmp_path, language):
    """7 April 2025: an assembly and three meetings on one day within it, none known only
    to the month or year. The summary explained the month-or-year marker all the same."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest
    from timeline.render.index import Marker
    from timeline.render.legend import MARKER_WORDS

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    day = EventFilter(start=date(2025, 4, 7), end=date(2025, 4, 7))
    path = tmp_path / "day.pdf"
    export_file(shared_sample, path, ExportRequest(ViewState(day, fmt)))
    first = poppler.squeezed(poppler.pages(path)[0])
    assert poppler.squeezed(MARKER_WORDS[Marker.WINDOW][language]) in first
    assert poppler.squeezed(MARKER_WORDS[Marker.FUZZY][language]) not in first


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_follow_a_table_ended_under_the_summary(shared_sample, language, paper):
    """Every country by year on a portrait page: the timeline took page 2 (its French and
    Arabic labels are longer), and the table of two years ended under the summary. The
    agreements and the announced events followed the timeline, leaving page 1 half empty;
    they follow the table, wherever it ends (after the timeline where it fits under the
    summary, as in French and Arabic since their labels wrap beside their markers clear of
    the meetings' brackets, and in English since the Mazhilis Chairman's visit wraps beside
    its marker in a row of the others rather than take a row of its own under them)."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(
        ViewState(EventFilter(), fmt), table="summary", page=PageSetup(paper, landscape=False)
    )
    briefing = _planned(shared_sample, request)
    first, second = briefing.pages
    assert first.glance and {first.part, second.part} == {0, None}
    (ending,) = [page for page in briefing.pages if page.rows]
    assert {piece.section for piece in ending.closing} == {0, 1}


#: The papers a desk officer prints briefings on.
PAPERS = {
    "A4 landscape": PageSetup("A4", landscape=True),
    "A4 portrait": PageSetup("A4", landscape=False),
    "Letter landscape": PageSetup("Letter", landscape=True),
}


@pytest.mark.parametrize(
    ("language", "style", "paper", "table"),
    [("fr", DateStyle.MAGHREB, "A4", "none"), ("ar", DateStyle.ALGERIA, "Letter", "summary")],
)
def test_a_summary_short_of_room_lists_what_leaving_the_busiest_year_to_its_chart_makes_room_for(
    shared_sample, language, style, paper, table
):
    """The sample's summary under its timeline, its key a line too tall for the room: it
    said only "Accords : 4 événements", no event, no busiest year. Left to the chart (its
    count on that year's bar), the busiest year's line makes room for the latest event of
    one kind and the latest agreement."""
    view = ViewState(EventFilter(), DateFormat(language, style))
    request = ExportRequest(view, page=PageSetup(paper), table=table, generated=date(2026, 12, 5))
    briefing = plan_briefing(shared_sample, request, request.page.page_layout())
    block = briefing.block
    lines = [line for column in block.columns for _, section in column for line in section]
    assert block.latest_named >= 1
    assert sum(1 for line in lines if line is not None and line.date) >= 2, "two events named"


def _every_country(store, language: str, paper: str, **options):
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(EventFilter(), fmt), page=PAPERS[paper], **options)
    return request, _planned(store, request)


#: The briefings laid out by ``_planned``, by store and request, of the stores tests only
#: read (the shared sample, fifty years of talks): several tests ask for the same (every
#: country one page wide on A4, ...), each a layout of a tenth of a second or more, and
#: only read it. (A test that changes its store or patches the layout lays its own out
#: with ``plan_briefing``.) The store is kept with its briefings, so that no other store
#: takes its ``id`` while they are here.
_PLANNED: dict[tuple[int, ExportRequest], tuple[object, object]] = {}


def _planned(store, request):
    """``request``'s briefing of ``store``, laid out the first time it is asked for."""
    key = (id(store), request)
    if key not in _PLANNED:
        _PLANNED[key] = (store, plan_briefing(store, request, request.page.page_layout()))
    return _PLANNED[key][1]


def _left_empty(briefing, page) -> float:
    """The share of the page that ``page`` leaves empty under what it holds."""

    height = briefing.content.height()
    return (height - briefing.footer_height - briefing._end_of(page)) / height


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("pages_wide", [1, 2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_closing_sections_fill_the_page_the_events_end_on(
    shared_sample, language, pages_wide, paper
):
    """Every country: one page wide in English, page 3 was a third empty, the agreements
    and the announced forum moving together to page 4; then page 4 held the forum's
    single row alone, three quarters empty. No page but the last two is left emptier than
    a page may spare; the one before the last may give the last page rows of the events
    or the closing sections before the last one, so that the last page holds more than a
    row or two, but is never left half empty. Every row of every table is on one page,
    once, in order."""
    from timeline.export.briefing import SPARE

    _request, briefing = _every_country(shared_sample, language, paper, pages_wide=pages_wide)
    for number, page in enumerate(briefing.pages[:-1], start=1):
        most = SPARE if number < briefing.page_count - 1 else 0.5
        assert _left_empty(briefing, page) <= most, f"page {number} of {briefing.page_count}"
    last = briefing.pages[-1]
    assert len(last.rows) + sum(len(piece.rows) for piece in last.closing) >= 3
    assert [n for page in briefing.pages for n in page.rows] == list(range(len(briefing.rows)))
    for number, section in enumerate(briefing.closing.sections):
        pieces = [piece for page in briefing.pages for piece in page.closing]
        rows = [n for piece in pieces if piece.section == number for n in piece.rows]
        assert rows == list(range(len(section.rows))), section.heading
    held = [e for e in shared_sample.find(EventFilter()) if e.status is not EventStatus.ANNOUNCED]
    assert len(briefing.rows) == len(held)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("pages_wide", [1, 2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_closing_sections_never_have_the_last_page_to_themselves(
    shared_sample, language, pages_wide, paper
):
    """Every country in French on portrait paper: page 3 held the agreements and the
    announced forum alone, three rows, two thirds of it blank, under nothing that read as
    the briefing going on (three rows were enough to stay). The table's last two rows go
    over with them from the page before, as they do with a row or two. (Two wide on Letter
    paper, the table ends under the first part, the second's page full: they stay alone.)"""
    _request, briefing = _every_country(shared_sample, language, paper, pages_wide=pages_wide)
    if briefing.page_count > 1 and briefing.pages[-2].rows:
        last = briefing.pages[-1]
        assert last.rows or last.part is not None or not last.closing


# Not on A4 with a table of every event: one page wide shows every event as well, on a
# page less (see test_a_part_over_the_tables_rows_takes_one_page_wide_where_that_shows_...).
@pytest.mark.parametrize(
    ("paper", "table"),
    [("A4 landscape", "summary"), ("Letter landscape", "all"), ("Letter landscape", "summary")],
)
@pytest.mark.parametrize("pages_wide", [2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_of_a_wide_timeline_but_the_last_is_left_a_fifth_empty(
    shared_sample, language, pages_wide, paper, table
):
    """Every country two and three pages wide: the busiest part had a page of its own, the
    table having gone on under the quieter part before it, and kept the height its rows
    need, a third of that page empty (the parts spread alike, and the quieter part's page,
    full of the table, did not let them); the closing sections followed on a page half
    empty. Its rows now spread down its page, the quieter part's with them, the table
    going on after: no page but the last is left emptier than a page may spare, under its
    rows or its table, and the briefing takes no page more. (Without a table the parts
    keep one height, their density strips in one line: nothing would take the room.)"""
    from timeline.export.briefing import SPARE

    _request, briefing = _every_country(
        shared_sample,
        language,
        paper,
        pages_wide=pages_wide,
        table=table,
        generated=date(2025, 6, 1),
    )
    assert briefing.page_count <= {"all": 4, "summary": 3}[table]
    most = SPARE * briefing.content.height()
    for number, page in enumerate(briefing.pages[:-1], start=1):
        assert briefing._left_under(page) <= most, f"page {number} of {briefing.page_count}"


@pytest.mark.parametrize("table", ["all", "summary"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pair_two_wide_whose_pages_would_be_left_emptier_takes_one(
    shared_sample, language, table
):
    """Morocco and Kazakhstan two pages wide on A4: the second part held one visit over
    four rows of the table, a third of its page empty, the table's last two rows and the
    agreement on a page 3 half empty (in English and French). One page wide shows every
    event as well, on a page less: the timeline takes one (in Arabic, and with a summary
    by year, two parts fill their two pages and are kept)."""
    from timeline.export.briefing import SPARE

    briefing = _selection(shared_sample, language, PAIR, pages_wide=2, table=table)
    most = SPARE * briefing.content.height()
    for number, page in enumerate(briefing.pages[:-1], start=1):
        assert briefing._left_under(page) <= most, f"page {number} of {briefing.page_count}"
    assert briefing.page_count == 2
    shown = {shape.event.id for part in briefing.drawing.layouts for shape in part.events}
    assert len(shown) == len(shared_sample.find(PAIR))
    assert not any(part.clusters or part.key for part in briefing.drawing.layouts)


def _selection(store, language: str, selection: EventFilter, **options):
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(selection, fmt), generated=date(2025, 6, 1), **options)
    return _planned(store, request)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_thin_selection_takes_only_the_pages_wide_it_needs(shared_sample, language):
    """The sample's two official visits three pages wide: a part for each, page 2 four
    fifths empty under one visit. One page wide shows both as well: the timeline takes
    one, and the briefing is a page."""
    visits = EventFilter(kinds=frozenset({EventKind.OFFICIAL_VISIT}))
    briefing = _selection(shared_sample, language, visits, pages_wide=3)
    (part,) = briefing.drawing.layouts
    assert len(part.events) == 2 and not part.clusters and not part.key
    assert briefing.page_count == 1


@pytest.mark.parametrize(
    ("language", "paper", "style"),
    [("en", "A4 landscape", DateStyle.MAGHREB), ("ar", "Letter landscape", DateStyle.LEVANT)],
)
def test_a_part_over_the_tables_rows_takes_one_page_wide_where_that_shows_every_event_as_well(
    shared_sample, language, paper, style
):
    """Every country of the sample two pages wide: page 2 held part 1 as a strip of three
    events over the table's rows, which filled the page, so it never read as thin; the
    briefing took four pages where one page wide labels all eleven events on one, in
    three. A part's page is judged by its own rows: the timeline takes one page wide."""
    from timeline.domain.view_state import ViewState

    fmt = DateFormat(language=language, style=style)
    every = ViewState(EventFilter(), fmt)
    one, two = (
        _planned(
            shared_sample,
            ExportRequest(every, page=PAPERS[paper], pages_wide=wide, generated=date(2025, 6, 1)),
        )
        for wide in (1, 2)
    )
    (part,) = two.drawing.layouts
    assert len(part.events) == len(shared_sample.find(EventFilter()))
    assert not part.clusters and not part.key
    assert two.page_count == one.page_count == 3


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_selection_that_two_pages_wide_show_better_keeps_them(fifty_years_of_talks, language):
    """Five years of a pair's talks two pages wide: one page wide would put some of them
    in badges, a page shorter. The timeline keeps the two pages wide asked, every event
    labelled: fewer pages wide are taken only where they show every event as well."""
    briefing = _selection(fifty_years_of_talks, language, FIVE_YEARS_OF_TALKS, pages_wide=2)
    assert len(briefing.drawing.layouts) == 2
    assert not any(part.clusters for part in briefing.drawing.layouts)
    shown = sum(len(part.events) for part in briefing.drawing.layouts)
    assert shown == len(fifty_years_of_talks.find(FIVE_YEARS_OF_TALKS))
    one = _selection(fifty_years_of_talks, language, FIVE_YEARS_OF_TALKS)
    assert any(part.clusters for part in one.drawing.layouts)
    assert one.page_count < briefing.page_count


@pytest.mark.parametrize("paper", ["A4 landscape", "A4 portrait"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pair_three_pages_wide_leaves_no_page_of_a_part_half_empty(
    shared_sample, language, paper
):
    """Morocco and Azerbaijan (four events) and Morocco and Kazakhstan (six) three pages
    wide: the last part's page held an event or two over nothing, three quarters empty.
    The timeline takes as few pages wide as show its events as well, and no page holding
    a part of it is left half empty."""
    from timeline.export.briefing import BAND_PADDING

    for pair in (EventFilter.pair("MA", "AZ"), PAIR):
        briefing = _selection(shared_sample, language, pair, pages_wide=3, page=PAPERS[paper])
        bottom = briefing.content.height() - briefing.footer_height
        for page in briefing.pages:
            if page.part is None:
                continue
            part = briefing.drawing.layouts[page.part]
            ends = page.band_top + lowest(part) + BAND_PADDING
            used = max(briefing._end_of(page), ends)
            assert bottom - used < briefing.content.height() / 2, (pair, page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_table_of_three_rows_starts_on_a_page_of_its_own_rather_than_leave_one(
    shared_sample, language
):
    """The three sideline meetings of the IPU assembly: page 1 held the summary, the
    timeline and two rows of the table, page 2 the third alone, five sixths empty. The
    table starts on page 2, whole; the timeline's band takes the room it leaves."""
    meetings = EventFilter(kinds=frozenset({EventKind.SIDELINE_MEETING}))
    briefing = _selection(shared_sample, language, meetings)
    if briefing.page_count == 1:  # all on one page: nothing to go over
        return
    first, second = briefing.pages
    assert not first.rows and second.rows == range(3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_row_alone_under_a_part_goes_on_to_the_next_parts_rows(shared_sample, language):
    """April 2025 three pages wide (two parts hold events): page 1 ended with the table's
    first row alone under the busier part (a header over a lone row was allowed under a
    part); the other three and the announced forum were under the quieter one on page 2,
    which has room for it too."""
    april = EventFilter(start=date(2025, 4, 1), end=date(2025, 4, 30))
    briefing = _selection(shared_sample, language, april, pages_wide=3)
    assert all(len(page.rows) != 1 for page in briefing.pages)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("pages_wide", [2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_holds_a_lone_row_of_the_table(shared_sample, language, pages_wide, paper):
    """Every country several pages wide: in French on portrait paper, page 1 ended with the
    table's first row alone under the first part, the band over it as tall as the second
    part's though its own rows ended half way; in English on A4 two wide, the table's
    last row stood alone under the second part, the closing sections on a page 4 half
    empty. The quieter part ends under its rows and the table takes the room (page 1 holds
    four rows), and a last row alone goes over with the closing sections."""
    _request, briefing = _every_country(shared_sample, language, paper, pages_wide=pages_wide)
    for number, page in enumerate(briefing.pages, start=1):
        assert len(page.rows) != 1 or page.closing, f"page {number} of {briefing.page_count}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_parts_with_room_for_one_row_under_each_leave_it_empty(fifty_years_of_talks, language):
    """Three parts whose bands each leave room for one row of the table under them: each
    held a header over a lone row (moving it on "would leave them all empty"); the United
    Arab Emirates' years in the benchmark's fifty thousand events had one under the first
    part, the others three pages on. The room stays empty, the table goes on after. (Five
    years of a pair's talks three pages wide: the sample's eleven events take one.)"""
    from timeline.export.briefing import BLOCK_GAP

    briefing = _selection(fifty_years_of_talks, language, FIVE_YEARS_OF_TALKS, pages_wide=3)
    bottom = briefing.content.height() - briefing.footer_height
    tops = [next(page.band_top for page in briefing.pages if page.part == n) for n in range(3)]
    # Room for the tallest row under its header, not for two of the shortest.
    one = briefing.table.header_height + max(row.height for row in briefing.rows) + 1
    assert 2 * min(row.height for row in briefing.rows) + briefing.table.header_height > one
    heights = [bottom - top - BLOCK_GAP - one for top in tops]
    pages = briefing._plan(tops, bottom, heights)
    assert [len(page.rows) for page in pages if page.part is not None] == [0, 0, 0]
    assert [n for page in pages for n in page.rows] == list(range(len(briefing.rows)))


@pytest.mark.parametrize("paper", ["A4 landscape", "Letter landscape"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_closer_rows_spare_a_page_the_closing_sections_would_have_alone(
    shared_sample, language, paper
):
    """Every country on Letter paper, one page wide: the agreements and the announced forum
    missed the room under the table's last rows on page 3 by 13 pixels, and went together
    to a page 4, pages 3 and 4 each half empty (in English and French on A4 too). The
    tables' rows are set a few pixels closer where that spares a page: the sections follow
    the table on page 3."""
    from timeline.export.briefing_table import PADDING

    _request, briefing = _every_country(shared_sample, language, paper)
    assert briefing.page_count == 3
    last = briefing.pages[-1]
    assert last.rows.stop == len(briefing.rows)
    assert {piece.section for piece in last.closing} == {0, 1}
    assert _left_empty(briefing, last) >= 0
    # Only where it spares a page: on portrait paper the rows keep their room.
    _request, kept = _every_country(shared_sample, language, "A4 portrait")
    assert kept.table.padding == PADDING
    assert all(section.table.padding == PADDING for section in kept.closing.sections)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_parts_of_a_wide_timeline_spread_down_their_pages_the_last_one_too(
    shared_sample, language
):
    """Every country three pages wide on portrait paper, without a table: the parts' rows
    stayed as close as on screen, pages 2 and 3 half empty under them, because the last
    part, on the last page, kept its height and the parts spread alike. It spread with
    them, as far as its page allowed; yet page 3 held the last visit alone. Two pages wide
    show every event as well: the timeline takes two, neither left half empty."""
    _request, briefing = _every_country(
        shared_sample, language, "A4 portrait", pages_wide=3, table="none"
    )
    assert [page.part for page in briefing.pages] == [0, 1]
    for number, page in enumerate(briefing.pages, start=1):
        assert _left_empty(briefing, page) < 0.5, f"page {number}"


@pytest.mark.parametrize(
    ("language", "pages_wide", "paper"),
    [
        ("fr", 1, "A4 portrait"),
        ("ar", 1, "A4 portrait"),
        ("ar", 1, "Letter landscape"),
        ("en", 2, "A4 landscape"),
        ("fr", 3, "Letter landscape"),
        ("ar", 3, "A4 landscape"),
        ("en", 1, "A4 landscape"),  # its rows one line tall, as on screen
        ("fr", 1, "Letter landscape"),
    ],
)
def test_without_a_table_the_timeline_starts_under_a_shorter_summary(
    shared_sample, poppler, tmp_path, language, pages_wide, paper
):
    """Every country and no table: the summary had page 1 to itself, nearly half of it
    empty, as the band under a summary that long would hide events. Listing fewer
    agreements and latest events, it leaves the band (or its first part) room to show every
    event with its label, as on a page of its own: one page less. One page wide on a
    landscape page, not even the shortest summary leaves that room: the band's rows are one
    line tall (a longer label numbered, with a key), every event still labelled."""
    from timeline.export.briefing import SPARE

    request, briefing = _every_country(
        shared_sample, language, paper, pages_wide=pages_wide, table="none"
    )
    first = briefing.pages[0]
    assert first.glance and first.part == 0
    assert _left_empty(briefing, first) <= SPARE
    # Three wide in Arabic on A4, two show the events as well: the timeline takes two.
    pages_wide = len(briefing.drawing.layouts)
    assert briefing.page_count == pages_wide
    parts = briefing.drawing.layouts
    assert not any(part.clusters for part in parts)
    labelled = {
        shape.event.id
        for part in parts
        for shape in part.events
        if shape.label_rect is not None or shape.callout is not None
    }
    assert labelled == {event.id for event in shared_sample.find(EventFilter())}
    path = tmp_path / "none.pdf"
    assert export_file(shared_sample, path, request).pages == pages_wide
    heading = {"ar": "العلاقة في لمحة", "en": "at a glance", "fr": "La relation en bref"}
    assert poppler.squeezed(heading[language]) in poppler.squeezed(poppler.pages(path)[0])
    text = poppler.squeezed(poppler.text(path))
    for event in shared_sample.find(EventFilter()):  # whole, in a label or in the key
        assert poppler.squeezed(event.title(language)) in text, event.title(language)
    assert _room_after_the_last_events_shows_a_label(briefing, shared_sample)


def _room_after_the_last_events_shows_a_label(briefing, store) -> bool:
    """A fitted band leaves room after its last events only for the last one's label, drawn
    whole in it: where that label is numbered, the room is an empty strip of months after
    the period the subtitle names."""
    from timeline.render.index import MemorySource
    from timeline.render.layout import fit_period

    events = store.find(EventFilter())
    loose = fit_period(MemorySource.single(events, len, "en").index)
    assert loose is not None
    if briefing.drawing.period.end <= loose.end + 1:
        return True
    last = max(events, key=lambda event: event.date.earliest())
    shapes = [s for s in briefing.drawing.layouts[-1].events if s.event.id == last.id]
    return any(shape.label_rect is not None and shape.callout is None for shape in shapes)


#: June 2016 in the benchmarks' 10,000 events: 28 events, ten known only to 2016 and four
#: only to June, as kind, date, countries and topic.
JUNE_2016 = (
    ("multilateral-gathering", "2016", "AE NG", "trade"),
    ("statement", "2016", "AZ NG", "energy"),
    ("multilateral-gathering", "2016", "AE NG", "water"),
    ("statement", "2016", "AE UZ", "security"),
    ("phone-call", "2016", "AZ NG", "health"),
    ("agreement-in-force", "2016", "AE NG", "culture"),
    ("agreement-signed", "2016", "AZ NG", "security"),
    ("agreement-signed", "2016", "AE NG", "culture"),
    ("agreement-signed", "2016", "IQ TN", "security"),
    ("statement", "2016", "DZ SY", "energy"),
    ("sideline-meeting", "2016-05-21/2016-06-01", "KZ UZ", "health"),
    ("official-visit", "[2016-05-21..2016-06-02]", "CN IT", "transport"),
    ("sideline-meeting", "2016-06-01", "CN ES", "health"),
    ("agreement-in-force", "2016-06", "BR SA", "transport"),
    ("phone-call", "2016-06", "CN EG", "security"),
    ("statement", "2016-06", "BR TR", "security"),
    ("statement", "2016-06", "AE NG", "health"),
    ("agreement-signed", "2016-06-02", "AZ NG", "energy"),
    ("sideline-meeting", "[2016-06-03..2016-06-10]", "AE NG", "health"),
    ("bilateral-meeting", "2016-06-09", "AZ NG", "energy"),
    ("agreement-in-force", "2016-06-12", "BR TR", "health"),
    ("multilateral-gathering", "[2016-06-19..2016-06-30]", "BR LB", "visas"),
    ("phone-call", "2016-06-20", "BR SA", "transport"),
    ("agreement-signed", "2016-06-21", "BR TR", "health"),
    ("sideline-meeting", "2016-06-26", "AE UZ", "visas"),
    ("official-visit", "2016-06-26/2016-07-06", "KZ MR", "security"),
    ("multilateral-gathering", "2016-06-27/2016-07-06", "ES RU", "transport"),
    ("agreement-signed", "2016-06-30", "ES IN", "culture"),
)


def _briefing_of(
    store, rows, period: tuple[date, date], language: str, page: PageSetup, table: str
) -> ExportRequest:
    """``rows`` (kind, date, countries, topic) added to ``store``, titled as the 10,000-event
    database titles them, and the briefing of ``period`` in ``language``, two pages wide."""
    from timeline.domain.countries import country_name

    def names(countries: str, language: str, joined: str) -> str:
        return joined.join(country_name(code, language) for code in countries.split())

    store.add_many(
        [
            Event(
                EventKind(kind),
                tuple(countries.split()),
                EventDate.from_edtf(when),
                title_ar=f"{EventKind(kind).info.name('ar')} بين {names(countries, 'ar', ' و')}",
                title_en=f"{EventKind(kind).info.name('en')}: {names(countries, 'en', '–')}"
                + f" on {topic}",
            )
            for kind, when, countries, topic in rows
        ]
    )
    return ExportRequest(
        ViewState(EventFilter(start=period[0], end=period[1]), DateFormat(language=language)),
        generated=date(2026, 12, 7),
        page=page,
        pages_wide=2,
        table=table,
    )


def _june_2016(store) -> ExportRequest:
    """June 2016 (:data:`JUNE_2016`) added to ``store``, and its briefing in English with no
    table, two pages wide on A3 paper."""
    june = (date(2016, 6, 1), date(2016, 6, 30))
    return _briefing_of(store, JUNE_2016, june, "en", PageSetup("A3"), "none")


def test_one_line_rows_showing_more_than_a_page_of_their_own_go_under_the_summary(empty_store):
    """June 2016 on the 10,000 events, no table, two pages wide on A3 paper: the summary
    had page 1 to itself, three fifths of it blank, the parts on pages 2 and 3. Under
    the shortest summary, rows one line tall showed every event the parts showed on pages
    of their own and one more each (a label numbered with a key), and were refused for
    not showing as many: the parts now start under the summary, two pages."""
    from timeline.export.briefing import SPARE

    request = _june_2016(empty_store)
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    assert plan.page_count == 2
    first = plan.pages[0]
    assert first.glance and first.part == 0
    assert _left_empty(plan, first) <= SPARE
    assert len(plan.drawing.layouts[0].events) == 19  # 18 on a page of its own


#: 62 of the 193 events of 2021 in the 10,000-event database (kind, date, countries,
#: topic): its year's briefing two pages wide on A3 portrait paper in Arabic, its rows one
#: line tall under the summary, leaves page 2 emptier than the summary keeping its page.
YEAR_2021 = (
    ("agreement-in-force", "2021-12-23", "AE UZ", "health"),
    ("sideline-meeting", "2021-11", "CN TN", "trade"),
    ("phone-call", "2021-04", "AE NG", "security"),
    ("agreement-in-force", "2021-12-21/2021-12-30", "AE NG", "trade"),
    ("agreement-signed", "[2021-11-14..2021-11-22]", "AE NG", "visas"),
    ("multilateral-gathering", "2021-12-25", "AE NG", "security"),
    ("phone-call", "2021-12-13", "IN RU", "security"),
    ("phone-call", "2021-12", "MR SA", "culture"),
    ("agreement-in-force", "[2021-05-08..2021-05-09]", "DE IN", "health"),
    ("sideline-meeting", "2021-12-19", "ES UZ", "security"),
    ("bilateral-meeting", "2021-05-01", "DE IQ", "transport"),
    ("statement", "2021-02-01/2021-02-04", "ES RU", "water"),
    ("agreement-signed", "2021-04-18", "AE UZ", "culture"),
    ("multilateral-gathering", "2021-05", "IN RU", "trade"),
    ("agreement-signed", "2021-12-23", "AZ NG", "security"),
    ("bilateral-meeting", "2021-04-23", "BR SA", "energy"),
    ("agreement-in-force", "2021-07-22", "AE UZ", "transport"),
    ("multilateral-gathering", "2021-06-08", "AZ NG", "transport"),
    ("agreement-in-force", "[2021-05-02..2021-05-10]", "AE UZ", "energy"),
    ("phone-call", "2021-12-25", "AE NG", "visas"),
    ("statement", "2021-11-03/2021-11-08", "IQ TN", "water"),
    ("sideline-meeting", "2021-04-20/2021-04-26", "AE NG", "trade"),
    ("agreement-in-force", "2021-03-18", "AZ NG", "visas"),
    ("sideline-meeting", "2021-05-08", "AE UZ", "security"),
    ("agreement-in-force", "2021-05-10", "AE NG", "water"),
    ("agreement-in-force", "[2021-12-08..2021-12-10]", "DE SY", "transport"),
    ("multilateral-gathering", "2021-09-30", "AZ TR", "water"),
    ("agreement-in-force", "2021-01-01", "AE NG", "visas"),
    ("phone-call", "2021-11-30/2021-12-06", "AE NG", "culture"),
    ("agreement-in-force", "[2021-12-06..2021-12-13]", "AE NG", "energy"),
    ("bilateral-meeting", "2021-12-05", "CN IT", "transport"),
    ("official-visit", "2021-12-19/2021-12-31", "AZ NG", "security"),
    ("phone-call", "[2021-11-01..2021-11-12]", "AE UZ", "visas"),
    ("bilateral-meeting", "2021-11-24", "AE NG", "culture"),
    ("agreement-signed", "2021-04-20", "CN EG", "transport"),
    ("official-visit", "2021-04-29", "AE UZ", "water"),
    ("agreement-in-force", "2021-01-03/2021-01-14", "AE NG", "health"),
    ("agreement-signed", "2021-10", "AE UZ", "energy"),
    ("agreement-in-force", "2021-04-24/2021-05-04", "AE NG", "energy"),
    ("agreement-in-force", "2021-09-13/2021-09-23", "AE NG", "energy"),
    ("official-visit", "2021-09-28", "AE NG", "security"),
    ("agreement-in-force", "2021", "AE UZ", "water"),
    ("multilateral-gathering", "2021-11-19/2021-11-24", "AZ TR", "water"),
    ("bilateral-meeting", "2021-05-03", "AE NG", "transport"),
    ("bilateral-meeting", "2021-04", "AE NG", "trade"),
    ("multilateral-gathering", "2021-05-18/2021-05-19", "CN EG", "transport"),
    ("sideline-meeting", "2021-04-02", "ES RU", "health"),
    ("bilateral-meeting", "2021-11-21", "CN EG", "security"),
    ("agreement-in-force", "2021-11-02", "DE IQ", "visas"),
    ("bilateral-meeting", "[2021-05-09..2021-05-20]", "CN IT", "visas"),
    ("sideline-meeting", "2021-04-21", "AZ TR", "transport"),
    ("statement", "2021-08-05", "AE UZ", "visas"),
    ("agreement-in-force", "2021-05-15", "AE NG", "energy"),
    ("phone-call", "2021-06-16", "AE UZ", "water"),
    ("official-visit", "2021-04-20", "AE NG", "water"),
    ("agreement-signed", "2021-12-21/2021-12-27", "AE UZ", "energy"),
    ("agreement-signed", "2021-12-17", "BR SA", "culture"),
    ("bilateral-meeting", "2021-12-22/2021-12-24", "DE IN", "culture"),
    ("multilateral-gathering", "2021-11-19/2021-11-30", "AE NG", "culture"),
    ("statement", "2021-10-22/2021-10-27", "ES GB", "energy"),
    ("multilateral-gathering", "2021-06-09/2021-06-14", "AE UZ", "trade"),
    ("agreement-in-force", "2021-05-16/2021-05-26", "BR TR", "health"),
)


def _year_2021(store) -> ExportRequest:
    """:data:`YEAR_2021` added to ``store``, and its briefing in Arabic with its year's
    table, two pages wide on A3 portrait paper."""
    year = (date(2021, 1, 1), date(2021, 12, 31))
    page = PageSetup("A3", landscape=False)
    return _briefing_of(store, YEAR_2021, year, "ar", page, "summary")


def test_one_line_rows_that_would_leave_a_page_emptier_leave_the_summary_its_page(empty_store):
    """The year table of 2021 two pages wide on A3 portrait paper in Arabic: rows one line
    tall fit under the shortest summary, but there the parts took pages 1 and 2, page 2 a
    quarter blank, the table after them, half blank. The summary keeps its page, its table
    whole under it (a fifth of the page blank), the parts on pages 2 and 3."""
    request = _year_2021(empty_store)
    plan = plan_briefing(empty_store, request, request.page.page_layout())
    first = plan.pages[0]
    assert first.glance and first.part is None and first.rows == range(len(plan.rows))
    assert [page.part for page in plan.pages[1:]] == [0, 1]


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_summary_short_of_room_says_how_many_kinds_it_leaves_out(sample_store, language):
    """ "Latest event of each kind" that lists two kinds of five says how many it leaves out,
    as its agreements do, at every room the summary may be given."""
    from timeline.domain.datetext import DateFormat
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.export.briefing_words import word
    from timeline.render.theme import Theme

    summary = glance(sample_store.find(EventFilter()), date(2025, 12, 1))
    fmt = DateFormat(language)
    kinds = len(summary.latest)
    assert kinds > 2
    cut = set()
    for room in range(int(GlanceBlock(summary, fmt, Theme(), 1000.0).height), 0, -4):
        block = GlanceBlock(summary, fmt, Theme(), 1000.0, room=room)
        sections = [section for column in block.columns for _, section in column]
        for section in sections:
            if section[0] is None or section[0].text != word("latest", fmt):
                continue
            shown = sum(1 for line in section if line is not None and line.date)
            if shown < kinds:
                cut.add(shown)
                more = fmt.count(kinds - shown, "more-listed")
                assert section[-1] is not None and section[-1].text == more
    assert cut  # some room lists fewer kinds than there are


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_titles_lowest_dots_stay_clear_of_the_subtitle(sample_store, pair_request, language):
    """In an Arabic title the dots under ي reach a third of its size below the baseline:
    they stood on the subtitle's digits (الزمني over ١٤٣٦). Ink to ink, the title's
    lowest and the subtitle's highest are two points apart at least."""
    from PySide6.QtGui import QFontMetricsF

    from timeline.export.briefing import TITLE_BASELINE
    from timeline.export.briefing_table import BASELINE

    request = pair_request(language)
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    title = briefing._title(briefing.content.width(), briefing.rtl)
    ink = QFontMetricsF(briefing.title_font).tightBoundingRect(briefing.options.title)
    lowest = TITLE_BASELINE + ink.bottom()
    subtitle_top = title.lines * briefing._title_pitch
    digits = QFontMetricsF(briefing.text_font).tightBoundingRect("0123456789١٢٣٤")
    highest = subtitle_top + BASELINE + digits.top()
    assert highest - lowest >= 2.0, (lowest, highest)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_summarys_key_shows_each_kinds_colour_beside_its_count(sample_store, language):
    """The summary's key ("Official visit: 329") and the marker words under it stood
    without their swatches, so the chart's colours were explained nowhere: in a file a box
    running off the frame is cut to it, and the key's painter paints no frame, so each of
    its boxes was cut to nothing."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from timeline.domain.datetext import DateFormat
    from timeline.export.briefing_glance import SWATCH, GlanceBlock
    from timeline.render.theme import Theme

    summary = glance(sample_store.find(EventFilter()), date(2025, 12, 1))
    theme = Theme()
    width = 1000
    block = GlanceBlock(summary, DateFormat(language), theme, float(width))
    image = QImage(width, int(block.height) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    block.paint(painter, 0.0)
    painter.end()
    swatches = int(width - SWATCH / 2 if language == "ar" else SWATCH / 2)  # down their middle
    kinds = {theme.kind_colour(kind).rgb(): kind for kind in EventKind}
    seen: list[EventKind] = []
    for y in range(image.height()):
        kind = kinds.get(image.pixelColor(swatches, y).rgb())
        if kind is not None and (not seen or seen[-1] != kind):
            seen.append(kind)
    assert seen[: len(summary.by_kind)] == list(summary.by_kind)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_charts_peak_stands_over_the_busiest_bar(
    store_copy, pair_request, poppler, tmp_path, language
):
    """The chart's peak count stood at its far end, over the last bar: "271" over 2024
    read as 2024's when 2017 had them. It stands over the (first) busiest bar."""
    store = store_copy("empty", tmp_path / "years.sqlite3")
    days = [date(2019, 3, 10 + n) for n in range(5)] + [date(2020, 6, 12)]
    days += [date(2021, 9, 14), date(2021, 10, 16)]
    add_in_bulk(
        store,
        (
            Event(
                EventKind.OFFICIAL_VISIT,
                ("MA", "KZ"),
                EventDate.on(day),
                title_en=f"Talks on trade, round {number}",
                title_ar=f"محادثات حول التجارة، الجولة {number}",
            )
            for number, day in enumerate(days, start=1)
        ),
    )
    path = tmp_path / "years.pdf"
    export_file(store, path, pair_request(language))
    store.database.close()
    words = poppler.words(path)[0]
    at = {(word, y): (x_min + x_max) / 2 for x_min, y, x_max, _y2, word in words}
    # The chart's row of years, over the timeline's axis (which names them too).
    row = min(y for word, y in at if word == "2019" and ("2021", y) in at)
    years = {word: at[word, row] for word in ("2019", "2020", "2021")}
    peaks = [x for (word, y), x in at.items() if word == "5" and row - 120 < y < row]
    pitch = abs(years["2020"] - years["2019"])
    assert len(peaks) == 1 and abs(peaks[0] - years["2019"]) < pitch / 2


@pytest.mark.parametrize(
    ("language", "listed", "expected"),
    [("en", True, "4 events in the table"), ("fr", False, "4 événements"),
     ("ar", True, "4 أحداث في الجدول")],
)  # fmt: skip
def test_a_summary_that_lists_no_agreement_says_how_many_there_are(
    sample_store, language, listed, expected
):
    """The shortest summary (the Algeria–Syria pair two pages wide in portrait, its band on
    page 1) read "Agreements" over "and 37 more", after nothing."""
    from timeline.domain.datetext import DateFormat
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.export.briefing_words import word
    from timeline.render.theme import Theme

    summary = glance(sample_store.find(EventFilter()), date(2025, 12, 1))
    assert len(summary.agreements) == 4
    fmt = DateFormat(language)
    block = GlanceBlock(summary, fmt, Theme(), 1000.0, listed, room=0.0)
    sections = [section for column in block.columns for _, section in column]
    (agreements,) = [s for s in sections if s[0] and s[0].text == word("agreements", fmt)]
    assert [line.text for line in agreements[1:] if line is not None] == [expected]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_summary_that_would_name_no_event_leaves_its_busiest_year_to_the_chart(
    sample_store, language
):
    """The sample's summary 700 points wide in a room of 200 to 212: its busiest year's
    line fitted, and no event was named under it, where without that line (the chart
    stands the count on that year's bar) the latest agreement has room."""
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.render.theme import Theme

    fmt = DateFormat(language)
    summary = glance(sample_store.find(EventFilter()), date(2025, 12, 1))
    named = 0
    for room in range(200, 214, 4):
        block = GlanceBlock(summary, fmt, Theme(), 700.0, room=float(room))
        lines = [line for column in block.columns for _, section in column for line in section]
        assert block.height <= room
        named += any(line is not None and line.date for line in lines)
    assert named == 4


def _busiest_said(block, fmt) -> bool:
    from timeline.export.briefing_words import word

    lines = [line for column in block.columns for _, section in column for line in section]
    busiest = word("busiest_year", fmt, period="\0", count="", so_far="").split("\0")[0]
    return any(line is not None and line.text.startswith(busiest) for line in lines)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_shortest_summary_leaves_the_busiest_year_to_a_chart_naming_every_year(
    sample_store, half_a_century, language
):
    """Short of room, the sample's summary says its busiest year on the chart alone: the
    count stands on that year's bar, its name under it. Half a century's chart names one
    year in several: there the line stays."""
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.render.theme import Theme

    fmt = DateFormat(language)
    for store, said in ((sample_store, False), (half_a_century, True)):
        summary = glance(store.find(EventFilter()), date(2025, 12, 1))
        whole = GlanceBlock(summary, fmt, Theme(), 1000.0)
        shortest = GlanceBlock(summary, fmt, Theme(), 1000.0, room=0.0)
        assert _busiest_said(whole, fmt)
        assert _busiest_said(shortest, fmt) == said
        for width in (600.0, 1000.0):  # filled in that room, it stays in it
            tight = GlanceBlock(summary, fmt, Theme(), width, room=0.0)
            room = tight.height
            filled = GlanceBlock(summary, fmt, Theme(), width, room=room, fill=True)
            assert filled.height <= room


def test_without_a_table_the_sample_in_french_takes_one_full_page(shared_sample):
    """The sample in French without a table: the summary alone on page 1, 45 % of it
    empty, the band on page 2, a quarter empty: under the shortest summary the band with
    one-line labels was one row short of showing every event. The summary leaves the
    busiest year to its chart, and both take one page, every event labelled."""
    view = ViewState(EventFilter(), DateFormat("fr", DateStyle.MAGHREB))
    request = ExportRequest(view, table="none")
    briefing = plan_briefing(shared_sample, request, request.page.page_layout())
    assert briefing.page_count == 1
    (part,) = briefing.drawing.layouts
    assert len(part.events) == len(shared_sample.find(EventFilter())) and not part.clusters


#: Twenty-three of the talks (below): one page wide put some in badges (in English and
#: French), two or three pages wide label them all.
FIVE_YEARS_OF_TALKS = EventFilter(start=date(2000, 1, 1), end=date(2004, 12, 31))


@pytest.fixture(scope="module")
def fifty_years_of_talks(store_copy, tmp_path_factory):
    """A pair's 280 events over fifty years, a third of them agreements: read only."""
    store = store_copy("empty", tmp_path_factory.mktemp("talks") / "talks.sqlite3")
    rng = random.Random(11)
    kinds = [EventKind.AGREEMENT_SIGNED, EventKind.OFFICIAL_VISIT, EventKind.PHONE_CALL]
    add_in_bulk(
        store,
        (
            Event(
                kinds[number % 3],
                ("MA", "KZ"),
                EventDate.on(date(1979, 1, 1) + timedelta(days=rng.randrange(18_600))),
                title_en=f"Morocco–Kazakhstan talks on water and energy, round {number}",
                title_ar=f"محادثات مغربية كازاخستانية حول المياه والطاقة، الجولة {number}",
                title_fr=f"Entretiens maroco-kazakhs sur l'eau et l'énergie, tour {number}",
            )
            for number in range(280)
        ),
    )
    yield store
    store.database.close()


@pytest.mark.parametrize("pages_wide", [2, 3])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_summary_that_keeps_its_page_lists_the_agreements_that_page_holds(
    fifty_years_of_talks, language, pages_wide
):
    """No table, and a band several pages wide too tall to go under even the shortest
    summary (a pair's 280 events over fifty years): the summary has page 1 to itself. It
    listed six agreements at most, of about ninety, over half a page left empty; it now
    lists as many as the page holds."""
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.export.briefing_words import word

    _request, briefing = _every_country(
        fifty_years_of_talks, language, "A4 landscape", pages_wide=pages_wide, table="none"
    )
    first = briefing.pages[0]
    assert first.glance and first.part is None, "the summary keeps page 1"
    block, agreements = briefing.block, len(briefing.glance.agreements)
    listed = sum(bool(line.date) for line in _read_from(block, word("agreements", briefing.fmt)))
    room = briefing.content.height() - briefing.footer_height - briefing.header_height
    assert block.height <= room
    assert listed > 6
    if listed < agreements:  # one more would not fit
        fmt, theme = briefing.fmt, briefing.theme
        more = GlanceBlock(briefing.glance, fmt, theme, block.width, False, room, fill=False)
        more._flow(len(block.columns), more._sections(listed + 1, 8))
        assert more.height > room


def _read_from(block, heading: str) -> list:
    """The summary's lines from ``heading`` on, read down each column and on into the
    next (a list may go on at the top of the next column)."""
    lines = [line for column in block.columns for _top, section in column
             for line in section if line is not None]  # fmt: skip
    start = next(n for n, line in enumerate(lines) if line.text == heading)
    return lines[start + 1 :]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_summary_that_keeps_its_page_fills_each_of_its_columns(fifty_years_of_talks, language):
    """Letter portrait, no table, two pages wide: the summary has page 1 to itself and its
    agreements (the last of its sections) filled one column to the foot of the page beside
    another half empty, which read as a blank half page. They go on into the next column:
    each column ends within a few lines of the page's foot."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest
    from timeline.export.briefing_table import LINE_PITCH

    fmt = DateFormat(language=language)
    request = ExportRequest(
        ViewState(EventFilter(), fmt), pages_wide=2, table="none", page=PageSetup("Letter", False)
    )
    briefing = plan_briefing(fifty_years_of_talks, request, request.page.page_layout())
    first = briefing.pages[0]
    assert first.glance and first.part is None, "the summary keeps page 1"
    block = briefing.block
    room = briefing.content.height() - briefing.footer_height - briefing.header_height
    assert len(block.columns) == 2
    for column in block.columns:
        top, piece = column[-1]
        end = block.heading_height + top + sum(block._item_height(line) for line in piece)
        assert end <= room
        assert end > room - 4 * LINE_PITCH, "a column left half empty"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_briefing_since_a_day_names_nothing_before_it_on_its_axis(empty_store, language):
    """Two pages wide, a pair's visits since 2020: the margin "fit all" leaves before the
    first of them read "2019" and "December" (١٢) on the axis of a briefing since 2020;
    then it stayed, unnamed, weeks of blank ticks. The axis starts with 2020."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.period import day_number
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    rng = random.Random(5)
    first = date(2020, 1, 10)
    empty_store.add_many(
        Event(
            EventKind.OFFICIAL_VISIT,
            ("AZ", "TR"),
            EventDate.on(first + timedelta(days=rng.randrange(2000))),
            title_en=f"Visit {n}",
        )
        for n in range(60)
    )
    since = EventFilter(countries=frozenset({"AZ", "TR"}), start=date(2020, 1, 1))
    request = ExportRequest(
        ViewState(since, DateFormat(language)), pages_wide=2, page=PageSetup("Letter", True)
    )
    drawing = plan_briefing(empty_store, request, request.page.page_layout()).drawing
    start = day_number(date(2020, 1, 1))
    assert drawing.period.start == start
    named = [tick for part in drawing.layouts for tick in part.ticks if tick.label]
    assert [tick.label for tick in named if tick.end <= start] == []
    assert [tick for tick in named if tick.start <= start < tick.end]  # 2020 is named


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timeline_ends_near_the_last_event_when_a_free_row_holds_its_label(
    sample_store, language
):
    """The sample in English, A4 landscape: the axis ran on to July 2026, eight empty months
    after the last event (26 November 2025), to make room for that event's label after its
    marker, while rows under it stood free. As on screen, a label at the far edge with no
    room in its row takes a nearby free one: the period ends within two months of the last
    event (its margin, and room for a sideline meeting's label after its marker). Where the
    narrower period would have a connector run across a label (French), the far side still
    moves out; in every language each label is whole and none is crossed."""
    from timeline.domain.period import day_of
    from timeline.render.connectors import crossed_labels

    request = _every_country_request(language)
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    (part,) = briefing.drawing.layouts
    events = sample_store.find(EventFilter())
    assert all(s.label_rect is not None and s.callout is None for s in part.events)
    assert len(part.events) == len(events)
    assert not crossed_labels(part.events, part.connectors)
    if language == "en":
        last = max(event.date.latest() for event in events)
        assert day_of(briefing.drawing.period.end) <= last + timedelta(days=60)


def _every_country_request(language: str):
    from timeline.domain.datetext import DateFormat
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    view = ViewState(EventFilter(), DateFormat(language=language))
    return ExportRequest(view, generated=date(2026, 12, 3))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_list_going_on_in_the_next_column_says_its_heading_again_over_two_entries(
    fifty_years_of_talks, language
):
    """A summary flowed into columns (Uzbekistan against all its partners over a decade, in
    Arabic, three pages wide with no table) put the last of the latest events alone at the
    top of the next column, where it read as a section of its own. A list goes on into the
    next column under its heading said again ("… (continued)": the latest events of five
    kinds, over the agreements' heading, read as agreements), with two entries at least,
    at every room and width."""
    from timeline.domain.datetext import DateFormat
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.export.briefing_words import word
    from timeline.render.theme import Theme

    fmt = DateFormat(language)
    summary = glance(fifty_years_of_talks.find(EventFilter()), date(2026, 1, 15))
    headings = {word(name, fmt) for name in ("per_year", "latest", "agreements")}
    again = {word("continued", fmt, heading=heading) for heading in headings}
    went_on = 0
    for width in (700.0, 1000.0):
        for room in range(300, 900, 40):
            block = GlanceBlock(summary, fmt, Theme(), width, False, room, fill=True)
            firsts = [column[0][1] for column in block.columns[1:] if column]
            for piece in firsts:
                first = piece[0]
                assert first is None or first.text in headings | again, (width, room)
                if first is None or first.text in headings:
                    continue  # a section starts the column
                went_on += 1
                entries = [line for line in piece[1:] if line is not None and line.date]
                assert len(entries) >= 2, (width, room, first.text)
    assert went_on  # some room has a list go on in the next column


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_a_lists_heading_is_said_again_where_it_goes_on_in_the_next_column(
    sample_store, language
):
    """The counts by kind have no heading: gone on at the top of the next column (a short
    room of three columns, every marker and status in the key), they stood under "Official
    visit: 133 (continued)", read as a count of its own. They go on as they are; a list
    goes on under its heading said again."""
    from timeline.export.briefing_glance import GlanceBlock
    from timeline.export.briefing_words import word
    from timeline.render.index import Marker
    from timeline.render.theme import Theme

    fmt = DateFormat(language)
    summary = glance(sample_store.find(EventFilter()), date(2025, 12, 1))
    block = GlanceBlock(summary, fmt, Theme(), 1000.0, markers=list(Marker))
    counts, *lists = [s for s in block._sections(2, 2) if None not in s]  # not the chart
    assert counts[0] is not None and counts[0].swatch
    assert block._continued(counts) is None
    for section in lists:
        heading = section[0]
        assert heading is not None
        again = block._continued(section)
        assert again is not None
        assert again[0].text == word("continued", fmt, heading=heading.text)
        assert again[1] >= block._item_height(heading)


def _visits_in_march_2021() -> list[Event]:
    """Uzbekistan's visits of 1, 4 and 7 March 2021: a week's events."""
    return [
        Event(
            EventKind.OFFICIAL_VISIT,
            ("UZ", "AE"),
            EventDate.on(date(2021, 3, day)),
            title_en=f"Visit {day}",
        )
        for day in (1, 4, 7)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_briefing_of_a_week_shows_the_week_not_the_year_of_its_events(
    empty_store, poppler, tmp_path, language
):
    """A week of Uzbekistan's relations (1-7 March 2021), among them agreements dated only
    "2021": the timeline showed the whole year, the week's events squeezed into a sliver
    of it and January and February unnamed, and the subtitle named "1 January - 31
    December 2021". The timeline keeps to the week (an event of the year runs off both
    edges, its label in view) and the subtitle names the week."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.period import day_number
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    whole_year = EventDate.from_edtf("2021")
    empty_store.add_many(
        [
            Event(EventKind.AGREEMENT_SIGNED, ("UZ", "AE"), whole_year, title_en="Water accord"),
            *_visits_in_march_2021(),
        ]
    )
    week = EventFilter(countries=frozenset({"UZ"}), start=date(2021, 3, 1), end=date(2021, 3, 7))
    request = ExportRequest(ViewState(week, DateFormat(language)), generated=date(2026, 1, 15))
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    assert briefing.days == (date(2021, 3, 1), date(2021, 3, 7))
    period = briefing.drawing.period
    assert day_number(date(2021, 2, 25)) <= period.start <= day_number(date(2021, 3, 1))
    assert day_number(date(2021, 3, 8)) <= period.end <= day_number(date(2021, 3, 12))
    (part,) = briefing.drawing.layouts
    shown = {shape.event.title_en for shape in part.events if shape.label_rect is not None}
    assert shown == {"Water accord", "Visit 1", "Visit 4", "Visit 7"}
    path = tmp_path / "week.pdf"
    export_file(empty_store, path, request)
    first = poppler.squeezed(poppler.pages(path)[0])
    days = {"en": "1–7 March 2021", "fr": "1er–7 mars 2021", "ar": "1–7 مارس 2021"}
    assert poppler.squeezed(days[language]) in first


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_subtitle_names_the_days_asked_once_where_they_are_those_covered(empty_store, language):
    """A week of Nigeria's relations read "4–10 March 2024 · 14 events · 4–10 March 2024
    (23–29 Sha'ban 1445 AH)": the days asked, then the same days covered with their Hijri
    ones, and a month asked with no event "March 2022 · 0 events · 1–31 March 2022 (…)".
    Named once, with their Hijri days; a year asked of which the events cover a week
    keeps both."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    empty_store.add_many(_visits_in_march_2021())
    fmt = DateFormat(language)
    week = fmt.event_date(EventDate.from_edtf("2021-03-01/2021-03-07"))  # 1–7 March 2021

    def subtitle(first: date, last: date) -> str:
        asked = EventFilter(countries=frozenset({"UZ"}), start=first, end=last)
        request = ExportRequest(ViewState(asked, fmt), generated=date(2026, 1, 15))
        return plan_briefing(empty_store, request, request.page.page_layout()).subtitle

    said = subtitle(date(2021, 3, 1), date(2021, 3, 7))
    assert said.count(week) == 1
    assert f"{week} (" in said  # with its Hijri days
    year = subtitle(date(2021, 1, 1), date(2021, 12, 31))
    assert fmt.year(2021) in year.split(field_separator(language))
    assert f"{week} (" in year
    empty = subtitle(date(2022, 3, 1), date(2022, 3, 31))  # the month asked, whole: no event
    assert fmt.month_year(2022, 3) not in empty.split(field_separator(language))


def test_the_subtitle_names_the_first_and_last_dates_as_they_are_known(empty_store):
    """A first event known to December 1999 read "1 December 1999 (23 Sha'ban 1420 …";
    asked for 2010–2019, two events known to their years read "2010–2019 · 2 events ·
    1 January 2018 – 31 December 2019 (14 Rabi' al-Akhir 1439 – …)", days nobody knew."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    def visit(when: str, title: str) -> Event:
        date_ = EventDate.from_edtf(when)
        return Event(
            kind=EventKind.OFFICIAL_VISIT, countries=("MA", "UZ"), date=date_, title_en=title
        )

    empty_store.add_many(
        [
            visit("1999-12", "First"),
            visit("2018", "A"),
            visit("2019", "B"),
            visit("2025-03-01", "Last"),
        ]
    )
    fmt = DateFormat("en")

    def subtitle(first: date | None, last: date | None) -> str:
        asked = EventFilter(countries=frozenset({"UZ"}), start=first, end=last)
        request = ExportRequest(ViewState(asked, fmt), generated=date(2026, 1, 15))
        return plan_briefing(empty_store, request, request.page.page_layout()).subtitle

    every = subtitle(None, None).split(" · ")[-1]
    assert every == "December 1999 – 1 March 2025 (Sha'ban 1420 – Ramadan 1446 AH)"
    decade = subtitle(date(2010, 1, 1), date(2019, 12, 31)).split(" · ")
    assert (decade[1], decade[-1]) == ("2010–2019", "2018–2019 (1439–1441 AH)")
    june = subtitle(date(2019, 6, 1), None).split(" · ")[-1]  # a day asked stays a day
    assert june.startswith("1 June 2019 – 1 March 2025 (27 Ramadan 1440 – ")
    # 2019 reaches past the quarter asked: it read "2019 – 31 March 2019 (1440 AH)".
    empty_store.add_many([visit("2019-03-31", "Quarter's end")])
    quarter = subtitle(date(2019, 1, 1), date(2019, 3, 31)).split(" · ")[-1]
    assert quarter.startswith("1 January – 31 March 2019 (")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", [("Letter", False), ("A4", False), ("A4", True)])
def test_the_subtitle_breaks_before_its_hijri_days_not_inside_them(
    sample_store, pair_request, language, paper
):
    """Morocco and Kazakhstan on Letter portrait: the subtitle broke inside its Hijri days,
    "(23 Rabi' al-Awwal 1446 –" at a line's end over "5 Jumada al-Akhirah 1447 AH)" (a
    no-break space after a dash does not hold a line). The line breaks before their
    bracket instead, where a line holds them."""
    from timeline.export.briefing_table import paragraph

    request = pair_request(language, page=PageSetup(*paper), generated=date(2026, 1, 15))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    text = briefing.subtitle_lines
    laid = paragraph(text, briefing.text_font, briefing.content.width(), briefing.rtl)
    lines = [laid.layout.lineAt(n) for n in range(laid.lines)]
    opened, closed = text.rindex("("), text.rindex(")")
    holding = [
        line for line in lines if line.textStart() <= opened < line.textStart() + line.textLength()
    ]
    assert holding and closed < holding[0].textStart() + holding[0].textLength(), [
        text[line.textStart() : line.textStart() + line.textLength()] for line in lines
    ]


def test_the_subtitles_count_in_words_stays_whole(sample_store):
    """One event in Arabic is counted in words, "حدث واحد": wrapped, the subtitle may break
    between its parts, never inside its count (the window's summary line broke so)."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    one = EventFilter(text="Gafarova")
    request = ExportRequest(ViewState(one, DateFormat("ar")), generated=date(2026, 1, 15))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert briefing.glance.total == 1
    assert "حدث\u00a0واحد" in briefing.subtitle_lines
    assert "حدث واحد" in briefing.subtitle  # the document's subject keeps it plain


def test_the_subtitle_copies_without_what_holds_its_lines(
    sample_store, pair_request, poppler, tmp_path
):
    """The joiner that keeps a dash on the Hijri days' line is not copied: a search for
    "1446 – 5" finds the copied words."""
    path = tmp_path / "portrait.pdf"
    export_file(sample_store, path, pair_request("en", page=PageSetup("Letter", False)))
    first = poppler.pages(path)[0]
    assert "\u2060" not in first
    assert "(23 Rabi' al-Awwal 1446 – 5 Jumada al-Akhirah 1447 AH)" in first.replace("\u00a0", " ")


def _beside_its_marker(shape) -> bool:
    """Whether a label starts at its marker's start or ends at its marker's end (on the
    page, in either reading direction), rather than running across it."""
    label, marker = shape.label_rect, shape.marker_rect
    return abs(label.x - marker.x) < 0.5 or abs(label.right - marker.right) < 0.5


@pytest.mark.parametrize(("paper", "pages_wide"), [("A4 landscape", 1), ("A4 portrait", 3)])
def test_the_newest_label_sits_beside_its_marker_not_across_it(shared_sample, paper, pages_wide):
    """Every country in English: the Mazhilis Chairman's visit, the newest event, had no
    room after its marker at the page's far edge; its label ran back across its marker on
    two lines, a gap after the Kazakh minister's label, and read on from it. A row lower
    it stands whole before its marker (on two lines where one would start just past
    another marker)."""
    _request, briefing = _every_country(shared_sample, "en", paper, pages_wide=pages_wide)
    (shape,) = [
        shape
        for part in briefing.drawing.layouts
        for shape in part.events
        if shape.label.startswith("Mazhilis Chairman")
    ]
    assert shape.label_rect is not None and shape.callout is None
    assert _beside_its_marker(shape)
    # Landscape, in the row of the talks in Tashkent, whose marker it started just past:
    # two even lines, well clear of it. Portrait three wide, one line.
    assert shape.lines == LINES_OF_THE_NEWEST[paper]


LINES_OF_THE_NEWEST = {
    "A4 landscape": ("Mazhilis Chairman Yerlan Koshanov", "on an official visit to Morocco"),
    "A4 portrait": ("Mazhilis Chairman Yerlan Koshanov on an official visit to Morocco",),
}


@pytest.mark.parametrize("paper", ["A4 portrait", "A4 landscape"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_label_wraps_beside_its_marker_rather_than_run_across_it_under_an_arc(
    shared_sample, language, paper
):
    """Every country in English on portrait paper: the talks of Ould Errachid and Koshanov
    had no room for their label on one line after the marker, and it ran back across the
    marker into the dashed arc joining the assembly to the next sideline meeting, its
    first letter under the arc. Printed, a label wraps beside its marker before it runs
    across it: every label of the sample's timeline sits beside its marker, and no arc
    runs through a label."""
    from timeline.render.connectors import crossed_labels

    _request, briefing = _every_country(shared_sample, language, paper)
    for part in briefing.drawing.layouts:
        labelled = [s for s in part.events if s.label_rect is not None and s.callout is None]
        assert labelled
        assert [s.label for s in labelled if not _beside_its_marker(s)] == []
        assert not crossed_labels(part.events, part.connectors)


@pytest.mark.parametrize(
    ("paper", "pages_wide"),
    [("A4 landscape", 1), ("A4 portrait", 1), ("Letter landscape", 1), ("A4 landscape", 3)],
)
@pytest.mark.parametrize("style", ["MAGHREB", "LEVANT"])
def test_no_bracket_runs_through_an_arabic_label_set_before_its_marker(
    shared_sample, style, paper, pages_wide
):
    """Every country in Arabic on Letter paper (and three pages wide on A4): the label of
    the Tashkent talks, with no room on one line after its marker, stood before it, on
    the side the brackets joining the assembly to its meetings take, and the bracket to
    the last meeting ran through it. It wraps after its marker instead, where its row has
    the room."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest
    from timeline.render.connectors import crossed_labels

    fmt = DateFormat(language="ar", style=DateStyle[style])
    page = PAPERS[paper]
    request = ExportRequest(ViewState(EventFilter(), fmt), page=page, pages_wide=pages_wide)
    briefing = _planned(shared_sample, request)
    for part in briefing.drawing.layouts:
        assert not crossed_labels(part.events, part.connectors)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_axis_runs_on_past_the_last_event_only_as_far_as_its_wrapped_label_needs(
    shared_sample, language, paper
):
    """Every country, the newest event on 26 November 2025: to give the Mazhilis
    Chairman's visit room for its label on one line after its marker, "fit all" ran the
    axis nine months on, into September 2026, two fifths of a year of empty 2026 on the
    French briefing, and the label then wrapped onto two lines anyway (on portrait paper
    a label that the brackets ran through made it do the same). It runs on as far as the
    label needs on the lines it may take, the visit labelled beside its marker."""
    from timeline.domain.period import day_number

    _request, briefing = _every_country(shared_sample, language, paper)
    (part,) = briefing.drawing.layouts
    assert part.scale.period.end <= day_number(date(2026, 6, 1))
    newest = date(2025, 11, 26)
    (visit,) = [shape for shape in part.events if shape.event.date.earliest() == newest]
    assert visit.label_rect is not None and visit.callout is None
    assert _beside_its_marker(visit)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_label_short_of_the_next_parts_edge_takes_a_free_row_not_a_number(
    shared_sample, language
):
    """Every country three pages wide, portrait on Letter paper: the South–South forum,
    its marker just short of where the next part is taped over, had no room in its row
    before the next part's edge and was numbered, its title in a key under the rows that
    stood free above it. It takes a row where its label has room, as at a page's far
    edge, and no part needs a key."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    page = PageSetup("Letter", landscape=False)
    request = ExportRequest(ViewState(EventFilter(), fmt), page=page, pages_wide=3)
    briefing = _planned(shared_sample, request)
    for part in briefing.drawing.layouts:
        assert not part.key
        assert all(shape.label_rect is not None for shape in part.events)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2021, 3, 1), date(2021, 3, 7)),  # a week
        (date(2021, 3, 1), date(2021, 3, 31)),  # a month
        (date(2021, 1, 1), date(2021, 12, 31)),  # a year
    ],
    ids=["week", "month", "year"],
)
def test_the_axis_of_a_week_month_or_year_keeps_to_the_days_asked(
    empty_store, language, first, last
):
    """Uzbekistan's relations over a week, a month or a year, an agreement dated only
    "2021" among them: "fit all" left a margin after the last day asked, the axis running
    on to three unnamed days after a week, or into January 2022, named, after 2021, and
    one before the first, three blank days before a week. The axis starts with the days
    asked, or where the marker of their first day does, and ends where they end, or where
    the marker of their last day does."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.period import day_number
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest
    from timeline.render.index import Marker

    days = [first + (last - first) * share for share in (0, 0.5, 1)]
    empty_store.add_many(
        [
            Event(
                EventKind.AGREEMENT_SIGNED,
                ("UZ", "AE"),
                EventDate.from_edtf("2021"),
                title_en="Water accord",
                title_ar="اتفاق المياه",
            ),
            *(
                Event(
                    EventKind.OFFICIAL_VISIT,
                    ("UZ", "AE"),
                    EventDate.on(day),
                    title_en=f"Visit {number}",
                    title_ar=f"زيارة {number}",
                )
                for number, day in enumerate(days)
            ),
        ]
    )
    asked = EventFilter(countries=frozenset({"UZ"}), start=first, end=last)
    fmt = DateFormat(language, style=DateStyle.LEVANT)
    request = ExportRequest(ViewState(asked, fmt), table="none", generated=date(2026, 1, 15))
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    end, period = day_number(last + timedelta(days=1)), briefing.drawing.period
    # The marker of the first day, on its middle, runs before it where a day is narrower
    # than a marker (a year), and so does the axis: as far as it, unnamed.
    assert day_number(first) - period.span / 200 <= period.start <= day_number(first)
    # The marker of the last day runs past it, by a hundredth of a year's width.
    assert end <= period.end <= end + period.span / 100
    for part in briefing.drawing.layouts:
        assert all(
            day_number(first) <= tick.end and tick.start < end for tick in part.ticks if tick.label
        )
        points = [shape.marker_rect for shape in part.events if shape.marker is Marker.POINT]
        assert all(rect.x >= 0.0 and rect.right <= part.width for rect in points)


#: Briefings of the sample whose timeline band the checks of band_checks find clean: (every
#: country or the pair, language, date style, paper, landscape, pages wide).
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("shown", ["pair", "all"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_band_one_page_wide_leaves_no_empty_row_between_its_rows(
    shared_sample, language, shown, paper
):
    """Morocco and Kazakhstan in French one page wide: the Kazakh minister's visit, moved
    from under the assembly's bracket to a free row under the others, left its row empty
    between the agreement's two steps and the rows under them. The rows under it close up,
    and the band has no label more across its marker or under a connector."""
    from band_checks import band_defects

    if shown == "pair":
        briefing = _selection(shared_sample, language, PAIR, page=PAPERS[paper])
    else:
        _request, briefing = _every_country(shared_sample, language, paper)
    (part,) = briefing.drawing.layouts
    lanes = {shape.lane for shape in part.events}
    for lane in lanes:
        rows = {shape.row for shape in part.events if shape.lane == lane}
        assert rows == set(range(max(rows) + 1)), f"lane {lane}: rows {sorted(rows)}"
    assert band_defects(briefing.drawing.layouts) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_band_with_a_label_across_its_marker_under_the_summary_takes_a_page_of_its_own(
    shared_sample, language
):
    """The year 2025 on Letter paper, one page wide: under the summary the band had no free
    row to move the meeting with Ouch Borith to, and its label, wrapped before the
    South–South forum in its row, ran across its marker. On a page of its own it sits
    beside it; the table starts under the summary."""
    from band_checks import band_defects

    year = EventFilter(start=date(2025, 1, 1), end=date(2025, 12, 31))
    briefing = _selection(shared_sample, language, year, page=PAPERS["Letter landscape"])
    assert band_defects(briefing.drawing.layouts) == []
    assert briefing.pages[0].part is None and briefing.pages[0].rows


CLEAN_BANDS = [
    ("all", "ar", "LEVANT", "A4", True, 3),
    ("all", "ar", "MAGHREB", "A3", False, 3),
    ("all", "ar", "LEVANT", "Letter", True, 3),
    ("all", "ar", "EGYPT", "Letter", True, 3),
    ("all", "ar", "MAGHREB", "A3", True, 3),
    ("all", "en", "MAGHREB", "A4", False, 3),
    ("all", "en", "MAGHREB", "Letter", True, 1),
    ("all", "en", "MAGHREB", "Letter", True, 3),
    ("all", "en", "MAGHREB", "Letter", False, 3),
    ("all", "fr", "MAGHREB", "A4", False, 3),
    ("all", "fr", "MAGHREB", "Letter", False, 3),
    ("pair", "ar", "LEVANT", "A4", False, 1),
    ("pair", "ar", "MAGHREB", "Letter", False, 1),
    ("pair", "fr", "MAGHREB", "Letter", True, 1),
    ("pair", "fr", "MAGHREB", "A4", True, 1),
    ("pair", "fr", "LEVANT", "A3", False, 1),
    ("pair", "fr", "MAGHREB", "A4", False, 2),
    ("pair", "fr", "LEVANT", "Letter", False, 2),
    ("pair", "fr", "EGYPT", "A4", False, 3),
    ("all", "en", "MAGHREB", "A4", True, 3),
    ("all", "en", "LEVANT", "A3", False, 3),
    ("all", "fr", "MAGHREB", "A4", False, 2),
    ("all", "fr", "EGYPT", "Letter", False, 2),
    ("all", "ar", "MAGHREB", "Letter", False, 3),
    ("all", "ar", "LEVANT", "Letter", False, 3),
    ("all", "ar", "EGYPT", "Letter", False, 3),
]


@pytest.mark.parametrize(
    ("shown", "language", "style", "paper", "landscape", "pages_wide"), CLEAN_BANDS
)
def test_no_label_runs_across_its_marker_nor_under_a_connector(
    shared_sample, shown, language, style, paper, landscape, pages_wide
):
    """Every country: the Mazhilis Chairman's visit, numbered in its row at a Letter page's
    far edge, moved a row lower where it ran back across its marker on one line, though it
    had room there on two lines before it; three pages wide, the South–South forum, short
    of the next part's taped edge, did the same. A printed row holds a label's two lines,
    and a label moved to another row takes the nearest where it sits beside its marker
    before one where it runs across it. In Arabic three pages wide on Letter paper, the
    bracket from the assembly to its last meeting ran through the talks in Tashkent, a row
    between them with no room after its marker: the two meetings trade rows, and the
    other's shorter label wraps after its marker. The pair in Arabic on portrait paper
    (and every country on A3 three pages wide): the arcs from the agreement and from the
    assembly ran down through the labels of the Kazakh minister's visit and of the visa
    exemption's entry into force, set after their markers; they go before them, where
    their rows are free. The pair in French: the assembly's bracket ran through the
    Kazakh minister's visit, whose marker stood between it and the agreement's arc, and
    on portrait paper its label ran across its marker; every country in French two wide
    on portrait paper, and in English three wide, the meeting with Ouch Borith and the
    South–South forum ran across theirs: each moves to a free row of the band (a row
    more, where it shows no more such labels), where its label sits beside its marker.
    With the Levantine and Egyptian months the trade still left the bracket through the
    talks' label (the assembly's label after its marker, theirs before, no side clear):
    the assembly's label goes before its marker, as theirs are, and the brackets run on
    the other side."""
    from band_checks import band_defects

    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    fmt = DateFormat(language=language, style=DateStyle[style])
    view = ViewState(PAIR, fmt, ("MA", "KZ")) if shown == "pair" else ViewState(EventFilter(), fmt)
    page = PageSetup(paper, landscape=landscape)
    request = ExportRequest(view, page=page, pages_wide=pages_wide)
    briefing = _planned(shared_sample, request)
    assert band_defects(briefing.drawing.layouts) == []


@pytest.mark.parametrize(
    ("language", "pages_wide", "first", "last"),
    [
        ("ar", 2, 2020, 2023),
        ("en", 3, 2020, 2023),
        ("fr", 3, 2020, 2023),
        ("en", 2, 2015, 2024),
        ("ar", 2, 2015, 2024),
    ],
)
def test_a_busy_band_numbers_a_label_no_row_has_beside_its_marker(
    half_a_century, pair_request, language, pages_wide, first, last
):
    """A busy pair over four or ten years, its badges standing for most of its events:
    labels near a part's far edge, or squeezed between their neighbours, ran across their
    own marker (English three wide, 2020-2023: two of them), each reading on
    from the label before it. Such a label is numbered, its title in the key under the
    rows, as a label with no room is; every label left sits beside its marker."""
    from band_checks import across_own_marker

    period = EventFilter(start=date(first, 1, 1), end=date(last, 12, 31))
    request = pair_request(language, pages_wide=pages_wide)
    selection = replace(request.view.event_filter, start=period.start, end=period.end)
    request = replace(request, view=replace(request.view, event_filter=selection))
    briefing = plan_briefing(half_a_century, request, request.page.page_layout())
    parts = briefing.drawing.layouts
    assert [defect for part in parts for defect in across_own_marker(part)] == []
    for part in parts:
        numbered = {shape.event.id for shape in part.events if shape.callout is not None}
        assert part.numbered_across <= numbered
        assert len([entry for entry in part.key if entry.badge is None]) == len(numbered)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_briefing_of_one_day_shows_the_events_of_its_days_before_those_of_its_year(
    empty_store, language
):
    """A day of a busy store (7 April 2025 of 50,000 events): 46 events reach into it, one
    held that day, seven over a few days around it, ten dated "April 2025" and twenty-eight
    "2025". The year's bars, first in time order, took every row after the day's own
    events and the gathering of 7-10 April went under a badge of 37. Events known to a few
    days come before those of the month, and those before the year's: none of a longer
    span takes a row while one of a shorter span has none."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    def event(edtf: str, title: str) -> Event:
        return Event(
            EventKind.BILATERAL_MEETING, ("UZ", "AE"), EventDate.from_edtf(edtf), title_en=title
        )

    days = [event(f"[2025-04-0{n}..2025-04-{n + 6:02d}]", f"Window {n}") for n in range(2, 8)]
    months = [event("2025-04", f"April talks {n}") for n in range(10)]
    years = [event("2025", f"Year talks {n}") for n in range(28)]
    empty_store.add_many([event("2025-04-07", "The day's talks"), *days, *months, *years])
    day = EventFilter(start=date(2025, 4, 7), end=date(2025, 4, 7))
    request = ExportRequest(ViewState(day, DateFormat(language)), generated=date(2025, 6, 1))
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    (part,) = briefing.drawing.layouts
    shown = {shape.event.title_en for shape in part.events}
    assert len(shown) >= 5 and "The day's talks" in shown
    # None of a longer span shows while one of a shorter span is under a badge.
    for shorter, longer in pairwise([days, months, years]):
        if any(e.title_en in shown for e in longer):
            assert {e.title_en for e in shorter} <= shown


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_short_table_most_of_which_would_go_over_starts_on_a_page_of_its_own(
    store_copy, tmp_path, language
):
    """Morocco and Qatar in 2027 (five events, one all year): page 1 held the summary, the
    timeline and the table's first two rows, page 2 the other three under their header,
    four fifths empty. The table, which a page holds whole, starts on page 2 in one piece;
    the band over page 1 takes the room it leaves."""
    from timeline.domain.view_state import ViewState

    store = store_copy("empty", tmp_path / "qatar.sqlite3")
    events = [
        ("phone-call", "2026-12-24/2027-01-05", "Phone call", "اتصال هاتفي", "water"),
        ("multilateral-gathering", "2027", "Multilateral gathering", "منتدى الحوار", "trade"),
        ("sideline-meeting", "2027-06-08", "Sideline meeting", "لقاء على هامش", "security"),
        ("agreement-in-force", "2027-10-28", "Agreement in force", "دخول اتفاق", "water"),
        ("agreement-in-force", "2027-12-17", "Agreement in force", "دخول اتفاق", "security"),
    ]
    add_in_bulk(
        store,
        (
            Event(
                EventKind(kind),
                ("MA", "QA"),
                EventDate.from_edtf(edtf),
                title_en=f"{english}: Morocco–Qatar on {topic}",
                title_ar=f"{arabic} بين المغرب وقطر",
            )
            for kind, edtf, english, arabic, topic in events
        ),
    )
    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    year = replace(EventFilter.pair("MA", "QA"), start=date(2027, 1, 1), end=date(2027, 12, 31))
    request = ExportRequest(ViewState(year, fmt), generated=date(2026, 12, 5))
    briefing = plan_briefing(store, request, request.page.page_layout())
    store.database.close()
    holding = [page.rows for page in briefing.pages if page.rows]
    assert holding == [range(5)], briefing.pages


def _overlap(one, other) -> bool:
    """Whether two of poppler's word boxes share more than a point of the page (the boxes
    of a label's two lines, a font's height apart, share a quarter of one)."""
    across = min(one[2], other[2]) - max(one[0], other[0])
    down = min(one[3], other[3]) - max(one[1], other[1])
    return across > 1 and down > 1


def test_a_part_line_too_long_to_share_its_line_wraps_clear_of_where_the_next_part_is(
    fifty_years_of_talks, poppler, tmp_path
):
    """On portrait paper "Part 1 of 3: 29 September 2016 – 22 August 2018 (28 Dhu al-Hijjah
    1437 – 11 Dhu al-Hijjah 1439 AH)" ran into "Continues on page 2 »" on its right: the
    two read "…1439 AH)Continues". The part's words wrap in the room left beside it, the
    header a line taller: no words on a page run into others. They wrap between dates, as
    the subtitle's do: "AH)" stood alone on the second line."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState

    years = EventFilter(start=date(2016, 9, 1), end=date(2022, 8, 31))
    view = ViewState(years, DateFormat(language="en", style=DateStyle.MAGHREB))
    request = ExportRequest(view, page=PAPERS["A4 portrait"], pages_wide=3, table="none")
    path = tmp_path / "parts.pdf"
    write_planned(_planned(fifty_years_of_talks, request), request, path)
    pages = poppler.words(path)
    assert len(pages) == 3
    for number, boxes in enumerate(pages[:2], start=1):  # each but the last part's page
        assert any(box[4].startswith("Continues on page") for box in boxes)
        words = boxes[:-1]
        for one, other in combinations(words, 2):
            assert not _overlap(one, other), f"page {number}: {one[4]!r} and {other[4]!r}"
    # The PDF's text keeps a paragraph's words as one run across its lines: the layout's.
    part, _ = _planned(fifty_years_of_talks, request)._part_paragraphs(0)
    text = part.layout.text().replace("\u00a0", " ").replace("\u2011", "-")  # ties let go
    last = part.layout.lineAt(part.lines - 1)
    assert part.lines == 2
    # (22 August 2018's middle, where its events stand, is the next part's.)
    assert text[last.textStart() :].strip() == "10 Dhu al-Hijjah 1439 AH)"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quiet_part_on_the_last_page_ends_under_its_rows(shared_sample, pair_request, language):
    """Morocco and Kazakhstan since 2000, A4 portrait three pages wide (two parts): page 2's
    part, one visit, kept page 1's band of five rows, a fifth of the page an empty chart
    over the table's last rows. Page 1 was no fuller either way, so it stayed. It ends under
    its own row, the table flowing up; taped, the parts' axes and rows still line up. (In
    Arabic the timeline takes one page wide.)"""
    from timeline.export.briefing import BAND_PADDING

    since = replace(PAIR, start=date(2000, 1, 1))
    request = pair_request(
        language, page=PAPERS["A4 portrait"], pages_wide=3, generated=date(2025, 12, 1)
    )
    request = replace(request, view=replace(request.view, event_filter=since))
    plan = _planned(shared_sample, request)
    assert [page.part for page in plan.pages if page.part is not None] == [0, 1]
    for page in plan.pages:
        if page.part is not None and (page.rows or page.closing):
            part = plan.drawing.layouts[page.part]
            assert part.body_bottom - _rows_bottom(part) <= BAND_PADDING + 1
    _assert_taped(plan.drawing)


def test_a_parts_line_names_the_day_of_each_event_it_draws_by_a_join(empty_store, pair_request):
    """June and July 2019 three pages wide: the third part begins at 02:38 on 11 July, the
    middle of the day under it, where the day's point stands: its page drew two events of
    11 July under "Part 3 of 3: 12–31 July 2019", the page before ending "11 July" without
    them. Each part's days are those whose points it draws."""
    from timeline.render.index import Marker

    days = [date(2019, 6, 1) + timedelta(days=n % 61) for n in range(0, 3 * 61, 2)]
    visit = Event(EventKind.STATEMENT, ("MA", "KZ"), EventDate.on(days[0]), title_en="Statement")
    add_in_bulk(empty_store, [replace(visit, date=EventDate.on(day)) for day in days])
    selection = replace(PAIR, start=date(2019, 6, 1), end=date(2019, 7, 31))
    request = pair_request("en", pages_wide=3, table="none")
    request = replace(request, view=replace(request.view, event_filter=selection))
    briefing = plan_briefing(empty_store, request, request.page.page_layout())
    assert len(briefing.drawing.layouts) == 3
    assert briefing._part_days(2)[0] == date(2019, 7, 11)
    for number, part in enumerate(briefing.drawing.layouts):
        first, last = briefing._part_days(number)
        for shape in part.events:
            if shape.marker is Marker.POINT:
                assert first <= shape.event.date.earliest() <= last, (number, shape.event.date)
