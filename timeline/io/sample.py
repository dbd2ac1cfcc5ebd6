"""The sample timeline: the events of the seed article, shipped as data in resources/."""

from __future__ import annotations

import json

from timeline.domain.event import Event
from timeline.io.records import from_record
from timeline.locations import sample_events_file
from timeline.store.repository import EventStore


def sample_events() -> list[Event]:
    document = json.loads(sample_events_file().read_text(encoding="utf-8"))
    return [from_record(record) for record in document["events"]]


def load_sample(store: EventStore) -> list[Event]:
    """Add the sample events in one transaction."""
    return store.add_many(sample_events())
