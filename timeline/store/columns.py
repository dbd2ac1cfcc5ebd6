"""The one mapping from an event to the columns of its rows, for the ORM and for imports.

Saving one event (the repository) and importing a million (the bulk writer) store the same
values: both take them from here, by column name, so a new column is added in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any, NamedTuple

from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Participant, Place
from timeline.domain.filters import search_text
from timeline.domain.languages import LANGUAGES
from timeline.domain.places import complete_city, complete_participant


class EventValues(NamedTuple):
    """An ``events`` row but its id, version, times and source key, named as its columns."""

    kind: str
    date_edtf: str
    start_day: date
    end_day: date
    title_ar: str
    title_en: str
    title_fr: str
    summary: str
    host: str | None
    status: str
    agreement_id: str | None
    agreement_step: str | None
    agreement_party: str | None
    place_city: str
    place_city_ar: str
    place_city_en: str
    place_city_fr: str
    place_country: str | None
    search_text: str


def _values(
    event: Event,
    place: Place,
    people: Sequence[Participant],
    dates: Callable[[EventDate], tuple[str, Any, Any]],
) -> tuple:
    """The values of EventValues for ``event`` with ``place`` and ``people`` for its own, in
    order, its date as ``dates`` gives it (EDTF, earliest day, latest day)."""
    city = place.city_forms
    step = event.agreement_step
    return (
        event.kind.value,
        *dates(event.date),
        event.title_ar,
        event.title_en,
        event.title_fr,
        event.summary,
        event.host,
        event.status.value,
        event.agreement_id,
        step.value if step else None,
        event.agreement_party,
        place.city,
        city.ar,
        city.en,
        city.fr,
        place.country,
        search_text(event, place, people),
    )


def _dates(when: EventDate) -> tuple[str, date, date]:
    return when.to_edtf(), when.earliest(), when.latest()


@lru_cache(maxsize=1 << 14)  # a file's events fall on a few thousand dates
def _stored_dates(when: EventDate) -> tuple[str, str, str]:
    """A date's columns with its days as the text SQLAlchemy writes for them."""
    return when.to_edtf(), when.earliest().isoformat(), when.latest().isoformat()


def event_values(event: Event) -> EventValues:
    """The row of ``event``, already completed (:func:`timeline.domain.places.complete`)."""
    return EventValues(*_values(event, event.place, event.participants, _dates))


#: A participant's columns but its event and position, in the order participant_columns gives.
PARTICIPANT_COLUMNS = (
    "name",
    "office",
    "country",
    *(f"name_{language}" for language in LANGUAGES),
    *(f"office_{language}" for language in LANGUAGES),
)
SOURCE_COLUMNS = ("url", "outlet", "published")


def participant_columns(person: Participant) -> tuple[str | None, ...]:
    """The values of PARTICIPANT_COLUMNS for ``person``."""
    return (
        person.name,
        person.office,
        person.country,
        *person.name_forms.values(),
        *person.office_forms.values(),
    )


def participant_rows(event: Event) -> Iterator[tuple[int, tuple[str | None, ...]]]:
    """``(position, values of PARTICIPANT_COLUMNS)`` for each participant of ``event``."""
    return ((n, participant_columns(p)) for n, p in enumerate(event.participants))


def source_rows(event: Event) -> Iterator[tuple[int, tuple[str, str, date | None]]]:
    """``(position, values of SOURCE_COLUMNS)`` for each source of ``event``."""
    return ((n, (s.url, s.outlet, s.published)) for n, s in enumerate(event.sources))


#: The columns of an ``events`` row as :meth:`StoredRows.add` makes it.
EVENT_ROW_COLUMNS = (
    "id",
    *EventValues._fields,
    "version",
    "created_at",
    "updated_at",
    "source_key",
)
#: The columns of the rows beside it, in the order of their tuples.
COUNTRY_ROW_COLUMNS = ("event_id", "country")
PARTICIPANT_ROW_COLUMNS = ("event_id", "position", *PARTICIPANT_COLUMNS)
SOURCE_ROW_COLUMNS = ("event_id", "position", *SOURCE_COLUMNS)
TAG_ROW_COLUMNS = ("event_id", "position", "tag")


def stored_time(moment: datetime) -> str:
    """A time as the store keeps it (SQLite: the text SQLAlchemy writes; PostgreSQL reads it
    as the timestamp it is)."""
    return moment.isoformat(" ", "microseconds")


class StoredRows:
    """The rows an import writes for many events, each table's as plain tuples in the order
    of its columns (``*_ROW_COLUMNS``), days and times as the text the store keeps: cheap to
    send from a reading process, and written without a step of Python a row. The caller
    chooses each event's id."""

    __slots__ = ("countries", "events", "participants", "sources", "tags")

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.countries: list[tuple[int, str]] = []
        self.participants: list[tuple] = []
        self.sources: list[tuple] = []
        self.tags: list[tuple[int, int, str]] = []

    def __getstate__(self) -> tuple:
        return self.events, self.countries, self.participants, self.sources, self.tags

    def __setstate__(self, state: tuple) -> None:
        self.events, self.countries, self.participants, self.sources, self.tags = state

    def add(self, event_id: int, key: str, event: Event, now: str) -> None:
        """The rows of ``event``, stored as ``event_id`` under the source ``key``, made (and
        last changed) at ``now`` (:func:`stored_time`), with the forms of its place and
        people completed."""
        # The forms the table or the script give (as timeline.domain.places.complete).
        place = complete_city(event.place)
        people = tuple(map(complete_participant, event.participants)) if event.participants else ()
        values = _values(event, place, people, _stored_dates)
        self.events.append((event_id, *values, 1, now, now, key))
        # Plain loops: an event has a few of each, and a comprehension's call costs more than
        # the appends (0.6 µs an imported row).
        countries = self.countries
        for code in event.countries:
            countries.append((event_id, code))
        participants = self.participants
        for n, person in enumerate(people):
            participants.append((event_id, n, *participant_columns(person)))
        sources = self.sources
        for n, s in enumerate(event.sources):
            sources.append((event_id, n, s.url, s.outlet, s.published and s.published.isoformat()))
        tags = self.tags
        for n, tag in enumerate(event.tags):
            tags.append((event_id, n, tag))

    def without(self, event_ids: Collection[int]) -> StoredRows:
        """These rows but those of the events ``event_ids``."""
        kept = StoredRows()
        gone = set(event_ids)
        kept.events = [row for row in self.events if row[0] not in gone]
        kept.countries = [row for row in self.countries if row[0] not in gone]
        kept.participants = [row for row in self.participants if row[0] not in gone]
        kept.sources = [row for row in self.sources if row[0] not in gone]
        kept.tags = [row for row in self.tags if row[0] not in gone]
        return kept
