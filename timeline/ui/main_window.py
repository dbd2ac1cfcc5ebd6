"""The main window: timeline on top, the event list and details below, all in step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.languages import field_separator, in_language, is_right_to_left, with_label
from timeline.domain.links import link_label, other_end
from timeline.domain.status import LISTED_AHEAD, EventStatus, needing_attention, shown_statuses
from timeline.domain.summary import describe
from timeline.domain.view_state import LaneMode, ViewState
from timeline.domain.views import SavedView
from timeline.export.briefing_words import unbroken
from timeline.settings import Key, remember_format, settings
from timeline.store.agreements import agreements_by_id, threads_of
from timeline.store.database import ReadOnlyReason
from timeline.store.errors import StoreError
from timeline.store.links import links_of
from timeline.store.repository import EventStore
from timeline.store.watch import Probe, probe_for
from timeline.ui.actions import ActionSpec, make_actions, retranslate
from timeline.ui.attention_panel import AttentionPanel
from timeline.ui.commands import UndoHistory
from timeline.ui.details import DetailsPanel
from timeline.ui.editing_controller import EditingController
from timeline.ui.editor import EventEditorDialog
from timeline.ui.empty_result import EmptyResult, cleared
from timeline.ui.error_words import about_said, read_only_said, said
from timeline.ui.event_list import EventListView
from timeline.ui.file_controller import FileController
from timeline.ui.filter_bar import FilterBar, without_kinds
from timeline.ui.fonts import widget_font
from timeline.ui.lanes_scroll import LanesScroll
from timeline.ui.linking_controller import LinkingController
from timeline.ui.menu_style import shortcuts_left_to_right
from timeline.ui.message_bar import MessageBar
from timeline.ui.preferences import PreferencesDialog
from timeline.ui.side_column import SideColumn
from timeline.ui.thread_lines import thread_lines
from timeline.ui.timeline_splitter import TimelineSplitter
from timeline.ui.timeline_view import MINIMUM_HEIGHT as TIMELINE_MINIMUM_HEIGHT
from timeline.ui.timeline_view import TimelineView
from timeline.ui.translations import use_language
from timeline.ui.views_menu import ViewsMenu, last_view, remember_last
from timeline.ui.welcome import WelcomePage
from timeline.ui.window_size import fit_on_screen
from timeline.ui.wrapped_label import wrap_lines
from timeline.view.source import StoreSource, held_ahead_events, kind_counts, matching_events

WATCH_INTERVAL_MS = 1000  # how often to look for saves made elsewhere
#: How a new window shares its height (the timeline, then the list) and its lower part's
#: width (the list, then the details and what needs attention): in proportion.
_TIMELINE_SPLIT = (700, 300)
_LIST_SPLIT = (600, 400)

#: The window's own commands: zooming, fitting, searching, preferences and quitting.
ACTIONS = (
    ActionSpec(
        "zoomIn", QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), QKeySequence.StandardKey.ZoomIn
    ),
    ActionSpec(
        "zoomOut", QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"), QKeySequence.StandardKey.ZoomOut
    ),
    ActionSpec("fitAll", QT_TRANSLATE_NOOP("MainWindow", "&Fit all events"), "Ctrl+0"),
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("MainWindow", "&Search the events"),
        QKeySequence.StandardKey.Find,
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
        QKeySequence.StandardKey.Preferences,
        fallback_shortcut="Ctrl+,",
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit),
)


class MainWindow(QMainWindow):
    """One database, one filter, three synchronised views of it; the commands live in
    controllers (:class:`EditingController`, :class:`FileController`) that own their actions."""

    def __init__(
        self,
        store: EventStore,
        fmt: DateFormat,
        open_sample: Callable[[], EventStore] | None = None,
        temporary: bool = False,
        event_filter: EventFilter | None = None,
        remember_state: bool = True,
        order: tuple[str, ...] = (),
        today: Callable[[], date] = date.today,
    ) -> None:
        """``today``: the clock the window and its dialogs read for today's date (what needs
        attention, the today line, the day a briefing is prepared, a new event's day), asked
        each time, as the window may stay open past midnight; a test gives its own."""
        super().__init__()
        self._remember_state = remember_state
        self._today = today
        self.setObjectName("mainWindow")
        self.store = store
        restored = last_view() if event_filter is None and remember_state else None
        # What the window shows and how, but the period: the timeline view owns the moving
        # one, and :attr:`state` puts it in.
        self._state = ViewState(
            event_filter or EventFilter(),
            fmt,
            order,
            _stored_lane_mode(),
            settings().value(Key.HIJRI_TIER, "true") == "true",
        )
        if restored is not None:
            self._state = replace(restored.applied_to(self._state), period=None)
        self.temporary = temporary
        self.source: StoreSource  # set by reload()
        self.undo_stack = UndoHistory(self)
        #: Whether :meth:`_select` is under way (the views it sets tell it of the same).
        self._selecting = False
        #: What the step being undone or redone last selected, once it changed anything
        #: (see :meth:`changed`).
        self._stepped: tuple[int | None] | None = None
        self.undo_stack.indexChanged.connect(self._after_step)
        # What a filter's reload shows beside the timeline, filled once its frame is painted.
        self._beside = QTimer(self)
        self._beside.setSingleShot(True)
        self._beside.setInterval(0)
        self._beside.timeout.connect(self._fill_beside)
        self.editing = EditingController(self)
        self.linking = LinkingController(self)
        self.files = FileController(self, open_sample)
        self._actions = make_actions(
            self,
            ACTIONS,
            {
                "zoomIn": lambda: self.timeline.zoom_at(1.5),
                "zoomOut": lambda: self.timeline.zoom_at(1 / 1.5),
                "fitAll": lambda: self.timeline.fit_all(),
                "search": lambda: self.filter_bar.start_search(),
                "preferences": self.edit_preferences,
                "quit": self.close,
            }.__getitem__,
        )

        self._unreadable = ""  # the status message saying the events could not be read
        self._build_ui()

        self._probe: Probe | None = None
        self._notices_shown = len(store.database.notices)  # said on the command line
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self._check_outside_changes)
        self.watch_store()
        self.update_title()
        fit_on_screen(self, QSize(1400, 860))
        if remember_state:
            self._restore_state()
        self.reload(fit=True)
        if restored is not None and restored.state.period is not None:
            self.timeline.set_period(restored.state.period)
        self._focus_the_page()

    # -- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """Every widget and menu, in the current language (built again when it changes)."""
        fmt = self._state.fmt
        self._owner = QObject(self)  # owns this build's actions, so a rebuild drops them
        self.timeline = TimelineView(today=self._today)
        self.timeline.set_date_format(fmt)
        self.filter_bar = FilterBar(fmt.language)
        self.filter_bar.set_reader(fmt)
        self.filter_bar.set_filter(self._state.event_filter, self._state.order)
        self.filter_bar.filterChanged.connect(self.apply_filter)
        self._filters = self.addToolBar(self.tr("Filter"))
        self._filters.setObjectName("filterToolbar")
        self._filters.setMovable(False)
        self._filters.addWidget(self.filter_bar)
        self.summary = QLabel()
        self.summary.setObjectName("filterSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFont(widget_font(15, bold=True))
        self.summary.setContentsMargins(8, 4, 8, 2)
        # A pair, kinds, a period and words ran to a thousand pixels on one line, and the
        # window would not be narrower than its summary: it wraps instead.
        wrap_lines(self.summary)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.summary)
        self.empty_result = EmptyResult()
        self.empty_result.clearRequested.connect(self._clear_filter)
        # Lanes (of kinds, of partners) taller than the room the window has scroll.
        self.timeline_scroll = LanesScroll(self.timeline)
        self.timeline_scroll.setMinimumHeight(TIMELINE_MINIMUM_HEIGHT)
        self.timeline_area = QStackedWidget()
        self.timeline_area.addWidget(self.timeline_scroll)
        self.timeline_area.addWidget(self.empty_result)
        top_layout.addWidget(self.timeline_area, 1)
        self.event_list = EventListView()
        self.details = DetailsPanel()
        self.attention = AttentionPanel()
        self.welcome = WelcomePage()
        self.welcome.set_date_format(fmt)

        # The details and, under them, what needs attention share one column, so that the
        # list keeps its title column in a small window.
        self.side = side = SideColumn(self.details, self.attention)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("lowerSplitter")
        lower.addWidget(self.event_list)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes(list(_LIST_SPLIT))
        self.splitter = TimelineSplitter(top, self.timeline, lower, side, _TIMELINE_SPLIT)
        self.lower_splitter = lower

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        if not hasattr(self, "count_label"):
            self.setStatusBar(MessageBar(self))
            self.count_label = QLabel()
            self.count_label.setObjectName("countLabel")
            self.statusBar().addPermanentWidget(self.count_label)
            self.read_only_note = QLabel()  # why nothing can be changed, when that is so
            self.read_only_note.setObjectName("readOnlyNote")
            self.statusBar().addWidget(self.read_only_note)
            self.out_of_reach = QLabel()  # while a team's server does not answer
            self.out_of_reach.setObjectName("outOfReachNote")
            self.out_of_reach.hide()
            self.statusBar().addWidget(self.out_of_reach)

        self.timeline.eventSelected.connect(self._select)
        self.timeline.unavailable.connect(self._say_unreadable)
        self.timeline.readableAgain.connect(self._readable_again)
        self.timeline.periodChanged.connect(self._list_follows_view)
        self.event_list.eventSelected.connect(self._select)
        self.timeline.eventActivated.connect(self.editing.edit_event)
        self.timeline.textPasted.connect(self.editing.events_from_text)
        self.event_list.eventActivated.connect(self.editing.edit_event)
        self.welcome.addEventRequested.connect(self.editing.new_event)
        self.welcome.openSampleRequested.connect(self.files.open_sample)
        self.details.history.restoreRequested.connect(self.editing.restore_version)
        self.details.linkedEventChosen.connect(self._select)
        self.attention.eventSelected.connect(self._select)
        self.attention.markRequested.connect(self.editing.mark)

        self._build_actions()

    def set_reader(self, fmt: DateFormat) -> None:
        """Another language, date style, digits or Hijri choice: the same window, the same
        place, retranslated and redrawn."""
        period, selected = self.timeline.period, self.timeline.selected_id
        splits = self.splitter.saveState(), self.lower_splitter.saveState()
        users = self.splitter.users_split(), self.side.users_split()
        rebuild = fmt.language != self._state.fmt.language
        self._state = replace(self._state, fmt=fmt)
        if rebuild:
            self.removeToolBar(self._filters)
            self._filters.deleteLater()
            self._owner.deleteLater()
            self.setMenuBar(QMenuBar())
            self._build_ui()
            self.splitter.restoreState(splits[0])
            self.lower_splitter.restoreState(splits[1])
            for splitter, users_split in zip((self.splitter, self.side), users, strict=True):
                if users_split is not None:
                    splitter.restore_users_split(users_split)
        self.filter_bar.set_reader(fmt)
        self.timeline.set_date_format(fmt)
        self.welcome.set_date_format(fmt)
        self.update_title()
        self.reload(select=selected)
        self.timeline.set_period(period)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self, self._state.fmt)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.chosen())

    def apply_preferences(self, fmt: DateFormat) -> None:
        """Remember the reader's choices and show everything in them at once."""
        remember_format(fmt)
        if fmt.language != self._state.fmt.language:
            use_language(fmt.language)
        self.set_reader(fmt)

    # -- actions ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The menus, from the controllers' actions and the window's own, in this language."""
        for table in (self.editing, self.linking, self.files):
            table.retranslate()
        retranslate(self._actions, ACTIONS)
        editing, files, own = self.editing.actions, self.files.actions, self._actions
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for name in ("newEvent", "fromText"):
            file_menu.addAction(editing[name])
        for name in (
            "openSample",
            "connectTeam",
            "",
            "import",
            "exportEvents",
            "export",
            "print",
            "",
        ):
            _add(file_menu, files.get(name))
        for name in ("backup", "restoreBackup", ""):
            _add(file_menu, files.get(name))
        file_menu.addAction(own["quit"])

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_stack.rename()  # before its actions take their names
        undo = self.undo_stack.createUndoAction(self._owner, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = self.undo_stack.createRedoAction(self._owner, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redo")
        for action in (undo, redo, None, editing["editEvent"], editing["deleteEvent"], None):
            _add(edit_menu, action)
        self._add_linking(edit_menu)
        edit_menu.addAction(own["search"])
        edit_menu.addSeparator()
        edit_menu.addAction(own["preferences"])

        view_menu = menu.addMenu(self.tr("&View"))
        for action in (own["zoomIn"], own["zoomOut"], own["fitAll"], files["goToDate"]):
            view_menu.addAction(action)
        hijri = QAction(self.tr("Show &Hijri dates"), self._owner, checkable=True)
        hijri.setObjectName("hijriTier")
        hijri.setChecked(self._state.hijri_tier)
        hijri.toggled.connect(self.set_hijri_tier)
        self.timeline.set_hijri_tier(self._state.hijri_tier)
        view_menu.addAction(hijri)
        details = QAction(self.tr("Show &details pane"), self._owner, checkable=True)
        details.setObjectName("detailsPane")
        details.setShortcut(QKeySequence("Ctrl+Shift+D"))
        details.setChecked(settings().value(Key.DETAILS_PANE, "true") == "true")
        details.toggled.connect(self.set_details_shown)
        self.details.setVisible(details.isChecked())
        self.addAction(details)  # the shortcut works with the menu bar hidden too
        view_menu.addAction(details)
        cancelled = QAction(self.tr("Show &cancelled events"), self._owner, checkable=True)
        cancelled.setObjectName("showCancelled")
        cancelled.setChecked(self.cancelled_shown)
        cancelled.toggled.connect(self.set_cancelled_shown)
        view_menu.addAction(cancelled)
        lanes_menu = view_menu.addMenu(self.tr("&Lanes"))
        lanes = QActionGroup(self._owner)
        for mode, text in (
            (LaneMode.SINGLE, self.tr("One &band")),
            (LaneMode.KIND, self.tr("By &kind")),
            (LaneMode.PARTNER, self.tr("By &partner (one country against all)")),
        ):
            action = QAction(text, self._owner, checkable=True)
            action.setObjectName(f"lanes-{mode.value}")
            action.setChecked(mode is self._state.lanes)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_lane_mode(m))
            lanes.addAction(action)
            lanes_menu.addAction(action)

        view_menu.addSeparator()
        reset = QAction(self.tr("&Reset window layout"), self._owner)
        reset.setObjectName("resetLayout")
        reset.triggered.connect(self.reset_layout)
        view_menu.addAction(reset)

        self.views_menu = ViewsMenu(self.current_view, self.menuBar())
        self.views_menu.viewChosen.connect(self.open_view)
        menu.addMenu(self.views_menu)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(files["about"])
        if is_right_to_left(self._state.fmt.language):
            shortcuts_left_to_right(menu.findChildren(QMenu), menu)
        self._update_actions()

    def _add_linking(self, edit_menu: QMenu) -> None:
        """Links and agreement threads: in the Edit menu and on the timeline's context menu."""
        linking = [self.linking.actions[name] for name in self.linking.actions]
        for action in linking:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.timeline.addActions([self.editing.actions["editEvent"], *linking])

    def _update_actions(self) -> None:
        writable = not self.store.database.read_only
        has_selection = self.timeline.selected_id is not None
        self.editing.update_actions(writable, has_selection)
        self.linking.update_actions(writable, self.selected_event())
        self.files.update_actions(writable)
        self.welcome.add_button.setEnabled(writable)

    # -- data -------------------------------------------------------------------------------

    def today(self) -> date:
        """Today's date by the window's clock: the one day everything in it is as of."""
        return self._today()

    @property
    def state(self) -> ViewState:
        """What the window shows now and how, the period on screen included: what a saved
        view keeps and an export starts from."""
        return replace(self._state, period=self.timeline.period)

    def apply_filter(self, event_filter: EventFilter) -> None:
        """Show what a new filter selects: the timeline and the list at once, the rest just
        after (see :meth:`reload`)."""
        self._state = replace(self._state, event_filter=event_filter, order=self.filter_bar.order())
        self.reload(fit=True, soon=True)

    def _clear_filter(self) -> None:
        """The empty result's button: drop the search words, else the dates, else the
        filters that found nothing (see :func:`cleared`)."""
        event_filter = cleared(self._state.event_filter)
        self.filter_bar.set_filter(event_filter, self._state.order)
        self.apply_filter(event_filter)

    def current_view(self) -> SavedView:
        """What is on screen, named after the filter."""
        state = self.state
        name = describe(state.event_filter, len(self.source.index), state.fmt, state.order)
        return SavedView(name.rsplit(field_separator(state.fmt.language), 1)[0], state)

    def open_view(self, view: SavedView) -> None:
        state = view.applied_to(self._state)
        self._state = replace(state, period=None)
        self.filter_bar.set_filter(state.event_filter, state.order)
        self.reload(fit=state.period is None)
        if state.period is not None:
            self.timeline.set_period(state.period)

    def set_hijri_tier(self, shown: bool) -> None:
        """The Umm al-Qura months under the Gregorian axis, or not; remembered."""
        self._state = replace(self._state, hijri_tier=shown)
        settings().setValue(Key.HIJRI_TIER, "true" if shown else "false")
        self.timeline.set_hijri_tier(shown)

    def set_details_shown(self, shown: bool) -> None:
        """The details pane beside the list, or the list across the whole width (small
        screens); remembered."""
        settings().setValue(Key.DETAILS_PANE, "true" if shown else "false")
        self.details.setVisible(shown)
        self.side.fit()
        self.splitter.fit()

    @property
    def cancelled_shown(self) -> bool:
        return settings().value(Key.SHOW_CANCELLED, "false") == "true"

    def set_cancelled_shown(self, shown: bool) -> None:
        """Cancelled events, struck through, or not at all (the default); remembered."""
        settings().setValue(Key.SHOW_CANCELLED, "true" if shown else "false")
        self.reload()

    def shown_filter(self) -> EventFilter:
        """The filter with the statuses shown: what the timeline, the list and exports show."""
        return replace(self._state.event_filter, statuses=shown_statuses(self.cancelled_shown))

    def _say_unreadable(self, why: str) -> None:
        """Why the events could not be read (a server away, a file locked), for 15 s or
        until they are read again."""
        self._unreadable = why
        self.statusBar().showMessage(why, 15000)

    def _readable_again(self) -> None:
        """The events were read: the message that said they could not be goes, if it is
        still shown (the server back, it said "did not answer" for up to 15 s more)."""
        if self._unreadable and self.statusBar().currentMessage() == self._unreadable:
            self.statusBar().clearMessage()
        self._unreadable = ""

    def set_lane_mode(self, mode: LaneMode) -> None:
        """One band, a lane per kind, or a lane per partner pair; remembered. A lane per
        partner needs one country chosen: without it, the status bar says so (the one band
        stayed as it was, and nothing said why)."""
        self._state = replace(self._state, lanes=mode)
        settings().setValue(Key.LANE_MODE, mode.value)
        self.reload()
        if mode is LaneMode.PARTNER and len(self._state.event_filter.countries) != 1:
            self.statusBar().showMessage(
                self.tr(
                    "Lanes by partner need one country: choose it in the filter bar, and no partner"
                ),
                15000,
            )

    def reload(self, fit: bool = False, select: int | None = None, *, soon: bool = False) -> None:
        """Read the filtered events again and show them everywhere. ``soon`` (a filter or a
        search chosen): the timeline's frame first, and the list's column widths, the kind
        counts and the attention panel in the event loop's next turn, after that frame is
        painted (at a million events they took longer than the frame); a reload before then
        makes them anew for itself, so a stale one is never shown."""
        if self._probe is not None:
            self._probe.changed()  # what is read now includes every commit so far
        selected = select if select is not None else self.timeline.selected_id
        shown_filter, state = self.shown_filter(), self._state
        try:
            source = StoreSource(
                self.store,
                shown_filter,
                state.fmt.language,
                self.timeline.char_px(),
                state.lanes,
                text_width=self.timeline.text_width,
            )
        except StoreError as error:
            # The server went away, the file was locked: keep what is on screen, say why.
            self._say_unreadable(said(error, self._state.fmt))
            return
        self._readable_again()
        self.source = source
        self.timeline.set_source(self.source)
        # Soon, the list's rows are drawn with the rest after the frame: drawn in the same
        # pass, they were read and painted before the timeline or delayed its showing.
        self.event_list.setUpdatesEnabled(not soon)
        self.event_list.set_source(source, state.fmt, state.event_filter.text, sized=not soon)
        shown = len(self.source.index)
        # Wrapped as a briefing's subtitle is, between its parts, its count whole: at 800
        # pixels a French line ended "… « visas » · 25" over a line reading "événements".
        words = describe(state.event_filter, shown, state.fmt, state.order)
        self.summary.setText(unbroken(words, state.fmt, whole=(state.fmt.count(shown),)))
        if soon:
            self._beside.start()
        else:
            self._fill_beside(sized=True)
        empty = shown == 0 and not self.store.has_events()
        page = self.welcome if empty else self.splitter
        if page is not self.pages.currentWidget():
            self.pages.setCurrentWidget(page)
            self._focus_the_page()
        self.empty_result.show_filter(state.event_filter)
        self.timeline_area.setCurrentWidget(
            self.empty_result if shown == 0 else self.timeline_scroll
        )
        self.count_label.setText(state.fmt.count(shown))
        if fit:
            self.timeline.fit_all()
        still_shown = selected is not None and self.source.index.position(selected) is not None
        self._select(selected if still_shown else None)

    def _fill_beside(self, sized: bool = False) -> None:
        """The kind counts and the events needing attention, for the filter in force (the
        newest reload's), the list's column widths unless they are ``sized`` already, and
        the list drawn again."""
        self._beside.stop()
        if not sized:
            self.event_list.size_columns()
        self.event_list.setUpdatesEnabled(True)
        try:
            counts = kind_counts(self.store, without_kinds(self.shown_filter()))
            self._show_attention()
        except StoreError as error:  # as in reload: what is shown stays, and why is said
            self._say_unreadable(said(error, self._state.fmt))
            return
        self.filter_bar.set_kind_counts(counts, self._state.fmt)

    def _show_attention(self) -> None:
        """The filtered events that need attention today (the domain's rules), beside the
        list: every announced one now past, and the soonest of those recorded as held
        ahead of their day, the others counted; the panel hides when there are none."""
        state, today = self._state, self.today()
        announced = replace(state.event_filter, statuses=frozenset({EventStatus.ANNOUNCED}))
        ahead, count = held_ahead_events(self.store, state.event_filter, today, LISTED_AHEAD)
        events = [*matching_events(self.store, announced), *ahead]
        items = list(needing_attention(events, today))
        writable = not self.store.database.read_only
        self.attention.show_items(items, state.fmt, writable, unlisted=count - len(ahead))
        self.side.fit()
        self.splitter.fit()

    def _focus_the_page(self) -> None:
        """The keyboard at the page's heart: on the timeline, where +, the arrows and Home
        act at once (they typed into the country filter, the first field of the window), or
        on the welcome page's default button."""
        focused = QApplication.focusWidget()
        if (
            focused is not None
            and focused.window() is self
            and not self.pages.isAncestorOf(focused)
        ):
            return  # typing in the filter bar, say, while a colleague's first event came in
        shown = self.pages.currentWidget()
        (self.welcome.sample_button if shown is self.welcome else self.timeline).setFocus()

    def use_store(self, store: EventStore, temporary: bool) -> None:
        """Show another database in this window (the sample, a server, a restored file)."""
        self.store = store
        self._notices_shown = len(store.database.notices)
        self.temporary = temporary
        self.undo_stack.clear()
        self.watch_store()
        self.update_title()
        self.reload(fit=True)

    def stop_watching(self) -> None:
        """Stop looking for outside changes (before the file is closed or swapped)."""
        self._watch.stop()
        if self._probe is not None:  # on a server, a connection of its own: not left open
            self._probe.close()
            self._probe = None
        self._say_whether_in_reach(True)  # nothing is asked of it now

    def watch_store(self) -> None:
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
        """Someone else saved: show it, keeping the view and the selection where they are.
        A file whose check of every page (run beside the first frame) found it damaged is
        closed, saying why: nothing was written to it."""
        database = self.store.database
        if database.refusal is not None:
            self.stop_watching()
            self.show_error(said(database.refusal, self._state.fmt))
            self.close()
            return
        if not database.checking and len(database.notices) > self._notices_shown:
            # the daily backup follows the check, and may have had to be skipped
            self.statusBar().showMessage(said(database.notices[-1], self._state.fmt), 15000)
            self._notices_shown = len(database.notices)
        if self._probe is None:
            return
        if self._probe.changed():
            self.reload()
        self._say_whether_in_reach(self._probe.reachable())

    def _say_whether_in_reach(self, reachable: bool) -> None:
        """While the team's server does not answer, the status bar says so: a colleague's
        saves stopped arriving without a word, and came back as silently."""
        if not reachable:
            self.out_of_reach.setText(
                self.tr("Server out of reach: others' saves will show once it answers")
            )
        self.out_of_reach.setVisible(not reachable)

    def changed(self, select: int | None) -> None:
        """A step undone or redone, or a part of it, changed the store: once the step is
        done, :meth:`_after_step` shows it (a step of many parts reloaded once a part)."""
        self._stepped = (select,)

    def _after_step(self) -> None:
        """After an undo or a redo, what it changed, shown and selected once; where the
        filters in force hide the event it ends on, said so (an edit undone out of a search
        went without a word, "0 events")."""
        stepped, self._stepped = self._stepped, None
        if stepped is None:  # a step pushed, or one that changed nothing
            return
        (select,) = stepped
        self.reload(select=select)
        if select is None:
            return
        try:
            event = self.store.get(select)
        except StoreError:  # gone, or the server away: the reload said what it could
            return
        self.editing.say_if_hidden(event)

    def show_error(self, message: str) -> None:
        self.editing.show_error(message)

    def show_failure(self, error: BaseException) -> None:
        self.editing.show_failure(error)

    def _select(self, event_id: int | None) -> None:
        """Select the event everywhere: the timeline, the list, the attention panel and the
        details. An event that cannot be read (the server away) is said, as a reload says
        it, and nothing stays selected: the timeline marked the event chosen while the
        details kept the one before, and nothing said why."""
        if self._selecting:  # a view told of the selection being made here
            return
        self._selecting = True
        try:
            self._show_selected(event_id)
        except StoreError as error:
            self._say_unreadable(said(error, self._state.fmt))
            self._show_selected(None)  # reads nothing
        finally:
            # Re-entered, a read failing late (the server away) had the list choose the
            # row again and again, to Python's recursion limit.
            self._selecting = False

    def _show_selected(self, event_id: int | None) -> None:
        self.timeline.set_selected(event_id)
        if event_id is not None:  # scrolled to, where the lanes are taller than the window
            self.timeline.show_lane_of(event_id)
        self.event_list.select_event(event_id)
        self.attention.follow(event_id)
        fmt = self._state.fmt
        threads = threads_of(self.store.database, [event_id]) if event_id is not None else []
        self.details.show_event(
            self._event(event_id), fmt, threads[0].agreement if threads else None
        )
        lines = self._links_of(event_id)
        if event_id is not None:  # and the other steps of its agreement
            lines += thread_lines(self.store, event_id, fmt)
        self.details.show_links(lines, fmt.language)
        history = self.store.history(event_id) if event_id is not None else []
        named = {
            version.agreement_id
            for entry in history
            for version in (entry.before, entry.after)
            if version is not None and version.agreement_id
        }
        agreements = agreements_by_id(self.store.database, named) if named else {}
        writable = not self.store.database.read_only
        self.details.history.show_history(history, fmt, writable, agreements)
        self._update_actions()

    def _links_of(self, event_id: int | None) -> list[tuple[int, str]]:
        """The selected event's links as the details show them: "Outcome of: <title>"."""
        if event_id is None:
            return []
        links = links_of(self.store.database, event_id)
        others = [other_end(link, event_id) for link in links]
        titles = self.store.titles(others)
        fmt = self._state.fmt
        language = fmt.language
        return [
            (
                other,
                with_label(
                    link_label(link, event_id, language),
                    in_digits(in_language(titles[other], language), fmt),
                    language,
                ),
            )
            for link, other in zip(links, others, strict=True)
            if other in titles
        ]

    def _list_follows_view(self) -> None:
        """The list shows the first event in view, drawn or under a badge: one running into
        it from not long before (a bar cut by its edge counts), else the last. Following
        the events drawn, an Arabic year of the Emirates and Nigeria began its list in
        March, December's to February's events under a badge."""
        index = self.timeline.source.index
        period = self.timeline.period
        first = index.first_in_view(period.start, period.end)
        self.event_list.follow(len(index) if first is None else first)

    def _event(self, event_id: int | None) -> Event | None:
        if event_id is None:
            return None
        return self.source.events([event_id]).get(event_id)

    def selected_event(self) -> Event | None:
        return self._event(self.timeline.selected_id)

    # -- window state -----------------------------------------------------------------------

    def update_title(self) -> None:
        target = self.store.database.target
        # A server in words ("database timeline on dbhost, port 5432"), as the messages name
        # it, not its address ("postgresql+psycopg://amina:***@dbhost:5432/timeline").
        label = about_said(target.label, self._state.fmt)
        name = self.tr("Sample timeline (not saved)") if self.temporary else label
        self.setWindowTitle(self.tr("%1 — Diplomatic Timeline").replace("%1", name))
        why = self.store.database.read_only_why
        if why is None:
            note = ""
        elif why.reason is ReadOnlyReason.OPENED_READ_ONLY:  # "Read-only: opened read-only"
            note = self.tr("Opened read-only: changes cannot be saved")
        else:
            note = self.tr("Read-only: %1").replace("%1", read_only_said(why, self._state.fmt))
        self.read_only_note.setText(note)

    def reset_layout(self) -> None:
        """The panes shared as a new window shares them, whatever the user dragged: the
        timeline over the list, the list beside the details, and the attention list as tall
        as its items (the split the user chose there is forgotten, in the settings too once
        the window closes)."""
        self.lower_splitter.setSizes(list(_LIST_SPLIT))
        self.side.forget_users_split()
        self.splitter.forget_users_split()

    def _restore_state(self) -> None:
        stored = settings()
        for key, restore in (
            (Key.WINDOW_GEOMETRY, self.restoreGeometry),
            (Key.WINDOW_STATE, self.restoreState),
            (Key.SPLITTER, self.splitter.restore_users_split),
            (Key.LOWER_SPLITTER, self.lower_splitter.restoreState),
            (Key.SIDE_SPLITTER, self.side.restore_users_split),
        ):
            value = stored.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.findChildren(EventEditorDialog):
            if editor.isVisible() and not editor.close():  # it asked, and editing goes on
                event.ignore()
                return
        self._beside.stop()  # nothing is filled after the window has closed
        self.stop_watching()
        if not self._remember_state:
            super().closeEvent(event)
            return
        remember_last(self.current_view())
        stored = settings()
        stored.setValue(Key.WINDOW_GEOMETRY, self.saveGeometry())
        stored.setValue(Key.WINDOW_STATE, self.saveState())
        stored.setValue(Key.LOWER_SPLITTER, self.lower_splitter.saveState())
        # None: fitted, to the side column's first lines or to what needs attention
        for key, users_split in (
            (Key.SPLITTER, self.splitter.users_split()),
            (Key.SIDE_SPLITTER, self.side.users_split()),
        ):
            if users_split is None:
                stored.remove(key)
            else:
                stored.setValue(key, users_split)
        super().closeEvent(event)


def _stored_lane_mode() -> LaneMode:
    value = settings().value(Key.LANE_MODE, LaneMode.SINGLE.value)
    try:
        return LaneMode(str(value))
    except ValueError:
        return LaneMode.SINGLE


def _add(menu: QMenu, action: QAction | None) -> None:
    """An action, or a separator where the table has none."""
    if action is None:
        menu.addSeparator()
    else:
        menu.addAction(action)
