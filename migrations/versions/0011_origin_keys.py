"""An origin key for every event, those entered by hand too.

Until now only an imported event had a ``source_key``: an event entered by hand, exported and
imported back into its own database was added a second time, and an imported event deleted
and put back (undo, or its history) lost its key, so that importing its file again added it
twice. Every event without a key gets a random one (``native:`` and 32 hex digits, as
:func:`timeline.domain.origin.entered_key` makes); the app gives each new one its own. Versions
and times are left alone, and on PostgreSQL no history is written: this is not anyone's edit.

On PostgreSQL the server-side history's record of an event (migration 0009) now holds its
key, as the app's does (``timeline.store.snapshot``), so that an event deleted with psql and
put back from its history keeps it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SQLITE_KEYS = (
    "UPDATE events SET source_key = 'native:' || lower(hex(randomblob(16))) "
    "WHERE source_key IS NULL"
)
POSTGRESQL_KEYS = (
    "UPDATE events SET source_key = 'native:' || md5(random()::text || clock_timestamp()::text "
    "|| id::text) WHERE source_key IS NULL"
)
#: Migration 0006's triggers, which would record the keys given as edits and bump versions.
HISTORY_OFF = (
    "ALTER TABLE events DISABLE TRIGGER events_history_before",
    "ALTER TABLE events DISABLE TRIGGER events_history",
)
HISTORY_ON = (
    "ALTER TABLE events ENABLE TRIGGER events_history_before",
    "ALTER TABLE events ENABLE TRIGGER events_history",
)

#: migration 0009's record, with the event's origin key (absent when none).
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
        || jsonb_strip_nulls(jsonb_build_object('agreement', e.agreement_id,
                                                'agreement_step', e.agreement_step,
                                                'agreement_party', e.agreement_party,
                                                'source_key', e.source_key))
        || coalesce((SELECT jsonb_build_object('links', jsonb_agg(
                                jsonb_build_object('kind', l.kind, 'to', l.target_id)
                                ORDER BY l.id))
                     FROM event_links l WHERE l.source_id = e.id
                     HAVING count(*) > 0), '{}'::jsonb)
    )::text
    FROM events e WHERE e.id = wanted
    $$
    """


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute(SQLITE_KEYS)
        return
    for statement in (*HISTORY_OFF, POSTGRESQL_KEYS, *HISTORY_ON, RECORD_FUNCTION):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
