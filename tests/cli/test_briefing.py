"""``diplomatic-timeline export OUTPUT.pdf|png|svg`` as a scheduled job runs it: in a child
process, with no display, exit codes and one-line errors (the options and the errors
in-process, quicker)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline.cli import main

PAIR = ("--sample", "--pair", "MA", "KZ")


def export(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "timeline", "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=environment,  # no display and no platform chosen: the command must cope
    )


def export_in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The exit code and standard error of the command run in this process."""
    try:
        code = main(["export", *args])
    except SystemExit as exit_info:
        code = exit_info.code if isinstance(exit_info.code, int) else 1
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("language", "words"),
    [("ar", ["المغرب", "كازاخستان", "رمضان"]), ("en", ["Morocco – Kazakhstan", "Ramadan"])],
)
def test_a_briefing_is_written_with_no_display(tmp_path, poppler, language, words):
    path = tmp_path / f"briefing-{language}.pdf"
    result = export(*PAIR, "--lang", language, "--date-style", "maghreb", str(path))
    assert result.returncode == 0, result.stderr
    expected = {"ar": "6 أحداث، صفحتان", "en": "6 events, 2 pages"}[language]
    assert result.stdout.strip() == f"{path}: {expected}"
    text = poppler.text(path)
    assert all(word in text for word in words)
    assert poppler.page_count(path) == 2


