"""On PostgreSQL, the history of every change is written by the server, whoever makes it.

Until now the app wrote each ``event_history`` row itself, so an editor changing ``events``
through psql left no trace. Triggers now record every change to an event or to its
countries, participants, sources and tags, with the same content the app wrote: the action,
the event's version, the database user, the time (UTC), and the whole record before and
after as JSON (the record form of timeline.domain.records). Within one transaction the
first change to an event keeps its state before (``event_history_pending``); at commit a
deferred trigger writes one history row per event changed, with its state after. A direct
``UPDATE events`` that leaves ``version`` as it was gets the next version, so that the app
sees the change as a conflict rather than overwriting it. SQLite files keep the history
written by the app (one program writes a file at a time, in the same transaction).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

POSTGRESQL_STATEMENTS = (
    """
    CREATE TABLE event_history_pending (
        txid bigint NOT NULL,
        event_id integer NOT NULL,
        version integer,
        before text,
        PRIMARY KEY (txid, event_id)
    )
    """,
    # The event as the app's record (timeline.domain.records.to_record). The place and the
    # parts are taken column by column (``place_city_ar`` is the place's ``city_ar``), so a
    # column added to them later joins the record without another migration.
    """
    CREATE FUNCTION timeline_event_record(wanted integer) RETURNS text
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
    )::text
    FROM events e WHERE e.id = wanted
    $$
    """,
    # Before a row of an event changes: keep the event's state, once per transaction.
    """
    CREATE FUNCTION timeline_history_before() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        changed integer;
    BEGIN
        IF TG_TABLE_NAME = 'events' THEN
            changed := CASE WHEN TG_OP = 'INSERT' THEN NEW.id ELSE OLD.id END;
            IF TG_OP = 'UPDATE' AND NEW.version IS NOT DISTINCT FROM OLD.version THEN
                NEW.version := OLD.version + 1;
                NEW.updated_at := now() AT TIME ZONE 'UTC';
            END IF;
        ELSE
            changed := CASE WHEN TG_OP = 'INSERT' THEN NEW.event_id ELSE OLD.event_id END;
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
    """,
    # At commit: one history row for each event changed, with its state after.
    """
    CREATE FUNCTION timeline_history_write() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        changed integer;
        old_version integer;
        old_record text;
        new_version integer;
        new_record text;
        action text;
    BEGIN
        IF TG_TABLE_NAME = 'events' THEN
            changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
        ELSE
            changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.event_id ELSE NEW.event_id END;
        END IF;
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
    """,
)


#: On the events and on each table of their parts: keep the state before, write at commit.
TRIGGERS = (
    "CREATE TRIGGER events_history_before BEFORE INSERT OR UPDATE OR DELETE "
    "ON events FOR EACH ROW EXECUTE FUNCTION timeline_history_before()",
    "CREATE CONSTRAINT TRIGGER events_history AFTER INSERT OR UPDATE OR DELETE "
    "ON events DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION timeline_history_write()",
    "CREATE TRIGGER event_countries_history_before BEFORE INSERT OR UPDATE OR DELETE "
    "ON event_countries FOR EACH ROW EXECUTE FUNCTION timeline_history_before()",
    "CREATE CONSTRAINT TRIGGER event_countries_history AFTER INSERT OR UPDATE OR DELETE "
    "ON event_countries DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION timeline_history_write()",
    "CREATE TRIGGER participants_history_before BEFORE INSERT OR UPDATE OR DELETE "
    "ON participants FOR EACH ROW EXECUTE FUNCTION timeline_history_before()",
    "CREATE CONSTRAINT TRIGGER participants_history AFTER INSERT OR UPDATE OR DELETE "
    "ON participants DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION timeline_history_write()",
    "CREATE TRIGGER sources_history_before BEFORE INSERT OR UPDATE OR DELETE "
    "ON sources FOR EACH ROW EXECUTE FUNCTION timeline_history_before()",
    "CREATE CONSTRAINT TRIGGER sources_history AFTER INSERT OR UPDATE OR DELETE "
    "ON sources DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION timeline_history_write()",
    "CREATE TRIGGER event_tags_history_before BEFORE INSERT OR UPDATE OR DELETE "
    "ON event_tags FOR EACH ROW EXECUTE FUNCTION timeline_history_before()",
    "CREATE CONSTRAINT TRIGGER event_tags_history AFTER INSERT OR UPDATE OR DELETE "
    "ON event_tags DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION timeline_history_write()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (*POSTGRESQL_STATEMENTS, *TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
