"""Migration 0002: the source identity of imported rows, added to databases in use."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from keyed_events import stored_keys, write_keyed
from sqlalchemy import create_engine, inspect

from timeline.io.sample import load_sample, sample_events
from timeline.locations import migrations_dir
from timeline.store import bulk
from timeline.store.bulk import bulk_transaction, present_keys
from timeline.store.database import head_revision, open_database
from timeline.store.errors import StoreError
from timeline.store.models import Base
from timeline.store.repository import EventStore
from timeline.store.schema import known_revisions


def create_at_revision(path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(migrations_dir()))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_a_database_at_0001_is_upgraded_with_its_events_and_a_backup(tmp_path):
    path = tmp_path / "team.sqlite3"
    create_at_revision(path, "0001")
    database = open_database(path, upgrade=False)
    assert database.revision() == "0001"
    database.close()
    database = open_database(path)
    try:
        assert database.revision() == head_revision()
        # a copy before upgrading
        assert list((tmp_path / "team.sqlite3-backups").glob("*.sqlite3"))
        store = EventStore(database)
        load_sample(store)
        assert store.count() == 11
        columns = {c["name"]: c for c in inspect(database.engine).get_columns("events")}
        assert columns["source_key"]["nullable"]
        indexes = {i["name"]: i for i in inspect(database.engine).get_indexes("events")}
        assert indexes["ix_events_source_key"]["unique"]
        assert database.integrity_problems() == []
    finally:
        database.close()


def test_the_models_match_the_migrations(tmp_path):
    database = open_database(tmp_path / "fresh.sqlite3")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                # The text search index (0003) is SQLite's own FTS5 machinery and the change
                # stamp (0010) a table of triggers' own, not models.
                opts={
                    "include_name": lambda name, kind, _: (
                        not str(name).startswith(("events_fts", "change_stamp"))
                    )
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_a_source_key_is_stored_once(tmp_path):
    database = open_database(tmp_path / "keys.sqlite3")
    event = sample_events()[0]
    try:
        with bulk_transaction(database) as writer:
            write_keyed(writer, [("gdelt:1", event)])
            assert writer.present(["gdelt:1", "gdelt:2"]) == {"gdelt:1"}
        assert present_keys(database, ["gdelt:1"]) == {"gdelt:1"}
        with (
            pytest.raises(StoreError, match="nothing was saved"),
            bulk_transaction(database) as writer,
        ):
            write_keyed(writer, [("gdelt:1", event)])
        store = EventStore(database)
        assert store.count() == 1
        (event_id,) = store.ids()
        assert stored_keys(store) == {event_id: "gdelt:1"}
        assert store.get(event_id).countries == event.countries
    finally:
        database.close()


def test_an_import_into_an_empty_database_builds_again_every_index_it_set_aside(tmp_path):
    """The first import sets aside the secondary indexes of the tables it fills (all but the
    source key's, which it reads) and builds them again: the schema is the new one's."""
    database = open_database(tmp_path / "timeline.sqlite3")
    try:
        query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        with database.engine.connect() as connection:
            before = connection.exec_driver_sql(query).all()
        filled = {"events", "event_countries", "participants", "sources", "event_tags"}
        secondary = {
            name
            for kind, name, table, sql in before
            if kind == "index" and table in filled and sql is not None
        }
        assert secondary - set(bulk._DEFERRABLE) == {"ix_events_source_key"}
        assert set(bulk._DEFERRABLE) <= secondary
        with bulk_transaction(database) as writer:
            write_keyed(writer, [(f"test:{n}", event) for n, event in enumerate(sample_events())])
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(query).all() == before
        assert len(EventStore(database).find()) == len(sample_events())
    finally:
        database.close()


def test_an_import_beside_a_reading_process_sets_aside_only_the_scattered_indexes(tmp_path):
    """Read by a second process, an import keeps in step the indexes that grow at their end
    as the ids do, and builds once at its end those its rows fill in no order (days, kinds,
    partner countries): in step they cost the importer more than the reading process takes."""
    database = open_database(tmp_path / "timeline.sqlite3")
    try:
        query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        with database.engine.connect() as connection:
            before = connection.exec_driver_sql(query).all()
        with bulk_transaction(database, indexes_at_end=False) as writer:
            write_keyed(writer, [(f"test:{n}", event) for n, event in enumerate(sample_events())])
            meanwhile = {name for _, name, _, _ in writer.connection.exec_driver_sql(query)}
        assert set(bulk._DEFERRABLE) - meanwhile == {
            "ix_events_start_end",
            "ix_events_kind_start",
            "ix_event_countries_country",
        }
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(query).all() == before
        assert len(EventStore(database).find()) == len(sample_events())
    finally:
        database.close()


def test_the_revisions_read_from_the_file_names_are_alembics_chain():
    """schema.py names the revisions after their files, to open without Alembic."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    chain = [script.revision for script in ScriptDirectory.from_config(config).walk_revisions()]
    assert known_revisions() == tuple(reversed(chain))
    assert head_revision() == chain[0]
