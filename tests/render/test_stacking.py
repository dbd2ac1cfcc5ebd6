"""Chunked stacking, the path big lanes take: stable under pan, no overlaps, every hidden
event counted once, and rows that never depend on how far the view has travelled."""

from __future__ import annotations

import dataclasses
import math
import random
import threading
from collections import Counter
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

import pytest

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.event import Event
from timeline.domain.period import Period, day_number, pan, zoom
from timeline.render import (
    ahead,
    hidden_bins,
    level_stacking,
    stacking,
    stacking_greedy,
    zoom_levels,
)
from timeline.render import layout as layout_module
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout, ready_ids

from .test_layout import chronological, make_event, scattered_events, text_width

WIDTH, HEIGHT = 900.0, 420.0


@pytest.fixture(autouse=True)
def _always_chunked(monkeypatch):
    monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 0)


@cache
def busy_decade(seed: int, count: int = 3000) -> tuple[Event, ...]:
    """A decade of ``count`` events of every shape: made once per seed (a tenth of a second
    each) and shared, read only, by the tests that lay it out."""
    rng = random.Random(seed)
    first = date(2010, 1, 1)
    events = chronological(
        [
            make_event(
                first + timedelta(days=rng.randrange(3650)),
                rng.randrange(5, 50),
                rng.choice(("day", "day", "lasted", "within", "month")),
                rng.randrange(1, 120),
            )
            for _ in range(count)
        ]
    )
    return tuple(events)


def lay(events, period, rtl=False):
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    return layout(cache, period, WIDTH, HEIGHT, text_width, LayoutOptions(rtl=rtl))


PERIODS = [
    Period(day_number(date(2013, 5, 1)), day_number(date(2013, 5, 1)) + span)
    for span in (3.0, 40.0, 400.0, 3000.0)
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.span:g}d")
@pytest.mark.parametrize("rtl", [False, True])
def test_no_two_labels_or_markers_overlap_in_a_row(period, rtl):
    result = lay(busy_decade(1), period, rtl)
    by_row: dict[int, list] = {}
    for shape in result.events:
        if shape.label_rect is not None:
            by_row.setdefault(shape.row, []).append(shape)
    for shapes in by_row.values():
        shapes.sort(key=lambda s: s.label_rect.x)
        for left, right in pairwise(shapes):
            assert not left.label_rect.intersects(right.label_rect)


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.span:g}d")
def test_rows_do_not_change_when_panning_far(period):
    events = busy_decade(2)
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    options = LayoutOptions()
    before = {
        s.event.id: s.row for s in layout(cache, period, WIDTH, HEIGHT, text_width, options).events
    }
    travelled = pan(pan(period, period.span * 7.3), -period.span * 7.3)
    fresh = StackingCache(MemorySource.single(events, text_width, "en"))
    moved = layout(fresh, travelled, WIDTH, HEIGHT, text_width, options)
    after = {s.event.id: s.row for s in moved.events}
    common = before.keys() & after.keys()
    assert common
    assert all(before[key] == after[key] for key in common)


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.span:g}d")
def test_every_visible_event_is_drawn_or_counted_once(period):
    events = busy_decade(3)
    result = lay(events, period)
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert all(times == 1 for times in seen.values())
    visible = {
        e.id
        for e in events
        if day_number(e.date.earliest()) < period.end
        and day_number(e.date.latest()) + 1 > period.start
    }
    assert visible <= seen.keys()


@pytest.mark.parametrize("level", [zoom_levels.zoom_level(2.0), 24, 36])
@pytest.mark.parametrize("rows", [5, 7, 8])
def test_one_row_fewer_reuses_the_taller_stacking_exactly(rows, level):
    """The layout keeps a row for cluster badges by asking for one row fewer; that stacking
    is taken from the taller one and must equal stacking afresh, clusters included (at
    level 24, band events given rows by the chunks too, some in the taller one's top row)."""
    lane = MemorySource.single(busy_decade(4), text_width, "en").index.lane(0)

    def make(count, taller=None):
        return level_stacking.LevelStacking(
            lane,
            level,
            count,
            8.0,
            56.0,
            lambda days: zoom_levels.crossing_chunks(lane, days),
            taller,
        )

    taller = make(rows)
    derived, fresh = make(rows - 1, taller), make(rows - 1)
    assert derived.band is taller.band  # taken over, not stacked again
    for number in fresh.chunk_range(float(lane.starts[0]), float(lane.ends[-1])):
        mine, theirs = derived.chunk_rows(number), fresh.chunk_rows(number)
        assert mine.rows.tolist() == theirs.rows.tolist()
        assert mine.clusters.counts.tolist() == theirs.clusters.counts.tolist()
        assert mine.clusters.members.tolist() == theirs.clusters.members.tolist()


