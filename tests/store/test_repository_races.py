"""Two processes saving one event of one SQLite file: no edit lost without an error.

Each worker (race_worker.py) is a real process with its own connection. The first stops
inside its transaction, after it has read the event and written its change and before it
commits; the second then tries to save the same event. The second must wait and then see
the first's change (a conflict, or the event gone), never overwrite it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.domain.event import Event, Participant, Source
from timeline.domain.filters import EventFilter
from timeline.io.sample import sample_events
from timeline.store.database import open_database
from timeline.store.repository import EventStore

#: Real processes racing for the file: seconds, not milliseconds.
pytestmark = pytest.mark.slow
WORKER = Path(__file__).resolve().parent / "race_worker.py"
_spec = importlib.util.spec_from_file_location("race_worker", WORKER)
assert _spec is not None and _spec.loader is not None
race_worker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(race_worker)
Worker = race_worker.Worker


@pytest.fixture(scope="module")
def workers() -> Iterator[tuple[Worker, Worker]]:
    """Two processes, started once for every race of this module."""
    pair = Worker(), Worker()
    yield pair
    for worker in pair:
        worker.process.communicate(timeout=10)  # closes stdin: the worker ends


@pytest.fixture
def event_file(store_copy, tmp_path: Path) -> tuple[Path, int]:
    """A file holding the sample; the event raced for has two participants and a source."""
    path = tmp_path / "race.sqlite3"
    store = store_copy("sample", path)
    events = sorted(store.find(EventFilter()), key=lambda event: event.id or 0)
    target = replace(
        events[3],
        participants=(Participant("A", "envoy"), Participant("B", "minister")),
        sources=(Source("https://example.org/a", "outlet"),),
    )
    store.update(target)
    store.database.close()
    assert target.id is not None
    return path, target.id


def _final(path: Path, event_id: int) -> Event | None:
    store = EventStore(open_database(path, keep_backups=0))
    try:
        return store.get_many([event_id]).get(event_id)
    finally:
        store.database.close()


@pytest.mark.parametrize("operation", ["update", "merge", "revert", "delete"])
def test_a_save_waits_for_another_process_and_then_sees_its_change(
    workers: tuple[Worker, Worker], event_file: tuple[Path, int], operation: str
) -> None:
    first, second = workers
    path, event_id = event_file
    second.send(path=str(path), op="read", id=event_id)
    assert second.answer() == "read 2"
    first.send(path=str(path), op=operation, id=event_id, title="first", pause=True)
    assert first.answer() == "paused"
    second.send(path=str(path), op="update", id=event_id, title="second")
    # Time for the second to reach its write; with the write lock it waits for the first.
    time.sleep(0.3)
    first.resume()
    assert first.answer().startswith(("saved 3", "removed"))
    assert second.answer() == ("gone" if operation == "delete" else "conflict")
    final = _final(path, event_id)
    if operation == "delete":
        assert final is None
        return
    assert final is not None and final.version == 3
    assert "second" not in (final.title_en, *final.tags)
    # Child rows are replaced, not added to, whatever the order of the two saves.
    expected = sample_events()[3] if operation == "revert" else None
    assert len(final.participants) == (len(expected.participants) if expected else 2)
    assert len(final.sources) == (len(expected.sources) if expected else 1)
    if operation == "merge":
        assert "first" in final.tags


def test_a_delete_removes_what_another_process_just_saved(
    workers: tuple[Worker, Worker], event_file: tuple[Path, int]
) -> None:
    """What a delete returns (and undo puts back) is the event as it was when removed."""
    first, second = workers
    path, event_id = event_file
    second.send(path=str(path), op="read", id=event_id)
    assert second.answer() == "read 2"
    first.send(path=str(path), op="update", id=event_id, title="first", pause=True)
    assert first.answer() == "paused"
    second.send(path=str(path), op="delete", id=event_id)
    time.sleep(0.3)
    first.resume()
    assert first.answer() == "saved 3 first"
    assert second.answer() == "removed first"


def test_two_processes_saving_one_event_lose_no_edit(
    workers: tuple[Worker, Worker], event_file: tuple[Path, int]
) -> None:
    """No version pinning: each process reads, saves, and reads again after a conflict."""
    path, event_id = event_file
    for worker, title in zip(workers, ("one", "two"), strict=True):
        worker.send(path=str(path), op="loop", id=event_id, title=title, times=25)
    answers = [worker.answer() for worker in workers]
    assert answers == ["done 25 " + answers[0].split()[-1], "done 25 " + answers[1].split()[-1]]
    final = _final(path, event_id)
    assert final is not None
    assert final.version == 2 + 50
    assert len(final.participants) == 2
    assert len(final.sources) == 1


def test_two_shell_loops_of_pinned_edits_lose_nothing(
    workers: tuple[Worker, Worker], event_file: tuple[Path, int]
) -> None:
    """The researchers' batch: each process lists, then edits with ``--if-version``; every
    edit either saves (exit 0) or is a conflict (exit 3) that writes nothing."""
    path, event_id = event_file
    for worker, title in zip(workers, ("one", "two"), strict=True):
        worker.send(path=str(path), op="edit-loop", id=event_id, title=title, times=15)
    codes = [int(code) for worker in workers for code in worker.answer().split()[1:]]
    assert len(codes) == 30 and set(codes) <= {0, 3}
    final = _final(path, event_id)
    assert final is not None
    assert final.version == 2 + codes.count(0)
    assert len(final.participants) == 2
    assert len(final.sources) == 1


#: SQLite's byte range for SHARED locks on the database file (os_unix.c: 510 bytes after
#: the pending and reserved bytes at 1 GiB).
_SHARED_RANGE = (510, 1_073_741_826)
_TRY_EXCLUSIVE = """
import fcntl, os, sys
descriptor = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, int(sys.argv[2]), int(sys.argv[3]))
except OSError:
    print("held")
else:
    print("free")
"""


def _shared_lock_seen_from_another_process(path: Path) -> str:
    length, start = _SHARED_RANGE
    command = [sys.executable, "-c", _TRY_EXCLUSIVE, str(path), str(length), str(start)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def test_opening_a_file_again_keeps_the_first_openings_lock(tmp_path: Path) -> None:
    """POSIX locks belong to a process, not to a descriptor: had a second opening of a file
    the process already has open read its header through a descriptor of its own, closing
    that descriptor would drop the first connection's lock, and another process's closing
    connection would then take itself for the last one and delete the WAL the first still
    writes to (its edits lost, as two shell loops of edits once showed)."""
    path = tmp_path / "held.sqlite3"
    EventStore(open_database(path)).database.close()
    first = EventStore(open_database(path, keep_backups=0))
    first.get_many([1])  # a connection in WAL mode: it keeps its shared lock while open
    assert _shared_lock_seen_from_another_process(path) == "held"
    second = open_database(path, keep_backups=0)
    second.close()
    assert _shared_lock_seen_from_another_process(path) == "held"
    first.database.close()
    assert _shared_lock_seen_from_another_process(path) == "free"
