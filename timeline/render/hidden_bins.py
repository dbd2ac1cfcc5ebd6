"""The events a stacking hides, in bins of equal world width: what cluster badges count.

Zoomed out, a chunk may hide a million events in a few dozen bins, so bins are counted from
their edges without listing their events (:class:`CountedClusters`), which are listed only
when asked for; a few hidden events are listed outright.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from timeline.render.index import LaneColumns
from timeline.render.stacking_greedy import OVERFLOW


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


#: Bins of this many hidden events on average and more are counted, not listed.
_PER_BIN = 16


def chunk_clusters(lane: LaneColumns, bin_days: float, lo: int, rows: np.ndarray) -> Clusters:
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
