"""Saved views: a named filter and zoom that a desk officer comes back to.

A view keeps the part of the window's :class:`ViewState` that names what is looked at (the
filter, the countries' order, the period); the lanes, the Hijri tier and the date format are
the reader's and stay the window's. Kept as plain JSON-ready dicts so the settings file stays
readable; reading checks every field and gives up on a view it does not understand rather
than guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from timeline.domain.countries import parse_country
from timeline.domain.errors import ValidationError
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import parse_kind
from timeline.domain.messages import message
from timeline.domain.period import Period, navigate
from timeline.domain.records import optional_day
from timeline.domain.view_state import ViewState


@dataclass(frozen=True, slots=True)
class SavedView:
    name: str
    state: ViewState

    def applied_to(self, state: ViewState) -> ViewState:
        """``state`` showing this view: its filter, order and period, the reader's lanes,
        Hijri tier and date format."""
        kept = self.state
        return replace(state, event_filter=kept.event_filter, order=kept.order, period=kept.period)

    def to_dict(self) -> dict[str, Any]:
        f, order, period = self.state.event_filter, self.state.order, self.state.period
        return {
            "name": self.name,
            "countries": [c for c in order if c in f.countries] + sorted(f.countries - set(order)),
            "kinds": sorted(kind.value for kind in f.kinds),
            "from": f.start.isoformat() if f.start else None,
            "to": f.end.isoformat() if f.end else None,
            "text": f.text,
            "period": [period.start, period.end] if period else None,
        }

    @classmethod
    def from_dict(cls, data: Any) -> SavedView:
        """A view from its dict; ValidationError says which field is wrong."""
        if not isinstance(data, dict):
            raise ValidationError("view", message("view.not_an_object"))
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValidationError("name", message("view.needs_name"))
        countries = tuple(parse_country(str(code)) for code in data.get("countries") or ())
        kinds = frozenset(parse_kind(str(kind)) for kind in data.get("kinds") or ())
        text = data.get("text") or ""
        if not isinstance(text, str):
            raise ValidationError("text", message("view.text_must_be_text"))
        event_filter = EventFilter(
            countries=frozenset(countries),
            kinds=kinds,
            start=optional_day(data.get("from"), "from"),
            end=optional_day(data.get("to"), "to"),
            text=text,
        )
        period = data.get("period")
        if period is not None:
            if (
                not isinstance(period, list)
                or len(period) != 2
                or not all(isinstance(v, int | float) for v in period)
                or period[1] <= period[0]
            ):
                raise ValidationError("period", message("view.bad_zoom"))
            period = navigate(Period(float(period[0]), float(period[1])))
        return cls(name.strip(), ViewState(event_filter, order=countries, period=period))
