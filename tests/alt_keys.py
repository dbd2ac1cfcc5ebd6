"""The Alt keys of a dialog: a label's underlined letter takes the keyboard to its field, a
button's presses it.

``alt_key_problems(dialog)`` names every visible, enabled field (a choice, a line, a spin box)
that no Alt key reaches, every button shown without one (but Cancel, which has Escape) and
every key that two share; empty when each has a key of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)


def alt_keys(dialog: QWidget) -> dict[QWidget, str]:
    """Each field and button shown, and the Alt key that goes to it ("" for none). A label
    beside words only (its buddy takes no focus: "This event", "Example") is left out."""
    keys: dict[QWidget, str] = {}
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if (
            label.isVisible()
            and buddy is not None
            and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            keys[buddy] = QKeySequence.mnemonic(label.text()).toString()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            keys[button] = QKeySequence.mnemonic(button.text()).toString()
    return keys


def fields(dialog: QWidget) -> list[QWidget]:
    """The fields one may fill in or choose from now: shown and enabled (a field enabled
    by a radio button is reached by its key, then Tab), not a part of another field (a spin
    box's or an editable choice's line)."""
    return [
        widget
        for kind in (QComboBox, QLineEdit, QAbstractSpinBox)
        for widget in dialog.findChildren(kind)
        if widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
    ]


def _named(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.objectName() or text or type(widget).__name__


def alt_key_problems(dialog: QWidget) -> list[str]:
    """What keeps a field or a button from an Alt key of its own (see the module)."""
    keys = alt_keys(dialog)
    for box in dialog.findChildren(QDialogButtonBox):
        keys.pop(box.button(QDialogButtonBox.StandardButton.Cancel), None)  # Escape
    problems = [
        f"no Alt key reaches {_named(field)}" for field in fields(dialog) if field not in keys
    ]
    problems += [f"no Alt key for {_named(widget)}" for widget, key in keys.items() if not key]
    for key in sorted({key for key in keys.values() if key}):
        sharing = [_named(widget) for widget, its in keys.items() if its == key]
        if len(sharing) > 1:
            problems.append(f"{key} is shared by {', '.join(sharing)}")
    return problems
