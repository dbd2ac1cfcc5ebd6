"""Undoable changes: each step is one transaction in the store (QUndoStack commands).

The first change is made by the caller before the command is pushed, so a refused save
never enters the history; later undo/redo steps that fail (the event was changed or removed
elsewhere) report why and drop out of the history instead of raising into Qt. A step that a
failure which may pass stops (:data:`MAY_PASS`) reports why and stays where it was in the
:class:`UndoHistory`, to be tried again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from timeline.domain.agreements import Agreement
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.links import EventLink
from timeline.domain.messages import message
from timeline.store.agreements import delete_agreement, save_agreement
from timeline.store.errors import (
    ConflictError,
    DiskFullError,
    LockedFileError,
    NotFoundError,
    ServerUnavailableError,
    StoreError,
)
from timeline.store.links import add_link, remove_link
from timeline.store.repository import EventStore
from timeline.ui.actions import as_item
from timeline.ui.error_words import as_sentence

Changed = Callable[[int | None], None]  # told the id to select after a change
#: What a step is called, in the window's language at the time of asking: named again when
#: the language changes (a step named in English read "&Annuler Edit “…”" in French).
Naming = Callable[[], str]
#: Told why an undo or redo could not be applied.
Failed = Callable[[StoreError | ValidationError], None]

#: Failures that may pass (the server back, the other program's lock released, room freed
#: on the disk): a save stopped by one is tried again, an undo or redo step stays.
MAY_PASS = (ServerUnavailableError, LockedFileError, DiskFullError)


def _named(text: str) -> str:
    """A step's name as QUndoCommand takes it: as it reads, then as a menu item reads it,
    its "&" doubled (a title "Trade & Investment" read "Undo Edit “Trade _Investment”", its
    space the item's access key), on one line (Qt splits the two at the first line break:
    a title of two lines read "&Undo Line two”" in the menu)."""
    flat = " ".join(text.splitlines())  # its no-break spaces kept (« … » in French)
    return f"{flat}\n{as_item(flat)}"


class UndoHistory(QUndoStack):
    """The window's undo stack, where a step stopped by a failure that may pass stays where
    it was: Undo (or Redo) tries it again. Dropped, a change could no longer be taken back
    once the other program let go of the file.

    A step of several events (a macro) stops at its first part that fails: the parts after
    it are not tried, and stepping back makes again only the parts that ran. The stack
    steps back once it has moved (on ``indexChanged``, before slots connected after it).
    Stepping back never stops a step again, and says at most one failure: it looped, a
    message a round, while the file stayed locked; a part it could not make again stays as
    the failure left it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._back: Callable[[], None] | None = None
        self.stepping_back = False
        self._said_back = False
        #: What names the step of several parts being made, for its first part to keep.
        self._opening: Naming | None = None
        self.indexChanged.connect(self._step_back)

    def push(self, cmd: QUndoCommand) -> None:
        if isinstance(cmd, _StoreCommand):
            cmd.history = self
            cmd.step_name, self._opening = self._opening, None
        super().push(cmd)

    @contextmanager
    def step(self, name: Naming) -> Iterator[None]:
        """One step of the parts pushed in the block (a macro), named by ``name``. Qt makes
        and deletes the step itself (a Python hold on it outlived it): its first part keeps
        its name."""
        self.beginMacro(_named(name()))
        self._opening = name
        try:
            yield
        finally:
            self._opening = None
            self.endMacro()

    def rename(self) -> None:
        """Every step named again in the window's language (see :data:`Naming`)."""
        for number in range(self.count()):
            command = self.command(number)
            if isinstance(command, _StoreCommand):
                command.rename()
                continue
            parts = [command.child(part) for part in range(command.childCount())]
            for part in parts:  # a part's name is said where it is refused
                if isinstance(part, _StoreCommand):
                    part.rename()
            first = parts[0] if parts else None
            if isinstance(first, _StoreCommand) and first.step_name is not None:
                command.setText(_named(first.step_name()))

    @property
    def stopping(self) -> bool:
        """Whether a part of the step under way has stopped it (the rest is not tried)."""
        return self._back is not None

    def stop(self, undoing: bool) -> None:
        """A step stopped while being undone (or redone): once the stack has moved past it,
        move back over it without writing anything."""
        self._back = self.redo if undoing else self.undo

    def say_once(self, failed: Failed, error: StoreError) -> None:
        """Say a failure of the step back, the first one only."""
        if not self._said_back:
            self._said_back = True
            failed(error)

    def _step_back(self) -> None:
        back, self._back = self._back, None
        if back is None:
            return
        self.stepping_back, self._said_back = True, False
        try:
            back()
        finally:
            self.stepping_back = False


