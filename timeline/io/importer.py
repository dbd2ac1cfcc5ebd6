"""Importing a file: first a preview that writes nothing, then every valid row at once.

Both passes stream the file through the same reader, so what the preview promises is what
the import does. The import writes in ONE transaction, in batches of plain Core inserts: a
crash, a cancel or ``strict`` with a rejected row leaves the database exactly as it was, and
a row whose source key is already stored (or repeated in the file) is not added again. A
big file may be read by a second process while this one writes (:mod:`timeline.io.pipeline`:
the same reader, the same outcomes).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from timeline.domain.agreements import Agreement
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.messages import message
from timeline.io.pipeline import read_in_process, worthwhile
from timeline.io.progress import Progress, metered
from timeline.io.registry import READERS, detect_format
from timeline.io.rows import ImportFileError, Parsed, Ready, Row
from timeline.io.tally import Tally
from timeline.io.threads import FileThreads, stored_links
from timeline.store.agreements import insert_agreements, stored_agreements
from timeline.store.bulk import BulkWriter, bulk_transaction, present_keys
from timeline.store.columns import EventRows
from timeline.store.database import Database
from timeline.store.links import insert_links

BATCH_SIZE = 2000
FIRST_ROWS = 20
#: Called once with the tally an import or preview fills as it reads, so that a progress
#: display can show rows read and kept alongside the bytes its Progress callback gets.
Watch = Callable[[Tally], None]


@dataclass
class Preview(Tally):
    """What an import would do, with the first events it would add."""

    first: list[Parsed] = field(default_factory=list)


@dataclass
class ImportResult(Tally):
    """What an import did; ``written`` is False when nothing was kept (``strict``)."""

    written: bool = False


class _Discard(Exception):
    """Roll the transaction back: strict mode met a rejected row."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a file is read, then on again as it was.

    A file's rows make millions of short-lived objects without cycles (events, tuples), and
    a batch lives long enough to reach the oldest generation: the collector then walked the
    whole heap again and again, up to a fifth of an import's processor time. What is freed by
    reference counting (nearly all) is freed as before; cycles wait for the next collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _format(path: Path, fmt: str | None) -> str:
    name = fmt or detect_format(path)
    if name not in READERS:
        known = ", ".join(READERS)
        reason = message("import.unknown_format_name", name=name, known=known)
        raise ImportFileError(str(path), reason)
    return name


@contextmanager
def _rows(
    path: Path, fmt: str | None, scope: frozenset[str], progress: Progress | None
) -> Iterator[tuple[str, Iterator[Row]]]:
    """The format's name and the outcome of each row, read as the caller consumes them."""
    name = _format(path, fmt)
    try:
        raw = path.open("rb")
        size = path.stat().st_size
    except OSError as error:
        reason = message("import.cannot_read", reason=error.strerror)
        raise ImportFileError(str(path), reason) from error
    with raw, metered(raw, size, progress) as stream, _collector_paused():
        yield name, READERS[name](stream, str(path), scope)


def preview_file(
    path: Path,
    database: Database | None,
    fmt: str | None = None,
    scope: frozenset[str] = frozenset(),
    progress: Progress | None = None,
    watch: Watch | None = None,
) -> Preview:
    """Read the whole file and say what an import would do; writes nothing.

    ``database`` (None for none yet) is only read, to count rows imported before.
    """
    # Repeats within the file are found by hash: 8 bytes a row, not the key itself.
    seen: set[int] = set()
    threads = FileThreads(str(path), partial(_stored_agreements, database))
    with _rows(path, fmt, scope, progress) as (name, rows):
        preview = Preview(str(path), name)
        if watch is not None:
            watch(preview)
        for batch in preview.batches(rows, BATCH_SIZE):
            batch, _ = threads.admit(batch, preview)
            stored = present_keys(database, {row.key for row in batch}) if database else set()
            for row in batch:
                digest = hash(row.key)
                if row.key in stored or digest in seen:
                    preview.duplicates += 1
                    continue
                seen.add(digest)
                preview.count_new(row.event.kind, row.event.countries)
                if len(preview.first) < FIRST_ROWS:
                    preview.first.append(row)
        threads.links(preview)
    return preview


def _stored_agreements(database: Database | None, wanted: Collection[str]) -> dict[str, Agreement]:
    if database is None:
        return {}
    with database.connect() as connection:
        return stored_agreements(connection, wanted)


@contextmanager
def _import_rows(
    path: Path, fmt: str | None, scope: frozenset[str], progress: Progress | None
) -> Iterator[tuple[str, Iterator[Row | Ready]]]:
    """As :func:`_rows`, read by a process of its own when the file is worth it."""
    name = _format(path, fmt)
    if not worthwhile(path, name):
        with _rows(path, name, scope, progress) as found:
            yield found
        return
    with read_in_process(path, name, scope, progress) as rows, _collector_paused():
        yield name, rows


def _admitted(
    batch: list[Parsed | Ready], threads: FileThreads, writer: BulkWriter, result: ImportResult
) -> Sequence[Parsed | Ready]:
    """The rows of ``batch`` to write, their agreements written first."""
    kept, agreements = threads.admit(batch, result)
    insert_agreements(writer.connection, agreements)
    return kept


def _written(row: Parsed | Ready) -> Event | EventRows:
    return row.rows if isinstance(row, Ready) else row.event


def _counted(row: Parsed | Ready) -> tuple[EventKind, tuple[str, ...]]:
    if isinstance(row, Ready):
        return row.kind, row.countries
    return row.event.kind, row.event.countries


def import_file(
    database: Database,
    path: Path,
    fmt: str | None = None,
    scope: frozenset[str] = frozenset(),
    progress: Progress | None = None,
    strict: bool = False,
    watch: Watch | None = None,
) -> ImportResult:
    """Add every valid row that is not there yet, in one transaction.

    With ``strict``, a single rejected row keeps the whole file out. ImportCancelled (from
    ``progress``) and ImportFileError leave the database untouched.
    """
    with _import_rows(path, fmt, scope, progress) as (name, rows):
        result = ImportResult(str(path), name)
        if watch is not None:
            watch(result)
        try:
            with bulk_transaction(database) as writer:
                threads = FileThreads(str(path), partial(stored_agreements, writer.connection))
                for read in result.batches(rows, BATCH_SIZE):
                    batch = _admitted(read, threads, writer, result)
                    unique = {row.key: row for row in batch}
                    stored = writer.present(unique.keys())
                    new = [row for key, row in unique.items() if key not in stored]
                    result.duplicates += len(batch) - len(new)
                    writer.insert([(row.key, _written(row)) for row in new])
                    result.count_all(map(_counted, new))
                links = threads.links(result)
                ids = writer.ids({key for source, _, target in links for key in (source, target)})
                insert_links(writer.connection, stored_links(links, ids))
                if strict and result.rejected:
                    raise _Discard
        except _Discard:
            return result
    result.written = True
    return result
