"""The details panel of the selected event: both calendars, countries, people, sources."""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent, QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from timeline.domain.agreements import Agreement
from timeline.domain.countries import country_name, reading_order
from timeline.domain.datetext import DateFormat, in_digits, shown_title
from timeline.domain.direction import is_rtl_text
from timeline.domain.event import Event, is_web_url
from timeline.domain.languages import field_separator
from timeline.domain.status import kind_and_status
from timeline.export.briefing_outlets import outlet_in
from timeline.ui.fonts import widget_font
from timeline.ui.history_panel import HistoryPanel
from timeline.ui.whole_lines import (
    LineByLineScroll,
    ShortScrollBar,
    WholeLinesCover,
    line_height,
    widget_lines,
)
from timeline.ui.wrapped_label import wrap_lines


def _plain_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user data never acts as markup
    wrap_lines(label)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _LinksLabel(QLabel):
    """Links that Tab reaches: coming in, its first link (with Shift+Tab its last) is the
    one Enter follows, as in a browser, and Tab goes on from link to link, then out. Rich
    text built only from escaped parts and the addresses it names."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.RichText)
        wrap_lines(self)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """The next (or previous) link, else the next field: from the first link Qt "found"
        that same link again, and Shift+Tab never left it."""
        before = self.selectionStart()
        moved = super().focusNextPrevChild(forward)
        if moved and self.hasFocus() and self.selectionStart() == before:
            return QWidget.focusNextPrevChild(self, forward)
        return moved

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # Reached, no link was chosen: a first Enter did nothing, unseen.
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)


class _DatesLine(QLabel):
    """An event's two dates under its title in a short panel: on one line, parted as a
    summary's parts, where they fit it, else each on a line of its own (either wrapping
    where the pane is narrower still), never a date begun on one line and ended on the next."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        wrap_lines(self)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._dates: tuple[str, str] = ("", "")
        self._separator = ""

    def set_dates(self, gregorian: str, hijri: str, separator: str) -> None:
        self._dates, self._separator = (gregorian, hijri), separator
        self._choose_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose_lines()

    def _choose_lines(self) -> None:
        one = self._separator.join(self._dates)
        # Its unrounded width: a line a fraction wider than the label wraps inside a date.
        fits = QFontMetricsF(self.font()).horizontalAdvance(one) <= self.contentsRect().width()
        text = one if fits else "\n".join(self._dates)
        if text != self.text():
            self.setText(text)


