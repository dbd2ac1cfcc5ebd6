"""The timeline's columns of many events from a SQLite file as arrays, with no Python object
per value.

Read as rows, a million events' columns are nine million Python objects made and taken apart
again: about 3 of the 4 processor seconds their reading took. Here SQLite writes each event's
columns as one line of fixed width (``printf``: numbers in digits, days and the EDTF date as
stored), joins a slice of lines into one text (``group_concat``), and numpy reads that text as
a matrix of bytes, a column of characters at a time: 1.3 s, of which SQLite's own 0.8.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import IO, Generic, NamedTuple, TypeVar

import numpy as np
from sqlalchemy import (
    ColumnElement,
    Connection,
    LargeBinary,
    Select,
    bindparam,
    case,
    cast,
    func,
    select,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import InstrumentedAttribute

from timeline.domain.kinds import EventKind, kind_number
from timeline.domain.languages import LANGUAGES
from timeline.domain.status import EventStatus
from timeline.processors import two_processors_at_least
from timeline.store.models import EventRow
from timeline.store.sqlitefile import side_file

T = TypeVar("T")

#: The widest EDTF date EventDate.to_edtf writes: "[YYYY-MM-DD..YYYY-MM-DD]".
EDTF_WIDTH = 24
#: Digits of a title's size in bytes; a larger title (none is) counts as the largest.
_SIZE_DIGITS = 6

#: Each kind's and status's stored value to its number in the arrays.
KIND_NUMBERS = {kind.value: kind_number(kind) for kind in EventKind}
STATUS_NUMBERS = {status.value: number for number, status in enumerate(EventStatus)}


class PackedColumns(NamedTuple):
    """The columns of some events, the n-th of each the same event, in no particular order."""

    ids: np.ndarray  # int64
    first_day: np.ndarray  # int64, date.toordinal() of the earliest day
    last_day: np.ndarray  # int64, and of the latest
    date_edtf: np.ndarray  # uint8 (24, n): a column of characters a date, space/NUL-padded
    kind: np.ndarray  # uint8, kind_number()
    status: np.ndarray  # uint8, position in EventStatus
    size_ar: np.ndarray  # int32, each title's size in UTF-8 bytes
    size_en: np.ndarray
    size_fr: np.ndarray


def _numbered(value: InstrumentedAttribute[str], numbers: dict[str, int]) -> ColumnElement[int]:
    """A stored kind or status as its number; one the app does not know as len(numbers)."""
    return case(numbers, value=value, else_=len(numbers))


def _digits(count: int) -> int:
    return len(str(count))


def byte_size(text: InstrumentedAttribute[str]) -> ColumnElement[int]:
    """The size of a text in SQLite in UTF-8 bytes (its ``length`` counts characters)."""
    return func.length(cast(text, LargeBinary))


_KIND_DIGITS, _STATUS_DIGITS = (_digits(len(n)) for n in (KIND_NUMBERS, STATUS_NUMBERS))
#: A day as SQLite holds it (SQLAlchemy's Date, which reads no other): "YYYY-MM-DD".
_DAY_WIDTH = 10
#: The ordinal of 1 January 1970, numpy's day 0.
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class _Layout(NamedTuple):
    """Where each column stands in a line (widths in PackedColumns' order), and the SQL
    that writes the line: days as stored, the EDTF date padded with spaces, numbers with
    zeros."""

    id_digits: int

    @property
    def widths(self) -> tuple[int, ...]:
        sizes = (_SIZE_DIGITS,) * len(LANGUAGES)
        days = (_DAY_WIDTH, _DAY_WIDTH)
        return (self.id_digits, *days, EDTF_WIDTH, _KIND_DIGITS, _STATUS_DIGITS, *sizes)

    def line(self) -> ColumnElement[str]:
        texts = (1, 2, 3)  # the days and the EDTF date, padded with spaces or cut to width
        pattern = "".join(
            f"%-{width}.{width}s" if at in texts else f"%0{width}d"
            for at, width in enumerate(self.widths)
        )
        largest = 10**_SIZE_DIGITS - 1
        sizes = (
            func.min(byte_size(getattr(EventRow, f"title_{lang}")), largest) for lang in LANGUAGES
        )
        return func.printf(
            pattern,
            EventRow.id,
            EventRow.start_day,
            EventRow.end_day,
            EventRow.date_edtf,
            _numbered(EventRow.kind, KIND_NUMBERS),
            _numbered(EventRow.status, STATUS_NUMBERS),
            *sizes,
        )


def packed_columns(
    connection: Connection,
    matching: Select,
    rows_at_once: int,
    then: Callable[[PackedColumns], T],
    *,
    beside: bool = False,
) -> Iterator[T] | None:
    """The columns of the events ``matching`` selects (a select of ``EventRow.id``, filtered
    as the caller wants), ``rows_at_once`` at a time in increasing id, each slice passed to
    ``then``; ``beside``, decoded and passed on by a thread while SQLite writes the next
    slice (see _decoded_beside). None where the ids do not suit fixed-width lines (a
    negative one, put there by another program): the caller reads rows instead."""
    # Two subqueries: SQLite looks up a lone min() or max() at an end of the key, but scans
    # the whole table for both in one query.
    bounds = (select(bound(EventRow.id)).scalar_subquery() for bound in (func.min, func.max))
    smallest, largest = connection.execute(select(*bounds)).one()
    if smallest is not None and smallest < 0:
        return None
    layout = _Layout(_digits(largest or 0))
    texts = _texts(connection, matching, layout, rows_at_once)
    if beside:

        def decoded(text: bytes, count: int) -> T:
            return then(_unpacked(text, count, layout))

        ends = (smallest, largest)
        halved = _halved(connection, matching, layout, rows_at_once, ends, decoded)
        return _decoded_beside(texts if halved is None else halved, decoded)
    return (then(_unpacked(text, count, layout)) for text, count in texts)


def _decoded_beside(
    texts: Iterator[tuple[bytes, int] | Future[T]], decoded: Callable[[bytes, int], T]
) -> Iterator[T]:
    """The slices ``decoded`` by a thread of their own, each while SQLite writes the next
    one's lines in this thread: both let go of the GIL for most of their work (SQLite while
    it steps, numpy on whole arrays), so with a core to spare the decoding (a fifth of the
    read) takes no time of this thread's. A slice may come decoded already (a Future: the
    helper's, see _halved)."""
    with ThreadPoolExecutor(1, thread_name_prefix="column decode") as pool:
        decoding: deque[Future[T]] = deque()
        for text in texts:  # SQLite writes this slice while the last one is decoded
            decoding.append(text if isinstance(text, Future) else pool.submit(decoded, *text))
            if len(decoding) > 1:
                yield decoding.popleft().result()
        while decoding:
            yield decoding.popleft().result()


