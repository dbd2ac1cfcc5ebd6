"""Agreements on the command line: ``list`` shows each event's status, agreement and links."""

from __future__ import annotations

import json

from timeline.cli import main


def listed(capsys, *argv: str) -> list[dict]:
    assert main(["list", "--sample", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_list_shows_the_kazakh_visa_waivers_steps_with_one_agreement_id(capsys):
    lines = listed(capsys, "--pair", "MA", "KZ")
    steps = [(line["start"], line["agreement"], line["agreement_step"]) for line in lines]
    assert [step for step in steps if step[1]] == [
        ("2024-09-26", "ma-kz-visa-waiver", "signed"),
        ("2025-03-19", "ma-kz-visa-waiver", "in-force"),
    ]
    visit = next(line for line in lines if line["kind"] == "official-visit")
    assert (visit["agreement"], visit["agreement_step"], visit["status"]) == (None, None, "held")


def test_list_shows_the_forum_announced_and_the_ipu_meetings_on_the_assemblys_sidelines(capsys):
    lines = listed(capsys, "--country", "MA", "--from", "2025-04", "--to", "2025-04")
    forum = next(line for line in lines if "South-South" in line["title_en"])
    assert forum["status"] == "announced"
    assembly = next(line for line in lines if line["kind"] == "multilateral-gathering"
                    and line["status"] == "held")  # fmt: skip
    meetings = [line for line in lines if line["kind"] == "sideline-meeting"]
    assert len(meetings) == 3
    for meeting in meetings:
        assert meeting["links"] == [{"kind": "on-sidelines-of", "to": assembly["id"]}]
    assert assembly["links"] == [
        {"kind": "on-sidelines-of", "from": meeting["id"]} for meeting in meetings
    ]
