"""The PDF briefing as its readers get it: searchable text in both scripts, the timeline
pages then the table, page numbers, mirrored in Arabic, small, and never half written."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline.domain.dates import EventDate
from timeline.domain.filters import EventFilter
from timeline.domain.period import Period
from timeline.export.briefing import SPARE
from timeline.export.briefing_export import _drawing, export_file, plan_briefing
from timeline.export.drawing import BAND_PADDING, PICTURE_MARGIN, lowest
from timeline.export.page_setup import UNITS_PER_INCH, PageSetup
from timeline.io.atomic import ExportError
from timeline.io.progress import ExportCancelled

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(
    ("language", "title", "hijri", "page"),
    [
        ("ar", "العلاقات بين المغرب وكازاخستان: التسلسل الزمني", "19 رمضان 1446 هـ", "صفحة 1 من 2"),
        ("en", "Morocco – Kazakhstan: timeline of relations", "19 Ramadan 1446 AH", "Page 1 of 2"),
        ("fr", "Maroc – Kazakhstan\u00a0: chronologie des relations", "29 chaabane 1446 H",
         "Page 1 sur 2"),
    ],
)  # fmt: skip
def test_the_sample_pair_briefing_is_searchable_text(
    sample_store, pair_request, poppler, tmp_path, language, title, hijri, page
):
    path = tmp_path / f"briefing-{language}.pdf"
    assert export_file(sample_store, path, pair_request(language)) == (6, 2)
    text = poppler.squeezed(poppler.text(path))
    assert poppler.squeezed(title) in text
    assert poppler.squeezed(hijri) in text
    assert poppler.squeezed(page) in text
    # Every event's title in the document's language (its first words: a table cell may
    # wrap it, and pdftotext reads across the columns between its lines).
    for event in sample_store.find(pair_request(language).view.event_filter):
        first_words = " ".join(event.title(language).split()[:3])
        assert poppler.squeezed(first_words) in text


def test_text_extracts_as_letters_not_presentation_forms(
    sample_store, pair_request, poppler, tmp_path
):
    path = tmp_path / "ar.pdf"
    export_file(sample_store, path, pair_request("ar"))
    text = poppler.text(path)
    assert not re.search("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufeff]", text)
    # Ligatures (lam-alef) come out as their two letters, in reading order.
    assert "الإعفاء" in text
    assert "إلى" in text


def test_the_sample_briefing_is_small_with_its_fonts_embedded(
    sample_store, pair_request, poppler, tmp_path
):
    path = tmp_path / "ar.pdf"
    export_file(sample_store, path, pair_request("ar"))
    assert path.stat().st_size < 1_000_000
    fonts = poppler.fonts(path).splitlines()[2:]
    names = {line.split()[0].partition("+")[2] for line in fonts}  # a subset's tag first
    assert names >= {"NotoSans-Regular", "NotoSansArabic-Regular"}
    assert all(re.search(r" yes +yes +yes ", line) for line in fonts)  # embedded, subset, map


def _day(words: str, last: str) -> date:
    """A day as a part's line writes it: "8 February" takes the year of the span's end."""
    if not re.search(r"\d{4}$", words):
        words += " " + last.rsplit(" ", 1)[1]
    return datetime.strptime(words, "%d %B %Y").date()


def test_pages_wide_splits_the_timeline_and_then_the_table_follows(
    sample_store, pair_request, poppler, tmp_path
):
    """Every country three pages wide on portrait paper: a part on each page. (Morocco and
    Kazakhstan, three pages wide on landscape paper, one visit in the second part and one
    in the third, take one page wide, which labels all six events, a page shorter.)"""
    path = tmp_path / "wide.pdf"
    request = pair_request("en", pages_wide=3, page=PageSetup("A4", landscape=False))
    request = replace(request, view=replace(request.view, event_filter=EventFilter()))
    export_file(sample_store, path, request)
    pages = poppler.pages(path)
    # A quiet part ends under its own rows: the agreements close the briefing under the last.
    assert poppler.page_count(path) == len(pages) == 3
    for number, text in enumerate(pages[:3], start=1):
        assert f"Part {number} of 3" in text
    # Each part holds the events up to where the next starts: their days follow on.
    spans = [re.search(r"Part \d of 3: (.+?) – (.+?) \(", text).groups() for text in pages[:3]]
    days = [[_day(first, last), _day(last, last)] for first, last in spans]
    for (_, end), (start, _) in pairwise(days):
        assert start == end + timedelta(days=1)
    # ... from the subtitle's first day to its last: the margins hold no event. The first
    # event is known to its month, and the subtitle names it so ("May 2024").
    first, last = re.search(r"events · (.+?) – (.+?) \(", pages[0]).groups()
    assert first == "May 2024"
    assert (days[0][0], days[-1][1]) == (date(2024, 5, 1), _day(last, last))
    assert "Agreements" in pages[2]
    assert "Official visit: 2" in pages[0]  # the key to the colours, in the summary
    assert "Continues on page 2" in pages[0] and "Continues on page 3" in pages[1]
    assert "Continues on page" not in pages[2]
    # The table flows under the parts: it starts under the first that has room for a row.
    assert "Participants" in pages[0] + pages[1]


@pytest.mark.parametrize("pages_wide", [2, 3])
def test_an_arabic_briefing_several_pages_wide_tapes_into_one_strip_and_ends_fully(
    sample_store, pair_request, pages_wide
):
    """Its parts' axes and rows are at the same heights (a quieter part may end higher),
    and its last page holds more than a single row, unless the sections before that row,
    moved over with it, would leave the page before them more than a little empty."""
    request = pair_request("ar", pages_wide=pages_wide)
    request = replace(request, view=replace(request.view, event_filter=EventFilter()))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    drawing = briefing.drawing
    assert len({part.axis_bottom for part in drawing.layouts}) == 1
    rows = {shape.row: shape.marker_rect.y for part in drawing.layouts for shape in part.events}
    for part in drawing.layouts:
        assert all(rows[shape.row] == shape.marker_rect.y for shape in part.events)
    before, last = briefing.pages[-2:]
    if len(last.rows) + sum(len(piece.rows) for piece in last.closing) == 1:
        height = briefing.content.height()
        moved = height - briefing.footer_height - before.closing[0].top  # left empty, moved over
        assert moved > SPARE * height


def test_the_columns_read_right_to_left_in_arabic(sample_store, pair_request, poppler, tmp_path):
    def x_of(language: str, word: str) -> float:
        path = tmp_path / f"{language}.pdf"
        export_file(sample_store, path, pair_request(language))
        html = poppler.text(path, "-bbox")
        found = re.search(rf'<word xMin="([\d.]+)"[^>]*>[^<]*{word}', html)
        assert found is not None, word
        return float(found.group(1))

    # The place (New York) comes before the source (Public reporting, مصادر علنية) in
    # reading order; in Arabic the date (its year in Latin digits) stands in for the place.
    assert x_of("en", "New") < x_of("en", "Public")
    # (-bbox gives an Arabic span's letters as laid out on the page: from the left.)
    assert x_of("ar", "2024") > x_of("ar", "علنية"[::-1])


def test_the_table_flows_across_pages_with_its_header_repeated(
    sample_store, pair_request, poppler, tmp_path
):
    event = sample_store.find(pair_request("en").view.event_filter)[0]
    first = event.date.earliest()
    sample_store.add_many(
        replace(event, id=None, date=EventDate.on(first + timedelta(days=n))) for n in range(1, 60)
    )
    path = tmp_path / "long.pdf"
    assert export_file(sample_store, path, pair_request("en")).events == 65
    pages = poppler.pages(path)
    assert len(pages) >= 4
    for number, text in enumerate(pages[1:], start=2):  # page 1: the summary and timeline
        assert "Participants" in text
        assert f"Page {number} of {len(pages)}" in text
    rows = "".join(pages).count("\nAgreement signed\n")
    assert rows == 60  # every row once: none lost or repeated at a page break


def test_the_current_view_briefs_only_what_it_shows(sample_store, pair_request, poppler, tmp_path):
    march = Period(date(2025, 3, 1).toordinal(), date(2025, 4, 1).toordinal())
    path = tmp_path / "view.pdf"
    request = pair_request("en")
    request = replace(request, view=replace(request.view, period=march))
    assert export_file(sample_store, path, request).events == 1
    (page,) = poppler.pages(path)
    assert "1–31 March 2025" in " ".join(page.split())  # a day tied to its month: no-break
    assert "Morocco–Kazakhstan visa exemption enters into" in page
    # The visit of 28 February only shows its label's end in the view: not in the table,
    # which would name its participants.
    assert "Nurtleu – Minister" not in page


def test_a_page_paints_onto_any_painter(sample_store, pair_request):
    page = PageSetup("A4", landscape=True)
    briefing = plan_briefing(sample_store, pair_request("ar"), page.page_layout())
    assert briefing.page_count == 2
    assert briefing.pages[0].glance and briefing.pages[0].part == 0
    image = QImage(1123, 794, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    briefing.paint_page(painter, 0)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 1123, 7) for y in range(0, 794, 7)}
    assert len(colours) > 20  # the timeline, not a blank page


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(
    sample_store, pair_request, tmp_path
):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "briefing.pdf"
    path.write_bytes(b"the good briefing of yesterday")
    calls: list[tuple[int, int]] = []

    def cancel_soon(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(ExportCancelled):
        export_file(sample_store, path, pair_request("en"), cancel_soon)
    assert path.read_bytes() == b"the good briefing of yesterday"
    assert [p.name for p in folder.iterdir()] == ["briefing.pdf"]


@pytest.mark.parametrize("table", ["all", "summary", "none"])
def test_progress_reaches_its_total(sample_store, pair_request, tmp_path, table):
    seen: list[tuple[int, int]] = []
    request = pair_request("en", table=table, pages_wide=2)
    export_file(sample_store, tmp_path / "b.pdf", request, lambda d, t: not seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len({total for _, total in seen}) <= 2  # known from the start, then exact


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("missing/briefing.pdf", "does not exist"),
        ("sample.sqlite3/briefing.pdf", "is not a folder"),
    ],
)
def test_an_unwritable_folder_fails_with_one_line(
    sample_store, pair_request, tmp_path, where, reason
):
    path = tmp_path / where
    with pytest.raises(ExportError) as raised:
        export_file(sample_store, path, pair_request("en"))
    message = str(raised.value)
    assert "\n" not in message
    assert str(path) in message and reason in message


def test_a_read_only_folder_fails_with_one_line(sample_store, pair_request):
    # Tests run as root, which may write anywhere on a normal file system: /proc refuses.
    path = Path("/proc/briefing.pdf")
    with pytest.raises(ExportError) as raised:
        export_file(sample_store, path, pair_request("en"))
    assert "\n" not in str(raised.value) and "/proc" in str(raised.value)
    assert not path.exists()


def test_other_suffixes_are_not_briefings(sample_store, pair_request, tmp_path):
    with pytest.raises(ExportError, match="not a briefing format"):
        export_file(sample_store, tmp_path / "b.docx", pair_request("en"))


def test_the_density_strips_bars_stay_in_the_strip_at_any_resolution(
    sample_store, pair_request, tmp_path
):
    """The strip's bars are a recorded picture, which Qt replays in inches of the device:
    a 60-dpi picture of the timeline has them in the strip at its foot, not two thirds of
    the way down (nor a PDF, at 1200 dpi, off the page)."""
    path = tmp_path / "timeline.png"
    export_file(sample_store, path, replace(pair_request("en"), dpi=60))
    image = QImage(str(path))
    picture = _drawing(sample_store, pair_request("en"))[0].layouts[0]
    assert picture.overview is not None
    zoom = 60 / UNITS_PER_INCH
    strip, rows_end = picture.overview.rect, lowest(picture)

    def coloured(top: float, bottom: float) -> int:
        rows = range(round((PICTURE_MARGIN + top) * zoom), round((PICTURE_MARGIN + bottom) * zoom))
        return sum(
            1
            for y in rows
            for x in range(image.width())
            if _saturation(image.pixelColor(x, y)) > 80
        )

    assert coloured(rows_end + 2, strip.y) == 0
    assert coloured(strip.y, strip.bottom) > 0


def test_a_picture_is_as_tall_as_its_rows_need_not_a_page(sample_store, pair_request, tmp_path):
    """A PNG or SVG of the pair's six events is A4's width inside its margins, and only as
    tall as the rows need: their padding under the lowest label, then the strip and the
    legend (it was the whole page's height, its lower half empty); white around it."""
    path = tmp_path / "timeline.png"
    request = replace(pair_request("ar"), dpi=96)
    export_file(sample_store, path, request)
    image = QImage(str(path))
    picture = _drawing(sample_store, request)[0].layouts[0]
    zoom = 96 / UNITS_PER_INCH
    framed = 2 * PICTURE_MARGIN
    assert image.width() == round((picture.width + framed) * zoom) == 1032 + 24
    assert image.height() == round((picture.height + framed) * zoom) < 703 * 0.6
    # The margin (16 pixels at 96 dpi): nothing drawn there, but for the antialiased edge
    # of the axis's band next to the drawing.
    edges = [image.pixel(x, y) for x in (0, 10, image.width() - 11) for y in range(image.height())]
    edges += [image.pixel(x, y) for y in (0, 10, image.height() - 11) for x in range(image.width())]
    assert set(edges) == {QColor("white").rgb()}
    assert picture.overview is not None
    assert picture.overview.rect.y - lowest(picture) == pytest.approx(BAND_PADDING, abs=1)


def _saturation(colour: QColor) -> int:
    """How far from grey: the kinds' colours are far, the paper and the text near."""
    channels = colour.getRgb()[:3]
    return max(channels) - min(channels)


def test_a_pictures_legend_names_only_the_kinds_and_markers_it_draws(sample_store, pair_request):
    """Morocco–Kazakhstan: five kinds and one day within; a picture's legend had every kind,
    and "month or year", which no event of the pair is drawn as (the window keeps them all)."""
    request = pair_request("en")
    picture = _drawing(sample_store, request)[0].layouts[0]
    events = sample_store.find(request.view.event_filter)
    named = {item.label for item in picture.legend}
    assert {item.kind for item in picture.legend if item.kind} == {e.kind for e in events}
    assert "One day within" in named and "Month or year" not in named


@pytest.mark.parametrize(
    ("language", "heading", "continued"),
    [
        ("en", "Coming up", "Coming up (continued)"),
        ("fr", "À venir", "À venir (suite)"),
        ("ar", "أحداث مرتقبة", "أحداث مرتقبة (تتمة)"),
    ],
)
def test_a_closing_section_on_the_page_it_goes_on_to_says_which_it_is(
    sample_store, pair_request, poppler, tmp_path, language, heading, continued
):
    """Thirty visits announced for 2026: the section's rows on the next page stood under the
    table's header alone, to be taken for the events' table."""
    from timeline.domain.status import EventStatus

    request = pair_request(language, generated=date(2025, 12, 1))
    event = sample_store.find(request.view.event_filter)[0]
    sample_store.add_many(
        replace(event, id=None, status=EventStatus.ANNOUNCED, agreement_id=None,
                agreement_step=None, date=EventDate.on(date(2026, 1, 5) + timedelta(days=7 * n)))
        for n in range(30)
    )  # fmt: skip
    path = tmp_path / "coming.pdf"
    export_file(sample_store, path, request)
    pages = [poppler.squeezed(page) for page in poppler.pages(path)]
    holding = [page for page in pages if poppler.squeezed(heading) in page]
    assert len(holding) > 1
    assert poppler.squeezed(continued) not in holding[0]
    assert all(poppler.squeezed(continued) in page for page in holding[1:])
