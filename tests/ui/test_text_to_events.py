"""Pasting an article into the timeline opens the reader; confirmed events are added as
one undoable step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from timeline.io.sample import open_sample_store, sample_events
from timeline.ui.extract_dialog import ExtractDialog
from timeline.ui.main_window import MainWindow

ARTICLE = "دخل اتفاق الإعفاء من التأشيرة بين المغرب وأذربيجان حيز التنفيذ في 28 غشت 2024."


def test_pasted_text_is_read_and_confirmed_events_added(
    qtbot, empty_store, english, monkeypatch, respond
):
    window = MainWindow(empty_store, english, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    # As read from text: no agreement yet (an agreement's thread is started in the window).
    confirmed = [
        replace(event, id=None, agreement_id=None, agreement_step=None)
        for event in sample_events()[:2]
    ]
    seen = {}

    def confirm(self):  # the person reviewed each proposal in the editor
        monkeypatch.setattr(self, "confirmed_events", lambda: confirmed)
        self.accept()

    def read_and_confirm(dialog: ExtractDialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        dialog.refresh()  # it reads after a pause in typing; no need to wait here
        seen["proposals"] = dialog.proposals.topLevelItemCount()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) is not None
        confirm(dialog)

    QGuiApplication.clipboard().setText(ARTICLE)
    respond(ExtractDialog, read_and_confirm)
    window.timeline.setFocus()
    qtbot.keySequence(window.timeline, QKeySequence.StandardKey.Paste)
    assert seen["text"] == ARTICLE
    assert seen["proposals"] >= 1, "the 28 August 2024 entry into force is proposed"
    assert empty_store.count() == 2
    window.undo_stack.undo()
    assert empty_store.count() == 0, "one step undoes them all"
