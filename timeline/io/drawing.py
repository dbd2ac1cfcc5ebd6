"""The timeline of an export: the screen's layout and painter, fitted to paper or an image.

One period or N consecutive ones (a timeline "N pages wide"): every page gets the same span,
so the same zoom level, the same rows and an axis of its own, and neighbours overlap a
little so that an event at a page edge is seen whole on one of them. When the legend would
not fit the width at the screen's font size, the whole drawing is scaled down until it does:
a briefing must explain every colour it uses. Paper cannot be panned, so an axis label that
a page edge would cut in two is left out (its boundary line stays), as the view would never
leave it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period
from timeline.io.page_setup import UNITS_PER_INCH
from timeline.io.xml_text import xml_safe_bytes
from timeline.render.index import EventSource, MemorySource
from timeline.render.layout import (
    LayoutOptions,
    StackingCache,
    TimelineLayout,
    fit_period,
    layout,
)
from timeline.render.painter import TimelinePainter

#: Share of a page's span that it repeats of its neighbour's.
OVERLAP = 0.04


def page_periods(whole: Period, pages: int, overlap: float = OVERLAP) -> list[Period]:
    """``pages`` periods of equal span covering ``whole``, each overlapping the next."""
    if pages <= 1:
        return [whole]
    span = whole.span / (1 + (pages - 1) * (1 - overlap))
    step = span * (1 - overlap)
    return [Period(whole.start + n * step, whole.start + n * step + span) for n in range(pages)]


def _legend_width(painter: TimelinePainter, fmt: DateFormat) -> float:
    """The width the whole legend needs, read from a layout with room to spare (so the
    legend's spacing stays the layout's business)."""
    probe = Event(EventKind.STATEMENT, ("MA",), EventDate.on(date(2000, 1, 1)), "-", id=1)
    source = MemorySource.single([probe], painter.measurer.width, fmt.language)
    wide = layout(
        StackingCache(source),
        Period(730000.0, 730100.0),
        100_000.0,
        400.0,
        painter.measurer.width,
        LayoutOptions(fmt=fmt),
    )
    if not wide.legend:
        return 0.0
    return wide.legend[-1].text.right + wide.legend[0].swatch.x


def _uncut(drawn: TimelineLayout) -> TimelineLayout:
    """The layout without the axis labels that stick out of it."""
    drawn.ticks = [
        tick
        if tick.label_rect.x >= 0 and tick.label_rect.right <= drawn.width
        else replace(tick, label="")
        for tick in drawn.ticks
    ]
    return drawn


class TimelineDrawing:
    """The layouts of one export, ready to paint into a ``size`` box (drawing units)."""

    def __init__(
        self,
        source: EventSource,
        fmt: DateFormat,
        size: QSizeF,
        period: Period | None = None,
        pages: int = 1,
        today: date | None = None,
        hijri_tier: bool = True,
    ) -> None:
        """``period`` None: the whole filtered period, fitted as the view's "fit all" does."""
        self.fmt = fmt
        self.size = size
        self.painter = TimelinePainter()
        needed = _legend_width(self.painter, fmt)
        self.scale = min(1.0, size.width() / needed) if needed else 1.0
        width, height = size.width() / self.scale, size.height() / self.scale
        cache = StackingCache(source)
        if period is None:
            period = fit_period(source.index, width * pages, cache.geometry)
        if period is None:  # nothing to show: the year up to today
            today_or_now = today or date.today()
            period = Period.around(today_or_now - timedelta(days=365), today_or_now)
        self.period = period
        options = LayoutOptions(
            rtl=fmt.language == "ar",
            fmt=fmt,
            hijri_tier=hijri_tier,
            today=today,
            geometry=cache.geometry,
        )
        self.layouts: list[TimelineLayout] = [
            _uncut(layout(cache, part, width, height, self.painter.measurer.width, options))
            for part in page_periods(period, pages)
        ]

    def paint(self, painter: QPainter, page: int = 0) -> None:
        """Page ``page`` of the drawing at the painter's origin, clipped to its box."""
        painter.save()
        painter.setClipRect(QRectF(0, 0, self.size.width(), self.size.height()))
        painter.scale(self.scale, self.scale)
        self.painter.paint(painter, self.layouts[page], self.fmt)
        painter.restore()


def png_bytes(drawing: TimelineDrawing, dpi: int) -> bytes:
    """The drawing as PNG at ``dpi`` (its size on paper is kept)."""
    zoom = dpi / UNITS_PER_INCH
    size = QSize(round(drawing.size.width() * zoom), round(drawing.size.height() * zoom))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    drawing.paint(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(drawing: TimelineDrawing, title: str) -> bytes:
    """The drawing as SVG, text kept as text."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = drawing.size.toSize()
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(round(UNITS_PER_INCH))
    generator.setTitle(title)
    painter = QPainter(generator)
    drawing.paint(painter)
    painter.end()
    buffer.close()
    # Qt writes text as it is given: a NUL or an ESC in a title would make invalid XML.
    return xml_safe_bytes(bytes(data.data()))
