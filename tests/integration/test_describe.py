"""What the timeline shows, checked from its description (``--describe``) as the issue's
"Must show" asks: on the sample and a generated database, at fit-all, decade, year, month,
3-day and day zoom, at 1600×900 and 800×500, in Arabic and English."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

import pytest
from generate import build
from PySide6.QtCore import Qt

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.period import Period, day_number, day_of
from timeline.io.sample import open_sample_store
from timeline.render.describe import describe
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.main_window import MainWindow

ZOOMS = {"decade": 3653.0, "year": 365.0, "month": 31.0, "3-day": 3.0, "day": 1.0}
SIZES = [(1600, 900), (800, 500)]
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return build(2000, tmp_path_factory.mktemp("generated") / "events-2000.sqlite3")


def years_named(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\d{4}", text.translate(_DIGITS))}


def check_tiers(frame: dict) -> None:
    for tier in frame["tiers"]:
        for label in tier["labels"]:
            first = date.fromisoformat(label["start"])
            last = day_of(day_number(date.fromisoformat(label["end"])) - 1)
            named = years_named(label["text"])
            if tier["name"] == "hijri" or (last - first).days < 32:
                continue  # Hijri years are checked in tests/render/test_layout_tiers.py
            decade = label["text"].endswith("s") or label["text"].startswith("années")
            assert first.year in named, label
            assert last.year in named or decade or first.year == last.year, label


def check_labels(frame: dict) -> None:
    width = frame["width"]
    for event in frame["events"]:
        rect = event["label_rect"]
        x0, x1 = max(event["marker"][0], 0.0), min(event["marker"][1], width)
        if rect is None:
            assert not (event["marker"][0] <= 0 and event["marker"][1] >= width), (
                "a bar crossing the whole view keeps a label",
                event,
            )
            continue
        left, right = rect[0], rect[0] + rect[2]
        assert left >= 0 and right <= width, event
        assert max(x0 - right, left - x1, 0.0) <= 40.0, event
        assert "…" not in (event["label"] or "") or event["elided"]


def frames(window: MainWindow) -> dict[str, dict]:
    view = window.timeline
    view.fit_all()
    found = {"fit-all": describe(view.current_layout())}
    busiest = max(found["fit-all"]["density"], key=lambda b: b["count"])
    middle = date.fromisoformat(busiest["start"])
    for name, days in ZOOMS.items():
        view.go_to(middle, days)
        found[name] = describe(view.current_layout())
    return found


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
            assert sum(b["count"] for b in frame["density"]) == total
        index = window.timeline.source.index
        first, last = float(index.starts.min()), float(index.ends.max())
        end = day_number(date.fromisoformat(shown["fit-all"]["view"]["end"]))
        assert 0 <= end - last <= 0.08 * (last - first) + 1
        window.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if source == "generated":
            store.database.close()


def test_describe_writes_the_frame_as_json_beside_the_screenshot(tmp_path):
    shot, described = tmp_path / "shot.png", tmp_path / "shot.json"
    command = [sys.executable, "-m", "timeline", "--sample", "--lang", "ar", "--size", "800x500"]
    command += ["--screenshot", str(shot), "--describe", str(described)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    frame = json.loads(described.read_text(encoding="utf-8"))
    assert shot.stat().st_size > 0
    assert set(frame) == {"width", "view", "tiers", "events", "clusters", "density"}
    assert frame["width"] == 800
    assert {tier["name"] for tier in frame["tiers"]} <= {"major", "minor", "hijri"}
    ids = [event["id"] for event in frame["events"]] + [0] * sum(
        cluster["count"] for cluster in frame["clusters"]
    )
    assert len(ids) == 11
    assert sum(b["count"] for b in frame["density"]) == 11
    Period(day_number(date.fromisoformat(frame["view"]["start"])), 1e6)  # ISO dates
