"""Which events of a briefing print a title, a place or a name in another language than
the briefing's: those with no title in it (another language's is printed), or whose place or
participants have no form in it (the stored form is printed instead). The command line
warns with their count, the export dialog names them."""

from __future__ import annotations

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import isolate
from timeline.domain.filters import EventFilter
from timeline.store.names import lacking_among
from timeline.store.repository import EventStore

#: The export dialog names this many events, then says how many more there are.
NAMED = 5


def lacking_language(store: EventStore, event_filter: EventFilter, language: str) -> list[int]:
    """The ids of the selected events whose title, place or participants lack
    ``language``, in time order. Asked of the database, so the dialog stays quick for
    large selections."""
    in_time_order = sorted(
        (first, last, event_id)
        for columns in store.timeline_columns(event_filter)
        for first, last, event_id in zip(
            columns.first_day, columns.last_day, columns.id, strict=True
        )
    )
    lacking = lacking_among(store.database, [event_id for *_, event_id in in_time_order], language)
    return [event_id for _, _, event_id in in_time_order if event_id in lacking]


def named(store: EventStore, event_ids: list[int], language: str, reader: DateFormat) -> str:
    """The first events' titles in ``language``, one a line, then ``(+N)`` for the others,
    for a note in ``reader``'s language: each title isolated in its own direction (English
    titles run together in an Arabic sentence wrapped out of order and off the dialog's
    edge), the count in the reader's digits and grouping ("(+2)" among Arabic-Indic digits,
    "(+49995)" in French)."""
    events = store.get_many(event_ids[:NAMED])
    titles = "\n".join(isolate(events[i].title(language)) for i in event_ids[:NAMED] if i in events)
    more = len(event_ids) - NAMED
    return f"{titles} (+{reader.number(more)})" if more > 0 else titles
