"""A status bar whose messages stay clear of the count beside them.

Qt paints a message as far as the permanent widgets and no further, cut mid-word: at 800
pixels a French server message read "… et l’hôte et le port son11 événements". Here a
message too long for its room ends after its last whole word that fits, with "…", and its
tooltip reads it whole.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QWidget

from timeline.ui.cut_text import cut_at_a_word

#: Room Qt keeps around a message, between it and the permanent widgets, and the size
#: grip's at the bar's corner.
_MARGINS = 32


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._cleared)

    def addPermanentWidget(self, widget: QWidget, /, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        """``text`` for ``timeout`` milliseconds (0: until the next), whole or cut after a
        word, the whole of it in the tooltip."""
        room = self.message_room() if self.isVisible() else None  # unshown, no width yet
        advance = self.fontMetrics().horizontalAdvance
        shown = text if room is None else cut_at_a_word(text, room, advance)
        self.setToolTip(text if shown != text else "")
        super().showMessage(shown or text, timeout or 0)

    def _cleared(self, text: str) -> None:
        if not text:  # the message gone, so is its tooltip
            self.setToolTip("")

    def message_room(self) -> float:
        """The width a message has: the bar's, but the permanent widgets' and the size grip's
        (a message hides the others)."""
        taken = sum(widget.width() for widget in self._permanent if widget.isVisible())
        return max(0, self.width() - taken - _MARGINS)
