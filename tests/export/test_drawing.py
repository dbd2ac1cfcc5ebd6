"""A printed timeline several pages wide: each label whole on one page, no "…" anywhere,
callouts in a key on the page that numbers them."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations_with_replacement, pairwise
from statistics import mode

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QPicture

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import rtl
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number, day_of
from timeline.export.drawing import TimelineDrawing, page_periods
from timeline.io.sample import sample_events
from timeline.render.axis import (
    Unit,
    hijri_days,
    hijri_months,
    hijri_spans,
    hijri_years,
    intervals,
    week_shown,
)
from timeline.render.index import Marker, MemorySource
from timeline.render.labels import LabelStyle, reading_span
from timeline.render.layout import misplaced_labels
from timeline.render.shapes import LABEL_PAD, Geometry, TickShape, TimelineLayout


def printed(
    events: list[Event],
    fmt: DateFormat,
    size: tuple[float, float],
    pages: int,
    *,
    legend: bool = False,
) -> TimelineDrawing:
    """``events`` printed ``pages`` wide in ``size``, every character 7 wide: where labels
    go, not how a font draws them."""
    source = MemorySource.single(events, lambda text: 7.0 * len(text), fmt.language)
    return TimelineDrawing(source, fmt, QSizeF(*size), pages=pages, legend=legend)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("pages", [1, 2, 3])
def test_every_printed_label_is_whole_and_on_one_page(qapp, language, pages):
    events = [replace(e, id=n) for n, e in enumerate(sample_events(), start=1)]
    fmt = DateFormat(language)
    drawing = printed(events, fmt, (1000, 800), pages, legend=True)
    assert len(drawing.layouts) == pages
    labelled: set[int] = set()
    for page in drawing.layouts:
        for shape in page.events:
            if shape.label_rect is None:
                continue
            rect = shape.label_rect
            assert rect.x >= 0 and rect.right <= page.width, "no label crosses a page join"
            assert not any("…" in line for line in shape.lines)
            if shape.callout is None:
                assert " ".join(shape.lines) == shape.event.title(language)
            else:
                key = {entry.number: " ".join(entry.lines) for entry in page.key}
                assert key[fmt.digits(str(shape.callout))] == shape.event.title(language)
            labelled.add(shape.event.id)
    assert labelled == {e.id for e in events}, "every event is labelled on some page"


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("timeline", ["sample", "sample pair", "dense pair"])
def test_taped_no_axis_label_is_cut_at_a_join(qapp, language, pages, timeline):
    """Taped, a part covers the one before it from its own start on (its grey says so): an
    axis label there is whole on one side of that edge, or not on that part ("محرم 1447"
    read "محرم 447" on the Arabic sample three pages wide). Only a span too narrow for its
    label on either side of the edge keeps it across, named by neither part: each page is
    read on its own too, and names every span it shows whole. The end of the part before
    lies under a part: no label need keep clear of it."""
    events = timeline_events(timeline)
    drawing = printed(events, DateFormat(language), (1031, 500), pages)
    parts = [part.scale.period for part in drawing.layouts]
    for number, part in enumerate(drawing.layouts):
        labelled = [t for t in part.ticks if t.label]
        assert all(t.label_rect.x >= 0 and t.label_rect.right <= part.width for t in labelled)
        if number + 1 == len(parts):
            continue
        x = part.scale.x(parts[number + 1].start)
        named = {(t.tier, t.start) for t in drawing.layouts[number + 1].ticks if t.label}
        cut = [
            t.label
            for t in labelled
            if t.label_rect.x < x < t.label_rect.right
            and could_stay_clear(part, t, x, (t.tier, t.start) in named)
        ]
        assert not cut, (number, x, cut)


def could_stay_clear(part: TimelineLayout, tick: TickShape, x: float, named: bool) -> bool:
    """Whether a tick's label could stay clear of a join at ``x``: a neighbour names its
    span (``named``), or the label (7 a character, half the padding beside a join) fits its
    span in view on one side."""
    if named:
        return True
    period = part.scale.period
    low, high = sorted(
        part.scale.x(day) for day in (max(tick.start, period.start), min(tick.end, period.end))
    )
    return max(x - low, high - x) >= 7.0 * len(tick.label) + LABEL_PAD / 2


#: Every form of label of the axis spans, by (start, end) day.
SpanForms = dict[tuple[float, float], list[tuple[str, ...]]]


def axis_forms(part: TimelineLayout, fmt: DateFormat) -> SpanForms:
    """Every form of label a part's axis could give each span it marks, by (start, end):
    worked out once a part, not once a tier, as the spans of decades of days are many. Days
    (Gregorian or Hijri) only where a tick spans one day: no other tick can be one of them.
    Hijri days as a part taped beside another names them, months as it or a part alone."""
    scale = part.scale
    days = any(tick.end - tick.start == 1 for tick in part.ticks)
    units = [unit for unit in Unit if days or unit is not Unit.DAY]
    spans = [
        iv for unit in units for major in (True, False) for iv in intervals(scale, unit, fmt, major)
    ]
    hijri = [*hijri_months(scale, fmt, alone=False), *hijri_months(scale, fmt)]
    spans += [*(hijri_days(scale, fmt, alone=False) if days else ()), *hijri]
    spans += hijri_years(scale, fmt)
    spans += [span for years in (10, 100) for span in hijri_spans(scale, fmt, years)]
    forms: SpanForms = {}
    for span in spans:
        forms.setdefault((span.start, span.end), []).append(span.forms)
    # A week cut by the part's edges or where the next part covers it, named by its days
    # there (:func:`week_shown`).
    edges = [scale.period.start, scale.period.end]
    edges += [scale.day(part.covered_x)] if part.covered_x is not None else []
    for week in intervals(scale, Unit.WEEK, fmt, major=False):
        if any(week.start < edge < week.end for edge in edges):
            first, last = day_of(week.start), day_of(week.end - 1)
            days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
            for one, other in combinations_with_replacement(days, 2):
                cut = week_shown(week, one, other, fmt).forms
                forms[(week.start, week.end)].append(cut)
    return forms


def tier_forms(part: TimelineLayout, forms_by_span: SpanForms, tier: int) -> set[int]:
    """The forms of label (0 the longest) that every label of a part's axis tier reads as:
    empty if the tier mixes them ("Jum. I 1446" beside "Jumada al-Akhirah 1446")."""
    most = max((len(f) for forms in forms_by_span.values() for f in forms), default=1)
    common = set(range(most))
    for tick in (t for t in part.ticks if t.tier == tier and t.label):
        forms = forms_by_span.get((tick.start, tick.end), [])
        common &= {n for f in forms for n in range(most) if f[min(n, len(f) - 1)] == tick.label}
    return common


def timeline_events(timeline: str) -> list[Event]:
    """The whole sample, its Morocco–Kazakhstan pair, or a dense pair over AE–NG's years in
    events-10000."""
    events = [replace(e, id=n) for n, e in enumerate(sample_events(), start=1)]
    if timeline == "sample pair":
        return [e for e in events if {"MA", "KZ"} <= set(e.countries)]
    if timeline == "dense pair":
        return pair_over(1979, 2030, 2600)
    return events


def events_span(events: list[Event]) -> tuple[float, float]:
    """The day number the first event starts on and the one after the last one ends."""
    first = min(day_number(event.date.earliest()) for event in events)
    return first, max(day_number(event.date.latest()) for event in events) + 1


def pair_over(first: int, last: int, count: int) -> list[Event]:
    """A pair's ``count`` events on random days from year ``first`` to ``last``."""
    rng = random.Random(first)
    span = (date(last, 12, 31) - date(first, 1, 1)).days
    days = sorted(date(first, 1, 1) + timedelta(days=rng.randrange(span)) for _ in range(count))
    return [
        Event(
            EventKind.OFFICIAL_VISIT, ("AE", "NG"), EventDate.on(day), title_en=f"Visit {n}", id=n
        )
        for n, day in enumerate(days, start=1)
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("pages", [2, 3])
def test_a_badge_the_next_part_covers_keeps_short_of_its_dashed_line(qapp, language, pages):
    """Printed days across, the "+3" of 28 December 2019 stood 20 points over the dashed
    line where the next part begins, in the page's grey: a badge the cover cuts is
    narrowed to end before it (its count still fits) or moved back, clear of the labels,
    markers and badges before it."""
    rng = random.Random(34)
    first = date(2019, 12, 1)
    events = [
        Event(
            EventKind.OFFICIAL_VISIT,
            ("AE", "NG"),
            EventDate.on(first + timedelta(days=day)),
            title_en=f"Visit {day}-{n}",
        )
        for day in range(40)
        for n in range(rng.choice([0, 2, 6, 12]))
    ]
    events = [replace(event, id=n) for n, event in enumerate(events, start=1)]
    drawing = printed(events, DateFormat(language), (1000, 400), pages)
    cut = 0
    for part in drawing.layouts[:-1]:
        edge = part.covered_x
        taken = [s.marker_rect for s in part.events] + [s.label_rect for s in part.events]
        for number, cluster in enumerate(part.clusters):
            badge = cluster.rect
            if cluster.first_day >= part.scale.day(edge) - 3:
                cut += 1
            assert not badge.x < edge < badge.right, (cluster.count, badge, edge)
            assert badge.width >= badge.height
            others = [rect for rect in taken if rect is not None]
            others += [c.rect for c in part.clusters[:number]]
            assert not any(badge.intersects(rect) for rect in others), badge
    assert cut, "badges stand beside a cover"


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("timeline", ["sample", "sample pair", "dense pair"])
def test_taped_every_axis_tier_reads_in_one_form(qapp, language, pages, timeline):
    """A label a join makes take a shorter form takes the whole tier with it, on every
    part: taped, the strip reads as one axis (the English sample three pages wide read
    "Jum. I 1446" beside "Jumada al-Akhirah 1446", the Arabic Morocco–Kazakhstan briefing
    "شعبان" beside "رجب 1446"). The dense pair spans AE–NG's years in events-10000."""
    events = timeline_events(timeline)
    fmt = DateFormat(language)
    drawing = printed(events, fmt, (1031.95, 276.6), pages)
    forms_by_span = [axis_forms(part, fmt) for part in drawing.layouts]
    for tier in (0, 1, 2):
        forms = [
            tier_forms(part, spans, tier)
            for part, spans in zip(drawing.layouts, forms_by_span, strict=True)
        ]
        assert set.intersection(*forms), (tier, forms)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_taped_no_event_label_runs_under_the_next_part(qapp, language):
    """The next part taped over a part covers it from its own start on: a label there is
    whole before that join, or hidden whole after it (the next part labels it too)."""
    for events in ([replace(e, id=n) for n, e in enumerate(sample_events(), start=1)],
                   random_events(3, 100)):  # fmt: skip
        drawing = printed(events, DateFormat(language), (1031, 500), 3)
        parts = drawing.layouts
        for part, following in pairwise(parts):
            x = part.scale.x(following.scale.period.start)
            cut = [
                shape.label
                for shape in part.events
                if shape.label_rect
                and shape.label_rect.x < x - 1e-6
                and shape.label_rect.right > x + 1e-6
            ]
            assert not cut, (x, cut)


def random_events(seed: int, count: int) -> list[Event]:
    """A pair's events on random days of twenty years, titles of random lengths."""
    rng = random.Random(seed)
    days = sorted(date(2000, 1, 1) + timedelta(days=rng.randrange(7300)) for _ in range(count))
    return [
        Event(
            rng.choice(list(EventKind)),
            ("AE", "NG"),
            EventDate.on(day),
            title_en="Visit " + "x" * rng.randrange(10, 50),
            id=number,
        )
        for number, day in enumerate(days, start=1)
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_marker_a_part_draws_carries_its_label_or_its_number(qapp, language):
    """Near a part's far edge, where the label before runs up to a marker (the AE–NG pair
    three pages wide): never a marker alone, which nobody can hover on paper."""
    for seed in range(20):
        drawing = printed(random_events(seed, 100), DateFormat(language), (1000, 500), 3)
        for number, part in enumerate(drawing.layouts):
            alone = [shape.event.id for shape in part.events if shape.label_rect is None]
            assert not alone, (seed, number, alone)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_read_page_by_page_no_marker_stands_cut_at_a_parts_far_edge(qapp, language):
    """A marker that starts where the next part covers a part is drawn whole, labelled, on
    the next part alone: read page by page, the Morocco-Senegal pair three pages wide had
    markers cut in half at the paper's edge, numbered, their key repeating the next page."""
    for events in (pair_over(1979, 2030, 300), random_events(3, 100)):
        drawing = printed(events, DateFormat(language), (1000, 500), 3)
        for number, (part, following) in enumerate(pairwise(drawing.layouts)):
            x = part.scale.x(following.scale.period.start)
            under = [
                shape.event.id
                for shape in part.events
                if (shape.marker_rect.right <= x if language == "ar" else shape.marker_rect.x >= x)
            ]
            assert not under, (number, under)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_event_is_counted_on_one_page_where_the_next_part_covers_it(qapp, language):
    """A part's badges count only the hidden events that start before the next part covers
    it, as its rows show only those: every country three pages wide, the badges beside the
    joins counted 75 events that the next page counted again. Each one-day event is shown
    or counted on exactly one page."""
    events = pair_over(1979, 2030, 2000)
    drawing = printed(events, DateFormat(language), (1000, 400), 3)
    pages_of: dict[int, int] = {}
    for part in drawing.layouts:
        assert part.clusters, "the parts hide events behind badges"
        counted = [shape.event.id for shape in part.events]
        counted += [event_id for cluster in part.clusters for event_id in cluster.event_ids]
        for event_id in counted:
            pages_of[event_id] = pages_of.get(event_id, 0) + 1
    assert sorted(pages_of) == [event.id for event in events]
    assert set(pages_of.values()) == {1}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_part_leaves_what_the_next_part_covers_pale_and_unnamed(qapp, language):
    """Read on its own, page 3 of three showed December and January under 2022 empty, their
    events on page 4: the end of a part that the next part covers, taped over it, is
    grey down its axis and lanes, and its axis names nothing that starts there."""
    drawing = printed(pair_over(2015, 2026, 300), DateFormat(language), (1000, 500), 3)
    assert drawing.layouts[-1].covered_x is None
    for number, (part, following) in enumerate(pairwise(drawing.layouts)):
        cover = following.scale.period.start
        assert part.covered_x == pytest.approx(part.scale.x(cover))
        assert not [tick.label for tick in part.ticks if tick.label and tick.start >= cover]
        # Gregorian spans: a Hijri month that begins the next part takes its year there,
        # which may not fit, and stays here, past the cover.
        middles = [
            (t.label, t.label_rect.x + t.label_rect.width / 2) for t in part.ticks if t.tier < 2
        ]
        past = [
            label
            for label, middle in middles
            if label and (middle < part.covered_x if language == "ar" else middle > part.covered_x)
        ]
        assert not past, "a span the cover cuts is named before it, or on the next page"
        image = QImage(1000, 500, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        drawing.paint(painter, number)
        painter.end()
        lanes = range(int(part.axis_bottom) + 4, int(part.lanes[0].rect.bottom) - 4, 7)
        covered = (part.covered_x + 8, part.covered_x - 8)[language == "ar"]
        clear = (part.covered_x - 40, part.covered_x + 40)[language == "ar"]
        assert _ground(image, clear, lanes) == 255
        assert _ground(image, covered, lanes) < 245


def _ground(image: QImage, x: float, ys: range) -> int:
    """The commonest lightness down ``ys`` a few pixels either side of ``x``: the ground
    there, not a grid line, a marker, a badge or a label."""
    xs = range(int(x) - 3, int(x) + 4)
    return mode(image.pixelColor(column, y).lightness() for column in xs for y in ys)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_printed_label_never_lies_under_another_events_marker(qapp, language):
    """Qatar in June 2021: the agreement of 27 June stood before its marker under the
    official visit's bar of 19–26 June, read as its label, a row below empty (the Emirates
    and Nigeria's agreement of 30 June 2020 under a visit of 21–29 June). Set before its
    marker, a printed label goes back no further than the marker before it in its row, as
    on screen: beside it, wrapped, in another row, or numbered."""
    from timeline.domain.period import asked_days

    visit = Event(
        EventKind.OFFICIAL_VISIT,
        ("QA", "MA"),
        EventDate.from_edtf("2021-06-19/2021-06-26"),
        title_en="Official visit: Morocco–Qatar on trade",
        id=1,
    )
    signed = Event(EventKind.AGREEMENT_SIGNED, ("QA", "MA"), EventDate.on(date(2021, 6, 27)),
                   title_en="Agreement signed: Morocco–Qatar on water", id=2)  # fmt: skip
    fmt = DateFormat(language)
    june = asked_days(date(2021, 6, 1), date(2021, 6, 30))
    source = MemorySource.single([visit, signed], lambda text: 7.0 * len(text), language)
    drawings = [TimelineDrawing(source, fmt, QSizeF(width, 300), within=june)
                for width in (500, 800, 1000)]  # fmt: skip
    drawings += [
        printed(random_events(3, 100), fmt, (1000, 500), 3),
        printed(pair_over(2019, 2021, 150), fmt, (1000, 500), 2),
    ]
    for drawing in drawings:
        for part in drawing.layouts:
            for shape in part.events:
                if shape.label_rect is None:
                    continue
                under = [
                    other.event.id
                    for other in part.events
                    if other.event.id != shape.event.id
                    and (other.lane, other.row) == (shape.lane, shape.row)
                    and other.marker_rect.x < shape.label_rect.right - 1e-6
                    and other.marker_rect.right > shape.label_rect.x + 1e-6
                ]
                assert not under, (shape.label, under)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_what_the_next_part_covers_has_no_badge_bar_nor_today_line(qapp, language):
    """A badge the cover cuts counted only its events before it, but its bars still rose
    for the days after, and the red line of a today there was drawn on both pages: the
    part before draws neither. A badge's bars are its bin's days in equal parts, laid
    along its middle in reading order."""
    events = pair_over(1979, 2030, 3000)
    fmt = DateFormat(language)
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    whole = printed(events, fmt, (1031, 300), 3)
    today = day_of(whole.layouts[1].scale.period.start + 2)  # where part 2 covers part 1
    drawing = TimelineDrawing(source, fmt, QSizeF(1031, 300), pages=3, today=today)
    first, second = drawing.layouts[:2]
    assert first.today_x is None and second.today_x is not None
    cover = second.scale.period.start
    cut = [c for c in first.clusters if c.rect.x < first.covered_x < c.rect.right]
    assert cut and cut[0].parts.size, "a badge with bars that the cover cuts"
    for cluster in cut:
        # The bin's days: the badge stands a pixel inside its bin at either end.
        ends = sorted(first.scale.day(x) for x in (cluster.rect.x - 1, cluster.rect.right + 1))
        # In reading order: from the right in Arabic.
        bars = sorted(cluster.parts.tolist(), reverse=language == "ar")
        shares = [share for _x0, _x1, share in bars]
        step = (ends[1] - ends[0]) / len(shares)
        after = [share for k, share in enumerate(shares) if ends[0] + k * step >= cover]
        assert after and not any(after), (ends, cover, shares)


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("timeline", ["sample", "sample pair", "dense pair"])
def test_a_span_the_cover_cuts_is_named_on_one_of_its_pages(qapp, language, pages, timeline):
    """The French sample two pages wide: Sha'ban 1446, cut by the cover, was left to page 2,
    where the month it begins with takes its year ("chaa. 1446") and had no room: named on
    neither page. A span the cover cuts is named on its part or the next, wherever either
    has room for its shortest label in view."""
    fmt = DateFormat(language)
    drawing = printed(timeline_events(timeline), fmt, (1031, 500), pages)
    for part, following in pairwise(drawing.layouts):
        cover = following.scale.period.start
        period = part.scale.period
        forms = axis_forms(part, fmt)
        named_next = {(t.tier, t.start) for t in following.ticks if t.label}
        for tick in part.ticks:
            if (
                tick.label
                or not tick.start < cover < tick.end
                or (tick.tier, tick.start) in named_next
            ):
                continue
            shortest = min(len(form[-1]) for form in forms[tick.start, tick.end])
            low, high = sorted(part.scale.x(d) for d in (max(tick.start, period.start),
                                                        min(tick.end, period.end)))  # fmt: skip
            assert high - low < 7.0 * shortest + LABEL_PAD / 2, (tick.tier, tick.start)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_read_page_by_page_no_marker_stands_cut_at_a_parts_start(qapp, language):
    """A day's marker on the first days of a part after another, mostly on it, was cut at
    the part's start edge (Morocco's meeting of 23 March 2004 in Arabic, a week after part
    2 began): it stands whole there, half a marker from its day at most, labelled."""
    for seed in range(6):
        drawing = printed(random_events(seed, 120), DateFormat(language), (800, 500), 3)
        for number, part in enumerate(drawing.layouts[1:], start=2):
            cut = [
                shape.event.id
                for shape in part.events
                if shape.marker is Marker.POINT
                and shape.label_rect is not None
                and (shape.marker_rect.right > part.width if language == "ar"
                     else shape.marker_rect.x < 0)
            ]  # fmt: skip
            assert not cut, (seed, number, cut)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("within", [False, True])
def test_a_box_too_short_to_see_begun_just_before_a_parts_start_stands_whole_there(
    qapp, language, within
):
    """Every country three pages wide on A4: page 4 began on 12 September 2013 and drew
    the boxes of four events of September 2013, too short to see at that scale and
    widened from their first day, cut at its edge (1.6 of their 10 points gone, their
    outline open there). A box too short to see, mostly on a part after another, stands
    whole at its start, as a day's point does, labelled there."""
    whole = Period(day_number(date(2000, 1, 1)), day_number(date(2020, 1, 1)))
    join = page_periods(whole, 2)[1].start
    first = day_of(join) - timedelta(days=3)
    when = EventDate(
        FuzzyDate.from_date(first), FuzzyDate.from_date(first + timedelta(days=19)), within
    )
    event = Event(EventKind.STATEMENT, ("AE", "NG"), when, title_en="Statement", id=1)
    event = replace(event, title_ar="بيان")
    fmt = DateFormat(language)
    source = MemorySource.single([event], lambda text: 7.0 * len(text), language)
    drawing = TimelineDrawing(source, fmt, QSizeF(1000, 400), period=whole, pages=2)
    before, after = drawing.layouts
    assert not before.events
    (shape,) = after.events
    box = shape.marker_rect
    assert shape.marker is (Marker.WINDOW if within else Marker.BAR)
    assert box.width == Geometry.for_print().marker_size  # widened: its 20 days are 5 wide
    # At the part's start, where the page begins (its right edge in Arabic), whole.
    assert (after.width - box.right if language == "ar" else box.x) == pytest.approx(0.0)
    assert after.scale.x(join) == pytest.approx(after.width if language == "ar" else 0.0)
    assert shape.label_rect is not None


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("before", [3, 6, 10, 18])
def test_a_box_a_little_longer_than_a_marker_begun_a_sliver_before_a_part_stands_whole(
    qapp, language, before
):
    """A box of 40 days over 20 years two pages wide, 10.7 points long, begun 3 to 10 days
    before part 2 began, was cut at its start edge, 1 to 3 points and its outline gone:
    the part before leaves a box begun less than a sliver before it to this part. It
    stands whole at the part's start, as a box as short as a marker does."""
    whole = Period(day_number(date(2000, 1, 1)), day_number(date(2020, 1, 1)))
    join = page_periods(whole, 2)[1].start
    first = day_of(join) - timedelta(days=before)
    when = EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(first + timedelta(days=39)))
    event = Event(EventKind.STATEMENT, ("AE", "NG"), when, title_en="Statement", id=1)
    event = replace(event, title_ar="بيان")
    source = MemorySource.single([event], lambda text: 7.0 * len(text), language)
    drawing = TimelineDrawing(source, DateFormat(language), QSizeF(1000, 400), whole, pages=2)
    before_part, after = drawing.layouts
    assert not before_part.events  # begun under a sliver (8 points) before: left to part 2
    (shape,) = after.events
    box = shape.marker_rect
    assert box.width > Geometry.for_print().marker_size
    # At the part's start, where the page begins (its right edge in Arabic), whole.
    assert (after.width - box.right if language == "ar" else box.x) == pytest.approx(0.0)
    assert shape.label_rect is not None


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("before", [1, 2, 3])
def test_a_bar_mostly_under_the_next_part_is_labelled_there_alone(qapp, language, before):
    """A week's meeting of 25 August to 1 September 2024 three pages wide on A3, its box
    30 points before page 3's edge and 36 after it, was labelled on page 2 at the end of
    another row, ending at the join 236 points from its box, and again on page 3; an
    official visit of 26 June to 6 July 2016 was numbered in the grey page 2 of two leaves
    to page 3, which labelled it too. The part before draws its start, unlabelled, running
    under the cover; the next part, where most of it lies, labels it."""
    whole = Period(day_number(date(2024, 1, 1)), day_number(date(2024, 7, 1)))
    join = page_periods(whole, 2)[1].start
    first = day_of(join) - timedelta(days=before)
    when = EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(first + timedelta(days=11)))
    title = "Multilateral gathering: Brazil–Türkiye on energy"
    event = Event(EventKind.MULTILATERAL_GATHERING, ("BR", "TR"), when, title_en=title, id=1)
    event = replace(event, title_ar="اجتماع متعدد الأطراف: البرازيل–تركيا بشأن الطاقة")
    source = MemorySource.single([event], lambda text: 7.0 * len(text), language)
    drawing = TimelineDrawing(source, DateFormat(language), QSizeF(1000, 400), whole, pages=2)
    (stub,), (shape,) = (part.events for part in drawing.layouts)
    assert stub.label_rect is None  # its start runs under the cover, to its label there
    assert shape.label_rect is not None and shape.callout is None


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("days", [13, 20, 27, 44])
def test_a_day_a_join_cuts_is_named_on_one_side_of_it(qapp, language, days):
    """20 days of March 2020 three pages wide: the 14th, 22.7 points before page 3's edge
    and 128 after it, was named on both pages, "13 14 14 15" once taped (and the 7th, 86.7
    points before page 2's and 64 after it, "6 7 7 8"). A day a join cuts is named
    on the side holding more of it, where that side has room for it."""
    first = date(2020, 3, 1)
    events = [
        Event(EventKind.PHONE_CALL, ("AE", "NG"), EventDate.on(first + timedelta(days=n)),
              title_en=f"Call {n}", id=n + 1)
        for n in range(days)
    ]  # fmt: skip
    whole = Period(day_number(first), day_number(first) + days)
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    drawing = TimelineDrawing(source, DateFormat(language), QSizeF(1000, 500), whole, pages=3)
    twice = []
    for part, following in pairwise(drawing.layouts):
        cover = following.scale.period.start
        named_next = {t.start for t in following.ticks if t.tier == 1 and t.label}
        twice += [
            (t.label, day_of(t.start))
            for t in part.ticks
            if t.tier == 1 and t.label and t.start < cover < t.end and t.start in named_next
        ]
        cut = [t.start for t in part.ticks if t.tier == 1 and t.start < cover < t.end]
        named = {t.start for t in part.ticks if t.label} | named_next
        assert cut and set(cut) <= named  # on one side or the other
    assert not twice


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("months", [26, 35, 53])
def test_a_year_neither_side_of_a_join_has_padded_room_for_is_named_whole_on_one(
    qapp, language, months
):
    """Morocco's relations three pages wide: 1995, 26.6 points before page 3's edge and 29
    after it, each short of its text and padding, was named across the join, its middle
    at it, and read "19" once taped. Neither side having room for it with its padding, it
    is named whole by its text alone on the side that has room for that, the part before
    first: never across the join."""
    start = day_number(date(1979, 1, 1))
    whole = Period(start, start + 365.25 * 45 + months * 30.4)
    source = MemorySource.single([], lambda text: 7.0 * len(text), language)
    drawing = TimelineDrawing(source, DateFormat(language), QSizeF(1000, 400), whole, pages=3)
    cut_years = 0
    for part, following in pairwise(drawing.layouts):
        cover = following.scale.period.start
        x = part.scale.x(cover)
        years = [t for t in part.ticks if t.tier == 1 and t.start < cover < t.end]
        named_next = {t.start for t in following.ticks if t.tier == 1 and t.label}
        for year in years:
            cut_years += 1
            assert not (year.label and year.label_rect.x < x < year.label_rect.right), year
            assert year.label or year.start in named_next
    assert cut_years


def test_pages_overlap_a_little_and_cover_the_whole_period():
    from timeline.domain.period import Period

    whole = Period(0.0, 300.0)
    parts = page_periods(whole, 3)
    assert parts[0].start == whole.start and parts[-1].end == pytest.approx(whole.end)
    for before, after in pairwise(parts):
        assert before.start < after.start < before.end  # they overlap
        assert (before.end - after.start) / before.span < 0.1


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_printed_week_under_a_months_vague_events_labels_its_dated_ones(
    qapp, monkeypatch, chunked, language
):
    """Thirty events known only to June 2019 (the month, or one day within it) and one on
    each day of a week in it, printed for that week: packed in time order, the month's
    bars starting on the 1st took every row and the week's own events were all "+N"
    badges. In print the events known to the day take rows first; the vague ones take
    the rows left, and the rest are counted."""
    from timeline.domain.dates import FuzzyDate
    from timeline.domain.period import Period, day_number
    from timeline.render import zoom_levels

    if chunked:
        monkeypatch.setattr(zoom_levels, "SINGLE_CHUNK_LIMIT", 0)

    def visit(when: EventDate, title: str) -> Event:
        return Event(EventKind.OFFICIAL_VISIT, ("MA", "KZ"), when, **{f"title_{language}": title})

    june, end = FuzzyDate(2019, 6), FuzzyDate.from_date(date(2019, 6, 30))
    vague = [visit(EventDate(june), f"Talks on the month's agenda {n}") for n in range(20)]
    vague += [
        visit(EventDate(FuzzyDate.from_date(date(2019, 6, 1)), end, within=True), f"Call {n}")
        for n in range(10)
    ]
    dated = [visit(EventDate.on(date(2019, 6, 3 + n)), f"Visit {n}") for n in range(7)]
    events = [replace(e, id=n) for n, e in enumerate(vague + dated, start=1)]
    week = Period(day_number(date(2019, 6, 3)), day_number(date(2019, 6, 10)))
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    drawing = TimelineDrawing(source, DateFormat(language), QSizeF(1000, 400), period=week)
    (part,) = drawing.layouts
    labelled = {shape.event.id for shape in part.events if shape.label_rect is not None}
    assert {event.id for event in events[len(vague) :]} <= labelled
    assert len(part.events) > len(dated)  # the rows they leave still show vague ones
    assert sum(cluster.count for cluster in part.clusters) + len(part.events) == len(events)


@pytest.mark.parametrize(
    ("x", "after_another"),
    [
        (-3.0, True),  # mostly here: the part before puts its label under this one
        (-6.0, False),  # the first part: no part before labels it
        (20.0, True),  # whole here
    ],
)
def test_a_days_marker_cut_by_a_join_mostly_here_stands_whole_and_labelled(x, after_another):
    """A day's marker cut by the page's start edge and mostly on this part stands whole
    there, labelled (on the first part, labelled where it is); one mostly on the part
    before is that part's and not drawn here (see the test of stubs below: Morocco's
    agreement of 27 June 2021 was labelled on both sides of the join, one agreement read
    as two)."""
    from timeline.render.index import Marker
    from timeline.render.layout import LayoutOptions, _label_row

    water = Event(EventKind.AGREEMENT_SIGNED, ("MA", "QA"), EventDate.on(date(2021, 6, 27)), id=1)
    options = LayoutOptions(whole_labels=True)
    drawn = [(water, Marker.POINT, x, 10.0, "Agreement signed: water")]
    (shape,) = _label_row(
        drawn, 0, [], (0.0, None, after_another), 0, 600.0, lambda t: 7.0 * len(t), options
    )
    assert shape.label_rect is not None
    assert shape.marker_rect.x >= 0.0 or not after_another


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("timeline", ["sample", "sample pair", "dense pair"])
def test_every_axis_span_whole_on_a_printed_part_is_named(qapp, language, pages, timeline):
    """Morocco's relations two pages wide: 2004, whole on page 2, and 2005, whole on page 3,
    were named on neither page, a join cutting each where neither side held its name; the
    markers in them stood under no year. A page is read on its own too. What the next part
    covers it names (see the next test), and a span running under the next part is named
    on one page or the other. The margins before the first event and after the last name
    nothing (see the test after the next)."""
    events = timeline_events(timeline)
    drawing = printed(events, DateFormat(language), (1031, 500), pages)
    first, last = events_span(events)
    parts = drawing.layouts
    for number, part in enumerate(parts):
        period = part.scale.period
        cover = parts[number + 1].scale.period.start if number + 1 < len(parts) else period.end
        whole = [
            t
            for t in part.ticks
            if period.start <= t.start and t.end <= cover and first < t.end and t.start < last
        ]
        unnamed = [(t.tier, t.start) for t in whole if not t.label]
        assert not unnamed, (number, unnamed)
        if number + 1 == len(parts):
            continue
        named_next = {(t.tier, t.start) for t in parts[number + 1].ticks if t.label}
        under = [t for t in part.ticks if t.start < cover < t.end <= period.end]
        unnamed = [(t.tier, t.start) for t in under if not t.label]
        assert not [span for span in unnamed if span not in named_next], (number, unnamed)


def test_a_view_printed_as_shown_names_the_days_before_those_asked(qapp):
    """A view of March to May exported as shown, the selection asking from April: the axis
    read "2024", "", "", "May", naming nothing before April as a fitted briefing does, where
    the screen named March. Only "fit all" leaves the margin before the days asked unnamed."""
    from timeline.domain.period import Period, asked_days, day_number

    events = [replace(e, id=n) for n, e in enumerate(sample_events(), start=1)]
    source = MemorySource.single(events, lambda text: 7.0 * len(text), "en")
    shown = Period(day_number(date(2024, 3, 1)), day_number(date(2024, 6, 1)))
    within = asked_days(date(2024, 4, 1), None)
    drawing = TimelineDrawing(
        source, DateFormat("en"), QSizeF(1000, 400), period=shown, within=within
    )
    (part,) = drawing.layouts
    # Its months are named over its weeks (11 pixels a day: no room for the days' numbers).
    named = [tick.label for tick in part.ticks if tick.tier == 0 and tick.label]
    assert [name[:3] for name in named[:3]] == ["Mar", "Apr", "May"], named
    weeks = [tick for tick in part.ticks if tick.tier == 1 and tick.label]
    assert day_of(weeks[0].start) == date(2024, 3, 1) and weeks[0].label == "1–7"
    fitted = TimelineDrawing(source, DateFormat("en"), QSizeF(1000, 400), within=within)
    before = [t for t in fitted.layouts[0].ticks if t.end <= within.start and t.label]
    assert before == [], "a fitted briefing still names nothing before the days asked"


def test_a_view_printed_as_shown_has_the_screens_density_strip(qapp):
    """April 2024 asked for, with a statement known only to 2024: a view of it printed as
    shown had its strip span the whole year and more, April a twelfth of it, where the
    screen's strip and a fitted briefing's span April, the statement running into it. The
    strip is the selection's, whatever part of it the view shows."""
    from timeline.domain.period import Period, asked_days, day_number

    visit = Event(EventKind.OFFICIAL_VISIT, ("QA", "MA"), EventDate.on(date(2024, 4, 15)),
                  title_en="Official visit", id=1)  # fmt: skip
    year = Event(EventKind.STATEMENT, ("QA", "MA"), EventDate.from_edtf("2024"),
                 title_en="Joint statement", id=2)  # fmt: skip
    source = MemorySource.single([visit, year], lambda text: 7.0 * len(text), "en")
    within = asked_days(date(2024, 4, 1), date(2024, 4, 30))
    shown = Period(day_number(date(2024, 4, 8)), day_number(date(2024, 4, 22)))
    size, fmt = QSizeF(1000, 400), DateFormat("en")
    fitted = TimelineDrawing(source, fmt, size, within=within).layouts[0].overview
    as_shown = TimelineDrawing(source, fmt, size, period=shown, within=within).layouts[0]
    assert fitted is not None and as_shown.overview is not None
    assert fitted.scale.period == Period(within.start, within.end)
    assert as_shown.overview.scale.period == fitted.scale.period
    assert as_shown.scale.period == shown  # the view itself is as shown


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_printed_axis_too_narrow_for_days_names_each_week(qapp, language):
    """June and July 2019 across a landscape page, 12 points a day: the axis named the
    months alone, and a reader could not tell on which day of June a statement fell. Each
    month's weeks are named under it, every event's day within one named span."""
    fmt = DateFormat(language)
    pair = ("AE", "NG")
    days = (date(2019, 6, 12), date(2019, 7, 3), date(2019, 7, 29))
    events = [
        Event(EventKind.STATEMENT, pair, EventDate.on(day), title_en="Statement", id=n)
        for n, day in enumerate(days, start=1)
    ]
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    within = Period(day_number(date(2019, 6, 1)), day_number(date(2019, 8, 1)))
    size = QSizeF(750, 400)
    (part,) = TimelineDrawing(source, fmt, size, period=within, within=within).layouts
    minor = [tick for tick in part.ticks if tick.tier == 1 and tick.label]
    assert [day_of(tick.start).day for tick in minor] == [1, 8, 15, 22] * 2
    assert minor[1].label == fmt.digits("8–14") if language == "en" else rtl(fmt.digits("8–14"))
    for day in days:
        assert sum(tick.start <= day_number(day) < tick.end for tick in minor) == 1, day


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_week_cut_by_a_parts_edge_is_named_by_its_days_on_that_part(qapp, language):
    """4 April to 20 June 2019 two pages wide, 14 points a day: the first part began on
    the 4th under "1–7" (its part line "4 April"), ended where the second goes on from the
    12th of May under "8–14", and the second began under "8–14" too, and ended on the
    20th of June under "15–21". Each week cut so is named by its days on that part."""
    fmt = DateFormat(language)
    pair = ("AE", "NG")
    days = [date(2019, 4, 4) + timedelta(days=n) for n in range(0, 78, 5)]
    events = [
        Event(EventKind.STATEMENT, pair, EventDate.on(day), title_en="Statement", id=n)
        for n, day in enumerate(days, start=1)
    ]
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    within = Period(day_number(date(2019, 4, 4)), day_number(date(2019, 6, 21)))
    drawing = TimelineDrawing(source, fmt, QSizeF(560, 400), within, 2, within=within)

    def named(part: TimelineLayout) -> list[str]:
        return [tick.label for tick in part.ticks if tick.tier == 1 and tick.label]

    def week(text: str) -> str:
        return fmt.digits(text) if language == "en" else rtl(fmt.digits(text))

    first, second = (named(part) for part in drawing.layouts)
    assert first[0] == week("4–7") and first[-1] == week("8–11")
    assert second[0] == week("12–14") and second[-1] == week("15–20")
    assert week("1–7") in first and week("15–21") in second  # whole weeks whole


def test_a_print_of_one_day_has_no_density_strip(qapp):
    """10 June 2015 asked for, with events known only to 2015: the strip spanned that one
    day, the window over all of it and no bar to see, an empty blue frame under the events.
    Two days have a strip, each day's events a bar of its own."""
    from timeline.domain.period import asked_days

    pair = ("AZ", "TR")
    year = Event(EventKind.AGREEMENT_SIGNED, pair, EventDate.from_edtf("2015"),
                 title_en="Agreement signed", id=1)  # fmt: skip
    call = Event(EventKind.PHONE_CALL, pair, EventDate.on(date(2015, 6, 10)),
                 title_en="Phone call", id=2)  # fmt: skip
    source = MemorySource.single([year, call], lambda text: 7.0 * len(text), "en")
    size, fmt = QSizeF(1000, 400), DateFormat("en")
    for last, strip in ((date(2015, 6, 10), False), (date(2015, 6, 11), True)):
        within = asked_days(date(2015, 6, 10), last)
        (part,) = TimelineDrawing(source, fmt, size, within=within).layouts
        assert (part.overview is not None) is strip, last
        assert part.events, "the day's events are drawn"


@pytest.mark.parametrize("last", [date(2015, 6, 10), date(2015, 6, 30)])
def test_a_print_of_days_no_event_begins_in_has_no_density_strip(qapp, last):
    """9 and 10 June 2015 on the 10,000-event database, its events known only to 2015: the
    strip showed an empty blue frame under them, as a print of one day did. So did June,
    under a line of events running into it. A strip shows how events spread over days."""
    from timeline.domain.period import asked_days

    pair = ("AZ", "TR")
    year = Event(EventKind.AGREEMENT_SIGNED, pair, EventDate.from_edtf("2015"),
                 title_en="Agreement signed", id=1)  # fmt: skip
    meeting = Event(EventKind.MULTILATERAL_GATHERING, pair, EventDate.from_edtf("2015"),
                    title_en="Multilateral gathering", id=2)  # fmt: skip
    source = MemorySource.single([year, meeting], lambda text: 7.0 * len(text), "en")
    within = asked_days(date(2015, 6, 9), last)
    (part,) = TimelineDrawing(source, DateFormat("en"), QSizeF(1000, 400), within=within).layouts
    assert part.overview is None
    assert len(part.events) == 2, "the year's events are drawn"


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("pages", [1, 2])
def test_a_fitted_prints_density_strip_spans_what_its_parts_show(qapp, language, pages):
    """The Arabic sample on one landscape page: "fit all" gave the labels at the far edge
    room past the last event, and the strip, over the events' days alone, ended there: its
    window filled it, and its bars stood up to 125 points from their events' markers. The
    strip spans the parts together, each part's window its own days (Morocco and
    Kazakhstan: the strip ended 5 days short in Arabic, 2 in English)."""
    events = timeline_events("sample pair")
    drawing = printed(events, DateFormat(language), (1031.95, 400), pages)
    parts = drawing.layouts
    for part in parts:
        strip = part.overview
        assert strip is not None and strip.scale.period == drawing.period
        window = sorted(strip.scale.x(day) for day in (part.scale.period.start,
                                                        part.scale.period.end))  # fmt: skip
        assert window == pytest.approx([strip.window.x, strip.window.right])
    if pages == 1:  # its bars under their markers: the last event's, the farthest
        last = max(events, key=lambda event: event.date.earliest())
        (shape,) = [shape for shape in parts[0].events if shape.event.id == last.id]
        marker = (shape.marker_rect.x + shape.marker_rect.right) / 2
        at = day_number(last.date.earliest()) + 0.5
        assert parts[0].overview.scale.x(at) == pytest.approx(marker, abs=1)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_short_prints_strip_bars_stand_on_their_events_days(qapp, language):
    """11 to 13 April 2019 on the 10,000 events: the strip counted each visit where its
    day begins, its diamond on the day's middle, so the bar of the 11th stood on the
    strip's edge under its window's, the 13th's on the line after the 12th, some 130
    points from their diamonds. Each bar stands on the middle of its event's first day,
    a point's under its diamond, a bar's over the first day it runs across."""
    from timeline.domain.period import asked_days

    pair = ("AE", "NG")
    days = [date(2019, 4, 11) + timedelta(days=n) for n in range(3)]
    kinds = [EventKind.OFFICIAL_VISIT, EventKind.PHONE_CALL, EventKind.STATEMENT]
    events = [
        Event(kind, pair, EventDate.on(day), title_en=kind.value, id=n)
        for n, (kind, day) in enumerate(zip(kinds, days, strict=True), start=1)
    ]
    talks = EventDate(FuzzyDate.from_date(days[1]), FuzzyDate.from_date(days[2]))
    events.append(Event(EventKind.BILATERAL_MEETING, pair, talks, title_en="Talks", id=4))
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    within, fmt = asked_days(days[0], days[-1]), DateFormat(language)
    (part,) = TimelineDrawing(source, fmt, QSizeF(1000, 400), within=within).layouts
    strip = part.overview
    assert strip is not None and strip.scale.period == part.scale.period
    bins = strip.bins()
    assert len(part.events) == len(events)
    for shape in part.events:
        (column,) = strip.by_kind[list(EventKind).index(shape.event.kind)].nonzero()[0]
        left, right = sorted(strip.scale.x(day) for day in bins[column][:2])
        first = day_number(shape.event.date.earliest())
        begins, ends = sorted(part.scale.x(day) for day in (first, first + 1))
        middle = part.scale.x(first + 0.5)
        assert begins < left <= middle <= right < ends, shape.event.title_en
        if shape.event.date.end is None:
            marker = shape.marker_rect
            assert marker.x + marker.width / 2 == pytest.approx(middle)


@pytest.mark.parametrize("asked", [None, (date(2024, 3, 1), date(2024, 3, 31))])
def test_a_print_of_events_of_one_day_has_no_density_strip(qapp, asked):
    """A pair's one meeting, printed whole or within March 2024: the strip spanned the
    days "fit all" gave it, a week or a little more than the day, one bar in a blue frame
    that its window filled. Events of one day have no spread over days to show."""
    from timeline.domain.period import asked_days

    visit = Event(EventKind.OFFICIAL_VISIT, ("KZ", "MA"), EventDate.on(date(2024, 3, 10)),
                  title_en="Official visit", id=1)  # fmt: skip
    source = MemorySource.single([visit], lambda text: 7.0 * len(text), "en")
    within = asked_days(*asked) if asked else None
    size, fmt = QSizeF(1000, 400), DateFormat("en")
    (part,) = TimelineDrawing(source, fmt, size, within=within).layouts
    assert part.overview is None
    assert part.events, "the meeting is drawn"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_view_printed_as_shown_stacks_its_own_events_as_a_selection_of_its_days(qapp, language):
    """A week of September 2019 printed as shown, two pages wide, with a statement known
    only to "2019" and six meetings on one day of January: the year's bar was stacked under
    January's rows, five blank rows above it on page 1 and six on page 2 (a week of 2019
    on the 10,000 events: two). Its rows are those of a selection of the week, the bar
    under the week's own meeting, in one row across the join."""
    pair = ("QA", "MA")
    january = [
        Event(EventKind.BILATERAL_MEETING, pair, EventDate.on(date(2019, 1, 10)),
              title_en=f"Meeting {n}", title_ar=f"لقاء {n}", id=n)
        for n in range(1, 7)
    ]  # fmt: skip
    week = Event(EventKind.OFFICIAL_VISIT, pair, EventDate.on(date(2019, 9, 4)),
                 title_en="Official visit", title_ar="زيارة رسمية", id=7)  # fmt: skip
    year = Event(EventKind.STATEMENT, pair, EventDate.from_edtf("2019"),
                 title_en="Joint statement", title_ar="بيان مشترك", id=8)  # fmt: skip
    shown = Period(day_number(date(2019, 9, 2)), day_number(date(2019, 9, 9)))
    fmt, size = DateFormat(language), QSizeF(1000, 600)

    def rows(events: list[Event]) -> list[dict[int | None, int]]:
        source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
        drawing = TimelineDrawing(source, fmt, size, period=shown, pages=2)
        return [{shape.event.id: shape.row for shape in part.events} for part in drawing.layouts]

    as_shown = rows([*january, week, year])
    assert as_shown == rows([week, year])
    assert as_shown[0] == {7: 0, 8: 1} and as_shown[1] == {8: 1}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_wide_printed_timeline_names_no_year_before_its_first_event_or_after_its_last(
    qapp, language
):
    """Qatar's relations of February 1979 to December 2030 three pages wide: page 2's axis
    began "1977", "1978" and page 4's ended "2031", "2032", years the briefing is not of (the
    margins "fit all" leaves, a share of 52 years). Spans wholly outside the events' days
    are left unnamed, their lines drawn; those the events' days touch are named."""
    events = pair_over(1979, 2030, 300)
    drawing = printed(events, DateFormat(language), (1031, 500), 3)
    first, last = events_span(events)
    ticks = [tick for part in drawing.layouts for tick in part.ticks]
    margins = [tick for tick in ticks if tick.end <= first or tick.start >= last]
    assert {tick.tier for tick in margins} >= {1}, "whole years stand in the margins"
    assert [tick.label for tick in margins if tick.label] == []


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("pages", [2, 3])
def test_a_part_draws_no_stub_of_an_event_the_part_before_shows_whole(qapp, language, pages):
    """The Algerian–Nigerian statement of 16–27 December 2028 stood whole on page 2 and again
    as a stub at the edge of page 3, the page of 2029, with its label: read on its own, an
    event of 2029. Morocco's agreement of 27 June 2021 left a sliver of its marker at the
    edge of the page from 28 June. An event mostly before a part that ends where the part
    before shows it whole is drawn or counted there only (a badge at the next page's start
    counted it again); one running on past that part is drawn on both, as is each day's
    point mostly after the join."""
    from timeline.domain.dates import FuzzyDate

    first = date(2023, 1, 1)
    events = [
        Event(
            EventKind.STATEMENT,
            ("DZ", "NG"),
            EventDate(FuzzyDate.from_date(day), FuzzyDate.from_date(day + timedelta(days=11))),
            title_en=f"Statement {n}",
            id=n,
        )
        for n, day in enumerate((first + timedelta(days=5 * n) for n in range(150)), start=1)
    ]
    events += [  # three more on each of those days: rows fill, badges hold the rest
        replace(event, id=event.id + 1000 * copy, title_en=f"Statement {event.id}-{copy}")
        for event in events
        for copy in (1, 2, 3)
    ]
    drawing = printed(events, DateFormat(language), (1000, 600), pages)
    parts = [part.scale.period for part in drawing.layouts]
    assert all(part.clusters for part in drawing.layouts), "badges hold some on every page"
    dates = {event.id: event.date for event in events}
    stubs = []
    for before, part, layout in zip(parts[:-1], parts[1:], drawing.layouts[1:], strict=True):
        here = [shape.event.id for shape in layout.events]
        here += [event_id for cluster in layout.clusters for event_id in cluster.event_ids]
        for event_id in here:
            days = dates[event_id].earliest().toordinal(), dates[event_id].latest().toordinal()
            if sum(days) / 2 + 0.5 <= part.start and days[1] + 1 <= before.end:
                stubs.append(event_id)
    assert not stubs
    drawn = {shape.event.id for layout in drawing.layouts for shape in layout.events}
    hidden = {i for layout in drawing.layouts for c in layout.clusters for i in c.event_ids}
    assert drawn | hidden == {event.id for event in events}  # each on a page still


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("pages", [2, 3])
def test_a_part_after_another_labels_events_from_its_start(qapp, language, pages):
    """The Emirates and Nigeria two pages wide: page 2 labelled nothing from June 2004 to
    2009, "+86", "+90" and "+92" under five years of empty rows. The rows there were kept for
    the labels of events the part before shows, which this part leaves to it; its rows take
    hidden events there, their labels wrapped as printed, clear of the rows' own."""
    rng = random.Random(1979)
    span = (date(2030, 12, 31) - date(1979, 1, 1)).days
    days = sorted(date(1979, 1, 1) + timedelta(days=rng.randrange(span)) for _ in range(2600))
    events = [
        Event(
            EventKind.OFFICIAL_VISIT,
            ("AE", "NG"),
            EventDate.on(day),
            title_en=f"Official visit {n}: United Arab Emirates–Nigeria on trade",
            id=n,
        )
        for n, day in enumerate(days, start=1)
    ]
    drawing = printed(events, DateFormat(language), (1000, 400), pages)
    for number, part in enumerate(drawing.layouts[1:], start=1):
        hidden = sum(cluster.count for cluster in part.clusters)
        assert hidden > 100, "badges hold most of the part's events"
        starts = [
            reading_span(shape.marker_rect, part.width, language == "ar")[0]
            for shape in part.events
            if shape.label_rect is not None
        ]
        assert min(starts) < part.width / 10, (number, sorted(starts)[:3])
        first_half = {
            shape.event.id
            for shape in part.events
            if reading_span(shape.marker_rect, part.width, language == "ar")[0] < part.width / 2
        }
        assert not misplaced_labels(part) & first_half, number
        labels = sorted(
            (shape.row, *reading_span(shape.label_rect, part.width, language == "ar"))
            for shape in part.events
            if shape.label_rect is not None
        )
        for (row, _, end), (next_row, begin, _) in pairwise(labels):
            assert row != next_row or end <= begin, (number, row)


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("pages", [1, 2])
def test_a_printed_week_leaves_no_row_blank_over_a_badge_of_its_long_events(qapp, language, pages):
    """The Emirates and Nigeria's week of 4–10 November 2019: events known only as "2019"
    stood in a "+10" badge under five blank rows, the rows the year's events known to the
    day take on other days. On paper as on screen, a row with nothing in view takes such
    an event where its marker and whole label fit (before the next part's cover)."""
    from timeline.domain.period import Period, day_number

    year = [
        Event(EventKind.PHONE_CALL, ("AE", "NG"), EventDate.from_edtf("2019"), title_en=f"Call {n}")
        for n in range(12)
    ]
    busy_days = [date(2019, month, 12) for month in range(1, 13) if month != 11]
    dated = [
        Event(EventKind.OFFICIAL_VISIT, ("AE", "NG"), EventDate.on(day), title_en=f"Visit {n}")
        for day in busy_days
        for n in range(6)
    ]
    week = [
        Event(EventKind.STATEMENT, ("AE", "NG"), EventDate.on(date(2019, 11, 5 + n)), title_en="S")
        for n in range(2)
    ]
    events = [replace(e, id=n) for n, e in enumerate([*year, *dated, *week], start=1)]
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    start = day_number(date(2019, 11, 4))
    period = Period(start, start + 7.0)
    drawing = TimelineDrawing(
        source, DateFormat(language), QSizeF(1000, 600), period=period, pages=pages
    )
    for part in drawing.layouts:
        assert part.clusters, "the year's events are more than the rows"
        rows = {shape.row for shape in part.events}
        assert rows == set(range(max(rows) + 1)), "no blank row between those drawn"


def _pair_and_its_ends() -> tuple[list[Event], float, float]:
    """The sample's Morocco–Kazakhstan events, and the middle of their first and last days."""
    pair = [
        replace(event, id=number)
        for number, event in enumerate(sample_events(), start=1)
        if set(event.countries) == {"MA", "KZ"}
    ]
    first = day_number(min(event.date.earliest() for event in pair)) + 0.5
    last = day_number(max(event.date.latest() for event in pair)) + 0.5
    return pair, first, last


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_first_and_last_events_stand_under_a_named_month(qapp, language):
    """The sample's Morocco–Kazakhstan events printed one page wide: the first, on 26
    September 2024, stood under an unnamed September on Letter paper (its few days at the
    edge too narrow for "Sep"), and the last under an unnamed Hijri month in French. "Fit
    all" starts and ends as far out as the months the edges cut need to be named, on any
    width."""
    pair, first, last = _pair_and_its_ends()
    unnamed = []
    for width in range(480, 1201, 15):
        source = MemorySource.single(pair, lambda text: 7.0 * len(text), language)
        (part,) = TimelineDrawing(source, DateFormat(language), QSizeF(width, 300)).layouts
        for tick in part.ticks:
            if (
                tick.tier
                and not tick.label
                and (tick.start < first < tick.end or tick.start < last < tick.end)
            ):
                unnamed.append((width, tick.tier, day_of(tick.start)))
    assert unnamed == []


def _starting_past_a_bare_marker(part: TimelineLayout, clearance: float) -> list[str]:
    """The labels of a part set before their marker whose start stands less than
    ``clearance`` past another marker of their row, one with no words starting at it."""

    def span(rect) -> tuple[float, float]:
        return reading_span(rect, part.width, part.rtl)

    found = []
    for shape in part.events:
        if shape.label_rect is None or shape.callout is not None:
            continue
        start, stop = span(shape.label_rect)
        if abs(stop - span(shape.marker_rect)[1]) > 0.5 or start >= span(shape.marker_rect)[0]:
            continue
        for other in part.events:
            if other is shape or (other.lane, other.row) != (shape.lane, shape.row):
                continue
            begin, end = span(other.marker_rect)
            worded = other.label_rect is not None and other.callout is None
            if worded and abs(span(other.label_rect)[0] - begin) <= 0.5:
                continue
            if end <= start + 0.5 and start - end < clearance:
                found.append(shape.label)
    return found


@pytest.mark.parametrize("language", ["en", "fr", "ar", "ar with English titles"])
def test_a_label_set_before_its_marker_does_not_start_just_past_another(qapp, language):
    """The sample printed one page wide: on A4, "Mazhilis Chairman Yerlan Koshanov on an
    official visit to Morocco", set before its November marker, started 26 units past the
    April talks' marker, whose label ends at it, and read as that meeting's. Such a label
    is wrapped on two even lines, starting well clear of it, on any width; mirrored too
    (the English titles, right to left, meet the case the Arabic ones do not)."""
    events = [replace(e, id=n) for n, e in enumerate(sample_events(), start=1)]
    if language == "ar with English titles":
        language = "ar"
        events = [replace(e, title_ar=e.title_en) for e in events]
    clearance = LabelStyle(gap=Geometry.for_print().label_gap).marker_clearance
    found = []
    for width in range(600, 1201, 20):
        (part,) = printed(events, DateFormat(language), (width, 700), 1).layouts
        found += [(width, label) for label in _starting_past_a_bare_marker(part, clearance)]
    assert found == []


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("pages", [2, 3])
def test_a_strips_first_and_last_events_stand_under_a_named_month(qapp, language, pages):
    """The same pair printed two and three pages wide: "fit all" measured the strip as one
    view, and the last event's Jumada II went unnamed at the far end of the Arabic strip's
    last page on Letter paper, two pages wide. The strip's outer ends are named in the form
    its taped parts agree on."""
    pair, first, last = _pair_and_its_ends()
    unnamed = []
    for width in range(480, 1201, 40):
        layouts = printed(pair, DateFormat(language), (width, 300), pages).layouts
        for part, day in ((layouts[0], first), (layouts[-1], last)):
            for tick in part.ticks:
                if tick.tier and not tick.label and tick.start < day < tick.end:
                    unnamed.append((width, tick.tier, day_of(tick.start)))
    assert unnamed == []


def _page_image(drawing: TimelineDrawing, page: int, recorded: bool) -> QImage:
    """Page ``page`` of ``drawing`` on white: drawn as the screen draws (on an image) or
    ``recorded`` first, as a PDF is."""
    image = QImage(
        int(drawing.size.width()), int(drawing.heights[page]), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    if recorded:
        picture = QPicture()
        on_picture = QPainter(picture)
        drawing.paint(on_picture, page)
        on_picture.end()
        painter.drawPicture(0, 0, picture)
    else:
        drawing.paint(painter, page)
    painter.end()
    return image


@pytest.mark.parametrize("recorded", [False, True])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_bar_runs_on_across_a_taped_join_with_no_arrowhead_there(qapp, language, recorded):
    """A briefing three pages wide cut each bar at its pages' joins, and each part drew an
    arrowhead there: taped together, a head showed mid-bar. A bar says it goes on at the
    whole timeline's outer edges only (in Arabic the first part's is its right)."""
    spring = EventDate(
        FuzzyDate.from_date(date(2025, 3, 1)), FuzzyDate.from_date(date(2025, 5, 31))
    )
    bar = Event(id=1, kind=EventKind.STATEMENT, countries=("MA", "KZ"), date=spring, title_en="x")
    bar = replace(bar, title_ar="x")
    fmt = DateFormat(language)
    source = MemorySource.single([bar], lambda text: 7.0 * len(text), language)
    period = Period(day_number(date(2025, 4, 1)), day_number(date(2025, 4, 21)))
    drawing = TimelineDrawing(source, fmt, QSizeF(900, 300), period=period, pages=2)
    ink = QColor("white")  # on a statement's dark blue
    found = {}
    for page, part in enumerate(drawing.layouts):
        (shape,) = part.events
        image = _page_image(drawing, page, recorded)
        middle = int(shape.marker_rect.y + shape.marker_rect.height / 2)
        for side, x in (("left", 5), ("right", int(part.width) - 6)):
            found[page, side] = image.pixelColor(x, middle) == ink
    earlier, later = ("right", "left") if language == "ar" else ("left", "right")
    assert found == {(0, earlier): True, (0, later): False, (1, earlier): False, (1, later): True}


@pytest.mark.parametrize("recorded", [False, True])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_bar_counted_in_the_badge_of_the_part_before_says_it_goes_on_at_the_join(
    qapp, language, recorded
):
    """October 2008 two pages wide: the meetings of Germany and India and of Japan and the
    United States, all of 2008, were under page 2's "+2" (its rows full) and page 3 drew
    them from its first edge with no arrowhead, taped on as if begun on 16 October, where
    that page begins. A bar that the part before counts in a badge rather than draws says
    at the join that it goes on, as at the timeline's outer edges."""

    def meeting(number: int, kind: EventKind, first: int, last: int) -> Event:
        days = (date(2008, 10, 1) + timedelta(days=first), date(2008, 10, 1) + timedelta(days=last))
        when = EventDate(FuzzyDate.from_date(days[0]), FuzzyDate.from_date(days[1]))
        return Event(kind, ("JP", "US"), when, title_en=f"Meeting {number}", id=number)

    # Page 1's rows are taken by meetings begun before the month; the statement, begun on
    # its 1st, is hidden there and drawn on page 2, whose rows are free.
    events = [meeting(n, EventKind.SIDELINE_MEETING, -2, 4) for n in range(1, 9)]
    events.append(meeting(100, EventKind.STATEMENT, 0, 60))
    fmt = DateFormat(language)
    source = MemorySource.single(events, lambda text: 7.0 * len(text), language)
    period = Period(day_number(date(2008, 10, 1)), day_number(date(2008, 10, 21)))
    drawing = TimelineDrawing(source, fmt, QSizeF(1000, 300), pages=2, period=period)
    first, second = drawing.layouts
    assert 100 in {i for cluster in first.clusters for i in cluster.event_ids}
    (shape,) = [shape for shape in second.events if shape.event.id == 100]
    image = _page_image(drawing, 1, recorded)
    middle = int(shape.marker_rect.y + shape.marker_rect.height / 2)
    at_join = int(second.width) - 6 if language == "ar" else 5
    assert image.pixelColor(at_join, middle) == QColor("white")  # the head, on dark blue


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("hour", [2, 6, 10, 14, 18, 22])
def test_a_days_point_at_a_join_is_drawn_or_counted_on_one_part(qapp, language, pages, hour):
    """A briefing of February 2020 three pages wide drew the sideline meeting of 10
    February on page 1, numbered, and again on page 2, labelled: the join fell at 12:49,
    the day's point a little before it, and page 1 ran on to 22:21, short of the day's end
    that page 2 asked page 1 to show. A day's point belongs to the part holding its middle,
    drawn or in a badge there alone, wherever the join falls in its day."""
    first = date(2020, 2, 1)
    events = [
        Event(
            EventKind.SIDELINE_MEETING,
            ("BR", "SA"),
            EventDate.on(first + timedelta(days=n // 4)),
            title_en=f"Meeting {n}",
            id=n + 1,
        )
        for n in range(4 * 29)
    ]
    # The events' period is the print's: a margin of hours moves each join by as much.
    margin = EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(date(2020, 2, 29)))
    events.append(Event(EventKind.STATEMENT, ("BR", "SA"), margin, title_en="Month", id=999))
    fmt = DateFormat(language)
    source = MemorySource.single(events, lambda text: 7.0 * len(text), fmt.language)
    start = day_number(first) - hour / 24
    whole = Period(start, day_number(date(2020, 3, 1)))
    drawing = TimelineDrawing(source, fmt, QSizeF(1000, 600), pages=pages, period=whole)
    parts = []
    for layout in drawing.layouts:
        here = {shape.event.id for shape in layout.events}
        here |= {i for cluster in layout.clusters for i in cluster.event_ids}
        parts.append(here - {999})
    twice = sorted(set().union(*(a & b for a, b in pairwise(parts))))
    assert not twice, [(event_id, events[event_id - 1].date.earliest()) for event_id in twice]
    assert set().union(*parts) == {event.id for event in events} - {999}  # none lost


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("per_day", [1, 4])
def test_a_bars_sliver_before_a_join_is_left_to_the_next_part(qapp, language, per_day):
    """February 2020 three pages wide: the meeting of 20–26 February began 1 h 38 before
    the second join, and page 2 drew it as a stub of 5 points at its edge, labelled, which
    page 3 drew and labelled whole again. A bar's piece before a join under 6 points is
    the next part's alone, drawn or in a badge there; a bar begun a day earlier stays on
    both parts, and every event on one at least (``per_day`` 4: some in badges)."""
    first = date(2020, 2, 1)
    events = [
        Event(
            EventKind.BILATERAL_MEETING,
            ("AE", "NG"),
            EventDate(
                FuzzyDate.from_date(first + timedelta(days=n // per_day)),
                FuzzyDate.from_date(first + timedelta(days=n // per_day + 6)),
            ),
            title_en=f"Meeting {n}",
            id=n + 1,
        )
        for n in range(per_day * 23)
    ]
    fmt = DateFormat(language)
    source = MemorySource.single(events, lambda text: 7.0 * len(text), fmt.language)
    whole = Period(day_number(first), day_number(date(2020, 3, 1)))
    drawing = TimelineDrawing(source, fmt, QSizeF(1000, 600), pages=3, period=whole)
    join = page_periods(whole, 3)[2].start
    assert 0 < join - day_number(date(2020, 2, 20)) < 2 / 24  # 01:38
    parts = []
    for layout in drawing.layouts:
        here = {shape.event.id for shape in layout.events}
        parts.append(here | {i for cluster in layout.clusters for i in cluster.event_ids})
    begun = {event.id for event in events if event.date.earliest() == date(2020, 2, 20)}
    day_before = {event.id for event in events if event.date.earliest() == date(2020, 2, 19)}
    assert not begun & parts[1]
    assert begun <= parts[2]
    assert day_before <= parts[1] & parts[2]
    assert set().union(*parts) == {event.id for event in events}  # none lost
