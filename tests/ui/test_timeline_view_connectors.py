"""In the window: the sample's agreement threads and sideline links joined on the timeline,
selecting or hovering over an event highlights its thread, and a link in the details moves
the selection (and the highlight) to the other event."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from timeline.render.connectors import AGREEMENT
from timeline.render.describe import describe


def titled(store, start: str) -> int:
    return next(e.id for e in store.find() if e.title_en.startswith(start))


def marker_centre(window, event_id: int) -> QPoint:
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == event_id)
    rect = shape.marker_rect
    return QPoint(int(rect.x + rect.width / 2), int(rect.y + rect.height / 2))


def test_selecting_a_step_highlights_its_agreements_thread(open_window, sample_store, english):
    window = open_window(sample_store, english)
    signed = titled(sample_store, "Morocco–Kazakhstan visa exemption agreement")
    in_force = titled(sample_store, "Morocco–Kazakhstan visa exemption enters")
    described = describe(window.timeline.current_layout())["connectors"]
    assert {"kind": AGREEMENT, "ids": [signed, in_force]} in [
        {"kind": c["kind"], "ids": c["ids"]} for c in described
    ]
    assert window.timeline.highlighted == frozenset()

    window.event_list.select_event(signed)
    assert window.timeline.selected_id == signed
    assert window.timeline.highlighted == {signed, in_force}


def hover(widget, point: QPoint) -> None:
    """The mouse moved over ``point`` with no button down (as QTest cannot send offscreen)."""
    at = QPointF(point)
    moved = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, moved)


def test_hovering_over_an_event_highlights_its_thread(open_window, sample_store, english):
    window = open_window(sample_store, english)
    assembly = titled(sample_store, "150th Assembly")
    meetings = {
        titled(sample_store, f"Ould Errachid {who}") for who in ("meets S", "and", "meets O")
    }
    hover(window.timeline, marker_centre(window, assembly))
    assert window.timeline.highlighted == {assembly, *meetings}
    hover(window.timeline, QPoint(5, window.timeline.height() // 2))  # nothing there
    assert window.timeline.highlighted == frozenset()


def test_a_link_in_the_details_selects_the_other_event(qtbot, open_window, sample_store, english):
    window = open_window(sample_store, english)
    meeting = titled(sample_store, "Ould Errachid and Koshanov")
    assembly = titled(sample_store, "150th Assembly")
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=marker_centre(window, meeting))
    assert window.timeline.selected_id == meeting
    links = window.details.links
    assert links.isVisible() and "150th Assembly" in links.text()

    qtbot.mouseClick(links, Qt.MouseButton.LeftButton, pos=QPoint(20, links.height() // 2))
    assert window.timeline.selected_id == assembly
    assert window.details.title.text().startswith("150th Assembly")
    assert meeting in window.timeline.highlighted


def test_in_arabic_the_thread_runs_leftwards(open_window, sample_store, arabic, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window(sample_store, arabic)
        signed = titled(sample_store, "Morocco–Kazakhstan visa exemption agreement")
        described = describe(window.timeline.current_layout())["connectors"]
        visa = next(c for c in described if c["ids"][0] == signed)
        assert visa["x"][0] > visa["x"][1]  # the signature on the right, entry into force left
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
