"""Schema revisions: which ones this version of the app knows, and refusing the others.

Kept apart from opening so that backups can vet a file's revision before restoring it.
"""

from __future__ import annotations

from functools import cache

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from timeline.locations import migrations_dir
from timeline.store.errors import NewerSchemaError


def alembic_config(connection: Connection | None = None) -> Config:
    """Migrations run on the app's own connection (see migrations/env.py)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    """The migrations this app carries: read once (each opening asks, and reading the
    revision files costs a tenth of a second)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(revision.revision for revision in _script().walk_revisions())


def check_revision(label: str, revision: str | None) -> None:
    """Refuse a schema this app does not know: it can only come from a newer app."""
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"{label}: was written by a newer version of Diplomatic Timeline "
            f"(schema {revision}); update the app to open it. The file was left untouched."
        )
