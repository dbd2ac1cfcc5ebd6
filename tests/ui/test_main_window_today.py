"""The window's one clock: a window opened on a given day draws its today line on it,
prepares a briefing as of it and starts a new event, or an article, on it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from timeline.domain.dates import FuzzyDate
from timeline.domain.period import Period, day_number
from timeline.render.theme import Theme
from timeline.ui.editor import EventEditorDialog
from timeline.ui.export_dialog import ExportDialog
from timeline.ui.extract_dialog import ExtractDialog

DAY = date(2025, 3, 1)  # long past: the computer's today is never it


@pytest.fixture
def window(open_window, sample_store, english):
    return open_window(sample_store, english, today=lambda: DAY)


def test_the_today_line_is_drawn_on_the_windows_today(window, qtbot):
    window.timeline.set_period(Period.around(date(2025, 2, 1), date(2025, 3, 31)))
    drawn = window.timeline.current_layout()
    assert drawn.today_x == pytest.approx(drawn.scale.x(day_number(DAY) + 0.5))
    frame = window.timeline.grab().toImage()
    red = Theme().today
    column = [
        frame.pixelColor(int(drawn.today_x), y)  # the pixel the line is at
        for y in range(round(drawn.axis_bottom) + 2, round(drawn.lanes[-1].rect.bottom) - 2)
    ]
    assert sum(colour == red for colour in column) > len(column) / 2


def test_an_export_from_the_window_is_prepared_on_its_today(window, monkeypatch, poppler, tmp_path):
    chosen: list[ExportDialog] = []

    def choose(self: ExportDialog) -> int:
        chosen.append(self)
        self.file.setText(str(tmp_path / "briefing.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    window.files.export_briefing()
    assert chosen[0].request().generated == DAY
    assert "Prepared on 1 March 2025" in poppler.text(tmp_path / "briefing.pdf")
    # The window says what the command line says: how many events, on how many pages.
    pages = poppler.page_count(tmp_path / "briefing.pdf")
    message = window.statusBar().currentMessage()
    assert message.endswith(
        f": {window.state.fmt.count(len(window.store.find(window.shown_filter())))}, {pages} pages"
    )


def test_a_new_event_and_an_article_start_on_the_windows_today(window, monkeypatch):
    opened: list[QDialog] = []

    def cancel(self: QDialog) -> int:
        opened.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventEditorDialog, "exec", cancel)
    monkeypatch.setattr(ExtractDialog, "exec", cancel)
    window.editing.new_event()
    window.editing.events_from_text()
    editor, article = opened
    assert isinstance(editor, EventEditorDialog) and isinstance(article, ExtractDialog)
    assert editor.start.fuzzy_date() == FuzzyDate.from_date(DAY)
    editor.start.day.setValue(30)  # 30 March, then no such day: the end starts on today
    editor.start.month.setValue(2)
    editor.has_end.setChecked(True)
    assert editor.end.fuzzy_date() == FuzzyDate.from_date(DAY)
    assert article.publication_day() == DAY
