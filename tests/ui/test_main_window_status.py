"""Status in the window: the "Needs attention" list, marking held or announced (undoable),
cancelled events hidden unless asked for, and the editor's status field."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from timeline.domain.datetext import DateFormat
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.messages import message
from timeline.domain.status import EventStatus
from timeline.store.database import open_database
from timeline.store.errors import ServerUnavailableError
from timeline.store.links import links_of
from timeline.store.repository import EventStore
from timeline.ui import main_window
from timeline.ui.editor import EventEditorDialog
from timeline.ui.error_words import said
from timeline.ui.main_window import MainWindow


def forum_of(store):
    return next(e for e in store.find() if e.title_en.startswith("3rd South-South"))


def test_the_announced_forum_needs_attention_until_marked_held(
    qtbot, open_window, sample_store, english
):
    window = open_window(sample_store, english)
    forum = forum_of(sample_store)
    panel = window.attention
    assert panel.isVisible() and panel.list.count() == 1
    assert panel.title.text() == "Needs attention (1)"
    assert panel.list.item(0).text().endswith("announced for 28 April 2025, now past: to confirm")

    panel.list.setCurrentRow(0)  # a click selects the event everywhere
    assert window.timeline.selected_id == forum.id
    assert window.details.title.text() == forum.title_en
    assert "announced" in window.details.kind.text()

    assert panel.mark.text() == "&Mark as held"
    qtbot.mouseClick(panel.mark, Qt.MouseButton.LeftButton)
    assert sample_store.get(forum.id).status is EventStatus.HELD
    assert panel.list.count() == 0 and not panel.isVisible()
    assert window.undo_stack.undoText().startswith("Edit")

    window.undo_stack.undo()
    assert sample_store.get(forum.id).status is EventStatus.ANNOUNCED
    assert panel.list.count() == 1 and panel.isVisible()


def test_events_recorded_as_held_ahead_of_their_day_need_attention_the_soonest_listed(
    qtbot, open_window, sample_store, english, monkeypatch
):
    """On 1 March 2025, six of the sample's events recorded as held are still to come (the
    Kazakh visa waiver's entry into force, the IPU assembly and its meetings, Koshanov's
    visit): they needed no attention. The soonest are listed, the others counted on a line
    of their own (a synthetic database of 50,000 events has 3,899 such), and a click marks
    one announced."""
    monkeypatch.setattr(main_window, "LISTED_AHEAD", 2)
    window = open_window(sample_store, english, today=lambda: date(2025, 3, 1))
    in_force = next(e for e in sample_store.find() if e.title_en.endswith("enters into force")
                    and "Kazakhstan" in e.title_en)  # fmt: skip
    panel = window.attention
    assert panel.isVisible() and panel.title.text() == "Needs attention (6)"
    assert panel.list.count() == 3
    first = panel.list.item(0).text()
    assert first.startswith(f"19 March 2025 — {in_force.title_en}")
    assert first.endswith("recorded as held, but still to come: announced?")
    last = panel.list.item(2)
    assert last.text() == "Not listed here, also recorded as held for a later day: 4 events"
    assert not last.flags() & Qt.ItemFlag.ItemIsSelectable
    # Nothing chosen yet: the button, disabled, names what the listed events need.
    assert panel.mark.text() == "&Mark as announced" and not panel.mark.isEnabled()

    panel.list.setCurrentRow(0)
    assert window.timeline.selected_id == in_force.id
    assert panel.mark.text() == "&Mark as announced" and panel.mark.isEnabled()
    qtbot.mouseClick(panel.mark, Qt.MouseButton.LeftButton)
    assert sample_store.get(in_force.id).status is EventStatus.ANNOUNCED
    assert panel.title.text() == "Needs attention (5)"
    assert panel.list.item(2).text().endswith(": 3 events")
    window.undo_stack.undo()
    assert sample_store.get(in_force.id).status is EventStatus.HELD
    assert panel.title.text() == "Needs attention (6)"


def test_cancelled_events_are_hidden_unless_asked_for_and_the_choice_is_kept(
    open_window, sample_store, english
):
    forum = forum_of(sample_store)
    sample_store.update(replace(forum, status=EventStatus.CANCELLED))
    window = open_window(sample_store, english)
    assert window.source.index.position(forum.id) is None
    assert window.count_label.text().startswith("10 event")

    toggle = window.findChild(QAction, "showCancelled")
    assert not toggle.isChecked()
    toggle.trigger()
    assert window.source.index.position(forum.id) is not None
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == forum.id)
    assert shape.struck and not shape.hollow
    window.close()

    again = open_window(sample_store, english)
    assert again.findChild(QAction, "showCancelled").isChecked()
    assert again.source.index.position(forum.id) is not None
    again.findChild(QAction, "showCancelled").trigger()  # leave the default for other tests
    assert again.source.index.position(forum.id) is None


def test_the_announced_forum_is_drawn_hollow(open_window, sample_store, english):
    window = open_window(sample_store, english)
    forum = forum_of(sample_store)
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == forum.id)
    assert shape.hollow and not shape.struck


def test_the_editor_sets_the_status(qtbot, open_window, sample_store, english, respond):
    window = open_window(sample_store, english)
    forum = forum_of(sample_store)

    def postpone(dialog: EventEditorDialog) -> None:
        assert dialog.status.currentData() == EventStatus.ANNOUNCED
        dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.POSTPONED))
        dialog.findChild(QPushButton, "saveButton").click()

    respond(EventEditorDialog, postpone)
    window.editing.edit_event(forum.id)
    assert sample_store.get(forum.id).status is EventStatus.POSTPONED
    assert window.attention.list.count() == 0  # postponed answers "did it happen?"


def test_the_tooltip_says_announced(open_window, sample_store, english):
    window = open_window(sample_store, english)
    forum = forum_of(sample_store)
    shape = next(s for s in window.timeline.current_layout().events if s.event.id == forum.id)
    assert "Multilateral gathering — announced" in window.timeline.tooltip_html(shape)


def test_the_details_show_links_both_ways_and_a_click_selects_the_other(
    open_window, sample_store, english
):
    events = {e.title_en: e for e in sample_store.find()}
    meeting = events["Ould Errachid meets Sahiba Gafarova on the sidelines of IPU-150"]
    assembly = events["150th Assembly of the Inter-Parliamentary Union"]
    # The sample links each IPU meeting to the assembly.
    window = open_window(sample_store, english)
    window._select(meeting.id)
    assert window.details.links.text() == (
        f'<a href="event:{assembly.id}">On the sidelines of: {assembly.title_en}</a>'
    )
    window.details.links.linkActivated.emit(f"event:{assembly.id}")
    assert window.timeline.selected_id == assembly.id
    assert window.details.links.text().startswith(
        f'<a href="event:{meeting.id}">Meeting on its sidelines: {meeting.title_en}</a><br/>'
    )


def test_an_event_chosen_while_the_server_is_away_is_said_and_left_unselected(
    open_window, sample_store, english, monkeypatch
):
    """Clicked while the server was away, an event was marked on the timeline while the
    details kept the one before, and the error went to standard error, unsaid."""
    events = sample_store.find()
    window = open_window(sample_store, english)
    window._select(events[0].id)
    away = ServerUnavailableError(message("store.server_timeout"), about="db.example.org")

    def unreachable(*_args, **_kwargs):
        raise away

    monkeypatch.setattr(sample_store, "get_many", unreachable)
    monkeypatch.setattr(window.source, "_whole", type(window.source._whole)(unreachable, 10))
    window._select(events[1].id)
    assert window.statusBar().currentMessage() == said(away, english)
    assert window.timeline.selected_id is None and window.selected_event() is None
    assert window.details.title.text() != events[0].title_en


def test_a_row_clicked_while_the_server_is_away_is_read_once(
    open_window, sample_store, english, monkeypatch
):
    """The event known already, its links and history not: the list, told of the selection
    being cleared, chose the row again, a read failing each time, to the recursion limit."""
    events = sample_store.find()
    window = open_window(sample_store, english)
    window._select(events[0].id)
    window._select(events[1].id)
    away = ServerUnavailableError(message("store.server_timeout"), about="db.example.org")
    failed = []

    def unreachable(*_args, **_kwargs):
        failed.append(away)
        raise away

    monkeypatch.setattr(sample_store.database, "reading", unreachable)
    monkeypatch.setattr(sample_store.database, "connect", unreachable)
    listed = window.event_list
    listed.setCurrentIndex(listed.model_.index(listed.model_.row_of(events[0].id), 0))
    assert len(failed) == 1
    assert window.statusBar().currentMessage() == said(away, english)
    assert window.timeline.selected_id is None


class _AwayProbe:
    """A team server's listener whose server answers, or not, as the test says."""

    def __init__(self) -> None:
        self.answers = True

    def changed(self) -> bool:
        return False

    def reachable(self) -> bool:
        return self.answers

    def close(self) -> None:
        pass


