"""``link A B --as KIND``: links from scripts, with one-line errors."""

from __future__ import annotations

import json

import pytest

from timeline.cli import main
from timeline.domain.links import EventLink, LinkKind
from timeline.store.database import open_database
from timeline.store.links import links_of


@pytest.fixture
def two_events(tmp_path, capsys):
    path = str(tmp_path / "t.sqlite3")
    pair = ["--countries", "MA", "KZ"]
    for kind, day, title in (
        ("official-visit", "2025-02-28", "Visit"),
        ("agreement-signed", "2025-02-28", "Roadmap signed"),
    ):
        assert main(["add", "--database", path, "--kind", kind, *pair, "--date", day,
                     "--title-en", title]) == 0  # fmt: skip
    capsys.readouterr()
    return path


def test_link_says_what_it_linked_and_once(two_events, capsys):
    assert main(["link", "2", "1", "--as", "outcome-of", "--database", two_events]) == 0
    assert capsys.readouterr().out == "linked event 2 to event 1 (outcome-of)\n"
    assert main(["link", "2", "1", "--as", "outcome-of", "--database", two_events]) == 0
    assert capsys.readouterr().out.endswith("(outcome-of) already\n")
    database = open_database(two_events)
    try:
        assert links_of(database, 1) == [EventLink(2, 1, LinkKind.OUTCOME_OF)]
    finally:
        database.close()


@pytest.mark.parametrize(
    ("arguments", "code", "error"),
    [
        (["2", "1", "--as", "parent-of"], 2, "--as: unknown link 'parent-of'"),
        (["2", "2", "--as", "follow-up-to"], 2, "event 2 cannot be linked to itself"),
        (["2", "7", "--as", "follow-up-to"], 1, "event 7 does not exist"),
    ],
)
def test_a_wrong_link_is_one_line_and_writes_nothing(two_events, capsys, arguments, code, error):
    try:
        result = main(["link", *arguments, "--database", two_events])
    except SystemExit as exit:
        result = exit.code
    assert result == code
    err = capsys.readouterr().err
    assert error in err and len(err.strip().splitlines()) == 1
    database = open_database(two_events)
    try:
        assert links_of(database, 2) == []
    finally:
        database.close()


def test_list_shows_each_events_links_both_ways(two_events, capsys):
    assert main(["link", "2", "1", "--as", "outcome-of", "--database", two_events]) == 0
    capsys.readouterr()
    assert main(["list", "--database", two_events]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {line["id"]: line["links"] for line in lines} == {
        1: [{"kind": "outcome-of", "from": 2}],
        2: [{"kind": "outcome-of", "to": 1}],
    }
