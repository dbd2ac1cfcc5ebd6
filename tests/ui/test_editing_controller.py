"""Recording events as a researcher does: the editor, undo and redo, delete, duplicates.

Modal dialogs are answered the way a person answers them: once they are on screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from visual_order import as_read

from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.datetext import DateFormat
from timeline.domain.direction import without_direction_marks
from timeline.domain.errors import ValidationError
from timeline.domain.kinds import EventKind
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.messages import message
from timeline.domain.period import day_number
from timeline.io.sample import open_sample_store
from timeline.store.errors import DiskFullError, LockedFileError, ServerUnavailableError
from timeline.store.links import add_link
from timeline.ui.commands import AddLink, CreateEvent
from timeline.ui.duplicate_dialog import DuplicateDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, empty_store, english) -> MainWindow:
    widget = MainWindow(empty_store, english, open_sample_store)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_hijri_visa_entry(dialog: EventEditorDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.AGREEMENT_IN_FORCE))
    dialog.countries.first.set_code("MA")
    dialog.countries.second.set_code("KZ")
    dialog.title_en.setText("Morocco–Kazakhstan visa exemption enters into force")
    row = dialog.start
    row.precision.setCurrentIndex(row.precision.findData(Precision.DAY))
    row.calendar.setCurrentIndex(row.calendar.findData(True))  # Hijri
    row.year.setValue(1446)
    row.month.setValue(9)
    row.day.setValue(19)
    dialog.findChild(QPushButton, "saveButton").click()


translate = QCoreApplication.translate


def titles(store) -> list[str]:
    return [event.title_en for event in store.find()]


def test_create_edit_undo_redo_delete(qtbot, window, empty_store, respond):
    respond(EventEditorDialog, fill_hijri_visa_entry)
    window.editing.actions["newEvent"].trigger()
    (created,) = empty_store.find()
    assert created.date.start == FuzzyDate(2025, 3, 19)
    assert window.pages.currentWidget() is window.splitter, "no longer the welcome page"
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == created.id)
    scale = window.timeline.current_layout().scale
    assert int(scale.day(shape.marker_rect.x + shape.marker_rect.width / 2)) == int(
        day_number(date(2025, 3, 19))
    )

    def retitle(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText("Visa exemption in force")
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, retitle)
    window.editing.edit_event(created.id)
    assert titles(empty_store) == ["Visa exemption in force"]
    assert window.undo_stack.undoText().startswith("Edit")

    window.undo_stack.undo()
    assert titles(empty_store) == ["Morocco–Kazakhstan visa exemption enters into force"]
    window.undo_stack.undo()
    assert titles(empty_store) == []
    window.undo_stack.redo()
    assert titles(empty_store) == ["Morocco–Kazakhstan visa exemption enters into force"]
    assert empty_store.find()[0].id == created.id, "redo brings back the same identity"

    window._select(created.id)
    respond(QMessageBox, lambda box: box.findChild(QPushButton, "deleteButton").click())
    window.editing.actions["deleteEvent"].trigger()
    assert titles(empty_store) == []
    window.undo_stack.undo()
    (restored,) = empty_store.find()
    assert restored.id == created.id and restored.date == created.date


def test_undo_menu_entries_say_what_they_undo(window):
    undo = window.findChild(type(window.editing.actions["newEvent"]), "undo")
    assert not undo.isEnabled()
    assert undo.text() == "&Undo"


def test_a_duplicate_can_be_merged(qtbot, english, sample_store, respond):
    widget = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(widget)
    widget.show()
    count = sample_store.count()

    def same_visit(dialog: EventEditorDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.OFFICIAL_VISIT))
        dialog.countries.first.set_code("MA")
        dialog.countries.second.set_code("KZ")
        dialog.title_en.setText("Kazakh foreign minister Nurtleu visits Rabat")
        dialog.title_fr.setText("Le ministre kazakh Nurtleu en visite à Rabat")
        dialog.start.set_fuzzy_date(FuzzyDate(2025, 2))
        respond(DuplicateDialog, lambda d: d.merge.click())
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, same_visit)
    widget.editing.actions["newEvent"].trigger()
    assert sample_store.count() == count, "merged, not added"
    visit = next(e for e in sample_store.find() if e.title_en.startswith("Kazakh Foreign"))
    assert visit.title_fr.startswith("Visite à Rabat"), "the existing French title is kept"
    widget.undo_stack.undo()
    assert sample_store.count() == count


def _retitled(title: str):
    def retitle(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText(title)
        dialog.findChild(QPushButton, "saveButton").click()

    return retitle


@pytest.fixture
def sample_window(qtbot, sample_store, english) -> MainWindow:
    widget = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_two_edits_of_one_event_undo_and_redo_one_after_the_other(
    sample_window, sample_store, respond
):
    """The second undo failed with "event 10 is at version 4, not 2": each step kept the
    version it saved, which the other step's undo had moved on."""
    event = sample_store.find()[0]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    for title in ("First retitling", "Second retitling"):
        respond(EventEditorDialog, _retitled(title))
        sample_window.editing.edit_event(event.id)
    stack = sample_window.undo_stack
    stack.undo()
    assert sample_store.get(event.id).title_en == "First retitling"
    stack.undo()
    assert sample_store.get(event.id).title_en == event.title_en
    stack.redo()
    stack.redo()
    assert sample_store.get(event.id).title_en == "Second retitling"
    assert shown == [] and stack.count() == 2


