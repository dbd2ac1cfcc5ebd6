"""Cluster badges: the "+N" of the events a row had no room for, a histogram along the foot
of where they are densest, and the ring round the badge a selected event is hidden behind.
On screen a badge seen before is an image of it, and a new one is drawn over an image of its
body with its count put together from images of its digits.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from timeline.domain.datetext import DateFormat
from timeline.render.painter_base import SPRITE_PAD, PainterBase, qrect
from timeline.render.raster import SeenTwice, sprite
from timeline.render.rect import Rect
from timeline.render.shapes import ClusterShape, TimelineLayout
from timeline.render.theme import Theme

_BADGES_KEPT = 512
_COUNT_CHARACTERS = frozenset("+0123456789")


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


def _placed_badge(
    cluster: ClusterShape,
) -> tuple[QRectF, tuple[tuple[float, float, float], ...]]:
    """A badge's box and histogram moved to the nearest whole pixel, where the screen
    draws it."""
    rect = qrect(cluster.rect)
    dx, dy = round(rect.x()) - rect.x(), round(rect.y()) - rect.y()
    profile = tuple((x0 + dx, x1 + dx, share) for x0, x1, share in cluster.profile)
    return rect.translated(dx, dy), profile


class BadgePainter(PainterBase):
    """Cluster badges, and their images kept for the screen."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        super().__init__(theme, font_px)
        #: The badge the selected event is hidden behind in the last frame that hid it: the
        #: frame's layout, the event, the badge's place (None: not hidden there).
        self._hiding: tuple[TimelineLayout, int, Rect | None] | None = None
        self._shade = QColor(255, 255, 255, 70)  # a badge's histogram
        #: Badges as images, by size, count and histogram, once seen twice; the badges seen
        #: once; and their bodies, by size.
        self._badges = SeenTwice(_BADGES_KEPT)
        self._bodies: dict[tuple[int, int], QImage] = {}
        self._bold_metrics = QFontMetricsF(self.bold_font)
        self._glyphs: dict[str, tuple[QImage, float]] = {}  # of badges' counts

    def _badge_keys(self, clusters: list[ClusterShape], fmt: DateFormat) -> list[tuple[str, bytes]]:
        """Each badge's count as it reads and its histogram's key."""
        labels = [f"+{fmt.number(cluster.count)}" for cluster in clusters]
        return list(zip(labels, _histogram_keys(clusters), strict=True))

    def _make_badge_images(self, clusters: list[ClusterShape], fmt: DateFormat) -> None:
        """The images :meth:`_screen_cluster` draws badges from, made between frames."""
        for cluster, (label, bars) in zip(clusters, self._badge_keys(clusters, fmt), strict=True):
            box = cluster.rect
            size = (round(box.width * 2), round(box.height * 2))
            at = QPointF(round(box.x), round(box.y))
            placed, profile = _placed_badge(cluster)
            self._badges.make(
                (size, label, bars), partial(self._badge_image, placed, profile, label, at)
            )

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
            painter.drawImage(x - SPRITE_PAD, y - SPRITE_PAD, image)
            return
        placed, profile = _placed_badge(cluster)
        image = self._badges.image(
            (size, label, bars), lambda: self._badge_image(placed, profile, label, QPointF(x, y))
        )
        if image is not None:  # seen before: from now on an image of it
            painter.drawImage(x - SPRITE_PAD, y - SPRITE_PAD, image)
            return
        body = self._bodies.get(size)
        if body is None:
            body = self._bodies[size] = self._badge_image(
                QRectF(0, 0, box.width, box.height), (), "", QPointF()
            )
        painter.drawImage(x - SPRITE_PAD, y - SPRITE_PAD, body)
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

        return sprite(rect.width(), rect.height(), SPRITE_PAD, draw)

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
            painter.drawImage(round(at) - SPRITE_PAD, y, image)

    def _glyph(self, character: str) -> tuple[QImage, float]:
        """A character of a badge's count, white and bold, with room either side."""
        found = self._glyphs.get(character)
        if found is None:
            height = self._bold_metrics.height()

            def draw(on_image: QPainter) -> None:
                on_image.setPen(QColor("#ffffff"))
                on_image.setFont(self.bold_font)
                on_image.drawText(QPointF(0, self._bold_metrics.ascent()), character)

            width = self.bold_measurer.width(character)
            image = sprite(width, height, SPRITE_PAD, draw, pad_above=0)
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
        ring = qrect(rect).adjusted(-2, -2, 2, 2)
        painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2)
