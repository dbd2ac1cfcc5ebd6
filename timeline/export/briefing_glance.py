"""The relationship at a glance: the block a briefing's first page opens with.

Four sections, flowed into columns in reading order (three on a landscape page, two on a
portrait one): the count of each kind (with its colour, so the block is also the timeline's
key) and the busiest year; a small chart of events per year, drawn as vectors (per month
or per day for a selection of a year and a half or a month at most, a line under it
counting the events whose month or day is not known, in no bar; the periods after the day
the briefing is prepared paler, their events planned, never the busiest); the latest
event of each kind; and the agreements of the selection with their dates. Every text wraps:
nothing on paper is elided.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from timeline.domain.datetext import DateFormat, shown_title
from timeline.domain.event import Event
from timeline.domain.glance import Glance
from timeline.domain.kinds import EventKind
from timeline.domain.languages import field_separator, with_label
from timeline.domain.status import EventStatus
from timeline.export.briefing_table import FONT_PX, LINE_PITCH, Paragraph, paragraph, period_name
from timeline.export.briefing_words import unbroken, word
from timeline.render.index import Marker
from timeline.render.legend import MARKER_WORDS, marker_words, status_marks, status_words
from timeline.render.painter import TimelinePainter
from timeline.render.text import TextMeasurer
from timeline.render.theme import Theme, app_font

SWATCH = 9.0
INDENT = SWATCH + 6.0
COLUMN_GAP = 24.0
SECTION_GAP = 10.0
CHART_HEIGHT = 104.0
CHART_LABELS = 16.0
#: The share of a column's width (after the swatch) that an event's date takes.
DATE_SHARE = 0.3
DATE_GAP = 8.0
#: How many agreements and latest events the block lists, the first that fits the room
#: it has (titles may be long); the table has the rest.
LIMITS = ((6, 8), (4, 8), (2, 8), (2, 4), (1, 2), (1, 1), (1, 0), (0, 0))
#: Narrower than this, the block has two columns instead of three.
WIDE = 900.0
#: The most periods tied for the busiest that the summary names.
MOST_TIED = 3
#: How much of its kind's colour a bar still to come keeps, the rest the page's: a bar
#: paler than those of the periods begun.
TO_COME_SHARE = 0.4
#: Sections are kept whole unless going on into the next column makes the block at
#: least this much shorter (a long list beside short sections).
BREAK_GAIN = 3 * LINE_PITCH


@dataclass(frozen=True)
class _Line:
    """A paragraph of the block, with a swatch at its start when it names a kind."""

    text: str
    font: QFont
    colour: QColor
    kind: EventKind | None = None
    marker: Marker = Marker.BAR
    swatch: bool = False
    status: EventStatus | None = None  # its swatch marked as the events of this status
    date: str = ""  # an event's date, in a column of its own before its title


Section = list[_Line | None]  # None: the chart


class GlanceBlock:
    """The summary block of one briefing, measured for a width; painted at any top."""

    def __init__(
        self,
        glance: Glance,
        fmt: DateFormat,
        theme: Theme,
        width: float,
        listed: bool = True,
        room: float = math.inf,
        markers: Collection[Marker] = (),
        *,
        fill: bool = False,
        statuses: Collection[EventStatus] = (),
        untitled: int = 0,
    ) -> None:
        """``listed``: the table lists every event (else the agreements not shown here are
        only counted). The block is at most ``room`` tall: long titles list fewer
        agreements, then fewer kinds' latest events. ``markers``: the shapes the events are
        drawn with, the only ones the key explains. ``fill``: the block has its page to
        itself, nothing under it: it lists as many agreements as that room holds, not
        only the latest few. ``statuses``: the events' statuses, whose marks (hollow,
        struck through) the key explains where they are drawn. ``untitled``: how many events
        have no title in the briefing's language, printed with another's."""
        self.glance = glance
        self.listed = listed
        self.markers_drawn = frozenset(markers)
        self.statuses_drawn = frozenset(statuses)
        self.untitled = untitled
        self.fmt = fmt
        self.rtl = fmt.language == "ar"
        self.theme = theme
        self.width = width
        self.font = app_font(FONT_PX)
        self.bold = app_font(FONT_PX, bold=True)
        self.heading = app_font(FONT_PX + 2, bold=True)
        self.small = app_font(FONT_PX - 1)
        self.markers = TimelinePainter(theme)
        columns = 3 if width >= WIDE else 2
        self.column_width = (width - (columns - 1) * COLUMN_GAP) / columns
        self.date_width = DATE_SHARE * (self.column_width - INDENT)
        self.heading_height = 2 * LINE_PITCH
        #: Each paragraph's height, measured once: every trial flow of the sections
        #: (fewer agreements, fewer kinds' latest events, the halving) meets the same lines.
        self._heights: dict[tuple[str, QFont, bool, str], float] = {}
        #: Whether the block says the busiest period in words (see :meth:`_sections`).
        self.busiest_said = True
        agreements, latest = self._fit(columns, room)
        # None fits, or only the one that names no event: the busiest period is left to the
        # chart, where it names them all, and the room it leaves lists what it can (in
        # French the sample's summary under its timeline said only "Accords : 4 événements",
        # its key a line too tall). Where that lists no more, the line stays.
        fits = self.height <= room
        if (not fits or not agreements + latest) and self._chart_names_every_period():
            self.busiest_said = False
            agreements, latest = self._fit(columns, room)
            if fits and (self.height > room or not agreements + latest):
                self.busiest_said = True
                agreements, latest = self._fit(columns, room)
        #: How many kinds' latest events the block names (a short room names fewer).
        self.latest_named = min(latest, len(glance.latest))
        if fill and self.height <= room:
            self._fill(columns, room, agreements, latest)

    def _fit(self, columns: int, room: float) -> tuple[int, int]:
        """The block flowed with the first of :data:`LIMITS` whose sections fit ``room``
        (else the last), and those limits."""
        for agreements, latest in LIMITS:
            self._flow(columns, self._sections(agreements, latest))
            if self.height <= room:
                break
        return agreements, latest

    def _fill(self, columns: int, room: float, fits: int, latest: int) -> None:
        """The most agreements (more than ``fits``, which do) that ``room`` holds, found by
        halving: the block grows with each one listed."""
        low, high = fits, len(self.glance.agreements)
        while low < high:
            middle = (low + high + 1) // 2
            self._flow(columns, self._sections(middle, latest))
            low, high = (middle, high) if self.height <= room else (low, middle - 1)
        self._flow(columns, self._sections(low, latest))

    def _flow(self, columns: int, sections: list[Section]) -> None:
        """Each section whole into the shortest column so far, in reading order; or, where
        that leaves a column emptier by more than :data:`BREAK_GAIN` (one long list beside
        short sections), the sections read down each column and on into the next, a list
        going on between its entries, the columns as even as that makes them."""
        heights = [[self._item_height(line) for line in section] for section in sections]
        self.columns, tallest = _whole(columns, sections, heights)
        broken = _down_even_columns(columns, sections, heights, self._continued)
        if broken is not None and broken[1] < tallest - BREAK_GAIN:
            self.columns, tallest = broken
        self.height = self.heading_height + tallest

    # -- what it says ------------------------------------------------------------------------

    def _kind_count(self, kind: EventKind, count: int) -> str:
        """ "Official visit: 3", and how many of them were cancelled where any were."""
        fmt = self.fmt
        name, number = kind.info.name(fmt.language), fmt.number(count)
        cancelled = self.glance.cancelled.get(kind, 0)
        if not cancelled:
            return word("kind_count", fmt, kind=name, n=number)
        said = fmt.count(cancelled, "cancelled")
        return word("kind_count_cancelled", fmt, kind=name, n=number, cancelled=said)

    def _sections(self, most_agreements: int, most_latest: int) -> list[Section]:
        """The block's sections, listing at most so many agreements and kinds' latest
        events; the busiest period named in words where :attr:`busiest_said` (else the
        chart stands its count on that period's bar)."""
        glance, fmt, language = self.glance, self.fmt, self.fmt.language
        text, muted = self.theme.text, self.theme.muted_text
        counts: Section = [
            _Line(self._kind_count(kind, count), self.font, text, kind, swatch=True)
            for kind, count in glance.by_kind.items()
        ]
        for marker in MARKER_WORDS:
            if marker not in self.markers_drawn:
                continue
            label = marker_words(marker, language)
            counts.append(_Line(label, self.small, muted, None, marker, swatch=True))
        for mark in status_marks(self.statuses_drawn):
            said = status_words(mark, language)
            counts.append(_Line(said, self.small, muted, swatch=True, status=mark))
        busiest_line = self._busiest() if self.busiest_said else ""
        if busiest_line:
            counts.append(_Line(busiest_line, self.bold, text))
        if self.untitled:  # an English title on a French page says why it is there
            said = word("untitled", fmt, count=fmt.count(self.untitled))
            counts.append(_Line(said, self.small, muted))
        chart: Section = [_Line(word(f"per_{glance.unit}", fmt), self.bold, text), None]
        uncharted = sum(sum(each.values()) for each in glance.by_span.values())
        if uncharted:  # the bars' total and these make the heading's count
            said = word(f"uncharted_{glance.unit}", fmt, count=fmt.count(uncharted))
            chart.append(_Line(said, self.small, muted))
        before = sum(glance.begun_before.values())
        since = fmt.day(glance.since) if glance.since else ""
        if before:  # its day whole: "… précède le 28 décembre" stood over "2020" alone
            said = word("uncharted_before", fmt, count=fmt.count(before), day=since)
            chart.append(_Line(unbroken(said, fmt), self.small, muted))
        periods = glance.by_period.items()
        if glance.still_to_come or any(
            glance.to_come(start) and sum(n.values()) > glance.cancelled_in(start)
            for start, n in periods
        ):
            chart.append(_Line(word("to_come", fmt), self.small, muted))
        if glance.cancelled_by_period:
            chart.append(_Line(word("cancelled_bars", fmt), self.small, muted))
        latest: Section = [_Line(word("latest", fmt), self.bold, text)]
        latest += [self._dated(event) for event in list(glance.latest.values())[:most_latest]]
        if len(glance.latest) > most_latest:  # the heading promises every kind
            latest.append(self._more(len(glance.latest) - most_latest))
        agreements: Section = [_Line(word("agreements", fmt), self.bold, text)]
        shown = glance.agreements[max(0, len(glance.agreements) - most_agreements) :]
        agreements += [self._dated(event) for event in shown]  # the latest ones
        if not glance.agreements:
            agreements.append(_Line(word(_no_agreements(glance), fmt), self.font, muted))
        elif not shown:  # "and 37 more" after nothing
            agreements.append(self._all_left_out(len(glance.agreements)))
        elif len(glance.agreements) > len(shown):  # the earlier ones: "and 2,441 more"
            # after the latest read as more still to come
            agreements.append(self._more(len(glance.agreements) - len(shown), "earlier"))
        if not glance.total:  # the heading says there is nothing: no empty sections
            return [counts]
        # One period only (a single day: any longer selection is counted in two periods or
        # more), or none (every event begun before the selection or its period not known):
        # a bar and a busiest line would say the total again. What the chart would have
        # left out is said under the counts: the Emirates' 14 February 2024 counted 18
        # events, none of them known to the day, and nothing said so.
        charted = [chart] if len(glance.by_period) > 1 else []
        if not charted and uncharted:
            said = word("undated_day", fmt, count=fmt.count(uncharted))
            counts.append(_Line(said, self.small, muted))
        if not charted and before:
            began = with_label(word("begun_before", fmt, day=since), fmt.count(before), language)
            counts.append(_Line(unbroken(began, fmt), self.small, muted))
        # A heading with nothing under it where nothing has taken place yet.
        latest_shown = [latest] if most_latest and glance.latest else []
        return [counts, *charted, *latest_shown, agreements]

    def _busiest(self) -> str:
        """ "Busiest year: 2025 (5 events)", or month, or day; "Busiest years: 1983 and 2022
        (10 events each)" for a tie of two or three, "so far" where one is under way with
        events to come; nothing for a single period (its count is the total), none begun
        yet, or a tie of more (the chart shows them)."""
        glance, fmt = self.glance, self.fmt
        busiest = glance.busiest_periods
        if not busiest or len(busiest) > MOST_TIED or len(glance.by_period) < 2:
            return ""
        most = glance.busiest_count
        if most < 2 and glance.unit != "year":  # the first of months of one event each
            return ""
        count = fmt.count(most)
        so_far = word("so_far", fmt) if glance.busiest_so_far else ""
        if len(busiest) == 1:
            period = period_name(busiest[0], glance.unit, fmt)
            return word(f"busiest_{glance.unit}", fmt, period=period, count=count, so_far=so_far)
        periods = fmt.listed([period_name(start, glance.unit, fmt) for start in busiest])
        them = word("of_two" if len(busiest) == 2 else "of_more", fmt)
        return word(
            f"busiest_{glance.unit}s", fmt, periods=periods, count=count, them=them, so_far=so_far
        )

    def _continued(self, section: Section) -> tuple[_Line, float] | None:
        """The heading a list gone on at the top of the next column starts with there, and
        its height: without it, the latest events of five kinds read as agreements, the
        next section's heading under them. None for the counts by kind, which have no
        heading (the chart's section is never broken)."""
        heading = section[0]
        if heading is None or heading.swatch:
            return None
        said = word("continued", self.fmt, heading=heading.text)
        line = _Line(said, heading.font, heading.colour)
        return line, self._item_height(line)

    def _more(self, hidden: int, what: str = "more") -> _Line:
        """The muted line that counts what a section leaves out (and where it is listed):
        ``what`` is "more", or "earlier" under a list of the latest."""
        more = self.fmt.count(hidden, f"{what}-listed" if self.listed else what)
        return _Line(more, self.font, self.theme.muted_text)

    def _all_left_out(self, hidden: int) -> _Line:
        """The muted line that counts the events of a section that lists none of them."""
        count = self.fmt.count(hidden)
        text = word("all_listed", self.fmt, count=count) if self.listed else count
        return _Line(text, self.font, self.theme.muted_text)

    def _dated(self, event: Event) -> _Line:
        """An event's title with its kind's swatch, its date in a column before it: two
        paragraphs, so that a reader copying the date gets the date alone."""
        title = shown_title(event, self.fmt)
        when = self.fmt.event_date(event.date)
        return _Line(title, self.font, self.theme.text, event.kind, swatch=True, date=when)

    # -- measuring ---------------------------------------------------------------------------

    def _paragraph(self, line: _Line) -> Paragraph:
        inset = INDENT if line.swatch else 0.0
        if line.date:
            inset += self.date_width + DATE_GAP
        return paragraph(line.text, line.font, self.column_width - inset, self.rtl)

    def _date(self, line: _Line) -> Paragraph:
        return paragraph(unbroken(line.date, self.fmt), self.small, self.date_width, self.rtl)

    def _line_height(self, line: _Line) -> float:
        key = (line.text, line.font, line.swatch, line.date)
        height = self._heights.get(key)
        if height is None:
            lines = self._paragraph(line).lines
            if line.date:
                lines = max(lines, self._date(line).lines)
            height = self._heights[key] = lines * LINE_PITCH
        return height

    def _item_height(self, line: _Line | None) -> float:
        return CHART_HEIGHT if line is None else self._line_height(line)

    def _column_x(self, number: int) -> float:
        start = number * (self.column_width + COLUMN_GAP)
        return self.width - start - self.column_width if self.rtl else start

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, top: float) -> None:
        """The block with its top at ``top``; it is :attr:`height` tall."""
        painter.save()
        parts = (word("glance", self.fmt), self.fmt.count(self.glance.total))
        heading = field_separator(self.fmt.language).join(parts)
        found = paragraph(heading, self.heading, self.width, self.rtl)
        found.draw(painter, QPointF(0, top), self.theme.text)
        painter.setPen(QPen(self.theme.major_grid, 1))
        rule = top + self.heading_height - 8
        painter.drawLine(QPointF(0, rule), QPointF(self.width, rule))
        for number, column in enumerate(self.columns):
            x = self._column_x(number)
            for offset, section in column:
                y = top + self.heading_height + offset
                for line in section:
                    if line is None:
                        self._paint_chart(painter, QRectF(x, y, self.column_width, CHART_HEIGHT))
                        y += CHART_HEIGHT
                        continue
                    y += self._paint_line(painter, line, x, y)
        painter.restore()

    def _paint_line(self, painter: QPainter, line: _Line, x: float, y: float) -> float:
        text_x = x
        if line.swatch:
            swatch_x = x + self.column_width - SWATCH if self.rtl else x
            colour = self.theme.kind_colour(line.kind) if line.kind else self.theme.muted_text
            rect = QRectF(swatch_x, y + (LINE_PITCH - SWATCH) / 2, SWATCH, SWATCH)
            # The timeline's own marker drawing, so the key matches the drawing exactly.
            if line.status is None:
                self.markers.paint_key_marker(painter, line.marker, rect, colour)
            else:
                self.markers.paint_key_status(painter, rect, colour, line.status)
            text_x = x if self.rtl else x + INDENT
        if line.date:
            date_x = x + self.column_width - INDENT - self.date_width if self.rtl else text_x
            self._date(line).draw(painter, QPointF(date_x, y), self.theme.muted_text)
            text_x = x if self.rtl else text_x + self.date_width + DATE_GAP
        self._paragraph(line).draw(painter, QPointF(text_x, y), line.colour)
        return self._line_height(line)

    def _paint_chart(self, painter: QPainter, box: QRectF) -> None:
        """Stacked bars of each period's events by kind; time runs in the reading direction.
        A period after the day the briefing is prepared is paler: the United Arab Emirates
        and Nigeria's planned 2028, taller than 2012, read as the busiest year the text
        said was 2012. So are the events still to come of the period under way, on top of
        its bar: "2022 (6 events so far)" stood under a bar of 8 in one colour."""
        periods = list(self.glance.by_period)
        if not periods:
            return
        # The peak's count above, the periods' names below, as tall as they are drawn: an
        # Arabic month's letters ran into the line under the chart ("ماي" lost its dots).
        labels = [self._chart_label(start, not number) for number, start in enumerate(periods)]
        tall = self._dates_height(labels)
        bars = box.adjusted(0, CHART_LABELS, 0, -tall)
        totals = [sum(self.glance.by_period[start].values()) for start in periods]
        peak = max(totals) or 1
        pitch = bars.width() / len(periods)
        bar_width = max(1.0, min(pitch * 0.7, 28.0))
        painter.setPen(QPen(self.theme.grid, 1))
        painter.drawLine(bars.bottomLeft(), bars.bottomRight())
        painter.drawLine(bars.topLeft(), bars.topRight())
        painter.setPen(Qt.PenStyle.NoPen)
        for number, start in enumerate(periods):
            centre = self._chart_x(bars, pitch, number)
            bottom = bars.bottom()
            counts = self.glance.by_period[start]
            cancelled = self.glance.cancelled_by_period.get(start, {})
            kept = {kind: count - cancelled.get(kind, 0) for kind, count in counts.items()}
            later = self.glance.still_to_come.get(start, {})
            if self.glance.to_come(start):
                taken, later = {}, kept
            else:
                taken = {kind: count - later.get(kind, 0) for kind, count in kept.items()}
            for look, each in (("held", taken), ("pale", later), ("cancelled", cancelled)):
                for kind in EventKind:
                    if not each.get(kind, 0):
                        continue
                    height = bars.height() * each[kind] / peak
                    bar = QRectF(centre - bar_width / 2, bottom - height, bar_width, height)
                    self._paint_bar(painter, bar, self.theme.kind_colour(kind), look)
                    bottom -= height
        self._paint_period_names(painter, bars, pitch, labels, tall)
        self._paint_busiest_count(painter, bars, pitch, bar_width, periods, totals)

    def _paint_bar(self, painter: QPainter, bar: QRectF, colour: QColor, look: str) -> None:
        """One kind's part of a bar: "held" in its colour, "pale" (still to come) paler,
        "cancelled" its outline alone, an empty box where it would have stood."""
        if look != "cancelled":
            pale = look == "pale"
            painter.fillRect(bar, _paler(colour, self.theme.background) if pale else colour)
            return
        inside = bar.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setBrush(self.theme.background)
        painter.setPen(QPen(colour, 1))
        painter.drawRect(inside)
        painter.restore()

    def _chart_x(self, bars: QRectF, pitch: float, number: int) -> float:
        offset = (number + 0.5) * pitch
        return bars.right() - offset if self.rtl else bars.left() + offset

    def _chart_label(self, start: date, first: bool) -> str:
        """Under a bar: its year; its month (with its year under the first bar and each
        January); its day of the month (with its month under the first and each 1st)."""
        fmt, unit = self.fmt, self.glance.unit
        if unit == "year":
            return fmt.year(start.year)
        if unit == "month":
            if first or start.month == 1:
                return fmt.month_year(start.year, start.month, short=True)
            return fmt.month_name(start.month, short=True)
        if first or start.day == 1:
            day = fmt.day_of_month(start.day)
            return fmt.digits(f"{day} {fmt.month_name(start.month, short=True)}")
        return fmt.digits(str(start.day))

    def _dates_height(self, labels: list[str]) -> float:
        """The height the periods' names under the chart take, their tallest letters' (and
        at least :data:`CHART_LABELS`)."""
        metrics = QFontMetricsF(self.small)
        return max(CHART_LABELS, *(metrics.boundingRect(label).height() + 1 for label in labels))

    def _name_step(self, labels: list[str], pitch: float) -> int:
        """Every how many bars the chart names one: each has its name where they fit."""
        width = TextMeasurer(self.small).width
        return max(1, math.ceil((max(map(width, labels)) + 8) / pitch))

    def _chart_names_every_period(self) -> bool:
        """Whether the chart names each period under its bar (the busiest among them)."""
        periods = list(self.glance.by_period)
        if len(periods) < 2:
            return False
        labels = [self._chart_label(start, not number) for number, start in enumerate(periods)]
        return self._name_step(labels, self.column_width / len(periods)) == 1

    def _paint_period_names(
        self, painter: QPainter, bars: QRectF, pitch: float, labels: list[str], tall: float
    ) -> None:
        """Each bar's period under it (``labels``), as many as have room, in a row ``tall``
        (a rect clips its text: in a row of 16 points "ماي" read "ماى")."""
        painter.setFont(self.small)
        step = self._name_step(labels, pitch)
        painter.setPen(self.theme.muted_text)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if self.rtl:  # "26 ماي" began with its digits, left to right: it read "ماي 26"
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        shown = range(0, len(labels), step)
        # On one baseline: a name in Arabic letters stands in a taller line than digits
        # alone, and "1 يونيو" sat lower than the "30" beside it.
        ascents = {number: self._ascent(labels[number], option) for number in shown}
        highest = max(ascents.values())
        for number in shown:
            centre = self._chart_x(bars, pitch, number)
            top = bars.bottom() + 1 + highest - ascents[number]
            rect = QRectF(centre - pitch * step / 2, top, pitch * step, tall)
            painter.drawText(rect, labels[number], option)

    def _ascent(self, text: str, option: QTextOption) -> float:
        """How far above its baseline ``text`` on one line in the small font reaches."""
        layout = QTextLayout(text, self.small)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        layout.endLayout()
        return line.ascent()

    def _paint_busiest_count(
        self,
        painter: QPainter,
        bars: QRectF,
        pitch: float,
        bar_width: float,
        periods: list[date],
        totals: list[int],
    ) -> None:
        """The busiest period's count standing on its bar (the first of a tie; the first of
        the tallest where none has begun), within the chart: at the chart's far end it read
        as the last bar's (271 over 2024 when 2017 had them); over the tallest, a year to
        come, it said 303 beside "Busiest year: 2012 (291 events)"; on the chart's top line,
        level with a taller month to come, it read as that month's. It stands over the
        tallest bar its digits reach across, and above the top line where that line would
        cross them."""
        busiest = self.glance.busiest_periods
        held = [
            total - self.glance.cancelled_in(start)
            for start, total in zip(periods, totals, strict=True)
        ]
        if not busiest and not any(held):
            return  # every event cancelled: no count stands on outlines alone
        named = periods.index(busiest[0]) if busiest else held.index(max(held))
        most = self.fmt.number(self.glance.busiest_count if busiest else held[named])
        digits = TextMeasurer(self.small).width(most)
        most_width = digits + 8
        centre = self._chart_x(bars, pitch, named)
        left = min(max(centre - most_width / 2, bars.left()), bars.right() - most_width)
        middle = left + most_width / 2
        under = max(
            total
            for number, total in enumerate(totals)
            if abs(self._chart_x(bars, pitch, number) - middle) < (digits + bar_width) / 2 + 1
        )
        bar_top = bars.bottom() - bars.height() * under / (max(totals) or 1)
        if bar_top - CHART_LABELS < bars.top():
            bar_top = bars.top()
        painter.setFont(self.small)
        painter.setPen(self.theme.muted_text)
        bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        rect = QRectF(left, bar_top - CHART_LABELS, most_width, CHART_LABELS)
        painter.drawText(rect, most, QTextOption(bottom))


