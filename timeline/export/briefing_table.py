"""The tables of a briefing: every event in time order, or (for a large selection) the
count of each kind year by year (month by month, day by day for a short one, the events
whose month or day is not known in rows of their own after them). Rows are measured once;
the briefing flows them across its pages. :func:`paragraph` sets every text of a briefing,
in the table or not.

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

import re
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from timeline.domain.countries import country_name
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, in_digits, shown_title
from timeline.domain.direction import is_rtl_text
from timeline.domain.event import Event
from timeline.domain.glance import period_end
from timeline.domain.kinds import EventKind
from timeline.domain.languages import field_separator
from timeline.domain.status import EventStatus, kind_and_status
from timeline.export.briefing_outlets import outlet_in
from timeline.export.briefing_words import (
    NO_BREAK,
    NO_BREAK_HYPHEN,
    looser,
    unbroken,
    whole_entries,
    word,
)
from timeline.export.glyph_painter import draw_layout
from timeline.export.steps import Steps
from timeline.render.theme import Theme, app_font, strike_rise

COLUMNS = ("date", "kind", "title", "place", "participants", "source")
#: Shares of the width: the title gets the most, then the participants and the date.
SHARES = (0.17, 0.12, 0.26, 0.12, 0.21, 0.12)
#: The columns every table of events has, filled or not.
ALWAYS_SHOWN = frozenset({"date", "kind", "title"})
#: The date's or the kind's share at most where columns left out give them room.
MOST_WIDENED = 0.3
LONGEST_MEASURED = 50
#: The columns that take their longest word's width from the title's (:func:`_words_whole`),
#: and the title's share they leave it at least.
WORDS_WHOLE = ("place", "participants", "source")
LEAST_TITLE = 0.18
_UNWRAPPED = 1e6  # a line width no cell's text reaches
#: The table grouped by year, for large selections: the year and its count, then a column
#: for each kind that occurs (sharing the rest of the width).
YEAR_COLUMNS = (("year", 0.18), ("count", 0.1))
FONT_PX = 11
LINE_PITCH = 17.0  # 1.55 font sizes: Arabic marks above and dots below stay clear
BASELINE = 12.5  # from the top of a line
PADDING = 5.0
#: Above and below a cell's lines where that spares the briefing a page (see
#: :meth:`Table.tightened`): the English sample on Letter paper missed page 3 by 13 pixels,
#: its closing sections alone on a fourth page.
TIGHT_PADDING = 3.0
SWATCH = 8.0
Cell = tuple[str, ...]
#: The columns of dates: a Gregorian one over its Hijri form.
DATE_COLUMNS = frozenset({"date", "year", "month", "signed", "in_force"})


@dataclass(frozen=True, slots=True)
class TableRow:
    kind: EventKind | None  # None: a row of the table grouped by year
    cells: tuple[Cell, ...]
    height: float
    #: A cancelled event's title struck through, as the timeline strikes its label: Morocco's
    #: cancelled statement with Uzbekistan of 21 September 2020 read as held in the table.
    struck: bool = False
    #: A period still to come, as the chart's paler bars show it: its row quieter.
    to_come: bool = False


def event_cells(event: Event, fmt: DateFormat) -> tuple[Cell, ...]:
    """What the table says of one event, cell by cell, paragraph by paragraph; its kind
    with its status unless held, as the window's details say it ("Bilateral meeting —
    postponed": Morocco's postponed meeting with Qatar of 4 October 2020 read as held)."""
    language = fmt.language
    when = (fmt.event_date(event.date), fmt.hijri_as_known(event.date))
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
        (kind_and_status(event, language),),
        (shown_title(event, fmt),),
        tuple(in_digits(part, fmt) for part in place if part),
        tuple(in_digits(person, fmt) for person in people),
        tuple(outlet_in(source.outlet, language) or source.url for source in event.sources),
    )


