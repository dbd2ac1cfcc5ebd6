import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import event_dates

from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.records import from_record, optional_day, to_record
from timeline.io.sample import sample_events
from timeline.locations import sample_events_file

CODES = ["MA", "KZ", "AZ", "KH", "UZ", "FR", "US"]


def test_every_sample_event_round_trips():
    events = sample_events()
    assert len(events) == 11
    for event in events:
        assert event.id is None
        assert from_record(to_record(event)) == event


def test_the_sample_file_is_written_in_record_form():
    document = json.loads(sample_events_file().read_text(encoding="utf-8"))
    for record, event in zip(document["events"], sample_events(), strict=True):
        # Its ids and links join the events within the file; a store gives its own ids.
        written = to_record(event.with_id(record["id"]))
        assert {key: written[key] for key in record if key != "links"} == {
            key: value for key, value in record.items() if key != "links"
        }


def test_the_id_is_kept_when_present():
    event = sample_events()[0].with_id(7)
    record = to_record(event)
    assert record["id"] == 7
    assert from_record(record).id == 7


def a_record(**changes):
    record = to_record(sample_events()[3])  # the official visit, with participants
    record.update(changes)
    return record


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "summit"}, "kind"),
        ({"kind": 3}, "kind"),
        ({"countries": ["MA", "XX"]}, "countries"),
        ({"countries": "MA KZ"}, "countries"),
        ({"date": "2025-02-30"}, "date"),
        ({"date": ""}, "date"),
        ({"date": "[2025-04-05..]"}, "date"),
        ({"date": "2025-04-09/2025-04-05"}, "end"),
        ({"host": "ZZ"}, "host"),
        ({"place": {"city": "Rabat", "country": "Maroc"}}, "place"),
        ({"place": "Rabat"}, "place"),
        (
            {"participants": [{"name": "A", "country": "MA"}, {"name": "B", "country": "XX"}]},
            "participants[2]",
        ),
        ({"participants": [{"name": ""}]}, "participants[1]"),
        ({"participants": ["Murat Nurtleu"]}, "participants[1]"),
        ({"sources": [{"url": "javascript:alert(1)"}]}, "sources[1]"),
        ({"sources": [{"outlet": "x", "published": "2025-02-30"}]}, "sources[1]"),
        ({"tags": ["visa", 3]}, "tags"),
        ({"title_ar": "", "title_en": None, "title_fr": "  "}, "title"),
        ({"title_en": 5}, "title_en"),
        ({"id": 0}, "id"),
        ({"id": "7"}, "id"),
    ],
)
def test_errors_name_the_field(changes, field):
    with pytest.raises(ValidationError) as raised:
        from_record(a_record(**changes))
    assert raised.value.field == field


def test_a_country_named_twice_is_said_to_be():
    """Said "needs at least 2 countries, 1 given" of ["MA", "ma"], the two written."""
    with pytest.raises(ValidationError) as raised:
        from_record(a_record(countries=["MA", "KZ", "ma"]))
    assert (raised.value.field, raised.value.in_language("en")) == (
        "countries",
        "MA is given twice",
    )


def test_a_record_that_is_not_an_object_is_rejected():
    with pytest.raises(ValidationError) as raised:
        from_record(["not", "an", "event"])
    assert raised.value.field == "event"


def test_country_codes_are_read_in_any_case():
    event = from_record(a_record(countries=["ma", " kz"], host="ma"))
    assert event.countries == ("KZ", "MA")
    assert event.host == "MA"


# Strategies for generated valid events.


def text(**options: int) -> st.SearchStrategy[str]:
    """Any text a field may hold: everything but NUL, which every field refuses."""
    return st.text(st.characters(exclude_characters="\x00"), **options)


words = text(min_size=1).filter(str.strip)
codes = st.sampled_from(CODES)
participants = st.builds(Participant, name=words, office=text(), country=st.none() | codes)
sources = st.one_of(
    st.builds(Source, url=st.just(""), outlet=words, published=st.none() | st.dates()),
    st.builds(
        Source,
        url=st.just("https://example.org/x"),
        outlet=text(),
        published=st.none() | st.dates(),
    ),
)


@st.composite
def events(draw):
    countries = draw(st.lists(codes, min_size=2, max_size=4, unique=True))
    titles = draw(
        st.lists(text(), min_size=3, max_size=3).filter(
            lambda titles: any(title.strip() for title in titles)
        )
    )
    return Event(
        kind=draw(st.sampled_from(EventKind)),
        countries=tuple(countries),
        date=draw(event_dates()),
        title_ar=titles[0],
        title_en=titles[1],
        title_fr=titles[2],
        summary=draw(text()),
        host=draw(st.none() | st.sampled_from(countries)),
        place=Place(draw(text()), draw(st.none() | codes)),
        participants=tuple(draw(st.lists(participants, max_size=3))),
        sources=tuple(draw(st.lists(sources, max_size=3))),
        tags=tuple(draw(st.lists(words, max_size=3))),
    )


@given(events())
def test_generated_events_round_trip(event):
    assert event.problems() == []
    record = to_record(event)
    assert from_record(record) == event
    assert from_record(json.loads(json.dumps(record, ensure_ascii=False))) == event


@pytest.mark.parametrize("text", ["20250219", "2025-W08-3", "2025-02-30", "2025-2-1", "tomorrow"])
def test_a_day_is_read_only_as_yyyy_mm_dd(text):
    """One reader of optional days for files, saved views and the editor's sources."""
    with pytest.raises(ValidationError) as raised:
        optional_day(text, "published")
    assert raised.value.field == "published"
    assert optional_day("2025-02-19", "published") == date(2025, 2, 19)
    assert optional_day("", "published") is None
