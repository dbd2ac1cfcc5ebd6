"""Bad database files: each is refused with its own error, in one line, and left untouched.

Untouched means the same bytes and modification time, and nothing new beside it: no
``-wal``/``-shm`` files and no backups folder.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.io.sample import sample_events
from timeline.store.database import head_revision, open_database
from timeline.store.errors import (
    DamagedFileError,
    EmptyFileError,
    LockedFileError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyFileError,
    StoreError,
    WriteRefusedError,
)
from timeline.store.repository import EventStore

PAGE = 4096
FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.name: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def empty(path: Path) -> None:
    path.write_bytes(b"")


def truncated_at_a_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // PAGE // 2 * PAGE])


def truncated_mid_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def corrupt_pages(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:PAGE] + b"\xa5" * (len(data) - PAGE))


def corrupt_cell(path: Path) -> None:
    """A cell pointer out of range: SQLite's report of it spans two lines."""
    data = bytearray(path.read_bytes())
    data[2 * PAGE + 8 : 2 * PAGE + 12] = b"\xff" * 4
    path.write_bytes(bytes(data))


def changed_by_hand(*statements: str) -> Callable[[Path], None]:
    """A spoiler that runs ``statements`` on the file, as another tool would."""

    def spoil(path: Path) -> None:
        with closing(sqlite3.connect(path)) as raw:
            for statement in statements:
                raw.execute(statement)
            raw.commit()

    return spoil


empty_schema_revision = changed_by_hand("DELETE FROM alembic_version")
no_events_table = changed_by_hand("DROP TABLE events")
from_a_newer_app = changed_by_hand("UPDATE alembic_version SET version_num = '9999_future'")


def plain_text(path: Path) -> None:
    path.write_text("Minutes of the meeting\n", encoding="utf-8")


def another_programs_database(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.commit()


#: Another program's writer, killed once its rows reached the file: a hot rollback journal.
KILLED_WRITER = """
import os, signal, sqlite3, sys
other = sqlite3.connect(sys.argv[1], isolation_level=None)
other.execute("CREATE TABLE notes (body TEXT)")
other.execute("PRAGMA cache_size = 2")
other.execute("BEGIN")
other.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,)] * 200)
os.kill(os.getpid(), signal.SIGKILL)
"""


def another_programs_killed_writer(path: Path) -> None:
    """Its file left with a hot journal: rolling it back is that program's to do (a look
    that may only read cannot), so it is named as such and left untouched."""
    path.unlink()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], check=False)
    assert Path(f"{path}-journal").read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")


def read_only(path: Path) -> None:
    path.chmod(0o444)


BAD_FILES: dict[str, tuple[Callable[[Path], None], type[StoreError], str]] = {
    "empty": (empty, EmptyFileError, "is empty"),
    "truncated at a page": (truncated_at_a_page, DamagedFileError, "truncated"),
    "truncated mid-page": (truncated_mid_page, DamagedFileError, "truncated"),
    "corrupt pages": (corrupt_pages, DamagedFileError, "damaged"),
    "corrupt cell": (corrupt_cell, DamagedFileError, "damaged"),
    "empty schema revision": (empty_schema_revision, NotADatabaseError, "empty schema revision"),
    "no events table": (no_events_table, NotADatabaseError, "no events table"),
    "plain text": (plain_text, NotADatabaseError, "is not a SQLite database"),
    "another program's": (another_programs_database, NotADatabaseError, "another program"),
    "another program's, half written": (another_programs_killed_writer, StoreError, "half written"),
    "newer schema": (from_a_newer_app, NewerSchemaError, "newer version"),
    "read-only": (read_only, ReadOnlyFileError, "read-only (file mode 0444)"),
}


