"""The "Needs attention" list: events someone should confirm or correct, and why.

Thin: which events need attention, why, and the status that likely answers each is the
domain's rule (:func:`timeline.domain.status.needing_attention`); this shows its answer,
selects an event when it is clicked and asks the window to mark it held (an announced event
now past) or announced (one recorded as held ahead of its day): one undoable edit, like any
other. Those of the second kind that the window does not list are counted on a last line.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat, shown_title
from timeline.domain.languages import field_separator, is_right_to_left
from timeline.domain.status import Attention, EventStatus, unlisted_ahead
from timeline.ui.cut_text import cut_at_a_word
from timeline.ui.focus_taking import TakingFocus
from timeline.ui.fonts import widget_font
from timeline.ui.whole_lines import ShortScrollBar, WholeLinesCover

#: An item's whole text ("date — title" over the reason) and the same on one line.
_WHOLE = Qt.ItemDataRole.UserRole + 1
_ONE_LINE = Qt.ItemDataRole.UserRole + 2
#: The status an item's button sets (Attention.answer's value).
_ANSWER = Qt.ItemDataRole.UserRole + 3
#: Pixels above and below an item's text.
_ITEM_PADDING = 2
#: A width no line of the list reaches: the text on one line.
_ONE_LINE_WIDTH = 1_000_000


class WholeItemsList(TakingFocus, QListWidget):
    """A list whose items show whole: each item's text wraps when the list is tall enough
    for the longest item, else each of its lines (an event and why it needs attention) is
    one line, else every item is one line; a line cut after a whole word, the item's whole
    text in its tooltip. The list scrolls by items and hides one its bottom edge would
    cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rtl = False
        self.cover = WholeLinesCover(self, self._item_spans)
        ShortScrollBar(self)
        self._ask_for_one_line("Visit")

    def set_items(self, items: Sequence[tuple[str, str, int | None]], rtl: bool) -> None:
        """Each item as (whole text, the same on one line, event id: None for a line that
        stands for no one event, which cannot be selected); ``rtl`` for the tooltips'
        direction."""
        self._rtl = rtl
        self.clear()
        for whole, one_line, event_id in items:
            item = QListWidgetItem()
            item.setData(_WHOLE, whole)
            item.setData(_ONE_LINE, one_line)
            item.setData(Qt.ItemDataRole.UserRole, event_id)
            if event_id is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        if items:
            self._ask_for_one_line(*(one_line for _whole, one_line, _id in items))
        self._fit()

    def sizeHint(self) -> QSize:
        """As tall as its items, wrapped: a list's own 192 pixels took more of the column
        than the details above it, which showed a selected event's title and date only."""
        every = sum(self.wrapped_heights(self.width()), 2 * self.frameWidth())
        return QSize(super().sizeHint().width(), max(every, self.minimumHeight()))

    def wrapped_heights(self, width: int) -> list[int]:
        """Each item's height wrapped in a list ``width`` wide: its side column asks
        before the list has that width (hidden until it had items)."""
        text_width = self._text_width(width - 2 * self.frameWidth())
        return [self._wrapped_height(item.data(_WHOLE), text_width) for item in self._items()]

    def lined_heights(self) -> list[int]:
        """Each item's height with each of its lines on one line, cut to the list's width."""
        return [self._wrapped_height(item.data(_WHOLE), None) for item in self._items()]

    def wraps(self) -> bool:
        """Whether the items show their whole text wrapped (else each of their lines, or
        each item, on one line cut after a word)."""
        return self.wordWrap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Wrap if the longest item fits whole, measured as wide as the text is with a
        scroll bar beside it (so the scroll bar coming or going never changes the answer);
        else each of an item's lines on one line if the tallest item fits so (at 1024×700
        the event to confirm showed its date and title, never why); else one line each."""
        width = self._text_width()
        items = self._items()
        room = self.contentsRect().height()
        heights = [self._wrapped_height(item.data(_WHOLE), width) for item in items]
        wrap = all(height <= room for height in heights)
        lined = not wrap and all(height <= room for height in self.lined_heights())
        self.setWordWrap(wrap)
        advance = self.fontMetrics().horizontalAdvance

        def cut(line: str) -> str:  # after a word (Qt still elides a first word too long)
            return cut_at_a_word(line, width, advance) or line

        for item, height in zip(items, heights, strict=True):
            whole, one_line = item.data(_WHOLE), item.data(_ONE_LINE)
            if wrap:
                shown = whole
            elif lined:
                shown = "\n".join(cut(line) for line in whole.split("\n"))
                height = self._wrapped_height(whole, None)
            else:
                shown = cut(one_line)
                height = self._wrapped_height(one_line, None)
            item.setText(shown)
            item.setToolTip("" if wrap else self._tooltip(whole))
            item.setSizeHint(QSize(0, height))

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def _text_width(self, contents_width: int | None = None) -> int:
        """The width an item's text wraps at, a scroll bar beside it, in the list's
        contents (as they are, or ``contents_width`` wide)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        if contents_width is None:
            contents_width = self.contentsRect().width()
        return contents_width - scroll_bar - 2 * margin

    def _ask_for_one_line(self, *texts: str) -> None:
        """The list's minimum: one item of ``texts`` on one line, as tall as the tallest
        (an Arabic line is taller in the font Qt falls back on)."""
        tallest = max(self._wrapped_height(text, None) for text in texts)
        self.setMinimumHeight(tallest + 2 * self.frameWidth())

    def _wrapped_height(self, text: str, width: int | None) -> int:
        """The item's height with ``text`` wrapped at ``width`` (``None``: on one line)."""
        lines = 0.0
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(_ONE_LINE_WIDTH if width is None else max(width, 1))
                lines += line.height()
            layout.endLayout()
        return math.ceil(lines) + 2 * _ITEM_PADDING

    def _tooltip(self, whole: str) -> str:
        """The whole text, escaped: an event's title never acts as markup."""
        lines = "<br/>".join(html.escape(line) for line in whole.split("\n"))
        return f'<div dir="{"rtl" if self._rtl else "ltr"}">{lines}</div>'

    def _item_spans(self) -> list[tuple[int, int]]:
        rects = (self.visualItemRect(self.item(row)) for row in range(self.count()))
        return [(rect.top(), rect.top() + rect.height()) for rect in rects]


