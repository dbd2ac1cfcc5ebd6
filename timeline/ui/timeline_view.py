"""The zoomable timeline widget: map-like navigation over the shared layout and painter."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline.domain.countries import country_names
from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, in_digits, shown_title
from timeline.domain.direction import ltr
from timeline.domain.event import Event
from timeline.domain.period import Period, asked_days, day_number, days_held, navigate, pan, zoom
from timeline.domain.status import kind_and_status
from timeline.render import ahead
from timeline.render.index import EventSource, MemorySource
from timeline.render.lanes_scroll import LanesBand, Rest, ScrolledLanes, note_shift, scrolled_parts
from timeline.render.layout import (
    LayoutOptions,
    StackingCache,
    draws_the_same,
    fit_layout,
    lanes_height,
    layout,
    legend_kept_height,
    ready_ids,
)
from timeline.render.note import NoteLink, QuietNote, QuietWords
from timeline.render.painter import TimelinePainter
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale
from timeline.render.shapes import ClusterShape, EventShape, TimelineLayout
from timeline.store.errors import StoreError
from timeline.ui.error_words import said
from timeline.view.source import StoreSource

WHEEL_STEP = 1.2  # zoom factor of one wheel notch (120 units)
KEY_ZOOM = 1.5
PAN_FRACTION = 0.2  # an arrow key moves a fifth of the view
TODAY_LINE_REACH = 4.0  # pixels either side of the today line that say what it is on hover
CLICK_SLOP = 4  # pixels a press may move and still be a click
MINIMUM_HEIGHT = 230  # the axis, three rows and the density strip
#: How far ahead of a pan the view makes ready what comes into view: a share of its width
#: (half: five of the benchmark's steps, two presses of an arrow key and more, a long drag).
PAN_AHEAD = 0.5
STRIP_GRAB = 5  # pixels either side of the overview window's edge that resize it
MIN_SPAN = 0.5  # days: the narrowest view the overview window can be squeezed to


@dataclass(frozen=True)
class _PaintState:
    """What a frame's pixels depend on besides its layout (the painter by identity)."""

    painter: TimelinePainter
    fmt: DateFormat
    selected: int | None
    focus: int | None
    highlighted: frozenset[int]
    ratio: float
    note_hover: int | None  # the event of the note over an empty view under the mouse
    scrolled: int  # pixels the lanes are scrolled by under the axis


