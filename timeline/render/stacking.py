"""Which row each event sits in, at one zoom level: stable under panning, and cheap at any N.

Time at a zoom level is cut into chunks of a fixed width in world pixels, aligned to day
zero, so a chunk's stacking depends only on its own events and the level's band: panning
never moves an event to another row, and showing any part of a million events costs only the
few chunks on screen.
Events whose bar crosses a chunk boundary go to a band of rows at the top of the lane,
stacked once per level over just those events. A chunk's own events take the band's rows
too, wherever the band leaves them free (its events' bars and labels are held spans there):
band events sit near chunk boundaries, and rows kept for them along a whole chunk showed as
blank rows over hidden events. A band event finding no row there (the band is a third of
the rows at most, often full of a year's events) that crosses one boundary near it takes a
row the chunks on both sides, as packed on their own, leave free. Inside a chunk, rows are
packed greedily in time order; once every row is busy, the events that start before one
frees up are skipped in one binary search and become clusters, so dense data costs what is
visible, not what is stored.
Every event reserves its label's room as well as its bar's, from where its marker begins (a
day's point in the middle of a day wider than it), so that on screen a label is whole:
one whose label would run past its chunk's end into the next chunk's first event of its row
becomes a cluster's too (the next chunk as packed on its own says where that is: no chain).
"""

from __future__ import annotations

import math
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TypeVar

import numpy as np

from timeline.render import ahead
from timeline.render.index import LaneColumns, Marker, TimelineIndex

_K = TypeVar("_K")
_V = TypeVar("_V")
OVERFLOW = -1  # no free row: counted in a cluster
IN_BAND = -2  # placed in the band of events that cross chunk boundaries

CHUNK_PX = 4096.0
#: Zoomed in, a chunk is at least this many days long: at CHUNK_PX alone it was four days at
#: day zoom, and nearly every event of a week or a month crossed a boundary into the band.
MIN_CHUNK_DAYS = 64
#: Up to this many events a lane is stacked in one piece: no chunk boundary ever shortens a
#: label, and one greedy pass per zoom level stays well under a frame.
SINGLE_CHUNK_LIMIT = 20_000
LEVELS_PER_OCTAVE = 4


def zoom_level(pixels_per_day: float) -> int:
    """Zoom levels in quarter octaves: one stacking serves a whole level."""
    return math.floor(math.log2(pixels_per_day) * LEVELS_PER_OCTAVE)


def chunk_days(events: int, pixels_per_day: float) -> float:
    """Chunks are a whole power of two of days, so boundaries fall between days and the
    levels of one octave share them (and the work of finding what crosses them)."""
    if events <= SINGLE_CHUNK_LIMIT:
        return math.inf
    return float(max(2 ** math.ceil(math.log2(CHUNK_PX / pixels_per_day)), MIN_CHUNK_DAYS))


def crossing_chunks(lane: LaneColumns, days: float) -> np.ndarray:
    """Which events run across a chunk boundary (a day event never does)."""
    if math.isinf(days):
        return np.zeros(len(lane), bool)
    crossing = np.zeros(len(lane), bool)
    spans = lane.spans
    crossing[spans] = np.floor(lane.starts[spans] / days) != np.floor(
        (lane.ends[spans] - 0.5) / days
    )
    return crossing


def level_pixels_per_day(level: int) -> float:
    """The smallest scale of a level: room reserved at it is enough at the whole level."""
    return float(2.0 ** (level / LEVELS_PER_OCTAVE))


class Clusters:
    """Hidden events of a chunk grouped into bins of equal world width."""

    __slots__ = ("_members", "bins", "counts", "first_days", "last_days", "offsets")

    def __init__(
        self,
        bins: np.ndarray,
        counts: np.ndarray,
        first_days: np.ndarray,
        last_days: np.ndarray,
        members: np.ndarray,
    ) -> None:
        self.bins = bins  # int64 bin number (world px // bin width)
        self.counts = counts  # int64
        #: int64 start of each bin's members in ``members``
        self.offsets = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        self.first_days = first_days  # float64
        self.last_days = last_days  # float64 (exclusive)
        self._members = members

    @property
    def members(self) -> np.ndarray:
        """int64 positions in the lane's columns, grouped by bin."""
        return self._members

    def positions(self, item: int) -> np.ndarray:
        """The hidden events of one bin (``item``: its number among these bins)."""
        offset = int(self.offsets[item])
        return self.members[offset : offset + int(self.counts[item])]


#: Stands for the hidden events' positions until they are listed (not None: a None held
#: by thousands of cached bins would make reference counts of None wander).
_NOT_LISTED = np.zeros(0, np.int64)


