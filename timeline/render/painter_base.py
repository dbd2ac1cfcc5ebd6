"""What every part of the painter shares: the theme, its fonts and their measurers, whether
the frame is on a screen (whose caches it may use) and a line of text in its room.

The painter is put together from a class per job (markers, events and labels, the axis and
grid, badges, the density strip), each a :class:`PainterBase`, so that they share this state
and one :meth:`PainterBase._text`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from timeline.domain.kinds import EventKind
from timeline.render.raster import StaticTexts
from timeline.render.raster import text_option as _text_option
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale
from timeline.render.text import TextMeasurer
from timeline.render.theme import Theme, app_font

_CHARACTER_SAMPLES = (
    "Official visit: Morocco–Kazakhstan talks on visas",
    "مباحثات لتعزيز الشراكة الاقتصادية بين المغرب وكازاخستان",
)


def qrect(rect: Rect) -> QRectF:
    """A layout's rectangle as Qt's."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


SPRITE_PAD = 2  # pixels around a marker's image for its outline's antialiasing


class PainterBase:
    """The theme, fonts and measurers, and the frame being painted's screen state."""

    def __init__(self, theme: Theme | None = None, font_px: int = 12) -> None:
        self.theme = theme or Theme()
        self.label_font = app_font(font_px)
        self.bold_font = app_font(font_px, bold=True)
        self.axis_font = app_font(font_px - 1)
        self.measurer = TextMeasurer(self.label_font)
        self.bold_measurer = TextMeasurer(self.bold_font)  # the selected event's label
        self.axis_measurer = TextMeasurer(self.axis_font)
        #: Screen caches (never used for exports): see :mod:`timeline.render.raster`.
        self._reuse = False
        self._frame_width = 0.0  # the frame being painted's: long markers are cut to it
        #: The frame being painted's scale and taped sides (:attr:`TimelineLayout.taped`),
        #: and the events not met there (:attr:`TimelineLayout.unmet`): where its boxes are
        #: cut.
        self._frame_scale: TimeScale | None = None
        self._frame_taped = (False, False)
        self._frame_unmet: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
        self._kind_colours = {kind: self.theme.kind_colour(kind) for kind in EventKind}
        self._kind_rgba = {kind: colour.rgba() for kind, colour in self._kind_colours.items()}
        self._static = StaticTexts()
        # Widest average over Latin and Arabic text: reserving labels by title length with it
        # seldom needs to elide one.
        self.char_px = 1.08 * max(
            self.measurer.width(sample) / len(sample) for sample in _CHARACTER_SAMPLES
        )

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
            # Centred in a room twice as tall: drawText clips to its room, and the dots
            # Arabic puts under the line reach below a label's (a final ي lost its two: a
            # picture's "الدولي" read "الدولى"). Its width still holds the text in.
            room = rect.adjusted(0, -rect.height() / 2, 0, rect.height() / 2)
            painter.drawText(room, text, _text_option(text, align))
