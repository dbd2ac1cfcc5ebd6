"""File > Restore from backup…: the list of copies, and a restore only after a yes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from layout_checks import cut_cells, cut_headers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from visual_order import as_read

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import without_direction_marks
from timeline.store.backups import backup_sqlite_file, backups_dir, list_backups, new_backup_path
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.app import application
from timeline.ui.restore_dialog import FILE, RestoreDialog


def count_events(path) -> int:
    store = EventStore(open_database(path, read_only=True))
    try:
        return store.count()
    finally:
        store.database.close()


@pytest.fixture
def with_backups(sample_file):
    """The sample file, backed up two and five days ago, then cut down to 9 events."""
    for days_ago, reason in ((5, "before-upgrade-to-0002"), (2, "daily")):
        when = datetime.now() - timedelta(days=days_ago)
        backup_sqlite_file(sample_file, new_backup_path(sample_file, reason, when))
    (backups_dir(sample_file) / "timeline.sqlite3-20200101-000000-daily.sqlite3").write_text(
        "broken"
    )
    store = EventStore(open_database(sample_file, keep_backups=0))
    for event in store.find()[:2]:
        store.delete(event.id)
    store.database.close()
    return sample_file


@pytest.fixture
def answers(monkeypatch):
    """Answer every message box with the next button in the list; record what they said."""
    queue: list[QMessageBox.StandardButton] = []
    asked: list[tuple[Qt.TextFormat, str]] = []

    def answer(box):
        asked.append((box.textFormat(), box.text()))
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return queue, asked


def make(qtbot, path) -> RestoreDialog:
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cells(dialog: RestoreDialog, row: int) -> list[str]:
    table = dialog.table
    return [as_read(table.item(row, column).text()) for column in range(table.columnCount())]


def test_backups_are_listed_newest_first_with_dates_and_counts(qtbot, with_backups):
    dialog = make(qtbot, with_backups)
    # the day as the history writes it (the reader's month names and digits)
    two_days_ago = DateFormat().day((datetime.now() - timedelta(days=2)).date(), short=True)
    assert cells(dialog, 0)[:3] == [cells(dialog, 0)[0], "Daily", "11"]
    assert cells(dialog, 0)[0].startswith(two_days_ago)
    assert cells(dialog, 1)[1:3] == ["Before upgrading to schema 0002", "11"]
    assert cells(dialog, 2)[1:] == [
        "Daily",
        "unreadable",
        "20200101-000000-daily.sqlite3",  # without the database's name, its stamp first
    ]
    assert cells(dialog, 2)[0] == "1 Jan 2020 00:00"
    assert not dialog.table.item(2, 0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_newest_copy_is_chosen_at_first_and_restoring_needs_a_yes(qtbot, with_backups, answers):
    """The table's first cell looked chosen (the keyboard's frame on it) while Restore…
    stayed disabled until Space or a click: the newest copy that can be read is chosen."""
    queue, asked = answers
    dialog = make(qtbot, with_backups)
    assert dialog.selected_backup() == dialog.backups[0]
    assert dialog.restore_button.isEnabled()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isDefault() and not dialog.restore_button.isDefault()  # Enter closes
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)  # on to the button, not to the next cell
    qtbot.waitUntil(dialog.restore_button.hasFocus)
    dialog.table.clearSelection()
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()

    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and count_events(with_backups) == 9
    [(text_format, question)] = asked
    assert text_format == Qt.TextFormat.PlainText
    assert str(with_backups) in question and "(11 events)" in question
    assert "backed up first" in question

    queue.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restored == list_backups(with_backups)[1]
    assert count_events(with_backups) == 11
    assert dialog.kept is not None and list_backups(with_backups)[0].events == 9


def test_in_arabic_too_the_newest_copy_is_chosen_at_first(
    qtbot, with_backups, no_translation_after
):
    """Qt's ``selectRow`` chooses nothing in a right-to-left table not shown yet."""
    application("ar")
    dialog = RestoreDialog(with_backups, fmt=DateFormat("ar"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_backup() == dialog.backups[0]
    assert dialog.restore_button.isEnabled()


def test_a_refused_restore_says_why_and_keeps_the_dialog_open(
    qtbot, with_backups, answers, quick_locks
):
    queue, asked = answers
    other_window = open_database(with_backups)
    EventStore(other_window).count()
    try:
        dialog = make(qtbot, with_backups)
        dialog.table.selectRow(0)
        queue += [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok]
        dialog.restore_selected()
    finally:
        other_window.close()
    assert dialog.isVisible() and dialog.restored is None
    assert (asked[1][0], without_direction_marks(asked[1][1])) == (
        Qt.TextFormat.PlainText,
        f"{with_backups}: is open in another window or program; close it there, then restore",
    )


def test_no_backups_says_so(qtbot, tmp_path):
    path = tmp_path / "<b>x <img src=x>.sqlite3"
    dialog = make(qtbot, path)
    assert dialog.table.isHidden() and not dialog.restore_button.isEnabled()
    assert dialog.findChild(QLabel, "noBackups").isVisible()
    intro = dialog.findChild(QLabel, "restoreIntro")
    assert intro.textFormat() == Qt.TextFormat.PlainText and str(path) in as_read(intro.text())


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_column_reads_whole_and_two_copies_of_a_minute_apart(
    qtbot, with_backups, no_translation_after, language
):
    """At its 720 pixels the dialog put the File column behind a scroll bar, its heading
    blank and its names cut mid-stamp: two copies of the same minute looked alike. It
    opens as wide as its columns read whole, within the screen; each name shows without
    the database's, its stamp first, so that cut short (a narrower dialog) the two still
    differ; the whole path is in its tooltip."""
    application(language)
    for seconds in (10, 40):  # two copies taken the same minute
        when = datetime(2026, 12, 7, 0, 49, seconds)
        backup_sqlite_file(with_backups, new_backup_path(with_backups, "manual", when))
    dialog = make(qtbot, with_backups)
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert sum(table.columnWidth(column) for column in range(4)) <= table.viewport().width()
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert cut_cells(table) == [] and cut_headers(table) == []
    names = [table.item(row, FILE) for row in range(2)]
    assert [without_direction_marks(name.text()) for name in names] == [
        "20261207-004940-manual.sqlite3",
        "20261207-004910-manual.sqlite3",
    ]
    for name in names:
        shown = without_direction_marks(name.text())
        assert without_direction_marks(name.toolTip()) == str(
            backups_dir(with_backups) / f"timeline.sqlite3-{shown}"
        )
    # Narrower, each name is cut at its end: the stamps, where they differ, still show.
    dialog.resize(300, dialog.height())  # as narrow as it goes
    qtbot.waitUntil(lambda: dialog.width() == dialog.minimumWidth())
    stamp = table.fontMetrics().horizontalAdvance("20261207-004910") + 12
    assert table.columnWidth(FILE) >= stamp
    elided = [
        table.fontMetrics().elidedText(
            name.text(), Qt.TextElideMode.ElideRight, table.columnWidth(FILE) - 6
        )
        for name in names
    ]
    assert elided[0] != elided[1]
