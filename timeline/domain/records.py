"""The native record form of an event (plain dicts, the shape of our JSON files).

Reading checks every field and says which one is wrong; writing is its exact inverse, so a
round trip loses nothing: precision, "within" windows, participants, sources and tags, and
the Arabic, English and French forms of places, names and offices (``city_ar``, ``name_fr``…,
absent from older files), the status (absent when held, as in older files) and the
agreement the event is a step of (absent when none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Any

from timeline.domain.agreements import (
    Agreement,
    parse_agreement_id,
    parse_agreement_kind,
    parse_agreement_step,
)
from timeline.domain.countries import parse_countries, parse_country
from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.kinds import parse_kind
from timeline.domain.languages import LANGUAGES
from timeline.domain.links import EventLink, LinkKind, parse_link_kind
from timeline.domain.messages import message
from timeline.domain.status import EventStatus, parse_status

Record = dict[str, Any]
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A file repeats its dates, places and people: each is built once from its checked texts
#: (none of them ever changes, so events may share one).
event_date = lru_cache(maxsize=1 << 14)(EventDate.from_edtf)
_place = lru_cache(maxsize=4096)(Place)
_participant = lru_cache(maxsize=4096)(Participant)


def place_record(place: Place) -> Record:
    """A place as an event's record holds it."""
    return {"city": place.city, **_forms_record("city", place.city_forms), "country": place.country}


def participant_record(person: Participant) -> Record:
    """A person as an event's record holds them."""
    return {
        "name": person.name,
        **_forms_record("name", person.name_forms),
        "office": person.office,
        **_forms_record("office", person.office_forms),
        "country": person.country,
    }


def source_record(source: Source) -> Record:
    """A source as an event's record holds it."""
    published = source.published
    return {
        "url": source.url,
        "outlet": source.outlet,
        "published": published.isoformat() if published else None,
    }


def to_record(event: Event) -> Record:
    record: Record = {
        "kind": event.kind.value,
        "countries": list(event.countries),
        "date": event.date.to_edtf(),
        "title_ar": event.title_ar,
        "title_en": event.title_en,
        "title_fr": event.title_fr,
        "summary": event.summary,
        "place": place_record(event.place),
        "participants": [participant_record(p) for p in event.participants],
        "sources": [source_record(s) for s in event.sources],
        "tags": list(event.tags),
    }
    if event.host is not None:
        record["host"] = event.host
    if event.status is not EventStatus.HELD:
        # Held, the default, is left out: an event's record (and the identity digest of an
        # imported row) reads as it did before events had a status.
        record["status"] = event.status.value
    if event.agreement_id is not None:
        # Like the status: absent from events of no agreement, as in older files.
        record["agreement"] = event.agreement_id
    if event.agreement_step is not None:
        record["agreement_step"] = event.agreement_step.value
    if event.agreement_party is not None:
        record["agreement_party"] = event.agreement_party
    if event.id is not None:
        record = {"id": event.id, **record}
    return record


#: ``city_ar``, ``city_en``, ``city_fr`` (and ``name_…``, ``office_…``), spelt once: the
#: record's keys of a place's and a person's forms, in the order of LANGUAGES.
FORM_KEYS = {
    prefix: tuple(f"{prefix}_{language}" for language in LANGUAGES)
    for prefix in ("city", "name", "office")
}


def _forms_record(prefix: str, forms: Forms) -> Record:
    """``city_ar``, ``city_en``, ``city_fr`` (or ``name_…``, ``office_…``): every form."""
    ar, en, fr = FORM_KEYS[prefix]
    return {ar: forms.ar, en: forms.en, fr: forms.fr}


def _forms(record: Record, prefix: str) -> Forms:
    ar, en, fr = FORM_KEYS[prefix]
    return Forms(_text(record, ar), _text(record, en), _text(record, fr))


def _text(record: Record, key: str) -> str:
    value = record.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(key, message("record.expected_text", found=type(value).__name__))
    return value


def _list(record: Record, key: str) -> list[Any]:
    value = record.get(key) or []
    if not isinstance(value, list):
        raise ValidationError(key, message("record.expected_list", found=type(value).__name__))
    return value


def _object(value: Any, field: str) -> Record:
    if not isinstance(value, dict):
        raise ValidationError(field, message("record.expected_object", found=type(value).__name__))
    return value


