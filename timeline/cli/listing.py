"""``list``: the filtered events as JSON lines, in time order."""

from __future__ import annotations

import argparse
import json

from timeline.cli.common import (
    add_filter_options,
    add_reader_options,
    add_source_options,
    event_filter_from,
    open_store,
)
from timeline.domain.datetext import DateFormat, parse_date_style
from timeline.domain.event import Event
from timeline.domain.languages import LANGUAGES


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("list", help="print events as JSON lines, in time order")
    add_source_options(parser, suppress=True)
    add_filter_options(parser)
    add_reader_options(parser)
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="JSON lines for scripts (default), or one line a person reads per event",
    )
    parser.set_defaults(handler=run)


def event_json(event: Event) -> dict[str, object]:
    """The JSON line of ``list``: stable keys for scripts."""
    return {
        "id": event.id,
        "start": event.date.earliest().isoformat(),
        "end": event.date.latest().isoformat(),
        "precision": event.date.precision.value,
        "date": event.date.to_edtf(),
        "within": event.date.within,
        "kind": event.kind.value,
        "countries": list(event.countries),
        "host": event.host,
        "status": event.status.value,
        "title_ar": event.title_ar,
        "title_en": event.title_en,
        "title_fr": event.title_fr,
        "place": event.place.city,
        **{f"place_{language}": event.place.city_forms.of(language) for language in LANGUAGES},
        "place_country": event.place.country,
        # What ``edit --if-version`` pins a correction to (0: not stored yet).
        "version": event.version,
    }


def event_line(event: Event, fmt: DateFormat) -> str:
    """``28 غشت 2024 (24 صفر 1446 هـ) — دخول اتفاق …``: the date in the reader's style, then
    the title in the reader's language."""
    return f"{fmt.event_date_with_hijri(event.date)} — {event.title(fmt.language)}"


def run(args: argparse.Namespace) -> int:
    event_filter = event_filter_from(args)
    store = open_store(args)
    try:
        events = store.find(event_filter)
    finally:
        store.database.close()
    if args.format == "text":
        from timeline.ui.settings import preferred_format

        style = parse_date_style(args.date_style) if args.date_style else None
        fmt = preferred_format(args.lang, style)
        for event in events:
            print(event_line(event, fmt))
        return 0
    for event in events:
        print(json.dumps(event_json(event), ensure_ascii=False))
    return 0
