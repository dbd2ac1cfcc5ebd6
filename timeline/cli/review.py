"""``review``: the events that need someone's attention, as JSON lines with the reason
(or, with ``--format text``, a line a person reads: ``list``'s line, then why).

An announced event whose date has passed is to be confirmed, and one recorded as held for a
day still to come corrected (the rules are the domain's, :mod:`timeline.domain.status`);
``edit ID --status held`` (or postponed, or cancelled) answers the first, ``edit ID --status
announced`` the second, and takes it off the list. Every one is printed: the window lists a
few of the second kind and counts the rest.
"""

from __future__ import annotations

import argparse

from timeline.cli.common import (
    add_filter_options,
    add_reader_options,
    add_source_options,
    add_today_option,
    event_filter_from,
    open_store,
    print_json_line,
    today_from,
)
from timeline.cli.listing import add_format_option, event_json, event_line, text_format
from timeline.cli.words import help_text, output_language
from timeline.domain.languages import field_separator
from timeline.domain.messages import message
from timeline.domain.status import needing_attention


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "review",
        help=help_text(message("help.review")),
    )
    add_source_options(parser, suppress=True)
    add_filter_options(parser)
    add_reader_options(parser)
    add_today_option(parser, message("help.today.review"))
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    event_filter = event_filter_from(args)
    today = today_from(args)
    language = output_language(args)
    store = open_store(args)
    try:
        events = store.find(event_filter)
    finally:
        store.database.close()
    if args.format == "text":
        fmt = text_format(args)
        separator = field_separator(fmt.language)
        for item in needing_attention(events, today):
            print(f"{event_line(item.event, fmt)}{separator}{item.reason_for(fmt)}")
        return 0
    for item in needing_attention(events, today):
        line = {
            **event_json(item.event),
            "reason_id": item.reason.id,
            "reason": item.reason.render(language),
        }
        print_json_line(line)
    return 0
