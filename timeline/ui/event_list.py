"""The chronological event list: a table model over the filtered events."""

from __future__ import annotations

import html
import math
from collections import OrderedDict
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from timeline.domain.countries import country_names
from timeline.domain.datetext import DateFormat, in_digits, shown_title
from timeline.domain.direction import is_rtl_text
from timeline.domain.event import Event
from timeline.export.briefing_words import unbroken
from timeline.render.index import EventSource, MemorySource
from timeline.ui.focus_taking import TakingFocus
from timeline.ui.highlight import HighlightDelegate, is_elided
from timeline.ui.whole_lines import Span, WholeLinesCover, line_height

Index = QModelIndex | QPersistentModelIndex


PAGE = 200  # events fetched together when the list scrolls to rows it has not seen
FOLLOW_PAUSE_MS = 3000  # after the user scrolls the list, it stops following the view
TITLE_CHARS = 36  # the title's share of a narrow list, in average characters
#: The title's share of a wide list: at 1600×900 a few dates of two calendars over two
#: years ("one day within 28 December 1979 – 3 January 1980 (…)") took half the list, and
#: titles elided at 40 characters beside them.
TITLE_SHARE = 0.45
CAPS = {3: 320, 4: 320}  # countries and place: long ones elide, the details show them whole
#: Pixels above and below a row's line: the style's rows were 30 pixels for an 18-pixel
#: line, and at 800×500 the list showed two events.
ROW_PADDING = 3
_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
}


class DateForm(Enum):
    """How much of a date the list's narrowing date column writes."""

    WITH_HIJRI = 0  # 28 August 2024 (24 Safar 1446 AH)
    GREGORIAN = 1  # 28 August 2024
    SHORT = 2  # a day in 30 Sep – 2 Oct 2019


