"""The dialog of two saves of one event: both versions read whole, in any window size."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget
from visual_order import seen_left_to_right

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.ui.app import application
from timeline.ui.conflict_dialog import ConflictDialog, Resolution

VISIT = "Kazakh Foreign Minister Murat Nurtleu visits Rabat"
SUMMARY = (
    "The minister met his Moroccan counterpart and the speaker of the House of "
    "Representatives; both sides signed a roadmap on consular cooperation and visas."
)


@pytest.mark.parametrize("smallest", [False, True], ids=["opened", "smallest"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_version_of_a_changed_field_reads_whole(
    qtbot, sample_store, no_translation_after, language, smallest
):
    """Their title and a long summary beside mine: each cell shows its whole text, wrapped
    in its column, with nothing to scroll sideways to. "Yours" was cut at the dialog's
    edge, read only by scrolling the table sideways."""
    application(language)
    mine = next(event for event in sample_store.find() if event.title_en == VISIT)
    theirs = replace(mine, title_en="Kazakh Foreign Minister visits Rabat and Casablanca")
    mine = replace(mine, summary=SUMMARY)
    dialog = ConflictDialog(None, theirs, mine, DateFormat(language, DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    dialog.show()
    if smallest:
        dialog.resize(dialog.minimumSizeHint())
    QApplication.processEvents()
    table = dialog.findChild(QTableWidget, "differences")
    assert table.horizontalScrollBar().maximum() == 0
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            cell = table.visualItemRect(item)
            inside = cell.adjusted(4, 0, -4, 0)  # the cell's own margins
            needed = table.fontMetrics().boundingRect(inside, Qt.TextFlag.TextWordWrap, item.text())
            assert needed.width() <= inside.width() and needed.height() <= cell.height(), (
                item.text()
            )
    # Every line can be brought into view: at its smallest the table showed two of a
    # version's three lines and could not scroll to the third.
    bar = table.verticalScrollBar()
    last = table.visualItemRect(table.item(table.rowCount() - 1, 1))
    assert last.bottom() - bar.value() <= table.viewport().height() + bar.maximum() - bar.value()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_edits_mine_again_and_escape_loses_nothing(
    qtbot, sample_store, no_translation_after, key
):
    """Enter takes the default, Edit mine again; Escape, as closing the dialog, overwrites
    nobody's version and loses none of mine: back to the editor with my changes in it (it
    kept the saved version, dropping what I had typed unasked)."""
    mine = next(event for event in sample_store.find() if event.title_en == VISIT)
    theirs = replace(mine, title_en="Kazakh Foreign Minister visits Rabat and Casablanca")
    dialog = ConflictDialog(None, theirs, mine, DateFormat("en", DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: qtbot.keyClick(dialog.focusWidget() or dialog, key))
    assert dialog.ask() is Resolution.EDIT_AGAIN


def test_an_english_version_in_the_arabic_dialog_keeps_its_full_stop_at_its_end(
    qtbot, sample_store, no_translation_after
):
    """An item view lays a cell out in the view's direction: their summary read ".Updated
    by a colleague" in the Arabic dialog."""
    application("ar")
    mine = next(event for event in sample_store.find() if event.title_en == VISIT)
    theirs = replace(mine, summary="Updated by a colleague.")
    dialog = ConflictDialog(None, theirs, mine, DateFormat("ar", DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "differences")
    (row,) = [r for r in range(table.rowCount()) if "colleague" in table.item(r, 1).text()]
    seen = seen_left_to_right(table.item(row, 1).text(), table.font(), table.layoutDirection())
    assert seen.strip() == "Updated by a colleague."


def test_tab_leaves_the_table_of_differences(qtbot, sample_store, no_translation_after):
    """Tab went from cell to cell: in the table, the keyboard never reached a button."""
    mine = next(event for event in sample_store.find() if event.title_en == VISIT)
    theirs = replace(mine, title_en="Kazakh Foreign Minister visits Rabat and Casablanca")
    dialog = ConflictDialog(None, theirs, mine, DateFormat("en", DateStyle.MAGHREB))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "differences")
    dialog.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not table.hasFocus())
