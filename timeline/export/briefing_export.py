"""The timeline out of the app: a PDF briefing, a PNG picture or an SVG drawing.

The one entry point the command line and the window share, so a scheduled briefing and one
made by hand are the same document. Files are written whole or not at all
(:mod:`timeline.io.atomic`); a cancelled export raises :class:`ExportCancelled`.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PySide6.QtGui import QPagedPaintDevice, QPageLayout

from timeline.domain.datetext import in_digits
from timeline.domain.glance import briefing_title
from timeline.domain.messages import message
from timeline.domain.period import Period, asked_days, day_number, day_of
from timeline.domain.summary import describe
from timeline.domain.view_state import ViewState
from timeline.export.briefing import (
    THIN_MOST,
    Briefing,
    BriefingOptions,
    in_period,
    paint_document,
    pdf_bytes,
)
from timeline.export.briefing_formats import FORMATS
from timeline.export.briefing_words import word
from timeline.export.drawing import BAND_PADDING, TimelineDrawing, png_bytes, svg_bytes
from timeline.export.page_setup import PageSetup, content_size
from timeline.export.steps import Progress, Steps
from timeline.io.atomic import ExportError, write_atomically
from timeline.render.painter import TimelinePainter
from timeline.store.agreements import threads_of
from timeline.store.repository import EventStore
from timeline.view.source import StoreSource


@dataclass(frozen=True)
class ExportRequest:
    """Everything an export needs besides the store and the file."""

    #: What is exported and how: the window's view state, its date format in the document's
    #: language, and its period the current view's (None: the whole filtered period).
    view: ViewState
    title: str = ""  # empty: a sentence naming the countries, in the document's language
    page: PageSetup = field(default_factory=PageSetup)
    pages_wide: int = 1
    dpi: int = 150
    generated: date = field(default_factory=date.today)
    marking: str = ""  # a handling marking on every page ("Restricted", "مقيد")
    table: str = "auto"  # TABLE_MODES
    author: str = ""  # empty: the user logged in


def _user() -> str:
    """Who prepares the briefing, as the operating system knows them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container, a service)
        return ""


def _source(store: EventStore, request: ExportRequest) -> StoreSource:
    """The filtered events as the window reads them, labels measured in the painter's font."""
    measure, view = TimelinePainter(), request.view
    return StoreSource(
        store,
        view.event_filter,
        view.fmt.language,
        measure.char_px,
        view.lanes,
        text_width=measure.measurer.width,
    )


def default_title(request: ExportRequest) -> str:
    """A briefing's title in the document's language: what the title field starts with."""
    view = request.view
    return briefing_title(view.event_filter, view.fmt.language, view.order)


def _shown_period(view: ViewState, empty: bool, today: date) -> Period | None:
    """The period an export shows: the view's; for a selection with no events, the days its
    filter asks for (from a year before its end, up to today or a year after its start),
    where the timeline would otherwise show the year up to today under "no events in this
    period"; else None, every event fitted."""
    start, end = view.event_filter.start, view.event_filter.end
    year = timedelta(days=365)
    if view.period is not None or not empty:
        return view.period
    if start is not None:
        last = end or max(today, start + year)
        return Period(day_number(start), day_number(last) + 1)
    if end is not None:
        return Period(day_number(end - year), day_number(end) + 1)
    return None


def plan_briefing(
    store: EventStore,
    request: ExportRequest,
    page_layout: QPageLayout,
    progress: Progress | None = None,
) -> Briefing:
    """The briefing of ``request`` laid out on ``page_layout``'s paper."""
    view = request.view
    events = in_period(store.find(view.event_filter), view.period)
    firsts = [view.event_filter.start] + ([day_of(view.period.start)] if view.period else [])
    # Typed with Latin digits, the title and marking print in the reader's, as titles do.
    options = BriefingOptions(
        in_digits(request.title.strip() or default_title(request), view.fmt),
        view.fmt,
        request.pages_wide,
        _shown_period(view, not events, request.generated),
        request.generated,
        view.hijri_tier,
        subtitle=describe(view.event_filter, len(events), view.fmt, view.order),
        subtitle_without_period=describe(
            view.event_filter, len(events), view.fmt, view.order, when=False
        ),
        marking=in_digits(request.marking.strip(), view.fmt),
        table=request.table,
        author=request.author or _user(),
        since=max((day for day in firsts if day is not None), default=None),
        until=view.event_filter.end if view.period is None else None,
    )
    threads = threads_of(store.database, [event.id for event in events if event.id is not None])
    return Briefing(_source(store, request), events, options, page_layout, progress, threads)


