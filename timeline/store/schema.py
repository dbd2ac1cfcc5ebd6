"""Schema revisions: which ones this version of the app knows, and refusing the others.

Kept apart from opening so that backups can vet a file's revision before restoring it.
The revisions are read from the migration files' names, so that opening a file already at
the newest schema (nearly every opening) never imports Alembic: that alone took 0.4 s of
each start of the app or of a command.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.domain.messages import message
from timeline.locations import migrations_dir
from timeline.store.errors import NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

#: A migration's file is named after its revision: ``0007_event_status.py`` is "0007",
#: each revision following the one before (tests/store/test_schema.py checks it with Alembic).
_REVISION_FILE = re.compile(r"(\d{4})_\w+\.py")


def alembic_config(connection: Connection | None = None) -> Config:
    """Migrations run on the app's own connection (see migrations/env.py)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> tuple[str, ...]:
    """The revisions this app carries, oldest first."""
    names = (path.name for path in (migrations_dir() / "versions").iterdir())
    return tuple(sorted(match[1] for name in names if (match := _REVISION_FILE.fullmatch(name))))


def head_revision() -> str:
    return known_revisions()[-1]


def check_revision(label: str, revision: str | None) -> None:
    """Refuse a schema this app does not know: it can only come from a newer app."""
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(message("store.newer_schema", revision=revision), about=label)