def test_an_edit_undoes_after_the_events_deletion_is_undone(sample_window, sample_store, respond):
    """Edit, delete, undo the deletion, undo the edit: the deletion put back moved the
    version on, and the edit's undo failed (then redo deleted the event again)."""
    event = sample_store.find()[0]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    respond(EventEditorDialog, _retitled("Retitled"))
    sample_window.editing.edit_event(event.id)
    sample_window._select(event.id)
    respond(QMessageBox, lambda box: box.findChild(QPushButton, "deleteButton").click())
    sample_window.editing.actions["deleteEvent"].trigger()
    stack = sample_window.undo_stack
    stack.undo()
    stack.undo()
    assert sample_store.get(event.id).title_en == event.title_en
    assert shown == []


def test_undoing_an_edit_someone_changed_since_changes_nothing(
    sample_window, sample_store, respond
):
    """The other side of the check: what a colleague saved after this step stays, and the
    message says which step was not undone, not "event 10 is at version 4, not 2"."""
    event = sample_store.find()[0]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    respond(EventEditorDialog, _retitled("Mine"))
    sample_window.editing.edit_event(event.id)
    mine = sample_store.get(event.id)
    sample_store.update(replace(mine, title_en="A colleague's"))
    sample_window.undo_stack.undo()
    assert sample_store.get(event.id).title_en == "A colleague's"
    said = [without_direction_marks(text) for text in shown]
    assert said == ["Edit “Mine”: the event was changed elsewhere since; nothing written"]


def test_undoing_an_addition_someone_edited_since_keeps_their_event(
    sample_window, sample_store, respond
):
    """A colleague improved the title of an event just added; Undo deleted it, their edit
    with it, without a word. Undo of a deletion undone, redone, is held to the same."""
    shown: list[str] = []
    sample_window.editing.show_error = shown.append

    def call(dialog: EventEditorDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.PHONE_CALL))
        dialog.countries.first.set_code("MA")
        dialog.countries.second.set_code("QA")
        dialog.title_en.setText("Morocco–Qatar call")
        dialog.start.set_fuzzy_date(FuzzyDate(2026, 1, 5))
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, call)
    sample_window.editing.actions["newEvent"].trigger()
    added = sample_window.selected_event()
    assert added.title_en == "Morocco–Qatar call"
    theirs = sample_store.update(replace(added, title_en="Morocco–Qatar call on trade"))
    sample_window.undo_stack.undo()
    assert sample_store.get(added.id).title_en == theirs.title_en
    assert [without_direction_marks(text) for text in shown] == [
        f"Add “{added.title_en}”: the event was changed elsewhere since; nothing written"
    ]
    # A deletion undone, the event edited elsewhere, then Redo: theirs stays too.
    respond(QMessageBox, lambda box: box.findChild(QPushButton, "deleteButton").click())
    sample_window._select(added.id)
    sample_window.editing.actions["deleteEvent"].trigger()
    sample_window.undo_stack.undo()
    restored = sample_store.get(added.id)
    sample_store.update(replace(restored, title_en="Theirs again"))
    sample_window.undo_stack.redo()
    assert sample_store.get(added.id).title_en == "Theirs again"
    assert len(shown) == 2 and "changed elsewhere since" in shown[1]


