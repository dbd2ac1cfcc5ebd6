"""The About dialog: version, licences and the versions of what the app runs on."""

from __future__ import annotations

import platform
import sqlite3

import PySide6
import sqlalchemy
from layout_checks import inked_columns
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from visual_order import shown_text

from timeline import __version__
from timeline.ui.about_dialog import ICON_SIZES, AboutDialog, app_icon


def texts(dialog: AboutDialog) -> list[str]:
    return [shown_text(label) for label in dialog.findChildren(QLabel) if label.text()]


def test_the_dialog_names_version_licences_and_versions(qtbot, tmp_path):
    dialog = AboutDialog(str(tmp_path / "team.sqlite3"), "sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    assert dialog.windowTitle() == "About Diplomatic Timeline"
    assert "Diplomatic Timeline" in shown
    assert f"Version {__version__}" in shown
    assert any("GPL-3.0-or-later" in text for text in shown)
    assert (
        "Fonts: Noto Sans, Noto Sans Arabic, Noto Sans Arabic UI — SIL Open Font License 1.1"
        in shown
    )
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in shown
    assert platform.python_version() in shown
    assert sqlalchemy.__version__ in shown
    assert f"sqlite (SQLite {sqlite3.sqlite_version})" in shown
    assert str(tmp_path / "team.sqlite3") in shown
    icon = dialog.findChild(QLabel, "aboutIcon")
    assert not icon.pixmap().isNull()


def test_in_arabic_each_version_stands_beside_its_name(qtbot, no_translation_after):
    """The names on the right, the versions stood at the far left, 400 pixels away."""
    from timeline.ui.app import application

    application("ar")
    dialog = AboutDialog("/data/timeline.sqlite3", "sqlite")
    qtbot.addWidget(dialog)
    dialog.resize(700, dialog.sizeHint().height())
    dialog.show()
    (python,) = [label for label in dialog.findChildren(QLabel)
                 if platform.python_version() in label.text()]  # fmt: skip
    inked = inked_columns(python)
    assert python.width() > 300 and python.width() - max(inked) < 20


def test_a_server_database_shows_its_dialect_and_never_its_password(qtbot):
    dialog = AboutDialog("postgresql://desk:secret@db.example/timeline", "postgresql")
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert "postgresql" in shown
    assert not any("secret" in text for text in shown)
    assert any("desk:***@db.example/timeline" in text for text in shown)
    assert "SQLite" not in " ".join(shown)


def test_the_details_are_copied_for_a_support_request(qtbot):
    dialog = AboutDialog("/data/timeline.sqlite3", "sqlite")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[0] == f"Diplomatic Timeline {__version__}"
    assert f"SQLAlchemy: {sqlalchemy.__version__}" in copied
    assert "Opened: /data/timeline.sqlite3" in copied


def test_close_rejects_the_dialog(qtbot):
    dialog = AboutDialog("/data/timeline.sqlite3", "sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.rejected):
        buttons.button(QDialogButtonBox.StandardButton.Close).click()


def test_the_app_icon_has_every_rendered_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)
