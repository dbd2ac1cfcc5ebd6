"""Our JSON: the record form of :mod:`timeline.domain.records` in a small envelope.

``{"format": "diplomatic-timeline/events", "version": 1, "agreements": [...], "events":
[...]}``, one event per line, each record optionally with its ``source_key`` and the
``links`` going out of it (to the ``id`` of another record of the file); ``agreements``
describes the agreements the events are steps of, before them. A bare array of records is
read too. Reading streams the array, so a file of any size imports in bounded memory.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from timeline.domain.agreements import Agreement
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.messages import message
from timeline.domain.origin import given_key
from timeline.domain.records import (
    agreement_from_record,
    agreement_to_record,
    from_record,
    links_from_record,
    links_to_record,
    to_record,
)
from timeline.io.formats.jsonstream import JsonCursor
from timeline.io.identity import content_key
from timeline.io.rows import OUTSIDE_SCOPE, ImportFileError, Parsed, Rejection, Row, doubted
from timeline.io.threads import NO_THREADS, Threads

FORMAT = "diplomatic-timeline/events"
VERSION = 1
FIRST_VERSION = 1  # the oldest this app reads


def write(handle: TextIO, events: Iterable[Event], threads: Threads = NO_THREADS) -> None:
    handle.write(f'{{"format": "{FORMAT}", "version": {VERSION}, ')
    if threads.agreements:
        handle.write('"agreements": [')
        records = (agreement_to_record(a) for a in threads.agreements.values())
        handle.write(",".join("\n" + json.dumps(r, ensure_ascii=False) for r in records))
        handle.write("\n],\n")
    handle.write('"events": [')
    separator = "\n"
    for event in events:
        record = to_record(event)
        if event.id is not None and threads.links.get(event.id):
            record["links"] = links_to_record(threads.links[event.id], event.id)
        if event.source_key is not None:
            record["source_key"] = event.source_key
        handle.write(separator + json.dumps(record, ensure_ascii=False))
        separator = ",\n"
    handle.write("\n]}\n")


def _check_envelope(cursor: JsonCursor, key: str, value: Any) -> None:
    if key == "format" and value != FORMAT:
        raise cursor.fail(message("import.wrong_envelope", found=value, expected=FORMAT))
    if key == "version" and not (isinstance(value, int) and FIRST_VERSION <= value <= VERSION):
        versions = {"first": FIRST_VERSION, "newest": VERSION}
        raise cursor.fail(message("import.unreadable_version", version=repr(value), **versions))


def _agreements(cursor: JsonCursor, found: dict[str, Agreement]) -> None:
    """Read the envelope's ``agreements`` into ``found``; a bad one refuses the file (the
    events that are its steps would have nothing to join)."""
    for number, (line, value) in enumerate(cursor.elements(), start=1):
        try:
            agreement = agreement_from_record(value)
        except ValidationError as error:
            bad = message(
                "import.bad_agreement", number=number, field=error.field, reason=error.detail
            )
            raise ImportFileError(cursor.label, bad, line) from None
        found[agreement.id] = agreement


def _records(cursor: JsonCursor, agreements: dict[str, Agreement]) -> Iterator[tuple[int, Any]]:
    """The records of an envelope or of a bare array; the envelope's agreements go into
    ``agreements`` as they are met."""
    if cursor.peek() == "[":
        yield from cursor.elements()
    else:
        cursor.take("{")
        found = False
        while cursor.peek() != "}":
            key = cursor.value()
            if not isinstance(key, str):
                raise cursor.fail(message("import.json_key_not_text"))
            cursor.take(":")
            if key == "events":
                found = True
                yield from cursor.elements()
            elif key == "agreements":
                _agreements(cursor, agreements)
            else:
                _check_envelope(cursor, key, cursor.value())
            if cursor.peek() != ",":
                break
            cursor.take(",")
        cursor.take("}")
        if not found:
            raise cursor.fail(message("import.no_events_list"))
    if cursor.peek() is not None:
        raise cursor.fail(message("import.json_text_after_end"))


#: The fields of a record; any other is refused, as an unknown CSV column is, so that a
#: misspelt field never loses its data unseen.
FIELDS = frozenset(
    (
        "id", "kind", "countries", "host", "date", "title_ar", "title_en", "title_fr",
        "summary", "place", "participants", "sources", "tags", "status", "agreement",
        "agreement_step", "agreement_party", "links", "source_key",
    )
)  # fmt: skip


def _parse(
    label: str, line: int, record: Any, scope: frozenset[str], agreements: dict[str, Agreement]
) -> Row:
    unknown = sorted(set(record) - FIELDS) if isinstance(record, dict) else []
    if unknown:
        known = ", ".join(sorted(FIELDS))
        return Rejection(label, line, unknown[0], message("import.unknown_field", known=known))
    try:
        event = from_record(record)
        key = given_key(record.get("source_key")) or content_key(event)
        links = tuple(links_from_record(record))
    except ValidationError as error:
        return Rejection(label, line, error.field, error.detail)
    if not scope <= set(event.countries):
        return OUTSIDE_SCOPE
    agreement = agreements.get(event.agreement_id) if event.agreement_id else None
    return Parsed(line, key, event, agreement, links, doubted(label, line, event))


def read(stream: BinaryIO, label: str, scope: frozenset[str]) -> Iterator[Row]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig")
    cursor = JsonCursor(text, label)
    agreements: dict[str, Agreement] = {}
    try:
        for line, record in _records(cursor, agreements):
            yield _parse(label, line, record, scope, agreements)
    except UnicodeDecodeError:
        raise ImportFileError(label, message("import.file_not_utf8")) from None
    finally:
        text.detach()
