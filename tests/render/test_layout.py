"""Layout: stacking, clusters, mirroring and fitting, on synthetic events and the sample."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import event_dates

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number, pan
from timeline.io.sample import sample_events
from timeline.render.index import Marker, MemorySource, marker_for, marker_of
from timeline.render.layout import (
    FIT_LABEL_SHARE,
    LayoutOptions,
    StackingCache,
    draws_the_same,
    fit_layout,
    fit_period,
    lanes_height,
    layout,
    legend_kept_height,
)
from timeline.render.legend import LEGEND_ROWS
from timeline.render.painter import TimelinePainter
from timeline.render.print_rows import across_marker
from timeline.render.rect import Rect
from timeline.render.shapes import ClusterShape, EventShape, Geometry, TimelineLayout
from timeline.render.zoom_levels import zoom_level

WIDTH = 1000.0
HEIGHT = 400.0  # room for 7 rows of events, then the cluster row
BASE = date(2015, 1, 1)
SHAPES = ("day", "lasted", "within", "month")


def text_width(text: str) -> float:
    return 7.0 * len(text)


# --- building events and layouts ------------------------------------------------------------


def make_event(first: date, title_length: int, shape: str = "day", days: int = 3) -> Event:
    """A valid official visit between Morocco and Kazakhstan."""
    if shape == "day":
        when = EventDate.on(first)
    elif shape == "month":
        when = EventDate(FuzzyDate(first.year, first.month))
    else:
        end = FuzzyDate.from_date(first + timedelta(days=max(days, 1)))
        when = EventDate(FuzzyDate.from_date(first), end, within=shape == "within")
    event = Event(
        kind=EventKind.OFFICIAL_VISIT,
        countries=("MA", "KZ"),
        date=when,
        title_en="v" * title_length,
    )
    return event.ensure_valid()


def chronological(events: list[Event]) -> list[Event]:
    """Sorted by start, as the view hands them over, with ids 1, 2, ..."""
    ordered = sorted(events, key=lambda event: event.date.earliest())
    return [replace(event, id=number) for number, event in enumerate(ordered, start=1)]


def lay_out(
    events: list[Event],
    period: Period,
    *,
    rtl: bool = False,
    width: float = WIDTH,
    height: float = HEIGHT,
    lanes: int = 1,
) -> TimelineLayout:
    """Lay ``events`` out, dealt round-robin into ``lanes`` lanes (each still in time order)."""
    dealt = [(f"Lane {n}", events[n::lanes]) for n in range(lanes)]
    cache = StackingCache(MemorySource(dealt, text_width, "en"))
    return layout(cache, period, width, height, text_width, LayoutOptions(rtl=rtl))


def by_id(result: TimelineLayout) -> dict[int, EventShape]:
    return by_id_of(result.events)


def by_id_of(shapes: list[EventShape]) -> dict[int, EventShape]:
    return {shape.event.id: shape for shape in shapes}


def labelled(shapes: list[EventShape]) -> list[tuple[EventShape, Rect]]:
    return [(shape, shape.label_rect) for shape in shapes if shape.label_rect is not None]


def is_visible(event: Event, period: Period) -> bool:
    start = day_number(event.date.earliest())
    end = day_number(event.date.latest()) + 1
    return start < period.end and end > period.start


@st.composite
def event_sets(draw, max_size: int = 60, days: int = 3650):
    specs = draw(
        st.lists(
            st.tuples(
                st.integers(0, days),  # first day after BASE
                st.integers(1, 80),  # title length: up to 560 px, beyond max_label
                st.sampled_from(SHAPES),
                st.integers(1, 30),  # length of a span
            ),
            min_size=1,
            max_size=max_size,
        )
    )
    return chronological(
        [make_event(BASE + timedelta(days=d), n, shape, length) for d, n, shape, length in specs]
    )


@st.composite
def periods(draw, days: int = 3650):
    """From a day (~1000 px a day) to ten years (~0.3 px a day) somewhere over the events."""
    span = 2 ** draw(st.floats(0.0, 11.8))
    start = day_number(BASE) + draw(st.floats(-30.0, float(days)))
    return Period(start, start + span)


def assert_close(actual: float, expected: float) -> None:
    assert actual == pytest.approx(expected, abs=1e-6)


# --- (1) labels never overlap ---------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(event_sets(), periods(), st.booleans(), st.integers(1, 3))
def test_no_two_labels_in_a_lane_overlap(events, period, rtl, lanes):
    drawn = lay_out(events, period, rtl=rtl, height=HEIGHT * lanes, lanes=lanes)
    shapes = labelled(drawn.events)
    for index, (shape, rect) in enumerate(shapes):
        for other, other_rect in shapes[index + 1 :]:
            if shape.lane == other.lane:
                assert not rect.intersects(other_rect), (shape, other)
        assert not any(rect.intersects(badge.rect) for badge in drawn.clusters)
        assert rect.x >= 0.0 and rect.right <= WIDTH


@pytest.mark.parametrize("span", [3.0, 30.0, 365.0, 3650.0])
def test_no_two_labels_overlap_at_fixed_zooms_in_a_crowded_decade(span):
    rng = random.Random(1446)
    events = chronological(
        [
            make_event(BASE + timedelta(days=rng.randrange(3650)), rng.randrange(1, 80))
            for _ in range(400)
        ]
    )
    for offset in range(0, 3650, 365):
        start = day_number(BASE) + offset
        shapes = labelled(lay_out(events, Period(start, start + span)).events)
        for index, (_shape, rect) in enumerate(shapes):
            for _other, other_rect in shapes[index + 1 :]:
                assert not rect.intersects(other_rect)


# --- (2) panning never moves an event to another row ---------------------------------------


def cut_by_the_far_edge(shape: EventShape, rtl: bool) -> bool:
    """Whether the view's far edge cuts the room after the marker its label would take:
    such an event may take another row where its label has room."""
    marker = shape.marker_rect
    start = max(WIDTH - marker.right if rtl else marker.x, 4.0)
    return start + text_width(shape.label) > WIDTH - 4.0


@settings(max_examples=60, deadline=None)
@given(event_sets(), periods(), st.floats(-0.5, 0.5), st.booleans())
def test_rows_are_unchanged_by_a_pan_within_a_zoom_level(events, period, fraction, rtl):
    """Save near the far edge, where an event whose label has no room in its row may take
    another (see the test below)."""
    moved = pan(period, fraction * period.span)
    assume(zoom_level(WIDTH / moved.span) == zoom_level(WIDTH / period.span))
    before = by_id(lay_out(events, period, rtl=rtl))
    after = by_id(lay_out(events, moved, rtl=rtl))
    for event_id in before.keys() & after.keys():
        if any(cut_by_the_far_edge(shapes[event_id], rtl) for shapes in (before, after)):
            continue
        assert before[event_id].row == after[event_id].row


def test_an_event_moved_to_another_row_at_the_far_edge_goes_back_when_panned_in():
    """The far edge cut the label's room in its row; panned so that it has room after its
    marker, the event is back in the row its stacking gave it."""
    first = date(2025, 1, 1)
    events = chronological([make_event(first, 100), make_event(first + timedelta(days=95), 45)])
    at_edge = Period(day_number(first), day_number(first) + 100)
    edge_rows = {shape.event.id: shape.row for shape in lay_out(events, at_edge).events}
    panned_in = lay_out(events, pan(at_edge, 60.0)).events
    assert edge_rows[2] != edge_rows[1]
    assert {shape.event.id: shape.row for shape in panned_in}[2] == edge_rows[1]


def test_only_the_few_events_nearest_the_far_edge_take_another_row(monkeypatch):
    """Each event looks through every row of its lane for room: a dense 4K view had some
    twenty-five a lane doing so (a fifth of its frame), so only those nearest the far edge
    do. Here four would move; three do, the others stay in their rows."""
    from timeline.render import layout as layout_module

    first = date(2025, 1, 1)
    early = [make_event(first + timedelta(days=n), 80) for n in range(4)]
    late = [make_event(first + timedelta(days=92 + n), 70) for n in range(6)]
    events = chronological(early + late)
    at_edge = Period(day_number(first), day_number(first) + 100)

    def moved() -> int:
        edge = {shape.event.id: shape.row for shape in lay_out(events, at_edge, height=900).events}
        panned = lay_out(events, pan(at_edge, 40.0), height=900).events
        return sum(edge[shape.event.id] != shape.row for shape in panned if shape.event.id in edge)

    assert moved() == layout_module.FAR_EDGE_MOVES == 3
    monkeypatch.setattr(layout_module, "FAR_EDGE_MOVES", len(events))
    assert moved() == 4


# --- (3) clusters hold every hidden event exactly once -------------------------------------


def scattered_events(
    seed: int, first: date, days: int, count: int, shortest_title: int
) -> list[Event]:
    """``count`` events on random days of the ``days`` from ``first``: most known to the
    day, some bars and windows of a few days, titles of ``shortest_title`` to 59
    characters."""
    rng = random.Random(seed)
    return chronological(
        [
            make_event(
                first + timedelta(days=rng.randrange(days)),
                rng.randrange(shortest_title, 60),
                rng.choice(("day", "day", "day", "lasted", "within")),
                rng.randrange(1, 4),
            )
            for _ in range(count)
        ]
    )


def dense_month(seed: int, count: int = 500) -> list[Event]:
    """``count`` events crowded into January 2025."""
    return scattered_events(seed, date(2025, 1, 1), 31, count, shortest_title=5)


@settings(max_examples=15, deadline=None)
@given(
    st.integers(0, 2**32 - 1),
    st.floats(0.0, 28.0),
    st.floats(1.0, 31.0),
    st.booleans(),
)
def test_every_visible_event_is_shown_or_clustered_exactly_once(seed, offset, span, rtl):
    events = dense_month(seed)
    start = day_number(date(2025, 1, 1)) + offset
    period = Period(start, start + span)
    result = lay_out(events, period, rtl=rtl, width=800.0, height=300.0)
    assert result.clusters, "a dense month in a short view must cluster"
    appearances = Counter(shape.event.id for shape in result.events)
    for cluster in result.clusters:
        appearances.update(cluster.event_ids)
    assert all(times == 1 for times in appearances.values())  # never both, never twice
    visible = {event.id for event in events if is_visible(event, period)}
    assert visible <= appearances.keys()


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_a_cluster_counts_its_events(seed):
    events = dense_month(seed)
    result = lay_out(events, Period(day_number(date(2025, 1, 1)), day_number(date(2025, 2, 1))))
    for cluster in result.clusters:
        assert cluster.count == len(cluster.event_ids) > 0
        assert cluster.first_day < cluster.last_day


@pytest.mark.parametrize("bins", [1, 7, 53, 106, 212, 400])
def test_the_density_strip_counts_each_event_once_in_its_bin_and_kind(bins):
    """The strip's counts are numpy's 2-D histogram of (kind, day's middle) over the
    fit-all period, where each event's point stands, also for a middle on a bin's edge:
    100 days fit in a period of 106 (3 days either side), so with 212 bins every event's
    middle is on an edge, with 106 or 53 every event starts on one."""
    rng = random.Random(bins)
    kinds = list(EventKind)
    events = chronological(
        [
            replace(
                make_event(BASE + timedelta(days=rng.randrange(100)), 8), kind=rng.choice(kinds)
            )
            for _ in range(300)
        ]
        + [make_event(BASE, 8), make_event(BASE + timedelta(days=99), 8)]
    )
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    index, whole = cache.source.index, cache.whole()
    assert whole is not None and whole.span == 106
    expected, _, _ = np.histogram2d(
        index.kinds,
        index.starts + 0.5,
        bins=(len(kinds), bins),
        range=((0, len(kinds)), (whole.start, whole.end)),
    )
    assert np.array_equal(cache.density(bins, whole), expected)
    assert int(cache.density(bins, whole).sum()) == len(events)


def test_a_year_strip_spreads_its_events_known_only_to_the_year_or_month():
    """2015 with an event on the 15th of each month, six known only to "2015" and three to
    January 2015: counted on their first day, the nine made 1 January the strip's tallest
    bar (9 against 1). Each is spread over its year or month: 6 × 5/365 + 3 × 5/31 in
    each five days of January, the fifteenths the tallest; the strip still counts 21."""
    days = [make_event(date(2015, month, 15), 8) for month in range(1, 13)]
    vague = [replace(days[0], date=EventDate(FuzzyDate(2015)))] * 6
    vague += [make_event(date(2015, 1, 1), 8, "month")] * 3
    cache = StackingCache(MemorySource.single(chronological(days + vague), text_width, "en"))
    year = Period(day_number(date(2015, 1, 1)), day_number(date(2016, 1, 1)))
    assert cache.whole(year) == year
    counts = cache.density(73, year).sum(axis=0)  # five days a bin
    assert counts.sum() == pytest.approx(21)
    assert counts[0] == pytest.approx(6 * 5 / 365 + 3 * 5 / 31)
    assert counts[10] == pytest.approx(6 * 5 / 365)  # 21 to 25 February: the year alone
    fifteenths = [(day_number(date(2015, month, 15)) - year.start) // 5 for month in range(1, 13)]
    assert sorted(np.argsort(counts)[-12:]) == fifteenths


@pytest.mark.parametrize("cut", [0.0, 0.25, 0.5])
@pytest.mark.parametrize("bins", [1, 7, 53, 106, 400])
def test_the_density_strip_spreads_what_is_not_known_to_the_day_over_its_span(bins, cut):
    """Events known to the day, or that lasted from a day, count in the bin of their first
    day's middle as numpy's histogram puts them; those known only to their month, or to
    one day within a span, are spread over it: each bin takes the share of the span in
    it, as working it out one event at a time gives, also for a span running past the
    strip's end. A strip whose ends ``cut`` days counts a day whose middle it holds, and
    the vague events begun in it (a printed part's strip may begin and end mid-day)."""
    rng = random.Random(bins)
    kinds = list(EventKind)
    events = chronological(
        [
            replace(
                make_event(BASE + timedelta(days=rng.randrange(100)), 8, shape, rng.randrange(9)),
                kind=rng.choice(kinds),
            )
            for shape in [*SHAPES] * 50
        ]
    )
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    index, within = cache.source.index, Period(BASE.toordinal() - 20.0, BASE.toordinal() + 80.0)
    fitted = cache.whole(within)
    assert fitted is not None and fitted.end == within.end
    whole = Period(fitted.start + cut, fitted.end + cut)
    edges = np.linspace(whole.start, whole.end, bins + 1)
    expected = np.zeros((len(kinds), bins))
    counted = 0
    for start, end, marker, kind in zip(
        index.starts, index.ends, index.markers, index.kinds, strict=True
    ):
        if marker in (Marker.FUZZY, Marker.WINDOW):
            if not whole.start <= start < whole.end:
                continue  # shown as running into the strip, or past it
            end = min(end, whole.end)
            inside = np.minimum(edges[1:], end) - np.maximum(edges[:-1], start)
            expected[kind] += np.maximum(inside, 0.0) / (end - start)
        elif whole.start <= start + 0.5 <= whole.end:
            expected[kind, min(np.searchsorted(edges, start + 0.5, "right") - 1, bins - 1)] += 1
        else:
            continue
        counted += 1
    found = cache.density(bins, whole)
    assert np.allclose(found, expected, rtol=0.0, atol=1e-9)
    assert (found[expected == 0] == 0).all()  # no sliver where nothing is
    assert found.sum() == pytest.approx(counted)
    assert 0 < counted < len(events)


def crowd_across_a_cluster_bin_boundary() -> tuple[list[Event], Period]:
    """One row only; an event with a long label takes it, so the two events on each of the
    next two days are hidden. At 8 px a day the 56 px cluster bins are 7 days wide, and the
    two days fall on either side of a bin boundary."""
    first = date(2025, 3, 15)
    assert first.toordinal() % 7 == 6  # the next day starts a new bin
    events = chronological(
        [
            make_event(first - timedelta(days=2), 50),
            make_event(first, 10),
            make_event(first, 11),
            make_event(first + timedelta(days=1), 10),
            make_event(first + timedelta(days=1), 11),
        ]
    )
    start = day_number(first) - 50
    return events, Period(start, start + 100)  # 800 px wide: 8 px a day


def test_hidden_events_on_either_side_of_a_bin_boundary_form_two_clusters():
    events, period = crowd_across_a_cluster_bin_boundary()
    result = lay_out(events, period, width=800.0, height=150.0)
    assert [shape.event.id for shape in result.events] == [1]
    assert sorted(cluster.event_ids for cluster in result.clusters) == [(2, 3), (4, 5)]


# Badges sit in a world-aligned grid of bins, so hidden events on consecutive days on either
# side of a bin boundary get two adjacent badges, never overlapping ones.
@pytest.mark.parametrize("rtl", [False, True])
def test_cluster_badges_in_a_lane_do_not_overlap(rtl):
    events, period = crowd_across_a_cluster_bin_boundary()
    clusters = lay_out(events, period, rtl=rtl, width=800.0, height=150.0).clusters
    for index, cluster in enumerate(clusters):
        for other in clusters[index + 1 :]:
            if cluster.lane == other.lane:
                assert not cluster.rect.intersects(other.rect), (cluster.rect, other.rect)


# --- (4) right to left mirrors left to right -----------------------------------------------


@settings(max_examples=60, deadline=None)
@given(event_sets(), periods())
def test_rtl_shows_the_same_events_in_the_same_rows(events, period):
    ltr = by_id(lay_out(events, period))
    rtl = by_id(lay_out(events, period, rtl=True))
    assert ltr.keys() == rtl.keys()
    assert all(rtl[key].row == ltr[key].row for key in ltr)


@settings(max_examples=60, deadline=None)
@given(event_sets(), periods())
def test_rtl_markers_mirror_ltr_markers(events, period):
    ltr = by_id(lay_out(events, period))
    rtl = by_id(lay_out(events, period, rtl=True))
    for key in ltr.keys() & rtl.keys():
        a, b = ltr[key].marker_rect, rtl[key].marker_rect
        assert_close(b.x, WIDTH - a.x - a.width)
        assert_close(b.width, a.width)
        assert b.y == a.y
        assert b.height == a.height


@settings(max_examples=60, deadline=None)
@given(event_sets(), periods())
def test_rtl_labels_mirror_ltr_labels(events, period):
    ltr = by_id(lay_out(events, period))
    rtl = by_id(lay_out(events, period, rtl=True))
    for key in ltr.keys() & rtl.keys():
        a, b = ltr[key].label_rect, rtl[key].label_rect
        assert (a is None) == (b is None)
        if a is None or b is None:
            continue
        assert_close(b.x, WIDTH - a.x - a.width)
        assert b.width == a.width
        assert b.y == a.y


# A badge covers its bin, so in RTL it is the mirror image of the LTR one.
def test_rtl_cluster_badges_mirror_ltr_badges():
    events, period = crowd_across_a_cluster_bin_boundary()
    ltr = lay_out(events, period, width=800.0, height=150.0).clusters
    rtl = lay_out(events, period, rtl=True, width=800.0, height=150.0).clusters
    assert [c.event_ids for c in ltr] == [c.event_ids for c in rtl]
    for a, b in zip(ltr, rtl, strict=True):
        assert_close(b.rect.x, 800.0 - a.rect.x - a.rect.width)
        assert_close(b.rect.width, a.rect.width)


# --- (5) the sample at its fitted period ----------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> list[Event]:
    events = [replace(event, id=number) for number, event in enumerate(sample_events(), 1)]
    return sorted(events, key=lambda event: event.date.earliest())


@pytest.mark.parametrize("rtl", [False, True])
def test_the_fitted_sample_shows_all_eleven_events_unclustered(sample, rtl):
    period = fit_period(MemorySource.single(sample, text_width, "en").index)
    assert period is not None
    result = lay_out(sample, period, rtl=rtl, height=500.0)
    assert len(sample) == 11
    assert sorted(shape.event.id for shape in result.events) == list(range(1, 12))
    assert result.clusters == []


@pytest.mark.parametrize("rtl", [False, True])
def test_the_fitted_sample_keeps_every_label_inside_the_width(sample, rtl):
    period = fit_period(MemorySource.single(sample, text_width, "en").index)
    assert period is not None
    for shape in lay_out(sample, period, rtl=rtl, height=500.0).events:
        if shape.label_rect is None:  # no room for it whole (fit_layout makes some)
            continue
        assert shape.label_rect.x >= 0.0
        assert shape.label_rect.right <= WIDTH


@pytest.mark.parametrize(
    "asked", [(date(2010, 1, 1), date(2010, 2, 1)), (date(2030, 1, 1), date(2030, 2, 1))]
)
def test_days_asked_with_no_event_in_them_fit_the_events_not_a_point(sample, asked):
    """The far side was kept to the days asked even where no event reached into them: the
    fit ran from its start to that start, a period of no length."""
    cache = StackingCache(MemorySource.single(sample, text_width, "en"))
    within = Period(day_number(asked[0]), day_number(asked[1]))
    fitted = fit_layout(cache, 900.0, 500.0, text_width, LayoutOptions(fit_within=within))
    assert fitted is not None
    period = fitted[0]
    assert period.span >= 1 and period.touches(
        day_number(min(e.date.earliest() for e in sample)),
        day_number(max(e.date.latest() for e in sample)) + 1,
    )


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("width", [800.0, 1366.0])
def test_days_asked_from_an_events_day_show_its_marker_whole(sample, rtl, width):
    """From 28 February 2025, the Kazakh minister's visit, to the sample's last day: the
    fit began on that day, and its point, on the day's middle, was cut in half at the
    edge (on the right in Arabic). It is seen whole, the axis starting a few pixels
    before."""
    cache = StackingCache(MemorySource.single(sample, text_width, "en"))
    visit = day_number(date(2025, 2, 28))
    within = Period(visit, day_number(date(2025, 11, 27)))
    options = LayoutOptions(rtl=rtl, fit_within=within)
    fitted = fit_layout(cache, width, 500.0, text_width, options)
    assert fitted is not None
    period, shown = fitted
    assert visit - 5 < period.start <= visit
    (marker,) = [
        s.marker_rect for s in shown.events if s.event.date.earliest().toordinal() == visit
    ]
    assert marker.x >= 0.0 and marker.right <= width


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("width", [1100.0, 1600.0, 2400.0])
def test_fitted_to_the_views_width_the_last_events_labels_are_whole(sample, rtl, width):
    cache = StackingCache(MemorySource.single(sample, text_width, "en"))
    options = LayoutOptions(rtl=rtl)
    loose = fit_period(cache.source.index)
    assert loose is not None
    cut_before = [
        shape.event.id
        for shape in layout(cache, loose, width, 500.0, text_width, options).events
        if shape.label_rect is None
    ]
    fitted = fit_layout(cache, width, 500.0, text_width, options)
    assert fitted is not None
    period = fitted[0]
    shapes = layout(cache, period, width, 500.0, text_width, options).events
    last = max(sample, key=lambda event: event.date.earliest())
    assert [shape.event.id for shape in shapes if shape.label_rect is None] == []
    assert by_id_of(shapes)[last.id].label_rect is not None
    # Room is made only where the loose fit cut a label; none is wasted otherwise.
    assert (period == loose) == (cut_before == [])
    assert (period.end - loose.end) / period.span <= FIT_LABEL_SHARE


# --- (5b) the sample fitted in the screen's type: its far edge -------------------------------


def fit_sample(
    sample: list[Event], lang: str, width: float, height: float
) -> tuple[Period, Period, TimelineLayout]:
    """ "Fit all" of the sample in a view ``width`` × ``height`` in the window's type, as the
    window lays it out: the events' own fit, the period fit all chose and its frame."""
    measure = TimelinePainter().measurer.width
    source = MemorySource.single(sample, measure, lang)
    options = LayoutOptions(rtl=lang == "ar", fmt=DateFormat(lang), rows_as_needed=True)
    fitted = fit_layout(StackingCache(source), width, height, measure, options)
    own = fit_period(source.index)
    assert fitted is not None and own is not None
    return own, *fitted


def _ends_at_its_marker(shape: EventShape, rtl: bool) -> bool:
    label, marker = shape.label_rect, shape.marker_rect
    assert label is not None
    return bool(
        label.x == pytest.approx(marker.x) if rtl else label.right == pytest.approx(marker.right)
    )


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_fit_all_of_the_sample_keeps_its_span_and_no_label_runs_across_its_marker(
    qapp, sample, lang
):
    """In a 1200×700 window (a view 1200×400) the newest event's label, the Mazhilis
    Chairman's visit, had no room on two lines before its marker and ran across it, its
    marker over "Koshanov" (in Arabic mirrored, over its middle too). Refused there, it
    stretched "fit all" eight months into 2026 and hid two IPU-150 meetings in a "+2". It
    wraps before its marker on three lines instead: the span is the events' own, every
    event is shown with its label whole, no badge, no label across its marker."""
    own, period, made = fit_sample(sample, lang, 1200.0, 400.0)
    assert period == own
    assert made.clusters == []
    assert sorted(by_id(made)) == list(range(1, 12))
    for shape in made.events:
        assert shape.label_rect is not None and not shape.folded, shape.label
        assert not across_marker(shape, made.width, made.rtl), shape.label
    newest = by_id(made)[max(sample, key=lambda event: event.date.earliest()).id]
    assert len(newest.lines) == 3 and " ".join(newest.lines) == newest.label
    assert _ends_at_its_marker(newest, made.rtl)
    assert newest.label_rect is not None and newest.label_rect.x >= 0.0
    assert newest.label_rect.right <= made.width


def test_a_far_edge_label_slid_back_a_little_across_its_marker_is_shown_whole(qapp, sample):
    """In French in an 800×500 window the Kazakh minister's visit to Rabat has no room for
    its label beside its marker in any row (the label before it in its row, the labels of
    the rows under it over its marker, a badge and the lane's foot under them): shifted
    back from the far edge, it starts some 27 pixels before its marker, which stands over
    its first words. It stays so, whole on one line in its row, not a tab hiding the title
    it showed; fit all keeps its span and shows the events it showed."""
    own, period, made = fit_sample(sample, "fr", 800.0, 260.0)
    assert period == own
    assert sum(cluster.count for cluster in made.clusters) == 5
    assert not any(shape.folded for shape in made.events)
    minister = next(shape for shape in made.events if "Rabat" in shape.label)
    label, marker = minister.label_rect, minister.marker_rect
    assert label is not None and minister.lines == (minister.label,)
    assert 0.0 <= label.x < marker.x and label.right <= made.width
    assert marker.x - label.x <= label.width / 3  # the marker over its first words
    boxes = [shape.label_rect for shape in made.events if shape.label_rect is not None]
    boxes += [c.rect for c in made.clusters]
    assert not any(one.intersects(other) for n, one in enumerate(boxes) for other in boxes[:n])


# --- (6) the marker says how well the date is known -----------------------------------------


def test_a_day_event_is_a_point():
    assert marker_of(make_event(date(2025, 2, 28), 10, "day")) is Marker.POINT


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("days", [7.0, 90.0, 400.0, 3650.0, 36500.0])
def test_a_days_point_stands_on_its_day_at_every_zoom(rtl, days):
    """A day's point is drawn on its day's middle however narrow the day: begun at its day,
    the point of 28 February stood two or three days on, in March, on a year's scale, and
    one of today stood wholly past the line of today."""
    day = date(2025, 2, 28)
    events = [replace(make_event(day, 10), id=1)]
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    middle = day_number(day) + 0.5
    period = Period(middle - days / 2, middle + days / 2)
    shown = layout(cache, period, WIDTH, HEIGHT, text_width, LayoutOptions(rtl=rtl))
    (shape,) = shown.events
    marker = shape.marker_rect
    assert marker.x + marker.width / 2 == pytest.approx(WIDTH / 2)


def test_an_event_that_lasted_a_span_is_a_bar():
    assert marker_of(make_event(date(2025, 4, 28), 10, "lasted", days=1)) is Marker.BAR


def test_an_event_known_to_the_month_is_fuzzy():
    assert marker_of(make_event(date(2024, 5, 1), 10, "month")) is Marker.FUZZY


def test_an_event_on_one_day_within_a_span_is_a_window():
    assert marker_of(make_event(date(2025, 4, 5), 10, "within", days=4)) is Marker.WINDOW


def test_a_span_between_two_months_is_fuzzy():
    when = EventDate(FuzzyDate(2024, 5), FuzzyDate(2024, 7))
    event = Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), when, title_en="talks").ensure_valid()
    assert marker_of(event) is Marker.FUZZY


