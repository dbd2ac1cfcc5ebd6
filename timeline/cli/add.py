"""``add``: record one event from the command line, through the same rules as the editor.

It prints ``added event 12 (version 1)`` (in the language of ``--lang``), or with ``--json``
the event as ``list`` prints it. An event that looks like one already recorded is not added
(exit 3, the one it looks like said) unless ``--anyway`` is given.
"""

from __future__ import annotations

import argparse
import sys

from timeline.cli.common import (
    PLACE_IN,
    TITLE_IN,
    UsageError,
    add_database_or_sample,
    add_reader_options,
    invalid,
    open_store,
    print_json_line,
    print_notice,
)
from timeline.cli.listing import event_json, event_line, text_format
from timeline.cli.words import help_text, rendered
from timeline.domain.agreements import AgreementStep, parse_agreement_id, parse_agreement_step
from timeline.domain.characters import character_problem, line_problem
from timeline.domain.countries import parse_countries, parse_country
from timeline.domain.dateinput import in_hijri_unless_marked, not_a_typed_day, parse_user_date
from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.duplicates import candidates_filter, possible_duplicates
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Forms, Place, Source
from timeline.domain.kinds import EventKind, parse_kind
from timeline.domain.languages import LANGUAGES
from timeline.domain.messages import message
from timeline.domain.status import EventStatus, parse_status

#: The exit code when the event looks like one already recorded (as ``edit``'s conflict:
#: what is stored stands against it; ``--anyway`` adds it).
LOOKS_RECORDED = 3
#: The statuses ``--status`` takes, as its help lists them (``add``, ``edit``).
STATUSES = ", ".join(status.value for status in EventStatus)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "add",
        help=help_text(message("help.add", wrong=2, looks_recorded=LOOKS_RECORDED)),
    )
    add_database_or_sample(parser)
    add_reader_options(parser)
    parser.add_argument("--kind", required=True, help=", ".join(kind.value for kind in EventKind))
    parser.add_argument(
        "--countries",
        nargs="+",
        required=True,
        metavar="CODE",
        help=help_text(message("help.countries")),
    )
    parser.add_argument("--host", metavar="CODE", help=help_text(message("help.host")))
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", help=help_text(message("help.date").as_typed()))
    when.add_argument("--hijri", metavar="YYYY-MM-DD", help=help_text(message("help.hijri")))
    parser.add_argument("--end", help=help_text(message("help.end")))
    parser.add_argument(
        "--within",
        action="store_true",
        help=help_text(message("help.within")),
    )
    for language in LANGUAGES:
        parser.add_argument(
            f"--title-{language}",
            default="",
            metavar="TEXT",
            help=help_text(TITLE_IN[language]),
        )
    parser.add_argument("--summary", default="", help=help_text(message("help.summary")))
    parser.add_argument(
        "--place", default="", metavar="CITY", help=help_text(message("help.place"))
    )
    for language in LANGUAGES:
        parser.add_argument(
            f"--place-{language}",
            default="",
            metavar="CITY",
            help=help_text(PLACE_IN[language]),
        )
    parser.add_argument(
        "--place-country", metavar="CODE", help=help_text(message("help.place_country"))
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="URL",
        help=help_text(message("help.source")),
    )
    parser.add_argument("--outlet", default="", help=help_text(message("help.outlet")))
    parser.add_argument("--tag", action="append", default=[], help=help_text(message("help.tag")))
    parser.add_argument(
        "--status",
        default=EventStatus.HELD.value,
        help=help_text(message("help.status.add", statuses=STATUSES)),
    )
    add_step_options(parser)
    parser.add_argument(
        "--anyway",
        action="store_true",
        help=help_text(message("help.anyway")),
    )
    parser.add_argument("--json", action="store_true", help=help_text(message("help.json")))
    parser.set_defaults(handler=run)


def add_step_options(parser: argparse.ArgumentParser) -> None:
    """``--agreement ID --step STEP [--party CODE]``: the event is a step of an agreement
    (``agreement add`` records the agreement first)."""
    parser.add_argument(
        "--agreement",
        metavar="ID",
        help=help_text(message("help.step_of")),
    )
    parser.add_argument("--step", help=", ".join(step.value for step in AgreementStep))
    parser.add_argument("--party", metavar="CODE", help=help_text(message("help.party")))


def step_fields(args: argparse.Namespace) -> dict[str, object]:
    """The agreement fields the arguments give (``--agreement ""`` removes the event from its
    thread); ValidationError names a wrong one."""
    fields: dict[str, object] = {}
    if args.agreement is not None:
        fields["agreement_id"] = (
            parse_agreement_id(args.agreement, "--agreement") if args.agreement else None
        )
        if not args.agreement:
            fields["agreement_step"] = fields["agreement_party"] = None
    if args.step is not None:
        fields["agreement_step"] = parse_agreement_step(args.step, "--step") if args.step else None
    if args.party is not None:
        fields["agreement_party"] = parse_country(args.party, "--party") if args.party else None
    return fields


def hijri_day(text: str) -> FuzzyDate:
    """``--hijri``'s day, with its mark (هـ, AH) or without."""
    start = parse_user_date(in_hijri_unless_marked(text), "hijri")
    if start.precision is not Precision.DAY:
        raise not_a_typed_day("hijri", text)
    return start


