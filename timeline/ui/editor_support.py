"""What the editor's parts share: names for widgets, plain-text labels, direction that
follows the content, and the red outline of a field with a problem."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from timeline.domain.direction import is_rtl_text

#: The dynamic property that outlines a widget holding a problem.
INVALID_PROPERTY = "invalid"
INVALID_COLOUR = "#c62828"
INVALID_TINT = "#ffcdd2"
#: The outline of a field with a problem, for the editor's style sheet.
EDITOR_STYLE = f"""
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


def fill(template: str, *values: str) -> str:
    """Qt's ``%1``, ``%2`` placeholders filled in one pass (a value may contain ``%2``)."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def identify(widget: QWidget, object_name: str, accessible_name: str) -> None:
    """Give a widget the names that tests and screen readers look for."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label whose Alt key (the letter after "&" in ``text``) goes to ``buddy``: for a
    form row that holds several widgets, where Qt would give the key to none of them."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
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
            align_document(widget)

    widget.textChanged.connect(update)
    update()


def align_document(edit: QPlainTextEdit) -> None:
    """Paragraphs of a plain text edit start on the side its direction says."""
    document = edit.document()
    option = document.defaultTextOption()
    direction = edit.layoutDirection()
    if option.textDirection() != direction:
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        document.setDefaultTextOption(option)


def item_alignment(text: str) -> Qt.AlignmentFlag:
    """Absolute left or right for a table cell, from the cell's own text."""
    side = Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter


class Quiet:
    """Block the signals of some widgets for the length of a ``with``."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets
        self._before: list[bool] = []

    def __enter__(self) -> None:
        self._before = [widget.blockSignals(True) for widget in self._widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, before in zip(self._widgets, self._before, strict=True):
            widget.blockSignals(before)


def set_invalid(widget: QWidget, messages: Sequence[str]) -> None:
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
