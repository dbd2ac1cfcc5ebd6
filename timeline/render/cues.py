"""The arrowhead inside a box that the timeline's outer edge cuts, pointing out: a printed
cut through a five-day assembly ran its bars off the page as if they ended there. Which
sides are cut, the head's shape and its ink; the event painter draws it where the box
shows room for it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPolygonF

from timeline.render.scale import TimeScale

#: How far a head keeps inside its box's top and bottom (clear of its outline: a head
#: standing past them, white on white ground, broke the outline there) and in from the edge.
CUE_MARGIN = 1.5
CUE_INSET = 2
#: Pale boxes' (a month, a year, one day within) fill: their colour at this alpha.
PALE_ALPHA = 70
_LIGHT_INK = QColor("#ffffff")
_DARK_INK = QColor("#1d2330")


def cue_length(height: float) -> int:
    """A head's length along its box, whole pixels (so its image lies on whole pixels)."""
    return round(1.6 * (height / 2 - CUE_MARGIN))


def cut_sides(
    start: float, end: float, scale: TimeScale, taped: tuple[bool, bool]
) -> tuple[bool, bool]:
    """Whether an event of days ``[start, end)`` runs on past the left and the right side
    of a frame of ``scale``: by its days, not its box (one too short to see is widened past
    its last day). ``taped``: the (earlier, later) sides a neighbouring printed part is
    taped to, where the bar runs on into that part and says nothing. In Arabic the earlier
    days lie on the right."""
    earlier = start < scale.period.start and not taped[0]
    later = end > scale.period.end and not taped[1]
    return (later, earlier) if scale.rtl else (earlier, later)


def cue_polygon(length: int, height: float, left: bool) -> QPolygonF:
    """A head pointing left (or right) in a box ``height`` tall whose top is at 0, from 0
    to ``length`` along it."""
    tip, back = (0.0, float(length)) if left else (float(length), 0.0)
    return QPolygonF(
        [
            QPointF(tip, height / 2),
            QPointF(back, CUE_MARGIN),
            QPointF(back, height - CUE_MARGIN),
        ]
    )


def cue_ink(colour: QColor, background: QColor, filled: bool, pale: bool) -> QColor:
    """White on a dark fill, a dark ink on a light one: the box's fill as seen (its colour,
    faded when cancelled; pale for a vague date; the background when hollow). Its colour
    a shade darker barely showed on a statement's or an official visit's bar."""
    fill = background
    if filled:
        fill = _over(colour, PALE_ALPHA / 255 if pale else colour.alphaF(), background)
    light = _contrast(_LIGHT_INK, fill)
    return _LIGHT_INK if light >= _contrast(_DARK_INK, fill) else _DARK_INK


def _over(colour: QColor, alpha: float, background: QColor) -> QColor:
    """``colour`` at ``alpha`` over ``background``."""
    return QColor.fromRgbF(
        *(
            alpha * top + (1 - alpha) * under
            for top, under in zip(
                (colour.redF(), colour.greenF(), colour.blueF()),
                (background.redF(), background.greenF(), background.blueF()),
                strict=True,
            )
        )
    )


def _contrast(ink: QColor, fill: QColor) -> float:
    """The contrast ratio of two colours (WCAG's)."""
    light, dark = sorted((_luminance(ink), _luminance(fill)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG's), 0 for black to 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )
