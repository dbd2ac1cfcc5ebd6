"""A reader's rows as the importer writes them: a few thousand at a time, every valid row's
table rows made already (its id, days, search text; :class:`StoredRows`), so that writing
them is nothing but SQL. The process reading a big file makes them (:mod:`timeline.io.pipeline`)
while the importing process writes; a small file's are made by the importer itself. The same
chunks either way, so the same rows, ids and outcomes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from timeline.domain.agreements import Agreement
from timeline.domain.links import LinkKind
from timeline.io.rows import Parsed, Rejection, Row, Skip
from timeline.store.columns import StoredRows

#: Rows read per chunk: a few hundred kilobytes between the processes, progress several
#: times a second, a text index filled every few chunks.
CHUNK_ROWS = 4000


class Threaded(NamedTuple):
    """What the importer checks of a valid row's agreement and links (:mod:`threads`), for
    the rows of our own files that have any: the row's place in its chunk, its line and key,
    its event's ``id`` in the file, the agreement it is a step of and the party in it, the
    agreement as the file describes it, and its links out (kind, ``id`` in the file)."""

    place: int
    line: int
    key: str
    file_id: int | None
    agreement_id: str | None
    agreement_party: str | None
    agreement: Agreement | None
    links: tuple[tuple[LinkKind, int], ...]


@dataclass(slots=True)
class Chunk:
    """The outcome of some rows of a file: counts, rejections, and the valid rows' keys,
    kinds, countries and table rows, the n-th of each list the n-th valid row's."""

    rows: int = 0
    #: The bytes of the file read once it was made (a reading process's progress).
    done: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # by the reason's message id
    rejected: list[Rejection] = field(default_factory=list)
    doubtful: list[Rejection] = field(default_factory=list)  # valid rows, to check
    keys: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # EventKind values
    countries: list[tuple[str, ...]] = field(default_factory=list)
    threads: list[Threaded] = field(default_factory=list)
    stored: StoredRows = field(default_factory=StoredRows)


def _threaded(index: int, row: Parsed) -> Threaded | None:
    event = row.event
    if event.id is None and event.agreement_id is None and row.agreement is None and not row.links:
        return None  # most rows
    return Threaded(
        index,
        row.line,
        row.key,
        event.id,
        event.agreement_id,
        event.agreement_party,
        row.agreement,
        row.links,
    )


def chunks(rows: Iterable[Row], first_id: int, now: str) -> Iterator[Chunk]:
    """``rows`` in chunks of CHUNK_ROWS, the valid ones stored as ``first_id`` and the ids
    after it in file order, made at ``now`` (:func:`timeline.store.columns.stored_time`)."""
    next_id = first_id
    chunk = Chunk()
    for row in rows:
        chunk.rows += 1
        if isinstance(row, Parsed):
            event = row.event
            chunk.stored.add(next_id, row.key, event, now)
            next_id += 1
            threaded = _threaded(len(chunk.keys), row)
            if threaded is not None:
                chunk.threads.append(threaded)
            if row.doubt is not None:
                chunk.doubtful.append(row.doubt)
            chunk.keys.append(row.key)
            chunk.kinds.append(event.kind.value)
            chunk.countries.append(event.countries)
        elif isinstance(row, Skip):
            chunk.skipped[row.reason.id] += 1
        else:
            chunk.rejected.append(row)
        if chunk.rows >= CHUNK_ROWS:
            yield chunk
            chunk = Chunk()
    if chunk.rows:
        yield chunk
