"""A command ended by ``timeout``, ``kill`` or a closed terminal cleans up as after Ctrl-C.

SIGTERM and SIGHUP end a process on the spot by default: an export left its temporary
``.part`` file beside the output, an import its new, empty database. While a command runs
(not the window, which closes itself on them: :mod:`timeline.ui.signals`), they raise
KeyboardInterrupt as Ctrl-C does, so each command's own cleanup runs and says "cancelled;
nothing was written"; the exit code is then the shell's usual one for the signal (143 for
SIGTERM, 129 for SIGHUP; 130 for Ctrl-C).
"""

from __future__ import annotations

import errno
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

#: The signals that end a command, where the system has them (Windows has no SIGHUP).
ENDING = (signal.SIGTERM, signal.SIGHUP) if hasattr(signal, "SIGHUP") else (signal.SIGTERM,)
#: Ctrl-C's exit code, which a command returns once interrupted.
INTERRUPTED = 130


class Ending:
    """Which ending signal came, if any: the exit code a command's 130 stands for."""

    def __init__(self) -> None:
        self.signal: int | None = None

    def exit_code(self, code: int) -> int:
        return 128 + self.signal if self.signal is not None and code == INTERRUPTED else code

    def _interrupt(self, number: int, _frame: FrameType | None) -> None:
        if self.signal is None:
            self.signal = number
        if number == getattr(signal, "SIGHUP", None):
            _away_from_the_terminal()
        raise KeyboardInterrupt


def _away_from_the_terminal() -> None:
    """The terminal closed: its standard streams now write nowhere, so that the cleanup and
    its last line do not fail on the terminal gone (an error in place of the interrupt,
    before the new database was discarded)."""
    nowhere = os.open(os.devnull, os.O_RDWR)
    for descriptor in (0, 1, 2):
        if _a_terminal(descriptor):
            os.dup2(nowhere, descriptor)
    os.close(nowhere)


def _a_terminal(descriptor: int) -> bool:
    """Whether ``descriptor`` is a terminal or one that hung up, which no longer says it is
    one (``isatty`` is false) but answers what a file would not: an input/output error."""
    try:
        os.ttyname(descriptor)
    except OSError as error:
        return error.errno == errno.EIO
    return True


@contextmanager
def ending_as_interrupts() -> Iterator[Ending]:
    """For the block, SIGTERM and SIGHUP raise KeyboardInterrupt; then the handlers before.
    Only Python's main thread may set them: elsewhere (a script running the command line in
    a thread of its own) they are left as they are."""
    ending = Ending()
    if threading.current_thread() is not threading.main_thread():
        yield ending
        return
    # One ignored stays so (``nohup`` ignores SIGHUP: the import goes on once the terminal
    # closes), as Python leaves an ignored SIGINT.
    handlers: dict[int, Any] = {number: signal.getsignal(number) for number in ENDING}
    before = {number: handler for number, handler in handlers.items() if handler != signal.SIG_IGN}
    for number in before:
        signal.signal(number, ending._interrupt)
    try:
        yield ending
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
