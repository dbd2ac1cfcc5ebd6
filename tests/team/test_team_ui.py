"""Team mode in the window: the history in the details panel, a role that may only read,
the connect dialog and its keyring, and a server that goes away while saving."""

from __future__ import annotations

from dataclasses import replace

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy.engine import make_url

from timeline.domain.direction import without_direction_marks
from timeline.io.sample import load_sample, open_sample_store
from timeline.settings import settings
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui import connect_dialog, translations
from timeline.ui.connect_dialog import ConnectDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow


def window_on(qtbot, store, fmt) -> MainWindow:
    window = MainWindow(store, fmt, open_sample_store, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_details_show_the_history_and_restore_an_earlier_version(
    qtbot, store, other_store, english
):
    visit = load_sample(store)[0]
    window = window_on(qtbot, store, english)
    window._select(visit.id)
    history = window.details.history
    assert history.isVisible() and history.list.count() == 1
    assert not history.restore_button.isEnabled(), "the newest entry is the event as it is"
    other_store.update(replace(visit, title_en="Retitled elsewhere"))
    qtbot.waitUntil(lambda: history.list.count() == 2, timeout=10_000)
    assert "edited" in history.list.item(0).text()
    changes = without_direction_marks(history.changes.text())
    assert f"Title in English: {visit.title_en} → Retitled elsewhere" in changes
    history.list.setCurrentRow(1)
    assert history.restore_button.isEnabled()
    history.restore_button.click()
    assert store.get(visit.id).title_en == visit.title_en
    assert window.details.title.text() == visit.title_en
    assert history.list.count() == 3
    window.undo_stack.undo()
    assert store.get(visit.id).title_en == "Retitled elsewhere", "restoring is undoable"


def test_a_read_only_role_browses_with_every_edit_control_disabled(
    qtbot, postgres_store, readonly_url, english
):
    visit = load_sample(postgres_store)[0]
    reader = EventStore(open_database(readonly_url))
    window = window_on(qtbot, reader, english)
    window._select(visit.id)
    for action in (
        window.editing.actions["newEvent"],
        window.editing.actions["editEvent"],
        window.editing.actions["deleteEvent"],
        window.files.actions["import"],
        window.editing.actions["fromText"],
    ):
        assert not action.isEnabled(), action.objectName()
    assert not window.details.history.restore_button.isEnabled()
    assert without_direction_marks(window.read_only_note.text()) == (
        "Read-only: the user timeline_reader may only read this database; changes cannot be saved"
    )
    assert window.event_list.model_.rowCount() == 11, "browsing works"
    window.close()
    reader.database.close()


def test_a_read_only_role_is_named_in_an_arabic_window(
    qtbot, qapp, postgres_store, readonly_url, arabic, no_translation_after
):
    """The server's refusal is the store's reason as fields, worded by the window."""
    load_sample(postgres_store)
    translations.use_language("ar")
    reader = EventStore(open_database(readonly_url))
    window = window_on(qtbot, reader, arabic)
    assert without_direction_marks(window.read_only_note.text()) == (
        "للقراءة فقط: لا يحق للمستخدم timeline_reader إلا قراءة قاعدة البيانات هذه، "
        "فلا يمكن حفظ أي تغيير"
    )
    window.close()
    reader.database.close()


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(connect_dialog, "_session_passwords", {})
    yield
    keyring.set_keyring(previous)


def fill(dialog: ConnectDialog, url: str, password: str | None = None) -> None:
    parts = make_url(url)
    dialog.host.setText(parts.host or "")
    dialog.port.setValue(parts.port or 5432)
    dialog.database_name.setText(parts.database or "")
    dialog.user.setText(parts.username or "")
    dialog.password.setText(parts.password if password is None else password)


def test_connecting_keeps_the_password_in_the_keyring_only(
    qtbot, postgres_module_url, memory_keyring
):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, postgres_module_url)
    assert dialog.remember.isChecked() and not dialog.keyring_note.isVisible()
    dialog.connect_button.click()
    assert dialog.database is not None and dialog.result() == ConnectDialog.DialogCode.Accepted
    dialog.database.close()
    parts = make_url(postgres_module_url)
    assert list(memory_keyring.passwords.values()) == [parts.password]
    stored = settings()
    assert stored.value("team/database") == parts.database
    assert parts.password not in {str(stored.value(key)) for key in stored.allKeys()}
    again = ConnectDialog()
    qtbot.addWidget(again)
    assert again.password.text() == parts.password, "filled in from the keyring next time"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"password": "wrong"}, "wrong password for user"),
        ({"port": 1}, "the server refused the connection"),
    ],
    ids=["wrong-password", "refused"],
)
def test_a_failed_connection_says_why_and_stays_open(
    qtbot, postgres_module_url, memory_keyring, change, message
):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, make_url(postgres_module_url).set(**change).render_as_string(False))
    dialog.show()
    dialog.connect_button.click()
    assert dialog.database is None and dialog.isVisible()
    assert message in dialog.message.text()
    assert not memory_keyring.passwords


def test_without_a_keyring_the_password_is_kept_for_the_session_only(
    qtbot, postgres_module_url, no_keyring
):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert dialog.keyring_note.isVisibleTo(dialog) and "no keyring" in dialog.keyring_note.text()
    assert not dialog.remember.isEnabled()
    fill(dialog, postgres_module_url)
    dialog.connect_button.click()
    dialog.database.close()
    assert connect_dialog._session_passwords == {
        dialog.server().account: make_url(postgres_module_url).password
    }


def test_the_file_menu_moves_the_window_to_a_team_database(
    qtbot, postgres_store, english, memory_keyring, tmp_path, respond
):
    load_sample(postgres_store)
    window = window_on(qtbot, EventStore(open_database(tmp_path / "mine.sqlite3")), english)
    url = postgres_store.database.target.url

    def connect(dialog: ConnectDialog) -> None:
        fill(dialog, url)
        dialog.connect_button.click()

    respond(ConnectDialog, connect)
    window.findChild(type(window.editing.actions["newEvent"]), "connectTeam").trigger()
    assert window.store.database.target.url == url
    assert window.event_list.model_.rowCount() == 11
    # The server in words, as the messages name it, not its address and never its password.
    title = without_direction_marks(window.windowTitle())
    host = make_url(url).host
    assert title.startswith(f"database {make_url(url).database} on {host}, port ")
    assert "editor-secret" not in title and "postgresql" not in title
    window.close()
    window.store.database.close()


def test_a_save_while_the_server_is_away_keeps_the_edit_and_retries(
    qtbot, relayed_url, english, respond
):
    url, relay = relayed_url
    store = EventStore(open_database(url))
    visit = load_sample(store)[0]
    window = window_on(qtbot, store, english)
    said = []

    def edit_then_lose_the_server(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText("Typed during the outage")
        relay.cut()
        respond(QMessageBox, say_why)
        dialog.findChild(QPushButton, "saveButton").click()

    def say_why(box: QMessageBox) -> None:
        said.append(box.text())
        respond(EventEditorDialog, save_again_once_it_is_back)
        box.button(QMessageBox.StandardButton.Ok).click()

    def save_again_once_it_is_back(dialog: EventEditorDialog) -> None:
        assert dialog.title_en.text() == "Typed during the outage", "the edit is kept"
        relay.mend()
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, edit_then_lose_the_server)
    window.editing.edit_event(visit.id)
    [message] = said
    assert "nothing was saved" in message or "refused the connection" in message
    assert store.get(visit.id).title_en == "Typed during the outage"
    window.close()
    store.database.close()
