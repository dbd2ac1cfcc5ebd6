"""File > Export events… (Ctrl+Shift+E): the events the window shows, written as data."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import ltr, without_direction_marks
from timeline.domain.filters import EventFilter
from timeline.domain.messages import message
from timeline.settings import Key, settings
from timeline.store.errors import StoreError
from timeline.ui import data_export

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder for what is exported (the test's database is beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def chosen(monkeypatch):
    """The file the save dialog answers with (name, format chosen), and what it was shown."""
    answer: dict[str, tuple[str, str]] = {}
    asked: list[tuple[str, str, str]] = []

    def save_dialog(_parent, title: str, proposed: str, formats: str, _fmt) -> tuple[str, str]:
        asked.append((title, proposed, formats))
        return answer["file"]

    monkeypatch.setattr(data_export, "save_file_name", save_dialog)
    return answer, asked


def test_ctrl_shift_e_writes_the_events_the_window_shows(
    qtbot, open_window, sample_store, english, chosen, out
):
    answer, asked = chosen
    answer["file"] = (str(out / "kazakhstan"), "JSON (*.json)")  # no suffix typed
    window = open_window(sample_store, english, event_filter=EventFilter.pair("MA", "KZ"))
    window.activateWindow()  # as a person's is: the menu's shortcuts then work
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.timeline, Qt.Key.Key_E, CTRL_SHIFT)
    written = out / "kazakhstan.json"
    events = json.loads(written.read_text(encoding="utf-8"))["events"]
    shown = sample_store.find(window.shown_filter())
    assert [event["id"] for event in events] == [event.id for event in shown]
    assert 0 < len(events) < 11  # the pair's, not the whole sample's
    message = window.statusBar().currentMessage()
    assert message == f"Exported to {ltr(written)}: {len(events)} events"
    (title, proposed, formats) = asked[0]
    assert title == "Export events" and proposed == str(Path.home() / "events.csv")
    assert formats.split(";;") == [
        "CSV table (*.csv)",
        "JSON (*.json)",
        "PLOVER JSON lines (*.jsonl)",
    ]
    # The next export proposes the folder this one went to.
    answer["file"] = (str(out / "all.csv"), "CSV table (*.csv)")
    window.files.actions["exportEvents"].trigger()
    assert asked[1][1] == str(out / "events.csv")
    assert settings().value(Key.EXPORT_FOLDER) == str(out)
    with (out / "all.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(events)


@pytest.mark.parametrize("typed", ["kazakhstan.", "kazakhstan..", "kazakhstan.json."])
def test_a_name_ending_in_a_dot_gets_the_chosen_formats_suffix(
    open_window, sample_store, english, chosen, out, typed
):
    """The suffix not yet typed after its dot: "kazakhstan." was written as
    "kazakhstan..json"."""
    answer, _ = chosen
    answer["file"] = (str(out / typed), "JSON (*.json)")
    window = open_window(sample_store, english)
    window.files.actions["exportEvents"].trigger()
    assert [path.name for path in out.iterdir()] == ["kazakhstan.json"]


def test_an_arabic_window_says_what_it_exported_in_its_digits(
    qtbot, open_window, sample_store, chosen, out
):
    answer, _ = chosen
    answer["file"] = (str(out / "all.jsonl"), "")
    window = open_window(sample_store, DateFormat("ar", DateStyle.LEVANT))
    window.files.actions["exportEvents"].trigger()
    assert len((out / "all.jsonl").read_text(encoding="utf-8").splitlines()) == 11
    assert window.statusBar().currentMessage().endswith(": ١١ حدثًا")


def test_cancel_leaves_the_earlier_file_as_it_was(
    qtbot, open_window, sample_store, english, chosen, out, monkeypatch
):
    answer, _ = chosen
    earlier = out / "events.csv"
    earlier.write_text("yesterday's export", encoding="utf-8")
    answer["file"] = (str(earlier), "CSV table (*.csv)")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    window = open_window(sample_store, english)
    window.files.actions["exportEvents"].trigger()
    assert earlier.read_text(encoding="utf-8") == "yesterday's export"
    assert [path.name for path in out.iterdir()] == ["events.csv"]
    assert window.statusBar().currentMessage() == ""


def test_a_file_that_cannot_be_written_is_said_in_a_message(
    qtbot, open_window, sample_store, english, chosen, out, monkeypatch
):
    answer, _ = chosen
    answer["file"] = (str(out / "missing" / "events.csv"), "CSV table (*.csv)")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    window = open_window(sample_store, english)
    window.files.actions["exportEvents"].trigger()
    assert len(said) == 1
    shown = without_direction_marks(said[0])
    assert shown.startswith(f"{out / 'missing' / 'events.csv'}: cannot be written")
    assert window.statusBar().currentMessage() == ""


def test_a_failure_is_said_in_the_windows_digits(
    qtbot, open_window, sample_store, chosen, out, monkeypatch
):
    """An Egyptian window's reader reads the store's numbers in Arabic-Indic digits."""
    answer, _ = chosen
    answer["file"] = (str(out / "all.csv"), "")

    def refused(*_args):
        raise StoreError(message("store.event_changed", event=12, version=3, expected=2))

    monkeypatch.setattr(data_export, "export_store", refused)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = open_window(sample_store, DateFormat("ar", DateStyle.EGYPT))
    window.files.actions["exportEvents"].trigger()
    assert [without_direction_marks(text) for text in shown] == [
        "الحدث ١٢ في نسخته ٣ لا ٢، فلم يُكتب شيء"
    ]


def test_closing_the_save_dialog_exports_nothing(
    qtbot, open_window, sample_store, english, chosen, out
):
    answer, asked = chosen
    answer["file"] = ("", "")
    window = open_window(sample_store, english)
    window.files.actions["exportEvents"].trigger()
    assert len(asked) == 1 and not list(out.iterdir())
    assert settings().value(Key.EXPORT_FOLDER) is None


@pytest.mark.parametrize(
    ("language", "timeline", "events"),
    [
        ("en", "&Export the timeline…", "Export e&vents…"),
        ("fr", "E&xporter la chronologie…", "Exporter les é&vénements…"),
        ("ar", "&تصدير الخط الزمني…", "تصدي&ر الأحداث…"),
    ],
)
def test_the_file_menu_tells_the_two_exports_apart(
    open_window, sample_store, no_translation_after, language, timeline, events
):
    """ "Export…" beside "Export events…" did not say that it writes the timeline."""
    from timeline.ui.app import application

    application(language)  # the window's language: its translations installed
    window = open_window(sample_store, DateFormat(language))
    actions = window.files.actions
    assert (actions["export"].text(), actions["exportEvents"].text()) == (timeline, events)
