"""The dialog of a possible duplicate: its keys do what its buttons say."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.ui.duplicate_dialog import Choice, DuplicateDialog

VISIT = "Kazakh Foreign Minister Murat Nurtleu visits Rabat"


@pytest.mark.parametrize(
    ("key", "choice"),
    [(Qt.Key.Key_Return, Choice.MERGE), (Qt.Key.Key_Escape, Choice.CANCEL)],
    ids=["enter", "escape"],
)
def test_enter_merges_and_escape_goes_back_to_the_editor(qtbot, sample_store, key, choice):
    """Enter takes the default, Merge into the existing one (it kept both: a duplicate
    recorded, the very thing the dialog warns of); Escape goes back to the editor."""
    existing = next(event for event in sample_store.find() if event.title_en == VISIT)
    dialog = DuplicateDialog(
        None, replace(existing, id=None), existing, DateFormat("en", DateStyle.MAGHREB)
    )
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: qtbot.keyClick(dialog.focusWidget() or dialog, key))
    assert dialog.ask() is choice