def undo_item(window: MainWindow, name: str = "undo") -> str:
    """The Edit menu's Undo (or Redo) item as it reads, its isolates and no-break spaces
    plain (the menu bar's: those of the language before wait to be deleted)."""
    edit = window.menuBar().actions()[1].menu()
    return as_read(next(item for item in edit.actions() if item.objectName() == name).text())


def test_a_title_with_an_ampersand_reads_whole_in_the_undo_item(
    sample_window, sample_store, respond
):
    """ "Trade & Investment Forum" read "Undo Edit “Trade _Investment Forum”" in the Edit
    menu, its "&" gone and the space after it the item's access key."""
    event = sample_store.find()[0]
    respond(EventEditorDialog, _retitled("Trade & Investment Forum"))
    sample_window.editing.edit_event(event.id)
    assert undo_item(sample_window) == "&Undo Edit “Trade && Investment Forum”"
    sample_window.undo_stack.undo()
    assert undo_item(sample_window, "redo") == "&Redo Edit “Trade && Investment Forum”"


def test_the_steps_are_named_again_in_the_language_chosen_and_as_french_names_them(
    sample_window, sample_store, respond, no_translation_after, english
):
    """Once the window was in French, the steps made in English kept their names: "&Annuler
    Edit “Mine”". And French named some steps as orders ("Annuler Lier « … »") where it
    names the others as what they did ("Annuler la modification de « … »")."""
    event = sample_store.find()[0]
    respond(EventEditorDialog, _retitled("Mine"))
    sample_window.editing.edit_event(event.id)
    try:
        sample_window.apply_preferences(DateFormat("fr"))
        assert undo_item(sample_window) == f"&Annuler la modification de « {event.title_fr} »"
        other = sample_store.find()[1]
        assert add_link(sample_store.database, EventLink(other.id, event.id, LinkKind.FOLLOW_UP_TO))
        name = sample_window.editing.title_in_sentence  # the step the window makes for a link
        sample_window.undo_stack.push(
            AddLink(
                sample_store,
                EventLink(other.id, event.id, LinkKind.FOLLOW_UP_TO),
                sample_window.changed,
                sample_window.show_failure,
                lambda: translate("MainWindow", "Link “%1”").replace("%1", name(other)),
            )
        )
        assert undo_item(sample_window) == f"&Annuler l’ajout d’un lien de « {other.title_fr} »"
    finally:
        sample_window.apply_preferences(english)
    assert undo_item(sample_window) == f"&Undo Link “{other.title_en}”"


def test_a_step_of_several_parts_is_named_again_in_the_language_chosen(sample_window, sample_store):
    """Events added from a text are one step, which Qt makes: named again from its first
    part's name, as the window's language changes."""
    language = ["en"]
    count = sample_store.count()
    stack = sample_window.undo_stack
    with stack.step(lambda: {"en": "Add 2 & more", "fr": "Ajout de 2"}[language[0]]):
        for event in sample_store.find()[:2]:  # as if just added
            stack.push(
                CreateEvent(
                    sample_store, event, sample_window.changed, sample_window.show_failure, str
                )
            )
    assert stack.undoText() == "Add 2 && more"
    language[0] = "fr"
    stack.rename()
    assert stack.undoText() == "Ajout de 2"
    stack.undo()
    assert sample_store.count() == count - 2


