"""Schema revisions: which ones this version of the app knows, and refusing the others.

Kept apart from opening so that backups can vet a file's revision before restoring it.
"""

from __future__ import annotations

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


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def check_revision(label: str, revision: str | None) -> None:
    """Refuse a schema this app does not know: it can only come from a newer app."""
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"{label}: was written by a newer version of Diplomatic Timeline "
            f"(schema {revision}); update the app to open it. The file was left untouched."
        )
