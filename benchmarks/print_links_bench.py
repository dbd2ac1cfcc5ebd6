"""What laying out one printed band of many linked events costs: prints JSON.

    python benchmarks/print_links_bench.py --events 100 400 800 --json results/print-links.json

The synthetic databases hold no links nor agreements, so `export_bench.py` never places a
connector. Here, for each N: N events of one pair over 2024 (visits, calls and agreements
signed, titles of two to eight words), N/4 links between events drawn at random, laid out as
a briefing lays out a part of a timeline several pages wide (labels whole on two lines, the
last quarter of the year covered by the next part): ``layout_ms``, the median of REPEAT
layouts of the band, with ``labels`` placed and ``connectors`` drawn. Placing connectors,
finding the labels they cross and moving those labels is the work this measures: a band of
400 such events took 33 s while every crossed label tried every row of its day.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import emit, machine

from timeline.domain.dates import EventDate
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.links import EventLink, LinkKind
from timeline.domain.period import Period, day_number
from timeline.render.axis_ticks import forget_laid_out_axes
from timeline.render.index import MemorySource
from timeline.render.layout import LayoutOptions, StackingCache, layout
from timeline.render.shapes import Geometry

REPEAT = 3
KINDS = (EventKind.OFFICIAL_VISIT, EventKind.PHONE_CALL, EventKind.AGREEMENT_SIGNED)
YEAR = date(2024, 1, 1)
WIDTH, HEIGHT = 4000.0, 20000.0  # a band as wide as a part three A4 pages make together


def text_width(text: str) -> float:
    """Six pixels a character: the layout's work, not the fonts', is measured."""
    return 6.0 * len(text)


def band_source(count: int) -> MemorySource:
    rng = random.Random(1)
    events = [
        Event(
            kind=rng.choice(KINDS),
            countries=("KZ", "MA"),
            date=EventDate.on(YEAR + timedelta(days=rng.randrange(365))),
            title_en=" ".join([f"word{rng.randrange(99)}"] * rng.randrange(2, 9)),
            id=number + 1,
        )
        for number in range(count)
    ]
    pairs = ((rng.randrange(1, count + 1), rng.randrange(1, count + 1)) for _ in range(count // 4))
    links = [EventLink(a, b, LinkKind.FOLLOW_UP_TO) for a, b in pairs if a != b]
    return MemorySource([("", events)], text_width, "en", links)


def measure(count: int) -> dict[str, object]:
    source = band_source(count)
    period = Period(day_number(YEAR), day_number(date(2025, 1, 1)))
    options = LayoutOptions(
        whole_labels=True,
        geometry=Geometry.for_print(),
        covered_from=day_number(date(2024, 10, 1)),
    )
    times = []
    for _ in range(REPEAT):
        cache = StackingCache(source)  # nothing stacked or placed beforehand,
        forget_laid_out_axes()  # the axis neither
        started = time.perf_counter()
        result = layout(cache, period, WIDTH, HEIGHT, text_width, options)
        times.append(time.perf_counter() - started)
    return {
        "events": count,
        "layout_ms": round(statistics.median(times) * 1000, 1),
        "labels": sum(shape.label_rect is not None for shape in result.events),
        "connectors": len(result.connectors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100, 400, 800])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    emit({"sizes": [measure(n) for n in args.events], "machine": machine()}, args.json)


if __name__ == "__main__":
    main()
