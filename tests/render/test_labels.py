"""Labels beside their events: after the marker, before it near the far edge, sticky on a
bar cut by the view's edge; on screen whole or not drawn, in print wrapped or numbered, never
elided."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.render.index import MemorySource
from timeline.render.labels import (
    LabelStyle,
    RowSpans,
    narrowest,
    place_elsewhere,
    place_row,
    reading_span,
    wrap,
)
from timeline.render.layout import LayoutOptions, StackingCache, fit_layout, fit_period, layout
from timeline.render.print_rows import across_marker
from timeline.render.shapes import EventShape, Geometry, TimelineLayout

WIDTH = 1000.0


def text_width(text: str) -> float:
    return 7.0 * len(text)


def event(number: int, first: date, title: str, days: int = 0) -> Event:
    end = FuzzyDate.from_date(first + timedelta(days=days)) if days else None
    when = EventDate(FuzzyDate.from_date(first), end)
    return Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), when, title_en=title, id=number)


def lay(
    events: list[Event], period: Period, rtl: bool = False, height: float = 400.0, **options
) -> TimelineLayout:
    cache = StackingCache(
        MemorySource.single(events, text_width, "en"), options.get("geometry", Geometry())
    )
    return layout(
        cache, period, WIDTH, height, text_width, LayoutOptions(rtl=rtl, legend=False, **options)
    )


def shape_of(result: TimelineLayout, number: int) -> EventShape:
    return next(shape for shape in result.events if shape.event.id == number)


def near(label, marker, reach: float = 40.0) -> bool:
    gap_x = max(marker.x - label.right, label.x - marker.right, 0.0)
    gap_y = max(marker.y - label.bottom, label.y - marker.bottom, 0.0)
    return gap_x <= reach and gap_y <= reach


@pytest.mark.parametrize("rtl", [False, True])
def test_a_bar_crossing_the_whole_view_keeps_its_label_in_view(rtl):
    assembly = event(1, date(2025, 3, 1), "150th Assembly of the IPU", days=40)
    period = Period(day_number(date(2025, 3, 10)), day_number(date(2025, 3, 13)))
    shape = shape_of(lay([assembly], period, rtl), 1)
    assert shape.label_rect is not None and shape.lines == (shape.label,)
    assert shape.label_rect.x >= 0.0 and shape.label_rect.right <= WIDTH
    # it sticks to the view's start edge: left in English, right in Arabic
    edge = WIDTH - shape.label_rect.right if rtl else shape.label_rect.x
    assert edge < 10.0


@pytest.mark.parametrize("rtl", [False, True])
def test_a_label_starts_right_after_its_marker_at_day_zoom(rtl):
    visit = event(1, date(2025, 4, 7), "Official visit")
    period = Period(day_number(date(2025, 4, 6)), day_number(date(2025, 4, 9)))
    shape = shape_of(lay([visit], period, rtl), 1)
    marker, label = shape.marker_rect, shape.label_rect
    assert label is not None and near(label, marker, 12.0)
    if rtl:
        assert label.right == pytest.approx(marker.right)
    else:
        assert label.x == pytest.approx(marker.x)


def _ends_at_its_marker(shape, rtl: bool) -> bool:
    """Whether a label beside its marker ends at it (reading leftwards in Arabic)."""
    label, marker = shape.label_rect, shape.marker_rect
    if rtl:
        return bool(label.x == pytest.approx(marker.x))
    return bool(label.right == pytest.approx(marker.right))


@pytest.mark.parametrize("rtl", [False, True])
def test_near_the_far_edge_a_label_sits_before_its_marker(rtl):
    late = event(1, date(2025, 4, 28), "A visit late in the month with a long title")
    period = Period(day_number(date(2025, 4, 1)), day_number(date(2025, 5, 1)))
    shape = shape_of(lay([late], period, rtl), 1)
    label = shape.label_rect
    assert label is not None and shape.lines == (shape.label,)
    assert label.x >= 0.0 and label.right <= WIDTH
    assert _ends_at_its_marker(shape, rtl)


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_far_edge_a_label_slid_back_a_little_across_its_marker_stays_whole(rtl):
    """Neither after its marker (the view ends) nor before it (the previous label) has
    room, but the two together have: the label is shifted into the view, whole, on one line
    in its row, its marker over its first letters (49 of its 245 pixels, a fifth). It reads
    as starting there: it stays, though the row under it is free."""
    first = date(2025, 4, 1)
    earlier = event(1, first + timedelta(days=30), "e" * 40)
    late = event(2, first + timedelta(days=80), "l" * 35)
    period = Period(day_number(first), day_number(first) + 100)
    result = lay([earlier, late], period, rtl)
    shape, other = shape_of(result, 2), shape_of(result, 1)
    assert shape.row == other.row
    label, marker = shape.label_rect, shape.marker_rect
    assert label is not None and other.label_rect is not None
    assert shape.lines == (shape.label,) and not shape.folded
    assert label.x >= 0.0 and label.right <= WIDTH
    assert label.x <= marker.x and marker.right <= label.right, "it runs across its marker"
    slid = label.right - marker.right if rtl else marker.x - label.x
    assert slid <= label.width / 3
    assert not label.intersects(other.label_rect)


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_far_edge_a_label_slid_back_past_its_first_third_moves_beside_its_marker(rtl):
    """Shifted into the view, the label would run across its marker, which stood over the
    middle of its text (114 of its 210 pixels): it takes the free row under it, whole on
    one line and ending at its marker."""
    first = date(2025, 4, 1)
    earlier = event(1, first + timedelta(days=30), "e" * 60)
    late = event(2, first + timedelta(days=90), "l" * 30)
    period = Period(day_number(first), day_number(first) + 100)
    result = lay([earlier, late], period, rtl)
    shape, other = shape_of(result, 2), shape_of(result, 1)
    assert shape.row == other.row + 1
    label = shape.label_rect
    assert label is not None and shape.lines == (shape.label,) and not shape.folded
    assert label.x >= 0.0 and label.right <= WIDTH
    assert not across_marker(shape, WIDTH, rtl)
    assert _ends_at_its_marker(shape, rtl)
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_label_before_its_marker_stands_clearly_apart_from_the_label_it_follows(rtl):
    """A label placed before its marker (near the far edge) starts where no marker marks
    it: a label gap from the previous label's end, the two read as one line of text
    ("…ونيجيريا اتصال هاتفي…"). It keeps three label gaps from it, or slides back across
    its marker (here by 14 pixels, its first letters)."""
    first = date(2025, 4, 1)
    earlier = event(1, first + timedelta(days=30), "e" * 40)  # its label ends at 580
    late = event(2, first + timedelta(days=80), "l" * 30)  # 210 wide: before it, from 600
    result = lay([earlier, late], Period(day_number(first), day_number(first) + 100), rtl)
    shape, other = shape_of(result, 2), shape_of(result, 1)
    assert shape.row == other.row and other.label_rect is not None
    label, before = shape.label_rect, other.label_rect
    assert label is not None
    apart = before.x - label.right if rtl else label.x - before.right
    assert apart >= 3 * Geometry().label_gap


@pytest.mark.parametrize("rtl", [False, True])
def test_a_label_moved_to_another_row_stands_clearly_apart_from_its_labels(rtl):
    """The newest event's label, with no room in its row at the far edge, does not move to a
    row where it would start a label gap from another label's end: not over a marker, the
    two would read as one line of text."""
    first = date(2025, 1, 1)
    earlier = event(1, first, "e" * 100)
    next_row = event(3, first + timedelta(days=1), "r" * 88)  # its label ends at 626
    newest = event(2, first + timedelta(days=95), "n" * 45)  # before its marker, from 645
    period = Period(day_number(first), day_number(first) + 100)
    result = lay([earlier, next_row, newest], period, rtl)
    shape = shape_of(result, 2)
    assert shape.label_rect is not None
    for other in result.events:
        if other is shape or other.label_rect is None or other.row != shape.row:
            continue
        one, two = sorted((shape.label_rect, other.label_rect), key=lambda rect: rect.x)
        assert two.x - one.right >= 3 * Geometry().label_gap


@pytest.mark.parametrize(("width", "length", "start"), [(160.0, 20, None), (170.0, 12, 86.0)])
def test_on_screen_a_label_set_back_from_its_marker_keeps_the_wider_gap_from_the_marker_before(
    width, length, start
):
    """The marker before has no label (its own does not fit). The next label, too long for
    the room after its marker, started a label gap after that marker, its own marker over
    its last words (across it, or at its end): it read as the other marker's label. It
    keeps three label gaps from that marker: slid across its own, which then stands over
    its first words; where that leaves no room, it is not drawn."""
    anchors = [(0.0, 10.0), (100.0, 110.0)]
    texts = ["x" * 300, "y" * length]
    placed = place_row(anchors, texts, [], width, text_width, LabelStyle())
    assert placed[0] is None
    label = placed[1]
    assert (label and label.start) == start
    assert label is None or label.start >= 10.0 + LabelStyle().text_gap


@pytest.mark.parametrize("rtl", [False, True])
def test_a_far_edge_label_that_would_read_as_anothers_slides_clear_of_that_marker_whole(rtl):
    """The newest event's label, set back across its marker at the far edge, started a
    label gap after the marker before it in its row. Where the row has room, it slides on
    to start three label gaps after that marker, whole over its own, rather than fold
    into a tab."""
    first = date(2025, 1, 1)
    days = [(57, 46), (96, 13), (85, 39), (51, 40), (36, 5), (17, 18), (14, 23)]
    shown = [
        event(number, first + timedelta(days=day), chr(96 + number) * length)
        for number, (day, length) in enumerate(days, start=1)
    ]
    result = lay(shown, Period(day_number(first), day_number(first) + 100), rtl, 200.0)
    newest, before = shape_of(result, 2), shape_of(result, 3)
    assert not newest.folded and newest.label_rect is not None
    assert newest.lines == (newest.label,)
    start, stop = reading_span(newest.label_rect, WIDTH, rtl)
    begin, end = reading_span(newest.marker_rect, WIDTH, rtl)
    assert start < begin and end <= stop, "across its own marker"
    if before.row == newest.row:
        assert start - reading_span(before.marker_rect, WIDTH, rtl)[1] >= LabelStyle().text_gap


@pytest.mark.parametrize("rtl", [False, True])
def test_a_far_edge_label_that_would_read_as_anothers_is_a_tab_in_the_row_it_was_to_take(rtl):
    """The newest event, its row full at the far edge, would take the row above with its
    label set back across its marker, just after another event's marker. It becomes a tab
    beside its marker there: its own row had no room even for that, and it stood alone."""
    first = date(2025, 1, 1)
    days = [(79, 50), (2, 30), (52, 25), (79, 24), (12, 15), (10, 15), (97, 25), (71, 46)]
    shown = [
        event(number, first + timedelta(days=day), chr(96 + number) * length)
        for number, (day, length) in enumerate(days, start=1)
    ]
    result = lay(shown, Period(day_number(first), day_number(first) + 100), rtl, 200.0)
    newest = shape_of(result, 7)
    assert newest.folded and newest.label_rect is not None
    assert near(newest.label_rect, newest.marker_rect, 2.0), "beside its marker, under it"
    assert newest.row == 0 and newest.row != shape_of(result, 4).row


#: Views of a 100-day period found by a search of random ones where, on screen, a label
#: ran back across its marker by more than a third and started just after another event's
#: marker in its row: the view's height, and each event's day and title length. In four of
#: them the label was one the far edge moved to another row.
_READ_AS_ANOTHERS = [
    (200.0, [(94, 20), (2, 25), (80, 40), (83, 44), (43, 41), (74, 48)]),
    (150.0, [(96, 29), (85, 49), (5, 34), (38, 8), (36, 49), (76, 42), (14, 40)]),
    (200.0, [(50, 28), (59, 28), (87, 14), (71, 36), (93, 49), (53, 48), (76, 46)]),
    (150.0, [(29, 46), (87, 28), (95, 15), (56, 50), (78, 18), (30, 5)]),
    (150.0, [(94, 50), (78, 34), (50, 29), (85, 18), (5, 45), (41, 47), (88, 27)]),
]


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize(("height", "events"), _READ_AS_ANOTHERS)
def test_on_screen_no_label_slid_far_across_its_marker_starts_just_after_another(
    rtl, height, events
):
    """A label whose marker stands over its later words, not its first, and whose start
    follows another event's marker by less than three label gaps reads as that marker's
    label (at a decade across, Azerbaijan and Türkiye's agreement began 8 pixels after an
    unlabelled phone call). Such a label is placed elsewhere, or becomes a tab beside its
    marker."""
    first = date(2025, 1, 1)
    shown = [
        event(number, first + timedelta(days=day), chr(96 + number) * length)
        for number, (day, length) in enumerate(events, start=1)
    ]
    result = lay(shown, Period(day_number(first), day_number(first) + 100), rtl, height)
    near = LabelStyle().text_gap
    for shape in result.events:
        if shape.label_rect is None or shape.folded:
            continue
        start, stop = reading_span(shape.label_rect, WIDTH, rtl)
        begin, _end = reading_span(shape.marker_rect, WIDTH, rtl)
        if begin - start <= (stop - start) / 3:
            continue  # its marker over its first words: it reads as starting there
        for other in result.events:
            if other is shape or (other.lane, other.row) != (shape.lane, shape.row):
                continue
            other_begin, other_end = reading_span(other.marker_rect, WIDTH, rtl)
            assert not (other_begin < start and start - other_end < near), shape.label


#: Views of a 100-day period found by a search of random ones where, on screen, a label on
#: two lines ran back across its marker and its second line started just after the marker
#: of another event a row lower, level with it: the view's height, and each event's day
#: and number of words.
_SECOND_LINE_READ_AS_ANOTHERS = [
    (200.0, [(65, 7), (84, 5), (98, 6), (90, 7), (24, 4), (8, 3), (43, 2)]),
    (150.0, [(99, 4), (88, 7), (66, 6), (27, 6), (74, 5), (43, 6)]),
    (150.0, [(96, 3), (6, 3), (75, 4), (88, 4), (78, 2)]),
    (200.0, [(35, 7), (90, 4), (78, 5), (41, 7), (38, 5), (99, 5), (72, 5)]),
    # Labels starting at their marker, wrapped over their row and the next: their second
    # line stood a few pixels after an unlabelled marker a row lower (at 800×500, "Arab
    # Emirates–Nigeria on / transport", 14 pixels after an agreement's marker).
    (
        150.0,
        [
            *[(29, 3), (7, 6), (95, 4), (91, 4), (60, 9), (18, 7)],
            *[(46, 5), (47, 3), (47, 10), (72, 4), (16, 4), (35, 5)],
        ],
    ),
    (
        200.0,
        [
            *[(52, 8), (33, 8), (52, 4), (64, 3), (1, 3), (87, 8), (56, 5)],
            *[(17, 3), (7, 6), (94, 3), (1, 10), (11, 2), (91, 6)],
        ],
    ),
    (
        200.0,
        [(2, 7), (81, 6), (83, 8), (95, 4), (29, 10), (82, 8), (91, 7), (85, 2), (80, 3), (33, 5)],
    ),
    (200.0, [(80, 3), (96, 9), (88, 5), (65, 6), (81, 7), (16, 6), (26, 6), (86, 8)]),
]


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize(("height", "events"), _SECOND_LINE_READ_AS_ANOTHERS)
def test_on_screen_no_labels_second_line_starts_just_after_a_marker_level_with_it(
    rtl, height, events
):
    """At a decade across, an unlabelled phone call stood 12 pixels before "Emirates–
    Uzbekistan on culture", the second line of an agreement's label a row higher, which
    read as the call's; a label starting at its marker too, its lower lines level with
    another's. Such a label slides clear, or becomes a tab."""
    first = date(2025, 1, 1)
    shown = [
        event(number, first + timedelta(days=day), " ".join(["word"] * words))
        for number, (day, words) in enumerate(events, start=1)
    ]
    result = lay(shown, Period(day_number(first), day_number(first) + 100), rtl, height)
    near = LabelStyle().text_gap
    for shape in result.events:
        if len(shape.lines) < 2 or shape.folded:
            continue
        assert shape.label_rect is not None
        start, _stop = reading_span(shape.label_rect, WIDTH, rtl)
        for other in result.events:
            if (other.lane, other.row) != (shape.lane, shape.row + 1):
                continue
            other_begin, other_end = reading_span(other.marker_rect, WIDTH, rtl)
            assert not (other_begin < start and start - other_end < near), shape.label


