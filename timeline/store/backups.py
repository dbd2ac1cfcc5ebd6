"""Backups in the ``<name>-backups`` folder beside the file: taking, listing, restoring.

Copies are taken with SQLite's online backup API, so they are consistent even while the
file is in use. The automatic ones (daily, before an upgrade, before a restore) roll: only
the newest N are kept. Copies a person asked for are never deleted. A copy's name records
which file it is of (the whole name, extension included: ``a.db`` and ``a.sqlite3`` have a
folder each), when and why it was taken, e.g.
``timeline.sqlite3-backups/timeline.sqlite3-20250319-101500-daily.sqlite3``; a restore
refuses the copy of another file.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from timeline.domain.messages import Message, message
from timeline.domain.system_words import system_reason
from timeline.permissions import keep_permissions
from timeline.store import sqlitefile
from timeline.store.errors import BackupError, LockedFileError
from timeline.store.sqlitefile import SIDE_SUFFIXES, inspect_file, read_only_uri, side_file

#: How many automatic backups to keep, unless the caller says otherwise.
KEEP_BACKUPS = 10
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
_UPGRADE_PREFIX = "before-upgrade-to-"
_STAMP = "%Y%m%d-%H%M%S"
_FOLDER = "-backups"
_NAME = re.compile(r"(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[A-Za-z0-9_.-]+?))?(?:~\d+)?\.sqlite3")


def before_upgrade(revision: str) -> str:
    """The reason recorded for the copy taken before migrating to ``revision``."""
    return f"{_UPGRADE_PREFIX}{revision}"


def reason_said(reason: str) -> Message:
    """Why a copy was taken, as a person reads it (the restore dialog's column and ``db
    backups``, which printed "manual" and "before-upgrade-to-0011"); a copy not ours is a
    copy."""
    if reason == DAILY:
        return message("backup.daily")
    if reason == MANUAL:
        return message("backup.manual")
    if reason == BEFORE_RESTORE:
        return message("backup.before_restore")
    if reason.startswith(_UPGRADE_PREFIX):
        return message("backup.before_upgrade", revision=reason.removeprefix(_UPGRADE_PREFIX))
    return message("backup.copy")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One copy in the backups folder, as the restore dialog and ``db backups`` show it."""

    path: Path
    taken: datetime
    #: daily, manual, before-restore, before-upgrade-to-<revision>; "" if not ours.
    reason: str
    #: None when the copy cannot be read (it is listed anyway, so that it can be seen).
    events: int | None

    @property
    def automatic(self) -> bool:
        return self.reason in (DAILY, BEFORE_RESTORE) or self.reason.startswith(_UPGRADE_PREFIX)


def backups_dir(path: Path) -> Path:
    """Keyed by the whole file name: ``a.db`` and ``a.sqlite3`` never share backups."""
    return path.parent / f"{path.name}{_FOLDER}"


def owner_of(copy: Path) -> str | None:
    """The name of the file a copy in a backups folder was taken of, as its folder and its
    own name record it; None for a copy kept anywhere else (one a person wrote with
    ``db backup --output``)."""
    folder = copy.parent.name
    if not folder.endswith(_FOLDER):
        return None
    owner = folder.removesuffix(_FOLDER)
    if owner and copy.name.startswith(f"{owner}-"):
        return owner
    # A copy named after another file than its folder's: that file's.
    match = re.fullmatch(r"(?P<owner>.+)-\d{8}-\d{6}.*\.sqlite3", copy.name)
    return match["owner"] if match else None


def _partial(destination: Path) -> Path:
    """A temporary name beside ``destination`` that no other process shares, so that two
    processes backing up at the same moment never write into one file."""
    descriptor, name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".partial", dir=destination.parent
    )
    os.close(descriptor)
    return Path(name)


