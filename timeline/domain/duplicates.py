"""Possible duplicates: the same pair, the same kind, overlapping dates, a similar title.

Researchers often record the same visit twice from two sources. The check is cheap and
conservative; the person decides: keep both, merge, or go back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher
from typing import TypeVar

from timeline.domain.event import Event, Forms, Participant, Place
from timeline.domain.filters import EventFilter
from timeline.domain.languages import LANGUAGES
from timeline.domain.normalize import normalize

SIMILAR = 0.6  # title similarity (0..1) from which two events look like one


T = TypeVar("T")


def title_similarity(first: Event, second: Event) -> float:
    """The best similarity of their normalised titles in any language both have."""
    best = 0.0
    for language in LANGUAGES:
        a = normalize(getattr(first, f"title_{language}"))
        b = normalize(getattr(second, f"title_{language}"))
        if a and b:
            best = max(best, SequenceMatcher(None, a, b).ratio())
    return best


def looks_like(candidate: Event, existing: Event) -> bool:
    if existing.id is not None and existing.id == candidate.id:
        return False
    if candidate.kind is not existing.kind or set(candidate.countries) != set(existing.countries):
        return False
    overlap = candidate.date.overlaps(existing.date.earliest(), existing.date.latest())
    return overlap and title_similarity(candidate, existing) >= SIMILAR


def candidates_filter(candidate: Event) -> EventFilter:
    """What to read of the stored events to find ``candidate``'s duplicates among them:
    those of its kind, between its first two countries, within its dates."""
    return EventFilter(
        countries=frozenset(candidate.countries[:2]),
        kinds=frozenset({candidate.kind}),
        start=candidate.date.earliest(),
        end=candidate.date.latest(),
    )


def possible_duplicates(candidate: Event, existing: Iterable[Event]) -> list[Event]:
    """Existing events that look like ``candidate``, most similar first."""
    found = [event for event in existing if looks_like(candidate, event)]
    return sorted(found, key=lambda event: -title_similarity(candidate, event))


def _spellings(stored: str, forms: Forms) -> set[str]:
    return {normalize(text) for text in (stored, *forms.values()) if text}


def _merged_place(kept: Place, other: Place) -> Place:
    """``kept``, or ``other`` if kept is empty; the same city spelled in both gains the
    forms only ``other`` has."""
    if not kept:
        return other
    if _spellings(kept.city, kept.city_forms) & _spellings(other.city, other.city_forms):
        return replace(kept, city_forms=kept.city_forms.filled_from(other.city_forms))
    return kept


def _merged_people(
    kept: tuple[Participant, ...], other: tuple[Participant, ...]
) -> tuple[Participant, ...]:
    """``kept``'s participants, then ``other``'s new ones; a person in both (one spelling of
    the name in common) is listed once, with the forms of name and office either gives."""
    people = list(kept)
    for person in other:
        names = _spellings(person.name, person.name_forms)
        same = next(
            (n for n, p in enumerate(people) if names & _spellings(p.name, p.name_forms)), None
        )
        if same is None:
            people.append(person)
            continue
        known = people[same]
        people[same] = replace(
            known,
            office=known.office or person.office,
            country=known.country or person.country,
            name_forms=known.name_forms.filled_from(person.name_forms),
            office_forms=known.office_forms.filled_from(person.office_forms),
        )
    return tuple(people)


def merge(kept: Event, other: Event) -> Event:
    """``kept`` with what only ``other`` knows added: missing titles, summary and place (and
    forms of its city), the participants it does not have yet (and forms of the names and
    offices of those it has), the sources and tags it does not have yet. Identity stays
    ``kept``'s."""

    def union(first: tuple[T, ...], second: tuple[T, ...]) -> tuple[T, ...]:
        return first + tuple(item for item in second if item not in first)

    return replace(
        kept,
        title_ar=kept.title_ar or other.title_ar,
        title_en=kept.title_en or other.title_en,
        title_fr=kept.title_fr or other.title_fr,
        summary=kept.summary or other.summary,
        host=kept.host or other.host,
        place=_merged_place(kept.place, other.place),
        participants=_merged_people(kept.participants, other.participants),
        sources=union(kept.sources, other.sources),
        tags=union(kept.tags, other.tags),
    )
