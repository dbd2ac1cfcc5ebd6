"""The event editor: building events, live validation, pre-filling and plain text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from alt_keys import alt_key_problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout_checks import cut_cells, cut_headers, cut_texts, overlaps, strays
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from timeline.domain.agreements import Agreement, AgreementKind, AgreementStep
from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import ltr, without_direction_marks
from timeline.domain.event import Event, Forms, Participant, Place
from timeline.domain.kinds import EventKind
from timeline.domain.normalize import normalize
from timeline.io.sample import sample_events
from timeline.ui.app import application
from timeline.ui.countries_editor import MEMBER_ROWS
from timeline.ui.country_picker import CountryPicker
from timeline.ui.date_row import DateRow
from timeline.ui.editor import EventEditorDialog
from timeline.ui.editor_support import INVALID_PROPERTY
from timeline.ui.window_size import WholeScrollArea

ENGLISH = DateFormat(language="en")
DATE_PARTS = ("Calendar", "Year", "Month", "Day")


@pytest.fixture
def make_dialog(qtbot) -> Callable[..., EventEditorDialog]:
    def make(event: Event | None = None, fmt: DateFormat = ENGLISH) -> EventEditorDialog:
        dialog = EventEditorDialog(None, fmt, event)
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog) -> EventEditorDialog:
    """A new-event dialog filled with a valid bilateral event on 19 March 2025."""
    dialog = make_dialog()
    choose_kind(dialog, EventKind.AGREEMENT_IN_FORCE)
    dialog.countries.first.set_code("MA")
    dialog.countries.second.set_code("KZ")
    dialog.title_en.setText("Visa exemption enters into force")
    dialog.start.set_fuzzy_date(FuzzyDate(2025, 3, 19))
    assert dialog.problems() == []
    return dialog


def choose_kind(dialog: EventEditorDialog, kind: EventKind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def enter(row: DateRow, year: int, month: int, day: int, hijri: bool = False) -> None:
    """Type a day into a date row the way a user does: calendar first, then the numbers."""
    row.precision.setCurrentIndex(row.precision.findData(Precision.DAY))
    row.calendar.setCurrentIndex(row.calendar.findData(hijri))
    row.year.setValue(year)
    row.month.setValue(month)
    row.day.setValue(day)


def save_enabled(dialog: EventEditorDialog) -> bool:
    return dialog.findChild(QAbstractButton, "saveButton").isEnabled()


def problems_text(dialog: EventEditorDialog) -> str:
    """The problems as read: each value isolated in its own direction (see the test of an
    Arabic example to type), the marks invisible."""
    return without_direction_marks(dialog.findChild(QWidget, "problems").text())


def invalid(widget: QWidget) -> bool:
    return bool(widget.property(INVALID_PROPERTY))


# --------------------------------------------------------------------------- creating


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_status_choices_begin_with_a_capital_as_the_kinds_do(make_dialog, language):
    """The status read "held", "a eu lieu" beside the kind's "Agreement signed" and the
    step's "Signed"."""
    dialog = make_dialog(None, DateFormat(language))
    for choices in (dialog.status, dialog.kind, dialog.step):
        names = [choices.itemText(number) for number in range(choices.count())]
        assert names and all(name[:1].isupper() for name in names), names


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_participants_column_titles_read_whole_in_a_small_window(
    make_dialog, no_translation_after, language
):
    """At 800×500 the participants' seven columns share some 630 pixels: their titles
    read "Name (English", "onction (anglai", "onction (frança". Each wraps in its column,
    the header as tall as the tallest."""
    application(language)
    dialog = make_dialog(None, DateFormat(language))
    dialog.resize(780, 460)
    dialog.show()
    QApplication.processEvents()
    assert cut_headers(dialog.participants.table) == []
    assert cut_headers(dialog.sources.table) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_participants_office_reads_whole(make_dialog, language):
    """Seven columns in the editor's width: "Minister of Foreign Affairs" read "Minister of
    Foreig…" (in Arabic "…Minister of Foreig", the dots at the start of a text cut at its
    end). A cell's text wraps, each row as tall as it needs."""
    visit = next(event for event in sample_events() if event.participants)
    dialog = make_dialog(visit, DateFormat(language))
    dialog.resize(900, 700)
    dialog.show()
    QApplication.processEvents()
    table = dialog.participants.table
    assert any(len(table.item(0, column).text()) > 20 for column in range(7))
    assert cut_cells(table) == []


def test_the_other_members_show_as_whole_rows(make_dialog):
    """A gathering of twelve countries: its other members' list showed three and half of
    a fourth, cut through, which reads as a list that ends there."""
    codes = ("SA", "AE", "BH", "DZ", "EG", "FR", "JO", "KW", "MA", "OM", "QA", "TN")
    gathering = Event(
        EventKind.MULTILATERAL_GATHERING,
        codes,
        EventDate.on(date(2025, 6, 10)),
        host="SA",
        title_en="Extended ministerial meeting",
    )
    dialog = make_dialog(gathering)
    dialog.show()
    QApplication.processEvents()
    members = dialog.countries.members
    assert members.count() == len(codes) - 1
    assert members.viewport().height() == MEMBER_ROWS * members.sizeHintForRow(0)


def test_a_new_event_with_a_hijri_start_date(make_dialog, qtbot):
    dialog = make_dialog()
    assert dialog.windowTitle() == "New event"
    assert not save_enabled(dialog)  # no countries, no title yet
    choose_kind(dialog, EventKind.AGREEMENT_IN_FORCE)
    dialog.countries.first.setEditText("Morocco")  # typing opens the completer's popup
    dialog.countries.second.setEditText("kz")
    qtbot.keyClicks(dialog.title_en, "Visa exemption enters into force")

    enter(dialog.start, 1446, 9, 19, hijri=True)

    assert dialog.start.other.text() == "19 March 2025"
    assert save_enabled(dialog), problems_text(dialog)
    event = dialog.result_event()
    assert event.date == EventDate(FuzzyDate(2025, 3, 19))
    assert event.date.precision is Precision.DAY
    assert event.countries == ("KZ", "MA")
    assert event.kind is EventKind.AGREEMENT_IN_FORCE
    assert event.id is None


def test_a_gregorian_day_shows_its_hijri_day(dialog):
    enter(dialog.start, 2025, 3, 19)
    assert dialog.start.other.text() == "19 Ramadan 1446 AH"


