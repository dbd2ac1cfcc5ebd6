"""Batched writes for imports, and the source identity of stored events.

An import of a million rows cannot build a million ORM objects: these helpers send plain
Core ``INSERT`` statements a batch at a time, all inside one transaction that the caller
holds open, so a crash, a cancel or an error leaves the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.exc import SQLAlchemyError

from timeline.domain.event import Event
from timeline.domain.filters import search_text_of
from timeline.domain.languages import LANGUAGES
from timeline.domain.places import complete
from timeline.store.database import Database
from timeline.store.errors import StoreError, WriteRefusedError
from timeline.store.models import (
    EventCountryRow,
    EventRow,
    ParticipantRow,
    SourceRow,
    TagRow,
    participant_columns,
)

_EVENTS: Table = EventRow.__table__  # type: ignore[assignment]
_COUNTRIES: Table = EventCountryRow.__table__  # type: ignore[assignment]
_PARTICIPANTS: Table = ParticipantRow.__table__  # type: ignore[assignment]
_SOURCES: Table = SourceRow.__table__  # type: ignore[assignment]
_TAGS: Table = TagRow.__table__  # type: ignore[assignment]
#: Keys per ``IN (...)`` query: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 900
_T = TypeVar("_T")


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _present(connection: Connection, keys: Collection[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(keys)):
        query = select(_EVENTS.c.source_key).where(_EVENTS.c.source_key.in_(chunk))
        found.update(connection.scalars(query))
    return found


class BulkWriter:
    """Inserts keyed events through one open connection and transaction."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def present(self, keys: Collection[str]) -> set[str]:
        """The keys already stored, including those this transaction has written."""
        return _present(self._connection, keys)

    def insert(self, batch: Sequence[tuple[str, Event]]) -> None:
        """Insert events whose keys are known to be new; each is validated first."""
        if not batch:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = []
        batch = [(key, complete(event.ensure_valid())) for key, event in batch]
        for key, event in batch:
            rows.append(
                {
                    "kind": event.kind.value,
                    "date_edtf": event.date.to_edtf(),
                    "start_day": event.date.earliest(),
                    "end_day": event.date.latest(),
                    "title_ar": event.title_ar,
                    "title_en": event.title_en,
                    "title_fr": event.title_fr,
                    "summary": event.summary,
                    "host": event.host,
                    "status": event.status.value,
                    "place_city": event.place.city,
                    **{
                        f"place_city_{language}": event.place.city_forms.of(language)
                        for language in LANGUAGES
                    },
                    "place_country": event.place.country,
                    "search_text": search_text_of(event),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "source_key": key,
                }
            )
        self._connection.execute(insert(_EVENTS), rows)
        ids: dict[str, int] = {}
        for chunk in _chunks([key for key, _ in batch]):
            query = select(_EVENTS.c.source_key, _EVENTS.c.id).where(
                _EVENTS.c.source_key.in_(chunk)
            )
            ids.update((key, event_id) for key, event_id in self._connection.execute(query))
        self._insert_children([(ids[key], event) for key, event in batch])

    def _insert_children(self, events: Sequence[tuple[int, Event]]) -> None:
        countries, participants, sources, tags = [], [], [], []
        for event_id, event in events:
            countries += [{"event_id": event_id, "country": code} for code in event.countries]
            participants += [
                {"event_id": event_id, "position": n, **participant_columns(p)}
                for n, p in enumerate(event.participants)
            ]
            sources += [
                {
                    "event_id": event_id,
                    "position": n,
                    "url": s.url,
                    "outlet": s.outlet,
                    "published": s.published,
                }
                for n, s in enumerate(event.sources)
            ]
            tags += [
                {"event_id": event_id, "position": n, "tag": tag}
                for n, tag in enumerate(event.tags)
            ]
        for table, rows in (
            (_COUNTRIES, countries),
            (_PARTICIPANTS, participants),
            (_SOURCES, sources),
            (_TAGS, tags),
        ):
            if rows:
                self._connection.execute(insert(table), rows)


@contextmanager
def bulk_transaction(database: Database) -> Iterator[BulkWriter]:
    """One transaction for a whole import: committed on a normal exit, rolled back on any
    exception (a cancel included). A database error (locked by another writer, the same
    rows added meanwhile by another import) becomes a StoreError saying nothing was saved."""
    if database.read_only:
        raise WriteRefusedError(f"{database.target.label}: opened read-only; nothing was imported")
    try:
        # A writing transaction: on SQLite it waits for the write lock at its start rather
        # than failing when another program saves between its first look and its first row.
        with database.writing_engine.begin() as connection:
            yield BulkWriter(connection)
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        raise StoreError(
            f"{database.target.label}: the import could not be written ({reason}); "
            "nothing was saved"
        ) from error


def present_keys(database: Database, keys: Collection[str]) -> set[str]:
    """Which of ``keys`` are stored already (a read-only look for previews)."""
    with database.engine.connect() as connection:
        return _present(connection, keys)


def source_keys(database: Database, event_ids: Collection[int]) -> dict[int, str]:
    """The source key of each of ``event_ids`` that has one (for lossless exports)."""
    found: dict[int, str] = {}
    with database.engine.connect() as connection:
        for chunk in _chunks(sorted(event_ids)):
            query = select(_EVENTS.c.id, _EVENTS.c.source_key).where(
                _EVENTS.c.id.in_(chunk), _EVENTS.c.source_key.is_not(None)
            )
            found.update((event_id, key) for event_id, key in connection.execute(query))
    return found
