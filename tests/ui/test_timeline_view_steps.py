"""Up and Down with nothing selected: they start from what the user is looking at (the first
or last event in view, in the list's order), not from either end of the whole timeline, in
English and in Arabic (Up and Down are not mirrored)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from timeline.domain.period import Period, day_number
from timeline.ui.timeline_view import TimelineView

#: Between the IPU assembly (5–9 April) and the forum (28–29): quiet as a day, with them and
#: others in view as the middle of a month.
MID_APRIL = date(2025, 4, 15)


def in_order(view: TimelineView) -> list[tuple[int, float, float]]:
    """Every event as (id, first day, day after the last), in the list's order, found the
    long way from the events themselves."""
    events = view.source.events([int(i) for i in view.source.index.ids])
    spans = [
        (i, day_number(e.date.earliest()), day_number(e.date.latest()) + 1)
        for i, e in events.items()
    ]
    return sorted(spans, key=lambda span: (span[1], span[2], span[0]))


def touching(view: TimelineView) -> list[int]:
    period = view.period
    return [i for i, start, end in in_order(view) if start < period.end and end > period.start]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(("key", "which"), [(Qt.Key.Key_Down, 0), (Qt.Key.Key_Up, -1)])
def test_with_nothing_selected_down_and_up_select_the_first_and_last_event_in_view(
    qtbot, started_in, language, key, which
):
    window = started_in(language, (800, 500))
    view = window.timeline
    view.go_to(MID_APRIL, 30)
    shown = touching(view)
    assert len(shown) >= 3 and view.selected_id is None
    everything = in_order(view)
    assert shown[which] != everything[which][0], "the timeline's own ends lie elsewhere"
    before = view.period
    qtbot.keyClick(view, key)
    assert view.selected_id == shown[which]
    assert view.period == before, "the event is in view: the view stays"
    # From there the keys step on through the events in time order, as before.
    qtbot.keyClick(view, key)
    assert view.selected_id == shown[1 if which == 0 else -2]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_with_nothing_selected_or_in_view_down_and_up_go_to_the_nearest_event(
    qtbot, started_in, language
):
    window = started_in(language, (800, 500))
    view = window.timeline
    for key, later in ((Qt.Key.Key_Down, True), (Qt.Key.Key_Up, False)):
        view.set_selected(None)
        view.go_to(MID_APRIL, 1)
        quiet = view.period
        assert touching(view) == []
        everything = in_order(view)
        after = [i for i, start, _ in everything if start >= quiet.end]
        before = [i for i, start, _ in everything if start < quiet.start]
        wanted = after[0] if later else before[-1]
        qtbot.keyClick(view, key)
        assert view.selected_id == wanted
        assert view.period.span == pytest.approx(quiet.span), "the zoom is kept"
        start = next(start for i, start, _ in everything if i == wanted)
        assert view.period == Period(start + 0.5 - quiet.span / 2, start + 0.5 + quiet.span / 2)


def test_an_event_begun_before_the_view_and_still_on_is_the_first_in_view(qtbot, started_in):
    window = started_in("en", (800, 500))
    view = window.timeline
    # From the third day of the IPU assembly (5–9 April 2025): it and its talks are on.
    start = day_number(date(2025, 4, 7))
    view.set_period(Period(start, start + 20))
    shown = touching(view)
    spans = {i: (first, after) for i, first, after in in_order(view)}
    assert spans[shown[0]][0] < view.period.start, "begun before the view"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_id == shown[0]
    assert view.period == Period(start, start + 20)
