"""What stacking a zoom level costs, and what the rows then show: prints JSON.

    python benchmarks/stacking_bench.py --events 1000000 --json results/stack.json

For each zoom (fit-all and a decade, year, month, week, 3 days and a day around 1 June 2011,
1600 pixels across, a lane of ROWS rows): ``stack_cpu_ms``, the processor time to stack what
that view shows from nothing (a fresh stacker: the band, the view's chunks and their
clusters, with ROWS rows and one fewer, as a frame asks for them; the worker's work for a
level of a lane in one piece), the median of REPEAT; ``blank_rows``, the rows above the
badges' row with no event in the view, and ``hidden``, the events the view's badges count;
``blank_views``, of VIEWS views at that zoom 37.3 days apart from there, how many show a
blank row above their badges.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build
from report import emit, machine

from timeline.domain.filters import EventFilter
from timeline.domain.period import Period, day_number
from timeline.render.layout import LayoutOptions, StackingCache, fit_period, layout
from timeline.render.stacking import Stacker
from timeline.render.zoom_levels import zoom_level
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.view.source import StoreSource

WIDTH, HEIGHT = 1600.0, 500.0  # a lane of 11 rows, as in a 1600×900 window
ROWS = 11
CHAR_PX = 7.0
CENTRE = day_number(date(2011, 6, 1))  # where docs/make_screenshots.py looks
ZOOMS = {"decade": 3653.0, "year": 365.0, "month": 31.0, "week": 7.0, "3-day": 3.0, "day": 1.0}
REPEAT = 7
VIEWS = 40


def _text_width(text: str) -> float:
    return CHAR_PX * len(text)


def _stack(source: StoreSource, period: Period) -> float:
    """Processor milliseconds to stack what ``period`` shows, from nothing."""
    stacker = Stacker(source.index, 8.0, 56.0)
    level = zoom_level(WIDTH / period.span)
    started = time.process_time()
    for rows in (ROWS, ROWS - 1):
        made = stacker.level(0, level, rows)
        for number in made.chunk_range(period.start, period.end):
            made.chunk(number)
            made.chunk_rows(number).clusters.counts.sum()
    return (time.process_time() - started) * 1000


def _shown(source: StoreSource, period: Period, cache: StackingCache) -> tuple[int, int]:
    """Rows above the badges' row with no event in view, and the events badges count."""
    shown = layout(cache, period, WIDTH, HEIGHT, _text_width, LayoutOptions(legend=False))
    if not shown.clusters:
        return 0, 0
    badge_row = round((shown.clusters[0].rect.y - 2 - shown.lanes[0].rect.y) / 35.0)
    used = {shape.row for shape in shown.events}
    return len(set(range(badge_row)) - used), sum(c.count for c in shown.clusters)


def run(count: int) -> dict[str, object]:
    store = EventStore(open_database(build(count)))
    source = StoreSource(store, EventFilter(), "en", CHAR_PX)
    whole = fit_period(source.index)
    assert whole is not None
    periods = {"fit-all": whole}
    for name, days in ZOOMS.items():
        periods[name] = Period(CENTRE - days / 2, CENTRE + days / 2)
    figures: dict[str, object] = {}
    for name, period in periods.items():
        times = [_stack(source, period) for _ in range(REPEAT)]
        cache = StackingCache(source)
        blank, hidden = _shown(source, period, cache)
        figures[name] = {
            "stack_cpu_ms": round(statistics.median(times), 2),
            "stack_cpu_ms_min": round(min(times), 2),
            "blank_rows": blank,
            "hidden": hidden,
        }
        if name != "fit-all":
            views = [Period(period.start + k * 37.3, period.end + k * 37.3) for k in range(VIEWS)]
            figures[name]["blank_views"] = sum(_shown(source, v, cache)[0] > 0 for v in views)
    return {"events": count, "machine": machine(), "rows": ROWS, "zooms": figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    arguments = parser.parse_args()
    emit(run(arguments.events), arguments.json)


if __name__ == "__main__":
    main()
