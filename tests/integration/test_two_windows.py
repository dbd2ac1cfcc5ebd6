"""Two windows on one file: each sees the other's saves, and no save is silently lost."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget

from timeline.domain.changes import changes
from timeline.io.sample import load_sample, open_sample_store
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.conflict_dialog import ConflictDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "shared.sqlite3"
    first = EventStore(open_database(path))
    load_sample(first)
    second = EventStore(open_database(path))  # another app: its own engine
    yield first, second
    first.database.close()
    second.database.close()


def window_on(qtbot, store, english) -> MainWindow:
    window = MainWindow(store, english, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_save_in_one_window_appears_in_the_other(qtbot, shared, english):
    first, second = shared
    mine, theirs = window_on(qtbot, first, english), window_on(qtbot, second, english)
    visit = next(e for e in first.find() if e.title_en.startswith("Kazakh Foreign"))
    theirs._select(visit.id)
    period = theirs.timeline.period
    first.update(replace(visit, title_en="Nurtleu in Rabat (edited in the other window)"))
    qtbot.waitUntil(
        lambda: theirs.details.title.text() == "Nurtleu in Rabat (edited in the other window)",
        timeout=10_000,
    )
    assert theirs.timeline.selected_id == visit.id, "the selection stays"
    assert theirs.timeline.period == period, "the view does not move"
    assert mine.timeline.selected_id is None


def test_the_second_of_two_conflicting_saves_sees_both_versions(qtbot, shared, english, respond):
    first, second = shared
    window = window_on(qtbot, second, english)
    visit = next(e for e in second.find() if e.title_en.startswith("Kazakh Foreign"))
    seen = {}

    def edit_title(dialog: EventEditorDialog) -> None:
        # Meanwhile, in the other window:
        first.update(replace(visit, summary="Roadmap adopted (saved first)"))
        dialog.title_en.setText("Nurtleu visits Rabat (saved second)")
        dialog.findChild(QPushButton, "saveButton").click()

    def look_and_keep_mine(dialog: ConflictDialog) -> None:
        table = dialog.findChild(QTableWidget, "differences")
        seen["fields"] = {table.item(row, 0).text() for row in range(table.rowCount())}
        dialog.keep_mine.click()

    respond(EventEditorDialog, edit_title)
    respond(ConflictDialog, look_and_keep_mine)
    window.editing.edit_event(visit.id)
    # Their summary stays theirs: only what I changed is mine to save over theirs.
    assert seen["fields"] == {"Title in English"}
    saved = first.get(visit.id)
    assert saved.title_en == "Nurtleu visits Rabat (saved second)"
    assert saved.summary == "Roadmap adopted (saved first)"
    assert saved.version == visit.version + 2


def test_differences_list_only_what_changed(english):
    sample = open_sample_store().find()[3]
    changed = replace(sample, title_en="<b>new</b>", tags=("a", "b"))
    rows = changes(sample, changed, english)
    assert [row.field for row in rows] == ["title_en", "tags"]
    assert rows[0].after == "<b>new</b>"
