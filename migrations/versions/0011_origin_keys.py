"""An origin key for every event, those entered by hand too.

Until now only an imported event had a ``source_key``: an event entered by hand, exported and
imported back into its own database was added a second time, and an imported event deleted
and put back (undo, or its history) lost its key, so that importing its file again added it
twice. Every event without a key gets the one an import of it gave it elsewhere: an export
wrote no key for it, and the database that imported the file keyed it by its content and id
(:func:`timeline.io.identity.content_key`). So the next exchange between the two databases,
its exports now carrying keys both ways, adds nothing it added before. A key some event holds
already (this database imported its own export) gives way to a random one, as the app gives
each new event (:func:`timeline.domain.origin.entered_key`). Versions and times are left
alone, and on PostgreSQL no history is written nor change announced: this is not anyone's
edit.

On PostgreSQL the server-side history's record of an event (migration 0009) now holds its
key, as the app's does (``timeline.store.snapshot``), so that an event deleted with psql and
put back from its history keeps it; and a row another program inserts without a key gets a
random one by default.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

import sqlalchemy as sa
from alembic import op

from timeline.domain.agreements import AgreementStep
from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.origin import entered_key
from timeline.domain.status import EventStatus
from timeline.io.identity import content_key

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: Events read and keyed at a time.
PAGE = 5000
LANGUAGES = ("ar", "en", "fr")
EVENTS = sa.table(
    "events",
    *(sa.column(name, sa.Text) for name in ("kind", "date_edtf", "host", "summary", "status")),
    *(sa.column(f"title_{language}", sa.Text) for language in LANGUAGES),
    *(sa.column(name, sa.Text) for name in ("place_city", "place_country")),
    *(sa.column(f"place_city_{language}", sa.Text) for language in LANGUAGES),
    *(sa.column(name, sa.Text) for name in ("agreement_id", "agreement_step", "agreement_party")),
    sa.column("id", sa.Integer),
    sa.column("source_key", sa.String),
)
COUNTRIES = sa.table("event_countries", sa.column("event_id"), sa.column("country"))
PARTICIPANTS = sa.table(
    "participants",
    sa.column("event_id"),
    sa.column("position"),
    *(sa.column(name, sa.Text) for name in ("name", "office", "country")),
    *(
        sa.column(f"{part}_{language}", sa.Text)
        for part in ("name", "office")
        for language in LANGUAGES
    ),
)
SOURCES = sa.table(
    "sources",
    sa.column("event_id"),
    sa.column("position"),
    sa.column("url", sa.Text),
    sa.column("outlet", sa.Text),
    sa.column("published", sa.Date),
)
TAGS = sa.table("event_tags", sa.column("event_id"), sa.column("position"), sa.column("tag"))

#: Migration 0006's triggers, which would record the keys given as edits and bump versions,
#: and migration 0004's, which would announce a change of every event keyed.
QUIET_OFF = (
    "ALTER TABLE events DISABLE TRIGGER events_history_before",
    "ALTER TABLE events DISABLE TRIGGER events_history",
    "ALTER TABLE events DISABLE TRIGGER events_notify",
)
QUIET_ON = (
    "ALTER TABLE events ENABLE TRIGGER events_history_before",
    "ALTER TABLE events ENABLE TRIGGER events_history",
    "ALTER TABLE events ENABLE TRIGGER events_notify",
)

#: A row written by another program (psql) gets a key of its own, as the app's rows do: one
#: entered by hand without it was added again when its export came back.
POSTGRESQL_DEFAULT_KEY = (
    "ALTER TABLE events ALTER COLUMN source_key "
    "SET DEFAULT ('native:' || md5(random()::text || clock_timestamp()::text))"
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


def _unkeyed(bind: sa.Connection) -> Iterator[Sequence[sa.Row]]:
    """The events without a key, a page at a time in id order (each page keyed before the
    next is read, which then no longer finds it)."""
    columns = [column for column in EVENTS.c if column.name != "source_key"]
    while True:
        query = sa.select(*columns).where(EVENTS.c.source_key.is_(None))
        rows = bind.execute(query.order_by(EVENTS.c.id).limit(PAGE)).all()
        if not rows:
            return
        yield rows


def _parts(bind: sa.Connection, table: sa.TableClause, ids: list[int]) -> dict[int, list[sa.Row]]:
    """``table``'s rows of the events ``ids``, by event, in their order."""
    query = sa.select(table).where(table.c.event_id.in_(ids))
    if "position" in table.c:
        query = query.order_by(table.c.event_id, table.c.position)
    rows = bind.execute(query).all()
    return {event_id: list(group) for event_id, group in groupby(rows, lambda row: row.event_id)}


def _forms(row: sa.Row, prefix: str) -> Forms:
    return Forms(*(getattr(row, f"{prefix}_{language}") for language in LANGUAGES))


def _event(row: sa.Row, parts: Sequence[dict[int, list[sa.Row]]]) -> Event:
    """The event as the store reads it (``repository._event_of``), as an export wrote it."""
    countries, participants, sources, tags = (part.get(row.id, []) for part in parts)
    return Event(
        id=row.id,
        kind=EventKind(row.kind),
        countries=tuple(country.country for country in countries),
        date=EventDate.from_edtf(row.date_edtf),
        title_ar=row.title_ar,
        title_en=row.title_en,
        title_fr=row.title_fr,
        summary=row.summary,
        host=row.host,
        place=Place(row.place_city, row.place_country, _forms(row, "place_city")),
        participants=tuple(
            Participant(p.name, p.office, p.country, _forms(p, "name"), _forms(p, "office"))
            for p in participants
        ),
        sources=tuple(Source(s.url, s.outlet, s.published) for s in sources),
        tags=tuple(tag.tag for tag in tags),
        status=EventStatus(row.status),
        agreement_id=row.agreement_id,
        agreement_step=AgreementStep(row.agreement_step) if row.agreement_step else None,
        agreement_party=row.agreement_party,
    )


def _key_every_event(bind: sa.Connection) -> None:
    for rows in _unkeyed(bind):
        ids = [row.id for row in rows]
        parts = [_parts(bind, table, ids) for table in (COUNTRIES, PARTICIPANTS, SOURCES, TAGS)]
        keys = {row.id: content_key(_event(row, parts)) for row in rows}
        held = _held(bind, list(keys.values()))
        changes = [
            {"key": event_id, "source_key": entered_key() if key in held else key}
            for event_id, key in keys.items()
        ]
        bind.execute(
            EVENTS.update()
            .where(EVENTS.c.id == sa.bindparam("key"))
            .values(source_key=sa.bindparam("source_key")),
            changes,
        )


def _held(bind: sa.Connection, keys: list[str]) -> set[str]:
    """Those of ``keys`` some event holds already."""
    query = sa.select(EVENTS.c.source_key).where(EVENTS.c.source_key.in_(keys))
    return {key for (key,) in bind.execute(query)}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        _key_every_event(bind)
        return
    for statement in QUIET_OFF:
        op.execute(statement)
    _key_every_event(bind)
    for statement in (*QUIET_ON, RECORD_FUNCTION, POSTGRESQL_DEFAULT_KEY):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
