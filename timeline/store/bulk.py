"""Batched writes for imports, and the source identity of stored events.

An import of a million rows cannot build a million ORM objects: these helpers send plain
Core ``INSERT`` statements a batch at a time, all inside one transaction that the caller
holds open, so a crash, a cancel or an error leaves the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.exc import SQLAlchemyError

from timeline.domain.event import Event, Participant
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
from timeline.store.text_index import deferred_text_index

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


def _is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


class _TupleInsert:
    """Many rows into one table as plain tuples, without the parameter dictionary per row
    that a Core ``insert`` builds (a third of an import's time). SQLite: one statement
    compiled once, the values passed through the dialect's own conversions (its dates).
    PostgreSQL: ``COPY ... FROM STDIN`` through psycopg, which converts the values itself."""

    def __init__(self, connection: Connection, table: Table, names: Sequence[str]) -> None:
        self._connection = connection
        self._copy: Any = None  # PostgreSQL's COPY statement
        if _is_postgresql(connection):
            from psycopg import sql  # only a server connection needs it

            self._copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
            )
            return
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
        self._sql = str(compiled)
        order = list(compiled.positiontup or names)
        self._order = [list(names).index(name) for name in order]
        self._processors = [
            (n, processor)
            for n, name in enumerate(order)
            if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        ]

    def write(self, rows: Sequence[tuple]) -> None:
        """Insert ``rows``, each a tuple in the order of the names given."""
        if not rows:
            return
        if self._copy is not None:
            raw: Any = self._connection.connection.dbapi_connection  # psycopg's own connection
            with raw.cursor() as cursor, cursor.copy(self._copy) as copy:
                for row in rows:
                    copy.write_row(row)
            return
        order, processors = self._order, self._processors
        prepared = []
        for row in rows:
            ordered = [row[n] for n in order]
            for n, processor in processors:
                ordered[n] = processor(ordered[n])
            prepared.append(tuple(ordered))
        self._connection.exec_driver_sql(self._sql, prepared)


_EVENT_COLUMNS = (
    "kind", "date_edtf", "start_day", "end_day", "title_ar", "title_en", "title_fr", "summary",
    "host", "status", "agreement_id", "agreement_step", "agreement_party",
    "place_city", *(f"place_city_{language}" for language in LANGUAGES),
    "place_country", "search_text", "version", "created_at", "updated_at", "source_key",
)  # fmt: skip
#: A participant's columns, in the order participant_columns() gives them (ORM and imports).
_PARTICIPANT_COLUMNS = ("event_id", "position", *participant_columns(Participant("-")))


class BulkWriter:
    """Inserts keyed events through one open connection and transaction."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        # PostgreSQL takes the new ids from the sequence first, as COPY returns none.
        self._ids_first = _is_postgresql(connection)
        self._events = _TupleInsert(connection, _EVENTS, ("id",) * self._ids_first + _EVENT_COLUMNS)
        self._countries = _TupleInsert(connection, _COUNTRIES, ("event_id", "country"))
        self._participants = _TupleInsert(connection, _PARTICIPANTS, _PARTICIPANT_COLUMNS)
        self._sources = _TupleInsert(
            connection, _SOURCES, ("event_id", "position", "url", "outlet", "published")
        )
        self._tags = _TupleInsert(connection, _TAGS, ("event_id", "position", "tag"))

    def present(self, keys: Collection[str]) -> set[str]:
        """The keys already stored, including those this transaction has written."""
        return _present(self._connection, keys)

    @property
    def connection(self) -> Connection:
        """The import's connection, for what is written with its events (agreements, links)."""
        return self._connection

    def ids(self, keys: Collection[str]) -> dict[str, int]:
        """The stored event of each of ``keys`` (this transaction's included)."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(keys)):
            query = select(_EVENTS.c.source_key, _EVENTS.c.id).where(
                _EVENTS.c.source_key.in_(chunk)
            )
            found.update((key, event_id) for key, event_id in self._connection.execute(query))
        return found

    def insert(self, batch: Sequence[tuple[str, Event]]) -> None:
        """Insert events whose keys are known to be new; each is validated first."""
        if not batch:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = []
        batch = [(key, complete(event.ensure_valid())) for key, event in batch]
        for key, event in batch:
            rows.append(
                (
                    event.kind.value,
                    event.date.to_edtf(),
                    event.date.earliest(),
                    event.date.latest(),
                    event.title_ar,
                    event.title_en,
                    event.title_fr,
                    event.summary,
                    event.host,
                    event.status.value,
                    event.agreement_id,
                    event.agreement_step.value if event.agreement_step else None,
                    event.agreement_party,
                    event.place.city,
                    *(event.place.city_forms.of(language) for language in LANGUAGES),
                    event.place.country,
                    search_text_of(event),
                    1,
                    now,
                    now,
                    key,
                )
            )
        if self._ids_first:
            new_ids = self._new_ids(len(rows))
            pairs = list(zip(new_ids, rows, strict=True))
            self._events.write([(event_id, *row) for event_id, row in pairs])
            self._insert_children(
                [(event_id, event) for event_id, (_, event) in zip(new_ids, batch, strict=True)]
            )
            return
        self._events.write(rows)
        ids: dict[str, int] = {}
        for chunk in _chunks([key for key, _ in batch]):
            query = select(_EVENTS.c.source_key, _EVENTS.c.id).where(
                _EVENTS.c.source_key.in_(chunk)
            )
            ids.update((key, event_id) for key, event_id in self._connection.execute(query))
        self._insert_children([(ids[key], event) for key, event in batch])

    def _new_ids(self, count: int) -> list[int]:
        query = (
            "SELECT nextval(pg_get_serial_sequence('events', 'id')) "
            "FROM generate_series(1, %(count)s)"
        )
        return list(self._connection.exec_driver_sql(query, {"count": count}).scalars())

    def _insert_children(self, events: Sequence[tuple[int, Event]]) -> None:
        countries, participants, sources, tags = [], [], [], []
        for event_id, event in events:
            countries += [(event_id, code) for code in event.countries]
            participants += [
                (event_id, n, *participant_columns(p).values())
                for n, p in enumerate(event.participants)
            ]
            sources += [
                (event_id, n, s.url, s.outlet, s.published) for n, s in enumerate(event.sources)
            ]
            tags += [(event_id, n, tag) for n, tag in enumerate(event.tags)]
        self._countries.write(countries)
        self._participants.write(participants)
        self._sources.write(sources)
        self._tags.write(tags)


@contextmanager
def bulk_transaction(database: Database) -> Iterator[BulkWriter]:
    """One transaction for a whole import: committed on a normal exit, rolled back on any
    exception (a cancel included); the text index takes the new rows at its end. A database
    error (locked by another writer, the same rows added meanwhile by another import)
    becomes a StoreError saying nothing was saved."""
    if database.read_only:
        raise WriteRefusedError(f"{database.target.label}: opened read-only; nothing was imported")
    try:
        # A writing transaction: on SQLite it waits for the write lock at its start rather
        # than failing when another program saves between its first look and its first row.
        with database.writing_engine.begin() as connection, deferred_text_index(connection):
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
