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
    assert capsys.readouterr().out == "event 2 was linked to event 1 (outcome-of) already\n"
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
        # Beyond a 64-bit integer: the driver's OverflowError in a traceback.
        ([str(2**64), "1", "--as", "follow-up-to"], 1, f"event {2**64} does not exist"),
        (["2", str(-(2**63) - 1), "--as", "follow-up-to"], 1, f"event {-(2**63) - 1} does not"),
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


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "event 3 is dated before event 1: it cannot have come of it"),
        ("fr", "l’événement 3 est daté d’avant l’événement 1\u00a0: il ne peut en être issu"),
        ("ar", "الحدث 3 مؤرخ قبل الحدث 1: فلا يمكن أن يكون قد نتج عنه"),
    ],
)
def test_a_follow_up_before_what_it_follows_is_one_line_and_writes_nothing(
    two_events, capsys, language, said
):
    """The rule came with a traceback: only the link's own check was answered in words.
    The line is the rule's words alone, as the command's other lines are: "link:", the
    rules' name of the field, stood before them, an English word in a French or Arabic
    line, naming no option that was given."""
    assert main(["add", "--database", two_events, "--kind", "phone-call", "--countries",
                 "MA", "KZ", "--date", "2025-01-10", "--title-en", "Call"]) == 0  # fmt: skip
    capsys.readouterr()
    link = ["link", "3", "1", "--as", "follow-up-to", "--database", two_events]
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", language, *link])
    assert exit_info.value.code == 2
    error = {"en": "error", "fr": "erreur\u00a0", "ar": "خطأ"}[language]
    assert capsys.readouterr().err == f"diplomatic-timeline: {error}: {said}\n"


def test_a_link_to_itself_is_said_in_the_rules_words_alone(two_events, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr", "link", "2", "2", "--as", "follow-up-to", "--database", two_events])
    assert exit_info.value.code == 2
    said = "diplomatic-timeline: erreur\u00a0: l’événement 2 ne peut pas être lié à lui-même\n"
    assert capsys.readouterr().err == said


def test_unlinking_an_event_beyond_any_id_says_it_was_not_linked(two_events, capsys):
    arguments = ["unlink", "2", str(2**64), "--as", "outcome-of", "--database", two_events]
    assert main(arguments) == 0
    assert capsys.readouterr().out == f"event 2 was not linked to event {2**64} (outcome-of)\n"
