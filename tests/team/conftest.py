"""One store fixture, two backends: every test here runs on a SQLite file (id ``sqlite``) and
on a real PostgreSQL server (id ``postgresql``).

The server is the throwaway cluster .ci/run starts (.ci/postgres.sh), named by
TIMELINE_TEST_POSTGRES_URL (an editor role that may create databases) and
TIMELINE_TEST_POSTGRES_READONLY_URL (a role that may only read). Each test module gets a
database of its own, migrated once and dropped afterwards; each test starts with its tables
emptied. Without the variables the PostgreSQL variants are skipped, saying how to run them;
under CI they must run.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from timeline.store.database import open_database
from timeline.store.repository import EventStore

POSTGRES_URL = os.environ.get("TIMELINE_TEST_POSTGRES_URL", "")
READONLY_URL = os.environ.get("TIMELINE_TEST_POSTGRES_READONLY_URL", "")
HOW_TO_RUN = (
    "needs a PostgreSQL server: run the team tests as .ci/run does, with "
    'eval "$(bash .ci/postgres.sh start)" then pytest tests/team, and afterwards '
    'bash .ci/postgres.sh stop "$TIMELINE_TEST_POSTGRES_DIR"'
)
BACKENDS = ("sqlite", "postgresql")


def require_server() -> str:
    if POSTGRES_URL:
        return POSTGRES_URL
    if os.environ.get("CI"):
        pytest.fail("CI must run the PostgreSQL tests: .ci/run exports TIMELINE_TEST_POSTGRES_URL")
    pytest.skip(HOW_TO_RUN)


def _admin(statement: str) -> None:
    """Run one statement as the editor role, outside a transaction (CREATE DATABASE)."""
    engine = create_engine(require_server(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


def url_of(name: str, base: str = "") -> str:
    return (
        make_url(base or require_server()).set(database=name).render_as_string(hide_password=False)
    )


def new_database(prefix: str) -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    _admin(f'CREATE DATABASE "{name}"')
    return name


def drop_database(name: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def allow_reading(url: str) -> None:
    """Let the read-only role read everything the migrations made (as docs/team-mode.md)."""
    reader = make_url(READONLY_URL).username
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{reader}"'))
    engine.dispose()


@pytest.fixture(scope="module")
def postgres_module_url() -> Iterator[str]:
    """A migrated database for this module alone, dropped afterwards."""
    require_server()
    name = new_database("timeline_test")
    url = url_of(name)
    open_database(url).close()
    if READONLY_URL:
        allow_reading(url)
    yield url
    drop_database(name)


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """An empty database that nothing has migrated yet, for this test alone."""
    require_server()
    name = new_database("timeline_fresh")
    yield url_of(name)
    drop_database(name)


def empty_tables(url: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(
            text("TRUNCATE events, event_history, agreements RESTART IDENTITY CASCADE")
        )
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A SQLite file, or this module's PostgreSQL database emptied for this test."""
    if request.param == "sqlite":
        return str(tmp_path / "timeline.sqlite3")
    url = request.getfixturevalue("postgres_module_url")
    empty_tables(url)
    return url


@pytest.fixture
def backend(database_url: str) -> str:
    return "postgresql" if "://" in database_url else "sqlite"


@pytest.fixture
def store(database_url: str, store_copy) -> Iterator[EventStore]:
    """The app's store on the test's database (a SQLite file: a copy of a new one)."""
    if "://" in database_url:
        store = EventStore(open_database(database_url))
    else:
        store = store_copy("empty", Path(database_url))
    yield store
    store.database.close()


@pytest.fixture
def other_store(database_url: str, store: EventStore) -> Iterator[EventStore]:
    """A second app on the same database: its own engine and connections."""
    other = EventStore(open_database(database_url))
    yield other
    other.database.close()


@pytest.fixture
def readonly_url(postgres_module_url: str) -> str:
    if not READONLY_URL:
        pytest.skip("TIMELINE_TEST_POSTGRES_READONLY_URL is not set (.ci/postgres.sh sets it)")
    return url_of(make_url(postgres_module_url).database or "", READONLY_URL)


class Relay:
    """A TCP relay in front of the server that a test can cut and mend, as a network that
    drops or a server that goes away and comes back would."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = 0
        self._connections: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self.mend()

    def mend(self) -> None:
        listener = socket.create_server(("127.0.0.1", self.port))
        listener.settimeout(0.05)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            upstream = socket.create_connection(self.upstream)
            self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()

    def cut(self) -> None:
        """Refuse new connections and drop every open one."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        for connection in self._connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        self._connections.clear()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


@pytest.fixture
def relayed_url(postgres_module_url: str) -> Iterator[tuple[str, Relay]]:
    """This module's database reached through a Relay (the URL, and the relay to cut)."""
    url = make_url(postgres_module_url)
    relay = Relay((url.host or "127.0.0.1", url.port or 5432))
    yield url.set(port=relay.port).render_as_string(hide_password=False), relay
    relay.cut()


@pytest.fixture
def postgres_store(postgres_module_url: str) -> Iterator[EventStore]:
    """A store on this module's PostgreSQL database only (emptied), for what only a server
    does."""
    empty_tables(postgres_module_url)
    store = EventStore(open_database(postgres_module_url))
    yield store
    store.database.close()


def pytest_terminal_summary(terminalreporter) -> None:
    """Say in the output how many team tests passed on each backend (CI must show both)."""
    counts = {
        (backend, outcome): sum(
            f"[{backend}" in report.nodeid and "tests/team/" in report.nodeid
            for report in terminalreporter.stats.get(outcome, [])
            if report.when in ("call", "setup")
        )
        for backend in BACKENDS
        for outcome in ("passed", "failed", "skipped", "error")
    }
    if not any(counts.values()):
        return
    terminalreporter.section("team mode: both backends")
    for backend in BACKENDS:
        line = ", ".join(
            f"{counts[backend, outcome]} {outcome}"
            for outcome in ("passed", "failed", "skipped", "error")
            if counts[backend, outcome]
        )
        terminalreporter.write_line(f"[{backend}] {line}")
