"""File > Connect to a team database…, in the window's reader's language and digits: the
port it asks for, and why a connection failed."""

from __future__ import annotations

import re
import socket

import pytest
from alt_keys import alt_key_problems

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.ui import translations
from timeline.ui.connect_dialog import ConnectDialog


@pytest.fixture
def closed_port() -> int:
    """A port of this computer that nothing listens on: a connection to it is refused at
    once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def refused(qtbot, closed_port, no_translation_after):
    """``refused(fmt)``: the dialog in ``fmt``'s language, once a connection to a closed
    port has failed."""

    def connect(fmt: DateFormat) -> ConnectDialog:
        translations.use_language(fmt.language)
        dialog = ConnectDialog(None, fmt)
        qtbot.addWidget(dialog)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(closed_port)
        dialog.database_name.setText("timeline")
        dialog.user.setText("analyst")
        dialog.show()
        dialog.connect_button.click()
        assert dialog.database is None and dialog.isVisible()
        return dialog

    return connect


def test_an_egyptian_reader_is_told_the_port_in_arabic_indic_digits(refused, closed_port):
    """The field is the server (الخادم), as the reason names it: it asked after the host
    (المضيف), a word the dialog does not use."""
    dialog = refused(DateFormat("ar", DateStyle.EGYPT))
    port = str(closed_port).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert dialog.port.text() == port
    said = without_direction_marks(dialog.message.text())
    assert said == (
        f"قاعدة البيانات timeline على الخادم 127.0.0.1، المنفذ {port}: "
        "رفض الخادم الاتصال: هل هو يعمل، وهل الخادم والمنفذ المكتوبان صحيحان؟"
    )
    outside_the_host = said.replace("127.0.0.1", "")
    assert not re.search("[0-9]", outside_the_host)


def test_an_english_reader_is_told_the_server_in_words(refused, closed_port):
    """A sentence of its own, from a capital ("database timeline on …")."""
    dialog = refused(DateFormat("en", DateStyle.MAGHREB))
    assert without_direction_marks(dialog.message.text()) == (
        f"Database timeline on 127.0.0.1, port {closed_port}: the server refused the "
        "connection: is it running, and are the host and port right?"
    )


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_field_and_button_has_an_alt_key_of_its_own(qtbot, no_translation_after, language):
    """In Arabic the server and the user both took Alt+خ ("الـخادم", "المستخدم"): the
    second field could not be reached by its key."""
    translations.use_language(language)
    dialog = ConnectDialog(None, DateFormat(language, DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    dialog.show()
    assert alt_key_problems(dialog) == []


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize(
    "host", ["postgresql://db.example.org", "analyst@db.example.org", "db.example.org:5433"]
)
def test_a_whole_address_in_host_is_said_before_connecting(
    qtbot, no_translation_after, monkeypatch, language, host
):
    """Pasted into Host, a server's whole address was made part of another one and refused
    with "invalid literal for int() with base 10", the address rebuilt in brackets."""
    translations.use_language(language)
    dialog = ConnectDialog(None, DateFormat(language, DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    tried: list[str] = []
    monkeypatch.setattr("timeline.ui.connect_dialog.open_database", tried.append)
    dialog.host.setText(host)
    dialog.database_name.setText("timeline")
    dialog.user.setText("analyst")
    dialog.show()
    dialog.connect_button.click()
    said = without_direction_marks(dialog.message.text())
    assert tried == [] and dialog.isVisible() and dialog.database is None
    assert "db.example.org" in said and "192.0.2.10" in said
    assert "invalid literal" not in said