class EventTableModel(QAbstractTableModel):
    """Date (both calendars), kind, title, countries and place of each event, in time order.

    Rows come from the timeline's index, so a million events cost one column of ids; the
    events themselves are fetched a page at a time as rows come into view.
    """

    COLUMNS = ("date", "kind", "title", "countries", "place")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: EventSource = MemorySource.single([], len, "en")
        self._fmt = DateFormat()
        self._pages: OrderedDict[int, list[Event]] = OrderedDict()
        self._date_form = DateForm.WITH_HIJRI

    def set_date_form(self, form: DateForm) -> None:
        """A narrow list writes dates without their Hijri form, and narrower still in short
        words (both whole in the tooltip and the details), so the title keeps its room."""
        if form != self._date_form:
            self._date_form = form
            if self.rowCount() == 0:  # no date to write again
                return
            column = self.COLUMNS.index("date")
            last = self.index(self.rowCount() - 1, column)
            self.dataChanged.emit(self.index(0, column), last)

    @property
    def fmt(self) -> DateFormat:
        return self._fmt

    def set_source(self, source: EventSource, fmt: DateFormat) -> None:
        self.beginResetModel()
        self._source = source
        self._fmt = fmt
        self._pages.clear()
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            ids = [int(i) for i in self._source.index.ids[number * PAGE : (number + 1) * PAGE]]
            found = self._source.drawn(ids)  # what a row shows; whole events are slower
            page = [found[event_id] for event_id in ids]
            self._pages[number] = page
            if len(self._pages) > 50:
                self._pages.popitem(last=False)
        return page[offset]

    def row_of(self, event_id: int) -> int | None:
        return self._source.index.position(event_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source.index)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Countries"),
            self.tr("Place"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        event = self.event_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # What a narrow column elides or leaves out, whole.
            return self._fmt.event_date_with_hijri(event.date) if column == "date" else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(event, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "title":
            rtl = is_rtl_text(self._text(event, column))
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, event: Event, column: str) -> str:
        language = self._fmt.language
        if column == "date":
            if self._date_form is DateForm.WITH_HIJRI:
                return self._fmt.event_date_with_hijri(event.date)
            return self._fmt.event_date(event.date, self._date_form is DateForm.SHORT)
        if column == "kind":
            return event.kind.info.name(language)
        if column == "title":  # its numbers in the reader's digits, as in the briefing
            return shown_title(event, self._fmt)
        if column == "countries":
            return country_names(event.countries, language, event.host)
        return in_digits(event.place.text_in(language), self._fmt)


class DateDelegate(QStyledItemDelegate):
    """A date that the column is too narrow for wraps between its parts, as the briefing's
    table wraps it (:func:`unbroken`): its row grows a line (see
    :meth:`EventListView._fit_row_heights`) where the title would lose its share."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        if isinstance(model, EventTableModel):
            option.text = unbroken(option.text, model.fmt)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class EventListView(TakingFocus, QTableView):
    """Selecting a row announces the event id; Enter or double-click opens it. It scrolls
    by rows and hides a row its bottom edge would cut, as the panels beside it do."""

    eventSelected = Signal(object)  # event id or None
    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName(self.tr("Event list"))
        self.model_ = EventTableModel(self)
        self.setModel(self.model_)
        self.highlighter = HighlightDelegate(self)
        self.setItemDelegateForColumn(2, self.highlighter)
        self.setItemDelegateForColumn(0, DateDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        # Tab goes on to the next pane (the arrows go from event to event): it went from cell
        # to cell, row after row, and never left the list.
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self._fit_rows()
        header = self.horizontalHeader()
        # Columns fit the text of the rows in view and a page more (Qt's default reads a
        # thousand rows, five pages of events, a second at a million events). A column's
        # width reads the precision of the header whose sections it sizes, this one.
        header.setResizeContentsPrecision(PAGE)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the title takes what is left, not the place
        header.moveSection(2, 1)  # the title right after the date, in sight on small screens
        # The rows keep time order, the timeline's, which they scroll along with: a heading
        # pressed like a button sorted nothing.
        header.setSectionsClickable(False)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.doubleClicked.connect(self._open)
        self._scrolled = QElapsedTimer()  # since the user last scrolled the list
        self._sized = True  # whether the columns fit the rows shown (see size_columns)
        # Whether rows ever sized the columns: before, an empty list's columns fit their
        # headings, the title taking the rest (opened on a search that matched nothing, they
        # had Qt's first widths, a grey strip after them).
        self._measured = False
        # Whether the user dragged a column's width since the columns were last sized: a
        # scroll then leaves their widths alone (a resize or new events size them again).
        self._dragged = False
        self._sizing = False
        self._wraps = False  # whether the date column was narrowed for the title's share
        self._tall: set[int] = set()  # rows made taller for their dates
        header.sectionResized.connect(self._section_resized)
        self.verticalScrollBar().actionTriggered.connect(lambda _action: self._scrolled.start())
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.cover = WholeLinesCover(self, self._rows_in_view)

    def set_source(
        self, source: EventSource, fmt: DateFormat, query: str = "", sized: bool = True
    ) -> None:
        """Show these events; words of ``query`` are highlighted in the titles. The columns
        fit them at once, or (``sized`` False) when the caller calls :meth:`size_columns`."""
        self.highlighter.set_query(query)
        self._rows_one_line()  # Qt keeps a height by row number across new rows
        self.model_.set_source(source, fmt)
        if sized:
            self.size_columns()

    def size_columns(self) -> None:
        """Date and kind as wide as their text, the title whatever is left and never less
        than its share; in a narrow list the dates drop their Hijri form to make room,
        narrower still are written short (:class:`DateForm`), and a date longer still wraps
        in a taller row (:class:`DateDelegate`).
        Countries and place come after the title, reached by scrolling if need be; none
        shows cut at the list's edge."""
        if self.model_.rowCount() == 0 and self._fits_in_view() and self._measured:
            return  # no rows to measure: the columns keep the widths rows gave them
        if not self.isVisible():
            # Hidden, Qt measures every row, not those in view (a million at a million
            # events): sized when shown instead.
            self._sized = False
            return
        self._sized, self._dragged, self._sizing = True, False, True
        try:
            self._fit_columns()
        finally:
            self._sizing = False
        self._measured = self._measured or self.model_.rowCount() > 0

    def _fits_in_view(self) -> bool:
        """Whether the columns fit the list's width: opened on a search that matches nothing,
        the list had Qt's first widths, its place column cut and a scroll bar under no row."""
        header = self.horizontalHeader()
        return header.length() <= self.viewport().width()

    def _fit_columns(self) -> None:
        """The widths :meth:`size_columns` describes."""
        width = self.viewport().width()
        self.model_.set_date_form(DateForm.WITH_HIJRI)
        self.resizeColumnsToContents()
        for column, cap in CAPS.items():
            self.setColumnWidth(column, min(self.columnWidth(column), cap))
        title = self.columnWidth(2)
        least = max(self.fontMetrics().averageCharWidth() * TITLE_CHARS, int(TITLE_SHARE * width))
        share = min(title, least)
        if width - self.columnWidth(0) - self.columnWidth(1) < share:
            self.model_.set_date_form(DateForm.GREGORIAN)
            self.resizeColumnToContents(0)
            if width - self.columnWidth(0) < share:  # the title still short of its share
                self.model_.set_date_form(DateForm.SHORT)
                self.resizeColumnToContents(0)
        # Still short of it, the title keeps its share and a longer date wraps in its row: a
        # window of days across two months in French ("un jour entre le 23 août et le 1er
        # sept. 1979") left titles of 10,000 events at 800×500 their first word.
        self._wraps = width - self.columnWidth(0) < share
        if self._wraps:
            self.setColumnWidth(0, max(width - share, self.horizontalHeader().sectionSizeHint(0)))
        date, kind = self.columnWidth(0), self.columnWidth(1)
        others = date + kind + self.columnWidth(3) + self.columnWidth(4)
        wanted = max(width - others, min(title, max(width - date - kind, share), width - date))
        # A column after the title is whole in view or begins at its edge, reached by
        # scrolling: the title takes the room where a sliver of it showed ("Agre", "Nigeri").
        right = date + wanted
        for column in (1, 3, 4):  # as shown: kind, countries, place
            if right + self.columnWidth(column) > width:
                wanted += max(0, width - right)
                break
            right += self.columnWidth(column)
        self.setColumnWidth(2, wanted)
        self._rows_one_line()  # sized for another width of the dates
        self._fit_row_heights()

    def _rows_one_line(self) -> None:
        """The rows made taller for their dates one line tall again."""
        for row in self._tall:
            self.setRowHeight(row, self.verticalHeader().defaultSectionSize())
        self._tall.clear()

    def _fit_row_heights(self) -> None:
        """Where the date column may be narrower than a date (narrowed for the title, or by
        the user), the rows in view one line tall or as tall as their date wrapped in it
        (:class:`DateDelegate`): measured as they come into view, as the columns are."""
        first = self.rowAt(0)
        if first < 0 or not (self._wraps or self._dragged):  # each date fits on its line
            return
        width = self.columnWidth(0)
        line = self.verticalHeader().defaultSectionSize()
        delegate = self.itemDelegateForColumn(0)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        one_line = delegate.sizeHint(option, self.model_.index(first, 0)).height()
        option.rect = QRect(0, 0, width, line)  # wrapped to the column
        row, top = first, self.rowViewportPosition(first)
        while row < self.model_.rowCount() and top < self.viewport().height():
            height = line + delegate.sizeHint(option, self.model_.index(row, 0)).height() - one_line
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
                self._tall.add(row)
            top += height
            row += 1

    def _fit_rows(self) -> None:
        """Rows one line tall (Latin or Arabic, whichever is taller) and a little room."""
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(0)
        rows.setDefaultSectionSize(math.ceil(line_height(self.font())) + 2 * ROW_PADDING)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            self.size_columns()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.size_columns()
        else:
            self._fit_row_heights()  # more rows in view, or fewer

    def _rows_in_view(self) -> list[Span]:
        """The rows the viewport shows, top and bottom in its pixels (never all of them:
        a million rows are one column of ids)."""
        first = self.rowAt(0)
        if first < 0:
            return []
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:
            last = self.model_.rowCount() - 1
        tops = (
            (self.rowViewportPosition(row), self.rowHeight(row)) for row in range(first, last + 1)
        )
        return [(top, top + height) for top, height in tops]

    def follow(self, row: int) -> None:
        """Scroll so ``row`` is at the top (the view moved to it), unless the user is working
        in the list or has just scrolled it: their place wins. A row past the last (the view
        after every event) shows the last ones, the nearest to the view."""
        recently = self._scrolled.isValid() and self._scrolled.elapsed() < FOLLOW_PAUSE_MS
        rows = self.model_.rowCount()
        if self.hasFocus() or recently or rows == 0 or row < 0:
            return
        at = self.model_.index(min(row, rows - 1), 0)
        self.scrollTo(at, QAbstractItemView.ScrollHint.PositionAtTop)

    def wheelEvent(self, event: Any) -> None:
        self._scrolled.start()
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self._rows_from_the_top()
            if self._sized and not self._dragged and not self._dates_in_view_fit():
                self.size_columns()
            else:
                self._fit_row_heights()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sizing:
            self._dragged = True
            if column == 0:  # the user's width of the dates: theirs wrap to it
                self._fit_row_heights()

    def _dates_in_view_fit(self) -> bool:
        """Whether the date column holds the dates of the rows in view whole: it was sized
        on the rows then in view and a page, and a list following the view to another
        decade cut a longer date there ("يوم ما خلال ٢٤ نوفمبر – ٣ ديسمبر…"). Narrowed for
        the title's share, it holds them wrapped."""
        first = self.rowAt(0)
        if first < 0 or self._wraps:  # a longer date wraps in its row
            return True
        last = self.rowAt(self.viewport().height() - 1)
        last = self.model_.rowCount() - 1 if last < 0 else last
        width = self.columnWidth(0)
        model = self.model_
        return all(
            self.sizeHintForIndex(model.index(row, 0)).width() <= width
            for row in range(first, last + 1)
        )

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._rows_from_the_top()

    def _rows_from_the_top(self) -> None:
        """Scrolled to its end, Qt lines the last row up with the list's bottom and shows
        the bottom of a row above the first whole one, which the cover hides: an empty
        band under the header that read as an empty event. The rows start at the top
        instead, the room left over under the last."""
        bar = self.verticalScrollBar()
        if not bar.value() == bar.maximum() > 0:
            return
        header = self.verticalHeader()
        before = header.offset()
        top = header.sectionPosition(header.logicalIndex(bar.value()))
        if header.length() - top <= self.viewport().height():
            header.setOffsetToSectionPosition(bar.value())
        else:  # the rows left do not fit (the list grew shorter): Qt's way, the last whole
            header.setOffsetToLastSection()
        if header.offset() != before:
            self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip of the cell at ``pos`` in the viewport, if it is a title, countries
        or place cut short by its column: its whole text (escaped, in its direction), as
        the date has its whole form in its own. Else "" (the model's, if any, is shown)."""
        index = self.indexAt(pos)
        if not index.isValid() or EventTableModel.COLUMNS[index.column()] == "date":
            return ""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return ""
        # The cell as it is painted: its font and the style's text rectangle, where the
        # delegates elide it (highlight.text_rect), not an estimate from the view's.
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        delegate = self.itemDelegateForIndex(index)
        if isinstance(delegate, QStyledItemDelegate):
            delegate.initStyleOption(option, index)
        if not is_elided(text, option):
            return ""
        direction = "rtl" if is_rtl_text(text) else "ltr"
        return f'<div dir="{direction}">{html.escape(text)}</div>'

    def select_event(self, event_id: int | None) -> None:
        """Show the window's selection. None leaves no row current either: kept current,
        the row a deselected event had was not chosen again, from the timeline or by a click
        on it (neither changed the current row)."""
        row = None if event_id is None else self.model_.row_of(event_id)
        if row is None:
            with QSignalBlocker(self.selectionModel()):  # the window knows already
                self.selectionModel().clear()
            self.viewport().update()
            return
        index = self.model_.index(row, 0)
        if index == self.currentIndex() and self.selectionModel().isRowSelected(row):
            return
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A row made current (a click, an arrow key) chooses its event; but not the first
        row Qt makes current as the list takes the focus with none current (Tab, the window
        activated), which chose the first event, the timeline jumping to it."""
        if self.taking_focus:
            return
        event_id = self.model_.event_at(current.row()).id if current.isValid() else None
        self.eventSelected.emit(event_id)

    def _open(self, index: QModelIndex) -> None:
        event_id = self.model_.event_at(index.row()).id
        if event_id is not None:
            self.eventActivated.emit(event_id)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last event, as Ctrl with them does: a table's
        Home and End went to the first and last cell of the row, which a list of whole rows
        does not show, and nothing seemed to happen."""
        moves = QAbstractItemView.CursorAction
        if action in (moves.MoveHome, moves.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)
