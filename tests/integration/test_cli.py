"""The command line as scripts and people use it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.store.database import head_revision


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


#: A window's start on a file, in a fresh interpreter, then what it loaded of three libraries
#: it needs only for some things: Alembic to migrate, psycopg for a server, pypdf to export.
_START_AND_LIST_MODULES = """
import sys
from timeline.cli import main
code = main(["--database", sys.argv[1], "--screenshot", sys.argv[2], "--size", "800x500"])
print(code, *(name for name in ("alembic", "psycopg", "pypdf") if name in sys.modules))
"""


def test_a_window_starts_on_a_file_without_what_only_some_things_need(tmp_path, database_copy):
    """Each cost a tenth to four tenths of a second at every start (and every command)."""
    path = tmp_path / "timeline.sqlite3"
    database_copy("sample", path).close()
    started = subprocess.run(
        [sys.executable, "-c", _START_AND_LIST_MODULES, str(path), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert started.stdout.split() == ["0"], started.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("diplomatic-timeline 0.")


def test_list_pair_prints_the_azerbaijan_entry_into_force(capsys):
    assert main(["list", "--sample", "--pair", "MA", "AZ"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["start"] for line in lines] == sorted(line["start"] for line in lines)
    in_force = [line for line in lines if line["kind"] == "agreement-in-force"]
    assert in_force == [
        {
            **in_force[0],
            "start": "2024-08-28",
            "end": "2024-08-28",
            "precision": "day",
            "countries": ["AZ", "MA"],
        }
    ]
    required = {
        "id",
        "start",
        "end",
        "precision",
        "kind",
        "countries",
        "title_ar",
        "title_en",
        "place",
    }
    assert all(required <= line.keys() for line in lines)


def test_list_pair_is_symmetric(capsys):
    main(["list", "--sample", "--pair", "KZ", "MA"])
    forward = capsys.readouterr().out
    main(["list", "--sample", "--pair", "MA", "KZ"])
    assert capsys.readouterr().out == forward != ""


def test_list_with_no_match_prints_nothing(capsys):
    assert main(["list", "--sample", "--pair", "MA", "FR"]) == 0
    assert capsys.readouterr().out == ""


def test_list_period_accepts_hijri(capsys):
    assert main(["list", "--sample", "--from", "1446-09-01 هـ", "--to", "1446-09-29 هـ"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["start"] for line in lines] == ["2025-03-19"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pair", "MA", "XX"], "'XX' is not an ISO 3166-1 alpha-2 country code"),
        (["--from", "2025-02-30"], "2025-02 has 28 days, not 30"),
        (["--from", "2025", "--to", "2024"], "ends"),
        (["--kind", "picnic"], "unknown kind 'picnic'"),
    ],
)
def test_bad_filters_exit_2_with_one_line(capsys, args, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--sample", *args])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1


def test_db_upgrade_creates_a_wal_database_at_head(tmp_path, capsys):
    path = tmp_path / "new.sqlite3"
    assert main(["db", "upgrade", "--database", str(path)]) == 0
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert (
            db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
    assert main(["db", "check", "--database", str(path)]) == 0
    assert "ok" in capsys.readouterr().out


def test_db_backup_writes_a_consistent_copy(tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    main(["db", "upgrade", "--database", str(path)])
    copy = tmp_path / "copy.sqlite3"
    assert main(["db", "backup", "--database", str(path), "--output", str(copy)]) == 0
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _bad_targets(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database\n")
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    return {
        "directory": (folder, "is a folder"),
        "not a database": (text, "is not a SQLite database"),
        "unwritable folder": (blocker / "db.sqlite3", "does not exist"),
        "missing folder": (tmp_path / "missing" / "db.sqlite3", "does not exist"),
    }


@pytest.mark.parametrize(
    "case", ["directory", "not a database", "unwritable folder", "missing folder"]
)
def test_bad_database_paths_fail_in_one_line_and_change_nothing(tmp_path, case, capsys):
    path, reason = _bad_targets(tmp_path)[case]
    before = path.read_bytes() if path.is_file() else None
    assert main(["db", "upgrade", "--database", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(path) in err and reason in err
    assert "Traceback" not in err
    if before is not None:
        assert path.read_bytes() == before


def test_proc_is_unwritable_even_for_root(capsys):
    assert main(["list", "--database", "/proc/diplomatic-timeline.sqlite3"]) == 1
    err = capsys.readouterr().err
    assert "/proc/diplomatic-timeline.sqlite3" in err
    assert "Traceback" not in err


def test_screenshot_of_the_sample(tmp_path):
    png = tmp_path / "s.png"
    result = run("--sample", "--screenshot", str(png), "--size", "1200x700")
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 700)


def test_a_screenshot_smaller_than_the_window_can_be_says_the_size_it_has(tmp_path):
    png = tmp_path / "s.png"
    result = run("--sample", "--screenshot", str(png), "--size", "640x300")
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() == 640 and image.height() > 300
    assert result.stderr == (
        f"diplomatic-timeline: the screenshot is 640x{image.height()}: "
        "the window cannot be made 640x300\n"
    )


def test_a_screenshot_that_cannot_be_written_says_why_in_the_chosen_language(tmp_path):
    """It said "cannot write the PNG", in English whatever --lang, and not why; its size
    too was said in English."""
    png = tmp_path / "gone" / "s.png"
    result = run("--sample", "--lang", "fr", "--size", "640x300", "--screenshot", str(png))
    assert result.returncode == 1
    smaller, refused = result.stderr.splitlines()
    assert smaller.startswith("diplomatic-timeline: la capture fait 640x")
    assert smaller.endswith("\u00a0: la fenêtre ne peut pas faire 640x300")
    folder = png.parent
    assert refused == (
        f"diplomatic-timeline: {png}\u00a0: ne peut pas être écrit\u00a0: le dossier {folder}"
        " n’existe pas"
    )
    assert not folder.exists()


def test_screenshot_on_a_bad_database_fails_in_one_line(tmp_path):
    text = tmp_path / "x.sqlite3"
    text.write_text("hello")
    result = run("--database", str(text), "--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 1
    assert "is not a SQLite database" in result.stderr
    assert not (tmp_path / "s.png").exists()


def test_list_as_text_for_a_moroccan_reader(capsys):
    argv = ["list", "--sample", "--pair", "MA", "AZ", "--format", "text", "--lang", "ar"]
    assert main([*argv, "--date-style", "maghreb"]) == 0
    lines = capsys.readouterr().out.splitlines()
    title = "دخول اتفاق الإعفاء من التأشيرة بين المغرب وأذربيجان حيز التنفيذ"
    step = "دخول حيز التنفيذ: ma-az-visa-waiver"
    assert f"#2، 28 غشت 2024 (24 صفر 1446 هـ) — {title}، {step}" in lines
    assert main([*argv, "--date-style", "levant"]) == 0
    assert any(line.startswith("#٢، ٢٨ آب ٢٠٢٤") for line in capsys.readouterr().out.splitlines())


def test_a_line_of_text_names_its_event_as_edit_and_link_take_it(capsys):
    """``list --format text`` named each link's other end ("Outcome of #9") but not the
    event of the line: a person reading it could not tell ``edit`` or ``link`` which event."""
    assert main(["list", "--sample", "--format", "json"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert main(["list", "--sample", "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" · ")[0] for line in lines] == [f"#{number}" for number in ids]


@pytest.mark.skipif(os.name != "posix", reason="the C locale of a POSIX system")
def test_a_locale_that_cannot_write_arabic_gets_the_same_json_escaped_and_no_traceback(capsys):
    """``LC_ALL=C`` without Python's UTF-8 mode (a minimal container, an old server): the
    output is ASCII. JSON lines escape what it cannot write and read back the same as those
    written where it can (here); help and text escape it as Python does on standard error."""
    ascii_only = {name: value for name, value in os.environ.items() if name != "PYTHONIOENCODING"}
    ascii_only |= {"LC_ALL": "C", "PYTHONUTF8": "0"}

    def output(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "timeline", *args],
            capture_output=True,
            timeout=120,
            check=True,
            env=ascii_only,
        )
        return done.stdout.decode("utf-8")

    escaped = output("list", "--sample")
    assert escaped.isascii()
    assert main(["list", "--sample"]) == 0
    as_is = capsys.readouterr().out
    assert not as_is.isascii()
    assert [json.loads(line) for line in escaped.splitlines()] == [
        json.loads(line) for line in as_is.splitlines()
    ]
    assert "(Arabic spelled any way)" in output("--help")
    assert "\\u0645" in output("list", "--sample", "--format", "text", "--lang", "ar")


@pytest.mark.parametrize("command", [[], ["add"], ["edit"], ["import"], ["export"], ["db"]])
def test_every_help_ends_with_what_the_exit_codes_mean(capsys, command):
    """A script's ``case $?`` had to read the code to learn that 3 is a conflict: each
    command's ``--help`` says what its exit code means."""
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    said = capsys.readouterr().out
    assert said.rstrip().endswith("ended by a hang-up, Ctrl+C or a stop signal; nothing written")
    assert "\n  3         edit: saved elsewhere since it was read; add: it looks like" in said
