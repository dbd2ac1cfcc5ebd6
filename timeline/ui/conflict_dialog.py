"""Two people edited the same event: show both versions; nothing is overwritten silently."""

from __future__ import annotations

import itertools
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.changes import changes
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import isolate
from timeline.domain.event import Event
from timeline.ui.field_names import field_name
from timeline.ui.window_size import keep_wrapped_lines_whole
from timeline.ui.wrapped_label import wrap_lines


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
        wrap_lines(note)
        layout.addWidget(note)
        # Each version in its own direction: an item view lays a cell out in the view's, and
        # an English summary in the Arabic dialog read ".Updated by a colleague".
        rows = [
            (field_name(change.field, fmt.digits), isolate(change.before), isolate(change.after))
            for change in changes(theirs, mine, fmt)
        ]
        table = QTableWidget(len(rows), 3)
        table.setObjectName("differences")
        table.setTabKeyNavigation(False)  # Tab goes on to the buttons, not cell to cell
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved"), self.tr("Yours")])
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items are plain text
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(number, column, item)
        table.verticalHeader().setVisible(False)  # numbered rows said nothing, in Latin digits
        _versions_side_by_side(table)
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
        for button, resolution in (
            (self.keep_theirs, Resolution.KEEP_THEIRS),
            (self.keep_mine, Resolution.KEEP_MINE),
            (self.edit_again, Resolution.EDIT_AGAIN),
        ):
            button.clicked.connect(lambda _checked=False, r=resolution: self._choose(r))
        layout.addWidget(buttons)
        # The default once in the dialog: set while the buttons were on their own, Qt's
        # default was the first, and Enter kept the saved version, dropping mine.
        self.edit_again.setDefault(True)
        keep_wrapped_lines_whole(self)
        self.resize(760, 360)

    def showEvent(self, event: QShowEvent) -> None:
        """Tab goes from the table to the buttons in the order they are read (left to right,
        or right to left in Arabic): it went to the rightmost, then back to the left."""
        super().showEvent(event)
        buttons = [self.keep_theirs, self.keep_mine, self.edit_again]
        side = -1 if self.isRightToLeft() else 1
        buttons.sort(key=lambda button: side * button.mapTo(self, button.rect().center()).x())
        for before, after in itertools.pairwise(buttons):
            QWidget.setTabOrder(before, after)

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def ask(self) -> Resolution:
        """The choice; closing the dialog (Escape) overwrites nothing and loses nothing
        of mine: back to editing it, where Cancel asks before dropping it."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return Resolution.EDIT_AGAIN
        return self.resolution


def _versions_side_by_side(table: QTableWidget) -> None:
    """The field's name as wide as it needs, the two versions sharing the rest, each
    wrapped and as high as its lines: a long title of mine went past the table's edge,
    read only by scrolling sideways."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in (1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # A row taller than the table, its versions wrapped in a dialog made small, scrolls a
    # pixel at a time: scrolled a row at a time, its last lines could not be reached.
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # Never shorter than its header and a version of three lines.
    lines = 3 * table.fontMetrics().lineSpacing() + 2 * table.frameWidth() + 8
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + lines)
