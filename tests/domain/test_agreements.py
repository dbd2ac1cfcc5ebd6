"""An agreement's thread: its steps in date order, the days to entry into force, where it
stands; and the rules of an event's place in a thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.domain.agreements import (
    Agreement,
    AgreementKind,
    AgreementStep,
    AgreementThread,
    ThreadStep,
    guessed_kind,
    parse_agreement_id,
    parse_agreement_kind,
    parse_agreement_step,
    starts_a_thread,
    thread_problems,
)
from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus

VISA = Agreement(
    "ma-kz-visa-waiver",
    AgreementKind.VISA_WAIVER,
    ("MA", "KZ"),
    title_en="Morocco–Kazakhstan visa exemption agreement",
)


def step(day: str, which: AgreementStep, event_id: int, **changes: object) -> Event:
    kind = EventKind.AGREEMENT_IN_FORCE if which is AgreementStep.IN_FORCE else EventKind.STATEMENT
    event = Event(
        kind,
        ("KZ", "MA"),
        EventDate.from_edtf(day),
        title_en=f"{which.value} on {day}",
        agreement_id=VISA.id,
        agreement_step=which,
        id=event_id,
    )
    return replace(event, **changes).ensure_valid()


SIGNED = step("2024-09-26", AgreementStep.SIGNED, 3)
IN_FORCE = step("2025-03-19", AgreementStep.IN_FORCE, 5)
AS_OF = date(2025, 12, 1)  # the day a briefing is prepared


def test_the_kazakh_visa_waiver_took_174_days_to_enter_into_force():
    unrelated = replace(SIGNED, agreement_id="other", id=9)
    thread = AgreementThread.of(VISA, [IN_FORCE, unrelated, SIGNED])
    assert thread.event_ids() == [3, 5]
    assert thread.signed(AS_OF) == EventDate.on(date(2024, 9, 26))
    assert thread.in_force(AS_OF) == EventDate.on(date(2025, 3, 19))
    assert thread.days_to_force(AS_OF) == 174
    assert thread.status(AS_OF) is AgreementStep.IN_FORCE


def test_a_signature_known_to_the_month_gives_no_count_of_days():
    thread = AgreementThread.of(
        VISA, [replace(SIGNED, date=EventDate.from_edtf("2024-05")), IN_FORCE]
    )
    assert thread.signed(AS_OF) is not None and thread.days_to_force(AS_OF) is None


def test_where_a_thread_stands_is_its_latest_held_step():
    ratified = step("2024-12-02", AgreementStep.RATIFIED, 4, agreement_party="KZ")
    assert AgreementThread.of(VISA, []).status(AS_OF) is None
    assert AgreementThread.of(VISA, [SIGNED]).status(AS_OF) is AgreementStep.SIGNED
    assert AgreementThread.of(VISA, [SIGNED, ratified]).status(AS_OF) is AgreementStep.RATIFIED
    announced = replace(IN_FORCE, status=EventStatus.ANNOUNCED)
    thread = AgreementThread.of(VISA, [SIGNED, announced])
    assert thread.status(AS_OF) is AgreementStep.SIGNED  # announced is not yet in force
    assert thread.in_force(AS_OF) is None and thread.event_ids() == [3, 5]
    suspended = step("2025-06-01", AgreementStep.SUSPENDED, 6)
    assert AgreementThread.of(VISA, [SIGNED, IN_FORCE, suspended]).status(AS_OF) is (
        AgreementStep.SUSPENDED
    )


def test_a_step_held_for_a_later_day_has_not_taken_place_it_is_expected():
    """An entry into force recorded as held (the default status) for 19 March 2025 read "In
    force" in a briefing prepared in January: it is signed, its entry into force expected."""
    thread = AgreementThread.of(VISA, [SIGNED, IN_FORCE])
    january = date(2025, 1, 15)
    assert thread.status(january) is AgreementStep.SIGNED
    assert thread.in_force(january) is None and thread.days_to_force(january) is None
    assert thread.expected(AgreementStep.IN_FORCE, january).event_id == 5
    assert thread.expected(AgreementStep.IN_FORCE, AS_OF) is None, "it took place by then"
    on_the_day = date(2025, 3, 19)
    assert thread.status(on_the_day) is AgreementStep.IN_FORCE
    assert thread.status(date(2024, 9, 25)) is None
    assert thread.expected(AgreementStep.SIGNED, date(2024, 9, 25)).event_id == 3
    postponed = replace(IN_FORCE, status=EventStatus.POSTPONED)
    assert (
        AgreementThread.of(VISA, [SIGNED, postponed]).expected(AgreementStep.IN_FORCE, january)
        is None
    ), "a postponed date no longer holds"
    announced = replace(IN_FORCE, status=EventStatus.ANNOUNCED)
    assert (
        AgreementThread.of(VISA, [SIGNED, announced])
        .expected(AgreementStep.IN_FORCE, january)
        .event_id
        == 5
    )


