"""The SQLite text index (FTS5, trigrams) filled a batch at a time by a bulk write.

Kept in step row by row, the index costs an import most of its time: its insert trigger
tokenises every row into the index as it comes, about eight times slower than one
``INSERT ... SELECT`` over many rows. So a bulk write drops the trigger inside its own
transaction, puts the new rows into the index with one statement each time some thousands
are written (an import read by a second process fills the index while that process reads
on), and puts the trigger back before it commits: a crash or a cancel rolls all of it back
with the rows, and no reader ever sees the table without its index. The index's settings,
changed while it is filled, are put back in the same transaction too.

FTS5 writes what one statement gave it as a new segment when the statement ends (SQLite
3.40 flushes at each statement's savepoint), and merges a level's segments into one once
there are 16: a statement per batch of 2,000 rows made a hundred segments of the 205,000
events of a GDELT file and merged them all once more. A statement every 16,000 rows, with
room in memory for what it gathers, makes thirteen and merges none: the filling's
processor time about 2.0-2.6 s instead of 3.0-4.7 (turn about), the same queries as fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from timeline.store.triggers import trigger_set_aside

_SET_AUTOMERGE = "INSERT INTO events_fts(events_fts, rank) VALUES ('automerge', ?)"
_SET_HASHSIZE = "INSERT INTO events_fts(events_fts, rank) VALUES ('hashsize', ?)"
_SETTING = "SELECT v FROM events_fts_config WHERE k = ?"
#: FTS5's own settings, put back where the file had none.
_DEFAULTS = {"automerge": 4, "hashsize": 1 << 20}
#: New rows the index takes in one statement, and the memory FTS5 may gather them in before
#: it writes them out (16,000 GDELT events fit; rows of longer texts are written out at
#: 16 MiB, so memory stays bounded whatever the rows hold).
ROWS_PER_FILL = 16_000
_IMPORT_HASHSIZE = 16 << 20
_LAST_ID = "SELECT coalesce(max(id), 0) FROM events"
_FILL = (
    "INSERT INTO events_fts(rowid, search_text) SELECT id, search_text FROM events "
    "WHERE id > ? AND id <= ?"
)


class DeferredTextIndex:
    """Which of the rows written in the block the index has taken: all up to ``done``."""

    def __init__(self, connection: Connection | None, last_id: int) -> None:
        self._connection = connection  # None: nothing to fill (no index, or PostgreSQL)
        self.done = last_id

    def take(self, up_to: int) -> None:
        """Index the rows with ids above those taken so far, up to ``up_to``, once
        ROWS_PER_FILL of them wait."""
        if up_to - self.done >= ROWS_PER_FILL:
            self.finish(up_to)

    def finish(self, up_to: int) -> None:
        """Index every row with an id above those taken so far, up to ``up_to``."""
        if self._connection is None or up_to <= self.done:
            return
        self._connection.exec_driver_sql(_FILL, (self.done, up_to))
        self.done = up_to


@contextmanager
def deferred_text_index(connection: Connection) -> Iterator[DeferredTextIndex]:
    """Within the caller's transaction: rows inserted in the block are indexed when the
    caller says (:meth:`DeferredTextIndex.take`), and any left at the block's end.

    A no-op on PostgreSQL (its trigram index is a plain index) and on SQLite files without
    the FTS5 index. On an exception nothing is restored here: the caller rolls back.
    """
    with trigger_set_aside(connection, "events_fts_insert") as set_aside:
        if not set_aside:
            yield DeferredTextIndex(None, 0)
            return
        last_id = connection.exec_driver_sql(_LAST_ID).scalar_one()
        usual = {name: connection.exec_driver_sql(_SETTING, (name,)).scalar() for name in _DEFAULTS}
        # Without merging as it goes (a third of the filling's time): FTS5 still merges a
        # level once it holds 16 segments, so searches stay quick, and later writes merge as
        # before.
        connection.exec_driver_sql(_SET_AUTOMERGE, (0,))
        connection.exec_driver_sql(_SET_HASHSIZE, (_IMPORT_HASHSIZE,))
        index = DeferredTextIndex(connection, last_id)
        yield index
        index.finish(connection.exec_driver_sql(_LAST_ID).scalar_one())
        for name, statement in (("automerge", _SET_AUTOMERGE), ("hashsize", _SET_HASHSIZE)):
            value = usual[name]
            connection.exec_driver_sql(statement, (_DEFAULTS[name] if value is None else value,))
