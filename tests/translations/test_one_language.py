"""What the store, the domain and the files say reaches the window in its reader's language:
why nothing can be saved, why a file cannot be opened or a change was refused, which line of
an import is wrong; the command line keeps its English (tests/store/test_errors_words.py)."""

from __future__ import annotations

import errno
import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.domain.errors import ValidationError
from timeline.domain.filters import EventFilter
from timeline.domain.messages import message
from timeline.io.exporter import export_store
from timeline.io.sample import open_sample_store
from timeline.store.backups import backup_sqlite_file, new_backup_path, reason_of
from timeline.store.database import ReadOnly, ReadOnlyReason, open_database
from timeline.store.errors import EmptyFileError, ServerUnavailableError, StoreError
from timeline.store.repository import EventStore
from timeline.store.sqlitefile import translate
from timeline.ui import translations
from timeline.ui.data_export import export_events
from timeline.ui.error_words import said
from timeline.ui.export_dialog import run_export
from timeline.ui.file_dialogs import ReaderFileModel, size_text
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.main_window import MainWindow
from timeline.ui.open_error_dialog import OpenErrorDialog
from timeline.ui.restore_dialog import RestoreDialog

LATIN = re.compile("[A-Za-z]")
TESTS = Path(__file__).resolve().parent.parent


@pytest.fixture
def open_window(qtbot):
    """A main window on a store for a reader, shown."""

    def open_(store, fmt) -> MainWindow:
        window = MainWindow(store, fmt, open_sample_store, remember_state=False)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


@pytest.fixture
def read_only_store(database_copy, tmp_path):
    path = tmp_path / "sample.sqlite3"
    database_copy("sample", path).close()
    store = EventStore(open_database(path, read_only=True))
    yield store
    store.database.close()


@pytest.fixture
def speaking(qapp, no_translation_after):
    """``speaking(language, style)``: the application translated (and mirrored) for a
    reader, and that reader's date format."""

    def use(language: str, style: DateStyle = DateStyle.MAGHREB) -> DateFormat:
        translations.use_language(language)
        return DateFormat(language, style)

    return use


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("ar", "فُتحت للقراءة فقط: لا يمكن حفظ أي تغيير"),
        (
            "fr",
            "Ouverte en lecture seule\u00a0: les modifications ne peuvent pas être enregistrées",
        ),
        ("en", "Opened read-only: changes cannot be saved"),
    ],
)
def test_the_status_bar_says_why_nothing_can_be_saved_in_the_readers_language(
    open_window, read_only_store, speaking, language, note
):
    """Once: "Read-only: opened read-only; changes cannot be saved" said it twice."""
    window = open_window(read_only_store, speaking(language))
    assert window.read_only_note.text() == note


def test_a_server_user_that_may_only_read_is_named_in_an_arabic_sentence(
    open_window, read_only_store, speaking
):
    window = open_window(read_only_store, speaking("ar"))
    read_only_store.database.refuse_changes(ReadOnly(ReadOnlyReason.USER_MAY_ONLY_READ, "clerk"))
    window.update_title()
    note = without_direction_marks(window.read_only_note.text())
    assert (
        note
        == "للقراءة فقط: لا يحق للمستخدم clerk إلا قراءة قاعدة البيانات هذه، فلا يمكن حفظ أي تغيير"
    )


def test_an_event_gone_elsewhere_is_said_in_arabic_in_the_readers_digits(
    open_window, sample_store, speaking, monkeypatch
):
    window = open_window(sample_store, speaking("ar", DateStyle.LEVANT))
    shown: list[str] = []
    monkeypatch.setattr(window.editing, "show_error", shown.append)
    window.editing.edit_event(1234)
    assert [without_direction_marks(text) for text in shown] == ["الحدث ١٢٣٤ غير موجود"]


