"""``import`` and ``export``: events in from files, and out to files.

``import`` prints each rejected row as ``FILE:LINE: FIELD: reason`` (on stderr), among them
in line order each row to check (a date whose year reads as Hijri), and a summary;
it exits 0 when every row was imported or already there, 1 when some rows were rejected (the
valid ones are imported unless ``--strict``) and 2 when the file cannot be read or its format
is unknown, in which case nothing is written.
"""

from __future__ import annotations

import argparse
import os
import sys
from operator import attrgetter
from pathlib import Path

from timeline.cli import briefing
from timeline.cli.common import (
    PROGRAM,
    UsageError,
    add_filter_options,
    add_reader_options,
    add_source_options,
    announce,
    database_target,
    event_filter_from,
    named_file,
    open_store,
    print_notice,
    print_refusal,
)
from timeline.cli.ending import INTERRUPTED
from timeline.cli.progress_bar import ExportBar, ProgressBar
from timeline.cli.words import counted, help_text, output_language, output_reader, rendered
from timeline.domain.languages import with_label
from timeline.domain.messages import message
from timeline.io.atomic import ExportError
from timeline.io.exporter import WRITERS, export_store
from timeline.io.importer import import_file, preview_file
from timeline.io.registry import READERS, detect_format
from timeline.io.rows import ImportCancelled, ImportFileError
from timeline.io.tally import Tally
from timeline.store.database import Database, Target, open_database


def register(commands: argparse._SubParsersAction) -> None:
    importing = commands.add_parser("import", help=help_text(message("help.import")))
    importing.add_argument(
        "file", type=Path, metavar="FILE", help=help_text(message("help.import_file"))
    )
    add_source_options(importing, suppress=True)
    add_reader_options(importing)
    importing.add_argument(
        "--format", choices=list(READERS), help=help_text(message("help.import_format"))
    )
    where = importing.add_mutually_exclusive_group()
    where.add_argument(
        "--pair", nargs=2, metavar=("A", "B"), help=help_text(message("help.import_pair"))
    )
    where.add_argument("--country", metavar="A", help=help_text(message("help.import_country")))
    importing.add_argument(
        "--dry-run", action="store_true", help=help_text(message("help.dry_run"))
    )
    importing.add_argument("--strict", action="store_true", help=help_text(message("help.strict")))
    importing.set_defaults(handler=run_import)

    exporting = commands.add_parser(
        "export",
        help=help_text(message("help.export")),
    )
    # Not a Path, which drops a trailing "/".
    exporting.add_argument("output", metavar="OUTPUT", help=help_text(message("help.output")))
    add_source_options(exporting, suppress=True)
    add_filter_options(exporting)
    briefing.add_options(exporting)
    exporting.set_defaults(handler=run_export)


def _database_for_preview(args: argparse.Namespace) -> Database | None:
    """The database to compare with, or None when its file does not exist yet (a dry run
    creates nothing)."""
    if not getattr(args, "sample", False):
        path = Target.parse(database_target(args)).path
        if path is not None and not path.exists():
            return None
    return _chosen_database(args)


def _chosen_database(args: argparse.Namespace) -> Database:
    """The database an import (or its dry run) works on: the chosen (default) one; with
    ``--sample`` the sample's temporary one, the user's file untouched, as every command
    promises; with ``--read-only`` the file opened read-only (no backup, no upgrade), which
    an import then refuses to write (it wrote, ignoring the option)."""
    if getattr(args, "sample", False):
        from timeline.io.sample import open_sample_store  # only here: it loads the sample

        return open_sample_store().database
    return open_database(database_target(args), read_only=bool(getattr(args, "read_only", False)))


def _report(outcome: Tally, new: str, args: argparse.Namespace) -> None:
    reader = output_reader(args)
    # The rows to check (a year that reads as Hijri) among the rejected ones, in line order.
    for row in sorted([*outcome.rejected, *outcome.doubtful], key=attrgetter("line")):
        print(row.in_language(reader.language, reader.digits), file=sys.stderr)
    print(outcome.summary(new, reader))


def _discard(database: Database | None) -> None:
    """A refused import leaves no new database behind ("nothing was written")."""
    if database is not None:
        database.discard()


def run_import(args: argparse.Namespace) -> int:
    scope = event_filter_from(args).countries
    database: Database | None = None
    bar = ProgressBar(reader=output_reader(args))
    try:
        fmt = args.format or detect_format(args.file)
        if args.dry_run:
            database = _database_for_preview(args)
            with bar:
                preview = preview_file(args.file, database, fmt, scope, bar.progress, bar.watch)
            _report(preview, "to-add", args)
            return 1 if preview.rejected else 0
        database = _chosen_database(args)
        with bar:
            result = import_file(
                database, args.file, fmt, scope, bar.progress, args.strict, bar.watch
            )
    except ImportFileError as error:
        _discard(database)
        reader = output_reader(args)
        said = error.in_language(reader.language, reader.digits)
        print(f"{PROGRAM}: {said}", file=sys.stderr)
        return 2
    except (ImportCancelled, KeyboardInterrupt):
        _discard(database)  # first: the line after it may fail (a terminal gone)
        print_notice(message("cli.import_cancelled"), args)
        return INTERRUPTED
    finally:
        if database is not None:
            database.close()
    if not getattr(args, "sample", False):  # the sample's file is made and gone unsaid
        announce(database, args)
    _report(result, "added", args)
    if not result.written:
        print(rendered(message("cli.strict_rejected"), args))
    return 1 if result.rejected else 0


def run_export(args: argparse.Namespace) -> int:
    args.output = named_file(args.output, "OUTPUT")
    if os.path.isdir(args.output):  # whatever its name: a folder "timeline" was of no format
        print_refusal(ExportError(message("export.is_a_folder"), about=args.output), args)
        return 1
    if args.output.suffix.lower() in briefing.FORMATS:
        return briefing.run(args)
    event_filter = event_filter_from(args)
    if args.output.suffix.lower() not in WRITERS:
        known = ", ".join((*WRITERS, *briefing.FORMATS))
        raise UsageError(message("usage.unknown_format", known=known), about=args.output)
    briefing.refuse_options_unused(args)
    store = open_store(args)
    try:
        with ExportBar(reader=output_reader(args)) as bar:
            count = export_store(store, args.output, event_filter, bar.progress)
    except ExportError as error:
        print_refusal(error, args)
        return 1
    except KeyboardInterrupt:
        print_notice(message("cli.export_cancelled"), args)
        return INTERRUPTED
    finally:
        store.database.close()
    print(with_label(str(args.output), counted(count, args), output_language(args)))
    return 0
