"""GDELT event files, 1.0 (57 or 58 columns) and 2.0 (61): tab-separated, no header.

Only the rows between two states of the chosen countries whose CAMEO code is in our table
(:mod:`timeline.io.formats.reference`) become events; the rest are skipped and counted. The
file is read line by line, and the cheap tests on a row come first, so a daily file of a
hundred thousand rows filtered to one pair costs little more than reading it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Place, Source, is_web_url
from timeline.domain.messages import Message, message
from timeline.domain.places import complete_city
from timeline.io.formats.dyads import dyad_skip
from timeline.io.formats.reference import (
    CameoEntry,
    alpha2_by_code,
    cameo_kinds,
    is_cameo_code,
)
from timeline.io.formats.text import numbered_lines
from timeline.io.formats.titles import generic_titles
from timeline.io.identity import source_key
from timeline.io.rows import NOT_DIPLOMATIC, Parsed, Rejection, Row

# Columns shared by every version (0-based), as named in the GDELT codebooks.
EVENT_ID = 0  # GLOBALEVENTID
DAY = 1  # SQLDATE, YYYYMMDD
ACTOR1_NAME = 6
ACTOR1_COUNTRY = 7  # a CAMEO country code (mostly ISO alpha-3)
ACTOR2_NAME = 16
ACTOR2_COUNTRY = 17
EVENT_CODE = 26  # the full CAMEO code, as text
#: ActionGeo_Type values that name a city (3: US city, 4: world city).
_CITY_TYPES = frozenset({"3", "4"})


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the columns that differ between versions are."""

    action_type: int
    action_name: int
    url: int | None


LAYOUTS = {
    57: Layout(action_type=49, action_name=50, url=None),  # 1.0 back file (to March 2013)
    58: Layout(action_type=49, action_name=50, url=57),  # 1.0 daily files (SOURCEURL)
    61: Layout(action_type=51, action_name=52, url=60),  # 2.0 (ADM2 codes, DATEADDED)
}


@lru_cache(maxsize=1 << 14)  # a file holds a few days, or a few years of them
def _day(text: str) -> EventDate:
    if len(text) != 8 or not (text.isascii() and text.isdigit()):  # '²' is a digit too
        raise ValidationError("SQLDATE", message("import.not_a_compact_day", text=text))
    try:
        return EventDate(FuzzyDate(int(text[:4]), int(text[4:6]), int(text[6:])))
    except ValidationError as error:
        raise ValidationError("SQLDATE", error.detail) from None


@lru_cache(maxsize=4096)  # a file names a few cities again and again
def _place(city: str) -> Place:
    """The place of a row naming ``city``, its forms completed: the store has nothing to add."""
    return complete_city(Place(city=city))


def _event(fields: list[str], layout: Layout, entry: CameoEntry, first: str, second: str) -> Event:
    code = fields[EVENT_CODE]
    names = fields[ACTOR1_NAME] or first, fields[ACTOR2_NAME] or second
    title_ar, title_en, title_fr = generic_titles(entry.kind, (first, second))
    url = fields[layout.url].strip() if layout.url is not None else ""
    city = ""
    if fields[layout.action_type] in _CITY_TYPES:
        city = fields[layout.action_name].partition(",")[0].strip()
    host = {"source": first, "target": second}.get(entry.host or "")
    return Event(
        kind=entry.kind,
        countries=(first, second),
        date=_day(fields[DAY]),
        title_ar=title_ar,
        title_en=title_en,
        title_fr=title_fr,
        summary=f"{names[0]} – {names[1]}: {entry.label} (CAMEO {code})",
        host=host,
        place=_place(city),
        sources=(Source(url=url if is_web_url(url) else "", outlet="GDELT"),),
    ).ensure_valid()


def _wrong_columns(columns: int) -> Message:
    """The rejection of a row of ``columns`` columns, naming each layout's as numbers (in
    an Egyptian window's digits: they were written into the sentence as Latin ones)."""
    back_file, daily, two = sorted(LAYOUTS)
    return message("import.gdelt_columns", count=columns, back_file=back_file, daily=daily, two=two)


def read(stream: BinaryIO, label: str, scope: frozenset[str]) -> Iterator[Row]:
    countries = alpha2_by_code()
    kinds = cameo_kinds()
    for line, text in numbered_lines(stream):
        if text is None:
            yield Rejection(label, line, "row", message("import.not_utf8"))
            continue
        columns = text.count("\t") + 1
        layout = LAYOUTS.get(columns)
        if layout is None:
            if columns > 1 or text.rstrip("\r\n"):  # a blank line is no row
                yield Rejection(label, line, "row", _wrong_columns(columns))
            continue
        # The actors' countries come first: a row between other countries is skipped without
        # splitting the forty columns after them (half the time of reading such a row).
        head = text.split("\t", ACTOR2_COUNTRY + 1)
        first = countries.get(head[ACTOR1_COUNTRY])
        second = countries.get(head[ACTOR2_COUNTRY])
        skip = dyad_skip(first, second, scope)
        if skip is not None:
            yield skip
            continue
        fields = head[:-1] + head[-1].rstrip("\r\n").split("\t")
        assert first is not None and second is not None
        code = fields[EVENT_CODE]
        entry = kinds.get(code)
        if entry is None:
            if is_cameo_code(code):
                yield NOT_DIPLOMATIC
            else:
                yield Rejection(
                    label, line, "EventCode", message("import.not_a_cameo_code", code=code)
                )
            continue
        ident = fields[EVENT_ID]
        if not (ident.isascii() and ident.isdigit()):
            yield Rejection(
                label, line, "GLOBALEVENTID", message("import.not_a_number", value=ident)
            )
            continue
        try:
            event = _event(fields, layout, entry, first, second)
        except ValidationError as error:
            yield Rejection(label, line, error.field, error.detail)
            continue
        yield Parsed(line, source_key("gdelt", ident), event)
