"""Export then import gives back every field of every event: CSV and JSON, whole model."""

from __future__ import annotations

import io
import json
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyed_events import stored_keys
from strategies import event_dates

from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.records import to_record
from timeline.domain.status import EventStatus
from timeline.io.exporter import export_store
from timeline.io.formats import native_csv, native_json
from timeline.io.importer import import_file
from timeline.io.rows import Parsed
from timeline.store.repository import EventStore

CODES = sorted(country.alpha_2 for country in pycountry.countries)
# Everything but lone surrogates (not encodable) and NUL (refused in every field), with the
# characters our formats treat specially mixed in often: formula starters, the apostrophe,
# list separators, quotes. Drawn as a few runs of text rather than character by character:
# a whole event is some thirty texts, and drawing each character alone cost most of the time.
SPECIAL = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "'", ";", "|", "\\", '"', ","])
TEXT = st.lists(
    st.one_of(
        SPECIAL,
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=4
        ),
        st.just("زيارة"),
    ),
    max_size=4,
).map("".join)
NAME = TEXT.filter(lambda text: text.strip() != "")
COUNTRY = st.sampled_from(CODES)
#: The Arabic, English and French forms of a place, a name or an office: often none.
FORMS = st.one_of(st.just(Forms()), st.builds(Forms, TEXT, TEXT, TEXT))


# Each strategy is made once, here: made again for each event drawn, Hypothesis looked each
# one over again, half of these tests' time.
URLS = st.one_of(st.just(""), TEXT.map(lambda path: "https://example.org/" + path))
PUBLISHED = st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31)))


@st.composite
def sources(draw: st.DrawFn) -> Source:
    url = draw(URLS)
    outlet = draw(NAME if not url else TEXT)
    published = draw(PUBLISHED)
    return Source(url=url, outlet=outlet, published=published)


KINDS = st.sampled_from(list(EventKind))
#: An event's countries, by the least its kind takes.
COUNTRIES = {
    least: st.lists(COUNTRY, min_size=least, max_size=4, unique=True)
    for least in {kind.info.min_countries for kind in EventKind}
}
A_COUNTRY_OR_NONE = st.one_of(st.none(), COUNTRY)
PARTICIPANTS = st.lists(
    st.builds(Participant, NAME, TEXT, A_COUNTRY_OR_NONE, FORMS, FORMS), max_size=3
)
SOURCES = st.lists(sources(), max_size=3)
TAGS = st.lists(NAME, max_size=3)
DATES = event_dates()
STATUSES = st.sampled_from(list(EventStatus))
IDS = st.one_of(st.none(), st.integers(1, 2**31))


@st.composite
def events(draw: st.DrawFn) -> Event:
    kind = draw(KINDS)
    countries = draw(COUNTRIES[kind.info.min_countries])
    titles = [draw(TEXT) for _ in range(3)]
    if not any(title.strip() for title in titles):
        titles[draw(st.integers(0, 2))] = draw(NAME)
    return Event(
        kind=kind,
        countries=tuple(countries),
        date=draw(DATES),
        title_ar=titles[0],
        title_en=titles[1],
        title_fr=titles[2],
        summary=draw(TEXT),
        host=draw(st.one_of(st.none(), st.sampled_from(countries))),
        place=Place(draw(TEXT), draw(A_COUNTRY_OR_NONE), draw(FORMS)),
        participants=tuple(draw(PARTICIPANTS)),
        sources=tuple(draw(SOURCES)),
        tags=tuple(draw(TAGS)),
        status=draw(STATUSES),
        id=draw(IDS),
    ).ensure_valid()


KEYS = st.one_of(
    st.none(),
    st.integers(0, 10**12).map(lambda n: f"gdelt:{n}"),
    st.uuids().map(lambda ident: f"native:{ident.hex}"),  # entered by hand (entered_key)
)
#: Events as the store reads them: an origin key, or none (an event not stored).
KEYED = st.tuples(events(), KEYS).map(lambda pair: replace(pair[0], source_key=pair[1]))


def _read(module, text: str) -> list[Parsed]:
    stream = io.BufferedReader(io.BytesIO(text.encode("utf-8-sig")))
    rows = list(module.read(stream, "events", frozenset()))
    assert all(isinstance(row, Parsed) for row in rows), rows
    return rows


#: Whole events are costly to draw: half the profile's examples (50 in the suite's, 10,000 in
#: the long one's) for each format's round trip.
ROUND_TRIPS = settings(max_examples=max(1, settings.default.max_examples // 2))


@pytest.mark.slow
@ROUND_TRIPS
@given(st.lists(KEYED, max_size=5))
def test_csv_round_trip_is_lossless(written):
    handle = io.StringIO(newline="")
    native_csv.write(handle, written)
    rows = _read(native_csv, handle.getvalue())
    assert [row.event for row in rows] == written
    for row, event in zip(rows, written, strict=True):
        assert event.source_key is None or row.key == event.source_key


@pytest.mark.slow
@ROUND_TRIPS
@given(st.lists(KEYED, max_size=5))
def test_json_round_trip_is_lossless(written):
    handle = io.StringIO()
    native_json.write(handle, written)
    json.loads(handle.getvalue())  # one ordinary JSON document
    rows = _read(native_json, handle.getvalue())
    assert [row.event for row in rows] == written
    for row, event in zip(rows, written, strict=True):
        assert event.source_key is None or row.key == event.source_key


def _content(event: Event) -> str:
    return json.dumps(to_record(replace(event, id=None)), sort_keys=True, ensure_ascii=False)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=6), st.sampled_from([".csv", ".json"]))
def test_database_to_file_to_database_keeps_every_field_and_identity(store_copy, batch, suffix):
    with tempfile.TemporaryDirectory() as folder:
        first = store_copy("empty", Path(folder) / "first.sqlite3")
        second = store_copy("empty", Path(folder) / "second.sqlite3")
        try:
            first.add_many(batch)
            path = Path(folder) / f"events{suffix}"
            assert export_store(first, path) == len(batch)
            assert import_file(second.database, path).written
            assert sorted(map(_content, second.find())) == sorted(map(_content, first.find()))
            # The events entered by hand travel with their keys, kept by a second trip.
            keys = stored_keys(second)
            assert len(set(keys.values())) == len(batch)
            assert set(keys.values()) == set(stored_keys(first).values())
            # and the database they came from knows them again.
            back = import_file(first.database, path)
            assert (back.new, back.duplicates) == (0, len(batch))
            again = Path(folder) / f"again{suffix}"
            export_store(second, again)
            third = store_copy("empty", Path(folder) / "third.sqlite3").database
            import_file(third, again)
            assert set(stored_keys(EventStore(third)).values()) == set(keys.values())
            third.close()
        finally:
            first.database.close()
            second.database.close()