def end_as_typed(args: argparse.Namespace) -> FuzzyDate | None:
    """``--end``'s date: after a Hijri day, an end with no mark is Hijri too (it was
    refused for want of one)."""
    ending = in_hijri_unless_marked(args.end) if args.hijri and args.end else args.end
    return parse_user_date(ending, "end") if ending else None


def typed_date(start: FuzzyDate, end: FuzzyDate | None, within: bool) -> EventDate:
    """The date of ``--date`` (or ``--hijri``), ``--end`` and ``--within``: an end before
    the start names the two in the reader's digits, the days read, as the editor does
    ("النهاية ٢٠٢٥/٠٣/٠١ قبل البداية ٢٠٢٥/٠٣/١٩"), not as a file's quoted text."""
    try:
        return EventDate(start, end, within=within)
    except ValidationError as error:
        raise error.in_figures() from error


def sources_given(args: argparse.Namespace) -> tuple[Source, ...]:
    """A source for each ``--source`` URL, from ``--outlet``; the outlet alone without one."""
    sources = tuple(Source(url=url, outlet=args.outlet) for url in args.source)
    return sources or ((Source(outlet=args.outlet),) if args.outlet else ())


#: The options that give one line of text each: a title and the place's names.
ONE_LINE = (
    *(f"title_{language}" for language in LANGUAGES),
    "place",
    *(f"place_{language}" for language in LANGUAGES),
)


def refuse_control_characters(args: argparse.Namespace) -> None:
    """ValidationError naming the first one-line option (:data:`ONE_LINE`) that holds a
    control character: a title read from a file kept its carriage return ("Visit\r"), and
    a line break split its label on the timeline; the window's fields take one line."""
    for name in ONE_LINE:
        problem = line_problem(getattr(args, name, None) or "")
        if problem is not None:
            raise ValidationError(name, problem)


def event_from(args: argparse.Namespace) -> Event:
    """The event the arguments describe; ValidationError names the wrong field."""
    refuse_control_characters(args)
    start = hijri_day(args.hijri) if args.hijri else parse_user_date(args.date, "date")
    end = end_as_typed(args)
    sources = sources_given(args)
    event = Event(
        kind=parse_kind(args.kind),
        countries=parse_countries(args.countries),
        host=parse_country(args.host, "host") if args.host else None,
        date=typed_date(start, end, args.within),
        title_ar=args.title_ar,
        title_en=args.title_en,
        title_fr=args.title_fr,
        summary=args.summary,
        place=Place(
            args.place,
            parse_country(args.place_country, "--place-country") if args.place_country else None,
            Forms(args.place_ar, args.place_en, args.place_fr),
        ),
        sources=sources,
        tags=tuple(args.tag),
        status=parse_status(args.status),
        **step_fields(args),  # type: ignore[arg-type]
    )
    return event.ensure_valid()


#: The option that gives each field an event's rules name: "--end: the end 2025-04-05 is
#: before the start", where the command line said "end:", and "agreement_party:" for --party.
OPTION_OF_FIELD = {
    "kind": "--kind",
    "countries": "--countries",
    "host": "--host",
    "date": "--date",
    "hijri": "--hijri",
    "end": "--end",
    "status": "--status",
    "title": "--title-ar/-en/-fr",
    **{f"title_{language}": f"--title-{language}" for language in LANGUAGES},
    "summary": "--summary",
    "place": "--place",  # its city (a wrong country code is said by --place-country)
    **{f"place_{language}": f"--place-{language}" for language in LANGUAGES},
    "sources": "--source",
    "tags": "--tag",
    "agreement": "--agreement",
    "agreement_id": "--agreement",
    "agreement_step": "--step",
    "agreement_party": "--party",
}


def invalid_option(error: ValidationError, args: argparse.Namespace) -> UsageError:
    """:func:`invalid`, naming the option that gave the field (``sources[2]``: the
    ``--source`` the message quotes; the place's: the one of its options that holds what
    no text has, where ``--place-ar`` was said to be ``--place``)."""
    return invalid(error, {**OPTION_OF_FIELD, "place": _place_option(args)})


def _place_option(args: argparse.Namespace) -> str:
    """The first of the place's options whose text no text has, else ``--place``."""
    for dest in ("place", "place_ar", "place_en", "place_fr"):
        if character_problem(getattr(args, dest, None) or "") is not None:
            return "--" + dest.replace("_", "-")
    return OPTION_OF_FIELD["place"]


def _say_looks_recorded(duplicates: list[Event], args: argparse.Namespace) -> None:
    """Nothing added, and the events it looks like, as ``list --format text`` writes them:
    a script that ran twice, or a second source of the same visit, added it twice (the
    window asks; an import skips what it already holds)."""
    print_notice(message("cli.looks_recorded"), args)
    for event in duplicates:
        print(f"  {event_line(event, text_format(args, event.countries))}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    try:
        event = event_from(args)
    except ValidationError as error:
        raise invalid_option(error, args) from error
    store = open_store(args, create=True)
    try:
        recorded = [] if args.anyway else store.find(candidates_filter(event))
        duplicates = possible_duplicates(event, recorded)
        if duplicates:
            _say_looks_recorded(duplicates, args)
            return LOOKS_RECORDED
        saved = store.add(event)
    except ValidationError as error:  # a step of an agreement that is not there
        raise invalid_option(error, args) from error
    finally:
        store.database.close()
    if args.json:
        print_json_line(event_json(saved))
    else:
        print(rendered(message("cli.event_added", event=saved.id, version=saved.version), args))
    return 0