@given(event_dates(1900, 2100))
def test_one_events_marker_follows_the_rule_the_columns_follow(when: EventDate):
    """marker_of reads the rule from a table; the columns read from a database ask the rule
    itself: an event draws the same marker either way."""
    ranged, end_day = when.end is not None, when.end is not None and when.end.day is not None
    columns = marker_for(
        np.array([when.within]), np.array([ranged]), np.array([when.start.day is not None]),
        np.array([end_day]),
    )  # fmt: skip
    event = Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), when, title_en="talks")
    assert marker_of(event) is Marker(int(columns[0]))


def test_a_cluster_of_one_is_drawn_as_the_event():
    first = date(2025, 3, 15)
    events = chronological(
        [
            make_event(first - timedelta(days=2), 50),  # its label takes the only row
            make_event(first, 10),
            make_event(first + timedelta(days=9), 10),  # in another 7-day bin
        ]
    )
    start = day_number(first) - 50
    result = lay_out(events, Period(start, start + 100), width=800.0, height=150.0)
    assert result.clusters == []
    shapes = by_id(result)
    assert sorted(shapes) == [1, 2, 3]
    assert shapes[2].row == shapes[3].row == shapes[1].row + 1  # in the badge row


def crowded_badge(spread: dict[int, int], days: int = 100, rtl: bool = False) -> ClusterShape:
    """The badge of ``spread`` (count of events by day after 1 January 2025), over
    ``days`` in 800 pixels where a row or so is left for labels."""
    first = date(2025, 1, 1)
    crowd = [
        make_event(first + timedelta(days=offset), 20 + n % 7)
        for offset, count in spread.items()
        for n in range(count)
    ]
    start = day_number(first) - 20
    period = Period(start, start + days)
    result = lay_out(chronological(crowd), period, rtl=rtl, width=800.0, height=150.0)
    (badge,) = result.clusters
    return badge


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("days", [2, 7, 30])
def test_a_badge_of_a_days_hidden_events_stands_in_that_day(days, rtl):
    """Bins are fixed in world pixels: zoomed to a day, 1 January's "+47" stood under 31
    December, its bin ending a pixel into 1 January. A badge begins in its first event's day
    (wholly in it where a day is wider), clear of the next badge and inside the view."""
    first = date(2025, 1, 1)
    # Badges over two days and more: none beside another, nor against the view's end.
    crowded_days = range(-4, days) if days < 30 else range(-4, days - 6, 4)
    crowd = [
        make_event(first + timedelta(days=d), 20 + n % 7) for d in crowded_days for n in range(40)
    ]
    start = day_number(first) - 0.4
    period = Period(start, start + days)
    result = lay_out(chronological(crowd), period, rtl=rtl, width=800.0, height=150.0)
    assert result.clusters
    scale = result.scale
    spans = []
    for badge in result.clusters:
        ends = scale.x(badge.first_day), scale.x(badge.first_day + 1)
        day_left, day_right = min(ends), max(ends)
        if badge.first_day >= period.start:
            begins = badge.rect.right if rtl else badge.rect.x
            assert day_left <= begins <= day_right, (badge, ends)
            if badge.rect.width < day_right - day_left:
                assert day_left <= badge.rect.x and badge.rect.right <= day_right, (badge, ends)
        spans.append((badge.rect.x, badge.rect.right))
    spans.sort()
    assert all(right <= left for (_l, right), (left, _r) in pairwise(spans))
    assert all(left >= 0 and right <= 800 for left, right in spans)


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("offset", [0.0, 0.3])
def test_a_days_hidden_points_are_counted_where_they_stand(offset, rtl):
    """Zoomed to a day, its hidden events' points stand in the day's middle, not at its
    start: the 5 December 2021 meeting of 50,000 events was in the "+47" at an 800-pixel
    view's start with 46 events begun days and months before, 400 pixels from its point.
    A badge holding a day's points holds no event begun before the view and stands over
    their points (or they are drawn in the badges' row), each event counted once."""
    day = date(2025, 3, 5)
    begun = [make_event(day - timedelta(days=10 + n), 30, "lasted", 20 + n) for n in range(12)]
    events = chronological(begun + [make_event(day, 30) for _ in range(6)])
    own = {event.id for event in events if event.date.earliest() == day}
    start = day_number(day) + offset
    result = lay_out(events, Period(start, start + 1), rtl=rtl, width=800.0, height=150.0)
    point = result.scale.x(day_number(day) + 0.5)
    counted = Counter(shape.event.id for shape in result.events)
    badges = [cluster for cluster in result.clusters if own & set(cluster.event_ids)]
    assert badges
    for badge in badges:
        assert set(badge.event_ids) <= own, badge
        assert badge.rect.x <= point <= badge.rect.right, (badge.rect, point)
    for cluster in result.clusters:
        counted.update(cluster.event_ids)
    assert counted.keys() == {event.id for event in events}
    assert set(counted.values()) == {1}


