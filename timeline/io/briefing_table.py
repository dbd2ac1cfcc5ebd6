"""The chronological table of a briefing: rows measured once, flowed across pages.

Each cell is a few short paragraphs (a date and its Hijri form, one participant per line),
each with its own direction, so an Arabic name in an English briefing — or a Latin one in an
Arabic briefing — keeps its punctuation where it belongs. Columns follow the reading
direction: the date is the first column on the left in English and on the right in Arabic.

Lines are broken by a QTextLayout that belongs to no device, so the breaks measured here are
the breaks painted on any device, and are set on one pitch whatever their script: the
Arabic font's own line height (twice the font size, room for stacked vowel marks) would
space Arabic lines half as far again as Latin ones in the same row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption

from timeline.domain.countries import country_name
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import is_rtl_text
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.io.briefing_words import word
from timeline.io.steps import Steps
from timeline.render.theme import Theme, app_font

COLUMNS = ("date", "kind", "title", "place", "participants", "source")
#: Shares of the width: the title gets the most, then the participants and the date.
SHARES = (0.17, 0.12, 0.26, 0.12, 0.21, 0.12)
FONT_PX = 11
LINE_PITCH = 17.0  # 1.55 font sizes: Arabic marks above and dots below stay clear
BASELINE = 12.5  # from the top of a line
PADDING = 5.0
SWATCH = 8.0
Cell = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableRow:
    kind: EventKind
    cells: tuple[Cell, ...]
    height: float


def event_cells(event: Event, fmt: DateFormat) -> tuple[Cell, ...]:
    """What the table says of one event, cell by cell, paragraph by paragraph."""
    language = fmt.language
    when = (fmt.event_date(event.date), fmt.hijri_span(event.date.earliest(), event.date.latest()))
    place = (
        event.place.city_in(language),
        country_name(event.place.country, language) if event.place.country else "",
    )
    people = tuple(
        " – ".join(part for part in (person.name_in(language), person.office_in(language)) if part)
        for person in event.participants
    )
    return (
        tuple(part for part in when if part),
        (event.kind.info.name(language),),
        (event.title(language),),
        tuple(part for part in place if part),
        people,
        tuple(source.outlet or source.url for source in event.sources),
    )


class Table:
    """Column geometry and fonts for one content width and reading direction."""

    def __init__(self, width: float, fmt: DateFormat, theme: Theme) -> None:
        self.fmt = fmt
        self.rtl = fmt.language == "ar"
        self.theme = theme
        self.font = app_font(FONT_PX)
        self.header_font = app_font(FONT_PX, bold=True)
        self.width = width
        self.columns: list[tuple[float, float]] = []  # (x, width) in reading order
        start = 0.0
        for share in SHARES:
            column = share * width
            self.columns.append((width - start - column if self.rtl else start, column))
            start += column
        self._line_count = lru_cache(maxsize=16384)(self._count_lines)
        self.header_height = 2 * PADDING + LINE_PITCH * max(
            self._lines(word(key, fmt), self.header_font, self._text_width(n)).lines
            for n, key in enumerate(COLUMNS)
        )

    def _text_width(self, column: int) -> float:
        inset = SWATCH + PADDING if COLUMNS[column] == "kind" else 0.0
        return self.columns[column][1] - 2 * PADDING - inset

    def _option(self, text: str) -> QTextOption:
        side = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Otherwise a wrapped right-to-left line keeps the space it broke at on its right
        # end, and sits one space further from the column edge than the lines below it.
        option.setFlags(QTextOption.Flag.IncludeTrailingSpaces)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl_text(text) else Qt.LayoutDirection.LeftToRight
        )
        return option

    def _lines(self, text: str, font: QFont, width: float) -> _Paragraph:
        """``text`` broken into lines ``width`` wide, each on the pitch, baselines aligned."""
        layout = QTextLayout(text, font)
        layout.setTextOption(self._option(text))
        layout.beginLayout()
        count = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, count * LINE_PITCH + BASELINE - line.ascent()))
            count += 1
        layout.endLayout()
        return _Paragraph(layout, count)

    def _count_lines(self, text: str, column: int) -> int:
        return self._lines(text, self.font, self._text_width(column)).lines

    def rows(self, events: Sequence[Event], steps: Steps) -> list[TableRow]:
        """Every event's row with its height, one step of progress per event."""
        found = []
        for count, event in enumerate(events, start=1):
            cells = event_cells(event, self.fmt)
            lines = max(
                sum(self._line_count(paragraph, column) for paragraph in cell)
                for column, cell in enumerate(cells)
            )
            found.append(TableRow(event.kind, cells, max(lines, 1) * LINE_PITCH + 2 * PADDING))
            if count % 50 == 0:
                steps.advance(50)
        steps.advance(len(events) % 50)
        return found

    def flow(self, rows: Sequence[TableRow], room: float) -> list[range]:
        """Which rows go on each page: as many as fit under the repeated header. A row taller
        than a page gets a page of its own (and is cut there)."""
        pages: list[range] = []
        first, used = 0, 0.0
        room -= self.header_height
        for number, row in enumerate(rows):
            if used + row.height > room and number > first:
                pages.append(range(first, number))
                first, used = number, 0.0
            used += row.height
        pages.append(range(first, len(rows)))
        return pages

    # -- painting ---------------------------------------------------------------------------

    def paint_header(self, painter: QPainter, top: float) -> float:
        """The column titles at ``top``; returns where the rows start."""
        painter.fillRect(QRectF(0, top, self.width, self.header_height), self.theme.axis_background)
        painter.setPen(self.theme.text)
        for column, key in enumerate(COLUMNS):
            x = self.columns[column][0] + PADDING
            paragraph = self._lines(word(key, self.fmt), self.header_font, self._text_width(column))
            paragraph.layout.draw(painter, QPointF(x, top + PADDING))
        painter.setPen(self.theme.major_grid)
        bottom = top + self.header_height
        painter.drawLine(QPointF(0, bottom), QPointF(self.width, bottom))
        return bottom

    def paint_rows(self, painter: QPainter, rows: Sequence[TableRow], top: float) -> None:
        y = top
        for number, row in enumerate(rows):
            if number % 2:
                painter.fillRect(QRectF(0, y, self.width, row.height), self.theme.lane_background)
            for column, cell in enumerate(row.cells):
                self._paint_cell(painter, column, cell, y, row.kind)
            y += row.height
            painter.setPen(self.theme.grid)
            painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    def _paint_cell(
        self, painter: QPainter, column: int, cell: Cell, top: float, kind: EventKind
    ) -> None:
        x, width = self.columns[column]
        left = x + PADDING
        if COLUMNS[column] == "kind":
            swatch_x = x + width - PADDING - SWATCH if self.rtl else left
            swatch = QRectF(swatch_x, top + PADDING + BASELINE - SWATCH, SWATCH, SWATCH)
            painter.fillRect(swatch, self.theme.kind_colour(kind))
            if not self.rtl:
                left += SWATCH + PADDING
        y = top + PADDING
        for number, text in enumerate(cell):
            # The Hijri line under the Gregorian one is quieter.
            hijri = number > 0 and COLUMNS[column] == "date"
            painter.setPen(self.theme.muted_text if hijri else self.theme.text)
            paragraph = self._lines(text, self.font, self._text_width(column))
            paragraph.layout.draw(painter, QPointF(left, y))
            y += paragraph.lines * LINE_PITCH


@dataclass(frozen=True, slots=True)
class _Paragraph:
    layout: QTextLayout
    lines: int
