"""Every event's timeline columns as arrays in time order, kept from one opening to the next.

Reading a million events' columns from SQLite takes seconds; the same arrays saved in a file
load in a few tens of milliseconds. The file is marked with the database's change stamp
(migration 0010: a random number every change of an event moves, in the same transaction),
and used only while the database's stamp is that one. A filter or a search then asks the
database only for the ids its indexes give (a country pair, words) and takes those events'
columns from the arrays already in memory, instead of reading their rows.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from weakref import WeakKeyDictionary

import numpy as np

from timeline.domain.filters import EventFilter
from timeline.domain.kinds import kind_number
from timeline.domain.normalize import needed_terms
from timeline.domain.status import EventStatus
from timeline.locations import cache_dir
from timeline.processors import two_processors_at_least
from timeline.render.index import marker_for
from timeline.store.packed import STATUS_NUMBERS, PackedColumns
from timeline.store.repository import ChangeStamp, EventStore, Snapshot

#: The layout of the cache files; a file of another one is not read.
FORMAT = 1
#: Up to this many events changed by the app's own writes, the arrays in memory are patched
#: (their rows read again) rather than every event read again.
PATCH_LIMIT = 10_000
#: Up to this many events, the cache file is written before the arrays are used (a few
#: milliseconds); beyond, by a thread.
WRITTEN_AT_ONCE = 100_000
#: Cache files kept: those of the databases opened last.
KEEP_FILES = 8


def markers(by_char: np.ndarray) -> np.ndarray:
    """The marker of each EDTF date (see EventDate.to_edtf), the dates given as a matrix of
    ASCII bytes, one column a date padded with spaces or NULs (see PackedColumns): which
    parts are known to the day is read from their lengths, and the rule is
    :func:`marker_for`'s. A row of the matrix is one character of every date: a million in
    a few numeric passes over contiguous rows."""
    count = by_char.shape[1]
    within = by_char[0] == ord("[")
    length = np.zeros(count, np.int32)
    at = np.full(count, -1, np.int32)  # "A/B" parts at the slash, "[A..B]" at the first dot
    for place in range(by_char.shape[0] - 1, -1, -1):
        row = by_char[place]
        length += row > ord(" ")
        separator = np.where(within, row == ord("."), row == ord("/"))
        at[separator] = place
    ranged = at >= 0
    at = np.where(ranged, at, length)
    start_length = np.where(within, at - 1, at)
    end_length = np.where(within, length - at - 3, length - at - 1)
    return marker_for(within, ranged, start_length == 10, ranged & (end_length == 10))


@dataclass(frozen=True, eq=False)
class Columns:
    """The timeline's columns of some events, sorted by (start, end, id)."""

    ids: np.ndarray  # int64
    starts: np.ndarray  # float64 day numbers
    ends: np.ndarray  # float64, the day after the last
    markers: np.ndarray  # uint8
    kinds: np.ndarray  # uint8, kind_number()
    statuses: np.ndarray  # uint8, position in EventStatus
    size_ar: np.ndarray  # int32: each title's size in UTF-8 bytes
    size_en: np.ndarray
    size_fr: np.ndarray

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @classmethod
    def read(
        cls,
        snapshot: Snapshot,
        event_filter: EventFilter | None = None,
        ids: Sequence[int] | None = None,
    ) -> Columns:
        """The matching events' columns (only those among ``ids`` when given), sorted."""
        read, runs = cls.gathered(snapshot, event_filter, ids)
        return read.sorted(runs)[0]

    @classmethod
    def gathered(
        cls,
        snapshot: Snapshot,
        event_filter: EventFilter | None = None,
        ids: Sequence[int] | None = None,
        *,
        beside: bool = False,
    ) -> tuple[Columns, np.ndarray]:
        """The same in the order they are read, a slice at a time (by increasing id from a
        SQLite file; ``beside``, each slice decoded and sorted by a thread while the next
        is read), and, slice after slice, the order that sorts each slice's events by
        start and end (see sorted)."""
        slices = list(snapshot.event_slices(_slice, event_filter, ids, beside=beside))
        if not slices:
            empty = cls(*(np.zeros(0, dtype) for dtype in _DTYPES.values()))
            return empty, np.zeros(0, np.intp)
        at = np.cumsum([0, *(len(order) for _arrays, order in slices[:-1])])
        runs = np.concatenate(
            [order + start for (_arrays, order), start in zip(slices, at, strict=True)]
        )
        parts = [arrays for arrays, _order in slices]
        del slices
        return cls(*(_joined(parts, column) for column in range(len(_DTYPES)))), runs

    def sorted(self, runs: np.ndarray | None = None) -> tuple[Columns, np.ndarray]:
        """These columns by (start, end, id), and the order that sorts them. Day numbers
        fit in 22 bits, so start and end make one key: a stable sort of it keeps the ids in
        increasing order where they were, and lexsort by id does the rest. ``runs`` (from
        gathered) puts them in sorted runs first, which the stable sort merges in a
        fifth of its time on the whole."""
        ids = self.ids
        days = _day_keys(self.starts, self.ends)
        if len(ids) < 2 or bool((ids[1:] > ids[:-1]).all()):
            if runs is None:
                order = np.argsort(days, kind="stable")
            else:
                order = runs[np.argsort(days[runs], kind="stable")]
        else:
            order = np.lexsort((ids, days))
        return Columns(*(getattr(self, name)[order] for name in _DTYPES)), order

    def taking(self, keep: np.ndarray | None) -> Columns:
        """The events where ``keep`` is True, still in time order (all of them for None):
        these very arrays when all are kept (the window leaves out cancelled events, and
        most timelines have none), not a copy of them."""
        if keep is None or keep.all():
            return self
        return Columns(*(np.compress(keep, getattr(self, name)) for name in _DTYPES))


