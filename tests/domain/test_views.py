"""Saved views survive the settings file, and a garbled one is refused, not guessed."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.errors import ValidationError
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period
from timeline.domain.view_state import ViewState
from timeline.domain.views import SavedView


def test_a_view_round_trips_with_its_order_and_zoom():
    state = ViewState(
        EventFilter(
            countries=frozenset({"MA", "KZ"}),
            kinds=frozenset({EventKind.OFFICIAL_VISIT}),
            start=date(2024, 1, 1),
            end=date(2025, 12, 31),
            text="visa",
        ),
        order=("MA", "KZ"),
        period=Period(739000.0, 739400.0),
    )
    view = SavedView("Morocco–Kazakhstan 2024–2025", state)
    assert SavedView.from_dict(view.to_dict()) == view


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x", "countries": ["XX"]}, "countries"),
        ({"name": "x", "kinds": ["picnic"]}, "kind"),
        ({"name": "x", "from": "2025-02-30"}, "from"),
        ({"name": "x", "period": [5, 1]}, "period"),
        ("not a view", "view"),
    ],
)
def test_a_garbled_view_names_its_field(data, field):
    with pytest.raises(ValidationError) as error:
        SavedView.from_dict(data)
    assert error.value.field == field
