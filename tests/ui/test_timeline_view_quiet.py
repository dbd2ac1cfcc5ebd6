"""A quiet day on the timeline: the note that says nothing is in view and offers the nearest
events, which a click or Ctrl with an arrow key goes to, in English and in Arabic (mirrored)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from visual_order import as_read

from timeline.domain.filters import EventFilter
from timeline.domain.period import Period, day_number
from timeline.render.note import NoteLink, QuietNote
from timeline.ui.main_window import MainWindow
from timeline.ui.timeline_view import TimelineView

QUIET_DAY = date(2025, 4, 15)  # between the IPU assembly (5–9 April) and the forum (28–29)
HEADINGS = {
    "en": "No events in this period",
    "fr": "Aucun événement sur cette période",
    "ar": "لا أحداث في هذه المدة",
}
CTRL = Qt.KeyboardModifier.ControlModifier


def quiet(window: MainWindow) -> tuple[TimelineView, QuietNote]:
    view = window.timeline
    view.go_to(QUIET_DAY, 1)
    note = view.current_layout().note
    assert note is not None
    return view, note


def later_offered(window: MainWindow) -> tuple[TimelineView, NoteLink]:
    """The view on the quiet day and the later event its note offers."""
    view, note = quiet(window)
    later = note.link(later=True)
    assert later is not None
    return view, later


def nearest(view: TimelineView) -> tuple[int, int]:
    """The events the note must offer, found the long way: the events just before and
    just after the view in the list's order (by start, then end, then id)."""
    events = view.source.events([int(i) for i in view.source.index.ids])
    period = view.period

    def order(event_id: int) -> tuple[float, float, int]:
        when = events[event_id].date
        return (day_number(when.earliest()), day_number(when.latest()), event_id)

    ordered = sorted(events, key=order)
    before = [i for i in ordered if day_number(events[i].date.earliest()) < period.start]
    after = [i for i in ordered if day_number(events[i].date.earliest()) >= period.end]
    return before[-1], after[0]


def in_view(view: TimelineView) -> set[int]:
    return {shape.event.id for shape in view.current_layout().events}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_quiet_day_says_so_and_offers_the_nearest_events(qtbot, started_in, language):
    window = started_in(language, (800, 500))
    view, note = quiet(window)
    assert as_read(note.heading) == HEADINGS[language]
    earlier, later = note.link(later=False), note.link(later=True)
    assert earlier is not None and later is not None
    assert (earlier.event_id, later.event_id) == nearest(view)
    forum = view.source.events([later.event_id])[later.event_id]
    assert later.date == window.state.fmt.event_date(forum.date)
    rtl = language == "ar"
    assert earlier.on_right is rtl, "earlier is on the side time comes from"
    made = view.current_layout()
    assert made.overview is not None
    assert made.axis_bottom <= note.ground.y and note.ground.bottom <= made.overview.rect.y
    assert note.ground.x >= 0 and note.ground.right <= made.width


@pytest.mark.parametrize("language", ["en", "ar"])
def test_clicking_the_later_event_goes_there_keeping_the_zoom(qtbot, started_in, language):
    window = started_in(language, (800, 500))
    view, later = later_offered(window)
    span = view.period.span
    rect = later.date_rect
    at = QPoint(round(rect.x + rect.width / 2), round(rect.y + rect.height / 2))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert view.period.span == pytest.approx(span), "the zoom kept"
    index = view.source.index
    position = index.position(later.event_id)
    assert position is not None
    assert view.period.middle == pytest.approx(float(index.starts[position]) + 0.5)
    assert view.selected_id == later.event_id
    assert later.event_id in in_view(view)
    assert view.current_layout().note is None


def test_a_double_click_on_the_notes_event_goes_there_once(qtbot, started_in):
    """Its second click neither zooms in nor opens the editor on what is then under it."""
    window = started_in("en", (800, 500))
    view, later = later_offered(window)
    span = view.period.span
    opened: list[int] = []
    view.eventActivated.connect(opened.append)
    rect = later.date_rect
    at = QPoint(round(rect.x + rect.width / 2), round(rect.y + rect.height / 2))
    # What a double-click delivers (Qt 6), 60 ms apart: press, release, press, double-click,
    # release. (QTest puts half a second between a release and the next press.)
    kinds = QEvent.Type
    steps = [kinds.MouseButtonPress, kinds.MouseButtonRelease, kinds.MouseButtonPress]
    steps += [kinds.MouseButtonDblClick, kinds.MouseButtonRelease]
    left = Qt.MouseButton.LeftButton
    for number, kind in enumerate(steps):
        held = Qt.MouseButton.NoButton if kind == kinds.MouseButtonRelease else left
        point = QPointF(at)
        mouse = QMouseEvent(
            kind, point, view.mapToGlobal(point), left, held, Qt.KeyboardModifier.NoModifier
        )
        mouse.setTimestamp(10_000 + 60 * number)
        QApplication.sendEvent(view, mouse)
    assert view.period.span == pytest.approx(span)
    assert view.selected_id == later.event_id and opened == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_ctrl_and_an_arrow_go_to_the_event_that_way(qtbot, started_in, language):
    """Ctrl+Right goes later in English, earlier in Arabic, where time runs leftwards;
    then on from event to event, each centred and selected, the zoom kept."""
    window = started_in(language, (800, 500))
    view, note = quiet(window)
    earlier, later = note.link(later=False), note.link(later=True)
    assert earlier is not None and later is not None
    span = view.period.span
    toward_later = Qt.Key.Key_Left if language == "ar" else Qt.Key.Key_Right
    toward_earlier = Qt.Key.Key_Right if language == "ar" else Qt.Key.Key_Left
    qtbot.keyClick(view, toward_earlier, CTRL)
    assert view.selected_id == earlier.event_id and earlier.event_id in in_view(view)
    view.go_to(QUIET_DAY)
    qtbot.keyClick(view, toward_later, CTRL)
    assert view.selected_id == later.event_id and later.event_id in in_view(view)
    index = view.source.index
    position = index.position(later.event_id)
    assert position is not None
    qtbot.keyClick(view, toward_later, CTRL)
    following = int(index.ids[position + 1])
    assert view.selected_id == following
    assert view.period.middle == pytest.approx(float(index.starts[position + 1]) + 0.5)
    qtbot.keyClick(view, toward_earlier, CTRL)
    assert view.selected_id == later.event_id
    assert view.period.span == pytest.approx(span)


