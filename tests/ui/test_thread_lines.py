"""The details of an agreement's step list its other steps as links: a click walks the
thread, from the signature to the entry into force and back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def test_the_details_walk_an_agreements_thread(qtbot, open_window, sample_store, english):
    events = sample_store.find()
    signed, in_force = (
        next(e.id for e in events if e.title_en.startswith(start))
        for start in (
            "Morocco–Kazakhstan visa exemption agreement",
            "Morocco–Kazakhstan visa exemption enters",
        )
    )
    window = open_window(sample_store, english)
    window.event_list.select_event(signed)
    links = window.details.links
    assert "In force: Morocco–Kazakhstan visa exemption enters into force" in links.text()

    qtbot.mouseClick(links, Qt.MouseButton.LeftButton, pos=QPoint(20, links.height() // 2))
    assert window.timeline.selected_id == in_force
    assert "Signed: Morocco–Kazakhstan visa exemption agreement signed" in links.text()
    assert window.timeline.highlighted == {signed, in_force}
