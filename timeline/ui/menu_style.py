"""Menus whose shortcuts read left to right in a right-to-left window.

Qt lays a menu item's shortcut out in the menu's direction: in the Arabic window "Ctrl++"
read "++Ctrl", "Ctrl+-" read "-Ctrl+" and "Ctrl+," read ",Ctrl+". The shortcut is drawn as
a left-to-right island; the item's label keeps its own direction.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from timeline.domain.direction import ltr


class ShortcutsLeftToRight(QProxyStyle):
    """The application's style, but a menu item's shortcut (after its tab) isolated LTR."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.ControlElement.CE_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and "\t" in option.text
        ):
            label, shortcut = option.text.split("\t", 1)
            option = QStyleOptionMenuItem(option)
            option.text = f"{label}\t{ltr(shortcut)}"
        super().drawControl(element, option, painter, widget)


def shortcuts_left_to_right(menus: list[QMenu], owner: QWidget) -> None:
    """``menus`` draw their shortcuts left to right (one style, deleted with ``owner``)."""
    style = ShortcutsLeftToRight()
    style.setParent(owner)
    for menu in menus:
        menu.setStyle(style)
