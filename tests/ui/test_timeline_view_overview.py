"""The density strip: counts of the filtered events, and a window on it that moves and
resizes the view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.render.painter import TimelinePainter


def test_the_density_strip_counts_what_the_filter_shows(open_window, sample_store, english):
    window = open_window(sample_store, english)
    overview = window.timeline.current_layout().overview
    assert overview is not None
    assert sample_store.count() == 11
    assert sum(count for _s, _e, count in overview.bins()) == pytest.approx(11)
    chosen = EventFilter(kinds=frozenset({EventKind.SIDELINE_MEETING}))
    window.apply_filter(chosen)
    overview = window.timeline.current_layout().overview
    assert overview is not None
    expected = sample_store.count(chosen)
    assert expected == 3
    assert sum(count for _s, _e, count in overview.bins()) == pytest.approx(3)


def test_the_strip_is_stacked_by_kind_as_the_store_counts_them(open_window, sample_store, english):
    overview = open_window(sample_store, english).timeline.current_layout().overview
    assert overview is not None
    by_kind = overview.by_kind.sum(axis=1).tolist()
    expected = sample_store.count_by_kind(EventFilter())
    assert {kind: by_kind[n] for n, kind in enumerate(EventKind) if by_kind[n]} == pytest.approx(
        {kind: count for kind, count in expected.items() if count}
    )
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


def _selection_pixels(view, columns: range) -> int:
    """How many pixels of the strip in these columns the window's colour paints solid."""
    overview = view.current_layout().overview
    picture = view.grab().toImage()
    ratio = picture.devicePixelRatio()
    colour = TimelinePainter().theme.selection.rgb()
    rows = range(int(overview.rect.y * ratio), int(overview.rect.bottom * ratio))
    return sum(
        1 for x in columns for y in rows if picture.pixelColor(int(x * ratio), y).rgb() == colour
    )


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(("day", "later"), [(date(1975, 1, 1), False), (date(2060, 1, 1), True)])
def test_a_view_beyond_all_the_events_is_marked_at_the_strips_edge_on_its_side(
    qtbot, started_in, language, day, later
):
    view = started_in(language, (800, 500)).timeline
    view.go_to(day, 30)
    overview = view.current_layout().overview
    assert overview is not None
    width = int(view.width())
    on_right = later != (language == "ar")  # later time is on the right in English only
    marker = overview.window
    assert (marker.right == width) if on_right else (marker.x == 0)
    assert overview.rect.x <= marker.x and marker.right <= overview.rect.right
    edge = range(width - 12, width) if on_right else range(12)
    other = range(12) if on_right else range(width - 12, width)
    # A bar along the edge, the strip's whole height, and an arrow: drawn, not clipped away.
    assert _selection_pixels(view, edge) >= 3 * (overview.rect.height - 2)
    assert _selection_pixels(view, other) == 0


@pytest.mark.parametrize("language", ["en", "ar"])
def test_dragging_the_marker_of_a_view_beyond_the_events_brings_the_view_onto_the_strip(
    qtbot, started_in, language
):
    view = started_in(language, (800, 500)).timeline
    view.go_to(date(1975, 1, 1), 30)
    span = view.period.span
    overview = view.current_layout().overview
    assert overview is not None and view.period.end < overview.scale.period.start
    grab = middle(overview.window)
    inward = QPoint(60 if overview.window.x == 0 else -60, 0)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + inward)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=grab + inward)
    assert view.period.span == pytest.approx(span), "moved, not resized"
    assert view.period.middle == pytest.approx(overview.scale.day((grab + inward).x()))
    assert overview.scale.period.start < view.period.start, "on the strip now"
