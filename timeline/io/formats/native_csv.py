"""Our CSV: one row per event, every field of the record form, nothing lost.

See docs/data-format.md for the columns. Cells are neutralised against spreadsheet formulas
on the way out and restored on the way in (:mod:`timeline.io.formats.cells`); multi-valued
fields use the ``;`` / ``|`` encoding of the same module; dates are EDTF strings.

A row is read through its record (:func:`timeline.domain.records.from_record`), which checks
each field in turn and names the first that is wrong. A big file's rows are nearly all valid
and repeat their countries, places, people and tags: such a row is made from those pieces,
each split and checked once for the file, and the record reads only the others (links, an
agreement, or a fault to name). Both ways make the same event and key.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any, BinaryIO, TextIO

from timeline.domain.agreements import Agreement
from timeline.domain.countries import parse_countries, parse_country
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.kinds import parse_kind
from timeline.domain.languages import LANGUAGES
from timeline.domain.links import LinkKind
from timeline.domain.messages import message
from timeline.domain.origin import given_key
from timeline.domain.records import (
    FORM_KEYS,
    agreement_fields,
    agreement_from_record,
    event_date,
    from_record,
    links_from_record,
    optional_day,
    participants_from_record,
    place_from_record,
)
from timeline.domain.status import EventStatus, parse_status
from timeline.domain.system_words import csv_reason
from timeline.io.formats.cells import APOSTROPHE, join_items, neutralise, restore, split_items
from timeline.io.formats.text import numbered_lines
from timeline.io.identity import content_key
from timeline.io.rows import OUTSIDE_SCOPE, ImportFileError, Parsed, Rejection, Row, doubted
from timeline.io.threads import NO_THREADS, Threads

COLUMNS = (
    "id",
    "kind",
    "countries",
    "date",
    "host",
    "title_ar",
    "title_en",
    "title_fr",
    "summary",
    "place_city",
    "place_city_ar",
    "place_city_en",
    "place_city_fr",
    "place_country",
    "participants",
    "sources",
    "tags",
    "status",
    "agreement",
    "agreement_step",
    "agreement_party",
    # The agreement's own record, on every row of its steps: each row is whole.
    "agreement_kind",
    "agreement_parties",
    "agreement_title_ar",
    "agreement_title_en",
    "agreement_title_fr",
    "links",
    "source_key",
)
REQUIRED = ("kind", "countries", "date")
#: A row holds a neutralised cell only where a cell starts with an apostrophe: looked for
#: at once in the row's cells joined by a character no cell of a valid row holds.
_CELL_START = "\0"
_MAYBE_NEUTRALISED = _CELL_START + APOSTROPHE
#: name|office|country, then the name's and the office's Arabic, English and French forms.
PARTICIPANT_FIELDS = 9
#: A summary may be long; the csv module's default cap (128 KiB a cell) is not ours.
MAX_CELL = 64 * 1024 * 1024


def _agreement_cells(agreement: Agreement | None) -> list[str]:
    if agreement is None:
        return ["", "", "", "", ""]
    return [
        agreement.kind.value,
        join_items([[code] for code in agreement.parties]),
        agreement.title_ar,
        agreement.title_en,
        agreement.title_fr,
    ]


def _cells(event: Event, threads: Threads) -> list[str]:
    agreement = threads.agreements.get(event.agreement_id) if event.agreement_id else None
    links = threads.links.get(event.id, ()) if event.id is not None else ()
    return [
        "" if event.id is None else str(event.id),
        event.kind.value,
        join_items([[code] for code in event.countries]),
        event.date.to_edtf(),
        event.host or "",
        event.title_ar,
        event.title_en,
        event.title_fr,
        event.summary,
        event.place.city,
        *event.place.city_forms.values(),
        event.place.country or "",
        join_items(
            [
                [
                    p.name,
                    p.office,
                    p.country or "",
                    *p.name_forms.values(),
                    *p.office_forms.values(),
                ]
                for p in event.participants
            ]
        ),
        join_items(
            [
                [s.url, s.outlet, s.published.isoformat() if s.published else ""]
                for s in event.sources
            ]
        ),
        join_items([[tag] for tag in event.tags]),
        event.status.value,
        event.agreement_id or "",
        event.agreement_step.value if event.agreement_step else "",
        event.agreement_party or "",
        *_agreement_cells(agreement),
        join_items([[link.kind.value, str(link.target)] for link in links]),
        event.source_key or "",
    ]


def write(handle: TextIO, events: Iterable[Event], threads: Threads = NO_THREADS) -> None:
    """Write the header and one neutralised row per event, its source key included, with
    the agreement it is a step of and its links as ``threads`` has them."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in events:
        writer.writerow([neutralise(cell) for cell in _cells(event, threads)])


