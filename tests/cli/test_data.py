"""``import`` and ``export`` on the command line: summaries, rejected rows, exit codes."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy

from timeline import settings
from timeline.cli import listing, main, progress_bar
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.kinds import EventKind
from timeline.io.sample import load_sample
from timeline.io.tally import Tally
from timeline.store.database import open_database
from timeline.store.repository import EventPages, EventStore

FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"
GDELT = FIXTURES / "gdelt-1.0-daily.export.CSV"


def count(path: Path) -> int:
    database = open_database(path)
    try:
        return EventStore(database).count()
    finally:
        database.close()


def test_export_then_import_then_import_again(tmp_path, capsys):
    out = tmp_path / "sample.csv"
    assert main(["export", str(out), "--sample"]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 11 events"
    database = tmp_path / "mine.sqlite3"
    assert main(["import", str(out), "--database", str(database)]) == 0
    assert "11 rows; 11 added; 0 already imported; 0 rejected" in capsys.readouterr().out
    assert main(["import", str(out), "--database", str(database)]) == 0
    assert "0 added; 11 already imported" in capsys.readouterr().out
    assert count(database) == 11


def test_an_import_with_sample_goes_into_the_sample_and_leaves_yours_untouched(
    tmp_path, capsys, monkeypatch
):
    """``--sample`` promises "yours is not touched": an import with it created the user's
    default database and wrote the file's events into it. It imports into the sample's
    temporary database, as a try; a dry run compares with the sample."""
    mine = tmp_path / "data" / "timeline.sqlite3"
    monkeypatch.setattr(settings, "default_database_path", lambda: mine)
    out = tmp_path / "sample.csv"
    assert main(["export", str(out), "--sample"]) == 0
    capsys.readouterr()
    assert main(["--sample", "import", str(out)]) == 0
    said = capsys.readouterr()
    assert "11 rows; 11 added" in said.out and "created" not in said.err
    assert main(["--sample", "import", "--dry-run", str(out)]) == 0
    assert "11 rows; 11 to add" in capsys.readouterr().out
    assert not mine.exists() and not mine.parent.exists()


def test_an_import_with_read_only_writes_nothing(tmp_path, capsys):
    """``--read-only`` promises "nothing written": an import with it wrote its rows."""
    database = tmp_path / "mine.sqlite3"
    out = tmp_path / "sample.csv"
    assert main(["export", str(out), "--sample"]) == 0
    assert main(["import", str(out), "--database", str(database)]) == 0
    before = database.read_bytes()
    backups = tmp_path / "mine.sqlite3-backups"
    taken = sorted(backups.iterdir()) if backups.exists() else []
    capsys.readouterr()
    assert main(["--read-only", "import", str(GDELT), "--database", str(database)]) == 1
    assert "opened read-only; nothing was imported" in capsys.readouterr().err
    assert main(["--read-only", "import", "--dry-run", str(out), "--database", str(database)]) == 0
    assert "0 to add; 11 already imported" in capsys.readouterr().out
    assert (sorted(backups.iterdir()) if backups.exists() else []) == taken  # no backup
    assert database.read_bytes() == before and count(database) == 11


@pytest.mark.parametrize(
    "command",
    [
        [
            "add",
            "--kind",
            "phone-call",
            "--countries",
            "MA",
            "FR",
            "--date",
            "2024",
            "--title-en",
            "x",
        ],
        ["list"],
        ["db", "check"],
        ["--screenshot", "shot.png"],
    ],
)
@pytest.mark.parametrize("named", ["", " "])
def test_an_empty_database_name_is_a_usage_error_not_your_file(
    qapp, tmp_path, capsys, monkeypatch, command, named
):
    """``--database "$DB"`` with the variable unset: the command read and wrote the user's
    default timeline as if no --database had been given. Said before the window's
    application is set up, as the other usage errors are: its font, left behind, changed
    the text of later tests in the same process."""
    font = qapp.font()
    mine = tmp_path / "timeline.sqlite3"
    monkeypatch.setattr(settings, "default_database_path", lambda: mine)
    monkeypatch.chdir(tmp_path)
    if command[0].startswith("--"):
        arguments = ["--database", named, *command]
    else:
        arguments = [*command, "--database", named]
    with pytest.raises(SystemExit) as exit_info:
        main(arguments)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.endswith("error: --database: names no file\n")
    assert not mine.exists() and qapp.font() == font


@pytest.mark.parametrize("action", [["upgrade"], ["restore", "before.sqlite3"]])
def test_db_upgrade_or_restore_read_only_is_refused_and_writes_nothing(tmp_path, capsys, action):
    """``--read-only`` promises "nothing written": an upgrade created the file it named, a
    restore put a backup in place of the database."""
    database, backup = tmp_path / "mine.sqlite3", tmp_path / "before.sqlite3"
    assert main(["export", str(tmp_path / "s.csv"), "--sample"]) == 0
    assert main(["import", str(tmp_path / "s.csv"), "--database", str(backup)]) == 0
    capsys.readouterr()
    arguments = ["--read-only", "db", *action[:1], *(str(tmp_path / name) for name in action[1:])]
    with pytest.raises(SystemExit) as exit_info:
        main([*arguments, "--database", str(database)])
    assert exit_info.value.code == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said.endswith(f"--read-only: not with db {action[0]}, which writes the database")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["before.sqlite3", "s.csv"]


@pytest.mark.parametrize(
    ("action", "said"),
    [
        (["restore", ""], "BACKUP: names no file"),  # was ".: is a folder, not a database file"
        (["backup", "--output", ""], "--output: names no file"),
        (["backup", "--output", "{folder}/"], "{folder}/: names a folder (it ends in /)"),
    ],
)
def test_a_db_file_named_empty_or_as_a_folder_is_a_usage_error(tmp_path, capsys, action, said):
    database = tmp_path / "mine.sqlite3"
    assert main(["db", "upgrade", "--database", str(database)]) == 0
    capsys.readouterr()
    arguments = [part.format(folder=tmp_path) for part in action]
    with pytest.raises(SystemExit) as exit_info:
        main(["db", *arguments, "--database", str(database)])
    assert exit_info.value.code == 2
    assert f"error: {said.format(folder=tmp_path)}" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mine.sqlite3"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "{file}: cannot be written: the folder {folder} does not exist"),
        ("fr", "{file}\u00a0: ne peut pas être écrit\u00a0: le dossier {folder} n’existe pas"),
        ("ar", "{file}: تتعذّر كتابته: المجلد {folder} غير موجود"),
    ],
    ids=["en", "fr", "ar"],
)
def test_a_backup_into_a_folder_that_is_not_there_is_refused_as_an_export_is(
    tmp_path, capsys, lang, said
):
    """``db backup --output missing/deeper/copy.sqlite3`` made both folders and put the copy
    there, where ``export`` refuses a folder that is not there: a typo in the path hid the
    copy in folders nobody made on purpose."""
    database, folder = tmp_path / "mine.sqlite3", tmp_path / "missing" / "deeper"
    assert main(["db", "upgrade", "--database", str(database)]) == 0
    capsys.readouterr()
    for command, file in (
        (["db", "backup", "--output"], folder / "copy.sqlite3"),
        (["export"], folder / "copy.csv"),
    ):
        source = ["--database", str(database), "--read-only"]  # no daily copy beside it
        assert main(["--lang", lang, *command, str(file), *source]) == 1
        expected = said.format(file=file, folder=folder)
        assert capsys.readouterr().err == f"diplomatic-timeline: {expected}\n", command
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mine.sqlite3"]


def test_db_with_sample_is_refused_rather_than_working_on_your_file(tmp_path, capsys, monkeypatch):
    """``--sample db restore`` would have put a backup in place of the user's own file."""
    mine = tmp_path / "timeline.sqlite3"
    monkeypatch.setattr(settings, "default_database_path", lambda: mine)
    for action in (["check"], ["backup"], ["backups"], ["upgrade"], ["restore", "daily"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["--sample", "db", *action])
        assert exit_info.value.code == 2
        assert "--sample has no file to look after" in capsys.readouterr().err
    assert not mine.exists()


@pytest.mark.parametrize(
    ("style", "eleven"), [("levant", "١١"), ("egypt", "١١"), ("maghreb", "11")]
)
def test_counts_are_said_in_the_readers_digits(tmp_path, capsys, style, eleven):
    """The window counts "١١ حدثًا" for a Levantine or Egyptian reader; the command line
    said "11 حدثًا" for the same reader."""
    reader = ["--lang", "ar", "--date-style", style]
    out, database = tmp_path / "sample.csv", tmp_path / "mine.sqlite3"
    assert main([*reader, "export", str(out), "--sample"]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: {eleven} حدثًا"
    assert main([*reader, "import", str(out), "--database", str(database)]) == 0
    assert f"(csv): {eleven} صفًا؛ أُضيف {eleven} حدثًا؛" in capsys.readouterr().out
    assert main([*reader, "db", "check", "--database", str(database)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"{eleven} حدثًا)")


def test_rejected_rows_are_listed_and_the_valid_ones_imported(tmp_path, capsys):
    database = tmp_path / "mine.sqlite3"
    code = main(["import", str(GDELT), "--database", str(database), "--pair", "MA", "AZ"])
    assert code == 1
    captured = capsys.readouterr()
    created, *rejected = captured.err.splitlines()
    assert created == f"created {database}"
    assert f"{GDELT}:7: EventCode: '42' is not a CAMEO code (such as '042')" in rejected
    assert f"{GDELT}:10: SQLDATE: 2025-02 has 28 days, not 30" in rejected
    assert len(rejected) == 6
    assert "3 added; 1 already imported; 6 rejected" in captured.out
    assert "(gdelt)" in captured.out
    assert count(database) == 3


#: What follows a rejected row's field in each language ("date\u00a0: le mois 13 …").
COLON = {"ar": ": ", "en": ": ", "fr": "\u00a0: "}


@pytest.mark.parametrize(
    ("language", "cameo", "skipped"),
    [
        ("fr", "«\u00a042\u00a0» n’est pas un code CAMEO (comme «\u00a0042\u00a0»)",
         "hors des pays choisis"),
        ("ar", "«42» ليس رمز CAMEO (مثل «042»)", "خارج البلدان المختارة"),
    ],
)  # fmt: skip
def test_rejections_and_skips_are_said_in_the_chosen_language(
    tmp_path, capsys, language, cameo, skipped
):
    args = ["--lang", language, "import", str(GDELT), "--dry-run", "--pair", "MA", "AZ"]
    assert main([*args, "--database", str(tmp_path / "x.sqlite3")]) == 1
    captured = capsys.readouterr()
    assert f"{GDELT}:7: EventCode{COLON[language]}{cameo}" in captured.err.splitlines()
    assert skipped in captured.out


def test_a_refused_file_is_said_in_the_chosen_language(tmp_path, capsys):
    """In French each colon after its label takes its no-break space: "ligne 1: la
    colonne" had none."""
    path = tmp_path / "events.csv"
    path.write_text("kind,countries\r\n", encoding="utf-8")
    args = ["--lang", "fr", "import", str(path), "--database", str(tmp_path / "x.sqlite3")]
    assert main(args) == 2
    expected = (
        f"diplomatic-timeline: {path}\u00a0: ligne 1\u00a0: la colonne «\u00a0date\u00a0» manque"
    )
    assert capsys.readouterr().err.strip() == expected


@pytest.mark.parametrize(
    ("language", "whole", "cells"),
    [
        ("en", "row", "5 cells where the header has 4"),
        ("fr", "ligne entière", "5 cellules là où l’en-tête en a 4"),
        ("ar", "السطر كله", "عدد الخانات ٥ وفي سطر العناوين ٤"),
    ],
)
def test_a_rejected_row_is_said_in_the_readers_words_and_digits(
    tmp_path, capsys, language, whole, cells
):
    """A row to blame as a whole was "row:" in a French or Arabic line, as a column of the
    file is named, and an Egyptian reader's rejections counted in Latin digits under a
    summary in Arabic-Indic ones ("الشهر 13" over "٣ صفوف"); a French field's colon had no
    no-break space ("ligne entière: 5 cellules"), where a refused file's line has it. The
    ``FILE:LINE:`` before them stays as editors and tools read it, in Latin digits."""
    path = tmp_path / "events.csv"
    path.write_text(
        "kind,countries,date,title_en\n"
        "official-visit,MA;FR,2024-03-01,Visit,extra\n"
        "official-visit,MA;FR,2024-13-01,Visit\n",
        encoding="utf-8",
    )
    reader = ["--lang", language, "--date-style", "egypt"]
    args = [*reader, "import", str(path), "--dry-run", "--database", str(tmp_path / "x.db")]
    assert main(args) == 1
    rejected = capsys.readouterr().err.splitlines()
    thirteen = {"en": "month 13 does not exist", "fr": "le mois 13 n’existe pas"}
    assert rejected == [
        f"{path}:2: {whole}{COLON[language]}{cells}",
        f"{path}:3: date{COLON[language]}{thirteen.get(language, 'الشهر ١٣ غير موجود')}",
    ]


def test_a_rejected_rows_examples_are_written_as_the_file_writes_dates(tmp_path, capsys):
    """An Egyptian reader's options are refused with examples as that reader types them
    ("مثل ٢٠٢٥/٠٣/١٩"); a file's row is refused with those of a file, which reads no
    slashes: "مثل 2025 أو 2025-03 أو 2025-03-19"."""
    path = tmp_path / "events.csv"
    path.write_text("kind,countries,date,title_en\nofficial-visit,MA;FR,x,Visit\n", "utf-8")
    reader = ["--lang", "ar", "--date-style", "egypt"]
    args = [*reader, "import", str(path), "--dry-run", "--database", str(tmp_path / "x.db")]
    assert main(args) == 1
    [rejected] = capsys.readouterr().err.splitlines()
    assert rejected.endswith("مثل 2025 أو 2025-03 أو 2025-03-19)")


@pytest.mark.parametrize(
    ("language", "date", "kind"),
    [
        ("en", "is missing (expected YYYY", "is missing (known: official-visit, "),
        ("fr", "est absente (attendu\u00a0: AAAA", "est absent (connus\u00a0: official-visit, "),
        ("ar", "مفقود (المتوقع سنة", "مفقود (المعروف: official-visit, "),
    ],
)
def test_an_empty_date_or_kind_cell_is_said_missing(tmp_path, capsys, language, date, kind):
    """A spreadsheet's empty cell was quoted as a value: "date: '' is not a date",
    "kind: type «  » inconnu"."""
    path = tmp_path / "events.csv"
    path.write_text(
        "kind,countries,date,title_en\nofficial-visit,MA;FR,,Visit\n ,MA;FR,2024,Visit\n",
        encoding="utf-8",
    )
    args = ["--lang", language, "import", str(path), "--dry-run"]
    assert main([*args, "--database", str(tmp_path / "x.db")]) == 1
    dated, kinded = capsys.readouterr().err.splitlines()
    assert dated.startswith(f"{path}:2: date{COLON[language]}{date}")
    assert kinded.startswith(f"{path}:3: kind{COLON[language]}{kind}")


def test_a_refused_file_names_its_line_in_the_readers_digits(tmp_path, capsys):
    path = tmp_path / "events.csv"
    path.write_bytes(b"kind,countries,date,title_fr\n" + "x,MA;FR,2024,été\n".encode("cp1252"))
    args = ["--lang", "ar", "--date-style", "egypt", "import", str(path), "--dry-run"]
    assert main([*args, "--database", str(tmp_path / "x.db")]) == 2
    said = capsys.readouterr().err.strip()
    assert said == f"diplomatic-timeline: {path}: السطر ٢: ليس نصًا بترميز UTF-8"


def test_a_file_with_a_nul_byte_is_said_not_text(tmp_path, capsys):
    """A program's own file named .csv was "unknown column 'co\\x00\\x01untries'"."""
    path = tmp_path / "events.csv"
    path.write_bytes(b"kind,co\x00\x01untries\nx,y\n")
    args = ["import", str(path), "--database", str(tmp_path / "x.sqlite3")]
    assert main(args) == 2
    said = "line 1: not text: a NUL byte, as in a program's or a spreadsheet's own files"
    assert capsys.readouterr().err.strip() == f"diplomatic-timeline: {path}: {said}"


def test_strict_writes_nothing_when_a_row_is_rejected(tmp_path, capsys):
    database = tmp_path / "mine.sqlite3"
    assert main(["import", str(GDELT), "--database", str(database), "--strict"]) == 1
    assert "nothing was written" in capsys.readouterr().out
    assert count(database) == 0


def test_a_dry_run_writes_nothing_and_creates_nothing(tmp_path, capsys):
    database = tmp_path / "new.sqlite3"
    assert main(["import", str(GDELT), "--database", str(database), "--dry-run"]) == 1
    assert "5 to add; 1 already imported; 6 rejected" in capsys.readouterr().out
    assert not database.exists()


def test_the_format_can_be_named(tmp_path, capsys):
    renamed = tmp_path / "records.txt"
    renamed.write_bytes((FIXTURES / "plover.jsonl").read_bytes())
    database = tmp_path / "mine.sqlite3"
    args = ["import", str(renamed), "--database", str(database), "--format", "plover"]
    assert main([*args, "--country", "KZ"]) == 1
    assert "2 added" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"), [(None, "cannot be read"), (b"just words\n", "unknown format")]
)
def test_an_unreadable_file_exits_2_and_writes_nothing(tmp_path, capsys, content, message):
    path = tmp_path / "input.dat"
    if content is not None:
        path.write_bytes(content)
    database = tmp_path / "mine.sqlite3"
    assert main(["import", str(path), "--database", str(database)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"diplomatic-timeline: {path}: ") and message in err
    assert len(err.splitlines()) == 1
    assert not database.exists()


def test_a_bad_country_is_a_usage_error(tmp_path, capsys):
    database = str(tmp_path / "x.sqlite3")
    with pytest.raises(SystemExit) as exit_info:
        main(["import", str(GDELT), "--database", database, "--pair", "MA", "ZZ"])
    assert exit_info.value.code == 2
    assert "ZZ" in capsys.readouterr().err


def test_export_formats_and_filters(tmp_path, capsys):
    out = tmp_path / "pair.jsonl"
    assert main(["export", str(out), "--sample", "--pair", "MA", "KZ"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all({"MAR", "KAZ"} <= set(_codes(r)) for r in records)
    out = tmp_path / "visits.json"
    assert main(["export", str(out), "--sample", "--kind", "official-visit"]) == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert {event["kind"] for event in events} == {"official-visit"}


def _codes(record: dict) -> list[str]:
    found = []
    for field in ("actor", "recipient"):
        value = record.get(field, [])
        found += value if isinstance(value, list) else [value]
    return found


def test_export_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(tmp_path / "out.pdfx"), "--sample"])
    assert exit_info.value.code == 2
    assert "unknown export format" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing" / "out.csv"), "--sample"]) == 1
    err = capsys.readouterr().err
    assert "cannot be written" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("output", "error"),
    [
        ("", "diplomatic-timeline: error: OUTPUT: names no file"),
        ("x.png/", "diplomatic-timeline: error: x.png/: names a folder (it ends in /), not a file"),
        (
            "x.png/.",
            "diplomatic-timeline: error: x.png/.: names a folder (it ends in /.), not a file",
        ),
    ],
)
def test_an_output_that_names_no_file_is_a_usage_error(
    tmp_path, capsys, monkeypatch, output, error
):
    """An empty OUTPUT was of an "unknown export format" named ".", and "x.png/" wrote a
    file named x.png."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["export", output, "--sample"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["briefing", "briefing.csv", "briefing.pdf"])
def test_an_output_that_is_a_folder_is_said_to_be_one(tmp_path, capsys, name):
    """A folder named without a format's suffix was said to be of an unknown format."""
    folder = tmp_path / name
    folder.mkdir()
    assert main(["export", str(folder), "--sample"]) == 1
    assert (
        capsys.readouterr().err
        == f"diplomatic-timeline: {folder}: cannot be written: it is a folder\n"
    )
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("suffix", [".csv", ".png"])
def test_a_name_too_long_for_the_disk_is_one_line_and_one_just_short_of_it_is_written(
    tmp_path, capsys, suffix
):
    """A name of 300 characters ended in a traceback, and one of 245, which the disk takes,
    was refused for the characters the temporary file added to it."""
    long = tmp_path / ("a" * 300 + suffix)
    assert main(["export", str(long), "--sample"]) == 1
    reason = "cannot be written: its name is too long for the disk"
    assert capsys.readouterr().err == f"diplomatic-timeline: {long}: {reason}\n"
    longest = tmp_path / ("a" * (255 - len(suffix)) + suffix)
    assert main(["export", str(longest), "--sample"]) == 0
    assert [path.name for path in tmp_path.iterdir()] == [longest.name]


@pytest.mark.parametrize("suffix", [".csv", ".pdf"])
def test_an_export_that_cannot_be_written_is_said_in_the_chosen_language(tmp_path, capsys, suffix):
    """``--lang ar export`` into a folder that is not there said "cannot be written: the
    folder … does not exist" in English, the events and the briefing in Arabic."""
    out = tmp_path / "missing" / f"briefing{suffix}"
    assert main(["--lang", "ar", "export", str(out), "--sample"]) == 1
    reason = f"تتعذّر كتابته: المجلد {out.parent} غير موجود"
    assert capsys.readouterr().err == f"diplomatic-timeline: {out}: {reason}\n"


def _size(path: Path) -> int:
    """A file's size, 0 while there is none: the importer's first connections open and close
    the database, and the last one to close removes its WAL, between a look and a stat."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


@pytest.mark.slow
def test_a_killed_import_leaves_the_database_as_it_was(tmp_path, capsys, many_events_csv):
    database = tmp_path / "team.sqlite3"
    store = EventStore(open_database(database))
    load_sample(store)
    before = store.find()
    store.database.close()
    # 30,000 rows of 4 kB: the import's page cache is full after about 16,000.
    big = many_events_csv(30_000, summary_chars=4_000)
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline", "import", str(big), "--database", str(database)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{database}-wal")
    deadline = time.monotonic() + 120
    try:
        # Mid-way: the uncommitted transaction has spilled into the WAL, twice SQLite's
        # page cache (2 MB by default) and more.
        while _size(wal) <= 4_000_000:
            assert child.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    code = main(["db", "check", "--database", str(database)])
    checked = capsys.readouterr()
    assert code == 0, checked.out + checked.err
    assert "ok" in checked.out
    again = EventStore(open_database(database))
    try:
        assert again.find() == before
    finally:
        again.database.close()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_a_progress_bar_and_then_only_the_summary(
    tmp_path, capsys, monkeypatch, many_events_csv
):
    monkeypatch.setattr(progress_bar, "INTERVAL", 0.0)  # draw at every buffer read
    rows = many_events_csv(12_000)  # a few buffers of the reader
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["import", str(rows), "--database", str(tmp_path / "mine.sqlite3")]) == 0
    drawn = terminal.getvalue()
    assert "rows read" in drawn and " kept" in drawn and "rows/s" in drawn and "left" in drawn
    bar, _, after = drawn.rpartition("\r\x1b[K")  # cleared before anything else is said
    assert "%" in bar and after == f"created {tmp_path / 'mine.sqlite3'}\n"
    assert "12,000 rows; 12,000 added" in capsys.readouterr().out


def test_no_progress_bar_when_the_output_is_not_a_terminal(tmp_path, capsys):
    database = tmp_path / "mine.sqlite3"
    assert main(["import", str(GDELT), "--database", str(database), "--pair", "MA", "AZ"]) == 1
    captured = capsys.readouterr()
    assert "rows read" not in captured.err and "\r" not in captured.err
    assert len(captured.out.splitlines()) == 1


def test_a_terminal_sees_an_exports_progress_and_then_only_the_summary(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(progress_bar, "INTERVAL", 0.0)  # draw at every page
    monkeypatch.setattr(EventPages, "SIZE", 4)  # the sample's eleven events in three pages
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = tmp_path / "sample.csv"
    assert main(["export", str(out), "--sample"]) == 0
    drawn, _, after = terminal.getvalue().rpartition("\r\x1b[K")
    assert after == ""
    lines = [line.removesuffix("\x1b[K") for line in drawn.split("\r")[1:]]
    assert [line.split("|")[-1].split(",")[0] for line in lines] == [
        " 4 of 11 events written",
        " 8 of 11 events written",
        " 11 of 11 events written",
    ]
    assert lines[0].startswith(" 36% |") and "events/s" in lines[0] and "left" in lines[0]
    assert capsys.readouterr().out == f"{out}: 11 events\n"


def test_an_interrupted_export_leaves_no_file_and_says_so(tmp_path, capsys, monkeypatch):
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    out = tmp_path / "sample.csv"
    out.write_text("the file exported yesterday", encoding="utf-8")
    monkeypatch.setattr(progress_bar.ExportBar, "progress", interrupted)
    assert main(["export", str(out), "--sample"]) == 130
    captured = capsys.readouterr()
    assert captured.err == "diplomatic-timeline: export cancelled; nothing was written\n"
    assert out.read_text(encoding="utf-8") == "the file exported yesterday"
    assert [path.name for path in tmp_path.iterdir()] == ["sample.csv"]


def test_ctrl_c_inside_an_imports_statement_cancels_it_and_leaves_no_new_file(
    tmp_path, capsys, many_events_csv
):
    """Ctrl-C most often lands while SQLite writes the rows: SQLAlchemy then drops the
    connection, and the import must still say it was cancelled and leave no file behind."""

    def interrupted(_connection, _cursor, _statement, _parameters, _context, executemany):
        if executemany:  # the rows' inserts, not the look at the new file
            raise KeyboardInterrupt

    database = tmp_path / "new.sqlite3"
    sqlalchemy.event.listen(sqlalchemy.engine.Engine, "before_cursor_execute", interrupted)
    try:
        code = main(["import", str(many_events_csv(100)), "--database", str(database)])
    finally:
        sqlalchemy.event.remove(sqlalchemy.engine.Engine, "before_cursor_execute", interrupted)
    captured = capsys.readouterr()
    assert captured.err == "diplomatic-timeline: import cancelled; nothing was written\n"
    assert code == 130
    assert not database.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_an_export_over_a_file_kept_from_others_keeps_its_permissions(tmp_path, capsys):
    """A briefing or table kept from others stays so when exported again: the new file
    that replaces it takes its permissions, not the process's usual ones (0640: neither
    what a umask of 022 nor one of 077 gives)."""
    for name in ("relations.csv", "relations.pdf"):
        out = tmp_path / name
        out.write_bytes(b"last week's")
        out.chmod(0o640)
        assert main(["export", str(out), "--sample", "--pair", "MA", "KZ"]) == 0
        assert out.read_bytes() != b"last week's"
        assert out.stat().st_mode & 0o777 == 0o640
    capsys.readouterr()


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell closes standard error")
def test_an_export_and_an_import_with_standard_error_closed_still_work(tmp_path):
    """``2>&-`` (a service, a cron job): no progress bar to draw, and the work is done."""
    out, database = tmp_path / "relations.csv", tmp_path / "copy.sqlite3"
    commands = {
        "export": ["export", "--sample", "--pair", "MA", "KZ", str(out)],
        "import": ["import", "--database", str(database), str(out)],
    }
    for argv in commands.values():
        done = subprocess.run(
            ["sh", "-c", 'exec "$@" 2>&-', "sh", sys.executable, "-m", "timeline", *argv],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stdout
    assert done.stdout == f"{out} (csv): 6 rows; 6 added; 0 already imported; 0 rejected\n"
    assert count(database) == 6


@pytest.mark.parametrize("command", ["export", "import"])
def test_a_termination_mid_way_cleans_up_as_ctrl_c_does(tmp_path, capsys, monkeypatch, command):
    """``timeout`` or ``kill`` (SIGTERM) while an export or an import runs: no temporary
    file and no new database are left behind, the file exported before stays, and the exit
    code is the shell's usual 143. The handlers before are back afterwards."""
    out, database = tmp_path / "relations.csv", tmp_path / "new.sqlite3"
    assert main(["export", str(out), "--sample"]) == 0
    before = out.read_bytes()
    capsys.readouterr()

    def terminated(*_args: object) -> None:
        signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(progress_bar.ProgressBar, "progress", terminated)
    handler = signal.getsignal(signal.SIGTERM)
    argv = {
        "export": ["export", str(out), "--sample"],
        "import": ["import", str(out), "--database", str(database)],
    }
    assert main(argv[command]) == 143
    said = capsys.readouterr().err
    assert said == f"diplomatic-timeline: {command} cancelled; nothing was written\n"
    assert out.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["relations.csv"]
    assert signal.getsignal(signal.SIGTERM) is handler


#: An import whose bar, once drawn on the terminal, waits there (a long import, made long).
_IMPORT_THAT_WAITS = """
import faulthandler, signal, sys, time
from pathlib import Path
from timeline.cli import main, progress_bar
# Where it is, should it not end: the test asks with SIGUSR1 (its terminal is gone).
faulthandler.register(signal.SIGUSR1, open(sys.argv[1] + ".stack", "w"), all_threads=True)
# As a terminal's process takes it: under nohup the suite's children inherit an ignored
# SIGHUP, and the import rightly went on (as under nohup it must), the test timing out.
signal.signal(signal.SIGHUP, signal.SIG_DFL)
drawn = progress_bar.ProgressBar.progress
def progress(self, done, total):
    drawn(self, done, total)
    Path(sys.argv[1]).touch()
    time.sleep(60)
    return True
progress_bar.ProgressBar.progress = progress
sys.exit(main(["import", sys.argv[2], "--database", sys.argv[3]]))
"""


def _ended(process: subprocess.Popen[bytes], stack: Path) -> int:
    """The exit code of ``process``, or a failure that shows where it waits a minute on."""
    try:
        return process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGUSR1)
        time.sleep(2)
        pytest.fail(f"not ended a minute after SIGHUP, waiting in:\n{stack.read_text()}")


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="a terminal that hangs up")
def test_an_import_whose_terminal_closed_leaves_no_new_file(tmp_path, many_events_csv):
    """The terminal closed under an import: its writes to it fail and SIGHUP comes. The
    import is cancelled as by Ctrl-C (exit 129) and its new database discarded, whatever
    the terminal gone does to the lines written after."""
    import pty

    waiting, database = tmp_path / "drawn", tmp_path / "new.sqlite3"
    controller, terminal = pty.openpty()
    command = [sys.executable, "-c", _IMPORT_THAT_WAITS, str(waiting)]
    command += [str(many_events_csv(100)), str(database)]
    process = subprocess.Popen(
        command, stdin=terminal, stdout=terminal, stderr=terminal, start_new_session=True
    )
    os.close(terminal)
    try:
        deadline = time.monotonic() + 60
        while not waiting.exists():
            assert time.monotonic() < deadline and process.poll() is None, "no bar drawn"
            time.sleep(0.02)
        os.close(controller)  # writes to the terminal now fail
        process.send_signal(signal.SIGHUP)
        assert _ended(process, waiting.with_name("drawn.stack")) == 129
    finally:
        process.kill()
        process.wait()
    assert not database.exists()


