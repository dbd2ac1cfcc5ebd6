"""A command ended by ``timeout``, ``kill`` or a closed terminal cleans up as after Ctrl-C.

SIGTERM and SIGHUP end a process on the spot by default: an export left its temporary
``.part`` file beside the output, an import its new, empty database. While a command runs
(not the window, which closes itself on them: :mod:`timeline.ui.signals`), they raise
KeyboardInterrupt as Ctrl-C does, so each command's own cleanup runs and says "cancelled;
nothing was written"; the exit code is then the shell's usual one for the signal (143 for
SIGTERM, 129 for SIGHUP; 130 for Ctrl-C).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

#: The signals that end a command, where the system has them (Windows has no SIGHUP).
ENDING = tuple(
    number
    for number in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
    if number is not None
)
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
        raise KeyboardInterrupt


@contextmanager
def ending_as_interrupts() -> Iterator[Ending]:
    """For the block, SIGTERM and SIGHUP raise KeyboardInterrupt; then the handlers before.
    Only Python's main thread may set them: elsewhere (a script running the command line in
    a thread of its own) they are left as they are."""
    ending = Ending()
    if threading.current_thread() is not threading.main_thread():
        yield ending
        return
    before: dict[int, Any] = {number: signal.getsignal(number) for number in ENDING}
    for number in ENDING:
        signal.signal(number, ending._interrupt)
    try:
        yield ending
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
