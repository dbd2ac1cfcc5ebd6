"""The timeline of an export: the screen's layout and painter, fitted to paper or an image.

One period or N consecutive ones (a timeline "N pages wide"): every page gets the same span,
so the same zoom level, the same rows and an axis of its own, and neighbours overlap a
little so that an event at a page edge is seen whole on one of them. Text keeps the
screen's size: the legend wraps rather than shrinks (a briefing must explain every colour
it uses), and labels are laid out whole inside their page (see
:mod:`timeline.render.labels`): wrapped, or numbered with a key, never crossing a page join.
Taped together, each part over the one before it, no text is cut either: an event's label
ends before where the next part covers its page, and so does an axis label that either
part has room for. Read on its own, a page shows what the next part covers grey, with no
event, badge or name that the next page has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import DIRECTION_MARKS, without_direction_marks
from timeline.domain.languages import is_right_to_left
from timeline.domain.period import Period
from timeline.export.briefing_table import LINE_PITCH, Paragraph, paragraph
from timeline.export.briefing_words import word
from timeline.export.marking import marking_height, marking_paragraph, paint_marking
from timeline.export.page_setup import UNITS_PER_INCH
from timeline.export.svg_direction import in_reading_order
from timeline.export.svg_fonts import with_fonts
from timeline.io.xml_text import xml_safe
from timeline.render.axis_ticks import axis_forms, unnamed_at_edges
from timeline.render.connectors import place_connectors
from timeline.render.index import EventSource, TimelineIndex
from timeline.render.labels import TextWidth
from timeline.render.layout import (
    LayoutOptions,
    StackingCache,
    edges_named,
    events_days,
    fit_layout,
    fit_period,
    layout,
    shorten,
)
from timeline.render.painter import TimelinePainter
from timeline.render.shapes import Geometry, TimelineLayout
from timeline.render.theme import app_font

#: Share of a page's span that it repeats of its neighbour's.
OVERLAP = 0.04
BAND_PADDING = 10.0  # under the lowest label of a timeline band or picture
#: White around a picture (PNG, SVG), as a page's margins are around a briefing's band: its
#: labels ran to the image's edge, one pixel from a slide's background.
PICTURE_MARGIN = 12.0


def page_periods(whole: Period, pages: int, overlap: float = OVERLAP) -> list[Period]:
    """``pages`` periods of equal span covering ``whole``, each overlapping the next."""
    if pages <= 1:
        return [whole]
    span = whole.span / (1 + (pages - 1) * (1 - overlap))
    step = span * (1 - overlap)
    return [Period(whole.start + n * step, whole.start + n * step + span) for n in range(pages)]


def pages_with_events(
    index: TimelineIndex, period: Period | None, asked: int, within: Period | None = None
) -> int:
    """The most parts, up to ``asked``, into which ``period`` (None: "fit all") splits with
    each holding an event of its own: a part holds those that start before the next part
    covers it (see :func:`timeline.render.layout._before`). A part holding none is a page
    of empty axis (one event asked three pages wide was a page with it between two pages
    of nothing). One for a selection with no events. ``within``: as for
    :func:`fit_period`."""
    whole = period or fit_period(index, within)
    if whole is None:
        return 1
    starts = index.starts[whole.touches(index.starts, index.ends)]
    for pages in range(asked, 1, -1):
        covered_from = [part.start for part in page_periods(whole, pages)[1:]]
        held = np.bincount(np.searchsorted(covered_from, starts, side="right"), minlength=pages)
        if held.all():
            return pages
    return 1


class Trials:
    """What the drawings one caller tries in turn (a briefing's plan: each band's height,
    each number of pages) share, each worked out once: the painter, with its measured text
    widths and the axes laid out with them; the stacking of the events for labels of so many
    lines; and "fit all"'s period for each room. Nine axes in ten, and four fitted periods
    in ten, were the ones an earlier trial had worked out."""

    def __init__(self) -> None:
        self.painter = TimelinePainter()
        self._stackings: dict[tuple[EventSource, int, Period | None], StackingCache] = {}
        self._fitted: dict[tuple[StackingCache, float, float, LayoutOptions], Period | None] = {}

    def stacking(
        self, source: EventSource, label_lines: int, period: Period | None = None
    ) -> StackingCache:
        """The print stacking of ``source``'s events, labels wrapping to ``label_lines``;
        with ``period``, of those reaching into it alone (see :class:`StackingCache`)."""
        key = (source, label_lines, period)
        if key not in self._stackings:
            geometry = Geometry.for_print(label_lines)
            self._stackings[key] = StackingCache(
                source, geometry, print_stacking=True, stacked_within=period
            )
        return self._stackings[key]

    def fitted(
        self, cache: StackingCache, across: float, tallest: float, options: LayoutOptions
    ) -> Period | None:
        """ "Fit all"'s period (see :func:`fit_layout`) for a strip ``across`` wide."""
        key = (cache, across, tallest, options)
        if key not in self._fitted:
            width = self.painter.measurer.width
            found = fit_layout(cache, across, tallest, width, options)
            self._fitted[key] = found[0] if found is not None else None
        return self._fitted[key]