def test_the_wider_gap_is_only_where_a_label_starts_with_no_marker_over_it():
    """After its marker a label may start a label gap from the one before: its marker
    stands over its start."""
    texts = ["x" * 20, "y" * 10]
    placed = place_row([(0.0, 10.0), (150.0, 160.0)], texts, [], 1000.0, text_width, LabelStyle())
    assert [p.start for p in placed if p is not None] == [0.0, 150.0]


def _clear_of_each_other(shapes: list[EventShape]) -> bool:
    boxes = [shape.marker_rect for shape in shapes]
    boxes += [shape.label_rect for shape in shapes if shape.label_rect is not None]
    return not any(one.intersects(other) for n, one in enumerate(boxes) for other in boxes[:n])


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_far_edge_a_label_with_no_room_in_its_row_takes_a_free_row(rtl):
    """The newest event's row is full before its marker (an earlier label runs nearly up to
    it) and the view ends after it: its marker moves to a row free there, its label whole
    and ending at it, rather than standing alone with rows below it empty."""
    first = date(2025, 1, 1)
    earlier = event(1, first, "e" * 100)
    newest = event(2, first + timedelta(days=95), "n" * 45)
    result = lay([earlier, newest], Period(day_number(first), day_number(first) + 100), rtl)
    shape, other = shape_of(result, 2), shape_of(result, 1)
    label, marker = shape.label_rect, shape.marker_rect
    assert label is not None and shape.lines == (shape.label,)
    assert shape.row != other.row
    assert label.x >= 0.0 and label.right <= WIDTH
    assert label.y == marker.y - 4.0 + 15.0, "under its marker, in the row it moved to"
    assert _ends_at_its_marker(shape, rtl)
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_in_print_a_label_across_its_marker_passes_a_row_where_it_would_run_across_too(rtl):
    """The newest event's printed label runs across its marker at the far edge, the label
    before it in the way. The nearest other row has room around the marker only for the
    label across it too: it stayed where it was, though the row after that has room for it
    to end at its marker. It moves there."""
    first = date(2025, 4, 1)
    day = first + timedelta(days=30)
    newest = event(4, first + timedelta(days=80), "n" * 35)
    events = [event(1, day, "e" * 40), event(2, day, "f" * 44), event(3, day, "g" * 20), newest]
    period = Period(day_number(first), day_number(first) + 100)
    result = lay(events, period, rtl, geometry=Geometry.for_print(), whole_labels=True)
    shape = shape_of(result, 4)
    assert shape.row == shape_of(result, 3).row == 2
    label = shape.label_rect
    assert label is not None and shape.callout is None
    assert _ends_at_its_marker(shape, rtl)
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_in_print_the_row_a_label_left_at_the_far_edge_is_free_for_the_next(rtl):
    """Two labels across their markers at the far edge, in rows 0 and 1: the newer moves to
    row 3, the only one with room beside its marker. Its old label still counted as taken
    in row 1, and the other, which has room there beside its marker once it has gone, went
    on to row 4. It takes row 1, the nearest."""
    first = date(2025, 4, 1)
    titles = ["e" * 95, "f" * 75, "g" * 105, "h" * 20]
    events = [event(number, first, title) for number, title in enumerate(titles, start=1)]
    events += [event(5, first + timedelta(days=85), "w" * 38)]
    events += [event(6, first + timedelta(days=90), "l" * 56)]
    period = Period(day_number(first), day_number(first) + 100)
    result = lay(events, period, rtl, geometry=Geometry.for_print(), whole_labels=True)
    assert [shape_of(result, number).row for number in (5, 6)] == [1, 3]
    for number in (5, 6):
        shape = shape_of(result, number)
        label = shape.label_rect
        assert label is not None and shape.callout is None
        assert _ends_at_its_marker(shape, rtl)
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_far_edge_a_marker_with_no_room_for_its_label_has_a_tab_and_fit_all_room(rtl):
    """The newest event's label has no room in any row (its row's label before it, the
    row above full, no row under it in a short view), nor on two lines before its marker:
    its marker stood alone. A tab ("…") stands beside it instead, starting at it (mirrored
    in Arabic), its title on hover; "fit all" still moves the far side out for its label
    as it did for the marker alone, and there it is whole."""
    first = date(2025, 1, 1)
    events = [event(number, first + timedelta(days=number), "x" * 90) for number in (1, 2)]
    events.append(event(99, first + timedelta(days=95), "n" * 45))
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    options = LayoutOptions(rtl=rtl, legend=False)
    loose = fit_period(cache.source.index)
    assert loose is not None
    result = layout(cache, loose, WIDTH, 200.0, text_width, options)
    shape = shape_of(result, 99)
    tab, marker = shape.label_rect, shape.marker_rect
    assert shape.folded and shape.lines == ("…",) and tab is not None
    assert (tab.right if rtl else tab.x) == pytest.approx(marker.right if rtl else marker.x)
    assert not across_marker(shape, WIDTH, rtl)
    assert result.left_out == {99}
    assert result.event_at(tab.x + tab.width / 2, tab.y + tab.height / 2) is shape
    assert _clear_of_each_other(result.events)
    fitted = fit_layout(cache, WIDTH, 200.0, text_width, options)
    assert fitted is not None
    assert fitted[0].end > loose.end
    newest = shape_of(fitted[1], 99)
    assert not newest.folded and newest.lines == (newest.label,)


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("before", [20, 21])
def test_at_the_far_edge_a_tab_keeps_only_the_label_gap_from_the_label_before_it(rtl, before):
    """The newest event's label has no room in any row: it is a tab under its marker,
    whether the label before it in its row ends 30 pixels short of its marker or 23 (more
    than the label gap, less than the wider gap a label keeps where its start may have no
    marker over it). At 23 its marker stood alone, its title nowhere but on hover: Brazil's
    three events nearest the far edge at a decade across 800 pixels."""
    first = date(2025, 1, 1)
    spec = {1: (1, 90), 2: (2, 90), 3: (78, before), 4: (79, 19), 99: (95, 45)}
    events = [
        event(number, first + timedelta(days=day), chr(96 + number % 26) * length)
        for number, (day, length) in spec.items()
    ]
    result = lay(events, Period(day_number(first), day_number(first) + 100), rtl, 200.0)
    newest, previous = shape_of(result, 99), shape_of(result, 3)
    assert newest.row == previous.row
    tab, marker = newest.label_rect, newest.marker_rect
    assert newest.folded and newest.lines == ("…",) and tab is not None
    assert (tab.right if rtl else tab.x) == pytest.approx(marker.right if rtl else marker.x)
    assert previous.label_rect is not None
    gap = reading_span(marker, WIDTH, rtl)[0] - reading_span(previous.label_rect, WIDTH, rtl)[1]
    assert LabelStyle().gap <= gap < LabelStyle().text_gap + LabelStyle().gap
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_far_edge_every_marker_with_no_room_for_its_label_has_a_tab(rtl):
    """Six events by the far edge, each in a row whose label before it leaves no room for
    its own: the nearest the edge takes the badges' free row, and each of the five others,
    with no row with room, is a tab, not only the two nearest the edge (the three nearest
    look for room in every row, the others no further): at 40 years across 2,560 pixels
    eight markers stood alone beside three tabs."""
    first = date(2025, 1, 1)
    spec = {number: (number, 110) for number in range(1, 8)}
    spec.update({10 + number: (88 + 2 * number, 45) for number in range(6)})
    events = [
        event(number, first + timedelta(days=day), chr(96 + number % 26) * length)
        for number, (day, length) in spec.items()
    ]
    result = lay(events, Period(day_number(first), day_number(first) + 100), rtl, 400.0)
    for number in range(10, 15):
        shape = shape_of(result, number)
        tab, marker = shape.label_rect, shape.marker_rect
        assert shape.folded and shape.lines == ("…",) and tab is not None, number
        assert (tab.right if rtl else tab.x) == pytest.approx(marker.right if rtl else marker.x)
    newest = shape_of(result, 15)
    assert not newest.folded and newest.lines == (newest.label,)
    assert result.left_out == set(range(10, 15))
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_far_edge_a_tab_after_a_tab_keeps_only_the_label_gap(rtl):
    """Two markers by the far edge with no room for their labels, the nearer one's tab 20
    pixels after the other's marker: both are tabs. The other stood alone, as if the tab
    started with no marker over it and needed the wider gap."""
    first = date(2025, 1, 1)
    spec = {1: (86, 45, 0), 2: (74, 59, 0), 3: (81, 34, 2), 4: (75, 50, 0)}
    events = [
        event(number, first + timedelta(days=day), chr(97 + number) * length, days=days)
        for number, (day, length, days) in spec.items()
    ]
    result = lay(events, Period(day_number(first), day_number(first) + 100), rtl, 200.0)
    for number in (1, 3):
        shape = shape_of(result, number)
        assert shape.folded and shape.lines == ("…",), number
    assert shape_of(result, 1).row == shape_of(result, 3).row
    assert result.left_out == {1, 3}
    assert _clear_of_each_other(result.events)


