"""GDELT, ICEWS and PLOVER files written by hand from the public column definitions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus
from timeline.io.formats import gdelt, icews, plover
from timeline.io.importer import import_file, preview_file
from timeline.io.registry import detect_format
from timeline.io.rows import Parsed, Rejection, Skip
from timeline.io.sample import sample_events as load_sample_events

FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"
MA_AZ = frozenset({"MA", "AZ"})


@pytest.fixture
def sample_events():
    return load_sample_events()


@pytest.fixture
def store(tmp_path, store_copy):
    store = store_copy("empty", tmp_path / "events.sqlite3")
    yield store
    store.database.close()


def rows(module, name: str, scope: frozenset[str] = frozenset()):
    with (FIXTURES / name).open("rb") as handle:
        return list(module.read(handle, name, scope))


def outcomes(found) -> dict[int | str, object]:
    """Line -> (kind, countries, host) for events, line -> field for rejections."""
    result: dict[int | str, object] = {}
    for row in found:
        if isinstance(row, Parsed):
            result[row.line] = (row.event.kind, row.event.countries, row.event.host)
        elif isinstance(row, Rejection):
            result[row.line] = row.field
    return result


def skips(found) -> list[str]:
    return [str(row.reason) for row in found if isinstance(row, Skip)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gdelt-1.0-daily.export.CSV", "gdelt"),
        ("gdelt-1.0-backfile.tsv", "gdelt"),
        ("gdelt-2.0.export.CSV", "gdelt"),
        ("icews.events.2025.tab", "icews"),
        ("plover.jsonl", "plover"),
    ],
)
def test_the_format_is_found_from_the_content(name, expected):
    assert detect_format(FIXTURES / name) == expected


def test_a_row_of_the_wrong_width_is_refused_in_the_readers_digits():
    """An Egyptian window read "عدد الأعمدة ٥٩، وفي ملفات GDELT 57 أو 58 …": the counts
    the sentence named were written into it as Latin digits. Every count takes the
    reader's digits; the versions' names (1.0, 2.0) stay as GDELT writes them."""
    from timeline.domain.datetext import DateFormat, DateStyle

    found = rows(gdelt, "gdelt-1.0-daily.export.CSV", MA_AZ)
    (wide,) = [row for row in found if isinstance(row, Rejection) and row.line == 11]
    text = wide.reason_in("ar", digits=DateFormat("ar", DateStyle.EGYPT).digits)
    assert "٥٩" in text and "٥٧ أو ٥٨" in text and "٦١" in text
    assert not any(
        char.isascii() and char.isdigit() for char in text.replace("1.0", "").replace("2.0", "")
    )
    english = wide.reason_in("en")
    assert english == "59 columns; GDELT has 57 or 58 columns (1.0) or 61 (2.0)"


def test_gdelt_1_daily_file_for_one_pair():
    found = rows(gdelt, "gdelt-1.0-daily.export.CSV", MA_AZ)
    assert outcomes(found) == {
        1: (EventKind.OFFICIAL_VISIT, ("AZ", "MA"), "AZ"),  # 042: Morocco visits Azerbaijan
        2: (EventKind.OFFICIAL_VISIT, ("AZ", "MA"), "AZ"),  # 043: Azerbaijan hosts Morocco
        7: "EventCode",  # "42" is not "042"
        8: "EventCode",
        10: "SQLDATE",
        11: "row",  # a tab inside a name: 59 columns
        12: "row",  # cut short: 40 columns
        13: (EventKind.AGREEMENT_SIGNED, ("AZ", "MA"), None),  # empty fields everywhere
        14: "GLOBALEVENTID",
        15: (EventKind.OFFICIAL_VISIT, ("AZ", "MA"), "AZ"),  # a repeat of line 1
    }
    assert sorted(skips(found)) == sorted(
        [
            "outside the chosen countries",  # MA-FR
            "within one country",
            "not between two states",  # no country on one side
            "not between two states",  # AFR, a region
            "not a diplomatic event",  # 190, a valid code that is not ours
            "outside the chosen countries",  # RO (CAMEO ROM) - MA
        ]
    )
    first, second = (row for row in found if isinstance(row, Parsed) and row.line in (1, 2))
    assert first.key == "gdelt:1187390543"
    assert first.event.sources[0].url == "https://example.org/news/1"
    assert first.event.place.city == "Baku"
    assert first.event.title_en == "Official visit: Morocco – Azerbaijan"
    assert first.event.title_ar == "زيارة رسمية: المغرب – أذربيجان"
    # Arabic, quotes and commas inside fields come through as they are.
    assert "المغرب" in second.event.summary
    assert second.event.place.city == '"Rabat"'
    assert second.event.sources[0].url == 'https://example.org/news/ar?q="x",y'


def test_gdelt_without_a_scope_takes_every_pair_of_states():
    found = outcomes(rows(gdelt, "gdelt-1.0-daily.export.CSV"))
    assert found[3] == (EventKind.BILATERAL_MEETING, ("FR", "MA"), None)
    assert found[17] == (EventKind.BILATERAL_MEETING, ("MA", "RO"), None)  # CAMEO ROM


def test_gdelt_back_file_and_version_2():
    back = outcomes(rows(gdelt, "gdelt-1.0-backfile.tsv"))
    assert back == {
        1: (EventKind.OFFICIAL_VISIT, ("AZ", "MA"), "AZ"),
        2: (EventKind.BILATERAL_MEETING, ("CD", "MA"), None),  # CAMEO ZAR
    }
    found = rows(gdelt, "gdelt-2.0.export.CSV", frozenset({"MA"}))
    assert outcomes(found) == {
        1: (EventKind.SIDELINE_MEETING, ("KZ", "MA"), None),
        2: (EventKind.PHONE_CALL, ("KZ", "MA"), None),
        3: "row",
    }
    sideline, phone = (row.event for row in found if isinstance(row, Parsed))
    assert sideline.place.city == "New York"
    assert phone.sources[0].url == ""  # "BBC Monitoring" is not an address
    assert phone.sources[0].outlet == "GDELT"


def test_icews_with_names_for_countries():
    found = rows(icews, "icews.events.2025.tab", frozenset({"MA"}))
    assert outcomes(found) == {
        2: (EventKind.OFFICIAL_VISIT, ("KZ", "MA"), "MA"),
        3: (EventKind.BILATERAL_MEETING, ("KZ", "MA"), None),  # same Event ID, other day
        4: (EventKind.AGREEMENT_SIGNED, ("AZ", "MA"), None),
        6: (EventKind.BILATERAL_MEETING, ("CI", "MA"), None),  # Cote d'Ivoire, no accent
        8: "Source Country",  # Atlantis
        9: "CAMEO Code",  # "42"
        11: "Event Date",
        12: "row",
        13: "row",
        16: "Event ID",
    }
    assert sorted(skips(found)) == sorted(
        [
            "outside the chosen countries",  # RU-PS
            "not between two states",  # Kosovo: no ISO code
            "not a diplomatic event",  # 0211
            "not between two states",  # no source country
            "within one country",
        ]
    )
    # The name, not a file of the program's to edit (it said "add it to
    # resources/data/country_aliases.json", in the window too).
    (atlantis,) = [row for row in found if isinstance(row, Rejection) and row.line == 8]
    assert atlantis.reason_in("en") == (
        "unknown country name 'Atlantis': neither ISO's names nor the aliases have it"
    )
    keys = [row.key for row in found if isinstance(row, Parsed)]
    assert keys[:2] == ["icews:26875230:2025-02-28", "icews:26875230:2025-03-01"]
    agreement = next(row.event for row in found if isinstance(row, Parsed) and row.line == 4)
    assert agreement.summary.startswith("ناصر بوريطة – Jeyhun Bayramov")
    assert agreement.sources[0].outlet == '"Le Matin", Casablanca, Morocco'
    assert agreement.place.city == "الرباط"
    assert agreement.place.country == "MA"


def test_icews_unknown_names_outside_the_pair_are_skipped_not_rejected():
    found = rows(icews, "icews.events.2025.tab", MA_AZ)
    assert "Source Country" not in {row.field for row in found if isinstance(row, Rejection)}


def test_plover_records():
    found = rows(plover, "plover.jsonl")
    assert outcomes(found) == {
        1: (EventKind.OFFICIAL_VISIT, ("KZ", "MA"), "MA"),  # the recipient hosts
        2: (EventKind.SIDELINE_MEETING, ("AZ", "MA"), None),
        3: (EventKind.PHONE_CALL, ("KZ", "MA"), None),
        4: (EventKind.AGREEMENT_SIGNED, ("AZ", "MA"), None),
        6: "event",  # SUMMIT
        7: "actor",  # XYZ
        9: "date",
        10: "line",  # broken JSON
        11: "id",
        12: "record",
        14: "enddate",
        15: (EventKind.OFFICIAL_VISIT, ("KZ", "MA"), "MA"),  # a repeat of line 1
        16: "context",
    }
    assert sorted(skips(found)) == ["not a diplomatic event", "not between two states"]
    events = {row.line: row for row in found if isinstance(row, Parsed)}
    assert events[1].key == "plover:plv-0001"
    assert events[1].event.title_en == 'Kazakh foreign minister visits Rabat, meets "Bourita"'
    assert events[1].event.tags == ("economic",)
    assert events[1].event.sources[0].url == "https://example.org/a"
    assert events[2].event.title_ar == 'لقاء على هامش "الجمعية"، في طشقند'
    assert str(events[2].event.date) == "2025-04-05/2025-04-09"
    assert "\t" in events[2].event.summary
    assert events[3].key == "plover:3"
    assert events[4].event.sources[0].outlet == "Public reporting"


def test_plover_export_maps_kinds_and_codes_and_comes_back(sample_events):
    handle = io.StringIO()
    plover.write(handle, sample_events)
    records = [json.loads(line) for line in handle.getvalue().splitlines()]
    visit = next(r for r in records if r["event"] == "CONSULT" and r.get("mode") == "visit")
    assert visit["actor"] == "KAZ" and visit["recipient"] == "MAR"  # the host receives
    assert {r["event"] for r in records} <= set(plover.EVENTS)
    assert all(r["coder"] == "diplomatic-timeline" for r in records)
    back = list(
        plover.read(io.BufferedReader(io.BytesIO(handle.getvalue().encode())), "x", frozenset())
    )
    for row, event in zip(back, sample_events, strict=True):
        assert isinstance(row, Parsed)
        assert (row.event.kind, row.event.countries, row.event.date, row.event.host) == (
            event.kind,
            event.countries,
            event.date,
            event.host if event.kind is EventKind.OFFICIAL_VISIT else None,
        )
        assert event.title("en") in (row.event.title_en, row.event.title_ar)


@pytest.mark.parametrize(
    ("name", "scope", "added", "duplicates"),
    [
        ("gdelt-1.0-daily.export.CSV", MA_AZ, 3, 1),
        ("icews.events.2025.tab", frozenset({"MA"}), 4, 0),
        ("plover.jsonl", frozenset(), 4, 1),
    ],
)
def test_importing_twice_adds_nothing_the_second_time(store, name, scope, added, duplicates):
    path = FIXTURES / name
    preview = preview_file(path, store.database, scope=scope)
    assert (preview.new, preview.duplicates) == (added, duplicates)
    first = import_file(store.database, path, scope=scope)
    assert (first.new, first.duplicates, first.written) == (added, duplicates, True)
    assert len(first.rejected) == len(preview.rejected) > 0
    assert store.count() == added
    assert {event.status for event in store.find()} == {EventStatus.HELD}  # what happened
    assert {event.agreement_id for event in store.find()} == {None}  # no threads in them
    again = import_file(store.database, path, scope=scope)
    assert (again.new, again.duplicates) == (0, added + duplicates)
    assert store.count() == added
    assert preview_file(path, store.database, scope=scope).new == 0


def test_a_line_that_is_not_utf8_is_rejected_and_the_rest_read(tmp_path):
    good = (FIXTURES / "gdelt-2.0.export.CSV").read_bytes().splitlines(keepends=True)[0]
    path = tmp_path / "mixed.export.CSV"
    path.write_bytes(good.replace(b"MOROCCO", b"MAROC\xe9", 1) + good)
    found = rows_at(path)
    assert isinstance(found[0], Rejection) and str(found[0].reason) == "not UTF-8 text"
    assert isinstance(found[1], Parsed)


def rows_at(path: Path):
    with path.open("rb") as handle:
        return list(gdelt.read(handle, path.name, frozenset()))
