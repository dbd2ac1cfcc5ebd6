"""File > Export the timeline… and File > Print…: the briefing, its timeline as PNG or SVG,
or on paper.

One dialog asks what (the current view or the whole filtered period), how (format, paper,
orientation, pages wide, resolution, the table), in which language (the document's, which
need not be the window's), under which title (a sentence naming the countries until the
user types another) and handling marking — the options of the command line's export. The
export runs under a progress dialog that can cancel; printing goes through a print preview.
Both paint with :mod:`timeline.export.briefing`, the code the command line uses.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import ltr
from timeline.domain.languages import OWN_NAMES
from timeline.domain.period import Period
from timeline.domain.plurals import count_words
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import (
    Exported,
    ExportRequest,
    default_title,
    export_file,
    pages_wide_used,
    print_briefing,
)
from timeline.export.briefing_formats import (
    DPI_RANGE,
    FORMATS,
    MAX_PAGES_WIDE,
    PAGE_NAMES,
    SUMMARY_ABOVE,
)
from timeline.export.briefing_names import lacking_language, named
from timeline.export.page_setup import PageSetup
from timeline.io.atomic import ExportError
from timeline.io.progress import ExportCancelled
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.ui.editor_support import buddy_label
from timeline.ui.error_words import said
from timeline.ui.file_dialogs import ending_in, save_file_name
from timeline.ui.fitting_line_edit import WholeLineEdit
from timeline.ui.print_preview import ReaderNumbers, mirror_page_arrows
from timeline.ui.radio_choice import tab_to_the_chosen
from timeline.ui.translations import numbers_locale
from timeline.ui.window_size import WholeScrollArea, fit_on_screen, screen_of
from timeline.ui.work_progress import progress_dialog
from timeline.ui.wrapped_label import wrap_lines

#: The progress dialog appears only for exports that last longer than this.
#: Printers get the drawing as vectors; this only sets how finely positions are given.
PRINT_DPI = 600
#: How much of its screen the print preview takes.
PREVIEW_SHARE = 0.9
#: The print preview's lowest height, a page readable under its toolbar, and what its
#: layout leaves either side of the toolbar.
PREVIEW_LOWEST = 400
PREVIEW_MARGIN = 12


class ExportDialog(QDialog):
    """The export's options; :meth:`request` and :meth:`path` read them.

    With ``printing`` the file, format, paper and resolution are left out: the print
    preview chooses the paper.
    """

    def __init__(
        self,
        parent: QWidget | None,
        store: EventStore,
        request: ExportRequest,
        current_period: Period | None,
        printing: bool = False,
    ) -> None:
        """``request`` holds the window's view state, its period the whole filtered one;
        ``current_period`` is the one on screen, if any."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Print") if printing else self.tr("Export"))
        self._store = store
        self._base = request
        self._current_period = current_period
        self._printing = printing
        self._titled_by_user = False

        self.what = QComboBox()
        self.what.addItem(self.tr("The current view"), "view")
        self.what.addItem(self.tr("The whole filtered period"), "whole")
        self.what.setEnabled(current_period is not None)
        self.what.setCurrentIndex(0 if current_period is not None else 1)
        self.format = QComboBox()
        for suffix in FORMATS:
            self.format.addItem(suffix[1:].upper(), suffix)
        self.page = QComboBox()
        # A4 and A3 are named so in every language; Letter is the reader's word for it.
        page_names = {"Letter": self.tr("Letter", "the paper size")}
        for name in PAGE_NAMES:
            self.page.addItem(page_names.get(name, name), name)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.fit = QRadioButton(self.tr("Fit on o&ne page"))
        self.wide = QRadioButton(self.tr("Pages wi&de:"))
        self.fit.setChecked(True)
        tab_to_the_chosen(self.fit, self.wide)
        self.pages_wide = QSpinBox()
        self.pages_wide.setRange(2, MAX_PAGES_WIDE)
        self.pages_wide.setValue(2)
        self.dpi = QSpinBox()
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setValue(request.dpi)
        self.dpi.setSuffix(self.tr(" dpi"))
        for spin in (self.pages_wide, self.dpi):  # the reader's digits, typed in either
            spin.setLocale(numbers_locale(request.view.fmt))
        self.language = QComboBox()
        for code, name in OWN_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(OWN_NAMES).index(request.view.fmt.language))
        # As wide as its title where the screen has room: an English dialog exporting in
        # French cut "Maroc – Kazakhstan : chronologie des relations" at "…des relation".
        self.title = WholeLineEdit()
        self.title.setObjectName("exportTitle")
        self.marking = QLineEdit(request.marking)
        self.marking.setObjectName("exportMarking")
        self.marking.setPlaceholderText(self.tr("None (e.g. Restricted)"))
        self.table = QComboBox()
        self.table.addItem(self.tr("Every event, grouped by period above %1").replace(
            "%1", request.view.fmt.number(SUMMARY_ABOVE)), "auto")  # fmt: skip
        self.table.addItem(self.tr("Every event"), "all")
        self.table.addItem(self.tr("Counts by year, month or day"), "summary")
        self.table.addItem(self.tr("No table"), "none")
        self.table.setCurrentIndex(max(0, self.table.findData(request.table)))
        self.file = QLineEdit()
        self.file.setObjectName("exportFile")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)

        pages = QHBoxLayout()
        pages.addWidget(self.fit)
        pages.addWidget(self.wide)
        pages.addWidget(self.pages_wide)
        # Under the field: fewer pages wide than asked, where the briefing will take fewer.
        self.pages_used = QLabel()
        self.pages_used.setObjectName("pagesWideUsed")
        self.pages_used.setTextFormat(Qt.TextFormat.PlainText)
        wrap_lines(self.pages_used)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Page size:"), self.page)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(self.tr("Timeline:"), pages)
        form.addRow(self.pages_used)  # the whole width, under the field
        self._form = form
        form.addRow(self.tr("PNG &resolution:"), self.dpi)
        form.addRow(self.tr("&Language of the document:"), self.language)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Handling &marking:"), self.marking)
        form.addRow(self.tr("T&able:"), self.table)
        # A row of two widgets: Alt+I goes to the name.
        form.addRow(buddy_label(self.tr("F&ile:"), self.file), where)
        for row in (self.format, self.page, self.dpi, where):
            form.setRowVisible(row, not printing)  # the print preview chooses the paper
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Print…") if printing else self.tr("&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.lacking = QLabel()  # which events print a name in another language
        self.lacking.setObjectName("lackingNames")
        self.lacking.setTextFormat(Qt.TextFormat.PlainText)
        wrap_lines(self.lacking)
        # On a screen too low for the names, they scroll and the buttons stay on it: at
        # 800×500 a French briefing of 10,000 events named five in a dialog 516 pixels high,
        # which could be made no lower, its Export button under the screen's foot.
        self._lacking_area = WholeScrollArea(self.lacking, self)
        lines = 2 * self.lacking.fontMetrics().lineSpacing()  # its sentence and a name
        self._lacking_area.setMinimumHeight(lines + self.lacking.contentsMargins().top())
        layout.addWidget(self._lacking_area)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._retitle)
        self.title.textEdited.connect(self._title_edited)
        self.format.currentIndexChanged.connect(self._update_enabled)
        self.fit.toggled.connect(self._update_enabled)
        for combo in (self.what, self.page, self.orientation, self.table, self.language):
            combo.currentIndexChanged.connect(self._say_pages_used)
        self.pages_wide.valueChanged.connect(self._say_pages_used)
        self._retitle()
        self._update_enabled()
        fit_on_screen(self)

    def _title_edited(self) -> None:
        self._titled_by_user = bool(self.title.text().strip())

    def _retitle(self) -> None:
        """The default title in the document's language, until the user writes one; and
        which events lack that language's form of a title, a place or a name."""
        language = self.language.currentData()
        lacking = lacking_language(self._store, self._base.view.event_filter, language)
        note = self.tr("Titles or names printed as stored (no form in this language) in: %1")
        text = named(self._store, lacking, language, self._base.view.fmt) if lacking else ""
        self.lacking.setText(note.replace("%1", "\n" + text) if lacking else "")
        self._lacking_area.setVisible(bool(lacking))
        if not self._titled_by_user:
            view = replace(self._base.view, fmt=self.document_format())
            self.title.setText(default_title(replace(self._base, view=view)))
            self.title.updateGeometry()  # as wide as the title asks: the form asked again
            self._form.invalidate()
            # Its beginning in sight, not its end: a French title in an English dialog read
            # "laroc – Kazakhstan : chronologie des relations".
            self.title.home(False)
        if self.isVisible():  # as high as the names need, as wide as the title, on the screen
            # The layout's minimum, which the dialog cannot be made under, without the names
            # now hidden: still theirs, it kept an empty band over the buttons.
            layout = self.layout()
            assert layout is not None, "a dialog laid out by a layout"
            layout.activate()
            fit_on_screen(self)

    def _update_enabled(self) -> None:
        suffix = self.format.currentData()
        paged = suffix == ".pdf"
        self.dpi.setEnabled(suffix == ".png")
        for widget in (self.table, self.fit, self.wide):  # a picture is marked too
            widget.setEnabled(paged or self._printing)
        self.pages_wide.setEnabled(self.wide.isChecked() and self.wide.isEnabled())
        file = self.file.text().strip()
        if file:
            self.file.setText(str(in_format(file, suffix)))
        self._say_pages_used()

    def _say_pages_used(self) -> None:
        """Under the pages wide asked, how many the briefing will take where it takes
        fewer (a thin selection, or a part with no event of its own), in the reader's
        language and digits, before the export; nothing where it takes those asked."""
        if not self.pages_wide.isEnabled():
            self._show_pages_used(False)
            return
        request = self.request()
        used = pages_wide_used(self._store, request)
        fmt = self._base.view.fmt  # the window's reader, who reads the dialog
        if used < request.pages_wide:
            words = count_words(used, fmt.language, "page", fmt.number(used))
            note = self.tr("%1 wide will be used: every event shows as well as on %2.")
            self.pages_used.setText(
                note.replace("%1", words).replace("%2", fmt.number(request.pages_wide))
            )
        self._show_pages_used(used < request.pages_wide)

    def _show_pages_used(self, shown: bool) -> None:
        """The line and its row (no gap in the form where it is hidden)."""
        self._form.setRowVisible(self.pages_used, shown)
        self.pages_used.setVisible(shown)

    def document_format(self) -> DateFormat:
        return replace(self._base.view.fmt, language=self.language.currentData())

    def browse(self) -> None:
        suffix = self.format.currentData()
        name, _ = save_file_name(
            self,
            self.tr("Export"),
            self.file.text() or str(Path.home() / f"briefing{suffix}"),
            f"{self.format.currentText()} (*{suffix})",
            self._base.view.fmt,  # the window's reader (the document's may differ)
        )
        if name:
            self.file.setText(str(in_format(name, suffix)))

    def path(self) -> Path:
        """The chosen file, with the chosen format's suffix."""
        return in_format(self.file.text().strip(), self.format.currentData())

    def request(self) -> ExportRequest:
        current = self.what.currentData() == "view"
        view = replace(
            self._base.view,
            fmt=self.document_format(),
            period=self._current_period if current else None,
        )
        return replace(
            self._base,
            view=view,
            title=self.title.text().strip(),
            marking=self.marking.text().strip(),
            table=self.table.currentData(),
            page=PageSetup(self.page.currentData(), bool(self.orientation.currentData())),
            pages_wide=self.pages_wide.value() if self.wide.isChecked() else 1,
            dpi=self.dpi.value(),
        )

    def accept(self) -> None:
        if not self._printing and not self.file.text().strip():
            self.browse()
            if not self.file.text().strip():
                return
        super().accept()


