import dataclasses
from datetime import date

import numpy as np
import pytest
import sqlalchemy

from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Participant, Source
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.links import EventLink
from timeline.domain.records import to_record
from timeline.domain.status import EventStatus, shown_statuses
from timeline.io.sample import load_sample, sample_events, sample_links
from timeline.store import packed
from timeline.store.errors import ConflictError, NotFoundError


@pytest.fixture
def saved(store):
    return load_sample(store)


def record_without_id(event):
    record = to_record(event)
    record.pop("id", None)
    return record


def test_the_whole_sample_round_trips(store, saved):
    originals = sample_events()
    assert [record_without_id(store.get(e.id)) for e in saved] == [
        record_without_id(e) for e in originals
    ]
    assert all(e.version == 1 and e.created_at is not None for e in saved)
    assert len({e.id for e in saved}) == len(originals)


def test_get_of_a_missing_event_is_not_found(store):
    with pytest.raises(NotFoundError):
        store.get(12345)


def test_update_increments_the_version(store, saved):
    event = store.get(saved[0].id)
    edited = dataclasses.replace(event, title_en="Visa waiver signed in Banjul", tags=("visa", "x"))
    updated = store.update(edited)
    assert updated.version == event.version + 1
    assert store.get(event.id).title_en == "Visa waiver signed in Banjul"
    assert store.get(event.id).tags == ("visa", "x")
    assert store.get(event.id).version == updated.version


def test_update_can_change_countries_participants_and_sources(store, saved):
    event = store.get(saved[3].id)  # the official visit, with two participants
    edited = dataclasses.replace(
        event,
        countries=("MA", "KZ", "UZ"),
        participants=(*event.participants[::-1], Participant("Third person", country="UZ")),
        sources=(Source("https://example.org/a", "Example"),),
        tags=(),
    )
    updated = store.update(edited)
    assert record_without_id(store.get(event.id)) == record_without_id(edited)
    assert updated.version == 2


def test_a_stale_update_is_a_conflict(store, saved):
    first_reader = store.get(saved[0].id)
    second_reader = store.get(saved[0].id)
    store.update(dataclasses.replace(first_reader, title_en="First edit"))
    with pytest.raises(ConflictError):
        store.update(dataclasses.replace(second_reader, title_en="Second edit"))
    assert store.get(saved[0].id).title_en == "First edit"


def test_update_of_a_deleted_event_is_not_found(store, saved):
    store.delete(saved[0].id)
    with pytest.raises(NotFoundError):
        store.update(saved[0])


def test_an_invalid_update_writes_nothing(store, saved):
    with pytest.raises(ValidationError):
        store.update(dataclasses.replace(saved[0], title_ar="", title_en="", title_fr=""))
    assert store.get(saved[0].id) == saved[0]


def test_delete_returns_the_event_and_restore_brings_it_back(store, saved):
    visit = saved[3]
    removed = store.delete(visit.id)
    assert removed == visit
    assert store.count() == len(saved) - 1
    with pytest.raises(NotFoundError):
        store.get(visit.id)

    restored = store.restore(removed)
    assert restored.id == visit.id
    assert restored.participants == visit.participants
    assert restored.sources == visit.sources
    assert record_without_id(store.get(visit.id)) == record_without_id(visit)
    assert store.count() == len(saved)


def test_an_event_added_or_imported_after_the_newest_is_deleted_never_takes_its_id(
    store, saved, database, tmp_path
):
    """SQLite gave the newest event's id, once it was deleted, to the next event added or
    imported: undoing the deletion then found the id taken ("exists again") and could not
    put the event back."""
    from timeline.io.importer import import_file

    newest = max(saved, key=lambda event: event.id)
    removed = store.delete(newest.id)
    added = store.add(dataclasses.replace(saved[0], id=None, title_en="Another visit"))
    assert added.id > newest.id
    store.delete(added.id)
    path = tmp_path / "more.csv"
    path.write_text(
        "kind,countries,date,title_en\nofficial-visit,MA;KZ,2026-01-12,A visit to Astana\n",
        encoding="utf-8",
    )
    import_file(database, path)
    (imported,) = store.find(EventFilter(text="Astana visit"))
    assert imported.id > added.id
    assert store.restore(removed).id == newest.id
    assert store.restore(added).id == added.id


def test_delete_leaves_no_orphan_rows(store, saved, database):
    store.delete(saved[3].id)
    with database.engine.connect() as connection:
        for table in ("event_countries", "participants", "sources", "event_tags"):
            orphans = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE event_id = ?", (saved[3].id,)
            ).scalar()
            assert orphans == 0, table


