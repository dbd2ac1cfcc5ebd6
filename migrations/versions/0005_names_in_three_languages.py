"""Places, participants' names and offices in Arabic, English and French, like titles.

Adds ``events.place_city_ar|en|fr`` and ``participants.name_ar|en|fr`` and
``office_ar|en|fr`` beside the forms already stored, which stay as they were (the form a
briefing falls back to). Existing data is filled in: a stored form in Arabic letters is also
the Arabic form; a city the bundled table knows (resources/data/places.csv), in any of its
forms, gets all three. The new forms join the normalised search text, so an old event is
found by the Arabic or French name of its city. Versions and times are left alone: this is
not anyone's edit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

from timeline.domain.event import Forms, Place
from timeline.domain.normalize import normalize
from timeline.domain.places import complete_city, with_script

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LANGUAGES = ("ar", "en", "fr")
#: Rows read and updated at a time.
PAGE = 5000
EVENTS = sa.table(
    "events",
    sa.column("id", sa.Integer),
    sa.column("place_city", sa.Text),
    sa.column("place_country", sa.String),
    sa.column("search_text", sa.Text),
    *(sa.column(f"place_city_{language}", sa.Text) for language in LANGUAGES),
)
PARTICIPANTS = sa.table(
    "participants",
    sa.column("id", sa.Integer),
    sa.column("name", sa.Text),
    sa.column("office", sa.Text),
    *(
        sa.column(f"{part}_{language}", sa.Text)
        for part in ("name", "office")
        for language in LANGUAGES
    ),
)


def _columns(prefix: str) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_{language}", sa.Text(), nullable=False, server_default="")
        for language in LANGUAGES
    ]


def _pages(
    bind: sa.Connection,
    table: sa.TableClause,
    *columns: sa.ColumnClause,
    where: sa.ColumnElement[bool] | None = None,
) -> Iterator[Sequence[sa.Row]]:
    """The rows of ``table`` a page at a time, in id order: a million events never sit in
    memory at once, and each page is updated before the next is read."""
    last = 0
    while True:
        query = sa.select(table.c.id, *columns).where(table.c.id > last)
        if where is not None:
            query = query.where(where)
        rows = bind.execute(query.order_by(table.c.id).limit(PAGE)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _update(bind: sa.Connection, table: sa.TableClause, changes: list[dict[str, str]]) -> None:
    """One UPDATE per changed row, sent together; ``key`` names the row."""
    if changes:
        values = {name: sa.bindparam(name) for name in changes[0] if name != "key"}
        bind.execute(
            table.update().where(table.c.id == sa.bindparam("key")).values(values), changes
        )


def _fill_places(bind: sa.Connection) -> None:
    columns = (EVENTS.c.place_city, EVENTS.c.place_country, EVENTS.c.search_text)
    for rows in _pages(bind, EVENTS, *columns, where=EVENTS.c.place_city != ""):
        changes = []
        for event_id, city, country, search_text in rows:
            forms = complete_city(Place(city, country)).city_forms
            if forms == Forms():
                continue
            added = normalize(" ".join(form for form in forms.values() if form != city))
            changes.append(
                {
                    "key": event_id,
                    **{f"place_city_{language}": forms.of(language) for language in LANGUAGES},
                    "search_text": f"{search_text} {added}".strip() if added else search_text,
                }
            )
        _update(bind, EVENTS, changes)


def _fill_participants(bind: sa.Connection) -> None:
    for rows in _pages(bind, PARTICIPANTS, PARTICIPANTS.c.name, PARTICIPANTS.c.office):
        changes = []
        for row_id, name, office in rows:
            names, offices = with_script(name, Forms()), with_script(office or "", Forms())
            if names.ar or offices.ar:
                changes.append({"key": row_id, "name_ar": names.ar, "office_ar": offices.ar})
        _update(bind, PARTICIPANTS, changes)


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for column in _columns("place_city"):
            batch.add_column(column)
    with op.batch_alter_table("participants") as batch:
        for column in (*_columns("name"), *_columns("office")):
            batch.add_column(column)
    bind = op.get_bind()
    _fill_places(bind)
    _fill_participants(bind)


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