def run_export(
    parent: QWidget | None,
    store: EventStore,
    path: Path,
    request: ExportRequest,
    *,
    reader: DateFormat,
) -> Exported | None:
    """Write the export under a progress dialog; how many events on how many pages it
    shows when the file was written, else None. A failure is shown in a message box in
    ``reader``'s language and digits (the window's, not the document's); a cancel leaves
    the file as it was, silently."""
    label = QApplication.translate("ExportDialog", "Exporting %1…").replace("%1", ltr(path.name))
    cancel = QApplication.translate("ExportDialog", "Cancel")
    try:
        with progress_dialog(parent, label, cancel, reader) as report:
            return export_file(store, path, request, report)
    except ExportCancelled:
        return None
    except (ExportError, StoreError) as error:  # a store gone away while it was read
        QMessageBox.warning(
            parent, QApplication.translate("ExportDialog", "Export"), said(error, reader)
        )
        return None


def in_format(name: str, suffix: str) -> Path:
    """``name`` ending in the format's ``suffix``: in place of a briefing format's suffix
    it ends in, else after the whole name (:func:`ending_in`)."""
    return ending_in(name, FORMATS, suffix).with_suffix(suffix)


def _request(state: ViewState, today: date) -> ExportRequest:
    """The window's state as an export starts from it: the whole filtered period, until the
    dialog is told the current view, prepared on the window's ``today``."""
    return ExportRequest(replace(state, period=None), generated=today)


