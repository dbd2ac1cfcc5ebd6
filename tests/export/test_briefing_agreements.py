"""The closing sections flowed after the events: a section starts where its heading, header
and first row fit, its rows never split, and what does not fit goes on pages of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.agreements import (
    Agreement,
    AgreementKind,
    AgreementStep,
    AgreementThread,
    ThreadStep,
)
from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus
from timeline.export.briefing_agreements import ClosingSections, agreement_cells
from timeline.render.theme import Theme

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date(2025, 12, 1)  # the day the briefing is prepared


def thread(number: int) -> AgreementThread:
    agreement = Agreement(
        f"a-{number}", AgreementKind.TRADE, ("KZ", "MA"), title_en=f"Deal {number}"
    )
    steps = [
        ThreadStep(2 * number, AgreementStep.SIGNED, EventDate.on(date(2024, 9, 26))),
        ThreadStep(2 * number + 1, AgreementStep.IN_FORCE, EventDate.on(date(2025, 3, 19))),
    ]
    return AgreementThread.from_steps(agreement, steps)


def test_a_row_says_both_dates_in_both_calendars_and_the_days_between():
    fmt = DateFormat("ar", DateStyle.MAGHREB)
    title, kind, signed, in_force, standing, days = agreement_cells(thread(1), fmt, TODAY)
    assert title == ("Deal 1",) and kind == ("تجارة",)
    assert signed == ("26 شتنبر 2024", "23 ربيع الأول 1446 هـ")
    assert in_force[0] == "19 مارس 2025" and days == ("174",)
    assert standing == ("ساري المفعول",)


@pytest.mark.parametrize(
    ("language", "unsigned"),
    [("ar", "لم يُوقَّع بعد"), ("en", "Not yet signed"), ("fr", "Pas encore signé")],
)
def test_an_agreement_whose_signature_is_only_announced_says_it_is_not_yet_signed(
    language, unsigned
):
    agreement = Agreement("a-9", AgreementKind.TRADE, ("DZ", "SY"), title_en="Deal 9")
    announced = EventDate.on(date(2027, 4, 11))
    step = ThreadStep(9, AgreementStep.SIGNED, announced, status=EventStatus.ANNOUNCED)
    row = agreement_cells(
        AgreementThread.from_steps(agreement, [step]), DateFormat(language), TODAY
    )
    _title, _kind, signed, in_force, standing, days = row
    assert in_force == days == ()
    assert (
        signed[0]
        == DateFormat(language).event_date(announced)
        + {"ar": " (مرتقَب)", "en": " (expected)", "fr": " (prévue)"}[language]
    ), "its date is said, as expected"
    assert standing == (unsigned,)


@pytest.mark.parametrize(
    ("language", "standing", "expected"),
    [
        ("ar", "موقَّع، لم يدخل حيز التنفيذ بعد", "19 مارس 2025 (مرتقَب)"),
        ("en", "Signed, not yet in force", "19 March 2025 (expected)"),
        ("fr", "Signé, pas encore en vigueur", "19 mars 2025 (prévue)"),
    ],
)
def test_an_entry_into_force_after_the_day_the_briefing_is_prepared_is_expected(
    language, standing, expected
):
    """Recorded as held (the default status) for 19 March 2025, the entry into force read
    "In force", 174 days after the signature, in a briefing prepared in January."""
    fmt = DateFormat(language, DateStyle.MAGHREB)
    row = agreement_cells(thread(1), fmt, date(2025, 1, 15))
    _title, _kind, signed, in_force, status, days = row
    assert signed[0] == fmt.event_date(EventDate.on(date(2024, 9, 26)))
    assert in_force[0] == expected and len(in_force) == 2, "with its Hijri date"
    assert status == (standing,) and days == ()
    assert agreement_cells(thread(1), fmt, date(2025, 3, 19))[4] != (standing,), "in force then"


def test_sections_flow_onto_pages_of_their_own_rows_whole_and_in_order():
    sections = ClosingSections(
        [thread(n) for n in range(40)], [], DateFormat("en"), Theme(), 1000.0, TODAY
    )
    pages = sections.flow(top=700.0, page_top=60.0, bottom=760.0, most_left=60.0)
    assert pages[0] == []  # no room after the events: the section starts on a new page
    pieces = [piece for page in pages[1:] for piece in page]
    assert [n for piece in pieces for n in piece.rows] == list(range(40))
    headings = [sections._heading(sections.sections[0], piece.rows.start) for piece in pieces]
    assert [heading.layout.text() for heading in headings] == ["Agreements"] + [
        "Agreements (continued)"
    ] * (len(pieces) - 1)
    assert all(piece.top == 60.0 for piece in pieces) and len(pieces) > 1
    assert all(sections.bottom([piece]) <= 760.0 for piece in pieces)


def test_a_short_section_is_kept_whole_on_the_next_page_rather_than_split():
    sections = ClosingSections(
        [thread(n) for n in range(2)], [], DateFormat("en"), Theme(), 1000.0, TODAY
    )
    one_row = sections.flow(top=0.0, page_top=0.0, bottom=1000.0, most_left=0.0)[0][0]
    room_for_one = sections.bottom([one_row]) - sections.sections[0].rows[1].height + 1
    pages = sections.flow(60.0, 60.0, 60.0 + room_for_one, most_left=room_for_one)
    assert len(pages[0]) == 1 and len(pages) == 2  # flowed only when it cannot be whole
    pages = sections.flow(500.0, 60.0, 500.0 + room_for_one, most_left=room_for_one)
    assert pages[0] == [] and [list(p.rows) for p in pages[1]] == [[0, 1]]


def test_a_section_moved_on_whole_would_leave_too_much_empty_it_starts_under_the_events():
    """Six agreements, room after the events for four: kept whole on the next page, they
    would leave that room empty; where it is more than the page may leave, three start
    under the events and three go over (two would read as left over)."""
    sections = ClosingSections(
        [thread(n) for n in range(6)], [], DateFormat("en"), Theme(), 1000.0, TODAY
    )
    whole = sections.flow(top=0.0, page_top=0.0, bottom=10_000.0, most_left=0.0)[0][0]
    room = sections.bottom([whole]) - 1.5 * sections.sections[0].rows[0].height
    pages = sections.flow(top=500.0, page_top=60.0, bottom=500.0 + room, most_left=room)
    assert pages[0] == [] and [len(piece.rows) for piece in pages[1]] == [6]
    pages = sections.flow(top=500.0, page_top=60.0, bottom=500.0 + room, most_left=room - 1)
    assert [[list(piece.rows) for piece in page] for page in pages] == [
        [[0, 1, 2]],
        [[3, 4, 5]],
    ]


def coming_up(count: int) -> list[Event]:
    return [
        Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), EventDate.on(date(2026, 1, 1 + n)),
              title_en=f"Visit {n}", status=EventStatus.ANNOUNCED)
        for n in range(count)
    ]  # fmt: skip


def test_the_sections_go_over_together_rather_than_leave_a_lone_row_on_the_last_page():
    """Agreements fit after the events, "Coming up" (one row) does not: its row stood
    alone on the last page, three quarters empty (the sample briefing's page 4). Both
    sections go onto the last page together where that leaves the page the events end on
    no more than half empty; else the agreements stay under the events."""
    sections = ClosingSections(
        [thread(1), thread(2)], coming_up(1), DateFormat("en"), Theme(), 1000.0, TODAY
    )
    agreements = sections.flow(top=0.0, page_top=0.0, bottom=10_000.0, most_left=0.0)[0][0]
    room = sections.bottom([agreements]) + 5.0  # the agreements, and not the next section
    pages = sections.flow(top=200.0, page_top=200.0 - room, bottom=200.0 + room, most_left=0.0)
    assert pages[0] == [] and len(pages) == 2
    assert [(piece.section, list(piece.rows)) for piece in pages[1]] == [(0, [0, 1]), (1, [0])]
    pages = sections.flow(top=200.0, page_top=210.0 - room, bottom=200.0 + room, most_left=0.0)
    pieces = [[(piece.section, list(piece.rows)) for piece in page] for page in pages]
    assert pieces == [[(0, [0, 1])], [(1, [0])]]


def test_announced_events_whose_days_are_past_are_to_be_confirmed_not_coming_up():
    visits = coming_up(3)  # 1, 2 and 3 January 2026
    sections = ClosingSections([], visits, DateFormat("en"), Theme(), 1000.0, date(2026, 1, 3))
    headings = [(section.heading, len(section.rows)) for section in sections.sections]
    assert headings == [("Announced, not yet confirmed", 2), ("Coming up", 1)]
    sections = ClosingSections([], visits, DateFormat("fr"), Theme(), 1000.0, date(2026, 1, 1))
    assert [section.heading for section in sections.sections] == ["À venir"]


def test_a_heading_keeps_two_rows_and_a_section_never_leaves_one_or_two_behind():
    sections = ClosingSections(
        [thread(n) for n in range(6)], [], DateFormat("en"), Theme(), 1000.0, TODAY
    )
    whole = sections.flow(top=0.0, page_top=0.0, bottom=10_000.0, most_left=0.0)[0][0]
    row = sections.sections[0].rows[0].height
    heading_and_one = sections.bottom([whole]) - 5 * row + 1
    pages = sections.flow(100.0, 0.0, 100.0 + heading_and_one, most_left=0.0)
    assert pages[0] == [], "a heading over one row of six goes to the next page"
    five = sections.bottom([whole]) - row + 1  # a page with room for five of the six rows
    pages = sections.flow(top=0.0, page_top=0.0, bottom=five, most_left=0.0)
    assert [len(piece.rows) for page in pages for piece in page] == [3, 3]


def test_a_section_split_over_the_page_goes_on_on_the_next_one_never_under_itself():
    """Six announced events of a dense pair, room for five and a header more on the page:
    rows were held back so as not to leave the sixth alone, and the fifth then went
    under the first four on the same page, under a header of its own, the sixth alone on
    the next page after all. The rows held back go over the page together, three of them
    so that the next page holds more than a row or two."""
    sections = ClosingSections([], coming_up(6), DateFormat("en"), Theme(), 1000.0, TODAY)
    whole = sections.flow(top=0.0, page_top=0.0, bottom=10_000.0, most_left=0.0)[0][0]
    section = sections.sections[0]
    bottom = sections.bottom([whole]) - section.rows[-1].height + section.table.header_height
    pages = sections.flow(top=0.0, page_top=0.0, bottom=bottom + 1.0, most_left=0.0)
    assert [[list(piece.rows) for piece in page] for page in pages] == [
        [[0, 1, 2]],
        [[3, 4, 5]],
    ]
