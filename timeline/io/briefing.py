"""The PDF briefing: the timeline as the screen draws it, then the events as a table.

A briefing is planned whole before any page is painted — the footer says "page 2 of 5" —
and each page is painted by :meth:`Briefing.paint_page` onto any QPainter: the PDF writer,
a printer, a print preview or an image in a test. Every page carries the title and the
period (Gregorian and Hijri) at the top and the page number and generation date at the
bottom; in Arabic the whole page is mirrored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextOption,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import is_rtl_text
from timeline.domain.event import Event
from timeline.domain.period import Period, day_number, day_of
from timeline.io.briefing_table import Table, TableRow
from timeline.io.briefing_words import days_words, word
from timeline.io.drawing import TimelineDrawing
from timeline.io.page_setup import content_size, device_scale
from timeline.io.pdf_text import real_arabic_text
from timeline.io.steps import Progress, Steps
from timeline.io.xml_text import xml_safe
from timeline.render.index import EventSource
from timeline.render.theme import Theme, app_font

TITLE_HEIGHT = 30.0
LINE_HEIGHT = 20.0  # the period, and on a timeline split across pages, this page's part
HEADER_GAP = 10.0
FOOTER_HEIGHT = 22.0
PRODUCER = "Diplomatic Timeline"


@dataclass(frozen=True)
class BriefingOptions:
    """What to brief on and how; ``period`` None means the whole filtered period."""

    title: str
    fmt: DateFormat
    pages_wide: int = 1
    period: Period | None = None
    generated: date = field(default_factory=date.today)
    hijri_tier: bool = True


def in_period(events: Sequence[Event], period: Period | None) -> list[Event]:
    """The events a view of ``period`` shows (all of them for the whole period)."""
    if period is None:
        return list(events)
    return [
        event
        for event in events
        if day_number(event.date.earliest()) < period.end
        and day_number(event.date.latest()) + 1 > period.start
    ]


class Briefing:
    """A briefing laid out for one page size: how many pages, and what is on each."""

    def __init__(
        self,
        source: EventSource,
        events: Sequence[Event],
        options: BriefingOptions,
        page_layout: QPageLayout,
        progress: Progress | None = None,
    ) -> None:
        """``events``: the table's rows, in time order. Progress counts each event twice
        (measured, then drawn) and each timeline page once."""
        self.options = options
        self.fmt = options.fmt
        self.rtl = self.fmt.language == "ar"
        self.theme = Theme()
        self.content = content_size(page_layout)
        width, height = self.content.width(), self.content.height()
        pages_wide = max(1, options.pages_wide)
        self.steps = Steps(progress, 2 * len(events) + pages_wide)
        self.timeline_top = TITLE_HEIGHT + LINE_HEIGHT * (2 if pages_wide > 1 else 1) + HEADER_GAP
        self.table_top = TITLE_HEIGHT + LINE_HEIGHT + HEADER_GAP
        self.drawing = TimelineDrawing(
            source,
            self.fmt,
            QSizeF(width, height - self.timeline_top - FOOTER_HEIGHT),
            options.period,
            pages_wide,
            today=options.generated,
            hijri_tier=options.hijri_tier,
        )
        self.table = Table(width, self.fmt, self.theme)
        self.rows: list[TableRow] = self.table.rows(events, self.steps)
        self.table_pages = self.table.flow(self.rows, height - self.table_top - FOOTER_HEIGHT)
        self.period_words = self._period_words(events)
        self.title_font = app_font(20, bold=True)
        self.text_font = app_font(12)
        self.small_font = app_font(10)

    def _period_words(self, events: Sequence[Event]) -> str:
        if self.options.period is not None or not events:
            period = self.drawing.period
            return days_words(day_of(period.start), day_of(period.end - 1e-6), self.fmt)
        first = min(event.date.earliest() for event in events)
        last = max(event.date.latest() for event in events)
        return days_words(first, last, self.fmt)

    @property
    def timeline_pages(self) -> int:
        return len(self.drawing.layouts)

    @property
    def page_count(self) -> int:
        return self.timeline_pages + len(self.table_pages)

    # -- painting ---------------------------------------------------------------------------

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (from 0) onto the painter's device, scaled to its width."""
        painter.save()
        scale = device_scale(painter, self.content)
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_header(painter, number)
        if number < self.timeline_pages:
            painter.translate(0, self.timeline_top)
            self.drawing.paint(painter, number)
            painter.translate(0, -self.timeline_top)
        else:
            rows = self.table_pages[number - self.timeline_pages]
            top = self.table.paint_header(painter, self.table_top)
            if not self.rows:
                self._line(painter, word("none", self.fmt), top + 6, self.text_font)
            self.table.paint_rows(painter, [self.rows[n] for n in rows], top)
        self._paint_footer(painter, number)
        painter.restore()

    def _option(self, text: str, end_side: bool = False) -> QTextOption:
        """Text on the reading start side of the page (or its end side), in its own
        direction."""
        start = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        end = Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight
        option = QTextOption(
            (end if end_side else start)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl_text(text) else Qt.LayoutDirection.LeftToRight
        )
        return option

    def _line(
        self, painter: QPainter, text: str, top: float, font: QFont, end_side: bool = False
    ) -> None:
        """One line across the page, elided if it is longer than the page is wide."""
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width = self.content.width()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        height = metrics.height() + 4
        painter.drawText(QRectF(0, top, width, height), shown, self._option(shown, end_side))

    def _paint_header(self, painter: QPainter, number: int) -> None:
        painter.setPen(self.theme.text)
        self._line(painter, self.options.title, 0, self.title_font)
        painter.setPen(self.theme.muted_text)
        self._line(painter, self.period_words, TITLE_HEIGHT, self.text_font)
        if number < self.timeline_pages and self.timeline_pages > 1:
            part = self.drawing.layouts[number].scale.period
            days = days_words(day_of(part.start), day_of(part.end - 1e-6), self.fmt)
            parts = word("part", self.fmt, n=number + 1, total=self.timeline_pages)
            painter.setPen(self.theme.text)
            self._line(painter, f"{parts}: {days}", TITLE_HEIGHT + LINE_HEIGHT, self.text_font)

    def _paint_footer(self, painter: QPainter, number: int) -> None:
        top = self.content.height() - FOOTER_HEIGHT
        painter.setPen(self.theme.major_grid)
        painter.drawLine(QPointF(0, top + 4), QPointF(self.content.width(), top + 4))
        painter.setPen(self.theme.muted_text)
        generated = word("generated", self.fmt, day=self.fmt.day(self.options.generated))
        page = word("page", self.fmt, n=number + 1, total=self.page_count)
        self._line(painter, generated, top + 6, self.small_font)
        self._line(painter, page, top + 6, self.small_font, end_side=True)


def paint_document(device: QPagedPaintDevice, briefing: Briefing) -> bool:
    """Every page of ``briefing`` onto a paged device (PDF writer or printer); False when
    the device could not be painted on."""
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        for number in range(briefing.page_count):
            if number:
                device.newPage()
            briefing.paint_page(painter, number)
            rows = 1 if number < briefing.timeline_pages else _rows_on(briefing, number)
            briefing.steps.advance(rows)
    finally:
        painter.end()
    return True


def _rows_on(briefing: Briefing, number: int) -> int:
    return len(briefing.table_pages[number - briefing.timeline_pages])


def pdf_bytes(briefing: Briefing, page_layout: QPageLayout) -> bytes:
    """The briefing as a PDF: vector, fonts embedded, text searchable in every language."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout)
    writer.setTitle(xml_safe(briefing.options.title))  # it goes into the XMP metadata
    writer.setCreator(PRODUCER)
    paint_document(writer, briefing)
    buffer.close()
    return real_arabic_text(bytes(data.data()))