class TimelineView(QWidget):
    """Shows events in time; wheel zooms around the cursor, drag pans, click selects."""

    eventSelected = Signal(object)  # event id or None
    eventActivated = Signal(int)  # Enter / double-click on an event
    periodChanged = Signal()
    textPasted = Signal(str)  # Ctrl+V with text: an article to read events from
    unavailable = Signal(str)  # the events could not be read (a server away): why
    readableAgain = Signal()  # a frame read its events after one that could not
    lanesScrolled = Signal()  # the lanes' scroll moved, or its stops changed (lanes_scroll)

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        """``today``: the clock the red today line is drawn at, asked for each frame (the
        window's, so that the line and what needs attention are of the same day)."""
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(MINIMUM_HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._painter = TimelinePainter()
        self._fmt = DateFormat()
        self._events: list[Event] | None = []  # kept when shown from memory, to re-measure
        self._source: EventSource = MemorySource.single([], self._painter.measurer.width, "en")
        self._cache = StackingCache(self._source)
        self._period = Period.around(date(2024, 1, 1), date(2025, 12, 31))
        self._fitted = False  # showing "fit all": refitted when the view is resized
        self._selected: int | None = None
        self._hovered: int | None = None  # the event under the mouse, when it has ties
        self._note_hover: int | None = None  # the note's event under the mouse (empty view)
        #: When and where the last click went to one of the note's events: the second click
        #: of a double-click there neither zooms nor selects or opens what then lies under
        #: the mouse.
        self._note_click: tuple[int, QPointF] | None = None
        self._quiet = self._quiet_words()
        self._layout: TimelineLayout | None = None
        self._painted: TimelineLayout | None = None  # the last frame shown, kept on a failure
        self._unreadable = False  # the last frame could not read its events
        self._press: QPointF | None = None
        self._press_period: Period | None = None
        self._dragged = False
        self._strip_grab: tuple[str, float, Period] | None = None  # overview drag: how, x, view
        self._today = today
        self.hijri_tier = True
        # Between frames, the events around the view are read ahead, a batch at a time.
        self._read_ahead = QTimer(self)
        self._read_ahead.setSingleShot(True)
        self._read_ahead.setInterval(0)
        self._read_ahead.timeout.connect(self._read_ahead_step)
        #: Notches whose events are still to read ahead (zoom factors), the way the wheel
        #: last turned first.
        self._zoom_ahead: list[float] = []
        self._heading = WHEEL_STEP
        self._wheel_x: float | None = None  # where the last notch zoomed about (None: middle)
        self._panning = False  # the last change of period kept its span
        self._zoomed = False  # the last change of period was a notch (or a key's zoom)
        #: After a pan, the view's period moved by a share of its span the way it last
        #: moved: what the next pans bring into view, made ready first between frames.
        self._pan_ahead: Period | None = None
        self._pan_later = True  # the way the view was last panned: toward later time
        #: The frame of the next notch the way the wheel last turned, laid out (and its
        #: images made) between frames: what it was laid out for, and the layout.
        self._next: tuple[tuple[object, ...], TimelineLayout] | None = None
        #: That frame drawn too, between frames: its layout, what else the drawing depended
        #: on (:meth:`_paint_state`) and the picture, which the notch then only copies.
        self._drawn_ahead: tuple[TimelineLayout, _PaintState, QImage] | None = None
        #: The last picture drawn ahead, kept once its frame is of no use: the next is drawn
        #: over it. At 4K a new picture is 30 MB of fresh memory, whose first writes cost
        #: 8 ms more than its drawing, and freeing it 1 ms of the step that dropped it.
        self._spare_picture: QImage | None = None
        self._lanes = ScrolledLanes()  # lanes taller than the view, scrolled under the axis

    # -- state ------------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return self._period

    @property
    def source(self) -> EventSource:
        return self._source

    @property
    def selected_id(self) -> int | None:
        return self._selected

    @property
    def highlighted(self) -> frozenset[int]:
        """The events drawn as one with the selected or hovered event: the other steps of
        its agreement and the events linked to it (empty when it has none)."""
        ties = self._source.ties()
        if not ties:
            return frozenset()
        return ties.related(self._selected) | ties.related(self._hovered)

    def set_date_format(self, fmt: DateFormat) -> None:
        language_changed = fmt.language != self._fmt.language
        self._fmt = fmt
        self._quiet = self._quiet_words()  # the window's translations change with it
        if language_changed and self._events is not None:
            self.set_events(self._events)  # titles, and so label widths, change
        self._invalidate()

    def set_events(self, events: Sequence[Event]) -> None:
        """Show these events (each with an id) in one lane."""
        self._events = list(events)
        self._show(MemorySource.single(self._events, self._painter.measurer.width, self.language))

    def set_source(self, source: EventSource) -> None:
        """Show the events of a source (a database, lanes of partners...)."""
        self._events = None
        self._show(source)

    def _show(self, source: EventSource) -> None:
        self._source = source
        self._cache = StackingCache(source, ahead=True)
        # Laid out (and drawn) over the last source's events, which they would keep.
        self._next = None
        self._drop_drawn_ahead()
        if self._selected is not None and source.index.position(self._selected) is None:
            self._selected = None
        self._fit_lanes()
        self._invalidate()

    def _fit_lanes(self) -> None:
        """Laid out as tall as its lanes need, each the rows its events need at the zoom shown (two
        at least, :func:`lane_rows`): the lanes scroll to those under the timeline's edge
        (at 1920×1080 the eight lanes of the kinds went on under the density strip, the
        last two unseen; with two rows each, a lane of Morocco's partners left a label out
        while the view scrolled anyway). Asked again as the zoom level changes."""
        lanes = len(self._source.index.lane_titles)
        needed = 0
        if lanes > 1:
            options = self._options()
            needed = math.ceil(lanes_height(self._cache, self._period, self.width(), options))
        if needed != self._lanes.needed:
            self._lanes.needed = needed
            self._layout = None

    def text_width(self, text: str) -> float:
        """The width of a label in the timeline's font."""
        return self._painter.measurer.width(text)

    def char_px(self) -> float:
        """A generous average glyph width, to size labels from title lengths alone."""
        return self._painter.char_px

    @property
    def language(self) -> str:
        return self._fmt.language

    def set_period(self, period: Period, laid_out: TimelineLayout | None = None) -> None:
        """``laid_out``: the frame of exactly ``period``, made already (fit all decides on
        it), which those told of the move (the window's list) then find in place."""
        period = navigate(period)
        if period != self._period:
            # Moved along without zooming (a pan, a drag): no notch is laid out ahead.
            self._panning = math.isclose(period.span, self._period.span)
            self._zoomed = False
            if self._panning:
                self._pan_later = period.start > self._period.start
            self._period = period
            self._fitted = False
            self._fit_lanes()  # lanes taller or lower at another zoom level
            self._invalidate()
            self._layout = self._laid_out_ahead(period)
            if laid_out is not None and self._made_for(laid_out, period):
                self._layout = laid_out
            self.periodChanged.emit()

    def fit_all(self) -> None:
        """Show every event with a small margin and room for the last labels (Home); the
        view stays fitted as the window is resized, until it is zoomed or panned."""
        fitted = fit_layout(
            self._cache,
            float(self.width()),
            float(self.laid_out_height()),
            self._painter.measurer.width,
            self._options(),
        )
        if fitted is None:
            return
        period, made = fitted
        self.set_period(period, made)
        self._fitted = True
        if self._made_for(made, period):  # laid out already, to decide
            self._layout = made

    def _made_for(self, made: TimelineLayout, period: Period) -> bool:
        """Whether a layout is this frame's: of ``period``, the view's, at the view's height
        (which its lanes may have changed as the zoom level did)."""
        height = self.laid_out_height()
        return made.scale.period == period == self._period and made.height == height

    def zoom_at(self, factor: float, x: float | None = None) -> None:
        """Zoom by ``factor`` keeping the date under ``x`` (default: the middle) in place."""
        anchor = self._period.middle if x is None else self._scale_day(x)
        self._heading = WHEEL_STEP if factor >= 1 else 1 / WHEEL_STEP
        self._wheel_x = x
        self.set_period(zoom(self._period, factor, anchor))
        self._zoomed = True

    def pan_view(self, fraction: float) -> None:
        """Move toward later time by a fraction of the view (negative: earlier)."""
        self.set_period(pan(self._period, self._period.span * fraction))

    def go_to(self, day: date, days: float | None = None) -> None:
        """Centre the view on a day, keeping the zoom unless ``days`` says how many to show."""
        middle = day_number(day) + 0.5
        half = (days or self._period.span) / 2
        self.set_period(Period(middle - half, middle + half))

    def set_hijri_tier(self, shown: bool) -> None:
        self.hijri_tier = shown
        self._fit_lanes()
        self._invalidate()

    def set_selected(self, event_id: int | None, reveal: bool = True) -> None:
        if event_id == self._selected:
            return
        self._selected = event_id
        event = self._event(event_id)
        # What a screen reader says as Up/Down step through the events: date, then title.
        spoken = ""
        if event is not None:
            spoken = f"{self._fmt.event_date(event.date)}: {self._title(event)}"
        self.setAccessibleDescription(spoken)
        if event is not None and reveal:
            start, end = days_held(event.date)
            if end < self._period.start or start > self._period.end:
                self.go_to(event.date.earliest())
        self.update()
        self.eventSelected.emit(event_id)

    def lane_of(self, event_id: int) -> Rect | None:
        """The lane ``event_id`` is in, in the frame's pixels (the lanes unscrolled); None
        in one lane, or for an event the view does not hold."""
        index = self._source.index
        position = index.position(event_id)
        lanes = self.current_layout().lanes
        if position is None or len(lanes) < 2:
            return None
        lane = int(index.lanes[position])
        return lanes[lane].rect if lane < len(lanes) else None

    def show_lane_of(self, event_id: int) -> None:
        """Scroll the lanes, where they are taller than the view, to show the lane of
        ``event_id`` whole (its top, where it is taller than the room)."""
        lane = self.lane_of(event_id)
        stop = None if lane is None else self._lanes.stop_showing(self.lanes_band(), lane)
        if stop is not None:
            self.scroll_lanes_to(stop)

    # -- lanes taller than the view (ScrolledLanes) -----------------------------------------

    @property
    def lanes_offset(self) -> int:
        """Pixels the lanes are scrolled by under the axis (0 where they fit)."""
        return round(self._lanes.scrolled)

    def lanes_taller(self) -> bool:
        """Whether the lanes are taller than the view, and scroll."""
        return self.laid_out_height() > self.height()

    def laid_out_height(self) -> int:
        """The height of the view's frames: the view's, or the lanes' where they need more
        (they then scroll between the axis and the density strip, which stay)."""
        return self._lanes.laid_out_height(self.height())

    def legend_kept_height(self, width: int) -> float:
        """The least height at which the view, ``width`` pixels across, draws its legend
        (:func:`timeline.render.layout.legend_kept_height`; infinite where it draws none)."""
        return legend_kept_height(
            self._cache, self._period, float(width), self._painter.measurer.width, self._options()
        )

    def draws_the_same(self, width: int, height: int, lower: int) -> bool:
        """Whether the view, ``width`` pixels across, draws ``lower`` pixels tall what it
        draws ``height`` tall (:func:`timeline.render.layout.draws_the_same`), its lanes
        unscrolled at both (lanes that scroll show less of themselves in less room)."""
        if self._lanes.laid_out_height(lower) != lower:
            return False
        shown = (width, height) == (self.width(), self.laid_out_height())
        return draws_the_same(
            self._cache,
            self._period,
            float(width),
            (float(height), float(lower)),
            self._painter.measurer.width,
            self._options(),
            self.current_layout() if shown else None,  # the frame shown, made already
        )

    def lanes_band(self) -> LanesBand:
        """Where the lanes of the frame shown scroll, and the stops they rest at (kept at
        the stop nearest to where they were as the frame changes)."""
        band, rest = self._lanes.band(self.current_layout(), self.height(), self._cache.geometry)
        if rest is Rest.MOVED:
            self._drop_drawn_ahead()
        if rest is not Rest.KEPT:
            self.lanesScrolled.emit()
        return band

    def lanes_scroll(self) -> tuple[int, int, int]:
        """The lanes' scroll as a scroll bar shows it, in stops (rows and lanes' tops): the
        stop shown, the last, and as many as a page holds (0 for the last: not scrolled)."""
        return self._lanes.bar(self.lanes_band())

    def scroll_lanes_to(self, stop: int) -> None:
        """Scroll the lanes to rest at one of their stops (a number from :meth:`lanes_scroll`)."""
        if self._lanes.scroll_to(self.lanes_band(), stop):
            self.update()
            self.lanesScrolled.emit()

    def scroll_lanes_by(self, pages: float) -> None:
        """Scroll the lanes down (up: negative) by about ``pages`` of their band (Page Down,
        Page Up), resting on a stop (:meth:`page_stop`)."""
        self.scroll_lanes_to(self.page_stop(pages))

    def page_stop(self, pages: float) -> int:
        """The stop ``pages`` of the lanes' band down (up: negative) from the one shown
        (:meth:`ScrolledLanes.page_stop`)."""
        return self._lanes.page_stop(self.lanes_band(), pages)

    def _in_frame(self, point: QPointF) -> QPointF:
        """Where a point of the view lies in its frame: the axis and what lies under the
        lanes stay, the lanes are scrolled (a point under their shown rows hits nothing)."""
        made = self.current_layout()
        if made.height <= self.height():
            return point
        y = self._lanes.in_frame(made, self.lanes_band(), self.height(), point.y())
        return QPointF(point.x(), y)

    def current_layout(self) -> TimelineLayout:
        if self._layout is None:
            self._layout = layout(
                self._cache,
                self._period,
                float(self.width()),
                float(self.laid_out_height()),
                self._painter.measurer.width,
                self._options(),
            )
        return self._layout

    def _options(self) -> LayoutOptions:
        return LayoutOptions(
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            fmt=self._fmt,
            today=self._today(),
            hijri_tier=self.hijri_tier,
            geometry=self._cache.geometry,
            quiet=self._quiet,
            rows_as_needed=True,
            fit_within=self._asked_days(),
            statuses=self._source.statuses,
        )

    def _asked_days(self) -> Period | None:
        """The days the filter asks for, which "fit all" keeps to: a week of the Emirates
        and Nigeria showed the whole of 2024, its year-long events' year, the week's own
        events under a badge."""
        if not isinstance(self._source, StoreSource):
            return None
        return asked_days(self._source.event_filter.start, self._source.event_filter.end)

    def _quiet_words(self) -> QuietWords:
        """What the note over a view with no event in it says (:mod:`timeline.render.note`)."""
        return QuietWords(self.tr("No events in this period"))

    def _title(self, event: Event) -> str:
        """``event``'s title as its label draws it: its numbers in the reader's digits."""
        return shown_title(event, self._fmt)

    def _event(self, event_id: int | None) -> Event | None:
        if event_id is None or self._source.index.position(event_id) is None:
            return None
        return self._source.events([event_id])[event_id]

    def _invalidate(self) -> None:
        self._layout = None
        self.update()
        if self.isVisible():  # a frame will be painted: the worker waits for it
            ahead.hold()

    def _frame_key(self, period: Period) -> tuple[object, ...]:
        """What a frame's layout depends on besides the events: for the next notch's,
        laid out ahead, to be used only for the frame it was made for."""
        return (period, self._cache, self.width(), self.laid_out_height(), self._options())

    def _laid_out_ahead(self, period: Period) -> TimelineLayout | None:
        """The layout made between frames for this period, if it is this frame's."""
        made, self._next = self._next, None
        if made is None or made[0] != self._frame_key(period):
            self._drop_drawn_ahead()
            return None
        return made[1]

    def _drop_drawn_ahead(self) -> None:
        """Forget the frame drawn ahead, keeping its picture to draw the next over."""
        if self._drawn_ahead is not None:
            self._spare_picture = self._drawn_ahead[2]
            self._drawn_ahead = None

    def _lay_out_ahead(self, factor: float) -> None:
        """Lay out the frame of the next notch by ``factor`` about where the wheel last
        turned, make the images its painting copies and draw it: that notch then only
        copies its picture (stacking, reading, shaping and drawing what it shows are done
        here, between frames)."""
        x = self._wheel_x
        anchor = self._period.middle if x is None else self._scale_day(x)
        period = navigate(zoom(self._period, factor, anchor))
        key = self._frame_key(period)
        made = layout(
            self._cache,
            period,
            float(self.width()),
            float(self.laid_out_height()),
            self._painter.measurer.width,
            self._options(),
        )
        self._next = (key, made)
        self._painter.prepare_frame(made, self._fmt)
        self._drop_drawn_ahead()
        if not self.size().isEmpty():  # a picture of no pixels takes no painting
            self._drawn_ahead = (made, self._paint_state(), self._picture(made))

    def _paint_state(self) -> _PaintState:
        focus = self._selected if self.hasFocus() else None
        ratio = self.devicePixelRatioF()
        return _PaintState(
            self._painter,
            self._fmt,
            self._selected,
            focus,
            self.highlighted,
            ratio,
            self._note_hover,
            round(self._lanes.scrolled),
        )

    def _draw(self, painter: QPainter, made: TimelineLayout) -> None:
        state = self._paint_state()
        if made.height <= self.height():
            self._painter.paint(
                painter,
                made,
                state.fmt,
                state.selected,
                state.focus,
                state.highlighted,
                state.note_hover,
            )
            return
        self._draw_scrolled(painter, made, state)

    def _draw_scrolled(self, painter: QPainter, made: TimelineLayout, state: _PaintState) -> None:
        """A frame taller than the view: its lanes scrolled between its axis and what lies
        under them, which stay in place (:func:`scrolled_parts`). The painter, the
        exports', draws each part clipped."""
        if made is self._layout:
            band, offset = self.lanes_band(), self._lanes.scrolled
        else:  # drawn ahead: at the stop its lanes will rest at when shown
            band, offset = self._lanes.ahead(made, self.height(), self._cache.geometry)
        cut = self._lanes.cut(made, band, offset)
        for part in scrolled_parts(made, band, offset, cut, self.width(), self.height()):
            clip = part.clip
            painter.save()
            painter.setClipRect(QRect(int(clip.x), int(clip.y), int(clip.width), int(clip.height)))
            painter.translate(0, part.dy)
            self._painter.paint(
                painter,
                part.layout,
                state.fmt,
                state.selected if part.lanes else None,
                state.focus if part.lanes else None,
                state.highlighted if part.lanes else frozenset(),
                state.note_hover if part.lanes else None,
            )
            painter.restore()

    def _picture(self, made: TimelineLayout) -> QImage:
        """``made`` drawn as the widget would draw it, at the screen's pixel density (the
        painter fills the whole frame: the picture is opaque, and copied it is the same)."""
        ratio = self.devicePixelRatioF()
        width, height = round(self.width() * ratio), round(self.height() * ratio)
        picture, self._spare_picture = self._spare_picture, None
        if picture is None or (picture.width(), picture.height()) != (width, height):
            picture = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        self._draw(painter, made)
        painter.end()
        return picture

    def _scale(self) -> TimeScale:
        """The period across the view: the last frame's, else what a frame would use, without
        laying one out (a wheel notch right after a jump would otherwise lay out the frame
        it leaves)."""
        if self._layout is not None:
            return self._layout.scale
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return TimeScale(self._period, 0.0, float(self.width()), rtl)

    def _scale_day(self, x: float) -> float:
        return self._scale().day(x)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        with ahead.frame():  # the worker stacking levels ahead waits meanwhile
            self._paint_frame()
        if isinstance(self._source, StoreSource):
            self._zoom_ahead = [self._heading, 1 / self._heading]
            self._pan_ahead = None
            if self._panning:
                days = self._period.span * PAN_AHEAD
                self._pan_ahead = pan(self._period, days if self._pan_later else -days)
            self._read_ahead.start()

    def _paint_frame(self) -> None:
        try:
            self._painted = self.current_layout()
            self.lanes_band()  # the lanes rest where they can in this frame (another zoom)
            if self._selected is None:
                self._speak_note(self._painted.note)
            if self._unreadable:
                self._unreadable = False
                self.readableAgain.emit()
        except StoreError as error:
            # The events on screen could not be read (a server away): the last frame stays,
            # and the window says why, as a failed reload does.
            self._unreadable = True
            self.unavailable.emit(said(error, self._fmt))
        painter = QPainter(self)
        drawn = self._drawn_ahead
        if self._painted is None:
            painter.fillRect(self.rect(), self.palette().base())
        elif drawn and drawn[0] is self._painted and drawn[1] == self._paint_state():
            painter.drawImage(QPointF(0, 0), drawn[2])  # the frame drawn between frames
        else:
            self._draw(painter, self._painted)
        painter.end()

    def _read_ahead_step(self) -> None:
        """Read ahead, a step at a time: after a pan, first what the view shows moved half
        its width on the way it went (stacked, read, its labels' images made: a drag or the
        next pans bring them into view, frame after frame); else first the frame of the next
        wheel notch the way the wheel last turned, laid out and its images made, and after a
        jump (to a date, to fit all: not a notch) what an arrow key either way would draw,
        made ready as after a pan (a jump is followed by a notch or a pan: one turn readies
        both; after a notch, by another, most often); then what
        a notch would draw (stacked here if the worker has not, or if no worker does: a lane
        of many events), then the events within a view's width either side of this one (and
        the two nearest outside it, which a quiet view's note offers), so that the next
        notch or pan finds what it draws stacked and read."""
        source, period = self._source, self._period
        if not isinstance(source, StoreSource) or self._layout is None:
            return
        try:
            if self._pan_ahead is not None:  # the way the view was panned
                self._make_ready(source, self._layout, self._pan_ahead)
                self._pan_ahead = None
                more = True
            elif len(self._zoom_ahead) == 2 and not self._panning:  # the way the wheel turned
                self._lay_out_ahead(self._zoom_ahead.pop(0))
                if not self._zoomed:  # a jump: the next step may as well be a pan either way
                    for way in (PAN_FRACTION, -PAN_FRACTION):
                        self._make_ready(source, self._layout, pan(period, period.span * way))
                more = True
            elif self._zoom_ahead:  # what a notch would show
                near = navigate(zoom(period, self._zoom_ahead.pop(0), period.middle))
                shown = ready_ids(self._cache, self._layout, near, self._options(), stack=True)
                ready = source.read_ahead_of(shown)
                self._painter.prepare_labels(self._title(event) for event in ready)
                more = True
            else:
                # The events either side of the view, which the note over a view with
                # nothing in it offers: a pan on into a quiet stretch finds them read.
                index = source.index
                either_side = (index.last_before(period.start), index.first_from(period.end))
                source.read_ahead_of([int(index.ids[at]) for at in either_side if at is not None])
                more = source.read_ahead(period.start - period.span, period.end + period.span)
        except StoreError:
            return  # the next frame says why
        if more:
            self._read_ahead.start()

    def _make_ready(self, source: StoreSource, shown: TimelineLayout, period: Period) -> None:
        """Stack what a frame of ``period`` the size of ``shown`` draws, read its events
        and make its labels' images: that frame then only copies them."""
        ids = ready_ids(self._cache, shown, period, self._options(), stack=True)
        ready = source.read_ahead_of(ids)
        height = self._cache.geometry.label_height
        titles = (self._title(event) for event in ready)
        self._painter.prepare_label_images(titles, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            if self._fitted:
                self.fit_all()
            self._fit_lanes()  # another width, maybe another zoom level

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._invalidate()
        super().changeEvent(event)

    # -- mouse ------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        x = event.position().x()
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if delta.x() and not delta.y():
            # A sideways swipe moves the content with the fingers, like a drag.
            pixels = delta.x() / 2
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            days = pixels / self._scale().pixels_per_day
            self.set_period(pan(self._period, days if rtl else -days))
        elif delta.y() and shifted and self.lanes_taller():
            # Shift with the wheel scrolls lanes taller than the view, a few rows a notch.
            lines = QGuiApplication.styleHints().wheelScrollLines()
            self.scroll_lanes_to(self.lanes_scroll()[0] - round(delta.y() / 120 * lines))
        elif delta.y():
            self.zoom_at(WHEEL_STEP ** (delta.y() / 120), x)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            gesture = event
            assert isinstance(gesture, QNativeGestureEvent)
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_at(1.0 + gesture.value(), gesture.position().x())
                return True
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            self._show_tooltip(event)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press_overview(event):
            return
        if self._second_note_click(event):
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_period = self._period
            self._dragged = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._strip_grab is not None:
            self._drag_overview(event.position().x())
            return
        if self._press is None or self._press_period is None:
            self._hover_overview(event.position())
            self._hover_event(event.position())
            self._hover_note(event.position())
            return
        moved = event.position() - self._press
        if not self._dragged and abs(moved.x()) + abs(moved.y()) < CLICK_SLOP:
            return
        self._dragged = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        # The date under the cursor at the press follows the cursor.
        scale = self._scale()
        days = (moved.x() / scale.pixels_per_day) * (1 if scale.rtl else -1)
        start = self._press_period.start + days
        self.set_period(Period(start, start + self._press_period.span))

    def _hover_event(self, point: QPointF) -> None:
        """Highlight the thread of the event under the mouse (only events with ties)."""
        if not self._source.ties():
            return
        at = self._in_frame(point)
        shape = self.current_layout().event_at(at.x(), at.y())
        hovered = shape.event.id if shape is not None else None
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()

    def _note_link_at(self, point: QPointF) -> NoteLink | None:
        """The nearest event the note over an empty view offers under ``point``, if any."""
        made = self.current_layout()
        if made.note is None:
            return None
        y = point.y()
        if made.height > self.height():  # moved into the lanes shown (note_shift)
            y -= note_shift(made, self.lanes_band())
        return made.note.link_at(point.x(), y)

    def _hover_note(self, point: QPointF) -> None:
        """Over one of the note's events: a hand, and its date underlined."""
        link = self._note_link_at(point)
        hovered = None if link is None else link.event_id
        if link is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        if hovered != self._note_hover:
            self._note_hover = hovered
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        if self._note_hover is not None:
            self._note_hover = None
            self.update()
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._strip_grab is not None and event.button() == Qt.MouseButton.LeftButton:
            self._strip_grab = None
            self.unsetCursor()
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragged
        self._press = None
        self._press_period = None
        self._dragged = False
        self.unsetCursor()
        if was_drag:
            return
        link = self._note_link_at(event.position())
        if link is not None:
            self.go_to_event(link.event_id)
            self._note_click = (event.timestamp(), event.position())
            return
        at = self._in_frame(event.position())
        x, y = at.x(), at.y()
        current = self.current_layout()
        cluster = current.cluster_at(x, y)
        if cluster is not None:
            self._zoom_to_cluster(cluster)
            return
        shape = current.event_at(x, y)
        self.set_selected(shape.event.id if shape else None, reveal=False)

    def _second_note_click(self, event: QMouseEvent) -> bool:
        """Whether ``event`` (a press, or the double-click Qt sends after it) is the second
        click of a double-click on one of the note's events, which has gone there already."""
        if self._note_click is None:
            return False
        when, where = self._note_click
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        moved = event.position() - where
        if event.timestamp() - when <= interval and abs(moved.x()) + abs(moved.y()) < CLICK_SLOP:
            return True
        self._note_click = None
        return False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._second_note_click(event):
            self._note_click = None
            return
        at = self._in_frame(event.position())
        x, y = at.x(), at.y()
        shape = self.current_layout().event_at(x, y)
        if shape is not None and shape.event.id is not None:
            self.set_selected(shape.event.id, reveal=False)
            self.eventActivated.emit(shape.event.id)
        elif self.current_layout().cluster_at(x, y) is None:
            self.zoom_at(2.0, x)

    # -- the overview strip ------------------------------------------------------------------

    def _strip_part(self, point: QPointF) -> str | None:
        """Which part of the overview strip is under ``point``: a window edge, the window,
        the strip around it, or None off the strip."""
        overview = self.current_layout().overview
        at = self._in_frame(point)
        if overview is None or not overview.rect.contains(at.x(), at.y()):
            return None
        window, x = overview.window, point.x()
        if overview.beyond:
            # The marker of a view beyond the strip has no edges of the view's to resize: a
            # press there, as beside it, brings the view onto the strip under the mouse.
            return "strip"
        if abs(x - window.x) <= STRIP_GRAB:
            return "left"
        if abs(x - window.right) <= STRIP_GRAB:
            return "right"
        return "window" if window.x < x < window.right else "strip"

    def _press_overview(self, event: QMouseEvent) -> bool:
        """Grab the view's window on the strip: its edges resize it, its middle moves it,
        and a press beside it brings the view there first."""
        part = self._strip_part(event.position())
        if part is None:
            return False
        x = event.position().x()
        if part == "strip":
            overview = self.current_layout().overview
            assert overview is not None
            middle, half = overview.scale.day(x), self._period.span / 2
            self.set_period(Period(middle - half, middle + half))
            part = "window"
        self._strip_grab = (part, x, self._period)
        self._hover_overview(event.position())
        return True

    def _drag_overview(self, x: float) -> None:
        assert self._strip_grab is not None
        part, pressed_x, before = self._strip_grab
        overview = self.current_layout().overview
        if overview is None:
            return
        if part == "window":
            days = overview.scale.day(x) - overview.scale.day(pressed_x)
            self.set_period(Period(before.start + days, before.end + days))
            return
        # The edge under the mouse is the view's start or end, by reading direction.
        moves_start = (part == "left") != overview.scale.rtl
        day = overview.scale.day(x)
        if moves_start:
            self.set_period(Period(min(day, before.end - MIN_SPAN), before.end))
        else:
            self.set_period(Period(before.start, max(day, before.start + MIN_SPAN)))

    def _hover_overview(self, point: QPointF) -> None:
        part = self._strip_part(point)
        if part in ("left", "right"):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        elif part is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def _zoom_to_cluster(self, cluster: ClusterShape) -> None:
        """Its events' days with a margin, or without where the margin would zoom out; where
        the view is no wider than them already (a day's crowd at the closest zoom), each
        click selects the next of its events instead: zooming out hid them further."""
        around = Period.around(_day(cluster.first_day), _day(cluster.last_day - 1))
        for period in (around, navigate(Period(cluster.first_day, cluster.last_day))):
            if period.span < self._period.span:
                self.set_period(period)
                return
        hidden = cluster.event_ids
        if hidden:
            after = hidden.index(self._selected) + 1 if self._selected in hidden else 0
            self.set_selected(hidden[after % len(hidden)], reveal=False)

    # -- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if text.strip():
                self.textPasted.emit(text)
            event.accept()
            return
        key = event.key()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_at(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_at(1 / KEY_ZOOM)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            toward_right = key == Qt.Key.Key_Right
            later = toward_right != rtl  # right is later in LTR, earlier in RTL
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.go_to_neighbour(later)
            else:
                self.pan_view(PAN_FRACTION if later else -PAN_FRACTION)
        elif key == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.go_to_end(latest=False)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_End:
            self.go_to_end(latest=True)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_selection(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.eventActivated.emit(self._selected)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.set_selected(None)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.lanes_taller():
            self.scroll_lanes_by(1 if key == Qt.Key.Key_PageDown else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_selection(self, step: int) -> None:
        """Select the next (1) or previous (-1) event in time order, and show it. With
        nothing selected (or what is selected filtered away), Down selects the first event
        in view and Up the last, where the view stays; with none in view, the first after
        the view's middle or the last before it, centred (as Ctrl with an arrow key)."""
        index = self._source.index
        if len(index) == 0:
            return
        position = None if self._selected is None else index.position(self._selected)
        if position is not None:
            position = min(max(position + step, 0), len(index) - 1)
            self.set_selected(int(index.ids[position]))
            return
        position = self._in_view(first=step > 0)
        if position is not None:
            self.set_selected(int(index.ids[position]), reveal=False)
            return
        position = self._beyond_middle(later=step > 0)
        if position is not None:
            self.go_to_event(int(index.ids[position]))

    def _in_view(self, first: bool) -> int | None:
        """Where the first (or last) event in time order that the view touches stands (a
        bar begun before the view counts, as in the list): binary searches for those that
        start in view, and a look at the ends of those begun before only where none does."""
        index, period = self._source.index, self._period
        begun = index.first_from(period.start)
        begun = len(index) if begun is None else begun  # those before start before the view
        after = index.first_from(period.end)
        after = len(index) if after is None else after  # those from here start after it
        starts_in_view = begun < after
        if not first and starts_in_view:
            return after - 1
        reaching = np.flatnonzero(index.ends[:begun] > period.start)  # begun before, still on
        if first and len(reaching):
            return int(reaching[0])
        if starts_in_view:
            return begun
        return int(reaching[-1]) if len(reaching) else None

    def _beyond_middle(self, later: bool) -> int | None:
        """Where the first event to start on a later day than the view's middle stands, or
        the last to start on an earlier one (None: there is none that way)."""
        index = self._source.index
        day = math.floor(self._period.middle)
        return index.first_from(day + 1) if later else index.last_before(day)

    def go_to_event(self, event_id: int) -> None:
        """Centre the view on an event's first day, keeping the zoom, and select it: what
        the note over an empty view and Ctrl with an arrow key do."""
        position = self._source.index.position(event_id)
        if position is None:
            return
        middle = float(self._source.index.starts[position]) + 0.5
        half = self._period.span / 2
        self.set_period(Period(middle - half, middle + half))
        self.set_selected(event_id, reveal=False)

    def go_to_end(self, latest: bool) -> None:
        """End: the latest event (the last to begin), Ctrl+Home the earliest, centred at
        the same zoom and selected: what a desk officer looks up first is what happened
        last, and fitting everything (Home) shrinks it to a dot among decades."""
        index = self._source.index
        if len(index):
            self.go_to_event(int(index.ids[-1 if latest else 0]))

    def go_to_neighbour(self, later: bool) -> None:
        """Ctrl+→ / Ctrl+← (the other way round in Arabic): the next or previous event,
        centred and selected. Over an empty view, the one its note offers that way; from
        the selected event while it is in view, the next or previous in time order, as
        Down and Up; else the first to start on a later day than the view's middle, or the
        last to start on an earlier one. Binary searches in the index, at any size."""
        index = self._source.index
        if not len(index):
            return
        note = self.current_layout().note
        link = None if note is None else note.link(later)
        if link is not None:
            self.go_to_event(link.event_id)
            return
        period = self._period
        at = None if self._selected is None else index.position(self._selected)
        position: int | None
        if at is not None and period.touches(index.starts[at], index.ends[at]):
            position = at + 1 if later else at - 1
        else:
            position = self._beyond_middle(later)
        if position is not None and 0 <= position < len(index):
            self.go_to_event(int(index.ids[position]))

    # -- tooltip ----------------------------------------------------------------------------

    def _show_tooltip(self, event: QHelpEvent) -> None:
        pos = QPoint(event.pos())
        link = self._note_link_at(QPointF(pos))
        if link is not None:
            QToolTip.showText(event.globalPos(), self.note_tooltip_html(link), self)
            return
        at = self._in_frame(QPointF(pos))
        shape = self.current_layout().event_at(at.x(), at.y())
        cluster = self.current_layout().cluster_at(at.x(), at.y())
        if shape is not None:
            QToolTip.showText(event.globalPos(), self.tooltip_html(shape), self)
        elif cluster is not None:
            text = self._fmt.count(cluster.count, "more-here")
            QToolTip.showText(event.globalPos(), html.escape(text), self)
        elif self._on_today_line(at):
            day = self._fmt.event_date_with_hijri(EventDate.on(self._today()))
            text = self.tr("Today: %1").replace("%1", day)
            QToolTip.showText(event.globalPos(), html.escape(text), self)
        else:
            QToolTip.hideText()
            event.ignore()

    def _on_today_line(self, at: QPointF) -> bool:
        """Whether ``at`` (in the frame) is on the red today line, which said nothing of
        what it was: within a few pixels of it, between the axis and the lanes' foot."""
        layout = self.current_layout()
        if layout.today_x is None or abs(at.x() - layout.today_x) > TODAY_LINE_REACH:
            return False
        bottom = max((lane.rect.bottom for lane in layout.lanes), default=layout.height)
        return layout.axis_bottom <= at.y() <= bottom

    def note_tooltip_html(self, link: NoteLink) -> str:
        """One of the note's events: its whole title, its dates in both calendars, and
        how to go there from the keyboard (the arrow on its side of the view)."""
        event = self._event(link.event_id)
        lines = [f"<b>{html.escape(link.title)}</b>"]
        if event is not None:
            lines.append(html.escape(self._fmt.event_date_with_hijri(event.date)))
        lines.append(html.escape(self._way_to(link)))
        direction = "rtl" if self._fmt.language == "ar" else "ltr"
        return f'<div dir="{direction}">' + "<br/>".join(lines) + "</div>"

    def _way_to(self, link: NoteLink) -> str:
        """ "Go to the next event (Ctrl+→)": the key on the side of the view it stands."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        keys = ltr(f"Ctrl+{'→' if link.later != rtl else '←'}")
        if link.later:
            return self.tr("Go to the next event (%1)").replace("%1", keys)
        return self.tr("Go to the previous event (%1)").replace("%1", keys)

    def _speak_note(self, note: QuietNote | None) -> None:
        """With nothing selected, what a screen reader says of the timeline: the note over a
        view with no event, each event it offers with its key, date and title (a selected
        event's date and title otherwise, :meth:`set_selected`)."""
        spoken = ""
        if note is not None:
            offered = (f"{self._way_to(link)}: {link.date}: {link.title}." for link in note.links)
            spoken = " ".join([f"{note.heading}.", *offered])
        if spoken != self.accessibleDescription():
            self.setAccessibleDescription(spoken)

    def tooltip_html(self, shape: EventShape) -> str:
        """Title, dates in both calendars, countries, kind and place: all escaped, so text
        from the database can never act as markup."""
        language = self._fmt.language
        event = shape.event
        lines = [
            f"<b>{html.escape(self._title(event))}</b>",
            html.escape(self._fmt.event_date_with_hijri(event.date)),
            html.escape(country_names(event.countries, language, event.host)),
            html.escape(kind_and_status(event, language)),
        ]
        if event.place:
            lines.append(html.escape(in_digits(event.place.text_in(language), self._fmt)))
        direction = "rtl" if language == "ar" else "ltr"
        return f'<div dir="{direction}">' + "<br/>".join(lines) + "</div>"


def _day(number: float) -> date:
    return date.fromordinal(int(number))
