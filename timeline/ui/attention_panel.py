"""The "Needs attention" list: events someone should confirm, and why.

Thin: which events need attention and why is the domain's rule
(:func:`timeline.domain.status.needing_attention`); this shows its answer, selects an event
when it is clicked and asks the window to mark it held (one undoable edit, like any other).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.dates import FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.messages import Message
from timeline.domain.status import Attention
from timeline.render.theme import app_font


def _reason(found: Attention, fmt: DateFormat) -> str:
    """Why, in the reader's language, its dates in the reader's style and digits."""
    values = {
        name: fmt.fuzzy(value) if isinstance(value, FuzzyDate) else value
        for name, value in found.reason.values.items()
    }
    return fmt.digits(Message(found.reason.id, values).render(fmt.language))


class AttentionPanel(QWidget):
    """A titled list, one line per event: its date, title and the reason."""

    eventSelected = Signal(int)
    markHeldRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self._writable = False
        self.title = QLabel()
        self.title.setObjectName("attentionTitle")
        self.title.setFont(app_font(13, bold=True))
        self.list = QListWidget()
        self.list.setObjectName("attentionList")
        self.list.setAccessibleName(self.tr("Needs attention"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.mark_held = QPushButton(self.tr("Mark as &held"))
        self.mark_held.setObjectName("markHeld")
        self.mark_held.setToolTip(self.tr("It took place on its date: confirm it"))
        self.mark_held.setEnabled(False)
        self.mark_held.clicked.connect(self._on_mark_held)
        # The title and its one action share a row, and the list asks for one line at least
        # (the splitter gives it more): the panel leaves the timeline room in an 800×500 window.
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() + 8)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.mark_held)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)

    def show_items(self, items: Sequence[Attention], fmt: DateFormat, writable: bool) -> None:
        """Show ``items`` (hidden when there are none); the selection is kept if it still is."""
        kept = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for found in items:
            event = found.event
            text = (
                f"{fmt.event_date(event.date)} — {event.title(fmt.language)}\n{_reason(found, fmt)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.list.addItem(item)
            if event.id == kept:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        count = self.tr("Needs attention (%1)").replace("%1", fmt.number(len(items)))
        self.title.setText(count)
        self._writable = writable
        self.mark_held.setEnabled(writable and self.selected_id() is not None)
        self.setVisible(bool(items))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.mark_held.setEnabled(current is not None and self._writable)
        if current is not None:
            self.eventSelected.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    def _on_mark_held(self) -> None:
        event_id = self.selected_id()
        if event_id is not None:
            self.markHeldRequested.emit(event_id)
