"""From an event source, a visible period and a size to positioned shapes; no painting.

Rows come from :mod:`timeline.render.stacking` (stable under panning, decided per zoom level
and cached); labels get the room their stacking reserved, so they never overlap; events that
found no row are drawn as cluster badges, one per bin of equal width. An event whose
reserved room lies past the view's (or the printed timeline's) far edge and whose label finds
none before its marker either may take another row that has it (:func:`_label_at_far_edge`),
and on screen a row with nothing in view takes hidden events that fit in it whole
(:func:`_fill_blank_rows`): these two alone depend on where the view is. In print, labels a
connector runs through are then moved (:mod:`timeline.render.print_rows`). The axis's tiers
are placed by :mod:`timeline.render.axis_ticks`, the legend by :mod:`timeline.render.legend`.
Only what is visible is positioned, and only its Event objects are fetched from the source.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from itertools import accumulate

import numpy as np

from timeline.domain.datetext import DateFormat, in_digits, shown_title
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import MIN_SPAN_DAYS, Period, day_number, days_held
from timeline.domain.status import EventStatus
from timeline.render.axis_ticks import place_ticks, unnamed_at_edges
from timeline.render.connectors import ConnectorShape, crossed_labels, place_connectors
from timeline.render.index import EventSource, LaneColumns, Marker, TimelineIndex
from timeline.render.labels import (
    DISC_SIDE,
    FOLDED,
    LabelStyle,
    Placed,
    RowSpans,
    TextWidth,
    callout_width,
    label_style,
    narrowest,
    place_elsewhere,
    place_row,
    placed_rect,
    reading_span,
    runs_across,
    starts_far_before,
    wrap,
)
from timeline.render.legend import LEGEND_ROWS, legend_height, place_legend
from timeline.render.level_stacking import LevelStacking
from timeline.render.note import BOLD_SHARE, QuietWords, place_note
from timeline.render.print_rows import (
    across_marker,
    move_crossed_labels,
    wrap_clear_of_markers,
)
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale
from timeline.render.shapes import (
    HOLLOW_STATUSES,
    ClusterShape,
    EventShape,
    Geometry,
    KeyEntry,
    LaneShape,
    Members,
    OverviewShape,
    TimelineLayout,
    member_positions,
)
from timeline.render.stacking import Stacker
from timeline.render.zoom_levels import in_one_piece, zoom_level


class StackingCache:
    """Stackings of one source's events at every zoom level met so far; with ``ahead``
    (an interactive view), the levels around each one met are stacked in the background;
    with ``print_stacking``, events known to the day take every row before the long bars
    of vague ones (on screen too zoomed in to a few days, the top two where a day is
    narrower than a label: :func:`timeline.render.stacking_greedy.dated_rows`). With
    ``stacked_within`` (a view printed as shown), only the events reaching into those days
    are stacked, as for a selection of them: the rows of every event filtered kept a
    week's bars of "2019" under rows its other weeks' events took, blank on every page,
    and its year-long bars hidden there found rows part by part, another on each page."""

    def __init__(
        self,
        source: EventSource,
        geometry: Geometry | None = None,
        ahead: bool = False,
        print_stacking: bool = False,
        stacked_within: Period | None = None,
    ) -> None:
        self.source = source
        self.geometry = geometry or Geometry()
        g = self.geometry
        index = source.index if stacked_within is None else source.index.touching(stacked_within)
        self.stacker = Stacker(
            index, g.label_gap, g.cluster_bin, ahead, print_stacking, g.marker_size
        )
        #: The days asked for and the period the overview strip spans for them.
        self._whole: tuple[Period | None, Period | None] | None = None
        self._density: dict[tuple[int, Period | None], np.ndarray] = {}

    def whole(self, within: Period | None = None) -> Period | None:
        """The period "fit all" shows of every event within the days ``within`` a selection
        asks for (:attr:`LayoutOptions.fit_within`): the overview strip spans it. Events
        known only to their year once stretched it to the whole year: a briefing of June
        2015 had its strip run over 2015, June a twelfth of it, and those events' bar on
        1 January the tallest; the events begun before those days now show as running
        into them (:attr:`OverviewShape.running`). It ends with those days, as "fit all"
        does (:func:`_asked_end`), not a margin past them that no view of them shows."""
        if self._whole is None or self._whole[0] != within:
            spans = fit_period(self.source.index, within)
            if spans is not None and within is not None and within.touches(spans.start, spans.end):
                spans = Period(spans.start, min(spans.end, within.end))
            self._whole = (within, spans)
            self._density = {}
        return self._whole[1]

    def density(self, bins: int, whole: Period) -> np.ndarray:
        """Events per kind and bin in ``bins`` equal parts of ``whole`` (the strip's days:
        :meth:`whole`, or what a fitted print's parts show): one row per kind (in
        EventKind's order), one column per bin. An event known to the day counts once, on
        its first day's middle, where its point stands and its bar runs over (counted where
        its day begins, a print of three days had a visit's bar on the line before its day,
        some 130 points from its diamond); one whose day is not known
        (:attr:`TimelineIndex.vague`) is spread over the part of its span in the strip, each
        bin taking its share. Counted on their first day, the 18 events known only to "2015"
        and 6 to January 2015 on the 50,000-event database made the bar of 1 January in a
        briefing of 2015 the year's tallest, 32 events against 3 a bar elsewhere: a day of
        nothing in particular."""
        index = self.source.index
        found = self._density.get((bins, whole))
        if found is None:
            found = np.zeros((len(EventKind), bins))
            if len(index.ids):
                kinds = index.kinds if len(index.kinds) else np.zeros(len(index.ids), np.uint8)
                found = _density(index, kinds, whole, bins)
            self._density = {(bins, whole): found}  # one width at a time
        return found


def _density(index: TimelineIndex, kinds: np.ndarray, whole: Period, bins: int) -> np.ndarray:
    """Of the events known to the day, the counts ``np.histogram2d(kinds, starts + 0.5,
    ...)`` gives over ``whole`` (their first days' middles), the same edges and the same
    bin for a middle on an edge (the right one; the last edge in the last bin), found from
    the starts being sorted: each bin's first event by a binary search half a day before
    its edge, then one count over (kind, bin). At a million events 3 ms instead of 110
    (histogram2d sorts its sample again), half of a warm opening's first frame. The others
    are taken out of the bins so found, and those begun in the strip spread over their
    span in it (:func:`_spread`): with a fifth of a million events vague, as in the
    generated databases, the whole takes about three times as long (once for a filter and
    a width, not each frame)."""
    starts = index.starts
    edges = np.linspace(whole.start, whole.end, bins + 1)
    # A day's middle on an edge: its start half a day before it.
    bounds = np.searchsorted(starts, edges - 0.5, side="left")
    bounds[-1] = np.searchsorted(starts, edges[-1] - 0.5, side="right")
    first, last = int(bounds[0]), int(bounds[-1])
    column = np.repeat(np.arange(bins, dtype=np.int64), np.diff(bounds))
    flat = kinds[first:last].astype(np.int64) * bins + column
    size = len(EventKind) * bins
    # The vague events counted so are taken out; those begun in the strip before its end
    # are spread, their spans' positions in bins from its start.
    taken = flat[index.vague[slice(*np.searchsorted(index.vague, [first, last]))] - first]
    begun = np.searchsorted(starts, [whole.start, whole.end], side="left")
    spread = index.vague[slice(*np.searchsorted(index.vague, begun))]
    at, to, step = starts[spread], index.ends[spread], whole.span / bins
    for days in at, to:  # in place: a million events' arrays are not made again
        days -= whole.start
        days /= step
    np.minimum(to, bins, out=to)
    counts = np.bincount(flat, minlength=size) - np.bincount(taken, minlength=size)
    counts = counts.reshape(len(EventKind), bins)
    if not (to > at).all():  # a span shorter than rounding, by the strip's end: its last bin
        np.add.at(counts, (kinds[spread[to <= at]], bins - 1), 1)
        spread, at, to = spread[to > at], at[to > at], to[to > at]
    found: np.ndarray = counts + _spread(kinds[spread], at, to, bins)
    return found


def _spread(kinds: np.ndarray, at: np.ndarray, to: np.ndarray, bins: int) -> np.ndarray:
    """Events per kind and bin of events spread evenly from ``at`` to ``to`` (positions in
    bins, ``at`` < ``to`` <= ``bins``): each bin takes the share of an event's span that
    lies in it, so the bins of a kind sum to its events. Bin ``b`` takes the whole bins'
    share of the events running across its start (the sum of what starts and stops on
    the edges up to it), and the part of a bin of those begun or ended within it.
    Worked out per edge, without a loop over the events or a sort, in arrays written in
    place. What rounding leaves (under a billionth of an event) is none, nor a sliver of
    a span ending on an edge."""
    edges = bins + 1
    rate = to - at
    np.divide(1.0, rate, out=rate)
    row = kinds.astype(np.int64)
    row *= edges
    size = len(EventKind) * edges

    def on_edges(where: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per edge, the rate of the events beginning (or ending) at it, and the share of
        the bin before it that they take (or leave)."""
        edge = np.ceil(where)
        number = edge.astype(np.int64)
        number += row
        edge -= where  # the part of the bin before the edge
        edge *= rate
        rates = np.bincount(number, rate, size).reshape(-1, edges)
        return rates, np.bincount(number, edge, size).reshape(-1, edges)

    (begun, begun_before), (ended, ended_before) = on_edges(at), on_edges(to)
    across = np.cumsum(begun - ended, axis=1)
    shares: np.ndarray = across[:, :-1] + (begun_before - ended_before)[:, 1:]
    shares[shares < 1e-9] = 0.0
    return shares


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    rtl: bool = False
    fmt: DateFormat = field(default_factory=DateFormat)
    hijri_tier: bool = True
    today: date | None = None
    legend: bool = True
    geometry: Geometry = field(default_factory=Geometry)
    whole_labels: bool = False  # print: wrap or number labels, never elide them
    #: Print: days too narrow for their numbers are named by their month's weeks, "8–14"
    #: (see :func:`timeline.render.axis.choose_units`); the screen zooms in to its days.
    weeks: bool = False
    overview: bool = True  # the density strip
    #: Print, a timeline several pages wide: the days where a neighbouring part's edge lies
    #: when the parts are taped together; no axis label runs across one.
    joins: tuple[float, ...] = ()
    #: Print: the day from which the next part, taped over this one, covers it (as in the
    #: README's picture); no event label runs across it.
    covered_from: float | None = None
    #: Print, a part after another: the day up to which the part before shows whole the
    #: events that start before this part; those are not drawn again at its edge.
    shown_before_until: float | None = None
    #: Print, the parts of a timeline several pages wide: the shortest form of label each
    #: axis tier (major, minor, Hijri) may take, the one the parts agreed on (see
    #: :func:`timeline.render.axis_ticks.axis_forms`).
    axis_forms: tuple[int, ...] = ()
    #: A picture's legend: only the kinds and imprecise markers its events are drawn with
    #: (the window's lists them all, a key that stays put whatever the filter).
    legend_drawn_only: bool = False
    #: A picture's words for its today line, keyed in its legend where the line is drawn
    #: ("Prepared on 1 June 2025"): a red line across a picture said nothing of what it
    #: was. Empty: no key (the window's red line is today's, as in any calendar).
    today_words: str = ""
    #: Print: what a badge stands for, said in the key under the lanes where the layout
    #: draws one ("+577" across a briefing's band said nothing of what it was). Empty: no
    #: such entry (the window's badges say it on hover).
    badge_words: str = ""
    #: The statuses of the source's events: the legend explains the marks of those drawn
    #: hollow or struck through (:data:`HOLLOW_STATUSES`, cancelled).
    statuses: frozenset[EventStatus] = frozenset()
    #: An event at the view's far edge whose label has no room in its row may take another
    #: row (:func:`_label_at_far_edge`); print's "fit all" turns it off to measure the room
    #: its labels want after their markers.
    far_edge_rows: bool = True
    #: A selection of days: "fit all" fits the events' days within them (see
    #: :func:`fit_period`), and the density strip spans them (:meth:`StackingCache.whole`),
    #: whatever the view shows.
    fit_within: Period | None = None
    #: In print, the days the drawing is of (its events' within those asked, which a
    #: briefing's subtitle names): the axis names no span wholly before or after them. The
    #: margins "fit all" leaves read "2019" and "December" on a briefing since 2020, and
    #: 1977, 1978, 2031 and 2032 on Qatar's of 1979–2030 three pages wide.
    named_days: Period | None = None
    #: In print's "fit all", the days the parts span together, which the density strip
    #: spans (None: :meth:`StackingCache.whole`): past the events' days, where labels at
    #: the far edge took room, its window ran over the strip's end, and the Arabic sample's
    #: bars stood up to 125 points from their events' markers, its window filling it.
    strip_days: Period | None = None
    #: On screen: when the frame draws no event while there are some elsewhere, a note
    #: that says so in these words and offers the nearest on either side
    #: (:mod:`timeline.render.note`). Exports leave it out.
    quiet: QuietWords | None = None
    #: On screen, where the view grows to its lanes and scrolls to those under its edge:
    #: each of several lanes is at least as tall as the rows its events need at the zoom
    #: shown (:func:`lane_rows`). In print a page's height is shared out as it goes.
    rows_as_needed: bool = False


def layout(
    cache: StackingCache,
    period: Period,
    width: float,
    height: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> TimelineLayout:
    """Position what is visible of ``cache.lanes`` in ``period`` across ``width``.

    In print, labels with no room become numbered callouts whose whole text goes in a key
    under the lanes: the key's height is taken from the lanes and they are laid out again
    (twice at most, as fewer rows seldom need a taller key). A printed label still running
    across its own marker once every move is made (a busy band: no row has it beside) is
    numbered too, and the band laid out again with it numbered, unless the key then hides
    an event more in a band that shows over two thirds of its events, or more events than
    labels it sets right where badges stand for a third or more: run across, a label read
    on from the label before it in its row, its marker over its middle."""
    numbered: frozenset[int] = frozenset()
    result = _laid_out(cache, period, width, height, text_width, options, numbered)
    for _attempt in range(3):
        across = _still_across(result) if options.whole_labels else frozenset()
        if across <= numbered:
            break
        fixed = len(across - numbered)
        numbered |= across
        again = _laid_out(cache, period, width, height, text_width, options, numbered)
        # The key's lines may take a row, its events going under a badge: not at that cost
        # where the band shows far more of its events than it hides (a year of sixteen,
        # two hidden, its band a page of its own, hid a third); where badges stand for a
        # third of them or more, an event more under a badge for each label set right at
        # most (four years of 160 events on one page hid three more for one label; three
        # labels ran across their markers over badges hiding 22 of 47).
        hidden = _hidden(result)
        if _hidden(again) - hidden > (fixed if 2 * hidden >= len(result.events) else 0):
            break
        result = again
    return result


def _hidden(result: TimelineLayout) -> int:
    """How many events a layout hides under badges."""
    return sum(cluster.count for cluster in result.clusters)


def _still_across(result: TimelineLayout) -> frozenset[int]:
    """The events whose label runs across their own marker."""
    return frozenset(
        shape.event.id or 0
        for shape in result.events
        if shape.callout is None and across_marker(shape, result.width, result.rtl)
    )


def _laid_out(
    cache: StackingCache,
    period: Period,
    width: float,
    height: float,
    text_width: TextWidth,
    options: LayoutOptions,
    numbered: frozenset[int],
) -> TimelineLayout:
    """:func:`layout`, the labels of ``numbered`` (print) numbered where they run across
    their marker."""
    result = _layout(cache, period, width, height, text_width, options, 0.0, numbered)
    reserved = 0.0
    for _attempt in range(3):
        key = _key(_key_entries(result, text_width, options), width, text_width, options)
        needed = _key_height(key, options.geometry)
        if needed <= reserved:
            break
        reserved = needed
        result = _layout(cache, period, width, height, text_width, options, reserved, numbered)
    if reserved:
        _place_key(result, text_width, options)
    index = cache.source.index

    def start_day(event_id: int) -> float | None:
        position = index.position(event_id)
        return None if position is None else float(index.starts[position])

    ties = cache.source.ties()
    result.connectors = place_connectors(result, ties, options.geometry, start_day)
    if options.whole_labels:

        def connect(events: list[EventShape]) -> list[ConnectorShape]:
            return place_connectors(
                replace(result, events=events), ties, options.geometry, start_day
            )

        move_crossed_labels(result, connect, text_width, options)
        wrap_clear_of_markers(result, text_width, options)
    if options.quiet is not None:
        result.note = place_note(result, cache.source, options.quiet, text_width, options)
    result.today_breaks = _today_breaks(result)
    return result


#: How near the today line may pass by a label's words before it stops beside them.
TODAY_CLEARANCE = 4.0


def _today_breaks(result: TimelineLayout) -> tuple[tuple[float, float], ...]:
    """Where the today line stops, top and bottom, in order: beside every label within
    :data:`TODAY_CLEARANCE` of it, as a label's ground breaks it where it crosses one (the
    Mazhilis visit's label, ending two pixels before today, had its last letters on the
    red line)."""
    x = result.today_x
    if x is None:
        return ()
    return tuple(
        sorted(
            (rect.y, rect.bottom)
            for shape in result.events
            if (rect := shape.label_rect) is not None
            if rect.x - TODAY_CLEARANCE <= x <= rect.right + TODAY_CLEARANCE
        )
    )


def shorten(result: TimelineLayout, by: float) -> None:
    """Take ``by`` from the room a layout leaves under its lowest row, laying nothing out
    again: its last lane ends higher, and what lies under the lanes (the key to numbered
    labels, the density strip, the legend) moves up with it. The caller knows that room is
    free."""
    result.height -= by
    result.body_bottom -= by
    if result.lanes:
        last = result.lanes[-1]
        result.lanes[-1] = replace(last, rect=last.rect._replace(height=last.rect.height - by))
    result.key = [_key_moved(entry, -by) for entry in result.key]
    result.legend = [
        replace(item, swatch=_up(item.swatch, by), text=_up(item.text, by))
        for item in result.legend
    ]
    if result.overview is not None:
        strip = result.overview
        result.overview = replace(strip, rect=_up(strip.rect, by), window=_up(strip.window, by))


def _up(rect: Rect, by: float) -> Rect:
    return rect._replace(y=rect.y - by)


def _layout(
    cache: StackingCache,
    period: Period,
    width: float,
    height: float,
    text_width: TextWidth,
    options: LayoutOptions,
    key_height: float,
    numbered: frozenset[int],
) -> TimelineLayout:
    """One pass of :func:`layout`, before connectors: the axis, legend, density strip and
    lanes over ``key_height`` left under them for the key (print), the labels of
    ``numbered`` numbered where they still run across their marker."""
    g = options.geometry
    scale = TimeScale(period, 0.0, width, options.rtl)
    result = TimelineLayout(width, height, scale, options.rtl, g.tier_height * 2)
    place_ticks(result, scale, text_width, options)
    if any(tick.tier == 2 for tick in result.ticks):
        result.axis_bottom += g.hijri_height
    axis_bottom = result.axis_bottom
    if options.today is not None:
        today = day_number(options.today)
        x = scale.x(today + 0.5)
        # Not where the next part covers a printed part: that part draws it.
        covered = options.covered_from is not None and today >= options.covered_from
        if 0 <= x <= width and not covered:
            result.today_x = x
    if options.covered_from is not None:
        result.covered_x = scale.x(options.covered_from)
    result.taped = (options.shown_before_until is not None, options.covered_from is not None)
    index = cache.source.index
    if len(index) == 0:
        return result
    titles = index.lane_titles
    titled = len(titles) > 1
    level = zoom_level(scale.pixels_per_day)
    minimums = _lane_minimums(cache, level, options)
    if options.legend:
        floor = _legend_floor(axis_bottom, minimums, options)
        height = place_legend(result, index, height, floor, text_width, options)
    if options.overview:
        height -= g.overview_height
        _place_overview(result, cache, height, options)
    height -= key_height
    result.body_bottom = height
    body = height - axis_bottom - g.lane_gap
    heights = _lane_heights(index, body, minimums, g)
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
        _place_lane(result, cache.source, stacking, number, rows_top, text_width, options)
        top += lane_height
    if numbered:
        _numbered_across(result, numbered, text_width, g.label_height)
    _number_callouts(result, options)
    return result


def _numbered_across(
    result: TimelineLayout, numbered: frozenset[int], text_width: TextWidth, height: float
) -> None:
    """Print: the labels of ``numbered`` that run across their marker become callouts, the
    number starting at the marker (or ending at it), within the room the label took."""
    span = callout_width(text_width)
    for at, shape in enumerate(result.events):
        label = shape.label_rect
        if label is None or shape.callout is not None or shape.event.id not in numbered:
            continue
        if not across_marker(shape, result.width, result.rtl):
            continue
        begin, end = reading_span(shape.marker_rect, result.width, result.rtl)
        start, stop = reading_span(label, result.width, result.rtl)
        if begin + span <= stop:
            number = Placed(("",), begin, span, callout=True)
        elif end - span >= start:
            number = Placed(("",), end - span, span, callout=True)
        else:
            continue
        rect = placed_rect(number, label.y, result.width, result.rtl, height)
        result.events[at] = shape._replace(label_rect=rect, lines=("",), callout=0)
        result.numbered_across |= {shape.event.id or 0}


def _place_overview(
    result: TimelineLayout, cache: StackingCache, top: float, options: LayoutOptions
) -> None:
    g, within = options.geometry, options.fit_within
    whole = options.strip_days or cache.whole(within)
    if whole is None:
        return
    rect = Rect(0.0, top, result.width, g.overview_height)
    scale = TimeScale(whole, 0.0, result.width, options.rtl)
    bins = max(1, int(result.width // g.overview_bin))
    counts = cache.density(bins, whole)
    view = result.scale.period
    x_a, x_b = scale.x(view.start), scale.x(view.end)
    left = min(max(min(x_a, x_b), 0.0), result.width)
    right = max(min(max(x_a, x_b), result.width), left)
    # A view wholly beyond the events' period (none in it, or the strip's margin passed)
    # is marked at the edge it lies past, inside the strip, for the window would not show.
    beyond = -1 if max(x_a, x_b) <= 0.0 else 1 if min(x_a, x_b) >= result.width else 0
    if beyond:
        marker = min(g.overview_marker, result.width)
        left = 0.0 if beyond < 0 else result.width - marker
        right = left + marker
    window = Rect(left, top + 1, max(right - left, 2.0), g.overview_height - 2)
    running = None if beyond else cache.source.index.running_across(view.start)
    result.overview = OverviewShape(rect, scale, counts, window, beyond, running)


def _lane_minimum(g: Geometry, titled: bool) -> float:
    """A lane's least height: two rows (events, then the badges of those left out), under
    its title when there are several lanes."""
    return g.row_height * 2 + (g.lane_title_height if titled else 0.0)


#: The most rows a lane is given for its events' labels (:func:`lane_rows`): a lane
#: busier than that shows badges in its last, and the next lane is a short scroll away.
LANE_ROWS_CAP = 6


def lane_rows(cache: StackingCache, lane: int, level: int) -> int:
    """The fewest whole rows in which every event of ``lane`` finds one at zoom ``level``,
    and so its label, and a row more, as a lane's badges have one: free, there an event at
    the view's far edge whose label has no room in its row finds it (:func:`_label_at_far_edge`:
    with its rows only, the sample's Mazhilis Chairman at "fit all" in 800 pixels was a
    marker alone). LANE_ROWS_CAP at most, which a lane that hides some still takes (a lane
    stacked in chunks too, as finding out would stack every chunk). Looked at without
    entering the level: the worker stacks around the levels frames show."""
    stacker = cache.stacker
    if not in_one_piece(len(stacker.index.lane(lane))):
        return LANE_ROWS_CAP
    tallest = stacker.ahead_of(lane, level, LANE_ROWS_CAP)
    if tallest.hides_events():
        return LANE_ROWS_CAP
    # Rows are packed lowest first: the events fit in the rows the tallest stacking takes,
    # and with one more the last is free.
    for rows in range(max(tallest.rows_taken(), 1) + 1, LANE_ROWS_CAP):
        if not stacker.ahead_of(lane, level, rows).hides_events():
            return rows
    return LANE_ROWS_CAP


def _lane_minimums(cache: StackingCache, level: int, options: LayoutOptions) -> list[float]:
    """Each lane's least height: two rows (:func:`_lane_minimum`), and where
    ``options.rows_as_needed`` and there are several lanes, the rows its events need at
    ``level`` (:func:`lane_rows`) under its title."""
    g, lanes = options.geometry, len(cache.source.index.lane_titles)
    minimum = _lane_minimum(g, lanes > 1)
    if lanes < 2 or not options.rows_as_needed:
        return [minimum] * max(lanes, 1)
    above_rows = g.lane_title_height + g.lane_gap  # a lane's height that holds no row
    return [
        max(minimum, lane_rows(cache, lane, level) * g.row_height + above_rows + _ROW_SLACK)
        for lane in range(lanes)
    ]


def lanes_height(
    cache: StackingCache, period: Period, width: float, options: LayoutOptions
) -> float:
    """The height a view ``width`` pixels across showing ``period`` needs to show its lanes
    whole, each its least height (:func:`_lane_minimums`), under the axis (its Hijri tier
    included if shown) and over the density strip."""
    g = options.geometry
    strip = g.overview_height if options.overview else 0.0
    minimums = _lane_minimums(cache, zoom_level(max(width, 1.0) / period.span), options)
    return _axis_height(options) + g.lane_gap + sum(minimums) + strip


def legend_kept_height(
    cache: StackingCache,
    period: Period,
    width: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> float:
    """The least height at which a view ``width`` pixels across showing ``period`` draws
    its legend (:func:`_layout` drops it where the lanes would lose their rows to it):
    what a pane sharing the window's height leaves the view, not to cost it the key to its
    colours. Infinite where it draws none at any height (no events, no legend asked)."""
    index = cache.source.index
    if not options.legend or len(index) == 0:
        return math.inf
    minimums = _lane_minimums(cache, zoom_level(max(width, 1.0) / period.span), options)
    floor = _legend_floor(_axis_height(options), minimums, options)
    return floor + legend_height(index, width, text_width, options)


def draws_the_same(
    cache: StackingCache,
    period: Period,
    width: float,
    heights: tuple[float, float],
    text_width: TextWidth,
    options: LayoutOptions,
    made: TimelineLayout | None = None,
) -> bool:
    """Whether a view ``width`` pixels across showing ``period`` draws the same at both
    ``heights``: each event in its lane and row with its label's lines, the same badges and
    legend. A lane's height past its last row holds none (at 800×500 the 10,000 events'
    lane had 10 pixels under it), which a pane sharing the window's height may take; a
    label wrapped in the last row may need some of it. ``made``: the frame at the first
    height, if made already."""

    def drawn(frame: TimelineLayout) -> tuple[object, ...]:
        events = [(s.event.id, s.lane, s.row, s.lines, s.folded) for s in frame.events]
        badges = [(c.lane, c.count, c.rect.x, c.rect.width) for c in frame.clusters]
        return events, badges, [item.label for item in frame.legend], len(frame.lanes)

    first = made or layout(cache, period, width, heights[0], text_width, options)
    return drawn(first) == drawn(layout(cache, period, width, heights[1], text_width, options))


def _axis_height(options: LayoutOptions) -> float:
    """The axis's height: its two tiers and, if shown, the Hijri one."""
    g = options.geometry
    return g.tier_height * 2 + (g.hijri_height if options.hijri_tier else 0.0)


def _legend_floor(axis_bottom: float, minimums: list[float], options: LayoutOptions) -> float:
    """The highest a legend's top may stand, under an axis ending at ``axis_bottom``: the
    lanes' two rows each (``minimums``, one lane: :data:`LEGEND_ROWS`) and the density
    strip come before the key to their colours (at 1920×1080 the eight lanes of the kinds
    went on under the density strip, the last two unseen)."""
    g = options.geometry
    least = max(LEGEND_ROWS * g.row_height, sum(minimums) if len(minimums) > 1 else 0.0)
    strip = g.overview_height if options.overview else 0.0
    return axis_bottom + g.lane_gap + least + strip


def _lane_heights(
    index: TimelineIndex, body: float, minimums: list[float], g: Geometry
) -> list[float]:
    """Each lane gets its least height (``minimums``: room for two rows, or on screen for
    the rows its events need), the rest goes to the busier lanes (by the square
    root of their events, so a quiet partner is not squeezed out) a row at a time: a lane
    holds whole rows (:func:`_layout`), and a share short of one was lost: with 90 pixels
    over the lanes' two rows each, the sample's Morocco–Kazakhstan lane (by partner) was 9
    short of a third, and an event's marker stood with no room for its label. Each row
    goes to the lane with most share for the rows it has had (as seats are shared out by
    votes); what is left, short of a row in any lane, by share."""
    lanes = len(minimums)
    if lanes == 1:
        return [max(body, minimums[0])]
    counts = np.bincount(index.lanes, minlength=lanes)[:lanes].astype(float)
    weights = np.sqrt(counts)
    spare = max(body - sum(minimums), 0.0)
    share = (weights / weights.sum() if weights.sum() else np.full(lanes, 1 / lanes)).tolist()
    heights = list(minimums)
    added = [0] * lanes
    above_rows = g.lane_title_height + g.lane_gap  # a lane's height that holds no row

    def to_next_row(height: float) -> float:
        rows = (height - above_rows) // g.row_height
        return (rows + 1) * g.row_height + above_rows - height + _ROW_SLACK

    while True:
        rows_for = [
            (part / (added[number] + 1), number)
            for number, part in enumerate(share)
            if part > 0 and to_next_row(heights[number]) <= spare
        ]
        if not rows_for:
            break
        _most, number = max(rows_for)
        step = to_next_row(heights[number])
        heights[number] += step
        spare -= step
        added[number] += 1
    return [height + spare * part for height, part in zip(heights, share, strict=True)]


#: Pixels a lane given a row more has beyond it: its rows are its height's whole rows, which
#: a sum of floats just short of one would not hold.
_ROW_SLACK = 1e-3


def fit_period(index: TimelineIndex, within: Period | None = None) -> Period | None:
    """The period that shows every event with a margin of a few percent of their span:
    labels near the far edge mostly sit before their markers, so they need no room of their
    own (:func:`fit_layout` makes room for those that cannot). ``within``: the days a
    selection asks for; the events' days past them are left out (an event of 2019 in a
    briefing of June 2019 runs off both edges, rather than show the year), and so is the
    margin before them (a week's axis began with three blank days). Open on one side, the
    margin there is the few percent alone: the sample until 1 May 2024 showed three blank
    days of April before its one event of that day."""
    days = events_days(index, within)
    if days is None:
        return None
    first, last = days.start, days.end
    earliest, least = -math.inf, 3.0
    if within is not None and within.touches(first, last):
        earliest, least = within.start, 0.0
    pad = max((last - first) * FIT_MARGIN, least)
    return Period(max(first - pad, earliest), last + pad)


def events_days(index: TimelineIndex, within: Period | None = None) -> Period | None:
    """The days from the first event's start to the last one's end, within the days
    ``within`` asks for where they touch those (None: no event)."""
    if len(index) == 0:
        return None
    first, last = float(index.starts.min()), float(index.ends.max())
    if within is not None and within.touches(first, last):
        first, last = max(first, within.start), min(last, within.end)
    return Period(first, last)


def fit_layout(
    cache: StackingCache,
    width: float,
    height: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> tuple[Period, TimelineLayout] | None:
    """The "fit all" period for a view ``width`` pixels across: :func:`fit_period`, then, if
    its layout shows every event but left a label out near the far side (no room after its
    marker, its neighbours' labels before it, and no other row with room for it: see
    :func:`_label_at_far_edge`), the far side made that label's room, as far as a label
    FIT_LABEL_SHARE of the view at the far edge would take it. Where badges stand for
    hidden events, a quarter of the overview left empty for one label would cost more.
    The far side stays where it was when its room would show no more labels (a label that
    then still wraps short of it or takes a number in print leaves it empty). In print
    too, a label that finds another row at the far edge needs no room of its own: the far
    side moves out only where labels still want room (one left out or numbered, or run
    across by a connector between two others), then as far as those need, or as the
    labels that want room in their own rows need, whichever leaves fewer wanting, then
    pulled back as far as as few still want (:func:`_least_widened`). A selection of days
    keeps the far side to them (:func:`_asked_end`). With the period, its layout (the
    caller's frame)."""
    period = fit_period(cache.source.index, options.fit_within)
    if period is None:
        return None
    index, within, g = cache.source.index, options.fit_within, options.geometry
    furthest = _asked_end(period, index, within, width, g)
    period = Period(_asked_start(period, index, within, width, g), min(period.end, furthest))
    if options.whole_labels:  # a page is read as printed; a view can be moved
        period = edges_named(
            period, within, width, lambda at: unnamed_at_edges(at, width, text_width, options)
        )
    fitted = layout(cache, period, width, height, text_width, options)
    if fitted.clusters:
        return period, fitted
    cut = _cut(fitted, options)
    if not cut:
        return period, fitted
    candidates = [cut]
    if options.whole_labels:  # also the room labels want after their markers in their rows
        plain = replace(options, far_edge_rows=False)
        candidates.append(_cut(layout(cache, period, width, height, text_width, plain), options))
    best = (len(cut), period, fitted)
    g = options.geometry
    # In print a label may wrap: the far side moved out as far as each wanting label needs
    # on the lines it may take is tried first (the French sample ran nine empty months into
    # 2026 for room the visit it made room for, wrapped, did not take).
    lines = (g.label_lines, 1) if options.whole_labels and g.label_lines > 1 else (1,)
    for wanting in candidates:
        for wrapped in lines:
            widened = _widened(period, wanting, width, text_width, g, furthest, wrapped)
            if widened.end <= period.end:
                continue
            roomier = layout(cache, widened, width, height, text_width, options)
            left = len(_cut(roomier, options))
            if left < best[0] or (left == best[0] < len(cut) and widened.end < best[1].end):
                best = (left, widened, roomier)
    return _least_widened(best, period, (cache, width, height, text_width, options))


def _least_widened(
    best: tuple[int, Period, TimelineLayout],
    period: Period,
    frame: tuple[StackingCache, float, float, TextWidth, LayoutOptions],
) -> tuple[Period, TimelineLayout]:
    """The nearest far side between ``period``'s and ``best``'s (the labels wanting room
    left, its period and layout) that leaves as few labels wanting, to a sixteenth of the
    way, where it saves a tenth of the view or more: room made for one label's whole line
    may be more than the rows need once the view's days are wider (the French sample ran
    nine empty months into 2026, 30 % of its width, where the connector it made room for
    ran clear of its labels after a fortnight). Less saved is not worth a label set
    before its marker that had room after it."""
    left, widened, roomier = best
    if widened.end <= period.end:
        return widened, roomier
    cache, width, height, text_width, options = frame
    low, high = period.end, widened.end
    nearest: tuple[Period, TimelineLayout] | None = None
    for _step in range(_WIDENING_STEPS):
        middle = Period(period.start, (low + high) / 2)
        tried = layout(cache, middle, width, height, text_width, options)
        if len(_cut(tried, options)) <= left:
            high, nearest = middle.end, (middle, tried)
        else:
            low = middle.end
    if nearest is None or widened.end - high < _LEAST_SAVING * widened.span:
        return widened, roomier
    return nearest


def edges_named(
    period: Period,
    within: Period | None,
    width: float,
    wanting: Callable[[Period], tuple[float, float]],
) -> Period:
    """In print, ``period`` moved out at either end as far as a month, a year or a Hijri
    month that the edge cuts, over days with events, needs to be named over its part in view
    (``wanting``: the pixels each edge's span lacks, :func:`unnamed_at_edges` for a view
    ``width`` across, or the outer edges of a strip of taped parts), but not past the days
    a selection asks for: a briefing's first event, on 26 September, stood under an unnamed
    September on Letter paper (five days, too narrow for "Sep"), its last under an unnamed
    Jumada II in French."""
    floor = -math.inf if within is None else min(period.start, within.start)
    ceiling = math.inf if within is None else max(period.end, within.end)
    for _round in range(_EDGE_ROUNDS):
        before, after = wanting(period)
        if before <= 0.0 and after <= 0.0:
            break
        # A pixel more than wanting: widened, each day is a little narrower (and the
        # rounds, for a tier that changes unit).
        days = period.span / width
        before, after = (want + 1.0 if want > 0.0 else 0.0 for want in (before, after))
        start = max(floor, period.start - before * days)
        period = Period(start, min(ceiling, period.end + after * days))
    return period


def _asked_end(
    period: Period, index: TimelineIndex, within: Period | None, width: float, g: Geometry
) -> float:
    """The furthest "fit all" may run, on screen and in print: to the end of the days a
    selection asks for, or
    as far past it as the last marker needs to be seen whole (a marker of the last day of a
    decade is wider than its day). A week's briefing ran on to three unnamed days after it,
    a year's into January of the next, named. Unbounded without such days, or where no
    event reaches into them (the fit is then the events', not the days')."""
    if within is None or not math.isfinite(within.end) or len(index) == 0:
        return math.inf
    if not within.touches(float(index.starts.min()), float(index.ends.max())):
        return math.inf
    last = float(index.starts[index.starts < within.end].max(initial=period.start))
    # The marker from ``last`` ends in view when (end - last) * width / (end - start)
    # >= its size, that is from this end on:
    needed = (last * width - g.marker_size * period.start) / (width - g.marker_size)
    return max(within.end, needed, period.start + MIN_SPAN_DAYS)


def _asked_start(
    period: Period, index: TimelineIndex, within: Period | None, width: float, g: Geometry
) -> float:
    """Where "fit all" starts for a selection from a day: the period's start, or as far
    before it as the first marker from that day needs to be seen whole. A day's point
    stands on its day's middle, half a point before it where the day is narrower (28
    February, the first day asked, was cut in half at the edge)."""
    if within is None or not math.isfinite(within.start) or len(index) == 0:
        return period.start
    from_then = index.starts[index.starts >= within.start]
    if from_then.size == 0:
        return period.start
    middle, half = float(from_then.min()) + 0.5, g.marker_size / 2
    # The marker on ``middle`` begins in view when (middle - start) * width / (end - start)
    # >= half, that is from this start back:
    needed = (middle * width - half * period.end) / (width - half)
    return min(period.start, needed)


def _widened(
    period: Period,
    wanting: list[EventShape],
    width: float,
    text_width: TextWidth,
    g: Geometry,
    furthest: float = math.inf,
    lines: int = 1,
) -> Period:
    """``period`` with its far side moved out so that each label ``wanting`` room fits after
    its marker, on up to ``lines`` lines, but no further than a label FIT_LABEL_SHARE of
    the view at the far edge would move it, nor than ``furthest``."""
    starts = np.array([day_number(shape.event.date.earliest()) for shape in wanting], float)
    labels = np.array([narrowest(shape.label, text_width, lines) for shape in wanting], float)
    need = labels + g.marker_size + g.label_gap
    # A label from a marker on day s ends in view when (end - s) * width / (end - start)
    # >= need, that is from this end on:
    with np.errstate(divide="ignore", invalid="ignore"):
        ends = np.where(
            need < width, (starts * width - need * period.start) / (width - need), np.inf
        )
    furthest = min(furthest, period.start + period.span / (1 - FIT_LABEL_SHARE))
    return Period(period.start, max(period.end, min(float(ends.max(initial=0.0)), furthest)))


def _cut(fitted: TimelineLayout, options: LayoutOptions) -> list[EventShape]:
    """The events of a fitted layout whose labels want room it lacks: left out (on screen a
    tab may stand for it), numbered, or, in print, run across by a connector between two
    others (a narrower period set labels before their markers near the far edge, a bracket
    beside them)."""
    crossed = crossed_labels(fitted.events, fitted.connectors) if options.whole_labels else ()
    return [
        shape
        for shape in fitted.events
        if shape.label_rect is None
        or shape.callout is not None
        or shape.event.id in crossed
        or shape.event.id in fitted.left_out
    ]


#: Halvings of the room "fit all" made after the last marker, looking for less that serves,
#: and the least share of the view that less must save.
_WIDENING_STEPS = 4
_LEAST_SAVING = 0.1
#: Rounds of moving "fit all"'s ends out for the months they cut (:func:`edges_named`).
_EDGE_ROUNDS = 3
#: Share of the events' span that "fit all" leaves on either side.
FIT_MARGIN = 0.03
#: The most of the view "fit all" leaves after the last marker for its label.
FIT_LABEL_SHARE = 0.3


def _visible_positions(stacking: LevelStacking, period: Period) -> tuple[list[int], list[int]]:
    """Positions and rows of the placed events that reach into the period."""
    positions: list[np.ndarray] = []
    rows: list[np.ndarray] = []
    lane = stacking.lane
    for number in stacking.chunks_reaching(period.start, period.end):
        chunk = stacking.chunk(number)
        near = chunk.near(period.start, period.end)
        where = chunk.positions[near]
        seen = period.touches(lane.starts[where], lane.ends[where])
        positions.append(where[seen])
        rows.append(chunk.rows[near][seen])
    band = stacking.band
    near = band.near(period.start, period.end)
    where = band.positions[near]
    seen = (band.rows[near] >= 0) & (lane.ends[where] > period.start)
    positions.append(where[seen])
    rows.append(band.rows[near][seen])
    return np.concatenate(positions).tolist(), np.concatenate(rows).tolist()


def _place_lane(
    result: TimelineLayout,
    source: EventSource,
    stacking: LevelStacking,
    lane_number: int,
    rows_top: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> None:
    g, scale = options.geometry, result.scale
    period = scale.period
    lane = stacking.lane
    positions, rows = _visible_positions(stacking, period)
    until = options.shown_before_until  # print: what the part before shows whole
    if until is not None:
        where, placed = np.asarray(positions, np.int64), np.asarray(rows, np.int64)
        kept = ~_shown_before(lane, where, period.start, until)
        positions, rows = where[kept].tolist(), placed[kept].tolist()
    badge_row = stacking.rows
    y = rows_top + badge_row * g.row_height
    bin_days = g.cluster_bin / stacking.pixels_per_day
    badges: list[Rect] = []
    found = _visible_clusters(stacking, period, bin_days)
    # A bar's piece before the next part's cover narrower than this is left to that part.
    sliver = _SLIVER / scale.pixels_per_day
    if options.covered_from is not None:
        found = _uncovered(found, lane, options.covered_from, bin_days, sliver)
    if until is not None:
        found = _not_counted_before(found, lane, period.start, until)
    # A printed part after another: its rows' leading room takes labels wrapped as they are
    # drawn (a line of one did not fit there).
    wrapped = None
    if until is not None:
        widths = partial(_wrapped_widths, source, lane, text_width, options)
        wrapped = _Wrapped(widths, text_width(" "))
    _fill_blank_rows(found, (positions, rows), badge_row, lane, scale, options, wrapped)
    clusters = sorted(found.items())
    singles, joins = _drawn_singles(clusters, lane, scale, bin_days, options)
    for number, badge_number in joins.items():  # never a "+1" beside a badge it would meet
        lone = found.pop(number)
        _add(found, badge_number, member_positions(lone.members), lone.first_day, lone.last_day)
    clusters = sorted(found.items())
    for number in singles:  # a cluster of one is drawn as the event, in the badge row
        positions.append(singles[number])
        rows.append(badge_row)
    clusters = [(number, item) for number, item in clusters if number not in singles]
    begins = [number * bin_days for number, _item in clusters]
    for begin in begins:
        x_a, x_b = scale.x(begin), scale.x(begin + bin_days)
        left, right = min(x_a, x_b) + 1, max(x_a, x_b) - 1
        badges.append(Rect(left, y + 2, right - left, g.row_height - 4))
    counts = [item.count for _number, item in clusters]
    cover_day = math.inf if options.covered_from is None else options.covered_from
    profiles = _profiles(lane, begins, (bin_days, cover_day), scale, badges, counts)
    made = (len(result.clusters), len(result.events))
    counted = (g, lambda count: text_width(f"+{options.fmt.number(count)}"))
    slide = partial(_slide_badges, result, made, (bin_days, cover_day), counted)
    for (_number, item), badge, profile in zip(clusters, badges, profiles, strict=True):
        result.clusters.append(
            ClusterShape(
                item.count,
                item.first_day,
                item.last_day,
                badge,
                lane_number,
                lane.ids,
                tuple(item.members),
                profile,
            )
        )
    if not positions:
        slide()
        return
    by_row = _markers_by_row(source, lane, positions, rows, scale, options)
    first = len(result.events)
    cover = _cover(scale, options)
    if options.covered_from is not None:
        by_row = {
            row: _before(in_row, options.covered_from, sliver) for row, in_row in by_row.items()
        }
    # A printed part after another: the part before labels a day's marker cut by their join
    # that lies mostly on it, its label before the cover (see _place_covered).
    after_another = options.whole_labels and any(
        join < (period.start + period.end) / 2 for join in options.joins
    )
    for row, in_row in sorted(by_row.items()):
        if not in_row:
            continue
        obstacles = badges if row == badge_row else []
        result.events.extend(
            _label_row(
                in_row,
                row,
                obstacles,
                (rows_top, cover, after_another),
                lane_number,
                result.width,
                text_width,
                options,
            )
        )
    # The lane's room runs to the next lane (or the density strip). A short lane's badges'
    # row may have room for a marker, not for a label under it: the last event of
    # Morocco–Kazakhstan in Arabic at 800×500 moved there, its label under the density strip.
    lane_bottom = result.lanes[lane_number].rect.bottom + g.lane_gap
    holds = not options.whole_labels and y + g.label_top + g.label_height <= lane_bottom
    if options.far_edge_rows:
        # On screen a short view's last row may have room under it for a label's second
        # line, not for a row.
        second_line = y + g.label_top + 2 * g.label_height
        below = not options.whole_labels and second_line <= lane_bottom
        place = (rows_top, badge_row, below, holds)
        # A printed part taped under the next has its far edge where that part covers it.
        far = result.width if cover is None else cover
        tied = source.ties().related
        result.left_out |= _label_at_far_edge(
            result.events, first, badges, place, (result.width, far), text_width, options, tied
        )
    if not options.whole_labels:
        place_tabs = (rows_top, badge_row, holds)
        result.left_out |= _tabs_for_markers_alone(
            result.events, first, badges, place_tabs, result.width, text_width, options
        )
    slide()


#: Hidden events in view beyond which blank rows are left as they are on screen: a bound on
#: the fill's work per frame (a few thousand year-long bars over a quiet week take it 0.3 ms),
#: where a view so dense seldom has a row with nothing in it. Print has no frame: the 50,000
#: events' page 2 of two left five years' rows to badges of 6,900.
_FILL_MOST = 4096


def _fill_blank_rows(
    found: dict[int, _Bin],
    placed: tuple[list[int], list[int]],
    badge_row: int,
    lane: LaneColumns,
    scale: TimeScale,
    options: LayoutOptions,
    wrapped: _Wrapped | None = None,
) -> None:
    """Rows above the badges with nothing in view, and in a printed part after another the
    room before a row's first event (its labels wrapped, ``wrapped``), take hidden events of
    the view whose marker and whole label fit in them (in print, before the next part's
    cover; a printed week of 2019 stood "+10" under five blank rows), in reading order
    (added to ``placed``, the positions and rows drawn, and taken out of ``found``, the
    badges' bins). The stacking gives an event a row for its whole span, at the level,
    wherever the view is: a year's bar finds none where the year's first days fill every
    row, and a quiet week under it showed blank rows over "+N" badges of its bars (the
    week's top rows kept for events known to the day, none there). On screen only where a
    row has nothing in view, so every event the stacking placed keeps its row: panning, a
    bar placed so goes back to its badge when the row's own events come into view."""
    positions, rows = placed
    if not found:
        return
    # In print, a part after another also fills its rows up to their first event here: the
    # stacking left that room to the labels of events the part before shows (see
    # _shown_before), and Nigeria's relations with the Emirates two pages wide showed five
    # years of page 2 with no label, "+86", "+90" and "+92" under them.
    limits = _rows_first_begins(lane, placed, badge_row, scale, options)
    if not limits:
        return
    if not options.whole_labels and sum(item.count for item in found.values()) > _FILL_MOST:
        return
    free = sorted(limits)
    g, width = options.geometry, scale.width
    gap = label_style(g.label_gap).text_gap
    numbers = list(found)
    groups = [member_positions(found[number].members) for number in numbers]
    hidden = np.concatenate(groups)
    # In print, a part the next one covers keeps its labels clear of that cover.
    cover = _cover(scale, options)
    room = width if cover is None else cover
    # Each marker where the row will draw it (a day's in the day's middle): a label found
    # room from the day's start ran, drawn from the marker, past the view's far edge or
    # into the next label, and was set before its marker or left out.
    left, right = _marker_spans(lane, hidden, scale, options)
    begin = np.maximum(width - right if options.rtl else left, _EDGE)
    end = width - left if options.rtl else right
    need = begin + lane.label_px[hidden]
    # Those in the rows' leading room take it with their labels wrapped, worked out as each
    # comes up where at least as wide as a line's share of it fits: thousands at 50,000.
    leading = max((limit for limit in limits.values() if limit < math.inf), default=-math.inf)
    near = begin < leading if wrapped is not None else np.zeros(begin.size, bool)
    fits = (need <= room - _EDGE) | near
    order = np.flatnonzero(fits)[np.argsort(begin[fits], kind="stable")]
    begins = begin[order].tolist()
    reach = (np.maximum(end[order], need[order]) + gap).tolist()
    unwrapped = near[order].tolist()
    least = [0.0] * len(order)  # where each one's label wrapped ends at the least
    shortest = 0.0  # the narrowest any of them wraps to, at the least
    if wrapped is not None and near.any():
        lines = g.label_lines
        shares = (lane.label_px[hidden[order]] - (lines - 1) * wrapped.space) / lines
        least = (begin[order] + shares + gap).tolist()
        shortest = float(shares[near[order]].min())
    until = [-math.inf] * len(free)  # where each free row is taken to, in reading order
    ends = [limits[row] for row in free]  # where each one's own events begin
    chosen: list[int] = []
    picked: list[int] = []  # the free row each one takes, by its number in ``free``
    at = 0
    while at < len(begins) and min(until) < width:
        earliest = min(until)
        if begins[at] < earliest:
            at = bisect_left(begins, earliest, at + 1)
            continue
        # The lowest free row first: the top ones are those a busier day's own events take
        # (on screen the week's dated events have the top rows), and a bar placed there
        # moved down a row, and the one under it into a badge, as such a day came into view.
        # A row whose own events begin before any label from this one's marker would end
        # takes no more.
        for n, first in enumerate(ends):
            if first < begins[at] + shortest + gap:
                until[n] = math.inf
        if wrapped is not None and unwrapped[at]:
            open_ends = (first for first, to in zip(ends, until, strict=True) if to <= begins[at])
            if all(least[at] > first for first in open_ends):
                at += 1
                continue
            label = float(wrapped.widths(hidden[order[at : at + 1]])[0])
            if begins[at] + label > room - _EDGE:
                at += 1
                continue
            reach[at] = max(float(end[order[at]]), begins[at] + label) + gap
        row = next(
            (
                n
                for n in reversed(range(len(free)))
                if until[n] <= begins[at] and reach[at] <= ends[n]
            ),
            None,
        )
        if row is None:
            at += 1
            continue
        until[row] = reach[at]
        chosen.append(int(hidden[order[at]]))
        picked.append(row)
        at += 1
    if not chosen:
        return
    if all(first == math.inf for first in ends):
        # On screen the rows it leaves free are then the lowest: left where taken, from the
        # lowest up, the three year-long bars over a day of the 10,000 events stood under
        # a blank row at 1600×600, under six at 1920×1080. The same events are drawn, and
        # those sharing a row share one, in the same order; only where rows are to spare
        # (a day's own event coming into view in a top row moves the bars under it down).
        used = sorted(set(picked))
        top = dict(zip(used, range(len(used)), strict=True))
        picked = [top[row] for row in picked]
    positions.extend(chosen)
    rows.extend(free[row] for row in picked)
    taken = np.asarray(chosen, np.int64)
    for number, group in zip(numbers, groups, strict=True):
        kept = group[~np.isin(group, taken)]
        if kept.size == group.size:
            continue
        if kept.size == 0:
            del found[number]
            continue
        found[number] = _bin_of(lane, kept)


def _rows_first_begins(
    lane: LaneColumns,
    placed: tuple[list[int], list[int]],
    badge_row: int,
    scale: TimeScale,
    options: LayoutOptions,
) -> dict[int, float]:
    """The rows above the badges that may take hidden events, each with where (reading
    coordinates) the first of its own events' markers begins: those with nothing in view
    (no limit), and in a printed part after another every row."""
    positions, rows = placed
    limits = dict.fromkeys(set(range(badge_row)).difference(rows), math.inf)
    if options.shown_before_until is None or not positions:
        return limits
    where, in_rows = np.asarray(positions, np.int64), np.asarray(rows, np.int64)
    left, right = _marker_spans(lane, where, scale, options)
    begin = scale.width - right if options.rtl else left
    for row in range(badge_row):
        mine = begin[in_rows == row]
        if mine.size:
            limits[row] = float(mine.min())
    return limits


@dataclass(frozen=True)
class _Wrapped:
    """Labels as a printed row wraps them: ``widths``, those of the events at given positions
    in the lane; ``space``, a space's width, which each line break drops."""

    widths: Callable[[np.ndarray], np.ndarray]
    space: float


def _wrapped_widths(
    source: EventSource,
    lane: LaneColumns,
    text_width: TextWidth,
    options: LayoutOptions,
    where: np.ndarray,
) -> np.ndarray:
    """The widths the labels of the events at ``where`` wrap to on a printed row's lines."""
    ids = lane.ids[where].tolist()
    events = source.drawn(ids)
    fmt, lines = options.fmt, options.geometry.label_lines
    titles = [shown_title(events[event_id], fmt) for event_id in ids]
    return np.array([narrowest(title, text_width, lines) for title in titles], float)


#: An event's marker before its label is placed: the event, its marker, the marker's left
#: edge and width, and its title.
_Drawn = tuple[Event, Marker, float, float, str]
#: Pixels (6 points) of a bar before a join under which a printed part leaves the bar to the
#: next part, which holds the rest of it (:func:`_ahead_of_cover`).
_SLIVER = 8.0


def _cover(scale: TimeScale, options: LayoutOptions) -> float | None:
    """Print: where (reading coordinates) the next part, taped over this one, covers it."""
    if options.covered_from is None:
        return None
    x = scale.x(options.covered_from)
    return scale.width - x if options.rtl else x


def _left_to_next(
    event: Event, anchor: tuple[float, float], cover: float | None, options: LayoutOptions
) -> bool:
    """Print: whether a marker, seen from ``anchor[0]`` to ``anchor[1]`` (reading
    coordinates), is labelled by the next part, taped over this one from ``cover``, alone:
    most of what this part shows of it lies under that part, which holds ``event`` too
    (draws it, labelled, or counts it in a badge), its days' middle there (that part keeps
    every event but those mostly before it, :func:`_shown_before`). This part draws its
    start unlabelled, running under the cover: a week's meeting of 25 August to 1
    September 2024, its box 30 points before page 3's edge and 36 after it, was labelled
    on page 2 at the end of another row, its label ending at the join 236 points from the
    box, and again on page 3; an official visit of 26 June to 6 July 2016 was numbered in
    the grey the next part covers, the next page labelling it too. A bar running on
    across this part is labelled here too: each page names what it shows."""
    if options.covered_from is None or cover is None:
        return False
    begin, end = anchor
    if cover - begin >= end - cover:
        return False
    first, last = days_held(event.date)
    return (first + last) / 2 > options.covered_from


def _before(drawn: list[_Drawn], covered_from: float, sliver: float) -> list[_Drawn]:
    """A printed row's events but those the next part, taped over this one from
    ``covered_from``, holds (:func:`_ahead_of_cover`, ``sliver`` days): that part shows
    their markers whole and labels them. Read page by page, they stood cut at the paper's
    edge, numbered, their key repeating what the next page says."""
    if not drawn:
        return drawn
    starts, ends = np.array([days_held(item[0].date) for item in drawn], float).T
    markers = np.array([item[1] for item in drawn], np.uint8)
    kept = _ahead_of_cover(starts, ends, markers, covered_from, sliver)
    return [item for item, keep in zip(drawn, kept.tolist(), strict=True) if keep]


def _ahead_of_cover(
    starts: np.ndarray,
    ends: np.ndarray,
    markers: np.ndarray,
    covered_from: float,
    sliver: float,
) -> np.ndarray:
    """Which events a printed part keeps, of those the next part, taped over it from
    ``covered_from``, shows too: those that start before it, but a day's point only where
    its middle, where the point stands, is not under that part (which stands it whole
    there, :func:`_shown_before`), and a bar begun less than ``sliver`` days before it only
    where its middle is not under it either (that part holds the rest of it). Kept for
    having begun before the join, a day whose middle the next part covers was drawn on
    both pages, and counted in a badge on both where it was hidden; a meeting of 20–26
    February begun 1 h 38 before the join was a stub of 5 points at page 3's edge,
    labelled there and again on page 4."""
    middles = (starts + ends) / 2
    ahead = middles <= covered_from
    begun = (starts < covered_from) & (ahead | (starts <= covered_from - sliver))
    kept: np.ndarray = np.where(markers == Marker.POINT, ahead, begun)
    return kept


def _shown_before(lane: LaneColumns, where: np.ndarray, start: float, until: float) -> np.ndarray:
    """Which events at ``where`` (positions in the lane's columns) a printed part leaves to
    the part before it, which holds and labels them: mostly before this part (their days'
    middle, where a day's point stands; one halved by the join too) and ended where that
    part still shows them whole (before ``until``, :attr:`LayoutOptions.shown_before_until`;
    a day's point, its middle). At this page's edge they stood as a sliver of a marker
    (Morocco's agreement of 27 June on the page from 28 June), or a stub of a bar labelled
    again (a statement of 16–27 December on the page of 2029), or in a badge there too,
    read as the page's own; a meeting of 10 February, its point before a join at 12:49 on
    a page running on to 22:21, was labelled on both pages."""
    starts, ends = lane.starts[where], lane.ends[where]
    whole = (ends <= until) | (lane.markers[where] == Marker.POINT)
    held: np.ndarray = ((starts + ends) / 2 <= start) & whole
    return held


def _markers_by_row(
    source: EventSource,
    lane: LaneColumns,
    positions: list[int],
    rows: list[int],
    scale: TimeScale,
    options: LayoutOptions,
) -> dict[int, list[_Drawn]]:
    """The events' markers by row (rows in the order met, events in the order given).
    Their spans are worked out from the lane's columns all at once: a frame has a hundred
    events, and reading each one's dates in Python cost more than the rest of its marker."""
    where = np.asarray(positions, np.int64)
    left, right = _marker_spans(lane, where, scale, options)
    ids = lane.ids[where].tolist()
    events = source.drawn(ids)
    fmt, language = options.fmt, options.fmt.language
    # A title's numbers in the reader's digits, as the axis's and the dates' are (asked once
    # a frame whether there is anything to change: a frame draws hundreds of titles).
    convert = fmt.digits("0") != "0"
    by_row: dict[int, list[_Drawn]] = {}
    for event_id, marker, row, x, width in zip(
        ids, lane.markers[where].tolist(), rows, left.tolist(), (right - left).tolist(), strict=True
    ):
        event = events[event_id]
        title = event.title(language)
        drawn = (event, _MARKERS[marker], x, width, in_digits(title, fmt) if convert else title)
        by_row.setdefault(row, []).append(drawn)
    return by_row


def _marker_spans(
    lane: LaneColumns, where: np.ndarray, scale: TimeScale, options: LayoutOptions
) -> tuple[np.ndarray, np.ndarray]:
    """The left and right edges in the view of the markers of the events at ``where``: a
    day's point on its day's middle however narrow the day (begun at its day, the point of
    28 February stood in March on a year's scale), a span too short to see widened from
    its start edge (the right in Arabic)."""
    x_a, x_b = scale.xs(lane.starts[where]), scale.xs(lane.ends[where])
    left, right = np.minimum(x_a, x_b), np.maximum(x_a, x_b)
    size = options.geometry.marker_size
    point = lane.markers[where] == Marker.POINT
    short = ~point & (right - left < size)  # too short to see: widened from its start edge
    middle = (left + right - size) / 2
    if options.rtl:
        left = np.where(point, middle, np.where(short, right - size, left))
        right = np.where(point, middle + size, right)
    else:
        left = np.where(point, middle, left)
        right = np.where(point, middle + size, np.where(short, left + size, right))
    return left, right


def ready_ids(
    cache: StackingCache,
    shown: TimelineLayout,
    period: Period,
    options: LayoutOptions,
    stack: bool = False,
) -> list[int]:
    """The events a frame of ``period`` at the size of ``shown`` would draw in their rows
    or alone in the badge row, as far as their levels are stacked already (asking never
    stacks): what the view reads ahead of the next wheel notch, and lays out the labels
    of. With ``stack``, what the period shows is stacked here where it is not yet (a lane
    in chunks, which no worker stacks ahead, or a level the worker has not reached)."""
    g = options.geometry
    level = zoom_level(shown.width / period.span)
    titled = len(shown.lanes) > 1
    scale = TimeScale(period, 0.0, shown.width, options.rtl)
    ids: list[int] = []

    def stacked(lane: int, rows: int) -> LevelStacking | None:
        found = cache.stacker.made(lane, level, rows)
        return cache.stacker.ahead_of(lane, level, rows) if found is None and stack else found

    for number, lane in enumerate(shown.lanes):
        rows_top = lane.rect.y + (g.lane_title_height if titled else 0.0)
        rows = max(1, int((lane.rect.bottom - rows_top) // g.row_height))
        stacking = stacked(number, rows)
        if stacking is not None and rows > 1 and stacking.hides_events():
            stacking = stacked(number, rows - 1)
        if stacking is not None:
            positions, rows_of = _visible_positions(stacking, period)
            bin_days = g.cluster_bin / stacking.pixels_per_day
            found = _visible_clusters(stacking, period, bin_days)
            if not options.whole_labels:  # as the frame's own rows free in view take them
                placed = (positions, rows_of)
                _fill_blank_rows(found, placed, stacking.rows, stacking.lane, scale, options)
            clusters = sorted(found.items())
            singles, _joins = _drawn_singles(clusters, stacking.lane, scale, bin_days, options)
            positions.extend(singles.values())
            ids.extend(stacking.lane.ids[positions].tolist())
    return ids


#: A badge's histogram: at most this many parts, each a day or more (events are dated to
#: the day: finer parts only said on which day each fell, as stray squares), and drawn only
#: where its bars read as one: for a few events, or all of them in one part, it was a
#: square or two beside the count.
_PROFILE_PARTS = 6
_HISTOGRAM_MIN_PARTS = 3
_HISTOGRAM_MIN_EVENTS = 8
_HISTOGRAM_MIN_BARS = 2
_HISTOGRAM_MIN_PART_WIDTH = 3.0  # pixels: a bar of two and a gap of one


_MARKERS = tuple(Marker)  # by number


def _slide_badges(
    result: TimelineLayout,
    made: tuple[int, int],
    bins: tuple[float, float],
    room: tuple[Geometry, Callable[[int], float]],
) -> None:
    """Each badge of the lane (``result``'s clusters and events from ``made`` on) moved on
    from its bin's first day towards its first hidden event's, as far as the labels and
    markers laid out, the next badge and the view's end or the cover (``bins``: the bins'
    days, then the cover's day) leave room. Bins are fixed in world pixels, so the hidden
    events of a day's start could fall in a bin lying almost wholly in the day before:
    zoomed to a day, 1 January's "+47" stood under 31 December. Moved after the labels, a
    badge takes none's room. One the cover cuts keeps short of it (:func:`_short_of`;
    ``room``'s second: how wide a count's words are in the labels' text). A bin long
    enough for a histogram stays where it is, across a cover too: its bars say where in
    its days its events are (none past the cover)."""
    g, count_width = room
    bin_days, cover = bins
    first_cluster, first_event = made
    shapes = result.clusters[first_cluster:]
    if not shapes or int(bin_days) >= _HISTOGRAM_MIN_PARTS:
        return
    scale = result.scale
    rects = [shape.rect for shape in shapes]
    top, bottom = rects[0].y, rects[0].bottom  # the badges' row
    taken = [
        rect
        for shape in result.events[first_event:]
        for rect in (shape.marker_rect, shape.label_rect)
        if rect is not None and rect.y < bottom and top < rect.bottom
    ]
    if math.isfinite(cover):
        needs = [_badge_width(count_width(shape.count), shape.rect.height) for shape in shapes]
        _short_of(scale.x(cover), rects, (taken, needs), scale, g.label_gap)
    ahead = _Ahead(taken, scale, g.label_gap)
    end = min(scale.period.end, cover) - bin_days
    for index in reversed(range(len(rects))):
        rect = rects[index]
        begin = scale.day(rect.right + 1 if scale.rtl else rect.x - 1)  # its bin's first day
        wanted = (min(shapes[index].first_day, end) - begin) * scale.pixels_per_day
        if wanted <= 0:
            continue
        following = rects[index + 1] if index + 1 < len(rects) else None
        shift = min(wanted, ahead.room(rect, following))
        if shift > 0:
            x = rect.x - shift if scale.rtl else rect.x + shift
            rects[index] = Rect(x, rect.y, rect.width, rect.height)
    result.clusters[first_cluster:] = [
        shape if rect == shape.rect else replace(shape, rect=rect)
        for shape, rect in zip(shapes, rects, strict=True)
    ]


class _Ahead:
    """What stands after a badge in its row, in reading order (from the right in Arabic):
    the labels and markers there, sorted once, found by bisection."""

    def __init__(self, taken: list[Rect], scale: TimeScale, gap: float) -> None:
        self._scale, self._gap = scale, gap
        spans = sorted(self._span(rect) for rect in taken)
        self._starts = [start for start, _end in spans]
        # The furthest any of the first n reaches: one before a badge may run over it.
        self._reach = list(accumulate((end for _start, end in spans), max))

    def _span(self, rect: Rect) -> tuple[float, float]:
        """A box's start and end in reading order, from the view's reading edge."""
        scale = self._scale
        if scale.rtl:
            far = scale.left + scale.width
            return far - rect.right, far - rect.x
        return rect.x - scale.left, rect.right - scale.left

    def room(self, badge: Rect, following: Rect | None) -> float:
        """How far ``badge`` may move on before it meets a label, a marker, the
        ``following`` badge or the view's far edge (none where a box already runs into
        it)."""
        start, end = self._span(badge)
        before = bisect_left(self._starts, start)
        if before and self._reach[before - 1] > start:
            return 0.0
        limit = self._scale.width
        if before < len(self._starts):
            limit = self._starts[before] - self._gap
        if following is not None:
            limit = min(limit, self._span(following)[0] - self._gap)
        return limit - end


def _badge_width(count_width: float, height: float) -> float:
    """The least width of a badge ``height`` tall whose count is ``count_width`` wide in the
    labels' text: the count in bold (wider) between its round ends, no narrower than a
    circle."""
    return max(height, BOLD_SHARE * count_width + height / 2)


def _short_of(
    edge: float,
    rects: list[Rect],
    around: tuple[list[Rect], list[float]],
    scale: TimeScale,
    gap: float,
) -> None:
    """A badge that ``edge`` (where the next printed part, taped over this one, begins)
    cuts, narrowed to end before it, down to the least width its count needs (``around``'s
    second, by badge), then moved back as far as the labels and markers before it
    (``around``'s first) and the other badges leave room: the "+3" of 28 December 2019
    stood 20 points over the dashed line, in the page's grey."""
    taken, needs = around
    for index, rect in enumerate(rects):
        if not rect.x < edge < rect.right:
            continue
        over = (edge - rect.x if scale.rtl else rect.right - edge) + 1
        narrower = min(over, max(rect.width - needs[index], 0.0))
        width, over = rect.width - narrower, over - narrower
        x = rect.x + narrower if scale.rtl else rect.x
        others = taken + rects[:index] + rects[index + 1 :]
        if scale.rtl:
            ends = [o.x - gap for o in others if o.right > x + width]
            x += max(min(over, min(ends, default=scale.left + scale.width) - x - width), 0.0)
        else:
            ends = [o.right + gap for o in others if o.x < x]
            x -= max(min(over, x - max(ends, default=scale.left)), 0.0)
        rects[index] = Rect(x, rect.y, width, rect.height)


def _profiles(
    lane: LaneColumns,
    begins: list[float],
    bins: tuple[float, float],
    scale: TimeScale,
    badges: list[Rect],
    counts: list[int],
) -> np.ndarray:
    """How the lane's events spread over each badge's bin of ``days`` (starting at
    ``begins``; ``bins``: those days, and the day from which a printed part leaves its
    events to the next part, which covers it), in a few equal parts of a day or more (a
    row of x0, x1 and share per part, a table per badge; no parts where the bin is too
    short for :data:`_HISTOGRAM_MIN_PARTS`). The parts are laid side by side in the reading
    direction along the badge's flat middle, a third of its height in from each end: the
    bin's own ends are under its round ends, where the busiest part would be cut away. A
    badge of fewer than :data:`_HISTOGRAM_MIN_EVENTS` hidden events (``counts``), of fewer
    than :data:`_HISTOGRAM_MIN_BARS` parts holding any, or too narrow for its bars gets
    every share 0: just its count. Binary searches, as the starts are sorted, so it costs
    nothing at any N; all the frame's badges at once (a few numpy calls per badge cost
    more)."""
    days, until = bins
    parts = min(_PROFILE_PARTS, int(days))
    if not begins or parts < _HISTOGRAM_MIN_PARTS:
        return np.zeros((len(begins), 0, 3))
    edges = np.asarray(begins)[:, None] + days * np.arange(parts + 1) / parts
    counted = np.minimum(edges, until).ravel()
    counts_by_part = np.diff(np.searchsorted(lane.starts, counted).reshape(edges.shape), axis=1)
    shares = counts_by_part / np.maximum(counts_by_part.max(axis=1), 1)[:, None]
    boxes = np.asarray(badges)  # x, y, width, height
    insets = boxes[:, 3:] / 3
    lefts, widths = boxes[:, :1] + insets, boxes[:, 2:3] - 2 * insets
    readable = (
        (np.asarray(counts) >= _HISTOGRAM_MIN_EVENTS)
        & ((counts_by_part > 0).sum(axis=1) >= _HISTOGRAM_MIN_BARS)
        & (widths[:, 0] >= parts * _HISTOGRAM_MIN_PART_WIDTH)
    )
    shares[~readable] = 0.0
    xs = scale.xs(edges)
    low, high = xs.min(axis=1, keepdims=True), xs.max(axis=1, keepdims=True)
    xs = lefts + (xs - low) / (high - low) * widths
    lows, highs = np.minimum(xs[:, :-1], xs[:, 1:]), np.maximum(xs[:, :-1], xs[:, 1:])
    return np.stack((lows, highs, shares), axis=2)


def _drawn_singles(
    clusters: list[tuple[int, _Bin]],
    lane: LaneColumns,
    scale: TimeScale,
    bin_days: float,
    options: LayoutOptions,
) -> tuple[dict[int, int], dict[int, int]]:
    """Bins holding one hidden event that can be drawn as the event itself (bin -> its
    position): its marker must not meet a badge or another such event. One whose marker
    would meet a badge joins that badge instead (bin -> the badge's bin), and one that stays
    a badge joins a badge beside it: no badge stands for a single event beside another.
    A "+1" with none beside takes in the drawn singles its badge would meet (it was painted
    over a bar's middle); one whose marker then meets nothing is drawn after all.

    Against a badge a marker counts as drawn (:func:`_marker_spans`), a few pixels clear:
    widened by a marker's size each way it met the badge before it at 800 pixels, and the
    sample's forum three weeks after IPU-150 went into that badge, its label's room in the
    badges' row left empty."""
    g = options.geometry

    def span(first: float, last: float) -> tuple[float, float]:
        x_a, x_b = scale.x(first), scale.x(last)
        return min(x_a, x_b), max(x_a, x_b)

    def bin_span(number: int) -> tuple[float, float]:
        return span(number * bin_days, (number + 1) * bin_days)

    lone: dict[int, int] = {}  # bin -> its one event's position
    markers: dict[int, tuple[float, float]] = {}  # bin -> that event's widened marker
    for number, item in clusters:
        if item.count == 1:
            lone[number] = position = int(member_positions(item.members)[0])
            left, right = span(float(lane.starts[position]), float(lane.ends[position]))
            markers[number] = (left - g.marker_size, right + g.marker_size)
    badges = [n for n, item in clusters if item.count > 1]
    # Bin -> what of that event must not meet a badge: its marker as drawn and its label's
    # room after it, a few pixels clear, where that room is in view and meets no badge;
    # else its widened marker (its label would be set before its marker, or cut).
    clear = dict(markers)
    at = np.asarray(list(lone.values()), np.int64)
    width = scale.width
    for number, left, right, room in zip(
        lone,
        *(edge.tolist() for edge in _marker_spans(lane, at, scale, options)),
        (lane.label_px[at] + g.label_gap).tolist(),
        strict=True,
    ):
        if options.rtl:
            left = right - max(room, right - left)
        else:
            right = left + max(room, right - left)
        whole = (left - _BADGE_CLEARANCE, right + _BADGE_CLEARANCE)
        in_view = left >= _EDGE and right <= width - _EDGE
        if in_view and not any(_meets(whole, bin_span(n)) for n in badges):
            clear[number] = whole
    drawn: dict[int, tuple[float, float]] = {}  # bin -> its single's widened marker
    joins: dict[int, int] = {}
    for number, marker in markers.items():
        met = [n for n in badges if _meets(clear[number], bin_span(n))]
        if met:
            joins[number] = min(met, key=lambda n: abs(n - number))
        elif not any(_meets(marker, other) for other in drawn.values()):
            drawn[number] = marker
    # One that stays a badge (its marker meets a drawn single) joins a badge beside it, or
    # takes in the singles its badge would meet.
    kept = [n for n in lone if n not in drawn and n not in joins]
    for number in kept:
        beside = [n for n in (number - 1, number + 1) if n in kept and n not in joins]
        if beside:
            joins[number] = beside[0]
            continue
        for other, marker in list(drawn.items()):
            if _meets(bin_span(number), marker):
                del drawn[other]
                joins[other] = number
    standing = [*badges, *joins.values(), *(n for n in kept if n not in joins)]
    for number in kept:  # a "+1" whose marker no longer meets anything is drawn after all
        others = [n for n in standing if n != number]
        marker = markers[number]
        if number not in joins and number not in joins.values():
            free = not any(_meets(clear[number], bin_span(n)) for n in others)
            if free and not any(_meets(marker, other) for other in drawn.values()):
                drawn[number] = marker
                standing.remove(number)
    return {number: lone[number] for number in drawn}, joins


#: Pixels kept between a badge's bin and a marker drawn in the badges' row (the badge is
#: drawn a pixel inside its bin).
_BADGE_CLEARANCE = 2.0


def _meets(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Whether two spans across the view overlap."""
    return first[0] < second[1] and second[0] < first[1]


#: On screen labels keep this far from the view's edges (a glyph touching one looks cut); in
#: print, only a bar's label sticking to the start edge does.
_EDGE = 4.0
#: How many events of a lane at most may take another row at the view's far edge, the
#: nearest it first (:func:`_label_at_far_edge`).
FAR_EDGE_MOVES = 3


def _printed_anchor(begin: float, end: float, width: float) -> tuple[float, float]:
    """Print: what a part ``width`` wide shows of a marker from ``begin`` to ``end`` (reading
    coordinates) for its label, which may start :data:`_EDGE` from the start edge."""
    return min(max(begin, _EDGE), max(end, 0.0)), min(end, width)


def _label_row(
    drawn: list[_Drawn],
    row: int,
    badges: list[Rect],
    place: tuple[float, float | None, bool],
    lane: int,
    width: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> list[EventShape]:
    """A row's events, in reading order, with their labels placed beside their visible
    markers. ``place``: the top of the lane's rows, in print where (in reading
    coordinates) the next part taped over this one covers it, if it does, and whether the
    part comes after another."""
    rows_top, cover, after_another = place
    g, rtl = options.geometry, options.rtl
    marker_y = rows_top + row * g.row_height + g.marker_top
    label_y = marker_y - g.marker_top + g.label_top
    spans = [(x, x + size) for _event, _marker, x, size, _title in drawn]
    reading = [(width - right, width - left) if rtl else (left, right) for left, right in spans]
    order = sorted(range(len(drawn)), key=lambda n: reading[n][0])
    anchors: list[tuple[float, float] | None] = []
    edge = 0.0 if options.whole_labels else _EDGE
    moved: dict[int, float] = {}  # the markers set whole inside a printed part's start
    for n in order:
        begin, end = reading[n]
        if options.whole_labels:  # in print even a sliver of a bar at the start edge
            # (a day's marker mostly on the part before is left to it: _shown_before)
            long = end - begin
            # As does a box a little longer than a marker begun less than a sliver before,
            # which the part before leaves to this one (_ahead_of_cover), moved as little:
            # 40 days of 20 years across 1,000 points, begun 3 to 10 days before a part,
            # lost 1 to 3 of its 10.7 points and its outline at the page's edge.
            short = long <= g.marker_size + _SLIVER and -begin < _SLIVER
            small = drawn[n][1] is Marker.POINT or long <= g.marker_size or short
            if after_another and small and begin < 0.0 < end:
                # One mostly on this part stands whole at its start, at most half a marker
                # from its day: read page by page, it was cut in half at the page's edge.
                # So does a box too short to see, widened from its first day (September
                # 2013 on the page of every country from 12 September lost its left side).
                begin, end = 0.0, end - begin
                moved[n] = width - end if rtl else begin
            begin, end = _printed_anchor(begin, end, width)
            shown = end > 0.0 and begin < width
            left = _left_to_next(drawn[n][0], (begin, end), cover, options)
            anchors.append((begin, end) if shown and not left else None)
            continue
        begin, end = max(begin, _EDGE), min(end, width - edge)
        anchors.append((begin, end) if end > begin else None)
    style = label_style(g.label_gap, g.label_lines, options.whole_labels)
    texts = [drawn[n][4] for n in order]
    obstacles = [reading_span(badge, width, rtl) for badge in badges]
    if cover is None:
        placed = place_row(anchors, texts, obstacles, width - edge, text_width, style, edge=edge)
    else:
        placed = _place_covered(anchors, texts, obstacles, (width, cover), text_width, style)
    result = []
    for n, label in zip(order, placed, strict=True):
        event, marker, x, size, title = drawn[n]
        marker_rect = Rect(moved.get(n, x), marker_y, size, g.marker_size)
        hollow, struck = event.status in HOLLOW_STATUSES, event.status is EventStatus.CANCELLED
        if label is None:
            shape = EventShape(
                event, marker, marker_rect, title, None, lane, row, hollow=hollow, struck=struck
            )
        else:
            rect = placed_rect(label, label_y, width, rtl, g.label_height)
            shape = EventShape(
                event,
                marker,
                marker_rect,
                title,
                rect,
                lane,
                row,
                label.lines,
                0 if label.callout else None,
                hollow,
                struck,
            )
        result.append(shape)
    return result


#: A far-edge label to place (:func:`_label_at_far_edge`): its shape's place in the list,
#: its marker's span and the part of it in view (reading coordinates), the label's width,
#: whether it runs across its marker and whether it stays in its row.
_Wanting = tuple[int, tuple[float, float], tuple[float, float], float, bool, bool]


def _label_at_far_edge(
    shapes: list[EventShape],
    first: int,
    badges: list[Rect],
    place: tuple[float, int, bool, bool],
    edges: tuple[float, float],
    text_width: TextWidth,
    options: LayoutOptions,
    tied: Callable[[int], frozenset[int]],
) -> set[int]:
    """An event of a lane (its ``shapes`` from ``first`` on) near the view's far edge whose
    label found no room in its row or runs across its marker (in print: or was numbered)
    moves to the nearest row of the lane with room for its marker and its label beside it,
    or for its label on two lines over that row and the next one (:func:`place_elsewhere`;
    on screen three, :func:`_beside_on_screen`; one slid back across its marker by a
    third of it at most, :data:`SLID_BACK`, stays, and one slid back further stays where
    no row has it beside, a tab if it would read as another marker's,
    :func:`_clear_start`).
    The room its stacking reserved after its marker lies past the edge, and its neighbours'
    labels fill its row before it: at "fit all" the newest event was a marker alone while
    rows below it stood empty, and a briefing's axis ran on eight empty months to make
    that label room. Only there: elsewhere its row is the stacking's, stable under panning.
    ``place``: the top of the lane's rows, the number of the last one (the badges'),
    whether the lane has room under it for a label's second line (on screen: in an 800×300
    window the newest event found no other room) and whether it has room for a label in
    the badges' row at all (on screen only). ``edges``: the view's width and, in
    reading coordinates, its far edge (in print, where the next part taped over it begins:
    the forum just short of it was numbered in a key under free rows). A printed label
    across its marker moves only to sit beside it, in the nearest row where it does (the
    sample's Mazhilis Chairman read on from the label before it, a gap away, its marker
    over its middle); there, and at a part's taped edge, only if no thread or link
    (``tied``: the events joined to an event) would follow it down through the rows
    between. The room one leaves in its row, its marker and its number or label, is free
    for the next. On screen a marker the far edge left with no label anywhere has a tab
    beside it (:func:`_on_screen`; beyond the few nearest the edge, in its own row alone,
    :func:`_folded`); a label shown whole becomes one only where it would
    read as another marker's and cannot slide clear of it (:func:`_clear_start`: in the
    row it was to go to, else its own, as room allows; elsewhere it stays a marker alone).
    The events whose label the far edge left out, tabs now, are returned
    (:attr:`TimelineLayout.left_out`)."""
    rows_top, last_row, below, holds = place
    g, rtl = options.geometry, options.rtl
    width, far = edges
    covered = far < width
    edge = 0.0 if options.whole_labels else _EDGE
    far = min(far, width - edge)
    # Their marker in view, the far edge cutting their label's room: unlabelled, or
    # labelled across their marker (in print, or numbered).
    wanting: list[_Wanting] = []
    across_only: list[_Wanting] = []
    for number in range(first, len(shapes)):
        shape = shapes[number]
        drawn = shape.label_rect
        labelled = drawn is not None and shape.callout is None
        begin, end = reading_span(shape.marker_rect, width, rtl)
        start = 0.0 if drawn is None else width - drawn.right if rtl else drawn.x
        # Most labels start at their marker, never across it: told apart at once.
        if labelled and start >= begin - 0.5:
            continue
        anchor = (max(begin, edge), min(end, far))
        across = labelled and across_marker(shape, width, rtl, (edge, far))
        if labelled and not across:
            continue
        # On screen one slid back a little, its marker over its first words, reads as
        # starting there, on one line: it stays (the French sample's Kazakh minister).
        if (
            across
            and not options.whole_labels
            and drawn is not None
            and _slid_a_little(Placed(shape.lines, start, drawn.width), anchor)
        ):
            continue
        # Its arc would follow it down through the rows between: "fit all" keeps that from
        # crossing a label, but sees neither a label across its marker (placed, to it) nor
        # the edge where the next part is taped over. On screen such a label may still wrap
        # beside its marker in its own row (``stay``).
        stay = (across or covered) and bool(tied(shape.event.id or 0))
        if options.whole_labels and (
            stay
            or (  # the next part labels one mostly under it, as _label_row sees it
                covered
                and _left_to_next(shape.event, _printed_anchor(begin, end, width), far, options)
            )
        ):
            continue
        need = text_width(shape.label)
        if anchor[0] < anchor[1] and anchor[0] + need > far:
            want = (number, (begin, end), anchor, need, across, stay)
            (across_only if across and not options.whole_labels else wanting).append(want)
    left_out: set[int] = set()
    if not wanting and not across_only:
        return left_out
    # The few nearest the edge: a dense 4K view had some twenty-five a lane, each looking
    # through every row (a fifth of its frame), and rows of markers changing as it panned.
    # On screen those without a label come first, then every one across its marker (few:
    # each runs to the far edge or nearly), which keeps a place in its own row at worst.
    wanting.sort(key=lambda want: want[2][0], reverse=True)
    # Beyond those, on screen, each marker alone has a tab in its own row, which looks at
    # that row alone: at 40 years across 2,560 pixels eight markers by the far edge stood
    # alone beside the three nearest it, tabs.
    tabs_only = [] if options.whole_labels else wanting[FAR_EDGE_MOVES:]
    del wanting[FAR_EDGE_MOVES:]
    wanting += sorted(across_only, key=lambda want: want[2][0], reverse=True)
    moving = len(wanting)
    wanting += tabs_only
    # On screen a label keeps the wider gap from the labels of the row it moves to: its
    # start or theirs may have no marker over it (LabelStyle.text_gap).
    apart = 0.0 if options.whole_labels else label_style(g.label_gap).text_gap - g.label_gap
    # A label beside its marker lies within its width of it (a tab within its own): what
    # ends before cannot meet it.
    tab_width = _tab_width(text_width)
    near = min(
        want[2][0] - (want[3] if order < moving else tab_width)
        for order, want in enumerate(wanting)
    )
    near -= 2 * g.label_gap + apart
    taken: list[list[tuple[float, float]]] = [[] for _row in range(last_row + 1)]
    # Where each label widened by ``apart`` ends: a tab, under its own marker, keeps only
    # the label gap from the label before it (:func:`_folded`).
    ends: dict[tuple[float, float], float] = {}
    # What each of them holds in its row, its marker and its number or label, which leave
    # the row with it: a label moved on left its old one taken, the room it freed unseen
    # by the next one.
    held: dict[int | None, list[tuple[float, float]]] = {want[0]: [] for want in wanting}
    placed = [
        (number, shapes[number].row, rect, widen)
        for number in range(first, len(shapes))
        for rect, widen in ((shapes[number].marker_rect, None), (shapes[number].label_rect, apart))
    ]
    for owner, row, rect, widen in [*placed, *((None, last_row, b, 0.0) for b in badges)]:
        # Its reading end (width - x in Arabic) looked at first: most end before ``near``.
        if rect is not None and (width - rect.x if rtl else rect.x + rect.width) >= near:
            start, stop = reading_span(rect, width, rtl)
            taken[row].append((start - (widen or 0.0), stop + (widen or 0.0)))
            held.get(owner, []).append(taken[row][-1])
            if widen is None:  # a marker
                ends[taken[row][-1]] = _tab_after(taken[row][-1], g)
            elif widen:
                ends[taken[row][-1]] = stop
    # In print the badges' row may lie past the foot of a band as short as its rows, and on
    # screen past the foot of a short lane: a label moved there ran into the density strip.
    rows = [RowSpans(spans) for spans in taken[: None if holds else last_row]]
    for order, (number, marker, anchor, _need, across, stay) in enumerate(wanting):
        shape = shapes[number]
        own, mine = shape.row, held[number]
        # In print an event drawn in the badges' row may leave it (for none of the others).
        if own < len(rows):
            rows[own] = RowSpans(span for span in rows[own].spans if span not in mine)
        bounds = (edge, far)
        # In print a row holds a label's two lines, and a row where a label sits beside its
        # marker comes before the nearest where it runs across it (the Mazhilis Chairman's
        # visit, numbered in its row, ran across its marker a row lower; wrapped, it sat
        # beside it there); a number moves across its marker where no row has it beside.
        # On screen too a label beside its marker, on up to three lines, comes first: the
        # visit's label ran across its marker at "fit all", over a row and the next.
        found, folded = None, False
        if order >= moving:
            found = _folded(anchor, (rows, own, ends), bounds, text_width, g)
            folded = found is not None
            if folded:
                left_out.add(shape.event.id or 0)
        elif not options.whole_labels:
            found, folded = _on_screen(
                anchor, shape.label, (rows, own, stay, across, ends), bounds, text_width, g, below
            )
            clear = _clear_start(found, shapes, (first, number), (width, rtl), g, anchor)
            slid = None if clear is None else _slid_on(found, clear, rows, anchor, bounds, g)
            if slid is not None:  # clear of the marker before, its row having room
                found = slid
            elif clear is not None:  # a tab where it was to go, else in its own row
                tab = None
                for row in dict.fromkeys([own] if found is None else [found[0], own]):
                    tab = tab or _folded(anchor, (rows, row, ends), bounds, text_width, g)
                found, folded = tab, tab is not None
            if folded:
                left_out.add(shape.event.id or 0)
        else:
            if g.label_lines > 1:
                found = place_elsewhere(
                    anchor,
                    shape.label,
                    rows,
                    own,
                    bounds,
                    text_width,
                    g.label_gap,
                    beside=True,
                    tall=True,
                )
            found = found or place_elsewhere(
                anchor, shape.label, rows, own, bounds, text_width, g.label_gap, below, across
            )
        if found is None:  # across its marker or left out, it stays where none is beside
            if own < len(rows):
                rows[own] = RowSpans([*rows[own].spans, *mine])
            continue
        row, label = found
        # A tab under its marker needs no wider gap before it either: its marker stands
        # over its start.
        under = folded and label.start >= anchor[0] - 0.5
        span = (label.start - (0.0 if under else apart), label.start + label.width + apart)
        if apart:
            ends[span] = label.start + label.width
        ends[marker] = _tab_after(marker, g)
        rows[row] = RowSpans([*rows[row].spans, marker, span])
        # In print each line takes a row at most; on screen a third line ends above the
        # markers of the row after the next (:func:`_beside_on_screen`).
        spanned = len(label.lines) if options.whole_labels else min(len(label.lines), 2)
        for line in range(1, min(spanned, len(rows) - row)):
            rows[row + line] = RowSpans([*rows[row + line].spans, span])
        row_top = rows_top + row * g.row_height
        marker_rect = shape.marker_rect._replace(y=row_top + g.marker_top)
        label_rect = placed_rect(label, row_top + g.label_top, width, rtl, g.label_height)
        shapes[number] = shape._replace(
            marker_rect=marker_rect,
            label_rect=label_rect,
            row=row,
            lines=label.lines,
            callout=None,
            folded=folded,
        )
    return left_out


#: The most lines a label on screen takes over a row and the next (:func:`_beside_on_screen`).
SCREEN_LINES = 3


def _on_screen(
    anchor: tuple[float, float],
    text: str,
    where: tuple[list[RowSpans], int, bool, bool, dict[tuple[float, float], float]],
    bounds: tuple[float, float],
    text_width: TextWidth,
    g: Geometry,
    below: bool,
) -> tuple[tuple[int, Placed] | None, bool]:
    """On screen, where a far-edge label goes: where it went before if that leaves it
    beside its marker or slid back across it by a third at most (:data:`SLID_BACK`: a
    label the far edge left out took the nearest row with room for it on one or two lines,
    across its marker if need be), else beside its marker in a row with room
    (:func:`_beside_on_screen`), else where it went before all the same: a label across its
    marker stays as it was, whole and slid back into the view (None). Only one with no room
    in any row (a marker alone before) has a tab beside its marker in its own row
    (:func:`_folded`). A label whole on screen becomes a tab here never (the French
    sample's Kazakh minister, slid back 27 pixels, read whole, his marker over its first
    words), after it only where it reads as another marker's (:func:`_clear_start`).
    Whether it is a tab, which "fit all" still makes its label room for, as for the marker
    alone. ``where``: the lane's rows, the label's own, whether it stays there
    (:func:`_beside_on_screen`), whether it runs across its marker now and where the
    widened labels end (:func:`_folded`)."""
    rows, own, stay, across, ends = where
    was = None
    if not across:
        was = place_elsewhere(anchor, text, rows, own, bounds, text_width, g.label_gap, below)
        if was is not None and _slid_a_little(was[1], anchor):
            return was, False
    found = _beside_on_screen(anchor, text, (rows, own, stay), bounds, text_width, g, below)
    if found is not None or across:
        return found, False
    if was is not None:
        return was, False
    tab = _folded(anchor, (rows, own, ends), bounds, text_width, g)
    return tab, tab is not None


def _clear_start(
    found: tuple[int, Placed] | None,
    shapes: list[EventShape],
    which: tuple[int, int],
    view: tuple[float, bool],
    g: Geometry,
    anchor: tuple[float, float],
) -> float | None:
    """Where a far-edge label on screen, where it is to go (``found``: its row and place)
    or where it stays (None), must start to be read as its own, if it starts before its
    marker by more than a third of its width (:func:`starts_far_before`) and just after
    another event's marker in that row or level with one of its lines
    (:func:`_rows_level_with`), or, starting at its marker, its lower lines start just
    after a marker they are level with, closer than the gap a label keeps where no marker
    stands over its start (:attr:`LabelStyle.text_gap`): it reads as that marker's. At a
    decade across, Azerbaijan and Türkiye's agreement began 8 pixels after an unlabelled
    phone call, its own marker over its last words; at 800×500, "Arab Emirates–Nigeria on /
    transport", a sideline meeting's second and third lines, stood 14 pixels after an
    unlabelled agreement's marker a row lower. None where it reads as its own.
    ``which``: the lane's first shape and this one's; ``view``: its width and direction."""
    first, number = which
    width, rtl = view
    shape = shapes[number]
    if found is not None:
        row, label = found
    elif shape.label_rect is not None:
        start, stop = reading_span(shape.label_rect, width, rtl)
        row, label = shape.row, Placed(shape.lines, start, stop - start)
    else:
        return None
    far_before = starts_far_before(label, anchor[0])
    beside = _rows_level_with(row, len(label.lines), g)
    if not far_before and not beside:
        return None
    near = label_style(g.label_gap).text_gap
    # Starting at its marker, its first line is its marker's; only a line lower, level with
    # another row's markers, may read as one of theirs.
    mine = row if far_before else None
    clear = None
    for other in range(first, len(shapes)):
        if other == number or (shapes[other].row != mine and shapes[other].row not in beside):
            continue
        begin, end = reading_span(shapes[other].marker_rect, width, rtl)
        if begin < label.start and label.start - end < near:
            clear = max(clear or 0.0, end + near)
    return clear


def _rows_level_with(row: int, lines: int, g: Geometry) -> range:
    """The rows below ``row`` whose markers stand level with a line of a label there: a
    second line reads as the label of the marker just before it (at a decade across, an
    unlabelled phone call of the Emirates and Uzbekistan 12 pixels before "Emirates–
    Uzbekistan on culture", the second line of an agreement's label a row higher)."""
    bottom = g.label_top + lines * g.label_height  # the lines' foot, from the row's top
    below = int((bottom - g.marker_top) // g.row_height)  # the lowest row whose marker it reaches
    return range(row + 1, row + below + 1)


def _slid_on(
    found: tuple[int, Placed] | None,
    clear: float,
    rows: list[RowSpans],
    anchor: tuple[float, float],
    bounds: tuple[float, float],
    g: Geometry,
) -> tuple[int, Placed] | None:
    """A far-edge label that would read as another marker's (:func:`_clear_start`) slid on
    in the reading direction to start at ``clear``, where that keeps it over its marker and
    its row has room; else None. A decade of the Emirates in French at 1366 pixels: the
    visit to Nigeria on health slides on 12 pixels, whole, rather than fold into a tab."""
    if found is None or clear > anchor[0]:
        return None
    row, label = found
    free = rows[row].free_around(anchor[0], anchor[1], g.label_gap, bounds)
    if free is None or clear + label.width > free[1]:
        return None
    return row, label._replace(start=clear)


def _slid_a_little(label: Placed, anchor: tuple[float, float]) -> bool:
    """Whether a label (reading coordinates) is beside its marker, or starts before it by a
    third of its width at most (:data:`SLID_BACK`): its marker over its first words."""
    return not runs_across(label, anchor) or not starts_far_before(label, anchor[0])


def _beside_on_screen(
    anchor: tuple[float, float],
    text: str,
    where: tuple[list[RowSpans], int, bool],
    bounds: tuple[float, float],
    text_width: TextWidth,
    g: Geometry,
    below: bool,
) -> tuple[int, Placed] | None:
    """On screen, a far-edge label beside its marker, starting or ending at it, never across
    it: on one line in the nearest row with room, else wrapped over a row and the next on as
    many lines as end above the markers of the row after them (three at most). ``where``:
    the lane's rows, the label's own and whether it stays in its own row (an arc joins its
    event to another: moved, the arc would follow it down through the rows between)."""
    rows, own, stay = where
    if stay and own >= len(rows):
        return None
    lines = int((2 * g.row_height + g.marker_top - g.label_top) // g.label_height)
    most = max(2, min(lines, SCREEN_LINES))
    return place_elsewhere(
        anchor, text, rows, own, bounds, text_width, g.label_gap, below, True, most=most, stay=stay
    )


def _folded(
    anchor: tuple[float, float],
    where: tuple[list[RowSpans], int, dict[tuple[float, float], float]],
    bounds: tuple[float, float],
    text_width: TextWidth,
    g: Geometry,
) -> tuple[int, Placed] | None:
    """On screen, the last resort for a far-edge label with no room beside its marker on
    any row it looks at, short of running across it: a tab (:data:`FOLDED`) beside the
    marker in its own row, its title shown on hover. Starting at its marker, under it, the
    tab keeps only the label gap from the label before it, not the wider gap kept by a
    label that may start with no marker over it (:attr:`LabelStyle.text_gap`): at a
    decade across 800 pixels, Brazil's three events nearest the far edge stood markers
    alone, the labels before them ending 12 to 21 pixels short of them. Nor does it keep
    the gap from a marker before it that ends where its own begins, as a label there does
    not (:func:`timeline.render.labels.place_row`): a month's bar starting where the
    month before ended stood alone by the far edge (January 2000 at 1600×600, a month
    across the 10,000 events). ``where``: the lane's rows, the label's own and where each
    label widened for that gap, or marker, ends for a tab (:func:`_tab_after`)."""
    rows, own, ends = where
    if own >= len(rows):
        return None
    span = _tab_width(text_width)
    row = rows[own]
    if any(each in ends for each in row.spans):
        row = RowSpans((start, ends.get((start, stop), stop)) for start, stop in row.spans)
    # The room its own width needs from its marker's start: under a bar, the next marker
    # may begin within a gap of the bar's end.
    free = row.free_around(anchor[0], min(anchor[1], anchor[0] + span), g.label_gap, bounds)
    if free is not None and anchor[0] + span <= free[1]:
        return own, Placed((FOLDED,), anchor[0], span)
    return place_elsewhere(  # no room after its marker: ending at it, as a label may
        anchor,
        FOLDED,
        rows,
        own,
        bounds,
        lambda _text: span,
        g.label_gap,
        beside=True,
        most=1,
        stay=True,
    )


def _tabs_for_markers_alone(
    shapes: list[EventShape],
    first: int,
    badges: list[Rect],
    place: tuple[float, int, bool],
    width: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> set[int]:
    """On screen, each marker of a lane (its ``shapes`` from ``first`` on) in view with no
    label still, anywhere, has a tab beside it in its own row where that row has room
    (:func:`_folded`), as one the far edge left has: the view's start edge moving a label
    in past its cut marker left it short of the next marker (at 82 years across 1,920
    pixels, the 10,000 events' first day stood eight markers alone in Arabic), or a single
    event drawn in the badges' row between badges had no room for its label (a statement of
    the Emirates' first half of 2020 at 1280×720, a dashed bar alone over a blank row).
    ``place``: the top of the lane's rows, the badges' row and whether it has room for a
    label (on screen only where the lane has room under it). The events given a tab are
    returned."""
    rows_top, badge_row, holds = place
    g, rtl = options.geometry, options.rtl
    last = badge_row if holds else badge_row - 1
    alone: list[tuple[int, tuple[float, float], tuple[float, float]]] = []
    for number in range(first, len(shapes)):
        shape = shapes[number]
        if shape.label_rect is None and shape.row <= last:
            marker = reading_span(shape.marker_rect, width, rtl)
            anchor = (max(marker[0], _EDGE), min(marker[1], width - _EDGE))
            if anchor[0] < anchor[1]:
                alone.append((number, marker, anchor))
    if not alone:
        return set()
    # Only the rows of those markers are looked at: what the others hold is left unread.
    taken: dict[int, list[tuple[float, float]]] = {shapes[n].row: [] for n, _m, _a in alone}
    above = {row - 1 for row in taken}
    ends: dict[tuple[float, float], float] = {}  # the markers' (see _folded)
    for shape in shapes[first:]:
        row, label = shape.row, shape.label_rect
        if row in taken:
            marker = reading_span(shape.marker_rect, width, rtl)
            taken[row].append(marker)
            ends[marker] = _tab_after(marker, g)
            if label is not None:
                taken[row].append(reading_span(label, width, rtl))
        # On screen a label's second line lies in the next row, a third above its markers.
        if row in above and label is not None and len(shape.lines) > 1:
            taken[row + 1].append(reading_span(label, width, rtl))
    if badge_row in taken:
        taken[badge_row].extend(reading_span(badge, width, rtl) for badge in badges)
    empty = RowSpans(())
    rows = [RowSpans(taken[row]) if row in taken else empty for row in range(last + 1)]
    tabbed: set[int] = set()
    bounds = (_EDGE, width - _EDGE)
    for number, marker, anchor in alone:
        shape = shapes[number]
        own = shape.row
        mine = rows[own]
        rows[own] = RowSpans(span for span in mine.spans if span != marker)
        found = _folded(anchor, (rows, own, ends), bounds, text_width, g)
        if found is None or found[0] != own:
            rows[own] = mine
            continue
        tab = found[1]
        rows[own] = RowSpans([*mine.spans, (tab.start, tab.start + tab.width)])
        label_y = rows_top + own * g.row_height + g.label_top
        shapes[number] = shape._replace(
            label_rect=placed_rect(tab, label_y, width, rtl, g.label_height),
            lines=tab.lines,
            folded=True,
        )
        tabbed.add(shape.event.id or 0)
    return tabbed


def _tab_after(marker: tuple[float, float], g: Geometry) -> float:
    """Where a marker's span ends for a tab (:func:`_folded`): a label gap short of its end,
    which the gap every span keeps makes its end again, and half a pixel (two bars meeting
    on a day's boundary, its x worked out for each, ended and began 1e-13 apart)."""
    return max(marker[0], marker[1] - g.label_gap - 0.5)


def _tab_width(text_width: TextWidth) -> float:
    """How wide a tab (:func:`_folded`) is."""
    return max(DISC_SIDE, text_width(FOLDED) + 8.0)


def misplaced_labels(part: TimelineLayout) -> set[int]:
    """The events of a printed part whose label runs across its own marker (or is numbered
    for it), or under a connector between two other events."""
    found = crossed_labels(part.events, part.connectors)
    found.update(_still_across(part) | part.numbered_across)
    return found


def _place_covered(
    anchors: list[tuple[float, float] | None],
    texts: list[str],
    obstacles: list[tuple[float, float]],
    edges: tuple[float, float],
    text_width: TextWidth,
    style: LabelStyle,
) -> list[Placed | None]:
    """A printed row whose part the next one covers from ``cover`` on, taped (``edges``:
    the part's width and ``cover``): labels of markers mostly before it are placed up to
    it, the others after it (hidden, taped, under the next part, which labels them too),
    so that none is cut at the join."""
    width, cover = edges

    def before(anchor: tuple[float, float]) -> bool:
        begin, end = anchor
        return cover - begin >= end - cover

    early = [(a[0], min(a[1], cover)) if a is not None and before(a) else None for a in anchors]
    late = [(max(a[0], cover), a[1]) if a is not None and not before(a) else None for a in anchors]
    first = place_row(early, texts, obstacles, cover, text_width, style)
    second = place_row(late, texts, obstacles, width, text_width, style, edge=cover)
    return [
        one if anchor is not None else two
        for one, two, anchor in zip(first, second, early, strict=True)
    ]


def _number_callouts(result: TimelineLayout, options: LayoutOptions) -> None:
    """Callouts numbered in time order: the key then reads as a chronology."""
    called = sorted(
        (n for n, shape in enumerate(result.events) if shape.callout is not None),
        key=lambda n: (result.events[n].event.date.earliest(), result.events[n].event.id or 0),
    )
    for number, at in enumerate(called, start=1):
        shape = result.events[at]
        result.events[at] = shape._replace(callout=number, lines=(options.fmt.digits(str(number)),))


def _key_entries(
    result: TimelineLayout, text_width: TextWidth, options: LayoutOptions
) -> list[KeyEntry]:
    """Each callout's number, whole label (unwrapped, unplaced) and whether it is struck
    (cancelled); then, where the layout draws badges and ``options`` say what they stand
    for, that entry, its badge a line tall with the count of every event they hide: with
    the first badge's, "+16 Events not drawn here" stood over fourteen badges hiding 169."""
    called = sorted(
        (s for s in result.events if s.callout is not None), key=lambda s: s.callout or 0
    )
    nowhere = Rect(0.0, 0.0, 0.0, 0.0)
    entries = [KeyEntry(shape.lines[0], (shape.label,), nowhere, shape.struck) for shape in called]
    if options.badge_words and result.clusters:
        count = f"+{options.fmt.number(_hidden(result))}"
        height = options.geometry.label_height
        badge = Rect(0.0, 0.0, _badge_width(text_width(count), height), height)
        entries.append(KeyEntry(count, (options.badge_words,), nowhere, badge=badge))
    return entries


_KEY_COLUMN = 320.0  # the narrowest column of the key


def _key(
    entries: list[KeyEntry],
    width: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> list[KeyEntry]:
    """The key's entries (:func:`_key_entries`) wrapped in columns, flowing in reading
    order, from half a line below ``y = 0``: the one measure of the key, for the room it
    takes and where it goes."""
    # No more columns than entries: the badges' entry alone wrapped to three lines in the
    # first of three columns, the other two empty.
    columns = max(1, min(int((width - 16) // _KEY_COLUMN), len(entries)))
    placed = _key_in(columns, entries, width, text_width, options)
    used = len({entry.rect.x for entry in placed})
    if 0 < used < columns:
        # Nor more than it fills: two callouts' lines in the first of three columns, the
        # badges' entry on three lines in the second and the third empty (the French
        # 10,000 events), where in two columns it takes two.
        fewer = _key_in(used, entries, width, text_width, options)
        if _key_height(fewer, options.geometry) < _key_height(placed, options.geometry):
            return fewer
    return placed


def _key_in(
    columns: int,
    entries: list[KeyEntry],
    width: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> list[KeyEntry]:
    """The key's entries in ``columns`` columns (see :func:`_key`)."""
    g = options.geometry
    column_width = (width - 16) / columns
    lines = [
        wrap(entry.lines[0], column_width - entry.lead - 8, text_width, 99) or entry.lines
        for entry in entries
    ]
    top = g.label_height / 2
    per_column = math.ceil(sum(len(entry) for entry in lines) / columns)
    placed: list[KeyEntry] = []
    column, y, used = 0, top, 0
    for entry, wrapped in zip(entries, lines, strict=True):
        if used and used + len(wrapped) > per_column and column < columns - 1:
            column, y, used = column + 1, top, 0
        offset = 8 + column * column_width
        x = width - offset - column_width if options.rtl else offset
        rect = Rect(x, y, column_width - 8, g.label_height * len(wrapped))
        badge = entry.badge
        if badge is not None:  # at the entry's reading edge, beside its first line
            at = rect.right - badge.width if options.rtl else x
            badge = Rect(at, y, badge.width, badge.height)
        placed.append(replace(entry, lines=wrapped, rect=rect, badge=badge))
        y += rect.height + 2
        used += len(wrapped)
    return placed


def _key_height(key: list[KeyEntry], g: Geometry) -> float:
    """The room a key takes under the lanes: half a line above its entries and below."""
    if not key:
        return 0.0
    return max(entry.rect.bottom for entry in key) + g.label_height / 2


def _place_key(result: TimelineLayout, text_width: TextWidth, options: LayoutOptions) -> None:
    """The key under the lanes."""
    entries = _key_entries(result, text_width, options)
    for entry in _key(entries, result.width, text_width, options):
        result.key.append(_key_moved(entry, result.body_bottom))


def _key_moved(entry: KeyEntry, by: float) -> KeyEntry:
    """A key's entry ``by`` lower (higher where negative), its badge with it."""
    badge = entry.badge
    return replace(
        entry,
        rect=entry.rect._replace(y=entry.rect.y + by),
        badge=None if badge is None else badge._replace(y=badge.y + by),
    )


@dataclass(slots=True)
class _Bin:
    count: int
    first_day: float
    last_day: float
    members: list[Members]  # positions in the lane columns (views, not copies)


def _visible_clusters(stacking: LevelStacking, period: Period, bin_days: float) -> dict[int, _Bin]:
    """Hidden events that reach into the period, one badge per bin of their start (or the
    nearest bin wholly in the period; a day's point counted in the first, that of its day's
    middle where a day is wider than a bin: :func:`_points_at_their_middle`).

    Bins wholly inside the period use the counts decided for the zoom level; only the bins at
    the edges look at their events. An event that crossed chunk boundaries (the band) may
    start far earlier, so those are looked up directly.
    """
    lane = stacking.lane
    found: dict[int, _Bin] = {}
    # Bins cut by the view's edges count in the nearest bin wholly in view, so every badge
    # is whole and in sight (an event that started before the view may have its own bin
    # thousands of pixels off screen).
    first_bin = math.ceil(period.start / bin_days)
    last_bin = max(math.floor(period.end / bin_days) - 1, first_bin)
    for number in stacking.chunk_range(period.start, period.end):
        clusters = stacking.chunk_rows(number).clusters
        begins = clusters.bins * bin_days
        seen = np.nonzero(period.touches(begins, clusters.last_days))[0]
        for item in seen.tolist():
            begin = float(begins[item])
            in_view = min(max(int(clusters.bins[item]), first_bin), last_bin)
            if begin < period.start or begin + bin_days > period.end:  # an edge bin
                members = clusters.positions(item)
                members = members[period.touches(lane.starts[members], lane.ends[members])]
                if members.size == 0:
                    continue
                first, last = float(lane.starts[members[0]]), float(lane.ends[members].max())
                _add(found, in_view, members, first, last)
            else:
                first, last = float(clusters.first_days[item]), float(clusters.last_days[item])
                listed = partial(clusters.positions, item)
                _add(found, in_view, listed, first, last, int(clusters.counts[item]))
    hidden = stacking.band_hidden(period.start, period.end)
    if hidden.size:
        _add_band(found, lane, hidden, bin_days, (first_bin, last_bin))
    if bin_days < 1.0:
        _points_at_their_middle(found, lane, bin_days, (first_bin, last_bin))
    return found


def _add_band(
    found: dict[int, _Bin],
    lane: LaneColumns,
    hidden: np.ndarray,
    bin_days: float,
    in_view: tuple[int, int],
) -> None:
    """Count the hidden band events ``hidden`` in the bins of their start, those cut by the
    view's edges in the nearest bin in view (``in_view``: the first and last)."""
    first_bin, last_bin = in_view
    bins = np.clip(np.floor(lane.starts[hidden] / bin_days), first_bin, last_bin)
    # By bin, in band order within each: zoomed out, thousands cross the chunks near the view.
    order = np.argsort(bins, kind="stable")
    hidden, bins = hidden[order], bins[order].astype(np.int64)
    offsets = np.flatnonzero(np.diff(bins)) + 1
    firsts = np.minimum.reduceat(lane.starts[hidden], np.append(0, offsets)).tolist()
    lasts = np.maximum.reduceat(lane.ends[hidden], np.append(0, offsets)).tolist()
    groups = np.split(hidden, offsets)
    numbers = bins[np.append(0, offsets)].tolist()
    for number, members, first, last in zip(numbers, groups, firsts, lasts, strict=True):
        _add(found, number, members, first, last)


def _points_at_their_middle(
    found: dict[int, _Bin], lane: LaneColumns, bin_days: float, in_view: tuple[int, int]
) -> None:
    """The days' points in the view's first bin (``in_view``: the first and last bin in
    view) moved to the bin of their day's middle, where their marker stands
    (:func:`_marker_spans`), where that is another: that bin also counts every hidden event
    begun before the view, wherever it started. Zoomed to a day of 50,000 events, the 5
    December 2021 meeting, its day the whole of an 800-pixel view, was in the "+47" at the
    view's start with 46 events begun days and months before, 400 pixels from its point.
    ``bin_days``: a bin's days, less than one (wider, a day's middle is in its bin or the
    next)."""
    first_bin, last_bin = in_view
    item = found.get(first_bin)
    if item is None:
        return
    members = member_positions(item.members)
    middles = np.floor((lane.starts[members] + 0.5) / bin_days)
    to = np.clip(middles, first_bin, last_bin).astype(np.int64)
    moved = (lane.markers[members] == Marker.POINT) & (to != first_bin)
    if not moved.any():
        return
    staying = members[~moved]
    if staying.size:
        found[first_bin] = _bin_of(lane, staying)
    else:
        del found[first_bin]
    for number in np.unique(to[moved]).tolist():
        going = members[moved & (to == number)]
        _add(found, number, going, float(lane.starts[going].min()), float(lane.ends[going].max()))


def _uncovered(
    found: dict[int, _Bin],
    lane: LaneColumns,
    covered_from: float,
    bin_days: float,
    sliver: float,
) -> dict[int, _Bin]:
    """The hidden events of a printed part that it keeps ahead of the next part's cover, in
    their bins: the others are the next part's, as its rows' are (see :func:`_before`).
    Every country three pages wide: the badges beside the joins counted 75 events that
    the next page counted again. Only a bin the cover cuts is listed: those before it keep
    their members unlisted (the view's last bin holds those beyond its end too).
    ``bin_days``: a bin's days; ``sliver``: a bar's sliver's (:func:`_ahead_of_cover`)."""
    last = max(found, default=0)
    kept: dict[int, _Bin] = {}
    for number, item in found.items():
        if item.first_day >= covered_from:
            continue
        # A day's point stands half a day after its start, a bar's sliver within that of
        # the cover is the next part's: a bin ending so near is cut.
        if number < last and (number + 1) * bin_days + max(0.5, sliver) <= covered_from:
            kept[number] = item
            continue
        members = member_positions(item.members)
        ahead = _ahead_of_cover(
            lane.starts[members],
            lane.ends[members],
            lane.markers[members],
            covered_from,
            sliver,
        )
        members = members[ahead]
        if members.size:
            kept[number] = _bin_of(lane, members)
    return kept


def _not_counted_before(
    found: dict[int, _Bin], lane: LaneColumns, start: float, until: float
) -> dict[int, _Bin]:
    """The hidden events of a printed part but those it leaves to the part before, as its
    rows do (:func:`_shown_before`), in their bins: a statement of 24 December – 4 January
    was in a badge of both pages."""
    kept: dict[int, _Bin] = {}
    for number, item in found.items():
        if item.first_day >= start:
            kept[number] = item
            continue
        members = member_positions(item.members)
        members = members[~_shown_before(lane, members, start, until)]
        if members.size:
            kept[number] = _bin_of(lane, members)
    return kept


def _bin_of(lane: LaneColumns, members: np.ndarray) -> _Bin:
    """A badge's bin of ``members`` (positions in the lane's columns): how many, the first
    start and the last end."""
    first, last = float(lane.starts[members].min()), float(lane.ends[members].max())
    return _Bin(int(members.size), first, last, [members])


def _add(
    found: dict[int, _Bin],
    number: int,
    members: Members,
    first: float,
    last: float,
    count: int | None = None,
) -> None:
    """Count ``members`` (``count`` of them when they are not listed) in bin ``number``."""
    if count is None:
        assert isinstance(members, np.ndarray)
        count = int(members.size)
    known = found.get(number)
    if known is None:
        found[number] = _Bin(count, first, last, [members])
        return
    known.count += count
    known.first_day = min(known.first_day, first)
    known.last_day = max(known.last_day, last)
    known.members.append(members)
