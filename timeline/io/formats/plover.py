"""PLOVER event records, one JSON object per line (the open successor of CAMEO).

The fields we read and write: ``id``, ``date``, ``enddate``, ``actor`` (also ``source``),
``recipient``, ``event``, ``mode``, ``context``, ``event_text``, ``text``, ``link``,
``coder``, ``coded_date`` and ``comment``; countries are ISO alpha-3 codes. PLOVER
event/mode pairs map to our kinds through :mod:`timeline.domain.kinds`. Our export adds one
field of its own, ``date_edtf``, so that imprecise dates and "within" windows survive a round
trip through our own import; other tools ignore it, as PLOVER allows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, BinaryIO, TextIO

from timeline.domain.countries import alpha3
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Source, is_web_url
from timeline.domain.kinds import EventKind
from timeline.domain.messages import message
from timeline.domain.origin import is_source_key
from timeline.domain.system_words import json_reason
from timeline.io.formats.jsonstream import TOO_LONG_A_NUMBER
from timeline.io.formats.reference import alpha2_by_code
from timeline.io.formats.text import numbered_lines
from timeline.io.formats.titles import generic_titles, titles_with
from timeline.io.identity import content_key, source_key
from timeline.io.rows import (
    NOT_BETWEEN_STATES,
    NOT_DIPLOMATIC,
    OUTSIDE_SCOPE,
    Parsed,
    Rejection,
    Row,
)

EVENTS = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "DEMAND", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
        "COERCE", "ASSAULT",
    }
)  # fmt: skip
#: PLOVER's codes for actors that are not states.
NON_STATE = frozenset({"IGO", "NGO", "ISM", "IMG", "MNC"})
CODER = "diplomatic-timeline"


@cache
def _kinds() -> dict[tuple[str, str], EventKind]:
    return {(kind.info.plover_event, kind.info.plover_mode): kind for kind in EventKind}


def _texts(record: dict[str, Any], field: str) -> list[str]:
    """A field that PLOVER allows as one text or a list of texts."""
    value = record.get(field)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(item, str) for item in values):
        raise ValidationError(field, message("import.expected_texts"))
    return [item.strip() for item in values if item.strip()]


def _actors(record: dict[str, Any], field: str) -> list[str]:
    """Actor codes given as "MAR", ["MAR", "KAZ"] or [{"code": "MAR"}]."""
    value = record.get(field)
    items = value if isinstance(value, list) else [] if value is None else [value]
    codes = []
    for item in items:
        code = item.get("code") if isinstance(item, dict) else item
        if not isinstance(code, str):
            raise ValidationError(field, message("import.expected_actor_codes"))
        if code.strip():
            codes.append(code.strip().upper())
    return codes


def _states(codes: list[str], field: str) -> list[str] | None:
    """Alpha-2 codes of the states; None when an actor is not a state (IGO, NGO…)."""
    known = alpha2_by_code()
    states = []
    for code in codes:
        if code in NON_STATE:
            return None
        if code not in known:
            raise ValidationError(field, message("import.unknown_alpha3", code=code))
        states.append(known[code])
    return states


def _kind(record: dict[str, Any]) -> EventKind | None:
    events = [event.upper() for event in _texts(record, "event")]
    if not events:
        raise ValidationError("event", message("import.is_missing"))
    for event in events:
        if event not in EVENTS:
            raise ValidationError("event", message("import.unknown_plover_event", event=event))
    modes = [mode.lower() for mode in _texts(record, "mode")] + [""]
    table = _kinds()
    for event in events:
        for mode in modes:
            if (event, mode) in table:
                return table[(event, mode)]
    return None


def _date(record: dict[str, Any]) -> EventDate:
    edtf = record.get("date_edtf")
    if isinstance(edtf, str) and edtf:
        return EventDate.from_edtf(edtf)
    start, end = record.get("date"), record.get("enddate")
    if not isinstance(start, str) or not start:
        raise ValidationError("date", message("import.day_missing"))
    first = FuzzyDate.parse(start)
    if end in (None, "", start):
        return EventDate(first)
    if not isinstance(end, str):
        raise ValidationError("enddate", message("import.expected_day"))
    try:
        return EventDate(first, FuzzyDate.parse(end))
    except ValidationError as error:
        raise ValidationError("enddate", error.detail) from None


def _event(record: dict[str, Any], scope: frozenset[str]) -> Event | Row:
    kind = _kind(record)
    if kind is None:
        return NOT_DIPLOMATIC
    actors = _states(_actors(record, "actor") or _actors(record, "source"), "actor")
    recipients = _states(_actors(record, "recipient"), "recipient")
    if actors is None or recipients is None:
        return NOT_BETWEEN_STATES
    countries = tuple(dict.fromkeys(actors + recipients))
    if not scope <= set(countries):
        return OUTSIDE_SCOPE
    date = _date(record)
    title_ar, title_en, title_fr = titles_with(
        " ".join(_texts(record, "event_text")), generic_titles(kind, countries)
    )
    link = " ".join(_texts(record, "link"))
    host = recipients[0] if kind is EventKind.OFFICIAL_VISIT and len(recipients) == 1 else None
    return Event(
        kind=kind,
        countries=countries,
        date=date,
        title_ar=title_ar,
        title_en=title_en,
        title_fr=title_fr,
        summary=" ".join(_texts(record, "text")),
        host=host,
        sources=((Source(url=link) if is_web_url(link) else Source(outlet=link),) if link else ()),
        tags=tuple(_texts(record, "context")),
    ).ensure_valid()


def _key(record: dict[str, Any]) -> str:
    ident = record.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int) or str(ident).strip() == "":
        raise ValidationError("id", message("import.plover_id_missing"))
    text = str(ident).strip()
    return text if is_source_key(text) else source_key("plover", text)


def _row(record: Any, line: int, label: str, scope: frozenset[str]) -> Row:
    if not isinstance(record, dict):
        return Rejection(label, line, "record", message("import.expected_json_object"))
    try:
        key = _key(record)
        event = _event(record, scope)
    except ValidationError as error:
        return Rejection(label, line, error.field, error.detail)
    return Parsed(line, key, event) if isinstance(event, Event) else event


def read(stream: BinaryIO, label: str, scope: frozenset[str]) -> Iterator[Row]:
    for line, text in numbered_lines(stream):
        if text is None:
            yield Rejection(label, line, "line", message("import.not_utf8"))
            continue
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            bad = message("import.invalid_json", detail=json_reason(error.msg))
            yield Rejection(label, line, "line", bad)
            continue
        except RecursionError:
            yield Rejection(label, line, "line", message("import.json_too_deep"))
            continue
        except ValueError:  # an integer longer than Python converts (4,300 digits)
            yield Rejection(label, line, "line", TOO_LONG_A_NUMBER)
            continue
        yield _row(record, line, label, scope)


def _one_or_many(codes: list[str]) -> str | list[str]:
    return codes[0] if len(codes) == 1 else codes


def to_plover(event: Event) -> dict[str, Any]:
    """The PLOVER record of an event: the visitor is the actor and the host the recipient."""
    if event.host is not None and event.kind is EventKind.OFFICIAL_VISIT:
        actors = [code for code in event.countries if code != event.host]
        recipients = [event.host]
    else:
        actors, recipients = list(event.countries[:1]), list(event.countries[1:])
    record: dict[str, Any] = {
        "id": event.source_key or content_key(event),
        "date": event.date.earliest().isoformat(),
    }
    if event.date.latest() != event.date.earliest():
        record["enddate"] = event.date.latest().isoformat()
    record["date_edtf"] = event.date.to_edtf()
    record["actor"] = _one_or_many([alpha3(code) for code in actors])
    if recipients:
        record["recipient"] = _one_or_many([alpha3(code) for code in recipients])
    record["event"] = event.kind.info.plover_event
    if event.kind.info.plover_mode:
        record["mode"] = event.kind.info.plover_mode
    if event.tags:
        record["context"] = list(event.tags)
    record["event_text"] = event.title("en")
    record["text"] = event.summary
    links = [source.url for source in event.sources if source.url]
    if links:
        record["link"] = links[0]
    record["coder"] = CODER
    stamp = event.updated_at or event.created_at
    if stamp is not None:
        record["coded_date"] = stamp.date().isoformat()
    return record


def write(handle: TextIO, events: Iterable[Event]) -> None:
    for event in events:
        handle.write(json.dumps(to_plover(event), ensure_ascii=False) + "\n")
