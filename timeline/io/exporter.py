"""Exporting events to our CSV and JSON and to PLOVER JSON lines, never half a file.

The file is written beside its destination under a temporary name and moved into place only
when complete (an atomic rename), so a failed export never leaves a torn file or replaces a
good one. Every event goes out with its source key, so a round trip keeps its identity.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.io.formats import native_csv, native_json, plover
from timeline.store.bulk import source_keys
from timeline.store.repository import EventStore

Writer = Callable[[TextIO, Iterable[tuple[Event, str | None]]], None]
#: suffix -> (writer, encoding); the CSV gets a BOM so that spreadsheets read it as UTF-8.
WRITERS: dict[str, tuple[Writer, str]] = {
    ".csv": (native_csv.write, "utf-8-sig"),
    ".json": (native_json.write, "utf-8"),
    ".jsonl": (plover.write, "utf-8"),
}


class ExportError(Exception):
    """The file cannot be written; the message names it and says why."""


def destination(path: Path) -> Path:
    """Where an export's bytes go: a symbolic link's target, so that the new file takes
    the target's place and the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_events(path: Path, events: Iterable[tuple[Event, str | None]]) -> None:
    """Write ``(event, source key)`` pairs in the format the suffix of ``path`` names."""
    try:
        writer, encoding = WRITERS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(WRITERS)
        raise ExportError(f"{path}: unknown format '{path.suffix}' (known: {known})") from None
    # A fresh name beside the destination (same file system: the rename is atomic), created
    # exclusively and with the usual permissions, unlike mkstemp's private 0600.
    target = destination(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        with temporary.open("x", encoding=encoding, newline="") as handle:
            writer(handle, events)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot be written ({error.strerror})") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def keyed(store: EventStore, events: Sequence[Event]) -> list[tuple[Event, str | None]]:
    """Each event with its source key (None for one typed by hand)."""
    keys = source_keys(store.database, [event.id for event in events if event.id is not None])
    return [(event, keys.get(event.id) if event.id is not None else None) for event in events]


def export_store(store: EventStore, path: Path, event_filter: EventFilter | None = None) -> int:
    """Export the events ``event_filter`` selects, in time order; return how many."""
    events = store.find(event_filter)
    write_events(path, keyed(store, events))
    return len(events)
