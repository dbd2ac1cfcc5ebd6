"""The row packing itself: the lowest free row for each event in time order.

A first-fit greedy over sorted starts and reserved ends, in numpy where rows take many of
the items ("peeling" a row at a time) and in a loop that jumps over what finds no row where
they take few (dense data, zoomed out), so that its cost follows what is placed, not what is
stored. Around spans of rows another stacking holds (the band's), and, for print and for
the screen zoomed in, the events known to the day first (:func:`dated_first`). Knows
nothing of lanes, chunks or levels: :mod:`timeline.render.level_stacking` feeds it.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

import numpy as np

if TYPE_CHECKING:
    from timeline.render.level_stacking import ReservedEnds

OVERFLOW = -1  # no free row: counted in a cluster

_FIRST_BLOCK, _BLOCK = 8, 512  # items the greedy converts to Python values at a time
#: Peel rows in numpy while a row takes at least this share of the items left: numpy costs
#: some tens of nanoseconds per item left, the loop a microsecond or two per item it places.
_PEEL_SHARE = 1 / 32
#: Fewer items are placed quicker one by one than with a dozen numpy passes.
_PEEL_FROM = 512

#: A column of reserved ends, whole or worked out where it is read.
Ends: TypeAlias = "np.ndarray | ReservedEnds"
#: Up to this many events a chunk's reserved ends are worked out in one pass: reading them a
#: block at a time costs a few numpy calls per block, and dense data reads a block per jump.
WHOLE_ENDS = 50_000


def go_on() -> None:
    """Never stand still: the packing of a frame's own levels."""


#: Called every few hundred items placed: the worker stacking ahead stands still there
#: while a frame is being made (:func:`ahead.pause`).
Pause = Callable[[], None]
_PAUSE_EVERY = 512  # items placed (a fraction of a millisecond)

#: Spans of rows the band holds over a chunk, from the top row down: each row's as starts
#: and ends (ascending and apart: one band row's events never meet). Rows past the list,
#: and rows with empty arrays, are the chunk's alone.
Held = Sequence[tuple[np.ndarray, np.ndarray]]


def _clear_of(held: tuple[np.ndarray, np.ndarray], starts: np.ndarray, ends: Ends) -> np.ndarray:
    """Which items [start, end) meet none of one row's held spans: the first span ending
    after an item's start must begin at or after its end (one binary search each)."""
    held_starts, held_ends = held
    if held_starts.size == 0:
        return np.ones(starts.shape[0], bool)
    following = np.searchsorted(held_ends, starts, "right")
    begins = held_starts[np.minimum(following, held_starts.size - 1)]
    clear: np.ndarray = (following == held_starts.size) | (begins >= ends)
    return clear


def _first_clear(ends: Ends, skip: np.ndarray | None, lo: int, hi: int, limit: float) -> int:
    """The first item from ``lo`` (before ``hi``) that ends by ``limit`` and is not skipped,
    else ``hi``: looked for in numpy over stretches growing fourfold, so that a run of
    thousands of items too long for a gap before a held span is passed over at C speed."""
    size = 16
    while lo < hi:
        top = min(lo + size, hi)
        fits = ends[lo:top] <= limit
        if skip is not None:
            fits &= ~skip[lo:top]
        found = int(fits.argmax())
        if fits[found]:
            return lo + found
        lo, size = top, size * 4
    return hi


