"""Events' markers: a day's diamond, a bar, a pale box for a vague date, a dashed one for
one day within; hollow when announced. On screen drawn from images of them (a short one
whole, a long one's ends and a strip tiled along its middle), in a file as shapes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache, partial

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from timeline.render.cues import PALE_ALPHA, cue_polygon
from timeline.render.index import Marker
from timeline.render.painter_base import SPRITE_PAD, PainterBase
from timeline.render.raster import SeenTwice, sprite
from timeline.render.rect import Rect
from timeline.render.theme import Theme


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
        pale.setAlpha(PALE_ALPHA)
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


#: A dashed outline's repeating slice: a whole number of both dashed pens' periods (four
#: pen widths of dash and two of gap: 7.2 pixels at 1.2, 12 at 2).
_DASH_SLICE = 36
_STRIP = 29 * _DASH_SLICE  # 1,044 pixels of a long box's middle, tiled as far as it runs
#: Long markers kept as images whole (:meth:`MarkerPainter._long_marker`), and the widest:
#: a wider one is mostly its middle's fill, which its image would copy at the same cost.
_LONG_KEPT = 256
_LONG_WIDEST = 512


@lru_cache(maxsize=64)
def _diamond(half: float) -> QPolygonF:
    """A point event's diamond around (0, 0)."""
    return QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)])


def sprite_key(
    marker: Marker, rgba: int, hollow: bool, width: float, height: float
) -> tuple[Marker, int, bool, int, int]:
    """A small marker's image, by shape, colour, fill and size to half a pixel."""
    return (marker, rgba, hollow, round(width * 2), round(height * 2))


