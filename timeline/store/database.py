"""Opening a database: checks before any write, pragmas, migrations with a backup first.

A SQLite file is inspected read-only before anything touches it, so a file that is not a
database, or one written by a newer app, is refused without a single byte changed.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from timeline.locations import migrations_dir
from timeline.store.errors import NewerSchemaError, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class Target:
    """Where a database lives: a SQLite file, or a server URL."""

    url: str
    path: Path | None

    @classmethod
    def parse(cls, value: str | Path) -> Target:
        text_value = str(value)
        if "://" in text_value:
            path = None
            if text_value.startswith("sqlite:///"):
                path = Path(text_value.removeprefix("sqlite:///"))
            return cls(text_value, path)
        path = Path(value).expanduser()
        return cls(f"sqlite:///{path}", path)

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.url


def _alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def _inspect_sqlite_file(path: Path) -> str | None:
    """Check a SQLite file without writing to it; return its schema revision (None if new).

    Raises StoreError naming the file and the reason for anything we do not understand.
    """
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if not path.exists():
        folder = path.parent
        if not folder.is_dir():
            raise StoreError(f"{path}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise StoreError(f"{path}: the folder {folder} is not writable")
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror})") from error
    if not header:
        raise StoreError(f"{path}: is empty (0 bytes), not a database; it was left untouched")
    if header != SQLITE_HEADER:
        raise StoreError(f"{path}: is not a SQLite database; it was left untouched")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise StoreError(
                        f"{path}: is a SQLite database of another program; it was left untouched"
                    )
                return None
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: is damaged or not a database ({error})") from error
    return row[0] if row else None


def _check_revision(label: str, revision: str | None) -> None:
    if revision is not None and revision not in _known_revisions():
        raise NewerSchemaError(
            f"{label}: was written by a newer version of Diplomatic Timeline "
            f"(schema {revision}); update the app to open it. The file was left untouched."
        )


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed transaction survives a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """A consistent copy of a live SQLite file through the online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        raise StoreError(f"{destination}: already exists; choose another name")
    try:
        with (
            closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(destination)) as dst,
        ):
            src.backup(dst)
    except (sqlite3.Error, OSError) as error:
        destination.unlink(missing_ok=True)
        raise StoreError(f"{destination}: backup failed ({error})") from error
    return destination


def backups_dir(path: Path) -> Path:
    return path.parent / f"{path.stem}-backups"


class Database:
    """An open, migrated database; hand out short sessions, one per unit of work."""

    def __init__(self, target: Target, engine: Engine) -> None:
        self.target = target
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def journal_mode(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())

    def integrity_problems(self) -> list[str]:
        """What SQLite's integrity check finds; empty when the file is sound."""
        if not self.is_sqlite:
            return []
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
        return [str(row) for row in rows if row != "ok"]

    def backup(self, destination: Path | None = None) -> Path:
        """Write a consistent copy; by default into the backups folder beside the file."""
        if self.target.path is None:
            raise StoreError(f"{self.target.label}: back up a server database with its own tools")
        if destination is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            destination = backups_dir(self.target.path) / f"{self.target.path.stem}-{stamp}.sqlite3"
        return backup_sqlite_file(self.target.path, destination)

    def close(self) -> None:
        self.engine.dispose()


def open_database(value: str | Path, *, upgrade: bool = True) -> Database:
    """Open (creating if new) and migrate to the current schema.

    An existing SQLite file at an older revision is backed up before it is upgraded.
    """
    target = Target.parse(value)
    revision_before: str | None = None
    if target.path is not None:
        revision_before = _inspect_sqlite_file(target.path)
        _check_revision(target.label, revision_before)
    try:
        engine = create_engine(target.url)
    except (SQLAlchemyError, ImportError) as error:
        raise StoreError(f"{target.label}: cannot open ({error})") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    database = Database(target, engine)
    try:
        if upgrade:
            _upgrade(database, revision_before)
        else:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        engine.dispose()
        reason = getattr(error, "orig", None) or error
        raise StoreError(f"{target.label}: cannot open ({reason})") from error
    except StoreError:
        engine.dispose()
        raise
    return database


def _upgrade(database: Database, revision_before: str | None) -> None:
    current = database.revision() if database.target.path is None else revision_before
    _check_revision(database.target.label, current)
    head = head_revision()
    if current == head:
        return
    if current is not None and database.target.path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = database.target.path
        database.backup(backups_dir(path) / f"{path.stem}-before-{head}-{stamp}.sqlite3")
    with database.engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