def test_add_many_writes_all_or_nothing(store, saved):
    before = store.count()
    good = sample_events()[0]
    bad = dataclasses.replace(good, title_ar="", title_en="", title_fr="")
    with pytest.raises(ValidationError) as raised:
        store.add_many([good, good, bad])
    assert raised.value.field == "title"
    assert store.count() == before


def test_the_creation_of_sample_events_records_their_links(store, saved):
    """The history of an event added with links going out holds them, as made."""
    made = {}
    for source, kind, target in sample_links():
        made.setdefault(saved[source].id, []).append(
            EventLink(saved[source].id, saved[target].id, kind)
        )
    assert made
    for event_id, links in made.items():
        (created,) = store.history(event_id)
        assert created.links_after == tuple(links)


def test_adding_many_events_reads_as_often_as_adding_a_few(store, saved, database):
    """A pasted list of events added at once: what the store reads back does not grow with
    the events (each step's agreement looked up, and each event's links read back, one
    event at a time, made adding a thousand events take seconds)."""
    step = next(event for event in saved if event.agreement_id is not None)

    def reads(count):
        sent = []

        def listen(connection, cursor, statement, *rest):
            sent.append(statement)

        sqlalchemy.event.listen(database.engine, "before_cursor_execute", listen)
        try:
            store.add_many(dataclasses.replace(step, id=None) for _ in range(count))
        finally:
            sqlalchemy.event.remove(database.engine, "before_cursor_execute", listen)
        return [statement for statement in sent if statement.lstrip().startswith("SELECT")]

    assert len(reads(40)) == len(reads(4))


def test_pair_filter_finds_the_morocco_azerbaijan_events_in_order(store, saved):
    found = store.find(EventFilter.pair("MA", "AZ"))
    assert [(e.kind, e.date.to_edtf()) for e in found] == [
        (EventKind.AGREEMENT_SIGNED, "2024-05"),
        (EventKind.AGREEMENT_IN_FORCE, "2024-08-28"),
        # Same first day: the one that may end sooner comes first.
        (EventKind.SIDELINE_MEETING, "[2025-04-05..2025-04-07]"),
        (EventKind.MULTILATERAL_GATHERING, "2025-04-05/2025-04-09"),
    ]
    assert store.find(EventFilter.pair("AZ", "MA")) == found
    assert store.count(EventFilter.pair("MA", "AZ")) == 4


def test_find_returns_everything_in_chronological_order(store, saved):
    found = store.find()
    assert len(found) == len(saved)
    starts = [(e.date.earliest(), e.date.latest()) for e in found]
    assert starts == sorted(starts)


FILTERS = [
    EventFilter(),
    EventFilter.pair("MA", "KZ"),
    EventFilter.pair("KH", "MA"),
    EventFilter.pair("AZ", "KZ"),
    EventFilter(countries=frozenset({"UZ"})),
    EventFilter(countries=frozenset({"FR"})),
    EventFilter(kinds=frozenset({EventKind.AGREEMENT_SIGNED, EventKind.AGREEMENT_IN_FORCE})),
    EventFilter(start=date(2024, 5, 31), end=date(2024, 5, 31)),
    EventFilter(start=date(2025, 4, 9)),
    EventFilter(end=date(2025, 2, 28)),
    EventFilter(countries=frozenset({"MA", "KZ"}), start=date(2025, 1, 1), end=date(2025, 4, 30)),
    # Text: three letters or more go through the FTS5 index, shorter words through LIKE.
    EventFilter(text="للإتحاد البرلماني"),
    EventFilter(text="visa MA"),
    EventFilter(text="مُحَمَّد"),
    EventFilter(countries=frozenset({"MA", "AZ"}), text="IPU"),
    EventFilter(statuses=frozenset({EventStatus.ANNOUNCED})),  # the forum
    EventFilter(statuses=shown_statuses(cancelled=False), countries=frozenset({"MA"})),
]


@pytest.mark.parametrize("event_filter", FILTERS)
def test_the_store_agrees_with_the_domain_filter(store, saved, event_filter):
    expected = sorted(
        (e for e in saved if event_filter.matches(e)),
        key=lambda e: (e.date.earliest(), e.date.latest(), e.id),
    )
    found = store.find(event_filter)
    assert found == expected
    assert store.count(event_filter) == len(found)


