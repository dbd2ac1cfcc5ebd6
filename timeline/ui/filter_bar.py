"""The filter bar: a country pair (or one country against all), kinds, a period and words.

Every valid change is announced at once; a field with something wrong says what, in place,
and the previous filter stays in force until it is mended.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.dateinput import parse_user_date
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import ltr_examples, slashed
from timeline.domain.errors import ValidationError
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.ui.country_picker import CountryPicker
from timeline.ui.fitting_line_edit import FittingLineEdit

TYPING_PAUSE_MS = 250  # wait this long after a keystroke before searching


class FilterBar(QWidget):
    """Emits ``filterChanged(EventFilter)`` whenever the fields describe a new valid filter
    (or the same pair in the other order, which names it differently)."""

    filterChanged = Signal(object)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._language = language
        self._filter = EventFilter()
        self._order: tuple[str, ...] = ()
        self._loading = False
        self.first = self._picker("firstCountry", self.tr("All countries"), self.tr("Country"))
        self.second = self._picker("secondCountry", self.tr("Any partner"), self.tr("Partner"))
        self.swap = QToolButton()
        self.swap.setObjectName("swapCountries")
        self.swap.setText("⇄")
        self.swap.setToolTip(self.tr("Swap the two countries (the events stay the same)"))
        self.swap.setAccessibleName(self.tr("Swap the countries"))
        self.swap.clicked.connect(self.swap_countries)
        self.kinds = QToolButton()
        self.kinds.setObjectName("kinds")
        self.kinds.setAccessibleName(self.tr("Kinds of event"))
        self.kinds.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Room for the menu arrow on either side, so it never covers the text in RTL or LTR;
        # the arrow at the end of the text, halfway up, as on the country fields beside it.
        self.kinds.setStyleSheet(
            "QToolButton { padding-left: 16px; padding-right: 16px; }"
            "QToolButton::menu-indicator { subcontrol-position: center right; }"
        )
        # As tall as the fields beside it (a tool button keeps its own, shorter height).
        self.kinds.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.kinds.setMenu(QMenu(self.kinds))
        self._kind_actions: dict[EventKind, QAction] = {}
        for kind in EventKind:
            action = QAction(kind.info.name(language), self, checkable=True)
            action.setObjectName(f"kind-{kind.value}")
            action.toggled.connect(self._changed)
            self.kinds.menu().addAction(action)
            self._kind_actions[kind] = action
        self._from_hints = (self.tr("From (2024, 1446-09-01 AH)"), self.tr("From"))
        self._reader = DateFormat()  # Latin digits until a reader is set
        self.start = self._line("periodFrom", *self._from_hints)
        self.end = self._line("periodTo", self.tr("To"))
        self.text = self._line(
            "searchText", self.tr("Search titles, people, places, sources"), self.tr("Search")
        )
        self.text.setClearButtonEnabled(True)
        self.problem = QLabel()
        self.problem.setObjectName("filterProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._changed)
        for line in (self.start, self.end, self.text):
            line.textEdited.connect(lambda _text: self._typing.start())
            line.returnPressed.connect(self._changed)
        self._countries = _row(self.first, self.swap, self.second)
        self._rest = _row(self.kinds, self.start, self.end)
        self._rest.addWidget(self.text, 1)
        self._rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._rows.addLayout(self._countries)
        self._rows.addLayout(self._rest, 1)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(6, 4, 6, 2)
        self._outer.setSpacing(2)
        self._outer.addLayout(self._rows)
        self._outer.addWidget(self.problem)
        self.problem.hide()
        # Tab goes as the row reads: the swap between the two countries, not after them.
        QWidget.setTabOrder(self.first, self.swap)
        QWidget.setTabOrder(self.swap, self.second)
        self._update_kinds_label()
        self._period_at_reading_edge()

    def _picker(self, name: str, empty: str, accessible: str) -> CountryPicker:
        picker = _WholeNamePicker(self._language, self)
        picker.setObjectName(name)
        picker.setAccessibleName(accessible)
        picker.text_field().setPlaceholderText(empty)
        picker.setMinimumContentsLength(10)
        # Only a finished choice counts: while typing "Mo", Macao (MO) is not what is meant.
        picker.activated.connect(self._changed)
        picker.search_completer.activated.connect(self._changed)
        picker.text_field().editingFinished.connect(self._changed)
        return picker

    def _line(self, name: str, *hints: str) -> FittingLineEdit:
        """A field whose hint shortens rather than being cut in a narrow window."""
        line = FittingLineEdit(hints)
        line.setObjectName(name)
        line.setMinimumWidth(80)
        return line

    # -- one row or two ----------------------------------------------------------------------

    def _one_row_width(self) -> int:
        """The narrowest the bar can be with every field on one row."""
        margins = self._outer.contentsMargins()
        countries, rest = self._countries.minimumSize(), self._rest.minimumSize()
        spacing = self._rows.spacing()
        return margins.left() + countries.width() + spacing + rest.width() + margins.right()

    def _fit_rows(self) -> None:
        """The countries on a row of their own when the whole of both names and the other
        fields do not fit on one: in French at 800 pixels "Émirats arabes unis (AE)" was
        cut to "Émirats arabes unis (A" beside a period field wider than its dates."""
        one_row = self.width() >= self._one_row_width()
        direction = (
            QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom
        )
        if self._rows.direction() != direction:
            self._rows.setDirection(direction)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the fields are on two rows (the bar takes two when it must), and
        as a problem shown under them."""
        margins = self._outer.contentsMargins()
        widths = [self._countries.minimumSize().width(), self._rest.minimumSize().width()]
        if self.problem.isVisibleTo(self):
            widths.append(self.problem.minimumSizeHint().width())
        hint = super().minimumSizeHint()
        return QSize(margins.left() + max(widths) + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_rows()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a country chosen asks for its width
            self._fit_rows()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._period_at_reading_edge()
        return super().event(event)

    def _period_at_reading_edge(self) -> None:
        """The period's dates start at the window's reading edge, as their hints do. Qt
        aligns a field by its text's own direction: in the Arabic window "2024-05-01" (or
        its Arabic-Indic digits, no strong letter either way) stood at the left end of its
        field, the hint it replaced at the right."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for line in (self.start, self.end):
            line.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    # -- reading and writing the fields ------------------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        """The filter in force (the last valid one)."""
        return self._filter

    def order(self) -> tuple[str, ...]:
        """The countries in the order they were picked, for naming the pair."""
        return tuple(code for code in (self.first.code(), self.second.code()) if code)

    def set_filter(self, event_filter: EventFilter, order: tuple[str, ...] = ()) -> None:
        """Show a filter (a saved view, the command line's) without announcing it."""
        self._loading = True
        codes = [c for c in order if c in event_filter.countries]
        codes += sorted(event_filter.countries - set(codes))
        self.first.set_code(codes[0] if codes else None)
        self.second.set_code(codes[1] if len(codes) > 1 else None)
        for kind, action in self._kind_actions.items():
            action.setChecked(kind in event_filter.kinds)
        self.start.setText(self._reader.typed_day(event_filter.start) if event_filter.start else "")
        self.end.setText(self._reader.typed_day(event_filter.end) if event_filter.end else "")
        self.text.setText(event_filter.text)
        self._loading = False
        self._filter = event_filter
        self._order = self.order()
        self._show_problem(None)
        self._update_kinds_label()

    def start_search(self) -> None:
        """Ctrl+F: the search field, its words selected, so typing replaces them."""
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def set_reader(self, fmt: DateFormat) -> None:
        """Dates and the number of kinds chosen in the reader's digits, in the hint and in
        the filters set from now on (the fields read either digits): an Egyptian window
        taught "من (2024 أو 1446-09-01 هـ)" among Arabic-Indic dates. The example reads
        left to right (it showed "01-09-1446"). A day is written as the reader types it
        (:meth:`DateFormat.typed_day`): "٢٠٢٤-٠١-٠١", hyphens between Arabic-Indic digits,
        showed as "٠١-٠١-٢٠٢٤" in its field."""
        self._reader = fmt
        hints = (ltr_examples(slashed(fmt.digits(hint))) for hint in self._from_hints)
        self.start.set_hints(tuple(hints))
        self._update_kinds_label()  # "2 kinds"

    def set_kind_counts(self, counts: dict[EventKind, int], fmt: DateFormat) -> None:
        """How many events of each kind the rest of the filter leaves."""
        for kind, action in self._kind_actions.items():
            number = fmt.number(counts.get(kind, 0))
            action.setText(f"{kind.info.name(self._language)} ({number})")

    def swap_countries(self) -> None:
        first, second = self.first.code(), self.second.code()
        self._loading = True
        self.first.set_code(second)
        self.second.set_code(first)
        self._loading = False
        self._changed()

    # -- validation --------------------------------------------------------------------------

    def _read(self) -> EventFilter:
        """The filter the fields describe; ValidationError names the field that is wrong."""
        codes = []
        for picker, field in ((self.first, "country"), (self.second, "partner")):
            text = picker.entered_text()
            code = picker.code()
            if text and code is None:
                message = self.tr("no country is called '%1'").replace("%1", text)
                raise ValidationError(field, message)
            if code:
                codes.append(code)
        if len(codes) == 2 and codes[0] == codes[1]:
            raise ValidationError("partner", self.tr("choose two different countries"))
        start = self._day(self.start, "from", first=True)
        end = self._day(self.end, "to", first=False)
        kinds = frozenset(kind for kind, action in self._kind_actions.items() if action.isChecked())
        return EventFilter(
            countries=frozenset(codes),
            kinds=kinds,
            start=start,
            end=end,
            text=self.text.text().strip(),
        )

    @staticmethod
    def _day(line: QLineEdit, field: str, first: bool) -> date | None:
        text = line.text().strip()
        if not text:
            return None
        when = parse_user_date(text, field)
        return when.earliest() if first else when.latest()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._update_kinds_label()
        try:
            candidate = self._read()
        except ValidationError as error:
            self._show_problem(error)
            return
        self._show_problem(None)
        order = self.order()
        if candidate != self._filter or order != self._order:  # a swap renames the pair
            self._filter, self._order = candidate, order
            self.filterChanged.emit(candidate)

    def _show_problem(self, error: ValidationError | None) -> None:
        fields = {
            "country": self.first,
            "partner": self.second,
            "from": self.start,
            "to": self.end,
            "period": self.end,
        }
        for widget in fields.values():
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
        if error is None:
            self.problem.hide()
            return
        labels = {
            "country": self.tr("Country"),
            "partner": self.tr("Partner"),
            "from": self.tr("From"),
            "to": self.tr("To"),
            "period": self.tr("Period"),
        }
        invalid = fields.get(error.field)
        if invalid is not None:
            invalid.setProperty("invalid", True)
            invalid.setStyleSheet("border: 2px solid #b3261e;")
        self.problem.setText(
            self.tr("%1: %2 — the previous filter stays in force.")
            .replace("%1", labels.get(error.field, error.field))
            .replace(
                "%2", error.in_language(self._language, isolated=True, digits=self._reader.digits)
            )
        )
        self.problem.show()

    def _update_kinds_label(self) -> None:
        chosen = [kind for kind, action in self._kind_actions.items() if action.isChecked()]
        if not chosen:
            self.kinds.setText(self.tr("All kinds"))
        elif len(chosen) == 1:
            self.kinds.setText(chosen[0].info.name(self._language))
        else:
            self.kinds.setText(
                self.tr("%1 kinds").replace("%1", self._reader.digits(str(len(chosen))))
            )


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


class _WholeNamePicker(CountryPicker):
    """Never narrower than the country it shows (or its hint): a cut name may be another
    country's ("Guinée" of "Guinée équatoriale")."""

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def without_kinds(event_filter: EventFilter) -> EventFilter:
    """The same filter for every kind: what the kind counts are counted over."""
    return replace(event_filter, kinds=frozenset())