def _no_agreements(glance: Glance) -> str:
    """What the agreements' section says where none took place: a selection of years to
    come said "No agreements in this selection" beside "Agreement signed: 104"."""
    if glance.agreements_pending:
        return "no_agreements_yet"
    return "no_agreements_held" if glance.agreements_counted else "no_agreements"


def _paler(colour: QColor, background: QColor) -> QColor:
    """``colour`` mixed with the page's ``background``, :data:`TO_COME_SHARE` of it kept:
    one solid fill, no transparency for a PDF reader to flatten."""

    def mixed(ours: int, page: int) -> int:
        return round(TO_COME_SHARE * ours + (1 - TO_COME_SHARE) * page)

    return QColor(
        mixed(colour.red(), background.red()),
        mixed(colour.green(), background.green()),
        mixed(colour.blue(), background.blue()),
    )


Columns = list[list[tuple[float, Section]]]  # each column's pieces of sections, with their tops


def _whole(
    columns: int, sections: list[Section], heights: list[list[float]]
) -> tuple[Columns, float]:
    """Each section whole into the shortest column so far; and the tallest column."""
    placed: Columns = [[] for _ in range(columns)]
    tops = [0.0] * columns
    for section, section_heights in zip(sections, heights, strict=True):
        shortest = tops.index(min(tops))
        placed[shortest].append((tops[shortest], section))
        tops[shortest] += sum(section_heights) + SECTION_GAP
    return placed, max(tops) - SECTION_GAP


