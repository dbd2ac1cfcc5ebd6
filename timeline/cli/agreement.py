"""``agreement add|list|remove``: the agreements whose steps events are.

``agreement add ma-kz-trade --kind trade --parties MA KZ --title-en "Trade agreement"``
records an agreement (or corrects one: the same id again); ``add --agreement ma-kz-trade
--step signed`` then makes an event its signature. ``agreement list`` prints each agreement
with its thread as JSON lines (signed, in force, the days between, where it stands: as of
today, or ``--today``), or one line a person reads per agreement with ``--format text``.
"""

from __future__ import annotations

import argparse
from datetime import date

from timeline.cli.common import (
    TITLE_IN,
    add_commands,
    add_database_or_sample,
    add_reader_options,
    add_source_options,
    add_today_option,
    database_target,
    invalid,
    open_store,
    print_json_line,
    today_from,
)
from timeline.cli.words import help_text, rendered
from timeline.domain.agreements import (
    Agreement,
    AgreementKind,
    AgreementStep,
    AgreementThread,
    parse_agreement_id,
    parse_agreement_kind,
)
from timeline.domain.countries import parse_countries
from timeline.domain.datetext import DateFormat, in_digits, parse_date_style
from timeline.domain.errors import ValidationError
from timeline.domain.languages import LANGUAGES, field_separator, with_label
from timeline.domain.messages import message
from timeline.domain.records import agreement_to_record
from timeline.domain.status import still_to_come
from timeline.export.briefing_words import word
from timeline.store.agreements import (
    agreements_by_id,
    all_threads,
    delete_agreement,
    save_agreement,
)
from timeline.store.database import Target
from timeline.store.repository import EventStore


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("agreement", help=help_text(message("help.agreement")))
    actions = add_commands(parser, "action", "ACTION", required=True)
    add = actions.add_parser("add", help=help_text(message("help.agreement.add")))
    add.add_argument("id", metavar="ID", help=help_text(message("help.agreement_id")))
    add.add_argument("--kind", required=True, help=", ".join(k.value for k in AgreementKind))
    add.add_argument(
        "--parties",
        nargs="+",
        required=True,
        metavar="CODE",
        help=help_text(message("help.parties")),
    )
    for language in LANGUAGES:
        # None: not given, which a correction leaves as it was recorded.
        add.add_argument(f"--title-{language}", metavar="TEXT", help=help_text(TITLE_IN[language]))
    add_database_or_sample(add)
    add_reader_options(add)
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help=help_text(message("help.agreement.list")))
    add_source_options(listing, suppress=True)
    add_reader_options(listing)
    listing.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help=help_text(message("help.agreement_format")),
    )
    add_today_option(listing, message("help.today.agreements"))
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help=help_text(message("help.agreement.remove")))
    remove.add_argument("id", metavar="ID", help=help_text(message("help.agreement_known")))
    add_database_or_sample(remove)
    add_reader_options(remove)
    remove.set_defaults(handler=run_remove)


def agreement_from(args: argparse.Namespace, recorded: Agreement | None = None) -> Agreement:
    """The agreement the arguments describe, a title not given as ``recorded`` has it (a
    correction of the kind erased the titles not typed again); ValidationError names the
    wrong field."""
    titles = {
        f"title_{language}": (
            given
            if (given := getattr(args, f"title_{language}")) is not None
            else getattr(recorded, f"title_{language}", "")
        )
        for language in LANGUAGES
    }
    return Agreement(
        id=parse_agreement_id(args.id, "id"),
        kind=parse_agreement_kind(args.kind, "--kind"),
        parties=parse_countries(args.parties, "--parties"),
        **titles,
    ).ensure_valid()


#: The option that gives each field an agreement's rules name ("--parties:", not "parties:").
_OPTION_OF_FIELD = {
    "id": "ID",
    "kind": "--kind",
    "parties": "--parties",
    "title": "--title-ar/-en/-fr",
}


