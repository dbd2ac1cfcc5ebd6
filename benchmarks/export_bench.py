"""The export benchmark: a PDF briefing (timeline and table) of N events. Prints JSON.

    python benchmarks/export_bench.py [--events 1000 10000] [--json results/export.json]
    python benchmarks/export_bench.py --events 20000 --busiest-pair   # a pair of ~5,000

With ``--busiest-pair`` the briefing is the one a desk officer makes: the busiest country
pair of the database, its table grouped by year as a large selection's is by default.

Figures: export_pdf_ms, from the database to the PDF on disk (reading the events, laying
out the timeline and the table, painting every page, writing the file); ms_per_event, that
divided by the events; pages and size_kb of the PDF. The time per event must not grow with N
(linear): compare ms_per_event across sizes, on the same machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build, pair_of_rank
from PySide6.QtWidgets import QApplication
from report import emit, machine

from timeline.domain.datetext import DateFormat
from timeline.domain.filters import EventFilter
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, export_file
from timeline.store.database import open_database
from timeline.store.repository import EventStore

REPEAT = 3


def run(count: int, language: str, busiest_pair: bool) -> dict[str, object]:
    store = EventStore(open_database(build(count)))
    if busiest_pair:  # the summary block and the table by year
        view = ViewState(EventFilter.pair(*pair_of_rank(0)), DateFormat(language))
        request = ExportRequest(view, generated=date(2026, 1, 1))
    else:  # every event listed: the heaviest briefing
        view = ViewState(EventFilter(), DateFormat(language))
        request = ExportRequest(view, generated=date(2026, 1, 1), table="all")
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "briefing.pdf"
        for _ in range(REPEAT):
            started = time.perf_counter()
            shown, pages = export_file(store, path, request, lambda done, total: True)
            times.append(time.perf_counter() - started)
        size = path.stat().st_size
    store.database.close()
    median = statistics.median(times)
    return {
        "events": shown,
        "export_pdf_ms": round(median * 1000, 1),
        "ms_per_event": round(median * 1000 / shown, 3),
        "pages": pages,
        "size_kb": round(size / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--lang", default="en", choices=("ar", "en", "fr"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--busiest-pair", action="store_true", help="brief on the busiest pair, by default"
    )
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])  # fonts and painting need one
    runs = [run(count, args.lang, args.busiest_pair) for count in args.events]
    result = {
        "language": args.lang,
        "runs": runs,
        "ms_per_event_ratio": round(runs[-1]["ms_per_event"] / runs[0]["ms_per_event"], 2),
        "machine": machine(),
    }
    emit(result, args.json)


if __name__ == "__main__":
    main()
