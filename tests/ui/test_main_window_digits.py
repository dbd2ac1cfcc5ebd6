"""Titles' numbers in the window in the reader's digits, as the briefing writes them: the
150th IPU assembly is "الدورة ١٥٠" for a Levantine or Egyptian reader on the timeline, in
the list and in the details, while what is stored, searched and edited stays "150"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.event import Participant, Place
from timeline.domain.filters import EventFilter
from timeline.render.describe import describe
from timeline.ui.duplicate_dialog import DuplicateDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.extract_dialog import ExtractDialog

STORED = "الدورة 150 للاتحاد البرلماني الدولي"
ARABIC_INDIC = "الدورة ١٥٠ للاتحاد البرلماني الدولي"


@pytest.mark.parametrize(
    ("style", "shown"),
    [
        (DateStyle.LEVANT, ARABIC_INDIC),
        (DateStyle.EGYPT, ARABIC_INDIC),
        (DateStyle.MAGHREB, STORED),
    ],
    ids=["levant", "egypt", "maghreb"],
)
def test_a_titles_number_is_shown_in_the_readers_digits_and_stored_as_typed(
    qtbot, open_window, sample_store, monkeypatch, style, shown
):
    window = open_window(sample_store, DateFormat("ar", style))
    with qtbot.waitSignal(window.filter_bar.filterChanged):
        qtbot.keyClicks(window.filter_bar.text, "150")  # found as typed, in Latin digits
    assert window.state.event_filter == EventFilter(text="150")
    assert len(window.source.index) == 4
    assembly = next(event for event in sample_store.find() if event.title_ar == STORED)

    drawn = describe(window.timeline.current_layout())["events"]
    assert [event["label"] for event in drawn if event["id"] == assembly.id] == [shown]
    latin = style is DateStyle.MAGHREB  # the Moroccan reader's digits are Latin
    assert len(drawn) == 4 and all(("150" in event["title"]) is latin for event in drawn)

    table = window.event_list
    row = table.model().row_of(assembly.id)
    title = table.model().index(row, 2)
    assert title.data() == shown
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(title).center()
    )
    assert window.timeline.selected_id == assembly.id
    assert window.details.title.text() == shown
    assert window.timeline.accessibleDescription().endswith(shown)

    opened: list[EventEditorDialog] = []

    def look(self: EventEditorDialog) -> int:
        opened.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventEditorDialog, "exec", look)
    window.editing.edit_event(assembly.id)
    assert opened[0].title_ar.text() == STORED  # the editor edits what is stored
    assert sample_store.get(assembly.id).title_ar == STORED


@pytest.mark.parametrize(
    ("style", "shown"),
    [(DateStyle.LEVANT, "١٥١"), (DateStyle.EGYPT, "١٥١"), (DateStyle.MAGHREB, "151")],
    ids=["levant", "egypt", "maghreb"],
)
def test_the_history_of_an_event_shows_its_numbers_in_the_readers_digits(
    qtbot, open_window, sample_store, style, shown
):
    """Its dates and times were in the reader's digits, what each change changed was not:
    "title_ar: … 150 … → … 151 …" under "٣ كانون الأول ٢٠٢٦ ١٥:٥٠"."""
    assembly = next(event for event in sample_store.find() if event.title_ar == STORED)
    sample_store.update(replace(assembly, title_ar=STORED.replace("150", "151")))
    window = open_window(sample_store, DateFormat("ar", style))
    window.timeline.set_selected(assembly.id)
    history = window.details.history
    assert history.list.count() == 2
    changes = history.changes.text()
    assert shown in changes and ("151" in changes) is (style is DateStyle.MAGHREB)


@pytest.mark.parametrize(
    ("style", "hall", "session"),
    [(DateStyle.EGYPT, "١٧", "١٥٠"), (DateStyle.MAGHREB, "17", "150")],
    ids=["egypt", "maghreb"],
)
def test_a_places_and_an_offices_numbers_are_in_the_readers_digits(
    qtbot, open_window, sample_store, style, hall, session
):
    """As the briefing's table and the history write them: the details, the list and the
    tooltip read "جنيف، القاعة 17" and "رئيس الدورة 150" beside "٥–٩ أبريل ٢٠٢٥"."""
    assembly = next(event for event in sample_store.find() if event.title_ar == STORED)
    president = Participant("دوارتي باتشيكو", "رئيس الدورة 150 للاتحاد البرلماني الدولي")
    place = Place("جنيف، القاعة 17")
    sample_store.update(replace(assembly, place=place, participants=(president,)))
    window = open_window(sample_store, DateFormat("ar", style))
    window.timeline.set_selected(assembly.id)
    details = window.details
    assert details.place.text() == f"جنيف، القاعة {hall}"
    assert details.participants.text().endswith(f"رئيس الدورة {session} للاتحاد البرلماني الدولي")

    model = window.event_list.model()
    place_column = model.COLUMNS.index("place")
    assert model.index(model.row_of(assembly.id), place_column).data() == details.place.text()
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == assembly.id)
    assert f"<br/>{details.place.text()}</div>" in window.timeline.tooltip_html(shape)


def test_the_sentences_naming_a_title_or_counting_events_are_in_the_readers_digits(
    qtbot, open_window, sample_store, monkeypatch
):
    """The undo step and the questions that name an event quote its title as the window
    shows it: an Egyptian reader's Edit menu named "الدورة 150 …" under a timeline labelled
    "الدورة ١٥٠", and "إضافة 3 أحداث من نص" three events read from an article; the
    look-alike dialog quoted the title as stored too."""
    fmt = DateFormat("ar", DateStyle.EGYPT)
    window = open_window(sample_store, fmt)
    assembly = next(event for event in sample_store.find() if event.title_ar == STORED)
    window.editing.save_edit(assembly, replace(assembly, summary="Held in Tashkent."))
    assert ARABIC_INDIC in window.undo_stack.undoText()

    dialog = DuplicateDialog(window, replace(assembly, id=None), assembly, fmt)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert ARABIC_INDIC in shown and STORED not in shown

    read = [replace(event, id=None, agreement_id=None, agreement_step=None)
            for event in sample_store.find()[:3]]  # fmt: skip
    monkeypatch.setattr(ExtractDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExtractDialog, "confirmed_events", lambda self: read)
    window.editing.events_from_text("…")
    assert "إضافة ٣ أحداث من نص" in window.undo_stack.undoText()
