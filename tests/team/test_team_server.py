"""What only a server does: refuse, ask for a password, migrate for two at once, grant only
reading, go away and come back. Each failure is one line naming the database and why."""

from __future__ import annotations

import dataclasses
import socket
import threading

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from timeline.cli import main
from timeline.io.sample import load_sample
from timeline.store.database import head_revision, open_database
from timeline.store.errors import (
    NewerSchemaError,
    ServerUnavailableError,
    StoreError,
    WriteRefusedError,
)
from timeline.store.repository import EventStore


def with_(url: str, **parts) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (lambda url: with_(url, port=closed_port()), ServerUnavailableError, "refused"),
        (lambda url: with_(url, password="wrong"), StoreError, "wrong password for user"),
        (lambda url: with_(url, database="no_such_db"), StoreError, "no database named no_such"),
    ],
    ids=["refused", "wrong-password", "unknown-database"],
)
def test_a_connection_that_fails_says_why_in_one_line(postgres_module_url, change, error, message):
    url = change(postgres_module_url)
    with pytest.raises(error) as raised:
        open_database(url)
    text_ = str(raised.value)
    assert message in text_ and "\n" not in text_
    assert "editor-secret" not in text_ and "wrong" not in text_.split(":")[1], "no password"


def test_a_newer_schema_is_refused_as_for_a_file(fresh_postgres_url):
    open_database(fresh_postgres_url).close()
    engine = create_engine(fresh_postgres_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerSchemaError, match="newer version of Diplomatic Timeline"):
        open_database(fresh_postgres_url)


def test_two_users_starting_at_once_migrate_once(fresh_postgres_url):
    opened, failed = [], []
    start = threading.Barrier(4)

    def open_it() -> None:
        start.wait()
        try:
            opened.append(open_database(fresh_postgres_url))
        except StoreError as error:
            failed.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failed
    assert {database.revision() for database in opened} == {head_revision()}
    for database in opened:
        database.close()


def test_a_read_only_role_browses_but_cannot_change(postgres_store, readonly_url):
    saved = load_sample(postgres_store)
    database = open_database(readonly_url)
    try:
        assert database.read_only
        assert str(database.read_only_why) == (
            "the user timeline_reader may only read this database; changes cannot be saved"
        )
        reader = EventStore(database)
        assert reader.count() == len(saved)
        assert reader.history(saved[0].id)
        with pytest.raises(WriteRefusedError, match="may only read"):
            reader.update(dataclasses.replace(saved[0], title_en="No"))
    finally:
        database.close()


def test_a_read_only_roles_import_says_the_user_may_only_read(
    postgres_store, readonly_url, tmp_path, capsys
):
    """An import as the reading role said "opened read-only; nothing was imported", where
    nobody opened anything read-only: ``add`` and ``edit`` name the user."""
    load_sample(postgres_store)
    events = tmp_path / "events.csv"
    assert main(["export", str(events), "--database", postgres_store.database.target.url]) == 0
    capsys.readouterr()
    assert main(["import", str(events), "--database", readonly_url]) != 0
    assert "the user timeline_reader may only read this database; nothing was imported" in (
        capsys.readouterr().err
    )


def test_a_read_only_role_cannot_migrate_and_says_so(fresh_postgres_url, readonly_url):
    reader = make_url(readonly_url)
    url = with_(fresh_postgres_url, username=reader.username, password=reader.password)
    with pytest.raises(StoreError, match="has no tables yet, and this user may not create"):
        open_database(url)  # "needs an upgrade from schema none" was said


def test_a_save_while_the_server_is_away_fails_cleanly_and_works_once_it_is_back(relayed_url):
    url, relay = relayed_url
    store = EventStore(open_database(url))
    try:
        visit = load_sample(store)[0]
        relay.cut()
        wanted = dataclasses.replace(visit, title_en="Saved after the outage")
        with pytest.raises(ServerUnavailableError) as raised:
            store.update(wanted)
        assert "\n" not in str(raised.value)
        relay.mend()
        assert store.update(wanted).title_en == "Saved after the outage"
    finally:
        store.database.close()


def test_the_title_and_messages_never_show_the_password(postgres_module_url):
    database = open_database(postgres_module_url)
    try:
        assert "editor-secret" not in database.target.label
        assert "***" in database.target.label
    finally:
        database.close()


def test_the_upgrade_command_db_check_gives_holds_no_password(fresh_postgres_url, capsys):
    """It named the database by its label, "***" for the password, which pasted was sent
    as the password: the driver takes it from PGPASSWORD or ~/.pgpass."""
    assert main(["db", "check", "--database", fresh_postgres_url]) == 1
    said = capsys.readouterr().err
    command = said.split("db upgrade --database ", 1)[1]
    assert "***" not in command and "editor-secret" not in said
    assert make_url(command.strip(" ')\n")).password is None


def test_the_command_line_upgrades_and_checks_a_server_database(fresh_postgres_url, capsys):
    assert main(["db", "upgrade", "--database", fresh_postgres_url]) == 0
    assert main(["db", "check", "--database", fresh_postgres_url]) == 0
    out = capsys.readouterr().out
    assert f"at schema {head_revision()}\n" in out and "ok (schema" in out
    assert "editor-secret" not in out
