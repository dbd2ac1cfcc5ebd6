"""Paint a TimelineLayout onto any QPainter: a widget, a PDF, an image, SVG, a printer."""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QPolygonF,
    QTextOption,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import is_rtl_text
from timeline.domain.kinds import EventKind
from timeline.render.index import Marker
from timeline.render.layout import ClusterShape, EventShape, OverviewShape, Rect, TimelineLayout
from timeline.render.scale import TimeScale
from timeline.render.text import TextMeasurer
from timeline.render.theme import Theme, app_font

_BADGE_SHADE = QColor(255, 255, 255, 70)  # a badge's histogram, over its dark fill
_CHARACTER_SAMPLES = (
    "Official visit: Morocco–Kazakhstan talks on visas",
    "مباحثات لتعزيز الشراكة الاقتصادية بين المغرب وكازاخستان",
)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _text_option(text: str, align: Qt.AlignmentFlag) -> QTextOption:
    """``align`` names a physical side: without AlignAbsolute, Qt swaps left and right for
    right-to-left text, and an Arabic label would start on the wrong side of its room."""
    return _option(align, is_rtl_text(text))


@cache
def _option(align: Qt.AlignmentFlag, rtl: bool) -> QTextOption:
    """One option per side and direction, made once: a frame draws a hundred texts."""
    option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return option


