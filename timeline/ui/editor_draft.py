"""Unsaved editor input kept as a draft when a terminal signal ends the app, and offered back
the next time the editor opens for the same event (or a new one) on the same database.

A draft is what the inputs hold, not an event: it may not be valid yet (one country of two,
no title), so it is kept as each named input's value — text, choice, number, tick, table
cells, list items — and put back as it was typed. Drafts live in the settings, one JSON
object per database and event, and are dropped once offered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from timeline.settings import Key, settings

Fields = dict[str, Any]


def _inputs(root: QWidget) -> list[QWidget]:
    """The named inputs under ``root`` in the order they were laid out, which is the order
    that restores them as typed: the kind before the countries it shapes, a date's calendar
    before its numbers, "has an end" before the end. Not Qt's own parts, which it names
    "qt_…": the six number boxes' line edits, all "qt_spinbox_lineedit", were kept as one
    and put back into every box (a draft's "19–21 March 2024" came back as 21/21/21)."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox)
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.objectName()
        and not widget.objectName().startswith("qt_")
        and isinstance(widget, (*kinds, QTableWidget))
    ]


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QTableWidget):
        return [
            [_cell(widget.item(row, column)) for column in range(widget.columnCount())]
            for row in range(widget.rowCount())
        ]
    assert isinstance(widget, QListWidget)
    items = (widget.item(row) for row in range(widget.count()))
    return [[item.text(), item.data(Qt.ItemDataRole.UserRole)] for item in items if item]


def _cell(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def snapshot(root: QWidget) -> Fields:
    """Every named input's value, by object name."""
    values = {widget.objectName(): _value(widget) for widget in _inputs(root)}
    return {name: value for name, value in values.items() if value is not None}


def restore(root: QWidget, fields: Mapping[str, Any]) -> None:
    """Put ``fields`` back into the inputs of the same names (others keep their value).
    A choice among what later inputs hold (the host among the countries) had nothing to
    choose from yet: what did not take is put back once more, after them."""
    for widget in _inputs(root):
        value = fields.get(widget.objectName())
        if value is not None:
            _set(widget, value)
    for widget in _inputs(root):
        value = fields.get(widget.objectName())
        if value is not None and _value(widget) != value:
            _set(widget, value)


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setEditText(str(value))
        else:
            widget.setCurrentIndex(int(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QTableWidget):
        widget.setRowCount(0)
        for row, cells in enumerate(value):
            widget.insertRow(row)
            for column, text in enumerate(cells[: widget.columnCount()]):
                widget.setItem(row, column, QTableWidgetItem(str(text)))
    elif isinstance(widget, QListWidget):
        widget.clear()
        for text, data in value:
            item = QListWidgetItem(str(text))
            item.setData(Qt.ItemDataRole.UserRole, data)
            widget.addItem(item)


@dataclass(frozen=True)
class Draft:
    """Unsaved input and when it was kept."""

    saved: datetime
    fields: Fields


def draft_key(database: str, event_id: int | None) -> str:
    """Which editor a draft belongs to: an event of a database, or a new event there."""
    return f"{database}#{event_id if event_id is not None else 'new'}"


def _all() -> dict[str, Any]:
    try:
        stored = json.loads(str(settings().value(Key.EDITOR_DRAFTS, "{}")))
    except ValueError:
        return {}
    return stored if isinstance(stored, dict) else {}


def _write(drafts: dict[str, Any]) -> None:
    stored = settings()
    stored.setValue(Key.EDITOR_DRAFTS, json.dumps(drafts, ensure_ascii=False))
    stored.sync()  # the process is about to end


def stored_draft(key: str) -> Draft | None:
    """The draft kept for ``key``, if any (an unreadable one counts as none)."""
    entry = _all().get(key)
    if not isinstance(entry, dict):
        return None
    try:
        return Draft(datetime.fromisoformat(entry["saved"]), dict(entry["fields"]))
    except (TypeError, KeyError, ValueError):
        return None


def keep_draft(key: str, fields: Fields) -> None:
    drafts = _all()
    drafts[key] = {"saved": datetime.now().isoformat(timespec="seconds"), "fields": fields}
    _write(drafts)


def drop_draft(key: str) -> None:
    drafts = _all()
    if drafts.pop(key, None) is not None:
        _write(drafts)
