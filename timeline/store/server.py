"""PostgreSQL: what a shared server adds to the one code path a SQLite file also takes.

The schema, migrations and queries are the same; a server adds people (who may only read,
who changed what), other users migrating at the same moment, and a network that refuses,
asks for a password or goes away. Each of those is named here in one line, the way
sqlitefile.py names what is wrong with a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sqlalchemy
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from timeline.domain.messages import Message, message
from timeline.store.errors import ServerUnavailableError, StoreError

#: Passed to every connection: a server that does not answer is reported rather than waited
#: for; ISO dates and UTC whatever the server's own settings (``timeline_columns`` casts days
#: to text); and the app's name in ``pg_stat_activity`` for the administrator.
CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": 5,
    "options": "-c DateStyle=ISO -c TimeZone=UTC",
    "application_name": "Diplomatic Timeline",
}
#: The advisory lock that one migration at a time holds (any fixed number; "tmln").
MIGRATION_LOCK = 0x746D6C6E
#: What a role needs on ``events`` to edit; lacking any, the database opens read-only.
EDIT_PRIVILEGES = ("INSERT", "UPDATE", "DELETE")


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


#: How a team server's address is written, for a message saying what one looks like.
ADDRESS_EXAMPLE = "postgresql://user@host/database"


def server_engine(url: str) -> Engine:
    """An engine that checks a pooled connection before use, so that after the server comes
    back the next save simply works instead of failing once on a dead connection."""
    parsed = _usable(url)
    connect_args = CONNECT_ARGS if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)


def _usable(url: str) -> URL:
    """``url`` as SQLAlchemy reads it; a StoreError says what is wrong with one the app
    cannot use, where SQLAlchemy said "Can't load plugin: sqlalchemy.dialects:garbage",
    "No module named 'MySQLdb'" or "invalid literal for int() with base 10"."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:  # an unknown scheme, or no address at all
        raise StoreError(message("store.unknown_address", example=ADDRESS_EXAMPLE)) from error
    except ValueError as error:  # the port, the only part make_url converts
        raise StoreError(message("store.port_not_a_number")) from error
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise StoreError(message("store.unknown_address", example=ADDRESS_EXAMPLE))
    return parsed


def connect_kwargs(engine: Engine) -> dict[str, Any]:
    """Arguments for ``psycopg.connect`` to the engine's database (for a connection of
    one's own, outside the pool, such as the one that listens)."""
    _args, kwargs = engine.dialect.create_connect_args(engine.url)
    return {**CONNECT_ARGS, **kwargs}


