"""The import engine: preview, one transaction, cancel, strict, duplicates, bad files."""

from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy

from timeline.domain.datetext import DateFormat
from timeline.domain.event import Source
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.io import chunks, importer
from timeline.io.exporter import export_store, write_events
from timeline.io.importer import import_file, preview_file
from timeline.io.rows import ImportCancelled, ImportFileError
from timeline.io.sample import load_sample, sample_agreements, sample_events
from timeline.io.threads import Threads
from timeline.store import bulk, text_index
from timeline.store.database import open_database
from timeline.store.models import EventRow
from timeline.store.repository import EventStore
from timeline.store.sqlitefile import FIRST_LOAD_ID, LOCK_WAIT_SECONDS

HEADER = "kind,countries,date,title_en\r\n"


@pytest.fixture
def store(tmp_path, store_copy):
    store = store_copy("empty", tmp_path / "events.sqlite3")
    yield store
    store.database.close()


@pytest.fixture
def sample_csv(tmp_path) -> Path:
    path = tmp_path / "sample.csv"
    agreements = {agreement.id: agreement for agreement in sample_agreements()}
    write_events(path, sample_events(), Threads(agreements))
    return path


def test_the_preview_counts_by_kind_and_pair_and_writes_nothing(store, sample_csv):
    preview = preview_file(sample_csv, store.database)
    assert preview.rows == preview.new == 11
    assert preview.by_kind[EventKind.AGREEMENT_SIGNED] == 2
    assert preview.by_pair[("AZ", "MA")] + preview.by_pair[("KZ", "MA")] <= 11
    assert sum(preview.by_pair.values()) == 11
    assert [row.line for row in preview.first] == list(range(2, 13))
    assert preview.rejected == []
    assert store.count() == 0
    assert "(csv): 11 rows; 11 to add; 0 already imported; 0 rejected" in preview.summary()
    # French: a no-break space before the colon and each semicolon, as every French label.
    french = preview.summary(reader=DateFormat("fr"))
    assert "(csv)\u00a0: 11 lignes\u00a0; 11 à ajouter\u00a0; 0 déjà importé" in french


def test_the_preview_without_a_database_and_the_first_rows_limit(tmp_path, many_events_csv):
    path = many_events_csv(50)
    preview = preview_file(path, None)
    assert preview.new == 50
    assert len(preview.first) == importer.FIRST_ROWS


def test_every_rejected_row_names_file_line_field_and_reason(store, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        HEADER
        + "official-visit,KZ;MA,2025-02-28,Visit\r\n"
        + 'official-visit,KZ;MA,2025-02-30,"Bad\r\nday"\r\n'  # a cell over two lines
        + "summit,KZ;MA,2025-02-28,Unknown kind\r\n"
        + "official-visit,KZ;XX,2025-02-28,Unknown country\r\n"
        + "official-visit,KZ;MA,2025-02-28\r\n"
        + "official-visit,KZ;MA,2025-03-01,\r\n",
        encoding="utf-8",
    )
    preview = preview_file(path, store.database)
    assert [(r.line, r.field) for r in preview.rejected] == [
        (3, "date"),
        (5, "kind"),
        (6, "countries"),
        (7, "row"),
        (8, "title"),
    ]
    assert str(preview.rejected[0]).startswith(f"{path}:3: date: ")
    assert preview.new == 1


def test_strict_keeps_the_whole_file_out_when_a_row_is_rejected(store, tmp_path):
    path = tmp_path / "one-bad.csv"
    path.write_text(
        HEADER + "official-visit,KZ;MA,2025-02-28,Visit\r\nsummit,KZ;MA,2025,Bad\r\n",
        encoding="utf-8",
    )
    result = import_file(store.database, path, strict=True)
    assert not result.written and len(result.rejected) == 1
    assert store.count() == 0
    assert import_file(store.database, path).written
    assert store.count() == 1


