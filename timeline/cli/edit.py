"""``edit ID``: correct one event from a script, through the same rules as the editor.

Exit 0 prints the event's new version; 3 is a conflict (someone saved the event since the
version given with ``--if-version``, or since it was read), and nothing is written; 2 is a
field the editor would refuse; 1 a database that cannot be used or an event that is gone.
A batch of corrections pins each edit to the version a fresh ``list`` showed, so that no
colleague's change is overwritten unseen.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from timeline.cli.add import (
    STATUSES,
    add_step_options,
    end_as_typed,
    hijri_day,
    invalid_option,
    refuse_control_characters,
    sources_given,
    step_fields,
    typed_date,
)
from timeline.cli.common import (
    PLACE_IN,
    TITLE_IN,
    UsageError,
    add_database_or_sample,
    add_reader_options,
    open_store,
    print_refusal,
)
from timeline.cli.words import help_text
from timeline.domain.countries import parse_countries, parse_country
from timeline.domain.dateinput import parse_user_date
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Place
from timeline.domain.kinds import EventKind, parse_kind
from timeline.domain.languages import LANGUAGES
from timeline.domain.messages import message
from timeline.domain.places import complete, find_place
from timeline.domain.status import parse_status
from timeline.store.errors import ConflictError

CONFLICT = 3


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("edit", help=help_text(message("help.edit", conflict=CONFLICT)))
    parser.add_argument("id", type=int, metavar="ID", help=help_text(message("help.event_id")))
    add_database_or_sample(parser)
    add_reader_options(parser)
    parser.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help=help_text(message("help.if_version", conflict=CONFLICT)),
    )
    parser.add_argument("--kind", help=", ".join(kind.value for kind in EventKind))
    parser.add_argument(
        "--countries", nargs="+", metavar="CODE", help=help_text(message("help.countries"))
    )
    parser.add_argument("--host", metavar="CODE", help=help_text(message("help.host")))
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--date", help=help_text(message("help.date").as_typed()))
    when.add_argument("--hijri", metavar="YYYY-MM-DD", help=help_text(message("help.hijri")))
    parser.add_argument("--end", help=help_text(message("help.end.edit")))
    span = parser.add_mutually_exclusive_group()
    span.add_argument(
        "--within",
        dest="within",
        action="store_const",
        const=True,
        help=help_text(message("help.within.edit")),
    )
    span.add_argument(
        "--lasted",
        dest="within",
        action="store_const",
        const=False,
        help=help_text(message("help.lasted")),
    )
    for language in ("ar", "en", "fr"):
        parser.add_argument(
            f"--title-{language}", metavar="TEXT", help=help_text(TITLE_IN[language])
        )
    parser.add_argument("--summary", help=help_text(message("help.summary")))
    parser.add_argument("--place", metavar="CITY", help=help_text(message("help.place.edit")))
    for language in LANGUAGES:
        parser.add_argument(
            f"--place-{language}", metavar="CITY", help=help_text(PLACE_IN[language])
        )
    parser.add_argument(
        "--place-country", metavar="CODE", help=help_text(message("help.place_country"))
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="URL",
        help=help_text(message("help.source.add")),
    )
    parser.add_argument("--outlet", default="", help=help_text(message("help.outlet.edit")))
    parser.add_argument(
        "--drop-source",
        action="append",
        default=[],
        metavar="URL",
        help=help_text(message("help.source.drop")),
    )
    parser.add_argument(
        "--tag", action="append", default=[], help=help_text(message("help.tag.add"))
    )
    parser.add_argument(
        "--drop-tag",
        action="append",
        default=[],
        metavar="TAG",
        help=help_text(message("help.tag.drop")),
    )
    parser.add_argument(
        "--status",
        help=help_text(message("help.status.edit", statuses=STATUSES)),
    )
    add_step_options(parser)
    parser.set_defaults(handler=run)


def edited(event: Event, args: argparse.Namespace) -> Event:
    """``event`` with the fields the arguments give; ValidationError names a wrong one."""
    refuse_control_characters(args)
    changes: dict[str, object] = {
        name: getattr(args, name)
        for name in ("title_ar", "title_en", "title_fr", "summary")
        if getattr(args, name) is not None
    }
    if args.kind is not None:
        changes["kind"] = parse_kind(args.kind)
    if args.status is not None:
        changes["status"] = parse_status(args.status)
    if args.countries is not None:
        changes["countries"] = parse_countries(args.countries)
    if args.host is not None:
        changes["host"] = parse_country(args.host, "host") if args.host else None
    if any(value is not None for value in (args.date, args.hijri, args.end, args.within)):
        # An empty --date is no date, as add says, not the one before kept without a word.
        start = event.date.start
        if args.hijri is not None:
            start = hijri_day(args.hijri)
        elif args.date is not None:
            start = parse_user_date(args.date, "date")
        end = event.date.end if args.end is None else end_as_typed(args)
        # Without an end, an event is of one date: "one day within" goes with the end.
        within = event.date.within and end is not None if args.within is None else args.within
        changes["date"] = typed_date(start, end, within)
    changes.update(step_fields(args))
    changes.update(_sources_and_tags(event, args))
    forms = {language: getattr(args, f"place_{language}") for language in LANGUAGES}
    if any(value is not None for value in (args.place, args.place_country, *forms.values())):
        changes["place"] = _place(event.place, args, forms)
    if not changes:
        raise UsageError(message("usage.nothing_to_change"))
    return replace(event, **changes).ensure_valid()  # type: ignore[arg-type]


def _sources_and_tags(event: Event, args: argparse.Namespace) -> dict[str, object]:
    """The sources and tags as ``--source``/``--drop-source`` and ``--tag``/``--drop-tag``
    change them (``add`` takes the first of each, the window all four); one to drop that
    the event does not have is said, a typo not passed over."""
    changes: dict[str, object] = {}
    for url in args.drop_source:
        if not any(source.url == url for source in event.sources):
            raise UsageError(message("edit.no_such_source", url=url), about="--drop-source")
    for tag in args.drop_tag:
        if tag not in event.tags:
            raise UsageError(message("edit.no_such_tag", tag=tag), about="--drop-tag")
    if args.source or args.outlet or args.drop_source:
        kept = [source for source in event.sources if source.url not in args.drop_source]
        added = [source for source in sources_given(args) if source not in kept]
        changes["sources"] = tuple(kept + added)
    if args.tag or args.drop_tag:
        kept_tags = [tag for tag in event.tags if tag not in args.drop_tag]
        changes["tags"] = tuple(dict.fromkeys(kept_tags + args.tag))
    return changes


def _place(place: Place, args: argparse.Namespace, forms: dict[str, str | None]) -> Place:
    """``place`` as the options change it. A new ``--place`` is a new city: the forms
    of the one before go with it ("Rabat" had kept Tashkent's "طشقند" and "Tachkent"), and
    its country, but for those given beside it or that the table knows of the new city
    ("Rabat" was put in Uzbekistan); a form alone changes that form, and the city stored
    with it when it was that form."""
    if args.place is not None:
        known = find_place(args.place)
        place = Place(args.place, known.country if known else None)
    given = {language: text for language, text in forms.items() if text is not None}
    if given:
        city = place.city
        for language, text in given.items():
            # A form emptied leaves the city as it is: emptied with it, the stored city
            # became the Arabic form.
            city = text if text and city == place.city_forms.of(language) else city
        place = Place(city, place.country, replace(place.city_forms, **given))
    if args.place_country is not None:
        country = args.place_country and parse_country(args.place_country, "--place-country")
        place = replace(place, country=country or None)
    return place


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        stored = store.get(args.id)
        event = stored if args.if_version is None else replace(stored, version=args.if_version)
        try:
            change = edited(event, args)
            # As the store would save it: a city's forms filled from the table.
            if complete(change).says_the_same_as(stored) and event.version == stored.version:
                # Nothing changed, nothing written: as the window, which saves no new
                # version (and so no conflict for a colleague) for an edit that was none.
                print(stored.version)
                return 0
            saved = store.update(change)
        except ValidationError as error:  # the store's too: an agreement that is not there
            raise invalid_option(error, args) from error
        except ConflictError as error:
            print_refusal(error, args)
            return CONFLICT
    finally:
        store.database.close()
    print(saved.version)
    return 0
