"""The main window's file commands: the sample, a team database, backups, import, export,
printing, going to a date and the About box.

Mixed into MainWindow, whose store, filter and views they use.

Their strings are translated in the MainWindow context, named explicitly: ``self.tr`` here
would give lupdate this class's name and Qt, at run time, the window's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
)

from timeline.domain.dateinput import parse_user_date
from timeline.domain.errors import ValidationError
from timeline.store.database import open_database
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.ui.about_dialog import AboutDialog
from timeline.ui.connect_dialog import ConnectDialog
from timeline.ui.export_dialog import export_interactively, print_interactively
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.restore_dialog import RestoreDialog

# lupdate reads translate("Context", "text") calls; Qt looks them up under MainWindow.
translate = QCoreApplication.translate


class FileCommands:
    """Opening, saving out and bringing in, from the File menu."""

    def open_sample(self) -> None:
        """Switch to the sample timeline in a temporary database (the user's stays as is)."""
        if self._open_sample is None:
            return
        self.store = self._open_sample()
        self._temporary = True
        self._watch_store()
        self.undo_stack.clear()
        self._update_title()
        self.reload(fit=True)

    def connect_team(self) -> None:
        """File > Connect to a team database…: this window moves to the shared server."""
        database = ConnectDialog.ask(self)
        if database is None:
            return
        previous, self.store = self.store.database, EventStore(database)
        self._temporary = False
        self.undo_stack.clear()
        self._watch_store()
        previous.close()
        self._update_title()
        self.reload(fit=True)

    def restore_backup(self) -> None:
        """File > Restore from backup…: the file is closed while it is swapped, then
        reopened whatever the answer."""
        path = self.store.database.target.path
        if path is None or self._temporary:
            self._show_error(
                QCoreApplication.translate(
                    "MainWindow", "Only a database file on this computer has backups."
                )
            )
            return
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        self.store.database.close()
        RestoreDialog(path, self).exec()
        try:
            self.store = EventStore(open_database(path))
        except StoreError as error:
            self._show_error(str(error))
            self.close()
            return
        self.undo_stack.clear()
        self._watch_store()
        self._update_title()
        self.reload(fit=True)

    def import_events(self) -> None:
        """Ctrl+I: CSV, JSON, PLOVER, ICEWS or GDELT, previewed before anything is written."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Import events"),
            "",
            QCoreApplication.translate(
                "MainWindow", "Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)"
            ),
        )
        if not path:
            return
        dialog = ImportDialog(self, self.store, Path(path), fmt=self.fmt)
        dialog.exec()
        if dialog.imported is not None:
            self.undo_stack.clear()  # an import is undone by a backup, not step by step
            self.reload(fit=True)

    def export_briefing(self) -> None:
        """Ctrl+E: the filtered timeline as a PDF briefing, PNG or SVG."""
        written = export_interactively(
            self, self.store, self.event_filter, self.order, self.fmt,
            self.timeline.period, self.lane_mode, self.timeline.hijri_tier,
        )  # fmt: skip
        if written is not None:
            message = translate("MainWindow", "Exported to %1").replace("%1", str(written))
            self.statusBar().showMessage(message, 8000)

    def print_briefing(self) -> None:
        """Ctrl+P: the same pages as the PDF, through a print preview."""
        print_interactively(
            self, self.store, self.event_filter, self.order, self.fmt,
            self.timeline.period, self.lane_mode, self.timeline.hijri_tier,
        )  # fmt: skip

    def backup(self) -> None:
        if self.store.database.target.path is None:
            self._show_error(
                QCoreApplication.translate(
                    "MainWindow", "Back up a server database with the server's own tools."
                )
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Back up the database"),
            "",
            translate("MainWindow", "SQLite database (*.sqlite3)"),
        )
        if not path:
            return
        try:
            written = self.store.database.backup(_with_suffix(path))
        except StoreError as error:
            self._show_error(str(error))
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Backed up to %1").replace("%1", str(written)),
            8000,
        )

    def go_to_date(self) -> None:
        text, accepted = QInputDialog.getText(
            self,
            translate("MainWindow", "Go to date"),
            QCoreApplication.translate(
                "MainWindow", "Date (2025-03-19, 2025-03, 2025, or Hijri 1446-09-19 هـ):"
            ),
        )
        if not accepted or not text.strip():
            return
        try:
            when = parse_user_date(text)
        except ValidationError as error:
            self._show_error(error.in_language(self.fmt.language))
            return
        self.timeline.go_to(when.earliest())

    def about(self) -> None:
        database = self.store.database
        label = (
            translate("MainWindow", "Sample timeline (not saved)")
            if self._temporary
            else database.target.label
        )
        AboutDialog(label, database.engine.dialect.name, self).exec()


def _with_suffix(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".sqlite3")