def test_a_french_step_undone_elsewhere_is_said_in_a_sentence_with_its_capital(
    started_in, sample_store, respond
):
    """ "la modification de « Le mien » : l’événement a été modifié ailleurs…" began the
    message in lower case: the step's name, which follows "Annuler" in its menu item."""
    window = started_in("fr", (1400, 900))
    event = sample_store.find()[0]
    shown: list[str] = []
    window.editing.show_error = shown.append

    def retitle(dialog: EventEditorDialog) -> None:
        dialog.title_fr.setText("Le mien")
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, retitle)
    window.editing.edit_event(event.id)
    sample_store.update(replace(sample_store.get(event.id), title_fr="Le leur"))
    window.undo_stack.undo()
    assert [as_read(text) for text in shown] == [
        "La modification de « Le mien » : l’événement a été modifié ailleurs depuis ;"
        " rien n’a été écrit"
    ]


def test_an_edit_of_a_step_undoes_whatever_its_thread_became_since(sample_window, sample_store):
    """The entry into force moved on, then the signature after where it was: undoing the
    move raised out of the undo stack ("the step comes before the agreement's signature").
    Undo puts the step back as it was, as it was allowed then."""
    events = {event.title_en: event for event in sample_store.find()}
    signed = events["Morocco–Azerbaijan visa waiver agreement signed"]
    in_force = events["Morocco–Azerbaijan visa waiver enters into force"]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    moved = replace(in_force, date=EventDate.on(date(2024, 12, 1)))
    sample_window.editing.save_edit(in_force, moved)
    signature = sample_store.get(signed.id)  # then a colleague moves the signature
    sample_store.update(replace(signature, date=EventDate.on(date(2024, 10, 1))))
    sample_window.undo_stack.undo()
    assert sample_store.get(in_force.id).date == in_force.date and shown == []
    sample_window.undo_stack.redo()
    assert sample_store.get(in_force.id).date == moved.date and shown == []


PASSING = [
    LockedFileError(message("store.locked"), readable=True, about="timeline.sqlite3"),
    DiskFullError(message("store.disk_full"), about="timeline.sqlite3"),
    ServerUnavailableError(message("store.server_timeout"), about="db.example.org"),
]


@pytest.mark.parametrize("failure", PASSING, ids=["locked", "disk full", "server away"])
def test_an_undo_or_redo_a_passing_failure_stops_stays_to_be_tried_again(
    sample_window, sample_store, respond, monkeypatch, failure
):
    """Undo while another program held the file said "try again later", and the step was
    gone from the history: the edit could no longer be taken back. It stays, and Undo
    (then Redo) tries it again."""
    event = sample_store.find()[0]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    respond(EventEditorDialog, _retitled("Retitled"))
    sample_window.editing.edit_event(event.id)
    stack = sample_window.undo_stack
    update = sample_store.update

    def failing(wanted, **_as_it_was):
        raise failure

    monkeypatch.setattr(sample_store, "update", failing)
    stack.undo()
    assert sample_store.get(event.id).title_en == "Retitled"
    assert (stack.count(), stack.index(), len(shown)) == (1, 1, 1)
    monkeypatch.setattr(sample_store, "update", update)
    stack.undo()
    assert sample_store.get(event.id).title_en == event.title_en
    monkeypatch.setattr(sample_store, "update", failing)
    stack.redo()
    assert sample_store.get(event.id).title_en == event.title_en
    assert (stack.count(), stack.index(), len(shown)) == (1, 0, 2)
    monkeypatch.setattr(sample_store, "update", update)
    stack.redo()
    assert sample_store.get(event.id).title_en == "Retitled"


def test_an_undo_a_rule_refuses_is_said_and_leaves_the_history(
    sample_window, sample_store, respond, monkeypatch
):
    """A rule the state put back breaks (an event no longer valid by today's rules) came
    out of the undo stack as an exception: it is said, and the step dropped."""
    event = sample_store.find()[0]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    respond(EventEditorDialog, _retitled("Retitled"))
    sample_window.editing.edit_event(event.id)

    def refused(wanted, **_as_it_was):
        raise ValidationError("agreement", "a rule of today")

    monkeypatch.setattr(sample_store, "update", refused)
    sample_window.undo_stack.undo()
    assert sample_store.get(event.id).title_en == "Retitled"
    assert [without_direction_marks(text) for text in shown] == ["Agreement: a rule of today"]
    assert sample_window.undo_stack.count() == 0


