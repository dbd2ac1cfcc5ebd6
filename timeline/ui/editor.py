"""The event editor: a form that assembles an Event and shows the domain's problems live.

The dialog holds no rules of its own. On every change it builds the candidate event (the
domain's constructors and :meth:`Event.problems` decide what is wrong) and lists each problem
under the form, prefixed with the translated name of the field, while outlining the widget.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.dates import MAX_YEAR, MIN_YEAR, EventDate, FuzzyDate, Precision
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import is_rtl_text
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.hijri import from_hijri, to_hijri
from timeline.domain.kinds import EventKind
from timeline.render.theme import app_font
from timeline.ui.country_picker import CODE_ROLE, CountryPicker

#: The dynamic property that outlines a widget holding a problem.
INVALID_PROPERTY = "invalid"
INVALID_COLOUR = "#c62828"
INVALID_TINT = "#ffcdd2"
_STYLE = f"""
QLineEdit[{INVALID_PROPERTY}="true"], QPlainTextEdit[{INVALID_PROPERTY}="true"],
QComboBox[{INVALID_PROPERTY}="true"],
QTableWidget[{INVALID_PROPERTY}="true"], QListWidget[{INVALID_PROPERTY}="true"] {{
    border: 2px solid {INVALID_COLOUR};
}}
QSpinBox[{INVALID_PROPERTY}="true"] {{
    background-color: {INVALID_TINT};  /* a border would cost the spin box its arrows */
}}
QLabel#problems {{ color: #b71c1c; }}
"""
_INDEXED_FIELD = re.compile(r"^(\w+)\[(\d+)\]$")
_TAG_SEPARATORS = re.compile(r"[,،]")  # the Latin and the Arabic comma
_DAY_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Stands in for a date that does not parse, so the other problems can still be listed.
_PLACEHOLDER_DATE = EventDate(FuzzyDate(2000))
_T = TypeVar("_T")


def _arg(template: str, *values: str) -> str:
    """Qt's ``%1``, ``%2`` placeholders filled in one pass (a value may contain ``%2``)."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def _identify(widget: QWidget, object_name: str, accessible_name: str) -> None:
    """Give a widget the names that tests and screen readers look for."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)


def _plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character, None when there is none."""
    if is_rtl_text(text):
        return Qt.LayoutDirection.RightToLeft
    if any(unicodedata.bidirectional(char) == "L" for char in text):
        return Qt.LayoutDirection.LeftToRight
    return None


def follow_direction(
    widget: QLineEdit | QPlainTextEdit, default: Qt.LayoutDirection | None = None
) -> None:
    """Keep ``widget``'s direction on its content's, whatever the UI language."""

    def update() -> None:
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        direction = text_direction(text) or default
        if direction is None:
            widget.unsetLayoutDirection()
        elif widget.layoutDirection() != direction or not widget.testAttribute(
            Qt.WidgetAttribute.WA_SetLayoutDirection
        ):
            widget.setLayoutDirection(direction)
        if isinstance(widget, QPlainTextEdit):
            _align_document(widget)

    widget.textChanged.connect(update)
    update()


def _align_document(edit: QPlainTextEdit) -> None:
    """Paragraphs of a plain text edit start on the side its direction says."""
    document = edit.document()
    option = document.defaultTextOption()
    direction = edit.layoutDirection()
    if option.textDirection() != direction:
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        document.setDefaultTextOption(option)


def _item_alignment(text: str) -> Qt.AlignmentFlag:
    """Absolute left or right for a table cell, from the cell's own text."""
    side = Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class _Calendar:
    hijri: bool
    years: tuple[int, int]
    days: int


_GREGORIAN = _Calendar(False, (MIN_YEAR, MAX_YEAR), 31)
# The domain says which years and days exist; a few early months of the Umm al-Qura
# tables have 31 days (1348-11, in 1930), so the box must allow typing one.
_HIJRI = _Calendar(True, (1, 9999), 31)


