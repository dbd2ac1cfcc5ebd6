"""The server URL rules that live in one place: building a URL, never showing its password,
naming a server in words; and what libpq says of a failed connection, in the catalogue's."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from timeline.store.database import open_database
from timeline.store.errors import ServerUnavailableError, StoreError
from timeline.store.server import (
    label_of,
    named_server,
    server_url,
    translate,
    without_password,
)

INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

awkward = st.text(alphabet=st.sampled_from("ab@:/?#%& éش"), min_size=1, max_size=12)


@given(user=awkward, password=awkward, database=awkward)
def test_every_part_of_a_server_url_is_taken_literally(user, password, database):
    url = make_url(server_url("db.example", 5433, database, user, password))
    assert (url.username, url.password, url.database) == (user, password, database)
    assert (url.host, url.port) == ("db.example", 5433)


@given(password=awkward)
def test_a_label_never_shows_the_password(password):
    url = server_url("db.example", 5432, "timeline", "desk", password + "secret")
    assert "secret" not in label_of(url)


def test_a_password_given_as_a_query_is_hidden_too():
    url = "postgresql://amina@dbhost/timeline?password=s3cret&sslmode=require"
    assert "s3cret" not in label_of(url) and "sslmode=require" in label_of(url)
    assert "s3cret" not in without_password(url) and "password" not in without_password(url)
    assert make_url(without_password(url)).query == {"sslmode": "require"}


def test_a_malformed_url_still_hides_its_password():
    assert "secret" not in label_of("postgresql://desk:secret@[bad")


def test_a_file_path_is_shown_as_it_is():
    assert label_of("/data/my 100% timeline.sqlite3") == "/data/my 100% timeline.sqlite3"


LOCAL = "postgresql+psycopg://desk:***@127.0.0.1:5999/timeline"


@pytest.mark.parametrize(
    ("libpq", "reason"),
    [
        (
            'connection failed: connection to server at "127.0.0.1", port 5999 failed: '
            "Connection refused\n\tIs the server running on that host and accepting TCP/IP "
            "connections?",
            "the server refused the connection: is it running, and are the host and port right?",
        ),
        (
            'connection failed: connection to server on socket "/tmp/.s.PGSQL.5999" failed: '
            "No such file or directory",
            "the server refused the connection: is it running, and are the host and port right?",
        ),
        (
            'connection failed: connection to server at "10.0.0.7", port 5432 failed: '
            "FATAL:  the database system is starting up",
            "the server is starting up; try again in a moment",
        ),
        (
            'connection to server at "10.0.0.7", port 5432 failed: FATAL:  sorry, too many '
            "clients already",
            "the server has all the connections it accepts; try again later",
        ),
        (
            'connection to server at "10.0.0.7", port 5432 failed: No route to host',
            "the network does not reach the server",
        ),
        (  # said in English in parentheses, in French and Arabic lines too
            'connection to server at "10.0.0.7", port 5432 failed: server closed the '
            "connection unexpectedly\n\tThis probably means the server terminated abnormally",
            "the server closed the connection; nothing was saved. Try again when it is back",
        ),
        (  # a web server on the port typed
            'connection to server at "10.0.0.7", port 8080 failed: received invalid response '
            "to SSL negotiation: H",
            "no PostgreSQL server answers at this host and port: another program listens there",
        ),
        (  # unknown: libpq's words, without where it tried (the label says it)
            'connection to server at "10.0.0.7" (10.0.0.7), port 5432 failed: FATAL:  '
            "something new\nDETAIL: more",
            "the connection to the server was lost; nothing was saved. Try again when it is "
            "back (something new)",
        ),
    ],
)
def test_a_connection_failure_is_said_without_libpqs_port_and_numbers(libpq, reason):
    """What libpq writes of where it tried ("port 5999", a socket's number) stays out of
    the reason: the window names the server itself, in its reader's digits."""
    error = translate(LOCAL, OperationalError("connect", {}, Exception(libpq)))
    assert error.reason_in("en") == reason
    assert error.about == LOCAL


def test_a_team_server_is_named_by_its_database_host_and_port():
    named = named_server(LOCAL)
    assert named is not None
    assert named.render("en") == "database timeline on 127.0.0.1, port 5999"
    egyptian = named.render("ar", digits=lambda text: text.translate(INDIC))
    assert egyptian == "قاعدة البيانات timeline على الخادم 127.0.0.1، المنفذ ٥٩٩٩"
    default = named_server("postgresql+psycopg://desk@db.example/timeline")
    assert default is not None and default.render("fr") == "base timeline sur db.example"
    assert named_server("/data/timeline.sqlite3") is None
    assert named_server("sqlite:////data/timeline.sqlite3") is None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://desk@db.example/timeline", "is not an address the app opens"),
        ("garbage://db.example", "is not an address the app opens"),
        ("postgresql://desk@db.example:fifty/timeline", "its port is not a number"),
    ],
)
def test_an_address_the_app_cannot_use_is_said_in_words(url, reason):
    """SQLAlchemy's words were "No module named 'MySQLdb'", "Can't load plugin:
    sqlalchemy.dialects:garbage", "invalid literal for int() with base 10"."""
    with pytest.raises(StoreError) as raised:
        open_database(url)
    assert str(raised.value).endswith(reason) or f"{reason}: a team server" in str(raised.value)
    assert raised.value.in_language("fr") != raised.value.in_language("en")


@pytest.mark.parametrize("scheme", ["postgres", "POSTGRES", "PostgreSQL", "postgres+psycopg"])
def test_postgres_is_read_as_postgresql(scheme):
    """Hosting services give "postgres://", which libpq takes too, and some print the scheme
    in capitals: SQLAlchemy said "Can't load plugin: sqlalchemy.dialects:postgres"."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ServerUnavailableError):
        open_database(f"{scheme}://desk@127.0.0.1:{port}/timeline")
