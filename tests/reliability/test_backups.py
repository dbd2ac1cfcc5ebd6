"""Backups: one a day on open and one before each migration, the newest N kept; listing
them with dates and event counts; restoring one atomically, the current file kept first."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta

import pytest

from timeline.cli import main
from timeline.store.backups import (
    backup_sqlite_file,
    backups_dir,
    list_backups,
    new_backup_path,
    restore_backup,
)
from timeline.store.database import open_database
from timeline.store.errors import DamagedFileError, LockedFileError, StoreError
from timeline.store.repository import EventStore


def count_events(path) -> int:
    database = open_database(path, read_only=True)
    try:
        return EventStore(database).count()
    finally:
        database.close()


def backup_taken(path, reason: str, days_ago: float) -> None:
    """A backup as if taken ``days_ago`` days before now."""
    when = datetime.now() - timedelta(days=days_ago)
    backup_sqlite_file(path, new_backup_path(path, reason, when))


def reopen(path, **options) -> None:
    open_database(path, **options).close()


def test_opening_takes_one_backup_a_day(sample_file):
    reopen(sample_file)
    [daily] = list_backups(sample_file)
    assert daily.reason == "daily" and daily.events == 11
    assert daily.taken.date() == datetime.now().date()
    assert daily.path.parent == sample_file.parent / "timeline.sqlite3-backups"
    reopen(sample_file)
    assert list_backups(sample_file) == [daily]


def test_a_backup_from_yesterday_does_not_count_for_today(sample_file):
    backup_taken(sample_file, "daily", days_ago=1)
    reopen(sample_file)
    assert [info.reason for info in list_backups(sample_file)] == ["daily", "daily"]


def test_only_the_newest_automatic_backups_are_kept(sample_file):
    for days_ago in range(2, 14):
        backup_taken(sample_file, "daily" if days_ago % 3 else "before-restore", days_ago)
    backup_taken(sample_file, "manual", days_ago=30)
    reopen(sample_file, keep_backups=4)
    kept = list_backups(sample_file)
    assert [info.taken.date() for info in kept] == [
        (datetime.now() - timedelta(days=days_ago)).date() for days_ago in (0, 2, 3, 4, 30)
    ]
    assert kept[-1].reason == "manual", "a copy someone asked for is never deleted"


def test_no_automatic_backup_when_keep_is_zero(sample_file):
    reopen(sample_file, keep_backups=0)
    assert list_backups(sample_file) == []


def test_a_new_file_is_not_backed_up(tmp_path):
    reopen(tmp_path / "new.sqlite3")
    assert not backups_dir(tmp_path / "new.sqlite3").exists()


def test_an_unreadable_copy_is_listed_without_a_count(sample_file):
    folder = backups_dir(sample_file)
    folder.mkdir()
    (folder / "timeline.sqlite3-20250101-120000-daily.sqlite3").write_text("not a database")
    [listed] = list_backups(sample_file)
    assert listed.events is None and listed.taken == datetime(2025, 1, 1, 12, 0)


def test_restore_puts_the_backup_back_and_keeps_the_current_file(sample_file):
    backup_taken(sample_file, "daily", days_ago=1)
    [backup] = list_backups(sample_file)
    store = EventStore(open_database(sample_file))
    for event in store.find()[:4]:
        store.delete(event.id)
    store.database.close()

    kept = restore_backup(sample_file, backup.path)

    assert sorted(p.name for p in sample_file.parent.iterdir()) == [
        "timeline.sqlite3",
        "timeline.sqlite3-backups",
    ], "no temporary file, and no WAL of the replaced file"
    assert count_events(sample_file) == 11
    newest = list_backups(sample_file)[0]
    assert (newest.path, newest.reason, newest.events) == (kept, "before-restore", 7)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_restored_file_keeps_who_may_read_and_write_it(sample_file):
    """A database shared with a group (0660) is still so once a backup replaced it."""
    backup_taken(sample_file, "daily", days_ago=1)
    [backup] = list_backups(sample_file)
    sample_file.chmod(0o660)
    restore_backup(sample_file, backup.path)
    assert sample_file.stat().st_mode & 0o777 == 0o660


def test_restore_is_refused_while_the_file_is_open(sample_file, quick_locks):
    backup_taken(sample_file, "daily", days_ago=1)
    [backup] = list_backups(sample_file)
    database = open_database(sample_file)
    try:
        EventStore(database).count()
        with pytest.raises(LockedFileError, match="open in another window"):
            restore_backup(sample_file, backup.path)
        assert EventStore(database).count() == 11
    finally:
        database.close()


def test_a_damaged_backup_is_not_restored(sample_file):
    backup_taken(sample_file, "daily", days_ago=1)
    [backup] = list_backups(sample_file)
    data = backup.path.read_bytes()
    backup.path.write_bytes(data[: len(data) // 2])
    before = sample_file.read_bytes()
    with pytest.raises(DamagedFileError, match=str(backup.path)):
        restore_backup(sample_file, backup.path)
    assert sample_file.read_bytes() == before


def test_a_damaged_file_is_kept_byte_for_byte_when_a_backup_replaces_it(sample_file):
    backup_taken(sample_file, "daily", days_ago=1)
    [backup] = list_backups(sample_file)
    sample_file.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 5000)
    kept = restore_backup(sample_file, backup.path)
    assert kept is not None and kept.read_bytes() == b"SQLite format 3\x00" + b"\xa5" * 5000
    assert count_events(sample_file) == 11


def test_a_failed_restore_leaves_the_file_as_it_was(sample_file, monkeypatch):
    backup_taken(sample_file, "daily", days_ago=1)
    [backup] = list_backups(sample_file)
    store = EventStore(open_database(sample_file))
    store.delete(store.find()[0].id)
    before = store.find()
    store.database.close()

    def power_cut(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(StoreError, match="could not be restored"):
        restore_backup(sample_file, backup.path)
    monkeypatch.undo()
    assert sample_file.read_bytes()[18:20] == b"\x02\x02", "still in WAL mode"
    assert not any(p.name.endswith(".restoring") for p in sample_file.parent.iterdir())
    store = EventStore(open_database(sample_file))
    assert store.find() == before
    store.database.close()


def test_db_backups_and_db_restore(sample_file, capsys):
    assert main(["db", "backup", "--database", str(sample_file)]) == 0
    copy = capsys.readouterr().out.strip()
    assert copy.startswith(str(backups_dir(sample_file))) and copy.endswith("-manual.sqlite3")
    assert main(["db", "backups", "--database", str(sample_file)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.endswith(f"  Made by you  11 events  {copy}")
    shutil.copyfile(sample_file, sample_file.with_name("other.sqlite3"))
    name = os.path.basename(copy)
    assert main(["db", "restore", "--database", str(sample_file), name]) == 0
    assert capsys.readouterr().out.startswith(f"{sample_file}: restored from {copy}")
    assert count_events(sample_file) == 11


@pytest.mark.parametrize("depth", [0, 1])
def test_a_backup_into_a_file_taken_for_a_folder_says_so(sample_file, tmp_path, depth):
    """A backup into "report.pdf/copy.sqlite3" failed "(File exists)": the folder it named,
    or one above it, is a file, as Export events already said."""
    taken = tmp_path / "report.pdf"
    taken.write_text("not a folder")
    folder = taken / "inner" if depth else taken
    with pytest.raises(StoreError) as raised:
        backup_sqlite_file(sample_file, folder / "copy.sqlite3")
    assert raised.value.in_language("en").endswith("backup failed (Not a directory)")
    assert taken.read_text() == "not a folder"