def _recorded(store: EventStore, args: argparse.Namespace) -> Agreement | None:
    """The agreement recorded under the id the arguments give (" ma-fr-y" is ma-fr-y:
    looked up as typed, it was not found, and the correction erased its titles)."""
    agreement_id = parse_agreement_id(args.id, "id")
    return agreements_by_id(store.database, [agreement_id]).get(agreement_id)


def _may_be_recorded(args: argparse.Namespace) -> bool:
    """Whether the database chosen may hold agreements already: not a file yet to create."""
    if getattr(args, "sample", False):
        return True
    path = Target.parse(database_target(args)).path
    return path is None or path.exists()


def run_add(args: argparse.Namespace) -> int:
    try:
        agreement_from(args)  # a wrong field opens nothing, and creates no database
    except ValidationError as error:
        # No title given: one recorded under the id is kept, where there may be one.
        if error.field != "title" or not _may_be_recorded(args):
            raise invalid(error, _OPTION_OF_FIELD) from error
    store = open_store(args, create=True)
    try:
        agreement = agreement_from(args, _recorded(store, args))
        new = save_agreement(store.database, agreement)
    except ValidationError as error:  # or a party its recorded steps name is left out
        store.database.discard()  # a database it created for nothing is not left behind
        raise invalid(error, _OPTION_OF_FIELD) from error
    finally:
        store.database.close()
    said = (
        message("cli.agreement_added", agreement=agreement.id)
        if new
        else message("cli.agreement_updated", agreement=agreement.id)
    )
    print(rendered(said, args))
    return 0


def thread_json(thread: AgreementThread, as_of: date) -> dict[str, object]:
    """The JSON line of ``agreement list``: the record, its steps and what those that took
    place by ``as_of`` add up to (an entry into force set for 2030 is not in force yet)."""
    signed, in_force, status = thread.signed(as_of), thread.in_force(as_of), thread.status(as_of)
    return {
        **agreement_to_record(thread.agreement),
        "steps": [
            {
                "event": step.event_id,
                "step": step.step.value,
                "party": step.party,
                "date": step.date.to_edtf(),
                "status": step.status.value,
            }
            for step in thread.steps
        ],
        "signed": signed.to_edtf() if signed else None,
        "in_force": in_force.to_edtf() if in_force else None,
        "days_to_force": thread.days_to_force(as_of),
        "status": status.value if status else None,
    }


def thread_line(thread: AgreementThread, fmt: DateFormat, as_of: date) -> str:
    """``ma-kz-visa-waiver — Morocco–Kazakhstan visa exemption agreement · Signed: 26
    September 2024 · In force: 19 March 2025 (174 days)``, in the reader's language; the
    days only once the entry into force took place by ``as_of``, and a step still to come
    then said to be expected, as the briefing says it ("In force: 1 January 2030
    (expected)")."""
    language = fmt.language
    parts = [f"{thread.agreement.id} — {in_digits(thread.agreement.title(language), fmt)}"]
    in_force = thread.first(AgreementStep.IN_FORCE, as_of)
    days = thread.days_to_force(as_of)
    for step in thread.steps:
        day = fmt.event_date(step.date)
        if still_to_come(step, as_of):
            day = word("expected_on", fmt, day=day)
        part = with_label(step.step.name_in(language, step.party), day, language)
        if step is in_force and days is not None:
            part += f" ({fmt.count(days, 'day')})"
        parts.append(part)
    return field_separator(language).join(parts)


def run_list(args: argparse.Namespace) -> int:
    as_of = today_from(args)
    store = open_store(args)
    try:
        threads = all_threads(store.database)
    finally:
        store.database.close()
    if args.format == "text":
        from timeline.settings import preferred_format

        style = parse_date_style(args.date_style) if args.date_style else None
        fmt = preferred_format(args.lang, style)
        for thread in threads:
            print(thread_line(thread, fmt, as_of))
        return 0
    for thread in threads:
        print_json_line(thread_json(thread, as_of))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        removed = delete_agreement(store.database, args.id)
    finally:
        store.database.close()
    print(rendered(message("cli.agreement_removed", agreement=removed.id), args))
    return 0
