"""Build the fixture database of the current schema revision, and its expected records.

Writes ``fixtures/schema-<revision>.sqlite3`` (a real file, written by the app's own store)
and ``fixtures/schema-<revision>.json`` (every event as ``to_record`` gives it, plus the
version and timestamps the store keeps), which the upgrade test compares field by field
after migrating a copy to the newest schema.

Run it once per released revision, with the code of that release, so that the file is
exactly what users of that release have on disk::

    git archive v0.1.0 | tar -x -C /tmp/release
    PYTHONPATH=/tmp/release python tests/reliability/make_fixture.py

A fixture that exists is never overwritten: it is the frozen record of a released schema.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sqlite3
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.records import to_record
from timeline.io.sample import sample_agreements, sample_events, sample_links
from timeline.store.database import head_revision, open_database
from timeline.store.repository import EventStore

FIXTURES = Path(__file__).resolve().parent / "fixtures"

DATES = [
    "2025-02-28",  # a day
    "2024-05",  # a month
    "2019",  # a year
    "2025-04-28/2025-04-29",  # lasted two days
    "[2025-04-05..2025-04-09]",  # one day within a window
    "2023-11/2024-02",  # months, across a year end
    "[2020..2021]",  # one day within two years
    "1900-01-01",  # before the Umm al-Qura tables
    "2080-12-31",  # after them
    "0001",  # the first year there is
    "9999-12-31",  # the last day there is
]

TITLES = [
    ("زيارة رسمية إلى الرباط", "", ""),
    ("", "Talks in Astana", ""),
    ("", "", "Entretien à Bakou : « coopération »"),
    ("لقاءٌ على هامش القمّة", "Meeting on the sidelines", "Rencontre en marge"),
    ("", "<b>x</b> & <img src=x> 'quoted' \"double\"", ""),
    ("اتفاق ١٤٤٦ هـ", "100% of the_tariffs \\ backslash", "Œuvre d’État"),
    ("\u200fنص مع علامة اتجاه\u200f", "Emoji 🇲🇦🤝🇰🇿", "Combining e\u0301"),
]

PARTICIPANTS = [
    (),
    (Participant("ناصر بوريطة", "وزير الخارجية", "MA"),),
    (
        Participant("Murat Nurtleu", "Minister of Foreign Affairs", "KZ"),
        Participant("Unnamed delegate"),
        Participant("<i>Guest</i>", "Observer"),
    ),
]

SOURCES = [
    (),
    (Source("https://www.mapnews.ma/ar/actualites/x", "MAP", date(2025, 2, 28)),),
    (
        Source("https://example.org/a?b=1&c=<d>", ""),
        Source("", "Le Matin"),
        Source("http://example.com/", "Example", date(1999, 12, 31)),
    ),
]

TAGS = [(), ("visa",), ("اقتصاد", "trade", "<tag>")]
PAIRS = [("MA", "KZ"), ("AZ", "MA"), ("KH", "MA", "UZ"), ("FR", "US")]


def varied_events() -> list[Event]:
    """The sample, then every kind at every precision with varied text and details."""
    events = list(sample_events())
    for number, kind in enumerate(EventKind):
        # Four dates per kind, shifted from kind to kind: every date is used, the file small.
        for step in range(number, number + 12, 3):
            edtf, n = DATES[step % len(DATES)], number * len(DATES) + step
            countries = PAIRS[n % len(PAIRS)]
            if kind is EventKind.MULTILATERAL_GATHERING and n % 2:
                countries = countries[:1]
            title_ar, title_en, title_fr = TITLES[n % len(TITLES)]
            events.append(
                Event(
                    kind=kind,
                    countries=countries,
                    date=EventDate.from_edtf(edtf),
                    title_ar=title_ar,
                    title_en=title_en,
                    title_fr=title_fr,
                    summary=("ملخص طويل. " * 40 if n % 4 == 0 else f"Summary {n}\nsecond line"),
                    host=countries[0] if n % 5 == 0 else None,
                    place=[Place(), Place("Rabat", "MA"), Place("طشقند"), Place("", "KZ")][n % 4],
                    participants=PARTICIPANTS[n % len(PARTICIPANTS)],
                    sources=SOURCES[n % len(SOURCES)],
                    tags=TAGS[n % len(TAGS)],
                )
            )
    return events


def build(folder: Path) -> Path:
    """Write the fixture pair for the head revision into ``folder``; return the database."""
    revision = head_revision()
    path = folder / f"schema-{revision}.sqlite3"
    expected = path.with_suffix(".json")
    if path.exists() or expected.exists():
        raise SystemExit(f"{path}: already exists; fixtures of released schemas are frozen")
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(path)
    store = EventStore(database)
    # The sample's agreements and links too: its first events are the sample's.
    saved = store.add_many(varied_events(), sample_agreements(), sample_links())
    # Edited events (version > 1) and gaps in the ids, as a database in use has them.
    for event in saved[::7]:
        store.update(dataclasses.replace(event, summary=event.summary + " (edited)"))
    for event in saved[2:6:3]:
        store.delete(event.id)
    events = store.find()
    database.close()
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("VACUUM")
    document = {
        "revision": revision,
        "events": [to_record(event) for event in sorted(events, key=lambda e: e.id or 0)],
        "stored": {
            str(event.id): {
                "version": event.version,
                "created_at": event.created_at.isoformat() if event.created_at else None,
                "updated_at": event.updated_at.isoformat() if event.updated_at else None,
            }
            for event in events
        },
    }
    expected.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=FIXTURES, help="the fixtures folder")
    path = build(parser.parse_args().output)
    print(f"{path}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
