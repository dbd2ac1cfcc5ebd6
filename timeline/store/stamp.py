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

from timeline.store.triggers import trigger_set_aside


@contextmanager
def stamp_renewed_once(connection: Connection) -> Iterator[None]:
    """Within the caller's transaction: events inserted in the block move the stamp once, at
    its end. A no-op on PostgreSQL and in files without the stamp; on an exception nothing
    is restored here: the caller rolls back."""
    with trigger_set_aside(connection, "change_stamp_insert") as set_aside:
        yield
        if set_aside:
            connection.exec_driver_sql("UPDATE change_stamp SET stamp = random()")
