"""The store's whole API on both backends: the same calls, the same answers."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date

import pytest

from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.records import to_record
from timeline.io.exporter import export_store, write_events
from timeline.io.importer import import_file
from timeline.io.sample import load_sample, sample_agreements, sample_events
from timeline.io.threads import Threads
from timeline.store.errors import ConflictError, NotFoundError
from timeline.store.links import add_link, links_of


@pytest.fixture
def saved(store):
    return load_sample(store)


def without_id(event):
    record = to_record(event)
    record.pop("id", None)
    return record


def test_the_sample_round_trips(store, saved):
    assert [without_id(store.get(e.id)) for e in saved] == [without_id(e) for e in sample_events()]
    assert store.count() == len(saved) == 11
    assert store.get_many([e.id for e in saved[:3]]) == {e.id: e for e in saved[:3]}


def test_whole_events_read_in_batches_keep_every_part(store, saved, monkeypatch):
    """On a server the parts of many events are read a batch of ids at a time (on SQLite,
    all at once): batches of three here, so that the sample's eleven take four, one short.
    Each event comes back whole, as written, in time order."""
    from timeline.store import repository

    monkeypatch.setattr(repository, "_BATCH", 3)
    written = {event.id: without_id(event) for event in saved}
    found = store.find()
    assert {event.id: without_id(event) for event in found} == written
    assert [event.date.earliest() for event in found] == sorted(e.date.earliest() for e in saved)
    many = store.get_many([event.id for event in saved])
    assert {event_id: without_id(event) for event_id, event in many.items()} == written


def test_an_export_reads_a_page_at_a_time_as_the_database_was_when_it_began(
    store, other_store, saved, tmp_path, monkeypatch
):
    """Pages of three here: the sample's eleven events are read as they are written, never
    all first. Someone else's edit saved once the export has begun is in none of them."""
    from timeline.store import repository

    monkeypatch.setattr(repository.EventPages, "SIZE", 3)
    read = 0
    whole_events = repository._whole_events

    def counted(*args: object) -> list:
        nonlocal read
        events = whole_events(*args)
        read += len(events)
        return events

    monkeypatch.setattr(repository, "_whole_events", counted)
    before = store.find()
    read = 0
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total, read))
        if done == 3:
            newest = other_store.get(before[-1].id)
            other_store.update(dataclasses.replace(newest, title_en="Renamed meanwhile"))
        return True

    path = tmp_path / "all.csv"
    assert export_store(store, path, progress=progress) == 11
    assert seen == [(3, 11, 3), (6, 11, 6), (9, 11, 9), (11, 11, 11)]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        titles = [row["title_en"] for row in csv.DictReader(handle)]
    assert titles == [event.title_en for event in before]
    assert store.get(before[-1].id).title_en == "Renamed meanwhile"


def test_find_is_chronological_and_filters_combine(store, saved):
    found = store.find()
    keys = [(e.date.earliest(), e.date.latest(), e.id) for e in found]
    assert keys == sorted(keys)
    pair = EventFilter(
        countries=frozenset({"MA", "AZ"}), kinds=frozenset({EventKind.OFFICIAL_VISIT})
    )
    assert all(set(e.countries) >= {"MA", "AZ"} for e in store.find(pair))
    since = EventFilter(start=date(2025, 1, 1))
    assert all(e.date.latest() >= date(2025, 1, 1) for e in store.find(since))
    assert store.count(since) == len(store.find(since))


