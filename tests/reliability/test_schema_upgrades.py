"""Migrations over real data: every released schema's fixture upgrades with nothing lost.

Each ``fixtures/schema-<revision>.sqlite3`` was written by the release that had that schema
(see make_fixture.py); its ``.json`` holds what the events were then. A copy is opened,
which upgrades it to head after a backup, and every event is compared field by field.
"""

from __future__ import annotations

import csv
import json
import shlex
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.domain.agreements import Agreement, AgreementKind, AgreementStep
from timeline.domain.event import Forms
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.records import to_record
from timeline.domain.status import EventStatus
from timeline.io.identity import content_key
from timeline.store.agreements import save_agreement, threads_of
from timeline.store.backups import list_backups
from timeline.store.database import head_revision, open_database
from timeline.store.errors import NewerSchemaError
from timeline.store.repository import EventStore
from timeline.store.schema import known_revisions

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MAKE_FIXTURE = Path(__file__).resolve().parent / "make_fixture.py"
SCHEMAS = sorted(FIXTURES.glob("schema-*.sqlite3"))


def revision_of(fixture: Path) -> str:
    return fixture.stem.removeprefix("schema-")


def kept(now: object, then: object) -> bool:
    """``now`` holds everything ``then`` held; a record may have gained fields since (the
    forms of places and names in three languages, filled in by the upgrade)."""
    if isinstance(then, dict) and isinstance(now, dict):
        return all(key in now and kept(now[key], value) for key, value in then.items())
    if isinstance(then, list) and isinstance(now, list):
        return len(now) == len(then) and all(map(kept, now, then))
    return now == then


def assert_every_event_survives(path: Path, expected_file: Path) -> None:
    """Open (and so upgrade) ``path``; every expected event is there, field by field."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    database = open_database(path)
    try:
        assert database.revision() == head_revision()
        assert database.integrity_problems() == []
        found = {event.id: event for event in EventStore(database).find()}
    finally:
        database.close()
    assert sorted(found) == sorted(record["id"] for record in expected["events"])
    for record in expected["events"]:
        event = found[record["id"]]
        actual = to_record(event)
        for field, value in record.items():
            assert kept(actual[field], value), f"event {record['id']}: {field}"
        stored = expected["stored"][str(event.id)]
        assert event.version == stored["version"], f"event {event.id}: version"
        for moment in ("created_at", "updated_at"):
            value = datetime.fromisoformat(stored[moment])
            assert getattr(event, moment) == value, f"event {event.id}: {moment}"


def test_the_fixtures_are_small_whole_files_of_known_revisions():
    """At least the first schema has one; a release adds its own (see make_fixture.py)."""
    assert "0001" in {revision_of(fixture) for fixture in SCHEMAS}
    for fixture in SCHEMAS:
        assert revision_of(fixture) in known_revisions()
        assert fixture.with_suffix(".json").is_file()
        assert fixture.stat().st_size < 200_000
        assert not Path(f"{fixture}-wal").exists()


@pytest.mark.parametrize("fixture", SCHEMAS, ids=revision_of)
def test_a_fixture_upgrades_to_head_with_every_event_intact(fixture, tmp_path):
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(fixture, path)
    assert_every_event_survives(path, fixture.with_suffix(".json"))
    reasons = [info.reason for info in list_backups(path)]
    if revision_of(fixture) != head_revision():
        upgrade_backup = next(i for i in list_backups(path) if i.reason.startswith("before-"))
        assert upgrade_backup.reason == f"before-upgrade-to-{head_revision()}"
        with closing(sqlite3.connect(f"{upgrade_backup.path.as_uri()}?mode=ro", uri=True)) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (
                revision_of(fixture),
            )
    assert "daily" not in reasons  # the backup before the upgrade is today's backup
    # Opening again changes nothing and keeps everything.
    assert_every_event_survives(path, fixture.with_suffix(".json"))
    assert [info.reason for info in list_backups(path)] == reasons


@pytest.mark.parametrize("fixture", SCHEMAS, ids=revision_of)
def test_a_newer_schema_is_refused_and_left_untouched(fixture, tmp_path, capsys):
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(fixture, path)
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        raw.commit()
    content = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="ffff_from_the_future"):
        open_database(path)
    assert main(["db", "check", "--database", str(path)]) == 1
    assert "newer version" in capsys.readouterr().err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.sqlite3"]


def test_make_fixture_builds_a_fixture_that_passes_the_same_check(tmp_path):
    result = subprocess.run(
        [sys.executable, str(MAKE_FIXTURE), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    built = tmp_path / f"schema-{head_revision()}.sqlite3"
    copy = tmp_path / "copy" / "timeline.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(built, copy)
    assert_every_event_survives(copy, built.with_suffix(".json"))
    again = subprocess.run(
        [sys.executable, str(MAKE_FIXTURE), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert again.returncode != 0 and "frozen" in again.stderr


def test_an_upgrade_gives_old_places_and_names_their_forms_and_finds_them(tmp_path):
    """Revision 0005: an Arabic stored form is the Arabic form; a city the place table knows
    gets all three; the new forms are searched (through the text index) like the old."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    database = open_database(path)
    try:
        store = EventStore(database)
        rabat, tashkent, visit = store.get(15), store.get(7), store.get(4)
        by_french = {event.id for event in store.find(EventFilter(text="Tachkent"))}
        by_arabic = {event.id for event in store.find(EventFilter(text="الرباط"))}
    finally:
        database.close()
    assert rabat.place.city == "Rabat"
    assert rabat.place.city_forms == Forms("الرباط", "Rabat", "Rabat")
    assert tashkent.place.city == "طشقند"
    assert tashkent.place.city_forms == Forms("طشقند", "Tashkent", "Tachkent")
    assert tashkent.participants[0].name_forms == Forms(ar="محمد ولد الرشيد")
    assert tashkent.participants[0].office_forms == Forms(ar="رئيس مجلس المستشارين")
    assert visit.participants[0].name_forms == Forms()  # Murat Nurtleu: English or French
    assert {7, 8, 9, 14, 18} <= by_french
    assert {10, 11, 15, 19} <= by_arabic