@pytest.mark.parametrize("rtl", [False, True])
def test_a_badge_moved_into_its_day_takes_no_labels_room(rtl, monkeypatch):
    """Moved towards its first event before the labels were set, a badge took the room a
    label set before its marker needed, and the label went (six views in 900 of 50,000
    events, days to a month across). Moved after them, it changes nothing else: the same
    events with the same labels where they were, no badge over a label, a marker or
    another badge, every badge in view; and some badges moved."""
    random.seed(34)
    first = date(2025, 1, 1)
    crowd = [
        make_event(first + timedelta(days=day), random.randint(12, 60))
        for day in range(40)
        for _n in range(random.choice([0, 1, 2, 3, 8, 30]))
    ]
    events = chronological(crowd)
    views = [
        (Period(day_number(first) + offset, day_number(first) + offset + days), width)
        for days, width in [(2, 800.0), (5, 1600.0), (9, 800.0), (16, 1600.0), (30, 800.0)]
        for offset in (0.3, 6.7, 11.1)
    ]
    from timeline.render import layout as layout_module

    moved = 0
    for period, width in views:
        slid = lay_out(events, period, rtl=rtl, width=width, height=260.0)
        with monkeypatch.context() as patched:
            patched.setattr(layout_module, "_slide_badges", lambda *_args: None)
            kept = lay_out(events, period, rtl=rtl, width=width, height=260.0)
        assert slid.events == kept.events, period
        assert [c.count for c in slid.clusters] == [c.count for c in kept.clusters]
        moved += sum(a.rect != b.rect for a, b in zip(slid.clusters, kept.clusters, strict=True))
        taken = [s.marker_rect for s in slid.events] + [s.label_rect for s in slid.events]
        badges = [cluster.rect for cluster in slid.clusters]
        for number, badge in enumerate(badges):
            assert badge.x >= 0.0 and badge.right <= width, (period, badge)
            others = [rect for rect in taken if rect is not None] + badges[:number]
            assert not any(badge.intersects(rect) for rect in others), (period, badge)
    assert moved


