"""Progress and cancel for exports, counted in units of work (events measured, pages drawn).

The caller's callback gets ``(done, total)`` and returns False to cancel; the work then stops
at the next step with :class:`ExportCancelled`, before anything reaches the destination.
"""

from __future__ import annotations

from timeline.io.progress import ExportCancelled, Progress


class Steps:
    """Counts work done against a known total and asks the callback whether to go on."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self.total = max(total, 1)
        self.done = 0

    def report_to(self, progress: Progress | None) -> None:
        """Report the steps from now on to ``progress`` (work done unreported is counted)."""
        self._progress = progress

    def advance(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        if self._progress is not None and not self._progress(self.done, self.total):
            raise ExportCancelled("export cancelled; nothing was written")