def test_ctrl_arrows_step_from_the_middle_of_a_view_with_nothing_selected(qtbot, started_in):
    window = started_in("en", (800, 500))
    view = window.timeline
    view.go_to(QUIET_DAY, 400)  # a year and more: events on both sides of the middle
    assert view.current_layout().note is None and view.selected_id is None
    index = view.source.index
    middle = day_number(QUIET_DAY)
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    after = next(p for p, start in enumerate(index.starts) if start >= middle + 1)
    assert view.selected_id == int(index.ids[after])
    view.set_selected(None)
    view.go_to(QUIET_DAY)
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)
    before = [p for p, start in enumerate(index.starts) if start < middle][-1]
    assert view.selected_id == int(index.ids[before])


def test_plain_arrows_still_pan(qtbot, started_in):
    window = started_in("en", (800, 500))
    view, _note = quiet(window)
    middle = view.period.middle
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.period.middle == pytest.approx(middle + 0.2 * view.period.span)
    assert view.selected_id is None


def test_no_note_where_events_are_in_view(started_in):
    window = started_in("en", (800, 500))
    assert window.timeline.current_layout().events
    assert window.timeline.current_layout().note is None


def test_no_note_when_the_filter_itself_matches_nothing(qtbot, started_in):
    """The window shows its empty result page instead, with the way back."""
    window = started_in("en", (800, 500))
    window.timeline.go_to(QUIET_DAY, 1)
    window.filter_bar.set_filter(EventFilter(text="zzzz"), ())
    window.apply_filter(EventFilter(text="zzzz"))
    assert window.timeline_area.currentWidget() is window.empty_result
    assert window.timeline.current_layout().note is None


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_notes_tooltip_gives_the_whole_title_and_the_key(qtbot, started_in, language):
    window = started_in(language, (800, 500))
    view, later = later_offered(window)
    text = view.note_tooltip_html(later)
    assert later.title in text
    assert ("Ctrl+←" if language == "ar" else "Ctrl+→") in text


def test_over_one_of_the_notes_events_the_mouse_becomes_a_hand(qtbot, started_in):
    window = started_in("en", (800, 500))
    view, later = later_offered(window)
    rect = later.date_rect
    qtbot.mouseMove(view, QPoint(round(rect.right - 5), round(rect.y + rect.height / 2)))
    assert view.cursor().shape() == Qt.CursorShape.PointingHandCursor
    note = view.current_layout().note
    assert note is not None
    ground = note.ground
    qtbot.mouseMove(view, QPoint(round(ground.x + ground.width / 2), round(ground.y + 4)))
    assert view.cursor().shape() != Qt.CursorShape.PointingHandCursor


def test_panning_into_a_quiet_stretch_finds_the_notes_events_read(qtbot, bare_view, drawn_reads):
    """Between frames the view reads ahead the events either side of it, however far: the
    frame that pans on past the IPU assembly into the quiet days after it reads nothing
    from the database to offer the forum, three weeks on."""
    view = bare_view
    start = day_number(date(2025, 4, 8))
    view.set_period(Period(start, start + 3))  # the assembly's last two days
    view.show()
    qtbot.waitExposed(view)
    view.repaint()
    qtbot.waitUntil(
        lambda: view._layout is not None and not view._read_ahead.isActive(), timeout=10_000
    )
    drawn_reads.start()
    for _press in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        view.repaint()
    note = view.current_layout().note
    assert note is not None
    later = note.link(later=True)
    assert later is not None and later.date == "28–29 April 2025"
    assert drawn_reads.reads == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_screen_reader_hears_the_note_while_nothing_is_selected(qtbot, started_in, language):
    window = started_in(language, (800, 500))
    view, note = quiet(window)
    view.grab()  # a frame painted
    spoken = view.accessibleDescription()
    assert spoken.startswith(note.heading)
    later = note.link(later=True)
    assert later is not None and f"{later.date}: {later.title}." in spoken
    assert ("Ctrl+←" if language == "ar" else "Ctrl+→") in spoken
    qtbot.keyClick(view, Qt.Key.Key_Left if language == "ar" else Qt.Key.Key_Right, CTRL)
    view.grab()
    assert view.accessibleDescription().endswith(later.title), "the event selected"