@pytest.mark.parametrize("rtl", [False, True])
def test_at_the_start_edge_a_marker_its_label_moved_in_past_has_a_tab(rtl):
    """The first event's marker is cut in half by the view's start edge; its label, moved
    in to start in view, ends a few pixels short of the next marker of its row, reserved
    its room from the marker's own start (at the level's scale, 32,000 days across 1,000
    pixels). It stood a marker alone, its title nowhere but on hover: the 10,000 events'
    first day at 82 years across 1,920 pixels, eight such markers in Arabic. A tab stands
    beside it, in its row, and "fit all" still sees its label as left out."""
    first = date(1950, 1, 1)
    start = day_number(first)
    span = WIDTH * 32.0  # a level's own scale, 1/32 pixel a day: no room to spare
    for gap in (8, 16):
        after_it = first + timedelta(days=32 * (210 + gap))  # its label's room and a gap
        events = [event(1, first, "a" * 30), event(2, after_it, "b")]
        result = lay(events, Period(start, start + span), rtl, 200.0)
        shape, after = shape_of(result, 1), shape_of(result, 2)
        assert shape.row == after.row
        marker, tab = shape.marker_rect, shape.label_rect
        assert (marker.right > WIDTH) if rtl else (marker.x < 0.0)
        assert shape.folded and shape.lines == ("…",) and tab is not None, gap
        assert tab.x >= 0.0 and tab.right <= WIDTH
        assert near(tab, marker, 8.0)
        assert result.left_out == {1}
        assert _clear_of_each_other(result.events)