class CountedClusters(Clusters):
    """Bins counted without listing their events.

    Zoomed out, a chunk may hide a million events in a few dozen bins: then the bins are
    counted from their edges (binary searches in the sorted starts) and the few events with
    a row taken out, and the hidden events' positions are listed only when asked for (a
    badge's events, a bin cut by the view's edge). Listing them at every new level cost
    tens of milliseconds of temporary arrays a wheel notch."""

    __slots__ = ("_find", "_listing")

    def __init__(
        self,
        bins: np.ndarray,
        counts: np.ndarray,
        first_days: np.ndarray,
        last_days: np.ndarray,
        find: Callable[[int], np.ndarray],
        listing: Callable[[], np.ndarray],
    ) -> None:
        """``find`` gives one bin's events (by its number among these), ``listing`` all."""
        super().__init__(bins, counts, first_days, last_days, _NOT_LISTED)
        self._find = find
        self._listing = listing

    @property
    def members(self) -> np.ndarray:
        if self._members is _NOT_LISTED:
            self._members = self._listing()
        return self._members

    def positions(self, item: int) -> np.ndarray:
        if self._members is _NOT_LISTED:
            return self._find(item)
        return super().positions(item)


@dataclass(frozen=True)
class ChunkRows:
    lo: int  # first position in the lane columns
    hi: int  # one past the last
    rows: np.ndarray  # int16 row per position lo..hi-1, or OVERFLOW / IN_BAND
    clusters_of: Callable[[int, np.ndarray], Clusters] = field(repr=False)

    @cached_property
    def clusters(self) -> Clusters:
        """The hidden events in bins, made when first asked: a stacking that only serves
        the one with a row fewer never needs its own, and a chunk may hold a million."""
        # Hidden band events are clustered by the layout, which finds them in the band.
        return self.clusters_of(self.lo, self.rows)


@dataclass(frozen=True, slots=True)
class ChunkStacking:
    """The placed events of a chunk, ready for the layout."""

    positions: np.ndarray  # int64 positions in the lane columns
    rows: np.ndarray  # int16
    starts: np.ndarray  # float64 start of each, ascending
    reach: np.ndarray  # float64 running maximum of their ends, ascending

    def near(self, first_day: float, last_day: float) -> slice:
        """The placed events that may reach into [first_day, last_day): two binary
        searches instead of a look at each of the thousands a frame zoomed out holds."""
        lo = int(np.searchsorted(self.reach, first_day, "right"))
        hi = int(np.searchsorted(self.starts, last_day, "left"))
        return slice(lo, max(lo, hi))


@dataclass(frozen=True, slots=True)
class BandStacking:
    """Events crossing chunk boundaries, stacked over the whole lane at one level."""

    positions: np.ndarray  # int64 positions in the lane columns, by start
    rows: np.ndarray  # int16 row, or OVERFLOW
    reserved_ends: np.ndarray  # float64
    height: int  # one past the lowest row it takes (rows count from the top)
    starts: np.ndarray  # float64 start of each, ascending
    reach: np.ndarray  # float64 running maximum of reserved_ends, ascending

    def near(self, first_day: float, last_day: float) -> slice:
        """The band events that may reach into [first_day, last_day): two binary searches
        instead of a look at every one."""
        lo = int(np.searchsorted(self.reach, first_day, "right"))
        hi = int(np.searchsorted(self.starts, last_day, "left"))
        return slice(lo, max(lo, hi))


_FIRST_BLOCK, _BLOCK = 8, 512  # items the greedy converts to Python values at a time
#: Peel rows in numpy while a row takes at least this share of the items left: numpy costs
#: some tens of nanoseconds per item left, the loop a microsecond or two per item it places.
_PEEL_SHARE = 1 / 32
#: Fewer items are placed quicker one by one than with a dozen numpy passes.
_PEEL_FROM = 512


class ReservedEnds:
    """The reserved ends of one stretch of a lane, worked out only where the packing reads
    them: a chunk zoomed out may hold a million events, of which it looks at a few hundred.
    Indexed like the array it stands for (an int, a slice or positions, from 0)."""

    def __init__(self, stacking: LevelStacking, lo: int, hi: int, cap: float) -> None:
        self._stacking, self._lo, self._hi, self._cap = stacking, lo, hi, cap

    def __getitem__(self, key: int | slice | np.ndarray) -> np.ndarray:
        lo = self._lo
        if isinstance(key, slice):
            start = lo + (key.start or 0)
            stop = self._hi if key.stop is None else min(lo + key.stop, self._hi)
            where: slice | np.ndarray = slice(start, stop)
        else:
            where = np.asarray(key) + lo
        found: np.ndarray = np.minimum(self._stacking.reserve_ends(where), self._cap)
        return found


#: A column of reserved ends, whole or worked out where it is read.
Ends = np.ndarray | ReservedEnds
#: Up to this many events a chunk's reserved ends are worked out in one pass: reading them a
#: block at a time costs a few numpy calls per block, and dense data reads a block per jump.
_WHOLE_ENDS = 50_000


def _go_on() -> None:
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