IPU_150 = [
    "[2025-04-05..2025-04-07]",  # MA-AZ sideline meeting
    "2025-04-05/2025-04-09",  # the assembly
    "[2025-04-05..2025-04-09]",  # MA-KZ, written للإتحاد with a hamza
    "[2025-04-05..2025-04-09]",  # MA-KH
]


@pytest.mark.parametrize(
    ("text", "expected_dates"),
    [
        ("للاتحاد البرلماني", IPU_150),
        ("للإتحاد البرلماني", IPU_150),
        ("الاتحاد البرلماني", IPU_150),  # the article's alef, not written after لِ
        ("الإتحاد", IPU_150),
        ("طشقنـــد", IPU_150),
        ("مُحَمَّد ولد الرشيد", IPU_150[:1] + IPU_150[2:] + ["2025-11-26"]),
        ("kochanov", ["[2025-04-05..2025-04-09]", "2025-11-26"]),
        ("platform logistics", ["[2025-04-05..2025-04-09]"]),
        ("BANJUL", ["2024-05"]),
        ("Azerbaïdjan", ["2024-05", "2024-08-28"]),
        ("ould_errachid", []),  # "_" is not a LIKE wildcard here
        ("Élysée", []),
    ],
)
def test_text_search_folds_spelling_variants(store, saved, text, expected_dates):
    found = store.find(EventFilter(text=text))
    assert [e.date.to_edtf() for e in found] == expected_dates
    assert store.count(EventFilter(text=text)) == len(found)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [("visa v", "visa"), ("ta tashkent", "tashkent"), ("زيارة ا", "زيارة"), ("ould ould", "ould")],
)
def test_words_typed_on_find_what_the_longer_word_finds(store, saved, typed, asked):
    """A word held in another adds nothing: the same events, by every way of asking."""
    expected = store.find(EventFilter(text=asked))
    assert expected and store.find(EventFilter(text=typed)) == expected
    with store.snapshot() as snapshot:
        ids = snapshot.ids_with_words(typed)
    assert ids is not None and sorted(ids.tolist()) == sorted(e.id for e in expected)


def test_text_and_pair_combine(store, saved):
    found = store.find(EventFilter(countries=frozenset({"MA", "KZ"}), text="طشقند"))
    assert [e.date for e in found] == [
        EventDate.from_edtf("2025-04-05/2025-04-09"),
        EventDate.from_edtf("[2025-04-05..2025-04-09]"),
    ]


def test_undoing_a_delete_twice_is_a_conflict_not_a_crash(store, saved):
    """Two windows undo the same delete: the second is told, and the first's event stays."""
    removed = store.delete(saved[0].id)
    store.restore(removed)
    with pytest.raises(ConflictError, match="restored elsewhere"):
        store.restore(removed)
    assert store.get(saved[0].id).version == removed.version + 1


def test_each_status_change_is_stored_and_recorded_in_the_history(store, saved):
    """announced → postponed → announced → held → cancelled: each saved, each in the history."""
    event = store.update(dataclasses.replace(saved[0], status=EventStatus.ANNOUNCED))
    path = [EventStatus.POSTPONED, EventStatus.ANNOUNCED, EventStatus.HELD, EventStatus.CANCELLED]
    for status in path:
        event = store.update(dataclasses.replace(event, status=status))
        assert store.get(event.id).status is status
    entries = store.history(event.id)[: len(path)]
    assert [(e.before.status, e.after.status) for e in reversed(entries)] == list(
        zip([EventStatus.ANNOUNCED, *path[:-1]], path, strict=True)
    )


def test_the_timeline_columns_come_a_slice_at_a_time_and_whole(store, saved):
    """Read three events at a time, the slices hold every matching event once, each column's
    n-th value the same event's: its day numbers, date, kind, title sizes and status."""
    pair = EventFilter(countries=frozenset({"MA", "AZ"}))
    slices = list(store.timeline_columns(pair, rows_at_once=3))
    assert [len(columns.id) for columns in slices[:-1]] == [3] * (len(slices) - 1)
    rows = {row[0]: row for columns in slices for row in zip(*columns, strict=True)}
    expected = store.find(pair)
    assert sorted(rows) == sorted(event.id for event in expected)
    for event in expected:
        assert rows[event.id][1:] == (
            event.date.earliest().toordinal(),
            event.date.latest().toordinal(),
            event.date.to_edtf(),
            event.kind.value,
            *(len(title.encode()) for title in (event.title_ar, event.title_en, event.title_fr)),
            event.status.value,
        )
    assert list(store.timeline_columns(EventFilter(text="no such words here"))) == []