def server_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The URL the store opens for a team server; every part taken literally (a ``@`` or
    ``/`` in a password is quoted, not read as the URL's syntax)."""
    return URL.create(
        "postgresql+psycopg",
        username=user,
        password=password or None,
        host=host,
        port=port,
        database=database,
    ).render_as_string(hide_password=False)


def toolkit_version() -> str:
    """The version of the database toolkit, for the About dialog's support lines."""
    return sqlalchemy.__version__


def label_of(url: str) -> str:
    """The URL as people may see it: in titles, messages and logs, never the password (not
    even in a URL too malformed to parse, nor one given as ``?password=``)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
    if "password" in parsed.query:
        parsed = parsed.update_query_dict({"password": "***"})
    return parsed.render_as_string(hide_password=True)


def without_password(url: str) -> str:
    """A server's URL to type in a command: no password at all (libpq then takes it from
    PGPASSWORD or ~/.pgpass), neither after the user nor as ``?password=``."""
    parsed = make_url(url)
    bare = URL.create(
        parsed.drivername,
        parsed.username,
        None,
        parsed.host,
        parsed.port,
        parsed.database,
        {key: value for key, value in parsed.query.items() if key != "password"},
    )
    return bare.render_as_string(hide_password=False)


def is_connection_error(error: DBAPIError) -> bool:
    """A failure of the server or the network (no SQLSTATE, class 08, or the server shutting
    down) rather than of the statement (a deadlock, a timeout, a constraint)."""
    import psycopg  # here, not on top: a SQLite file is opened without the server's driver

    cause = error.orig
    if error.connection_invalidated:
        return True
    if not isinstance(cause, psycopg.OperationalError):
        return False
    state = cause.sqlstate
    return state is None or state.startswith(("08", "57P"))


#: What libpq says when it cannot connect, and what that means for the person connecting
#: (the catalogue's message, given the pattern's groups). Only the network and the server
#: being down are worth trying again as they are.
_REASONS: tuple[tuple[re.Pattern[str], Callable[..., Message], type[StoreError]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason, kind)
    for pattern, reason, kind in (
        (
            r'password authentication failed for user "([^"]*)"',
            lambda user: message("store.server_wrong_password", user=user),
            StoreError,
        ),
        (r"no password supplied", lambda: message("store.server_asks_password"), StoreError),
        (
            r'database "([^"]*)" does not exist',
            lambda name: message("store.server_no_database", name=name),
            StoreError,
        ),
        (
            r'role "([^"]*)" does not exist',
            lambda name: message("store.server_no_user", name=name),
            StoreError,
        ),
        (r"no pg_hba\.conf entry", lambda: message("store.server_refuses_user"), StoreError),
        (
            r"failed to resolve host '([^']*)'",
            lambda name: message("store.no_such_host", name=name),
            StoreError,
        ),
        (
            r"connection refused|on socket \"[^\"]*\" failed: No such file or directory",
            lambda: message("store.server_refused"),
            ServerUnavailableError,
        ),
        (
            r"the database system is starting up",
            lambda: message("store.server_starting"),
            ServerUnavailableError,
        ),
        (
            r"the database system is shutting down",
            lambda: message("store.server_stopping"),
            ServerUnavailableError,
        ),
        (
            r"too many clients|remaining connection slots are reserved",
            lambda: message("store.server_full"),
            ServerUnavailableError,
        ),
        (
            r"no route to host|network is unreachable",
            lambda: message("store.server_unreachable"),
            ServerUnavailableError,
        ),
        (
            r"timeout expired|timed out",
            lambda: message("store.server_timeout"),
            ServerUnavailableError,
        ),
        # libpq's own words in parentheses stood in English in French and Arabic lines.
        (
            r"server closed the connection unexpectedly",
            lambda: message("store.server_closed"),
            ServerUnavailableError,
        ),
        (  # a web server, or another program, on the port typed
            r"received invalid response to SSL negotiation|"
            r"expected authentication request from server",
            lambda: message("store.not_postgresql"),
            StoreError,
        ),
    )
)


#: Where libpq says it tried, before why it failed: the label names the server already.
_LIBPQ_WHERE = re.compile(
    r'^(?:connection failed: )?connection to server (?:at "[^"]*"(?: \([^)]*\))?, port \d+|'
    r'on socket "[^"]*") failed: (?:FATAL: +)?'
)


def translate(label: str, error: DBAPIError) -> StoreError:
    """A connection failure in words: why it failed, for the person who can fix it."""
    said = str(error.orig)
    for pattern, reason, kind in _REASONS:
        found = pattern.search(said)
        if found:
            return kind(reason(*found.groups()), about=label)
    first = _LIBPQ_WHERE.sub("", said.splitlines()[0] if said else "")
    return ServerUnavailableError(message("store.server_lost", error=first), about=label)


def named_server(label: str) -> Message | None:
    """A team server's label (:func:`label_of`) in words: which database on which host and
    port, the port a number a window writes in its reader's digits; None for a file's."""
    try:
        url = make_url(label)
    except (ArgumentError, ValueError):
        return None
    if url.get_backend_name() != "postgresql" or not url.host:
        return None
    database = url.database or ""
    if url.port is None:
        return message("store.team_server_default_port", database=database, host=url.host)
    return message("store.team_server", database=database, host=url.host, port=url.port)


def lock_migrations(connection: Connection) -> None:
    """Wait for any other user's migration; released when this transaction ends."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def missing_privileges(connection: Connection) -> list[str]:
    """Which of INSERT, UPDATE, DELETE on ``events`` the connected role lacks."""
    return [
        privilege
        for privilege in EDIT_PRIVILEGES
        if not connection.execute(
            text("SELECT has_table_privilege('events', :privilege)"), {"privilege": privilege}
        ).scalar()
    ]


def current_user(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar())


def claim_id(session: Session, table: str, event_id: int) -> None:
    """After a row was inserted with an explicit id (undo of a delete), make sure the
    table's sequence never hands that id out again. Only ever moves it forward."""
    session.execute(
        text(
            "SELECT setval(seq, :id) FROM (SELECT pg_get_serial_sequence(:table, 'id')::regclass "
            "AS seq) AS s WHERE :id > coalesce(pg_sequence_last_value(seq), 0)"
        ),
        {"table": table, "id": event_id},
    )
