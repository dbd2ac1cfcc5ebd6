"""New events from text: highlighting, proposals, and confirming each in the editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog
from visual_order import as_read, seen_left_to_right

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.kinds import EventKind
from timeline.ui.app import application
from timeline.ui.editor import EventEditorDialog
from timeline.ui.extract_dialog import COUNTRY_COLOUR, DATE_COLOUR, ExtractDialog

SEED = Path(__file__).resolve().parents[2].parent / "shared/seeds/000_60c031fbfd51394f.txt"
ARTICLE = (
    "التعاون المغربي الكازاخي.. مباحثات\n"
    "أكد المسؤول المغربي أن دخول إتفاق الإعفاء من التأشيرة بين المغرب و أذربيجان حيز التنفيذ "
    "في 28 غشت 2024 خطوة مهمة.\n"
    "وشدد على أهمية زيارة وزير الخارجية الكازاخي إلى المغرب في فبراير الماضي.\n"
    "ولا تاريخ في هذه الجملة."
)


@pytest.fixture
def dialog(qtbot, arabic) -> ExtractDialog:
    dialog = ExtractDialog(None, arabic, date(2025, 4, 8))
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(ARTICLE)
    dialog.refresh()
    return dialog


def column(dialog: ExtractDialog, number: int) -> list[str]:
    tree = dialog.proposals
    return [tree.topLevelItem(row).text(number) for row in range(tree.topLevelItemCount())]


def status(dialog: ExtractDialog, proposed: int, confirmed: int) -> str:
    """The status line as the dialog words it, in whatever language the UI is."""
    template = dialog.tr("%1 proposed, %2 confirmed")
    return template.replace("%1", str(proposed)).replace("%2", str(confirmed))


def highlighted(dialog: ExtractDialog, colour: str) -> list[str]:
    return [
        selection.cursor.selectedText()
        for selection in dialog.text.extraSelections()
        if selection.format.background().color() == QColor(colour)
    ]


def test_the_publication_day_defaults_to_today(qtbot, english):
    dialog = ExtractDialog(None, english)
    qtbot.addWidget(dialog)
    assert dialog.publication_day() == date.today()
    assert dialog.proposals.topLevelItemCount() == 0
    assert not dialog.add_button.isEnabled()


def test_the_publication_day_reads_left_to_right_in_arabic(dialog):
    assert dialog.publication_day() == date(2025, 4, 8)
    assert dialog.published.text() == "2025-04-08"


def test_the_publication_day_is_in_an_egyptian_readers_digits(qtbot):
    """Its calendar's days too; the day read from it is the same. Slashes, which keep
    their order between Arabic-Indic digits in any line ("٢٠٢٥-٠٤-٠٨" shows as ٠٨-٠٤-٢٠٢٥)."""
    dialog = ExtractDialog(None, DateFormat("ar", DateStyle.EGYPT), date(2025, 4, 8))
    qtbot.addWidget(dialog)
    assert dialog.published.text() == "٢٠٢٥/٠٤/٠٨"
    calendar = dialog.published.calendarWidget()
    assert calendar.locale().toString(8) == "٨"
    dialog.published.setDate(QDate(2025, 2, 15))
    assert dialog.publication_day() == date(2025, 2, 15)
    assert dialog.published.text() == "٢٠٢٥/٠٢/١٥"


def test_each_dated_sentence_is_proposed(dialog):
    assert column(dialog, 0) == ["28 غشت 2024", "فبراير 2025"]
    assert column(dialog, 1) == ["دخول اتفاق حيز التنفيذ", "زيارة رسمية"]
    assert as_read(column(dialog, 3)[1]).startswith("وشدد على أهمية زيارة")
    assert dialog.status.text() == status(dialog, 2, 0)


def test_a_sentence_in_english_keeps_its_full_stop_at_its_end_in_arabic(qtbot, arabic):
    """An Arabic reader's list of an English article's proposals showed ".Rabat, 8 April
    2025": the sentence's full stop at its start, taken for the Arabic line's."""
    dialog = ExtractDialog(None, arabic, date(2025, 4, 8))
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Rabat, 8 April 2025. Talks on visas were held.")
    dialog.refresh()
    sentence = column(dialog, 3)[0]
    seen = seen_left_to_right(sentence, dialog.font(), dialog.proposals.layoutDirection())
    assert as_read(seen) == "Rabat, 8 April 2025."


