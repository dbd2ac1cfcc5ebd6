"""Events as a frame shows them: each marker with its label (plain, selected, struck through
when cancelled, or a callout's number), the rings of a highlighted thread and of the focus.
On screen a plain label seen before is an image of it, and the labels and images the next
frame will likely need are made between frames.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from timeline.domain.direction import is_rtl_text
from timeline.domain.period import days_held
from timeline.domain.status import EventStatus
from timeline.render.cues import CUE_INSET, cue_ink, cue_length, cut_sides
from timeline.render.index import Marker
from timeline.render.labels import DISC_SIDE
from timeline.render.marker_painter import MarkerPainter, sprite_key
from timeline.render.painter_base import SPRITE_PAD, qrect
from timeline.render.raster import SeenTwice, sprite
from timeline.render.raster import text_option as _text_option
from timeline.render.shapes import HOLLOW_STATUSES, EventShape, TimelineLayout
from timeline.render.theme import Theme, strike_rise

_LABELS_KEPT = 1024
_CALLOUT_INK = QColor("#ffffff")  # a callout's number, a folded label's tab


def _label_align(text: str) -> Qt.AlignmentFlag:
    """A plain label starts on the side its text is read from."""
    return Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft


def _label_key(text: str, width: float, height: float) -> tuple[str, float, float]:
    """A plain label's image, by text and size: the same pixels wherever it stands."""
    return (text, round(width, 3), round(height, 3))


