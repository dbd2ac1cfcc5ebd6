"""Paint a TimelineLayout onto any QPainter: a widget, a PDF, an image, SVG, a printer."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPicture,
    QPolygonF,
    QStaticText,
    QTransform,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import is_rtl_text
from timeline.domain.kinds import EventKind
from timeline.render.connectors import AGREEMENT, ConnectorShape
from timeline.render.index import Marker
from timeline.render.note import QuietNote
from timeline.render.raster import (
    PictureImage,
    SeenTwice,
    StaticTexts,
    image_of,
    replay,
    reusable,
    sprite,
)
from timeline.render.raster import text_option as _text_option
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale
from timeline.render.shapes import (
    ClusterShape,
    EventShape,
    OverviewShape,
    TickShape,
    TimelineLayout,
)
from timeline.render.text import TextMeasurer
from timeline.render.theme import Theme, app_font

_CHARACTER_SAMPLES = (
    "Official visit: Morocco–Kazakhstan talks on visas",
    "مباحثات لتعزيز الشراكة الاقتصادية بين المغرب وكازاخستان",
)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


@dataclass(frozen=True, slots=True)
class _MarkerTools:
    """What markers of one colour are drawn with (a frame draws hundreds of them)."""

    outline: QPen
    hollow_pen: QPen  # announced: the outline alone, thicker
    hollow_window: QPen
    fuzzy: QPen
    window: QPen  # one day within: dashed
    pale: QBrush

    @classmethod
    def of(cls, colour: QColor) -> _MarkerTools:
        pale = QColor(colour)
        pale.setAlpha(70)
        hollow_window, window = QPen(colour, 2), QPen(colour, 1.2)
        hollow_window.setStyle(Qt.PenStyle.DashLine)
        window.setStyle(Qt.PenStyle.DashLine)
        return cls(
            QPen(colour.darker(130), 1),
            QPen(colour, 2),
            hollow_window,
            QPen(colour, 1.2),
            window,
            QBrush(pale),
        )


_SPRITE_PAD = 2  # pixels around a marker's image for its outline's antialiasing
#: A dashed outline's repeating slice: a whole number of both dashed pens' periods (four
#: pen widths of dash and two of gap: 7.2 pixels at 1.2, 12 at 2).
_DASH_SLICE = 36
_STRIP = 29 * _DASH_SLICE  # 1,044 pixels of a long box's middle, tiled as far as it runs
_BADGES_KEPT = 512
_LABELS_KEPT = 1024
_TICKS_KEPT = 256
_COUNT_CHARACTERS = frozenset("+0123456789")
_RULES_KEPT = 8  # lines across the frame kept as images (a resized window makes more)


def _label_align(text: str) -> Qt.AlignmentFlag:
    """A plain label starts on the side its text is read from."""
    return Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft


@lru_cache(maxsize=64)
def _diamond(half: float) -> QPolygonF:
    """A point event's diamond around (0, 0)."""
    return QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)])


def _sprite_key(
    marker: Marker, rgba: int, hollow: bool, width: float, height: float
) -> tuple[Marker, int, bool, int, int]:
    """A small marker's image, by shape, colour, fill and size to half a pixel."""
    return (marker, rgba, hollow, round(width * 2), round(height * 2))


def _label_key(text: str, width: float, height: float) -> tuple[str, float, float]:
    """A plain label's image, by text and size: the same pixels wherever it stands."""
    return (text, round(width, 3), round(height, 3))


def _histogram_keys(clusters: list[ClusterShape]) -> list[bytes]:
    """Each badge's histogram as part of its image's key: its parts' edges from the badge's
    left edge to a tenth of a pixel and their shares to a hundredth, as bytes. All of a
    frame's badges in a few numpy calls: rounding their numbers one by one cost more than
    drawing the badges from their images."""
    if len({cluster.parts.shape for cluster in clusters}) > 1:  # never from the layout
        return [_histogram_keys([cluster])[0] for cluster in clusters]
    if not clusters:
        return []
    profiles = np.stack([cluster.parts for cluster in clusters])
    lefts = np.array([cluster.rect.x for cluster in clusters])[:, None, None]
    edges = np.round(profiles[:, :, :2] - lefts, 1) + 0.0  # + 0.0: no negative zero
    shares = np.round(profiles[:, :, 2], 2) + 0.0
    return [edge.tobytes() + share.tobytes() for edge, share in zip(edges, shares, strict=True)]


#: The density strip's bars on screen: their counts, place, span and pixel density, and
#: the image's corner and the image.
_BarsImage = tuple[np.ndarray, tuple[Rect, TimeScale, float], tuple[QPointF, QImage]]

#: The grid's hairlines as pixel columns, major tier's and minor tier's, and the frame's
#: width in pixels.
_GridColumns = tuple[tuple[list[int], list[int]], int]


def _grid_columns(layout: TimelineLayout) -> _GridColumns | None:
    """Where a one-pixel hairline of the grid lies in each row from the axis down: the
    column ``floor(x)`` of each tick's, as a line without antialiasing is drawn (rows from
    ``floor(top)`` to ``floor(bottom)``, its end included). Filled in with the grounds, the
    grid's pixels must be those lines': the frame and the axis's bottom (its fill's edge)
    on whole pixels, as on screen (None otherwise)."""
    if not all(float(at).is_integer() for at in (layout.width, layout.height, layout.axis_bottom)):
        return None
    width = int(layout.width)
    columns: tuple[list[int], list[int]] = ([], [])
    for tick in layout.ticks:
        if tick.tier < 2 and 0 <= tick.x < width:
            columns[tick.tier].append(math.floor(tick.x))
    return columns, width


#: Rows a fill covers at a time. Qt's raster engine hands a fill of a textured brush (the
#: ground with the grid's hairlines in it) of more than 95 rows to its thread pool in parts
#: of 64; on two shared cores waking the threads cost more than the fill they shared: the
#: view-wide ground of a 1600×600 frame took 0.29 ms and 0.3 ms more of the pool's
#: processor time, against 0.2 ms in parts of 64 rows filled one after another.
_FILL_ROWS = 64


def _fill_rows(painter: QPainter, rect: QRectF, brush: QColor | QBrush) -> None:
    """``painter.fillRect(rect, brush)``; a textured brush (on screen only: see
    :meth:`TimelinePainter._ground`) in bands of :data:`_FILL_ROWS` rows, each ending
    where the next begins: the same pixels (a fill without antialiasing rounds both edges
    alike), on the interface thread alone. A plain colour, and every export's fill, is one
    call."""
    if isinstance(brush, QColor):
        painter.fillRect(rect, brush)
        return
    top, bottom = rect.top(), rect.bottom()
    while top < bottom:
        end = min(top + _FILL_ROWS, bottom)
        painter.fillRect(QRectF(rect.x(), top, rect.width(), end - top), brush)
        top = end


