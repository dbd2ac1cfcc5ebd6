"""Stacking the zoom levels next to the one on screen before the user reaches them.

A lane of up to SINGLE_CHUNK_LIMIT events is stacked whole at each zoom level: milliseconds
of Python, which the first wheel notch into a level would pay. Whenever a frame enters
another level (stacked already or not), one worker thread stacks the levels around it that
are missing, nearest first, so that the next notches in either direction find theirs made.
The worker stacks a level on its own and hands it over whole, so a frame never waits for
it, and drops its work when the stacker is gone (another filter, another file).

Both threads share one interpreter lock: a worker running while a frame is made took it for
half of the frame's time. So the worker does not start a level while a frame is being made
(:func:`frame`), and stands still inside one every few hundred events it places
(:func:`pause`): it stacks between frames, when the interface thread has nothing to do.
A frame laid out before it is painted (a filter's "fit all") holds it from then on
(:func:`hold`).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Protocol

#: Levels stacked on each side of the one on screen: an octave and a half of zoom.
REACH = 6
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stacking-ahead")
_idle = threading.Event()  # no frame is being made
_painted = threading.Event()  # no frame is awaited (see hold)
_idle.set()
_painted.set()
_held_until = [0.0]  # when a hold ends without its frame (time.monotonic)
_worker_thread: list[threading.Thread | None] = [None]  # the worker, once it has started
#: The longest the worker stands still for one frame (a frame is milliseconds; this only
#: bounds a wait that should never be longer).
_PAUSE_LIMIT = 0.25
#: The longest it stands still for a frame awaited (:func:`hold`): a filter's first frame
#: at a million events comes in a tenth of a second.
HOLD_LIMIT = 0.5


@contextmanager
def frame() -> Iterator[None]:
    """While a frame is being made on the interface thread, the worker stands still."""
    _idle.clear()
    try:
        yield
    finally:
        _painted.set()  # a frame awaited (hold) is this one
        _idle.set()


def hold() -> None:
    """A frame is awaited: the interface thread lays out what it will paint next outside
    the paint (a filter's "fit all", the list following the view) and goes on filling the
    window before it paints. The worker stands still until that frame is painted, as
    while one is made (:func:`frame` ends the hold), or :data:`HOLD_LIMIT` has passed (a
    frame that never comes: the view hidden meanwhile). A filter's levels entered on the
    way had it stacking beside all that: 10-11 ms of its processor time at a million
    events, and the interface thread's first frame 16 ms later, waiting for the one
    interpreter lock."""
    _held_until[0] = time.monotonic() + HOLD_LIMIT
    _painted.clear()


def pause() -> None:
    """On the worker, wait until no frame is being made or awaited (it holds no lock a
    frame takes here); elsewhere go on (a level the worker made may be read on, by the
    frame itself). Without it, a frame begun while the worker was inside a level waited
    for the level to end: the worker takes the interpreter lock back whenever the frame
    calls into Qt."""
    if threading.current_thread() is _worker_thread[0]:
        _idle.wait(_PAUSE_LIMIT)
        awaited = _held_until[0] - time.monotonic()
        if awaited > 0:
            _painted.wait(awaited)


class Preparer(Protocol):
    def prepare(self, lane: int, level: int, rows: int) -> None: ...

    def shown(self, lane: int) -> tuple[int, int] | None:
        """The level and rows of the lane's last frame."""
        ...


def stack_around(stacker: Preparer, lane: int, level: int, rows: int) -> None:
    """Have the levels around ``level`` stacked in the background."""
    _WORKER.submit(_stack_around, weakref.ref(stacker), lane, level, rows)


def _stack_around(found: weakref.ref[Preparer], lane: int, level: int, rows: int) -> None:
    _worker_thread[0] = threading.current_thread()
    for distance in range(1, REACH + 1):
        for near in (level + distance, level - distance):
            pause()
            stacker = found()
            # Gone, or the view has moved on to another level: a later round serves it.
            if stacker is None or stacker.shown(lane) != (level, rows):
                return
            stacker.prepare(lane, near, rows)
            del stacker  # hold no reference between levels


def wait() -> None:
    """Block until the worker has done everything asked of it so far (for tests)."""
    _WORKER.submit(lambda: None).result()
