"""``extract``: an article's proposed events as JSON lines, with list's keys and the source."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

SEED = Path(__file__).resolve().parents[2].parent / "shared/seeds/000_60c031fbfd51394f.txt"
ARTICLE = (
    "Le ministre kazakh a effectué une visite officielle au Maroc le 28 février 2025. "
    "Les deux pays ont salué l'entrée en vigueur de l'accord en mars dernier. "
    "Aucune date ici."
)


def lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_prints_one_line_per_dated_sentence(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(article), "--published", "2025-04-08"]) == 0
    visit, in_force = lines(capsys)
    assert visit["start"] == visit["end"] == "2025-02-28"
    assert visit["precision"] == "day"
    assert visit["kind"] == "official-visit"
    assert visit["countries"] == ["KZ", "MA"]
    assert visit["within"] is False
    assert visit["span"] == ARTICLE[visit["span_start"] : visit["span_end"]]
    assert visit["date_text"] == "28 février 2025"
    assert visit["title_fr"].startswith("Le ministre kazakh")
    assert (in_force["start"], in_force["end"]) == ("2025-03-01", "2025-03-31")
    assert in_force["precision"] == "month"
    assert in_force["kind"] == "agreement-in-force"
    assert visit["gathering"] is None


def test_names_the_gathering_of_a_day_within_it(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(
        "التقى رئيسا البرلمانين المغربي والكازاخي يوم 7 أبريل على هامش الدورة 150 "
        "للاتحاد البرلماني الدولي.",
        encoding="utf-8",
    )
    assert main(["extract", str(article), "--published", "2025-04-08"]) == 0
    (line,) = lines(capsys)
    assert (line["kind"], line["date"], line["precision"]) == (
        "sideline-meeting",
        "2025-04-07",
        "day",
    )
    assert line["gathering"] == "ipu-assembly-150"
    assert line["place"] == "طشقند"


def test_has_the_keys_of_list(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    main(["extract", str(article), "--published", "2025-04-08"])
    (first, *_) = lines(capsys)
    main(["list", "--sample"])
    (listed, *_) = lines(capsys)
    assert set(listed) <= set(first)
    assert {"span", "within"} <= set(first)


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not on this machine")
def test_the_seed_article(capsys):
    assert main(["extract", str(SEED), "--published", "2025-04-08"]) == 0
    found = {(line["kind"], line["start"], line["end"], line["within"]) for line in lines(capsys)}
    assert found == {
        ("sideline-meeting", "2025-04-05", "2025-04-09", True),
        ("official-visit", "2025-02-01", "2025-02-28", False),
        ("agreement-in-force", "2025-03-01", "2025-03-31", False),
        ("agreement-in-force", "2024-08-28", "2024-08-28", False),
        ("multilateral-gathering", "2025-04-28", "2025-04-29", False),
    }


def test_reads_standard_input_with_a_hijri_publication_day(capsys, monkeypatch):
    """In this process: standard input read by a process of its own is the next tests'."""
    sentence = "زار الوزير المغربي كازاخستان الشهر الماضي."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sentence.encode("utf-8"))))
    assert main(["extract", "-", "--published", "1446-10-10 هـ"]) == 0
    (line,) = lines(capsys)
    assert (line["start"], line["precision"]) == ("2025-03-01", "month")  # 10 Shawwal = 8 April


@pytest.mark.skipif(os.name != "posix", reason="the C locale of a POSIX system")
@pytest.mark.parametrize("start", ["", "\ufeff"], ids=["plain", "with a byte-order mark"])
def test_reads_standard_input_as_utf_8_whatever_the_locale(start):
    """Standard input is read as a file is: UTF-8 whatever the locale (here ASCII,
    ``LC_ALL=C`` without UTF-8 mode), the spans counted from the first letter whether or
    not the text starts with a byte-order mark (Notepad's)."""
    sentence = "زار الوزير المغربي كازاخستان الشهر الماضي."
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONIOENCODING"}
    environment |= {"LC_ALL": "C", "PYTHONUTF8": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "-", "--published", "2025-04-08"],
        input=(start + sentence).encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=False,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    (line,) = [json.loads(text) for text in result.stdout.splitlines()]
    assert (line["start"], line["precision"]) == ("2025-03-01", "month")
    assert (line["span_start"], line["span_end"]) == (0, len(sentence))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--published", "2025-04-08"], "missing.txt: No such file or directory"),
        (["{article}", "--published", "2025-04"], "--published: '2025-04' is not a day"),
        (["{article}", "--published", "soon"], "--published: 'soon' is not a date"),
        (["{binary}"], "not UTF-8 text"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_code_2(tmp_path, capsys, args, message):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    args = [arg.format(article=article, binary=binary) for arg in args]
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", *args])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err.strip()
    assert message in error and "\n" not in error
