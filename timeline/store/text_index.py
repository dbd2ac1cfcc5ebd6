"""The SQLite text index (FTS5, trigrams) filled a batch at a time by a bulk write.

Kept in step row by row, the index costs an import most of its time: its insert trigger
tokenises every row into the index as it comes, about eight times slower than one
``INSERT ... SELECT`` over many rows. So a bulk write drops the trigger inside its own
transaction, puts each batch's new rows into the index with one statement once the batch
is written (FTS5 gathers them in memory across statements, so batches cost what one
statement over them all costs, and an import read by a second process fills the index
while that process reads on), and puts the trigger back before it commits: a crash or a
cancel rolls all of it back with the rows, and no reader ever sees the table without its
index. The index's merge setting, off while it is filled, is in the same transaction too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from timeline.store.triggers import trigger_set_aside

_SET_AUTOMERGE = "INSERT INTO events_fts(events_fts, rank) VALUES ('automerge', ?)"
_DEFAULT_AUTOMERGE = 4  # FTS5's own
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
        """Index the rows with ids above those taken so far, up to ``up_to``."""
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
        # Without merging as it goes (a third of the filling's time): FTS5 still merges a
        # level once it holds 16 segments, so searches stay quick, and later writes merge as
        # before.
        merge = connection.exec_driver_sql(
            "SELECT v FROM events_fts_config WHERE k = 'automerge'"
        ).scalar()
        connection.exec_driver_sql(_SET_AUTOMERGE, (0,))
        index = DeferredTextIndex(connection, last_id)
        yield index
        index.take(connection.exec_driver_sql(_LAST_ID).scalar_one())
        connection.exec_driver_sql(
            _SET_AUTOMERGE, (_DEFAULT_AUTOMERGE if merge is None else merge,)
        )
