"""The timeline as a user drives it: wheel, drag, keys, clicks, clusters, both directions."""

from __future__ import annotations

import gc
import html
import time
import weakref
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from timeline.domain.countries import country_name
from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.io.sample import sample_events
from timeline.render import ahead
from timeline.render.painter import TimelinePainter
from timeline.render.raster import StaticTexts
from timeline.render.shapes import TimelineLayout
from timeline.store.repository import EventStore
from timeline.ui import timeline_view
from timeline.ui.timeline_view import WHEEL_STEP, TimelineView
from timeline.view.source import StoreSource


@pytest.fixture(params=["ltr", "rtl"])
def view(request, qtbot, english) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    if request.param == "rtl":
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    widget.set_date_format(english)
    events = [replace(e, id=n) for n, e in enumerate(sample_events(), start=1)]
    widget.set_events(events)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    return widget


def wheel(widget: TimelineView, x: float, notches: float) -> None:
    position = QPointF(x, 250)
    event = QWheelEvent(
        position,
        widget.mapToGlobal(position),
        QPoint(),
        QPoint(0, int(120 * notches)),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_zooms_in_around_the_date_under_the_mouse(view):
    x = 300.0
    before = view.current_layout().scale.day(x)
    span = view.period.span
    wheel(view, x, 2)
    assert view.period.span == pytest.approx(span / 1.2**2)
    assert view.current_layout().scale.day(x) == pytest.approx(before, abs=1e-6)
    wheel(view, x, -2)
    assert view.period.span == pytest.approx(span)


def test_dragging_moves_the_date_with_the_cursor(qtbot, view):
    start_x, end_x = 700, 500
    grabbed = view.current_layout().scale.day(start_x)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(start_x, 300))
    qtbot.mouseMove(view, QPoint(600, 300))
    qtbot.mouseMove(view, QPoint(end_x, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(end_x, 300))
    assert view.current_layout().scale.day(end_x) == pytest.approx(grabbed, abs=1e-6)


def test_arrow_keys_pan_in_the_reading_direction(qtbot, view):
    middle = view.period.middle
    qtbot.keyClick(view, Qt.Key.Key_Right)
    moved_later = view.period.middle > middle
    rtl = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert moved_later is (not rtl), "right is later in LTR, earlier in RTL"


def test_plus_minus_and_home(qtbot, view):
    fitted = view.period
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.period.span < fitted.span
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.period.span > fitted.span
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.period == fitted


def test_end_shows_the_latest_event_and_ctrl_home_the_earliest_at_the_same_zoom(qtbot, view):
    index = view.source.index
    ids = [int(event_id) for event_id in index.ids]
    events = view.source.events(ids)
    by_start = sorted(ids, key=lambda event_id: events[event_id].date.earliest())
    latest, earliest = by_start[-1], by_start[0]
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    span = view.period.span
    for key, modifier, wanted in (
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, latest),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier, earliest),
    ):
        with qtbot.waitSignal(view.eventSelected) as selected:
            qtbot.keyClick(view, key, modifier)
        assert selected.args == [wanted]
        assert view.period.span == pytest.approx(span), "the zoom is kept"
        start = float(index.starts[index.position(wanted)])
        assert view.period.middle == pytest.approx(start + 0.5), "centred on its first day"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.period.span > span, "Home alone still fits every event"


def test_down_and_up_step_through_events_in_time_order(qtbot, view):
    chosen = []
    view.eventSelected.connect(chosen.append)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    starts = [view.source.events([i])[i].date.earliest() for i in chosen]
    assert starts[:3] == sorted(starts[:3])
    assert chosen[3] == chosen[1]
    event = view.source.events([chosen[3]])[chosen[3]]
    assert view.accessibleDescription() == f"{view._fmt.event_date(event.date)}: {event.title_en}"


def test_click_selects_and_enter_opens(qtbot, view):
    shape = view.current_layout().events[2]
    rect = shape.marker_rect
    with qtbot.waitSignal(view.eventSelected) as selected:
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.x + 5), int(rect.y + 5))
        )
    assert selected.args == [shape.event.id]
    with qtbot.waitSignal(view.eventActivated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [shape.event.id]


def test_double_click_on_empty_time_zooms_in(qtbot, view):
    span = view.period.span
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 430))
    assert view.period.span == pytest.approx(span / 2)


