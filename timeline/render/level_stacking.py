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
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

import numpy as np

from timeline.render.hidden_bins import Clusters, chunk_clusters
from timeline.render.index import LaneColumns, Marker, vague_markers
from timeline.render.lru import cached, remember
from timeline.render.stacking_greedy import (
    OVERFLOW,
    WHOLE_ENDS,
    Ends,
    Pause,
    dated_first,
    dated_rows,
    days_first,
    go_on,
    greedy,
)
from timeline.render.zoom_levels import chunk_days, level_pixels_per_day

IN_BAND = -2  # placed in the band of events that cross chunk boundaries


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


def point_offset(pixels_per_day: float, marker_px: float) -> float:
    """How far into its day a day's point begins, in days, at a level's smallest scale: a
    day wider than the point draws it in its middle, and its label starts there. Taken
    from the day's start, a label's room ended half a day before the label did: the bar
    beginning the next day took its row, and the label stood before its marker. Zoomed
    further in (a level spans a quarter octave), the point begins a little later and its
    label is shorter in days by more than that. A day narrower than the point draws it
    over its middle too, begun up to half a point before the day: its room is still
    reserved from the day's start, inside the gap every label keeps after it, so that
    rows keep the lane's order (reserved from before it, a chunk zoomed out was sorted
    whole, ten times slower)."""
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
        pause: Pause = go_on,
        print_stacking: bool = False,
        marker_px: float = 10.0,
    ) -> None:
        """``taller``, the same level stacked with one row more, is reused when it can be:
        rows are packed lowest first, so the rows below the top one come out the same.
        ``lock`` guards the chunk caches against the worker that stacks ahead, which
        passes ``pause`` (a level of its own, under a lock of its own: nothing a frame
        waits for is held while it stands still). ``print_stacking``: print's stacking, the
        events known to the day given every row before long vague ones; on screen, two
        rows where a day is narrower than a label, every row closer in
        (:func:`timeline.render.stacking_greedy.dated_rows`). ``marker_px``: a day's
        point's width (see :meth:`packing_starts`)."""
        self.lane = lane
        self._lock = lock or threading.RLock()
        self._pause = pause
        self.level = level
        self.rows = rows
        self.pixels_per_day = level_pixels_per_day(level)
        self._dated_rows = dated_rows(self.pixels_per_day, rows, print_stacking)
        self._days_first = days_first(self.pixels_per_day, print_stacking)
        self._print_stacking = print_stacking
        self.chunk_days = chunk_days(len(lane), self.pixels_per_day)
        self._gap_days = gap_px / self.pixels_per_day
        self._point_days = point_offset(self.pixels_per_day, marker_px)
        self._bin_days = bin_px / self.pixels_per_day
        self._rows: OrderedDict[int, ChunkRows] = OrderedDict()
        self._packings: OrderedDict[int, tuple[int, int, np.ndarray]] = OrderedDict()
        self._clusters_of = partial(chunk_clusters, lane, self._bin_days)
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
        (10 of 27 events drawn at 50,000). Where the events known to the day are given the
        top rows first (:func:`timeline.render.stacking_greedy.dated_rows`), the long bars
        of vague ones (:meth:`_long_vague`) take none of the band's, which are those top
        rows: two bars of "November 2021" crossing a boundary held them across a week's
        view at 1280×800 of 50,000 events, and 52 of the 122 events of a day of ten such
        weeks were in badges (29 now). They take what rows the chunks leave them
        (:meth:`_rescue`, and the layout's rows with nothing in view), as in a chunk."""
        positions = np.nonzero(self.crossing)[0]
        cap = self.rows // 3
        starts = self.lane.starts[positions]
        ends = self.reserve_ends(positions)
        reach = np.maximum.accumulate(ends) if ends.size else ends
        if positions.size == 0 or cap == 0:
            rows = np.full(positions.size, OVERFLOW, np.int16)
            return BandStacking(positions, rows, ends, 0, starts, reach)
        skip = None
        if self._dated_rows < self.rows:
            skip = self._long_vague_at(positions)
        rows = greedy(starts, ends, cap, skip, pause=self._pause)
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

    def rows_taken(self) -> int:
        """How many rows, from the top, the events given one take (a lane in one piece:
        its events are all in its first chunk)."""
        rows = self.chunk_rows(0).rows
        taken = rows[rows >= 0]
        return max(int(taken.max()) + 1 if taken.size else 0, self.band.height)

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
        found = cached(self._chunks, number)
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
            remember(self._chunks, number, found)
        return found

    def chunk_rows(self, number: int) -> ChunkRows:
        with self._lock:
            found = cached(self._rows, number)
            if found is None:
                found = self._stack_chunk(number)
                remember(self._rows, number, found)
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
        if hi - lo <= WHOLE_ENDS or order is not None:  # worked out at once, one numpy pass
            reserve = reserve[:]
        held = self._band_held(begin, end)
        vague = self._long_vague(lo, hi) & ~crossing if self._dated_rows else None
        if order is not None:
            starts, reserve, skip = starts[order], reserve[order], crossing[order]
            vague = None if vague is None else vague[order]
        else:
            skip = crossing
        if vague is not None:
            lengths = lane.ends[lo:hi] - lane.starts[lo:hi]
            if order is not None:
                lengths = lengths[order]
            spans = lengths if self._print_stacking else None
            longer = lengths > 1.0 if self._days_first else None  # than a day
            rows = dated_first(
                starts,
                reserve,
                self.rows,
                skip,
                vague,
                held,
                self._pause,
                self._dated_rows,
                spans,
                longer,
            )
        else:
            rows = greedy(starts, reserve, self.rows, skip, held, pause=self._pause)
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
        return self._long_vague_at(slice(lo, hi))

    def _long_vague_at(self, positions: slice | np.ndarray) -> np.ndarray:
        """:meth:`_long_vague` of the events at ``positions`` (a stretch, or the band's)."""
        lane = self.lane
        found = vague_markers(lane.markers[positions])
        where = np.flatnonzero(found)
        at = where + positions.start if isinstance(positions, slice) else positions[where]
        label_days = lane.label_px[at] / self.pixels_per_day + self._gap_days
        found[where] = lane.ends[at] - lane.starts[at] > label_days
        return found

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
        found = cached(self._packings, number + 1)
        if found is None:
            found = self._pack(number + 1)
            remember(self._packings, number + 1, found, keep=1)
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
