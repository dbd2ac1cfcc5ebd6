"""File > Restore from backup…: the copies of one database, and putting one back.

The database must be closed while this dialog restores: store.backups refuses a file that
any window or program still has open, so that nobody keeps writing to the replaced file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import ltr
from timeline.store.backups import BackupInfo, list_backups, reason_said, restore_backup
from timeline.store.errors import StoreError
from timeline.ui.error_words import reader, said
from timeline.ui.window_size import keep_wrapped_lines_whole
from timeline.ui.wrapped_label import wrap_lines


def _plain_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that shows file names and reasons as text, never as markup."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


#: The table's column of file names.
FILE = 3


class RestoreDialog(QDialog):
    """Backups newest first, with when, why and how many events; restore after a yes."""

    COLUMNS = 4

    def __init__(
        self, path: Path, parent: QWidget | None = None, fmt: DateFormat | None = None
    ) -> None:
        """``fmt``: the window's reader (its digits), if a window asks."""
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self._fmt = reader(fmt)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.path = path
        self.backups = list_backups(path)
        #: After a restore: the backup put back, and the copy kept of the replaced file.
        self.restored: BackupInfo | None = None
        self.kept: Path | None = None

        intro = QLabel(self.tr("Backups of %1").replace("%1", ltr(path)))
        intro.setObjectName("restoreIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        wrap_lines(intro)
        self.table = QTableWidget(len(self.backups), self.COLUMNS)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Events"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, not cell to cell
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The file takes the room the others leave; cut short at its end, its stamp, what
        # tells two copies of a minute apart, stays (see _shown_name).
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            self._fill_row(row, info)
        self.table.itemSelectionChanged.connect(self._update_button)

        # Restore… before Close, where it stands: Tab goes through the buttons as they read.
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Close stays the default: Enter went towards a restore once a copy was chosen at first.
        self.restore_button.setAutoDefault(False)
        close.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.backups:
            layout.addWidget(self.table)
        else:
            self.table.hide()
            empty = QLabel(self.tr("There are no backups yet."))
            empty.setObjectName("noBackups")
            layout.addWidget(empty)
        layout.addWidget(buttons)
        # The newest copy that can be read is chosen at first: the table's first cell
        # looked chosen (the keyboard's frame on it) while Restore… stayed disabled.
        readable = [row for row, info in enumerate(self.backups) if info.events is not None]
        if readable:
            self.table.setCurrentCell(readable[0], 0)  # selectRow: nothing in Arabic, not shown
        self._update_button()
        keep_wrapped_lines_whole(self)
        # Room for a few copies, every column whole where the screen allows (the files'
        # names, which alone tell two copies of a minute apart, were cut behind a scroll
        # bar at 720 pixels); with none, its two lines alone (they floated in 360 pixels).
        if self.backups:
            # Never so narrow that a name loses its stamp.
            stamp = self.table.fontMetrics().horizontalAdvance("20261207-004910…") + 12
            self.setMinimumWidth(self._width_for(layout, stamp))
            self.resize(max(720, self._width_for(layout)), 360)
        else:
            self.resize(720, self.sizeHint().height())

    def _width_for(self, layout: QVBoxLayout, file_room: int | None = None) -> int:
        """The dialog's width with every column of its table whole (but the files' names,
        given ``file_room``), within the screen."""
        table, header = self.table, self.table.horizontalHeader()
        widths = [
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in range(self.COLUMNS)
        ]
        if file_room is not None:
            widths[FILE] = file_room
        columns = sum(widths)
        margins = layout.contentsMargins()
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        wanted = columns + 2 * table.frameWidth() + scroll_bar + margins.left() + margins.right()
        return min(wanted, self.screen().availableGeometry().width())

    def _shown_name(self, info: BackupInfo) -> str:
        """A copy's file name without the database's, which every copy's starts with
        ("timeline.sqlite3-20261207-004910-manual.sqlite3" shows its stamp first): cut
        short, two copies of a minute read alike. The whole path is in its tooltip."""
        return info.path.name.removeprefix(f"{self.path.name}-")

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        fmt = self._fmt
        events = self.tr("unreadable") if info.events is None else fmt.number(info.events)
        taken = self._when(info)
        reason = reason_said(info.reason).render(fmt.language)
        texts = (taken, reason, events, ltr(self._shown_name(info)))
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if info.events is None:  # a copy that cannot be read cannot be restored
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            if column == FILE:  # whole, where the table is too narrow for it
                item.setToolTip(ltr(str(info.path)))
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _when(self, info: BackupInfo) -> str:
        """When a copy was taken, as the history says when a version was saved: the
        reader's day and month name, whose digits keep their order in an Arabic line (an
        ISO day's hyphens between Arabic-Indic digits do not)."""
        return self._fmt.moment(info.taken)

    def selected_backup(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[rows.pop()] if rows else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def confirmation(self, info: BackupInfo) -> QMessageBox:
        count = self._fmt.count(info.events or 0)
        text = (
            self.tr("Replace %1 with the backup taken %2 (%3)?")
            .replace("%1", ltr(self.path))
            .replace("%2", self._when(info))
            .replace("%3", count)
            + "\n\n"
            + self.tr("The current file is backed up first.")
        )
        box = _plain_box(self, QMessageBox.Icon.Question, self.tr("Restore from backup"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None or self.confirmation(info).exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            self.kept = restore_backup(self.path, info.path)
        except StoreError as error:
            title = self.tr("Restore from backup")
            box = _plain_box(self, QMessageBox.Icon.Warning, title, said(error, self._fmt))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
            return
        self.restored = info
        self.accept()