def crowd() -> list[Event]:
    first = date(2025, 1, 1)
    return [
        Event(
            id=n,
            kind=EventKind.BILATERAL_MEETING,
            countries=("MA", "FR"),
            date=EventDate.on(first + timedelta(days=n % 20)),
            title_en=f"Meeting number {n}",
        )
        for n in range(1, 400)
    ]


def _crowded_view(qtbot, english) -> TimelineView:
    """The crowd on a view 900 pixels wide over a year: a few labels and "+N" badges."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_date_format(english)
    widget.set_events(crowd())
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_period(Period(day_number(date(2024, 7, 1)), day_number(date(2025, 7, 1))))
    return widget


def test_clicking_a_cluster_zooms_to_its_events(qtbot, english):
    widget = _crowded_view(qtbot, english)
    cluster = widget.current_layout().clusters[0]
    centre = QPoint(int(cluster.rect.x + cluster.rect.width / 2), int(cluster.rect.y + 5))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre)
    assert widget.period.start <= cluster.first_day
    assert widget.period.end >= cluster.last_day
    assert widget.period.span < 60


def test_a_badge_at_the_closest_zoom_selects_its_events_one_click_at_a_time(qtbot, english):
    """A day's crowd in a short window, shown one day wide (the closest zoom): clicking its
    "+N" zoomed out to a week, where they hid behind a bigger badge. It selects the first of
    them instead, then the next, and the view stays."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_date_format(english)
    widget.set_events([replace(event, date=EventDate.on(date(2024, 7, 5))) for event in crowd()])
    widget.resize(800, 230)
    widget.show()
    qtbot.waitExposed(widget)
    day = day_number(date(2024, 7, 5))
    widget.set_period(Period(day, day + 1))
    before = widget.period
    badge = widget.current_layout().clusters[0]
    centre = QPoint(int(badge.rect.x + badge.rect.width / 2), int(badge.rect.y + 5))
    chosen = []
    for _click in range(2):
        with qtbot.wait_signal(widget.eventSelected) as selected:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre)
        chosen.append(selected.args[0])
    assert widget.period == before
    assert chosen == list(badge.event_ids[:2])


def test_an_event_selected_behind_a_badge_has_the_badge_ringed(qtbot, english):
    """Chosen in the list, an event hidden behind "+N" is found on the timeline: its badge
    is ringed in the selection's colour (a click on it zooms to it)."""
    from timeline.render.theme import Theme

    widget = _crowded_view(qtbot, english)
    shown = {shape.event.id for shape in widget.current_layout().events}
    badge = widget.current_layout().clusters[0]
    hidden = badge.event_ids[0]
    blue = Theme().selection.rgb()

    def ringed() -> bool:
        picture = widget.grab().toImage()
        left, top = round(badge.rect.x) - 3, round(badge.rect.y) - 3
        right, bottom = round(badge.rect.right) + 3, round(badge.rect.bottom) + 3
        return any(
            picture.pixelColor(x, y).rgb() == blue
            for x in range(left, right)
            for y in (top, top + 1, bottom - 1, bottom)
        )

    assert not ringed()
    widget.set_selected(next(iter(shown)))  # an event drawn: its own label is marked
    assert not ringed()
    widget.set_selected(hidden)
    assert ringed()


def test_tooltip_shows_user_text_literally(view):
    shape = view.current_layout().events[0]
    hostile = shape._replace(event=replace(shape.event, title_en="<b>x</b><img src=y>"))
    html = view.tooltip_html(hostile)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=y&gt;" in html
    assert "<img" not in html