class TimelineDrawing:
    """The layouts of one export, ready to paint into a ``size`` box (drawing units)."""

    def __init__(
        self,
        source: EventSource,
        fmt: DateFormat,
        size: QSizeF,
        period: Period | None = None,
        pages: int = 1,
        today: date | None = None,
        hijri_tier: bool = True,
        legend: bool = True,
        heights: Sequence[float] = (),
        spreads: Sequence[float] = (),
        label_lines: int = 2,
        within: Period | None = None,
        trials: Trials | None = None,
        table: str = "none",
    ) -> None:
        """``period`` None: the whole filtered period, fitted as the view's "fit all" does.
        ``legend`` False: the caller explains the colours itself (a briefing's summary does),
        so the drawing keeps the screen's type size whatever the paper's width. ``heights``:
        each part's own height (a briefing's bands are as tall as their rows need); by
        default every part is ``size`` tall. ``spreads``: each part's rows that much further
        apart than the screen's (a sparse part given the room its page would leave empty).
        ``label_lines``: how many lines a label may wrap to (see :meth:`Geometry.for_print`).
        ``within``: the days the selection asks for, which "fit all" and the density strip
        keep to, its axis naming nothing outside the events' days within them (a ``period``
        given is named whole, as the screen shows it). ``trials``: what this drawing shares
        with the others its caller tries (see :class:`Trials`). ``table``: what a briefing's
        table does with its events, which the key says of those under badges: ``all``
        lists them, ``summary`` counts them, ``none`` (a picture) has none."""
        self.fmt = fmt
        self.size = size
        trials = trials or Trials()
        self.painter = trials.painter
        width, height = size.width(), size.height()
        # A view printed as shown: its own events alone are stacked.
        cache = trials.stacking(source, label_lines, period)
        # A density strip over events of one day counts them all in one bar, its window
        # over the whole of it: a print of 10 June 2015 showed an empty blue frame under
        # its events known only to 2015, a pair's one meeting a bar in a frame its window
        # filled. It shows how events spread over days, so none here, nor where no event
        # begins within its days: 9 and 10 June 2015 showed the same empty frame.
        days = events_days(source.index, within)
        options = LayoutOptions(
            rtl=fmt.language == "ar",
            fmt=fmt,
            hijri_tier=hijri_tier,
            today=today,
            legend=legend,
            legend_drawn_only=True,
            today_words=word("generated", fmt, day=fmt.day(today)) if today and legend else "",
            badge_words=word("badges" if table == "none" else f"badges_{table}", fmt),
            geometry=cache.geometry,
            whole_labels=True,
            weeks=True,
            overview=(days is None or days.span > 1) and _begun_in_strip(cache, within),
            # The days asked bound "fit all" and the density strip, on screen as here: a
            # view printed as shown names every day it shows (``named_days``).
            fit_within=within,
            named_days=days if period is None else None,
            statuses=source.statuses,
        )
        measure = self.painter.measurer.width
        given = period is not None
        if period is None:  # "fit all", over the parts taped together
            across = width * (1 + (pages - 1) * (1 - OVERLAP))
            tallest = max(heights, default=height)
            period = trials.fitted(cache, across, tallest, options)
            if period is not None and pages > 1:
                period = edges_named(
                    period,
                    options.fit_within,
                    across,
                    lambda at: _unnamed_at_strip_ends(at, pages, width, measure, options),
                )
        fitted = period is not None and not given
        if period is None:  # nothing to show: the year up to today
            today_or_now = today or date.today()
            period = Period.around(today_or_now - timedelta(days=365), today_or_now)
        if fitted:  # the strip spans what the parts show, its windows each part
            options = replace(options, strip_days=period)
        self.period = period
        self.row_height = cache.geometry.row_height
        parts = page_periods(period, pages)
        self.heights = list(heights) or [height] * len(parts)
        self.spreads = list(spreads) or [1.0] * len(parts)
        self.layouts: list[TimelineLayout] = []
        geometries: list[Geometry] = []
        joined = _taped_options(parts, width, measure, options)
        for number, (part, part_height) in enumerate(zip(parts, self.heights, strict=True)):
            spread = spreads[number] if spreads else 1.0
            rows = replace(cache.geometry, row_height=cache.geometry.row_height * spread)
            geometries.append(rows)
            self.layouts.append(
                layout(
                    cache,
                    part,
                    width,
                    part_height,
                    measure,
                    replace(joined[number], geometry=rows),
                )
            )
        if len(self.layouts) > 1:
            _join_connectors(source, self.layouts, geometries)
            _mark_unmet(self.layouts)

    def room_under_rows(self, padding: float, least: float) -> list[float]:
        """What each part could lose and still keep ``padding`` under its rows and be no
        shorter than ``least``: whole pixels' worth or nothing, as :meth:`shorten_to_rows`
        takes it, so that a page planned with it is the page drawn."""
        spares = (
            min(_under_rows(part) - _rows_bottom(part) - padding, height - least)
            for part, height in zip(self.layouts, self.heights, strict=True)
        )
        return [spare if spare >= 1 else 0.0 for spare in spares]

    def shorten_to_rows(self, padding: float, least: float, alike: bool = True) -> None:
        """Every part as short as the fullest one's rows need, ``padding`` under them, and no
        shorter than ``least``: laid out as tall as its box, a part leaves the rest of it
        empty under its lowest label. Taken from every part ``alike``, so that the parts of
        a timeline several pages wide keep their density strips in one line too; else each
        part as short as its own rows need (their axes and rows still line up)."""
        spares = self.room_under_rows(padding, least)
        if alike:
            spares = [min(spares)] * len(spares)
        for number, (part, spare) in enumerate(zip(self.layouts, spares, strict=True)):
            if spare:
                shorten(part, spare)
                self.heights[number] -= spare
        self.size = QSizeF(self.size.width(), max(self.heights))

    def paint(self, painter: QPainter, page: int = 0) -> None:
        """Page ``page`` of the drawing at the painter's origin, clipped to its box."""
        painter.save()
        painter.setClipRect(QRectF(0, 0, self.size.width(), self.heights[page]))
        self.painter.paint(painter, self.layouts[page], self.fmt)
        painter.restore()


