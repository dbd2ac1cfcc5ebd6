"""Batched writes for imports, and the source identity of stored events.

An import of a million rows cannot build a million ORM objects: these helpers send plain
Core ``INSERT`` statements a batch at a time, all inside one transaction that the caller
holds open, so a crash, a cancel or an error leaves the database exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import BindParameter, Connection, Dialect, Table, bindparam, insert, select
from sqlalchemy.exc import SQLAlchemyError

from timeline.domain.messages import message
from timeline.domain.system_words import system_reason
from timeline.processors import two_processors_at_least
from timeline.store.columns import (
    COUNTRY_ROW_COLUMNS,
    EVENT_ROW_COLUMNS,
    PARTICIPANT_ROW_COLUMNS,
    SOURCE_ROW_COLUMNS,
    TAG_ROW_COLUMNS,
    StoredRows,
    stored_time,
)
from timeline.store.database import Database, ReadOnly, ReadOnlyReason
from timeline.store.errors import StoreError, WriteRefusedError
from timeline.store.history import next_event_id
from timeline.store.models import (
    EventCountryRow,
    EventRow,
    ParticipantRow,
    SourceRow,
    TagRow,
)
from timeline.store.stamp import stamp_renewed_once
from timeline.store.text_index import DeferredTextIndex, deferred_text_index

_EVENTS: Table = EventRow.__table__  # type: ignore[assignment]
_COUNTRIES: Table = EventCountryRow.__table__  # type: ignore[assignment]
_PARTICIPANTS: Table = ParticipantRow.__table__  # type: ignore[assignment]
_SOURCES: Table = SourceRow.__table__  # type: ignore[assignment]
_TAGS: Table = TagRow.__table__  # type: ignore[assignment]
#: Keys per ``IN (...)`` query: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 900
#: Where an ``events`` row of :class:`StoredRows` holds its source key.
_KEY = EVENT_ROW_COLUMNS.index("source_key")
_T = TypeVar("_T")


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _present(connection: Connection, keys: Collection[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(keys)):
        # A few sizes of query, not one for every count of keys an import's chunk holds: the
        # last key asked for again up to the next power of two (or the chunk's size).
        size = min(_CHUNK, 1 << (len(chunk) - 1).bit_length())
        padded = [*chunk, *[chunk[-1]] * (size - len(chunk))]
        statement, positional = _present_query(connection.dialect, size)
        parameters = (
            tuple(padded) if positional else {f"key{n}": key for n, key in enumerate(padded)}
        )
        found.update(connection.exec_driver_sql(statement, parameters).scalars())
    return found


@lru_cache(maxsize=16)
def _present_query(dialect: Dialect, count: int) -> tuple[str, bool]:
    """Which of ``count`` keys events holds, compiled once per size with one parameter
    a key (SQLAlchemy's expanding IN is compiled again for every batch of an import), and
    whether its parameters are positional."""
    keys: list[BindParameter[str]] = [bindparam(f"key{n}") for n in range(count)]
    compiled = (
        select(_EVENTS.c.source_key).where(_EVENTS.c.source_key.in_(keys)).compile(dialect=dialect)
    )
    return str(compiled), compiled.positional


def _is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


class _TupleInsert:
    """Many rows into one table as plain tuples in storage form (:class:`StoredRows`),
    without the parameter dictionary per row that a Core ``insert`` builds (a third of an
    import's time). SQLite: one statement compiled once. PostgreSQL: ``COPY ... FROM STDIN``
    through psycopg, which reads days and times from their text."""

    def __init__(self, connection: Connection, table: Table, names: Sequence[str]) -> None:
        self._connection = connection
        self._copy: Any = None  # PostgreSQL's COPY statement
        if _is_postgresql(connection):
            from psycopg import sql  # only a server connection needs it

            self._copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
            )
            return
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(names))
        self._sql = str(compiled)
        # The statement takes the table's order: each row's values picked in it, in C.
        order = [list(names).index(name) for name in compiled.positiontup or names]
        self._reordered: Callable[[tuple], tuple] | None = None
        if order != list(range(len(names))):
            self._reordered = itemgetter(*order)

    def write(self, rows: Sequence[tuple]) -> None:
        """Insert ``rows``, each a tuple in the order of the names given."""
        if not rows:
            return
        if self._copy is None:
            if self._reordered is not None:
                rows = list(map(self._reordered, rows))
            self._connection.exec_driver_sql(self._sql, rows)  # type: ignore[arg-type]
            return
        raw: Any = self._connection.connection.dbapi_connection  # psycopg's own connection
        with raw.cursor() as cursor, cursor.copy(self._copy) as copy:
            for row in rows:
                copy.write_row(row)


class _HashBits:
    """A set of texts that may answer yes for a text not in it, never no for one in it: a
    bit for each, the one their hash picks among 2**23 (1 MiB, whatever their number). At
    200,000 texts one text in 40 not in it is said to be; a million, one in nine."""

    _MASK = (1 << 23) - 1

    def __init__(self) -> None:
        self._bits = bytearray((self._MASK + 1) >> 3)

    def add(self, texts: Iterable[str]) -> None:
        bits, mask = self._bits, self._MASK
        for text in texts:
            bit = hash(text) & mask
            bits[bit >> 3] |= 1 << (bit & 7)

    def maybe(self, texts: Iterable[str]) -> list[str]:
        """Those of ``texts`` that may be in the set."""
        bits, mask = self._bits, self._MASK
        found = []
        for text in texts:
            bit = hash(text) & mask
            if bits[bit >> 3] >> (bit & 7) & 1:
                found.append(text)
        return found


class BulkWriter:
    """Inserts keyed events through one open connection and transaction.

    The events come from the readers, which validated each (and named the file, line and
    field of every rejected row), so they are not checked again here. Their rows come made
    (:class:`StoredRows`), each event's id chosen before it is written, so that writing
    them is nothing but SQL: on SQLite the ids from :attr:`first_id` on, which the
    transaction's write lock keeps ours; on PostgreSQL each is replaced by the next of the
    table's sequence as it is written (COPY returns no ids)."""

    def __init__(self, connection: Connection, text_index: DeferredTextIndex) -> None:
        self._connection = connection
        self._text_index = text_index
        self._postgresql = _is_postgresql(connection)
        empty = (
            not self._postgresql
            and not connection.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM events)").scalar_one()
        )
        #: The id of the first event this import writes, and of each next one (gaps left by
        #: rows not written, as any deleted event leaves one): never a deleted event's.
        self.first_id = 1 if self._postgresql else next_event_id(connection)
        #: When the events it writes were made: one time for the whole import.
        self.now = stored_time(datetime.now(UTC).replace(tzinfo=None))
        #: Into a table empty at the start (SQLite: no other writer until this transaction
        #: ends), the keys written so far, as bits of their hashes: a key whose bit is not
        #: set is not stored, without asking the table (a tenth of a second at 200,000
        #: events). None: the table is asked about every key.
        self._written = _HashBits() if empty else None
        self._events = _TupleInsert(connection, _EVENTS, EVENT_ROW_COLUMNS)
        self._countries = _TupleInsert(connection, _COUNTRIES, COUNTRY_ROW_COLUMNS)
        self._participants = _TupleInsert(connection, _PARTICIPANTS, PARTICIPANT_ROW_COLUMNS)
        self._sources = _TupleInsert(connection, _SOURCES, SOURCE_ROW_COLUMNS)
        self._tags = _TupleInsert(connection, _TAGS, TAG_ROW_COLUMNS)

    def present(self, keys: Collection[str]) -> set[str]:
        """The keys already stored, including those this transaction has written."""
        if self._written is not None:
            keys = self._written.maybe(keys)
            if not keys:
                return set()
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

    def write(self, rows: StoredRows) -> None:
        """Insert the rows of valid events whose keys are known to be new, their ids from
        :attr:`first_id` on, in increasing order."""
        if not rows.events:
            return
        if self._postgresql:
            rows = self._renumbered(rows)
        self._events.write(rows.events)
        self._countries.write(rows.countries)
        self._participants.write(rows.participants)
        self._sources.write(rows.sources)
        self._tags.write(rows.tags)
        if self._written is not None:
            self._written.add([row[_KEY] for row in rows.events])
        if not self._postgresql:
            self._text_index.take(rows.events[-1][0])

    def _renumbered(self, rows: StoredRows) -> StoredRows:
        """The rows with each event's id the next of the table's sequence."""
        query = (
            "SELECT nextval(pg_get_serial_sequence('events', 'id')) "
            "FROM generate_series(1, %(count)s)"
        )
        fresh = self._connection.exec_driver_sql(query, {"count": len(rows.events)}).scalars()
        ids = dict(zip((row[0] for row in rows.events), fresh, strict=True))
        renumbered = StoredRows()
        for name in StoredRows.__slots__:
            setattr(renumbered, name, [(ids[row[0]], *row[1:]) for row in getattr(rows, name)])
        return renumbered


#: SQLite's page cache during an import, 64 MiB: the indexes of a growing table stay in
#: memory instead of being read back for every row. Then its default again (2 MiB), which the
#: app never changes otherwise. Constants: no SQL is built from strings.
_IMPORT_CACHE = "PRAGMA cache_size = -65536"
_USUAL_CACHE = "PRAGMA cache_size = -2000"


@contextmanager
def _roomy_cache(connection: Connection) -> Iterator[None]:
    """A larger page cache on this connection for the block, then the usual one again."""
    if _is_postgresql(connection):
        yield
        return
    connection.exec_driver_sql(_IMPORT_CACHE)
    try:
        yield
    finally:
        # Not on a connection an interrupt inside a statement (Ctrl-C) made SQLAlchemy
        # drop: its cache went with it, and a statement on it would fail in the interrupt's
        # place ("the import could not be written" instead of cancelled).
        if not connection.invalidated:
            connection.exec_driver_sql(_USUAL_CACHE)


#: An import into an empty file writes through a rollback journal, then WAL again (see
#: _journal_for_a_first_load). Constants: no SQL is built from strings.
_ROLLBACK_JOURNAL = "PRAGMA journal_mode=DELETE"
_WAL = "PRAGMA journal_mode=WAL"
#: sqlitefile.FIRST_LOAD_ID: what tells a look at the file after a kill that the hot journal
#: beside it is this app's import, to roll back.
_MARKED = "PRAGMA application_id = 1146375217"
#: In DELETE mode the commit is the journal's deletion: EXTRA syncs the folder after it, so
#: that a power cut cannot bring the journal back (and the import with it).
_SYNC_THE_DELETION = "PRAGMA synchronous=EXTRA"
_USUAL_SYNC = "PRAGMA synchronous=FULL"
_NO_WAIT = "PRAGMA busy_timeout = 0"
#: The wait every connection of the app has (sqlitefile.LOCK_WAIT_SECONDS, in ms).
_USUAL_WAIT = "PRAGMA busy_timeout = 5000"


@contextmanager
def _journal_for_a_first_load(connection: Connection) -> Iterator[None]:
    """Into an empty SQLite file that no other connection has open, the block's writes go
    through a rollback journal instead of the WAL, and WAL is the file's mode again after.

    Through the WAL every page an import writes is written twice: into the WAL, then copied
    into the file by the checkpoint after the commit (the 290 MB of a GDELT file's 205,000
    events), and the WAL's index is searched for every page read back. A rollback journal
    keeps only the pages the file had before, which an empty file hardly has: each page is
    written once, into the file (the importer's processor time 6.05 -> 5.54 s on that file).
    A kill still leaves the file as it was: the journal, hot, is rolled back when the file is
    next opened, known as this app's by the mark in the file's header. The price: once rows
    reach the file, and until the commit, another program cannot open it (it is told the file
    is locked), where through the WAL it would see it empty. A file another connection has
    open keeps its WAL (the window's imports: it watches the file through a connection of
    its own): SQLite refuses to leave WAL while any other is open, and that refusal is asked
    for without waiting."""
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        yield
        return
    raw.execute(_NO_WAIT)
    try:
        rollback_journal = _left_wal_if_empty(raw)
    except sqlite3.Error:  # locked: another connection has the file open (or writes it)
        rollback_journal = False
    finally:
        raw.execute(_USUAL_WAIT)
    if not rollback_journal:
        yield
        return
    raw.execute(_SYNC_THE_DELETION)
    try:
        yield
    finally:
        # The rows are committed (or rolled back) by now: a file that cannot go back to WAL
        # this moment (another program reading it) goes back when a connection is next made
        # to it (each sets WAL); this one then writes through a rollback journal until then.
        with suppress(sqlite3.Error):
            raw.execute(_USUAL_SYNC)
            raw.execute(_WAL).fetchone()


def _left_wal_if_empty(raw: sqlite3.Connection) -> bool:
    """Whether the file held no event and, marked as this app's first load, left WAL."""
    if raw.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None:
        return False
    raw.execute(_MARKED)
    return bool(raw.execute(_ROLLBACK_JOURNAL).fetchone()[0] == "delete")


#: The secondary indexes of the tables an import fills, which it may build at its end, each
#: with the statement that drops it (constants: no SQL is built from strings). The source
#: key's index stays: the writer asks it which rows are stored.
_DEFERRABLE = {
    "ix_events_start_end": "DROP INDEX ix_events_start_end",
    "ix_events_kind_start": "DROP INDEX ix_events_kind_start",
    "ix_events_status": "DROP INDEX ix_events_status",
    "ix_events_agreement": "DROP INDEX ix_events_agreement",
    "ix_event_countries_country": "DROP INDEX ix_event_countries_country",
    "ix_participants_event_id": "DROP INDEX ix_participants_event_id",
    "ix_sources_event_id": "DROP INDEX ix_sources_event_id",
}


#: Those of them an import fills in no particular order (days, kinds, the partner country of
#: each event), which cost the most to keep in step: each row goes to another page of them.
#: The others (the status, the agreement, the event of a country or source) grow at their
#: end, as the ids do.
SCATTERED = frozenset({"ix_events_start_end", "ix_events_kind_start", "ix_event_countries_country"})


@contextmanager
def _deferred_indexes(connection: Connection, names: Collection[str]) -> Iterator[None]:
    """Into an empty database (a first import, the one that loads years of data), the
    secondary indexes ``names`` of the tables an import fills are dropped inside the
    caller's transaction and built again at the block's end: sorting each once costs less
    than keeping it in step row by row (a fifth of an import's SQLite time). A database that
    holds events keeps them, as their rebuilding would cost what it holds. A kill or an
    error rolls the drop back with the rows; nothing is restored here on an exception."""
    if (
        _is_postgresql(connection)
        or connection.exec_driver_sql("SELECT 1 FROM events LIMIT 1").first()
    ):
        yield
        return
    creates = []
    for name, drop in _DEFERRABLE.items():
        if name not in names:
            continue
        create = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).scalar()
        if create is not None:
            connection.exec_driver_sql(drop)
            creates.append(create)
    yield
    if creates:
        with _sorted_beside(connection):
            for create in creates:
                connection.exec_driver_sql(create)


