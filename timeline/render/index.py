"""The filtered events as columns: everything layout needs about *every* event, nothing more.

A million events fit in a few tens of megabytes this way; whole Event objects are fetched
only for the few hundred on screen (see :class:`EventSource`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from typing import Protocol

import numpy as np

from timeline.domain.dates import Precision
from timeline.domain.event import Event
from timeline.domain.kinds import kind_number
from timeline.domain.links import EventLink
from timeline.domain.period import Period, days_held
from timeline.domain.status import EventStatus
from timeline.render.connectors import Ties

#: One flag or a column of them (numpy broadcasts either).
Flags = bool | np.ndarray


class Marker(IntEnum):
    """How an event's time is drawn."""

    POINT = 0  # known to the day
    BAR = 1  # lasted from start to end
    FUZZY = 2  # known only to the month or year
    WINDOW = 3  # one day somewhere within the span


def marker_for(within: Flags, ranged: Flags, start_day: Flags, end_day: Flags) -> np.ndarray:
    """The one rule for how an event's time is drawn, for one event or columns of them: a
    window when it happened one day within a span; a point when it is one day known to the
    day; a bar when a span has a day at either end; otherwise fuzzy (month or year)."""
    single = np.where(start_day, Marker.POINT, Marker.FUZZY)
    span = np.where(np.logical_or(start_day, end_day), Marker.BAR, Marker.FUZZY)
    return np.where(within, Marker.WINDOW, np.where(ranged, span, single)).astype(np.uint8)


def vague_markers(markers: np.ndarray) -> np.ndarray:
    """Which of these markers are of events whose day is not known: known only to the
    month or year, or one day somewhere within a span."""
    found: np.ndarray = (markers == Marker.FUZZY) | (markers == Marker.WINDOW)
    return found


#: How many events before a view's first :meth:`TimelineIndex.first_in_view` looks through
#: for one running into it: a few microseconds on every zoom or pan step, at any N.
_LOOK_BACK = 256

#: :func:`marker_for` of every one event's four flags, read by :func:`marker_of`: the same
#: rule, without four numpy calls for each event (a source of thousands in memory spent
#: most of its making there).
_MARKER_OF_FLAGS = tuple(
    Marker(int(shape)) for shape in marker_for(*np.indices((2, 2, 2, 2)).reshape(4, -1) == 1)
)


def marker_of(event: Event) -> Marker:
    when = event.date
    end_day = when.end is not None and when.end.precision is Precision.DAY
    start_day = when.start.precision is Precision.DAY
    ranged = when.end is not None
    return _MARKER_OF_FLAGS[8 * when.within + 4 * ranged + 2 * start_day + end_day]


@dataclass(frozen=True)
class LaneColumns:
    """One lane's events sorted by (start, end, id)."""

    ids: np.ndarray  # int64
    starts: np.ndarray  # float64 day numbers
    ends: np.ndarray  # float64, exclusive (the day after the last)
    markers: np.ndarray  # uint8 Marker
    label_px: np.ndarray  # float32: the width the label needs

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @cached_property
    def spans(self) -> np.ndarray:
        """Positions of the events longer than a day (the only ones that can cross a
        boundary between days)."""
        return np.nonzero(self.ends - self.starts > 1.0)[0]


