"""From events, a visible period and a size to positioned shapes; no painting here.

Stacking (which row an event sits in) is computed once per zoom level for the whole filtered
set, in "world" coordinates that do not depend on the pan, so panning never moves an event
to another row. Labels are reserved room in that stacking, so they never overlap; events that
find no free row become cluster badges, decided per zoom level and cached.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from timeline.domain.dates import Precision
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.period import Period, day_number
from timeline.render.axis import Interval, choose_units, hijri_months, intervals
from timeline.render.scale import TimeScale

TextWidth = Callable[[str], float]


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: Rect) -> bool:
        return not (
            other.x >= self.right
            or other.right <= self.x
            or other.y >= self.bottom
            or other.bottom <= self.y
        )


class Marker(Enum):
    POINT = "point"  # known to the day
    BAR = "bar"  # lasted from start to end
    FUZZY = "fuzzy"  # known only to the month or year
    WINDOW = "window"  # one day somewhere within the span


@dataclass(frozen=True, slots=True)
class Geometry:
    """Sizes in device-independent pixels."""

    tier_height: float = 24.0
    hijri_height: float = 20.0
    row_height: float = 38.0
    marker_top: float = 5.0
    marker_size: float = 10.0
    label_top: float = 17.0
    label_height: float = 19.0
    label_gap: float = 8.0
    max_label: float = 380.0
    min_tick_label: float = 44.0
    tick_padding: float = 12.0
    fit_margin: float = 24.0
    cluster_bin: float = 56.0
    lane_gap: float = 6.0
    lane_title_height: float = 18.0


@dataclass(frozen=True, slots=True)
class Lane:
    """A horizontal band of events (all events, one partner pair, or one kind)."""

    key: str
    title: str
    events: Sequence[Event]


@dataclass(frozen=True, slots=True)
class EventShape:
    event: Event
    marker: Marker
    marker_rect: Rect
    label: str
    label_rect: Rect
    lane: int
    row: int


@dataclass(frozen=True, slots=True)
class ClusterShape:
    """Several events with no free row, drawn as one badge with their count."""

    count: int
    first_day: float
    last_day: float
    rect: Rect
    lane: int
    event_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TickShape:
    x: float
    label: str
    label_rect: Rect
    tier: int  # 0 major, 1 minor, 2 Hijri


@dataclass(frozen=True, slots=True)
class LaneShape:
    title: str
    rect: Rect


@dataclass(slots=True)
class TimelineLayout:
    width: float
    height: float
    scale: TimeScale
    rtl: bool
    axis_bottom: float
    ticks: list[TickShape] = field(default_factory=list)
    events: list[EventShape] = field(default_factory=list)
    clusters: list[ClusterShape] = field(default_factory=list)
    lanes: list[LaneShape] = field(default_factory=list)
    today_x: float | None = None

    def event_at(self, x: float, y: float) -> EventShape | None:
        for shape in reversed(self.events):
            if shape.marker_rect.contains(x, y) or shape.label_rect.contains(x, y):
                return shape
        return None

    def cluster_at(self, x: float, y: float) -> ClusterShape | None:
        for cluster in self.clusters:
            if cluster.rect.contains(x, y):
                return cluster
        return None


def marker_of(event: Event) -> Marker:
    when = event.date
    if when.within:
        return Marker.WINDOW
    if when.end is None:
        return Marker.POINT if when.start.precision is Precision.DAY else Marker.FUZZY
    fuzzy = Precision.DAY not in (when.start.precision, when.end.precision)
    return Marker.FUZZY if fuzzy else Marker.BAR


def zoom_level(pixels_per_day: float) -> int:
    """Zoom levels in quarter octaves: one stacking serves a whole level."""
    return math.floor(math.log2(pixels_per_day) * 4)


def level_min_pixels_per_day(level: int) -> float:
    return 2.0 ** (level / 4)


@dataclass(frozen=True, slots=True)
class Stacking:
    """Row of each event of a lane at one zoom level; -1 means it joined a cluster."""

    rows: tuple[int, ...]
    starts: tuple[float, ...]  # world start (day number) of each event, sorted
    longest: float  # the longest reserved extent, in days: bounds the visible search


def stack(
    events: Sequence[Event],
    pixels_per_day: float,
    rows: int,
    text_width: TextWidth,
    language: str,
    geometry: Geometry,
) -> Stacking:
    """Greedy lowest-free-row packing of marker + label extents, in time order."""
    free_at = [-math.inf] * rows
    assigned: list[int] = []
    starts: list[float] = []
    longest = 0.0
    for event in events:
        start = day_number(event.date.earliest())
        end = day_number(event.date.latest()) + 1
        label_px = min(text_width(event.title(language)), geometry.max_label)
        # The label sits under the marker from its start: reserve the wider of the two.
        reserved_px = max(geometry.marker_size, label_px) + geometry.label_gap
        reserved_end = max(end, start + reserved_px / pixels_per_day)
        row = next((index for index, free in enumerate(free_at) if free <= start), -1)
        if row >= 0:
            free_at[row] = reserved_end
        assigned.append(row)
        starts.append(start)
        longest = max(longest, reserved_end - start)
    return Stacking(tuple(assigned), tuple(starts), longest)


class StackingCache:
    """Stackings of one filtered set, by zoom level and row count."""

    def __init__(self, lanes: Sequence[Lane], text_width: TextWidth, language: str) -> None:
        self.lanes = lanes
        self._text_width = text_width
        self._language = language
        self._cache: dict[tuple[int, int, int], Stacking] = {}

    def get(self, lane: int, level: int, rows: int, geometry: Geometry) -> Stacking:
        key = (lane, level, rows)
        found = self._cache.get(key)
        if found is None:
            found = stack(
                self.lanes[lane].events,
                level_min_pixels_per_day(level),
                rows,
                self._text_width,
                self._language,
                geometry,
            )
            self._cache[key] = found
        return found


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    rtl: bool = False
    fmt: DateFormat = field(default_factory=DateFormat)
    hijri_tier: bool = True
    today: date | None = None
    geometry: Geometry = field(default_factory=Geometry)


def layout(
    cache: StackingCache,
    period: Period,
    width: float,
    height: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> TimelineLayout:
    """Position what is visible of ``cache.lanes`` in ``period`` across ``width``."""
    g = options.geometry
    scale = TimeScale(period, 0.0, width, options.rtl)
    tiers = 3 if options.hijri_tier else 2
    axis_bottom = g.tier_height * 2 + (g.hijri_height if options.hijri_tier else 0.0)
    result = TimelineLayout(width, height, scale, options.rtl, axis_bottom)
    _place_ticks(result, scale, text_width, options, tiers)
    if options.today is not None:
        x = scale.x(day_number(options.today) + 0.5)
        if 0 <= x <= width:
            result.today_x = x
    lanes = cache.lanes
    if not lanes:
        return result
    body = height - axis_bottom - g.lane_gap
    titled = len(lanes) > 1
    lane_height = max(body / len(lanes), g.row_height * 2 + (g.lane_title_height if titled else 0))
    level = zoom_level(scale.pixels_per_day)
    top = axis_bottom + g.lane_gap
    for index, lane in enumerate(lanes):
        lane_rect = Rect(0.0, top, width, lane_height - g.lane_gap)
        result.lanes.append(LaneShape(lane.title, lane_rect))
        rows_top = top + (g.lane_title_height if titled else 0.0)
        rows = max(1, int((lane_rect.bottom - rows_top) // g.row_height) - 1)
        stacking = cache.get(index, level, rows, g)
        _place_lane(result, lane, index, stacking, rows, rows_top, text_width, options)
        top += lane_height
    return result


def fit_period(
    events: Sequence[Event], width: float, text_width: TextWidth, language: str, geometry: Geometry
) -> Period | None:
    """The period that shows every event *and* the labels of the latest ones, which read
    toward later time and would otherwise run off the edge."""
    if not events:
        return None
    first = min(day_number(event.date.earliest()) for event in events)
    last = max(day_number(event.date.latest()) + 1 for event in events)
    pad = max((last - first) * 0.03, 3.0)
    start = first - pad
    span = last + pad - start
    usable = width - geometry.fit_margin
    latest = sorted(events, key=lambda event: event.date.earliest())[-50:]
    for event in latest:
        label = min(text_width(event.title(language)), geometry.max_label)
        room = usable - label
        if room > usable / 3:  # never squeeze the whole timeline for one long title
            span = max(span, (day_number(event.date.earliest()) - start) * width / room)
    return Period(start, start + span)


def _place_ticks(
    result: TimelineLayout,
    scale: TimeScale,
    text_width: TextWidth,
    options: LayoutOptions,
    tiers: int,
) -> None:
    g, fmt = options.geometry, options.fmt
    minor, major = choose_units(scale.pixels_per_day, fmt, text_width, g.tick_padding)
    rows: list[tuple[int, list[Interval]]] = [
        (0, list(intervals(scale, major, fmt, major=True))),
        (1, list(intervals(scale, minor, fmt, major=False))),
    ]
    if tiers == 3 and scale.pixels_per_day * 29.5 >= g.min_tick_label:
        rows.append((2, list(hijri_months(scale, fmt))))
    for tier, spans in rows:
        top = g.tier_height * min(tier, 2)
        height = g.hijri_height if tier == 2 else g.tier_height
        for span in spans:
            x_a, x_b = scale.x(span.start), scale.x(span.end)
            left, right = min(x_a, x_b), max(x_a, x_b)
            visible_left, visible_right = max(left, 0.0), min(right, result.width)
            label_w = text_width(span.label) + 8
            label = span.label
            if visible_right - visible_left < label_w:
                if right - left < label_w:
                    label = ""  # no room at this zoom: the boundary line still shows
                # a major label sticks to the visible part of its interval
                centre = (visible_left + visible_right) / 2
            else:
                centre = (visible_left + visible_right) / 2 if tier == 0 else (left + right) / 2
            rect = Rect(centre - label_w / 2, top, label_w, height)
            result.ticks.append(TickShape(x_a, label, rect, tier))


def _place_lane(
    result: TimelineLayout,
    lane: Lane,
    lane_index: int,
    stacking: Stacking,
    rows: int,
    rows_top: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> None:
    g, scale = options.geometry, result.scale
    period = scale.period
    first = bisect_left(stacking.starts, period.start - stacking.longest)
    last = bisect_right(stacking.starts, period.end)
    bins: dict[int, list[Event]] = {}
    for index in range(first, last):
        event = lane.events[index]
        row = stacking.rows[index]
        if row < 0:
            start = stacking.starts[index]
            bins.setdefault(math.floor(start * scale.pixels_per_day / g.cluster_bin), []).append(
                event
            )
            continue
        shape = _event_shape(event, row, rows_top, lane_index, scale, text_width, options)
        if shape.marker_rect.right < 0 and shape.label_rect.right < 0:
            continue
        if shape.marker_rect.x > result.width and shape.label_rect.x > result.width:
            continue
        result.events.append(shape)
    y = rows_top + rows * g.row_height
    for members in bins.values():
        first_day = min(day_number(e.date.earliest()) for e in members)
        last_day = max(day_number(e.date.latest()) + 1 for e in members)
        x_a, x_b = scale.x(first_day), scale.x(last_day)
        left, right = min(x_a, x_b), max(x_a, x_b)
        label_w = text_width(options.fmt.digits(f"+{len(members)}")) + 14
        width = max(right - left, label_w)
        rect = Rect(left, y + 2, width, g.row_height - 4)
        ids = tuple(e.id for e in members if e.id is not None)
        result.clusters.append(
            ClusterShape(len(members), first_day, last_day, rect, lane_index, ids)
        )


def _event_shape(
    event: Event,
    row: int,
    rows_top: float,
    lane: int,
    scale: TimeScale,
    text_width: TextWidth,
    options: LayoutOptions,
) -> EventShape:
    g = options.geometry
    marker = marker_of(event)
    row_top = rows_top + row * g.row_height
    start = day_number(event.date.earliest())
    end = day_number(event.date.latest()) + 1
    x_a, x_b = scale.x(start), scale.x(end)
    left, right = min(x_a, x_b), max(x_a, x_b)
    if right - left < g.marker_size:  # too short to see: widen from its start edge
        if options.rtl:
            left = right - g.marker_size
        else:
            right = left + g.marker_size
    marker_rect = Rect(left, row_top + g.marker_top, right - left, g.marker_size)
    title = event.title(options.fmt.language)
    label_w = min(text_width(title), g.max_label)
    # The label starts under the marker's start and reads toward later time.
    x = right - label_w if options.rtl else left
    label_rect = Rect(x, row_top + g.label_top, label_w, g.label_height)
    return EventShape(event, marker, marker_rect, title, label_rect, lane, row)
