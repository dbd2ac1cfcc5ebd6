"""Looking at a SQLite file before trusting it, and naming what is wrong with it.

Everything here reads; nothing writes but SQLite's own rollback of the hot journal of this
app's import killed mid-write, which any connection that may write does first. A file is
refused for one reason at a time, each with its own error class (see errors.py), in the order
that tells the user the most: no bytes, not SQLite, damaged, another program's, too new, then
read-only and locked. When no journal files lie beside the file, it is read with
``immutable=1`` so that a refused file is left exactly as it was, without even the empty
``-wal``/``-shm`` files that a plain read-only connection creates; with a journal beside it,
only a normal read sees the truth.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections import Counter
from contextlib import closing
from pathlib import Path

from timeline.domain.messages import message
from timeline.domain.system_words import system_reason
from timeline.store.errors import (
    DamagedFileError,
    DiskFullError,
    EmptyFileError,
    LockedFileError,
    MissingDatabaseError,
    NotADatabaseError,
    ReadOnlyFileError,
    StoreError,
)
from timeline.store.schema import check_revision

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: How long to wait for another program's transaction before calling the file locked.
LOCK_WAIT_SECONDS = 5.0
JOURNAL_SUFFIXES = ("-wal", "-journal")
#: The header's application id (bytes 68-71) of a file an import writes through a rollback
#: journal (bulk's first load): "DTL1".
FIRST_LOAD_ID = 0x44544C31
#: The first bytes of a rollback journal whose pages are safe in it, written just before the
#: file itself changes: only then is it hot.
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


#: Files this process has open through SQLite, by device and inode. POSIX locks belong to a
#: process, not to a descriptor: closing any descriptor of a file drops every lock the
#: process holds on it. Had a second opening read the header of a file our connections
#: hold through a descriptor of its own, closing it would drop their locks, and another
#: program's connection, closing, would take itself for the last one and delete the WAL
#: ours still write to: their edits lost. SQLite keeps such descriptors open for this; the
#: header is not read again here instead (it was read when the file was first opened).
_HELD: Counter[tuple[int, int]] = Counter()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def hold(path: Path) -> tuple[int, int] | None:
    """Note that connections of this process have ``path`` open, until :func:`release`."""
    key = _identity(path)
    if key is not None:
        _HELD[key] += 1
    return key


def release(key: tuple[int, int] | None) -> None:
    if key is not None:
        _HELD[key] -= 1
        if _HELD[key] <= 0:
            del _HELD[key]


def _held_here(path: Path) -> bool:
    key = _identity(path)
    return key is not None and key in _HELD


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def has_journal(path: Path) -> bool:
    """Whether the file's latest state may live partly outside it (WAL or hot journal)."""
    return any(side_file(path, suffix).exists() for suffix in JOURNAL_SUFFIXES)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A ``mode=ro`` URI; ``immutable`` also skips locks and the WAL (safe only when no
    other program can be writing the file)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return f"{uri}&immutable=1" if immutable else uri


def translate(label: str, error: sqlite3.Error, *, readable: bool) -> StoreError:
    """The StoreError subclass that says in words what SQLite's error code means."""
    name = getattr(error, "sqlite_errorname", "")
    if name == "SQLITE_READONLY_ROLLBACK":  # a hot journal another program left: its to undo
        return StoreError(message("store.left_mid_write"), about=label)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LockedFileError(message("store.locked"), readable=readable, about=label)
    if name.startswith("SQLITE_READONLY"):
        reason = message("store.cannot_be_written", error=system_reason(error))
        return ReadOnlyFileError(reason, about=label)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        # SQLite's words, in the reader's language ("database disk image is malformed").
        return DamagedFileError(message("store.damaged", problem=system_reason(error)), about=label)
    if name.startswith("SQLITE_FULL"):
        return DiskFullError(message("store.disk_full"), about=label)
    return StoreError(message("store.cannot_be_used", error=system_reason(error)), about=label)


def missing_database(path: Path) -> StoreError:
    """What a reading command says of a path where there is no file: never created there."""
    return MissingDatabaseError(message("store.does_not_exist"), about=path)


def inspect_file(path: Path, *, for_writing: bool, check: bool = True) -> str | None:
    """The file's schema revision (None when new or still without tables).

    Raises the StoreError subclass naming the file and the reason for anything this app
    does not understand, or cannot write when ``for_writing``. Never writes to the file.
    Without ``check``, SQLite's check of every page (a second at a million events) is left
    to the caller (:func:`check_integrity`), who must not write before it has passed.
    """
    if path.is_dir():
        raise StoreError(message("store.is_folder"), about=path)
    if not path.exists():
        folder = path.parent
        if not for_writing:
            raise StoreError(message("store.does_not_exist"), about=path)
        if not folder.is_dir():
            raise StoreError(message("store.folder_missing", folder=folder), about=path)
        if not os.access(folder, os.W_OK):
            raise StoreError(message("store.folder_not_writable", folder=folder), about=path)
        return None
    if not _held_here(path):
        _check_header(path)
        _roll_back_a_killed_write(path)
    revision = _read_revision(path, check)
    if for_writing:
        _check_writable(path)
        _check_unlocked(path)
    return revision