class _StoreCommand(QUndoCommand):
    def __init__(self, store: EventStore, changed: Changed, failed: Failed, name: Naming) -> None:
        super().__init__()
        self._name = name
        self.rename()
        self._store, self._changed, self._failed = store, changed, failed
        self.history: UndoHistory | None = None
        #: What names the step of several parts this one begins (see UndoHistory.step).
        self.step_name: Naming | None = None
        self._skip_next = True  # the caller made the first change

    def rename(self) -> None:
        """The step's name in the window's language now."""
        self.setText(_named(self._name()))

    def _overtaken(self) -> ConflictError:
        """This step refused: its event was changed elsewhere since, and theirs stays."""
        # The step's name begins the sentence: "la modification de …" with a capital.
        return ConflictError(message("store.step_overtaken", step=as_sentence(self.text())))

    def redo(self) -> None:
        self._guarded(self._redo, undoing=False)

    def undo(self) -> None:
        self._guarded(self._undo, undoing=True)

    def _guarded(self, step: Callable[[], None], undoing: bool) -> None:
        history = self.history
        if self.isObsolete():
            # A part of a step refused once: Qt runs it with the step's other parts all the
            # same, and it said its refusal again, or a false one ("exists again"), each time.
            return
        if self._skip_next:
            self._skip_next = False
            return
        if history is not None and history.stopping:  # a part before this one stopped
            self._skip_next = True  # the step: this part neither runs nor runs back
            return
        try:
            step()
        except MAY_PASS as error:
            if history is None:  # no history to keep it in: dropped, as any failure
                self.setObsolete(True)
                self._failed(error)
            elif history.stepping_back:
                history.say_once(self._failed, error)
            else:
                self._skip_next = True  # the history steps back over it
                history.stop(undoing)
                self._failed(error)
        except (StoreError, ValidationError) as error:  # a rule the state put back breaks
            self.setObsolete(True)
            self._failed(error)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreateEvent(_StoreCommand):
    """Push after ``store.add`` returned ``saved``."""

    def __init__(
        self, store: EventStore, saved: Event, changed: Changed, failed: Failed, name: Naming
    ) -> None:
        super().__init__(store, changed, failed, name)
        self._saved = saved

    def _redo(self) -> None:
        self._saved = self._store.restore(self._saved)  # the same identity comes back
        self._changed(self._saved.id)

    def _undo(self) -> None:
        assert self._saved.id is not None
        try:
            self._saved = self._store.delete(self._saved.id, saying=self._saved)
        except ConflictError as error:  # a colleague's edit since: theirs stays
            raise self._overtaken() from error
        self._changed(None)


class EditEvent(_StoreCommand):
    """Push after ``store.update`` turned ``before`` into ``after``."""

    def __init__(
        self,
        store: EventStore,
        before: Event,
        after: Event,
        changed: Changed,
        failed: Failed,
        name: Naming,
    ) -> None:
        super().__init__(store, changed, failed, name)
        self._before, self._after = before, after

    def _apply(self, target: Event, left: Event) -> None:
        """Save ``target`` over the event if it still says what this step left it saying
        (``left``). Its version alone told: after a second edit of the event undone, or
        its deletion undone, the version had moved on, and undoing this step failed ("event
        10 is at version 4, not 2") where nobody else had changed it."""
        assert target.id is not None
        stored = self._store.get(target.id)
        if not stored.says_the_same_as(left):  # changed elsewhere since: theirs stays
            raise self._overtaken()
        try:
            saved = self._store.update(replace(target, version=stored.version), as_it_was=True)
        except ConflictError as error:  # changed elsewhere between the look and the save
            raise self._overtaken() from error
        self._changed(saved.id)

    def _redo(self) -> None:
        self._apply(self._after, self._before)

    def _undo(self) -> None:
        self._apply(self._before, self._after)


class DeleteEvent(_StoreCommand):
    """Push after ``store.delete_with_links`` returned ``removed`` and its ``links`` (the
    deletion takes them with it; undo brings them back)."""

    def __init__(
        self,
        store: EventStore,
        removed: Event,
        links: Sequence[EventLink],
        changed: Changed,
        failed: Failed,
        name: Naming,
    ) -> None:
        super().__init__(store, changed, failed, name)
        self._removed, self._links = removed, list(links)

    def _redo(self) -> None:
        assert self._removed.id is not None
        try:
            self._removed, self._links = self._store.delete_with_links(
                self._removed.id, saying=self._removed
            )
        except ConflictError as error:  # edited since its deletion was undone
            raise self._overtaken() from error
        self._changed(None)

    def _undo(self) -> None:
        restored = self._store.restore(self._removed)
        self._removed = restored
        for link in self._links:
            # The event at its other end may be deleted meanwhile: nothing to link to then.
            with suppress(NotFoundError):
                add_link(self._store.database, link, as_it_was=True)
        self._changed(restored.id)


class AddLink(_StoreCommand):
    """Push after ``add_link`` stored ``link``: undo removes it, redo makes it again."""

    def __init__(
        self, store: EventStore, link: EventLink, changed: Changed, failed: Failed, name: Naming
    ) -> None:
        super().__init__(store, changed, failed, name)
        self._link = link

    def _redo(self) -> None:
        add_link(self._store.database, self._link, as_it_was=True)  # made, or undone, once
        self._changed(self._link.source)

    def _undo(self) -> None:
        remove_link(self._store.database, self._link)
        self._changed(self._link.source)


class RemoveLink(AddLink):
    """Push after ``remove_link`` took ``link`` away: undo makes it again."""

    def _redo(self) -> None:
        super()._undo()

    def _undo(self) -> None:
        super()._redo()


class SaveAgreement(_StoreCommand):
    """Push after ``save_agreement`` stored ``after`` over ``before`` (None: it is new)."""

    def __init__(
        self,
        store: EventStore,
        before: Agreement | None,
        after: Agreement,
        changed: Changed,
        failed: Failed,
        name: Naming,
    ) -> None:
        super().__init__(store, changed, failed, name)
        self._before, self._after = before, after

    def _redo(self) -> None:
        save_agreement(self._store.database, self._after)

    def _undo(self) -> None:
        if self._before is None:
            delete_agreement(self._store.database, self._after.id)
        else:
            save_agreement(self._store.database, self._before)