def lowest(part: TimelineLayout) -> float:
    """The bottom of the lowest thing drawn in a timeline part's rows (its axis when empty)."""
    bottoms = [part.axis_bottom]
    bottoms += [
        max(shape.label_rect.bottom if shape.label_rect else 0.0, shape.marker_rect.bottom)
        for shape in part.events
    ]
    bottoms += [cluster.rect.bottom for cluster in part.clusters]
    return max(bottoms)


def _rows_bottom(part: TimelineLayout) -> float:
    """The bottom of a part's rows and of the connectors between them."""
    curves = [point[1] for connector in part.connectors for point in connector.points]
    return max([lowest(part), *curves])


def _under_rows(part: TimelineLayout) -> float:
    """Where what lies under a part's rows starts: the room of the key to its numbered labels,
    else the density strip, the legend, or the part's foot (a key found needless once its
    room was taken leaves that room empty)."""
    if part.key:
        return part.body_bottom
    tops = [part.height] + [item.swatch.y for item in part.legend]
    tops += [item.text.y for item in part.legend]
    return min(tops + ([part.overview.rect.y] if part.overview is not None else []))


def _begun_in_strip(cache: StackingCache, within: Period | None) -> bool:
    """Whether an event begins within the days a density strip spans for ``within``, for
    it to show as a bar: of events all begun before them, it is an empty frame."""
    strip = cache.whole(within)
    if strip is None:
        return False
    index = cache.source.index
    begun = index.first_from(strip.start)
    return begun is not None and bool(index.starts[begun] < strip.end)


