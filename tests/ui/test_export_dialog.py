"""File > Export… and File > Print…, driven by calling the dialog's methods (no modal loops)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from alt_keys import alt_key_problems
from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.domain.filters import EventFilter
from timeline.domain.messages import message
from timeline.domain.period import Period
from timeline.domain.view_state import LaneMode, ViewState
from timeline.export.briefing_export import plan_briefing, print_briefing
from timeline.export.page_setup import PageSetup
from timeline.io.atomic import ExportError
from timeline.store.errors import StoreError
from timeline.ui import export_dialog, window_size
from timeline.ui.app import application
from timeline.ui.export_dialog import ExportDialog, preview_dialog, run_export
from timeline.ui.fitting_line_edit import text_width

MARCH = Period(date(2025, 3, 1).toordinal(), date(2025, 4, 1).toordinal())
ENGLISH = DateFormat(language="en", style=DateStyle.MAGHREB)


@pytest.fixture
def dialog(qtbot, sample_store, pair_request) -> ExportDialog:
    dialog = ExportDialog(None, sample_store, pair_request("ar"), MARCH)
    qtbot.addWidget(dialog)
    return dialog


def test_the_title_is_a_sentence_in_the_documents_language(dialog):
    assert dialog.title.text() == "العلاقات بين المغرب وكازاخستان: التسلسل الزمني"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.title.text() == "Morocco – Kazakhstan: timeline of relations"
    dialog.title.setText("Briefing for the minister")
    dialog.title.textEdited.emit("Briefing for the minister")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.title.text() == "Briefing for the minister"  # the user's title stays


def test_a_title_longer_than_its_field_shows_its_beginning(
    qtbot, sample_store, pair_request, monkeypatch, no_translation_after
):
    """An English dialog's French title, longer than the field (on a screen too narrow for
    it), showed its end, its first letter out of sight: "laroc – Kazakhstan : chronologie
    des relations"."""
    application("en")
    dialog = ExportDialog(None, sample_store, pair_request("en"), MARCH)
    qtbot.addWidget(dialog)
    dialog.show()
    narrow = dialog.minimumSizeHint()
    monkeypatch.setattr(window_size, "screen_room", lambda window: narrow)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    field = dialog.title
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()
    assert field.cursorRect().center().x() < field.width() // 4


@pytest.mark.parametrize("opened_in", ["en", "fr", "ar"])
def test_the_title_field_shows_the_whole_default_title_where_the_screen_has_room(
    qtbot, sample_store, pair_request, no_translation_after, opened_in
):
    """An English dialog exporting in French cut its title at "…chronologie des relation":
    the field was as wide as the other rows made it. It asks for its title's width (on a
    screen too narrow, see test_a_title_longer_than_its_field_shows_its_beginning)."""
    application(opened_in)
    dialog = ExportDialog(None, sample_store, pair_request(opened_in), MARCH)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.title
    for language in ("fr", "ar", "en"):
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        assert field.width() >= text_width(field, field.text()), language


@pytest.mark.parametrize("opened_in", ["fr", "en"])
def test_the_events_lacking_the_documents_language_leave_the_buttons_on_a_low_screen(
    qtbot, sample_store, pair_request, monkeypatch, opened_in
):
    """The note naming the events printed in another language made the dialog 516 pixels
    high at the least: at 800×500 a French briefing of 10,000 events had its Export button
    under the screen's foot. The names scroll where the screen is too low for them."""
    for event in sample_store.find():
        sample_store.update(replace(event, title_fr=""))
    room = QSize(800, 460)
    monkeypatch.setattr(window_size, "screen_room", lambda window: room)
    dialog = ExportDialog(None, sample_store, pair_request(opened_in), MARCH)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.lacking.isVisibleTo(dialog)
    assert dialog.height() <= room.height()
    monkeypatch.setattr(window_size, "screen_room", lambda window: QSize(800, 800))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.height() == dialog.sizeHint().height() > room.height()  # every name shown


def test_a_document_language_with_every_name_leaves_no_gap_over_the_buttons(
    qtbot, sample_store, pair_request
):
    """Exporting in French named the events printed as stored; back in English, with no
    name, the dialog stayed as high as the note made it at the least (444 pixels where 402
    suffice), an empty band over Export and Cancel."""
    for event in sample_store.find():
        sample_store.update(replace(event, title_fr=""))
    dialog = ExportDialog(None, sample_store, pair_request("en"), MARCH)
    qtbot.addWidget(dialog)
    dialog.show()
    opened = dialog.height()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.height() > opened
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.lacking.isVisibleTo(dialog)
    assert dialog.height() == opened


