"""No command: the window, or with ``--screenshot`` a PNG, JPEG or WebP image of it."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from timeline.cli.common import (
    UsageError,
    database_target,
    event_filter_from,
    given_database,
    invalid,
    open_store,
    print_refusal,
    shown_countries,
    today_from,
)
from timeline.cli.words import help_text, output_reader
from timeline.domain.dateinput import parse_user_date
from timeline.domain.datetext import parse_date_style
from timeline.domain.errors import ValidationError
from timeline.domain.messages import Message, message
from timeline.domain.period import MAX_SPAN_DAYS, MIN_SPAN_DAYS
from timeline.store.database import Target
from timeline.store.errors import StoreError
from timeline.store.repository import EventStore

#: The least and the greatest side of a window for ``--screenshot``, in pixels.
SIDES = (200, 10000)


def window_size(args: argparse.Namespace) -> tuple[int, int]:
    """``--size`` WxH, said in the command's language where it is wrong: read by argparse,
    it was refused in English whatever ``--lang``."""
    text = args.size
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise UsageError(message("usage.not_a_size", text=text).as_typed(), about="--size")
    value = int(width), int(height)
    least, most = SIDES
    if not all(least <= side <= most for side in value):
        said = message("usage.size_range", least=least, most=output_reader(args).number(most))
        raise UsageError(said, about="--size")
    return value


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="IMAGE",
        help=help_text(message("help.screenshot")),
    )
    parser.add_argument(
        "--centre",
        metavar="DATE",
        help=help_text(message("help.centre")),
    )
    parser.add_argument(
        "--days",
        type=float,
        metavar="N",
        help=help_text(message("help.days")),
    )
    parser.add_argument(
        "--describe",
        type=Path,
        metavar="JSON",
        help=help_text(message("help.describe")),
    )
    parser.add_argument(
        "--size",
        default="1600x900",
        metavar="WxH",
        help=help_text(message("help.size").as_typed()),
    )


def run(args: argparse.Namespace) -> int:
    if args.screenshot is not None:
        # Render without a display: for docs, tests and anyone checking a change.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        from timeline.ui.signals import catch_exit_signals

        catch_exit_signals()  # Ctrl+C in the terminal: a clean close, exit code 130
    event_filter = event_filter_from(args)
    centre = None
    if args.centre is not None:  # "" too: said missing, as an empty --from is
        try:
            centre = parse_user_date(args.centre, "--centre").earliest()
        except ValidationError as error:
            raise invalid(error) from error
    # A day given stays the window's today; else its clock is the computer's, asked afresh
    # (a window may stay open past midnight).
    given = today_from(args) if args.today is not None else None
    if args.describe is not None and args.screenshot is None:
        raise UsageError(message("usage.only_with", option="--screenshot"), about="--describe")
    if args.days is not None and not MIN_SPAN_DAYS <= args.days <= MAX_SPAN_DAYS:
        # The view's own bounds: half a day was accepted and showed a whole one.
        reader = output_reader(args)
        most = reader.number(int(MAX_SPAN_DAYS))  # "73,048", "73 048"
        said = message("usage.days_range", least=1, most=most)
        raise UsageError(said, about="--days")
    if args.days is not None and centre is None:  # it was left unread
        raise UsageError(message("usage.only_with", option="--centre"), about="--days")
    shot_size = window_size(args)
    from timeline.io.sample import open_sample_store
    from timeline.settings import preferred_format
    from timeline.ui.app import (
        Shot,
        application,
        run_window,
        screenshot_format,
    )
    from timeline.ui.open_error_dialog import recover_from_open_error

    image_format = screenshot_format(args.screenshot) if args.screenshot else None
    if args.screenshot is not None and image_format is None:
        raise UsageError(message("usage.not_an_image"), about=f"--screenshot: {args.screenshot}")
    given_database(args)  # an empty one said before the application starts, as the others

    style = parse_date_style(args.date_style) if args.date_style else None
    fmt = preferred_format(args.lang, style, shown_countries(args))
    application(fmt.language)
    try:
        # The window creates its own default file on first start; a path someone typed,
        # or a screenshot, only ever opens what is there.
        shot = args.screenshot is not None
        store = open_store(
            args, create=not args.database and not shot, glance=shot, check_later=not shot
        )
    except StoreError as error:
        # One line for scripts and logs, in --lang as every command's (it was English);
        # people also get the open-error dialog, which offers the next step.
        print_refusal(error, args)
        if args.screenshot is not None or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return 1
        # A person is there: say which file and why, and offer the sensible next step. A
        # data folder that cannot be made has no file: another one, or a new one elsewhere
        # (it was said on stderr alone, and no window came).
        try:
            path = Target.parse(database_target(args)).path
        except StoreError as no_folder:
            from timeline.settings import DATABASE_NAME, data_folder

            path = data_folder() / DATABASE_NAME  # where it would be: a new one elsewhere
            if isinstance(no_folder.detail, Message):  # the window has buttons, no --database
                values = no_folder.detail.values
                error = StoreError(message("store.data_folder_not_made_window", **values))
        database = recover_from_open_error(error, path, fmt=fmt)
        if database is None:
            return 1
        store = EventStore(database)
    return run_window(
        store,
        fmt,
        open_sample_store,
        bool(args.sample),
        event_filter,
        tuple(code.upper() for code in args.pair or ()),
        Shot(args.screenshot, image_format, shot_size, args.describe) if image_format else None,
        today=(lambda: given) if given else date.today,
        centre=centre,
        days=args.days,
    )
