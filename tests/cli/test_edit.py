"""``edit``: corrections from scripts, with the editor's rules and a version pin."""

from __future__ import annotations

import json

import pytest

from timeline.cli import main
from timeline.store.database import open_database
from timeline.store.repository import EventStore


@pytest.fixture
def listed(tmp_path, capsys):
    """A database with one event; ``listed()`` is its ``list`` line."""
    path = tmp_path / "t.sqlite3"
    add = ["--kind", "official-visit", "--countries", "MA", "KZ", "--date", "2025-04-07"]
    assert main(["add", "--database", str(path), *add, "--title-en", "Visit"]) == 0
    capsys.readouterr()

    def listed() -> dict:
        assert main(["list", "--database", str(path)]) == 0
        [line] = capsys.readouterr().out.splitlines()
        return json.loads(line)

    listed.path = str(path)  # type: ignore[attr-defined]
    return listed


def test_an_edit_prints_the_new_version_and_list_shows_it(listed, capsys):
    assert listed()["version"] == 1
    edit = ["edit", "1", "--database", listed.path, "--if-version", "1"]
    assert main([*edit, "--title-fr", "Visite", "--place", "Rabat", "--end", "2025-04-09"]) == 0
    assert capsys.readouterr().out == "2\n"
    line = listed()
    assert (line["version"], line["title_fr"], line["place"]) == (2, "Visite", "Rabat")
    assert (line["start"], line["end"], line["title_en"]) == ("2025-04-07", "2025-04-09", "Visit")


def test_an_edit_of_an_older_version_is_a_conflict_that_writes_nothing(listed, capsys):
    assert main(["edit", "1", "--database", listed.path, "--title-en", "First"]) == 0
    capsys.readouterr()
    edit = ["edit", "1", "--database", listed.path, "--if-version", "1", "--title-en", "Late"]
    assert main(edit) == 3
    assert capsys.readouterr().err == (
        "diplomatic-timeline: event 1 is at version 2, not 1; nothing written\n"
    )
    assert listed()["title_en"] == "First"