def _id(cell: str) -> int | str | None:
    if cell == "":
        return None
    # Only a number that int() reads in any Python (4,300 digits at most); from_record says
    # why anything else is wrong.
    return int(cell) if cell.isascii() and cell.isdigit() and len(cell) < 100 else cell


#: The record's keys of the place's forms, each with its column.
_CITY_FORMS = tuple((key, f"place_{key}") for key in FORM_KEYS["city"])


def _participant_records(cell: str) -> list[dict[str, str]]:
    """A ``participants`` cell as its record's list."""
    return [
        {
            "name": name,
            "office": office,
            "country": country,
            **dict(zip(FORM_KEYS["name"], forms[:3], strict=True)),
            **dict(zip(FORM_KEYS["office"], forms[3:], strict=True)),
        }
        for name, office, country, *forms in split_items(cell, "participants", PARTICIPANT_FIELDS)
    ]


def _source_records(cell: str) -> list[dict[str, str]]:
    """A ``sources`` cell as its record's list."""
    return [
        {"url": url, "outlet": outlet, "published": published}
        for url, outlet, published in split_items(cell, "sources", 3)
    ]


def _record(cells: dict[str, str]) -> dict[str, Any]:
    """The record form of a row, for :func:`from_record` to check field by field."""

    def items(column: str, width: int) -> list[list[str]]:
        return split_items(cells.get(column, ""), column, width)

    return {
        "id": _id(cells.get("id", "")),
        "kind": cells.get("kind", ""),
        "countries": [code for (code,) in items("countries", 1)],
        "date": cells.get("date", ""),
        "host": cells.get("host", ""),
        "title_ar": cells.get("title_ar", ""),
        "title_en": cells.get("title_en", ""),
        "title_fr": cells.get("title_fr", ""),
        "summary": cells.get("summary", ""),
        "place": {
            "city": cells.get("place_city", ""),
            **{key: cells.get(column, "") for key, column in _CITY_FORMS},
            "country": cells.get("place_country"),
        },
        "participants": _participant_records(cells.get("participants", "")),
        "sources": _source_records(cells.get("sources", "")),
        "tags": [tag for (tag,) in items("tags", 1)],
        "status": cells.get("status", ""),
        "agreement": cells.get("agreement", ""),
        "agreement_step": cells.get("agreement_step", ""),
        "agreement_party": cells.get("agreement_party", ""),
        "links": [{"kind": kind, "to": _id(target)} for kind, target in items("links", 2)],
    }


# A big file repeats its cells' texts (countries, places, people, tags) row after row:
# each is split and checked once. None of these caches keeps an error: a wrong cell is
# checked again, by the record, each time it comes.
@lru_cache(maxsize=4096)
def _countries(cell: str) -> tuple[str, ...]:
    return parse_countries(code for (code,) in split_items(cell, "countries", 1))


@lru_cache(maxsize=1024)
def _country(cell: str) -> str | None:
    return parse_country(cell) if cell else None


@lru_cache(maxsize=4096)
def _place(city: str, city_ar: str, city_en: str, city_fr: str, country: str) -> Place:
    forms = dict(zip(FORM_KEYS["city"], (city_ar, city_en, city_fr), strict=True))
    return place_from_record({"city": city, **forms, "country": country})


