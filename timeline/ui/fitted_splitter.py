"""A splitter that shares its room by what its panes show, until the user drags a handle:
from then on their split stands, and is what the window remembers."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter


class FittedSplitter(QSplitter):
    """Fitted (:meth:`fit`) whenever it is resized, unless the user chose the split."""

    def __init__(self, orientation: Qt.Orientation) -> None:
        super().__init__(orientation)
        self._users = False
        self.splitterMoved.connect(self._moved_by_user)

    def users_split(self) -> QByteArray | None:
        """The split the user chose by dragging the handle, if they did (to remember)."""
        return self.saveState() if self._users else None

    def restore_users_split(self, state: QByteArray) -> None:
        """A split the user chose before: it stands, as after a drag."""
        self._users = self.restoreState(state)

    def forget_users_split(self) -> None:
        """Back to the fitted split."""
        self._users = False
        self.fit()

    def fit(self) -> None:
        """Share the room by what the panes show; nothing where the user chose the split."""
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the panes first: their contents wrap at their width
        self.fit()

    def _moved_by_user(self, _position: int, _index: int) -> None:
        self._users = True