@pytest.mark.parametrize(
    ("precision", "hijri"),
    [(Precision.MONTH, "Ramadan – Shawwal 1446 AH"), (Precision.YEAR, "1446–1447 AH")],
)
def test_a_gregorian_month_or_year_shows_its_hijri_months_or_years(dialog, precision, hijri):
    """ "2020" showed "6 Jumada al-Ula 1441 – 16 Jumada al-Ula 1442 AH" beside it, days no
    one knew, where the list says "1441–1442 AH"."""
    enter(dialog.start, 2025, 3, 19)
    dialog.start.precision.setCurrentIndex(dialog.start.precision.findData(precision))
    assert dialog.start.other.text() == hijri


def test_switching_the_calendar_keeps_the_day(dialog):
    dialog.start.calendar.setCurrentIndex(dialog.start.calendar.findData(True))
    row = dialog.start
    assert (row.year.value(), row.month.value(), row.day.value()) == (1446, 9, 19)
    row.calendar.setCurrentIndex(row.calendar.findData(False))
    assert (row.year.value(), row.month.value(), row.day.value()) == (2025, 3, 19)
    assert dialog.result_event().date == EventDate(FuzzyDate(2025, 3, 19))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Hijri dates are typed to the day: choose “Day” to type one"),
        ("ar", "يُكتب التاريخ الهجري باليوم: اختر «يوم» لكتابته"),
    ],
)
def test_a_hijri_day_put_to_a_month_says_why_it_turned_gregorian(
    make_dialog, no_translation_after, language, said
):
    """Hijri 1446-09-01 put to a month read "March 2025", the calendar greyed, and
    nothing said why: the greyed calendar says it."""
    application(language)
    dialog = make_dialog(fmt=DateFormat(language))
    row = dialog.start
    row.calendar.setCurrentIndex(row.calendar.findData(True))
    assert row.calendar.isEnabled() and row.calendar.toolTip() == ""
    row.precision.setCurrentIndex(row.precision.findData(Precision.MONTH))
    assert not row.is_hijri() and not row.calendar.isEnabled()
    assert row.calendar.toolTip() == said
    row.precision.setCurrentIndex(row.precision.findData(Precision.DAY))
    assert row.calendar.isEnabled() and row.calendar.toolTip() == ""


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.dates(min_value=date(1924, 8, 1), max_value=date(2077, 11, 16)))
def test_a_day_entered_in_either_calendar_is_the_same_day(dialog, day):
    enter(dialog.start, day.year, day.month, day.day)
    dialog.start.calendar.setCurrentIndex(dialog.start.calendar.findData(True))
    assert dialog.start.is_hijri()
    assert dialog.result_event().date == EventDate.on(day)


def test_precision_hides_the_parts_it_does_not_know(dialog):
    row = dialog.start
    enter(row, 1446, 9, 19, hijri=True)
    row.precision.setCurrentIndex(row.precision.findData(Precision.MONTH))
    assert row.day.isHidden() and not row.month.isHidden()
    assert not row.is_hijri() and not row.calendar.isEnabled()  # Hijri input is for days
    assert dialog.result_event().date == EventDate(FuzzyDate(2025, 3))
    row.precision.setCurrentIndex(row.precision.findData(Precision.YEAR))
    assert row.day.isHidden() and row.month.isHidden()
    assert dialog.result_event().date == EventDate(FuzzyDate(2025))


def test_an_end_date_and_the_span_choice(dialog):
    assert not dialog.lasted.isEnabled() and not dialog.within.isEnabled()
    dialog.has_end.setChecked(True)
    assert dialog.lasted.isEnabled() and dialog.within.isEnabled()
    enter(dialog.end, 2025, 3, 21)
    assert dialog.result_event().date == EventDate(FuzzyDate(2025, 3, 19), FuzzyDate(2025, 3, 21))
    dialog.within.setChecked(True)
    assert dialog.result_event().date.within
    dialog.has_end.setChecked(False)
    assert dialog.result_event().date == EventDate(FuzzyDate(2025, 3, 19))


def test_an_end_unticked_and_ticked_again_comes_back(dialog):
    """Ticked again, the box reset the end to the start: Space on it while tabbing threw
    away "one day within 19–25 March" and Save refused an end the same as the start."""
    dialog.has_end.setChecked(True)
    enter(dialog.end, 2025, 3, 25)
    dialog.within.setChecked(True)
    dialog.has_end.setChecked(False)
    dialog.has_end.setChecked(True)
    assert dialog.result_event().date == EventDate(
        FuzzyDate(2025, 3, 19), FuzzyDate(2025, 3, 25), within=True
    )
    assert save_enabled(dialog), problems_text(dialog)
    dialog.has_end.setChecked(False)
    enter(dialog.start, 2025, 3, 28)  # the start moved past the hidden end: not brought back
    dialog.has_end.setChecked(True)
    assert dialog.end.fuzzy_date() == FuzzyDate(2025, 3, 28)


def test_an_end_ticked_after_a_hijri_start_is_offered_in_hijri(dialog):
    enter(dialog.start, 1446, 9, 19, hijri=True)
    dialog.has_end.setChecked(True)
    row = dialog.end
    assert row.is_hijri()
    assert (row.year.value(), row.month.value(), row.day.value()) == (1446, 9, 19)
    enter(row, 1446, 9, 25, hijri=True)
    dialog.has_end.setChecked(False)
    dialog.has_end.setChecked(True)  # and brought back in the calendar it was typed in
    assert row.is_hijri() and row.day.value() == 25
    assert dialog.result_event().date == EventDate(FuzzyDate(2025, 3, 19), FuzzyDate(2025, 3, 25))


def test_a_multilateral_kind_has_a_host_and_members(dialog):
    choose_kind(dialog, EventKind.MULTILATERAL_GATHERING)
    countries = dialog.countries
    assert countries.is_multilateral()
    assert sorted(countries.countries()) == ["KZ", "MA"]  # carried over from the pair
    countries.host.set_code("UZ")
    countries.member_picker.set_code("AZ")
    countries.add_member.click()
    event = dialog.result_event()
    assert event.host == "UZ"
    assert event.countries == ("AZ", "KZ", "MA", "UZ")
    countries.members.setCurrentRow(0)
    countries.remove_member.click()
    assert len(dialog.result_event().countries) == 3


def _members(dialog: EventEditorDialog) -> list[str]:
    members = dialog.countries.members
    return [members.item(row).text() for row in range(members.count())]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_gatherings_members_are_listed_by_their_names(make_dialog, language):
    """Listed by code, they read at random: "United Arab Emirates, Bahrain, China"."""
    codes = ("AE", "BH", "CN", "DE", "DZ", "MA")
    gathering = Event(
        EventKind.MULTILATERAL_GATHERING,
        codes,
        EventDate(FuzzyDate(2025, 4, 5)),
        title_en="Summit",
        host="MA",
    )
    names = _members(make_dialog(gathering, DateFormat(language)))
    assert len(names) == 5 and names == sorted(names, key=normalize)


