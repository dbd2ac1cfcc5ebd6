"""Where lanes taller than the view rest as they scroll, and where the shown ones end."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from tests.render.test_layout import chronological, lay_out, make_event
from timeline.domain.period import Period
from timeline.render.lanes_scroll import (
    Rest,
    ScrolledLanes,
    lanes_band,
    pinned_title,
    scrolled_parts,
)
from timeline.render.shapes import Geometry

G = Geometry()


def _tall():
    """Six lanes of a month's visits laid out 900 pixels high, shown in 400."""
    first = date(2020, 1, 1)
    events = chronological([make_event(first + timedelta(days=day), 30) for day in range(0, 60, 2)])
    made = lay_out(events, Period.around(first, first + timedelta(days=60)), height=900, lanes=6)
    return made, lanes_band(made, 400, G)


def test_the_lanes_rest_on_a_lanes_or_a_rows_top_the_last_showing_their_end():
    """A lane's top at the band's top, or a row's under its lane's title (pinned there)."""
    made, band = _tall()
    assert band.top == made.axis_bottom + G.lane_gap
    assert band.height == 400 - band.top - (made.height - made.body_bottom)
    assert band.stops[0] == 0 and list(band.stops) == sorted(set(band.stops))
    for lane in made.lanes:  # each lane's title can rest at the lanes' top
        top = lane.rect.y - band.top
        assert top > band.most or any(abs(stop - top) < 1e-6 for stop in band.stops)
    assert band.stops[-1] >= band.most  # the end is shown at the last
    assert band.stops[-2] < band.most
    assert all(  # a row, and under a pinned title the next lane's title and its gap
        later - earlier <= G.row_height + 2 * G.lane_title_height + G.lane_gap
        for earlier, later in pairwise(band.stops)
    )
    tops = [lane.rect.y - band.top for lane in made.lanes]
    for stop in band.stops[1:-1]:
        if not any(abs(stop - top) < 1e-6 for top in tops):  # a row under a lane's title
            lane = max(top for top in tops if top < stop)
            assert (stop - lane) % G.row_height == pytest.approx(0)


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


def test_a_row_whose_label_runs_past_the_cut_is_not_shown_by_its_markers_alone():
    """Lanes by kind at 1600×900 (the 10,000-event database): a label wrapped from a row
    into the next crossed the lanes' lower edge, which moved up to that label's top. The
    row's markers stood there over nothing, every label of theirs cut away, a blank band
    under them. The edge moves up to the start of that row."""
    from timeline.render.index import Marker
    from timeline.render.lanes_scroll import LanesBand
    from timeline.render.rect import Rect
    from timeline.render.scale import TimeScale
    from timeline.render.shapes import EventShape, TimelineLayout

    top, rows = 100.0, 4
    starts = tuple(top + row * G.row_height for row in range(rows + 1))

    def shape(number: int, x: float, row: int, lines: int) -> EventShape:
        marker = Rect(x, starts[row] + G.marker_top, G.marker_size, G.marker_size)
        label = Rect(x, starts[row] + G.label_top, 200.0, G.label_height * lines)
        it = make_event(date(2020, 1, number), 1)
        return EventShape(it, Marker.POINT, marker, "title", label, 0, row)

    period = Period.around(date(2020, 1, 1), date(2020, 2, 1))
    made = TimelineLayout(600.0, 400.0, TimeScale(period, 0.0, 600.0, False), False, top)
    made.events = [shape(1, 50.0, 0, 1), shape(2, 50.0, 1, 1), shape(3, 300.0, 1, 2)]
    band = LanesBand(top, starts[-1], 80.0, (0.0,), starts)
    cut = band.cut(made, 0.0)
    assert cut in starts
    for shown in made.events:
        if shown.marker_rect.y < cut:
            assert shown.label_rect.bottom <= cut, "a marker shown has its whole label"


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


def _rows_of(parts):
    """The view's rows each part is drawn in."""
    return [(part.clip.y, part.clip.y + part.clip.height) for part in parts]