def test_a_conflict_is_said_in_the_chosen_language(listed, capsys):
    """In Arabic, the conflict was the one line of ``edit`` still said in English."""
    assert main(["edit", "1", "--database", listed.path, "--title-en", "First"]) == 0
    capsys.readouterr()
    edit = ["--lang", "ar", "edit", "1", "--database", listed.path, "--if-version", "1"]
    assert main([*edit, "--title-en", "Late"]) == 3
    said = capsys.readouterr().err
    assert said == "diplomatic-timeline: الحدث 1 في نسخته 2 لا 1، فلم يُكتب شيء\n"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (["--date", "2025-13-01"], "--date: month 13 does not exist"),
        (["--end", "2025-04-01"], "--end: the end"),
        (["--kind", "visit"], "unknown kind 'visit'"),
        (["--countries", "MA"], "--countries: "),
        (["--countries", "MA", "KZ", "ma"], "--countries: MA is given twice"),
        (["--title-en", ""], "--title-ar/-en/-fr: "),
        (["--title-ar", "زيارة\tرسمية"], "--title-ar: holds a control character (U+0009)"),
        (["--place", "Rabat\r\n"], "--place: holds a control character (U+000D)"),
        ([], "nothing to change"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(listed, capsys, change, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["edit", "1", "--database", listed.path, *change])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert listed()["version"] == 1


@pytest.mark.parametrize("event", ["9", str(2**64)])  # the latter: a driver's traceback
def test_an_event_that_does_not_exist_exits_1(listed, capsys, event):
    assert main(["edit", event, "--database", listed.path, "--title-en", "x"]) == 1
    assert capsys.readouterr().err == f"diplomatic-timeline: event {event} does not exist\n"


def test_within_and_lasted_choose_how_the_span_is_read(listed, capsys):
    """An edit could take "one day within" away (with the end) but not give it back."""

    def edit(*change: str) -> int:
        code = main(["edit", "1", "--database", listed.path, *change])
        capsys.readouterr()
        return code

    assert edit("--end", "2025-04-09", "--within") == 0
    assert listed()["date"] == "[2025-04-07..2025-04-09]"
    assert edit("--lasted") == 0
    assert listed()["date"] == "2025-04-07/2025-04-09"
    assert edit("--within") == 0
    assert listed()["date"] == "[2025-04-07..2025-04-09]"
    assert edit("--end", "") == 0  # one date: no span to read
    assert listed()["date"] == "2025-04-07"
    with pytest.raises(SystemExit) as exit_info:
        main(["edit", "1", "--database", listed.path, "--within"])
    assert exit_info.value.code == 2
    assert "--end: 'on one day within' needs an end date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "--date: with this date, event 2 would come before event 1, which it is linked"),
        ("fr", "--date\u00a0: avec cette date, l’événement 2 viendrait avant l’événement 1"),
        ("ar", "--date: بهذا التاريخ يأتي الحدث 2 قبل الحدث 1"),
    ],
)
def test_a_date_that_puts_a_follow_up_before_its_visit_is_one_line(listed, capsys, language, said):
    """A follow-up edited to a day before the visit it follows kept a link that ``link``
    itself refuses."""
    add = ["--kind", "phone-call", "--countries", "MA", "KZ", "--date", "2025-05-02"]
    assert main(["add", "--database", listed.path, *add, "--title-en", "Call"]) == 0
    assert main(["link", "--database", listed.path, "2", "1", "--as", "follow-up-to"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", language, "edit", "2", "--database", listed.path, "--date", "2025-03-01"])
    assert exit_info.value.code == 2
    assert said in capsys.readouterr().err
    assert main(["edit", "2", "--database", listed.path, "--date", "2025-04-08"]) == 0


@pytest.mark.parametrize(
    ("style", "said"),
    [
        ("egypt", "--end: النهاية ٢٠٢٥/٠٤/٠١ قبل البداية ٢٠٢٥/٠٤/٠٧"),
        ("maghreb", "--end: النهاية 2025-04-01 قبل البداية 2025-04-07"),
    ],
    ids=["egypt", "maghreb"],
)
def test_an_end_before_the_start_names_them_in_the_readers_digits(listed, capsys, style, said):
    """An Egyptian reader read "النهاية 2025-04-01 قبل البداية 2025-04-07" in Latin digits."""
    reader = ["--lang", "ar", "--date-style", style]
    with pytest.raises(SystemExit) as exit_info:
        main(["edit", "1", "--database", listed.path, *reader, "--end", "2025-04-01"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"diplomatic-timeline: خطأ: {said}\n"
    assert listed()["version"] == 1


def test_an_end_that_puts_a_follow_up_before_its_visit_is_said_of_end(listed, capsys):
    """Only the end moved, and the refusal named ``--date``."""
    add = ["--kind", "bilateral-meeting", "--countries", "MA", "KZ", "--date", "2025-03-01"]
    assert (
        main(["add", "--database", listed.path, *add, "--end", "2025-05-02", "--title-en", "T"])
        == 0
    )
    assert main(["link", "--database", listed.path, "2", "1", "--as", "follow-up-to"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["edit", "2", "--database", listed.path, "--end", "2025-03-20"])
    assert exit_info.value.code == 2
    assert "--end: with this date, event 2 would come before event 1" in capsys.readouterr().err


def test_a_new_city_takes_the_place_of_the_forms_of_the_one_before(listed, capsys):
    """``edit --place Rabat`` of an event in Tashkent: its forms stayed Tashkent's, and the
    French and Arabic briefings went on saying "Tachkent" and "طشقند"."""
    edit = ["edit", "1", "--database", listed.path]
    tashkent = ["--place-ar", "طشقند", "--place-en", "Tashkent", "--place-fr", "Tachkent"]
    assert main([*edit, *tashkent, "--place-country", "UZ"]) == 0
    capsys.readouterr()
    line = listed()
    assert (line["place"], line["place_fr"], line["place_country"]) == ("طشقند", "Tachkent", "UZ")
    assert main([*edit, "--place", "Ouarzazate", "--place-country", "MA"]) == 0
    capsys.readouterr()
    line = listed()
    forms = (line["place_ar"], line["place_en"], line["place_fr"])
    assert line["place"] == "Ouarzazate" and not {"طشقند", "Tashkent", "Tachkent"} & set(forms)
    assert main([*edit, "--place-fr", "Ouarzazate (ville)"]) == 0
    capsys.readouterr()
    line = listed()
    assert (line["place"], line["place_fr"]) == ("Ouarzazate", "Ouarzazate (ville)")


def test_a_new_city_takes_its_country_from_the_table_and_again_writes_nothing(listed, capsys):
    """Tashkent, Uzbekistan, corrected to Rabat: it stayed in Uzbekistan, which the table
    knows no Rabat in, so it got no forms ("Rabat, Ouzbékistan"); run again, the edit wrote
    a version each time, its forms filled only as it was saved."""
    edit = ["edit", "1", "--database", listed.path]
    assert main([*edit, "--place", "Tashkent", "--place-country", "UZ"]) == 0
    assert main([*edit, "--place", "Rabat"]) == 0
    assert main([*edit, "--place", "Rabat"]) == 0
    assert main([*edit, "--place-en", ""]) == 0  # the table fills it again: nothing changes
    assert capsys.readouterr().out == "2\n3\n3\n3\n"
    line = listed()
    assert (line["place"], line["place_country"], line["place_fr"]) == ("Rabat", "MA", "Rabat")


def test_an_edit_that_changes_nothing_writes_no_new_version(listed, capsys):
    """A batch run twice wrote a new version each time, so a colleague's next save was a
    conflict over nothing; the window writes none for an edit that was none."""
    edit = ["edit", "1", "--database", listed.path, "--title-fr", "Visite"]
    assert main(edit) == 0 and main(edit) == 0
    assert capsys.readouterr().out == "2\n2\n"
    assert listed()["version"] == 2
    assert main([*edit, "--if-version", "1"]) == 3  # the pin still holds


def test_an_empty_date_is_refused_as_add_refuses_it(listed, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["edit", "1", "--database", listed.path, "--date", ""])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.endswith(
        "--date: is missing (expected YYYY, YYYY-MM or YYYY-MM-DD)\n"
    )
    assert listed()["version"] == 1


def test_an_edit_takes_a_hijri_day_sources_and_tags_as_add_does(listed, capsys):
    """``edit`` lacked ``add``'s ``--hijri``, ``--source``, ``--outlet`` and ``--tag``: a
    correction of any of them needed the window. It takes them, and ``--drop-source`` and
    ``--drop-tag`` remove one; an unmarked ``--end`` after ``--hijri`` is Hijri too."""
    path = listed.path
    first = ["--source", "https://a.example/1", "--outlet", "Hespress", "--tag", "visa"]
    assert main(["edit", "1", "--database", path, *first]) == 0
    then = ["--hijri", "1446-08-29", "--end", "1446-09-02", "--tag", "trade", "--drop-tag", "visa"]
    then += ["--source", "https://b.example/2", "--drop-source", "https://a.example/1"]
    assert main(["edit", "1", "--database", path, *then]) == 0
    capsys.readouterr()
    line = listed()
    assert (line["start"], line["end"], line["version"]) == ("2025-02-28", "2025-03-02", 3)
    store = EventStore(open_database(path, read_only=True))
    try:
        event = store.get(1)
    finally:
        store.database.close()
    assert event.tags == ("trade",)
    assert [(source.url, source.outlet) for source in event.sources] == [
        ("https://b.example/2", "")
    ]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (["--drop-tag", "nope"], "--drop-tag: the event has no tag 'nope'"),
        (["--drop-source", "https://x.example"], "--drop-source: the event has no source"),
        (["--hijri", "1446-08"], "--hijri: a Hijri date needs a year, a month and a day"),
        (["--hijri", "1446-08-29", "--date", "2025-02-28"], "not allowed with argument"),
    ],
)
def test_a_tag_or_source_to_drop_that_is_not_there_is_said(listed, capsys, change, said):
    """A typo in what to drop was passed over; a month for ``--hijri`` is no day."""
    with pytest.raises(SystemExit) as exit_info:
        main(["edit", "1", "--database", listed.path, *change])
    assert exit_info.value.code == 2
    assert said in capsys.readouterr().err
    assert listed()["version"] == 1
