"""The sample timeline: the events of the seed article, shipped as data in resources/."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from pathlib import Path

from timeline.domain.event import Event
from timeline.domain.records import from_record
from timeline.locations import sample_events_file
from timeline.store.database import open_database
from timeline.store.repository import EventStore


def sample_events() -> list[Event]:
    document = json.loads(sample_events_file().read_text(encoding="utf-8"))
    return [from_record(record) for record in document["events"]]


def load_sample(store: EventStore) -> list[Event]:
    """Add the sample events in one transaction."""
    return store.add_many(sample_events())


def open_sample_store() -> EventStore:
    """The sample in a fresh temporary database, removed at exit; never the user's file."""
    folder = Path(tempfile.mkdtemp(prefix="diplomatic-timeline-sample-"))
    database = open_database(folder / "sample.sqlite3")
    store = EventStore(database)
    load_sample(store)

    def _remove() -> None:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(_remove)
    return store
