"""``link A B --as KIND``: say how two events are linked (event A is KIND event B).

``link 12 4 --as outcome-of``: the agreement 12 came out of the visit 4. It prints
``linked event 12 to event 4 (outcome-of)``, or ``… already`` when the link was there (in
the language of ``--lang``: "événement 12 lié à l’événement 4 (lien « Résultat de »)").
"""

from __future__ import annotations

import argparse

from timeline.cli.common import add_database_or_sample, add_reader_options, invalid, open_store
from timeline.cli.words import help_text, rendered
from timeline.domain.errors import ValidationError
from timeline.domain.languages import LANGUAGES
from timeline.domain.links import EventLink, LinkKind, link_label, parse_link_kind
from timeline.domain.messages import message
from timeline.store.links import add_link


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("link", help=help_text(message("help.link")))
    add_link_arguments(parser)
    parser.set_defaults(handler=run)


def add_link_arguments(parser: argparse.ArgumentParser) -> None:
    """``A B --as KIND [--database …] [--lang …]``, for ``link`` and ``unlink``."""
    parser.add_argument(
        "source", type=int, metavar="A", help=help_text(message("help.link_source"))
    )
    parser.add_argument("target", type=int, metavar="B", help=help_text(message("help.linked_to")))
    parser.add_argument(
        "--as",
        dest="kind",
        required=True,
        metavar="KIND",
        help=", ".join(kind.value for kind in LinkKind),
    )
    add_database_or_sample(parser)
    add_reader_options(parser)


#: A link's rules name both events in their own words, so no option is named before them:
#: "link:", the rules' name of the field, stood there, in English in every language.
_RULES_NAME_NOTHING = {"link": ""}


def run(args: argparse.Namespace) -> int:
    try:
        link = EventLink(args.source, args.target, parse_link_kind(args.kind, "--as"))
        link.ensure_valid()
    except ValidationError as error:
        raise invalid(error, _RULES_NAME_NOTHING) from error
    store = open_store(args)
    try:
        added = add_link(store.database, link)
    except ValidationError as error:  # an outcome or follow-up before what it comes of
        raise invalid(error, _RULES_NAME_NOTHING) from error
    finally:
        store.database.close()
    said = (
        message("cli.linked", **link_values(link))
        if added
        else message("cli.already_linked", **link_values(link))
    )
    print(rendered(said, args))
    return 0


def link_values(link: EventLink) -> dict[str, object]:
    """What ``link`` and ``unlink`` name: the two events, and the kind as the window names
    it ("Résultat de", "ثمرة"); in English as ``--as`` writes it (``outcome-of``), the
    words scripts have read from the start."""
    kinds = {language: link_label(link, link.source, language) for language in LANGUAGES}
    return {"source": link.source, "target": link.target, "kind": {**kinds, "en": link.kind.value}}
