"""The main window's editing commands: new, from text, edit, merge, conflicts, delete.

Mixed into MainWindow, whose store, date format, undo stack and views they use; each change
is one transaction and one undoable step.

Their strings are translated in the MainWindow context, named explicitly: ``self.tr`` here
would give lupdate this class's name and Qt, at run time, the window's.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
)

from timeline.domain.duplicates import merge, possible_duplicates
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.store.errors import ConflictError, ServerUnavailableError, StoreError
from timeline.ui.commands import CreateEvent, DeleteEvent, EditEvent
from timeline.ui.conflict_dialog import ConflictDialog, Resolution
from timeline.ui.duplicate_dialog import Choice, DuplicateDialog
from timeline.ui.editor import EventEditorDialog

# lupdate reads translate("Context", "text") calls; Qt looks them up under MainWindow.
translate = QCoreApplication.translate


class EditingCommands:
    """Recording and changing events, from the menus, the views and the keyboard."""

    def _show_error(self, message: str) -> None:
        """A message that may quote user text: shown as plain text, never as markup."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Diplomatic Timeline"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def new_event(self) -> None:
        """Ctrl+N: the editor, then a look for duplicates, then one undoable step."""
        self._create_from(None)

    def _create_from(self, draft: Event | None) -> None:
        dialog = EventEditorDialog(self, self.fmt, draft)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        event = dialog.result_event()
        duplicates = self._duplicates_of(event)
        if duplicates:
            choice = DuplicateDialog(self, event, duplicates[0], self.fmt).ask()
            if choice is Choice.CANCEL:
                self._create_from(event)  # back to the editor with what was typed
                return
            if choice is Choice.MERGE:
                self._save_edit(duplicates[0], merge(duplicates[0], event))
                return
        try:
            saved = self.store.add(event)
        except ServerUnavailableError as error:
            self._show_error(str(error))
            self._create_from(event)  # what was typed comes back; saving again retries
            return
        except (StoreError, ValidationError) as error:
            self._show_error(str(error))
            return
        text = translate("MainWindow", "Add “%1”").replace("%1", saved.title(self.fmt.language))
        self.undo_stack.push(CreateEvent(self.store, saved, self._changed, self._show_error, text))
        self.reload(select=saved.id)
        if len(self.timeline.source.index) == 1:
            self.timeline.fit_all()

    def _duplicates_of(self, event: Event) -> list[Event]:
        nearby = EventFilter(
            countries=frozenset(event.countries[:2]),
            kinds=frozenset({event.kind}),
            start=event.date.earliest(),
            end=event.date.latest(),
        )
        try:
            return possible_duplicates(event, self.store.find(nearby))
        except ServerUnavailableError:
            return []  # saving will say so; the next try checks again

    def edit_selected(self) -> None:
        if self.timeline.selected_id is not None:
            self.edit_event(self.timeline.selected_id)

    def edit_event(self, event_id: int) -> None:
        try:
            before = self.store.get(event_id)
        except StoreError as error:
            self._show_error(str(error))
            self.reload()
            return
        dialog = EventEditorDialog(self, self.fmt, before)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_edit(before, dialog.result_event())

    def _save_edit(self, before: Event, wanted: Event) -> None:
        """Save an edit (or a merge) as one undoable step; if someone saved the event
        meanwhile, show both versions and let the user decide."""
        try:
            after = self.store.update(wanted)
        except ConflictError:
            self._resolve_conflict(wanted)
            return
        except ServerUnavailableError as error:
            self._show_error(str(error))
            self._edit_again(before, wanted)
            return
        except (StoreError, ValidationError) as error:
            self._show_error(str(error))
            self.reload()
            return
        text = translate("MainWindow", "Edit “%1”").replace("%1", after.title(self.fmt.language))
        self.undo_stack.push(
            EditEvent(self.store, before, after, self._changed, self._show_error, text)
        )
        self.reload(select=after.id)

    def _edit_again(self, before: Event, wanted: Event) -> None:
        """The server is away: the unsaved edit comes back in the editor; saving retries."""
        dialog = EventEditorDialog(self, self.fmt, wanted)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_edit(before, dialog.result_event())

    def _restore_version(self, entry_id: int) -> None:
        """Details > History > Restore this version: one undoable edit like any other."""
        event_id = self.timeline.selected_id
        if event_id is None:
            return
        try:
            before = self.store.get(event_id)
            after = self.store.revert(event_id, entry_id, version=before.version)
        except StoreError as error:
            self._show_error(str(error))
            self.reload()
            return
        text = translate("MainWindow", "Restore an earlier version of “%1”")
        text = text.replace("%1", after.title(self.fmt.language))
        self.undo_stack.push(
            EditEvent(self.store, before, after, self._changed, self._show_error, text)
        )
        self.reload(select=after.id)

    def _resolve_conflict(self, mine: Event) -> None:
        assert mine.id is not None
        try:
            theirs = self.store.get(mine.id)
        except StoreError as error:  # deleted elsewhere meanwhile
            self._show_error(str(error))
            self.reload()
            return
        resolution = ConflictDialog(self, theirs, mine).ask()
        if resolution is Resolution.KEEP_MINE:
            self._save_edit(theirs, replace(mine, version=theirs.version))
        elif resolution is Resolution.EDIT_AGAIN:
            dialog = EventEditorDialog(self, self.fmt, replace(mine, version=theirs.version))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._save_edit(theirs, dialog.result_event())
        else:
            self.reload(select=theirs.id)

    def delete_selected(self) -> None:
        event = self.selected_event()
        if event is None or event.id is None:
            return
        title = event.title(self.fmt.language)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Delete event"),
            QCoreApplication.translate(
                "MainWindow", "Delete “%1”? You can undo this with Ctrl+Z."
            ).replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            removed = self.store.delete(event.id)
        except StoreError as error:
            self._show_error(str(error))
            self.reload()
            return
        self.undo_stack.push(
            DeleteEvent(
                self.store,
                removed,
                self._changed,
                self._show_error,
                translate("MainWindow", "Delete “%1”").replace("%1", title),
            )
        )
        self.reload()