def paragraph(
    text: str,
    font: QFont,
    width: float,
    rtl: bool,
    pitch: float = LINE_PITCH,
    baseline: float = BASELINE,
    centred: bool = False,
) -> Paragraph:
    """``text`` broken into lines ``width`` wide, each on the pitch, baselines aligned, on
    the right (``rtl``) or left side or ``centred``, each paragraph in its own direction."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    if centred:
        side = Qt.AlignmentFlag.AlignHCenter
    option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # Otherwise a wrapped right-to-left line keeps the space it broke at on its right
    # end, and sits one space further from the column edge than the lines below it.
    option.setFlags(QTextOption.Flag.IncludeTrailingSpaces)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl_text(text) else Qt.LayoutDirection.LeftToRight
    )
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, count * pitch + baseline - line.ascent()))
        count += 1
    layout.endLayout()
    if (NO_BREAK in text or NO_BREAK_HYPHEN in text) and _broke_a_word(layout, text):
        # Words tied together (a day, its month and its year) wider than the column: broken
        # at its edge, inside a word. Each kind of tie is let go in turn, until plain spaces
        # at least break between words.
        return paragraph(looser(text), font, width, rtl, pitch, baseline, centred)
    return Paragraph(layout, count)


def _broke_a_word(layout: QTextLayout, text: str) -> bool:
    """Whether a line of ``layout`` ends inside a word or a tie, as words tied together
    wider than the line are cut (at a no-break space, or after a no-break hyphen)."""
    starts = (layout.lineAt(n).textStart() for n in range(1, layout.lineCount()))
    return any(
        (text[start - 1].isalnum() and text[start].isalnum())
        or text[start] == NO_BREAK
        or text[start - 1] in (NO_BREAK, NO_BREAK_HYPHEN)
        for start in starts
    )


def period_columns(
    kinds: Sequence[EventKind], joined: bool, unit: str = "year"
) -> tuple[tuple[str, float], ...]:
    """The columns of the table grouped by year (or by ``unit``, "month" or "day"): a
    column for each of these kinds, or (``joined``, on a page too narrow for them) one
    column saying them all."""
    first = (_PERIOD_KEYS[unit], YEAR_COLUMNS[0][1]), *YEAR_COLUMNS[1:]
    rest = 1.0 - sum(share for _key, share in YEAR_COLUMNS)
    if joined:
        return (*first, ("kinds", rest))
    return (*first, *((kind.value, rest / len(kinds)) for kind in kinds))


def period_name(start: date, unit: str, fmt: DateFormat) -> str:
    """The period of ``unit`` that starts on ``start``, as the reader writes it: "2025",
    "April 2025", "7 April 2025"."""
    if unit == "year":
        return fmt.year(start.year)
    return fmt.month_year(start.year, start.month) if unit == "month" else fmt.day(start)


#: The heading of the first column of a table grouped by each unit.
_PERIOD_KEYS = {"year": "year", "month": "month", "day": "date"}


def period_cells(
    start: date,
    unit: str,
    counts: dict[EventKind, int],
    kinds: Sequence[EventKind],
    fmt: DateFormat,
    joined: bool,
    to_come: bool = False,
    cancelled: int = 0,
) -> tuple[Cell, ...]:
    """A row of the table grouped by ``unit``: the period that starts on ``start`` in
    both calendars (a year over its Hijri years, a month over its Hijri months, a day over
    its Hijri day), how many events, and how many of each kind (nothing for none), in a
    column each or in one. A period ``to_come`` (begun after the day of the briefing) says
    so: Morocco and Qatar's 2027 to 2030 read as years of relations past. Its total says
    how many of them were ``cancelled``: "8" stood beside "Busiest year: 2024 (3
    events)" where five of 2025's eight were."""
    name = _said_to_come(period_name(start, unit, fmt), to_come, fmt)
    when = (name, _hijri_of(start, period_end(start, unit), unit, fmt))
    return counted_cells(when, counts, kinds, fmt, joined, cancelled)


def begun_before_when(since: date, fmt: DateFormat) -> Cell:
    """The first cell of a row of the events begun before the selection that starts on
    ``since`` (:attr:`~timeline.domain.glance.Glance.begun_before`): "Begun before 28
    December 2020" over that day's Hijri date."""
    return word("begun_before", fmt, day=fmt.day(since)), fmt.hijri_span(since, since)


def _said_to_come(name: str, to_come: bool, fmt: DateFormat) -> str:
    """A period's or span's name, saying it is still to come where it is."""
    return word("period_to_come", fmt, period=name) if to_come else name


