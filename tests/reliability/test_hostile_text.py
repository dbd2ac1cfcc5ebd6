"""Hostile text: whatever a user types or a file brings is shown as text, never as markup.

``<b>x</b>`` must appear as those eight characters (not a bold x) and ``<img src=x>`` must
not load anything, in every place that shows event text: the details panel, the event list,
the timeline's tooltip, the window title and message boxes. Links open only for http(s).
Every SQL statement in the code is a constant, with values bound as parameters.
"""

from __future__ import annotations

import argparse
import ast
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from visual_order import as_read, shown_text

from timeline.cli.common import print_refusal
from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.links import EventLink, LinkKind
from timeline.store.errors import StoreError
from timeline.store.links import add_link
from timeline.ui.main_window import MainWindow
from timeline.ui.open_error_dialog import OpenErrorDialog

HOSTILE = "<b>x</b> <img src=x>"
REPO = Path(__file__).resolve().parents[2]


def hostile_event() -> Event:
    return Event(
        kind=EventKind.OFFICIAL_VISIT,
        countries=("MA", "KZ"),
        date=EventDate.from_edtf("2025-02-28"),
        title_ar=HOSTILE,
        title_en=HOSTILE,
        title_fr=HOSTILE,
        summary=HOSTILE,
        host="MA",
        place=Place(HOSTILE, "MA"),
        participants=(Participant(HOSTILE, HOSTILE, "KZ"),),
        sources=(
            Source("https://example.org/?q=<b>x</b>", HOSTILE),
            Source("", "<a href='javascript:alert(1)'>click</a>"),
        ),
        tags=(HOSTILE,),
    )