def test_an_undo_of_many_steps_at_once_a_passing_failure_stops_stays_whole(
    sample_window, sample_store, monkeypatch
):
    """New events from text add several events in one step: undone while the file was
    locked half-way, the events it had removed come back and the step stays."""
    added = [replace(sample_store.find()[n], id=None, title_en=f"From text {n}") for n in range(3)]
    window = sample_window
    stack = window.undo_stack
    window.editing.show_error = lambda text: None
    stack.beginMacro("Add 3 events")  # as New events from text adds them
    for event in added:
        saved = window.store.add(event)
        stack.push(
            CreateEvent(
                window.store, saved, window.changed, window.editing.show_failure, lambda: "x"
            )
        )
    stack.endMacro()
    titles = {f"From text {n}" for n in range(3)}
    delete = sample_store.delete
    calls: list[int] = []

    def failing_second(event_id, **saying):
        calls.append(event_id)
        if len(calls) == 2:
            raise failure
        return delete(event_id, **saying)

    failure = LockedFileError(message("store.locked"), readable=True, about="timeline.sqlite3")
    monkeypatch.setattr(sample_store, "delete", failing_second)
    stack.undo()
    assert titles <= {event.title_en for event in sample_store.find()}
    assert (stack.count(), stack.index()) == (1, 1)
    monkeypatch.setattr(sample_store, "delete", delete)
    stack.undo()
    assert not titles & {event.title_en for event in sample_store.find()}


def test_a_step_of_many_events_whose_step_back_fails_too_ends_with_one_more_message(
    sample_window, sample_store, monkeypatch
):
    """Undone while another program took the file between two of its events, a step of
    three stops at its second; stepping back, the one it took cannot be made again either
    (the file still locked). That failure stepped back the other way, and so on: a message a
    round, then a RecursionError from inside Qt. Stepping back says its failure once and
    stops there; the part after the one that stopped the step was never tried."""
    window, stack = sample_window, sample_window.undo_stack
    shown: list[str] = []
    window.editing.show_error = shown.append
    added = [replace(sample_store.find()[n], id=None, title_en=f"From text {n}") for n in range(3)]
    stack.beginMacro("Add 3 events")
    for event in added:
        saved = window.store.add(event)
        stack.push(
            CreateEvent(
                window.store, saved, window.changed, window.editing.show_failure, lambda: "x"
            )
        )
    stack.endMacro()
    failure = LockedFileError(message("store.locked"), readable=True, about="timeline.sqlite3")
    delete = sample_store.delete
    deleted: list[int] = []

    def locked_after_the_first(event_id, **saying):
        if deleted:
            raise failure
        deleted.append(event_id)
        return delete(event_id, **saying)

    def locked(event):
        raise failure

    monkeypatch.setattr(sample_store, "delete", locked_after_the_first)
    monkeypatch.setattr(sample_store, "restore", locked)
    stack.undo()
    assert len(shown) == 2 and (stack.count(), stack.index()) == (1, 1)
    titles = {event.title_en for event in sample_store.find()}
    # Undone last first: the third went, the second stopped the step, the first stayed.
    assert {"From text 0", "From text 1"} <= titles and "From text 2" not in titles


@pytest.mark.parametrize(
    "failure",
    [
        LockedFileError(message("store.locked"), readable=True, about="timeline.sqlite3"),
        DiskFullError(message("store.disk_full"), about="timeline.sqlite3"),
    ],
    ids=["locked", "disk full"],
)
def test_a_save_that_may_succeed_later_brings_back_what_was_typed(
    sample_window, sample_store, respond, monkeypatch, failure
):
    """Another program's lock or a full disk: "close it there or try again later" was
    said, and what was typed was gone. It comes back in the editor, as when the server is
    away; saving again saves it."""
    event = sample_store.find()[0]
    update = sample_store.update
    tries: list[str] = []

    def failing_once(wanted):
        tries.append(wanted.title_en)
        if len(tries) == 1:
            raise failure
        return update(wanted)

    monkeypatch.setattr(sample_store, "update", failing_once)
    shown: list[str] = []
    sample_window.editing.show_error = shown.append

    def again(dialog: EventEditorDialog) -> None:
        assert dialog.title_en.text() == "Typed before the failure"
        dialog.findChild(QPushButton, "saveButton").click()

    def first(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText("Typed before the failure")
        respond(EventEditorDialog, again)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, first)
    sample_window.editing.edit_event(event.id)
    assert tries == ["Typed before the failure"] * 2 and len(shown) == 1
    assert sample_store.get(event.id).title_en == "Typed before the failure"


