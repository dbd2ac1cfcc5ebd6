"""``review`` lists the announced events whose date has passed (confirming one clears it) and
those recorded as held ahead of their day."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from timeline.cli import main


def review(path: str, capsys, *options: str) -> list[dict]:
    assert main(["review", "--database", path, *options]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_an_announced_event_now_past_is_reviewed_until_marked_held(tmp_path, capsys):
    path = str(tmp_path / "t.sqlite3")
    last_week = (date.today() - timedelta(days=7)).isoformat()
    next_year = (date.today() + timedelta(days=365)).isoformat()
    event = ["--kind", "multilateral-gathering", "--countries", "MA"]
    for day, title in ((last_week, "Past forum"), (next_year, "Future forum")):
        announced = ["--date", day, "--title-en", title, "--status", "announced"]
        assert main(["add", "--database", path, *event, *announced]) == 0
    assert main(["add", "--database", path, *event, "--date", last_week, "--title-en", "Held"]) == 0
    capsys.readouterr()

    [line] = review(path, capsys)
    assert (line["id"], line["title_en"], line["status"]) == (1, "Past forum", "announced")
    assert line["reason_id"] == "status.to_confirm"
    assert line["reason"] == f"announced for {last_week}, now past: to confirm"
    [arabic] = review(path, capsys, "--lang", "ar")
    assert "يحتاج إلى تأكيد" in arabic["reason"]

    assert main(["edit", "1", "--database", path, "--status", "held"]) == 0
    capsys.readouterr()
    assert review(path, capsys) == []
    assert main(["list", "--database", path]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["status"] for line in listed] == ["held", "held", "announced"]


def test_review_as_of_another_day(tmp_path, capsys):
    path = str(tmp_path / "t.sqlite3")
    call = ["--kind", "phone-call", "--countries", "MA", "KZ", "--title-en", "Call"]
    assert (
        main(["add", "--database", path, *call, "--date", "2025-04-28", "--status", "announced"])
        == 0
    )
    capsys.readouterr()
    assert review(path, capsys, "--today", "2025-04-28") == []
    assert [line["id"] for line in review(path, capsys, "--today", "2025-04-29")] == [1]


def test_a_wrong_status_or_day_is_one_line_and_writes_nothing(tmp_path, capsys):
    path = str(tmp_path / "t.sqlite3")
    add = ["add", "--database", path, "--kind", "phone-call", "--countries", "MA", "KZ"]
    with pytest.raises(SystemExit) as raised:
        main([*add, "--date", "2025-04-28", "--title-en", "Call", "--status", "planned"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert "status: unknown status 'planned'" in err and "Traceback" not in err
    assert not (tmp_path / "t.sqlite3").exists()
    with pytest.raises(SystemExit) as raised:
        main(["review", "--database", path, "--today", "tomorrow"])
    assert raised.value.code == 2
    assert "--today" in capsys.readouterr().err


def test_the_sample_forum_is_announced_as_the_article_announced_it(capsys):
    """The article (8 April 2025) announces the forum of 28–29 April: to be confirmed. On
    its day, only Koshanov's visit of November, recorded as held, needs attention."""
    assert main(["review", "--sample", "--today", "2025-04-08"]) == 0
    [ahead] = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert (ahead["start"], ahead["reason_id"]) == ("2025-11-26", "status.held_ahead")
    assert ahead["reason"] == "recorded as held, but still to come: announced?"
    assert main(["review", "--sample", "--today", "2025-04-30"]) == 0
    lines = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    [line] = [line for line in lines if line["reason_id"] == "status.to_confirm"]
    assert line["title_en"] == "3rd South-South Parliamentary Dialogue Forum"
    assert (line["date"], line["status"]) == ("2025-04-28/2025-04-29", "announced")


@pytest.mark.parametrize("today", ["1446-11-02 هـ", "٢٠٢٥-٠٤-٣٠", "2025-04-30"])
def test_today_is_read_as_from_reads_a_day(capsys, today):
    """``--today`` took only Latin YYYY-MM-DD, where ``--from`` takes a Hijri day and
    Arabic digits: 30 April 2025 is 2 Dhu al-Qa'dah 1446."""
    assert main(["review", "--sample", "--today", today]) == 0
    lines = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert "status.to_confirm" in [line["reason_id"] for line in lines]


@pytest.mark.parametrize(
    ("today", "said"),
    [
        ("2025-02-30", "--today: 2025-02 has 28 days, not 30"),  # "is not a day (YYYY-MM-DD)"
        ("", "--today: '' is not a day"),  # was today, without a word
        ("2025-04", "--today: '2025-04' is not a day"),
    ],
)
def test_a_today_that_is_no_day_says_why(capsys, today, said):
    with pytest.raises(SystemExit) as raised:
        main(["review", "--sample", "--today", today])
    assert raised.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("language", "why"),
    [
        ("en", " · announced for 28 April 2025, now past: to confirm"),
        ("fr", " · annoncé pour le 28 avril 2025, date passée\u00a0: à confirmer"),
        ("ar", "، أُعلن عنه ليوم ٢٨ أبريل ٢٠٢٥ وقد مضى: يحتاج إلى تأكيد"),
    ],
)
def test_review_reads_as_text_as_list_does_with_why(capsys, language, why):
    """``list`` has ``--format text`` for a person; ``review``, read by a person as often,
    had JSON lines alone. Its line is ``list``'s, then why, its date as the reader's."""
    arguments = ["review", "--sample", "--today", "2025-04-30", "--format", "text"]
    assert main([*arguments, "--lang", language]) == 0
    forum = capsys.readouterr().out.splitlines()[0]
    assert forum.endswith(why)
    assert (
        main(["list", "--sample", "--format", "text", "--lang", language, "--from", "2025-04-28"])
        == 0
    )
    assert forum.startswith(capsys.readouterr().out.splitlines()[0])
