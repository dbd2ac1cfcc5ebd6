"""Stackings of one index kept by lane, zoom level and row count, for the layout to ask for.

The last few are kept, and a level is stacked with one row fewer from the one with a row
more where it can be; with ``ahead``, entering a level of a lane stacked in one piece has a
worker stack the levels around it (:mod:`timeline.render.ahead`). How a level is stacked:
:mod:`timeline.render.level_stacking`.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict

import numpy as np

from timeline.render import ahead
from timeline.render.ahead import REACH
from timeline.render.index import TimelineIndex
from timeline.render.level_stacking import LevelStacking
from timeline.render.lru import cached, remember
from timeline.render.stacking_greedy import Pause, go_on
from timeline.render.zoom_levels import crossing_chunks, in_one_piece


class Stacker:
    """Stackings of one index, by lane, zoom level and row count (kept for the last few).

    With ``ahead``, entering a level of a lane stacked in one piece has the levels around it
    stacked by a worker thread (:mod:`timeline.render.ahead`); one lock keeps the caches
    whole, and every stacking is the same whoever makes it. ``print_stacking``: print's
    stacking (see :func:`timeline.render.stacking_greedy.dated_rows`); ``marker_px``: a
    day's point's width.
    """

    def __init__(
        self,
        index: TimelineIndex,
        gap_px: float,
        bin_px: float,
        ahead: bool = False,
        print_stacking: bool = False,
        marker_px: float = 10.0,
    ) -> None:
        self.index = index
        self._gap_px, self._bin_px = gap_px, bin_px
        self._ahead = ahead
        self._print_stacking = print_stacking
        self._marker_px = marker_px
        self._lock = threading.RLock()
        self._levels: OrderedDict[tuple[int, int, int], LevelStacking] = OrderedDict()
        self._crossing: OrderedDict[tuple[int, float], np.ndarray] = OrderedDict()
        self._entered: dict[int, tuple[int, int]] = {}  # the level and rows last shown, by lane
        #: Levels kept: those the worker stacks around each lane's (two row counts each,
        #: the layout's and one fewer) and the one a view sizing its lanes looks at
        #: (:func:`timeline.render.layout.lane_rows`). At 96 for eight lanes of kinds, the
        #: worker's levels pushed out one another, and each notch stacked eight anew.
        self._keep = max(96, 3 * (2 * REACH + 1) * len(index.lane_titles))

    def _crossing_of(self, lane: int, days: float) -> np.ndarray:
        with self._lock:
            found = cached(self._crossing, (lane, days))
            if found is None:
                found = crossing_chunks(self.index.lane(lane), days)
                remember(self._crossing, (lane, days), found, keep=16)
            return found

    def level(self, lane: int, level: int, rows: int) -> LevelStacking:
        with self._lock:
            found = cached(self._levels, (lane, level, rows))
            if found is None:
                found = self._made(lane, level, rows)
            # On every level entered, found ready or not, so that the worker stays ahead of
            # a wheel turned on and on (not for the one row fewer the layout asks next).
            ahead_here = self._ahead and in_one_piece(len(self.index.lane(lane)))
            if ahead_here and self._entered.get(lane) not in ((level, rows), (level, rows + 1)):
                ahead.stack_around(self, lane, level, rows)
                self._entered[lane] = (level, rows)
            return found

    def made(self, lane: int, level: int, rows: int) -> LevelStacking | None:
        """The level of a lane if it is stacked in one piece already, else None: asking
        never stacks (for reading ahead what the next frame will draw)."""
        with self._lock:
            found = self._levels.get((lane, level, rows))
            if found is None or not math.isinf(found.chunk_days) or not found.stacked():
                return None
            return found

    def ahead_of(self, lane: int, level: int, rows: int) -> LevelStacking:
        """The level of a lane, made when missing and stacked as it is read, without
        entering it (the worker is not asked): between frames the view stacks what the
        next notch will show, where no worker does (a lane in chunks) or the worker has
        not reached it yet (it finds it made)."""
        with self._lock:
            found = cached(self._levels, (lane, level, rows))
            return found if found is not None else self._made(lane, level, rows)

    def shown(self, lane: int) -> tuple[int, int] | None:
        """The level and rows the last frame asked for in a lane (the worker stacks around
        them, and stops when they change)."""
        with self._lock:
            return self._entered.get(lane)

    def _made(self, lane: int, level: int, rows: int) -> LevelStacking:
        made = self._new(lane, level, rows, self._levels.get((lane, level, rows + 1)))
        remember(self._levels, (lane, level, rows), made, keep=self._keep)
        return made

    def _new(
        self,
        lane: int,
        level: int,
        rows: int,
        taller: LevelStacking | None,
        lock: threading.RLock | None = None,
        pause: Pause = go_on,
    ) -> LevelStacking:
        return LevelStacking(
            self.index.lane(lane),
            level,
            rows,
            self._gap_px,
            self._bin_px,
            lambda days: self._crossing_of(lane, days),
            taller,
            lock or self._lock,
            pause,
            self._print_stacking,
            self._marker_px,
        )

    def prepare(self, lane: int, level: int, rows: int) -> None:
        """Stack a level of a lane in one piece as a frame will ask for it: with one row
        fewer when some events are hidden (the layout keeps that row for cluster badges).

        The stacking is made under a lock of its own and only then handed over, so a frame
        never waits for the worker to finish a level it does not need."""
        with self._lock:
            if (lane, level, rows) in self._levels:
                return
            taller = self._levels.get((lane, level, rows + 1))
        own = threading.RLock()
        made = self._new(lane, level, rows, taller, own, ahead.pause)
        made.chunk(0)
        fewer = None
        if rows > 1 and made.hides_events():
            fewer = self._new(lane, level, rows - 1, made, own, ahead.pause)
            fewer.chunk(0)
        with self._lock:
            for count, stacking in ((rows, made), (rows - 1, fewer)):
                if stacking is not None and (lane, level, count) not in self._levels:
                    remember(self._levels, (lane, level, count), stacking, keep=self._keep)
