"""``add``: one event from the command line, by the editor's rules; a wrong field changes
nothing and says which field in one line."""

from __future__ import annotations

import json
import re

import pytest

from timeline.cli import main


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "events.sqlite3"
    assert main(["db", "upgrade", "--database", str(path)]) == 0
    return str(path)


@pytest.mark.parametrize(
    ("hijri", "end", "dates"),
    [
        ("1446-09-19 هـ", None, ("2025-03-19", "2025-03-19")),  # as --date's help writes one
        ("١٤٤٦-٠٩-١٩", None, ("2025-03-19", "2025-03-19")),
        ("1446-09-19", "1446-09-22", ("2025-03-19", "2025-03-22")),  # the end: Hijri too
        ("1446-09-19 AH", "2025-03-25 CE", ("2025-03-19", "2025-03-25")),
    ],
)
def test_a_hijri_day_is_taken_with_or_without_its_mark_and_its_end_in_hijri(
    database, capsys, hijri, end, dates
):
    """``--hijri "1446-09-19 هـ"`` was "not a Hijri date", and with ``--hijri`` an end
    typed as the start was ("a Hijri date ends in هـ or AH")."""
    arguments = ["add", "--database", database, "--kind", "phone-call", "--countries", "MA"]
    arguments += ["FR", "--hijri", hijri, "--title-en", "Call", "--json"]
    assert main([*arguments, *(["--end", end] if end else [])]) == 0
    line = json.loads(capsys.readouterr().out)
    assert (line["start"], line["end"]) == dates


def count(database, capsys) -> int:
    capsys.readouterr()
    main(["list", "--database", database])
    return len(capsys.readouterr().out.splitlines())


def test_adding_the_kazakh_entry_into_force_by_its_hijri_day(database, capsys):
    code = main(
        ["add", "--database", database, "--kind", "agreement-in-force", "--countries", "MA", "KZ",
         "--hijri", "1446-09-19", "--title-en", "Visa exemption enters into force",
         "--title-ar", "دخول اتفاق الإعفاء من التأشيرة حيز التنفيذ",
         "--source", "https://example.org/news", "--outlet", "هومبريس"]
    )  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out.strip()
    assert re.fullmatch(r"added event \d+ \(version 1\)", said), said
    new_id = int(said.split()[2])
    main(["list", "--database", database])
    (line,) = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert line["id"] == new_id
    assert (line["start"], line["precision"], line["countries"]) == (
        "2025-03-19",
        "day",
        ["KZ", "MA"],
    )


def test_with_json_it_prints_the_event_as_list_does(database, capsys):
    argv = ["add", "--database", database, "--kind", "phone-call", "--countries", "MA", "KZ",
            "--date", "2025-01-15", "--title-fr", "Entretien téléphonique", "--json"]  # fmt: skip
    assert main(argv) == 0
    added = json.loads(capsys.readouterr().out)
    main(["list", "--database", database])
    assert json.loads(capsys.readouterr().out) == added
    assert (added["kind"], added["title_fr"]) == ("phone-call", "Entretien téléphonique")


def test_a_window_of_days(database, capsys):
    assert main(
        ["add", "--database", database, "--kind", "sideline-meeting", "--countries", "MA", "AZ",
         "--date", "2025-04-05", "--end", "2025-04-07", "--within", "--title-en", "Meeting"]
    ) == 0  # fmt: skip
    capsys.readouterr()
    main(["list", "--database", database])
    assert json.loads(capsys.readouterr().out)["date"] == "[2025-04-05..2025-04-07]"


