"""The import dialog: preview with progress and cancel, then import all valid rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from alt_keys import alt_key_problems
from layout_checks import cut_cells, cut_headers, inked_columns
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QProgressDialog, QStyle
from visual_order import as_read

from timeline.cli import main
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.io.sample import load_sample
from timeline.ui import import_dialog
from timeline.ui.app import application
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.window_size import MESSAGE_WIDTH

FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"


def cancel_when_progress_shows() -> None:
    """Press Cancel on the progress dialog as soon as Qt handles events under it."""

    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.cancel()

    QTimer.singleShot(0, cancel)


def cells(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def gdelt_preview(qtbot, store, language: str) -> ImportDialog:
    """The import dialog open on the GDELT fixture for Morocco and Azerbaijan, the
    application in ``language``."""
    application(language)
    path = FIXTURES / "gdelt-1.0-daily.export.CSV"
    fmt = DateFormat(language, DateStyle.MAGHREB)
    dialog = ImportDialog(None, store, path, fmt=fmt, scope=frozenset({"MA", "AZ"}))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_preview_shows_counts_first_rows_and_every_rejected_row(qtbot, empty_store):
    path = FIXTURES / "gdelt-1.0-daily.export.CSV"
    dialog = ImportDialog(None, empty_store, path, scope=frozenset({"MA", "AZ"}))
    qtbot.addWidget(dialog)
    assert dialog.preview is not None
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "3 to add, 1 already imported, 6 rejected" in dialog.summary.text()
    assert cells(dialog.kinds) == [["Official visit", "2"], ["Agreement signed", "1"]]
    assert cells(dialog.pairs) == [["Azerbaijan – Morocco", "3"]]
    assert [row[0] for row in cells(dialog.first_rows)] == ["1", "2", "13"]
    model = dialog.rejected_rows.model()
    assert model.rowCount() == 6
    first = [as_read(model.index(0, column).data()) for column in range(3)]
    assert first == ["7", "EventCode", "'42' is not a CAMEO code (such as '042')"]
    assert path.name in dialog.windowTitle()  # the file of every row
    assert dialog.import_button.isEnabled()
    assert empty_store.count() == 0
    # Counts and line numbers at their cells' end, as the backups' counts are (at their
    # start, "2", "1" and "13" stood under "Events" and "Line" as if they were words).
    at_end = Qt.AlignmentFlag.AlignRight
    numbers = [dialog.kinds.item(0, 1), dialog.pairs.item(0, 1), dialog.first_rows.item(0, 0)]
    assert all(item.textAlignment() & at_end for item in numbers)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & at_end


def test_import_all_valid_rows_writes_them_and_accepts(qtbot, empty_store):
    dialog = ImportDialog(None, empty_store, FIXTURES / "plover.jsonl")
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None and dialog.imported.new == 4
    assert empty_store.count() == 4


def test_cancel_writes_nothing(qtbot, empty_store):
    dialog = ImportDialog(None, empty_store, FIXTURES / "plover.jsonl")
    qtbot.addWidget(dialog)
    dialog.buttons.rejected.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert empty_store.count() == 0


def test_cancelling_the_preview(qtbot, empty_store, monkeypatch, many_events_csv):
    monkeypatch.setattr(import_dialog, "PROGRESS_DELAY_MS", 0)
    path = many_events_csv(30_000)
    cancel_when_progress_shows()
    dialog = ImportDialog(None, empty_store, path)
    qtbot.addWidget(dialog)
    assert dialog.preview is None
    assert "cancelled" in dialog.summary.text()
    assert not dialog.import_button.isVisible() and not dialog.import_button.isEnabled()
    assert_closed_by_close_alone(dialog)


def assert_closed_by_close_alone(dialog: ImportDialog) -> None:
    """A file refused or a preview cancelled: the one button left is Close (it was Cancel,
    read as cancelling what was already over), and it closes the dialog."""
    shown = [button for button in dialog.buttons.buttons() if button.isVisibleTo(dialog)]
    assert [dialog.buttons.standardButton(button) for button in shown] == [
        QDialogButtonBox.StandardButton.Close
    ]
    shown[0].click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_cancelling_the_import_leaves_the_database_as_it_was(
    qtbot, empty_store, monkeypatch, many_events_csv
):
    load_sample(empty_store)
    before = empty_store.find()
    monkeypatch.setattr(import_dialog, "PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr("timeline.io.chunks.CHUNK_ROWS", 200)
    monkeypatch.setattr("timeline.io.progress.BUFFER_SIZE", 16 * 1024)  # progress sooner
    dialog = ImportDialog(None, empty_store, many_events_csv(5_000))
    qtbot.addWidget(dialog)
    assert dialog.preview is not None and dialog.preview.new == 5_000
    counts = dialog.summary.text()
    assert counts.startswith("5,000 rows read: 5,000 to add")
    cancel_when_progress_shows()
    dialog.import_button.click()
    # Under the counts, which still say what Import would do (they were replaced).
    assert (
        dialog.summary.text() == counts + "\nThe import was cancelled; the database is unchanged."
    )
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert empty_store.find() == before


@pytest.mark.parametrize("content", [b"", b"not an event file\n"])
def test_a_file_that_cannot_be_read_is_said_plainly(qtbot, empty_store, tmp_path, content):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    dialog = ImportDialog(None, empty_store, path)
    qtbot.addWidget(dialog)
    assert dialog.preview is None
    assert str(path) in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert_closed_by_close_alone(dialog)


@pytest.mark.parametrize(
    ("scope", "why"),
    [(frozenset(), "(not diplomatic)"), (frozenset({"MA", "AZ"}), "(not for the chosen countries")],
)
def test_the_skipped_rows_are_said_skipped_for_what_was_asked(qtbot, empty_store, scope, why):
    """The window asks for no countries, but its count of skipped rows said "not for the
    chosen countries or not diplomatic", as after the command line's ``--pair``."""
    dialog = ImportDialog(None, empty_store, FIXTURES / "gdelt-1.0-daily.export.CSV", scope=scope)
    qtbot.addWidget(dialog)
    assert why in dialog.summary.text()