def export_interactively(
    parent: QWidget | None, store: EventStore, state: ViewState, today: date
) -> tuple[Path, Exported] | None:
    """File > Export the timeline… (Ctrl+E) of what ``state`` shows, as of ``today``: the
    dialog, then the export; the file written and what it shows (as the command line says
    it: how many events, on how many pages), or None."""
    dialog = ExportDialog(parent, store, _request(state, today), state.period)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path = dialog.path()
    exported = run_export(parent, store, path, dialog.request(), reader=state.fmt)
    return None if exported is None else (path, exported)


def preview_dialog(
    parent: QWidget | None, store: EventStore, request: ExportRequest
) -> QPrintPreviewDialog:
    """A print preview of the briefing; it lays the briefing out again for whatever paper
    is chosen in it, and its Print button prints exactly what it shows."""
    preview = QPrintPreviewDialog(parent)  # it owns its printer, so it cannot outlive it
    printer = preview.printer()
    printer.setResolution(PRINT_DPI)
    printer.setPageLayout(request.page.page_layout())
    printer.setDocName(request.title or "Diplomatic Timeline")
    preview.paintRequested.connect(lambda device: print_briefing(store, device, request))
    ReaderNumbers(preview, request.view.fmt)  # its page counter and zoom: Qt's in Latin
    mirror_page_arrows(preview)
    # Most of the screen: at Qt's two thirds of 1024×700 its toolbar hid Print behind "»".
    screen = screen_of(parent) if parent is not None else QGuiApplication.primaryScreen()
    preview.resize(screen.availableGeometry().size() * PREVIEW_SHARE)
    # Never so small that its toolbar hides Print (its last button) or its page turns
    # behind "»", nor a page beneath it gone: it shrank to 70×109 pixels, a zoom button,
    # "»" and a sliver of page.
    toolbar = preview.findChild(QToolBar)
    assert toolbar is not None, "Qt's preview dialog changed"
    preview.setMinimumSize(toolbar.sizeHint().width() + 2 * PREVIEW_MARGIN, PREVIEW_LOWEST)
    return preview


def print_interactively(
    parent: QWidget | None, store: EventStore, state: ViewState, today: date
) -> None:
    """File > Print… (Ctrl+P) of what ``state`` shows, as of ``today``: what to print, then
    the print preview with its Print button."""
    dialog = ExportDialog(parent, store, _request(state, today), state.period, printing=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    preview = preview_dialog(parent, store, dialog.request())
    preview.exec()
    preview.deleteLater()
