"""A change stamp for SQLite files: a random number that every change of an event moves.

A one-row table, ``change_stamp``, and three triggers on ``events`` that give it a new
random value within the same transaction as any insert, update or delete, by this app or by
any other tool. The timeline keeps the columns of every event in a cache file
(timeline/view/columns.py), marked with the stamp they were read under: equal stamps mean
the same events, so a cache is used only while nothing has changed, and a backup put back
brings back its own stamp, never a newer file's. A random value rather than a counter,
because a counter would come round to the same number again after a restore. PostgreSQL
gets nothing: a server's columns are read from it at every opening.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SQLITE_STATEMENTS = (
    "CREATE TABLE change_stamp (id INTEGER PRIMARY KEY CHECK (id = 1), stamp INTEGER NOT NULL)",
    "INSERT INTO change_stamp (id, stamp) VALUES (1, random())",
    "CREATE TRIGGER change_stamp_insert AFTER INSERT ON events "
    "BEGIN UPDATE change_stamp SET stamp = random(); END",
    "CREATE TRIGGER change_stamp_update AFTER UPDATE ON events "
    "BEGIN UPDATE change_stamp SET stamp = random(); END",
    "CREATE TRIGGER change_stamp_delete AFTER DELETE ON events "
    "BEGIN UPDATE change_stamp SET stamp = random(); END",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
