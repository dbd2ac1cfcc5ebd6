"""The columns kept between openings: never those of another state of the file."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import sys
from contextlib import closing
from datetime import date

import numpy as np
import pytest
from keyed_events import write_keyed

from timeline.domain.dates import EventDate
from timeline.domain.filters import EventFilter
from timeline.domain.status import EventStatus, held_ahead
from timeline.io.sample import sample_events
from timeline.store.backups import restore_backup, take_backup
from timeline.store.bulk import bulk_transaction
from timeline.store.database import open_database
from timeline.store.repository import EventStore, Snapshot
from timeline.view import columns as columns_module
from timeline.view.columns import Columns, EveryEvent, cache_file, every_event
from timeline.view.source import StoreSource, held_ahead_events, kind_counts, matching_events


@pytest.fixture
def path(tmp_path, _store_files):
    copy = tmp_path / "timeline.sqlite3"
    shutil.copyfile(_store_files["sample"], copy)
    return copy


EVERY = EventFilter()


def shown(store: EventStore, event_filter: EventFilter = EVERY) -> dict[int, tuple]:
    """What the timeline's index holds: each event's days, marker and kind."""
    index = StoreSource(store, event_filter, "en", 7.0).index
    rows = zip(index.starts, index.ends, index.markers, index.kinds, strict=True)
    return {int(i): tuple(float(x) for x in row) for i, row in zip(index.ids, rows, strict=True)}


def read_whole(store: EventStore, event_filter: EventFilter = EVERY) -> dict[int, tuple]:
    """The same, read from the database now, with no cache."""
    with store.snapshot() as snapshot:
        columns = Columns.read(snapshot, event_filter)
    rows = zip(columns.starts, columns.ends, columns.markers, columns.kinds, strict=True)
    return {int(i): tuple(float(x) for x in row) for i, row in zip(columns.ids, rows, strict=True)}


def reopened(path) -> EventStore:
    return EventStore(open_database(path))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux names files by bytes")
def test_a_database_in_a_folder_named_in_latin_1_is_shown_and_cached(tmp_path, path):
    """A folder named on an old disk in Latin-1 ("café" as one byte é) is not UTF-8:
    Python reads its name as a str that cannot be encoded as it is."""
    folder = tmp_path / os.fsdecode(b"caf\xe9")
    folder.mkdir()
    moved = folder / "timeline.sqlite3"
    shutil.copyfile(path, moved)
    store = reopened(moved)
    try:
        assert shown(store) == read_whole(store) and cache_file(moved).exists()
    finally:
        store.database.close()


def test_no_change_escapes_the_cache(path):
    """An edit, a deletion, an import and a change made by another program each show at once
    and after reopening, though the columns of the state before are in the cache file."""
    store = reopened(path)
    assert shown(store) == read_whole(store) and cache_file(path).exists()
    event = store.find()[0]
    store.update(dataclasses.replace(event, date=EventDate.from_edtf("2001-02-03")))
    pair = EventFilter.pair("MA", "AZ")
    assert shown(store, pair) == read_whole(store, pair)  # read alone, the arrays stale
    assert shown(store) == read_whole(store)
    store.delete(store.find()[1].id)
    assert shown(store) == read_whole(store)
    with bulk_transaction(store.database) as writer:  # the stamp moved once, at the end
        write_keyed(writer, [("test:1", sample_events()[2])])
    assert shown(store) == read_whole(store)
    assert len(shown(store)) == 11
    morocco = EventFilter(countries=frozenset({"MA"}))
    assert shown(store, morocco) == read_whole(store, morocco)
    store.database.close()
    with closing(sqlite3.connect(path)) as other:
        other.execute("UPDATE events SET start_day = '1990-01-01', date_edtf = '1990-01-01'")
        other.commit()
    store = reopened(path)
    assert shown(store) == read_whole(store)
    assert {start for start, *_ in shown(store).values()} == {date(1990, 1, 1).toordinal()}
    store.database.close()
    with closing(sqlite3.connect(path)) as other:
        other.execute("DELETE FROM event_countries WHERE country = 'MA' AND event_id % 2 = 0")
        other.commit()
    store = reopened(path)
    try:
        assert shown(store, morocco) == read_whole(store, morocco)
    finally:
        store.database.close()


def test_a_backup_put_back_is_read_as_it_is(path):
    """The cache holds the newer file's columns; the backup put back has its own stamp."""
    store = reopened(path)
    before = shown(store)
    store.database.close()
    backup = take_backup(path, "manual")
    store = reopened(path)
    store.delete(store.find()[0].id)
    assert len(shown(store)) == len(before) - 1  # the cache file now holds ten
    store.database.close()
    restore_backup(path, backup)
    store = reopened(path)
    try:
        assert shown(store) == before == read_whole(store)
    finally:
        store.database.close()