def test_counts_columns_partners_and_titles(store, saved):
    by_kind = store.count_by_kind()
    assert sum(by_kind.values()) == 11
    assert by_kind[EventKind.SIDELINE_MEETING] == 3
    rows = [row for chunk in store.timeline_columns() for row in zip(*chunk, strict=True)]
    columns = {row[0]: row for row in rows}
    first = saved[0]
    row = columns[first.id]
    assert row[1:5] == (
        first.date.earliest().toordinal(),
        first.date.latest().toordinal(),
        first.date.to_edtf(),
        first.kind.value,
    )
    titles = (first.title_ar, first.title_en, first.title_fr)
    assert row[5:] == (*(len(title.encode()) for title in titles), first.status.value)
    partners = store.partners(EventFilter(countries=frozenset({"MA"})), "MA")
    assert {code for _id, code in partners} >= {"AZ", "KZ"}
    assert store.titles([first.id]) == {first.id: (first.title_ar, first.title_en, first.title_fr)}


def test_drawn_events_carry_what_a_frame_and_its_tooltip_show(store, saved):
    drawn = store.drawn([e.id for e in saved] + [10**9])
    assert sorted(drawn) == sorted(e.id for e in saved)
    for event in saved:
        shown = drawn[event.id]
        assert shown == dataclasses.replace(
            event, summary="", participants=(), sources=(), tags=(), version=0,
            created_at=None, updated_at=None,
        )  # fmt: skip


def test_a_backslash_in_a_title_is_measured_not_parsed(store, saved):
    edited = store.update(dataclasses.replace(saved[0], title_en=r"C:\new\titles"))
    rows = [row for chunk in store.timeline_columns() for row in zip(*chunk, strict=True)]
    row = next(r for r in rows if r[0] == edited.id)
    assert row[6] == len(r"C:\new\titles")


IPU_150 = [
    "[2025-04-05..2025-04-07]",
    "2025-04-05/2025-04-09",
    "[2025-04-05..2025-04-09]",
    "[2025-04-05..2025-04-09]",
]


@pytest.mark.parametrize(
    ("text", "expected_dates"),
    [
        ("للاتحاد البرلماني", IPU_150),  # plain alef
        ("للإتحاد البرلماني", IPU_150),  # with a hamza
        ("طشقنـــد", IPU_150),  # tatweel
        ("مُحَمَّد ولد الرشيد", IPU_150[:1] + IPU_150[2:] + ["2025-11-26"]),  # vowel marks
        ("kochanov", ["[2025-04-05..2025-04-09]", "2025-11-26"]),
        ("BANJUL", ["2024-05"]),
        ("Azerbaïdjan", ["2024-05", "2024-08-28"]),
        ("ould_errachid", []),  # "_" is no LIKE wildcard
        ("100%", []),  # nor is "%"
    ],
)
def test_text_search_folds_arabic_spelling_on_both_backends(store, saved, text, expected_dates):
    found = store.find(EventFilter(text=text))
    assert [e.date.to_edtf() for e in found] == expected_dates
    assert store.count(EventFilter(text=text)) == len(found)


def test_a_stale_save_is_a_conflict_and_changes_nothing(store, other_store, saved):
    mine = store.get(saved[0].id)
    other_store.update(dataclasses.replace(mine, summary="saved first"))
    with pytest.raises(ConflictError):
        store.update(dataclasses.replace(mine, summary="saved second"))
    assert store.get(mine.id).summary == "saved first"
    assert store.get(mine.id).version == mine.version + 1


def test_delete_and_restore_keep_the_identity_and_new_ids_stay_new(store, saved):
    removed = store.delete(saved[0].id)
    with pytest.raises(NotFoundError):
        store.get(removed.id)
    restored = store.restore(removed)
    assert restored.id == removed.id and restored.version == removed.version + 1
    added = store.add(dataclasses.replace(removed, id=None))
    assert added.id not in {e.id for e in saved}


def test_restoring_an_id_beyond_the_sequence_moves_the_sequence_on(store, saved):
    """An undo may bring back an id the database never handed out itself (PostgreSQL's
    sequence must then skip it)."""
    removed = store.delete(saved[-1].id)
    far = dataclasses.replace(removed, id=removed.id + 100)
    store.restore(far)
    added = store.add(dataclasses.replace(removed, id=None))
    assert added.id > far.id


