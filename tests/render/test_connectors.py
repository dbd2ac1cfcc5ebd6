"""Connectors: an agreement's steps and linked events joined on the timeline, by the layout
(mirrored in Arabic) and drawn by the one painter; what selecting an event highlights."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline.domain.agreements import AgreementStep
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.period import Period, day_number
from timeline.domain.status import EventStatus
from timeline.render.connectors import AGREEMENT, Ties
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.painter import TimelinePainter
from timeline.render.shapes import Geometry, TimelineLayout


def event(number: int, day: date, kind: EventKind, **extra: object) -> Event:
    return Event(
        kind=kind,
        countries=("KZ", "MA"),
        date=EventDate.on(day),
        title_en=f"Event {number}",
        id=number,
        **extra,  # type: ignore[arg-type]
    )


EVENTS = [
    event(1, date(2024, 9, 26), EventKind.AGREEMENT_SIGNED, agreement_id="visa",
          agreement_step=AgreementStep.SIGNED),
    event(2, date(2025, 2, 28), EventKind.OFFICIAL_VISIT),
    event(3, date(2025, 3, 19), EventKind.AGREEMENT_IN_FORCE, agreement_id="visa",
          agreement_step=AgreementStep.IN_FORCE),
    event(4, date(2025, 6, 1), EventKind.PHONE_CALL),
]  # fmt: skip
LINKS = [EventLink(4, 2, LinkKind.FOLLOW_UP_TO)]


def text_width(text: str) -> float:
    return 7.0 * len(text)


def laid_out(rtl: bool) -> TimelineLayout:
    cache = StackingCache(MemorySource([("", EVENTS)], text_width, "en", LINKS))
    period = Period(day_number(date(2024, 9, 1)), day_number(date(2025, 7, 1)))
    return layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))


def test_the_source_ties_an_agreements_steps_and_linked_events():
    ties = MemorySource([("", EVENTS)], text_width, "en", LINKS).ties()
    assert dict(ties.threads) == {"visa": (1, 3)}
    assert ties.related(3) == {1, 3}
    assert ties.related(2) == {2, 4}
    assert ties.related(None) == frozenset() and Ties().related(1) == frozenset()


@pytest.mark.parametrize("rtl", [False, True])
def test_connectors_follow_the_markers_mirrored_in_arabic(rtl):
    drawn = laid_out(rtl)
    kinds = {c.kind: c for c in drawn.connectors}
    assert set(kinds) == {AGREEMENT, LinkKind.FOLLOW_UP_TO.value}
    visa = kinds[AGREEMENT]
    assert visa.ends == (1, 3)
    signed_x, in_force_x = visa.points[0][0], visa.points[-1][0]
    # The signature comes first in time: on the left in English, on the right in Arabic.
    assert (signed_x < in_force_x) != rtl
    markers = {s.event.id: s.marker_rect for s in drawn.events}
    for end, (x, y) in zip(visa.ends, (visa.points[0], visa.points[-1]), strict=True):
        rect = markers[end]
        assert rect.x <= x <= rect.right and y == rect.y  # from each marker's top
    # The arc stays above its markers, within the room over their row.
    top = min(y for _x, y in visa.points)
    assert top < min(markers[1].y, markers[3].y)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_thread_with_a_step_out_of_view_runs_off_the_edge_towards_it(rtl):
    cache = StackingCache(MemorySource([("", EVENTS)], text_width, "en", LINKS))
    period = Period(day_number(date(2025, 1, 1)), day_number(date(2025, 7, 1)))
    drawn = layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))
    visa = next(c for c in drawn.connectors if c.kind == AGREEMENT)
    signed_x, in_force_x = visa.points[0][0], visa.points[-1][0]
    assert 0 <= in_force_x <= 1000  # the entry into force, in view
    assert (signed_x > 1000) if rtl else (signed_x < 0)  # the signature, before the view


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("off_view", [False, True])
def test_a_connector_leaves_a_long_bar_at_the_end_towards_its_other_event(rtl, off_view):
    """An agreement signed "May 2024" (a month's bar) and in force on 28 August: at a
    month's zoom the connector left the bar's middle and ran along its top to its end, a
    second edge over it. It leaves the bar half a marker in from the end facing its other
    event, in view or not."""
    signed = replace(EVENTS[0], date=EventDate(FuzzyDate(2024, 5)))
    in_force = replace(EVENTS[2], date=EventDate.on(date(2024, 8, 28)))
    cache = StackingCache(MemorySource([("", [signed, in_force])], text_width, "en"))
    last = date(2024, 6, 10) if off_view else date(2024, 9, 10)
    period = Period(day_number(date(2024, 4, 20)), day_number(last))
    drawn = layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))
    (visa,) = drawn.connectors
    bar = next(shape.marker_rect for shape in drawn.events if shape.event.id == signed.id)
    assert bar.width > 200
    leaving = visa.points[0][0]
    near_end = bar.x if rtl else bar.right  # time runs leftwards in Arabic
    assert abs(leaving - near_end) == pytest.approx(5.0)  # half a marker in


@pytest.mark.parametrize("rtl", [False, True])
def test_a_connector_leaves_a_bar_cut_by_the_views_edge_in_view(rtl):
    """May 2024's signature seen from April to 20 May, its entry into force beyond: from
    the bar's end past the view's edge the connector was not seen at all. It leaves the
    bar half a marker inside the edge, towards the entry into force."""
    signed = replace(EVENTS[0], date=EventDate(FuzzyDate(2024, 5)))
    in_force = replace(EVENTS[2], date=EventDate.on(date(2024, 8, 28)))
    cache = StackingCache(MemorySource([("", [signed, in_force])], text_width, "en"))
    period = Period(day_number(date(2024, 4, 1)), day_number(date(2024, 5, 21)))
    drawn = layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))
    (visa,) = drawn.connectors
    leaving = visa.points[0][0]
    assert leaving == pytest.approx(5.0 if rtl else 995.0)


def test_the_painter_draws_a_highlighted_thread_in_the_selection_colour(qapp):
    drawn = laid_out(False)
    painter_ = TimelinePainter()
    selection = painter_.theme.selection

    def blue_pixels(highlighted: frozenset[int]) -> int:
        image = QImage(1000, 400, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        painter_.paint(painter, drawn, DateFormat(), None, None, highlighted)
        painter.end()
        visa = next(c for c in drawn.connectors if c.kind == AGREEMENT)
        x0, x1 = sorted((visa.points[0][0], visa.points[-1][0]))
        return sum(
            image.pixelColor(x, y) == selection
            for x in range(int(x0) + 20, int(x1) - 20, 3)
            for y in range(int(drawn.axis_bottom), int(drawn.axis_bottom) + 30)
        )

    assert blue_pixels(frozenset()) == 0
    assert blue_pixels(frozenset({1, 3})) > 20


@pytest.mark.parametrize("rtl", [False, True])
def test_a_meeting_within_an_assembly_is_bracketed_on_the_side_time_comes_from(rtl):
    assembly = replace(
        event(10, date(2025, 4, 5), EventKind.MULTILATERAL_GATHERING),
        date=EventDate(
            FuzzyDate.from_date(date(2025, 4, 5)), FuzzyDate.from_date(date(2025, 4, 9))
        ),
    )
    meeting = event(11, date(2025, 4, 8), EventKind.SIDELINE_MEETING)
    link = EventLink(11, 10, LinkKind.ON_SIDELINES_OF)
    cache = StackingCache(MemorySource([("", [assembly, meeting])], text_width, "en", [link]))
    period = Period(day_number(date(2025, 4, 1)), day_number(date(2025, 4, 13)))
    drawn = layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))
    (bracket,) = drawn.connectors
    rects = {s.event.id: s.marker_rect for s in drawn.events}
    outer = bracket.points[1][0]  # where the bracket reaches out to
    if rtl:  # from each marker's right (its start), out beyond both
        assert [x for x, _y in (bracket.points[0], bracket.points[-1])] == [
            rects[11].right,
            rects[10].right,
        ]
        assert outer > max(rect.right for rect in rects.values())
    else:
        assert [x for x, _y in (bracket.points[0], bracket.points[-1])] == [
            rects[11].x,
            rects[10].x,
        ]
        assert outer < min(rect.x for rect in rects.values())


@pytest.mark.parametrize("rtl", [False, True])
def test_a_bracket_near_the_far_edge_goes_round_the_other_side_of_labels_set_before_it(rtl):
    """A briefing two pages wide in English: the IPU assembly's label, set before its box
    at the part's edge, had the bracket to its sideline meeting drawn through 'Union'."""
    assembly = replace(
        event(10, date(2025, 4, 5), EventKind.MULTILATERAL_GATHERING),
        title_en="150th Assembly of the Inter-Parliamentary Union",
        date=EventDate(
            FuzzyDate.from_date(date(2025, 4, 5)), FuzzyDate.from_date(date(2025, 4, 9))
        ),
    )
    meeting = replace(
        event(11, date(2025, 4, 8), EventKind.SIDELINE_MEETING),
        title_en="Ould Errachid and Koshanov hold talks on the sidelines of IPU-150",
    )
    link = EventLink(11, 10, LinkKind.ON_SIDELINES_OF)
    cache = StackingCache(MemorySource([("", [assembly, meeting])], text_width, "en", [link]))
    period = Period(day_number(date(2025, 3, 1)), day_number(date(2025, 4, 11)))
    drawn = layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions(rtl=rtl))
    (bracket,) = drawn.connectors
    labels = [s.label_rect for s in drawn.events if s.label_rect is not None]
    assert len(labels) == 2
    (x, one), (_x, other) = bracket.points[1], bracket.points[2]
    top, bottom = sorted((one, other))
    assert 0 <= x <= drawn.width
    for label in labels:
        crossed = label.x < x < label.right and label.y < bottom and top < label.bottom
        assert not crossed, (x, label)


