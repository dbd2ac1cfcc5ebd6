"""A country chooser: type any part of a name (Arabic, English, French) or the ISO code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from timeline.domain.countries import country_codes, country_name, is_country, short_name
from timeline.domain.languages import LANGUAGES
from timeline.domain.normalize import normalize

#: The ISO 3166-1 alpha-2 code of an item.
CODE_ROLE = Qt.ItemDataRole.UserRole
#: Hidden text the completer matches: every name, without accents too, and the code.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

#: A line edit's room around its text: its own margin of 2 pixels either side, and its
#: cursor's width.
_TEXT_MARGINS = 6
_CODE_SUFFIX = re.compile(r"\(([A-Za-z]{2})\)\s*$")


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """One country as the picker lists it."""

    code: str
    label: str  # "Name (CODE)" in the UI language
    search: str  # every name and the code, for the completer
    keys: frozenset[str]  # folded texts that mean exactly this country


def _entry(code: str, language: str) -> CountryEntry:
    names = [country_name(code, name_language) for name_language in LANGUAGES]
    short = [name for each in LANGUAGES if (name := short_name(code, each)) is not None]
    label = f"{country_name(code, language)} ({code})"
    variants = [label, *names, *short, code]  # "st kitts", "kinshasa" find them still
    search = " | ".join(dict.fromkeys([*variants, *(normalize(text) for text in variants)]))
    return CountryEntry(code, label, search, frozenset(normalize(text) for text in variants))


@cache
def country_entries(language: str) -> tuple[CountryEntry, ...]:
    """Every ISO 3166-1 country, sorted by its name in ``language``."""
    entries = [_entry(code, language) for code in country_codes()]
    return tuple(sorted(entries, key=lambda entry: (normalize(entry.label), entry.label)))


@cache
def _codes_by_key(language: str) -> dict[str, str]:
    return {key: entry.code for entry in country_entries(language) for key in entry.keys}


#: The item model of every country, one per language, shared by every picker in it.
_models: dict[str, QStandardItemModel] = {}


def country_model(language: str) -> QStandardItemModel:
    """Every country as the pickers list it (visible label, code, search text), sorted in
    ``language``: built once per language and shared by every picker (the editor has five,
    the filter bar two), so none may change it. Python owns it (no parent): PySide deletes
    it at exit before the application, while the pickers still showing it can react (as a
    child of the application, it went after the event loop, and each such picker warned
    of a timer it could not start).

    The list is ISO 3166-1's (pycountry's), fixed while the app runs; a picker in another
    language is given that language's model."""
    model = _models.get(language)
    if model is None:
        model = QStandardItemModel()
        model.setObjectName(f"countries-{language}")
        for entry in country_entries(language):
            item = QStandardItem(entry.label)
            item.setData(entry.code, CODE_ROLE)
            item.setData(entry.search, SEARCH_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        _models[language] = model
    return model


class _LabelCompleter(QCompleter):
    """Matches on the hidden search text but writes the visible "Name (CODE)"."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryPicker(QComboBox):
    """An editable combo box of all countries; empty means "no country"."""

    codeChanged = Signal(object)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._last_code: str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(country_model(language))
        # Every row is one line of the same font: the list lays out the rows from the first
        # one's size instead of measuring ~250 names each time a style or font reaches it
        # (every move of the picker into its parent did, 60 ms of opening the editor).
        self.list_view().setUniformItemSizes(True)
        self.search_completer = self._build_completer()
        self.setCompleter(self.search_completer)
        self.setCurrentIndex(-1)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.editTextChanged.connect(self._emit_if_changed)
        # A country chosen by typing is named as the list names it, from its start, once the
        # field is left.
        self.text_field().editingFinished.connect(self._named_as_listed)

    def text_field(self) -> QLineEdit:
        """The line the name or code is typed in (an editable combo box always has one)."""
        field = self.lineEdit()
        assert field is not None
        return field

    def list_view(self) -> QListView:
        """The list the arrow opens (a combo box's own, a QListView)."""
        view = self.view()
        assert isinstance(view, QListView)
        return view

    def _build_completer(self) -> QCompleter:
        completer = _LabelCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        return completer

    def code(self) -> str | None:
        """The ISO code of the text shown, or None when it is empty or names no country."""
        text = self.currentText().strip()
        if not text:
            return None
        code = _codes_by_key(self._language).get(normalize(text))
        if code is None:
            match = _CODE_SUFFIX.search(text)
            code = match.group(1).upper() if match else None
        return code if code is not None and is_country(code) else None

    def entered_text(self) -> str:
        """What the user typed, stripped (for a country the picker does not know)."""
        return self.currentText().strip()

    def set_code(self, code: str | None) -> None:
        """Show ``code``'s country; None or "" empties the picker."""
        row = self.findData(code, CODE_ROLE) if code else -1
        if row >= 0:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code or "")
        self._show_start()

    def _named_as_listed(self) -> None:
        """A country typed by another name it is known by (its English name or its code
        in a French or Arabic window) is named as the list names it: "Morocco" stayed in a
        French editor, beside "Kazakhstan" and a French title."""
        code = self.code()
        if code is not None and self.currentText() != self.label_for(code):
            self.set_code(code)
        else:
            self._show_start()

    def _show_start(self) -> None:
        """The name from its first letter: in a field narrower than "United Arab Emirates
        (AE)" (a window 800 pixels wide), the cursor left at its end showed "rab Emirates
        (AE)"."""
        self.text_field().setCursorPosition(0)
        self.updateGeometry()  # the name chosen asks for its width

    def sizeHint(self) -> QSize:
        """Wide enough for the whole name shown (or, empty, its hint), where the bar has
        room: at 1600 pixels "United Arab Emirates (AE)" read "United Arab Emir" beside a
        search field 800 pixels wide."""
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), hint)
        control = QStyle.ComplexControl.CC_ComboBox
        edit = self.style().subControlRect(control, option, QStyle.SubControl.SC_ComboBoxEditField)
        field = self.text_field()
        shown = self.currentText() or field.placeholderText()
        text = field.fontMetrics().horizontalAdvance(shown)
        needed = hint.width() - edit.width() + text + _TEXT_MARGINS
        return hint.expandedTo(QSize(needed, hint.height()))

    def label_for(self, code: str) -> str:
        """``Name (CODE)`` in the picker's language."""
        row = self.findData(code, CODE_ROLE)
        return self.itemText(row) if row >= 0 else code

    def _emit_if_changed(self) -> None:
        code = self.code()
        if code != self._last_code:
            self._last_code = code
            self.codeChanged.emit(code)