@dataclass(eq=False)
class TimelineIndex:
    """Columns of the filtered events, in time order, with the lane of each."""

    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    markers: np.ndarray
    label_px: np.ndarray
    lanes: np.ndarray  # int32 lane number of each event
    lane_titles: tuple[str, ...] = ("",)
    #: uint8: each event's kind, as its position in EventKind (for the density strip's colours)
    kinds: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint8))
    _lane_cache: dict[int, LaneColumns] = field(default_factory=dict, repr=False)
    #: The ids in increasing order and where each stands, where the caller has them already
    #: (every event's arrays keep them): then they are not sorted again (see _by_id).
    ids_in_order: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls,
        ids: Iterable[int] | np.ndarray,
        starts: Iterable[float] | np.ndarray,
        ends: Iterable[float] | np.ndarray,
        markers: Iterable[int] | np.ndarray,
        label_px: Iterable[float] | np.ndarray,
        lanes: Iterable[int] | np.ndarray | None = None,
        lane_titles: Sequence[str] = ("",),
        kinds: Iterable[int] | np.ndarray | None = None,
        *,
        in_order: bool = False,
        ids_in_order: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> TimelineIndex:
        """Columns in any order; they are sorted here once, unless ``in_order`` says they
        already are, by (start, end, id) (a million events take a sixth of a second).
        ``ids_in_order``, with ``in_order`` only: the ids in increasing order and the
        position of each, known already."""
        if ids_in_order is not None and not in_order:
            raise ValueError("ids_in_order needs columns in order")
        id_array = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids, np.int64)
        count = id_array.shape[0]
        start_array = np.asarray(_array(starts), np.float64)
        end_array = np.asarray(_array(ends), np.float64)
        lane_array = (
            np.zeros(count, np.int32) if lanes is None else np.asarray(_array(lanes), np.int32)
        )
        kind_array = (
            np.zeros(count, np.uint8) if kinds is None else np.asarray(_array(kinds), np.uint8)
        )
        order = slice(None) if in_order else np.lexsort((id_array, end_array, start_array))
        return cls(
            ids=id_array[order],
            starts=start_array[order],
            ends=end_array[order],
            markers=np.asarray(_array(markers), np.uint8)[order],
            label_px=np.asarray(_array(label_px), np.float32)[order],
            lanes=lane_array[order],
            lane_titles=tuple(lane_titles),
            kinds=kind_array[order],
            ids_in_order=ids_in_order,
        )

    @classmethod
    def empty(cls) -> TimelineIndex:
        return cls.build([], [], [], [], [])

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def lane(self, number: int) -> LaneColumns:
        found = self._lane_cache.get(number)
        if found is None:
            if len(self.lane_titles) == 1:
                found = LaneColumns(self.ids, self.starts, self.ends, self.markers, self.label_px)
            else:
                mask = self.lanes == number
                found = LaneColumns(
                    self.ids[mask],
                    self.starts[mask],
                    self.ends[mask],
                    self.markers[mask],
                    self.label_px[mask],
                )
            self._lane_cache[number] = found
        return found

    @cached_property
    def _by_id(self) -> tuple[np.ndarray, np.ndarray]:
        """The ids in increasing order, and where each stands: a sort, not a dict of a
        million entries (0.1 s instead of 0.9 at a million events). Each id is there once,
        so any sort gives this order: numpy's default one is vectorised, a fifth of the
        stable one's time (20 ms at a million), unless known."""
        if self.ids_in_order is not None:
            return self.ids_in_order
        order = np.argsort(self.ids)
        return self.ids[order], order

    def position(self, event_id: int) -> int | None:
        """Where an event stands in time order (for stepping through events)."""
        ids, order = self._by_id
        at = int(np.searchsorted(ids, event_id))
        return int(order[at]) if at < len(ids) and ids[at] == event_id else None

    def first_from(self, day: float) -> int | None:
        """Where the first event starting on or after ``day`` stands (None: none does): a
        binary search in the starts, whatever the number of events."""
        at = int(np.searchsorted(self.starts, day, side="left"))
        return at if at < len(self) else None

    @cached_property
    def _reach(self) -> np.ndarray:
        """How far the events reach up to each one in time order: the running maximum of
        their ends, never decreasing, so that a binary search finds the first still running
        at a day (a million events: a few milliseconds, once)."""
        return np.maximum.accumulate(self.ends) if len(self) else self.ends

    @cached_property
    def vague(self) -> np.ndarray:
        """Where the events not known to the day stand, in time order (the density strip
        spreads them over their spans): found once, for every width and period of it."""
        return np.flatnonzero(vague_markers(self.markers))

    def first_running(self, day: float) -> int | None:
        """Where the first event in time order that ends after ``day`` stands: one begun
        before and running into it (a year's event, in a view of its December) comes before
        those starting on or after it. None: every event has ended by then."""
        at = int(np.searchsorted(self._reach, day, side="right"))
        return at if at < len(self) else None

    def first_in_view(self, start: float, end: float) -> int | None:
        """Where the list begins for a view from ``start`` to ``end``: at the events running
        into it, listed right before the first starting in it with none ended between (a
        day inside an assembly: the assembly), or the first running into it that began less
        than the view's length before it (a month's events, with the month's ended days
        listed after them), else at the first starting in it. A month of 2019 on the
        50,000-event database began its list at "2019", then every event of January to
        May. Looks back a bounded stretch, as the view moves on every step. None: no event
        runs into the view or starts after it."""
        begun = int(np.searchsorted(self.starts, start, side="left"))
        back = max(begun - _LOOK_BACK, 0)
        ends = self.ends[back:begun]
        ended = np.flatnonzero(ends <= start)
        at = back + int(ended[-1]) + 1 if ended.size else back
        since = max(int(np.searchsorted(self.starts, start - (end - start), side="left")), back)
        recent = np.flatnonzero(ends[since - back :] > start)
        if recent.size:
            at = min(at, since + int(recent[0]))
        return at if at < len(self) else None

    def running_across(self, day: float) -> tuple[float, float] | None:
        """The days from the first start to the last end of the events begun before ``day``
        and still running on it (None: none is), found by binary searches: they all hold
        ``day``, so those days hold them all, no gap between."""
        first = self.first_running(day)
        begun = int(np.searchsorted(self.starts, day, side="left"))
        if first is None or first >= begun:
            return None
        return float(self.starts[first]), float(self._reach[begun - 1])

    def last_before(self, day: float) -> int | None:
        """Where the last event (in time order) starting before ``day`` stands. With
        :meth:`first_from`, the two events either side of a day in the order the list
        shows them and Up and Down step through: what the note over a view with no event
        offers, and what Ctrl with an arrow key goes to."""
        at = int(np.searchsorted(self.starts, day, side="left"))
        return at - 1 if at else None

    def touching(self, period: Period) -> TimelineIndex:
        """The events reaching into ``period``, in the same order and lanes."""
        kept = period.touches(self.starts, self.ends)
        return TimelineIndex(
            self.ids[kept],
            self.starts[kept],
            self.ends[kept],
            self.markers[kept],
            self.label_px[kept],
            self.lanes[kept],
            self.lane_titles,
            self.kinds[kept] if len(self.kinds) else self.kinds,
        )

    def holds(self, event_ids: np.ndarray) -> np.ndarray:
        """Which of these events the index holds, all at once: binary searches in its ids
        in order. A table over their range (np.isin's fastest) cost 4.4 ms at a million
        events before it looked at any, and agreements and links tie a few."""
        ids, _order = self._by_id
        at = np.minimum(np.searchsorted(ids, event_ids), max(len(ids) - 1, 0))
        return ids[at] == event_ids if len(ids) else np.zeros(len(event_ids), bool)