BAD = [
    (["--date", "2025-02-30"], "--date: 2025-02 has 28 days, not 30"),
    (["--date", "2025-04-09", "--end", "2025-04-05"], "--end: the end 2025-04-05 is before"),
    (["--hijri", "1446-09-30"], "Ramadan 1446 has 29 days, not 30"),
    (["--hijri", "1600-01-01"], "outside the supported 1343-1500"),
    (["--date", "2025-03-19", "--countries", "MA"], "--countries: an event of kind “Agreement"),
    (["--date", "2025-03-19", "--title-en", ""], "--title-ar/-en/-fr: at least one title"),
    (["--date", "2025-03-19", "--source", "javascript:"], "--source: 'javascript:' is not an http"),
    (["--date", "2025-03-19", "--kind", "picnic"], "unknown kind 'picnic'"),
    # A Latin-1 terminal's "é" is a byte that is not UTF-8: Python hands it over as half a
    # character, which the database refused in a traceback.
    (["--date", "2025-03-19", "--title-en", "Visite \udce9"], "--title-en: holds half a character"),
    (["--date", "2025-03-19", "--place", "Rab\udcffat"], "--place: holds half a character"),
    # Said of --place too, which held nothing wrong.
    (["--date", "2025-03-19", "--place-ar", "\udcffالرباط"], "--place-ar: holds half a character"),
    (["--date", "2025-03-19", "--place-fr", "Rab\udcffat"], "--place-fr: holds half a character"),
    (["--date", "2025-03-19", "--place-country", "XX"], "--place-country: "),
    # A title read from a file kept its carriage return; a line break split its label.
    (
        ["--date", "2025-03-19", "--title-en", "Visit\r"],
        "--title-en: holds a control character (U+000D)",
    ),
    (
        ["--date", "2025-03-19", "--place-fr", "Ra\nbat"],
        "--place-fr: holds a control character (U+000A)",
    ),
    # Unicode's line separator split a label on screen as a line break does.
    (
        ["--date", "2025-03-19", "--title-en", "Visit\u2028Rabat"],
        "--title-en: holds a control character (U+2028)",
    ),
    (
        ["--date", "2025-03-19", "--title-fr", "Visite\u2029Rabat"],
        "--title-fr: holds a control character (U+2029)",
    ),
]


@pytest.mark.parametrize(
    ("style", "said"),
    [
        ("egypt", "--end: النهاية ٢٠٢٥/٠٤ قبل البداية ٢٠٢٥/٠٥/٠٩"),
        ("levant", "--end: النهاية ٢٠٢٥/٠٤ قبل البداية ٢٠٢٥/٠٥/٠٩"),
        ("maghreb", "--end: النهاية 2025-04 قبل البداية 2025-05-09"),
    ],
    ids=["egypt", "levant", "maghreb"],
)
def test_an_end_before_the_start_names_them_in_the_readers_digits(database, capsys, style, said):
    """An Egyptian or Levantine reader read "النهاية 2025-04 قبل البداية 2025-05-09", the
    dates in Latin digits beside Arabic-Indic ones, where the editor names them in theirs."""
    reader = ["--lang", "ar", "--date-style", style]
    added = ["--kind", "phone-call", "--countries", "MA", "KZ", "--title-en", "Call"]
    added += ["--date", "2025-05-09", "--end", "2025-04"]
    with pytest.raises(SystemExit) as exit_info:
        main(["add", "--database", database, *reader, *added])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"diplomatic-timeline: خطأ: {said}\n"
    assert count(database, capsys) == 0


