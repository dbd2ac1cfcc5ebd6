"""A reader's rows in chunks: counts, rejections, and the valid rows' table rows with ids."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import datetime

from timeline.domain.links import LinkKind
from timeline.io import chunks as chunking
from timeline.io.chunks import chunks
from timeline.io.rows import OUTSIDE_SCOPE, Parsed, Rejection
from timeline.io.sample import sample_events
from timeline.store.columns import EVENT_ROW_COLUMNS, stored_time

NOW = stored_time(datetime(2026, 12, 2, 18, 30))


def plain_events():
    """The sample's events without their ids and agreements (no thread to check)."""
    return [
        replace(event, id=None, agreement_id=None, agreement_step=None, agreement_party=None)
        for event in sample_events()
    ]


def test_valid_rows_get_ids_in_file_order_across_chunks(monkeypatch):
    monkeypatch.setattr(chunking, "CHUNK_ROWS", 3)
    events = plain_events()
    rows = [
        Parsed(2, "native:a", events[0]),
        OUTSIDE_SCOPE,
        Rejection("f.csv", 4, "date", "not a date"),
        Parsed(5, "native:b", events[1]),
        Parsed(6, "native:c", events[2], links=((LinkKind.FOLLOW_UP_TO, 9),)),
    ]
    first, second = chunks(rows, 41, NOW)
    assert (first.rows, second.rows) == (3, 2)
    assert first.skipped == {OUTSIDE_SCOPE.reason.id: 1}
    assert [str(rejection) for rejection in first.rejected] == ["f.csv:4: date: not a date"]
    assert (first.keys, second.keys) == (["native:a"], ["native:b", "native:c"])
    assert [row[0] for row in first.stored.events + second.stored.events] == [41, 42, 43]
    assert second.kinds == [events[1].kind.value, events[2].kind.value]
    assert second.countries == [events[1].countries, events[2].countries]
    # Only a row with agreements or links is looked at by the importer's threads.
    assert [(row.place, row.line, row.links) for row in second.threads] == [
        (1, 6, ((LinkKind.FOLLOW_UP_TO, 9),))
    ]


def test_an_events_row_is_in_storage_form_and_its_rows_carry_its_id():
    event = sample_events()[0]
    (chunk,) = chunks([Parsed(2, "native:a", event)], 7, NOW)
    row = dict(zip(EVENT_ROW_COLUMNS, chunk.stored.events[0], strict=True))
    assert (row["id"], row["source_key"], row["version"]) == (7, "native:a", 1)
    assert row["start_day"] == event.date.earliest().isoformat()
    assert row["created_at"] == row["updated_at"] == "2026-12-02 18:30:00.000000"
    assert chunk.stored.countries == [(7, code) for code in event.countries]
    assert {row[0] for row in chunk.stored.sources + chunk.stored.participants} == {7}


def test_a_chunk_travels_between_processes_unchanged():
    events = sample_events()
    rows = [Parsed(n + 2, f"native:{n}", event) for n, event in enumerate(events)]
    (chunk,) = chunks(rows, 1, NOW)
    copy = pickle.loads(pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))
    assert copy.stored.__getstate__() == chunk.stored.__getstate__()
    assert (copy.keys, copy.kinds, copy.countries) == (chunk.keys, chunk.kinds, chunk.countries)
    assert copy.threads == chunk.threads


def test_rows_left_out_take_their_countries_people_sources_and_tags_with_them():
    events = sample_events()
    rows = [Parsed(n + 2, f"native:{n}", event) for n, event in enumerate(events)]
    (chunk,) = chunks(rows, 1, NOW)
    kept = chunk.stored.without({2, 5})
    for name in ("events", "countries", "participants", "sources", "tags"):
        assert {row[0] for row in getattr(kept, name)} <= set(range(1, 12)) - {2, 5}
    assert len(kept.events) == len(events) - 2
