"""Lanes taller than the window scroll alone: the axis and the density strip stay in place,
the lanes' titles go with their lanes, and at rest no label is cut at the lanes' lower edge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline.domain.view_state import LaneMode
from timeline.render.lanes_scroll import note_shift, pinned_title
from timeline.render.shapes import Geometry
from timeline.ui.timeline_view import WHEEL_STEP, TimelineView

LANGUAGES = ["en", "fr", "ar"]


def _lanes_window(qtbot, started_in, language: str, size=(800, 500)):
    window = started_in(language, size)
    window.set_lane_mode(LaneMode.KIND)
    view = window.timeline
    qtbot.waitUntil(lambda: view.current_layout().height == view.laid_out_height())
    qtbot.waitUntil(window.timeline_scroll.bar.isVisible)
    return window


def _grab(view: TimelineView) -> QImage:
    QApplication.processEvents()
    return view.grab().toImage()


def _rows(image: QImage, top: float, bottom: float) -> QImage:
    return image.copy(0, round(top), image.width(), round(bottom) - round(top))


def _labels(view: TimelineView):
    return [shape.label_rect for shape in view.current_layout().events if shape.label_rect]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_axis_and_the_strip_stay_while_the_lanes_scroll(qtbot, started_in, language):
    """Dragging the bar to its end moved the axis and the density strip away with the lanes:
    a desk officer looking at the lowest lanes lost the dates. Now their pixels stay."""
    window = _lanes_window(qtbot, started_in, language)
    view, bar = window.timeline, window.timeline_scroll.bar
    band = view.lanes_band()
    before = _grab(view)
    bar.setValue(bar.maximum())  # the user drags the bar to its end
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    after = _grab(view)
    lanes_end = band.top + band.height
    assert _rows(after, 0, band.top) == _rows(before, 0, band.top)  # the axis
    assert _rows(after, lanes_end, view.height()) == _rows(before, lanes_end, view.height())
    assert _rows(after, band.top, lanes_end) != _rows(before, band.top, lanes_end)
    made = view.current_layout()
    assert made.overview is not None  # where the strip is pressed still moves the view
    assert made.overview.rect.bottom == view.laid_out_height()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_lanes_title_moves_with_its_lane(qtbot, started_in, language):
    """The second lane's title and first row, seen at the top of the lanes once scrolled
    there, are the pixels they were before, higher by the scroll."""
    window = _lanes_window(qtbot, started_in, language)
    view, bar = window.timeline, window.timeline_scroll.bar
    band = view.lanes_band()
    second = view.current_layout().lanes[1].rect
    title = second.y, second.y + Geometry().lane_title_height
    before = _grab(view)
    assert title[1] <= band.top + band.height  # shown unscrolled
    bar.setValue(band.stop_at(second.y - band.top))
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    shift = view.lanes_offset
    assert round(second.y) - shift == round(band.top)  # at the top of the lanes
    after = _grab(view)
    assert _rows(after, title[0] - shift, title[1] - shift) == _rows(before, *title)


def _title_pixels(image: QImage, ground: QRectF, dy: int) -> QImage:
    """The pixels of a lane's title drawn at ``ground`` moved down by ``dy`` (within its
    edges: those it shares with what is around it)."""
    rect = ground.toAlignedRect().adjusted(1, 1, -1, -1)
    return image.copy(rect.translated(0, dy))


def _painted(view: TimelineView, like: QImage, dy: int = 0) -> QImage:
    """The view's frame as the painter draws it, unscrolled and unclipped (as the exports
    draw it), moved down by ``dy``, in an image like ``like``."""
    made = view.current_layout()
    drawn = QImage(like.width(), view.laid_out_height(), like.format())
    painter = QPainter(drawn)
    painter.translate(0, dy)
    view._painter.paint(painter, made, view._fmt)
    painter.end()
    return drawn


@pytest.mark.parametrize("size", [(800, 500), (1200, 700)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lanes_title_stays_at_the_top_while_its_rows_scroll_under_it(
    qtbot, started_in, language, size
):
    """Scrolled to a row inside the second lane, the user saw rows of it without its title.
    Now its title stays at the top of the lanes (on the right in Arabic), the pixels it has
    unscrolled, and the rows go on under it; at the lane's own top it is drawn once."""
    window = _lanes_window(qtbot, started_in, language, size)
    view, bar = window.timeline, window.timeline_scroll.bar
    band, made, g = view.lanes_band(), view.current_layout(), Geometry()
    second = made.lanes[1].rect
    ground = view._painter.lane_title_grounds(made)[1]
    title = _title_pixels(_painted(view, _grab(view)), ground, 0)
    inked = {title.pixel(x, y) for x in range(title.width()) for y in range(title.height())}
    assert len(inked) > 2  # its words, on its ground
    assert (ground.center().x() > view.width() / 2) == (language == "ar")
    in_row = second.y + g.row_height - band.top  # the second row under the pinned title
    bar.setValue(min(range(len(band.stops)), key=lambda n: abs(band.stops[n] - in_row)))
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    assert view.lanes_offset == round(in_row)
    pinned = round(band.top - second.y)  # at the top of the lanes
    assert _title_pixels(_grab(view), ground, pinned) == title
    bar.setValue(band.stop_at(second.y - band.top))  # the lane's own top
    qtbot.waitUntil(lambda: view.lanes_offset == round(second.y - band.top))
    assert pinned_title(made, band, view.lanes_offset) is None
    shift = view.lanes_offset
    at_top = _grab(view)
    assert _title_pixels(at_top, ground, -shift) == title
    title_rows = (second.y - shift, second.y - shift + band.title + g.row_height)
    drawn = _painted(view, at_top, -shift)  # the title and its first row, and nothing else
    assert _rows(at_top, *title_rows) == _rows(drawn, *title_rows)