def _hijri_of(first: date, last: date, unit: str, fmt: DateFormat) -> str:
    """The Hijri years, months or days of ``first`` to ``last``, whole periods of ``unit``."""
    if unit == "year":
        return fmt.hijri_years(first, last)
    return fmt.hijri_months(first, last) if unit == "month" else fmt.hijri_span(first, last)


def _whole(first: date, last: date) -> str:
    """What ``first`` to ``last`` is made of: whole "year"s, whole "month"s, or "day"s."""
    if first.day != 1 or period_end(date(last.year, last.month, 1), "month") != last:
        return "day"
    return "year" if (first.month, last.month) == (1, 12) else "month"


def span_name(first: date, last: date, fmt: DateFormat) -> str:
    """Whole years, whole months or days from ``first`` to ``last``, as the reader writes
    them: "2023", "2022–2023", "March 2023", "March – May 2023", "10–12 March 2023"."""
    whole = _whole(first, last)
    if whole == "year":
        return fmt.year_span(first.year, last.year)
    if whole == "day":
        return fmt.event_date(EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last)))
    return fmt.month_span(first, last)


def span_when(span: tuple[date, date], unit: str, fmt: DateFormat, to_come: bool = False) -> Cell:
    """The first cell of a row after the periods of ``unit``, for the events whose period
    is not known (see :func:`counted_cells`): the ``span`` of whole years (months) they may
    have begun in (:attr:`~timeline.domain.glance.Glance.by_span`), saying so ("2023,
    month not known", "March 2023, day not known"), over its Hijri form. Day by day, whole
    years say the month is not known: March 2023's table read "2023, day not known" for
    events of which only the year is. A span ``to_come`` says so, as a period does."""
    first, last = span
    unknown = "month" if unit == "day" and _whole(first, last) == "year" else unit
    name = word(f"{unknown}_not_known", fmt, span=span_name(first, last, fmt))
    return _said_to_come(name, to_come, fmt), _hijri_of(first, last, _whole(first, last), fmt)


def counted_cells(
    when: Cell,
    counts: dict[EventKind, int],
    kinds: Sequence[EventKind],
    fmt: DateFormat,
    joined: bool,
    cancelled: int = 0,
) -> tuple[Cell, ...]:
    """A row grouping events: ``when`` (its Gregorian and Hijri forms: a period's, or a
    span's from :func:`span_when`), how many (and of them how many ``cancelled``), and
    how many of each kind (nothing for none), in a column each or in one."""
    each = [fmt.number(counts[kind]) if counts.get(kind) else "" for kind in kinds]
    if joined:
        said = [
            word("kind_count", fmt, kind=kind.info.name(fmt.language), n=fmt.number(counts[kind]))
            for kind in kinds
            if counts.get(kind)
        ]
        each = [field_separator(fmt.language).join(said)]
    total = fmt.number(sum(counts.values()))
    if cancelled:
        total = f"{total} ({fmt.count(cancelled, 'cancelled')})"
    return (tuple(part for part in when if part), (total,), *((text,) for text in each))


#: The fewest rows a table's last page holds, where the page before can spare them.
FEW_ROWS = 3


def without_widow_rows(first: int, last: int, count: int, few: int = FEW_ROWS) -> int:
    """Where a page of rows ``first`` to ``last`` (excluded) of ``count`` should end: earlier
    where fewer than ``few`` would be left for the next page, so that rows before them go
    over too, this page keeping two at least. A table's last row or two alone on its last
    page read as left over, not as the end of the list."""
    left = count - last
    if not 0 < left < few:
        return last
    return last - max(0, min(few - left, last - first - 2))


def events_table(
    events: Sequence[Event], width: float, fmt: DateFormat, theme: Theme, steps: Steps
) -> tuple[Table, list[TableRow]]:
    """The events' table and every row with its height, one step of progress per event.
    A column none of them fills (imported events seldom have places or people) is left
    out, and its share goes to the date, the kind and the title (a date and its Hijri form
    on a line each, not three or four)."""
    cells = [event_cells(event, fmt) for event in events]
    kept = [
        number
        for number, key in enumerate(COLUMNS)
        if key in ALWAYS_SHOWN or any(row[number] for row in cells)
    ]
    columns = _words_whole(_widened(kept, cells, width), cells, width, fmt)
    table = Table(width, fmt, theme, columns)
    rows = []
    for count, (event, row) in enumerate(zip(events, cells, strict=True), start=1):
        cancelled = event.status is EventStatus.CANCELLED
        rows.append(table.row(event.kind, tuple(row[number] for number in kept), cancelled))
        if count % 50 == 0:
            steps.advance(50)
    steps.advance(len(events) % 50)
    return table, rows


