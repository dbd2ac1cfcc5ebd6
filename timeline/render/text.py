"""Text measurement for layout and painting."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF


class TextMeasurer:
    """Widths of strings in one font, memoised: layout asks for the same titles often."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)
        self.width = lru_cache(maxsize=65536)(self._width)

    def _width(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text)
