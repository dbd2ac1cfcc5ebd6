"""An announced event is drawn hollow, a cancelled one struck through: by the layout and the
one painter that serves the screen and every export, on the band and in the key of a printed
timeline's numbered labels."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from strike_checks import hidden_share

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.domain.status import EventStatus
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.painter import TimelinePainter
from timeline.render.shapes import Geometry, KeyEntry

VISIT = Event(
    kind=EventKind.OFFICIAL_VISIT,
    countries=("KZ", "MA"),
    date=EventDate.on(date(2025, 4, 10)),
    title_en="Visit",
)
STATUSES = {1: EventStatus.HELD, 2: EventStatus.ANNOUNCED, 3: EventStatus.CANCELLED}


def text_width(text: str) -> float:
    return 7.0 * len(text)


@pytest.fixture
def laid_out():
    """Three visits a week apart: held, announced, cancelled."""
    events = [
        replace(VISIT, id=n, date=EventDate.on(date(2025, 4, 7 * n)), status=status)
        for n, status in STATUSES.items()
    ]
    cache = StackingCache(MemorySource([("", events)], text_width, "en"))
    period = Period(day_number(date(2025, 4, 1)), day_number(date(2025, 4, 28)))
    return layout(cache, period, 800.0, 300.0, text_width, LayoutOptions())


def test_the_layout_says_announced_is_hollow_and_cancelled_struck(laid_out):
    shapes = {shape.event.id: shape for shape in laid_out.events}
    assert [(shapes[n].hollow, shapes[n].struck) for n in STATUSES] == [
        (False, False),
        (True, False),
        (False, True),
    ]


def test_the_painter_leaves_an_announced_marker_empty_inside(qapp, laid_out):
    image = QImage(800, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    timeline_painter = TimelinePainter()
    timeline_painter.paint(painter, laid_out, DateFormat())
    painter.end()
    shapes = {shape.event.id: shape for shape in laid_out.events}

    def centre(event_id: int) -> QColor:
        rect = shapes[event_id].marker_rect
        return image.pixelColor(int(rect.x + rect.width / 2), int(rect.y + rect.height / 2))

    kind = timeline_painter.theme.kind_colour(EventKind.OFFICIAL_VISIT)
    background = timeline_painter.theme.background
    assert centre(1) == kind  # held: filled
    assert centre(2) == background  # announced: hollow
    # Cancelled: struck through the middle with the text colour.
    assert centre(3) != kind and centre(3) != background


def test_a_line_through_an_arabic_label_leaves_its_letters_legible(qapp):
    """Qatar's cancelled parliamentary forum, struck through the middle of its line, read
    as one stroke: an Arabic line's middle runs through the letters' bowls, just above
    where they join. Higher, the line crosses the tall letters' stems and little else."""
    painter = TimelinePainter(font_px=24)  # pixels enough to tell the letters from the line
    forum = replace(
        VISIT,
        id=1,
        kind=EventKind.MULTILATERAL_GATHERING,
        countries=("MA", "QA"),
        title_ar="منتدى الحوار البرلماني بين المغرب وقطر",
    )
    fmt = DateFormat("ar")

    def drawn(status: EventStatus) -> QImage:
        source = MemorySource([("", [replace(forum, status=status)])], painter.measurer.width, "ar")
        period = Period(day_number(date(2025, 4, 1)), day_number(date(2025, 4, 28)))
        options = LayoutOptions(rtl=True, fmt=fmt, legend=False)
        made = layout(StackingCache(source), period, 900.0, 200.0, painter.measurer.width, options)
        label = made.events[0].label_rect
        assert label is not None
        image = QImage(900, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        canvas = QPainter(image)
        painter.paint(canvas, made, fmt)
        canvas.end()
        # The label and the room its dots take above and below, not its marker.
        return image.copy(round(label.x), round(label.y) - 8, round(label.width), 40)

    hidden = hidden_share(drawn(EventStatus.HELD), drawn(EventStatus.CANCELLED), painter.theme.text)
    assert 0.0 < hidden < 0.04  # through the middle, 5.4 % of the letters' ink; now 2.4 %


@pytest.fixture
def keyed():
    """A month of long titles every other day, printed: most are numbered, their titles in
    the key; every third visit cancelled."""
    first = date(2025, 4, 1)
    events = [
        replace(
            VISIT,
            id=n,
            date=EventDate.on(first + timedelta(days=2 * n)),
            title_en=f"Mazhilis Chairman Yerlan Koshanov on an official visit to Morocco #{n}",
            status=EventStatus.CANCELLED if n % 3 == 0 else EventStatus.HELD,
        )
        for n in range(1, 30)
    ]
    cache = StackingCache(MemorySource([("", events)], text_width, "en"), Geometry.for_print())
    period = Period(day_number(first), day_number(first) + 62)
    options = LayoutOptions(geometry=Geometry.for_print(), whole_labels=True, legend=False)
    return layout(cache, period, 1000.0, 400.0, text_width, options)


def test_a_cancelled_events_entry_in_the_key_is_struck_as_its_label_would_be(keyed):
    """Morocco's cancelled parliamentary forum with Uzbekistan (2020–22 in Arabic, on A4)
    was number 2 on the band, its marker struck, and read in the key as held."""
    numbered = {str(s.callout): s.event.status for s in keyed.events if s.callout is not None}
    assert EventStatus.CANCELLED in numbered.values() and EventStatus.HELD in numbered.values()
    assert {e.number: e.struck for e in keyed.key} == {
        number: status is EventStatus.CANCELLED for number, status in numbered.items()
    }


def test_the_painter_draws_a_line_through_a_struck_entry_of_the_key(qapp, keyed):
    image = QImage(1000, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    TimelinePainter().paint(painter, keyed, DateFormat())
    painter.end()

    def inked(entry: KeyEntry) -> float:
        """The share of the first line's middle (a pixel above or below) that is dark."""
        rect = entry.rect
        middle = round(rect.y + rect.height / len(entry.lines) / 2)
        columns = range(round(rect.x) + 40, round(rect.x) + 240)  # past the number
        dark = [
            any(image.pixelColor(x, y).lightness() < 160 for y in (middle - 1, middle, middle + 1))
            for x in columns
        ]
        return sum(dark) / len(dark)

    assert all(inked(entry) > 0.97 for entry in keyed.key if entry.struck)
    assert all(inked(entry) < 0.9 for entry in keyed.key if not entry.struck)


def test_a_cancelled_label_on_two_lines_is_quieter_on_both(qapp, laid_out):
    """A cancelled statement's printed label wrapped: "Statement:" was grey, its second
    line "Morocco–Qatar on visas" black (the line through the first had taken the pen)."""
    struck = next(shape for shape in laid_out.events if shape.struck)
    rect = struck.label_rect
    assert rect is not None
    two = struck._replace(lines=("Visit of the", "minister"), label_rect=rect._replace(
        width=7.0 * len("Visit of the"), height=2 * rect.height
    ))  # fmt: skip
    events = [two if shape is struck else shape for shape in laid_out.events]
    image = QImage(800, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    timeline_painter = TimelinePainter()
    timeline_painter.paint(painter, replace(laid_out, events=events), DateFormat())
    painter.end()
    theme = timeline_painter.theme
    between = (theme.text.lightness() + theme.muted_text.lightness()) / 2
    top, height = round(two.label_rect.y), round(rect.height)
    for line in (0, 1):
        middle = top + line * height + height // 2
        rows = [
            y for y in range(top + line * height, top + (line + 1) * height) if abs(y - middle) > 2
        ]  # the line through it left out
        darkest = min(
            image.pixelColor(x, y).lightness()
            for x in range(round(two.label_rect.x), round(two.label_rect.right))
            for y in rows
        )  # fmt: skip
        assert darkest > between, (line, darkest, between)


@pytest.mark.parametrize(
    ("lines", "ends_at_marker", "bar"),
    [
        (("Official visit of the chairman", "to Morocco"), True, 10.0),  # before, on its left
        (("زيارة رسمية لرئيس مجلس النواب", "إلى المغرب"), True, 10.0),  # before, on its right
        (("Official visit of the chairman", "to Morocco"), False, 10.0),  # after: as it reads
        (("زيارة رسمية لرئيس مجلس النواب", "إلى المغرب"), False, 10.0),
        # From a bar's start, within it, past its end by a rounding: as it reads.
        (("زيارة رسمية لرئيس مجلس النواب", "إلى المغرب"), False, 300.0),
    ],
)
def test_a_label_on_two_lines_before_its_marker_keeps_its_lines_at_the_marker(
    qapp, laid_out, lines, ends_at_marker, bar
):
    """The Kazakh chairman's visit, labelled before its marker at a page's far edge: its
    second line, "كوشانوف إلى المغرب", stood 470 points from the marker, at the label's
    other end; "…Morocco–Qatar / on health" the same in English."""
    held = next(shape for shape in laid_out.events if not shape.struck and not shape.hollow)
    marker = held.marker_rect._replace(x=300.0, width=bar)
    painter_ = TimelinePainter()
    rtl = lines[0][0] > "\u0600"
    width = max(map(painter_.measurer.width, lines))
    after = marker.right - width + 1e-6 if rtl else marker.x  # starting at its marker
    before = marker.right if rtl else marker.x - width  # ending at it
    x = before if ends_at_marker else after
    label = marker._replace(x=x, y=marker.bottom + 4, width=width, height=38.0)
    shape = held._replace(marker_rect=marker, label_rect=label, lines=lines)
    events = [shape if event is held else event for event in laid_out.events]
    image = QImage(800, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter_.paint(painter, replace(laid_out, events=events), DateFormat())
    painter.end()
    second = range(round(label.y + 21), round(label.bottom) - 1)
    inked = [
        x
        for x in range(max(0, round(label.x)), min(800, round(label.right)))
        if any(image.pixelColor(x, y).lightness() < 128 for y in second)
    ]
    near_marker = (min(inked) - label.x < 12) if rtl else (label.right - max(inked) < 12)
    reads_from = (label.right - max(inked) < 12) if rtl else (min(inked) - label.x < 12)
    assert near_marker if ends_at_marker else reads_from, (min(inked), max(inked), label)


def test_a_keys_marks_of_status_are_drawn_as_on_the_timeline(qapp):
    """The summary's key said "outline only" and "struck through": its marks must be so,
    a hollow diamond and a faded one with a line through it."""
    from PySide6.QtCore import QRectF

    painter_ = TimelinePainter()
    colour = painter_.theme.kind_colour(EventKind.OFFICIAL_VISIT)
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter_.paint_key_status(painter, QRectF(10, 10, 20, 20), colour, EventStatus.POSTPONED)
    painter_.paint_key_status(painter, QRectF(70, 10, 20, 20), colour, EventStatus.CANCELLED)
    painter.end()
    assert image.pixelColor(20, 20) == QColor("white"), "hollow: the page shows inside"
    outline = [image.pixelColor(20, y).lightness() for y in range(8, 14)]
    assert min(outline) < 200, "its outline"
    struck = [image.pixelColor(x, 20).lightness() for x in range(69, 92)]
    assert max(struck) < 160, "a line right through the cancelled mark, past its sides"


def test_the_legend_explains_the_marks_of_status_its_events_have(qapp):
    """The window's legend named the kinds and the imprecise markers, never why a marker
    stood hollow (announced, postponed) or struck through (cancelled)."""
    from timeline.render.legend import status_words

    def legend(statuses: list[EventStatus]) -> list[tuple[str, EventStatus | None]]:
        events = [
            replace(VISIT, id=n, date=EventDate.on(date(2025, 4, 1 + 7 * n)), status=status)
            for n, status in enumerate(statuses, start=1)
        ]
        source = MemorySource([("", events)], text_width, "en")
        options = LayoutOptions(statuses=source.statuses)
        period = Period(day_number(date(2025, 4, 1)), day_number(date(2025, 4, 28)))
        made = layout(StackingCache(source), period, 1600.0, 400.0, text_width, options)
        return [(item.label, item.status) for item in made.legend if item.status is not None]

    assert legend([EventStatus.HELD, EventStatus.HELD]) == []
    hollow = status_words(EventStatus.POSTPONED, "en")
    struck = status_words(EventStatus.CANCELLED, "en")
    assert (
        hollow
        == status_words(EventStatus.ANNOUNCED, "en")
        == "Outline only: announced or postponed"
    )
    assert legend([EventStatus.HELD, EventStatus.POSTPONED]) == [(hollow, EventStatus.ANNOUNCED)]
    assert legend([EventStatus.ANNOUNCED, EventStatus.CANCELLED]) == [
        (hollow, EventStatus.ANNOUNCED),
        (struck, EventStatus.CANCELLED),
    ]