def _taped_options(
    parts: list[Period], width: float, text_width: TextWidth, options: LayoutOptions
) -> list[LayoutOptions]:
    """Each part's options (:func:`_taped`); taped, the strip reads as one axis, each tier
    in the shortest form one of its parts needs."""
    joined = [_taped(options, parts, number) for number in range(len(parts))]
    if len(parts) == 1:
        return joined
    taken = [
        axis_forms(part, width, text_width, part_options)
        for part, part_options in zip(parts, joined, strict=True)
    ]
    agreed = tuple(max(forms) for forms in zip(*taken, strict=True))
    return [replace(part_options, axis_forms=agreed) for part_options in joined]


def _unnamed_at_strip_ends(
    whole: Period, pages: int, width: float, text_width: TextWidth, options: LayoutOptions
) -> tuple[float, float]:
    """The pixels that the spans cut by a strip's outer edges, its first part's start and
    its last part's end, lack to be named there, in the form the taped strip agrees on
    (:func:`timeline.render.axis_ticks.unnamed_at_edges`): "fit all" over the whole strip
    measured one view's forms and padding, and the Arabic pair's last Jumada II went
    unnamed on Letter paper two pages wide."""
    parts = page_periods(whole, pages)
    joined = _taped_options(parts, width, text_width, options)
    before = unnamed_at_edges(parts[0], width, text_width, joined[0])[0]
    after = unnamed_at_edges(parts[-1], width, text_width, joined[-1])[1]
    return before, after


def _taped(options: LayoutOptions, parts: list[Period], number: int) -> LayoutOptions:
    """Part ``number``'s options with where its neighbours lie on it, taped: the next part
    covers it from its start on, or the one before covers it up to its end; no axis label
    runs across either, and no event label across the first. The events the part before
    holds and shows whole are not drawn again at this one's edge."""
    following = parts[number + 1].start if number + 1 < len(parts) else None
    before_until = parts[number - 1].end if number else None
    joins = [following] if following is not None else []
    joins += [before_until] if before_until is not None else []
    return replace(
        options, joins=tuple(joins), covered_from=following, shown_before_until=before_until
    )


def _join_connectors(
    source: EventSource, layouts: list[TimelineLayout], geometries: list[Geometry]
) -> None:
    """Arcs running off a part towards an end on a neighbouring part run over that end's
    row, as the neighbour's arc does: taped, the parts show one unbroken arc."""
    tops = {shape.event.id: shape.marker_rect.y for part in layouts for shape in part.events}
    index, ties = source.index, source.ties()

    def start_day(event_id: int) -> float | None:
        position = index.position(event_id)
        return None if position is None else float(index.starts[position])

    for part, geometry in zip(layouts, geometries, strict=True):
        part.connectors = place_connectors(part, ties, geometry, start_day, tops.get)


def _mark_unmet(layouts: list[TimelineLayout]) -> None:
    """Each part's events that the part before or after, where their bars run on, counts
    in a badge rather than draws (:attr:`TimelineLayout.unmet`): their bars say at that
    side that they go on, as at the timeline's outer edges. October 2008 two pages wide
    counted the meetings of Germany and India and of Japan and the United States, both of
    2008, under page 2's "+2", and page 3 drew them from its first edge without a head, as
    if begun on 16 October, where page 3 begins."""
    drawn = [{shape.event.id for shape in part.events} for part in layouts]
    counted = [{i for cluster in part.clusters for i in cluster.event_ids} for part in layouts]
    last = len(layouts) - 1
    for number, part in enumerate(layouts):
        earlier = counted[number - 1] & drawn[number] if number else set()
        later = counted[number + 1] & drawn[number] if number < last else set()
        part.unmet = (frozenset(earlier), frozenset(later))


def _marked(drawing: TimelineDrawing, marking: str) -> Paragraph | None:
    """The handling marking over the picture's timeline, as wide as it (None: no marking)."""
    if not marking:
        return None
    rtl = is_right_to_left(drawing.fmt.language)
    return marking_paragraph(marking, drawing.size.width(), rtl)