def _runs(section: Section) -> list[tuple[int, int]]:
    """The lines of a section that a column keeps together: its heading with its first
    entry (the chart with its heading and what it leaves out), then each further entry, the
    last two together (an entry alone at the top of a column reads as a section of its
    own)."""
    head = len(section) if None in section else min(2, len(section))
    runs = [(0, head), *((n, n + 1) for n in range(head, len(section)))]
    if len(runs) > 2:
        runs[-2:] = [(runs[-2][0], runs[-1][1])]
    return runs


#: The heading a section gone on in the next column starts with there, and its height
#: (None: it goes on as it is).
Continued = Callable[[Section], tuple[_Line, float] | None]


def _down_even_columns(
    columns: int, sections: list[Section], heights: list[list[float]], continued: Continued
) -> tuple[Columns, float] | None:
    """The sections read down columns as short as they go, found by halving between the
    tallest run kept together and every section in one column (its headings said again
    where it goes on, ``continued``)."""
    runs = [
        [(start, sum(section_heights[start:end])) for start, end in _runs(section)]
        for section, section_heights in zip(sections, heights, strict=True)
    ]
    every = [run for section_runs in runs for _start, run in section_runs]
    low, high = max(every, default=0.0), sum(every) + SECTION_GAP * len(sections)
    best = _down_columns(columns, high, sections, runs, continued)
    while best is not None and high - low > 1.0:
        middle = (low + high) / 2
        found = _down_columns(columns, middle, sections, runs, continued)
        low, high, best = (middle, high, best) if found is None else (low, middle, found)
    return best


