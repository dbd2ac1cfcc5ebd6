"""How much of a text a line struck through it hides: Arabic letters join along their
baseline and rise in bowls and teeth, and a line run through those read with them as one
stroke."""

from __future__ import annotations

import numpy as np
from layout_checks import image_pixels
from PySide6.QtGui import QColor, QImage


def _channels(pixels: np.ndarray) -> np.ndarray:
    return np.stack([(pixels >> shift) & 0xFF for shift in (16, 8, 0)], axis=-1).astype(int)


def hidden_share(plain: QImage, struck: QImage, line: QColor) -> float:
    """The share of the letters inked in ``plain`` (the text unstruck, on white) that
    ``struck`` (the same text, struck through) paints in the line's colour ``line``."""
    letters = _channels(image_pixels(plain)).sum(axis=-1) < 3 * 160
    colour = np.array([line.red(), line.green(), line.blue()])
    under_line = np.abs(_channels(image_pixels(struck)) - colour).sum(axis=-1) < 40
    return float((letters & under_line).sum() / letters.sum())
