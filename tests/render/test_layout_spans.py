"""The badge of the hidden events that fall on no one day of the view: a week's events known
only to their year, or begun before it, counted at its leading edge in a badge that says
so, not as a crowd on its first day."""

from __future__ import annotations

from datetime import date

import pytest
from year_events import WEEK, week_with_years

from timeline.domain.dates import Precision
from timeline.domain.period import Period, day_number
from timeline.render.describe import describe
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout


def text_width(text: str) -> float:
    return 7.0 * len(text)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_weeks_year_known_events_are_one_badge_at_its_leading_edge_that_says_so(rtl):
    events = week_with_years()
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    drawn = layout(cache, WEEK, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))
    by_id = {event.id: event for event in events}
    day_known = {event.id for event in events if event.date.precision is Precision.DAY}
    spans = [cluster for cluster in drawn.clusters if cluster.spans]
    others = [cluster for cluster in drawn.clusters if not cluster.spans]
    assert len(spans) == 1, "one badge for the events on no one day"
    assert spans[0].count > 2 * 7, "the year and month events hidden are many"
    assert not day_known & set(spans[0].event_ids)
    for cluster in others:  # a badge at a point holds only events that fall there
        assert set(cluster.event_ids) <= day_known, [by_id[i].title_en for i in cluster.event_ids]
        assert cluster.count <= 2 * 2, "no more than two days' calls under one badge"
    # It stands at the view's leading edge: the left in English, the right in Arabic.
    xs = [cluster.rect.x for cluster in drawn.clusters]
    assert spans[0].rect.x == (max(xs) if rtl else min(xs))
    # Every event in view is drawn or counted exactly once.
    shown = [shape.event.id for shape in drawn.events]
    counted = [i for cluster in drawn.clusters for i in cluster.event_ids]
    assert len(shown) + sum(cluster.count for cluster in drawn.clusters) == len(events)
    assert sorted(shown + counted) == sorted(by_id)
    described = describe(drawn)["clusters"]
    assert [cluster["spans"] for cluster in described] == [c.spans for c in drawn.clusters]


def test_a_days_badge_counts_no_year_or_month_event_as_its_own():
    """The single-day view of 1 January 2020 said "+46" over its two events, both drawn:
    all of them January 2020 and 2020."""
    events = week_with_years()
    cache = StackingCache(MemorySource.single(events, text_width, "en"))
    day = Period(day_number(date(2020, 1, 1)), day_number(date(2020, 1, 2)))
    drawn = layout(cache, day, 1000.0, 200.0, text_width, LayoutOptions())
    assert drawn.clusters and all(cluster.spans for cluster in drawn.clusters)