@pytest.mark.parametrize("rtl", [False, True])
def test_a_badge_shows_where_its_events_are_densest(rtl):
    """Its bars follow time in the reading direction, every part of its stretch along the
    flat middle of the badge: the parts under its round ends were cut away, the busiest
    among them."""
    badge = crowded_badge({6: 40, 7: 10}, rtl=rtl)
    bars = [part for part in badge.profile if part[2] > 0]
    assert [share for _x0, _x1, share in bars] == [1.0, 0.25]
    busiest, next_day = bars
    assert (busiest[0] < next_day[0]) != rtl, "the next day's bar comes after, as time reads"
    box = badge.rect
    lefts, rights = zip(*[(x0, x1) for x0, x1, _share in badge.profile], strict=True)
    assert min(lefts) == pytest.approx(box.x + box.height / 3)
    assert max(rights) == pytest.approx(box.right - box.height / 3)


@pytest.mark.parametrize(
    ("spread", "why"),
    [
        ({6: 3, 7: 2}, "a few events: a bar or two beside the count were stray squares"),
        ({6: 40}, "one bar: a square, not a histogram"),
    ],
)
def test_a_badge_whose_bars_would_not_read_as_a_histogram_shows_its_count_alone(spread, why):
    badge = crowded_badge(spread)
    assert badge.count >= sum(spread.values()) - 1
    assert all(share == 0 for _x0, _x1, share in badge.profile), why


