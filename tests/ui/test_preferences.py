"""Changing the reader at run time: same window, same place, new language and dates."""

from __future__ import annotations

import pytest
from alt_keys import alt_key_problems
from PySide6.QtCore import Qt
from visual_order import seen_left_to_right

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import isolate
from timeline.io.sample import open_sample_store
from timeline.settings import preferred_format
from timeline.ui.app import application
from timeline.ui.main_window import MainWindow
from timeline.ui.preferences import PreferencesDialog


def test_switching_to_arabic_keeps_the_place_and_mirrors(qtbot, qapp, sample_store, english):
    window = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    in_force = next(e for e in sample_store.find() if e.date.to_edtf() == "2024-08-28")
    window._select(in_force.id)
    window.timeline.zoom_at(3.0)
    period = window.timeline.period
    try:
        window.apply_preferences(DateFormat("ar", DateStyle.LEVANT))
        assert window.state.fmt.language == "ar"
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.timeline.period == period
        assert window.timeline.selected_id == in_force.id
        assert window.details.gregorian.text() == "٢٨ آب ٢٠٢٤"
        assert window.details.title.text() == in_force.title_ar
        assert window.summary.text().endswith("حدثًا")  # 11 events, Arabic plural
        assert preferred_format().style is DateStyle.LEVANT, "remembered"
    finally:
        window.apply_preferences(english)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_dialog_shows_an_example_in_the_chosen_style(qtbot):
    dialog = PreferencesDialog(None, DateFormat("en"))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.date_style.setCurrentIndex(dialog.date_style.findData(DateStyle.MAGHREB))
    assert dialog.example.text() == "28 غشت 2024 (24 صفر 1446 هـ)"
    dialog.hijri.setChecked(False)
    assert dialog.example.text() == "28 غشت 2024"
    dialog.digits.setCurrentIndex(2)
    assert dialog.example.text() == "٢٨ غشت ٢٠٢٤"
    assert dialog.chosen() == DateFormat("ar", DateStyle.MAGHREB, True, False)


def test_in_english_the_example_shows_the_arabic_month_names_and_digits_chosen(qtbot):
    """The month names and the digits are Arabic's: in an English or French window the
    example, English alone, did not change whatever was chosen."""
    dialog = PreferencesDialog(None, DateFormat("en"))
    qtbot.addWidget(dialog)
    dialog.hijri.setChecked(False)
    dialog.date_style.setCurrentIndex(dialog.date_style.findData(DateStyle.LEVANT))
    assert dialog.example.text() == "28 August 2024\n" + isolate("٢٨ آب ٢٠٢٤")  # as the Levant
    dialog.digits.setCurrentIndex(1)
    assert dialog.example.text() == "28 August 2024\n" + isolate("28 آب 2024")


def test_an_arabic_sample_date_reads_in_its_own_direction_beside_an_english_caption(qtbot):
    """The list of month names read "Maghreb — 28 2024 غشت" in English: the Arabic date,
    put into a left-to-right line, had its day split from its month. It is an island of
    its own direction, its day before its month."""
    dialog = PreferencesDialog(None, DateFormat("en"))
    qtbot.addWidget(dialog)
    item = dialog.date_style.itemText(dialog.date_style.findData(DateStyle.MAGHREB))
    assert item == f"Maghreb — {isolate('28 غشت 2024')}"
    # As painted, left to right: the date as an Arabic line paints it, after the caption.
    seen = seen_left_to_right(item, dialog.font(), Qt.LayoutDirection.LeftToRight)
    alone = seen_left_to_right("28 غشت 2024", dialog.font(), Qt.LayoutDirection.RightToLeft)
    assert seen == f"Maghreb — {alone}"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_field_and_button_has_an_alt_key_of_its_own(qtbot, no_translation_after, language):
    """No label of the preferences had an underlined letter: the digits or the Hijri date
    were reached only by tabbing through the choices before them. Cancel has Escape."""
    application(language)
    dialog = PreferencesDialog(None, DateFormat(language))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not alt_key_problems(dialog)
