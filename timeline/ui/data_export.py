"""File > Export events…: the events the window shows, as our CSV or JSON or as PLOVER JSON
lines, for a researcher's spreadsheet, another database or a colleague's import.

The export reads and writes a page at a time (timeline.io.exporter) under a progress dialog
whose Cancel leaves any earlier file as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import ltr
from timeline.domain.filters import EventFilter
from timeline.io.atomic import ExportError
from timeline.io.exporter import export_store
from timeline.io.progress import ExportCancelled
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.ui.error_words import said
from timeline.ui.file_dialogs import ending_in, save_file_name
from timeline.ui.work_progress import progress_dialog

translate = QCoreApplication.translate

#: The formats offered, each with its suffix, in the order the file dialog lists them.
FORMATS = (
    (".csv", QT_TRANSLATE_NOOP("DataExport", "CSV table (*.csv)")),
    (".json", QT_TRANSLATE_NOOP("DataExport", "JSON (*.json)")),
    (".jsonl", QT_TRANSLATE_NOOP("DataExport", "PLOVER JSON lines (*.jsonl)")),
)


def ask_path(parent: QWidget | None, folder: Path, fmt: DateFormat) -> Path | None:
    """The file to write, its suffix the chosen format's when the name has none of ours;
    ``fmt``: the window's reader."""
    filters = [translate("DataExport", str(name)) for _, name in FORMATS]
    name, chosen = save_file_name(
        parent,
        translate("DataExport", "Export events"),
        str(folder / "events.csv"),
        ";;".join(filters),
        fmt,
    )
    if not name:
        return None
    suffixes = dict(zip(filters, (suffix for suffix, _ in FORMATS), strict=True))
    return ending_in(name, suffixes.values(), suffixes.get(chosen, ".csv"))


def export_events(
    parent: QWidget | None,
    store: EventStore,
    path: Path,
    event_filter: EventFilter,
    *,
    reader: DateFormat,
) -> int | None:
    """Write the events ``event_filter`` selects to ``path`` under a progress dialog; how
    many, or None when cancelled (silently) or failed (said in a message box, in
    ``reader``'s language and digits)."""
    # The progress dialog's words are the briefing export's (its context, translated once).
    label = translate("ExportDialog", "Exporting %1…").replace("%1", ltr(path.name))
    cancel = translate("ExportDialog", "Cancel")
    try:
        with progress_dialog(parent, label, cancel, reader) as report:
            return export_store(store, path, event_filter, report)
    except ExportCancelled:
        return None
    except (ExportError, StoreError) as error:
        QMessageBox.warning(parent, translate("DataExport", "Export events"), said(error, reader))
        return None