@pytest.mark.parametrize(("changes", "message"), BAD, ids=[m for _, m in BAD])
def test_a_wrong_field_exits_2_and_writes_nothing(database, capsys, changes, message):
    args = {"--kind": ["agreement-in-force"], "--countries": ["MA", "KZ"], "--title-en": ["X"]}
    extra: list[str] = []
    iterator = iter(changes)
    for flag in iterator:
        values = [next(iterator)]
        if flag in args:
            args[flag] = values
        else:
            extra += [flag, *values]
    argv = ["add", "--database", database, *extra]
    for flag, values in args.items():
        argv += [flag, *values]
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert count(database, capsys) == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "error: --countries: MA is given twice"),
        ("fr", "erreur\u00a0: --countries\u00a0: MA est donné deux fois"),
        ("ar", "خطأ: --countries: البلد MA مذكور مرتين"),
    ],
    ids=["en", "fr", "ar"],
)
@pytest.mark.parametrize(
    ("kind", "countries"),
    [("bilateral-meeting", ["MA", "ma"]), ("multilateral-gathering", ["MA", "KZ", "MA"])],
    ids=["two", "three"],
)
def test_a_country_given_twice_is_said_to_be(database, capsys, lang, said, kind, countries):
    """``--countries MA MA`` was kept once, then counted: "a bilateral meeting needs at
    least 2 countries, 1 given", of the two typed; with a third country beside them the
    event was added with two, without a word."""
    argv = ["--lang", lang, "add", "--database", database, "--kind", kind, "--countries"]
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, *countries, "--date", "2025-03-19", "--title-en", "Talks"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"diplomatic-timeline: {said}\n"
    assert count(database, capsys) == 0


def test_a_place_given_in_one_language_is_listed_in_three(database, capsys):
    code = main(
        ["add", "--database", database, "--kind", "official-visit", "--countries", "MA", "KZ",
         "--date", "2025-02-28", "--title-en", "Visit", "--place", "Tachkent",
         "--place-fr", "Tachkent (Ouzbékistan)"]
    )  # fmt: skip
    assert code == 0
    capsys.readouterr()
    main(["list", "--database", database])
    (line,) = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert (line["place"], line["place_ar"], line["place_en"], line["place_fr"]) == (
        "Tachkent",
        "طشقند",
        "Tashkent",
        "Tachkent (Ouzbékistan)",
    )


VISIT = ["--kind", "official-visit", "--countries", "MA", "KZ", "--date", "2025-02-28"]


def add_the_visit(database: str) -> None:
    """The Kazakh minister's visit of 28 February 2025, as event 1."""
    title = ["--title-en", "Kazakh Foreign Minister visits Rabat"]
    assert main(["add", "--database", database, *VISIT, *title]) == 0


@pytest.mark.parametrize(
    ("again", "said"),
    [
        (["--title-en", "Kazakh Foreign Minister visits Rabat"], "it looks like an event already"),
        (  # from another source: the same pair the other way round, the month, another title
            ["--countries", "KZ", "MA", "--date", "2025-02", "--lang", "fr",
             "--title-en", "Kazakh FM visits Rabat"],
            "cela ressemble à un événement déjà enregistré",
        ),
    ],
)  # fmt: skip
def test_an_event_that_looks_recorded_is_not_added_again_unless_anyway(
    database, capsys, again, said
):
    """``add`` run twice (a script run again, a second source of the same visit) recorded
    the visit twice; the window asks, an import skips what it holds. It now says which
    event it looks like, as ``list --format text`` names it, adds nothing and exits 3."""
    add_the_visit(database)
    capsys.readouterr()
    assert main(["add", "--database", database, *VISIT, *again]) == 3
    out, err = capsys.readouterr()
    assert out == ""
    notice, line = err.splitlines()
    assert said in notice and "--anyway" in notice
    assert line.startswith("  #1 · 28 ") and line.endswith(
        " — Kazakh Foreign Minister visits Rabat"
    )
    assert count(database, capsys) == 1
    assert main(["add", "--database", database, *VISIT, *again, "--anyway"]) == 0
    assert count(database, capsys) == 2


def test_another_event_of_the_pair_that_day_is_added(database, capsys):
    """Only what looks like the same event is held back: another kind, or another title,
    the same day and pair, is added."""
    add_the_visit(database)
    phone = ["--kind", "phone-call", "--countries", "MA", "KZ", "--date", "2025-02-28"]
    assert (
        main(
            [
                "add",
                "--database",
                database,
                *phone,
                "--title-en",
                "Kazakh Foreign Minister visits Rabat",
            ]
        )
        == 0
    )
    assert (
        main(["add", "--database", database, *VISIT, "--title-en", "Trade delegation in Rabat"])
        == 0
    )
    assert count(database, capsys) == 3