def on_interface_thread() -> bool:
    """Whether the caller runs on the interface thread, not the worker stacking ahead."""
    return threading.current_thread() is threading.main_thread()


def test_the_levels_around_the_one_shown_are_stacked_ahead_and_the_same(monkeypatch, count_calls):
    monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)  # one piece: stacked ahead
    index = MemorySource.single(busy_decade(5, 2000), text_width, "en").index
    shown = zoom_levels.zoom_level(2.0)
    on_screen = stacking.Stacker(index, 8.0, 56.0, ahead=True)
    on_screen.level(0, shown, 8).chunk(0)
    ahead.wait()
    # Rows a level packs, on the interface thread.
    stacked_here = count_calls(level_stacking, "greedy", "dated_first", only_if=on_interface_thread)
    fresh = stacking.Stacker(index, 8.0, 56.0)
    for near in (shown - ahead.REACH, shown - 1, shown + 1, shown + ahead.REACH):
        made_ahead = on_screen.level(0, near, 8).chunk(0)
        assert stacked_here == []  # a wheel notch into a level next door stacks nothing
        made_here = fresh.level(0, near, 8).chunk(0)
        assert stacked_here, "a level stacked here is counted"
        assert made_ahead.rows.tolist() == made_here.rows.tolist()
        assert made_ahead.positions.tolist() == made_here.positions.tolist()
        stacked_here.clear()


def test_the_levels_around_each_of_eight_lanes_are_kept_for_the_next_notch(
    monkeypatch, count_calls
):
    """Eight lanes of kinds, each shown with its six rows, one its badges': the worker
    stacks the levels around each lane's with six rows and five, and all of them are kept
    (at 96 levels they pushed out one another, and each notch stacked every lane anew)."""
    monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    events = busy_decade(5, 2000)
    lanes = [(f"Lane {n}", list(events[n::8])) for n in range(8)]
    index = MemorySource(lanes, text_width, "en").index
    shown = zoom_levels.zoom_level(2.0)
    on_screen = stacking.Stacker(index, 8.0, 56.0, ahead=True)
    for lane in range(8):
        assert on_screen.level(lane, shown, 6).hides_events()
        on_screen.level(lane, shown, 5).chunk(0)
    ahead.wait()
    stacked_here = count_calls(level_stacking, "greedy", "dated_first", only_if=on_interface_thread)
    for lane in range(8):
        for rows in (6, 5):
            on_screen.level(lane, shown + 1, rows).chunk(0)
    assert stacked_here == []


def test_a_wheel_turned_on_and_on_never_stacks_on_the_interface_thread(monkeypatch, count_calls):
    """Each level entered has the worker stack the ones around it, even when it was found
    ready: zooming on past the reach of the first round still finds every level made."""
    monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    index = MemorySource.single(busy_decade(5, 600), text_width, "en").index
    on_screen = stacking.Stacker(index, 8.0, 56.0, ahead=True)
    first = zoom_levels.zoom_level(2.0)
    on_screen.level(0, first, 8).chunk(0)
    ahead.wait()
    # Rows a level packs, on the interface thread.
    stacked_here = count_calls(level_stacking, "greedy", "dated_first", only_if=on_interface_thread)
    for level in range(first + 1, first + 3 * ahead.REACH):
        on_screen.level(0, level, 8).chunk(0)
        ahead.wait()  # the time a person leaves between two notches
    assert stacked_here == []
    stacking.Stacker(index, 8.0, 56.0).level(0, first, 8).chunk(0)
    assert stacked_here, "a level stacked here is counted"