def test_at_the_far_edge_a_label_too_long_for_any_row_takes_two_free_ones():
    """No row has room around the marker for the label on one line (nor the badge row, its
    badge in the way), but its own row and the next are free side by side far enough for it
    on two: it ends at its marker there, clear of what both rows hold."""
    rows = [RowSpans(spans) for spans in ([(4.0, 704.0)], [(4.0, 680.0)], [(4.0, 680.0)])]
    rows.append(RowSpans([(600.0, 656.0)]))
    text = " ".join(["word"] * 10)  # 343 pixels: more than any row leaves on one line
    found = place_elsewhere((950.0, 960.0), text, rows, 0, (4.0, 996.0), text_width, 8.0)
    assert found is not None
    row, label = found
    assert row == 0 and len(label.lines) == 2 and " ".join(label.lines) == text
    assert label.start >= 712.0 and label.start + label.width == 960.0


def test_at_the_far_edge_a_label_too_long_for_two_lines_takes_three_over_two_rows():
    """Before its marker its row and the next leave 132 pixels, short of the label on two
    lines: on screen it wraps to three (the third still ends above the markers of the row
    after them), ending at its marker, never across it. An event that stays in its row (an
    arc joins it to another) does so even where another row has room on one line."""
    rows = [RowSpans([(4.0, 820.0)]), RowSpans([(4.0, 800.0)]), RowSpans([(4.0, 996.0)])]
    text = " ".join(["word"] * 8)  # 273 pixels, three words a line at most
    anchor, bounds = (950.0, 960.0), (4.0, 996.0)
    assert place_elsewhere(anchor, text, rows[:2], 0, bounds, text_width, 8.0, beside=True) is None
    found = place_elsewhere(anchor, text, rows, 0, bounds, text_width, 8.0, beside=True, most=3)
    assert found is not None
    row, label = found
    assert row == 0 and len(label.lines) == 3 and " ".join(label.lines) == text
    assert label.start >= 828.0 and label.start + label.width == 960.0
    rows[2] = RowSpans([])  # room on one line: it takes that row, unless it stays in its own
    moved = place_elsewhere(anchor, text, rows, 0, bounds, text_width, 8.0, beside=True, most=3)
    assert moved is not None and moved[0] == 2 and len(moved[1].lines) == 1
    kept = place_elsewhere(
        anchor, text, rows, 0, bounds, text_width, 8.0, beside=True, most=3, stay=True
    )
    assert kept is not None and kept[0] == 0 and len(kept[1].lines) == 3