def journal_beside_while_indexing(database) -> list[tuple[bool, int]]:
    """Each time the import filled the text index, whether a rollback journal lay beside the
    file (the import then wrote through it, not through the WAL, which has no such file) and
    its connection's synchronous setting (3: EXTRA, 2: FULL)."""
    seen: list[tuple[bool, int]] = []
    path = Path(database.target.label)

    def look(connection, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO events_fts(rowid"):
            raw = connection.connection.driver_connection
            sync = raw.execute("PRAGMA synchronous").fetchone()[0]
            seen.append((Path(f"{path}-journal").exists(), sync))

    sqlalchemy.event.listen(database.engine, "before_cursor_execute", look)
    return seen


def usual_settings(database) -> tuple[str, int, int]:
    """The journal mode, the wait for locks (ms) and the synchronous setting."""
    with database.engine.connect() as connection:
        asked = ("PRAGMA journal_mode", "PRAGMA busy_timeout", "PRAGMA synchronous")
        return tuple(connection.exec_driver_sql(pragma).scalar() for pragma in asked)


USUAL = ("wal", LOCK_WAIT_SECONDS * 1000, 2)


def test_an_import_into_an_empty_file_writes_through_a_rollback_journal_then_wal_again(
    store, sample_csv
):
    """Each page written once into the file, not into the WAL and again by its checkpoint;
    the journal's deletion, the commit, synced with its folder (EXTRA). Afterwards the file
    is in WAL, marked as this app's first load in its header (what lets a look after a kill
    roll its journal back), and the connection is set as every other."""
    seen = journal_beside_while_indexing(store.database)
    result = import_file(store.database, sample_csv)
    assert seen == [(True, 3)]
    assert result.new == store.count() == len(sample_events())
    assert usual_settings(store.database) == USUAL
    path = Path(store.database.target.label)
    assert not Path(f"{path}-journal").exists()
    assert path.read_bytes()[68:72] == FIRST_LOAD_ID.to_bytes(4, "big")


def test_an_import_into_a_file_with_events_keeps_the_wal(store, sample_csv, many_events_csv):
    """Other programs may be reading the events it holds: they go on reading beside it."""
    import_file(store.database, sample_csv)
    seen = journal_beside_while_indexing(store.database)
    assert import_file(store.database, many_events_csv(20)).new == 20
    assert seen == [(False, 2)]
    assert usual_settings(store.database) == USUAL


def test_an_empty_file_another_connection_has_open_keeps_its_wal(store, sample_csv):
    """SQLite may not leave the WAL while another connection has the file open; the import
    asks without waiting for it, and goes on through the WAL."""
    seen = journal_beside_while_indexing(store.database)
    with closing(sqlite3.connect(store.database.target.label)) as other:
        assert other.execute("SELECT count(*) FROM events").fetchone() == (0,)
        assert import_file(store.database, sample_csv).new == len(sample_events())
        assert other.execute("SELECT count(*) FROM events").fetchone() == (len(sample_events()),)
    assert seen == [(False, 2)]
    assert usual_settings(store.database) == USUAL


def test_a_failure_in_a_later_batch_leaves_the_database_as_it_was(
    store, tmp_path, monkeypatch, many_events_csv
):
    load_sample(store)
    before = store.find()
    path = many_events_csv(500)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 100)
    calls = []
    original = bulk.BulkWriter.write

    def failing(self, rows):
        calls.append(len(rows.events))
        if len(calls) == 3:
            raise OSError("disk full")
        original(self, rows)

    monkeypatch.setattr(bulk.BulkWriter, "write", failing)
    with pytest.raises(OSError):
        import_file(store.database, path)
    assert calls == [100, 100, 100]
    assert store.find() == before


def test_cancel_from_the_progress_callback_writes_nothing(
    store, tmp_path, monkeypatch, many_events_csv
):
    monkeypatch.setattr("timeline.io.progress.BUFFER_SIZE", 16 * 1024)
    path = many_events_csv(2_000)  # several buffers of 16 KiB
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 500)
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        assert total == path.stat().st_size
        return len(seen) < 3

    with pytest.raises(ImportCancelled):
        import_file(store.database, path, progress=progress)
    assert len(seen) == 3 and seen == sorted(seen)
    assert store.count() == 0
    assert import_file(store.database, path, progress=lambda done, total: True).new == 2_000


def test_rows_are_written_with_core_inserts_not_orm_objects(
    store, tmp_path, monkeypatch, many_events_csv
):
    path = many_events_csv(300)

    def no_orm(*args, **kwargs):
        raise AssertionError("an ORM object was built for an imported row")

    monkeypatch.setattr(EventRow, "__init__", no_orm)
    assert import_file(store.database, path).new == 300
    monkeypatch.undo()
    assert store.count() == 300


def test_rows_repeated_in_the_file_are_added_once(store, tmp_path):
    path = tmp_path / "twice.csv"
    line = "official-visit,KZ;MA,2025-02-28,Visit\r\n"
    path.write_text(HEADER + line + line, encoding="utf-8")
    assert preview_file(path, store.database).duplicates == 1
    result = import_file(store.database, path)
    assert (result.new, result.duplicates) == (1, 1)


def test_a_row_repeated_in_a_later_chunk_is_added_once_into_an_empty_or_a_full_database(
    store, tmp_path, monkeypatch
):
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 2)
    visit = "official-visit,KZ;MA,2025-02-28,Visit\r\n"
    talks = "official-visit,AZ;MA,2025-03-01,Talks\r\n"
    path = tmp_path / "later.csv"
    path.write_text(HEADER + visit + talks + visit + talks, encoding="utf-8")
    first = import_file(store.database, path)  # into an empty database
    assert (first.new, first.duplicates, store.count()) == (2, 2, 2)
    again = tmp_path / "again.csv"
    more = "official-visit,AZ;MA,2025-03-02,More talks\r\n"
    again.write_text(HEADER + talks + more, encoding="utf-8")
    second = import_file(store.database, again)  # into one that holds events
    assert (second.new, second.duplicates, store.count()) == (1, 1, 3)


