"""A big data set read by a second process is imported exactly as when read in-process."""

from __future__ import annotations

import csv
import io
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy

from timeline import processors
from timeline.domain.filters import EventFilter
from timeline.io import importer, pipeline
from timeline.io.chunks import Chunk
from timeline.io.exporter import export_store
from timeline.io.importer import import_file
from timeline.io.rows import ImportCancelled
from timeline.store import bulk
from timeline.store.database import open_database
from timeline.store.repository import EventStore

TABLES = (
    "SELECT * FROM events ORDER BY id",
    "SELECT * FROM event_countries ORDER BY event_id, country",
    "SELECT * FROM participants ORDER BY id",
    "SELECT * FROM sources ORDER BY id",
    "SELECT * FROM event_tags ORDER BY event_id, position",
    "SELECT * FROM agreements ORDER BY id",
    "SELECT * FROM event_links ORDER BY id",
    "SELECT sql FROM sqlite_master ORDER BY name",
)


def stored(path: Path) -> list[list[tuple]]:
    """Every row of the tables an import fills (timestamps aside), and a search's answer."""
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            tables = [connection.exec_driver_sql(query).all() for query in TABLES]
        found = EventStore(database).find(EventFilter(text="morocco azerbaijan"))
        tables.append([(event.id,) for event in found])
    finally:
        database.close()
    tables[0] = [row[:14] + row[16:] for row in tables[0]]  # created_at, updated_at
    return tables


def imported(path: Path, file: Path, min_bytes: int, monkeypatch, scope=frozenset({"MA"})):
    """The file imported twice into a new database, read elsewhere from ``min_bytes`` up."""
    monkeypatch.setattr(pipeline, "MIN_BYTES", min_bytes)
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)  # however busy the machine
    started = []

    def reading(*args):
        started.append(args)
        return pipeline.read_in_process(*args)

    monkeypatch.setattr(importer, "read_in_process", reading)
    database = open_database(path)
    try:
        first = import_file(database, file, scope=scope)
        again = import_file(database, file, scope=scope)
    finally:
        database.close()
    assert len(started) == (2 if min_bytes == 0 else 0)
    return first, again


def test_a_data_set_read_by_a_second_process_is_stored_as_when_read_here(
    tmp_path, gdelt_file, monkeypatch
):
    gdelt = gdelt_file(300)  # more than one chunk of rows
    here = imported(tmp_path / "here.sqlite3", gdelt, 1 << 60, monkeypatch)
    elsewhere = imported(tmp_path / "elsewhere.sqlite3", gdelt, 0, monkeypatch)
    assert here == elsewhere  # counts, skips by reason, rejections with file, line, field
    first, again = elsewhere
    assert (first.rows, first.new, again.new, again.duplicates) == (4800, 1500, 0, 1800)
    reason = "'42' is not a CAMEO code (such as '042')"
    assert str(first.rejected[0]) == f"{gdelt}:7: EventCode: {reason}"
    assert stored(tmp_path / "here.sqlite3") == stored(tmp_path / "elsewhere.sqlite3")