class TimelinePainter:
    """Draws layouts with one theme and font set; holds no state about the view."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        self.theme = theme or Theme()
        self.label_font = app_font(font_px)
        self.bold_font = app_font(font_px, bold=True)
        self.axis_font = app_font(font_px - 1)
        self.measurer = TextMeasurer(self.label_font)
        self.bold_measurer = TextMeasurer(self.bold_font)  # the selected event's label
        #: The density strip's bars last drawn on screen: (their counts, place, span and pixel
        #: ratio, image).
        self._strip: tuple[np.ndarray, tuple[Rect, TimeScale, float], QImage] | None = None
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
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), self.theme.background)
        self._paint_lanes(painter, layout)
        self._paint_grid(painter, layout)
        self._paint_axis(painter, layout)
        if layout.today_x is not None:  # beneath the events: labels and badges stay whole
            painter.setPen(QPen(self.theme.today, 1.5))
            painter.drawLine(QPointF(layout.today_x, 0), QPointF(layout.today_x, layout.height))
        for shape in layout.events:
            self._paint_event(painter, shape, shape.event.id == selected_id)
        for cluster in layout.clusters:
            self._paint_cluster(painter, cluster, fmt)
        self._paint_key(painter, layout)
        self._paint_overview(painter, layout)
        self._paint_legend(painter, layout)
        if focus_id is not None:
            self._paint_focus(painter, layout, focus_id)
        painter.restore()

    def _paint_lanes(self, painter: QPainter, layout: TimelineLayout) -> None:
        painter.setFont(self.bold_font)
        for index, lane in enumerate(layout.lanes):
            if index % 2:
                painter.fillRect(_qrect(lane.rect), self.theme.lane_background)
            if len(layout.lanes) > 1:
                painter.setPen(self.theme.muted_text)
                align = Qt.AlignmentFlag.AlignRight if layout.rtl else Qt.AlignmentFlag.AlignLeft
                title_rect = QRectF(lane.rect.x + 8, lane.rect.y, lane.rect.width - 16, 18)
                painter.drawText(title_rect, lane.title, _text_option(lane.title, align))

    def _paint_grid(self, painter: QPainter, layout: TimelineLayout) -> None:
        top = layout.axis_bottom
        for tick in layout.ticks:
            if tick.tier == 2:
                continue
            colour = self.theme.major_grid if tick.tier == 0 else self.theme.grid
            painter.setPen(QPen(colour, 1))
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, layout.height))

    def _paint_axis(self, painter: QPainter, layout: TimelineLayout) -> None:
        painter.fillRect(QRectF(0, 0, layout.width, layout.axis_bottom), self.theme.axis_background)
        painter.setFont(self.axis_font)
        for tick in layout.ticks:
            rect = tick.label_rect
            painter.setPen(QPen(self.theme.major_grid if tick.tier != 1 else self.theme.grid, 1))
            painter.drawLine(QPointF(tick.x, rect.y), QPointF(tick.x, rect.bottom))
            if not tick.label:
                continue
            painter.setPen(self.theme.muted_text if tick.tier == 2 else self.theme.text)
            painter.setFont(self.bold_font if tick.tier == 0 else self.axis_font)
            painter.drawText(
                _qrect(rect), tick.label, _text_option(tick.label, Qt.AlignmentFlag.AlignHCenter)
            )
        painter.setPen(QPen(self.theme.major_grid, 1))
        painter.drawLine(QPointF(0, layout.axis_bottom), QPointF(layout.width, layout.axis_bottom))

    def _paint_event(self, painter: QPainter, shape: EventShape, selected: bool) -> None:
        rect = _qrect(shape.marker_rect)
        colour = self.theme.kind_colour(shape.event.kind)
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
        painter.fillRect(label_rect, self.theme.label_background)
        painter.setFont(self.bold_font if selected else self.label_font)
        painter.setPen(
            self.theme.selection
            if selected
            else self.theme.muted_text
            if shape.struck
            else self.theme.text
        )
        line_height = label_rect.height() / len(shape.lines)
        for number, text in enumerate(shape.lines):
            if selected and self.bold_measurer.width(text) > label_rect.width():
                text = self.bold_measurer.elide(text, label_rect.width())
            rtl = is_rtl_text(text)
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            line = QRectF(
                label_rect.x(),
                label_rect.y() + number * line_height,
                label_rect.width(),
                line_height,
            )
            painter.drawText(line, text, _option(align, rtl))
            if shape.struck:
                width = min(self.measurer.width(text), line.width())
                left = line.right() - width if align == Qt.AlignmentFlag.AlignRight else line.x()
                self._strike(painter, QRectF(left, line.y(), width, line.height()))

    def _strike(self, painter: QPainter, rect: QRectF) -> None:
        """A line through the middle of ``rect``: a cancelled event's marker and label."""
        painter.setPen(QPen(self.theme.text, 1.4))
        middle = rect.center().y()
        painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))

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

    def _paint_key(self, painter: QPainter, layout: TimelineLayout) -> None:
        """Numbered callouts' whole labels, under the lanes of a printed timeline."""
        painter.setFont(self.label_font)
        for entry in layout.key:
            rect = _qrect(entry.rect)
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
        the background, whatever the marker."""
        painter.setPen(QPen(colour.darker(130), 1))
        if hollow:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(self.theme.background)
        if marker is Marker.POINT:
            centre = rect.center()
            half = rect.height() / 2
            if not hollow:
                painter.setBrush(colour)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - half),
                        QPointF(centre.x() + half, centre.y()),
                        QPointF(centre.x(), centre.y() + half),
                        QPointF(centre.x() - half, centre.y()),
                    ]
                )
            )
        elif marker is Marker.BAR:
            if not hollow:
                painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
        else:
            # Imprecise: a pale fill; a window (one day within) also gets a dashed outline.
            pale = QColor(colour)
            pale.setAlpha(70)
            painter.setBrush(self.theme.background if hollow else QBrush(pale))
            pen = QPen(colour, 2 if hollow else 1.2)
            if marker is Marker.WINDOW:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 3, 3)

    def _paint_legend(self, painter: QPainter, layout: TimelineLayout) -> None:
        if not layout.legend:
            return
        top = layout.legend[0].text.y - 2
        painter.fillRect(
            QRectF(0, top, layout.width, layout.height - top), self.theme.axis_background
        )
        painter.setFont(self.label_font)
        for item in layout.legend:
            colour = self.theme.kind_colour(item.kind) if item.kind else self.theme.muted_text
            self._paint_marker(painter, item.marker, _qrect(item.swatch), colour)
            painter.setPen(self.theme.text)
            painter.drawText(
                _qrect(item.text), item.label, _text_option(item.label, Qt.AlignmentFlag.AlignLeft)
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
        painter.setPen(QPen(self.theme.major_grid, 1))
        painter.drawLine(strip.topLeft(), strip.topRight())
        engine = painter.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Raster:
            painter.drawImage(strip.topLeft(), self._strip_image(overview, painter))
        else:
            self._paint_bars(painter, overview)  # vector in a PDF, SVG or print
        window = _qrect(overview.window)
        fill = QColor(self.theme.selection)
        fill.setAlpha(45)
        painter.setBrush(fill)
        painter.setPen(QPen(self.theme.selection, 1.5))
        painter.drawRoundedRect(window, 3, 3)

    def _strip_image(self, overview: OverviewShape, painter: QPainter) -> QImage:
        """The strip's bars as an image, drawn once for its counts, place and span: panning
        and zooming move only the window over them, so a frame copies some pixels instead of
        filling some thousand segments again (replaying them recorded cost as much)."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (overview.rect, overview.scale, ratio)
        cached = self._strip
        if cached is not None and cached[0] is overview.by_kind and cached[1] == key:
            return cached[2]
        strip = _qrect(overview.rect)
        image = QImage(
            math.ceil(strip.width() * ratio),
            math.ceil(strip.height() * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        bars = QPainter(image)
        bars.translate(-strip.topLeft())
        self._paint_bars(bars, overview)
        bars.end()
        self._strip = (overview.by_kind, key, image)
        return image

    def _paint_bars(self, painter: QPainter, overview: OverviewShape) -> None:
        """A bar per bin, stacked in its kinds' colours."""
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

    def _paint_cluster(self, painter: QPainter, cluster: ClusterShape, fmt: DateFormat) -> None:
        rect = _qrect(cluster.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.cluster)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        # Where its events are densest: a small histogram along the badge's foot.
        painter.setBrush(_BADGE_SHADE)
        inner = rect.adjusted(rect.height() / 3, 0, -rect.height() / 3, 0)
        for x0, x1, share in cluster.profile:
            left, right = max(x0, inner.left()), min(x1, inner.right())
            if right > left and share > 0:
                height = max(1.5, 7 * share)
                painter.drawRect(QRectF(left, rect.bottom() - 3 - height, right - left, height))
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.bold_font)
        label = fmt.digits(f"+{cluster.count}")
        painter.drawText(rect, label, _text_option(label, Qt.AlignmentFlag.AlignHCenter))

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