def greedy(
    starts: np.ndarray,
    reserve_ends: Ends,
    rows: int,
    skip: np.ndarray | None = None,
    held: Held = (),
    peel_share: float = _PEEL_SHARE,
    peel_from: int = _PEEL_FROM,
    pause: Pause = go_on,
) -> np.ndarray:
    """Lowest free row for each item in time order (OVERFLOW when every row is busy); a
    row is free for an item where it is past the item before and meets none of its
    ``held`` spans over the item's [start, end).

    Row by row ("peeling"): in first-fit, whether an item takes row r depends only on what
    took row r before it, so row 0 is the chain from the first item to the first one that
    starts after its end, and so on, and row 1 is the same chain over the items row 0 left.
    Each row's next-item pointers are one vectorised binary search; only the chain is walked
    in Python. Where the rows take few of many items (dense data, zoomed out), walking every
    item left for each row would cost more than placing the few, so the rows still free are
    packed by :func:`_greedy_loop`, which jumps over the items that find no row.
    """
    count = int(starts.shape[0])
    assigned = np.full(count, OVERFLOW, np.int16)
    if rows <= 0 or count == 0:
        return assigned
    if count < peel_from or _dense(starts, reserve_ends, peel_share):
        return _greedy_loop(starts, reserve_ends, rows, skip, held, pause)
    left = np.arange(count) if skip is None else np.flatnonzero(~skip)
    for row in range(rows):
        if left.size == 0:
            break
        pause()
        left_starts, left_ends = starts[left], reserve_ends[left]
        if row < len(held) and held[row][0].size:  # it may take the items clear of its spans
            clear = np.flatnonzero(_clear_of(held[row], left_starts, left_ends))
            chain = clear[_chain(left_starts[clear], left_ends[clear], pause)]
        else:
            chain = _chain(left_starts, left_ends, pause)
        if chain.size < left.size * peel_share:  # dense: the loop places the rest cheaper
            rest = _greedy_loop(left_starts, left_ends, rows - row, held=held[row:], pause=pause)
            placed = rest >= 0
            assigned[left[placed]] = rest[placed] + row
            break
        assigned[left[chain]] = row
        keep = np.ones(left.size, bool)
        keep[chain] = False
        left = left[keep]
    return assigned


_PROBE = 64  # steps of a row's chain that tell dense data from sparse


def dated_first(
    starts: np.ndarray,
    reserve_ends: Ends,
    rows: int,
    skip: np.ndarray,
    vague: np.ndarray,
    held: Held,
    pause: Pause,
    first_rows: int,
    spans: np.ndarray | None = None,
    after_the_days: np.ndarray | None = None,
) -> np.ndarray:
    """Rows for the events known to the day first, in the top ``first_rows``, then for the
    others in time order in what they leave free: packed in time order together, the bars
    of a month or a year (which start on its first day) took every row before a week's own
    events came, and a briefing of that week counted all of them in badges under bars
    across the page. Print gives them every row: a printed lane is the selection the page
    shows. The screen gives them two a week across or wider (:func:`dated_rows`): a bar
    needs its row free over its whole chunk, and rows kept for events known to the day
    showed blank wherever none fell, over badges of bars that had found no row; zoomed in
    to a few days, every row, a row they leave with nothing in view taking the bars.
    ``spans`` (print): the events' lengths in days, the vague ones then placed the shorter
    first (:data:`VAGUE_PASSES`). ``after_the_days`` (the screen zoomed in to a few days,
    :func:`days_first`): the events known to the day that last longer, placed after those
    of a day: begun days before, they took every row before a day's own events came, and
    a day of 50,000 events showed its six under a badge, beside the bars of meetings begun
    a week earlier."""
    later = np.zeros_like(vague) if after_the_days is None else after_the_days & ~vague
    if not (vague.any() or later.any()) or first_rows <= 0:
        return greedy(starts, reserve_ends, rows, skip, held, pause=pause)
    first_rows = min(first_rows, rows)
    assigned = greedy(starts, reserve_ends, first_rows, skip | vague | later, held, pause=pause)
    passes = [later & ~skip] if later.any() else []
    passes += [~skip] if spans is None else _vague_passes(vague & ~skip, spans)
    for placing in passes:
        held_too = _held_with(held, assigned, starts, reserve_ends, rows)
        unplaced = ~placing | (assigned >= 0)
        later = greedy(starts, reserve_ends, rows, unplaced, held_too, pause=pause)
        assigned = np.where(assigned >= 0, assigned, later)
    return assigned


#: Print: the longest vague events (in days) each pass of :func:`dated_first` places, after
#: the events known to the day: a few days' window, a month, a season, a year, the rest. A
#: briefing of one day (7 April 2025 of 50,000 events) showed 28 bars of "2025", first in
#: time order, its gathering of 7-10 April and every event of "April 2025" under a badge.
VAGUE_PASSES = (14.0, 31.0, 92.0, 366.0, math.inf)


def _vague_passes(vague: np.ndarray, spans: np.ndarray) -> list[np.ndarray]:
    """Which of the ``vague`` events each pass places, the shorter first."""
    passes, shorter = [], -math.inf
    for longest in VAGUE_PASSES:
        placing = vague & (spans > shorter) & (spans <= longest)
        if placing.any():
            passes.append(placing)
        shorter = longest
    return passes


