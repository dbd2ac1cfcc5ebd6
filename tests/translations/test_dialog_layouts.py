"""Every dialog, and the main window, in English, French (its longer words) and Arabic
(mirrored), at the size it opens at and at its smallest: each widget it shows is placed by
its layout, none covers another, and no label or button shows its text cut.

A widget given the dialog as parent but added to no layout still shows, at the dialog's
top-left corner, over what the layout put there (the editor's agreement step once did). A
window made as small as Qt lets it be cut its wrapped labels' lines (ui.window_size).
Each window is opened as the app starts: its font, translated, mirrored in Arabic.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alt_keys import alt_keys
from layout_checks import cut_hints, cut_ink, cut_texts, describe, overlaps, strays
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTreeView,
    QWidget,
)
from visible_texts import foreign_words, visible_texts, without_data

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Event
from timeline.domain.languages import with_label
from timeline.domain.links import EventLink, LinkKind, link_label
from timeline.domain.messages import message
from timeline.domain.period import Period
from timeline.io.sample import open_sample_store
from timeline.store.backups import backup_sqlite_file, new_backup_path
from timeline.store.errors import LockedFileError, StoreError
from timeline.store.repository import EventStore
from timeline.ui.about_dialog import AboutDialog
from timeline.ui.agreement_dialog import AgreementDialog
from timeline.ui.app import application
from timeline.ui.conflict_dialog import ConflictDialog
from timeline.ui.connect_dialog import ConnectDialog
from timeline.ui.duplicate_dialog import DuplicateDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.export_dialog import ExportDialog, preview_dialog
from timeline.ui.extract_dialog import ExtractDialog
from timeline.ui.file_controller import date_question
from timeline.ui.file_dialogs import file_dialog
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.link_dialog import LinkDialog, UnlinkDialog, event_line
from timeline.ui.main_window import MainWindow
from timeline.ui.open_error_dialog import OpenErrorDialog
from timeline.ui.preferences import PreferencesDialog
from timeline.ui.restore_dialog import RestoreDialog

TESTS = Path(__file__).resolve().parent.parent
MARCH = Period(date(2025, 3, 1).toordinal(), date(2025, 4, 1).toordinal())
ARTICLE = (
    "Rabat, 8 April 2025. The visa exemption between Morocco and Kazakhstan entered into "
    "force on 19 March 2025, the Kazakh Foreign Minister said during his visit to Rabat "
    "in February."
)


class Situation:
    """What a window is opened on: the reader's date format and the test's data."""

    def __init__(self, fmt: DateFormat, request: pytest.FixtureRequest) -> None:
        self.fmt = fmt
        self.fixture = request.getfixturevalue

    @property
    def store(self) -> EventStore:
        return self.fixture("sample_store")

    def event(self, title: str) -> Event:
        return next(event for event in self.store.find() if event.title_en == title)

    def backed_up(self) -> Path:
        """The sample's file, with one backup in its folder."""
        path = self.store.database.target.path
        assert path is not None
        when = datetime.now() - timedelta(days=2)
        backup_sqlite_file(path, new_backup_path(path, "daily", when))
        return path


def _agreement(at: Situation) -> QDialog:
    signed = at.event("Morocco–Azerbaijan visa waiver agreement signed")
    dialog = AgreementDialog(None, at.fmt, signed, {"ma-az-visa-waiver"})
    dialog.identifier.setText("ma-az-visa-waiver")  # taken: the problem shows below
    return dialog


def _conflict(at: Situation) -> QDialog:
    mine = at.event("Kazakh Foreign Minister Murat Nurtleu visits Rabat")
    theirs = replace(mine, title_en="Kazakh Foreign Minister visits Rabat and Casablanca")
    return ConflictDialog(None, theirs, mine, at.fmt)


def _connect(at: Situation) -> QDialog:
    dialog = ConnectDialog(None, at.fmt)
    dialog.connect_button.click()  # nothing filled in: it says what is missing
    return dialog


def _connect_refused(at: Situation) -> QDialog:
    """A server that refuses: on this computer, a port nothing listens on."""
    dialog = ConnectDialog(None, at.fmt)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database_name.setText("timeline")
    dialog.user.setText("analyst")
    dialog.connect_button.click()
    return dialog


def _duplicate(at: Situation) -> QDialog:
    existing = at.event("Kazakh Foreign Minister Murat Nurtleu visits Rabat")
    return DuplicateDialog(None, replace(existing, id=None), existing, at.fmt)