def test_a_broken_rule_names_its_field_as_the_editor_does(speaking):
    fmt = speaking("fr")
    error = ValidationError("date", message("date.day_needs_month"))
    assert said(error, fmt) == "Date\u00a0: un jour a besoin d’un mois"
    fmt = speaking("ar")
    assert said(error, fmt) == "التاريخ: اليوم يحتاج إلى شهر"
    for field in ("end", "parties", "agreement_party"):  # as the editor and agreements say
        shown = said(ValidationError(field, message("date.day_needs_month")), fmt)
        assert not LATIN.search(shown), shown


def test_a_file_that_cannot_be_opened_is_named_left_to_right_and_the_reason_in_arabic(
    qtbot, speaking, tmp_path
):
    fmt = speaking("ar", DateStyle.EGYPT)
    path = tmp_path / "أحداث.sqlite3"
    path.touch()
    with pytest.raises(EmptyFileError) as refused:
        open_database(path)
    dialog = OpenErrorDialog(refused.value, path, None, fmt)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setSelection(0, len(str(path)))
    assert dialog.file.selectedText() == str(path)  # pastes into a terminal as it is
    shown = without_direction_marks(dialog.message.text())
    assert shown == "فارغة (٠ بايت) وليست قاعدة بيانات، وتُركت كما هي"  # the reader's digits


def test_an_error_with_no_words_of_its_own_is_shown_as_it_came(qtbot, speaking):
    speaking("ar")
    dialog = OpenErrorDialog(StoreError("t.sqlite3: a driver's own words"), None)
    qtbot.addWidget(dialog)
    assert "a driver" in dialog.message.text()
    assert not dialog.file.isVisibleTo(dialog)


def test_an_import_names_rejected_rows_and_lines_in_the_readers_words(qtbot, empty_store, speaking):
    fmt = speaking("ar", DateStyle.LEVANT)
    path = TESTS / "io" / "fixtures" / "gdelt-1.0-daily.export.CSV"
    dialog = ImportDialog(None, empty_store, path, fmt=fmt, scope=frozenset({"MA", "AZ"}))
    qtbot.addWidget(dialog)
    model = dialog.rejected_rows.model()
    rows = [
        [model.data(model.index(row, column)) for column in (0, 1)]
        for row in range(model.rowCount())
    ]
    assert rows, "the fixture has rejected rows"
    assert all(not LATIN.search(line) and not re.search("[0-9]", line) for line, _ in rows)
    whole = [field for _, field in rows if not LATIN.search(field)]
    assert whole and set(whole) == {"السطر كله"}  # the others name the file's columns
    reasons = [without_direction_marks(model.data(model.index(row, 2))) for row in range(4)]
    assert "الشهر 2025-02 فيه ٢٨ يومًا، لا ٣٠" in reasons  # the day typed, the rule's numbers


def test_an_export_that_cannot_be_written_is_said_in_arabic(
    qtbot, sample_store, speaking, tmp_path, monkeypatch
):
    speaking("ar")
    said_in_box: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said_in_box.append(args[2]))
    path = tmp_path / "missing" / "events.csv"
    assert (
        export_events(
            None, sample_store, path, EventFilter(), reader=DateFormat("ar", DateStyle.MAGHREB)
        )
        is None
    )
    [shown] = said_in_box
    assert without_direction_marks(shown) == (
        f"{path}: تتعذّر كتابته: المجلد {path.parent} غير موجود"
    )


def test_a_server_gone_away_is_said_in_the_status_bar_in_arabic(
    open_window, sample_store, speaking, monkeypatch
):
    window = open_window(sample_store, speaking("ar"))

    def away(*args, **kwargs):
        raise ServerUnavailableError(message("store.server_timeout"), about="db.example.org")

    monkeypatch.setattr("timeline.ui.main_window.StoreSource", away)
    window.reload()
    shown = without_direction_marks(window.statusBar().currentMessage())
    assert shown == "db.example.org: لم يُجب الخادم في الوقت المحدد"