@given(
    st.lists(st.tuples(st.floats(0.0, 1000.0), st.floats(1.0, 300.0)), max_size=12),
    st.floats(0.0, 1000.0),
)
def test_the_room_around_a_marker_is_what_no_span_of_its_row_comes_nearer_to(spans, begin):
    """What the binary search finds is what looking at every span finds: the room between
    the last span ending a gap before the marker and the first beginning a gap after it,
    or none where a span comes nearer."""
    spans = [(start, start + length) for start, length in spans]
    end, gap = begin + 10.0, 8.0
    low, high, met = 4.0, 996.0, False
    for start, stop in spans:
        if stop + gap <= begin:
            low = max(low, stop + gap)
        elif start - gap >= end:
            high = min(high, start - gap)
        else:
            met = True
    found = RowSpans(spans).free_around(begin, end, gap, (4.0, 996.0))
    assert found == (None if met else (low, high))


def test_a_label_with_no_room_in_any_row_stays_unplaced():
    rows = [RowSpans([(4.0, 704.0)]), RowSpans([(4.0, 960.0)]), RowSpans([(4.0, 990.0)])]
    text = " ".join(["word"] * 10)
    assert place_elsewhere((950.0, 960.0), text, rows, 0, (4.0, 996.0), text_width, 8.0) is None


def test_a_label_is_never_drawn_for_a_marker_out_of_view():
    early = event(1, date(2025, 3, 1), "A title long enough to reach into the view " * 3)
    period = Period(day_number(date(2025, 3, 2)), day_number(date(2025, 3, 12)))
    assert all(shape.label_rect is None for shape in lay([early], period).events)


def test_labels_of_a_row_never_overlap_and_stay_in_view():
    anchors = [(10.0, 20.0), (100.0, 110.0), (990.0, 1000.0)]
    texts = ["x" * 30, "y" * 30, "z" * 10]
    placed = place_row(anchors, texts, [(500.0, 556.0)], WIDTH, text_width, LabelStyle())
    spans = [(p.start, p.start + p.width) for p in placed if p is not None]
    assert all(a >= 0.0 and b <= WIDTH for a, b in spans)
    for (_a, b), (c, _d) in zip(sorted(spans), sorted(spans)[1:], strict=False):
        assert b <= c
    assert placed[0] is None  # squeezed by the next marker: whole or not drawn
    assert placed[2] is not None and placed[2].start + placed[2].width == 1000.0  # before


