"""Where lanes taller than the view rest as they scroll, and where the shown ones end."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.render.test_layout import chronological, lay_out, make_event
from timeline.domain.period import Period
from timeline.render.lanes_scroll import lanes_band
from timeline.render.shapes import Geometry

G = Geometry()


def _tall():
    """Six lanes of a month's visits laid out 900 pixels high, shown in 400."""
    first = date(2020, 1, 1)
    events = chronological([make_event(first + timedelta(days=day), 30) for day in range(0, 60, 2)])
    made = lay_out(events, Period.around(first, first + timedelta(days=60)), height=900, lanes=6)
    return made, lanes_band(made, 400, G)


def test_the_lanes_rest_on_a_lanes_or_a_rows_top_the_last_showing_their_end():
    made, band = _tall()
    assert band.top == made.axis_bottom + G.lane_gap
    assert band.height == 400 - band.top - (made.height - made.body_bottom)
    assert band.stops[0] == 0 and list(band.stops) == sorted(set(band.stops))
    for lane in made.lanes:  # each lane's title can rest at the lanes' top
        top = lane.rect.y - band.top
        assert top > band.most or any(abs(stop - top) < 1e-6 for stop in band.stops)
    assert band.stops[-1] >= band.most  # the end is shown at the last
    assert band.stops[-2] < band.most
    assert all(
        later - earlier <= G.row_height + G.lane_title_height + G.lane_gap
        for earlier, later in zip(band.stops, band.stops[1:], strict=False)
    )


@pytest.mark.parametrize("offset", [0.0, 10.0, 77.0, 150.0])
def test_the_lanes_shown_end_before_a_label_the_edge_would_cut(offset):
    made, band = _tall()
    stop = band.stops[band.stop_at(offset)]
    cut = band.cut(made, stop)
    limit = band.top + stop + band.height
    assert limit - G.row_height - G.lane_title_height - G.lane_gap <= cut <= limit
    for shape in made.events:
        label = shape.label_rect
        assert label is None or label.bottom <= cut + 0.5 or label.y >= cut - 0.5


def test_a_frame_as_tall_as_the_view_has_one_stop_and_no_cut():
    made, _band = _tall()
    band = lanes_band(made, made.height, G)
    assert band.stops == (0.0,) and band.most == 0
    assert band.cut(made, 0.0) == made.body_bottom


def test_stops_from_and_at_an_offset():
    _made, band = _tall()
    middle = (band.stops[2] + band.stops[3]) / 2
    assert band.stop_at(middle) == 2 and band.stop_from(middle) == 3
    assert band.stop_at(band.stops[3]) == band.stop_from(band.stops[3]) == 3
    assert band.stop_from(1e9) == len(band.stops) - 1
