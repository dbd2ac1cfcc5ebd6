"""Ctrl+C and SIGTERM in the terminal close the window cleanly: no traceback, the shell's
exit codes (a real process, offscreen, with its own settings and data folders)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

#: Each test starts the app in processes of its own: seconds, not milliseconds.
pytestmark = pytest.mark.slow


def wait_until_started(folder, count: int) -> None:
    """Each process makes its sample database once its signal handlers are in place."""
    for _ in range(600):
        if len(list(folder.glob("diplomatic-timeline-sample-*"))) >= count:
            return
        time.sleep(0.1)
    raise AssertionError("the window did not start")


def test_sigint_and_sigterm_close_the_window_without_a_traceback(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["TMPDIR"] = str(tmp_path)
    started = {
        number: subprocess.Popen(
            [sys.executable, "-m", "timeline", "--sample"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    wait_until_started(tmp_path, len(started))
    time.sleep(1.0)  # and let the event loop and its outside-changes timer run a while
    for number, process in started.items():
        process.send_signal(number)
    for number, process in started.items():
        _out, err = process.communicate(timeout=30)
        assert process.returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[number]
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


# A person's session, run as its own process: the window on a database, Ctrl+N, a title
# typed into the editor, then SIGTERM from outside ("keep"); or, next time, Ctrl+N again,
# the draft's offer printed and taken, the title shown printed, and Ctrl+C ("restore").
SESSION = r"""
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from timeline.domain.datetext import DateFormat
from timeline.io.sample import open_sample_store
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.app import application
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow
from timeline.ui.signals import SignalExit, catch_exit_signals

catch_exit_signals()
app = application("en")
store = EventStore(open_database(Path(sys.argv[1])))
window = MainWindow(store, DateFormat("en"), open_sample_store, False)
SignalExit(app)
window.show()

def when_shown(kind, act):
    widget = QApplication.activeModalWidget()
    if isinstance(widget, kind) and widget.isVisible():
        act(widget)
    else:
        QTimer.singleShot(50, lambda: when_shown(kind, act))

def type_then_terminate(editor):
    QTest.keyClicks(editor.title_en, "Talks in Rabat")
    os.kill(os.getpid(), signal.SIGTERM)

def take_the_draft(box):
    print(box.text(), flush=True)
    when_shown(EventEditorDialog, show_then_interrupt)
    box.button(QMessageBox.StandardButton.Yes).click()

def show_then_interrupt(editor):
    print("title:", editor.title_en.text(), flush=True)
    os.kill(os.getpid(), signal.SIGINT)

if sys.argv[2] == "keep":
    when_shown(EventEditorDialog, type_then_terminate)
else:
    when_shown(QMessageBox, take_the_draft)
QTimer.singleShot(0, window.editing.new_event)
sys.exit(app.exec())
"""


def test_a_terminal_signal_keeps_the_editors_input_as_a_draft_offered_back(tmp_path):
    from timeline.store.database import open_database
    from timeline.store.repository import EventStore

    path = tmp_path / "mine.sqlite3"
    open_database(path).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")

    def session(step: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", SESSION, str(path), step]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    kept = session("keep")
    assert kept.returncode == 143, kept.stderr
    assert "Traceback" not in kept.stderr, kept.stderr
    store = EventStore(open_database(path))
    assert len(store.find()) == 0, "a draft is not an event"
    store.database.close()

    restored = session("restore")
    assert restored.returncode == 130, restored.stderr
    assert "Traceback" not in restored.stderr, restored.stderr
    offer, title = restored.stdout.splitlines()
    assert offer.startswith("Restore your unsaved draft from ")
    assert title == "title: Talks in Rabat"