def test_an_import_writes_whole_events_that_a_search_finds(store, tmp_path):
    """Bulk writes take another road on each backend (COPY on PostgreSQL)."""
    path = tmp_path / "sample.csv"
    agreements = {agreement.id: agreement for agreement in sample_agreements()}
    write_events(path, sample_events(), Threads(agreements))
    assert import_file(store.database, path).new == 11
    chronological = sorted(sample_events(), key=lambda e: (e.date.earliest(), e.date.latest()))
    assert [without_id(e) for e in store.find()] == [without_id(e) for e in chronological]
    assert {e.title_en for e in store.find(EventFilter(text="الإعفاء من التأشيرة"))} >= {
        "Morocco–Azerbaijan visa waiver agreement signed"
    }
    assert import_file(store.database, path).new == 0  # the keys were stored too


def test_an_export_imported_into_its_own_database_adds_nothing(store, saved, tmp_path):
    """Events entered by hand travel with keys of their own: the database knows them again
    (each was added a second time)."""
    path = tmp_path / "events.csv"
    export_store(store, path)
    result = import_file(store.database, path)
    assert (result.new, result.duplicates) == (0, len(saved))
    assert store.count() == len(saved)


def test_an_imported_event_deleted_and_put_back_is_still_known_to_its_file(store, tmp_path):
    """Undoing a deletion brings the event back with the key its import gave it: importing
    the file again adds nothing (it added the event a second time)."""
    path = tmp_path / "sample.csv"
    write_events(path, sample_events(), Threads({a.id: a for a in sample_agreements()}))
    import_file(store.database, path)
    event = store.find()[0]
    restored = store.restore(store.delete(event.id))
    assert restored.source_key == event.source_key is not None
    again = import_file(store.database, path)
    assert (again.new, again.duplicates) == (0, 11)


def test_an_event_put_back_after_its_file_added_it_again_gets_a_key_of_its_own(store, tmp_path):
    """Deleted, then imported again from its file, then the deletion undone: two events,
    and the one put back takes a new key rather than fail on the one its twin holds."""
    path = tmp_path / "sample.csv"
    write_events(path, sample_events(), Threads({a.id: a for a in sample_agreements()}))
    import_file(store.database, path)
    event = store.find()[0]
    removed = store.delete(event.id)
    assert import_file(store.database, path).new == 1
    restored = store.restore(removed)
    assert restored.id == event.id and restored.source_key not in (None, event.source_key)
    assert store.count() == 12


def test_an_import_leaves_out_whole_the_rows_met_before(store, tmp_path):
    """Rows stored by an earlier import, and a row repeated in the file, are left out with
    their countries, people, sources and tags; the others are stored whole (their ids
    renumbered from the sequence on PostgreSQL)."""
    events = sample_events()
    agreements = Threads({agreement.id: agreement for agreement in sample_agreements()})
    first, whole = tmp_path / "first.csv", tmp_path / "whole.csv"
    write_events(first, events[:4], agreements)
    write_events(whole, [*events, events[5]], agreements)
    assert import_file(store.database, first).new == 4
    result = import_file(store.database, whole)
    assert (result.new, result.duplicates) == (7, 5)
    stored = store.find()
    assert sorted(map(repr, map(without_id, stored))) == sorted(map(repr, map(without_id, events)))
    assert len({event.id for event in stored}) == 11
    assert {event.created_at for event in stored[4:]} != {None}


def test_links_are_kept_once_and_go_with_their_events(store, other_store, saved):
    """Migration 0008 on both backends: a link seen from the other window, cascaded."""
    talks, visit = saved[7].id, saved[10].id  # in Tashkent, then the visit to Rabat
    link = EventLink(visit, talks, LinkKind.FOLLOW_UP_TO)
    assert add_link(store.database, link) and not add_link(other_store.database, link)
    assert links_of(other_store.database, visit) == [link]
    other_store.delete(talks)
    assert links_of(store.database, visit) == []
