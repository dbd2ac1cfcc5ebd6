"""Preferences: the language of the UI and how dates are written for this reader."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import isolate
from timeline.domain.languages import OWN_NAMES

EXAMPLE = EventDate.on(date(2024, 8, 28))


class PreferencesDialog(QDialog):
    """Choose language, regional month names, digits and whether Hijri is shown beside."""

    def __init__(self, parent: QWidget | None, current: DateFormat) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in OWN_NAMES.items():
            self.language.addItem(name, code)
        self.date_style = QComboBox()
        self.date_style.setObjectName("dateStyle")
        for style, caption in (
            (DateStyle.MAGHREB, self.tr("Maghreb")),
            (DateStyle.ALGERIA, self.tr("Algeria and Tunisia")),
            (DateStyle.LEVANT, self.tr("Levant and Iraq")),
            (DateStyle.EGYPT, self.tr("Egypt and the Gulf")),
        ):
            # In its own direction: beside an English caption "28 غشت 2024" read "28 2024 غشت".
            sample = isolate(DateFormat("ar", style).event_date(EXAMPLE))
            self.date_style.addItem(f"{caption} — {sample}", style)
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.digits.addItem(self.tr("As the region writes them"), None)
        self.digits.addItem(self.tr("Latin (0123)"), False)
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣)"), True)
        self.hijri = QCheckBox(self.tr("Show the &Hijri date beside the Gregorian one"))
        self.hijri.setObjectName("showHijri")
        self.example = QLabel()
        self.example.setObjectName("example")
        self.example.setTextFormat(Qt.TextFormat.PlainText)
        for widget, label, caption in (
            (self.language, self.tr("&Language"), self.tr("Language")),
            (self.date_style, self.tr("Arabic &month names"), self.tr("Arabic month names")),
            (self.digits, self.tr("&Digits in Arabic"), self.tr("Digits in Arabic")),
        ):
            widget.setAccessibleName(caption)  # heard without the Alt key's "&"
            form.addRow(label, widget)
        form.addRow("", self.hijri)
        form.addRow(self.tr("Example"), self.example)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&OK"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show(current)
        for combo in (self.language, self.date_style, self.digits):
            combo.currentIndexChanged.connect(self._update_example)
        self.hijri.toggled.connect(self._update_example)
        self._update_example()

    def _show(self, fmt: DateFormat) -> None:
        self.language.setCurrentIndex(self.language.findData(fmt.language))
        self.date_style.setCurrentIndex(self.date_style.findData(fmt.style))
        digits = {None: 0, False: 1, True: 2}[fmt.arabic_digits]
        self.digits.setCurrentIndex(digits)
        self.hijri.setChecked(fmt.show_hijri)

    def chosen(self) -> DateFormat:
        return DateFormat(
            language=self.language.currentData(),
            style=DateStyle(self.date_style.currentData()),
            arabic_digits=self.digits.currentData(),
            show_hijri=self.hijri.isChecked(),
        )

    def _update_example(self) -> None:
        """The example date in the language chosen and, beside another, in Arabic: the
        month names and digits are Arabic's (its briefings, its titles), and in English or
        French the example did not change with them."""
        chosen = self.chosen()
        lines = [chosen.event_date_with_hijri(EXAMPLE)]
        if chosen.language != "ar":
            lines.append(isolate(replace(chosen, language="ar").event_date_with_hijri(EXAMPLE)))
        self.example.setText("\n".join(lines))