def test_a_frame_from_a_database_reads_no_whole_events(qtbot, english, sample_store, monkeypatch):
    """Drawing and tooltips read the drawing columns; whole events (with people, sources and
    tags) are read only when asked for, as the details panel does."""
    whole_reads = []
    monkeypatch.setattr(EventStore, "get_many", lambda store, ids: whole_reads.append(ids) or {})
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_date_format(english)
    widget.resize(1200, 500)
    widget.set_source(StoreSource(sample_store, EventFilter(), "en", widget.char_px()))
    widget.fit_all()
    shapes = widget.current_layout().events
    assert shapes and all(shape.event.participants == () for shape in shapes)
    tooltip = widget.tooltip_html(shapes[0])
    assert shapes[0].event.countries
    assert all(country_name(code, "en") in tooltip for code in shapes[0].event.countries)
    assert whole_reads == []


def test_events_beside_the_view_are_read_before_panning_to_them(qtbot, bare_view, drawn_reads):
    """Between frames the view reads ahead the events within a view's width of it, so an
    arrow key that brings the next event in reads nothing from the database."""
    widget = bare_view
    starts = sorted(set(widget.source.index.starts.tolist()))
    first, following = next((a, b) for a, b in pairwise(starts) if b - a > 4)
    widget.set_period(Period(first - 1, first + (following - first) / 2))
    widget.show()  # its first frame shows the period, not the following event
    qtbot.waitExposed(widget)
    widget.repaint()
    # A pause between two key presses, long enough for the reading ahead to end, however
    # busy the machine: a fixed wait was sometimes too short on a shared one.
    # (A resize after the frame stops it until the next frame, which starts it again.)
    qtbot.waitUntil(
        lambda: widget._layout is not None and not widget._read_ahead.isActive(),
        timeout=10_000,
    )
    drawn_reads.start()
    for _press in range(6):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        widget.repaint()
    drawn = {day_number(shape.event.date.earliest()) for shape in widget.current_layout().events}
    assert following in drawn
    assert drawn_reads.reads == []


