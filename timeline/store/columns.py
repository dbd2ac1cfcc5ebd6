"""The one mapping from an event to the columns of its rows, for the ORM and for imports.

Saving one event (the repository) and importing a million (the bulk writer) store the same
values: both take them from here, by column name, so a new column is added in one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from timeline.domain.event import Event, Participant
from timeline.domain.filters import search_text_of
from timeline.domain.languages import LANGUAGES
from timeline.domain.places import complete


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


def event_values(event: Event) -> EventValues:
    """The row of ``event``, already completed (:func:`timeline.domain.places.complete`)."""
    place = event.place
    return EventValues(
        kind=event.kind.value,
        date_edtf=event.date.to_edtf(),
        start_day=event.date.earliest(),
        end_day=event.date.latest(),
        title_ar=event.title_ar,
        title_en=event.title_en,
        title_fr=event.title_fr,
        summary=event.summary,
        host=event.host,
        status=event.status.value,
        agreement_id=event.agreement_id,
        agreement_step=event.agreement_step.value if event.agreement_step else None,
        agreement_party=event.agreement_party,
        place_city=place.city,
        place_city_ar=place.city_forms.ar,
        place_city_en=place.city_forms.en,
        place_city_fr=place.city_forms.fr,
        place_country=place.country,
        search_text=search_text_of(event),
    )


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


class EventRows(NamedTuple):
    """Everything an import writes of one event but its id (chosen when it is written):
    plain values, cheap to send from a reading process to the writing one."""

    values: EventValues
    countries: tuple[str, ...]
    participants: list[tuple[int, *tuple[str | None, ...]]]  # position, PARTICIPANT_COLUMNS
    sources: list[tuple[int, str, str, date | None]]  # position, SOURCE_COLUMNS
    tags: list[tuple[int, str]]  # position, tag


def event_rows(event: Event) -> EventRows:
    """The rows of ``event`` with the forms of its place and people completed."""
    event = complete(event)  # the forms the table or the script give
    # Most imported events have no people or tags: no generator made for nothing.
    return EventRows(
        event_values(event),
        event.countries,
        [(n, *values) for n, values in participant_rows(event)] if event.participants else [],
        [(n, *values) for n, values in source_rows(event)] if event.sources else [],
        list(enumerate(event.tags)) if event.tags else [],
    )
