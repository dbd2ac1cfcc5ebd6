"""ICEWS event files: 20 tab-separated columns, a header line, countries written as names.

Names become ISO codes through :func:`reference.alpha2_by_name` (ISO's own names and a small
alias table, compared without case, accents or punctuation; no guessing). "Event ID" alone is
not unique in ICEWS; with the event date it is, so both make the row's identity.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Place, Source
from timeline.domain.messages import message
from timeline.domain.normalize import normalize
from timeline.domain.places import complete_city
from timeline.io.formats.dyads import dyad_skip
from timeline.io.formats.reference import CameoEntry, alpha2_by_name, cameo_kinds, is_cameo_code
from timeline.io.formats.text import numbered_lines
from timeline.io.formats.titles import generic_titles
from timeline.io.identity import source_key
from timeline.io.rows import (
    NOT_BETWEEN_STATES,
    NOT_DIPLOMATIC,
    OUTSIDE_SCOPE,
    Parsed,
    Rejection,
    Row,
)

COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)
_AT = {name: index for index, name in enumerate(COLUMNS)}
_UNKNOWN = "?"  # a country name that neither ISO nor the alias table knows


def _country(name: str) -> str | None:
    """Alpha-2, None for no state, or _UNKNOWN."""
    if not name.strip():
        return None
    return alpha2_by_name().get(normalize(name), _UNKNOWN)


def _countries(fields: list[str], scope: frozenset[str]) -> tuple[str, str] | Row:
    first = _country(fields[_AT["Source Country"]])
    second = _country(fields[_AT["Target Country"]])
    if _UNKNOWN in (first, second):
        if first is None or second is None:
            return NOT_BETWEEN_STATES
        known = {code for code in (first, second) if code != _UNKNOWN}
        if not scope <= known:
            return OUTSIDE_SCOPE  # an unknown name is never one of the chosen countries
        column = "Source Country" if first == _UNKNOWN else "Target Country"
        raise ValidationError(
            column,
            message("import.unknown_country_name", name=fields[_AT[column]]),
        )
    skip = dyad_skip(first, second, scope)
    if skip is not None:
        return skip
    assert first is not None and second is not None
    return first, second


def _event(fields: list[str], entry: CameoEntry, first: str, second: str) -> Event:
    def at(column: str) -> str:
        return fields[_AT[column]].strip()

    day = at("Event Date")
    if len(day) == 8 and day.isascii() and day.isdigit():  # later releases write 20250228
        day = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    try:
        date = EventDate(FuzzyDate.parse(day))
    except ValidationError as error:
        raise ValidationError("Event Date", error.detail) from None
    place_country = _country(at("Country"))
    title_ar, title_en, title_fr = generic_titles(entry.kind, (first, second))
    return Event(
        kind=entry.kind,
        countries=(first, second),
        date=date,
        title_ar=title_ar,
        title_en=title_en,
        title_fr=title_fr,
        summary=f"{at('Source Name')} – {at('Target Name')}: {at('Event Text') or entry.label}",
        host={"source": first, "target": second}.get(entry.host or ""),
        # Completed here, as the store would: a file names the same few cities again and again.
        place=complete_city(
            Place(at("City"), None if place_country == _UNKNOWN else place_country)
        ),
        sources=(Source(outlet=at("Publisher") or "ICEWS"),),
    ).ensure_valid()


def _row(fields: list[str], line: int, label: str, scope: frozenset[str]) -> Row:
    try:
        found = _countries(fields, scope)
        if not isinstance(found, tuple):
            return found
        code = fields[_AT["CAMEO Code"]].strip()
        entry = cameo_kinds().get(code)
        if entry is None:
            if is_cameo_code(code):
                return NOT_DIPLOMATIC
            raise ValidationError("CAMEO Code", message("import.cameo_code_is_text", code=code))
        ident = fields[_AT["Event ID"]].strip()
        if not ident:
            raise ValidationError("Event ID", message("import.is_empty"))
        event = _event(fields, entry, *found)
    except ValidationError as error:
        return Rejection(label, line, error.field, error.detail)
    return Parsed(line, source_key("icews", f"{ident}:{event.date}"), event)


def read(stream: BinaryIO, label: str, scope: frozenset[str]) -> Iterator[Row]:
    for line, text in numbered_lines(stream):
        if text is None:
            yield Rejection(label, line, "row", message("import.not_utf8"))
            continue
        fields = text.rstrip("\r\n").split("\t")
        if line == 1 and fields[0].strip() == COLUMNS[0]:
            continue  # the header
        if len(fields) != len(COLUMNS):
            if len(fields) > 1 or fields[0]:
                yield Rejection(
                    label,
                    line,
                    "row",
                    message("import.icews_columns", count=len(fields), expected=len(COLUMNS)),
                )
            continue
        yield _row(fields, line, label, scope)