def _slice_query(matching: Select, layout: _Layout, rows_at_once: int, after: object) -> Select:
    """A slice's lines joined into one text, how many and the last id: the events after the
    id ``after``, ``rows_at_once`` at most."""
    lines = (
        matching.add_columns(layout.line().label("line"))
        .where(EventRow.id > after)
        .order_by(EventRow.id)
        .limit(rows_at_once)
        .subquery()
    )
    text = cast(func.group_concat(lines.c.line, ""), LargeBinary)
    return select(text, func.count(), func.max(lines.c.id))


def _texts(
    connection: Connection,
    matching: Select,
    layout: _Layout,
    rows_at_once: int,
    after: int = -1,
    upto: int | None = None,
) -> Iterator[tuple[bytes, int]]:
    """Each slice's lines joined into one text, and how many there are: the events with ids
    after ``after`` (up to ``upto``)."""
    if upto is not None:
        matching = matching.where(EventRow.id <= upto)
    while True:
        query = _slice_query(matching, layout, rows_at_once, after)
        packed, count, last = connection.execute(query).one()
        if not count:
            return
        yield packed, count
        if count < rows_at_once:
            return
        after = last


#: From this many matching events on, with a processor to spare, a second process writes
#: the lines of the later half of the ids while this one writes the first half's: SQLite's
#: work, most of the read, on two processors (two threads of one process took turns). Below,
#: starting it (about 30 ms) would not pay.
HALVED_FROM = 200_000
#: Bytes of each number the helper writes (little-endian, signed: see _HELPER's put).
_HEADER = 8
#: Seconds the helper waits for a lock on the file (another program recovering it, say),
#: and this process for its first word once its own half is written: past them, the
#: later half is read here as without it.
_HELPER_WAIT = 2.0

#: The helper process: standard library only (``-I -S``: no site, no path from the
#: environment, a start of a few tens of milliseconds). It reads its job from stdin, opens
#: the file read-only, reads the change stamp and schema version in its read transaction
#: and writes them first, then each slice (count, last id, the text's size, the text),
#: then a count of 0.
_HELPER = """
import json, sqlite3, sys
job = json.load(sys.stdin)
out = sys.stdout.buffer
def put(*numbers):
    out.write(b"".join(n.to_bytes(8, "little", signed=True) for n in numbers))
con = sqlite3.connect(job["uri"], uri=True, isolation_level=None, timeout=job["wait"])
con.execute("BEGIN")
stamp = con.execute("SELECT stamp FROM change_stamp WHERE id = 1").fetchone()
version = con.execute("PRAGMA schema_version").fetchone()[0]
text = json.dumps([None if stamp is None else stamp[0], version]).encode()
put(len(text)); out.write(text)
params, at, after = job["params"], job["after_at"], job["after"]
while True:
    params[at] = after
    packed, count, last = con.execute(job["sql"], params).fetchone()
    if not count:
        break
    put(count, last, len(packed)); out.write(packed)
    if count < job["rows"]:
        break
    after = last
put(0)
out.flush()
"""


