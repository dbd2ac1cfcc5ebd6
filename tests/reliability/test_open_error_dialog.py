"""The dialog shown when a database cannot be opened: which and why, and what next."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from visual_order import shown_text

from timeline.domain.messages import message
from timeline.store.backups import backup_sqlite_file, new_backup_path
from timeline.store.errors import (
    DamagedFileError,
    EmptyFileError,
    LockedFileError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyFileError,
    StoreError,
)
from timeline.store.repository import EventStore
from timeline.ui import open_error_dialog
from timeline.ui.open_error_dialog import (
    OpenChoice,
    OpenErrorDialog,
    choices_for,
    recover_from_open_error,
)
from timeline.ui.restore_dialog import RestoreDialog

ALWAYS = [OpenChoice.OPEN_ANOTHER, OpenChoice.QUIT]


def make(qtbot, error, path) -> OpenErrorDialog:
    dialog = OpenErrorDialog(error, path)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("error", "offered"),
    [
        (EmptyFileError("x: is empty"), ALWAYS),
        (DamagedFileError("x: is damaged"), ALWAYS),
        (NotADatabaseError("x: is not a SQLite database"), ALWAYS),
        (NewerSchemaError("x: was written by a newer version"), ALWAYS),
        (ReadOnlyFileError("x: is read-only"), [OpenChoice.OPEN_ANOTHER, OpenChoice.READ_ONLY]),
        (
            LockedFileError("x: is locked", readable=True),
            [OpenChoice.OPEN_ANOTHER, OpenChoice.READ_ONLY, OpenChoice.RETRY],
        ),
        (
            LockedFileError("x: is locked", readable=False),
            [OpenChoice.OPEN_ANOTHER, OpenChoice.RETRY],
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, StoreError) else "",
)
def test_only_the_steps_that_can_work_are_offered(qtbot, tmp_path, error, offered):
    path = tmp_path / "timeline.sqlite3"
    path.write_bytes(b"")  # the file the error is about
    dialog = make(qtbot, error, path)
    expected = offered if OpenChoice.QUIT in offered else [*offered, OpenChoice.QUIT]
    assert list(dialog.buttons) == expected


def test_restore_is_offered_when_a_readable_backup_exists(qtbot, sample_file):
    backups = sample_file.parent / "timeline.sqlite3-backups"
    backups.mkdir()
    (backups / "timeline.sqlite3-20250101-120000-daily.sqlite3").write_text("unreadable")
    assert OpenChoice.RESTORE not in make(qtbot, DamagedFileError("x"), sample_file).buttons
    backup_sqlite_file(sample_file, new_backup_path(sample_file, "daily"))
    assert OpenChoice.RESTORE in make(qtbot, DamagedFileError("x"), sample_file).buttons


def test_the_file_and_the_reason_are_shown_as_text_never_as_markup(qtbot, tmp_path):
    path = tmp_path / "<b>x <img src=x>.sqlite3"
    message = f"{path}: is empty (0 bytes), not a database; it was left untouched"
    dialog = make(qtbot, EmptyFileError(message), path)
    assert shown_text(dialog.message) == message


@pytest.mark.parametrize("choice", [OpenChoice.OPEN_ANOTHER, OpenChoice.READ_ONLY])
def test_a_button_closes_the_dialog_with_its_choice(qtbot, tmp_path, choice):
    dialog = make(qtbot, ReadOnlyFileError("x: is read-only"), tmp_path / "t.sqlite3")
    dialog.show()
    qtbot.mouseClick(dialog.buttons[choice], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice is choice


def test_closing_the_dialog_means_quit(qtbot, tmp_path):
    dialog = make(qtbot, ReadOnlyFileError("x: is read-only"), tmp_path / "t.sqlite3")
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is OpenChoice.QUIT


def answer_with(monkeypatch, *choices: OpenChoice) -> list[str]:
    """Make each OpenErrorDialog pick the next of ``choices``; return the messages shown."""
    shown, queue = [], list(choices)

    def pick(dialog):
        shown.append(shown_text(dialog.message))
        dialog.choice = queue.pop(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OpenErrorDialog, "exec", pick)
    return shown


def test_recovery_opens_read_only_when_chosen(qtbot, sample_file, monkeypatch):
    sample_file.chmod(0o444)
    shown = answer_with(monkeypatch, OpenChoice.READ_ONLY)
    database = recover_from_open_error(ReadOnlyFileError("x: is read-only"), sample_file)
    try:
        assert database is not None and database.read_only
    finally:
        database.close()
    assert shown == ["x: is read-only"]


def test_recovery_asks_again_when_another_file_fails_too(qtbot, sample_file, monkeypatch):
    text = sample_file.with_name("notes.sqlite3")
    text.write_text("notes")
    picked = iter([str(text), str(sample_file)])
    monkeypatch.setattr(open_error_dialog, "open_file_name", lambda *args: next(picked))
    shown = answer_with(monkeypatch, OpenChoice.OPEN_ANOTHER, OpenChoice.OPEN_ANOTHER)
    database = recover_from_open_error(EmptyFileError("first: is empty"), None)
    try:
        assert database is not None and database.target.path == sample_file
    finally:
        database.close()
    assert shown[0] == "first: is empty" and "is not a SQLite database" in shown[1]


def test_recovery_restores_then_opens(qtbot, sample_file, monkeypatch):
    yesterday = datetime.now() - timedelta(days=1)
    backup_sqlite_file(sample_file, new_backup_path(sample_file, "daily", yesterday))
    sample_file.write_bytes(b"")
    answer_with(monkeypatch, OpenChoice.RESTORE)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)

    def restore_the_newest(dialog):
        dialog.table.selectRow(0)
        dialog.restore_selected()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", restore_the_newest)
    database = recover_from_open_error(EmptyFileError("x: is empty"), sample_file)
    try:
        assert database is not None and EventStore(database).count() == 11
    finally:
        database.close()


def test_with_no_file_to_open_a_new_database_is_offered_and_made(qtbot, tmp_path, monkeypatch):
    """Where the data folder cannot be made there is no file: only "Open another…" was
    offered, and a first start had no database to open at all. "New database…" names one
    elsewhere, and opening makes it."""
    error = StoreError("the data folder cannot be made")
    assert OpenChoice.NEW not in make(qtbot, error, None).buttons  # a server's
    assert OpenChoice.NEW in make(qtbot, error, tmp_path / "missing" / "t.sqlite3").buttons
    made = tmp_path / "elsewhere.sqlite3"
    named = []

    def name_it(*args, suffix, ask_to_replace):
        named.append((args[1], suffix, ask_to_replace))
        return str(made), ""

    monkeypatch.setattr(open_error_dialog, "save_file_name", name_it)
    answer_with(monkeypatch, OpenChoice.NEW)
    database = recover_from_open_error(error, tmp_path / "missing" / "t.sqlite3")
    try:
        assert database is not None and database.target.path == made and made.exists()
    finally:
        database.close()
    # A name typed bare gets ".sqlite3"; one already there is opened, not replaced.
    assert named == [("Make a new timeline database", "sqlite3", False)]


def test_a_first_start_whose_data_folder_cannot_be_made_asks_what_to_open(
    qtbot, tmp_path, monkeypatch, no_translation_after
):
    """With a display, a home where the data folder cannot be made (a file in its way, a
    service account's read-only home) said so on stderr alone: started from a menu, no
    window came. The open error dialog says why and offers a new database elsewhere, and
    the window opens on it."""
    from timeline import settings as app_settings
    from timeline.cli import main
    from timeline.ui import app

    def no_folder() -> None:
        raise NotADirectoryError(20, "Not a directory")

    monkeypatch.setattr(app_settings, "default_database_path", no_folder)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # as with a display: a person is there
    made = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setattr(
        open_error_dialog, "save_file_name", lambda *args, **options: (str(made), "")
    )
    shown = answer_with(monkeypatch, OpenChoice.NEW)
    opened = []

    def window(store, *args, **kwargs) -> int:
        opened.append(store.database.target.path)
        store.database.close()
        return 0

    monkeypatch.setattr(app, "run_window", window)
    assert main(["--lang", "en"]) == 0
    assert opened == [made]
    assert shown[0].startswith("The data folder ") and "make a new one" in shown[0]


@pytest.mark.parametrize("about", ["", "timeline.sqlite3"])
def test_the_file_has_a_line_only_where_one_is_named(qtbot, tmp_path, about):
    """Where no file is named (a data folder that cannot be made), an empty line stood
    between the heading and the reason, which begins with a capital; under a file's line it
    reads on from it."""
    said = message("store.data_folder_not_made_window", folder=tmp_path, error="Not a directory")
    dialog = make(qtbot, StoreError(said, about=about), tmp_path / "timeline.sqlite3")
    dialog.show()
    assert dialog.file.isVisible() == bool(about)
    assert shown_text(dialog.message).startswith("the data folder " if about else "The data ")


def test_quitting_opens_nothing(qtbot, tmp_path, monkeypatch):
    answer_with(monkeypatch, OpenChoice.QUIT)
    assert recover_from_open_error(EmptyFileError("x"), tmp_path / "t.sqlite3") is None


def test_a_server_database_offers_another_file_or_quitting():
    assert choices_for(StoreError("postgresql://db/timeline: cannot open"), None) == ALWAYS


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_dialog_opens_as_wide_as_a_message_and_as_high_as_its_lines(
    qtbot, tmp_path, no_translation_after, language
):
    """It opened at its narrowest, its buttons' width: 213 pixels in Arabic, the path and
    the reason wrapped over five lines."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.messages import message
    from timeline.ui.app import application
    from timeline.ui.window_size import MESSAGE_WIDTH

    application(language)
    path = tmp_path / "corrupt.sqlite3"
    error = DamagedFileError(message("store.damaged", problem="x"), about=path)
    dialog = OpenErrorDialog(error, path, None, DateFormat(language))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= MESSAGE_WIDTH
    assert dialog.height() <= dialog.heightForWidth(dialog.width()) + 1