def _widened(
    kept: Sequence[int], cells: Sequence[tuple[Cell, ...]], width: float
) -> tuple[tuple[str, float], ...]:
    """The shares of the columns ``kept``. What those left out leave goes first to the date
    and the kind, as far as their longest lines need (up to :data:`MOST_WIDENED` each), and
    the rest to the title."""
    shares = {COLUMNS[number]: SHARES[number] for number in kept}
    left = 1.0 - sum(shares.values())
    if left <= 0:
        return tuple(shares.items())
    font = app_font(FONT_PX)
    for key, inset in (("date", 0.0), ("kind", SWATCH + PADDING)):
        column = COLUMNS.index(key)
        texts = {text for row in cells for text in row[column]}
        # The widest line is among the longest: measuring them all cost 0.1 s for 10,000.
        longest = sorted(texts, key=len)[-LONGEST_MEASURED:]
        needed = max((_one_line_width(text, font) for text in longest), default=0.0) + inset
        share = (needed + 2 * PADDING + 1) / width
        wider = min(left, max(0.0, min(share, MOST_WIDENED) - shares[key]))
        shares[key] += wider
        left -= wider
    shares["title"] += left
    return tuple(shares.items())


def _words_whole(
    columns: tuple[tuple[str, float], ...],
    cells: Sequence[tuple[Cell, ...]],
    width: float,
    fmt: DateFormat,
) -> tuple[tuple[str, float], ...]:
    """The title's, the place's, the participants' and the source's columns each as wide
    as their longest word (on A5 paper "Uzbekist|an" and "Public reportin|g" broke in two),
    then as their heading's ("Participant|s"), as far as the others have room to spare
    above theirs: the title's at least :data:`LEAST_TITLE` and what the kind takes from it
    for its name (:class:`Table`)."""
    widths = {key: share * width for key, share in columns}
    font, bold = app_font(FONT_PX), app_font(FONT_PX, bold=True)
    kept = [key for key in ("title", *WORDS_WHOLE) if key in widths]
    words = {
        key: _longest_word((text for row in cells for text in row[COLUMNS.index(key)]), font)
        for key in kept
    }
    words["title"] = max(words["title"], LEAST_TITLE * width)
    words["title"] += max(0.0, _kind_needed(fmt, font) - widths["kind"])
    # A heading is read once a page, a cell's words on every row: those first.
    headings = {key: max(words[key], _longest_word([_heading(key, fmt)], bold)) for key in kept}
    for floors in (words, headings):
        _widen_to(widths, floors)
    return tuple((key, widths[key] / width) for key, _share in columns)


def _widen_to(widths: dict[str, float], floors: Mapping[str, float]) -> None:
    """Each column of ``floors`` narrower than its floor widened to it, the least short
    first (where the room spared cannot make every column whole, as many as can be are:
    shared out, the French title's long word left each short), from those wider than
    theirs, each giving in proportion to what it spares."""
    spare = {key: widths[key] - floor for key, floor in floors.items() if widths[key] > floor}
    spared, given = sum(spare.values()), 0.0
    short = {key: floor - widths[key] for key, floor in floors.items() if widths[key] < floor}
    for key, lack in sorted(short.items(), key=lambda item: (item[1], item[0])):
        taken = min(lack, spared - given)
        widths[key] += taken
        given += taken
    for key, room in spare.items():
        widths[key] -= room * given / spared


#: Where a line may break between words: spaces, and after a hyphen or a dash
#: ("Inter-Parliamentary", "Morocco–Kazakhstan"), not a no-break one.
_BREAKS = re.compile("\\s+|(?<=[-\u2010\u2013\u2014])")


