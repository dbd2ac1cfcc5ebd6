"""The history of every change, and on PostgreSQL a notification for every change.

``event_history`` keeps, for each create, edit, delete and restore, who made it, when, and the
whole record before and after as JSON text; it has no foreign key to ``events``, so that a
deleted event's history survives to restore it. On PostgreSQL a trigger on ``events`` calls
``pg_notify('timeline_events', id)`` for every inserted, updated or deleted row, so that
every open window can LISTEN and show a colleague's save within a second (SQLite windows
poll the file's data_version instead).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

POSTGRESQL_STATEMENTS = (
    """
    CREATE FUNCTION timeline_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify('timeline_events', OLD.id::text);
        ELSE
            PERFORM pg_notify('timeline_events', NEW.id::text);
        END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OR DELETE ON events "
    "FOR EACH ROW EXECUTE FUNCTION timeline_events_notify()",
)


def upgrade() -> None:
    op.create_table(
        "event_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("who", sa.String(255), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
    )
    op.create_index("ix_event_history_event", "event_history", ["event_id", "id"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
