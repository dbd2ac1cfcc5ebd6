"""The briefing's closing sections, after the events: "Agreements", a table of the agreements
with a step in the selection (its kind, when it was signed and entered into force in both
calendars, where it stands, and the days between signature and entry into force), then
"Announced, not yet confirmed", the announced events whose days are all past on the day the
briefing is prepared, and "Coming up", the other announced events.

Each section is a heading over a table drawn as the events' table is
(:class:`timeline.export.briefing_table.Table`); it follows the events on their last page
where it fits, and otherwise flows onto pages of its own, its header repeated on each.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from timeline.domain.agreements import AgreementStep, AgreementThread
from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.event import Event
from timeline.domain.status import awaits_confirmation
from timeline.export.briefing_table import (
    FEW_ROWS,
    LINE_PITCH,
    Cell,
    Paragraph,
    Table,
    TableRow,
    events_table,
    paragraph,
    without_widow_rows,
)
from timeline.export.briefing_words import word
from timeline.export.steps import Steps
from timeline.render.theme import Theme, app_font

#: The agreements table's columns and their shares of the width, in reading order.
AGREEMENT_COLUMNS = (
    ("agreement", 0.30),
    ("agreement_kind", 0.13),
    ("signed", 0.17),
    ("in_force", 0.17),
    ("agreement_status", 0.12),
    ("days", 0.11),
)
HEADING_GAP = 12.0  # above a section's heading
TIGHT_HEADING_GAP = 8.0  # where that spares the briefing a page (see ClosingSections.tightened)
HEADING_PX = 13


def _when(thread: AgreementThread, wanted: AgreementStep, fmt: DateFormat, as_of: date) -> Cell:
    """The step's date, then its Hijri form on a quieter line; for one still to come (an
    entry into force set for 2030), its date said to be expected; else nothing."""
    taken = thread.first(wanted, as_of)
    step = taken or thread.expected(wanted, as_of)
    if step is None:
        return ()
    when = step.date
    day = fmt.event_date(when) if taken else word("expected_on", fmt, day=fmt.event_date(when))
    hijri = fmt.hijri_as_known(when)
    return tuple(part for part in (day, hijri) if part)


def _standing(thread: AgreementThread, fmt: DateFormat, as_of: date) -> str:
    """Where the agreement stands on ``as_of``, as a status rather than as the step's
    event: one whose signature is only announced, or set for a later day, is not yet signed
    (its row was blank but for its title); one whose entry into force is set for 2030 is
    signed, not yet in force."""
    current = thread.status(as_of)
    if current is None:
        return word("status_unsigned", fmt)
    if current is AgreementStep.SIGNED:
        return word("status_signed", fmt)
    if current is AgreementStep.IN_FORCE:
        return word("status_in_force", fmt)
    return current.name_in(fmt.language)


def agreement_cells(thread: AgreementThread, fmt: DateFormat, as_of: date) -> tuple[Cell, ...]:
    """One agreement's row as of ``as_of`` (the day the briefing is prepared): title,
    kind, signed, in force, status, days between."""
    language = fmt.language
    agreement = thread.agreement
    days = thread.days_to_force(as_of)
    return (
        (in_digits(agreement.title(language), fmt),),
        (agreement.kind.name_in(language),),
        _when(thread, AgreementStep.SIGNED, fmt, as_of),
        _when(thread, AgreementStep.IN_FORCE, fmt, as_of),
        (_standing(thread, fmt, as_of),),
        () if days is None else (fmt.digits(str(days)),),
    )


@dataclass(frozen=True)
class Section:
    """A heading over a table."""

    heading: str
    table: Table
    rows: list[TableRow]


@dataclass(frozen=True)
class Piece:
    """Rows of one section on one page, from ``top``, under the section's heading (said to
    go on when the rows do not start the section)."""

    section: int
    rows: range
    top: float


class ClosingSections:
    """The sections after the events' table, measured for one width."""

    def __init__(
        self,
        threads: Sequence[AgreementThread],
        announced: Sequence[Event],
        fmt: DateFormat,
        theme: Theme,
        width: float,
        today: date,
    ) -> None:
        """``announced`` in time order; ``today``: the day the briefing is prepared, which
        parts those to be confirmed from those coming up."""
        self.fmt = fmt
        self.theme = theme
        self.rtl = fmt.language == "ar"
        self.heading_gap = HEADING_GAP
        self.sections: list[Section] = []
        if threads:
            table = Table(width, fmt, theme, AGREEMENT_COLUMNS)
            rows = [table.row(None, agreement_cells(thread, fmt, today)) for thread in threads]
            self.sections.append(Section(word("agreements", fmt), table, rows))
        past = [event for event in announced if awaits_confirmation(event, today)]
        coming = [event for event in announced if not awaits_confirmation(event, today)]
        for heading, events in (("to_confirm", past), ("coming_up", coming)):
            if events:
                table, rows = events_table(events, width, fmt, theme, Steps(None, len(events)))
                self.sections.append(Section(word(heading, fmt), table, rows))

    def tightened(self) -> ClosingSections:
        """These sections set closer: their tables' rows as :meth:`Table.tightened` sets
        them, :data:`TIGHT_HEADING_GAP` above each heading."""
        tight = copy(self)
        tight.heading_gap = TIGHT_HEADING_GAP
        tight.sections = [
            Section(section.heading, *section.table.tightened(section.rows))
            for section in self.sections
        ]
        return tight

    def _heading(self, section: Section, first: int) -> Paragraph:
        """The heading over a section's rows from ``first``: on the page the section goes
        on to, it says so, so that its rows are never taken for the events' table."""
        text = section.heading
        if first:
            text = word("continued", self.fmt, heading=text)
        return paragraph(text, app_font(HEADING_PX, bold=True), section.table.width, self.rtl)

    def _heading_height(self, section: Section, first: int) -> float:
        return self.heading_gap + self._heading(section, first).lines * LINE_PITCH

    def flow(
        self, top: float, page_top: float, bottom: float, most_left: float
    ) -> list[list[Piece]]:
        """The sections' pieces page by page: the first list goes on the page where the
        events end (at ``top``), each further one on a new page from ``page_top``. A section
        that fits on a page is kept whole on one, unless moving it on would leave more than
        ``most_left`` of its page empty; a longer (or so split) one starts where its
        heading, header and first two rows fit, and leaves the next page no fewer than a
        few rows where it can spare them (see :func:`without_widow_rows`). Rows never
        split. A last page holding fewer than a few rows gets the sections before it too,
        when they all fit on one page and the page the events end on is left no more than
        half empty: a section's row or two alone on the last page read as left over, and
        the sections read together as the briefing's close."""
        pages = self._flow(top, page_top, bottom, most_left)
        few = len(pages) > 1 and sum(len(piece.rows) for piece in pages[-1]) < FEW_ROWS
        if few and pages[-2] and bottom - top <= (bottom - page_top) / 2:
            together = self._flow(page_top, page_top, bottom, most_left)
            if len(together) == 1:
                return [[], *together]
        return pages

    def _flow(
        self, top: float, page_top: float, bottom: float, most_left: float
    ) -> list[list[Piece]]:
        pages: list[list[Piece]] = [[]]
        y = top
        for number, section in enumerate(self.sections):
            header = section.table.header_height
            whole = self._heading_height(section, 0) + header
            whole += sum(row.height for row in section.rows)
            kept_whole = page_top + whole <= bottom and bottom - y <= most_left
            if y + whole > bottom and kept_whole and y > page_top:
                pages.append([])  # kept together on a page of its own rather than split
                y = page_top
            first = 0
            while first < len(section.rows):
                start = self._heading_height(section, first)
                room = bottom - y - start - header
                last = first
                used = 0.0
                while last < len(section.rows) and used + section.rows[last].height <= room:
                    used += section.rows[last].height
                    last += 1
                last = without_widow_rows(first, last, len(section.rows))
                # A heading over a lone row (of several) is an orphan: it goes over too.
                orphan = first == 0 and last == 1 < len(section.rows)
                if (last == first or orphan) and (y > page_top or pages[-1]):  # a new page
                    pages.append([])
                    y = page_top
                    continue
                last = max(last, first + 1)  # a row taller than a page still goes somewhere
                used = sum(row.height for row in section.rows[first:last])
                pages[-1].append(Piece(number, range(first, last), y))
                y += start + header + used
                first = last
                if first < len(section.rows):  # the rows held back go over the page
                    pages.append([])
                    y = page_top
        return pages

    def bottom(self, pieces: Sequence[Piece]) -> float:
        """Where the last of these pieces ends on its page."""
        piece = pieces[-1]
        section = self.sections[piece.section]
        heading = self._heading_height(section, piece.rows.start)
        rows = sum(section.rows[n].height for n in piece.rows)
        return piece.top + heading + section.table.header_height + rows

    def paint(self, painter: QPainter, pieces: Sequence[Piece]) -> None:
        """These pieces of the sections onto their page."""
        for piece in pieces:
            section = self.sections[piece.section]
            heading = self._heading(section, piece.rows.start)
            top = piece.top + self.heading_gap
            heading.draw(painter, QPointF(0, top), self.theme.text)
            top = section.table.paint_header(painter, top + heading.lines * LINE_PITCH)
            section.table.paint_rows(painter, [section.rows[n] for n in piece.rows], top)
