"""Item views that tell a row made current by the focus from a row the user chose.

With no row current, Qt makes the first one current as a view takes the focus from the
keyboard (Tab, the window activated). The event list and the attention panel choose the
event of the row made current: Tab after Escape chose the first event, the timeline jumping
to it, and a window closing, its focus passing to the list, read an event from a database
being closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFocusEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView as _View
else:
    _View = object  # a plain mixin at run time: Qt classes take no second Qt base


class TakingFocus(_View):
    """Mixed in before the Qt view: :attr:`taking_focus` is true while it takes the focus,
    for its current-row handler to leave that row unchosen."""

    taking_focus = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.taking_focus = True
        try:
            super().focusInEvent(event)
        finally:
            self.taking_focus = False
