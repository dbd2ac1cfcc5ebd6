"""Crash safety: a process killed (SIGKILL) in the middle of writing loses only the
transaction it was in, never a committed one, and leaves a sound file.

The writer is a child process (crash_worker.py) that says on stdout what it has committed;
the test kills it mid-write, reopens the file as the app does and checks the outcome.
"""

from __future__ import annotations

import runpy
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.domain.filters import EventFilter
from timeline.domain.records import to_record
from timeline.io.sample import sample_events
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.store.sqlitefile import side_file

WORKER = Path(__file__).resolve().parent / "crash_worker.py"
stepped = runpy.run_path(str(WORKER))["stepped"]

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
    pytest.mark.slow,
]


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(worker: subprocess.Popen[str]) -> list[str]:
    """SIGKILL: no cleanup, no rollback, no atexit; return what it printed before."""
    worker.send_signal(signal.SIGKILL)
    rest, errors = worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL, errors
    return rest.splitlines()


def without_id(event):
    record = to_record(event)
    record.pop("id", None)
    return record


def reopened_events(path: Path) -> list:
    database = open_database(path)
    try:
        assert database.integrity_problems() == []
        return EventStore(database).find()
    finally:
        database.close()


def test_the_database_runs_in_wal_with_full_synchronous_writes(tmp_path):
    database = open_database(tmp_path / "timeline.sqlite3")
    try:
        with database.engine.connect() as first, database.engine.connect() as second:
            for connection in (first, second):
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        database.close()


def kill_once_writing(worker: subprocess.Popen[str], wal: Path) -> None:
    """Kill the worker once its uncommitted transaction has spilled a megabyte into the WAL."""
    assert worker.stdout is not None
    assert worker.stdout.readline() == "committed\n"
    assert worker.stdout.readline() == "writing\n"
    committed_size = wal.stat().st_size
    deadline = time.monotonic() + 60
    while wal.stat().st_size < committed_size + 1_000_000 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert wal.stat().st_size >= committed_size + 1_000_000, "the import never started writing"
    printed = kill(worker)
    assert "finished" not in printed


def only_the_sample(path: Path) -> None:
    found = reopened_events(path)
    assert [without_id(event) for event in found] == [
        without_id(event)
        for event in sorted(sample_events(), key=lambda e: (e.date.earliest(), e.date.latest()))
    ]


def test_a_kill_during_a_large_import_keeps_exactly_what_was_committed(tmp_path):
    path = tmp_path / "timeline.sqlite3"
    # 2,000 copies of the sample's events, some 8 MB: the transaction outgrows its page cache
    # (2 MB) into the WAL a few hundred events into its writing, seconds before its end.
    kill_once_writing(start("import", str(path), "2000"), tmp_path / "timeline.sqlite3-wal")
    only_the_sample(path)


def the_sample_and_its_text_index(path: Path) -> None:
    """Only the sample is there, its text index whole, and the index's trigger still indexes
    what is added next."""
    only_the_sample(path)
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql(
                "INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)"
            )
        store = EventStore(database)
        (added,) = store.add_many([replace(sample_events()[0], title_en="Added after the kill")])
        assert [event.id for event in store.find(EventFilter(text="after the kill"))] == [added.id]
    finally:
        database.close()


def test_a_kill_during_a_file_import_keeps_the_text_index_and_its_trigger(
    tmp_path, many_events_csv
):
    """The file importer drops the index's trigger and fills the index at the end, all in
    its transaction: a kill in between must leave both as they were committed."""
    path = tmp_path / "timeline.sqlite3"
    rows = many_events_csv(30_000, summary_chars=4_000)
    kill_once_writing(start("importfile", str(path), str(rows)), tmp_path / "timeline.sqlite3-wal")
    the_sample_and_its_text_index(path)


def test_a_kill_while_the_text_index_is_filled_keeps_it_as_committed(tmp_path, many_events_csv):
    """Rows written, the index taking them in one statement: killed inside it (the worker
    waits there), the file still holds the sample alone, its index and its trigger."""
    path = tmp_path / "timeline.sqlite3"
    worker = start("importindex", str(path), str(many_events_csv(3_000)))
    assert worker.stdout is not None
    assert [worker.stdout.readline() for _ in range(3)] == [
        "committed\n",
        "writing\n",
        "indexing\n",
    ]
    assert "finished" not in kill(worker)
    the_sample_and_its_text_index(path)


