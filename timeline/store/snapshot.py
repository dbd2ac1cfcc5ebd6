"""An event as JSON text, the way the history table keeps each version of it: the native
record of our JSON files (timeline.domain.records), so a version in the history reads like
an exported event, with the links going out of it (``links``, absent when none) and its
origin key (``source_key``), which a deleted event is put back with."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from timeline.domain.event import Event
from timeline.domain.links import EventLink
from timeline.domain.records import from_record, links_from_record, links_to_record, to_record


def to_json(event: Event, links: Sequence[EventLink] = ()) -> str:
    record = to_record(event)
    going_out = links_to_record(links, event.id) if event.id is not None else []
    if going_out:
        record["links"] = going_out
    if event.source_key is not None:
        record["source_key"] = event.source_key
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def from_json(text: str, version: int) -> Event:
    """The event the text describes, carrying ``version`` (which the record does not)."""
    record = json.loads(text)
    return replace(from_record(record), version=version, source_key=record.get("source_key"))


def links_from_json(text: str) -> tuple[EventLink, ...]:
    """The links going out of the event the text describes."""
    record = json.loads(text)
    source = record["id"]
    return tuple(EventLink(source, target, kind) for kind, target in links_from_record(record))
