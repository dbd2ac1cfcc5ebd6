"""The History beside an event reads as the window does: the editor's names of the fields,
dates, statuses and countries in the reader's words, Arabic from the right."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.domain.status import EventStatus
from timeline.store.agreements import all_agreements
from timeline.ui.app import application
from timeline.ui.conflict_dialog import ConflictDialog
from timeline.ui.editor import EventEditorDialog

VISIT = "Kazakh Foreign Minister Murat Nurtleu visits Rabat"


@pytest.fixture
def edited_in(qapp, open_window, sample_store, respond, no_translation_after):
    """``edited_in(fmt)``: a window in ``fmt``'s language (translated and mirrored, as
    ``--lang`` starts it) where the user edits the Kazakh visit in its editor — a new
    French title, the date a month (April 2025), the status postponed — and reads the
    history of the event: what its changes say, line by line, as plain words."""

    def edit(fmt: DateFormat) -> list[str]:
        application(fmt.language)
        window = open_window(sample_store, fmt)
        visit = next(event for event in sample_store.find() if event.title_en == VISIT)

        def change(dialog: EventEditorDialog) -> None:
            dialog.title_fr.setText("Murat Nurtleu à Rabat")
            dialog.start.set_fuzzy_date(FuzzyDate(2025, 4))
            dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.POSTPONED))
            dialog.findChild(QPushButton, "saveButton").click()

        respond(EventEditorDialog, change)
        window.editing.edit_event(visit.id)
        window.timeline.set_selected(visit.id)
        history = window.details.history
        assert history.isVisible() and history.list.count() == 2
        assert history.list.currentRow() == 0, "the newest change, the edit, is shown"
        return without_direction_marks(history.changes.text()).splitlines()

    return edit


OLD_FRENCH = "Visite à Rabat du ministre kazakh des Affaires étrangères Murat Nurtleu"


def test_an_arabic_history_reads_in_arabic_from_the_right(edited_in):
    """Levantine months and digits, the Hijri days beside, a month kept a month, and the
    arrow pointing left: the old value on the right, where an Arabic line begins."""
    assert edited_in(DateFormat("ar", DateStyle.LEVANT)) == [
        f"العنوان بالفرنسية: {OLD_FRENCH} ← Murat Nurtleu à Rabat",
        "التاريخ: ٢٨ شباط ٢٠٢٥ (٢٩ شعبان ١٤٤٦ هـ) ← نيسان ٢٠٢٥ (شوال – ذو القعدة ١٤٤٦ هـ)",
        "الحالة: تمّ ← مؤجَّل",
    ]


def test_a_french_history_names_fields_and_dates_in_french(edited_in):
    assert edited_in(DateFormat("fr")) == [
        f"Titre en français\u00a0: {OLD_FRENCH} → Murat Nurtleu à Rabat",
        "Date\u00a0: 28 février 2025 (29 chaabane 1446 H) → "
        "avril 2025 (chawwal – dhou al-qi’da 1446 H)",
        "Statut\u00a0: a eu lieu → reporté",
    ]


def test_an_english_history_names_fields_as_the_editor_does(edited_in):
    """Not "title_fr", "2025-02-28 → 2025-04", "status: postponed" (held, the default,
    was not even in the record)."""
    assert edited_in(DateFormat("en")) == [
        f"Title in French: {OLD_FRENCH} → Murat Nurtleu à Rabat",
        "Date: 28 February 2025 (29 Sha'ban 1446 AH) → "
        "April 2025 (Shawwal – Dhu al-Qa'dah 1446 AH)",
        "Status: held → postponed",
    ]


@pytest.mark.parametrize(
    ("fmt", "row"),
    [
        (DateFormat("fr"), ["Date", "28 février 2025", "mars 2025"]),
        (
            DateFormat("ar", DateStyle.LEVANT),
            ["التاريخ", "٢٨ شباط ٢٠٢٥", "آذار ٢٠٢٥"],
        ),
    ],
    ids=["french", "levant"],
)
def test_two_conflicting_saves_are_shown_in_the_windows_words(
    qapp, sample_store, no_translation_after, fmt, row
):
    """The dialog of two saves of one event shares the history's words: its date, not
    "date | 2025-02-28 | 2025-03" (and without the Hijri days when the window hides them)."""
    application(fmt.language)
    theirs = next(event for event in sample_store.find() if event.title_en == VISIT)
    mine = replace(theirs, date=EventDate.from_edtf("2025-03"))
    dialog = ConflictDialog(None, theirs, mine, replace(fmt, show_hijri=False))
    table = dialog.findChild(QTableWidget, "differences")
    cells = [table.item(0, column).text() for column in range(3)]
    assert [without_direction_marks(cell) for cell in cells] == row
    assert table.verticalHeader().isHidden()  # no row numbers, which read in Latin digits


def test_the_history_names_an_agreement_by_its_title_in_the_readers_language(
    qapp, open_window, sample_store, no_translation_after
):
    """Not by its id ("az-ma-visa-waiver"), the file's word for it: as the details do."""
    application("fr")
    french = DateFormat("fr")
    window = open_window(sample_store, french)
    signed = next(
        event
        for event in sample_store.find()
        if event.title_en == "Morocco–Azerbaijan visa waiver agreement signed"
    )
    agreement = next(
        a for a in all_agreements(sample_store.database) if a.id == signed.agreement_id
    )
    window.editing.save_edit(signed, replace(signed, agreement_id=None, agreement_step=None))
    window.timeline.set_selected(signed.id)
    lines = without_direction_marks(window.details.history.changes.text()).splitlines()
    assert f"Accord\u00a0: {agreement.title('fr')} → —" in lines


def test_a_history_of_one_entry_takes_one_line(qapp, open_window, sample_store):
    """An event only created: its one entry stood in a white box five lines tall, "created"
    said again under it, and a button to restore a version that can never be enabled, the
    biggest block of a pane that in a small window shows a few lines. The list is as tall
    as its entries; once edited, an earlier version can be brought back."""
    window = open_window(sample_store, DateFormat("en"))
    visit = next(event for event in sample_store.find() if event.title_en == VISIT)
    window.timeline.set_selected(visit.id)
    history = window.details.history
    entries = history.list
    assert history.isVisible() and entries.count() == 1
    assert entries.height() == entries.sizeHintForRow(0) + 2 * entries.frameWidth()
    assert not history.changes.isVisible() and not history.restore_button.isVisible()
    sample_store.update(replace(visit, title_fr="Murat Nurtleu à Rabat"))
    window.timeline.set_selected(None)
    window.timeline.set_selected(visit.id)
    assert entries.count() == 2 and history.restore_button.isVisible()
    assert (
        entries.height()
        == sum(entries.sizeHintForRow(r) for r in range(2)) + 2 * entries.frameWidth()
    )
    assert history.changes.isVisible() and "Murat Nurtleu à Rabat" in history.changes.text()
