"""The scale benchmark: how the timeline feels at N events. Prints and writes JSON.

    python benchmarks/run.py --events 1000000 --json results/1m.json
    python benchmarks/run.py --events 100000 --size 3840x2000  # a 4K screen's timeline
    python benchmarks/run.py --events 10000 --lang ar  # the Arabic window, right to left

The bare timeline is 1600x600 unless ``--size`` says otherwise (its frames, steps, filter and
search, and the edits' timeline); the whole window's figures are always taken at 1400x860.
``--lang ar`` measures the Arabic interface (mirrored, the events' Arabic titles, Levantine
months in Arabic-Indic digits); ``fr`` the French one.

Figures (milliseconds unless named otherwise): open_ms, database opened to the first painted
frame (open_cold_ms: without the column cache, as after a change, and open_cold_cpu_ms, the
interface thread's processor time for it; open_checked_ms: to the end of the file's integrity
check, which runs beside the first frame); edit_to_frame_ms, an edit saved in the window to
its next painted frame (and edit_to_frame_cpu_ms); frame_ms, median repaint at
fit-all, year, month and day zoom, and of a day with no event (quiet: a week after the last,
with the note offering it; quiet_first, the first such frame); zoom_step_ms and
pan_step_ms, median of a zoom or pan step plus its repaint (*_max_ms the slowest, *_cpu_ms
the interface thread's processor time for it; pan_quiet_*: panning on past the last event
into days with none, where the note shows); filter_ms and search_ms, a pair or words to
the next frame of a bare timeline;
window_filter_ms and window_search_ms, the same in the whole main window, chosen in its
filter bar, to the timeline's next painted frame, and window_clear_ms, the words cleared
(every event again);
their *_settled_ms run on to the list, the kind counts and the attention panel filled;
peak_rss_mb.
Timings belong here, not in the tests: compare runs on the same machine, and ratios across sizes.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build, pair_of_rank
from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from report import emit, machine

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.period import Period, day_number
from timeline.render import ahead
from timeline.render.axis_ticks import forget_laid_out_axes
from timeline.render.index import MemorySource
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.app import application, settle
from timeline.ui.main_window import MainWindow
from timeline.ui.timeline_view import TimelineView
from timeline.view.columns import cache_file
from timeline.view.source import StoreSource

SIZE = (1600, 600)  # the bare view's, unless --size says otherwise
#: The readers ``--lang`` measures as: Arabic with the digits that cost shaping most.
READERS = {
    "ar": DateFormat("ar", DateStyle.LEVANT),
    "en": DateFormat("en"),
    "fr": DateFormat("fr"),
}
ENGLISH = READERS["en"]
CENTRE = day_number(date(2015, 6, 15))
ZOOMS = {"year": 365.0, "month": 30.0, "day": 1.0}
REPEAT = 15
IDLE = 0.012  # seconds idle before a frame_after_idle_ms frame (most of a 60 Hz frame)
EDITS = 5  # edit_to_frame_ms: the median of this many edits
PAIR = pair_of_rank(20)  # filter_ms: a pair of middling activity (1 % of the events)
SEARCH = "زيارة الإمارات"  # search_ms: two Arabic words, one spelled with a hamza


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _frame(view: TimelineView, image: QImage) -> float:
    """One repaint from scratch (layout and painting), in seconds."""
    started = time.perf_counter()
    view.render(image)
    return time.perf_counter() - started


def _median_frames(view: TimelineView, image: QImage, idle: float = 0.0) -> float:
    """A frame's layout and painting alone: the levels around this one are stacked first.
    Drawn back to back with the worker stacking them (right after a jump), each frame woke
    it as it ended, only for the next to stop it: the interpreter lock handed to and fro
    between the processors cost each frame a millisecond more at 10,000 events, which the
    app, whose event loop turns between two frames, does not pay.

    With ``idle`` seconds, each frame is as after a jump in the app: the event loop turned
    and the interface thread idle before it. The processor's caches cool meanwhile (on this
    2-core machine, a frame at a year across 2.9 ms back to back and 4.0 after 12 ms idle,
    the worker stacking levels or not)."""
    ahead.wait()
    app = QApplication.instance()
    times = []
    for _ in range(REPEAT):
        if idle:
            app.processEvents()
            time.sleep(idle)
        view._invalidate()  # a repaint lays out again, as after any change
        forget_laid_out_axes()  # its axis too, as a view moved to these days would
        times.append(_frame(view, image))
    return _ms(statistics.median(times))


def _show(view: TimelineView, store: EventStore, event_filter: EventFilter, image: QImage) -> None:
    """What a change of filter costs: read the matching events, fit, paint."""
    view.set_source(StoreSource(store, event_filter, view.language, view.char_px()))
    view.fit_all()
    view.render(image)


def _median_of(step, times: int = 5, between=None) -> float:
    durations = []
    for _ in range(times):
        if between is not None:
            between()  # untimed
        started = time.perf_counter()
        step()
        durations.append(time.perf_counter() - started)
    return statistics.median(durations)


def _steps(view: TimelineView, image: QImage, step) -> tuple[list[float], list[float]]:
    """40 steps, each with its repaint: wall-clock seconds and the seconds of processor time
    the interface thread spent (less disturbed by other work on a shared machine, but blind
    to waiting). Before each step, untimed, the event loop runs once, as it does between
    two notches of a wheel and between a painted frame and the first notch: what the view
    does when idle (reading ahead) happens there."""
    walls, cpu = [], []
    app = QApplication.instance()
    app.processEvents()
    for number in range(40):
        started, started_cpu = time.perf_counter(), time.thread_time()
        step(number)
        view.render(image)
        walls.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - started_cpu)
        app.processEvents()
    return walls, cpu


def _shapes(view: TimelineView) -> int:
    """Events, cluster badges and axis labels in the current frame: what a frame must draw."""
    layout = view.current_layout()
    return len(layout.events) + len(layout.clusters) + len(layout.ticks)


def _open(view: TimelineView, path: Path, image: QImage) -> tuple[EventStore, float, float, float]:
    """Open the database as the window does, to the first painted frame: milliseconds to
    that frame, the interface thread's processor milliseconds for it, and milliseconds to
    the end of the file's check (which runs beside it) since opening."""
    started, started_cpu = time.perf_counter(), time.thread_time()
    store = EventStore(open_database(path, check_later=True))
    view.set_source(StoreSource(store, EventFilter(), view.language, view.char_px()))
    view.fit_all()
    view.render(image)
    opened, cpu = time.perf_counter() - started, time.thread_time() - started_cpu
    assert store.database.verified()
    return store, _ms(opened), _ms(cpu), _ms(time.perf_counter() - started)