def test_the_events_shown_before_go_when_others_are_shown_after_a_notch_laid_out_ahead(
    qtbot, english, sample_store
):
    """The frame laid out ahead of the next notch holds the events it was laid out over:
    showing other events lets them go (a window filtered anew keeps one set in memory)."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_date_format(english)
    widget.resize(500, 300)
    shown = StoreSource(sample_store, EventFilter(), "en", widget.char_px())
    widget.set_source(shown)
    widget.fit_all()
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_at(WHEEL_STEP, 250)
    widget.repaint()
    qtbot.waitUntil(lambda: widget._next is not None, timeout=10_000)  # laid out ahead
    gone = weakref.ref(shown)
    widget.set_source(StoreSource(sample_store, EventFilter(), "en", widget.char_px()))
    del shown
    gc.collect()
    assert gone() is None


def _record_shaped(monkeypatch, shaped: list[str]) -> None:
    """Each label text shaped from now on (not found among the painter's kept texts)."""
    original_prepare = StaticTexts.prepare
    monkeypatch.setattr(
        StaticTexts,
        "prepare",
        lambda texts, text, *rest: (
            (text, rest[-1]) not in texts._texts and shaped.append(text),
            original_prepare(texts, text, *rest),
        )[1],
    )


def test_the_frame_a_wheel_notch_brings_is_laid_out_before_it_and_drawn_the_same(
    qtbot, english, sample_store, monkeypatch, view_of
):
    """Between frames the view lays out and draws the frame of the next notch the way the
    wheel last turned, so that the notch only copies its picture: the same pixels as a view
    that does nothing ahead shows once it has drawn that frame before."""
    laid_out: list[str] = []  # labels shaped, and frames laid out and drawn, during the notch
    frames: list[Period] = []
    drawn: list[TimelineLayout] = []
    original_layout = timeline_view.layout
    original_paint = TimelinePainter.paint
    monkeypatch.setattr(
        TimelinePainter,
        "paint",
        lambda painter, on, made, *rest: (
            drawn.append(made),
            original_paint(painter, on, made, *rest),
        )[1],
    )
    monkeypatch.setattr(
        timeline_view,
        "layout",
        lambda cache, period, *rest: (frames.append(period), original_layout(cache, period, *rest))[
            1
        ],
    )
    _record_shaped(monkeypatch, laid_out)

    def notched(ahead: bool) -> tuple[TimelineView, QImage]:
        widget = view_of(sample_store, (500, 300))
        widget.fit_all()
        for _notch in range(3):  # where the next notch in shows labels more
            widget.zoom_at(WHEEL_STEP, 300)
        if not ahead:
            monkeypatch.setattr(widget, "_lay_out_ahead", lambda _factor: None)
        widget.show()
        qtbot.waitExposed(widget)
        before = whole_labels(widget)
        # A pause, as between two notches of the wheel, until the view is idle (on a busy
        # machine that may take longer than any fixed wait).
        qtbot.waitUntil(
            lambda: (
                (widget._drawn_ahead is not None or not ahead) and not widget._read_ahead.isActive()
            ),
            timeout=10_000,
        )
        laid_out.clear()
        frames.clear()
        drawn.clear()
        widget.zoom_at(WHEEL_STEP, 300)
        picture = widget.grab().toImage()
        assert whole_labels(widget) - before  # the notch brings new labels
        return widget, picture

    def whole_labels(widget: TimelineView) -> set[str]:
        events = widget.current_layout().events
        return {shape.lines[0] for shape in events if shape.lines}

    widget, picture = notched(ahead=True)
    assert frames == [] and laid_out == [] and drawn == []  # made before the notch
    widget, _picture = notched(ahead=False)
    assert frames == [widget.period] and whole_labels(widget) & set(laid_out)
    assert drawn == [widget.current_layout()]
    widget.grab()  # the frame seen before: drawn from the images made of it
    assert picture == widget.grab().toImage()


def _add_talks(store: EventStore) -> date:
    """Sixty visits four days apart from 1 January 2021 (returned): a strip to pan along."""
    first = date(2021, 1, 1)
    store.add_many(
        Event(
            kind=EventKind.OFFICIAL_VISIT,
            countries=("MA", "KZ"),
            date=EventDate.on(first + timedelta(days=4 * number)),
            title_en=f"Talks {number}",
        )
        for number in range(60)
    )
    return first


def test_the_labels_a_pan_brings_into_view_are_made_before_it_and_drawn_the_same(
    qtbot, english, empty_store, monkeypatch, view_of
):
    """Between frames after a pan, the view makes the images of the labels half a view
    further on the way it went, so that the next pan only copies them (a tenth of a view
    4K wide brings some twenty): none is shaped during the pan, and the frame is the one
    a view that makes nothing ahead shows once it has drawn it before."""
    first = _add_talks(empty_store)
    shaped: list[str] = []
    _record_shaped(monkeypatch, shaped)

    def panned(ahead: float) -> tuple[TimelineView, QImage, set[str]]:
        monkeypatch.setattr(timeline_view, "PAN_AHEAD", ahead)
        widget = view_of(empty_store, (500, 300))
        widget.go_to(first + timedelta(days=40), days=40)
        widget.show()
        qtbot.waitExposed(widget)
        widget.grab()
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        widget.grab()
        before = whole_labels(widget)
        # A pause, as between two presses of a key, until the view is idle.
        qtbot.waitUntil(lambda: not widget._read_ahead.isActive(), timeout=10_000)
        shaped.clear()
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        picture = widget.grab().toImage()
        brought = whole_labels(widget) - before
        assert brought  # the pan brings new labels
        return widget, picture, brought

    def whole_labels(widget: TimelineView) -> set[str]:
        events = widget.current_layout().events
        return {shape.lines[0] for shape in events if shape.lines}

    _widget, picture, brought = panned(timeline_view.PAN_AHEAD)
    assert not brought & set(shaped)  # made before the pan
    widget, _picture, brought = panned(0.0)
    assert brought & set(shaped)
    widget.grab()  # the frame seen before: drawn from the images made of it
    assert _seen_the_same(picture, widget.grab().toImage())


def _seen_the_same(first: QImage, second: QImage) -> bool:
    """Pixel for pixel, to a step of rounding: a label drawn the first time it is seen
    (here an axis's month cut by the view's edge, in the shorter form its part in view
    has room for) and drawn from its image blend a level apart in a few pixels."""
    if first.size() != second.size() or first.format() != second.format():
        return False
    a, b = (np.frombuffer(image.constBits(), np.uint8).astype(int) for image in (first, second))
    return bool(np.abs(a - b).max() <= 1)


def test_the_frames_of_notches_drawn_ahead_are_drawn_over_one_picture(
    qtbot, english, sample_store, monkeypatch, view_of
):
    """Each notch's frame drawn ahead is drawn over the picture of the one before: at 4K
    a new picture is 30 MB of fresh memory, whose first writes cost more than the drawing,
    and freeing one cost the next step a millisecond."""
    pictures: list[QImage] = []

    class Counted(QImage):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            pictures.append(self)

    monkeypatch.setattr(timeline_view, "QImage", Counted)
    widget = view_of(sample_store, (500, 300))
    widget.fit_all()
    widget.show()
    qtbot.waitExposed(widget)
    for _notch in range(3):
        widget.zoom_at(WHEEL_STEP, 300)
        widget.grab()
        widget._read_ahead.stop()
        widget._read_ahead_step()  # the next notch's frame, drawn ahead
        assert widget._drawn_ahead is not None
    assert len(pictures) == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Left], ids=["right", "left"])
