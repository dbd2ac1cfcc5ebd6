"""What every command shares: the database it works on, said the same in each one's help."""

from __future__ import annotations

import pytest

from timeline.cli import main

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
