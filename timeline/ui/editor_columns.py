"""The editor's boxes in two columns where the window is wide enough, in one where it is not."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class Columns(QObject):
    """Boxes side by side in two columns while ``room`` (the widget they scroll in) is as
    wide as both need, otherwise one above the other in ``reading`` order.

    At 800 pixels the two columns were 976 wide: the fields scrolled sideways, and the
    date's year and day were out of sight, on the left in Arabic. In one column nothing
    needs more than the window's width. The boxes stay children of the same widget; only
    the column that holds them changes."""

    def __init__(
        self,
        first: Sequence[QWidget],
        second: Sequence[QWidget],
        reading: Sequence[QWidget],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        assert sorted(map(id, reading)) == sorted(map(id, [*first, *second]))
        self._first, self._second, self._reading = list(first), list(second), list(reading)
        self._room: QWidget | None = None
        self.layout = QHBoxLayout()
        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        self.layout.addLayout(self._left, 1)
        self.layout.addLayout(self._right, 1)
        for box in self._first:
            self._left.addWidget(box)
        self._left.addStretch(1)
        for box in self._second:
            self._right.addWidget(box)
        self._one = False

    def follow(self, room: QWidget) -> None:
        """Fit the columns to ``room``'s width whenever it changes."""
        self._room = room
        room.installEventFilter(self)

    def is_one_column(self) -> bool:
        return self._one

    def two_columns_width(self) -> int:
        """The narrowest room the two columns fit side by side."""
        return _widest(self._first) + self.layout.spacing() + _widest(self._second)

    def one_column_width(self) -> int:
        """The narrowest room the boxes fit one above the other."""
        return _widest(self._reading)

    def fit(self, width: int) -> None:
        """One column or two, for a room ``width`` pixels wide."""
        one = width < self.two_columns_width()
        if one == self._one:
            return
        self._one = one
        for box in self._reading:
            self._left.removeWidget(box)
            self._right.removeWidget(box)
        boxes = self._reading if one else self._first
        for index, box in enumerate(boxes):
            self._left.insertWidget(index, box)
        for box in [] if one else self._second:
            self._right.addWidget(box)
        self.layout.setStretch(1, 0 if one else 1)  # empty, it kept half the width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._room and event.type() == QEvent.Type.Resize:
            self.fit(self._room.width())
        return False


def _widest(boxes: list[QWidget]) -> int:
    return max(box.minimumSizeHint().width() for box in boxes)
