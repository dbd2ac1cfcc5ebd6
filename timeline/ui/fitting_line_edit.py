"""Line edits that ask for the room their words take: one whose hint is the longest of its
wordings that fits its width, and one as wide as its text.

"From (2024, 1446-09-01 AH)" teaches the date forms in a wide window; in an 800-pixel one Qt
would cut it to "From (2024, 14…". A cut hint is worse than a short one, so the field falls
back to "From". The hints are measured again whenever the field's font or style changes (a
font set after the field was made, a style sheet), not only when it is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Room the clear button takes when the field has one, and a little air around the text.
_CLEAR_BUTTON = 22
_AIR = 4


def text_width(field: QLineEdit, text: str) -> int:
    """The width ``field`` takes to show ``text`` whole: the text's, and its frame's, margins',
    a little air and the clear button when it has one."""
    advance = field.fontMetrics().horizontalAdvance
    plain = QLineEdit.sizeHint(field).width() - 17 * advance("x")
    return advance(text) + plain + _AIR + (_CLEAR_BUTTON if field.isClearButtonEnabled() else 0)


class FittingLineEdit(QLineEdit):
    """Shows the longest of ``hints`` that fits; asks for the room the longest one needs."""

    def __init__(self, hints: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._given = hints
        self._hints = self._longest_first()
        self.setAccessibleName(self._hints[0])
        self._fit()

    def set_hints(self, hints: tuple[str, ...]) -> None:
        """Other wordings (the same hint in the reader's digits)."""
        self._given = hints
        self._hints = self._longest_first()
        self.setAccessibleName(self._hints[0])
        self.updateGeometry()
        self._fit()

    def _longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self._given, key=self._advance, reverse=True))

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), text_width(self, self._hints[0])), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(text_width(self, self._hints[-1]), hint.height())

    def setClearButtonEnabled(self, enable: bool) -> None:
        super().setClearButtonEnabled(enable)
        self.updateGeometry()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style changes every width: the hints are measured again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hints = self._longest_first()
            self.updateGeometry()
            self._fit()

    def _fit(self) -> None:
        room = self.width()
        fitting = next((h for h in self._hints if text_width(self, h) <= room), self._hints[-1])
        if fitting != self.placeholderText():
            self.setPlaceholderText(fitting)


class WholeLineEdit(QLineEdit):
    """Asks for the room its whole text takes (the layout, or the screen, may give less)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), text_width(self, self.text())), hint.height())
