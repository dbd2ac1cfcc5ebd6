"""The frame's grounds and the time axis: the view's and every other lane's ground, the
lanes' titles, the grid's hairlines (on screen filled in with the grounds), the axis's lines
and labels, and the rules across the frame; on screen the axis's labels and the rules are
drawn from images of them.
"""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QStaticText

from timeline.render.painter_base import SPRITE_PAD, PainterBase, qrect
from timeline.render.raster import SeenTwice, image_of, sprite
from timeline.render.shapes import TickShape, TimelineLayout
from timeline.render.text import TextMeasurer
from timeline.render.theme import Theme

_TICKS_KEPT = 256
_RULES_KEPT = 8  # lines across the frame kept as images (a resized window makes more)

_TITLE_INSET = 8.0  # a lane's title from the lane's edge
_TITLE_PAD = 4.0  # its clear ground either side of its words
_TITLE_HEIGHT = 18.0


#: The grid's hairlines as pixel columns, major tier's and minor tier's, and the frame's
#: width in pixels.
GridColumns = tuple[tuple[list[int], list[int]], int]


def grid_columns(layout: TimelineLayout) -> GridColumns | None:
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


def fill_rows(painter: QPainter, rect: QRectF, brush: QColor | QBrush) -> None:
    """``painter.fillRect(rect, brush)``; a textured brush (on screen only: see
    :meth:`GridPainter._ground`) in bands of :data:`_FILL_ROWS` rows, each ending
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


def _text_image(
    static: QStaticText, advance: float, half_height: float, colour: QColor, font: QFont
) -> QImage:
    """A laid-out text in ``colour`` on a transparent image, with room either side: drawn
    at (x - pad, y) it stands where the text drawn at (x, y) would."""

    def draw(on_image: QPainter) -> None:
        on_image.setPen(colour)
        on_image.setFont(font)
        on_image.drawStaticText(QPointF(0, 0), static)

    return sprite(advance, 2 * half_height, SPRITE_PAD, draw, pad_above=0)


class GridPainter(PainterBase):
    """Grounds, lanes, grid and axis."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        super().__init__(theme, font_px)
        self._ticks = SeenTwice(_TICKS_KEPT)  # the axis's labels, by text and tier
        #: Lines across the frame as images, by length, place within a pixel and density.
        self._rules: dict[tuple[float, float, float, float], tuple[QPointF, QImage]] = {}

    def _paint_lanes(
        self, painter: QPainter, layout: TimelineLayout, grid: GridColumns | None
    ) -> None:
        """Every other lane's ground; ``grid``: the hairlines filled in with the grounds
        (on screen)."""
        for index, lane in enumerate(layout.lanes):
            if index % 2:
                ground = self._ground(self.theme.lane_background, grid)
                fill_rows(painter, qrect(lane.rect), ground)

    def lane_title_grounds(self, layout: TimelineLayout) -> list[QRectF]:
        """Where each lane's title stands on a clear ground (none for a lane alone): its
        words' width and a few pixels either side, at the lane's start (its right in a
        right-to-left frame), in the row above its events."""
        if len(layout.lanes) < 2:
            return []
        grounds = []
        for lane in layout.lanes:
            room = max(0.0, lane.rect.width - 2 * _TITLE_INSET)
            width = min(self.bold_measurer.width(lane.title), room) + 2 * _TITLE_PAD
            x = (
                lane.rect.right - _TITLE_INSET + _TITLE_PAD - width
                if layout.rtl
                else (lane.rect.x + _TITLE_INSET - _TITLE_PAD)
            )
            grounds.append(QRectF(x, lane.rect.y, width, _TITLE_HEIGHT))
        return grounds

    def _paint_lane_titles(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The lanes' titles, each on its lane's ground: the grid, the today line and the
        connectors drawn before pass beneath a title, not through its words."""
        grounds = self.lane_title_grounds(layout)
        if not grounds:
            return
        painter.setFont(self.bold_font)
        painter.setPen(self.theme.muted_text)
        align = Qt.AlignmentFlag.AlignRight if layout.rtl else Qt.AlignmentFlag.AlignLeft
        for index, (lane, ground) in enumerate(zip(layout.lanes, grounds, strict=True)):
            colour = self.theme.lane_background if index % 2 else self.theme.background
            painter.fillRect(ground, colour)
            inset = lane.rect.width - 2 * _TITLE_INSET
            words = QRectF(lane.rect.x + _TITLE_INSET, lane.rect.y, inset, _TITLE_HEIGHT)
            self._text(painter, words, lane.title, align, self.bold_measurer)

    def _lines(self, painter: QPainter, colour: QColor, lines: list[QLineF]) -> None:
        """Hairlines in one call; on screen without antialiasing, which makes a line
        across the whole view cost a tenth and keeps it one crisp pixel wide."""
        painter.setPen(QPen(colour, 1))
        if self._reuse:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawLines(lines)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def _paint_grid(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The axis's lines down the lanes (in a file: on screen they are in the ground),
        not through what lies under them: a briefing's key to numbered labels read with
        the years' lines through its titles, and the density strip has a scale of its own."""
        top = layout.axis_bottom
        bottom = layout.body_bottom if layout.lanes else layout.height
        for tier, colour in ((0, self.theme.major_grid), (1, self.theme.grid)):
            lines = [QLineF(t.x, top, t.x, bottom) for t in layout.ticks if t.tier == tier]
            self._lines(painter, colour, lines)

    def _ground(self, colour: QColor, grid: GridColumns | None) -> QColor | QBrush:
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

    def _paint_covered(self, painter: QPainter, layout: TimelineLayout, x: float) -> None:
        """The end of a printed part that the next part covers, taped over it, grey down its
        axis and lanes, a dashed line down the lanes where the next part begins: read on its
        own, the page showed its last two months empty, their events on the next page.
        Beneath the axis's lines and labels (a name neither part has room for alone runs
        across), over the grid."""
        bottom = max((lane.rect.bottom for lane in layout.lanes), default=layout.axis_bottom)
        left, right = (0.0, x) if layout.rtl else (x, layout.width)
        painter.fillRect(QRectF(left, 0.0, right - left, bottom), self.theme.covered)
        painter.setPen(QPen(self.theme.major_grid, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, layout.axis_bottom), QPointF(x, bottom))

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
        rect = qrect(tick.label_rect)
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
            painter.drawImage(x - SPRITE_PAD, y, image)
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

    def _make_tick_images(self, layout: TimelineLayout) -> None:
        """The images :meth:`_screen_tick` draws the axis's labels from, made between frames."""
        for tick in layout.ticks:
            if tick.label:
                self._ticks.make((tick.label, tick.tier), partial(self._tick_image, tick))