def test_the_editor_proposes_the_next_step():
    assert AgreementThread.of(VISA, []).next_step() is AgreementStep.SIGNED
    assert AgreementThread.of(VISA, [SIGNED]).next_step() is AgreementStep.IN_FORCE
    assert AgreementThread.of(VISA, [SIGNED, IN_FORCE]).next_step() is AgreementStep.SUSPENDED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"agreement_step": None}, "agreement_step"),
        ({"agreement_id": None}, "agreement"),
        ({"agreement_id": "Visa Waiver!"}, "agreement"),
        ({"agreement_step": AgreementStep.RATIFIED}, "agreement_party"),
        ({"agreement_party": "KZ"}, "agreement_party"),  # a signature names no party
        ({"agreement_step": AgreementStep.APPROVED, "agreement_party": "FR"}, "agreement_party"),
        ({"agreement_step": "adopted"}, "agreement_step"),
    ],
)
def test_a_step_that_breaks_a_rule_names_its_field(changes, field):
    with pytest.raises(ValidationError) as raised:
        replace(SIGNED, **changes).ensure_valid()
    assert raised.value.field == field


def test_an_agreement_needs_a_good_id_two_parties_and_a_title():
    assert VISA.ensure_valid().parties == ("KZ", "MA")
    assert [p.field for p in replace(VISA, id="", parties=("MA",), title_en="").problems()] == [
        "id",
        "parties",
        "title",
    ]
    assert [p.field for p in replace(VISA, parties=("MA", "XX")).problems()] == ["parties"]


def test_kinds_steps_and_ids_are_read_by_their_identifiers():
    assert [parse_agreement_kind(k.value) for k in AgreementKind] == list(AgreementKind)
    assert [parse_agreement_step(s.value) for s in AgreementStep] == list(AgreementStep)
    assert parse_agreement_id(" ma-kz-visa-waiver ") == "ma-kz-visa-waiver"
    with pytest.raises(ValidationError, match="known: signed, approved, ratified, in-force"):
        parse_agreement_step("adopted")
    with pytest.raises(ValidationError, match="lower-case letters"):
        parse_agreement_id("MA KZ")


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_kinds_and_steps_have_names_in_each_language(language):
    names = {kind.name_in(language) for kind in AgreementKind}
    assert len(names) == len(AgreementKind)
    steps = {s.name_in(language) for s in AgreementStep}
    assert len(steps) == len(AgreementStep)
    by_kazakhstan = AgreementStep.RATIFIED.name_in(language, "KZ")
    assert by_kazakhstan not in steps
    if language == "en":
        assert by_kazakhstan == "Ratified by Kazakhstan"
        assert AgreementStep.IN_FORCE.name_in(language, "KZ") == "In force"


@pytest.mark.parametrize(
    ("language", "said"),
    [("ar", "يحتاج الاتفاق إلى طرفين على الأقل، ولم يُحدَّد إلا طرف واحد"),
     ("en", "an agreement needs at least 2 parties, 1 given"),
     ("fr", "un accord a besoin d’au moins 2 parties (1 donnée)")],
)  # fmt: skip
def test_too_few_parties_are_counted_in_words_that_agree_with_them(language, said):
    """The Arabic read "والمعطى 1", the French "1 donnée(s)"."""
    one_party = Agreement("visa-ma", AgreementKind.VISA_WAIVER, ("MA",), title_en="Visas")
    (problem,) = [error for error in one_party.problems() if error.field == "parties"]
    assert problem.detail.render(language) == said