def test_a_badge_over_a_day_or_two_has_no_histogram():
    """Events are dated to the day: parts of a day's hours only said on which day each
    fell."""
    badge = crowded_badge({6: 20, 7: 20}, days=40)
    assert badge.count > 30
    assert badge.profile == ()


@pytest.mark.parametrize("rtl", [False, True])
def test_a_short_view_gives_the_legends_lines_to_rows_of_events(sample, rtl):
    """In a small window (800×500 leaves the timeline about 230 pixels) the legend would
    take two of its rows: it is left out, and the events keep them."""
    period = fit_period(MemorySource.single(sample, text_width, "en").index)
    assert period is not None
    rows = Geometry().row_height
    tall = lay_out(sample, period, rtl=rtl, width=800.0, height=600.0)
    short = lay_out(sample, period, rtl=rtl, width=800.0, height=230.0)
    assert tall.legend, "a tall view keeps its legend"
    assert not short.legend
    assert short.lanes[0].rect.height // rows >= LEGEND_ROWS - 1, "the legend's rows"


@pytest.mark.parametrize("hijri_tier", [False, True])
@pytest.mark.parametrize("lanes", [1, 4])
@pytest.mark.parametrize("width", [900.0, 1600.0])
def test_the_least_height_that_keeps_the_legend_is_where_a_layout_draws_it(
    sample, width, lanes, hijri_tier
):
    """The window leaves the timeline no less than it keeps its legend at, one line of it
    or two, one lane or several (their rows as they need), the Hijri tier or not: at
    900×560 the room it took for the details' dates took the legend."""
    dealt = [(f"Lane {n}", sample[n::lanes]) for n in range(lanes)]
    cache = StackingCache(MemorySource(dealt, text_width, "en"))
    period = fit_period(cache.source.index)
    assert period is not None
    options = LayoutOptions(hijri_tier=hijri_tier, rows_as_needed=True)
    kept = legend_kept_height(cache, period, width, text_width, options)
    assert layout(cache, period, width, kept, text_width, options).legend
    assert not layout(cache, period, width, kept - 1, text_width, options).legend
    empty = StackingCache(MemorySource.single([], text_width, "en"))
    assert legend_kept_height(empty, period, width, text_width, options) == math.inf


