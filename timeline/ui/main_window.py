"""The main window: timeline on top, the event list and details below, all in step."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.summary import SEPARATOR, describe
from timeline.domain.views import SavedView
from timeline.io.timeline_source import LaneMode, StoreSource
from timeline.render.describe import visible_events
from timeline.render.theme import app_font
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.store.watch import Probe, probe_for
from timeline.ui.commands import CreateEvent
from timeline.ui.details import DetailsPanel
from timeline.ui.empty_result import EmptyResult, cleared
from timeline.ui.event_list import EventListView
from timeline.ui.extract_dialog import ExtractDialog
from timeline.ui.filter_bar import FilterBar, without_kinds
from timeline.ui.preferences import PreferencesDialog
from timeline.ui.settings import remember_format, settings
from timeline.ui.timeline_view import TimelineView
from timeline.ui.translations import use_language
from timeline.ui.views_menu import ViewsMenu, last_view, remember_last
from timeline.ui.welcome import WelcomePage
from timeline.ui.window_editing import EditingCommands
from timeline.ui.window_files import FileCommands

WATCH_INTERVAL_MS = 1000  # how often to look for saves made elsewhere


class MainWindow(EditingCommands, FileCommands, QMainWindow):
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
        self.empty_result = EmptyResult()
        self.empty_result.clearRequested.connect(self._clear_filter)
        self.timeline_area = QStackedWidget()
        self.timeline_area.addWidget(self.timeline)
        self.timeline_area.addWidget(self.empty_result)
        top_layout.addWidget(self.timeline_area, 1)
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
        self.splitter.setSizes([700, 300])  # the timeline first; the user's split is restored
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
        self.timeline.periodChanged.connect(self._list_follows_view)
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
            self.tr("&Delete event"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
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
                self.tr("Zoom &in"),
                lambda: self.timeline.zoom_at(1.5),
                QKeySequence.StandardKey.ZoomIn,
                "zoomIn",
            )
        )
        view_menu.addAction(
            self._action(
                self.tr("Zoom &out"),
                lambda: self.timeline.zoom_at(1 / 1.5),
                QKeySequence.StandardKey.ZoomOut,
                "zoomOut",
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
        details = QAction(self.tr("Show &details pane"), self._owner, checkable=True)
        details.setObjectName("detailsPane")
        details.setShortcut(QKeySequence("Ctrl+Shift+D"))
        details.setChecked(settings().value("view/details", "true") == "true")
        details.toggled.connect(self.set_details_shown)
        self.details.setVisible(details.isChecked())
        self.addAction(details)  # the shortcut works with the menu bar hidden too
        view_menu.addAction(details)
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

    def _clear_filter(self) -> None:
        """The empty result's button: drop the search words (or the filters) that found
        nothing."""
        event_filter = cleared(self.event_filter)
        self.filter_bar.set_filter(event_filter, self.order)
        self.apply_filter(event_filter)

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

    def set_details_shown(self, shown: bool) -> None:
        """The details pane beside the list, or the list across the whole width (small
        screens); remembered."""
        settings().setValue("view/details", "true" if shown else "false")
        self.details.setVisible(shown)

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
        self.empty_result.show_filter(self.event_filter)
        self.timeline_area.setCurrentWidget(self.empty_result if shown == 0 else self.timeline)
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

    def _list_follows_view(self) -> None:
        """The list shows the first event in view: the earliest drawn (a bar cut by the
        view's edge counts), else the first to start after the view's start."""
        index = self.timeline.source.index
        drawn = [
            index.position(shape.event.id or 0)
            for shape in visible_events(self.timeline.current_layout())
        ]
        rows = [row for row in drawn if row is not None]
        first = (
            min(rows) if rows else int(np.searchsorted(index.starts, self.timeline.period.start))
        )
        self.event_list.follow(first)

    def _event(self, event_id: int | None) -> Event | None:
        if event_id is None:
            return None
        return self.source.events([event_id]).get(event_id)

    def selected_event(self) -> Event | None:
        return self._event(self.timeline.selected_id)

    # -- text ----------------------------------------------------------------------------

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