def test_the_scope_keeps_only_the_chosen_pair(store, sample_csv):
    result = import_file(store.database, sample_csv, scope=frozenset({"KZ", "MA"}))
    assert store.count() == result.new > 0
    assert all(set(event.countries) >= {"KZ", "MA"} for event in store.find())
    assert result.skipped["skip.outside_countries"] == 11 - result.new


def test_formulas_leave_as_text_and_come_back_unchanged(store, tmp_path):
    hostile = [
        '=HYPERLINK("http://evil.example","click")',
        "+1+cmd|' /C calc'!A0",
        "-2",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "'=1",
        "'",
    ]
    base = sample_events()[3]
    events = [
        replace(
            base,
            title_en=text,
            summary=text,
            tags=(text,),
            sources=(Source(outlet=text),),
        )
        for text in hostile
    ]
    store.add_many(events)
    path = tmp_path / "hostile.csv"
    export_store(store, path)
    raw = path.read_text(encoding="utf-8-sig")
    for row in csv.reader(io.StringIO(raw, newline="")):
        assert all(not cell or cell[0] not in "=+-@\t\r" for cell in row)
    copy = EventStore(open_database(tmp_path / "copy.sqlite3"))
    try:
        import_file(copy.database, path)
        assert sorted(event.title_en for event in copy.find()) == sorted(hostile)
        assert {(e.title_en, e.summary, e.tags[0], e.sources[0].outlet) for e in copy.find()} == {
            (text, text, text, text) for text in hostile
        }
    finally:
        copy.database.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"hello world\n", "unknown format"),
        (b"kind,countries,date,titel_en\r\n", "unknown column 'titel_en'"),
        (b"kind,date,title_en\r\nx,y,z\r\n", "the column 'countries' is missing"),
        (b"kind,countries,date\r\n\xff\xfe\r\n", "line 2: not UTF-8 text"),
        (b'{"format": "other", "events": []}', "the format is 'other'"),
        (b'{"version": 9, "events": []}', "version 9"),
        (b'{"events": [{"kind": "x"}, ', "invalid JSON"),
    ],
)
def test_a_file_that_cannot_be_read_writes_nothing(store, tmp_path, content, reason):
    path = tmp_path / "bad.csv" if content.startswith(b"kind") else tmp_path / "bad.data"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as raised:
        import_file(store.database, path)
    assert str(path) in str(raised.value)
    assert reason in str(raised.value)
    assert store.count() == 0


def test_a_missing_file(store, tmp_path):
    with pytest.raises(ImportFileError, match="cannot be read"):
        import_file(store.database, tmp_path / "missing.csv")


def test_an_unknown_format_name(store, sample_csv):
    with pytest.raises(ImportFileError, match="unknown format 'xml'"):
        import_file(store.database, sample_csv, fmt="xml")


def fts_integrity(database) -> None:
    """Raises if the text index and the events table disagree."""
    with database.engine.connect() as connection:
        connection.exec_driver_sql(
            "INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)"
        )


def test_imported_rows_are_found_by_text_and_later_adds_are_indexed_again(
    store, tmp_path, many_events_csv
):
    load_sample(store)
    import_file(store.database, many_events_csv(300))
    fts_integrity(store.database)
    with store.database.engine.connect() as connection:  # merging as it goes, as before
        query = "SELECT k, v FROM events_fts_config WHERE k IN ('automerge', 'hashsize')"
        assert dict(connection.exec_driver_sql(query).all()) == {
            "automerge": 4,
            "hashsize": 1 << 20,
        }
    assert len(store.find(EventFilter(text="number 123 in rabat"))) == 1
    (added,) = store.add_many([replace(sample_events()[0], title_en="Added after the import")])
    assert [event.id for event in store.find(EventFilter(text="added after the"))] == [added.id]
    fts_integrity(store.database)


def test_a_failed_import_leaves_the_text_index_and_its_trigger_as_they_were(
    store, tmp_path, monkeypatch, many_events_csv
):
    load_sample(store)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 100)

    def failing(self, rows):
        raise OSError("disk full")

    monkeypatch.setattr(bulk.BulkWriter, "write", failing)
    with pytest.raises(OSError):
        import_file(store.database, many_events_csv(300))
    monkeypatch.undo()
    (added,) = store.add_many([replace(sample_events()[0], title_en="Added after the failure")])
    assert [event.id for event in store.find(EventFilter(text="after the failure"))] == [added.id]
    fts_integrity(store.database)


