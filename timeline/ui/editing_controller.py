"""Recording and changing events: new, from text, edit, merge, conflicts, restore, delete.

A controller of the main window: it owns its actions and acts on the window's store, reader
and undo stack through the window's public methods. Each change is one transaction and one
undoable step.

Its strings are translated in the MainWindow context, named explicitly, where the
translators have always seen them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from timeline.domain.agreements import Agreement
from timeline.domain.datetext import shown_title
from timeline.domain.direction import isolate
from timeline.domain.duplicates import candidates_filter, merge, possible_duplicates
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.status import parse_status
from timeline.store.agreements import agreements_by_id
from timeline.store.errors import (
    ConflictError,
    NotFoundError,
    ServerUnavailableError,
    StoreError,
)
from timeline.ui.actions import ActionSpec, make_actions, retranslate
from timeline.ui.commands import MAY_PASS, CreateEvent, DeleteEvent, EditEvent, Naming
from timeline.ui.conflict_dialog import ConflictDialog, Resolution
from timeline.ui.duplicate_dialog import Choice, DuplicateDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.editor_draft import draft_key
from timeline.ui.error_words import as_sentence, said
from timeline.ui.extract_dialog import ExtractDialog

if TYPE_CHECKING:
    from timeline.ui.main_window import MainWindow

# lupdate reads translate("Context", "text") calls; Qt looks them up under MainWindow.
translate = QCoreApplication.translate

#: How long the status bar says a saved event is hidden by the filters in force.
HIDDEN_SAID_MS = 10_000

ACTIONS = (
    ActionSpec(
        "newEvent", QT_TRANSLATE_NOOP("MainWindow", "&New event…"), QKeySequence.StandardKey.New
    ),
    ActionSpec(
        "fromText", QT_TRANSLATE_NOOP("MainWindow", "New events from &text…"), "Ctrl+Shift+N"
    ),
    ActionSpec("editEvent", QT_TRANSLATE_NOOP("MainWindow", "&Edit event…"), "F2"),
    ActionSpec(
        "deleteEvent",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete event"),
        QKeySequence.StandardKey.Delete,
    ),
)


class EditingController(QObject):
    """Recording and changing events, from the menus, the views and the keyboard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.actions = make_actions(
            self,
            ACTIONS,
            {
                "newEvent": self.new_event,
                "fromText": self.events_from_text,
                "editEvent": self.edit_selected,
                "deleteEvent": self.delete_selected,
            }.__getitem__,
        )

    def retranslate(self) -> None:
        retranslate(self.actions, ACTIONS)

    def update_actions(self, writable: bool, has_selection: bool) -> None:
        """What can be done now: nothing that writes on a read-only database."""
        self.actions["newEvent"].setEnabled(writable)
        self.actions["fromText"].setEnabled(writable)
        self.actions["editEvent"].setEnabled(writable and has_selection)
        self.actions["deleteEvent"].setEnabled(writable and has_selection)

    def title_in_sentence(self, event: Event) -> str:
        """The event's title as put into a sentence (a question, an undo step's name) in
        the window's language: a title in another script than the interface's keeps its
        own order, its numbers in the reader's digits as everywhere it is shown."""
        return isolate(shown_title(event, self._window.state.fmt))

    def _adding(self, event: Event) -> Naming:
        """The step that adds ``event``, named in the window's language when asked."""
        return lambda: translate("MainWindow", "Add “%1”").replace(
            "%1", self.title_in_sentence(event)
        )

    def show_failure(self, error: BaseException) -> None:
        """What went wrong (a store's, a file's or a field's error), in the window's words
        and digits."""
        self.show_error(as_sentence(said(error, self._window.state.fmt)))

    def show_error(self, message: str) -> None:
        """A message that may quote user text: shown as plain text, never as markup."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Diplomatic Timeline"),
            message,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _editor(self, event: Event | None, event_id: int | None = None) -> EventEditorDialog:
        """The editor for ``event`` (or a new one), its unsaved input kept as a draft of
        event ``event_id`` of this database should a terminal signal end the app."""
        key = draft_key(self._window.store.database.target.label, event_id)
        window = self._window
        return EventEditorDialog(
            window,
            window.state.fmt,
            event,
            key,
            today=window.today,
            agreement=self._agreement(event),
        )

    def _agreement(self, event: Event | None) -> Agreement | None:
        """The agreement ``event`` is a step of, for the editor to name it; None where the
        server cannot say (the editor names it by its id then, as the save will tell)."""
        thread = event.agreement_id if event is not None else None
        if thread is None:
            return None
        try:
            return agreements_by_id(self._window.store.database, {thread}).get(thread)
        except StoreError:
            return None

    def new_event(self) -> None:
        """Ctrl+N: the editor, then a look for duplicates, then one undoable step."""
        self.create_from(None)

    def create_from(self, draft: Event | None, *, unsaved: bool = False) -> None:
        """The editor on ``draft`` (or empty), then a look for duplicates, then one
        undoable step (also for an agreement's next step, prefilled). ``unsaved``: the
        draft is what was typed and could not be saved (closing asks first)."""
        dialog = self._editor(draft)
        if unsaved:
            dialog.hold_as_unsaved()
        if draft is None:
            dialog.offer_draft()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        event = dialog.result_event()
        duplicates = self._duplicates_of(event)
        if duplicates:
            choice = DuplicateDialog(
                self._window, event, duplicates[0], self._window.state.fmt
            ).ask()
            if choice is Choice.CANCEL:
                self.create_from(event, unsaved=True)  # back to the editor with what was typed
                return
            if choice is Choice.MERGE:
                self.save_edit(duplicates[0], merge(duplicates[0], event))
                return
        try:
            saved = self._window.store.add(event)
        except (*MAY_PASS, ValidationError) as error:  # may pass, or a rule of the thread
            self.show_failure(error)
            self.create_from(event, unsaved=True)  # what was typed comes back; saving retries
            return
        except StoreError as error:
            self.show_failure(error)
            return
        window = self._window
        window.undo_stack.push(
            CreateEvent(window.store, saved, window.changed, self.show_failure, self._adding(saved))
        )
        self._show_saved(saved)
        if len(self._window.timeline.source.index) == 1:
            self._window.timeline.fit_all()

    def _show_saved(self, event: Event) -> None:
        """The saved event selected, or, where the filters in force hide it, said so: saved
        outside them, it went nowhere to be seen, nothing selected and nothing said."""
        self._window.reload(select=event.id)
        self.say_if_hidden(event)

    def say_if_hidden(self, event: Event) -> None:
        """Where the filters in force hide ``event``, just saved, say so."""
        window = self._window
        # Asked of the filter, not of the selection: a reload that could not read the
        # events (a server away) selects nothing either, and says why itself.
        if not window.shown_filter().matches(event):
            said = translate("MainWindow", "“%1” is saved; the filters in force hide it.")
            window.statusBar().showMessage(
                said.replace("%1", self.title_in_sentence(event)), HIDDEN_SAID_MS
            )

    def _duplicates_of(self, event: Event) -> list[Event]:
        try:
            return possible_duplicates(event, self._window.store.find(candidates_filter(event)))
        except ServerUnavailableError:
            return []  # saving will say so; the next try checks again

    def edit_selected(self) -> None:
        if self._window.timeline.selected_id is not None:
            self.edit_event(self._window.timeline.selected_id)

    def _stored(self, event_id: int) -> Event | None:
        """The event as stored now; None, said and redrawn, when it cannot be read."""
        try:
            return self._window.store.get(event_id)
        except StoreError as error:
            self.show_failure(error)
            self._window.reload()
            return None

    def edit_event(self, event_id: int) -> None:
        before = self._stored(event_id)
        if before is None:
            return
        dialog = self._editor(before, event_id)
        dialog.offer_draft()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_edit(before, dialog.result_event())

    def mark(self, event_id: int, status: str) -> None:
        """Needs attention > Mark as held (the announced event took place) or Mark as
        announced (one recorded as held ahead of its day); one undoable edit."""
        before = self._stored(event_id)
        if before is not None:
            self.save_edit(before, replace(before, status=parse_status(status)))

    def save_edit(self, before: Event, wanted: Event) -> None:
        """Save an edit (or a merge) as one undoable step; if someone saved the event
        meanwhile, show both versions and let the user decide. An event saved as it was is
        not written: its version moved on, and an "Undo Edit" that did nothing was added."""
        if wanted.says_the_same_as(before):
            # Nothing to write; still there (deleted elsewhere meanwhile, it is said so),
            # selected as after any save.
            if before.id is not None and self._stored(before.id) is not None:
                self._window.reload(select=before.id)
            return
        try:
            after = self._window.store.update(wanted)
        except ConflictError:
            self._resolve_conflict(before, wanted)
            return
        except (*MAY_PASS, ValidationError) as error:
            # A failure that may pass, or a rule the stored events hold the edit to (a
            # follow-up dated before its visit): what was typed comes back, to change.
            self.show_failure(error)
            self._edit_again(before, wanted)
            return
        except NotFoundError:
            self._keep_as_new(wanted)
            return
        except StoreError as error:
            self.show_failure(error)
            self._window.reload()
            return

        def name() -> str:
            return translate("MainWindow", "Edit “%1”").replace("%1", self.title_in_sentence(after))

        self._window.undo_stack.push(
            EditEvent(
                self._window.store, before, after, self._window.changed, self.show_failure, name
            )
        )
        self._show_saved(after)

    def _edit_again(self, before: Event, wanted: Event) -> None:
        """A failure that may pass, or a rule broken: the unsaved edit comes back in the
        editor; saving retries."""
        dialog = self._editor(wanted, wanted.id)
        dialog.hold_as_unsaved()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_edit(before, dialog.result_event())

    def _keep_as_new(self, wanted: Event) -> None:
        """The event was deleted elsewhere while it was being edited: the edit, said to be
        lost ("event 2 no longer exists"), opens as a new event, to save or to drop."""
        self.show_error(
            translate(
                "MainWindow",
                "“%1” was deleted elsewhere while you edited it. Your version opens as a "
                "new event: save it to keep it.",
            ).replace("%1", self.title_in_sentence(wanted))
        )
        self._window.reload()
        self.create_from(replace(wanted, id=None, version=0, created_at=None, updated_at=None))

    def restore_version(self, entry_id: int) -> None:
        """Details > History > Restore this version: one undoable edit like any other."""
        event_id = self._window.timeline.selected_id
        if event_id is None:
            return
        try:
            before = self._window.store.get(event_id)
            after = self._window.store.revert(event_id, entry_id, version=before.version)
        except (StoreError, ValidationError) as error:
            self.show_failure(error)
            self._window.reload()
            return

        def name() -> str:
            text = translate("MainWindow", "Restore an earlier version of “%1”")
            return text.replace("%1", self.title_in_sentence(after))

        self._window.undo_stack.push(
            EditEvent(
                self._window.store, before, after, self._window.changed, self.show_failure, name
            )
        )
        self._window.reload(select=after.id)

    def _resolve_conflict(self, base: Event, wanted: Event) -> None:
        """Someone saved the event since ``base`` was read: their version beside mine, my
        changes made to theirs (what they changed and I did not stays theirs: "Save mine
        over it" put back the summary a colleague had changed, my edit the title alone)."""
        assert wanted.id is not None
        try:
            theirs = self._window.store.get(wanted.id)
        except StoreError as error:  # deleted elsewhere meanwhile
            self.show_failure(error)
            self._window.reload()
            return
        mine = theirs.with_changes(base, wanted)
        if mine.says_the_same_as(theirs):  # they saved what I wanted: nothing to ask
            self._window.reload(select=theirs.id)
            return
        resolution = ConflictDialog(self._window, theirs, mine, self._window.state.fmt).ask()
        if resolution is Resolution.KEEP_MINE:
            self.save_edit(theirs, mine)
        elif resolution is Resolution.EDIT_AGAIN:
            dialog = self._editor(mine, mine.id)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.save_edit(theirs, dialog.result_event())
        else:
            self._window.reload(select=theirs.id)

    def delete_selected(self) -> None:
        event = self._window.selected_event()
        if event is None or event.id is None:
            return
        title = self.title_in_sentence(event)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Delete event"),
            QCoreApplication.translate(
                "MainWindow", "Delete “%1”? You can undo this with Ctrl+Z."
            ).replace("%1", title),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        # The button says what it does ("Yes" answered a question the reader had to read
        # again); Cancel stays the default, so Enter deletes nothing.
        delete = box.addButton(
            translate("MainWindow", "&Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("deleteButton")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            removed, links = self._window.store.delete_with_links(event.id)
        except StoreError as error:
            self.show_failure(error)
            self._window.reload()
            return
        self._window.undo_stack.push(
            DeleteEvent(
                self._window.store,
                removed,
                links,
                self._window.changed,
                self.show_failure,
                lambda: translate("MainWindow", "Delete “%1”").replace(
                    "%1", self.title_in_sentence(removed)
                ),
            )
        )
        self._window.reload()

    def events_from_text(self, text: str = "") -> None:
        """Paste an article, confirm the events it proposes, add them as one step."""
        window = self._window
        dialog = ExtractDialog(window, window.state.fmt, today=window.today)
        if text:
            dialog.text.setPlainText(text)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.confirmed_events():
            return
        try:
            saved = window.store.add_many(dialog.confirmed_events())
        except (StoreError, ValidationError) as error:
            self.show_failure(error)
            return

        def step() -> str:
            return window.state.fmt.count(len(saved), "add-from-text")

        with window.undo_stack.step(step):
            for event in saved:
                window.undo_stack.push(
                    CreateEvent(
                        window.store, event, window.changed, self.show_failure, self._adding(event)
                    )
                )
        window.reload(select=saved[0].id)
