"""Noticing that a colleague saved, on a PostgreSQL server: LISTEN for the events trigger.

Migration 0004 makes every insert, update and delete on ``events`` send a notification on
``timeline_events``. One connection of our own, outside the pool, listens; asking it is a
non-blocking read of what the server already pushed, cheap enough for the window's poll
every second. It answers the same question as watch.ChangeProbe does for a file.
"""

from __future__ import annotations

import time
import weakref
from typing import Any

import psycopg
from psycopg import pq

CHANNEL = "timeline_events"
#: After the connection is lost, how long to wait between attempts to listen again.
RETRY_SECONDS = 5.0


class Listener:
    """Answers "has anyone committed a change to the events since I last asked?"."""

    def __init__(self, connect_kwargs: dict[str, Any]) -> None:
        self._kwargs = {**connect_kwargs, "autocommit": True, "connect_timeout": 2}
        self._connection: psycopg.Connection[Any] | None = None
        self._closer: weakref.finalize | None = None
        self._retry_at = 0.0
        self._listen()

    def _listen(self) -> bool:
        """Connect and LISTEN; False (and a later retry) if the server cannot be reached."""
        try:
            self._connection = psycopg.connect(**self._kwargs)
            # Closed with the listener even when nobody calls close() (a window that is
            # simply dropped), as psycopg asks of every connection.
            self._closer = weakref.finalize(self, self._connection.close)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            self._drop()
            return False
        return True

    def _drop(self) -> None:
        self.close()
        self._retry_at = time.monotonic() + RETRY_SECONDS

    def changed(self) -> bool:
        """True once per batch of notifications; also right after listening again, since
        whatever was saved while the server was out of reach went unannounced."""
        if self._connection is None:
            return time.monotonic() >= self._retry_at and self._listen()
        connection = self._connection.pgconn
        try:
            connection.consume_input()
        except psycopg.OperationalError:
            self._drop()  # the server went away; listen again later
            return False
        if connection.status != pq.ConnStatus.OK:
            self._drop()
            return False
        found = False
        while connection.notifies() is not None:
            found = True
        return found

    def reachable(self) -> bool:
        """Whether it listens now: False from the server's going away until it is heard
        again (the window says so: a colleague's saves stopped arriving unsaid)."""
        return self._connection is not None

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
        self._connection = self._closer = None
