"""What a window shows in words, and which of them are not in its reader's language.

``visible_texts(window)`` walks what a person sees or hears of a window: its title, every
shown widget's text, placeholder, tooltip and accessible name, the items of its combo boxes,
the headers and cells of its tables and lists, its menus and actions, its status bar. Data
is not the interface's to translate: text inside left-to-right or first-strong isolates
(``domain.direction.ltr``/``isolate``: a path, a version, a title in its own script), a
label shown left to right as data (``ui.left_to_right``), ISO codes after a country's name,
and the widgets named in ``data`` (an event's summary as it was recorded).

``foreign_words(text, language)``: in Arabic, any Latin word; in French, the words of an
English text left as they were (``english`` gives the same window's English texts).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabWidget,
    QWidget,
)

#: A value set apart from its sentence: left-to-right or first-strong isolate ... pop.
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
#: An identifier or a code, with a capital letter after its first ("MA", "SQLDATE",
#: "EventCode", "PDF"), a web address's scheme, a file name's pattern ("*.csv").
_CODE = re.compile(r"\b[A-Za-z]+[A-Z][A-Za-z0-9]*\b|https?://|\*\.[A-Za-z0-9]+")
#: Each language named in its own words, in a list of languages to choose from.
ENDONYMS = frozenset({"العربية", "English", "Français"})
_TAG = re.compile(r"<[^>]*>")
_MARKUP = re.compile(r"</?(?:div|br|b|i|a|p|span|html)\b[^>]*>")  # a tooltip's lines
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z’']+")
#: Words French writes as English does: a count of them in a French text is no sign.
_SAME_IN_FRENCH = (
    "Date Dates Participants Participant Sources Source Document Message Format Type "
    "Description Options Version Note Notes Position Zone Portrait Port Parties "
    "Maghreb Forum Session"
)
SAME_IN_FRENCH = frozenset(_SAME_IN_FRENCH.split())
#: Names that are not words of any language (formats, programs) and are written so.
_NAMES = "SQLite Qt PySide Python Noto Sans Arabic"
NAMES = frozenset(_NAMES.split())
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _model_texts(
    model: QAbstractItemModel, root: QModelIndex | None = None, rows: int = 40
) -> Iterator[tuple[str, int, str]]:
    """The headers and cells of ``model`` under ``root`` (a file dialog's folder)."""
    root = root if root is not None else QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column, not asked
        columns = 1
    for column in range(columns):
        for role in ROLES:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield "header", column, value
    for row in range(min(model.rowCount(root), rows)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"row {row}", column, value


def _is_data_label(label: QLabel) -> bool:
    """Shown left to right as a value (ui.left_to_right.show_left_to_right)."""
    return label.textFormat() == Qt.TextFormat.RichText and label.text().startswith(
        '<div dir="ltr"'
    )


def visible_texts(window: QWidget, data: Collection[str] = ()) -> list[tuple[str, str]]:
    """``(where, text)`` for every text of ``window`` a person sees or hears; widgets whose
    object name is in ``data`` (and what they hold) are left out, and the cells of the
    columns named ``"<object name>:<column>"`` there."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            found.append((where, text))

    add("window title", window.windowTitle())
    skipped: list[QWidget] = [
        widget for widget in window.findChildren(QWidget) if widget.objectName() in data
    ]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        if any(widget is held or held.isAncestorOf(widget) for held in skipped):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        add(f"{where} tooltip", widget.toolTip())
        add(f"{where} accessible name", widget.accessibleName())
        add(f"{where} accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel) and not _is_data_label(widget):
            add(where, _TAG.sub(" ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(where, widget.text())
        elif isinstance(widget, QLineEdit):
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            add(f"{where} prefix", widget.prefix())
            add(f"{where} suffix", widget.suffix())
        elif isinstance(widget, QGroupBox):
            add(where, widget.title())
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                add(f"{where} tab {tab}", widget.tabText(tab))
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                add(f"{where} item {item}", widget.itemText(item))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for part, column, text in _model_texts(widget.model(), widget.rootIndex()):
                if f"{widget.objectName()}:{column}" not in data or part == "header":
                    add(f"{where} {part} {column}", text)
    for action in window.findChildren(QAction):
        add(f"action {action.objectName()!r}", action.text())
        add(f"action {action.objectName()!r} tooltip", action.toolTip())
    for menu in window.findChildren(QMenu):
        add("menu", menu.title())
    if isinstance(window, QMainWindow):
        add("status bar", window.statusBar().currentMessage())
    return found


def without_data(text: str) -> str:
    """``text`` without its data, nor the markup of a rich text (a tooltip's lines)."""
    if _MARKUP.search(text):
        text = html.unescape(_TAG.sub(" ", text))
    return _CODE.sub(" ", _ISOLATED.sub(" ", text))


def foreign_words(text: str, language: str, english: Collection[str] = ()) -> list[str]:
    """The words of ``text`` that are not in ``language``: Latin words in Arabic; in
    French, those of a text the English window shows as it is (``english``)."""
    text = without_data(text)
    if text in ENDONYMS:
        return []
    words = [word for word in _LATIN_WORD.findall(text) if word not in NAMES]
    if language == "ar":
        return words
    if language == "fr" and text in english:
        return [word for word in words if word not in SAME_IN_FRENCH]
    return []
