"""Errors the store reports to people: one line saying which database and why.

Each reason a file cannot be opened has its own class, so that the app can offer the next
step that makes sense (open another file, restore a backup, open read-only, try again)
without parsing messages.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from os import PathLike

from timeline.domain.errors import ReasonError
from timeline.domain.messages import DateWriter, Message, message


class StoreError(ReasonError):
    """A database that cannot be opened, read or written: which one (``about``) and why
    (``detail``, a message of the catalogue or a driver's own words): see ReasonError."""

    #: Whether opening the same file read-only would let the user at least read it.
    read_only_helps: bool = False


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class ConflictError(StoreError):
    """Someone else saved the event since it was read (optimistic version check)."""


class NotFoundError(StoreError):
    """The event no longer exists."""


class MissingDatabaseError(StoreError):
    """No file at the path: a reading command creates none (a typo must not become a file).
    The window says the file does not exist; the command line also names the command that
    creates one, there: without ``--database`` it would create the default file."""

    def in_language(
        self,
        language: str,
        digits: Callable[[str], str] = str,
        dates: DateWriter | None = None,
    ) -> str:
        argument = shlex.quote(self.about)
        said = message("store.no_database_at", path=self.about, argument=argument)
        return said.render(language, digits=digits, dates=dates)


class EmptyFileError(StoreError):
    """The file has no bytes at all; it is left untouched rather than made a database."""


class NotADatabaseError(StoreError):
    """The file is not SQLite, or is the SQLite database of another program."""


class DamagedFileError(StoreError):
    """The file starts like SQLite but is truncated or corrupt; only a backup can help."""


class ReadOnlyFileError(StoreError):
    """The file (or its folder) may not be written: reading it is still possible."""

    read_only_helps = True


class LockedFileError(StoreError):
    """Another program holds a lock on the file; waiting, or reading, may help."""

    def __init__(
        self, detail: Message | str, *, readable: bool, about: str | PathLike[str] = ""
    ) -> None:
        super().__init__(detail, about=about)
        self.read_only_helps = readable


class DiskFullError(StoreError):
    """The disk has no room for the change; nothing was written, and the same change may
    be saved once room is freed."""


class WriteRefusedError(StoreError):
    """A change was asked of a database that was opened read-only."""


class BackupError(StoreError):
    """A backup could not be written or restored; the database itself is unchanged."""

    read_only_helps = True


class UpgradeBackupError(BackupError):
    """The copy taken before an upgrade could not be written, so the file was not upgraded;
    read-only, an older schema cannot be read either (it was offered, and failed too)."""

    read_only_helps = False


class ServerUnavailableError(StoreError):
    """The database server refused the connection, did not answer or went away; nothing was
    saved, and the same change may be tried again once it is back."""