def test_on_screen_a_label_never_reaches_back_under_the_previous_marker():
    """Near the far edge a label goes before its marker, but not beneath the marker before
    it (whose own label found no room): there it would read as that event's label."""
    texts = ["x" * 100, "y" * 30]  # the first fits nowhere; the second only before its marker
    placed = place_row([(200.0, 210.0), (300.0, 310.0)], texts, [], 330.0, text_width, LabelStyle())
    assert placed == [None, None]
    room = place_row([(50.0, 60.0), (300.0, 310.0)], texts, [], 330.0, text_width, LabelStyle())
    assert room[1] is not None and room[1].start == 310.0 - 7 * 30 >= 60.0 + LabelStyle().gap


def test_wrap_breaks_at_spaces_and_refuses_what_cannot_fit():
    assert wrap("one two three", 7 * 7, text_width, 3) == ("one two", "three")
    assert wrap("one two three", 7 * 3, text_width, 2) is None
    assert wrap("unbreakable", 7 * 5, text_width, 3) is None


def test_wrap_never_breaks_at_a_no_break_space():
    """French sets a no-break space before ";" and ":": wrapped, a line began with the
    semicolon, and the space was printed as a plain one."""
    text = "faute de place\u00a0; le tableau"
    assert wrap(text, 7 * 12, text_width, 3) == ("faute de", "place\u00a0; le", "tableau")
    # Not "Visite d’État" over ": Astana".
    assert wrap("Visite d’État\u00a0: Astana", 7 * 13, text_width, 3) == (
        "Visite",
        "d’État\u00a0:",
        "Astana",
    )
    # Its narrowest two lines hold "Accord :" whole, not "Accord" over ": Maroc".
    assert 7 * 8 <= narrowest("Accord\u202f: Maroc", text_width, 2) <= 7 * 8 + 1


def crowded_print(rtl: bool) -> TimelineLayout:
    first = date(2025, 4, 1)
    titles = [
        "Ould Errachid meets Sahiba Gafarova on the sidelines of IPU-150 in Tashkent",
        "Morocco–Kazakhstan visa exemption enters into force",
        "Mazhilis Chairman Yerlan Koshanov on an official visit to Morocco",
    ]
    events = [
        event(n + 1, first + timedelta(days=2 * n), titles[n % 3] + f" #{n}") for n in range(30)
    ]
    period = Period(day_number(first) - 1, day_number(first) + 61)
    return lay(events, period, rtl, geometry=Geometry.for_print(), whole_labels=True)


@pytest.mark.parametrize("rtl", [False, True])
def test_printed_labels_are_whole_wrapped_or_numbered_with_a_key(rtl):
    result = crowded_print(rtl)
    labelled = [s for s in result.events if s.label_rect is not None]
    assert len(labelled) == len(result.events)
    assert not any("…" in line for s in result.events for line in s.lines)
    assert any(len(s.lines) > 1 for s in labelled), "long titles wrap"
    called = sorted(s.callout for s in labelled if s.callout is not None)
    assert called == list(range(1, len(called) + 1)) and called, "what cannot wrap is numbered"
    key = {entry.number: " ".join(entry.lines) for entry in result.key}
    for shape in labelled:
        if shape.callout is not None:
            assert key[str(shape.callout)] == shape.label  # the whole title, in the key
        else:
            assert " ".join(shape.lines) == shape.label
    lanes_bottom = max(lane.rect.bottom for lane in result.lanes)
    assert all(entry.rect.y >= lanes_bottom for entry in result.key)
    assert all(e.rect.x >= 0 and e.rect.right <= WIDTH for e in result.key)


@pytest.mark.parametrize("rtl", [False, True])
def test_the_key_takes_the_room_of_its_lines_and_no_more(rtl):
    """Each line the key reserves but does not fill is a row of events the page loses."""
    result = crowded_print(rtl)
    g = Geometry.for_print()
    assert result.overview is not None and result.key
    key_bottom = max(entry.rect.bottom for entry in result.key)
    assert result.overview.rect.y - key_bottom == pytest.approx(g.label_height / 2)
    assert min(entry.rect.y for entry in result.key) - result.body_bottom == g.label_height / 2


PRINT = LabelStyle(whole=True, lines=2)


@pytest.mark.parametrize("rtl", [False, True])
def test_in_print_a_bar_cut_by_the_pages_start_edge_keeps_its_label(rtl):
    """However little of it the page shows (the rest is on the page before): a sliver of
    a bar with no label is a mark nobody can read on paper."""
    bar = event(1, date(2025, 4, 1), "Sideline meetings", days=1)
    start = day_number(date(2025, 4, 3)) - 0.06  # two units of the bar in view
    result = lay(
        [bar],
        Period(start, start + 30),
        rtl,
        geometry=Geometry.for_print(),
        whole_labels=True,
    )
    shape = shape_of(result, 1)
    seen = min(shape.marker_rect.right, WIDTH) - max(shape.marker_rect.x, 0.0)
    assert 0.0 < seen < 4.0
    assert shape.label_rect is not None and shape.lines == ("Sideline meetings",)
    assert shape.label_rect.x >= 0.0 and shape.label_rect.right <= WIDTH


def test_in_print_a_number_runs_across_its_marker_where_neither_side_has_room():
    """A marker just past a badge, near the page's far edge (the AE–NG pair three pages
    wide, part 2): its title fits nowhere, and its number neither before it (the badge)
    nor after it (a badge's gap away): the number stands across it."""
    title = "Sideline_meeting_between_the_United_Arab_Emirates_and_Nigeria"
    placed = place_row([(949.9, 959.9)], [title], [(800.0, 948.0)], 1000.0, text_width, PRINT)
    label = placed[0]
    assert label is not None and label.callout
    assert 948.0 + PRINT.gap <= label.start <= 959.9 <= label.start + label.width <= 1000.0


def test_in_print_the_label_before_becomes_a_number_to_make_room_for_the_next():
    """The first label runs up to the second marker, whose next neighbour is too close
    for even a number after it: the first becomes a number, and the second is labelled."""
    first, second, third = (600.4, 610.4), (895.4, 905.4), (913.1, 923.1)
    texts = ["a" * 41, "b" * 30, "c"]
    placed = place_row([first, second, third], texts, [], 1000.0, text_width, PRINT)
    assert all(label is not None for label in placed)
    assert placed[0] is not None and placed[0].callout
    assert placed[1] is not None and placed[1].lines == (texts[1],)
    spans = sorted((p.start, p.start + p.width) for p in placed if p is not None)
    for (_a, end), (start, _b) in pairwise(spans):
        assert end + PRINT.gap <= start + 1e-9


