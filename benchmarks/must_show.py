"""Issue 16's "Must show", over its whole matrix: what the timeline draws, read from its
description (``--describe``), on the sample and on generated databases of 2,000 and 50,000
events, at fit-all, decade, year, month, 3-day and day zoom, at 1600×900 and 800×500, in
Arabic, English and French.

    python benchmarks/must_show.py            # prints one line per window, FAIL lines first

Checks, per frame: every tier label names the years it spans; every drawn label is whole (no
"…"), lies within 40 px of its marker (or the visible part of its bar) and inside the view,
clear of its edges, over no other label and under no other event's marker; every bar across
the whole view has a label; every cluster badge is in the view; the density bins sum to the
filtered count; and fit-all ends within 8 % of the span after the last event (or leaves the
room a label near the far side needs, up to a share of the view).
``tests/integration/test_describe.py`` runs the same checks on a few cells of the matrix. Exit
status 1 if any check fails.
"""

from __future__ import annotations

import math
import os
import re
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.period import day_number, day_of
from timeline.io.sample import open_sample_store
from timeline.render.describe import describe
from timeline.render.layout import FIT_LABEL_SHARE
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.app import application
from timeline.ui.main_window import MainWindow

ZOOMS = {"decade": 3653.0, "year": 365.0, "month": 31.0, "3-day": 3.0, "day": 1.0}
SIZES = [(1600, 900), (800, 500)]
LANGUAGES = ("en", "ar", "fr")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def years_named(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\d{4}", text.translate(_DIGITS))}


def check_tiers(frame: dict) -> None:
    """Each Gregorian label longer than a month names the first and last year it spans
    (a decade by its first year: "2010s", "années 2010")."""
    for tier in frame["tiers"]:
        for label in tier["labels"]:
            first = date.fromisoformat(label["start"])
            last = day_of(day_number(date.fromisoformat(label["end"])) - 1)
            named = years_named(label["text"])
            if tier["name"] == "hijri" or (last - first).days < 32:
                continue  # Hijri years are checked in tests/render/test_tiers.py
            decade = label["text"].endswith("s") or label["text"].startswith("années")
            assert first.year in named, label
            assert last.year in named or decade or first.year == last.year, label


#: A label keeps this far from the view's edges (pixels): a glyph touching one looks cut.
EDGE = 3.5


def check_labels(frame: dict) -> None:
    """Labels whole (never elided), beside their events and inside the view, clear of its
    edges; a bar across the view keeps one. A far-edge marker's '…' tab (``folded``: its
    title on hover, where it had no label at all) is placed as a label is, but is no text."""
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
        assert left >= EDGE and right <= width - EDGE, ("cut by the view's edge", event)
        assert max(x0 - right, left - x1, 0.0) <= 40.0, event
        assert event["folded"] or event["label"] == event["title"], ("not whole", event)


def check_overlaps(frame: dict) -> None:
    """No drawn label overlaps another label (one on two lines reaches into the row below
    its own), or another event's marker in its row."""
    labels = [(e["id"], e["label_rect"]) for e in frame["events"] if e["label_rect"]]
    labels.sort(key=lambda item: item[1][0])
    for number, (one, a) in enumerate(labels):
        for other, b in labels[number + 1 :]:
            if b[0] >= a[0] + a[2] - 0.5:  # this one and the rest start after it ends
                break
            same_rows = a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
            assert not same_rows, ("labels overlap", one, other)
    for event in frame["events"]:
        rect = event["label_rect"]
        if rect is None:
            continue
        for other in frame["events"]:
            x0, x1 = other["marker"]
            same_row = (other["lane"], other["row"]) == (event["lane"], event["row"])
            if other["id"] != event["id"] and same_row:
                inside = x0 < rect[0] + rect[2] - 0.5 and rect[0] < x1 - 0.5
                assert not inside, ("a label over another marker", event["id"], other["id"])


def check_clusters(frame: dict) -> None:
    """Every cluster badge stands in the view, where its hidden events are."""
    for cluster in frame["clusters"]:
        assert cluster["x"][0] >= -1 and cluster["x"][1] <= frame["width"] + 1, cluster


def check_fit(window: MainWindow, fit_all: dict) -> None:
    """Fit-all ends within 8 % of the events' span after the last one, or, where it made
    the room a label near the far side needs to be whole, within FIT_LABEL_SHARE of the view
    (the French sample's last title takes a fifth of a 1600-pixel window)."""
    index = window.timeline.source.index
    first, last = float(index.starts.min()), float(index.ends.max())
    start = day_number(date.fromisoformat(fit_all["view"]["start"]))
    end = day_number(date.fromisoformat(fit_all["view"]["end"]))
    margin = 0.08 * (last - first) + 1
    if not fit_all["clusters"]:  # room for a label is made only where no badge stands
        margin = max(margin, FIT_LABEL_SHARE * (end - start) + 1)
    assert 0 <= end - last <= margin, (end, last)


def frames(window: MainWindow) -> dict[str, dict]:
    """The frame at fit-all, then at each zoom around the busiest bin of the strip."""
    view = window.timeline
    view.fit_all()
    found = {"fit-all": describe(view.current_layout())}
    busiest = max(found["fit-all"]["density"], key=lambda b: b["count"])
    middle = date.fromisoformat(busiest["start"])
    for name, days in ZOOMS.items():
        view.go_to(middle, days)
        found[name] = describe(view.current_layout())
    return found


def failures(window: MainWindow, store: EventStore) -> list[str]:
    """What fails in every frame of one window, as lines."""
    shown = frames(window)
    total = store.count(EventFilter())
    checks = [("fit", lambda: check_fit(window, shown["fit-all"]))]
    for name, frame in shown.items():
        checks += [
            (f"{name} tiers", lambda frame=frame: check_tiers(frame)),
            (f"{name} labels", lambda frame=frame: check_labels(frame)),
            (f"{name} badges", lambda frame=frame: check_clusters(frame)),
            (f"{name} overlaps", lambda frame=frame: check_overlaps(frame)),
            (
                f"{name} density",
                lambda frame=frame: _equal(sum(b["count"] for b in frame["density"]), total),
            ),
        ]
    found = []
    for name, check in checks:
        try:
            check()
        except AssertionError as error:
            found.append(f"{name}: {str(error)[:300]}")
    return found


def _equal(counted: float, total: int) -> None:
    """The strip's shares of events spread over their month or year sum to the events."""
    assert math.isclose(counted, total), f"density counts {counted}, the filter {total}"


def main() -> int:
    sources = {
        "sample": open_sample_store,
        "2,000": lambda: EventStore(open_database(build(2000))),
        "50,000": lambda: EventStore(open_database(build(50_000))),
    }
    failed = 0
    for name, open_store in sources.items():
        store = open_store()
        for language in LANGUAGES:
            app = application(language)  # its words and direction, as the app starts
            fmt = DateFormat(language, DateStyle.LEVANT if language == "ar" else DateStyle.MAGHREB)
            for size in SIZES:
                window = MainWindow(store, fmt, open_sample_store, remember_state=False)
                window.resize(*size)
                window.show()
                app.processEvents()
                found = failures(window, store)
                failed += len(found)
                where = f"{name} {language} {size[0]}x{size[1]}"
                for line in found:
                    print(f"FAIL {where}: {line}")
                print(f"{where}: {'ok' if not found else f'{len(found)} failed'}")
                window.close()
        store.database.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
