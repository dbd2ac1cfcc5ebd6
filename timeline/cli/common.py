"""What the commands share: where the events come from, and the filter options."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from timeline.cli.words import help_text, output_reader, rendered
from timeline.domain.characters import character_problem
from timeline.domain.countries import parse_country
from timeline.domain.dateinput import not_a_typed_day, parse_user_date, parse_user_day
from timeline.domain.datetext import DateStyle
from timeline.domain.errors import ReasonError, ValidationError
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind, parse_kind
from timeline.domain.languages import LANGUAGES
from timeline.domain.messages import Message, message
from timeline.domain.normalize import search_terms
from timeline.domain.system_words import system_reason
from timeline.store.database import Database, open_database
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore

PROGRAM = "diplomatic-timeline"


class UsageError(ReasonError):
    """Bad arguments: one line in the command's ``--lang`` (``about``: the option or the
    file it names), and exit code 2."""


def print_refusal(error: ReasonError, args: argparse.Namespace) -> None:
    """What could not be done (a store, an export, a conflict), on one line of standard
    error in the command's language and its reader's digits."""
    reader = output_reader(args)
    said = error.in_language(reader.language, reader.digits, reader.fuzzy)
    print(f"{PROGRAM}: {said}", file=sys.stderr)


def print_notice(said: Message, args: argparse.Namespace) -> None:
    """What a person is told beside the output (a cancelled export, a warning), on one
    line of standard error in the command's language and its reader's digits."""
    print(f"{PROGRAM}: {rendered(said, args)}", file=sys.stderr)


#: The help of ``--title-ar``, ``--title-en`` and ``--title-fr`` (``add``, ``edit``,
#: ``agreement add``), and of ``--place-ar``… (``add``, ``edit``).
TITLE_IN = {
    "ar": message("help.title.ar"),
    "en": message("help.title.en"),
    "fr": message("help.title.fr"),
}
PLACE_IN = {
    "ar": message("help.place.ar"),
    "en": message("help.place.en"),
    "fr": message("help.place.fr"),
}


def add_commands(
    parser: argparse.ArgumentParser, dest: str, metavar: str, required: bool = False
) -> argparse._SubParsersAction:
    """The commands of ``parser`` (the program's, or ``db``'s and ``agreement``'s actions),
    listed under "commandes", "الأوامر": argparse lists them under "arguments positionnels"."""
    commands = parser.add_subparsers(dest=dest, metavar=metavar, required=required)
    parser._positionals.title = help_text(message("help.commands"))
    return commands


def add_database_option(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup, suppress: bool = True
) -> None:
    """``--database``, with its help wherever a command takes it (``add``, ``edit``, ``link``
    and ``db`` had none); ``suppress`` keeps a subcommand from overriding the value given
    before it."""
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS if suppress else None,
        help=help_text(message("help.database")),
    )


def add_source_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """``--database`` / ``--sample``, and ``--read-only``; ``suppress`` keeps a subcommand
    from overriding the value given before it."""
    add_database_or_sample(parser, suppress)
    add_read_only_option(parser, suppress)


def add_database_or_sample(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    """``--database`` / ``--sample``, for a command that writes too: ``--sample link 8 6``
    tried a link in the sample, and ``link --sample 8 6`` was an unrecognized argument."""
    source = parser.add_mutually_exclusive_group()
    add_database_option(source, suppress)
    source.add_argument(
        "--sample",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=help_text(message("help.sample")),
    )


def add_read_only_option(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    parser.add_argument(
        "--read-only",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=help_text(message("help.read_only")),
    )


def add_filter_options(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    """The filter, before a command or after it. A command's parser (``suppress``) gives
    these options no default, so that they never hide the value given before the command:
    argparse copies every value a command's parser holds over the main parser's."""
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group(help_text(message("help.filter")))
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--pair", nargs=2, metavar=("A", "B"), default=default, help=help_text(message("help.pair"))
    )
    where.add_argument(
        "--country", metavar="A", default=default, help=help_text(message("help.country"))
    )
    group.add_argument(
        "--kind",
        action="append",
        metavar="K",
        default=default,
        help=help_text(
            message("help.kind_filter", kinds=", ".join(kind.value for kind in EventKind))
        ),
    )
    group.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        default=default,
        help=help_text(message("help.from").as_typed()),
    )
    group.add_argument(
        "--to", dest="end", metavar="DATE", default=default, help=help_text(message("help.to"))
    )
    group.add_argument("--text", metavar="Q", default=default, help=help_text(message("help.text")))


def add_reader_options(parser: argparse.ArgumentParser) -> None:
    """``--lang`` and ``--date-style``, before a command or after it: a command's own
    options have no default, so they never hide the value given before the command (the
    main parser's defaults are None)."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=help_text(message("help.lang"))
    )
    parser.add_argument(
        "--date-style",
        choices=[style.value for style in DateStyle],
        default=argparse.SUPPRESS,
        help=help_text(message("help.date_style")),
    )


def add_today_option(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup,
    what: Message,
    suppress: bool = True,
) -> None:
    """``--today``: the day a command's answer holds on (``what`` it does as of it), before
    the command or after it (``suppress``: as :func:`add_filter_options` does)."""
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        default=argparse.SUPPRESS if suppress else None,
        help=help_text(message("help.today", what=what)),
    )