def ended(pid: int) -> bool:
    """The process is gone, or a zombie waiting to be reaped by whoever adopted it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rpartition(")")[2].split()[0] == "Z"


def hot(journal: Path) -> bool:
    """Whether a rollback journal holds pages to put back (SQLite writes its header's magic
    number only once they are safe in it, just before it changes the file)."""
    return journal.exists() and journal.read_bytes()[:8].strip(b"\0") != b""


def schema(path: Path) -> list[tuple]:
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            query = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
            return connection.exec_driver_sql(query).all()
    finally:
        database.close()


@pytest.mark.parametrize(
    ("prefix", "reader"),
    [
        ("INSERT INTO events ", "process"),  # the reading process still at work
        ("INSERT INTO events_fts(rowid", "process"),  # the text index taking the first rows
        ("INSERT INTO events ", "here"),  # read in-process: the indexes dropped
        ("CREATE INDEX", "here"),  # every row in, the indexes built again
    ],
)
def test_a_kill_of_a_big_import_leaves_the_empty_database(tmp_path, gdelt_file, prefix, reader):
    """Into an empty database an import read in-process drops the secondary indexes and
    builds them at its end, and one read by a second process fills the text index while
    that process reads: killed at any step, the file is as new — no event, every index, the
    text index and its trigger — and the reader is gone too. Such an import writes through
    a rollback journal, left hot by the kill: a look for reading only, first, rolls it back
    and sees the empty file, and the file is in WAL again once opened to write."""
    path = tmp_path / "timeline.sqlite3"
    open_database(path).close()
    before = schema(path)
    # 48,000 rows: the reader is still sending when the first batch is written.
    worker = start("importdataset", str(path), str(gdelt_file(3000)), prefix, reader)
    assert worker.stdout is not None
    assert [worker.stdout.readline() for _ in range(2)] == ["committed\n", "writing\n"]
    paused, *readers = worker.stdout.readline().split()
    assert paused == "paused" and len(readers) == (reader == "process")
    assert "finished" not in kill(worker)
    deadline = time.monotonic() + 30
    while not all(ended(int(reader)) for reader in readers):
        assert time.monotonic() < deadline, "the reading process outlived the importer"
        time.sleep(0.05)
    journal = side_file(path, "-journal")
    # Hot once rows were written into the file: its header's first bytes (zero before).
    assert hot(journal) == (prefix != "INSERT INTO events ")
    look = open_database(path, read_only=True, glance=True)
    try:
        assert EventStore(look).find() == []
    finally:
        look.close()
    assert not hot(journal)
    assert reopened_events(path) == []
    assert schema(path) == before
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql(
                "INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)"
            )
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.close()


def expected_states(originals: dict[int, object], ids: list[int], last_step: int) -> dict:
    """Each event as the steps 1..last_step (round robin over ``ids``) leave it."""
    expected = dict(originals)
    versions = {event_id: 1 for event_id in ids}
    for step in range(1, last_step + 1):
        event_id = ids[step % len(ids)]
        expected[event_id] = stepped(expected[event_id], step)
        versions[event_id] += 1
    return {event_id: (without_id(expected[event_id]), versions[event_id]) for event_id in ids}


def test_a_kill_during_an_edit_burst_keeps_every_committed_edit_whole(sample_file):
    before = reopened_events(sample_file)
    originals = {event.id: event for event in before}
    ids = sorted(originals)
    worker = start("edits", str(sample_file))
    assert worker.stdout is not None
    printed = []
    while len(printed) < 40:
        line = worker.stdout.readline()
        assert line, worker.stderr.read() if worker.stderr else "the worker stopped"
        printed.append(int(line))
    printed += [int(line) for line in kill(worker)]
    last_printed = printed[-1]
    assert printed == list(range(1, last_printed + 1))

    found = {event.id: event for event in reopened_events(sample_file)}
    assert sorted(found) == ids
    # The step being committed when the kill came is wholly there or wholly absent.
    outcomes = [expected_states(originals, ids, last) for last in (last_printed, last_printed + 1)]
    actual = {event_id: (without_id(event), event.version) for event_id, event in found.items()}
    assert actual in outcomes
