"""Lanes of kinds or of partners in a window too low for all of them: each whole, above the
density strip, and a scroll away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.view_state import LaneMode
from timeline.render.shapes import Geometry
from timeline.ui.app import application

LANGUAGES = ["en", "fr", "ar"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_lanes_taller_than_the_window_scroll_each_whole_above_the_strip(
    qtbot, started_in, sample_store, language
):
    """A lane per kind at 800×500: two of the six showed, the second's badges half under
    the density strip, and the other four were drawn under it, unseen. Every lane has its
    two rows above the strip, and the timeline scrolls down to the last."""
    window = started_in(language)
    window.set_lane_mode(LaneMode.KIND)
    kinds = {event.kind for event in sample_store.find()}
    view, scroll = window.timeline, window.timeline_scroll
    made = view.current_layout()
    assert len(made.lanes) == len(kinds) > 2
    assert made.overview is not None
    two_rows = 2 * Geometry().row_height
    for lane in made.lanes:
        assert lane.rect.bottom <= made.overview.rect.y, lane.title
        assert lane.rect.height >= two_rows, lane.title
    for shape in made.events:
        assert shape.label_rect is None or shape.label_rect.bottom <= made.overview.rect.y
    for badge in made.clusters:
        assert badge.rect.bottom <= made.overview.rect.y

    bar = scroll.bar
    qtbot.waitUntil(bar.isVisible)
    assert view.laid_out_height() > view.height()
    last = made.lanes[-1].rect
    bar.setValue(bar.maximum())  # the user drags the bar to its end
    assert _shown_whole(view, last)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_event_chosen_in_the_list_scrolls_its_lane_into_view(
    qtbot, started_in, sample_store, language
):
    window = started_in(language)
    window.set_lane_mode(LaneMode.KIND)
    view = window.timeline
    made = view.current_layout()
    lowest = max(made.events, key=lambda shape: shape.lane)
    assert lowest.lane == len(made.lanes) - 1
    lane = made.lanes[-1].rect
    assert not _shown_whole(view, lane)
    view.setFocus()
    window.event_list.select_event(lowest.event.id)
    qtbot.waitUntil(lambda: _shown_whole(view, lane))


def test_one_band_never_scrolls(qtbot, started_in):
    window = started_in("en")
    window.set_lane_mode(LaneMode.SINGLE)
    assert not window.timeline_scroll.bar.isVisible()
    assert window.timeline.laid_out_height() == window.timeline.height()


def test_tab_goes_from_the_search_field_to_the_timeline(qtbot, started_in):
    """The lanes' scroll area is no stop of its own on the way."""
    window = started_in("en")
    window.set_lane_mode(LaneMode.KIND)
    window.filter_bar.text.setFocus()
    qtbot.waitUntil(window.filter_bar.text.hasFocus)
    qtbot.keyClick(window.filter_bar.text, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.timeline.hasFocus)


def _morocco_by_partner(qtbot, open_window, store, language: str, size=(1200, 700)):
    """The sample's window on Morocco against its partners, a lane each, at ``size``,
    fitted to every event."""
    application(language)
    fmt = DateFormat(language, DateStyle.MAGHREB)
    morocco = EventFilter(countries=frozenset({"MA"}))
    window = open_window(store, fmt, size=size, event_filter=morocco)
    window.set_lane_mode(LaneMode.PARTNER)
    window.timeline.fit_all()
    view = window.timeline
    qtbot.waitUntil(lambda: view.current_layout().height == view.laid_out_height())
    return window


@pytest.mark.parametrize("size", [(1200, 700), (800, 500)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_lanes_that_scroll_anyway_are_as_tall_as_their_labels_need(
    qtbot, open_window, sample_store, no_translation_after, language, size
):
    """Morocco against its partners at 1200×700, a lane each: the lanes went on under the
    window's edge, yet each had its two rows only, and the Morocco–Kazakhstan lane's "visa
    exemption enters into force" was a marker with no label. Each lane now has the rows its
    events' labels need at the zoom shown, and one free, where at 800×500 the Mazhilis
    Chairman's visit, its room after its marker past the far edge, has its label: scrolling
    down shows every label."""
    window = _morocco_by_partner(qtbot, open_window, sample_store, language, size)
    view = window.timeline
    made = view.current_layout()
    assert len(made.lanes) > 2
    assert view.lanes_taller()  # it scrolls
    assert made.events and not made.clusters
    gap = Geometry().lane_gap  # a lane's room runs on to the next
    for shape in made.events:
        lane = made.lanes[shape.lane].rect
        assert shape.label_rect is not None, shape.label
        assert lane.y <= shape.label_rect.y and shape.label_rect.bottom <= lane.bottom + gap
        assert shape.label_rect.bottom <= made.body_bottom  # a scroll away at most


def test_lanes_lower_as_the_view_zooms_in_to_fewer_rows(
    qtbot, open_window, sample_store, no_translation_after
):
    """The rows a lane needs are the zoom's: zoomed in, Morocco–Kazakhstan's events stand
    further apart and need fewer rows, so the view is lower (nothing left under a badge);
    zoomed back out, it is as tall as it was."""
    window = _morocco_by_partner(qtbot, open_window, sample_store, "en")
    view = window.timeline
    fitted = view.laid_out_height()
    view.setFocus()
    for _notch in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: view.laid_out_height() < fitted)
    qtbot.waitUntil(lambda: view.current_layout().height == view.laid_out_height())
    made = view.current_layout()
    assert not made.clusters
    assert all(shape.label_rect is not None for shape in made.events)
    for _notch in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: view.laid_out_height() == fitted)


def _shown_whole(view, lane) -> bool:
    """Whether a lane (in its frame's pixels) is shown whole between the axis and the
    density strip as the lanes are scrolled."""
    band = view.lanes_band()
    top = lane.y - view.lanes_offset
    return band.top <= top + 0.5 and top + lane.height <= band.top + band.height + 0.5


NEEDS_ONE_COUNTRY = {
    "en": "Lanes by partner need one country: choose it in the filter bar, and no partner",
    "fr": "Les couloirs par partenaire demandent un pays\u00a0: choisissez-le dans la barre de"
    " filtres, sans partenaire",
    "ar": "تحتاج المسارات حسب الشريك إلى بلد واحد: اختره في حقول التصفية، دون شريك",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_lanes_by_partner_without_one_country_say_what_they_need(started_in, language):
    """View > Lanes > By partner with no country chosen left the one band as it was and
    said nothing. The status bar says what it needs, in the window's language; with
    Morocco chosen, it has a lane per partner."""
    window = started_in(language, (1366, 768))
    window.findChild(QAction, "lanes-partner").trigger()
    assert window.statusBar().currentMessage() == NEEDS_ONE_COUNTRY[language]
    assert len(window.timeline.current_layout().lanes) == 1
    window.filter_bar.first.set_code("MA")
    window.filter_bar.first.text_field().editingFinished.emit()
    assert len(window.timeline.current_layout().lanes) > 1
