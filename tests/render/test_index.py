"""The timeline's index of events: which events it holds."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from timeline.render.index import TimelineIndex


def test_an_index_holds_its_own_events_and_no_others():
    """Asked all at once (a source keeps agreements' and links' events to those it shows),
    ids below, between, among and above its own, in any order, repeated."""
    ids = [40, 7, 23, 12]
    index = TimelineIndex.build(ids, [5.0, 1.0, 3.0, 2.0], [6.0, 2.0, 4.0, 3.0], [0] * 4, [9.0] * 4)
    asked = np.array([23, 3, 40, 41, 12, 8, 7, 23, 100], np.int64)
    assert index.holds(asked).tolist() == [True, False, True, False, True, False, True, True, False]
    assert index.holds(np.zeros(0, np.int64)).tolist() == []
    empty = TimelineIndex.build([], [], [], [], [])
    assert empty.holds(asked).tolist() == [False] * len(asked)


def test_the_events_either_side_of_a_day():
    """What the note over an empty view offers and Ctrl with an arrow goes to: the first
    event to start on or after a day, and the last to start before it, in time order."""
    # id: (start, end exclusive)
    spans = {1: (10.0, 40.0), 2: (20.0, 21.0), 3: (25.0, 26.0), 4: (60.0, 61.0), 5: (35.0, 40.0)}
    ids = list(spans)
    starts = [spans[i][0] for i in ids]
    ends = [spans[i][1] for i in ids]
    index = TimelineIndex.build(ids, starts, ends, [0] * 5, [9.0] * 5)

    def at(position: int | None) -> int | None:
        return None if position is None else int(index.ids[position])

    assert at(index.first_from(50.0)) == 4
    assert at(index.first_from(25.0)) == 3, "on the day itself"
    assert at(index.first_from(61.0)) is None
    assert at(index.last_before(50.0)) == 5
    assert at(index.last_before(25.0)) == 2, "not the one starting that day"
    assert at(index.last_before(10.0)) is None
    empty = TimelineIndex.empty()
    assert empty.last_before(5.0) is None and empty.first_from(5.0) is None


@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 40)), max_size=30),
    day=st.integers(-5, 110),
)
def test_the_first_event_still_running_at_a_day_is_the_first_in_time_order_ending_after_it(
    spans, day
):
    """What the list shows first for a view starting at ``day``: a year's event running into
    the view comes before the view's own (an Arabic year of the Emirates and Nigeria began
    its list in March, following the events drawn, December's to February's under a badge)."""
    index = TimelineIndex.build(
        range(1, len(spans) + 1),
        [float(start) for start, _length in spans],
        [float(start + length) for start, length in spans],
        [0] * len(spans),
        [10.0] * len(spans),
    )
    running = [p for p in range(len(index)) if index.ends[p] > day]
    assert index.first_running(float(day)) == (running[0] if running else None)


@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 40)), max_size=30),
    day=st.integers(-5, 110),
    length=st.integers(1, 30),
)
def test_the_list_begins_at_the_events_running_into_the_view_from_not_long_before(
    spans, day, length
):
    """Where the list begins for a view of ``length`` days from ``day``: the events running
    into it listed right before the first starting in it, or the first running into it
    that began less than ``length`` days before, whichever is listed first (a month of
    2019 began its list at "2019", every event of January to May after it), else the first
    starting in it."""
    index = TimelineIndex.build(
        range(1, len(spans) + 1),
        sorted(float(start) for start, _length in spans),
        [float(start + length) for start, length in sorted(spans)],
        [0] * len(spans),
        [10.0] * len(spans),
    )
    begun = sum(1 for start in index.starts if start < day)
    ended = [p for p in range(begun) if index.ends[p] <= day]
    expected = ended[-1] + 1 if ended else 0
    recent = [p for p in range(begun) if index.starts[p] >= day - length and index.ends[p] > day]
    if recent:
        expected = min(expected, recent[0])
    assert index.first_in_view(float(day), float(day + length)) == (
        expected if expected < len(index) else None
    )
