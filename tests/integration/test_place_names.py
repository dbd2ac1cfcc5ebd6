"""Places and names in three languages through the files a user imports and exports, and
through search: a CSV of the old shape is completed from the place table, the new columns
and fields come back exactly, and an event is found by its place in any language."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.domain.event import Forms
from timeline.domain.filters import EventFilter
from timeline.io.sample import sample_events
from timeline.store.database import open_database
from timeline.store.repository import EventStore

OLD_CSV = (
    "kind,countries,date,title_en,place_city,place_country,participants\r\n"
    "official-visit,KZ;MA,2025-04-07,Visit to Geneva,Genève,CH,"
    "ناصر بوريطة|وزير الشؤون الخارجية|MA;Murat Nurtleu|Minister of Foreign Affairs|KZ\r\n"
)


@pytest.fixture
def database(tmp_path) -> Path:
    return tmp_path / "timeline.sqlite3"


@pytest.fixture
def imported(tmp_path, database) -> EventStore:
    source = tmp_path / "old.csv"
    source.write_text(OLD_CSV, encoding="utf-8")
    assert main(["import", str(source), "--database", str(database)]) == 0
    store = EventStore(open_database(database))
    yield store
    store.database.close()


def test_an_imported_place_gets_its_three_forms(imported):
    (event,) = imported.find()
    assert event.place.city == "Genève"
    assert event.place.city_forms == Forms("جنيف", "Geneva", "Genève")
    bourita, nurtleu = event.participants
    assert bourita.name_forms == Forms(ar="ناصر بوريطة")
    assert bourita.office_forms == Forms(ar="وزير الشؤون الخارجية")
    assert nurtleu.name_forms == Forms()  # Latin: English or French, nobody knows


@pytest.mark.parametrize("words", ["جنيف", "Geneva", "geneve", "GENÈVE"])
def test_search_finds_a_place_by_any_of_its_forms(imported, words):
    assert len(imported.find(EventFilter(text=words))) == 1


def test_the_new_columns_and_fields_are_exported_and_read_back(imported, database, tmp_path):
    for suffix in (".csv", ".json"):
        path = tmp_path / f"out{suffix}"
        assert main(["export", str(path), "--database", str(database)]) == 0
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["place_city_ar"], row["place_city_en"], row["place_city_fr"]) == (
        "جنيف",
        "Geneva",
        "Genève",
    )
    assert row["participants"].startswith(
        "ناصر بوريطة|وزير الشؤون الخارجية|MA|ناصر بوريطة|||وزير الشؤون الخارجية||;"
    )
    (record,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["events"]
    assert record["place"]["city_ar"] == "جنيف"
    assert record["participants"][0]["office_ar"] == "وزير الشؤون الخارجية"
    for suffix in (".csv", ".json"):
        copy = tmp_path / f"copy{suffix}.sqlite3"
        assert main(["import", str(tmp_path / f"out{suffix}"), "--database", str(copy)]) == 0
        again = EventStore(open_database(copy))
        try:
            (event,) = again.find()
            assert event.place == imported.find()[0].place
            assert event.participants == imported.find()[0].participants
        finally:
            again.database.close()


def test_forms_typed_in_a_csv_are_kept_as_given(tmp_path):
    source = tmp_path / "forms.csv"
    source.write_text(
        "kind,countries,date,title_en,place_city,place_city_fr,participants\r\n"
        "official-visit,KZ;MA,2025-04-07,Visit,Rabat,Rabat (Mechouar),"
        "Murat Nurtleu|Minister|KZ|مراد نورتليو|Murat Nurtleu|Mourat Nourtleou\r\n",
        encoding="utf-8",
    )
    database = tmp_path / "timeline.sqlite3"
    assert main(["import", str(source), "--database", str(database)]) == 0
    store = EventStore(open_database(database))
    try:
        (event,) = store.find()
    finally:
        store.database.close()
    assert event.place.city_forms == Forms("الرباط", "Rabat", "Rabat (Mechouar)")
    assert event.participants[0].name_in("fr") == "Mourat Nourtleou"
    assert event.participants[0].name_in("ar") == "مراد نورتليو"
    assert event.participants[0].office_in("ar") == "Minister"  # the stored form


def test_the_sample_names_every_place_and_person_in_three_languages():
    for event in sample_events():
        assert all(event.place.city_forms.values()) or not event.place.city, event.title_en
        for person in event.participants:
            assert all(person.name_forms.values()), person
            assert all(person.office_forms.values()), person
        assert not any(event.lacks(language) for language in ("ar", "en", "fr"))
