"""The command line: the window by default, and ``db``, ``list`` for scripts.

Errors are one line naming the file and the reason, with a non-zero exit code: 2 for bad
arguments, 1 for a database that cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline import __version__
from timeline.domain.countries import parse_country
from timeline.domain.dateinput import parse_user_date
from timeline.domain.datetext import DateFormat, DateStyle, parse_date_style
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind, parse_kind
from timeline.store.errors import StoreError

PROGRAM = "diplomatic-timeline"
LANGUAGES = ("ar", "en", "fr")


class UsageError(Exception):
    """Bad arguments: exit code 2."""


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1600x900")
    size = int(width), int(height)
    if not (200 <= size[0] <= 10000 and 200 <= size[1] <= 10000):
        raise argparse.ArgumentTypeError(f"'{text}': each side must be 200 to 10000 pixels")
    return size


def _add_source_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        default=default,
        help="a SQLite file or a database URL (default: timeline.sqlite3 in your data folder)",
    )
    source.add_argument(
        "--sample",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="the sample timeline in a fresh temporary database (yours is not touched)",
    )


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filter")
    where = group.add_mutually_exclusive_group()
    where.add_argument("--pair", nargs=2, metavar=("A", "B"), help="two ISO country codes")
    where.add_argument("--country", metavar="A", help="one country against all its partners")
    group.add_argument(
        "--kind", action="append", metavar="K", help="an event kind (repeatable): "
        + ", ".join(kind.value for kind in EventKind)
    )
    group.add_argument(
        "--from", dest="start", metavar="DATE", help="2024, 2024-05, 2024-05-01 or 1446-09-19 هـ"
    )
    group.add_argument("--to", dest="end", metavar="DATE", help="as --from; inclusive")
    group.add_argument("--text", metavar="Q", help="words to find (Arabic spelled any way)")


def _add_reader_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the output")
    parser.add_argument(
        "--date-style",
        choices=[style.value for style in DateStyle],
        help="regional Arabic month names",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Diplomatic Timeline: relations between states on a timeline. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_source_options(parser, suppress=False)
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="save the window as PNG and exit"
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=(1600, 900),
        metavar="WxH",
        help="window size for --screenshot (default 1600x900)",
    )
    _add_reader_options(parser)
    _add_filter_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (
        ("upgrade", "bring a database to the current schema"),
        ("check", "verify integrity and schema revision"),
        ("backup", "write a consistent copy (SQLite online backup)"),
    ):
        action = db_commands.add_parser(name, help=text)
        action.add_argument("--database", metavar="PATH_OR_URL", default=argparse.SUPPRESS)
        if name == "backup":
            action.add_argument("--output", type=Path, metavar="PATH", help="the copy's path")

    listing = commands.add_parser("list", help="print events as JSON lines, in time order")
    _add_source_options(listing, suppress=True)
    _add_filter_options(listing)
    _add_reader_options(listing)
    return parser


def event_filter_from(args: argparse.Namespace) -> EventFilter:
    """The filter the arguments describe; UsageError names the bad value."""
    try:
        countries: frozenset[str] = frozenset()
        if args.pair:
            first, second = (parse_country(code, "--pair") for code in args.pair)
            return _with_rest(EventFilter.pair(first, second), args)
        if args.country:
            countries = frozenset({parse_country(args.country, "--country")})
        return _with_rest(EventFilter(countries=countries), args)
    except ValidationError as error:
        raise UsageError(str(error)) from error


def _with_rest(base: EventFilter, args: argparse.Namespace) -> EventFilter:
    kinds = frozenset(parse_kind(kind) for kind in args.kind or ())
    start = parse_user_date(args.start, "--from").earliest() if args.start else None
    end = parse_user_date(args.end, "--to").latest() if args.end else None
    return EventFilter(
        countries=base.countries, kinds=kinds, start=start, end=end, text=args.text or ""
    )


def _open_store(args: argparse.Namespace):
    from timeline.io.sample import open_sample_store
    from timeline.store.database import open_database
    from timeline.store.repository import EventStore

    if getattr(args, "sample", False):
        return open_sample_store()
    return EventStore(open_database(_database_target(args)))


def _database_target(args: argparse.Namespace) -> str:
    if getattr(args, "database", None):
        return str(args.database)
    from timeline.ui.settings import default_database_path

    return str(default_database_path())


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
        "title_ar": event.title_ar,
        "title_en": event.title_en,
        "title_fr": event.title_fr,
        "place": event.place.city,
        "place_country": event.place.country,
    }


def _list(args: argparse.Namespace) -> int:
    event_filter = event_filter_from(args)
    store = _open_store(args)
    for event in store.find(event_filter):
        print(json.dumps(event_json(event), ensure_ascii=False))
    return 0


def _db(args: argparse.Namespace) -> int:
    from timeline.store.database import head_revision, open_database

    target = _database_target(args)
    if args.db_command == "upgrade":
        database = open_database(target)
        label, mode = database.target.label, database.journal_mode()
        print(f"{label}: at schema {database.revision()} ({mode} journal)")
        return 0
    if args.db_command == "check":
        database = open_database(target, upgrade=False)
        revision, head = database.revision(), head_revision()
        problems = database.integrity_problems()
        if problems:
            print(f"{database.target.label}: damaged: {problems[0]}", file=sys.stderr)
            return 1
        if revision != head:
            print(
                f"{database.target.label}: schema {revision} needs an upgrade to {head} "
                f"(run: {PROGRAM} db upgrade)",
                file=sys.stderr,
            )
            return 1
        print(f"{database.target.label}: ok (schema {revision})")
        return 0
    database = open_database(target, upgrade=False)
    written = database.backup(args.output)
    print(written)
    return 0


def _window(args: argparse.Namespace) -> int:
    from timeline.ui.settings import preferred_date_style, preferred_language

    if args.screenshot is not None:
        # Render without a display: for docs, tests and anyone checking a change.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    event_filter = event_filter_from(args)
    language = args.lang or preferred_language()
    style = parse_date_style(args.date_style) if args.date_style else preferred_date_style()
    fmt = DateFormat(language=language, style=style)
    from timeline.io.sample import open_sample_store
    from timeline.ui.app import application, report_startup_error, run_window

    application(language)
    try:
        store = _open_store(args)
    except StoreError as error:
        report_startup_error(str(error))
        return 1
    return run_window(
        store, fmt, open_sample_store, bool(args.sample), event_filter, args.screenshot, args.size
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            return _list(args)
        if args.command == "db":
            return _db(args)
        return _window(args)
    except UsageError as error:
        parser.exit(2, f"{PROGRAM}: error: {error}\n")
    except StoreError as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
