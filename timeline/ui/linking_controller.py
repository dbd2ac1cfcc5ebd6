"""Linking events and threading agreements: link, unlink, start a thread, add its next step.

A controller of the main window, like the editing one: its actions act on the selected
event, each change is one transaction and one undoable step (starting a thread is two
changes, the agreement and the event's step, undone together). Its strings are translated
in the MainWindow context.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog

from timeline.domain.agreements import AgreementStep, AgreementThread, starts_a_thread
from timeline.domain.datetext import in_digits
from timeline.domain.direction import isolate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.languages import with_label
from timeline.domain.links import link_label, other_end
from timeline.domain.next_step import next_step_draft
from timeline.store.agreements import (
    all_agreements,
    delete_agreement,
    save_agreement,
    threads_of,
)
from timeline.store.errors import StoreError
from timeline.store.links import add_link, links_of, remove_link
from timeline.ui.actions import ActionSpec, make_actions, retranslate
from timeline.ui.agreement_dialog import AgreementDialog
from timeline.ui.commands import AddLink, EditEvent, RemoveLink, SaveAgreement
from timeline.ui.link_dialog import LinkDialog, UnlinkDialog, event_line
from timeline.view.source import nearest_events

if TYPE_CHECKING:
    from timeline.ui.main_window import MainWindow

translate = QCoreApplication.translate

ACTIONS = (
    ActionSpec("linkEvent", QT_TRANSLATE_NOOP("MainWindow", "&Link to another event…"), "Ctrl+L"),
    ActionSpec("unlinkEvent", QT_TRANSLATE_NOOP("MainWindow", "Remove a lin&k…"), "Ctrl+Shift+L"),
    ActionSpec(
        "startAgreement", QT_TRANSLATE_NOOP("MainWindow", "Start an &agreement thread…"), "Ctrl+T"
    ),
    ActionSpec(
        "nextStep",
        QT_TRANSLATE_NOOP("MainWindow", "Add the agreement’s ne&xt step…"),
        "Ctrl+Shift+A",
    ),
)
#: The events a link dialog offers, nearest in time to the selected one first.
CANDIDATES = 2000


class LinkingController(QObject):
    """Links between events and the threads of agreements, for the selected event."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.actions = make_actions(
            self,
            ACTIONS,
            {
                "linkEvent": self.link_selected,
                "unlinkEvent": self.unlink_selected,
                "startAgreement": self.start_agreement,
                "nextStep": self.add_next_step,
            }.__getitem__,
        )

    def retranslate(self) -> None:
        retranslate(self.actions, ACTIONS)

    def update_actions(self, writable: bool, selected: Event | None) -> None:
        """Linking needs an event; a thread starts from a signature that has none yet and
        goes on from any of its steps."""
        has = writable and selected is not None and selected.id is not None
        self.actions["linkEvent"].setEnabled(has)
        self.actions["unlinkEvent"].setEnabled(has)
        self.actions["startAgreement"].setEnabled(
            has and selected is not None and starts_a_thread(selected)
        )
        self.actions["nextStep"].setEnabled(
            has and selected is not None and selected.agreement_id is not None
        )

    def _selected(self) -> Event | None:
        event = self._window.selected_event()
        return event if event is not None and event.id is not None else None

    def _push(self, command: QUndoCommand) -> None:
        self._window.undo_stack.push(command)

    def link_selected(self) -> None:
        """Ctrl+L: this event is the outcome of, a follow-up to… another one."""
        source = self._selected()
        if source is None:
            return
        dialog = LinkDialog(self._window, self._window.state.fmt, source, self._candidates(source))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        link = dialog.chosen()
        try:
            added = add_link(self._window.store.database, link)
        except (StoreError, ValidationError) as error:
            self._window.show_failure(error)
            return
        if added:

            def name() -> str:
                return translate("MainWindow", "Link “%1”").replace(
                    "%1", self._window.editing.title_in_sentence(source)
                )

            self._push(
                AddLink(
                    self._window.store, link, self._window.changed, self._window.show_failure, name
                )
            )
        self._window.reload(select=source.id)

    def _candidates(self, source: Event) -> list[Event]:
        """The events shown now (all but the selected one), the nearest in time first."""
        window = self._window
        return nearest_events(
            window.store, window.shown_filter(), source.date.earliest(), CANDIDATES
        )

    def unlink_selected(self) -> None:
        """Ctrl+Shift+L: remove one of the selected event's links."""
        event = self._selected()
        if event is None or event.id is None:
            return
        links = links_of(self._window.store.database, event.id)
        if not links:
            self._window.show_error(translate("MainWindow", "This event has no links."))
            return
        others = self._window.store.get_many([other_end(link, event.id) for link in links])
        language = self._window.state.fmt.language
        lines = [
            (
                link,
                with_label(
                    link_label(link, event.id, language),
                    event_line(others[other_end(link, event.id)], self._window.state.fmt),
                    language,
                ),
            )
            for link in links
            if other_end(link, event.id) in others
        ]
        dialog = UnlinkDialog(self._window, self._window.state.fmt, lines)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        link = dialog.chosen()
        try:
            removed = remove_link(self._window.store.database, link)
        except StoreError as error:
            self._window.show_failure(error)
            return
        if removed:

            def name() -> str:
                text = translate("MainWindow", "Remove a link of “%1”")
                return text.replace("%1", self._window.editing.title_in_sentence(event))

            self._push(
                RemoveLink(
                    self._window.store, link, self._window.changed, self._window.show_failure, name
                )
            )
        self._window.reload(select=event.id)

    def start_agreement(self) -> None:
        """The selected signature becomes the first step of a new agreement's thread."""
        selected = self._selected()
        if selected is None or selected.id is None:
            return
        try:
            signed = self._window.store.get(selected.id)  # whole: the timeline's is not
        except StoreError as error:
            self._window.show_failure(error)
            return
        taken = [agreement.id for agreement in all_agreements(self._window.store.database)]
        dialog = AgreementDialog(self._window, self._window.state.fmt, signed, taken)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        agreement = dialog.agreement()
        window = self._window
        step = replace(signed, agreement_id=agreement.id, agreement_step=AgreementStep.SIGNED)
        try:
            save_agreement(window.store.database, agreement)
            try:
                after = window.store.update(step)
            except (StoreError, ValidationError):
                # The agreement goes too: nothing half done stays, and no step to undo or
                # redo is left (one undone was there to redo, an agreement with no step).
                delete_agreement(window.store.database, agreement.id)
                raise
        except (StoreError, ValidationError) as error:
            window.show_failure(error)
            return

        def name() -> str:
            return translate("MainWindow", "Start the thread of “%1”").replace(
                "%1",
                isolate(in_digits(agreement.title(window.state.fmt.language), window.state.fmt)),
            )

        with window.undo_stack.step(name):
            self._push(
                SaveAgreement(
                    window.store, None, agreement, window.changed, window.show_failure, name
                )
            )
            self._push(
                EditEvent(window.store, signed, after, window.changed, window.show_failure, name)
            )
        window.reload(select=after.id)

    def add_next_step(self) -> None:
        """The editor, prefilled with the thread's next step: the parties, the latest
        step's date, the titles; saving it is one undoable addition like any other."""
        latest = self._selected()
        if latest is None or latest.id is None or latest.agreement_id is None:
            return
        try:
            threads = threads_of(self._window.store.database, [latest.id])
        except StoreError as error:
            self._window.show_failure(error)
            return
        if not threads:  # no longer a step (changed or deleted elsewhere): show it as it is
            self._window.reload()
            return
        thread = threads[0]
        last = self._latest_step(thread) or latest
        self._window.editing.create_from(next_step_draft(thread, last))

    def _latest_step(self, thread: AgreementThread) -> Event | None:
        ids = thread.event_ids()
        return self._window.store.get_many(ids[-1:]).get(ids[-1]) if ids else None
