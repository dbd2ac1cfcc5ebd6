"""The store adapted for the renderer: markers read from stored columns follow the one rule."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from strategies import event_dates

from timeline.render.index import Marker, marker_of
from timeline.view.source import _markers


@given(st.lists(event_dates(), max_size=20))
def test_markers_from_stored_dates_are_the_events_own(dates):
    from_columns = _markers([when.to_edtf() for when in dates])
    assert [Marker(m) for m in from_columns] == [
        marker_of(SimpleNamespace(date=when)) for when in dates
    ]


def test_a_span_with_one_day_known_is_a_bar():
    """2025-03-01 to April 2025: drawn as the bar it is, wherever it is read from."""
    assert list(
        _markers(["2025-03-01/2025-04", "2025-03/2025-04", "[2025-04-05..2025-04-09]"])
    ) == [
        Marker.BAR,
        Marker.FUZZY,
        Marker.WINDOW,
    ]
