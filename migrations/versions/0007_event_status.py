"""Every event has a status: announced, held, postponed or cancelled.

Adds ``events.status``; every existing event was recorded because it happened, so it is
"held". On PostgreSQL the server-side history (migration 0006) builds the event's record
column by column: its function is replaced so that the record holds the status as the app
writes it (timeline.domain.records: absent when held). Versions and times are left alone:
this is not anyone's edit.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: migration 0006's record, with the status beside the host.
RECORD_FUNCTION = """
    CREATE OR REPLACE FUNCTION timeline_event_record(wanted integer) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT (
        jsonb_build_object(
            'id', e.id,
            'kind', e.kind,
            'countries', coalesce((SELECT jsonb_agg(c.country ORDER BY c.country)
                                   FROM event_countries c WHERE c.event_id = e.id), '[]'),
            'date', e.date_edtf,
            'title_ar', e.title_ar,
            'title_en', e.title_en,
            'title_fr', e.title_fr,
            'summary', e.summary,
            'place', (SELECT jsonb_object_agg(substr(field.key, 7), field.value)
                      FROM jsonb_each(to_jsonb(e)) AS field
                      WHERE field.key LIKE 'place\\_%'),
            'participants', coalesce((SELECT jsonb_agg(to_jsonb(p) - 'id' - 'event_id'
                                                       - 'position' ORDER BY p.position)
                                      FROM participants p WHERE p.event_id = e.id), '[]'),
            'sources', coalesce((SELECT jsonb_agg(to_jsonb(s) - 'id' - 'event_id'
                                                  - 'position' ORDER BY s.position)
                                 FROM sources s WHERE s.event_id = e.id), '[]'),
            'tags', coalesce((SELECT jsonb_agg(t.tag ORDER BY t.position)
                              FROM event_tags t WHERE t.event_id = e.id), '[]')
        )
        || CASE WHEN e.host IS NULL THEN '{}'::jsonb
                ELSE jsonb_build_object('host', e.host) END
        || CASE WHEN e.status = 'held' THEN '{}'::jsonb
                ELSE jsonb_build_object('status', e.status) END
    )::text
    FROM events e WHERE e.id = wanted
    $$
    """


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("status", sa.String(20), nullable=False, server_default="held"))
    # Few events are announced: the review finds them without reading every event.
    op.create_index("ix_events_status", "events", ["status"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(RECORD_FUNCTION)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
