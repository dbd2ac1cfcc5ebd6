"""One mapping between an event and its rows: what the editor's save (the ORM) writes is what
an import (the bulk inserts) writes, column for column, lists in their order."""

from __future__ import annotations

from dataclasses import replace

from keyed_events import write_keyed
from sqlalchemy import select

from timeline.domain.event import Forms, Participant, Place, Source
from timeline.io.sample import sample_events
from timeline.store.bulk import bulk_transaction
from timeline.store.columns import EventValues
from timeline.store.database import open_database
from timeline.store.models import EventRow
from timeline.store.repository import EventStore


def _events():
    """The sample, one event with every list filled and a place only named in French."""
    first, *others = sample_events()
    full = replace(
        first,
        id=None,
        place=Place("Rabat", "MA", Forms(fr="Rabat")),
        participants=(
            Participant("A. Name", "Minister", "MA", Forms(ar="أ. اسم"), Forms(fr="Ministre")),
            Participant("B. Name"),
        ),
        sources=(Source("https://example.org/a", "Example"), Source(outlet="Press")),
        tags=("visa", "forum"),
    )
    # Steps of agreements this database has no record of are refused: left out here.
    return [
        replace(event, id=None, agreement_id=None, agreement_step=None) for event in (full, *others)
    ]


def _stored(store: EventStore) -> list[tuple]:
    columns = [getattr(EventRow, name) for name in EventValues._fields]
    with store.database.connect() as connection:
        rows = connection.execute(select(*columns).order_by(EventRow.id)).all()
    return [tuple(row) for row in rows]


def test_a_save_and_an_import_store_an_event_alike(tmp_path):
    events = _events()
    saved = EventStore(open_database(tmp_path / "saved.sqlite3"))
    imported = EventStore(open_database(tmp_path / "imported.sqlite3"))
    try:
        saved.add_many(events)
        with bulk_transaction(imported.database) as writer:
            write_keyed(writer, [(f"test:{n}", event) for n, event in enumerate(events)])
        assert _stored(saved) == _stored(imported)
        read_back = [
            [replace(event, created_at=None, updated_at=None) for event in store.find()]
            for store in (saved, imported)
        ]
        assert read_back[0] == read_back[1]
        (full,) = [event for event in read_back[1] if event.tags == ("visa", "forum")]
        assert full.participants[0].name_forms.ar == "أ. اسم"
        assert full.sources[1].outlet == "Press"
    finally:
        saved.database.close()
        imported.database.close()