@pytest.fixture
def gathering(qtbot):
    """A valid gathering hosted by Uzbekistan, shown, its member picker in focus. Closed
    without the question a shown dialog with changes asks, which would wait forever: so
    not given to qtbot, which closes its widgets first."""
    dialog = EventEditorDialog(None, ENGLISH)
    choose_kind(dialog, EventKind.MULTILATERAL_GATHERING)
    dialog.countries.host.set_code("UZ")
    dialog.title_en.setText("Summit in Samarkand")
    assert dialog.problems() == []
    dialog.show()
    dialog.countries.member_picker.setFocus()
    yield dialog
    QDialog.done(dialog, QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def test_enter_in_the_member_picker_adds_the_member_and_saves_nothing(gathering, qtbot):
    """The event is valid: Enter reached the dialog, whose default button saved it and
    closed it while the researcher was adding members."""
    picker = gathering.countries.member_picker
    qtbot.keyClicks(picker.text_field(), "az")
    picker.search_completer.popup().hide()
    qtbot.keyClick(picker.text_field(), Qt.Key.Key_Return)
    assert _members(gathering) == ["Azerbaijan (AZ)"]
    assert gathering.isVisible() and gathering.result() == QDialog.DialogCode.Rejected
    assert picker.currentText() == ""


def test_a_member_chosen_in_the_completer_with_enter_leaves_the_picker_empty(gathering, qtbot):
    """The completer wrote its choice after the picker was emptied, and its row in the
    whole list was Afghanistan's: a second Enter added Afghanistan."""
    picker = gathering.countries.member_picker
    qtbot.keyClicks(picker.text_field(), "Azerb")
    popup = picker.search_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _members(gathering) == ["Azerbaijan (AZ)"])
    qtbot.wait(20)  # what else the key does
    assert picker.currentText() == "" and picker.code() is None
    assert not gathering.countries.add_member.isEnabled()
    assert gathering.isVisible()


def test_participants_sources_place_and_tags(dialog):
    dialog.participants.add.click()
    table = dialog.participants.table
    for column, text in ((1, "Nasser Bourita"), (4, "Minister"), (6, "ma")):
        table.item(0, column).setText(text)
    dialog.sources.add.click()
    for column, text in enumerate(["https://example.org/a", "Hespress", "2025-04-08"]):
        dialog.sources.table.item(0, column).setText(text)
    dialog.city_en.setText("Rabat")
    dialog.place_country.set_code("MA")
    dialog.tags.setText("visa، travel, ")  # Arabic and Latin commas
    event = dialog.result_event()
    assert event.participants[0].country == "MA"
    assert event.sources[0].published == date(2025, 4, 8)
    assert event.place == Place("Rabat", "MA", Forms(en="Rabat"))
    assert event.participants[0] == Participant(
        "Nasser Bourita", "Minister", "MA", Forms(en="Nasser Bourita"), Forms(en="Minister")
    )
    assert event.tags == ("visa", "travel")


# --------------------------------------------------------------------------- validation


def thirty_february(dialog: EventEditorDialog) -> list[QWidget]:
    enter(dialog.start, 2025, 2, 30)
    return [dialog.start.day]


def end_before_start(dialog: EventEditorDialog) -> list[QWidget]:
    dialog.has_end.setChecked(True)
    enter(dialog.end, 2025, 3, 1)
    return [dialog.end.day]


def missing_hijri_day(dialog: EventEditorDialog) -> list[QWidget]:
    enter(dialog.start, 1446, 9, 30, hijri=True)  # Ramadan 1446 had 29 days
    return [dialog.start.day]


def hijri_year_out_of_range(dialog: EventEditorDialog) -> list[QWidget]:
    enter(dialog.start, 1342, 1, 1, hijri=True)
    return [dialog.start.year]


def one_country(dialog: EventEditorDialog) -> list[QWidget]:
    dialog.countries.second.set_code(None)
    return [dialog.countries.first, dialog.countries.second]


def no_country_for_a_gathering(dialog: EventEditorDialog) -> list[QWidget]:
    choose_kind(dialog, EventKind.MULTILATERAL_GATHERING)
    dialog.countries.set_countries((), None)
    return [dialog.countries.host]


def no_title(dialog: EventEditorDialog) -> list[QWidget]:
    dialog.title_en.setText("   ")
    return [dialog.title_ar, dialog.title_en, dialog.title_fr]


def ftp_source(dialog: EventEditorDialog) -> list[QWidget]:
    dialog.sources.add.click()
    dialog.sources.table.item(0, 0).setText("ftp://example.org/report")
    return [dialog.sources.table]


def bad_publication_day(dialog: EventEditorDialog) -> list[QWidget]:
    dialog.sources.add.click()
    dialog.sources.table.item(0, 1).setText("Hespress")
    dialog.sources.table.item(0, 2).setText("2025-02-30")
    return [dialog.sources.table]


def publication_in_words(dialog: EventEditorDialog) -> list[QWidget]:
    dialog.sources.add.click()
    dialog.sources.table.item(0, 2).setText("last February")
    return [dialog.sources.table]


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        (thirty_february, "Start date: 2025-02 has 28 days, not 30"),
        (end_before_start, "End date: the end 2025-03-01 is before the start 2025-03-19"),
        (missing_hijri_day, "Start date (Hijri): Ramadan 1446 has 29 days, not 30"),
        (hijri_year_out_of_range, "Start date (Hijri): Hijri year 1342 is outside"),
        (
            one_country,
            "Countries: an event of kind “Agreement in force” needs at least 2 countries, 1 given",
        ),
        (
            no_country_for_a_gathering,
            "Countries: an event of kind “Multilateral gathering” needs at least 1",
        ),
        (no_title, "Title: at least one title is required"),
        (ftp_source, "Source 1: 'ftp://example.org/report' is not an http(s) address"),
        (bad_publication_day, "Source 1: 2025-02 has 28 days, not 30"),
        (
            publication_in_words,
            "Source 1: 'last February' is not a day (expected YYYY-MM-DD, or YYYY-MM-DD هـ",
        ),
    ],
)
def test_a_problem_disables_save_and_names_its_field(dialog, breaks, expected):
    assert save_enabled(dialog)
    outlined = breaks(dialog)
    assert not save_enabled(dialog)
    assert expected in problems_text(dialog)
    assert all(invalid(widget) for widget in outlined)
    assert not invalid(dialog.kind)
    with pytest.raises(ValueError):
        dialog.result_event()