#: On screen, the events known to the day are given the top two rows first where a day is
#: narrower than this: a week across or wider, where a week's events each hold a label's
#: room of more than a day. Zoomed in closer, they are given every row first, as in print:
#: in time order, a month's or a year's bars (which start on its first day) took every row
#: and a day of 50,000 events showed its own as badges under them; a row they leave with
#: nothing in view takes the bars there (the layout's blank rows are filled).
DATED_FIRST_BELOW_PX_PER_DAY = 256.0
#: How many top rows they are given first on screen, a week across or wider.
SCREEN_DATED_ROWS = 2


#: On screen, zoomed in closer than this (a day a label wide: a view of four days or less
#: at 1024 pixels, three at 800), the events known to the day and lasting longer are placed
#: after those of a day (:func:`dated_first`): a day's own meetings are what such a view is
#: for, and the bars of those begun days before run across it as a background. From twice
#: this, three days at 800×500 (8-10 December 1992 of 50,000 events) showed one of the five
#: events of those days, under bars begun weeks before.
DAYS_FIRST_FROM_PX_PER_DAY = 256.0


def days_first(pixels_per_day: float, print_stacking: bool) -> bool:
    """Whether a day's events are placed before longer ones known to the day."""
    return not print_stacking and pixels_per_day >= DAYS_FIRST_FROM_PX_PER_DAY


def dated_rows(pixels_per_day: float, rows: int, print_stacking: bool) -> int:
    """How many top rows the events known to the day are given before the long bars of
    vague ones (:func:`dated_first`): every row in print, and on screen zoomed in to a few
    days; on screen two where a day is narrower than a label. A lane of two rows or fewer (a
    small window's lanes by kind) thus gives them all its rows at week zoom, as print does,
    its month- and year-long bars counted in badges: two rows, or every row, whatever the
    lane's height keeps a level stacked with a row fewer the taller one without its top
    row."""
    if print_stacking:
        return rows
    return SCREEN_DATED_ROWS if pixels_per_day < DATED_FIRST_BELOW_PX_PER_DAY else rows


