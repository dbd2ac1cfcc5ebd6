"""What the timeline shows and how, as one value: the window holds it, a saved view keeps
part of it, an export request carries it. One value so that the three cannot drift apart
(a lane mode the window has and the export forgets, an order a saved view drops).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from timeline.domain.datetext import DateFormat
from timeline.domain.filters import EventFilter
from timeline.domain.period import Period


class LaneMode(StrEnum):
    """How events are split into lanes across the timeline."""

    SINGLE = "single"  # one stacked band
    KIND = "kind"  # one lane per kind of event
    PARTNER = "partner"  # one lane per partner of the filtered country


@dataclass(frozen=True, slots=True)
class ViewState:
    """The filter, the date format, the countries in the order the user picked them, the
    lanes, whether the Hijri tier shows, and the period in view (None: the whole filtered
    period, as an export of everything asks)."""

    event_filter: EventFilter = field(default_factory=EventFilter)
    fmt: DateFormat = field(default_factory=DateFormat)
    order: tuple[str, ...] = ()
    lanes: LaneMode = LaneMode.SINGLE
    hijri_tier: bool = True
    period: Period | None = None