def today_from(args: argparse.Namespace) -> date:
    """The day given with ``--today``, else the computer's today: read as ``--from`` reads
    a day (Hijri with هـ, in any digits), where it took only Latin YYYY-MM-DD and said of
    2025-02-30 that it was not written so. An empty one is no day, not today."""
    given = getattr(args, "today", None)
    if given is None:
        return date.today()
    try:
        day = parse_user_day(given, "--today")
    except ValidationError as error:
        raise invalid(error) from error
    if day is None:
        raise invalid(not_a_typed_day("--today", given))
    return day


def event_filter_from(args: argparse.Namespace) -> EventFilter:
    """The filter the arguments describe; UsageError names the bad value."""
    given = (args.country, args.start, args.end, args.text, *(args.kind or ()), *(args.pair or ()))
    if any(value is not None and not isinstance(value, str) for value in given):
        # argparse hands over a list for an option written ``--kind=--``
        raise UsageError(message("usage.missing_value"))
    try:
        countries: frozenset[str] = frozenset()
        if args.pair:
            first, second = (parse_country(code, "--pair") for code in args.pair)
            countries = EventFilter.pair(first, second).countries
        elif args.country is not None:  # "" too: it listed every country's events
            countries = frozenset({parse_country(args.country, "--country")})
        kinds = frozenset(parse_kind(kind) for kind in args.kind or ())
        # An empty one is no date, not "from the first event on".
        start = parse_user_date(args.start, "--from").earliest() if args.start is not None else None
        end = parse_user_date(args.end, "--to").latest() if args.end is not None else None
        text = args.text or ""
        # A byte that is not UTF-8 in the words: searching without it matched every event.
        if (problem := character_problem(text)) is not None:
            raise ValidationError("--text", problem)
        if args.text is not None and not search_terms(text):
            # Empty (``--text "$Q"`` with nothing in it), spaces or marks alone: it listed
            # every event, as the search box emptied does, where no --text is how to say so.
            raise ValidationError("--text", message("usage.no_words"))
        return EventFilter(countries=countries, kinds=kinds, start=start, end=end, text=text)
    except ValidationError as error:
        raise invalid(error, _FILTER_OPTIONS) from error


#: The filter options the domain's fields come from (a pair of one country, a kind, a
#: period ending before it starts, which was said of "period:").
_FILTER_OPTIONS = {"countries": "--pair", "kind": "--kind", "period": "--from/--to"}


def shown_countries(args: argparse.Namespace) -> tuple[str, ...]:
    """The countries the filter names (the pair's two, or the one against all its
    partners): where nothing else says so, they choose the Arabic month names (Morocco's
    غشت), the same for a pair of Morocco's as for all its partners."""
    codes = args.pair or ([args.country] if args.country else [])
    return tuple(code.strip().upper() for code in codes)