def pages_wide_used(store: EventStore, request: ExportRequest) -> int:
    """How many pages wide the timeline of ``request``'s briefing takes: those asked, or
    fewer where a part would hold no event of its own or a thin selection would leave its
    pages emptier (see :class:`Briefing`), which the export dialog says before the export.
    Laid out only for a selection that may take fewer (at most :data:`THIN_MOST` events, as
    the store counts them): a larger one takes those asked."""
    if request.pages_wide <= 1:
        return 1
    if store.count(request.view.event_filter) > THIN_MOST:
        return request.pages_wide
    return plan_briefing(store, request, request.page.page_layout()).timeline_pages


def print_briefing(
    store: EventStore,
    device: QPagedPaintDevice,
    request: ExportRequest,
    progress: Progress | None = None,
) -> bool:
    """The briefing onto a printer (or preview), laid out for the paper chosen there."""
    briefing = plan_briefing(store, request, device.pageLayout(), progress)
    return paint_document(device, briefing)


def _drawing(store: EventStore, request: ExportRequest) -> tuple[TimelineDrawing, int, str]:
    """The picture's timeline, how many events it shows and what it says under them: where
    it shows none, what a briefing's first page says (an empty axis said nothing)."""
    source, view = _source(store, request), request.view
    period = _shown_period(view, not len(source.index), request.generated)
    drawing = TimelineDrawing(
        source,
        view.fmt,
        content_size(request.page.page_layout()),
        period,
        # No event, no legend to key the today line: the note says why the axis is empty.
        today=request.generated if len(source.index) else None,
        hijri_tier=view.hijri_tier,
        within=asked_days(view.event_filter.start, view.event_filter.end),
    )
    drawing.shorten_to_rows(BAND_PADDING, 0.0)  # a picture as tall as its rows, not a page
    index = source.index
    shown = int(np.count_nonzero(drawing.period.touches(index.starts, index.ends)))
    note = "" if shown else word("none_match" if period is None else "none", view.fmt)
    return drawing, shown, note


class Exported(NamedTuple):
    """What an export wrote: how many events it shows, on how many pages (0: a picture)."""

    events: int
    pages: int


def export_file(
    store: EventStore,
    path: Path,
    request: ExportRequest,
    progress: Progress | None = None,
) -> Exported:
    """Write the export ``path``'s suffix names; say how many events it shows, on how many
    pages.

    ExportError (one line) when the file cannot be written; ExportCancelled when
    ``progress`` returned False — in both cases the destination is as it was.
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportError(message("export.not_a_briefing_format", known=known), about=path)
    shown = pages = 0

    def produce() -> bytes:
        nonlocal shown, pages
        if suffix == ".pdf":
            page_layout = request.page.page_layout()
            briefing = plan_briefing(store, request, page_layout, progress)
            shown, pages = briefing.glance.total, briefing.page_count
            return pdf_bytes(briefing, page_layout)
        steps = Steps(progress, 1)
        drawing, shown, note = _drawing(store, request)
        # Typed with Latin digits, it prints in the reader's, as in a briefing.
        marking = in_digits(request.marking.strip(), request.view.fmt)
        title = request.title.strip() or default_title(request)
        if suffix == ".png":
            data = png_bytes(drawing, request.dpi, title, marking, note)
        else:
            data = svg_bytes(drawing, title, marking, note)
        steps.advance()
        return data

    write_atomically(path, produce)
    return Exported(shown, pages)