def test_a_view_draws_the_same_in_less_room_only_where_nothing_took_it(sample):
    """The details of a selected event at 800×500 take room from the timeline only where
    it draws the same in less: under its last row (250 pixels keep the sample's four rows
    of 260), not a row of it (249), nor the room a label at the far edge took to sit in
    its own row on two lines (265: in the second row in three lines at 261)."""
    cache = StackingCache(MemorySource.single(sample, text_width, "en"))
    period = fit_period(cache.source.index)
    assert period is not None
    options = LayoutOptions(rows_as_needed=True)

    def same(height: float, lower: float) -> bool:
        return draws_the_same(cache, period, 800.0, (height, lower), text_width, options)

    assert same(260.0, 250.0)
    assert not same(260.0, 249.0)
    assert not same(265.0, 261.0)


def _legend_lines(made: TimelineLayout) -> list[list[Rect]]:
    """The legend's items, each as its swatch and words together, line by line."""
    lines: dict[float, list[Rect]] = {}
    for item in made.legend:
        left = min(item.swatch.x, item.text.x)
        right = max(item.swatch.right, item.text.right)
        lines.setdefault(item.swatch.y, []).append(Rect(left, item.swatch.y, right - left, 1.0))
    return [lines[y] for y in sorted(lines)]


@pytest.mark.parametrize("rtl", [False, True])
def test_a_legend_draws_its_items_closer_rather_than_wrap_one_alone(sample, rtl):
    """At 1200 pixels the English legend took a second line for "one day within" alone,
    a row the events lost: where the items fit one line a little closer together, they do."""
    period = fit_period(MemorySource.single(sample, text_width, "en").index)
    assert period is not None
    wide = _legend_lines(lay_out(sample, period, rtl=rtl, width=5000.0, height=600.0))
    assert len(wide) == 1
    items = wide[0]
    gaps = len(items) - 1
    at_ease = max(item.right for item in items) - min(item.x for item in items)
    closer = at_ease - gaps * 6.0  # the items 12 pixels apart, not 18
    made = lay_out(sample, period, rtl=rtl, width=closer + 18.0, height=600.0)
    lines = _legend_lines(made)
    assert len(lines) == 1, [len(line) for line in lines]
    assert len(lines[0]) == len(items)
    assert all(item.x >= 0.0 and item.right <= made.width for item in lines[0])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_legends_words_begin_with_a_capital_as_its_kinds_names_do(sample, language):
    """The key read "Sideline meeting", "Multilateral gathering", then "one day within"
    and "outline only: announced or postponed"."""
    source = MemorySource.single(sample, text_width, language)
    options = LayoutOptions(fmt=DateFormat(language), statuses=source.statuses)
    period = fit_period(source.index)
    assert period is not None
    made = layout(StackingCache(source), period, 1600.0, 600.0, text_width, options)
    explained = [item for item in made.legend if item.kind is None]
    assert {item.marker for item in explained} >= {Marker.WINDOW}
    assert any(item.status is not None for item in explained)
    assert all(item.label[0].isupper() for item in made.legend), [i.label for i in made.legend]