class MarkerPainter(PainterBase):
    """Markers, and their images kept for the screen."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        super().__init__(theme, font_px)
        self._tools: dict[int, _MarkerTools] = {}  # by the marker's colour
        self._sprites: dict[tuple[Marker, int, bool, int, int], QImage] = {}  # small markers
        #: Long markers' ends and middle strips, by shape, colour, fill and height.
        self._long_sprites: dict[tuple[Marker, int, bool, int], tuple[QImage, QBrush]] = {}
        #: Long markers shown whole, by shape, colour, fill, height and width, once seen twice.
        self._long_images = SeenTwice(_LONG_KEPT)
        #: The arrowheads of boxes the frame cuts, by ink, height and side.
        self._cue_sprites: dict[tuple[int, int, bool], QImage] = {}

    def _paint_marker(
        self, painter: QPainter, marker: Marker, rect: QRectF, colour: QColor, hollow: bool = False
    ) -> None:
        """The marker of ``marker``'s kind; ``hollow`` (announced) is its outline only, over
        the background, whatever the marker. On screen a marker no wider than two of its
        height is drawn from an image of it, on the nearest whole pixel: an antialiased
        diamond or rounded box costs ten times the copy of its pixels."""
        if self._reuse and rect.width() <= 2 * rect.height():
            sprite = self._short_marker(marker, rect, colour, hollow)
            painter.drawImage(round(rect.x()) - SPRITE_PAD, round(rect.y()) - SPRITE_PAD, sprite)
            return
        if self._reuse:
            self._long_marker(painter, marker, rect, colour, hollow)
            return
        self._draw_marker(painter, marker, rect, colour, hollow)

    def paint_key_marker(
        self, painter: QPainter, marker: Marker, rect: QRectF, colour: QColor
    ) -> None:
        """A key's marker, as the timeline draws it and whole: no frame cuts it (a
        briefing's summary explains its timeline's colours and shapes with these)."""
        self._draw_marker(painter, marker, rect, colour, hollow=False, whole=True)

    def _short_marker(self, marker: Marker, rect: QRectF, colour: QColor, hollow: bool) -> QImage:
        """The image of a marker no wider than two of its height, made the first time."""
        key = sprite_key(marker, colour.rgba(), hollow, rect.width(), rect.height())
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
        and the middle in one fill a third less than copied a strip at a time. A box shown
        whole, seen before at the same width in pixels (a repaint, a pan), is copied from an
        image of its three parts: drawn as they are, they cost about 13 µs a box, the copy 4,
        and a year across 1,600 pixels shows seventeen."""
        parts = self._long_parts(marker, colour, hollow, rect.height())
        box = (round(rect.x()) - SPRITE_PAD, round(rect.y()) - SPRITE_PAD)
        right = round(rect.right()) + SPRITE_PAD
        end = math.ceil(rect.height())  # each end's columns, rounded corner and outline included
        # Only what the frame shows: at day zoom a month-long box is 100,000 pixels wide.
        shown = (-end, math.ceil(self._frame_width) + end)
        width = right - box[0]
        # Whole in the frame, its ends apart: the image's parts cover each pixel once, and
        # copied over the frame they are the pixels the parts drawn there would be.
        if shown[0] <= box[0] and right - end <= shown[1] and 2 * end <= width <= _LONG_WIDEST:
            key = (marker, colour.rgba(), hollow, round(rect.height() * 2), end, width)
            image = self._long_images.image(key, partial(_long_image, parts, width, end))
            if image is not None:
                painter.drawImage(box[0], box[1], image)
                return
        _draw_long(painter, parts, (*box, right), end, shown)

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
            SPRITE_PAD,
            lambda on_image: self._draw_marker(on_image, marker, shape, colour, hollow),
        )

    def _draw_marker(
        self,
        painter: QPainter,
        marker: Marker,
        rect: QRectF,
        colour: QColor,
        hollow: bool,
        whole: bool = False,
    ) -> None:
        """``whole``: not cut to the frame being painted (a key's marker, in no frame)."""
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
            self._box(painter, rect, whole)
        else:
            # Imprecise: a pale fill; a window (one day within) also gets a dashed outline.
            painter.setBrush(self.theme.background if hollow else tools.pale)
            if marker is Marker.WINDOW:
                painter.setPen(tools.hollow_window if hollow else tools.window)
            else:
                painter.setPen(tools.hollow_pen if hollow else tools.fuzzy)
            self._box(painter, rect, whole)

    def _box(self, painter: QPainter, rect: QRectF, whole: bool = False) -> None:
        """A marker's rounded box; in a file, one running off the frame is cut at its sides
        by its own shape, not by a clip: an SVG (Qt writes SVG Tiny) keeps no clip, and a
        bar running off the timeline crossed the picture's margin to its edge. ``whole``:
        in no frame (a key's), never cut."""
        if whole or self._reuse or (rect.left() >= 0 and rect.right() <= self._frame_width):
            painter.drawRoundedRect(rect, 3, 3)
            return
        pen = painter.pen()
        room = pen.widthF()  # the outline's, above and below
        frame = QPainterPath()
        frame.addRect(QRectF(0, rect.y() - room, self._frame_width, rect.height() + 2 * room))
        # Outlined as far as just past the frame: Qt strokes a dashed outline some 100,000
        # pixels long (years at a day's zoom) solid, a window then read as lasting.
        beyond = room + 3  # the cut ends and their rounded corners fall outside the frame
        left = max(rect.left(), -beyond)
        right = min(rect.right(), self._frame_width + beyond)
        box = QPainterPath()
        box.addRoundedRect(QRectF(left, rect.top(), right - left, rect.height()), 3, 3)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(box.intersected(frame))
        painter.setBrush(pen.brush())
        painter.drawPath(QPainterPathStroker(pen).createStroke(box).intersected(frame))
        painter.restore()

    def _paint_cue(
        self, painter: QPainter, rect: Rect, x: float, length: int, left: bool, ink: QColor
    ) -> None:
        """An arrowhead (:mod:`timeline.render.cues`) in the box ``rect`` from ``x``,
        pointing ``left`` or right; on screen from an image of it, at whole pixels as the
        box's own images are: drawn as a shape each (with the painter's state saved round
        it) the heads of a month's pan step cost 0.3 ms."""
        if self._reuse:
            key = (ink.rgba(), round(rect.height * 2), left)
            image = self._cue_sprites.get(key)
            if image is None:
                image = self._cue_sprites[key] = sprite(
                    length,
                    rect.height,
                    SPRITE_PAD,
                    partial(_draw_cue, cue_polygon(length, rect.height, left), ink),
                )
            painter.drawImage(round(x) - SPRITE_PAD, round(rect.y) - SPRITE_PAD, image)
            return
        painter.save()
        _draw_cue(cue_polygon(length, rect.height, left).translated(x, rect.y), ink, painter)
        painter.restore()

    def _marker_tools(self, colour: QColor) -> _MarkerTools:
        """Pens and brush of a marker colour, made the first time it is drawn."""
        tools = self._tools.get(colour.rgba())
        if tools is None:
            tools = self._tools[colour.rgba()] = _MarkerTools.of(colour)
        return tools


def _draw_cue(head: QPolygonF, ink: QColor, painter: QPainter) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPolygon(head)


def _draw_long(
    painter: QPainter,
    parts: tuple[QImage, QBrush],
    box: tuple[int, int, int],
    end: int,
    shown: tuple[int, int],
) -> None:
    """A long box's parts (:meth:`MarkerPainter._long_parts`), its left and top at whole
    pixels and its right (``box``), the ``end`` columns of each end, where the frame shows
    (``shown``, from and to)."""
    ends, strip = parts
    left, y, right = box
    shown_from, shown_to = shown
    rows = ends.height()
    if shown_from <= left < shown_to:
        painter.drawImage(left, y, ends, 0, 0, end, rows)
    if shown_from < right - end <= shown_to:
        painter.drawImage(right - end, y, ends, ends.width() - end, 0, end, rows)
    start, stop = max(left + end, shown_from), min(right - end, shown_to)
    if start < stop:
        strip.setTransform(QTransform.fromTranslate(left + end, y))  # the dashes run on
        painter.fillRect(QRect(start, y, stop - start, rows), strip)


def _long_image(parts: tuple[QImage, QBrush], width: int, end: int) -> QImage:
    """A long box ``width`` pixels wide, its parts drawn as the frame draws them."""
    image = QImage(width, parts[0].height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    on_image = QPainter(image)
    on_image.setRenderHint(QPainter.RenderHint.Antialiasing)  # as the frame's, there
    _draw_long(on_image, parts, (0, 0, width), end, (0, width))
    on_image.end()
    return image
