import os
import sqlite3
from contextlib import closing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from timeline.io.sample import load_sample
from timeline.store.backups import list_backups
from timeline.store.database import Target, head_revision, open_database
from timeline.store.errors import NewerSchemaError, StoreError
from timeline.store.repository import EventStore
from timeline.store.server import server_url


def snapshot(path):
    stat = path.stat()
    return path.read_bytes(), stat.st_mtime_ns


def test_a_new_file_is_created_at_the_head_revision_in_wal_mode(database, db_path):
    assert db_path.is_file()
    assert database.revision() == head_revision()
    assert database.journal_mode() == "wal"
    assert database.integrity_problems() == []


def test_reopening_keeps_the_events(database, db_path):
    load_sample(EventStore(database))
    database.close()
    again = open_database(db_path)
    try:
        assert EventStore(again).count() == 11
        assert again.revision() == head_revision()
        # Only the day's automatic copy: nothing was migrated, so no migration backup.
        assert [backup.reason for backup in list_backups(db_path)] == ["daily"]
    finally:
        again.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"hello", "not a SQLite database"),
        (b"", "empty"),
        (b"SQLite format 3\x00" + b"\x01" * 84, "damaged"),
    ],
    ids=["text", "empty", "damaged"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, content, reason):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    before = snapshot(path)
    with pytest.raises(StoreError) as raised:
        open_database(path)
    assert str(path) in str(raised.value)
    assert reason in str(raised.value)
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError) as raised:
        open_database(tmp_path)
    assert str(tmp_path) in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_a_path_in_a_missing_folder_is_refused(tmp_path):
    path = tmp_path / "missing" / "timeline.sqlite3"
    with pytest.raises(StoreError) as raised:
        open_database(path)
    assert str(path) in str(raised.value)
    assert not path.parent.exists()


def test_a_database_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.commit()
    before = snapshot(path)
    with pytest.raises(StoreError, match="another program"):
        open_database(path)
    assert snapshot(path) == before


def test_a_database_from_a_newer_app_is_refused_untouched(database, db_path):
    load_sample(EventStore(database))
    database.close()
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        raw.commit()
    os.utime(db_path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = snapshot(db_path)
    with pytest.raises(NewerSchemaError) as raised:
        open_database(db_path)
    assert str(db_path) in str(raised.value)
    assert "ffff_future" in str(raised.value)
    assert snapshot(db_path) == before
    assert not (db_path.parent / "timeline.sqlite3-backups").exists()


def test_backup_is_a_consistent_copy_that_opens(database, tmp_path):
    store = EventStore(database)
    load_sample(store)
    copy = database.backup(tmp_path / "copies" / "copy.sqlite3")
    assert copy.is_file()
    reopened = open_database(copy)
    try:
        assert reopened.integrity_problems() == []
        assert EventStore(reopened).find() == store.find()
    finally:
        reopened.close()


def test_backup_does_not_overwrite_an_existing_file(database, tmp_path):
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"keep me")
    with pytest.raises(StoreError, match="already exists"):
        database.backup(target)
    assert target.read_bytes() == b"keep me"


def test_default_backup_goes_beside_the_file(database, db_path):
    copy = database.backup()
    assert copy.parent == db_path.parent / "timeline.sqlite3-backups"
    assert copy.suffix == ".sqlite3"


@given(
    user=st.text(alphabet=st.sampled_from("ab@:/?#%& éش"), min_size=1, max_size=12),
    password=st.text(alphabet=st.sampled_from("ab@:/?#%& éش*"), min_size=1, max_size=12),
    database=st.text(alphabet=st.sampled_from("ab@:/?#%& éش"), min_size=1, max_size=12),
)
def test_an_address_to_type_in_a_command_is_the_url_without_its_password(user, password, database):
    """`db check` told a server database's upgrade command with the label's "***" for the
    password, which pasted as it was sent "***"."""
    url = server_url("db.example", 5433, database, user, password)
    address = make_url(Target.parse(url).address)
    assert address.password is None
    assert (address.username, address.host, address.port) == (user, "db.example", 5433)
    assert address.database == database
    assert Target.parse("/data/my 100% timeline.sqlite3").address == (
        "/data/my 100% timeline.sqlite3"
    )
