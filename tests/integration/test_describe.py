"""What the timeline shows, checked from its description (``--describe``) as the issue's
"Must show" asks: on the sample and a generated database, at fit-all, decade, year, month,
3-day and day zoom, at 1600×900 and 800×500, in Arabic, English and French (a few cells of
the matrix that ``benchmarks/must_show.py`` runs whole): among the rest, every label drawn
whole and clear of the view's edges."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from generate import build
from must_show import (
    check_clusters,
    check_fit,
    check_labels,
    check_overlaps,
    check_tiers,
    frames,
)
from PySide6.QtCore import Qt

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import DIRECTION_MARKS
from timeline.domain.filters import EventFilter
from timeline.domain.period import Period, day_number
from timeline.io.sample import open_sample_store
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return build(2000, tmp_path_factory.mktemp("generated") / "events-2000.sqlite3")


def open_window(qtbot, qapp, store, fmt, size) -> MainWindow:
    rtl = fmt.language == "ar"
    qapp.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    window = MainWindow(store, fmt, open_sample_store, remember_state=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


CASES = [
    ("sample", "en", (1600, 900)),
    ("sample", "en", (800, 500)),
    ("sample", "ar", (1600, 900)),
    ("sample", "ar", (800, 500)),
    ("generated", "en", (1600, 900)),
    ("generated", "ar", (800, 500)),
    ("sample", "fr", (1600, 900)),
    ("generated", "fr", (800, 500)),
]


@pytest.mark.parametrize(("source", "language", "size"), CASES)
def test_what_the_timeline_shows_at_every_zoom(
    qtbot, qapp, sample_store, generated, source, language, size
):
    store = sample_store if source == "sample" else EventStore(open_database(generated))
    fmt = DateFormat(language, DateStyle.LEVANT if language == "ar" else DateStyle.MAGHREB)
    try:
        window = open_window(qtbot, qapp, store, fmt, size)
        shown = frames(window)
        total = store.count(EventFilter())
        for frame in shown.values():
            check_tiers(frame)
            check_labels(frame)
            check_overlaps(frame)
            check_clusters(frame)
            assert sum(b["count"] for b in frame["density"]) == pytest.approx(total)
        check_fit(window, shown["fit-all"])
        window.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if source == "generated":
            store.database.close()


def test_describe_writes_the_frame_as_json_beside_the_screenshot(tmp_path):
    """Of a window opened as of 1 March 2025 (``--today``): its red line is on that day."""
    shot, described = tmp_path / "shot.png", tmp_path / "shot.json"
    command = [sys.executable, "-m", "timeline", "--sample", "--lang", "ar", "--size", "800x500"]
    command += ["--today", "2025-03-01", "--screenshot", str(shot), "--describe", str(described)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    frame = json.loads(described.read_text(encoding="utf-8"))
    assert shot.stat().st_size > 0
    assert set(frame) == {
        *("width", "view", "tiers", "today", "events", "clusters", "connectors", "note"),
        "density",
    }
    assert frame["note"] is None, "events in view"
    assert frame["width"] == 800
    assert frame["today"]["date"] == "2025-03-01" and 0 < frame["today"]["x"] < 800
    assert {tier["name"] for tier in frame["tiers"]} <= {"major", "minor", "hijri"}
    ids = [event["id"] for event in frame["events"]] + [0] * sum(
        cluster["count"] for cluster in frame["clusters"]
    )
    assert len(ids) == 11
    assert sum(b["count"] for b in frame["density"]) == pytest.approx(11)
    Period(day_number(date.fromisoformat(frame["view"]["start"])), 1e6)  # ISO dates


def test_describe_says_what_the_note_over_a_quiet_day_offers(tmp_path):
    """15 April 2025 in Arabic, in Egypt's digits and months: between the IPU assembly and
    the forum, the note offers both, the earlier on the right."""
    shot, described = tmp_path / "shot.png", tmp_path / "shot.json"
    command = [sys.executable, "-m", "timeline", "--sample", "--lang", "ar", "--size", "800x500"]
    command += ["--date-style", "egypt", "--centre", "2025-04-15", "--days", "1"]
    command += ["--screenshot", str(shot), "--describe", str(described)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    frame = json.loads(described.read_text(encoding="utf-8"))
    assert frame["events"] == [] and frame["clusters"] == []
    note = frame["note"]
    assert note["heading"] == "لا أحداث في هذه المدة"
    earlier, later = note["links"]
    assert (earlier["way"], earlier["side"]) == ("earlier", "right")
    assert (later["way"], later["side"], later["date"]) == ("later", "left", "٢٨–٢٩ أبريل ٢٠٢٥")
    assert later["title"] == "النسخة الثالثة من منتدى الحوار البرلماني جنوب-جنوب"
    assert earlier["date"].endswith("٥–٩ أبريل ٢٠٢٥")


def test_describe_writes_plain_text_without_the_screens_direction_marks(tmp_path):
    """Zoomed out in Arabic, the ruler's decades are isolated to read from the right on
    screen; the description carried the isolates, invisible, around "٢٠٠٠–٢٠٩٩"."""
    shot, described = tmp_path / "shot.png", tmp_path / "shot.json"
    command = [sys.executable, "-m", "timeline", "--sample", "--lang", "ar", "--size", "800x500"]
    command += ["--centre", "2024-06-01", "--days", "20000"]
    command += ["--screenshot", str(shot), "--describe", str(described)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    frame = json.loads(described.read_text(encoding="utf-8"))
    texts = [label["text"] for tier in frame["tiers"] for label in tier["labels"]]
    texts += [event["title"] for event in frame["events"]]
    texts += [event["label"] for event in frame["events"] if event["label"]]
    assert any("–" in text for text in texts)  # a range of years, isolated on screen
    assert [text for text in texts if set(text) & set(DIRECTION_MARKS)] == []
