"""Agreements on the command line: ``list`` shows each event's status, agreement and links."""

from __future__ import annotations

import json
import re

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


def test_a_steps_label_in_a_french_line_has_its_no_break_space(capsys):
    """``list --format text`` wrote "Signé: ma-kz-visa-waiver", where every other French
    label, ``agreement list``'s among them, writes "Signé : …"."""
    assert main(["list", "--sample", "--pair", "MA", "KZ", "--format", "text", "--lang", "fr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(" · Signé\u00a0: ma-kz-visa-waiver")
    assert not [line for line in lines if "vigueur:" in line or "Signé:" in line]


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


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse and UsageError leave through parser.exit
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_thread_recorded_from_the_command_line(tmp_path, capsys):
    db = ["--database", str(tmp_path / "t.sqlite3")]
    pair = ["--countries", "MA", "KZ"]
    record = [
        "ma-kz-trade",
        "--kind",
        "trade",
        "--parties",
        "MA",
        "KZ",
        "--title-en",
        "Trade agreement",
    ]
    added = run(capsys, "agreement", "add", *record, *db)
    assert added[:2] == (0, "added agreement ma-kz-trade\n")
    for day, kind, step in (
        ("2025-01-10", "agreement-signed", ["--step", "signed"]),
        ("2025-03-01", "statement", ["--step", "ratified", "--party", "KZ"]),
        ("2025-07-10", "agreement-in-force", ["--step", "in-force"]),
    ):
        code, _, err = run(capsys, "add", *db, "--kind", kind, *pair, "--date", day,
                           "--title-en", step[1], "--agreement", "ma-kz-trade", *step)  # fmt: skip
        assert code == 0, err
    code, out, _ = run(capsys, "agreement", "list", *db)
    line = json.loads(out)
    assert [(s["event"], s["step"], s["party"]) for s in line["steps"]] == [
        (1, "signed", None),
        (2, "ratified", "KZ"),
        (3, "in-force", None),
    ]
    assert (line["signed"], line["in_force"], line["days_to_force"], line["status"]) == (
        "2025-01-10",
        "2025-07-10",
        181,
        "in-force",
    )
    code, out, _ = run(capsys, "agreement", "list", *db, "--format", "text", "--lang", "en")
    assert out == (
        "ma-kz-trade — Trade agreement · Signed: 10 January 2025 · Ratified by Kazakhstan: "
        "1 March 2025 · In force: 10 July 2025 (181 days)\n"
    )
    code, out, _ = run(capsys, "agreement", "list", *db, "--format", "text", "--lang", "fr")
    assert "· Signé\u00a0: 10 janvier 2025 ·" in out and "En vigueur\u00a0: 10 juillet" in out
    # As of a day before the entry into force, the agreement is ratified, not in force.
    code, out, _ = run(capsys, "agreement", "list", *db, "--today", "2025-05-01")
    line = json.loads(out)
    assert (line["signed"], line["in_force"], line["days_to_force"], line["status"]) == (
        "2025-01-10",
        None,
        None,
        "ratified",
    )
    assert len(line["steps"]) == 3, "every recorded step is listed"
    code, out, _ = run(
        capsys, "agreement", "list", *db, "--format", "text", "--today", "2025-05-01"
    )
    assert out.endswith("In force: 10 July 2025 (expected)\n"), "as the briefing says it"
    # Out of the thread again; the agreement goes once no event is its step.
    assert run(capsys, "edit", "3", "--agreement", "", *db)[0] == 0
    code, _, err = run(capsys, "agreement", "remove", "ma-kz-trade", *db)
    assert (code, err.strip()) == (
        1,
        "diplomatic-timeline: agreement ma-kz-trade still has 2 events as steps; nothing removed",
    )


def test_errors_are_one_line_in_the_readers_language_and_write_nothing(tmp_path, capsys):
    path = tmp_path / "t.sqlite3"
    db = ["--database", str(path)]
    assert run(capsys, "db", "upgrade", *db)[0] == 0  # created: nothing more said below
    event = ["--kind", "statement", "--countries", "MA", "KZ", "--date", "2025-03-01",
             "--title-en", "Ratified"]  # fmt: skip
    cases = [
        (["--lang", "fr", "add", *db, *event, "--agreement", "nope", "--step", "signed"],
         "agreement\u00a0: il n’y a pas d’accord «\u00a0nope\u00a0»"),
        (["add", *db, *event, "--agreement", "Not An Id", "--step", "signed"],
         "--agreement: 'Not An Id' is not an agreement id"),
        (["--lang", "ar", "add", *db, *event, "--agreement", "x", "--step", "adopted"],
         "--step: مرحلة اتفاق غير معروفة «adopted»"),
        (["add", *db, *event, "--agreement", "x", "--step", "ratified"],
         "--party: the step 'Ratified' needs the party that took it"),
        (["agreement", "add", "x", "--kind", "treaty", "--parties", "MA", "KZ", *db],
         "--kind: unknown kind of agreement 'treaty'"),
        (["agreement", "add", "x", "--kind", "trade", "--parties", "MA", "--title-en", "T", *db],
         "--parties: an agreement needs at least 2 parties, 1 given"),
        (["agreement", "add", "x", "--kind", "trade", "--parties", "MA", "ma", *db],
         "--parties: MA is given twice"),  # was "…at least 2 parties, 1 given"
        (["--lang", "fr", "unlink", "1", "2", "--as", "parent-of", *db],
         "--as\u00a0: lien inconnu"),
    ]  # fmt: skip
    for argv, expected in cases:
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, ""), argv
        assert len(err.splitlines()) == 1 and expected in err, err
    assert run(capsys, "list", *db)[1] == ""


def test_an_agreement_corrected_keeps_the_titles_not_typed_again(tmp_path, capsys):
    """``agreement add`` with the same id corrects it: the French and Arabic titles were
    erased by a correction of the English one, the Arabic line then showing English."""
    db = ["--database", str(tmp_path / "t.sqlite3")]
    record = ["ma-kz-trade", "--kind", "trade", "--parties", "MA", "KZ"]
    titles = ["--title-en", "Trade agreement", "--title-fr", "Accord commercial"]
    assert (
        run(capsys, "agreement", "add", *record, *titles, "--title-ar", "اتفاق تجاري", *db)[0] == 0
    )
    corrected = run(capsys, "agreement", "add", *record, "--title-en", "Trade deal", *db)
    assert corrected[:2] == (0, "updated agreement ma-kz-trade\n")
    assert run(capsys, "agreement", "add", *record, *db)[:2] == (
        0,
        "updated agreement ma-kz-trade\n",
    )
    line = json.loads(run(capsys, "agreement", "list", *db)[1])
    assert (line["title_ar"], line["title_en"], line["title_fr"]) == (
        "اتفاق تجاري",
        "Trade deal",
        "Accord commercial",
    )


def test_an_id_typed_with_spaces_corrects_the_agreement_recorded_under_it(tmp_path, capsys):
    """ " ma-kz-trade" was looked up as typed, not found, and its titles erased."""
    db = ["--database", str(tmp_path / "t.sqlite3")]
    record = ["--kind", "trade", "--parties", "MA", "KZ"]
    titles = ["--title-en", "Trade agreement", "--title-fr", "Accord commercial"]
    assert run(capsys, "agreement", "add", "ma-kz-trade", *record, *titles, *db)[0] == 0
    fixed = run(capsys, "agreement", "add", " ma-kz-trade ", *record, "--title-en", "Deal", *db)
    assert fixed[:2] == (0, "updated agreement ma-kz-trade\n")
    assert run(capsys, "agreement", "add", "ma-kz-trade ", *record, *db)[0] == 0
    line = json.loads(run(capsys, "agreement", "list", *db)[1])
    assert (line["title_en"], line["title_fr"]) == ("Deal", "Accord commercial")


def test_a_new_agreement_without_a_title_creates_no_database(tmp_path, capsys):
    path = tmp_path / "t.sqlite3"
    record = ["ma-kz-trade", "--kind", "trade", "--parties", "MA", "KZ"]
    code, out, err = run(capsys, "agreement", "add", *record, "--database", str(path))
    assert (code, out) == (2, "")
    assert err.endswith("error: --title-ar/-en/-fr: at least one title is required\n")
    assert not path.exists()


def test_an_agreements_parties_corrected_away_from_its_signature_are_refused(tmp_path, capsys):
    """The parties of the Moroccan–Kazakh visa waiver corrected to FR and MA: its KZ–MA
    signature and entry into force were steps of an FR–MA agreement, and a ratification
    by Kazakhstan then refused as "not a party"."""
    db = ["--database", str(tmp_path / "t.sqlite3")]
    assert run(capsys, "--sample", "export", str(tmp_path / "s.csv"))[0] == 0
    assert run(capsys, "import", str(tmp_path / "s.csv"), *db)[0] == 0
    record = ["ma-kz-visa-waiver", "--kind", "visa-waiver", "--parties", "FR", "MA"]
    code, out, err = run(capsys, "agreement", "add", *record, *db)
    assert (code, out) == (2, "")
    assert err.endswith(
        "error: --parties: FR is not among the countries of event 3, a step of "
        "ma-kz-visa-waiver as a whole\n"
    )
    line = next(
        json.loads(text)
        for text in run(capsys, "agreement", "list", *db)[1].splitlines()
        if json.loads(text)["id"] == "ma-kz-visa-waiver"
    )
    assert line["parties"] == ["KZ", "MA"]


def test_unlink_removes_what_link_made(tmp_path, capsys):
    db = ["--database", str(tmp_path / "t.sqlite3")]
    for title in ("Visit", "Roadmap"):
        run(capsys, "add", *db, "--kind", "official-visit", "--countries", "MA", "KZ",
            "--date", "2025-02-28", "--title-en", title)  # fmt: skip
    run(capsys, "link", "2", "1", "--as", "outcome-of", *db)
    assert run(capsys, "unlink", "2", "1", "--as", "outcome-of", *db)[1] == (
        "unlinked event 2 from event 1 (outcome-of)\n"
    )
    assert run(capsys, "unlink", "2", "1", "--as", "outcome-of", *db)[1] == (
        "event 2 was not linked to event 1 (outcome-of)\n"
    )
    assert all(json.loads(line)["links"] == [] for line in run(capsys, "list", *db)[1].splitlines())


def test_a_step_out_of_its_threads_order_or_pair_is_refused(tmp_path, capsys):
    """Recorded from the command line, an entry into force before the signature and a
    signature between Morocco and Azerbaijan were both kept, and the list said "In force:
    10 January 2024 (-152 days)"."""
    db = ["--database", str(tmp_path / "t.sqlite3")]
    record = ["ma-kz-trade", "--kind", "trade", "--parties", "MA", "KZ", "--title-en", "T"]
    assert run(capsys, "agreement", "add", *record, *db)[0] == 0

    def step(day: str, kind: str, which: str, *countries: str) -> tuple[int, str]:
        code, _, err = run(capsys, "add", *db, "--kind", kind, "--countries", *countries,
                           "--date", day, "--title-en", which, "--agreement", "ma-kz-trade",
                           "--step", which)  # fmt: skip
        return code, err

    assert step("2024-06-10", "agreement-signed", "signed", "MA", "KZ") == (0, "")
    code, err = step("2024-01-10", "agreement-in-force", "in-force", "MA", "KZ")
    assert code == 2 and "--date: the step comes before the agreement's signature" in err
    code, err = step("2024-07-10", "agreement-in-force", "in-force", "MA", "AZ")
    assert code == 2 and "--countries: a step of ma-kz-trade as a whole needs its parties" in err
    assert step("2024-07-10", "agreement-in-force", "in-force", "MA", "KZ") == (0, "")
    code, _, err = run(capsys, "edit", "1", "--date", "2024-08-01", *db)  # signed after it
    assert code == 2 and "later step of the agreement: In force on 10 July 2024" in err


def test_an_egyptian_readers_text_lines_are_in_one_set_of_digits(tmp_path, capsys):
    """Their dates were in Arabic-Indic digits, the ids and a title's numbers beside them
    not: "#6، ٥–٩ أبريل ٢٠٢٥ … — الدورة 150 …، لقاء على هامشه #7", where the window, the
    briefing and ``add`` ("أُضيف الحدث ١٢") write them in the reader's digits; ``edit ٦``
    reads the id as written. Identifiers (an agreement's id) stay as they are."""
    egyptian = ["--lang", "ar", "--date-style", "egypt", "--format", "text"]
    period = ["--from", "2025-04-05", "--to", "2025-04-09"]
    code, out, _ = run(capsys, "list", "--sample", *period, *egyptian)
    assert code == 0 and "#٦، ٥–٩ أبريل ٢٠٢٥" in out and "الدورة ١٥٠" in out
    assert "لقاء على هامشه #٧" in out and not re.findall("[0-9]", out)

    db = ["--database", str(tmp_path / "t.sqlite3")]
    title = ["--title-ar", "بروتوكول التجارة لعام 2025"]
    assert run(capsys, "agreement", "add", "ma-kz-trade-2025", "--kind", "trade",
               "--parties", "MA", "KZ", *title, *db)[0] == 0  # fmt: skip
    code, _, err = run(capsys, "add", *db, "--kind", "agreement-signed", "--countries", "MA",
                       "KZ", "--date", "2025-01-10", "--title-ar", "توقيع البروتوكول",
                       "--agreement", "ma-kz-trade-2025", "--step", "signed")  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "agreement", "list", *db, *egyptian)
    assert out == "ma-kz-trade-2025 — بروتوكول التجارة لعام ٢٠٢٥، توقيع: ١٠ يناير ٢٠٢٥\n"