def test_the_column_arrays_are_the_rows_columns(store, saved):
    """Read as texts SQLite joins (a slice of three at a time), the arrays hold what the
    rows hold: days, EDTF date, kind, status and title sizes (a backslash, Arabic letters)."""
    store.update(dataclasses.replace(saved[0], title_en=r"C:\new\titles", title_ar="زيارة"))
    pair = EventFilter(countries=frozenset({"MA", "AZ"}))
    some = [event.id for event in saved[::2]]
    for event_filter, ids in ((None, None), (pair, None), (None, some)):
        with store.snapshot() as snapshot:
            slices = list(snapshot.event_arrays(event_filter, ids, rows_at_once=3))
            rows = list(snapshot.timeline_columns(event_filter, ids=ids))
        assert [len(part.ids) for part in slices[:-1]] == [3] * (len(slices) - 1)
        got = {
            int(part.ids[n]): (
                int(part.first_day[n]),
                int(part.last_day[n]),
                part.date_edtf[:, n].tobytes().rstrip(b" ").decode(),
                list(EventKind)[part.kind[n]].value,
                *(int(size[n]) for size in (part.size_ar, part.size_en, part.size_fr)),
                list(EventStatus)[part.status[n]].value,
            )
            for part in slices
            for n in range(len(part.ids))
        }
        expected = {
            row[0]: tuple(row[1:]) for columns in rows for row in zip(*columns, strict=True)
        }
        assert got == expected and len(got) == sum(len(part.ids) for part in slices)


def test_the_column_arrays_decoded_beside_the_reading_are_the_same(store, saved):
    """Each slice decoded by a thread while SQLite writes the next: the same arrays, slice
    for slice, as decoded one after another."""
    with store.snapshot() as snapshot:
        plain = list(snapshot.event_arrays(rows_at_once=3))
        beside = list(snapshot.event_slices(lambda columns: columns, rows_at_once=3, beside=True))
    assert len(plain) > 2 and len(beside) == len(plain)
    for one, other in zip(plain, beside, strict=True):
        for mine, theirs in zip(one, other, strict=True):
            np.testing.assert_array_equal(mine, theirs, strict=True)


@pytest.mark.parametrize("helper_sees", ["the same", "another stamp", "nothing"])
def test_the_later_half_read_by_a_helper_process_is_the_same(
    store, saved, monkeypatch, helper_sees
):
    """With a processor to spare, a second process writes the later half's lines while this
    one writes the first's: the same arrays, slice for slice. A helper that read the file
    at another moment (another change stamp), or says nothing in time, is not used: the
    later half is read here."""
    monkeypatch.setattr(packed, "HALVED_FROM", 1)
    if helper_sees == "nothing":
        monkeypatch.setattr(packed, "_HELPER", "import time; time.sleep(60)")
        monkeypatch.setattr(packed, "_HELPER_WAIT", 0.2)
    monkeypatch.setattr(packed, "_spare_processor", lambda: True)
    started = []
    helpers = []
    helper = packed._Helper

    def counted(job, decoded):
        started.append(job["after"])
        helpers.append(helper(job, decoded))
        return helpers[-1]

    monkeypatch.setattr(packed, "_Helper", counted)
    if helper_sees == "another stamp":
        seen = packed._seen
        monkeypatch.setattr(packed, "_seen", lambda connection: [*seen(connection)[:1], -1])
    with store.snapshot() as snapshot:
        plain = list(snapshot.event_arrays(rows_at_once=3))
        halved = list(snapshot.event_slices(lambda columns: columns, rows_at_once=3, beside=True))
    assert len(started) == 1 and 0 < started[0] < max(int(part.ids[-1]) for part in plain)
    # Its half taken to the end only where it read what this connection sees.
    assert helpers[0].ended is (helper_sees == "the same")
    assert len(plain) > 2 and len(halved) == len(plain)
    for one, other in zip(plain, halved, strict=True):
        for mine, theirs in zip(one, other, strict=True):
            np.testing.assert_array_equal(mine, theirs, strict=True)


@pytest.mark.parametrize("language", ["ar", "en", "fr", "de"])
def test_the_titles_shown_are_those_an_event_shows(store, saved, language):
    """What the timeline measures its labels by: a missing title falls back as on screen."""
    only_arabic = store.add(dataclasses.replace(saved[0], id=None, title_en="", title_fr=""))
    events = [only_arabic, *reversed(saved)]
    ids = [event.id for event in events] + [10**9]  # one deleted meanwhile
    expected = [event.title(language) for event in events] + [""]
    assert store.shown_titles(ids, language) == expected