@pytest.mark.parametrize("typed", ["1446-09-19 هـ", "١٤٤٦-٠٩-١٩ هـ", "٢٠٢٥-٠٣-١٩", " 2025-03-19 "])
def test_a_source_published_on_a_hijri_day_or_in_arabic_digits_is_read(dialog, typed):
    """An Arabic outlet's date, as printed: it was "not a day (YYYY-MM-DD)"."""
    dialog.sources.add.click()
    dialog.sources.table.item(0, 0).setText("https://www.spa.gov.sa/")
    dialog.sources.table.item(0, 2).setText(typed)
    assert save_enabled(dialog), problems_text(dialog)
    assert dialog.result_event().sources[0].published == date(2025, 3, 19)


@pytest.mark.parametrize(
    ("style", "shown"),
    [
        (DateStyle.MAGHREB, "2025-04-08"),
        (DateStyle.EGYPT, "٢٠٢٥/٠٤/٠٨"),
        (DateStyle.LEVANT, "٢٠٢٥/٠٤/٠٨"),
    ],
)
def test_a_sources_day_is_in_the_readers_digits_and_reads_back(make_dialog, style, shown):
    """An edited event's source, in an Egyptian or Levantine window, read "2025-04-08" among
    Arabic-Indic digits; hyphens would turn such a day round in the right-to-left table."""
    sample = next(
        event for event in sample_events() if event.sources[:1] and event.sources[0].published
    )
    event = replace(sample, sources=(replace(sample.sources[0], published=date(2025, 4, 8)),))
    dialog = make_dialog(event.with_id(7), DateFormat("ar", style))
    assert dialog.sources.table.item(0, 2).text() == shown
    assert not dialog.is_changed()
    assert dialog.result_event().sources == event.sources


@pytest.mark.parametrize(
    ("style", "example"), [(DateStyle.EGYPT, "٢٠٢٥/٠٣/١٩"), (DateStyle.MAGHREB, "2025-03-19")]
)
def test_the_publication_days_hint_writes_a_day_as_its_cells_do(make_dialog, style, example):
    """The Published column's tooltip said "YYYY-MM-DD" (in Arabic "بصيغة YYYY-MM-DD")
    where an Egyptian reader's cells show ٢٠٢٥/٠٤/٠٨ and read what is typed so."""
    dialog = make_dialog(fmt=DateFormat("ar", style))
    tip = without_direction_marks(dialog.sources.table.horizontalHeaderItem(2).toolTip())
    assert example in tip and "YYYY" not in tip, tip


def test_an_arabic_problems_example_of_a_day_reads_left_to_right(make_dialog):
    """After Arabic words the examples "2025-03-19" and "1446-09-19" showed as "19-03-2025"
    and "19-09-1446": copied as read, a day typed so is refused again."""
    dialog = make_dialog(fmt=DateFormat("ar"))
    dialog.sources.add.click()
    dialog.sources.table.item(0, 0).setText("https://www.spa.gov.sa/")
    dialog.sources.table.item(0, 2).setText("فبراير 2025")
    said = dialog.problems_label.text()
    assert ltr("2025-03-19") in said and ltr("1446-09-19") in said
    assert dialog.problems_label.isRightToLeft()


def test_a_sources_problem_names_the_source_in_the_readers_digits(make_dialog):
    """An Egyptian reader read "المصدر 1: …" under a table numbering its rows ١, ٢."""
    dialog = make_dialog(fmt=DateFormat("ar", DateStyle.EGYPT))
    dialog.sources.add.click()
    dialog.sources.table.item(0, 0).setText("https://www.spa.gov.sa/")
    dialog.sources.table.item(0, 2).setText("فبراير ٢٠٢٥")
    source = without_direction_marks(problems_text(dialog)).splitlines()[-1]
    assert source.partition(":")[0].endswith(" ١"), source


def test_every_problem_is_listed_at_once(make_dialog):
    dialog = make_dialog()
    enter(dialog.start, 2025, 2, 30)
    lines = problems_text(dialog).splitlines()
    assert any(line.startswith("Start date:") for line in lines)
    assert any(line.startswith("Countries:") for line in lines)
    assert any(line.startswith("Title:") for line in lines)


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        (thirty_february, ": الشهر ٢٠٢٥/٠٢ فيه ٢٨ يومًا، لا ٣٠"),
        (end_before_start, ": النهاية ٢٠٢٥/٠٣/٠١ قبل البداية ٢٠٢٥/٠٣/١٩"),
    ],
)
def test_a_date_a_problem_names_is_in_the_readers_digits(make_dialog, breaks, expected):
    """An Egyptian reader, whose spin boxes show ٢٠٢٥ and ٢, read "الشهر 2025-02 فيه ٢٨
    يومًا، لا ٣٠": the month the rule names in Latin digits beside Arabic-Indic ones. With
    hyphens, "٢٠٢٥-٠٢" showed as "٠٢-٢٠٢٥" in the right-to-left line, and both days of
    "النهاية ٢٠٢٥-٠٣-٠١ قبل البداية ٢٠٢٥-٠٣-١٩" turned round: slashes, as the reader types
    a day (DateFormat.typed_day), keep the year first."""
    dialog = make_dialog(fmt=DateFormat("ar", DateStyle.EGYPT))
    dialog.start.set_fuzzy_date(FuzzyDate(2025, 3, 19))
    breaks(dialog)
    said = without_direction_marks(problems_text(dialog))
    assert any(line.endswith(expected) for line in said.splitlines()), said
    assert not re.search("[0-9]", said), said


def test_fixing_the_problem_enables_save_and_clears_the_outline(dialog):
    enter(dialog.start, 2025, 2, 30)
    assert invalid(dialog.start.day)
    dialog.start.day.setValue(28)
    assert save_enabled(dialog)
    assert problems_text(dialog) == ""
    assert not invalid(dialog.start.day)


def test_an_unknown_country_is_reported_not_dropped(dialog):
    """A name typed that names no country is said as the filter bar says it: it was "an
    unknown country code", though no code was typed, and the valid first country was
    outlined beside it."""
    dialog.countries.second.setEditText("Kazakhstn")
    assert not save_enabled(dialog)
    assert "Countries: no country is called 'Kazakhstn'" in without_direction_marks(
        problems_text(dialog)
    )
    assert invalid(dialog.countries.second) and not invalid(dialog.countries.first)
    # The place's own unknown country stays said as the domain says it, of the place.
    dialog.place_country.setEditText("Atlantis")
    said = without_direction_marks(problems_text(dialog)).splitlines()
    assert "Countries: no country is called 'Kazakhstn'" in said
    assert not any("Kazakhstn" in line for line in said if not line.startswith("Countries"))


