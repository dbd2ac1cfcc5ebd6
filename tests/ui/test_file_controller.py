"""The File menu's commands, and going to a date, as the window's reader meets them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit
from visual_order import seen_left_to_right, seen_lines

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.period import day_number
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui import file_controller
from timeline.ui.import_dialog import ImportDialog


@pytest.mark.parametrize(
    ("language", "style", "examples"),
    [
        ("ar", DateStyle.MAGHREB, ["2025-03-19", "2025-03", "1446-09-19"]),
        ("ar", DateStyle.EGYPT, ["٢٠٢٥/٠٣/١٩", "٢٠٢٥/٠٣", "١٤٤٦/٠٩/١٩"]),
        ("fr", DateStyle.MAGHREB, ["2025-03-19", "2025-03", "1446-09-19"]),
    ],
)
def test_go_to_date_shows_its_examples_as_they_are_typed(
    qtbot, started_in, respond, language, style, examples
):
    """Ctrl+G's question shows each example of a date, in the reader's digits, as its field
    shows it typed: in Arabic, "2025-03-19" showed as "19-03-2025" (its numbers, after
    Arabic words, taken for Arabic ones), the field "2025-03-19". In Arabic-Indic digits,
    hyphens turned "٢٠٢٥-٠٣-١٩" round in the field too ("١٩-٠٣-٢٠٢٥"): slashes, as such a
    reader types a day, keep it year first."""
    window = started_in(language)
    window.set_reader(DateFormat(language, style))
    seen: list[str] = []
    typed: list[str] = []

    def read(question: QInputDialog) -> None:
        label = next(label for label in question.findChildren(QLabel) if label.text())
        seen.extend(seen_lines(label))
        field = question.findChild(QLineEdit)
        typed.extend(seen_left_to_right(t, field.font(), field.layoutDirection()) for t in examples)
        question.reject()

    respond(QInputDialog, read)
    window.files.actions["goToDate"].trigger()
    line = " ".join(seen)
    assert typed and all(example in line for example in typed), (line, typed)


def test_ctrl_b_backs_the_database_up_into_the_file_named(
    qtbot, open_window, sample_store, english, tmp_path, monkeypatch
):
    """Ctrl+B, as a person presses it on the timeline, writes a copy that opens with every
    event the window's database holds."""
    window = open_window(sample_store, english)
    copy = tmp_path / "before the visit.sqlite3"
    monkeypatch.setattr(file_controller, "save_file_name", lambda *_, **__: (str(copy), ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.timeline, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    backed_up = EventStore(open_database(copy, read_only=True))
    try:
        assert len(backed_up.find()) == len(sample_store.find()) > 0
    finally:
        backed_up.database.close()


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Morocco v1.2", "Morocco v1.2.sqlite3"),
        ("team.db", "team.db"),
        ("before the visit", "before the visit.sqlite3"),
        ("before the visit.", "before the visit.sqlite3"),
        ("team.db.", "team.db"),
    ],
)
def test_a_backups_name_with_a_dot_still_gets_its_suffix(
    open_window, sample_store, english, tmp_path, monkeypatch, typed, written
):
    """ "Morocco v1.2" was written as "Morocco v1.2", its ".2" taken for a suffix: the open
    dialog, which lists databases, did not show it."""
    window = open_window(sample_store, english)
    copies = tmp_path / "copies"
    copies.mkdir()
    monkeypatch.setattr(
        file_controller, "save_file_name", lambda *_, **__: (str(copies / typed), "")
    )
    window.files.actions["backup"].trigger()
    assert [path.name for path in copies.iterdir()] == [written]


def test_import_asks_for_its_file_where_the_last_one_came_from(
    open_window, sample_store, english, tmp_path, monkeypatch, respond
):
    """The import's file chooser opened in whatever folder the app was started from: it
    opens in the home folder, then where the last file imported was."""
    folder = tmp_path / "communiqués"
    folder.mkdir()
    chosen = folder / "events.csv"
    chosen.write_text("kind,countries,date,title_en\n", encoding="utf-8")
    asked: list[str] = []

    def choose(_parent, _title, where, _filters, _fmt) -> str:
        asked.append(where)
        return str(chosen)

    monkeypatch.setattr(file_controller, "open_file_name", choose)
    window = open_window(sample_store, english)
    for _time in range(2):
        respond(ImportDialog, lambda preview: preview.reject())
        window.files.import_events()
    assert asked == [str(Path.home()), str(folder)]


def test_go_to_a_date_that_cannot_be_read_says_why_and_asks_again_with_what_was_typed(
    qtbot, started_in, respond
):
    """ "2025-02-31": the reason came in a box of its own and what was typed was gone, to be
    typed afresh after Ctrl+G again. The question comes back with it, to be corrected."""
    from PySide6.QtWidgets import QMessageBox

    window = started_in("en")
    answers = iter(["2025-02-31", "2025-02-28"])
    shown: list[str] = []
    reasons: list[str] = []

    def type_a_date(question: QInputDialog) -> None:
        shown.append(question.textValue())
        question.setTextValue(next(answers))
        question.accept()
        if len(shown) == 1:
            respond(QMessageBox, say_why)

    def say_why(box: QMessageBox) -> None:
        reasons.append(box.text())
        respond(QInputDialog, type_a_date)
        box.accept()

    respond(QInputDialog, type_a_date)
    window.files.actions["goToDate"].trigger()
    assert shown == ["", "2025-02-31"]
    assert len(reasons) == 1 and "28" in reasons[0]
    assert (
        window.timeline.period.start <= day_number(date(2025, 2, 28)) < window.timeline.period.end
    )


def test_an_import_keeps_the_steps_before_it_undoable_and_says_what_it_did(
    open_window, sample_store, english, tmp_path, monkeypatch, respond
):
    """An event deleted ("You can undo this with Ctrl+Z"), then a file imported: the undo
    history was gone, the event lost, and nothing said what the import had done."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    chosen = tmp_path / "communiqués.csv"
    chosen.write_text(
        "kind,countries,date,title_en\n"
        "official-visit,MA;KZ,2026-01-12,A visit to Astana\n"
        "official-visit,MA;KZ,2026-13-12,A visit of no month\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(file_controller, "open_file_name", lambda *_args: str(chosen))
    window = open_window(sample_store, english)
    deleted = max(sample_store.find(), key=lambda event: event.id)  # its id the next one's
    window._select(deleted.id)
    respond(QMessageBox, lambda box: box.findChild(QPushButton, "deleteButton").click())
    window.editing.actions["deleteEvent"].trigger()
    respond(ImportDialog, lambda preview: preview.import_button.click())
    window.files.import_events()
    said = window.statusBar().currentMessage()
    counts = "2 rows; 1 added; 0 already imported; 1 rejected"
    assert said == f"Imported communiqués.csv (csv): {counts}"
    assert window.undo_stack.canUndo() and window.undo_stack.undoText().startswith("Delete")
    window.undo_stack.undo()
    assert sample_store.get(deleted.id).title_en == deleted.title_en