def test_an_edit_a_links_order_refuses_comes_back_in_the_editor(
    sample_window, sample_store, respond
):
    """A follow-up dated before its visit was refused, said, and what was typed was gone
    with the editor. It comes back, the refusal said, to change and save again."""
    events = sample_store.find()
    visit, call = events[3], events[10]
    add_link(sample_store.database, EventLink(call.id, visit.id, LinkKind.FOLLOW_UP_TO))
    shown: list[str] = []
    sample_window.editing.show_error = shown.append
    too_early = FuzzyDate(visit.date.earliest().year - 1)

    def again(dialog: EventEditorDialog) -> None:
        assert dialog.title_en.text() == "Typed before the refusal"
        assert dialog.start.fuzzy_date() == too_early
        dialog.start.set_fuzzy_date(call.date.start)
        dialog.findChild(QPushButton, "saveButton").click()

    def first(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText("Typed before the refusal")
        dialog.start.set_fuzzy_date(too_early)
        respond(EventEditorDialog, again)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, first)
    sample_window.editing.edit_event(call.id)
    assert len(shown) == 1 and "would come before event" in shown[0]
    saved = sample_store.get(call.id)
    assert (saved.title_en, saved.date) == ("Typed before the refusal", call.date)


def test_escape_in_the_editor_a_refusal_brought_back_asks_before_dropping_the_edit(
    sample_window, sample_store, respond
):
    """Brought back after the refusal, the editor took what it opened with as saved: one
    Escape closed it without a word, and the edit was gone."""
    events = sample_store.find()
    visit, call = events[3], events[10]
    add_link(sample_store.database, EventLink(call.id, visit.id, LinkKind.FOLLOW_UP_TO))
    sample_window.editing.show_error = lambda _text: None
    asked: list[str] = []

    def discard(box: QMessageBox) -> None:
        asked.append(box.objectName())
        box.button(QMessageBox.StandardButton.Discard).click()

    def again(dialog: EventEditorDialog) -> None:
        respond(QMessageBox, discard)
        dialog.reject()

    def first(dialog: EventEditorDialog) -> None:
        dialog.start.set_fuzzy_date(FuzzyDate(visit.date.earliest().year - 1))
        respond(EventEditorDialog, again)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, first)
    sample_window.editing.edit_event(call.id)
    assert asked == ["unsavedChanges"]
    assert sample_store.get(call.id).date == call.date


def test_an_edit_of_an_event_deleted_elsewhere_opens_as_a_new_event(
    sample_window, sample_store, respond
):
    """ "event 2 no longer exists" was said, and the edit was lost: it opens as a new
    event, to save or to drop."""
    event = sample_store.find()[0]
    count = sample_store.count()
    shown: list[str] = []
    sample_window.editing.show_error = shown.append

    def as_new(dialog: EventEditorDialog) -> None:
        assert dialog.windowTitle() == "New event"
        assert dialog.title_en.text() == "Kept after all"
        dialog.findChild(QPushButton, "saveButton").click()

    def first(dialog: EventEditorDialog) -> None:
        dialog.title_en.setText("Kept after all")
        sample_store.delete(event.id)  # by a colleague, meanwhile
        respond(EventEditorDialog, as_new)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, first)
    sample_window.editing.edit_event(event.id)
    assert "deleted elsewhere" in shown[0]
    assert sample_store.count() == count
    assert "Kept after all" in titles(sample_store)


