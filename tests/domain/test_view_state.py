"""One view state for the window, saved views and exports: a saved view keeps what is looked
at (filter, order, period) and gives it back to any reader's state; an export carries the
state whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period
from timeline.domain.view_state import LaneMode, ViewState
from timeline.domain.views import SavedView

ON_SCREEN = ViewState(
    EventFilter(
        countries=frozenset({"MA", "KZ"}),
        kinds=frozenset({EventKind.AGREEMENT_SIGNED}),
        start=date(2024, 1, 1),
        text="visa",
    ),
    DateFormat(language="ar", style=DateStyle.LEVANT),
    order=("KZ", "MA"),
    lanes=LaneMode.KIND,
    hijri_tier=False,
    period=Period(739000.0, 739400.0),
)


def test_a_saved_view_brings_back_what_was_looked_at_in_the_readers_own_way():
    stored = SavedView("Kazakhstan", ON_SCREEN).to_dict()
    reader = ViewState(fmt=DateFormat(language="fr"), lanes=LaneMode.PARTNER)
    shown = SavedView.from_dict(stored).applied_to(reader)
    # What is looked at comes back as it was saved, the countries in the order picked...
    assert (shown.event_filter, shown.order, shown.period) == (
        ON_SCREEN.event_filter,
        ON_SCREEN.order,
        ON_SCREEN.period,
    )
    # ... and the reader keeps their language, lanes and Hijri tier.
    assert (shown.fmt, shown.lanes, shown.hijri_tier) == (reader.fmt, LaneMode.PARTNER, True)


def test_the_window_state_round_trips_through_a_saved_view():
    again = SavedView.from_dict(SavedView("x", ON_SCREEN).to_dict()).applied_to(ON_SCREEN)
    assert again == ON_SCREEN
    whole = replace(ON_SCREEN, period=None)  # fitted to every event: no zoom is kept
    assert SavedView.from_dict(SavedView("x", whole).to_dict()).applied_to(ON_SCREEN) == whole
