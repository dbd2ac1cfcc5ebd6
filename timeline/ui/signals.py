"""Ctrl+C and SIGTERM from a terminal close the window as a person closing it would: the
window's state is saved, nothing is printed, and the exit code is the shell's usual one
(130 for an interrupt, 143 for a termination).

The handlers are installed as the command starts, so a signal that comes while the
database is still opening is kept, not lost in a traceback. Python runs signal handlers
only between bytecodes and Qt's event loop runs in C++, so the handler just notes the
signal and a short timer in the loop acts on it.
"""

from __future__ import annotations

import signal
from types import FrameType
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
POLL_MS = 200

_received: list[int] = []  # exit codes of the signals received so far


def _note(number: int, _frame: FrameType | None) -> None:
    _received.append(EXIT_CODES[signal.Signals(number)])


def catch_exit_signals() -> None:
    """From now on, SIGINT and SIGTERM are noted rather than raised or fatal."""
    for number in EXIT_CODES:
        signal.signal(number, _note)


@runtime_checkable
class KeepsDraft(Protocol):
    """A window holding unsaved input, which it keeps as a draft when a signal ends the app
    (the event editor)."""

    def keep_draft(self) -> None: ...


class SignalExit(QObject):
    """Lives with the application: once a signal was noted, has open editors keep their
    unsaved input as drafts, closes every window (each saves its state) and ends the event
    loop with the signal's exit code."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._act)
        self._timer.start(POLL_MS)

    def _act(self) -> None:
        if not _received:
            return
        self._timer.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, KeepsDraft):
                widget.keep_draft()
        QApplication.closeAllWindows()
        QApplication.exit(_received[0])
