"""The SQLite text index (FTS5, trigrams) filled once at the end of a bulk write.

Kept in step row by row, the index costs an import most of its time: its insert trigger
tokenises every row into the index as it comes, about eight times slower than one
``INSERT ... SELECT`` over the new rows at the end. So a bulk write drops the trigger inside
its own transaction, and puts the new rows into the index and the trigger back before it
commits: a crash or a cancel rolls all three back with the rows, and no reader ever sees
the table without its index. The index's merge setting, turned off for that one statement,
is in the same transaction too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

_SET_AUTOMERGE = "INSERT INTO events_fts(events_fts, rank) VALUES ('automerge', ?)"
_DEFAULT_AUTOMERGE = 4  # FTS5's own


@contextmanager
def deferred_text_index(connection: Connection) -> Iterator[None]:
    """Within the caller's transaction: rows inserted in the block are indexed at its end.

    A no-op on PostgreSQL (its trigram index is a plain index) and on SQLite files without
    the FTS5 index. On an exception nothing is restored here: the caller rolls back.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    # DDL does not open a transaction in Python's sqlite3: open one, so the drop is in it.
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'events_fts_insert'"
    ).scalar()
    if create is None:
        yield
        return
    last_id = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM events").scalar()
    connection.exec_driver_sql("DROP TRIGGER events_fts_insert")
    yield
    # Without merging as it goes (a third of the filling's time): FTS5 still merges a level
    # once it holds 16 segments, so searches stay quick, and later writes merge as before.
    merge = connection.exec_driver_sql(
        "SELECT v FROM events_fts_config WHERE k = 'automerge'"
    ).scalar()
    connection.exec_driver_sql(_SET_AUTOMERGE, (0,))
    connection.exec_driver_sql(
        "INSERT INTO events_fts(rowid, search_text) SELECT id, search_text FROM events "
        "WHERE id > ?",
        (last_id,),
    )
    connection.exec_driver_sql(_SET_AUTOMERGE, (_DEFAULT_AUTOMERGE if merge is None else merge,))
    connection.exec_driver_sql(create)
