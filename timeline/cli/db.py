"""``db upgrade|check|backup|backups|restore``: database maintenance.

``check`` never writes: it names the first thing wrong with the file in one line (empty,
damaged, not ours, too new, read-only, locked, needing an upgrade) and exits 1, so that a
script can tell a sound file from every kind of bad one.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable

from timeline.cli.common import (
    PROGRAM,
    UsageError,
    add_commands,
    add_database_option,
    add_read_only_option,
    add_reader_options,
    announce,
    database_target,
    named_file,
    print_refusal,
)
from timeline.cli.words import counted, help_text, output_language, output_reader, rendered
from timeline.domain.direction import slashed
from timeline.domain.languages import with_label
from timeline.domain.messages import Message, message
from timeline.io.atomic import ExportError, folder_problem
from timeline.store.backups import (
    MANUAL,
    backups_dir,
    list_backups,
    new_backup_path,
    reason_said,
)
from timeline.store.backups import restore_backup as restore_file
from timeline.store.database import Target, backup_sqlite_file, head_revision, open_database
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore
from timeline.store.sqlitefile import inspect_file, missing_database

ACTIONS = (
    ("upgrade", message("help.db.upgrade")),
    ("check", message("help.db.check")),
    ("backup", message("help.db.backup")),
    ("backups", message("help.db.backups")),
    ("restore", message("help.db.restore")),
)

#: The actions that only read the database: they never create it, and may open it read-only.
READING = ("check", "backup")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("db", help=help_text(message("help.db")))
    actions = add_commands(parser, "db_command", "ACTION", required=True)
    for name, said in ACTIONS:
        action = actions.add_parser(name, help=help_text(said))
        add_database_option(action)
        add_reader_options(action)
        if name in READING:
            add_read_only_option(action)
        if name == "backup":
            action.add_argument(
                "--output", metavar="PATH", help=help_text(message("help.copy_path"))
            )
        if name == "restore":
            action.add_argument("backup", metavar="BACKUP", help=help_text(message("help.backup")))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "sample", False):  # it checked, backed up and restored the user's file
        raise UsageError(message("usage.sample_has_no_file"), about="db")
    if getattr(args, "read_only", False) and args.db_command in ("upgrade", "restore"):
        # It promises "nothing written": the upgrade and the restore went ahead all the same.
        command = f"db {args.db_command}"
        raise UsageError(message("usage.writes_the_database", command=command), about="--read-only")
    value = database_target(args)
    target = Target.parse(value)
    if args.db_command == "upgrade":
        database = open_database(value)
        announce(database, args)
        revision = database.revision()
        said = (
            message("db.at_schema_journal", revision=revision, journal=database.journal_mode())
            if database.is_sqlite
            else message("db.at_schema", revision=revision)
        )
        _say(database.target.label, said, args)
        database.close()
        return 0
    if args.db_command == "check":
        return check(value, args)
    path = target.path
    if path is None:
        raise StoreError(message("store.backup_server"), about=target.label)
    if args.db_command == "backup":
        output = named_file(args.output, "--output") if args.output is not None else None
        if not path.exists():
            raise missing_database(path)
        inspect_file(path, for_writing=False)  # never copy a file we do not understand
        if output is not None and (problem := folder_problem(output)) is not None:
            # As export says it: the folders a typo named were made, the copy put in them.
            print_refusal(ExportError(problem, about=output), args)
            return 1
        print(backup_sqlite_file(path, output or new_backup_path(path, MANUAL)))
    elif args.db_command == "backups":
        reader = output_reader(args)
        for info in list_backups(path):
            events = (
                rendered(message("cli.backup_unreadable"), args)
                if info.events is None
                else counted(info.events, args)
            )
            reason = rendered(reason_said(info.reason), args)
            # Year first, with slashes in Arabic-Indic digits, whose hyphens turn it round.
            taken = slashed(reader.digits(f"{info.taken:%Y-%m-%d %H:%M:%S}"))
            print(f"{taken}  {reason}  {events}  {info.path}")
    else:
        backup = named_file(args.backup, "BACKUP")  # "" was the folder ".", said to be one
        if not backup.exists() and (backups_dir(path) / backup).exists():
            backup = backups_dir(path) / backup
        kept = restore_file(path, backup)
        restored = (
            message("db.restored_kept", backup=backup, kept=kept)
            if kept
            else message("db.restored", backup=backup)
        )
        _say(str(path), restored, args)
    return 0


def _say(label: str, said: Message, args: argparse.Namespace) -> None:
    """``label: said`` on the standard output, in the reader's language and digits."""
    print(with_label(label, rendered(said, args), output_language(args)))


def check(value: str, args: argparse.Namespace) -> int:
    """0 and ``ok`` for a sound file at the current schema; else one line and 1. With
    ``--read-only``, a file that may not be written is checked too. Nothing is written, not
    even SQLite's ``-wal``/``-shm`` beside a file that had none."""
    read_only = bool(getattr(args, "read_only", False))
    head = head_revision()
    path = Target.parse(value).path
    if path is not None:
        if not path.exists():
            raise missing_database(path)
        revision = inspect_file(path, for_writing=not read_only)
        if revision != head:
            return _needs_upgrade(str(path), str(path), revision, head, args)
    database = open_database(value, upgrade=False, read_only=path is not None, glance=True)
    try:
        label, revision = database.target.label, database.revision()
        if revision != head:
            return _needs_upgrade(label, database.target.address, revision, head, args)
        problems = database.integrity_problems()
        if problems:  # SQLite's own report, for whoever repairs the file
            reason = message("store.damaged", problem=problems[0])
            print(StoreError(reason, about=label).in_language(*_reader(args)), file=sys.stderr)
            return 1
        count = EventStore(database).count()
    finally:
        database.close()
    _say(label, message("db.ok", revision=revision, count=counted(count, args)), args)
    return 0


def _needs_upgrade(
    label: str, address: str, revision: str | None, head: str, args: argparse.Namespace
) -> int:
    """One line saying so, and the command that upgrades this database (without its
    ``--database``, the default file; a server's ``address`` without its password), and
    1; a server with no tables yet has no schema ("schema None needs an upgrade" was
    said)."""
    command = f"{PROGRAM} db upgrade"
    if getattr(args, "database", None):
        command += f" --database {shlex.quote(address)}"
    said = (
        message("db.no_schema", command=command)
        if revision is None
        else message("db.needs_upgrade", revision=revision, head=head, command=command)
    )
    print(StoreError(said, about=label).in_language(*_reader(args)), file=sys.stderr)
    return 1


def _reader(args: argparse.Namespace) -> tuple[str, Callable[[str], str]]:
    reader = output_reader(args)
    return reader.language, reader.digits
