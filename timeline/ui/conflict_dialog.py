"""Two people edited the same event: show both versions; nothing is overwritten silently."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.changes import changes
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.ui.field_names import field_name
from timeline.ui.window_size import keep_wrapped_lines_whole


class Resolution(Enum):
    KEEP_THEIRS = "keep-theirs"
    KEEP_MINE = "keep-mine"
    EDIT_AGAIN = "edit-again"


class ConflictDialog(QDialog):
    """Their saved version beside mine, field by field (as plain text), each named as the
    editor names it and read as the window reads the event."""

    def __init__(self, parent: QWidget | None, theirs: Event, mine: Event, fmt: DateFormat) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("The event was changed elsewhere"))
        self.resolution = Resolution.EDIT_AGAIN
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Someone saved this event after you opened it. Here is what differs; "
                "choose which version to keep."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        rows = [
            (field_name(change.field, fmt.digits), change.before, change.after)
            for change in changes(theirs, mine, fmt)
        ]
        table = QTableWidget(len(rows), 3)
        table.setObjectName("differences")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved"), self.tr("Yours")])
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items are plain text
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(number, column, item)
        table.verticalHeader().setVisible(False)  # numbered rows said nothing, in Latin digits
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        self.keep_theirs = buttons.addButton(
            self.tr("Keep the &saved version"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_mine = buttons.addButton(
            self.tr("Save &mine over it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.edit_again = buttons.addButton(
            self.tr("&Edit mine again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine.setObjectName("keepMine")
        self.edit_again.setObjectName("editAgain")
        self.edit_again.setDefault(True)
        for button, resolution in (
            (self.keep_theirs, Resolution.KEEP_THEIRS),
            (self.keep_mine, Resolution.KEEP_MINE),
            (self.edit_again, Resolution.EDIT_AGAIN),
        ):
            button.clicked.connect(lambda _checked=False, r=resolution: self._choose(r))
        layout.addWidget(buttons)
        keep_wrapped_lines_whole(self)
        self.resize(760, 360)

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def ask(self) -> Resolution:
        if self.exec() != QDialog.DialogCode.Accepted:
            return Resolution.KEEP_THEIRS  # closing the dialog changes nothing
        return self.resolution
