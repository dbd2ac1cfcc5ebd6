"""When a database cannot be opened: which file and why, and only the next steps that work.

The file, left to right, then the StoreError's reason in the reader's language (shown as
plain text: a file name is user text).
Reading read-only is offered only when the error says reading would work, a backup only
when the backups folder holds a readable one, trying again only when another program holds
the file, and a new database only where there is no file at the path (its folder cannot be
made, a path mistyped, a drive gone); opening another file and quitting are always there.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.messages import Message
from timeline.store.backups import KEEP_BACKUPS, list_backups
from timeline.store.database import Database, open_database
from timeline.store.errors import LockedFileError, StoreError
from timeline.ui.error_words import as_sentence, reader, said
from timeline.ui.file_dialogs import open_file_name, save_file_name
from timeline.ui.fonts import widget_font
from timeline.ui.left_to_right import show_left_to_right
from timeline.ui.restore_dialog import RestoreDialog
from timeline.ui.window_size import fit_as_message
from timeline.ui.wrapped_label import wrap_lines


class OpenChoice(StrEnum):
    OPEN_ANOTHER = "open-another"
    NEW = "new"
    RESTORE = "restore"
    READ_ONLY = "read-only"
    RETRY = "retry"
    QUIT = "quit"


def choices_for(error: StoreError, path: Path | None) -> list[OpenChoice]:
    """The next steps that can succeed after ``error`` on ``path``, in button order."""
    choices = [OpenChoice.OPEN_ANOTHER]
    if path is not None and not path.exists():  # nothing there to open
        choices.append(OpenChoice.NEW)
    if path is not None and any(info.events is not None for info in list_backups(path)):
        choices.append(OpenChoice.RESTORE)
    if path is not None and error.read_only_helps:
        choices.append(OpenChoice.READ_ONLY)
    if isinstance(error, LockedFileError):
        choices.append(OpenChoice.RETRY)
    return [*choices, OpenChoice.QUIT]


class OpenErrorDialog(QDialog):
    """Says which database and why; ``choice`` holds the button pressed (QUIT on close)."""

    def __init__(
        self,
        error: StoreError,
        path: Path | None,
        parent: QWidget | None = None,
        fmt: DateFormat | None = None,
    ) -> None:
        """``fmt``: the reader the app starts for (its digits), when known."""
        super().__init__(parent)
        self.setObjectName("openErrorDialog")
        self.setWindowTitle(self.tr("Diplomatic Timeline"))
        self.choice = OpenChoice.QUIT
        heading = QLabel(self.tr("The database could not be opened"))
        heading.setFont(widget_font(15, bold=True))
        # The file on a line of its own, left to right (copied without invisible marks,
        # it names the file in a terminal), then the reason in the reader's language; a
        # reason that came as text (a driver's words) is shown whole, left to right.
        self.file = QLabel()
        self.file.setObjectName("openErrorFile")
        self.message = QLabel()
        self.message.setObjectName("openErrorMessage")
        if isinstance(error.detail, Message):
            show_left_to_right(self.file, error.about)
            self.message.setTextFormat(Qt.TextFormat.PlainText)
            reason = said(StoreError(error.detail), fmt)
            # Under the file's line it reads on from it ("…/notes.sqlite3" / "is not a
            # SQLite database"); alone, a sentence of its own.
            self.message.setText(reason if error.about else as_sentence(reason))
        else:
            show_left_to_right(self.message, str(error))
        # Not an empty line where no file is named (a data folder that cannot be made).
        self.file.setVisible(isinstance(error.detail, Message) and bool(error.about))
        for label in (self.file, self.message):
            wrap_lines(label)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        captions = {
            OpenChoice.OPEN_ANOTHER: self.tr("Open &another…"),
            OpenChoice.NEW: self.tr("&New database…"),
            OpenChoice.RESTORE: self.tr("&Restore a backup…"),
            OpenChoice.READ_ONLY: self.tr("Open read-&only"),
            OpenChoice.RETRY: self.tr("&Try again"),
            OpenChoice.QUIT: self.tr("&Quit"),
        }
        box = QDialogButtonBox()
        self.buttons: dict[OpenChoice, QPushButton] = {}
        for choice in choices_for(error, path):
            button = QPushButton(captions[choice])
            button.setObjectName(f"{choice.value}Button")
            role = (
                QDialogButtonBox.ButtonRole.RejectRole
                if choice is OpenChoice.QUIT
                else QDialogButtonBox.ButtonRole.ActionRole
            )
            box.addButton(button, role)
            button.clicked.connect(lambda _checked=False, chosen=choice: self._choose(chosen))
            self.buttons[choice] = button
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.file)
        layout.addWidget(self.message)
        layout.addWidget(box)
        fit_as_message(self)

    def _choose(self, choice: OpenChoice) -> None:
        self.choice = choice
        if choice is OpenChoice.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        self.choice = OpenChoice.QUIT
        super().reject()


def recover_from_open_error(
    error: StoreError,
    path: Path | None,
    parent: QWidget | None = None,
    keep_backups: int = KEEP_BACKUPS,
    fmt: DateFormat | None = None,
) -> Database | None:
    """Ask what to do until a database opens (returned) or the user quits (None); ``fmt``:
    the reader the app starts for."""
    while True:
        dialog = OpenErrorDialog(error, path, parent, fmt)
        dialog.exec()
        choice = dialog.choice
        if choice is OpenChoice.QUIT:
            return None
        if choice in (OpenChoice.OPEN_ANOTHER, OpenChoice.NEW):
            chosen = _another_file(parent, path, reader(fmt), choice is OpenChoice.NEW)
            if chosen is None:  # cancelled: back to the question
                continue
            path = chosen
        elif choice is OpenChoice.RESTORE:
            assert path is not None
            if RestoreDialog(path, parent, fmt).exec() != QDialog.DialogCode.Accepted:
                continue
        assert path is not None
        try:
            read_only = choice is OpenChoice.READ_ONLY
            return open_database(path, read_only=read_only, keep_backups=keep_backups)
        except StoreError as next_error:
            error = next_error


def _another_file(
    parent: QWidget | None, near: Path | None, fmt: DateFormat, new: bool = False
) -> Path | None:
    """A database file the user chooses, or ``new``: names, where it is made (opening
    creates it; an existing one named there is opened as it is)."""
    folder = str(near.parent) if near and near.parent.is_dir() else ""
    kinds = QCoreApplication.translate("OpenErrorDialog", "Timeline databases (*.sqlite3 *.db)")
    if new:
        title = QCoreApplication.translate("OpenErrorDialog", "Make a new timeline database")
        chosen, _kind = save_file_name(
            parent, title, folder, kinds, fmt, suffix="sqlite3", ask_to_replace=False
        )
    else:
        title = QCoreApplication.translate("OpenErrorDialog", "Open a timeline database")
        chosen = open_file_name(parent, title, folder, kinds, fmt)
    return Path(chosen) if chosen else None