@pytest.fixture(params=list(BAD_FILES))
def bad_file(request, sample_file) -> Iterator[tuple[Path, type[StoreError], str]]:
    spoil, error, reason = BAD_FILES[request.param]
    spoil(sample_file)
    os.utime(sample_file, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    yield sample_file, error, reason
    sample_file.chmod(0o644)


def test_a_bad_file_is_refused_untouched_with_its_own_error(bad_file):
    path, error, reason = bad_file
    before = folder_state(path.parent)
    with pytest.raises(error) as raised:
        open_database(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and reason in message
    assert "\n" not in message
    assert folder_state(path.parent) == before


def test_a_bad_file_checked_beside_the_first_frame_is_refused_untouched(bad_file):
    """The window's opening: what the quick checks see is refused at once; a damage only
    the check of every page finds refuses every write, and the file stays as it was."""
    path, error, reason = bad_file
    before = folder_state(path.parent)
    try:
        database = open_database(path, check_later=True)
    except StoreError as raised:
        assert isinstance(raised, error) and reason in str(raised)
    else:
        assert not database.verified()
        assert isinstance(database.refusal, error) and reason in str(database.refusal)
        with pytest.raises(error):
            EventStore(database).add(sample_events()[0])
        database.close()
    assert folder_state(path.parent) == before


def test_db_check_names_a_bad_file_in_one_line(bad_file, capsys):
    path, _error, reason = bad_file
    before = folder_state(path.parent)
    assert main(["db", "check", "--database", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and str(path) in captured.err and reason in captured.err
    assert folder_state(path.parent) == before


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("fr", "a été écrite par une version plus récente de Chronologie diplomatique (schéma"),
        ("ar", "كتبها إصدار أحدث من الخط الزمني الدبلوماسي (المخطط"),
    ],
)
def test_a_refused_database_is_said_in_the_chosen_language(sample_file, capsys, language, reason):
    """``--lang fr import`` of a file from a newer app said "was written by a newer
    version…" in English, though its rejected rows and its summary were in French."""
    from_a_newer_app(sample_file)
    before = folder_state(sample_file.parent)
    args = ["--lang", language, "import", str(FIXTURES / "plover.jsonl")]
    assert main([*args, "--database", str(sample_file)]) == 1
    colon = "\u00a0: " if language == "fr" else ": "
    expected = f"diplomatic-timeline: {sample_file}{colon}{reason} 9999_future)"
    assert capsys.readouterr().err.startswith(expected)
    assert folder_state(sample_file.parent) == before


@pytest.mark.parametrize("spoil", [corrupt_cell, corrupt_pages])
@pytest.mark.parametrize(
    ("language", "damaged"),
    [("fr", "est endommagée ("), ("ar", "تالفة (")],
)
def test_a_damaged_file_is_said_in_the_chosen_language(
    sample_file, capsys, spoil, language, damaged
):
    """SQLite's own report came in English inside the French and Arabic sentence:
    "endommagée (database disk image is malformed)", "(*** in database main *** On tree
    page 3 cell 0: Offset 65535 out of range 4088..4092)"."""
    spoil(sample_file)
    assert main(["--lang", language, "db", "check", "--database", str(sample_file)]) == 1
    said = capsys.readouterr().err
    assert damaged in said
    english = re.compile(r"\b(database|disk image|malformed|tree page|cell|offset|range)\b", re.I)
    assert not english.search(said.split(damaged, 1)[1]), said


def test_a_missing_database_is_said_in_the_chosen_language(tmp_path, capsys):
    """A typo in ``--database`` was "no database at …" in English whatever ``--lang``."""
    missing = tmp_path / "typo.sqlite3"
    assert main(["--lang", "fr", "list", "--database", str(missing)]) == 1
    expected = (
        f"aucune base de données à {missing} (créez-la avec `db upgrade --database {missing}`)"
    )
    assert capsys.readouterr().err == f"diplomatic-timeline: {expected}\n"
    assert not missing.exists()


def test_a_refused_database_counts_in_the_readers_digits(sample_file, capsys):
    """An Egyptian reader's command line said a damaged file's size in Latin digits, under
    a summary counted in Arabic-Indic ones."""
    truncated_mid_page(sample_file)
    size = sample_file.stat().st_size
    args = ["--lang", "ar", "--date-style", "egypt", "list", "--database", str(sample_file)]
    assert main(args) == 1
    said = capsys.readouterr().err
    indic = str(size).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert indic in said and str(size) not in said


JOURNAL_MODES = {"WAL": "PRAGMA journal_mode=WAL", "DELETE": "PRAGMA journal_mode=DELETE"}


@contextmanager
def held_by_another_program(path: Path, journal: str) -> Iterator[None]:
    """Another connection in ``journal`` mode holding the exclusive lock (BEGIN EXCLUSIVE)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute(JOURNAL_MODES[journal])
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


@pytest.mark.parametrize(("journal", "readable"), [("WAL", True), ("DELETE", False)])
def test_a_locked_file_is_named_locked(sample_file, quick_locks, capsys, journal, readable):
    with held_by_another_program(sample_file, journal):
        before = folder_state(sample_file.parent)
        with pytest.raises(LockedFileError, match="locked by another program") as raised:
            open_database(sample_file)
        assert raised.value.read_only_helps is readable
        assert main(["db", "check", "--database", str(sample_file)]) == 1
        assert "locked by another program" in capsys.readouterr().err
        assert folder_state(sample_file.parent) == before


def test_a_file_locked_by_a_writer_in_wal_mode_can_still_be_read(sample_file, quick_locks):
    with held_by_another_program(sample_file, "WAL"):
        database = open_database(sample_file, read_only=True)
        try:
            assert EventStore(database).count() == 11
        finally:
            database.close()


def test_a_save_while_another_program_holds_the_lock_is_a_locked_error(sample_file, quick_locks):
    store = EventStore(open_database(sample_file))
    try:
        event = store.find()[0]
        with held_by_another_program(sample_file, "WAL"), pytest.raises(LockedFileError):
            store.delete(event.id)
        assert store.get(event.id) == event
    finally:
        store.database.close()


def test_a_read_only_file_opens_read_only_and_refuses_changes(sample_file):
    sample_file.chmod(0o444)
    content = sample_file.read_bytes()
    database = open_database(sample_file, read_only=True)
    try:
        store = EventStore(database)
        assert database.read_only and store.count() == 11
        event = store.find()[0]
        with pytest.raises(WriteRefusedError, match="opened read-only"):
            store.delete(event.id)
        with pytest.raises(WriteRefusedError):
            store.add(event)
        assert store.count() == 11
    finally:
        database.close()
    assert sample_file.read_bytes() == content
    assert not (sample_file.parent / "timeline.sqlite3-backups").exists()


def test_read_only_opening_still_refuses_what_it_does_not_understand(sample_file):
    from_a_newer_app(sample_file)
    with pytest.raises(NewerSchemaError):
        open_database(sample_file, read_only=True)
    with pytest.raises(StoreError, match="no database at"):
        open_database(sample_file.with_name("missing.sqlite3"), read_only=True)


def test_db_check_on_a_sound_file_says_ok_with_the_count(sample_file, capsys):
    assert main(["db", "check", "--database", str(sample_file)]) == 0
    assert capsys.readouterr().out == f"{sample_file}: ok (schema {head_revision()}, 11 events)\n"


def test_db_check_does_not_create_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite3"
    assert main(["db", "check", "--database", str(missing)]) == 1
    assert "no database at" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("language", "style", "ok"),
    [
        ("fr", "maghreb", "en bon état (schéma {head}, 11 événements)"),
        ("ar", "levant", "سليمة (المخطط {head}، ١١ حدثًا)"),
    ],
)
def test_db_check_and_upgrade_speak_the_readers_language(sample_file, capsys, language, style, ok):
    """``--lang fr db check`` said "ok (schema …, 11 événements)", the count alone French,
    and ``db upgrade`` "at schema …" in English."""
    args = ["--lang", language, "--date-style", style, "db"]
    assert main([*args, "check", "--database", str(sample_file)]) == 0
    colon = "\u00a0: " if language == "fr" else ": "
    head = head_revision()
    assert capsys.readouterr().out == f"{sample_file}{colon}{ok.format(head=head)}\n"
    assert main([*args, "upgrade", "--database", str(sample_file)]) == 0
    upgraded = capsys.readouterr().out
    assert "schema" not in upgraded and head in upgraded
