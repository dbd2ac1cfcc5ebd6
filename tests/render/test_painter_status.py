"""An announced event is drawn hollow, a cancelled one struck through: by the layout and the
one painter that serves the screen and every export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.domain.status import EventStatus
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.painter import TimelinePainter

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