def test_dates_and_countries_are_highlighted(dialog):
    assert highlighted(dialog, DATE_COLOUR) == ["28 غشت 2024", "فبراير الماضي"]
    countries = highlighted(dialog, COUNTRY_COLOUR)
    assert countries[:2] == ["المغربي", "الكازاخي"]
    assert {"أذربيجان", "المغرب"} <= set(countries)
    assert dialog.text.toPlainText() == ARTICLE  # highlighting never edits the text


def test_selecting_a_proposal_marks_its_sentence(dialog):
    dialog.proposals.setCurrentItem(dialog.proposals.topLevelItem(1))
    (sentence,) = [
        s.cursor.selectedText()
        for s in dialog.text.extraSelections()
        if s.format.background().color() not in (QColor(DATE_COLOUR), QColor(COUNTRY_COLOUR))
    ]
    assert sentence.startswith("وشدد") and sentence.endswith("الماضي.")


def test_the_text_is_read_again_after_typing(qtbot, dialog):
    dialog.text.appendPlainText("وقعت الرباط وباكو اتفاقا في 19 مارس 2025.")
    assert dialog.text.extraSelections() == []  # no highlight on characters that moved
    qtbot.waitUntil(lambda: dialog.proposals.topLevelItemCount() == 3)
    assert "19 مارس 2025" in highlighted(dialog, DATE_COLOUR)


def test_pasted_rich_text_stays_plain(dialog):
    mime = QMimeData()
    mime.setHtml("<b>Le 28 août 2024</b><img src='https://example.org/x.png'>")
    mime.setText("<b>Le 28 août 2024</b>")
    dialog.text.clear()
    dialog.text.insertFromMimeData(mime)
    dialog.refresh()
    assert dialog.text.toPlainText() == "<b>Le 28 août 2024</b>"
    block = dialog.text.document().firstBlock()
    assert block.charFormat().fontWeight() != QFont.Weight.Bold
    assert highlighted(dialog, DATE_COLOUR) == ["28 août 2024"]


def test_a_text_without_dates_says_so(dialog):
    dialog.text.setPlainText("لا تاريخ هنا. Rien ici non plus.")
    dialog.refresh()
    assert dialog.proposals.topLevelItemCount() == 0
    assert dialog.status.text() == dialog.tr("No sentence of this text gives a date.")
    assert not dialog.review_button.isEnabled()


def test_a_proposal_opens_the_editor_pre_filled_and_saving_confirms_it(dialog):
    assert dialog.confirmed_events() == []
    dialog.source_url.setText("https://example.org/article")
    dialog.review(dialog.proposals.topLevelItem(0))
    editor = dialog.editor
    assert isinstance(editor, EventEditorDialog) and editor.isVisible()
    assert editor.kind.currentData() == EventKind.AGREEMENT_IN_FORCE
    assert set(editor.countries.countries()) == {"AZ", "MA"}
    assert editor.start.fuzzy_date() == FuzzyDate(2024, 8, 28)
    assert editor.summary.toPlainText().endswith("في 28 غشت 2024 خطوة مهمة.")
    assert editor.title_ar.text().startswith("أكد المسؤول المغربي")
    assert editor.problems() == []
    editor.title_en.setText("Morocco-Azerbaijan visa waiver in force")
    editor.save_button.click()
    (event,) = dialog.confirmed_events()
    assert event.date == EventDate(FuzzyDate(2024, 8, 28))
    assert event.countries == ("AZ", "MA")
    assert event.title_en == "Morocco-Azerbaijan visa waiver in force"
    assert event.sources[0].url == "https://example.org/article"
    assert event.sources[0].published == date(2025, 4, 8)
    assert event.id is None  # a new event: the main window saves it
    assert column(dialog, 4) == [dialog.tr("Confirmed"), ""]
    assert dialog.status.text() == status(dialog, 2, 1)
    assert dialog.add_button.isEnabled()


