"""How large a window opens: within its screen, and as the user last left it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.ui.editor import EventEditorDialog
from timeline.ui.extract_dialog import ExtractDialog
from timeline.ui.import_dialog import ImportDialog

GDELT = Path(__file__).resolve().parent.parent / "io" / "fixtures" / "gdelt-1.0-daily.export.CSV"
ENGLISH = DateFormat("en", DateStyle.MAGHREB)

OPENERS = {
    "editor": lambda store: EventEditorDialog(None, ENGLISH, today=lambda: date(2025, 4, 8)),
    "extract": lambda store: ExtractDialog(None, ENGLISH, date(2025, 4, 8)),
    "import": lambda store: ImportDialog(None, store, GDELT, fmt=ENGLISH),
}


def _opened(qtbot, name: str, store) -> QDialog:
    dialog = OPENERS[name](store)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("name", OPENERS)
def test_a_dialog_reopens_at_the_size_it_was_left_at(qtbot, empty_store, name):
    """Made larger to read an article, a preview or a long event, then closed, the
    dialog opens again at that size (it opened each time at its first size again)."""
    first = _opened(qtbot, name, empty_store)
    chosen = QSize(first.width() - 37, first.height() - 23)
    first.resize(chosen)
    first.reject()  # Cancel, Escape: nothing typed, nothing asked
    again = _opened(qtbot, name, empty_store)
    assert again.size() == chosen


def test_a_size_left_on_a_larger_screen_is_kept_within_this_one(qtbot, empty_store):
    """Left at 1900x1100 on an office screen, the editor opens on the laptop's screen
    whole, its frame counted."""
    first = _opened(qtbot, "editor", empty_store)
    first.resize(1900, 1100)
    first.reject()
    again = _opened(qtbot, "editor", empty_store)
    room = again.screen().availableGeometry()
    framed = again.frameGeometry()
    assert framed.width() <= room.width() and framed.height() <= room.height()