def reason_of(error: BaseException) -> Message | str:
    """Why a copy could not be written, in a few words (``disk full``; the system's own
    words for anything else)."""
    if "disk is full" in str(error):  # SQLite's words for it, without a code
        return message("store.short_disk_full")
    return system_reason(error)


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """A consistent copy of a live SQLite file through the online backup API.

    The copy is written under a temporary name of its own and renamed when whole, so that
    a crash never leaves a half copy that looks like a backup, and two processes taking a
    copy at once never collide. A file nobody has open (no journal beside it) is read as
    it is (``immutable``), which leaves no ``-wal``/``-shm`` beside a read-only one.
    """
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        if destination.exists():
            raise BackupError(message("store.backup_exists"), about=destination)
        partial = _partial(destination)
    except OSError as error:
        # mkdir's "File exists": a file stands where the folder, or one above it, is.
        folder_a_file = isinstance(error, FileExistsError)
        reason = message("system.not_a_folder") if folder_a_file else reason_of(error)
        raise BackupError(
            message("store.backup_failed", reason=reason), about=destination
        ) from error
    uri = read_only_uri(source, immutable=not sqlitefile.has_journal(source))
    try:
        with (
            closing(sqlite3.connect(uri, uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(
            message("store.backup_failed", reason=reason_of(error)), about=destination
        ) from error
    finally:
        for leftover in (partial, side_file(partial, "-journal")):
            leftover.unlink(missing_ok=True)
    return destination


def new_backup_path(path: Path, reason: str, now: datetime | None = None) -> Path:
    """A name in the backups folder that is not taken yet (two copies may share a second)."""
    folder = backups_dir(path)
    base = f"{path.name}-{(now or datetime.now()).strftime(_STAMP)}-{reason}"
    candidate = folder / f"{base}.sqlite3"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}~{number}.sqlite3"
    return candidate


def take_backup(path: Path, reason: str) -> Path:
    return backup_sqlite_file(path, new_backup_path(path, reason))


def list_backups(path: Path) -> list[BackupInfo]:
    """Every copy in the backups folder of ``path``, newest first, with its event count."""
    return [replace(info, events=_count_events(info.path)) for info in _scan(path)]


def _scan(path: Path) -> list[BackupInfo]:
    """The copies, newest first, without opening them (events left None)."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    found = [_describe(copy, path.name) for copy in folder.glob("*.sqlite3") if copy.is_file()]
    # Names carry seconds; two copies taken within one are told apart by their mtime.
    return sorted(found, key=lambda info: (info.taken, info.path.stat().st_mtime_ns), reverse=True)


def _describe(copy: Path, name: str) -> BackupInfo:
    rest = copy.name.removeprefix(f"{name}-")
    match = _NAME.fullmatch(rest) if rest != copy.name else None
    if match is None:
        return BackupInfo(copy, datetime.fromtimestamp(copy.stat().st_mtime), "", None)
    return BackupInfo(copy, datetime.strptime(match["stamp"], _STAMP), match["reason"] or "", None)


def _count_events(copy: Path) -> int | None:
    try:
        with closing(sqlite3.connect(read_only_uri(copy, immutable=True), uri=True)) as db:
            return int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    except sqlite3.Error:
        return None


def backed_up_today(path: Path) -> bool:
    today = datetime.now().date()
    return any(info.automatic and info.taken.date() == today for info in _scan(path))


def prune_backups(path: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` automatic backups."""
    automatic = [info for info in _scan(path) if info.automatic]
    for info in automatic[max(keep, 0) :]:
        info.path.unlink(missing_ok=True)


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Replace ``path`` by ``backup``; return the copy of the replaced file (None if there
    was no file).

    The backup is checked first; the current file is copied into the backups folder, the
    backup is copied to a temporary file beside ``path`` and swapped in with os.replace, so
    that at every moment the name holds either the old file or the whole new one. A file
    still open in any window or program is refused (LockedFileError): close it first.
    """
    owner = owner_of(backup)
    if owner is not None and owner != path.name:
        raise BackupError(
            message("store.backup_of_another", owner=owner, name=path.name), about=backup
        )
    if inspect_file(backup, for_writing=False) is None:
        raise BackupError(message("store.backup_holds_nothing"), about=backup)
    temporary = path.with_name(f".{path.name}.restoring")
    connection, mode = _claim(path)
    try:
        temporary.touch()
        keep_permissions(path, temporary)  # before a byte of it can be read
        shutil.copyfile(backup, temporary)
        _fsync(temporary)
        kept = _keep_current(path, connection) if path.exists() else None
        if connection is not None:
            connection.execute("BEGIN EXCLUSIVE")  # nobody opens the old file from now on
        for suffix in SIDE_SUFFIXES:  # the old file's, folded in or copied into ``kept``
            side_file(path, suffix).unlink(missing_ok=True)
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        if connection is not None:
            _give_back(connection, mode)
        if isinstance(error, sqlite3.Error):
            raise sqlitefile.translate(str(path), error, readable=True) from error
        reason = message("store.not_restored", error=system_reason(error))
        raise BackupError(reason, about=path) from error
    finally:
        temporary.unlink(missing_ok=True)
    if connection is not None:
        connection.close()
    _fsync(path.parent)
    return kept


def _claim(path: Path) -> tuple[sqlite3.Connection | None, str]:
    """A connection that has folded the WAL into the file, which SQLite does only when no
    other connection has the file open, and the journal mode it had; no connection when
    there is no file or it is no database (it is then kept byte for byte)."""
    if not path.exists():
        return None, ""
    connection = sqlite3.connect(path, timeout=sqlitefile.LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0])
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.Error as error:
        connection.close()
        if isinstance(sqlitefile.translate(str(path), error, readable=True), LockedFileError):
            raise LockedFileError(
                message("store.open_elsewhere"), readable=True, about=path
            ) from error
        return None, ""
    return connection, mode


def _give_back(connection: sqlite3.Connection, mode: str) -> None:
    """After a failed restore, the file as it was: lock released, journal mode back."""
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    if mode == "wal":
        connection.execute("PRAGMA journal_mode=WAL").fetchone()
    connection.close()


def _keep_current(path: Path, connection: sqlite3.Connection | None) -> Path:
    """Copy the file about to be replaced into the backups folder; return the copy."""
    copy = new_backup_path(path, BEFORE_RESTORE)
    copy.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial(copy)
    try:
        if connection is None or not _copied(connection, partial):
            # Not readable as a database: keep its bytes, and its WAL, exactly as they are.
            shutil.copy2(path, partial)
            if side_file(path, "-wal").exists():
                shutil.copy2(side_file(path, "-wal"), side_file(copy, "-wal"))
        os.replace(partial, copy)
    finally:
        partial.unlink(missing_ok=True)
    return copy


def _copied(connection: sqlite3.Connection, destination: Path) -> bool:
    try:
        with closing(sqlite3.connect(destination)) as copy:
            connection.backup(copy)
    except sqlite3.Error:
        destination.unlink(missing_ok=True)
        return False
    return True


def _fsync(path: Path) -> None:
    """Make a write durable before relying on it (a folder: make the rename durable)."""
    if path.is_dir() and os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
