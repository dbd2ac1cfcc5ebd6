"""Importing a file: first a preview that writes nothing, then every valid row at once.

Both passes stream the file through the same reader, so what the preview promises is what
the import does. The import writes in ONE transaction, a chunk of rows at a time, each
valid row's table rows made before (:mod:`timeline.io.chunks`): a crash, a cancel or
``strict`` with a rejected row leaves the database exactly as it was, and a row whose source
key is already stored (or met earlier in the file) is not added again. A big file may be
read by a second process while this one writes (:mod:`timeline.io.pipeline`: the same
reader, the same chunks).
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from timeline.domain.kinds import EventKind
from timeline.domain.messages import message
from timeline.domain.system_words import system_reason
from timeline.io.chunks import Chunk, chunks
from timeline.io.pipeline import READING_BOUND, read_in_process, worthwhile
from timeline.io.progress import Progress, metered
from timeline.io.registry import READERS, detect_format
from timeline.io.rows import ImportFileError, Parsed, Row
from timeline.io.tally import Tally
from timeline.io.threads import FileThreads, stored_links
from timeline.store.agreements import agreements_by_id, insert_agreements, stored_agreements
from timeline.store.bulk import BulkWriter, bulk_transaction, present_keys
from timeline.store.database import Database
from timeline.store.links import insert_links

#: Rows a preview looks up at once.
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
        reason = message("import.cannot_read", reason=system_reason(error))
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
    threads = FileThreads(
        str(path), partial(agreements_by_id, database) if database else lambda _wanted: {}
    )
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


@contextmanager
def _import_chunks(
    path: Path,
    name: str,
    scope: frozenset[str],
    progress: Progress | None,
    writer: BulkWriter,
    beside: bool,
) -> Iterator[Iterator[Chunk]]:
    """The chunks of the file for ``writer``, read by a process of its own (``beside``)
    or here."""
    if beside:
        reading = read_in_process(path, name, scope, progress, writer.first_id, writer.now)
        with reading as read, _collector_paused():
            yield read
        return
    with _rows(path, name, scope, progress) as (_, rows):
        yield chunks(rows, writer.first_id, writer.now)


_KINDS = {kind.value: kind for kind in EventKind}


def _write(chunk: Chunk, threads: FileThreads, writer: BulkWriter, result: ImportResult) -> None:
    """Count the chunk's rows and write its valid ones, but those whose agreement or party
    is refused and those stored already (or earlier in the file)."""
    result.rows += chunk.rows
    result.skipped.update(chunk.skipped)
    result.rejected += chunk.rejected
    result.doubtful += chunk.doubtful
    left_out: set[int] = set()  # places in the chunk
    if chunk.threads:
        kept, agreements = threads.admit(chunk.threads, result)
        insert_agreements(writer.connection, agreements)
        left_out = {row.place for row in chunk.threads} - {row.place for row in kept}
    keys = chunk.keys
    stored = writer.present(set(keys))
    if stored or len(set(keys)) < len(keys):  # a key seen before: the first row stays
        seen: set[str] = set()
        for index, key in enumerate(keys):
            if index in left_out:
                continue
            if key in stored or key in seen:
                left_out.add(index)
                result.duplicates += 1
            seen.add(key)
    rows, kinds, countries = chunk.stored, chunk.kinds, chunk.countries
    if left_out:
        rows = rows.without({rows.events[index][0] for index in left_out})
        kinds = [kind for index, kind in enumerate(kinds) if index not in left_out]
        countries = [pair for index, pair in enumerate(countries) if index not in left_out]
    writer.write(rows)
    for kind, count in Counter(kinds).items():
        result.by_kind[_KINDS[kind]] += count
    result.by_pair.update(countries)


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
    name = _format(path, fmt)
    result = ImportResult(str(path), name)
    if watch is not None:
        watch(result)
    beside = worthwhile(path, name)
    try:
        with (
            bulk_transaction(
                database,
                indexes_at_end=not beside,
                scattered_at_end=name not in READING_BOUND,
            ) as writer,
            _import_chunks(path, name, scope, progress, writer, beside) as read,
        ):
            threads = FileThreads(str(path), partial(stored_agreements, writer.connection))
            for chunk in read:
                _write(chunk, threads, writer, result)
            links = threads.links(result)
            ids = writer.ids({key for source, _, target in links for key in (source, target)})
            insert_links(writer.connection, stored_links(links, ids))
            if strict and result.rejected:
                raise _Discard
    except _Discard:
        return result
    result.written = True
    return result