def test_an_import_run_under_nohup_goes_on_when_the_terminal_closes(tmp_path, capsys, monkeypatch):
    """``nohup`` ignores SIGHUP so that the work outlives the terminal: it stays ignored."""
    if not hasattr(signal, "SIGHUP"):
        pytest.skip("no SIGHUP here")
    out, database = tmp_path / "relations.csv", tmp_path / "new.sqlite3"
    assert main(["export", str(out), "--sample"]) == 0

    def hung_up(*_args: object) -> bool:
        signal.raise_signal(signal.SIGHUP)
        return True

    monkeypatch.setattr(progress_bar.ProgressBar, "progress", hung_up)
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        assert main(["import", str(out), "--database", str(database)]) == 0
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)
    assert count(database) == 11
    capsys.readouterr()


def test_ctrl_c_on_a_listing_stops_it_quietly(capsys, monkeypatch):
    """A long ``list`` read in a terminal, stopped with Ctrl-C: no traceback, code 130."""

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(listing, "event_json", interrupted)
    assert main(["list", "--sample"]) == 130
    assert capsys.readouterr() == ("", "")


def test_a_data_folder_that_cannot_be_made_is_one_line_naming_it(tmp_path, capsys, monkeypatch):
    """A service account's home that does not exist, a read-only one: the default database
    has nowhere to go, which one line says, with the way out."""
    in_the_way = tmp_path / "data"
    in_the_way.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(settings, "data_folder", lambda: in_the_way / "Diplomatic Timeline")
    assert main(["list"]) == 1
    said = capsys.readouterr().err
    assert said.startswith(
        f"diplomatic-timeline: the data folder {in_the_way / 'Diplomatic Timeline'}"
    )
    assert said.endswith("); choose a database with --database\n") and said.count("\n") == 1