def _spare_processor() -> bool:
    """Whether the helper may run beside this process: on two processors or more (their
    time too, in a container). Not
    asked of the machine's load: the helper takes over half of the work, it adds none but
    its start, so on a busy machine the two halves at worst take turns."""
    if getattr(sys, "frozen", False) or not sys.executable:
        return False  # a frozen app's executable is the app
    return two_processors_at_least()


def _halved(
    connection: Connection,
    matching: Select,
    layout: _Layout,
    rows_at_once: int,
    ends: tuple[int, int],
    decoded: Callable[[bytes, int], T],
) -> Iterator[tuple[bytes, int] | Future[T]] | None:
    """The slices of :func:`_texts`, the first half's written here (ids up to the middle
    of ``ends``, the smallest and largest) and the later half's by a helper process at the
    same time, which come ``decoded`` already, by the thread that takes them from its
    pipe as they come; None where the helper does not pay or cannot read the same file (a
    file without its WAL beside it, opened as it is, is read here only: the helper's
    read-only connection would leave side files by it)."""
    if not _spare_processor():
        return None
    count = connection.execute(select(func.count()).select_from(matching.subquery())).scalar()
    if not count or count < HALVED_FROM:
        return None
    found = connection.exec_driver_sql("PRAGMA database_list").fetchall()
    file = next((row[2] for row in found if row[1] == "main"), "")
    if not file or not all(side_file(Path(file), end).exists() for end in ("-wal", "-shm")):
        return None
    # By the ids' values, not their count: finding the middle one walks half the table.
    middle = (ends[0] + ends[1]) // 2
    seen = _seen(connection)
    if seen is None:
        return None
    query = _slice_query(matching, layout, rows_at_once, bindparam("after", type_=EventRow.id.type))
    compiled = query.compile(dialect=connection.dialect)
    names = list(compiled.positiontup or ())
    if not compiled.positional or "after" not in names:
        return None
    params = [compiled.params[name] for name in names]
    job = {
        "uri": Path(file).as_uri() + "?mode=ro",
        "sql": str(compiled),
        "params": params,
        "after_at": names.index("after"),
        "after": middle,
        "rows": rows_at_once,
        "wait": _HELPER_WAIT,
    }
    try:
        helper = _Helper(job, decoded)
    except OSError:
        return None
    return _both_halves(connection, matching, layout, rows_at_once, middle, (helper, seen))


def _seen(connection: Connection) -> list[object] | None:
    """The change stamp and schema version this connection's read transaction sees (None:
    the file has no stamp, so a helper's read could not be told the same)."""
    try:
        stamp = connection.exec_driver_sql("SELECT stamp FROM change_stamp WHERE id = 1").scalar()
    except OperationalError:  # no such table
        return None
    if stamp is None:
        return None
    return [stamp, connection.exec_driver_sql("PRAGMA schema_version").scalar()]


def _both_halves(
    connection: Connection,
    matching: Select,
    layout: _Layout,
    rows_at_once: int,
    middle: int,
    helping: tuple[_Helper[T], list[object]],
) -> Iterator[tuple[bytes, int] | Future[T]]:
    """The first half's slices written here, then the helper's, if it read what this
    connection sees (``helping``: the helper, and the change stamp and schema version
    seen here); else, or from where it stopped, the rest read here."""
    helper, seen = helping
    try:
        yield from _texts(connection, matching, layout, rows_at_once, upto=middle)
        after = middle
        if helper.seen() == seen:
            for decoded, last in helper.slices():
                yield decoded
                after = last
            if helper.ended:
                return
        helper.stop()  # the rest is read here
        yield from _texts(connection, matching, layout, rows_at_once, after=after)
    finally:
        helper.stop()