def test_checking_has_end_validates_the_new_end_at_once(dialog):
    dialog.has_end.setChecked(True)  # the end starts as the start
    assert "End date: the end is the same as the start" in problems_text(dialog)
    dialog.end.set_fuzzy_date(FuzzyDate(2025, 3, 20))
    assert save_enabled(dialog)


def test_the_field_names_follow_the_field(dialog):
    assert dialog.field_label("participants[2]") == "Participant 2"
    assert dialog.field_label("sources[1]") == "Source 1"
    assert dialog.field_label("hijri") == "Start date (Hijri)"


def test_accept_refuses_an_invalid_event(dialog):
    dialog.title_en.clear()
    dialog.accept()
    assert dialog.result() == 0


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_ctrl_s_and_enter_save_when_valid_and_escape_cancels(dialog, make_dialog, qtbot):
    dialog.title_en.clear()
    with qtbot.waitActive(dialog):
        dialog.show()
    qtbot.keyClick(dialog.title_en, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # invalid: Ctrl+S does nothing
    qtbot.keyClicks(dialog.title_en, "Visa")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.title_en, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    again = make_dialog(dialog.result_event())
    with qtbot.waitActive(again):
        again.show()
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        qtbot.keyClick(again.title_en, Qt.Key.Key_Return)

    other = make_dialog()
    with qtbot.waitActive(other):
        other.show()
    with qtbot.waitSignal(other.rejected, timeout=10_000):
        qtbot.keyClick(other.title_en, Qt.Key.Key_Escape)


def answer(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    return lambda box: box.button(button).click()


def test_closing_with_unsaved_input_asks_to_save_discard_or_go_on(dialog, make_dialog, respond):
    dialog.show()
    respond(QMessageBox, answer(QMessageBox.StandardButton.Cancel))
    assert not dialog.close()
    assert dialog.isVisible(), "Cancel: editing goes on"
    respond(QMessageBox, answer(QMessageBox.StandardButton.Discard))
    assert dialog.close()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected

    saving = make_dialog()
    saving.show()
    saving.title_en.setText("Talks")  # one field of many: not an event yet
    respond(QMessageBox, answer(QMessageBox.StandardButton.Save))
    saving.reject()  # Escape and the Cancel button
    assert saving.isVisible(), "an invalid event cannot be saved: its problems are listed"
    assert "Countries" in saving.problems_label.text()

    untouched = make_dialog()
    untouched.show()
    assert untouched.close(), "nothing typed, nothing asked"


def test_closing_the_window_closes_the_editor_first(open_window, sample_store, english, respond):
    window = open_window(sample_store, english)
    editor = EventEditorDialog(window, english)
    editor.show()
    editor.title_en.setText("Talks")
    respond(QMessageBox, answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible() and editor.isVisible()
    respond(QMessageBox, answer(QMessageBox.StandardButton.Discard))
    assert window.close()


# --------------------------------------------------------------------------- editing


@pytest.mark.parametrize("sample", sample_events(), ids=lambda event: event.title_en[:30])
def test_editing_a_sample_event_keeps_it_whole(make_dialog, sample):
    created = datetime(2025, 4, 9, 10, 30)
    event = Event(
        **{
            **{name: getattr(sample, name) for name in Event.__dataclass_fields__},
            "id": 42,
            "version": 3,
            "created_at": created,
            "updated_at": created + timedelta(days=1),
        }
    )
    dialog = make_dialog(event)
    assert dialog.windowTitle() == "Edit event"
    assert save_enabled(dialog), problems_text(dialog)
    assert dialog.result_event() == event


def test_an_edit_keeps_the_id_and_changes_the_fields(make_dialog):
    sample = next(
        event
        for event in sample_events()
        if event.kind is EventKind.AGREEMENT_IN_FORCE and event.countries == ("KZ", "MA")
    )
    dialog = make_dialog(sample.with_id(7))
    assert {dialog.countries.first.code(), dialog.countries.second.code()} == {"MA", "KZ"}
    dialog.title_en.setText("Visa-free travel begins")
    event = dialog.result_event()
    assert event.id == 7
    assert event.title_en == "Visa-free travel begins"
    assert event.title_ar == sample.title_ar


# --------------------------------------------------------------------------- text


def test_markup_in_a_title_is_kept_literally(dialog):
    dialog.title_en.setText("<b>x</b>")
    assert dialog.result_event().title_en == "<b>x</b>"


def test_problems_are_plain_text(dialog):
    label = dialog.findChild(QWidget, "problems")
    assert label.textFormat() == Qt.TextFormat.PlainText
    dialog.sources.add.click()
    dialog.sources.table.item(0, 0).setText("<b>x</b>")
    assert "'<b>x</b>' is not an http(s) address" in problems_text(dialog)


def test_placeholders_in_user_text_are_not_filled_in(dialog):
    dialog.sources.add.click()
    dialog.sources.table.item(0, 0).setText("x%1%2")
    assert "Source 1: 'x%1%2' is not an http(s) address" in problems_text(dialog)


def test_direction_follows_the_content(dialog):
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert dialog.title_ar.layoutDirection() == rtl
    dialog.title_en.setText("زيارة رسمية")
    assert dialog.title_en.layoutDirection() == rtl
    dialog.title_ar.setText("IPU-150")
    assert dialog.title_ar.layoutDirection() == ltr
    dialog.title_ar.clear()
    assert dialog.title_ar.layoutDirection() == rtl
    dialog.summary.setPlainText("مباحثات في طشقند")
    assert dialog.summary.layoutDirection() == rtl
    assert dialog.summary.document().defaultTextOption().textDirection() == rtl


def test_table_cells_align_with_their_text(dialog):
    dialog.participants.add.click()
    item = dialog.participants.table.item(0, 0)
    item.setText("ناصر بوريطة")
    assert Qt.AlignmentFlag(item.textAlignment()) & Qt.AlignmentFlag.AlignRight
    item.setText("Nasser Bourita")
    assert Qt.AlignmentFlag(item.textAlignment()) & Qt.AlignmentFlag.AlignLeft


def test_an_arabic_ui_is_right_to_left(make_dialog):
    dialog = make_dialog(fmt=DateFormat(language="ar"))
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.kind.itemText(dialog.kind.findData(EventKind.OFFICIAL_VISIT)) == "زيارة رسمية"
    dialog.title_en.setText("Visit")
    assert dialog.title_en.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", "الشهر 2025-02 فيه 28 يومًا، لا 30"),
        ("fr", "2025-02 compte 28 jours, pas 30"),
    ],
)
def test_problems_are_named_in_the_readers_language(make_dialog, language, expected):
    dialog = make_dialog(fmt=DateFormat(language=language))
    choose_kind(dialog, EventKind.OFFICIAL_VISIT)
    enter(dialog.start, 2025, 2, 30)
    assert expected in problems_text(dialog)
    assert "has 28 days" not in problems_text(dialog)


def test_every_input_has_an_object_and_an_accessible_name(dialog):
    kinds = (
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QTableWidget,
        QListWidget,
        QAbstractButton,
    )
    inputs = [
        widget
        for kind in kinds
        for widget in dialog.findChildren(kind)
        if not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        and not widget.objectName().startswith("qt_")
        and widget.parent().objectName() != "qt_scrollarea_viewport"
    ]
    assert len(inputs) > 25
    unnamed = [
        widget for widget in inputs if not widget.objectName() or not widget.accessibleName()
    ]
    assert unnamed == []


# --------------------------------------------------------------------------- country picker


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kazakh", "Kazakhstan (KZ)"),
        ("كازاخستان", "Kazakhstan (KZ)"),
        ("Maroc", "Morocco (MA)"),
        ("(KZ", "Kazakhstan (KZ)"),
        ("egypte", "Egypt (EG)"),
    ],
)
def test_the_country_picker_finds_any_name_or_code(qtbot, typed, expected):
    picker = CountryPicker("en")
    qtbot.addWidget(picker)
    completer = picker.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    found = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert expected in found