def _slice(columns: PackedColumns) -> tuple[list[np.ndarray], np.ndarray]:
    """A slice's columns as Columns holds them, and the stable order that sorts them by
    start and end (ids increase within a slice read from SQLite)."""
    starts = columns.first_day.astype(np.float64)
    ends = columns.last_day.astype(np.float64) + 1
    arrays = [
        columns.ids,
        starts,
        ends,
        markers(columns.date_edtf),
        columns.kind,
        columns.status,
        columns.size_ar,
        columns.size_en,
        columns.size_fr,
    ]
    return arrays, np.argsort(_day_keys(starts, ends), kind="stable")


def _day_keys(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Start and end in one number that sorts as the pair (day numbers fit in 22 bits)."""
    return starts.astype(np.int64) << 23 | (ends.astype(np.int64) & ((1 << 23) - 1))


def _joined(parts: list[list[np.ndarray]], column: int) -> np.ndarray:
    """One column of every slice in one array, each slice's let go of once copied: at most
    one column is in memory twice, not all of them."""
    joined = np.concatenate([part[column] for part in parts])
    for part in parts:
        part[column] = joined[:0]
    return joined


_DTYPES = {
    "ids": np.int64,
    "starts": np.float64,
    "ends": np.float64,
    "markers": np.uint8,
    "kinds": np.uint8,
    "statuses": np.uint8,
    "size_ar": np.int32,
    "size_en": np.int32,
    "size_fr": np.int32,
}
assert list(_DTYPES) == [field.name for field in fields(Columns)]
#: The arrays a cache file holds, by name.
_SAVED = (*_DTYPES, "sorted_ids", "positions")


#: A filter's countries and its needed search terms, sorted: what the database's indexes
#: answer.
_IndexedBy = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, eq=False)
class EveryEvent:
    """The columns of every event of a database as its change stamp says it is, and where
    each id stands in them (for taking a few thousand by id)."""

    stamp: ChangeStamp
    columns: Columns
    sorted_ids: np.ndarray  # int64, the ids in increasing order
    positions: np.ndarray  # int32: where the id at the same place of sorted_ids stands
    #: The last filter's countries and words and where they put its events (see _indexed),
    #: one pair replaced whole, so that a reader in another thread sees one or the other.
    _last: list[tuple[_IndexedBy, np.ndarray | None]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        """Shared by every source made from them (the index of all events is these very
        arrays): a change in place would be seen by all, so none is allowed."""
        for name in _SAVED:
            self.array(name).flags.writeable = False

    def array(self, name: str) -> np.ndarray:
        """One of the arrays, a column's or its own, by its name in the cache file."""
        found: np.ndarray = getattr(self.columns if name in _DTYPES else self, name)
        return found

    @classmethod
    def read(cls, stamp: ChangeStamp, snapshot: Snapshot) -> EveryEvent:
        """Every event's columns as ``snapshot`` sees them, marked with its ``stamp``."""
        # On two processors each slice is decoded by a thread while SQLite writes the next;
        # on one, the thread would only take turns with the reading.
        read, runs = Columns.gathered(snapshot, beside=two_processors_at_least())
        columns, order = read.sorted(runs)
        if len(read) < 2 or bool((read.ids[1:] > read.ids[:-1]).all()):
            positions = np.empty(len(read), np.int32)  # where each one read went
            positions[order] = np.arange(len(read), dtype=np.int32)
            return cls(stamp, columns, read.ids, positions)
        by_id = np.argsort(columns.ids, kind="stable")
        return cls(stamp, columns, columns.ids[by_id], by_id.astype(np.int32))

    def patched(self, stamp: ChangeStamp, changed: Sequence[int], snapshot: Snapshot) -> EveryEvent:
        """These columns with the ``changed`` events read again in ``snapshot`` (at
        ``stamp``): their old rows taken out, the rows of those that are still there put
        in at their places in time. A few passes over the arrays, no read of the others."""
        fresh = Columns.read(snapshot, ids=changed)
        gone = self._positions_of(np.asarray(changed, np.int64))
        at = _places(self.columns, fresh)  # among these columns, then among those kept:
        at -= np.searchsorted(gone, at)  # where an edited event's old row was, if unmoved
        columns = Columns(  # a column at a time: one column's copy more in memory at most
            *(
                np.insert(np.delete(getattr(self.columns, name), gone), at, getattr(fresh, name))
                for name in _DTYPES
            )
        )
        # Where each id now stands: past those taken out before it, and those put in.
        still = np.ones(len(self.sorted_ids), bool)
        still[np.searchsorted(self.sorted_ids, self.columns.ids[gone])] = False
        old = self.positions[still].astype(np.int64)
        old -= np.searchsorted(gone, old)
        old += np.searchsorted(at, old, side="right")
        new = at + np.arange(len(at))
        ids = np.concatenate((self.sorted_ids[still], fresh.ids))
        by_id = np.argsort(ids, kind="stable")
        positions = np.concatenate((old, new))[by_id].astype(np.int32)
        return EveryEvent(stamp, columns, ids[by_id], positions)

    def selecting(self, event_filter: EventFilter, snapshot: Snapshot) -> Columns:
        """The events of ``event_filter``: the database is asked only for the ids its indexes
        give for the countries and the words, in ``snapshot``; they are looked up here, and
        kinds, statuses and the period tested on the columns, as the database would."""
        columns = self.columns
        chosen = self._indexed(event_filter, snapshot)
        if chosen is None:
            keep = _passing(event_filter, columns, slice(None))
            return columns if keep is None else columns.taking(keep)
        keep = _passing(event_filter, columns, chosen)
        if keep is not None:
            chosen = chosen[keep]
        return Columns(*(np.take(getattr(columns, name), chosen) for name in _DTYPES))

    def _indexed(self, event_filter: EventFilter, snapshot: Snapshot) -> np.ndarray | None:
        """Where the events with the filter's countries and words stand, increasing (None:
        it names neither), asked of the database's indexes once for the same countries and
        words: a reload asks again at once for the kind picker's counts and the attention
        panel (a search's trigram ``MATCH`` of tens of thousands of matches is most of its
        time), and the answer holds as long as these arrays, the database's at this very
        stamp. Words in another order, or held in another word, are the same words: typing
        on from "زيارة" to "زيارة ا" asks nothing again. The last filter's only: a few
        megabytes at most."""
        key = (
            tuple(sorted(event_filter.countries)),
            tuple(sorted(needed_terms(event_filter.text))),
        )
        last = self._last[0] if self._last else None
        if last is not None and last[0] == key:
            return last[1]
        ids: np.ndarray | None = None
        for code in key[0]:
            ids = _both(ids, snapshot.ids_with_country(code))
        words = snapshot.ids_with_words(event_filter.text)
        if words is not None:
            ids = _both(ids, words)
        chosen = None
        if ids is not None:
            chosen = self._positions_of(ids).astype(np.intp)
            chosen.flags.writeable = False
        self._last[:] = [(key, chosen)]
        return chosen

    def _positions_of(self, ids: np.ndarray) -> np.ndarray:
        """Where these events stand, increasing (ids not among them left out)."""
        if not len(self.columns):
            return np.zeros(0, np.int32)
        at = np.minimum(np.searchsorted(self.sorted_ids, ids), len(self.columns) - 1)
        return np.sort(self.positions[at[self.sorted_ids[at] == ids]])


def _both(ids: np.ndarray | None, more: np.ndarray) -> np.ndarray:
    """The ids in both (each once); all of ``more`` for None."""
    return more if ids is None else np.intersect1d(ids, more, assume_unique=True)


def _places(columns: Columns, fresh: Columns) -> np.ndarray:
    """Where each of the ``fresh`` events goes among ``columns`` (both sorted by start,
    end and id), as np.insert takes it: a bisection by start, then by end, then by id."""
    at = []
    for start, end, event_id in zip(fresh.starts, fresh.ends, fresh.ids, strict=True):
        lo, hi = _range_of(columns.starts, start, 0)
        lo, hi = _range_of(columns.ends[lo:hi], end, lo)
        at.append(lo + int(np.searchsorted(columns.ids[lo:hi], event_id)))
    return np.array(at, np.intp)


def _range_of(values: np.ndarray, value: float, offset: int) -> tuple[int, int]:
    """Where ``value`` begins and ends among sorted ``values``, plus ``offset``."""
    lo, hi = (int(np.searchsorted(values, value, side)) for side in ("left", "right"))
    return offset + lo, offset + hi


def _passing(
    event_filter: EventFilter, columns: Columns, chosen: slice | np.ndarray
) -> np.ndarray | None:
    """Which of the ``chosen`` events have the filter's kinds, statuses and period (None:
    the filter asks none of these)."""
    tests = []
    if event_filter.kinds:
        numbers = [kind_number(kind) for kind in event_filter.kinds]
        tests.append(_among(columns.kinds[chosen], numbers))
    if event_filter.statuses and set(EventStatus) - event_filter.statuses:
        numbers = [STATUS_NUMBERS[status.value] for status in event_filter.statuses]
        tests.append(_among(columns.statuses[chosen], numbers))
    if event_filter.start:
        tests.append(columns.ends[chosen] > event_filter.start.toordinal())  # the day after
    if event_filter.end:
        tests.append(columns.starts[chosen] <= event_filter.end.toordinal())
    return np.logical_and.reduce(tests) if tests else None


def _among(values: np.ndarray, numbers: Sequence[int]) -> np.ndarray:
    """Whether each small number (uint8) is one of ``numbers``: a look-up in a table."""
    table = np.zeros(256, bool)
    table[list(numbers)] = True
    return table[values]


def every_event(store: EventStore, snapshot: Snapshot, *, or_read: bool) -> EveryEvent | None:
    """The columns of every event as ``snapshot`` sees the database: from memory (patched
    where this store's own writes are all that changed since), else from the cache file,
    else, ``or_read``, read whole (and the file written, once the file's check has
    passed). None where the database has no change stamp (a server: nothing can
    be kept), or when they would have to be read and ``or_read`` is False: a caller that
    needs a few events reads those rather than a million after every change."""
    stamp = snapshot.stamp()
    if stamp is None:
        return None
    kept = _KEPT.get(store)
    if kept is not None and kept.stamp == stamp:
        return kept
    changed = None if kept is None else store.changed_between(kept.stamp, stamp)
    if kept is not None and changed is not None and len(changed) <= PATCH_LIMIT:
        kept = _KEPT[store] = kept.patched(stamp, sorted(changed), snapshot)
        _keep_in_file(store, kept)
        return kept
    _KEPT.pop(store, None)  # the old arrays go before the new ones are read
    file = _cache_file(store)
    kept = _load(file, stamp) if file is not None else None
    if kept is None:
        if not or_read:
            return None
        kept = _KEPT[store] = EveryEvent.read(stamp, snapshot)
        _keep_in_file(store, kept)
        return kept
    _KEPT[store] = kept
    return kept


#: The arrays of each open store, for the next filter or reload.
_KEPT: WeakKeyDictionary[EventStore, EveryEvent] = WeakKeyDictionary()


def ids_in_order(columns: Columns) -> tuple[np.ndarray, np.ndarray] | None:
    """The ids of ``columns`` in increasing order and where each stands, when they are the
    columns of every event kept in memory (a filter that leaves every event, as the
    window unfiltered), which keep them: sorting a million ids again took 20-130 ms.
    None for any other columns."""
    for kept in list(_KEPT.values()):
        if kept.columns is columns:
            return kept.sorted_ids, kept.positions
    return None


def _cache_file(store: EventStore) -> Path | None:
    path = store.database.target.path
    return None if path is None else cache_file(path)


def cache_file(database: Path) -> Path:
    """Where the columns of the SQLite file at ``database`` are kept."""
    # The path's bytes as the system names it: a folder's name that is not UTF-8 (Latin-1
    # from an old disk) is read by Python as a str that .encode() refuses.
    name = hashlib.sha256(os.fsencode(database.resolve())).hexdigest()[:24]
    return cache_dir() / "columns" / f"{name}.npz"


def _key(stamp: ChangeStamp, count: int) -> np.ndarray:
    return np.array([FORMAT, stamp.stamp, stamp.schema, count], np.int64)


def _keep_in_file(store: EventStore, kept: EveryEvent) -> None:
    """Write ``kept`` to the store's cache file once the file's check has passed, and
    while they are still the store's latest arrays. Many events are written by a thread
    (a million: 50 MB, 0.1 to 0.3 s, and the check may still be running), so that the
    first frame or the frame after an edit does not wait for it; one at a time, the
    latest winning."""
    file = _cache_file(store)
    if file is None:
        return
    database = store.database

    def write() -> None:
        with _WRITING:
            if database.verified() and _KEPT.get(store) is kept:
                _save(file, kept)

    if len(kept.columns) <= WRITTEN_AT_ONCE:
        write()
    else:
        threading.Thread(target=write, name="column cache").start()


#: One cache file written at a time.
_WRITING = threading.Lock()


def _load(file: Path, stamp: ChangeStamp) -> EveryEvent | None:
    """The arrays saved under ``stamp``; None for a file missing, of another stamp or
    damaged (numpy's zip checks each array's CRC as it reads it)."""
    try:
        with np.load(file) as saved:
            key = saved["key"]
            if key.shape != (4,) or list(key[:3]) != list(_key(stamp, 0)[:3]):
                return None
            arrays = {name: saved[name] for name in _SAVED}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None
    count = int(key[3])
    if any(array.shape != (count,) for array in arrays.values()) or any(
        arrays[name].dtype != dtype for name, dtype in _DTYPES.items()
    ):
        return None
    columns = Columns(**{name: arrays[name] for name in _DTYPES})
    return EveryEvent(stamp, columns, arrays["sorted_ids"], arrays["positions"])


def _save(file: Path, kept: EveryEvent) -> None:
    """Written beside, then moved over the old one, so a reader never sees half a file;
    a cache that cannot be written is only a slower next opening."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=file.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            arrays = {name: kept.array(name) for name in _SAVED}
            _savez(out, key=_key(kept.stamp, len(kept.columns)), **arrays)
        os.replace(name, file)
        _prune(file.parent)
    except OSError:
        Path(name).unlink(missing_ok=True)


#: np.savez by name: its stubs take a dict of arrays for its allow_pickle flag (numpy 2.1+).
_savez: Callable[..., None] = np.savez


def _prune(folder: Path) -> None:
    """Only the files of the databases opened last are kept."""
    files = sorted(folder.glob("*.npz"), key=lambda file: file.stat().st_mtime_ns, reverse=True)
    for old in files[KEEP_FILES:]:
        old.unlink(missing_ok=True)
