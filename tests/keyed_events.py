"""Writing ready events through a bulk import's writer, as the import's reader would hand
them over: rows made with the writer's ids and time. Shared by the store and view tests."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.domain.event import Event
from timeline.store.bulk import BulkWriter
from timeline.store.columns import StoredRows


def write_keyed(writer: BulkWriter, keyed: Sequence[tuple[str, Event]]) -> None:
    """Write ``keyed`` (source key, event) as the writer's next rows, in this order."""
    rows = StoredRows()
    for offset, (key, event) in enumerate(keyed):
        rows.add(writer.first_id + offset, key, event, writer.now)
    writer.write(rows)
