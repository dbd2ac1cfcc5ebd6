"""Qt's own file dialog in an Arabic window: its "Look in" box mirrored, the path in it
read left to right, and a folder chosen from it gone to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QFileDialog

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import ltr_path
from timeline.ui import translations
from timeline.ui.file_dialogs import URL_ROLE, file_dialog


@pytest.fixture
def folder(tmp_path):
    """An Arabic-named folder with a number, and a folder in it."""
    folder = tmp_path / "بيانات 2025"
    (folder / "2024").mkdir(parents=True)
    (folder / "أحداث.csv").write_text("kind,date\n", encoding="utf-8")
    return folder


@pytest.fixture
def arabic_dialog(qtbot, folder, no_translation_after):
    translations.use_language("ar")
    dialog = file_dialog(None, "", str(folder), "", DateFormat("ar", DateStyle.EGYPT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def look_in(dialog: QFileDialog) -> QComboBox:
    combo = dialog.findChild(QComboBox, "lookInCombo")
    assert combo is not None
    return combo


def test_the_look_in_box_is_mirrored_and_its_path_reads_left_to_right(arabic_dialog, folder):
    combo = look_in(arabic_dialog)
    assert combo.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert combo.currentText() == ltr_path(folder)  # "/…/2025 بيانات", not "2025 بيانات/…/"
    arabic_dialog.setDirectory(str(folder / "2024"))
    assert combo.currentText() == ltr_path(folder / "2024")


def test_a_folder_chosen_in_the_look_in_box_is_gone_to(qtbot, arabic_dialog, folder):
    """Qt goes to a folder of the list by its address, not by the words it shows."""
    arabic_dialog.setDirectory(str(folder / "2024"))
    combo = look_in(arabic_dialog)
    combo.showPopup()  # Qt lists the folders above
    shown = [combo.itemText(item) for item in range(combo.count())]
    assert ltr_path(folder) in shown
    computer = next(
        text
        for item, text in enumerate(shown)
        if combo.itemData(item, URL_ROLE) == QUrl("file:")  # a place with no path
    )
    assert computer and not computer.startswith("\u2066"), "said in words"
    parent = shown.index(ltr_path(folder))
    combo.hidePopup()
    combo.setCurrentIndex(parent)
    combo.textActivated.emit(combo.itemText(parent))  # as a click on it
    qtbot.waitUntil(lambda: arabic_dialog.directory().absolutePath() == str(folder))
