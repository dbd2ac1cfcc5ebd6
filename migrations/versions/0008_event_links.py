"""Typed links between events: outcome of, follow-up to, on the sidelines of, rescheduled as.

A new table, ``event_links``, from a source event to a target event with the link's kind;
a link goes when either event is deleted. Nothing existing changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "source_id",
            sa.Integer(),
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "target_id",
            sa.Integer(),
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.UniqueConstraint("source_id", "target_id", "kind", name="uq_event_links"),
    )
    op.create_index("ix_event_links_target", "event_links", ["target_id"])


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