def test_a_file_that_cannot_be_imported_is_named_and_said_in_arabic(
    qtbot, empty_store, speaking, tmp_path
):
    fmt = speaking("ar", DateStyle.LEVANT)
    path = tmp_path / "events.csv"
    path.write_bytes(b"kind,countries,date,title_en\r\n" * 11 + b"\xff\xfe\r\n")
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    assert dialog.preview is None
    shown = dialog.summary.text()
    assert f"\u2068{path}\u2069" in shown, "the path in its own direction"
    assert without_direction_marks(shown) == f"{path}: السطر ١٢: ليس نصًا بترميز UTF-8"


def test_a_skipped_backup_is_said_in_arabic_in_the_status_bar(
    qtbot, open_window, sample_store, speaking
):
    window = open_window(sample_store, speaking("ar"))
    full = OSError(errno.ENOSPC, "No space left on device")
    skipped = message("store.backup_skipped", reason=reason_of(full))
    sample_store.database.notices.append(StoreError(skipped, about="t.sqlite3"))
    assert str(sample_store.database.notices[-1]) == "t.sqlite3: backup skipped: disk full"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")  # the window's watch
    shown = without_direction_marks(window.statusBar().currentMessage())
    assert shown == "t.sqlite3: لم تُؤخذ النسخة الاحتياطية: القرص ممتلئ"


def test_a_backup_is_dated_as_the_history_dates_a_version(qtbot, sample_store, speaking):
    """An ISO day's hyphens between Arabic-Indic digits reorder it in an Arabic line:
    "٢٠٢٦-١٢-٠١" reads as ٠١-١٢-٢٠٢٦. The reader's day, month name and year do not."""
    fmt = speaking("ar", DateStyle.EGYPT)
    path = sample_store.database.target.path
    taken = datetime(2025, 3, 19, 9, 5)
    backup_sqlite_file(path, new_backup_path(path, "daily", taken))
    dialog = RestoreDialog(path, None, fmt)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "١٩ مارس ٢٠٢٥ ٠٩:٠٥"
    assert dialog.table.item(0, 2).text() == "١١"


def test_an_undo_that_fails_is_said_in_the_windows_digits(open_window, sample_store, respond):
    """An edit undone after the event was deleted elsewhere: the window says which event in
    its own digits (the undo stack worded it without the window's reader, in Latin ones)."""
    from dataclasses import replace as replaced

    from timeline.ui.commands import EditEvent

    window = open_window(sample_store, DateFormat("ar", DateStyle.EGYPT))
    before = next(iter(sample_store.find()))
    after = sample_store.update(replaced(before, title_en="Renamed"))
    command = EditEvent(
        sample_store, before, after, window.changed, window.show_failure, lambda: "x"
    )
    window.undo_stack.push(command)
    assert after.id is not None
    sample_store.delete(after.id)
    said_to_reader: list[str] = []

    def read(box: QMessageBox) -> None:
        said_to_reader.append(box.text())
        box.accept()

    respond(QMessageBox, read)
    window.undo_stack.undo()
    (text,) = said_to_reader
    number = str(after.id).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert number in text and not re.search("[0-9]", without_direction_marks(text)), text


def test_a_file_that_is_no_timeline_export_is_said_in_the_readers_language(
    qtbot, sample_store, pair_request, speaking, tmp_path, monkeypatch
):
    fmt = speaking("ar", DateStyle.EGYPT)
    said_in_box: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said_in_box.append(args[2]))
    path = tmp_path / "briefing.docx"
    assert not run_export(None, sample_store, path, pair_request("ar"), reader=fmt)
    [shown] = said_in_box
    assert without_direction_marks(shown) == (
        f"{path}: ليست صيغة يُصدَّر بها الخط الزمني (الصيغ المعروفة: .pdf, .png, .svg)"
    )