def _extract(at: Situation) -> QDialog:
    dialog = ExtractDialog(None, at.fmt, date(2025, 4, 8))
    dialog.text.setPlainText(ARTICLE)
    dialog.refresh()
    return dialog


def _import(at: Situation) -> QDialog:
    store = at.fixture("empty_store")
    path = TESTS / "io" / "fixtures" / "gdelt-1.0-daily.export.CSV"
    return ImportDialog(None, store, path, fmt=at.fmt, scope=frozenset({"MA", "AZ"}))


def _link(at: Situation) -> QDialog:
    visit = at.event("Kazakh Foreign Minister Murat Nurtleu visits Rabat")
    return LinkDialog(None, at.fmt, visit, at.store.find())


def _unlink(at: Situation) -> QDialog:
    """The visit's link to the forum, worded as the details list it."""
    visit = at.event("Kazakh Foreign Minister Murat Nurtleu visits Rabat")
    forum = at.event("3rd South-South Parliamentary Dialogue Forum")
    assert visit.id is not None and forum.id is not None
    link = EventLink(visit.id, forum.id, LinkKind.ON_SIDELINES_OF)
    language = at.fmt.language
    text = with_label(link_label(link, visit.id, language), event_line(forum, at.fmt), language)
    return UnlinkDialog(None, at.fmt, [(link, text)])


def _export(at: Situation, printing: bool = False) -> QDialog:
    request = at.fixture("pair_request")(at.fmt.language)
    request = replace(request, view=replace(request.view, fmt=at.fmt))  # the window's reader
    return ExportDialog(None, at.store, request, MARCH, printing=printing)


def _export_wide(at: Situation) -> QDialog:
    """Several pages wide, of a view that takes fewer: the line saying how many it takes."""
    dialog = _export(at)
    assert isinstance(dialog, ExportDialog)
    dialog.wide.setChecked(True)
    assert dialog.pages_used.isVisibleTo(dialog)
    return dialog


def _open_error(at: Situation) -> QDialog:
    path = at.backed_up()
    error = LockedFileError(message("store.locked"), readable=True, about=path)  # as opened
    return OpenErrorDialog(error, path, None, at.fmt)  # every step but a new database


def _no_data_folder(at: Situation) -> QDialog:
    """A first start whose data folder cannot be made: another file, or a new one."""
    folder = at.fixture("tmp_path") / "in the way" / "Diplomatic Timeline"
    said = message("store.data_folder_not_made_window", folder=folder, error="Not a directory")
    return OpenErrorDialog(StoreError(said), folder / "timeline.sqlite3", None, at.fmt)


def _file_dialog(at: Situation) -> QDialog:
    """Qt's own file dialog, as File > Import events… opens it where the desktop offers
    none of its own (here, offscreen): a folder with a folder and two files in it, listed
    with their sizes, types and days."""
    folder = at.fixture("tmp_path")
    (folder / "2024").mkdir(exist_ok=True)
    (folder / "events.csv").write_text("kind,date\n", encoding="utf-8")
    (folder / "events.bin").write_bytes(bytes(3000))
    formats = "Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)"
    title = QCoreApplication.translate("MainWindow", "Import events")
    formats = QCoreApplication.translate("MainWindow", formats)
    dialog = file_dialog(None, title, str(folder), formats, at.fmt)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.selectNameFilter(dialog.nameFilters()[-1])  # all files
    details = dialog.findChild(QTreeView, "treeView")
    shown = lambda: details.model().rowCount(details.rootIndex()) == 3  # noqa: E731
    at.fixture("qtbot").waitUntil(shown)  # the folder is read in a thread of Qt's
    return dialog


def _print_preview(at: Situation) -> QDialog:
    """File > Print…'s preview of the pair's briefing, in Qt's dialog: its page counter and
    zoom."""
    request = at.fixture("pair_request")(at.fmt.language)
    request = replace(request, view=replace(request.view, fmt=at.fmt))
    return preview_dialog(None, at.store, request)


def _editor(at: Situation) -> QDialog:
    """A new event's editor: its date's numbers in spin boxes."""
    return EventEditorDialog(None, at.fmt, today=lambda: date(2025, 4, 8))


def _edit(at: Situation) -> QDialog:
    """An event's editor: its participants, its source and its day of publication."""
    visit = at.event("Kazakh Foreign Minister Murat Nurtleu visits Rabat")
    return EventEditorDialog(None, at.fmt, visit, today=lambda: date(2025, 4, 8))


