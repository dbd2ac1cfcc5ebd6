"""An index for text search over the normalised ``events.search_text``.

SQLite: an FTS5 table with the trigram tokenizer (substring matches, so an Arabic word is
found inside وبالاقتصادية too), kept in step by triggers. PostgreSQL: a pg_trgm GIN index.
Both index the text the app normalised (timeline.domain.normalize), because neither
database's own folding knows Arabic. Where SQLite lacks trigram support (before 3.34), no
index is made and search scans, still correctly.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_STATEMENTS = (
    "CREATE VIRTUAL TABLE events_fts USING fts5("
    "search_text, content='events', content_rowid='id', tokenize='trigram')",
    "INSERT INTO events_fts(rowid, search_text) SELECT id, search_text FROM events",
    "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER events_fts_update AFTER UPDATE OF search_text ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def _sqlite_has_trigram(bind: sa.Connection) -> bool:
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize='trigram')")
    except sa.exc.OperationalError:
        return False
    bind.exec_driver_sql("DROP TABLE temp.probe")
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if _sqlite_has_trigram(bind):
            for statement in SQLITE_STATEMENTS:
                op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_events_search_trgm ON events USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported: restore a backup instead")
