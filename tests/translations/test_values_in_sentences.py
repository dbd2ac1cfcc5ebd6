"""Paths, file names, URLs and identifiers put into Arabic sentences read as they do on
their own: "/tmp/a.sqlite3", not "tmp/a.sqlite3/"; "2025-03 briefing.pdf", not "03-2025
briefing.pdf"; "(GPL-3.0-or-later)" whole, not its halves on two lines with their brackets
swapped. Each window is opened as the app starts in Arabic (mirrored, translated).

What is compared is the order in which the characters are painted from left to right
(visual_order): the value, as read left to right on its own, must be found in the sentence.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton
from translations.test_dialog_layouts import TESTS, Situation, started_in  # noqa: F401
from visual_order import seen_left_to_right, seen_lines

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.export.briefing_export import Exported
from timeline.io.sample import open_sample_store
from timeline.store.backups import backup_sqlite_file, list_backups, new_backup_path
from timeline.store.errors import LockedFileError
from timeline.ui import export_dialog, file_controller
from timeline.ui.about_dialog import AboutDialog
from timeline.ui.empty_result import EmptyResult
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.main_window import MainWindow
from timeline.ui.open_error_dialog import OpenErrorDialog
from timeline.ui.restore_dialog import RestoreDialog

ARABIC = DateFormat("ar", DateStyle.MAGHREB)
#: A database named in Arabic, as `diplomatic-timeline --database أحداث.sqlite3` opens it
#: (a path is taken as typed, so it starts with Arabic letters).
ARABIC_NAME = "أحداث.sqlite3"
SCOPE = frozenset({"MA", "AZ"})
LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft


def alone(value: str) -> str:
    """``value`` read left to right on its own, in a left-to-right line."""
    return seen_left_to_right(value, direction=LEFT_TO_RIGHT)


@pytest.fixture
def arabic(started_in, qtbot):  # noqa: F811
    """``show(widget)``: the widget shown in the app as started in Arabic."""
    started_in("ar")

    def show(widget):
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return show


@pytest.fixture
def situation(request) -> Situation:
    return Situation(ARABIC, request)


@pytest.fixture
def arabic_named(tmp_path, _store_files, monkeypatch) -> Path:
    """The sample's file under an Arabic name, opened by that relative name."""
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(_store_files["sample"], ARABIC_NAME)
    return Path(ARABIC_NAME)


def test_the_restore_dialog_names_the_file_with_its_slash_first(arabic, situation):
    path = situation.backed_up()
    dialog = arabic(RestoreDialog(path))
    intro = dialog.findChild(QLabel, "restoreIntro")
    assert str(path) in seen_left_to_right(intro.text(), intro.font())
    question = dialog.confirmation(dialog.backups[0])
    assert str(path) in seen_left_to_right(question.text())


def test_a_backup_of_a_file_named_in_arabic_keeps_its_name_in_order(arabic, arabic_named):
    when = datetime.now() - timedelta(days=2)
    backup_sqlite_file(arabic_named, new_backup_path(arabic_named, "daily", when))
    dialog = arabic(RestoreDialog(arabic_named))
    name = list_backups(arabic_named)[0].path.name
    # The cell shows the copy's stamp and why (the database's name is every copy's); the
    # tooltip names it whole, in order.
    cell = dialog.table.item(0, 3)
    assert seen_left_to_right(cell.text(), direction=RIGHT_TO_LEFT).endswith("-daily.sqlite3")
    assert alone(name) in seen_left_to_right(cell.toolTip(), direction=RIGHT_TO_LEFT)


def test_the_open_error_reads_left_to_right_and_copies_without_marks(arabic, arabic_named):
    message = f"{ARABIC_NAME}: is locked by another program"
    dialog = arabic(OpenErrorDialog(LockedFileError(message, readable=True), arabic_named))
    first = seen_lines(dialog.message)[0]
    assert first.startswith(alone(f"{ARABIC_NAME}: is locked"))
    dialog.message.setSelection(0, len(message))
    assert dialog.message.selectedText() == message  # pastes into a terminal as it is


def test_the_licence_identifier_stays_whole_between_its_brackets(arabic):
    dialog = arabic(AboutDialog("/data/team/timeline.sqlite3", "sqlite"))
    licence = next(label for label in dialog.findChildren(QLabel) if "GPL" in label.text())
    lines = seen_lines(licence)
    assert any(re.search(r"[()]GPL-3\.0-or-later[()]", line) for line in lines), lines


def test_the_opened_file_reads_left_to_right_in_about(arabic):
    dialog = arabic(AboutDialog(ARABIC_NAME, "sqlite"))
    value = next(label for label in dialog.findChildren(QLabel) if ARABIC_NAME in label.text())
    assert seen_lines(value) == [alone(ARABIC_NAME)]


