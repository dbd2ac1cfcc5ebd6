"""Opening a database: checks before any write, pragmas, backups, then migrations.

A SQLite file is inspected read-only before anything touches it (sqlitefile.py), so a file
that is empty, damaged, another program's, written by a newer app, read-only or locked is
refused with its own StoreError and not a single byte changed. An accepted file is backed up
once a day and before every migration (backups.py); it can also be opened read-only.
A PostgreSQL URL takes the same path, with what a server adds in server.py: one migration at
a time, read-only roles, and connection failures named in one line.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from timeline.domain.messages import Message, message
from timeline.domain.system_words import system_reason
from timeline.store import server, sqlitefile
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
    reason_of,
    take_backup,
)
from timeline.store.errors import (
    BackupError,
    StoreError,
    UpgradeBackupError,
    WriteRefusedError,
)
from timeline.store.schema import alembic_config, check_revision, head_revision

__all__ = [
    "Database",
    "Target",
    "backup_sqlite_file",
    "backups_dir",
    "head_revision",
    "open_database",
]


#: A URL's scheme (RFC 3986): read in any case.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


@dataclass(frozen=True, slots=True)
class Target:
    """Where a database lives: a SQLite file, or a server URL."""

    url: str
    path: Path | None

    @classmethod
    def parse(cls, value: str | Path) -> Target:
        """A URL when the text has ``://``; anything else is a file path, taken literally
        (``%41``, ``?`` and ``#`` are characters of the name, not URL syntax)."""
        text_value = str(value)
        if "://" in text_value:
            # A scheme is read in any case ("POSTGRESQL://", as some services print it);
            # SQLAlchemy knows only lower case, and only "postgresql" of libpq's two names
            # ("Can't load plugin: sqlalchemy.dialects:postgres").
            scheme, rest = text_value.split("://", 1)
            if _SCHEME.fullmatch(scheme):
                name, plus, driver = scheme.lower().partition("+")
                name = "postgresql" if name == "postgres" else name
                text_value = f"{name}{plus}{driver}://{rest}"
            path = None
            if text_value.startswith("sqlite:///"):
                path = Path(make_url(text_value).database or "")
            return cls(text_value, path)
        path = Path(value).expanduser()
        return cls(f"sqlite:///{path}", path)

    def engine_url(self) -> URL | str:
        """What to hand to SQLAlchemy: for a file, a URL built from the path's characters
        as they are, never parsed from text."""
        return URL.create("sqlite", database=str(self.path)) if self.path else self.url

    @property
    def label(self) -> str:
        return str(self.path) if self.path else server.label_of(self.url)

    @property
    def address(self) -> str:
        """Where it lives, to type in a command: a file's path; a server's URL without its
        password (its label writes "***", which a command pasted from it sent as the
        password)."""
        return str(self.path) if self.path else server.without_password(self.url)


class ReadOnlyReason(StrEnum):
    """Why a database refuses changes."""

    #: Opened read-only on purpose (``--read-only``, "Open read-only").
    OPENED_READ_ONLY = "opened-read-only"
    #: A server role without the privileges to write (``ReadOnly.user`` names it).
    USER_MAY_ONLY_READ = "user-may-only-read"


@dataclass(frozen=True, slots=True)
class ReadOnly:
    """Why changes are refused, as fields: the window words it in its reader's language
    (:attr:`message`), the command line in English (``str()``)."""

    reason: ReadOnlyReason
    #: The server user that may only read (USER_MAY_ONLY_READ).
    user: str = ""

    @property
    def message(self) -> Message:
        if self.reason is ReadOnlyReason.USER_MAY_ONLY_READ:
            return message("store.user_may_only_read", user=self.user)
        return message("store.opened_read_only")

    @property
    def nothing_imported(self) -> Message:
        """Why an import wrote nothing: a reading user named as :attr:`message` names them
        (it said "opened read-only", where nobody had)."""
        if self.reason is ReadOnlyReason.USER_MAY_ONLY_READ:
            return message("store.user_may_only_read_nothing_imported", user=self.user)
        return message("store.read_only_nothing_imported")

    def __str__(self) -> str:
        return str(self.message)


#: The execution option that marks a connection whose transactions will write.
_WRITES = "timeline_writes"


#: Python's sqlite3 binds None through its adapters' protocol: not in their registry, it
#: then looks up ``__adapt__`` on the protocol and raises and drops an AttributeError, 0.25
#: µs a None; found there, a third of that. An import binds five or six a row (host,
#: agreement, the place's country, a source's day: 0.2 s of 200,000 GDELT events). The
#: adapter is a dictionary's ``get`` (C, None for any key): None is still bound as NULL.
sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Transactions are begun by _begin below, not guessed by Python's sqlite3 module, which
    # opens none for a SELECT and so lets a version check and its write drift apart.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a crash leaves the last commit intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed transaction survives a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin(connection: Connection) -> None:
    """A writing transaction takes the write lock before its first read (BEGIN IMMEDIATE),
    so that what it checks (an event's version) cannot change before it writes; another
    writer waits for the lock. Reading transactions take no lock (WAL)."""
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _sqlite_engine(target: Target, **kwargs: object) -> Engine:
    """An engine on a SQLite file whose transactions begin as _begin says."""
    engine = create_engine(target.engine_url(), **kwargs)
    event.listen(engine, "begin", _begin)
    return engine


@contextmanager
def _translated(label: str, *, readable: bool = True) -> Iterator[None]:
    """SQLite's failures (locked, read-only, disk full, damaged) and a server's connection
    failures (refused, wrong password, gone) as StoreErrors in words; constraint violations
    and other errors pass through unchanged."""
    try:
        yield
    except DBAPIError as error:
        cause = error.orig
        if isinstance(cause, sqlite3.DatabaseError):
            if isinstance(cause, sqlite3.IntegrityError):
                raise
            raise sqlitefile.translate(label, cause, readable=readable) from error
        if server.is_connection_error(error):
            raise server.translate(label, error) from error
        raise


def _yield_to_the_interface() -> None:
    """Lower the calling thread's priority (Linux, where a thread has its own): the check
    of a big file runs beside the reading of the first frame's columns, and on a busy
    machine it took half of their processor; it only has to end before the first write."""
    if sys.platform == "linux":
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _CHECK_NICENESS)


