"""The change stamp (migration 0010) in a bulk write: renewed once, not row by row.

Any trigger on inserts into ``events``, even one whose body never runs, costs SQLite about
12 µs a row in an INSERT of many rows (twice the row's own insert, measured with the
events table's indexes), more than a fast import can give. So a bulk write drops the stamp's
insert trigger inside its own transaction and, before it commits, gives the stamp a new
value and makes the trigger again: a crash or a cancel rolls all three back with the rows,
and no other connection ever sees the table without its trigger.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection


@contextmanager
def stamp_renewed_once(connection: Connection) -> Iterator[None]:
    """Within the caller's transaction: events inserted in the block move the stamp once, at
    its end. A no-op on PostgreSQL and in files without the stamp; on an exception nothing
    is restored here: the caller rolls back."""
    if connection.dialect.name != "sqlite":
        yield
        return
    # DDL does not open a transaction in Python's sqlite3: open one, so the drop is in it.
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'change_stamp_insert'"
    ).scalar()
    if create is None:
        yield
        return
    connection.exec_driver_sql("DROP TRIGGER change_stamp_insert")
    yield
    connection.exec_driver_sql("UPDATE change_stamp SET stamp = random()")
    connection.exec_driver_sql(create)
