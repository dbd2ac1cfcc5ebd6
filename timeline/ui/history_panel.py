"""The selected event's history, in its details panel: who changed it, when, and what.

Every change the store recorded is listed, the newest first; choosing one shows each field
it changed, from what to what, and offers to bring that version back (an edit like any
other, so it is undoable and itself recorded).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.agreements import Agreement
from timeline.domain.changes import change_text, changes
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import isolate
from timeline.domain.languages import field_separator
from timeline.store.history import Action, HistoryEntry
from timeline.ui.field_names import field_name, with_field
from timeline.ui.fonts import widget_font
from timeline.ui.wrapped_label import wrap_lines

#: The tallest the list of entries grows before it scrolls, in pixels.
_MOST_LIST_HEIGHT = 140


class HistoryPanel(QWidget):
    """The recorded changes of one event; hidden when there are none to show."""

    #: The id of the history entry whose version the user wants back.
    restoreRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._entries: list[HistoryEntry] = []
        self._writable = False
        self._fmt = DateFormat()
        self._agreements: Mapping[str, Agreement] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        header = QLabel(self.tr("History"))
        header.setFont(widget_font(13, bold=True))
        self.list = QListWidget()
        self.list.setObjectName("historyEntries")
        self.list.setAccessibleName(self.tr("Changes to this event"))
        # A line too long elides (whole in its tooltip): a scroll bar would cover the only
        # entry of a list as tall as its entries.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_changes)
        self.changes = QLabel()
        self.changes.setObjectName("historyChanges")
        self.changes.setTextFormat(Qt.TextFormat.PlainText)  # user data never acts as markup
        wrap_lines(self.changes)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.clicked.connect(self._restore)
        for widget in (header, self.list, self.changes, self.restore_button):
            layout.addWidget(widget)
        self.hide()

    def show_history(
        self,
        entries: list[HistoryEntry],
        fmt: DateFormat,
        writable: bool,
        agreements: Mapping[str, Agreement] | None = None,
    ) -> None:
        """Show these entries (newest first), naming the ``agreements`` (by id) a change
        moved the event between by their titles. An older entry the user chose stays chosen
        when the list is read again; otherwise the newest is shown."""
        chosen = self._chosen() if self.list.currentRow() > 0 else None
        self._entries, self._writable, self._fmt = entries, writable, fmt
        self._agreements = agreements or {}
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(self._line(entry, fmt))
            item.setToolTip(item.text())  # whole, where the list's width elides it
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [entry.id for entry in entries]
        self.list.setCurrentRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self._fit_list()
        # One entry is the event as it is: no earlier version to bring back.
        self.restore_button.setVisible(len(entries) > 1)
        self._show_changes(self.list.currentRow())
        self.setVisible(bool(entries))

    def _fit_list(self) -> None:
        """The list as tall as its entries, up to :data:`_MOST_LIST_HEIGHT` (the rest
        scrolls): one entry stood in a box five lines tall, in a pane that in a small
        window shows a few."""
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(min(rows + frame, _MOST_LIST_HEIGHT))

    def _chosen(self) -> HistoryEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _line(self, entry: HistoryEntry, fmt: DateFormat) -> str:
        local = entry.at.astimezone()
        when = fmt.moment(local)
        # who saved it: a name in its own direction, between the reader's words
        who = isolate(entry.who)
        return field_separator(fmt.language).join((when, who, self._action(entry.action)))

    def _action(self, action: Action) -> str:
        return {
            Action.CREATE: self.tr("created"),
            Action.EDIT: self.tr("edited"),
            Action.DELETE: self.tr("deleted"),
            Action.RESTORE: self.tr("restored"),
        }[action]

    def _show_changes(self, row: int) -> None:
        entry = self._chosen()
        if entry is None:
            self.changes.hide()
            self.restore_button.setEnabled(False)
            return
        if entry.before is not None and entry.after is not None:
            # As the window reads the event: the editor's names of the fields, the details'
            # words for their values, in the reader's digits and reading direction.
            fmt = self._fmt
            lines = [
                with_field(field_name(change.field, fmt.digits), change_text(change, fmt.language))
                for change in changes(entry.before, entry.after, fmt, self._agreements)
            ]
            self.changes.setText("\n".join(lines) or self.tr("Saved without changes."))
        else:  # created or deleted: its line says so already
            self.changes.clear()
        self.changes.setVisible(bool(self.changes.text()))
        # The newest entry is the event as it is now: nothing to bring back.
        self.restore_button.setEnabled(self._writable and row > 0)

    def _restore(self) -> None:
        entry = self._chosen()
        if entry is not None:
            self.restoreRequested.emit(entry.id)
