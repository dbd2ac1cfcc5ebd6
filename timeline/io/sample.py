"""The sample timeline: the events of the seed article, shipped as data in resources/."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline.domain.agreements import Agreement
from timeline.domain.event import Event
from timeline.domain.links import LinkKind
from timeline.domain.records import agreement_from_record, from_record, links_from_record
from timeline.locations import sample_events_file
from timeline.store.database import open_database
from timeline.store.repository import EventStore


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(sample_events_file().read_text(encoding="utf-8"))
    return document


def sample_events() -> list[Event]:
    """The sample's events, not stored yet: without the ids the file numbers them with
    (its links use those), and steps of the agreements of :func:`sample_agreements`, which a
    store needs first (:func:`load_sample` writes both)."""
    return [replace(from_record(record), id=None) for record in _document()["events"]]


def sample_agreements() -> list[Agreement]:
    """The agreements the sample's events are steps of (the two visa waivers)."""
    return [agreement_from_record(record) for record in _document()["agreements"]]


def sample_links() -> list[tuple[int, LinkKind, int]]:
    """The links between the sample's events, as (position of the source, kind, position
    of the target) in :func:`sample_events`: the IPU meetings on the assembly's sidelines."""
    records = _document()["events"]
    position = {record["id"]: number for number, record in enumerate(records)}
    return [
        (position[record["id"]], kind, position[target])
        for record in records
        for kind, target in links_from_record(record)
    ]


def load_sample(store: EventStore) -> list[Event]:
    """Add the sample's agreements, events and links in one transaction."""
    return store.add_many(sample_events(), sample_agreements(), sample_links())


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
