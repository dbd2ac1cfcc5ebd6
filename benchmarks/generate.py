"""Synthetic event databases for the benchmarks, built once per size and cached.

Realistic on purpose: about forty country pairs with skewed activity (a few pairs make most
of the news), 1979-2030, three in ten events spanning several days (some only "one day
within" a window), one in ten known to the month and a few to the year, titles in Arabic and
English of the lengths real titles have.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from timeline.domain.countries import country_name
from timeline.domain.kinds import EventKind
from timeline.domain.normalize import normalize
from timeline.store.database import open_database

CACHE = Path(__file__).resolve().parent / "cache"
COUNTRIES = [
    "MA", "KZ", "AZ", "KH", "UZ", "FR", "ES", "US", "CN", "RU", "DZ", "TN", "EG", "SA", "AE",
    "QA", "TR", "DE", "IT", "GB", "JP", "IN", "BR", "NG", "SN", "SY", "LB", "JO", "IQ", "MR",
]  # fmt: skip
FIRST, LAST = date(1979, 1, 1), date(2030, 12, 31)
ARABIC_KIND = {
    EventKind.OFFICIAL_VISIT: "زيارة رسمية",
    EventKind.BILATERAL_MEETING: "مباحثات ثنائية",
    EventKind.SIDELINE_MEETING: "لقاء على هامش الدورة",
    EventKind.AGREEMENT_SIGNED: "توقيع اتفاق تعاون",
    EventKind.AGREEMENT_IN_FORCE: "دخول اتفاق حيز التنفيذ",
    EventKind.MULTILATERAL_GATHERING: "منتدى الحوار البرلماني",
    EventKind.PHONE_CALL: "اتصال هاتفي",
    EventKind.STATEMENT: "بيان مشترك",
}
TOPICS = ["trade", "energy", "visas", "transport", "culture", "security", "health", "water"]


def _pairs(rng: random.Random, count: int = 40) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < count:
        first, second = sorted(rng.sample(COUNTRIES, 2))
        pairs.add((first, second))
    return sorted(pairs)


def pair_of_rank(rank: int, seed: int = 1979) -> tuple[str, str]:
    """The pair with the ``rank``-th most events (0 the busiest) in every database built."""
    return _pairs(random.Random(seed))[rank]


def _event_rows(count: int, seed: int = 1979):
    """(event row, countries) tuples in the shape of the events table."""
    rng = random.Random(seed)
    pairs = _pairs(rng)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(pairs))]  # Zipf-like skew
    kinds = list(EventKind)
    span_days = (LAST - FIRST).days
    now = datetime(2026, 1, 1).isoformat(sep=" ")  # as SQLAlchemy stores a DateTime
    for _ in range(count):
        pair = rng.choices(pairs, weights)[0]
        kind = rng.choice(kinds)
        start = FIRST + timedelta(days=rng.randrange(span_days))
        roll = rng.random()
        if roll < 0.03:
            edtf, first, last = (
                f"{start.year:04d}",
                date(start.year, 1, 1),
                date(start.year, 12, 31),
            )
        elif roll < 0.13:
            first = start.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            edtf = f"{start.year:04d}-{start.month:02d}"
        elif roll < 0.43:
            first, last = start, start + timedelta(days=rng.randint(1, 12))
            within = rng.random() < 0.3
            edtf = f"[{first}..{last}]" if within else f"{first}/{last}"
        else:
            edtf, first, last = start.isoformat(), start, start
        names_en = f"{country_name(pair[0], 'en')}–{country_name(pair[1], 'en')}"
        names_ar = f"{country_name(pair[0], 'ar')} و{country_name(pair[1], 'ar')}"
        topic = rng.choice(TOPICS)
        title_en = f"{kind.info.name('en')}: {names_en} on {topic}"
        title_ar = f"{ARABIC_KIND[kind]} بين {names_ar}"
        row = (
            kind.value, edtf, first.isoformat(), last.isoformat(), title_ar, title_en, "",
            "", normalize(f"{title_ar} {title_en}"), 1, now, now,
        )  # fmt: skip
        yield row, pair


def build(count: int, path: Path | None = None) -> Path:
    """The database of ``count`` synthetic events, from the cache when it is there."""
    path = path or CACHE / f"events-{count}.sqlite3"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_database(partial).close()  # the app's own schema, through its migrations
    with closing(sqlite3.connect(partial)) as db:
        db.execute("PRAGMA synchronous=OFF")
        batch: list[tuple] = []
        countries: list[tuple[int, str]] = []
        next_id = 1
        for row, pair in _event_rows(count):
            batch.append((next_id, *row))
            countries += [(next_id, pair[0]), (next_id, pair[1])]
            next_id += 1
            if len(batch) >= 20_000:
                _flush(db, batch, countries)
        _flush(db, batch, countries)
        db.commit()
        db.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in before the rename
    partial.rename(path)
    return path


def _flush(db: sqlite3.Connection, batch: list[tuple], countries: list[tuple[int, str]]) -> None:
    db.executemany(
        "INSERT INTO events (id, kind, date_edtf, start_day, end_day, title_ar, title_en, "
        "title_fr, summary, place_city, search_text, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
        batch,
    )
    db.executemany("INSERT INTO event_countries (event_id, country) VALUES (?, ?)", countries)
    batch.clear()
    countries.clear()


if __name__ == "__main__":
    print(build(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
