"""Places and people in three languages in the editor: each form has its field, the forms a
briefing will print show in the empty ones, a name stored in a language nobody could tell
is kept as it was, and an edit of the forms is undone like any other."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton

from timeline.domain.datetext import DateFormat
from timeline.domain.event import Forms, Participant, Place
from timeline.io.sample import sample_events
from timeline.ui.details import DetailsPanel
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow

#: Kazakh Foreign Minister Murat Nurtleu visits Rabat (every form given).
VISIT = next(event for event in sample_events() if event.place.city == "Rabat")


@pytest.fixture
def make_dialog(qtbot, english):
    def make(event=VISIT) -> EventEditorDialog:
        dialog = EventEditorDialog(None, english, event)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_every_form_of_the_place_and_the_people_has_its_field(make_dialog):
    dialog = make_dialog()
    assert [edit.text() for edit in dialog.city.edits] == ["الرباط", "Rabat", "Rabat"]
    table = dialog.participants.table
    assert [table.item(0, column).text() for column in range(7)] == [
        "مراد نورتليو",
        "Murat Nurtleu",
        "Murat Nurtleu",
        "وزير الخارجية",
        "Minister of Foreign Affairs",
        "ministre des Affaires étrangères",
        "KZ",
    ]
    assert dialog.result_event() == VISIT  # opened and saved: nothing changes


def test_the_other_forms_show_beside_the_one_being_typed(make_dialog):
    dialog = make_dialog()
    for edit in dialog.city.edits:
        edit.clear()
    dialog.place_country.set_code("CH")
    dialog.city_fr.setText("Genève")
    assert dialog.city_ar.placeholderText() == "جنيف"
    assert dialog.city_en.placeholderText() == "Geneva"
    dialog.city_fr.setText("Saint-Cergue")  # unknown to the table: printed as typed
    assert dialog.city_ar.placeholderText() == "Saint-Cergue"
    assert dialog.result_event().place == Place("Saint-Cergue", "CH", Forms(fr="Saint-Cergue"))


def test_a_name_of_unknown_language_is_kept_unless_changed(make_dialog):
    unsure = replace(
        VISIT,
        place=Place("Rabat-Salé", "MA"),
        participants=(Participant("Murat Nurtleu", "Ministre", "KZ"),),
    )
    dialog = make_dialog(unsure)
    assert dialog.city_en.text() == "Rabat-Salé" and dialog.city_fr.text() == ""
    assert dialog.participants.table.item(0, 4).text() == "Ministre"
    assert dialog.result_event() == unsure  # no language decided for it
    dialog.participants.table.item(0, 5).setText("Ministre des Affaires étrangères")
    dialog.participants.table.item(0, 4).setText("Minister of Foreign Affairs")
    person = dialog.result_event().participants[0]
    assert person.office_forms == Forms(
        en="Minister of Foreign Affairs", fr="Ministre des Affaires étrangères"
    )
    assert person.office_in("ar") == "Minister of Foreign Affairs"


def test_a_participant_needs_a_name_in_some_language(make_dialog):
    dialog = make_dialog()
    for column in range(3):
        dialog.participants.table.item(0, column).setText("")
    assert [problem.field for problem in dialog.problems()] == ["participants[1]"]
    assert not dialog.save_button.isEnabled()
    dialog.participants.table.item(0, 2).setText("Mourat Nourtleou")
    assert dialog.problems() == []
    assert dialog.result_event().participants[0].name_in("ar") == "Mourat Nourtleou"


def test_an_edit_of_the_forms_is_undone(qtbot, sample_store, english, respond):
    window = MainWindow(sample_store, english)
    qtbot.addWidget(window)
    visit = next(event for event in sample_store.find() if event.place.city == "Rabat")

    def rename(dialog: EventEditorDialog) -> None:
        dialog.city_fr.setText("Rabat (Maroc)")
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, rename)
    window.editing.edit_event(visit.id)
    assert sample_store.get(visit.id).place.city_in("fr") == "Rabat (Maroc)"
    window.undo_stack.undo()
    assert sample_store.get(visit.id).place.city_in("fr") == "Rabat"
    window.undo_stack.redo()
    assert sample_store.get(visit.id).place.city_in("fr") == "Rabat (Maroc)"


def test_the_details_panel_names_the_place_and_people_in_the_readers_language(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(VISIT, DateFormat(language="ar"))
    assert panel.place.text().startswith("الرباط")
    assert panel.participants.text().startswith("• مراد نورتليو — وزير الخارجية")
    panel.show_event(VISIT, DateFormat(language="fr"))
    assert "ministre des Affaires étrangères" in panel.participants.text()


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_details_panel_starts_each_of_several_people_with_a_bullet(qtbot, language):
    """In a narrow pane a person's line wraps, and the rest of it read as the next person
    ("… Councillors — / Morocco / Yerlan Koshanov …"): where there are several, each
    starts after a bullet; one alone needs none."""
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(VISIT, DateFormat(language=language))
    lines = panel.participants.text().split("\n")
    names = [person.text_in(language) for person in VISIT.participants]
    assert len(names) == 2 and lines == [f"• {name}" for name in names]
    alone = replace(VISIT, participants=VISIT.participants[:1])
    panel.show_event(alone, DateFormat(language=language))
    assert panel.participants.text() == names[0]


def test_a_screen_reader_names_each_detail_by_its_caption(qtbot):
    """The details' captions named their values for a screen reader, as a form's rows do:
    laid out in a grid they named nothing. Each value is labelled by its caption."""
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_event(VISIT, DateFormat(language="en"))
    for caption, field in panel._rows:
        relations = QAccessible.queryAccessibleInterface(field).relations()
        named = [
            other.text(QAccessible.Text.Name)
            for other, relation in relations
            if relation & QAccessible.RelationFlag.Label
        ]
        assert named == [caption], caption
