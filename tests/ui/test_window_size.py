"""How large a window opens: within its screen, and as the user last left it."""

from __future__ import annotations

import gc
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QScreen
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


@pytest.mark.parametrize("name", OPENERS)
def test_a_dialog_sized_to_its_screen_holds_no_wrapper_of_the_screen(qtbot, empty_store, name):
    """``QWidget.screen()`` tied the screen's Python wrapper to the dialog's: collected as
    garbage with it, the import's preview took the screen along (see the next test)."""
    dialog = _opened(qtbot, name, empty_store)
    assert not [held for held in gc.get_referents(dialog) if isinstance(held, QScreen)]


#: Cancel the import's preview, let Python collect it, then make another dialog, as Export
#: the timeline (Ctrl+E) or Print (Ctrl+P) does next.
_IMPORT_CANCELLED_THEN_A_DIALOG = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.io.sample import open_sample_store
from timeline.ui.app import application
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.main_window import MainWindow

app = application("en")
fmt = DateFormat("en", DateStyle.MAGHREB)
window = MainWindow(open_sample_store(), fmt, open_sample_store, remember_state=False)
window.show()


def cancel_an_import():
    preview = ImportDialog(window, window.store, Path(sys.argv[1]), fmt=fmt)
    QTimer.singleShot(0, preview.reject)
    preview.exec()


cancel_an_import()
gc.collect()
QDialog(window)
print("still running")
"""


def test_a_cancelled_import_leaves_the_next_dialog_to_open(tmp_path):
    """Import events… of a file with a bad row, cancelled, then Export the timeline… or
    Print…: the application crashed (a segmentation fault in QDialog's constructor, or on
    quitting, reading a deleted screen) once Python had collected the preview. In a
    process of its own, as a crash would end it."""
    rows = tmp_path / "events.csv"
    rows.write_text(
        "kind,countries,date,host,title_en,title_fr,status\n"
        "official-visit,AZ;MA,2025-06-10,MA,Minister visits Rabat,Visite à Rabat,held\n"
        "phone-call,KZ;MA,2025-07-02,,Phone call,Entretien téléphonique,held\n"
        "bilateral-meeting,MA;UZ,2025-09,,Consultations,Consultations,announced\n"
        "press-lunch,MA;KZ,2025-13-45,,Bad row,,held\n"
        "statement,MA,2025-10-01,,One country only,,held\n",
        encoding="utf-8",
    )
    ran = subprocess.run(
        [sys.executable, "-c", _IMPORT_CANCELLED_THEN_A_DIALOG, str(rows)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.strip().endswith("still running")