@pytest.mark.parametrize(
    ("language", "typed", "named"),
    [
        ("fr", "Morocco", "Maroc (MA)"),
        ("ar", "kazakhstan", "كازاخستان (KZ)"),
        ("fr", "ma", "Maroc (MA)"),
    ],
)
def test_a_country_typed_by_another_name_is_named_as_the_list_names_it(
    qtbot, language, typed, named
):
    """A French editor kept "Morocco" as typed, beside "Kazakhstan" picked from the list
    and a French title; a name nobody knows stays as typed, to be said."""
    picker = CountryPicker(language)
    qtbot.addWidget(picker)
    for text, shown in ((typed, named), ("Atlantis", "Atlantis")):
        picker.setEditText(text)
        picker.text_field().editingFinished.emit()
        assert picker.currentText() == shown


def test_the_country_picker_reads_and_sets_codes(qtbot):
    picker = CountryPicker("fr")
    qtbot.addWidget(picker)
    assert picker.code() is None
    picker.set_code("KZ")
    assert picker.currentText() == "Kazakhstan (KZ)"
    assert picker.code() == "KZ"
    for text, code in [
        ("المغرب", "MA"),
        ("morocco", "MA"),
        ("ma", "MA"),
        ("Maroc (MA)", "MA"),
        ("Atlantis", None),
        ("", None),
    ]:
        picker.setEditText(text)
        assert picker.code() == code, text
    picker.set_code(None)
    assert picker.currentText() == ""


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("agreement", [False, True], ids=["event", "agreement step"])
def test_no_input_of_the_editor_lies_over_another(make_dialog, language, agreement):
    """Every field the dialog shows is in its place: none floats over another (the step of
    an agreement and the party that ratified it appear only for an agreement's step)."""
    visit = next(e for e in sample_events() if e.place.city == "Rabat")
    if agreement:
        visit = replace(visit, agreement_id="ma-kz-visa", agreement_step=AgreementStep.SIGNED)
    dialog = make_dialog(visit, DateFormat(language))
    dialog.resize(1000, 640)
    dialog.show()
    assert dialog.step.isVisible() is agreement and dialog.party.isVisible() is agreement
    assert strays(dialog) == []
    assert overlaps(dialog) == []
    assert cut_texts(dialog) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_editor_fits_a_small_screen_and_scrolls_its_fields(make_dialog, qtbot, language):
    """It asked for 998x783 px at least, more than the test's 800x800 screen and a
    1366x768 laptop's room: it opens no larger than its screen, and made 800x500 its
    fields scroll to the participants at its foot, Save in view, no text cut."""
    from PySide6.QtWidgets import QScrollArea

    visit = next(e for e in sample_events() if e.place.city == "Rabat")
    dialog = make_dialog(visit, DateFormat(language))
    room = dialog.screen().availableSize()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.show()
    dialog.resize(800, 500)
    qtbot.waitUntil(lambda: dialog.height() == 500)
    assert not dialog.save_button.visibleRegion().isEmpty()
    assert dialog.participants.visibleRegion().isEmpty()  # below the fold
    dialog.findChild(QScrollArea).ensureWidgetVisible(dialog.participants)
    assert not dialog.participants.visibleRegion().isEmpty()
    assert cut_texts(dialog) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_screen_too_low_for_it_the_editor_scrolls_down_not_sideways(
    make_dialog, qtbot, language
):
    """As wide as it asks but lower than its fields (a 1366x768 laptop): they scroll down
    alone. The vertical bar took its width from the fields, which then scrolled sideways
    too, by the bar's width (the documentation's picture had both bars)."""
    from PySide6.QtWidgets import QScrollArea

    visit = next(e for e in sample_events() if e.place.city == "Rabat")
    dialog = make_dialog(visit, DateFormat(language))
    dialog.show()
    dialog.resize(dialog.sizeHint().width(), 600)
    qtbot.waitUntil(lambda: dialog.height() == 600)
    area = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible(), timeout=10_000)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_made_as_small_as_it_goes_the_editor_shows_a_title_and_a_date_whole(
    make_dialog, qtbot, no_translation_after, language
):
    """It could be made 188x236: one cut row of fields between two scroll bars. At its
    smallest, its fields scroll down only, and a title's field and a date's row show whole
    (scrolled to)."""
    from PySide6.QtWidgets import QScrollArea

    application(language)
    dialog = make_dialog(None, DateFormat(language))
    dialog.show()
    dialog.resize(1, 1)  # as far as dragging its corner goes
    qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSize())
    area = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible(), timeout=10_000)
    for row in (dialog.title_en, dialog.start):
        area.ensureWidgetVisible(row)
        assert row.visibleRegion().boundingRect() == row.rect(), row.objectName()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_in_a_window_narrower_than_two_columns_the_boxes_stand_in_one(make_dialog, qtbot, language):
    """At 800x500 the two columns scrolled sideways: the date's year and day were out of
    sight (on the left in Arabic). In one column nothing is wider than the window, and the
    boxes read what, when, where, the sources; made wide again, they stand in two."""
    from PySide6.QtWidgets import QScrollArea

    visit = next(e for e in sample_events() if e.place.city == "Rabat")
    dialog = make_dialog(visit, DateFormat(language))
    dialog.show()
    dialog.resize(800, 500)
    area = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: dialog.height() == 500 and area.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible(), timeout=10_000)
    assert dialog.columns.is_one_column()
    boxes = [dialog.kind, dialog.start, dialog.city_ar, dialog.sources]
    tops = [box.mapTo(area.widget(), box.rect().topLeft()).y() for box in boxes]
    assert tops == sorted(tops)
    for spin in (dialog.start.year, dialog.start.day):
        area.ensureWidgetVisible(spin)
        shown = spin.visibleRegion().boundingRect()
        assert shown.width() == spin.width(), spin.objectName()
    assert cut_texts(dialog) == []
    dialog.resize(1400, 900)
    qtbot.waitUntil(lambda: not dialog.columns.is_one_column())
    start, city = dialog.start, dialog.city_ar
    assert (
        start.mapTo(dialog, start.rect().topLeft()).y()
        < city.mapTo(dialog, city.rect().topLeft()).y()
    )


