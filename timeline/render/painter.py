"""Paint a TimelineLayout onto any QPainter: a widget, a PDF, an image, SVG, a printer."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from timeline.domain.datetext import DateFormat
from timeline.domain.kinds import EventKind
from timeline.render.badge_painter import BadgePainter
from timeline.render.connectors import AGREEMENT, ConnectorShape
from timeline.render.event_painter import EventPainter
from timeline.render.grid_painter import fill_rows, grid_columns
from timeline.render.note import QuietNote
from timeline.render.painter_base import qrect
from timeline.render.raster import DrawnImage, reusable
from timeline.render.raster import text_option as _text_option
from timeline.render.shapes import TimelineLayout
from timeline.render.strip_painter import StripPainter
from timeline.render.theme import Theme, app_font


class TimelinePainter(EventPainter, BadgePainter, StripPainter):
    """Draws layouts with one theme and font set; holds no state about the view. Its parts:
    :class:`EventPainter` (markers and labels), :class:`BadgePainter`, :class:`StripPainter`
    (the density strip, over :class:`GridPainter`'s grounds, grid and axis); the frame's
    order, connectors, the note over an empty view, the key and the legend are its own."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        super().__init__(theme, font_px)
        self._link_font = app_font(font_px)  # a date in the note over an empty view, hovered
        self._link_font.setUnderline(True)
        self._legend_image = DrawnImage()

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
        self._frame_scale, self._frame_taped = layout.scale, layout.taped
        self._frame_unmet = layout.unmet
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The flat fills first, without antialiasing: a view-wide one cost three times as
        # much with it, and their edges lie on whole pixels or under the axis. On screen
        # the grid's hairlines are filled in with them.
        grid = grid_columns(layout) if self._reuse else None
        ground = self._ground(self.theme.background, grid)
        fill_rows(painter, QRectF(0, 0, layout.width, layout.height), ground)
        self._paint_lanes(painter, layout, grid)
        painter.fillRect(QRectF(0, 0, layout.width, layout.axis_bottom), self.theme.axis_background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if grid is None:
            self._paint_grid(painter, layout)
        if layout.covered_x is not None:
            self._paint_covered(painter, layout, layout.covered_x)
        self._paint_axis(painter, layout)
        if layout.today_x is not None:  # beneath the events: labels and badges stay whole
            # Across the lanes only: through the axis it crossed its labels, and the density
            # strip below has a scale of its own.
            bottom = max((lane.rect.bottom for lane in layout.lanes), default=layout.height)
            painter.setPen(self.theme.today_pen())
            x = layout.today_x
            for top, end in _today_segments(layout.today_breaks, layout.axis_bottom, bottom):
                painter.drawLine(QPointF(x, top), QPointF(x, end))
        if layout.connectors:  # beneath the events: a label's background covers a crossing
            self._paint_connectors(painter, layout.connectors, highlighted)
        self._paint_lane_titles(painter, layout)
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
                self._draw_cluster(painter, qrect(cluster.rect), cluster.profile, label)
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
            self._make_tick_images(layout)
            for shape in layout.events:
                self._make_event_images(shape)
            self._make_badge_images(layout.clusters, fmt)
        finally:
            self._reuse = True  # as the screen's frames make them (a badge's image sets it)

    def _paint_connectors(
        self,
        painter: QPainter,
        connectors: list[ConnectorShape],
        highlighted: frozenset[int],
    ) -> None:
        """Agreements' threads solid in the signed agreement's colour, links dashed and
        quieter, as is a step's to a cancelled event (a step not taken); a highlighted
        thread's connectors wider, in the selection's colour, drawn last so nothing crosses
        them."""
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
            if not agreement or connector.cancelled:
                pen.setDashPattern([4.0, 3.0])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            points = [QPointF(x, y) for x, y in connector.points]
            path = QPainterPath(points[0])
            for first in range(1, len(points), 3):
                path.cubicTo(points[first], points[first + 1], points[first + 2])
            painter.drawPath(path)

    def _paint_note(self, painter: QPainter, note: QuietNote, hovered: int | None) -> None:
        """The note over a view with no event in it: on a ground that the grid and the
        today line pass under, its heading in muted bold, each event's arrow and date in
        the colour of a selection (underlined under the mouse) and its title as labels are."""
        painter.fillRect(qrect(note.ground), self.theme.label_background)
        painter.setFont(self.bold_font)
        painter.setPen(self.theme.muted_text)
        centre = Qt.AlignmentFlag.AlignHCenter
        self._text(painter, qrect(note.heading_rect), note.heading, centre, self.bold_measurer)
        for link in note.links:
            side = Qt.AlignmentFlag.AlignRight if link.on_right else Qt.AlignmentFlag.AlignLeft
            painter.setPen(self.theme.selection)
            painter.setFont(self.label_font)
            self._text(painter, qrect(link.arrow_rect), link.arrow, side, self.measurer)
            if link.event_id == hovered:
                painter.setFont(self._link_font)
                date_rect = qrect(link.date_rect)
                painter.drawText(date_rect, link.date, _text_option(link.date, side))
                painter.setFont(self.label_font)
            else:
                self._text(painter, qrect(link.date_rect), link.date, side, self.measurer)
            painter.setPen(self.theme.text)
            for text, line_rect in zip(link.lines, link.line_rects, strict=True):
                self._text(painter, qrect(line_rect), text, side, self.measurer)

    def _paint_key(self, painter: QPainter, layout: TimelineLayout) -> None:
        """Numbered callouts' whole labels, under the lanes of a printed timeline, and what
        its badges stand for beside a badge drawn as they are."""
        if layout.key or not self._reuse:  # the screen has none (files keep their state)
            painter.setFont(self.label_font)
        for entry in layout.key:
            rect = qrect(entry.rect)
            # As behind a label: the grid and the today line pass beneath the key's text.
            painter.fillRect(rect, self.theme.label_background)
            line_height = rect.height() / len(entry.lines)
            if entry.badge is not None:
                self._draw_cluster(painter, qrect(entry.badge), (), entry.number)
            else:
                number_w = 24.0
                number_x = rect.right() - number_w if layout.rtl else rect.x()
                painter.setPen(self.theme.text)
                painter.setFont(self.bold_font)
                number_rect = QRectF(number_x, rect.y(), number_w, line_height)
                centre = Qt.AlignmentFlag.AlignHCenter
                painter.drawText(number_rect, entry.number, _text_option(entry.number, centre))
            painter.setFont(self.label_font)
            text_x = rect.x() if layout.rtl else rect.x() + entry.lead
            for number, text in enumerate(entry.lines):
                align = Qt.AlignmentFlag.AlignRight if layout.rtl else Qt.AlignmentFlag.AlignLeft
                line = QRectF(
                    text_x,
                    rect.y() + number * line_height,
                    rect.width() - entry.lead,
                    line_height,
                )
                # A cancelled event's entry as its label would have been: quieter, struck.
                painter.setPen(self.theme.muted_text if entry.struck else self.theme.text)
                self._text(painter, line, text, align, self.measurer)
                if entry.struck:
                    self._strike_text(painter, line, text, align)

    def _paint_legend(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The legend: the same on every frame of one size and language, so on screen
        drawn from an image of it from the second frame on."""
        if not layout.legend:
            return
        if not self._reuse:
            self._draw_legend(painter, layout)
            return
        key = (tuple(layout.legend), layout.width, layout.height)
        top = layout.legend[0].text.y - 2
        area = QRectF(0, top, layout.width, layout.height - top)
        self._legend_image.draw(painter, key, area, partial(self._draw_legend, layout=layout))

    def _draw_legend(self, painter: QPainter, layout: TimelineLayout) -> None:
        top = layout.legend[0].text.y - 2
        painter.fillRect(
            QRectF(0, top, layout.width, layout.height - top), self.theme.axis_background
        )
        painter.setFont(self.label_font)
        for item in layout.legend:
            colour = self.theme.kind_colour(item.kind) if item.kind else self.theme.muted_text
            if item.today:
                swatch = qrect(item.swatch)
                painter.setPen(self.theme.today_pen())
                middle = swatch.center().x()
                painter.drawLine(QPointF(middle, swatch.top()), QPointF(middle, swatch.bottom()))
            elif item.status is None:
                self._paint_marker(painter, item.marker, qrect(item.swatch), colour)
            else:
                self.paint_key_status(painter, qrect(item.swatch), colour, item.status)
            painter.setPen(self.theme.text)
            self._text(
                painter, qrect(item.text), item.label, Qt.AlignmentFlag.AlignLeft, self.measurer
            )


def _today_segments(
    breaks: tuple[tuple[float, float], ...], top: float, bottom: float
) -> list[tuple[float, float]]:
    """The stretches of the today line from ``top`` to ``bottom`` between the labels it
    stops beside (:attr:`TimelineLayout.today_breaks`)."""
    segments, start = [], top
    for above, below in breaks:
        if above >= bottom:
            break
        if above > start:
            segments.append((start, above))
        start = max(start, below)
    if start < bottom:
        segments.append((start, bottom))
    return segments