def test_text_from_the_file_stays_plain(qtbot, empty_store, tmp_path):
    path = tmp_path / "hostile.csv"
    path.write_text(
        "kind,countries,date,title_en\r\nofficial-visit,KZ;MA,2025-02-28,<b>bold</b>\r\n"
        "<img src=x>,KZ;MA,2025-02-28,x\r\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(None, empty_store, path)
    qtbot.addWidget(dialog)
    assert cells(dialog.first_rows)[0][3] == "<b>bold</b>"
    reason = dialog.rejected_rows.model().index(0, 2).data()
    assert "<img src=x>" in reason


def test_a_title_with_half_a_character_is_a_rejected_row_in_the_readers_language(
    qtbot, empty_store, tmp_path, arabic
):
    """A JSON title cut inside an emoji ("\\ud83c" alone) made the preview end in a
    traceback, the dialog never shown: the row is listed among the rejected, in Arabic, and
    the valid one is offered."""
    path = tmp_path / "events.json"
    path.write_text(
        '[{"kind": "phone-call", "countries": ["MA", "FR"], "date": "2025-03-05", '
        '"title_en": "Call \\ud83c"}, {"kind": "phone-call", "countries": ["MA", "FR"], '
        '"date": "2025-03-06", "title_en": "Call"}]',
        encoding="utf-8",
    )
    dialog = ImportDialog(None, empty_store, path, fmt=arabic)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None and dialog.preview.new == 1
    model = dialog.rejected_rows.model()
    reason = as_read(model.index(0, 2).data())
    assert model.rowCount() == 1 and reason.startswith("يحتوي على نصف محرف (U+D83C)")
    assert dialog.import_button.isEnabled()


def test_the_progress_dialog_counts_rows_read_and_kept(
    qtbot, empty_store, monkeypatch, many_events_csv
):
    monkeypatch.setattr(import_dialog, "PROGRESS_DELAY_MS", 0)
    labels = []
    original = QProgressDialog.setLabelText
    monkeypatch.setattr(
        QProgressDialog,
        "setLabelText",
        lambda self, text: labels.append(text) or original(self, text),
    )
    dialog = ImportDialog(None, empty_store, many_events_csv(12_000))
    qtbot.addWidget(dialog)
    assert labels and labels[-1].startswith("Reading the file…\nRows read: ")
    assert any(" · kept: " in label and not label.endswith(": 0") for label in labels)


def test_the_progress_bar_follows_the_file_read_to_its_end(
    qtbot, empty_store, monkeypatch, many_events_csv
):
    """The bar given the reader's digits came with a range of 0 to 100, the dialog counting
    to 1,000: it stood full a tenth of the way through the file."""
    from PySide6.QtWidgets import QProgressBar

    monkeypatch.setattr(import_dialog, "PROGRESS_DELAY_MS", 0)
    shown: list[tuple[int, int]] = []
    original = QProgressDialog.setValue

    def set_value(self, value):
        original(self, value)
        shown.append((value, self.findChild(QProgressBar).value()))

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    dialog = ImportDialog(None, empty_store, many_events_csv(12_000))
    qtbot.addWidget(dialog)
    assert any(value > 500 for value, _bar in shown)
    assert all(bar == value for value, bar in shown)


def test_reasons_are_given_in_the_readers_language(qtbot, empty_store, arabic, tmp_path):
    path = FIXTURES / "gdelt-1.0-daily.export.CSV"
    dialog = ImportDialog(None, empty_store, path, fmt=arabic, scope=frozenset({"MA", "AZ"}))
    qtbot.addWidget(dialog)
    model = dialog.rejected_rows.model()
    reasons = [as_read(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert "«42» ليس رمز CAMEO (مثل «042»)" in reasons
    assert "الشهر 2025-02 فيه 28 يومًا، لا 30" in reasons  # the domain's rules too
    refused = tmp_path / "refused.csv"
    refused.write_text("kind,countries,date,colour\r\n", encoding="utf-8")
    dialog = ImportDialog(None, empty_store, refused, fmt=arabic)
    qtbot.addWidget(dialog)
    known = "kind, countries, date, host"
    said = without_direction_marks(dialog.summary.text())  # the path in its own direction
    assert said.startswith(f"{refused}: السطر 1: عمود غير معروف «colour»")
    assert known in dialog.summary.text()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_rejected_rows_reason_reads_whole(qtbot, empty_store, no_translation_after, language):
    """Opened, the dialog shows each rejection's line, field and reason whole, within the
    table's width: the file's path, the same on every row, took the room and every reason
    was cut ("'42' is not a CAMEO code (suc…"); then a reason wider than the table (the
    kinds a row may name) ran out of view behind a scroll bar. Reasons wrap, each row as
    tall as its reason, and the file is named in the dialog's title."""
    application(language)
    path = FIXTURES / "gdelt-1.0-daily.export.CSV"
    fmt = DateFormat(language, DateStyle.MAGHREB)
    dialog = ImportDialog(None, empty_store, path, fmt=fmt, scope=frozenset({"MA", "AZ"}))
    qtbot.addWidget(dialog)
    dialog.resize(640, dialog.height())
    dialog.show()
    QApplication.processEvents()
    assert cut_cells(dialog.rejected_rows) == []
    assert path.name in without_direction_marks(dialog.windowTitle())


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_button_has_an_alt_key_of_its_own(qtbot, empty_store, no_translation_after, language):
    """No button of the import had an underlined letter, unlike the editor's labels and the
    connection's: "Import all valid rows" was reached by tabbing through the tables before
    it. Cancel has Escape."""
    dialog = gdelt_preview(qtbot, empty_store, language)
    assert dialog.import_button.isVisible()
    assert not alt_key_problems(dialog)


def test_the_counts_and_first_rows_read_whole_in_the_dialogs_width(
    qtbot, empty_store, tmp_path, no_translation_after
):
    """A pair of five countries pushed its count of events out of view, behind a scroll
    bar ("Événeme…" in French): a name or title takes the rest of the width, wrapped."""
    application("fr")
    path = tmp_path / "sample.csv"
    assert main(["export", str(path), "--sample"]) == 0
    dialog = ImportDialog(None, empty_store, path, fmt=DateFormat("fr", DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.show()
    QApplication.processEvents()
    pairs = [dialog.pairs.item(row, 0).text() for row in range(dialog.pairs.rowCount())]
    assert max(map(len, pairs)) > 50  # the assembly's five countries
    for table in (dialog.kinds, dialog.pairs, dialog.first_rows):
        assert cut_cells(table) == []


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_made_as_small_as_it_goes_each_table_keeps_its_headings_and_first_row(
    qtbot, empty_store, no_translation_after, language
):
    """Made as small as it went, every table was half a row tall, its headings cut
    ("العنوا…"), a count's "Événements" hidden and a country "Azerbaï…"."""
    dialog = gdelt_preview(qtbot, empty_store, language)
    dialog.resize(dialog.minimumSizeHint())
    QApplication.processEvents()
    for table in (dialog.kinds, dialog.pairs, dialog.first_rows):
        assert cut_headers(table) == []
        # Never lower than its heading and its first row as wrapped now (as the dialog is
        # dragged smaller, a row wraps taller and the least height follows it).
        whole = table.horizontalHeader().height() + table.rowHeight(0) + 2 * table.frameWidth()
        assert table.minimumSizeHint().height() >= whole, table.objectName()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_refused_file_is_a_message_as_high_as_its_lines(
    qtbot, empty_store, tmp_path, no_translation_after, language
):
    """A CSV with an unknown column: its reason (and the columns known) floated halfway
    down a window of the preview's size, and the window asked for 504 pixels at least,
    its lines counted at the 143 pixels its one button needs: more than an 800×500
    screen."""
    application(language)
    path = tmp_path / "bad.csv"
    path.write_text("title,date,countries\nA visit,2024-05-01,MA KZ\n", encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path, fmt=DateFormat(language))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview is None and "title" in dialog.summary.text()
    assert dialog.minimumHeight() < 250 and dialog.height() < 250
    lines = dialog.summary.heightForWidth(dialog.summary.width())
    assert dialog.summary.height() >= lines  # every line shown
    assert dialog.summary.y() < 20  # at the top, not floating
    # No line runs to the label's edge, where Qt cuts its ink: the Arabic reason's Latin
    # column names lost their first letter there ("d," for "id,").
    dialog.setMinimumSize(0, 0)  # narrower too, as on a smaller screen
    for width in range(MESSAGE_WIDTH - 120, MESSAGE_WIDTH + 1, 12):
        dialog.resize(width, dialog.heightForWidth(width))
        inked = inked_columns(dialog.summary)
        assert inked[0] > 0 and inked[-1] < dialog.summary.width() - 1, width


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "its Gregorian day is 2025-03-19"), ("fr", "son jour grégorien est le 2025-03-19"),
     ("ar", "فيومه الميلادي 2025-03-19")],
)  # fmt: skip
def test_the_preview_lists_the_rows_whose_year_reads_as_hijri_kept_as_written(
    qtbot, empty_store, tmp_path, language, said
):
    """A spreadsheet's "1446-09-19", copied from a Hijri communiqué, showed among the first
    rows as "19 September 1446" and nothing more: it is listed with its line, its field and
    the Gregorian day it would be, apart from the rejected rows, and imported as written."""
    path = tmp_path / "communique.csv"
    path.write_text(
        "kind,countries,date,title_en\nofficial-visit,MA;KZ,1446-09-19,Copied\n"
        "official-visit,MA;KZ,2025-03-19,Visit\n",
        encoding="utf-8",
    )
    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    dialog = ImportDialog(None, empty_store, path, fmt=fmt)
    qtbot.addWidget(dialog)
    model = dialog.doubtful_rows.model()
    assert model.rowCount() == 1 and dialog.rejected_rows.model().rowCount() == 0
    line, _field, reason = (as_read(model.index(0, column).data()) for column in range(3))
    assert line == fmt.digits("2") and said in without_direction_marks(reason)
    dialog.import_button.click()
    assert empty_store.count() == 2


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_table_takes_the_room_its_rows_need_and_a_shorter_one_no_more(
    qtbot, empty_store, tmp_path, language
):
    """Four rejected rows, one reason on two lines, over one row to check: the tables
    shared the dialog's height evenly, the fourth rejected row cut in half behind a scroll
    bar over the row to check and its empty room. Each takes the room its rows need where
    the dialog has it, and the room left stays under the last one."""
    path = tmp_path / "small.csv"
    path.write_text(
        "kind,countries,date,title_en\n"
        "official-visit,MA;KZ,2025-05-10,Good visit to Astana\n"
        "official-visite,MA;KZ,2025-05-11,Bad kind row\n"
        "phone-call,MA;XX,2025-05-12,Bad country row\n"
        "phone-call,MA;KZ,2025-02-30,Bad date row\n"
        "statement,MA;KZ,1446-09-19,Hijri looking date\n"
        "statement,MA;KZ,2025-06-01,\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(None, empty_store, path, fmt=DateFormat(language=language))
    qtbot.addWidget(dialog)
    dialog.resize(960, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    rejected = dialog.rejected_rows

    def settled() -> bool:  # rows measured in their widths, then the tables sized to them
        return 0 <= rejected.viewport().height() - rejected.verticalHeader().length() < 4

    qtbot.waitUntil(settled)
    for table in (dialog.kinds, dialog.first_rows, dialog.rejected_rows, dialog.doubtful_rows):
        rows = table.verticalHeader().length()
        assert table.viewport().height() >= rows, "every row whole"
        assert not table.verticalScrollBar().isVisible()
    assert dialog.buttons.geometry().top() - dialog.doubtful_rows.geometry().bottom() > 40


def test_the_line_of_a_rejection_past_the_thousandth_reads_whole(qtbot, empty_store, tmp_path):
    """12,425 rejected rows: the line column, sized by Qt to the first thousand rows, cut
    the last ones' five-digit lines to "499…", the one thing that says where to look."""
    path = tmp_path / "many.csv"
    rows = "".join(f"spaceflight,MA;KZ,2024-05-01,Launch {n}\n" for n in range(10_050))
    path.write_text("kind,countries,date,title_en\n" + rows, encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.rejected_rows
    assert table.model().rowCount() == 10_050
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for column, text in ((0, "10051"), (1, "Kind")):
        assert table.model().index(10_049, column).data() == text
        written = table.fontMetrics().horizontalAdvance(text)
        assert written + margins <= table.columnWidth(column), column


def test_a_long_count_of_pairs_leaves_the_first_rows_their_room(qtbot, empty_store, tmp_path):
    """Rows of 66 pairs: the count of pairs asked for every row's height and took the
    dialog's, the first rows cut to one row at 960×640 (and thousands of rejections did
    so to every other table). The tables longer than a few rows share the room left;
    every kind still shows whole."""
    codes = ["MA", "KZ", "AZ", "FR", "ES", "SN", "EG", "TN", "QA", "UZ", "TR", "NG"]
    pairs = [(a, b) for n, a in enumerate(codes) for b in codes[n + 1 :]]
    path = tmp_path / "pairs.csv"
    rows = "".join(
        f"phone-call,{a};{b},2024-05-{n % 28 + 1:02d},Call {n}\n" for n, (a, b) in enumerate(pairs)
    )
    path.write_text("kind,countries,date,title_en\n" + rows, encoding="utf-8")
    dialog = ImportDialog(None, empty_store, path)
    qtbot.addWidget(dialog)
    assert dialog.pairs.model().rowCount() > 20 and dialog.first_rows.rowCount() > 8
    dialog.resize(960, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.first_rows
    qtbot.waitUntil(lambda: first.viewport().height() >= 8 * first.rowHeight(0))
    kinds = dialog.kinds
    assert kinds.viewport().height() >= kinds.verticalHeader().length(), "every kind whole"
    assert abs(dialog.pairs.height() - first.height()) <= first.rowHeight(0)