def _main_window(at: Situation) -> QWidget:
    return MainWindow(at.store, at.fmt, open_sample_store)


WINDOWS: dict[str, Callable[[Situation], QWidget]] = {
    "about": lambda at: AboutDialog("/data/team/timeline.sqlite3", "sqlite"),
    "agreement": _agreement,
    "conflict": _conflict,
    "connect": _connect,
    "connect refused": _connect_refused,
    "duplicate": _duplicate,
    "editor": _editor,
    "edit": _edit,
    "export": _export,
    "go to date": lambda at: date_question(None, at.fmt),
    "print": lambda at: _export(at, printing=True),
    "export wide": _export_wide,
    "extract": _extract,
    "import": _import,
    "link": _link,
    "unlink": _unlink,
    "open error": _open_error,
    "no data folder": _no_data_folder,
    "preferences": lambda at: PreferencesDialog(None, at.fmt),
    "restore": lambda at: RestoreDialog(at.backed_up(), None, at.fmt),
    "main window": _main_window,
}


@pytest.fixture
def started_in(no_translation_after):
    """``started_in(language)``: the application as ``diplomatic-timeline --lang`` starts it
    (its font, translated and mirrored), left as it was afterwards."""
    return application


@pytest.mark.parametrize("smallest", [False, True], ids=["opened", "smallest"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("name", WINDOWS)
def test_every_widget_of_a_window_is_in_its_place_and_whole(
    qtbot, request, started_in, name, language, smallest
):
    started_in(language)
    window = WINDOWS[name](Situation(DateFormat(language, DateStyle.MAGHREB), request))
    qtbot.addWidget(window)
    window.show()
    if smallest:
        window.resize(window.minimumSizeHint())
    QApplication.processEvents()  # the layout's pending requests
    assert strays(window) == []
    assert overlaps(window) == []
    assert cut_texts(window) == []
    assert cut_ink(window) == []
    assert cut_hints(window) == []


@pytest.mark.parametrize("name", WINDOWS)
def test_every_window_opens_no_larger_than_its_screen(qtbot, request, started_in, name):
    """The test's screen is 800x800: the main window opened 1400x860 and the dialog of
    events from an article 1100x780, their far edges and buttons off a small screen. Its
    frame counts: the editor opened as high as the screen, and its title bar pushed its
    Save and Cancel below the screen's foot (a laptop's 720 px)."""
    started_in("en")
    window = WINDOWS[name](Situation(DateFormat("en", DateStyle.MAGHREB), request))
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    room = window.screen().availableGeometry()
    framed = window.frameGeometry()
    assert framed.width() <= room.width() and framed.height() <= room.height()


#: What an event's record holds as it was typed or imported, in whatever language: its
#: summary and tags; the two versions of an event side by side, the sentence of an article
#: an event was read from; in a file dialog, the names of folders and files; the editor's
#: English and French city, whose example is a city's name in them; in an event's editor,
#: its participants' names and offices and its sources' addresses and outlets, as stored.
#: (The details' sources are checked: an outlet the table of outlets knows is named in the
#: reader's language.)
DATA = frozenset(
    {
        "detailsSummary",
        "detailsTags",
        "differences:1",
        "differences:2",
        "proposals:3",
        "lookInCombo",
        "sidebar",
        "treeView:0",
        "listView:0",
        "cityEn",  # an example of what to type: "Rabat"
        "cityFr",
        *(f"participants:{column}" for column in range(6)),
        "sources:0",
        "sources:1",
    }
)


def _shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """What ``window`` shows; the main window's details and history with each event in
    turn selected."""
    texts = visible_texts(window, DATA)
    if isinstance(window, MainWindow):
        for event_id in window.store.ids():
            window.timeline.eventSelected.emit(event_id)
            texts += visible_texts(window, DATA)
    return texts


#: The windows whose words are checked: ours, and Qt's own file dialog, whose catalogue in
#: Qt 6.11 lacks some of its labels (they gained accelerators: "&Look in:").
SPEAKING = {**WINDOWS, "file": _file_dialog, "print preview": _print_preview}


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("name", SPEAKING)
def test_every_window_speaks_its_readers_language(qtbot, request, started_in, name, language):
    """No word of the interface left in English in a French or Arabic window: every text
    shown, heard (accessible names) or pointed at (tooltips), data set apart."""
    texts = {}
    for shown_in in ("en", language):
        started_in(shown_in)
        window = SPEAKING[name](Situation(DateFormat(shown_in, DateStyle.MAGHREB), request))
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        texts[shown_in] = _shown_texts(window)
        window.close()
    english = {text for _, text in texts["en"]}
    foreign = [
        (where, text, words)
        for where, text in texts[language]
        if (words := foreign_words(text, language, english))
    ]
    assert not foreign, "\n".join(f"{where}: {text!r} {words}" for where, text, words in foreign)


#: The windows that write numbers of their own (counts, dates, a threshold, spin boxes, a
#: server's port); left out: versions (identifiers), each date style's own sample, what an
#: import quotes from its file.
COUNTING = (
    "editor",
    "edit",
    "file",
    "main window",
    "export",
    "print",
    "export wide",
    "link",
    "unlink",
    "agreement",
    "conflict",
    "restore",
    "extract",
    "print preview",
    "connect",
    "connect refused",
    "go to date",
)
_LATIN_DIGIT = re.compile("[0-9]")
_PAPER = re.compile(r"\b[A-Z][0-9]\b")  # A4, A3


@pytest.mark.parametrize("name", COUNTING)
def test_a_window_in_arabic_indic_digits_writes_every_number_in_them(
    qtbot, request, started_in, name
):
    """An Egyptian reader's dates and counts are in Arabic-Indic digits: so are a
    threshold in a choice, a spin box's value, a number inside a title."""
    started_in("ar")
    window = SPEAKING[name](Situation(DateFormat("ar", DateStyle.EGYPT), request))
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    texts = _shown_texts(window)
    texts += [
        (f"{type(spin).__name__} {spin.objectName()!r}", spin.text())
        for spin in window.findChildren(QAbstractSpinBox)
        if spin.isVisibleTo(window)
    ]
    latin = sorted(
        {
            f"{where}: {text!r}"
            for where, text in texts
            if _LATIN_DIGIT.search(_PAPER.sub(" ", without_data(text)))
        }
    )
    assert not latin, "\n".join(latin)


def _tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets the Tab key goes to, in its order, from the one focused as the window
    opens, round to it again."""
    first = window.focusWidget()
    stops = [first] if first is not None else []
    for _ in range(100):
        window.focusNextChild()  # what Tab does
        if window.focusWidget() in (first, None):
            break
        stops.append(window.focusWidget())
    return stops


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("name", [name for name in WINDOWS if name != "main window"])
def test_the_tab_key_reads_a_dialog_as_its_reader_does(qtbot, request, started_in, name, language):
    """Opened, a dialog with something to fill in or choose has the focus on it, not on
    a button; Tab goes through its fields, then to its buttons in the order they are read,
    left to right, or right to left in Arabic. The link dialog opened on Cancel, the
    other event's field after it; the conflict's Tab went from the table to its
    rightmost button, then back to the left."""
    started_in(language)
    window = WINDOWS[name](Situation(DateFormat(language, DateStyle.MAGHREB), request))
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    boxes = window.findChildren(QDialogButtonBox)
    answers = {button for box in boxes for button in box.buttons()}
    stops = _tab_stops(window)
    fields = [stop for stop in stops if stop not in answers]
    if fields:
        assert stops[0] in fields, [describe(stop) for stop in stops]
        # The round Tab makes, from the field after the last button.
        last = max(n for n, stop in enumerate(stops) if stop in answers)
        stops = stops[last + 1 :] + stops[: last + 1]
        first = next(n for n, stop in enumerate(stops) if stop in answers)
        assert all(stop in answers for stop in stops[first:]), [describe(s) for s in stops]
    reading = -1 if language == "ar" else 1
    for box in boxes:
        across = [
            reading * stop.mapTo(window, stop.rect().center()).x()
            for stop in stops
            if stop in box.buttons()
        ]
        if fields:
            assert across == sorted(across), [describe(stop) for stop in stops]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("name", WINDOWS)
def test_no_two_controls_of_a_window_share_an_alt_key(qtbot, request, started_in, name, language):
    """Alt and a letter presses one button or goes to one field: in English, the open
    error's "Restore a backup…" and "Open read-only" were both Alt+R."""
    started_in(language)
    window = WINDOWS[name](Situation(DateFormat(language, DateStyle.MAGHREB), request))
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    keys = alt_keys(window)
    shared = {key for key in keys.values() if key and list(keys.values()).count(key) > 1}
    assert not shared, [(describe(widget), key) for widget, key in keys.items() if key in shared]