@st.composite
def spaced_rows(draw):
    """Markers in a row with a number's room and a gap either side between them, as the
    stacking leaves them in print, and unbreakable titles."""
    room = text_width("00") + 2 * PRINT.gap
    anchors, at = [], draw(st.floats(0.0, 50.0))
    while True:
        size = draw(st.floats(1.0, 60.0))
        if at + size > WIDTH:
            break
        anchors.append((at, at + size))
        at += size + room + draw(st.floats(0.0, 200.0))
    texts = [draw(st.text("ab", min_size=1, max_size=60)) for _ in anchors]
    return anchors, texts


@settings(max_examples=80, deadline=None)
@given(spaced_rows())
def test_in_print_every_marker_gets_its_label_or_its_number(row):
    anchors, texts = row
    placed = place_row(anchors, texts, [], WIDTH, text_width, PRINT)
    assert None not in placed
    spans = sorted((p.start, p.start + p.width) for p in placed if p is not None)
    for (_a, end), (start, _b) in pairwise(spans):
        assert end + PRINT.gap <= start + 1e-9
    assert all(start >= 0.0 and end <= WIDTH for start, end in spans)


@st.composite
def rows(draw):
    """Markers in a row (in reading order, not overlapping), their titles, and badges."""
    cuts = sorted(draw(st.lists(st.floats(0.0, 1000.0), min_size=2, max_size=40, unique=True)))
    anchors = [(a, min(b, a + draw(st.floats(1.0, 300.0)))) for a, b in pairwise(cuts)][::2]
    texts = [draw(st.text("ab ", min_size=1, max_size=60)) for _ in anchors]
    return anchors, texts


@settings(max_examples=80, deadline=None)
@given(rows(), st.booleans())
def test_placed_labels_never_overlap_and_stay_in_the_view(row, whole):
    anchors, texts = row
    style = LabelStyle(whole=whole, lines=2)
    placed = place_row(anchors, texts, [], WIDTH, text_width, style)
    spans = sorted((p.start, p.start + p.width) for p in placed if p is not None)
    for start, end in spans:
        assert start >= -1e-9 and end <= WIDTH + 1e-9
    for (_a, end), (start, _b) in pairwise(spans):
        assert end <= start + 1e-9
    for anchor, text, label in zip(anchors, texts, placed, strict=True):
        if label is not None:
            gap = max(anchor[0] - (label.start + label.width), label.start - anchor[1], 0.0)
            assert gap <= 1e-9, "a label touches its marker's span"
            if not whole:
                assert label.lines == (text,), "on screen a label is whole or not drawn"
            elif not label.callout:
                assert " ".join(label.lines).split() == text.split()


@pytest.mark.parametrize("rtl", [False, True])
def test_bars_that_began_before_the_view_and_find_no_row_are_counted_in_view(rtl):
    bars = [event(n, date(2025, 4, 5), f"Sideline meeting {n}", days=4) for n in range(1, 40)]
    period = Period(day_number(date(2025, 4, 7)), day_number(date(2025, 4, 8)))
    result = lay(bars, period, rtl)
    assert result.clusters, "more bars than rows"
    for cluster in result.clusters:
        assert cluster.rect.x >= 0.0 and cluster.rect.right <= WIDTH, cluster.rect
    assert len(result.events) + sum(cluster.count for cluster in result.clusters) == len(bars)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_badge_is_never_cut_by_the_views_edge(rtl):
    crowd = [event(n, date(2025, 4, 30), f"Meeting {n}", days=0) for n in range(1, 40)]
    for tenths in range(1, 20):  # the view's end anywhere in the crowd's bin (two days)
        end = day_number(date(2025, 4, 30)) + tenths / 10
        result = lay(crowd, Period(end - 30, end), rtl)
        assert result.clusters
        for cluster in result.clusters:
            assert cluster.rect.x >= 0.0 and cluster.rect.right <= WIDTH, (tenths, cluster.rect)


@settings(max_examples=40)
@given(
    days=st.lists(st.integers(0, 120), min_size=8, max_size=60),
    lengths=st.lists(st.integers(0, 20), min_size=60, max_size=60),
)
def test_a_badge_of_one_never_stands_beside_another_badge(days, lengths):
    """A hidden event whose marker would meet a badge joins it: no "+1" sits next to "+5"."""
    events = [
        event(n, date(2025, 1, 1) + timedelta(days=day), f"Visit {n}", lengths[n - 1])
        for n, day in enumerate(days, start=1)
    ]
    period = Period(day_number(date(2024, 12, 1)), day_number(date(2025, 6, 1)))
    geometry = Geometry()
    cache = StackingCache(MemorySource.single(events, text_width, "en"), geometry)
    result = layout(cache, period, WIDTH, 140.0, text_width, LayoutOptions(legend=False))
    for lone in (cluster for cluster in result.clusters if cluster.count == 1):
        for other in result.clusters:
            if other is not lone:
                gap = max(other.rect.x - lone.rect.right, lone.rect.x - other.rect.right)
                assert gap > 2 * geometry.marker_size, (lone.rect, other.rect)
    shown = {shape.event.id for shape in result.events}
    hidden = sum(cluster.count for cluster in result.clusters)
    assert len(shown) + hidden == len(events), "each event drawn or counted exactly once"


@settings(max_examples=40)
@given(
    days=st.lists(st.integers(0, 120), min_size=8, max_size=60),
    lengths=st.lists(st.integers(0, 20), min_size=60, max_size=60),
)
def test_no_badge_is_drawn_over_a_marker_in_the_badges_row(days, lengths):
    """A lone hidden event drawn as itself in the badges' row keeps its marker clear of
    every badge: a "+1" that stayed a badge because its marker met a drawn bar sat on the
    bar's middle (a week of AE–NG at 800×500). It takes that bar into its badge instead."""
    events = [
        event(n, date(2025, 1, 1) + timedelta(days=day), f"Visit {n}", lengths[n - 1])
        for n, day in enumerate(days, start=1)
    ]
    period = Period(day_number(date(2024, 12, 1)), day_number(date(2025, 6, 1)))
    cache = StackingCache(MemorySource.single(events, text_width, "en"), Geometry())
    result = layout(cache, period, WIDTH, 140.0, text_width, LayoutOptions(legend=False))
    for cluster in result.clusters:
        for shape in result.events:
            assert not cluster.rect.intersects(shape.marker_rect), (cluster.rect, shape)
    shown = {shape.event.id for shape in result.events}
    hidden = sum(cluster.count for cluster in result.clusters)
    assert len(shown) + hidden == len(events), "each event drawn or counted exactly once"


