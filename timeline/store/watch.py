"""Noticing that another program (a second window, a colleague on a shared drive) saved.

SQLite's ``PRAGMA data_version`` changes for a connection exactly when *another* connection
has committed, so one small read-only connection, asked now and then, tells the window when
to read again — no file watching, no false alarms from the file's own bookkeeping. On a
PostgreSQL server the same question is put to a LISTEN connection (notify.py).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Protocol

from timeline.store import server
from timeline.store.database import Database


class Probe(Protocol):
    """What the window asks every second: a ChangeProbe for a file, a Listener for a server."""

    def changed(self) -> bool: ...

    def reachable(self) -> bool: ...

    def close(self) -> None: ...


class ChangeProbe:
    """Answers "has anyone else committed since I last asked?" for one SQLite file."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        self._version = self._read()

    def _read(self) -> int:
        with closing(self._connection.execute("PRAGMA data_version")) as cursor:
            return int(cursor.fetchone()[0])

    def changed(self) -> bool:
        """True once per batch of outside commits."""
        try:
            version = self._read()
        except sqlite3.Error:
            return False  # the file is busy or gone for a moment; ask again later
        if version == self._version:
            return False
        self._version = version
        return True

    def reachable(self) -> bool:
        """A file on this computer is always there to ask."""
        return True

    def close(self) -> None:
        self._connection.close()


def probe_for(database: Database) -> Probe | None:
    """How to notice other people's saves in ``database`` (None where nobody else can)."""
    if database.target.path is not None:
        return ChangeProbe(database.target.path)
    if server.is_postgresql(database.engine):
        # Here, not on top: a file is watched without loading the server's driver.
        from timeline.store.notify import Listener

        return Listener(server.connect_kwargs(database.engine))
    return None
