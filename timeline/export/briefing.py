"""The PDF briefing: the relationship at a glance, the timeline as the screen draws it,
then the events as a table.

A briefing is planned whole before any page is painted — the footer says "page 2 of 5" —
and each page is painted by :meth:`Briefing.paint_page` onto any QPainter: the PDF writer,
a printer, a print preview or an image in a test. Every page carries the handling marking,
the title and the filter with its period (Gregorian and Hijri) at the top, and the date it
was prepared, the page number and the marking again at the bottom; in Arabic the whole page
is mirrored. Type is never set below 7.5 pt (10 drawing units): a narrow page wraps text
and gets fewer columns of the summary, it never shrinks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
)

from timeline.domain.agreements import AgreementThread
from timeline.domain.dates import FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import is_rtl_text
from timeline.domain.event import Event
from timeline.domain.glance import glance
from timeline.domain.languages import field_separator
from timeline.domain.period import Period, asked_days, day_of, days_of_part
from timeline.domain.status import EventStatus
from timeline.export.briefing_agreements import ClosingSections, Piece
from timeline.export.briefing_formats import SUMMARY_ABOVE
from timeline.export.briefing_glance import GlanceBlock
from timeline.export.briefing_table import (
    FEW_ROWS,
    LINE_PITCH,
    Paragraph,
    Table,
    TableRow,
    begun_before_when,
    counted_cells,
    events_table,
    paragraph,
    period_cells,
    period_columns,
    span_when,
    without_widow_rows,
)
from timeline.export.briefing_words import (
    NO_BREAK,
    WORD_JOINER,
    days_words,
    span_words,
    unbroken,
    word,
)
from timeline.export.drawing import (
    BAND_PADDING,
    TimelineDrawing,
    Trials,
    lowest,
    pages_with_events,
)
from timeline.export.glyph_painter import GlyphPainter, records_strings
from timeline.export.marking import marking_height, marking_paragraph, paint_marking
from timeline.export.page_setup import content_size, device_scale
from timeline.export.pdf_document import PdfDocument
from timeline.export.pdf_text_layer import PdfTextPainter
from timeline.export.steps import Progress, Steps
from timeline.render.index import EventSource, marker_of
from timeline.render.layout import misplaced_labels
from timeline.render.shapes import TimelineLayout
from timeline.render.theme import Theme, app_font

TITLE_PX = 20
TITLE_PITCH = 28.0
TITLE_BASELINE = 21.0
#: A title in Arabic script: its dots and tails reach a third of its size under the
#: baseline, where the subtitle's digits begin (the dots of ي in الزمني stood on ١٤٣٦).
ARABIC_TITLE_PITCH = 31.0
MIN_BAND = 120.0  # axis and two rows: a band shorter than this says nothing
HEADER_GAP = 10.0
BLOCK_GAP = 14.0  # between the summary, the timeline and the table
FOOTER_HEIGHT = 22.0  # its line: the date the briefing was prepared and the page number
#: How far the footer's date stands from its start beside the key to the today line.
TODAY_KEY_WIDTH = 7.0
#: Points between the rooms tried for a summary above its shortest: less than a line's
#: pitch, so no summary a line taller or shorter than another tried is missed.
SUMMARY_STEP = 12.0
SPARE = 0.2  # a page (not the last) left emptier than this share spreads its band's rows
MOST_SPREAD = 4.0  # rows at most this many times further apart than on screen
#: The most events a timeline several pages wide may hold and take fewer pages wide than
#: asked (see Briefing._pages_wide_needed): more fill their pages, or stand in badges.
THIN_MOST = 150
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
    subtitle: str = ""  # the filter in words; the period in both calendars follows it
    subtitle_without_period: str = ""  # where the days asked are those covered
    marking: str = ""  # a handling marking ("Restricted") on every page's header
    table: str = "auto"  # TABLE_MODES; auto: by event, or by year above SUMMARY_ABOVE
    author: str = ""
    since: date | None = None  # the selection's first day: an earlier event counts in its year
    until: date | None = None  # the selection's last day: the timeline keeps to the days asked


@dataclass(frozen=True)
class PagePlan:
    """What one page holds below its header: the summary, a part of the timeline, rows."""

    glance: bool = False
    part: int | None = None
    rows: range = range(0)
    table_top: float = 0.0  # where the table (or the room for it) starts
    band_top: float = 0.0  # where the part of the timeline starts
    closing: tuple[Piece, ...] = ()  # the agreements and what is coming up, after the table


def in_period(events: Sequence[Event], period: Period | None) -> list[Event]:
    """The events a view of ``period`` shows (all of them for the whole period)."""
    if period is None:
        return list(events)
    first, last = period.days()
    return [event for event in events if event.date.overlaps(first, last)]


def table_mode(mode: str, count: int) -> str:
    """``all``, ``summary`` or ``none``: ``auto`` lists every event of a small selection
    and groups a large one by year."""
    if mode == "auto":
        return "summary" if count > SUMMARY_ABOVE else "all"
    return mode


class Briefing:
    """A briefing laid out for one page size: how many pages, and what is on each.

    Page 1 opens with the summary block; the timeline band under it is as tall as its rows
    need (up to the rest of the page), each further part of a timeline several pages wide
    gets a band as tall on a page of its own (the parts tape into one strip; a quieter one
    ends under its own rows where the table takes the room, see
    :meth:`_quiet_parts_end_higher`), and the table
    fills the room under the summary or the bands before it takes pages of its own, a
    header never over a lone row; the closing sections follow (see
    :meth:`ClosingSections.flow`). A summary that would have page 1 to itself, half empty
    (no table under it), lists fewer agreements and latest events where that lets the band
    start under it, its labels on one line if need be.
    """

    def __init__(
        self,
        source: EventSource,
        events: Sequence[Event],
        options: BriefingOptions,
        page_layout: QPageLayout,
        progress: Progress | None = None,
        threads: Sequence[AgreementThread] = (),
    ) -> None:
        """``events``: the table's rows, in time order, but for the announced ones, which
        close the briefing after ``threads``, its agreements: to be confirmed or coming up.
        Progress counts each event measured, then each row and each part of the timeline
        drawn."""
        self.options = options
        self.fmt = options.fmt
        self.rtl = self.fmt.language == "ar"
        self.theme = Theme()
        #: What every timeline tried while planning shares (the one kept too).
        self._trials = Trials()
        self.content = content_size(page_layout)
        #: The foot of each page: its line, and the marking under it.
        self.footer_height = FOOTER_HEIGHT + self._marking_height()
        #: The days the selection asks for: "fit all" keeps to them (None: every day).
        self.within = asked_days(options.since, options.until)
        #: The lines the header keeps for the line saying which part a page holds.
        self.part_lines = 1
        pages_wide = max(1, options.pages_wide)
        pages_wide = pages_with_events(source.index, options.period, pages_wide, self.within)
        # A few events several pages wide may be laid out twice (see _pages_wide_needed):
        # the first time quickly, unreported, so that progress never goes back.
        thin_candidate = pages_wide > 1 and len(events) <= THIN_MOST
        self._lay_out(source, events, threads, None if thin_candidate else progress, pages_wide)
        if thin_candidate and self.thin:
            # Its pages as many as before a shorter summary spared one: fewer pages wide
            # that spare it with the summary as long list more (February 2022 on A3
            # portrait paper three wide: two wide keep the whole table after the parts).
            pages = len(self.pages) + self.summary_spared
            asked = len(self.drawing.layouts), pages, self.block.height
            for fewer in self._pages_wide_needed(source):
                self._lay_out(source, events, threads, None, fewer)
                # As well: as many pages less, the summary as long (or longer: the French
                # sample of 2024-25 named one more event one page wide, and kept two
                # pages, the first a band of two events), the rows as tall.
                kept = self.block.height >= asked[2] and self.label_lines == 2
                if kept and len(self.pages) < asked[1]:
                    break
            else:
                if len(self.drawing.layouts) != asked[0]:
                    self._lay_out(source, events, threads, None, asked[0])
        part_lines = self._part_lines()
        if part_lines > self.part_lines:
            # The header keeps room for a part line wrapped beside "Continues on page …":
            # known only once the parts' days are.
            self.part_lines = part_lines
            self._lay_out(source, events, threads, None, len(self.drawing.layouts))
        if thin_candidate or self.part_lines > 1:
            self.steps.report_to(progress)

    def _lay_out(
        self,
        source: EventSource,
        events: Sequence[Event],
        threads: Sequence[AgreementThread],
        progress: Progress | None,
        pages_wide: int,
    ) -> None:
        """Every page planned, the timeline ``pages_wide`` pages wide."""
        options = self.options
        width = self.content.width()
        self.steps = Steps(progress, 2 * len(events) + pages_wide)
        self.title_font = app_font(TITLE_PX, bold=True)
        self.text_font = app_font(12)
        self.bold_font = app_font(12, bold=True)
        self.small_font = app_font(10)
        #: The days the briefing covers, as its subtitle names them (None: no events).
        self.days = self._days(events)
        self._known_days = self._as_known(events)
        self.glance = glance(events, options.generated, options.since, self._charted())
        self.mode = table_mode(options.table, len(events))
        self.subtitle = self._subtitle()
        self.subtitle_lines = self._subtitle_lines()
        self.header_height = self._header_height(pages_wide > 1)
        bottom = self.content.height() - self.footer_height
        self.markers = {marker_of(event) for event in events}
        self.statuses = {event.status for event in events}
        self.untitled = sum(event.lacks_title(self.fmt.language) for event in events)
        room = bottom - self.header_height - BLOCK_GAP - MIN_BAND  # the band on page 1 too
        self.block = self._summary(room)
        band_top = self.header_height + self.block.height + BLOCK_GAP
        # A summary that leaves no room for a band worth the name has page 1 to itself (the
        # table starts under it).
        self.glance_alone = bottom - band_top < MIN_BAND
        if self.glance_alone:
            band_top = self.header_height
        later_top = self.header_height  # a part on a page of its own
        tops = [band_top] + [later_top] * (pages_wide - 1)
        self.label_lines = 2  # a label wraps to two lines (one in a band that must be short)
        self.drawing = self._drawing(source, [bottom - top for top in tops])
        if not self.glance_alone and pages_wide == 1:
            # Under the summary, the rows would run into the key of the numbered labels, or
            # badges would stand for events that a page of its own shows (every one, or twice
            # as many): the timeline takes the next page, the table starting under the
            # summary.
            alone = self._alone_if_clearer(source, bottom - later_top)
            if alone is not None:
                self.glance_alone, tops[0], self.drawing = True, later_top, alone
        if pages_wide > 1:
            self.drawing = self._equal_parts(source, tops, bottom)
        fuller = self._fuller_in_one_line_rows(source)
        if fuller is not None:
            self.drawing, self.label_lines = fuller, 1
        # A band grown a whole row at a time until it shows every event leaves room under
        # its lowest label.
        self.drawing.shorten_to_rows(BAND_PADDING, MIN_BAND)
        announced = [event for event in events if event.status is EventStatus.ANNOUNCED]
        if self.mode == "none":  # no tables at all: the summary block names the agreements
            threads, announced = (), []
        self.closing = ClosingSections(
            threads, announced, self.fmt, self.theme, width, options.generated
        )
        self.table, self.rows = self._table(
            [event for event in events if event.status is not EventStatus.ANNOUNCED]
        )
        #: Whether page 1 says "No events in this period": where its table has no row, and
        #: without a table where there is no event at all (an empty axis said nothing).
        self.says_none = not self.rows and (self.mode != "none" or not events)
        #: What it says: a selection of no period that matches nothing at any date is no
        #: period's fault ("No events in this period" over the year to today, unasked).
        #: A selection of no period that matches nothing: page 1 says so under its title
        #: alone. A heading "at a glance · 0 events" over nothing and an axis of the year to
        #: today, which nobody asked for, said nothing more.
        self.matches_nothing = not events and not options.period
        self.none_said = word("none_match" if self.matches_nothing else "none", self.fmt)
        self.steps.advance(len(announced))
        # What is left to do: each part of the timeline and each row, drawn.
        self.steps.total = self.steps.done + len(self.drawing.layouts) + len(self.rows)
        #: Whether the table starts under a summary that has page 1 to itself.
        self.rows_under_summary = True
        self.pages = self._plan(tops, bottom)
        self._table_in_one_piece(source, tops, bottom)
        self._band_under_a_shorter_summary(source, tops, bottom)
        self._spread_sparse_parts(source, tops, bottom)
        self._parts_to_their_pages_foot(source, tops, bottom)
        self._quiet_parts_end_higher(tops, bottom)
        self._tighter_for_a_page_less(tops, bottom)
        self._shorter_summary_for_a_page_less(tops, bottom)
        self.pages = self._last_row_not_alone(self._last_two_evened(self.pages, bottom), bottom)
        #: Whether a part of the timeline leaves its page more than half empty under its
        #: rows, or one before the last more than a page may spare (see
        #: :meth:`_pages_wide_needed`). The table's rows under it do not count: they fill
        #: any page, and hid the sample's part of three events two pages wide, its page
        #: full of rows, from the one page wide that labelled all eleven, a page shorter.
        last = self.pages[-1]
        self.thin = pages_wide > 1 and any(
            self._left_under_rows(page, page.part)
            > self.content.height() * (0.5 if page is last else SPARE)
            for page in self.pages
            if page.part is not None
        )

    # -- planning ---------------------------------------------------------------------------

    def _subtitle(self) -> str:
        """The filter in words, then the days covered in both calendars. The days asked for
        are left out where they are those (a week of Nigeria's read "4–10 March 2024 ·
        14 events · 4–10 March 2024 (23–29 Sha'ban 1445 AH)")."""
        said = self.options.subtitle
        asked = (self.options.since, self.options.until)
        if self.options.subtitle_without_period and self.days and asked == self.days:
            said = self.options.subtitle_without_period
        words = span_words(*self._known_days, self.fmt) if self._known_days else ""
        return field_separator(self.fmt.language).join(part for part in (said, words) if part)

    def _subtitle_lines(self) -> str:
        """The subtitle as laid out: wrapped between its dates' parts (see :func:`unbroken`),
        and before the bracket of its Hijri days where a line holds them whole: on Letter
        portrait "(23 Rabi' al-Awwal 1446 –" ended a line over "5 Jumada al-Akhirah 1447
        AH)". Its count is whole ("حدث واحد") too. The document's subject keeps it plain."""
        text = unbroken(self.subtitle, self.fmt, whole=(self.fmt.count(self.glance.total),))
        opened = text.rfind(" (")
        if opened < 0 or not text.endswith(")"):
            return text
        bracket = text[opened + 1 :].replace(" ", NO_BREAK).replace("–", "–" + WORD_JOINER)
        if paragraph(bracket, self.text_font, self.content.width(), self.rtl).lines > 1:
            return text
        return text[: opened + 1] + bracket

    def _header_height(self, parts: bool) -> float:
        """The marking, the title and subtitle (wrapped, never cut), and on a timeline
        several pages wide the line saying which part a page holds."""
        width = self.content.width()
        title = self._title(width, self.rtl)
        subtitle = paragraph(self.subtitle_lines, self.text_font, width, self.rtl)
        height = self._marking_height()
        height += title.lines * self._title_pitch + subtitle.lines * LINE_PITCH
        return height + (self.part_lines * LINE_PITCH if parts else 0.0) + HEADER_GAP

    def _summary(self, room: float, *, fill: bool = False) -> GlanceBlock:
        """The summary block at most ``room`` tall (or as short as it gets); ``fill``, with
        as many agreements as that room holds."""
        width, listed = self.content.width(), self.mode == "all"
        return GlanceBlock(
            self.glance,
            self.fmt,
            self.theme,
            width,
            listed,
            room,
            self.markers,
            fill=fill,
            statuses=self.statuses,
            untitled=self.untitled,
        )

    def _table_in_one_piece(self, source: EventSource, tops: list[float], bottom: float) -> None:
        """A table begun under a summary alone on page 1 and going on after the timeline's
        page starts after the timeline instead, where that takes no page more: a sparse
        year one page wide had six rows on page 1 and six on page 3, the timeline between
        them; in Arabic, nine rows on page 1 and four under the timeline on page 2. Page 1
        left with the summary alone may then take the band (see
        :meth:`_band_under_a_shorter_summary`), the table following on the next page; not
        where it would be left alone on a page emptier than a page may spare, nor where it
        would name the latest events of fewer than four kinds (of more).

        Several pages wide, where the table then has one page and no page is left as empty
        as the emptiest was: the Emirates and Nigeria in 2008–2014 three wide had three rows
        of seven under the summary and four after the three parts, on a page left three
        fifths empty; the seven now follow the parts, page 1 listing agreements. A table
        longer than a page moves where it is then on fewer pages and takes no page more
        (Morocco's 799 events two wide in French: its first years on page 1, the rest
        from page 4; in Arabic three wide, six rows on page 1 stay: moved, the table took a
        page more). A table whose rows, set closer, spare a page where it is stays too
        (Azerbaijan and Türkiye in 2005–2015 in Arabic, three wide on portrait paper: 4
        pages, 5 with the table moved). Nor, one page wide or several, where page 1, left to
        the summary, is emptier than a page may spare: Morocco and Uzbekistan over five
        decades two wide in Arabic had page 1 more than half empty, on 6 pages (5 now).
        A table then whole on one page may leave page 1 emptier than that, short of half
        of it, rather than be read around the timeline: the French summary of January to
        March 2020 on 10,000 events had two of its five rows under the summary, the
        timeline on page 2 and three rows on page 3, two thirds blank; the five now follow
        the timeline. Not where its rows set closer would spare a page where it was, one
        page wide too.

        Before all that, a table that a summary listing fewer agreements and latest events
        leaves room for whole under it (its rows set closer where they must be) goes there,
        where that makes the briefing a page shorter than its rows set closer would (see
        :meth:`_table_under_a_shorter_summary`): the Arabic summary of January to March
        2020 on 10,000 events two pages wide had page 1 half empty, the parts on pages 2
        and 3 and its five rows on page 4, two thirds blank; the six years of 2018 to 2023
        one page wide, a summary filling page 1 and the table half of page 3. One page wide
        in Arabic, that quarter's rows set closer fit under the whole summary: they stay
        so."""
        first = self.pages[0]
        if first.part is not None or len(first.rows) == len(self.rows):
            return
        under = self._table_under_a_shorter_summary(tops, bottom)
        if not first.rows:
            if under is not None and len(under[-1]) < self._fewest_pages(tops, bottom):
                self.block, self.table, self.rows, self.closing, self.pages = under
            return
        kept = (self.block, self.drawing, self.glance_alone, self.label_lines, self.pages)
        wide = len(self.drawing.layouts) > 1
        fewest = self._fewest_pages(tops, bottom)
        before = list(tops)
        self.rows_under_summary = False
        self.pages = self._plan(tops, bottom)
        self._band_under_a_shorter_summary(source, tops, bottom)
        holding = sum(1 for page in self.pages if page.rows)  # pages the table is on
        # Page 1 (the summary, and the band if it went under it) emptier than a page may
        # spare; a table then whole on a page may leave it emptier, short of half of it,
        # where that takes no page more once set closer.
        left = bottom - self._end_of(self.pages[0])
        worse = left > SPARE * self.content.height()
        if worse and holding == 1 and left <= self.content.height() / 2:
            worse = self._fewest_pages(tops, bottom) > fewest
        # Several wide: on no fewer pages, as empty as before, or a page more once set closer.
        if wide and not worse:
            held = sum(1 for page in kept[-1] if page.rows)
            emptier = self._emptiest(self.pages, bottom) >= self._emptiest(kept[-1], bottom)
            worse = holding >= held or emptier or self._fewest_pages(tops, bottom) > fewest
        fewer = self.block.latest_named < min(kept[0].latest_named, 4)
        shorter = len(self.pages) < len(kept[-1]) and self.block.latest_named >= 2
        if len(self.pages) > len(kept[-1]) or worse or (fewer and not shorter):
            self.block, self.drawing, self.glance_alone, self.label_lines, self.pages = kept
            tops[:] = before
            self.rows_under_summary = True
        if under is not None and len(under[-1]) < self._fewest_pages(tops, bottom):
            self.block, self.drawing, self.glance_alone, self.label_lines = kept[:4]
            tops[:] = before
            self.rows_under_summary = True
            self.block, self.table, self.rows, self.closing, self.pages = under

    def _table_under_a_shorter_summary(
        self, tops: list[float], bottom: float
    ) -> tuple[GlanceBlock, Table, list[TableRow], ClosingSections, list[PagePlan]] | None:
        """The summary listing fewer agreements and latest events (of four kinds at least,
        or as many as it names) that leaves the table room for all its rows under it, the
        table, its rows and the closing sections, and the pages then; None where none does.
        The rows keep their room where they fit so, else are set closer (see
        :meth:`Table.tightened`): the English summary of January to March 2020 on 10,000
        events two pages wide named the latest events of two kinds alone over the five
        rows, and of all eight over them set closer."""
        loose = self.block, self.table, self.rows, self.closing
        tight = (*self.table.tightened(self.rows), self.closing.tightened())
        try:
            for table, table_rows, closing in (loose[1:], tight):
                self.table, self.rows, self.closing = table, table_rows, closing
                rows = sum(row.height for row in table_rows)
                room = bottom - self.header_height - BLOCK_GAP - self.table.header_height - rows
                self.block = self._summary(room)
                if self.block.height > room or self.block.latest_named < min(
                    loose[0].latest_named, 4
                ):
                    continue
                pages = self._plan(tops, bottom)
                if len(pages[0].rows) == len(self.rows):
                    return self.block, self.table, self.rows, self.closing, pages
            return None
        finally:
            self.block, self.table, self.rows, self.closing = loose

    def _emptiest(self, pages: list[PagePlan], bottom: float) -> float:
        """The most room left under what a page holds, of the pages holding no part of the
        timeline (a part's page is spread or ended by its own rules)."""
        return max((bottom - self._end_of(page) for page in pages if page.part is None), default=0)

    def _band_under_a_shorter_summary(
        self, source: EventSource, tops: list[float], bottom: float
    ) -> None:
        """A summary alone on page 1 with nothing under it for more than :data:`SPARE` of
        the page (no table, or one that ends there) lists fewer agreements and latest
        events where that lets the timeline's band (its first part) start under it as it
        is on a page of its own: it hides no event that it shows there. Where even the
        shortest summary leaves too little room for that band, its rows may be one line
        tall, as on screen (see :meth:`_one_line_rows`), where that takes no page more and,
        on as many, leaves no page but the last emptier than the summary keeping its page: the
        2021 year table of 10,000 events two pages wide on A3 portrait paper in Arabic,
        whole under the summary, went after the parts, pages 2 and 3 a quarter and half
        blank. Else the summary lists what its page holds over the table's rows under it
        (it took the whole page: a decade two pages wide on A3 portrait paper had its ten
        years alone on a fourth page, two thirds blank)."""
        if not self.glance_alone:
            return
        if bottom - self._end_of(self.pages[0]) <= SPARE * self.content.height():
            return
        room = bottom - self.header_height - BLOCK_GAP - self._summary(0.0).height
        drawing, alone = self.drawing, None
        if drawing.heights[0] > room:
            one_line = self._one_line_rows_under_a_summary(source, room, bottom)
            self._summary_keeps_its_page(tops, bottom)
            if one_line is None:
                return
            alone = self.block, self.drawing, self.label_lines, tops[0], self.pages
            drawing, self.label_lines = one_line, 1  # kept when laid out again, spread
        room = bottom - self.header_height - BLOCK_GAP - drawing.heights[0]
        self.block, self.drawing, self.glance_alone = self._summary(room), drawing, False
        tops[0] = self.header_height + self.block.height + BLOCK_GAP
        self.pages = self._plan(tops, bottom)
        if alone is None:
            return
        nowhere = [0.0] * len(drawing.layouts)
        emptier = self._most_left(self.pages, nowhere) > self._most_left(alone[-1], nowhere)
        more = len(self.pages) - len(alone[-1])
        if more > 0 or (more == 0 and emptier):
            self.block, self.drawing, self.label_lines, tops[0], self.pages = alone
            self.glance_alone = True

    def _summary_keeps_its_page(self, tops: list[float], bottom: float) -> None:
        """The summary alone on page 1 listing what that page holds over the table's rows
        under it, and the pages then."""
        room = self.block.height + bottom - self._end_of(self.pages[0])
        self.block = self._summary(room, fill=True)
        self.pages = self._plan(tops, bottom)

    def _one_line_rows_under_a_summary(
        self, source: EventSource, room: float, bottom: float
    ) -> TimelineDrawing | None:
        """One-line rows (see :meth:`_one_line_rows`) in the room under the longest summary
        that leaves them enough, ``room`` being that under the shortest: Morocco's 2023 in
        English had the band under a summary naming no latest event, the band a row lower
        under one naming two kinds still showing every event."""
        shortest = self._summary(0.0).height
        tried: set[float] = set()
        for step in range(int((self.block.height - shortest) // SUMMARY_STEP), 0, -1):
            height = self._summary(shortest + SUMMARY_STEP * step).height
            if height in tried or height >= self.block.height:
                continue
            tried.add(height)
            band = self._one_line_rows(source, bottom - self.header_height - BLOCK_GAP - height)
            if band is not None:
                return band
        return self._one_line_rows(source, room)

    def _one_line_rows(self, source: EventSource, room: float) -> TimelineDrawing | None:
        """The timeline with labels on one line (a longer one numbered, with a key) in
        parts ``room`` tall, shortened to their rows, if each shows every event it shows
        on a page of its own (more, where one-line rows hold what two-line rows left to
        a badge) and its rows stay clear of its key; else None."""
        parts = self._timeline(source, [room] * len(self.drawing.layouts), label_lines=1)
        shown = zip(_drawn(parts), _drawn(self.drawing), strict=True)
        if not all(under >= alone for under, alone in shown):
            return None
        if any(_crowded(part) for part in parts.layouts):
            return None
        parts.shorten_to_rows(BAND_PADDING, MIN_BAND)
        return parts

    def _drawing(self, source: EventSource, rooms: list[float]) -> TimelineDrawing:
        """The timeline with each part in a band as tall as its rows need, at most the
        room its page has: a part with few events leaves the table room on its page. A
        part that shows fewer events in less room, or more labels across their markers or
        under a connector (the Kazakh minister's visit, moved to a free row under the
        others in French on portrait paper, ran across its marker a row shorter), gets a
        row more."""
        rooms = [max(room, MIN_BAND) for room in rooms]
        full = self._timeline(source, rooms)
        needed = [
            min(room, max(_foot(part) + BAND_PADDING + _strip(part), MIN_BAND))
            for part, room in zip(full.layouts, rooms, strict=True)
        ]
        if needed == rooms:
            return full
        # A part that shows fewer events in less room gets a row more, up to its whole room.
        heights = needed
        for _attempt in range(4):
            compact = self._timeline(source, heights)
            short = [
                len(small.events) < len(whole.events)
                or len(misplaced_labels(small)) > len(misplaced_labels(whole))
                for small, whole in zip(compact.layouts, full.layouts, strict=True)
            ]
            if not any(short):
                return compact
            row = compact.row_height
            heights = [
                min(room, height + row) if lacking else height
                for height, room, lacking in zip(heights, rooms, short, strict=True)
            ]
        last = [
            room if lacking else h for h, room, lacking in zip(heights, rooms, short, strict=True)
        ]
        return self._timeline(source, last)

    def _alone_if_clearer(self, source: EventSource, room: float) -> TimelineDrawing | None:
        """The timeline with a page of its own (``room`` tall), where the band under the
        summary is crowded into its key, or hides events and this one shows them all, or
        at least twice as many; else None. A busy month kept a row of badges under the
        summary in Arabic and a table after it, where a page of its own labelled five times
        as many events; without a table, four labels over a row of badges kept page 1, a
        page of its own labelling eighteen. A band under the summary with a label across its
        marker or under a connector takes a page of its own where that has fewer: the year
        2025 on Letter paper, the meeting with Ouch Borith wrapped across its marker, the
        band having no free row under the summary to move it to."""
        under = self.drawing.layouts[0]
        misplaced = len(misplaced_labels(under))
        if not _crowded(under) and not under.clusters and not misplaced:
            return None
        alone = self._drawing(source, [room])
        if not _crowded(under) and not under.clusters:  # only labels misplaced under it
            clearer = len(misplaced_labels(alone.layouts[0])) < misplaced
            return alone if clearer and not alone.layouts[0].clusters else None
        if _crowded(under) or not alone.layouts[0].clusters:
            return alone
        return alone if len(alone.layouts[0].events) >= 2 * len(under.events) else None

    def _fuller_in_one_line_rows(self, source: EventSource) -> TimelineDrawing | None:
        """The timeline in rows one line tall, in the same bands, where its two-line rows
        leave events to badges and one line holds every label whole: more rows show more
        events, none numbered that two lines do not number. Three days of the Emirates'
        relations drew 9 of 23 events, a "+14" badge for the rest, in rows tall enough for
        second lines no label took; June 2015 one page wide on the 10,000 events hid its
        three year-long bars under "+3", one line refused for numbering the label two lines
        numbered too. None where two lines show as many, or one line would number another
        label, show fewer events on some part or misplace more labels there."""
        drawing = self.drawing
        if not any(part.clusters for part in drawing.layouts):
            return None
        one_line = self._timeline(source, list(drawing.heights), label_lines=1)
        if _numbered(one_line) - _numbered(drawing):
            return None
        before, after = _shown_and_misplaced(drawing), _shown_and_misplaced(one_line)
        no_worse = all(
            shown >= shown_before and misplaced <= misplaced_before
            for (shown_before, misplaced_before), (shown, misplaced) in zip(
                before, after, strict=True
            )
        )
        more = sum(shown for shown, _ in after) > sum(shown for shown, _ in before)
        return one_line if no_worse and more else None

    def _equal_parts(
        self, source: EventSource, tops: list[float], bottom: float
    ) -> TimelineDrawing:
        """Parts that tape into one strip: each as tall as the tallest needs, or as page 1
        has room for under the summary if every event is still shown there, its rows clear
        of the key to its numbered labels; else the summary keeps page 1 (the table starting
        under it) and the parts have whole pages."""
        tallest = max(self.drawing.heights)
        equal = self._timeline(source, [tallest] * len(tops))
        if self.glance_alone:
            return equal
        # What the parts show on pages of their own: under the summary, Morocco's 2025 two
        # pages wide had two sideline meetings in a badge that one page wide labelled.
        whole = self._timeline(source, [bottom - self.header_height] * len(tops))
        shown = _drawn(whole)

        def shows_as_much(drawing: TimelineDrawing) -> bool:
            crowded = any(_crowded(part) for part in drawing.layouts)
            parts = zip(_drawn(drawing), shown, strict=True)
            return not crowded and all(mine >= own for mine, own in parts)

        room = bottom - tops[0]
        if tallest <= room and shows_as_much(equal):
            return equal
        fitted = self._timeline(source, [room] * len(tops))
        if shows_as_much(fitted):
            return fitted
        # The first part had only the room under the summary: on a page of its own, as
        # the others, it may need more.
        self.glance_alone, tops[0] = True, self.header_height
        alone = self._drawing(source, [bottom - top for top in tops])
        return self._timeline(source, [max(alone.heights)] * len(tops))

    def _timeline(
        self,
        source: EventSource,
        heights: list[float],
        spreads: Sequence[float] = (),
        label_lines: int | None = None,
    ) -> TimelineDrawing:
        return TimelineDrawing(
            source,
            self.fmt,
            QSizeF(self.content.width(), max(heights)),
            self.options.period,
            len(heights),
            today=self.options.generated,
            hijri_tier=self.options.hijri_tier,
            legend=False,
            heights=heights,
            spreads=spreads,
            label_lines=label_lines or self.label_lines,
            within=self.within,
            trials=self._trials,
            table=self.mode,
        )

    def _spread_sparse_parts(self, source: EventSource, tops: list[float], bottom: float) -> None:
        """A part of the timeline on a page that would stay partly empty (the table has
        ended) takes that room, its rows further apart; the last page's part spreads with
        the others but never makes them spread, its room being the document's end. The
        parts of a timeline several pages wide tape into one strip: where one of them has
        that room they spread alike, by what the fullest page allows (three wide in French,
        the parts a row shorter once the forum was labelled rather than numbered in a key,
        page 3 stayed a fifth empty, the two agreements after it kept together), the last
        part too, on the last page. A part with the table's rows or the closing sections
        under it does not hold the others back: its band may take its page's room, what
        was under it going on to the next pages, if the briefing takes no page more and
        its pages (but the last) are left fuller (every country two and three pages wide:
        page 3 held the busiest part over a third of empty page, the table going on under
        the quiet part of page 2 and the closing sections on page 4)."""
        heights = list(self.drawing.heights)
        spreads = [1.0] * len(heights)
        sparse = False
        wide = len(heights) > 1
        # Taped parts end under their own rows where the table takes the room they leave
        # (see _quiet_parts_end_higher): the pages that leaves are the ones to fill.
        ends = heights
        if wide:
            under = self.drawing.room_under_rows(BAND_PADDING, MIN_BAND)
            ends = [height - spare for height, spare in zip(heights, under, strict=True)]
        pages = self._plan(tops, bottom, ends) if wide else self.pages
        for page in pages:
            if page.part is None:
                continue
            spare = bottom - self._end_of(page)
            part = self.drawing.layouts[page.part]
            rows = lowest(part) - part.axis_bottom
            if rows <= 0:
                continue
            # The last page may stay partly empty; its part, taped to the others, spreads
            # as they do as far as its room allows (left at its height, it kept them all
            # from spreading: three pages wide without a table, two were two-thirds empty).
            # Of the page's room under its header and over its foot: a handling marking at
            # the foot too left a fifth of the room under the sample's band empty.
            if spare > SPARE * (bottom - self.header_height) and page is not pages[-1]:
                sparse = True
            elif not wide:
                continue
            elif page.rows or page.closing:  # what it has under it goes on instead
                spare = bottom - tops[page.part] - ends[page.part]
            # The lowest row's whole height, not only its label, must stay in the band.
            row = self.drawing.row_height
            spreads[page.part] = max(1.0, min(MOST_SPREAD, (rows + spare) / (rows + row)))
            heights[page.part] = ends[page.part] + spare
        if wide:
            spreads = [min(spreads)] * len(spreads)
            # Each as tall as its page allows where the table takes the room the quieter
            # ones leave; else one height, their density strips in one line.
            if not (self.rows or self.closing.sections):
                heights = [min(heights)] * len(heights)
        if not sparse or spreads == [1.0] * len(heights):
            return
        # Rows move apart, labels keep their size: each further try moves the lowest row
        # nearer the band's foot, and is kept only if every event is still shown, and no
        # more labels run across their markers or under a connector (every country in
        # English three wide: the South-South forum, moved to a free row, had none spread),
        # and the briefing takes no page more, none but the last left emptier.
        tally = _shown_and_misplaced(self.drawing)
        before = self._plan_ended(self.drawing, tops, bottom)
        nowhere = [0.0] * len(heights)  # nothing left inside a band: each ends under its rows
        most_left = self._most_left(before, nowhere)
        kept: list[float] = [1.0] * len(spreads)
        for _attempt in range(4):
            spread = self._timeline(source, heights, spreads)
            worse = not _no_worse(tally, spread)
            if not worse and wide:
                planned = self._plan_ended(spread, tops, bottom)
                emptier = self._most_left(planned, nowhere) >= most_left
                worse = len(planned) > len(before) or emptier
            if worse:
                spreads = [(low + high) / 2 for low, high in zip(kept, spreads, strict=True)]
                continue
            self.drawing, kept = spread, list(spreads)
            for number, part in enumerate(spread.layouts):
                if spreads[number] > 1.0:
                    used = lowest(part) - part.axis_bottom
                    room = heights[number] - _strip(part) - BAND_PADDING - part.axis_bottom
                    spreads[number] = min(MOST_SPREAD, spreads[number] * room / used)
            if len(spreads) > 1:
                spreads = [min(spreads)] * len(spreads)
        if kept != [1.0] * len(kept):
            self.pages = self._plan(tops, bottom)

    def _parts_to_their_pages_foot(
        self, source: EventSource, tops: list[float], bottom: float
    ) -> None:
        """Without a table, the parts of a timeline several pages wide each take their own
        page's room, their density strips at their pages' foot, their axes and rows where
        the others have theirs: kept to one height, that of the part under the summary,
        the other pages were left a third empty (every country three wide on Letter paper)."""
        if len(self.drawing.layouts) < 2 or self.rows or self.closing.sections:
            return
        rooms = [bottom - top for top in tops]
        if all(
            abs(room - height) < 1 for room, height in zip(rooms, self.drawing.heights, strict=True)
        ):
            return
        taller = self._timeline(source, rooms, self.drawing.spreads)
        if not _no_worse(_shown_and_misplaced(self.drawing), taller):
            return
        pages = self._plan_ended(taller, tops, bottom)
        if len(pages) > len(self.pages):
            return
        self.drawing = taller
        self.pages = self._plan(tops, bottom)

    def _plan_ended(
        self, drawing: TimelineDrawing, tops: list[float], bottom: float
    ) -> list[PagePlan]:
        """The pages with each part of ``drawing`` ending under its own rows, as
        :meth:`_quiet_parts_end_higher` ends it where the table takes the room."""
        spares = drawing.room_under_rows(BAND_PADDING, MIN_BAND)
        heights = [height - spare for height, spare in zip(drawing.heights, spares, strict=True)]
        return self._plan(tops, bottom, heights)

    def _quiet_parts_end_higher(self, tops: list[float], bottom: float) -> None:
        """A part of a timeline several pages wide quieter than the busiest ends under its
        own rows where the table or the closing sections take the room it leaves: on the
        sample in Arabic two pages wide, a part with two rows kept the other's eight, its
        page half an empty band, and a month three wide left "Announced" alone on a last
        page. Its axis and rows stay where the others have theirs, so taped they line up;
        only its density strip sits higher. Where nothing would take that room (no table,
        or one that has ended) the parts keep one height, their strips in one line."""
        if len(self.drawing.layouts) < 2 or not (self.rows or self.closing.sections):
            return
        spares = self.drawing.room_under_rows(BAND_PADDING, MIN_BAND)
        if max(spares) - min(spares) < 1:
            return
        heights = [
            height - spare for height, spare in zip(self.drawing.heights, spares, strict=True)
        ]
        pages = self._plan(tops, bottom, heights)
        if len(pages) > len(self.pages):
            return
        # On the last page too: the French pair three wide (two parts) kept a fifth of page 2
        # an empty band over one visit, the table under it, page 1 no fuller either way.
        shortened = [page for page in pages if page.part is not None and spares[page.part]]
        taken = any(page.rows or page.closing for page in shortened)
        zero = [0.0] * len(spares)
        if not taken or self._most_left(pages, zero) > self._most_left(self.pages, spares):
            return
        self.drawing.shorten_to_rows(BAND_PADDING, MIN_BAND, alike=False)
        self.pages = pages

    def _left_under(self, page: PagePlan) -> float:
        """What ``page`` leaves empty under what it holds: its table's rows or closing
        sections, or its part's rows (spread down the page where they are)."""
        end = self._end_of(page) if page.rows or page.closing else 0.0
        left = self.content.height() - self.footer_height - end
        return left if page.part is None else min(left, self._left_under_rows(page, page.part))

    def _left_under_rows(self, page: PagePlan, part: int) -> float:
        """What ``part`` of the timeline, on ``page``, leaves empty under its rows (spread
        down the page where they are), whatever the page holds under them."""
        end = page.band_top + lowest(self.drawing.layouts[part]) + BAND_PADDING
        return self.content.height() - self.footer_height - end

    def _pages_wide_needed(self, source: EventSource) -> list[int]:
        """The fewer pages wide, fewest first, that show the timeline as well as those
        asked, where a part of it leaves its page more than half empty under its rows
        (:attr:`thin`): every event labelled (none in a badge), no more of them numbered,
        in at most a row more than the busiest part needs. Pages wide are what the timeline
        may take, not what a thin selection must fill: the official visits of the sample
        three pages wide left page 2 four fifths empty under one visit; Morocco and
        Kazakhstan on A3, pages 2 and 3 each three fifths. A timeline whose parts fill
        their pages keeps every page asked."""
        asked = len(self.drawing.layouts)
        room = self.content.height() - self.footer_height - self.header_height
        wide = self._timeline(source, [room] * asked)
        if any(part.clusters for part in wide.layouts):
            return []
        labelled = {shape.event.id for part in wide.layouts for shape in part.events}
        numbered = _numbered(wide)
        rows = max(_rows_used(part) for part in wide.layouts) + wide.row_height + 0.5
        legible = []
        for fewer in range(1, asked):
            narrow = self._timeline(source, [room] * fewer)
            if any(part.clusters for part in narrow.layouts):
                continue
            shown = {shape.event.id for part in narrow.layouts for shape in part.events}
            fits = max(_rows_used(part) for part in narrow.layouts) <= rows
            if shown >= labelled and _numbered(narrow) <= numbered and fits:
                legible.append(fewer)
        return legible

    def _tighter_for_a_page_less(self, tops: list[float], bottom: float) -> None:
        """The tables' rows and the closing sections set closer (see :meth:`Table.tightened`)
        where that makes the briefing a page shorter: the English sample on Letter paper,
        its closing sections 13 pixels short of room under the table's last rows, had them
        alone on a fourth page, the third and the fourth each half empty. A squeeze, not a
        style: a long table that would take many pages fewer keeps its rows' room."""
        if not self.rows and not self.closing.sections:
            return
        table, rows, closing, pages = self._tightened(tops, bottom)
        if len(pages) == len(self.pages) - 1:
            self.table, self.rows, self.closing, self.pages = table, rows, closing, pages

    def _shorter_summary_for_a_page_less(self, tops: list[float], bottom: float) -> None:
        """The summary over the table's first rows (or the timeline's first part) listing
        fewer agreements and latest events (of four kinds at least, or as many as it names)
        where the room that leaves page 1 makes the briefing a page shorter, its rows set
        closer if need be (see :meth:`_tighter_for_a_page_less`): March 2019 on 10,000
        events in French, two pages wide on Letter portrait paper, had seven rows under the
        summary, the two parts and the other 21 rows on pages 4 and 5, each two fifths
        blank; a row more under a summary a row shorter leaves 20, on one page. Not where
        the table would then end with a row or two alone (see :meth:`_shorter_by_a_page`)."""
        #: The pages a shorter summary spared (0 or 1).
        self.summary_spared = 0
        first = self.pages[0]
        if not first.glance or (first.part is None and not first.rows):
            return
        kept = self.block, list(tops)
        least = min(self.block.latest_named, 4)
        shortest = self._summary(0.0).height
        tried: set[float] = set()
        for step in range(1, int((kept[0].height - shortest) // SUMMARY_STEP) + 1):
            self.block = self._summary(kept[0].height - SUMMARY_STEP * step)
            if self.block.latest_named < least:
                break
            if self.block.height in tried or self.block.height >= kept[0].height:
                continue
            tried.add(self.block.height)
            if first.part == 0:
                tops[0] = self.header_height + self.block.height + BLOCK_GAP
            pages = self._plan(tops, bottom)
            if self._shorter_by_a_page(pages):
                self.pages, self.summary_spared = pages, 1
                return
            table, rows, closing, pages = self._tightened(tops, bottom)
            if self._shorter_by_a_page(pages):
                self.table, self.rows, self.closing, self.pages = table, rows, closing, pages
                self.summary_spared = 1
                return
        self.block, tops[:] = kept[0], kept[1]

    def _shorter_by_a_page(self, pages: list[PagePlan]) -> bool:
        """Whether ``pages`` are fewer than those planned, the table's last page holding
        more than a row or two (a page spared by leaving one under the first part of a wide
        timeline, the table's header over it, is not a page spared)."""
        holding = [page for page in pages if page.rows]
        few = len(holding) > 1 and len(holding[-1].rows) < FEW_ROWS
        return len(pages) < len(self.pages) and not few

    def _tightened(
        self, tops: list[float], bottom: float
    ) -> tuple[Table, list[TableRow], ClosingSections, list[PagePlan]]:
        """The table's rows and the closing sections set closer, and the pages they take
        then; the briefing as it was."""
        loose = self.table, self.rows, self.closing
        self.table, self.rows = self.table.tightened(self.rows)
        self.closing = self.closing.tightened()
        try:
            return self.table, self.rows, self.closing, self._plan(tops, bottom)
        finally:
            self.table, self.rows, self.closing = loose

    def _fewest_pages(self, tops: list[float], bottom: float) -> int:
        """The pages the briefing takes as planned, a page fewer where rows set closer
        spare one, and only one (see :meth:`_tighter_for_a_page_less`)."""
        pages = len(self.pages)
        if not self.rows and not self.closing.sections:
            return pages
        return pages - 1 if len(self._tightened(tops, bottom)[3]) == pages - 1 else pages

    def _most_left(self, pages: list[PagePlan], under_rows: list[float]) -> float:
        """The most any page but the last leaves empty: under what it holds, and inside its
        band under the rows (``under_rows``, each part's room there)."""
        bottom = self.content.height() - self.footer_height
        return max(
            (
                bottom
                - self._end_of(page)
                + (under_rows[page.part] if page.part is not None else 0)
                for page in pages[:-1]
            ),
            default=0.0,
        )

    def _table(self, events: Sequence[Event]) -> tuple[Table, list[TableRow]]:
        width = self.content.width()
        if self.mode == "summary":
            kinds = self.glance.kinds
            unit = self.glance.unit
            table = Table(width, self.fmt, self.theme, period_columns(kinds, False, unit))
            joined = not table.headings_fit()  # a portrait page: the kinds in one column
            if joined:
                table = Table(width, self.fmt, self.theme, period_columns(kinds, True, unit))
            said, plain = (self._summary_rows(table, joined, words) for words in (True, False))
            same = all(a.height == b.height for a, b in zip(said, plain, strict=True))
            self.steps.advance(len(events))
            return table, said if same else plain
        if self.mode == "none":
            self.steps.advance(len(events))
            return Table(width, self.fmt, self.theme), []
        return events_table(
            self.glance.in_table_order(events), width, self.fmt, self.theme, self.steps
        )

    def _summary_rows(self, table: Table, joined: bool, said: bool) -> list[TableRow]:
        """The summary table's rows: those begun before the selection (see
        :attr:`~timeline.domain.glance.Glance.begun_before`), a period's, then a span's
        whose period is not known.
        One begun after the day of the briefing is quieter and, where ``said``, says it is
        to come: the caller says it only where no row grows a line for it (in a portrait
        table by day, "16 janvier 2026 (à venir)" took three lines, and rows went a page on)."""
        kinds, unit, fmt = self.glance.kinds, self.glance.unit, self.fmt
        rows = []
        before, since = self.glance.begun_before, self.glance.since
        if before and since is not None:  # first, as they began first
            when = begun_before_when(since, fmt)
            rows.append(table.row(None, counted_cells(when, before, kinds, fmt, joined)))
        for start, counts in self.glance.by_period.items():
            if counts:
                later = self.glance.to_come(start)
                cancelled = self.glance.cancelled_in(start)
                cells = period_cells(
                    start, unit, counts, kinds, fmt, joined, later and said, cancelled
                )
                rows.append(table.row(None, cells, to_come=later))
        for span, counts in self.glance.by_span.items():  # after them, what is not known
            later = self.glance.to_come(span[0])
            when = span_when(span, unit, fmt, later and said)
            rows.append(
                table.row(None, counted_cells(when, counts, kinds, fmt, joined), to_come=later)
            )
        return rows

    def _plan(
        self, tops: list[float], bottom: float, heights: Sequence[float] = ()
    ) -> list[PagePlan]:
        """The timeline's pages, each part's band at its top (``heights`` tall, by default
        the drawing's), then the table flowed into the room under the bands and onto pages
        of its own, its header repeated on each; the last of those holds a few rows at
        least (see :meth:`_without_widow_rows`)."""
        heights = heights or self.drawing.heights
        pages: list[PagePlan] = []
        first = 0
        if self.glance_alone:  # the table starts under the summary rather than leave it alone
            free = self.header_height + self.block.height + BLOCK_GAP
            first = self._fill(first, free, bottom) if self.rows_under_summary else 0
            pages.append(PagePlan(glance=True, rows=range(first), table_top=free))
        for number, (top, height) in enumerate(zip(tops, heights, strict=True)):
            free = top + height + BLOCK_GAP
            last = self._fill(first, free, bottom)
            glance = number == 0 and not self.glance_alone
            pages.append(PagePlan(glance, number, range(first, last), free, top))
            first = last
        while first < len(self.rows):
            last = max(self._fill(first, self.header_height, bottom), first + 1)
            pages.append(PagePlan(rows=range(first, last), table_top=self.header_height))
            first = last
        closed = self._close(list(pages), bottom)
        kept = self._without_widow_rows(list(pages), bottom)
        if kept != pages:
            # Rows moved on take room the closing sections had: not at the cost of a page more.
            moved = self._close(kept, bottom)
            closed = moved if len(moved) <= len(closed) else closed
        return self._closing_not_alone(closed, bottom)

    def _closing_not_alone(self, pages: list[PagePlan], bottom: float) -> list[PagePlan]:
        """A last page holding the closing sections and nothing else takes the table's last
        two rows with it, where the page before holds them and keeps two at least (see
        :func:`without_widow_rows`): April 2025 on portrait paper left the announced forum
        alone on page 2, five sixths of it empty, under nothing that read as the briefing
        going on; the French sample on portrait paper, the agreements and the forum on page
        3, two thirds of it empty. The table's last row alone under a part of a wide
        timeline goes over too, to the closing sections on the next page (under its part,
        if it has one): every country in English on A4 two and three pages wide."""
        if len(pages) < 2 or pages[-1].rows:
            return pages
        alone = sum(len(piece.rows) for piece in pages[-1].closing)
        before = pages[-2]
        if not alone or before.closing or before.rows.stop != len(self.rows):
            return pages
        if len(before.rows) == 1 < len(self.rows) and before.part is not None:
            stop = before.rows.start
        elif pages[-1].part is None:
            count = len(self.rows) + alone
            stop = without_widow_rows(before.rows.start, before.rows.stop, count, alone + 2)
        else:
            return pages
        if stop == before.rows.stop:
            return pages
        last = replace(pages[-1], rows=range(stop, len(self.rows)), closing=())
        flowed = self.closing.flow(self._end_of(last), self.header_height, bottom, 0.0)
        if len(flowed) > 1:
            return pages
        before = replace(before, rows=range(before.rows.start, stop))
        return [*pages[:-2], before, replace(last, closing=tuple(flowed[0]))]

    def _last_two_evened(self, pages: list[PagePlan], bottom: float) -> list[PagePlan]:
        """The table's last page, left more than half empty after a page of its rows alone,
        takes rows of that page while that page stays the fuller of the two, the closing
        sections under them still on it: the French summary of 2020 on 10,000 events had
        eleven months on page 3 and three on page 4, two thirds of it blank; seven and
        seven now. Not beyond: October 2023 on 10,000 events in English on A4 portrait
        paper, 23 rows, left page 2 41 % blank over eleven and page 3 39 % under twelve
        (now twelve and eleven, 37 % and 43 %); only the last page may be the emptier. The
        pages stay as many, and hold what they held when the plan's choices were made; rows
        under the summary or a part of the timeline stay there."""
        if len(pages) < 2:
            return pages
        before, last = pages[-2], pages[-1]
        alone = not (before.glance or before.closing) and before.part is last.part is None
        left = bottom - self._end_of(last)
        if not (alone and before.rows and last.rows) or left <= (bottom - self.header_height) / 2:
            return pages
        evened = pages
        most_left = SPARE * self.content.height()
        for stop in range(before.rows.stop - 1, before.rows.start, -1):
            moved = replace(last, rows=range(stop, last.rows.stop), closing=())
            if self._end_of(moved) > bottom:
                break
            if last.closing:
                flowed = self.closing.flow(
                    self._end_of(moved), self.header_height, bottom, most_left
                )
                if len(flowed) > 1:
                    break
                moved = replace(moved, closing=tuple(flowed[0]))
            if self._left_by(before, stop) > bottom - self._end_of(moved):
                break  # the page before would be the emptier
            kept = replace(before, rows=range(before.rows.start, stop))
            evened = [*pages[:-2], kept, moved]
        return evened

    def _last_row_not_alone(self, pages: list[PagePlan], bottom: float) -> list[PagePlan]:
        """The table's last row, alone on the last page after a part of the timeline whose
        page holds the rows before it and can spare none of them (see
        :meth:`_without_widow_rows`), takes them with it where they fit: April 2024 by day,
        two pages wide on Letter portrait paper, had two rows under the second part and
        the last alone on page 4, seven eighths blank. The pages stay as many."""
        if len(pages) < 2 or self.closing.sections:
            return pages
        before, last = pages[-2], pages[-1]
        if len(last.rows) != 1 or last.part is not None or before.part is None:
            return pages
        if not before.rows or before.rows.stop != last.rows.start:
            return pages
        moved = replace(last, rows=range(before.rows.start, last.rows.stop))
        if self._end_of(moved) > bottom:
            return pages
        kept = replace(before, rows=range(before.rows.start, before.rows.start))
        return [*pages[:-2], kept, moved]

    def _without_widow_rows(self, pages: list[PagePlan], bottom: float) -> list[PagePlan]:
        """The table's last page given rows of the page before it, where it holds fewer
        than a few (see :func:`without_widow_rows`) and has room for them: its last row
        alone under the second part of a wide timeline, or after the timeline's pages."""
        holding = [number for number, page in enumerate(pages) if page.rows]
        if len(holding) < 2:
            return pages
        before, last = pages[holding[-2]], pages[holding[-1]]
        stop = without_widow_rows(before.rows.start, before.rows.stop, len(self.rows))
        if self.closing.sections and self._left_by(before, stop) > SPARE * self.content.height():
            # Two rows the closing sections follow do not read as left over: the page they
            # leave is not left emptier than a page may spare for a third (every country in
            # French on portrait paper two pages wide: page 2 a quarter empty).
            stop = without_widow_rows(before.rows.start, before.rows.stop, len(self.rows), 2)
        whole = before.rows.start == 0 and before.part is not None and not self.closing.sections
        after = len(self.rows) - stop
        if whole and (after < FEW_ROWS or stop < after) and self._fits_from(last.table_top, bottom):
            # A table of a few rows starts on a page of its own, the band over it taking its
            # room, rather than leave its last row alone there (three sideline meetings:
            # page 2 five sixths empty), or most of it (Morocco and Qatar in 2027: two rows
            # of five under the band, three on page 2).
            stop = 0
        moved = range(stop, last.rows.stop)
        rows = sum(self.rows[number].height for number in moved)
        if stop == before.rows.stop or last.table_top + self.table.header_height + rows > bottom:
            return pages
        pages[holding[-2]] = replace(before, rows=range(before.rows.start, stop))
        pages[holding[-1]] = replace(last, rows=moved)
        return pages

    def _fits_from(self, top: float, bottom: float) -> bool:
        """Whether the whole table fits between ``top`` and ``bottom``."""
        rows = sum(row.height for row in self.rows)
        return top + self.table.header_height + rows <= bottom

    def _left_by(self, page: PagePlan, stop: int) -> float:
        """What ``page`` leaves empty under its table ended before row ``stop``."""
        ended = replace(page, rows=range(page.rows.start, stop))
        return self.content.height() - self.footer_height - self._end_of(ended)

    def _close(self, pages: list[PagePlan], bottom: float) -> list[PagePlan]:
        """The closing sections after the table: on its last page, then pages of their own.
        A table ended under the summary, before the timeline's pages, has them there when
        they all fit, rather than the summary's page left half empty. A section goes on to
        the next page whole only where that leaves no more than :data:`SPARE` of the page
        empty: else it starts under the table and goes on over the page."""
        if not self.closing.sections:
            return pages
        most_left = SPARE * self.content.height()
        ended = max((n for n, page in enumerate(pages) if page.rows), default=len(pages) - 1)
        if ended < len(pages) - 1:
            top = self._end_of(pages[ended])
            flowed = self.closing.flow(top, self.header_height, bottom, most_left)
            if len(flowed) == 1 and flowed[0]:
                pages[ended] = replace(pages[ended], closing=tuple(flowed[0]))
                return pages
        top = self._end_of(pages[-1])
        flowed = self.closing.flow(top, self.header_height, bottom, most_left)
        pages[-1] = replace(pages[-1], closing=tuple(flowed[0]))
        pages += [PagePlan(table_top=self.header_height, closing=tuple(p)) for p in flowed[1:]]
        return pages

    def _end_of(self, page: PagePlan) -> float:
        """Where what ``page`` holds ends (its table's rows, or the closing sections)."""
        if page.closing:
            return self.closing.bottom(page.closing)
        if page.rows:
            rows = sum(self.rows[n].height for n in page.rows)
            return page.table_top + self.table.header_height + rows
        if page.part == 0 and self.says_none:
            return page.table_top + LINE_PITCH
        if page.glance and page.part is None:
            return self.header_height + self.block.height
        return page.table_top

    def _fill(self, first: int, top: float, bottom: float) -> int:
        """The row after the last of those from ``first`` that fit between top and bottom;
        ``first`` when only one of several fits (a header over a lone row is an orphan),
        under a part of a wide timeline too: the room under its band is left empty rather
        (in French on portrait paper two wide, page 1 ended with the table's first row
        alone; April 2025 three wide, the same under the busier part; the United Arab
        Emirates' years, one under the first of three parts, the others after the third)."""
        room = bottom - top - self.table.header_height
        used, number = 0.0, first
        while number < len(self.rows) and used + self.rows[number].height <= room:
            used += self.rows[number].height
            number += 1
        return first if number == first + 1 < len(self.rows) else number

    def _days(self, events: Sequence[Event]) -> tuple[date, date] | None:
        """The period asked for, or else the days from the first event to the last."""
        period = self.options.period
        if period is not None:
            return day_of(period.start), day_of(period.end - 1e-6)
        if not events:
            return None
        first = min(event.date.earliest() for event in events)
        last = max(event.date.latest() for event in events)
        # An event of 2019 in a selection of June 2019: the days asked for, not the year.
        since, until = self.options.since, self.options.until
        return max(first, since or first), min(last, until or last)

    def _as_known(self, events: Sequence[Event]) -> tuple[FuzzyDate, FuzzyDate] | None:
        """:attr:`days` as the events know them: the first event's start and the last
        one's end as they are known ("December 1999", not "1 December 1999"); a day asked
        for stays a day."""
        if self.days is None:
            return None
        first, last = self.days
        exact = FuzzyDate.from_date(first), FuzzyDate.from_date(last)
        if self.options.period is not None:
            return exact
        # Not one reaching past the other end: in a selection of January to March 2019,
        # an event of 2019 made "2019 – 31 March 2019".
        starts = [
            event.date.start
            for event in events
            if event.date.earliest() == first and event.date.start.latest() <= last
        ]
        ends = [
            end
            for event in events
            if event.date.latest() == last
            and (end := event.date.end or event.date.start).earliest() >= first
        ]
        # Of those that begin (or end) that day, the coarsest: "2018–2019", where an event
        # of 31 December 2019 ends with one of 2019, read "2018 – 31 December 2019".
        start = max(starts, key=lambda day: day.precision.coarseness, default=exact[0])
        end = max(ends, key=lambda day: day.precision.coarseness, default=exact[1])
        return start, end

    def _charted(self) -> tuple[date, date] | None:
        """The days the summary's chart covers: the selection's, where it was asked from or
        to a day (Morocco's agreements of 2022–2024, none in 2024, charted 2022 and 2023:
        a year with none signed is what a reader asked about), else :attr:`days`."""
        if self.days is None or self.options.period is not None:
            return self.days
        since, until = self.options.since, self.options.until
        return since or self.days[0], until or self.days[1]

    @property
    def timeline_pages(self) -> int:
        return len(self.drawing.layouts)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    # -- painting ---------------------------------------------------------------------------

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (from 0) onto the painter's device, scaled to its width."""
        painter.save()
        scale = device_scale(painter, self.content)
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = self.pages[number]
        self._paint_header(painter, page)
        if self.matches_nothing:
            self._line(painter, self.none_said, self.header_height, self.text_font, self.theme.text)
        else:
            self._paint_body(painter, page)
        self._paint_footer(painter, number)
        painter.restore()

    def _paint_body(self, painter: QPainter, page: PagePlan) -> None:
        """What a page holds between its header and its footer."""
        if page.glance:
            self.block.paint(painter, self.header_height)
        if page.part is not None:
            painter.translate(0, page.band_top)
            self.drawing.paint(painter, page.part)
            painter.translate(0, -page.band_top)
        if page.rows:
            top = self.table.paint_header(painter, page.table_top)
            self.table.paint_rows(painter, [self.rows[n] for n in page.rows], top)
        elif page.part == 0 and self.says_none:
            self._line(painter, self.none_said, page.table_top, self.text_font, self.theme.text)
        if page.closing:
            self.closing.paint(painter, page.closing)

    def _line(
        self,
        painter: QPainter,
        text: str,
        top: float,
        font: QFont,
        colour: QColor,
        end_side: bool = False,
        indent: float = 0.0,
    ) -> float:
        """A paragraph across the page from its reading start (or end) side, ``indent`` in
        from it, wrapped when longer than the page is wide; returns its height."""
        right_to_left = self.rtl != end_side
        found = paragraph(text, font, self.content.width() - indent, right_to_left)
        found.draw(painter, QPointF(0 if right_to_left else indent, top), colour)
        return found.lines * LINE_PITCH

    def _paint_header(self, painter: QPainter, page: PagePlan) -> None:
        if self.options.marking:
            paint_marking(painter, self._marking())
        top = self._marking_height()
        title = self._title(self.content.width(), self.rtl)
        title.draw(painter, QPointF(0, top), self.theme.text)
        top += title.lines * self._title_pitch
        top += self._line(painter, self.subtitle_lines, top, self.text_font, self.theme.muted_text)
        if page.part is not None and self.timeline_pages > 1:
            part, following = self._part_paragraphs(page.part)
            room = part.layout.lineAt(0).width()  # from the reading start side
            left = self.content.width() - room if self.rtl else 0.0
            part.draw(painter, QPointF(left, top), self.theme.text)
            if following is not None:
                following.draw(painter, QPointF(0, top), self.theme.text)

    def _part_paragraphs(self, part: int) -> tuple[Paragraph, Paragraph | None]:
        """Which part a page holds, from its reading start side, and where the next part
        is, on its end side (None on the last part's page): the first wrapped in the room
        the second leaves, its days wrapping between dates as the subtitle's do. On portrait
        paper "Part 1 of 3: 29 September 2016 – 22 August 2018 (28 Dhu al-Hijjah 1437 – 11
        Dhu al-Hijjah 1439 AH)" ran into "Continues on page 2", and wrapped, left "AH)"
        alone on its line."""
        width = self.content.width()
        days = unbroken(days_words(*self._part_days(part), self.fmt), self.fmt)
        parts = word("part", self.fmt, n=part + 1, total=self.timeline_pages, days=days)
        if part + 1 == self.timeline_pages:
            return paragraph(parts, self.bold_font, width, self.rtl), None
        page = next(n for n, plan in enumerate(self.pages) if plan.part == part + 1)
        following = word("next", self.fmt, n=page + 1)
        beside = paragraph(following, self.bold_font, width, not self.rtl)
        room = width - beside.layout.lineAt(0).naturalTextWidth() - BLOCK_GAP
        return paragraph(parts, self.bold_font, room, self.rtl), beside

    def _part_lines(self) -> int:
        """The most lines a page's part line takes (see :meth:`_part_paragraphs`)."""
        if self.timeline_pages < 2:
            return 1
        return max(self._part_paragraphs(n)[0].lines for n in range(self.timeline_pages))

    def _part_days(self, number: int) -> tuple[date, date]:
        """The first and last day of part ``number``'s events: a day a join cuts is the
        part's where its middle lies, as a day's point is drawn there alone (see
        layout._ahead_of_cover), so that the parts' days follow on rather than overlap. By
        the day's start, a page "12–31 July" drew two events of 11 July, the page before
        it ending "11 July" without them."""
        periods = [part.scale.period for part in self.drawing.layouts]
        following = periods[number + 1].start if number + 1 < len(periods) else None
        period = periods[number]
        first, last = days_of_part(period.start, period.end, number > 0, following)
        if self.days is None:
            return first, last
        # The margins before the first events and after the last hold none: the parts'
        # days stay within those the subtitle names ("Part 1: 15 December 2014 –" read a
        # briefing of 2015 and 2016).
        covered = max(first, self.days[0]), min(last, self.days[1])
        return covered if covered[0] <= covered[1] else (first, last)

    def _title(self, width: float, rtl: bool) -> Paragraph:
        pitch = self._title_pitch
        return paragraph(self.options.title, self.title_font, width, rtl, pitch, TITLE_BASELINE)

    @property
    def _title_pitch(self) -> float:
        """The title's line pitch: more for one in Arabic script (ARABIC_TITLE_PITCH)."""
        return ARABIC_TITLE_PITCH if is_rtl_text(self.options.title) else TITLE_PITCH

    def _marking(self) -> Paragraph:
        return marking_paragraph(self.options.marking, self.content.width(), self.rtl)

    def _marking_height(self) -> float:
        return marking_height(self._marking()) if self.options.marking else 0.0

    def _table_continues_on(self, number: int) -> int | None:
        """The page where page ``number``'s table goes on, when that is not the next one
        (a summary page's table, resumed after the pages of a wide timeline)."""
        rows = self.pages[number].rows
        if not rows or rows.stop >= len(self.rows):
            return None
        following = next(n for n, page in enumerate(self.pages) if rows.stop in page.rows)
        return following if following != number + 1 else None

    def _paint_footer(self, painter: QPainter, number: int) -> None:
        top = self.content.height() - self.footer_height
        painter.setPen(self.theme.major_grid)
        painter.drawLine(QPointF(0, top + 4), QPointF(self.content.width(), top + 4))
        colour = self.theme.muted_text
        day = self.options.generated  # in both calendars, as the period is
        generated = word("generated", self.fmt, day=days_words(day, day, self.fmt))
        page = word("page", self.fmt, n=number + 1, total=self.page_count)
        following = self._table_continues_on(number)
        if following is not None:  # not over the page: after the timeline's pages
            table_next = word("table_next", self.fmt, n=following + 1)
            page = f"{table_next}{field_separator(self.fmt.language)}{page}"
        part = None if self.matches_nothing else self.pages[number].part  # no timeline then
        keyed = part is not None and self.drawing.layouts[part].today_x is not None
        if keyed:
            self._key_the_today_line(painter, top + 6)
        indent = TODAY_KEY_WIDTH if keyed else 0.0
        self._line(painter, generated, top + 6, self.small_font, colour, indent=indent)
        self._line(painter, page, top + 6, self.small_font, colour, end_side=True)
        if self.options.marking:
            paint_marking(painter, self._marking(), top + FOOTER_HEIGHT)

    def _key_the_today_line(self, painter: QPainter, top: float) -> None:
        """A short line of the today line's red at the start of the footer's line from
        ``top``, before the day the briefing was prepared: the red line across the page's
        timeline said nothing of what it was."""
        x = self.content.width() - 1 if self.rtl else 1.0
        painter.setPen(self.theme.today_pen())
        painter.drawLine(QPointF(x, top + 3), QPointF(x, top + LINE_PITCH - 5))


def _strip(part: TimelineLayout) -> float:
    """The height of the density strip at a band's foot, under its rows."""
    return part.overview.rect.height if part.overview is not None else 0.0


def _drawn(drawing: TimelineDrawing) -> list[set[int | None]]:
    """The events each part draws (one at a join may be drawn by both): part by part, as
    a part drawing a year's event that the others hide in badges stood for them (two weeks
    of 2019 three wide, "+3" on pages 2 and 3)."""
    return [{shape.event.id for shape in part.events} for part in drawing.layouts]


def _shown_and_misplaced(drawing: TimelineDrawing) -> list[tuple[int, int]]:
    """Each part's events shown and labels misplaced (across their marker, or under a
    connector between two others)."""
    return [(len(part.events), len(misplaced_labels(part))) for part in drawing.layouts]


def _no_worse(tally: list[tuple[int, int]], drawing: TimelineDrawing) -> bool:
    """Whether each part of ``drawing`` shows the events the ``tally`` of another laid out
    the same parts counted, with no more labels misplaced."""
    return all(
        len(part.events) == shown and len(misplaced_labels(part)) <= misplaced
        for part, (shown, misplaced) in zip(drawing.layouts, tally, strict=True)
    )


def _crowded(part: TimelineLayout) -> bool:
    """Whether a part's rows run past the foot of its lanes' room, into the key of its
    numbered labels (the layout keeps two rows however short the band)."""
    return bool(part.key) and any(lane.rect.bottom > part.body_bottom for lane in part.lanes)


def _numbered(drawing: TimelineDrawing) -> set[int | None]:
    """The events whose labels a drawing numbers, in a key under its rows."""
    return {
        shape.event.id
        for part in drawing.layouts
        for shape in part.events
        if shape.callout is not None
    }


def _rows_used(part: TimelineLayout) -> float:
    """How far down a part's rows reach under its axis."""
    return lowest(part) - part.axis_bottom


def _foot(part: TimelineLayout) -> float:
    """The bottom of a part's rows or, under them, of the key to its numbered labels."""
    return max([lowest(part)] + [entry.rect.bottom for entry in part.key])


def paint_document(
    device: QPagedPaintDevice, briefing: Briefing, painter: QPainter | None = None
) -> bool:
    """Every page of ``briefing`` onto a paged device (PDF writer or printer), with
    ``painter`` if given (a PDF's text painter); False when the device could not be
    painted on. A print preview's pages are painted with their text's glyphs
    (:mod:`timeline.export.glyph_painter`)."""
    if painter is None:
        painter = GlyphPainter() if records_strings(device) else QPainter()
    if not painter.begin(device):
        return False
    try:
        for number in range(briefing.page_count):
            if number:
                device.newPage()
                if isinstance(painter, PdfTextPainter):
                    painter.new_page()
            briefing.paint_page(painter, number)
            part = 1 if briefing.pages[number].part is not None else 0
            briefing.steps.advance(part + _rows_on(briefing, number))
    finally:
        painter.end()
    return True


def _rows_on(briefing: Briefing, number: int) -> int:
    return len(briefing.pages[number].rows)


def pdf_bytes(briefing: Briefing, page_layout: QPageLayout) -> bytes:
    """The briefing as a PDF: vector, fonts embedded, text that copies and searches in
    reading order in every language."""
    options = briefing.options
    document = PdfDocument(page_layout, options.title, options.author, PRODUCER)
    paint_document(document.writer, briefing, document.painter)
    return document.finish(subject=briefing.subtitle, language=briefing.fmt.language)