def _longest_word(texts: Iterable[str], font: QFont) -> float:
    """The width a cell needs for the longest word of ``texts``, addresses left out (a
    source named by its URL alone is one long word that breaks where it may)."""
    words = {
        part
        for text in texts
        for part in _BREAKS.split(text)
        if part and "://" not in part and not part.startswith("www.")
    }
    # The longest by letters, in one order whatever the run (a set's order varied with
    # the hash seed, and the columns with it).
    longest = sorted(words, key=lambda part: (len(part), part))[-LONGEST_MEASURED:]
    needed = max((_one_line_width(part, font) for part in longest), default=0.0)
    return needed + 2 * PADDING + 1 if needed else 0.0


def _kind_needed(fmt: DateFormat, font: QFont) -> float:
    """The width the kind column needs to break no kind's name inside a word."""
    metrics = QFontMetricsF(font)
    longest = max(
        metrics.horizontalAdvance(part)
        for each in EventKind
        for part in each.info.name(fmt.language).split()
    )
    return longest + 3 * PADDING + SWATCH + 1


def _one_line_width(text: str, font: QFont) -> float:
    """``text``'s width on one line as a cell lays it out: the font's advance for
    "لقاء على الهامش" was a pixel short of that, and the kind column widened for it wrapped
    it onto two lines beside a title column with room to spare."""
    laid_out = paragraph(text, font, _UNWRAPPED, False)  # alive while its line is read
    return laid_out.layout.lineAt(0).naturalTextWidth() if laid_out.lines else 0.0


def _heading(key: str, fmt: DateFormat) -> str:
    """A column's heading: a word of the briefing, or a kind's name."""
    kinds = {kind.value: kind for kind in EventKind}
    return kinds[key].info.name(fmt.language) if key in kinds else word(key, fmt)


