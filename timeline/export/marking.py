"""The handling marking ("Restricted", "مقيد"), centred and wrapped over what it marks and
again under it, as such markings stand: over the title and under the footer of each page of
a briefing, over and under the timeline of a picture. A PNG or SVG exported with a marking
left it out, and went round without it; a page marked at its head only read as unmarked
from its foot, where a stack of pages is read from."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter

from timeline.export.briefing_table import LINE_PITCH, Paragraph, paragraph
from timeline.render.theme import app_font

MARKING_HEIGHT = 20.0
MARKING_TOP = (MARKING_HEIGHT - LINE_PITCH) / 2  # its first line in the middle of that
MARKING_COLOUR = "#a4161a"


def marking_paragraph(text: str, width: float, rtl: bool) -> Paragraph:
    """The marking centred and wrapped ``width`` wide: on one line, longer than a portrait
    page is wide, it ran off both edges, "Restricted — for the Minister …" losing its first
    word."""
    return paragraph(text, app_font(12, bold=True), width, rtl, centred=True)


def marking_height(marking: Paragraph) -> float:
    """The room the marking takes over what it marks: a line more for each it wraps to."""
    return MARKING_HEIGHT + (marking.lines - 1) * LINE_PITCH


def paint_marking(painter: QPainter, marking: Paragraph, top: float = 0.0) -> None:
    """The marking in its colour, in the room :func:`marking_height` gives it from
    ``top`` (by default, the top of what ``painter`` draws on)."""
    marking.draw(painter, QPointF(0, top + MARKING_TOP), QColor(MARKING_COLOUR))