@pytest.mark.parametrize("rtl", [False, True])
def test_a_legend_on_two_lines_shares_its_items_evenly(sample, rtl):
    """French at 1200 pixels: eight items on the first line and two under them; the two
    lines are now as long as each other as the items allow."""
    period = fit_period(MemorySource.single(sample, text_width, "en").index)
    assert period is not None
    wide = _legend_lines(lay_out(sample, period, rtl=rtl, width=5000.0, height=600.0))[0]
    one_line = max(item.right for item in wide) - min(item.x for item in wide)
    made = lay_out(sample, period, rtl=rtl, width=one_line * 0.7, height=600.0)
    lines = _legend_lines(made)
    assert len(lines) == 2
    lengths = [max(r.right for r in line) - min(r.x for r in line) for line in lines]
    widest = max(item.width for item in wide)
    assert abs(lengths[0] - lengths[1]) <= widest + 18.0, lengths


@pytest.mark.parametrize("rtl", [False, True])
def test_a_lone_event_clear_of_a_badge_is_drawn_in_the_badges_row(sample, rtl):
    """At 800 pixels the year around April 2025: IPU-150's events go into a badge, and the
    forum three weeks later, alone in the next bin, joined it (its marker, widened a
    marker's size each way, met the badge): a "+4" and an empty row where its label fits.
    Its marker clear of the badge, it is drawn there with its whole label, and no marker
    or label in that row meets a badge."""
    year = Period(day_number(date(2024, 10, 1)), day_number(date(2025, 10, 1)))
    result = lay_out(sample, year, rtl=rtl, width=800.0, height=260.0)
    (badge,) = result.clusters
    forum = next(e for e in sample if e.date.earliest() == date(2025, 4, 28))
    assert forum.id not in badge.event_ids
    shape = by_id(result)[forum.id]
    assert shape.label_rect is not None and shape.lines in ((), (shape.label,))
    assert shape.label_rect.x >= 0.0 and shape.label_rect.right <= 800.0
    for drawn in result.events:
        for rect in (drawn.marker_rect, drawn.label_rect):
            assert rect is None or not rect.intersects(badge.rect), drawn.event.id


