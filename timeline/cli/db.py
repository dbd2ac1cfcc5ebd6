"""``db upgrade|check|backup``: database maintenance."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.cli.common import PROGRAM, database_target
from timeline.store.database import head_revision, open_database


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("db", help="database maintenance")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (
        ("upgrade", "bring a database to the current schema"),
        ("check", "verify integrity and schema revision"),
        ("backup", "write a consistent copy (SQLite online backup)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("--database", metavar="PATH_OR_URL", default=argparse.SUPPRESS)
        if name == "backup":
            action.add_argument("--output", type=Path, metavar="PATH", help="the copy's path")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = database_target(args)
    if args.db_command == "upgrade":
        database = open_database(target)
        label, mode = database.target.label, database.journal_mode()
        print(f"{label}: at schema {database.revision()} ({mode} journal)")
        return 0
    database = open_database(target, upgrade=False)
    if args.db_command == "backup":
        print(database.backup(args.output))
        return 0
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
