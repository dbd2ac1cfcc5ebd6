"""Places in Arabic, English and French, from the bundled table ``resources/data/places.csv``.

The table holds every UN member state's capital and the frequent venues of diplomacy, each in
its three forms (and other spellings people use). Any one form, folded as search folds text
(timeline.domain.normalize), finds the other two, so a place typed or imported in one
language is filled in for the briefings in the others. A researcher adds a place by adding a
row; no code changes.

The same completion runs wherever events enter the database — saving, importing, upgrading
an old file — so the forms a briefing needs are there whatever path the event took.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, fields
from functools import cache, lru_cache

from timeline.domain.event import Event, Forms, Participant, Place
from timeline.domain.normalize import normalize
from timeline.locations import resources_dir

#: The Arabic block, U+0600 to U+06FF.
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """One row of the table: a city in its three forms, the country it is in (None for a
    place whose country the table does not state) and whether it is a capital."""

    forms: Forms
    country: str | None
    capital: bool
    also: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        return (*self.forms.values(), *self.also)


@cache
def known_places() -> tuple[KnownPlace, ...]:
    """Every row of the table, in its order."""
    path = resources_dir() / "data" / "places.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            KnownPlace(
                Forms(row["ar"].strip(), row["en"].strip(), row["fr"].strip()),
                row["country"].strip() or None,
                row["kind"].strip() == "capital",
                tuple(part.strip() for part in row["also"].split("|") if part.strip()),
            )
            for row in csv.DictReader(handle)
        )


@cache
def _index() -> dict[str, tuple[KnownPlace, ...]]:
    found: dict[str, list[KnownPlace]] = {}
    for place in known_places():
        for key in {normalize(spelling) for spelling in place.spellings()}:
            found.setdefault(key, []).append(place)
    return {key: tuple(places) for key, places in found.items()}


@lru_cache(maxsize=8192)  # imports repeat a few cities many times; bounded for a million
def find_place(name: str, country: str | None = None) -> KnownPlace | None:
    """The table's place spelled ``name`` in any of its forms, in ``country`` when one is
    given (Victoria in Canada is not the Seychelles' capital); None when the table does not
    know it for sure."""
    candidates = _index().get(normalize(name), ())
    if country is not None:
        candidates = tuple(place for place in candidates if place.country in (country, None))
    return candidates[0] if len(candidates) == 1 else None


def is_arabic(text: str) -> bool:
    """True when the text has Arabic letters: it can only be the Arabic form."""
    return _ARABIC_LETTER.search(text) is not None


def with_script(stored: str, forms: Forms) -> Forms:
    """A stored form in Arabic letters is the Arabic form; Latin ones may be English or
    French, so they stay only the stored form unless the table says which they are."""
    if stored and not forms.ar and is_arabic(stored):
        return Forms(stored, forms.en, forms.fr)
    return forms


@lru_cache(maxsize=4096)  # an import meets the same few cities again and again
def complete_city(place: Place) -> Place:
    """``place`` with its empty forms filled from its script and from the table."""
    if not place.city:
        return place
    forms = with_script(place.city, place.city_forms)
    for spelling in (place.city, *forms.values()):
        known = find_place(spelling, place.country) if spelling else None
        if known is not None:
            forms = forms.filled_from(known.forms)
            break
    return place if forms == place.city_forms else Place(place.city, place.country, forms)


@lru_cache(maxsize=4096)  # the same people attend event after event
def complete_participant(person: Participant) -> Participant:
    """``person`` with an Arabic stored name or office also set as its Arabic form."""
    names = with_script(person.name, person.name_forms)
    offices = with_script(person.office, person.office_forms)
    if (names, offices) == (person.name_forms, person.office_forms):
        return person
    return Participant(person.name, person.office, person.country, names, offices)


# Objects are built directly rather than with dataclasses.replace, which costs several times
# more: an import completes every one of a million events.
_EVENT_FIELDS = tuple(field.name for field in fields(Event))


def _with_forms(event: Event, place: Place, people: tuple[Participant, ...]) -> Event:
    """``event`` with another place and people: a copy field by field (4 µs; replace takes 11,
    running __init__ and __post_init__ for a valid event that has nothing to normalise)."""
    copy = object.__new__(Event)
    for name in _EVENT_FIELDS:
        object.__setattr__(copy, name, getattr(event, name))
    object.__setattr__(copy, "place", place)
    object.__setattr__(copy, "participants", people)
    return copy


def complete(event: Event) -> Event:
    """``event`` with the forms of its place and people filled in where they can be known."""
    place = complete_city(event.place)
    people = tuple(complete_participant(person) for person in event.participants)
    if place == event.place and people == event.participants:
        return event
    return _with_forms(event, place, people)