def _held_with(
    held: Held, assigned: np.ndarray, starts: np.ndarray, ends: Ends, rows: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each row's held spans and the items ``assigned`` to it, by start (they never meet:
    the items were placed clear of the spans and of each other)."""
    spans = []
    for row in range(rows):
        mine = np.flatnonzero(assigned == row)
        row_starts, row_ends = starts[mine], np.asarray(ends[mine], np.float64)
        if row < len(held):
            row_starts = np.concatenate((held[row][0], row_starts))
            row_ends = np.concatenate((held[row][1], row_ends))
        order = np.argsort(row_starts, kind="stable")
        spans.append((row_starts[order], row_ends[order]))
    return spans


def _dense(starts: np.ndarray, ends: Ends, share: float) -> bool:
    """Whether a row would take fewer than ``share`` of the items it passes, judged from
    the first steps of row 0's chain, one binary search each: a million items in a chunk
    are not all looked at to find that only a few hundred are placed."""
    count = int(starts.shape[0])
    if count * share <= _PROBE:
        return False
    at = steps = 0
    while steps < _PROBE and at < count:
        at = max(at + 1, int(starts.searchsorted(ends[at], "left")))
        steps += 1
    return steps < min(at, count) * share


def _chain(starts: np.ndarray, ends: np.ndarray, pause: Pause = go_on) -> np.ndarray:
    """Positions one row takes: the first item, then the first that starts at or after the
    end of the one before, and so on (``starts`` ascending)."""
    count = int(starts.shape[0])
    following = np.maximum(np.searchsorted(starts, ends, "left"), np.arange(1, count + 1)).tolist()
    taken = []
    at = 0
    while at < count:
        taken.append(at)
        at = following[at]
        if not len(taken) % _PAUSE_EVERY:
            pause()
    return np.asarray(taken, np.int64)


def _greedy_loop(
    starts: np.ndarray,
    reserve_ends: Ends,
    rows: int,
    skip: np.ndarray | None = None,
    held: Held = (),
    pause: Pause = go_on,
) -> np.ndarray:
    """The same packing item by item, in time proportional to what it places, not to what
    it is given: when all rows are busy, every item that starts before one frees up is
    passed over in one binary search. The columns are read as Python floats a block at a
    time from where the loop stands (a numpy scalar per item would cost more than the
    placing, and jumped-over stretches are never converted); a few thousand are read at
    once, and a jump is a bisection of the list.

    A held span is looked at only where it is near: a row free for an item must stay free
    until the item's end (its next span starts no sooner), and a span once begun makes its
    row busy until it ends. Where the only free rows are too short for an item, the next
    item short enough is looked for in numpy (:class:`_HeldRows`).
    """
    count = int(starts.shape[0])
    assigned = np.full(count, OVERFLOW, np.int16)
    if rows <= 0 or count == 0:
        return assigned
    free = [-math.inf] * rows
    earliest_free = -math.inf
    spans = _HeldRows(held, rows)
    shut, next_shut = spans.shut, spans.next_shut  # each row's next held span's start
    placed_at: list[int] = []
    placed_row: list[int] = []
    block_start = 0
    block_starts: list[float] = []
    block_ends: list[float] = []
    block_skip: list[bool] = []
    size = _FIRST_BLOCK
    whole = count <= WHOLE_ENDS  # read at once: a jump is then a bisection of a list
    if whole:
        block_starts = starts.tolist()
        block_ends = reserve_ends[0:count].tolist()
        block_skip = skip.tolist() if skip is not None else [False] * count
    index = 0
    while index < count:
        offset = index - block_start
        if offset >= len(block_starts):
            # Blocks grow while the loop reads on, and start small again after a jump: in
            # dense data it jumps at nearly every item, and converts little each time.
            following = offset == len(block_starts)
            size = min(size * 2, _BLOCK) if following else _FIRST_BLOCK
            block_start, offset, last = index, 0, index + size
            block_starts = starts[index:last].tolist()
            block_ends = reserve_ends[index:last].tolist()
            block_skip = skip[index:last].tolist() if skip is not None else [False] * size
        start = block_starts[offset]
        if start < earliest_free:
            if whole:
                index = bisect_left(block_starts, earliest_free, index + 1)
            else:
                index = max(index + 1, int(starts.searchsorted(earliest_free, "left")))
            continue
        if start > next_shut:  # held spans have begun: their rows are busy until they end
            next_shut = spans.begin(start, free)
            earliest_free = min(free)
            continue
        index += 1
        if block_skip[offset]:
            continue
        end = block_ends[offset]
        row = 0
        while row < rows and (free[row] > start or shut[row] < end):
            row += 1
        if row == rows:  # free rows there are, but held again before this item's end
            index = spans.next_fitting(start, free, starts, reserve_ends, skip, index)
            continue
        free[row] = end
        earliest_free = min(free)
        placed_at.append(index - 1)
        placed_row.append(row)
        if not len(placed_at) % _PAUSE_EVERY:
            pause()
    assigned[placed_at] = placed_row
    return assigned


class _HeldRows:
    """Where the loop stands in each row's held spans: the next one's start (``shut``,
    infinite past the last) and end."""

    def __init__(self, held: Held, rows: int) -> None:
        self._held = [(starts.tolist(), ends.tolist()) for starts, ends in held[:rows]]
        self._at = [0] * len(self._held)
        self.shut = [math.inf] * rows
        self._reopen = [math.inf] * rows
        for row in range(len(self._held)):
            self._step(row)
        self.next_shut = min(self.shut)

    def _step(self, row: int) -> None:
        """Move on to the row's next span."""
        starts, ends = self._held[row]
        at = self._at[row]
        self.shut[row], self._reopen[row] = (
            (starts[at], ends[at]) if at < len(starts) else (math.inf, math.inf)
        )
        self._at[row] = at + 1

    def begin(self, start: float, free: list[float]) -> float:
        """Rows busy until the end of their spans begun before ``start``; the next span's
        start."""
        for row, shut in enumerate(self.shut):
            while shut < start:
                free[row] = max(free[row], self._reopen[row])
                self._step(row)
                shut = self.shut[row]
        self.next_shut = min(self.shut)
        return self.next_shut

    def next_fitting(
        self,
        start: float,
        free: list[float],
        starts: np.ndarray,
        ends: Ends,
        skip: np.ndarray | None,
        index: int,
    ) -> int:
        """Where the loop goes on after an item at ``start`` found every free row held again
        before its end: until a busy row frees up or a free row's span begins, the rows
        stay as they are, so the items that start before then fit only if they end by the
        latest such span's start (found in numpy, not one by one)."""
        free_rows = [row for row, since in enumerate(free) if since <= start]
        busy = [since for since in free if since > start]
        until = min(
            int(starts.searchsorted(min(busy), "left")) if busy else len(starts),
            # A span is begun for the items after its start: the one at its start may be nil.
            int(starts.searchsorted(min(self.shut[row] for row in free_rows), "right")),
        )
        limit = max(self.shut[row] for row in free_rows)
        return _first_clear(ends, skip, index, until, limit)
