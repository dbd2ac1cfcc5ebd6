"""Progress and cancel for long files, measured in bytes read.

Readers of every format pull their bytes through :class:`MeteredFile`, so a progress callback
is called as the file is consumed, whatever the format and however many rows it skips, and a
callback that returns False stops the work at once (:class:`ImportCancelled`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import BinaryIO

from timeline.io.rows import ImportCancelled

#: ``progress(done, total)`` — bytes read on import, steps or events on export; return False
#: to cancel.
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The user cancelled an export (a briefing's or the events'); nothing was written."""


BUFFER_SIZE = 256 * 1024


class MeteredFile(io.RawIOBase):
    """A read-only byte stream that reports each read to a progress callback."""

    def __init__(self, raw: BinaryIO, total: int, progress: Progress | None) -> None:
        super().__init__()
        self._raw = raw
        self.total = total
        self.done = 0
        self._progress = progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        self.done += count
        if self._progress is not None and not self._progress(self.done, self.total):
            raise ImportCancelled("cancelled")
        return count


def metered(raw: BinaryIO, total: int, progress: Progress | None) -> io.BufferedReader:
    """A buffered stream over ``raw`` that calls ``progress`` once per buffer filled."""
    return io.BufferedReader(MeteredFile(raw, total, progress), BUFFER_SIZE)
