"""Actions declared as data: a name, its words, its shortcut and the method it calls.

Each controller (and the window) lists its actions in a table of :class:`ActionSpec`; one
function turns a table into ``QAction`` objects. The words are marked with
``QT_TRANSLATE_NOOP`` in the ``MainWindow`` context, where lupdate finds them and the
translators have always seen them, and are translated again when the language changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "MainWindow"
Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command of the menus: ``name`` is its object name (tests and shortcuts find it)."""

    name: str
    #: The English source, marked with ``QT_TRANSLATE_NOOP(CONTEXT, …)``, which returns it as
    #: it is (its stub says ``object``).
    text: object
    shortcut: Shortcut = None
    fallback_shortcut: str | None = None  # when the platform has no standard key for it


def make_actions(
    owner: QObject, table: Sequence[ActionSpec], slots: Callable[[str], Callable[[], object]]
) -> dict[str, QAction]:
    """The table's actions, owned by ``owner``; ``slots(name)`` says what each one calls."""
    made: dict[str, QAction] = {}
    for spec in table:
        action = QAction(owner)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if action.shortcut().isEmpty() and spec.fallback_shortcut:
            action.setShortcut(QKeySequence(spec.fallback_shortcut))
        action.triggered.connect(slots(spec.name))
        made[spec.name] = action
    retranslate(made, table)
    return made


def retranslate(actions: dict[str, QAction], table: Sequence[ActionSpec]) -> None:
    """The words of every action in the current UI language."""
    for spec in table:
        actions[spec.name].setText(QCoreApplication.translate(CONTEXT, str(spec.text)))


def as_item(text: str) -> str:
    """Text a person wrote (a title, a view's name) as a menu item shows it, its "&"
    doubled: Qt took "Trade & Investment" for "Trade " and an access key on the space."""
    return text.replace("&", "&&")
