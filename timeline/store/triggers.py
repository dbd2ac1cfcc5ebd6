"""SQLite insert triggers set aside inside a bulk write's transaction, put back at its end.

A trigger on inserts into ``events`` costs a many-row insert dearly (see text_index.py and
stamp.py), so a bulk write drops the ones whose work it does once for all rows. Dropped and
made again in the write's own transaction: a crash or a cancel rolls the drop back with the
rows, and no other connection ever sees the table without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

#: The triggers a bulk write sets aside, each with its drop statement (no SQL built from names).
_DROP = {
    "events_fts_insert": "DROP TRIGGER events_fts_insert",
    "change_stamp_insert": "DROP TRIGGER change_stamp_insert",
}


@contextmanager
def trigger_set_aside(connection: Connection, name: str) -> Iterator[bool]:
    """Within the caller's transaction: the trigger ``name`` dropped for the block and made
    again at its end. Yields whether it was: not on PostgreSQL, nor where the file has no
    such trigger. On an exception nothing is restored here: the caller rolls back."""
    if connection.dialect.name != "sqlite":
        yield False
        return
    # DDL does not open a transaction in Python's sqlite3: open one, so the drop is in it.
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).scalar()
    if create is None:
        yield False
        return
    connection.exec_driver_sql(_DROP[name])
    yield True
    connection.exec_driver_sql(create)