class DetailsPanel(QScrollArea):
    """Read-only view of one event."""

    #: A linked event was clicked: select it.
    linkedEventChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName(self.tr("Event details"))
        self.setWidgetResizable(True)
        body = QWidget()
        self._outer = outer = QVBoxLayout(body)
        side = outer.contentsMargins().left()
        outer.setContentsMargins(side, 4, side, 4)  # a short panel's height goes to text
        self.title = _plain_label("detailsTitle")
        self._title_font = widget_font(16, bold=True)
        # In a panel too short for the title and the dates' rows, a heading's size (as what
        # needs attention's) and the dates on a line under it (:meth:`_place_first_lines`).
        self._short_title_font = widget_font(13, bold=True)
        self.title.installEventFilter(self)  # its width says whether it takes one line
        self.dates = _DatesLine("detailsDates")
        # The dates' line right under the title, one heading (the 6 pixels between them
        # were more than an 800×500 window has for the dates).
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.dates)
        outer.addLayout(heading)
        # A title's whole line at least (the rest scrolls, and its splitter gives it more):
        # in an 800×500 window the details share their column with what needs attention.
        margins = outer.contentsMargins()
        self.setMinimumHeight(
            math.ceil(line_height(self._title_font))
            + margins.top()
            + margins.bottom()
            + 2 * self.frameWidth()
        )
        self.gregorian = _plain_label("detailsGregorian")
        self.hijri = _plain_label("detailsHijri")
        self.kind = _plain_label("detailsKind")
        self.countries = _plain_label("detailsCountries")
        self.place = _plain_label("detailsPlace")
        self.participants = _plain_label("detailsParticipants")
        self.summary = _plain_label("detailsSummary")
        self.tags = _plain_label("detailsTags")
        self.agreement = _plain_label("detailsAgreement")
        # Sources are links to http(s) addresses; linked events, lines whose only address
        # is "event:ID".
        self.sources = _LinksLabel("detailsSources")
        self.sources.linkActivated.connect(self._open_link)
        self.links = _LinksLabel("detailsLinks")
        self.links.linkActivated.connect(self._choose_linked)
        self._rows = [
            (self.tr("Date"), self.gregorian),
            (self.tr("Hijri"), self.hijri),
            (self.tr("Kind"), self.kind),
            (self.tr("Agreement"), self.agreement),
            (self.tr("Countries"), self.countries),
            (self.tr("Place"), self.place),
            (self.tr("Participants"), self.participants),
            (self.tr("Summary"), self.summary),
            (self.tr("Sources"), self.sources),
            (self.tr("Tags"), self.tags),
            (self.tr("Links"), self.links),
        ]
        # A grid, not a form: QFormLayout kept the row heights its wrapped fields had for
        # the event before as rows came and went (a participant cut in half across its
        # line, "Date" half a line above its value).
        grid = QGridLayout()
        # The panel's own margins frame it: the grid's 9 pixels more put "Date" 15 pixels
        # under the title, room a short pane has not got.
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._captions: dict[QLabel, QLabel] = {}
        for row, (caption, widget) in enumerate(self._rows):
            label = QLabel(caption)
            label.setBuddy(widget)  # a screen reader names the value by its caption
            # Beside its field's first line, not centred beside a tall field.
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            self._captions[widget] = label
        self.fields = QWidget()
        self.fields.setLayout(grid)
        outer.addWidget(self.fields)
        self.history = HistoryPanel()  # filled by the main window, which has the store
        outer.addWidget(self.history)
        outer.addStretch(1)
        self.setWidget(body)
        # A short panel shows whole lines and scrolls to the rest line by line, never
        # showing half a line.
        self.cover = WholeLinesCover(self, lambda: widget_lines(body, self.viewport()))
        LineByLineScroll(self, lambda: widget_lines(body, body))
        ShortScrollBar(self)  # at 800×500 the details are a title's two lines tall
        # A click on the scroll bar's arrow is one line on: a step of 20 px skipped a line.
        self.verticalScrollBar().setSingleStep(self.fontMetrics().lineSpacing())
        self.show_event(None, DateFormat())

    def first_lines_height(self) -> int:
        """The panel's height to show an event's title in two lines and, under it, its
        Gregorian and Hijri dates: what a click on an event is for (in a 900×560 window
        the title alone showed, its dates a scroll away)."""
        rows = 2 * math.ceil(line_height(self.font())) + self._grid.verticalSpacing()
        return self._title_lines_height(self._title_font) + self._outer.spacing() + rows

    def short_first_lines_height(self) -> int:
        """The least height of a panel that shows the title in a heading's size and the
        dates on a line under it (:meth:`_place_first_lines`): two lines of title and one
        of dates, where :meth:`first_lines_height` has the room for one of title alone."""
        return self._title_lines_height(self._short_title_font) + math.ceil(
            line_height(self.font())
        )

    def _title_lines_height(self, font: QFont) -> int:
        """The panel's height for a title's two lines in ``font``."""
        return (
            self._outer.contentsMargins().top()
            + 2 * math.ceil(line_height(font))
            + 2 * self.frameWidth()
        )

    def show_event(
        self, event: Event | None, fmt: DateFormat, agreement: Agreement | None = None
    ) -> None:
        """``event`` in the reader's language; ``agreement``, the one it is a step of, is
        named by its title (its id, "ma-az-visa-waiver", is the file's word, not the
        reader's)."""
        if event is None:  # a hint in the body's type: one line where a title takes two
            self.title.setText(self.tr("Select an event on the timeline or in the list."))
            for _caption, widget in self._rows:
                widget.clear()
            self.fields.hide()
            self._place_first_lines()
            return
        self.fields.show()
        self._beside_captions()
        language = fmt.language
        self.title.setText(shown_title(event, fmt))  # as the briefing writes it
        # The side its text is read from, whatever the window's direction (without
        # AlignAbsolute an Arabic window mirrors "right", and an Arabic title began on the left).
        side = (
            Qt.AlignmentFlag.AlignRight
            if is_rtl_text(self.title.text())
            else Qt.AlignmentFlag.AlignLeft
        )
        self.title.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.gregorian.setText(fmt.event_date(event.date))
        hijri = fmt.event_hijri(event.date)
        self.hijri.setText(hijri or self.tr("outside the Umm al-Qura tables (1924–2077)"))
        self.dates.set_dates(self.gregorian.text(), self.hijri.text(), field_separator(language))
        self.kind.setText(kind_and_status(event, language))
        step = event.agreement_step
        named = (in_digits(agreement.title(language), fmt) if agreement else "") or (
            event.agreement_id
        )
        self.agreement.setText(
            f"{step.name_in(language, event.agreement_party)} — {named}" if step else ""
        )
        host = self.tr("host")
        self.countries.setText(
            " – ".join(
                f"{country_name(code, language)} ({host})"
                if code == event.host
                else country_name(code, language)
                for code in reading_order(event.countries, language, event.host)
            )
        )
        # A place's and an office's numbers in the reader's digits, as the briefing's table
        # and the history beneath write them.
        self.place.setText(in_digits(event.place.text_in(language), fmt))
        people = (in_digits(person.text_in(language), fmt) for person in event.participants)
        self.participants.setText(_one_per_line(people))
        self.summary.setText(event.summary)
        self.sources.setText("<br/>".join(self._source_html(event, fmt)))
        self.tags.setText(", ".join(event.tags))
        self._hide_empty_rows()

    def _beside_captions(self) -> None:
        """Each value on its caption's side, whatever its script (in Arabic an English
        summary or tag, "IPU, logistics", stood at the pane's far left, 450 pixels from its
        caption), and the captions' column as wide whichever rows show (sized by the shown
        ones, it moved every value sideways from one event to the next). Asked as each
        event shows: the panel's direction and font are the ones it has then."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for field in self._captions:
            field.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        widest = max(caption.sizeHint().width() for caption in self._captions.values())
        self._grid.setColumnMinimumWidth(0, widest)

    def caption_of(self, field: QLabel) -> QLabel:
        """The caption beside ``field``."""
        return self._captions[field]

    def _hide_empty_rows(self) -> None:
        """Only the rows that say something: a caption over nothing ("Agreement" beside a
        visit, "Participants" where none are recorded) took a line of a short pane, which
        in a small window shows a few."""
        for _caption, widget in self._rows:
            shown = bool(widget.text())
            widget.setVisible(shown)
            self._captions[widget].setVisible(shown)
        self._place_first_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_first_lines()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.Resize:
            self._place_first_lines()  # whether the title fits on one line in its own size
        return super().eventFilter(watched, event)

    def _first_lines_here(self) -> int:
        """:meth:`first_lines_height` at the title's width: a line less where the title
        fits on one in its own size (dragged 90 pixels tall in a 1600×900 window, the
        pane shrank the forum's title to a heading's size and its dates to a line with no
        captions where its one line and the dates' rows showed whole)."""
        height = self.first_lines_height()
        title = QFontMetricsF(self._title_font).horizontalAdvance(self.title.text())
        if title <= self.title.contentsRect().width():  # unrounded, as _DatesLine's
            height -= math.ceil(line_height(self._title_font))
        return height

    def _place_first_lines(self) -> None:
        """An event's title in its own size over its dates' captioned rows; in a panel
        shorter than those need (:meth:`_first_lines_here`) but as tall as
        :meth:`short_first_lines_height`, the title in a heading's size and the dates on a
        line under it (:class:`_DatesLine`): at 900×560 the forum's title took two of the
        panel's three lines, its dates a scroll away. Shorter still (800×500), nothing
        would come of it: the title keeps its size, the dates their rows."""
        chosen = not self.fields.isHidden()  # else the hint, in the body's type
        height = self.height()
        short = chosen and self.short_first_lines_height() <= height < self._first_lines_here()
        font = self._short_title_font if short else self._title_font if chosen else self.font()
        if self.title.font() != font:
            self.title.setFont(font)
        self.dates.setVisible(short)
        for field in (self.gregorian, self.hijri):
            shown = not short and bool(field.text())
            field.setVisible(shown)
            self._captions[field].setVisible(shown)

    def _source_html(self, event: Event, fmt: DateFormat) -> list[str]:
        lines = []
        for source in event.sources:
            # a known outlet in the reader's language, as the briefing names it
            text = html.escape(outlet_in(source.outlet, fmt.language) or source.url)
            if source.published:
                text += field_separator(fmt.language) + html.escape(fmt.day(source.published))
            if is_web_url(source.url):
                text = _link(source.url, text, fmt.language)
            lines.append(text)
        return lines

    def show_links(self, lines: Sequence[tuple[int, str]], language: str) -> None:
        """The selected event's links: each (the other event's id, how it reads), clickable."""
        self.links.setText(
            "<br/>".join(
                _link(f"event:{event_id}", html.escape(text), language) for event_id, text in lines
            )
        )
        self._hide_empty_rows()

    def _choose_linked(self, url: str) -> None:
        prefix, _, number = url.partition(":")
        if prefix == "event" and number.isdigit():
            self.linkedEventChosen.emit(int(number))

    def _open_link(self, url: str) -> None:
        if is_web_url(url):  # only http and https are ever opened
            QDesktopServices.openUrl(QUrl(url))


def _one_per_line(people: Iterable[str]) -> str:
    """Each person on a line of their own, each after a bullet where there are several: a
    line wrapped in a narrow pane read as the next person ("… Councillors — / Morocco /
    Yerlan Koshanov …")."""
    lines = list(people)
    if len(lines) > 1:
        return "\n".join(f"• {line}" for line in lines)
    return lines[0] if lines else ""


def _link(href: str, text: str, language: str) -> str:
    """A link of the panel: underlined, but in Arabic by its colour alone, where the line
    ran through the dots under the letters (على read as علی, في as فی)."""
    plain = ' style="text-decoration: none"' if language == "ar" else ""
    return f'<a href="{html.escape(href, quote=True)}"{plain}>{text}</a>'
