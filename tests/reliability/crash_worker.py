"""A child process for the crash tests: it writes to a database until it is killed.

``crash_worker.py import PATH COUNT`` commits the sample (printing ``committed``), then
prints ``writing`` and adds COUNT more events in one transaction, which the test kills.
``crash_worker.py importfile PATH CSV`` does the same through the file importer, whose text
index is filled at the end of its transaction; ``importindex`` also prints ``indexing`` when
that filling starts. ``crash_worker.py importdataset PATH GDELT PREFIX READER`` imports a
GDELT file into a new database, read by a second process (READER ``process``) or in-process
(``here``), and waits before the first statement that starts with PREFIX (printing ``paused``
and the reading process's id, if any).
``crash_worker.py edits PATH`` updates the events round robin, one transaction per step,
printing each step's number once it is committed, until the test kills it.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from itertools import count
from pathlib import Path

import sqlalchemy

from timeline.domain.event import Event, Participant, Source
from timeline.io import pipeline
from timeline.io.importer import import_file
from timeline.io.sample import load_sample, sample_agreements, sample_events, sample_links
from timeline.store import bulk as bulk_writes
from timeline.store.database import open_database
from timeline.store.repository import EventStore


def stepped(event: Event, step: int) -> Event:
    """The event as edit ``step`` leaves it: every table of the event changes at once."""
    return dataclasses.replace(
        event,
        title_en=f"step {step}",
        summary=f"summary of step {step}",
        participants=(Participant(f"person {step}", "envoy"),),
        sources=(Source(f"https://example.org/step/{step}", f"outlet {step}"),),
        tags=(f"step-{step}", "burst"),
    )


def bulk(path: str, total: int) -> None:
    store = EventStore(open_database(path))
    base = sample_events()
    store.add_many(base, sample_agreements(), sample_links())
    print("committed", flush=True)
    events = [
        dataclasses.replace(base[n % len(base)], title_en=f"interrupted {n}", tags=("bulk",))
        for n in range(total)
    ]
    print("writing", flush=True)
    store.add_many(events)
    print("finished", flush=True)


def _stop_in_text_index(_connection, cursor, statement, *_args) -> None:
    """Once a batch of rows is written and the text index takes it (one statement), say
    ``indexing`` and wait inside that statement for the kill."""
    if statement.startswith("INSERT INTO events_fts(rowid"):

        def inside() -> int:
            print("indexing", flush=True)
            time.sleep(60)
            return 0

        cursor.connection.set_progress_handler(inside, 1000)


def import_csv(path: str, csv_path: str, say_indexing: bool = False) -> None:
    database = open_database(path)
    load_sample(EventStore(database))
    print("committed", flush=True)
    if say_indexing:
        sqlalchemy.event.listen(database.engine, "before_cursor_execute", _stop_in_text_index)
    print("writing", flush=True)
    import_file(database, Path(csv_path))
    print("finished", flush=True)


def _pause_in(prefix: str):
    """Before the first statement that starts with ``prefix``: print ``paused`` and the
    importer's children (the process reading the file), then wait for the kill."""

    def pause(_connection, _cursor, statement, *_args) -> None:
        if statement.startswith(prefix):
            children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text()
            print("paused", children.strip(), flush=True)
            time.sleep(60)

    return pause


def import_dataset(path: str, gdelt_path: str, prefix: str, reader: str) -> None:
    """A GDELT file into a new, empty database, read by a second process whatever its size
    (``reader`` is ``process``) or here, paused before the first statement starting with
    ``prefix``."""
    pipeline.MIN_BYTES = 0 if reader == "process" else 1 << 60
    pipeline._core_to_spare = lambda: True  # however busy the machine
    # A page cache of 16 pages: the rows are written into the file (its rollback journal
    # made hot) long before the pause, as a big file's are.
    bulk_writes._IMPORT_CACHE = "PRAGMA cache_size = 16"
    database = open_database(path)
    print("committed", flush=True)  # the empty database: nothing but its schema
    sqlalchemy.event.listen(database.engine, "before_cursor_execute", _pause_in(prefix))
    print("writing", flush=True)
    import_file(database, Path(gdelt_path), scope=frozenset({"MA"}))
    print("finished", flush=True)


def edits(path: str) -> None:
    store = EventStore(open_database(path))
    ids = list(store.ids())
    for step in count(1):
        event = store.get(ids[step % len(ids)])
        store.update(stepped(event, step))
        print(step, flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "import":
        bulk(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "importdataset":
        import_dataset(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif sys.argv[1] in ("importfile", "importindex"):
        import_csv(sys.argv[2], sys.argv[3], say_indexing=sys.argv[1] == "importindex")
    else:
        edits(sys.argv[2])
