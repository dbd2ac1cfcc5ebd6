"""The identity of an imported row, kept in ``events.source_key``.

Re-importing a file must add nothing, so every imported event carries a key naming its
origin: the data set and its own id (``gdelt:1187390543``, ``icews:26875230:2025-02-28``,
``plover:…``), or for our own files a digest of the row's content, its original ``id``
included when it has one, so that two identical events of one database stay two
(``native:…``). A key our own export wrote is kept as it is, so a GDELT event that travels
through a CSV file still meets its twin when the GDELT file is imported.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.origin import MAX_KEY_LENGTH
from timeline.domain.records import participant_record, place_record
from timeline.domain.status import EventStatus


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=20).hexdigest()


def source_key(prefix: str, ident: str) -> str:
    """``prefix:ident``, or a digest of ``ident`` when that would not fit the column."""
    key = f"{prefix}:{ident}"
    return key if len(key) <= MAX_KEY_LENGTH else f"{prefix}#{_digest(ident)}"


#: What ``json.dumps(record, sort_keys=True, ensure_ascii=False)`` builds on every call, once,
#: and without its look for cycles (a fresh record has none): the same text, a quarter sooner.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, check_circular=False)
#: A text as _CANONICAL writes it (its C function).
_quoted = json.encoder.encode_basestring


# The parts that events of a file share, each written once (events hold the same objects).
@lru_cache(maxsize=4096)
def _place_text(place: Place) -> str:
    return _CANONICAL.encode(place_record(place))


@lru_cache(maxsize=4096)
def _participant_text(person: Participant) -> str:
    return _CANONICAL.encode(participant_record(person))


def _source_text(source: Source) -> str:
    """``_CANONICAL.encode(source_record(source))``, written key by key in their sorted
    order: a source is most often an event's own (its address), so nothing to cache, and the
    encoder's set-up for a list of dictionaries cost more than the text (3 µs a row)."""
    published = source.published
    return (
        '{"outlet": '
        + _quoted(source.outlet)
        + ', "published": '
        + (_quoted(published.isoformat()) if published else "null")
        + ', "url": '
        + _quoted(source.url)
        + "}"
    )


@lru_cache(maxsize=1 << 14)
def _date_text(when: EventDate) -> str:
    return _quoted(when.to_edtf())


@lru_cache(maxsize=4096)
def _texts(texts: tuple[str, ...]) -> str:
    return _CANONICAL.encode(list(texts))


def _canonical(event: Event) -> str:
    """``_CANONICAL.encode(to_record(event))``, byte for byte, written here key by key in
    their sorted order, the shared parts from their caches: a third of the time."""
    parts = []
    if event.agreement_id is not None:
        parts.append('"agreement": ' + _quoted(event.agreement_id))
    if event.agreement_party is not None:
        parts.append('"agreement_party": ' + _quoted(event.agreement_party))
    if event.agreement_step is not None:
        parts.append('"agreement_step": ' + _quoted(event.agreement_step.value))
    parts += ['"countries": ' + _texts(event.countries), '"date": ' + _date_text(event.date)]
    if event.host is not None:
        parts.append('"host": ' + _quoted(event.host))
    if event.id is not None:
        parts.append('"id": ' + _CANONICAL.encode(event.id))
    people = ", ".join(map(_participant_text, event.participants))
    sources = ", ".join(map(_source_text, event.sources))
    parts += [
        '"kind": ' + _quoted(event.kind.value),
        f'"participants": [{people}]',
        '"place": ' + _place_text(event.place),
        f'"sources": [{sources}]',
    ]
    if event.status is not EventStatus.HELD:
        parts.append('"status": ' + _quoted(event.status.value))
    parts += [
        '"summary": ' + _quoted(event.summary),
        '"tags": ' + _texts(event.tags),
        '"title_ar": ' + _quoted(event.title_ar),
        '"title_en": ' + _quoted(event.title_en),
        '"title_fr": ' + _quoted(event.title_fr),
    ]
    return "{" + ", ".join(parts) + "}"


def content_key(event: Event) -> str:
    """The same for the same row (content and original id), whichever file or format.
    Stored keys depend on it byte for byte: a changed key would import a row again."""
    return "native:" + _digest(_canonical(event))
