"""The import benchmark: rows per second and peak memory for big files. Prints JSON.

    python benchmarks/import_bench.py --rows 1000000

Three files of N rows are generated once into benchmarks/cache/: our native CSV (every row an
event with Arabic and English titles, participants, a source and tags), a GDELT 1.0 daily
file (58 columns) in which one row in a hundred is between Morocco and Azerbaijan with a
diplomatic CAMEO code, and a GDELT file of one country's news, in which half the rows are
Morocco's diplomacy with any partner. Each is imported into a fresh database in a child
process of its own (the first GDELT file filtered to the pair, the second to Morocco), so that
each peak of memory is the import's alone. Figures: csv_rows_per_s, gdelt_filtered_rows_per_s
(rows read per second, writing and the text index included), gdelt_country_kept_per_s
(events kept and written per second), peak_rss_mb (the largest of the imports' peaks); the
same per second of the import's processor time (csv_rows_per_cpu_s,
gdelt_country_kept_per_cpu_s), which other work on the machine disturbs less; a big data set
is read by a second process (timeline.io.pipeline) when a processor is free for it: its
processor time counts in cpu_seconds (importer_cpu_seconds and reader_cpu_seconds are the
two processes' shares), its peak is reader_peak_rss_mb (0: read in-process), and
load_average is the machine's at the end. ``--reader process`` starts the reading process
whatever the load, to compare code on a machine other work keeps busy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.io import pipeline
from timeline.io.exporter import write_events
from timeline.io.importer import import_file
from timeline.store.database import open_database

CACHE = Path(__file__).resolve().parent / "cache"
PAIR = ("MA", "AZ")
COUNTRIES = ["MA", "AZ", "KZ", "FR", "US", "EG", "SA", "TR", "UZ", "SN", "JP", "BR", "NG", "ES"]
CAMEO = {"MA": "MAR", "AZ": "AZE", "KZ": "KAZ", "FR": "FRA", "US": "USA", "EG": "EGY",
         "SA": "SAU", "TR": "TUR", "UZ": "UZB", "SN": "SEN", "JP": "JPN", "BR": "BRA",
         "NG": "NGA", "ES": "ESP"}  # fmt: skip
DIPLOMATIC = ["040", "041", "042", "043", "044", "046", "057"]
OTHER_CODES = ["010", "020", "036", "051", "061", "112", "130", "190", "0211", "1823"]


def _native_events(rows: int) -> Iterator[Event]:
    rng = random.Random(7)
    kinds = [kind for kind in EventKind if not kind.info.multilateral]
    first_day = date(1990, 1, 1)
    for number in range(rows):
        pair = tuple(rng.sample(COUNTRIES, 2))
        day = first_day + timedelta(days=rng.randrange(13_000))
        yield Event(
            kind=rng.choice(kinds),
            countries=pair,
            date=EventDate(FuzzyDate(day.year, day.month, day.day)),
            title_ar=f"لقاء رقم {number} بين الوفدين",
            title_en=f"Meeting number {number} of the two delegations",
            summary="Talks on trade, visas, and a roadmap; =not a formula",
            host=pair[0],
            place=Place("Rabat", "MA"),
            participants=(Participant("ناصر بوريطة", "وزير الشؤون الخارجية", "MA"),),
            sources=(Source(url=f"https://example.org/news/{number}", outlet="Hespress"),),
            tags=("visa", "trade"),
        )


def _gdelt_row(number: int, rng: random.Random, country_share: bool = False) -> str:
    if country_share and number % 2 == 0:  # one country's diplomacy: half the file is kept
        first, second = "MAR", rng.choice([code for code in CAMEO.values() if code != "MAR"])
        code = rng.choice(DIPLOMATIC)
    elif number % 100 == 0:
        first, second, code = "MAR", "AZE", rng.choice(DIPLOMATIC)
    else:
        first, second = rng.sample(sorted(CAMEO.values()), 2)
        code = rng.choice(DIPLOMATIC + OTHER_CODES * 3)
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
    sql = day.strftime("%Y%m%d")
    row = [""] * 58
    row[0], row[1], row[2], row[3], row[4] = str(10**9 + number), sql, sql[:6], sql[:4], "2024.5"
    row[5:8] = [first + "GOV", first, first]
    row[15:18] = [second + "GOV", second, second]
    row[25:35] = ["1", code, code[:3], code[:2], "1", "1.9", "10", "2", "10", "2.5"]
    row[49:56] = ["4", "Rabat, Rabat-Salé-Zemmour-Zaer, Morocco", "MO", "MO49", "34.02", "-6.83",
                  "-1209116"]  # fmt: skip
    row[56], row[57] = sql, f"https://example.org/gdelt/{number}"
    return "\t".join(row) + "\n"


def _gdelt_file(path: Path, rows: int, country_share: bool) -> Path:
    if not path.exists():
        rng = random.Random(11)
        partial = path.with_suffix(".part")
        with partial.open("w", encoding="utf-8", newline="") as handle:
            handle.writelines(_gdelt_row(number, rng, country_share) for number in range(rows))
        partial.replace(path)
    return path


def _files(rows: int) -> tuple[Path, Path, Path]:
    """The three input files for ``rows``, generated once."""
    CACHE.mkdir(exist_ok=True)
    native = CACHE / f"import-native-{rows}.csv"
    if not native.exists():
        write_events(native, _native_events(rows))
    return (
        native,
        _gdelt_file(CACHE / f"import-gdelt-{rows}.export.CSV", rows, country_share=False),
        _gdelt_file(CACHE / f"import-gdelt-ma-{rows}.export.CSV", rows, country_share=True),
    )


def _measure(path: Path, scope: frozenset[str]) -> dict[str, float]:
    """Import ``path`` into a fresh database in this process (the child's job)."""
    with tempfile.TemporaryDirectory(dir=CACHE) as folder:
        database = open_database(Path(folder) / "import.sqlite3")
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        own_started = time.process_time()
        result = import_file(database, path, scope=scope)
        seconds = time.perf_counter() - started
        cpu_seconds = _cpu_seconds() - cpu_started
        own_cpu_seconds = time.process_time() - own_started
        database.close()
    return {
        "rows": result.rows,
        "added": result.new,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        # Of which the importing process's (all of it when the file was read in-process)
        # and the reading process's.
        "importer_cpu_seconds": round(own_cpu_seconds, 2),
        "reader_cpu_seconds": round(max(0.0, cpu_seconds - own_cpu_seconds), 2),
        "rows_per_s": round(result.rows / seconds),
        "kept_per_s": round(result.new / seconds),
        "kept_per_cpu_s": round(result.new / cpu_seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # The process that reads a big file beside the import (timeline.io.pipeline), when
        # the machine had a processor to spare for it; 0 when the import read in-process.
        "reader_peak_rss_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
        "load_average": round(os.getloadavg()[0], 2),
    }


def _cpu_seconds() -> float:
    """Processor seconds of this process and of its children that have ended (the reading
    process of an import)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _child(path: Path, reader: str, scope: frozenset[str] = frozenset()) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", str(path), "--scope", ",".join(scope)]
    command += ["--reader", reader]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows per file")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scope", default="", help=argparse.SUPPRESS)
    parser.add_argument(
        "--reader",
        choices=("auto", "process"),
        default="auto",
        help="auto: a reading process only with a processor to spare, as the app decides; "
        "process: one whatever the load (to compare code on a busy machine)",
    )
    args = parser.parse_args()
    if args.reader == "process":
        pipeline._core_to_spare = lambda: True  # type: ignore[assignment]
    if args.measure is not None:
        print(json.dumps(_measure(args.measure, frozenset(filter(None, args.scope.split(","))))))
        return
    native, gdelt, country = _files(args.rows)
    runs = {
        "csv": _child(native, args.reader),
        "gdelt": _child(gdelt, args.reader, frozenset(PAIR)),
        "gdelt_country": _child(country, args.reader, frozenset({PAIR[0]})),
    }
    print(
        json.dumps(
            {
                "rows": args.rows,
                "csv_rows_per_s": runs["csv"]["rows_per_s"],
                "csv_kept_per_s": runs["csv"]["kept_per_s"],
                "gdelt_filtered_rows_per_s": runs["gdelt"]["rows_per_s"],
                "gdelt_country_kept_per_s": runs["gdelt_country"]["kept_per_s"],
                # Steadier on a shared machine: per second of the import's own processor time.
                "csv_rows_per_cpu_s": round(runs["csv"]["rows"] / runs["csv"]["cpu_seconds"]),
                "gdelt_country_kept_per_cpu_s": runs["gdelt_country"]["kept_per_cpu_s"],
                "peak_rss_mb": max(run["peak_rss_mb"] for run in runs.values()),
                "reader_peak_rss_mb": max(run["reader_peak_rss_mb"] for run in runs.values()),
                **runs,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