def test_after_a_jump_one_turn_between_frames_readies_a_pan_either_way_and_the_next_notch(
    qtbot, english, empty_store, monkeypatch, key, view_of
):
    """The first turn of the event loop after a jump (to a date, to fit all) lays out the
    next wheel notch's frame and makes ready what an arrow key brings into view either way
    (its events read, its labels' images made): whichever comes next does neither."""
    first = _add_talks(empty_store)
    work: list[object] = []  # events read and their labels shaped after the turn
    original_prepare, original_drawn = StaticTexts.prepare, EventStore.drawn
    monkeypatch.setattr(
        StaticTexts,
        "prepare",
        lambda texts, text, *rest: (
            (text, rest[-1]) not in texts._texts and text.startswith("Talks") and work.append(text),
            original_prepare(texts, text, *rest),
        )[1],
    )
    monkeypatch.setattr(
        EventStore, "drawn", lambda store, ids: work.extend(ids) or original_drawn(store, ids)
    )
    widget = view_of(empty_store, (500, 300))
    widget.show()
    qtbot.waitExposed(widget)
    widget.go_to(first + timedelta(days=120), days=40)
    widget.grab()
    before = {shape.event.id for shape in widget.current_layout().events}
    widget._read_ahead.stop()
    widget._read_ahead_step()  # one turn, as between a frame and a person's next step
    assert widget._drawn_ahead is not None  # the next notch's frame
    work.clear()
    qtbot.keyClick(widget, key)
    widget.grab()
    assert {shape.event.id for shape in widget.current_layout().events} - before
    assert work == []


def test_a_fitted_view_stays_fitted_when_resized_and_a_zoomed_one_keeps_its_period(view):
    for width in (700, 1600):
        view.resize(width, 500)
        view.grab()
        assert all(shape.label_rect is not None for shape in view.current_layout().events)
        refitted = view.period
        view.fit_all()
        assert view.period == refitted
    view.zoom_at(1.2)
    zoomed = view.period
    view.resize(900, 500)
    assert view.period == zoomed


def test_those_told_of_fit_all_find_its_frame_laid_out(view, monkeypatch):
    """Fit all lays out the frame it decides on; the window's list, told the period moved,
    asks for that frame and gets it, not a second one laid out anew (a filter's first frame
    at a million events waited for both)."""
    view.zoom_at(2.0)
    frames: list[Period] = []
    original_layout = timeline_view.layout
    monkeypatch.setattr(
        timeline_view,
        "layout",
        lambda cache, period, *rest: (frames.append(period), original_layout(cache, period, *rest))[
            1
        ],
    )
    seen: list[TimelineLayout] = []
    view.periodChanged.connect(lambda: seen.append(view.current_layout()))
    view.fit_all()
    assert frames == [] and seen == [view.current_layout()]
    assert seen[0].scale.period == view.period