def test_a_bad_agreement_in_a_json_file_is_named_and_said_in_arabic(
    qtbot, empty_store, speaking, tmp_path
):
    """The file, its line, which agreement and which of its fields, and why: all but the
    file's own names (the path, the field) in the reader's words and digits."""
    fmt = speaking("ar", DateStyle.LEVANT)
    path = tmp_path / "events.json"
    agreement = '{"id": "ma-kz-visa", "kind": "treaty", "parties": ["MA", "KZ"]}'
    path.write_text(
        '{"format": "diplomatic-timeline/events", "version": 1,\n'
        f'"agreements": [\n{agreement}\n],\n"events": []}}\n',
        encoding="utf-8",
    )
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    assert dialog.preview is None
    shown = without_direction_marks(dialog.summary.text())
    assert shown.startswith(
        f"{path}: السطر ٣: الاتفاق رقم ١ في قائمة «agreements»، الحقل kind: نوع اتفاق غير معروف"
    ), shown
    assert "unknown" not in shown


def test_a_missing_file_to_import_is_said_in_arabic_not_in_the_systems_english(
    qtbot, empty_store, speaking, tmp_path
):
    fmt = speaking("ar", DateStyle.EGYPT)
    path = tmp_path / "events.csv"
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    assert without_direction_marks(dialog.summary.text()) == (
        f"{path}: تتعذّر قراءته (لا يوجد ملف أو مجلد بهذا الاسم)"
    )


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        (
            "events.json",
            '{"format": "diplomatic-timeline/events",\n "events": [{"kind" "visit"}]}',
            "السطر ٢: JSON غير صالح: تُنتظر هنا النقطتان «:»",
        ),
        (
            "events.csv",
            'kind,countries,date,title_en\r\n"visit"x,MA KZ,2025-01-01,Visit\r\n',
            'CSV غير صالح: يُنتظر «,» بعد «"»',
        ),
    ],
    ids=["json", "csv"],
)
def test_pythons_complaint_about_a_file_is_said_in_arabic(
    qtbot, empty_store, speaking, tmp_path, name, text, reason
):
    """Python's JSON and CSV readers complain in English: the window says it in Arabic (a
    JSON file refused whole, a CSV row rejected)."""
    fmt = speaking("ar", DateStyle.EGYPT)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    if dialog.preview is None:
        shown = [dialog.summary.text()]
    else:
        model = dialog.rejected_rows.model()
        shown = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert any(reason in without_direction_marks(text) for text in shown), shown


def test_sqlites_refusal_to_write_is_said_in_arabic_when_a_file_is_opened(
    qtbot, speaking, readonly_refusal
):
    fmt = speaking("ar", DateStyle.EGYPT)
    path, refused = readonly_refusal
    error = translate(str(path), refused, readable=True)
    assert str(error) == f"{path}: cannot be written (attempt to write a readonly database)"
    dialog = OpenErrorDialog(error, path, None, fmt)
    qtbot.addWidget(dialog)
    shown = without_direction_marks(dialog.message.text())
    assert shown == "لا يمكن الكتابة فيها (قاعدة البيانات للقراءة فقط)"


def test_every_file_the_window_asks_for_is_listed_in_its_readers_digits(
    open_window, sample_store, speaking, monkeypatch
):
    """Import, export of events, backup: where Qt's own file dialog shows, its sizes and
    days are written for the window's reader (timeline.ui.file_dialogs)."""
    window = open_window(sample_store, speaking("ar", DateStyle.EGYPT))
    asked: list[str] = []

    def cancelled(dialog: QFileDialog) -> int:
        model = dialog.proxyModel()
        assert isinstance(model, ReaderFileModel)
        asked.append(model.day_text(datetime(2025, 3, 19, 9, 5)))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "exec", cancelled)
    window.files.import_events()
    window.files.export_events()
    window.files.backup()
    assert asked == ["١٩ مارس ٢٠٢٥ ٠٩:٠٥"] * 3
    assert size_text(3000, DateFormat("ar", DateStyle.EGYPT)) == "٢٫٩٣ كيلوبايت"
    assert size_text(3000, DateFormat("ar", DateStyle.MAGHREB)) == "2,93 كيلوبايت"
    assert size_text(10, DateFormat("fr")) == "10 octets"