def _cache_written() -> None:
    """Wait for the column cache file being written beside (timeline.view.columns)."""
    for thread in threading.enumerate():
        if thread.name == "column cache":
            thread.join()


def _delete(window: MainWindow) -> None:
    """Delete the window now, as closing the app's one does: its columns and levels go with
    it, before the next figures (deleteLater alone waits for an event loop that never
    comes back to this level)."""
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _edits(path: Path, image: QImage, fmt: DateFormat) -> tuple[float, float]:
    """An edit in the window to its next painted frame, as a person makes one: the event
    saved with a new date and title, the window's reload (timeline, list, kind counts,
    attention panel) and the timeline's repaint; the median of EDITS edits, wall-clock and
    interface-thread processor milliseconds. In a copy of the database, so that the cached
    one is left as it is, opened in the window first (untimed)."""
    with tempfile.TemporaryDirectory(prefix="timeline-edits-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        store = EventStore(open_database(copy))
        QStandardPaths.setTestModeEnabled(True)  # the user's settings are neither read nor written
        window = MainWindow(store, fmt, remember_state=False)
        window.timeline.resize(image.size())
        window.timeline.render(image)
        _cache_written()
        ids = window.source.index.ids
        walls, cpu = [], []
        for number in range(EDITS):
            event = store.get(int(ids[len(ids) * (number + 1) // (EDITS + 1)]))
            moved = (event.date.earliest() + timedelta(days=40 + number)).isoformat()
            changed = replace(
                event, date=EventDate.from_edtf(moved), title_en=f"{event.title_en} ({number})"
            )
            started, started_cpu = time.perf_counter(), time.thread_time()
            saved = store.update(changed)
            window.reload(select=saved.id)
            window.timeline.render(image)
            walls.append(time.perf_counter() - started)
            cpu.append(time.thread_time() - started_cpu)
            _cache_written()  # untimed: the next edit finds no write running
        window.stop_watching()
        _delete(window)
        store.database.close()
        cache_file(copy).unlink(missing_ok=True)
    return _ms(statistics.median(walls)), _ms(statistics.median(cpu))


def _window_figures(store: EventStore, fmt: DateFormat) -> dict[str, float]:
    """A pair chosen in the main window's filter bar, then words typed in its search field
    (Enter), each from the unfiltered window, and the words cleared again (Enter, every
    event shown again): milliseconds to the end of the timeline's
    next paint (median of 5, and the interface thread's processor time to it), and to the
    end of what the window fills after that frame (the list's widths, the kind counts, the
    attention panel): ``window_{filter,search,clear}_ms``, ``_cpu_ms`` and ``_settled_ms``."""
    QStandardPaths.setTestModeEnabled(True)  # the user's settings are neither read nor written
    app = QApplication.instance()
    window = MainWindow(store, fmt, remember_state=False)
    window.resize(1400, 860)
    window.show()
    painted: list[tuple[float, float]] = []
    paint = window.timeline.paintEvent

    def timed_paint(event: object) -> None:
        paint(event)
        painted.append((time.perf_counter(), time.thread_time()))

    window.timeline.paintEvent = timed_paint  # type: ignore[method-assign]
    bar = window.filter_bar
    beside = getattr(window, "_beside", None)  # what follows the frame (none before it did)

    def settle() -> None:
        """Run the event loop to a frame painted and nothing left to fill after it, then
        two turns more: what the fill asked for (the list's columns resized on a timer, then
        its rows and the attention panel repainted) is painted before the next choice, as
        it is long before a person's. Left pending, the next choice's first frame painted
        them too, the list's page of events read with them (10 ms at a million events)."""
        while not painted or (beside is not None and beside.isActive()):
            app.processEvents()
        for _turn in range(2):
            app.processEvents()

    def choose_pair() -> None:
        bar.first.set_code(PAIR[0])  # announces nothing: a choice in the second does
        bar.second.set_code(PAIR[1])
        bar.second.activated.emit(bar.second.currentIndex())

    def type_words() -> None:
        bar.text.setText(SEARCH)
        bar.text.returnPressed.emit()

    def clear_words() -> None:
        bar.text.clear()
        bar.text.returnPressed.emit()

    def unfiltered() -> None:
        bar.set_filter(EventFilter())
        window.apply_filter(EventFilter())
        painted.clear()
        settle()

    def searched() -> None:
        unfiltered()
        type_words()
        painted.clear()
        settle()

    settle()  # the first frame
    figures: dict[str, float] = {}
    steps = (
        ("filter", unfiltered, choose_pair),
        ("search", unfiltered, type_words),
        ("clear", searched, clear_words),  # back to every event
    )
    for name, before, choose in steps:
        walls, cpus, settled = [], [], []
        for _ in range(5):
            before()
            painted.clear()
            started, started_cpu = time.perf_counter(), time.thread_time()
            choose()
            settle()
            settled.append(time.perf_counter() - started)
            walls.append(painted[0][0] - started)
            cpus.append(painted[0][1] - started_cpu)
        figures[f"window_{name}_ms"] = _ms(statistics.median(walls))
        figures[f"window_{name}_cpu_ms"] = _ms(statistics.median(cpus))
        figures[f"window_{name}_settled_ms"] = _ms(statistics.median(settled))
    window.stop_watching()
    window.close()
    _delete(window)
    return figures


def _filters(
    view: TimelineView, store: EventStore, image: QImage
) -> tuple[float, float, dict[str, int]]:
    """filter_ms and search_ms in the bare view, and how many events each leaves. Each
    filter after the unfiltered view, as from the opening: the ids of the last filter's
    countries and words are kept (the window's kind counts and attention panel ask for
    them again at once), and a filter chosen anew looks them up in the indexes."""

    def unfiltered() -> None:
        _show(view, store, EventFilter(), image)

    filter_ms = _ms(
        _median_of(lambda: _show(view, store, EventFilter.pair(*PAIR), image), between=unfiltered)
    )
    matches = {"pair": len(view.source.index)}
    search_ms = _ms(
        _median_of(lambda: _show(view, store, EventFilter(text=SEARCH), image), between=unfiltered)
    )
    matches["search"] = len(view.source.index)
    return filter_ms, search_ms, matches


def run(count: int, size: tuple[int, int] = SIZE, fmt: DateFormat = ENGLISH) -> dict[str, object]:
    path = build(count)
    application(fmt.language)  # its font, translations and, in Arabic, the mirrored layout
    settle()  # as the app does once started: gc.freeze(), big blocks given back
    view = TimelineView()
    width, height = size
    view.resize(width, height)
    view.set_date_format(fmt)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)

    cache_file(path).unlink(missing_ok=True)
    store, open_cold_ms, open_cold_cpu_ms, _checked = _open(view, path, image)  # read whole
    view.set_source(MemorySource.single([], view.text_width, view.language))
    store.database.close()
    del store
    gc.collect()
    _cache_written()
    store, open_ms, _cpu, open_checked_ms = _open(view, path, image)  # from the cache

    frames = {"fit_all": _median_frames(view, image)}
    frames_after_idle = {"fit_all": _median_frames(view, image, IDLE)}
    shapes = {"fit_all": _shapes(view)}
    for name, span in ZOOMS.items():
        view.set_period(Period(CENTRE - span / 2, CENTRE + span / 2))
        view.render(image)  # the first frame at a new level stacks it
        frames[name] = _median_frames(view, image)
        frames_after_idle[name] = _median_frames(view, image, IDLE)
        shapes[name] = _shapes(view)

    # A day with no event, a week after the last: the note that says so and offers the
    # last event (a binary search; the first such frame reads that event and lays out the
    # note's texts).
    quiet = float(view.source.index.ends.max()) + 7
    view.set_period(Period(quiet, quiet + 1))
    frames["quiet_first"] = _ms(_frame(view, image))
    frames["quiet"] = _median_frames(view, image)
    shapes["quiet"] = _shapes(view)

    view.fit_all()
    view.render(image)  # the fit-all frame a person sees before turning the wheel
    zoom_steps, zoom_cpu = _steps(view, image, lambda _step: view.zoom_at(1.2, width / 2))

    view.set_period(Period(CENTRE - 15, CENTRE + 15))
    view.render(image)
    pan_steps, pan_cpu = _steps(view, image, lambda step: view.pan_view(0.1 if step < 20 else -0.1))

    # Panning on past the last event, a month at a time, into days with none: the note.
    last = float(view.source.index.ends.max())
    view.set_period(Period(last - 25, last + 5))
    view.render(image)
    quiet_steps, _quiet_cpu = _steps(view, image, lambda _step: view.pan_view(0.1))
    # (a tree from before the note has none to show)
    assert getattr(view.current_layout(), "note", "none before it") is not None

    filter_ms, search_ms, matches = _filters(view, store, image)
    # The window parts, as the app: one window over the database, nothing else. The bare
    # view's events (its own index and levels over a million events) go first, and the
    # store's columns before the edits open their copy of the file, which the app never
    # holds beside them (with the windows not deleted, the peak RSS was 520-530 MB, not 460).
    view.set_source(MemorySource.single([], view.text_width, view.language))
    gc.collect()
    window = _window_figures(store, fmt)

    store.database.close()
    del store
    gc.collect()
    edit_to_frame_ms, edit_to_frame_cpu_ms = _edits(path, image, fmt)
    return {
        "events": count,
        "size": f"{width}x{height}",
        "language": fmt.language,
        "open_ms": open_ms,
        "open_cold_ms": open_cold_ms,
        "open_cold_cpu_ms": open_cold_cpu_ms,
        "open_checked_ms": open_checked_ms,
        "edit_to_frame_ms": edit_to_frame_ms,
        "edit_to_frame_cpu_ms": edit_to_frame_cpu_ms,
        "frame_ms": frames,
        "frame_after_idle_ms": frames_after_idle,
        "shapes_drawn": shapes,
        "frame_us_per_shape": {
            name: round(1000 * frames[name] / max(shapes[name], 1), 1) for name in shapes
        },
        "zoom_step_ms": _ms(statistics.median(zoom_steps)),
        "zoom_step_max_ms": _ms(max(zoom_steps)),
        "pan_step_ms": _ms(statistics.median(pan_steps)),
        "pan_step_max_ms": _ms(max(pan_steps)),
        "pan_quiet_step_ms": _ms(statistics.median(quiet_steps)),
        "pan_quiet_step_max_ms": _ms(max(quiet_steps)),
        "zoom_step_cpu_ms": _ms(statistics.median(zoom_cpu)),
        "pan_step_cpu_ms": _ms(statistics.median(pan_cpu)),
        "filter_ms": filter_ms,
        "search_ms": search_ms,
        **window,
        "matching_events": matches,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "machine": machine(),
    }


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WxH, e.g. 3840x2000") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument(
        "--export",
        action="store_true",
        help="add export_pdf_ms: the PDF briefing (timeline and table) of 1,000 events",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=SIZE,
        help="the timeline's width and height in pixels, WxH (default 1600x600)",
    )
    parser.add_argument(
        "--lang",
        choices=sorted(READERS),
        default="en",
        help="the interface's language (ar: mirrored, Levantine months, Arabic-Indic digits)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    result = run(args.events, args.size, READERS[args.lang])
    if args.export:
        from export_bench import run as export_run  # a briefing of the first 1,000 events

        result["export_pdf_ms"] = export_run(1000, "en", busiest_pair=False)["export_pdf_ms"]
    emit(result, args.json)


if __name__ == "__main__":
    main()
