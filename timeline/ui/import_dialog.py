"""The import dialog: a preview of a file, then "Import all valid rows" or Cancel.

Opening the dialog reads the whole file once, under a progress dialog that can cancel, and
shows what an import would add (counts by kind and by country pair, the first rows) and every
rejected row with its file, line, field and reason. Importing reads the file again and
writes in one transaction: a cancel there leaves the database as it was. Everything that
comes from the file is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.countries import country_names
from timeline.domain.datetext import DateFormat, DateStyle, shown_title
from timeline.domain.direction import ltr
from timeline.domain.messages import Message, message
from timeline.io.importer import ImportResult, Preview, Watch, import_file, preview_file
from timeline.io.progress import Progress
from timeline.io.rows import WHOLE_ROW, ImportCancelled, ImportFileError, Rejection
from timeline.io.tally import Tally
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.ui.error_words import said
from timeline.ui.field_names import field_name
from timeline.ui.window_size import fit_as_message, keep_wrapped_lines_whole, remember_size
from timeline.ui.work_progress import PROGRESS_DELAY_MS, readers_progress
from timeline.ui.wrapped_label import wrap_lines

#: The progress dialog appears only for work that lasts longer than this.
_STEPS = 1000
Index = QModelIndex | QPersistentModelIndex


def _unknown_format(reason: Message | str) -> bool:
    return isinstance(reason, Message) and reason.id == "import.unknown_format"


#: The rejections' columns: line, field, reason.
REASON = 2
#: Rows shown as tall as their wrapped text, in tables of this many at most.
WRAPPED_MOST = 2_000
#: The rows a table's preferred height holds at most: every kind of event.
ROWS_ASKED = 8


class RejectionModel(QAbstractTableModel):
    """Every rejected row, however many: a model, so a million rows cost no widgets."""

    def __init__(self, rows: list[Rejection], headers: list[str], fmt: DateFormat) -> None:
        super().__init__()
        self._rows = rows
        self._headers = headers
        # The reasons' language, and the reader's digits for the lines; an event's field
        # is named as the editor names it, a column of another format as the file does.
        self._fmt = fmt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:  # its line
            return NUMBER_ALIGNMENT
        if role not in shown or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == REASON:
            return row.reason_in(self._fmt.language, isolated=True, digits=self._fmt.digits)
        if column == 1:
            return (
                self.tr("Whole row")
                if row.field in WHOLE_ROW
                else field_name(row.field, self._fmt.digits)
            )
        return self._fmt.digits(str(row.line))

    def widest(self, column: int, metrics: QFontMetrics) -> int:
        """The width of the widest text in the line or the field ``column``, among every
        row: Qt sizes a column to its first thousand rows, and the 12,425th rejection of a
        file read "499…" for its line."""
        if not self._rows:
            return 0
        if column == 0:
            return metrics.horizontalAdvance(self._fmt.digits(str(max(r.line for r in self._rows))))
        first_of: dict[str, int] = {}  # a row of each field (its name is the field's)
        for number, row in enumerate(self._rows):
            first_of.setdefault(row.field, number)
        return max(
            metrics.horizontalAdvance(self.data(self.index(number, column)))
            for number in first_of.values()
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


#: A count or a line number in its cell: at the end of it, as the backups' counts are.
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str], rows: list[list[str]], wide: int, number: int) -> _Table:
    """A read-only table of plain-text cells, in the dialog's width: column ``wide`` (a
    name, a title) takes what the others leave, wrapped, each row as tall as it needs. A
    pair of five countries pushed the count of its events out of view, behind a scroll bar
    ("Événeme…"). Column ``number`` holds numbers, at its cells' end."""
    table = _Table(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == number:
                item.setTextAlignment(NUMBER_ALIGNMENT)
            table.setItem(row, column, item)
    _in_width(table, wide)
    return table


def _in_width(table: QTableView, wide: int) -> None:
    """The table in its own width: each column as wide as it reads but column ``wide``,
    which takes the rest, wrapped; rows as tall as they need, up to WRAPPED_MOST of them
    (more would each be measured as the table opens: one line each, whole in a tooltip)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if table.model().rowCount() <= WRAPPED_MOST:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # As tall as its rows, no taller (see _AsTallAsItsRows): the room left is the stretch's.
    policy = QSizePolicy.Policy
    table.setSizePolicy(policy.Expanding, policy.Preferred)
    table.verticalHeader().sectionResized.connect(lambda *_: table.updateGeometry())
    table.horizontalHeader().geometriesChanged.connect(table.updateGeometry)


def _whole_to_the_last_row(table: QTableView) -> None:
    """A table of rejections with its line and field columns as wide as their widest
    cell among every row, not only the first thousand Qt measures."""
    model = cast(RejectionModel, table.model())
    if model.rowCount() <= table.horizontalHeader().resizeContentsPrecision():
        return
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    for column in (0, 1):
        widest = model.widest(column, metrics) + 2 * (margin + 1)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, max(widest, header.sectionSizeHint(column)))


class _AsTallAsItsRows:
    """A table whose preferred height is its heading's and its rows' as laid out (a row
    wraps as the dialog narrows): the dialog's room goes to a table that needs it, and what
    is left stays under the last one. Shared evenly, the rejected rows' last row was cut in
    half over a table of one row to check and its empty room."""

    def sizeHint(self) -> QSize:
        """Its heading and its rows, up to :data:`ROWS_ASKED` of them: a count of a hundred
        pairs asked for 2,200 pixels and took the room, the first rows cut to one (and
        thousands of rejections did so to every other table)."""
        table = cast(QTableView, self)
        header = table.verticalHeader()
        rows = header.length() if not self.overflows() else header.sectionPosition(ROWS_ASKED)
        height = rows + table.horizontalHeader().height() + 2 * table.frameWidth()
        return QSize(QTableView.sizeHint(table).width(), height)

    def overflows(self) -> bool:
        """Whether it has more rows than its preferred height holds: it then takes its
        share of any room left, with the others that do."""
        return cast(QTableView, self).verticalHeader().count() > ROWS_ASKED

    def minimumSizeHint(self) -> QSize:
        """Its columns as wide as they read, the one that wraps a dozen characters wide,
        and its heading and first row whole: made as small as it went, the dialog cut every
        table to half a row, a country to "Azerbaï…" and a heading to "العنوا…"."""
        table = cast(QTableView, self)
        header, metrics = table.horizontalHeader(), table.fontMetrics()

        def width(column: int) -> int:
            mode = header.sectionResizeMode(column)
            if mode == QHeaderView.ResizeMode.Stretch:
                return 12 * metrics.averageCharWidth()
            if mode == QHeaderView.ResizeMode.Fixed:  # as wide as its widest cell
                return header.sectionSize(column)
            return header.sectionSizeHint(column)

        widths = [width(column) for column in range(header.count())]
        rows = table.verticalHeader()
        first = rows.sectionSize(0) if rows.count() else 0  # as wrapped now: it re-wraps
        frame = 2 * table.frameWidth()
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        return QSize(sum(widths) + frame + scroll_bar, header.height() + first + frame)


class _Table(_AsTallAsItsRows, QTableWidget):
    pass


class _RowsView(_AsTallAsItsRows, QTableView):
    pass


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return wrap_lines(label)


class ImportDialog(QDialog):
    """Preview ``path`` for ``store`` on opening; "Import all valid rows" writes them.

    After construction ``preview`` is None when the preview was cancelled or the file could
    not be read (the dialog then says why and hides its Import button); after an import,
    ``imported`` holds what was written.
    """

    def __init__(
        self,
        parent: QWidget | None,
        store: EventStore,
        path: Path,
        *,
        fmt: DateFormat | None = None,
        scope: frozenset[str] = frozenset(),
        file_format: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._path = Path(path)
        self._fmt = fmt or DateFormat(language="en", style=DateStyle.MAGHREB)
        self._scope = scope
        self._file_format = file_format
        self.preview: Preview | None = None
        self._tables: list[_Table | _RowsView] = []  # the preview's, in the form's order
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import {name}").replace("{name}", ltr(self._path.name)))
        self.summary = _plain_label()
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import all valid rows"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        self._run_preview()
        self._share_the_room()
        self._layout.addWidget(self.buttons)
        # The file refused or the preview cancelled: the reason alone, as a message. At the
        # preview's size it floated halfway down an empty window; at the narrowest the
        # buttons allow, its lines made the window taller than an 800×500 screen.
        if self.preview is None:
            fit_as_message(self)
        else:
            keep_wrapped_lines_whole(self)
            remember_size(self, "import", QSize(960, 640))  # room for the rejections' reasons

    def _share_the_room(self) -> None:
        """The room the tables' preferred heights leave goes to those with more rows than
        those hold, in equal shares; where none has, it stays under the last one."""
        longer = [table for table in self._tables if table.overflows()]
        if not longer:
            self._layout.addStretch(1)
            return
        for table in longer:
            table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            if table in (self.kinds, self.pairs):
                self._layout.setStretchFactor(self._count_tables, 1)
            else:
                self._layout.setStretchFactor(table, 1)

    def _progress(self, label: str) -> tuple[QProgressDialog, Progress, Watch]:
        """The progress dialog, its callback, and the watcher that gives it the counts of
        rows read and kept (as the command line's progress bar shows them)."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, _STEPS, self)
        readers_progress(dialog, self._fmt)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        watched: list[Tally] = []
        counts = self.tr("Rows read: %1 · kept: %2")

        def report(done: int, total: int) -> bool:
            if watched:
                tally = watched[0]
                read, kept = self._fmt.number(tally.rows), self._fmt.number(tally.new)
                dialog.setLabelText(label + "\n" + counts.replace("%1", read).replace("%2", kept))
            # setValue lets Qt handle events (the Cancel button) once the dialog shows.
            dialog.setValue(min(_STEPS - 1, done * _STEPS // total) if total else 0)
            return not dialog.wasCanceled()

        return dialog, report, watched.append

    def _run_preview(self) -> None:
        dialog, report, watch = self._progress(self.tr("Reading the file…"))
        try:
            self.preview = preview_file(
                self._path, self._store.database, self._file_format, self._scope, report, watch
            )
        except ImportCancelled:
            self._stop(self.tr("The preview was cancelled; nothing was imported."))
            return
        except (ImportFileError, StoreError) as error:
            self._stop(self._said(error))
            return
        finally:
            dialog.close()
            dialog.deleteLater()
        self._show_preview(self.preview)

    def _said(self, error: ImportFileError | StoreError) -> str:
        """Why the file was refused, in the reader's language; a format not recognised
        without the command line's advice (``--format``), which the window has no use for."""
        if isinstance(error, ImportFileError) and _unknown_format(error.reason):
            assert isinstance(error.reason, Message)
            unknown = message("import.unknown_format_here", **error.reason.values)
            error = ImportFileError(error.file, unknown, error.line)
        return said(error, self._fmt)

    def _stop(self, message: str) -> None:
        """The file refused, or its preview cancelled: why, and Close (Cancel, the one
        button left, read as cancelling what was already over)."""
        self.summary.setText(message)
        self.import_button.setEnabled(False)
        self.import_button.setVisible(False)
        self.buttons.removeButton(self.cancel_button)
        self.cancel_button.deleteLater()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def _show_preview(self, preview: Preview) -> None:
        skipped = sum(preview.skipped.values())
        # The window chooses no countries (the command line's --pair and --country do):
        # there a row is skipped for not being diplomatic alone.
        said = (
            self.tr(
                "{rows} rows read: {new} to add, {duplicates} already imported, "
                "{rejected} rejected, {skipped} skipped (not for the chosen countries "
                "or not diplomatic)."
            )
            if self._scope
            else self.tr(
                "{rows} rows read: {new} to add, {duplicates} already imported, "
                "{rejected} rejected, {skipped} skipped (not diplomatic)."
            )
        )
        self._counts = (
            said.replace("{rows}", self._fmt.number(preview.rows))
            .replace("{new}", self._fmt.number(preview.new))
            .replace("{duplicates}", self._fmt.number(preview.duplicates))
            .replace("{rejected}", self._fmt.number(len(preview.rejected)))
            .replace("{skipped}", self._fmt.number(skipped))
        )
        self.summary.setText(self._counts)
        language, number = self._fmt.language, self._fmt.number
        self.kinds = _table(
            [self.tr("Kind"), self.tr("Events")],
            [[kind.info.name(language), number(n)] for kind, n in preview.by_kind.most_common()],
            wide=0,
            number=1,
        )
        self.pairs = _table(
            [self.tr("Countries"), self.tr("Events")],
            [
                [country_names(pair, language), number(n)]
                for pair, n in preview.by_pair.most_common()
            ],
            wide=0,
            number=1,
        )
        counts = QHBoxLayout()
        counts.addWidget(self.kinds)
        counts.addWidget(self.pairs)
        self._layout.addLayout(counts)
        self._count_tables = counts
        self._layout.addWidget(_plain_label(self.tr("First rows")))
        self.first_rows = _table(
            [self.tr("Line"), self.tr("Date"), self.tr("Kind"), self.tr("Title")],
            [
                [
                    self._fmt.digits(str(row.line)),
                    self._fmt.event_date(row.event.date),
                    row.event.kind.info.name(language),
                    shown_title(row.event, self._fmt),  # as the window shows it
                ]
                for row in preview.first
            ],
            wide=3,
            number=0,
        )
        self._layout.addWidget(self.first_rows)
        self._layout.addWidget(_plain_label(self.tr("Rejected rows")))
        self.rejected_rows = self._rows_table(preview.rejected, self.tr("Reason"))
        self._layout.addWidget(self.rejected_rows)
        if preview.doubtful:  # valid, but worth a look (a year that reads as Hijri)
            self._layout.addWidget(_plain_label(self.tr("Rows to check")))
            self.doubtful_rows = self._rows_table(preview.doubtful, self.tr("What to check"))
            self._layout.addWidget(self.doubtful_rows)
        self._tables = [self.kinds, self.pairs, self.first_rows, self.rejected_rows]
        if preview.doubtful:
            self._tables.append(self.doubtful_rows)
        self.import_button.setEnabled(preview.new > 0)

    def _rows_table(self, rows: list[Rejection], why: str) -> _RowsView:
        """A table of rows by line, field and ``why`` (a rejection's reason, what to check)."""
        table = _RowsView()
        headers = [self.tr("Line"), self.tr("Field"), why]
        table.setModel(RejectionModel(rows, headers, self._fmt))
        table.verticalHeader().setVisible(False)
        # A reason longer than the table is wide (the kinds a row may name) ran out of view;
        # the file, the same on every row, is in the title: its column took the reasons' room.
        _in_width(table, REASON)
        _whole_to_the_last_row(table)
        return table

    def _import(self) -> None:
        dialog, report, watch = self._progress(self.tr("Importing…"))
        try:
            self.imported = import_file(
                self._store.database,
                self._path,
                self._file_format,
                self._scope,
                report,
                watch=watch,
            )
        except ImportCancelled:  # under the counts, which still say what Import would do
            cancelled = self.tr("The import was cancelled; the database is unchanged.")
            self.summary.setText(f"{self._counts}\n{cancelled}")
            return
        except (ImportFileError, StoreError) as error:
            self._stop(self._said(error))
            return
        finally:
            dialog.close()
            dialog.deleteLater()
        self.accept()
