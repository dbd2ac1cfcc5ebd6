"""Tables of rows in the editor: participants and sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.ui.editor_support import (
    identify,
    item_alignment,
)


@dataclass(frozen=True, slots=True)
class Named:
    """An object name for tests and an accessible name for screen readers."""

    object_name: str
    accessible_name: str


class WrappingHeader(QHeaderView):
    """Column titles that wrap onto more lines where their columns are narrower than
    them, the header as tall as the tallest: at 800×500 the participants' seven columns
    read "Name (English", "onction (anglai" (Qt cut a title in the middle, at both ends)."""

    def __init__(self, parent: QTableWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self._height = 0
        self.sectionResized.connect(self._follow_columns)

    def _follow_columns(self) -> None:
        """A new height only when the titles wrap onto more or fewer lines: each new
        height moves the rows, which may bring a scroll bar that narrows the columns."""
        height = self.sizeHint().height()
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        tallest = 0
        for section in range(self.count()):
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            room = QRect(0, 0, max(self.sectionSize(section) - 2 * margin, 1), 10_000)
            wrapped = self.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, title)
            tallest = max(tallest, wrapped.height())
        return QSize(hint.width(), max(hint.height(), tallest + 2 * margin))


#: What a row adds above and below its text (Qt's item margins and grid line).
_CELL_PADDING = 4


class CellsTable(QTableWidget):
    """A table whose Enter types into the chosen cell, as F2 does: it went on to the
    dialog's default button, and the editor saved and closed on a row just chosen. Enter in
    a cell being typed in still ends the typing there."""

    #: The rows a table shows whole at its smallest, each of three lines (an office wraps).
    ROWS_SHOWN = 2

    def minimumSizeHint(self) -> QSize:
        """Room for its header and two rows of three lines: at 96 px, under a header of two
        lines, not one participant showed whole at 800×500 (a 54 px view, 55 px rows)."""
        hint = super().minimumSizeHint()
        row = 3 * self.fontMetrics().lineSpacing() + 2 * _CELL_PADDING
        header = self.horizontalHeader().sizeHint().height()
        return QSize(hint.width(), header + self.ROWS_SHOWN * row + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        editing = self.state() == QAbstractItemView.State.EditingState
        if enter and not editing and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class RowsEditor(QWidget):
    """A table of text rows with Add and Remove buttons."""

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        names: tuple[Named, Named, Named],
        parent: QWidget | None = None,
        add: str | None = None,
    ) -> None:
        """``names`` name the table, the Add button and the Remove button; ``add``: the Add
        button's text, with its Alt key (the dialog knows which letters are free)."""
        super().__init__(parent)
        self.table = CellsTable(0, len(headers), self)
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # A cell's text wraps, each row as tall as its longest: an office ("Minister of
        # Foreign Affairs") was cut in a seventh of the editor's width, and in Arabic the
        # "…" stood at the start of a left-to-right text cut at its end.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows go from cell to cell): it went from cell to cell
        # and stayed in the last one, and the keyboard never reached the next field. A cell
        # being typed in still passes to the next one on Tab.
        self.table.setTabKeyNavigation(False)
        self.add = QPushButton(self.tr("Add") if add is None else add, self)
        self.remove = QPushButton(self.tr("Remove"), self)
        for widget, name in zip((self.table, self.add, self.remove), names, strict=True):
            identify(widget, name.object_name, name.accessible_name)
        self.add.clicked.connect(self._add_row)
        self.remove.clicked.connect(self._remove_rows)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._refresh_buttons)
        self._lay_out()
        self._refresh_buttons()

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def narrow_column(self, column: int) -> None:
        """``column`` as wide as its header's longest word, which the header wraps to: one
        of two letters (a country code) took the width of its header on one line, the
        widest column of seven ("Country code", 91 px, the names 52)."""
        header = self.table.horizontalHeader()
        item = self.table.horizontalHeaderItem(column)
        title = item.text() if item is not None else ""
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        words = title.split() or [""]
        longest = max(header.fontMetrics().horizontalAdvance(word) for word in words)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, longest + 4 * margin)

    def set_header_tip(self, column: int, tip: str) -> None:
        """Explain a column's expected format in its header's tooltip."""
        header = self.table.horizontalHeaderItem(column)
        if header is not None:
            header.setToolTip(tip)

    def rows(self) -> list[list[str]]:
        """The text of every cell, stripped, row by row."""
        return [
            [self._cell(row, column) for column in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
        ]

    def set_rows(self, rows: Iterable[Sequence[str]], kept: Sequence[object] = ()) -> None:
        """Fill the table; ``kept`` holds, row by row, what the row was made from (it moves
        with its row when others are removed, and a new row has none)."""
        self.table.setRowCount(0)
        for number, values in enumerate(rows):
            row = self._append(values)
            if number < len(kept):
                self._first_item(row).setData(Qt.ItemDataRole.UserRole, kept[number])
        self.changed.emit()

    def kept(self) -> list[object]:
        """What each row was made from (see :meth:`set_rows`), None for a row added since."""
        return [
            self._first_item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _append(self, values: Sequence[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            item = QTableWidgetItem(text)
            item.setTextAlignment(item_alignment(text))
            self.table.setItem(row, column, item)
        return row

    def _add_row(self) -> None:
        row = self._append([])
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self._first_item(row))
        self.changed.emit()

    def _first_item(self, row: int) -> QTableWidgetItem:
        """A row's first cell (every row is made with all its cells)."""
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def _remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        alignment = item_alignment(item.text())
        if Qt.AlignmentFlag(item.textAlignment()) != alignment:
            item.setTextAlignment(alignment)  # emits itemChanged once more, then equal
            return
        self.changed.emit()

    def _refresh_buttons(self) -> None:
        self.remove.setEnabled(bool(self.table.selectedIndexes()))


# --------------------------------------------------------------------------- dialog