def _tab_stops(dialog: EventEditorDialog, qtbot, count: int) -> list[str]:
    stops = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while not widget.objectName():  # an editable combo box's line
            widget = widget.parentWidget()
        stops.append(widget.objectName())
    return stops


@pytest.fixture
def unasked():
    """``unasked(event)``: an editor on ``event`` that is closed after the test without the
    question a shown dialog with changes asks, which would wait forever (so not given to
    qtbot, which closes its widgets first)."""
    made: list[EventEditorDialog] = []

    def make(event: Event) -> EventEditorDialog:
        made.append(EventEditorDialog(None, ENGLISH, event))
        return made[-1]

    yield make
    for dialog in made:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def test_tab_goes_through_the_boxes_in_their_reading_order(unasked, qtbot):
    """It went from the kind to the status at the foot of the date box, from the start
    date to "has an end date" past the end's own fields, stayed in the last cell of the
    sources, and stopped on the scroll area, unseen, after Cancel."""
    dialog = unasked(next(e for e in sample_events() if e.place.city == "Rabat"))
    dialog.has_end.setChecked(True)
    dialog.end.set_fuzzy_date(FuzzyDate(2025, 3, 1))
    assert dialog.problems() == []
    dialog.show()
    dialog.activateWindow()
    dialog.kind.setFocus()
    qtbot.waitUntil(lambda: dialog.kind.hasFocus())
    stops = _tab_stops(dialog, qtbot, 40)
    assert stops[: stops.index("kind") + 1] == [
        *("countryA", "countryB", "pairHost"),
        *("titleAr", "titleEn", "titleFr", "summary", "tags"),
        *("startPrecision", "startCalendar", "startYear", "startMonth", "startDay"),
        "hasEnd",
        *("endPrecision", "endCalendar", "endYear", "endMonth", "endDay"),
        *("lastedSpan", "status"),  # the chosen one of the two: the arrows choose
        *("cityAr", "cityEn", "cityFr", "placeCountry"),
        *("sources", "addSource", "participants", "addParticipant"),
        *("saveButton", "cancelButton", "kind"),
    ]


def _whole_in_sight(widget) -> bool:
    """Whether all of ``widget`` is inside its window's scrolled view."""
    return widget.visibleRegion().boundingRect() == widget.rect()


def test_tab_from_cancel_round_to_the_first_field_scrolls_it_into_sight(unasked, qtbot):
    """At its smallest the form scrolls: Tab from Cancel put the focus on the kind, at the
    top, while the form stayed scrolled to the foot, the kind out of sight."""
    dialog = unasked(next(e for e in sample_events() if e.place.city == "Rabat"))
    dialog.show()
    dialog.activateWindow()
    dialog.resize(1, 1)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.waitUntil(cancel.hasFocus)
    bar = dialog.findChild(WholeScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())  # the form scrolled to its foot, as Tab through it leaves it
    assert not _whole_in_sight(dialog.kind)
    qtbot.keyClick(cancel, Qt.Key.Key_Tab)
    assert dialog.kind.hasFocus() and _whole_in_sight(dialog.kind)


