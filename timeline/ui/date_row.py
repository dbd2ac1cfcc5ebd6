"""One fuzzy date in the editor: precision, calendar, the numbers, the other calendar beside."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QSpinBox,
    QWidget,
)

from timeline.domain.dates import MAX_YEAR, MIN_YEAR, FuzzyDate, Precision
from timeline.domain.datetext import DateFormat
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import from_hijri, to_hijri
from timeline.ui.editor_support import (
    Quiet,
    fill,
    identify,
    plain_label,
)
from timeline.ui.translations import numbers_locale


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
        shown: FuzzyDate,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``name`` prefixes object names; ``shown``: the date it starts with (the window's
        today); ``field``, if given, replaces the field of every problem (so the end row's
        problems say "end")."""
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
        for spin in (self.year, self.month, self.day):  # the reader's digits, typed in either
            spin.setLocale(numbers_locale(fmt))
        self.month.setRange(1, 12)
        self.other = plain_label("", self)
        self._name_inputs(name, title)
        self._lay_out()
        self._apply_calendar(_GREGORIAN)
        self.set_fuzzy_date(shown)
        self.precision.currentIndexChanged.connect(self._on_precision)
        self.calendar.currentIndexChanged.connect(self._on_calendar)
        for spin in (self.year, self.month, self.day):
            spin.valueChanged.connect(self._on_value)

    def _name_inputs(self, name: str, title: str) -> None:
        identify(self.precision, f"{name}Precision", fill(self.tr("%1: precision"), title))
        identify(self.calendar, f"{name}Calendar", fill(self.tr("%1: calendar"), title))
        identify(self.year, f"{name}Year", fill(self.tr("%1: year"), title))
        identify(self.month, f"{name}Month", fill(self.tr("%1: month"), title))
        identify(self.day, f"{name}Day", fill(self.tr("%1: day"), title))
        identify(self.other, f"{name}Other", fill(self.tr("%1: other calendar"), title))

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
            raise ValidationError(self._field, error.detail) from error

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
        with Quiet(self.precision, self.calendar, self.year, self.month, self.day):
            self.calendar.setCurrentIndex(0)
            self._apply_calendar(_GREGORIAN)
            self.precision.setCurrentIndex(self.precision.findData(value.precision))
            self._set_values(value.year, value.month or 1, value.day or 1)
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
        with Quiet(self.year, self.month, self.day):
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
        # Said where the calendar is greyed: a Hijri day put to a month turned Gregorian
        # ("Ramadan 1446" read "March 2025"), and nothing told why.
        self.calendar.setToolTip(
            ""
            if precision is Precision.DAY
            else self.tr("Hijri dates are typed to the day: choose “Day” to type one")
        )
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
