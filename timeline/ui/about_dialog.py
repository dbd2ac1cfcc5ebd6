"""The About dialog, and the application icon every window shows.

The dialog says what the app is, its version and licences, and what it runs on (Qt, Python,
SQLAlchemy, the database): what a desk officer copies into a support request with one button.
It is handed the database's label and dialect name; a server URL's password is hidden by the
store's ``label_of``, the one place that rule lives.
"""

from __future__ import annotations

import platform
import sqlite3

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from timeline import __version__
from timeline.domain.direction import ltr
from timeline.locations import resources_dir
from timeline.store.server import label_of, toolkit_version
from timeline.ui.fonts import widget_font
from timeline.ui.left_to_right import show_left_to_right
from timeline.ui.window_size import keep_wrapped_lines_whole
from timeline.ui.wrapped_label import wrap_lines

#: The PNG sizes rendered from resources/icons/diplomatic-timeline.svg (packaging/render_icons.py).
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon at every rendered size (PNG: no SVG plugin needed to show it)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"diplomatic-timeline-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def _name(name: str) -> str:
    """A Latin name or identifier in a sentence that may read right to left: in its own
    order, and never split over two lines (no-break spaces and hyphens), where its halves
    would swap sides ("(GPL-3.0-" / "or-later)")."""
    return ltr(name.replace(" ", "\u00a0").replace("-", "\u2011"))


class AboutDialog(QDialog):
    """Name, version, licences, and the versions of what the app runs on."""

    def __init__(self, database_label: str, dialect: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Diplomatic Timeline"))
        self.setMinimumWidth(520)

        icon = QLabel()
        icon.setObjectName("aboutIcon")
        icon.setPixmap(app_icon().pixmap(QSize(96, 96)))
        name = QLabel(self.tr("Diplomatic Timeline"))
        name.setFont(widget_font(20, bold=True))
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        description = QLabel(
            self.tr("A timeline of relations between states, in Arabic, English and French.")
        )
        licence = QLabel(
            self.tr("Licence: GNU General Public License, version 3 or later (%1)").replace(
                "%1", _name("GPL-3.0-or-later")
            )
        )
        fonts = QLabel(
            self.tr("Fonts: %1, %2, %3 — %4")
            .replace("%1", _name("Noto Sans"))
            .replace("%2", _name("Noto Sans Arabic"))
            .replace("%3", _name("Noto Sans Arabic UI"))
            .replace("%4", _name("SIL Open Font License 1.1"))
        )
        heading = QVBoxLayout()
        for label in (name, self.version, description, licence, fonts):
            wrap_lines(label)
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        database = self.tr("%1 (SQLite %2)") if dialect == "sqlite" else "%1"
        #: (label, value) in display order; ``details_text`` copies the same lines.
        self.details: list[tuple[str, str]] = [
            (
                self.tr("Qt"),
                self.tr("Qt %1, PySide6 %2")
                .replace("%1", qVersion())
                .replace("%2", PySide6.__version__),
            ),
            (self.tr("Python"), platform.python_version()),
            (self.tr("SQLAlchemy"), toolkit_version()),
            (
                self.tr("Database"),
                database.replace("%1", dialect).replace("%2", sqlite3.sqlite_version),
            ),
            (self.tr("Opened"), label_of(database_label)),
        ]
        form = QFormLayout()
        for text, value in self.details:
            shown = QLabel()
            # Versions and paths are data, never markup; selectable for copying by hand, so
            # left to right by their paragraph (a path may start with Arabic letters).
            show_left_to_right(shown, value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            wrap_lines(shown)
            form.addRow(text, shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        keep_wrapped_lines_whole(self)

    def details_text(self) -> str:
        """The version lines, for a support request."""
        lines = [f"{self.tr('Diplomatic Timeline')} {__version__}"]
        lines += [f"{text}: {value}" for text, value in self.details]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