def invalid(error: ValidationError, options: Mapping[str, str] | None = None) -> UsageError:
    """A rule an argument breaks, said in the output language: exit 2. ``options`` names
    the option each of the domain's fields comes from ("--pair:", not "countries:"; the
    ``--source`` of ``sources[2]``)."""
    field = error.field.partition("[")[0]
    return UsageError(error.detail, about=(options or {}).get(field, error.field))


def named_file(text: str, about: str) -> Path:
    """The file ``text`` names, for the argument ``about`` (OUTPUT, --output, BACKUP). One
    ending in a folder's separator ("x.png/", which a Path reads as "x.png") was written as
    a file, and an empty one, which a Path reads as ".", was said to be a folder or of an
    unknown format."""
    if not text.strip():
        raise UsageError(message("usage.no_file_named"), about=about)
    separators = tuple(filter(None, (os.sep, os.altsep)))
    if text.endswith(separators):
        raise UsageError(message("usage.names_a_folder", separator=text[-1]), about=text)
    if os.path.basename(text) in (".", ".."):  # "x.png/." is the folder x.png too
        ending = text[max(len(text.rstrip(".")) - 1, 0) :]
        raise UsageError(message("usage.names_a_folder", separator=ending), about=text)
    return Path(text)


def given_database(args: argparse.Namespace) -> str | None:
    """What ``--database`` names, or None where it was not given. An empty one is a usage
    error: ``--database "$DB"`` with the variable unset wrote into the default timeline."""
    given = getattr(args, "database", None)
    if given is not None and not str(given).strip():
        raise UsageError(message("usage.no_file_named"), about="--database")
    return str(given) if given is not None else None


def database_target(args: argparse.Namespace) -> str:
    """The database ``--database`` names, else the default file."""
    if (given := given_database(args)) is not None:
        return given
    from timeline.settings import data_folder, default_database_path

    try:
        return str(default_database_path())
    except OSError as error:  # a home that cannot hold it (a service account's, read-only)
        reason = system_reason(error)
        folder = str(data_folder())
        raise StoreError(
            message("store.data_folder_not_made", folder=folder, error=reason)
        ) from error


def open_chosen(
    args: argparse.Namespace,
    *,
    create: bool = False,
    glance: bool = True,
    check_later: bool = False,
) -> Database:
    """The chosen (default) database, migrated, or read-only with ``--read-only`` (as a
    short ``glance`` unless the window keeps it open; the window also checks the file
    beside its first frame, ``check_later``).

    Only a command that writes passes ``create``: a reading command never makes a file
    where there was none (a typo in a path). Creating one, and a daily backup that had to
    be skipped, are said on stderr."""
    read_only = bool(getattr(args, "read_only", False))
    database = open_database(
        database_target(args),
        read_only=read_only,
        create=create,
        glance=glance,
        check_later=check_later,
    )
    announce(database, args)
    return database


def announce(database: Database, args: argparse.Namespace) -> None:
    """On stderr, in the command's language: that the opening created the file, and what
    it had to skip."""
    if database.created:
        print(rendered(message("cli.created", path=database.target.label), args), file=sys.stderr)
    for notice in database.notices:
        print_refusal(notice, args)


def open_store(
    args: argparse.Namespace,
    *,
    create: bool = False,
    glance: bool = True,
    check_later: bool = False,
) -> EventStore:
    """The sample in a temporary database, or the chosen (default) database."""
    from timeline.io.sample import open_sample_store

    if getattr(args, "sample", False):
        return open_sample_store()
    return EventStore(open_chosen(args, create=create, glance=glance, check_later=check_later))


def writes_unicode(stream: object) -> bool:
    """Whether ``stream`` writes any character: UTF-8 (or -16, -32), not ASCII (``LC_ALL=C``
    without UTF-8 mode) nor a Latin-9 terminal's encoding, which cannot write Arabic."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return codecs.lookup(encoding).name.startswith("utf")


def print_json_line(value: object) -> None:
    """One JSON line on standard output: in its own characters where the output writes
    them all, else every other one escaped as JSON escapes it (``\\u0645``), the same JSON."""
    print(json.dumps(value, ensure_ascii=not writes_unicode(sys.stdout)))