@pytest.mark.parametrize("size", [(800, 500), (1200, 700)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_at_each_step_of_the_bar_no_label_is_cut(qtbot, started_in, language, size):
    """A label at the scroll area's lower edge was cut across its words until the user
    scrolled. At every step of the bar each label in the lanes' band is whole: the lanes
    rest with a lane's top at their top, or a row's under its lane's title (pinned there:
    a label of the row above is under it whole), and end at the lowest row shown whole, a
    row at most above the density strip; under that edge only the grid goes on."""
    window = _lanes_window(qtbot, started_in, language, size)
    view, bar = window.timeline, window.timeline_scroll.bar
    g = Geometry()
    for step in range(bar.minimum(), bar.maximum() + 1):
        bar.setValue(step)
        band, made, shift = view.lanes_band(), view.current_layout(), view.lanes_offset
        lanes_end = band.top + band.height
        edge = band.cut(made, view.lanes_offset) - shift
        assert lanes_end - g.row_height - g.lane_title_height - g.lane_gap <= edge <= lanes_end
        shown = band.top  # where the rows shown begin: under a title pinned there
        pinned = pinned_title(made, band, view.lanes_offset)
        if pinned is not None:
            shown = made.lanes[pinned[0]].rect.y + pinned[1] + band.title
        for label in _labels(view):
            top, bottom = label.y - shift, label.bottom - shift
            if bottom <= shown or top >= edge:
                continue  # scrolled away above, or under the edge (not drawn)
            assert shown - 0.5 <= top and bottom <= edge + 0.5, (step, label)
        image = _grab(view)
        below = _rows(image, edge + 1, lanes_end)
        if below.height() > 0:  # the ground and the grid, every row of it alike
            first = below.copy(0, 0, below.width(), 1)
            for row in range(below.height()):
                assert below.copy(0, row, below.width(), 1) == first, (step, row)


def test_page_keys_and_shift_with_the_wheel_scroll_the_lanes(qtbot, started_in):
    """Page Down and Page Up scroll the lanes a page; Shift with the wheel a few rows; the
    wheel alone still zooms, and the axis stays."""
    window = _lanes_window(qtbot, started_in, "en")
    view, bar = window.timeline, window.timeline_scroll.bar
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    assert bar.value() == view.lanes_scroll()[0] > 0  # the bar follows
    paged = view.lanes_offset
    assert paged <= view.lanes_band().height
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: view.lanes_offset == 0)
    middle = QPointF(view.width() / 2, view.lanes_band().top + 20)

    def wheel(modifiers: Qt.KeyboardModifier, notches: int) -> None:
        delta = QPoint(0, 120 * notches)
        event = QWheelEvent(
            middle,
            view.mapToGlobal(middle),
            QPoint(),
            delta,
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view, event)

    period = view.period
    wheel(Qt.KeyboardModifier.ShiftModifier, -1)  # towards the user: down the lanes
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    assert view.period == period  # no zoom
    wheel(Qt.KeyboardModifier.NoModifier, 1)
    qtbot.waitUntil(lambda: view.period.span < period.span)  # zoomed in, as ever


def test_a_click_in_scrolled_lanes_selects_what_is_drawn_there(qtbot, started_in):
    window = _lanes_window(qtbot, started_in, "en")
    view, bar = window.timeline, window.timeline_scroll.bar
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    band, made, shift = view.lanes_band(), view.current_layout(), view.lanes_offset
    edge = band.cut(made, view.lanes_offset) - shift
    shown = [
        shape
        for shape in made.events
        if band.top <= shape.marker_rect.y - shift and shape.marker_rect.bottom - shift <= edge
    ]
    assert shown
    marker = shown[-1].marker_rect
    at = QPoint(round(marker.x + marker.width / 2), round(marker.y + marker.height / 2) - shift)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert view.selected_id == shown[-1].event.id


@pytest.mark.parametrize("language", ["en", "ar"])
def test_one_lane_is_drawn_as_the_painter_draws_its_frame(qtbot, started_in, language):
    """Out of lanes nothing scrolls, and the view is the painter's frame, pixel for pixel,
    as in every export."""
    window = started_in(language, (800, 500))
    window.set_lane_mode(LaneMode.SINGLE)
    view = window.timeline
    qtbot.waitUntil(lambda: view.current_layout().height == view.height())
    assert not view.lanes_taller() and not window.timeline_scroll.bar.isVisible()
    shown = _grab(view)
    drawn = QImage(shown.size(), shown.format())
    painter = QPainter(drawn)
    view._painter.paint(painter, view.current_layout(), view._fmt)
    painter.end()
    assert shown == drawn


def test_a_notch_over_scrolled_lanes_shows_them_as_drawn_afresh(qtbot, started_in):
    """The next notch's frame is drawn between frames: over scrolled lanes it is drawn at
    the stop they rest at in it, the picture a frame drawn afresh gives, the axis in place."""
    window = _lanes_window(qtbot, started_in, "en")
    view, bar = window.timeline, window.timeline_scroll.bar
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    before = _grab(view)
    used = 0
    for _notch in range(6):  # a notch into another zoom level may change the lanes' height
        qtbot.waitUntil(
            lambda: view._drawn_ahead is not None and not view._read_ahead.isActive(),
            timeout=10_000,
        )
        assert view._drawn_ahead is not None
        ahead = view._drawn_ahead[0]
        view.zoom_at(WHEEL_STEP)  # the notch drawn ahead
        notched = _grab(view)
        used += view.current_layout() is ahead
        view._drop_drawn_ahead()
        view.update()
        assert _grab(view) == notched
    assert used
    assert view.lanes_offset in {round(stop) for stop in view.lanes_band().stops}
    assert bar.value() == view.lanes_scroll()[0]
    band = view.lanes_band()
    lanes_end = band.top + band.height
    assert _rows(notched, 0, band.top) != _rows(before, 0, band.top)  # zoomed: another axis
    strip = view.current_layout().overview
    assert strip is not None  # at the view's foot still
    assert strip.rect.bottom - view.laid_out_height() + view.height() == view.height()
    assert strip.rect.y - view.laid_out_height() + view.height() >= lanes_end


def test_a_press_on_the_density_strip_moves_the_view_with_the_lanes_scrolled(qtbot, started_in):
    window = _lanes_window(qtbot, started_in, "en")
    view, bar = window.timeline, window.timeline_scroll.bar
    view.zoom_at(4.0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    period = view.period
    strip = view.current_layout().overview
    assert strip is not None
    y = round(strip.rect.y + strip.rect.height / 2) - (view.laid_out_height() - view.height())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(8, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(8, y))
    assert view.period.start < period.start  # brought to where the strip was pressed


def test_a_click_in_the_bars_groove_scrolls_a_page_at_most(qtbot, started_in):
    """A page of the groove is a page of pixels, as Page Down: what was at the lanes' foot
    is still in view at their top, or just above it."""
    window = _lanes_window(qtbot, started_in, "en", (1200, 700))
    view, bar = window.timeline, window.timeline_scroll.bar
    band = view.lanes_band()
    for _page in range(bar.maximum()):
        before = view.lanes_offset
        if bar.value() == bar.maximum():
            break
        below_slider = QPoint(bar.width() // 2, bar.height() - bar.width() - 2)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=below_slider)
        qtbot.waitUntil(lambda before=before: view.lanes_offset > before)
        assert view.lanes_offset - before <= band.height + 1
        assert bar.value() == view.lanes_scroll()[0]


def test_a_window_made_tall_enough_shows_the_lanes_unscrolled(qtbot, started_in):
    window = _lanes_window(qtbot, started_in, "fr")
    view, bar = window.timeline, window.timeline_scroll.bar
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.lanes_offset > 0)
    window.resize(800, 2000)  # the timeline takes its share of it
    qtbot.waitUntil(lambda: not view.lanes_taller())
    _grab(view)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert view.lanes_offset == 0
    made = view.current_layout()
    assert made.height == view.height() and made.lanes[-1].rect.bottom <= view.height()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_quiet_periods_note_stands_in_the_lanes_shown_and_takes_a_click(
    qtbot, started_in, language
):
    """Zoomed to a month with no event, lanes taller than the window: the note that says so
    was laid out in the middle of all the lanes, under the window's edge. It stands in the
    middle of the lanes shown, scrolled or not, and a click on its date goes there."""
    window = _lanes_window(qtbot, started_in, language)
    view, bar = window.timeline, window.timeline_scroll.bar
    view.go_to(date(2021, 3, 1), days=30)
    qtbot.waitUntil(lambda: view.current_layout().note is not None)
    qtbot.waitUntil(lambda: view.lanes_taller() and bar.isVisible())
    for step in (0, bar.maximum()):
        bar.setValue(step)
        _grab(view)
        band, note = view.lanes_band(), view.current_layout().note
        assert note is not None
        shift = note_shift(view.current_layout(), band)  # as drawn
        top = note.ground.y + shift
        assert band.top <= top and top + note.ground.height <= band.top + band.height
        heading = note.heading_rect  # its words are drawn there: many shades of their ink
        words = _grab(view).copy(
            round(heading.x), round(heading.y + shift), round(heading.width), round(heading.height)
        )
        shades = {words.pixel(x, y) for x in range(words.width()) for y in range(words.height())}
        assert len(shades) > 8, step
    later = note.link(later=True)
    assert later is not None
    rect = later.date_rect
    shift = note_shift(view.current_layout(), view.lanes_band())
    at = QPoint(round(rect.x + rect.width / 2), round(rect.y + rect.height / 2 + shift))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert view.selected_id == later.event_id