#: SQLite sorts an index's entries in memory as long as they fit in its page cache; in runs
#: of a smaller cache's size, each run is sorted by a helper thread while the next is read,
#: and the runs merged. At an import's end nothing else runs beside the builds (the reading
#: process has ended): the three scattered indexes of the GDELT file's 205,343 events took
#: 0.33-0.35 s of wall instead of 0.46-0.50 with runs of 2 MiB and two helpers (0.56-0.59
#: processor seconds instead of 0.46); the whole import 6.43 s instead of 6.66 (medians of
#: six turn-about pairs). Constants: no SQL is built from strings.
_SORT_RUNS_CACHE = "PRAGMA cache_size = -2048"
_SORT_HELPERS = "PRAGMA threads = 2"
_NO_SORT_HELPERS = "PRAGMA threads = 0"


@contextmanager
def _sorted_beside(connection: Connection) -> Iterator[None]:
    """The block's index builds sorted by helper threads where a second processor may
    run them; then, whatever ended the block (a full disk while sorting), no helpers on the
    connection the app goes on with, and the import's page cache again (the builds run in
    :func:`_roomy_cache`'s block, which puts the usual one back after), for the text
    index's last rows."""
    if not two_processors_at_least():
        yield
        return
    connection.exec_driver_sql(_SORT_RUNS_CACHE)
    connection.exec_driver_sql(_SORT_HELPERS)
    try:
        yield
    finally:
        if not connection.invalidated:  # as in _roomy_cache: an interrupt dropped it
            connection.exec_driver_sql(_NO_SORT_HELPERS)
            connection.exec_driver_sql(_IMPORT_CACHE)