#: How much lower the check runs (nice values: 0 is the default, 19 the lowest).
_CHECK_NICENESS = 10


class Database:
    """An open, migrated database; hand out short sessions, one per unit of work."""

    def __init__(self, target: Target, engine: Engine, *, read_only: bool = False) -> None:
        self.target = target
        self.engine = engine
        self.read_only = read_only
        #: Why changes are refused; None when they are not.
        self.read_only_why = ReadOnly(ReadOnlyReason.OPENED_READ_ONLY) if read_only else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writing_sessions = sessionmaker(
            engine.execution_options(**{_WRITES: True}), expire_on_commit=False
        )
        #: SQLite's check of every page when it runs beside the first frame (see
        #: open_database's ``check_later``): nothing is written before it has passed.
        self._check: threading.Thread | None = None
        #: This process holding the file open (sqlitefile.hold), from opened to closed.
        self._held: tuple[int, int] | None = None
        self._refusal: StoreError | None = None
        #: What went wrong without stopping the opening (a daily backup that could not be
        #: written), for the command line or the window to show.
        self.notices: list[StoreError] = []
        #: Whether opening created the file.
        self.created = False

    def refuse_changes(self, why: ReadOnly) -> None:
        """Open for reading only, saying why (a server role that may only read)."""
        self.read_only, self.read_only_why = True, why

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def writing_engine(self) -> Engine:
        """The engine for transactions that write: on SQLite they hold the write lock from
        their first statement on (on a server, rows are locked with FOR UPDATE instead)."""
        self._ensure_checked()
        return self.engine.execution_options(**{_WRITES: True})

    def _check_later(self, check: Callable[[], None], then: Callable[[], None]) -> None:
        """Run ``check`` in a thread of its own, then ``then`` if it passed; until it has,
        every write waits for it, and one that failed refuses them all."""

        def run() -> None:
            _yield_to_the_interface()
            try:
                check()
            except StoreError as error:
                self._refusal = error
                return
            except Exception as error:  # a file that cannot be checked is not written either
                self._refusal = StoreError(
                    message("store.cannot_be_checked", error=system_reason(error)),
                    about=self.target.label,
                )
                return
            then()

        self._check = threading.Thread(target=run, name="integrity check")
        self._check.start()

    @property
    def checking(self) -> bool:
        """Whether the check of the file is still running."""
        return self._check is not None and self._check.is_alive()

    @property
    def refusal(self) -> StoreError | None:
        """Why the file must not be used, once its check has found it damaged."""
        return None if self.checking else self._refusal

    def verified(self) -> bool:
        """Whether the file passed its check (waiting for it if it is still running)."""
        if self._check is not None:
            self._check.join()
        return self._refusal is None

    def _ensure_checked(self) -> None:
        if not self.verified():
            assert self._refusal is not None
            raise self._refusal

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together or not at all; on SQLite it holds
        the write lock from its start, so whatever it reads stays true until it commits."""
        if self.read_only:
            why = self.read_only_why or ReadOnly(ReadOnlyReason.OPENED_READ_ONLY)
            raise WriteRefusedError(why.message, about=self.target.label)
        self._ensure_checked()
        with (
            _translated(self.target.label),
            self._writing_sessions() as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _translated(self.target.label), self._sessions() as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A plain connection for fast column reads, its failures put in words."""
        with _translated(self.target.label), self.engine.connect() as connection:
            yield connection

    def revision(self) -> str | None:
        """The schema's revision, from Alembic's table but without loading Alembic."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

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
            raise StoreError(message("store.backup_server"), about=self.target.label)
        return backup_sqlite_file(
            self.target.path, destination or new_backup_path(self.target.path, MANUAL)
        )

    def close(self) -> None:
        """Release the file (after its check and daily copy, if they still run)."""
        if self._check is not None:
            self._check.join()
        self.engine.dispose()
        sqlitefile.release(self._held)
        self._held = None

    def discard(self) -> None:
        """Close, and delete the file if this opening created it: for a command refused
        before it wrote anything, so that it leaves no new file behind."""
        self.close()
        if self.created and self.target.path is not None:
            for suffix in ("", *sqlitefile.SIDE_SUFFIXES):
                sqlitefile.side_file(self.target.path, suffix).unlink(missing_ok=True)


def open_database(
    value: str | Path,
    *,
    upgrade: bool = True,
    read_only: bool = False,
    keep_backups: int = KEEP_BACKUPS,
    create: bool = True,
    glance: bool = False,
    check_later: bool = False,
) -> Database:
    """Open (creating if new, unless ``create`` is False) and migrate to the current schema.

    An existing SQLite file is backed up before it is upgraded, and once a day on open;
    only the newest ``keep_backups`` automatic copies are kept (0: take none). A daily
    copy that cannot be written (a full disk) does not stop the opening: it is said in
    ``Database.notices``; the copy before an upgrade does. With ``read_only`` the file is
    opened with SQLite's ``mode=ro``: no migration, no backup, and every change refused
    with WriteRefusedError; with ``glance`` too, for a short look (a check, a listing),
    a file with no journal beside it is read as it is, leaving no ``-wal``/``-shm``
    behind. Without ``create``, a path with no file is MissingDatabaseError.

    With ``check_later`` (the window), a file that needs no migration is opened after the
    quick checks (its header, size, schema), and SQLite's check of every page runs in a
    thread beside the first frame: writes wait for it, a damaged file refuses them all
    (``Database.refusal``, for the window to close it), and the daily backup is taken once
    it has passed. Nothing is written before then, so a damaged file is still left as it was.
    """
    target = Target.parse(value)
    if target.path is None:
        if read_only:
            raise StoreError(message("store.only_files_read_only"), about=target.label)
        return _open_server(target, upgrade)
    path = target.path
    existed = path.exists()
    if not existed and (read_only or not create):
        raise sqlitefile.missing_database(path)
    # Checked beside the first frame only when opening writes nothing: no migration, the
    # header already in WAL mode, and no journal beside it (whose pages the last connection
    # to close would copy into the file).
    later = check_later and existed and not read_only and not sqlitefile.has_journal(path)
    revision = sqlitefile.inspect_file(path, for_writing=not read_only, check=not later)
    if later and (revision != head_revision() or not sqlitefile.is_in_wal_mode(path)):
        sqlitefile.check_integrity(path)
        later = False
    if read_only:
        return _open_read_only(target, revision, glance)
    engine = _sqlite_engine(target, connect_args={"timeout": sqlitefile.LOCK_WAIT_SECONDS})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    database = Database(target, engine)
    database.created = not existed
    backup = existed and revision is not None and keep_backups > 0

    def prepare() -> None:
        if upgrade:
            _upgrade(database, revision)
        if backup and not later:
            _daily_backup(database, keep_backups)
        database.revision()  # the engine reads the file, or the error is raised here

    database = _prepared(database, prepare)
    database._held = sqlitefile.hold(path)
    if later:
        # Beside the app's own connections: read-only, but not immutable (they may write
        # once it has passed, and so may another program).
        database._check_later(
            lambda: sqlitefile.check_integrity(path, immutable=False),
            lambda: _daily_backup(database, keep_backups) if backup else None,
        )
    return database


def _daily_backup(database: Database, keep: int) -> None:
    """Today's copy, if not taken yet. Reading, exporting and saving go on without it (the
    database keeps its own journal); the person is told it was skipped and why."""
    path = database.target.path
    assert path is not None
    try:
        if not backed_up_today(path):
            take_backup(path, DAILY)
        prune_backups(path, keep)
    except (BackupError, OSError) as error:
        reason = reason_of(error.__cause__ or error)
        database.notices.append(
            StoreError(message("store.backup_skipped", reason=reason), about=path)
        )


def _open_server(target: Target, upgrade: bool) -> Database:
    try:
        engine = server.server_engine(target.url)
    except StoreError as error:  # an address the app cannot use, said in words
        raise StoreError(error.detail, about=target.label) from error
    except (SQLAlchemyError, ImportError) as error:
        raise StoreError(message("store.cannot_open", error=error), about=target.label) from error
    database = Database(target, engine)

    def prepare() -> None:
        revision = database.revision()  # connects: a refusal or a wrong password stops here
        check_revision(target.label, revision)
        if upgrade:
            _upgrade(database, revision)
        if server.is_postgresql(engine) and database.revision() is not None:
            with engine.connect() as connection:
                if server.missing_privileges(connection):
                    user = server.current_user(connection)
                    database.refuse_changes(ReadOnly(ReadOnlyReason.USER_MAY_ONLY_READ, user))

    return _prepared(database, prepare)


def _open_read_only(target: Target, revision: str | None, glance: bool) -> Database:
    path = target.path
    assert path is not None
    head = head_revision()
    if revision is None:
        raise StoreError(message("store.nothing_to_read"), about=path)
    if revision != head:
        raise StoreError(
            message("store.needs_upgrade_to_read", revision=revision, head=head), about=path
        )
    # Nobody can be writing a file whose folder is read-only and has no WAL beside it:
    # there SQLite may read without its shared-memory file; so may a short look at a file
    # nobody has open (no WAL beside it), which would otherwise leave an empty one behind.
    unwritable = not os.access(path.parent, os.W_OK)
    immutable = not sqlitefile.has_journal(path) and (glance or unwritable)
    uri = sqlitefile.read_only_uri(path, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=sqlitefile.LOCK_WAIT_SECONDS, isolation_level=None
        )

    database = Database(target, _sqlite_engine(target, creator=connect), read_only=True)
    database = _prepared(database, database.revision, readable=False)
    database._held = sqlitefile.hold(path)
    return database


def _prepared(
    database: Database, prepare: Callable[[], object], *, readable: bool = True
) -> Database:
    """Run the opening steps; on failure release the engine and say why in one line."""
    try:
        with _translated(database.target.label, readable=readable):
            prepare()
    except SQLAlchemyError as error:
        database.close()
        raise StoreError(
            message("store.cannot_open", error=system_reason(error)), about=database.target.label
        ) from error
    except StoreError:
        database.close()
        raise
    return database


def _upgrade(database: Database, current: str | None) -> None:
    """Migrate to head: a SQLite file is backed up first; on a server, one user at a time."""
    check_revision(database.target.label, current)
    head = head_revision()
    if current == head:
        return
    path = database.target.path
    if current is not None and path is not None:
        try:
            take_backup(path, before_upgrade(head))
        except BackupError as error:  # nothing upgraded: the file stays as it was
            raise UpgradeBackupError(error.detail, about=error.about) from error
    # Only here is Alembic needed (schema.py: an opening at head goes without it).
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    on_server = server.is_postgresql(database.engine)
    with database.writing_engine.begin() as connection:
        if on_server:
            # Two users starting at once: the second waits here, then finds the work done.
            server.lock_migrations(connection)
            current = MigrationContext.configure(connection).get_current_revision()
            check_revision(database.target.label, current)
            if current == head:
                return
        try:
            command.upgrade(alembic_config(connection), "head")
        except ProgrammingError as error:
            if not on_server:
                raise
            reason = str(error.orig).splitlines()[0]
            said = (
                message("store.no_tables_not_allowed", error=reason)
                if current is None  # "an upgrade from schema none" was said
                else message("store.upgrade_not_allowed", current=current, head=head, error=reason)
            )
            raise StoreError(said, about=database.target.label) from error
