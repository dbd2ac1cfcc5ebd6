"""Which events of a briefing print a place or a name in another language than the
briefing's: those whose place or participants have no form in it (the stored form is printed
instead). The command line warns with their count, the export dialog names them."""

from __future__ import annotations

from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.places import lacking
from timeline.store.repository import EventStore

#: The export dialog names this many events, then says how many more there are.
NAMED = 5


def lacking_language(store: EventStore, event_filter: EventFilter, language: str) -> list[Event]:
    """The selected events whose place or participants lack ``language``."""
    return lacking(store.find(event_filter), language)


def named(events: list[Event], language: str) -> str:
    """The first titles in ``language``, then ``(+N)`` for the others."""
    separator = "، " if language == "ar" else "; "
    titles = separator.join(event.title(language) for event in events[:NAMED])
    more = len(events) - NAMED
    return f"{titles} (+{more})" if more > 0 else titles
