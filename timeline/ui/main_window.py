"""The main window: timeline on top, the event list and details below, all in step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.dateinput import parse_user_date
from timeline.domain.datetext import DateFormat
from timeline.domain.duplicates import merge, possible_duplicates
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.summary import SEPARATOR, describe
from timeline.domain.views import SavedView
from timeline.io.timeline_source import LaneMode, StoreSource
from timeline.render.theme import app_font
from timeline.store.database import open_database
from timeline.store.errors import ConflictError, ServerUnavailableError, StoreError
from timeline.store.repository import EventStore
from timeline.store.watch import Probe, probe_for
from timeline.ui.about_dialog import AboutDialog
from timeline.ui.commands import CreateEvent, DeleteEvent, EditEvent
from timeline.ui.conflict_dialog import ConflictDialog, Resolution
from timeline.ui.connect_dialog import ConnectDialog
from timeline.ui.details import DetailsPanel
from timeline.ui.duplicate_dialog import Choice, DuplicateDialog
from timeline.ui.editor import EventEditorDialog
from timeline.ui.event_list import EventListView
from timeline.ui.export_dialog import export_interactively, print_interactively
from timeline.ui.extract_dialog import ExtractDialog
from timeline.ui.filter_bar import FilterBar, without_kinds
from timeline.ui.import_dialog import ImportDialog
from timeline.ui.preferences import PreferencesDialog
from timeline.ui.restore_dialog import RestoreDialog
from timeline.ui.settings import remember_format, settings
from timeline.ui.timeline_view import TimelineView
from timeline.ui.translations import use_language
from timeline.ui.views_menu import ViewsMenu, last_view, remember_last
from timeline.ui.welcome import WelcomePage

WATCH_INTERVAL_MS = 1000  # how often to look for saves made elsewhere


class MainWindow(QMainWindow):
    """One database, one filter, three synchronised views of it."""

    def __init__(
        self,
        store: EventStore,
        fmt: DateFormat,
        open_sample: Callable[[], EventStore] | None = None,
        temporary: bool = False,
        event_filter: EventFilter | None = None,
        remember_state: bool = True,
        order: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self._remember_state = remember_state
        self.setObjectName("mainWindow")
        self.store = store
        self.fmt = fmt
        restored = last_view() if event_filter is None and remember_state else None
        self.event_filter = restored.event_filter if restored else event_filter or EventFilter()
        self.order = restored.order if restored else order
        self._open_sample = open_sample
        self._temporary = temporary
        self.lane_mode = _stored_lane_mode()
        self.source: StoreSource  # set by reload()
        self.undo_stack = QUndoStack(self)

        self._build_ui()

        self._probe: Probe | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self._check_outside_changes)
        self._watch_store()
        self._update_title()
        self.resize(1400, 860)
        if remember_state:
            self._restore_state()
        self.reload(fit=True)
        if restored is not None and restored.period is not None:
            self.timeline.set_period(restored.period)

    # -- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """Every widget and menu, in the current language (built again when it changes)."""
        fmt = self.fmt
        self._owner = QObject(self)  # owns this build's actions, so a rebuild drops them
        self.timeline = TimelineView()
        self.timeline.set_date_format(fmt)
        self.filter_bar = FilterBar(fmt.language)
        self.filter_bar.set_filter(self.event_filter, self.order)
        self.filter_bar.filterChanged.connect(self.apply_filter)
        self._filters = self.addToolBar(self.tr("Filter"))
        self._filters.setObjectName("filterToolbar")
        self._filters.setMovable(False)
        self._filters.addWidget(self.filter_bar)
        self.summary = QLabel()
        self.summary.setObjectName("filterSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFont(app_font(15, bold=True))
        self.summary.setContentsMargins(8, 4, 8, 2)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.timeline, 1)
        self.event_list = EventListView()
        self.details = DetailsPanel()
        self.welcome = WelcomePage()

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("lowerSplitter")
        lower.addWidget(self.event_list)
        lower.addWidget(self.details)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 380])  # the timeline first; the user's split is restored
        self.lower_splitter = lower

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        if not hasattr(self, "count_label"):
            self.count_label = QLabel()
            self.count_label.setObjectName("countLabel")
            self.statusBar().addPermanentWidget(self.count_label)
            self.read_only_note = QLabel()  # why nothing can be changed, when that is so
            self.read_only_note.setObjectName("readOnlyNote")
            self.statusBar().addWidget(self.read_only_note)

        self.timeline.eventSelected.connect(self._select)
        self.event_list.eventSelected.connect(self._select)
        self.timeline.eventActivated.connect(self.edit_event)
        self.timeline.textPasted.connect(self.events_from_text)
        self.event_list.eventActivated.connect(self.edit_event)
        self.welcome.addEventRequested.connect(self.new_event)
        self.welcome.openSampleRequested.connect(self.open_sample)
        self.details.history.restoreRequested.connect(self._restore_version)

        self._build_actions()

    def set_reader(self, fmt: DateFormat) -> None:
        """Another language, date style, digits or Hijri choice: the same window, the same
        place, retranslated and redrawn."""
        period, selected = self.timeline.period, self.timeline.selected_id
        splits = self.splitter.saveState(), self.lower_splitter.saveState()
        rebuild = fmt.language != self.fmt.language
        self.fmt = fmt
        if rebuild:
            self.removeToolBar(self._filters)
            self._filters.deleteLater()
            self._owner.deleteLater()
            self.setMenuBar(QMenuBar())
            self._build_ui()
            self.splitter.restoreState(splits[0])
            self.lower_splitter.restoreState(splits[1])
        self.timeline.set_date_format(fmt)
        self._update_title()
        self.reload(select=selected)
        self.timeline.set_period(period)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self, self.fmt)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.chosen())

    def apply_preferences(self, fmt: DateFormat) -> None:
        """Remember the reader's choices and show everything in them at once."""
        remember_format(fmt)
        if fmt.language != self.fmt.language:
            use_language(fmt.language)
        self.set_reader(fmt)

    # -- actions ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self._owner)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New event…"), self.new_event, QKeySequence.StandardKey.New, "newEvent"
        )
        file_menu.addAction(self.new_action)
        self.from_text_action = self._action(
            self.tr("New events from &text…"), self.events_from_text, "Ctrl+Shift+N", "fromText"
        )
        file_menu.addAction(self.from_text_action)
        file_menu.addAction(
            self._action(self.tr("Open the &sample timeline"), self.open_sample, None, "openSample")
        )
        file_menu.addAction(
            self._action(
                self.tr("&Connect to a team database…"), self.connect_team, None, "connectTeam"
            )
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import events…"), self.import_events, "Ctrl+I", "import"
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(
            self._action(self.tr("&Export…"), self.export_briefing, "Ctrl+E", "export")
        )
        file_menu.addAction(
            self._action(
                self.tr("&Print…"), self.print_briefing, QKeySequence.StandardKey.Print, "print"
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Back up the database…"), self.backup, None, "backup")
        )
        file_menu.addAction(
            self._action(
                self.tr("&Restore from backup…"), self.restore_backup, None, "restoreBackup"
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        )

        edit_menu = menu.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self._owner, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = self.undo_stack.createRedoAction(self._owner, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redo")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.edit_action = self._action(
            self.tr("&Edit event…"), self.edit_selected, "F2", "editEvent"
        )
        self.delete_action = self._action(
            self.tr("&Delete event"), self.delete_selected, QKeySequence.StandardKey.Delete,
            "deleteEvent",
        )
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        preferences = self._action(
            self.tr("&Preferences…"),
            self.edit_preferences,
            QKeySequence.StandardKey.Preferences,
            "preferences",
        )
        if preferences.shortcut().isEmpty():
            preferences.setShortcut(QKeySequence("Ctrl+,"))
        edit_menu.addAction(preferences)

        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(
                self.tr("Zoom &in"), lambda: self.timeline.zoom_at(1.5),
                QKeySequence.StandardKey.ZoomIn, "zoomIn",
            )
        )
        view_menu.addAction(
            self._action(
                self.tr("Zoom &out"), lambda: self.timeline.zoom_at(1 / 1.5),
                QKeySequence.StandardKey.ZoomOut, "zoomOut",
            )
        )
        view_menu.addAction(
            self._action(self.tr("&Fit all events"), self.timeline.fit_all, "Ctrl+0", "fitAll")
        )
        view_menu.addAction(
            self._action(self.tr("&Go to date…"), self.go_to_date, "Ctrl+G", "goToDate")
        )
        hijri = QAction(self.tr("Show &Hijri months"), self._owner, checkable=True)
        hijri.setObjectName("hijriTier")
        hijri.setChecked(settings().value("view/hijriTier", "true") == "true")
        hijri.toggled.connect(self.set_hijri_tier)
        self.timeline.set_hijri_tier(hijri.isChecked())
        view_menu.addAction(hijri)
        lanes_menu = view_menu.addMenu(self.tr("&Lanes"))
        lanes = QActionGroup(self._owner)
        for mode, text in (
            (LaneMode.SINGLE, self.tr("One &band")),
            (LaneMode.KIND, self.tr("By &kind")),
            (LaneMode.PARTNER, self.tr("By &partner (one country against all)")),
        ):
            action = QAction(text, self._owner, checkable=True)
            action.setObjectName(f"lanes-{mode.value}")
            action.setChecked(mode is self.lane_mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_lane_mode(m))
            lanes.addAction(action)
            lanes_menu.addAction(action)

        self.views_menu = ViewsMenu(self.current_view, self.menuBar())
        self.views_menu.viewChosen.connect(self.open_view)
        menu.addMenu(self.views_menu)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self.about, None, "about"))
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self.store.database.read_only
        has_selection = self.timeline.selected_id is not None
        self.edit_action.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)
        self.new_action.setEnabled(writable)
        self.from_text_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.welcome.add_button.setEnabled(writable)

    # -- data -------------------------------------------------------------------------------

    def apply_filter(self, event_filter: EventFilter) -> None:
        """Show what a new filter selects, everywhere at once."""
        self.event_filter = event_filter
        self.order = self.filter_bar.order()
        self.reload(fit=True)

    def current_view(self) -> SavedView:
        """What is on screen, named after the filter."""
        name = describe(self.event_filter, len(self.source.index), self.fmt, self.order)
        return SavedView(
            name.rsplit(SEPARATOR, 1)[0], self.event_filter, self.order, self.timeline.period
        )

    def open_view(self, view: SavedView) -> None:
        self.event_filter, self.order = view.event_filter, view.order
        self.filter_bar.set_filter(view.event_filter, view.order)
        self.reload(fit=view.period is None)
        if view.period is not None:
            self.timeline.set_period(view.period)

    def set_hijri_tier(self, shown: bool) -> None:
        """The Umm al-Qura months under the Gregorian axis, or not; remembered."""
        settings().setValue("view/hijriTier", "true" if shown else "false")
        self.timeline.set_hijri_tier(shown)

    def set_lane_mode(self, mode: LaneMode) -> None:
        """One band, a lane per kind, or a lane per partner pair; remembered."""
        self.lane_mode = mode
        settings().setValue("view/laneMode", mode.value)
        self.reload()

    def reload(self, fit: bool = False, select: int | None = None) -> None:
        """Read the filtered events again and show them everywhere."""
        if self._probe is not None:
            self._probe.changed()  # what is read now includes every commit so far
        selected = select if select is not None else self.timeline.selected_id
        try:
            source = StoreSource(
                self.store,
                self.event_filter,
                self.fmt.language,
                self.timeline.char_px(),
                self.lane_mode,
                text_width=self.timeline.text_width,
            )
        except StoreError as error:
            # The server went away, the file was locked: keep what is on screen, say why.
            self.statusBar().showMessage(str(error), 15000)
            return
        self.source = source
        self.timeline.set_source(self.source)
        self.event_list.set_source(self.source, self.fmt, self.event_filter.text)
        shown = len(self.source.index)
        self.summary.setText(describe(self.event_filter, shown, self.fmt, self.order))
        self.filter_bar.set_kind_counts(self.store.count_by_kind(without_kinds(self.event_filter)))
        empty = shown == 0 and self.store.count() == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)
        self.count_label.setText(self.fmt.digits(self.tr("%n event(s)", "", shown)))
        if fit:
            self.timeline.fit_all()
        still_shown = selected is not None and self.source.index.position(selected) is not None
        self._select(selected if still_shown else None)

    def _watch_store(self) -> None:
        """Follow saves made by other windows or programs on the same SQLite file, or by
        colleagues on the same server."""
        if self._probe is not None:
            self._probe.close()
        self._probe = probe_for(self.store.database)
        if self._probe is not None:
            self._watch.start()
        else:
            self._watch.stop()

    def _check_outside_changes(self) -> None:
        """Someone else saved: show it, keeping the view and the selection where they are."""
        if self._probe is not None and self._probe.changed():
            self.reload()

    def _changed(self, select: int | None) -> None:
        self.reload(select=select)

    def _select(self, event_id: int | None) -> None:
        self.timeline.set_selected(event_id)
        self.event_list.select_event(event_id)
        self.details.show_event(self._event(event_id), self.fmt)
        history = self.store.history(event_id) if event_id is not None else []
        self.details.history.show_history(history, self.fmt, not self.store.database.read_only)
        self._update_actions()

    def _event(self, event_id: int | None) -> Event | None:
        if event_id is None:
            return None
        return self.source.events([event_id]).get(event_id)

    def selected_event(self) -> Event | None:
        return self._event(self.timeline.selected_id)

    # -- editing ----------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        """A message that may quote user text: shown as plain text, never as markup."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Diplomatic Timeline"),
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
        text = self.tr("Add “%1”").replace("%1", saved.title(self.fmt.language))
        self.undo_stack.push(CreateEvent(self.store, saved, self._changed, self._show_error, text))
        self.reload(select=saved.id)
        if len(self.timeline.source.index) == 1:
            self.timeline.fit_all()

    def events_from_text(self, text: str = "") -> None:
        """Paste an article, confirm the events it proposes, add them as one step."""
        dialog = ExtractDialog(self, self.fmt)
        if text:
            dialog.text.setPlainText(text)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.confirmed_events():
            return
        try:
            saved = self.store.add_many(dialog.confirmed_events())
        except (StoreError, ValidationError) as error:
            self._show_error(str(error))
            return
        self.undo_stack.beginMacro(self.tr("Add %n event(s) from text", "", len(saved)))
        for event in saved:
            text = self.tr("Add “%1”").replace("%1", event.title(self.fmt.language))
            self.undo_stack.push(
                CreateEvent(self.store, event, self._changed, self._show_error, text)
            )
        self.undo_stack.endMacro()
        self.reload(select=saved[0].id)

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
        text = self.tr("Edit “%1”").replace("%1", after.title(self.fmt.language))
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
        text = self.tr("Restore an earlier version of “%1”")
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
            self.tr("Delete event"),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace("%1", title),
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
                self.store, removed, self._changed, self._show_error,
                self.tr("Delete “%1”").replace("%1", title),
            )
        )
        self.reload()

    # -- other commands ---------------------------------------------------------------------

    def open_sample(self) -> None:
        """Switch to the sample timeline in a temporary database (the user's stays as is)."""
        if self._open_sample is None:
            return
        self.store = self._open_sample()
        self._temporary = True
        self._watch_store()
        self.undo_stack.clear()
        self._update_title()
        self.reload(fit=True)

    def connect_team(self) -> None:
        """File > Connect to a team database…: this window moves to the shared server."""
        database = ConnectDialog.ask(self)
        if database is None:
            return
        previous, self.store = self.store.database, EventStore(database)
        self._temporary = False
        self.undo_stack.clear()
        self._watch_store()
        previous.close()
        self._update_title()
        self.reload(fit=True)

    def restore_backup(self) -> None:
        """File > Restore from backup…: the file is closed while it is swapped, then
        reopened whatever the answer."""
        path = self.store.database.target.path
        if path is None or self._temporary:
            self._show_error(self.tr("Only a database file on this computer has backups."))
            return
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        self.store.database.close()
        RestoreDialog(path, self).exec()
        try:
            self.store = EventStore(open_database(path))
        except StoreError as error:
            self._show_error(str(error))
            self.close()
            return
        self.undo_stack.clear()
        self._watch_store()
        self._update_title()
        self.reload(fit=True)

    def import_events(self) -> None:
        """Ctrl+I: CSV, JSON, PLOVER, ICEWS or GDELT, previewed before anything is written."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import events"),
            "",
            self.tr("Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)"),
        )
        if not path:
            return
        dialog = ImportDialog(self, self.store, Path(path), fmt=self.fmt)
        dialog.exec()
        if dialog.imported is not None:
            self.undo_stack.clear()  # an import is undone by a backup, not step by step
            self.reload(fit=True)

    def export_briefing(self) -> None:
        """Ctrl+E: the filtered timeline as a PDF briefing, PNG or SVG."""
        written = export_interactively(
            self, self.store, self.event_filter, self.order, self.fmt,
            self.timeline.period, self.lane_mode, self.timeline.hijri_tier,
        )  # fmt: skip
        if written is not None:
            message = self.tr("Exported to %1").replace("%1", str(written))
            self.statusBar().showMessage(message, 8000)

    def print_briefing(self) -> None:
        """Ctrl+P: the same pages as the PDF, through a print preview."""
        print_interactively(
            self, self.store, self.event_filter, self.order, self.fmt,
            self.timeline.period, self.lane_mode, self.timeline.hijri_tier,
        )  # fmt: skip

    def backup(self) -> None:
        if self.store.database.target.path is None:
            self._show_error(self.tr("Back up a server database with the server's own tools."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), "", self.tr("SQLite database (*.sqlite3)")
        )
        if not path:
            return
        try:
            written = self.store.database.backup(_with_suffix(path))
        except StoreError as error:
            self._show_error(str(error))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)), 8000)

    def go_to_date(self) -> None:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Go to date"),
            self.tr("Date (2025-03-19, 2025-03, 2025, or Hijri 1446-09-19 هـ):"),
        )
        if not accepted or not text.strip():
            return
        try:
            when = parse_user_date(text)
        except ValidationError as error:
            self._show_error(error.message)
            return
        self.timeline.go_to(when.earliest())

    def about(self) -> None:
        database = self.store.database
        label = self.tr("Sample timeline (not saved)") if self._temporary else database.target.label
        AboutDialog(label, database.engine.dialect.name, self).exec()

    # -- window state -----------------------------------------------------------------------

    def _update_title(self) -> None:
        target = self.store.database.target
        name = self.tr("Sample timeline (not saved)") if self._temporary else target.label
        self.setWindowTitle(self.tr("%1 — Diplomatic Timeline").replace("%1", name))
        reason = self.store.database.read_only_reason
        note = self.tr("Read-only: %1").replace("%1", reason) if reason else ""
        self.read_only_note.setText(note)

    def _restore_state(self) -> None:
        stored = settings()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/lowerSplitter", self.lower_splitter.restoreState),
        ):
            value = stored.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._watch.stop()
        if self._probe is not None:  # on a server, a connection of its own: not left open
            self._probe.close()
            self._probe = None
        if not self._remember_state:
            super().closeEvent(event)
            return
        remember_last(self.current_view())
        stored = settings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        stored.setValue("window/splitter", self.splitter.saveState())
        stored.setValue("window/lowerSplitter", self.lower_splitter.saveState())
        super().closeEvent(event)


def _stored_lane_mode() -> LaneMode:
    value = settings().value("view/laneMode", LaneMode.SINGLE.value)
    try:
        return LaneMode(value)
    except ValueError:
        return LaneMode.SINGLE


def _with_suffix(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".sqlite3")


