"""From an event source, a visible period and a size to positioned shapes; no painting.

Rows come from :mod:`timeline.render.stacking` (stable under panning, decided per zoom level
and cached); labels get the room their stacking reserved, so they never overlap; events that
found no row are drawn as cluster badges, one per bin of equal width. Only what is visible
is positioned, and only its Event objects are fetched from the source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.render.axis import Interval, choose_units, hijri_months, intervals
from timeline.render.index import EventSource, Marker, TimelineIndex
from timeline.render.scale import TimeScale
from timeline.render.stacking import OVERFLOW, LevelStacking, Stacker, zoom_level

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


@dataclass(frozen=True, slots=True)
class Geometry:
    """Sizes in device-independent pixels."""

    tier_height: float = 24.0
    hijri_height: float = 20.0
    row_height: float = 35.0
    marker_top: float = 4.0
    marker_size: float = 10.0
    label_top: float = 15.0
    label_height: float = 19.0
    label_gap: float = 8.0
    max_label: float = 380.0
    min_hijri_month: float = 22.0  # room for a Hijri month's number, its shortest label
    tick_padding: float = 12.0
    legend_height: float = 26.0
    fit_margin: float = 24.0
    cluster_bin: float = 56.0
    lane_gap: float = 6.0
    lane_title_height: float = 18.0


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
    """Events with no free row, drawn as one badge with their count."""

    count: int
    first_day: float
    last_day: float  # exclusive
    rect: Rect
    lane: int
    lane_ids: np.ndarray = field(repr=False)  # the lane's id column
    members: tuple[np.ndarray, ...] = field(repr=False)  # positions in it

    @property
    def event_ids(self) -> tuple[int, ...]:
        """The hidden events' ids, gathered only when asked for (there may be a million)."""
        return tuple(self.lane_ids[np.concatenate(self.members)].tolist())


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


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A swatch and its words: a kind's colour, or how an imprecise date is drawn."""

    kind: EventKind | None
    marker: Marker
    label: str
    swatch: Rect
    text: Rect


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
    legend: list[LegendItem] = field(default_factory=list)
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