def _by_partner_of_morocco(sample: list[Event]) -> list[tuple[str, list[Event]]]:
    """The sample's events of Morocco in lanes by partner, as the View menu's lanes by
    country draw them: Kazakhstan, Azerbaijan, Cambodia, then the multilateral ones."""

    def partner(event: Event) -> str:
        others = [code for code in event.countries if code != "MA"]
        return others[0] if len(others) == 1 else "multilateral"

    return [
        (code, [event for event in sample if "MA" in event.countries and partner(event) == code])
        for code in ("KZ", "AZ", "KH", "multilateral")
    ]


@pytest.mark.parametrize("rtl", [False, True])
def test_lanes_share_the_room_over_their_two_rows_a_whole_row_at_a_time(sample, rtl):
    """A lane holds whole rows: a share of the room short of one was lost. In the window,
    with 90 pixels over the lanes' two rows each, Morocco–Kazakhstan's lane (by partner)
    was 9 short of a third row and the visa exemption's entry into force was a marker with
    no label. Given a row at a time, from a few rows over every event has its label (here,
    7 pixels a letter, 130: before, one of them had none up to 200), and the lanes fill
    the view between the axis and the strip."""
    lanes = _by_partner_of_morocco(sample)
    assert [len(events) for _code, events in lanes] == [5, 3, 1, 2]
    cache = StackingCache(MemorySource(lanes, text_width, "en"))
    period = fit_period(cache.source.index)
    assert period is not None
    options = LayoutOptions(rtl=rtl, legend=False)
    least = lanes_height(cache, period, 1200.0, options)
    for over in range(130, 200, 10):
        made = layout(cache, period, 1200.0, least + over, text_width, options)
        assert [s.event.id for s in made.events if s.label_rect is None] == [], over
        assert not made.clusters, over
        gap = Geometry().lane_gap
        bottom = made.lanes[-1].rect.bottom + gap
        assert bottom == pytest.approx(made.body_bottom), "the lanes fill the view"


@pytest.mark.parametrize("rtl", [False, True])
def test_lanes_sized_as_needed_give_every_label_room_in_the_least_height(sample, rtl):
    """On screen the view is as tall as its lanes need (it scrolls to those under its edge):
    there each lane has the rows its events' labels need at the zoom shown, not two rows
    whatever it holds (Morocco–Kazakhstan's visa exemption entering into force was a bare
    marker), and the room a lane needs is the same wherever the view is panned."""
    lanes = _by_partner_of_morocco(sample)
    cache = StackingCache(MemorySource(lanes, text_width, "en"))
    period = fit_period(cache.source.index)
    assert period is not None
    options = LayoutOptions(rtl=rtl, legend=False, rows_as_needed=True)
    least = lanes_height(cache, period, 1200.0, options)
    assert least > lanes_height(cache, period, 1200.0, replace(options, rows_as_needed=False))
    made = layout(cache, period, 1200.0, least, text_width, options)
    assert [s.label for s in made.events if s.label_rect is None] == []
    assert not made.clusters
    for shape in made.events:
        lane, label = made.lanes[shape.lane].rect, shape.label_rect
        assert label is not None
        assert lane.y <= label.y and label.bottom <= lane.bottom + Geometry().lane_gap
    assert made.lanes[-1].rect.bottom <= made.body_bottom
    moved = pan(period, period.span / 3)
    assert lanes_height(cache, moved, 1200.0, options) == least


@pytest.mark.parametrize("rtl", [False, True])
def test_the_key_takes_no_column_it_leaves_empty(rtl):
    """The French briefing of the 10,000 events: two callouts' lines filled the first of
    three columns, the badges' entry took three lines in the second, the third stood
    empty. In two columns that entry takes two lines, and the rows over the key one more
    row of labels."""
    from timeline.render.layout import _key
    from timeline.render.shapes import KeyEntry

    nowhere = Rect(0.0, 0.0, 0.0, 0.0)
    words = "Nombre d’événements non dessinés à son emplacement, faute de place ; le tableau"
    entries = [
        KeyEntry("1", ("a" * 20,), nowhere),
        KeyEntry("2", ("b" * 20,), nowhere),
        KeyEntry("+577", (words,), nowhere, badge=Rect(0.0, 0.0, 50.0, 16.0)),
    ]
    options = LayoutOptions(rtl=rtl, fmt=DateFormat("fr"))
    key = _key(entries, 1000.0, lambda text: 7.0 * len(text), options)
    assert len({entry.rect.x for entry in key}) == 2
    assert max(len(entry.lines) for entry in key) == 2
    bottom = max(entry.rect.bottom for entry in key)
    assert bottom == key[0].rect.y + 2 * Geometry().label_height + 2
    for one, other in pairwise(key):
        assert not one.rect.intersects(other.rect)
