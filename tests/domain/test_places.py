"""The bundled table of capitals and venues: any one form of a place finds the other two,
so a place typed or imported in one language prints in the others."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.event import Event, Forms, Participant, Place
from timeline.domain.kinds import EventKind
from timeline.domain.places import (
    complete,
    complete_city,
    complete_participant,
    find_place,
    is_arabic,
    known_places,
)

PLACES = known_places()


def test_every_un_member_has_its_capital_and_there_are_sixty_venues_more():
    capitals = [place.country for place in PLACES if place.capital]
    # 193 members; Israel's capital is disputed, so Jerusalem and Tel Aviv are venues.
    assert len(capitals) == len(set(capitals)) == 192
    assert "IL" not in capitals
    assert sum(not place.capital for place in PLACES) >= 60


def test_every_form_is_in_its_script():
    for place in PLACES:
        assert all(place.forms.values()), place
        assert is_arabic(place.forms.ar), place
        assert not is_arabic(place.forms.en) and not is_arabic(place.forms.fr), place


@pytest.mark.parametrize(
    ("english", "arabic", "french"),
    [
        ("Rabat", "الرباط", "Rabat"),
        ("New York", "نيويورك", "New York"),
        ("Geneva", "جنيف", "Genève"),
        ("Vienna", "فيينا", "Vienne"),
        ("Brussels", "بروكسل", "Bruxelles"),
        ("Addis Ababa", "أديس أبابا", "Addis-Abeba"),
        ("Tashkent", "طشقند", "Tachkent"),
        ("Banjul", "بانجول", "Banjul"),
        ("Astana", "أستانا", "Astana"),
        ("Baku", "باكو", "Bakou"),
        ("The Hague", "لاهاي", "La Haye"),
        ("Strasbourg", "ستراسبورغ", "Strasbourg"),
    ],
)
def test_the_venues_of_diplomacy_in_three_languages(english, arabic, french):
    found = find_place(english)
    assert found is not None and found.forms == Forms(arabic, english, french)


def test_every_place_is_found_from_each_of_its_spellings():
    for place in PLACES:
        for spelling in place.spellings():
            assert find_place(spelling, place.country) == place, spelling


def test_a_place_in_another_country_is_not_taken_for_the_tables():
    assert find_place("Victoria", "SC") is not None
    assert find_place("Victoria") is not None  # no country given: the only one known
    assert find_place("Victoria", "CA") is None  # British Columbia's
    assert complete(_event(Place("Victoria", "CA"))).place.city_forms == Forms()
    assert find_place("القدس", "PS") is not None  # the table takes no side


def _as_typed(text: str, choices: list[int]) -> str:
    """``text`` as people type it: other case, harakat on Arabic letters, tatweel."""
    out = []
    for char, choice in zip(text, choices, strict=False):
        if is_arabic(char) and char.isalpha():
            out.append(char + ("\u064e" if choice == 1 else "ـ" if choice == 2 else ""))
        else:
            out.append(char.upper() if choice == 1 else char.lower() if choice == 2 else char)
    return "".join(out) + text[len(choices) :]


@settings(max_examples=60)
@given(st.sampled_from(PLACES), st.integers(0, 2), st.lists(st.integers(0, 2), max_size=30))
def test_any_form_however_typed_gives_the_other_two(place, which, choices):
    typed = _as_typed(place.forms.values()[which], choices)
    found = complete(_event(Place(typed, place.country))).place
    assert found.city == typed
    others = [language for n, language in enumerate(("ar", "en", "fr")) if n != which]
    for language in others:
        assert found.city_forms.of(language) == place.forms.of(language)


def _event(place: Place, *people: Participant) -> Event:
    return Event(
        EventKind.OFFICIAL_VISIT,
        ("KZ", "MA"),
        EventDate(FuzzyDate(2025, 4, 7)),
        title_en="Visit",
        place=place,
        participants=people,
    )


def test_a_stored_form_in_arabic_letters_is_the_arabic_form():
    person = Participant("ناصر بوريطة", "Minister of Foreign Affairs")
    event = complete(_event(Place("مدينة لا يعرفها الجدول"), person))
    assert event.place.city_forms == Forms(ar="مدينة لا يعرفها الجدول")
    assert event.participants[0].name_forms == Forms(ar="ناصر بوريطة")
    # A Latin office may be English or French: it stays the stored form only.
    assert event.participants[0].office_forms == Forms()
    assert event.participants[0].office_in("fr") == "Minister of Foreign Affairs"


def test_forms_already_given_are_kept_and_only_the_empty_ones_filled():
    event = complete(_event(Place("Genf", "CH", Forms(fr="Genève (ONU)"))))
    assert event.place.city_forms == Forms("جنيف", "Geneva", "Genève (ONU)")


def test_an_event_lacks_a_language_while_a_stored_name_has_no_form_in_it():
    known = complete(_event(Place("Rabat", "MA")))
    unknown = complete(_event(Place("Skhirate-Témara plage", "MA")))
    office = complete(_event(Place(), Participant("Murat Nurtleu", "Minister")))
    assert [event.lacks("ar") for event in (known, unknown, office)] == [False, True, True]
    assert not known.lacks("fr")
    person = Participant(
        "Murat Nurtleu",
        "Minister",
        name_forms=Forms("مراد نورتليو", "Murat Nurtleu", "Murat Nurtleu"),
        office_forms=Forms("وزير", "Minister", "Ministre"),
    )
    assert not replace(office, participants=(person,)).lacks("ar")


def _slow_complete(event: Event) -> Event:
    """complete() as it was written with dataclasses.replace."""
    place = complete_city(event.place)
    people = tuple(complete_participant(person) for person in event.participants)
    if place == event.place and people == event.participants:
        return event
    return replace(event, place=place, participants=people)


_names = st.sampled_from(["", "Rabat", "الرباط", "Astana", "أستانا", "ناصر بوريطة", "Paris"])
_forms = st.builds(Forms, _names, _names, _names)


@given(
    st.builds(Place, _names, st.sampled_from([None, "MA", "KZ"]), _forms),
    st.lists(st.builds(Participant, _names, _names, st.just("MA"), _forms, _forms), max_size=3),
    st.sampled_from([None, 7]),
)
def test_completing_copies_every_field_as_replace_did(place, people, event_id):
    event = Event(
        EventKind.OFFICIAL_VISIT,
        ("MA", "KZ"),
        EventDate(FuzzyDate(2025, 2, 28)),
        title_en="Visit",
        place=place,
        participants=tuple(people),
        tags=("visa",),
        id=event_id,
    )
    completed = complete(event)
    assert completed == _slow_complete(event)
    assert completed.countries == ("KZ", "MA")


@given(st.text() | st.text(st.characters(min_codepoint=0x05F0, max_codepoint=0x0710)))
def test_arabic_letters_are_those_of_the_arabic_block(text):
    assert is_arabic(text) == any(0x0600 <= ord(char) <= 0x06FF for char in text)
