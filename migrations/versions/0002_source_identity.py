"""The identity of imported rows: a nullable, unique ``events.source_key``.

An imported event keeps where it came from (``gdelt:1187…``, ``icews:…``, ``native:…``), so
re-importing the same file adds nothing. Events typed by hand have none (NULL), and NULLs
never collide in a unique index, on SQLite as on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite adds the column in place and Alembic copies the table only where a
    # dialect needs it; the definitions are frozen here, not read from the models.
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("source_key", sa.String(255), nullable=True))
        batch.create_index("ix_events_source_key", ["source_key"], unique=True)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