class _Helper(Generic[T]):
    """The helper process and a thread taking its messages from the pipe as they come (it
    would otherwise wait for this process to drain it) and decoding each slice, while this
    process's own slices are still being written: what comes then is ready."""

    def __init__(self, job: dict[str, object], decoded: Callable[[bytes, int], T]) -> None:
        self._decoded = decoded
        self._process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _HELPER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        stdin: IO[bytes] = self._process.stdin  # type: ignore[assignment]
        try:
            stdin.write(json.dumps(job).encode())
            stdin.close()
        except OSError:
            self.stop()
            raise
        #: Whether its last slice came (the end reached), not a pipe closed early.
        self.ended = False
        self._messages: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._take, name="column helper", daemon=True)
        self._thread.start()

    def _take(self) -> None:
        stdout: IO[bytes] = self._process.stdout  # type: ignore[assignment]

        def number() -> int:
            data = stdout.read(_HEADER)
            if len(data) < _HEADER:
                raise EOFError
            return int.from_bytes(data, "little", signed=True)

        try:
            size = number()
            self._messages.put(json.loads(stdout.read(size)))
            while count := number():
                last, size = number(), number()
                packed = stdout.read(size)
                if len(packed) < size:
                    raise EOFError
                done: Future[T] = Future()
                try:
                    done.set_result(self._decoded(packed, count))
                except Exception as error:  # raised where it is taken, as in-process
                    done.set_exception(error)
                self._messages.put((done, last))
            self._messages.put(True)
        except (EOFError, OSError, ValueError):
            pass
        self._messages.put(None)

    def seen(self) -> list[object] | None:
        """The stamp and schema version the helper read in (None: it failed, or said
        nothing in _HELPER_WAIT seconds after this process's half: then it is stopped, and
        its half read here)."""
        try:
            message = self._messages.get(timeout=_HELPER_WAIT)
        except queue.Empty:
            return None
        return message if isinstance(message, list) else None

    def slices(self) -> Iterator[tuple[Future[T], int]]:
        """Its slices as they come, until its end (``ended``) or its failure."""
        while (message := self._messages.get()) is not None:
            if message is True:
                self.ended = True
                return
            yield message  # type: ignore[misc]

    def stop(self) -> None:
        """Ended, whether it was done or not: its pipe ends with it, and so does the
        thread. Once or more."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._thread.join()
        if self._process.stdout is not None:
            self._process.stdout.close()


def _unpacked(text: bytes, count: int, layout: _Layout) -> PackedColumns:
    """The lines' columns. The matrix of their bytes is turned on its side once, so that each
    column of characters is one contiguous row: a number is its digits' rows added up, ten
    times the last at a time."""
    widths = layout.widths
    lines = np.frombuffer(text, np.uint8).reshape(count, sum(widths))
    by_char = lines.T.copy(order="C")
    at = np.cumsum((0, *widths))
    ids, first, last, edtf, kind, status, *sizes = (
        by_char[start:end] for start, end in pairwise(at)
    )
    kinds, statuses = _number(kind), _number(status)
    if (kinds >= len(KIND_NUMBERS)).any() or (statuses >= len(STATUS_NUMBERS)).any():
        raise ValueError("an event of a kind or status this version does not know")
    return PackedColumns(
        _number(ids),
        _ordinals(first),
        _ordinals(last),
        edtf,
        kinds.astype(np.uint8),
        statuses.astype(np.uint8),
        *(_number(size).astype(np.int32) for size in sizes),
    )


def _number(digits: np.ndarray) -> np.ndarray:
    """The numbers written in rows of ASCII digits, the first row the leading digit."""
    value = np.zeros(digits.shape[1], np.int64)
    for row in digits:
        value *= 10
        value += row
    return value - ord("0") * ((10 ** digits.shape[0] - 1) // 9)


def _ordinals(day: np.ndarray) -> np.ndarray:
    """``date.toordinal()`` of days written "YYYY-MM-DD" in rows of characters, by numpy's
    calendar; ValueError for a day written otherwise, as SQLAlchemy raises reading it."""
    digits = np.delete(day, (4, 7), axis=0)
    if (day[[4, 7]] != ord("-")).any() or ((digits - ord("0")) > 9).any():
        raise ValueError("a day stored in another form than YYYY-MM-DD")
    months = (_number(digits[:4]) - 1970) * 12 + _number(digits[4:6]) - 1
    days = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    return days + _number(digits[6:]) - 1 + _EPOCH_ORDINAL


def from_rows(
    ids: Sequence[int],
    first_day: Sequence[float],
    last_day: Sequence[float],
    date_edtf: Sequence[str],
    kind: Sequence[str],
    size_ar: Sequence[int],
    size_en: Sequence[int],
    size_fr: Sequence[int],
    status: Sequence[str],
) -> PackedColumns:
    """The same arrays from columns read as rows (a server's; see TimelineColumns)."""
    count = len(ids)
    return PackedColumns(
        np.array(ids, np.int64),
        np.array(first_day, np.int64),
        np.array(last_day, np.int64),
        by_character(date_edtf),
        np.fromiter(map(KIND_NUMBERS.__getitem__, kind), np.uint8, count),
        np.fromiter(map(STATUS_NUMBERS.__getitem__, status), np.uint8, count),
        *(np.array(size, np.int32) for size in (size_ar, size_en, size_fr)),
    )


def by_character(dates: Sequence[str]) -> np.ndarray:
    """EDTF dates as PackedColumns holds them: one column of ASCII bytes a date."""
    as_bytes = np.array(dates, f"S{EDTF_WIDTH}").view(np.uint8)
    return as_bytes.reshape(len(dates), EDTF_WIDTH).T.copy(order="C")