def test_the_bar_line_counts_rows_kept_rate_and_time_left():
    bar = progress_bar.ProgressBar(Terminal())
    tally = Tally("f.csv", "csv", rows=120_000)
    tally.by_kind[EventKind.PHONE_CALL] = 51_000
    bar.watch(tally)
    line = bar.line(done=420, total=1000, elapsed=3.0)
    assert line.startswith(" 42% |██████████")
    assert line.endswith("120,000 rows read, 51,000 kept, 40,000 rows/s, 0:04 left")


def test_the_bar_line_is_in_the_readers_words_and_digits():
    """An Egyptian reader's summary line says "١٢٬٠٠٠ صف": the bar above it said "42% |…|
    120,000 rows read, 51,000 kept, 40,000 rows/s, 0:04 left", in English and Latin digits
    (a French one's too)."""
    tally = Tally("f.csv", "csv", rows=120_000)
    tally.by_kind[EventKind.PHONE_CALL] = 51_000
    bar = progress_bar.ProgressBar(Terminal(), DateFormat("ar", DateStyle.EGYPT))
    bar.watch(tally)
    line = bar.line(done=420, total=1000, elapsed=3.0)
    assert line.startswith(" ٤٢٪ |██████████")
    assert line.endswith(
        "| الصفوف المقروءة: ١٢٠٬٠٠٠، المحتفَظ بها: ٥١٬٠٠٠، صفوف في الثانية: ٤٠٬٠٠٠، المتبقي: ٠:٠٤"
    )
    bar = progress_bar.ExportBar(Terminal(), DateFormat("fr"))
    assert bar.line(done=4, total=11, elapsed=2.0).endswith(
        "| événements écrits\u00a0: 4 sur 11, 2 événements/s, reste 0:03"
    )


