"""An event as JSON text, the way the history table keeps each version of it.

The shape is the native record of our JSON files (``timeline.io.records.to_record``), so a
version in the history reads like an exported event. It is written out again here because
the store sits below io and may not import it; tests/team/test_history.py checks that the
two agree. Reading trusts the text: the store wrote it from an event that was valid.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.kinds import EventKind


def to_record(event: Event) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": event.kind.value,
        "countries": list(event.countries),
        "date": event.date.to_edtf(),
        "title_ar": event.title_ar,
        "title_en": event.title_en,
        "title_fr": event.title_fr,
        "summary": event.summary,
        "place": {"city": event.place.city, "country": event.place.country},
        "participants": [
            {"name": p.name, "office": p.office, "country": p.country} for p in event.participants
        ],
        "sources": [
            {
                "url": s.url,
                "outlet": s.outlet,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in event.sources
        ],
        "tags": list(event.tags),
    }
    if event.host is not None:
        record["host"] = event.host
    if event.id is not None:
        record = {"id": event.id, **record}
    return record


def to_json(event: Event) -> str:
    return json.dumps(to_record(event), ensure_ascii=False, sort_keys=True)


def from_json(text: str, version: int) -> Event:
    """The event the text describes, carrying ``version`` (which the record does not)."""
    record = json.loads(text)
    place = record["place"]
    return Event(
        id=record.get("id"),
        kind=EventKind(record["kind"]),
        countries=tuple(record["countries"]),
        date=EventDate.from_edtf(record["date"]),
        title_ar=record["title_ar"],
        title_en=record["title_en"],
        title_fr=record["title_fr"],
        summary=record["summary"],
        host=record.get("host"),
        place=Place(place["city"], place["country"]),
        participants=tuple(Participant(**p) for p in record["participants"]),
        sources=tuple(
            Source(
                s["url"],
                s["outlet"],
                date.fromisoformat(s["published"]) if s["published"] else None,
            )
            for s in record["sources"]
        ),
        tags=tuple(record["tags"]),
        version=version,
    )
