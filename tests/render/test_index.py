"""The timeline's index of events: which events it holds."""

from __future__ import annotations

import numpy as np

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