def test_a_dialog_grown_by_the_note_near_the_screens_foot_keeps_its_buttons_on_it(
    qtbot, sample_store, pair_request
):
    """Placed for its opening height near the foot of the screen, the dialog grew by the
    note naming the events printed as stored and had Export and Cancel under the foot. It
    moves up as far as it must."""
    for event in sample_store.find():
        sample_store.update(replace(event, title_fr=""))
    dialog = ExportDialog(None, sample_store, pair_request("en"), MARCH)
    qtbot.addWidget(dialog)
    dialog.show()
    room = window_size.screen_of(dialog).availableGeometry()
    dialog.move(room.left() + 10, room.bottom() - dialog.frameGeometry().height() - 5)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.lacking.isVisibleTo(dialog)
    assert room.contains(dialog.frameGeometry())
    assert dialog.frameGeometry().left() == room.left() + 10  # moved up, not aside


@pytest.mark.parametrize("printing", [False, True], ids=["export", "print"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_field_and_button_has_an_alt_key_of_its_own(
    qtbot, sample_store, pair_request, no_translation_after, language, printing
):
    """Unlike the editor's and the connection's, no label of the export had an underlined
    letter: the title or the handling marking was reached only by tabbing through every
    field before it. Cancel has Escape."""
    application(language)
    dialog = ExportDialog(None, sample_store, pair_request(language), MARCH, printing=printing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not alt_key_problems(dialog)


def test_the_language_defaults_to_the_windows(qtbot, sample_store, pair_request):
    dialog = ExportDialog(None, sample_store, pair_request("fr"), None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "fr"
    # No current view to offer: the whole filtered period.
    assert not dialog.what.isEnabled()
    assert dialog.request().view.period is None


def test_the_request_follows_the_choices(dialog, tmp_path):
    dialog.what.setCurrentIndex(dialog.what.findData("view"))
    dialog.page.setCurrentText("A3")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(False))
    dialog.wide.setChecked(True)
    dialog.pages_wide.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.marking.setText(" Restricted ")
    dialog.table.setCurrentIndex(dialog.table.findData("none"))
    request = dialog.request()
    assert request.marking == "Restricted" and request.table == "none"
    assert request.view.period == MARCH
    assert request.page == PageSetup("A3", landscape=False)
    assert request.pages_wide == 3
    assert request.view.fmt.language == "en" and request.view.fmt.style is DateStyle.MAGHREB
    dialog.what.setCurrentIndex(dialog.what.findData("whole"))
    dialog.fit.setChecked(True)
    assert dialog.request().view.period is None and dialog.request().pages_wide == 1


def test_tab_reaches_the_chosen_way_to_lay_out_the_timeline(dialog, qtbot):
    """With "Pages wide" chosen, Tab stopped on "Fit on one page" and went on past the
    chosen one to the number of pages."""
    dialog.wide.setChecked(True)
    dialog.show()
    dialog.activateWindow()
    dialog.orientation.setFocus()
    qtbot.waitUntil(lambda: dialog.orientation.hasFocus())
    qtbot.keyClick(dialog.orientation, Qt.Key.Key_Tab)
    assert dialog.wide.hasFocus()
    qtbot.keyClick(dialog.wide, Qt.Key.Key_Tab)
    assert dialog.pages_wide.hasFocus() or dialog.pages_wide.isAncestorOf(
        QApplication.focusWidget()
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.wide.hasFocus()


def test_the_file_takes_the_formats_suffix(dialog, tmp_path):
    assert not dialog.dpi.isEnabled()
    dialog.file.setText(str(tmp_path / "briefing.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert dialog.dpi.isEnabled() and not dialog.pages_wide.isEnabled()
    assert dialog.marking.isEnabled()  # a picture is marked too
    assert dialog.file.text() == str(tmp_path / "briefing.png")
    dialog.file.setText(str(tmp_path / "timeline"))
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    assert dialog.path() == tmp_path / "timeline.svg"


@pytest.mark.parametrize(
    ("typed", "as_png", "as_pdf"),
    [
        ("Morocco v1.2 timeline", "Morocco v1.2 timeline.png", "Morocco v1.2 timeline.pdf"),
        ("briefing 2025.06.01", "briefing 2025.06.01.png", "briefing 2025.06.01.pdf"),
        ("briefing 2025.06.01.SVG", "briefing 2025.06.01.png", "briefing 2025.06.01.pdf"),
        ("report.", "report.png", "report.pdf"),
        ("report..", "report.png", "report.pdf"),
        ("report.svg.", "report.png", "report.pdf"),
    ],
)
def test_a_name_with_dots_keeps_them_all(dialog, tmp_path, typed, as_png, as_pdf):
    """A name with a dot in it lost what followed the dot: "Morocco v1.2 timeline" was
    written as "Morocco v1.pdf", and choosing PNG made "briefing 2025.06.01" read
    "briefing 2025.06.png". Only a format's own suffix is put in place of; a dot typed at
    the end, the suffix not yet typed after it, is the suffix's ("report..png" before)."""
    dialog.file.setText(str(tmp_path / typed))
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert dialog.file.text() == str(tmp_path / as_png)
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert dialog.path() == tmp_path / as_pdf


def test_printing_asks_no_file_and_no_paper(qtbot, sample_store, pair_request):
    dialog = ExportDialog(None, sample_store, pair_request("en"), MARCH, printing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.file.isVisible() and not dialog.page.isVisible()
    assert dialog.title.isVisible() and dialog.pages_wide.isVisibleTo(dialog)
    assert dialog.marking.isVisible() and dialog.table.isVisible()
    assert dialog.orientation.isVisible()
    dialog.close()


def test_export_writes_the_file_under_a_progress_dialog(
    qtbot, sample_store, pair_request, tmp_path
):
    path = tmp_path / "briefing.pdf"
    exported = run_export(None, sample_store, path, pair_request("en"), reader=ENGLISH)
    assert exported is not None and exported.events == 6 and exported.pages == 2
    assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("reader", "shown"),
    [(DateFormat("ar", DateStyle.EGYPT), "٣٧٪"), (DateFormat("ar"), "37%"), (ENGLISH, "37%")],
)
def test_the_progress_dialog_counts_in_the_readers_digits_under_its_windows_title(
    qtbot, reader, shown
):
    """An Egyptian window's progress read "37%" under "١٢٬٣٤٥" rows, and had no title."""
    from PySide6.QtWidgets import QProgressBar, QWidget

    from timeline.ui.work_progress import progress_dialog

    window = QWidget()
    window.setWindowTitle("Diplomatic Timeline")
    qtbot.addWidget(window)
    with progress_dialog(window, "Exporting…", "Cancel", reader) as report:
        report(37, 100)
        (dialog,) = window.findChildren(QProgressDialog)
        assert without_direction_marks(dialog.findChild(QProgressBar).text()) == shown
        assert dialog.windowTitle() == "Diplomatic Timeline"


def test_cancel_in_the_progress_dialog_writes_nothing(
    qtbot, sample_store, pair_request, tmp_path, monkeypatch
):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    path = tmp_path / "briefing.pdf"
    path.write_bytes(b"yesterday's")
    assert run_export(None, sample_store, path, pair_request("en"), reader=ENGLISH) is None
    assert path.read_bytes() == b"yesterday's"
    assert sorted(p.name for p in tmp_path.iterdir() if "briefing" in p.name) == ["briefing.pdf"]


def test_a_failed_export_says_why(qtbot, sample_store, pair_request, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    path = tmp_path / "missing" / "briefing.pdf"
    assert run_export(None, sample_store, path, pair_request("en"), reader=ENGLISH) is None
    assert len(shown) == 1 and "does not exist" in shown[0]


def test_a_failed_export_is_said_in_the_readers_digits(
    qtbot, sample_store, pair_request, tmp_path, monkeypatch
):
    """The window's reader (Egyptian: Arabic-Indic digits), not the document's format."""

    def refused(*_args):
        raise ExportError(message("store.truncated_to", size=4096), about="")

    monkeypatch.setattr(export_dialog, "export_file", refused)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    reader = DateFormat("ar", DateStyle.EGYPT)
    path = tmp_path / "briefing.pdf"
    assert run_export(None, sample_store, path, pair_request("en"), reader=reader) is None
    assert len(shown) == 1 and "٤٠٩٦" in shown[0] and "4096" not in shown[0]


def test_a_store_that_fails_while_read_is_said_not_raised(
    qtbot, sample_store, pair_request, tmp_path, monkeypatch
):
    """The briefing reads its events as it lays them out: a server gone away then is said
    in a message box, as the export of events says it."""

    def gone(*_args):
        raise StoreError(message("store.event_changed", event=12, version=3, expected=2))

    monkeypatch.setattr(export_dialog, "export_file", gone)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    path = tmp_path / "briefing.pdf"
    assert run_export(None, sample_store, path, pair_request("en"), reader=ENGLISH) is None
    assert [without_direction_marks(text) for text in shown] == [
        "event 12 is at version 3, not 2; nothing written"
    ]


def test_export_interactively(qtbot, sample_store, tmp_path, monkeypatch):
    def choose(self: ExportDialog) -> int:
        self.format.setCurrentIndex(self.format.findData(".svg"))
        self.file.setText(str(tmp_path / "view"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    fmt = DateFormat(language="en", style=DateStyle.MAGHREB)
    state = ViewState(EventFilter.pair("MA", "KZ"), fmt, ("KZ", "MA"), LaneMode.KIND, False, MARCH)
    requests = []
    readers = []
    original = export_dialog.run_export

    def spy(parent, store, path, request, *, reader):
        requests.append(request)
        readers.append(reader)
        return original(parent, store, path, request, reader=reader)

    monkeypatch.setattr(export_dialog, "run_export", spy)
    done = export_dialog.export_interactively(None, sample_store, state, date(2025, 3, 1))
    assert done is not None
    written, exported = done
    assert written == tmp_path / "view.svg" and written.exists() and exported.pages == 0
    # The window's state is what is exported: lanes, Hijri tier, order and the view on screen.
    assert [request.view for request in requests] == [state]
    assert requests[0].generated == date(2025, 3, 1)  # the window's today
    assert readers == [fmt]  # a failure would be said in the window's words


def test_printing_paints_the_same_pages(qtbot, sample_store, pair_request, poppler, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(PageSetup("Letter").page_layout())
    request = pair_request("en", pages_wide=2)
    assert print_briefing(sample_store, printer, request)
    planned = plan_briefing(sample_store, request, printer.pageLayout()).page_count
    assert poppler.page_count(tmp_path / "printed.pdf") == planned >= 2
    assert f"Page {planned} of {planned}" in poppler.text(tmp_path / "printed.pdf")


def test_the_print_preview_paints_the_briefing(qtbot, sample_store, pair_request, count_calls):
    painted = count_calls(export_dialog, "print_briefing")
    preview = preview_dialog(None, sample_store, pair_request("ar"))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: bool(painted))
    preview.close()


def test_the_print_preview_opens_with_its_print_button_in_sight(qtbot, sample_store, pair_request):
    """At Qt's two thirds of a small screen the preview's toolbar hid Print (and Page
    setup) behind its "»" overflow: it opens on most of the screen, every button shown."""
    from PySide6.QtWidgets import QToolBar

    preview = preview_dialog(None, sample_store, pair_request("en"))
    qtbot.addWidget(preview)
    preview.show()
    screen = preview.screen().availableGeometry()
    assert preview.width() >= 0.85 * screen.width()
    (toolbar,) = preview.findChildren(QToolBar)
    hidden = [
        action.text()
        for action in toolbar.actions()
        if action.text() and not action.isSeparator()
        and not toolbar.widgetForAction(action).isVisible()
    ]  # fmt: skip
    assert not hidden
    preview.close()


def test_the_dialog_says_when_fewer_pages_wide_will_be_used(qtbot, sample_store, pair_request):
    """Morocco and Kazakhstan two pages wide on A4 landscape: the briefing takes one, every
    event shown as well on fewer pages (see Briefing._pages_wide_needed). The dialog says so
    under the field before the export, three wide too (a visit alone on a part's page);
    on portrait paper (two parts filling their pages) it says nothing."""
    dialog = ExportDialog(None, sample_store, pair_request("en"), MARCH)
    qtbot.addWidget(dialog)
    dialog.what.setCurrentIndex(dialog.what.findData("whole"))
    assert not dialog.pages_used.isVisibleTo(dialog)  # one page asked
    dialog.wide.setChecked(True)
    assert dialog.pages_used.isVisibleTo(dialog)
    assert dialog.pages_used.text() == (
        "1 page wide will be used: every event shows as well as on 2."
    )
    dialog.pages_wide.setValue(3)
    assert dialog.pages_used.text() == (
        "1 page wide will be used: every event shows as well as on 3."
    )
    dialog.pages_wide.setValue(2)
    assert dialog.pages_used.isVisibleTo(dialog)
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(False))
    assert not dialog.pages_used.isVisibleTo(dialog)
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(True))
    assert dialog.pages_used.isVisibleTo(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))  # one page: no pages wide
    assert not dialog.pages_used.isVisibleTo(dialog)


def test_the_pages_wide_used_are_said_in_the_readers_language_and_digits(
    qtbot, sample_store, pair_request, no_translation_after
):
    """An Egyptian reader exporting an English briefing: the line is the dialog's, in
    Arabic and Arabic-Indic digits, its count of pages in the form Arabic asks for."""
    from timeline.ui.app import application

    application("ar")
    request = pair_request("ar")
    egypt = DateFormat(language="ar", style=DateStyle.EGYPT)
    request = replace(request, view=replace(request.view, fmt=egypt))
    dialog = ExportDialog(None, sample_store, request, None)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # the document's
    dialog.wide.setChecked(True)
    assert dialog.pages_used.text() == "ستُستخدم صفحة واحدة عرضًا فقط: يظهر كل حدث كما في عرض ٢."