class _LevelsPrepared:
    """A stacker the worker prepares levels for, as a view's is: the levels in order."""

    def __init__(self) -> None:
        self.prepared: list[int] = []

    def prepare(self, lane: int, level: int, rows: int) -> None:
        self.prepared.append(level)

    def shown(self, lane: int) -> tuple[int, int]:
        return 10, 3


def test_a_shown_view_holds_the_stacking_worker_until_the_frame_it_awaits_is_painted(
    qtbot, view, english
):
    """A view moved, or given other events, lays its frame out and paints it later (a
    filter's "fit all" and the window's list come first): from then until the frame is
    painted the worker stacking levels ahead stands still, as while a frame is made. A
    hidden view paints nothing, and holds nothing."""
    view.zoom_at(2.0)  # laid out now, painted at the event loop's next turn
    levels = _LevelsPrepared()
    ahead.stack_around(levels, 0, 10, 3)
    time.sleep(0.2)  # the event loop does not turn: no frame is painted meanwhile
    assert levels.prepared == []
    view.repaint()
    qtbot.waitUntil(lambda: len(levels.prepared) >= 2)
    assert levels.prepared[:2] == [11, 9]  # the levels either side of the one shown
    hidden = TimelineView()
    qtbot.addWidget(hidden)
    hidden.set_date_format(english)
    hidden.set_events([replace(e, id=n) for n, e in enumerate(sample_events(), start=1)])
    hidden.fit_all()
    assert ahead._painted.is_set()


@pytest.mark.parametrize(("width", "height"), [(800, 400), (1000, 400), (800, 230)])
def test_fit_all_labels_the_newest_event_where_badges_stand(view, width, height):
    """At the far edge the newest event's row is full before its marker and badges stand
    for hidden events: its marker moves to a row with room, its label whole beside it,
    touching no other label or marker (it was a marker alone, rows below it empty). In an
    800×300 window (the timeline 230 high) the only room is the badges' row, its label's
    second line under it, still above the density strip."""
    view.resize(width, height)
    view.fit_all()
    view.grab()
    drawn = view.current_layout()
    assert drawn.clusters, "badges stand for hidden events"
    newest = max(drawn.events, key=lambda shape: shape.event.date.earliest())
    label, marker = newest.label_rect, newest.marker_rect
    assert label is not None and " ".join(newest.lines) == newest.label
    assert label.x >= 0.0 and label.right <= width and label.bottom <= drawn.body_bottom
    assert label.y - marker.bottom < 10.0 and (label.x <= marker.x <= label.right)
    boxes = [shape.marker_rect for shape in drawn.events if shape is not newest]
    boxes += [
        shape.label_rect for shape in drawn.events if shape.label_rect and shape is not newest
    ]
    boxes += [cluster.rect for cluster in drawn.clusters]
    assert not any(box.intersects(label) or box.intersects(marker) for box in boxes)


def test_once_settled_repainting_a_busy_view_looks_for_no_reference_cycles(qtbot, english):
    """A frame's shapes live until the next frame: the collector looking at them several
    times a frame cost the frame a millisecond at 4K, and at times a full collection."""
    from timeline.ui.app import settle

    events = [
        Event(
            id=number,
            kind=EventKind.OFFICIAL_VISIT,
            countries=("MA", "KZ"),
            date=EventDate.on(date(2021, 1, 1) + timedelta(days=number % 700)),
            title_en=f"Talks {number}",
        )
        for number in range(1, 3001)
    ]
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_date_format(english)
    widget.resize(1600, 900)
    widget.set_events(events)
    widget.fit_all()
    widget.grab()
    collections: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    threshold = gc.get_threshold()
    settle()
    gc.callbacks.append(counted)
    try:
        for _frame in range(5):
            widget.zoom_at(WHEEL_STEP)
            widget.grab()
    finally:
        gc.callbacks.remove(counted)
        gc.set_threshold(*threshold)
        gc.unfreeze()
    assert collections == []


