"""Text measurement and direction for layout and painting."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


def is_rtl_text(text: str) -> bool:
    """True when the first strongly directional character is right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class TextMeasurer:
    """Widths of strings in one font, memoised: layout asks for the same titles often."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)
        self.width = lru_cache(maxsize=65536)(self._width)

    def _width(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text)

    def elide(self, text: str, width: float) -> str:
        return self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