KINDS = [EventKind.OFFICIAL_VISIT, EventKind.PHONE_CALL, EventKind.AGREEMENT_SIGNED]


def linked_band(count: int) -> MemorySource:
    """``count`` events of one pair over 2024, titles of two to eight words, and ``count``/4
    links between them drawn at random (as benchmarks/print_links_bench.py builds them)."""
    import random
    from datetime import timedelta

    rng = random.Random(1)
    events = [
        Event(
            kind=rng.choice(KINDS),
            countries=("KZ", "MA"),
            date=EventDate.on(date(2024, 1, 1) + timedelta(days=rng.randrange(365))),
            title_en=" ".join([f"word{rng.randrange(99)}"] * rng.randrange(2, 9)),
            id=number + 1,
        )
        for number in range(count)
    ]
    links = [
        EventLink(rng.randrange(1, count + 1), rng.randrange(1, count + 1), LinkKind.FOLLOW_UP_TO)
        for _ in range(count // 4)
    ]
    links = [link for link in links if link.source != link.target]
    return MemorySource([("", events)], lambda text: 6.0 * len(text), "en", links)


def test_a_printed_band_of_many_linked_events_tries_a_bounded_number_of_trades(count_calls):
    """Each trade of rows places every connector again: a band of hundreds of linked
    events printed in minutes while every crossed label tried every event of its day."""
    from timeline.render import layout as layout_module
    from timeline.render.print_rows import SWAP_TRIALS
    from timeline.render.shapes import Geometry

    source = linked_band(500)
    placed = count_calls(layout_module, "place_connectors")
    options = LayoutOptions(
        whole_labels=True,
        geometry=Geometry.for_print(),
        covered_from=day_number(date(2024, 10, 1)),
    )
    period = Period(day_number(date(2024, 1, 1)), day_number(date(2025, 1, 1)))
    layout(StackingCache(source), period, 4000.0, 20000.0, lambda t: 6.0 * len(t), options)
    assert 1 <= len(placed) <= 2 + 2 * SWAP_TRIALS


def bezier_points(curve: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
    """Points along a connector's cubic segments, 24 steps each, one at a time."""
    points = []
    for at in range(0, len(curve) - 1, 3):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve[at : at + 4]
        for step in range(25):
            t = step / 24
            u = 1 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


@pytest.mark.parametrize("rtl", [False, True])
def test_the_labels_found_crossed_are_those_a_point_of_another_events_connector_lies_in(rtl):
    """crossed_labels tests every label against every connector at once (numpy), first by
    their bounds: it finds what testing each point of each connector against each label
    finds, for a whole band and for one label at a time (as the printed rows ask)."""
    from timeline.render.connectors import crossed_labels
    from timeline.render.shapes import Geometry

    options = LayoutOptions(rtl=rtl, geometry=Geometry.for_print())  # labels left unmoved
    period = Period(day_number(date(2024, 1, 1)), day_number(date(2025, 1, 1)))
    band = linked_band(120)
    result = layout(StackingCache(band), period, 2400.0, 4000.0, lambda t: 6.0 * len(t), options)
    expected = {
        shape.event.id
        for connector in result.connectors
        for shape in result.events
        if shape.label_rect is not None
        and shape.event.id not in connector.ends
        and any(shape.label_rect.contains(x, y) for x, y in bezier_points(connector.points))
    }
    assert len(expected) >= 5
    assert crossed_labels(result.events, result.connectors) == expected
    one_at_a_time = {n for s in result.events for n in crossed_labels([s], result.connectors)}
    assert one_at_a_time == expected


def test_a_connector_along_a_labels_edge_crosses_it_but_not_its_own_ends_labels():
    """Edges included, as Rect.contains: a straight connector (a cubic segment with its
    controls on its ends) along the bottom of one label and touching the edge or corner of
    others crosses them; the label of one of its own ends it runs through is not crossed."""
    from timeline.render.connectors import ConnectorShape, crossed_labels
    from timeline.render.index import Marker
    from timeline.render.rect import Rect
    from timeline.render.shapes import EventShape

    def shape(number: int, label: Rect) -> EventShape:
        marker = Rect(label.x, label.y - 10.0, 10.0, 10.0)
        it = event(number, date(2024, 1, number), EventKind.PHONE_CALL)
        return EventShape(it, Marker.POINT, marker, "title", label, 0, 0)

    shapes = [
        shape(1, Rect(40.0, -10.0, 20.0, 10.0)),  # its bottom edge at the connector's height
        shape(2, Rect(100.0, 0.0, 20.0, 10.0)),  # its top left corner at the connector's end
        shape(3, Rect(20.0, -5.0, 30.0, 10.0)),  # run through, but an end of the connector
        shape(4, Rect(40.0, 0.5, 20.0, 10.0)),  # half a pixel under it
        shape(5, Rect(-20.0, -5.0, 20.0, 10.0)),  # its right edge at the connector's start
    ]
    # At the height of 0 every point of the curve lies exactly on the line, whatever its
    # weights at each step add up to in floating point.
    line = ((0.0, 0.0), (100.0, 0.0), (100.0, 0.0), (100.0, 0.0))
    straight = ConnectorShape("follow_up_to", (3, 9), line)
    assert crossed_labels(shapes, [straight]) == {1, 2, 5}
    alone = [crossed_labels([one], [straight]) for one in shapes]
    assert alone == [{1}, {2}, set(), set(), {5}]


def test_an_arcs_way_down_keeps_clear_of_markers_listed_in_any_order():
    """The stretches clear of markers between an arc's rows are found from the markers in
    the order of their place, not the layout's. Here the layout lists the lower end, then
    a meeting near it, the upper end and, last, a marker half way: taken in that order, the
    way down went through the marker half way, at the start of the meeting's label (no
    label crossed there)."""
    from timeline.render.connectors import place_connectors
    from timeline.render.index import Marker
    from timeline.render.rect import Rect
    from timeline.render.scale import TimeScale
    from timeline.render.shapes import EventShape, Geometry

    g = Geometry()

    def shape(number: int, x: float, row: int, label: Rect | None = None) -> EventShape:
        marker = Rect(x, row * g.row_height + g.marker_top, g.marker_size, g.marker_size)
        it = event(number, date(2024, 1, number), EventKind.PHONE_CALL)
        return EventShape(it, Marker.POINT, marker, "title", label, 0, row)

    meeting_label = Rect(211.0, g.row_height + g.label_top, 177.0, g.label_height)
    events = [
        shape(2, 395.0, 3),  # the lower end
        shape(3, 390.0, 1, meeting_label),  # a meeting, its label before its marker
        shape(1, 95.0, 0),  # the upper end
        shape(4, 200.0, 2),  # half way
    ]
    period = Period(day_number(date(2024, 1, 1)), day_number(date(2024, 2, 1)))
    result = TimelineLayout(600.0, 300.0, TimeScale(period, 0.0, 600.0, False), False, 0.0)
    result.events = events
    ties = Ties(links=[EventLink(1, 2, LinkKind.FOLLOW_UP_TO)])
    (arc,) = place_connectors(result, ties, g)
    others = [shape.marker_rect for shape in events if shape.event.id not in (1, 2)]
    points = bezier_points(arc.points)
    assert not [(x, y) for x, y in points for rect in others if rect.contains(x, y)]
    assert not [(x, y) for x, y in points if meeting_label.contains(x, y)]


def _arc_to_a_marker_under_a_label(lower_x: float, rtl: bool):
    """The sample at 800×500: the visa waiver's signature (its label 320 wide) and, a row
    lower at ``lower_x`` in reading order, its entry into force. The arc's points, the
    label, where a box at a reading-order x stands, and the lower marker."""
    from timeline.render.connectors import place_connectors
    from timeline.render.index import Marker
    from timeline.render.rect import Rect
    from timeline.render.scale import TimeScale
    from timeline.render.shapes import EventShape, Geometry

    g = Geometry()

    def placed(x: float, width: float) -> float:
        """Where a box ``width`` wide at ``x`` in reading order stands."""
        return 600.0 - x - width if rtl else x

    signed_label = Rect(placed(95.0, 320.0), g.label_top, 320.0, g.label_height)

    def shape(number: int, x: float, row: int, label: Rect | None = None) -> EventShape:
        top = row * g.row_height + g.marker_top
        marker = Rect(placed(x, g.marker_size), top, g.marker_size, g.marker_size)
        it = event(number, date(2024, 1, number), EventKind.AGREEMENT_SIGNED)
        return EventShape(it, Marker.POINT, marker, "title", label, 0, row)

    events = [shape(1, 95.0, 0, signed_label), shape(2, lower_x, 1)]
    period = Period(day_number(date(2024, 1, 1)), day_number(date(2024, 2, 1)))
    result = TimelineLayout(600.0, 300.0, TimeScale(period, 0.0, 600.0, rtl), rtl, 0.0)
    result.events = events
    (arc,) = place_connectors(result, Ties({"visa": (1, 2)}), g)
    return bezier_points(arc.points), signed_label, placed, events[1].marker_rect


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("lower_x", [150.0, 380.0])
def test_an_arc_down_to_a_marker_under_a_label_goes_round_the_labels_nearer_end(lower_x, rtl):
    """The entry into force stood under its signature's label, and the way down to it ran
    through "waiver | agreement". Every place between the two markers crossed that label:
    the way down goes past its nearer end, beside the signature's marker where the label
    begins, then on to the marker. Round the label's far end, the arc framed its words on
    three sides. Mirrored in Arabic, the label ending where its marker does."""
    points, signed_label, placed, _lower = _arc_to_a_marker_under_a_label(lower_x, rtl)
    assert not [(x, y) for x, y in points if signed_label.contains(x, y)]
    reading = [placed(x, 0.0) for x, _y in points]
    assert max(reading) <= lower_x + Geometry().marker_size  # not out past the label's far end
    assert min(reading) >= 0


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("lower_x", [150.0, 380.0])
def test_an_arc_on_to_a_marker_under_a_label_does_not_underline_the_label(lower_x, rtl):
    """Past the label's near end, the arc ran on to the lower marker in the room above its
    row, a pixel or two under the label's words: "Visite à Rabat…" (the French sample at
    fit-all) read as underlined by the visa waiver's thread. It runs on level with the
    marker's middle, into its side."""
    points, label, _placed, lower = _arc_to_a_marker_under_a_label(lower_x, rtl)
    under = [
        (x, y)
        for x, y in points
        if label.x < x < label.right and label.bottom < y < label.bottom + 6.0
    ]
    assert not under
    middle = lower.y + lower.height / 2
    assert points[-1][1] == pytest.approx(middle)
    assert points[-1][0] == pytest.approx(lower.right if rtl else lower.x)


@pytest.mark.parametrize("others", [0, 20])
def test_crossed_labels_are_those_a_connector_between_two_others_runs_through(others):
    """Looked at label by label for a few (a label or two just moved), or for many at once
    among those near the connector's way: the same labels either way."""
    from timeline.render.connectors import ConnectorShape, crossed_labels
    from timeline.render.index import Marker
    from timeline.render.rect import Rect
    from timeline.render.shapes import EventShape

    def shape(number: int, x: float, y: float) -> EventShape:
        marker = Rect(x - 5, y - 10, 10, 10)
        return EventShape(EVENTS[0], Marker.POINT, marker, "", Rect(x, y, 60, 15), 0, 0)._replace(
            event=replace(EVENTS[0], id=number)
        )

    down = ConnectorShape("follow-up-to", (1, 3), ((100, 0), (100, 60), (100, 140), (100, 200)))
    shapes = [shape(1, 100, 0), shape(2, 70, 90), shape(3, 100, 200), shape(4, 120, 90)]
    shapes += [shape(10 + n, 300 + 70 * (n % 5), 30 * (n // 5)) for n in range(others)]
    assert crossed_labels(shapes, [down]) == {2}
    assert crossed_labels(shapes, []) == set()


def _near(seen: QColor, colour: QColor) -> bool:
    """Of ``colour``, antialiased on white at worst by half."""
    return all(
        abs(a - b) <= (255 - b) / 2
        for a, b in zip(seen.getRgb()[:3], colour.getRgb()[:3], strict=True)
    )


@pytest.mark.parametrize("status", [EventStatus.CANCELLED, EventStatus.HELD])
def test_a_step_to_a_cancelled_event_is_dashed_as_a_step_not_taken(qapp, status):
    """With cancelled events shown, a cancelled entry into force was joined to its signing
    by the agreement's solid line: read as an agreement in force. Its connector is dashed
    (the painter, the screen's and every export's), in the agreement's colour still."""
    steps = [replace(e, status=status) if e.id == 3 else e for e in EVENTS]
    cache = StackingCache(MemorySource([("", steps)], text_width, "en", LINKS))
    period = Period(day_number(date(2024, 9, 1)), day_number(date(2025, 7, 1)))
    drawn = layout(cache, period, 1000.0, 400.0, text_width, LayoutOptions())
    visa = next(c for c in drawn.connectors if c.kind == AGREEMENT)
    assert visa.cancelled == (status is EventStatus.CANCELLED)
    painter_ = TimelinePainter()
    image = QImage(1000, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter_.paint(painter, drawn, DateFormat(), None, None, frozenset())
    painter.end()
    colour = painter_._kind_colours[EventKind.AGREEMENT_SIGNED]
    start = int(visa.points[0][0])
    top = int(min(y for _x, y in visa.points))
    inked = [
        any(_near(image.pixelColor(x, y), colour) for y in range(top - 3, top + 4))
        for x in range(start + 20, start + 300)  # short of the visit's marker, drawn over it
    ]
    # Along the arc's flat top: unbroken when solid, a gap every few pixels when dashed.
    assert all(inked) == (status is not EventStatus.CANCELLED)
