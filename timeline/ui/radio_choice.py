"""Radio buttons that Tab reaches at the one chosen.

Qt's Tab stops at the first button of an exclusive set in the tab order, chosen or not,
and leaves the set from there: with the second chosen, Tab stopped on the first and the
chosen one was reached by the arrows alone. Here Tab reaches the chosen one, whichever it
is; the arrows still move the choice along the set.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton


def tab_to_the_chosen(*buttons: QRadioButton) -> None:
    """Keep Tab on the chosen button of ``buttons`` whichever it is, now and as it changes."""

    def follow() -> None:
        for button in buttons:
            taken = Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(taken)

    for button in buttons:
        button.toggled.connect(follow)
    follow()
