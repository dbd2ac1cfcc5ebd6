"""Linking events and threading agreements in the window: each step made with the keys and
the dialogs as a person does, and each undone and redone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from alt_keys import alt_key_problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from visual_order import as_read

from timeline.domain.agreements import AgreementKind, AgreementStep
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.links import EventLink, LinkKind
from timeline.store.agreements import all_agreements, every_thread
from timeline.store.links import links_of
from timeline.ui.agreement_dialog import AgreementDialog
from timeline.ui.app import application
from timeline.ui.editor import EventEditorDialog
from timeline.ui.link_dialog import LinkDialog, UnlinkDialog


def by_title(store) -> dict:
    return {event.title_en: event for event in store.find()}


def shortcut(qtbot, window, key: Qt.Key, shift: bool = False) -> None:
    """Ctrl(+Shift)+key on the timeline, the window active as a person's is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.timeline, key, modifiers)


def answer(respond, kind: type, handler) -> None:
    """``respond``, closing the dialog if the handler fails (else exec would wait forever)."""

    def safely(dialog) -> None:
        try:
            handler(dialog)
        except BaseException:
            dialog.reject()
            raise

    respond(kind, safely)


def _linking(fmt: DateFormat, store) -> LinkDialog:
    visit = by_title(store)["Kazakh Foreign Minister Murat Nurtleu visits Rabat"]
    return LinkDialog(None, fmt, visit, store.find())


def _unlinking(fmt: DateFormat, store) -> UnlinkDialog:
    events = by_title(store)
    visit = events["Kazakh Foreign Minister Murat Nurtleu visits Rabat"]
    forum = events["3rd South-South Parliamentary Dialogue Forum"]
    link = EventLink(visit.id, forum.id, LinkKind.ON_SIDELINES_OF)
    return UnlinkDialog(None, fmt, [(link, forum.title(fmt.language))])


