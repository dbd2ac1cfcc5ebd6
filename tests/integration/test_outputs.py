"""Outputs match their names: a screenshot is the image its extension says, a count is in
the plural its language asks for, ``add`` says what it saved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.ui.app import screenshot_format


def test_a_jpg_screenshot_is_a_jpeg(tmp_path):
    path = tmp_path / "a.jpg"
    child = subprocess.run(  # the window sets up the whole application: a process of its own
        [
            sys.executable,
            "-m",
            "timeline",
            "--sample",
            "--screenshot",
            str(path),
            "--size",
            "400x300",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert path.read_bytes().startswith(b"\xff\xd8\xff")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.png", "PNG"), ("a.jpg", "JPEG"), ("A.JPEG", "JPEG"), ("a.webp", "WEBP"),
     ("a.gif", None), ("a.pdf", None), ("a", None)],
)  # fmt: skip
def test_the_extension_names_the_format(name, expected):
    assert screenshot_format(Path(name)) == expected


@pytest.mark.parametrize("name", ["a.gif", "a"])
def test_an_image_format_qt_does_not_write_is_refused_before_anything_is_opened(
    tmp_path, capsys, name
):
    database = tmp_path / "new.sqlite3"
    with pytest.raises(SystemExit) as exit_info:
        main(["--database", str(database), "--screenshot", str(tmp_path / name)])
    assert exit_info.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert name in line and ".png, .jpg or .webp" in line
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def one_event(tmp_path, capsys) -> str:
    path = str(tmp_path / "one.sqlite3")
    argv = ["add", "--database", path, "--kind", "official-visit", "--countries", "MA", "KZ",
            "--date", "2025-02", "--title-en", "Foreign minister in Rabat"]  # fmt: skip
    assert main(argv) == 0
    assert capsys.readouterr().out == "added event 1 (version 1)\n"
    return path


def test_one_exported_event_is_one_event(tmp_path, capsys, one_event):
    out = tmp_path / "one.csv"
    assert main(["export", "--database", one_event, str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: 1 event\n"


@pytest.mark.parametrize(
    ("language", "said"),
    [("ar", ": 11 حدثًا"), ("fr", "\u00a0: 11 événements"), ("en", ": 11 events")],
)
def test_the_export_count_is_in_the_chosen_language(tmp_path, capsys, language, said):
    """In French the colon after the file takes its no-break space, as db check's has it."""
    out = tmp_path / "sample.json"
    assert main(["export", "--sample", "--lang", language, str(out)]) == 0
    assert capsys.readouterr().out == f"{out}{said}\n"


def test_lang_before_the_command_is_not_hidden_by_the_commands_own(tmp_path, capsys):
    out = tmp_path / "sample.csv"
    assert main(["--lang", "ar", "export", "--sample", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: 11 حدثًا\n"
    assert main(["--lang", "fr", "list", "--sample", "--pair", "MA", "AZ", "--format", "text"]) == 0
    assert capsys.readouterr().out.startswith("#1 · mai 2024")


def test_check_and_import_count_in_the_language_before_the_command(tmp_path, capsys, one_event):
    assert main(["--lang", "fr", "db", "check", "--database", one_event]) == 0
    assert capsys.readouterr().out.endswith(", 1 événement)\n")
    out = tmp_path / "one.csv"
    main(["export", "--database", one_event, str(out)])
    capsys.readouterr()
    # Its own export: the event entered by hand is known again, not added twice.
    assert main(["--lang", "ar", "import", str(out), "--database", one_event]) == 0
    assert capsys.readouterr().out == (
        f"{out} (csv): صف واحد؛ لم يُضف أي حدث؛ حدث واحد مستورد من قبل؛ لا صف مرفوض\n"
    )