def test_a_terminal_sees_the_bars_in_the_commands_language_and_digits(
    tmp_path, capsys, monkeypatch, many_events_csv
):
    monkeypatch.setattr(progress_bar, "INTERVAL", 0.0)
    monkeypatch.setattr(EventPages, "SIZE", 4)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    egyptian = ["--lang", "ar", "--date-style", "egypt"]
    rows, database = many_events_csv(12_000), tmp_path / "mine.sqlite3"
    assert main(["import", str(rows), "--database", str(database), *egyptian]) == 0
    assert main(["export", str(tmp_path / "sample.csv"), "--sample", *egyptian]) == 0
    bars = [bar for bar in terminal.getvalue().split("\r") if "|" in bar]
    assert any("الصفوف المقروءة: ١٢٬٠٠٠" in bar for bar in bars)
    assert any("الأحداث المكتوبة: ٤ من ١١" in bar for bar in bars)
    assert not [bar for bar in bars if re.search("[0-9]", bar.removesuffix("\x1b[K"))]
    assert "١٢٬٠٠٠ صف" in capsys.readouterr().out


#: A file whose second event's title holds half a character, and the line it is on.
HALF_A_CHARACTER = {
    "events.json": (
        '[\n{"kind": "official-visit", "countries": ["MA", "FR"], "date": "2025-03-04", '
        '"title_en": "Visit"},\n{"kind": "phone-call", "countries": ["MA", "FR"], "date": '
        '"2025-03-05", "title_en": "Call \\ud83c"}\n]\n',
        3,
    ),
    "events.jsonl": (
        '{"id": "a1", "date": "2025-03-04", "actor": "MAR", "recipient": "FRA", '
        '"event": "CONSULT", "event_text": "Visit"}\n{"id": "a2", "date": "2025-03-05", "actor": '
        '"MAR", "recipient": "FRA", "event": "CONSULT", "event_text": "Call \\ud83c"}\n',
        2,
    ),
}