def test_saving_an_event_unchanged_writes_nothing_and_adds_no_undo_step(
    sample_window, sample_store, respond
):
    """Opened and saved as it was, an event was written again (its version moved on) and
    the Edit menu gained an "Undo Edit" that did nothing."""
    event = sample_store.find()[0]
    respond(EventEditorDialog, lambda dialog: dialog.findChild(QPushButton, "saveButton").click())
    sample_window.editing.edit_event(event.id)
    assert sample_store.get(event.id).version == event.version
    assert not sample_window.undo_stack.canUndo()
    assert sample_window.selected_event().id == event.id, "it stays selected"


def test_an_event_saved_outside_the_filters_in_force_is_said_to_be_hidden(
    qtbot, sample_store, english, respond
):
    """Morocco–Azerbaijan shown, a Morocco–Kazakhstan event added: it was saved and went
    nowhere to be seen, nothing selected, nothing said."""
    from timeline.domain.filters import EventFilter

    window = MainWindow(
        sample_store, english, open_sample_store, event_filter=EventFilter.pair("MA", "AZ")
    )
    qtbot.addWidget(window)
    window.show()
    title = "Morocco–Kazakhstan call on trade"

    def fill(dialog: EventEditorDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.PHONE_CALL))
        dialog.countries.first.set_code("MA")
        dialog.countries.second.set_code("KZ")
        dialog.title_en.setText(title)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, fill)
    window.editing.actions["newEvent"].trigger()
    said = without_direction_marks(window.statusBar().currentMessage())
    assert said == f"“{title}” is saved; the filters in force hide it."
    shown = sample_store.find(EventFilter.pair("MA", "AZ"))[0]
    respond(EventEditorDialog, _retitled("Retitled"))
    window.editing.edit_event(shown.id)
    assert window.timeline.selected_id == shown.id


def test_an_edit_undone_out_of_the_filters_in_force_is_said_to_be_hidden(
    sample_window, sample_store, respond
):
    """An event retitled "Zebra meeting", "Zebra" searched, then Ctrl+Z: the event went
    from the timeline and the list, "0 events", and nothing said why."""
    event = sample_store.find()[0]
    respond(EventEditorDialog, _retitled("Zebra meeting"))
    sample_window.editing.edit_event(event.id)
    sample_window.filter_bar.text.setText("Zebra")
    sample_window.filter_bar.text.returnPressed.emit()
    assert sample_window.timeline.selected_id == event.id
    sample_window.undo_stack.undo()
    said = without_direction_marks(sample_window.statusBar().currentMessage())
    assert said == f"“{event.title_en}” is saved; the filters in force hide it."
    sample_window.statusBar().clearMessage()
    sample_window.undo_stack.redo()  # shown again: selected, nothing to say
    assert sample_window.timeline.selected_id == event.id
    assert sample_window.statusBar().currentMessage() == ""


def test_the_delete_question_names_its_button_and_enter_deletes_nothing(
    qtbot, sample_window, sample_store, respond
):
    """ "Delete …? You can undo this with Ctrl+Z." was answered Yes or Cancel: the button
    says what it does. Cancel stays the default: Enter keeps the event."""
    from PySide6.QtCore import Qt

    event = sample_store.find()[0]
    sample_window._select(event.id)
    seen: list[list[str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append(sorted(button.text() for button in box.buttons()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    respond(QMessageBox, answer)
    sample_window.editing.actions["deleteEvent"].trigger()
    assert seen == [["&Delete", "Cancel"]]
    assert sample_store.get(event.id) is not None


def test_an_event_saved_unchanged_after_its_deletion_elsewhere_is_said_to_be_gone(
    sample_window, sample_store, respond
):
    """Saved as it was, nothing is written; but deleted elsewhere while its editor was
    open, it vanished with nothing said."""
    event = sample_store.find()[0]
    shown: list[str] = []
    sample_window.editing.show_error = shown.append

    def deleted_meanwhile(dialog: EventEditorDialog) -> None:
        sample_store.delete(event.id)
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, deleted_meanwhile)
    sample_window.editing.edit_event(event.id)
    assert len(shown) == 1 and "does not exist" in shown[0]
    assert not sample_window.undo_stack.canUndo()
