"""The File menu's commands, and going to a date and the About box: the sample, a team
database, backups, import, export and printing.

A controller of the main window: it owns its actions and acts on the window through its public
methods (``use_store`` to switch databases).

Its strings are translated in the MainWindow context, named explicitly, where the
translators have always seen them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from timeline.domain.dateinput import parse_user_date
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import ltr, slashed
from timeline.domain.errors import ValidationError
from timeline.domain.languages import list_separator
from timeline.settings import Key, settings
from timeline.store.database import open_database
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.ui.about_dialog import AboutDialog
from timeline.ui.actions import ActionSpec, make_actions, retranslate
from timeline.ui.connect_dialog import ConnectDialog
from timeline.ui.data_export import ask_path, export_events
from timeline.ui.file_dialogs import ending_in, open_file_name, save_file_name
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.restore_dialog import RestoreDialog

#: How long the status bar says what an import did: longer than an export's line, it is
#: read when the dialog has closed.
IMPORT_SAID_MS = 15_000

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline.ui.main_window import MainWindow

# lupdate reads translate("Context", "text") calls; Qt looks them up under MainWindow.
translate = QCoreApplication.translate

ACTIONS = (
    ActionSpec("openSample", QT_TRANSLATE_NOOP("MainWindow", "Open the &sample timeline")),
    ActionSpec("connectTeam", QT_TRANSLATE_NOOP("MainWindow", "&Connect to a team database…")),
    ActionSpec("import", QT_TRANSLATE_NOOP("MainWindow", "&Import events…"), "Ctrl+I"),
    ActionSpec("exportEvents", QT_TRANSLATE_NOOP("MainWindow", "Export e&vents…"), "Ctrl+Shift+E"),
    # "the timeline": beside "Export events…" (data), a briefing or a picture of it.
    ActionSpec("export", QT_TRANSLATE_NOOP("MainWindow", "&Export the timeline…"), "Ctrl+E"),
    ActionSpec("print", QT_TRANSLATE_NOOP("MainWindow", "&Print…"), QKeySequence.StandardKey.Print),
    ActionSpec("backup", QT_TRANSLATE_NOOP("MainWindow", "&Back up the database…"), "Ctrl+B"),
    ActionSpec("restoreBackup", QT_TRANSLATE_NOOP("MainWindow", "&Restore from backup…")),
    ActionSpec("goToDate", QT_TRANSLATE_NOOP("MainWindow", "&Go to date…"), "Ctrl+G"),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About")),
)


class FileController(QObject):
    """Opening, saving out and bringing in, from the File menu."""

    def __init__(
        self, window: MainWindow, open_sample: Callable[[], EventStore] | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._open_sample = open_sample
        self.actions = make_actions(
            self,
            ACTIONS,
            {
                "openSample": self.open_sample,
                "connectTeam": self.connect_team,
                "import": self.import_events,
                "exportEvents": self.export_events,
                "export": self.export_briefing,
                "print": self.print_briefing,
                "backup": self.backup,
                "restoreBackup": self.restore_backup,
                "goToDate": self.go_to_date,
                "about": self.about,
            }.__getitem__,
        )

    def retranslate(self) -> None:
        retranslate(self.actions, ACTIONS)

    def update_actions(self, writable: bool) -> None:
        self.actions["import"].setEnabled(writable)

    def open_sample(self) -> None:
        """Switch to the sample timeline in a temporary database (the user's stays as is)."""
        if self._open_sample is not None:
            self._window.use_store(self._open_sample(), temporary=True)

    def connect_team(self) -> None:
        """File > Connect to a team database…: this window moves to the shared server."""
        database = ConnectDialog.ask(self._window, self._window.state.fmt)
        if database is None:
            return
        previous = self._window.store.database
        self._window.use_store(EventStore(database), temporary=False)
        previous.close()

    def restore_backup(self) -> None:
        """File > Restore from backup…: the file is closed while it is swapped, then
        reopened whatever the answer."""
        window = self._window
        path = window.store.database.target.path
        if path is None or window.temporary:
            window.show_error(
                QCoreApplication.translate(
                    "MainWindow", "Only a database file on this computer has backups."
                )
            )
            return
        window.stop_watching()
        window.store.database.close()
        RestoreDialog(path, window, window.state.fmt).exec()
        try:
            store = EventStore(open_database(path))
        except StoreError as error:
            window.show_failure(error)
            window.close()
            return
        window.use_store(store, temporary=False)

    def import_events(self) -> None:
        """Ctrl+I: CSV, JSON, PLOVER, ICEWS or GDELT, previewed before anything is written.
        The file is asked for in the folder the last one came from (at first, the home
        folder: it opened in whatever folder the app was started from)."""
        remembered = settings()
        path = open_file_name(
            self._window,
            translate("MainWindow", "Import events"),
            str(remembered.value(Key.IMPORT_FOLDER, "") or Path.home()),
            QCoreApplication.translate(
                "MainWindow", "Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)"
            ),
            self._window.state.fmt,
        )
        if not path:
            return
        remembered.setValue(Key.IMPORT_FOLDER, str(Path(path).parent))
        window = self._window
        dialog = ImportDialog(window, window.store, Path(path), fmt=window.state.fmt)
        dialog.exec()
        if dialog.imported is not None:
            # The steps before it stay undoable: it only added events. Its dialog closed, it
            # says what it did, as an export does (the file by its name: the folder is the
            # one asked in).
            done = replace(dialog.imported, path=Path(path).name)
            said = translate("MainWindow", "Imported %1").replace(
                "%1", done.summary("added", window.state.fmt)
            )
            window.statusBar().showMessage(said, IMPORT_SAID_MS)
            window.reload(fit=True)

    def export_events(self) -> None:
        """Ctrl+Shift+E: the events the window shows (its filter, cancelled ones as shown)
        as data, in the folder the last export went to."""
        w = self._window
        remembered = settings()
        folder = Path(str(remembered.value(Key.EXPORT_FOLDER, "") or Path.home()))
        path = ask_path(w, folder, w.state.fmt)
        if path is None:
            return
        remembered.setValue(Key.EXPORT_FOLDER, str(path.parent))
        count = export_events(w, w.store, path, w.shown_filter(), reader=w.state.fmt)
        if count is not None:
            written = w.state.fmt.count(count, "event")
            message = translate("MainWindow", "Exported to %1: %2")
            w.statusBar().showMessage(message.replace("%2", written).replace("%1", ltr(path)), 8000)

    def export_briefing(self) -> None:
        """Ctrl+E: the filtered timeline as a PDF briefing, PNG or SVG."""
        w = self._window
        state = replace(w.state, event_filter=w.shown_filter())
        # The briefing's machinery (its layout, the PDF writer, pypdf) loads on the first
        # export or print, not at every start of the window: a quarter of a second.
        from timeline.ui.export_dialog import export_interactively

        done = export_interactively(w, w.store, state, w.today())
        if done is not None:
            # As the command line says it: a briefing of a thin selection takes fewer pages
            # wide than asked (its pages say so), and the count says how many in all.
            written, (events, pages) = done
            counts = [w.state.fmt.count(events, "event")]
            counts += [w.state.fmt.count(pages, "page")] if pages else []
            shown = list_separator(w.state.fmt.language).join(counts)
            message = translate("MainWindow", "Exported to %1: %2")
            w.statusBar().showMessage(
                message.replace("%2", shown).replace("%1", ltr(written)), 8000
            )

    def print_briefing(self) -> None:
        """Ctrl+P: the same pages as the PDF, through a print preview."""
        w = self._window
        state = replace(w.state, event_filter=w.shown_filter())
        from timeline.ui.export_dialog import print_interactively  # as export_briefing

        print_interactively(w, w.store, state, w.today())

    def backup(self) -> None:
        window = self._window
        if window.store.database.target.path is None:
            window.show_error(
                QCoreApplication.translate(
                    "MainWindow", "Back up a server database with the server's own tools."
                )
            )
            return
        path, _ = save_file_name(
            window,
            translate("MainWindow", "Back up the database"),
            "",
            translate("MainWindow", "SQLite database (*.sqlite3)"),
            window.state.fmt,
        )
        if not path:
            return
        try:
            written = window.store.database.backup(_with_suffix(path))
        except StoreError as error:
            window.show_failure(error)
            return
        window.statusBar().showMessage(
            translate("MainWindow", "Backed up to %1").replace("%1", ltr(written)),
            8000,
        )

    def go_to_date(self) -> None:
        """Ask for a date and show it; a date that cannot be read is said, then asked for
        again with what was typed, to be corrected (it was lost, to be typed afresh)."""
        fmt, text = self._window.state.fmt, ""
        while True:
            question = date_question(self._window, fmt)
            question.setTextValue(text)
            accepted = question.exec() == QInputDialog.DialogCode.Accepted
            text = question.textValue()
            question.deleteLater()
            if not accepted or not text.strip():
                return
            try:
                when = parse_user_date(text)
            except ValidationError as error:
                self._window.show_error(error.in_language(fmt.language, digits=fmt.digits))
                continue
            self._window.timeline.go_to(when.earliest())
            return

    def about(self) -> None:
        window = self._window
        database = window.store.database
        label = (
            translate("MainWindow", "Sample timeline (not saved)")
            if window.temporary
            else database.target.label
        )
        AboutDialog(label, database.engine.dialect.name, window).exec()


def date_question(parent: QWidget | None, fmt: DateFormat) -> QInputDialog:
    """Go to date's question, its examples in the reader's digits, each read left to right:
    in an Arabic sentence, "2025-03-19" showed as "19-03-2025" (its numbers, taken for
    Arabic ones, ordered right to left). In Arabic-Indic digits, written with slashes as such
    a reader types a day (:func:`slashed`): "٢٠٢٥-٠٣-١٩" showed as "١٩-٠٣-٢٠٢٥", even alone."""
    question = QInputDialog(parent)
    question.setWindowTitle(translate("MainWindow", "Go to date"))
    label = QCoreApplication.translate("MainWindow", "Date (%1, %2, %3, or Hijri %4 AH):")
    for number, example in enumerate(("2025-03-19", "2025-03", "2025", "1446-09-19"), start=1):
        label = label.replace(f"%{number}", ltr(slashed(fmt.digits(example))))
    question.setLabelText(label)
    return question


#: The names a timeline database's file ends in, as the open dialog lists them ("Timeline
#: databases (*.sqlite3 *.db)"): any other gets ".sqlite3" after it.
DATABASE_SUFFIXES = (".sqlite3", ".db")


def _with_suffix(path: str) -> Path:
    """The backup's file: ".sqlite3" after a name that ends in no database's suffix
    (:func:`ending_in`: "Morocco v1.2" was written as "Morocco v1.2", which the open
    dialog, listing databases, did not show)."""
    return ending_in(path, DATABASE_SUFFIXES, ".sqlite3")