def _placed_badge(
    cluster: ClusterShape,
) -> tuple[QRectF, tuple[tuple[float, float, float], ...]]:
    """A badge's box and histogram moved to the nearest whole pixel, where the screen
    draws it."""
    rect = _qrect(cluster.rect)
    dx, dy = round(rect.x()) - rect.x(), round(rect.y()) - rect.y()
    profile = tuple((x0 + dx, x1 + dx, share) for x0, x1, share in cluster.profile)
    return rect.translated(dx, dy), profile


def _text_image(
    static: QStaticText, advance: float, half_height: float, colour: QColor, font: QFont
) -> QImage:
    """A laid-out text in ``colour`` on a transparent image, with room either side: drawn
    at (x - pad, y) it stands where the text drawn at (x, y) would."""
    image = QImage(
        math.ceil(advance) + 2 * _SPRITE_PAD,
        math.ceil(2 * half_height),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    on_image = QPainter(image)
    on_image.setRenderHint(QPainter.RenderHint.Antialiasing)
    on_image.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    on_image.setPen(colour)
    on_image.setFont(font)
    on_image.drawStaticText(QPointF(_SPRITE_PAD, 0), static)
    on_image.end()
    return image


class TimelinePainter:
    """Draws layouts with one theme and font set; holds no state about the view."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        self.theme = theme or Theme()
        self.label_font = app_font(font_px)
        self.bold_font = app_font(font_px, bold=True)
        self.axis_font = app_font(font_px - 1)
        self.measurer = TextMeasurer(self.label_font)
        self.bold_measurer = TextMeasurer(self.bold_font)  # the selected event's label
        self._link_font = app_font(font_px)  # a date in the note over an empty view, hovered
        self._link_font.setUnderline(True)
        self.axis_measurer = TextMeasurer(self.axis_font)
        #: The density strip's bars last recorded: (their counts, place and span, picture).
        self._strip: tuple[np.ndarray, tuple[Rect, TimeScale], QPicture] | None = None
        #: On screen their image: their counts, place, span and pixel density, its corner
        #: and the image.
        self._bars: _BarsImage | None = None
        #: Screen caches (never used for exports): see :mod:`timeline.render.raster`.
        self._reuse = False
        self._frame_width = 0.0  # the frame being painted's: long markers are cut to it
        self._legend: tuple[object, QPicture] | None = None
        self._legend_image = PictureImage()
        self._kind_colours = {kind: self.theme.kind_colour(kind) for kind in EventKind}
        self._kind_rgba = {kind: colour.rgba() for kind, colour in self._kind_colours.items()}
        self._tools: dict[int, _MarkerTools] = {}  # by the marker's colour
        #: The badge the selected event is hidden behind in the last frame that hid it: the
        #: frame's layout, the event, the badge's place (None: not hidden there).
        self._hiding: tuple[TimelineLayout, int, Rect | None] | None = None
        self._shade = QColor(255, 255, 255, 70)  # a badge's histogram
        self._sprites: dict[tuple[Marker, int, bool, int, int], QImage] = {}  # small markers
        #: Long markers' ends and middle strips, by shape, colour, fill and height.
        self._long_sprites: dict[tuple[Marker, int, bool, int], tuple[QImage, QBrush]] = {}
        #: Badges as images, by size, count and histogram, once seen twice; the badges seen
        #: once; and their bodies, by size.
        self._badges = SeenTwice(_BADGES_KEPT)
        self._bodies: dict[tuple[int, int], QImage] = {}
        #: Plain labels as images, by text and size, once seen twice; those seen once.
        self._labels = SeenTwice(_LABELS_KEPT)
        self._ticks = SeenTwice(_TICKS_KEPT)  # the axis's labels, by text and tier
        self._static = StaticTexts()
        self._bold_metrics = QFontMetricsF(self.bold_font)
        self._glyphs: dict[str, tuple[QImage, float]] = {}  # of badges' counts
        #: Lines across the frame as images, by length, place within a pixel and density.
        self._rules: dict[tuple[float, float, float, float], tuple[QPointF, QImage]] = {}
        # Widest average over Latin and Arabic text: reserving labels by title length with it
        # seldom needs to elide one.
        self.char_px = 1.08 * max(
            self.measurer.width(sample) / len(sample) for sample in _CHARACTER_SAMPLES
        )

    def paint(
        self,
        painter: QPainter,
        layout: TimelineLayout,
        fmt: DateFormat,
        selected_id: int | None = None,
        focus_id: int | None = None,
        highlighted: frozenset[int] = frozenset(),
        note_hover: int | None = None,
    ) -> None:
        """``highlighted``: the selected (or hovered) event's thread and linked events,
        whose connectors are drawn stronger and markers ringed. ``note_hover``: the event
        of the note over an empty view (:mod:`timeline.render.note`) under the mouse."""
        self._reuse = reusable(painter)
        self._frame_width = layout.width
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The flat fills first, without antialiasing: a view-wide one cost three times as
        # much with it, and their edges lie on whole pixels or under the axis. On screen
        # the grid's hairlines are filled in with them.
        grid = _grid_columns(layout) if self._reuse else None
        ground = self._ground(self.theme.background, grid)
        _fill_rows(painter, QRectF(0, 0, layout.width, layout.height), ground)
        self._paint_lanes(painter, layout, grid)
        painter.fillRect(QRectF(0, 0, layout.width, layout.axis_bottom), self.theme.axis_background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if grid is None:
            self._paint_grid(painter, layout)
        self._paint_axis(painter, layout)
        if layout.today_x is not None:  # beneath the events: labels and badges stay whole
            # Across the lanes only: through the axis it crossed its labels, and the density
            # strip below has a scale of its own.
            bottom = max((lane.rect.bottom for lane in layout.lanes), default=layout.height)
            painter.setPen(QPen(self.theme.today, 1.5))
            top, x = layout.axis_bottom, layout.today_x
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if layout.connectors:  # beneath the events: a label's background covers a crossing
            self._paint_connectors(painter, layout.connectors, highlighted)
        on_screen = self._reuse
        hidden = selected_id
        for shape in layout.events:
            event_id = shape.event.id
            selected = event_id == selected_id
            if selected:
                hidden = None
            if not (on_screen and not selected and self._screen_event(painter, shape)):
                self._paint_event(painter, shape, selected)
            if event_id in highlighted and not selected:
                self._paint_related(painter, shape)
        if on_screen:
            badges = self._badge_keys(layout.clusters, fmt)
            for cluster, (label, bars) in zip(layout.clusters, badges, strict=True):
                self._screen_cluster(painter, cluster, label, bars)
        else:
            for cluster in layout.clusters:
                label = f"+{fmt.number(cluster.count)}"
                self._draw_cluster(painter, _qrect(cluster.rect), cluster.profile, label)
        if hidden is not None:
            self._ring_hiding_badge(painter, layout, hidden)
        if layout.note is not None:
            self._paint_note(painter, layout.note, note_hover)
        self._paint_key(painter, layout)
        self._paint_overview(painter, layout)
        self._paint_legend(painter, layout)
        if focus_id is not None:
            self._paint_focus(painter, layout, focus_id)
        painter.restore()

    def _text(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        align: Qt.AlignmentFlag,
        measurer: TextMeasurer,
    ) -> None:
        """One line of text in its room, in the painter's font (``measurer``'s); on screen
        laid out once and reused."""
        if self._reuse:
            self._static.draw(painter, rect, text, align, measurer.width)
        else:
            painter.drawText(rect, text, _text_option(text, align))

    def _draw_bars(self, painter: QPainter, overview: OverviewShape) -> None:
        """The strip's bars: replayed from their recording, or on screen an image of them."""
        if not self._reuse:
            replay(painter, self._strip_bars(overview))  # whatever the device's resolution
            return
        corner, image = self._bars_image(overview, painter.device().devicePixelRatioF())
        painter.drawImage(corner, image)

    def _bars_image(self, overview: OverviewShape, ratio: float) -> tuple[QPointF, QImage]:
        """On screen the strip's bars as an image, made once for its counts, place, span
        and pixel density (panning and zooming move only the window over them), the bars
        drawn on it a kind at a time, without antialiasing, from the first frame on. They
        were recorded first, replayed on that frame and replayed again into an image on the
        next: Qt records a rectangle as a path and replays it as one, and a million events'
        strip (2,600 bars) took 10 ms to record and 8 to replay, against 2 drawn at once."""
        key = (overview.rect, overview.scale, ratio)
        made = self._bars
        if made is not None and made[0] is overview.by_kind and made[1] == key:
            return made[2]
        drawn = image_of(
            _qrect(overview.rect), ratio, partial(self._draw_bars_at_once, overview=overview)
        )
        self._bars = (overview.by_kind, key, drawn)
        return drawn

    def _paint_lanes(
        self, painter: QPainter, layout: TimelineLayout, grid: _GridColumns | None
    ) -> None:
        """Every other lane's ground and the lanes' titles; ``grid``: the hairlines filled
        in with the grounds (on screen), drawn again over the titles, which they cross."""
        titled = len(layout.lanes) > 1
        # On screen a font is set only for titles to draw (setting one costs as much as a
        # label's copy, and a lane alone has no title); files keep the state they record.
        if titled or not self._reuse:
            painter.setFont(self.bold_font)
        for index, lane in enumerate(layout.lanes):
            if index % 2:
                ground = self._ground(self.theme.lane_background, grid)
                _fill_rows(painter, _qrect(lane.rect), ground)
            if titled:
                painter.setPen(self.theme.muted_text)
                align = Qt.AlignmentFlag.AlignRight if layout.rtl else Qt.AlignmentFlag.AlignLeft
                title_rect = QRectF(lane.rect.x + 8, lane.rect.y, lane.rect.width - 16, 18)
                self._text(painter, title_rect, lane.title, align, self.bold_measurer)
                if grid is not None:
                    painter.save()
                    painter.setClipRect(title_rect.adjusted(-4, -4, 4, 4))
                    self._paint_grid(painter, layout)
                    painter.restore()

    def _lines(self, painter: QPainter, colour: QColor, lines: list[QLineF]) -> None:
        """Hairlines in one call; on screen without antialiasing, which makes a line
        across the whole view cost a tenth and keeps it one crisp pixel wide."""
        painter.setPen(QPen(colour, 1))
        if self._reuse:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawLines(lines)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def _paint_grid(self, painter: QPainter, layout: TimelineLayout) -> None:
        top, bottom = layout.axis_bottom, layout.height
        for tier, colour in ((0, self.theme.major_grid), (1, self.theme.grid)):
            lines = [QLineF(t.x, top, t.x, bottom) for t in layout.ticks if t.tier == tier]
            self._lines(painter, colour, lines)

    def _ground(self, colour: QColor, grid: _GridColumns | None) -> QColor | QBrush:
        """What a ground of ``colour`` is filled with: on screen (``grid`` given) a row of
        it with the grid's hairlines in it, each in its tier's colour at the pixel column
        :meth:`_lines` draws it in, repeated down the frame. One pass then fills the ground
        and draws its hairlines: each hairline 2,000 pixels tall cost about 25 µs on its
        own (a pixel per row of memory), a frame at 4K draws 50 to 100 of them."""
        if grid is None:
            return colour
        columns, width = grid
        opaque = all(c.alpha() == 255 for c in (colour, self.theme.major_grid, self.theme.grid))
        row = QImage(
            width,
            1,
            QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32_Premultiplied,
        )
        row.fill(colour)
        for tier, tier_colour in ((0, self.theme.major_grid), (1, self.theme.grid)):
            for column in columns[tier]:
                row.setPixelColor(column, 0, tier_colour)
        return QBrush(row)

    def _paint_axis(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The axis's lines and labels, over its background (filled with the others)."""
        for minor, colour in ((False, self.theme.major_grid), (True, self.theme.grid)):
            lines = [
                QLineF(t.x, t.label_rect.y, t.x, t.label_rect.bottom)
                for t in layout.ticks
                if (t.tier == 1) == minor
            ]
            self._lines(painter, colour, lines)
        painter.setFont(self.axis_font)
        for tick in layout.ticks:
            if tick.label and self._reuse:
                self._screen_tick(painter, tick)
            elif tick.label:
                self._paint_tick_label(painter, tick)
        self._rule(painter, 0.0, layout.width, layout.axis_bottom)

    def _rule(self, painter: QPainter, left: float, right: float, y: float) -> None:
        """A line of the major grid across the frame at ``y`` (the axis's foot, the density
        strip's top), antialiased. On screen it is copied from an image of it: drawn, a
        line 1,600 pixels long cost 39 µs, copied 2, the same pixels."""
        painter.setPen(QPen(self.theme.major_grid, 1))
        if not self._reuse:
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            return
        # The image depends on the line's length and where it starts within a pixel.
        at_x, at_y = math.floor(left), math.floor(y)
        key = (right - left, left - at_x, y - at_y, painter.device().devicePixelRatioF())
        made = self._rules.get(key)
        if made is None:
            length, x, within, ratio = key

            def draw(on_image: QPainter) -> None:
                on_image.setRenderHint(QPainter.RenderHint.Antialiasing)
                on_image.setPen(QPen(self.theme.major_grid, 1))
                on_image.drawLine(QPointF(x, within), QPointF(x + length, within))

            if len(self._rules) > _RULES_KEPT:
                self._rules.clear()
            made = self._rules[key] = image_of(
                QRectF(x - 1, within - 1, length + 2, 2), ratio, draw
            )
        corner, image = made
        painter.drawImage(corner + QPointF(at_x, at_y), image)

    def _tick_style(self, tier: int) -> tuple[QColor, QFont, TextMeasurer]:
        """A tier's labels: the major tier's in bold, the Hijri tier's muted."""
        colour = self.theme.muted_text if tier == 2 else self.theme.text
        if tier == 0:
            return colour, self.bold_font, self.bold_measurer
        return colour, self.axis_font, self.axis_measurer

    def _paint_tick_label(self, painter: QPainter, tick: TickShape) -> None:
        colour, font, measurer = self._tick_style(tick.tier)
        painter.setPen(colour)
        painter.setFont(font)
        rect = _qrect(tick.label_rect)
        self._text(painter, rect, tick.label, Qt.AlignmentFlag.AlignHCenter, measurer)

    def _screen_tick(self, painter: QPainter, tick: TickShape) -> None:
        """An axis label on screen, its text starting at the nearest whole pixel: the same
        years and months stand on the axis frame after frame, at every zoom of a level, so
        from the second time on it is drawn from an image of it."""
        colour, font, measurer = self._tick_style(tick.tier)
        static, half_height, advance = self._static.prepare(
            tick.label, Qt.AlignmentFlag.AlignHCenter, font, measurer.width
        )
        rect = tick.label_rect
        x = round(rect.x + rect.width / 2 - advance / 2)
        y = round(rect.y + rect.height / 2 - half_height)
        image = self._ticks.image((tick.label, tick.tier), lambda: self._tick_image(tick))
        if image is not None:
            painter.drawImage(x - _SPRITE_PAD, y, image)
            return
        painter.setPen(colour)
        painter.setFont(font)
        painter.drawStaticText(QPointF(x, y), static)

    def _tick_image(self, tick: TickShape) -> QImage:
        colour, font, measurer = self._tick_style(tick.tier)
        static, half_height, advance = self._static.prepare(
            tick.label, Qt.AlignmentFlag.AlignHCenter, font, measurer.width
        )
        return _text_image(static, advance, half_height, colour, font)

    def _paint_event(self, painter: QPainter, shape: EventShape, selected: bool) -> None:
        rect = _qrect(shape.marker_rect)
        colour = self._kind_colours[shape.event.kind]
        if shape.struck:  # cancelled: faded, and struck through below
            colour = QColor(colour)
            colour.setAlpha(110)
        self._paint_marker(painter, shape.marker, rect, colour, hollow=shape.hollow)
        if shape.struck:
            self._strike(painter, rect.adjusted(-2, 0, 2, 0))
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.theme.selection, 2))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
        if shape.label_rect is None:
            return
        label_rect = _qrect(shape.label_rect)
        if shape.callout is not None:
            self._paint_callout(painter, label_rect, shape.lines[0], colour)
            return
        if self._reuse and not selected and not shape.struck and len(shape.lines) == 1:
            self._plain_label(painter, label_rect, shape.lines[0])
            return
        # On screen on whole pixels: a translucent fill of a fractional rectangle is
        # antialiased at every edge, and cost more than the label itself.
        painter.fillRect(
            label_rect.toAlignedRect() if self._reuse else label_rect, self.theme.label_background
        )
        painter.setPen(
            self.theme.selection
            if selected
            else self.theme.muted_text
            if shape.struck
            else self.theme.text
        )
        line_height = label_rect.height() / len(shape.lines)
        for number, text in enumerate(shape.lines):
            # The selected label is bold where bold fits the room the layout gave it, which
            # was measured in the regular weight; otherwise regular, in the selection's
            # colour: selecting an event never cuts its label short.
            bold = selected and self.bold_measurer.width(text) <= label_rect.width()
            measurer = self.bold_measurer if bold else self.measurer
            painter.setFont(self.bold_font if bold else self.label_font)
            align = Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft
            line = QRectF(
                label_rect.x(),
                label_rect.y() + number * line_height,
                label_rect.width(),
                line_height,
            )
            self._text(painter, line, text, align, measurer)
            if shape.struck:
                width = min(self.measurer.width(text), line.width())
                left = line.right() - width if align == Qt.AlignmentFlag.AlignRight else line.x()
                self._strike(painter, QRectF(left, line.y(), width, line.height()))

    def _screen_event(self, painter: QPainter, shape: EventShape) -> bool:
        """An event on screen drawn from images made before, where it can be: its marker's
        and its plain label's, each at a whole pixel, as :meth:`_paint_marker` and
        :meth:`_plain_label` draw them. A frame draws a hundred events, and wrapping each
        rectangle in Qt's types and choosing among Qt's overloads cost more than the
        copies: here an image is put at two integers. False (nothing drawn) where the event
        needs more: struck through, a callout, an image not made yet."""
        if shape.struck or shape.callout is not None:
            return False
        marker, box = shape.marker_rect, shape.label_rect
        label = None
        if box is not None:
            if len(shape.lines) != 1:
                return False
            label = self._labels.made(_label_key(shape.lines[0], box.width, box.height))
            if label is None:
                return False
        if marker.width <= 2 * marker.height:
            rgba = self._kind_rgba[shape.event.kind]
            key = _sprite_key(shape.marker, rgba, shape.hollow, marker.width, marker.height)
            image = self._sprites.get(key)
            if image is None:
                return False
            painter.drawImage(round(marker.x) - _SPRITE_PAD, round(marker.y) - _SPRITE_PAD, image)
        else:
            self._paint_marker(
                painter,
                shape.marker,
                _qrect(marker),
                self._kind_colours[shape.event.kind],
                shape.hollow,
            )
        if label is not None:
            assert box is not None
            painter.drawImage(round(box.x), round(box.y), label)
        return True

    def _plain_label(self, painter: QPainter, rect: QRectF, text: str) -> None:
        """A label on screen, on the nearest whole pixel (as its marker is): the same label
        at the same size is then the same pixels wherever it stands, so once seen in a
        frame before (a repaint, a pan, the next notch) it is drawn from an image of it and
        its background, a third of the cost of its glyphs. New, it is drawn as it is."""
        x, y = round(rect.x()), round(rect.y())
        key = _label_key(text, rect.width(), rect.height())
        image = self._labels.image(
            key, lambda: self._label_image(rect.width(), rect.height(), text)
        )
        if image is None:
            self._draw_label(painter, QRectF(x, y, rect.width(), rect.height()), text)
            return
        painter.drawImage(x, y, image)

    def _label_image(self, width: float, height: float, text: str) -> QImage:
        image = QImage(
            math.ceil(width), math.ceil(height), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.fill(Qt.GlobalColor.transparent)
        on_image = QPainter(image)
        on_image.setRenderHint(QPainter.RenderHint.Antialiasing)
        on_image.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._draw_label(on_image, QRectF(0, 0, width, height), text)
        on_image.end()
        return image

    def _draw_label(self, painter: QPainter, rect: QRectF, text: str) -> None:
        """A plain label and its background, on screen, from a whole pixel."""
        area = QRectF(rect.x(), rect.y(), math.ceil(rect.width()), math.ceil(rect.height()))
        painter.fillRect(area, self.theme.label_background)
        painter.setFont(self.label_font)
        painter.setPen(self.theme.text)
        self._static.draw(painter, rect, text, _label_align(text), self.measurer.width)

    def prepare_labels(self, texts: Iterable[str]) -> None:
        """Lay out, between frames, the labels the next frame will likely draw on screen
        (those of the next wheel notch): shaping a new label cost the frame that drew it
        first about 50 µs, and a notch shows some twenty new ones."""
        for text in texts:
            self._static.prepare(text, _label_align(text), self.label_font, self.measurer.width)

    def prepare_label_images(self, texts: Iterable[str], height: float) -> None:
        """Make, between frames, the images of plain labels ``height`` tall (one line, as
        wide as its text: the screen's) that a pan will bring into view: such a label stays
        in view frame after frame, and drawn as it is first (shaping and filling) and made
        an image at its second, it cost the pan's two frames more than its copies."""
        if not self._reuse:  # the last frame's device takes no images (a scaled screen)
            return
        for text in texts:
            width = self.measurer.width(text)
            make = partial(self._label_image, width, height, text)
            self._labels.make(_label_key(text, width, height), make)

    def prepare_frame(self, layout: TimelineLayout, fmt: DateFormat) -> None:
        """Make, between frames, the images a screen frame of ``layout`` draws from (plain
        labels, small markers, badges, the axis's labels): the layout of what the next wheel
        notch will likely show. Seen for the first time, each would be drawn as it is
        (shaping and filling) and made an image at its second. Only the screen's caches
        change: exports never read them; nothing is made where the last frame was drawn on
        a device that takes no images (a screen scaled for its pixel density)."""
        if not self._reuse:  # the last frame's device takes no images (a scaled screen)
            return
        try:
            for tick in layout.ticks:
                if tick.label:
                    self._ticks.make((tick.label, tick.tier), partial(self._tick_image, tick))
            for shape in layout.events:
                self._make_event_images(shape)
            clusters = layout.clusters
            for cluster, (label, bars) in zip(
                clusters, self._badge_keys(clusters, fmt), strict=True
            ):
                box = cluster.rect
                size = (round(box.width * 2), round(box.height * 2))
                at = QPointF(round(box.x), round(box.y))
                placed, profile = _placed_badge(cluster)
                self._badges.make(
                    (size, label, bars), partial(self._badge_image, placed, profile, label, at)
                )
        finally:
            self._reuse = True  # as the screen's frames make them (a badge's image sets it)

    def _badge_keys(self, clusters: list[ClusterShape], fmt: DateFormat) -> list[tuple[str, bytes]]:
        """Each badge's count as it reads and its histogram's key."""
        labels = [f"+{fmt.number(cluster.count)}" for cluster in clusters]
        return list(zip(labels, _histogram_keys(clusters), strict=True))

    def _make_event_images(self, shape: EventShape) -> None:
        """The images :meth:`_screen_event` draws an event from: its small marker's and its
        plain label's (none for an event drawn otherwise: struck, a callout, lines)."""
        if shape.struck or shape.callout is not None:
            return
        marker, box = shape.marker_rect, shape.label_rect
        if box is not None and len(shape.lines) != 1:
            return
        if marker.width <= 2 * marker.height:
            colour = self._kind_colours[shape.event.kind]
            self._short_marker(shape.marker, _qrect(marker), colour, shape.hollow)
        if box is not None:
            text, key = shape.lines[0], _label_key(shape.lines[0], box.width, box.height)
            self._labels.make(key, lambda: self._label_image(box.width, box.height, text))

    def _paint_connectors(
        self,
        painter: QPainter,
        connectors: list[ConnectorShape],
        highlighted: frozenset[int],
    ) -> None:
        """Agreements' threads solid in the signed agreement's colour, links dashed and
        quieter; a highlighted thread's connectors wider, in the selection's colour, drawn
        last so nothing crosses them."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        strong = [c for c in connectors if highlighted and set(c.ends) <= highlighted]
        for connector in [c for c in connectors if c not in strong] + strong:
            agreement = connector.kind == AGREEMENT
            if connector in strong:
                pen = QPen(self.theme.selection, 2.4)
            elif agreement:
                pen = QPen(self._kind_colours[EventKind.AGREEMENT_SIGNED], 1.4)
            else:
                pen = QPen(self.theme.muted_text, 1.1)
            if not agreement:
                pen.setDashPattern([4.0, 3.0])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            points = [QPointF(x, y) for x, y in connector.points]
            path = QPainterPath(points[0])
            for first in range(1, len(points), 3):
                path.cubicTo(points[first], points[first + 1], points[first + 2])
            painter.drawPath(path)

    def _paint_related(self, painter: QPainter, shape: EventShape) -> None:
        """A ring round a marker of the highlighted thread (the selected one has its own)."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = QColor(self.theme.selection)
        colour.setAlpha(150)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(_qrect(shape.marker_rect).adjusted(-3, -3, 3, 3), 4, 4)

    def _strike(self, painter: QPainter, rect: QRectF) -> None:
        """A line through the middle of ``rect``: a cancelled event's marker and label."""
        painter.setPen(QPen(self.theme.text, 1.4))
        middle = rect.center().y()
        left, right = max(rect.left(), 0.0), min(rect.right(), self._frame_width)  # as _box
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))

    def _paint_callout(self, painter: QPainter, rect: QRectF, number: str, colour: QColor) -> None:
        """A callout's number in a disc of its kind's colour: its label is in the key."""
        side = min(rect.height(), 16.0)
        disc = QRectF(
            rect.x(), rect.y() + (rect.height() - side) / 2, max(side, rect.width()), side
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(disc, side / 2, side / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.bold_font)
        painter.drawText(disc, number, _text_option(number, Qt.AlignmentFlag.AlignHCenter))

    def _paint_note(self, painter: QPainter, note: QuietNote, hovered: int | None) -> None:
        """The note over a view with no event in it: on a ground that the grid and the
        today line pass under, its heading in muted bold, each event's arrow and date in
        the colour of a selection (underlined under the mouse) and its title as labels are."""
        painter.fillRect(_qrect(note.ground), self.theme.label_background)
        painter.setFont(self.bold_font)
        painter.setPen(self.theme.muted_text)
        centre = Qt.AlignmentFlag.AlignHCenter
        self._text(painter, _qrect(note.heading_rect), note.heading, centre, self.bold_measurer)
        for link in note.links:
            side = Qt.AlignmentFlag.AlignRight if link.on_right else Qt.AlignmentFlag.AlignLeft
            painter.setPen(self.theme.selection)
            painter.setFont(self.label_font)
            self._text(painter, _qrect(link.arrow_rect), link.arrow, side, self.measurer)
            if link.event_id == hovered:
                painter.setFont(self._link_font)
                date_rect = _qrect(link.date_rect)
                painter.drawText(date_rect, link.date, _text_option(link.date, side))
                painter.setFont(self.label_font)
            else:
                self._text(painter, _qrect(link.date_rect), link.date, side, self.measurer)
            painter.setPen(self.theme.text)
            for text, line_rect in zip(link.lines, link.line_rects, strict=True):
                self._text(painter, _qrect(line_rect), text, side, self.measurer)

    def _paint_key(self, painter: QPainter, layout: TimelineLayout) -> None:
        """Numbered callouts' whole labels, under the lanes of a printed timeline."""
        if layout.key or not self._reuse:  # the screen has none (files keep their state)
            painter.setFont(self.label_font)
        for entry in layout.key:
            rect = _qrect(entry.rect)
            # As behind a label: the grid and the today line pass beneath the key's text.
            painter.fillRect(rect, self.theme.label_background)
            number_w = 24.0
            number_x = rect.right() - number_w if layout.rtl else rect.x()
            painter.setPen(self.theme.text)
            painter.setFont(self.bold_font)
            number_rect = QRectF(number_x, rect.y(), number_w, rect.height() / len(entry.lines))
            painter.drawText(
                number_rect, entry.number, _text_option(entry.number, Qt.AlignmentFlag.AlignHCenter)
            )
            painter.setFont(self.label_font)
            text_x = rect.x() if layout.rtl else rect.x() + number_w + 4
            line_height = rect.height() / len(entry.lines)
            for number, text in enumerate(entry.lines):
                align = Qt.AlignmentFlag.AlignRight if layout.rtl else Qt.AlignmentFlag.AlignLeft
                line = QRectF(
                    text_x,
                    rect.y() + number * line_height,
                    rect.width() - number_w - 4,
                    line_height,
                )
                painter.drawText(line, text, _text_option(text, align))

    def _paint_marker(
        self, painter: QPainter, marker: Marker, rect: QRectF, colour: QColor, hollow: bool = False
    ) -> None:
        """The marker of ``marker``'s kind; ``hollow`` (announced) is its outline only, over
        the background, whatever the marker. On screen a marker no wider than two of its
        height is drawn from an image of it, on the nearest whole pixel: an antialiased
        diamond or rounded box costs ten times the copy of its pixels."""
        if self._reuse and rect.width() <= 2 * rect.height():
            sprite = self._short_marker(marker, rect, colour, hollow)
            painter.drawImage(round(rect.x()) - _SPRITE_PAD, round(rect.y()) - _SPRITE_PAD, sprite)
            return
        if self._reuse:
            self._long_marker(painter, marker, rect, colour, hollow)
            return
        self._draw_marker(painter, marker, rect, colour, hollow)

    def _short_marker(self, marker: Marker, rect: QRectF, colour: QColor, hollow: bool) -> QImage:
        """The image of a marker no wider than two of its height, made the first time."""
        key = _sprite_key(marker, colour.rgba(), hollow, rect.width(), rect.height())
        sprite = self._sprites.get(key)
        if sprite is None:
            sprite = self._sprites[key] = self._sprite(marker, rect, colour, hollow)
        return sprite

    def _long_marker(
        self, painter: QPainter, marker: Marker, rect: QRectF, colour: QColor, hollow: bool
    ) -> None:
        """A box wider than two of its height, on screen, on whole pixels: its two ends
        from an image of a short one and its middle filled with a strip tiled along it,
        both made the first time. An antialiased rounded box as wide as the view cost 60 µs
        and a dashed one (one day within) 8 ms at 3,840 pixels; a few copies cost a few µs,
        and the middle in one fill a third less than copied a strip at a time."""
        ends, strip = self._long_parts(marker, colour, hollow, rect.height())
        left, y = round(rect.x()) - _SPRITE_PAD, round(rect.y()) - _SPRITE_PAD
        right = round(rect.right()) + _SPRITE_PAD
        end = math.ceil(rect.height())  # each end's columns, rounded corner and outline included
        rows = ends.height()
        # Only what the frame shows: at day zoom a month-long box is 100,000 pixels wide.
        shown_from, shown_to = -end, math.ceil(self._frame_width) + end
        if shown_from <= left < shown_to:
            painter.drawImage(left, y, ends, 0, 0, end, rows)
        if shown_from < right - end <= shown_to:
            painter.drawImage(right - end, y, ends, ends.width() - end, 0, end, rows)
        start, stop = max(left + end, shown_from), min(right - end, shown_to)
        if start < stop:
            strip.setTransform(QTransform.fromTranslate(left + end, y))  # the dashes run on
            painter.fillRect(QRect(start, y, stop - start, rows), strip)

    def _long_parts(
        self, marker: Marker, colour: QColor, hollow: bool, height: float
    ) -> tuple[QImage, QBrush]:
        """A long box's ends (an image of a short one) and the strip of its middle, as a
        brush: one column of the short box repeated or, under a dashed outline, a slice of
        a whole number of the dashes' periods, so that the dashes run on across its tiles."""
        key = (marker, colour.rgba(), hollow, round(height * 2))
        parts = self._long_sprites.get(key)
        if parts is None:
            end = math.ceil(height)
            dashed = marker is Marker.WINDOW
            repeat = _DASH_SLICE if dashed else 1
            shape = QRectF(0, 0, 2 * height + (repeat if dashed else 0), height)
            ends = self._sprite(marker, shape, colour, hollow)
            strip = QImage(_STRIP, ends.height(), QImage.Format.Format_ARGB32_Premultiplied)
            strip.fill(Qt.GlobalColor.transparent)
            on_strip = QPainter(strip)
            on_strip.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            for x in range(0, _STRIP, repeat):
                on_strip.drawImage(QPointF(x, 0), ends, QRectF(end, 0, repeat, ends.height()))
            on_strip.end()
            parts = self._long_sprites[key] = (ends, QBrush(strip))
        return parts

    def _sprite(self, marker: Marker, rect: QRectF, colour: QColor, hollow: bool) -> QImage:
        shape = QRectF(0, 0, rect.width(), rect.height())
        return sprite(
            rect.width(),
            rect.height(),
            _SPRITE_PAD,
            lambda on_image: self._draw_marker(on_image, marker, shape, colour, hollow),
        )

    def _draw_marker(
        self, painter: QPainter, marker: Marker, rect: QRectF, colour: QColor, hollow: bool
    ) -> None:
        tools = self._marker_tools(colour)
        if hollow:
            painter.setPen(tools.hollow_pen)
            painter.setBrush(self.theme.background)
        else:
            painter.setPen(tools.outline)
        if marker is Marker.POINT:
            if not hollow:
                painter.setBrush(colour)
            centre = rect.center()
            painter.drawPolygon(_diamond(rect.height() / 2).translated(centre.x(), centre.y()))
        elif marker is Marker.BAR:
            if not hollow:
                painter.setBrush(colour)
            self._box(painter, rect)
        else:
            # Imprecise: a pale fill; a window (one day within) also gets a dashed outline.
            painter.setBrush(self.theme.background if hollow else tools.pale)
            if marker is Marker.WINDOW:
                painter.setPen(tools.hollow_window if hollow else tools.window)
            else:
                painter.setPen(tools.hollow_pen if hollow else tools.fuzzy)
            self._box(painter, rect)

    def _box(self, painter: QPainter, rect: QRectF) -> None:
        """A marker's rounded box; in a file, one running off the frame is cut at its sides
        by its own shape, not by a clip: an SVG (Qt writes SVG Tiny) keeps no clip, and a
        bar running off the timeline crossed the picture's margin to its edge."""
        if self._reuse or (rect.left() >= 0 and rect.right() <= self._frame_width):
            painter.drawRoundedRect(rect, 3, 3)
            return
        pen = painter.pen()
        room = pen.widthF()  # the outline's, above and below
        frame = QPainterPath()
        frame.addRect(QRectF(0, rect.y() - room, self._frame_width, rect.height() + 2 * room))
        box = QPainterPath()
        box.addRoundedRect(rect, 3, 3)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(box.intersected(frame))
        painter.setBrush(pen.brush())
        painter.drawPath(QPainterPathStroker(pen).createStroke(box).intersected(frame))
        painter.restore()

    def _marker_tools(self, colour: QColor) -> _MarkerTools:
        """Pens and brush of a marker colour, made the first time it is drawn."""
        tools = self._tools.get(colour.rgba())
        if tools is None:
            tools = self._tools[colour.rgba()] = _MarkerTools.of(colour)
        return tools

    def _paint_legend(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The legend: the same on every frame of one size and language, so on screen an
        image of it drawn the first time."""
        if not layout.legend:
            return
        if not self._reuse:
            self._draw_legend(painter, layout)
            return
        key = (tuple(layout.legend), layout.width, layout.height)
        if self._legend is None or self._legend[0] != key:
            picture = QPicture()
            recorder = QPainter(picture)
            recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
            recorder.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._reuse = False  # a recording is drawn with everything it needs
            self._draw_legend(recorder, layout)
            self._reuse = True
            recorder.end()
            self._legend = (key, picture)
        top = layout.legend[0].text.y - 2
        area = QRectF(0, top, layout.width, layout.height - top)
        self._legend_image.draw(painter, self._legend[1], area)

    def _draw_legend(self, painter: QPainter, layout: TimelineLayout) -> None:
        top = layout.legend[0].text.y - 2
        painter.fillRect(
            QRectF(0, top, layout.width, layout.height - top), self.theme.axis_background
        )
        painter.setFont(self.label_font)
        for item in layout.legend:
            colour = self.theme.kind_colour(item.kind) if item.kind else self.theme.muted_text
            self._paint_marker(painter, item.marker, _qrect(item.swatch), colour)
            painter.setPen(self.theme.text)
            self._text(
                painter, _qrect(item.text), item.label, Qt.AlignmentFlag.AlignLeft, self.measurer
            )

    def _paint_overview(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The density strip: a bar per bin, its height the square root of its share of the
        busiest bin, so a single event still shows beside thousands; each bar is stacked in
        the colours of its kinds, in proportion to their counts."""
        overview = layout.overview
        if overview is None:
            return
        strip = _qrect(overview.rect)
        painter.fillRect(strip, self.theme.axis_background)
        self._rule(painter, strip.left(), strip.right(), strip.top())
        self._draw_bars(painter, overview)
        window = _qrect(overview.window)
        if overview.beyond:
            self._paint_beyond(painter, window, overview.beyond)
            return
        fill = QColor(self.theme.selection)
        fill.setAlpha(45)
        painter.setBrush(fill)
        painter.setPen(QPen(self.theme.selection, 1.5))
        painter.drawRoundedRect(window, 3, 3)

    def _paint_beyond(self, painter: QPainter, marker: QRectF, side: int) -> None:
        """A view wholly beyond the strip: a bar along the edge it lies past and, beside
        it, an arrow pointing there, both in the window's colour, over a pale ground."""
        painter.save()
        ground = QColor(self.theme.selection)
        ground.setAlpha(45)
        painter.fillRect(marker, ground)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.selection)
        bar = 3.0
        edge = marker.left() if side < 0 else marker.right()
        painter.drawRect(
            QRectF(edge if side < 0 else edge - bar, marker.top(), bar, marker.height())
        )
        middle, half = marker.center().y(), min(5.0, marker.height() / 2)
        tip = edge - side * (bar + 1.5)  # just inside the bar, pointing out
        back = tip - side * half
        arrow = QPolygonF(
            [QPointF(tip, middle), QPointF(back, middle - half), QPointF(back, middle + half)]
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawPolygon(arrow)
        painter.restore()

    def _strip_bars(self, overview: OverviewShape) -> QPicture:
        """The strip's bars as a file holds them, a bar at a time, recorded once for its
        counts, place and span: panning and zooming move only the window over them, so a
        frame replays them instead of stacking some thousand segments again (a replay stays
        vector in a PDF)."""
        key = (overview.rect, overview.scale)
        cached = self._strip
        if cached is not None and cached[0] is overview.by_kind and cached[1] == key:
            return cached[2]
        picture = QPicture()
        painter = QPainter(picture)
        strip = _qrect(overview.rect)
        counts = overview.counts
        busiest = max(int(counts.max()) if counts.size else 0, 1)
        room = strip.height() - 4
        scale = overview.scale
        colours = [self.theme.kind_colour(kind) for kind in EventKind]
        by_kind = overview.by_kind
        for column, (start, end, count) in enumerate(overview.bins()):
            if not count:
                continue
            x_a, x_b = scale.x(start), scale.x(end)
            height = max(1.5, room * math.sqrt(count / busiest))  # quiet bins stay seen
            top = strip.bottom() - 2 - height
            for row in np.nonzero(by_kind[:, column])[0].tolist():
                part = height * int(by_kind[row, column]) / count
                painter.fillRect(QRectF(min(x_a, x_b), top, abs(x_b - x_a), part), colours[row])
                top += part
        painter.end()
        self._strip = (overview.by_kind, key, picture)
        return picture

    def _draw_bars_at_once(self, painter: QPainter, overview: OverviewShape) -> None:
        """The bars of :meth:`_strip_bars` worked out in numpy and drawn one kind at a time
        (a new filter's strip: some thousand segments, 19 ms a bar at a time at a million
        events). Exports keep recording a bar at a time, the calls their files hold."""
        strip = _qrect(overview.rect)
        counts = overview.counts.astype(np.float64)
        busiest = max(float(counts.max()) if counts.size else 0.0, 1.0)
        scale, size = overview.scale, len(counts)
        step = scale.period.span / max(size, 1)
        starts = scale.period.start + np.arange(size) * step
        ends = scale.period.start + np.arange(1, size + 1) * step
        x_a, x_b = scale.xs(starts), scale.xs(ends)
        lefts, widths = np.minimum(x_a, x_b), np.abs(x_b - x_a)
        heights = np.maximum(1.5, (strip.height() - 4) * np.sqrt(counts / busiest))
        shown = counts > 0
        parts = heights * overview.by_kind / np.where(shown, counts, 1.0)
        # Each kind's top, summed in the order a bar at a time sums them (to the same bits).
        tops = np.cumsum(np.vstack([strip.bottom() - 2 - heights, parts]), axis=0)
        painter.setPen(Qt.PenStyle.NoPen)
        for row, kind in enumerate(EventKind):
            drawn = np.flatnonzero(shown & (overview.by_kind[row] > 0))
            if drawn.size == 0:
                continue
            painter.setBrush(self.theme.kind_colour(kind))
            rects = zip(
                lefts[drawn].tolist(),
                tops[row, drawn].tolist(),
                widths[drawn].tolist(),
                parts[row, drawn].tolist(),
                strict=True,
            )
            painter.drawRects([QRectF(*rect) for rect in rects])

    def _screen_cluster(
        self, painter: QPainter, cluster: ClusterShape, label: str, bars: bytes
    ) -> None:
        """A badge on screen, on the nearest whole pixel. Seen in the frame before (a
        repaint, a pan), it is an image of it; new (every notch of the wheel changes its
        count and histogram), it is drawn over an image of its body, whose few sizes recur
        at every zoom. ``bars``: its histogram, as :func:`_histogram_keys` gives it."""
        box = cluster.rect
        x, y = round(box.x), round(box.y)
        size = (round(box.width * 2), round(box.height * 2))
        image = self._badges.made((size, label, bars))
        if image is not None:
            painter.drawImage(x - _SPRITE_PAD, y - _SPRITE_PAD, image)
            return
        placed, profile = _placed_badge(cluster)
        image = self._badges.image(
            (size, label, bars), lambda: self._badge_image(placed, profile, label, QPointF(x, y))
        )
        if image is not None:  # seen before: from now on an image of it
            painter.drawImage(x - _SPRITE_PAD, y - _SPRITE_PAD, image)
            return
        body = self._bodies.get(size)
        if body is None:
            body = self._bodies[size] = self._badge_image(
                QRectF(0, 0, box.width, box.height), (), "", QPointF()
            )
        painter.drawImage(x - _SPRITE_PAD, y - _SPRITE_PAD, body)
        painter.setPen(Qt.PenStyle.NoPen)
        self._draw_histogram(painter, placed, profile)
        self._badge_count(painter, placed, label)

    def _badge_image(
        self,
        rect: QRectF,
        profile: tuple[tuple[float, float, float], ...],
        label: str,
        at: QPointF,
    ) -> QImage:
        """A badge drawn as an export draws it (without a count when ``label`` is empty),
        into an image whose corner is ``at``."""

        def draw(on_image: QPainter) -> None:
            on_image.translate(-at.x(), -at.y())
            self._reuse = False
            self._draw_body(on_image, rect)
            self._draw_histogram(on_image, rect, profile)
            if label:
                self._badge_count(on_image, rect, label)
            self._reuse = True

        return sprite(rect.width(), rect.height(), _SPRITE_PAD, draw)

    def _draw_cluster(
        self,
        painter: QPainter,
        rect: QRectF,
        profile: tuple[tuple[float, float, float], ...],
        label: str,
    ) -> None:
        self._draw_body(painter, rect)
        self._draw_histogram(painter, rect, profile)
        self._badge_count(painter, rect, label)

    def _draw_body(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.cluster)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)

    def _draw_histogram(
        self, painter: QPainter, rect: QRectF, profile: tuple[tuple[float, float, float], ...]
    ) -> None:
        """Where a badge's events are densest: a small histogram along its foot, a bar per
        part the layout gives (none when it gives every part a share of 0), a pixel apart."""
        painter.setBrush(self._shade)
        bars = []
        for x0, x1, share in profile:
            if share > 0:
                height = max(1.5, 7 * share)
                bars.append(QRectF(x0, rect.bottom() - 3 - height, x1 - x0 - 1, height))
        if self._reuse:  # on screen in one call: each is filled as drawRect fills it
            painter.drawRects(bars)
            return
        for bar in bars:  # exports record the calls they always made
            painter.drawRect(bar)

    def _badge_count(self, painter: QPainter, rect: QRectF, label: str) -> None:
        if self._reuse and _COUNT_CHARACTERS.issuperset(label):
            self._count_from_glyphs(painter, rect, label)
            return
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.bold_font)
        self._text(painter, rect, label, Qt.AlignmentFlag.AlignHCenter, self.bold_measurer)

    def _count_from_glyphs(self, painter: QPainter, rect: QRectF, label: str) -> None:
        """On screen a badge's count in Latin digits is put together from images of its
        characters, each where the text would put it, on the nearest whole pixel: counts
        change with every notch of the wheel, and shaping each new one cost more than the
        rest of the badge."""
        width = self.bold_measurer.width
        left = rect.center().x() - width(label) / 2
        for number, character in enumerate(label):
            image, half_height = self._glyph(character)
            at = left + (width(label[:number]) if number else 0.0)
            y = round(rect.center().y() - half_height)
            painter.drawImage(round(at) - _SPRITE_PAD, y, image)

    def _glyph(self, character: str) -> tuple[QImage, float]:
        """A character of a badge's count, white and bold, with room either side."""
        found = self._glyphs.get(character)
        if found is None:
            height = self._bold_metrics.height()
            image = QImage(
                math.ceil(self.bold_measurer.width(character)) + 2 * _SPRITE_PAD,
                math.ceil(height),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.fill(Qt.GlobalColor.transparent)
            on_image = QPainter(image)
            on_image.setRenderHint(QPainter.RenderHint.Antialiasing)
            on_image.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            on_image.setPen(QColor("#ffffff"))
            on_image.setFont(self.bold_font)
            on_image.drawText(QPointF(_SPRITE_PAD, self._bold_metrics.ascent()), character)
            on_image.end()
            found = self._glyphs[character] = (image, height / 2)
        return found

    def _ring_hiding_badge(self, painter: QPainter, layout: TimelineLayout, event_id: int) -> None:
        """The badge a selected event is hidden behind (chosen in the list, or by a link)
        ringed in the selection's colour, so that the eye finds where it is: a click on the
        badge zooms to it. Which badge is looked up once a frame's layout (a badge at a
        million events holds most of them)."""
        known = self._hiding
        if known is None or known[0] is not layout or known[1] != event_id:
            cluster = layout.cluster_holding(event_id)
            known = self._hiding = (layout, event_id, None if cluster is None else cluster.rect)
        rect = known[2]
        if rect is None:
            return
        painter.setPen(QPen(self.theme.selection, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = _qrect(rect).adjusted(-2, -2, 2, 2)
        painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2)

    def _paint_focus(self, painter: QPainter, layout: TimelineLayout, focus_id: int) -> None:
        for shape in layout.events:
            if shape.event.id == focus_id:
                pen = QPen(self.theme.selection, 1, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                box = _qrect(shape.marker_rect)
                if shape.label_rect is not None:
                    box = box.united(_qrect(shape.label_rect))
                painter.drawRect(box.adjusted(-4, -2, 4, 2))
                return
