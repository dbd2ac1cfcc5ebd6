"""``unlink A B --as KIND``: remove the link ``link A B --as KIND`` made.

It prints ``unlinked event 12 from event 4 (outcome-of)``, or ``… was not linked`` (exit 0:
the link is not there either way), in the language of ``--lang``.
"""

from __future__ import annotations

import argparse

from timeline.cli.common import invalid, open_store
from timeline.cli.link import add_link_arguments, link_values
from timeline.cli.words import help_text, rendered
from timeline.domain.errors import ValidationError
from timeline.domain.links import EventLink, parse_link_kind
from timeline.domain.messages import message
from timeline.store.links import remove_link


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("unlink", help=help_text(message("help.unlink")))
    add_link_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        link = EventLink(args.source, args.target, parse_link_kind(args.kind, "--as"))
    except ValidationError as error:
        raise invalid(error) from error
    store = open_store(args)
    try:
        removed = remove_link(store.database, link)
    finally:
        store.database.close()
    said = (
        message("cli.unlinked", **link_values(link))
        if removed
        else message("cli.not_linked", **link_values(link))
    )
    print(rendered(said, args))
    return 0