@lru_cache(maxsize=4096)
def _participants(cell: str) -> tuple[Participant, ...]:
    return participants_from_record(_participant_records(cell))


def _sources(cell: str) -> tuple[Source, ...]:
    """``sources_from_record(_source_records(cell))`` without the record's dictionaries and
    their checks of type (a cell's fields are texts): a row's source is most often its own
    (its address), so it is made for each row."""
    return tuple(
        Source(url, outlet, optional_day(published, f"sources[{number}]") if published else None)
        for number, (url, outlet, published) in enumerate(split_items(cell, "sources", 3), 1)
    )


@lru_cache(maxsize=4096)
def _tags(cell: str) -> tuple[str, ...]:
    return tuple(tag for (tag,) in split_items(cell, "tags", 1))


_HELD = EventStatus.HELD.value
#: The cells _quick reads, by name, from a row in the order of COLUMNS.
_QUICK_CELLS = itemgetter(
    *map(
        COLUMNS.index,
        (
            *("id", "kind", "countries", "date", "host", "title_ar", "title_en", "title_fr"),
            *("summary", "place_city", "place_city_ar", "place_city_en", "place_city_fr"),
            *("place_country", "participants", "sources", "tags", "status", "agreement"),
            *("agreement_step", "agreement_party", "agreement_kind", "links", "source_key"),
        ),
    )
)


def _quick(values: Sequence[str]) -> tuple[Event, str] | None:
    """The event and key of a row (its cells in the order of COLUMNS) without links or an
    agreement of its own: the same that :func:`from_record` makes of the row's record, made
    of the pieces cached above. None for any other row and for a row with any fault, which
    the record then names (field and reason) as it always has."""
    (event_id, kind, countries, when, host, title_ar, title_en, title_fr, summary, city,
     city_ar, city_en, city_fr, place_country, participants, sources, tags, status, agreement,
     step, party, agreement_kind, links, key) = _QUICK_CELLS(values)  # fmt: skip
    number = _id(event_id)
    if links or agreement_kind.strip():
        return None
    if number is not None and (not isinstance(number, int) or number < 1):
        return None
    try:
        event = Event(
            id=number,
            kind=parse_kind(kind),
            countries=_countries(countries),
            date=event_date(when),
            title_ar=title_ar,
            title_en=title_en,
            title_fr=title_fr,
            summary=summary,
            host=_country(host),
            place=_place(city, city_ar, city_en, city_fr, place_country),
            participants=_participants(participants),
            sources=_sources(sources),
            tags=_tags(tags),
            status=parse_status(status or _HELD),
            **agreement_fields(agreement, step, _country(party)),
        ).ensure_valid()
        return event, given_key(key) or content_key(event)
    except ValidationError:
        return None


def _agreement(cells: dict[str, str]) -> Agreement | None:
    """The agreement a row describes, when it does (its kind is given)."""
    if not cells.get("agreement_kind", "").strip():
        return None
    parties = split_items(cells.get("agreement_parties", ""), "agreement_parties", 1)
    try:
        return agreement_from_record(
            {
                "id": cells.get("agreement", ""),
                "kind": cells["agreement_kind"],
                "parties": [code for (code,) in parties],
                **{f"title_{lang}": cells.get(f"agreement_title_{lang}", "") for lang in LANGUAGES},
            }
        )
    except ValidationError as error:  # named by its column: agreement_kind, agreement_title
        column = "agreement" if error.field == "id" else f"agreement_{error.field}"
        raise ValidationError(column, error.detail) from None


def _header(row: list[str], label: str) -> list[str]:
    names = [restore(cell).strip().lower() for cell in row]
    unknown = [name for name in names if name not in COLUMNS]
    if unknown:
        known = ", ".join(COLUMNS)
        raise ImportFileError(
            label, message("import.unknown_column", column=unknown[0], known=known), 1
        )
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise ImportFileError(label, message("import.column_missing", column=missing[0]), 1)
    if len(set(names)) != len(names):
        raise ImportFileError(label, message("import.column_twice"), 1)
    return names


