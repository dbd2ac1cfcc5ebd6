"""Saved views in the settings, and the menu that lists them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from timeline.domain.errors import ValidationError
from timeline.domain.views import SavedView
from timeline.settings import Key, settings
from timeline.ui.actions import as_item


def saved_views() -> list[SavedView]:
    """The saved views; one the settings file garbled is skipped, never fatal."""
    raw = settings().value(Key.SAVED_VIEWS, "[]")
    try:
        items = json.loads(raw) if isinstance(raw, str) else []
    except json.JSONDecodeError:
        return []
    views = []
    for item in items if isinstance(items, list) else []:
        try:
            views.append(SavedView.from_dict(item))
        except ValidationError:
            continue
    return views


def store_views(views: list[SavedView]) -> None:
    settings().setValue(
        Key.SAVED_VIEWS, json.dumps([view.to_dict() for view in views], ensure_ascii=False)
    )


def last_view() -> SavedView | None:
    """What was on screen when the window last closed."""
    raw = settings().value(Key.LAST_VIEW, "")
    if not isinstance(raw, str) or not raw:
        return None
    try:
        return SavedView.from_dict(json.loads(raw))
    except (json.JSONDecodeError, ValidationError):
        return None


def remember_last(view: SavedView) -> None:
    settings().setValue(Key.LAST_VIEW, json.dumps(view.to_dict(), ensure_ascii=False))


class ViewsMenu(QMenu):
    """Save the current view under a name; reopen or delete saved ones."""

    viewChosen = Signal(object)  # SavedView

    def __init__(self, current: Callable[[], SavedView], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("V&iews"), parent)
        self.setObjectName("viewsMenu")
        self._current = current  # () -> SavedView of what is on screen, named by default
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        save = QAction(self.tr("&Save this view…"), self)
        save.setObjectName("saveView")
        save.setShortcut(QKeySequence("Ctrl+Shift+S"))
        save.triggered.connect(self.ask_and_save)
        self.addAction(save)
        views = saved_views()
        if views:
            self.addSeparator()
        for view in views:
            action = QAction(as_item(view.name), self)
            action.setObjectName(f"view:{view.name}")
            action.triggered.connect(lambda _checked=False, v=view: self.viewChosen.emit(v))
            self.addAction(action)
        if views:
            delete = self.addMenu(self.tr("&Delete a saved view"))
            for view in views:
                action = QAction(as_item(view.name), self)
                action.triggered.connect(lambda _checked=False, n=view.name: self.delete(n))
                delete.addAction(action)

    def ask_and_save(self) -> SavedView | None:
        """Save what is on screen under the name the user gives (the menu's item: it takes no
        argument, so that the action's ``checked`` is never taken for a name)."""
        name, accepted = QInputDialog.getText(
            self.parentWidget(), self.tr("Save view"), self.tr("Name:"), text=self._current().name
        )
        return self.save_current(name) if accepted else None

    def save_current(self, name: str) -> SavedView | None:
        """Save what is on screen under ``name``; nothing for a blank one."""
        current = self._current()
        name = name.strip()
        if not name:
            return None
        view = replace(current, name=name)
        views = [existing for existing in saved_views() if existing.name != name]
        store_views([*views, view])
        self.rebuild()
        return view

    def delete(self, name: str) -> None:
        store_views([view for view in saved_views() if view.name != name])
        self.rebuild()
