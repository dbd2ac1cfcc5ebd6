"""An event's status and the rules that flag an announced event whose date has passed and one
recorded as held ahead of its day."""

from dataclasses import replace
from datetime import date

import pytest

from timeline.domain.dates import EventDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.records import from_record, to_record
from timeline.domain.status import (
    Attention,
    EventStatus,
    attention_reason,
    kind_and_status,
    needing_attention,
    parse_status,
    took_place,
)

FORUM = Event(
    kind=EventKind.MULTILATERAL_GATHERING,
    countries=("MA",),
    date=EventDate.from_edtf("2025-04-28/2025-04-29"),
    title_en="South–South parliamentary forum",
    status=EventStatus.ANNOUNCED,
)


def test_an_event_is_held_unless_told_otherwise():
    assert replace(FORUM, status=EventStatus.HELD) == Event(
        kind=FORUM.kind, countries=FORUM.countries, date=FORUM.date, title_en=FORUM.title_en
    )


@pytest.mark.parametrize(
    ("today", "flagged"),
    [
        (date(2025, 4, 1), False),  # before it
        (date(2025, 4, 29), False),  # its last day: it may be happening
        (date(2025, 4, 30), True),  # the day after: to confirm
    ],
)
def test_an_announced_event_needs_confirming_once_its_last_day_has_passed(today, flagged):
    reason = attention_reason(FORUM, today)
    assert (reason is not None) is flagged
    if flagged:
        assert str(reason) == "announced for 2025-04-28, now past: to confirm"
        assert "2025-04-28" in reason.render("ar")
        assert "à confirmer" in reason.render("fr")


@pytest.mark.parametrize("status", [s for s in EventStatus if s is not EventStatus.ANNOUNCED])
def test_each_way_out_of_announced_clears_the_flag(status):
    """Held, postponed and cancelled: each answers the question "did it happen?"."""
    today = date(2026, 1, 1)
    assert attention_reason(FORUM, today) is not None
    assert attention_reason(replace(FORUM, status=status), today) is None


@pytest.mark.parametrize("before", list(EventStatus))
@pytest.mark.parametrize("after", list(EventStatus))
def test_every_transition_is_valid_and_survives_the_record(before, after):
    event = replace(FORUM, status=before)
    changed = replace(event, status=after).ensure_valid()
    assert from_record(to_record(changed)).status is after


def test_a_month_announced_is_flagged_only_once_the_month_is_over():
    announced = replace(FORUM, date=EventDate.from_edtf("2025-05"))
    assert attention_reason(announced, date(2025, 5, 31)) is None
    assert attention_reason(announced, date(2025, 6, 1)) is not None


def test_needing_attention_keeps_the_order_given_and_says_why():
    past = replace(FORUM, id=1)
    future = replace(FORUM, id=2, date=EventDate.from_edtf("2031-01-01"))
    held = replace(FORUM, id=3, status=EventStatus.HELD)
    found = list(needing_attention([held, future, past], date(2026, 1, 1)))
    assert [item.event.id for item in found] == [1]


def test_a_held_event_keeps_its_old_record_and_others_name_their_status():
    """Held is the default and left out, so old records and their digests are unchanged."""
    assert "status" not in to_record(replace(FORUM, status=EventStatus.HELD))
    assert to_record(FORUM)["status"] == "announced"


def test_an_unknown_status_names_the_field_and_the_known_ones():
    with pytest.raises(ValidationError) as raised:
        parse_status("planned")
    assert raised.value.field == "status"
    assert "announced, held, postponed, cancelled" in raised.value.message
    record = {**to_record(FORUM), "status": "planned"}
    with pytest.raises(ValidationError, match="planned"):
        from_record(record)


def test_status_names_read_in_each_language():
    assert EventStatus.CANCELLED.name_in("fr") == "annulé"
    assert EventStatus.ANNOUNCED.name_in("ar") == "مُعلَن عنه"
    assert EventStatus.HELD.name_in("en") == "held"


def test_the_kind_says_the_status_unless_held():
    assert kind_and_status(FORUM, "en") == "Multilateral gathering — announced"
    assert kind_and_status(replace(FORUM, status=EventStatus.HELD), "fr") == "Réunion multilatérale"


