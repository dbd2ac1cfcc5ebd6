"""The density strip under the lanes: a bar per bin stacked in its kinds' colours, and the
window over it that shows where the view stands (or an arrow where it lies beyond). A file
replays the bars as recorded once; the screen draws them from an image made once for their
counts, place and span.
"""

from __future__ import annotations

import math
from functools import partial

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPicture, QPolygonF

from timeline.domain.kinds import EventKind
from timeline.render.grid_painter import GridPainter
from timeline.render.painter_base import qrect
from timeline.render.raster import image_of, replay
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale
from timeline.render.shapes import OverviewShape, TimelineLayout
from timeline.render.theme import Theme

RUNNING_LINE = 2.5  # the line under the events running into the view from before it

#: The density strip's bars on screen: their counts, place, span and pixel density, and
#: the image's corner and the image.
_BarsImage = tuple[np.ndarray, tuple[Rect, TimeScale, float], tuple[QPointF, QImage]]


class StripPainter(GridPainter):
    """The density strip (its top is one of the grid's rules)."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        super().__init__(theme, font_px)
        #: The density strip's bars last recorded: (their counts, place and span, picture).
        self._strip: tuple[np.ndarray, tuple[Rect, TimeScale], QPicture] | None = None
        #: On screen their image: their counts, place, span and pixel density, its corner
        #: and the image.
        self._bars: _BarsImage | None = None

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
            qrect(overview.rect), ratio, partial(self._draw_bars_at_once, overview=overview)
        )
        self._bars = (overview.by_kind, key, drawn)
        return drawn

    def _paint_overview(self, painter: QPainter, layout: TimelineLayout) -> None:
        """The density strip: a bar per bin, its height the square root of its share of the
        busiest bin, so a single event still shows beside thousands; each bar is stacked in
        the colours of its kinds, in proportion to their counts."""
        overview = layout.overview
        if overview is None:
            return
        strip = qrect(overview.rect)
        painter.fillRect(strip, self.theme.axis_background)
        self._rule(painter, strip.left(), strip.right(), strip.top())
        self._paint_running(painter, overview)
        self._draw_bars(painter, overview)
        window = qrect(overview.window)
        if overview.beyond:
            self._paint_beyond(painter, window, overview.beyond)
            return
        fill = QColor(self.theme.selection)
        fill.setAlpha(45)
        painter.setBrush(fill)
        painter.setPen(QPen(self.theme.selection, 1.5))
        painter.drawRoundedRect(window, 3, 3)

    def _paint_running(self, painter: QPainter, overview: OverviewShape) -> None:
        """A line along the strip's foot over the days of the events begun before the view
        and running into it: the strip counts an event known to the day on its first day,
        so a cut through a five-day assembly showed its bar outside the window and nothing
        in it."""
        if overview.running is None:
            return
        strip = qrect(overview.rect)
        x_a, x_b = (overview.scale.x(day) for day in overview.running)
        left = max(min(x_a, x_b), strip.left())
        right = min(max(x_a, x_b), strip.right())
        if right > left:
            foot = QRectF(left, strip.bottom() - RUNNING_LINE - 2, right - left, RUNNING_LINE)
            painter.fillRect(foot, self.theme.muted_text)

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
        strip = qrect(overview.rect)
        counts = overview.counts
        busiest = max(float(counts.max()) if counts.size else 0.0, 1.0)
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
                part = height * float(by_kind[row, column]) / count
                painter.fillRect(QRectF(min(x_a, x_b), top, abs(x_b - x_a), part), colours[row])
                top += part
        painter.end()
        self._strip = (overview.by_kind, key, picture)
        return picture

    def _draw_bars_at_once(self, painter: QPainter, overview: OverviewShape) -> None:
        """The bars of :meth:`_strip_bars` worked out in numpy and drawn one kind at a time
        (a new filter's strip: some thousand segments, 19 ms a bar at a time at a million
        events). Exports keep recording a bar at a time, the calls their files hold."""
        strip = qrect(overview.rect)
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