def _check_header(path: Path) -> None:
    """Empty, not SQLite, or cut short: all visible in the first hundred bytes and the size."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except OSError as error:
        reason = message("store.cannot_be_read", error=system_reason(error))
        raise StoreError(reason, about=path) from error
    if not header:
        raise EmptyFileError(message("store.empty_file", size=0), about=path)
    if not header.startswith(SQLITE_HEADER) and not SQLITE_HEADER.startswith(header):
        raise NotADatabaseError(message("store.not_sqlite"), about=path)
    if len(header) < HEADER_SIZE:
        raise DamagedFileError(message("store.truncated_to", size=size), about=path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFileError(message("store.header_invalid"), about=path)
    if has_journal(path):
        # The WAL may hold pages the file itself does not have yet; a rollback journal's
        # writer may have stamped the header with pages it has not written yet.
        return
    if size % page_size:
        raise DamagedFileError(message("store.truncated_in_page", size=size), about=path)
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is trusted only when stamped by the same write.
    if header[24:28] == header[92:96] and size < pages * page_size:
        raise DamagedFileError(
            message("store.truncated_of", size=size, expected=pages * page_size), about=path
        )


def _roll_back_a_killed_write(path: Path) -> None:
    """The hot journal of this app's import killed mid-write (see bulk's first load) is
    rolled back before the file is read, as SQLite does for any connection that may write: a
    read-only one refuses such a file. The file is then as last committed. The import marks
    the file's header first (FIRST_LOAD_ID), so that another program's file, or a journal
    not hot (another program still writing it, or nothing written yet), is left untouched."""
    journal = side_file(path, "-journal")
    try:
        with journal.open("rb") as handle:
            hot = handle.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:  # no journal (or it was deleted meanwhile: its writer committed)
        return
    if not hot or header[68:72] != FIRST_LOAD_ID.to_bytes(4, "big") or is_read_only_file(path):
        return
    try:
        with closing(sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS, isolation_level=None)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise translate(str(path), error, readable=False) from error


def is_in_wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL, so that opening it for writing writes nothing
    until a transaction does (otherwise the first connection writes the header)."""
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    return header[18:20] == b"\x02\x02"


def check_integrity(path: Path, *, immutable: bool | None = None) -> None:
    """SQLite's quick check of every page: DamagedFileError naming the first problem.
    Read-only; ``immutable`` by default when no journal lies beside the file."""
    if immutable is None:
        immutable = not has_journal(path)
    uri = read_only_uri(path, immutable=immutable)
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_SECONDS)) as db:
            _quick_check(db, path)
    except sqlite3.Error as error:
        raise translate(str(path), error, readable=False) from error


def _quick_check(db: sqlite3.Connection, path: Path) -> None:
    problems = [str(row[0]) for row in db.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        # Not SQLite's report ("*** in database main *** On tree page 3 cell 0: Offset 65535
        # out of range 4088..4092"): English whatever the reader's language, and no help.
        reason = message("system.pages_inconsistent")
        raise DamagedFileError(message("store.damaged", problem=reason), about=path)


def _read_revision(path: Path, check: bool) -> str | None:
    uri = read_only_uri(path, immutable=not has_journal(path))
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_SECONDS)) as db:
            if check:
                _quick_check(db, path)
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise NotADatabaseError(message("store.another_programs"), about=path)
                return None
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise translate(str(path), error, readable=False) from error
    # A schema table without a revision, or a revision without the events: not a file this
    # app wrote whole, and not one to migrate or back up as if it were new or sound.
    if row is None:
        raise NotADatabaseError(message("store.empty_revision_table"), about=path)
    check_revision(str(path), str(row[0]))  # a newer app's file may have other tables
    if "events" not in tables:
        raise NotADatabaseError(message("store.no_events_table"), about=path)
    return str(row[0])


def is_read_only_file(path: Path) -> bool:
    """By the mode bits as well as access(2): root may write anything, but a file marked
    0444 was marked so by someone who wants it left alone."""
    mode = path.stat().st_mode
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def _check_writable(path: Path) -> None:
    if is_read_only_file(path):
        mode = stat.S_IMODE(path.stat().st_mode)
        raise ReadOnlyFileError(message("store.read_only_file", mode=f"{mode:04o}"), about=path)
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyFileError(message("store.read_only_folder", folder=path.parent), about=path)


def _check_unlocked(path: Path) -> None:
    """Take and drop the write lock, so that a file held by another program is named as
    such now rather than failing on the first save."""
    with closing(sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS, isolation_level=None)) as db:
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
        except sqlite3.Error as error:
            raise translate(str(path), error, readable=_can_read(db)) from error


def _can_read(db: sqlite3.Connection) -> bool:
    try:
        db.execute("PRAGMA busy_timeout = 0")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return False
    return True