def test_a_damaged_cache_file_is_read_around(path):
    store = reopened(path)
    expected = shown(store)
    store.database.close()
    data = bytearray(cache_file(path).read_bytes())
    data[len(data) // 2] ^= 0xFF
    cache_file(path).write_bytes(bytes(data))
    store = reopened(path)
    try:
        assert shown(store) == expected
    finally:
        store.database.close()


@pytest.mark.parametrize(
    "event_filter",
    [
        EventFilter.pair("MA", "AZ"),
        EventFilter(
            countries=frozenset({"MA"}),
            statuses=frozenset(set(EventStatus) - {EventStatus.CANCELLED}),
        ),
        EventFilter(text="visa"),
        EventFilter(text="زيارة"),
        EventFilter(text="of"),  # shorter than a trigram: a substring match
        EventFilter(start=date(2025, 4, 1), end=date(2025, 4, 30)),
        EventFilter(kinds=frozenset({sample_events()[0].kind}), text="Morocco"),
    ],
)
def test_a_filter_taken_from_the_arrays_is_the_databases(path, event_filter):
    store = reopened(path)
    try:
        shown(store)  # every event's columns in memory
        assert shown(store, event_filter) == read_whole(store, event_filter)
        assert len(shown(store, event_filter)) == len(store.find(event_filter))
        assert kind_counts(store, event_filter) == store.count_by_kind(event_filter)
        assert matching_events(store, event_filter) == store.find(event_filter)
        for index in (StoreSource(store, f, "en", 7.0).index for f in (event_filter, EVERY)):
            ids = index.ids.tolist()  # each found where it stands, the list and selection's way
            assert [index.position(i) for i in ids] == list(range(len(ids)))
    finally:
        store.database.close()


@pytest.mark.parametrize(
    "event_filter",
    [
        EVERY,
        EventFilter.pair("MA", "KZ"),
        EventFilter(text="IPU"),
        EventFilter(start=date(2025, 4, 6)),  # the assembly begun before it, ending after
        EventFilter(end=date(2025, 4, 30)),
        EventFilter(end=date(2025, 2, 1)),  # over before the day: nothing ahead
    ],
)
@pytest.mark.parametrize("kept", [True, False])
def test_events_held_ahead_of_the_day_are_the_domains_counted_on_the_columns(
    path, event_filter, kept
):
    """The window's attention panel lists the first few and counts the rest, from the
    columns kept in memory or read for the filter alone: the domain's rule either way."""
    today = date(2025, 3, 1)
    store = reopened(path)
    try:
        if kept:
            shown(store)  # every event's columns in memory
        expected = [event for event in store.find(event_filter) if held_ahead(event, today)]
        assert held_ahead_events(store, event_filter, today, 100) == (expected, len(expected))
        assert held_ahead_events(store, event_filter, today, 2) == (expected[:2], len(expected))
    finally:
        store.database.close()


def test_the_same_search_after_an_edit_finds_the_edit(path):
    """The words' ids are asked once per search; an edit between two searches shows."""
    store = reopened(path)
    words = EventFilter(text="visa")
    try:
        shown(store)  # every event's columns in memory, the words' ids then kept beside
        before = shown(store, words)
        event = next(event for event in store.find() if event.id not in before)
        store.update(dataclasses.replace(event, title_en="Visa talks"))
        shown(store)
        assert set(shown(store, words)) == {*before, event.id}
        assert shown(store, words) == read_whole(store, words)
    finally:
        store.database.close()


def test_the_cached_arrays_cannot_be_changed_in_place(path):
    store = reopened(path)
    try:
        index = StoreSource(store, EventFilter(), "en", 7.0).index
        with pytest.raises(ValueError, match="read-only"):
            index.starts[0] = np.float64(0)
    finally:
        store.database.close()


def test_an_import_moves_the_stamp_once_and_leaves_its_trigger(path):
    """A bulk write renews the stamp at its end instead of row by row; a cancelled one leaves
    it as it was; either way the trigger is there for the next change."""
    store = reopened(path)

    def stamp():
        with store.snapshot() as snapshot:
            return snapshot.stamp()

    try:
        before = stamp()
        with pytest.raises(KeyboardInterrupt), bulk_transaction(store.database) as writer:
            write_keyed(writer, [("test:1", sample_events()[2])])
            raise KeyboardInterrupt  # a cancel
        assert stamp() == before
        with bulk_transaction(store.database) as writer:
            write_keyed(writer, [("test:1", sample_events()[2])])
        imported = stamp()
        assert imported.stamp != before.stamp
        store.add(sample_events()[3])
        assert stamp().stamp != imported.stamp
    finally:
        store.database.close()


def test_the_apps_own_changes_are_patched_in_not_read_again(path, monkeypatch):
    """An edit that moves an event in time, a deletion, an addition, its undo, a revert and a
    deleted event put back, made through this store, show at once and at the next opening,
    from the columns in memory patched with the changed events' rows: every event's
    columns are never read again."""
    whole_reads = []
    read = EveryEvent.read.__func__

    def counted(cls, stamp, snapshot):
        whole_reads.append(stamp)
        return read(cls, stamp, snapshot)

    store = reopened(path)
    pair = EventFilter.pair("MA", "AZ")
    shown(store)  # read whole once: every event's columns in memory and in the file
    monkeypatch.setattr(EveryEvent, "read", classmethod(counted))
    first, second = store.find()[:2]
    moved = store.update(
        dataclasses.replace(first, date=EventDate.from_edtf("2001-02-03"), title_en="Moved")
    )
    removed = store.delete(second.id)
    added = store.add(sample_events()[2])
    store.delete(added.id)  # the addition undone
    store.revert(moved.id, store.history(moved.id)[-1].id)  # back to the first version
    store.restore(removed)
    for change in range(2):
        assert shown(store) == read_whole(store)
        assert shown(store, pair) == read_whole(store, pair)
        store.update(dataclasses.replace(store.get(first.id), title_ar="نقل" * (change + 1)))
    assert shown(store) == read_whole(store)  # the window's reload after the last edit
    with store.snapshot() as snapshot:  # title sizes and where each id stands too
        kept = every_event(store, snapshot, or_read=False)
        fresh = read(EveryEvent, snapshot.stamp(), snapshot)
    for name in (*(column.name for column in dataclasses.fields(Columns)), "sorted_ids"):
        assert np.array_equal(kept.array(name), fresh.array(name)), name
    assert np.array_equal(kept.array("positions"), fresh.array("positions"))
    store.database.close()
    store = reopened(path)
    try:
        assert shown(store) == read_whole(store)
        assert whole_reads == []
    finally:
        store.database.close()


def test_a_change_made_elsewhere_between_two_of_the_apps_is_read_whole(path, monkeypatch):
    """Another program's change comes between the columns in memory and this store's next
    change: the store cannot say what it changed, so every event is read again."""
    store = reopened(path)
    whole_reads = []
    read = EveryEvent.read.__func__
    monkeypatch.setattr(
        EveryEvent,
        "read",
        classmethod(
            lambda cls, stamp, snapshot: whole_reads.append(1) or read(cls, stamp, snapshot)
        ),
    )
    try:
        shown(store)
        first, second = store.find()[:2]
        with closing(sqlite3.connect(path)) as other:
            other.execute(
                "UPDATE events SET start_day = '1990-01-01', date_edtf = '1990-01-01' WHERE id = ?",
                (second.id,),
            )
            other.commit()
        store.update(dataclasses.replace(first, title_en="Edited here"))
        assert shown(store) == read_whole(store)
        assert shown(store)[second.id][0] == date(1990, 1, 1).toordinal()
        assert len(whole_reads) == 2  # the first opening, then after the change elsewhere
    finally:
        store.database.close()


def test_every_event_read_in_slices_beside_is_read_as_whole(path, monkeypatch):
    """Read three at a time, each slice decoded and sorted by a thread while the next is read,
    and the slices' sorted runs merged: the same arrays, in the same order, as every event
    read in one slice and sorted whole (events of the same days by id)."""
    store = reopened(path)
    sliced = Snapshot.event_slices

    def in_threes(self, then, *args, rows_at_once=0, **kwargs):
        return sliced(self, then, *args, rows_at_once=3, **kwargs)

    try:
        with store.snapshot() as snapshot:
            monkeypatch.setattr(columns_module, "two_processors_at_least", lambda: False)
            whole = EveryEvent.read(snapshot.stamp(), snapshot)
            monkeypatch.setattr(columns_module, "two_processors_at_least", lambda: True)
            monkeypatch.setattr(Snapshot, "event_slices", in_threes)
            beside = EveryEvent.read(snapshot.stamp(), snapshot)
    finally:
        store.database.close()
    assert len(whole.columns) == len(sample_events())
    for name in ("ids", "starts", "ends", "markers", "kinds", "statuses", "sorted_ids"):
        np.testing.assert_array_equal(beside.array(name), whole.array(name), strict=True)
    np.testing.assert_array_equal(beside.positions, whole.positions, strict=True)
