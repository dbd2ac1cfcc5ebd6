"""File > Connect to a team database…: a shared PostgreSQL server instead of a file.

The host, port, database and user are remembered in the app's settings; the password only
ever in the operating system's keyring (through ``keyring``). Where the computer has no
keyring, the dialog says so and the password is kept in memory until the app quits.
A connection that fails keeps the dialog open with the reason in one line (refused, wrong
password, no such database, written by a newer app), so the user can correct it.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import ltr
from timeline.settings import APPLICATION, Key, settings
from timeline.store.database import Database, open_database
from timeline.store.errors import StoreError
from timeline.store.server import server_url
from timeline.ui.error_words import as_sentence, reader, said
from timeline.ui.translations import numbers_locale
from timeline.ui.window_size import keep_wrapped_lines_whole
from timeline.ui.wrapped_label import wrap_lines

#: The keyring's name for our passwords ("service" in keyring's words).
KEYRING_SERVICE = APPLICATION
DEFAULT_PORT = 5432
#: Passwords typed this session where there is no keyring: in memory, never on disk.
_session_passwords: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class TeamServer:
    host: str
    port: int
    database: str
    user: str

    @property
    def account(self) -> str:
        """The keyring's key for this server's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str) -> str:
        return server_url(self.host, self.port, self.database, self.user, password)


def has_keyring() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def stored_password(server: TeamServer) -> str:
    try:
        found = keyring.get_password(KEYRING_SERVICE, server.account) if has_keyring() else None
    except KeyringError:
        found = None
    return found or _session_passwords.get(server.account, "")


def remember_password(server: TeamServer, password: str, in_keyring: bool) -> None:
    """In the keyring when there is one and the user wants it; else for this session only."""
    if in_keyring and has_keyring():
        try:
            keyring.set_password(KEYRING_SERVICE, server.account, password)
            return
        except KeyringError:
            pass  # a locked or broken keyring: fall back to memory, as without one
    _session_passwords[server.account] = password


class ConnectDialog(QDialog):
    """Asks where the team database is and opens it; ``database`` is set on success."""

    def __init__(self, parent: QWidget | None = None, fmt: DateFormat | None = None) -> None:
        """``fmt``: the window's reader, whose digits write the port and the reasons."""
        super().__init__(parent)
        self.fmt = reader(fmt)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.database: Database | None = None
        stored = settings()
        self.host = QLineEdit(str(stored.value(Key.TEAM_HOST, "")))
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setLocale(numbers_locale(self.fmt))  # typed in either digits
        self.port.setRange(1, 65535)
        self.port.setValue(int(str(stored.value(Key.TEAM_PORT, DEFAULT_PORT))))
        self.database_name = QLineEdit(str(stored.value(Key.TEAM_DATABASE, "")))
        self.database_name.setObjectName("databaseName")
        self.user = QLineEdit(str(stored.value(Key.TEAM_USER, "")))
        self.user.setObjectName("user")
        self.password = QLineEdit(stored_password(self.server()))
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(has_keyring())
        self.remember.setEnabled(has_keyring())
        self.keyring_note = QLabel(
            ""
            if has_keyring()
            else self.tr(
                "This computer has no keyring, so the password cannot be stored: it is kept "
                "only until you quit the app."
            )
        )
        self.keyring_note.setObjectName("keyringNote")
        wrap_lines(self.keyring_note)
        self.keyring_note.setVisible(not has_keyring())
        self.message = QLabel()
        self.message.setObjectName("connectMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # quotes the server's words
        wrap_lines(self.message)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database_name)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.remember, self.keyring_note, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        # No narrower than it opens: the note's extra lines in a narrower window would
        # raise the minimum height, left as gaps at this width.
        self.setMinimumWidth(480)
        keep_wrapped_lines_whole(self)

    def server(self) -> TeamServer:
        return TeamServer(
            self.host.text().strip(),
            self.port.value(),
            self.database_name.text().strip(),
            self.user.text().strip(),
        )

    def accept(self) -> None:
        """Connect (and migrate); stay open with the reason when that fails."""
        server = self.server()
        if not (server.host and server.database and server.user):
            self._say(self.tr("Fill in the host, the database and the user."))
            return
        # A whole address pasted into Host was made "postgresql+psycopg://…@[postgresql://
        # db.example.org]:…" and refused with "invalid literal for int() with base 10".
        # So was "db.example.org:5433": "there is no host named db.example.org:5433" (a
        # colon alone is an IPv6 address's).
        with_port = server.host.count(":") == 1
        if with_port or any(char.isspace() or char in "/@" for char in server.host):
            words = self.tr("Type the server's name or address alone in Host (%1 or %2).")
            self._say(words.replace("%1", ltr("db.example.org")).replace("%2", ltr("192.0.2.10")))
            self.host.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.database = open_database(server.url(self.password.text()))
        except StoreError as error:
            self._say(said(error, self.fmt))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        stored = settings()
        for key, value in (
            (Key.TEAM_HOST, server.host),
            (Key.TEAM_PORT, server.port),
            (Key.TEAM_DATABASE, server.database),
            (Key.TEAM_USER, server.user),
        ):
            stored.setValue(key, value)
        remember_password(server, self.password.text(), self.remember.isChecked())
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(as_sentence(text))
        self.message.show()
        keep_wrapped_lines_whole(self)  # room for the message's lines too

    @classmethod
    def ask(cls, parent: QWidget | None, fmt: DateFormat | None = None) -> Database | None:
        """The opened team database, or None if the user gave up."""
        dialog = cls(parent, fmt)
        dialog.exec()
        return dialog.database
