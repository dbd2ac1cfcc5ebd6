"""Exporting events to our CSV and JSON and to PLOVER JSON lines, never half a file.

The file is written beside its destination under a temporary name and moved into place only
when complete (an atomic rename), so a failed export never leaves a torn file or replaces a
good one. Every event goes out with its source key, so a round trip keeps its identity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.links import EventLink
from timeline.domain.messages import message
from timeline.io.atomic import ExportError, replacing
from timeline.io.formats import native_csv, native_json, plover
from timeline.io.progress import ExportCancelled, Progress
from timeline.io.threads import NO_THREADS, Threads
from timeline.store.agreements import agreements_by_id
from timeline.store.links import all_links
from timeline.store.repository import EventPages, EventStore

Writer = Callable[[TextIO, Iterable[Event], Threads], None]


def _plover(handle: TextIO, events: Iterable[Event], _: Threads) -> None:
    """PLOVER has no agreements nor links between events: the events alone."""
    plover.write(handle, events)


#: suffix -> (writer, encoding); the CSV gets a BOM so that spreadsheets read it as UTF-8.
WRITERS: dict[str, tuple[Writer, str]] = {
    ".csv": (native_csv.write, "utf-8-sig"),
    ".json": (native_json.write, "utf-8"),
    ".jsonl": (_plover, "utf-8"),
}


def write_events(path: Path, events: Iterable[Event], threads: Threads = NO_THREADS) -> None:
    """Write ``events`` in the format the suffix of ``path`` names, with
    the agreements and links of ``threads`` where the format has them."""
    try:
        writer, encoding = WRITERS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(WRITERS)
        unknown = message("export.unknown_format", suffix=path.suffix, known=known)
        raise ExportError(unknown, about=path) from None

    def open_new(temporary: Path) -> TextIO:
        return temporary.open("x", encoding=encoding, newline="")

    with replacing(path, open_new) as handle:
        writer(handle, events, threads)


def threads_for_export(store: EventStore, pages: EventPages) -> Threads:
    """The agreements the chosen events are steps of, and the links between them."""
    ids = set(pages.ids)
    agreements = agreements_by_id(store.database, pages.agreement_ids)
    links: dict[int, list[EventLink]] = defaultdict(list)
    for link in all_links(store.database):
        if link.source in ids and link.target in ids:
            links[link.source].append(link)
    return Threads(agreements, links)


def export_store(
    store: EventStore,
    path: Path,
    event_filter: EventFilter | None = None,
    progress: Progress | None = None,
) -> int:
    """Export the events ``event_filter`` selects, in time order, with their agreements and
    the links between them; return how many. They are read and written a page at a time, so
    that exporting a million events needs the memory of a page, not of all of them;
    ``progress(done, total)`` is told after each page, and its False cancels the export
    (ExportCancelled: the file is left as it was)."""
    with store.snapshot() as snapshot:
        pages = snapshot.pages(event_filter)
        total = len(pages.ids)

        def written() -> Iterator[Event]:
            done = 0
            for page in pages:
                yield from page
                done += len(page)
                if progress is not None and not progress(done, total):
                    raise ExportCancelled("export cancelled; nothing was written")

        write_events(path, written(), threads_for_export(store, pages))
    return total
