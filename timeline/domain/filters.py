"""Which events the user is looking at: a country pair or one country against all, kinds,
a period, free text and statuses. The store turns it into SQL; the rules live here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Participant, Place
from timeline.domain.kinds import EventKind
from timeline.domain.messages import Figures, message
from timeline.domain.normalize import normalize, search_terms
from timeline.domain.status import EventStatus

#: The normal form of one text of an event. Imported events repeat most of theirs (titles
#: built from the kind and the countries, cities, outlets), so each is folded once.
_normal_part = lru_cache(maxsize=1 << 14)(normalize)


def search_text_of(event: Event) -> str:
    """Everything a text search looks at — titles, summary, place and people (every form of
    their names), sources, tags — in normal form. The store keeps it in an indexed column;
    queries are normalised the same way."""
    return search_text(event, event.place, event.participants)


def search_text(event: Event, place: Place, people: Sequence[Participant]) -> str:
    """The search text of ``event`` with ``place`` and ``people`` for its own: those an
    import completes (timeline.domain.places), without a copy of the whole event."""
    parts = [event.title_ar, event.title_en, event.title_fr, event.summary, place.city]
    parts += place.city_forms.values()
    for person in people:
        parts += [person.name, person.office, *person.name_forms.values()]
        parts += person.office_forms.values()
    for source in event.sources:
        parts += [source.outlet, source.url]
    parts += event.tags
    # A form is often the stored text again (Rabat, Rabat, Rabat): fold each text once.
    # Folding stops at spaces, so the texts' normal forms joined are the joined text's.
    return " ".join(filter(None, map(_normal_part, dict.fromkeys(filter(None, parts)))))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """A selection of events. ``countries`` holds one country (against all its partners) or
    two (a pair, unordered); events with more countries match when all are among them."""

    countries: frozenset[str] = frozenset()
    kinds: frozenset[EventKind] = frozenset()
    start: date | None = None
    end: date | None = None
    text: str = ""
    #: The statuses shown; empty shows every one (the window leaves out cancelled events).
    statuses: frozenset[EventStatus] = frozenset()

    def __post_init__(self) -> None:
        if len(self.countries) > 2:
            raise ValidationError("countries", message("filter.too_many_countries"))
        if self.start and self.end and self.end < self.start:
            # Days, not text quoted as typed (--to 2025-02 ends on the 28th): in the reader's
            # digits, as the filter bar and --from read them back.
            end, start = Figures(self.end.isoformat()), Figures(self.start.isoformat())
            raise ValidationError("period", message("filter.period_reversed", end=end, start=start))

    @classmethod
    def pair(cls, first: str, second: str) -> EventFilter:
        if first == second:
            raise ValidationError("countries", message("filter.pair_needs_two", country=first))
        return cls(countries=frozenset((first, second)))

    def matches(self, event: Event) -> bool:
        """The reference semantics the store's query must agree with."""
        terms = search_terms(self.text)
        if terms and not all(term in search_text_of(event) for term in terms):
            return False
        if not self.countries <= set(event.countries):
            return False
        if self.kinds and event.kind not in self.kinds:
            return False
        if self.statuses and event.status not in self.statuses:
            return False
        return event.date.overlaps(self.start, self.end)