def _noted(drawing: TimelineDrawing, note: str) -> Paragraph | None:
    """What the picture says under its timeline, as wide as it (None: nothing)."""
    if not note:
        return None
    rtl = is_right_to_left(drawing.fmt.language)
    return paragraph(note, app_font(12), drawing.size.width(), rtl)


def _note_height(noted: Paragraph | None) -> float:
    return 0.0 if noted is None else noted.lines * LINE_PITCH + PICTURE_MARGIN


def _framed(drawing: TimelineDrawing, marked: Paragraph | None, noted: Paragraph | None) -> QSizeF:
    """The picture's size: the drawing's and its note's between its markings,
    PICTURE_MARGIN on every side."""
    marks = 2 * marking_height(marked) if marked is not None else 0.0
    height = 2 * PICTURE_MARGIN + marks + _note_height(noted)
    return drawing.size + QSizeF(2 * PICTURE_MARGIN, height)


def _paint_picture(
    painter: QPainter, drawing: TimelineDrawing, marked: Paragraph | None, noted: Paragraph | None
) -> None:
    """The marking, if any, then the timeline under it, its note and the marking again,
    PICTURE_MARGIN in."""
    painter.translate(PICTURE_MARGIN, PICTURE_MARGIN)
    if marked is not None:
        paint_marking(painter, marked)
        painter.translate(0, marking_height(marked))
    drawing.paint(painter)
    bottom = drawing.size.height()
    if noted is not None:
        noted.draw(painter, QPointF(0, bottom + PICTURE_MARGIN), drawing.painter.theme.text)
        bottom += _note_height(noted)
    if marked is not None:
        paint_marking(painter, marked, bottom)


def png_bytes(
    drawing: TimelineDrawing, dpi: int, title: str, marking: str = "", note: str = ""
) -> bytes:
    """The drawing as PNG at ``dpi`` (its size on paper is kept), under its handling
    ``marking``, ``note`` under it, PICTURE_MARGIN around; its ``title`` as the file's
    Title (a PNG text keyword), as an SVG has its own (a picture goes under a heading of
    its own: a slide's, a page's)."""
    zoom = dpi / UNITS_PER_INCH
    marked, noted = _marked(drawing, marking), _noted(drawing, note)
    framed = _framed(drawing, marked, noted)
    size = QSize(round(framed.width() * zoom), round(framed.height() * zoom))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    image.setText("Title", title)
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    _paint_picture(painter, drawing, marked, noted)
    painter.end()
    return image_bytes(image, "PNG")


def image_bytes(image: QImage, format: str) -> bytes:
    """``image`` encoded by Qt's writer of ``format`` (PNG, JPEG, WEBP), to be written
    whole or not at all (:func:`~timeline.io.atomic.write_atomically`)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, format)  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def svg_bytes(drawing: TimelineDrawing, title: str, marking: str = "", note: str = "") -> bytes:
    """The drawing as SVG, text kept as text in the fonts it carries (see
    :mod:`timeline.export.svg_fonts`), its right-to-left runs marked so
    (:mod:`timeline.export.svg_direction`), under its handling ``marking``, ``note`` under
    it, PICTURE_MARGIN around."""
    marked, noted = _marked(drawing, marking), _noted(drawing, note)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = _framed(drawing, marked, noted).toSize()
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(round(UNITS_PER_INCH))
    generator.setTitle(title)
    painter = QPainter(generator)
    _paint_picture(painter, drawing, marked, noted)
    painter.end()
    buffer.close()
    document = bytes(data.data()).decode("utf-8", errors="replace")
    # Qt writes text as it is given: a NUL or an ESC in a title would make invalid XML.
    rtl = is_right_to_left(drawing.fmt.language)
    return with_fonts(in_reading_order(xml_safe(_plain_svg_text(document)), rtl)).encode("utf-8")


#: A text element of nothing but direction marks: Qt writes each directional run of a line
#: as an element of its own, placed where the screen lays it out, and the isolates as runs.
_MARKS_ALONE = re.compile(f"<text[^>]*>[{DIRECTION_MARKS}]+</text>\n?")


def _plain_svg_text(document: str) -> str:
    """An SVG's text without direction marks: its runs are already placed in the order the
    marks gave them, and a program reading the text (a search, a screen reader, a script)
    took the Arabic ruler's isolates for part of "2020–2029"."""
    return without_direction_marks(_MARKS_ALONE.sub("", document))
