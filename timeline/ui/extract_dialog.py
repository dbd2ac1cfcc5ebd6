"""New events from text: paste an article, see what it dates, confirm each event.

The text stays plain (pasting never brings markup in); dates and countries are highlighted
with character formats laid over the document, so highlighting never edits what the user
pasted. Each proposal opens the normal editor pre-filled, and only the events confirmed
there are returned; the dialog saves nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.countries import country_names
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import isolate
from timeline.domain.event import Event, Source
from timeline.domain.extract.proposals import Extraction, Proposal, extract
from timeline.domain.folding import Span
from timeline.domain.languages import is_right_to_left
from timeline.ui.editor import EventEditorDialog
from timeline.ui.editor_support import buddy_label, follow_direction
from timeline.ui.fitting_line_edit import FittingLineEdit
from timeline.ui.fonts import widget_font
from timeline.ui.translations import numbers_locale
from timeline.ui.window_size import remember_size

DATE_COLOUR = "#ffe08a"
COUNTRY_COLOUR = "#c6e2ff"
SENTENCE_COLOUR = "#eceff4"
#: How long typing may pause before the text is read again (milliseconds).
READ_DELAY = 300
_INDEX_ROLE = Qt.ItemDataRole.UserRole
_DATE, _KIND, _COUNTRIES, _SENTENCE, _STATUS = range(5)


def _char_format(colour: str, bold: bool = False) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setBackground(QColor(colour))
    if bold:
        text_format.setFontWeight(700)
    return text_format


def _legend(text: str, colour: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"background: {colour}; padding: 2px 6px; border-radius: 3px;")
    return label


class _Positions:
    """Python string offsets to QTextDocument positions, which count UTF-16 units."""

    def __init__(self, text: str) -> None:
        self._positions = [0]
        for char in text:
            self._positions.append(self._positions[-1] + (2 if ord(char) > 0xFFFF else 1))

    def __call__(self, index: int) -> int:
        return self._positions[min(index, len(self._positions) - 1)]


class ExtractDialog(QDialog):
    """Paste an article, set its publication day, and confirm the events it proposes."""

    def __init__(
        self,
        parent: QWidget | None,
        fmt: DateFormat,
        published: date | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """``published``: the article's day, by default ``today``'s (the window's clock)."""
        super().__init__(parent)
        self.fmt = fmt
        self._today = today
        self.editor: EventEditorDialog | None = None  # the proposal being reviewed
        self._extraction = Extraction((), (), ())
        self._confirmed: dict[tuple[str, str], Event] = {}  # by (sentence, date text)
        self._positions = _Positions("")
        self._stale = False  # the text changed since it was last read
        self.setWindowTitle(self.tr("New events from text"))
        self.setFont(widget_font())
        if is_right_to_left(fmt.language):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._build(published or today())
        self._lay_out()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY)
        self._timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._on_text_changed)
        self.published.dateChanged.connect(self.refresh)
        self.proposals.itemActivated.connect(self.review)
        self.proposals.currentItemChanged.connect(self._highlight)
        self.review_button.clicked.connect(lambda: self.review(self.proposals.currentItem()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh()

    # ---- construction

    def _build(self, published: date) -> None:
        self.published = QDateEdit(QDate(published.year, published.month, published.day), self)
        self.published.setObjectName("published")
        self.published.setAccessibleName(self.tr("Publication day"))
        self.published.setCalendarPopup(True)
        self.published.setLocale(numbers_locale(self.fmt))  # the reader's digits
        # ISO dates read left to right; set first: in a right-to-left widget Qt would
        # reverse the sections of the format (08-04-2025). In Arabic-Indic digits, slashes:
        # hyphens between them turn the day round in any line (٠٨-٠٤-٢٠٢٥), slashes do not.
        self.published.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        indic = self.fmt.digits("0") != "0"
        self.published.setDisplayFormat("yyyy/MM/dd" if indic else "yyyy-MM-dd")
        # Its whole hint, or, where the dialog is made narrow, only "https://…" (it was cut).
        hints = (self.tr("https://… (optional, added as the source)"), "https://…")
        self.source_url = FittingLineEdit(hints, self)
        self.source_url.setObjectName("sourceUrl")
        self.source_url.setAccessibleName(self.tr("Address of the article"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("articleText")
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setPlaceholderText(self.tr("Paste an article in Arabic, French or English"))
        # Tab goes on to the proposals, as in every field: typed into the article, it left
        # a keyboard user no way out of it.
        self.text.setTabChangesFocus(True)
        follow_direction(self.text)
        self.proposals = QTreeWidget(self)
        self.proposals.setObjectName("proposals")
        self.proposals.setAccessibleName(self.tr("Proposed events"))
        self.proposals.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Countries"),
                self.tr("Sentence"),
                self.tr("Status"),
            ]
        )
        self.proposals.setRootIsDecorated(False)
        self.proposals.setUniformRowHeights(True)
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.proposals.header()
        header.setStretchLastSection(False)
        for column in (_DATE, _KIND, _COUNTRIES, _STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_SENTENCE, QHeaderView.ResizeMode.Stretch)
        self.review_button = QPushButton(self.tr("&Review and confirm…"), self)
        self.review_button.setObjectName("reviewButton")
        self.status = QLabel(self)
        self.status.setObjectName("extractStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add the confirmed events"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("addConfirmed")

    def _lay_out(self) -> None:
        day = QHBoxLayout()
        day.addWidget(self.published)
        day.addStretch(1)
        published = buddy_label(self.tr("&Published on"), self.published, self)
        form = QFormLayout()
        form.addRow(published, day)
        form.addRow(self.tr("&Source"), self.source_url)
        legend = QHBoxLayout()
        legend.addWidget(_legend(self.tr("Date"), DATE_COLOUR))
        legend.addWidget(_legend(self.tr("Country"), COUNTRY_COLOUR))
        legend.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.text)
        top_layout.addLayout(legend)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.proposals)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.review_button)
        bottom_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        remember_size(self, "extract", QSize(1100, 780))
        self.text.setFocus()

    # ---- reading

    def publication_day(self) -> date:
        day = self.published.date().toPython()  # a QDate becomes a date
        assert isinstance(day, date)
        return day

    def _on_text_changed(self) -> None:
        """Highlights would point at the wrong characters until the text is read again."""
        self._stale = True
        self.text.setExtraSelections([])
        self._timer.start()

    def refresh(self) -> None:
        """Read the text again: proposals, highlights and the confirmed count."""
        self._timer.stop()
        self._stale = False
        text = self.text.toPlainText()
        self._extraction = extract(text, self.publication_day())
        self._positions = _Positions(text)
        self.proposals.clear()
        for index, proposal in enumerate(self._extraction.proposals):
            self.proposals.addTopLevelItem(self._item(index, proposal))
        self._highlight()
        self._update_status()

    def _item(self, index: int, proposal: Proposal) -> QTreeWidgetItem:
        language = self.fmt.language
        item = QTreeWidgetItem(
            [
                self.fmt.event_date(proposal.date),
                proposal.kind.info.name(language),
                country_names(proposal.countries, language, proposal.host),
                isolate(proposal.sentence.text),
                self.tr("Confirmed") if _key(proposal) in self._confirmed else "",
            ]
        )
        item.setData(0, _INDEX_ROLE, index)
        item.setToolTip(_SENTENCE, proposal.sentence.text)
        return item

    def _highlight(self) -> None:
        """Dates and countries, over the sentence of the selected proposal."""
        if self._stale:
            return
        selections = []
        current = self._current()
        if current is not None:
            selections.append(self._selection(current.sentence, SENTENCE_COLOUR))
        selections += [
            self._selection(m.span, DATE_COLOUR, bold=True) for m in self._extraction.dates
        ]
        selections += [self._selection(m.span, COUNTRY_COLOUR) for m in self._extraction.countries]
        self.text.setExtraSelections(selections)
        if current is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(self._positions(current.sentence.start))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def _selection(self, span: Span, colour: str, bold: bool = False) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._positions(span.start))
        cursor.setPosition(self._positions(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = _char_format(colour, bold)
        return selection

    def _current(self) -> Proposal | None:
        item = self.proposals.currentItem()
        if item is None:
            return None
        return self._extraction.proposals[int(item.data(0, _INDEX_ROLE))]

    # ---- confirming

    def review(self, item: QTreeWidgetItem | None) -> None:
        """Open the editor on a proposal (or on what was confirmed for it)."""
        if item is None:
            return
        proposal = self._extraction.proposals[int(item.data(0, _INDEX_ROLE))]
        key = _key(proposal)
        event = self._confirmed.get(key) or proposal.to_event(self._source())
        editor = EventEditorDialog(self, self.fmt, event, today=self._today)
        editor.setWindowTitle(self.tr("Confirm the proposed event"))
        editor.accepted.connect(lambda: self._confirm(key, editor.result_event()))
        editor.finished.connect(self._close_editor)
        self.editor = editor
        editor.open()

    def _close_editor(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    def _confirm(self, key: tuple[str, str], event: Event) -> None:
        self._confirmed[key] = event
        for row in range(self.proposals.topLevelItemCount()):
            item = self.proposals.topLevelItem(row)
            assert item is not None
            proposal = self._extraction.proposals[int(item.data(0, _INDEX_ROLE))]
            if _key(proposal) == key:
                item.setText(_STATUS, self.tr("Confirmed"))
        self._update_status()

    def _source(self) -> Source | None:
        """The article as every event's source; the editor flags an address that is not
        one."""
        url = self.source_url.text().strip()
        return Source(url=url, published=self.publication_day()) if url else None

    def _update_status(self) -> None:
        found = len(self._extraction.proposals)
        if not found and self.text.toPlainText().strip():
            text = self.tr("No sentence of this text gives a date.")
        else:
            text = self.tr("%1 proposed, %2 confirmed")  # Qt's placeholders, for translators
            text = text.replace("%1", self.fmt.number(found))
            text = text.replace("%2", self.fmt.number(len(self._confirmed)))
        self.status.setText(text)
        self.add_button.setEnabled(bool(self._confirmed))
        self.review_button.setEnabled(found > 0)
        # Shown once a proposal is confirmed: empty, it took the sentences' room under a
        # blank header.
        proposals = self._extraction.proposals
        shown = any(_key(proposal) in self._confirmed for proposal in proposals)
        self.proposals.setColumnHidden(_STATUS, not shown)

    def confirmed_events(self) -> list[Event]:
        """The events the user confirmed in the editor, in the order confirmed."""
        return list(self._confirmed.values())


def _key(proposal: Proposal) -> tuple[str, str]:
    """What identifies a proposal across re-readings of an edited text."""
    return proposal.sentence.text, proposal.mention.span.text
