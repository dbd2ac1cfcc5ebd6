"""Possible duplicates are found on pair, kind, overlapping dates and similar titles."""

from __future__ import annotations

from dataclasses import replace

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.duplicates import candidates_filter, merge, possible_duplicates
from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.kinds import EventKind

VISIT = Event(
    id=4,
    kind=EventKind.OFFICIAL_VISIT,
    countries=("KZ", "MA"),
    date=EventDate(FuzzyDate(2025, 2, 28)),
    title_en="Kazakh Foreign Minister Murat Nurtleu visits Rabat",
    participants=(Participant("Murat Nurtleu", "Minister", "KZ"),),
    sources=(Source(outlet="Hom Press"),),
)


def test_the_same_visit_from_another_source_is_found():
    again = replace(
        VISIT,
        id=None,
        date=EventDate(FuzzyDate(2025, 2)),  # "last February"
        title_en="Kazakh foreign minister Nurtleu visits Rabat",
        title_ar="زيارة وزير الخارجية الكازاخي إلى الرباط",
        sources=(Source(outlet="MAP"),),
    )
    assert possible_duplicates(again, [VISIT]) == [VISIT]
    merged = merge(VISIT, again)
    assert merged.id == 4
    assert merged.title_ar == again.title_ar and merged.title_en == VISIT.title_en
    assert [s.outlet for s in merged.sources] == ["Hom Press", "MAP"]
    assert merged.participants == VISIT.participants


def test_another_pair_kind_day_or_title_is_not_a_duplicate():
    assert possible_duplicates(replace(VISIT, id=None, countries=("AZ", "MA")), [VISIT]) == []
    assert possible_duplicates(replace(VISIT, id=None, kind=EventKind.PHONE_CALL), [VISIT]) == []
    later = replace(VISIT, id=None, date=EventDate(FuzzyDate(2025, 11, 26)))
    assert possible_duplicates(later, [VISIT]) == []
    other = replace(VISIT, id=None, title_en="Joint communiqué on a logistics platform")
    assert possible_duplicates(other, [VISIT]) == []


def test_an_event_is_not_its_own_duplicate():
    assert possible_duplicates(VISIT, [VISIT]) == []


def test_a_merge_joins_the_forms_of_the_same_place_and_people():
    again = replace(
        VISIT,
        id=None,
        place=Place("الرباط", "MA", Forms(ar="الرباط", fr="Rabat")),
        participants=(
            Participant(
                "مراد نورتليو",
                "وزير الخارجية",
                "KZ",
                Forms("مراد نورتليو", "Murat Nurtleu"),
                Forms(ar="وزير الخارجية"),
            ),
            Participant("Nasser Bourita", "Minister of Foreign Affairs", "MA"),
        ),
    )
    merged = merge(replace(VISIT, place=Place("Rabat", "MA", Forms(en="Rabat"))), again)
    assert merged.place == Place("Rabat", "MA", Forms("الرباط", "Rabat", "Rabat"))
    nurtleu, bourita = merged.participants
    assert nurtleu.name == "Murat Nurtleu" and nurtleu.office == "Minister"
    assert nurtleu.name_forms == Forms("مراد نورتليو", "Murat Nurtleu")
    assert nurtleu.office_forms == Forms(ar="وزير الخارجية")
    assert bourita == again.participants[1]


def test_the_candidates_read_are_those_of_the_kind_and_pair_within_the_dates():
    """What the editor reads from the store before it compares titles."""
    nearby = candidates_filter(VISIT)
    assert nearby.matches(replace(VISIT, id=7, title_en="Another title"))
    assert not nearby.matches(replace(VISIT, kind=EventKind.PHONE_CALL))
    assert not nearby.matches(replace(VISIT, countries=("MA", "AZ")))
    assert not nearby.matches(replace(VISIT, date=EventDate(FuzzyDate(2024, 1, 1))))
