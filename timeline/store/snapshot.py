"""An event as JSON text, the way the history table keeps each version of it: the native
record of our JSON files (timeline.domain.records), so a version in the history reads like
an exported event."""

from __future__ import annotations

import json
from dataclasses import replace

from timeline.domain.event import Event
from timeline.domain.records import from_record, to_record


def to_json(event: Event) -> str:
    return json.dumps(to_record(event), ensure_ascii=False, sort_keys=True)


def from_json(text: str, version: int) -> Event:
    """The event the text describes, carrying ``version`` (which the record does not)."""
    return replace(from_record(json.loads(text)), version=version)
