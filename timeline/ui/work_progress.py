"""The progress dialog of a long job that writes a file (an export of a briefing or of
events): shown only when the job outlasts a moment, its Cancel asked at every report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QWidget

from timeline.domain.datetext import DateFormat
from timeline.io.progress import Progress
from timeline.ui.translations import numbers_locale

#: A job done sooner shows no dialog: a flash of one reads as a fault.
PROGRESS_DELAY_MS = 400


def readers_progress(dialog: QProgressDialog, reader: DateFormat) -> None:
    """``dialog``'s share done in ``reader``'s digits and percent sign ("٣٧٪" in an
    Egyptian window, where it read "37%" under "١٢٬٣٤٥" rows), under its parent's title
    (it had none)."""
    locale = numbers_locale(reader)
    bar = QProgressBar(dialog)
    bar.setRange(dialog.minimum(), dialog.maximum())  # a new bar's is 0 to 100
    bar.setLocale(locale)
    bar.setFormat("%p" + locale.percent())
    dialog.setBar(bar)
    parent = dialog.parentWidget()
    if parent is not None:
        dialog.setWindowTitle(parent.windowTitle())


@contextmanager
def progress_dialog(
    parent: QWidget | None, label: str, cancel: str, reader: DateFormat
) -> Iterator[Progress]:
    """A window-modal progress dialog over ``parent`` for what runs inside ``with``, in
    ``reader``'s numbers: the callback to report ``(done, total)`` to, which answers False
    once Cancel is pressed. The dialog is closed and deleted on leaving, however the job
    ended."""
    dialog = QProgressDialog(label, cancel, 0, 1, parent)
    readers_progress(dialog, reader)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def report(done: int, total: int) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        yield report
    finally:
        dialog.close()
        dialog.deleteLater()
