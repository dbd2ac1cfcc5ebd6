"""The timeline as a picture (PNG, SVG): what a viewer of the file sees, at the extremes of
period and language."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QRect, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, _drawing, export_file
from timeline.export.drawing import PICTURE_MARGIN, TimelineDrawing, png_bytes
from timeline.export.page_setup import PageSetup, content_size
from timeline.io.sample import sample_events
from timeline.render.index import MemorySource
from timeline.render.painter import TimelinePainter
from timeline.render.theme import Theme

_NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"  # Qt writes 5.55112e-17 for 0


def _filled_xs(svg: str) -> list[float]:
    """Every x of the SVG's filled paths and rectangles, in the drawing's units (the margin
    off): Qt writes a group per fill, the shapes it fills inside it."""
    groups = re.findall(r'<g fill="#[^"]*"[^>]*>(.*?)</g>', svg, flags=re.DOTALL)
    xs = [float(x) for group in groups for x in re.findall(rf'<rect x="({_NUMBER})"', group)]
    paths = [d for group in groups for d in re.findall(r' d="([^"]*)"', group)]
    return xs + [float(x) for d in paths for x in re.findall(rf"({_NUMBER}),{_NUMBER}", d)]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_svg_of_a_day_keeps_the_bars_running_off_it_inside_the_picture(
    qapp, sample_store, tmp_path, language
):
    """One day of the IPU assembly (5–9 April 2025): its bar runs off both sides. SVG Tiny,
    as Qt writes it, keeps no clip: the bar ran across the white margin to the picture's
    edges, and out of it by tens of thousands of units."""
    day = day_number(date(2025, 4, 7))
    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(ViewState(fmt=fmt, period=Period(day, day + 1)))
    path = tmp_path / "day.svg"
    export_file(sample_store, path, request)
    svg = path.read_text(encoding="utf-8")
    width = float(re.search(r'viewBox="0 0 (\d+)', svg).group(1)) - 2 * PICTURE_MARGIN
    xs = _filled_xs(svg)
    assert xs and min(xs) >= -0.5 and max(xs) <= width + 0.5


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_month_on_portrait_paper_names_its_days(qapp, language):
    """April 2025 as wide as an A4 portrait page: its ruler read "Apr" alone over the whole
    width (a day's number with the screen's 12 units between them needed 26 a day, and the
    page gives 24), so no event could be told to its day."""
    fmt = DateFormat(language=language, style=DateStyle.EGYPT)
    events = [replace(event, id=n) for n, event in enumerate(sample_events(), start=1)]
    source = MemorySource.single(events, TimelinePainter().measurer.width, language)
    width = content_size(PageSetup("A4", landscape=False).page_layout()).width()
    april = Period(day_number(date(2025, 4, 2)), day_number(date(2025, 5, 1)))
    drawing = TimelineDrawing(source, fmt, QSizeF(width, 400), april)
    days = [tick.label for tick in drawing.layouts[0].ticks if tick.tier == 1]
    assert {fmt.digits(str(day)) for day in range(2, 31)} <= set(days)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_picture_of_a_quiet_day_has_no_note(qapp, sample_store, tmp_path, language):
    """The window says a quiet day has no event and offers the nearest ones (a note of the
    screen's); the current view exported as a picture is the band it was before: axis,
    density strip and legend, no note, no arrow, no title."""
    day = day_number(date(2025, 4, 15))
    quiet = Period(day, day + 1)
    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    events = [replace(event, id=n) for n, event in enumerate(sample_events(), start=1)]
    source = MemorySource.single(events, TimelinePainter().measurer.width, language)
    drawing = TimelineDrawing(source, fmt, QSizeF(1000, 300), quiet)
    assert all(part.note is None and not part.events for part in drawing.layouts)
    path = tmp_path / "quiet.svg"
    export_file(sample_store, path, ExportRequest(ViewState(fmt=fmt, period=quiet)))
    svg = path.read_text(encoding="utf-8")
    assert "→" not in svg and "←" not in svg
    forum = next(event for event in events if event.date.earliest() == date(2025, 4, 28))
    assert forum.title(language) not in svg


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_years_lines_run_down_the_lanes_not_through_what_lies_under_them(qapp, language):
    """In a file the axis's lines ran to the picture's foot: through a briefing's key to
    its numbered labels (the years' lines through its titles) and the density strip, which
    has a scale of its own. They end where the lanes do."""
    events = [replace(event, id=n) for n, event in enumerate(sample_events(), start=1)]
    source = MemorySource.single(events, TimelinePainter().measurer.width, language)
    drawing = TimelineDrawing(source, DateFormat(language), QSizeF(800, 500))
    (part,) = drawing.layouts
    assert part.overview is not None and part.body_bottom < part.height - 40
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setViewBox(QRect(0, 0, 800, 500))
    painter = QPainter(svg)
    drawing.paint(painter)
    painter.end()
    theme = Theme()
    grid = {theme.major_grid.name(), theme.grid.name()}
    groups = re.findall(
        r'<g [^>]*stroke="(#[0-9a-f]+)"[^>]*>(.*?)</g>', bytes(buffer.data()).decode(), re.S
    )
    ends = [
        [float(y) for y in re.findall(rf"{_NUMBER},({_NUMBER})", points)]
        for colour, shapes in groups
        if colour in grid
        for points in re.findall(r'points="([^"]*)"', shapes)
    ]
    down = [line for line in ends if len(line) == 2 and line[0] == part.axis_bottom]
    assert down and all(max(line) <= part.body_bottom + 0.5 for line in down)


@pytest.mark.parametrize(("language", "marking"), [("en", "Restricted"), ("ar", "مقيد")])
def test_a_picture_carries_its_handling_marking_over_and_under_the_timeline(
    qapp, sample_store, pair_request, tmp_path, language, marking
):
    """A PNG or SVG exported with ``--marking Restricted`` showed no marking at all, while
    the PDF of the same command had it on every page: the picture went round unmarked. It
    stands over the timeline and under it, as on a briefing's pages, in the marking's red,
    the picture taller by its two lines."""
    from PySide6.QtGui import QColor, QImage

    from timeline.export.marking import MARKING_COLOUR
    from timeline.export.page_setup import UNITS_PER_INCH

    def exported(said: str, suffix: str) -> Path:
        path = tmp_path / f"{'marked' if said else 'plain'}{suffix}"
        export_file(sample_store, path, replace(pair_request(language), marking=said))
        return path

    assert exported(marking, ".svg").read_text(encoding="utf-8").count(marking) == 2
    assert marking not in exported("", ".svg").read_text(encoding="utf-8")
    plain, marked = QImage(str(exported("", ".png"))), QImage(str(exported(marking, ".png")))
    assert marked.width() == plain.width() and marked.height() > plain.height()
    zoom = pair_request(language).dpi / UNITS_PER_INCH
    margin, line = round(PICTURE_MARGIN * zoom), (marked.height() - plain.height()) // 2
    red = QColor(MARKING_COLOUR)

    def inked(rows: range) -> bool:
        return any(
            abs(marked.pixelColor(x, y).red() - red.red()) < 40
            and marked.pixelColor(x, y).green() < 100
            for y in rows
            for x in range(0, marked.width(), 2)
        )

    assert inked(range(margin, margin + line))
    assert inked(range(marked.height() - margin - line, marked.height() - margin))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_pictures_legend_keys_its_red_line_to_the_day_it_was_prepared(qapp, language):
    """A red line crossed the sample's picture made on 1 June 2025, and nothing said what it
    was. Its legend ends with a short length of that red line and "Prepared on 1 June
    2025"; made after the events' last day, with no line drawn, it has no such key."""
    from PySide6.QtGui import QColor, QImage

    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    said = {"en": "Prepared on 1 June 2025", "fr": "Préparé le 1er juin 2025"}
    events = [replace(event, id=n) for n, event in enumerate(sample_events(), start=1)]
    source = MemorySource.single(events, TimelinePainter().measurer.width, language)
    for today, drawn in ((date(2025, 6, 1), True), (date(2030, 6, 1), False)):
        drawing = TimelineDrawing(source, fmt, QSizeF(1000, 500), today=today)
        (part,) = drawing.layouts
        assert (part.today_x is not None) is drawn
        keys = [item for item in part.legend if item.today]
        assert len(keys) == int(drawn)
        if not drawn:
            continue
        assert part.legend[-1] is keys[0]
        assert keys[0].label == said.get(language, "أُعدّ في 1 يونيو 2025")
        image = QImage(1000, 500, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        drawing.paint(painter)
        painter.end()
        swatch = keys[0].swatch
        reds = [
            (x, y)
            for x in range(int(swatch.x), int(swatch.right) + 1)
            for y in range(int(swatch.y), int(swatch.bottom) + 1)
            if (colour := image.pixelColor(x, y)).red() - colour.green() > 100
        ]
        assert reds, "the key's swatch is a length of the red line"


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_picture_of_no_event_says_so_under_its_axis(
    qapp, sample_store, pair_request, tmp_path, suffix
):
    """Morocco and France, who have no event: the picture was an empty axis of the year to
    today, and nothing said why. It says what a briefing's first page says, and taller by
    that line; a picture with events says nothing of the kind."""
    from PySide6.QtGui import QImage

    from timeline.domain.filters import EventFilter

    def exported(event_filter: EventFilter) -> Path:
        request = pair_request("en")
        request = replace(request, view=replace(request.view, event_filter=event_filter))
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}{suffix}"
        export_file(sample_store, path, request)
        return path

    pairs = EventFilter.pair("MA", "FR"), EventFilter.pair("MA", "KZ")
    in_2019 = replace(pairs[1], start=date(2019, 1, 1), end=date(2019, 12, 31))
    nothing, something, quiet = (exported(selection) for selection in (*pairs, in_2019))
    if suffix == ".svg":
        texts = [path.read_text(encoding="utf-8") for path in (nothing, something, quiet)]
        assert "No event matches this selection" in texts[0]
        assert "No events in this period" in texts[2], "a period asked for is why"
        assert "No event" not in texts[1] and "No events" not in texts[1]
    else:
        plain = tmp_path / "plain.png"
        request = pair_request("en")
        view = replace(request.view, event_filter=pairs[0])
        drawing, shown, note = _drawing(sample_store, replace(request, view=view))
        assert (shown, note) == (0, "No event matches this selection")
        assert drawing.layouts[0].today_x is None, "no legend to key it: a red stub alone"
        plain.write_bytes(png_bytes(drawing, request.dpi, ""))
        assert QImage(str(nothing)).height() > QImage(str(plain)).height()


def test_a_picture_with_badges_keys_them_and_names_no_table(qapp):
    """A year of 300 events as a picture (PNG, SVG): its "+12" said nothing of what it was.
    Its key says what a badge counts, beside one, and no more: a picture has no table."""
    kinds = list(EventKind)
    events = [
        Event(
            kinds[number % len(kinds)],
            ("MA", "KZ"),
            EventDate.on(date(2024, 1, 1) + timedelta(days=number * 7 % 366)),
            title_en=f"Meeting number {number}",
            id=number,
        )
        for number in range(1, 301)
    ]
    source = MemorySource.single(events, TimelinePainter().measurer.width, "en")
    drawing = TimelineDrawing(source, DateFormat("en"), QSizeF(1000, 400))
    (part,) = drawing.layouts
    assert part.clusters
    (entry,) = [entry for entry in part.key if entry.badge is not None]
    assert entry.number == f"+{sum(cluster.count for cluster in part.clusters)}"
    assert " ".join(entry.lines) == "Events not drawn here for lack of room"