@pytest.mark.parametrize("stop", [0, 3, -1])
def test_a_scrolled_frame_is_drawn_in_parts_that_fill_the_view_once(stop):
    """The axis and the foot unmoved, the lanes moved up by the scroll down to their cut,
    the ground under the cut: every row of the view drawn by one part, in whole pixels."""
    made, band = _tall()
    offset = band.stops[stop]
    cut = band.cut(made, offset)
    parts = scrolled_parts(made, band, offset, cut, 600, 400)
    pinned = [part for part in parts if part.layout.lanes and not part.lanes]
    parts = [part for part in parts if part not in pinned]
    assert len(pinned) == (stop != 0)  # at a row's stop (3, the last) its lane's title
    rows = sorted(_rows_of(parts))
    assert rows[0][0] == 0 and rows[-1][1] == 400
    assert all(end == start for (_, end), (start, _) in pairwise(rows))
    lanes = [part for part in parts if part.lanes]
    assert len(lanes) == 1 and lanes[0].dy == -round(offset) and lanes[0].layout.events
    assert lanes[0].clip.y + lanes[0].clip.height == round(cut) - round(offset)
    axis = next(part for part in parts if part.clip.y == 0)
    assert axis.dy == 0 and not axis.layout.events and not axis.layout.lanes
    foot = max(parts, key=lambda part: part.clip.y)
    assert foot.dy == 400 - made.height and foot.layout.overview == made.overview
    assert all(part.clip.width == 600 for part in parts)


def test_the_scroll_rests_on_the_stop_nearest_as_the_frame_changes():
    """Another frame (another zoom level) keeps the lanes near where they were, on a stop
    of its own; asked again for the same frame, nothing changes."""
    made, band = _tall()
    lanes = ScrolledLanes()
    assert lanes.band(made, 400, G) == (band, Rest.NEW)
    assert lanes.band(made, 400, G) == (band, Rest.KEPT)
    assert lanes.scroll_to(band, 3) and not lanes.scroll_to(band, 3)
    assert lanes.bar(band)[:2] == (3, len(band.stops) - 1)
    lanes.scrolled += 1  # between stops, as another frame's would be
    _, rest = lanes.band(made, 401, G)
    assert rest is Rest.MOVED and lanes.scrolled in lanes.band(made, 401, G)[0].stops


def test_a_point_of_the_view_in_the_scrolled_frame():
    made, band = _tall()
    lanes = ScrolledLanes()
    lanes.band(made, 400, G)
    lanes.scroll_to(band, 2)
    assert lanes.in_frame(made, band, 400, band.top - 1) == band.top - 1  # the axis
    assert lanes.in_frame(made, band, 400, band.top + 1) == band.top + 1 + band.stops[2]
    assert lanes.in_frame(made, band, 400, 399) == 399 + made.height - 400  # the strip
    assert lanes.page_stop(band, 1) > 2 and lanes.page_stop(band, -1) == 0
    lanes.scroll_to(band, 3)  # a row's stop: under the title pinned over it lies its lane's
    number, dy = pinned_title(made, band, lanes.scrolled) or (None, 0)
    assert number is not None  # title, not the row above it (the title covers it)
    title = made.lanes[number].rect.y
    assert title <= lanes.in_frame(made, band, 400, band.top + 5) == band.top + 5 - dy
    assert lanes.in_frame(made, band, 400, band.top + G.lane_title_height + 5) == (
        band.top + G.lane_title_height + 5 + lanes.scrolled
    )


def test_a_lanes_title_is_pinned_at_the_top_while_its_rows_scroll_under_it():
    """Scrolled to a row inside a lane, the lane's title is drawn at the band's top, over
    the row above; at a lane's own top nothing is pinned (its title is there); as the
    lane's end comes up under the title, the title goes up with it."""
    made, band = _tall()
    tops = {round(lane.rect.y - band.top, 6): number for number, lane in enumerate(made.lanes)}
    for stop in band.stops:
        pinned = pinned_title(made, band, stop)
        if round(stop, 6) in tops or stop == 0:
            assert pinned is None
            continue
        assert pinned is not None
        number, dy = pinned
        lane = made.lanes[number].rect
        assert lane.y - round(stop) < band.top < lane.bottom - round(stop)  # shown in part
        assert dy == round(band.top - lane.y)  # the title at the band's top
        parts = scrolled_parts(made, band, stop, band.cut(made, stop), 600, 400)
        title = next(part for part in parts if part.layout.lanes and not part.lanes)
        assert title.clip.y == int(band.top) and title.clip.height == round(G.lane_title_height)
        assert title.dy == dy and not title.layout.events and not title.layout.connectors
    lane = made.lanes[1].rect
    ending = lane.bottom - band.top - 5  # five pixels of the lane left under the band's top
    number, dy = pinned_title(made, band, ending) or (None, 0)
    assert number == 1 and lane.y + dy + G.lane_title_height <= lane.bottom - round(ending)
    assert pinned_title(made, band, lane.bottom + G.lane_gap / 2 - band.top) is None  # a gap