def test_a_thread_starts_from_a_signature_not_yet_in_one():
    signature = replace(SIGNED, kind=EventKind.AGREEMENT_SIGNED)
    assert not starts_a_thread(signature)  # already the first step of the visa waiver's
    assert starts_a_thread(replace(signature, agreement_id=None, agreement_step=None))
    assert not starts_a_thread(replace(IN_FORCE, agreement_id=None, agreement_step=None))


def _problems(event: Event, *others: Event) -> list[str]:
    steps = [ThreadStep.of(other) for other in others]
    return [str(problem) for problem in thread_problems(VISA, event, steps)]


@pytest.mark.parametrize(
    ("fmt", "said"),
    [
        (DateFormat("en"), "the step comes before the agreement's signature, on 26 September 2024"),
        (DateFormat("fr"), "l’étape vient avant la signature de l’accord, le 26 septembre 2024"),
        (DateFormat("ar", DateStyle.LEVANT), "المرحلة تأتي قبل توقيع الاتفاق في ٢٦ أيلول ٢٠٢٤"),
    ],
)
def test_a_threads_rule_names_its_day_as_the_reader_writes_dates(fmt, said):
    """The window said "… on 2024-09-26"; written for a program (``str``), it stays ISO."""
    (problem,) = thread_problems(VISA, step("2024-01-10", AgreementStep.IN_FORCE, 7), [
        ThreadStep.of(SIGNED)
    ])  # fmt: skip
    assert problem.in_language(fmt.language, digits=fmt.digits, dates=fmt.fuzzy) == said
    assert str(problem).endswith("on 2024-09-26")


def test_a_step_before_the_signature_or_a_signature_after_a_step_breaks_the_thread():
    """A thread went back in time: "In force: 10 January 2024 (-152 days) · Signed: 10 June
    2024"."""
    early = step("2024-01-10", AgreementStep.IN_FORCE, 7)
    assert _problems(early, SIGNED) == [
        "date: the step comes before the agreement's signature, on 2024-09-26"
    ]
    late = replace(SIGNED, date=EventDate.from_edtf("2025-06-10"))
    assert _problems(late, IN_FORCE) == [
        "date: the signature comes after a later step of the agreement: In force on 2025-03-19"
    ]
    assert _problems(IN_FORCE, SIGNED) == [] and _problems(SIGNED, IN_FORCE) == []
    # Known to its year, the signature may be as late as the step: nothing to say.
    assert _problems(early, replace(SIGNED, date=EventDate.from_edtf("2024"))) == []
    # A cancelled step is no step of the thread, whichever it is.
    assert _problems(early, replace(SIGNED, status=EventStatus.CANCELLED)) == []
    assert _problems(replace(early, status=EventStatus.CANCELLED), SIGNED) == []


def test_a_step_of_the_whole_agreement_names_its_parties():
    elsewhere = replace(IN_FORCE, countries=("AZ", "MA"))
    assert _problems(elsewhere, SIGNED) == [
        "countries: a step of ma-kz-visa-waiver as a whole needs its parties among the "
        "countries: KZ, MA"
    ]
    ratified = step("2025-01-10", AgreementStep.RATIFIED, 8, agreement_party="KZ")
    assert _problems(replace(ratified, countries=("KZ", "UZ")), SIGNED) == []  # its own


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Morocco–Kazakhstan visa exemption agreement signed", AgreementKind.VISA_WAIVER),
        ("توقيع اتفاق الإعفاء من التأشيرة بين المغرب وكازاخستان", AgreementKind.VISA_WAIVER),
        ("اتفاقية التجارة الحرة", AgreementKind.TRADE),
        ("Accord commercial Maroc–Sénégal", AgreementKind.TRADE),
        ("Convention de non double imposition", AgreementKind.DOUBLE_TAXATION),
        ("Investment protection treaty", AgreementKind.INVESTMENT_PROTECTION),
        ("مذكرة تفاهم للتعاون في مجال الطاقة", AgreementKind.COOPERATION_MOU),
        ("Peace agreement", AgreementKind.OTHER),
        ("Nomou talks", AgreementKind.OTHER),  # "MoU" from a word's start only
    ],
)
def test_a_signatures_titles_name_the_agreements_kind(title, kind):
    """Starting the Kazakh visa exemption's thread offered the kind "Other"."""
    assert guessed_kind([title]) == kind
