"""A filter given before the command filters as one given after it: the usage line offers
both places, and a briefing of all countries where one pair was asked for is a wrong one."""

from __future__ import annotations

import json
import re

import pytest

from timeline.cli import main
from timeline.domain.dateinput import parse_user_date
from timeline.domain.dates import FuzzyDate


def _listed(capsys, *arguments: str) -> list[dict]:
    assert main(list(arguments)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(
    "wanted",
    [["--pair", "MA", "KZ"], ["--country", "AZ"], ["--kind", "official-visit"], ["--from", "2025"]],
)
def test_a_filter_before_the_command_is_the_filter_after_it(capsys, wanted):
    everything = _listed(capsys, "--sample", "list")
    before = _listed(capsys, "--sample", *wanted, "list")
    after = _listed(capsys, "--sample", "list", *wanted)
    assert before == after
    assert 0 < len(before) < len(everything)


def test_an_export_before_its_filter_names_the_pairs_events_only(tmp_path, capsys):
    out = tmp_path / "pair.csv"
    assert main(["--sample", "--pair", "MA", "KZ", "export", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 6 events"


@pytest.mark.parametrize("shown", [["--pair", " ma", "KZ"], ["--country", "MA"]])
def test_moroccos_relations_read_in_moroccan_months_with_one_partner_or_all(
    qapp, tmp_path, capsys, poppler, shown
):
    """Where nothing else chooses the Arabic month names, the country shown does: a briefing
    of Morocco against all its partners said سبتمبر and ٢٠٢٤ where Morocco and Kazakhstan's
    said شتنبر and 2024."""
    assert main(["--sample", "--lang", "ar", *shown, "list", "--format", "text"]) == 0
    assert "26 شتنبر 2024" in capsys.readouterr().out
    path = tmp_path / "morocco.pdf"
    assert main(["--sample", "--lang", "ar", *shown, "export", str(path)]) == 0
    text = poppler.squeezed(poppler.text(path))
    assert "شتنبر" in text and "2024" in text
    assert "سبتمبر" not in text and "٢٠٢٤" not in text


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "--text: holds half a character (U+DCFF)"), ("fr", "contient une moitié")],
)
def test_words_to_search_holding_a_byte_that_is_not_utf8_are_refused(capsys, language, words):
    """A Latin-1 byte in the words (``list --text $'\\xff'``) reached the search as half a
    character, which no event holds: the search dropped it and listed every event."""
    with pytest.raises(SystemExit) as ended:
        main(["--sample", "--lang", language, "list", "--text", "visa \udcff"])
    assert ended.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert words in captured.err


def test_a_kind_written_in_capitals_is_the_kind(capsys):
    """Kinds are read in any case, as country codes are ("ma" is MA): "Official-Visit", as
    a spreadsheet capitalises it, was an unknown kind."""
    lower = _listed(capsys, "--sample", "--country", "ma", "list", "--kind", "official-visit")
    capital = _listed(capsys, "--sample", "--country", "MA", "list", "--kind", "Official-Visit")
    assert capital == lower and lower


@pytest.mark.parametrize(
    ("given", "said"),
    [
        # The domain's field, not the option typed.
        (["--pair", "ma", "MA"], "--pair: a pair needs two different countries, not MA twice"),
        (["--kind", ""], "--kind: is missing (known: official-visit, "),
        (
            ["--from", "2025", "--to", "2024-06"],
            "--from/--to: the period ends (2024-06-30) before it starts (2025-01-01)",
        ),
        # An empty value was taken for none given: every event listed.
        (["--country", ""], "--country: '' is not an ISO 3166-1 alpha-2 country code"),
        (["--from", ""], "--from: is missing (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        (["--to", " "], "--to: is missing (expected YYYY"),
        (["--text", ""], "--text: gives no words to find (leave it out to find every event)"),
        (["--text", " \u0640 "], "--text: gives no words to find"),  # a tatweel alone
    ],
)
def test_a_wrong_filter_is_said_of_the_option_typed(capsys, given, said):
    with pytest.raises(SystemExit) as raised:
        main(["list", "--sample", *given])
    assert raised.value.code == 2
    assert f"error: {said}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("style", "said"),
    [
        ("egypt", "--from/--to: الفترة تنتهي (٢٠٢٥/٠٢/٢٨) قبل أن تبدأ (٢٠٢٥/٠٣/٠١)"),
        ("levant", "--from/--to: الفترة تنتهي (٢٠٢٥/٠٢/٢٨) قبل أن تبدأ (٢٠٢٥/٠٣/٠١)"),
        ("maghreb", "--from/--to: الفترة تنتهي (2025-02-28) قبل أن تبدأ (2025-03-01)"),
    ],
    ids=["egypt", "levant", "maghreb"],
)
def test_a_reversed_period_names_its_days_in_the_readers_digits(capsys, style, said):
    """An Egyptian or Levantine reader read "الفترة تنتهي (2025-02-28) قبل أن تبدأ
    (2025-03-01)", the days in Latin digits beside the window's Arabic-Indic ones; each day
    named, typed back, is the day."""
    reader = ["--lang", "ar", "--date-style", style]
    with pytest.raises(SystemExit) as raised:
        main(["list", "--sample", *reader, "--from", "2025-03", "--to", "2025-02"])
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert error == f"diplomatic-timeline: خطأ: {said}\n"
    named = re.findall(r"\(([^)]*)\)", said)
    assert [parse_user_date(day) for day in named] == [
        FuzzyDate(2025, 2, 28),
        FuzzyDate(2025, 3, 1),
    ]