def sample_view(qtbot, lang: str, size: tuple[int, int], days: int | None) -> TimelineView:
    """The sample in a timeline view of ``size`` (the view of a window 800×500, 1200×700 or
    1600×900: 800×260, 1200×400, 1600×540) in ``lang``, at "fit all" or ``days`` across
    around 1 September 2024, as a screenshot shows it."""
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.set_date_format(DateFormat(lang))
    widget.set_events([replace(e, id=n) for n, e in enumerate(sample_events(), start=1)])
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    if days is not None:
        widget.go_to(date(2024, 9, 1), days)
    return widget


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
@pytest.mark.parametrize("size", [(800, 260), (1200, 400), (1600, 540)])
@pytest.mark.parametrize("days", [None, 30, 3650])
def test_no_label_shown_whole_near_the_far_edge_becomes_a_tab(qtbot, lang, size, days):
    """Over the sample in three languages, three window sizes and three zooms, every event
    shown has its label whole, as before the far edge's tabs: one slid back a little across
    its marker stays so (in French at 800×500, "fit all", the Kazakh minister's visit to
    Rabat, 27 pixels before its marker, its first words under it), none is folded. The
    only tab is where a marker stood with no label: the newest event, ten years across in
    an 800×500 window, its title on hover."""
    widget = sample_view(qtbot, lang, size, days)
    made = widget.current_layout()
    newest = max(sample_events(), key=lambda event: event.date.earliest())
    labelled = [
        shape
        for shape in made.events
        if shape.label_rect is not None and shape.callout is None and not shape.folded
    ]
    for shape in labelled:  # whole, on one line or a few
        assert "".join(shape.lines).replace(" ", "") == shape.label.replace(" ", "")
    unlabelled = [
        (shape.event.date, shape.folded) for shape in made.events if shape not in labelled
    ]
    if size == (800, 260) and days == 3650:
        assert unlabelled == [(newest.date, True)]
    else:
        assert unlabelled == []
    if lang == "fr" and size == (800, 260) and days is None:
        minister = next(shape for shape in made.events if "Rabat" in shape.label)
        assert minister.lines == (minister.label,) and not minister.folded


def test_a_folded_far_edge_label_says_its_title_on_hover(qtbot):
    """In an 800×500 window ten years across around 1 September 2024, the newest event,
    the Mazhilis Chairman's visit, found no room for its label near the far edge, in any
    row or wrapped: its marker stood alone. A tab ("…") stands under the marker, and
    hovering it says the whole title, as hovering the marker does."""
    widget = sample_view(qtbot, "en", (800, 260), 3650)
    folded = [shape for shape in widget.current_layout().events if shape.folded]
    newest = max(sample_events(), key=lambda event: event.date.earliest())
    assert [shape.label for shape in folded] == [newest.title_en]
    tab = folded[0].label_rect
    assert tab is not None and folded[0].lines == ("…",)
    centre = QPoint(round(tab.x + tab.width / 2), round(tab.y + tab.height / 2))
    QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(centre))
    )
    assert QToolTip.isVisible()
    assert html.escape(folded[0].label) in QToolTip.text()
    QToolTip.hideText()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_hovering_the_today_line_says_what_it_is(qtbot, lang):
    """A red line crossed the timeline and nothing said what it was: hovering it names the
    day in both calendars; a little beside it, over nothing, says nothing."""
    widget = TimelineView(today=lambda: date(2025, 6, 1))
    qtbot.addWidget(widget)
    if lang == "ar":
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    widget.set_date_format(DateFormat(lang))
    widget.set_events([replace(e, id=n) for n, e in enumerate(sample_events(), start=1)])
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    layout = widget.current_layout()
    assert layout.today_x is not None
    lane = layout.lanes[0].rect
    said = []
    for x in (layout.today_x, layout.today_x + 40):
        # A point of the line with no event or badge over it.
        y = next(
            y
            for y in range(round(lane.bottom) - 2, round(layout.axis_bottom), -2)
            if layout.event_at(x, y) is None and layout.cluster_at(x, y) is None
        )
        at = QPoint(round(x), y)
        hover = QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at))
        QApplication.sendEvent(widget, hover)
        said.append(QToolTip.text() if hover.isAccepted() else "")
    expected = DateFormat(lang).event_date_with_hijri(EventDate.on(date(2025, 6, 1)))
    assert html.escape(expected) in said[0] and said[1] == ""
    QToolTip.hideText()
