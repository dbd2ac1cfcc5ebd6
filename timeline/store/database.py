"""Opening a database: checks before any write, pragmas, backups, then migrations.

A SQLite file is inspected read-only before anything touches it (sqlitefile.py), so a file
that is empty, damaged, another program's, written by a newer app, read-only or locked is
refused with its own StoreError and not a single byte changed. An accepted file is backed up
once a day and before every migration (backups.py); it can also be opened read-only.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from timeline.store import sqlitefile
from timeline.store.backups import (
    DAILY,
    KEEP_BACKUPS,
    MANUAL,
    backed_up_today,
    backup_sqlite_file,
    backups_dir,
    before_upgrade,
    new_backup_path,
    prune_backups,
    take_backup,
)
from timeline.store.errors import StoreError, WriteRefusedError
from timeline.store.schema import alembic_config, check_revision, head_revision

__all__ = [
    "Database",
    "Target",
    "backup_sqlite_file",
    "backups_dir",
    "head_revision",
    "open_database",
]


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


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a crash leaves the last commit intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed transaction survives a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@contextmanager
def _translated(label: str, *, readable: bool = True) -> Iterator[None]:
    """SQLite's failures (locked, read-only, disk full, damaged) as StoreErrors in words;
    constraint violations and other databases' errors pass through unchanged."""
    try:
        yield
    except DBAPIError as error:
        cause = error.orig
        if not isinstance(cause, sqlite3.DatabaseError) or isinstance(
            cause, sqlite3.IntegrityError
        ):
            raise
        raise sqlitefile.translate(label, cause, readable=readable) from error


class Database:
    """An open, migrated database; hand out short sessions, one per unit of work."""

    def __init__(self, target: Target, engine: Engine, *, read_only: bool = False) -> None:
        self.target = target
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together or not at all."""
        if self.read_only:
            raise WriteRefusedError(
                f"{self.target.label}: was opened read-only; changes cannot be saved"
            )
        with _translated(self.target.label), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _translated(self.target.label), self._sessions() as session:
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
        return backup_sqlite_file(
            self.target.path, destination or new_backup_path(self.target.path, MANUAL)
        )

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    value: str | Path,
    *,
    upgrade: bool = True,
    read_only: bool = False,
    keep_backups: int = KEEP_BACKUPS,
) -> Database:
    """Open (creating if new) and migrate to the current schema.

    An existing SQLite file is backed up before it is upgraded, and once a day on open;
    only the newest ``keep_backups`` automatic copies are kept (0: take none). With
    ``read_only`` the file is opened with SQLite's ``mode=ro``: no migration, no backup,
    and every change refused with WriteRefusedError.
    """
    target = Target.parse(value)
    if target.path is None:
        if read_only:
            raise StoreError(f"{target.label}: only a SQLite file can be opened read-only")
        return _open_server(target, upgrade)
    path = target.path
    existed = path.exists()
    revision = sqlitefile.inspect_file(path, for_writing=not read_only)
    if read_only:
        return _open_read_only(target, revision)
    engine = create_engine(target.url, connect_args={"timeout": sqlitefile.LOCK_WAIT_SECONDS})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    database = Database(target, engine)

    def prepare() -> None:
        if upgrade:
            _upgrade(database, revision)
        if existed and revision is not None and keep_backups > 0:
            if not backed_up_today(path):
                take_backup(path, DAILY)
            prune_backups(path, keep_backups)
        database.revision()  # the engine reads the file, or the error is raised here

    return _prepared(database, prepare)


def _open_server(target: Target, upgrade: bool) -> Database:
    try:
        engine = create_engine(target.url)
    except (SQLAlchemyError, ImportError) as error:
        raise StoreError(f"{target.label}: cannot open ({error})") from error
    database = Database(target, engine)

    def prepare() -> None:
        if upgrade:
            _upgrade(database, database.revision())
        else:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))

    return _prepared(database, prepare)


def _open_read_only(target: Target, revision: str | None) -> Database:
    path = target.path
    assert path is not None
    head = head_revision()
    if revision is None:
        raise StoreError(f"{path}: holds no timeline yet, so there is nothing to read")
    if revision != head:
        raise StoreError(
            f"{path}: is at schema {revision} and needs an upgrade to {head}, "
            "which a read-only opening cannot do"
        )
    # Nobody can be writing a file whose folder is read-only and has no WAL beside it:
    # there, and only there, SQLite may read without its shared-memory file.
    immutable = not sqlitefile.has_journal(path) and not os.access(path.parent, os.W_OK)
    uri = sqlitefile.read_only_uri(path, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=sqlitefile.LOCK_WAIT_SECONDS)

    database = Database(target, create_engine(target.url, creator=connect), read_only=True)
    return _prepared(database, database.revision, readable=False)


def _prepared(
    database: Database, prepare: Callable[[], object], *, readable: bool = True
) -> Database:
    """Run the opening steps; on failure release the engine and say why in one line."""
    try:
        with _translated(database.target.label, readable=readable):
            prepare()
    except SQLAlchemyError as error:
        database.close()
        reason = getattr(error, "orig", None) or error
        raise StoreError(f"{database.target.label}: cannot open ({reason})") from error
    except StoreError:
        database.close()
        raise
    return database


def _upgrade(database: Database, current: str | None) -> None:
    """Migrate to head, backing up an existing SQLite file first."""
    check_revision(database.target.label, current)
    head = head_revision()
    if current == head:
        return
    path = database.target.path
    if current is not None and path is not None:
        take_backup(path, before_upgrade(head))
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
