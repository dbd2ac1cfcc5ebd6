"""The one painter: what a layout says is where it paints it, in the legend's colours."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPicture

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.domain.status import EventStatus
from timeline.render import grid_painter
from timeline.render import painter as painter_module
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.painter import TimelinePainter
from timeline.render.rect import Rect
from timeline.render.shapes import EventShape, Geometry, TimelineLayout
from timeline.render.theme import Theme

KINDS = (EventKind.OFFICIAL_VISIT, EventKind.AGREEMENT_SIGNED, EventKind.PHONE_CALL)
VIEW = Period.around(date(2019, 12, 1), date(2020, 6, 1))


def events() -> list[Event]:
    """Three kinds, a month apart each, so that no marker touches another."""
    first = date(2020, 1, 15)
    return [
        Event(
            id=number + 1,
            kind=kind,
            countries=("MA", "KZ"),
            date=EventDate.on(first + timedelta(days=40 * number)),
            title_en=f"{kind.value} {number}",
        )
        for number, kind in enumerate(KINDS)
    ]


def painted(
    rtl: bool, period: Period = VIEW, today: date | None = None
) -> tuple[TimelineLayout, QImage]:
    painter = TimelinePainter()
    source = MemorySource.single(events(), painter.measurer.width, "en")
    fmt = DateFormat("ar" if rtl else "en")
    drawn = layout(
        StackingCache(source),
        period,
        900,
        420,
        painter.measurer.width,
        LayoutOptions(rtl=rtl, fmt=fmt, today=today),
    )
    image = QImage(900, 420, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    device = QPainter(image)
    painter.paint(device, drawn, fmt)
    device.end()
    return drawn, image


@pytest.mark.parametrize("rtl", [False, True])
def test_each_marker_is_painted_in_its_kinds_colour_where_the_layout_put_it(qapp, rtl):
    drawn, image = painted(rtl)
    theme = Theme()
    assert len(drawn.events) == len(KINDS)
    for shape in drawn.events:
        rect = shape.marker_rect
        centre = image.pixelColor(int(rect.x + rect.width / 2), int(rect.y + rect.height / 2))
        assert centre.name() == theme.kind_colour(shape.event.kind).name()


def test_the_density_strip_is_painted_in_the_colours_of_its_kinds(qapp):
    # The view far from the events: its window on the strip tints none of their bars.
    drawn, image = painted(rtl=False, period=Period.around(date(2023, 1, 1), date(2023, 2, 1)))
    assert drawn.overview is not None
    strip = drawn.overview.rect
    bottom = int(strip.y + strip.height - 3)
    seen = [image.pixelColor(x, bottom) for x in range(int(strip.width))]

    def near(a: QColor, b: QColor) -> bool:  # a bar's edge is blended where it meets the next
        return (
            max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 24
        )

    for kind in KINDS:
        assert any(near(colour, Theme().kind_colour(kind)) for colour in seen), kind


def test_a_strip_of_events_known_only_to_their_year_is_printed_as_the_screen_shows_it(qapp):
    """An event known only to 2020 and one to March 2020 beside the three days: spread over
    their year and month, they stand as low bars along 2020 where they made one bar on
    1 January, and print draws those shares of an event as the screen does (it took a
    bin's count for a whole number of events, and left out those under one)."""
    painter = TimelinePainter()
    vague = [
        replace(events()[0], id=4, date=EventDate(FuzzyDate(2020))),
        replace(events()[1], id=5, date=EventDate(FuzzyDate(2020, 3))),
    ]
    source = MemorySource.single(events() + vague, painter.measurer.width, "en")
    fmt = DateFormat("en")
    # The view far past the events: its marker at the strip's far edge tints no bar.
    far = Period.around(date(2023, 1, 1), date(2023, 2, 1))
    drawn = layout(StackingCache(source), far, 900, 420, painter.measurer.width, LayoutOptions())
    strip = drawn.overview
    assert strip is not None and strip.beyond == 1

    def bars(image: QImage) -> list[int]:
        """How far each column's bar reaches up from the strip's foot, before the marker."""
        foot, top = int(strip.rect.bottom) - 3, int(strip.rect.y) + 2
        background = Theme().axis_background.rgb()
        return [
            sum(image.pixel(x, y) != background for y in range(top, foot + 1))
            for x in range(int(strip.window.x) - 2)
        ]

    printed, shown = bars(_printed(painter, drawn, fmt)), bars(_frame(painter, drawn, fmt))
    assert max(abs(a - b) for a, b in zip(printed, shown, strict=True)) <= 1  # antialiasing
    year = [round(strip.scale.x(day_number(date(2020, month, 10)))) for month in range(1, 12)]
    assert all(printed[x] for x in year)


def _frame(painter: TimelinePainter, drawn: TimelineLayout, fmt: DateFormat) -> QImage:
    image = QImage(900, 420, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    device = QPainter(image)
    painter.paint(device, drawn, fmt)
    device.end()
    return image


def _recorded(painter: TimelinePainter, drawn: TimelineLayout, fmt: DateFormat) -> bytes:
    picture = QPicture()
    device = QPainter(picture)
    painter.paint(device, drawn, fmt)
    device.end()
    return bytes(picture.data())


def _printed(painter: TimelinePainter, drawn: TimelineLayout, fmt: DateFormat) -> QImage:
    """The frame as print draws it (through a recording, as a PDF is), on white."""
    image = QImage(900, 420, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    device = QPainter(image)
    recording = QPicture()
    recording.setData(_recorded(painter, drawn, fmt))
    device.drawPicture(0, 0, recording)
    device.end()
    return image


@pytest.mark.parametrize("rtl", [False, True])
def test_frames_after_the_first_reuse_what_it_drew_and_exports_never_do(qapp, rtl):
    """On screen the strip, the legend and the labels are reused from frame to frame and
    look as they did; a vector output (a PDF, SVG or this recording) is drawn afresh."""
    drawn, _image = painted(rtl)
    fmt = DateFormat("ar" if rtl else "en")
    afresh = _recorded(TimelinePainter(), drawn, fmt)
    warm = TimelinePainter()
    first, second, third = (_frame(warm, drawn, fmt) for _ in range(3))
    assert second == third  # the second frame made the images the third reuses
    assert _changed_share(first, second) < 0.002  # antialiased edges, at most
    assert _recorded(warm, drawn, fmt) == afresh


def _changed_share(one: QImage, other: QImage) -> float:
    changed = sum(
        one.pixel(x, y) != other.pixel(x, y) for x in range(0, 900, 3) for y in range(0, 420, 3)
    )
    return changed / (300 * 140)


def test_the_strip_stays_in_place_on_screen_at_any_resolution(qapp):
    """Qt replays a recorded picture in inches of its device: the strip's bars, replayed on
    the first frame and drawn from their image after, stay on the strip at 60 dpi too."""
    drawn, _image = painted(False)
    fmt = DateFormat("en")
    strip = drawn.overview.rect

    def strip_rows(dots_per_metre: int) -> list[set[int]]:
        warm, frames = TimelinePainter(), []
        for _ in range(3):
            image = QImage(900, 420, QImage.Format.Format_ARGB32)
            image.setDotsPerMeterX(dots_per_metre)
            image.setDotsPerMeterY(dots_per_metre)
            image.fill(QColor("white"))
            device = QPainter(image)
            warm.paint(device, drawn, fmt)
            device.end()
            y = int(strip.bottom) - 4  # along the bars' feet
            frames.append({image.pixel(x, y) for x in range(0, 900, 2)})
        return frames

    assert strip_rows(2362) == strip_rows(3780)  # 60 dpi as 96


class _TextRecorder(QPainter):
    """A painter that notes each text it is asked to draw, and whether in bold."""

    def __init__(self, device: QPicture) -> None:
        super().__init__(device)
        self.texts: list[tuple[str, bool]] = []

    def drawText(self, *args) -> None:
        self.texts.append((args[1], self.font().bold()))
        super().drawText(*args)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_selected_label_is_drawn_whole_in_bold_where_bold_fits(qapp, rtl):
    """The layout gives a label the room of its regular weight; selected, it is bold only
    where bold fits that room, and never cut short for being selected."""
    drawn, _image = painted(rtl)
    fmt = DateFormat("ar" if rtl else "en")
    for shape in drawn.events:
        painter, picture = TimelinePainter(), QPicture()
        recorder = _TextRecorder(picture)
        painter.paint(recorder, drawn, fmt, selected_id=shape.event.id)
        recorder.end()
        (line,) = shape.lines
        bold_fits = painter.bold_measurer.width(line) <= shape.label_rect.width
        assert (line, bold_fits) in recorder.texts
        assert not any(text.endswith("…") for text, _bold in recorder.texts)


def test_what_the_screen_keeps_is_drawn_as_a_painter_that_never_drew_before(qapp):
    """The screen keeps images of labels, badges and the axis's labels, and the layout
    remembers the axis's intervals, each by all it shows: after frames at other zooms and
    in another language, a frame is the one a new painter paints (once both have made
    their images of it)."""
    crowd = [
        Event(
            id=100 + number,
            kind=KINDS[number % 3],
            countries=("MA", "KZ"),
            date=EventDate.on(date(2020, 3, 1) + timedelta(days=number % 4)),
            title_en=f"Talks {number}",
            title_ar=f"مباحثات {number}",
        )
        for number in range(40)
    ]

    def drawn(painter: TimelinePainter, language: str, period: Period) -> TimelineLayout:
        source = MemorySource.single(events() + crowd, painter.measurer.width, language)
        options = LayoutOptions(rtl=language == "ar", fmt=DateFormat(language))
        return layout(StackingCache(source), period, 900, 420, painter.measurer.width, options)

    narrow = Period.around(date(2020, 2, 20), date(2020, 3, 20))
    warm, new = TimelinePainter(), TimelinePainter()
    for language, period in (("en", VIEW), ("en", narrow), ("ar", narrow)):
        for _ in range(3):
            _frame(warm, drawn(warm, language, period), DateFormat(language))
    frames = [
        [_frame(painter, drawn(painter, "ar", VIEW), DateFormat("ar")) for _ in range(3)]
        for painter in (warm, new)
    ]
    assert drawn(new, "ar", VIEW).clusters
    assert frames[0][2] == frames[1][2]


@pytest.mark.parametrize("rtl", [False, True])
def test_the_screens_strip_is_its_image_from_the_first_frame_with_the_recordings_bars(qapp, rtl):
    """On screen a new strip's bars are worked out at once and drawn a kind at a time onto
    an image of the strip, which every frame copies, the first as the next (the first
    replayed a recording, antialiased, and the next its image, crisp); its bars are those
    a file records a bar at a time."""
    busy = [
        Event(
            id=100 + number,
            kind=KINDS[number % 3],
            countries=("MA", "KZ"),
            date=EventDate.on(date(2020, 1, 1) + timedelta(days=(number * number) % 150)),
            title_en=f"Talks {number}",
        )
        for number in range(60)
    ]
    source = MemorySource.single(events() + busy, TimelinePainter().measurer.width, "en")
    fmt = DateFormat("ar" if rtl else "en")
    options = LayoutOptions(rtl=rtl, fmt=fmt)
    drawn = layout(StackingCache(source), VIEW, 900, 420, TimelinePainter().measurer.width, options)
    overview = drawn.overview
    assert overview is not None
    strip = overview.rect
    top, bottom = int(strip.y), int(strip.y + strip.height)

    def rows(image: QImage) -> list[list[int]]:
        return [[image.pixel(x, y) for x in range(900)] for y in range(top, bottom)]

    warm = TimelinePainter()
    first, second, third = (rows(_frame(warm, drawn, fmt)) for _ in range(3))
    assert first == second == third

    recorded = QImage(900, 420, QImage.Format.Format_ARGB32)
    recorded.fill(QColor("white"))
    device = QPainter(recorded)
    device.drawPicture(0, 0, TimelinePainter()._strip_bars(overview))
    device.end()
    image = QImage(900, 420, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    device = QPainter(image)
    warm._draw_bars(device, overview)
    device.end()
    assert rows(image) == rows(recorded)
    assert len({pixel for row in rows(image) for pixel in row}) > len(KINDS), "bars to compare"


@pytest.mark.parametrize("rtl", [False, True])
def test_the_today_line_runs_across_the_lanes_not_the_axis_or_the_strip(qapp, rtl):
    """Through the axis the line crossed its labels, and the density strip below the lanes
    has a scale of its own, on which that x is another day: the pixels the line changes
    are the lanes' only, from top to bottom."""
    drawn, with_line = painted(rtl, today=date(2020, 3, 1))
    _same, without = painted(rtl)
    assert drawn.today_x is not None
    changed = {
        y
        for y in range(with_line.height())
        for x in range(with_line.width())
        if with_line.pixel(x, y) != without.pixel(x, y)
    }
    lanes_bottom = max(lane.rect.bottom for lane in drawn.lanes)
    assert min(changed) >= drawn.axis_bottom - 1  # its smoothed end may touch the axis's edge
    assert max(changed) <= lanes_bottom + 1
    assert len(changed) > (lanes_bottom - drawn.axis_bottom) * 0.9


@pytest.mark.parametrize("within", [True, False], ids=["one day within", "lasted"])
@pytest.mark.parametrize("rtl", [False, True])
def test_a_box_far_wider_than_the_view_is_drawn_across_it_on_screen_as_in_print(qapp, rtl, within):
    """On screen a long box is copied from images of its ends and middle, cut to the frame
    (a year-long box at a month's zoom is 11,000 pixels wide): across the whole frame its
    fill and the rows of its outline are those print draws, its dashes running on."""
    years = EventDate(FuzzyDate(2019, 6, 1), FuzzyDate(2020, 6, 30), within=within)
    box = Event(id=1, kind=EventKind.PHONE_CALL, countries=("MA", "KZ"), date=years, title_en="x")
    painter = TimelinePainter()
    source = MemorySource.single([box], painter.measurer.width, "en")
    fmt = DateFormat("ar" if rtl else "en")
    month = Period.around(date(2019, 12, 1), date(2019, 12, 31))
    options = LayoutOptions(rtl=rtl, fmt=fmt)
    drawn = layout(StackingCache(source), month, 900, 420, painter.measurer.width, options)
    (shape,) = drawn.events
    assert shape.marker_rect.width > 10 * 900
    screen = _frame(painter, drawn, fmt)
    printed = _printed(TimelinePainter(), drawn, fmt)
    top, bottom = round(shape.marker_rect.y), round(shape.marker_rect.bottom) - 1
    # Between the grid's lines (screen and print draw hairlines each its own way).
    clear = [x for x in range(900) if QColor(printed.pixel(x, top - 3)) == QColor("white")]
    assert len(clear) > 800
    for y in range(top + 2, bottom - 1):  # the fill, whole pixels on both
        assert [screen.pixel(x, y) for x in clear] == [printed.pixel(x, y) for x in clear], y
    edge = [QColor(screen.pixel(x, top)).lightness() for x in range(900)]
    inked = [x for x, light in enumerate(edge) if light < 200]
    assert inked[0] < 12 and inked[-1] > 888, "the outline runs across the frame"
    gaps = [b - a for a, b in itertools.pairwise(inked)]
    assert max(gaps) <= (6 if within else 1), "dashes run on, with no longer gap"


@pytest.mark.parametrize("rtl", [False, True])
def test_a_window_of_years_printed_at_a_days_zoom_keeps_its_dashes(qapp, rtl):
    """Printed, a box is outlined whole and then cut to the frame: a window of two years
    seen a day across is 150,000 pixels long, and Qt strokes a dashed outline that long
    solid, "one day within" then drawn as an event that lasted the two years."""
    years = EventDate(FuzzyDate(2018), FuzzyDate(2019), within=True)
    box = Event(id=1, kind=EventKind.PHONE_CALL, countries=("MA", "KZ"), date=years, title_en="x")
    painter = TimelinePainter()
    source = MemorySource.single([box], painter.measurer.width, "en")
    fmt = DateFormat("ar" if rtl else "en")
    day = Period.around(date(2019, 6, 1), date(2019, 6, 1))
    drawn = layout(
        StackingCache(source),
        day,
        900,
        420,
        painter.measurer.width,
        LayoutOptions(rtl=rtl, fmt=fmt),
    )
    (shape,) = drawn.events
    assert shape.marker_rect.width > 100 * 900
    printed = _printed(TimelinePainter(), drawn, fmt)
    top = round(shape.marker_rect.y)
    inked = [x for x in range(900) if QColor(printed.pixel(x, top)).lightness() < 200]
    assert inked[0] < 12 and inked[-1] > 888, "the outline runs across the frame"
    gaps = [b - a for a, b in itertools.pairwise(inked)]
    assert 1 < max(gaps) <= 6, "dashed, with no longer gap"


@pytest.mark.parametrize("height", [437, 601])
def test_the_screens_grounds_filled_a_band_at_a_time_are_those_one_fill_makes(
    qapp, monkeypatch, height
):
    """On screen the grounds (the view's, every other lane's) and the grid's hairlines in
    them are filled a few rows at a time; lanes that share an odd height start and end
    between pixels, and the frame is the one a single fill of each paints."""
    painter = TimelinePainter()
    lanes = [(f"Lane {number}", [event]) for number, event in enumerate(events())]
    source = MemorySource(lanes, painter.measurer.width, "en")
    options = LayoutOptions(fmt=DateFormat("en"))
    drawn = layout(StackingCache(source), VIEW, 900, height, painter.measurer.width, options)
    assert len(drawn.lanes) == 3
    assert any(not lane.rect.y.is_integer() for lane in drawn.lanes[1:])

    def frame() -> QImage:
        image = QImage(900, height, QImage.Format.Format_ARGB32_Premultiplied)
        device = QPainter(image)
        TimelinePainter().paint(device, drawn, DateFormat("en"))
        device.end()
        return image

    in_bands = frame()
    monkeypatch.setattr(grid_painter, "_FILL_ROWS", 10_000)
    assert in_bands == frame()


@pytest.mark.parametrize(("left", "y"), [(0.0, 68.0), (0.0, 544.5), (3.25, 30.75)])
def test_a_line_across_the_frame_copied_on_screen_is_the_line_drawn(qapp, left, y):
    """The axis's foot and the density strip's top, antialiased across the frame: on
    screen copied from an image of the line, over the grid's hairlines, the pixels of the
    line drawn."""

    def frame(on_screen: bool) -> QImage:
        image = QImage(900, 600, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Theme().axis_background)
        device = QPainter(image)
        device.fillRect(0, int(y), 900, 600, Theme().background)
        for x in range(5, 900, 37):
            device.fillRect(x, 0, 1, 600, Theme().grid)
        device.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter = TimelinePainter()
        painter._reuse = on_screen
        painter._rule(device, left, 900.0, y)
        device.end()
        return image

    assert frame(on_screen=True) == frame(on_screen=False)


@pytest.mark.parametrize("on_screen", [True, False], ids=["screen", "print"])
@pytest.mark.parametrize("rtl", [False, True])
def test_a_lanes_title_stands_on_a_clear_ground_the_grid_passes_beneath(qapp, rtl, on_screen):
    """Lanes by kind or by country: the grid's hairlines and the today line crossed the
    titles' words. Each title has a ground of its own: not one pixel in it is a
    hairline's, on screen and in print alike."""
    painter = TimelinePainter()
    lanes = [(f"Lane number {number}", [event]) for number, event in enumerate(events())]
    source = MemorySource(lanes, painter.measurer.width, "en")
    fmt = DateFormat("ar" if rtl else "en")
    years = Period.around(date(2015, 1, 1), date(2024, 12, 31))  # a year's hairline every 90 px
    options = LayoutOptions(rtl=rtl, fmt=fmt, today=date(2015, 3, 1))
    drawn = layout(StackingCache(source), years, 900, 420, painter.measurer.width, options)
    grounds = painter.lane_title_grounds(drawn)
    assert len(grounds) == len(drawn.lanes) == 3
    crossing = [
        x
        for x in [t.x for t in drawn.ticks if t.tier < 2] + [drawn.today_x]
        if any(g.left() + 1 < x < g.right() - 1 for g in grounds)
    ]
    assert crossing, "a hairline or the today line runs where a title stands"
    image = _frame(painter, drawn, fmt) if on_screen else _printed(painter, drawn, fmt)
    theme = painter.theme
    lines = {theme.grid.rgb(), theme.major_grid.rgb(), theme.today.rgb()}
    for ground in grounds:
        inside = ground.toAlignedRect().adjusted(1, 1, -1, -1)
        pixels = {
            image.pixel(x, y)
            for x in range(inside.left(), inside.right() + 1)
            for y in range(inside.top(), inside.bottom() + 1)
        }
        assert not pixels & lines, ground
        assert len(pixels) > 2, "the title's words are drawn"


@pytest.mark.parametrize("rtl", [False, True])
def test_a_number_at_the_far_edge_of_a_printed_timeline_is_painted_within_it(qapp, rtl):
    """The Emirates and Nigeria 2010-2019 on portrait A4: badge 5, for a call on the last
    days shown, was sliced flat by the page. Its number took the room of its text, "00",
    narrower than the disc painted from its start. Painted with no clip, nothing of it lies
    past the timeline's edge."""
    painter, fmt = TimelinePainter(), DateFormat("ar" if rtl else "en")
    title = " ".join(["Phone call: United Arab Emirates–Nigeria on trade"] * 6)
    calls = [
        Event(
            id=n,
            kind=EventKind.PHONE_CALL,
            countries=("AE", "NG"),
            date=EventDate.on(date(2020, 12, 31) - timedelta(days=3 * n)),
            title_en=title,
        )
        for n in range(3)
    ]
    geometry = Geometry.for_print()
    cache = StackingCache(MemorySource.single(calls, painter.measurer.width, "en"), geometry)
    options = LayoutOptions(rtl=rtl, fmt=fmt, whole_labels=True, geometry=geometry)
    year = Period(day_number(date(2020, 1, 1)), day_number(date(2021, 1, 1)))
    drawn = layout(cache, year, 600, 400, painter.measurer.width, options)
    assert all(shape.callout for shape in drawn.events), "the titles have room for no label"
    margin = 20
    image = QImage(600 + 2 * margin, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    device = QPainter(image)
    device.translate(margin, 0)
    painter.paint(device, drawn, fmt)
    device.end()
    white = QColor("white").rgb()
    outside = [*range(margin), *range(margin + 600, image.width())]
    for shape in drawn.events:
        rows = range(round(shape.label_rect.y), round(shape.label_rect.bottom))
        inked = {x - margin for x in outside for y in rows if image.pixel(x, y) != white}
        assert not inked, (shape.callout, inked)


@pytest.mark.parametrize("zoom", [100 / 96, 150 / 96, 200 / 96])
def test_arabic_dots_under_the_line_stay_whole_in_a_picture(qapp, zoom):
    """A PNG at 150 dpi read "الدولى" for "الدولي": drawText clips to a label's room, and the
    two dots of a final ي reach below it. A label is drawn alike in its room and in one
    far taller about the same middle."""
    from PySide6.QtCore import QRectF, Qt

    painter = TimelinePainter(Theme())
    painter._reuse = False  # a picture's painter is scaled: no screen cache

    def drawn(tall: float) -> QImage:
        image = QImage(500, 120, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        device = QPainter(image)
        device.scale(zoom, zoom)
        device.setFont(painter.label_font)
        room = QRectF(10, 40 - tall / 2, 400, tall)
        right = Qt.AlignmentFlag.AlignRight
        painter._text(device, room, "للاتحاد البرلماني الدولي", right, painter.measurer)
        device.end()
        return image

    assert drawn(16.0) == drawn(64.0)


def test_arabic_dots_under_a_line_of_the_key_stay_whole_in_a_picture(qapp):
    """A PNG's key under its timeline read "التى" and "فى" for "التي" and "في": its lines
    were drawn clipped to their room, which the two dots of a final ي reach below, as a
    label's were."""
    from timeline.render.scale import TimeScale
    from timeline.render.shapes import KeyEntry

    painter = TimelinePainter(Theme())
    painter._reuse = False  # a picture's painter is scaled: no screen cache
    line = Rect(10.0, 40.0, 400.0, 16.0)
    frame = TimelineLayout(420, 120, TimeScale(VIEW, 0.0, 420.0, True), True, 0.0)
    frame.key = [KeyEntry("١", ("أحداث لم تُرسم هنا",), line)]
    image = QImage(630, 180, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    device = QPainter(image)
    device.scale(1.5, 1.5)
    painter._paint_key(device, frame)
    device.end()
    white = QColor("white").rgb()
    below = range(round(line.bottom * 1.5), round((line.bottom + 6) * 1.5))
    across = range(round(line.x * 1.5), round(line.right * 1.5))
    assert any(image.pixel(x, y) != white for y in below for x in across)


def test_an_arabic_legend_on_screen_reads_as_it_does_in_an_export(qapp, monkeypatch):
    """The colon of "الإطار فقط: …" stands after its word on every screen frame, as in a
    PDF, and the spaces between the words fall where an export's do: a legend recorded as
    a picture replayed ": " as a left-to-right run of its own, its space before the colon."""
    first, *rest = events()
    held_back = [replace(first, status=EventStatus.ANNOUNCED), *rest]
    painter = TimelinePainter()
    source = MemorySource.single(held_back, painter.measurer.width, "en")
    fmt = DateFormat("ar")
    options = LayoutOptions(rtl=True, fmt=fmt, statuses=frozenset({EventStatus.ANNOUNCED}))
    drawn = layout(StackingCache(source), VIEW, 900, 420, painter.measurer.width, options)
    (words,) = [item.text for item in drawn.legend if item.status is EventStatus.ANNOUNCED]

    def legend(frame: QImage) -> QImage:  # the status's words
        return frame.copy(int(words.x), int(words.y), int(words.width), int(words.height))

    on_screen = TimelinePainter()
    frames = [legend(_frame(on_screen, drawn, fmt)) for _ in range(2)]
    monkeypatch.setattr(painter_module, "reusable", lambda _painter: False)  # as exports
    exported = legend(_frame(TimelinePainter(), drawn, fmt))
    wanted = _gaps(exported)
    for frame in frames:
        gaps = _gaps(frame)
        assert len(gaps) == len(wanted)
        assert all(abs(gap - other) <= 1 for gap, other in zip(gaps, wanted, strict=True))


def test_the_legend_copied_from_its_image_is_as_smooth_as_drawn(qapp):
    """From the second frame the legend is copied from an image of it: the image was drawn
    without antialiasing, and the hollow diamond of "outline only" turned jagged (three
    greys where the first frame had fourteen)."""
    first, *rest = events()
    held_back = [replace(first, status=EventStatus.ANNOUNCED), *rest]
    painter = TimelinePainter()
    source = MemorySource.single(held_back, painter.measurer.width, "en")
    fmt = DateFormat("en")
    options = LayoutOptions(fmt=fmt, statuses=frozenset({EventStatus.ANNOUNCED}))
    drawn = layout(StackingCache(source), VIEW, 900, 420, painter.measurer.width, options)
    (swatch,) = [item.swatch for item in drawn.legend if item.status is EventStatus.ANNOUNCED]
    frames = [_frame(painter, drawn, fmt) for _ in range(3)]
    box = (int(swatch.x) - 1, int(swatch.y) - 1, int(swatch.width) + 3, int(swatch.height) + 3)
    first_frame, *copied = (frame.copy(*box) for frame in frames)
    assert all(frame == first_frame for frame in copied)


def _gaps(image: QImage) -> list[float]:
    """The middles of the blank columns between words (two or more side by side)."""
    blank = [
        all(QColor(image.pixel(x, y)).lightness() > 160 for y in range(image.height()))
        for x in range(image.width())
    ]
    gaps, start = [], None
    for x, empty in enumerate([*blank, False]):
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= 2 and start > 0 and x < image.width():
                gaps.append((start + x - 1) / 2)
            start = None
    return gaps


@pytest.mark.parametrize("rtl", [False, True])
def test_the_today_line_stops_beside_a_label_ending_just_before_it(qapp, rtl):
    """At 800×500 the sample's Mazhilis visit, its label ending two pixels before today,
    had its last letters on the red line. The line stops beside a label within a few
    pixels of it, as a label's ground breaks it where it crosses one; above and below
    the label it runs on."""
    drawn, image, label = _today_just_past_a_label(rtl)
    assert drawn.today_x is not None
    x = drawn.today_x
    red = TimelinePainter().theme.today

    def reddened(y: int) -> bool:
        """Whether the line's red, smoothed into its neighbours, is at height ``y``."""
        for column in range(int(x) - 1, int(x) + 2):
            seen = QColor(image.pixel(column, y))
            hue = abs(seen.hslHue() - red.hslHue())
            if seen.hslSaturation() > 60 and min(hue, 360 - hue) < 15:
                return True
        return False

    beside = range(int(label.y) + 1, int(label.bottom) - 1)
    assert not any(reddened(y) for y in beside)
    assert reddened(int(drawn.axis_bottom) + 2) or reddened(int(label.y) - 3)
    assert reddened(int(label.bottom) + 2)


def _today_just_past_a_label(rtl: bool) -> tuple[TimelineLayout, QImage, Rect]:
    """A frame whose today line passes 1 to 4 pixels after a label's end (in reading
    order), found among views a few days longer or shorter and days after the first label."""
    drawn, _image = painted(rtl)
    first = next(shape for shape in drawn.events if shape.label_rect is not None)
    day = first.event.date.earliest()
    for days in range(170, 200):
        view = Period(VIEW.start, VIEW.start + days)
        for later in range(10, 40):
            today = day + timedelta(days=later)
            drawn, image = painted(rtl, view, today)
            shape = next(s for s in drawn.events if s.event.id == first.event.id)
            label, x = shape.label_rect, drawn.today_x
            if label is None or x is None:
                continue
            past = label.x - x if rtl else x - label.right
            if 1.0 <= past <= 4.0:
                return drawn, image, label
    raise AssertionError("no view sets today just past a label")


def _cut(
    rtl: bool,
    first: date,
    last: date,
    view: Period,
    kind: EventKind = EventKind.MULTILATERAL_GATHERING,
) -> tuple[TimelineLayout, QImage]:
    """A bar from ``first`` to ``last`` (the IPU assembly's days), a view cutting it, as
    print paints it."""
    painter = TimelinePainter()
    bar = Event(
        id=1,
        kind=kind,
        countries=("MA", "KZ"),
        date=EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last)),
        title_en="150th Assembly of the Inter-Parliamentary Union",
    )
    source = MemorySource.single([bar], painter.measurer.width, "en")
    fmt = DateFormat("ar" if rtl else "en")
    options = LayoutOptions(rtl=rtl, fmt=fmt, whole_labels=True)
    drawn = layout(StackingCache(source), view, 900, 420, painter.measurer.width, options)
    return drawn, _printed(painter, drawn, fmt)


def _inked(colour: QColor, bar: QColor) -> bool:
    """Whether a pixel of a bar shows an arrowhead's ink, not the bar's own colour."""
    return abs(colour.lightness() - bar.lightness()) > 60


def _middle_row(shape: EventShape) -> int:
    return int(shape.marker_rect.y + shape.marker_rect.height / 2)


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("kind", [EventKind.MULTILATERAL_GATHERING, EventKind.STATEMENT])
def test_a_printed_bar_cut_by_the_frame_points_on_past_the_cut_side(qapp, rtl, kind):
    """A cut through the IPU assembly ran its bar off the page's edge as if it ended there.
    A bar the frame cuts carries an arrowhead inside its cut side, pointing out, in an ink
    that shows on it (a pale pink bar's dark, a statement's dark blue one's white); its
    side within the frame ends as before. In Arabic time runs from the right: the later
    days lie past the left edge. The screen draws the same head."""
    view = Period(day_number(date(2025, 4, 3)), day_number(date(2025, 4, 8)))
    drawn, image = _cut(rtl, date(2025, 4, 5), date(2025, 4, 12), view, kind)
    (shape,) = drawn.events
    rect, middle = shape.marker_rect, _middle_row(shape)
    bar = Theme().kind_colour(kind)
    cut = 4 if rtl else drawn.width - 5
    kept = rect.x + rect.width - 6 if rtl else rect.x + 5  # the end inside the frame
    assert (rect.x < 0) == rtl and (rect.x + rect.width > drawn.width) != rtl
    assert _inked(image.pixelColor(int(cut), middle), bar)
    assert not _inked(image.pixelColor(int(kept), middle), bar)
    middle_of_bar = int(max(rect.x, 0) + min(rect.x + rect.width, drawn.width)) // 2
    assert image.pixelColor(middle_of_bar, middle).name() == bar.name()
    screen = _frame(TimelinePainter(), drawn, DateFormat("ar" if rtl else "en"))
    assert screen.pixelColor(int(cut), middle) == image.pixelColor(int(cut), middle)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_cut_bar_showing_a_few_pixels_of_itself_carries_no_arrowhead(qapp, rtl):
    """A view beginning half a day before a bar's end showed 4.5 pixels of it, and a head
    drawn there whole made a bow-tie (on screen, beside it, on blank ground): where a box
    shows less of itself than two heads' length, it has none."""
    end = day_number(date(2025, 4, 13))  # the bar's last day is 12 April
    view = Period(end - 0.5, end + 99.5)  # the bar's last half day at its earlier edge
    drawn, image = _cut(rtl, date(2025, 4, 5), date(2025, 4, 12), view)
    (shape,) = drawn.events
    rect, middle = shape.marker_rect, _middle_row(shape)
    shown = (max(rect.x, 0.0), min(rect.right, drawn.width))
    assert 3 < shown[1] - shown[0] < 6
    ground = image.pixelColor(int(drawn.width / 2), middle)
    beside = range(7, 12) if not rtl else range(int(drawn.width) - 12, int(drawn.width) - 7)
    bar = Theme().kind_colour(EventKind.MULTILATERAL_GATHERING)
    for printed in (image, _frame(TimelinePainter(), drawn, DateFormat("ar" if rtl else "en"))):
        assert all(printed.pixelColor(x, middle) == ground for x in beside)
        assert not _inked(printed.pixelColor(int(sum(shown) / 2), middle), bar)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_widened_box_of_an_event_ending_in_view_carries_no_arrowhead(qapp, rtl):
    """A box too short to see is widened past its last day to the marker's size: a
    two-day meeting ending at a year's last day ran its widened box past the frame's
    edge, and got a head that said it went on. Cut or not is told by its days."""
    view = Period(day_number(date(2024, 4, 12)), day_number(date(2025, 4, 12)))
    drawn, image = _cut(rtl, date(2025, 4, 10), date(2025, 4, 11), view)
    (shape,) = drawn.events
    rect, middle = shape.marker_rect, _middle_row(shape)
    assert rect.x < 0 if rtl else rect.right > drawn.width  # widened past the edge
    bar = Theme().kind_colour(EventKind.MULTILATERAL_GATHERING)
    shown = range(max(int(rect.x), 0) + 1, min(int(rect.right), int(drawn.width)) - 1)
    ground = image.pixelColor(int(drawn.width / 2), middle)
    width = int(drawn.width)
    beside = range(6, 12) if rtl else range(width - 12, width - 6)  # where a head would be
    assert not set(beside) & set(shown)
    for printed in (image, _frame(TimelinePainter(), drawn, DateFormat("ar" if rtl else "en"))):
        assert not any(_inked(printed.pixelColor(x, middle), bar) for x in shown)
        assert all(printed.pixelColor(x, middle) == ground for x in beside)


@pytest.mark.parametrize("rtl", [False, True])
def test_the_strip_shows_an_event_running_into_the_view_under_its_window(qapp, rtl):
    """A cut through the IPU assembly (6–8 April of its 5–9): the strip counts an event on
    its first day, so its one bar stood outside the window, which read as empty. A line at
    the strip's foot runs over the days of the events begun before the view and still
    running in it, through the window."""
    view = Period(day_number(date(2025, 4, 6)), day_number(date(2025, 4, 9)))
    drawn, image = _cut(rtl, date(2025, 4, 5), date(2025, 4, 9), view)
    overview = drawn.overview
    assert overview is not None
    window, strip = overview.window, overview.rect
    foot = int(strip.y + strip.height - 3)
    ink = Theme().muted_text
    inside = [image.pixelColor(x, foot) for x in range(int(window.x) + 3, int(window.right) - 3)]
    assert inside and all(abs(c.lightness() - ink.lightness()) < 40 for c in inside)
