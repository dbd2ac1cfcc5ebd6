"""On a PostgreSQL server, an upgrade gives the places and names already stored their
Arabic, English and French forms, as it does in a SQLite file (tests/reliability)."""

from __future__ import annotations

import re

from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from timeline.domain.event import Forms
from timeline.domain.filters import EventFilter
from timeline.io.identity import content_key
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.store.schema import alembic_config

ROWS = (
    "INSERT INTO events (id, kind, date_edtf, start_day, end_day, title_ar, title_en, "
    "title_fr, summary, host, place_city, place_country, search_text, version, created_at, "
    "updated_at) VALUES (1, 'official-visit', '2025-02-28', '2025-02-28', '2025-02-28', '', "
    "'Visit', '', '', NULL, 'Genève', 'CH', 'visit geneve', 3, '2025-03-01', '2025-03-02')",
    "INSERT INTO event_countries (event_id, country) VALUES (1, 'KZ'), (1, 'MA')",
    "INSERT INTO participants (id, event_id, position, name, office, country) VALUES "
    "(1, 1, 0, 'ناصر بوريطة', 'Minister', 'MA')",
)


def test_an_upgrade_on_a_server_fills_in_the_forms(fresh_postgres_url):
    engine = create_engine(fresh_postgres_url, poolclass=NullPool)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        for statement in ROWS:
            connection.execute(text(statement))
    engine.dispose()
    database = open_database(fresh_postgres_url)
    with database.engine.begin() as connection:  # another program's row, after the upgrade
        connection.execute(text(ROWS[0].replace("VALUES (1,", "VALUES (2,")))
        (other,) = connection.execute(text("SELECT source_key FROM events WHERE id = 2")).one()
    assert re.fullmatch("native:[0-9a-f]{32}", other)
    try:
        store = EventStore(database)
        event = store.get(1)
        found = [e.id for e in store.find(EventFilter(text="جنيف"))]
        history = store.history(1)
    finally:
        database.close()
    assert event.place.city_forms == Forms("جنيف", "Geneva", "Genève")
    assert event.participants[0].name_forms == Forms(ar="ناصر بوريطة")
    assert event.participants[0].office_forms == Forms()
    assert event.version == 3  # not an edit
    assert found == [1]
    # Nor is its origin key (0011): the one an import of its export keyed it by.
    assert event.source_key == content_key(event)
    assert history == []