class EventPainter(MarkerPainter):
    """Events' markers and labels, and the labels' images kept for the screen."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        super().__init__(theme, font_px)
        #: Plain labels as images, by text and size, once seen twice; those seen once.
        self._labels = SeenTwice(_LABELS_KEPT)
        #: The arrowheads' inks, by the box's colour, fill and paleness.
        self._cue_inks: dict[tuple[int, bool, bool], QColor] = {}

    def _paint_event(self, painter: QPainter, shape: EventShape, selected: bool) -> None:
        rect = qrect(shape.marker_rect)
        colour = self._kind_colours[shape.event.kind]
        if shape.struck:  # cancelled: faded, and struck through below
            colour = _faded(colour)
        self._paint_marker(painter, shape.marker, rect, colour, hollow=shape.hollow)
        self._paint_cues(painter, shape, colour)
        if shape.struck:
            self._strike(painter, rect.adjusted(-2, 0, 2, 0))
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.theme.selection, 2))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
        if shape.label_rect is None:
            return
        label_rect = qrect(shape.label_rect)
        if shape.callout is not None or shape.folded:
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
        ink = (
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
            align = _line_align(shape, text)
            line = QRectF(
                label_rect.x(),
                label_rect.y() + number * line_height,
                label_rect.width(),
                line_height,
            )
            # Each line in its ink: the line through the one before took the pen (a
            # cancelled statement's second line, "Morocco–Qatar on visas", printed black).
            painter.setPen(ink)
            self._text(painter, line, text, align, measurer)
            if shape.struck:
                self._strike_text(painter, line, text, align)

    def _screen_event(self, painter: QPainter, shape: EventShape) -> bool:
        """An event on screen drawn from images made before, where it can be: its marker's
        and its plain label's, each at a whole pixel, as :meth:`_paint_marker` and
        :meth:`_plain_label` draw them. A frame draws a hundred events, and wrapping each
        rectangle in Qt's types and choosing among Qt's overloads cost more than the
        copies: here an image is put at two integers. False (nothing drawn) where the event
        needs more: struck through, a callout, an image not made yet."""
        if shape.struck or shape.callout is not None or shape.folded:
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
            key = sprite_key(shape.marker, rgba, shape.hollow, marker.width, marker.height)
            image = self._sprites.get(key)
            if image is None:
                return False
            painter.drawImage(round(marker.x) - SPRITE_PAD, round(marker.y) - SPRITE_PAD, image)
        else:
            self._paint_marker(
                painter,
                shape.marker,
                qrect(marker),
                self._kind_colours[shape.event.kind],
                shape.hollow,
            )
        if marker.x < 0 or marker.x + marker.width > self._frame_width:
            self._paint_cues(painter, shape, self._kind_colours[shape.event.kind])
        if label is not None:
            assert box is not None
            painter.drawImage(round(box.x), round(box.y), label)
        return True

    def _paint_cues(self, painter: QPainter, shape: EventShape, colour: QColor) -> None:
        """An arrowhead inside each side of ``shape``'s box that the timeline's outer edge
        cuts, or a taped side beyond which the neighbour there does not draw it
        (:attr:`TimelineLayout.unmet`), pointing out (:mod:`timeline.render.cues`); none
        where the box shows too little of itself to hold it clear (a head drawn on a few
        pixels of bar made a bow-tie, or stood on blank space beside a widened box)."""
        rect, width, scale = shape.marker_rect, self._frame_width, self._frame_scale
        if shape.marker is Marker.POINT or scale is None or 0 <= rect.x <= rect.right <= width:
            return
        taped = self._frame_taped
        if any(self._frame_unmet):
            unmet = [shape.event.id in ids for ids in self._frame_unmet]
            taped = (taped[0] and not unmet[0], taped[1] and not unmet[1])
        left, right = cut_sides(*days_held(shape.event.date), scale, taped)
        length = cue_length(rect.height)
        shown = min(rect.right, width) - max(rect.x, 0.0)
        if not (left or right) or shown < 2 * length * (left + right):
            return
        key = (colour.rgba(), not shape.hollow, shape.marker is not Marker.BAR)
        ink = self._cue_inks.get(key)
        if ink is None:
            ink = self._cue_inks[key] = cue_ink(colour, self.theme.background, *key[1:])
        if left:
            self._paint_cue(painter, rect, CUE_INSET, length, True, ink)
        if right:
            self._paint_cue(painter, rect, width - CUE_INSET - length, length, False, ink)

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
        return sprite(
            width,
            height,
            0,
            lambda on_image: self._draw_label(on_image, QRectF(0, 0, width, height), text),
        )

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

    def _make_event_images(self, shape: EventShape) -> None:
        """The images :meth:`_screen_event` draws an event from: its small marker's and its
        plain label's (none for an event drawn otherwise: struck, a callout, lines)."""
        if shape.struck or shape.callout is not None or shape.folded:
            return
        marker, box = shape.marker_rect, shape.label_rect
        if box is not None and len(shape.lines) != 1:
            return
        if marker.width <= 2 * marker.height:
            colour = self._kind_colours[shape.event.kind]
            self._short_marker(shape.marker, qrect(marker), colour, shape.hollow)
        if box is not None:
            text, key = shape.lines[0], _label_key(shape.lines[0], box.width, box.height)
            self._labels.make(key, lambda: self._label_image(box.width, box.height, text))

    def _paint_related(self, painter: QPainter, shape: EventShape) -> None:
        """A ring round a marker of the highlighted thread (the selected one has its own)."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = QColor(self.theme.selection)
        colour.setAlpha(150)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(qrect(shape.marker_rect).adjusted(-3, -3, 3, 3), 4, 4)

    def paint_key_status(
        self, painter: QPainter, rect: QRectF, colour: QColor, status: EventStatus
    ) -> None:
        """How the timeline marks an event of ``status``, whole, for a key that explains it:
        hollow (announced, postponed), or faded and struck through (cancelled)."""
        struck = status is EventStatus.CANCELLED
        hollow = status in HOLLOW_STATUSES
        self._draw_marker(
            painter, Marker.POINT, rect, _faded(colour) if struck else colour, hollow, whole=True
        )
        if struck:
            self._strike(painter, rect.adjusted(-2, 0, 2, 0), whole=True)

    def _strike_text(
        self, painter: QPainter, line: QRectF, text: str, align: Qt.AlignmentFlag
    ) -> None:
        """A line through ``text`` drawn in ``line`` from its ``align`` side: a cancelled
        event's label, on the band or in the key."""
        width = min(self.measurer.width(text), line.width())
        left = line.right() - width if align == Qt.AlignmentFlag.AlignRight else line.x()
        top = line.y() - strike_rise(text, self.label_font.pixelSize())
        self._strike(painter, QRectF(left, top, width, line.height()))

    def _strike(self, painter: QPainter, rect: QRectF, whole: bool = False) -> None:
        """A line through the middle of ``rect``: a cancelled event's marker and label.
        ``whole``: not cut to the frame being painted (a key's marker, in no frame)."""
        painter.setPen(self.theme.strike_pen())
        middle = rect.center().y()
        left, right = rect.left(), rect.right()
        if not whole:  # as _box
            left, right = max(left, 0.0), min(right, self._frame_width)
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))

    def _paint_callout(self, painter: QPainter, rect: QRectF, number: str, colour: QColor) -> None:
        """A callout's number in a disc of its kind's colour: its label is in the key (on
        screen a folded label's tab, its "…": the title shows on hover)."""
        side = min(rect.height(), DISC_SIDE)
        disc = QRectF(
            rect.x(), rect.y() + (rect.height() - side) / 2, max(side, rect.width()), side
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(disc, side / 2, side / 2)
        painter.setPen(_CALLOUT_INK)
        painter.setFont(self.bold_font)
        centre = Qt.AlignmentFlag.AlignHCenter
        if self._reuse:  # laid out once: drawText shapes it and clips to the disc each time
            self._static.draw(painter, disc, number, centre, self.bold_measurer.width)
            return
        painter.drawText(disc, number, _text_option(number, centre))

    def _paint_focus(self, painter: QPainter, layout: TimelineLayout, focus_id: int) -> None:
        for shape in layout.events:
            if shape.event.id == focus_id:
                pen = QPen(self.theme.selection, 1, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                box = qrect(shape.marker_rect)
                if shape.label_rect is not None:
                    box = box.united(qrect(shape.label_rect))
                painter.drawRect(box.adjusted(-4, -2, 4, 2))
                return


def _line_align(shape: EventShape, text: str) -> Qt.AlignmentFlag:
    """Where a line of ``shape``'s label stands in it: as its text reads, unless the label,
    on two lines or more, lies wholly on one side of its marker and before it in reading
    order: then on the marker's side. The Kazakh chairman's visit, labelled before its
    marker at a page's far edge, read its second line, "كوشانوف إلى المغرب", 470 points
    from the marker; "…Morocco–Qatar / on health" the same in English. Half a point either
    way is the same place (a label laid out from a bar's end may pass it by a rounding)."""
    natural = Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft
    label, marker = shape.label_rect, shape.marker_rect
    if label is None or len(shape.lines) < 2:
        return natural
    if label.right <= marker.right + 0.5 and label.x < marker.x - 0.5:  # before, on its left
        return Qt.AlignmentFlag.AlignRight
    right_of = label.x >= marker.x - 0.5 and label.right > marker.right + 0.5
    if right_of and is_rtl_text(text):  # before it in Arabic, on its right
        return Qt.AlignmentFlag.AlignLeft
    return natural


def _faded(colour: QColor) -> QColor:
    """A cancelled event's colour: its kind's, faded."""
    faded = QColor(colour)
    faded.setAlpha(110)
    return faded