def test_a_briefing_is_counted_in_its_digits(qapp, tmp_path, capsys):
    """An Egyptian reader's briefing writes "٦ أحداث"; the line saying it was written said
    "6 أحداث"."""
    path = tmp_path / "briefing.png"
    assert main(["export", *PAIR, "--lang", "ar", "--date-style", "egypt", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: ٦ أحداث"


def test_pages_wide_gives_that_many_timeline_pages_then_the_table(qapp, tmp_path, poppler, capsys):
    """The sample on portrait paper, three pages wide: a part on each page, the table under
    them. (On landscape paper one page wide labels all eleven events, a page shorter, and
    the timeline takes one.)"""
    path = tmp_path / "wide.pdf"
    argv = ["export", "--sample", "--lang", "en", "--pages-wide", "3", "--portrait", str(path)]
    assert main(argv) == 0
    pages = poppler.pages(path)
    assert len(pages) == poppler.page_count(path) == 3
    assert capsys.readouterr().out.strip().endswith("11 events, 3 pages")
    assert [f"Part {n} of 3" in page for n, page in enumerate(pages, start=1)] == [True] * 3
    assert "Participants" in pages[0]


def test_a_thin_selection_takes_the_pages_wide_it_needs(qapp, tmp_path, poppler, capsys):
    """Morocco and Kazakhstan three pages wide on A3: pages 2 and 3 each held a part with
    an event or two and three fifths empty under it. Shown as well one page wide, the
    timeline takes one page: two pages in all, the second the table's end."""
    path = tmp_path / "thin.pdf"
    assert (
        main(["export", *PAIR, "--lang", "en", "--pages-wide", "3", "--page", "A3", str(path)]) == 0
    )
    assert capsys.readouterr().out.strip().endswith("6 events, 2 pages")
    pages = poppler.pages(path)
    assert not any("Part 1 of" in page for page in pages)


def test_title_marking_table_and_portrait(qapp, tmp_path, poppler, capsys):
    path = tmp_path / "titled.pdf"
    options = ["--portrait", "--title", "Note au ministre", "--marking", "Diffusion restreinte"]
    assert main(["export", *PAIR, "--lang", "fr", *options, "--table", "none", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}\u00a0: 6 événements, 1 page\n"
    text = poppler.text(path)
    assert "Note au ministre" in text and "Page 1 sur 1" in text
    assert "Diffusion restreinte" in text and "Participants" not in text


@pytest.mark.parametrize("before_the_command", [False, True])
def test_a_briefing_is_prepared_as_of_the_day_given(qapp, tmp_path, poppler, before_the_command):
    """``--today``, after the command or before it: the briefing is prepared as of that
    day, and says so."""
    path = tmp_path / "as-of.pdf"
    given = ["--today", "2025-03-01"]
    command = ["export", *PAIR, "--lang", "en", str(path)]
    argv = [*given, *command] if before_the_command else [*command, *given]
    assert main(argv) == 0
    text = poppler.text(path)
    assert "Prepared on 1 March 2025" in text


def test_png_at_the_resolution_asked_and_svg(qapp, tmp_path):
    png, svg = tmp_path / "timeline.png", tmp_path / "timeline.svg"
    assert main(["export", *PAIR, "--lang", "en", "--dpi", "96", str(png)]) == 0
    assert main(["export", *PAIR, "--lang", "ar", str(svg)]) == 0
    image = QImage(str(png))
    # A4 landscape's width inside the margins, and 12 points of white around; as tall as
    # its rows need, not the page
    assert image.width() == 1032 + 24 and 250 < image.height() < 703
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text
    assert "زيارة" in text  # text stays text


@pytest.mark.parametrize(
    "where",
    [
        "missing/briefing.pdf",  # a folder that does not exist
        "file.txt/briefing.pdf",  # a "folder" that is a file
        "/proc/briefing.pdf",  # a folder no one may write in (tests run as root)
    ],
)
def test_an_unwritable_destination_exits_1_with_one_line(tmp_path, capsys, where):
    (tmp_path / "file.txt").write_text("not a folder")
    path = tmp_path / where
    code, error = export_in_process(capsys, *PAIR, str(path))
    assert code == 1
    lines = error.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "cannot be written" in lines[0]
    assert not path.exists()


@pytest.mark.parametrize(
    ("title", "chunk"), [("Morocco & Kazakhstan", b"tEXtTitle"), ("", b"iTXt")]
)
def test_a_pictures_title_is_in_its_file(tmp_path, capsys, title, chunk):
    """--title went nowhere in a PNG (an SVG has it as its title): it is the image's
    title in its description, in the document's language by default."""
    path = tmp_path / "timeline.png"
    code, _error = export_in_process(capsys, *PAIR, "--lang", "ar", "--title", title, str(path))
    assert code == 0
    image = QImage(str(path))
    assert image.text("Title") == (title or "العلاقات بين المغرب وكازاخستان: التسلسل الزمني")
    assert chunk in path.read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ("--pages-wide", "0"),
        ("--dpi", "5"),
        ("--page", "A5"),
        ("--landscape", "--portrait"),
        ("--pair", "MA", "XX"),
        ("--today", "2025-02-30"),
    ],
)
def test_bad_arguments_exit_2(tmp_path, capsys, args):
    path = Path(tmp_path) / "b.pdf"
    code, error = export_in_process(capsys, "--sample", *args, str(path))
    assert code == 2, error


@pytest.mark.parametrize("suffix", [".png", ".svg"])
@pytest.mark.parametrize("option", [("--pages-wide", "2"), ("--table", "summary")])
def test_a_picture_several_pages_wide_or_with_a_table_is_a_usage_error(
    tmp_path, capsys, suffix, option
):
    """A picture is one page wide, and the timeline alone: --pages-wide and --table were
    silently ignored, now it is said."""
    path = tmp_path / f"timeline{suffix}"
    code, error = export_in_process(capsys, *PAIR, *option, str(path))
    assert code == 2
    assert f"{option[0]}: only for a .pdf briefing" in error and not path.exists()
    assert "error" in error.strip().splitlines()[-1]  # argparse's usage, then the reason
    assert not path.exists()


@pytest.mark.parametrize(("option", "serves"), [("--pages-wide", ".pdf"), ("--table", ".pdf")])
def test_the_help_of_an_option_for_one_format_names_it(capsys, option, serves):
    """``export --help`` listed --pages-wide under "briefing (.pdf, .png, .svg)" with no
    word that a picture refuses it: the help says which file it serves."""
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    said = help_text.split(option, 2)[2].split(" --", 1)[0]  # its entry, after the usage line
    assert serves in said


@pytest.mark.parametrize("suffix", [".pdf", ".svg"])
def test_a_resolution_for_a_drawing_at_any_size_is_a_usage_error(tmp_path, capsys, suffix):
    """--dpi is a PNG's: a PDF or an SVG took it and was written as if it had not been."""
    path = tmp_path / f"timeline{suffix}"
    code, error = export_in_process(capsys, *PAIR, "--dpi", "300", str(path))
    assert (code, error.strip().splitlines()[-1]) == (
        2,
        "diplomatic-timeline: error: --dpi: only for a .png picture; a .pdf or an .svg stays "
        "sharp at any size",
    )
    assert not path.exists()


@pytest.mark.parametrize("suffix", [".csv", ".json", ".jsonl"])
@pytest.mark.parametrize(
    "option",
    [
        ("--title", "Briefing"),
        ("--marking", "Restricted"),
        ("--table", "all"),
        ("--dpi", "300"),
        ("--pages-wide", "2"),
        ("--page", "A3"),
        ("--portrait",),
        ("--include-cancelled",),
    ],
)
def test_a_briefings_option_given_for_the_events_data_is_a_usage_error(
    tmp_path, capsys, suffix, option
):
    """The events' data have no title, page or table: ``export x.csv --title …`` wrote the
    file as if the option had not been given, and the user found no title in it."""
    path = tmp_path / f"relations{suffix}"
    code, error = export_in_process(capsys, *PAIR, *option, str(path))
    reason = f"a {suffix[1:].upper()} file holds the events' data alone"
    assert code == 2 and error.strip().endswith(
        f"{option[0]}: only for a briefing or a " + f"picture (.pdf, .png, .svg); {reason}"
    )
    assert not path.exists()


@pytest.mark.parametrize(
    "option", [(), ("--pages-wide", "1"), ("--landscape",), ("--page", "A4"), ("--dpi", "150")]
)
def test_the_events_data_with_a_briefings_defaults_are_written(tmp_path, capsys, option):
    """Only an option that would change something is refused: its default, given or not,
    changes nothing in the data."""
    path = tmp_path / "relations.csv"
    code, error = export_in_process(capsys, *PAIR, *option, str(path))
    assert (code, error) == (0, "") and path.exists()


def test_today_before_the_command_is_the_windows_and_an_export_of_data_takes_it(tmp_path, capsys):
    """Given before the command, ``--today`` cannot be told from the window's own: the
    events' data are written as before, as a filter given there filters them."""
    path = tmp_path / "relations.csv"
    assert main(["--sample", "--today", "2025-01-01", "export", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: 11 events\n"