def test_what_the_next_notch_draws_is_known_without_stacking(monkeypatch):
    """The view reads ahead the events a notch would draw: they are those of the frame at
    that zoom, as far as its level is stacked, and asking never stacks one."""
    monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    cache = StackingCache(MemorySource.single(busy_decade(6, 800), text_width, "en"))
    options = LayoutOptions()
    shown = layout(cache, PERIODS[2], WIDTH, HEIGHT, text_width, options)
    nearer = zoom(PERIODS[2], 1.2, PERIODS[2].middle)
    stacked_before = len(cache.stacker._levels)
    assert ready_ids(cache, shown, nearer, options) == []  # its level is not stacked yet
    assert len(cache.stacker._levels) == stacked_before
    notch = layout(cache, nearer, WIDTH, HEIGHT, text_width, options)
    ready = set(ready_ids(cache, shown, nearer, options))
    badge_row = int(notch.lanes[0].rect.height // options.geometry.row_height) - 1
    in_rows = {shape.event.id for shape in notch.events if shape.row != badge_row}
    assert in_rows and in_rows <= ready <= {shape.event.id for shape in notch.events}


def test_what_the_next_notch_draws_of_a_lane_in_chunks_is_stacked_between_frames():
    """A lane stacked in chunks has no worker stacking ahead: asked to, the read-ahead
    stacks the chunks the notch shows, and finds the events its frame draws in rows."""
    cache = StackingCache(MemorySource.single(busy_decade(6, 800), text_width, "en"))
    options = LayoutOptions()
    shown = layout(cache, PERIODS[2], WIDTH, HEIGHT, text_width, options)
    nearer = zoom(PERIODS[2], 1.2, PERIODS[2].middle)
    assert ready_ids(cache, shown, nearer, options) == []  # not stacked, and asking never does
    ready = set(ready_ids(cache, shown, nearer, options, stack=True))
    notch = layout(cache, nearer, WIDTH, HEIGHT, text_width, options)
    badge_row = int(notch.lanes[0].rect.height // options.geometry.row_height) - 1
    in_rows = {shape.event.id for shape in notch.events if shape.row != badge_row}
    assert in_rows and in_rows <= ready <= {shape.event.id for shape in notch.events}


@pytest.mark.parametrize("level", [-20, -14, -9, -4, 0])
def test_bins_counted_from_their_edges_are_the_bins_listing_gives(level):
    """Zoomed out, a chunk's hidden events are counted per bin from the bins' edges rather
    than listed (a million at fit-all); the bins, counts, days and events are the same."""
    lane = MemorySource.single(busy_decade(6, 4000), text_width, "en").index.lane(0)
    made = level_stacking.LevelStacking(
        lane, level, 4, 8.0, 56.0, lambda days: zoom_levels.crossing_chunks(lane, days)
    )
    for number in made.chunk_range(float(lane.starts[0]), float(lane.ends[-1])):
        chunk = made.chunk_rows(number)
        hidden = (chunk.rows == stacking_greedy.OVERFLOW).nonzero()[0] + chunk.lo
        if chunk.hi == chunk.lo:
            continue
        days = made._bin_days
        first, last = (math.floor(float(lane.starts[at]) / days) for at in (chunk.lo, chunk.hi - 1))
        listed = hidden_bins._listed_clusters(lane, hidden, days)
        shown = (chunk.rows != stacking_greedy.OVERFLOW).nonzero()[0]
        counted = hidden_bins._counted_clusters(
            lane, chunk.lo, chunk.rows, shown, first, last - first + 1, days
        )
        for field in ("bins", "counts", "offsets", "first_days", "last_days", "members"):
            assert getattr(counted, field).tolist() == getattr(listed, field).tolist()
        for item in range(listed.bins.size):
            assert counted.positions(item).tolist() == listed.positions(item).tolist()


@pytest.mark.parametrize("level", [8, 12, 16, 20, 24, 32])
def test_every_label_has_its_whole_room_across_chunk_boundaries(level):
    """Chunks are packed on their own; an event whose label would run into the next
    chunk's first event of its row finds no row (it is counted in a badge), so that on
    screen no label placed in its reserved room is ever left out or cut. Band events given
    a row a chunk and the next leave free (levels 24 and 32) are counted once, and meet
    nothing."""
    lane = MemorySource.single(busy_decade(7), text_width, "en").index.lane(0)
    made = level_stacking.LevelStacking(
        lane, level, 6, 8.0, 56.0, lambda days: zoom_levels.crossing_chunks(lane, days)
    )
    chunks = list(made.chunk_range(float(lane.starts[0]), float(lane.ends[-1])))
    assert len(chunks) > 2, "the lane spans several chunks"
    by_row: dict[int, list[int]] = {}
    hidden = 0
    for number in chunks:
        chunk = made.chunk(number)
        for position, row in zip(chunk.positions.tolist(), chunk.rows.tolist(), strict=True):
            by_row.setdefault(row, []).append(position)
        hidden += int(made.chunk_rows(number).clusters.counts.sum())
    band = made.band
    for position, row in zip(band.positions.tolist(), band.rows.tolist(), strict=True):
        if row >= 0:  # the band's rows are shared with the chunks' events: none may meet
            by_row.setdefault(row, []).append(position)
    band_hidden = made.band_hidden(float(lane.starts[0]), float(lane.ends[-1])).size
    assert sum(map(len, by_row.values())) + hidden + band_hidden == len(lane)  # each once
    for row, positions in by_row.items():
        begins = made.packing_starts(positions)  # a day's point in its day's middle, zoomed in
        order = sorted(range(len(positions)), key=lambda n: float(begins[n]))
        ends = made.reserve_ends([positions[n] for n in order])
        for end, following in zip(ends, order[1:], strict=False):
            assert end <= float(begins[following]) + 1e-9, row


def test_a_busy_view_far_from_long_events_has_no_blank_row_above_its_badges():
    """Events crossing chunk boundaries are stacked in a band of rows at the top of the lane;
    far from them, a busy chunk's own events fill those rows instead of leaving them blank
    while its badges hide hundreds (a decade of 50,000 events showed three blank rows)."""
    events = busy_decade(8)
    crossing = [make_event(date(2013, 12, 1), 30, "lasted", 60) for _ in range(4)]
    events = chronological([*events, *crossing])  # across the boundary of 30 December 2013
    period = Period(day_number(date(2010, 9, 1)), day_number(date(2010, 9, 1)) + 400.0)
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    result = layout(cache, period, WIDTH, HEIGHT, text_width, LayoutOptions())
    level = zoom_levels.zoom_level(WIDTH / period.span)
    shown = min(key for key in cache.stacker._levels if key[:2] == (0, level))
    band = cache.stacker._levels[shown].band  # the one row fewer: the badges' row kept
    assert band.height >= 2  # a band there is, but nothing of it near this view
    assert not ((band.starts < period.end) & (band.reserved_ends > period.start)).any()
    assert sum(cluster.count for cluster in result.clusters) > 100
    labelled = {shape.row for shape in result.events if shape.label_rect is not None}
    blank = set(range(shown[2])) - labelled
    assert not blank, f"rows with no event over {len(result.clusters)} badges: {blank}"


def test_a_day_under_many_longer_events_has_no_blank_row_above_its_badges():
    """Zoomed in to a day, a chunk of a few thousand pixels is a few days long: every event
    of a week or a month crossed its boundaries into the band, a third of the rows, and was
    counted in a badge while the rows below stayed blank. Chunks are at least a couple of
    months long, so those events are stacked with the day's own."""
    day = date(2011, 6, 15)
    longer = [
        make_event(day - timedelta(days=1 + n % 20), 20, ("lasted", "within")[n % 2], 25 + n % 9)
        for n in range(24)
    ]
    events = chronological(longer + [make_event(day, 25) for _ in range(3)])
    period = Period(day_number(day), day_number(day) + 1.0)
    result = lay(events, period)
    assert sum(cluster.count for cluster in result.clusters) > 5
    badge_row = round((result.clusters[0].rect.y - 2 - result.lanes[0].rect.y) / 35.0)
    blank = set(range(badge_row)) - {shape.row for shape in result.events}
    assert not blank, f"rows with no event over {len(result.clusters)} badges: {blank}"


@pytest.mark.parametrize("height", [300.0, HEIGHT])
def test_a_day_shows_its_own_events_before_the_bars_of_those_begun_days_before(height):
    """One day of 50,000 events showed the bars of meetings begun a week before in every
    row, its own six events counted in a badge under them. Zoomed in to a day, the day's
    own events take the rows first; the longer ones, known to the day or not, take what
    they leave."""
    day = date(2011, 6, 15)
    of_the_year = [
        dataclasses.replace(make_event(day, 30), date=EventDate(FuzzyDate(2011))) for _ in range(30)
    ]
    begun_before = [make_event(day - timedelta(days=8), 30, "lasted", 9) for _ in range(5)]
    own = [make_event(day, 28) for _ in range(6)]
    events = chronological(of_the_year + begun_before + own)
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    period = Period(day_number(day), day_number(day) + 1.0)
    result = layout(cache, period, WIDTH, height, text_width, LayoutOptions())
    rows = {shape.row for shape in result.events}
    shown_own = [shape for shape in result.events if shape.event.date == own[0].date]
    # Every row but the band's third, which holds events across the level's chunks (the
    # year's bars, begun months before).
    assert len(rows) >= 2 and len(shown_own) >= min(len(rows) - len(rows) // 3, len(own))
    hidden = sum(cluster.count for cluster in result.clusters)
    assert hidden + len(result.events) == len(events), "each event once"


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("height", [200.0, HEIGHT])
def test_three_days_show_their_own_events_before_the_bars_of_those_begun_days_before(
    monkeypatch, chunked, height
):
    """Three days at 800×500 of 50,000 events (8-10 December 1992) showed one of the
    five events of those days, the others in badges under the bars of meetings begun days
    and weeks before: the day's own events were placed first at a day or two alone. A day
    a label wide, they take the rows first; the longer ones take what they leave."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    first = date.fromordinal(64 * 11473 + 20)  # 4 June 2011, inside a chunk of 64 days
    begun_before = [make_event(first - timedelta(days=10), 20, "lasted", 12) for _ in range(12)]
    own = [make_event(first + timedelta(days=n), 25) for n in range(3)]
    events = chronological(begun_before + own)
    period = Period(day_number(first), day_number(first) + 3.0)
    assert stacking_greedy.DATED_FIRST_BELOW_PX_PER_DAY <= WIDTH / period.span < 512.0
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    result = layout(cache, period, WIDTH, height, text_width, LayoutOptions())
    shown = {shape.event.id for shape in result.events if shape.label_rect is not None}
    own_ids = {event.id for event in events if event.date.is_exact_day()}
    assert own_ids <= shown, f"{len(own_ids & shown)} of the three days' 3 drawn"
    if height == HEIGHT:  # rows to spare take the bars
        assert shown - own_ids, "bars begun before in the rows they leave"
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert set(seen.values()) == {1} and len(seen) == len(events)


def test_a_band_full_of_longer_events_leaves_no_row_blank_over_badges_at_a_boundary():
    """Events crossing a chunk boundary go to the band, a third of the rows; when a year's
    events fill it, a week's crossing the boundary were counted in a badge under rows left
    blank (the 3-day views of 50,000 events). They take rows both chunks leave free."""
    boundary = date.fromordinal(64 * 11473)  # 15 May 2011, a chunk boundary at 3-day zoom
    year = [make_event(date(2011, 1, 1), 30, "lasted", 364) for _ in range(12)]
    week = [make_event(boundary - timedelta(days=2 + n % 3), 20, "lasted", 6) for n in range(12)]
    days = [make_event(boundary + timedelta(days=n % 5 - 2), 25) for n in range(5)]
    events = chronological(year + week + days)
    period = Period(day_number(boundary) - 1.5, day_number(boundary) + 1.5)
    result = lay(events, period)
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert set(seen.values()) == {1} and len(seen) == len(events) - 1  # but the day after the view
    assert sum(cluster.count for cluster in result.clusters) >= 10  # the year's, at least
    badge_row = round((result.clusters[0].rect.y - 2 - result.lanes[0].rect.y) / 35.0)
    blank = set(range(badge_row)) - {shape.row for shape in result.events}
    assert not blank, f"rows with no event over {len(result.clusters)} badges: {blank}"


@pytest.mark.parametrize("chunked", [False, True])
def test_a_week_under_a_months_vague_events_shows_its_dated_ones(monkeypatch, chunked):
    """Thirty events known only to June 2011 (the month, or one day within it) and one on
    each day of a week in it: packed in time order, the month's bars starting on the 1st
    took every row and a week's view showed the week's own events only as "+N" badges. On
    screen, where a day is narrower than a label, the events known to the day take the top
    two rows first; every event is still drawn or counted once."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    vague = [make_event(date(2011, 6, 1), 30, "month") for _ in range(20)]
    vague += [make_event(date(2011, 6, 1), 12, "within", 29) for _ in range(10)]
    dated = [make_event(date(2011, 6, 6 + n), 25) for n in range(7)]
    events = chronological(vague + dated)
    week = Period(day_number(date(2011, 6, 6)), day_number(date(2011, 6, 13)))
    assert WIDTH / week.span < stacking_greedy.DATED_FIRST_BELOW_PX_PER_DAY
    result = lay(events, week)
    shown = {shape.event.id for shape in result.events if shape.label_rect is not None}
    dated_ids = {event.id for event in events if event.date.is_exact_day()}
    assert len(shown & dated_ids) >= 4, f"{len(shown & dated_ids)} of the week's 7 drawn"
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert set(seen.values()) == {1} and len(seen) == len(events)


def test_a_busy_week_under_a_months_vague_events_across_a_chunk_boundary_shows_its_dated_ones():
    """May 2011's bars cross a chunk boundary (15 May at a week's zoom), so they went to the
    band, the top third of the rows, which are those the events known to the day are given
    first: a week at 1280×800 of 50,000 events showed two bars of "November 2021" across
    its top rows and 52 of its 122 events of a day in badges (10 weeks). The band leaves
    long vague bars to the rows the chunks leave, as the chunks do; each event once."""
    first = date(2011, 5, 16)
    vague = [make_event(date(2011, 5, 1), 30, "month") for _ in range(20)]
    vague += [make_event(date(2011, 5, 1), 12, "within", 29) for _ in range(10)]
    dated = [make_event(first + timedelta(days=n // 3), 25) for n in range(21)]
    events = chronological(vague + dated)
    week = Period(day_number(first), day_number(first) + 7.0)
    assert WIDTH / week.span < stacking_greedy.DATED_FIRST_BELOW_PX_PER_DAY
    result = lay(events, week)
    shown = {shape.event.id for shape in result.events if shape.label_rect is not None}
    dated_ids = {event.id for event in events if event.date.is_exact_day()}
    assert dated_ids <= shown, f"{len(shown & dated_ids)} of the week's 21 drawn"
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert set(seen.values()) == {1} and len(seen) == len(events)


def test_a_day_under_a_months_vague_events_keeps_them_in_time_order():
    """Zoomed in to a day, the month's bars keep the rows they take in time order: rows
    kept for events known to the day stood blank on days with none, over badges of bars."""
    vague = [make_event(date(2011, 6, 1), 30, "month") for _ in range(20)]
    dated = [make_event(date(2011, 6, 6 + n), 25) for n in range(7)]
    events = chronological(vague + dated)
    quiet = Period(day_number(date(2011, 6, 20)), day_number(date(2011, 6, 21)))
    assert WIDTH / quiet.span >= stacking_greedy.DATED_FIRST_BELOW_PX_PER_DAY
    result = lay(events, quiet)
    assert result.clusters
    badge_row = round((result.clusters[0].rect.y - 2 - result.lanes[0].rect.y) / 35.0)
    blank = set(range(badge_row)) - {shape.row for shape in result.events}
    assert not blank, f"rows with no event over {len(result.clusters)} badges: {blank}"


@pytest.mark.parametrize("chunked", [False, True])
def test_a_day_under_a_months_vague_events_shows_its_own(monkeypatch, chunked):
    """Zoomed in to a day, the month's bars (which start on its first day) took every row
    in time order, and the day's own events were a "+4" badge under them: they take rows
    first, and the bars the rows left; every event is still drawn or counted once."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    vague = [make_event(date(2011, 6, 1), 30, "month") for _ in range(20)]
    dated = [make_event(date(2011, 6, 8), 25 + n) for n in range(4)]
    events = chronological(vague + dated)
    day = Period(day_number(date(2011, 6, 8)), day_number(date(2011, 6, 9)))
    assert WIDTH / day.span >= stacking_greedy.DATED_FIRST_BELOW_PX_PER_DAY
    result = lay(events, day)
    shown = {shape.event.id for shape in result.events if shape.label_rect is not None}
    assert {event.id for event in events if event.date.is_exact_day()} <= shown
    assert shown - {event.id for event in events if event.date.is_exact_day()}, "bars too"
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert set(seen.values()) == {1} and len(seen) == len(events)


def _quiet_july() -> list[Event]:
    """A year's fourteen bars over events known to the day every other day, but from 1 to
    24 July."""
    year = [make_event(date(2011, 1, 1), 20 + n, "within", 364) for n in range(14)]
    busy = [date(2011, 1, 1) + timedelta(days=2 * n) for n in range(182)]
    dated = [make_event(day, 25) for day in busy if not date(2011, 7, 1) <= day < date(2011, 7, 25)]
    return chronological(year + dated)


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("rtl", [False, True])
def test_a_quiet_week_under_a_years_bars_has_no_blank_row_above_their_badges(
    monkeypatch, chunked, rtl
):
    """On screen a week's view gives the events known to the day the top rows first; a
    year's bars took the rows those left free all year. A quiet week, none of its own
    events there, showed those top rows blank over "+N" badges of the year's bars: a row
    with nothing in view takes hidden events that fit in it."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    events = _quiet_july()
    week = Period(day_number(date(2011, 7, 9)), day_number(date(2011, 7, 16)))
    assert WIDTH / week.span < stacking_greedy.DATED_FIRST_BELOW_PX_PER_DAY
    result = lay(events, week, rtl)
    assert result.clusters, "more bars than rows: some are counted in a badge"
    badge_row = round((result.clusters[0].rect.y - 2 - result.lanes[0].rect.y) / 35.0)
    blank = set(range(badge_row)) - {shape.row for shape in result.events}
    assert not blank, f"rows with no event over {len(result.clusters)} badges: {blank}"
    seen = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        seen.update(cluster.event_ids)
    assert set(seen.values()) == {1} and seen.keys() == {
        e.id for e in events if not e.date.is_exact_day()
    }
    for shape in result.events:  # each drawn whole, its label in view
        assert shape.label_rect is not None and shape.lines == (shape.label,)
        assert shape.label_rect.x >= 0 and shape.label_rect.right <= WIDTH


@pytest.mark.parametrize("chunked", [False, True])
def test_bars_shown_in_a_quiet_weeks_free_rows_keep_them_as_busier_days_come_into_view(
    monkeypatch, chunked
):
    """Rows free in view take hidden bars from the lowest up: the top ones are those a
    busier day's own events take as it comes into view, and bars placed there first moved
    down a row each (and the lowest into a badge) as the view was panned on."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    events = _quiet_july()
    quiet = Period(day_number(date(2011, 7, 9)), day_number(date(2011, 7, 16)))
    rows = {shape.event.id: shape.row for shape in lay(events, quiet).events}
    for days in range(1, 12):
        panned = {shape.event.id: shape.row for shape in lay(events, pan(quiet, days)).events}
        moved = {key: (rows[key], panned[key]) for key in rows.keys() & panned.keys()}
        assert all(before == after for before, after in moved.values()), (days, moved)


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("rtl", [False, True])
def test_a_quiet_days_few_bars_take_the_top_rows_free_in_view(monkeypatch, chunked, rtl):
    """A day with none of its own events under three bars of its year, which a busy day of
    it had left with no row of their own: taken from the lowest free row up, the bars
    stood under blank rows (one at 1600×600 on the 10,000 events' 15 June 2015, six at
    1920×1080). They take the top rows, in the order found."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    year = [
        dataclasses.replace(make_event(date(2011, 1, 1), 30 + n), date=EventDate(FuzzyDate(2011)))
        for n in range(3)
    ]
    busy = [make_event(date(2011, 3, 1), 25) for _ in range(12)]
    events = chronological(year + busy)
    quiet = Period(day_number(date(2011, 7, 12)), day_number(date(2011, 7, 13)))
    result = lay(events, quiet, rtl)
    assert [shape.event.date for shape in result.events] == [EventDate(FuzzyDate(2011))] * 3
    assert sorted(shape.row for shape in result.events) == [0, 1, 2]


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("rtl", [False, True])
def test_events_in_rows_free_in_view_have_their_labels_after_their_markers(
    monkeypatch, chunked, rtl
):
    """A view of three days after one whose long titles hold every row over them: those
    rows are free in view and take the days' hidden events. Each day's marker is drawn in
    the middle of its day, 300 pixels wide; room was looked for from the day's start, so a
    label on the last day found room that it did not have from its marker, and was set
    before it, across its own day."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    first = date(2011, 3, 10)
    held = [make_event(first - timedelta(days=1), 200) for _ in range(8)]
    days = [make_event(first + timedelta(days=n % 3), 12 + (7 * n) % 29) for n in range(10)]
    events = chronological(held + days)
    start = day_number(first) + 0.02
    view = Period(start, start + 3.0)
    with monkeypatch.context() as unfilled:
        unfilled.setattr(layout_module, "_FILL_MOST", -1)  # the stacking's rows alone
        stacked = {shape.event.id for shape in lay(events, view, rtl).events}
    filled = [shape for shape in lay(events, view, rtl).events if shape.event.id not in stacked]
    assert len(filled) > 3, "the held rows show some of the days' events"
    for shape in filled:
        marker, label = shape.marker_rect, shape.label_rect
        assert label is not None
        if rtl:
            assert label.right == pytest.approx(marker.right) and label.x >= 0.0
        else:
            assert label.x == pytest.approx(marker.x) and label.right <= WIDTH


def test_the_bars_a_quiet_weeks_free_rows_show_are_read_ahead_of_the_pan_to_it():
    """The view reads ahead, and makes the label images of, what the next frame draws:
    the bars the quiet week's free rows take were left out, read from the store and
    their labels drawn while the frame that shows them was painted."""
    events = _quiet_july()
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    options = LayoutOptions()
    quiet = Period(day_number(date(2011, 7, 9)), day_number(date(2011, 7, 16)))
    before = pan(quiet, -3.0)
    shown = layout(cache, before, WIDTH, HEIGHT, text_width, options)
    ready = set(ready_ids(cache, shown, quiet, options, stack=True))
    drawn = layout(cache, quiet, WIDTH, HEIGHT, text_width, options)
    bars = {shape.event.id for shape in drawn.events if not shape.event.date.is_exact_day()}
    assert bars, "the free rows show some of the year's bars"
    assert {shape.event.id for shape in drawn.events} <= ready


def _beside_its_marker(shape, rtl: bool) -> bool:
    """Whether an event's label starts at its marker, in the reading direction."""
    marker, label = shape.marker_rect, shape.label_rect
    if label is None:
        return False
    if rtl:
        return label.right == pytest.approx(marker.right)
    return label.x == pytest.approx(marker.x)


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("rtl", [False, True])
def test_a_bar_beginning_the_day_after_a_point_leaves_its_label_room(monkeypatch, chunked, rtl):
    """Zoomed in to days, a day's point is drawn in the middle of its day and its label
    starts there; the stacking reserved the label's room from the day's start, so a bar
    beginning the next day took the same row, half a day inside the label, and the label
    stood before its marker, over the day before."""
    if not chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 20_000)
    first = date(2012, 4, 10)
    point = make_event(first + timedelta(days=1), 28)  # 196 px, 300 px a day
    bar = make_event(first + timedelta(days=2), 10, "lasted", 3)
    events = chronological([point, bar])
    view = Period(day_number(first), day_number(first) + 3.0)
    shapes = {shape.event.id: shape for shape in lay(events, view, rtl).events}
    assert len(shapes) == 2
    assert all(_beside_its_marker(shape, rtl) for shape in shapes.values())
    assert shapes[1].row != shapes[2].row


def test_points_on_following_days_share_a_row_where_their_labels_fit():
    """Both points stand in their days' middles: a label that ends before the next day's
    point (less than a day from its own) leaves that point its row."""
    first = date(2012, 4, 10)
    events = chronological([make_event(first, 21), make_event(first + timedelta(days=1), 21)])
    view = Period(day_number(first), day_number(first) + 3.0)  # 300 px a day; labels 147 px
    shapes = lay(events, view).events
    assert [shape.row for shape in shapes] == [0, 0]
    assert all(_beside_its_marker(shape, False) for shape in shapes)


def _busy_days(seed: int) -> list[Event]:
    """Two months of six events a day: points, a few days' bars and windows."""
    return scattered_events(seed, date(2013, 5, 1), 60, 360, shortest_title=10)


@pytest.mark.parametrize("span", [3.0, 7.0])
@pytest.mark.parametrize("rtl", [False, True])
def test_labels_of_busy_days_start_at_their_markers(span, rtl):
    """At two, three and seven days across, every event in view whose label has room
    before the view's far edge has it after its marker: none set before or across it, none
    left out for a neighbour the stacking put in its room."""
    events = _busy_days(5)
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    wrong = []
    for offset in range(0, 40, 4):
        start = day_number(date(2013, 5, 10)) + offset
        view = Period(start, start + span)
        for shape in layout(cache, view, WIDTH, HEIGHT, text_width, LayoutOptions(rtl=rtl)).events:
            marker, room = shape.marker_rect, text_width(shape.label)
            if (marker.right > WIDTH - 4.0) if rtl else (marker.x < 4.0):
                continue  # a bar from the start edge has its label 4 px in from the edge
            far = marker.right - room < 4.0 if rtl else marker.x + room > WIDTH - 4.0
            if not far and not _beside_its_marker(shape, rtl):
                wrong.append((offset, shape.event.id, shape.row))
    assert not wrong