@pytest.mark.parametrize("rtl", [False, True])
def test_a_lone_hidden_event_is_drawn_once_the_bar_it_met_has_joined_a_badge(rtl):
    """A week whose rows are full: three hidden events, a bar, a window over it and a day
    under it. The bar is drawn in the badges' row; the window's "+1" would cover it and
    takes it in ("+2"); the day, kept a "+1" only because its marker met the bar, is then
    drawn as itself rather than counted beside."""
    june = [event(n, date(2025, 6, 1), f"Assembly {n}", days=29) for n in range(10, 22)]
    bar = event(7, date(2025, 6, 17), "Bar", days=6)
    within = EventDate(
        FuzzyDate.from_date(date(2025, 6, 19)), FuzzyDate.from_date(date(2025, 6, 27)), True
    )
    window = Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), within, title_en="Window", id=8)
    day = event(9, date(2025, 6, 21), "Day")
    week = Period(day_number(date(2025, 6, 16)), day_number(date(2025, 6, 23)))
    result = lay([*june, bar, window, day], week, rtl)
    shown = {shape.event.id for shape in result.events}
    counted = sorted(n for cluster in result.clusters for n in cluster.event_ids)
    assert 9 in shown and 7 not in shown and 8 not in shown, (shown, counted)
    assert [cluster.count for cluster in result.clusters if 7 in cluster.event_ids] == [2]
    for cluster in result.clusters:
        for shape in result.events:
            assert not cluster.rect.intersects(shape.marker_rect), (cluster.rect, shape)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_lone_event_drawn_in_the_badges_row_with_no_room_for_its_label_has_a_tab(rtl):
    """Rows full of days with three visits each, a quiet stretch, then more: a lone hidden
    event of the quiet stretch is drawn as itself in the badges' row, a badge of the busy
    days just after it. Its label has no room there: it stood a marker alone (a statement
    of the Emirates' first half of 2020 at 1280×720, a dashed bar over a blank row). A tab
    stands beside it, clear of the badge."""
    first = date(2025, 1, 1)
    busy = [event(n, first + timedelta(days=n // 3), "x" * 60) for n in range(1, 120)]
    busy += [event(500 + n, first + timedelta(days=52 + n // 3), "y" * 60) for n in range(60)]
    lone = event(999, first + timedelta(days=44), "z" * 40)
    result = lay([*busy, lone], Period(day_number(first), day_number(first) + 100), rtl, 200.0)
    shape = shape_of(result, 999)
    marker, tab = shape.marker_rect, shape.label_rect
    badges = [cluster.rect for cluster in result.clusters]
    assert any(badge.y <= marker.y <= badge.bottom for badge in badges)  # the badges' row
    assert shape.folded and shape.lines == ("…",) and tab is not None
    assert near(tab, marker, 8.0)
    assert not any(tab.intersects(badge) for badge in badges)
    assert 999 in result.left_out
    assert _clear_of_each_other(result.events)


def month(number: int, year: int, month_number: int, title: str) -> Event:
    when = EventDate(FuzzyDate(year, month_number))
    return Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), when, title_en=title, id=number)


def _tab_under_its_bar(result: TimelineLayout, number: int, rtl: bool) -> None:
    """The event's bar has a tab under its start in view, clear of every other shape."""
    shape = shape_of(result, number)
    marker, tab = shape.marker_rect, shape.label_rect
    assert shape.folded and shape.lines == ("…",) and tab is not None, shape
    assert near(tab, marker, 8.0) and number in result.left_out
    if rtl:
        assert tab.right == pytest.approx(min(marker.right, WIDTH - 4.0))
    else:
        assert tab.x == pytest.approx(max(marker.x, 4.0))
    others = [each for each in result.events if each is not shape]
    boxes = [each.marker_rect for each in others] + [each.label_rect for each in others]
    assert not any(box is not None and tab.intersects(box) for box in boxes)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_bar_beginning_where_the_bar_before_it_ends_has_a_tab_at_the_far_edge(rtl):
    """January's bar begins where December's ends, by the far edge, its label too long for
    any room there: it stood a marker alone (January 2000 at 1600×600, a month across the
    10,000 events), as a tab kept the label gap from December's bar, which a label under
    its own marker does not."""
    events = [month(1, 2024, 12, "December talks"), month(2, 2025, 1, "January talks " * 30)]
    period = Period(day_number(date(2024, 12, 5)), day_number(date(2025, 1, 3)))
    _tab_under_its_bar(lay(events, period, rtl, 200.0), 2, rtl)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_bar_cut_by_the_start_edge_a_day_before_the_next_marker_has_a_tab(rtl):
    """August's bar, cut by the view's start, ends a few pixels before September's first
    day's marker, its label longer than its part in view: it stood a marker alone (August
    2029 at 1600×340, a quarter across the 10,000 events), the room for a tab under it
    looked for after the bar's end, within a gap of that marker."""
    events = [month(1, 2029, 8, "August talks on trade"), event(2, date(2029, 9, 1), "Visit")]
    period = Period(day_number(date(2029, 8, 25)), day_number(date(2029, 8, 25)) + 61)
    _tab_under_its_bar(lay(events, period, rtl, 200.0), 1, rtl)


def test_in_print_a_label_before_its_marker_keeps_apart_from_the_label_it_follows():
    """The sample's first printed row in Arabic: a label wrapped before its marker at the
    far edge began a word's width after the label before it ended, and the two read as one
    sentence. Where its lines may break narrower, it keeps the screen's text gap; where
    that would cost a line, the label gap does."""
    texts = ["a" * 20, "aaaaaaaaaa bbbbbbbbbbbb cc"]  # the first ends at 140, after its marker
    gap = PRINT.text_gap
    roomy = place_row([(0.0, 10.0), (300.0, 310.0)], texts, [], 330.0, text_width, PRINT)
    assert roomy[1] is not None and roomy[1].start + roomy[1].width == 310.0  # before it
    assert roomy[1].lines == ("aaaaaaaaaa", "bbbbbbbbbbbb cc") and roomy[1].start >= 140 + gap
    tight = place_row([(0.0, 10.0), (250.0, 260.0)], texts, [], 330.0, text_width, PRINT)
    assert tight[1] is not None and tight[1].start + tight[1].width == 260.0
    assert len(tight[1].lines) == 2 and 140.0 + PRINT.gap <= tight[1].start < 140.0 + gap
