"""Recording events as a researcher does: the editor, undo and redo, delete, duplicates.

Modal dialogs are answered the way a person answers them: once they are on screen.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from timeline.domain.dates import FuzzyDate, Precision
from timeline.domain.kinds import EventKind
from timeline.domain.period import day_number
from timeline.io.sample import open_sample_store
from timeline.ui.duplicate_dialog import DuplicateDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, empty_store, english) -> MainWindow:
    widget = MainWindow(empty_store, english, open_sample_store)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_hijri_visa_entry(dialog: EventEditorDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.AGREEMENT_IN_FORCE))
    dialog.countries.first.set_code("MA")
    dialog.countries.second.set_code("KZ")
    dialog.title_en.setText("Morocco–Kazakhstan visa exemption enters into force")
    row = dialog.start
    row.precision.setCurrentIndex(row.precision.findData(Precision.DAY))
    row.calendar.setCurrentIndex(row.calendar.findData(True))  # Hijri
    row.year.setValue(1446)
    row.month.setValue(9)
    row.day.setValue(19)
    dialog.findChild(QPushButton, "saveButton").click()


def titles(store) -> list[str]:
    return [event.title_en for event in store.find()]


def test_create_edit_undo_redo_delete(qtbot, window, empty_store, respond):
    respond(EventEditorDialog, fill_hijri_visa_entry)
    window.editing.actions["newEvent"].trigger()
    (created,) = empty_store.find()
    assert created.date.start == FuzzyDate(2025, 3, 19)
    assert window.pages.currentWidget() is window.splitter, "no longer the welcome page"
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == created.id)
    scale = window.timeline.current_layout().scale
    assert int(scale.day(shape.marker_rect.x + shape.marker_rect.width / 2)) == int(
        day_number(date(2025, 3, 19))
    )

    def retitle(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText("Visa exemption in force")
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, retitle)
    window.editing.edit_event(created.id)
    assert titles(empty_store) == ["Visa exemption in force"]
    assert window.undo_stack.undoText().startswith("Edit")

    window.undo_stack.undo()
    assert titles(empty_store) == ["Morocco–Kazakhstan visa exemption enters into force"]
    window.undo_stack.undo()
    assert titles(empty_store) == []
    window.undo_stack.redo()
    assert titles(empty_store) == ["Morocco–Kazakhstan visa exemption enters into force"]
    assert empty_store.find()[0].id == created.id, "redo brings back the same identity"

    window._select(created.id)
    respond(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.editing.actions["deleteEvent"].trigger()
    assert titles(empty_store) == []
    window.undo_stack.undo()
    (restored,) = empty_store.find()
    assert restored.id == created.id and restored.date == created.date


def test_undo_menu_entries_say_what_they_undo(window):
    undo = window.findChild(type(window.editing.actions["newEvent"]), "undo")
    assert not undo.isEnabled()
    assert undo.text() == "&Undo"


def test_a_duplicate_can_be_merged(qtbot, english, sample_store, respond):
    widget = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(widget)
    widget.show()
    count = sample_store.count()

    def same_visit(dialog: EventEditorDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.OFFICIAL_VISIT))
        dialog.countries.first.set_code("MA")
        dialog.countries.second.set_code("KZ")
        dialog.title_en.setText("Kazakh foreign minister Nurtleu visits Rabat")
        dialog.title_fr.setText("Le ministre kazakh Nurtleu en visite à Rabat")
        dialog.start.set_fuzzy_date(FuzzyDate(2025, 2))
        respond(DuplicateDialog, lambda d: d.merge.click())
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, same_visit)
    widget.editing.actions["newEvent"].trigger()
    assert sample_store.count() == count, "merged, not added"
    visit = next(e for e in sample_store.find() if e.title_en.startswith("Kazakh Foreign"))
    assert visit.title_fr.startswith("Visite à Rabat"), "the existing French title is kept"
    widget.undo_stack.undo()
    assert sample_store.count() == count