def test_an_upgrade_makes_every_old_event_held(tmp_path):
    """Revision 0007: the new status column, "held" for every event recorded before."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    open_database(path).close()
    with closing(sqlite3.connect(path)) as raw:
        statuses = {status for (status,) in raw.execute("SELECT status FROM events")}
    assert statuses == {"held"}
    database = open_database(path)
    try:
        assert {event.status for event in EventStore(database).find()} == {EventStatus.HELD}
    finally:
        database.close()


def test_an_upgrade_adds_the_links_table_empty(tmp_path):
    """Revision 0008: links between events, none yet; they go with either event."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    open_database(path).close()
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT count(*) FROM event_links").fetchone() == (0,)
        cascades = {row[2]: row[6] for row in raw.execute("PRAGMA foreign_key_list(event_links)")}
    assert cascades == {"events": "CASCADE"}


def test_an_upgrade_adds_agreements_and_makes_no_old_event_a_step(tmp_path):
    """Revision 0009: the agreements table, empty; no old event is a step of any; an old
    event can then start a thread, and the thread is read back."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    open_database(path).close()
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT count(*) FROM agreements").fetchone() == (0,)
        steps = raw.execute("SELECT DISTINCT agreement_id, agreement_step FROM events")
        assert steps.fetchall() == [(None, None)]
        indexes = {row[1] for row in raw.execute("PRAGMA index_list(events)")}
    assert "ix_events_agreement" in indexes
    database = open_database(path)
    try:
        store = EventStore(database)
        signed = next(e for e in store.find() if e.kind is EventKind.AGREEMENT_SIGNED)
        visa = Agreement("visa", AgreementKind.VISA_WAIVER, signed.countries, title_en="Visa")
        save_agreement(database, visa)
        store.update(replace(signed, agreement_id="visa", agreement_step=AgreementStep.SIGNED))
        (thread,) = threads_of(database, [signed.id])
        assert (thread.agreement, thread.event_ids()) == (visa, [signed.id])
    finally:
        database.close()


def test_an_upgrade_keys_every_old_event_as_an_import_of_its_export_did(tmp_path):
    """Revision 0011: each old event gets the key an import of it elsewhere gave it (its
    export wrote none; the importing database keyed it by content and id), its version and
    times left as they were. Random keys made the next exchange with that database add
    every event again; exported and imported back here, they were added twice."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    with closing(sqlite3.connect(path)) as raw:
        stamps = raw.execute("SELECT id, version, updated_at FROM events ORDER BY id").fetchall()
    database = open_database(path)
    try:
        events = EventStore(database).find()
        assert {event.source_key for event in events} == {content_key(e) for e in events}
    finally:
        database.close()
    with closing(sqlite3.connect(path)) as raw:
        now = raw.execute("SELECT id, version, updated_at FROM events ORDER BY id").fetchall()
    assert now == stamps
    # An export made before the upgrade carried no keys: its events, imported elsewhere...
    keyless = tmp_path / "before.csv"
    assert main(["export", "--database", str(path), str(keyless)]) == 0
    with keyless.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with keyless.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**row, "source_key": ""} for row in rows)
    elsewhere = tmp_path / "elsewhere.sqlite3"
    assert main(["import", str(keyless), "--database", str(elsewhere)]) == 0
    # ...are known there when this database's export now comes with its keys.
    after = tmp_path / "after.csv"
    assert main(["export", "--database", str(path), str(after)]) == 0
    for target in (elsewhere, path):
        assert main(["import", str(after), "--database", str(target)]) == 0
        with closing(sqlite3.connect(target)) as raw:
            assert raw.execute("SELECT count(*) FROM events").fetchone() == (len(stamps),)


def test_an_upgrade_whose_backup_fails_offers_no_read_only_opening(tmp_path):
    """The copy before an upgrade could not be written (its folder blocked): the file stays
    at its old schema, which a read-only opening cannot read either. "Open read-only" was
    offered, and failed with "needs an upgrade"; only the steps that can work are."""
    from timeline.store.backups import backups_dir
    from timeline.store.errors import BackupError
    from timeline.ui.open_error_dialog import OpenChoice, choices_for

    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(SCHEMAS[0], path)
    backups_dir(path).write_text("in the way")
    with pytest.raises(BackupError) as raised:
        open_database(path)
    assert OpenChoice.READ_ONLY not in choices_for(raised.value, path)
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (
            revision_of(SCHEMAS[0]),
        )


def test_an_old_schema_checked_names_the_command_that_upgrades_that_file(tmp_path, capsys):
    """ "run: diplomatic-timeline db upgrade" upgraded the default file, not the one checked.
    The command names it, quoted for the shell, and run as written it upgrades it."""
    path = tmp_path / "my files" / "timeline.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(SCHEMAS[0], path)
    assert main(["db", "check", "--database", str(path)]) == 1
    said = capsys.readouterr().err
    command = f"diplomatic-timeline db upgrade --database '{path}'"
    assert f"(run: {command})" in said
    assert main(shlex.split(command)[1:]) == 0
    assert main(["db", "check", "--database", str(path)]) == 0