@pytest.mark.parametrize(
    ("kind", "status", "language", "said"),
    [
        (EventKind.STATEMENT, EventStatus.CANCELLED, "fr", "Déclaration — annulée"),
        (EventKind.BILATERAL_MEETING, EventStatus.POSTPONED, "fr",
         "Rencontre bilatérale — reportée"),
        (EventKind.MULTILATERAL_GATHERING, EventStatus.ANNOUNCED, "fr",
         "Réunion multilatérale — annoncée"),
        (EventKind.AGREEMENT_SIGNED, EventStatus.CANCELLED, "fr", "Accord signé — annulé"),
        (EventKind.PHONE_CALL, EventStatus.POSTPONED, "fr", "Entretien téléphonique — reporté"),
        (EventKind.OFFICIAL_VISIT, EventStatus.CANCELLED, "ar", "زيارة رسمية — ملغاة"),
        (EventKind.OFFICIAL_VISIT, EventStatus.POSTPONED, "ar", "زيارة رسمية — مؤجَّلة"),
        (EventKind.OFFICIAL_VISIT, EventStatus.ANNOUNCED, "ar", "زيارة رسمية — مُعلَن عنها"),
        (EventKind.STATEMENT, EventStatus.CANCELLED, "ar", "تصريح — ملغى"),
        (EventKind.OFFICIAL_VISIT, EventStatus.CANCELLED, "en", "Official visit — cancelled"),
    ],
)  # fmt: skip
def test_the_status_agrees_with_the_kinds_name(kind, status, language, said):
    """A briefing's table and the window's details read "Déclaration — annulé" and
    "زيارة رسمية — ملغى": the status said after a kind agrees with its name."""
    event = replace(FORUM, kind=kind, countries=("MA", "KZ"), status=status)
    assert kind_and_status(event, language) == said


@pytest.mark.parametrize(
    ("status", "today", "happened"),
    [
        (EventStatus.HELD, date(2025, 4, 27), False),  # recorded as held ahead of time
        (EventStatus.HELD, date(2025, 4, 28), True),  # begun: it took place
        (EventStatus.ANNOUNCED, date(2025, 5, 1), False),  # to confirm first
        (EventStatus.POSTPONED, date(2025, 5, 1), False),
    ],
)
def test_an_event_took_place_once_held_and_begun(status, today, happened):
    assert took_place(replace(FORUM, status=status), today) is happened


@pytest.mark.parametrize(
    ("status", "today", "flagged"),
    [
        (EventStatus.HELD, date(2025, 4, 27), True),  # held the day before it begins
        (EventStatus.HELD, date(2025, 4, 28), False),  # its first day: it may be happening
        (EventStatus.POSTPONED, date(2025, 4, 1), False),
        (EventStatus.CANCELLED, date(2025, 4, 1), False),
        (EventStatus.ANNOUNCED, date(2025, 4, 1), False),  # coming up, as announced
    ],
)
def test_an_event_recorded_as_held_ahead_of_its_day_needs_attention(status, today, flagged):
    """Held is the default: a planned event typed in without its status reads as having
    happened, and a briefing leaves it out of what took place. It asks to be corrected."""
    event = replace(FORUM, status=status)
    reason = attention_reason(event, today)
    assert (reason is not None) is flagged
    if flagged:
        assert str(reason) == "recorded as held, but still to come: announced?"
        assert reason.render("fr") == (
            "enregistré comme ayant eu lieu, mais encore à venir\u00a0: annoncé\u00a0?"
        )
        assert reason.render("ar") == "سُجِّل على أنه تمّ، لكن موعده لم يحن بعد: أهو مُعلَن عنه؟"
        (found,) = needing_attention([event], today)
        assert found.answer is EventStatus.ANNOUNCED, "marking it announced answers it"


def test_an_announced_event_now_past_is_answered_by_marking_it_held():
    assert Attention(FORUM, attention_reason(FORUM, date(2026, 1, 1))).answer is EventStatus.HELD
