"""What every command shares: the database it works on, said the same in each one's help."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.cli import main

PLOVER = Path(__file__).resolve().parent.parent / "io" / "fixtures" / "plover.jsonl"

DATABASE_HELP = "a SQLite file or a database URL (default: timeline.sqlite3 in your data folder)"


@pytest.mark.parametrize(
    "command",
    [
        ["add"],
        ["edit"],
        ["link"],
        ["unlink"],
        ["import"],
        ["agreement", "add"],
        ["agreement", "remove"],
        ["db", "check"],
        ["db", "restore"],
        ["list"],
    ],
)
def test_every_command_taking_a_database_says_what_it_is(capsys, command):
    """``add --help`` and six others listed ``--database PATH_OR_URL`` and nothing more."""
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"--database PATH_OR_URL {DATABASE_HELP}" in help_text


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        (["link"], ["8", "6", "--as", "follow-up-to"]),
        (["unlink"], ["7", "6", "--as", "on-sidelines-of"]),
        (["add"], ["--kind", "phone-call", "--countries", "MA", "FR", "--date", "2025-01-06",
                   "--title-en", "Call"]),
        (["edit"], ["1", "--title-en", "Signed"]),
        (["agreement", "add"], ["ma-fr", "--kind", "trade", "--parties", "MA", "FR",
                                "--title-en", "Trade"]),
        (["agreement", "remove"], ["ma-kz-visa-waiver"]),
        (["import"], [str(PLOVER), "--country", "KZ"]),
    ],
)  # fmt: skip
def test_every_command_taking_the_sample_takes_it_after_its_name_too(capsys, name, rest):
    """``--sample link 8 6`` tried a link in the sample; ``link --sample 8 6`` was
    "unrecognized arguments: --sample" under the usage of the whole program."""
    before = main(["--sample", *name, *rest])
    said_before = capsys.readouterr()
    assert main([*name, "--sample", *rest]) == before
    assert capsys.readouterr() == said_before
