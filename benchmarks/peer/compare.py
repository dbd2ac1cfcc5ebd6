"""Our timeline and vis-timeline side by side on the same synthetic events. Prints JSON.

    python benchmarks/peer/compare.py --events 1000 10000 [--install] [--json OUT]

vis-timeline (8.x, the standalone UMD build from npm, ``rtl: true, stack: true``) runs in
headless Chromium, driven over CDP by playwright-core (drive.mjs), 1600x600 like ours, on
the events of the same cached benchmark database (benchmarks/generate.py), titles in Arabic.
Ours runs benchmarks/run.py in a child process on that database. For each size the JSON
has both open_ms, zoom_step_ms and zoom_step_max_ms, the ratios (theirs / ours), and the
one-minute load average before and after the size. Their open_ms and zoom_step_ms end
with the layout the browser is forced to do; open_to_frame_ms and zoom_step_to_frame_ms
(median; _max_ms the slowest) run to the next frame, painting included as in ours, and so
include the wait for the frame clock.

``--install`` first installs what the peer needs and CI does not: Chromium, and Node.js
and npm when they are missing, from the distribution's packages (apt-get, as root), and the
two npm packages of package-lock.json into benchmarks/peer/node_modules (``npm ci``).

``--timeout`` caps each size's vis-timeline run (600 s unless told): past it the browser is
closed, what drive.mjs had printed is kept (open_ms, the zoom steps done, the slowest of
them and elapsed_s, the seconds it had run when it printed that) and
``timed_out_after_s`` says the rest did not finish; the ratios it lacks are null.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

PEER = Path(__file__).resolve().parent
BENCHMARKS = PEER.parent
sys.path.insert(0, str(BENCHMARKS))

from generate import build  # noqa: E402
from report import emit, machine  # noqa: E402

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
FIGURES = ("open_ms", "zoom_step_ms", "zoom_step_max_ms")
OURS_ALSO = ("zoom_step_cpu_ms", "pan_step_ms", "peak_rss_mb")
PAIRS = {  # their figure over ours: ours always includes painting the frame
    "open": ("open_ms", "open_ms"),
    "open_to_frame": ("open_to_frame_ms", "open_ms"),
    "zoom_step": ("zoom_step_ms", "zoom_step_ms"),
    "zoom_step_to_frame": ("zoom_step_to_frame_ms", "zoom_step_ms"),
    "zoom_step_max": ("zoom_step_max_ms", "zoom_step_max_ms"),
    "zoom_step_to_frame_max": ("zoom_step_to_frame_max_ms", "zoom_step_max_ms"),
}


def install() -> None:
    """Chromium (and Node.js) from apt and the npm packages: a developer's machine, not CI."""
    missing = [] if _chromium() else ["chromium"]
    missing += [] if shutil.which("npm") else ["nodejs", "npm"]
    if missing:
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(["apt-get", "install", "-y", *missing], check=True)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEER, check=True)


def _chromium() -> str | None:
    return next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


def items(database: Path) -> list[dict[str, object]]:
    """The database's events as vis-timeline items: a point for a day, a range otherwise
    (the end is exclusive in both)."""
    with closing(sqlite3.connect(database)) as db:
        rows = db.execute("SELECT id, start_day, end_day, title_ar, title_en FROM events")
        found = []
        for event_id, first, last, title_ar, title_en in rows:
            item: dict[str, object] = {
                "id": event_id,
                "content": html.escape(title_ar or title_en),  # vis-timeline reads HTML
                "start": first,
            }
            if first != last:
                item["end"] = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
                item["type"] = "range"
            else:
                item["type"] = "point"
            found.append(item)
    return found


def theirs(database: Path, chromium: str, timeout: float) -> dict[str, float]:
    """drive.mjs's figures, one JSON object a line, merged; those it printed before the
    timeout when it ran out (SIGTERM: playwright closes the browser it launched)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "items.json"
        path.write_text(json.dumps(items(database)))
        command = ["node", str(PEER / "drive.mjs"), str(path), str(PEER / "page.html"), chromium]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PEER
        ) as driver:
            try:
                out, err = driver.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                driver.terminate()
                out, err = driver.communicate()
                return _merged(out) | {"timed_out_after_s": timeout}
    if driver.returncode:
        raise subprocess.CalledProcessError(driver.returncode, command, out, err)
    return _merged(out)


def _merged(lines: str) -> dict[str, float]:
    return {name: value for line in lines.splitlines() for name, value in json.loads(line).items()}


def ours(count: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--events", str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def compare(count: int, chromium: str, timeout: float) -> dict[str, object]:
    database = build(count)
    load_before = os.getloadavg()[0]  # other work on the machine stretches both sides' times
    mine, peer = ours(count), theirs(database, chromium, timeout)
    return {
        "events": count,
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "ours": {name: mine[name] for name in (*FIGURES, *OURS_ALSO)},
        "vis_timeline": {name: round(value, 2) for name, value in peer.items()},
        "ratio_theirs_to_ours": {
            name: round(peer[their] / mine[our], 1) if their in peer else None
            for name, (their, our) in PAIRS.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--install", action="store_true", help="install Chromium and npm packages")
    parser.add_argument(
        "--timeout", type=float, default=600, help="seconds for each size's vis-timeline run"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.install:
        install()
    chromium = _chromium()
    if chromium is None or not (PEER / "node_modules").exists():
        sys.exit("the peer needs Chromium and its npm packages: run again with --install")
    emit(
        {
            "sizes": [compare(count, chromium, args.timeout) for count in args.events],
            "vis_timeline_window": "1600x600, rtl, stack, headless Chromium",
            "machine": machine(),
        },
        args.json,
    )


if __name__ == "__main__":
    main()
