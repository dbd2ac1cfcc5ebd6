"""What a reader sees go wrong in a window's layout, found on the shown widgets themselves.

A widget given a parent but added to no layout is still shown, at its parent's top-left
corner, over whatever the layout put there; two laid-out widgets can overlap; a label or a
button squeezed below the size its text needs shows that text cut. Each check returns a
description of every such widget (empty when all is well), so an assertion names them.
Only widgets whose parent has a layout are looked at: the inner parts of a composite
widget (a spin box's line edit, a table's header) are placed by the widget itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayout,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)


def describe(widget: QWidget) -> str:
    """``QComboBox 'agreementStep' (0, 0, 100x30)``, and its text if it has one."""
    rect = widget.geometry()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    said = f" {text[:40]!r}" if text else ""
    where = f"({rect.x()}, {rect.y()}, {rect.width()}x{rect.height()})"
    return f"{type(widget).__name__} {widget.objectName()!r}{said} {where}"


def placed_by(layout: QLayout) -> Iterator[QWidget]:
    """The widgets ``layout`` and its sub-layouts place (a main window's menu bar too)."""
    if (menu_bar := layout.menuBar()) is not None:
        yield menu_bar
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            yield widget
        elif (inner := item.layout()) is not None:
            yield from placed_by(inner)


def _shown_children(parent: QWidget) -> list[QWidget]:
    return [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow()
    ]


def _laid_out_parents(root: QWidget) -> Iterator[QWidget]:
    """``root`` and the shown widgets under it that have a layout (not those of a window
    it opened, a popup or another dialog)."""
    if root.layout() is not None:
        yield root
    for child in _shown_children(root):
        yield from _laid_out_parents(child)


def strays(root: QWidget) -> list[str]:
    """Shown widgets that no layout places, though their parent lays out its children."""
    found = []
    for parent in _laid_out_parents(root):
        layout = parent.layout()
        assert layout is not None
        placed = set(placed_by(layout))
        found += [describe(child) for child in _shown_children(parent) if child not in placed]
    return found


def overlaps(root: QWidget) -> list[tuple[str, str]]:
    """Pairs of shown sibling widgets, under a parent with a layout, that cover each other."""
    found = []
    for parent in _laid_out_parents(root):
        children = _shown_children(parent)
        for number, widget in enumerate(children):
            for other in children[number + 1 :]:
                if widget.geometry().intersects(other.geometry()):
                    found.append((describe(widget), describe(other)))
    return found


def cut_texts(root: QWidget) -> list[str]:
    """Shown labels and buttons given less room than their text needs: narrower or lower
    than their minimum size hint, or, wrapping, lower than their text at their width."""
    found = []
    for parent in _laid_out_parents(root):
        for widget in _shown_children(parent):
            if not isinstance(widget, QLabel | QAbstractButton) or not widget.text():
                continue
            needed = widget.minimumSizeHint()
            if widget.hasHeightForWidth():
                needed.setHeight(widget.heightForWidth(widget.width()))
            if widget.width() < needed.width() or widget.height() < needed.height():
                found.append(f"{describe(widget)} needs {needed.width()}x{needed.height()}")
    return found


def cut_ink(root: QWidget) -> list[str]:
    """Shown wrapped labels whose rectangle cuts their letters' ink: they show fewer inked
    pixels than a twin with the same lines and a wide margin either side
    (an Arabic line's last letter reaches past its advance, past the label's edge)."""
    return [
        describe(widget)
        for parent in _laid_out_parents(root)
        for widget in _shown_children(parent)
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() and ink_cut(widget)
    ]


def ink_cut(label: QLabel) -> bool:
    """Whether ``label`` shows fewer inked pixels than a twin with the same lines and a wide
    margin either side."""
    return bool(_ink(label).sum() < _ink(_wide_twin(label)).sum())


#: The twin's margin either side, past any letter's ink.
_WIDE = 24


def _wide_twin(label: QLabel) -> QLabel:
    """A label with ``label``'s text, font, direction and lines, :data:`_WIDE` pixels of
    margin either side."""
    twin = QLabel()
    twin.setTextFormat(label.textFormat())
    twin.setText(label.text())
    twin.setFont(label.font())
    twin.setPalette(label.palette())
    twin.setLayoutDirection(label.layoutDirection())
    twin.setAlignment(label.alignment())
    twin.setTextInteractionFlags(label.textInteractionFlags())
    twin.setWordWrap(True)
    contents = label.contentsRect()
    twin.setContentsMargins(_WIDE, contents.top(), _WIDE, label.height() - contents.bottom() - 1)
    twin.setFixedSize(contents.width() + 2 * _WIDE, label.height())
    return twin


def cut_hints(root: QWidget) -> list[str]:
    """Shown empty fields too narrow for the hint of what to type in them (Qt cuts it:
    "https://… (optional, added as the…")."""
    found = []
    for parent in _laid_out_parents(root):
        for widget in _shown_children(parent):
            if not isinstance(widget, QLineEdit) or widget.text() or not widget.placeholderText():
                continue
            metrics = widget.fontMetrics()
            # Qt's own hint is 17 "x" wide, and its frame and margins.
            chrome = QLineEdit.sizeHint(widget).width() - 17 * metrics.horizontalAdvance("x")
            needed = metrics.horizontalAdvance(widget.placeholderText()) + chrome
            if widget.width() < needed:
                found.append(f"{describe(widget)} {widget.placeholderText()!r} needs {needed}")
    return found


def cut_cells(table: QTableView) -> list[str]:
    """The texts of ``table``'s cells that do not read whole: all its columns wider than
    its view (a scroll bar hides some), or a cell's text wrapped wider or taller than its
    cell (the dialogs whose tables wrap their text in their width)."""
    model = table.model()
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    columns = sum(table.columnWidth(column) for column in range(model.columnCount()))
    cut = [] if columns <= table.viewport().width() else ["(wider than the view)"]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = model.index(row, column).data()
            room = QRect(0, 0, table.columnWidth(column) - margins, 10_000)
            wrapped = table.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, text)
            if wrapped.width() > room.width() or wrapped.height() > table.rowHeight(row):
                cut.append(text)
    return cut


def cut_headers(table: QTableView) -> list[str]:
    """The column titles of ``table`` that do not read whole: wrapped in their section
    (its margins off), wider than it or taller than the header."""
    header = table.horizontalHeader()
    model = table.model()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        room = QRect(0, 0, header.sectionSize(column) - margin, 10_000)
        wrapped = header.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, title)
        if wrapped.width() > room.width() or wrapped.height() > header.height() - margin:
            cut.append(title)
    return cut


def inked_rows(widget: QWidget) -> list[int]:
    """The widget's pixel rows where anything but its background shows."""
    return [int(y) for y in np.flatnonzero(_ink(widget).any(axis=1))]


def inked_columns(widget: QWidget) -> list[int]:
    """The widget's pixel columns where anything but its background shows."""
    return [int(x) for x in np.flatnonzero(_ink(widget).any(axis=0))]


def _ink(widget: QWidget) -> np.ndarray:
    """Which of the widget's pixels show anything but its background, row by row."""
    background = widget.palette().color(widget.backgroundRole()).rgb()
    return image_pixels(widget.grab().toImage()) != np.uint32(background)


def image_pixels(image: QImage) -> np.ndarray:
    """An image's pixels row by row, each 0xffRRGGBB as QImage.pixel gives it (its alpha
    forced opaque): read whole rows at once, not pixel by pixel (a call a pixel cost
    seconds a test)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    words = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.sizeInBytes() // 4)
    pixels = words.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]
    return pixels | np.uint32(0xFF000000)
