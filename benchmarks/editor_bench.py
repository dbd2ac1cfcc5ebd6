"""The editor benchmark: Ctrl+N and Enter in the sample's main window, to the editor shown.
Prints JSON.

    python benchmarks/editor_bench.py [--lang ar en] [--opens 15] [--json results/editor.json]

A main window on the sample timeline, started as the app starts (its font, translated and
mirrored, its 1400x860 window shown), opens the event editor the way the menus do
(``EditingController.new_event`` and ``edit_event``), over and over; each time the editor is
closed once it has painted. For each language:

- ``new_cpu_ms``, ``edit_cpu_ms``: the interface thread's processor time from the action to
  the end of the editor's first paint (median of ``--opens``); ``new_ms``, ``edit_ms``: the
  same in wall time; ``first_new_cpu_ms``: the first opening of the session (what a person
  waits for once).

Settings, drafts and data go to a temporary folder: the user's own are never read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from report import emit, machine

from timeline.domain.datetext import DateFormat
from timeline.domain.filters import EventFilter
from timeline.io.sample import open_sample_store
from timeline.ui.app import application
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow


class _FirstPaint(QObject):
    """Closes each editor once it has painted, noting the clocks then."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: tuple[float, float] | None = None

    def watch(self, dialog: EventEditorDialog) -> EventEditorDialog:
        dialog.installEventFilter(self)  # its own events only: one on the application
        return dialog  # made a wrapper of every event's object, 9 % of the time measured

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted is None:
            # Painting is over once the event is handled: note the time just after it.
            QTimer.singleShot(0, lambda: self._close(watched))
        return False

    def _close(self, dialog: QObject) -> None:
        assert isinstance(dialog, EventEditorDialog)
        self.painted = (time.thread_time(), time.perf_counter())
        dialog.done(0)  # closed without asking: nothing was typed


def _open(app: QApplication, watcher: _FirstPaint, action) -> tuple[float, float]:
    """Processor and wall milliseconds from ``action()`` to the editor painted."""
    watcher.painted = None
    app.processEvents()
    cpu, wall = time.thread_time(), time.perf_counter()
    action()  # returns once the editor is closed
    assert watcher.painted is not None, "the editor never painted"
    app.processEvents()  # the closed editor is deleted
    return (watcher.painted[0] - cpu) * 1000, (watcher.painted[1] - wall) * 1000


def run(language: str, opens: int) -> dict[str, object]:
    app = application(language)
    store = open_sample_store()
    window = MainWindow(store, DateFormat(language), open_sample_store)
    window.resize(1400, 860)
    window.show()
    for _ in range(5):
        app.processEvents()
    watcher = _FirstPaint()
    editing = window.editing
    make_editor = editing._editor  # the editor as the menus make it, watched
    editing._editor = lambda *args: watcher.watch(make_editor(*args))  # type: ignore[method-assign]
    event_id = store.find(EventFilter())[0].id
    assert event_id is not None
    first = _open(app, watcher, editing.new_event)
    new = [_open(app, watcher, editing.new_event) for _ in range(opens)]
    edit = [_open(app, watcher, lambda: editing.edit_event(event_id)) for _ in range(opens)]
    window.close()
    window.deleteLater()
    app.processEvents()
    return {
        "language": language,
        "first_new_cpu_ms": round(first[0], 1),
        "new_cpu_ms": round(statistics.median(cpu for cpu, _ in new), 1),
        "new_ms": round(statistics.median(wall for _, wall in new), 1),
        "edit_cpu_ms": round(statistics.median(cpu for cpu, _ in edit), 1),
        "edit_ms": round(statistics.median(wall for _, wall in edit), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["ar", "en"], choices=("ar", "en", "fr"))
    parser.add_argument("--opens", type=int, default=15)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    sandbox = Path(tempfile.mkdtemp(prefix="editor-bench-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME"):
        os.environ[name] = str(sandbox / name.lower())  # before Qt reads any of them
    runs = [run(language, args.opens) for language in args.lang]
    emit(
        {"machine": machine(), "load_average": os.getloadavg()[0], "runs": runs},
        args.json,
    )


if __name__ == "__main__":
    main()