@pytest.mark.parametrize("name", HALF_A_CHARACTER)
def test_a_title_with_half_a_character_is_a_rejected_row(tmp_path, capsys, name):
    """A title a script cut inside an emoji, as JavaScript's slice() does ("\\ud83c" without
    its "\\udf0d"), ended the import in a traceback from the database, which cannot store
    half a character: the row is rejected, named by its line and field, the others imported."""
    content, line = HALF_A_CHARACTER[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    database = tmp_path / "mine.sqlite3"
    assert main(["import", str(path), "--database", str(database)]) == 1
    _, rejected = capsys.readouterr().err.splitlines()
    assert rejected.startswith(f"{path}:{line}: title_en: holds half a character (U+D83C)")
    assert count(database) == 1


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "there is no 'events' list (an event alone goes in one: {\"events\": [ … ]})"),
        ("fr", "il n’y a pas de liste «\xa0events\xa0» (un événement seul s’y met\xa0: {"),
    ],
)
def test_one_of_our_events_alone_asks_for_the_events_list(tmp_path, capsys, language, said):
    """An event copied alone out of an export, one object on one line, was read as PLOVER
    and rejected as "event: is missing", a field it never had: it is our JSON, and its
    reader says what the file lacks and how to give it."""
    exported = tmp_path / "all.json"
    assert main(["--sample", "export", str(exported)]) == 0
    event = json.loads(exported.read_text(encoding="utf-8"))["events"][0]
    alone = tmp_path / "one.json"
    alone.write_text(json.dumps(event, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    database = tmp_path / "mine.sqlite3"
    assert main(["--lang", language, "import", str(alone), "--database", str(database)]) == 2
    err = capsys.readouterr().err
    assert "plover" not in err and said in err


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "if it is a Hijri date, its Gregorian day is 2025-03-19"),
     ("fr", "son jour grégorien est le 2025-03-19"),
     ("ar", "فيومه الميلادي 2025-03-19")],
)  # fmt: skip
def test_an_import_says_which_rows_have_a_year_that_reads_as_hijri(
    tmp_path, capsys, language, said
):
    """A researcher's spreadsheet with "1446-09-19" copied from a Hijri communiqué: the
    import kept 19 September 1446 and said nothing. The row is imported as written and
    named, with the day it would be, among the rejected rows in line order."""
    path = tmp_path / "communique.csv"
    path.write_text(
        "kind,countries,date,title_en\nno-such-kind,MA;KZ,2025-01-01,Rejected\n"
        "official-visit,MA;KZ,1446-09-19,Copied\n",
        encoding="utf-8",
    )
    database = tmp_path / "events.sqlite3"
    assert main(["--database", str(database), "--lang", language, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:3: date{COLON[language]}" in err and said in err
    assert err.index(f"{path}:2: ") < err.index(f"{path}:3: "), "in line order"
    assert count(database) == 1
