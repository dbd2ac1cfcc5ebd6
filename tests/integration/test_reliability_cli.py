"""The reliability findings of issue 17 (items 2-9) and "reading never creates" (issue 21),
reproduced through the command line: exit codes, one-line messages, and the files left."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.store.backups import backup_sqlite_file, backups_dir, new_backup_path
from timeline.store.database import head_revision

ADD = ["--kind", "official-visit", "--countries", "MA", "KZ", "--date", "2025-04-07"]
TITLE = ["--title-en", "visit"]


def files(folder: Path) -> list[str]:
    """What is in the folder, without SQLite's own -wal/-shm of a file still open."""
    return sorted(
        path.name for path in folder.iterdir() if not path.name.endswith(("-wal", "-shm"))
    )


def add(path: Path, title: str = "visit") -> int:
    return main(["add", "--database", str(path), *ADD, "--title-en", title])


@pytest.fixture
def sample_copy(tmp_path: Path, sample_store) -> Path:
    """A closed file holding the sample (11 events), alone in a folder of its own."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "timeline.sqlite3"
    backup_sqlite_file(sample_store.database.target.path, path)
    return path


# Item 2: a path is a path, whatever characters it holds.


@pytest.mark.parametrize("name", ["x%41.sqlite3", "my 100%41 file.sqlite3", "q?mode=ro.sqlite3"])
def test_a_path_with_url_characters_is_taken_literally(tmp_path, capsys, name):
    path = tmp_path / name
    assert main(["db", "upgrade", "--database", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"{path}: at schema {head_revision()} ")
    assert add(path) == 0
    assert files(tmp_path) == [name, f"{name}-backups"]  # the daily copy of the second opening
    assert main(["list", "--database", str(path)]) == 0
    assert '"title_en": "visit"' in capsys.readouterr().out


# Item 3: backups by the whole file name; a restore refuses another file's copy.


def test_two_files_of_one_stem_keep_their_backups_apart(tmp_path, capsys):
    first, second = tmp_path / "a.db", tmp_path / "a.sqlite3"
    for path in (first, second):
        assert add(path) == 0
        assert main(["db", "backup", "--database", str(path)]) == 0
    assert add(second, "second visit") == 0
    capsys.readouterr()
    assert files(tmp_path) == ["a.db", "a.db-backups", "a.sqlite3", "a.sqlite3-backups"]
    [copy_of_first] = backups_dir(first).iterdir()
    before = second.read_bytes()
    assert main(["db", "restore", "--database", str(second), str(copy_of_first)]) == 1
    error = capsys.readouterr().err
    assert "is a backup of a.db, not of a.sqlite3; nothing was restored" in error
    assert error.count("\n") == 1
    assert second.read_bytes() == before


# Items 5 and 7: a backup that cannot be written never stops a command.


def test_a_daily_backup_that_cannot_be_written_only_warns(sample_copy, capsys, tmp_path):
    backups_dir(sample_copy).write_text("in the way")  # the folder cannot be made
    assert main(["list", "--database", str(sample_copy)]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 11
    assert captured.err.startswith(f"diplomatic-timeline: {sample_copy}: backup skipped: ")
    assert add(sample_copy) == 0
    assert main(["export", "--database", str(sample_copy), str(tmp_path / "out.csv")]) == 0


def _limit_file_size() -> None:
    limit = 64 * 1024  # the database is larger: no copy of it fits
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_list_and_export_work_when_the_backup_cannot_be_written(sample_copy, tmp_path):
    """The must-show: a file-size limit (``ulimit -f``) below the database's size, for one
    process that runs ``list`` and then ``export``."""
    assert sample_copy.stat().st_size > 64 * 1024
    out = tmp_path / "out.json"
    commands = [
        ["list", "--database", str(sample_copy)],
        ["export", str(out), "--database", str(sample_copy)],
    ]
    script = (
        "import sys; from timeline.cli import main; "
        f"sys.exit(max(main(command) for command in {commands!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(f"{sample_copy}: backup skipped: ") == 2
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 11 + 1  # the events, then the export's count
    assert out.stat().st_size > 0
    assert not any(name.endswith(".partial") for name in files(backups_dir(sample_copy)))


def test_a_backup_writes_under_a_temporary_name_of_its_own(sample_copy):
    """Two processes taking a copy at the same moment never write into one file."""
    destination = new_backup_path(sample_copy, "daily")
    destination.parent.mkdir()
    others = destination.with_name(f"{destination.name}.partial")
    others.write_bytes(b"another process's copy in progress")
    backup_sqlite_file(sample_copy, destination)
    assert others.read_bytes() == b"another process's copy in progress"
    with closing(sqlite3.connect(destination)) as copy:
        assert copy.execute("SELECT count(*) FROM events").fetchone() == (11,)


# Item 8: looking leaves nothing behind; read-only files can be read.


def test_db_check_and_db_backup_leave_nothing_beside_the_file(sample_copy, tmp_path):
    folder = sample_copy.parent
    assert main(["db", "check", "--database", str(sample_copy)]) == 0
    assert files(folder) == ["timeline.sqlite3"]
    sample_copy.chmod(0o444)
    try:
        copy = tmp_path / "copy.sqlite3"
        assert main(["db", "backup", "--database", str(sample_copy), "--output", str(copy)]) == 0
        assert files(folder) == ["timeline.sqlite3"]
    finally:
        sample_copy.chmod(0o644)


def test_every_reading_command_reads_a_read_only_file(sample_copy, tmp_path, capsys):
    sample_copy.chmod(0o444)
    before = files(sample_copy.parent)
    try:
        assert main(["list", "--database", str(sample_copy)]) == 1
        assert "open it read-only" in capsys.readouterr().err
        for command in (
            ["list", "--read-only"],
            ["export", "--read-only", str(tmp_path / "out.csv")],
            ["db", "check", "--read-only"],
        ):
            assert main([*command, "--database", str(sample_copy)]) == 0, command
        assert files(sample_copy.parent) == before
    finally:
        sample_copy.chmod(0o644)


def test_a_file_without_events_is_not_at_a_schema(sample_copy, capsys):
    with closing(sqlite3.connect(sample_copy)) as raw:
        raw.execute("DROP TABLE events")
        raw.commit()
    before = sample_copy.read_bytes()
    assert main(["db", "upgrade", "--database", str(sample_copy)]) == 1
    assert "no events table" in capsys.readouterr().err
    assert sample_copy.read_bytes() == before
    assert files(sample_copy.parent) == ["timeline.sqlite3"]


# Issue 21: reading never creates; writing says it created.

READING = {
    "list": lambda path, out: ["list", "--database", path],
    "export": lambda path, out: ["export", "--database", path, str(out / "x.csv")],
    "export pdf": lambda path, out: ["export", "--database", path, str(out / "x.pdf")],
    "db check": lambda path, out: ["db", "check", "--database", path],
    "db backup": lambda path, out: ["db", "backup", "--database", path],
}


@pytest.mark.parametrize("command", list(READING))
def test_a_reading_command_never_creates_a_database(tmp_path, capsys, command):
    path = tmp_path / "typo.sqlite3"
    assert main(READING[command](str(path), tmp_path)) == 1
    assert capsys.readouterr().err == (
        f"diplomatic-timeline: no database at {path} "
        f"(use `db upgrade --database {path}` to create one)\n"
    )
    assert files(tmp_path) == []


def test_a_screenshot_never_creates_a_database(tmp_path):
    path, shot = tmp_path / "typo.sqlite3", tmp_path / "s.png"
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--database", str(path), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    said = f"no database at {path} (use `db upgrade --database {path}` to create one)"
    assert said in result.stderr
    assert files(tmp_path) == []


def test_a_screenshot_says_a_database_it_cannot_open_in_the_chosen_language(tmp_path):
    """Every command says why a database cannot be used in its ``--lang``; the window's
    line on standard error was English whatever it was given."""
    path, shot = tmp_path / "typo.sqlite3", tmp_path / "s.png"
    command = [sys.executable, "-m", "timeline", "--lang", "fr", "--database", str(path)]
    result = subprocess.run(
        [*command, "--screenshot", str(shot)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    said = f"aucune base de données à {path} (créez-la avec `db upgrade --database {path}`)"
    assert result.stderr == f"diplomatic-timeline: {said}\n"


def test_the_writing_commands_say_they_created_the_database(tmp_path, capsys):
    for name, command in (
        ("added.sqlite3", ["add", *ADD, *TITLE]),
        ("upgraded.sqlite3", ["db", "upgrade"]),
    ):
        path = tmp_path / name
        assert main([*command, "--database", str(path)]) == 0
        assert capsys.readouterr().err == f"created {path}\n"
        assert path.exists()


# Item 9: a refused import writes nothing, not even a new file.


def test_a_refused_import_leaves_no_new_database(tmp_path, capsys):
    source = tmp_path / "events.json"
    source.write_text("{not json", encoding="utf-8")
    path = tmp_path / "new.sqlite3"
    assert main(["import", str(source), "--format", "json", "--database", str(path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert files(tmp_path) == ["events.json"]


# Item 4: a file no reader understands is one line and exit 2, never a traceback.

GDELT_ROW = (Path(__file__).resolve().parent.parent / "io" / "fixtures").joinpath(
    "gdelt-1.0-daily.export.CSV"
)


def _hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    csv_path = folder / "mac.csv"
    csv_path.write_bytes(b"kind,countries,date,title_en\rofficial-visit,MA;KZ,2025-04-07,V\r")
    deep = folder / "deep.json"
    deep.write_text('{"a":' * 200_000 + "1" + "}" * 200_000)
    huge = folder / "huge.json"
    huge.write_text('[{"id": ' + "9" * 5000 + "}]")
    plover = folder / "huge.jsonl"
    plover.write_text('{"id": ' + "9" * 5000 + "}\n")
    gdelt = folder / "gdelt.CSV"
    row = GDELT_ROW.read_text(encoding="utf-8").splitlines()[0].split("\t")
    row[1] = "2025022²"
    gdelt.write_text("\t".join(row) + "\n", encoding="utf-8")
    return {
        "lone CR": (csv_path, "line 1: its lines end in a lone CR"),
        "depth bomb": (deep, "line 1: invalid JSON: nested too deeply"),
        "huge integer in JSON": (huge, "line 1: invalid JSON: a number too long to read"),
        "huge integer in PLOVER": (plover, ":1: line: invalid JSON: a number too long"),
        "superscript digit in GDELT": (gdelt, ":1: SQLDATE: '2025022²' is not a day"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "lone CR",
        "depth bomb",
        "huge integer in JSON",
        "huge integer in PLOVER",
        "superscript digit in GDELT",
    ],
)
def test_a_hostile_file_is_one_line_never_a_traceback(tmp_path, capsys, case):
    source, reason = _hostile_files(tmp_path)[case]
    fmt = ["--format", "plover"] if "PLOVER" in case else []
    code = main(["import", str(source), *fmt, "--database", str(tmp_path / "t.sqlite3")])
    error = capsys.readouterr().err
    assert f"{source}:" in error and reason in error
    if case.startswith(("huge integer in PLOVER", "superscript")):
        assert code == 1  # a rejected row: the file itself was readable
        return
    assert code == 2 and error.count("\n") == 1
    assert not (tmp_path / "t.sqlite3").exists()


# Item 6: XML is written without the characters XML 1.0 forbids; NUL is refused on import.


def test_an_svg_of_titles_with_control_characters_is_valid_xml(tmp_path, capsys):
    from xml.etree import ElementTree

    path, svg, source = tmp_path / "t.sqlite3", tmp_path / "t.svg", tmp_path / "t.csv"
    # Imported: a file keeps what it holds (add refuses a control character in a title).
    source.write_text(
        "kind,countries,date,title_en\nofficial-visit,MA;KZ,2025-04-07,Visit\x1b[31m red\x0b tab\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--database", str(path)]) == 0
    export = ["export", "--database", str(path), "--title", "Brief\x1bing\x0b", str(svg)]
    assert main(export) == 0
    root = ElementTree.fromstring(svg.read_bytes())  # raises on a forbidden character
    assert "Visit[31m red tab" in "".join(root.itertext())


def test_an_import_refuses_a_nul_in_a_text_field_with_the_reason(tmp_path, capsys):
    source = tmp_path / "nul.csv"
    source.write_text(
        "kind,countries,date,title_en\nofficial-visit,MA;KZ,2025-04-07,Vis\x00it\n",
        encoding="utf-8",
    )
    assert main(["import", str(source), "--database", str(tmp_path / "t.sqlite3")]) == 1
    assert f"{source}:2: title_en: holds a NUL character" in capsys.readouterr().err


# Item 9: smaller inconsistencies.


def test_an_export_to_a_symlink_writes_its_target(sample_copy, tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert main(["export", "--read-only", "--database", str(sample_copy), str(link)]) == 0
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8-sig").startswith("id,")


def test_the_unknown_export_format_message_names_every_format(sample_copy, capsys):
    with pytest.raises(SystemExit):
        main(["export", "--database", str(sample_copy), "out.txt"])
    error = capsys.readouterr().err
    for suffix in (".csv", ".json", ".jsonl", ".pdf", ".png", ".svg"):
        assert suffix in error


def test_an_unknown_json_field_is_refused_like_an_unknown_csv_column(tmp_path, capsys):
    source = tmp_path / "events.json"
    source.write_text(
        '[{"kind": "official-visit", "countries": ["MA", "KZ"], "date": "2025-04-07", '
        '"title_en": "Visit", "titel_fr": "Visite"}]',
        encoding="utf-8",
    )
    assert main(["import", str(source), "--database", str(tmp_path / "t.sqlite3")]) == 1
    assert f"{source}:1: titel_fr: unknown field" in capsys.readouterr().err


@pytest.mark.parametrize("days", ["0.5", "0", "80000"])
def test_a_screenshot_of_fewer_days_than_the_view_shows_is_a_usage_error(tmp_path, capsys, days):
    """The view shows a day at the least: half a day was accepted and a whole one shown."""
    shot = tmp_path / "s.png"
    with pytest.raises(SystemExit) as exited:
        main(["--sample", "--screenshot", str(shot), "--centre", "2025-03-19", "--days", days])
    assert exited.value.code == 2
    assert "--days: show between one day and two centuries" in capsys.readouterr().err
    assert not shot.exists()
