"""Agreements as threads of events, and links in the history.

A new table, ``agreements`` (its id such as ``ma-kz-visa-waiver``, its kind, its parties and
its title in Arabic, English and French), and three columns on ``events``: the agreement an
event is a step of, the step (signed, ratified, in force…) and, for an approval or a
ratification, the party. Every existing event is a step of none. Versions and times are
left alone: this is not anyone's edit.

On PostgreSQL the server-side history (migration 0006) builds each event's record: the
record now holds the agreement fields (absent when none) and the links going out of the
event (``links``: absent when none), and a link made or removed, by the app or with psql, is
recorded as a change of the event it goes out of, like a change of its participants.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: migration 0007's record, with the agreement fields and the links going out.
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
                                                'agreement_party', e.agreement_party))
        || coalesce((SELECT jsonb_build_object('links', jsonb_agg(
                                jsonb_build_object('kind', l.kind, 'to', l.target_id)
                                ORDER BY l.id))
                     FROM event_links l WHERE l.source_id = e.id
                     HAVING count(*) > 0), '{}'::jsonb)
    )::text
    FROM events e WHERE e.id = wanted
    $$
    """

#: migration 0006's functions, told that a link belongs to the event it goes out of.
CHANGED_EVENT = """
    CREATE OR REPLACE FUNCTION timeline_changed_event(tg_table text, row_data jsonb)
    RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT (row_data ->> CASE tg_table WHEN 'events' THEN 'id'
                                       WHEN 'event_links' THEN 'source_id'
                                       ELSE 'event_id' END)::integer
    $$
    """

BEFORE_FUNCTION = """
    CREATE OR REPLACE FUNCTION timeline_history_before() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        changed integer;
    BEGIN
        changed := timeline_changed_event(
            TG_TABLE_NAME, to_jsonb(CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END));
        IF TG_TABLE_NAME = 'events' AND TG_OP = 'UPDATE' THEN
            -- Nested: PL/pgSQL may read NEW.version of a row that has none otherwise.
            IF NEW.version IS NOT DISTINCT FROM OLD.version THEN
                NEW.version := OLD.version + 1;
                NEW.updated_at := now() AT TIME ZONE 'UTC';
            END IF;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM event_history_pending
                       WHERE txid = txid_current() AND event_id = changed) THEN
            INSERT INTO event_history_pending (txid, event_id, version, before)
            SELECT txid_current(), changed, e.version, timeline_event_record(changed)
            FROM (SELECT 1) AS one LEFT JOIN events e ON e.id = changed;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END
    $$
    """

WRITE_FUNCTION = """
    CREATE OR REPLACE FUNCTION timeline_history_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        changed integer;
        old_version integer;
        old_record text;
        new_version integer;
        new_record text;
        action text;
    BEGIN
        changed := timeline_changed_event(
            TG_TABLE_NAME, to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END));
        DELETE FROM event_history_pending
        WHERE txid = txid_current() AND event_id = changed
        RETURNING version, before INTO old_version, old_record;
        IF NOT FOUND THEN
            RETURN NULL;  -- written already, by the trigger of another row of this event
        END IF;
        SELECT e.version, timeline_event_record(e.id) INTO new_version, new_record
        FROM events e WHERE e.id = changed;
        IF old_record IS NULL AND new_record IS NULL THEN
            RETURN NULL;  -- made and removed within the transaction
        ELSIF old_record IS NULL THEN
            action := CASE WHEN EXISTS (SELECT 1 FROM event_history WHERE event_id = changed)
                           THEN 'restore' ELSE 'create' END;
        ELSIF new_record IS NULL THEN
            action := 'delete';
        ELSE
            action := 'edit';
        END IF;
        INSERT INTO event_history (event_id, version, action, who, at, before, after)
        VALUES (changed, coalesce(new_version, old_version), action, current_user,
                now() AT TIME ZONE 'UTC', old_record, new_record);
        RETURN NULL;
    END
    $$
    """

LINK_TRIGGERS = (
    "CREATE TRIGGER event_links_history_before BEFORE INSERT OR UPDATE OR DELETE "
    "ON event_links FOR EACH ROW EXECUTE FUNCTION timeline_history_before()",
    "CREATE CONSTRAINT TRIGGER event_links_history AFTER INSERT OR UPDATE OR DELETE "
    "ON event_links DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION timeline_history_write()",
)


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        # The parties' ISO codes, sorted, separated by ";": ``KZ;MA``.
        sa.Column("parties", sa.String(200), nullable=False),
        sa.Column("title_ar", sa.Text(), nullable=False, server_default=""),
        sa.Column("title_en", sa.Text(), nullable=False, server_default=""),
        sa.Column("title_fr", sa.Text(), nullable=False, server_default=""),
    )
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("agreement_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("agreement_step", sa.String(20), nullable=True))
        batch.add_column(sa.Column("agreement_party", sa.String(2), nullable=True))
    # A thread is read by its agreement: the briefing's table, the timeline's connectors.
    op.create_index("ix_events_agreement", "events", ["agreement_id"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in (
            RECORD_FUNCTION,
            CHANGED_EVENT,
            BEFORE_FUNCTION,
            WRITE_FUNCTION,
            *LINK_TRIGGERS,
        ):
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
