"""``extract FILE``: the events an article proposes, as JSON lines; nothing is saved.

Each line has the keys of ``list`` (so the same scripts read both) and where it came from:
``span`` is the sentence, ``span_start``/``span_end`` its character offsets in the file,
``date_text`` the date expression read, ``gathering`` the session the sentence names
(``ipu-assembly-150``) or null.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from timeline.cli.common import UsageError, add_reader_options, invalid, print_json_line
from timeline.cli.listing import event_json
from timeline.cli.words import help_text
from timeline.domain.dateinput import not_a_typed_day, parse_user_date
from timeline.domain.dates import Precision
from timeline.domain.errors import ValidationError
from timeline.domain.extract.proposals import Proposal, extract
from timeline.domain.messages import message
from timeline.domain.system_words import system_reason


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("extract", help=help_text(message("help.extract")))
    parser.add_argument("file", metavar="FILE", help=help_text(message("help.article")))
    parser.add_argument(
        "--published",
        metavar="DAY",
        help=help_text(message("help.published").as_typed()),
    )
    add_reader_options(parser)
    parser.set_defaults(handler=run)


def proposal_json(proposal: Proposal) -> dict[str, object]:
    """The JSON line of one proposal: ``list``'s keys and the source text."""
    return {
        **event_json(proposal.to_event()),
        "span": proposal.sentence.text,
        "span_start": proposal.sentence.start,
        "span_end": proposal.sentence.end,
        "date_text": proposal.mention.span.text,
        "gathering": proposal.gathering.tag if proposal.gathering else None,
    }


def run(args: argparse.Namespace) -> int:
    published = _publication_day(args.published)
    text = _read(args.file)
    for proposal in extract(text, published).proposals:
        print_json_line(proposal_json(proposal))
    return 0


def _publication_day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        value = parse_user_date(text, "--published")
    except ValidationError as error:
        raise invalid(error) from error
    if value.precision is not Precision.DAY:
        raise invalid(not_a_typed_day("--published", text))
    return value.earliest()


def _read(name: str) -> str:
    """The article's text, UTF-8 whatever the locale, from a file or standard input alike
    (a byte-order mark at its start left out: the spans count from its first letter)."""
    try:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8-sig")
        return Path(name).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(message("import.not_utf8"), about=name) from None
    except OSError as error:
        raise UsageError(system_reason(error), about=name) from None
