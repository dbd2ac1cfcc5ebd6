"""``export OUTPUT.pdf|png|svg``: the briefing or the timeline drawing, with no display.

For scheduled briefings: it runs offscreen, exits 0 when the file is written, 1 when it
cannot be (one line naming the file and why; an existing file is left as it was) and 2 for
bad arguments. The ``export`` command itself is :mod:`timeline.cli.data`'s; it hands these
suffixes over here. Qt is imported only when a briefing is asked for, so that every other
command starts as quickly as before.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.cli.common import (
    PROGRAM,
    UsageError,
    add_reader_options,
    add_today_option,
    event_filter_from,
    open_store,
    print_notice,
    print_refusal,
    shown_countries,
    today_from,
)
from timeline.cli.ending import INTERRUPTED
from timeline.cli.words import counted, help_text, output_language
from timeline.domain.datetext import DateFormat, parse_date_style
from timeline.domain.languages import language_names, list_separator, with_label
from timeline.domain.messages import Message, message
from timeline.domain.status import shown_statuses
from timeline.domain.view_state import ViewState
from timeline.export.briefing_formats import (
    DPI_RANGE,
    FORMATS,
    MAX_PAGES_WIDE,
    PAGE_NAMES,
    SUMMARY_ABOVE,
    TABLE_MODES,
)

if TYPE_CHECKING:
    from timeline.export.briefing_export import ExportRequest

__all__ = ["FORMATS", "add_options", "refuse_options_unused", "run"]

#: A PNG's resolution where ``--dpi`` does not say it.
DPI = 150


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of a briefing, beside the data export's own. They are kept with the
    parsed arguments (``briefing_options``), so that one a file has no use for is refused
    by its name rather than ignored."""
    add_reader_options(parser)
    group = parser.add_argument_group(help_text(message("help.briefing")))
    options: list[argparse.Action] = []
    options.append(
        group.add_argument(
            "--pages-wide",
            type=int,
            default=1,
            metavar="N",
            help=help_text(message("help.pages_wide", default=1)),
        )
    )
    options.append(
        group.add_argument(
            "--page", choices=PAGE_NAMES, default="A4", help=help_text(message("help.page"))
        )
    )
    orientation = group.add_mutually_exclusive_group()
    orientation.add_argument(
        "--landscape",
        dest="landscape",
        action="store_true",
        default=True,
        help=help_text(message("help.landscape")),
    )
    options.append(
        orientation.add_argument(
            "--portrait",
            dest="landscape",
            action="store_false",
            help=help_text(message("help.portrait")),
        )
    )
    options.append(
        group.add_argument(
            "--title",
            help=help_text(message("help.title")),
        )
    )
    options.append(
        group.add_argument(
            "--marking",
            default="",
            metavar="TEXT",
            help=help_text(message("help.marking")),
        )
    )
    options.append(
        group.add_argument(
            "--table",
            choices=TABLE_MODES,
            help=help_text(message("help.table", above=SUMMARY_ABOVE)),
        )
    )
    options.append(
        group.add_argument(
            "--dpi",
            type=int,
            default=DPI,
            metavar="N",
            help=help_text(message("help.dpi", dpi=DPI)),
        )
    )
    # Not among ``options``: given before the command, as a filter may be, it is the
    # window's own, which the command cannot tell from its own.
    add_today_option(group, message("help.today.briefing"))
    options.append(
        group.add_argument(
            "--include-cancelled",
            action="store_true",
            help=help_text(message("help.include_cancelled")),
        )
    )
    parser.set_defaults(briefing_options=tuple(options))


def _unused(option: str, suffix: str) -> Message | None:
    """Why a file ending in ``suffix`` has no use for the briefing's ``option``, if so."""
    if suffix not in FORMATS:
        return message("usage.briefing_only", format=suffix[1:].upper())
    if option == "--pages-wide" and suffix != ".pdf":
        return message("usage.pages_wide_pdf_only")
    if option == "--table" and suffix != ".pdf":
        return message("usage.table_pdf_only")
    if option == "--dpi" and suffix != ".png":
        return message("usage.dpi_png_only")
    return None


def refuse_options_unused(args: argparse.Namespace) -> None:
    """UsageError for the first briefing option given that OUTPUT's kind of file has no use
    for: a CSV's ``--title`` or an SVG's ``--dpi`` was silently ignored."""
    for option in args.briefing_options:
        if getattr(args, option.dest, None) in (None, option.default):
            continue  # not given, or given as its default, which changes nothing
        name = option.option_strings[0]
        if (reason := _unused(name, args.output.suffix.lower())) is not None:
            raise UsageError(reason, about=name)


def _request(args: argparse.Namespace) -> ExportRequest:
    from timeline.export.briefing_export import ExportRequest
    from timeline.export.page_setup import PageSetup
    from timeline.settings import preferred_date_style, preferred_language

    if not 1 <= args.pages_wide <= MAX_PAGES_WIDE:
        raise UsageError(
            message("usage.pages_wide_range", least=1, most=MAX_PAGES_WIDE), about="--pages-wide"
        )
    refuse_options_unused(args)
    low, high = DPI_RANGE
    if not low <= args.dpi <= high:
        raise UsageError(message("usage.between", low=low, high=high), about="--dpi")
    shown = shown_statuses(cancelled=args.include_cancelled)
    event_filter = replace(event_filter_from(args), statuses=shown)
    order = shown_countries(args) if args.pair else ()
    style = (
        parse_date_style(args.date_style)
        if args.date_style
        else preferred_date_style(shown_countries(args))
    )
    view = ViewState(
        event_filter, DateFormat(language=args.lang or preferred_language(), style=style), order
    )
    return ExportRequest(
        view,
        title=args.title or "",
        marking=args.marking,
        table=args.table or "auto",
        page=PageSetup(args.page, args.landscape),
        pages_wide=args.pages_wide,
        dpi=args.dpi,
        generated=today_from(args),
    )


def run(args: argparse.Namespace) -> int:
    request = _request(args)
    # Fonts and painting need a GUI application, never a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from timeline.export.briefing_export import export_file
    from timeline.export.briefing_names import lacking_language
    from timeline.io.atomic import ExportError
    from timeline.io.progress import ExportCancelled

    _app = QApplication.instance() or QApplication([PROGRAM])  # kept alive while painting
    store = open_store(args)
    try:
        count, pages = export_file(store, args.output, request)
        lacking = lacking_language(store, request.view.event_filter, request.view.fmt.language)
    except ExportError as error:
        print_refusal(error, args)
        return 1
    except (ExportCancelled, KeyboardInterrupt):
        print_notice(message("cli.export_cancelled"), args)
        return INTERRUPTED
    finally:
        store.database.close()
    style = request.view.fmt.style  # counted in the briefing's digits
    if lacking:
        events = counted(len(lacking), args, style=style)
        language = language_names(request.view.fmt.language)
        print_notice(message("cli.lacking_language", count=events, language=language), args)
    separator = list_separator(output_language(args))
    on = f"{separator}{counted(pages, args, 'page', style)}" if pages else ""  # 0: a picture
    said = f"{counted(count, args, style=style)}{on}"
    print(with_label(str(args.output), said, output_language(args)))
    return 0
