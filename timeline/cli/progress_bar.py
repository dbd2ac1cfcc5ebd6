"""Progress bars for long imports and exports on a terminal: what is done, rate, time left.

Drawn on standard error, at most a few times a second, and only when that is a terminal:
a script or a log gets nothing but the final summary line.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

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

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
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
        fraction = done / total if total else 1.0
        filled = round(fraction * WIDTH)
        parts = [f"{fraction:4.0%} |{'█' * filled}{'░' * (WIDTH - filled)}| "]
        parts.append(self.counts(done, total, elapsed))
        if 0 < fraction < 1 and elapsed > 0:
            parts.append(f", {_clock(elapsed * (1 - fraction) / fraction)} left")
        return "".join(parts)

    def counts(self, _done: int, _total: int, elapsed: float) -> str:
        """An import's counts: rows read and kept (its tally's), rows read a second."""
        rows = self._tally.rows if self._tally else 0
        kept = self._tally.new if self._tally else 0
        rate = f", {rows / elapsed:,.0f} rows/s" if elapsed > 0 else ""
        return f"{rows:,} rows read, {kept:,} kept{rate}"

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
        rate = f", {done / elapsed:,.0f} events/s" if elapsed > 0 else ""
        return f"{done:,} of {total:,} events written{rate}"