class StackingCache:
    """Stackings of one source's events at every zoom level met so far; with ``ahead``
    (an interactive view), the levels around each one met are stacked in the background."""

    def __init__(
        self, source: EventSource, geometry: Geometry | None = None, ahead: bool = False
    ) -> None:
        self.source = source
        self.geometry = geometry or Geometry()
        self.stacker = Stacker(
            source.index, self.geometry.label_gap, self.geometry.cluster_bin, ahead
        )


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    rtl: bool = False
    fmt: DateFormat = field(default_factory=DateFormat)
    hijri_tier: bool = True
    today: date | None = None
    legend: bool = True
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
    index = cache.source.index
    if len(index) == 0:
        return result
    if options.legend:
        height -= g.legend_height
        _place_legend(result, height, text_width, options)
    titles = index.lane_titles
    body = height - axis_bottom - g.lane_gap
    titled = len(titles) > 1
    minimum = g.row_height * 2 + (g.lane_title_height if titled else 0)
    heights = _lane_heights(index, len(titles), body, minimum)
    level = zoom_level(scale.pixels_per_day)
    top = axis_bottom + g.lane_gap
    for number, title in enumerate(titles):
        lane_height = heights[number]
        lane_rect = Rect(0.0, top, width, lane_height - g.lane_gap)
        result.lanes.append(LaneShape(title, lane_rect))
        rows_top = top + (g.lane_title_height if titled else 0.0)
        rows = max(1, int((lane_rect.bottom - rows_top) // g.row_height))
        stacking = cache.stacker.level(number, level, rows)
        if rows > 1 and stacking.hides_events():  # keep the last row for cluster badges
            stacking = cache.stacker.level(number, level, rows - 1)
        _place_lane(result, cache.source, stacking, number, rows_top, options)
        top += lane_height
    return result


_MARKER_WORDS = {
    Marker.FUZZY: {"ar": "شهر أو سنة", "en": "month or year", "fr": "mois ou année"},
    Marker.WINDOW: {
        "ar": "يوم ما خلال المدة",
        "en": "one day within",
        "fr": "un jour dans la période",
    },
}


def _place_legend(
    result: TimelineLayout, top: float, text_width: TextWidth, options: LayoutOptions
) -> None:
    """Kinds by colour, then the two imprecise markers, flowing in reading direction."""
    g, language = options.geometry, options.fmt.language
    entries: list[tuple[EventKind | None, Marker, str]] = [
        (kind, Marker.BAR, kind.info.name(language)) for kind in EventKind
    ]
    for marker, words in _MARKER_WORDS.items():
        entries.append((None, marker, words.get(language, words["en"])))
    x = 8.0
    swatch, gap = 12.0, 6.0
    middle = top + g.legend_height / 2
    for kind, marker, label in entries:
        label_w = text_width(label)
        if x + swatch + gap + label_w > result.width - 8:
            break  # a narrow view shows the first ones
        swatch_x = result.width - x - swatch if options.rtl else x
        text_x = swatch_x - gap - label_w if options.rtl else swatch_x + swatch + gap
        result.legend.append(
            LegendItem(
                kind,
                marker,
                label,
                Rect(swatch_x, middle - swatch / 2, swatch, swatch),
                Rect(text_x, top + 2, label_w, g.legend_height - 4),
            )
        )
        x += swatch + gap + label_w + 18


def _lane_heights(index: TimelineIndex, lanes: int, body: float, minimum: float) -> list[float]:
    """Each lane gets room for two rows, the rest goes to the busier lanes (by the square
    root of their events, so a quiet partner is not squeezed out)."""
    if lanes == 1:
        return [max(body, minimum)]
    counts = np.bincount(index.lanes, minlength=lanes)[:lanes].astype(float)
    weights = np.sqrt(counts)
    spare = max(body - minimum * lanes, 0.0)
    share = weights / weights.sum() if weights.sum() else np.full(lanes, 1 / lanes)
    return [minimum + spare * float(part) for part in share]


def fit_period(index: TimelineIndex, width: float, geometry: Geometry) -> Period | None:
    """The period that shows every event *and* the labels of the latest ones, which read
    toward later time and would otherwise run off the edge."""
    if len(index) == 0:
        return None
    first, last = float(index.starts.min()), float(index.ends.max())
    pad = max((last - first) * 0.03, 3.0)
    start = first - pad
    span = last + pad - start
    usable = width - geometry.fit_margin
    latest_starts = index.starts[-50:]
    labels = np.minimum(index.label_px[-50:], geometry.max_label)
    room = usable - labels
    fits = room > usable / 3  # never squeeze the whole timeline for one long title
    if fits.any():
        span = max(span, float(((latest_starts[fits] - start) * width / room[fits]).max()))
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
    if tiers == 3 and scale.pixels_per_day * 29.5 >= g.min_hijri_month:
        rows.append((2, list(hijri_months(scale, fmt))))
    for tier, spans in rows:
        top = g.tier_height * min(tier, 2)
        height = g.hijri_height if tier == 2 else g.tier_height
        form = _uniform_form(spans, scale, text_width)
        for span in spans:
            x_a, x_b = scale.x(span.start), scale.x(span.end)
            left, right = min(x_a, x_b), max(x_a, x_b)
            visible_left, visible_right = max(left, 0.0), min(right, result.width)
            forms = (span.label, *span.shorter)
            label = forms[min(form, len(forms) - 1)]
            label_w = text_width(label) + 8
            if visible_right - visible_left < label_w:
                if right - left < label_w:
                    label = ""  # no room at this zoom: the boundary line still shows
                # a major label sticks to the visible part of its interval
                centre = (visible_left + visible_right) / 2
            else:
                centre = (visible_left + visible_right) / 2 if tier != 1 else (left + right) / 2
            rect = Rect(centre - label_w / 2, top, label_w, height)
            result.ticks.append(TickShape(x_a, label, rect, tier))


def _uniform_form(spans: list[Interval], scale: TimeScale, text_width: TextWidth) -> int:
    """Which form of label (0 the longest) fits every interval of a tier: one tier never mixes
    month names with month numbers. Intervals cut by the edge of the view do not count."""
    whole = [s for s in spans if scale.period.start <= s.start and s.end <= scale.period.end]
    if not whole:
        return 0
    forms = max(1 + len(s.shorter) for s in whole)
    for form in range(forms):
        if all(
            text_width((s.label, *s.shorter)[min(form, len(s.shorter))]) + 8
            <= (s.end - s.start) * scale.pixels_per_day
            for s in whole
        ):
            return form
    return forms - 1


def _visible_positions(
    stacking: LevelStacking, period: Period
) -> tuple[list[int], list[int], list[float]]:
    """Positions, rows and label ends of the placed events that reach into the period."""
    positions: list[np.ndarray] = []
    rows: list[np.ndarray] = []
    label_ends: list[np.ndarray] = []
    lane = stacking.lane
    # A label may spill from the chunk before the first one in view.
    for number in stacking.chunk_range(period.start - stacking.chunk_days, period.end):
        chunk = stacking.chunk(number)
        where = chunk.positions
        reach = np.maximum(lane.ends[where], chunk.label_ends)
        seen = (lane.starts[where] < period.end) & (reach > period.start)
        positions.append(where[seen])
        rows.append(chunk.rows[seen])
        label_ends.append(chunk.label_ends[seen])
    band = stacking.band
    near = band.near(period.start, period.end)
    seen = (band.rows[near] >= 0) & (band.reserved_ends[near] > period.start)
    positions.append(band.positions[near][seen])
    rows.append(band.rows[near][seen])
    label_ends.append(band.reserved_ends[near][seen])
    return (
        np.concatenate(positions).tolist(),
        np.concatenate(rows).tolist(),
        np.concatenate(label_ends).tolist(),
    )


def _place_lane(
    result: TimelineLayout,
    source: EventSource,
    stacking: LevelStacking,
    lane_number: int,
    rows_top: float,
    options: LayoutOptions,
) -> None:
    g, scale = options.geometry, result.scale
    period = scale.period
    lane = stacking.lane
    positions, rows, label_ends = _visible_positions(stacking, period)
    ids = lane.ids[positions].tolist() if positions else []
    events = source.drawn(ids)
    for position, event_id, row, label_end in zip(positions, ids, rows, label_ends, strict=True):
        result.events.append(
            _event_shape(
                events[event_id],
                Marker(int(lane.markers[position])),
                float(lane.label_px[position]),
                row,
                label_end,
                rows_top,
                lane_number,
                scale,
                options,
            )
        )
    result.events.sort(key=lambda shape: (shape.lane, shape.row, shape.marker_rect.x))
    y = rows_top + stacking.rows * g.row_height
    bin_days = g.cluster_bin / stacking.pixels_per_day
    for number, item in sorted(_visible_clusters(stacking, period, bin_days).items()):
        begin = number * bin_days
        x_a, x_b = scale.x(begin), scale.x(begin + bin_days)
        left, right = min(x_a, x_b) + 1, max(x_a, x_b) - 1
        result.clusters.append(
            ClusterShape(
                item.count,
                item.first_day,
                item.last_day,
                Rect(left, y + 2, right - left, g.row_height - 4),
                lane_number,
                lane.ids,
                tuple(item.members),
            )
        )


@dataclass(slots=True)
class _Bin:
    count: int
    first_day: float
    last_day: float
    members: list[np.ndarray]  # positions in the lane columns (views, not copies)


def _visible_clusters(stacking: LevelStacking, period: Period, bin_days: float) -> dict[int, _Bin]:
    """Hidden events that reach into the period, one badge per bin of their start.

    Bins wholly inside the period use the counts decided for the zoom level; only the bins at
    the edges look at their events. An event that crossed chunk boundaries (the band) may
    start far earlier, so those are looked up directly.
    """
    lane = stacking.lane
    found: dict[int, _Bin] = {}
    for number in stacking.chunk_range(period.start, period.end):
        clusters = stacking.chunk_rows(number).clusters
        begins = clusters.bins * bin_days
        seen = np.nonzero((begins < period.end) & (clusters.last_days > period.start))[0]
        for item in seen.tolist():
            offset, count = int(clusters.offsets[item]), int(clusters.counts[item])
            members = clusters.members[offset : offset + count]
            begin = float(begins[item])
            if begin < period.start or begin + bin_days > period.end:  # an edge bin
                members = members[
                    (lane.ends[members] > period.start) & (lane.starts[members] < period.end)
                ]
                if members.size == 0:
                    continue
                first, last = float(lane.starts[members[0]]), float(lane.ends[members].max())
            else:
                first, last = float(clusters.first_days[item]), float(clusters.last_days[item])
            _add(found, int(clusters.bins[item]), members, first, last)
    band = stacking.band
    near = band.near(period.start, period.end)
    hidden = band.positions[near][band.rows[near] == OVERFLOW]
    hidden = hidden[lane.ends[hidden] > period.start]
    bins = np.floor(lane.starts[hidden] / bin_days).astype(np.int64).tolist()
    for bin_number, position in zip(bins, hidden.tolist(), strict=True):
        start, end = float(lane.starts[position]), float(lane.ends[position])
        _add(found, bin_number, np.asarray([position], np.int64), start, end)
    return found


def _add(
    found: dict[int, _Bin], number: int, members: np.ndarray, first: float, last: float
) -> None:
    known = found.get(number)
    if known is None:
        found[number] = _Bin(int(members.size), first, last, [members])
        return
    known.count += int(members.size)
    known.first_day = min(known.first_day, first)
    known.last_day = max(known.last_day, last)
    known.members.append(members)


def _event_shape(
    event: Event,
    marker: Marker,
    label_px: float,
    row: int,
    label_end: float,
    rows_top: float,
    lane: int,
    scale: TimeScale,
    options: LayoutOptions,
) -> EventShape:
    g = options.geometry
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
    room = (label_end - start) * scale.pixels_per_day - g.label_gap
    label_w = max(0.0, min(label_px, g.max_label, room))
    # The label starts under the marker's start and reads toward later time.
    x = right - label_w if options.rtl else left
    label_rect = Rect(x, row_top + g.label_top, label_w, g.label_height)
    return EventShape(
        event, marker, marker_rect, event.title(options.fmt.language), label_rect, lane, row
    )