def _threading(fmt: DateFormat, store) -> AgreementDialog:
    signed = by_title(store)["Morocco–Azerbaijan visa waiver agreement signed"]
    return AgreementDialog(None, fmt, signed, set())


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize(
    "make", [_linking, _unlinking, _threading], ids=["link", "unlink", "agreement"]
)
def test_every_field_and_button_has_an_alt_key_of_its_own(
    qtbot, sample_store, no_translation_after, make, language
):
    """Each field had its Alt key, but OK none: it was pressed with Enter or reached by
    tabbing through every field. It says what it does, with its key. Cancel has Escape."""
    application(language)
    dialog = make(DateFormat(language), sample_store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not alt_key_problems(dialog)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_link_dialog_reads_as_a_sentence_without_a_word_twice(
    qtbot, sample_store, no_translation_after, language
):
    """ "Is: Outcome of / Of: …" read "this event is outcome of of …", "Follow-up to of";
    the French "Résultat de / De"."""
    application(language)
    dialog = _linking(DateFormat(language), sample_store)
    qtbot.addWidget(dialog)
    dialog.show()
    other = dialog.target
    label = as_read(dialog.layout().labelForField(other).text())
    first_word = label.replace("&", "").split()[0].casefold()
    kinds = [dialog.kind.itemText(index) for index in range(dialog.kind.count())]
    assert all(kind.split()[-1].casefold() != first_word for kind in kinds), (kinds, label)


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_l_links_two_events_and_undo_redo_take_it_away_and_back(
    qtbot, open_window, sample_store, english, respond
):
    events = by_title(sample_store)
    visit = events["Mazhilis Chairman Yerlan Koshanov on an official visit to Morocco"]
    talks = events["Ould Errachid and Koshanov hold talks in Tashkent on the sidelines of IPU-150"]
    window = open_window(sample_store, english)
    window._select(visit.id)

    def choose(dialog: LinkDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(LinkKind.FOLLOW_UP_TO))
        qtbot.keyClicks(dialog.target.lineEdit(), "Koshanov hold talks")
        completion = dialog.target.completer().currentCompletion()  # the one title with them
        dialog.target.setCurrentIndex(dialog.target.findText(completion))
        assert dialog.target.currentData() == talks.id
        ok(dialog)

    answer(respond, LinkDialog, choose)
    shortcut(qtbot, window, Qt.Key.Key_L)
    link = EventLink(visit.id, talks.id, LinkKind.FOLLOW_UP_TO)
    assert links_of(sample_store.database, visit.id) == [link]
    assert "Follow-up to: Ould Errachid and Koshanov" in window.details.links.text()
    assert as_read(window.undo_stack.undoText()) == f"Link “{visit.title_en}”"

    window.undo_stack.undo()
    assert links_of(sample_store.database, visit.id) == []
    assert window.details.links.text() == ""
    window.undo_stack.redo()
    assert links_of(sample_store.database, visit.id) == [link]


def test_unlinking_a_sideline_meeting_is_undoable(
    qtbot, open_window, sample_store, english, respond
):
    events = by_title(sample_store)
    meeting = events["Ould Errachid meets Sahiba Gafarova on the sidelines of IPU-150"]
    assembly = events["150th Assembly of the Inter-Parliamentary Union"]
    window = open_window(sample_store, english)
    window._select(meeting.id)

    def choose(dialog: UnlinkDialog) -> None:
        assert dialog.link.currentText().startswith("On the sidelines of: ")
        ok(dialog)

    answer(respond, UnlinkDialog, choose)
    shortcut(qtbot, window, Qt.Key.Key_L, shift=True)
    assert links_of(sample_store.database, meeting.id) == []
    window.undo_stack.undo()
    assert links_of(sample_store.database, meeting.id) == [
        EventLink(meeting.id, assembly.id, LinkKind.ON_SIDELINES_OF)
    ]
    window.undo_stack.redo()
    assert links_of(sample_store.database, meeting.id) == []


def test_the_unlink_dialog_writes_a_french_label_as_french_does(
    qtbot, open_window, sample_store, respond
):
    """Its links read "En marge de: …" where every other French label has a no-break space
    before its colon."""
    events = by_title(sample_store)
    meeting = events["Ould Errachid meets Sahiba Gafarova on the sidelines of IPU-150"]
    window = open_window(sample_store, DateFormat("fr"))
    window._select(meeting.id)
    said: list[str] = []

    def look(dialog: UnlinkDialog) -> None:
        said.append(dialog.link.currentText())
        dialog.reject()

    answer(respond, UnlinkDialog, look)
    shortcut(qtbot, window, Qt.Key.Key_L, shift=True)
    assert said and "\u00a0: " in said[0] and ": " not in said[0].replace("\u00a0: ", "")


def test_ctrl_t_starts_a_signatures_thread_and_its_next_step_opens_the_editor_prefilled(
    qtbot, open_window, sample_store, english, respond
):
    events = by_title(sample_store)
    signed = events["Morocco–Azerbaijan visa waiver agreement signed"]
    window = open_window(sample_store, english)
    # Out of its thread first, as a signature recorded before threads existed.
    window.editing.save_edit(signed, replace(signed, agreement_id=None, agreement_step=None))
    window._select(signed.id)
    start = window.findChild(QAction, "startAgreement")
    assert start.isEnabled()

    def describe(dialog: AgreementDialog) -> None:
        assert dialog.parties.text() == "AZ MA"
        assert dialog.title_en.text() == signed.title_en
        # The kind its titles name (it offered "Other"), and the id made of it.
        assert dialog.kind.currentData() == AgreementKind.VISA_WAIVER
        assert dialog.identifier.text() == "az-ma-visa-waiver"
        dialog.identifier.setText("ma-az-visa-waiver")  # taken: the sample's
        dialog.parties.setText("AZ MA ZZ")
        # Each problem after its field's name, as the editor lists them ("unknown country
        # code ZZ" stood alone over "An agreement has this identifier already.").
        assert dialog.problems.text().splitlines() == [
            "Parties: unknown country code ZZ",
            "Identifier: an agreement has this identifier already",
        ]
        dialog.parties.setText("AZ MA")
        dialog.identifier.setText("az-ma-visa-waiver")
        dialog.title_en.setText("Azerbaijani visa waiver")
        assert dialog.problems.text() == "" and dialog.problems.isHidden()  # no empty line
        ok(dialog)

    answer(respond, AgreementDialog, describe)
    shortcut(qtbot, window, Qt.Key.Key_T)
    stored = sample_store.get(signed.id)
    assert (stored.agreement_id, stored.agreement_step) == (
        "az-ma-visa-waiver",
        AgreementStep.SIGNED,
    )
    assert stored.summary == signed.summary  # the whole event kept, not the timeline's part
    assert "az-ma-visa-waiver" in {a.id for a in all_agreements(sample_store.database)}
    agreement = next(
        a for a in all_agreements(sample_store.database) if a.id == "az-ma-visa-waiver"
    )
    assert window.details.agreement.text() == f"Signed — {agreement.title('en')}"  # not its id

    def prefilled(dialog: EventEditorDialog) -> None:
        # A new event, in the agreement named by its title: the editor read "Edit event"
        # and "Agreement: az-ma-visa-waiver".
        assert dialog.windowTitle() == "New event"
        assert dialog.findChild(QLabel, "agreementName").text() == "Azerbaijani visa waiver"
        assert dialog.title_en.text() == "Azerbaijani visa waiver — In force"
        assert dialog.countries.countries() == ("AZ", "MA")
        assert dialog.step.currentData() == AgreementStep.IN_FORCE
        assert not dialog.party.isEnabled()  # only an approval or a ratification has one
        dialog.save_button.click()  # the date prefilled: the signature's

    answer(respond, EventEditorDialog, prefilled)
    shortcut(qtbot, window, Qt.Key.Key_A, shift=True)
    members = every_thread(sample_store.database)
    assert len(members["az-ma-visa-waiver"]) == 2
    added = sample_store.get(members["az-ma-visa-waiver"][1])
    assert (added.agreement_step, added.date) == (AgreementStep.IN_FORCE, stored.date)

    window.undo_stack.undo()  # the next step
    window.undo_stack.undo()  # the thread: the step and the agreement together
    assert sample_store.get(signed.id).agreement_id is None
    assert "az-ma-visa-waiver" not in {a.id for a in all_agreements(sample_store.database)}
    window.undo_stack.redo()
    assert sample_store.get(signed.id).agreement_id == "az-ma-visa-waiver"


def test_a_thread_whose_signature_was_changed_meanwhile_leaves_nothing_to_redo(
    qtbot, open_window, sample_store, english, respond
):
    """The signature changed elsewhere while the agreement was described: the thread is
    not started. The agreement stayed in the history to redo, which stored it with no
    step."""
    signed = by_title(sample_store)["Morocco–Azerbaijan visa waiver agreement signed"]
    window = open_window(sample_store, english)
    window.editing.save_edit(signed, replace(signed, agreement_id=None, agreement_step=None))
    window._select(signed.id)
    before = window.undo_stack.count()
    said: list[str] = []

    def describe(dialog: AgreementDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(AgreementKind.VISA_WAIVER))
        elsewhere = sample_store.get(signed.id)
        sample_store.update(replace(elsewhere, summary="Changed by a colleague"))
        ok(dialog)

    def close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    answer(respond, AgreementDialog, describe)
    respond(QMessageBox, close)
    shortcut(qtbot, window, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: bool(said))
    assert "version" in said[0]
    assert "az-ma-visa-waiver" not in {a.id for a in all_agreements(sample_store.database)}
    assert sample_store.get(signed.id).agreement_id is None
    assert window.undo_stack.count() == before and not window.undo_stack.canRedo()


def test_the_link_dialog_offers_the_events_nearest_in_time_read_alone(
    qtbot, open_window, sample_store, english, respond, monkeypatch
):
    """Of the events shown, the few nearest the selected one, in time order: chosen on the
    columns, every other event left unread (at a million, reading them all froze the
    window for a minute)."""
    from timeline.ui import linking_controller

    monkeypatch.setattr(linking_controller, "CANDIDATES", 4)
    events = sorted(sample_store.find(), key=lambda e: (e.date.earliest(), e.date.latest()))
    source = events[len(events) // 2]
    day = source.date.earliest()
    nearest = sorted(events, key=lambda e: abs((e.date.earliest() - day).days))[:4]
    expected = [e.id for e in events if e in nearest]
    window = open_window(sample_store, english)
    window._select(source.id)
    read: list[int] = []
    get_many = sample_store.get_many
    monkeypatch.setattr(sample_store, "get_many", lambda ids: read.extend(ids) or get_many(ids))
    monkeypatch.setattr(sample_store, "find", lambda *_: pytest.fail("every event read"))
    offered: list[int] = []

    def look(dialog: LinkDialog) -> None:
        offered.extend(dialog.target.itemData(n) for n in range(dialog.target.count()))
        dialog.reject()

    answer(respond, LinkDialog, look)
    shortcut(qtbot, window, Qt.Key.Key_L)
    assert [event_id for event_id in offered if event_id is not None] == [
        event_id for event_id in expected if event_id != source.id
    ]
    assert sorted(read) == sorted(expected)


def test_the_next_step_of_an_event_taken_out_of_its_thread_elsewhere_shows_it_as_it_is(
    qtbot, open_window, sample_store, english, monkeypatch
):
    """Another program took the selected signature out of its thread: Ctrl+Shift+A found no
    thread for it and said Python's "not enough values to unpack (expected 1, got 0)", in
    English in any window. The window reads the events again instead."""
    signed = by_title(sample_store)["Morocco–Azerbaijan visa waiver agreement signed"]
    assert signed.agreement_id is not None
    window = open_window(sample_store, english)
    window._select(signed.id)
    sample_store.update(replace(signed, agreement_id=None, agreement_step=None))  # elsewhere
    said: list[str] = []
    monkeypatch.setattr(window, "show_error", said.append)
    window.linking.add_next_step()
    assert said == []
    assert window.selected_event().agreement_id is None  # read again: no longer a step


def test_a_threads_undo_step_names_its_agreement_in_the_readers_digits(
    qtbot, open_window, sample_store, respond
):
    """As the details and the editor name it: an Egyptian reader's Edit menu quoted "…
    لعام 2024" beside titles in Arabic-Indic digits."""
    events = by_title(sample_store)
    signed = events["Morocco–Azerbaijan visa waiver agreement signed"]
    window = open_window(sample_store, DateFormat("ar", DateStyle.EGYPT))
    window.editing.save_edit(signed, replace(signed, agreement_id=None, agreement_step=None))
    window._select(signed.id)

    def describe(dialog: AgreementDialog) -> None:
        dialog.identifier.setText("az-ma-visa-waiver-2024")
        dialog.title_ar.setText("اتفاق الإعفاء من التأشيرة لعام 2024")
        ok(dialog)

    answer(respond, AgreementDialog, describe)
    shortcut(qtbot, window, Qt.Key.Key_T)
    assert sample_store.get(signed.id).agreement_id == "az-ma-visa-waiver-2024"
    assert "اتفاق الإعفاء من التأشيرة لعام ٢٠٢٤" in window.undo_stack.undoText()