def test_save_refused_takes_the_focus_to_the_first_field_with_a_problem(unasked, qtbot):
    """Ctrl+S with problems listed them, and left the focus where it was: the outlined
    sources lay below the fold of a small window."""
    dialog = unasked(next(e for e in sample_events() if e.place.city == "Rabat"))
    dialog.show()
    dialog.activateWindow()
    dialog.resize(1, 1)
    dialog.sources.set_rows([["ftp://x", "Outlet", ""]])
    dialog.kind.setFocus()
    qtbot.waitUntil(lambda: dialog.kind.hasFocus())
    qtbot.keyClick(dialog.kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.sources.table.hasFocus()
    assert not dialog.sources.table.visibleRegion().isEmpty()
    dialog.title_en.clear()
    dialog.title_ar.clear()
    dialog.title_fr.clear()  # a problem above: the first in the form's order
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.title_ar.hasFocus() and _whole_in_sight(dialog.title_ar)


def test_enter_on_a_chosen_row_types_into_its_cell_and_does_not_save(unasked, qtbot):
    """Enter on a participant chosen in the table pressed Save: the editor closed, saved,
    where the reader meant to correct the name."""
    dialog = unasked(next(e for e in sample_events() if e.place.city == "Rabat"))
    dialog.show()
    dialog.activateWindow()
    table = dialog.participants.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.isVisible() and table.state() == QAbstractItemView.State.EditingState
    typing = QApplication.focusWidget()
    typing.selectAll()
    qtbot.keyClicks(typing, "Murat Nurtleu Jr")
    qtbot.keyClick(typing, Qt.Key.Key_Return)  # ends the typing (Qt's, queued), no Save
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert dialog.isVisible() and table.item(0, 1).text() == "Murat Nurtleu Jr"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_two_participants_show_whole_at_800_by_500(
    make_dialog, qtbot, no_translation_after, language
):
    """Not one participant showed whole at 800×500 (a 54 px view under two-line headers,
    55 px rows), and the two-letter country code took the widest column of seven."""
    application(language)
    rabat = next(event for event in sample_events() if event.place.city == "Rabat")
    dialog = make_dialog(rabat, DateFormat(language))
    dialog.show()
    dialog.resize(800, 500)
    table = dialog.participants.table
    qtbot.waitUntil(lambda: table.rowHeight(1) > 0)
    assert table.viewport().height() >= table.rowHeight(0) + table.rowHeight(1)
    assert table.columnWidth(6) < min(table.columnWidth(column) for column in range(6))


def test_the_problems_are_listed_in_the_forms_order(make_dialog):
    """Those found reading a date or a source came first, then the others: "Start date,
    Source 1, Countries, Title, Place, Participant 1", Source 1 split in two."""
    dialog = make_dialog()
    dialog.start.set_fuzzy_date(FuzzyDate(2025, 2, 1))
    dialog.start.day.setValue(30)
    dialog.sources.set_rows([["ftp://x", "Outlet", "yesterday"]])
    dialog.participants.set_rows([["", "Bob", "", "", "", "", "ZZ"]])
    dialog.title_en.setText("Talks")
    dialog.title_en.clear()
    fields = [problem.field.partition("[")[0] for problem in dialog.problems()]
    assert fields == ["countries", "title", "date", "sources", "sources", "participants"]
    lines = dialog.problems_label.text().splitlines()
    assert [line.partition(":")[0] for line in lines][:3] == ["Countries", "Title", "Start date"]


def test_tab_reaches_the_chosen_reading_of_an_end_date_either_way(unasked, qtbot):
    """With "On one day within it" chosen, Tab stopped on "Lasted the whole span", not
    chosen, and left the pair from there: the choice was reached by the arrows alone."""
    dialog = unasked(next(e for e in sample_events() if e.place.city == "Rabat"))
    dialog.has_end.setChecked(True)
    dialog.end.set_fuzzy_date(FuzzyDate(2025, 3, 25))
    dialog.within.setChecked(True)
    dialog.show()
    dialog.activateWindow()
    dialog.end.day.setFocus()
    qtbot.waitUntil(lambda: dialog.end.day.hasFocus())
    assert _tab_stops(dialog, qtbot, 2) == ["oneDayWithin", "status"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.within
    qtbot.keyClick(dialog.within, Qt.Key.Key_Up)  # the arrows still choose the other
    assert dialog.lasted.isChecked() and dialog.lasted.hasFocus()
    assert _tab_stops(dialog, qtbot, 1) == ["status"]
    dialog.end.day.setFocus()
    qtbot.waitUntil(lambda: dialog.end.day.hasFocus())
    assert _tab_stops(dialog, qtbot, 1) == ["lastedSpan"]


#: What no letter is left for (26 Latin letters, fewer in the words of the labels): the
#: fields of a date after its first (its label's key goes to the precision, Tab to the
#: others), "Lasted the whole span" (Alt+W chooses the other, the arrows this one), the
#: Remove buttons (enabled once rows are chosen in their list) and the member's Add
#: (Enter in the picker adds), and for a step of an agreement, the party that ratified.
NO_LETTER_LEFT = {
    *(f"no Alt key reaches {row}{part}" for row in ("start", "end") for part in DATE_PARTS),
    *(
        f"no Alt key for {name}"
        for name in (
            "lastedSpan",
            "removeSource",
            "removeParticipant",
            "addMember",
            "removeMember",
            "agreementParty",
        )
    ),
    # In French, "Étape" has no letter left but the P of "Premier pays" ("Ajouter un pays").
    "Alt+P is shared by countryA, agreementStep",
    "Alt+P is shared by memberPicker, agreementStep",
}


@pytest.mark.parametrize("case", ["new", "edited", "agreement step"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_field_and_button_has_an_alt_key_of_its_own(
    make_dialog, no_translation_after, language, case
):
    """Save had no underlined letter, nor "Countries"' host, "Start", "End", the other
    two cities, "Party", the span's choices or the Add buttons: they were reached only
    by tabbing through every field before them. Cancel has Escape. With an end date and
    for a gathering (a host and its members) too."""
    application(language)
    visit = next(e for e in sample_events() if e.place.city == "Rabat")
    if case == "agreement step":
        visit = replace(visit, agreement_id="ma-kz-visa", agreement_step=AgreementStep.SIGNED)
    dialog = make_dialog(None if case == "new" else visit, DateFormat(language))
    dialog.show()
    assert set(alt_key_problems(dialog)) <= NO_LETTER_LEFT
    dialog.has_end.setChecked(True)
    choose_kind(dialog, EventKind.MULTILATERAL_GATHERING)
    try:
        assert dialog.countries.member_picker.isVisible()
        assert set(alt_key_problems(dialog)) <= NO_LETTER_LEFT
    finally:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # closed without asking to save


def test_a_blank_new_event_says_its_problems_once_something_is_typed_or_save_pressed(
    make_dialog, qtbot
):
    """A new event opened already listing two problems, its country and title boxes
    outlined in red, before anything was typed. It keeps them to itself (Save stays
    greyed) until a field changes or Save is pressed; an event being edited says its
    problems at once."""
    blank = make_dialog()
    blank.show()
    outlined = [w for w in blank.findChildren(QWidget) if w.property(INVALID_PROPERTY)]
    assert blank.problems_label.text() == "" and outlined == []
    assert not blank.save_button.isEnabled() and blank.problems() != []
    qtbot.keyClicks(blank.title_en, "Talks")
    assert "Countries" in blank.problems_label.text()
    assert any(w.property(INVALID_PROPERTY) for w in blank.countries.inputs_for("countries"))
    blank.done(0)  # closed without saving, as a test leaves it

    pressed = make_dialog()
    pressed.show()
    pressed.activateWindow()
    qtbot.waitUntil(pressed.isActiveWindow)
    qtbot.keyClick(pressed.title_en, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert pressed.isVisible() and "Countries" in pressed.problems_label.text()
    pressed.done(0)

    faulty = Event(EventKind.OFFICIAL_VISIT, ("MA",), EventDate.on(date(2025, 3, 1)), title_en="X")
    assert "Countries" in make_dialog(faulty).problems_label.text()


def test_an_agreements_title_is_named_in_the_readers_digits(qtbot):
    """As the details name it ("بروتوكول التجارة لعام ٢٠٢٥"), above the date's spin boxes in
    Arabic-Indic digits: the editor read "2025"."""
    agreement = Agreement("ma-kz-trade-2025", AgreementKind.TRADE, ("MA", "KZ"),
                          title_ar="بروتوكول التجارة لعام 2025")  # fmt: skip
    signed = next(event for event in sample_events() if event.agreement_step is not None)
    signed = replace(signed, agreement_id=agreement.id, agreement_step=AgreementStep.SIGNED)
    fmt = DateFormat("ar", DateStyle.EGYPT)
    dialog = EventEditorDialog(None, fmt, signed, agreement=agreement)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "agreementName").text() == "بروتوكول التجارة لعام ٢٠٢٥"