def test_the_import_dialog_title_keeps_a_dated_file_name_in_order(arabic, situation, tmp_path):
    path = tmp_path / "2025-03 gdelt.export.CSV"
    shutil.copyfile(TESTS / "io" / "fixtures" / "gdelt-1.0-daily.export.CSV", path)
    dialog = arabic(
        ImportDialog(None, situation.fixture("empty_store"), path, fmt=ARABIC, scope=SCOPE)
    )
    assert path.name in seen_left_to_right(dialog.windowTitle())


def test_the_window_title_keeps_a_file_named_in_arabic_in_order(arabic, arabic_named, store_copy):
    store = store_copy("sample", arabic_named)
    window = arabic(MainWindow(store, ARABIC, open_sample_store))
    try:
        assert alone(ARABIC_NAME) in seen_left_to_right(window.windowTitle())
    finally:
        store.database.close()


def test_the_status_bar_names_the_exported_and_backed_up_files_in_order(
    arabic, situation, tmp_path, monkeypatch
):
    window = arabic(MainWindow(situation.store, ARABIC, open_sample_store))
    exported = tmp_path / "2025-03 briefing.pdf"
    done = (exported, Exported(6, 2))
    monkeypatch.setattr(export_dialog, "export_interactively", lambda *_: done)
    window.files.export_briefing()
    assert str(exported) in seen_left_to_right(_whole_status(window))
    copy = tmp_path / "2025-03-01 copy.sqlite3"
    monkeypatch.setattr(file_controller, "save_file_name", lambda *_, **__: (str(copy), ""))
    window.files.backup()
    assert str(copy) in seen_left_to_right(_whole_status(window))
    # Cut short in a narrow window, after a word of the path: what shows reads in order too.
    shown = window.statusBar().currentMessage()
    if shown.endswith("…"):
        assert shown[:-1].split("\u2066")[-1].rstrip("\u2069") in seen_left_to_right(shown)


def _whole_status(window: MainWindow) -> str:
    """The status line's message whole: its tooltip where the line shows it cut short."""
    bar = window.statusBar()
    return bar.toolTip() or bar.currentMessage()


def test_the_export_progress_names_a_dated_file_in_order(
    arabic, situation, pair_request, tmp_path, monkeypatch
):
    shown = []

    def export_file(store, path, request, report):
        shown.append(parent.findChild(QProgressDialog).labelText())
        return Exported(6, 2)

    monkeypatch.setattr(export_dialog, "export_file", export_file)
    parent = arabic(QLabel())
    path = tmp_path / "2025-03 briefing.pdf"
    assert export_dialog.run_export(
        parent, situation.store, path, pair_request("ar"), reader=ARABIC
    ) == Exported(6, 2)
    assert path.name in seen_left_to_right(shown[0])


def test_an_empty_search_quotes_the_words_typed_in_their_order(arabic):
    """Words typed in Latin with a year first, quoted in the Arabic sentence."""
    empty = arabic(EmptyResult())
    empty.show_filter(EventFilter(text="2025 visit"))
    assert "2025 visit" in seen_left_to_right(empty.message.text())


def test_deleting_an_event_titled_in_english_quotes_its_title_in_order(arabic, situation, respond):
    """An imported event may have only its English title, which the Arabic interface shows;
    a year it starts with stays in front ("2025 Rabat …", not "Rabat … 2025")."""
    forum = situation.event("3rd South-South Parliamentary Dialogue Forum")
    english_only = situation.store.update(
        replace(forum, title_en="2025 Rabat parliamentary forum", title_ar="", title_fr="")
    )
    window = arabic(MainWindow(situation.store, ARABIC, open_sample_store))
    window._select(english_only.id)
    asked = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.findChild(QPushButton, "deleteButton").click()

    respond(QMessageBox, answer)
    window.editing.actions["deleteEvent"].trigger()
    title = english_only.title_en
    assert title in seen_left_to_right(asked[0])
    assert title in seen_left_to_right(window.undo_stack.undoText())


def test_a_wrong_date_in_the_filter_names_its_month_in_order(arabic, situation):
    """ "The month 2025-02 has 28 days": the month as typed, not "02-2025"."""
    window = arabic(MainWindow(situation.store, ARABIC, open_sample_store))
    window.filter_bar.start.setText("2025-02-30")
    window.filter_bar.start.returnPressed.emit()
    assert "2025-02" in seen_left_to_right(window.filter_bar.problem.text())


def test_a_rejected_row_gives_its_reason_with_the_month_in_order(arabic, situation):
    path = TESTS / "io" / "fixtures" / "gdelt-1.0-daily.export.CSV"
    dialog = arabic(
        ImportDialog(None, situation.fixture("empty_store"), path, fmt=ARABIC, scope=SCOPE)
    )
    model = dialog.rejected_rows.model()
    fields = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    reason = model.data(model.index(fields.index("SQLDATE"), 2))
    assert "2025-02" in seen_left_to_right(reason, direction=RIGHT_TO_LEFT)