def _optional_country(value: Any, field: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValidationError(field, message("country.expected_code"))
    return parse_country(value, field)


def optional_day(value: Any, field: str) -> date | None:
    """An ISO day written ``YYYY-MM-DD`` (not the other forms ``date.fromisoformat``
    takes, such as ``20250219``) or nothing; a ValidationError names ``field``."""
    if value in (None, ""):
        return None
    text = str(value)
    try:
        if _ISO_DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValidationError(field, message("date.not_a_day", text=text))


def agreement_fields(agreement: str, step: str, party: str | None) -> dict[str, Any]:
    """An event's agreement fields as read from a file (empty text: none), checked."""
    return {
        "agreement_id": parse_agreement_id(agreement) if agreement.strip() else None,
        "agreement_step": parse_agreement_step(step) if step.strip() else None,
        "agreement_party": party,
    }


def participants_from_record(items: list[Any]) -> tuple[Participant, ...]:
    """A record's ``participants``, checked; a ValidationError names ``participants[n]``."""
    participants = []
    for number, item in enumerate(items, start=1):
        field = f"participants[{number}]"
        item = _object(item, field)
        participants.append(
            _participant(
                _text(item, "name"),
                _text(item, "office"),
                _optional_country(item.get("country"), field),
                _forms(item, "name"),
                _forms(item, "office"),
            )
        )
    return tuple(participants)


def sources_from_record(items: list[Any]) -> tuple[Source, ...]:
    """A record's ``sources``, checked; a ValidationError names ``sources[n]``."""
    sources = []
    for number, item in enumerate(items, start=1):
        field = f"sources[{number}]"
        item = _object(item, field)
        sources.append(
            Source(
                url=_text(item, "url"),
                outlet=_text(item, "outlet"),
                published=optional_day(item.get("published"), field),
            )
        )
    return tuple(sources)


def place_from_record(place: Record) -> Place:
    """A record's ``place`` (an object), checked; a ValidationError names ``place``."""
    return _place(
        _text(place, "city"),
        _optional_country(place.get("country"), "place"),
        _forms(place, "city"),
    )


def from_record(record: Any) -> Event:
    """Build and validate an event; a ValidationError names the offending field."""
    record = _object(record, "event")
    countries = parse_countries(str(code) for code in _list(record, "countries"))
    place = _object(record.get("place") or {}, "place")
    participants = participants_from_record(_list(record, "participants"))
    sources = sources_from_record(_list(record, "sources"))
    tags = _list(record, "tags")
    if not all(isinstance(tag, str) for tag in tags):
        raise ValidationError("tags", message("record.tags_must_be_text"))
    event_id = record.get("id")
    if event_id is not None and (not isinstance(event_id, int) or event_id < 1):
        raise ValidationError("id", message("record.not_a_positive_number", value=event_id))
    event = Event(
        id=event_id,
        kind=parse_kind(_text(record, "kind")),
        countries=countries,
        date=event_date(_text(record, "date")),
        title_ar=_text(record, "title_ar"),
        title_en=_text(record, "title_en"),
        title_fr=_text(record, "title_fr"),
        summary=_text(record, "summary"),
        host=_optional_country(record.get("host"), "host"),
        place=place_from_record(place),
        participants=participants,
        sources=sources,
        tags=tuple(tags),
        status=parse_status(_text(record, "status") or EventStatus.HELD.value),
        **agreement_fields(
            _text(record, "agreement"),
            _text(record, "agreement_step"),
            _optional_country(record.get("agreement_party"), "agreement_party"),
        ),
    )
    return event.ensure_valid()


def agreement_to_record(agreement: Agreement) -> Record:
    """An agreement as our JSON files hold it, beside their events."""
    return {
        "id": agreement.id,
        "kind": agreement.kind.value,
        "parties": list(agreement.parties),
        "title_ar": agreement.title_ar,
        "title_en": agreement.title_en,
        "title_fr": agreement.title_fr,
    }


def agreement_from_record(record: Any) -> Agreement:
    """Build and validate an agreement; a ValidationError names the offending field."""
    record = _object(record, "agreement")
    parties = parse_countries((str(code) for code in _list(record, "parties")), "parties")
    return Agreement(
        id=parse_agreement_id(_text(record, "id"), "id"),
        kind=parse_agreement_kind(_text(record, "kind")),
        parties=parties,
        title_ar=_text(record, "title_ar"),
        title_en=_text(record, "title_en"),
        title_fr=_text(record, "title_fr"),
    ).ensure_valid()


def links_to_record(links: Iterable[EventLink], source: int) -> list[Record]:
    """The links going out of the event ``source``, as its record's ``links``:
    ``[{"kind": "on-sidelines-of", "to": 6}]``."""
    return [{"kind": link.kind.value, "to": link.target} for link in links if link.source == source]


def links_from_record(record: Record) -> list[tuple[LinkKind, int]]:
    """The links a record says go out of its event, as (kind, id of the target in the same
    file); ValidationError names the link."""
    found = []
    for number, item in enumerate(_list(record, "links"), start=1):
        field = f"links[{number}]"
        item = _object(item, field)
        target = item.get("to")
        if not isinstance(target, int) or isinstance(target, bool) or target < 1:
            raise ValidationError(field, message("record.not_a_positive_number", value=target))
        if target == record.get("id"):
            raise ValidationError(field, message("link.to_itself", event=target))
        found.append((parse_link_kind(_text(item, "kind"), field), target))
    return found
