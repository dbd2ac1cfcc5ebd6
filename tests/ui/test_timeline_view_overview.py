"""The density strip: counts of the filtered events, and a window on it that moves and
resizes the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind


def test_the_density_strip_counts_what_the_filter_shows(open_window, sample_store, english):
    window = open_window(sample_store, english)
    overview = window.timeline.current_layout().overview
    assert overview is not None
    assert sum(count for _s, _e, count in overview.bins()) == sample_store.count() == 11
    chosen = EventFilter(kinds=frozenset({EventKind.SIDELINE_MEETING}))
    window.apply_filter(chosen)
    overview = window.timeline.current_layout().overview
    assert overview is not None
    expected = sample_store.count(chosen)
    assert sum(count for _s, _e, count in overview.bins()) == expected == 3


def test_the_strip_is_stacked_by_kind_as_the_store_counts_them(open_window, sample_store, english):
    overview = open_window(sample_store, english).timeline.current_layout().overview
    assert overview is not None
    by_kind = overview.by_kind.sum(axis=1).tolist()
    expected = sample_store.count_by_kind(EventFilter())
    assert {kind: by_kind[n] for n, kind in enumerate(EventKind) if by_kind[n]} == {
        kind: count for kind, count in expected.items() if count
    }
    assert (overview.by_kind.sum(axis=0) == overview.counts).all()


def middle(rect) -> QPoint:
    return QPoint(int(rect.x + rect.width / 2), int(rect.y + rect.height / 2))


def test_dragging_the_overview_window_moves_the_view(qtbot, open_window, sample_store, english):
    view = open_window(sample_store, english).timeline
    view.zoom_at(4.0)
    before = view.period
    overview = view.current_layout().overview
    assert overview is not None
    grab = middle(overview.window)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(-60, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=grab + QPoint(-60, 0))
    moved = before.start - view.period.start
    assert moved == pytest.approx(60 / overview.scale.pixels_per_day, rel=1e-6)
    assert view.period.span == pytest.approx(before.span)


def test_dragging_an_edge_of_the_overview_window_resizes_the_view(
    qtbot, open_window, sample_store, english
):
    view = open_window(sample_store, english).timeline
    view.zoom_at(4.0)
    before = view.period
    window = view.current_layout().overview.window
    edge = QPoint(int(window.right), int(window.y + window.height / 2))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view, edge + QPoint(80, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=edge + QPoint(80, 0))
    assert view.period.start == pytest.approx(before.start, abs=1e-6)  # the start stays
    assert view.period.span > before.span


def test_clicking_the_strip_beside_the_window_brings_the_view_there(
    qtbot, open_window, sample_store, english
):
    view = open_window(sample_store, english).timeline
    view.zoom_at(6.0)
    overview = view.current_layout().overview
    spot = QPoint(int(overview.rect.x + 20), int(overview.rect.y + 10))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=spot)
    assert abs(view.period.middle - overview.scale.day(20)) < 1e-6