def test_a_proposal_needing_a_fix_is_confirmed_as_corrected(dialog):
    dialog.review(dialog.proposals.topLevelItem(1))
    editor = dialog.editor
    editor.kind.setCurrentIndex(editor.kind.findData(EventKind.BILATERAL_MEETING))
    editor.save_button.click()
    (event,) = dialog.confirmed_events()
    assert event.kind is EventKind.BILATERAL_MEETING
    assert event.date == EventDate(FuzzyDate(2025, 2))


def test_a_cancelled_review_confirms_nothing(dialog):
    dialog.review(dialog.proposals.topLevelItem(0))
    dialog.editor.reject()
    assert dialog.confirmed_events() == []
    assert dialog.editor is None
    assert not dialog.add_button.isEnabled()


def test_the_dialog_returns_only_confirmed_events(qtbot, dialog):
    dialog.review(dialog.proposals.topLevelItem(1))
    dialog.editor.save_button.click()
    dialog.add_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [event.kind for event in dialog.confirmed_events()] == [EventKind.OFFICIAL_VISIT]


def test_a_new_publication_day_moves_relative_dates(dialog):
    dialog.published.setDate(QDate(2025, 2, 15))
    assert column(dialog, 0)[1] == "فبراير 2024"


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not on this machine")
def test_the_seed_article(qtbot, arabic):
    dialog = ExtractDialog(None, arabic, date(2025, 4, 8))
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(SEED.read_text(encoding="utf-8"))
    dialog.refresh()
    assert column(dialog, 0) == [
        "يوم ما خلال 5–9 أبريل 2025",
        "فبراير 2025",
        "مارس 2025",
        "28 غشت 2024",
        "28–29 أبريل 2025",
    ]
    dialog.resize(1200, 860)
    dialog.show()
    assert not dialog.grab().isNull()


def test_a_source_that_is_not_an_address_is_flagged_in_the_editor(dialog):
    dialog.source_url.setText("example.org/article")
    dialog.review(dialog.proposals.topLevelItem(0))
    assert [problem.field for problem in dialog.editor.problems()] == ["sources[1]"]
    assert not dialog.editor.save_button.isEnabled()
    dialog.editor.reject()  # left open, it took the keys of a later test's window


def test_tab_goes_on_from_the_article_to_the_next_field(qtbot, dialog):
    """Tab typed a tab into the article: a keyboard user could never reach the proposals,
    Review or Add (fourteen presses stayed in the article)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == ARTICLE
    assert dialog.focusWidget() is not dialog.text
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.text


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_column_of_the_proposals_has_a_title_and_the_sentences_take_the_room(
    qtbot, no_translation_after, language
):
    """A fifth column with no title stood empty beside the cut sentences: until a
    proposal is confirmed there is none, the sentences reaching the table's edge; then
    it says which were, under its title."""
    application(language)
    dialog = ExtractDialog(None, DateFormat(language), date(2025, 4, 8))
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(ARTICLE)
    dialog.refresh()
    dialog.show()
    tree = dialog.proposals
    header = tree.header()

    def shown() -> list[int]:
        return [number for number in range(header.count()) if not header.isSectionHidden(number)]

    assert len(shown()) == 4
    width = tree.viewport().width()
    qtbot.waitUntil(lambda: sum(header.sectionSize(number) for number in shown()) == width)
    dialog.review(tree.topLevelItem(0))
    dialog.editor.save_button.click()
    assert len(shown()) == 5
    assert all(tree.headerItem().text(number) for number in shown())
    assert column(dialog, 4)[0] == dialog.tr("Confirmed")