def _array(values: Iterable[float] | np.ndarray) -> np.ndarray | list[float]:
    return values if isinstance(values, np.ndarray) else list(values)


class EventSource(Protocol):
    """Where the timeline's events come from: an index of all, Event objects on demand."""

    @property
    def index(self) -> TimelineIndex: ...

    @property
    def statuses(self) -> frozenset[EventStatus]:
        """The statuses of its events: a legend explains the marks of those it draws."""
        ...

    def events(self, ids: Sequence[int]) -> Mapping[int, Event]:
        """Whole events: for the details, the editor, exports."""
        ...

    def drawn(self, ids: Sequence[int]) -> Mapping[int, Event]:
        """Events with what a frame and its tooltips show (kind, date, titles, countries,
        host, place); a source may leave the rest out, to read them faster."""
        ...

    def ties(self) -> Ties:
        """The agreements' threads and the links among the source's events (its
        connectors); cheap to ask again, as a layout does every frame."""
        ...


class MemorySource:
    """Events already in memory: the sample, a preview, an export of a few thousand."""

    def __init__(
        self,
        lanes: Sequence[tuple[str, Sequence[Event]]],
        text_width: Callable[[str], float],
        language: str,
        links: Sequence[EventLink] = (),
    ) -> None:
        """``links``: the typed links among these events, drawn as connectors (the
        agreements' threads are read from the events themselves)."""
        self._events: dict[int, Event] = {}
        self._links = tuple(links)
        self._ties: Ties | None = None
        ids: list[int] = []
        starts: list[float] = []
        ends: list[float] = []
        markers: list[int] = []
        widths: list[float] = []
        lane_numbers: list[int] = []
        kinds: list[int] = []
        for lane_number, (_title, events) in enumerate(lanes):
            for event in events:
                if event.id is None:
                    raise ValueError("events on a timeline need an id")
                self._events[event.id] = event
                ids.append(event.id)
                start, end = days_held(event.date)
                starts.append(start)
                ends.append(end)
                markers.append(marker_of(event))
                widths.append(text_width(event.title(language)))
                lane_numbers.append(lane_number)
                kinds.append(kind_number(event.kind))
        self._index = TimelineIndex.build(
            ids,
            starts,
            ends,
            markers,
            widths,
            lane_numbers,
            [title for title, _ in lanes] or [""],
            kinds,
        )
        self._statuses = frozenset(event.status for event in self._events.values())

    @classmethod
    def single(
        cls, events: Sequence[Event], text_width: Callable[[str], float], language: str
    ) -> MemorySource:
        return cls([("", events)], text_width, language)

    @property
    def index(self) -> TimelineIndex:
        return self._index

    @property
    def statuses(self) -> frozenset[EventStatus]:
        return self._statuses

    def events(self, ids: Sequence[int]) -> Mapping[int, Event]:
        return {event_id: self._events[event_id] for event_id in ids}

    drawn = events

    def ties(self) -> Ties:
        if self._ties is None:
            threads: dict[str, list[Event]] = {}
            for event in self._events.values():
                if event.agreement_id is not None:
                    threads.setdefault(event.agreement_id, []).append(event)
            ordered = {
                agreement: [
                    event.id or 0
                    for event in sorted(
                        steps,
                        key=lambda e: (e.date.earliest(), e.date.latest(), e.id or 0),
                    )
                ]
                for agreement, steps in threads.items()
            }
            self._ties = Ties.among(ordered, self._links, self._events)
        return self._ties