class AttentionPanel(QWidget):
    """A titled list, one item per event: its date, title and the reason."""

    eventSelected = Signal(int)
    #: The selected event and the status it is to have (an EventStatus value).
    markRequested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self._writable = False
        self.title = QLabel()
        self.title.setObjectName("attentionTitle")
        self.title.setFont(widget_font(13, bold=True))
        self.list = WholeItemsList()
        self.list.setObjectName("attentionList")
        self.list.setAccessibleName(self.tr("Needs attention"))
        self.list.currentItemChanged.connect(self._on_current)
        self.mark = QPushButton()
        self.mark.setObjectName("markStatus")
        self._say_answer(EventStatus.HELD)
        self.mark.setEnabled(False)
        self.mark.clicked.connect(self._on_mark)
        # The title and its one action share a row, and the list asks for one line at least
        # (the splitter gives it more): the panel leaves the timeline room in an 800×500 window.
        self._heading = QHBoxLayout()
        self._heading.addWidget(self.title, 1)
        self._heading.addWidget(self.mark)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(4, 4, 4, 4)
        self._column.addLayout(self._heading)
        self._column.addWidget(self.list, 1)

    def height_for(self, width: int, most: int) -> int | None:
        """The panel's height at ``width`` to show its items whole, as many of them from
        the first as fit in ``most`` (the list scrolls to the others, by whole items, and
        shows no blank under them unless its longest item is taller than those that fit:
        it is as tall as that one, which shows whole when scrolled to, rather than every
        item an elided line); where its longest item cannot be whole there, the height to
        show them with each of their lines on one line; None where even that does not fit."""
        margins = self._column.contentsMargins()
        around = (
            margins.top()
            + self._heading.sizeHint().height()
            + self._column.spacing()
            + 2 * self.list.frameWidth()
            + margins.bottom()
        )
        heights = self.list.wrapped_heights(width - margins.left() - margins.right())
        room = most - around
        if heights and max(heights) > room:
            heights = self.list.lined_heights()
        if not heights or max(heights) > room:
            return None
        shown = 0
        for height in heights:
            if shown + height > room:
                break
            shown += height
        return around + max(shown, max(heights))  # the list wraps when its longest fits

    def _say_answer(self, answer: EventStatus) -> None:
        """The button as the status it sets: held, or announced."""
        if answer is EventStatus.ANNOUNCED:
            self.mark.setText(self.tr("&Mark as announced"))
            self.mark.setToolTip(self.tr("Its day is still to come: record it as announced"))
        else:
            self.mark.setText(self.tr("&Mark as held"))
            self.mark.setToolTip(self.tr("It took place on its date: confirm it"))

    def show_items(
        self, items: Sequence[Attention], fmt: DateFormat, writable: bool, unlisted: int = 0
    ) -> None:
        """Show ``items`` and a last line counting the ``unlisted`` events recorded as held
        ahead of their day (hidden when there are none); the selection is kept if it still
        is."""
        kept = self.selected_id()
        self.list.blockSignals(True)
        lines: list[tuple[str, str, int | None]] = []
        for found in items:
            event = found.event
            head = f"{fmt.event_date(event.date)} — {shown_title(event, fmt)}"
            reason = found.reason_for(fmt)
            lines.append(
                (f"{head}\n{reason}", f"{head}{field_separator(fmt.language)}{reason}", event.id)
            )
        if unlisted:
            text = unlisted_ahead(fmt.count(unlisted)).render(fmt.language)
            lines.append((text, text, None))
        self.list.set_items(lines, is_right_to_left(fmt.language))
        for row, found in enumerate(items):
            self.list.item(row).setData(_ANSWER, found.answer.value)
            if found.event.id == kept:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        total = len(items) + unlisted
        count = self.tr("Needs attention (%1)").replace("%1", fmt.number(total))
        self.title.setText(count)
        self._writable = writable
        if items and self.list.currentItem() is None:  # disabled, it names what the first needs
            self._say_answer(items[0].answer)
        self._on_current(self.list.currentItem(), None, announce=False)
        self.setVisible(bool(total))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        event_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return None if event_id is None else int(event_id)

    def follow(self, event_id: int | None) -> None:
        """The window's selection: its row current where the event needs attention (the
        button then acts on it), none where it does not. A row stayed current when the
        selection moved elsewhere: clicked again, it did nothing, and after an undo or a
        restore the button stood disabled beside the selected event."""
        ids = (
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        )
        row = -1 if event_id is None else next((r for r, i in enumerate(ids) if i == event_id), -1)
        with QSignalBlocker(self.list):  # the window knows already
            self.list.setCurrentRow(row)
            if row < 0:
                self.list.clearSelection()
        self._on_current(self.list.currentItem(), None, announce=False)

    def _on_current(
        self, current: QListWidgetItem | None, _previous: object, announce: bool = True
    ) -> None:
        """The button says what it sets for the current event; a click selects it."""
        event_id = None if current is None else current.data(Qt.ItemDataRole.UserRole)
        self.mark.setEnabled(event_id is not None and self._writable)
        if current is None or event_id is None:
            return
        self._say_answer(EventStatus(current.data(_ANSWER)))
        # Made current as the list takes the focus (Tab), a row chooses nothing: the first
        # event needing attention was chosen, the timeline jumping to it.
        if announce and not self.list.taking_focus:
            self.eventSelected.emit(int(event_id))

    def _on_mark(self) -> None:
        item = self.list.currentItem()
        event_id = self.selected_id()
        if item is not None and event_id is not None:
            self.markRequested.emit(event_id, item.data(_ANSWER))