def _down_columns(
    columns: int,
    tall: float,
    sections: list[Section],
    runs_of: list[list[tuple[int, float]]],
    continued: Continued,
) -> tuple[Columns, float] | None:
    """The sections read down ``columns`` columns at most ``tall`` high, a section going
    on at the top of the next column between its entries under its heading said again
    (``continued``), and the tallest column; None when they do not fit. ``runs_of``: each
    section's runs (see :func:`_runs`), as the line each starts on and its height."""
    placed: Columns = [[]]
    y = tallest = 0.0
    for section, runs in zip(sections, runs_of, strict=True):
        if y and y + SECTION_GAP + runs[0][1] > tall:  # the section starts a column
            placed.append([])
            y = 0.0
        elif y:
            y += SECTION_GAP
        piece_start, piece_top = 0, y
        heading: Section = []
        for start, run in runs:
            if start and y + run > tall:  # the section goes on in the next column
                placed[-1].append((piece_top, [*heading, *section[piece_start:start]]))
                placed.append([])
                again = continued(section)
                heading, y = ([again[0]], again[1]) if again else ([], 0.0)
                piece_start, piece_top = start, 0.0
            y += run
            tallest = max(tallest, y)
        placed[-1].append((piece_top, [*heading, *section[piece_start:]]))
        if tallest > tall or len(placed) > columns:
            return None
    return placed + [[] for _ in range(columns - len(placed))], tallest