def rendered(rich_text: str) -> str:
    """What a rich-text widget shows of ``rich_text``, as plain characters."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


@pytest.fixture
def store(tmp_path, store_copy):
    store = store_copy("empty", tmp_path / "<b>x <img src=x>.sqlite3")
    yield store
    store.database.close()


@pytest.fixture
def window(qtbot, store):
    saved = store.add(hostile_event())
    window = MainWindow(store, DateFormat(language="en"), remember_state=False)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.reload(select=saved.id)
    assert window.selected_event() == saved
    return window


def test_the_details_panel_shows_every_field_literally(window):
    labels = window.details.findChildren(QLabel)
    data = [label for label in labels if label.objectName().startswith("details")]
    # Sources and linked events are rich text built from escaped parts (tested below and in
    # tests/ui); every other field is plain text.
    rich = (window.details.sources, window.details.links)
    plain = [label for label in data if label not in rich]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in plain)
    shown = "\n".join(label.text() for label in plain)
    assert shown.count(HOSTILE) >= 6  # title, place, participant (name, office), summary, tags
    sources = window.details.sources.text()
    assert "<img" not in sources and "<b>" not in sources
    assert HOSTILE in rendered(sources)
    assert "<a href='javascript:alert(1)'>click</a>" in rendered(sources)
    assert re.findall(r'href="([^"]*)"', sources) == ["https://example.org/?q=&lt;b&gt;x&lt;/b&gt;"]


def test_the_event_list_shows_the_title_and_place_literally(window):
    model = window.event_list.model()
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert HOSTILE in texts
    assert any(text.startswith(HOSTILE) for text in texts if text != HOSTILE)  # the place


def test_the_timeline_tooltip_escapes_every_part(window):
    [shape] = window.timeline.current_layout().events
    tooltip = window.timeline.tooltip_html(shape)
    assert "<img" not in tooltip and "<b>x</b>" not in tooltip
    assert rendered(tooltip).count(HOSTILE) == 2  # the title and the place


def test_the_window_title_shows_the_file_name_literally(window):
    assert "/<b>x <img src=x>.sqlite3 — " in as_read(window.windowTitle())


def test_only_web_links_are_ever_opened(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https://a.org/"):
        window.details.sources.linkActivated.emit(url)
    assert opened == ["https://a.org/"]


def test_a_stored_source_that_is_not_a_web_address_is_no_link(window, store):
    event = window.selected_event()
    with closing(sqlite3.connect(store.database.target.path)) as raw:
        raw.execute("UPDATE sources SET url = ? WHERE url != ''", ("javascript:alert(1)",))
        raw.commit()
    window.reload(select=event.id)
    assert "<a " not in window.details.sources.text()


def test_the_delete_question_shows_the_title_literally(window, monkeypatch):
    asked = []

    def answer(box):
        asked.append((box.textFormat(), box.text()))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.editing.delete_selected()
    [(text_format, text)] = asked
    assert text_format == Qt.TextFormat.PlainText and HOSTILE in text


def shown_message_box(action) -> QMessageBox:
    """Run ``action``, which opens a modal message box; return the box (closed)."""
    seen: list[QMessageBox] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            box.done(0)
        else:
            QTimer.singleShot(10, close_it)

    QTimer.singleShot(0, close_it)
    action()
    assert seen, "no message box was shown"
    return seen[0]


def shows_literally(box: QMessageBox) -> bool:
    label = box.findChild(QLabel, "qt_msgbox_label")
    return label.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(box.text())


def test_an_error_quoting_user_text_shows_it_literally(window):
    message = f"sources[1]: '{HOSTILE}' is not an http(s) address"
    box = shown_message_box(lambda: window.show_error(message))
    assert shows_literally(box)


def test_the_startup_error_shows_the_reason_literally(qtbot, capsys):
    print_refusal(StoreError(f"{HOSTILE}: is empty"), argparse.Namespace())
    assert capsys.readouterr().err == f"diplomatic-timeline: {HOSTILE}: is empty\n"
    dialog = OpenErrorDialog(StoreError(f"{HOSTILE}: is empty"), None)
    qtbot.addWidget(dialog)
    labels = dialog.findChildren(QLabel)
    plain = [label for label in labels if HOSTILE in label.text()]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in plain)
    assert any(HOSTILE in shown_text(label) for label in labels)  # rich text: escaped


# -- every query parametrised ----------------------------------------------------------------

SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|WITH)\b")


def _built_sql(node: ast.AST) -> bool:
    """An f-string, ``%``, ``+`` or ``.format`` whose text starts like SQL."""
    if isinstance(node, ast.JoinedStr):
        first = node.values[0] if node.values else None
        return isinstance(first, ast.Constant) and bool(SQL_START.match(str(first.value)))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        left = node.left
        return isinstance(left, ast.Constant) and bool(SQL_START.match(str(left.value)))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        owner = node.func.value
        return (
            node.func.attr == "format"
            and isinstance(owner, ast.Constant)
            and bool(SQL_START.match(str(owner.value)))
        )
    return False


@pytest.mark.parametrize("folder", ["timeline", "migrations"])
def test_no_sql_is_built_from_strings(folder):
    offences = [
        f"{path.relative_to(REPO)}:{node.lineno}"
        for path in sorted((REPO / folder).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _built_sql(node)
    ]
    assert offences == []


def test_the_sql_check_would_catch_built_sql():
    caught = [
        'f"SELECT * FROM events WHERE title = {title}"',
        '"DELETE FROM events WHERE id = %s" % event_id',
        '"UPDATE events SET title = " + title',
        '"PRAGMA busy_timeout={}".format(ms)',
    ]
    allowed = ['"SELECT * FROM events WHERE id = ?"', 'f"{path}: cannot be opened"']
    assert all(_built_sql(ast.parse(code).body[0].value) for code in caught)
    assert not any(_built_sql(ast.parse(code).body[0].value) for code in allowed)


def test_a_linked_events_title_is_shown_literally(qtbot, store):
    """The linked events' lines are rich text (a click selects the other event), built only
    from escaped titles: markup in a title is shown, never obeyed."""
    first, second = store.add(hostile_event()), store.add(hostile_event())
    add_link(store.database, EventLink(first.id, second.id, LinkKind.FOLLOW_UP_TO))
    window = MainWindow(store, DateFormat(language="en"), remember_state=False)
    qtbot.addWidget(window)
    window.reload(select=first.id)
    links = window.details.links.text()
    assert "<img" not in links and "<b>" not in links
    assert HOSTILE in rendered(links)
