"""The note over a view with nothing in it: when it shows, what it offers, where it stands."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.note import ELLIPSIS, QuietWords, _title_lines
from timeline.render.shapes import TimelineLayout

WORDS = QuietWords("Nothing here")
QUIET_DAY = date(2025, 4, 15)


def text_width(text: str) -> float:
    return 7.0 * len(text)


def event(number: int, first: date, title: str, last: date | None = None) -> Event:
    when = EventDate.on(first)
    if last is not None:
        when = EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last))
    made = Event(
        kind=EventKind.OFFICIAL_VISIT, countries=("MA", "KZ"), date=when, title_en=title
    ).ensure_valid()
    return replace(made, id=number)


#: A long bar ending in March after a visit in February; a forum in May.
EVENTS = [
    event(1, date(2025, 1, 1), "Bar", date(2025, 3, 31)),
    event(2, date(2025, 2, 1), "February visit"),
    event(3, date(2025, 5, 10), "Forum " + " ".join(["of parliaments"] * 12)),
]


def lay_out(
    events: list[Event],
    day: date = QUIET_DAY,
    *,
    days: float = 1.0,
    rtl: bool = False,
    width: float = 1000.0,
    height: float = 400.0,
    words: QuietWords | None = WORDS,
    lanes: int = 1,
    lane_title: str = "Lane",
) -> TimelineLayout:
    dealt = [(f"{lane_title} {n}", events[n::lanes]) for n in range(lanes)]
    cache = StackingCache(MemorySource(dealt, text_width, "en"))
    middle = day_number(day) + 0.5
    period = Period(middle - days / 2, middle + days / 2)
    options = LayoutOptions(rtl=rtl, fmt=DateFormat("en"), quiet=words)
    return layout(cache, period, width, height, text_width, options)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_quiet_day_offers_the_nearest_event_either_side(rtl):
    """Earlier: the visit of February (the last to start before the day: going there shows
    the bar of January to March too, running across it); later: the forum. In Arabic the
    earlier one stands on the right, its arrow pointing right, out of the view the way time
    goes back."""
    note = lay_out(EVENTS, rtl=rtl).note
    assert note is not None and note.heading == "Nothing here"
    earlier, later = note.link(later=False), note.link(later=True)
    assert earlier is not None and later is not None
    assert (earlier.event_id, later.event_id) == (2, 3)
    assert earlier.date == "1 February 2025"
    assert later.date == "10 May 2025"
    assert earlier.on_right is rtl and later.on_right is not rtl
    left, right = (later, earlier) if rtl else (earlier, later)
    assert left.rect.right < right.rect.x, "side by side, apart"
    assert (left.arrow, right.arrow) == ("←", "→")
    assert left.arrow_rect.x < left.date_rect.x and right.arrow_rect.x > right.date_rect.x


def test_a_long_title_takes_two_lines_its_last_cut_after_a_word():
    note = lay_out(EVENTS).note
    assert note is not None
    later = note.link(later=True)
    assert later is not None and len(later.lines) == 2
    assert later.lines[1].endswith(ELLIPSIS) and not later.lines[1].endswith(" " + ELLIPSIS)
    shown = " ".join(later.lines).removesuffix(ELLIPSIS)
    assert later.title.startswith(shown) and later.title[len(shown)] == " ", "cut at a word"
    for text, rect in zip(later.lines, later.line_rects, strict=True):
        assert text_width(text) <= rect.width
    assert later.title == EVENTS[2].title_en


def test_a_title_cut_short_keeps_its_no_break_space():
    """French sets a no-break space before ":": a title too long for the note's two lines
    was cut at it, its last line beginning ": Astana", the space printed plain, as print
    labels were before they wrapped at ordinary spaces only."""
    title = "Visite d’État\u00a0: Astana Almaty Bichkek Douchanbé"
    lines = _title_lines(title, 7 * 14, text_width, 2)
    assert lines[-1].endswith(ELLIPSIS)
    assert not any(line.startswith(":") for line in lines), lines
    assert "d’État\u00a0:" in " ".join(lines), lines


def test_the_note_stands_between_the_axis_and_the_density_strip():
    for height in (230.0, 400.0, 900.0):
        made = lay_out(EVENTS, height=height)
        note = made.note
        assert note is not None, height
        assert made.overview is not None
        assert made.axis_bottom <= note.ground.y
        assert note.ground.bottom <= made.overview.rect.y
        assert note.ground.x >= 0 and note.ground.right <= made.width
        middle = (note.ground.x + note.ground.right) / 2
        assert middle == pytest.approx(made.width / 2), "centred"


def test_a_narrow_view_sets_the_events_one_over_the_other():
    made = lay_out(EVENTS, width=420.0)
    note = made.note
    assert note is not None and len(note.links) == 2
    first, second = note.links
    assert first.rect.bottom < second.rect.y
    for link in note.links:
        assert link.rect.x >= 0 and link.rect.right <= made.width
        assert link.date_rect.width >= text_width(link.date)


def test_only_one_way_before_the_first_event_or_after_the_last():
    before = lay_out(EVENTS, date(2024, 6, 1)).note
    after = lay_out(EVENTS, date(2025, 9, 1)).note
    assert before is not None and [link.event_id for link in before.links] == [1]
    assert before.links[0].later and before.links[0].on_right
    assert after is not None and [link.event_id for link in after.links] == [3]
    assert lay_out(EVENTS[:2], date(2025, 9, 1)).note.links[0].event_id == 2, "by start"
    assert not after.links[0].later and not after.links[0].on_right


def test_no_note_while_an_event_or_a_badge_is_in_view_or_when_there_are_none():
    assert lay_out(EVENTS, date(2025, 2, 1)).note is None, "the visit of 1 February"
    assert lay_out(EVENTS, date(2025, 3, 15)).note is None, "the bar running across"
    crowd = [event(n, date(2025, 4, 15), f"Meeting {n}") for n in range(1, 40)]
    crowded = lay_out(crowd, height=260.0)
    assert crowded.clusters and crowded.note is None, "the rest are behind a badge"
    assert lay_out([]).note is None, "nothing to offer: the window says so elsewhere"


def test_exports_never_ask_for_it():
    """Without the window's words (every export's options) a quiet period stays empty."""
    assert lay_out(EVENTS, words=None).note is None


def test_the_note_keeps_clear_of_the_lanes_titles():
    """Lanes (by partner, by kind) have titles at their tops on the reading side."""
    for rtl in (False, True):
        made = lay_out(EVENTS, lanes=2, rtl=rtl, lane_title="Parliamentary assemblies")
        note = made.note
        assert note is not None
        for lane in made.lanes:
            title_right = 8 + text_width(lane.title) * 1.1
            if rtl:
                assert note.ground.right <= made.width - title_right
            else:
                assert note.ground.x >= title_right


def test_dates_are_the_readers():
    """Arabic-Indic digits and the Levant's month names where the window uses them."""
    from timeline.domain.datetext import DateStyle

    dealt = [("", EVENTS)]
    cache = StackingCache(MemorySource(dealt, text_width, "ar"))
    middle = day_number(QUIET_DAY) + 0.5
    fmt = DateFormat("ar", DateStyle.LEVANT)
    options = LayoutOptions(rtl=True, fmt=fmt, quiet=WORDS)
    made = layout(cache, Period(middle - 0.5, middle + 0.5), 1000, 400, text_width, options)
    assert made.note is not None
    later = made.note.link(later=True)
    assert later is not None
    assert later.date == fmt.event_date(EVENTS[2].date) == "١٠ أيار ٢٠٢٥"


def test_a_day_a_week_ahead_is_quiet_too():
    """Zoomed to a week (the brief's "quiet week") the note shows as for a day."""
    note = lay_out(EVENTS, QUIET_DAY + timedelta(days=3), days=7).note
    assert note is not None and {link.event_id for link in note.links} == {2, 3}