class DateRow(QWidget):
    """One fuzzy date: precision, calendar, year/month/day and the other calendar beside."""

    changed = Signal()

    def __init__(
        self,
        fmt: DateFormat,
        name: str,
        title: str,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``name`` prefixes object names; ``field``, if given, replaces the field of
        every problem (so the end row's problems say "end")."""
        super().__init__(parent)
        self._fmt = fmt
        self._field = field
        self.precision = QComboBox(self)
        for text, value in (
            (self.tr("Day"), Precision.DAY),
            (self.tr("Month"), Precision.MONTH),
            (self.tr("Year"), Precision.YEAR),
        ):
            self.precision.addItem(text, value)
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("Gregorian"), False)
        self.calendar.addItem(self.tr("Hijri"), True)
        self.year, self.month, self.day = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.month.setRange(1, 12)
        self.other = _plain_label("", self)
        self._name_inputs(name, title)
        self._lay_out()
        self._apply_calendar(_GREGORIAN)
        self.set_fuzzy_date(FuzzyDate.from_date(date.today()))
        self.precision.currentIndexChanged.connect(self._on_precision)
        self.calendar.currentIndexChanged.connect(self._on_calendar)
        for spin in (self.year, self.month, self.day):
            spin.valueChanged.connect(self._on_value)

    def _name_inputs(self, name: str, title: str) -> None:
        _identify(self.precision, f"{name}Precision", _arg(self.tr("%1: precision"), title))
        _identify(self.calendar, f"{name}Calendar", _arg(self.tr("%1: calendar"), title))
        _identify(self.year, f"{name}Year", _arg(self.tr("%1: year"), title))
        _identify(self.month, f"{name}Month", _arg(self.tr("%1: month"), title))
        _identify(self.day, f"{name}Day", _arg(self.tr("%1: day"), title))
        _identify(self.other, f"{name}Other", _arg(self.tr("%1: other calendar"), title))

    def _lay_out(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate(
            (self.precision, self.calendar, self.year, self.month, self.day)
        ):
            layout.addWidget(widget, 0, column)
        layout.addWidget(self.other, 1, 0, 1, 5)
        layout.setColumnStretch(5, 1)

    def inputs(self) -> list[QWidget]:
        """The inputs a problem with this date lies in: its numbers."""
        return [self.year, self.month, self.day]

    def is_hijri(self) -> bool:
        return bool(self.calendar.currentData())

    def current_precision(self) -> Precision:
        return Precision(self.precision.currentData())

    def fuzzy_date(self) -> FuzzyDate:
        """The Gregorian fuzzy date entered; a ValidationError says what does not exist."""
        try:
            return self._read()
        except ValidationError as error:
            if self._field is None:
                raise
            raise ValidationError(self._field, error.message) from error

    def _read(self) -> FuzzyDate:
        precision = self.current_precision()
        year, month, day = self.year.value(), self.month.value(), self.day.value()
        if self.is_hijri():
            return FuzzyDate.from_date(from_hijri(year, month, day))
        if precision is Precision.YEAR:
            return FuzzyDate(year)
        if precision is Precision.MONTH:
            return FuzzyDate(year, month)
        return FuzzyDate(year, month, day)

    def set_fuzzy_date(self, value: FuzzyDate) -> None:
        """Show a Gregorian fuzzy date."""
        with _Quiet(self.precision, self.calendar, self.year, self.month, self.day):
            self.calendar.setCurrentIndex(0)
            self._apply_calendar(_GREGORIAN)
            self.precision.setCurrentIndex(self.precision.findData(value.precision))
            self._set_values(value.year, value.month or 1, value.day or 1)
        self._refresh()
        self.changed.emit()

    def set_hijri(self, year: int, month: int, day: int) -> None:
        """Enter a day in the Hijri calendar."""
        with _Quiet(self.precision, self.calendar, self.year, self.month, self.day):
            self.precision.setCurrentIndex(self.precision.findData(Precision.DAY))
            self.calendar.setCurrentIndex(1)
            self._apply_calendar(_HIJRI)
            self._set_values(year, month, day)
        self._refresh()
        self.changed.emit()

    def _set_values(self, year: int, month: int, day: int) -> None:
        self.year.setValue(year)
        self.month.setValue(month)
        self.day.setValue(day)

    def _apply_calendar(self, calendar: _Calendar) -> None:
        self.year.setRange(*calendar.years)
        self.day.setRange(1, calendar.days)

    def _on_precision(self) -> None:
        """Hijri input is for days only: a coarser precision switches to Gregorian."""
        if self.current_precision() is not Precision.DAY and self.is_hijri():
            self.calendar.setCurrentIndex(0)  # converts, refreshes and tells
            return
        self._refresh()
        self.changed.emit()

    def _on_calendar(self) -> None:
        """Carry the day shown over to the other calendar when it exists in both."""
        hijri = self.is_hijri()
        converted = self._converted(hijri)
        with _Quiet(self.year, self.month, self.day):
            self._apply_calendar(_HIJRI if hijri else _GREGORIAN)
            if converted is not None:
                self._set_values(*converted)
        self._refresh()
        self.changed.emit()

    def _converted(self, to_hijri_calendar: bool) -> tuple[int, int, int] | None:
        """The spin values in the calendar just chosen, or None if they name no day."""
        year, month, day = self.year.value(), self.month.value(), self.day.value()
        try:
            if to_hijri_calendar:
                value = to_hijri(FuzzyDate(year, month, day).earliest())
                return value.year, value.month, value.day
            gregorian = from_hijri(year, month, day)
        except ValidationError:
            return None
        return gregorian.year, gregorian.month, gregorian.day

    def _on_value(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Show the spin boxes the precision needs and the date in the other calendar."""
        precision = self.current_precision()
        self.calendar.setEnabled(precision is Precision.DAY)
        self.month.setVisible(precision is not Precision.YEAR)
        self.day.setVisible(precision is Precision.DAY)
        self.other.setText(self._other_calendar_text())

    def _other_calendar_text(self) -> str:
        try:
            value = self._read()
        except ValidationError:
            return ""
        if self.is_hijri():
            return self._fmt.day(value.earliest())
        return self._fmt.hijri_of(value)


class _Quiet:
    """Block the signals of some widgets for the length of a ``with``."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets
        self._before: list[bool] = []

    def __enter__(self) -> None:
        self._before = [widget.blockSignals(True) for widget in self._widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, before in zip(self._widgets, self._before, strict=True):
            widget.blockSignals(before)


# --------------------------------------------------------------------------- countries


class CountriesEditor(QWidget):
    """Two countries and an optional host for a bilateral kind; a host and members for a
    multilateral one."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._bilateral_page())
        self._pages.addWidget(self._multilateral_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._show_page(0)

    def _picker(self, object_name: str, accessible_name: str) -> CountryPicker:
        picker = CountryPicker(self._language, self)
        _identify(picker, object_name, accessible_name)
        picker.lineEdit().setPlaceholderText(self.tr("Type a name or an ISO code"))
        picker.editTextChanged.connect(self.changed)
        return picker

    def _bilateral_page(self) -> QWidget:
        page = QWidget(self)
        self.first = self._picker("countryA", self.tr("First country"))
        self.second = self._picker("countryB", self.tr("Second country"))
        self.pair_host = QComboBox(page)
        _identify(self.pair_host, "pairHost", self.tr("Host country"))
        self.pair_host.currentIndexChanged.connect(self.changed)
        for picker in (self.first, self.second):
            picker.codeChanged.connect(self._refresh_pair_host)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&First country"), self.first)
        form.addRow(self.tr("Se&cond country"), self.second)
        form.addRow(self.tr("Host"), self.pair_host)
        self._refresh_pair_host()
        return page

    def _multilateral_page(self) -> QWidget:
        page = QWidget(self)
        self.host = self._picker("host", self.tr("Host country"))
        self._build_member_inputs(page)
        adder = QHBoxLayout()
        adder.addWidget(self.member_picker, 1)
        adder.addWidget(self.add_member)
        listing = QHBoxLayout()
        listing.addWidget(self.members, 1)
        listing.addWidget(self.remove_member, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Add a member"), adder)
        form.addRow(self.tr("Other members"), listing)
        self._refresh_buttons()
        return page

    def _build_member_inputs(self, page: QWidget) -> None:
        """The picker, list and buttons of the members other than the host."""
        self.member_picker = self._picker("memberPicker", self.tr("Country to add"))
        self.members = QListWidget(page)
        _identify(self.members, "members", self.tr("Other member countries"))
        self.members.setMaximumHeight(90)
        self.add_member = QPushButton(self.tr("Add"), page)
        _identify(self.add_member, "addMember", self.tr("Add member country"))
        self.remove_member = QPushButton(self.tr("Remove"), page)
        _identify(self.remove_member, "removeMember", self.tr("Remove member country"))
        self.add_member.clicked.connect(self._add_member)
        self.member_picker.lineEdit().returnPressed.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        self.member_picker.codeChanged.connect(self._refresh_buttons)
        self.members.itemSelectionChanged.connect(self._refresh_buttons)

    def is_multilateral(self) -> bool:
        return self._pages.currentIndex() == 1

    def set_multilateral(self, multilateral: bool) -> None:
        """Switch pages, carrying the countries already chosen across."""
        if multilateral == self.is_multilateral():
            return
        countries, host = self.countries(), self.host_code()
        self._show_page(1 if multilateral else 0)
        self.set_countries(countries, host)

    def _show_page(self, index: int) -> None:
        """Show one page; hidden pages take no room, so no gap is left under the pair."""
        for number in range(self._pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self._pages.widget(number).setSizePolicy(policy, policy)
        self._pages.setCurrentIndex(index)
        self._pages.adjustSize()

    def countries(self) -> tuple[str, ...]:
        """The codes chosen (text that names no country is passed on for the domain to
        reject); the host of a gathering counts among its members."""
        if self.is_multilateral():
            codes = [self._entered(self.host), *self._member_codes()]
        else:
            codes = [self._entered(self.first), self._entered(self.second)]
        return tuple(code for code in codes if code)

    def host_code(self) -> str | None:
        if self.is_multilateral():
            return self._entered(self.host) or None
        return self.pair_host.currentData()

    def set_countries(self, countries: Sequence[str], host: str | None) -> None:
        """Show an event's countries and host on the current page."""
        if self.is_multilateral():
            self.host.set_code(host)
            self.members.clear()
            for code in countries:
                if code != host:
                    self._append_member(code)
        else:
            pair = [host] if host in countries else []
            pair += [code for code in countries if code != host]
            pair += [None, None]
            self.first.set_code(pair[0])
            self.second.set_code(pair[1])
            self.pair_host.setCurrentIndex(max(0, self.pair_host.findData(host)))
        self.changed.emit()

    def inputs_for(self, field: str) -> list[QWidget]:
        """The widgets to outline for a problem with ``countries`` or ``host``."""
        if self.is_multilateral():
            return [self.host] if field == "host" else [self.host, self.members]
        return [self.pair_host] if field == "host" else [self.first, self.second]

    def inputs(self) -> list[QWidget]:
        """Every input of both pages."""
        return [self.first, self.second, self.pair_host, self.host, self.members]

    def _entered(self, picker: CountryPicker) -> str:
        return picker.code() or picker.entered_text()

    def _member_codes(self) -> list[str]:
        return [self.members.item(row).data(CODE_ROLE) for row in range(self.members.count())]

    def _append_member(self, code: str) -> None:
        item = QListWidgetItem(self.member_picker.label_for(code))
        item.setData(CODE_ROLE, code)
        self.members.addItem(item)

    def _add_member(self) -> None:
        code = self.member_picker.code()
        if code and code not in self._member_codes():
            self._append_member(code)
            self.member_picker.set_code(None)
            self.changed.emit()

    def _remove_member(self) -> None:
        for item in self.members.selectedItems():
            self.members.takeItem(self.members.row(item))
        self.changed.emit()

    def _refresh_buttons(self) -> None:
        self.add_member.setEnabled(self.member_picker.code() is not None)
        self.remove_member.setEnabled(bool(self.members.selectedItems()))

    def _refresh_pair_host(self) -> None:
        """The host of a bilateral event is none, or one of its two countries."""
        chosen = self.pair_host.currentData()
        with _Quiet(self.pair_host):
            self.pair_host.clear()
            self.pair_host.addItem(self.tr("None"), None)
            for picker in (self.first, self.second):
                code = picker.code()
                if code and self.pair_host.findData(code) < 0:
                    self.pair_host.addItem(picker.label_for(code), code)
            self.pair_host.setCurrentIndex(max(0, self.pair_host.findData(chosen)))
        if self.pair_host.currentData() != chosen:
            self.changed.emit()


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class Named:
    """An object name for tests and an accessible name for screen readers."""

    object_name: str
    accessible_name: str


class RowsEditor(QWidget):
    """A table of text rows with Add and Remove buttons."""

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        names: tuple[Named, Named, Named],
        parent: QWidget | None = None,
    ) -> None:
        """``names`` name the table, the Add button and the Remove button."""
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(96)
        self.add = QPushButton(self.tr("Add"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        for widget, name in zip((self.table, self.add, self.remove), names, strict=True):
            _identify(widget, name.object_name, name.accessible_name)
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

    def set_rows(self, rows: Iterable[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        self.changed.emit()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _append(self, values: Sequence[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            item = QTableWidgetItem(text)
            item.setTextAlignment(_item_alignment(text))
            self.table.setItem(row, column, item)
        return row

    def _add_row(self) -> None:
        row = self._append([])
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        alignment = _item_alignment(item.text())
        if Qt.AlignmentFlag(item.textAlignment()) != alignment:
            item.setTextAlignment(alignment)  # emits itemChanged once more, then equal
            return
        self.changed.emit()

    def _refresh_buttons(self) -> None:
        self.remove.setEnabled(bool(self.table.selectedIndexes()))


# --------------------------------------------------------------------------- dialog


class EventEditorDialog(QDialog):
    """Creates or edits one event; Save is enabled only while the domain finds no problem."""

    def __init__(self, parent: QWidget | None, fmt: DateFormat, event: Event | None = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._original = event
        self._problems: list[ValidationError] = []
        self._loading = False
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setFont(app_font())
        self.setStyleSheet(_STYLE)
        if fmt.language == "ar":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._build_inputs()
        self._lay_out()
        self._connect()
        self._load(event)

    # ---- construction

    def _build_inputs(self) -> None:
        language = self._fmt.language
        self.kind = QComboBox(self)
        _identify(self.kind, "kind", self.tr("Kind"))
        for kind in EventKind:
            self.kind.addItem(kind.info.name(language), kind)
        self.countries = CountriesEditor(language, self)
        self.title_ar = self._line_edit("titleAr", self.tr("Title in Arabic"))
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title_en = self._line_edit("titleEn", self.tr("Title in English"))
        self.title_fr = self._line_edit("titleFr", self.tr("Title in French"))
        self.summary = QPlainTextEdit(self)
        _identify(self.summary, "summary", self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.tags = self._line_edit("tags", self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self._build_date_inputs()
        self.city = self._line_edit("city", self.tr("City"))
        self.place_country = CountryPicker(language, self)
        _identify(self.place_country, "placeCountry", self.tr("Country of the place"))
        self.place_country.lineEdit().setPlaceholderText(self.tr("None"))
        self._build_tables()
        self._build_feedback()

    def _build_tables(self) -> None:
        self.participants = RowsEditor(
            [self.tr("Name"), self.tr("Office"), self.tr("Country code")],
            (
                Named("participants", self.tr("Participants")),
                Named("addParticipant", self.tr("Add a participant")),
                Named("removeParticipant", self.tr("Remove the selected participants")),
            ),
            self,
        )
        self.sources = RowsEditor(
            [self.tr("URL"), self.tr("Outlet"), self.tr("Published")],
            (
                Named("sources", self.tr("Sources")),
                Named("addSource", self.tr("Add a source")),
                Named("removeSource", self.tr("Remove the selected sources")),
            ),
            self,
        )
        self.sources.set_header_tip(2, self.tr("The day of publication, YYYY-MM-DD, or empty"))

    def _line_edit(self, object_name: str, accessible_name: str) -> QLineEdit:
        edit = QLineEdit(self)
        _identify(edit, object_name, accessible_name)
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 52)
        return edit

    def _build_date_inputs(self) -> None:
        self.start = DateRow(self._fmt, "start", self.tr("Start date"), parent=self)
        self.end = DateRow(self._fmt, "end", self.tr("End date"), field="end", parent=self)
        self.has_end = QCheckBox(self.tr("Has an &end date"), self)
        _identify(self.has_end, "hasEnd", self.tr("Has an end date"))
        self.lasted = QRadioButton(self.tr("Lasted the whole span"), self)
        _identify(self.lasted, "lastedSpan", self.tr("Lasted the whole span"))
        self.within = QRadioButton(self.tr("On one day within it"), self)
        _identify(self.within, "oneDayWithin", self.tr("On one day within it"))
        self.span_choice = QButtonGroup(self)
        self.span_choice.addButton(self.lasted)
        self.span_choice.addButton(self.within)
        self.lasted.setChecked(True)

    def _build_feedback(self) -> None:
        self.problems_label = _plain_label("", self)
        _identify(self.problems_label, "problems", self.tr("Problems"))
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        _identify(self.save_button, "saveButton", self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        _identify(cancel, "cancelButton", self.tr("Cancel"))
        self.save_button.setDefault(True)

    def _lay_out(self) -> None:
        columns = QHBoxLayout()
        columns.addLayout(self._left_column(), 1)
        columns.addLayout(self._right_column(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

    def _left_column(self) -> QVBoxLayout:
        event_box = QGroupBox(self.tr("Event"), self)
        form = QFormLayout(event_box)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Countries"), self.countries)
        form.addRow(self.tr("Title (&Arabic)"), self.title_ar)
        form.addRow(self.tr("Title (E&nglish)"), self.title_en)
        form.addRow(self.tr("Title (F&rench)"), self.title_fr)
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("&Tags"), self.tags)
        column = QVBoxLayout()
        column.addWidget(event_box)
        column.addWidget(self._place_box())
        column.addStretch(1)
        return column

    def _place_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Place"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("C&ity"), self.city)
        form.addRow(self.tr("Countr&y"), self.place_country)
        return box

    def _right_column(self) -> QVBoxLayout:
        date_box = QGroupBox(self.tr("Date"), self)
        form = QFormLayout(date_box)
        form.addRow(self.tr("Start"), self.start)
        form.addRow("", self.has_end)
        form.addRow(self.tr("End"), self.end)
        form.addRow("", self.lasted)
        form.addRow("", self.within)
        column = QVBoxLayout()
        column.addWidget(date_box)
        column.addWidget(self._titled(self.tr("Participants"), self.participants))
        column.addWidget(self._titled(self.tr("Sources"), self.sources))
        return column

    def _titled(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _connect(self) -> None:
        follow_direction(self.title_ar, Qt.LayoutDirection.RightToLeft)
        for edit in (self.title_en, self.title_fr, self.summary, self.city, self.tags):
            follow_direction(edit)
        # The reactions first, so that validation sees the fields they adjust.
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.has_end.toggled.connect(self._on_has_end)
        for signal in (
            self.kind.currentIndexChanged,
            self.countries.changed,
            self.title_ar.textChanged,
            self.title_en.textChanged,
            self.title_fr.textChanged,
            self.summary.textChanged,
            self.start.changed,
            self.end.changed,
            self.has_end.toggled,
            self.within.toggled,
            self.city.textChanged,
            self.place_country.editTextChanged,
            self.participants.changed,
            self.sources.changed,
            self.tags.textChanged,
        ):
            signal.connect(self._revalidate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.accept)

    # ---- loading

    def _load(self, event: Event | None) -> None:
        """Fill every field from ``event`` (or the defaults), then validate once."""
        self._loading = True
        try:
            if event is not None:
                self._fill(event)
            self._on_kind()
            self._on_has_end(self.has_end.isChecked())
        finally:
            self._loading = False
        self._revalidate()

    def _fill(self, event: Event) -> None:
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.countries.set_multilateral(event.kind.info.multilateral)
        self.countries.set_countries(event.countries, event.host)
        self.title_ar.setText(event.title_ar)
        self.title_en.setText(event.title_en)
        self.title_fr.setText(event.title_fr)
        self.summary.setPlainText(event.summary)
        self._fill_date(event.date)
        self.city.setText(event.place.city)
        self.place_country.set_code(event.place.country)
        self.participants.set_rows(
            [person.name, person.office, person.country or ""] for person in event.participants
        )
        self.sources.set_rows(
            [source.url, source.outlet, source.published.isoformat() if source.published else ""]
            for source in event.sources
        )
        self.tags.setText(", ".join(event.tags))
        for edit in (self.title_ar, self.title_en, self.title_fr, self.city, self.tags):
            edit.home(False)  # show the beginning of long titles, not their end

    def _fill_date(self, when: EventDate) -> None:
        self.start.set_fuzzy_date(when.start)
        self.has_end.setChecked(when.end is not None)
        self.end.set_fuzzy_date(when.end or when.start)  # greyed out without an end
        (self.within if when.within else self.lasted).setChecked(True)

    # ---- reactions

    def _on_kind(self) -> None:
        self.countries.set_multilateral(self._kind().info.multilateral)

    def _on_has_end(self, checked: bool) -> None:
        """The end row and the span choice only mean something with an end."""
        if checked and not self._loading:
            self.end.set_fuzzy_date(self._start_or_today())
        for widget in (self.end, self.lasted, self.within):
            widget.setEnabled(checked)

    def _start_or_today(self) -> FuzzyDate:
        try:
            return self.start.fuzzy_date()
        except ValidationError:
            return FuzzyDate.from_date(date.today())

    def _kind(self) -> EventKind:
        return EventKind(self.kind.currentData())

    # ---- assembling and validating

    def _assemble(self) -> tuple[Event, list[ValidationError]]:
        """The candidate event and every problem, the domain's and the parsing's."""
        problems: list[ValidationError] = []
        when = _collect(problems, self._event_date)
        sources = self._sources(problems)
        original = self._original
        event = Event(
            kind=self._kind(),
            countries=self.countries.countries(),
            host=self.countries.host_code(),
            date=when or _PLACEHOLDER_DATE,
            title_ar=self.title_ar.text().strip(),
            title_en=self.title_en.text().strip(),
            title_fr=self.title_fr.text().strip(),
            summary=self.summary.toPlainText().strip(),
            place=Place(self.city.text().strip(), self._place_country()),
            participants=self._participants(),
            sources=sources,
            tags=self._tags(),
            id=original.id if original else None,
            version=original.version if original else 0,
            created_at=original.created_at if original else None,
            updated_at=original.updated_at if original else None,
        )
        return event, problems + event.problems()

    def _event_date(self) -> EventDate:
        start = self.start.fuzzy_date()
        if not self.has_end.isChecked():
            return EventDate(start)
        return EventDate(start, self.end.fuzzy_date(), within=self.within.isChecked())

    def _place_country(self) -> str | None:
        return self.place_country.code() or self.place_country.entered_text() or None

    def _participants(self) -> tuple[Participant, ...]:
        return tuple(
            Participant(name, office, code.upper() or None)
            for name, office, code in self.participants.rows()
        )

    def _sources(self, problems: list[ValidationError]) -> tuple[Source, ...]:
        sources = []
        for number, (url, outlet, published) in enumerate(self.sources.rows(), start=1):
            day = _collect(problems, lambda text=published, n=number: _parse_day(text, n))
            sources.append(Source(url, outlet, day))
        return tuple(sources)

    def _tags(self) -> tuple[str, ...]:
        pieces = (piece.strip() for piece in _TAG_SEPARATORS.split(self.tags.text()))
        return tuple(piece for piece in pieces if piece)

    def _revalidate(self) -> None:
        """Rebuild the candidate, list its problems and allow saving only without any."""
        if self._loading:
            return
        _event, self._problems = self._assemble()
        self.problems_label.setText("\n".join(self._describe(p) for p in self._problems))
        self._mark(self._problems)
        self.save_button.setEnabled(not self._problems)

    def _describe(self, problem: ValidationError) -> str:
        """``Start date: 2025-02 has 28 days, not 30`` in the UI language."""
        return _arg(self.tr("%1: %2"), self.field_label(problem.field), problem.message)

    def field_label(self, field: str) -> str:
        """The translated name of a domain field such as ``date`` or ``sources[1]``."""
        indexed = _INDEXED_FIELD.match(field)
        if indexed:
            name, number = indexed.groups()
            if name == "participants":
                return _arg(self.tr("Participant %1"), number)
            if name == "sources":
                return _arg(self.tr("Source %1"), number)
        labels = {
            "kind": self.tr("Kind"),
            "countries": self.tr("Countries"),
            "host": self.tr("Host"),
            "title": self.tr("Title"),
            "date": self.tr("Start date"),
            "hijri": self.tr("Start date (Hijri)"),
            "end": self.tr("End date"),
            "place": self.tr("Place"),
            "tags": self.tr("Tags"),
        }
        return labels.get(field, field)

    def _widgets_for(self, field: str) -> list[QWidget]:
        """The inputs to outline for a problem with ``field``."""
        name = _INDEXED_FIELD.sub(r"\1", field)
        targets: dict[str, Callable[[], list[QWidget]]] = {
            "kind": lambda: [self.kind],
            "countries": lambda: self.countries.inputs_for("countries"),
            "host": lambda: self.countries.inputs_for("host"),
            "title": lambda: [self.title_ar, self.title_en, self.title_fr],
            "date": self.start.inputs,
            "hijri": self.start.inputs,
            "end": self.end.inputs,
            "place": lambda: [self.place_country],
            "participants": lambda: [self.participants.table],
            "sources": lambda: [self.sources.table],
            "tags": lambda: [self.tags],
        }
        target = targets.get(name)
        return target() if target else []

    def _markable(self) -> list[QWidget]:
        """Every input that may be outlined."""
        return [
            self.kind,
            *self.countries.inputs(),
            self.title_ar,
            self.title_en,
            self.title_fr,
            *self.start.inputs(),
            *self.end.inputs(),
            self.place_country,
            self.participants.table,
            self.sources.table,
            self.tags,
        ]

    def _mark(self, problems: Sequence[ValidationError]) -> None:
        """Outline the widgets that hold a problem, and tell screen readers why."""
        messages: dict[QWidget, list[str]] = {}
        for problem in problems:
            for widget in self._widgets_for(problem.field):
                messages.setdefault(widget, []).append(self._describe(problem))
        for widget in self._markable():
            _set_invalid(widget, messages.get(widget, []))

    def problems(self) -> list[ValidationError]:
        """The problems found at the last change."""
        return list(self._problems)

    # ---- result

    def result_event(self) -> Event:
        """The validated event built from the fields; raises the first problem if any."""
        event, problems = self._assemble()
        if problems:
            raise problems[0]
        return event.ensure_valid()

    def accept(self) -> None:
        """Close with Save only while the event is valid (Enter, Ctrl+S and the button)."""
        self._revalidate()  # a table cell may have been committed without a signal yet
        if self._problems:
            return
        super().accept()


def _collect(problems: list[ValidationError], build: Callable[[], _T]) -> _T | None:
    """``build()``, or None after adding the ValidationError it raised to ``problems``."""
    try:
        return build()
    except ValidationError as error:
        problems.append(error)
        return None


def _parse_day(text: str, number: int) -> date | None:
    """A source's publication day, ``YYYY-MM-DD`` or empty."""
    if not text:
        return None
    try:
        if _DAY_TEXT.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    message = QCoreApplication.translate("EventEditorDialog", "'%1' is not a day (YYYY-MM-DD)")
    raise ValidationError(f"sources[{number}]", message.replace("%1", text))


def _set_invalid(widget: QWidget, messages: Sequence[str]) -> None:
    """Set the ``invalid`` property (the red outline) and the accessible description."""
    invalid = bool(messages)
    widget.setAccessibleDescription("\n".join(messages))
    if bool(widget.property(INVALID_PROPERTY)) == invalid:
        return
    widget.setProperty(INVALID_PROPERTY, invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
