"""A draft kept when a terminal signal ends the app comes back as it was typed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.io.sample import sample_events
from timeline.ui.editor import EventEditorDialog
from timeline.ui.editor_draft import snapshot

KEY = "relations.sqlite3#new"


def _editor(qtbot, event: Event | None, fmt: DateFormat) -> EventEditorDialog:
    """An editor shown, its draft under ``KEY``; closed at the end without asking to save
    what it holds (which a person would be asked)."""
    dialog = EventEditorDialog(None, fmt, event, draft_key=KEY)
    qtbot.addWidget(dialog, before_close_func=lambda _: QDialog.done(dialog, 0))
    dialog.show()
    return dialog


def _taken_back(
    qtbot, respond, first: EventEditorDialog, event: Event | None, fmt: DateFormat
) -> EventEditorDialog:
    """The editor opened again on ``event``, the draft ``first`` kept offered and taken."""
    first.keep_draft()
    first.close()
    second = _editor(qtbot, event, fmt)
    respond(QMessageBox, lambda box: box.done(QMessageBox.StandardButton.Yes))
    second.offer_draft()
    return second


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_draft_taken_back_holds_every_field_as_typed(qtbot, respond, language):
    """Every date number came back as the last one kept (year 21, month 21 of "19–21 March
    2024"), Save greyed: the inner line edits of the date's six number boxes, all named
    alike by Qt, were kept and put back as inputs."""
    fmt = DateFormat(language)
    visit = next(event for event in sample_events() if event.host and event.participants)
    visit = replace(visit, id=4, version=1)
    first = _editor(qtbot, visit, fmt)
    first.start.set_fuzzy_date(FuzzyDate(2024, 3, 19))
    first.has_end.setChecked(True)
    first.end.set_fuzzy_date(FuzzyDate(2024, 3, 21))
    guest = next(code for code in visit.countries if code != visit.host)
    first.countries.set_countries(visit.countries, guest)
    kept = snapshot(first)

    second = _taken_back(qtbot, respond, first, visit, fmt)
    assert snapshot(second) == kept
    assert second.problems() == []
    made = second.result_event()
    assert made.date == EventDate(FuzzyDate(2024, 3, 19), FuzzyDate(2024, 3, 21))
    assert made.host == guest


def test_a_hijri_date_in_a_draft_comes_back_in_its_calendar(qtbot, respond, make_new):
    first = make_new()
    first.start.calendar.setCurrentIndex(first.start.calendar.findData(True))
    first.start.year.setValue(1446)
    first.start.month.setValue(9)
    first.start.day.setValue(5)
    kept = snapshot(first)

    second = _taken_back(qtbot, respond, first, None, DateFormat("en"))
    assert second.start.is_hijri() and second.start.year.value() == 1446
    assert (second.start.month.value(), second.start.day.value()) == (9, 5)
    assert snapshot(second) == kept


@pytest.fixture
def make_new(qtbot):
    """A new event's editor whose draft goes under ``KEY``."""
    return lambda: _editor(qtbot, None, DateFormat("en"))


def test_a_draft_keeps_only_the_editors_own_inputs(make_new):
    """Qt's own parts (a number box's line edit, a table's corner button) are not inputs:
    named alike across boxes, one of them stood for all."""
    names = list(snapshot(make_new()))
    assert names and not [name for name in names if name.startswith("qt_")]
