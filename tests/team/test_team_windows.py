"""Two app windows with two engines on one database (a file, or a PostgreSQL server): what
one saves, the other shows by itself within a second, its view and selection unmoved; when
both edit one event, the second save gets the conflict and overwrites nothing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QPushButton, QTableWidget

from timeline.io.sample import load_sample, open_sample_store
from timeline.ui.conflict_dialog import ConflictDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow

EDITED = "Nurtleu in Rabat (saved in the other window)"


def window_on(qtbot, store, fmt) -> MainWindow:
    window = MainWindow(store, fmt, open_sample_store, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    return window


def kazakh_visit(store):
    return next(e for e in store.find() if e.title_en.startswith("Kazakh Foreign"))


def test_a_save_in_one_window_shows_in_the_other_within_a_second(
    qtbot, store, other_store, english, respond
):
    load_sample(store)
    mine, theirs = window_on(qtbot, store, english), window_on(qtbot, other_store, english)
    visit = kazakh_visit(store)
    theirs._select(visit.id)
    period = theirs.timeline.period
    qtbot.wait(100)  # let both windows settle before the save

    def retitle(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText(EDITED)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, retitle)
    mine.editing.edit_event(visit.id)
    # "Within a second" is the window's look-out interval; the wait itself is generous, so
    # that a busy machine does not fail the test by chance.
    assert theirs._watch.interval() <= 1000 and theirs._watch.isActive()
    row = theirs.event_list.model_.row_of(visit.id)

    def shown() -> bool:
        return theirs.event_list.model_.event_at(row).title_en == EDITED

    qtbot.waitUntil(shown, timeout=10_000)
    assert theirs.details.title.text() == EDITED
    assert theirs.timeline.selected_id == visit.id, "the selection stays"
    assert theirs.timeline.period == period, "the view does not move"
    assert theirs.details.history.list.count() == 2, "the history shows the edit too"


def test_both_edit_one_event_and_the_second_gets_the_conflict(
    qtbot, store, other_store, english, respond
):
    load_sample(store)
    first, second = window_on(qtbot, store, english), window_on(qtbot, other_store, english)
    visit = kazakh_visit(store)
    seen = {}

    def edit_while_the_other_saves(dialog: EventEditorDialog) -> None:
        first.editing.save_edit(visit, replace(visit, summary="Roadmap adopted (saved first)"))
        dialog.title_en.setText("Nurtleu visits Rabat (saved second)")
        dialog.findChild(QPushButton, "saveButton").click()

    def look_and_keep_mine(dialog: ConflictDialog) -> None:
        table = dialog.findChild(QTableWidget, "differences")
        seen["fields"] = {table.item(row, 0).text() for row in range(table.rowCount())}
        dialog.keep_mine.click()

    respond(EventEditorDialog, edit_while_the_other_saves)
    respond(ConflictDialog, look_and_keep_mine)
    second.editing.edit_event(visit.id)
    # Their summary stays theirs: only what I changed is mine to save over theirs.
    assert seen["fields"] == {"Title in English"}
    saved = store.get(visit.id)
    assert saved.title_en == "Nurtleu visits Rabat (saved second)"
    assert saved.summary == "Roadmap adopted (saved first)"
    assert saved.version == visit.version + 2
    assert [e.action.value for e in store.history(visit.id)] == ["edit", "edit", "create"]