def test_a_server_out_of_reach_is_said_until_it_answers_again(
    open_window, sample_store, english, monkeypatch
):
    """The server gone while the window stood idle: colleagues' saves stopped arriving,
    and came back, without a word."""
    window = open_window(sample_store, english)
    probe = _AwayProbe()
    monkeypatch.setattr(window, "_probe", probe)
    note = window.findChild(QLabel, "outOfReachNote")
    window._check_outside_changes()
    assert not note.isVisible()
    probe.answers = False
    window._check_outside_changes()
    assert note.isVisible()
    assert note.text() == "Server out of reach: others' saves will show once it answers"
    probe.answers = True
    window._check_outside_changes()
    assert not note.isVisible()


def test_tab_reaches_each_linked_event_and_enter_selects_it(
    qtbot, open_window, sample_store, english
):
    """Tab went from the details to the history and the attention list, never to a link:
    a linked event or a source was for the mouse alone. Tab comes to the first link, goes
    on to the next, and Enter follows the one it is on."""
    events = {e.title_en: e for e in sample_store.find()}
    assembly = events["150th Assembly of the Inter-Parliamentary Union"]
    window = open_window(sample_store, english)
    window._select(assembly.id)
    links = window.details.links
    lines = links.text().split("<br/>")
    assert len(lines) == 3
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    reached = []
    for _stop in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is links:
            break
    assert reached[-1] is links, [widget.objectName() for widget in reached]
    assert links.selectedText() in lines[0]
    qtbot.keyClick(links, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is links and links.selectedText() in lines[1]
    # Shift+Tab goes back over the links, and out: it stayed on the first for good.
    qtbot.keyClick(links, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is links and links.selectedText() in lines[0]
    qtbot.keyClick(links, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is reached[-2]
    qtbot.keyClick(reached[-2], Qt.Key.Key_Tab)
    qtbot.keyClick(links, Qt.Key.Key_Tab)
    second = next(e for e in events.values() if e.title_en and e.title_en in lines[1])
    qtbot.keyClick(links, Qt.Key.Key_Return)
    assert window.timeline.selected_id == second.id


@pytest.mark.parametrize(
    ("fmt", "seen"),
    [
        (DateFormat("fr"), "Rencontre en marge\u00a0: "),
        (DateFormat("ar"), ' style="text-decoration: none">'),
    ],
    ids=["fr", "ar"],
)
def test_the_details_links_read_as_their_language_writes(open_window, sample_store, fmt, seen):
    """French puts a no-break space before a label's colon ("Rencontre en marge: …" stood
    alone among the French labels); in Arabic a link is told by its colour alone, the
    underline ran through the dots under the letters (على read as علی)."""
    events = {e.title_en: e for e in sample_store.find()}
    assembly = events["150th Assembly of the Inter-Parliamentary Union"]
    window = open_window(sample_store, fmt)
    window._select(assembly.id)
    links = window.details.links.text()
    assert links.count("<a ") == 3 and links.count(seen) == 3


def test_undoing_a_delete_brings_the_links_back(open_window, sample_store, english, respond):
    events = {e.title_en: e for e in sample_store.find()}
    meeting = events["Ould Errachid meets Sahiba Gafarova on the sidelines of IPU-150"]
    assembly = events["150th Assembly of the Inter-Parliamentary Union"]
    link = EventLink(meeting.id, assembly.id, LinkKind.ON_SIDELINES_OF)  # the sample's
    window = open_window(sample_store, english)
    window._select(assembly.id)
    respond(QMessageBox, lambda box: box.findChild(QPushButton, "deleteButton").click())
    window.editing.actions["deleteEvent"].trigger()
    assert links_of(sample_store.database, meeting.id) == []
    window.undo_stack.undo()
    assert links_of(sample_store.database, meeting.id) == [link]
    window.undo_stack.redo()
    assert links_of(sample_store.database, meeting.id) == []
    window.undo_stack.undo()
    assert links_of(sample_store.database, meeting.id) == [link]


def test_a_file_found_damaged_beside_the_first_frame_closes_the_window(
    qtbot, open_window, english, tmp_path, _store_files, monkeypatch
):
    """The window opens on the quick checks; SQLite's check of every page follows in a
    thread, and a file it finds damaged is closed with the reason, nothing written."""
    path = tmp_path / "timeline.sqlite3"
    shutil.copyfile(_store_files["sample"], path)
    data = bytearray(path.read_bytes())
    data[2 * 4096 + 8 : 2 * 4096 + 12] = b"\xff" * 4  # a cell pointer out of range
    path.write_bytes(bytes(data))
    store = EventStore(open_database(path, check_later=True))
    said: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _window, message: said.append(message))
    window = open_window(store, english)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert said and "is damaged" in said[0]
    store.database.close()
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_long_status_message_ends_on_a_word_clear_of_the_count(started_in, language):
    """At 800 pixels a French server message ran to "… et l’hôte et le port son" right
    against "11 événements": it ends after its last whole word that fits, with "…", and
    its tooltip reads it whole."""
    window = started_in(language, (800, 500))
    bar = window.statusBar()
    long = " ".join(["le serveur a refusé la connexion"] * 6)
    bar.showMessage(long, 15000)
    shown = bar.currentMessage()
    assert shown.endswith("…") and long.startswith(shown[:-1])
    room = bar.width() - window.count_label.width()
    assert bar.fontMetrics().horizontalAdvance(shown) < room
    assert bar.toolTip() == long
    bar.showMessage("enregistré", 15000)
    assert bar.currentMessage() == "enregistré" and bar.toolTip() == ""


def test_the_server_back_takes_away_the_message_that_it_was_away(
    open_window, sample_store, english, monkeypatch
):
    """ "db.example.org: the server did not answer in time" stayed 15 s in the status bar
    after the events were read again: it goes as soon as they are; a message said since
    stays."""
    from timeline.domain.messages import message
    from timeline.store.errors import ServerUnavailableError

    window = open_window(sample_store, english)
    reading = main_window.StoreSource

    def away(*args, **kwargs):
        raise ServerUnavailableError(message("store.server_timeout"), about="db.example.org")

    monkeypatch.setattr(main_window, "StoreSource", away)
    window.reload()
    assert "the server did not answer in time" in window.statusBar().currentMessage()
    monkeypatch.setattr(main_window, "StoreSource", reading)
    window.reload()
    assert window.statusBar().currentMessage() == ""
    monkeypatch.setattr(main_window, "StoreSource", away)
    window.reload()
    window.statusBar().showMessage("Exported to briefing.pdf", 15000)
    monkeypatch.setattr(main_window, "StoreSource", reading)
    window.reload()
    assert window.statusBar().currentMessage() == "Exported to briefing.pdf"
