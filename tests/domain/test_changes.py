"""What an edit changed, in the reader's words: dates, kinds, countries, people."""

from __future__ import annotations

from dataclasses import replace

from timeline.domain.changes import Change, change_text, changes
from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.domain.event import Event, Forms, Participant, Place
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus

LEVANT = DateFormat("ar", DateStyle.LEVANT)
VISIT = Event(
    kind=EventKind.OFFICIAL_VISIT,
    countries=("KZ", "MA"),
    date=EventDate.from_edtf("2025-02-28"),
    title_en="Nurtleu visits Rabat",
    host="MA",
    place=Place("Rabat", "MA", Forms("الرباط", "Rabat", "Rabat")),
    participants=(Participant(name_forms=Forms("مراد نورتليو", "Murat Nurtleu", "Murat Nurtleu")),),
)


def test_a_changed_date_kind_and_status_read_as_the_window_writes_them():
    edited = replace(
        VISIT,
        kind=EventKind.BILATERAL_MEETING,
        date=EventDate.from_edtf("2025-04"),
        status=EventStatus.ANNOUNCED,
    )
    found = {change.field: change for change in changes(VISIT, edited, LEVANT)}
    assert found["date"].before.startswith("٢٨ شباط ٢٠٢٥")
    assert found["date"].after.startswith("نيسان ٢٠٢٥"), "a month stays a month"
    assert found["kind"] == Change(
        "kind",
        EventKind.OFFICIAL_VISIT.info.name("ar"),
        EventKind.BILATERAL_MEETING.info.name("ar"),
    )
    assert found["status"] == Change(
        "status", EventStatus.HELD.name_in("ar"), EventStatus.ANNOUNCED.name_in("ar")
    )


def test_countries_are_named_in_the_readers_language():
    edited = replace(VISIT, countries=("AZ", "MA"), host=None)
    found = {change.field: change for change in changes(VISIT, edited, DateFormat("fr"))}
    assert found["countries"].before == "Maroc – Kazakhstan"
    assert found["countries"].after == "Azerbaïdjan – Maroc"
    assert (found["host"].before, found["host"].after) == ("Maroc", "—")


def test_a_person_changed_only_in_another_language_is_shown_in_it():
    fixed = Participant(name_forms=Forms("مراد نورتليو", "Murat Nurtleu", "Mourat Nourtleou"))
    found = changes(VISIT, replace(VISIT, participants=(fixed,)), LEVANT)
    assert found == [Change("participants[1]", "Murat Nurtleu", "Mourat Nourtleou")]


def test_an_arabic_change_points_from_the_right():
    change = Change("title_en", "Old", "New")
    assert without_direction_marks(change_text(change, "ar")) == "Old ← New"
    assert without_direction_marks(change_text(change, "fr")) == "Old → New"