class Table:
    """Column geometry and fonts for one content width and reading direction: the events one
    by one (:data:`COLUMNS`) or grouped by year (:data:`YEAR_COLUMNS`)."""

    def __init__(
        self,
        width: float,
        fmt: DateFormat,
        theme: Theme,
        columns: tuple[tuple[str, float], ...] = tuple(zip(COLUMNS, SHARES, strict=True)),
    ) -> None:
        self.fmt = fmt
        self.rtl = fmt.language == "ar"
        self.theme = theme
        self.font = app_font(FONT_PX)
        self.header_font = app_font(FONT_PX, bold=True)
        self.width = width
        self.padding = PADDING  # above and below a cell's lines (beside them it stays)
        self.keys = tuple(key for key, _share in columns)
        widths = [share * width for _key, share in columns]
        if "kind" in self.keys and "title" in self.keys:
            # A kind's name is never broken inside a word: its column takes from the title's.
            kind, title = self.keys.index("kind"), self.keys.index("title")
            needed = _kind_needed(fmt, self.font)
            if widths[kind] < needed:
                widths[title] -= needed - widths[kind]
                widths[kind] = needed
        self.columns: list[tuple[float, float]] = []  # (x, width) in reading order
        start = 0.0
        for column in widths:
            self.columns.append((width - start - column if self.rtl else start, column))
            start += column
        self._line_count = lru_cache(maxsize=16384)(self._count_lines)
        self.header_height = 2 * PADDING + LINE_PITCH * max(
            self._lines(_heading(key, fmt), self.header_font, self._text_width(n)).lines
            for n, key in enumerate(self.keys)
        )

    def tightened(self, rows: Sequence[TableRow]) -> tuple[Table, list[TableRow]]:
        """This table and its ``rows`` with :data:`TIGHT_PADDING` above and below each
        cell's lines rather than :data:`PADDING`: the same lines, each row a few pixels
        shorter."""
        less = 2 * (self.padding - TIGHT_PADDING)
        tight = copy(self)
        tight.padding = TIGHT_PADDING
        tight.header_height = self.header_height - less
        return tight, [replace(row, height=row.height - less) for row in rows]

    def headings_fit(self) -> bool:
        """Whether every column is wide enough for the longest word of its heading (a
        narrow column would break a word)."""
        metrics = QFontMetricsF(self.header_font)
        return all(
            max(metrics.horizontalAdvance(part) for part in _heading(key, self.fmt).split())
            <= self._text_width(column)
            for column, key in enumerate(self.keys)
        )

    def _text_width(self, column: int) -> float:
        inset = SWATCH + PADDING if self.keys[column] == "kind" else 0.0
        return self.columns[column][1] - 2 * PADDING - inset

    def _lines(self, text: str, font: QFont, width: float) -> Paragraph:
        return paragraph(text, font, width, self.rtl)

    def _count_lines(self, text: str, column: int) -> int:
        return self._cell_lines(text, column).lines

    def _cell_lines(self, text: str, column: int) -> Paragraph:
        """A cell's paragraph; a date's wraps between its parts (see :func:`unbroken`), the
        counts by kind between kinds."""
        if self.keys[column] in DATE_COLUMNS:
            text = unbroken(text, self.fmt)
        elif self.keys[column] == "kinds":
            text = whole_entries(text, self.fmt)
        return self._lines(text, self.font, self._text_width(column))

    def row(
        self,
        kind: EventKind | None,
        cells: tuple[Cell, ...],
        struck: bool = False,
        to_come: bool = False,
    ) -> TableRow:
        """A row of these cells, as tall as its tallest cell; ``struck``: a cancelled event's;
        ``to_come``: a period's still to come."""
        lines = max(
            sum(self._line_count(text, column) for text in cell)
            for column, cell in enumerate(cells)
        )
        return TableRow(kind, cells, max(lines, 1) * LINE_PITCH + 2 * PADDING, struck, to_come)

    # -- painting ---------------------------------------------------------------------------

    def paint_header(self, painter: QPainter, top: float) -> float:
        """The column titles at ``top``; returns where the rows start."""
        painter.fillRect(QRectF(0, top, self.width, self.header_height), self.theme.axis_background)
        for column, key in enumerate(self.keys):
            x = self.columns[column][0] + PADDING
            heading = _heading(key, self.fmt)
            paragraph = self._lines(heading, self.header_font, self._text_width(column))
            paragraph.draw(painter, QPointF(x, top + self.padding), self.theme.text)
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
                self._paint_cell(painter, column, cell, y, row)
            y += row.height
            painter.setPen(self.theme.grid)
            painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    def _paint_cell(
        self, painter: QPainter, column: int, cell: Cell, top: float, row: TableRow
    ) -> None:
        x, width = self.columns[column]
        left = x + PADDING
        if self.keys[column] == "kind" and row.kind is not None:
            swatch_x = x + width - PADDING - SWATCH if self.rtl else left
            swatch = QRectF(swatch_x, top + self.padding + BASELINE - SWATCH, SWATCH, SWATCH)
            painter.fillRect(swatch, self.theme.kind_colour(row.kind))
            if not self.rtl:
                left += SWATCH + PADDING
        # A cancelled event's title as the timeline draws its label: quieter, struck.
        struck = row.struck and self.keys[column] == "title"
        y = top + self.padding
        for number, text in enumerate(cell):
            # The Hijri line under the Gregorian one is quieter.
            hijri = number > 0 and self.keys[column] in DATE_COLUMNS
            colour = self.theme.muted_text if hijri or struck or row.to_come else self.theme.text
            paragraph = self._cell_lines(text, column)
            paragraph.draw(painter, QPointF(left, y), colour)
            if struck:
                paragraph.strike(painter, QPointF(left, y), self.theme.strike_pen())
            y += paragraph.lines * LINE_PITCH


@dataclass(frozen=True, slots=True)
class Paragraph:
    layout: QTextLayout
    lines: int

    def draw(self, painter: QPainter, at: QPointF, colour: QColor) -> None:
        """In ``colour``; a PDF keeps its words whole across its lines, in reading order
        (:mod:`timeline.export.pdf_text_layer`)."""
        painter.setPen(colour)
        draw_layout(painter, self.layout, at)

    def strike(self, painter: QPainter, at: QPointF, pen: QPen) -> None:
        """A line with ``pen`` through the middle of each of its lines' text (higher for
        Arabic: :func:`~timeline.render.theme.strike_rise`), drawn at ``at``: a cancelled
        event's title, struck as the timeline strikes its label."""
        painter.setPen(pen)
        rise = strike_rise(self.layout.text(), self.layout.font().pixelSize())
        for number in range(self.lines):
            text = self.layout.lineAt(number).naturalTextRect().translated(at)
            middle = text.center().y() - rise
            painter.drawLine(QPointF(text.left(), middle), QPointF(text.right(), middle))