def _greedy(
    starts: np.ndarray,
    reserve_ends: Ends,
    rows: int,
    skip: np.ndarray | None = None,
    held: Held = (),
    peel_share: float = _PEEL_SHARE,
    peel_from: int = _PEEL_FROM,
    pause: Pause = _go_on,
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


def _dated_first(
    starts: np.ndarray,
    reserve_ends: Ends,
    rows: int,
    skip: np.ndarray,
    vague: np.ndarray,
    held: Held,
    pause: Pause,
    first_rows: int,
) -> np.ndarray:
    """Rows for the events known to the day first, in the top ``first_rows``, then for the
    others in time order in what they leave free: packed in time order together, the bars
    of a month or a year (which start on its first day) took every row before a week's own
    events came, and a briefing of that week counted all of them in badges under bars
    across the page. Print gives them every row: a printed lane is the selection the page
    shows. The screen gives them two a week across or wider (:func:`dated_rows`): a bar
    needs its row free over its whole chunk, and rows kept for events known to the day
    showed blank wherever none fell, over badges of bars that had found no row; zoomed in
    to a few days, every row, a row they leave with nothing in view taking the bars."""
    if not vague.any() or first_rows <= 0:
        return _greedy(starts, reserve_ends, rows, skip, held, pause=pause)
    first_rows = min(first_rows, rows)
    assigned = _greedy(starts, reserve_ends, first_rows, skip | vague, held, pause=pause)
    held_too = _held_with(held, assigned, starts, reserve_ends, rows)
    later = _greedy(starts, reserve_ends, rows, skip | (assigned >= 0), held_too, pause=pause)
    placed: np.ndarray = np.where(assigned >= 0, assigned, later)
    return placed


#: On screen, the events known to the day are given the top two rows first where a day is
#: narrower than this: a week across or wider, where a week's events each hold a label's
#: room of more than a day. Zoomed in closer, they are given every row first, as in print:
#: in time order, a month's or a year's bars (which start on its first day) took every row
#: and a day of 50,000 events showed its own as badges under them; a row they leave with
#: nothing in view takes the bars there (the layout's blank rows are filled).
DATED_FIRST_BELOW_PX_PER_DAY = 256.0
#: How many top rows they are given first on screen, a week across or wider.
SCREEN_DATED_ROWS = 2


def dated_rows(pixels_per_day: float, rows: int, print_stacking: bool) -> int:
    """How many top rows the events known to the day are given before the long bars of
    vague ones (:func:`_dated_first`): every row in print, and on screen zoomed in to a few
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


def _chain(starts: np.ndarray, ends: np.ndarray, pause: Pause = _go_on) -> np.ndarray:
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
    pause: Pause = _go_on,
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
    whole = count <= _WHOLE_ENDS  # read at once: a jump is then a bisection of a list
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


def point_offset(pixels_per_day: float, marker_px: float) -> float:
    """How far into its day a day's point begins, in days, at a level's smallest scale: a
    day wider than the point draws it in its middle, and its label starts there. Taken
    from the day's start, a label's room ended half a day before the label did: the bar
    beginning the next day took its row, and the label stood before its marker. Zoomed
    further in (a level spans a quarter octave), the point begins a little later and its
    label is shorter in days by more than that."""
    return max(0.0, 0.5 - marker_px / (2.0 * pixels_per_day))


def _out_of_order(starts: np.ndarray) -> np.ndarray | None:
    """The order that sorts ``starts``, or None where they are sorted already."""
    if starts.size < 2 or not (starts[1:] < starts[:-1]).any():
        return None
    order: np.ndarray = np.argsort(starts, kind="stable")
    return order


class LevelStacking:
    """The stacking of one lane at one zoom level and row count; chunks made on demand."""

    def __init__(
        self,
        lane: LaneColumns,
        level: int,
        rows: int,
        gap_px: float,
        bin_px: float,
        crossing: Callable[[float], np.ndarray],
        taller: LevelStacking | None = None,
        lock: threading.RLock | None = None,
        pause: Pause = _go_on,
        print_stacking: bool = False,
        marker_px: float = 10.0,
    ) -> None:
        """``taller``, the same level stacked with one row more, is reused when it can be:
        rows are packed lowest first, so the rows below the top one come out the same.
        ``lock`` guards the chunk caches against the worker that stacks ahead, which
        passes ``pause`` (a level of its own, under a lock of its own: nothing a frame
        waits for is held while it stands still). ``print_stacking``: print's stacking, the
        events known to the day given every row before long vague ones; on screen, two
        rows where a day is narrower than a label, every row closer in (:func:`dated_rows`).
        ``marker_px``: a
        day's point's width (see :meth:`packing_starts`)."""
        self.lane = lane
        self._lock = lock or threading.RLock()
        self._pause = pause
        self.level = level
        self.rows = rows
        self.pixels_per_day = level_pixels_per_day(level)
        self._dated_rows = dated_rows(self.pixels_per_day, rows, print_stacking)
        self.chunk_days = chunk_days(len(lane), self.pixels_per_day)
        self._gap_days = gap_px / self.pixels_per_day
        self._point_days = point_offset(self.pixels_per_day, marker_px)
        self._bin_days = bin_px / self.pixels_per_day
        self._rows: OrderedDict[int, ChunkRows] = OrderedDict()
        self._packings: OrderedDict[int, tuple[int, int, np.ndarray]] = OrderedDict()
        self._clusters_of = partial(_clusters, lane, self._bin_days)
        self._chunks: OrderedDict[int, ChunkStacking] = OrderedDict()
        self.crossing = crossing(self.chunk_days)
        # With the same band, rows are packed lowest first around the same held spans, so
        # the taller stacking's rows below its top one are this one's.
        same_band = taller is not None and taller.rows // 3 == rows // 3
        self.band: BandStacking = (
            taller.band if taller is not None and same_band else self._stack_band()
        )
        self._taller = taller if same_band else None

    def packing_starts(self, positions: slice | np.ndarray) -> np.ndarray:
        """Where each event's marker, and so its label, begins in days: a day's point in the
        middle of a day wider than it (:func:`point_offset`), anything else at its start.
        Rows are packed on these, and are not quite in the lane's order (a day's points come
        before its bars there, and begin after them here)."""
        lane = self.lane
        starts: np.ndarray = lane.starts[positions]
        if self._point_days:
            points = lane.markers[positions] == Marker.POINT
            starts = starts + np.where(points, self._point_days, 0.0)
        return starts

    def reserve_ends(self, positions: slice | np.ndarray) -> np.ndarray:
        """Where each event's bar or label (the wider) ends, in days: the label from where
        its marker begins (:meth:`packing_starts`)."""
        lane = self.lane
        label_days = (lane.label_px[positions] / self.pixels_per_day) + self._gap_days
        ends: np.ndarray = np.maximum(
            lane.ends[positions], self.packing_starts(positions) + label_days
        )
        return ends

    def _stack_band(self) -> BandStacking:
        """The band in the top third of the rows at most: over every row, events of a year
        or a month crossing a boundary took every row across a year's or a month's view
        (10 of 27 events drawn at 50,000)."""
        positions = np.nonzero(self.crossing)[0]
        cap = self.rows // 3
        starts = self.lane.starts[positions]
        ends = self.reserve_ends(positions)
        reach = np.maximum.accumulate(ends) if ends.size else ends
        if positions.size == 0 or cap == 0:
            rows = np.full(positions.size, OVERFLOW, np.int16)
            return BandStacking(positions, rows, ends, 0, starts, reach)
        rows = _greedy(starts, ends, cap, pause=self._pause)
        height = int(rows.max()) + 1 if (rows >= 0).any() else 0
        return BandStacking(positions, rows, ends, height, starts, reach)

    def hides_events(self) -> bool:
        """Whether some event finds no row: then the lane needs a row for cluster badges.
        A chunked lane is assumed to (finding out would stack every chunk)."""
        if not math.isinf(self.chunk_days):
            return True
        return bool(self.chunk_rows(0).clusters.counts.size) or bool(
            (self.band.rows == OVERFLOW).any()
        )

    def chunk_range(self, first_day: float, last_day: float) -> range:
        if math.isinf(self.chunk_days):
            return range(1)
        return range(
            math.floor(first_day / self.chunk_days), math.floor(last_day / self.chunk_days) + 1
        )

    def chunks_reaching(self, first_day: float, last_day: float) -> range:
        """The chunks whose placed events may reach into the days: the ones they fall in,
        and the one before where it may have given a row to a band event reaching into
        them (:meth:`_rescue`: one from its second half that the band left without)."""
        found = self.chunk_range(first_day, last_day)
        if math.isinf(self.chunk_days):
            return found
        band, begin = self.band, found.start * self.chunk_days
        first, last = np.searchsorted(band.starts, (begin - self.chunk_days / 2, begin), "left")
        wanting = (band.rows[first:last] == OVERFLOW) & (band.reserved_ends[first:last] > first_day)
        return range(found.start - 1 if wanting.any() else found.start, found.stop)

    def band_hidden(self, first_day: float, last_day: float) -> np.ndarray:
        """The band's events reaching into the days that found no row, in the band nor in
        the chunk where they begin (:meth:`_rescue`): the layout counts them in badges."""
        band, lane = self.band, self.lane
        near = band.near(first_day, last_day)
        hidden: np.ndarray = band.positions[near][band.rows[near] == OVERFLOW]
        hidden = hidden[lane.ends[hidden] > first_day]
        if hidden.size == 0 or math.isinf(self.chunk_days):
            return hidden
        numbers = np.floor(lane.starts[hidden] / self.chunk_days)
        given = np.zeros(hidden.size, bool)
        for number in self.chunks_reaching(first_day, last_day):
            begun = np.flatnonzero(numbers == number)
            if begun.size:  # where none begins, none was given a row
                chunk = self.chunk_rows(number)
                given[begun] = chunk.rows[hidden[begun] - chunk.lo] >= 0
        kept: np.ndarray = hidden[~given]
        return kept

    def _bounds(self, number: int) -> tuple[float, float]:
        if math.isinf(self.chunk_days):
            return -math.inf, math.inf
        return number * self.chunk_days, (number + 1) * self.chunk_days

    def stacked(self) -> bool:
        """Whether the first chunk's rows are packed already."""
        with self._lock:
            return 0 in self._rows

    def chunk(self, number: int) -> ChunkStacking:
        """Rows and label limits of one chunk (label limits read the next chunk's rows)."""
        with self._lock:
            return self._chunk(number)

    def _chunk(self, number: int) -> ChunkStacking:
        found = _cached(self._chunks, number)
        if found is None:
            chunk = self.chunk_rows(number)
            placed = np.nonzero(chunk.rows >= 0)[0]
            positions = placed + chunk.lo
            rows = chunk.rows[placed]
            ends = self.lane.ends[positions]
            found = ChunkStacking(
                positions,
                rows,
                self.lane.starts[positions],
                np.maximum.accumulate(ends) if ends.size else ends,
            )
            _remember(self._chunks, number, found)
        return found

    def chunk_rows(self, number: int) -> ChunkRows:
        with self._lock:
            found = _cached(self._rows, number)
            if found is None:
                found = self._stack_chunk(number)
                _remember(self._rows, number, found)
            return found

    def _stack_chunk(self, number: int) -> ChunkRows:
        if self._taller is not None:  # the taller stacking without its top row
            taller = self._taller.chunk_rows(number)
            top = taller.rows == self.rows
            rows = np.where(top, OVERFLOW, taller.rows).astype(np.int16)
            # A band event given the top row there (:meth:`_rescue`) is the band's hidden one.
            rows[top & self.crossing[taller.lo : taller.hi]] = IN_BAND
            return ChunkRows(taller.lo, taller.hi, rows, self._clusters_of)
        found = self._packings.pop(number, None)  # the one kept, read before as the next
        lo, hi, rows = found if found is not None else self._pack(number)
        rescued, rescued_rows = self._rescue(number, lo, rows)  # read as packed, not yet cut
        self._hide_cut_labels(number, lo, rows)
        rows[rescued - lo] = rescued_rows
        return ChunkRows(lo, hi, rows, self._clusters_of)

    def _pack(self, number: int) -> tuple[int, int, np.ndarray]:
        """A chunk's rows as packed on its own, each label's room reserved up to the chunk's
        end: its first position, one past its last, and the rows."""
        lane = self.lane
        begin, end = self._bounds(number)
        lo = int(np.searchsorted(lane.starts, begin, "left"))
        hi = int(np.searchsorted(lane.starts, end, "left"))
        crossing = self.crossing[lo:hi]
        reserve: Ends = ReservedEnds(self, lo, hi, end)
        starts = self.packing_starts(slice(lo, hi))
        # In time order of their markers: a day's points after the bars beginning that day.
        order = _out_of_order(starts)
        if hi - lo <= _WHOLE_ENDS or order is not None:  # worked out at once, one numpy pass
            reserve = reserve[:]
        held = self._band_held(begin, end)
        vague = self._long_vague(lo, hi) & ~crossing if self._dated_rows else None
        if order is not None:
            starts, reserve, skip = starts[order], reserve[order], crossing[order]
            vague = None if vague is None else vague[order]
        else:
            skip = crossing
        if vague is not None:
            rows = _dated_first(
                starts, reserve, self.rows, skip, vague, held, self._pause, self._dated_rows
            )
        else:
            rows = _greedy(starts, reserve, self.rows, skip, held, pause=self._pause)
        if order is not None:
            placed = np.empty_like(rows)
            placed[order] = rows
            rows = placed
        rows[crossing] = IN_BAND
        return lo, hi, rows

    def _long_vague(self, lo: int, hi: int) -> np.ndarray:
        """Which events of a stretch are not known to the day and drawn longer than their
        labels at this level: the bars of a month or a year across a week's or a month's
        view. Shorter ones (a year zoomed out, a few days' window) keep their place in time
        order, beside the events they belong with."""
        lane = self.lane
        markers = lane.markers[lo:hi]
        vague: np.ndarray = (markers == Marker.FUZZY) | (markers == Marker.WINDOW)
        where = np.flatnonzero(vague) + lo
        label_days = lane.label_px[where] / self.pixels_per_day + self._gap_days
        vague[where - lo] = lane.ends[where] - lane.starts[where] > label_days
        return vague

    def _band_held(self, begin: float, end: float) -> list[tuple[np.ndarray, np.ndarray]]:
        """What the band holds of its rows over a chunk's days: its events' bars and labels
        that reach into them (only the band's, so that the chunk's rows depend on nothing
        else, however the view came there)."""
        band = self.band
        near = band.near(begin, end)
        rows, starts, ends = band.rows[near], band.starts[near], band.reserved_ends[near]
        meets = ends > begin
        return [
            (starts[meets & (rows == row)], ends[meets & (rows == row)])
            for row in range(band.height)
        ]

    def _hide_cut_labels(self, number: int, lo: int, rows: np.ndarray) -> None:
        """An event whose label runs past its chunk's end into the next chunk's first event
        of its row, or the band's, finds no row (``rows`` OVERFLOW there): it is counted in
        a badge rather than drawn with a cut label. It is the last of its row in its chunk,
        so no other event could have taken its place. The next chunk is read as packed on
        its own, so this reads no chain of chunks; that packing is kept (one a level: a
        second copy of every chunk's rows would cost megabytes a level zoomed out over a
        million events) for the next chunk's own rows, which are usually asked for next."""
        if math.isinf(self.chunk_days):
            return
        placed = np.flatnonzero(rows >= 0)
        wished = self.reserve_ends(placed + lo)
        end = self._bounds(number)[1]
        past = wished > end
        if not past.any():
            return
        next_lo, _next_hi, following = self._next_packing(number)
        taken = np.flatnonzero(following >= 0)
        # np.unique gives each row's first occurrence: the earliest event in that row.
        used, first = np.unique(following[taken], return_index=True)
        first_in_row = np.full(self.rows, np.inf)
        first_in_row[used] = self.packing_starts(next_lo + taken[first])
        # A band event beginning after the chunk in a row the chunk shares may come sooner.
        band = self.band
        after = slice(*np.searchsorted(band.starts, (end, float(wished.max())), "left"))
        in_rows = band.rows[after] >= 0
        used, first = np.unique(band.rows[after][in_rows], return_index=True)
        first_in_row[used] = np.minimum(first_in_row[used], band.starts[after][in_rows][first])
        cut = past & (wished > first_in_row[rows[placed]])
        rows[placed[cut]] = OVERFLOW

    def _next_packing(self, number: int) -> tuple[int, int, np.ndarray]:
        """The next chunk as packed on its own (kept for its own rows, asked for next)."""
        found = _cached(self._packings, number + 1)
        if found is None:
            found = self._pack(number + 1)
            _remember(self._packings, number + 1, found, keep=1)
        return found

    def _rescue(self, number: int, lo: int, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows for band events across this chunk's end that found none in the band (its
        third of the rows is full of longer ones): each takes the lowest row that this
        chunk and the next, as packed on their own, and the band leave free over its bar
        and label; their positions and rows. Only events from this chunk's second half to
        the next one's middle are given one, so those given rows at one boundary never meet
        those of the next, and a chunk's rows depend on two packings and the band, however
        the view came there. Else they stay hidden: on a day of 50,000 events, a band full
        of a year's events hid a week's crossing the boundary over blank rows."""
        none = np.zeros(0, np.int64), np.zeros(0, np.int16)
        if math.isinf(self.chunk_days):
            return none
        band, half = self.band, self.chunk_days / 2
        end = self._bounds(number)[1]
        first, last = np.searchsorted(band.starts, (end - half, end), "left")
        wanting = np.flatnonzero(band.rows[first:last] == OVERFLOW) + first
        wanting = wanting[band.reserved_ends[wanting] <= end + half]
        if wanting.size == 0:
            return none
        begins, reach = band.starts[wanting], band.reserved_ends[wanting]
        low, high = float(begins[0]), float(reach.max())
        mine = np.flatnonzero(rows >= 0) + lo
        mine_ends = self.reserve_ends(mine)
        mine, mine_ends = mine[mine_ends > low], mine_ends[mine_ends > low]
        next_lo, _next_hi, following = self._next_packing(number)
        theirs = np.flatnonzero(following >= 0) + next_lo
        theirs = theirs[self.packing_starts(theirs) < high]
        near = band.near(low, high)
        banded = np.flatnonzero(band.rows[near] >= 0) + (near.start or 0)
        columns = zip(
            (rows[mine - lo], self.packing_starts(mine), mine_ends),
            (following[theirs - next_lo], self.packing_starts(theirs), self.reserve_ends(theirs)),
            (band.rows[banded], band.starts[banded], band.reserved_ends[banded]),
            strict=True,
        )
        taken_rows, taken_starts, taken_ends = (np.concatenate(column) for column in columns)
        clear = _clear_rows(taken_rows, taken_starts, taken_ends, begins, reach, self.rows)
        hopeful = np.flatnonzero(clear.any(axis=1))  # zoomed out, most meet some in every row
        until = [-math.inf] * self.rows  # where the events given each row end
        given = np.full(wanting.size, OVERFLOW, np.int16)
        for item, line, begin, stop in zip(
            hopeful.tolist(),
            clear[hopeful].tolist(),
            begins[hopeful].tolist(),
            reach[hopeful].tolist(),
            strict=True,
        ):
            # They begin in time order: in a row, the last given one ends the latest.
            row = next((r for r in range(self.rows) if line[r] and until[r] <= begin), None)
            if row is not None:
                given[item], until[row] = row, stop
        placed = given >= 0
        return band.positions[wanting[placed]], given[placed]


#: More days than any date has (date.max is day 3,652,059): rows' keys never meet.
_ROW_DAYS = float(2**22)


def _clear_rows(
    rows: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    begins: np.ndarray,
    stops: np.ndarray,
    count: int,
) -> np.ndarray:
    """For each span [begin, stop), whether each row (of ``count``) is clear of the taken
    spans (``rows``, ``starts``, ``ends``): in a row, the taken spans beginning before its
    stop must all have ended by its begin. The taken spans are sorted by row and start
    once, each keyed by its row plus its day (rows far apart: no day reaches _ROW_DAYS), so
    that one binary search finds them for every span and row."""
    order = np.lexsort((starts, rows))
    row_base = rows[order].astype(np.float64) * _ROW_DAYS
    keys = row_base + starts[order]
    # Running latest end within each row: a row's keys all exceed the rows' before it.
    reach = np.maximum.accumulate(row_base + ends[order])
    bases = np.arange(count) * _ROW_DAYS
    firsts = np.searchsorted(keys, bases, "left")  # each row's first
    before = np.searchsorted(keys, bases + stops[:, None], "left")
    latest = reach[np.maximum(before - 1, 0)] if reach.size else np.zeros(before.shape)
    clear: np.ndarray = (before == firsts) | (latest <= bases + begins[:, None])
    return clear


#: Bins of this many hidden events on average and more are counted, not listed.
_PER_BIN = 16


def _clusters(lane: LaneColumns, bin_days: float, lo: int, rows: np.ndarray) -> Clusters:
    """A chunk's hidden events (``rows`` OVERFLOW, from position ``lo``) in bins. Given the
    lane, not its stacking: a chunk holding its stacking would make a reference cycle, which
    only the collector of cycles frees."""
    starts = lane.starts[lo : lo + rows.size]
    if starts.size == 0:
        return _listed_clusters(lane, np.zeros(0, np.int64), bin_days)
    first_bin = math.floor(float(starts[0]) / bin_days)
    bins = math.floor(float(starts[-1]) / bin_days) - first_bin + 1
    shown = np.flatnonzero(rows != OVERFLOW)  # placed or in the band: few when zoomed out
    if bins * _PER_BIN > rows.size - shown.size:  # few hidden per bin: list them
        return _listed_clusters(lane, np.flatnonzero(rows == OVERFLOW) + lo, bin_days)
    return _counted_clusters(lane, lo, rows, shown, first_bin, bins, bin_days)


def _listed_clusters(lane: LaneColumns, members: np.ndarray, bin_days: float) -> Clusters:
    if members.size == 0:
        empty = np.zeros(0, np.int64)
        return Clusters(empty, empty, np.zeros(0), np.zeros(0), empty)
    # Members are in time order, so their bins already come sorted: no sort needed.
    bins = np.floor(lane.starts[members] / bin_days).astype(np.int64)
    offsets = np.concatenate(([0], np.flatnonzero(np.diff(bins)) + 1))
    unique = bins[offsets]
    counts = np.diff(np.append(offsets, bins.size))
    first_days = np.minimum.reduceat(lane.starts[members], offsets)
    last_days = np.maximum.reduceat(lane.ends[members], offsets)
    return Clusters(unique, counts, first_days, last_days, members)


def _bin_edges(starts: np.ndarray, first_bin: int, bins: int, bin_days: float) -> np.ndarray:
    """Where each bin begins in ``starts`` (ascending), and one past the last: the first
    position whose ``floor(start / bin_days)`` reaches the bin's number, exactly as the
    division rounds (a binary search for its start day, then moved past any day the
    rounding of the edge put on the wrong side)."""
    numbers = np.arange(first_bin, first_bin + bins + 1, dtype=np.int64)
    edges = np.searchsorted(starts, numbers * bin_days, "left")
    count = starts.size
    while True:
        before = np.minimum(np.maximum(edges - 1, 0), count - 1)
        early = (edges > 0) & (np.floor(starts[before] / bin_days) >= numbers)
        at = np.minimum(edges, count - 1)
        late = (edges < count) & (np.floor(starts[at] / bin_days) < numbers)
        if not (early.any() or late.any()):
            return edges
        edges[early] = np.searchsorted(starts, starts[before[early]], "left")
        edges[late] = np.searchsorted(starts, starts[at[late]], "right")


def _counted_clusters(
    lane: LaneColumns,
    lo: int,
    rows: np.ndarray,
    shown: np.ndarray,
    first_bin: int,
    bins: int,
    bin_days: float,
) -> Clusters:
    """Bins of the hidden events worked out from the bins' edges and the few ``shown``
    (relative positions of the events with a row), without listing the hidden ones: the
    same bins, counts and days as listing them gives."""
    count = rows.size
    starts, ends = lane.starts[lo : lo + count], lane.ends[lo : lo + count]
    edges = _bin_edges(starts, first_bin, bins, bin_days)
    in_bin = np.searchsorted(edges, shown, "right") - 1  # each shown event's bin
    hidden = np.diff(edges) - np.bincount(in_bin, minlength=bins)
    full = np.flatnonzero(np.diff(edges) > 0)  # bins with some event, hidden or not
    most = np.maximum.reduceat(ends, edges[full])
    kept = np.flatnonzero(hidden > 0)
    last_days = most[np.searchsorted(full, kept)]
    # A bin's first hidden event is its first event, or the first after a run of shown ones.
    first = edges[kept]
    if shown.size:
        # Each shown event's run of shown events that follow it ends where the run does.
        breaks = np.flatnonzero(np.diff(shown) != 1)
        last_of_run = np.append(breaks, shown.size - 1)
        run_end = shown[last_of_run][np.searchsorted(last_of_run, np.arange(shown.size))] + 1
        at = np.minimum(np.searchsorted(shown, first), shown.size - 1)
        first = np.where(shown[at] == first, run_end[at], first)
    # A shown event may have been the furthest end of its bin: those bins are looked at.
    tied = np.unique(in_bin[ends[shown] >= most[np.searchsorted(full, in_bin)]])
    for number in np.intersect1d(tied, kept).tolist():
        where = int(np.searchsorted(kept, number))
        part = slice(int(edges[number]), int(edges[number + 1]))
        last_days[where] = ends[part][rows[part] == OVERFLOW].max()

    def find(item: int) -> np.ndarray:
        part = slice(int(edges[kept[item]]), int(edges[kept[item] + 1]))
        return np.flatnonzero(rows[part] == OVERFLOW) + (lo + part.start)

    def listing() -> np.ndarray:
        return np.flatnonzero(rows == OVERFLOW) + lo

    return CountedClusters(
        kept + first_bin, hidden[kept].astype(np.int64), starts[first], last_days, find, listing
    )


def _cached(cache: OrderedDict[_K, _V], key: _K) -> _V | None:
    found = cache.get(key)
    if found is not None:
        cache.move_to_end(key)
    return found


def _remember(cache: OrderedDict[_K, _V], key: _K, value: _V, keep: int = 64) -> None:
    cache[key] = value
    if len(cache) > keep:
        cache.popitem(last=False)


class Stacker:
    """Stackings of one index, by lane, zoom level and row count (kept for the last few).

    With ``ahead``, entering a level of a lane stacked in one piece has the levels around it
    stacked by a worker thread (:mod:`timeline.render.ahead`); one lock keeps the caches
    whole, and every stacking is the same whoever makes it. ``print_stacking``: print's
    stacking (see :func:`dated_rows`); ``marker_px``: a day's point's width.
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

    def _crossing_of(self, lane: int, days: float) -> np.ndarray:
        with self._lock:
            found = _cached(self._crossing, (lane, days))
            if found is None:
                found = crossing_chunks(self.index.lane(lane), days)
                _remember(self._crossing, (lane, days), found, keep=16)
            return found

    def level(self, lane: int, level: int, rows: int) -> LevelStacking:
        with self._lock:
            found = _cached(self._levels, (lane, level, rows))
            if found is None:
                found = self._made(lane, level, rows)
            # On every level entered, found ready or not, so that the worker stays ahead of
            # a wheel turned on and on (not for the one row fewer the layout asks next).
            ahead_here = self._ahead and len(self.index.lane(lane)) <= SINGLE_CHUNK_LIMIT
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
            found = _cached(self._levels, (lane, level, rows))
            return found if found is not None else self._made(lane, level, rows)

    def shown(self, lane: int) -> tuple[int, int] | None:
        """The level and rows the last frame asked for in a lane (the worker stacks around
        them, and stops when they change)."""
        with self._lock:
            return self._entered.get(lane)

    def _made(self, lane: int, level: int, rows: int) -> LevelStacking:
        made = self._new(lane, level, rows, self._levels.get((lane, level, rows + 1)))
        _remember(self._levels, (lane, level, rows), made, keep=96)
        return made

    def _new(
        self,
        lane: int,
        level: int,
        rows: int,
        taller: LevelStacking | None,
        lock: threading.RLock | None = None,
        pause: Pause = _go_on,
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
                    _remember(self._levels, (lane, level, count), stacking, keep=96)