def _deferred(indexes_at_end: bool, scattered_at_end: bool) -> Collection[str]:
    """The indexes an import drops and builds at its end (see :func:`bulk_transaction`):
    every one it may, the scattered ones only, or none."""
    if indexes_at_end:
        return _DEFERRABLE.keys()
    return SCATTERED if scattered_at_end else ()


@contextmanager
def bulk_transaction(
    database: Database, indexes_at_end: bool = True, scattered_at_end: bool = True
) -> Iterator[BulkWriter]:
    """One transaction for a whole import: committed on a normal exit, rolled back on any
    exception (a cancel included); the text index takes each batch once written. A database
    error (locked by another writer, the same rows added meanwhile by another import)
    becomes a StoreError saying nothing was saved.

    ``indexes_at_end``: into an empty database, the secondary indexes are built once at the
    end (:func:`_deferred_indexes`). Otherwise (another process reads the rows) only the
    SCATTERED ones are: the others cost little to keep in step while the rows come, and
    leave less to do once the last row is in; the scattered ones cost the importer more in
    step than the reading process takes to make the rows (the GDELT MA file, processor
    seconds of the importer: 5.8 while the rows come and 0.5 after the last, against 4.7 and
    1.1 with them built at the end, 4.4 and 1.3 with all built at the end).
    ``scattered_at_end`` False keeps those in step too, for a file whose reading process is
    the slower half (our CSV): the importer waits for its rows anyway, so keeping them in
    step costs it time it would spend waiting, and after the last row it has only the text
    index's last rows and the commit left."""
    if database.read_only:
        why = database.read_only_why or ReadOnly(ReadOnlyReason.OPENED_READ_ONLY)
        raise WriteRefusedError(why.nothing_imported, about=database.target.label)
    try:
        # A writing transaction: on SQLite it waits for the write lock at its start rather
        # than failing when another program saves between its first look and its first row.
        with (
            database.writing_engine.connect() as connection,
            _journal_for_a_first_load(connection),
            connection.begin(),
            _roomy_cache(connection),
            deferred_text_index(connection) as text_index,
            _deferred_indexes(connection, _deferred(indexes_at_end, scattered_at_end)),
            stamp_renewed_once(connection),
        ):
            yield BulkWriter(connection, text_index)
    except SQLAlchemyError as error:
        reason = system_reason(error)
        raise StoreError(
            message("store.import_not_written", error=reason), about=database.target.label
        ) from error


def present_keys(database: Database, keys: Collection[str]) -> set[str]:
    """Which of ``keys`` are stored already (a read-only look for previews)."""
    with database.engine.connect() as connection:
        return _present(connection, keys)
