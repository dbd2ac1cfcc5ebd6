"""The list of countries the pickers offer: made once per language and shared by every
picker in that language (the editor has five, the filter bar two)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from timeline.domain.datetext import DateFormat
from timeline.io.sample import open_sample_store
from timeline.ui.country_picker import CountryPicker, country_entries, country_model
from timeline.ui.editor import EventEditorDialog
from timeline.ui.fonts import widget_font
from timeline.ui.main_window import MainWindow


def _editor(qtbot, language: str = "en") -> EventEditorDialog:
    dialog = EventEditorDialog(None, DateFormat(language))
    qtbot.addWidget(dialog)
    return dialog


def _pickers(dialog: EventEditorDialog) -> list[CountryPicker]:
    return dialog.findChildren(CountryPicker)


def test_the_pickers_of_a_language_share_one_list_and_each_language_has_its_own(qtbot):
    first, second, french = _editor(qtbot), _editor(qtbot), _editor(qtbot, "fr")
    english = country_model("en")
    assert len(_pickers(first)) == 5
    assert all(picker.model() is english for picker in _pickers(first) + _pickers(second))
    assert all(picker.model() is country_model("fr") for picker in _pickers(french))
    assert english.rowCount() == len(country_entries("en"))
    assert first.place_country.label_for("DE") == "Germany (DE)"
    assert french.place_country.label_for("DE") == "Allemagne (DE)"


def test_after_switching_to_french_a_new_editor_names_the_countries_in_french(
    qtbot, sample_store, english
):
    window = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    before = window.editing._editor(None)
    qtbot.addWidget(before)
    assert before.place_country.label_for("DE") == "Germany (DE)"
    try:
        window.apply_preferences(DateFormat("fr"))
        dialog = window.editing._editor(None)
        qtbot.addWidget(dialog)
        dialog.place_country.set_code("DE")
        assert dialog.place_country.currentText() == "Allemagne (DE)"
        names = [dialog.countries.first.itemText(row) for row in range(3)]
        assert names == [entry.label for entry in country_entries("fr")[:3]]
        assert window.filter_bar.first.label_for("MA") == "Maroc (MA)"
    finally:
        window.apply_preferences(english)


def test_what_one_editor_types_leaves_the_list_of_the_next_as_it_was(qtbot):
    """Shared, the list must not take in a name typed in one picker."""
    dialog = _editor(qtbot)
    dialog.show()
    for picker in _pickers(dialog):
        qtbot.keyClicks(picker.text_field(), "Atlantis")
        qtbot.keyClick(picker.text_field(), Qt.Key.Key_Return)
    dialog.countries.first.set_code("MA")
    dialog.countries.set_multilateral(True)
    dialog.countries.member_picker.set_code("KZ")
    dialog.countries.add_member.click()
    dialog.done(0)  # closed without saving
    after = _editor(qtbot)
    assert after.place_country.count() == len(country_entries("en"))
    assert after.place_country.findText("Atlantis", Qt.MatchFlag.MatchContains) == -1
    assert after.place_country.currentText() == ""
    assert after.countries.members.count() == 0


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_every_country_is_one_line_as_tall_as_the_first(qtbot, language):
    """The list lays its rows out from the first one's size (measuring all ~250 each time a
    style or a font reached the picker took most of opening the editor): true only while
    every name takes one line of the same height, which this measures row by row."""
    picker = CountryPicker(language)
    qtbot.addWidget(picker)
    picker.setFont(widget_font())
    view = picker.list_view()
    assert view.uniformItemSizes()
    heights = {view.sizeHintForRow(row) for row in range(picker.count())}
    assert len(heights) == 1, heights


@pytest.mark.parametrize(
    ("typed", "code"), [("kinshasa", "CD"), ("brazzaville", "CG"), ("st kitts", "KN")]
)
def test_a_country_named_formally_is_found_by_its_short_name_too(qtbot, typed, code):
    """Named "Democratic Republic of the Congo", the picker no longer found "Kinshasa":
    CLDR's short names ("Congo - Kinshasa", "St. Kitts & Nevis") are searched too."""
    picker = CountryPicker("en")
    qtbot.addWidget(picker)
    completer = picker.search_completer
    completer.setCompletionPrefix(typed)
    matches = completer.completionModel()
    labels = [matches.index(row, 0).data() for row in range(matches.rowCount())]
    assert any(f"({code})" in label for label in labels), labels