def test_a_plover_line_that_is_no_json_is_rejected_whole_in_arabic(
    qtbot, empty_store, speaking, tmp_path
):
    fmt = speaking("ar", DateStyle.EGYPT)
    path = tmp_path / "events.jsonl"
    path.write_text('{"event_type": "X"}\n{"bad\n', encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    model = dialog.rejected_rows.model()
    assert model.rowCount() == 2  # a line without an id, a line that is no JSON
    assert model.data(model.index(1, 1)) == "السطر كله"
    assert without_direction_marks(model.data(model.index(1, 2))) == (
        "JSON غير صالح: حرف تحكّم غير مسموح به داخل نص"
    )


def test_a_plover_line_of_json_that_is_no_object_is_rejected_whole_in_arabic(
    qtbot, empty_store, speaking, tmp_path
):
    """Its field was "record", in English in an Arabic dialog."""
    path = tmp_path / "events.jsonl"
    path.write_text('{"event_type": "X"}\n[1, 2]\n', encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path, fmt=speaking("ar", DateStyle.EGYPT))
    qtbot.addWidget(dialog)
    model = dialog.rejected_rows.model()
    assert model.rowCount() == 2
    assert model.data(model.index(1, 1)) == "السطر كله"


def test_a_file_of_no_known_format_is_said_without_the_command_lines_advice(
    qtbot, empty_store, speaking, tmp_path
):
    """The command line says to give --format; the window, which has no such option, says
    which formats it reads."""
    fmt = speaking("ar", DateStyle.EGYPT)
    path = tmp_path / "notes.txt"
    path.write_text("just words\n", encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    assert without_direction_marks(dialog.summary.text()) == (
        f"{path}: ليس ملفًا بصيغة يقرؤها التطبيق (csv, json, plover, icews, gdelt)"
    )


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        (
            "fr",
            "Lignes lues\u00a0: 1\u00a0; à ajouter\u00a0: 0\u00a0; déjà importées\u00a0: 0\u00a0; "
            "rejetées\u00a0: 1\u00a0; ignorées\u00a0: 0 (non diplomatiques).",
        ),
        (
            "en",
            "Rows read: 1; to add: 0; already imported: 0; rejected: 1; skipped: 0 (not "
            "diplomatic).",
        ),
    ],
)
def test_an_import_of_one_row_is_summed_up_without_a_plural(
    qtbot, empty_store, speaking, tmp_path, language, summary
):
    """ "1 lignes lues", "1 rows read": each count after its name, as the Arabic has it."""
    fmt = speaking(language)
    path = tmp_path / "events.csv"
    path.write_text(
        "kind,countries,date,title_en\nvisit,MA;KZ,2025-01-01,A visit\n",  # no such kind
        encoding="utf-8",
    )
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == summary


def test_an_imports_first_rows_are_titled_as_the_window_titles_them(
    qtbot, sample_store, empty_store, speaking, tmp_path
):
    """The 150th assembly is "الدورة ١٥٠" in an Egyptian reader's list: so in the preview."""
    fmt = speaking("ar", DateStyle.EGYPT)
    path = tmp_path / "events.json"
    export_store(sample_store, path)
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    table = dialog.first_rows
    titles = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert "الدورة ١٥٠ للاتحاد البرلماني الدولي" in titles
    assert not any(re.search("[0-9]", title) for title in titles), titles


def test_no_file_is_chosen_through_qts_static_file_dialogs():
    """``QFileDialog.getOpenFileName`` and the like build Qt's own dialog where they cannot
    be reached: its sizes and days in the system's locale (timeline.ui.file_dialogs)."""
    package = TESTS.parent / "timeline"
    static = re.compile(r"QFileDialog\.get\w*(?:FileName|Url|Directory)\w*\(")
    found = [
        f"{path.relative_to(package)}: {line.strip()}"
        for path in package.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if static.search(line)
    ]
    assert not found, "\n".join(found)