def test_the_indexes_built_at_the_end_are_sorted_beside_and_the_connection_put_back(
    empty_store, monkeypatch, many_events_csv
):
    """Into an empty file the indexes built at the end are sorted by SQLite's helper
    threads in runs of a small page cache (bulk._sorted_beside); the connection the app
    goes on with has no helpers and its usual page cache again, and the indexes are
    whole."""
    monkeypatch.setattr(bulk, "two_processors_at_least", lambda: True)
    engine = empty_store.database.engine
    statements: list[tuple[int, str]] = []

    def seen(connection, _cursor, statement, *_rest) -> None:
        statements.append((id(connection.connection.driver_connection), statement))

    sqlalchemy.event.listen(engine, "before_cursor_execute", seen)
    import_file(empty_store.database, many_events_csv(50))
    sqlalchemy.event.remove(engine, "before_cursor_execute", seen)
    said = [statement for _, statement in statements]
    helpers = said.index("PRAGMA threads = 2")
    assert said[helpers + 1].startswith("CREATE INDEX")
    with empty_store.database.writing_engine.connect() as connection:
        (writer,) = {number for number, _ in statements}
        assert id(connection.connection.driver_connection) == writer  # the same connection
        assert connection.exec_driver_sql("PRAGMA threads").scalar() == 0
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert len(empty_store.find(EventFilter(text="meeting number 42"))) == 1


def test_an_index_build_that_fails_leaves_the_connection_without_sort_helpers(
    empty_store, monkeypatch, many_events_csv
):
    """A disk full while an index is sorted: the import fails, nothing is written, and the
    connection the app goes on with has no helper threads and its usual page cache (the
    helpers stayed set on it)."""
    monkeypatch.setattr(bulk, "two_processors_at_least", lambda: True)
    engine = empty_store.database.engine
    builds: list[str] = []

    def full_disk(_connection, _cursor, statement, *_rest) -> None:
        if statement.startswith("CREATE INDEX"):
            builds.append(statement)
            if len(builds) == 2:
                raise OSError("No space left on device")

    sqlalchemy.event.listen(engine, "before_cursor_execute", full_disk)
    with pytest.raises(OSError):
        import_file(empty_store.database, many_events_csv(50))
    sqlalchemy.event.remove(engine, "before_cursor_execute", full_disk)
    with empty_store.database.writing_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA threads").scalar() == 0
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
    assert empty_store.count() == 0


def test_the_text_index_takes_the_rows_some_batches_at_a_time_not_row_by_row(
    store, tmp_path, monkeypatch, many_events_csv
):
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 20)
    monkeypatch.setattr(text_index, "ROWS_PER_FILL", 40)
    triggers_while_writing, indexed_before = [], []
    original = bulk.BulkWriter.write

    def watching(self, rows):
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        triggers_while_writing.append(self._connection.exec_driver_sql(query).scalars().all())
        count = "SELECT count(*) FROM events_fts_docsize"
        indexed_before.append(self._connection.exec_driver_sql(count).scalar())
        original(self, rows)

    monkeypatch.setattr(bulk.BulkWriter, "write", watching)
    import_file(store.database, many_events_csv(50))
    assert triggers_while_writing and "events_fts_insert" not in triggers_while_writing[0]
    assert indexed_before == [0, 0, 40]
    assert len(store.find(EventFilter(text="meeting number 42"))) == 1


@pytest.mark.parametrize("reading_process", [False, True])
def test_a_date_of_a_hijri_year_is_kept_and_said_where_it_is(
    store, tmp_path, monkeypatch, reading_process
):
    """ "1446-09-19" copied from a Hijri source was imported as 19 September 1446, a day the
    timeline never shows, and nothing said so. It is kept (a 15th-century event exported
    reads back as it was), and the preview and the import name its line and field with
    its Gregorian day, 2025-03-19, as they name a rejected row."""
    from timeline.io import pipeline

    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)
    monkeypatch.setattr(pipeline, "MIN_BYTES", 0 if reading_process else 1 << 60)
    path = tmp_path / "copied.csv"
    path.write_text(
        HEADER
        + "official-visit,MA;KZ,1446-09-19,Copied\r\nofficial-visit,MA;KZ,2025-03-19,Visit\r\n",
        encoding="utf-8",
    )
    preview = preview_file(path, store.database)
    result = import_file(store.database, path)
    for tally in (preview, result):
        assert [(doubt.line, doubt.field) for doubt in tally.doubtful] == [(2, "date")]
        assert "2025-03-19" in str(tally.doubtful[0]) and tally.rejected == []
    assert result.new == 2 and store.count() == 2
