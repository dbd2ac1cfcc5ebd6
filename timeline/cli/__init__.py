"""The command line: the window by default, and subcommands for scripts.

Errors are one line naming the file and the reason, with a non-zero exit code: 2 for bad
arguments, 1 for a database that cannot be used. Each subcommand lives in its own module
with a ``register(commands)`` function.
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import sys
from collections.abc import Sequence

from timeline import __version__
from timeline.cli import (
    add,
    agreement,
    data,
    db,
    edit,
    extract,
    link,
    listing,
    review,
    unlink,
    window,
)
from timeline.cli.common import (
    PROGRAM,
    UsageError,
    add_commands,
    add_filter_options,
    add_reader_options,
    add_source_options,
    add_today_option,
    print_refusal,
    writes_unicode,
)
from timeline.cli.ending import INTERRUPTED, ending_as_interrupts
from timeline.cli.words import (
    HelpFormatter,
    argparse_speaking,
    help_in,
    help_text,
    output_reader,
    parsers_of,
    reader_asked,
)
from timeline.domain.messages import message
from timeline.store.errors import StoreError

SUBCOMMANDS = (db, listing, add, edit, link, unlink, agreement, review, data, extract)


def build_parser() -> argparse.ArgumentParser:
    """The program's arguments, their help in English (:func:`~timeline.cli.words.help_in`
    says it in the reader's language; :func:`~timeline.cli.words.argparse_speaking`
    argparse's own words)."""
    # What every command's exit code means, at the foot of each ``--help`` (a script's
    # ``case $?`` had to read the code to learn that 3 is a conflict).
    exit_codes = help_text(
        message(
            "help.exit_codes",
            done=0,
            not_done=1,
            wrong=2,
            conflict=3,
            hang_up=129,
            interrupted=INTERRUPTED,
            stopped=143,
        )
    )
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=help_text(message("help.program")),
        epilog=exit_codes,
        formatter_class=HelpFormatter,
    )
    # Python 3.11 says --version's help in English whatever its gettext says.
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=help_text(message("argparse.version")),
    )
    # The program's options are the window's and every command's: "options de la commande"
    # belongs under a command's.
    parser._optionals.title = help_text(message("argparse.global_options"))
    add_source_options(parser, suppress=False)
    window.add_window_options(parser)
    add_reader_options(parser)
    add_filter_options(parser, suppress=False)
    add_today_option(parser, message("help.today.window"), suppress=False)
    parser.set_defaults(handler=window.run, lang=None, date_style=None)
    commands = add_commands(parser, "command", "COMMAND")
    for module in SUBCOMMANDS:
        module.register(commands)
    for command in itertools.islice(parsers_of(parser), 1, None):
        command.epilog = exit_codes
        command.formatter_class = HelpFormatter
    return parser


def _writable_whatever_the_locale() -> None:
    """Standard output in a locale that cannot write Arabic (``LC_ALL=C`` without UTF-8
    mode, a Latin-9 terminal): what it cannot write is escaped (``\\u0645``), as Python
    does on standard error, rather than the command ending in a traceback at the first
    Arabic title or at "…" in its help (JSON lines escape it themselves: print_json_line)."""
    if isinstance(sys.stdout, io.TextIOWrapper) and not writes_unicode(sys.stdout):
        sys.stdout.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stderr is None:  # closed (``2>&-``): Python would print its messages on stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    _writable_whatever_the_locale()
    given = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    asked = reader_asked(given, parser)
    help_in(parser, asked)
    with argparse_speaking(asked):
        args = parser.parse_args(given)
    try:
        if args.handler is window.run:  # the window closes itself on them
            return int(args.handler(args))
        with ending_as_interrupts() as ending:
            try:
                return ending.exit_code(int(args.handler(args)))
            except KeyboardInterrupt:  # a command without its own cleanup: quietly
                return ending.exit_code(INTERRUPTED)
    except UsageError as error:
        reader = output_reader(args)
        reason = error.in_language(reader.language, reader.digits, reader.fuzzy)
        said = message("usage.error", program=PROGRAM, reason=reason)
        parser.exit(2, f"{said.render(reader.language)}\n")
    except StoreError as error:
        print_refusal(error, args)
        return 1
    except BrokenPipeError:
        # The reader went away (``list | head``): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
