"""Progress bars for long imports and exports on a terminal: what is done, rate, time left.

Drawn on standard error, at most a few times a second, and only when that is a terminal:
a script or a log gets nothing but the final summary line. Said as that line is, in the
command's language and its reader's digits (``reader``, :func:`~timeline.cli.words.output_reader`).
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from timeline.domain.datetext import DateFormat
from timeline.domain.messages import Message, message
from timeline.io.tally import Tally

WIDTH = 24
INTERVAL = 0.2  # seconds between redraws


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class ProgressBar:
    """Pass :meth:`watch` and :meth:`progress` to the importer, inside ``with``: the bar is
    cleared on leaving, so the summary line stands alone. Nothing is drawn when ``stream``
    is not a terminal."""

    def __init__(self, stream: TextIO | None = None, reader: DateFormat | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.reader = reader if reader is not None else DateFormat()
        self.shown = self._stream.isatty()
        self._tally: Tally | None = None
        self._started = time.monotonic()
        self._drawn_at = -INTERVAL
        self._drawn = False

    def watch(self, tally: Tally) -> None:
        self._tally = tally

    def progress(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if self.shown and now - self._drawn_at >= INTERVAL:
            self._drawn_at = now
            self._stream.write("\r" + self.line(done, total, now - self._started) + "\x1b[K")
            self._stream.flush()
            self._drawn = True
        return True

    def line(self, done: int, total: int, elapsed: float) -> str:
        """``42% |██████░░░░| 120,000 rows read, 51,000 kept, 38,000 rows/s, 0:05 left``."""
        reader = self.reader
        fraction = done / total if total else 1.0
        filled = round(fraction * WIDTH)
        # The percent sign of the digits, as the window's progress writes it ("٣٧٪").
        sign = "%" if reader.digits("0") == "0" else "\u066a"
        share = reader.digits(f"{fraction:4.0%}").replace("%", sign)
        parts = [f"{share} |{'█' * filled}{'░' * (WIDTH - filled)}| "]
        parts.append(self.counts(done, total, elapsed))
        if 0 < fraction < 1 and elapsed > 0:
            clock = reader.digits(_clock(elapsed * (1 - fraction) / fraction))
            parts.append(self._said(message("cli.progress_left", clock=clock)))
        return "".join(parts)

    def _said(self, said: Message) -> str:
        return said.render(self.reader.language)

    def counts(self, _done: int, _total: int, elapsed: float) -> str:
        """An import's counts: rows read and kept (its tally's), rows read a second."""
        number = self.reader.number
        rows = self._tally.rows if self._tally else 0
        kept = self._tally.new if self._tally else 0
        said = self._said(message("cli.progress_rows", rows=number(rows), kept=number(kept)))
        if elapsed > 0:
            said += self._said(
                message("cli.progress_rows_rate", rate=number(round(rows / elapsed)))
            )
        return said

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._drawn = False


class ExportBar(ProgressBar):
    """An export's bar: ``progress(done, total)`` counts events written of all chosen."""

    def counts(self, done: int, total: int, elapsed: float) -> str:
        number = self.reader.number
        said = self._said(message("cli.progress_written", done=number(done), total=number(total)))
        if elapsed > 0:
            said += self._said(
                message("cli.progress_events_rate", rate=number(round(done / elapsed)))
            )
        return said