def test_our_csv_read_by_a_second_process_keeps_its_agreements_and_links(
    tmp_path, sample_store, monkeypatch
):
    """The sample's events with their agreements and links, and rows the agreements and
    links reject: a party not the agreement's, an unknown agreement, a link to an id the
    file lacks."""
    path = tmp_path / "sample.csv"
    export_store(sample_store, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    column = {name: n for n, name in enumerate(header)}

    def changed(row: list[str], **cells: str) -> list[str]:
        row = list(row)
        for name, value in cells.items():
            row[column[name]] = value
        return row

    in_force, linked = rows[1], next(row for row in rows if row[column["links"]])
    rows += [
        changed(in_force, id="50", countries="AZ;FR;MA", agreement_step="ratified",
                agreement_party="FR"),
        changed(in_force, id="51", agreement="no-such-agreement", agreement_kind=""),
        changed(linked, id="52", links="on-sidelines-of|9999"),
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    no_scope = frozenset()
    here = imported(tmp_path / "here.sqlite3", path, 1 << 60, monkeypatch, no_scope)
    elsewhere = imported(tmp_path / "elsewhere.sqlite3", path, 0, monkeypatch, no_scope)
    assert here == elsewhere
    first, _ = elsewhere
    assert [(rejection.line, rejection.field) for rejection in first.rejected] == [
        (13, "agreement_party"),
        (14, "agreement"),
        (15, "links"),
    ]
    assert stored(tmp_path / "here.sqlite3") == stored(tmp_path / "elsewhere.sqlite3")


def test_a_cancel_stops_the_reading_process_and_writes_nothing(tmp_path, gdelt_file, monkeypatch):
    monkeypatch.setattr(pipeline, "MIN_BYTES", 0)
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)
    database = open_database(tmp_path / "timeline.sqlite3")
    try:
        with pytest.raises(ImportCancelled):
            import_file(database, gdelt_file(300), progress=lambda done, total: False)
        assert EventStore(database).find() == []
    finally:
        database.close()


def _until(condition, what: str) -> None:
    """Waits for ``condition``; a minute without it fails the test (a busy machine takes
    seconds, not a minute)."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"never {what}"
        time.sleep(0.005)


def _kernel_says_where_a_process_waits() -> bool:
    """Whether /proc/PID/wchan names where a process sleeps (some kernels hide it: "0")."""
    sleeping = subprocess.Popen(["sleep", "30"])
    try:
        wchan = Path(f"/proc/{sleeping.pid}/wchan")
        deadline = time.monotonic() + 10  # asleep within milliseconds, seconds when busy
        while time.monotonic() < deadline:
            if wchan.read_text(encoding="ascii") not in ("", "0"):
                return True
            time.sleep(0.01)
        return False
    finally:
        sleeping.kill()
        sleeping.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's /proc and SIGSTOP")
def test_a_reading_process_stopped_and_continued_mid_message_sends_every_chunk_whole(
    tmp_path, gdelt_file, monkeypatch
):
    """Ctrl-Z and ``fg`` during an import in a terminal stop and continue both processes.
    A write to the full pipe that the stop cuts short must still send the whole chunk:
    each stop here comes while the reading process waits in the middle of one (the
    importer holds back, so the pipe is full), and the import ends as without stops. With
    PYTHONUNBUFFERED set, as IDEs and container images do, no buffer writes the rest."""
    if not _kernel_says_where_a_process_waits():
        pytest.skip("this kernel does not say where a process waits (/proc/PID/wchan)")
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    monkeypatch.setattr(pipeline, "MIN_BYTES", 0)
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)
    monkeypatch.setattr(pipeline, "AHEAD", 1)  # the pipe fills a few chunks in
    started: list[subprocess.Popen] = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(pipeline.subprocess, "Popen", Recorded)

    def state(name: str) -> str:
        return Path(f"/proc/{started[0].pid}/{name}").read_text(encoding="ascii")

    def waiting_to_write() -> bool:  # "pipe_wait" on kernels before 5.5
        return any(name in state("wchan") for name in ("pipe_write", "pipe_wait"))

    stops = []

    def stopped_and_continued(_done: int, _total: int) -> bool:
        while len(stops) < 3:  # at the first chunk's progress
            # Blocked in a write: the inbox holds its messages ahead, the pipe is full.
            _until(waiting_to_write, "waiting to write to the pipe")
            started[0].send_signal(signal.SIGSTOP)
            stops.append(True)
            _until(lambda: state("stat").split()[2] == "T", "stopped")
            started[0].send_signal(signal.SIGCONT)
        return True

    copies = 1500  # six chunks: more than the inbox takes ahead and a pipe's worth
    database = open_database(tmp_path / "timeline.sqlite3")
    try:
        result = import_file(database, gdelt_file(copies), progress=stopped_and_continued)
        assert (result.rows, result.new) == (16 * copies, 5 * copies)
        assert len(EventStore(database).find()) == 5 * copies
    finally:
        database.close()
    assert len(started) == 1


def test_a_reading_process_that_fails_says_why_and_writes_nothing(
    tmp_path, gdelt_file, monkeypatch
):
    monkeypatch.setattr(pipeline, "MIN_BYTES", 0)
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)
    # The reading process gets a format that cannot read this file's first line.
    monkeypatch.setattr(pipeline, "FORMATS", frozenset({"csv"}))
    database = open_database(tmp_path / "timeline.sqlite3")
    try:
        gdelt = gdelt_file(10)
        with pytest.raises(Exception, match=str(gdelt)):
            import_file(database, gdelt, fmt="csv")
        assert EventStore(database).find() == []
    finally:
        database.close()


def test_a_reading_process_that_stops_without_a_word_is_an_error_not_an_end(tmp_path):
    """The pipe's messages come through the importer's thread in order; a pipe that ends
    before the reader said it was done (a killed reader) stops the import."""
    chunk = Chunk(rows=3, done=10)
    data = pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL)
    stream = io.BytesIO(len(data).to_bytes(8, "little") + data)
    inbox = pipeline._Inbox(stream)
    received = pipeline._received(inbox, 10, None)
    assert next(received).rows == 3
    with pytest.raises(RuntimeError, match="stopped unexpectedly"):
        next(received)
    inbox.stop()


@pytest.mark.parametrize(
    ("min_bytes", "dropped"), [(0, bulk.SCATTERED), (1 << 60, frozenset(bulk._DEFERRABLE))]
)
def test_into_an_empty_database_the_indexes_built_at_the_end_are_all_only_when_read_here(
    tmp_path, gdelt_file, monkeypatch, min_bytes, dropped
):
    """Read here, the importer has nothing else to do: it builds the indexes once at the
    end. Beside a reading process it keeps in step those that grow at their end, and builds
    at the end those its rows fill in no order."""
    monkeypatch.setattr(pipeline, "MIN_BYTES", min_bytes)
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)
    database = open_database(tmp_path / "timeline.sqlite3")
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    sqlalchemy.event.listen(database.engine, "before_cursor_execute", seen)
    try:
        assert import_file(database, gdelt_file(20), scope=frozenset({"MA"})).new == 100
    finally:
        database.close()
    drops = {statement.removeprefix("DROP INDEX ") for statement in statements}
    assert drops & set(bulk._DEFERRABLE) == dropped


def test_beside_the_process_reading_our_csv_every_index_is_kept_in_step(
    tmp_path, many_events_csv, monkeypatch
):
    """Our CSV's reading process is the slower half: the importer waits for its rows, so it
    keeps every index in step meanwhile instead of building any after the last row; the
    database is the one an import read here makes."""
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: True)
    file = many_events_csv(5000)  # more than one chunk of rows
    paths = {}
    for min_bytes in (0, 1 << 60):
        monkeypatch.setattr(pipeline, "MIN_BYTES", min_bytes)
        paths[min_bytes] = tmp_path / f"timeline-{min_bytes}.sqlite3"
        database = open_database(paths[min_bytes])
        statements: list[str] = []

        def seen(_connection, _cursor, statement, *_args, into=statements) -> None:
            into.append(statement)

        sqlalchemy.event.listen(database.engine, "before_cursor_execute", seen)
        try:
            assert import_file(database, file).new == 5000
        finally:
            database.close()
        drops = {statement.removeprefix("DROP INDEX ") for statement in statements}
        assert drops & set(bulk._DEFERRABLE) == (set() if min_bytes == 0 else set(bulk._DEFERRABLE))
    assert stored(paths[0]) == stored(paths[1 << 60])


def test_processors_idle_between_two_readings_of_their_ticks():
    # (idle ticks, all ticks): 50 of 200 ticks idle on 2 processors is half of one.
    assert processors.idle_between((100, 1000), (150, 1200), 2) == 0.5
    assert processors.idle_between((100, 1000), (300, 1200), 2) == 2.0
    # Counters that do not move (some sandboxes) say nothing: the load average decides.
    assert processors.idle_between((100, 1000), (100, 1000), 2) is None


def test_a_core_idle_now_is_spared_whatever_the_last_minutes_load(monkeypatch):
    """The load average still counts an import that ended seconds ago: a second import
    right after it would be read in-process on an idle machine."""
    readings = iter([(0, 0), (180, 200)])  # 1.8 of 2 processors idle
    monkeypatch.setattr(processors, "processor_ticks", lambda _processors: next(readings))
    monkeypatch.setattr(pipeline, "_IDLE_LOOK_SECONDS", 0)
    monkeypatch.setattr(pipeline.os, "getloadavg", lambda: (1.9, 1.0, 0.5))
    monkeypatch.setattr(pipeline, "usable_processors", lambda: frozenset({0, 1}))
    monkeypatch.setattr(processors, "processor_quota", lambda: None)
    assert pipeline._core_to_spare()
    # One of two busy with other work: the importer takes the other (it was idle while it
    # looked), and a reading process would make three on two.
    readings = iter([(0, 0), (100, 200)])
    assert not pipeline._core_to_spare()
    # Two processors the system lets this process run on, but the time of one only.
    readings = iter([(0, 0), (200, 200)])
    monkeypatch.setattr(processors, "processor_quota", lambda: 1.0)
    assert not pipeline._core_to_spare()
    monkeypatch.setattr(processors, "processor_quota", lambda: None)
    # Where the system does not say how idle it is, the load average decides.
    monkeypatch.setattr(processors, "processor_ticks", lambda _processors: None)
    assert not pipeline._core_to_spare()
    monkeypatch.setattr(pipeline.os, "getloadavg", lambda: (0.4, 1.0, 0.5))
    assert pipeline._core_to_spare()


def test_only_the_processors_this_process_may_run_on_are_counted(tmp_path):
    times = tmp_path / "stat"
    times.write_text(
        "cpu  60 0 0 60 0 0 0 0 0 0\n"
        "cpu0 10 0 0 10 2 0 0 0 0 0\n"
        "cpu1 20 0 0 20 0 0 0 0 0 0\n"
        "cpu2 30 0 0 30 0 0 0 3 0 0\n"
        "intr 12345 0 0\n",
        encoding="ascii",
    )
    # Idle and waiting for the disk are free; time stolen by another machine is not.
    assert processors.processor_ticks(frozenset({0, 2}), times) == (42, 85)
    assert processors.processor_ticks(frozenset({7}), times) is None
    assert processors.processor_ticks(frozenset({0}), tmp_path / "none") is None


@pytest.mark.skipif(not Path("/proc/stat").exists(), reason="Linux's /proc/stat")
def test_no_core_is_spared_while_every_processor_is_busy():
    spin = "print('spinning', flush=True)\nwhile True: pass"
    spinning = [
        subprocess.Popen([sys.executable, "-c", spin], stdout=subprocess.PIPE, text=True)
        for _ in range(os.cpu_count() or 1)
    ]
    try:
        for process in spinning:  # each one started and running
            assert process.stdout is not None and process.stdout.readline() == "spinning\n"
        assert not pipeline._core_to_spare()
    finally:
        for process in spinning:
            process.kill()
            process.communicate()  # its pipe read to the end and closed


def test_a_limit_of_processor_time_is_read_from_the_control_groups(tmp_path):
    v2, quota, period = tmp_path / "cpu.max", tmp_path / "quota", tmp_path / "period"
    v1 = (quota, period)
    v2.write_text("150000 100000\n", encoding="ascii")
    assert processors.processor_quota(v2, v1) == 1.5
    v2.write_text("max 100000\n", encoding="ascii")
    assert processors.processor_quota(v2, v1) is None
    v2.unlink()  # version 1
    quota.write_text("50000\n", encoding="ascii")
    period.write_text("100000\n", encoding="ascii")
    assert processors.processor_quota(v2, v1) == 0.5
    quota.write_text("-1\n", encoding="ascii")
    assert processors.processor_quota(v2, v1) is None
    period.unlink()  # no control groups at all
    assert processors.processor_quota(v2, v1) is None


def test_work_splits_in_two_only_with_two_processors_and_their_time(monkeypatch):
    """The columns decoded beside their reading and the cold open's helper split only where
    both halves can run at once: two processors this process may run on, and, in a container,
    two processors' time."""
    monkeypatch.setattr(processors, "usable_processors", lambda: frozenset({0, 1, 2, 3}))
    monkeypatch.setattr(processors, "processor_quota", lambda: None)
    assert processors.two_processors_at_least()
    monkeypatch.setattr(processors, "processor_quota", lambda: 1.0)
    assert not processors.two_processors_at_least()
    monkeypatch.setattr(processors, "processor_quota", lambda: 8.0)
    monkeypatch.setattr(processors, "usable_processors", lambda: frozenset({3}))
    assert not processors.two_processors_at_least()


def test_a_small_file_is_read_here_without_looking_at_the_processors(tmp_path, monkeypatch):
    """The look at how idle the processors are takes a tenth of a second: a file too small
    for a reading process never waits for it."""
    looked = []
    monkeypatch.setattr(pipeline, "_core_to_spare", lambda: looked.append(True) or True)
    small = tmp_path / "small.csv"
    small.write_text("kind,countries,date,title_en\r\n", encoding="utf-8")
    assert not pipeline.worthwhile(small, "csv")
    monkeypatch.setattr(pipeline, "MIN_BYTES", 0)
    assert pipeline.worthwhile(small, "csv")
    assert looked == [True]