def _in_column_order(header: list[str]) -> Callable[[list[str]], Sequence[str]]:
    """What turns a row of a file with ``header`` into its cells in the order of COLUMNS,
    an empty one for each column the file has not."""
    if header == list(COLUMNS):
        return lambda row: row
    at = [header.index(name) if name in header else len(header) for name in COLUMNS]
    pick = itemgetter(*at)
    return lambda row: pick([*row, ""])


def _from_record(
    cells: dict[str, str],
) -> tuple[Event, str, tuple[tuple[LinkKind, int], ...], Agreement | None]:
    """A row's event, key, links and agreement, through its record: every field checked in
    turn, a ValidationError naming the first that is wrong."""
    record = _record(cells)
    event = from_record(record)
    key = given_key(cells.get("source_key")) or content_key(event)
    links = tuple(links_from_record(record))
    return event, key, links, _agreement(cells)


def _text_lines(stream: BinaryIO, label: str) -> Iterator[str]:
    for number, text in numbered_lines(stream):
        if text is None:
            raise ImportFileError(label, message("import.not_utf8"), number)
        if number == 1 and "\r" in text.rstrip("\r\n"):  # a header never holds one
            raise ImportFileError(label, message("import.lone_cr"), 1)
        if number == 1 and "\x00" in text:  # said "unknown column 'co\x00\x01…'"
            raise ImportFileError(label, message("import.not_text"), 1)
        yield text


def delimiter(header: str) -> str | None:
    """What separates the cells of a file whose first line is ``header``: a comma, or the
    semicolon of a spreadsheet set up for French (Excel's "CSV (séparateur : point-virgule)"),
    whose file was refused as one unknown column "id;kind;countries;…"; None where neither
    gives our required columns."""
    for candidate in (",", ";"):
        names = {
            restore(cell).strip().lower()
            for cell in next(csv.reader([header], delimiter=candidate), [])
        }
        if names.issuperset(REQUIRED):
            return candidate
    return None


def read(stream: BinaryIO, label: str, scope: frozenset[str]) -> Iterator[Row]:
    """One outcome per data row; ImportFileError for a file that is not our CSV."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))
    lines = _text_lines(stream, label)
    first = next(lines, None)
    if first is None:
        raise ImportFileError(label, message("import.is_empty"))
    separator = delimiter(first) or ","
    reader = csv.reader(chain((first,), lines), strict=True, delimiter=separator)
    try:
        header = _header(next(reader), label)  # the first line's row: there is one
    except csv.Error as error:
        bad = message("import.bad_csv", detail=csv_reason(str(error)))
        raise ImportFileError(label, bad, 1) from None
    in_order = _in_column_order(header)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            bad = message("import.bad_csv", detail=csv_reason(str(error)))
            yield Rejection(label, line, "row", bad)
            continue
        if not any(row):
            continue  # a blank line
        if len(row) != len(header):
            yield Rejection(
                label, line, "row", message("import.cell_count", count=len(row), header=len(header))
            )
            continue
        if _MAYBE_NEUTRALISED in _CELL_START + _CELL_START.join(row):
            # Only a cell that starts with an apostrophe can have been neutralised.
            row = [restore(cell) if cell[:1] == APOSTROPHE else cell for cell in row]
        quick = _quick(in_order(row))
        if quick is None:
            try:
                event, key, links, agreement = _from_record(dict(zip(header, row, strict=True)))
            except ValidationError as error:
                yield Rejection(label, line, error.field, error.detail)
                continue
        else:
            (event, key), links, agreement = quick, (), None
        if scope <= set(event.countries):
            yield Parsed(line, key, event, agreement, links, doubted(label, line, event))
        else:
            yield OUTSIDE_SCOPE
